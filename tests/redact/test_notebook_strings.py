"""Secrets in an ML team's files. A notebook's JSON strings (`.ipynb` lines as stored, JSON inside
them escaped once more): a key block quoted in a cell ends where its string ends, so the line
stays JSON (filestate.py, openquote.py); a coloured traceback's JSON-escaped colour codes are read
as nothing (escaped.py); a cell's command line is read as a line of its own (fields.py). And
beside them: a token before a VCS URL's revision (urls.py), the text a call decodes after a
secret name (byteslit.py), a Modal token's id (tokens.py), and their look-alikes."""

from __future__ import annotations

import json

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401
from wbdiag.redact import Redactor
from wbdiag.redact.openquote import string_end

pytestmark = pytest.mark.usefixtures("both_engines")

_BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7"


def _sa_cell(body: str) -> list[str]:
    # a service-account dict pasted into a cell, cut short with `...` (no END marker)
    return [
        '    "sa = {\\"type\\": \\"service_account\\", \\"project_id\\": \\"ml-sandbox-1\\",\\n",',
        '    "      \\"private_key\\": \\"-----BEGIN PRIVATE KEY-----\\\\n'
        + body
        + '\\\\n...\\"}\\n",',
        '    "creds = service_account.Credentials.from_service_account_info(sa)\\n"',
    ]


def test_a_key_block_in_a_cells_string_ends_with_the_string() -> None:
    lines = _sa_cell(_BODY)
    out = list(Redactor().lines(lines))
    assert _BODY not in "\n".join(out)
    for before, after in zip(lines, out, strict=True):
        json.loads("[" + before.rstrip(",") + "]")
        json.loads("[" + after.rstrip(",") + "]")  # (the redaction stops at the string's end)
    assert out[2] == lines[2]  # not a key block over the next lines


def test_a_key_block_in_a_json_string_left_unfinished() -> None:
    line = '{"private_key": "-----BEGIN PRIVATE KEY-----\\n' + _BODY + '\\n", "client_id": "1"}'
    out = list(Redactor().lines([line, "next line"]))
    assert _BODY not in out[0] and out[1] == "next line"
    assert json.loads(out[0])["client_id"] == "1"


def test_a_key_block_over_lines_still_goes_whole() -> None:
    # the look-alikes of the quoted case: a bare block, and a YAML string the line leaves open
    assert_gone(
        ["-----BEGIN RSA PRIVATE KEY-----", _BODY, "-----END RSA PRIVATE KEY-----"], [_BODY]
    )
    assert_gone(
        ['tls_key: "-----BEGIN PRIVATE KEY-----', "  " + _BODY, '  -----END PRIVATE KEY-----"'],
        [_BODY],
    )


def test_other_cells_stay() -> None:
    assert_kept(['    "print(\\"-----BEGIN CERTIFICATE-----\\")\\n",', '    "x = 1\\n"'])


@pytest.mark.parametrize(
    ("line", "end"),
    [
        ('"abc" rest', 4),  # a plain string
        ('"a\\"b" rest', 5),  # an escaped quote inside it
        ('\\"abc\\"}', 5),  # escaped inside another string: ends at its backslash
        ('\\"a\\\\\\"b\\"}', 8),  # depth one, a quote inside it escaped once more
        ('\\\\\\"abc\\\\\\"}', 7),  # escaped twice
        ('"abc', -1),  # left open
        ("abc", -1),  # no quote
    ],
)
def test_string_end(line: str, end: int) -> None:
    start = line.index('"') + 1 if '"' in line else 0
    assert string_end(line, start) == end


# -- what the ML team's files leak: a notebook's coloured traceback, a cell's commands, configs

_WB = "3625505dd73608dc8d707e954b1b3bff0d50ec11"


def test_a_key_in_a_notebooks_coloured_traceback_goes() -> None:
    # IPython's traceback as the `.ipynb` stores it: colour codes JSON-escaped (`\u001b[…m`)
    line = (
        '       "\\u001b[0;32m----> 2\\u001b[0m wandb\\u001b[38;5;241m.\\u001b[39mlogin(key'
        '\\u001b[38;5;241m=\\u001b[39m\\u001b[38;5;124m\\"\\u001b[39m\\u001b[38;5;124m'
        + _WB
        + '\\u001b[39m\\u001b[38;5;124m\\"\\u001b[39m)\\n",'
    )
    assert_gone([line], [_WB])


def test_a_coloured_traceback_without_a_secret_stays() -> None:
    assert_kept(
        [
            '       "\\u001b[0;31mUsageError\\u001b[0m                 Traceback (most recent call last)",',
            '       "\\u001b[1;32m      1\\u001b[0m \\u001b[38;5;28;01mimport\\u001b[39;00m wandb\\n",',
            '       "commit \\u001b[33m' + _WB + '\\u001b[0m\\n",',
        ]
    )


_PAT = "M5MHmSbTsfyEontTkx5h1pvtYJ5Mx6JlCVGm"


