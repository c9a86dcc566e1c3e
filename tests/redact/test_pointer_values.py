"""Values that point at a secret, or hold none, beside a secret's name: a variable read from the
environment (k6's `__ENV`, Node's `process.env`, a Windows shell's `%VAR%`), where a tool reads
the secret from (`openssl -pass env:…`, a build secret's `id=…,src=…`), a placeholder, an empty
value in a Go dump, the key of a Secret, a note that says where it is kept, and a listing of
keys by their records. Each stays; a literal secret in the same layout still goes, and the leak
gate flags neither the look-alikes nor misses the literal. Layouts follow the tools' own
documentation (k6's environment variables, openssl's passphrase options, `docker buildx build
--secret`, Elasticsearch's get API key response, go-spew's `Sdump`, redis-cli)."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_redacted, both_engines  # noqa: F401
from wbdiag.redact import Redactor
from wbdiag.redact.gate import Gate
from wbdiag.redact.names import is_reference_name, is_secret_name

pytestmark = pytest.mark.usefixtures("both_engines")

_PW = "Hx7qL2vMz9kWp4nT"

STAYS = [
    # a placeholder where the password goes, a reply that asks for one
    "wandb-redis-master:6379> AUTH default <password>",
    "(error) WRONGPASS invalid username-password pair or user is disabled.",
    # a flag's help: the default is the name of the variable that holds it
    '      --redis-password-env string   Env var holding the Redis password (default "REDIS_PASSWORD")',
    # scripts that read the token from their environment
    "const token = __ENV.API_TOKEN;",
    "const token = process.env.API_TOKEN;",
    "const params = { headers: { Authorization: `Bearer ${token}` }, timeout: '8s' };",
    # go-spew: a field's type before an empty string
    ' Password: (string) "",',
    # a build secret by its id, read from a file or a variable
    "docker buildx build --secret id=aws,src=$HOME/.aws/credentials -t wandb-job:f0de67b .",
    "docker buildx build --secret id=AWS_ACCESS_KEY_ID,env=AWS_ACCESS_KEY_ID -t hw-5 .",
    # openssl's passphrase from a variable, a file, a descriptor, standard input
    "openssl enc -aes-256-cbc -pbkdf2 -pass env:BUNDLE_PASS -in b.tgz -out b.tgz.enc",
    "openssl enc -aes-256-cbc -pbkdf2 -pass file:/root/.bundle-pass -in b.tgz -out b.tgz.enc",
    "openssl enc -aes-256-cbc -pbkdf2 -pass fd:3 -in b.tgz -out b.tgz.enc",
    "openssl enc -aes-256-cbc -pbkdf2 -pass stdin -in b.tgz -out b.tgz.enc",
    # a listing of API keys by their records: ids, names, owners
    '{"api_keys": [{"id": "VuaCfGcBCdbkQm-e5aOx", "name": "my-api-key", "creation": 1548550550158,'
    ' "invalidated": false, "username": "myuser", "realm": "native1"}]}',
    # a DSN whose password is a Windows shell's variable
    '    "MYSQL=mysql://wandb:%MYSQL_PASSWORD%@mysql.wandb.svc.cluster.local:3306/wandb_local",',
    "set DSN=mysql://wandb:%DB_PASS%@db:3306/wandb_local",
    # the key inside the existing Secret that holds the password
    "  passwordSecretKey: mysql-password",
    # a note that says where it is kept
    "Passwort: siehe Vault kv/wandb/mysql",
    "password: see /run/secrets/db_password",
    ":Password: see Vault ``secret/wandb/staging-db``",
    # a variable cleared, a batch file's argument, a placeholder before a JSON string's line end
    "$env:WANDB_API_KEY = $null",
    'set "WANDB_API_KEY=%~1"',
    'set "WANDB_API_KEY=%2"',
    '    "WANDB_API_KEY=<paste-your-key-here>\\n",',
    # a Vault path and its field as Ansible's hashi_vault lookup term writes them
    'ansible all -m ansible.builtin.uri -a "url=https://wb.example.internal/healthz'
    " url_username=admin url_password={{ lookup('community.hashi_vault.hashi_vault',"
    " 'secret=secret/data/wandb/admin:password') }}\"",
    # an access key's metadata row as CSV or text: its id, its status, its creation time
    "svc-backup,AKIAU2CIHRHDLBVIXAO5,Active,2024-03-01T10:11:12.345Z,N/A",
    "svc-backup\tAKIAU2CIHRHDLBVIXAO5\tInactive\t2024-03-01T10:11:12Z",
]


@pytest.mark.parametrize("line", STAYS)
def test_look_alike_stays(line: str) -> None:
    assert Redactor()(line) == line


# (line, the secret that must go, text next to it that must stay)
GOES = [
    (f"wandb-redis-master:6379> AUTH default {_PW}", _PW, "AUTH default"),
    (f"mysql> SELECT PASSWORD('{_PW}');", _PW, "SELECT PASSWORD("),
    (f"SELECT AES_ENCRYPT(data, _utf8mb4'{_PW}');", _PW, "_utf8mb4"),
    (f"const token = '{_PW}';", _PW, "const token"),
    (f"const params = {{ headers: {{ Authorization: `Bearer {_PW}` }} }};", _PW, "Bearer"),
    (' Password: (string) (len=16) "abcDEF123ghiJKL4",', "abcDEF123ghiJKL4", "(len=16)"),
    (
        f"docker buildx build --secret id=npm,src=.npmrc --build-arg NPM_TOKEN={_PW} .",
        _PW,
        "id=npm",
    ),
    (f"openssl enc -aes-256-cbc -pbkdf2 -pass pass:{_PW} -in b.tgz", _PW, "-in b.tgz"),
    (
        '{"id": "VuaCfGcBCdbkQm-e5aOx", "name": "my-api-key", "api_key": "ui2lp2axTNmsyakw9tvNnw"}',
        "ui2lp2axTNmsyakw9tvNnw",
        "VuaCfGcBCdbkQm-e5aOx",
    ),
    (
        '{"api_keys": [{"id": "VuaCfGcBCdbkQm-e5aOx", "key": "ui2lp2axTNmsyakw9tvNnw"}]}',
        "ui2lp2axTNmsyakw9tvNnw",
        "VuaCfGcBCdbkQm-e5aOx",
    ),
    (f"MYSQL=mysql://wandb:{_PW}@mysql:3306/wandb_local", _PW, "@mysql:3306"),
    (f"  password: {_PW}", _PW, "password:"),
    (f"JWT_SECRET_KEY={_PW}", _PW, "JWT_SECRET_KEY="),
    (f"Passwort: siehe {_PW}", _PW, "Passwort:"),
    (f":Password: {_PW}", _PW, ":Password:"),
    (f'$env:WANDB_API_KEY = "{_PW}"', _PW, "$env:WANDB_API_KEY"),
    (f'set "WANDB_API_KEY={_PW}"', _PW, "set"),
    (f'    "WANDB_API_KEY={_PW}\\n",', _PW, "WANDB_API_KEY="),
    (f'ansible all -m uri -a "url=https://wb/x url_password={_PW}"', _PW, "url=https://wb/x"),
    (
        "svc-backup,AKIAU2CIHRHDLBVIXAO5,wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8Wp3nT2v,Active",
        "AKIAU2CIHRHDLBVIXAO5",
        "svc-backup",
    ),
]


@pytest.mark.parametrize(("line", "secret", "kept"), GOES)
def test_literal_in_the_same_layout_goes(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)


# below a secret's name, no secret: where it is kept (a Taskfile's dynamic variable, a runbook's
# table of accounts with a note or a password manager's entry by its path), a client's status
# after a prompt it did not echo, a file's digest beside the file's name; a literal in the same
# place goes
POINTED = [
    ["SQL> connect wandb_app@//ora-3.example.internal:1521/PDB1", "Enter password: ", "Connected."],
    [
        "| file | sha1 |",
        "|------+------|",
        "| license.txt | 3f786850e387550fdab836ed7e6dc881de23001b |",
        "| notes.md | 89e6c98d92887913cadf06b2adb97f26cde4849b |",
        "| password.txt | 3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f |",
    ],
    ["env:", "  DB_PASSWORD:", "    sh: vault kv get -field=password secret/wandb/db"],
    ["env:", "  DB_PASSWORD:", "    sh: op read op://infra/db/password"],
    [
        "| Service | User | Password |",
        "|---|---|---|",
        "| MySQL | wandb | Vault: `kv/wandb/mysql#password` |",
        "| MinIO | admin | Bitwarden \u2192 Infra \u2192 MinIO root |",
    ],
]


@pytest.mark.parametrize("lines", POINTED)
def test_where_it_is_kept_stays(lines: list[str]) -> None:
    assert list(Redactor().lines(lines)) == lines


def test_a_literal_where_a_reference_stands_goes() -> None:
    assert_gone(["env:", "  DB_PASSWORD:", f"    sh: echo {_PW}"], [_PW])
    assert_gone(["| Service | User | Password |", "|---|---|---|", f"| Redis | x | {_PW} |"], [_PW])
    assert_gone(["Enter password: ", _PW], [_PW])
    assert_gone(["| license.key | 3f786850e387550fdab836ed7e6dc881de23001b |"], ["3f786850e38"])
    # a file's name and a digest's shape as a pair, not a table's cells: a Secret's file and its
    # content (the W&B key is 40 hex), alone or among others
    assert_gone(["password.txt: 3f786850e387550fdab836ed7e6dc881de23001b"], ["3f786850e38"])
    assert_gone(
        [
            "stringData:",
            "  notes.md: x",
            '  "api_key.txt": "89e6c98d92887913cadf06b2adb97f26cde4849b"',
        ],
        ["89e6c98d928"],
    )


def test_a_key_id_with_its_secret_on_the_next_line() -> None:
    secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8Wp3nT2v"
    assert_gone(
        ["aws_access_key_id = AKIAU2CIHRHDLBVIXAO5", f"aws_secret_access_key = {secret}"], [secret]
    )


def test_names() -> None:
    # the key inside a Secret, not the password; a JWT's signing key is one
    assert not is_secret_name("passwordSecretKey")
    assert is_reference_name("passwordSecretKey")
    assert is_secret_name("jwtSecretKey")
    assert is_secret_name("client_secret_key")


GATE_STAYS = [
    '    "MYSQL=mysql://wandb:%MYSQL_PASSWORD%@mysql.wandb.svc.cluster.local:3306/wandb_local",',
    "DSN=mysql://u:%DB_PASS%@db:3306/x",
    "const token = __ENV.WANDB_TOKEN;",
    "const token = process.env.API_TOKEN;",
    "svc-backup,AKIAU2CIHRHDLBVIXAO5,Active,2024-03-01T10:11:12.345Z,N/A",
    # mongosh's banner: the URI's userinfo hidden by the tool
    "Connecting to:   mongodb://<credentials>@10.0.0.7:27017/?authSource=admin&directConnection=true",
    "mongodb://<user>:<password>@10.0.0.7:27017/?authSource=admin&replicaSet=rs0",
    # a file's digest in the cell after its name
    "| license.txt | 3f786850e387550fdab836ed7e6dc881de23001b |",
]


@pytest.mark.parametrize("line", GATE_STAYS)
def test_gate_passes_the_look_alike(line: str) -> None:
    assert not list(Gate().lines("f.log", [line]))


@pytest.mark.parametrize(
    "line",
    [
        f"MYSQL=mysql://wandb:{_PW}@mysql:3306/wandb_local",
        f"DSN=mysql://u:%{_PW}@db:3306/x",
        f'const token = "{_PW}Lm";',
        f"Connecting to:   mongodb://admin:{_PW}@10.0.0.7:27017/?authSource=admin",
        "svc-backup,AKIAU2CIHRHDLBVIXAO5,wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8Wp3nT2v,Active",
        "| license.key | 3f786850e387550fdab836ed7e6dc881de23001b |",
        "password.txt: 3f786850e387550fdab836ed7e6dc881de23001b",
    ],
)
def test_gate_flags_the_literal(line: str) -> None:
    assert list(Gate().lines("f.log", [line]))
