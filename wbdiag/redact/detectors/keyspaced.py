"""The value after a secret name with no separator between, only spaces: redis.conf's
`requirepass <password>` and a peer's auth (`masterauth`, names.is_peer_auth), a .netrc entry's
`password …` (in double quotes it may hold spaces), a directive alone on its line and its one
generated argument (a Caddyfile's `mac_key …`, sshd_config- and nginx-style files), and the few
words that take a value so (`password`, `token`, `bindpw`, …) when the value reads generated.
keyvalue.py finds the name and asks here when no separator follows it."""

from __future__ import annotations

from wbdiag import lazyre
from wbdiag.redact.detectors.base import looks_random
from wbdiag.redact.detectors.valuespan import symbol_password
from wbdiag.redact.linebody import body_start
from wbdiag.redact.names import is_peer_auth
from wbdiag.redact.values import is_trivial_value

_CONF_VALUE = lazyre.compile(r"[ \t]{1,8}[\"']?(?P<v>[^\s\"']{1,512})")
_SPACE_VALUE = lazyre.compile(r"[ \t]{1,4}(?P<v>[^\s\"'`<>]{8,512})(?=\s|\Z)")
_SPACE_KEYS = frozenset(
    {
        "password",
        "passwd",
        "pass",
        "token",
        "secret",
        "apikey",
        "api_key",
        "credential",
        "passphrase",
        "bindpw",  # nslcd.conf
        "accountkey",  # blobfuse's connection file
    }
)
# a .netrc entry (`machine HOST login USER password …`, `default login …`, or its `password …`
# line when the entry is spread over lines) and a value in double quotes in it
_NETRC_ENTRY = lazyre.compile(r"[ \t]*(?:machine[ \t]{1,8}[^\s\"]{1,253}|default|password)[ \t]")
_NETRC_QUOTED = lazyre.compile(r"[ \t]{1,4}\"(?P<v>(?:[^\"\\\n]|\\.){1,512})\"(?=\s|\Z)")
# a generated Kubernetes object name after `secret ` is the Secret's name, not its value
_K8S_NAME = lazyre.compile(r"[a-z0-9]{1,63}(?:-[a-z0-9]{1,63}){1,8}")
# redis.conf: `requirepass <password>`, `masterauth <password>` (and `primaryauth`: names.py)
_CONF_KEYS = frozenset({"requirepass"})
# a directive alone on its line, its one argument after spaces (a Caddyfile's `mac_key …` in
# `acme_eab { … }`, sshd_config- and nginx-style files; in double quotes before `;` in
# UnrealIRCd's and BIND's blocks, `password "…";`): any secret name, a generated value
_DIRECTIVE_VALUE = lazyre.compile(
    r"[ \t]{1,16}(?:(?P<v>[^\s\"'`<>;{}]{8,512})|\"(?P<q>[^\s\"'`<>;{}]{8,512})\");?[ \t]*\Z"
)
# the next pair after a space-separated name: `token header=eyJ…` (a field of the token)
_LEAD_PAIR = lazyre.compile(r"[a-z][a-z_]{2,30}=")
# the peer passwords redis.conf and valkey.conf spell: the hints name only these, while the conf
# branch asks names.is_peer_auth, which knows other peers' names too (`replicaauth`, ...)
_PEER_KEYS = frozenset({"masterauth", "primaryauth"})
# The words that take a value after spaces, as the key=value detector's Hyperscan hints spell
# them (keyvalue.PATTERNS): the conf keys' and the generated values' (a directive alone on its
# line may be any secret name)
SPACED = "(?:" + "|".join(sorted(_SPACE_KEYS | _CONF_KEYS | _PEER_KEYS)) + ")"


def spaced_span(line: str, key: str, ks: int, ke: int) -> tuple[int, int] | None:
    """The span of the value after the secret name `line[ks:ke]` (`key`, stripped) and spaces,
    or None."""
    lowered = key.lower()
    if lowered in _CONF_KEYS or is_peer_auth(lowered):
        conf = _CONF_VALUE.match(line, ke)
        return conf.span("v") if conf else None
    if not line[body_start(line) : ks].strip(" \t") and (
        directive := _DIRECTIVE_VALUE.match(line, ke)
    ):
        group = "v" if directive.group("v") is not None else "q"
        value = directive.group(group)
        # (a URL without userinfo is an address: nginx's `proxy_pass http://wandb:8080;`)
        if (
            (looks_random(value) or symbol_password(value, code=False))
            and not _K8S_NAME.fullmatch(value)
            and "://" not in value
        ):
            return directive.span(group)
    if lowered in _SPACE_KEYS:
        if _NETRC_ENTRY.match(line) and (quoted := _NETRC_QUOTED.match(line, ke)):
            # a .netrc password in double quotes may hold spaces (curl, Python's netrc)
            value = quoted.group("v")
            return None if is_trivial_value(value) else quoted.span("v")
        sv = _SPACE_VALUE.match(line, ke)
        if (
            sv
            and (looks_random(sv.group("v")) or symbol_password(sv.group("v")))
            and not _K8S_NAME.fullmatch(sv.group("v"))
            and not _LEAD_PAIR.match(sv.group("v"))
        ):
            return sv.span("v")
    return None
