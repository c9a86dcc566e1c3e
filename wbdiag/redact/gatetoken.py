"""Whether a token reads as generated, for the leak gate's checks (gatecontext.py and the checks
that judge a value by its place): by its length, its character classes, how its letters, digits
and symbols alternate (a word or identifier is a few runs, a generated string many) and its
entropy. Words, identifiers, host and pod names, paths, file names, dates, versions, UUIDs,
addresses and fingerprints are not random; a generator's passphrase is.

- `looks_random`: a token that reads as generated;
- `plausible_secret`: a value its place names a secret, which need not read as generated, only
  not as a word, identifier, placeholder or reference;
- `reference`: a value that refers to a secret or holds it encrypted or hashed (`arn:aws:…`,
  `vault:…`, `hmac-sha256:…`, `$VARIABLE`), or a name.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
from collections import Counter

from wbdiag import lazyre
from wbdiag.redact import gatepublic
from wbdiag.redact.gatewords import PUBLIC_VALUE_PREFIX, REFERENCE

# Letters, digits and symbols as runs: a word is one run (`Password`, `HTTP`), a random string
# has many that no word has (`pW`, `9b`, `#`).
_RUN = lazyre.compile(r"[A-Z]{1,512}[a-z]{0,512}|[a-z]{1,512}|[0-9]{1,512}|[^A-Za-z0-9]{1,512}")
_WORD_RUN = lazyre.compile(r"[A-Z]?[a-z]{2,512}|[A-Z]{2,16}|[A-Z]{2,5}[a-z]{3,512}")
_SEPARATORS = frozenset("-_./:?&+,=")
_UUID = lazyre.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
)
_HEX = lazyre.compile(r"[0-9a-f]{16,512}")
_SHORT_HEX = lazyre.compile(r"[0-9a-f]{7,15}")
_BRACKETED_WORD = lazyre.compile(r"[\[<{(][A-Za-z_-]{3,64}[\]>})]")
# a template's tag that outputs an expression (ERB's, EJS's and JSP's `<%= license_key %>`, its
# spaces dropped): the value is filled in when the template renders; a literal in quotes inside
# it is a value and still judged
_TEMPLATE_TAG = lazyre.compile(r"<%[=-]?[ \t]{0,4}[A-Za-z_@$][\w@$.:\[\]()]{0,120}[ \t]{0,4}-?%>")
_UPPER_HEX = lazyre.compile(r"[0-9A-F]{16,512}")
# a mask of capital words between asterisks (Windows Setup's `*SENSITIVE*DATA*DELETED*` in an
# answer file it logs, `***HIDDEN***`)
_STARRED_WORDS = lazyre.compile(r"\*{0,8}[A-Z]{2,24}(?:\*{1,8}[A-Z]{2,24}){0,6}\*{0,8}")
# percent-encoding, and Go's mark of a formatting verb without its argument (`%!F(MISSING)`,
# which the token stops before)
_PERCENT_ESCAPE = lazyre.compile(r"(?:%[0-9A-Fa-f]{2}|%![A-Za-z](?![A-Za-z0-9])){1,16}")
# A shell's reference to a variable or a command's output (`-D$MYSQL_DATABASE`, `${DB_PASS}`,
# `$(cat /run/secrets/db)`, compose's `$$VAR`): the value is elsewhere. The name is one whole
# identifier in one casing, so a generated `k$QRt7` keeps its randomness. (PowerShell's too: a
# scope's or drive's variable, `$env:WANDB_TOKEN`, and members read from a variable as words,
# `$secret.GetNetworkCredential().Password`, `$myCred.UserName`)
_SHELL_REF = lazyre.compile(
    r"\$\$?(?:\{[^{}\s]{1,64}\}|\([^()\s]{1,64}\)"
    r"|(?i:env|script|global|local|using|private):[A-Za-z_][A-Za-z0-9_]{0,64}(?![A-Za-z0-9_])"
    r"|[a-z][a-z0-9]{0,24}(?:[A-Z][a-z0-9]{1,24}){1,4}(?=\.[A-Za-z])"
    r"|[A-Z_][A-Z0-9_]{1,64}(?![A-Za-z0-9_])|[a-z_][a-z0-9_]{1,64}(?![A-Za-z0-9_]))"
    r"(?:\.[A-Z]?[a-z]{1,24}(?:[A-Z][a-z]{1,24}){0,4}(?:\(\))?){0,8}"
)
# (a key file's name is no key: PuTTY's `.ppk`, PKCS#12's `.pfx`/`.p12`, the key is inside it)
_FILE_NAME = lazyre.compile(
    r"(?i)\.(?:pdf|png|jpe?g|gif|svg|webp|log|txt|json|ya?ml|csv|tsv|tar|gz|tgz|zip|py|go|js|"
    r"html?|xml|md|ipynb|parquet|pt|ckpt|h5|bin|pem|crt|key|ppk|pfx|p12|so|jar|whl|wav|mp4)\Z"
)
_UPPER_ALNUM = lazyre.compile(r"[0-9A-Z]{8,20}")
# A type or package name from its reverse-DNS start (`io.k8s.api.core.v1.Secret`, `com.mysql.…`)
_QUALIFIED = lazyre.compile(
    r"(?:io|com|org|net|dev|java|javax|jakarta|android)(?:\.[A-Za-z_][A-Za-z0-9_$]{0,63}){2,16}"
)
# A counting run of 8 or more (`0123456789abcdef…`, `abcdefgh`): a test or example value
_ASCENDING = "0123456789abcdefghijklmnopqrstuvwxyz"
_COUNTING = lazyre.compile("|".join(_ASCENDING[i : i + 8] for i in range(len(_ASCENDING) - 7)))
_NAME_PART = lazyre.compile(r"[a-z]{3,64}")
_PART_SPLIT = lazyre.compile(r"[-_.]")
_B64_PROMPT = lazyre.compile(r"[A-Za-z0-9+/]{8,16}={0,2}")
# a date and time (ISO 8601, RFC 3339): when, not what
TIMESTAMP = lazyre.compile(
    r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:[.,]\d{1,9})?)?)?(?:Z|[+-]\d\d:?\d\d)?"
)


def _placeholder(tok: str) -> bool:
    """A placeholder word in brackets (`[MASKED]`, `<accessToken>`, `{db_pass}`) or a template's
    tag (`<%=license_key%>`)."""
    if _BRACKETED_WORD.fullmatch(tok):
        return _unlike_words(tok[1:-1]) == 0
    return tok.startswith("<%") and _TEMPLATE_TAG.fullmatch(tok) is not None


def _unlike_words(tok: str) -> int:
    """How many characters of `tok` sit in runs no word or identifier has: mixed-case letters
    (`pWq`), a digit followed by a letter (`9b`, once: `sha512crypt` is a name), a symbol other than a separator (counted
    thrice: `#`, `%`, `!` are what generated passwords add)."""
    bad = 0
    runs = _RUN.findall(tok)
    for i, run in enumerate(runs):
        first = run[0]
        if first.isalpha():
            if not _WORD_RUN.fullmatch(run):
                bad += len(run)
        elif first.isdigit():
            if i + 1 < len(runs) and runs[i + 1][0].isalpha():
                bad += 1
        elif len(run) > 1 or first not in _SEPARATORS:
            bad += 3 * len(run)
    return bad


_PASSPHRASE_PART = lazyre.compile(r"[A-Za-z]{3,16}[0-9]{0,4}")


def _passphrase(tok: str) -> bool:
    """Words a generator joined (`Ember-tundra-Basalt43`): three or more, some capitalised and
    some not, the last with digits; names and identifiers keep one casing."""
    for sep in "-_.":
        parts = tok.split(sep)
        if len(parts) >= 3:
            break
    else:
        return False
    return (
        all(_PASSPHRASE_PART.fullmatch(p) for p in parts)
        and parts[-1][-1].isdigit()
        and any(p[0].isupper() for p in parts)
        and any(p[0].islower() for p in parts)
    )


def _prompt(tok: str) -> bool:
    """Base64 of a prompt (`VXNlcm5hbWU6`, SMTP's `Username:`): words, nothing random."""
    if not _B64_PROMPT.fullmatch(tok):
        return False
    try:
        text = base64.b64decode(tok + "=" * (-len(tok) % 4), validate=True).decode("ascii")
    except (binascii.Error, ValueError):
        return False
    return text.rstrip(":").replace(" ", "").isalpha()


# c·log2(c) for the counts a token of up to 512 characters holds
_C_LOG_C = [0.0] + [c * math.log2(c) for c in range(1, 513)]


def _entropy(text: str) -> float:
    """Shannon entropy in bits per character: log2(n) - Σ c·log2(c) / n."""
    n = len(text)
    return math.log2(n) - sum(map(_C_LOG_C.__getitem__, Counter(text).values())) / n


def lower_name(value: str) -> bool:
    """A host, pod, package or object name: lower case, and a part of it a word
    (`wandb-app-2mngzrhfnp-k0804`, `sh.helm.release.v1.wandb.v11`)."""
    return value.islower() and any(_NAME_PART.fullmatch(p) for p in _PART_SPLIT.split(value))


# a run of base64 whose first character is `/`, one segment, as long as a key (no path's)
_ONE_SLASH_KEY = lazyre.compile(r"/[A-Za-z0-9+]{39,}")


def looks_random(token: str) -> bool:
    """A token that reads as generated: not a word, identifier, name, path, date, version,
    UUID or address."""
    tok = token.strip("-").rstrip("=.")  # a flag's dashes, base64 padding, a sentence's stop
    if "%" in tok:
        tok = _PERCENT_ESCAPE.sub("_", tok)  # an escape is punctuation, not randomness
    if "$" in tok:
        tok = _SHELL_REF.sub("_", tok)  # a reference holds no value
    n = len(tok)
    if n < 8 or n > 512 or tok.isdigit():
        return False
    if tok.startswith(PUBLIC_VALUE_PREFIX) and not _ONE_SLASH_KEY.fullmatch(tok):
        return False  # (not base64 that starts with its `/`: an AWS secret access key's 40)
    if tok.isalpha() and (tok.islower() or tok.isupper() or tok.istitle()):
        return False  # a word
    if _placeholder(tok) or gatepublic.masked_key(tok):
        return False  # a placeholder or mask (`[MASKED]`, `<password>`, `sk_live_...sLDU`)
    if "*" in tok and _STARRED_WORDS.fullmatch(tok):
        return False
    if _COUNTING.search(tok.lower()):
        return False  # an example value that counts (`0123456789abcdef…`)
    if _HEX.fullmatch(tok):
        return len(set(tok)) >= 8  # a hex key, public only by its context
    if _SHORT_HEX.fullmatch(tok):
        return False  # an abbreviated commit or container id (`56162e3abd`, `3f9a1c7e2b4d`)
    if _UPPER_HEX.fullmatch(tok) or (n <= 20 and _UPPER_ALNUM.fullmatch(tok)):
        return False  # a fingerprint or key id (`gpg … RSA key 6F15…`, an access key id)
    if sum(map(str.isalpha, tok)) < 3 or _UUID.fullmatch(tok) or tok.startswith("0x"):
        return False
    if "REDACTED" in tok or _prompt(tok) or _FILE_NAME.search(tok) or _UUID.search(tok):
        return False  # a file name (`…-mij38gj39f1sf4.PDF`), or an id built on a UUID
    if lower_name(tok):
        return False  # a host, pod or package name (`wandb-app-2mngzrhfnp-k0804`)
    if "/" in tok and any(_NAME_PART.fullmatch(p) for p in re.split(r"[/.]", tok)):
        return False  # a path (`runs/3xk9q2ab/files/config.yaml`)
    if _QUALIFIED.fullmatch(tok):
        return False  # a type or package name (`io.k8s.api.core.v1.Secret`)
    if _passphrase(tok):
        return True
    bad = _unlike_words(tok)
    return bad >= 3 and bad * 6 >= n and _entropy(tok) >= 3.0


# words a made-up or default value is built on (`ChangeMe123`, `your-token-here`): not generated
_FILLER_WORDS = lazyre.compile(
    r"(?i)change|example|your|placeholder|dummy|sample|redacted|secret|passw|default|xxx"
)


def made_up(value: str) -> bool:
    """A value a document or a default fills a secret's place with (`ChangeMe123`,
    `your-token-here`, `T00000000/XXXXXXXX`), or a key's mask (`sk-...KcQu`, a token's
    identifier with its secret part masked)."""
    return (
        gatepublic.placeholder(value)
        or gatepublic.masked_key(value)
        or gatepublic.token_identifier(value)
        or _FILLER_WORDS.search(value) is not None
    )


def plausible_secret(value: str) -> bool:
    """A value whose place alone says it is a secret (SQL's `IDENTIFIED BY '…'`, a table's
    password column, an admin command's password argument): it need not read as generated, only
    not as a word, identifier, placeholder or reference: generated (`looks_random`), or eight
    or more characters of three classes (lower, upper, digit, symbol) in runs no word has."""
    value = value.removesuffix("…")  # (an ellipsis marks a cut: `npm_uQj…` shows 7 characters)
    tok = value.strip("-").rstrip("=.")
    if made_up(tok) or _placeholder(tok):
        return False  # (a help text's metavar: `--access-token=<accessToken>`)
    if looks_random(value):
        return True
    if not 8 <= len(tok) <= 256 or " " in tok or "$" in tok or "%" in tok or reference(tok):
        return False
    if _UUID.search(tok) or _FILE_NAME.search(tok) or lower_name(tok) or TIMESTAMP.fullmatch(tok):
        return False
    classes = (
        any(c.islower() for c in tok)
        + any(c.isupper() for c in tok)
        + any(c.isdigit() for c in tok)
        + any(not c.isalnum() for c in tok)
    )
    return classes >= 3 and _unlike_words(tok) >= 2


# letters only, both cases in many runs (`gsKIDgysHoaqHTV`): what a generator of letters makes
_LETTERS = lazyre.compile(r"[A-Za-z]{12,128}")
_CASE_RUNS = lazyre.compile(r"[a-z]+|[A-Z]+")


def generated_letters(value: str) -> bool:
    """Letters only, upper and lower case alternating in five runs or more, also in groups a
    generator joins by `-` or `_` (`CeipGoj-OzlOZAQE`): judged a secret only where the place
    alone names a password (Redis's `MIGRATE … AUTH`, `net user NAME …`), as no word reads so."""
    letters = value.replace("-", "").replace("_", "")
    return (
        _LETTERS.fullmatch(letters) is not None
        and len(_CASE_RUNS.findall(letters)) >= 5
        and not made_up(value)
    )


# a variable the value is read from: the shell's and Make's (`$OAUTH2_CLIENT_SECRET`,
# `$$MYSQL_PW`, `${PW}`), Argo CD's key of a Secret (`$dex.github.clientSecret`), Insomnia's
# environment's (`{{ _.apiKey }}`)
VARIABLE = lazyre.compile(
    r"\$\$?\{?[A-Za-z_][A-Za-z0-9_]{0,80}\}?"
    r"|\$[a-z][a-z0-9-]{0,62}(?:\.[A-Za-z][A-Za-z0-9-]{0,62}){1,8}"
    r"|_(?:\.[A-Za-z_][A-Za-z0-9_]{0,80}){1,8}"
)


def reference(value: str) -> bool:
    """A value that refers to a secret or holds it encrypted or hashed (`arn:aws:…`,
    `k8s-secret://…`, `hmac-sha256:…`, `$VARIABLE`), or a name (`caching_sha2_password`,
    `io.k8s.api.core.v1.Secret`)."""
    low = value.lower()
    return (
        VARIABLE.fullmatch(value) is not None
        or any(r in low for r in REFERENCE)
        or _unlike_words(value.rstrip("=")) == 0
        or _QUALIFIED.fullmatch(value) is not None
    )
