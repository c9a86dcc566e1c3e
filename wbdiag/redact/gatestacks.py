"""Values the leak gate reads by their place in application stacks' connection strings, configs
and command lines, one line at a time, where no `name=value` pair says a secret follows:

- an Oracle connect string's password (`jdbc:oracle:thin:user/password@//host:1521/svc`, OCI's
  `jdbc:oracle:oci:user/password@tns`): the part between the user's `/` and the `@`;
- Bundler's credentials for a gem source, an environment variable or `.bundle/config` key that
  spells the host with `__` for its dots (`BUNDLE_GEMS__EXAMPLE__COM: "user:password"`): the
  password, or a token given alone (a build option, `BUNDLE_BUILD__…`, a mirror's URL or a
  local path is no credential);
- Maven's master password in `settings-security.xml` (`<master>{…}</master>`): encrypted with a
  fixed key anyone has, so as good as clear text (a `<relocation>` points elsewhere);
- a notebook runner's parameter named after a secret (papermill's `-p db_password VALUE`,
  `-r`, `--parameters`): the value after its name;
- an object under a secret's name written on one line (a GraphQL answer's `"apiKey": {"id": …,
  "name": "<key>"}`): a member that reads as generated, not one named as an id or a digest.

Each value is judged by `plausible_secret` or `looks_random` (gatecontext.py): its place says it
is a secret, so it only has to read as no word, identifier, placeholder or reference.
"""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.gatecontext import names_secret
from wbdiag.redact.gatetoken import looks_random, plausible_secret
from wbdiag.redact.gatewords import PUBLIC_NAMES

_ORACLE = lazyre.compile(
    r"jdbc:oracle:(?:thin|oci8?):(?P<u>[^/\s@:\"'(]{1,64})/(?P<v>[^@\s\"']{3,256})@"
)
_BUNDLER = lazyre.compile(
    r"\bBUNDLE_(?P<h>(?:[A-Z0-9-]{1,63}__){1,8}[A-Z]{2,24})[\"']?[ \t]{0,4}[:=][ \t]{0,4}"
    r"[\"']?(?P<v>[^\s\"']{6,512})"
)
_BUNDLER_SETTINGS = ("BUILD__", "MIRROR__", "LOCAL__", "DISABLE", "GEMFILE", "PATH")
_MAVEN_MASTER = lazyre.compile(r"<master>\{(?P<v>[A-Za-z0-9+/=]{16,512})\}</master>")
_PARAMETER = lazyre.compile(
    r"(?:^|[ \t])(?:-p|-r|--parameters?(?:_raw)?)[ \t]+(?P<n>[\w.-]{1,64})[ \t]+"
    r"(?:'(?P<q>[^'\n]{1,256})'|\"(?P<d>[^\"\n]{1,256})\"|(?P<v>[^\s'\"]{1,256}))"
)
# an object opened after a secret's name, its members on the same line
_INLINE_OBJECT = lazyre.compile(
    r"[\"']?(?P<k>[\w.-]{1,64})[\"']?[ \t]{0,4}:[ \t]{0,4}\{(?P<body>[^{}\n]{1,2048})\}"
)
_MEMBER = lazyre.compile(r"\"(?P<k>[\w.-]{1,64})\"[ \t]{0,4}:[ \t]{0,4}\"(?P<v>[^\"\\\s]{8,512})\"")

# (the parameters' and the objects' hints need a secret word)
LITERALS = (
    "jdbc:oracle:",
    "bundle_",
    "<master>{",
    "pass",
    "pwd",
    "secret",
    "token",
    "key",
    "credential",
)
# a member of such an object named as what identifies or checks the secret, not the secret
_PUBLIC_MEMBERS = (
    *("id", "ids", "uuid", "guid", "hash", "digest", "sha", "sha1", "sha256", "checksum"),
    *("fingerprint", "etag", "prefix", "hint", "kid", "thumbprint", "accessor", "nonce", "type"),
    "version",
)
HINTS = (
    r"jdbc:oracle:(?:thin|oci8?):[^/\s@]{1,64}/[^@\s]{3}",
    r"bundle_(?:[0-9a-z-]+__)+[a-z]{2,24}[\"']?[ \t]*[:=][ \t]*[\"']?[^\s\"']{6}",
    r"<master>\{",
    r"(?:^|[ \t])(?:-p|-r|--parameters?(?:_raw)?)[ \t]+[0-9a-z_.-]*"
    r"(?:pass|pwd|secret|token|key|credential)",
    r"(?:key|token|secret|credential|pass)[0-9a-z_.-]*[\"']?[ \t]*:[ \t]*\{[^{}\n]*\"[ \t]*:"
    r"[ \t]*\"[^\"\s]{8}",
)


def _named_public(name: str) -> bool:
    flat = name.lower().replace("-", "_")
    return flat.endswith(PUBLIC_NAMES) or flat in ("name", "description", "typename", "__typename")


def _oracle(text: str) -> Iterator[str]:
    for m in _ORACLE.finditer(text):
        if plausible_secret(m.group("v")):
            yield m.group("v")


def _bundler(text: str) -> Iterator[str]:
    for m in _BUNDLER.finditer(text):
        value = m.group("v")
        if m.group("h").startswith(_BUNDLER_SETTINGS) or "://" in value or value[:1] in "/~.$":
            continue
        secret = value.partition(":")[2] if ":" in value else value
        if len(secret) >= 6 and (
            plausible_secret(secret)
            or looks_random(secret)
            or (any(c.isdigit() for c in secret) and any(c.isalpha() for c in secret))
        ):
            yield value


def _maven(text: str) -> Iterator[str]:
    for m in _MAVEN_MASTER.finditer(text):
        if looks_random(m.group("v")) or plausible_secret(m.group("v")):
            yield m.group("v")


def _parameters(text: str) -> Iterator[str]:
    for m in _PARAMETER.finditer(text):
        value = m.group("q") or m.group("d") or m.group("v") or ""
        name = m.group("n")
        if (
            names_secret(name)
            and not _named_public(name)
            and (plausible_secret(value) or looks_random(value))
        ):
            yield value


def _objects(text: str) -> Iterator[str]:
    for m in _INLINE_OBJECT.finditer(text):
        if not names_secret(m.group("k")) or _named_public(m.group("k")):
            continue
        for member in _MEMBER.finditer(m.group("body")):
            name = member.group("k")
            if name.lower().endswith(_PUBLIC_MEMBERS):
                continue
            if looks_random(member.group("v")):
                yield member.group("v")
                break


def stack_secrets(text: str) -> Iterator[str]:
    """Secrets the line's connection strings, configs and runner parameters place."""
    lowered = text.lower()
    if "jdbc:oracle:" in lowered:
        yield from _oracle(text)
    if "BUNDLE_" in text:
        yield from _bundler(text)
    if "<master>{" in text:
        yield from _maven(text)
    if "-p" in text or "-r" in text:
        yield from _parameters(text)
    if "{" in text:
        yield from _objects(text)
