"""The generic layers, each on its own: a secret name before any separator (anysep.py), JSON
structure (jsontree.py), query parameters and bare userinfo (query.py), password hashes
(hashes.py), random tokens on a line that speaks of secrets (entropy.py), and values on the
lines after their name (nextpending.py, through the redactor's line state)."""

from __future__ import annotations

import pytest

from wbdiag.redact import Redactor
from wbdiag.redact.detectors.anysep import ANY_SEPARATOR
from wbdiag.redact.detectors.base import Detector
from wbdiag.redact.detectors.cmdline import CURL_U, LDAP_OPENSSL, MC_USER_ADD
from wbdiag.redact.detectors.entropy import RANDOM_IN_CONTEXT
from wbdiag.redact.detectors.hashes import CRYPT_HASH, LDAP_HASH, REDIS_ACL
from wbdiag.redact.detectors.jsontree import JSON_TREE
from wbdiag.redact.detectors.query import BARE_USERINFO, QUERY_SECRET
from wbdiag.redact.detectors.rediscmd import REDIS_MONITOR_AUTH

# (detector, line, the secret it must find)
FOUND: list[tuple[Detector, str, str]] = [
    (ANY_SEPARATOR, "    'password' => 'Zq8!xLm2Pw',", "Zq8!xLm2Pw"),
    (ANY_SEPARATOR, " smtp_password      | Hq8m2pX7vN3", "Hq8m2pX7vN3"),
    (ANY_SEPARATOR, "| $SMTP_PASSWORD = Hq8m2pX7vN3 |", "Hq8m2pX7vN3"),
    (ANY_SEPARATOR, "| `LDAP_BIND_PASSWORD` | `uu81R4X+^h` |", "uu81R4X+^h"),
    (ANY_SEPARATOR, "MINIO_ROOT_PASSWORD      YnhpT^9*P1ARb", "YnhpT^9*P1ARb"),
    (ANY_SEPARATOR, "oidc_client_secret\tBacGs.CLw9bRx9puIotgKnN6G9GC_z", "BacGs.CLw9bRx9puIotgKnN6G9GC_z"),
    (ANY_SEPARATOR, "map[x-wandb-api-key:[c860016097f1fa8b7f1009435d1bb075e5345478]]", "c860016097f1fa8b7f1009435d1bb075e5345478"),
    (ANY_SEPARATOR, 'Db { password: Some("5Z%lPQGcXf9I") }', "5Z%lPQGcXf9I"),
    (ANY_SEPARATOR, "config: api_key -> Zx81Lq0PweR7", "Zx81Lq0PweR7"),
    (ANY_SEPARATOR, "spring.datasource.password\\=Abc123xyz99", "Abc123xyz99"),
    (LDAP_OPENSSL, "ldapsearch -x -D cn=admin,dc=example,dc=org -w S3cr3tPw9x -b dc=x", "S3cr3tPw9x"),
    (LDAP_OPENSSL, "openssl enc -aes-256-cbc -k Passw0rd123xyz -in a -out b", "Passw0rd123xyz"),
    (REDIS_MONITOR_AUTH, '1764670000.123456 [0 10.0.0.7:51234] "AUTH" "tp^NDqlw4yJth8"', "tp^NDqlw4yJth8"),
    (MC_USER_ADD, "$ mc admin user add myminio wandb-svc dU1s*9CU~ehI0jiY", "dU1s*9CU~ehI0jiY"),
    (CURL_U, "curl -fsS -u api:9c2e7a41d0b85f36e1c4a7d09b2f58e36a1d4c90 https://w.example.com/x", "9c2e7a41d0b85f36e1c4a7d09b2f58e36a1d4c90"),
    (JSON_TREE, '{"database_password":{"sensitive":true,"type":"string","value":"5~.ZdFE*e#g"}}', "5~.ZdFE*e#g"),
    (JSON_TREE, 'ts INFO {"name": "bucket_material", "sensitive": true, "value": "h7kll6pRW"}', "h7kll6pRW"),
    (JSON_TREE, '{"env": [{"key": "MYSQL_PASSWORD", "value": "673bDdzonY"}]}', "673bDdzonY"),
    (JSON_TREE, '{"webhook": {"tokens": ["Qm7vX2pL9sKd"]}}', "Qm7vX2pL9sKd"),
    # a Python dict's repr (the wandb SDK's settings: an account URL to its access key)
    (JSON_TREE, "init args: {'azure_account_url_to_access_key': {'https://acct.blob.core.windows.net': 'lgP4Y2IcuaQp/suFlCbhJWT8XnuDBM7y6TeyXP6DhDu40c+Efp4oDoCSDb+0vve8x+/6U8dMK6KDOpCdRb70UA=='}, 'x': None}", "lgP4Y2IcuaQp/suFlCbhJWT8XnuDBM7y6TeyXP6DhDu40c+Efp4oDoCSDb+0vve8x+/6U8dMK6KDOpCdRb70UA=="),
    # a JavaScript object as a client library logs it: bare keys, single quotes
    (JSON_TREE, "[gql] <- addKey {data: {addKey: {user: {apiKeys: [{id: 'k1', name: '7e0c41a9d2b85f63e1c4a7d09b2f58e36a1d4c90', kind: 'ApiKey'}]}}}}", "7e0c41a9d2b85f63e1c4a7d09b2f58e36a1d4c90"),
    (QUERY_SECRET, '"PUT /b/k?X-Amz-Date=20260314T101530Z&X-Amz-Signature=e204b660df40 HTTP/1.1"', "e204b660df40"),
    (QUERY_SECRET, "GET /x.bin?X-Goog-Expires=900&X-Goog-Signature=0a1b2c3d4e5f", "0a1b2c3d4e5f"),
    (QUERY_SECRET, "grant_type=client_credentials&client_secret=Ab12Cd34Ef56&scope=openid", "Ab12Cd34Ef56"),
    (BARE_USERINFO, "using proxy admin:Hq8m2pX7@10.20.30.40:3128", "Hq8m2pX7"),
    (CRYPT_HASH, "bob:$2y$10$9Ksf89LybsjIiDO6oDqttqJ15gAxJ83Qiai9UAaP0WhnEnfQ31Id8", "9Ksf89LybsjIiDO6oDqttqJ15gAxJ83Qiai9UAaP0WhnEnfQ31Id8"),
    (CRYPT_HASH, "root:$6$Hy.NYLH9$WbVy3kUz2b/raybw7H1k33tnQ5s7nQpl6t2l:19700:0:99999:7:::", "Hy.NYLH9$WbVy3kUz2b/raybw7H1k33tnQ5s7nQpl6t2l"),
    # digests a tool wrote with `+` and `_` outside crypt's alphabet
    (CRYPT_HASH, "ci:$apr1$Qp7w2Lx9$Zk+4mT8vR2/nW6yH0bC3d1", "Qp7w2Lx9$Zk+4mT8vR2/nW6yH0bC3d1"),
    (CRYPT_HASH, "ci:$2y$10$Rz4mT8vQ2kW6nY0bC3d5fEh_7jK9lM1nP3qS5tU7vW9xZ1aB3cD5e", "Rz4mT8vQ2kW6nY0bC3d5fEh_7jK9lM1nP3qS5tU7vW9xZ1aB3cD5e"),
    (CRYPT_HASH, "hash=$argon2id$v=19$m=65536,t=3,p=4$IDmsiRIRUa/XoGy6$eglswTQVX5XY+IYeNt3u", "IDmsiRIRUa/XoGy6$eglswTQVX5XY+IYeNt3u"),
    (CRYPT_HASH, "pbkdf2_sha256$600000$Ab12Cd34$eglswTQVX5XY+IYeNt3uNnkP1em=", "Ab12Cd34$eglswTQVX5XY+IYeNt3uNnkP1em="),
    (LDAP_HASH, "olcRootPW: {SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=", "W6ph5Mm5Pz8GgiULbPgzG37mj9g="),
    (REDIS_ACL, "user gorilla on >b0m3F76qp8AUXnEt..GbK ~* &* +@all", "b0m3F76qp8AUXnEt..GbK"),
    (REDIS_ACL, "user alice on #" + "a4" * 32 + " ~cache:* +@read", "a4" * 32),
    (RANDOM_IN_CONTEXT, 'level=debug msg="secret loaded" value=bmx4FLQAG3gfsyCJ name=session', "bmx4FLQAG3gfsyCJ"),
    (RANDOM_IN_CONTEXT, "your new API token is oVl04nMXblqx3gkLpEx8IRWp (shown once)", "oVl04nMXblqx3gkLpEx8IRWp"),
    (RANDOM_IN_CONTEXT, "LDAP bind fails. svc DN cn=ml,dc=corp / bind pw Tq8~wZp3Lx!kVn5Kd2", "Tq8~wZp3Lx!kVn5Kd2"),
]  # fmt: skip

