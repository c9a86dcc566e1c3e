"""Secrets in the syntax of Windows administration tools, which the POSIX-minded command-line
detectors and the key=value scanner do not read as pairs. Arguments a command line takes, echoed
by `cmd`'s prompt, a transcript or a runbook (a colon or `=` glued to a short flag):
- `winrs -r:HOST -u:USER -p:PASSWORD "command"` (also `-password:`, `/p:`);
- Chocolatey's `choco source add … -p=PASSWORD` / `--password="…"`, and the API key of `choco
  apikey` / `choco push` (`-k=KEY`, `--key`, `--api-key`);
- `reg add KEY /v NAME /t REG_SZ /d DATA`: the data, when the value's name names a secret
  (Winlogon's `DefaultPassword`);
- a PowerShell trace of parameter binding (`Trace-Command -Name ParameterBinding`): `BIND arg
  [VALUE] to parameter [Password]`, the argument bound to a secret-named parameter (a type's
  name, `System.Security.SecureString`, is no value);
- PuTTY's command-line tools' password (`plink -pw PASSWORD`, also `pscp`, `psftp`; `-pwfile`
  names a file);
- .NET's `NetworkCredential(user, password)` built in PowerShell or C# (`New-Object
  System.Net.NetworkCredential('svc', '…')`, `-ArgumentList 'svc','…'`, `::new(…)`): the second
  argument;
- a PowerShell object serialized as CLIXML (`Export-Clixml`): a plain string property named
  after a secret, `<S N="PlainPassword">…</S>` (a SecureString's `<SS N="Password">` holds a
  DPAPI blob bound to one user and machine, no password)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.values import is_mask, is_trivial_value

KIND = "cmdline"

# (a value: in double quotes, or up to a space)
_VALUE = r"(?:\"(?P<dq>[^\"\n]{1,1024})\"|(?P<w>[^\s\"]{1,1024}))"
_WINRS = lazyre.compile(
    r"(?i:\bwinrs(?:\.exe)?)(?=[ \t])[^\n]{0,512}?[ \t][-/](?i:p|password):" + _VALUE
)
_CHOCO = lazyre.compile(
    r"(?i:\bchoco(?:\.exe)?)(?=[ \t])[^\n]{0,512}?[ \t]"
    r"(?:-p|--password|-k|--key|--api-?key)(?:=|[ \t]{1,4})" + _VALUE
)
_PUTTY = lazyre.compile(
    r"(?i:\b(?:plink|pscp|psftp)(?:\.exe)?)(?=[ \t])[^\n]{0,512}?[ \t]-pw[ \t]{1,4}" + _VALUE
)
# (a string argument, then the password's: single or double quotes)
_ARG = r"[ \t]{0,4}(?:'[^'\n]{0,256}'|\"[^\"\n]{0,256}\")[ \t]{0,4},[ \t]{0,4}"
_NETWORK_CREDENTIAL = lazyre.compile(
    r"NetworkCredential\]?(?:::new)?(?:[ \t]{0,4}\(|[ \t]{1,4}-ArgumentList[ \t]{1,4}\(?)"
    + _ARG
    + r"(?:'(?P<w>[^'\n]{1,256})'|\"(?P<dq>[^\"\n]{1,256})\")"
)
# the commands whose argument `_value_span` takes, by the word a line must hold for them
_ARGUMENTS = (
    ("winrs", _WINRS),
    ("choco", _CHOCO),
    ("-pw", _PUTTY),
    ("networkcredential", _NETWORK_CREDENTIAL),
)
_REG_ADD = lazyre.compile(r"(?i)\breg(?:\.exe)?[ \t]{1,4}add[ \t]")
# the value's name (`/v NAME`), then its data (`/d DATA`) further on
_REG_NAME = lazyre.compile(
    r"[ \t][-/][vV][ \t]{1,4}(?:\"(?P<qn>[^\"\n]{1,128})\"|(?P<n>[^\s\"]{1,128}))"
)
_REG_DATA = lazyre.compile(r"[ \t][-/][dD][ \t]{1,4}" + _VALUE)
_BIND = lazyre.compile(r"BIND arg \[(?P<v>[^\]\n]{1,1024})\] to parameter \[(?P<n>[\w-]{1,128})\]")
_CLIXML = lazyre.compile(r"<S N=\"(?P<n>[^\"<>\n]{1,128})\">(?P<v>[^<>\n]{1,4096})</S>")
# a type's name the trace prints for an object argument (`System.Security.SecureString`)
_TYPE_NAME = lazyre.compile(r"[A-Z]\w{0,64}(?:\.[A-Z]\w{0,64}){1,8}")


def _kept(value: str) -> bool:
    return is_trivial_value(value) or is_mask(value) or value.startswith(("$", "%"))


def _value_span(m: re.Match[str]) -> Span | None:
    g = "dq" if m.group("dq") is not None else "w"
    if _kept(m.group(g)):
        return None
    return m.start(g), m.end(g), KIND


def _spans(line: str) -> Iterator[Span]:
    lowered = line.lower()
    for hint, rx in _ARGUMENTS:
        if hint in lowered:
            for m in rx.finditer(line):
                span = _value_span(m)
                if span is not None:
                    yield span
    if "reg" in lowered and " add" in lowered:
        add = _REG_ADD.search(line)
        named = _REG_NAME.search(line, add.end() - 1) if add is not None else None
        if named is not None and is_secret_name(named.group("qn") or named.group("n")):
            data = _REG_DATA.search(line, named.end())
            span = _value_span(data) if data is not None else None
            if span is not None:
                yield span
    if "BIND arg" in line:
        for m in _BIND.finditer(line):
            value = m.group("v")
            if (
                is_secret_name(m.group("n"))
                and not _kept(value)
                and not _TYPE_NAME.fullmatch(value)
            ):
                yield m.start("v"), m.end("v"), KIND

    if "<S N=" in line:
        for m in _CLIXML.finditer(line):
            if is_secret_name(m.group("n")) and not _kept(m.group("v")):
                yield m.start("v"), m.end("v"), KIND


WINDOWS_TOOLS = Detector(
    KIND,
    ("winrs", "choco", "reg add", "reg.exe add", "bind arg", "<s n=", "-pw", "networkcredential"),
    _spans,
    (
        r"\bwinrs\b",
        r"\bchoco\b",
        r"\b(?:plink|pscp|psftp)\b[^\n]*[ \t]-pw[ \t]",
        r"NetworkCredential\]?(?:::new)?[ \t]*[(-]",
        r"\breg(?:\.exe)?[ \t]+add\b",
        r"BIND arg \[",
        r"<S N=\"[^\"<>]*(?:pass|pw|secret|token|key|cred|auth)",
    ),
)
