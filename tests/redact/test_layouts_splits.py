"""Secrets in layouts that name them on another line or split them: a pandas DataFrame as it
prints (nextframe.py) and its `to_markdown()` table (nextrows.py), papermill's `-p NAME VALUE`
parameters (detectors/params.py), Python's adjacent string literals over lines (nextargs.py), a
job queue's positional arguments beside a webhook URL (detectors/jobargs.py)."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401
from wbdiag.redact import Redactor

pytestmark = pytest.mark.usefixtures("both_engines")

_PW1 = "q7T_m!x.Rz40pLk"
_PW2 = "Hh3-vW.9sKe2Ab"
_TOK = "Mf8xQ2rLz0Tb7WcN4pVd"


def _output(lines: list[str]) -> list[str]:
    """A notebook output's `text/plain` list, pretty-printed: each line a JSON string."""
    strings = [f'       "{line}\\n",' for line in lines[:-1]] + [f'       "{lines[-1]}"']
    return ['     "data": {', '      "text/plain": [', *strings, "      ]", "     },"]


# -- a DataFrame as it prints -----------------------------------------------------------------
def test_a_notebook_dataframe_loses_its_password_column() -> None:
    lines = _output(
        [
            "        name      host     password  port",
            f"0    trainer  pg-main  {_PW1}  5432",
            f"1  ingest-ci  pg-repl  {_PW2}  5432",
        ]
    )
    out = list(Redactor().lines(lines))
    text = "\n".join(out)
    assert _PW1 not in text and _PW2 not in text, text
    assert "trainer  pg-main" in text and "ingest-ci  pg-repl" in text, text


def test_a_printed_dataframe_in_a_log_loses_its_token_column() -> None:
    assert_gone(
        [
            "            service              api_token",
            f"0  feature-store  {_TOK}",
            f"1         labels  {_PW2}x9",
            "",
            "[2 rows x 2 columns]",
        ],
        [_TOK, _PW2 + "x9"],
    )


def test_dataframes_without_a_secret_column_or_value_stay() -> None:
    assert_kept(
        _output(
            [
                "      user   host  role",
                "0  trainer  db01  admin",
                "1   ingest  db02  read",
            ]
        )
    )
    assert_kept(
        _output(
            [
                "      user  password_changed  password_expires",
                "0  trainer        2024-03-01        2024-09-01",
            ]
        )
    )
    # a mask or nothing where the secret would be
    assert_kept(_output(["      user  password", "0  trainer  ********", "1   ingest       NaN"]))


def test_prose_that_names_a_password_arms_no_table() -> None:
    assert_kept(["  Enter your password", "  then press Tab2 once Xy7_k.q2"])


def test_a_cli_table_under_a_rule_of_dashes_still_reads_as_its_columns() -> None:
    assert_gone(
        ["  Name        Password", "  ----------  ---------------", f"  trainer     {_PW1}"],
        [_PW1],
    )


# -- a pandas `to_markdown()` table --------------------------------------------------------------
def test_a_markdown_table_with_a_blank_index_header_loses_its_secret_column() -> None:
    assert_gone(
        [
            "|    | bucket   | access_token         |",
            "|---:|:---------|:---------------------|",
            f"|  0 | raw      | {_TOK} |",
            f"|  1 | curated  | {_PW1}      |",
        ],
        [_TOK, _PW1],
    )


def test_a_markdown_table_without_secrets_stays() -> None:
    assert_kept(
        [
            "|    | bucket   | secret_name          |",
            "|---:|:---------|:---------------------|",
            "|  0 | raw      | wandb-bucket-creds   |",
        ]
    )
    assert_kept(
        [
            "|    | bucket   | token_count |",
            "|---:|:---------|------------:|",
            "|  0 | raw      |       20481 |",
        ]
    )


# Ray Tune's trial table heads a nested config's keys flattened with `/` (`wandb/api_key`)
_RAY_RULE = "+----------------------+----------+------------------------------------------+"


def test_a_trial_table_loses_its_flattened_secret_column() -> None:
    assert_gone(
        [
            _RAY_RULE,
            "| Trial name           | status   | wandb/api_key                            |",
            "|----------------------+----------+------------------------------------------|",
            "| train_fn_d7eea_00000 | RUNNING  | 56afbfc1aff21e17e4d742564fa1859d7c6cd7ae |",
            _RAY_RULE,
        ],
        ["56afbfc1aff21e17e4d742564fa1859d7c6cd7ae"],
    )


def test_a_trial_table_without_a_secret_column_stays() -> None:
    assert_kept(
        [
            _RAY_RULE,
            "| Trial name           | status   | wandb/project   | train_loop_config/lr |",
            "|----------------------+----------+-----------------+----------------------|",
            "| train_fn_d7eea_00000 | RUNNING  | 56afbfc1aff21e1 |               0.0001 |",
            _RAY_RULE,
        ]
    )
    # a header whose path names a secret's place, not a secret (`secrets/name`)
    assert_kept(["| run | secrets/name |", "|---|---|", "| r1 | wandb-mysql-Tb6qP9wLx3mZ |"])


