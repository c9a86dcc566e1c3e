"""A replica's connection settings as MySQL keeps them in `master.info` (the file repository,
`master_info_repository=FILE`): one value a line, by position, no name beside any: the number
of lines, the source's binary log file (`binlog.000836`), the position in it, the host, the
user, the password, the port, … The leak gate reads the password by its place, two lines after
the host under a log file's name and position (`master_info_secrets`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from wbdiag import lazyre
from wbdiag.redact.gatetoken import plausible_secret

# a binary log's file name: a base name and a six-digit, zero-padded index
_LOG_FILE = lazyre.compile(r"[\w.-]{1,64}\.0[0-9]{5}")
_NUMBER = lazyre.compile(r"[0-9]{1,20}")
_HOST = lazyre.compile(r"[\w.:\[\]-]{1,255}")
LITERALS = (".0",)
HINTS = (r"(?:^|\n)[\w.-]+\.0[0-9]{5}\r?\n",)


def master_info_secrets(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line, password) when line `i` is a `master.info`'s log file name: its position, the
    host and the user follow, then the password, then the port."""
    if i + 5 >= len(block) or _LOG_FILE.fullmatch(block[i].strip()) is None:
        return
    position, host, port = block[i + 1].strip(), block[i + 2].strip(), block[i + 5].strip()
    if not (_NUMBER.fullmatch(position) and _NUMBER.fullmatch(port)):
        return
    if _HOST.fullmatch(host) is None or host.isdigit():
        return
    # (the number of lines before the name, when the file is MySQL 5.6's or later)
    if i > 0 and block[i - 1].strip() and not block[i - 1].strip().isdigit():
        return
    password = block[i + 4].strip()
    if password and "[REDACTED" not in password and plausible_secret(password):
        yield i + 4, password
