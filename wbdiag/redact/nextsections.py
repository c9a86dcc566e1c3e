"""Values in a section of a file that a header names, on the lines below it:
- an INI or TOML section whose name qualifies a bare `key` (`[api]` / `key=…`: zuliprc; SeaweedFS's
  `[jwt.signing]`), or the same as a YAML parent (`api:` / `  key: …`): the `key` below, a secret
  name's value continued on an indented line (configparser), the mapping below a YAML secret name;
- a storage backend's definition by its `type` (rclone.conf's `type = swift` in a remote's
  section, autorestic's `type: b2` under `backends:`): the bare `key` among its siblings is the
  backend's secret (Swift's API key, B2's application key, Azure Blob's account key; autorestic's
  repository key), up to the next section or the backend's end;
- the same as a PHP array's nested array (Magento's `app/etc/env.php`: `'crypt' => [` / `'key'
  => '…'`), up to the array's end;
- a file of users and their passwords by its name (ActiveMQ's and Jetty's `users.properties` /
  `realm.properties`, the JMX password file), by the comments WildFly's users files open with
  (the hex digest of `user:realm:password` below them goes, as other password hashes do), or by its section (Apache Shiro's `[users]` in a
  `shiro.ini`, Zeppelin's: `admin = password, role1, role2`): the value of every pair below
  that reads as generated, up to the next section.

The redactor keeps one follower per file (nextline.arm) and feeds it every line after the one
that armed it, across blocks and chunks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.detectors.generic import secretish
from wbdiag.redact.linebody import body_start
from wbdiag.redact.names import SECTION_QUALIFIERS, is_reference_name, is_secret_name, qualifies_key
from wbdiag.redact.nextrows import cell_value, mixed_letters
from wbdiag.redact.valuerefs import is_reference_value
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"


# an INI or TOML section whose name qualifies a bare `key` (`[api]` / `key=…`: zuliprc)
_SECTION = lazyre.compile(r"[ \t]*\[(?P<n>[A-Za-z][\w.-]{0,63})\][ \t]*(?:[#;][^\n]*)?")
_INI_PAIR = lazyre.compile(
    r"[ \t]*(?P<k>[A-Za-z_][\w.-]{0,63})[ \t]*[=:][ \t]*(?P<q>[\"']?)(?P<v>[^\s\"']{0,4096})(?P=q)"
    r"[ \t]*"
)
_INI_COMMENT = lazyre.compile(r"[ \t]*(?:[#;][^\n]*)?")
_MAX_SECTION = 256
# the same as a YAML parent (`api:` / `  key: …`, an OpenTelemetry collector's Datadog exporter)
_YAML_PARENT = lazyre.compile(r"(?P<i>[ \t]*)(?P<n>[A-Za-z][\w.-]{0,63}):[ \t]*")
# the same as a PHP array's nested array (`'crypt' => [`, `'crypt' => array(`) and its pairs
_PHP_PARENT = lazyre.compile(
    r"(?P<i>[ \t]*)['\"](?P<n>[A-Za-z][\w.-]{0,63})['\"][ \t]*=>[ \t]*(?:\[|array\()[ \t]*"
)
_PHP_PAIR = lazyre.compile(
    r"[ \t]*['\"](?P<k>[A-Za-z_][\w.-]{0,63})['\"][ \t]*=>[ \t]*(?P<q>['\"])(?P<v>[^'\"\n]{0,4096})(?P=q)"
    r"[ \t]*,?[ \t]*"
)
# a storage backend's type (rclone's remotes, autorestic's and restic's backends)
BACKEND_TYPES = (
    "swift", "b2", "azureblob", "azure", "s3", "gs", "gcs", "rest", "sftp", "local", "webdav",
)  # fmt: skip
_BACKEND_TYPE = lazyre.compile(
    r"(?P<i>[ \t]*)type[ \t]{0,4}[=:][ \t]{0,4}[\"']?(?:"
    + "|".join(BACKEND_TYPES)
    + r")[\"']?[ \t]*\r?"
)


@dataclass
class Section:
    lines: int = 0
    below: int = -1  # the indentation of a secret's `name =` whose value goes on below it
    parent: int = -1  # a YAML parent's indentation: the section ends at a line not below it

    @staticmethod
    def arm(line: str) -> Section | None:
        if "type" in line and len(line) < 128:
            t = _BACKEND_TYPE.fullmatch(line, body_start(line))
            if t is not None:
                # (YAML: the backend's other keys are the type's siblings; INI: its section's)
                return Section(parent=len(t.group("i")) - 1 if ":" in line else -1)
        if "=>" in line and len(line) < 128:
            p = _PHP_PARENT.fullmatch(line, body_start(line))
            if p is not None and qualifies_key(p.group("n")):
                return Section(parent=len(p.group("i")))
            return None
        if line.endswith(":") and len(line) < 128:
            m = _YAML_PARENT.fullmatch(line, body_start(line))
            if m is not None and qualifies_key(m.group("n")):
                return Section(parent=len(m.group("i")))
            return None
        if "[" not in line or "]" not in line[-64:]:
            return None
        m = _SECTION.fullmatch(line, body_start(line))
        if m is None or not _qualifying_section(m.group("n")):
            return None
        return Section()

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.lines += 1
        start = body_start(line)
        if self.lines > _MAX_SECTION or _SECTION.fullmatch(line, start):
            return False, []  # the next section
        body = line[start:]
        indent = len(body) - len(body.lstrip(" \t"))
        if self.parent >= 0 and body.strip() and indent <= self.parent:
            return False, []  # the YAML parent's next sibling
        if self.below >= 0 and body.strip() and indent > self.below and self.parent >= 0:
            return True, _yaml_child(line, start)  # the mapping below a YAML secret name
        if self.below >= 0 and body.strip() and indent > self.below:
            # configparser's continuation line: the value of the `name =` above
            value = body.strip()
            v = start + indent
            return True, [] if is_trivial_value(value) else [(v, v + len(value), KIND)]
        self.below = -1
        if _INI_COMMENT.fullmatch(line, start):
            return True, []
        m = _INI_PAIR.fullmatch(line, start) or _PHP_PAIR.fullmatch(line, start)
        if m is None:
            return False, []
        value = m.group("v")
        if not value and (m.group("k").lower() == "key" or is_secret_name(m.group("k"))):
            self.below = indent
            return True, []
        if m.group("k").lower() != "key" or not value:
            return True, []
        if is_trivial_value(value) or is_reference_value("key", value):
            return True, []
        if not (looks_random(value) or secretish("key", value)):
            return True, []
        return True, [(m.start("v"), m.end("v"), KIND)]


# a line of the mapping below a YAML secret name: `value: …`, `- …`; `secretName: …` refers
_YAML_CHILD = lazyre.compile(
    r"[ \t]*(?:-[ \t]{1,4})?(?:(?P<k>[\w.-]{1,64})[\"']?:[ \t]*)?[\"']?(?P<v>[^\s\"']{0,4096})[\"']?[ \t]*"
)


def _yaml_child(line: str, start: int) -> list[Span]:
    m = _YAML_CHILD.fullmatch(line, start)
    if m is None or not m.group("v"):
        return []
    key = m.group("k")
    if (
        key is not None
        and key.lower() not in ("key", "value")  # (`admin_key:` / `- key: …`: the key itself)
        and is_reference_name(key)
        and not is_secret_name(key)
    ):
        return []  # `secretName: wandb-bucket-creds`, `name: …`
    value = m.group("v")
    if is_trivial_value(value) or is_reference_value(key or "value", value):
        return []
    if not (looks_random(value) or secretish("password", value)):
        return []
    return [(m.start("v"), m.end("v"), KIND)]


def _qualifying_section(name: str) -> bool:
    """A section whose name, or a part of its dotted name, qualifies a bare `key` (`[api]`,
    SeaweedFS's `[jwt.signing]` and `[jwt.filer_signing.read]`: each signs or reads with it)."""
    return any(qualifies_key(w) for part in name.split(".") for w in re.split(r"[_-]", part))


# a file of users and their passwords by its name, as a comment, `cat` or `tail`'s header
# names it (ActiveMQ's and Jetty's `users.properties` / `realm.properties`, the JMX password
# file): the value of every pair below (`admin=…`, `admin: …, role`, `monitorRole …`)
_CREDENTIAL_FILES = (
    "users.properties", "realm.properties", "credentials.properties", "jmxremote.password",
)  # fmt: skip
# (after the name, a note in parentheses: `# …/jmxremote.password  (chmod 600)`)
_NAMES_FILE = lazyre.compile(
    r"(?:^|[\s/#:>])(?:" + "|".join(re.escape(f) for f in _CREDENTIAL_FILES) + r")[ \t<=]*"
    r"(?:\([^()\n]{1,40}\)[ \t]*)?\Z"
)
# the format line Jetty's `realm.properties` opens with (`# username: password[,rolename ...]`)
_REALM_FORMAT = lazyre.compile(r"#[ \t]{0,4}<?username>?:[ \t]{0,4}<?password>?[ \t]{0,4}\[,")
# the comments WildFly's `mgmt-users.properties` and `application-users.properties` open with
# (`username=HEX( MD5( username ':' realm ':' password))` below them)
_WILDFLY_USERS = lazyre.compile(
    r"#[ \t]{0,4}(?:Users can be added to this properties file|Properties declaration of users"
    r"|\$REALM_NAME=)"
)
_USER_PAIR = lazyre.compile(
    r"[ \t]*(?P<k>\w[\w.@-]{0,63})(?:[ \t]*[=:][ \t]*|[ \t]{1,8})"
    r"(?P<v>[^\s,]{1,512})(?:[ \t]*,[^\n]{0,512})?[ \t]*"
)


@dataclass
class CredentialFile:
    lines: int = 0

    @staticmethod
    def arm(line: str) -> CredentialFile | None:
        if line.strip() == "[users]":
            return CredentialFile()  # (Shiro's section of users)
        if line.startswith("#") and "password" in line and _REALM_FORMAT.match(line):
            return CredentialFile()
        if line.startswith("#") and _WILDFLY_USERS.search(line):
            return CredentialFile()
        if "properties" not in line and "jmxremote" not in line:
            return None
        return CredentialFile() if _NAMES_FILE.search(line.rstrip()) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.lines += 1
        start = body_start(line)
        if self.lines > _MAX_SECTION or _SECTION.fullmatch(line, start):
            return False, []  # (the next section of an INI file: Shiro's `[main]`)
        if _INI_COMMENT.fullmatch(line, start):
            return self.lines == 1 or bool(line[start:].strip()), []
        m = _USER_PAIR.fullmatch(line, start)
        if m is None:
            return False, []
        value = m.group("v")
        if not (cell_value(value) or mixed_letters(value)):
            return True, []
        return True, [(m.start("v"), m.end("v"), KIND)]


def arm_section(line: str) -> Section | CredentialFile | None:
    """The follower a section's header arms: a Section, or Shiro's `[users]`."""
    return Section.arm(line) or CredentialFile.arm(line)


# The lines that arm a Section or a CredentialFile: a section header, a users file's name
FILE_ARMING = Detector(
    KIND,
    # (`jmxremote.password` and `credentials.properties` hold a name hint already)
    (
        *("[" + q for q in SECTION_QUALIFIERS),
        # (a dotted section's later part: `[jwt.filer_signing.read]`)
        *(s + q for q in SECTION_QUALIFIERS for s in "._-"),
        *(q + ":" for q in SECTION_QUALIFIERS),
        *(q + "'" for q in SECTION_QUALIFIERS),
        *(q + '"' for q in SECTION_QUALIFIERS),
        "users.properties",
        "realm.properties",
        "[users]",
        "password[,",
        "users can be added to this properties file",
        "properties declaration of users",
        "$realm_name=",
        "type",
    ),
    lambda line: iter(()),
    (
        r"\[(?:[\w-]*[._-])?(?:" + "|".join(SECTION_QUALIFIERS) + r")(?:[._-][\w.-]*)?\][ \t]*$",
        r"^[ \t]*(?:" + "|".join(SECTION_QUALIFIERS) + r"):[ \t]*$",
        r"[\"'](?:" + "|".join(SECTION_QUALIFIERS) + r")[\"'][ \t]*=>[ \t]*(?:\[|array\()[ \t]*$",
        *(re.escape(f) for f in _CREDENTIAL_FILES),
        r"^[ \t]*\[users\][ \t]*$",
        _REALM_FORMAT.pattern,
        _WILDFLY_USERS.pattern,
        r"^[ \t]*type[ \t]*[=:][ \t]*[\"']?(?:" + "|".join(BACKEND_TYPES) + r")[\"']?[ \t]*\r?$",
    ),
)
