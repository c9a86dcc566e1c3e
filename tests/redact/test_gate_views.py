"""The leak gate reads text people write and export in the forms that hide a value's place from
a reading line by line (gateviews.py): e-mail bodies and header words in their transfer
encodings, HTML, DokuWiki and CSV tables, hOCR's words, a field named and valued on lines of
their own, full-width forms and zero-width characters. Made-up cases: each form with a secret
is flagged, the same form without one is not."""

from __future__ import annotations

from tests.redact.gatecases import leaks_test, look_alikes_test
from wbdiag.redact import gateviews

ZW = "\u200b"

LEAKS = [
    # RFC 2047 encoded words whose decoded text gives a secret
    ["Subject: =?UTF-8?B?WnVnYW5nIHp1csO8Y2tnZXNldHp0LCBQYXNzd29ydDogVnE3ckxtMnhUejlL?="],
    ["Subject: =?ISO-8859-1?Q?Ihr_Kennwort=3A_Wq8=23kLm2Zt9R?="],
    # a base64 value in a secret's context stays flagged, encoded word or not
    ["X-Auth-Token: =?UTF-8?B?S3A5dlhxTG0yUnRaOHdZYjROYw==?="],
    ["password=c2VjcmV0LUtwOXZYcUxtMlJ0Wjh3WWI0TmM="],
    # quoted-printable: a soft line break inside the secret's name, escapes in the value
    [
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "Hallo,",
        "das neue Zugangs=",
        "passwort lautet: Rt5=21vQ9mXk2Lz",
        "Gr=C3=BC=C3=9Fe",
    ],
    # a base64 body, wrapped
    [
        "Content-Transfer-Encoding: base64",
        "",
        "SGkgdGVhbSwKdGhlIG5ldyBkZXBsb3kgdG9rZW4gaXMgIEtwM3ZY",
        "OXFMbTJSdFo4d1liNE5jCnRoYW5rcywgT2xhCg==",
    ],
    # HTML tables: a header row of <th> cells over the rows, a name cell beside its value
    [
        "<table><tr><th>Service</th><th>Login</th><th><p>Password</p></th></tr>",
        "<tr><td>Grafana</td><td>admin</td><td><p><code>hT4kq9Lm2Zx7Wp</code></p></td></tr>",
        "</table>",
    ],
    ["<table><tr><td>API&nbsp;token</td><td>Zk5Pw8Rt2Lq7Mv3Xn9</td></tr></table>"],
    # hOCR: a label's word and the value's word on lines of their own
    [
        '<span class="ocr_line" id="line_1_2" title="bbox 10 40 400 60">',
        '<span class="ocrx_word" id="word_1_3" title="bbox 10 40 90 60">Admin</span>',
        '<span class="ocrx_word" id="word_1_4" title="bbox 95 40 190 60">password:</span>',
        '<span class="ocrx_word" id="word_1_5" title="bbox 200 40 400 60">Qm7$Lp2xRv9Kt</span>',
        "</span>",
    ],
    # DokuWiki and CSV tables: the header names the column, no rule under it
    ["^ Service ^ Login ^ Secret ^", "| minio | root | Vb7-Lq2pXm9Rz |"],
    ["Service;User;Password", "Grafana;admin;Kd8!mQ2vLx7Rp"],
    ['"Host","Token"\r\n', '"ci-01","Qw9Lm2Xk7Rt4Zp8Vn3Bc"\r\n'],
    ["\ufeffName,Owner,Api Key,Tags", 'ingest,Ola,Xk2#vL9qRm7Tz,"infra, etl"'],
    # a form field's name and value on lines of their own (pdftk dump_data_fields)
    [
        "---",
        "FieldType: Text",
        "FieldName: smtp_password",
        "FieldFlags: 0",
        "FieldValue: Pq8xZ2mL7vRt",
    ],
    # full-width colon, also after look-alike letters; Turkish capitals
    ["パスワード：Lm9Qx2Rv7Kt4"],
    ["password：Lm9Qx2Rv7Kt4"],
    ["t\u043ek\u0435n\uff1aZp4Wq8Lm2Xv7Rt"],
    ["UYGULAMA_ŞİFRESİ=Xv7!Lm2qRt9K"],
    ["\u0440\u0430ssw\u043erd\uff1aKvLpRtZwQm4821"],
    # a zero-width character inside a generated token
    [f"[09:12] Ana: Ht5Lm2Qx9Rv7{ZW}Kp3Zw8Nb4Tc6"],
]

