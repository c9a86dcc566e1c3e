"""The leak gate on Windows shells' and tools' forms: PowerShell's variable references and
member reads (`$env:WANDB_TOKEN`, `$cred.GetNetworkCredential().Password`) and a description in
angle brackets in a value's place (CLIXML's `&lt;DPAPI-protected, machine …&gt;`) hold no
value; a command at cmd.exe's or PowerShell's prompt that names a secret prints it on the next
line (gateprompts.py); an answer file's `<Password>` holds its value in a `<Value>` child. Each with near misses that stay flagged or unflagged."""

from __future__ import annotations

import pytest

from wbdiag.redact import gateprompts, gatepublic, gatetoken
from wbdiag.redact.gate import Gate
from wbdiag.redact.prefilter import ENV_ENGINE

ENGINES = ["hyperscan", "re"]


@pytest.mark.parametrize(
    "token",
    [
        "$secret.GetNetworkCredential().Password",
        "$myCred.GetNetworkCredential().Password",
        "Bearer$env:WANDB_TOKEN",
        "${env:WANDB_API_KEY}",
        "$script:dbPassword",
        "$using:ApiToken.ToString()",
    ],
)
def test_powershell_references_read_as_no_value(token: str) -> None:
    assert not gatetoken.looks_random(token)


@pytest.mark.parametrize(
    ("token", "random"),
    [
        ("*SENSITIVE*DATA*DELETED*", False),
        ("***HIDDEN***", False),
        ("*Kq7Lm9*Zx2Pw*", True),  # asterisks inside a generated value
        ("KQ*ZX*PW*RT*LM*9V", True),
    ],
)
def test_a_mask_of_starred_words(token: str, random: bool) -> None:
    assert gatetoken.looks_random(token) is random


@pytest.mark.parametrize(
    "token",
    [
        "Xk9$QRt7mz!",  # a `$` inside a generated password is no reference
        "$env:X.Kq7Lm9Zx2Pw",  # a generated tail after a reference is still judged
        "Kq7$cred.Zx9Lm2Pw!",
    ],
)
def test_generated_values_with_a_dollar_stay_random(token: str) -> None:
    assert gatetoken.looks_random(token)


@pytest.mark.parametrize(
    ("window", "described"),
    [
        ('<SS N="Password">&lt;DPAPI-protected, machine ', True),
        ("password: <encrypted with the host key ", True),
        ('<add key="Password" value="', False),  # an open tag's attribute holds the value
        ("<Password>", False),  # an element's text is its value
        ("password < ", False),
    ],
)
def test_a_description_in_angle_brackets(window: str, described: bool) -> None:
    assert gatepublic.described_before(window) is described


