"""Secret names in other languages (`密码=…`, `contraseña: …`, `Passwort → …`, `пароль: …`): the
words are names.py's (FOREIGN_WORDS, CJK_WORDS); the ASCII scanners (keyvalue.py, anysep.py)
read identifiers of ASCII letters only, so this layer finds the non-ASCII ones and their value
after `=`, `:`, a full-width `＝`/`：` or an arrow, in full-width parentheses right after the name
(`数据库密码（…）`), or after a short aside that says whose it is (`пароль для wandb: …`). The
value must read like a secret (generic.secretish)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from wbdiag.redact.detectors.base import Detector, Span, identifier_around
from wbdiag.redact.detectors.generic import secretish
from wbdiag.redact.names import CJK_WORDS, FOREIGN_WORDS, is_secret_name

KIND = "keyvalue"
# The words, as they appear unfolded (contraseña, lösenord, şifre), each by a part that starts
# with a letter other hints start with: the `re` prefilter tries its prefix tree only where a
# hint's first letter stands, and `h`, `g`, `m`, `w` would send it into most words of a log.
_SHORTER = {"wachtwoord": "twoord", "heslo": "eslo", "haslo": "aslo", "hasło": "asło",
            "geslo": "eslo", "matkhau": "khau"}  # fmt: skip
_HINTS = tuple(
    sorted(
        {_SHORTER.get(w, w) for w in (*FOREIGN_WORDS, *CJK_WORDS)}
        | {"sandi", "khẩu", "khau", "contrase", "lösenord", "şifre", "jelszó", "slaptažodis"}
    )
)
_HINT_RX = re.compile("|".join(re.escape(h) for h in _HINTS), re.IGNORECASE)
# (the space may be full-width, as CJK text sets it: `認証トークン：\u3000…`)
_SEP = re.compile(r"[\"'」]?[ \t\u3000]{0,8}(?:=>|->|→|[:=：＝])[ \t\u3000]{0,8}")
_QUOTED = {'"': '"', "'": "'", "«": "»", "“": "”", "「": "」", "『": "』", "（": "）"}
# the name, then one or two words (`для wandb`, `für den Dienst`), then the separator
_ASIDE = re.compile(
    r"[ \t]{1,4}[^\s:：=]{1,32}(?:[ \t]{1,4}[^\s:：=]{1,32})?[ \t]{0,4}[:：][ \t\u3000]{1,8}"
)
_BARE = re.compile(r"[^\s\"'，,;；、」』»”{}\[\]]{1,512}")


def _spans(line: str) -> Iterator[Span]:
    covered = 0
    n = len(line)
    for hit in _HINT_RX.finditer(line):
        if hit.start() < covered:
            continue
        ks, ke = identifier_around(line, hit.start(), hit.end(), covered, wide=True)
        covered = ke
        if not is_secret_name(line[ks:ke]):
            continue
        sep = _SEP.match(line, ke) or _ASIDE.match(line, ke)
        if sep is not None:
            vpos = sep.end()
        elif line.startswith("（", ke):
            vpos = ke  # the parenthesis opens the value
        else:
            continue
        if vpos >= n:
            continue
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
        if value.isalpha():
            continue  # a word in any script (zurückgesetzt, 已设置), not a generated value
        if secretish("password", value.replace("*", "x")) and "**" not in value:
            yield vpos, end, KIND


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
