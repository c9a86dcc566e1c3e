"""The generic layer: what the specific detectors miss, by secret context, under strict
precision guards. After a secret name (names.is_secret_name) used as a key or a flag, or a word
like `password` or `token`, then a separator or whitespace, the next token is a secret when it
reads like one: long enough, not a word, number, size, duration, path, plain URL, mask,
placeholder, reference, code or Kubernetes object name.

A token's shape alone (long, mixed case and digits, high entropy) is not used: base64 digests,
integrity hashes, request ids and public keys share it, and on the held-out look-alikes it
changed about one line in twenty.

Spans overlap the specific detectors' freely: the redactor merges them, so a value both find is
replaced once.
"""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.caseless import Words
from wbdiag.redact.detectors.barevalue import NEXT_PAIR, elided, expansion
from wbdiag.redact.detectors.base import (
    Detector,
    Span,
    entropy,
    identifier_around,
    looks_random,
)
from wbdiag.redact.detectors.blanks import blank_then_field
from wbdiag.redact.detectors.entropy import reads_random
from wbdiag.redact.detectors.valuespan import opens_message
from wbdiag.redact.fixednotices import fixed_word
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.toolrefs import tool_tokens
from wbdiag.redact.valuerefs import YAML_LOCAL_TAG, is_reference_value
from wbdiag.redact.values import TEMPLATE_EXPR, is_key_listing, is_trivial_value

CONTEXT_KIND = "generic"

_WORDS = ("password", "passwd", "secret", "token", "apikey", "api_key", "credential", "pass")
_WORD_WORDS = Words(_WORDS)
_SHORT_FLAG = lazyre.compile(r"(?:(?<=[ \t])|^)-[pPa][ \t]{1,4}(?=[^\s-])")
_SEP = lazyre.compile(r"[ \t]{0,4}(?:=>|:=|[:=])?[ \t]{0,4}")
# prose that quotes the value: "the root password is `…`", "token was '…'"
_IS_QUOTED = lazyre.compile(
    r"[ \t]{1,4}(?:is|was)(?:[ \t]{1,4}now)?[ \t]{1,4}[`'\"](?=[^\s`'\"]{6,512}[`'\"])"
)
# ... or leaves it bare, in a comment or a note (`-- old root password was drX2…, rotated`):
# then the value must read generated (`is now …`: a value just changed)
_IS_BARE = lazyre.compile(
    r"[ \t]{1,4}(?:is|was)(?:[ \t]{1,4}now)?[ \t]{1,4}(?=[^\s`'\"]{8,512}(?:[\s,.;)]|\Z))"
)
# a quoted key needs a real separator: `msg="invalid token" id=…` is the end of a string
_QUOTED_SEP = lazyre.compile(r"\\{0,7}[\"'`][ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}(?:\\{0,7}[\"'`])?")
_VALUE = lazyre.compile(r"[^\s\"'`<>,;\\]{6,512}")
_QUOTED_FLAG_VALUE = lazyre.compile(r"[^\s'\"`$\\]{8,512}(?=['\"])")
_MIN_VALUE = 6
_MIN_FLAG_VALUE = 8
# not secrets, whatever comes before them
_WORDISH = lazyre.compile(r"[a-z]+(?:[-_.][a-z]+)*|[A-Z]?[a-z]+(?:[A-Z][a-z]+)*|[A-Z]+(?:_[A-Z]+)*")
# (a duration of a few units, `1h30m15s`: not a run of hex that happens to break into digits
# and one or two letters, `82d28a62e5…`)
_NUMBERISH = lazyre.compile(
    r"[-+]?[\d.,:]+(?:[a-zA-Z%]{0,5}|(?:\d+[a-z]{1,2}){1,5})|(?:\d+[a-z]{1,2}){1,5}"
)
_VERSION = lazyre.compile(r"v?\d+(?:\.\d+)+[\w.+-]*")
_K8S_NAME = lazyre.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")
_CODE = lazyre.compile(r"[A-Za-z_][\w.]*[(\[{]|[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\Z")
_URL = lazyre.compile(r"[a-z][a-z0-9+.-]{1,16}://([^/@\s]*@)?")
# (`--as=…`: the next option, `kubectl auth can-i get secrets --as=system:…`)
_NOT_VALUE_START = ("/", "~/", "./", "../", "$", "%", "{", "[", "*", "(", "--")
# prose in a CJK script goes on after the word without a space (`password 已同步更新，…`)
_CJK_PROSE = lazyre.compile(
    r"[\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]{2}"
)
# a command-line option after the secret word (`Get-Credential -UserName …`), not its value
_OPTION = lazyre.compile(r"--?[A-Za-z][A-Za-z-]{1,40}")
# a usage's bracketed cluster of one-letter options after its flag (htpasswd's
# `-b[cmB25dpsDv]`): the flags a tool's help lists, no value
_OPTION_CLUSTER = lazyre.compile(r"-[A-Za-z]\[[A-Za-z0-9]{2,32}\]")
# an anonymous login (FTP's convention, a .netrc's `default login anonymous password …`): the
# password is a mail address, by custom
_ANONYMOUS = lazyre.compile(r"\blogin[ \t]{1,8}(?:anonymous|ftp)[ \t]")
_MAIL = lazyre.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
# a next pair rather than a value: `relogin=True)`
_PAIR = lazyre.compile(r"[A-Za-z_][\w.-]*=")


