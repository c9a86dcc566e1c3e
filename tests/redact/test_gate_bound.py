"""The leak gate reads values a layout sets apart from their name (gatebinding.py,
gateaddressed.py, gateregistry.py, gatelinks.py): PowerShell's `Trace-Command` binding an
argument to a secret's parameter, a mapping named for a secret keyed by URLs (the W&B SDK's
settings dump), a registry export's binary value wrapped after `,\\` whose first row the
redactor took, an OAuth callback's code posted as a form's body, a field a password manager's
export marks as concealed or lists as a former password (gateconcealed.py), and a notebook
cell's result that is one str (gatenotebook.py). Made-up values in the
forms the tools print, and near misses that stay unflagged."""

from __future__ import annotations

from tests.redact.gatecases import leaks_test, look_alikes_test
from wbdiag.redact import gateregistry

_BIND = "DEBUG: ParameterBinding Information: 0 :     "
_SDK = "2024-10-21 04:46:25,374 INFO    MainThread:85189 [wandb_setup.py:_flush():68] "
_AZURE = "Kq7Lm9Zx2Pw4Rt8Vb+3Hn6Jc1Df5Gs0Ae/Ui7Yo2Tr8Ew4Qa9Sd3Fg6Hj1Kl5Zx0Cv+Bn7Mq2Wp8Ei4Ru9Ty3Ui6Oo1Pp5Aa=="
_REG = [
    "[HKEY_LOCAL_MACHINE\\SOFTWARE\\WandbGateway\\Db]\r",
    '"Password"=[REDACTED:keyvalue:1],\\\r',
]

LEAKS = [
    [_BIND + "BIND arg [WeIgcDCOvEEyZnBs] to parameter [Password]"],
    [_BIND + "BIND arg [Tq7!mL2xR9vK] to param [ApiKey] SUCCESSFUL"],
    [_SDK + f"Loading settings from init args: {{'azure_account_url_to_access_key': {{'https://acct01.blob.core.windows.net': '{_AZURE}'}}, 'project': 'llm'}}"],
    ['settings: {"registry_tokens": {"https://registry.example.com": "Zr8Kp2Lm9Qw4Xv7Tn3Bc"}}'],
    [*_REG, "  64,00,44,00,39,00,76,00,74,00,33,00,00,00\r"],
    [*_REG[1:], "  41,00,70,00,46,00,67,00,58,00,4f,00,42,00,66,00,34,00,76,00,00,00"],
    ['"Secret"=[REDACTED:keyvalue:1],\\', "  4b,71,37,4c,6d,39,5a,78,00"],  # hex: of bytes
    # the value as exported, named for a secret: its first row's text
    ['"Password"=hex(2):69,00,48,00,55,00,72,00,69,00,56,00,78,00,63,00,\\\r', "  64,00,44,00,00,00\r"],
    ['"ApiToken"=hex:4b,71,37,4c,6d,39,5a,78,32,50,77'],
    ["send: b'code=EmSDouWz7lHWAQ5rAe7fnWspq3uCuTSQH3CO-NNAStX&state=b3aa5f9e37f4'"],
    ["code=Zp4Lm9Qx2Rv7Kt3WnHq3Zr8&state=af0ifjsldkj"],
    # a password manager's concealed field: 1Password's designated password and section value,
    # KeePass' protected string
    ['  { "value": "Hq3.Lz8w!Vx2N", "name": "password", "fieldType": "P", "designation": "password" }'],
    ['  { "title": "db", "value": { "concealed": "Zr8+Kq2xWv5Lm3" }, "guarded": false }'],
    ['\t<String><Key>Token</Key><Value ProtectInMemory="True">Tq8~wZp3Lx!kVn5</Value></String>'],
    # 1Password's former passwords, over lines or on one (one with `]` in it)
    ['  "passwordHistory": [', '    { "value": "Zr8+Kq2xWv5Lm3", "time": 1684732581 }', "  ]"],
    ['"passwordHistory":[{"value":"Hq3]Lz8w!Vx2N","time":1736694194}]'],
    # a notebook cell's result: one str's repr (`os.environ["…"]`), single- or double-quoted
    ['   "text/plain": [', "    \"'jq8U.kOysDpd19y-jFhB'\"", "   ]", "  },", '  "execution_count": 14,', '  "metadata": {},', '  "output_type": "execute_result"'],
    ['"data": {"text/plain": ["\\"Zr8+Kq2xWv5Lm3Tn\\""]}, "output_type": "execute_result"'],
]  # fmt: skip

