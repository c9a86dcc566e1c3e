"""Classes of secrets and look-alikes found by a held-out set (holdout10), each in layouts of
its own: what goes, and what must come back byte for byte."""

from __future__ import annotations

import pytest

from tests.redact.checks import hexdump_c
from wbdiag.redact import Redactor

_B64 = "Mq3vT8xZ2pLw9kRb4nHc7yFd1sGj6aEu0oWi5tYe"  # 40 base64 characters


# references in other template languages, prompts, algorithm names and XML signatures
@pytest.mark.parametrize(
    "lines",
    [
        # references: Compose's `$${…}`, Azure's `$[…]`, PowerShell's `$env:`, Hiera, Octopus
        ["    environment:", "      DB_PASSWORD: $${DB_PASSWORD}"],
        ["  - name: REDIS_PASSWORD", "    value: $[variables.redisPassword]"],
        ["$Env:API_TOKEN = $env:VAULT_TOKEN"],
        ["mysql::server::root_password: \"%{lookup('mysql_root_pw')}\""],
        ["<add key=\"SmtpPassword\" value=\"#{Smtp.Password}\" />"],
        # what a template expression holds is code
        ["  password: \"{{ query('hashi_vault', 'secret=kv/data/wandb:password token=' ~ vt) }}\""],
        # a prompt: the key sits inside the prompt string, which the quote closes
        ['token = input("Enter your API token: ")'],
        ['$pw = Read-Host -Prompt "Password: " -AsSecureString'],
        ['read -s -p "Redis password: " REDIS_PASS'],
        # algorithm names, and a signature described by its algorithm
        ["  token_endpoint_auth_signing_alg: ES256", '  "request_object_signing_alg": "PS384",'],
        ["Signature   : DSA/SHA1, Mon 07 Jan 2019 10:00:00 AM UTC, Key ID 5072e1f5"],
        ["webhook_signature: HMAC-SHA256"],
        # XML-DSig: a signed document's signature and digest are public
        ["<SignatureValue>" + _B64 + "==</SignatureValue>"],
        ["<dsig:Signature><dsig:SignatureValue>", _B64 + "Aq", _B64 + "==</dsig:SignatureValue>"],
    ],
)  # fmt: skip
def test_look_alikes_stay(lines: list[str]) -> None:
    assert list(Redactor().lines(lines)) == lines


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        # a quote opened before the key that is not a prompt's: an apostrophe, another quote
        ("can't log in, password: 'Hk4zW8qLx2v9' rejected", "Hk4zW8qLx2v9"),
        ("sh -c \"export DB_PASSWORD='Vq8nL3wKz5xP'\"", "Vq8nL3wKz5xP"),
        # a secret next to a signature element still goes
        ("<SignatureValue>" + _B64 + "</SignatureValue><password>Tb6^qP9wLx3m</password>", "Tb6^qP9wLx3m"),
        ("jwt_secret: RS256-Zq8xLm2Pw7Kd", "Zq8xLm2Pw7Kd"),
    ],
)  # fmt: skip
def test_secrets_next_to_look_alikes_go(line: str, secret: str) -> None:
    assert secret not in Redactor()(line)