def _dotted_random(value: str) -> bool:
    """A generated password with dots (`G8K.xpqYN3.qfMcKC9`), not a dotted code name
    (`cfg.Password`, `io.k8s.api.core.v1.Secret`, `Aws4.SignerV2`): it reads random, and a part
    mixes upper case, lower case and digits."""
    return (
        "." in value
        and reads_random(value)
        and any(_ALL_CLASSES.search(p) for p in value.split("."))
    )


_ALL_CLASSES = lazyre.compile(r"(?=[^.]{0,64}[a-z])(?=[^.]{0,64}[A-Z])(?=[^.]{0,64}\d)")


_UUID = lazyre.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")


_STARRED = lazyre.compile(r"\*\*|\A\*|\*\Z|\*[^*]{0,2}\*")


def secretish(key: str, value: str) -> bool:
    """Does a value after a secret word read like a secret rather than data?"""
    if len(value) < _MIN_VALUE or value.startswith(_NOT_VALUE_START) or _OPTION.fullmatch(value):
        return False
    if is_trivial_value(value) or is_reference_value(key, value):
        return False
    if _WORDISH.fullmatch(value) or _NUMBERISH.fullmatch(value) or _VERSION.fullmatch(value):
        return False
    if value.isalpha() and (value.islower() or value.istitle() or value.isupper()):
        return False  # a word with letters past ASCII (`zurückgesetzt`, `Überprüfung`)
    if _CJK_PROSE.match(value):
        return False
    if _UUID.fullmatch(value):
        return True  # after a secret's name, a UUID is it (Vault's secret_id, Consul's token)
    if _K8S_NAME.fullmatch(value) or (_CODE.match(value) and not _dotted_random(value)):
        return False
    url = _URL.match(value)
    if url and not url.group(1):
        return False  # a URL without userinfo (with one, urls.py takes the password)
    # (a mask stars a run or an end, `ab****yz`, `*…`; one star among letters is a character)
    return _STARRED.search(value) is None and not value.lower().startswith(
        ("secretkeyref", "valuefrom")
    )


def pair_value(key: str, value: str) -> bool:
    """A value in a `NAME=VALUE` pair under a secret name: what secretish takes, or a generated
    value it leaves for want of a digit (`kK.GxldnaxrxIFgbvb`: dots between letters of both
    cases; a dotted name in code is words, `cfg.password`, or CamelCase, `cfg.Password`)."""
    if secretish(key, value):
        return True
    return (
        "." in value
        and 8 <= len(value) <= 512
        and not _WORDISH.fullmatch(value)
        and not is_trivial_value(value)
        and not is_reference_value(key, value)
        and _IRREGULAR_CASE.search(value) is not None
        and entropy(value) >= 3.5
    )


# upper case inside a word after lower case, then more upper case (`xIFg`, `kK.`), as no
# CamelCase name writes it
_IRREGULAR_CASE = lazyre.compile(r"[a-z][A-Z]{2}|(?:\A|\.)[a-z][A-Z]")


# SQL's verbs before the kind of object they make or drop, its name next (DuckDB's and
# Snowflake's `CREATE [OR REPLACE] [PERSISTENT] SECRET name`, `DROP SECRET name`)
_SQL_DDL = lazyre.compile(
    r"(?i)(?:^|[\s(;\"'])(?:create|drop|alter|describe|desc)(?:[ \t]{1,4}or[ \t]{1,4}replace)?"
    r"(?:[ \t]{1,4}(?:persistent|temporary|temp))?[ \t]{1,4}\Z"
)


