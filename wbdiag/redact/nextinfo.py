"""MySQL's replication connection file (`master.info`, 5.6/5.7, a file per line as `cat` shows
it): the number of lines, the source's binary log file (`mysql-bin.000042`) and position, its
host, the replication user and that user's password, in the clear, then the port and the rest.
Armed by the binary log's name alone on its line (`mysql-bin.000042`, MySQL 8's default
`binlog.000836`); the password is the line after the host and the user, when the position is a
number and the host no number (`relay-log.info` holds numbers there: its delay, workers and id)."""

from __future__ import annotations

from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.linebody import body_start
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
# a binary log's file name: a base name ending in `-bin` (or MySQL 8's default, `binlog`), a dot
# and six or seven digits
_BINLOG = lazyre.compile(r"[ \t]*(?:\./)?(?:[A-Za-z0-9_.-]{1,64}-bin|binlog)\.\d{6,7}[ \t]*")
_POSITION = lazyre.compile(r"\d{1,20}")
_HOST = lazyre.compile(r"[A-Za-z0-9][A-Za-z0-9.:_-]{0,252}")
_USER = lazyre.compile(r"[A-Za-z0-9_][\w.@-]{0,79}")
_PASSWORD = lazyre.compile(r"\S{1,512}")


@dataclass
class ReplicationInfo:
    """The lines after the binary log's name: position, host, user, password."""

    seen: int = 0

    @staticmethod
    def arm(line: str) -> ReplicationInfo | None:
        return ReplicationInfo() if _BINLOG.fullmatch(line, body_start(line)) else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        value = line[body_start(line) :].strip()
        self.seen += 1
        if self.seen == 1:
            return _POSITION.fullmatch(value) is not None, []
        if self.seen == 2:
            return (_HOST.fullmatch(value) is not None and not value.isdigit()), []
        if self.seen == 3:
            return _USER.fullmatch(value) is not None, []
        if not _PASSWORD.fullmatch(value) or is_trivial_value(value):
            return False, []
        start = line.index(value, body_start(line))
        return False, [(start, start + len(value), KIND)]


# The line that arms it: no other detector picks it.
INFO_ARMING = Detector(
    KIND, ("-bin.", "binlog."), lambda line: iter(()), (r"-bin\.\d{6}", r"binlog\.\d{6}")
)
