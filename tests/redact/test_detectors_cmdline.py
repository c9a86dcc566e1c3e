"""Command-line passwords (detectors/cmdline.py): curl's `-u` ending a cluster of short flags,
ssh-keygen's passphrases, a value `set -x` prints in a test, and a Redis AUTH (rediscmd.py)
whose announced length runs past what a capture printed; what goes, what stays next to it, on both prefilter engines."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_kept, assert_redacted, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

# (line, the secret that must go, text next to it that must stay)
CASES = [
    (
        "curl -su api:d9f7151b55702f143abe04eea12c2784 https://wb.example.com/api",
        "d9f7151b",
        "api:",
    ),
    ("curl -fsSLu admin:Pq9~Lm3Xz7Rw -T pkg.tgz https://repo.example.com", "Pq9~Lm3Xz7Rw", "-T"),
    ("  412  curl -kSu 'deploy:Hw5$nQ2kZt8r' https://svc:8443/health", "Hw5$nQ2kZt8r", "deploy:"),
    ("curl -s -u 'ops:Vq4 k#Lz8@Tn' https://store:9000/", "k#Lz8@Tn", "https://store"),
    ('curl --user "ops:Wy7%Gn 2Pd" -o out.json https://svc/', "2Pd", "-o out.json"),
    (
        'type=EXECVE msg=audit(1730812093.318:168): argc=3 a0="curl" a1="-u" a2="ops:pxoDMWG67vO8"',
        "pxoDMWG67vO8",
        'a2="ops:',
    ),
    ("ssh-keygen -p -f ~/.ssh/id_ed25519 -P '' -N 'Asr_6jT9JJUjTKq'", "Asr_6jT9JJUjTKq", "-P ''"),
    ('ssh-keygen -p -P "Old-Pass_91x" -N "New-Pass_73q" -f k', "Old-Pass_91x", "-f k"),
    ('ssh-keygen -p -P "Old-Pass_91x" -N "New-Pass_73q" -f k', "New-Pass_73q", "-f k"),
    ("ssh-keygen -t ed25519 -N Tundra-Orbit-42 -C ops@wb", "Tundra-Orbit-42", "-C ops@wb"),
    (
        r'write(3, "*2\r\n$4\r\nAUTH\r\n$222\r\nVIiGU2oPgTvx6ydneuUZVk\r\n", 710) = 710',
        "VIiGU2oPgTvx6ydneuUZVk",
        r"AUTH\r\n$222\r\n",
    ),
    (
        r'write(3, "*3\r\n$4\r\nAUTH\r\n$7\r\ndefault\r\n$40\r\nKq8vN3zWx5", 32)',
        "Kq8vN3zWx5",
        "default",
    ),
    ("+ '[' -n V5lnXpHV7X2RkRB4DgB6t ']'", "V5lnXpHV7X2RkRB4DgB6t", "+ '[' -n "),
    ("++ test -z 'Qb86Rg00Bp;Pd1Vc5'", "Qb86Rg00Bp;Pd1Vc5", "++ test -z"),
    ("+ [[ Rn3XPMtWmw0To8Iurl != '' ]]", "Rn3XPMtWmw0To8Iurl", "!= ''"),
    ("+ '[' abc = Kq8vN3zWx5nT2m ']'", "Kq8vN3zWx5nT2m", "+ '[' abc ="),
    # a password glued to mysql's -p, htpasswd's batch password; an anonymous login's secret
    (
        "root  812  1  0 11:58 pts/7  00:00:00 mysql -h db -u root -pKq8mZx2Lp9",
        "Kq8mZx2Lp9",
        "-u root",
    ),
    ("htpasswd -bnBC 10 ops Tz4#wLq8Mn2v", "Tz4#wLq8Mn2v", "-bnBC 10 ops"),
    (
        "machine ftp.example.org login anonymous password Hq7Lm2Xz9Pw4",
        "Hq7Lm2Xz9Pw4",
        "login anonymous",
    ),
    (
        "Invoke-RestMethod -Uri https://ml.example.net/ -Credential Wq8zLm2Xp4Kd",
        "Wq8zLm2Xp4Kd",
        "-Uri",
    ),
]

# lines that come back unchanged: a cluster without a user:password after it, a word after one
# dash, other tools' clusters, an empty or referenced passphrase, a traced test of a path, a word,
# a number, a date; a test outside a trace (a script's own text)
STAYS = [
    "curl -sSL https://wb.example.com/install.sh | bash",
    "curl -su admin https://wb.example.com/api/v1/viewer",
    "curl -sS -output:json https://wb.example.com",
    "ps -eu postgres:x",
    'type=EXECVE msg=audit(1730812093.318:168): argc=4 a0="docker" a1="run" a2="-u" a3="1000"',
    "set -eu",
    "sudo -iu root bash",
    'ssh-keygen -t ed25519 -N "" -f ~/.ssh/id_ed25519',
    "ssh-keygen -p -f ~/.ssh/id_ed25519 -P '' -N ''",
    'ssh-keygen -t rsa -b 4096 -N "$PASSPHRASE" -f key',
    "ssh-keygen -lf ~/.ssh/id_ed25519.pub",
    r'write(3, "*2\r\n$3\r\nGET\r\n$40\r\nwandb:run:queue", 32) = 32',
    "+ '[' -f /run/secrets/mysql_password ']'",
    "+ '[' -n wandb ']'",
    "+ test -z /etc/wb/857.cnf",
    "+ '[' 3 -eq 3 ']'",
    "+ '[' production = production ']'",
    "+ '[' -n 2024-01-03T04:00:12Z ']'",
    "if [ -n Rn3XPMtWmw0To8Iurl ]; then",
    # mysql overwrote its password in argv (`ps`); the docs' placeholder password; anonymous
    # FTP's mail address as the password; a PSCredential in a variable; ssh-agent's socket
    "root  812  1  0 11:58 pts/7  00:00:00 mysql -h db -u root -px xxxxxxxxxxxxxxxx",
    "#   htpasswd -bnBC 10 \"\" password | tr -d ':\\n'",
    "default login anonymous password user@example.com",
    "Invoke-RestMethod -Uri https://ml.example.net/ -Credential $cred",
    "SSH_AUTH_SOCK=/tmp/ssh-KjxizS50Zyc2/agent.3376; export SSH_AUTH_SOCK;",
    # a help text's metavar and its description
    "  -a <password>      Password to use when connecting to the server.",
]


@pytest.mark.parametrize(("line", "secret", "kept"), CASES)
def test_shape(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)


def test_look_alikes_stay() -> None:
    assert_kept(STAYS)
