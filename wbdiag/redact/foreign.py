"""The words for password, secret, token, key and credentials in languages other than English,
in their own scripts (one home for them: names.py judges names with them, detectors/intl.py
finds the names on a line by them).

A name is compared folded (`fold`): Latin letters without their accents (contraseña ->
contrasena), and in every script without combining marks and joiners, which are written or
left out freely (Devanagari's vowel signs, Arabic's short vowels, Greek's accents, the
zero-width non-joiner of Persian and the Dravidian scripts): पासवर्ड and κωδικός are matched as
their letters. The lists here are as written; `folded` makes what names.py compares.
"""

from __future__ import annotations

import unicodedata

_JOINERS = frozenset("\u200c\u200d\u0640")  # ZWNJ, ZWJ, Arabic's tatweel (a stretch)


def fold(c: str) -> str:
    """One character folded: a Latin letter without its accent (ñ -> n), a letter of another
    script without its marks (ό -> ο, パ -> ハ), a mark or joiner gone, anything else as it is
    (비: a Hangul syllable decomposes into letters, not marks)."""
    if c.isascii():
        return c
    if c in _JOINERS or unicodedata.category(c)[0] == "M":
        return ""
    d = unicodedata.normalize("NFKD", c)
    base = d[:1]
    if base.isascii() and base.isalpha():
        return base
    if len(d) > 1 and all(unicodedata.category(m)[0] == "M" for m in d[1:]):
        return base
    return c


def folded(words: tuple[str, ...] | frozenset[str]) -> frozenset[str]:
    return frozenset("".join(fold(c) for c in w).lower() for w in words)


