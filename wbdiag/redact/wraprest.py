"""What the rest of a secret looks like on the line after the one that ended in it: a long
secret a terminal or a log shipper wrapped (alone on its line, after a runtime's stream tag or a
syslog relay's header, before a closing quote), a terminal's cut at its width, the short last
line of a value folded at a fixed width, and a hex key cut mid-token. filestate.py carries the
secret over and asks here."""

from __future__ import annotations

from wbdiag import lazyre
from wbdiag.redact.detectors.base import entropy, looks_random
from wbdiag.redact.linebody import LOG_LEVEL, LOG_RECORD_TIME

# the rest of a long secret that a terminal or a log shipper wrapped onto the next line
# (after curl --trace-ascii's offset `0079: `; before what kubectl describe prints after a
# value, its source `(v1:wandb-mysql-creds)`)
# the rest of a wrapped secret: alone on its line, or (a log shipper that split a record) after
# the runtime's stream tag and a continuation mark, before the closing quote of its JSON string
WRAPPED_REST = lazyre.compile(
    # a CRI line (kubelet's own timestamp, stream, P/F) may sit behind another timestamp: a
    # container's stdout read with `docker logs --timestamps`
    r"(?:[0-9a-f]{4}:[ \t])?(?:\d{4}-\d\d-\d\dT[0-9:.]{8,32}(?:Z|[+-]\d\d:?\d\d)?[ \t])?"
    r"(?:(?:stdout|stderr)[ \t][FP][ \t])?"
    # an application's log record: its time and level (Python's logging wrapping a licence)
    f"(?:{LOG_RECORD_TIME}{LOG_LEVEL}[ \\t]{{1,8}})?"
    # a syslog relay's next record (RFC 5424: `<14>1 TIME HOST APP PID MSGID SD `), `(cont)` in it
    r"(?:<\d{1,3}>\d{1,2}[ \t]\S{1,64}[ \t]\S{1,255}[ \t]\S{1,48}[ \t]\S{1,128}[ \t]\S{1,32}"
    r"[ \t](?:-|\[[^\]\n]{0,1024}\])[ \t])?"
    r"(?:\[continued\]|\[cont\]|\(cont(?:inued)?\)|…|\.\.\.)?[ \t]*(?P<t>[A-Za-z0-9+/_.~-]{16,8192}={0,2})"
    r"(?:[ \t]{1,16}\([^()\s]{1,128}\)|[\"'][,}\]][^\n]{0,8192})?[ \t]*"
)
# a line exactly a terminal's width that ends in a secret was cut there, and the next line, from
# its first column, goes on with the value up to a space (`…password=7GoZo6M` / `m.B2x9 …`)
# (not a name that a separator follows: `secret_key = …` after an 80-character line opens an
# entry of its own, as an INI file's next key does)
CUT_REST = lazyre.compile(r"(?P<t>[^\s\"'=:<>]{1,512})(?=[ \t]|\Z)(?![ \t]{1,4}[=:](?:[ \t]|\Z))")
FOLD_END = lazyre.compile(r"[ \t]*(?P<t>[A-Za-z0-9+/_.~-]{4,15}={0,2})[ \t]*")
_WRAP_MIN = 16
# a hex key cut mid-token by a terminal or a log shipper (`WANDB_API_KEY=3409…` / `6633… (host
# …)`): the rest starts the next line and makes, with the part before, a hex key's length
HEX_REST = lazyre.compile(r"(?P<t>[0-9a-f]{4,60}|[0-9A-F]{4,60})(?=[ \t,;)]|\Z)")
HEX_HEAD = lazyre.compile(r"[0-9a-f]{4,60}|[0-9A-F]{4,60}")
HEX_KEY_LENGTHS = frozenset({32, 40, 64})


def wrapped_rest(token: str) -> bool:
    """The rest of a generated secret: random, or long and of mixed case (a 16-character piece
    of one may hold no digit)."""
    if looks_random(token, _WRAP_MIN):
        return True
    return (
        len(token) >= _WRAP_MIN
        and any(c.isupper() for c in token)
        and any(c.islower() for c in token)
        and entropy(token) >= 3.5
    )


def fold_end(token: str) -> bool:
    """The last piece of a folded secret, short: letters and digits both (not a word)."""
    return any(c.isdigit() for c in token) and any(c.isalpha() for c in token)