@pytest.mark.parametrize(
    "line",
    [
        '    "!pip install -q git+https://' + _PAT + '@github.com/team/utils.git@main\\n"',
        "pip install git+https://" + _PAT + "@gitlab.example.com/ml/lib.git@v1.2#egg=lib",
    ],
)
def test_a_token_before_a_vcs_urls_revision_goes(line: str) -> None:
    assert_gone([line], [_PAT])


def test_a_password_holding_slash_and_at_still_ends_at_the_host() -> None:
    # (no VCS URL: the last `@` before a host ends the userinfo)
    assert_gone(["mysql://wandb:Xq7@vK2/pL9@mysql.internal:3306/wandb"], ["vK2/pL9"])


def test_a_vcs_url_with_a_revision_and_no_token_stays() -> None:
    assert_kept(
        [
            "pip install git+https://github.com/team/utils.git@main",
            "pip install git+https://git@github.com/team/utils.git@v1.2.0",
            "pip install git+ssh://git@github.com/team/utils.git@3f9c2a1",
        ]
    )


_KAGGLE = "b3ea2dd7ef888df62ec7622097e30720"


def test_a_kaggle_json_written_from_a_cell_loses_its_key() -> None:
    lines = [
        '    "!mkdir -p ~/.kaggle\\n",',
        '    "!echo \'{\\"username\\":\\"amara\\",\\"key\\":\\"'
        + _KAGGLE
        + '\\"}\' > ~/.kaggle/kaggle.json\\n",',
        '    "!chmod 600 ~/.kaggle/kaggle.json"',
    ]
    assert_gone(lines, [_KAGGLE])


def test_a_cells_source_without_a_secret_stays() -> None:
    assert_kept(
        [
            '    "!echo \'{\\"username\\":\\"amara\\",\\"key\\":\\"runs/2026/model.pt\\"}\'\\n",',
            '    "df = pd.read_csv(\\"s3://bucket/key/part-0001.csv\\")\\n",',
            '    "print(tokenizer.decode(ids[:8]))  # 8a3f9c2e1b7d4065\\n"',
        ]
    )


_HEX = "596ce31fa4e8ebab1e63fc4e598f03da8fca10d05012db9706678aba6562c6d2"


@pytest.mark.parametrize(
    "line",
    [
        "c.JupyterHub.cookie_secret = bytes.fromhex('" + _HEX + "')",
        'SECRET_KEY = binascii.unhexlify("' + _HEX + '")',
        "jwt_secret = base64.b64decode(b'" + _HEX[:44] + "')",
    ],
)
def test_the_text_a_call_decodes_after_a_secret_name_goes(line: str) -> None:
    assert_gone([line], [_HEX[:40]])


def test_decoding_calls_of_other_names_or_words_stay() -> None:
    assert_kept(
        [
            "payload = bytes.fromhex('" + _HEX + "')",
            "c.JupyterHub.cookie_secret = bytes.fromhex(os.environ['COOKIE_SECRET_HEX'])",
            # (too short for a key, or no random text: zeroes in a test fixture)
            "secret_magic = bytes.fromhex('deadbeef')",
            "aes_key = bytes.fromhex('00000000000000000000000000000000')",
        ]
    )


def test_a_modal_token_id_goes_as_an_access_key_id_does() -> None:
    tid = "ak-yXYpF4g2lG8BlWNkho5D5aMwRJwjSaXE"
    assert_gone(["[default]", f'token_id = "{tid}"', "active = true"], [tid[3:]])
    assert_gone([f"modal token set --token-id {tid} --token-secret as-x"], [tid[3:]])


def test_words_after_ak_stay() -> None:
    assert_kept(["see the ak-workspace-settings-page docs", "leak-detection-enabled = true"])


def test_ml_look_alikes_stay() -> None:
    assert_kept(
        [
            "hub:",
            "  existingSecret: hub-secrets",
            "proxy:",
            "  secretSync:",
            "    image: quay.io/jupyterhub/k8s-secret-sync:4.1.0",
        ]
    )
    assert_kept(["export HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"])
    assert_kept(['{"model.embed_tokens.weight": {"dtype": "BF16", "shape": [32000, 4096]}}'])
    assert_kept(["[profile ml]", "sso_session = corp", "sso_account_id = 768046426659"])


def test_the_same_shapes_with_secrets_still_go() -> None:
    hf = "hf_Kd8mW3xQz5vRb7Tn2Lp9Yc4Hs6Fj1Ga0Ue3"
    assert_gone([f"export HF_TOKEN={hf}"], [hf[3:]])
    assert_gone(["proxy:", "  secretToken: 9f3b7a1c5e2d8046b3a9c7e1d5f20b4a"], ["9f3b7a1c5e2d"])
    assert_gone(["wandb_session = 8f2c9a7b1e4d6f3a0c5b9e2d7a1f4c8e"], ["8f2c9a7b1e4d"])