@pytest.mark.parametrize(
    ("line", "command"),
    [
        ("$ vault read secret/db", "vault read secret/db"),
        ("+ echo $TOKEN", "echo $TOKEN"),
        (
            r"C:\Windows\System32\inetsrv>appcmd list apppool X /text:processModel.password",
            "appcmd list apppool X /text:processModel.password",
        ),
        (
            r"PS C:\> Get-Secret -Name WandbApiKey -AsPlainText",
            "Get-Secret -Name WandbApiKey -AsPlainText",
        ),
        (r"PS C:\Users\ops> whoami", "whoami"),
        (r"C:\>", None),  # a prompt with no command
        (r"Directory of C:\Users\secrets", None),
        ("$5 off", None),
    ],
)
def test_prompts(line: str, command: str | None) -> None:
    assert gateprompts.command(line) == command


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "lines",
    [
        [
            r"C:\Windows\System32\inetsrv>appcmd list apppool WandbProxy /text:processModel.password",
            "NwX5Qa~8Z9JUPhhun",
        ],
        [
            r"PS C:\> Get-Secret -Name WandbApiKey -AsPlainText",
            "b767a5a317162d012ce128e952f6dbcb06f8b4f9",
        ],
        [r"PS C:\ops> Get-Secret -Name WandbApiKey -AsPlainText", "Kq7Lm9Zx2Pw4Rt8Vb"],
        # the same behind a Windows file's line ends
        [r"PS C:\> Get-Secret -Name WandbApiKey -AsPlainText" + "\r", "Kq7Lm9Zx2Pw4Rt8Vb\r"],
        ['<SS N="Password">Kq7Lm9Zx2Pw4Rt8Vb</SS>'],
        # Windows admin commands' positional passwords, also glued to cmd.exe's prompt
        [r"C:\>net use Z: \\files.example.com\backups hyAz4QggZIhQH4CqCXOC /user:CORP\ops"],
        [r"net use \\files.example.com\ml /user:ops Kq7Lm9Zx2Pw4Rt8Vb /persistent:no"],
        ["net user svc-wandb Kq7Lm9Zx2Pw4Rt8Vb /add"],
        # (letters only, in groups a generator joins: the place alone names a password)
        ["net user svc_wandb CeipGoj-OzlOZAQE /add /expires:never"],
        [
            r"PS C:\> $sec = ConvertTo-SecureString -String 'ZxNaTCktKyGDSjrVDHUdh0sof' -AsPlainText -Force"
        ],
        ["$p = (ConvertTo-SecureString 'Kq7!mL2xR9vK' -AsPlainText -Force)"],
        [r'C:\>schtasks /Create /TN "export" /SC DAILY /RU CORP\ops /RP 1.2ABXiHQ6cegM'],
        [
            "\tLinha de Comando do Processo:\tschtasks /create /tn sync /ru ops /rp I+qUAjDohOv6dEv1OT2Y"
        ],
        # an answer file's password element, its `<Value>` below it, in CRLF lines
        ["          <Password>\r", "            <Value>FRMRlyvXwLdMngA1Ul</Value>\r"],
        ["<AdministratorPassword>", "  <Value>Kq7Lm9Zx2Pw4Rt8Vb</Value>"],
        ['    <Props><S N="UserName">ops</S><SS N="Password">Kq7&amp;Lm9Zx2Pw!</SS></Props>'],
        ["$env:REDIS_PASSWORD = 'Kq7Lm9Zx2Pw4Rt8Vb'"],
    ],
)
def test_the_gate_flags(lines: list[str], engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_ENGINE, engine)
    assert [leak.line for leak in Gate().lines("x.log", lines)] == [len(lines)]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "lines",
    [
        [
            "DEBUG:    4+  >>>> $env:REDIS_PASSWORD = $secret.GetNetworkCredential().Password\r",
            "DEBUG:     ! SET $env:REDIS_PASSWORD = '<SecureString>'.",
        ],
        ["$plain = $cred.GetNetworkCredential().Password"],
        ['+ Invoke-RestMethod -Uri $uri -Headers @{Authorization="Bearer $env:WANDB_TOKEN"}'],
        ['<SS N="Password">&lt;DPAPI-protected, machine WSD3J1C62&gt;</SS>'],
        # the same commands without a password: prompted for (`*`), a flag, a word
        [r"C:\>net use Z: \\files.example.com\backups * /user:CORP\ops"],
        [r"net use Z: \\files.example.com\backups /persistent:no"],
        ["net user svc-wandb /domain"],
        ["net user svc-wandb MyPassword /add"],  # (a usage's word: four case runs)
        ['schtasks /Create /TN "export" /SC DAILY /RU SYSTEM /RP *'],
        ["schtasks /Query /FO LIST /V"],
        # DPAPI's ciphertext (no -AsPlainText), or the plaintext read from a variable
        [
            "$sec = ConvertTo-SecureString -String '01000000d08c9ddf0115d1118c7a00c04fc297eb0100' -Force"
        ],
        ["$sec = ConvertTo-SecureString -String $env:DB_PASSWORD -AsPlainText -Force"],
        # Windows setup's log in the answer file's place, and an element named for no secret
        ["          <Password>\r", "            <Value>*SENSITIVE*DATA*DELETED*</Value>\r"],
        ["          <Description>\r", "            <Value>WandbProxyPool</Value>\r"],
        ['<SS N="Password">&lt;DPAPI-protected, machine DESKTOP-D9LNQGO&gt;</SS>'],
        # a prompt's command that names no secret, or a listing of several tokens
        [r"C:\Users\ops>hostname", "WSD3J1C62K7Q"],
        [r"PS C:\> Get-Secret -Name WandbApiKey -AsPlainText", "Name   Type   VaultName"],
    ],
)
def test_the_gate_leaves(lines: list[str], engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_ENGINE, engine)
    assert list(Gate().lines("x.log", lines)) == []