# leaking classes: layouts, encodings, key-name families and placements
@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # a URL whose host is Go's network and address
        (["DATABASE_URL=mysql://app:Hk4zW8qLx2v9@unix(/var/run/mysqld/mysqld.sock)/wandb"], ["Hk4zW8qLx2v9"]),
        # XML character data, an option's constructor, a Lisp keyword, a two-word label
        (["<db-password><![CDATA[Zq8;xLm2Pw7#]]></db-password>"], ["Zq8;xLm2Pw7#"]),
        (['AppSettings {secretToken = Right "Hw5nQ2kZt8rX", port = 8080}'], ["Hw5nQ2kZt8rX"]),
        (['(def smtp {:host "mail" :smtp-password "Kd8%mW3xQz5v" :port 587})'], ["Kd8%mW3xQz5v"]),
        (["Master Key: 9f8e7d6c5b4a39281706f5e4d3c2b1a0"], ["9f8e7d6c5b4a39281706f5e4d3c2b1a0"]),
        # the new value of a change
        (['  ~ password = "Old1Pass2Word" -> "Nw7#kP2xMz9q"'], ["Old1Pass2Word", "Nw7#kP2xMz9q"]),
        # property lists and Java's XML properties, on one line and over two
        (['<entry key="smtp.password">Pv4!zKq8Lm2n</entry>'], ["Pv4!zKq8Lm2n"]),
        (["<key>SlackToken</key>", "<string>Tb6qP9wLx3mZ4k</string>"], ["Tb6qP9wLx3mZ4k"]),
        # a quoted short flag's value, with what ends a bare one
        (["java -jar admin.jar -a 'Qv8-nK3w*Zx7t;' --verbose"], ["Qv8-nK3w*Zx7t;"]),
        # positional: a table engine's password, what a CI runner is told to mask
        (["ENGINE = PostgreSQL('pg:5432', 'wandb', 'runs', 'reader', 'Jx5=rM8vQk3z')"], ["Jx5=rM8vQk3z"]),
        (['echo "##vso[task.setvariable variable=deployValue;issecret=true]Yc3&hL8qWv5n"'], ["Yc3&hL8qWv5n"]),
        (["##vso[task.setsecret]Lx2mQ9vKw4zT"], ["Lx2mQ9vKw4zT"]),
        # rows: a quoted CSV cell holding the separator, columns under a rule of dashes
        (["Name;Password;Token;Note", 'svc-ci;Gn9*xT4mKb2w;Tk3vN8qLx2Wm;"rotated; monthly"'], ["Gn9*xT4mKb2w", "Tk3vN8qLx2Wm"]),
        (["NAME      CLIENT SECRET", "--------  ------------------", "ci-bot    Hk4zW8qLx2v9Tb6qP9"], ["Hk4zW8qLx2v9Tb6qP9"]),
        # a pretty-printed object: literals beside the value do not end it
        (['  "smtp_password": {', '    "isSecret": false,', '    "value": "Vq8#nL3wKz5x"', "  },"], ["Vq8#nL3wKz5x"]),
        # key-name families: salts and peppers, application keys
        (["DEVISE_PEPPER=4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c"], ["4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c"]),
        (['{"applicationKeyId": "0051a2b3c4d5", "applicationKey": "K005Xq8vLm2Pw7Zk9Rt4"}'], ["K005Xq8vLm2Pw7Zk9Rt4"]),
        # a password scheme that stores the password as it is
        (["ops@corp.test:{CLEARTEXT}Sw4!pLx9Qm2z:1001:1001::/home/ops"], ["Sw4!pLx9Qm2z"]),
        # a console's echo, a key file's lines
        ([">>> os.environ['SMTP_PASSWORD']", "'Vw7#kP2xMz9q'"], ["Vw7#kP2xMz9q"]),
        (['irb(main):001:0> ENV["API_TOKEN"]', '=> "Rz2vN7kXq4pLm8"'], ["Rz2vN7kXq4pLm8"]),
        (["$ sudo cat /data/replset.key", _B64, "Aq" + _B64[::-1]], [_B64, "Aq" + _B64[::-1]]),
        # a quoted-printable soft break inside a value, and a token in an OCI request path
        (["Content-Transfer-Encoding: quoted-printable", "", "Ihr Zugang: token=3DKd8mW3xQz5vR7t=", "Lq2Nw8 gilt bis Montag."], ["Kd8mW3xQz5vR7t", "Lq2Nw8"]),
        (['{"par": "/p/Wm4pZ7xLq2cHk4zW8qLx2v9Tb6qP9wLx3m/n/axaxnpcrorw5/b/runs/o/"}'], ["Wm4pZ7xLq2cHk4zW8qLx2v9Tb6qP9wLx3m"]),
    ],
)  # fmt: skip
def test_secrets_go(lines: list[str], secrets: list[str]) -> None:
    text = "\n".join(Redactor().lines(lines))
    assert not [s for s in secrets if s in text], text


# what stays next to those classes
@pytest.mark.parametrize(
    "lines",
    [
        ["USERNAME   PASSWORD", "--------   --------", "alice      ********"],
        ["NAME   PASSWORD   AGE", "alice  Hk4zW8qLx2v9  3d"],  # no rule: no columns known
        [">>> len(api_key)", "40"],
        ["$ cat ~/.ssh/id_ed25519.pub", "AAAAC3NzaC1lZDI1NTE5AAAAIFq8vLm2Pw7Zk9Rt4"],
        ["salt_master: 10.0.0.5", "Primary key: id", "Key ID: GK02d283f1e16ff21125afa2d6"],
        ["::add-mask::$DB_PASSWORD", "SELECT 1 FROM mysql('db:3306', 'wandb', 'runs', 'u', '')"],
        ['  ~ description = "old text" -> "new text"'],
    ],
)  # fmt: skip
def test_neighbours_stay(lines: list[str]) -> None:
    assert list(Redactor().lines(lines)) == lines


