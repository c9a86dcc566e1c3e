"""The leak gate on secrets whose place is set by what comes before them, not by a word beside
them: a credential file a command at a prompt shows (gateshown.py), the parameters an ORM or a
driver logs after a statement that sets a secret's column (gateparams.py), OpenTelemetry's JSON
attributes and arguments (gatetelemetry.py), an Oxidized `router.db` line (gatefiles.py), a
product's key by its flag or element (gatedevices.py), a password piped to `saslpasswd2`, a
letters-only password after Redis's `MIGRATE … AUTH` and `wandb login` run by its path
(gatecommands.py). And their look-alikes, left alone. Made-up values in each tool's format, with
both prefilter engines."""

from __future__ import annotations

from tests.redact.gatecases import leaks_at_test, look_alikes_test

LEAKS: list[tuple[list[str], int]] = [
    # OpenVPN's `auth-user-pass` file: a login line, then the password
    (["$ sudo cat /etc/openvpn/client/auth.txt", "ml-ops", "Rw7~kQ2!zTn_4vXe"], 3),
    (["PS C:\\Program Files\\OpenVPN\\config> type auth.txt", "svc-vpn-3", "Hq2u!N8x~pLs0aZe"], 3),
    # a file a configuration line above names for credentials, whatever its name
    (
        [
            "http-proxy proxy.example.com 3128 /etc/openvpn/upstream.txt basic",
            "$ cat /etc/openvpn/upstream.txt",
            "CORP\\svc-vpn",
            "t8KzWq2Lx7RmNc4V",
        ],
        4,
    ),
    (
        [
            "management 127.0.0.1 7505 /etc/openvpn/m.pw",
            "$ cat /etc/openvpn/m.pw",
            "Zq4-Lm8_xW2!kPv",
        ],
        3,
    ),
    # memcached's `-Y` file and stunnel's PSKs: `user:password` lines
    (["$ cat /etc/memcached/auth", "app:Vx9.kQ2~mLz+R4tW", "ops:Ty6!pN3-wQz8sKv"], 2),
    (["$ cat /etc/stunnel/psk.txt", "cache:Lp3qW8zXk2Rm7Tn9Vb4Yc6Hd1Jf5Gs0A"], 2),
    # a key, one line or wrapped; root's prompt
    (
        [
            "# cat /etc/zabbix/agent.psk",
            "5e0b77c2d1fa9e44c81b3a6d2f90e7c15b28d4a6e91f03c7b5d2a8e4f61c9b30",
        ],
        2,
    ),
    (["$ cat config/master.key", "7d3f9a1c5e8b2d40a6c1f7e93b5d8a2c"], 2),
    (
        [
            "$ cat /etc/mongod/keyfile",
            "Qm7xKp2Lw9ZtR4vN8sYb3Hc6Jd1Fg5Ae0Uo7Ti2Pr9Ws4Xk8Mn3Bq6Cv1Dz5Ey0Gh7Jk2Lp9",
            "Rt4Vn8Sb3Hx6Jd1Fg5Ae0Uo7Ti2Pr9Ws4Xk8Mn3Bq6Cv1Dz5Ey0Gh7Jk2Lp9Qm7xKp2Lw9Z",
        ],
        2,
    ),
    # an askpass helper's `echo`
    (["$ cat ~/bin/askpass.sh", "#!/bin/sh", "echo 'k2Rw9-xTq7Lm!ZpV4n'"], 3),
    # bound parameters after the statement that names the secret's column
    (
        [
            "INFO sqlalchemy.engine.Engine INSERT INTO smtp (host, port, username, password)"
            " VALUES (%s, %s, %s, %s)",
            "INFO sqlalchemy.engine.Engine [generated in 0.00031s] ('smtp.example.com', 587,"
            " 'ops@example.com', 'q7R~kW2mZx!Lp9')",
        ],
        2,
    ),
    (
        [
            "sqlalchemy.exc.IntegrityError: (pymysql.err.IntegrityError) (1062, 'Duplicate')",
            "[SQL: INSERT INTO api_keys (id, user_id, secret) VALUES (%s, %s, %s)]",
            "[parameters: (12, 7, 'Xw3kLq9ZpT2vRm8NcY4bHs6Jd1Fg5Ae0Uo7Ti2')]",
        ],
        3,
    ),
    (
        [
            'prisma:query INSERT INTO "public"."Client" ("name","clientSecret") VALUES ($1,$2)',
            'prisma:query params ["sso","Kp2Lw9ZtR4vN8sYb3Hc6Jd1Fg5Ae0Uo7"] duration_ms=4',
        ],
        2,
    ),
    (
        [
            "  knex:query insert into `hooks` (`secret`, `url`) values (?, ?) undefined +0ms",
            "  knex:bindings [ 'Rm8NcY4bHs6Jd1Fg5Ae0Uo7Ti2Xw3kLq9Z', 'https://h.example.com' ] +1ms",
        ],
        2,
    ),
    (
        [
            "DEBUG org.hibernate.SQL : update service_credential set secret=? where id=?",
            "TRACE o.h.t.d.sql.BasicBinder : binding parameter [1] as [VARCHAR] - [v9.Kq~2Lm^Zx7Rt]",
            "TRACE o.h.t.d.sql.BasicBinder : binding parameter [2] as [BIGINT] - [31]",
        ],
        2,
    ),
    # OpenTelemetry's JSON: an attribute's key and value, a command's arguments
    (
        [
            '{"attributes":[{"key":"redis.password","value":{"stringValue":"Lq9Z~pT2v.Rm8"}}]}',
        ],
        1,
    ),
    (
        [
            '{"key":"http.request.header.x-api-key","value":{"arrayValue":{"values":'
            '[{"stringValue":"Hs6Jd1Fg5Ae0Uo7Ti2Xw3kLq9ZpT2vRm8NcY4b"}]}}}'
        ],
        1,
    ),
    (
        [
            '{"values":[{"stringValue":"/usr/bin/agent"},{"stringValue":"--token"},'
            '{"stringValue":"Ae0Uo7Ti2Xw3kLq9ZpT2vRm8NcY4bHs6Jd1F"}]}'
        ],
        1,
    ),
    # Oxidized's router.db: the password and the enable secret
    (["core-sw-01.example.net:ios:netops:Wq8!kLz2Rp-xT7vN:Mn3+Bq6Cv1Dz5Ey"], 1),
    # a product's key by its flag or element
    (["+ netbird up --setup-key 5F3A9C2E-7B41-4D8E-A6C0-9E2B71D4F835"], 1),
    (["docker run -d -e NB_SETUP_KEY=A1C7E5B3-9D2F-4E6A-8B0C-3F5D7E9A1B2C netbirdio/netbird"], 1),
    (
        [
            "\t\t\t<tls>"
            + "Kq7Lw2Zp9Xt4Rm8Nc3Vb6Hs1Jd5Fg0Ae7Uo2Ti9Pr4Ws8Xk3Mn6Bq1Cv5Dz0Ey7Gh2"
            + "</tls>"
        ],
        1,
    ),
    ([">>> s.load_shared({'type': 'IKE', 'data': b'Zx7+Lq2.kW9~mRt4', 'owners': ['p']})"], 1),
    # a password piped to saslpasswd2; a letters-only one after MIGRATE's AUTH
    (["$ echo 'Tq8*mW2-zLx4Rk' | saslpasswd2 -p -a memcached -c cache"], 1),
    (['127.0.0.1:6379> MIGRATE 10.0.0.9 6379 "" 0 5000 COPY AUTH qWeRtYuIoPaSdF KEYS a b'], 1),
    # `wandb login` run by its path
    (["$ /usr/local/bin/wandb login --relogin 3c5e7a9b1d2f4c6e8a0b2d4f6a8c0e2b4d6f8a1c"], 1),
]

