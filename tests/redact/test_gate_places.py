"""The leak gate on values it reads by their place (wbdiag/redact/gatesql.py, gateplaces.py,
gatecommands.py, and the context check's multi-line openers, HMAC flags and encrypted envelopes):
made-up leaks it must flag and look-alikes it must leave alone, with both prefilter engines."""

from __future__ import annotations

import binascii

import pytest

from tests.redact.gatecases import leaks_at_test, look_alikes_test
from wbdiag.redact import gatecommands, gatesql


def _hex(text: str) -> str:
    return binascii.hexlify(text.encode()).decode()


_SET_PASSWORD = "SET PASSWORD FOR 'etl'@'%' = 'Wz7.Lq2kRx9Tn'"
_PREPARED = "ALTER USER 'etl'@'%' IDENTIFIED BY ?"


# (lines, the line the gate must flag, 1-based)
LEAKS = [
    # a literal where a variable may stand (oauth2-proxy's config, a URL's userinfo)
    (['client_secret   = "Zq8Kw2Lm9Rx4Tv7PHn3W"'], 1),
    # Rails' CSRF meta tags: the parameter's name, then its token
    (
        [
            '<meta name="csrf-param" content="authenticity_token">',
            '<meta name="csrf-token" content="Kq8Wz3Lp5Rt2Vn7Xc4Hb9Md6Jf1Tg0YsQw8zR2vLk5NpX3tY==">',
        ],
        2,
    ),
    (["# s3://AKIAQ3EXAMPLE7Z:Hn3Wq8Zk2Lp7Rv5MxT4q@minio:9000/wandb"], 1),
    # ZooKeeper's addauth digest USER:PASSWORD
    (["[zk: zk-0:2181(CONNECTED) 0] addauth digest kafka:S1*lq73nbWAyzy97p1"], 1),
    # the record of an account's key, pretty-printed (`az storage account keys list`)
    (
        [
            "  {",
            '    "keyName": "key1",',
            '    "permissions": "FULL",',
            '    "value": "66Dcff+6/tIS54g+d7Kp4IjtFmu04k03xuXN50oXAvvIuILAY/Or/EItkvt78Ic54AlKjAA=="',
            "  },",
        ],
        4,
    ),
    # SQL: a password's place
    (["CREATE USER 'ml'@'10.%' IDENTIFIED BY 'Vw3.kq9Hz+Lp'; -- ok"], 1),
    (["Query\tALTER USER", "    'svc'@'%'", "    IDENTIFIED BY", "    'Rt6z.Mn2+qLx'"], 4),
    (["SET PASSWORD FOR 'ml'@'%' = PASSWORD('Dk4~pQ8wXz1n');"], 1),
    (["CREATE ROLE etl WITH LOGIN PASSWORD 'Hq7!cW2nVb9z';"], 1),
    # SQL: a value named in the WHERE clause, a list of credentials
    (
        ["UPDATE settings SET val='ops:Jx8.Wq3kZr7Lm;ro:Pn5vT2hY9c' WHERE name='api-credentials';"],
        1,
    ),
    (["UPDATE cfg SET v = 'Tz4!nB8qLw2mK' WHERE k LIKE 'smtp_password'"], 1),
    # a hex literal of text
    ([f"SELECT AES_ENCRYPT('x', UNHEX('{_hex('Zq8Kw2Lm9Rx4Tv7P')}'));"], 1),
    ([f"INSERT INTO k VALUES (X'{_hex('Hn3Wq8Zk2Lp7Rv5M')}');"], 1),
    ([f"key = bytes.fromhex('{_hex('Pw9Lk3Zq7Xm2Rv8N')}')"], 1),
    # a statement as hex (the mysql client's `--binary-as-hex` of a general log's argument)
    ([f"| Query | 0x{_hex(_SET_PASSWORD).upper()} |"], 1),
    # the rest of a value the redactor took part of
    (["SELECT CONCAT('[REDACTED:keyvalue:1]', 'Kx7Tq2Wz9L');"], 1),
    (["pw = '[REDACTED:password:1]' + 'Rz8Lm3Qw7K'"], 1),
    (["v_pw := '[REDACTED:keyvalue:2]' || 'Tn4Wx9Lq2Z';"], 1),
    # a connecting call's arguments in a stack trace
    (
        [
            "Stack trace:",
            "#0 /srv/app/db.php(7): PDO->__construct('pgsql:host=pg.internal;dbname=ml', 'ml',"
            " 'Wq7*Lz2kR9xVn')",
        ],
        2,
    ),
    (["#1 /srv/app/boot.php(3): mysqli_connect('db.internal', 'root', 'Hx4~Tq9zLm2W')"], 1),
    # (or a frame's locals: the call's positional arguments as its `args` tuple)
    (["        args = ('mysql.internal', 'wandb', 'Vz8!qLm3Tx7Kp', 3306)"], 1),
    # a table's secret column
    (
        [
            "╭────────┬───────────────┬──────────────────────╮",
            "│ name   │ access_key_id │ secret_key           │",
            "├────────┼───────────────┼──────────────────────┤",
            "│ backup │ KQ2VXNR8ZLMWT │ Rz8KpLm2Qw9Xv4TnHb7C │",
            "╰────────┴───────────────┴──────────────────────╯",
        ],
        4,
    ),
    (
        [
            "| user  | Password        | role  |",
            "|-------|-----------------|-------|",
            "| alice | Tq8.ZwL3mKx9+Pv | admin |",
        ],
        3,
    ),
    (
        [
            " host | api token            ",
            "------+----------------------",
            " ml-1 | Hq2Wz8Lk4Rn7Tx3Vb9Mc",
        ],
        3,
    ),
    # an admin command's positional secret, on one line, as a JSON list and as a YAML list
    (["$ mc alias set store https://s3.internal:9000 ops Wz8Lq3Kx9RmT2vN7pB4c"], 1),
    (['command: ["mc", "alias", "set", "s3", "http://s3:9000", "ci", "Hx7Lp2Qz9WkR4nT8"]'], 1),
    (["mc admin user add store ci-bot Kq3.Wz8Lx2Rm7"], 1),
    (["rabbitmqctl add_user svc Pq9.Lx2Wz7Rk"], 1),
    (
        [
            "        args:",
            "        - alias",
            "        - set",
            "        - s3",
            "        - http://store.internal:9000",
            "        - ci-user",
            "        - Lk4Wq9Zx2Rm7Tn3Pb8Vc",
        ],
        7,
    ),
    # a multi-line value opened after a secret's name
    (["[s3]", 'access_secret = """\\', "    Zq8Kw2Lm9Rx4Tv7P\\", '    Hn3Wq8Zk2Lp7"""'], 3),
    (["api_token: |-", "  Tq8ZwL3mKx9Pv2RnB7"], 2),
    # an HMAC key as a flag or a setting's name
    (["certbot register --eab-kid kid-1 --eab-hmac-key Wq8Lz3Kx9Rm2Tv7Nb4Pc6Hd"], 1),
    (["openssl dgst -sha256 -hmac Zq8Kw2Lm9Rx4Tv7P msg.txt"], 1),
    (["  --acme.eab.hmacEncoded=Hn3Wq8Zk2Lp7Rv5M-xT4q"], 1),
    # a tool's password flag: the OpenLDAP clients' `-w` (ldappasswd's `-s`), Samba's
    # `-U USER%PASSWORD`, htpasswd's batch mode
    (
        [
            "  512  ldapwhoami -x -H ldaps://ldap.example.org -D 'cn=svc,dc=example' -w 'T.9!5tri~zuG'"
        ],
        1,
    ),
    (
        [
            'ldapsearch -H ldaps://ldap.example.org -D "cn=svc,dc=ex,dc=com" -w f~W!NEGBz8Iu -b dc=ex'
        ],
        1,
    ),
    (["+ ldappasswd -H ldap://ldap.auth -x -D cn=admin,dc=ex -W -s LljDsRm!e6vCO-IsMK uid=hl"], 1),
    (["root  47239  0:00 net ads join -U svc-join%fx.RoRH36C7EucRkGnKgiY -S dc01.corp.example"], 1),
    (["$ smbclient //fs01.example.com/ml -U 'CORP\\mlops%!jdbreEP2NoGYNID' -c 'ls exports/'"], 1),
    (["$ htpasswd -bc /etc/nginx/.htpasswd grafana Kq7#Lm2Zx9Rw"], 1),
    (["$ htpasswd -nbB grafana Kq7#Lm2Zx9Rw"], 1),
]

