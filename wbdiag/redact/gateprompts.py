"""Shells' prompts, for the leak gate's context check (gatecontext.announces_output): a command
typed at one, or traced, that names a secret prints it on the next line. A POSIX shell's `$ `,
zsh themes' `❯ `, `set -x`'s trace (`+ cmd`), and Windows': cmd.exe's working directory glued to
the command (`C:\\Windows\\System32\\inetsrv>appcmd list apppool …`) and PowerShell's `PS C:\\> `
(`PS C:\\> Get-Secret -Name WandbApiKey -AsPlainText`)."""

from __future__ import annotations

import re

# (a Windows directory holds no `<`, `>` or `|`; cmd.exe writes the command right after its `>`)
_PROMPT = re.compile(
    r"(?:\$|❯|\+\+?) |PS [A-Za-z]:\\[^<>|\n]{0,160}> |[A-Za-z]:\\[^<>|\n]{0,160}>(?=[^\s>])"
)
# for Hyperscan, at a line's start (unbounded: a bounded repeat costs its scan more)
HINT = r"(?:(?:\$|❯|\+\+?) |PS [A-Za-z]:\\[^\n>]*> |[A-Za-z]:\\[^\n>]*>)"


def command(text: str) -> str | None:
    """The command after the line's prompt, or None when the line opens with none."""
    m = _PROMPT.match(text)
    return None if m is None else text[m.end() :]
