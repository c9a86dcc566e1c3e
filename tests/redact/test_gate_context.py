"""The leak gate's own context check (wbdiag/redact/gatecontext.py, gatefollow.py), unit by
unit: what reads as random, what makes a line about a secret, what makes a value public, and the
gate's verdict on whole lines in layouts of their own."""

from __future__ import annotations

import pytest

from wbdiag.redact import gatecontext as gc
from wbdiag.redact import gatefollow, gatetoken, gateuserinfo
from wbdiag.redact.gate import Gate
from wbdiag.redact.prefilter import ENV_ENGINE


@pytest.mark.parametrize(
    "token",
    [
        "qX7!vR2#mK9pL",  # a generated password
        "Zr8Kp2Lm9Qw4Xv",  # letters and digits, mixed case
        "b81f0c4e9a2d7e36",  # hex key material
        "kQ4%tz8P^e",  # short, punctuated
        "Xk9$QRt7mz!",  # a `$` inside a generated password is no reference
        "kQ4%!Ftz8P^e",  # nor is a `%!` inside one
        "Birch-lagoon-Copper72",  # a generator's passphrase
        "--Tq8ZwL3mKx9",  # a value glued to its flag's dashes
        "e4b1c9a07f3d6e28",  # hex of 16: key material, no abbreviated id
        "Sh.helm.Release9k",  # a dotted value in mixed case is no object name
        "[pWqZrTxKmB]",  # letters that no word has, in brackets
    ],
)
def test_random_tokens(token: str) -> None:
    assert gatetoken.looks_random(token)


@pytest.mark.parametrize(
    "token",
    [
        "deployment",  # a word
        "ConnectionPoolSize",  # an identifier
        "caching_sha2_password",  # a plugin name
        "TLSConfig",  # an acronym and a word
        "api-7f9c4d-x2kqp",  # too few letters to judge as a name... still not random
        "worker-pool-5d8f7c9b6-q2x4z",  # a pod name
        "2027-03-14T08:15:00",  # a timestamp
        "v2.14.3-rc1",  # a version
        "3f2a8c1e-7b4d-4e9a-9c2f-1a5b6d7e8f90",  # a UUID
        "0x7ffd4a2b9c10",  # an address
        "9F3A1C77B2E04D58A6C1",  # an upper-case fingerprint or key id
        "assets/img/2c9f7a1e44.webp",  # a path
        "UGFzc3dvcmQ6",  # base64 of the prompt `Password:`
        "REDACTED",
        "-D$MYSQL_DATABASE",  # shell references: the value is elsewhere
        "-p$$MYSQL_ROOT_PASSWORD",  # compose's escaped `$`
        "--db=${DbName}/x9",
        "-k$(openssl_rand)Ab",
        "io.k8s.api.core.v1.Secret",  # a type name
        "0123456789abcdef0123456789abcdef",  # an example value that counts
        "eu-west%!F",  # Go's mark of a verb without its argument (`%!F(MISSING)`)
        "56162e3abd",  # an abbreviated commit id (`git log --oneline`)
        "3f9a1c7e2b4d",  # a container id's short form
        "sh.helm.release.v1.wandb.v11",  # an object's name: lower case, with words
        "db-creds.v2.x9k",
        "[MASKED]",  # placeholders and masks
        "<YourPassword>",
        "{db_password}",
    ],
)
def test_not_random_tokens(token: str) -> None:
    assert not gatetoken.looks_random(token)


@pytest.mark.parametrize(
    "line",
    [
        "db.Passwort = x",
        "MOT DE PASSE: x",
        "Contraseña: x",
        "ПАРОЛЬ: x",
        "数据库密码: x",
        "비밀번호: x",
        '{"APIキー": x',
        "アクセスキー=x",
        "Authorization: Bearer x",
        "mysql -u app -p x",
        "redis-cli -a x",
        "X-Api-Key: x",
    ],
)
def test_contexts_in_any_language_and_casing(line: str) -> None:
    assert gc.context_ends(line)


