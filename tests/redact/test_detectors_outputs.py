"""Classes of secrets and look-alikes found by a held-out set (holdout12), each in layouts of
its own: what a command prints, what a program already masked, ids beside secret words."""

from __future__ import annotations

import pytest

from wbdiag.redact import Redactor
from wbdiag.redact.prefilter import ENV_ENGINE


@pytest.fixture(params=["hyperscan", "re"], autouse=True)
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each case with both prefilter engines: the lines that arm a follower must be picked."""
    monkeypatch.setenv(ENV_ENGINE, request.param)
    return str(request.param)


# what the program already hid, and ids that share a secret's shape or its words
@pytest.mark.parametrize(
    "lines",
    [
        # masks: rclone's `<sensitive value>`, markers in a URL and between stars
        ['DEBUG : Setting secret_key="<sensitive value>" for "remote"'],
        ["redis_url=redis://default:[REDACTED]@redis:6379/0 ok"],
        ["dsn: postgres://app:[masked]@db:5432/app"],
        ["login settings: {'token': '***MASKED***'}", "API_KEY=*****redacted*****"],
        ["wandb: api_key=****k9Qz host=https://wandb.example.com"],
        # the ids of keys that were revoked (Elasticsearch), a key's metadata (IAM)
        ['{"revoked_tokens":["Qm3xT8LwzPa9vR2kYs1d"],"count":1}'],
        ['{"invalidated_api_keys":["aB3dE5fG7hJ9kL1mN2pQ"],"error_count":0}'],
        ['{"AccessKeyId": "AKIAIOSFODNN7EXAMPL3", "Status": "Active", "CreateDate": "2026-01-02T03:04:05Z"}'],
        ['{"AccessKeyId":"AKIAZ2X3C4V5B6N7M8Q9","LastUsedDate":"2026-02-03T04:05:06Z","Region":"us-east-1"}'],
        # query ids written as hex numbers, a session's owner
        ["# Query 1: 0.00 QPS, 0x3F2A9C8B7D6E5F4A3B2C1D0E9F8A7B6C at byte 123 SELECT tokens"],
        ["Session{email:j.doe@example.com user:Xq7Lm2Pw9Kd4Rt8Vz1Ny access_token:true}"],
        ["contact: email:ops.team@example.org (password resets)"],
        # an unsigned form's `policy` field
        ["send: b'--b7e1\\r\\nContent-Disposition: form-data; name=\"policy\"\\r\\n\\r\\nprivate-read\\r\\n--b7e1--\\r\\n'"],
        # an object DevTools shows expanded under a secret name: its ids and labels
        ["\u25bc serviceAccount:", "  \u25bc apiKeys:", "    \u25bc edges: Array(2)", '        id: "QXBpS2V5OjQ1Ng=="', '        name: "ci-runner"', '  name: "7e0c41a9d2b85f63e1c4a7d09b2f58e36a1d4c90"'],
    ],
)  # fmt: skip
def test_look_alikes_stay(lines: list[str]) -> None:
    assert list(Redactor().lines(lines)) == lines


# a secret beside those look-alikes still goes
@pytest.mark.parametrize(
    ("lines", "secret"),
    [
        (['{"AccessKeyId": "AKIAZ2X3C4V5B6N7M8Q9", "SecretAccessKey": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYzQ8v3m2Kd1", "CreateDate": "2026-01-02T03:04:05Z"}'], "AKIAZ2X3C4V5B6N7M8Q9"),
        (["redis_url=redis://default:Zr8#qL2m9Wx@redis:6379/0"], "Zr8#qL2m9Wx"),
        (['{"invalidated_api_keys":[],"api_key":"Kq9Zr4Lm8Xw2Pt6Vn3Bc"}'], "Kq9Zr4Lm8Xw2Pt6Vn3Bc"),
        (["contact admin:Vq9#pL2xW8@mail.example.org"], "Vq9#pL2xW8"),
        (["\u25bc rotateKey:", "  \u25bc apiKey:", '      id: "QXBpS2V5Ojk5"', '      name: "3f9d0b6e2a81c7f45e0d9a3b6c1f8e27d4a05b9c"'], "3f9d0b6e2a81c7f45e0d9a3b6c1f8e27d4a05b9c"),
    ],
)  # fmt: skip
def test_secrets_beside_look_alikes_go(lines: list[str], secret: str) -> None:
    assert secret not in "\n".join(Redactor().lines(lines))


# a command whose output is a secret: the line after it
@pytest.mark.parametrize(
    ("lines", "secret"),
    [
        (["$ kanidm system oauth2 show-basic-secret grafana", "Zq8Lm2Pw7Kd4Rt9Vx3Ny6Bc1Hs5Gj0Fa"], "Zq8Lm2Pw7Kd4Rt9Vx3Ny6Bc1Hs5Gj0Fa"),
        (["$ aws secretsmanager get-secret-value --secret-id db --query SecretString --output text", "Pw9!xLq2#Zr7mK"], "Pw9!xLq2#Zr7mK"),
        (["$ gcloud secrets versions access latest --secret=wandb-license", "Lq4Zr8Xw2Mn6Pt0Vb3Kc"], "Lq4Zr8Xw2Mn6Pt0Vb3Kc"),
        (["$ vault kv get -field=password secret/wandb/mysql", "Hk4zW8qLx2v9!"], "Hk4zW8qLx2v9!"),
        # run (not quoted as a setting's value), the command prints on the next line
        (["$ PW=$(vault kv get -field=password secret/db); echo \"$PW\"", "Rz2@vN7kXq4pLm"], "Rz2@vN7kXq4pLm"),
        (["% security find-internet-password -a ops -s git.example.com -w", "r7Kq2mZx9LpW4v"], "r7Kq2mZx9LpW4v"),
        (["PS C:\\> $cred.GetNetworkCredential().Password", "Tb6^qP9wLx3m"], "Tb6^qP9wLx3m"),
        (["PS> ConvertFrom-SecureString $s -AsPlainText", "", "Xv3!nQ8zLw5k"], "Xv3!nQ8zLw5k"),
        (["+ echo ${DB_PASSWORD} | xxd -p", "4a7b9c2d8e1f3a5b6c"], "4a7b9c2d8e1f3a5b6c"),
        (["$ printenv WANDB_API_KEY", "Rt8Vz1Ny4Kd2Pw9Lm3Xq"], "Rt8Vz1Ny4Kd2Pw9Lm3Xq"),
        # under a coloured prompt (its codes hold `;`, not a command's end)
        (["\x1b[01;32mops@jump\x1b[00m:\x1b[01;34m~\x1b[00m$ printenv OIDC_SECRET", "Wq3Zr8Lm2Pv7Kd4Nx9Ty", "\x1b[01;32mops@jump\x1b[00m:\x1b[01;34m~\x1b[00m$ "], "Wq3Zr8Lm2Pv7Kd4Nx9Ty"),
        (["\x1b[01;32mops@jump\x1b[00m:\x1b[01;34m~\x1b[00m$ kubectl get secret s3 -o jsonpath='{.data.SECRET_KEY}' | base64 -d; echo", "Hn5Tq2Lw8Zx4Mr7Kv1Pb6Cs9Fd3Gj0Ya"], "Hn5Tq2Lw8Zx4Mr7Kv1Pb6Cs9Fd3Gj0Ya"),
        # strace of a password prompt: what the program read from stdin after it (-f's prefix,
        # getpass's ioctls between)
        (['write(2, "Enter password: ", 16) = 16', 'read(0, "Tq7!mZx2Lp9w\\n", 4096) = 13'], "Tq7!mZx2Lp9w"),
        (['write(3, "Password: ", 10) = 10', 'read(3, "Zx8vLq2#Wm\\n", 511) = 11'], "Zx8vLq2#Wm"),
        (['[pid 812] write(2, "Password: ", 10) = 10', "[pid 812] ioctl(0, TCGETS, {B38400 opost isig icanon -echo ...}) = 0", "[pid 812] ioctl(0, TCSETSF, {B38400 opost isig icanon -echo ...}) = 0", '[pid 812] read(0, "Kp2#vLz8Qw\\n", 4096) = 11'], "Kp2#vLz8Qw"),
        # a history: the answer to mysql_config_editor's prompt echoed into a pipe below it
        (["mysql_config_editor set --login-path=wb --host=db --user=wandb --password", "echo Hn5Tq2Lw8Zx4Mr | mysql --login-path=wb"], "Hn5Tq2Lw8Zx4Mr"),
        # SMTP AUTH LOGIN: the client's answer to `334 UGFzc3dvcmQ6` ("Password:")
        (["S: 334 UGFzc3dvcmQ6", "C: cTdLbTJ4UTlwV3ZM"], "cTdLbTJ4UTlwV3ZM"),
        (["reply: b'334 UGFzc3dvcmQ6\\r\\n'", "send: 'VGI2XnFQOXdMeDNt\\r\\n'"], "VGI2XnFQOXdMeDNt"),
        # a dissector's tree (tshark -V): FTP's and POP3's PASS argument on the line below
        (["    PASS\\r\\n", "        Request command: PASS", "        Request arg: Vz5#qLm8Tx2w"], "Vz5#qLm8Tx2w"),
        (["        Request command: PASS", "        Request parameter: Kw9!zR4pNq7d"], "Kw9!zR4pNq7d"),
        # the client's side of SMTP's AUTH LOGIN in a payload dump: the user name, the password
        (["AUTH LOGIN", "10:51:11.880076 IP 10.0.0.5.53450 > 10.0.0.9.587: Flags [P.], length 22", "b3BzQGV4YW1wbGUuY29t", "E..N..@.@..", "SGQ3IUttMnhRdzlM"], "SGQ3IUttMnhRdzlM"),
        (["AUTH LOGIN b3BzQGV4YW1wbGUuY29t", "SGQ3IUttMnhRdzlM"], "SGQ3IUttMnhRdzlM"),
        (["AUTH LOGIN", "E..N..@.@..", "Tng0I3BRMnpMazdXdnE="], "Tng0I3BRMnpMazdXdnE"),
        # a password echoed into sudo reading stdin, or given it as a here-string
        (["ssh host 'echo Qz8!mL3xW9pK | sudo -S -p \"\" whoami'"], "Qz8!mL3xW9pK"),
        (["[ops@vm ~]$ sudo -S systemctl restart wandb <<< 'Wq3.Zr8Lm2Pv7Kd4'", "[sudo] password for ops: "], "Wq3.Zr8Lm2Pv7Kd4"),
        # `az keyvault secret show`: its JSON's `value`, its table's `Value` column
        (["$ az keyvault secret show --vault-name kv-ml --name db-admin", "{", '  "name": "db-admin",', '  "tags": {},', '  "value": "Hq2~Vz7Lx4-Pm9Rk1Tw6"', "}"], "Hq2~Vz7Lx4-Pm9Rk1Tw6"),
        (["$ az keyvault secret show --vault-name kv-ml --name db-admin -o table", "ContentType    Name      Value", "-------------  --------  --------------------", "               db-admin  Nq4*Lm8zTw2-Kp7Vx3Rb"], "Nq4*Lm8zTw2-Kp7Vx3Rb"),
        # a router's setting read by name (ASUSWRT's nvram), NetworkManager's secret by its field
        (["admin@RT-AC68U:/tmp/home/root# nvram get wl0_wpa_psk", "Hx7-wQ2!pLz9"], "Hx7-wQ2!pLz9"),
        (["$ nmcli --show-secrets --get-values 802-11-wireless-security.psk connection show Office", "Nq4+Lm8zTw2Kp7Vx"], "Nq4+Lm8zTw2Kp7Vx"),
        # a cluster's bootstrap token as k3s and kubeadm create it
        (["$ sudo kubeadm token create --ttl 1h", "9x2kqa.t7mw4pz8n1vb3r6c"], "t7mw4pz8n1vb3r6c"),
        (["# k3s token create --description worker", "q81zvd.m3k9x7wp2ra6tn4c"], "m3k9x7wp2ra6tn4c"),
        # Particle's CLI asks first, then prints the token alone
        (["$ particle token create", "? Using account ops@example.org", "? Please enter your password: [hidden]", "New access token expires on Sat Mar 08 2025", "    7c1e0a9b44d2f6e8a3b5c7d9e1f2a4b6c8d0e2f4"], "7c1e0a9b44d2f6e8a3b5c7d9e1f2a4b6c8d0e2f4"),
        # `cat` of a few key files (one line each); base64 of a key with `; echo` for its newline
        (["$ cat ~/.config/acme/api_key ~/.config/acme/api_token", "5e0c9a2b7d4f1e8a3c6b9d2f5a8e1c4b", "e3b7a1c9d5f2e8b4a6c0d7f3e9b5a1c8d2f6e4b0"], "e3b7a1c9d5f2e8b4a6c0d7f3e9b5a1c8d2f6e4b0"),
        (["# base64 -w0 /etc/munge/munge.key; echo", "Zk3vQ9mL2xW8pR5tN7yB4cD6fH1jK0sA+gE2iU4oP6aS8dF0hJ2kL4zX6cV8bN0m=="], "Zk3vQ9mL2xW8pR5tN7yB4cD6fH1jK0sA+gE2iU4oP6aS8dF0hJ2kL4zX6cV8bN0m"),
        # xCAT's `tabdump passwd`: the password column below the commented header row
        (["# tabdump passwd", "#key,username,password,cryptmethod,authdomain,comments,disable", '"bmc","USERID","Lq4-Wz8!rT2m",,,,'], "Lq4-Wz8!rT2m"),
        # a file named for the secret it holds, by its banner (Mosquitto's `psk_file`)
        (["# /etc/mosquitto/psk_file", "sensor-01:9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c"], "9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c"),
        # python-ldap's trace: a bind's arguments under the call, on one line or pformat's few
        (["*** <ldap.ldapobject.SimpleLDAPObject object at 0x7f3a> ldap://127.0.0.1:389 - SimpleLDAPObject.simple_bind", "(('cn=svc,dc=example,dc=org', 'Rq7!mZ2xLp9w', None, None), {})"], "Rq7!mZ2xLp9w"),
        (["*** <ldap.ldapobject.ReconnectLDAPObject object at 0x7f3a> ldap://127.0.0.1:389 - ReconnectLDAPObject.simple_bind", "(('uid=a-long-service-account-name,ou=service-accounts,dc=example,dc=org',", "  'Tw4.Kd8Lq2Zx',", "  None,", "  None),", " {})"], "Tw4.Kd8Lq2Zx"),
        (["*** <ldap.ldapobject.SimpleLDAPObject object at 0x7f3a> ldap://127.0.0.1:389 - SimpleLDAPObject.passwd", "(('uid=bob,dc=example,dc=org', 'Old4.Kd8Lq2Z', 'Nw7!Hp3Vr9Tm', None, None), {})"], "Nw7!Hp3Vr9Tm"),
        # Zeek's log: the `#fields` directive names no column, `#types` sits under the names
        (["#separator \\x09", "#path\thttp", "#fields\tts\tuid\tmethod\thost\tusername\tpassword", "#types\ttime\tstring\tstring\tstring\tstring\tstring", "1714557600.1\tCx1\tGET\th\tadmin\tQw8!zT4mLp2x"], "Qw8!zT4mLp2x"),
        # SSLKEYLOGFILE's labels of one length: each line is a record, no wrapped value
        (["SERVER_HANDSHAKE_TRAFFIC_SECRET " + "ab" * 32 + " " + "3c" * 32, "CLIENT_HANDSHAKE_TRAFFIC_SECRET " + "ab" * 32 + " " + "9e7d" * 16, "SERVER_TRAFFIC_SECRET_0 " + "ab" * 32 + " " + "5f1a" * 16], "5f1a" * 16),
        # http.client's `send:` of a multipart body, its line breaks escaped
        (["send: b'--b7e1\\r\\nContent-Disposition: form-data; name=\"smtp_password\"\\r\\n\\r\\nHv3#Lq8zWm2T\\r\\n--b7e1--\\r\\n'"], "Hv3#Lq8zWm2T"),
        # a signed POST's policy beside its signature (a HAR's multipart `postData`)
        (['"text": "--f9\\r\\nContent-Disposition: form-data; name=\\"policy\\"\\r\\n\\r\\neyJjb25kaXRpb25zIjpbeyJidWNrZXQiOiJ3YW5kYiJ9XX0Qx7Lm2Pw9Kd4Rt8Vz\\r\\n--f9\\r\\nContent-Disposition: form-data; name=\\"x-goog-signature\\"\\r\\n\\r\\n9a8b7c6d5e4f\\r\\n--f9--\\r\\n"'], "eyJjb25kaXRpb25zIjpbeyJidWNrZXQiOiJ3YW5kYiJ9XX0Qx7Lm2Pw9Kd4Rt8Vz"),
        # tshark's hex of a Redis RESP `AUTH user password`
        (["3\t2a330d0a24340d0a415554480d0a24370d0a64656661756c740d0a2431320d0a" + b"Vq9Lx2Mz7Rk4".hex() + "0d0a"], b"Vq9Lx2Mz7Rk4".hex()),
    ],
)  # fmt: skip
def test_printed_secrets_go(lines: list[str], secret: str) -> None:
    assert secret not in "\n".join(Redactor().lines(lines))


# near misses: commands that print no secret, echoes of plain variables, sudo's shell
@pytest.mark.parametrize(
    "lines",
    [
        ["$ kanidm system oauth2 show grafana", "Xq7Lm2Pw9Kd4Rt8Vz1Ny"],
        ["$ echo $HOSTNAME | base64", "d2FuZGItMC5leGFtcGxlLmNvbQo="],
        # below mysql_config_editor's prompt: a statement or a variable echoed; a listing's echo
        ["mysql_config_editor set --login-path=wb --host=db --user=wandb --password", 'echo "SELECT 1" | mysql --login-path=wb', "mysql_config_editor set --login-path=ro --user=ro --password", "echo $DB_PW | mysql --login-path=ro"],
        ["mysql_config_editor print --all", "echo Kq8mZx2Lp9Wv | wc -c"],
        # strace: what a program read after a question or a user name's prompt
        ['write(1, "Continue? [y/N]: ", 17) = 17', 'read(0, "y\\n", 4096) = 2', 'write(1, "Username: ", 10) = 10', 'read(0, "alice-ops\\n", 4096) = 10'],
        ['write(2, "Enter password: ", 16) = 16', 'write(2, "\\n", 1) = 1', 'read(3, "# comment line here\\n", 4096) = 19', 'close(3) = 0', 'read(4, "root:x:0:0:root\\n", 4096) = 16'],
        ["\x1b[01;32mops@jump\x1b[00m:\x1b[01;34m~\x1b[00m$ printenv HOME", "/home/ops", "\x1b[01;32mops@jump\x1b[00m:\x1b[01;34m~\x1b[00m$ printenv WANDB_BASE_URL", "http://localhost:8080"],
        ["$ security find-generic-password -s wandb-api", "keychain: \"/Users/ops/Library/Keychains/login.keychain-db\""],
        ["echo Xq7Lm2Pw9Kd4 | sudo -s tee /etc/motd"],
        ["$ grep -c ERROR <<< 'Xq7Lm2Pw9Kd4 ERROR'"],
        # a listing of a vault's secrets (no values), one secret's name asked for alone
        ["$ az keyvault secret list --vault-name kv-ml -o table", "Name      ContentType    Value", "--------  -------------  -------", "db-admin"],
        ["$ az keyvault secret show --vault-name kv-ml --name db-admin --query name", '"db-admin"', "$ cat values.yaml", "value: Xq7Lm2Pw9Kd4"],
        ["S: 334 VXNlcm5hbWU6", "C: b3BzQGV4YW1wbGUuY29t"],
        ["AUTH LOGIN", "b3BzQGV4YW1wbGUuY29t", "535 5.7.8 Authentication failed", "QUIT"],
        ["        Request command: USER", "        Request arg: ops-backup7", "        Request command: CWD", "        Request arg: /srv/ml-artifacts"],
        # a command a setting holds, quoted, is not run there: the next line is another setting
        ['RESTIC_PASSWORD_COMMAND="vault kv get -field=password secret/restic"', "RESTIC_CACHE_DIR=/var/cache/restic-a34f"],
        ["export BORG_PASSCOMMAND='pass show backup/borg'", "BORG_REPO=ssh://backup@nas/./wandb"],
        # a tool's own log line (`NAME=value` fields) after its password prompt
        ["gh-ost --user=ghost --ask-pass --database=wandb --table=runs --execute", "Password:", "GH_OST_DATABASE_NAME=wandb GH_OST_TABLE_NAME=runs GH_OST_ELAPSED_SECONDS=5303"],
        # a setting read by a name that holds no secret; a token command's help, then the next
        # prompt's output
        ["admin@RT-AC68U:/tmp/home/root# nvram get wl0_ssid", "Attic-5G-Guest7"],
        ["$ nmcli -g 802-11-wireless.ssid connection show Office", "Office-Guest-Net4"],
        ["$ particle token create --help", "Usage: particle token create [options]", "$ git rev-parse HEAD", "3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a"],
        # `cat` of a key file beside a document, of a file that holds no key; a CSV header row
        # a dump tool comments out
        ["$ cat README.md api_key", "9c2e4b6d8f0a3f9a1c7e5b2d4f6a8c0e"],
        ["# /etc/mosquitto/acl_file", "user sensor01", "topic readwrite sensors/#"],
        ["# tabdump passwd", "#key,username,password,cryptmethod,authdomain,comments,disable"],
        # python-ldap's anonymous bind and a search; Zeek's unset password
        ["*** <ldap.ldapobject.SimpleLDAPObject object at 0x7f3a> ldap://127.0.0.1:389 - SimpleLDAPObject.simple_bind", "(('', '', None, None), {})", "*** <ldap.ldapobject.SimpleLDAPObject object at 0x7f3a> ldap://127.0.0.1:389 - SimpleLDAPObject.search_ext", "(('dc=example,dc=org', 2, '(uid=bob)', None, 0, None, None, -1, 0), {})"],
        ["#fields\tts\tuid\tmethod\thost\tusername\tpassword", "1714557600.1\tCx1\tGET\th\t-\t-"],
        # an IMAP literal's length in the password's place; Nodemailer's logged mask in PLAIN
        ["a1 LOGIN ops@example.com {40}"],
        ["[2024-01-27T22:02:32.889Z] DEBUG [nedFUDYguBV] C: AUTH PLAIN AG9wc0BleGFtcGxlLmNvbQAvKiBzZWNyZXQgKi8="],
        ["S: 250-AUTH PLAIN OAUTHBEARER XOAUTH2"],
        # a form field that names no secret, escaped on one line
        ["send: b'--b7e1\\r\\nContent-Disposition: form-data; name=\"host\"\\r\\n\\r\\nsmtp.example.com\\r\\n--b7e1--\\r\\n'"],
    ],
)  # fmt: skip
def test_outputs_of_other_commands_stay(lines: list[str]) -> None:
    assert list(Redactor().lines(lines)) == lines


# bound parameters of a statement whose columns name a secret, as ORMs and drivers log them
@pytest.mark.parametrize(
    ("lines", "secret"),
    [
        (["[SQL: INSERT INTO users (name, api_key) VALUES (%s, %s)] [parameters: ('bob', 'Zq8Lm2Pw7K!d')]"], "Zq8Lm2Pw7K!d"),
        (["INFO sqlalchemy.engine.Engine UPDATE smtp SET password=? WHERE id=?", "INFO sqlalchemy.engine.Engine [cached since 3.1s ago] ('Tb6^qP9wLx', 1)"], "Tb6^qP9wLx"),
        (["LOG:  execute <unnamed>: UPDATE accounts SET reset_token = $2, name = $1 WHERE id = $3", "DETAIL:  parameters: $1 = 'x', $2 = 'Kq9Zr4Lm8Xw2', $3 = '42'"], "Kq9Zr4Lm8Xw2"),
        (['prisma:query UPDATE "User" SET "apiToken" = $1 WHERE "id" = $2', 'prisma:query params ["Rt8Vz1Ny4Kd2",17]'], "Rt8Vz1Ny4Kd2"),
        (["knex:query update `users` set `token` = ? where `id` = ?", "knex:bindings [ 'Vq9#pL2xW8zz', 5 ]"], "Vq9#pL2xW8zz"),
        (["org.hibernate.SQL - update users set name=?, secret=? where id=?", "binding parameter (1:VARCHAR) <- [alice]", "binding parameter (2:VARCHAR) <- [Xv3!nQ8zLw5k]"], "Xv3!nQ8zLw5k"),
    ],
)  # fmt: skip
def test_bound_parameters_go(lines: list[str], secret: str) -> None:
    assert secret not in "\n".join(Redactor().lines(lines))


# near misses: the other columns' values, statements that name no secret column
@pytest.mark.parametrize(
    "lines",
    [
        ["INSERT INTO hosts (name, port) VALUES (?, ?)", "[generated in 0.0001s] ('db-Xq7Lm2Pw9Kd4', 3306)"],
        ["UPDATE users SET password_changed_at = $1 WHERE id = $2", "DETAIL:  parameters: $1 = '2026-01-01 00:00:00', $2 = '7'"],
        ["insert into creds (name, secret) values (?, ?)", "binding parameter [1] as [VARCHAR] - [smtp-relay]"],
        ["prisma:query UPDATE \"Token\" SET \"lastUsed\" = $1 WHERE \"id\" = $2", "prisma:query params [\"2026-01-01T00:00:00Z\",\"Xq7Lm2Pw9Kd4Rt8V\"]"],
    ],
)  # fmt: skip
def test_other_parameters_stay(lines: list[str]) -> None:
    assert list(Redactor().lines(lines)) == lines


# separators in words or glued, a full-width space, INI continuation lines, UUID secrets
@pytest.mark.parametrize(
    ("lines", "secret"),
    [
        (["DEBUG: ConfigParser: gpg_passphrase->Xq7#Lm2Pw9Kd"], "Xq7#Lm2Pw9Kd"),
        (["(0x4000): option ldap_default_authtok has value Zr8#qL2m9Wx"], "Zr8#qL2m9Wx"),
        (["replacing token '__DB_PASSWORD__' with 'Tb6^qP9wLx3m'"], "Tb6^qP9wLx3m"),
        (["setting: redis_password is set to Hk4zW8qLx2v9!"], "Hk4zW8qLx2v9!"),
        (["认证令牌：\u3000Zq8Lm2Pw7Kd4Rt9Vx3Ny\u3000（24h）"], "Zq8Lm2Pw7Kd4Rt9Vx3Ny"),
        (["client_secret:\u3000Rt8Vz1Ny4Kd2Pw9Lm3Xq"], "Rt8Vz1Ny4Kd2Pw9Lm3Xq"),
        (["[api]", "url = https://wandb.example.com", "key =", "\t7d1f0b9c3e5a2f4d6b8c0e1a3f5d7b9c2e4a6f8d"], "7d1f0b9c3e5a2f4d6b8c0e1a3f5d7b9c2e4a6f8d"),
        (["db_password =", "    Vq9#pL2xW8zz"], "Vq9#pL2xW8zz"),
        (["secret_id          3f2a9c8b-7d6e-4f5a-8b2c-1d0e9f8a7b6c"], "3f2a9c8b-7d6e-4f5a-8b2c-1d0e9f8a7b6c"),
        (["CONSUL_HTTP_TOKEN=9b1c2d3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e"], "9b1c2d3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e"),
        (["$ vault write -format=json transit/decrypt/app ciphertext=vault:v1:Zm9vYmFy", "{", '  "request_id": "5f1c",', '  "data": {', '    "plaintext": "c2VjcmV0LVhxN0xtMlB3OUtk"', "  }", "}"], "c2VjcmV0LVhxN0xtMlB3OUtk"),
    ],
)  # fmt: skip
def test_separated_secrets_go(lines: list[str], secret: str) -> None:
    assert secret not in "\n".join(Redactor().lines(lines))


@pytest.mark.parametrize(
    "lines",
    [
        ["the password with length 12 is rejected"],
        ["option ldap_default_authtok_type has value password"],
        ["DEBUG: ConfigParser: access_key->AK...17_chars...Q", "DEBUG: ConfigParser: secret_key->...40_chars..."],
        ["[api]", "password =", "host = db"],
        ["secret_id_accessor    3f2a9c8b-7d6e-4f5a-8b2c-1d0e9f8a7b6c"],
        ["listeners: PLAINTEXT://0.0.0.0:9092", '"plaintext": false,'],
        ["$ vault write transit/encrypt/app plaintext=$(base64 <<< hi)", "{", '  "ciphertext": "vault:v1:Zm9vYmFyYmF6"', "}"],
    ],
)  # fmt: skip
def test_separated_look_alikes_stay(lines: list[str]) -> None:
    assert list(Redactor().lines(lines)) == lines


def _hex(text: str) -> str:
    return text.encode().hex()


def _b64(text: str) -> str:
    import base64

    return base64.b64encode(text.encode()).decode()


_SAML = (
    '<samlp:Response><saml:Attribute Name="api_key" NameFormat="basic">'
    "<saml:AttributeValue>Zq8Lm2Pw7Kd4Rt9Vx3</saml:AttributeValue></saml:Attribute></samlp:Response>"
)

_SAML_B64 = _SAML.replace("api_key", "oidc.refresh_token")


# encodings and markup: hex text, SAML attributes (also inside base64), attributes before an
# element's text, a generated value holding `=` (quoted-printable's `=3D`)
@pytest.mark.parametrize(
    ("lines", "secret"),
    [
        (["DEBUG redis: AUTH payload hex=" + _hex("Y0KyrWWQybBYhsfC")], _hex("Y0KyrWWQybBYhsfC")),
        (["dump: " + _hex("db_password=Tb6^qP9wLx3m")], _hex("db_password=Tb6^qP9wLx3m")),
        ([_SAML], "Zq8Lm2Pw7Kd4Rt9Vx3"),
        (['{"post":[["SAMLResponse","' + _b64(_SAML_B64) + '"]]}'], _b64(_SAML_B64)[40:80]),
        (['<Pass encoding="base64">' + _b64("Xq7#Lm2Pw9") + "</Pass>"], _b64("Xq7#Lm2Pw9")),
        (['<password type="plain">Vq9#pL2xW8zz</password>'], "Vq9#pL2xW8zz"),
        (["Temporary password for the console: Kq9Zr4Lm=3D8Xw2Pt6Vn3Bc"], "Kq9Zr4Lm=3D8Xw2Pt6Vn3Bc"),
        # Elasticsearch's created API key: `encoded` is the base64 of `id:api_key`
        (['{"id":"VuaCfGcBCdbkQm-e5aOx","name":"wb","encoded":"' + _b64("VuaCfGcBCdbkQm-e5aOx:ui2lp2axTNmsyakw9tvNnw") + '"}'], _b64("VuaCfGcBCdbkQm-e5aOx:ui2lp2axTNmsyakw9tvNnw")),
        (['  "encoded" : "' + _b64("tdbE5ctVytC9YkpyrjYO:QwKzPmsyakwTvNnwRxLpa") + '"'], _b64("tdbE5ctVytC9YkpyrjYO:QwKzPmsyakwTvNnwRxLpa")),
    ],
)  # fmt: skip
def test_encoded_secrets_go(lines: list[str], secret: str) -> None:
    assert secret not in "\n".join(Redactor().lines(lines))


@pytest.mark.parametrize(
    "lines",
    [
        # digests and ids in hex decode to no text; a hex word without a secret's context
        ["sha1=14a23ad70f2a5dd725575de6c43e1cdd8b15e3e5 token refreshed"],
        ["trace " + _hex("Y0KyrWWQybBYhsfC")],
        ["key id " + _hex("1234567890123456")],
        # attributes that name no secret, a self-closing element
        ['<saml:Attribute Name="email"><saml:AttributeValue>j.doe@example.com</saml:AttributeValue>'],
        ['<password policy="strict"/> <b>Xq7Lm2Pw9Kd4</b>'],
        # a key before `=` stays a key: `X-Amz-Date=` is no generated value
        ["token refreshed at X-Amz-Date=20260101T000000Z"],
        # an `encoded` value that decodes to no id and key: a name, a path, words
        ['{"encoded":"' + _b64("wandb-logs:production") + '","field":"' + _b64("runs/abc/config.yaml") + '"}'],
        ['{"name":"report.pdf","encoded":"' + _b64("attachment:filename=report-final.pdf") + '"}'],
    ],
)  # fmt: skip
def test_encoded_look_alikes_stay(lines: list[str]) -> None:
    assert list(Redactor().lines(lines)) == lines
