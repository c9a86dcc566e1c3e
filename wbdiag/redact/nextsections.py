"""Values in a section of a file that a header names, on the lines below it:
- an INI or TOML section whose name qualifies a bare `key` (`[api]` / `key=…`: zuliprc; SeaweedFS's
  `[jwt.signing]`), or the same as a YAML parent (`api:` / `  key: …`): the `key` below, a secret
  name's value continued on an indented line (configparser), the mapping below a YAML secret name;
- a file of users and their passwords by its name (ActiveMQ's and Jetty's `users.properties` /
  `realm.properties`, the JMX password file), or by its section (Apache Shiro's `[users]` in a
  `shiro.ini`, Zeppelin's: `admin = password, role1, role2`): the value of every pair below
  that reads as generated, up to the next section.

The redactor keeps one follower per file (nextline.arm) and feeds it every line after the one
that armed it, across blocks and chunks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.detectors.generic import secretish
from wbdiag.redact.linebody import body_start
from wbdiag.redact.names import SECTION_QUALIFIERS, is_reference_name, is_secret_name, qualifies_key
from wbdiag.redact.nextrows import cell_value, mixed_letters
from wbdiag.redact.values import is_reference_value, is_trivial_value

KIND = "keyvalue"


# an INI or TOML section whose name qualifies a bare `key` (`[api]` / `key=…`: zuliprc)
_SECTION = re.compile(r"[ \t]*\[(?P<n>[A-Za-z][\w.-]{0,63})\][ \t]*(?:[#;][^\n]*)?")
_INI_PAIR = re.compile(
    r"[ \t]*(?P<k>[A-Za-z_][\w.-]{0,63})[ \t]*[=:][ \t]*(?P<q>[\"']?)(?P<v>[^\s\"']{0,4096})(?P=q)"
    r"[ \t]*"
)
_INI_COMMENT = re.compile(r"[ \t]*(?:[#;][^\n]*)?")
_MAX_SECTION = 256
# the same as a YAML parent (`api:` / `  key: …`, an OpenTelemetry collector's Datadog exporter)
_YAML_PARENT = re.compile(r"(?P<i>[ \t]*)(?P<n>[A-Za-z][\w.-]{0,63}):[ \t]*")


@dataclass
class Section:
    lines: int = 0
    below: int = -1  # the indentation of a secret's `name =` whose value goes on below it
    parent: int = -1  # a YAML parent's indentation: the section ends at a line not below it

    @staticmethod
    def arm(line: str) -> Section | None:
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
        m = _INI_PAIR.fullmatch(line, start)
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
_YAML_CHILD = re.compile(
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
_NAMES_FILE = re.compile(
    r"(?:^|[\s/#:>])(?:" + "|".join(re.escape(f) for f in _CREDENTIAL_FILES) + r")[ \t<=]*"
    r"(?:\([^()\n]{1,40}\)[ \t]*)?\Z"
)
# the format line Jetty's `realm.properties` opens with (`# username: password[,rolename ...]`)
_REALM_FORMAT = re.compile(r"#[ \t]{0,4}<?username>?:[ \t]{0,4}<?password>?[ \t]{0,4}\[,")
_USER_PAIR = re.compile(
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
        "users.properties",
        "realm.properties",
        "[users]",
        "password[,",
    ),
    lambda line: iter(()),
    (
        r"\[(?:[\w-]*[._-])?(?:" + "|".join(SECTION_QUALIFIERS) + r")(?:[._-][\w.-]*)?\][ \t]*$",
        r"^[ \t]*(?:" + "|".join(SECTION_QUALIFIERS) + r"):[ \t]*$",
        *(re.escape(f) for f in _CREDENTIAL_FILES),
        r"^[ \t]*\[users\][ \t]*$",
        _REALM_FORMAT.pattern,
    ),
)
