"""Secret names in other languages (`密码=…`, `contraseña: …`, `Passwort → …`, `пароль: …`,
`पासवर्ड = …`, `"كلمة المرور": …`): the words are foreign.py's, judged by names.py; the ASCII scanners (keyvalue.py, anysep.py)
read identifiers of ASCII letters only, so this layer finds the non-ASCII ones and their value
after `=`, `:`, a full-width `＝`/`：` or an arrow, in full-width parentheses right after the name
(`数据库密码（…）`), or after a short aside that says whose it is (`пароль для wandb: …`). The
value must read like a secret (generic.secretish)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, identifier_around
from wbdiag.redact.detectors.blanks import blank_then_field
from wbdiag.redact.detectors.generic import pair_value, secretish
from wbdiag.redact.detectors.sentence import given, sentence_word
from wbdiag.redact.foreign import (
    CJK_KEYS,
    CJK_WORDS,
    CODE_WORDS,
    FOREIGN_KEYS,
    FOREIGN_PAIRS,
    FOREIGN_WORDS,
)
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.valuerefs import YAML_LOCAL_TAG
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
# The words, as they appear unfolded (contraseña, lösenord, şifre), each by a part that starts
# with a letter other hints start with: the `re` prefilter tries its prefix tree only where a
# hint's first letter stands, and `h`, `g`, `m`, `w` would send it into most words of a log.
_SHORTER = {"wachtwoord": "twoord", "heslo": "eslo", "haslo": "aslo", "hasło": "asło",
            "geslo": "eslo", "matkhau": "khau", "geheimnis": "eheimnis", "hemlighet": "emlighet",
            "hemmelighet": "emmeligh", "hemmelighed": "emmeligh", "motdepasse": "otdepasse",
            # (as written: tajemství, tajomstvo, kľúč, credenciales and credenciais)
            "tajemstvi": "tajemstv", "kluc": "kľúč", "credenciales": "credenci",
            "credenciais": "credenci",
            # (`cle` alone is inside too many words: cycle, article; clé is written with its accent)
            "cle": "clé"}  # fmt: skip
# A word's hint is its longest part without a joiner or a Greek accented letter: a name may be
# written with or without them (`κωδικός`, `ΚΩΔΙΚΟΣ`; Telugu's పాస్‌వర్డ్ with its ZWNJ or not)
_UNSURE = lazyre.compile(
    "[\u200c\u200d\u0386\u0388-\u038a\u038c\u038e-\u0390\u03aa-\u03b0\u03ca-\u03ce]"
)


def _hint_of(word: str) -> str:
    return max(_UNSURE.split(word), key=len)


# (of a pair of words written apart, the second: the scanner reads back to the first; the ASCII
# scanners read `mot de passe` as the word `passe` alone, which names nothing)
_PAIR_SECONDS = {b for _, b in FOREIGN_PAIRS if not b.isascii()} | {"passe"}
_HINTS = tuple(
    sorted(
        {
            _hint_of(_SHORTER.get(w, w))
            for w in (
                *FOREIGN_WORDS,
                *CJK_WORDS,
                *FOREIGN_KEYS,
                *CJK_KEYS,
                *CODE_WORDS,
                *_PAIR_SECONDS,
            )
        }
        | {"sandi", "khẩu", "khau", "contrase", "lösenord", "şifre", "jelszó", "slaptažodis"}
        # the other spellings of names.py's folded words (accents, ß-style transcriptions)
        | {"schlüssel", "klíč", "ključ", "żeton", "secrète"}
        # Turkish capitals: İ lower-cases to two characters (i and a combining dot), not to i
        | {"ŞİFRE"}
    )
)
_HINT_RX = lazyre.compile("|".join(re.escape(h) for h in _HINTS), re.IGNORECASE)
# The same words lower-cased, searched in the lower-cased line: an alternation of this many
# words costs `re` several times more with IGNORECASE (a 64 KiB line: 150 ms against 40 ms).
# Only where lower-casing keeps every offset (`İ` becomes two characters) does it stand in.
_LOWER_HINT_RX = lazyre.compile(
    "|".join(re.escape(h) for h in dict.fromkeys(h.lower() for h in _HINTS))
)


def _hints_in(line: str) -> Iterator[re.Match[str]]:
    lowered = line.lower()
    if len(lowered) == len(line):
        return _LOWER_HINT_RX.finditer(lowered)
    return _HINT_RX.finditer(line)


# (the space may be full-width, as CJK text sets it: `認証トークン：\u3000…`)
_SEP = lazyre.compile(r"[\"'」]?[ \t\u3000]{0,8}(?:=>|->|→|[:=：＝])[ \t\u3000]{0,8}")
_QUOTED = {'"': '"', "'": "'", "«": "»", "“": "”", "「": "」", "『": "』", "（": "）"}
# the name, then one or two words (`для wandb`, `für den Dienst`), then the separator
_ASIDE = lazyre.compile(
    r"[ \t]{1,4}[^\s:：=＝]{1,32}(?:[ \t]{1,4}[^\s:：=＝]{1,32})?[ \t]{0,4}[:：=＝][ \t\u3000]{1,8}"
)
_PAIR_SEPS = ("=", "＝", ":", "：")
_ANGLE = lazyre.compile(r"<[^<>\n]{1,40}>(?=[\s\"',;]|\Z)")
_BARE = lazyre.compile(r"[^\s\"'，,;；、」』»”{}\[\]]{1,512}")


def _second_of_pair(line: str, ks: int, ke: int, floor: int) -> bool:
    """The second of two words written apart that make a secret's name (`كلمة المرور`,
    `mật khẩu`)."""
    if ks - 2 < floor or line[ks - 1] != " ":
        return False
    first, _ = identifier_around(line, ks - 1, ks - 1, max(floor, ks - 33), wide=True)
    return first != ks - 1 and is_secret_name(line[first:ke])


def _spans(line: str) -> Iterator[Span]:
    covered = 0
    n = len(line)
    for hit in _hints_in(line):
        if hit.start() < covered:
            continue
        floor = covered
        ks, ke = identifier_around(line, hit.start(), hit.end(), floor, wide=True)
        covered = ke
        if not is_secret_name(line[ks:ke]) and not _second_of_pair(line, ks, ke, floor):
            # a sentence may name the password by an inflected word (`şifresi`) or by `key`
            # (`la clave … es …`): what it gives must read generated
            if sentence_word(line[ks:ke]):
                given_span = given(line, ke, bare_after_word=True)
                if given_span is not None:
                    covered = given_span[1]
                    yield given_span[0], given_span[1], KIND
            continue
        sep = _SEP.match(line, ke) or _ASIDE.match(line, ke)
        if sep is not None:
            vpos = sep.end()
        elif line.startswith("（", ke):
            vpos = ke  # the parenthesis opens the value
        else:
            # a sentence: `das Kennwort für den Dienst lautet …`, `パスワードは「…」`
            given_span = given(line, ke, bare_after_word=True)
            if given_span is not None:
                covered = given_span[1]
                yield given_span[0], given_span[1], KIND
            continue
        if vpos >= n or (sep is not None and blank_then_field(line, vpos)):
            continue  # (Go's %+v of a blank field: the next field follows, `Secret: Region:…`)
        if line[vpos] == "<" and _ANGLE.match(line, vpos):
            continue  # a placeholder in angle brackets in any language (`<siehe Vault>`)
        if line[vpos] == "!" and YAML_LOCAL_TAG.match(line, vpos):
            continue  # a YAML tag that refers to the value (`!vault path`, `!secret name`)
        close = _QUOTED.get(line[vpos])
        if close is not None:
            end = line.find(close, vpos + 1)
            if end < 0:
                continue
            vpos += 1
        else:
            bare = _BARE.match(line, vpos)
            if bare is None or line[ke : ke + 1] == '"':
                continue  # after a JSON key only a string is a value (`"密码": null`)
            end = bare.end()
        covered = end
        value = line[vpos:end]
        if value.isalpha() and not value.isascii() and _one_word(value):
            continue  # a word in any script (zurückgesetzt, 已设置), not a generated value
        # (a pair, `名前=値`, is judged as the key=value scanner judges an ASCII name's value)
        pair = sep is not None and sep.group().strip(" \t\u3000\"'」") in _PAIR_SEPS
        judge = pair_value if pair else secretish
        if "**" in value:
            continue
        if judge("password", value.replace("*", "x")) or (pair and _generated_dotted(value)):
            yield vpos, end, KIND


def _one_word(value: str) -> bool:
    """Letters that spell a word: in one case, capitalised, or of a script without case; a
    generator's letters mix cases and scripts (`bh밀óKrlKnsõb`, `lítрgQjдcOGvG`)."""
    cased = [c for c in value if c.islower() or c.isupper()]
    return not cased or value.islower() or value.isupper() or value.istitle()


# a lower-case letter, digits, then an upper-case one inside a dotted value (`xoni7O.wtx1MU7`):
# a generator's, where a dotted name in code reads `cfg.Password`, `v1.Secret`, `Aws4.SignerV2`
_LOWER_DIGIT_UPPER = lazyre.compile(r"[a-z][0-9]{1,8}[A-Z]")


def _generated_dotted(value: str) -> bool:
    return (
        "." in value
        and 8 <= len(value) <= 512
        and _LOWER_DIGIT_UPPER.search(value) is not None
        and not is_trivial_value(value)
    )


def _hint_pattern(word: str) -> str:
    # Hyperscan folds ASCII case only: spell both cases of every other letter
    return "".join(
        f"(?:{re.escape(c.lower())}|{re.escape(c.upper())})"
        if not c.isascii() and c.lower() != c.upper()
        else re.escape(c)
        for c in word
    )


FOREIGN_NAME = Detector(
    KIND, tuple(h.lower() for h in _HINTS), _spans, tuple(_hint_pattern(h) for h in _HINTS)
)
