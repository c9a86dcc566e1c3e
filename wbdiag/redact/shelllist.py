"""A shell line as its list of commands (`a; b`, `a && b`, `a || b`), and the one whose output
starts on the next line.

A line that sets a variable and then prints it (`TOKEN=$(curl -X PUT …/api/token …); echo
$TOKEN`, `export PW=…; printenv PW`) prints nothing of its own before the later command's
output: the output followers (nextoutput.py) judge the first command that prints. Separators
inside quotes, `$(…)`, backquotes and `${…}` belong to their word, not to the list; a pipe
stays within its command (`echo $PW | base64`). One pass over the line (linear)."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre

# a command that prints nothing: variables set (`NAME=…`, `export NAME=…`, `local`, `declare`,
# `readonly`), the directory or the shell's options changed, a pause
_DECLARES = frozenset({"export", "local", "declare", "readonly", "typeset"})
_ASSIGNMENT = lazyre.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}=")
# a declaration's words: options, names, assignments
_DECLARED = lazyre.compile(r"-[a-zA-Z]{1,4}\Z|[A-Za-z_][A-Za-z0-9_]{0,63}(?:=|\Z)")
_QUIET = frozenset({"unset", "cd", "set", "umask", "sleep", "shopt"})
# a prompt or a trace's mark before the first command (`$ `, `user@host:~$ `, `# `, `+ `)
_PROMPT = lazyre.compile(
    r"[ \t]*(?:(?:[\w.-]{1,64}@[\w.-]{1,64}:[^\s$#]{0,256})?[$#>]|\+{1,8})[ \t]+"
)
_OPEN = {"(": ")", "{": "}"}


def _top_level(body: str) -> Iterator[int]:
    """The positions of the characters outside quotes and substitutions (an escaped one
    skipped)."""
    closers: list[str] = []  # what each open `$(`, `${` or backquote waits for
    quote = ""
    i = 0
    n = len(body)
    while i < n:
        c = body[i]
        if quote:
            if c == "\\" and quote == '"':
                i += 2
                continue
            if c == quote:
                quote = ""
        elif c == "\\":
            i += 2
            continue
        elif c in "'\"":
            quote = c
        elif c == "$" and i + 1 < n and body[i + 1] in _OPEN:
            closers.append(_OPEN[body[i + 1]])
            i += 2
            continue
        elif c == "`":
            if closers and closers[-1] == "`":
                closers.pop()
            else:
                closers.append("`")
        elif closers:
            if c == closers[-1]:
                closers.pop()
            elif c == "(":
                closers.append(")")  # (a subshell or an arithmetic inside a substitution)
        else:
            yield i
        i += 1


def commands(body: str) -> list[str]:
    """The commands of a shell list, split at the separators outside quotes and substitutions
    (each as written, spaces kept)."""
    out: list[str] = []
    start = skip = 0
    for i in _top_level(body):
        if i < skip:
            continue  # (the second `&` or `|` of a separator)
        c = body[i]
        if c == ";" or (c in "&|" and body.startswith(c, i + 1)):
            out.append(body[start:i])
            start = skip = i + (1 if c == ";" else 2)
    out.append(body[start:])
    return out


def _words(command: str) -> list[str]:
    """A command's words, split at the blanks outside quotes and substitutions."""
    out: list[str] = []
    start = 0
    for i in _top_level(command):
        if command[i] in " \t":
            if i > start:
                out.append(command[start:i])
            start = i + 1
    if start < len(command):
        out.append(command[start:])
    return out


def silent(command: str) -> bool:
    """Whether `command` prints nothing (it sets variables, changes directory or options)."""
    words = _words(command)
    if not words:
        return True
    if words[0] in _DECLARES:
        # (alone, `export` and `declare` list the variables)
        return len(words) > 1 and all(_DECLARED.match(w) for w in words[1:])
    if words[0] in _QUIET:
        return words[0] != "set" or len(words) > 1  # (`set` alone lists them too)
    # only variables set (`A=1 B=$(…)`); `A=1 cmd` runs cmd
    return all(_ASSIGNMENT.match(w) for w in words)


def output_command(body: str) -> str:
    """The command of a shell line whose output starts on the next line: the first that is not
    silent (the first when all are; the line itself when it lists no more than one)."""
    if ";" not in body and "&&" not in body and "||" not in body:
        return body
    parts = commands(body)
    prompt = _PROMPT.match(parts[0])
    first = parts[0][prompt.end() :] if prompt is not None else parts[0]
    if not silent(first):
        return parts[0]
    for part in parts[1:]:
        if part.strip() and not silent(part):
            return part
    return parts[0]