LOOK_ALIKES = [
    ["Subject: =?UTF-8?Q?Kennwort_ge=C3=A4ndert_f=C3=BCr_jdoe?="],
    ["Subject: =?UTF-8?B?VGlja2V0IDQ0MTIgd3VyZGUgYWt0dWFsaXNpZXJ0?="],
    ["Subject: =?utf-8?q?Password_reset_requested?= =?utf-8?q?_for_account_mlops?="],
    [
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "Ihr Passwort wurde ge=C3=A4ndert. Bitte melden Sie sich mit dem neuen =",
        "Passwort an.",
        '<div dir=3D"ltr">Ihr Passwort wurde ge=C3=A4ndert.</div>',
    ],
    [
        "Content-Transfer-Encoding: base64",
        "",
        "SGkgdGVhbSwKdGhlIGRlcGxveSBmaW5pc2hlZCBhdCAxNDowMiwgbG9ncyBhcmUgYXR0YWNoZWQuCnRoYW5rcywgT2xhCg==",
    ],
    [
        "<table><tr><th>Secret name</th><th>Namespace</th></tr>",
        "<tr><td>wandb-mysql-credentials</td><td>wandb</td></tr></table>",
    ],
    [
        "<table><tr><th>Service</th><th>Password</th></tr>",
        "<tr><td>Grafana</td><td><em>see vault</em></td></tr>",
        "<tr><td>MinIO</td><td>********</td></tr></table>",
    ],
    [
        "<span class='ocr_line' id='line_1_1'>",
        "<span class='ocrx_word' id='word_1_1'>Passwords</span>",
        "<span class='ocrx_word' id='word_1_2'>rotate</span>",
        "<span class='ocrx_word' id='word_1_3'>every</span>",
        "<span class='ocrx_word' id='word_1_4'>90</span>",
        "<span class='ocrx_word' id='word_1_5'>days</span></span>",
    ],
    ["^ Service ^ Password ^", "| minio | (in Vault) |", "| grafana | ***** |"],
    ["Name,Password Last Set,Enabled", "jdoe,2024-03-01 10:22,True"],
    ["Key,Value", "region,us-east-1", "bucket,wandb-artifacts-prod"],
    ["file,sha256", "model.ckpt,9f2c4e1a7b3d5f8e0a6c2b4d1e3f5a7c9b0d2e4f6a8c1b3d5e7f9a0c2e4b6d8f"],
    ["FieldName: password_hint", "FieldValue: the name of your first pet"],
    ["FieldName: db_password", "FieldFlags: 0", "FieldValue: "],
    ["パスワード：初期設定のまま（変更してください）"],
    ["ユーザー名：admin（管理者）"],
    [f"see the{ZW}documentation for the token refresh"],
    [f"@{ZW}channel the deploy is done"],
    [f"https://example.com/{ZW}docs/getting-started"],
    ["ŞİFRE_POLİTİKASI=en az 12 karakter"],
]

test_the_forms_leak = leaks_test(LEAKS)
test_the_forms_without_a_secret_pass = look_alikes_test(LOOK_ALIKES)


def test_encoded_words_decode_where_they_stand() -> None:
    text = "Subject: =?UTF-8?Q?Kennwort_ge=C3=A4ndert?= =?UTF-8?B?IGbDvHIgamRvZQ==?= (2)"
    assert gateviews.decode_words(text) == "Subject: Kennwort geändert für jdoe (2)"
    assert gateviews.decode_words("a=?b") == "a=?b"


def test_plain_text_folds_full_width_forms_and_drops_zero_width() -> None:
    assert gateviews.plain_text(f"ＡＰＩ＿ＫＥＹ：ab{ZW}cd") == "API_KEY:abcd"