def test_a_soft_break_joins_only_a_word_that_reads_like_a_secret() -> None:
    qp = "Content-Transfer-Encoding: quoted-printable"
    out = list(Redactor().lines([qp, "pw=Zm9vYmFyYmF6cXV4MTIz=", "Connection closed."]))
    assert out[2] == "Connection closed." and "Zm9vYmFy" not in out[1]
    # without the header a `=` at the end of a line is base64's padding, not a soft break
    out = list(Redactor().lines(["pw=Zm9vYmFyYmF6cXV4MTIz=", "Lq2Nw8xK gilt bis Montag."]))
    assert out[1] == "Lq2Nw8xK gilt bis Montag."


# sections, users files, encodings and dumps
@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # a section that qualifies a bare `key`
        (["[access]", "# rotated monthly", "user = ci", "key = Hk4zW8qLx2v9Tb6qP9"], ["Hk4zW8qLx2v9Tb6qP9"]),
        # a users file by its name: every pair's value, letters alone too
        (["==> /opt/jetty/etc/realm.properties <==", "ops: Kd8%mW3xQz5v, admin", "ci: QxZkWmPvLtRnHbYs, user"], ["Kd8%mW3xQz5v", "QxZkWmPvLtRnHbYs"]),
        # base64 of a JSON object holding a random key under `k`
        (['"key": "eyJrIjoiWnE4eExtMlB3N0tkNFJ0OUh3NW5RMmtadDhyWCIsIm4iOiJjaSIsImlkIjo3fQ=="'], ["eyJrIjoiWnE4eExtMlB3N0tkNFJ0OUh3NW5RMmtadDhyWCIsIm4iOiJjaSIsImlkIjo3fQ"]),
        # auditd's hex arguments and redis-cli's glued -a
        (['type=EXECVE msg=audit(1.2:3): argc=3 a0="mysqladmin" a1=2D2D70617373776F72643D546236715039774C78336D5A20346B a2="status"'], ["546236715039774C78336D5A"]),
        # a long argument's later piece (`a2[1]=`), and sudo's `USER_CMD` `cmd=` field
        (['type=EXECVE msg=audit(1.2:3): a2[1]=3B206D6320616C6961732073657420776220687474703A2F2F3132372E302E302E313A39303030206D696E696F61646D696E205071372D4C7A3278576D396B527434764E62'], ["5071372D4C7A3278576D396B527434764E62"]),
        (["type=USER_CMD msg=audit(1.2:3): pid=7 uid=1000 msg='cwd=\"/root\" cmd=6D7973716C61646D696E202D75726F6F74202D704B77387A5178326D4C723576546E3320737461747573 exe=\"/usr/bin/sudo\" res=success'"], ["4B77387A5178326D4C723576546E33"]),
        (["redis-cli -h cache -aRz2vN7kXq4pLm8 ping"], ["Rz2vN7kXq4pLm8"]),
        # a hex dump that splits a pair over its rows
        (["$ hexdump -C ~/.my.cnf", *hexdump_c(b"[client]\npassword=Vq8#nL3wKz5xPq\nhost=db\n")], ["Vq8#nL3wKz5xPq", "56 71 38 23"]),
    ],
)  # fmt: skip
def test_secrets_over_lines_and_encodings_go(lines: list[str], secrets: list[str]) -> None:
    text = "\n".join(Redactor().lines(lines))
    assert not [s for s in secrets if s in text], text


@pytest.mark.parametrize(
    "lines",
    [
        ["[access]", "key = ${ACCESS_KEY}", "[paths]", "key = artifacts/2026"],
        ["# conf/users.properties", "admin=admin", "", "wandb.events.enabled=true"],
        ['type=EXECVE msg=audit(1.2:3): argc=2 a0="ls" a1=2D6C61202F746D702F6D7920646972'],
        ['type=EXECVE msg=audit(1.2:3): a2[1]=3B206C73202D6C61202F7661722F6C69622F77616E64622F64617461'],
        ["type=USER_CMD msg=audit(1.2:3): pid=7 uid=1000 msg='cwd=\"/root\" cmd=73797374656D63746C20726573746172742077616E64622D6C6F63616C exe=\"/usr/bin/sudo\" res=success'"],
        ["$ xxd -l 16 /usr/bin/true", "00000000: 7f45 4c46 0201 0100 0000 0000 0000 0000  .ELF............"],
        ["$ hexdump -C banner.txt", *hexdump_c(b"hello world, wandb server\n")],
    ],
)  # fmt: skip
def test_neighbours_over_lines_stay(lines: list[str]) -> None:
    assert list(Redactor().lines(lines)) == lines
