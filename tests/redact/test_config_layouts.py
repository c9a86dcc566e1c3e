"""Secrets in the layouts of configuration files and statements: the LDAP clients' glued names
(nslcd, pam_ldap, sssd), names in Japanese, Chinese and Korean built from a key word and its
qualifier, SQL literals that double a quote inside; and what stands where a secret would without
being one (a command substitution, a plugin's fixed argument, a signed request's placeholders)."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, assert_redacted, both_engines  # noqa: F401
from wbdiag.redact import Redactor
from wbdiag.redact.names import is_secret_name

pytestmark = pytest.mark.usefixtures("both_engines")

# (line, the secret that must go, text next to it that must stay)
CASES = [
    # the LDAP clients' files: a name glued from words ending in `pw`, a password of letters and
    # symbols without a digit
    ("rootpwmodpw Qm4vLz8TkW_xRb2", "Qm4vLz8TkW_xRb2", "rootpwmodpw "),
    ("bindpw vTqRmWzXkP~J*nB~hYs", "vTqRmWzXkP~J*nB~hYs", "bindpw "),
    ("  rootbindpw Hx.kLmQ-zPw!rTvN", "Hx.kLmQ-zPw!rTvN", "rootbindpw"),
    ("ldap_default_authtok = Wn8#kQz2Lp5v", "Wn8#kQz2Lp5v", "ldap_default_authtok"),
    # names in other scripts: the value of a pair judged as an ASCII name's is
    ("パスワード=mQ.TzvxkrwqpLJhcd", "mQ.TzvxkrwqpLJhcd", "パスワード="),
    ("DB_パスワード: rT.bXqzvWmkLPnds", "rT.bXqzvWmkLPnds", "DB_パスワード"),
    ("密码=Zx8vK2mQ7pLw", "Zx8vK2mQ7pLw", "密码="),
    ("비밀번호: Zx8vK2mQ7pLw", "Zx8vK2mQ7pLw", "비밀번호"),
    # a key word after its qualifier, glued, the qualifier ending a longer word
    ("暗号鍵=Pq7nW3zLx9Kv", "Pq7nW3zLx9Kv", "暗号鍵="),
    ("S3アクセスキー: Pq7nW3zLx9Kv", "Pq7nW3zLx9Kv", "S3アクセスキー"),
    ("加密密钥=Pq7nW3zLx9Kv", "Pq7nW3zLx9Kv", "加密密钥="),
    ("存取權杖=Pq7nW3zLx9Kv", "Pq7nW3zLx9Kv", "存取權杖="),
    ("パスフレーズ: Pq7nW3zLx9Kv", "Pq7nW3zLx9Kv", "パスフレーズ"),
    ("파일 암호화 키 = Pq7nW3zLx9Kv", "Pq7nW3zLx9Kv", "파일 암호화 키"),
    # SQL doubles a quote inside a literal: the whole literal goes
    (
        "UPDATE config SET value = 'Hq2Lx''9vNmKz4' WHERE name = 'mail_password';",
        "9vNmKz4",
        "WHERE name",
    ),
    ("ALTER USER 'ops'@'%' IDENTIFIED BY 'Rw3''kZp8mQx';", "kZp8mQx", "ALTER USER 'ops'"),
    (
        "INSERT INTO accounts (login, password) VALUES ('o''hara', 'Tz5''vQm2Lx9');",
        "vQm2Lx9",
        "'o''hara'",
    ),
    # a plugin's authentication string that is a hash still goes
    (
        "CREATE USER 'u' IDENTIFIED WITH mysql_native_password AS '*6C8989366EAF75BB670AD8EA7A7FC1176A95CEF4';",
        "6C8989366EAF75BB670AD8EA7A7FC1176A95CEF4",
        "mysql_native_password AS",
    ),
    # a real signature beside a key id in the clear
    (
        "?X-Amz-Credential=AKIAQ3EGRLXWJ2HKTM5N%2F20240524%2Fus-east-1%2Fs3%2Faws4_request"
        "&X-Amz-SignedHeaders=host&X-Amz-Signature=9f2b8c1d0e3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a",
        "9f2b8c1d0e3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a",
        "X-Amz-Signature=",
    ),
    # a value after a command substitution on the same line is still a value
    ("T=$(date +%s); DB_PASSWORD=Kv7pQ2xLm9Wz", "Kv7pQ2xLm9Wz", "T=$(date +%s)"),
]


@pytest.mark.parametrize(("line", "secret", "kept"), CASES)
def test_shape(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)


STAYS = [
    # names that point at a password or say where it is kept
    "rootpwmoddn cn=admin,dc=example,dc=org",
    "ldap_default_authtok_type = password",
    "  <secret-storage>master_key</secret-storage>",
    # words and code in other scripts, and keys that are no secret (a primary or public key)
    "パスワード=設定済み",
    "パスワード=cfg.password",
    "主キー=Pq7nW3zLx9Kv",
    "主键=Pq7nW3zLx9Kv",
    "公開鍵=Pq7nW3zLx9Kv",
    # a command substitution: the value is what the command prints
    "$ TOKEN=$(aws rds generate-db-auth-token --hostname db.example.net --port 3306 --username app)",
    "export API_TOKEN=`vault read -field=token secret/app`",
    # a plugin's fixed argument, an LDAP entry's name, a PAM service
    "CREATE USER 'svc' IDENTIFIED WITH AWSAuthenticationPlugin AS 'RDS';",
    "CREATE USER 'u' IDENTIFIED WITH authentication_ldap_simple AS 'uid=u,ou=People,dc=example,dc=com';",
    "CREATE USER 'u' IDENTIFIED WITH auth_pam AS 'mysqld, admin=dba';",
    # SQL literals with a doubled quote under no secret name
    "INSERT INTO notes (author, body) VALUES ('o''brien', 'it''s fine');",
    # a signed request documented with placeholders
    "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=<ACCESS_KEY_ID>%2F<DATE>%2F<REGION>"
    "%2Fs3%2Faws4_request&X-Amz-Date=<TIMESTAMP>&X-Amz-SignedHeaders=host&X-Amz-Signature=<SIGNATURE>",
    "?X-Amz-Credential=${AWS_ACCESS_KEY_ID}%2F${DATE}%2Fus-east-1%2Fs3%2Faws4_request"
    "&X-Amz-SignedHeaders=host&X-Amz-Signature=${SIG}",
    "?X-Amz-Credential=EXAMPLEKEYID%2F20240524%2Fus-east-1%2Fs3%2Faws4_request"
    "&X-Amz-Signature=EXAMPLESIGNATURE",
]


@pytest.mark.parametrize("line", STAYS)
def test_look_alike_stays(line: str) -> None:
    assert Redactor()(line) == line


@pytest.mark.parametrize(
    ("name", "secret"),
    [
        ("rootpwmodpw", True),
        ("ldap_bind_pw", True),
        ("olcRootPW", True),
        ("rootpwmoddn", False),
        ("secret_storage", False),
        ("アクセス鍵", True),
        ("主鍵", False),
    ],
)
def test_names(name: str, secret: bool) -> None:
    assert is_secret_name(name) is secret


# (lines of one file, the secrets that must go, lines that must stay as they are)
FILES = [
    # an XML element that holds the secret in a `value` attribute; a name element and its value
    # element, on one line or two; a name attribute and the element's text or `<value>` child
    (
        [
            '<data-source name="db@host" uuid="0b6c3f6e-5a1e-4f4c-9d7e-2f9a8c1b7d30">',
            "  <secret-storage>master_key</secret-storage>",
            '  <password value="pL7!vQz#Wm2xKr" />',
            "</data-source>",
        ],
        ["pL7!vQz#Wm2xKr"],
        ["  <secret-storage>master_key</secret-storage>"],
    ),
    (
        [
            "<property>",
            "  <name>fs.s3a.secret.key</name>",
            "  <value>Kq8vT2mXz5LpWn3RbH7c</value>",
            "</property>",
            "<property><name>fs.s3a.endpoint</name><value>http://minio:9000</value></property>",
            "<property><name>fs.s3a.secret.key</name><value>Wz4nB8kQx2LmRt6V</value></property>",
        ],
        ["Kq8vT2mXz5LpWn3RbH7c", "Wz4nB8kQx2LmRt6V"],
        ["<property><name>fs.s3a.endpoint</name><value>http://minio:9000</value></property>"],
    ),
    (
        [
            "<context-param>",
            "  <param-name>db.password</param-name>",
            "  <param-value>Tr5#mQx9LzWv</param-value>",
            "</context-param>",
            '<property name="hibernate.connection.password">Hn3$kPz8QwLx</property>',
            '<property name="password"><value>Vb6@nLq2XzKm</value></property>',
            '<property name="hibernate.connection.url">jdbc:mysql://db:3306/app</property>',
        ],
        ["Tr5#mQx9LzWv", "Hn3$kPz8QwLx", "Vb6@nLq2XzKm"],
        ['<property name="hibernate.connection.url">jdbc:mysql://db:3306/app</property>'],
    ),
    # a password manager's history of an item's former passwords, one entry a line
    (
        [
            '  "passwordHistory": [',
            '    { "value": "Hn3$kPz8QwLx!v", "time": 1700000000 },',
            '    "Tr5#mQx9LzWv"',
            "  ],",
            '  "password_history": 5,',
        ],
        ["Hn3$kPz8QwLx!v", "Tr5#mQx9LzWv"],
        ['  "password_history": 5,'],
    ),
    # KeePass' XML export: `<Key>` / `<Value>` capitalised, the value protected in memory
    (
        [
            "\t<String><Key>UserName</Key><Value>svc-minio</Value></String>",
            '\t<String><Key>Password</Key><Value ProtectInMemory="True">Qm4.zR8vKx2!Lw</Value></String>',
        ],
        ["Qm4.zR8vKx2!Lw"],
        ["\t<String><Key>UserName</Key><Value>svc-minio</Value></String>"],
    ),
    # an AWS key pair: the secret after its id on the same line or on the next, commented out
    (
        [
            "[keyring_aws]",
            "# AKIAQ3EGRLXWJ2HKTM5N",
            "# Vq3nL8zXk2Wm9RtP4bYs7HcJ5dF6gK1aQeZwNxUo",
            "ops,AKIAQ3EGRLXWJ2HKTM5N,Hb7kL2zQx9WmRt5Vn3Pc8JdY4sF6gK1aQeZwNxUo",
        ],
        ["Vq3nL8zXk2Wm9RtP4bYs7HcJ5dF6gK1aQeZwNxUo", "Hb7kL2zQx9WmRt5Vn3Pc8JdY4sF6gK1aQeZwNxUo"],
        ["[keyring_aws]"],
    ),
    # a CSV file named after its secrets: its header's bare `key` column; a file a LOAD DATA
    # statement reads, its columns named in the statement
    (
        [
            "$ head -3 /var/lib/mysql-files/api_keys.csv",
            "id,owner,key",
            "4,9,3c1f0e9b8a7d6c5b4a39281706f5e4d3c2b1a098",
            "5,2,9f8e7d6c5b4a3928170605f4e3d2c1b0a9988776",
        ],
        ["3c1f0e9b8a7d6c5b4a39281706f5e4d3c2b1a098", "9f8e7d6c5b4a3928170605f4e3d2c1b0a9988776"],
        ["id,owner,key"],
    ),
    (
        [
            "mysql> LOAD DATA INFILE '/tmp/t.csv' INTO TABLE tokens FIELDS TERMINATED BY ','"
            " (id, owner, value);",
            "1,ci,Pz4kW8nQx2LmRt6V",
        ],
        ["Pz4kW8nQx2LmRt6V"],
        [],
    ),
    (
        [
            "LOAD DATA LOCAL INFILE 'u.tsv' INTO TABLE users (id, login, password_hash, secret);",
            "7\tops\t$2b$12$abc\tQx7mW2kLz9PnRt4V",
        ],
        ["Qx7mW2kLz9PnRt4V"],
        [],
    ),
    # a shell command continued over lines: a flag's value split by the break, or on a line of
    # its own below the tool's name
    (
        [
            "mysql -h db.example.org -u app \\",
            "  -p'Rm5vQ8zLx2Wk\\",
            "Tn4bH7cJ9dPs' app_db",
        ],
        ["Rm5vQ8zLx2Wk", "Tn4bH7cJ9dPs"],
        ["mysql -h db.example.org -u app \\"],
    ),
    (
        ["app --user ops --password Wq7nK3zLx8Pv\\", "Bm2Rt6cY app-db"],
        ["Wq7nK3zLx8Pv", "Bm2Rt6cY"],
        [],
    ),
    (
        ["redis-cli -h cache.internal \\", "  -a Hz5kQ2mWx8Lp ping"],
        ["Hz5kQ2mWx8Lp"],
        ["redis-cli -h cache.internal \\"],
    ),
    # the same as a log pipeline prints it, a timestamp before each line; a properties value
    # glued to its backslash goes on after the next line's indentation
    (
        [
            "2024-05-01T12:00:00.123456789Z helm upgrade app repo/app \\",
            "2024-05-01T12:00:00.123456789Z   --set db.password=\\",
            "2024-05-01T12:00:00.123456789Z   4+Qz!8WmLx2kPv \\",
            "2024-05-01T12:00:00.123456789Z   --wait",
        ],
        ["4+Qz!8WmLx2kPv"],
        ["2024-05-01T12:00:00.123456789Z   --wait"],
    ),
    (
        ["exporter.api.key=Rt6vQ2mXz8Lp\\", "    Wn4kB7cJ9dHs", "exporter.timeout.ms=10000"],
        ["Rt6vQ2mXz8Lp", "Wn4kB7cJ9dHs"],
        ["exporter.timeout.ms=10000"],
    ),
]


@pytest.mark.parametrize(("lines", "secrets", "kept"), FILES)
def test_file(lines: list[str], secrets: list[str], kept: list[str]) -> None:
    assert_gone(lines, secrets)
    out = list(Redactor().lines(lines))
    assert all(k in out for k in kept), out


FILES_KEPT = [
    # a CSV whose file and header name no secret; a `key` column of a file not named after one
    ["$ head -2 /srv/export/users.csv", "id,name,key", "1,alice,Zx8vK2mQ7pLwQ3"],
    ["$ head -2 /srv/export/api_keys.csv", "id,name,created", "1,alice,2024-01-01"],
    # a command continued over lines with no secret in it; an escaped backslash ends a line
    ["curl -X POST \\", '  -H "Content-Type: application/json" \\', "  https://api.example.com/v1"],
    ["echo done \\\\", "next line"],
    # a name element that names no secret, an empty value attribute, a reference
    ["<name>fs.s3a.endpoint</name>", "<value>http://minio.internal:9000</value>"],
    ['<password value="" />', '<password value="${DB_PASSWORD}" />'],
    # a list under a history that is no secret's; a secret's history of dates
    ['  "commandHistory": [', '    "Xq7vLm2Pz9Kt4",', "  ],"],
    [
        '  "passwordHistory": [',
        '    { "value": "2024-01-05T10:00:00Z", "time": 1700000000 },',
        "  ],",
    ],
]


@pytest.mark.parametrize("lines", FILES_KEPT)
def test_file_kept(lines: list[str]) -> None:
    assert_kept(lines)


def test_a_digest_under_a_key_id_stays() -> None:
    # (a 40-character hex digest is no secret access key: one case, no upper and lower mix)
    lines = ["# AKIAQ3EGRLXWJ2HKTM5N", "# 3c1f0e9b8a7d6c5b4a39281706f5e4d3c2b1a098"]
    out = list(Redactor().lines(lines))
    assert "AKIAQ3EGRLXWJ2HKTM5N" not in out[0]
    assert out[1] == lines[1]
