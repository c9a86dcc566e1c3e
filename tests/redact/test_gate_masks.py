"""The leak gate on values a tool shows masked, hashed or as a placeholder (gatepublic.py,
gatecontext.py's `arms`): a URL's password as a run of one letter, a key masked but for its prefix
and tail, a key's SHA-256 in a record that names the key by its alias, a usage's placeholder in an
error message. Each look-alike beside the leak of the same form, with both prefilter engines."""

from __future__ import annotations

from tests.redact.gatecases import leaks_at_test, look_alikes_test

URL = "2025-03-14T15:41:37.040Z\tINFO\tcache/connect.go:26\tdialing redis url=rediss://default:{}@redis.example.com:6380/3"
TABLE = [
    "Name            Secret key     Created        Last used      Project",
    "eval-runner     {}      May 2, 2025    Never          evals",
]
KEY_INFO = (
    '{{"key": "{key}", "info": {{"key_name": "{name}", "key_alias": null, "spend": 5.48, '
    '"models": ["gpt-4o"]}}}}'
)
SPEND = '{{"request_id": "chatcmpl-1a2b", "api_key": "{key}", {alias}"spend": 0.0009}}'
DIGEST = "4f1c0b2e9d8a7c6b5a49382716f5e4d3c2b1a09f8e7d6c5b4a3928171605f4e3"
MISSING = [
    "The client couldn't find your API token.",
    '    - Linux/Unix: export EXAMPLE_API_TOKEN="{}"',
    "{}",
]

LEAKS: list[tuple[list[str], int]] = [
    ([URL.format("Wq8vLm3zRt6pKx")], 1),
    ([TABLE[0], TABLE[1].format("sk-Wq8vLm3zRt6pKx2Nf")], 2),
    ([KEY_INFO.format(key="sk-Wq8vLm3zRt6pKx2Nf9sYb", name="sk-...9sYb")], 1),
    ([SPEND.format(key="Wq8vLm3zRt6pKx2Nf9sYb4hQ", alias='"key_alias": "judge", ')], 1),
    # a digest's length without an alias that says it is a key's hash: a hex key
    ([SPEND.format(key=DIGEST, alias="")], 1),
    # a line that names the secret and gives no value of its own: the next line holds it
    ([MISSING[0], "    export EXAMPLE_API_TOKEN=", "Wq8v#Lm3 zRt6pKx"], 3),
    ([MISSING[0], "    api_token:", "(run Wq8v#Lm3 zRt6pKx)"], 3),
    # a value where a client logs its mask; PLAIN's password as sent; a hashed userPassword
    (
        [
            "    Credentials: { SecretAccessKey: 'Wq8v#Lm3zRt6pKx2Nf', SessionToken: '***SensitiveInformation***' },"
        ],
        1,
    ),
    (["DEBUG [T1loDKADqst] C: AUTH PLAIN AG9wcwBLcTltVzN4THAyWnQ="], 1),
    (["userPassword:: e1NTSEF9dGVzdHRlc3R0ZXN0MTIz"], 1),
    # a header's value beside a digest's name; a generated value in a cache key's place
    (["[C414] completed header: key=authorization value=Zq8mT3xLw2Kd9Rp5Vn7bHq2w"], 1),
    (['"SET" "wandb:password_reset:Zq8mT3xLw2Kd9Rp5" "1"'], 1),
]

LOOK_ALIKES: list[list[str]] = [
    [URL.format("xxxxx")],
    [URL.format("********")],
    [TABLE[0], TABLE[1].format("sk-...KcQu")],
    [TABLE[0], TABLE[1].format("sk-proj-…9rY6")],
    [KEY_INFO.format(key=DIGEST, name="sk-...sg19")],
    [SPEND.format(key=DIGEST, alias='"key_alias": "weave-judge", ')],
    [MISSING[0], MISSING[1].format("YOUR_API_TOKEN"), "(run 7c1e02fa)"],
    [MISSING[0], MISSING[1].format("<your-api-token>"), "(run 7c1e02fa)"],
    # the AWS SDK for JavaScript v3's mask, Nodemailer's logged `AUTH PLAIN`, OpenLDAP's `{SASL}`
    [
        "    Credentials: { SecretAccessKey: '***SensitiveInformation***', SessionToken: '***SensitiveInformation***' },"
    ],
    ["DEBUG [T1loDKADqst] C: AUTH PLAIN AG9wc0BleGFtcGxlLmNvbQAvKiBzZWNyZXQgKi8="],
    ["userPassword:: e1NBU0x9"],
    # Envoy's trace of a Content-MD5 header, krb5's trace of a key (its enctype and two bytes),
    # a Redis cache key's UUID after a secret word's segment
    ["[C414] completed header: key=Content-MD5 value=lEm5x/fFMJ72o83nofHDy2=="],
    [
        "[97320] 1720788535.735: AS key determined by preauth: aes256-cts/FE8D",
        "[97320] 1720788536.416: Decrypted AS reply; session key is: aes256-cts/C90E",
    ],
    [
        '1755549594.402809 [0 127.0.0.1:51237] "EXPIRE" "wandb:password_reset:e6508751-053a-4ceb-a8ea-a1e619ae60c3" "3600"'
    ],
]

test_a_value_in_a_mask_s_place_is_flagged = leaks_at_test(LEAKS)
test_a_mask_a_digest_or_a_placeholder_passes = look_alikes_test(LOOK_ALIKES)
