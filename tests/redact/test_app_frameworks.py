"""Application servers' and web frameworks' secrets in their own places (the keys a framework's
command prints once, Werkzeug's debugger PIN), and the references and names beside them that
hold none: PicketBox's vault expressions, the WebLogic Deploy Tooling's `@@SECRET:…@@`,
Payara's `${ALIAS=…}`, Symfony's `%env(…)%`, a connection string's `${Token}`, SameSite's
`lax`, Rails' commands, Nginx Unit's `pass`, FastAPI's security scheme names, a comment that
says how a key is made."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, assert_redacted, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

PRINTED = [
    ["$ bin/rails secret", "9c1f" * 32],
    [
        "$ python -c 'from django.core.management.utils import get_random_secret_key; "
        "print(get_random_secret_key())'",
        "q2x9m4kz7v1n3b8c5w6e0r2t4y7u9i1o3p5a8s0d2f4g6h",
    ],
    ["$ php artisan key:generate --show", "base64:Qm7Wp4Zr9Nb3Hc6Yd1Fs5JqW2xRt8zKp5Lm2Vb9Nc4H="],
    ["$ wp user application-password create admin deploy --porcelain", "Zr9Nb3Hc6Yd1Fs5JqW2xRt8z"],
]


@pytest.mark.parametrize("lines", PRINTED, ids=[str(i) for i in range(len(PRINTED))])
def test_printed_key_goes(lines: list[str]) -> None:
    secret = lines[1].removeprefix("base64:").rstrip("=")
    assert_gone(lines, [secret])


# (line, the secret that must go, text next to it that must stay)
CASES = [
    (
        "define( 'NONCE_KEY',        'q7;Wx v]2Rt9+Zk4Wb~Xv8Hn3Jd5Fs6Ga1' );",
        "q7;Wx v]2Rt9+Zk4Wb~Xv8Hn3Jd5Fs6Ga1",
        "'NONCE_KEY'",
    ),
    (
        'define("LOGGED_IN_SALT", "Lm7Wp4Zr9Nb3Hc6Y!d1Fs5JqW2x");',
        "Lm7Wp4Zr9Nb3Hc6Y!d1Fs5JqW2x",
        "LOGGED_IN_SALT",
    ),
    (
        "    'key' => 'base64:Qm7Wp4Zr9Nb3Hc6Yd1Fs5JqW2xRt8zKp5Lm2Vb9Nc4H=',",
        "Qm7Wp4Zr9Nb3Hc6Yd1Fs5JqW2x",
        "'key' => 'base64:",
    ),
    (
        "$settings['hash_salt'] = 'Zr9Nb3Hc6Yd1Fs5JqW2xRt8zKp5';",
        "Zr9Nb3Hc6Yd1Fs5JqW2xRt8zKp5",
        "$settings['hash_salt'] = '",
    ),
    (
        '<credential-reference clear-text="Kq8v!Tx2Lm7Wp4"/>',
        "Kq8v!Tx2Lm7Wp4",
        "<credential-reference clear-text=",
    ),
    (
        "/subsystem=elytron/key-store=ks:add(credential-reference={clear-text=Wq3xRt8zKp5}, type=PKCS12)",
        "Wq3xRt8zKp5",
        "type=PKCS12",
    ),
    (
        "wls:/offline> connect('weblogic','Tq8vKx2Lm7Wp4','t3://admin.example.internal:7001')",
        "Tq8vKx2Lm7Wp4",
        "t3://admin",
    ),
    ("cmo.setPassword('Rt8z!Kp5Lm2Vb9')", "Rt8z!Kp5Lm2Vb9", "cmo.setPassword("),
    (
        'dataSource.setApiKey("Nc4Hd7Fs6Jx1Yz0Wq3x");',
        "Nc4Hd7Fs6Jx1Yz0Wq3x",
        "dataSource.setApiKey(",
    ),
    ("    passenger_env_var SECRET_KEY_BASE " + "7d2e" * 16 + ";", "7d2e" * 16, "SECRET_KEY_BASE"),
    ("fastcgi_param DB_PASSWORD Hc6Yd1Fs5JqW;", "Hc6Yd1Fs5JqW", "fastcgi_param DB_PASSWORD"),
    ("$ bin/securityUtility encode --encoding=aes Yd1F!s5JqW2x", "Yd1F!s5JqW2x", "--encoding=aes"),
    (
        '$ ./encrypt.sh input="Lm2V!b9Nc4Hd" password=x algorithm=PBEWithMD5AndDES',
        "Lm2V!b9Nc4Hd",
        "./encrypt.sh",
    ),
    # what `securityUtility encode` prints, alone: reversible (`{aes}` under the built-in key)
    ("{aes}ARCm7Wp4Zr9Nb3Hc6Yd1Fs5JqW2xRt8zKp5Lm2Vb9Nc4H=", "Zr9Nb3Hc6Yd1Fs5JqW2x", "{aes}"),
    ("{xor}Lz4sLChvLTs=", "Lz4sLChvLTs", "{xor}"),
    # WebLogic Node Manager's nm_password.properties: the digest of its user and password
    ("hashed=Zr9Nb3Hc6Yd1Fs5Jq/W2xRt8zKp5\\=", "Zr9Nb3Hc6Yd1Fs5Jq/W2x", "hashed="),
]


@pytest.mark.parametrize(("line", "secret", "kept"), CASES)
def test_shape(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)


def test_user_files_by_their_banner() -> None:
    # Jetty's realm.properties by its format line, the JMX password file by its name and a note
    assert_gone(
        [
            "# username: password[,rolename ...]",
            "ops: Wq3xRt8zKp5Lm2,admin",
            "mon: MD5:" + "ab12" * 8 + ",user",
        ],
        ["Wq3xRt8zKp5Lm2", "ab12" * 8],
    )
    assert_gone(
        ["# /etc/tomcat/jmxremote.password  (chmod 600)", "monitorRole  Zk4W.bXv8Hn3!Jd5"],
        ["Zk4W.bXv8Hn3!Jd5"],
    )


def test_debugger_pin() -> None:
    assert_gone([" * Debugger is active!", " * Debugger PIN: 418-302-775"], ["418-302-775"])


LOOK_ALIKES = [
    ["  <password>${VAULT::ds_OrdersDS::password::1}</password>"],
    ["    AdminPassword: '@@SECRET:__wls-credentials__:password@@'"],
    ["    AdminUserName: '@@SECRET:__wls-credentials__:username@@'"],
    [
        "asadmin create-jdbc-connection-pool --property "
        "user=app:password='${ALIAS=pool-password}':serverName=db:portNumber=5432 Pool"
    ],
    ["    secret: '%env(APP_SECRET)%'"],
    ['<add name="Db" connectionString="Server=s;User Id=app;Password=${DbPassword}" />'],
    ["server.servlet.session.cookie.same-site=lax"],
    ["$ EDITOR=vim bin/rails credentials:edit --environment production"],
    ['"listeners": {"*:8080": {"pass": "routes"}},'],
    ['{"action": {"pass": "applications/portal"}}'],
    ['"securitySchemes":{"OAuth2PasswordBearer":{"type":"oauth2"}}'],
    ["# Generate with: openssl rand -hex 32", "SESSION_SECRET="],
    # the sample wp-config's placeholder; a setter given a variable; WLST's connect with none
    ["define( 'AUTH_KEY',         'put your unique phrase here' );"],
    ["ds.setPassword(password);", 'cfg.setTokenUrl("https://id.example.org/token")'],
    ["connect(url='t3://admin.example.internal:7001')"],
    ["$ bin/securityUtility encode --help"],
    ["hashed=true", "username={AES}${NM_USER}"],
    ["fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;"],
]


@pytest.mark.parametrize("lines", LOOK_ALIKES, ids=[str(i) for i in range(len(LOOK_ALIKES))])
def test_look_alike_stays(lines: list[str]) -> None:
    assert_kept(lines)


def test_near_misses_still_go() -> None:
    # a ciphertext inside an expression is judged as before (WildFly's `${ENC::…}`)
    assert_gone(
        ['<security password="${ENC::res:RUxZAUMQWq3xRt8zKp5Lm2Vb9Nc4Hd7Fs6Jx1Yz0=}"/>'],
        ["Wq3xRt8zKp5Lm2Vb9Nc4Hd7Fs6Jx1Yz0"],
    )
    # a password under `pass` that is no Unit route; the command run at a root prompt prints
    assert_gone(['{"pass": "Kq8vTx2!Lm7Wp4"}'], ["Kq8vTx2!Lm7Wp4"])
    assert_gone(["# openssl rand -hex 16", "6f1c2a9b0e4d7a8c3f5e1d2b9a7c6e4f"], ["6f1c2a9b0e4d"])
    # a value a token replaces inside a connection string is still a password when literal
    assert_gone(
        ['<add connectionString="Server=s;User Id=app;Password=Wq3x}Rt8zKp5" />'], ["Rt8zKp5"]
    )