# -- papermill's parameters --------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        f"papermill in.ipynb out.ipynb -p db_password '{_PW1}' -p epochs 5",
        f"$ papermill s3://nb/in.ipynb out.ipynb --parameters hf_token {_TOK} -k python3",
        f'papermill in.ipynb out.ipynb -r WANDB_API_KEY "{_TOK}"',
        f"papermill in.ipynb out.ipynb --parameters_raw secret_key {_TOK} -p lr 0.1",
    ],
)
def test_papermill_parameters_lose_a_secret_value(line: str) -> None:
    assert_gone([line], [_PW1, _TOK])


@pytest.mark.parametrize(
    "line",
    [
        "papermill in.ipynb out.ipynb -p password_length 16 -p epochs 5",
        "papermill in.ipynb out.ipynb -p token_file secrets/hf_token.txt",
        "papermill in.ipynb out.ipynb -p api_key_env WANDB_API_KEY -p lr 0.01",
        "papermill in.ipynb out.ipynb -p db_password '${DB_PASSWORD}'",
        # another tool's `-p`: a port, not a parameter
        "ssh -p 2222 deploy@10.0.0.5 echo password ok",
    ],
)
def test_papermill_parameters_that_hold_no_secret_stay(line: str) -> None:
    assert_kept([line])


# -- adjacent string literals over lines -----------------------------------------------------
def test_a_secret_split_into_adjacent_literals_loses_every_part() -> None:
    assert_gone(
        ["API_TOKEN = (", '    "x7Kq2mW9pLz4"', "    'Tb0cN5vRd8Hf'", ")", "TIMEOUT = 30"],
        ["x7Kq2mW9pLz4", "Tb0cN5vRd8Hf"],
    )


def test_a_call_argument_split_into_literals_loses_every_part() -> None:
    assert_gone(
        ['client = Client(api_key=("ab12Cd"', '    "Tb0cN5vRd8Hf"', '    "Zq3wE1"), timeout=3)'],
        ["ab12Cd", "Tb0cN5vRd8Hf", "Zq3wE1"],
    )


def test_split_literals_that_are_no_secret_stay() -> None:
    # another name's parts; a secret name's prose, templates and what follows the close
    assert_kept(["HELP = (", '    "x7Kq2mW9pLz4"', '    "Tb0cN5vRd8Hf"', ")"])
    assert_kept(["API_TOKEN = (", '    "Paste the token from "', '    "your settings page"', ")"])
    assert_kept(["API_TOKEN = (", '    "${API_TOKEN}"', ")", '"x7Kq2mW9pLz4"'])
    assert_kept(["API_TOKEN = (", "    os.environ['API_TOKEN']", '    or "unset"', ")"])


# -- a job queue's arguments -------------------------------------------------------------------
_SIGN = "Vd3kQm8ZpT1xWc6RbN0yLh5sFj2aGe9u"
_HOOK = "Pz4mQ8wLx2Tc7Vn0Rb5Kd1Hs"


def test_a_sidekiq_job_loses_its_webhook_token_and_signing_secret() -> None:
    line = (
        '{"class":"DeliverJob","args":["https://relay.example.org/services/T024BE7LD/B05Q'
        f'/{_HOOK}","{_SIGN}",42],"jid":"0f3c2d9b8a7e6f5d4c3b2a19","retry":true}}'
    )
    out = Redactor()(line)
    assert _HOOK not in out and _SIGN not in out, out
    assert '"jid":"0f3c2d9b8a7e6f5d4c3b2a19"' in out, out


def test_a_celery_task_log_loses_the_secret_beside_a_webhook() -> None:
    line = (
        "Task hooks.deliver[4b1e0c52-9f3a-4d2b-8e7c-1a2b3c4d5e6f] received: "
        f"args=('https://chat.example.com/hooks/{_HOOK}', '{_SIGN}') kwargs={{}}"
    )
    assert_gone([line], [_HOOK, _SIGN])


@pytest.mark.parametrize(
    "line",
    [
        # no webhook among the arguments: an id, a digest, a user
        '{"class":"ReindexJob","args":["3f9a1c7e5b2d8046a9c3e7d1b5f20486ac3e9d71","alice",7],'
        '"jid":"0f3c2d9b8a7e6f5d4c3b2a19"}',
        # a URL with no credential in it beside a run's id
        '{"class":"FetchJob","args":["https://api.example.com/services/Tenants/Billing/report",'
        '"Vd3kQm8ZpT1xWc6RbN0yLh5s"]}',
        # a webhook template's token and a UUID beside it
        '{"class":"DeliverJob","args":["https://hooks.example.com/services/T000/B000/'
        'XXXXXXXXXXXXXXXXXXXXXXXX","4b1e0c52-9f3a-4d2b-8e7c-1a2b3c4d5e6f"]}',
    ],
)
def test_job_arguments_beside_no_webhook_stay(line: str) -> None:
    assert_kept([line])
