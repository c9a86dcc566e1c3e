"""A command's arguments written as a list, one string per argument: a container's `args:` or
`command:` as a flow list (`["alias", "set", "local", "http://minio:9000", "admin", "…"]`) or a
JSON array. The strings are read joined by spaces, as the command line they make, by the
detectors of positional secrets (cmdline.py, positional.py, rediscmd.py: `mc alias set A URL KEY
SECRET`, `garage key import ID SECRET`, `htpasswd -b FILE USER PW`, `redis-cli -a PW`); what they
find in one string goes.
The same over lines (a YAML block sequence, a pretty-printed JSON array): nextargs.py."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from wbdiag import lazyre
from wbdiag.redact.detectors import callcreds, cmdline, positional, rediscmd
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.values import is_trivial_value

KIND = "cmdline"
_MAX_ITEMS = 64
_MAX_JOINED = 4096
# the detectors that read a command line's positions
_COMMAND_DETECTORS: tuple[Detector, ...] = tuple(
    d
    for module in (cmdline, callcreds, positional, rediscmd)
    for d in vars(module).values()
    if isinstance(d, Detector) and d.kind == KIND
)
# a flow list of quoted strings: `["mc", "alias", …]`, `['key', 'import', …]`
_LIST = lazyre.compile(r"\[[ \t]{0,8}[\"'][^\]\n]{0,8192}\]")
_ITEM = lazyre.compile(r"(?P<q>[\"'])(?P<v>(?:[^\"'\\\n]|\\.){0,2048})(?P=q)[ \t]{0,8}(?:,|\])")
# the lists the prefilter picks: a subcommand whose positions hold a secret (`"alias", "set"`,
# `"key", "import"`), or a tool that takes one by position
_VERBS = ("set", "add", "import", "authorize")
_TOOLS = ("b2", "qshell", "rabbitmqctl", "htpasswd", "authorize-account", "add_user",
          "change_password", "authenticate_user")  # fmt: skip
HINT_PATTERNS = (
    r"[\"'](?:alias|user|key|host|account)[\"'][ \t]*,[ \t]*[\"'](?:"
    + "|".join(_VERBS)
    + r")[\"']",
    r"[\"'](?:" + "|".join(_TOOLS) + r")[\"'][ \t]*[,\]]",
)
_HINTS = tuple(q + w + q for w in (*_VERBS, *_TOOLS) for q in "\"'")


def item_spans(items: Sequence[str]) -> Iterator[tuple[int, int, int, str]]:
    """(item, start, end, kind): what the command-line detectors find in the command the items
    make, joined by spaces, each part within one item."""
    if not 2 <= len(items) <= _MAX_ITEMS:
        return
    starts: list[int] = []
    pos = 0
    for item in items:
        starts.append(pos)
        pos += len(item) + 1
    joined = " ".join(items)
    if len(joined) > _MAX_JOINED:
        return
    lowered = joined.lower()
    for det in _COMMAND_DETECTORS:
        if not det.may_match(lowered):
            continue
        for start, end, kind in det.find(joined):
            i = _item_at(starts, start)
            # (`$(MINIO_SECRET_KEY)`: the value is elsewhere)
            if end <= starts[i] + len(items[i]) and not is_trivial_value(joined[start:end]):
                yield i, start - starts[i], end - starts[i], kind


def _item_at(starts: list[int], pos: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _spans(line: str) -> Iterator[Span]:
    for m in _LIST.finditer(line):
        items: list[str] = []
        where: list[int] = []
        pos = m.start() + 1
        while len(items) < _MAX_ITEMS:
            item = _ITEM.search(line, pos, m.end())
            if item is None or line[pos : item.start()].strip(" \t,"):
                break
            items.append(item.group("v"))
            where.append(item.start("v"))
            pos = item.end()
            if line[pos - 1] == "]":
                break
        for i, start, end, kind in item_spans(items):
            yield where[i] + start, where[i] + end, kind


ARGS_LIST = Detector(KIND, _HINTS, _spans, HINT_PATTERNS)
