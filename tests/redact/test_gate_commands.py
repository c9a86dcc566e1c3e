"""The leak gate on a command's secret argument that no secret word names, only its place
(gatecommands.py, `positional_secrets`): the MySQL clients' password glued to `-p`, `wandb
login`'s key, Poetry's `http-basic` password, a value echoed into a command that reads a secret
from its input, a `USER:PASSWORD` flag; and the same commands with a variable, a placeholder, a
usage's words or no secret at all, unflagged."""

from __future__ import annotations

from tests.redact.gatecases import leaks_at_test, look_alikes_test

LEAKS: list[tuple[list[str], int]] = [
    # the MySQL clients' `-p<password>`: in a shell, sudo's journal, a probe's output in JSON
    (["$ mysql -h db.internal -u ops -pKq7.Lm2Zx9Rw wandb_local -e 'select 1'"], 1),
    (
        [
            "Mar 03 10:36:24 db sudo[5459]:    ops : TTY=pts/0 ; PWD=/root ; USER=root ;"
            " COMMAND=/usr/bin/mysql -u root -pWq8.Lz3Kx9Rm -e SHOW\\x20DATABASES"
        ],
        1,
    ),
    (
        [
            '  "message": "Readiness probe failed: mysqladmin: [Warning] Using a password on the'
            ' command line interface can be insecure.\\nmysqladmin -uroot -pHn3_Wq8~Zk2Lp7 ping",'
        ],
        1,
    ),
    (['    "mysqldump -h db -u wandb -pTq8.Zw3Lm9Kx wandb_local | gzip > /b/w.sql.gz"'], 1),
    # `wandb login`'s key, after its options, in a shell, a CI log, a notebook, a trace
    (
        [
            "$ wandb login --host=https://wandb.example.com --relogin 3f9a1c0e7b2d4a6f8e1c9b7a5d3f2e1c0b9a8d7e"
        ],
        1,
    ),
    (
        [
            "2023-01-20T22:57:33.0183070Z ##[group]Run wandb login --host https://wb.example.com 9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b"
        ],
        1,
    ),
    (['    "!wandb login --relogin 5e2f9b07c4d81a36e9f02b7c58d1a4e63f90c2b8\\n",'], 1),
    (["+ wandb login local-7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d"], 1),
    # Poetry's `config http-basic.REPO USER PASSWORD`, also in zsh's history
    (["$ poetry config http-basic.internal ci Zq8.Kw2Lm9Rx4Tv"], 1),
    ([": 1729371917:0;poetry config http-basic.internal deploy Hn3~Wq8Zk2Lp7R"], 1),
    # a value echoed into a command that reads it from its input
    (["echo 'Kq7.Lm2-Zx9!Rw4' | docker login registry.example.com -u ci --password-stdin"], 1),
    (
        [
            '  501  echo "dapi3f9a1c0e7b2d4a6f8e1c9b7a5d3f" | databricks configure --token --host https://dbc.example.com'
        ],
        1,
    ),
    (
        [
            "<10.0.1.15> SSH: EXEC /bin/sh -c 'echo Tq8.Zw3-Lm9Kx | sudo -S -p \"[sudo]\" /usr/bin/python3'"
        ],
        1,
    ),
    # ... or given to it as a here-string
    (["[ops@vm ~]$ sudo -S docker restart wandb-local <<< 'Zw3.Lm9Kx-Tq8'"], 1),
    # a flag whose value is `USER:PASSWORD`, and curl's `--cert FILE:PASSPHRASE`
    (
        [
            "  357  crictl pull --creds pull:Wq8+Lz3Kx9Rm2Tv7 registry.example.com/wandb/local:0.62.7"
        ],
        1,
    ),
    (
        [
            "$ skopeo copy --src-creds ro:Zk2.Lp7Rv5Mx docker://a.example/x docker-archive:/tmp/x.tar"
        ],
        1,
    ),
    (
        [
            "$ java -jar jenkins-cli.jar -s https://ci.example.net/ -auth ops:11a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2 build x"
        ],
        1,
    ),
    (
        [
            "$ curl -sv --cert /etc/tls/client.pem:Hn3Wq8Zk2Lp7Rv --key /etc/tls/client.key https://x.example"
        ],
        1,
    ),
    # zsh's extended history glues `: <start>:<elapsed>;` to the command
    ([": 1733480000:2;wandb login --relogin 7e2d4c9a1b3f5e6d8c0a2b4f6e8d1c3a5b7f9e0d"], 1),
    # database servers' tools: pgAdmin's add-user, Oracle's RMAN, Data Guard and Data Pump,
    # DB2's connect, etcdctl's environment, rabbitmqctl encode, a value echoed into
    # elasticsearch-keystore
    (["# python3 setup.py add-user --admin ops@example.com Kq7Lm2Zx9Rw4"], 1),
    (["oracle 9943 1 0 08:46 ? 00:00:02 rman target sys/Wq8~Lz3Kx9Rm@CDB1 nocatalog"], 1),
    (['$ dgmgrl sys/Hn3_Wq8~Zk2Lp7@CDB1_SITE1 "show configuration"'], 1),
    (["userid=system/Tq8.Zw3Lm9Kx@//db.example.internal:1521/PDB1"], 1),
    (["$ sqlplus -s app_ro/Zr8+Kq2xWv5Lm3@PDB1 @/opt/reports/usage.sql"], 1),
    ([r"wlfreerdp /v:10.0.0.9 /u:LAB\ops /size:1280x800 /p:Tq8~wZp3Lx!kVn5"], 1),
    (["SQL> conn system/Hq3.Lz8w!Vx2N@//db.example.internal:1521/PDB1", "Connected."], 1),
    (["$ db2 connect to WANDB user db2inst1 using Rv4Nq8Lx2Tz6"], 1),
    (["export ETCDCTL_USER=root:Zk2Lp7Hn3Wq8"], 1),
    (["$ rabbitmqctl encode '<<\"Lm2Zx9Rw4Tq8\">>' Kx9Rm3Wq8Lz"], 1),
    (
        [
            '$ echo "Rw4Tq8Lm2Zx9Kq7Ab3Cd5Ef7Gh9Jk1Mn3Pq5St7U" | sudo bin/elasticsearch-keystore'
            " add --stdin s3.client.default.secret_key"
        ],
        1,
    ),
]

