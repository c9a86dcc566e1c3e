"""Sentences that give a password or token (detectors/sentence.py, called by prose.py for
English and by intl.py for the other languages), and sentences that only speak of one: the
value goes, the words stay; names in other scripts and with Turkish capitals as keys."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_kept, assert_redacted, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

# (line, the secret that must go, what must stay)
GIVEN = [
    # a verb after a few words about whose it is
    ("Moin, das Kennwort für den Build-Server lautet qR7-xLpW2mZt~Kd9 – danke.",
     "qR7-xLpW2mZt~Kd9", "lautet"),
    ("Das Passwort ist jetzt Vb4!kLm9Qx2z.", "Vb4!kLm9Qx2z", "jetzt"),
    ("Salut, le mot de passe du serveur est « Zx8-pQ4LmWt~r2 » depuis hier.",
     "Zx8-pQ4LmWt~r2", "depuis hier"),
    ("Le mot de passe de l'API est «Zx8-pQ4LmWt~r2».", "Zx8-pQ4LmWt~r2", "l'API est"),
    ("Hola, la clave de la base es Pq8mXv2LtR7w y el puerto es 5432", "Pq8mXv2LtR7w", "5432"),
    ('Hola, la contraseña del admin es "Pq8mXv2LtR7w".', "Pq8mXv2LtR7w", "admin"),
    ("A senha nova é Lm7pQx2ZvW9kR~t.", "Lm7pQx2ZvW9kR~t", "senha nova"),
    ("Il token per la CI è Xk9v-Q2mLp7Zr.", "Xk9v-Q2mLp7Zr", "per la CI"),
    ("Пароль от базы — Lm7pQx2ZvW9kR~t", "Lm7pQx2ZvW9kR~t", "от базы"),
    ("كلمة المرور للخادم هي pQ7!mLx2Wz9 شكرا", "pQ7!mLx2Wz9", "شكرا"),
    ("the password for the admin user is Xk9vQ2mLp7Zr", "Xk9vQ2mLp7Zr", "admin user"),
    ("the token you need is „Xk9vQ2mLp7Zr“ thanks", "Xk9vQ2mLp7Zr", "thanks"),
    ("I rotated it, the LDAP password is now Gq2.vYR8dMPa", "Gq2.vYR8dMPa", "is now"),
    ("Temp root password for the web console: Bx4.k9QmWZ2zLp7", "Bx4.k9QmWZ2zLp7", "console:"),
    ("pw for the staging db is Wq7LmX2pZk9R_x", "Wq7LmX2pZk9R_x", "staging db"),
    # a chat's abbreviation, and what a chat puts after the value
    ("bob: pw is Wq7LmX2pZk9R 🙈", "Wq7LmX2pZk9R", "🙈"),
    ("bob: pwd is Wq7-LmX2pZk9R!", "Wq7-LmX2pZk9R", "!"),
    # (nothing but ASCII after the verb: the prefilter's pattern alone lets the line in)
    ("ok the new mysql pw is `Wq7LmX2pZk9R`", "Wq7LmX2pZk9R", "mysql pw is"),
    ("the pw is now Wq7-LmX2pZk9R", "Wq7-LmX2pZk9R", "pw is now"),
    # a key that its word before names a secret's; a key's hex after its verb or colon
    ("as discussed the API key is  10fd73d56f2ba65699dc67e543aafbd7f829481c", "10fd73d56f2ba656",
     "the API key is"),
    ("Service account key for CI is 45f79b8c50b8f7f3891fe01f88f76c6f605478d6, stored nowhere",
     "45f79b8c50b8f7f3891f", ", stored nowhere"),
    ("Storage account key used: dA7YS!BfD_PV_md", "dA7YS!BfD_PV_md", "key used: "),
    ("the license key is Xk9vQ2mLp7Zr.", "Xk9vQ2mLp7Zr", "is"),
    ("the token is 45f79b8c50b8f7f3891fe01f88f76c6f605478d6", "45f79b8c50b8f7f3891f", "token is"),
    # a quote or a parenthesis opening after the aside, without a verb
    ("Olá! A senha do servidor (Lm7pQx2ZvW9kR~t) está no cofre.", "Lm7pQx2ZvW9kR~t", "cofre"),
    ("the password for the bucket (Xk9vQ2m!Lp7Zr) is in the vault", "Xk9vQ2m!Lp7Zr", "vault"),
    ("おはようございます。サーバーのパスワードは「Tq9vL2pXw+Rm4k」です。", "Tq9vL2pXw+Rm4k", "です"),
    ("密码是「Xk9vQ2mLp7Zr」", "Xk9vQ2mLp7Zr", "密码"),
    ("비밀번호는 Xk9vQ2mLp7Zr입니다", "Xk9vQ2mLp7Zr", "입니다"),
    # an inflected word (Turkish: the password of the server), the value right after it
    ("Selam, sunucu şifresi Hk8+Lw2pQzX7mR olarak ayarlandı.", "Hk8+Lw2pQzX7mR", "olarak"),
    ("Selam, sunucu parolası Hk8+Lw2pQzX7mR oldu.", "Hk8+Lw2pQzX7mR", "oldu"),
    # names in other scripts and with Turkish capitals, as keys
    ('{"ユーザー":"admin","パスワード":"XvPJabdCbLpk"}', "XvPJabdCbLpk", "admin"),
    ("VERİTABANI_ŞİFRE=Xk9vQ2mLp7Zr", "Xk9vQ2mLp7Zr", "VERİTABANI_ŞİFRE="),
    ("ŞİFRE: Xk9vQ2mLp7Zr", "Xk9vQ2mLp7Zr", "ŞİFRE"),
    # Redis' AUTH in capitals, as its command is written, in a chat line
    ("2025-09-13 06:14:42\tkbauer\tthe cache AUTH is now Qv7*Lm2pXk9Rz", "Qv7*Lm2pXk9Rz", "the cache AUTH is now"),
    # a link that carries the password in its userinfo
    ("the wiki password is https://ops:Qv7Lm2pXk9Rz@wiki.example.com/", "Qv7Lm2pXk9Rz", "the wiki password is"),
    # a runbook's step or a ticket's comment that says to use a value, with no word for it
    ("3. Browse to the console and use Zr8+Kq2xWv5Lm3 to sign in as `root`.", "Zr8+Kq2xWv5Lm3", "to sign in"),
    ("<p>Use <tt>KQvX2tLmWz7Rp--Hn</tt> for the <tt>wandb</tt> account for now.</p>", "KQvX2tLmWz7Rp--Hn", "account"),
]  # fmt: skip

# sentences that speak of a password without giving one, in the same languages
SPOKEN_OF = [
    "Das Kennwort für den Build-Server lautet anders als letzte Woche.",
    "Das Passwort ist abgelaufen, bitte zurücksetzen.",
    "das Passwort steht in Backup_2024-01.kdbx",
    "Le mot de passe est « incorrect » selon le serveur.",
    "Le mot de passe de la base est stocké dans le coffre.",
    "パスワードは「不明」です。",
    "パスワードは「********」です。",
    "La contraseña es incorrecta.",
    "la clave primaria de la tabla es id_usuario",
    "la clave del objeto es images/2024/photo-001.jpg",
    "Sunucu şifresi yanlış olarak girildi.",
    "Şifreniz başarıyla değiştirildi.",
    "كلمة المرور غير صحيحة",
    "A senha do usuário (admin) expirou.",
    "A senha deve ter (no mínimo 12 caracteres).",
    "Пароль — неверный",
    "the password is stored in the secret",
    "reset your password",
    "the password is wrong",
    "the password is now rotated every 90 days",
    "password reset for user42: 2024-01-01",
    "password policy updated: min_length=12 require_digit=true",
    "the password for the admin: changed",
    "pw for the staging db is in 1Password",
    "pw is wrong",
    "the pw is `changeme`",
    "new pw is in the vault",
    "the token for build 8a3f9c21 is expired",
    "the password policy (min12chars) applies",
    "the token is valid until 2026-01-01T10:00:00Z",
    "the secret is named db-creds-v2",
    "the password file is /etc/app/passwd.txt",
    "the token file is Token_2024-01.json",
    "the token endpoint is https://auth.example.com/oauth/token",
    "the secret key (sha256: 3f2a9c8e1b7d) was rotated",
    "The passwords are in 1Password.",
    # a key no name says is a secret's, a digest or an id of one, a word, a short hex id
    "the cache key is 45f79b8c50b8f7f3891fe01f88f76c6f605478d6",
    "the primary key is user_id",
    "the API key hash is 45f79b8c50b8f7f3891fe01f88f76c6f605478d6",
    "the API key id: 45f79b8c50b8f7f3891fe01f88f76c6f605478d6",
    "the API key is valid until 2026-01-01",
    "the API key is 8a3f9c21",
    "the token fingerprint is 45f79b8c50b8f7f3891fe01f88f76c6f605478d6",
    "the commit is 45f79b8c50b8f7f3891fe01f88f76c6f605478d6",
    "the signing key is 3F2A9C8E1B7D4F6A3F2A9C8E1B7D4F6A3F2A9C8E",
    "the API keys are rotated every 90 days",
    "    Last Private Key Hash:  43R+RB2D8h+wVLl4nHMG9GNHcTzfVHJV3i3bg8TAFkgr",
    "the token hash is Xk9vQ2mLp7Zr+w",
    # the same names as keys, with words
    "VERİTABANI_KULLANICI=wandb",
    '{"パスワード":"未設定"}',
    '{"パスワード":"Geheim"}',
    "ŞİFRE: yanlış",
    # AUTH in a sentence that gives no value; `auth` as a word
    "redis AUTH is required since the upgrade (NOAUTH Authentication required)",
    "the AUTH is ErrWrongPass in 7.2, see the release notes",
    "the auth is handled by the ingress now",
    "OAuth is configured via OIDC_ISSUER=https://idp.example.com",
    # a link to the page a sentence points at
    "password rotation runbook: https://wiki.example.com/x/Qm7Zr2Tk",
    # `use` with a word, a tool or a name before what it logs in
    "use SSO to log in, the local admin is disabled",
    "Use `kubectl-v1.28` for the wandb user",
    "use wandb-admin-01 to log in",
    "use the admin account",
]


@pytest.mark.parametrize(("line", "secret", "kept"), GIVEN)
def test_a_sentence_that_gives_a_secret_loses_it(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)


@pytest.mark.parametrize("line", SPOKEN_OF)
def test_a_sentence_that_speaks_of_a_secret_stays(line: str) -> None:
    assert_kept([line])
