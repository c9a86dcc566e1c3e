"""The leak gate on credential files and exports read by their layout (gatefiles.py): a libpq
`.pgpass` line, a `docker run --env-file` file's spaced value, Terraform's `random_password`
result in `terraform state show` and in state JSON, a CSV or TSV export's secret cells under its
header. Made-up values in the tools' own formats; near misses of each form left alone, with both
prefilter engines."""

from __future__ import annotations

from tests.redact.gatecases import leaks_at_test, look_alikes_test

PW = "Zq8.Lm3xR~w7Tk"

LEAKS: list[tuple[list[str], int]] = [
    # ~/.pgpass: hostname:port:database:username:password (a colon in a field escaped)
    ([f"db.example.org:5432:wandb:wandb:{PW}"], 1),
    (["localhost:5432:*:replicator:Hk4vQ\\:p9Lz2Wm7", "*:*:*:admin:Rt6.wQz9Kp3xLv"], 1),
    # docker run --env-file keeps the rest of the line, spaces and `#` too
    (["HOST=https://wandb.example.org", "MYSQL_PASSWORD=Qw7 #kLm2 #9Zx", "MYSQL_USER=wandb"], 2),
    (["MYSQL_PASSWORD=Harbor4k meadowQz lanternW9v"], 1),
    # terraform state show random_password.db
    (
        [
            "# random_password.db:",
            'resource "random_password" "db" {',
            '    id          = "none"',
            "    length      = 20",
            f'    result      = "{PW}"',
            "    special     = true",
            "}",
        ],
        5,
    ),
    # terraform show -json (state): the resource's attributes
    (
        [
            '        "type": "random_password",',
            '        "name": "mysql",',
            '        "values": {',
            '          "id": "none",',
            f'          "result": "{PW}",',
        ],
        5,
    ),
    # a CSV export: the value of a row whose key names a secret; a TSV with SSM's types
    (
        [
            "name,namespace,key,value",
            "wandb-mysql,wandb,MYSQL_USER,wandb",
            'wandb-mysql,wandb,MYSQL_PASSWORD,"Zq8""Lm3, xR7"',
        ],
        3,
    ),
    (
        [
            "\ufeffname\ttype\tvalue\tupdated",
            "wandb-region\tString\tus-east-1\t2026-03-17T02:42:56.719Z",
            f"wandb-smtp\tSecureString\t{PW}\t2026-07-13T05:21:47.637Z",
        ],
        3,
    ),
    # a CSV whose header names the secret column
    (["user,host,password", f"wandb,10.0.0.12,{PW}"], 2),
]

LOOK_ALIKES: list[list[str]] = [
    # colon-separated lines that are no password file's: a key's modulus, passwd, a time
    ["                5b:80:62:00:4c:4c:47:8e:5a:31:9b:23:2d:82:b1:"],
    ["mysql:x:999:999:MySQL Server:/var/lib/mysql:/bin/false"],
    ["*:*:*:*:*"],
    ["localhost:5432:*:wandb:$PGPASSWORD"],
    ["db.example.org:5432:wandb:wandb:changeme"],
    # an env-file's value with spaces that is a sentence, or a value and a shell's comment
    ["MYSQL_PASSWORD=changeme # set in production"],
    ["SMTP_PASSWORD_HINT=Ask the platform team"],
    ["GREETING=Hello from W9 team"],
    # the provider masks a planned result; another resource's result is no password
    [
        '  + resource "random_password" "db" {',
        "      + id     = (known after apply)",
        "      + result = (sensitive value)",
        "    }",
    ],
    ['resource "random_id" "suffix" {', '    hex = "8f3a1c2e"', '    result = "Zq8Lm3xR7wTk"', "}"],
    # an export's cells that are names, regions, dates, or under no secret's column
    [
        "name,namespace,key,value",
        "wandb-mysql,wandb,MYSQL_PASSWORD_SECRET_NAME,wandb-mysql-credentials",
        "wandb-mysql,wandb,MYSQL_HOST,db.example.org",
    ],
    ["name\ttype\tvalue", "wandb-region\tString\tus-east-1"],
    ["run_id,project,state", "Zq8Lm3xR7wTk,ml-team,finished"],
]

test_a_credential_file_or_export_is_flagged = leaks_at_test(LEAKS)
test_its_look_alikes_pass = look_alikes_test(LOOK_ALIKES)
