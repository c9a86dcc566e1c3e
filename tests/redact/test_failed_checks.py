"""Values only the surrounding error implies: an error that quotes the input it failed to parse
or compare (detectors/parseinput.py), the values a failed check prints on the lines below it
(nextcompared.py), Celery's `TaskPool: Apply` positional arguments (detectors/taskpool.py).
Each goes when it reads as generated (jsonschema's instance under a secret's name, whatever it
reads like); the look-alikes the same errors print with a number, a word, an id, a digest, a
version, a path or a format string come back byte for byte."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401
from wbdiag.redact import Redactor
from wbdiag.redact.detectors.parseinput import generated_input

pytestmark = pytest.mark.usefixtures("both_engines")

_TOK = "YRkSajLFYwVcRz8UYZhwADxR19CevddH"
_PW = "jIY1Jg4k1jUiS*4+7KRq"
_SHORT = "zL1w2QhflZZ2"
_DOTTED = "gFfRBdJwJrZYAKf_2uZ.U"  # (`generated` reads it as a file name with an extension)


# -- one line: the input the error quotes ------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "secret"),
    [
        (f"ValueError: invalid literal for int() with base 10: '{_TOK}'", _TOK),
        (f"ValueError: could not convert string to float: '{_PW}'", _PW),
        (f'java.lang.NumberFormatException: For input string: "{_PW}"', _PW),
        (f'Caused by: java.lang.NumberFormatException: For input string: "{_SHORT}" under radix 16', _SHORT),
        (f"configparser.InterpolationSyntaxError: '%' must be followed by '%' or '(', found: '%{_SHORT}'", _SHORT),
        (f"jsonschema.exceptions.ValidationError: '{_PW}' does not match '^[A-Za-z0-9]+$'", _PW),
        (f"jsonschema.exceptions.ValidationError: '{_TOK}' is too long", _TOK),
    ],
)  # fmt: skip
def test_an_error_quoting_a_generated_input_loses_it(line: str, secret: str) -> None:
    assert_gone([line], [secret])


@pytest.mark.parametrize(
    "line",
    [
        "ValueError: invalid literal for int() with base 10: 'abc'",
        "ValueError: invalid literal for int() with base 10: '8080x'",
        "ValueError: invalid literal for int() with base 10: 'true'",
        "ValueError: invalid literal for int() with base 10: 'tcp://10.156.175.177:6379'",
        "ValueError: invalid literal for int() with base 10: '8c84189d-0dbc-9cec-afff-41b6d494838f'",
        "ValueError: could not convert string to float: 'v2.5.1-rc1'",
        "ValueError: could not convert string to float: '/vol/wandb/runs/0fdec204'",
        'java.lang.NumberFormatException: For input string: "30s"',
        'java.lang.NumberFormatException: For input string: "0x7f3a"',
        "configparser.InterpolationSyntaxError: '%' must be followed by '%' or '(', found: '%Y-%m-%d %H:%M:%S'",
        "configparser.InterpolationSyntaxError: '%' must be followed by '%' or '(', found: '%(asctime)s'",
        "jsonschema.exceptions.ValidationError: 'wandb-prod' does not match '^[a-z]+$'",
        "jsonschema.exceptions.ValidationError: 'sha256:9f20fa2b6d7581d1aa21b89b8030f511bf9bc02263f54e365a3cf01728651cbe' does not match '^[a-z]+$'",
        "jsonschema.exceptions.ValidationError: 92513 is greater than the maximum of 65535",
    ],
)  # fmt: skip
def test_an_error_quoting_a_word_number_id_or_format_keeps_it(line: str) -> None:
    assert_kept([line])


def test_generated_input_is_no_id_digest_or_named_fixture() -> None:
    assert generated_input(_TOK) and generated_input(_PW) and generated_input(_SHORT)
    for value in (
        "8C84189D-0DBC-9CEC-AFFF-41B6D494838F",
        "sha256:9f20fa2b6d7581d1aa21b89b8030f511bf9bc02263f54e365a3cf01728651cbe",
        "ExpectedValue1",
        "TestUser42",
        "Hello World",
        "1.34.6",
    ):
        assert not generated_input(value), value


# -- a comparison and the lines below it -------------------------------------------------------
def test_unittest_inequality_and_its_diff_lose_both_tokens() -> None:
    a, b = "DQDEUThwJZFEZjwrxGyiTIBE8m1fX86s", "E7r1Uu5FOoxThfa9mlf99y4ZbLAASUCn"
    assert_gone([f"AssertionError: '{a}' != '{b}'", f"- {a}", f"+ {b}"], [a, b])


def test_unittest_inequality_takes_the_side_compared_with_a_token() -> None:
    a = "S6k.9Z3HLbdkGTLI"
    assert_gone(
        [f"AssertionError: '{a}' != '{_DOTTED}'", f"- {a}", "?    ^", f"+ {_DOTTED}"], [a, _DOTTED]
    )


def test_testify_expected_and_actual_and_its_diff_go() -> None:
    a = "S6k.9Z3HLbdkGTLI"
    lines = [
        "        Error Trace:\tredis_test.go:99",
        "        Error:      \tNot equal: ",
        f'                    \texpected: "{a}"',
        f'                    \tactual  : "{_DOTTED}"',
        "                    \t",
        "                    \tDiff:",
        "                    \t--- Expected",
        "                    \t+++ Actual",
        "                    \t@@ -1 +1 @@",
        f"                    \t-{a}",
        f"                    \t+{_DOTTED}",
        "        Test:       \tTestRedisAuth",
    ]
    assert_gone(lines, [a, _DOTTED])


def test_jest_expected_and_received_go() -> None:
    a, b = "aO7gBnO4f0fsTH2Y5md9usurTfJj7fn6", "j6CTon3kxbgV3JEiOr2m9HmU3VVEhmtF"
    lines = [
        "    expect(received).toBe(expected) // Object.is equality",
        "",
        f'    Expected: "{a}"',
        f'    Received: "{b}"',
    ]
    assert_gone(lines, [a, b])


@pytest.mark.parametrize(
    "lines",
    [
        ["AssertionError: 'fancy-sun-74' != 'fancy-sun-71'", "- fancy-sun-74", "?            ^", "+ fancy-sun-71", "?            ^"],
        ["AssertionError: 'ExpectedValue1' != 'ActualValue2'"],
        ["AssertionError: '1.2.3' != '1.2.4'"],
        ["        Error:      \tNot equal: ", "                    \texpected: 200", "                    \tactual  : 403", "        Test:       \tTestUpload"],
        ["        Error:      \tNot equal: ", '                    \texpected: "v1.2.3"', '                    \tactual  : "v1.2.4"'],
        ["    expect(received).toBe(expected) // Object.is equality", "", "    Expected: 201", "    Received: 403"],
        ["    expect(received).toBe(expected) // Object.is equality", "", '    Expected: "admin"', '    Received: "Administrator"'],
    ],
)  # fmt: skip
def test_comparisons_of_numbers_words_names_and_versions_stay(lines: list[str]) -> None:
    assert_kept(lines)


# -- jsonschema's instance under a secret's name -----------------------------------------------
def test_jsonschema_instance_under_a_password_goes() -> None:
    lines = [
        f"jsonschema.exceptions.ValidationError: '{_PW}' does not match '^[A-Za-z0-9]+$'",
        "",
        "Failed validating 'pattern' in schema['properties']['smtp']['properties']['password']:",
        "    {'pattern': '^[A-Za-z0-9]+$', 'type': 'string'}",
        "",
        "On instance['smtp']['password']:",
        f"    '{_PW}'",
    ]
    assert_gone(lines, [_PW])
    # (a word: the error's line keeps it, the instance's value under the name goes)
    assert_gone(["On instance['smtp']['password']:", "    'hunter2hunter'"], ["hunter2hunter"])


@pytest.mark.parametrize(
    "lines",
    [
        ["On instance['mysql']['port']:", "    92513"],
        ["On instance['smtp']['host']:", "    'mail.example.org'"],
        ["On instance['smtp']['password']:", "    None"],
    ],
)
def test_jsonschema_instances_not_under_a_secret_or_not_strings_stay(lines: list[str]) -> None:
    assert_kept(lines)


# -- Celery's TaskPool: Apply ------------------------------------------------------------------
_APPLY = (
    "[2023-07-04 16:52:02,936: DEBUG/MainProcess] TaskPool: Apply <function fast_trace_task at"
    " 0x7f384162535e> (args:('app.tasks.sync_artifacts', '8c84189d-0dbc-9cec-afff-41b6d494838f',"
    " {'lang': 'py', 'task': 'app.tasks.sync_artifacts', 'id': 'c6fad614-c1d4-e13a-1bc7-1fd3578837f7'},"
)


def test_celery_taskpool_apply_loses_a_generated_positional_argument() -> None:
    line = _APPLY + f" ('{_TOK}', 'ml-team'), {{}}) kwargs:{{}})"
    assert_gone([line], [_TOK])
    out = Redactor()(line)
    kept = ["app.tasks.sync_artifacts", "8c84189d-0dbc-9cec-afff-41b6d494838f", "'ml-team'"]
    assert all(k in out for k in kept), out


def test_celery_taskpool_apply_with_ids_names_and_numbers_stays() -> None:
    line = (
        _APPLY
        + " ('cbb6ef30-742a-989b-d293-e61846195f14', 42, 'ml-team', '/vol/wandb/runs'), {}) kwargs:{})"
    )
    assert_kept([line])