LOOK_ALIKES: list[list[str]] = [
    # `-p` prompting, the port, the database after a space, a variable, a usage's words
    ["$ mysql -h db.internal -u root -p wandb_local"],
    ["mysql -h db.internal -P3306 -u root -p"],
    ["mysqldump -u wandb -p$MYSQL_PASSWORD wandb_local > dump.sql"],
    ['mysql -u wandb -p"${DB_PASSWORD}" -e "select 1"'],
    ["  -p[password], --password[=password]  The password to use when connecting to the server."],
    ["mysql -u root -pPASSWORD"],
    ["Usage: mysqladmin [OPTIONS] command command...  -p, --password[=name]"],
    # a here-string of a variable, or into a command that reads no secret
    ['$ sudo -S docker restart wandb-local <<< "$SUDO_PASSWORD"'],
    ["$ grep -c ERROR <<< 'Zw3.Lm9Kx-Tq8 ERROR'"],
    # `wandb login` without a key, with a variable, a placeholder, its usage
    ["$ wandb login --host https://wandb.example.com"],
    ["$ wandb login --relogin"],
    ["wandb login $WANDB_API_KEY"],
    ["wandb login <your-api-key>"],
    ["Usage: wandb login [OPTIONS] [KEY]..."],
    ["Run `wandb login` and paste the key from https://wandb.example.com/authorize"],
    ["wandb: Appending key for wandb.example.com to your netrc file: /root/.netrc"],
    # Poetry: the user only (it prompts), variables, the usage
    ["$ poetry config http-basic.internal ci"],
    ['poetry config http-basic.internal "$POETRY_USER" "$POETRY_PASSWORD"'],
    ["poetry config http-basic.foo <username> <password>"],
    ["poetry config --unset http-basic.internal"],
    # echoes of a variable, of a file, into a command that reads no secret
    ['echo "$CR_PAT" | docker login ghcr.io -u USERNAME --password-stdin'],
    ["cat ~/my_password.txt | docker login --username foo --password-stdin"],
    [
        "echo ${{ secrets.REGISTRY_TOKEN }} | docker login registry.example.com -u ci --password-stdin"
    ],
    ["echo Kq7Lm2Zx9Rw4Tq8 | sha256sum"],
    ["echo done | tee -a /var/log/setup.log"],
    # a flag with a user only, a variable, a file's path, the usage
    ["crictl pull --creds USERNAME[:PASSWORD] IMAGE"],
    ["skopeo copy --src-creds ro:$SRC_TOKEN docker://a/x docker://b/x"],
    ["java -jar jenkins-cli.jar -auth @/var/jenkins/token.txt build x"],
    ["curl --cert /etc/tls/client.pem --key /etc/tls/client.key https://x.example"],
    ["curl -E, --cert <certificate[:password]>  Client certificate file and password"],
    # the database tools with a variable, a usage, no password
    ["db2 connect to SAMPLE user $DB2USER using $DB2PASS"],
    ["rman target / nocatalog"],
    ["sqlplus -s / as sysdba", "SQL> connect / as sysdba"],
    ["xfreerdp /v:10.0.0.9 /u:LAB\\ops /p:* /cert:ignore"],
    ["failed to connect to db.example.internal/PDB1@10.0.0.5"],
    ["Usage: setup.py add-user [OPTIONS] EMAIL PASSWORD"],
    ["user default off"],
]

test_the_gate_flags_a_command_s_secret_argument = leaks_at_test(LEAKS)
test_the_gate_passes_the_commands_look_alikes = look_alikes_test(LOOK_ALIKES)
