"""The leak gate reads credentials as people write them in tickets, chats and notes: a product's
license key named in prose, a rich-text document's text nodes read as the sentence they make
(gateviews.py), a default account and its password joined by a slash, MySQL's temporary password
for root, and a new value beside an old one the redactor took (gateprose.py). Made-up cases, and near misses that stay unflagged."""

from __future__ import annotations

from tests.redact.gatecases import leaks_test, look_alikes_test

LEAKS = [
    ["LICENSE=Zq8Lm2Xv7Rt4Kp9Wn3Bc5Hd"],
    ["Here is your new licence: Hq7Lm2Zx9Rt4Kv8Wp3N"],
    # Jira's ADF, pretty-printed: the label's node and the value's node on lines of their own
    [
        '{"type":"doc","version":1,"content":[{"type":"paragraph","content":[',
        '  {"type":"text","text":"Deploy token for the new runner: "},',
        '  {"type":"text","text":"Kq8Zr2Lm7Xv4Tp9Wn3Bc","marks":[{"type":"code"}]}]}]}',
    ],
    [
        '{"content":[{"type":"text","text":"Updated license, apply today: "},'
        '{"marks":[{"type":"code"}],"text":"Wn3Bc5Hd8Kq2Zr7Lm4Xv9Tp6","type":"text"}]}'
    ],
    # Slack's rich_text blocks
    [
        '{"type": "rich_text_section", "elements": [',
        '  {"type": "text", "text": "the staging api key is "},',
        '  {"type": "text", "text": "Vb7Lq2pXm9Rz4Kt8", "style": {"code": true}}]}',
    ],
    # a remark in brackets between the secret's name and its colon, the value below (quoted)
    ["> api key (prod, one line):", "> Zr8Lm2Xv7Tp4Kq9Wn3B"],
    ["DB reachable again as postgres / Tq7!mL2xR9vK, please rotate"],
    ["console login: admin / Lm2#Xv7Rt4Kp"],
    ["- **Console login:** ops.team@corp.example.org / Hd5.Kq8Zr2Lm"],
    ['{"message":"db creds for the migration: wandb / Zq7v.Lm2!Xk9R (expires friday)"}'],
    # a token a runbook or a ticket says to use to log in, bare, in a code span, in HTML
    ["3. Browse to the console and use Zr8+Kq2xWv5Lm3 to sign in as `root`."],
    ['{"body": "<p>Use <tt>KQvX2tLmWz7Rp--Hn</tt> for the <tt>wandb</tt> account.</p>"}'],
    # an old value the redactor took as the secret's, the new one beside it
    ["- API token: [REDACTED:keyvalue:1] Zp4Wq8Lm2Xv7Rt"],
    ["* SMTP password: [REDACTED:keyvalue:3]~~ Hd5.Kq8Zr2Lm"],
    ['{"desc": "smtp password: [REDACTED:keyvalue:3] Wq8.Lm2Zx7Rt"}'],
    # a keyring backend's debug line: the password it read
    ["DEBUG keyring.backends.kwallet: got password for service 'ci' user 'ops': 'Tq8Zw3Lm9Kx2'"],
    # MySQL's first start: the temporary password it made for root (no digit in it)
    [
        "[Note] [MY-010454] [Server] A temporary password is generated for root@localhost: Kq;w-ZrLmXt"
    ],
]

LOOK_ALIKES = [
    ["License: Apache-2.0"],
    ["licence_expires=2026-01-31"],
    ["LICENSE_FILE=/etc/wandb/license.txt"],
    ["Checking license... valid until 2027-03-01 (seats: 40)"],
    [
        '{"type":"doc","content":[{"type":"paragraph","content":[',
        '  {"type":"text","text":"Rotated the token yesterday, details in "},',
        '  {"type":"text","text":"RUNBOOK-1234","marks":[{"type":"link"}]}]}]}',
    ],
    [
        '{"content":[{"type":"text","text":"License renewed for "},',
        '  {"type":"text","text":"Acme Research GmbH"},{"type":"text","text":" until 2027"}]}',
    ],
    ["api key (see the runbook):", "https://wiki.example.com/runbook/keys"],
    ["token (optional):", "none"],
    ["path: root / home / ubuntu"],
    ["breadcrumb: Admin / Settings / Access tokens"],
    ["owner admin / group wheel"],
    ["root / 4f2a9c1e"],
    ["mail alice@example.com / bob@example.com"],
    ["wandb / wandb-app-7f9c8d5b4-xk2lp"],
    ["use SSO to log in; use kubectl-v1.28 for the wandb user"],
    ["Use `wandb-admin-01` to log in"],
    ["password: [REDACTED:keyvalue:1] (rotated 2024-05-01)"],
    ["token=[REDACTED:generic:2] expires_in=3600"],
    ["- DB password: [REDACTED:keyvalue:1] see vault"],
    ["request [REDACTED:url_password:1] 7f3e2a19c0b84d5e"],
    ['    "env": "loaded settings: mysql_password=[REDACTED:keyvalue:1] host=db",'],
    ['    "env": "REDIS_PASSWORD:   [REDACTED:random_in_context:1]  (v1:redis-creds)",'],
    ["DEBUG keyring: got password for service 'ci' user 'ops': '********'"],
    ["[Note] A temporary password is generated for root@localhost: [REDACTED:prose:1]"],
    ["A temporary password is generated for root@localhost: password"],
]

test_prose_credentials_leak = leaks_test(LEAKS)
test_prose_without_a_credential_passes = look_alikes_test(LOOK_ALIKES)