# look-alikes each layer must leave alone
STAYS: list[tuple[Detector, str]] = [
    (ANY_SEPARATOR, "name,username,password,host"),
    (ANY_SEPARATOR, "Access-Control-Allow-Headers: Authorization, X-Auth-Token"),
    (ANY_SEPARATOR, "passwordRef: arn:aws:secretsmanager:us-east-1:123456789012:secret:x"),
    (ANY_SEPARATOR, "wandb.login(key=api_key, relogin=True)"),
    (ANY_SEPARATOR, "password   is required"),
    # a shell variable piped to a command: the command is no cell's value
    (ANY_SEPARATOR, 'printf %s "$DB_PASS" | sha256sum | cut -d" " -f1'),
    (ANY_SEPARATOR, "echo $API_TOKEN | md5sum"),
    (JSON_TREE, '{"url":{"sensitive":false,"type":"string","value":"https://wandb.example.com"}}'),
    (JSON_TREE, '{"password": {"secretKeyRef": {"name": "wandb-mysql", "key": "password"}}}'),
    (JSON_TREE, '{"key": "GORILLA_DEFAULT_REGION", "value": "us-east-1"}'),
    # a Python dict with no secret below a secret name
    (JSON_TREE, "init args: {'azure_account_url_to_access_key': None, 'mode': 'online', 'resume': True}"),
    (JSON_TREE, "settings: {'credentials': {'type': 'service_account', 'project_id': 'wandb-prod'}}"),
    (JSON_TREE, "init: {'auth': {'mode': 'token', 'provider': 'oidc-google', 'issuer': 'https://accounts.google.com'}}"),
    (JSON_TREE, "[gql] -> listKeys {entity: 'vision', apiKeys: {first: 10, name: 'laptop'}}"),
    (QUERY_SECRET, "GET /api/v1/keys?page=2&key_type=api HTTP/1.1"),
    (QUERY_SECRET, "GET /a.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-SignedHeaders=host"),
    (BARE_USERINFO, "image: wandb/local:0.64.0@sha256:abc"),
    (BARE_USERINFO, "mailto:support@example.com"),
    (BARE_USERINFO, "scp bundle.tgz admin@10.0.0.7:/tmp/"),
    (CRYPT_HASH, "supported password hashes: $2b$ (bcrypt), $6$ (sha512crypt), $argon2id$"),
    (CRYPT_HASH, "PASSWORD_HASHERS pbkdf2_sha256 iterations=600000"),
    (LDAP_OPENSSL, "openssl dgst -sha256 -k key.pem file"),
    # a document's placeholder or a variable in place of the key
    (CURL_U, "curl -u api:<paste-your-key-here> https://w.example.com/graphql"),
    (CURL_U, "curl -su 'api:${API_KEY}' https://w.example.com/graphql"),
    (REDIS_ACL, "user default on nopass ~* &* +@all"),
    (RANDOM_IN_CONTEXT, "golang.org/x/oauth2 v0.15.0 h1:s8pnnxNVzjWyrvYdFUQq5llS1PX2zhPXmccZv4Y="),
    (RANDOM_IN_CONTEXT, '{"keys":[{"kty":"RSA","use":"sig","n":"u1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0"}]}'),
    (RANDOM_IN_CONTEXT, "auth ok trace_id=4bf92f3577b34da6a3ce929d0e0e4736"),
    # Azure Blob's Put Block: the block's id the client chose, beside a masked SAS signature
    (RANDOM_IN_CONTEXT, 'fetch("https://acct.blob.core.windows.net/wandb/m.ckpt?comp=block&blockid=H+iRHdOkQTfZEz2k%3D%3D&sv=2022-11-02&sr=b&sp=cw&sig=REDACTED", {'),
    # a GraphQL node's global id (base64 of `ApiKey:456789`), before PowerShell's and cmd's
    # escaped quotes
    (RANDOM_IN_CONTEXT, 'revokeApiKey(input: {id: `"QXBpS2V5OjQ1Njc4OQ==`"}) token revoked'),
    (RANDOM_IN_CONTEXT, 'curl --data-raw ^"^{\\^"operationName\\^":\\^"RevokeApiKey\\^",\\^"id\\^":\\^"QXBpS2V5Om9xTbpK=\\^"^}^"'),
    (RANDOM_IN_CONTEXT, 'token - - [22/Oct/2026:17:08:42 +0000] "GET / HTTP/1.1"'),
    (RANDOM_IN_CONTEXT, "cd /srv/wandb && pwd && ls Qm4zR8vKx2LwAbCd91"),
    (RANDOM_IN_CONTEXT, "authorized_keys: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFq8x2 alice@example.com"),
    (RANDOM_IN_CONTEXT, "secret wandb-license: ECDSA fingerprint SHA256:Xq8m2pX7vN3Lk9Qe2Rt5Yu8Io1Pa"),
]  # fmt: skip


