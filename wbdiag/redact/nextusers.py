"""Sections whose entries are users, each with its password or its hash (a user's name is no
secret name, so no name-based detector reads them):
- a Hurl file's `[BasicAuth]` section (an HTTP test, a runbook's health check): `user:
  password`, one a line, the password up to the end of its line (Hurl trims it; it may hold
  spaces and `:`); it ends at the next section (`[Asserts]`), the response (`HTTP 200`), the
  next request or a blank line;
- CouchDB's `[admins]` in `local.ini` (`admin = PASSWORD`, hashed by the server on its next
  start to `-pbkdf2-DERIVED,SALT,ITERATIONS`, which opens a dictionary attack offline);
- Pgpool-II's `pcp.conf` under its `# USERID:MD5PASSWD` header: `user:<md5 of the password>`.
A commented entry (`;admin = …`, `# …`) is the file's example and stays.

The redactor keeps one follower per file (nextline.arm) and feeds it every line after the one
that armed it; USERS_ARMING has the prefilter pick the sections' headers."""

from __future__ import annotations

from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.values import is_mask, is_template, is_trivial_value

KIND = "keyvalue"
_HEADERS = lazyre.compile(
    r"[ \t]*(?:(?P<hurl>\[BasicAuth\])|(?P<couch>\[admins\])|(?P<pcp>#[ \t]{0,4}USERID:MD5PASSWD))"
    r"[ \t\r]*"
)
# (Hurl's keys may be quoted; a `#` starts a comment)
_HURL_ENTRY = lazyre.compile(
    r"[ \t]*(?:\"[^\"\n]{1,128}\"|[^\s:#\"\[][^\s:#]{0,127}):[ \t]*(?P<v>[^\n#]{1,512}?)[ \t]*(?:#.*)?"
)
_INI_ENTRY = lazyre.compile(
    r"[ \t]*[^\s=;#\[][^\s=]{0,127}[ \t]*=[ \t]*(?P<v>[^\s;][^\r\n]{0,1023}?)[ \t\r]*"
)
_PCP_ENTRY = lazyre.compile(r"[ \t]*[^\s:#]{1,128}:(?P<v>[0-9a-f]{32})[ \t\r]*")
_COMMENTS = {"hurl": lazyre.compile(r"[ \t]*#.*"), "ini": lazyre.compile(r"[ \t]*[;#].*")}
_ENTRIES = {"hurl": _HURL_ENTRY, "couch": _INI_ENTRY, "pcp": _PCP_ENTRY}
_MAX_ENTRIES = {"hurl": 16, "couch": 32, "pcp": 32}


@dataclass
class UserSection:
    form: str  # hurl, couch or pcp
    lines: int = 0

    @staticmethod
    def arm(line: str) -> UserSection | None:
        m = _HEADERS.fullmatch(line)
        return UserSection(m.lastgroup or "") if m is not None else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.lines += 1
        if self.lines > _MAX_ENTRIES[self.form] or not line.strip():
            return False, []
        if _COMMENTS["hurl" if self.form == "hurl" else "ini"].fullmatch(line):
            return True, []
        m = _ENTRIES[self.form].fullmatch(line)
        if m is None:
            return False, []  # the next section, the response, the next request or command
        value = m.group("v")
        if is_trivial_value(value) or is_template(value) or is_mask(value):
            return True, []
        return True, [(m.start("v"), m.end("v"), KIND)]


USERS_ARMING = Detector(
    KIND,
    ("[basicauth]", "[admins]", "userid:md5passwd"),
    lambda line: iter(()),
    (
        r"^[ \t]*\[basicauth\][ \t]*$",
        r"^[ \t]*\[admins\][ \t\r]*$",
        r"^[ \t]*#[ \t]*userid:md5passwd[ \t\r]*$",
    ),
)
