"""What a tracer records of a command, for the leak gate: each record rendered as the lines a
terminal showed (`views`, judged by Gate._views as any block's lines), where the record's own
form hides both the secret word and the value:

- auditd's records write a value that holds a space, a quote or a control character as hex
  (`cmd=6D7973716C…` in `USER_CMD`, `proctitle=…` with NULs between the arguments, `EXECVE`'s
  `aN=…`), split an argument too long for one record into `aN[i]=` parts over records of one
  event (after `aN_len=`), and give each of `EXECVE`'s arguments a field of its own, quoted,
  hex, or as `ausearch -i` interprets it (`a0=wandb a1=login a2=…`): a record is rendered as
  the command line it spells, an argument's parts joined (a part the redactor replaced stays its
  placeholder);
- a process's command line as `/proc/<pid>/cmdline` holds it, its arguments separated by NULs
  (`mysql\\0-uroot\\0-p…`), rendered with a space for each NUL;
- strace's trace of a prompt and its answer: a `write` of text that ends by naming a secret
  (`write(2, "Enter password: ", 16)`) and the first `read` of a string after it
  (`read(0, "…\\n", 4096)`, on stdin or the terminal; an `ioctl` that turns echo off may stand
  between them) are rendered as the prompt's line and the answer's line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from wbdiag import lazyre
from wbdiag.redact.gatecontext import arms

View = tuple[list[str], list[int]]  # the lines of a view, and the block's line for each

LITERALS: tuple[str, ...] = ("audit(", "write(", "\x00")
HINTS: tuple[str, ...] = (r"audit\(", r"write\([0-9]", r"[^\x00\n]\x00[^\x00\n][^\x00\n]")

_REACH = 16  # lines after a prompt's write its answer's read, or an event's next record, is sought
# (an event's id: its time and serial number, or as `ausearch -i` prints them, `Jan  5 16:34:50
# 174:495`)
_EVENT = lazyre.compile(r"audit\(([^()\n]{1,64}:\d{1,20})\)")
_FIELD = lazyre.compile(r"(?<![\w-])(cmd|proctitle|a(\d{1,4})(?:\[(\d{1,6})\])?)=(\"[^\"]*\"|\S+)")
_HEX = lazyre.compile(r"[0-9A-F]+")
# strace's line: an optional `[pid N] ` or pid column and time stamp, the call, its fd (with -y
# its path in angle brackets) and its string
_CALL = lazyre.compile(
    r"(?:\[pid\s{1,8}\d{1,10}\]\s{1,4}|\d{1,10}\s{1,4})?(?:[\d:.]{1,24}\s{1,4})?"
    r"(write|read)\(\d{1,10}(?:<[^>\n]{0,256}>)?,\s\"((?:[^\"\\]|\\.)*)\""
)
# NULs between arguments, not between the letters of text in UTF-16 (gate.py reads that so)
_NUL_SEPARATED = lazyre.compile(r"[^\x00]{2}\x00[^\x00]{2}")
_ESCAPE = lazyre.compile(r"\\(x[0-9A-Fa-f]{2}|[0-7]{1,3}|.)")
_NAMED = {"n": 10, "t": 9, "r": 13, "v": 11, "f": 12, "a": 7, "b": 8, "e": 27}


def _text(raw: bytes) -> str:
    """Bytes as a line: what is not printable (a NUL between arguments, a newline) as a space."""
    return "".join(c if c.isprintable() else " " for c in raw.decode("utf-8", "replace"))


def _audit_value(value: str) -> tuple[str, bool]:
    """A field's value as text, and whether it was hex."""
    if value.startswith('"') and value.endswith('"') and len(value) >= 2:
        return value[1:-1], False
    if len(value) >= 2 and len(value) % 2 == 0 and _HEX.fullmatch(value):
        return _text(bytes.fromhex(value)), True
    return value, False


def _audit_view(block: Sequence[str], i: int) -> View | None:
    event = _EVENT.search(block[i])
    if event is None:
        return None
    args: dict[int, str] = {}
    arg_line: dict[int, int] = {}
    commands: list[tuple[str, int]] = []
    hexed = False
    for j in range(i, min(len(block), i + _REACH)):
        if _EVENT.search(block[j]) is None or event.group(1) not in block[j]:
            break
        fields = list(_FIELD.finditer(block[j]))
        # (a SYSCALL record's `a0=`…`a3=` are the call's arguments: numbers, not a command)
        execve = "argc=" in block[j] or any(m.group(3) for m in fields)
        for m in fields:
            if m.group(2) is not None and not execve:
                continue
            text, was_hex = _audit_value(m.group(4))
            hexed |= was_hex
            if m.group(2) is None:  # cmd, proctitle: a whole command line
                commands.append((text.strip(), j))
                continue
            n = int(m.group(2))
            args[n] = args.get(n, "") + text if m.group(3) else text
            arg_line[n] = j
    if not hexed and not args:
        return None  # (readable as it stands: judged so already)
    if args:
        commands.append((" ".join(args[n] for n in sorted(args)), max(arg_line.values())))
    return [c for c, _ in commands], [j for _, j in commands]


def _unescape(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        code = m.group(1)
        if code[0] == "x" and len(code) == 3:
            return chr(int(code[1:], 16))
        if code[0] in "01234567":
            return chr(int(code, 8) & 0xFF)
        return chr(_NAMED[code]) if code in _NAMED else code

    raw = _ESCAPE.sub(one, text)
    return _text(raw.encode("latin-1", "replace"))


def _prompt_view(block: Sequence[str], i: int) -> View | None:
    m = _CALL.match(block[i])
    if m is None or m.group(1) != "write":
        return None
    prompt = _unescape(m.group(2)).rstrip()
    if not prompt or not arms(prompt):
        return None
    for j in range(i + 1, min(len(block), i + _REACH)):
        answer = _CALL.match(block[j])
        if answer is not None and answer.group(1) == "read":
            return [prompt, _unescape(answer.group(2)).strip()], [i, j]
    return None


def views(block: Sequence[str], i: int) -> Iterator[View]:
    """The views that start at line `i` of `block`."""
    text = block[i]
    if "\x00" in text and _NUL_SEPARATED.search(text) is not None:
        yield [text.replace("\x00", " ")], [i]
    if "audit(" in text:
        view = _audit_view(block, i)
        if view is not None and view[0]:
            yield view
    if "write(" in text:
        view = _prompt_view(block, i)
        if view is not None:
            yield view
