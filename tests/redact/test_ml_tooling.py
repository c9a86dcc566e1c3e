"""Model-provider and data-platform credentials as ML tooling writes them: a key a notebook puts
into its environment under a vendor's `<VENDOR>_KEY` name, a vector database's comma-separated
API keys, a service account key file in base64 under a variable, a vendor's token base64-encoded
in a manifest. Each beside the look-alikes of the same tools that must stay: LiteLLM's
`os.environ/NAME` references and its spend log's hashed keys, rate-limit headers, token budgets,
a vector database's key users, a placeholder after a vendor's prefix; and the help rows, debugger
prints and resource attributes of application runtimes."""

from __future__ import annotations

import base64
import json

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

_KAGGLE = "cedf7c29cceb486fb8c35606d8a0054a"
_OPENAI = "sk-K3I4GOmQBnmwgNwxqWQTexFe2UmvYk48OMSvQWnNgxKxWMwe"
_HF = "hf_Qm8vTz3LkW9pXr2NcY7bJd5HgF4sA6eUiO"
_GHP = "ghp_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7c"


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


_SA = _b64(
    json.dumps(
        {"type": "service_account", "project_id": "ml-c6zbm2", "private_key_id": "bHzqbtti4pT9UNv8"}
    )
)
_ADC = _b64(json.dumps({"type": "authorized_user", "client_id": "7642.apps", "refresh": "1"}))


@pytest.mark.parametrize(
    ("lines", "secret"),
    [
        # Kaggle's API from a notebook: the key set into the environment (`<VENDOR>_KEY`)
        (
            [
                'os.environ["KAGGLE_USERNAME"] = "844xive8hf"',
                f'os.environ["KAGGLE_KEY"] = "{_KAGGLE}"',
            ],
            _KAGGLE,
        ),
        ([f"os.environ['KAGGLE_KEY'] = '{_KAGGLE}'"], _KAGGLE),
        ([f'os.environ.setdefault("COHERE_KEY", "{_KAGGLE}")'], _KAGGLE),
        ([f"os.putenv('STRIPE_KEY', '{_KAGGLE}')"], _KAGGLE),
        # IPython's magics
        ([f"%env KAGGLE_KEY={_KAGGLE}"], _KAGGLE),
        ([f"%set_env KAGGLE_KEY {_KAGGLE}"], _KAGGLE),
        # ... and in the notebook's `.ipynb` source, its quotes escaped
        ([f'    "os.environ[\\"KAGGLE_KEY\\"] = \\"{_KAGGLE}\\"\\n",'], _KAGGLE),
        # Weaviate's API keys, comma-separated: every one goes
        (
            [
                "      AUTHENTICATION_APIKEY_ALLOWED_KEYS: 'Nk8vQ2xLp5Wm9Rt3Zc7Yb,Hs4dG6jK1fT8nB2vM5qX'"
            ],
            "Hs4dG6jK1fT8nB2vM5qX",
        ),
        (
            ["AUTHENTICATION_APIKEY_ALLOWED_KEYS=Nk8vQ2xLp5Wm9Rt3Zc7Yb,Hs4dG6jK1fT8nB2vM5qX"],
            "Nk8vQ2xLp5Wm9Rt3Zc7Yb",
        ),
        # a service account key file (and a user's ADC file) in base64, cut before its key
        ([f"GCP_SA_KEY_B64={_SA}"], _SA),
        ([f"GOOGLE_ADC_B64={_ADC}"], _ADC),
        # a vendor's token base64-encoded in a ConfigMap's binaryData or a Secret's data
        (["binaryData:", f"  openai.key: {_b64(_OPENAI)}"], _b64(_OPENAI)),
        (["data:", f"  hub: {_b64(_HF + chr(10))}"], _b64(_HF + chr(10))),
        ([f'{{"binaryData": {{"gh": "{_b64(_GHP)}"}}}}'], _b64(_GHP)),
    ],
)
def test_ml_tooling_secrets_go(lines: list[str], secret: str) -> None:
    assert_gone(lines, [secret])