@pytest.mark.parametrize(
    "line",
    [
        "caller=gorilla/auth.go:42 msg=ok",  # a source file, not a secret
        "keyboard layout: us",
        "キーボード: us",  # Japanese "keyboard": "key" in katakana alone names no secret
        "value=[REDACTED:password:1] status=ok",  # a placeholder names no secret
        '"apiVersion": "rbac.authorization.k8s.io/v1",',  # an API group or host name
        "apiVersion: secrets-store.csi.x-k8s.io/v1",
        "GET https://auth.example.com/login",
    ],
)
def test_no_context(line: str) -> None:
    assert gc.context_ends(line) == []


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("MYSQL_P\u0410SSWORD=x", "MYSQL_PASSWORD=x"),
        ("\u0440\u0430ssword", "password"),  # two in a row, from the Latin side
        ("\u043f\u0430\u0440\u043e\u043b\u044c", "\u043f\u0430\u0440\u043e\u043b\u044c"),
        ("x \u0430 y", "x \u0430 y"),  # alone between spaces
    ],
)
def test_look_alike_letters_fold_inside_latin_words(text: str, folded: str) -> None:
    assert gc.fold_confusables(text) == folded


@pytest.mark.parametrize(
    ("line", "arms"),
    [
        ("  - name: SMTP_AUTH_PASSWORD", True),
        ("0040: X-Auth-Token:", True),
        ("user;role;password", True),
        ('3) "requirepass"', True),
        ("API KEY", True),  # a table's header, its value on the next row
        ("password: Tq8ZwL3mKx9", False),  # the value is on the line itself
        ("-----BEGIN PUBLIC KEY-----", False),  # a public key's body follows
        ("checking the password policy", False),
        ('      "apiGroup": "rbac.authorization.k8s.io",', False),  # an API group
        ('  "apiVersion": "secrets-store.csi.x-k8s.io/v1"', False),
        ("tokenizer_sha:", False),  # a digest named after what it digests (a run's config)
        ("api_key_fingerprint =", False),
        # a label in words: whose it is, a remark in brackets (Elasticsearch's first start)
        (
            "Password for the elastic user (reset with `bin/elasticsearch-reset-password -u elastic`):",
            True,
        ),
        ("Run `bin/elasticsearch-reset-password` for the elastic user (see the guide):", False),
        # python-ldap's trace of a bind: its arguments follow (not of another call)
        (
            "*** <ldap.ldapobject.SimpleLDAPObject object at 0x7f58> ldap://db:389 - SimpleLDAPObject.simple_bind_s",
            True,
        ),
        (
            "*** <ldap.ldapobject.SimpleLDAPObject object at 0x7f58> ldap://db:389 - SimpleLDAPObject.set_option",
            False,
        ),
        # a line of base64 alone, a certificate's body ending in a secret word's letters
        ("    MIID6DJ9rUf5+eit2l/XshEUR1Gw3GFTOQNP2a1+e+u0EqIx0LplXcpWdSon5nCS", False),
    ],
)
def test_a_line_that_announces_a_value(line: str, arms: bool) -> None:
    assert gc.arms(line) is arms


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("svc login ok, pwd Tq8ZwL3mKx9 accepted", True),
        ("credentials => Zr8Kp2Lm9Qw4Xv", True),
        ('{"Password": "kQ4%tz8P^e;Lw)"}', True),  # punctuation the separators would cut
        ("password checked; later in a long line the request id was Zr8Kp2Lm9Qw4Xv", False),
        ("password=[REDACTED:keyvalue:1] trace=Zr8Kp2Lm9Qw4Xv", False),  # value redacted
        ("token_sha256: b81f0c4e9a2d7e36b81f0c4e9a2d7e36", False),  # a hash's name
        ("secret_ref: arn:aws:secretsmanager:eu-west-1:1:secret:app-Zr8Kp2", False),
        ("client_token: hmac-sha256:b81f0c4e9a2d7e36b81f0c4e9a2d7e36", False),
        ('{"token":"x","requestId":"Zr8Kp2Lm9Qw4Xv"}', False),  # another name takes it
        # an authentication's realm, also as the name after another secret word's value
        ('{"auth_en":true,"auth_domain":"shellyplus1pm-8a3c0f9e21b7"}', False),
        ("httpd: auth-realm=Zr8Kp2Lm9Qw4Xv", False),
        ('{"auth_en":true,"auth_key":"Zr8Kp2Lm9Qw4Xv"}', True),
        ("mysql -p$MYSQL_PASSWORD -D$MYSQL_DATABASE -e 'SELECT 1'", False),  # references
        ('psql "$DB_URL" --password=${PGPASS:-x} -c "$(cat q.sql)"', False),
        ("apiVersion: rbac.authorization.k8s.io/v1 kind: ClusterRole", False),
        ("mysql -uroot -pTq8ZwL3mKx9 -D wandb", True),  # a flag's glued value
        # a GraphQL node's global id (`ApiKey:456789`, `User:…`): an id, not the key
        ("api token revoked: QXBpS2V5OjQ1Njc4OQ== (revokeApiKey)", False),
        ('token owner {id: \\^"VXNlcjo3MTIz\\^"}', False),
    ],
)
def test_random_tokens_near_a_context(line: str, found: bool) -> None:
    assert bool(list(gatefollow.random_tokens(line, gc.context_ends(line)))) is found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        # prose that goes on after the secret word: a word closing a sentence (omniauth's, from
        # tests/realworld heldout44), what follows a clause that ended (Hugging Face's login)
        ("omniauth: (openid_connect) Authentication failure! SSL_connect returned=1", False),
        ("Token check failed? retrying", False),
        ("Token is valid (permission: read). 7oly3x0p", False),
        ("Your token has been saved. Login successful", False),
        ("Session expired, please sign in again. qz7wtr4m", False),
        # values still: given to the name, with a digit, after a label's sentence, or named
        ("password: hunter2!", True),
        ("password = failure!", True),
        ("Authentication token Zr8Kp2Lm9Qw4Xv!", True),
        ("Token: 7oly3x0p", True),
        ("Your token expired. 8fG2kQ9xLm3pZ7vB", True),
        ("Authentication failure! password=8fG2kQ9xLm3pZ7vB", True),
        ("Token is valid. token=8fG2kQ9xLm3pZ7vB", True),
        ("Authorization: Bearer 8fG2kQ9xLm3pZ7vB.", True),
        ("ALTER USER 'app'@'%' IDENTIFIED BY 'kQRmbHTyQaQRZvqs...'", True),  # cut short
    ],
)
def test_prose_after_a_secret_word_is_no_value(line: str, found: bool) -> None:
    assert bool(list(gatefollow.random_tokens(line, gc.context_ends(line)))) is found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("REDIS=rediss://:Zr8Kp2Lm9Qw4Xv@cache:6380/0", True),
        ("s3://Tq8ZwL3mKx9Pq2Lm@store:9000/bucket", True),
        ("amqp://app:Tq8ZwL3mKx9@mq:5672/", True),
        ("amqp://app@mq.internal:5672/", False),
        ("https://api.example.test/v1/runs", False),
    ],
)
def test_url_userinfo(line: str, found: bool) -> None:
    assert bool(list(gateuserinfo.userinfo_secrets(line))) is found