LOOK_ALIKES = [
    # a parameter named for no secret, or an object's type bound to a secret's parameter
    [_BIND + "BIND arg [WeIgcDCOvEEyZnBs] to parameter [ComputerName]"],
    [_BIND + "BIND arg [System.Security.SecureString] to param [Password] SUCCESSFUL"],
    [_BIND + "BIND arg [notepad] to parameter [Name]"],
    # a mapping keyed by URLs whose name names no secret, or whose values are words
    [_SDK + "Loading settings from init args: {'base_url_to_region': {'https://api.wandb.ai': 'Us-East1Region'}}"],
    ["settings: {'azure_account_url_to_access_key': {'https://acct01.blob.core.windows.net': 'placeholder'}}"],
    # a registry value's rows after a value the redactor left, or rows of no text
    ['"Path"=hex(2):25,00,53,00,79,00,73,00,74,00,65,00,6d,00,52,00,6f,00,6f,00,74,00,\\', "  25,00,5c,00,73,00,79,00,73,00,74,00,65,00,6d,00,33,00,32,00,00,00"],
    ['"Password"=[REDACTED:keyvalue:1],\\', "  00,00"],
    ['"Password"=hex(2):2a,00,2a,00,2a,00,2a,00,2a,00,2a,00,00,00'],  # a mask
    ['"PasswordHint"=hex(2):69,00,48,00,55,00,72,00,69,00,56,00,78,00,63,00,00,00'],
    # a status code, a form without `state`, a code that is a word
    ["send: b'code=500&reason=Internal'"],
    ["send: b'grant_type=client_credentials&scope=read'"],
    ["code=welcome-to-the-team&state=af0ifjsldkj"],
    # a concealed field that is empty, a word or a mask; a designated user name
    ['  { "value": "", "name": "password", "fieldType": "P", "designation": "password" }'],
    ['  { "value": "wandb-admin", "name": "username", "designation": "username" }'],
    ['  { "value": { "concealed": "********" } }'],
    ['\t<String><Key>Password</Key><Value ProtectInMemory="True">changeme-later</Value></String>'],
    # a history that is empty or a word's; a value after the list closed
    ['  "passwordHistory": [', "  ],", '  "value": "Zr8+Kq2xWv5Lm3"'],
    ['"passwordHistory": [{ "value": "wandb-admin-2023", "time": 1684732581 }]'],
    # a cell's result in one case (a digest, a run's id), of several strings, a stream's text,
    # or a display's repr, not the cell's result
    ['   "text/plain": [', "    \"'da39a3ee5e6b4b0d3255bfef95601890afd80709'\"", "   ]", '  "output_type": "execute_result"'],
    ['   "text/plain": [', "    \"'Zr8+Kq2xWv5Lm3Tn'\",", "    \"'Hq3.Lz8w!Vx2NpQ'\"", "   ]", '  "output_type": "execute_result"'],
    ['   "text/plain": [', "    \"'Zr8+Kq2xWv5Lm3Tn'\"", "   ]", '  "output_type": "display_data"'],
]  # fmt: skip

test_values_set_apart_leak = leaks_test(LEAKS)
test_their_near_misses_pass = look_alikes_test(LOOK_ALIKES)


def test_a_registry_row_spells_its_text() -> None:
    assert gateregistry.row_text("  64,00,44,00,39,00,76,00,74,00,33,00,00,00\r") == "dD9vt3"
    assert gateregistry.row_text("  4b,71,37,4c,6d,39") == "Kq7Lm9"
    assert gateregistry.row_text("  00,00") == ""
    assert gateregistry.row_text("64,00,44,00") == ""  # (no row of a wrapped value: unindented)
