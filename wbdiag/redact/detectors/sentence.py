"""A sentence that gives a secret, in any language: a password, secret or token word (`the
password`, `das Kennwort`, `le mot de passe`, `la clave`, `a senha`, `şifresi`, `كلمة المرور`,
`パスワードは`), a few words that say whose it is (`für den Dienst`, `del usuario wandb`), then
what gives the value: a verb (`is`, `lautet`, `est`, `es`, `é`, `هي`, `это`, a dash) or a quote,
bracket or parenthesis of any script opening right there (`« … »`, `„…“`, `「…」`, `(…)`).

A value in quotes after the verb is judged as `password is '…'` is (generic.secretish); a bare
one, or one in parentheses without a verb, must read generated (three of upper case, lower case,
digits and symbols, and varied), since sentences go on in words (`the password is stored in
Vault`, `das Passwort ist abgelaufen`, `la contraseña es incorrecta`, `a senha do usuário
(admin)`). The words are found by the English detector here and by intl.py for the others; both
call `given`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Span, entropy, looks_random
from wbdiag.redact.detectors.generic import pair_value, secretish
from wbdiag.redact.foreign import FOREIGN_KEYS, fold, folded
from wbdiag.redact.names import is_secret_name

KIND = "keyvalue"

# is, was (English, Dutch); ist, lautet, war, heißt (German); est, était, sera (French); es,
# era, será (Spanish); é, era, será, fica (Portuguese); è (Italian); luidt (Dutch); är, er,
# var (Scandinavian); jest (Polish); je (Czech, Slovak); adalah, ialah
# (Indonesian, Malay); là (Vietnamese); είναι (Greek); это, — (Russian); هي, هو (Arabic); היא,
# הוא (Hebrew); the value may follow "now" (`is now`, `ist jetzt`, `est maintenant`)
_VERBS = (
    "is", "was", "are", "were", "ist", "lautet", "lautete", "war", "heißt", "est", "était",
    "sera", "es", "era", "será", "é", "fica", "è", "luidt", "är", "er", "var", "jest", "je",
    "adalah", "ialah", "là", "είναι", "это", "—", "–", "هي", "هو", "היא", "הוא",
)  # fmt: skip
_NOW = ("now", "jetzt", "nun", "maintenant", "ahora", "agora", "ora", "nu", "теперь", "الآن")
_SPACE = "[ \t\u00a0\u202f\u3000]"
# a word of the aside: not a separator, a sentence's end, a quote or a bracket
# (an apostrophe inside it: `de l'API`, `d’accès`)
_ASIDE_WORD = r"(?:[^\s:=：＝;,.!?\"'`«»„“”‘’‚「」『』()（）\[\]<>]|['’](?=\w)){1,32}"
_VERB = "(?:" + "|".join(re.escape(v) for v in sorted(_VERBS, key=len, reverse=True)) + ")"
_AFTER_VERB = rf"(?![\w])(?:{_SPACE}{{1,3}}(?:{'|'.join(_NOW)})(?![\w]))?{_SPACE}{{1,3}}"
# the verb right after the word, or after up to five words (bounded: linear on long lines)
_ASIDE = rf"(?:{_SPACE}{{1,3}}(?!{_VERB}(?![\w])){_ASIDE_WORD})"
# (or, after at least one such word, a colon: `the password for the console: …`; right after the
# name a colon is the key=value scanner's)
_GIVES = lazyre.compile(
    rf"(?:{_ASIDE}{{0,5}}{_SPACE}{{1,3}}(?P<verb>{_VERB})|{_ASIDE}{{1,5}}[:：])(?![\w])"
    + _AFTER_VERB
)
# ... or a quote or a parenthesis opening after the aside (`a senha do bucket (…)`)
_OPENS = lazyre.compile(
    rf"(?:{_SPACE}{{1,3}}{_ASIDE_WORD}){{0,5}}{_SPACE}{{0,3}}(?=[(（«»„“‘「『])"
)
_QUOTES = {
    '"': '"', "'": "'", "`": "`", "«": "»", "»": "«", "„": "“”", "“": "”", "‘": "’", "‚": "‘’",
    "「": "」", "『": "』", "(": ")", "（": "）", "‹": "›",
}  # fmt: skip
_QUOTED_MAX = 256
_BARE = lazyre.compile(r"[^\s\"'`«»„“”‘’‚「」『』()（）\[\]<>,;]{6,256}")
_TRAILING = ".,;:!?…。、"
# a link with no userinfo (`password policy doc: https://wiki…/x/…`): the page the sentence points
# at, not the value it gives (a token inside a webhook's URL is its shape's: tokens.py)
_LINK = lazyre.compile(r"https?://[^\s@/]{1,253}(?:/[^\s@]{0,2048})?")


# a path or a file name (`images/2024/photo-001.jpg`, `Backup_2024-01.tar.gz`)
_PATH = lazyre.compile(
    r"[\w.~-]{0,64}(?:/[\w.~-]{1,64}){1,16}/?|[\w-]{1,64}(?:\.[A-Za-z]{1,4}){1,2}"
)

_JOINS = lazyre.compile(r"[-_.]")
_SETTING = lazyre.compile(r"[A-Za-z_][\w.-]{0,64}=[^=]")
_WORD = lazyre.compile(r"[A-Z]?[a-z]+|[A-Z]+")


# a key's hex (an API key of 40 hex digits, a 32- or 64-digit secret): no word nor name is one
_HEX_KEY = lazyre.compile(r"[0-9a-f]{32,128}")
# what the aside says the value is when it is no secret but a digest of one (`the token hash is
# …`, cert-manager's `Last Private Key Hash:`), or, for a hex value, an id (`the API key id: …`)
_DIGEST_ASIDE = lazyre.compile(r"(?i)hash|sha\d|digest|fingerprint|checksum")
_ID_ASIDE = lazyre.compile(r"(?i)(?<![a-z])ids?(?![a-z])")


def hex_key(value: str) -> bool:
    """A secret's hex as a generator writes it: lower-case hex digits, letters and digits both,
    32 or more (shorter runs are commit abbreviations and ids)."""
    return _HEX_KEY.fullmatch(value) is not None and looks_random(value)


def generated(value: str) -> bool:
    """A value a generator made, not a word or a name: long enough, three of upper case, lower
    case, digits and symbols, and varied."""
    if len(value) < 8 or not pair_value("password", value) or _PATH.fullmatch(value):
        return False
    if all(len(p) <= 3 or _WORD.fullmatch(p) for p in _JOINS.split(value)):
        return False  # words joined (`my-app-Secret-v2`), a name
    if _SETTING.match(value):
        return False  # a setting (`policy updated: min_length=12`), not a value
    classes = (
        any(c.isupper() for c in value)
        + any(c.islower() for c in value)
        + any(c.isdigit() for c in value)
        + any(not c.isalnum() for c in value)
    )
    return classes >= 3 and value.isascii() and entropy(value) >= 3.0


_KEY_WORDS = folded(FOREIGN_KEYS)
_SUFFIX_MAX = 3


def sentence_word(word: str) -> bool:
    """A word that names a password in a sentence though not as a key: `key` in a language
    that says it for the password (`la clave`, `a chave`, `la clé`), or a secret word with an
    inflection (Turkish `şifresi`, `parolanız`; `senhas`, `Passworte`)."""
    if not word.isalpha():
        return False
    if "".join(fold(c) for c in word).lower() in _KEY_WORDS:
        return True
    return any(is_secret_name(word[:-n]) for n in range(1, _SUFFIX_MAX + 1) if len(word) > n + 3)


def given(line: str, end: int, bare_after_word: bool = False) -> tuple[int, int] | None:
    """The value a sentence gives for the secret word that ends at `end`: its span, or None.
    `bare_after_word`: a generated value may follow the word itself (Turkish `şifresi … olarak`;
    English leaves that to generic.py)."""
    gives = _GIVES.match(line, end)
    if gives is not None:
        if _DIGEST_ASIDE.search(line, end, gives.end()) is not None:
            return None
        hexed = _ID_ASIDE.search(line, end, gives.end()) is None
        return _value(line, gives.end(), strict=False, hexed=hexed)
    opens = _OPENS.match(line, end)
    if opens is not None:
        return _value(line, opens.end(), strict=True)
    if bare_after_word:
        space = re.compile(f"{_SPACE}{{1,3}}").match(line, end)
        if space is not None:
            return _value(line, space.end(), strict=True)
    return None


def _value(line: str, pos: int, strict: bool, hexed: bool = False) -> tuple[int, int] | None:
    """`hexed`: a bare value may be a key's hex (after a verb or a colon whose aside names no
    id)."""
    if pos >= len(line):
        return None
    close = _QUOTES.get(line[pos])
    if close is not None:
        inner = pos + 1
        while inner < len(line) and line[inner] in " \u00a0\u202f":
            inner += 1  # (French sets its guillemets apart: `« … »`)
        stop = min(len(line), inner + _QUOTED_MAX)
        end = next((i for i in range(inner, stop) if line[i] in close), -1)
        if end < 0:
            return None
        value = line[inner:end].rstrip(" \u00a0\u202f")
        if not value or any(c.isspace() for c in value):
            return None  # words in quotes, not a value
        ok = generated(value) if strict or line[pos] in "(（" else secretish("password", value)
        ok = ok and not (value.isalpha() and not value.isascii())
        return (inner, inner + len(value)) if ok else None
    bare = _BARE.match(line, pos)
    if bare is None:
        return None
    value = bare.group().rstrip(_TRAILING)
    # (a value glued to the next word of a script without spaces: `…입니다`)
    cut = next((i for i, c in enumerate(value) if not c.isascii()), len(value))
    value = value[:cut]
    if value[:4] == "http" and _LINK.fullmatch(value):
        return None
    ok = generated(value) or (hexed and hex_key(value))
    return (pos, pos + len(value)) if ok else None


# English: the words, `pw` (a chat's abbreviation) before its verb, French's `mot de passe` and
# Indonesian's `kata sandi` (two ASCII words, which intl.py's hints do not hold), and a key that
# its word before says is a secret's (`the API key`, `service account key`, `license key`:
# names.py; not `the cache key`, `primary key`, nor `key` alone), and Redis' `AUTH` in capitals
# as its command is written (`the redis AUTH is …`: AUTH takes the password; `auth` in words is
# an authentication, and a value after the verb must read generated all the same)
_WORDS = lazyre.compile(
    r"(?<![\w-])(?:(?i:password|passwd|passphrase|passcode|secret|token)s?|(?i:pw)d?|AUTH"
    r"|(?i:mot[ \t]de[ \t]passe|kata[ \t]sandi)"
    r"|(?P<key>[A-Za-z]{2,24}[ _-](?i:key)s?))(?![\w-])"
)
HINTS = (
    "password", "passwd", "passphrase", "passcode", "secret", "token", "pw ", "pwd ",
    "mot de passe", "kata sandi", "key ", "key:", "keys ", "auth ",
)  # fmt: skip


def sentence_spans(line: str) -> Iterator[Span]:
    covered = 0
    for m in _WORDS.finditer(line):
        if m.start() < covered:
            continue
        key = m.group("key")
        if key is not None and not is_secret_name(key):
            continue
        span = given(line, m.end())
        if span is not None:
            covered = span[1]
            yield span[0], span[1], KIND


_EN = r"(?:password|passwd|passphrase|passcode|secret|token|mot de passe|kata sandi)s?"
_ASCII_VERBS = sorted(v for v in _VERBS if v.isascii())
# what gives the value: a verb (one in another script: any such letter), a colon after a word, a
# quote or a parenthesis (the aside is read by the detector: here as many characters as its five
# words may take)
_THEN = (
    r"(?:[ \t](?:"
    + "|".join(_ASCII_VERBS)
    + r")(?:[^a-z0-9_-]|$)|[ \t][^\x00-\x7f]|[a-z0-9]:[ \t]|(?:\(|«|»|“|‘|„))"
)
PATTERNS = (
    r"(?:^|[^a-z0-9_-])" + _EN + r"(?:[ \t][^\n]{0,180})?" + _THEN,
    r"[a-z][ _-]keys?(?:[ \t][^\n]{0,180})?" + _THEN,
    # (`pw is …`: the verb's own space is the one after the word)
    r"(?:^|[^a-z0-9_-])pwd?(?:[ \t][^\n]{0,180})?" + _THEN,
    r"(?:^|[^a-z0-9_-])auth(?:[ \t][^\n]{0,180})?" + _THEN,
)