LOOK_ALIKES = [
    # a tool's password flag that prompts, names a file or a variable, or is another option
    ["ldapsearch -x -H ldaps://ldap.example.org -D cn=admin,dc=ex -W -s sub -b dc=ex uid=kq7Lz2W"],
    ["ldapsearch -x -y /etc/ldap.secret -D cn=admin,dc=example,dc=com -b dc=example,dc=com"],
    ['ldapsearch -x -w "$LDAP_BIND_PW" -D cn=admin,dc=example,dc=com'],
    ["smbclient -A /etc/samba/creds //fs01/share -U 'CORP\\mlops' -c 'get Kq7Lz2Wm9Rx4.csv'"],
    ["htpasswd -c /etc/nginx/.htpasswd grafana"],
    ["htpasswd -B -C 12 /etc/nginx/.htpasswd grafana"],
    ['htpasswd -nbB admin "$ADMIN_PASSWORD"'],
    # SQL: hashes, parameters, plugins, words
    ["ALTER USER 'ml'@'%' IDENTIFIED WITH caching_sha2_password BY %s"],
    ["GRANT SELECT ON ml.* TO 'ml'@'%' IDENTIFIED BY '[REDACTED:password:1]';"],
    ["UPDATE settings SET val='info' WHERE name='log-level';"],
    ["UPDATE users SET last_login='2026-12-03 10:00:00' WHERE name='password-reset-bot';"],
    # hex that spells no secret, or is a digest / address
    [f"SELECT UNHEX('{_hex('hello-world-report')}');"],
    [f"| Query | 0x{_hex('SELECT name FROM projects WHERE id = 42').upper()} |"],
    [f"| Query | 0x{_hex(_PREPARED).upper()} |"],
    ["crash at 0x00007ffd3a2b1c40 in libc.so.6"],
    ["sha = bytes.fromhex('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08')"],
    # a redacted value, then another value or argument
    ["export MYSQL_PWD='[REDACTED:keyvalue:1]' 'Tq8ZwL3mKx9Pq'"],
    ["values = ['[REDACTED:keyvalue:1]', 'Tq8ZwL3mKx9Pq']"],
    # calls that connect without a secret among their arguments
    ["#0 /srv/app/db.php(7): PDO->__construct('mysql:host=db;dbname=ml', 'ml', Object(Secret))"],
    ["conn = psycopg2.connect('host=db dbname=ml', connect_timeout=5)"],
    ["Request->__construct('GET', '/api/v1/runs/3xk9q2ab', Array)"],
    ["        args = ('mysql.internal', 'wandb', 'wandb_local', 3306)"],
    ["        args = ('GET', '/api/v1/runs/3xk9q2ab', 'application/json', 200)"],
    # tables: names, references, key-value listings, masked cells
    [
        "| Secret name     | Source          |",
        "|-----------------|-----------------|",
        "| wandb-mysql     | vault:kv/wandb  |",
    ],
    [
        "| ssl_key  | /etc/mysql/tls/server-key.pem |",
        "| tls_version | TLSv1.2,TLSv1.3 |",
    ],
    [
        "┌──────┬──────────┐",
        "│ user │ password │",
        "├──────┼──────────┤",
        "│ ana  │ ******** │",
        "└──────┴──────────┘",
    ],
    [
        "| token_id | created |",
        "|---|---|",
        "| Hq2Wz8Lk4Rn7Tx3Vb9Mc | 2026-12-03 |",
    ],
    # admin commands without a secret in place
    ["$ mc alias set store https://s3.internal:9000 $ACCESS_KEY $SECRET_KEY"],
    ["$ mc alias list"],
    ["        args:", "        - alias", "        - ls", "        - s3"],
    ['rabbitmqctl add_user svc "$(cat /run/secrets/rabbit)"'],
    # ciphertext that is public by design
    [
        "config:",
        "  ml:dbPassword:",
        "    secure: v1:Zq8Kw2Lm9Rx4Tv7P:Hn3Wq8Zk2Lp7Rv5MxT4qLk9Wz2Rm7Tn3Pb8Vc",
    ],
    [
        "kind: SealedSecret",
        "spec:",
        "  encryptedData:",
        "    api_key: " + "AgBx" + "Zq8Kw2Lm9Rx4Tv7P/Hn3Wq8Zk2Lp7Rv5M+xT4q" * 6,
        "    password: " + "AgC1" + "Hn3Wq8Zk2Lp7Rv5M+xT4qZq8Kw2Lm9Rx4Tv7P/" * 6,
    ],
    # a secret word inside a host name, then a port and path
    ['"GET https://secrets.example.com:443/api/v1/viewer2x HTTP/1.1" 200'],
    # an HMAC named alone: a message's MAC; an algorithm's name
    ['{"hmac": "Zq8Kw2Lm9Rx4Tv7PHn3Wq8Zk2Lp7Rv5M"}'],
    ["cipher ECDHE-RSA-AES128-GCM-SHA256 mac HMAC-SHA256 negotiated"],
    # a multi-line value that is a reference or a word
    ["db_password: |", "  ${DB_PASSWORD}"],
    # variables a value is read from: the shell's, Make's, Argo CD's key of a Secret, Insomnia's
    ['client_secret   = "$OAUTH2_CLIENT_SECRET"', 'cookie_secret   = "$OAUTH2_COOKIE_SECRET"'],
    ['      password: "{{ _.apiKey }}"', "      token: '{{ _.auth.accessToken }}'"],
    # a meta tag that names its own value after Rails' `csrf-param` tag
    [
        '<meta name="csrf-param" content="authenticity_token">',
        '<meta name="build-sha" content="317fe4d4c43ac1245c8b607938a175fb65f4603e">',
    ],
    # a template's tag fetches the value (Insomnia's `{% response … %}`); a URL's port and path
    [
        '          "name": "Authorization",',
        "          \"value\": \"Bearer {% response 'body', 'req_login', 'b64::JC50b2tlbg==::46b', 'never', 60 %}\"",
    ],
    [
        'SECRET_KEY = os.environ.get("SUPERSET_SECRET_KEY")',
        'SQLALCHEMY_DATABASE_URI = f"postgresql://{DATABASE_USER}:{DATABASE_PASSWORD}@{DATABASE_HOST}:5432/superset_9t6y"',
    ],
    ["        config:", "          clientSecret: $dex.github.clientSecret"],
    ["# s3://$ACCESS_KEY_ID:$SECRET_KEY@$HOST/$BUCKET?tls=true"],
    # ZooKeeper's addauth with a variable; an ACL's digest; a key record without its value
    ["[zk: zk-0:2181(CONNECTED) 0] addauth digest kafka:$ZK_PASSWORD"],
    ["'digest,'kafka:drVGEzi2NKFwzmUdPwXR5VaG5O8=", ": cdrwa"],
    [
        "  {",
        '    "keyName": "key1",',
        '    "permissions": "FULL",',
        '    "value": "(hidden)"',
        "  },",
    ],
]


