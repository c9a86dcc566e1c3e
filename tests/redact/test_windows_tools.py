"""Secrets in the syntax of Windows administration tools (detectors/wintools.py, the commands
that print one, a registry export's wrapped hex, Azure Pipelines' logging commands) and under
names written in other languages (detectors/intl.py); the look-alikes of the same places stay
byte for byte."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # winrs's colon-glued flags (its usage: `-p[assword]:PASSWORD`), also with `/`
        (['C:\\>winrs -r:https://10.1.2.3:5986 -u:ops-admin -p:o26sBNIPT4hlkNAO "docker logs wandb-local"'], ["o26sBNIPT4hlkNAO"]),
        (["winrs /r:db01 /u:CORP\\svc /password:\"Tq8 mLz!2wx\" ipconfig"], ["Tq8 mLz!2wx"]),
        # Chocolatey: a source's password (`choco source add … -p=…`), an API key
        (['C:\\>choco source add -n=internal -s="https://nuget.example.net/chocolatey" -u=svc_ci -p=TDRuKI5Phn5y-A0'], ["TDRuKI5Phn5y-A0"]),
        (["choco apikey --key 7c1e9a02-5b6d-4f3e-8a9b-0c1d2e3f4a5b --source https://push.example.org/"], ["7c1e9a02-5b6d-4f3e-8a9b-0c1d2e3f4a5b"]),
        # reg add: the data of a secret-named value (Winlogon's autologon password), quoted or not
        (['C:\\>reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d dQxMkJpS3ZD2Bkt /f'], ["dQxMkJpS3ZD2Bkt"]),
        (['reg.exe add HKCU\\Software\\Wandb /v "ApiToken" /d "Zk3 9wQ-Lm2x" /f'], ["Zk3 9wQ-Lm2x"]),
        # PowerShell's parameter binding trace (Trace-Command -Name ParameterBinding)
        (["DEBUG: ParameterBinding Information: 0 :     BIND arg [WeIgcDCOvEEyZnBs] to parameter [Password]"], ["WeIgcDCOvEEyZnBs"]),
        # CLIXML (Export-Clixml) of an object with a plain string property
        (['<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">', '  <Obj RefId="0">', "    <MS>", '      <S N="User">ci_qliw</S>', '      <S N="PlainPassword">hMr79IGmUrAB!5</S>', "    </MS>", "  </Obj>", "</Objs>"], ["hMr79IGmUrAB!5"]),
    ],
)  # fmt: skip
def test_a_windows_tools_secret_goes(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        # no password given, or a variable's name for it
        ['C:\\>winrs -r:https://10.1.2.3:5986 -u:ops-admin "docker logs wandb-local"'],
        ["winrs -r:db01 -u:svc -p:%WINRS_PASSWORD% ipconfig"],
        ['choco source add -n=internal -s="https://nuget.example.net/chocolatey" --priority=1'],
        ["choco source add -n=internal -s=https://nuget.example.net/ -u=svc -p=$env:CHOCO_PASSWORD"],
        ["choco install googlechrome -y --params \"'/NoDesktopShortcut'\""],
        # reg add of values that are no secret: a switch, a user's name
        ['reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v AutoAdminLogon /t REG_SZ /d 1 /f'],
        ['reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultUserName /t REG_SZ /d ops_admin /f'],
        # a type's name bound, and a bound argument of a parameter that names no secret
        ["DEBUG: ParameterBinding Information: 0 :     BIND arg [System.Security.SecureString] to parameter [Password]"],
        ["DEBUG: ParameterBinding Information: 0 :     BIND arg [db01.corp.example.com] to parameter [ComputerName]"],
        # CLIXML: the user's name, and a SecureString (a DPAPI blob, bound to a user and machine)
        ['    <Props><S N="UserName">ops-uygwk</S><SS N="Password">01000000d08c9ddf0115d1118c7a00c04fc297eb010000</SS></Props>'],
    ],
)  # fmt: skip
def test_a_windows_tools_lookalike_stays(lines: list[str]) -> None:
    assert_kept(lines)


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # SecretManagement's plain read, and IIS appcmd printing one attribute of a pool
        (["PS C:\\> Get-Secret -Name WandbApiKey -AsPlainText", "b767a5a317162d012ce128e952f6dbcb06f8b4f9"], ["b767a5a317162d012ce128e952f6dbcb06f8b4f9"]),
        (["C:\\Windows\\System32\\inetsrv>appcmd list apppool WandbProxy /text:processModel.password", "NwX50A~8Z9JUPhhun"], ["NwX50A~8Z9JUPhhun"]),
        # a registry export's REG_EXPAND_SZ under a secret's name, wrapped over lines (CRLF)
        (['"Password"=hex(2):69,00,48,00,55,00,72,00,69,00,56,00,78,00,63,00,\\\r', "  64,00,44,00,39,00,76,00,74,00,33,00,\\\r", "  41,00,00,00\r", '"Port"=dword:00000cea\r'], ["64,00,44,00,39,00", "41,00,00,00"]),
        # unattend.xml's autologon password, its `<Value>` capitalised
        (["        <AutoLogon>", "          <Password>", "            <Value>FRMRlyvXwLdMngA1Ul</Value>", "            <PlainText>true</PlainText>", "          </Password>"], ["FRMRlyvXwLdMngA1Ul"]),
        # ... as a Windows editor saves it (CRLF)
        (["        <AutoLogon>\r", "          <Password>\r", "            <Value>NTLs_eRHF9hzm8s</Value>\r", "            <PlainText>true</PlainText>\r", "          </Password>\r"], ["NTLs_eRHF9hzm8s"]),
        # Azure Pipelines: a variable set without `issecret=true` under a secret's name
        (["2024-12-01T09:43:52.1085981Z ##vso[task.setvariable variable=MYSQL_PASSWORD]ujGVTXsIxiarGd9"], ["ujGVTXsIxiarGd9"]),
        (["##vso[task.setvariable variable=wandbApiKey;issecret=false]Lq8vZ2mXk4Tn"], ["Lq8vZ2mXk4Tn"]),
    ],
)  # fmt: skip
def test_a_printed_windows_secret_goes(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        ["PS C:\\> Get-Secret -Name WandbApiKey", "System.Security.SecureString"],
        ["C:\\Windows\\System32\\inetsrv>appcmd list apppool WandbProxy /text:processModel.userName", "CORP\\svc-wandb"],
        # a registry value that names no secret, wrapped the same way
        ['"Path"=hex(2):25,00,53,00,79,00,73,00,74,00,65,00,6d,00,52,00,6f,00,6f,00,\\\r', "  74,00,25,00,00,00\r"],
        # unattend.xml's password left empty (the image asks for it)
        ["          <Password>", "            <Value></Value>", "            <PlainText>true</PlainText>", "          </Password>"],
        ["          <Password>\r", "            <Value></Value>\r", "            <PlainText>true</PlainText>\r", "          </Password>\r"],
        # Azure Pipelines: a variable that names no secret
        ["##vso[task.setvariable variable=BUILD_CONFIGURATION]Release"],
    ],
)  # fmt: skip
def test_a_printed_windows_lookalike_stays(lines: list[str]) -> None:
    assert_kept(lines)


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # French's three words for the password, a script's output
        (["Connexion à mysql.example.org en tant que mlops", "Mot de passe : g1Qx+A!LOM6Rlsp"], ["g1Qx+A!LOM6Rlsp"]),
        # a generated value of letters of several scripts and cases (no word in any of them)
        (['{"usuario": "mlops-vhg", "contraseña": "LdDKAnSPBスT호óMパI"}'], ["LdDKAnSPBスT호óMパI"]),
        (['{"사용자": "opsmvoy", "비밀번호": "bh밀óKrlKnsõb"}'], ["bh밀óKrlKnsõb"]),
        # a generated value with a dot, which a dotted name in code would not spell
        (["[错误] 连接 MySQL 失败 用户=cixqz 密码=xoni7O.wtx1MU7 主机=mysql.example.com"], ["xoni7O.wtx1MU7"]),
    ],
)  # fmt: skip
def test_a_localized_secret_goes(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        ["Pour obtenir le mot de passe administrateur :", '  kubectl get secret --namespace wandb wandb-admin -o jsonpath="{.data.password}" | base64 -d'],
        ["    --password='' : Mot de passe pour l'authentification de base auprès du serveur API"],
        # a word in one script and case, and a dotted name in code
        ['{"비밀번호": "설정됨"}'],
        ['{"contraseña": "Restablecida"}'],
        ["密码=cfg.Password 主机=db"],
    ],
)  # fmt: skip
def test_a_localized_lookalike_stays(lines: list[str]) -> None:
    assert_kept(lines)


@pytest.mark.parametrize(
    "lines",
    [
        # Azure Pipelines' own mask after a secret variable is set
        ["2025-10-11T18:13:51.6459215Z ##vso[task.setvariable variable=MYSQL_PASSWORD;issecret=true]***", "2025-10-11T18:13:52.9235661Z MYSQL_PASSWORD=***"],
        # Git Credential Manager's settings: the helper and where it keeps credentials
        ["credential.helper=manager", "credential.credentialstore=wincredman"],
        # an RDP file's switch, ASP.NET's generated machine keys, a type's name printed
        ["prompt for credentials:i:1"],
        ['  <machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" validation="HMACSHA256" />'],
        ["UserName       : opslpj", "Password       : ", "SecurePassword : System.Security.SecureString"],
        # references to a secret: App Service's Key Vault reference, a script's variables
        ['    "ApiKey": "@Microsoft.KeyVault(SecretUri=https://kv-4467961211c0.vault.azure.net/secrets/wandb-api-key/)",'],
        ["DEBUG:    4+  >>>> $env:REDIS_PASSWORD = $secret.GetNetworkCredential().Password"],
        ['+ $r = Invoke-RestMethod -Uri $uri -Headers @{ Authorization = "Bearer $token" }'],
    ],
)  # fmt: skip
def test_a_windows_stand_in_stays(lines: list[str]) -> None:
    assert_kept(lines)


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        (["##vso[task.setvariable variable=MYSQL_PASSWORD;issecret=true]Lq8vZ2mXk4Tn"], ["Lq8vZ2mXk4Tn"]),
        (['  <machineKey validationKey="F3A91C0D5E7B2A4C6E8F0A1B3C5D7E9F" decryptionKey="9C1E4B7A2D5F8C0E3A6B9D2F5C8E1A4B" validation="HMACSHA256" />'], ["F3A91C0D5E7B2A4C6E8F0A1B3C5D7E9F", "9C1E4B7A2D5F8C0E3A6B9D2F5C8E1A4B"]),
        (["UserName       : opslpj", "Password       : Tq8mLz2wxPk4", "SecurePassword : System.Security.SecureString"], ["Tq8mLz2wxPk4"]),
        (['$env:REDIS_PASSWORD = "Xk3mQ9zLp2wR"'], ["Xk3mQ9zLp2wR"]),
        (['$r = Invoke-RestMethod -Uri $uri -Headers @{ Authorization = "Bearer Zq8xLm2Pw7KdTr4vNh6Ts1Vb" }'], ["Zq8xLm2Pw7KdTr4vNh6Ts1Vb"]),
    ],
)  # fmt: skip
def test_a_secret_beside_the_stand_ins_goes(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)