def _context(line: str) -> Iterator[Span]:
    covered = 0
    # names inside a template expression are code: `{{ lookup('vault', 'secret=path:key') }}`
    templates = [m.span() for m in TEMPLATE_EXPR.finditer(line)] if "{{" in line else []
    if "@@" in line:  # (and in a deploy tool's token, `@@SECRET:name:password@@`: toolrefs.py)
        templates = sorted(templates + tool_tokens(line))
    for hit_start, hit_end in _WORD_WORDS.spans(line):
        if hit_start < covered:
            continue
        if templates:
            inside = next((e for s, e in templates if s < hit_start < e), None)
            if inside is not None:
                covered = inside
                continue
        ks, ke = identifier_around(line, hit_start, hit_end, covered)
        covered = ke
        key = line[ks:ke].strip(".-")
        bare = _IS_BARE.match(line, ke)
        sep = (
            _IS_QUOTED.match(line, ke)
            or bare
            or _QUOTED_SEP.match(line, ke)
            or _SEP.match(line, ke)
        )
        vpos = sep.end() if sep else ke
        value = _VALUE.match(line, vpos) if vpos > ke else None
        if value is not None:
            covered = value.end()  # names inside a value are not keys
        if value is None or not key or not is_secret_name(key):
            continue
        if fixed_word(line, ks):
            continue  # MySQL's `(using password: NO)`: a notice word, not a value
        if ":" in line[ke:vpos] and opens_message(line, vpos, False):
            continue  # an error's message after the name's colon (valuespan.py)
        if ks > 0 and line[ks - 1] in "/:":
            continue  # a path segment (`checksum/secret`, `POST /oauth/token`) or an ARN part
        if expansion(line, ks, ke) is not None:
            continue  # a reference, `${MYSQL_PASSWORD:?missing}` (a default: keyvalue.py's)
        if blank_then_field(line, vpos):
            continue  # `{User:wandb Password: Database:wandb}`: an empty field
        if ks > 0 and line[ks - 1] == "=" and not line[ke:vpos].strip(" \t"):
            continue  # the word is a value itself: `vault kv get -field=password PATH`
        if _SQL_DDL.search(line, max(0, ks - 48), ks):
            continue  # the object's name a statement makes (DuckDB's `CREATE SECRET s3_prod (…)`)
        if line[vpos] == "!" and YAML_LOCAL_TAG.match(line, vpos):
            continue  # a YAML tag resolved elsewhere (`password: !vault wandb/db#pw`)
        text = value.group()
        if text[:1] == "-" and _OPTION_CLUSTER.fullmatch(text):
            continue
        glued = NEXT_PAIR.search(text)
        if glued:
            text = text[: glued.start()]  # `?token=x&page=2`: the value ends before `&page=`
        if elided(text):
            continue
        text = text.rstrip(".)]}")
        if text.endswith(":") or _PAIR.match(text):
            continue  # the next key, not this one's value
        if bare is not None and not (looks_random(text.rstrip(",.;")) and _mixed(text)):
            continue  # a sentence: `password was rotated`, `token is missing`
        if bare is not None:
            text = text.rstrip(",.;")  # (the sentence's punctuation after the value)
        if "@" in text and _MAIL.fullmatch(text) and _ANONYMOUS.search(line, max(0, ks - 64), ks):
            continue
        if secretish(key, text) and not is_key_listing(line, key, text):
            yield vpos, vpos + len(text), CONTEXT_KIND
    for flag in _SHORT_FLAG.finditer(line):
        # (quoted, a password may hold what ends a bare one: `-p 'tC:y/w4n=3mrfEd'`)
        pos = flag.end()
        if line[pos] in "'\"":
            value = _QUOTED_FLAG_VALUE.match(line, pos + 1)
            if value is not None and line[value.end()] != line[pos]:
                value = None
        else:
            value = _VALUE.match(line, pos)
        if value is None or len(value.group()) < _MIN_FLAG_VALUE:
            continue
        text = value.group()
        if line[pos] in "'\"" and "**" not in text and not text.startswith("*"):
            text = text.replace("*", "")  # a generated password's `*`, not a mask's
        if secretish("p", text) and _mixed(text):
            yield value.start(), value.end(), CONTEXT_KIND


def _mixed(text: str) -> bool:
    """A short flag's value (`-p`, `-a` mean many things) must hold a digit and a letter."""
    return any(c.isdigit() for c in text) and any(c.isalpha() for c in text)


# A value as _context takes one: six characters or more that do not end in a colon (`password
# reported:` is the next key, MySQL 8's frequent notice), unless a glued pair cuts them or the
# value is cut at its longest
_V = r"[^\s\"'`<>,;\\]"
_VALUE_HINT = (
    "(?:" + _V + "{5,}" + r"[^\s\"'`<>,;\\:](?:[\s\"'`<>,;\\]|$)"
    "|" + _V + "{6}" + _V + "*&[A-Za-z_]|" + _V + "{512})"
)

_WORD_THEN = (
    r"(?:password|passwd|secret|token|apikey|api_key|credential|pass)[A-Za-z0-9_.-]*"
    r"[\"'`\\]*[ \t]*(?:=>|:=|[:=,])?[ \t]*[\"'`\\]*"
)
GENERIC_CONTEXT = Detector(
    CONTEXT_KIND,
    (*_WORDS, "-p ", "-a ", "-p\t", "-a\t"),
    _context,
    (
        _WORD_THEN + _VALUE_HINT,
        r"(?:^|[ \t])-[pa][ \t]+[^\s-]",
        r"(?:pass|secret|token|key|credential)[a-z]*[ \t]+(?:is|was)[ \t]+(?:now[ \t]+)?"
        r"(?:[`'\"]|\S{8})",
    ),
)
# The lines the first hint above picked before it was narrowed (six characters after the word,
# `password reported:` among them): the detectors that follow this one still read them
# (detectors.FOLLOWERS), this layer no more, and they stay candidates for the followers a line
# may arm (nextline.py)
WORD_THEN_TEXT = Detector(CONTEXT_KIND, _WORDS, lambda line: iter(()), (_WORD_THEN + _V + "{6}",))
