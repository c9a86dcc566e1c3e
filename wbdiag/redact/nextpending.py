"""Values that come on the lines after the name that announces them:
- a YAML key that names a secret and holds a mapping or a scalar on the next lines
  (`rootPassword:` / `  value: …`, `password:` / `    …`, Terraform's `db_password:` /
  `  sensitive: true` / `  value: …`): every scalar below it, until the indentation returns, unless
  a child refers to a secret held elsewhere (`secretKeyRef:`, `existingSecret:`, `name:`);
- a line that ends with a secret name and a separator and no value (botocore's `Signature:`,
  `kubectl describe configmap`'s `MYSQL_PASSWORD:` / `----` / value, `… service account
  token:`): the next non-empty line when it is one token;
- a line that ends with `:` and speaks of a password or a token in prose ("Please use the
  following password to proceed to installation:"): the next non-empty line when it is one
  random-looking token;
- an INI key that names a secret and ends its line in `=` (`api_key =` / `    …`): the value on
  the indented line below;
- a shell line continued after a secret name and its separator (`export REDIS_PASSWORD=\\`,
  `--password \\`): the first token of the next line;
- `cat` (`head`, `tail`) of a file whose name names a secret (`cat /var/run/secrets/…/api-key`,
  `cat ~/.config/token`): the next non-empty line when it is one token (what the file holds), or
  the line after it when the first is a user name (OpenVPN's `auth-user-pass` file);
- a pretty-printed JSON object under a secret name (`"password": {`): its string members, until
  it closes (literals beside them, `"isSecret": null,`, do not end it); a property list's
  `<key>API_TOKEN</key>` and the `<string>` on the next line; a key that ends its line in `=>` (PHP's `var_dump`: `["password"]=>` / `string(19)
  "…"`); an `Authorization:` header whose scheme ends the line (curl `--trace-ascii` wraps the
  token onto the next, after its `0079:` offset).
What a command prints after it, a RESP array's `AUTH` arguments and what an expect script
sends: nextoutput.py. A value a logger split over the records of one request: nextparts.py.
Tables under a header and blocks under a secret-named header: nextrows.py; fields a tool prints
over lines in its own layout (pydantic, SSM records, key tables): nexttool.py; Redis' replies:
nextredis.py; notebooks' and Jupyter runtime files' records: nextnotebook.py.

nextline.arm arms a `Pending` among the other followers; the redactor keeps it for the file and
feeds it every line after the one that armed it, across blocks and chunks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Span, looks_random
from wbdiag.redact.detectors.damaged import spaced_token
from wbdiag.redact.detectors.generic import secretish
from wbdiag.redact.detectors.xmlvalues import NAME_ELEMENTS, VALUE_ELEMENTS
from wbdiag.redact.linebody import LOG_LEVEL, LOG_RECORD_TIME, body_start
from wbdiag.redact.names import is_reference_name, is_secret_name
from wbdiag.redact.nextcells import CellLines
from wbdiag.redact.nextprinted import listed_command
from wbdiag.redact.nextrows import Table
from wbdiag.redact.valuerefs import is_reference_value
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
# `name:` or `"name":` at the end of a line, nothing after (a comment at most)
_OPEN_KEY = lazyre.compile(
    r"(?:^|(?<=[\s\"'-]))(?P<k>[A-Za-z_][A-Za-z0-9_.\-]{0,127})[\"']?[ \t]{0,8}:[ \t]*(?:#.*)?\Z"
)
# IPsec's security associations, as `show crypto ipsec sa` heads them (`inbound esp sas:`): the
# SPIs and counters below are no Azure shared access signature
_IPSEC_SAS = lazyre.compile(r"\b(?:esp|ah|pcp)[ \t]{1,4}sas\Z")
# `key =` alone on its line (an INI file whose value goes on below, indented)
_OPEN_EQUALS = lazyre.compile(r"[ \t]*(?P<k>[A-Za-z_][A-Za-z0-9_.\-]{0,127})[ \t]{0,8}=[ \t]*")
_WORDS_LABEL = lazyre.compile(
    r"[ \t]*(?P<k>[A-Za-z][A-Za-z]{1,23}(?: [A-Za-z]{1,23}){1,3})[ \t]{1,4}\([^()\n]{1,96}\)[ \t]*:[ \t]*"
)
_PROSE_WORD = lazyre.compile(r"(?i)\b(?:password|passphrase|token|secret|api key|credentials?)\b")
_OPEN_OBJECT = lazyre.compile(
    r"[\"'](?P<k>[A-Za-z_][A-Za-z0-9_.\-]{0,127})[\"'][ \t]{0,8}:[ \t]*\{\Z"
)
# HOCON's object under an unquoted name, alone on its line (ClearML's `session_secret {`)
_OPEN_BLOCK = lazyre.compile(
    r"[ \t]*(?P<k>[A-Za-z_][A-Za-z0-9_.\-]{0,127})[ \t]{0,8}(?:[:=][ \t]{0,8})?\{"
)
# `"key": "value",` on a pretty-printed JSON line (the value may hold `#`, `:` and escapes)
_JSON_CHILD = lazyre.compile(
    r"[ \t]*\"(?P<k>[^\"\\]{1,128})\"[ \t]*:[ \t]*\"(?P<v>(?:[^\"\\]|\\.){1,4096})\"[ \t]*,?[ \t]*"
)
# `["password"]=>`, `'password' =>`, `:password =>` at the end of a line
_OPEN_ARROW = lazyre.compile(
    r"(?:^|(?<=[\s\[\"':]))(?P<k>[A-Za-z_][A-Za-z0-9_.\-]{0,127})[\"']?\]?[ \t]{0,8}(?:=>|->)\Z"
)
_SCHEMES = ("Bearer", "bearer", "Basic", "basic", "Token", "token")
_AUTH_THEN_SCHEME = lazyre.compile(
    r"(?i)\bauthorization[\"']?[ \t]*:[ \t]*(?:bearer|basic|token)\Z"
)
# curl --trace-ascii prints each line after its offset (`0079: `)
_TRACE_OFFSET = lazyre.compile(r"[0-9a-f]{4}:[ \t]")
_PHP_STRING = lazyre.compile(r"string\(\d{1,9}\)[ \t]\"(?P<v>[^\"]{1,4096})\"")
_ANNOTATION = lazyre.compile(r"[ \t]{1,16}\([^()\s]{1,128}\)\Z")
_RULE = lazyre.compile(r"[ \t]*(?:-{3,}|={3,})[ \t]*")
_CHILD = lazyre.compile(
    r"(?P<lead>[ \t]*(?:-[ \t]+)?)(?P<k>[\"']?[A-Za-z_][A-Za-z0-9_.\-]{0,127}[\"']?)[ \t]*:"
    # (a quoted value may hold `#`: `monitor: 'GN#Rep…'` is no comment)
    r"(?:[ \t]+(?P<v>'[^'\n]{0,4096}'|\"(?:[^\"\\\n]|\\.){0,4096}\"|[^#]*?))?[ \t]*(?:#.*)?\Z"
)
# children below a secret name that hold it, though their names alone read as references
_HOLDERS = frozenset({"value", "key"})
# what a declared parameter or output says of itself (a CircleCI orb's or an action's input:
# `type: string`, `description: …`, `required: false`; Terraform's `"sensitive": false`): its
# `default:` or `value` may follow
_DESCRIBING = frozenset({"type", "description", "required", "sensitive"})
# children that say whose the secret is (Dex's `staticPasswords:` / `- email: …` / `username:`)
_OWNERS = frozenset({"email", "mail", "username", "user", "userid", "user_id"})
# a comment line in YAML (a plain scalar never starts with `#`)
_COMMENT_LINE = lazyre.compile(r"[ \t]*#(?:[#!\s]|\Z)")
_JSON_LITERAL_MEMBER = lazyre.compile(r"(?:null|true|false|-?\d{1,20}(?:\.\d{1,20})?),?")
# a property list's value element on the line after its `<key>NAME</key>`
# (also Hadoop's `<name>…</name>` / `<value>…</value>`, a servlet's `<param-name>` /
# `<param-value>`: xmlvalues.py has the elements)
_PLIST_KEY = lazyre.compile(r"<(?P<t>" + NAME_ELEMENTS + r")>(?P<k>[^<>]{1,128})</(?P=t)>\Z")
_ELEMENT = lazyre.compile(r"<(?P<t>" + VALUE_ELEMENTS + r")>(?P<v>[^<>]{1,4096})</(?P=t)>")
_FLOW_STRING = lazyre.compile(r"\"(?P<v>(?:[^\"\\]|\\.){1,4096})\"")
_ITEM = lazyre.compile(r"(?P<lead>[ \t]*(?:-[ \t]+)?)(?P<v>\S.*?)[ \t]*\Z")
# (an application's own log record may come first: `2025-01-02 03:04:05,678 WARN   <value>`)
_LEVEL = lazyre.compile(
    f"(?:{LOG_RECORD_TIME}(?=[A-Za-z\\[]))?(?:{LOG_LEVEL}[ \\t:]+)?", re.IGNORECASE
)
# `value:` or `key:` after the word that says whose (`license value:`, `license key:`)
_OF_WORDS = ("value", "key")
_WORD_BEFORE = lazyre.compile(r"(?:^|(?<=[\s;,]))(?P<w>[A-Za-z]{3,32})[ \t]{1,4}\Z")
# `NAME=\\`, `NAME: \\`, `--name \\` at the end of a shell line
_CONTINUED = lazyre.compile(
    r"(?:^|(?<=[\s\"'-]))(?P<k>[A-Za-z_][A-Za-z0-9_.\-]{0,127})(?:[ \t]{0,4}[=:]|[ \t]{1,4})[ \t]{0,4}"
    r"\\\Z"
)
# `cat PATH` as the last thing on a line (a prompt or `kubectl exec … --` before it; PowerShell's
# and cmd's `type`), or a file's banner, its path alone in a comment (`# /etc/openvpn/key.pass`)
_CAT = lazyre.compile(
    r"(?:^|(?<=[\s$#>]))(?:cat|head|tail|type)(?:[ \t]{1,4}-[\w-]{1,16}){0,3}[ \t]{1,4}"
    r"(?P<p>[^\s|;&<>]{1,512})[ \t]*\Z"
    r"|^#[ \t]{1,4}(?P<b>/[^\s|;&<>]{1,512})[ \t]*\Z"
)
# a checksum beside the file it proves (a repository's `auth-core-6.2.0.jar.sha1`): a digest
_DIGEST_FILE = lazyre.compile(r"\.(?:md5|sha1|sha256|sha512)\Z", re.IGNORECASE)
# a credentials file's first line as a user name reads (`svc-wandb-42`, `netops01`, in a Windows
# domain `CORP\\svc-vpn`), not a token (hex or a UUID has no letters-only run to start it): its
# password follows
_USER_LINE = lazyre.compile(
    r"[ \t]*(?:[A-Za-z][\w.-]{0,63}\\[\w.$-]{1,64}"
    r"|[a-z]{2,16}[0-9]{0,4}(?:[._-][a-z0-9]{1,16}){0,3})[ \t\r]*"
)
# a label alone on its line, words only (a dashboard's copy box: `Secret Access Key` / the value)
# (words apart by one space: tabs make a table header, nextrows.py; an upper-case word alone is a
# command, RESP's `AUTH`)
_LABEL = lazyre.compile(r"[ \t]*(?P<k>[A-Za-z][A-Za-z]{1,23}(?: [A-Za-z]{1,23}){0,3})[ \t]*")
# a line of a secret-named script that prints its secret (an askpass helper): `echo '…'`
_ECHO = lazyre.compile(
    r"[ \t]*(?:echo|printf)(?:[ \t]{1,4}-[a-zA-Z]{1,3})?(?:[ \t]{1,4}(?P<f>[\"']%s\\?n?[\"']))?"
    r"[ \t]{1,4}(?P<q>[\"']?)(?P<v>[^\s\"']{6,512})(?P=q)[ \t]*"
)
_MAX_SKIPPED = 3
# a line of a credentials file: a user, a colon, the password (no hash: `$…` is htpasswd's)
_USER_PASSWORD = lazyre.compile(r"[ \t]*[\w.@-]{1,64}:(?P<v>[^\s:$][^\s]{0,511})[ \t]*")
# words before a secret name that ends its line: a heading (`Currently stored credentials:`)
_HEADING_WORDS = lazyre.compile(
    r"[ \t]*[A-Z][a-z]{1,31}[ \t]{1,4}(?:[A-Za-z][a-z]{0,31}[ \t]{1,4}){0,5}"
)
_MIN_PROSE_TOKEN = 12
_MAX_LINE = 4096  # a name that opens a value ends a short line


def _holds_secret(name: str) -> bool:
    """A file named for the secret it holds: a secret name (`api-key`), or one with `file` after
    it (Mosquitto's `psk_file`, a `password_file`: what a setting of that name points at)."""
    if is_secret_name(name):
        return True
    stem = _FILE_WORD.sub("", name)
    return stem != name and bool(stem) and is_secret_name(stem)


_FILE_WORD = lazyre.compile(r"[._-]?(?:file|File|FILE)\Z")


def _is_label(text: str) -> bool:
    """A label as a form or a dashboard shows it (`Secret Access Key`, `Password`, a CLI's
    `API KEY` heading): capitalised, not a command in upper or lower case (RESP's `AUTH`,
    `auth`: one word)."""
    return text[0].isupper() and (" " in text or not text.isupper()) and is_secret_name(text)


@dataclass
class Pending:
    indent: int  # indentation of the line that named the secret
    strict: bool  # armed by a secret name (True) or by prose about a secret (False)
    nested: bool = False  # inside the YAML mapping below the name
    skipped: int = 0
    continued: bool = False  # after a shell line continuation: the next line's first token
    lines: int = 1  # one-token lines to look at (a credentials file: a user, then its password)
    script: bool = False  # `cat` of a secret-named file: a shebang and comments may come first
    below: bool = False  # only a line indented below the name holds the value (INI's `key =`)
    heading: bool = False  # armed by a heading in words: a child's name must name a secret
    members: bool = False  # a HOCON object: only its `key: value` members hold values

    @staticmethod
    def arm(line: str) -> Pending | Table | CellLines | None:
        """A Pending when `line` ends by naming a secret whose value follows."""
        if len(line) > _MAX_LINE:
            return None
        tail = line.rstrip()
        if tail.endswith("\\"):
            m = _CONTINUED.search(tail)
            if m is not None and is_secret_name(m.group("k").lstrip("-")):
                return Pending(-1, strict=True, continued=True)
            return None
        cat = None
        if any(
            w in tail for w in ("cat ", "head ", "tail ", "type ", "# /")
        ):  # rare: then the regex
            cat = _CAT.search(tail, max(0, len(tail) - 640))
        if cat is not None:
            name = (cat.group("p") or cat.group("b")).rstrip("/").rsplit("/", 1)[-1]
            if not name or not _holds_secret(name) or _DIGEST_FILE.search(name):
                return None
            table = Table.of_file(name)
            if table is not None:
                return table  # a secret-named CSV file: a header, then rows
            return Pending(-1, strict=True, lines=2, script=True)
        body = line[body_start(line) :]
        if tail.endswith("{"):
            # a JSON object under a secret name, pretty-printed (`"password": {`)
            obj = _OPEN_OBJECT.search(body)
            hocon = obj is None
            obj = obj or _OPEN_BLOCK.fullmatch(body.rstrip())
            if obj is not None and is_secret_name(obj.group("k")):
                indent = len(body) - len(body.lstrip(" "))
                return Pending(indent, strict=True, members=hocon)
            return None
        if tail.endswith(("=>", "->")):
            # PHP's var_dump (`["password"]=>`), Ruby and Perl hashes over lines
            arrow = _OPEN_ARROW.search(body)
            if arrow is not None and is_secret_name(arrow.group("k")):
                return Pending(-1, strict=True)
            return None
        if tail.endswith(">") and "</" in tail:
            plist = _PLIST_KEY.search(tail)
            if plist is not None and is_secret_name(plist.group("k").strip()):
                return Pending(-1, strict=True)  # `<key>API_TOKEN</key>` / `<string>…</string>`
            return None
        if tail.endswith("=") and not tail.endswith(("==", "!=")):
            # an INI value continued on the indented lines below its `key =` (configparser)
            ini = _OPEN_EQUALS.fullmatch(body)
            if ini is not None and is_secret_name(ini.group("k")):
                return Pending(len(body) - len(body.lstrip(" \t")), strict=True, below=True)
            return None
        if tail.endswith(_SCHEMES) and _AUTH_THEN_SCHEME.search(tail):
            # `Authorization: Bearer` and the token wrapped onto the next line (curl --trace-ascii)
            return Pending(-1, strict=True)
        if not tail.endswith(":") and "#" not in line:
            label = _LABEL.fullmatch(body) if len(body) <= 64 else None
            if label is not None and _is_label(label.group("k")):
                # the value follows on its own line, or a table's row of cells on (nextcells)
                return CellLines(lambda strict: Pending(-1, strict=strict))
            return None
        m = _OPEN_KEY.search(body)
        if m is None:
            # a label of words that name a secret, a remark in brackets before its colon
            # (`License key (one line, wrapped):`)
            words = _WORDS_LABEL.fullmatch(body) if len(body) <= 160 else None
            if words is not None and is_secret_name(words.group("k")):
                return Pending(-1, strict=False)
            return None
        indent = len(body) - len(body.lstrip(" "))
        of = _WORD_BEFORE.search(body, 0, m.start()) if m.group("k").lower() in _OF_WORDS else None
        if of is not None and is_secret_name(f"{of.group('w')} {m.group('k')}"):
            return Pending(indent, strict=True)  # the word before says whose (`license value:`)
        if is_secret_name(m.group("k")) and not _IPSEC_SAS.search(body, 0, m.end("k")):
            # words before the name make it a heading (`Currently stored credentials:`, as
            # `cmdkey /list` prints it): the fields below are named, and only a secret name's
            # value is one
            heading = _HEADING_WORDS.fullmatch(body, 0, m.start()) is not None
            return Pending(indent, strict=True, heading=heading)
        if _PROSE_WORD.search(body, 0, m.start()) and " " in body.strip():
            return Pending(-1, strict=False)
        return None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        """(still armed, secret spans of `line`)."""
        start = body_start(line)
        body = line[start:]
        if not body.strip() or _RULE.fullmatch(body):
            self.skipped += 1
            return self.skipped <= _MAX_SKIPPED, []
        indent = len(body) - len(body.lstrip(" "))
        if self.below and len(body) - len(body.lstrip(" \t")) <= self.indent:
            return False, []
        if self.script:
            if body.lstrip().startswith("#"):
                return True, []  # a shebang or a comment of the file
            pair = _USER_PASSWORD.fullmatch(body)
            if pair is not None:
                # a file of `user:password` lines (Memcached's `-Y` auth file): each password
                v = pair.group("v")
                return True, self._value(line, start + pair.start("v"), v, strict=True)
            echo = _ECHO.fullmatch(body)
            if echo is not None:
                value = echo.group("v")
                if is_trivial_value(value) or value.startswith("$"):
                    return False, []
                return False, [(start + echo.start("v"), start + echo.end("v"), KIND)]
        if self.lines > 1 and body.strip() in ("{", "["):
            # a secret-named file that holds JSON (`cat db_credentials.json`): its members
            self.indent, self.lines = indent, 1
            return True, []
        if self.strict and (
            indent > self.indent >= 0
            # a YAML sequence may sit at its key's indentation (`creds:` / `- key: …`)
            or (indent == self.indent and body.startswith("- ", indent))
        ):
            self.nested = True
            return self._child(line, start, body)
        if self.nested:
            return False, []  # the mapping below the name ended
        if self.lines > 1 and _USER_LINE.fullmatch(body):
            self.lines -= 1
            return True, []
        spans = self._single(line, start, body)
        if not spans and self.lines > 1 and len(body.split()) == 1:
            self.lines -= 1
            return True, []  # the user name of a credentials file: its password follows
        return False, spans

    def _child(self, line: str, start: int, body: str) -> tuple[bool, list[Span]]:
        if _COMMENT_LINE.match(body):
            return True, []  # a YAML comment between the children (Bitnami's `## @param …`)
        js = _JSON_CHILD.fullmatch(body)
        if js is not None:
            key, value, vpos = js.group("k"), js.group("v"), start + js.start("v")
            if key.lower() in _DESCRIBING:
                return True, []
            if is_reference_name(key) and not is_secret_name(key) and key.lower() not in _HOLDERS:
                return False, []
            if value.startswith('\\"') and value.endswith('\\"') and len(value) > 4:
                value, vpos = value[2:-2], vpos + 2  # a JSON string inside the string
            return True, self._value(line, vpos, value, strict=True)
        m = _CHILD.fullmatch(body)
        if m is not None:
            key = m.group("k").strip("\"'")
            if key.lower() in _DESCRIBING:
                return True, []
            if key == "name" and m.group("lead").endswith("- "):
                return True, []  # an entry's label in a sequence below the name (`- name: ci`)
            if m.group("v") and _JSON_LITERAL_MEMBER.fullmatch(m.group("v")):
                return True, []  # `"isSecret": null,` beside the value: go on
            # (`key:` below a secret name is the key itself: Kong's `keyauth_credentials:` /
            # `- key: …`; a Secret's key name reads as no secret and stays)
            if is_reference_name(key) and not is_secret_name(key) and key.lower() not in _HOLDERS:
                return False, []  # `secretKeyRef:`, `name: wandb-mysql`: a reference
            if key.lower() in _OWNERS:
                return True, []  # whose it is: the secret is in a sibling
            value = m.group("v")
            if not value or (self.heading and not is_secret_name(key)):
                return True, []  # a mapping below, or a heading's plain field: go on
            if is_reference_value(key, value.strip().strip("\"'")):
                return True, []  # where it is read from (GitLab CI's `vault: path/field@engine`)
            return True, self._value(line, start + m.start("v"), value, strict=True)
        if self.members:
            return True, []  # (an object inside: `apiserver { user_key: …, … }`, its own pairs)
        item = _ITEM.fullmatch(body)
        if item is None or listed_command(item.group("v")):
            return item is None, []  # (a command a note lists: `kubectl get secret … | base64 -d`)
        return True, self._value(line, start + item.start("v"), item.group("v"), strict=True)

    def _single(self, line: str, start: int, body: str) -> list[Span]:
        level = _TRACE_OFFSET.match(body) or _LEVEL.match(body)
        pos = start + (level.end() if level else 0)
        token = line[pos:].strip()
        # var_dump's `string(19) "…"`; kubectl describe's source after a value (`(v1:creds)`)
        php = _PHP_STRING.fullmatch(token) or _ELEMENT.fullmatch(token)
        token = php.group("v") if php is not None else _ANNOTATION.sub("", token)
        if self.continued:
            token = token.removesuffix("\\").rstrip()
            if token[:1] in ("'", '"') and token[0] in token[1:]:
                token = token[: token.index(token[0], 1) + 1]  # `'value' \\` or `"v" && …`
            else:
                token = token.split(None, 1)[0] if token else token
        if token and not self.continued and spaced_token(token):
            begin = line.index(token, pos)  # (OCR's spaces inside one token)
            return [(begin, begin + len(token), KIND)]
        if not token or " " in token or "\t" in token or token.endswith(":"):
            return []
        pos = line.index(token, pos)
        return self._value(line, pos, token, strict=self.strict)

    @staticmethod
    def _value(line: str, pos: int, value: str, strict: bool) -> list[Span]:
        if value.startswith("[") and strict:
            # a flow list of strings (`"wandb": ["…"],`): each string
            out: list[Span] = []
            for m in _FLOW_STRING.finditer(line, pos, pos + len(value)):
                out.extend(Pending._value(line, m.start("v"), m.group("v"), strict))
            return out
        stripped = value.strip().strip("\"'")
        if not stripped or stripped.startswith(("{", "[", "|", ">", "&", "*")):
            return []
        if is_trivial_value(stripped) or is_reference_value("value", stripped):
            return []
        if strict:
            mixed_case = any(c.isupper() for c in stripped) and any(c.islower() for c in stripped)
            long_mixed = len(stripped) >= _MIN_PROSE_TOKEN and mixed_case and " " not in stripped
            if not (looks_random(stripped) or secretish("value", stripped) or long_mixed):
                return []
        elif not looks_random(stripped, _MIN_PROSE_TOKEN):
            return []
        begin = line.index(stripped, pos)
        return [(begin, begin + len(stripped), KIND)]
