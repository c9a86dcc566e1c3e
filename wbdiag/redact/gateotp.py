"""Second factors' secrets on lines of their own (for gatecollected.py's `block_secrets`):
- a `~/.google_authenticator` file (google-authenticator-libpam): its first line is the TOTP
  seed in base32, then options each on a line that opens with `" ` (`" RATE_LIMIT 3 30`,
  `" WINDOW_SIZE 3`, `" TOTP_AUTH`), then the emergency scratch codes, eight digits a line;
- recovery or backup codes a site or a tool prints once below a line that names them (`Save
  these recovery codes in a safe place:`), a few codes a row (`itybp-gfajh    e03sa-lm547`).
Each stands for a login on its own."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from wbdiag import lazyre

_OPTION = lazyre.compile(
    r"\" (?:RATE_LIMIT|WINDOW_SIZE|DISALLOW_REUSE|TOTP_AUTH|HOTP_COUNTER|STEP_SIZE)\b"
)
_SEED = lazyre.compile(r"[A-Z2-7]{16,128}")
_SCRATCH = lazyre.compile(r"[0-9]{8}")
_SCRATCH_MAX = 10  # (the file holds up to ten scratch codes)
# a line that names recovery codes and ends by announcing them
_NAMES_CODES = lazyre.compile(
    r"(?i)\b(?:recovery|backup|scratch|emergency|one-time)[ _-]codes?\b[^\n]{0,80}:[ \t\r]*\Z"
)
# a row of codes: a code a token, apart by spaces (`xxxxx-xxxxx`, `1234 5678` read as two)
_CODE = (
    r"(?:[A-Za-z0-9]{4,8}-[A-Za-z0-9]{4,8}|[0-9]{4,10}|(?=[A-Za-z]{0,15}[0-9])[A-Za-z0-9]{8,16})"
)
_CODE_ROW = lazyre.compile(r"[ \t]{0,8}(?:[-*•][ \t]{1,4}|[0-9]{1,2}[.)][ \t]{1,4})?" + _CODE
                       + r"(?:[ \t]{1,8}" + _CODE + r"){0,5}[ \t\r]*")  # fmt: skip
_ROWS_MAX = 16
LITERALS = (
    *("rate_limit", "window_size", "disallow_reuse", "totp_auth", "hotp_counter", "step_size"),
    *("recovery", "backup", "scratch", "emergency", "one-time"),
)
HINTS = (
    r"^\" (?:RATE_LIMIT|WINDOW_SIZE|DISALLOW_REUSE|TOTP_AUTH|HOTP_COUNTER|STEP_SIZE)",
    r"(?:recovery|backup|scratch|emergency|one-time)[ _-]codes?[^\n]*:[ \t\r]*\n",
)


def otp_secrets(block: Sequence[str], i: int) -> Iterator[tuple[int, str]]:
    """(line index, value) of the seed and scratch codes of a google_authenticator file whose
    first option line is `i`, or of the recovery codes printed below line `i`."""
    if _OPTION.match(block[i]) and (i == 0 or not _OPTION.match(block[i - 1])):
        if i > 0 and _SEED.fullmatch(block[i - 1].rstrip()):
            yield i - 1, block[i - 1].rstrip()
        j = i
        while j < len(block) and _OPTION.match(block[j]):
            j += 1
        for k in range(j, min(len(block), j + _SCRATCH_MAX)):
            if not _SCRATCH.fullmatch(block[k].rstrip()):
                break
            yield k, block[k].rstrip()
        return
    if _NAMES_CODES.search(block[i]) is None:
        return
    for k in range(i + 1, min(len(block), i + 1 + _ROWS_MAX)):
        if not block[k].strip() and k == i + 1:
            continue  # (a blank line below the heading)
        if _CODE_ROW.fullmatch(block[k]) is None:
            return
        yield k, block[k].strip()
