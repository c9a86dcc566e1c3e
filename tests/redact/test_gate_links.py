"""The leak gate flags a link's one-time code (an OAuth callback's, an invitation's) when it reads
as generated, in the link as it stands, unwrapped from a mail filter's rewrite (Proofpoint's
urldefense v3 and v2) and percent-decoded once or twice from a redirect parameter
(gatelinks.py), in a Rails log's parameters, and a captured request's name/value entry named
`code` (HAR, Postman, Insomnia), its value on the name's line or the next. Made-up cases, and near misses that stay unflagged:
codes that are numbers, words or templates, rewritten links without a code, and entries whose
values are ids, states, nonces, challenges, ETags or variable references."""

from __future__ import annotations

from tests.redact.gatecases import leaks_test, look_alikes_test

LEAKS = [
    ["GET /oauth/callback?code=4/0AfJohXm9Lq2Rt7Zp8Wn3Kv5&state=xyz HTTP/1.1"],
    ["Join: https://ml.example.net/invite?code=Rv8Lq2Xm7Tz4Wn9Kp3Bc"],
    [
        "Referer: https://ml.example.com/login?next=%2Fsso%2Fcallback%3Fcode%3DZp4Lm9Qx2%252BRv7Kt3Wn"
    ],
    ["Location: /signin?return=%252Fauth%253Fcode%253DHq3Zr8Lm2Xv7Kp4Tn9"],
    [
        "https://urldefense.com/v3/__https://ml.example.org/invite?code=Tq7Rm2Lx9Zp4Kv8Wn3Bh__;!!Xy9zAbC1$"
    ],
    [
        "https://urldefense.proofpoint.com/v2/url?u=https-3A__app.example.com_invite-3Fcode-3DQx7Lm2Rv9Kt4Zp8Wn3&d=DwMF"
    ],
    # a Rails log's request parameters
    ['  Parameters: {"code"=>"Wq8vLm3zRt6pKx2Nf9sYb4hQ_Tz7", "state"=>"9c1e02fa7b3d"}'],
]

LOOK_ALIKES = [
    ["GET /status?code=500 HTTP/1.1"],
    ["redirect to /callback?code=abc&state=1"],
    ["GET /api/errors?code=ERR_TIMEOUT_EXCEEDED HTTP/1.1"],
    ["Your invite: https://ml.example.net/invite?code=welcome-to-the-team"],
    ["template: https://ml.example.net/invite?code={invite_code}"],
    ["Referer: https://ml.example.com/login?next=%2Fdashboard%3Fproject%3Dvision-seg"],
    ["https://urldefense.com/v3/__https://docs.example.com/guide/install__;!!Xy9zAbC1$"],
    ["postal code=94107, country code=US"],
    ['  Parameters: {"code"=>"WELCOME2025", "state"=>"9c1e02fa7b3d"}'],
    ['  Parameters: {"code"=>"[FILTERED]", "state"=>"9c1e02fa7b3d"}'],
]

# HAR's `queryString` / `postData.params` and Postman's `urlencoded` entries as pretty-printed
ENTRY_LEAKS = [
    ['              "name": "code",', '              "value": "Hq7ZxW2mRt9LpV4n-Kd3Bc8Tz_Wn5Lq"'],
    ['\t\t\t\t\t\t\t"key": "code",', '\t\t\t\t\t\t\t"value": "Rv8Lq2Xm7Tz4Wn9Kp3Bc",'],
    ['{"name": "code", "value": "4/0AfJohXm9Lq2Rt7Zp8Wn3Kv5", "comment": ""},'],
    ['    "name": "device_code",', '    "value": "GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS"'],
    # (a PKCE verifier's entry: its name is a secret's, read by the context check)
    ['\t\t\t\t\t\t\t"key": "code_verifier",', '\t\t\t\t\t\t\t"value": "Feuwv9C1zkY0XvnyQS2xy",'],
]
ENTRY_LOOK_ALIKES = [
    ['              "name": "code",', '              "value": "ERR_TIMEOUT_EXCEEDED"'],
    ['              "name": "code",', '              "value": "500"'],
    ['\t\t\t\t\t\t\t"key": "code",', '\t\t\t\t\t\t\t"value": "{{authCode}}",'],
    ['              "name": "state",', '              "value": "JGH-wUg2abz0woZzxqWlEC"'],
    ['              "name": "nonce",', '              "value": "NplVlbO_Hq7ZxW2mRt9LpV"'],
    [
        '              "name": "code_challenge",',
        '              "value": "C6HHGDLnvj34BLQ7FCwDtSZd-XU2aSmCc-HqW8yoaIp"',
    ],
    ['              "name": "If-None-Match",', '              "value": "W/\\"4238757946177ebb\\""'],
    [
        '              "name": "X-Request-Id",',
        '              "value": "362def19-dccd-4b91-87bf-5d218a1"',
    ],
    ['              "name": "code",', '              "value": "[REDACTED:keyvalue:1]"'],
    # the entry's name on a line of its own, another entry's value after it
    ['              "name": "code",', '              "comment": "Hq7ZxW2mRt9LpV4nKd3Bc8Tz"'],
]

test_codes_in_links_leak = leaks_test(LEAKS)
test_links_without_a_code_pass = look_alikes_test(LOOK_ALIKES)
test_codes_in_entries_leak = leaks_test(ENTRY_LEAKS)
test_entries_without_a_code_pass = look_alikes_test(ENTRY_LOOK_ALIKES)
