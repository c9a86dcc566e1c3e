"""The leak gate on what a failed check echoes of its input (wbdiag/redact/gatefailed.py):
pydantic's and FastAPI's validation errors, a parser's error quoting what it could not read, a
failed test assertion's compared values. Made-up values in the tools' own formats; each leak
beside a look-alike of the same form without a secret, with both prefilter engines."""

from __future__ import annotations

from tests.redact.gatecases import leaks_at_test, look_alikes_test

PW, KEY = "Tq7.vW+e3LpZ0x-Rk", "pR4mX9wQ2tLz8vKc6bN1hJ5s"

VALIDATION = (
    "errors=[{{'type': 'extra_forbidden', 'loc': ('storage', '{name}'), 'msg': 'Extra inputs "
    "are not permitted', 'input': '{value}', 'url': 'https://errors.pydantic.dev/2.7/v/"
    "extra_forbidden'}}]"
)
FASTAPI = (
    '{{"detail":[{{"type":"string_too_long","loc":["body","{name}"],"msg":"String should have '
    'at most 16 characters","input":"{value}","ctx":{{"max_length":16}}}}]}}'
)

LEAKS: list[tuple[list[str], int]] = [
    ([VALIDATION.format(name="secretKey", value=KEY)], 1),
    ([FASTAPI.format(name="password", value=PW)], 1),
    ([FASTAPI.format(name="api_token", value=KEY)], 1),
    (
        [
            f'java.lang.NumberFormatException: For input string: "{KEY}"',
            "\tat java.base/java.lang.Integer.parseInt(Integer.java:662)",
        ],
        1,
    ),
    ([f"ValueError: invalid literal for int() with base 10: '{KEY}'"], 1),
    ([f"ValueError: could not convert string to float: '{PW}'"], 1),
    (
        [
            "configparser.InterpolationSyntaxError: '%' must be followed by '%' or '(', "
            f"found: '%{KEY}'"
        ],
        1,
    ),
    # External Secrets' controller, its template's error in a JSON log record
    (
        [
            '{"level":"error","msg":"Reconciler error","controller":"externalsecret",'
            f'"error":"could not apply template: unable to decode \\"{KEY}\\" as JSON: '
            'invalid character"}'
        ],
        1,
    ),
    ([f"AssertionError: '{KEY}' != 'hunter-two'", f"- {KEY}", "+ hunter-two"], 1),
    (["    Error:      \tNot equal: ", f'                \texpected: "{PW}"'], 2),
    (['    Expected: "hello world"', f'    Received: "{KEY}"'], 2),
]

LOOK_ALIKES: list[list[str]] = [
    # an input under a name that is no secret's, or a secret's input that is a word or a number
    [VALIDATION.format(name="region", value=KEY)],
    [FASTAPI.format(name="password", value="short")],
    [FASTAPI.format(name="password_min_length", value="twelve-chars")],
    # a parser's input that is a word, a number, a version or an id
    ['java.lang.NumberFormatException: For input string: "unlimited"'],
    ["ValueError: invalid literal for int() with base 10: '3.14159265'"],
    ["ValueError: could not convert string to float: 'not-a-number'"],
    [
        "configparser.InterpolationSyntaxError: '%' must be followed by '%' or '(', found: '%Y-%m-%d'"
    ],
    [
        '{"level":"error","msg":"Reconciler error","controller":"externalsecret",'
        '"error":"could not apply template: unable to decode \\"wandb-oidc-client\\" as JSON"}'
    ],
    # a test's values: words, versions, paths, ids
    ["AssertionError: 'wandb-server' != 'wandb-local-server'"],
    ['                \texpected: "v0.58.1-rc.2+build.17"'],
    ['                \tactual  : "/var/lib/wandb/minio"'],
    ['    Received: "c0a80101-7f3e-4c2a-9b1d-0e6f5a4b3c2d"'],
    ['    Expected: "run finished successfully"'],
]

test_a_failed_check_echoing_a_secret_is_flagged = leaks_at_test(LEAKS)
test_a_failed_check_echoing_no_secret_passes = look_alikes_test(LOOK_ALIKES)
