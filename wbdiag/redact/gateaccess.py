"""The leak gate on HTTP access-log lines (nginx and ingress-nginx, Apache combined, Envoy and
Istio, Traefik CLF, AWS ALB and ELB): lines that hold a quoted request line
(`"POST /v1/auth/token HTTP/1.1"`).

Such a line names things, not secrets: a secret word inside a path (`/v1/auth/token`), an
upstream or router name (`[default-auth-service-8080]`, `auth-router@docker`), a host or a
cluster (`outbound|8080||token-svc.default.svc.cluster.local`) is part of a name, and gives the
fields after it (request and trace ids, addresses, durations) no context (`name_context`).
What such lines leak stays caught: a query string's value (`?access_token=…`, judged as any
`name=value`), a credential logged in a header field (`"Bearer …"`, `"Basic …"`,
`x-api-key: …`, HAProxy's captured headers `{host|Bearer …|agent}`), and a random-looking path segment right after a secret word in a path
(`/reset-password/<token>`, `/api/token/<token>`: links that carry a one-time secret,
`path_secrets`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from wbdiag import lazyre

# a quoted request line: method, target, protocol
_REQUEST = lazyre.compile(r"\"[A-Z]{3,10} (?P<t>[^\s\"]{1,8192}) HTTP/[0-9.]{1,3}\"")
# characters of a name run (a path, host, upstream, router or cluster name)
_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-/|@")
# a compound name holds more than letters: a separator or a digit
_COMPOUND = lazyre.compile(r"[0-9._/|@-]")
# letters that go on naming the secret within a path segment
_WORD_REST = lazyre.compile(r"[A-Za-z_-]{0,32}")
_URL_START = lazyre.compile(r"[a-z][a-z0-9+.-]{0,16}://", re.IGNORECASE)
# where a path segment ends
_SEGMENT_END = lazyre.compile(r"[/?#;\s\"]")


def request_target(text: str) -> tuple[int, int] | None:
    """Where the request line's target's path is (without its query string), if the line is
    an access-log line."""
    if " HTTP/" not in text:
        return None
    m = _REQUEST.search(text)
    if m is None:
        return None
    start, end = m.span("t")
    query = text.find("?", start, end)
    return start, end if query < 0 else query


def name_context(text: str, end: int, target: tuple[int, int]) -> bool:
    """The context ending at `end` is a word inside a name, not a value's name: in the request
    target's path, or inside a compound name run (`default-auth-service-8080`) that no `=` or
    `: value` follows."""
    if target[0] <= end - 1 < target[1]:
        return True
    if text[end - 1] in " \t":
        return False  # a word and the space before its value (`"Basic …"` logged by a valve)
    left = end - 1
    while left > 0 and text[left - 1] in _NAME_CHARS:
        left -= 1
    bar = text.rfind("|", left, end)
    if bar >= 0 and text[end : end + 1] == " " and _COMPOUND.search(text, bar + 1, end) is None:
        return False  # a captured header's field opened by the word (HAProxy's `{…|Bearer …|…}`)
    right = end
    while right < len(text) and text[right] in _NAME_CHARS:
        right += 1
    if _COMPOUND.search(text, left, right) is None:
        return False  # a word of its own (`Bearer`, `password`)
    after = text[right : right + 2]
    # the name of a value (`x-auth-token: …`, `api_key=…`); a port (`:8080`) is no value
    return not (after[:1] == "=" or (after[:1] == ":" and not after[1:2].isdigit()))


def _in_url_path(text: str, end: int, target: tuple[int, int]) -> bool:
    """The position is in the request target's path or in a URL's (a referrer's), not in
    another name with slashes (an ARN's `targetgroup/auth-tg/6d0e…`)."""
    if target[0] <= end - 1 < target[1]:
        return True
    field = max(text.rfind(" ", 0, end), text.rfind('"', 0, end)) + 1
    return _URL_START.match(text, field) is not None and text.find("?", field, end) < 0


def path_secrets(
    text: str, ends: list[int], target: tuple[int, int], judge: Callable[[str], bool]
) -> Iterator[str]:
    """Random-looking path segments right after a secret word that ends a segment of a path
    (`/reset-password/<token>`, in the request line or a referrer): a link that carries a
    secret."""
    for end in ends:
        if not _in_url_path(text, end, target):
            continue
        # the rest of the segment that names the secret (`password` of a matched `passw`,
        # `-reset` of `password-reset`)
        slash = end - 1 if text[end - 1] == "/" else _WORD_REST.match(text, end).end()  # type: ignore[union-attr]
        if slash >= len(text) or text[slash] != "/":
            continue  # the segment goes on otherwise (`/token.json`)
        stop = _SEGMENT_END.search(text, slash + 1)
        segment = text[slash + 1 : len(text) if stop is None else stop.start()]
        if len(segment) >= 8 and judge(segment):
            yield segment
