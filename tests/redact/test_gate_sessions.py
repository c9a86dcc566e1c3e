"""The leak gate on logins a protocol session carries (gatewire.py): SMTP's `AUTH LOGIN` answer
to `Password:` and `AUTH PLAIN`'s credentials in base64, IMAP's `LOGIN`, Redis's `AUTH` in a
RESP capture, ngrep's dotted payload, MONITOR and SLOWLOG, and a Celery worker's trace of a
task's positional arguments. Made-up values in the tools' own formats; near misses of each form
left alone, with both prefilter engines."""

from __future__ import annotations

import base64

from tests.redact.gatecases import leaks_at_test, look_alikes_test

PW = "Hb7nQw3Zx9Lk2"
B64_PW = base64.b64encode(PW.encode()).decode()
B64_PLAIN = base64.b64encode(f"\0alerts@example.org\0{PW}".encode()).decode()
B64_USER = base64.b64encode(b"alerts@example.org").decode()
TASK = (
    "[2024-11-16 02:56:07,407: DEBUG/MainProcess] TaskPool: Apply <function fast_trace_task at "
    "0x7f2c8210141c> (args:('app.tasks.sync_artifacts', '9fb5ad55-ec64-ffac-d0cd-e09d271c431f', "
    "{{'lang': 'py', 'task': 'app.tasks.sync_artifacts', 'id': "
    "'95746e10-4949-8873-7b9a-62eb99ae1508'}}, ({args}), {{}}) kwargs:{{}})"
)

LEAKS: list[tuple[list[str], int]] = [
    # an SMTP session's transcript, and smtplib's debug output
    (
        [
            "C: AUTH LOGIN",
            "S: 334 VXNlcm5hbWU6",
            f"C: {B64_USER}",
            "S: 334 UGFzc3dvcmQ6",
            f"C: {B64_PW}",
            "S: 235 2.7.0 Authentication successful",
        ],
        5,
    ),
    (["reply: b'334 UGFzc3dvcmQ6\\r\\n'", f"send: '{B64_PW}\\r\\n'"], 2),
    ([f"send: 'AUTH PLAIN {B64_PLAIN}\\r\\n'", "reply: b'235 2.7.0 Accepted\\r\\n'"], 1),
    (["C: AUTH PLAIN", "S: 334 ", f"C: {B64_PLAIN}"], 3),
    # IMAP
    ([f'a001 LOGIN bounces@example.com "{PW}"', "a001 OK Logged in"], 1),
    # Redis: a decoded capture's RESP lines, ngrep's payload, MONITOR, SLOWLOG GET
    (["*3", "$4", "AUTH", "$7", "default", f"${len(PW)}", PW, "+OK"], 7),
    ([f"  *3..$4..AUTH..$7..default..${len(PW)}..{PW}.."], 1),
    ([f'1764647500.361946 [0 10.1.2.3:57138] "AUTH" "default" "{PW}"'], 1),
    (
        [
            "1) 1) (integer) 408",
            '   4) 1) "AUTH"',
            '      2) "default"',
            f'      3) "{PW}"',
            '   5) "10.237.232.27:50344"',
        ],
        4,
    ),
    # a Celery task's positional argument
    ([TASK.format(args="'Qz8LmR3xTk7wVp2NbY5cHs9dJf4gKa6e', 'ml-team'")], 1),
]

LOOK_ALIKES: list[list[str]] = [
    # SMTP: the user's answer, a cancelled exchange, the server's own challenges
    ["S: 334 VXNlcm5hbWU6", f"C: {B64_USER}", "S: 334 UGFzc3dvcmQ6", "C: *"],
    ["S: 250-AUTH PLAIN LOGIN", "C: AUTH PLAIN", "S: 334 ", "C: *"],
    # a CRAM-MD5 challenge (a nonce); a client's connection id beside the server's prompt
    ["C: AUTH CRAM-MD5", "S: 334 PDQxOTI5NDIzNDEuNDI4NDUyMDBAZXhhbXBsZS5jb20+"],
    ["DEBUG [F8jp1r7dkvQ] C: AUTH LOGIN", "DEBUG [F8jp1r7dkvQ] S: 334 VXNlcm5hbWU6"],
    [f"send: 'AUTH PLAIN {base64.b64encode(b'hello world').decode()}\\r\\n'"],
    # IMAP: a placeholder, a command that is no login
    ['a001 LOGIN bounces@example.com "password"'],
    ["a002 SELECT INBOX"],
    # Redis: masked arguments, a password that is a word, an ACL LOG entry's fields
    ['1764647500.361946 [0 10.1.2.3:57138] "HELLO" "3" "AUTH" "(redacted)" "(redacted)"'],
    ["*2", "$4", "AUTH", "$8", "changeme"],
    ["  *3..$4..AUTH..$7..default..$10..(redacted).."],
    [
        '   5) "object"',
        '   6) "auth"',
        '   7) "username"',
        '   8) "default"',
    ],
    # Celery: ids and names as a task's arguments
    [TASK.format(args="'a1b2c3d4', 'ml-team', '2f1e0d9c-8b7a-4c5d-9e6f-0a1b2c3d4e5f'")],
]

test_a_session_login_is_flagged = leaks_at_test(LEAKS)
test_its_look_alikes_pass = look_alikes_test(LOOK_ALIKES)