@pytest.mark.parametrize(
    "lines",
    [
        # a name or a path under a `_KEY` variable, a key read from elsewhere, a placeholder
        ['os.environ["CACHE_KEY"] = "wandb-runs-cache-v2"'],
        ['os.environ["S3_KEY"] = "/data/exports/runs.parquet"'],
        ['os.environ["KAGGLE_KEY"] = getpass()'],
        ["%env CACHE_KEY=wandb-runs-cache-v2"],
        ["%env WANDB_DIR=/home/jovyan/work/wandb-artifacts-cache"],
        ['os.environ["KAGGLE_KEY"] = "YOUR_KAGGLE_KEY"'],
        # Weaviate's key users and switches
        [
            "      AUTHENTICATION_APIKEY_ENABLED: 'true'",
            "      AUTHENTICATION_APIKEY_USERS: 'jane@example.com,ian-smith'",
        ],
        ["      AUTHENTICATION_APIKEY_ALLOWED_KEYS: ''"],
        # base64 of JSON that holds no credential, and of text that is no token
        [
            f"CONFIG_B64={_b64(json.dumps({'type': 'dataset', 'project_id': 'ml-c6zbm2', 'rows': 12}))}"
        ],
        [f"  motd: {_b64('sk-learn is installed on this image')}"],
        # LiteLLM: keys read from the environment, and its spend log's hashed key
        ["      api_key: os.environ/OPENAI_API_KEY", "  master_key: os.environ/LITELLM_MASTER_KEY"],
        [
            '{"request_id": "chatcmpl-6f9303ac-7243-43fd-a1a0-c4f997483673", "api_key": '
            '"9b5e6ee425086dc12d71d9c89cc72eb5807b7738a1731c3b16e5db0e6da78b2e", "key_alias": '
            '"weave-judge", "spend": 0.000903, "model": "gpt-4o-mini"}'
        ],
        # OpenAI's response headers: a request id, the rate limit's counts
        [
            "< x-request-id: req_c822b6ddad2e82ff607bf78c6c4ab40a",
            "< x-ratelimit-remaining-tokens: 711535",
        ],
        ["anthropic-ratelimit-tokens-remaining: 398000"],
        # a hyperparameter file's counts
        ["max_tokens: 9443", "token_budget: 813492"],
        # a placeholder after a vendor's prefix, with a comment after it
        ["LANGSMITH_API_KEY=lsv2_pt_your_api_key_here # REQUIRED"],
        ["OPENAI_API_KEY=sk-your-key-here"],
        # rich's `inspect` help rows, gdb's printed struct, Tomcat's Resource
        ["│ api_key: The API key used to authenticate with the W&B server. │"],
        [
            '$5 = {host = 0x55558ced1e50 "wandb-redis.example.net", port = 6379, password = 0x0, timeout_ms = 4261}'
        ],
        ['<Resource name="jdbc/wandb" auth="Container" type="javax.sql.DataSource"'],
    ],
)
def test_ml_tooling_look_alikes_stay(lines: list[str]) -> None:
    assert_kept(lines)


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        # the same shapes holding a secret still lose it
        (
            '{"api_key": "9b5e6ee425086dc12d71d9c89cc72eb5807b7738a1731c3b16e5db0e6da78b2e", "m": 1}',
            "9b5e6ee425086dc12d71d9c89cc72eb5807b7738a1731c3b16e5db0e6da78b2e",
        ),
        (
            '{"api_key": "sk-9b5e6ee425086dc12d71d9c89cc72eb5807b7738a1", "spend": 0.1}',
            "9b5e6ee425086dc1",
        ),
        (
            '$5 = {host = 0x0, port = 6379, password = 0x55558ced1e60 "Xk3mQ9zPw0rd", timeout_ms = 1}',
            "Xk3mQ9zPw0rd",
        ),
        ('<Resource name="jdbc/wandb" auth="Container" password="Xk3mQ9zPw0rd"', "Xk3mQ9zPw0rd"),
        ("│ api_key: Xk3mQ9zPw0rdABCDEF │", "Xk3mQ9zPw0rdABCDEF"),
        (
            "LANGSMITH_API_KEY=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 # REQUIRED",
            "8f0a3b2c9d4e5f6a7b8c9d0e1f2a3b4c",
        ),
    ],
)
def test_look_alikes_shapes_holding_a_secret_go(line: str, secret: str) -> None:
    assert_gone([line], [secret])
