"""The leak gate on what a tracer records of a command (wbdiag/redact/gatetraced.py): auditd's
hex fields (`USER_CMD`'s `cmd=`, `PROCTITLE`, `EXECVE`'s arguments, also split into `aN[i]=`
parts over records) and strace's prompt with the answer read after it. Made-up values in the
records' own formats (auditd's field list, strace's call syntax); each leak beside a look-alike
of the same form without a secret, with both prefilter engines."""

from __future__ import annotations

from tests.redact.gatecases import leaks_at_test, look_alikes_test
from wbdiag.redact import gatetraced


def _hex(text: str) -> str:
    return text.encode().hex().upper()


def _split(text: str, size: int) -> list[str]:
    digits = _hex(text)
    return [digits[i : i + size] for i in range(0, len(digits), size)]


EVENT = "msg=audit(1733578306.398:754):"
USER_CMD = (
    f'type=USER_CMD {EVENT} pid=78497 uid=1000 auid=1000 ses=2068 msg=\'cwd="/home/ops" '
    'cmd={} exe="/usr/bin/sudo" terminal=pts/5 res=success\''
)
MINIO = "mc alias set wb http://127.0.0.1:9000 minioadmin Xq7-LmJ9VZa0mWnLagHbH"
LONG_SCRIPT = 'for f in /var/log/app/*.log; do gzip -9 "$f"; done; ' * 3


def _execve_split(script: str) -> list[str]:
    parts = _split(script, 96)
    first = f'type=EXECVE {EVENT} argc=3 a0="sh" a1="-c" a2_len={len(script) * 2} '
    return [first + f"a2[0]={parts[0]}"] + [
        f"type=EXECVE {EVENT} a2[{i}]={part}" for i, part in enumerate(parts[1:], 1)
    ]


def _proctitle(args: list[str]) -> str:
    return f"type=PROCTITLE {EVENT} proctitle=" + "00".join(_hex(a) for a in args)


SPLIT_LEAK = _execve_split("echo start; " + "x" * 40 + "; " + MINIO)

# (lines, the line the gate must flag, 1-based)
LEAKS = [
    # sudo's USER_CMD record: the command line in hex, a password glued to `-p`
    ([USER_CMD.format(_hex("mysqladmin -uroot -p2crOGxQUuTbEKGtFnu8 flush-privileges"))], 1),
    # the kernel's form of an EXECVE record (journald, dmesg), one argument in hex
    (
        [
            'audit: type=1309 audit(1701845633.932:849): argc=3 a0="sh" a1="-c" '
            f"a2={_hex('mysql -h db -u wandb -pKz8Qw2Lm9Rx4Tv7P -e status')}"
        ],
        1,
    ),
    # EXECVE's arguments quoted, each a field of its own; and as `ausearch -i` interprets them
    ([f'type=EXECVE {EVENT} argc=3 a0="curl" a1="-u" a2="ec2-user:pxoDMWGZH67vO8tppYJ"'], 1),
    (
        [
            "----",
            "type=EXECVE msg=audit(Jan  5 16:34:50 174:495) : argc=3 a0=wandb a1=login "
            "a2=069c546b510a2007b2fc49046676f4f8dc7b4aee",
        ],
        2,
    ),
    # /proc/<pid>/cmdline: the arguments NUL-separated
    (["mysql\x00-h\x0010.168.113.152\x00-uroot\x00-pboGTzHvCrZoFVQNOGGDrhYZL\x00wandb\x00"], 1),
    # PROCTITLE: the arguments NUL-separated
    ([_proctitle(["redis-cli", "-a", "Tq8wLz2Vn5kRb7Xc", "ping"])], 1),
    # EXECVE's argument split into parts over the event's records (flagged on its last)
    (SPLIT_LEAK, len(SPLIT_LEAK)),
    # strace: a prompt written, echo turned off, the answer read on stdin
    (
        [
            'write(2, "Enter password: ", 16)        = 16',
            "ioctl(0, TCGETS, {B38400 opost isig icanon echo ...}) = 0",
            "ioctl(0, TCSETSW, {B38400 opost isig icanon -echo ...}) = 0",
            'read(0, "J3pt.nCveI05~-K*2.+m\\n", 4096)  = 21',
        ],
        4,
    ),
    # strace -f -tt -y: a pid, a time stamp, the fd's path
    (
        [
            '[pid  4242] 10:21:07.113094 write(5</dev/tty>, "Vault token: ", 13) = 13',
            '[pid  4242] 10:21:09.402211 read(5</dev/tty>, "hvs9Lq2WzR7tK4xN8mPb\\n", 511) = 21',
        ],
        2,
    ),
]

LOOK_ALIKES = [
    [USER_CMD.format(_hex("systemctl restart nginx.service"))],
    [USER_CMD.format(_hex("journalctl -u wandb-local --since yesterday"))],
    [_proctitle(["/usr/bin/python3", "/opt/app/server.py", "--port", "8080"])],
    [_proctitle(["mysql", "-u", "wandb", "-p", "-h", "db.internal"])],
    _execve_split(LONG_SCRIPT),
    [f'type=EXECVE {EVENT} argc=4 a0="tar" a1="-czf" a2="/tmp/logs.tgz" a3="/var/log/wandb"'],
    [
        "type=EXECVE msg=audit(Jan  5 16:34:50 174:495) : argc=3 a0=git a1=checkout "
        "a2=069c546b510a2007b2fc49046676f4f8dc7b4aee",
    ],
    ["/usr/bin/python3\x00-m\x00gunicorn\x00--bind\x000.0.0.0:8080\x00app:server\x00"],
    # a SYSCALL record's arguments are lower-case hex numbers, not text
    [
        f"type=SYSCALL {EVENT} arch=c000003e syscall=59 success=yes exit=0 a0=55d0c4a1b2c0 "
        'a1=55d0c4a1b300 a2=55d0c4a1b320 a3=8 items=2 ppid=1 pid=2 auid=1000 comm="sh"'
    ],
    # a prompt that names no secret, and a password prompt answered with nothing
    [
        'write(1, "Username: ", 10) = 10',
        'read(0, "svc-deploy-bot7Q\\n", 4096) = 17',
    ],
    [
        'write(2, "Enter password: ", 16) = 16',
        'read(0, "\\n", 4096) = 1',
    ],
    # a password prompt, then a library read from a file (binary, truncated by strace)
    [
        'write(2, "Password: ", 10) = 10',
        'read(3, "\\177ELF\\2\\1\\1\\0\\0\\0\\0\\0\\0\\0\\0\\0\\3\\0>\\0\\1\\0\\0\\0"..., 832) = 832',
    ],
]

test_tracer_records_leak = leaks_at_test(LEAKS)
test_tracer_records_look_alikes = look_alikes_test(LOOK_ALIKES)


def test_an_argument_is_rendered_from_its_parts() -> None:
    lines = _execve_split("echo start; " + MINIO)
    views = list(gatetraced.views(lines, 0))
    assert views == [(["sh -c echo start; " + MINIO], [len(lines) - 1])]
