"""The leak gate on credential files and exports read by their layout (gatefiles.py): a libpq
`.pgpass` line, a `docker run --env-file` file's spaced value, Terraform's `random_password`
result in `terraform state show` and in state JSON, a CSV or TSV export's secret cells under its
header; and the crypt(3) password hashes such files hold, by their shape (gateshapes.py). Made-up values in the tools' own formats; near misses of each form left alone, with both
prefilter engines."""

from __future__ import annotations

from tests.redact.gatecases import leaks_at_test, look_alikes_test

PW = "Zq8.Lm3xR~w7Tk"

LEAKS: list[tuple[list[str], int]] = [
    # ~/.pgpass: hostname:port:database:username:password (a colon in a field escaped)
    ([f"db.example.org:5432:wandb:wandb:{PW}"], 1),
    (["localhost:5432:*:replicator:Hk4vQ\\:p9Lz2Wm7", "*:*:*:admin:Rt6.wQz9Kp3xLv"], 1),
    # Dovecot's passwd-file, a password under a scheme that keeps it in clear
    (["$ sudo cat /etc/dovecot/users", f"alerts@example.org:{{PLAIN}}{PW}::::::"], 2),
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
    # crypt(3) password hashes: htpasswd (bcrypt, Apache's MD5), shadow, Dex, an Argon2 record
    (["admin:$2y$10$2YGvjAuz0rjrmK5BDkHAIzElWLk645L5JZX7B5AueesJE8c4WjL7C"], 1),
    (['    - "ops:$apr1$Q/OwHYsa$xsbyqr7PH1B9RMN5UJyvpa"'], 1),
    (
        [
            "root:$6$azir3wp8hE9HbBqs$2G.BDE0fDzVufl929OnMnVodmg4LKM4RaQgMPllQ5u5A11CgVQEtmHT.BQDpNkqB/LkCecVFHTNS39WxW7xfGc:19700:0:99999:7:::"
        ],
        1,
    ),
    (
        [
            "wandb:$y$j9T$6fusWzFCdheiAltdbOSvLj$arSZ4LaEHPFKMVzlLUBiFBrbUAHm4ksuwB/yx7YBOt9:19700:0:99999:7:::"
        ],
        1,
    ),
    (['  hash: "$2y$10$2YGvjAuz0rjrmK5BDkHAIzElWLk645L5JZX7B5AueesJE8c4WjL7C"'], 1),
    (
        [
            '{"user": "admin", "password_hash": "$argon2id$v=19$m=65536,t=3,p=4$29SXtAKhqFLpXCtapP17HB$KcNZbfFyFOMmDJchjyXVp+00q6va43+CT4EWOJ4J7NP"}'
        ],
        1,
    ),
]

LOOK_ALIKES: list[list[str]] = [
    # colon-separated lines that are no password file's: a key's modulus, passwd, a time
    ["                5b:80:62:00:4c:4c:47:8e:5a:31:9b:23:2d:82:b1:"],
    ["mysql:x:999:999:MySQL Server:/var/lib/mysql:/bin/false"],
    ["*:*:*:*:*"],
    ["localhost:5432:*:wandb:$PGPASSWORD"],
    ["db.example.org:5432:wandb:wandb:changeme"],
    ["alerts@example.org:{PLAIN}changeme::::::", "ops@example.org:{SHA512-CRYPT}!::::::"],
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
    # a hash's prefix alone, a locked account, a cost that is no hash
    ["wandb:!:19700:0:99999:7:::", "nobody:*:19700:0:99999:7:::"],
    ["bcrypt cost $2y$10$ is the default; argon2 uses $argon2id$v=19$m=65536,t=3,p=4"],
]

test_a_credential_file_or_export_is_flagged = leaks_at_test(LEAKS)
test_its_look_alikes_pass = look_alikes_test(LOOK_ALIKES)
