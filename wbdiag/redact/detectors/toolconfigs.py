"""Secrets that one tool's configuration keeps under a name only that tool reads as one:
- Maven's master password in `settings-security.xml` (`<master>{…}</master>`), which decrypts
  every `{…}` password of `settings.xml` (those go by their `<password>` element: keyvalue.py);
- Bundler's credentials for a gem source, one setting per host (`BUNDLE_GEMS__EXAMPLE__COM:
  "user:password"` in `.bundle/config` or the environment, `bundle config set gems.example.com
  user:password`, and `bundle config`'s listing of one, `Set for …: "user:password"`);
- the Snyk CLI's API token, which it keeps under the key `api` (`snyk config set api=…`, as its
  docs and CI scripts write it; `snyk config set org=…` and `endpoint=…` are no secrets)."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.values import is_template, is_trivial_value

KIND = "keyvalue"

# Maven's encrypted form: base64 in braces (`mvn --encrypt-master-password` prints it)
_MAVEN_MASTER = lazyre.compile(
    r"<master>[ \t]{0,4}(?P<v>\{[A-Za-z0-9+/]{8,1024}={0,2}\})[ \t]{0,4}<"
)

# A gem source's host as Bundler spells it in a setting's name: `.` as `__`, `-` as `___`, in
# capitals (`BUNDLE_GEMS__CONTRIBSYS__COM`, `BUNDLE_RUBYGEMS__PKG__GITHUB__COM`); its own
# settings with `__` take a gem's or a mirror's name, not a host's credentials
_BUNDLE_HOST = r"BUNDLE_(?!(?:BUILD|MIRROR|LOCAL|DISABLE|PATH|GEMFILE)__)[A-Z0-9]{1,63}(?:___?[A-Z0-9]{1,63}){1,8}"
_BUNDLE_SETTING = lazyre.compile(
    r"(?:^|(?<=[\s\"'{,]))"
    + _BUNDLE_HOST
    + r"[\"']?[ \t]{0,4}[:=][ \t]{0,4}(?P<q>[\"']?)(?P<v>[^\s\"']{1,512})(?P=q)"
)
# `bundle config [set] [--global|--local] gems.example.com user:password`
_BUNDLE_CONFIG = lazyre.compile(
    r"\bbundle[ \t]{1,4}config(?:[ \t]{1,4}set)?(?:[ \t]{1,4}--(?:global|local))?[ \t]{1,4}"
    r"(?:https?://)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}/?[ \t]{1,4}"
    r"(?P<q>[\"']?)(?P<v>[^\s\"']{1,512})(?P=q)"
)
# `bundle config` lists each setting's name (here a host) and below it where it is set and to
# what: the value of a source's credentials is a user and a password
_BUNDLE_LISTED = lazyre.compile(
    r"Set (?:for [^\n\"]{1,256}?|via "
    + _BUNDLE_HOST
    + r"): \"(?P<v>[^\s\":/]{1,256}:[^\s\"]{1,512})\""
)

# `snyk config set api=<token>` (`api` and nothing else is the token; a value quoted or bare)
_SNYK_API = lazyre.compile(
    r"\bsnyk[ \t]{1,4}config[ \t]{1,4}set[ \t]{1,4}(?:[\w-]{1,64}=\S{1,512}[ \t]{1,4}){0,4}"
    r"api=(?P<q>[\"']?)(?P<v>[^\s\"']{8,512})(?P=q)"
)


def _credentials(value: str) -> bool:
    """`user:password`, or a token alone (a source that takes one)."""
    if is_trivial_value(value) or is_template(value) or "://" in value or value.startswith("/"):
        return False
    user, colon, password = value.partition(":")
    if colon:
        return bool(user) and bool(password) and not is_trivial_value(password)
    return looks_random(value)


def _spans(line: str) -> Iterator[Span]:
    if "<master>" in line:
        for m in _MAVEN_MASTER.finditer(line):
            yield m.start("v"), m.end("v"), KIND
    if "BUNDLE_" in line:
        for m in _BUNDLE_SETTING.finditer(line):
            if _credentials(m.group("v")):
                yield m.start("v"), m.end("v"), KIND
    if "bundle" in line:
        for m in _BUNDLE_CONFIG.finditer(line):
            if _credentials(m.group("v")):
                yield m.start("v"), m.end("v"), KIND
    if "snyk" in line:
        for m in _SNYK_API.finditer(line):
            v = m.group("v")
            if not (is_trivial_value(v) or is_template(v)):
                yield m.start("v"), m.end("v"), KIND
    if "Set " in line:
        for m in _BUNDLE_LISTED.finditer(line):
            if _credentials(m.group("v")):
                yield m.start("v"), m.end("v"), KIND


TOOL_CONFIGS = Detector(
    KIND,
    ("<master>", "bundle_", "bundle config", "set for ", "set via bundle_", "snyk"),
    _spans,
    (
        r"<master>[ \t]*\{",
        r"BUNDLE_[A-Z0-9]+__[A-Z0-9_]*[\"']?[ \t]*[:=]",
        r"bundle[ \t]+config[ \t]",
        r"Set (?:for|via) [^\n]*: \"[^\s\":/]+:",
        r"snyk[ \t]+config[ \t]+set[ \t][^\n]*api=",
    ),
)