@pytest.mark.parametrize(("det", "line", "secret"), FOUND)
def test_layer_finds(det: Detector, line: str, secret: str) -> None:
    assert [line[s:e] for s, e, _ in det.find(line)] == [secret]
    assert secret not in Redactor()(line)


@pytest.mark.parametrize(("det", "line"), STAYS)
def test_layer_leaves(det: Detector, line: str) -> None:
    assert list(det.find(line)) == []
    assert Redactor()(line) == line


# (lines, the secret on a later line): values announced by the line before
NEXT_LINE = [
    (["2026-10-22 06:02:59,696 - botocore.auth - DEBUG - Signature:", "6a8e4516b666ca17693"], "6a8e4516b666ca17693"),
    (["MYSQL_PASSWORD:", "----", "rYoFNe.QhBDQnRbncEDvEetE"], "rYoFNe.QhBDQnRbncEDvEetE"),
    (["smtp:", "  password:", "    t1wX!rEF3.yP9CJB3", "  port: 587"], "t1wX!rEF3.yP9CJB3"),
    (["outputs:", "  db_password:", "    sensitive: true", "    value: Zq8xLm2Pw7"], "Zq8xLm2Pw7"),
    (["Please use the following password to proceed:", "", "sTa7onZIKfxNESW50rxX"], "sTa7onZIKfxNESW50rxX"),
    # a table under its header: CSV with `;`, TSV, MySQL's box, a markdown table
    (["env;db_user;db_password", "prod;wandb;Kq7-Wm2zPx9L"], "Kq7-Wm2zPx9L"),
    (["user\tapi_token\tcreated", "ci\tQm8vX2pL7nW4rT6y\t2026-01-02"], "Qm8vX2pL7nW4rT6y"),
    (["+------+--------------+", "| user | password     |", "+------+--------------+", "| root | Zr5!kM8qWx3v |", "+------+--------------+"], "Zr5!kM8qWx3v"),
    (["| service | secret |", "|---|---|", "| minio | Vb4#nJ9pLq2z |"], "Vb4#nJ9pLq2z"),
    (["host,port,password", "db,3306,Pw1,with,commas"], "Pw1,with,commas"),
    # a shell line continued after the name; `cat` of a token file; a Terraform block
    (["docker run -e MINIO_ROOT_PASSWORD= \\", '    "Tf6^mK1xQz8w" \\', "    minio/minio"], "Tf6^mK1xQz8w"),
    (["mysql -h db --password \\", "  Gd3@pN7vXk2m \\", "  -e 'select 1'"], "Gd3@pN7vXk2m"),
    (["root@pod:/# cat ~/.config/wandb/token", "", "Hx2mQ9vL4pW7nK3rT8zY"], "Hx2mQ9vL4pW7nK3rT8zY"),
    (['  + resource "random_string" "minio_secret" {', "      + length = 24", '      + result = "Jc5nW8qLx2Vm4pZ7"', "    }"], "Jc5nW8qLx2Vm4pZ7"),
]  # fmt: skip
NEXT_LINE_STAYS = [
    ["Enter password:", "2026-12-02T10:00:00Z INFO connected to mysql.example.com:3306"],
    ["  password:", "    secretKeyRef:", "      name: wandb-mysql", "      key: password"],
    ["mysql:", "  password:", "    existingSecret: wandb-mysql", "    key: password"],
    ["token:", "  enabled: true", "  ttl: 3600"],
    ["user,password_changed_at,host", "bob,2026-01-02T10:00:00Z,db"],
    ["   name    | token_count ", "-----------+-------------", " ci-runner | 12"],
    ["user,password,host", "bob,********,db", "alice,,db"],
    ["export PATH=/usr/local/bin:\\", "  /opt/wandb/bin"],
    ["$ cat /etc/hostname", "wandb-7f9c4d8b6-x2kqp"],
    ['resource "random_id" "suffix" {', '  result = "a1b2c3d4e5f6"', "}"],
    ['resource "random_password" "db" {', "  result = var.db_password_override", "}"],
    # a MySQL key/value table: `| license | GPL |` is a row, not a header
    ["| Variable_name | Value |", "+---+---+", "| license | GPL |", "| password_require_current | OFF |", "+---+---+", "| Variable_name | Value |"],
    # a flat Redis reply of pairs: names at odd positions, `4) "token"` is a value
    ['127.0.0.1:6379> HGETALL session:meta', '1) "kind"', '2) "token"', '3) "owner"', '4) "ops"'],
]  # fmt: skip


