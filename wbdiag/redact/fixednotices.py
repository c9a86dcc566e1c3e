"""Server notices that are, in full, fixed text: only a timestamp, a thread id and the notice's
own words, no free text where a secret could stand.

The prefilter picks some such notices for a secret's name in their words (MySQL 8's deprecation
of `mysql_native_password`, logged at every connection through that plugin: one line in 45 of a
busy MySQL's log), and the detectors and followers then read each in Python to find nothing. A
line that `fixed_notice` matches whole, against a strict pattern of digits where the server
prints numbers and the notice's words verbatim elsewhere, holds nothing to redact and announces
nothing for the lines after it (tests/redact/test_fixednotices.py: the detectors and followers
find nothing in any, and a secret placed anywhere in one defeats the match). The leak gate does
not use this list: it reads such notices by its own pattern (gatenotices.py).
"""

from __future__ import annotations

import re

from wbdiag import lazyre

# RFC 3339 as MySQL 8 prints its log's time (log_timestamps=UTC: `Z`; SYSTEM: an offset) and as
# a container runtime prefixes each line of a log it serves (`docker logs --timestamps`, the
# kubelet's files: nanoseconds)
_STAMP = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d)"
# MySQL 8's error log line (log_sink_internal): `<time> <thread id> [<level>] [MY-<code>]
# [<subsystem>] <message>`, after the runtime's timestamp where a container's log is read
_MYSQL = rf"(?:{_STAMP} )?{_STAMP} \d{{1,20}} "

NOTICES = (
    # MySQL 8.0.34 and later, and 8.4 with the plugin enabled (`mysql_native_password=ON`), at
    # each authentication through mysql_native_password: ER_SERVER_WARN_DEPRECATED (MY-013360,
    # "'%s' is deprecated and will be removed in a future release. Please use %s instead", MySQL's
    # share/messages_to_error_log.txt) logged by the plugin (LogPluginErr, which prints "Plugin
    # %s reported: '%s'", hence the doubled quote before the name); as in the error logs quoted
    # in MySQL's own test results (Bug #35792948) and in bug reports against MySQL 8.0 images
    _MYSQL + r"\[Warning\] \[MY-013360\] \[Server\] Plugin mysql_native_password reported: "
    r"''mysql_native_password' is deprecated and will be removed in a future release\. "
    r"Please use caching_sha2_password instead'",
    # the same message from the sha256_password plugin (MySQL 8.0), as a log quoted in a pull
    # request to mysql/mysql-server (#439) prints it
    _MYSQL + r"\[Warning\] \[MY-013360\] \[Server\] Plugin sha256_password reported: "
    r"''sha256_password' is deprecated and will be removed in a future release\. "
    r"Please use caching_sha2_password instead'",
)

# ASCII: `\d` is an ASCII digit, never another script's
_FIXED = lazyre.compile("|".join(f"(?:{n})" for n in NOTICES), re.ASCII)


def fixed_notice(line: str) -> bool:
    """Whether `line` is, whole, one of the fixed notices above."""
    return _FIXED.fullmatch(line) is not None


# MySQL's ER_ACCESS_DENIED_ERROR, "Access denied for user '%s'@'%s' (using password: %s)": the
# server fills the last %s with YES or NO only (whether a password was sent), never the password
_USING_PASSWORD = lazyre.compile(r"\(using password: (?:YES|NO)\)")
_USING = len("(using ")


def using_password_notice(line: str, name_start: int) -> bool:
    """Whether the name starting at `name_start` is the word `password` in MySQL's fixed
    `(using password: YES|NO)`: a notice word follows it, not a value."""
    return name_start >= _USING and _USING_PASSWORD.match(line, name_start - _USING) is not None


# Kamailio's and OpenSIPS' `modparam("auth_db", "calculate_ha1", 1)`: the first argument names a
# module, the second one of its parameters; a secret is the third argument, if any
_MODPARAM = "modparam("


def fixed_word(line: str, name_start: int) -> bool:
    """Whether the name starting at `name_start` is a fixed word, no name of the value after it:
    MySQL's `(using password: YES|NO)`, or a module's name in a `modparam(…)` call."""
    if using_password_notice(line, name_start):
        return True
    if line[name_start - 1 : name_start] not in ('"', "'"):
        return False
    head = line[: name_start - 1].rstrip(" \t")
    return head.endswith(_MODPARAM)