LOOK_ALIKES: list[list[str]] = [
    # a password file's hashes, a file named for nothing secret, a listing
    ["$ cat /mosquitto/config/passwd", "sensor01:$7$101$P3otrqLFjMbDVBsN$oDj6DeSGjOK9MhuBgb4iNC5w"],
    ["$ cat /etc/hostname", "wandb-app-7c9d5f6b8-x2kq9"],
    ["$ cat /etc/openvpn/client/auth.txt", "[REDACTED:password]"],
    ["$ cat /etc/memcached/auth", "app:${MEMCACHED_PASSWORD}"],
    ["$ cat /etc/group", "docker:x:999:ubuntu"],
    # the file's output ends at the first line no credential file's layout fits: what follows a
    # redacted password in a log of records run together is another record's (a JSON member, a
    # PHP var_dump's key)
    [
        "$ kubectl exec vpn-0 -- cat /run/secrets/openvpn-auth",
        "ops",
        "[REDACTED:password:1]",
        '    "db_secret": {',
        "[2026-03-01 10:00:00] debug: array(2) {",
        '    ["db_pass"]=>',
    ],
    # parameters of a statement that sets no secret, or a secret's parameter redacted
    [
        "INFO sqlalchemy.engine.Engine INSERT INTO runs (name, project) VALUES (%s, %s)",
        "INFO sqlalchemy.engine.Engine [generated in 0.0002s] ('Kq7Lw2Zp9Xt4Rm8Nc3', 'mnist')",
    ],
    [
        "INFO sqlalchemy.engine.Engine UPDATE users SET password_hash=%s WHERE id=%s",
        "INFO sqlalchemy.engine.Engine [generated in 0.0002s] ('$2b$12$Kq7Lw2Zp9Xt4Rm8Nc3Vb6O', 7)",
    ],
    [
        "[SQL: INSERT INTO api_keys (id, secret) VALUES (%s, %s)]",
        "[parameters: (12, '[REDACTED:secret]')]",
    ],
    # OTLP attributes that name no secret; an argument after a flag that names none
    ['{"key":"trace_id","value":{"stringValue":"5b8efff798038103d269b633813fc60c"}}'],
    ['{"values":[{"stringValue":"--host"},{"stringValue":"Ae0Uo7Ti2Xw3kLq9ZpT2vRm8"}]}'],
    ['{"key":"db.password","value":{"stringValue":"${DB_PASSWORD}"}}'],
    # /etc/passwd's and a route's colon-separated fields; a setup key's placeholder
    ["www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin"],
    ["netbird up --setup-key 00000000-0000-0000-0000-000000000000"],
    ["\t\t\t<tls_type>crypt</tls_type>"],
    ['127.0.0.1:6379> MIGRATE 10.0.0.9 6379 "" 0 5000 COPY AUTH password KEYS a b'],
]

test_a_placed_secret_is_flagged = leaks_at_test(LEAKS)
test_its_look_alikes_pass = look_alikes_test(LOOK_ALIKES)