test_leaks_are_flagged = leaks_at_test(LEAKS)
test_look_alikes_pass = look_alikes_test(LOOK_ALIKES)


@pytest.mark.parametrize(
    "line",
    [
        # stored hashes in a password's place (the gate's own shape judges MySQL's `*…`)
        "CREATE USER 'ml'@'%' IDENTIFIED BY PASSWORD '*0123456789ABCDEF0123456789ABCDEF01234567'",
        "ALTER ROLE etl WITH LOGIN PASSWORD 'SCRAM-SHA-256$4096:c2FsdA==$a2V5:c2VydmVy';",
        "CREATE ROLE etl WITH LOGIN PASSWORD 'md5" + "3f2a8c1e7b4d4e9a9c2f1a5b6d7e8f90';",
    ],
)
def test_hashes_in_a_password_place_are_no_literal(line: str) -> None:
    assert list(gatesql.password_literals(line)) == []


def test_an_alembic_revision_is_no_password() -> None:
    # https://github.com/apache/superset/issues/4636 (tests/realworld heldout32 #28)
    revision = "alembic.util.exc.CommandError: Can't locate revision identified by 'e866bd2d4976'"
    assert list(gatesql.password_literals(revision)) == []
    # the same words in a statement still give its password
    statement = "CREATE USER 'rev'@'%' IDENTIFIED BY 'Jx8.Wq3kZr7Lm'"
    assert list(gatesql.password_literals(statement)) == ["Jx8.Wq3kZr7Lm"]


def test_named_elsewhere_judges_each_piece() -> None:
    line = "UPDATE v SET value='admin:admin;ops:Jx8.Wq3kZr7Lm' WHERE name='admin-credentials'"
    assert list(gatesql.named_elsewhere(line)) == ["Jx8.Wq3kZr7Lm"]


def test_hex_text_is_the_decoded_value() -> None:
    assert list(gatesql.hex_text(f"X'{_hex('Zq8Kw2Lm9Rx4Tv7P')}'")) == ["Zq8Kw2Lm9Rx4Tv7P"]


def test_positional_secret_is_the_item_after_the_access_key() -> None:
    block = ["- alias", "- set", "- s3", "- http://s:9000", "- Ab3Xy8Kq2LmZ", "- Lk4Wq9Zx2Rm7Tn3P"]
    assert list(gatecommands.positional_secrets(block, 0)) == [(5, "Lk4Wq9Zx2Rm7Tn3P")]
