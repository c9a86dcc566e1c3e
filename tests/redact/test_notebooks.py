"""Secrets in notebooks and Jupyter's files that no name marks, found by what their record is:
a kernel's connection file, a credentials file of a user and a key, a password widget's state,
a cell that prints a secret it reads (nextnotebook.py; on one line, jsontree.py)."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

_KEY = "5e2b9c1d-7a4f-4e3b-8c6d-0f1a2b3c4d5e"
_HEX = "3d9a7c1e5b2f8064a9c3e7d1b5f20486ac3e9d71"


def _connection(key: str) -> list[str]:
    return [
        "{",
        '  "shell_port": 41021,',
        '  "iopub_port": 41022,',
        '  "stdin_port": 41023,',
        '  "ip": "127.0.0.1",',
        f'  "key": "{key}",',
        '  "transport": "tcp",',
        '  "signature_scheme": "hmac-sha256"',
        "}",
    ]


def test_a_kernel_connection_file_loses_its_key() -> None:
    assert_gone(_connection(_KEY), [_KEY])


def test_a_kernel_connection_file_on_one_line() -> None:
    line = '{"control_port": 50160, "hb_port": 50161, "key": "' + _HEX + '", "transport": "tcp"}'
    assert_gone([line], [_HEX])


def test_an_empty_connection_key_and_other_keys_stay() -> None:
    # no key (a kernel without message signing); a `key` with no port before it
    assert_kept(_connection(""))
    assert_kept(["{", '  "bucket": "runs",', f'  "key": "{_KEY}",', "}"])


def test_a_user_and_a_bare_key_make_a_credentials_file() -> None:
    assert_gone(['{"username":"mlteam","key":"9f3b7a1c5e2d8046b3a9c7e1d5f20b4a"}'], ["9f3b7a1c"])


def test_a_cache_key_beside_a_user_stays() -> None:
    assert_kept(['{"username": "mlteam", "key": "artifacts/2026/run-41/model.pt"}'])


def _widget(model: str, value: str) -> list[str]:
    return [
        '    "4e1f0a9b7c3d": {',
        '     "model_module": "@jupyter-widgets/controls",',
        f'     "model_name": "{model}",',
        '     "state": {',
        '      "_model_name": "' + model + '",',
        '      "description": "API key",',
        '      "layout": "IPY_MODEL_8d2c",',
        f'      "value": "{value}"',
        "     }",
        "    },",
    ]


def test_a_password_widget_loses_its_value() -> None:
    assert_gone(_widget("PasswordModel", "Lq8#vZ3mKx7W"), ["Lq8#vZ3mKx7W"])


def test_a_password_widget_on_one_line() -> None:
    line = (
        '{"model_name": "PasswordModel", "state": {"description": "Key", "value": "Wp4vN9kZq2Lx"}}'
    )
    assert_gone([line], ["Wp4vN9kZq2Lx"])


def test_other_widgets_and_an_empty_password_stay() -> None:
    assert_kept(_widget("TextModel", "run-2026-05-01-baseline7"))
    assert_kept(_widget("PasswordModel", ""))


def _cell(source: str, output: str) -> list[str]:
    return [
        "  {",
        '   "cell_type": "code",',
        '   "source": [',
        '    "import os\\n",',
        f'    "{source}"',
        "   ],",
        '   "outputs": [',
        '    {"name": "stdout", "output_type": "stream", "text": [',
        f'      "{output}\\n"',
        "    ]}",
        "   ]",
        "  },",
    ]


@pytest.mark.parametrize(
    "source",
    [
        'print(os.environ[\\"OPENAI_API_KEY\\"])',
        "print(userdata.get('HF_TOKEN'))",
        "display(os.getenv('DB_PASSWORD'))",
    ],
)
def test_a_cell_printing_a_secret_loses_its_output(source: str) -> None:
    assert_gone(_cell(source, "Zq7vK3mWx9Lp2Rt5Bn8Hc4Jd"), ["Zq7vK3mWx9Lp2Rt5Bn8Hc4Jd"])


def test_a_getter_ending_a_cell_loses_its_result() -> None:
    lines = [
        '   "source": ["userdata.get(\'WANDB_API_KEY\')"],',
        '   "outputs": [{"data": {"text/plain": ["\'' + _HEX + '\'"]}, "output_type": "x"}]',
    ]
    assert_gone(lines, [_HEX])


@pytest.mark.parametrize(
    ("source", "output"),
    [
        # a cell that prints no secret; one that prints a sentence about one
        ("print(run.id)", "Zq7vK3mWx9Lp2Rt5Bn8Hc4Jd"),
        ("print(f'token loaded: {len(tok)} chars')", "token loaded: 40 chars"),
        ('print(os.environ[\\"WANDB_API_KEY\\"][:4])', "****"),
    ],
)
def test_other_cells_keep_their_output(source: str, output: str) -> None:
    assert_kept(_cell(source, output))


def _result(text: str) -> list[str]:
    return [
        "     {",
        '      "data": {',
        '       "text/plain": [',
        f'        "{text}"',
        "       ]",
        "      },",
        '      "output_type": "execute_result"',
        "     }",
    ]


def test_a_result_showing_a_random_string_loses_it() -> None:
    # (the cell's source cut away: a str's repr alone, as `os.environ["X"]` ending a cell shows)
    assert_gone(_result("'Rb7.qWz2Kx9-mTn4Lp8v'"), ["Rb7.qWz2Kx9-mTn4Lp8v"])


@pytest.mark.parametrize(
    "text", ["'wandb-run-3f9a2b1c7d'", "'" + _HEX + "'", "'ModelRegistryEntries'", "42", "'***'"]
)
def test_a_result_showing_an_id_or_a_word_keeps_it(text: str) -> None:
    assert_kept(_result(text))
