"""The leak gate reads a value under a secret's own name whole by its quoting (gatequoted.py):
backslash escapes in double quotes (also JSON's `\\u` escapes), YAML's doubled quote and the
shell's `'\\''` in single quotes, an env file's or a command line's unquoted value holding quotes,
`;`, `,` or `=`, and a passphrase of words with capitals and digits inside. Made-up values in the
forms files and tools write them, and near misses that stay unflagged."""

from __future__ import annotations

import pytest

from tests.redact.gatecases import leaks_test, look_alikes_test
from wbdiag.redact import gatequoted

LEAKS = [
    # double quotes with backslash escapes: an env file, TOML, JSON, Go's %#v, a shell script
    ['DB_PASSWORD="Kt\\"w9\\"Lmq3"  # rotated'],
    ['admin_password = "r7\\\\Qz\\"Pw2x"'],
    ['{"level":"info","cfg":{"db_password":"Nq4\\"Wx\\\\z8T","db_host":"db"}}'],
    ['opts=&pg.Options{Addr:"db:5432", User:"app", Password:"h6K\\\\mQ\\"rT2", Database:"x"}'],
    ['export SMTP_PASSWORD="Fe3k\\$Wm9q"'],
    # JSON's \u escapes: accented letters and a surrogate pair
    ['{"smtp_password": "Qa7\\u00e9\\u00f8Lm4\\u00e5Zt", "smtp_user": "ops"}'],
    ['{"api_secret":"Ro5x\\ud83d\\udd12Ke8\\ud83c\\udf1fWq","id":3}'],
    # single quotes: YAML's doubled quote, the shell's '\'' and an escaped \'
    ["  redisPassword: 'Ux3''pL9''mQ'"],
    ["export API_SECRET='Zq7'\\''Tn4'\\''Wb'"],
    ["CLIENT_SECRET='Pf2\\'Hk8mR'"],
    ["secret_key = 'Vb6\"Tq2\"Nm'"],
    ["{'DB_HOST': 'db', 'DB_PASSWORD': 'Lm8\\\\Rt3\\\\qZ', 'DB_PORT': '5432'}"],
    # unquoted: quotes, `;`, `,` and `=` inside, a dotenv comment after it, a process's argv
    ["SESSION_SECRET=Gh4;Tr8w;Pq2 # from the vault"],
    ["REDIS_PASSWORD=kQ2=Lm,Zr9=Wt"],
    ["root  4411  0.0  0.1 ?  Ss  10:02 0:00 docker run -e DB_PASSWORD=Rt5\"Wm'q8Z -p 80:80 app"],
    ['"Env": ["DB_USER=app", "DB_PASSWORD=Nx7=Kq,Tw3", "TZ=UTC"],'],
    # a generator's passphrase in quotes
    ['MYSQL_PASSWORD="Ambertq4 ridgeK7w lanternPz"'],
    ["  adminPassword: 'Cedar9X mossyQt orchid5R'"],
    # an env file's unquoted passphrase (Docker keeps the spaces), a block scalar's value
    ["SMTP_PASSWORD=Marbleq7 gingerXt cloverN2p"],
    ["  oidc:", "    clientSecret: |-", "      Kq2 #zT8m #Wp4x"],
    ["  auth:", "    password: >-", "      Ferny4Q bramblE2 quillTx9"],
]  # fmt: skip

LOOK_ALIKES = [
    # no character that cuts the value: the context check's (and no secret here)
    ['DB_PASSWORD="${DB_PASSWORD}"'],
    ['PASSWORD="changeme"  # set in production'],
    # masks, references, templates and placeholders quoted with escapes or spaces
    ['{"smtp_password": "sk-\\"\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\\"", "smtp_user": "ops"}'],
    ["API_SECRET='{{ .Values.api.secret }}'"],
    ['DB_PASSWORD="$(cat /run/secrets/db_password)"'],
    ["REDIS_PASSWORD=${REDIS_PASSWORD:-} # empty for local"],
    ['"password": "Change Me Now"'],
    ['password = "correct horse battery staple"'],
    ["  adminPassword: 'see the Vault path kv2 for it'"],
    # sentences and names after a secret word, a schema's description
    ['{"password":{"type":"string","description":"MySQL password; leave empty to use passwordSecret"}}'],
    ['"action":"api_key:create","actor_user_id":"VXNlcjoxMjM1","response_code":200'],
    ['"WANDB_API_KEY": {"description": "Optional; leave unset to run offline"}'],
    # a query string's next parameter after a short value
    ["GET /login?token=abc&page=2&sort=name"],
    ["PASSWORD_POLICY='min=12, upper=1, digit=1'"],
    ["DB_PASSWORD_FILE=/run/secrets/db,ro"],
    # an env file's note, a block scalar's prose or structure, a list after a secret's name
    ["ADMIN_PASSWORD=see the Vault kv2 entry"],
    ["  oidc:", "    clientSecret: |-", "      # set by the operator at install"],
    ["  description: |-", "    The API Key used by CI2 to Push images"],
    ['            "MYSQL_PASSWORD_FILE=/run/secrets/db_password",', '            "WANDB_LOCAL_VERSION=0.59.2",'],
    ['  "OIDC_CLIENT_SECRET",', '  "OIDC_CLIENT_ID"'],
]  # fmt: skip

test_quoted_leaks = leaks_test(LEAKS)
test_quoted_look_alikes_pass = look_alikes_test(LOOK_ALIKES)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ('PW_SECRET="Kt\\"w9\\"Lmq3"', 'Kt"w9"Lmq3'),
        ("DB_PASSWORD='Ux3''pL9''mQ'", "Ux3'pL9'mQ"),
        ("DB_PASSWORD='Zq7'\\''Tn4x'", "Zq7'Tn4x"),
        ("DB_PASSWORD=Gh4;Tr8w;Pq2 # note", "Gh4;Tr8w;Pq2"),
        ('{"db_password": "Qa7\\u00e9\\u00f8Lm4Zt"}', "Qa7éøLm4Zt"),
    ],
)
def test_the_value_is_read_unescaped(line: str, value: str) -> None:
    assert list(gatequoted.quoted_secrets(line, [0])) == [value]
