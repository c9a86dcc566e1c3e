"""Shells' prompts, for the leak gate's context check (gatecontext.announces_output): a command
typed at one, or traced, that names a secret prints it on the next line. A POSIX shell's `$ `,
zsh themes' `❯ `, `set -x`'s trace (`+ cmd`), and Windows': cmd.exe's working directory glued to
the command (`C:\\Windows\\System32\\inetsrv>appcmd list apppool …`) and PowerShell's `PS C:\\> `
(`PS C:\\> Get-Secret -Name WandbApiKey -AsPlainText`)."""

from __future__ import annotations

from wbdiag import lazyre

# (a Windows directory holds no `<`, `>` or `|`; cmd.exe writes the command right after its `>`)
# (bash's default names the user, the host and the directory: `ops@bastion:~$ `, root's `…# `)
_PROMPT = lazyre.compile(
    r"(?:\$|❯|\+\+?) |PS [A-Za-z]:\\[^<>|\n]{0,160}> |[A-Za-z]:\\[^<>|\n]{0,160}>(?=[^\s>])"
    r"|[\w.-]{1,64}@[\w.-]{1,253}:[^\s$#]{0,256}[$#] "
)
# for Hyperscan, at a line's start (unbounded: a bounded repeat costs its scan more)
HINT = r"(?:(?:\$|❯|\+\+?) |PS [A-Za-z]:\\[^\n>]*> |[A-Za-z]:\\[^\n>]*>)"
# (bash's `user@host:dir$ `, a hint of its own: in the alternation above Hyperscan's scan missed
# lines the others picked)
USER_HINT = r"[^\s@]+@[^\s:]+:[^\s]*[$#] "


def command(text: str) -> str | None:
    """The command after the line's prompt, or None when the line opens with none."""
    m = _PROMPT.match(text)
    return None if m is None else text[m.end() :]


def glued_output(prev: str, text: str) -> str | None:
    """A command's output that ends without a newline, so the shell's next prompt, the same as
    the one `prev` opens with, follows it on its line (`Kq7…ops@bastion:~$ ` after `ops@bastion:~$
    kubectl … | base64 -d`): the output without the prompt; None for any other line. A prompt of
    `$ ` alone is too short to tell from a value's last characters."""
    m = _PROMPT.match(prev)
    if m is None or m.end() < 4:
        return None
    prompt = prev[: m.end()].rstrip()
    rest = text.rstrip()
    if len(rest) <= len(prompt) or not rest.endswith(prompt):
        return None
    return rest[: -len(prompt)]


def output_before_command(prev: str, text: str) -> str | None:
    """A command's output that ends without a newline, the next command typed right after it at
    the same prompt (`Kq7…$ kubectl get secret …` after `$ kubectl get secret … | base64 -d`):
    the output, one token before the prompt and the same program as `prev`'s; None otherwise (a
    `$` alone could end a value, the program after it says a prompt stands there)."""
    cmd = command(prev)
    if not cmd or not text or text[0].isspace():
        return None
    program = cmd.split(None, 1)[0]
    prompt = prev[: len(prev) - len(cmd)]
    at = text.find(prompt + program + " ", 1, _MAX_OUTPUT + len(prompt) + len(program) + 1)
    if at <= 0 or any(c.isspace() for c in text[:at]):
        return None
    return text[:at]


_MAX_OUTPUT = 512