# "password", "secret", "token" in other languages, as words (accents folded: contraseña ->
# contrasena, lösenord -> losenord). Left out: words that also mean plain "key" or "code"
# (clave, ключ, κλειδί: FOREIGN_KEYS; κωδικός: CODE_WORDS), which name ids as often as secrets.
FOREIGN_WORDS = (
    "passwort", "kennwort", "senha", "contrasena", "segredo", "secreto", "segreto", "jeton",
    "wachtwoord", "losenord", "passord", "adgangskode", "kodeord", "salasana", "haslo", "hasło",
    "heslo", "sifre", "parola", "jelszo", "geslo", "lozinka", "parool", "slaptazodis",
    "katasandi", "matkhau", "пароль", "токен", "секрет", "парола", "лозинка", "סיסמה", "סיסמא",
    "كلمةالمرور", "رمزعبور",
    # glued, and the words for "secret" and "credentials" of the other major European languages
    # (the feminine adjective too: chiave segreta, clave secreta, clé secrète)
    "motdepasse", "palavrapasse", "contrasenya", "geheimnis", "sekret", "tajemstvi", "tajomstvo",
    "titok", "hemlighet", "hemmelighet", "hemmelighed", "salaisuus", "segreta", "secreta",
    "secrete", "zeton", "credenciales", "credenziali", "credenciais", "zugangsdaten",
    # password, secret and token in the scripts of the other major languages: Greek, Hindi,
    # Marathi and Nepali (Devanagari), Bengali, Gujarati, Gurmukhi, Tamil, Telugu, Kannada,
    # Malayalam, Persian, Urdu, Hebrew, Armenian, Georgian, Kazakh
    "συνθηματικό", "μυστικό", "διακριτικό", "पासवर्ड", "कूटशब्द", "गुप्तशब्द", "संकेतशब्द",
    "टोकन", "পাসওয়ার্ড", "টোকেন", "પાસવર્ડ", "ਪਾਸਵਰਡ", "கடவுச்சொல்", "பாஸ்வேர்டு", "டோக்கன்",
    "పాస్‌వర్డ్", "ಪಾಸ್‌ವರ್ಡ್", "പാസ്‌വേഡ്", "گذرواژه", "توکن", "پاسورڈ", "אסימון",
    "գաղտնաբառ", "პაროლი", "құпиясөз",
)  # fmt: skip
# "key" in the major European languages (accents folded, as words() folds them: klíč -> klic,
# Schlüssel -> schlussel; ł and ø have no decomposition): like the English `key`, a secret only
# beside a word that qualifies it, before or after it (`KLUCZ_API`, `clave_de_acceso`,
# `API-Schlüssel`, `chiave_privata`).
FOREIGN_KEYS = frozenset(
    {
        "klucz", "schlussel", "schluessel", "cle", "chiave", "clave", "chave", "sleutel",
        "nyckel", "nøgle", "nøkkel", "avain", "klic", "kluc", "kulcs", "cheie", "anahtar",
        "kljuc", "ключ", "κλειδί", "कुंजी", "مفتاح", "المفتاح", "کلید", "מפתח",
    }
)  # fmt: skip
# Their qualifiers in those languages (access, private, secret), besides the English ones
FOREIGN_QUALIFIERS = frozenset(
    {
        "dostepu", "prywatny", "tajny", "zugriffs", "zugangs", "geheim", "privat", "acces",
        "prive", "privee", "accesso", "privata", "acceso", "privada", "acesso", "toegang",
        "geheime", "atkomst", "pristupovy", "privatni", "доступа", "приватный", "секретный",
        "πρόσβασης", "ιδιωτικό", "गुप्त", "निजी", "एपीआई", "سري", "السري", "الخاص", "خصوصی",
        "سری", "סודי", "פרטי",
    }
)  # fmt: skip
# Languages that glue a compound's head noun after its qualifier (Anmeldekennwort,
# Datenbankpasswort, databasewachtwoord, databaslösenord, tietokantasalasana)
FOREIGN_HEADS = (
    "passwort", "kennwort", "wachtwoord", "losenord", "passord", "adgangskode", "salasana",
    "geheimnis",
)  # fmt: skip
# German keys glued to their qualifier (not Primärschlüssel, Fremdschlüssel: a table's keys)
GLUED_KEYS = tuple(
    q + k
    for q in ("api", "zugriffs", "zugangs", "geheim", "privat", "sitzungs")
    for k in ("schlussel", "schluessel")
)
# what stands between a key word and its qualifier (clave de acceso, chave da API, clé d'accès)
PREPOSITIONS = frozenset({"de", "di", "da", "do", "del", "du", "d", "dla", "van", "för", "for"})
# Scripts that write words without spaces: found inside a longer word (数据库密码: database
# password).
CJK_WORDS = (
    "密码", "密碼", "口令", "令牌", "密钥", "密鑰", "秘钥", "パスワード", "トークン", "暗証番号",
    "秘密鍵", "비밀번호", "암호", "토큰", "패스워드",
    # secret (シークレットキー, 秘密访问密钥, 비밀 액세스 키, 시크릿 키), a private key (私钥,
    # 私密存取金鑰, 개인키), a cryptographic key (金鑰), credentials (認証情報, 凭证, 자격증명)
    "シークレット", "秘密", "私钥", "私鑰", "私密", "金鑰", "金钥", "비밀", "시크릿", "개인키",
    "認証情報", "資格情報", "凭证", "凭据", "憑證", "憑據", "자격증명",
    # a passphrase (パスフレーズ), a watchword (合言葉), a token as Taiwan writes it (存取權杖:
    # an access token)
    "パスフレーズ", "合言葉", "權杖", "权杖",
    # Thai, Lao and Khmer write without spaces too: password, token
    "รหัสผ่าน", "โทเค็น", "ລະຫັດຜ່ານ", "ពាក្យសម្ងាត់",
)  # fmt: skip
# "key" in Japanese, Korean and Chinese (キー, 키, 鍵, 键): like the English `key`, a secret
# only after a word that qualifies it, glued or apart, and the qualifier may end a longer word
# (アクセスキー, APIキー, API 키, 暗号鍵, S3アクセスキー; not 主キー or 主键, a primary key, nor
# 公開鍵, a public key)
CJK_KEYS = ("キー", "키", "鍵", "键")
# access, encryption (暗号化, 暗号, 加密), signing, shared (共有, 共通), secret, private (私有),
# API, in Japanese, Korean and Chinese
CJK_QUALIFIERS = frozenset(
    {
        "アクセス", "暗号化", "暗号", "署名", "共有", "共通", "액세스", "암호화", "서명", "api",
        "加密", "访问", "訪問", "存取", "签名", "簽名", "私有", "对称", "對稱",
    }
)  # fmt: skip
# Two words that make one, written apart or joined by `_` (mot de passe, kata sandi, mật khẩu,
# كلمة المرور: "the word of passing", كلمة السر, رمز عبور, پاس ورڈ, нууц үг, κωδικός πρόσβασης);
# the first word alone names something else (كلمة: a word, رمز: a code)
FOREIGN_PAIRS = (
    ("de", "passe"), ("kata", "sandi"), ("mat", "khau"), ("كلمة", "المرور"), ("كلمة", "مرور"),
    ("كلمة", "السر"), ("رمز", "المرور"), ("رمز", "عبور"), ("کلمه", "عبور"), ("رمز", "مميز"),
    ("الرمز", "المميز"), ("پاس", "ورڈ"), ("нууц", "үг"), ("құпия", "сөз"),
    # Korean writes its compounds apart: 비밀 키 (secret key), 자격 증명 (credentials)
    ("비밀", "키"), ("개인", "키"), ("자격", "증명"),
)  # fmt: skip
# "code" that a language also uses for the password (Greek's κωδικός, as a login form labels
# it): a secret as the last word of a name or before a word that makes it one (κωδικός
# πρόσβασης: access code), not before another noun (κωδικός_προϊόντος: a product code)
CODE_WORDS = ("κωδικός",)
CODE_QUALIFIERS = ("πρόσβασης", "εισόδου", "ασφαλείας", "χρήστη")