@pytest.mark.parametrize(
    "lines",
    [
        ["  - name: SMTP_AUTH_PASSWORD", '    value: "Tq8ZwL3mKx9!"'],
        ["0040: X-Auth-Token:", "0058: Zr8Kp2Lm9Qw4Xv"],
        ["user;role;password", "ops;admin;kQ4%tz8P^eLw"],
        ["pwd reset for ops: Tq8ZwL3mKx9Pq"],
        ["Passwort für den Dienst: Zr8Kp2Lm9Qw4Xv"],
        # a database's credentials as a table function's arguments
        ["SELECT * FROM remoteSecure('ch:9440', 'db', 't', 'u', 'Tq8ZwL3mKx9Pq')"],
        ["SELECT * FROM remote('ch:9000', db.t, 'u', 'Tq8ZwL3mKx9Pq')"],
        ["query: SELECT 1 FROM mysql('db:3306', 'app', 'runs', 'app', 's1K!Tq8ZwL3mKx9')"],
        # a flag's value in an argument list
        ['    "args": ["redis-cli", "-h", "cache", "-a", "Tq8ZwL3mKx9Pq", "PING"]'],
        ["command: ['mysqladmin', '-p', 'Tq8ZwL3mKx9Pq', 'ping']"],
        # a URL percent-encoded once or twice; a Go DSN
        ["next=/setup?u=redis%253A%252F%252F%253ATq8ZwL3mKx9%252FPq%2540cache%253A6379"],
        ["next=/setup?u=amqp%3A%2F%2Fapp%3ATq8ZwL3mKx9Pq%40mq%3A5672"],
        ['  value: "exporter:Tq8ZwL3mKx9Pq@(mysql.svc:3306)/"'],
        ["dsn=app:Tq8ZwL3mKx9Pq@tcp(db:3306)/app?parseTime=true"],
        # a command that names a secret, and its output alone on the next line
        ["$ argocd admin initial-password -n argocd", "Tq8ZwL3mKx9Pq"],
        ["$ kubectl get secret db -o jsonpath='{.data.password}' | base64 -d", "Tq8ZwL3mKx9Pq"],
        # a Cyrillic or Greek look-alike letter inside a secret's name
        ["MYSQL_P\u0410SSWORD=Tq8ZwL3mKx9Pq"],
        ["db_\u0440\u0430ss: Tq8ZwL3mKx9Pq"],
        ["T\u039fKEN=Tq8ZwL3mKx9Pq"],
        # the rest of a value glued to its redacted part by the shell's quoting
        ["export MYSQL_PWD='[REDACTED:keyvalue:1]'\"'\"'Tq8ZwL3mKx9Pq'"],
        ["export MYSQL_PWD='[REDACTED:keyvalue:1]'\\''Tq8ZwL3mKx9Pq'"],
        # a table's header that names the secret, the value on the next row
        ["API KEY", "Tq8ZwL3mKx9Pq_Zr8Kp2Lm9Qw4Xv"],
        # a literal where a reference's name stands; after librdkafka's instance name
        ['    vault.hashicorp.com/agent-inject-secret-db: "Tq8ZwL3mKx9Pq"'],
        ["      etl/k8s_secret_password: Tq8ZwL3mKx9Pq"],
        ["%7|1750019538.715|SCRAMAUTH|rdkafka#producer-1| password=Tq8ZwL3mKx9Pq"],
        # Redis MONITOR's quoted `ACL SETUSER`, ClickHouse's ZooKeeper digest identity
        ['1741264167.955 [0 10.0.0.9:46165] "ACL" "SETUSER" "etl" "on" ">Tq8ZwL3mKx9Pq" "~etl:*"'],
        ["    <identity>etl_keeper:Tq8ZwL3mKx9Pq</identity>"],
    ],
)
@pytest.mark.parametrize("engine", ["hyperscan", "re"])
def test_gate_flags_secret_layouts(
    lines: list[str], engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_ENGINE, engine)
    found = list(Gate().lines("x.log", lines))
    assert [leak.line for leak in found] == [len(lines)]
    assert all("Tq8ZwL3mKx9" not in leak.excerpt for leak in found)  # never the value


