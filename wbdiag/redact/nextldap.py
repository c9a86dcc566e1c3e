"""python-ldap's trace (`trace_level=1` or more): each call to the C library as a line `*** <obj>
URI - SimpleLDAPObject.simple_bind`, then its arguments as `pprint.pformat((args, kwargs))` on
the next line, or over a few when they are long (`(('cn=…', 'PASSWORD', None, None), {})`). A
bind's second argument is the password, a password change's second and third are the old and
new ones; the DN and the controls stay."""

from __future__ import annotations

from dataclasses import dataclass

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"

# the call line (ldapobject.py's _ldap_call: `'*** %s %s - %s\n%s\n'`)
_CALL = lazyre.compile(
    r"\*\*\*[ \t]<[^>\n]{1,256}>[ \t]\S{1,1024}[ \t]-[ \t]"
    r"[A-Za-z]{0,64}LDAPObject\.(?P<f>simple_bind|passwd)[ \t]*\r?"
)
# which of the call's positional arguments are passwords
_SECRET_ARGS = {"simple_bind": frozenset({1}), "passwd": frozenset({1, 2})}
# a Python literal string as repr() writes it (b'…' too), or one character of the structure
_TOKEN = lazyre.compile(r"b?'(?:[^'\\\n]|\\.){0,1024}'|b?\"(?:[^\"\\\n]|\\.){0,1024}\"|[(),\[\]{}]")
_MAX_LINES = 8  # pformat's lines for one call's arguments


@dataclass
class LdapCall:
    """The arguments' lines after a traced bind or password change."""

    secret: frozenset[int]
    depth: int = 0
    index: int = 0  # the positional argument being read
    lines: int = 0

    @staticmethod
    def arm(line: str) -> LdapCall | None:
        m = _CALL.fullmatch(line)
        return LdapCall(_SECRET_ARGS[m.group("f")]) if m else None

    def step(self, line: str) -> tuple[bool, list[Span]]:
        self.lines += 1
        spans: list[Span] = []
        for m in _TOKEN.finditer(line):
            t = m.group()
            if t in "([{":
                self.depth += 1
            elif t in ")]}":
                self.depth -= 1
                if self.depth <= 0:
                    return False, spans
            elif t == ",":
                if self.depth == 2:
                    self.index += 1
            elif self.depth == 2 and self.index in self.secret:
                value = t[2:-1] if t.startswith("b") else t[1:-1]
                if value and not is_trivial_value(value):
                    spans.append((m.start() + len(t) - len(value) - 1, m.end() - 1, KIND))
        if self.depth <= 0 and self.lines == 1 and not spans:
            return False, []  # no arguments' tuple under the call
        return self.lines < _MAX_LINES, spans


# The call lines that arm an LdapCall
LDAP_ARMING = Detector(
    KIND,
    ("ldapobject.simple_bind", "ldapobject.passwd"),
    lambda line: iter(()),
    (r"ldapobject\.(?:simple_bind|passwd)[ \t]*$",),
)
