"""Values a command prints, or a session sends, on the lines after the one that shows it:
- PuTTY's `Private-Lines: N`: the N lines after it, whole (the private key in base64);
- a command whose output is a secret (`kubectl get secret … | base64 -d`, `gcloud auth
  print-access-token`, `kubectl create token`, `aws ecr get-login-password`, `pass show`,
  `kubectl view-secret`, `postmap -q … sasl_passwd`, `mmctl token generate`), a one-liner that generates a random secret and prints it (`openssl
  rand -base64 32`, Python's `os.urandom` and `secrets.token_urlsafe`, `/dev/urandom` through
  `base64`; not written to a file, nor inside `$(…)`), and an SMTP
  server's `334 UGFzc3dvcmQ6` (base64 of "Password:") in an `AUTH LOGIN` exchange: the last
  token of the next non-empty line, when that line holds at most two; a password-reset tool
  (`elasticsearch-reset-password`): the value after `New value:` within the next lines;
- a RESP array's arguments after its `AUTH` element (`*3` / `$4` / `AUTH` / `$7` / `default` /
  `$24` / the password);
- what an expect script sends after a password prompt (`expect "password:"` / `send "…\\r"`).
The followers are armed by nextline.arm, their lines picked by OUTPUT_ARMING."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.detectors.generic import secretish
from wbdiag.redact.linebody import body_start
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.nextprinted import DATA_PATH, public_data_field
from wbdiag.redact.nexttool import READS_GATE, reads_secret
from wbdiag.redact.shelllist import output_command
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_MAX_LINE = 4096  # a line that announces output is a short line
_PRIVATE_LINES = lazyre.compile(r"[ \t]*Private-Lines:[ \t]{0,4}(?P<n>\d{1,3})[ \t]*\Z")
_PRINTS_SECRET = lazyre.compile(
    # (kubectl's go-template decodes with `|base64decode`; an SMTP server asking for the
    # password: also as smtplib prints its reply, `reply: b'334 UGFzc3dvcmQ6\r\n'`)
    r"(?i)(?:\bsecrets?\b[^\n]{0,400}\|[ \t]{0,4}base64(?:[ \t]{1,4}(?:-d|--decode|-D)|decode)\b"
    r"|\bgcloud\b[^\n]{0,200}[ \t]print-(?:access|identity)-token\b"
    r"|\bkubectl\b[^\n]{0,200}[ \t]create[ \t]{1,4}token\b"
    r"|\becr[ \t]{1,4}get-login-password\b"
    # a password store prints the secret on its first line; kubectl's view-secret plugin, a key
    r"|\b(?:go)?pass[ \t]{1,4}show\b|\bkubectl[ \t]{1,4}view-secret\b"
    # a secret manager reading one secret (`op read op://…`), a CLI rotating or creating a key
    # and printing the new one (`conjur host rotate-api-key`, `… create-api-key`)
    r"|\bop[ \t]{1,4}read\b|\b(?:rotate|regenerate|create|reset)-api-key\b"
    # a tool printing the password it generated at install (`argocd admin initial-password`)
    r"|(?<=[ \t])initial-password(?=[ \t]|\Z)"
    # rclone's obscured passwords are reversible: `reveal` prints the password, `obscure` the
    # form its config keeps
    r"|\brclone[ \t]{1,4}(?:reveal|obscure)\b"
    # Headscale prints the key it creates (a pre-auth key for a node, an API key for its CLI)
    r"|\bheadscale\b[^\n]{0,200}[ \t](?:preauthkeys?|apikeys?)[ \t]{1,4}create\b"
    # a cluster's bootstrap token as k3s and kubeadm create it (`<id>.<secret>`)
    r"|\b(?:k3s|kubeadm)[ \t]{1,4}token[ \t]{1,4}create\b"
    # Postfix looking up a relay's login in its SASL password map prints `user:password`
    r"|\bpostmap[ \t]{1,4}-q\b[^\n]{0,300}sasl_passwd\b"
    # Mattermost's CLI prints a new access token before its description (`TOKEN: description`)
    r"|\bmmctl[ \t]{1,4}token[ \t]{1,4}generate\b"
    # Consul's new gossip encryption key (`consul keygen`: 32 bytes in base64, alone)
    r"|\bconsul[ \t]{1,4}keygen\b"
    r"|(?<![^\s:<>'\"])334[ \t]{1,4}UGFzc3dvcmQ6(?:\\r\\n|\\n)?['\"]?[ \t]*\Z)"
)
# the same for commands found by words of their own (a second gate: the first one's words
# stay few)
_PRINTS_STORED = lazyre.compile(
    # a CLI showing a stored secret (Kanidm's `oauth2 show-basic-secret`, `get-secret-value
    # --output text`, `gcloud secrets versions access`), Vault printing one field, the macOS
    # keychain's `-w` (the password alone), PowerShell turning a SecureString back into text
    r"(?i)\b(?:show|get|print|reveal|read)-[a-z-]{0,24}(?:secret|password|token)(?:-value)?\b"
    r"|\bsecrets[ \t]{1,4}versions[ \t]{1,4}access\b|\bvault\b[^\n]{0,200}[ \t]-field[= ]"
    r"|\bfind-(?:generic|internet)-password\b[^\n]{0,200}[ \t]-w\b"
    r"|SecureStringTo(?:BSTR|GlobalAllocUnicode|CoTaskMemUnicode)\b"
    r"|ConvertFrom-SecureString\b[^\n]{0,200}-AsPlainText|GetNetworkCredential\(\)\.Password"
    # a Secret's data field by jsonpath, base64 as kubectl prints it (`{.data.password}`)
    r"|\bsecrets?\b[^\n]{0,200}\bjsonpath=?[ \t]?['\"]?" + DATA_PATH
)
# `echo "$WANDB_API_KEY"`, `printf '%q\n' "$PW"` (shell-escaped) (piped on or not: `| base64`, `| xxd -p`): the variable's value, in
# whatever encoding the pipe gave it; Windows' `echo %WANDB_API_KEY%` (cmd) and
# `echo $env:WANDB_API_KEY` (PowerShell)
_ECHO_VAR = lazyre.compile(
    r"(?<![\w-])(?:echo|printf[ \t]{1,4}[\"']%[sq](?:\\n)?[\"']|printenv)(?:[ \t]{1,4}-[neE]{1,3})?[ \t]{1,4}"
    r"[\"']?(?:\$?\{?|%|\$env:)(?P<n>[A-Za-z_][A-Za-z0-9_]{0,63})[}%]?[\"']?[ \t]*(?:\||\Z)"
)
# a Python or shell repr of the line a tool sent (`send: 'YldP…\r\n'`): the value inside
_SENT_REPR = lazyre.compile(r"b?['\"](?P<v>[^'\"\s]{8,4096}?)(?:\\r\\n|\\n)?['\"]")
_MAX_KEY_LINES = 64
_OUTPUT_WORDS = (
    "base64", "print-", "create", "get-login-password", "UGFzc3dvcmQ6", "show", "view-secret",
    "reset-password", "op read", "-api-key", "initial-password", "rclone", "sasl_passwd",
    "mmctl", "keygen",
)  # fmt: skip
_OUTPUT_GATE = lazyre.compile("|".join(re.escape(w) for w in _OUTPUT_WORDS))
# a one-liner that generates a random secret (oauth2-proxy's documented cookie secret: `python
# -c 'import os,base64; print(base64.urlsafe_b64encode(os.urandom(32)).decode())'`)
_GENERATES = lazyre.compile(
    r"\bopenssl[ \t]{1,4}rand\b|\bos\.urandom\(|\bsecrets\.token_(?:urlsafe|hex|bytes)\("
    r"|/dev/urandom\b"
    # a web framework's new key (`bin/rails secret`, Django's `get_random_secret_key()`,
    # `php artisan key:generate --show`) or WordPress's new application password (`wp user
    # application-password create … --porcelain`), printed alone
    r"|\b(?:rails|rake)[ \t]{1,4}secret[ \t]*\Z|\bget_random_secret_key\("
    r"|\bartisan[ \t]{1,4}key:generate\b[^\n>|]{0,80}--show\b"
    r"|\bapplication-password[ \t]{1,4}create\b[^\n>|]{0,200}--porcelain\b"
)
_GENERATOR_GATE = lazyre.compile(r"rand|token_|secret|key:generate|application-password")
# words and a colon before the command (`Generate with: `): a note, not a prompt
_NOTED = lazyre.compile(r"[A-Za-z][A-Za-z ]{0,40}:[ \t]{1,4}\S*\Z")
_STORED_GATE = lazyre.compile(
    r"-secret|-password|-token|versions|-field|SecureString|GetNetworkCredential|jsonpath"
)
_CONSUMES_STDIN = lazyre.compile(
    r"-stdin\b|\b(?:login|chpasswd|passwd|kubeseal|htpasswd)\b|--from-file[= ](?:-|/dev/stdin)\b"
)
_ECHO_GATE = lazyre.compile(r"echo[ \t]|printf[ \t]|printenv[ \t]")
# every word of the gates above, a line without one arms no Output (one test of every line
# armed on: substring tests beat an alternation of words without a common first character)
_ANY_WORDS = (
    "-api-key", "-secret", "-password", "-token", "-field", "print-", "printf ", "printf\t",
    "printenv ", "printenv\t", "echo ", "echo\t", "base64", "create", "UGFzc3dvcmQ6", "show",
    "op read", "versions", "SecureString", "GetNetworkCredential", "decrypt", "rclone",
    "jsonpath", "rand", "token_", "s secret", "key:generate", "application-password",
    "sasl_passwd", "mmctl", "keygen",
)  # fmt: skip


def _any_gate(line: str) -> bool:
    return any(map(line.__contains__, _ANY_WORDS))


# tools that reset a password and print the new one a few lines on, after a label
_RESETS = lazyre.compile(r"(?i)\b[\w-]{0,32}reset-passwords?\b")
_LABELLED = lazyre.compile(
    r"[ \t]*(?:new[ \t]value|new[ \t]password|password|generated[ \t]password)[ \t]*[:=][ \t]*"
    r"(?P<v>\S{6,512})[ \t]*",
    re.IGNORECASE,
)
# Vault's transit engine decrypting: the plaintext (base64) in the JSON it prints
_DECRYPTS = lazyre.compile(r"\bvault\b[^\n]{0,200}\btransit/decrypt/")
_PLAINTEXT = lazyre.compile(r"[ \t]*\"plaintext\"[ \t]*:[ \t]*\"(?P<v>[^\"\s]{4,8192})\",?[ \t]*")
_RESET_LINES = 8
# Elasticsearch's first start prints the password it made for `elastic` below this line:
# `Password for the elastic user (reset with `bin/elasticsearch-reset-password -u elastic`):`
_FIRST_START = lazyre.compile(r"\bPassword for the [\w-]{1,64} user \(reset with\b")
# a CLI that asks its questions first, then prints the token it created alone on a line (the
# Particle CLI's `particle token create`: its account, a password prompt, the expiry, the token)
_ASKS_THEN_PRINTS = lazyre.compile(r"\bparticle[ \t]{1,4}token[ \t]{1,4}create\b")
_LONE_LINES = 6
_LONE_TOKEN = lazyre.compile(r"[ \t]*(?P<v>[A-Za-z0-9_\-.+/=]{16,512})[ \t]*")
# the next command's prompt: the output ended before it
_NEXT_PROMPT = lazyre.compile(r"[ \t]*(?:[\w.-]{1,64}@[\w.-]{1,64}:[^\s$#]{0,256})?[$#][ \t]")
# a setting whose value is a command, quoted (`RESTIC_PASSWORD_COMMAND="vault kv get -field=…"`,
# an env file's line, `export NAME='…'`): the command runs when a tool reads the setting
_QUOTED_SETTING = lazyre.compile(
    r"(?:export[ \t]{1,4})?[A-Za-z_][A-Za-z0-9_]{0,127}=(?:\"[^\"\n]{1,4096}\"|'[^'\n]{1,4096}')[ \t]*"
)
# a systemd unit's `Environment=NAME=…`, and a variable that holds a command to run later
# (rclone's `RCLONE_PASSWORD_COMMAND=pass show …`, restic's `RESTIC_PASSWORD_COMMAND`, Borg's
# `BORG_PASSCOMMAND`)
_COMMAND_SETTING = lazyre.compile(
    r"[ \t]*(?:Environment=[\"']?[A-Za-z_]|(?:export[ \t]{1,4})?[A-Za-z_][A-Za-z0-9_]{0,127}"
    r"(?:COMMAND|PASSCOMMAND|_CMD)=)"
)
_BASE64_LINE = lazyre.compile(r"[ \t]*[A-Za-z0-9+/]{1,256}={0,2}[ \t]*")
# output piped into a count or a digest (`vault kv get -field=password … | wc -c`,
# `| sha256sum`, `| grep -c …`): the next line holds the count or the digest, not the secret
_COUNTED = lazyre.compile(
    r"\|[ \t]{0,4}(?:wc|(?:sha(?:1|224|256|384|512)|md5|b2)sum|cksum|grep[ \t]{1,4}-[a-z]{0,4}[cq])\b"
)
# a record of fish's history (`- cmd: …`, then its `when:` and `paths:`): a history keeps the
# command, never what it printed
_FISH_HISTORY = lazyre.compile(r"- cmd: ")


def _prints_nothing_here(line: str, body: int) -> bool:
    """A command line whose next line cannot be what it printed: a history's record, or the
    output piped into a count or a digest."""
    return _FISH_HISTORY.match(line, body) is not None or (
        "|" in line and _COUNTED.search(line, body) is not None
    )


def _assigned(head: str, shown: re.Match[str]) -> bool:
    """Whether PowerShell's plain-text read of a credential is assigned rather than printed
    (`$pw = $c.GetNetworkCredential().Password`, a header's `"authorization"="Bearer $(…)"`):
    nothing is printed on the next line."""
    if not shown.group().lower().startswith("getnetworkcredential"):
        return False
    eq = head.rfind("=", 0, shown.start())
    return eq > 0 and head[eq - 1] not in "=!<>" and not head.startswith("=", eq + 1)


@dataclass
class Output:
    """Lines after the one that announced them: `count` lines whole (PuTTY's private lines), or
    (count 0) the last token of the next non-empty line (what a command printed)."""

    count: int
    skipped: int = 0
    labelled: int = 0  # lines left to find `New value: …` in (a password reset tool's output)
    lone: int = 0  # lines left to find a random token alone on its line in

    @staticmethod
    def arm(line: str) -> Output | None:
        if len(line) > _MAX_LINE:
            return None
        if "=" in line and _COMMAND_SETTING.match(line, body_start(line)):
            return None  # (the same for a unit's environment and a setting named for a command)
        if '="' in line or "='" in line:
            quoted = _QUOTED_SETTING.fullmatch(line, body_start(line))
            if quoted is not None and "$(" not in quoted.group() and "`" not in quoted.group():
                return None  # a command a setting holds is not run here: nothing printed below
        if "Private-Lines" in line:
            m = _PRIVATE_LINES.match(line, body_start(line))
            n = int(m.group("n")) if m else 0
            return Output(n) if 0 < n <= _MAX_KEY_LINES else None
        if READS_GATE.holds(line) and reads_secret(output_command(line[body_start(line) :])):
            if _prints_nothing_here(line, body_start(line)):
                return None
            return Output(0)  # `aws configure get aws_secret_access_key`, `terraform output -raw …`
        if not _any_gate(line):
            return None  # (most lines: one search; the regexes after are dearer)
        if _prints_nothing_here(line, body_start(line)):
            return None
        printed = _OUTPUT_GATE.search(line) is not None
        stored = _STORED_GATE.search(line) is not None
        echoed = _ECHO_GATE.search(line) is not None
        body = line[body_start(line) :].rstrip()
        # the command that prints first (`TOKEN=$(…); echo $TOKEN`: the echo); what follows it
        # on its line (`; echo`, `&& echo`) does not matter
        head = output_command(body)
        if printed and "reset-password" in head and _RESETS.search(head):
            if body.endswith(":") and _FIRST_START.search(body):
                return Output(0)  # the password alone on the next line (Elasticsearch's banner)
            return Output(0, labelled=_RESET_LINES)
        if "create" in head and _ASKS_THEN_PRINTS.search(head) and "--help" not in head:
            return Output(0, lone=_LONE_LINES)
        if "decrypt" in head and _DECRYPTS.search(head):
            return Output(0, labelled=_RESET_LINES)  # its `"plaintext": "…"` a few lines on
        shown = _PRINTS_STORED.search(head) if stored else None
        if shown is not None and _assigned(head, shown):
            shown = None
        if (printed and _PRINTS_SECRET.search(head)) or shown is not None:
            return None if public_data_field(head) else Output(0)
        if _GENERATOR_GATE.search(head) and (made := _GENERATES.search(head)) is not None:
            # (`X=$(openssl rand -hex 16)`, `… > cookie.secret`: nothing printed below)
            hidden = "$(" in head[: made.start()] or "`" in head[: made.start()]
            if line.lstrip().startswith("#") and _NOTED.search(head, 0, made.start()):
                return None  # a comment that says how to make one (`# Generate with: openssl …`)
            return None if hidden or ">" in head[made.end() :] else Output(0)
        echo = _ECHO_VAR.search(head) if echoed else None
        if echo is None or not is_secret_name(echo.group("n")):
            return None
        # piped into a command that reads it (`| docker login --password-stdin`): what that
        # command prints next (`Login Succeeded`) is its own
        return None if _CONSUMES_STDIN.search(head, echo.end()) else Output(0)

    def step(self, line: str) -> tuple[bool, list[Span]]:
        if self.count:
            # (a line the redactor took as the rest of a wrapped value was not stepped here:
            # the block also ends at its first line that is no base64)
            body = body_start(line)
            if _BASE64_LINE.fullmatch(line, body) is None:
                return False, []
            self.count -= 1
            start = len(line) - len(line[body:].lstrip())
            return self.count > 0, [(start, len(line.rstrip()), KIND)]
        if self.labelled:
            self.labelled -= 1
            m = _LABELLED.fullmatch(line, body_start(line)) or _PLAINTEXT.fullmatch(
                line, body_start(line)
            )
            if m is None or is_trivial_value(m.group("v")):
                return self.labelled > 0, []
            return False, [(m.start("v"), m.end("v"), KIND)]
        if self.lone:
            self.lone -= 1
            m = _LONE_TOKEN.fullmatch(line, body_start(line))
            if m is None or not looks_random(m.group("v"), 16):
                return self.lone > 0 and _NEXT_PROMPT.match(line) is None, []
            return False, [(m.start("v"), m.end("v"), KIND)]
        stripped = line[body_start(line) :].strip()
        if not stripped:
            self.skipped += 1
            return self.skipped <= 1, []
        if "CLIENT -> SERVER: " in stripped:
            # PHPMailer's SMTPDebug: its time and the direction before the line sent
            stripped = stripped.partition("CLIENT -> SERVER: ")[2]
        described = _DESCRIBED_TOKEN.match(stripped)
        if described is not None:
            pos = line.index(stripped) + described.start("t")
            return False, [(pos, pos + len(described.group("t")), KIND)]
        parts = stripped.split()
        token = parts[-1]
        if stripped.startswith(("{", "[")):
            return False, []  # JSON (`… | base64 -d | jq -c .`): its own members are judged
        if len(parts) > 2 or len(token) < 8 or is_trivial_value(token):
            return False, []
        pos = line.rindex(token)
        sent = _SENT_REPR.fullmatch(token)
        if sent is not None:
            return False, [(pos + sent.start("v"), pos + sent.end("v"), KIND)]
        return False, [(pos, pos + len(token), KIND)]


# a JSON-RPC login (LuCI's `"method":"login"`, Deluge's `auth.login`) and the session it answers
# with on the next line (`{"id":1,"result":"<session id>","error":null}`: LuCI's sysauth token)
_RPC_LOGIN = lazyre.compile(r"\"method\"[ \t]{0,4}:[ \t]{0,4}\"(?:[a-z]{1,16}\.)?login\"")
_RPC_RESULT = lazyre.compile(r"\"result\"[ \t]{0,4}:[ \t]{0,4}\"(?P<v>[^\"\s]{16,512})\"")
# Metabase's login, a POST of credentials to `/api/session`, and the session id its answer
# holds under `id` (`{"id":"<uuid>"}`: sent back as `X-Metabase-Session`)
_SESSION_URL = lazyre.compile(r"/api/session(?=[\s\"'?]|\Z)")
_POSTED = lazyre.compile(r"-X[ \t]?POST\b|--data|(?<!\S)-d[ \t]")
_SESSION_ID = lazyre.compile(r"\"id\"[ \t]{0,4}:[ \t]{0,4}\"(?P<v>[^\"\s]{16,512})\"")


@dataclass
class RpcSession:
    """The session id a JSON-RPC login (or a REST login, `rest`) answers with, on the next
    non-empty line."""

    skipped: int = 0
    rest: bool = False

    @staticmethod
    def arm(line: str) -> RpcSession | None:
        if 'login"' in line and _RPC_LOGIN.search(line):
            return RpcSession()
        if "/api/session" in line and (url := _SESSION_URL.search(line)) is not None:
            # (the request's method or body before its URL: a POST, the login)
            return RpcSession(rest=True) if _POSTED.search(line, 0, url.start()) else None
        return None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        if not line.strip():
            self.skipped += 1
            return self.skipped <= 1, []
        m = (_SESSION_ID if self.rest else _RPC_RESULT).search(line)
        if m is None or not looks_random(m.group("v"), 16):
            return False, []
        return False, [(m.start("v"), m.end("v"), KIND)]


# a token printed before its description (`mmctl token generate`'s `<26 characters>: …`)
_DESCRIBED_TOKEN = lazyre.compile(r"(?P<t>[a-z0-9]{26}):[ \t]")
_RESP_LENGTH = lazyre.compile(r"[ \t]*\$\d{1,6}[ \t]*\Z")


@dataclass
class RespAuth:
    """A RESP array's arguments after its `AUTH` element (a capture of Redis traffic): `$N`
    length lines, then the password, or a user name and the password. The first argument goes
    when it reads like a secret, the second always; the array ends at the next `*`, `+` or `-`."""

    seen: int = 0

    @staticmethod
    def arm(line: str) -> RespAuth | None:
        return RespAuth() if line[body_start(line) :].strip().upper() == "AUTH" else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        body = body_start(line)
        if _RESP_LENGTH.fullmatch(line, body):
            return True, []
        value = line[body:].strip()
        if not value or value[0] in "*+-:" or " " in value:
            return False, []
        self.seen += 1
        take = self.seen == 2 or looks_random(value) or secretish("password", value)
        start = line.index(value, body)
        spans = [(start, start + len(value), KIND)] if take and not is_trivial_value(value) else []
        return self.seen < 2, spans


# an expect script waits for a password prompt, then types the password
_EXPECT_PROMPT = lazyre.compile(
    r"(?i)(?<![^\s;{])expect(?:[ \t]{1,4}-[a-z]{1,8}){0,2}[ \t]{1,4}[^\n]{0,200}"
    r"(?:assword|assphrase|asscode|pin:|token)"
)
_SEND = lazyre.compile(
    r"[ \t]*(?:exp_)?send(?:[ \t]{1,4}--)?[ \t]{1,4}\"(?P<v>(?:[^\"\\]|\\[^rn]){1,512})"
    r"(?:\\r|\\n)?\""
)


@dataclass
class Sent:
    """What an expect script sends after a password prompt (`expect "password:"` / `send
    "…\\r"`)."""

    skipped: int = 0

    @staticmethod
    def arm(line: str) -> Sent | None:
        if "expect" not in line or _EXPECT_PROMPT.search(line, body_start(line)) is None:
            return None
        return Sent()

    def step(self, line: str) -> tuple[bool, list[Span]]:
        body = body_start(line)
        if not line[body:].strip():
            self.skipped += 1
            return self.skipped <= 1, []
        m = _SEND.match(line, body)
        if m is None or is_trivial_value(m.group("v")) or m.group("v").startswith("$"):
            return False, []  # (`send "$password\\r"`: a variable)
        return False, [(m.start("v"), m.end("v"), KIND)]


# The lines that arm an Output, RespAuth or Sent follower: no other detector picks them.
OUTPUT_ARMING = Detector(
    KIND,
    ("private-lines:", "base64", "print-access-token", "print-identity-token", "create token",
     "get-login-password", "ugfzc3dvcmq6", "auth", "pass show", "view-secret", "reset-password",
     "expect ", "expect\t", "op read", "-api-key", "psk", "-secret", "-password", "-token",
     "versions", "-field", "securestring", "getnetworkcredential", "echo", "printf", "printenv",
     "transit/decrypt", "stringdata", "config get", "configure get", " --get", "config:get",
     "terraform output", "tofu output", "terragrunt output", "stack output", "secret-tool",
     "keyring get", "bw get", "lpass show", "secret get", "secrets get", "secret show",
     "secrets show", "rclone", "jsonpath", "variable get", "berglas", "--extract",
     "openssl rand", "urandom", "secrets.token_", "headscale", "token create", "nvram get",
     "nmcli", "consul keygen"),
    lambda line: iter(()),
    (
        r"private-lines:[ \t]*\d",
        # hints may be broader than the follower they arm; these two are, because the Hyperscan
        # build of the `fast` extra missed real lines with their exact forms (`| base64 -d` after
        # a long gap; `--show-secrets` beside the patterns below; tests/redact/test_prefilter_hs.py)
        r"secrets?\b[^\n]*base64[ \t]+(?:-d|--decode)",
        r"print-(?:access|identity)-token",
        r"kubectl[^\n]*[ \t]create[ \t]+token",
        r"ecr[ \t]+get-login-password",
        r"334[ \t]+ugfzc3dvcmq6",
        r"(?:^|[ \t])auth[ \t]*$",
        r"pass[ \t]+show",
        r"kubectl[ \t]+view-secret",
        r"reset-passwords?",
        r"op[ \t]read",
        # `cat` of a pre-shared key file (the other secret file names hold a NAME_HINTS word)
        r"(?:cat|head|tail)[ \t][^\n]*psk",
        r"(?:rotate|regenerate|create|reset)-api-key",
        r"rclone[ \t]+(?:reveal|obscure)",
        r"headscale[^\n]*[ \t](?:preauthkeys?|apikeys?)[ \t]+create",
        r"secrets?\b[^\n]*jsonpath=?[ \t]?['\"]?\{(?:\.data[.\[]|\[['\"]data)",
        r"(?:show|get|print|reveal|read)-[a-z-]*(?:secret|password|token)",
        r"secrets[ \t]+versions[ \t]+access",
        r"vault[^\n]*[ \t]-field[= ]",
        r"find-(?:generic|internet)-password[^\n]*[ \t]-w",
        r"securestringto|convertfrom-securestring[^\n]*-asplaintext|getnetworkcredential",
        r"vault[^\n]*transit/decrypt/",
        r"(?:echo|printf|printenv)[ \t][^\n|]*[$a-z_](?:pass|secret|token|key|auth|cred)",
        r"expect[ \t][^\n]*(?:assword|assphrase|asscode|pin:|token)",
        # a Kubernetes Secret's `stringData:` (names.py: its values are secrets), no NAME_HINTS word
        r"stringdata[\"']?[ \t]*:[ \t]*$",
        # a setting or output read by name, a password manager's read (nexttool.reads_secret)
        # (each holds one of the literal hints: `re` picks lines by those)
        r"config(?:ure)? get[ \t]",
        r"config[^\n]* --get[ \t]",
        r"config:get[ \t]",
        r"(?:terraform|tofu|terragrunt|stack) output[ \t]",
        r"secret-tool[ \t]+lookup|keyring get|bw get[ \t]|lpass show",
        r"secrets? (?:get|show)[ \t][^\n]*(?:--plain|--raw|--query)",
        r"glab[ \t]+variable[ \t]+get[ \t]|buildkite-agent[ \t]+secret[ \t]+get[ \t]",
        r"berglas[ \t]+access[ \t]|sops[ \t][^\n]*[ \t]--extract[ =]",
        r"openssl[ \t]+rand|urandom|secrets\.token_",
        r"(?:k3s|kubeadm|particle)[ \t]+token[ \t]+create",
        r"nvram[ \t]+get[ \t]|nmcli[ \t][^\n]*-(?:g|-get-values)[ \t]",
        r"consul[ \t]+keygen",
    ),
)  # fmt: skip