@pytest.mark.parametrize(
    "lines",
    [
        [
            "-----BEGIN PUBLIC KEY-----",
            "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAq9Zr8Kp2Lm9Qw4Xv",
        ],
        ["checksum/secret: b81f0c4e9a2d7e36b81f0c4e9a2d7e36b81f0c4e9a2d7e36"],
        ["MYSQL=mysql://app:****@db:3306/app"],
        # the near misses of the layouts above: words, ports, plain URLs, commands printing
        # digests, listings, names that only hold a secret word
        ["SELECT count() FROM mysql('db:3306', 'app', 'runs', 'app', 'password')"],
        ["SELECT * FROM remote('ch:9000', db.t, 'default', '')"],
        ['["docker", "run", "-p", "8080:80", "wandb/local:0.59.2"]'],
        ["next=https%3A%2F%2Fwandb.example.com%2Fhome%3Fx%3D1"],
        ["next=redis%253A%252F%252Fcache%253A6379%252F0"],
        ["dsn=app:app@tcp(db:3306)/app"],
        [
            "$ openssl dgst -sha256 -binary secret.bin | base64",
            "K9x2Zr8Kp2Lm9Qw4Xv/aB1c2D3e4F5g6H7i8Tq8=",
        ],
        [
            "$ cat ~/.cache/hf/models--acme--tokenizer-small/refs/main",
            "9c81" + "8bd05983dd9472f9" * 2 + "1a2b",
        ],
        ["$ kubectl get secrets -n wandb", "NAME   TYPE   DATA   AGE"],
        ["$ vault token lookup", "Key     Value"],
        # gsutil's `-p` is a project's id; a run config's digest under its name's line
        ["$ gsutil hmac list -p ml-prod-7z6pfzep-415418"],
        ["tokenizer_sha:", "  value: ca2fad3f123ff483fd90cf98c460a7ca2f3703a9"],
        # look-alike letters in words of their own script, or in a Latin word with no value
        ["\u0421\u0435\u0440\u0432\u0435\u0440 wandb-mysql \u0433\u043e\u0442\u043e\u0432"],
        ["T\u043eken refresh scheduled in 30s"],
        # a value redacted, and another quoted value after a space
        ["export MYSQL_PWD='[REDACTED:keyvalue:1]' 'Tq8ZwL3mKx9Pq'"],
        ["BROKER=amqp://app:%(broker_password)s@mq:5672/"],
        ["password_hashers: pbkdf2_sha256, argon2, bcrypt_sha256"],
        ["token refresh took 12ms for session 3f2a8c1e-7b4d-4e9a-9c2f-1a5b6d7e8f90"],
        ["token_class: io.k8s.api.core.v1.Secret"],
        [  # an init container's command as collected (pods.json)
            '"until mysql -h$MYSQL_HOST -u$MYSQL_USER -p$MYSQL_PASSWORD -D$MYSQL_DATABASE'
            ' --execute=\\"SELECT 1\\"; do sleep 2; done"'
        ],
        # where a secret is kept: Vault Agent injector's path, Altinity's Secret key reference;
        # librdkafka's default client name in its debug lines
        ['    vault.hashicorp.com/agent-inject-secret-ch: "secret/data/wandb/ch-fk2b"'],
        ["      etl/k8s_secret_password: clickhouse/etl-7k2qz/password"],
        ['1741264167.955 [0 10.0.0.9:46165] "ACL" "SETUSER" "etl" "on" "nopass" "~etl:*"'],
        [
            "%7|1750019538.715|SCRAMAUTH|rdkafka#consumer-2| [thrd:sasl_ssl://k-1.k.svc:9093/1]: "
            "Authenticated as wandb using SCRAM-SHA-512"
        ],
        [  # collect's kubernetes/permissions.json: the RBAC it would need
            '  "missing_rules": "apiVersion: rbac.authorization.k8s.io/v1\\nkind: ClusterRole'
            '\\nmetadata:\\n  name: wbdiag-collector\\nrules:\\n  - apiGroups: [\\"\\"]",'
        ],
    ],
)
def test_gate_leaves_public_values(lines: list[str]) -> None:
    assert list(Gate().lines("x.log", lines)) == []


def test_the_hint_picks_no_line_without_a_random_looking_token() -> None:
    """Hyperscan's hint wants a context and, after it, a pair of characters only random-looking
    tokens hold: lines that merely name secrets stay unpicked (the gate stays fast)."""
    gate = Gate()
    plain = [
        "[Server] Plugin mysql_native_password reported: 'mysql_native_password' is deprecated",
        '{"caller":"gorilla/auth.go:686","msg":"request finished","status":200}',
        "token refresh scheduled",
    ]
    if gate._prefilter.engine == "hyperscan":
        assert gate._prefilter.lines(plain) == {}
