"""PHP applications' keys in their own configuration files, under names no other layer counts
as secret:
- WordPress's authentication keys and salts, `define( 'LOGGED_IN_KEY', '…' );` in
  `wp-config.php` (`AUTH_KEY`, `SECURE_AUTH_KEY`, `LOGGED_IN_KEY`, `NONCE_KEY` and their
  `_SALT`s: they sign the login cookies and nonces); the sample file's `put your unique phrase
  here` stays;
- Laravel's application key in its cached configuration (`bootstrap/cache/config.php`:
  `'key' => 'base64:…',`), the 32 bytes `php artisan key:generate` wrote to `APP_KEY`."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"

_WP_KEY = lazyre.compile(
    r"\bdefine\([ \t]{0,4}(?P<nq>[\"'])(?:AUTH|SECURE_AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)(?P=nq)"
    r"[ \t]{0,4},[ \t]{0,64}(?:'(?P<sq>(?:[^'\\\n]|\\.){8,512})'|\"(?P<dq>(?:[^\"\\\n]|\\.){8,512})\")"
)
# the sample's placeholder, words and spaces only
_PHRASE = lazyre.compile(r"[a-z]{1,16}(?: [a-z]{1,16}){2,8}")
_LARAVEL_KEY = lazyre.compile(
    r"[\"']key[\"'][ \t]{0,4}=>[ \t]{0,4}[\"']base64:(?P<v>[A-Za-z0-9+/]{43}=)[\"']"
)


def _spans(line: str) -> Iterator[Span]:
    if "define" in line:
        for m in _WP_KEY.finditer(line):
            group = "sq" if m.group("sq") is not None else "dq"
            value = m.group(group)
            if not _PHRASE.fullmatch(value) and not is_trivial_value(value):
                yield m.start(group), m.end(group), KIND
    if "base64:" in line:
        for m in _LARAVEL_KEY.finditer(line):
            yield m.start("v"), m.end("v"), KIND


PHP_KEYS = Detector(
    KIND,
    ("define(", "base64:"),
    _spans,
    (
        r"define\([ \t]*[\"'](?:auth|secure_auth|logged_in|nonce)_(?:key|salt)[\"']",
        r"[\"']key[\"'][ \t]*=>[ \t]*[\"']base64:",
    ),
)