def test_followers_in_a_stream() -> None:
    """Announcements back to back, as records follow each other in one log: a table right after
    a secret that ended its line, a second psql header under the first table, a Terraform block
    cut off before its `}` and then a continued shell line."""
    lines = [
        "MYSQL_PASSWORD=Hq8mZ2pX7vN3Lk0PqR5t", "db;user;password", "wandb;wandb;Kq7-Wm2zPx9L",
        "| name | api_token |", "|---|---|", "| ci | Qm8vX2pL7nW4rT6y |",
        " name | token ", "------+------", " a    | Zr5kM8qWx3vLp2Nd ", " name | token ",
        "------+------", " b    | Vb4nJ9pLq2zXw7Rt ",
        'resource "random_password" "db" {', '  result = "Tf6^mK1xQz8w"',
        "export REDIS_PASSWORD=\\", "  'Gd3@pN7vXk2m'",
    ]  # fmt: skip
    out = "\n".join(Redactor().lines(lines))
    for secret in ("Kq7-Wm2zPx9L", "Qm8vX2pL7nW4rT6y", "Zr5kM8qWx3vLp2Nd", "Vb4nJ9pLq2zXw7Rt",
                   "Tf6^mK1xQz8w", "Gd3@pN7vXk2m"):  # fmt: skip
        assert secret not in out


@pytest.mark.parametrize(("lines", "secret"), NEXT_LINE)
def test_next_line_value_goes(lines: list[str], secret: str) -> None:
    out = list(Redactor().lines(lines))
    assert not any(secret in line for line in out)
    assert out[0] == lines[0]


@pytest.mark.parametrize("lines", NEXT_LINE_STAYS)
def test_next_line_look_alikes_stay(lines: list[str]) -> None:
    assert list(Redactor().lines(lines)) == lines


def test_next_line_state_crosses_blocks() -> None:
    """The line that names the secret ends one block, its value opens the next."""
    state = Redactor().file_state()
    first = ["x"] * 3 + ["2026-10-22 06:02:59,696 - botocore.auth - DEBUG - Signature:"]
    second = ["d46311898ef03c202c7a0762a24033bca4117e7c", "next line stays"]
    state.redact(first)
    state.redact(second)
    assert "d46311898ef03c" not in second[0]
    assert second[1] == "next line stays"
