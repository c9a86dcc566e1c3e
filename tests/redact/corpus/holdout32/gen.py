#!/usr/bin/env python3
"""holdout32 generator: Windows, localized and re-encoded material.

Stdlib only, fixed seed, deterministic. Writes positives.jsonl and
negatives.jsonl next to this file.
"""
import base64
import json
import os
import random
import re
import urllib.parse
from datetime import datetime, timedelta

SEED = 3232_2026
HERE = os.path.dirname(os.path.abspath(__file__))

LOW = "abcdefghijklmnopqrstuvwxyz"
UP = LOW.upper()
DIG = "0123456789"
ALNUM = LOW + UP + DIG
PWSYM = "-_.!~+*"
HEXL = "0123456789abcdef"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
NONASCII = "äöüßéèçñãõáíóúâêЖжщяПрбдлфкガパスワ密码钥비밀번호"

R = random.Random(SEED)


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def gen_pw():
    n = R.randint(14, 20)
    mid = "".join(R.choice(ALNUM + PWSYM) if R.random() < 0.25 else R.choice(ALNUM) for _ in range(n - 2))
    return R.choice(ALNUM) + mid + R.choice(ALNUM)


def gen_pu():
    n = R.randint(12, 16)
    chars = [R.choice(ALNUM) for _ in range(n)]
    for _ in range(R.randint(2, 4)):
        chars[R.randint(1, n - 2)] = R.choice(NONASCII)
    chars[0] = R.choice(ALNUM)
    chars[-1] = R.choice(ALNUM)
    return "".join(chars)


def gen_jwt():
    hdr = base64.urlsafe_b64encode(json.dumps({"alg": "RS256", "kid": rs(HEXL, 8), "typ": "JWT"}).encode()).decode().rstrip("=")
    pl = base64.urlsafe_b64encode(json.dumps({"iss": "https://login.example.com/", "sub": rs(HEXL, 12), "exp": R.randint(1700000000, 1760000000)}).encode()).decode().rstrip("=")
    return hdr + "." + pl + "." + rs(B64U, 43)


# kind -> (generator, is_secret, list_fn(value)->secret part)
def _ident(v):
    return v


KINDS = {
    "PW": (gen_pw, True, _ident),
    "PU": (gen_pu, True, _ident),
    "HX": (lambda: rs(HEXL, 40), True, _ident),
    "AK": (lambda: rs(ALNUM, 32), True, _ident),
    "AZ": (lambda: rs(B64, 86) + "==", True, lambda v: v.rstrip("=")),
    "GH": (lambda: "ghp_" + rs(ALNUM, 36), True, lambda v: v[4:]),
    "JW": (gen_jwt, True, lambda v: v.rsplit(".", 1)[1]),
    "SAS": (lambda: rs(B64, 43) + "=", True, lambda v: v.rstrip("=")),
    "CS": (lambda: rs(ALNUM, 3) + R.choice(DIG) + "Q~" + rs(ALNUM + "_.~-", 32) + rs(ALNUM, 2), True, _ident),
    "PAT": (lambda: rs(LOW[:26] + "234567", 52), True, _ident),
    "DK": (lambda: "dckr_pat_" + rs(ALNUM + "-_", 26) + R.choice(ALNUM), True, lambda v: v[9:]),
    "SK": (lambda: rs(ALNUM, 1) + rs(ALNUM + "/+", 38) + rs(ALNUM, 1), True, _ident),
    "WK": (lambda: "local-" + rs(HEXL, 40), True, lambda v: v[6:]),
    "BX": (lambda: rs(B64, 43) + "=", True, lambda v: v.rstrip("=")),
    # public
    "US": (lambda: R.choice(["svc", "admin", "ops", "wandb", "deploy", "ci", "build", "mlops"]) + R.choice(["", "_", "-"]) + rs(LOW, R.randint(3, 6)), False, None),
    "HO": (lambda: rs(LOW, R.randint(4, 8)) + "." + R.choice(["example.com", "example.org", "example.net", "corp.example.com"]), False, None),
    "IP": (lambda: "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), False, None),
    "GU": (lambda: "%s-%s-%s-%s-%s" % (rs(HEXL, 8), rs(HEXL, 4), rs(HEXL, 4), rs(HEXL, 4), rs(HEXL, 12)), False, None),
    "GUU": (lambda: ("%s-%s-%s-%s-%s" % (rs(HEXL, 8), rs(HEXL, 4), rs(HEXL, 4), rs(HEXL, 4), rs(HEXL, 12))).upper(), False, None),
    "SID": (lambda: "S-1-5-21-%d-%d-%d-%d" % (R.randint(10**9, 4 * 10**9), R.randint(10**9, 4 * 10**9), R.randint(10**9, 4 * 10**9), R.randint(1000, 9999)), False, None),
    "TP": (lambda: rs("0123456789ABCDEF", 40), False, None),
    "SHA": (lambda: rs(HEXL, 64), False, None),
    "RID": (lambda: rs(HEXL, 32), False, None),
    "N": (lambda: str(R.randint(100, 99999)), False, None),
    "PID": (lambda: str(R.randint(1000, 30000)), False, None),
    "WU": (lambda: R.choice(["jdoe", "a.muller", "p.dupont", "m.garcia", "j.silva", "i.petrov", "t.sato", "l.wang", "k.kim", "admin"]), False, None),
    "PC": (lambda: R.choice(["WS", "LAPTOP-", "DESKTOP-", "ADM"]) + rs(UP + DIG, 7), False, None),
    "AKID": (lambda: "AKIA" + rs(UP + DIG, 16), False, None),
    "CID": (lambda: rs(HEXL, 12), False, None),
    "VER": (lambda: "%d.%d.%d" % (R.randint(0, 3), R.randint(0, 60), R.randint(0, 20)), False, None),
}


def pct(v):
    return urllib.parse.quote(v, safe="")


def moji(v):
    out = []
    for b in v.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(bytes([b]).decode("latin-1"))
    return "".join(out)


def jsonu(v):
    return json.dumps(v, ensure_ascii=True)[1:-1]


def reghex(v, first_prefix_len):
    """.reg hex(2) REG_EXPAND_SZ export of v (UTF-16LE + terminator), wrapped like regedit."""
    bs = (v + "\x00").encode("utf-16-le")
    items = ["%02x" % b for b in bs]
    lines = []
    cur = ""
    width = 80 - first_prefix_len
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if len(cur) + len(piece) > width - 1 and i < len(items) - 1:
            lines.append(cur + "\\")
            cur = ""
            width = 78
        cur += piece
    lines.append(cur)
    text = "\n  ".join(lines)
    # listed: hex digits encoding the value bytes, per line, without the terminator pair
    return text


def basic(user, pw):
    pre = (user + ":").encode()
    enc = base64.b64encode(pre + pw.encode()).decode()
    start = -(-len(pre) // 3) * 4
    return enc, [enc[start:].rstrip("=")]


def b64v(v):
    e = base64.b64encode(v.encode()).decode()
    return e, [e.rstrip("=")]


PH = re.compile(r"\{([A-Z]+)(\d?)(?:\|([a-z0-9]+))?\}")


class Rec:
    def __init__(self):
        self.vals = {}
        self.listed = []
        base = datetime(2023, 1, 1) + timedelta(seconds=R.randint(0, 3 * 365 * 86400))
        self.t = base

    def val(self, kind, idx):
        k = (kind, idx)
        if k not in self.vals:
            self.vals[k] = KINDS[kind][0]()
        return self.vals[k]

    def tick(self):
        self.t += timedelta(milliseconds=R.randint(0, 4000))
        return self.t

    def sub(self, m):
        kind, idx, mod = m.group(1), m.group(2), m.group(3)
        if kind in ("TS", "TZ", "DT", "TW", "TL", "TI", "TT", "TD"):
            t = self.tick()
            if kind == "TS":
                return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%07dZ" % R.randint(0, 9999999)
            if kind == "TZ":
                return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % R.randint(0, 999)
            if kind == "DT":
                return t.strftime("%Y-%m-%d %H:%M:%S")
            if kind == "TW":
                return t.strftime("%d.%m.%Y %H:%M:%S")
            if kind == "TL":
                return t.strftime("%Y%m%d%H%M%S")
            if kind == "TI":
                return t.strftime("%H:%M:%S")
            if kind == "TT":
                return t.strftime("%d/%m/%Y %H:%M:%S")
            if kind == "TD":
                return t.strftime("%Y/%m/%d %H:%M:%S")
        gen, secret, lf = KINDS[kind]
        v = self.val(kind, idx)
        if not secret:
            if mod == "pct":
                return pct(v)
            if mod == "nbs":  # backslash-doubled
                return v.replace("\\", "\\\\")
            return v
        if mod is None:
            self.listed.append(lf(v))
            return v
        if mod == "pct":
            e = pct(v)
            part = lf(v)
            pe = pct(part)
            self.listed.append(pe)
            return e
        if mod == "pct2":
            e = pct(pct(v))
            self.listed.append(pct(pct(lf(v))))
            return e
        if mod == "moji":
            e = moji(v)
            self.listed.append(e)
            return e
        if mod == "jsonu":
            e = jsonu(v)
            self.listed.append(e)
            return e
        if mod == "b64":
            e, lst = b64v(v)
            self.listed.extend(lst)
            return e
        if mod == "b64u16":
            e = base64.b64encode(v.encode("utf-16-le")).decode()
            self.listed.append(e.rstrip("="))
            return e
        if mod == "basic":
            e, lst = basic(self.val("US", idx), v)
            self.listed.extend(lst)
            return e
        if mod == "reg":
            e = reghex(v, 30)
            parts = [p.strip().rstrip("\\") for p in e.split("\n")]
            last = parts[-1]
            last = last[:-len(",00,00")] if last.endswith(",00,00") else last
            parts[-1] = last
            self.listed.extend(p for p in parts if p)
            return e
        if mod == "ps":  # PowerShell single-quoted: value as-is (alphabet has no quote)
            self.listed.append(lf(v))
            return v
        raise ValueError(mod)


def u16_garble(lines, be=False):
    text = "\r\n".join(lines) + "\r\n"
    enc = ("\ufeff" + text).encode("utf-16-be" if be else "utf-16-le")
    dec = enc.decode("utf-8", errors="replace")
    out = dec.split("\n")
    if out and out[-1] in ("", "\x00"):
        out = out[:-1]
    return out


def nul(s, be=False):
    return "\x00".join(s)


def render(tpl_lines, flags):
    rec = Rec()
    text = "\n".join(tpl_lines)
    text = PH.sub(rec.sub, text)
    text = text.replace("{{", "{").replace("}}", "}")
    lines = text.split("\n")
    listed = []
    for s in rec.listed:
        if s not in listed:
            listed.append(s)
    if "u16" in flags or "u16be" in flags:
        lines = u16_garble(lines, be="u16be" in flags)
        listed = [nul(s) for s in listed]
    else:
        if "crlf" in flags:
            lines = [l + "\r" for l in lines]
        if "bom" in flags:
            lines[0] = "\ufeff" + lines[0]
    return lines, listed


def ok_record(lines, listed):
    joined = "\n".join(lines)
    for s in listed:
        if len(s) < 8 or s not in joined:
            return False
    rest = joined
    for s in sorted(listed, key=len, reverse=True):
        rest = rest.replace(s, "\x01")
    for s in listed:
        for i in range(len(s) - 5):
            if s[i:i + 6] in rest:
                return False
    return True

U_PSENV = "https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_environment_variables"
U_SETITEM = "https://learn.microsoft.com/powershell/module/microsoft.powershell.management/set-item"
U_SECSTR = "https://learn.microsoft.com/powershell/module/microsoft.powershell.security/convertto-securestring"
U_GETCRED = "https://learn.microsoft.com/powershell/module/microsoft.powershell.security/get-credential"
U_TRANS = "https://learn.microsoft.com/powershell/module/microsoft.powershell.host/start-transcript ; Qazeer/artefacts.help pages/windows/powershell_transcript.md"
U_SBL = "https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_logging_windows"
U_CMDSET = "https://learn.microsoft.com/windows-server/administration/windows-commands/set_1"
U_CMDKEY = "https://learn.microsoft.com/windows-server/administration/windows-commands/cmdkey ; https://sourcedaddy.com/windows-7/managing-usernames-and-passwords-cmdkey.html"
U_EVTXML = "https://learn.microsoft.com/windows/win32/wes/eventschema-schema"
U_WEVT = "https://learn.microsoft.com/windows-server/administration/windows-commands/wevtutil"
U_4688 = "https://learn.microsoft.com/windows/security/threat-protection/auditing/event-4688"
U_SYSMON = "https://learn.microsoft.com/sysinternals/downloads/sysmon"
U_APPSET = "https://learn.microsoft.com/aspnet/core/fundamentals/configuration/"
U_WEBCFG = "https://learn.microsoft.com/dotnet/framework/data/adonet/connection-strings-and-configuration-files"
U_USEC = "https://learn.microsoft.com/aspnet/core/security/app-secrets"
U_MYNET = "https://mysqlconnector.net/connection-options/"
U_IIS = "https://learn.microsoft.com/windows/win32/http/w3c-logging ; https://www.ossec.net/docs/_sources/log_samples/windows/iis/psoft_hsphere.rst.txt"
U_ADO = "https://learn.microsoft.com/azure/devops/pipelines/scripts/logging-commands"
U_ADOV = "https://learn.microsoft.com/azure/devops/pipelines/process/variables"
U_GHA = "https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions"
U_DD = "https://docs.docker.com/desktop/troubleshoot-and-support/troubleshoot/"
U_DDSET = "https://docs.docker.com/desktop/settings-and-maintenance/settings/"
U_WSL = "https://learn.microsoft.com/windows/wsl/wsl-config"
U_REG = "https://learn.microsoft.com/troubleshoot/windows-server/performance/windows-registry-advanced-users ; https://www.itprotoday.com/compute-engines/jsi-tip-8615-understanding-regeditexe-reg-files"
U_REGQ = "https://learn.microsoft.com/windows-server/administration/windows-commands/reg-query"
U_BAT = "https://learn.microsoft.com/windows-server/administration/windows-commands/windows-commands"
U_NETUSE = "https://learn.microsoft.com/windows-server/administration/windows-commands/net-use"
U_SCHT = "https://learn.microsoft.com/windows-server/administration/windows-commands/schtasks-create"
U_KUBECTL = "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create/kubectl_create_secret_generic/"
U_HELM = "https://helm.sh/docs/helm/helm_install/"
U_MYSQL = "https://dev.mysql.com/doc/refman/8.0/en/connecting.html"
U_MYERR = "https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html"
U_JDBC = "https://dev.mysql.com/doc/connector-j/en/connector-j-reference-jdbc-url-format.html"
U_DLOGIN = "https://docs.docker.com/reference/cli/docker/login/"
U_AZCS = "https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string"
U_SAS = "https://learn.microsoft.com/rest/api/storageservices/create-service-sas"
U_WANDB = "https://docs.wandb.ai/guides/hosting/env-vars"
U_GCM = "https://github.com/git-ecosystem/git-credential-manager"
U_I18N = "https://learn.microsoft.com/dotnet/core/extensions/localization ; https://kubernetes.io/docs/reference/kubectl/"
U_UTF16 = "https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_character_encoding"
U_WINGET = "https://learn.microsoft.com/windows/package-manager/winget/"
U_CHOCO = "https://docs.chocolatey.org/en-us/configuration"
U_RDP = "https://learn.microsoft.com/windows-server/remote/remote-desktop-services/clients/rdp-files"
U_WINRM = "https://learn.microsoft.com/windows/win32/winrm/installation-and-configuration-for-windows-remote-management"
U_TASKXML = "https://learn.microsoft.com/windows/win32/taskschd/task-scheduler-schema"
U_UNATTEND = "https://learn.microsoft.com/windows-hardware/customize/desktop/unattend/microsoft-windows-shell-setup-autologon-password"
U_NUGET = "https://learn.microsoft.com/nuget/reference/nuget-config-file"
U_LAUNCHS = "https://learn.microsoft.com/aspnet/core/fundamentals/environments#launchsettingsjson"
U_SERILOG = "https://github.com/serilog/serilog/wiki/Formatting-Output"
U_EFCORE = "https://learn.microsoft.com/ef/core/logging-events-diagnostics/extensions-logging"
U_DOTNETEX = "https://learn.microsoft.com/dotnet/api/system.argumentexception"
U_ODBC = "https://learn.microsoft.com/sql/odbc/reference/install/registry-entries-for-odbc-components"
U_MYODBC = "https://dev.mysql.com/doc/connector-odbc/en/connector-odbc-configuration-connection-parameters.html"
U_PSREADLINE = "https://learn.microsoft.com/powershell/module/psreadline/about/about_psreadline"
U_PSCLIXML = "https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/export-clixml"
U_AWSPS = "https://docs.aws.amazon.com/powershell/latest/userguide/specifying-your-aws-credentials.html"
U_MC = "https://min.io/docs/minio/linux/reference/minio-mc/mc-alias-set.html"
U_JAVA = "https://docs.oracle.com/javase/8/docs/api/java/sql/SQLException.html ; https://dev.mysql.com/doc/connector-j/en/"
U_SSMS = "https://learn.microsoft.com/sql/connect/ado-net/connection-string-syntax"
U_PUTTY = "https://the.earth.li/~sgtatham/putty/0.78/htmldoc/Chapter4.html"
U_WINSCP = "https://winscp.net/eng/docs/ui_pref_storage ; https://winscp.net/eng/docs/session_url"
U_MSI = "https://learn.microsoft.com/windows/win32/msi/command-line-options"
U_SC = "https://learn.microsoft.com/windows-server/administration/windows-commands/sc-create"
U_NSSM = "https://nssm.cc/commands"
U_RUNAS = "https://learn.microsoft.com/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/cc771525(v=ws.11)"
U_PSCUSTOM = "https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/format-list"
U_CURLWIN = "https://curl.se/docs/manpage.html"
U_IWR = "https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/invoke-webrequest"
U_NETSH = "https://learn.microsoft.com/windows-server/networking/technologies/netsh/netsh-contexts"
U_HTTPERR = "https://learn.microsoft.com/troubleshoot/developer/webapps/iis/www-administration-management/error-logging-in-http-apis"
U_FAILREQ = "https://learn.microsoft.com/iis/troubleshoot/using-failed-request-tracing/troubleshooting-failed-requests-using-tracing-in-iis"
U_APPCMD = "https://learn.microsoft.com/iis/get-started/getting-started-with-iis/getting-started-with-appcmdexe"
U_APPHOST = "https://learn.microsoft.com/iis/configuration/system.applicationhost/applicationpools/add/processmodel"
U_WANDBCLI = "https://docs.wandb.ai/ref/cli/wandb-login/"
U_NETRC = "https://curl.se/docs/manpage.html#-n ; _netrc on Windows"
U_VSCODE = "https://code.visualstudio.com/docs/editor/variables-reference"
U_DCONF = "https://docs.docker.com/reference/cli/docker/#docker-cli-configuration-file-configjson-properties"
U_KCFG = "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/"
U_DIAG = "https://learn.microsoft.com/dotnet/core/diagnostics/"
U_LOG4NET = "https://logging.apache.org/log4net/release/config-examples.html"
U_NLOG = "https://github.com/NLog/NLog/wiki/Database-target"
U_HANGFIRE = "https://docs.hangfire.io/en/latest/configuration/using-redis.html"
U_SRED = "https://stackexchange.github.io/StackExchange.Redis/Configuration"
U_MSBUILD = "https://learn.microsoft.com/visualstudio/msbuild/msbuild-command-line-reference"
U_DOTNETPUB = "https://learn.microsoft.com/aspnet/core/host-and-deploy/visual-studio-publish-profiles"

POS = []


def P(name, url, flags, *lines, new=False):
    POS.append((name, url, flags, list(lines), new))


# ---------------- PowerShell ----------------
P("ps_env_assign_wandb_license_then_helm_set", U_PSENV, "",
  "PS C:\\Users\\{WU1}\\wandb-deploy> $env:WANDB_LICENSE = '{JW1}'",
  "PS C:\\Users\\{WU1}\\wandb-deploy> helm upgrade --install wandb wandb/operator -n wandb --set license=$env:WANDB_LICENSE",
  "Release \"wandb\" has been upgraded. Happy Helming!")
P("ps_set_item_env_drive_mysql_password", U_SETITEM, "crlf",
  "PS C:\\ops> Set-Item -Path Env:MYSQL_PASSWORD -Value '{PW1}'",
  "PS C:\\ops> Set-Item -Path Env:MYSQL_HOST -Value 'mysql.{HO1}'",
  "PS C:\\ops> .\\scripts\\check-db.ps1")
P("ps_securestring_asplaintext_force_bucket_secret", U_SECSTR, "",
  "PS C:\\> $sec = ConvertTo-SecureString -String '{SK1}' -AsPlainText -Force",
  "PS C:\\> $cred = New-Object System.Management.Automation.PSCredential('{AKID1}', $sec)",
  "PS C:\\> Write-S3Object -BucketName wandb-files -File .\\probe.txt -Credential $cred")
P("ps_securestring_positional_minio_root", U_SECSTR, "crlf",
  "$minioPass = ConvertTo-SecureString \"{PW1}\" -AsPlainText -Force",
  "$minioCred = [pscredential]::new('minioadmin', $minioPass)",
  "Invoke-RestMethod -Uri http://{IP1}:9000/minio/health/live -Credential $minioCred")
P("ps_getcredential_transcript_typed_password_echo", U_GETCRED, "",
  "PS C:\\> $c = Get-Credential -UserName {US1} -Message 'W&B MySQL'",
  "PS C:\\> $c.GetNetworkCredential() | Format-List",
  "",
  "UserName       : {US1}",
  "Password       : {PW1}",
  "SecurePassword : System.Security.SecureString",
  "Domain         : ")
P("ps_getnetworkcredential_password_property_line", U_GETCRED, "crlf",
  "PS C:\\> (Get-Credential {US1}).GetNetworkCredential().Password",
  "{PW1}",
  "PS C:\\> ")
P("ps_transcript_header_then_env_wandb_api_key", U_TRANS, "crlf",
  "**********************",
  "Windows PowerShell transcript start",
  "Start time: {TL}",
  "Username: CORP\\{WU1}",
  "RunAs User: CORP\\{WU1}",
  "Machine: {PC1} (Microsoft Windows NT 10.0.22631.0)",
  "Host Application: C:\\WINDOWS\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
  "Process ID: {PID1}",
  "**********************",
  "PS C:\\Users\\{WU1}> $env:WANDB_API_KEY=\"{HX1}\"",
  "PS C:\\Users\\{WU1}> wandb login --relogin --host https://wandb.{HO1}")
P("ps_transcript_command_start_time_block_oidc_secret", U_TRANS, "crlf",
  "**********************",
  "Command start time: {TL}",
  "**********************",
  "PS C:\\deploy> kubectl -n wandb create secret generic wandb-oidc --from-literal=OIDC_CLIENT_SECRET={CS1}",
  "secret/wandb-oidc created",
  "**********************",
  "Command start time: {TL}",
  "**********************")
P("ps_transcript_utf16le_nul_interleaved_env_line", U_TRANS + " ; " + U_UTF16, "u16",
  "**********************",
  "Windows PowerShell transcript start",
  "Start time: {TL}",
  "**********************",
  "PS C:\\> $env:MYSQL_PASSWORD = '{PW1}'",
  "PS C:\\> docker compose up -d")
P("ps_scriptblock_4104_message_text_export", U_SBL, "crlf",
  "Level\tDate and Time\tSource\tEvent ID\tTask Category",
  "Verbose\t{TT}\tMicrosoft-Windows-PowerShell\t4104\tExecute a Remote Command",
  "Creating Scriptblock text (1 of 1):",
  "$env:BUCKET = 's3://{AKID1}:{SK1|pct}@wandb-files?region=us-east-1'",
  "",
  "ScriptBlock ID: {GU1}",
  "Path: C:\\deploy\\set-bucket.ps1")
P("ps_scriptblock_4104_event_xml_data_node", U_SBL + " ; " + U_EVTXML, "",
  "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-PowerShell' Guid='{{a0c1853b-5c40-4b15-8766-3cf1c58f985a}}'/><EventID>4104</EventID><Level>5</Level><TimeCreated SystemTime='{TS}'/><Computer>{PC1}</Computer><Security UserID='{SID1}'/></System>",
  "<EventData><Data Name='MessageNumber'>1</Data><Data Name='MessageTotal'>1</Data><Data Name='ScriptBlockText'>$h = @{{ Authorization = 'Bearer {JW1}' }}; Invoke-RestMethod https://wandb.{HO1}/api/v1/viewer -Headers $h</Data><Data Name='ScriptBlockId'>{GU1}</Data><Data Name='Path'></Data></EventData></Event>")
P("ps_psreadline_history_file_lines", U_PSREADLINE, "crlf",
  "cd C:\\src\\wandb-infra",
  "$env:AWS_SECRET_ACCESS_KEY='{SK1}'",
  "aws s3 ls s3://wandb-files --region eu-central-1",
  "kubectl config use-context prod",
  "helm get values wandb -n wandb")
P("ps_splat_hashtable_mysql_connect_params", U_PSENV, "",
  "$params = @{{",
  "    Server   = 'mysql.{HO1}'",
  "    Port     = 3306",
  "    User     = '{US1}'",
  "    Password = '{PW1}'",
  "    Database = 'wandb_local'",
  "}}",
  "Open-MySqlConnection @params")
P("ps_invoke_webrequest_headers_hashtable_api_key", U_IWR, "crlf",
  "PS> Invoke-WebRequest -Uri https://wandb.{HO1}/graphql -Method Post -Headers @{{'Authorization'='Basic {PW1|basic}'; 'Content-Type'='application/json'}} -Body $q",
  "Invoke-WebRequest : The remote server returned an error: (401) Unauthorized.")
P("ps_error_record_invocation_line_with_token", U_IWR, "",
  "Invoke-RestMethod : {{\"errors\":[{{\"message\":\"permission denied\"}}]}}",
  "At C:\\ops\\sync-users.ps1:14 char:9",
  "+ $resp = Invoke-RestMethod -Uri \"https://wandb.{HO1}/api/v1/users\" -Headers @{{ \"X-Api-Key\" = \"{HX1}\" }}",
  "+         ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~",
  "    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod], WebException",
  "    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand")
P("ps_set_awscredential_storeas_profile", U_AWSPS, "crlf",
  "PS C:\\> Set-AWSCredential -AccessKey {AKID1} -SecretKey {SK1} -StoreAs wandb-bucket",
  "PS C:\\> Get-S3Bucket -ProfileName wandb-bucket | Select-Object BucketName")
P("ps_environment_setenvironmentvariable_machine_scope", U_PSENV, "",
  "[System.Environment]::SetEnvironmentVariable('WANDB_LICENSE', '{JW1}', [System.EnvironmentVariableTarget]::Machine)",
  "[System.Environment]::SetEnvironmentVariable('WANDB_BASE_URL', 'https://wandb.{HO1}', 'Machine')")
P("ps_format_list_env_drive_dump", U_PSCUSTOM, "crlf",
  "PS C:\\> Get-ChildItem Env: | Where-Object Name -like 'WANDB*' | Format-List",
  "",
  "Name  : WANDB_BASE_URL",
  "Value : https://wandb.{HO1}",
  "",
  "Name  : WANDB_API_KEY",
  "Value : {WK1}")
P("ps_format_table_env_drive_truncated_columns", U_PSCUSTOM, "",
  "Name                           Value",
  "----                           -----",
  "REDIS_PASSWORD                 {PW1}",
  "REDIS_HOST                     redis-master.wandb.svc.cluster.local",
  "USERPROFILE                    C:\\Users\\{WU1}")
P("ps_export_clixml_pscredential_plain_password_prop", U_PSCLIXML, "",
  "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">",
  "  <Obj RefId=\"0\">",
  "    <TN RefId=\"0\"><T>System.Management.Automation.PSCustomObject</T><T>System.Object</T></TN>",
  "    <MS>",
  "      <S N=\"Host\">mysql.{HO1}</S>",
  "      <S N=\"User\">{US1}</S>",
  "      <S N=\"PlainPassword\">{PW1}</S>",
  "    </MS>",
  "  </Obj>",
  "</Objs>")
P("ps_here_string_env_file_written_out_file", U_PSENV, "crlf",
  "@\"",
  "MYSQL=mysql://{US1}:{PW1}@mysql.{HO1}:3306/wandb_local",
  "BUCKET=s3://wandb-files",
  "\"@ | Out-File -Encoding ascii C:\\wandb\\wandb.env")
P("ps_backtick_continuation_docker_run_env", U_PSENV, "",
  "docker run -d --name wandb-local `",
  "  -e LICENSE={JW1} `",
  "  -e MYSQL=mysql://{US1}:{PW1}@{IP1}:3306/wandb `",
  "  -p 8080:8080 wandb/local")
P("ps_start_process_argumentlist_password_flag", U_PSENV, "crlf",
  "Start-Process -FilePath 'C:\\Program Files\\MySQL\\MySQL Server 8.0\\bin\\mysqldump.exe' -ArgumentList '-h','mysql.{HO1}','-u','{US1}','--password={PW1}','wandb_local' -RedirectStandardOutput C:\\backup\\wandb.sql -Wait")
P("ps_verbose_stream_connection_string_output", U_PSENV, "",
  "VERBOSE: Loading settings from C:\\ProgramData\\wandb\\settings.json",
  "VERBOSE: Connecting with 'Server=mysql.{HO1};Port=3306;Uid={US1};Pwd={PW1};Database=wandb_local;SslMode=Required'",
  "VERBOSE: Connected.")
P("ps_write_host_colored_debug_token_ansi", U_PSENV, "",
  "\u001b[33;1mDEBUG: request headers: Authorization=Bearer {JW1}\u001b[0m",
  "\u001b[32;1mOK\u001b[0m 200 /api/v1/viewer")
P("ps_convertfrom_json_out_string_k8s_secret_data", U_KUBECTL, "crlf",
  "PS C:\\> (kubectl get secret wandb-mysql -n wandb -o json | ConvertFrom-Json).data",
  "",
  "MYSQL_PASSWORD : {PW1|b64}",
  "MYSQL_USER     : {US1|nbs}")
P("ps_base64_frombase64string_decoded_output", U_KUBECTL, "",
  "PS C:\\> [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String((kubectl get secret wandb-redis -o jsonpath='{{.data.password}}')))",
  "{PW1}")

# ---------------- cmd ----------------
P("cmd_set_output_sorted_with_mysql_and_license", U_CMDSET, "crlf",
  "C:\\Users\\{WU1}>set",
  "ALLUSERSPROFILE=C:\\ProgramData",
  "APPDATA=C:\\Users\\{WU1}\\AppData\\Roaming",
  "COMPUTERNAME={PC1}",
  "LICENSE={JW1}",
  "MYSQL=mysql://{US1}:{PW1}@mysql.{HO1}:3306/wandb_local",
  "NUMBER_OF_PROCESSORS=8")
P("cmd_set_prefix_filter_wandb_vars", U_CMDSET, "crlf",
  "C:\\>set WANDB",
  "WANDB_API_KEY={HX1}",
  "WANDB_BASE_URL=https://wandb.{HO1}",
  "WANDB_DIR=C:\\runs")
P("cmd_set_quoted_assignment_echo_batch", U_BAT, "crlf",
  "C:\\deploy>set \"REDIS_PASSWORD={PW1}\"",
  "C:\\deploy>echo %REDIS_PASSWORD%",
  "{PW1}")
P("bat_file_setlocal_env_and_docker_login", U_BAT + " ; " + U_DLOGIN, "crlf",
  "@echo off",
  "setlocal",
  "set REGISTRY_USER={US1}",
  "set REGISTRY_TOKEN={DK1}",
  "docker login -u %REGISTRY_USER% -p %REGISTRY_TOKEN% registry.{HO1}",
  "endlocal")
P("bat_echo_on_expanded_command_lines", U_BAT, "crlf",
  "C:\\deploy>set MINIO_ROOT_PASSWORD={PW1}",
  "",
  "C:\\deploy>mc.exe alias set local http://{IP1}:9000 minioadmin {PW1}",
  "Added `local` successfully.")
P("cmd_setx_success_message_persisted", U_CMDSET, "crlf",
  "C:\\>setx WANDB_API_KEY {HX1}",
  "",
  "SUCCESS: Specified value was saved.")
P("cmd_net_use_user_password_mapped_drive", U_NETUSE, "crlf",
  "C:\\>net use Z: \\\\files.{HO1}\\wandb-backups {PW1} /user:CORP\\{US1} /persistent:no",
  "The command completed successfully.")
P("cmd_runas_savecred_then_sc_create_password", U_SC, "crlf",
  "C:\\>sc.exe create wandb-agent binPath= \"C:\\wandb\\agent.exe\" obj= CORP\\{US1} password= {PW1} start= auto",
  "[SC] CreateService SUCCESS")
P("cmd_schtasks_create_ru_rp_flags", U_SCHT, "crlf",
  "C:\\>schtasks /Create /TN \"W&B nightly export\" /TR \"C:\\wandb\\export.bat\" /SC DAILY /ST 02:00 /RU CORP\\{US1} /RP {PW1}",
  "SUCCESS: The scheduled task \"W&B nightly export\" has successfully been created.")
P("cmd_nssm_set_appenvironmentextra", U_NSSM, "crlf",
  "C:\\tools>nssm set wandb-agent AppEnvironmentExtra WANDB_API_KEY={HX1} WANDB_BASE_URL=https://wandb.{HO1}",
  "Set parameter \"AppEnvironmentExtra\" for service \"wandb-agent\".")
P("cmd_msiexec_public_property_password", U_MSI, "crlf",
  "C:\\>msiexec /i wandb-gateway.msi /qn /l*v C:\\Temp\\install.log SERVICEACCOUNT=CORP\\{US1} SERVICEPASSWORD={PW1} SERVERURL=https://wandb.{HO1}")
P("msi_verbose_log_property_change_line", U_MSI, "crlf",
  "MSI (c) (4C:18) [{TI}:512]: PROPERTY CHANGE: Adding SERVICEPASSWORD property. Its value is '{PW1}'.",
  "MSI (c) (4C:18) [{TI}:512]: PROPERTY CHANGE: Adding SERVERURL property. Its value is 'https://wandb.{HO1}'.")
P("cmd_winrs_remote_command_password", U_WINRM, "crlf",
  "C:\\>winrs -r:https://{IP1}:5986 -u:{US1} -p:{PW1} \"docker logs wandb-local --tail 50\"")

# ---------------- Credential Manager / registry ----------------
P("cmdkey_add_generic_pass_flag_echo", U_CMDKEY, "crlf",
  "C:\\>cmdkey /generic:wandb:https://wandb.{HO1} /user:api /pass:{HX1}",
  "",
  "CMDKEY: Credential added successfully.")
P("cmdkey_add_domain_target_smb_pass", U_CMDKEY, "crlf",
  "C:\\>cmdkey /add:files.{HO1} /user:CORP\\{US1} /pass:{PW1}",
  "CMDKEY: Credential added successfully.")
P("credman_get_storedcredential_password_column", U_GCM, "",
  "PS C:\\> Get-StoredCredential -Target 'git:https://git.{HO1}' -AsCredentialObject",
  "",
  "Flags          : 0",
  "Type           : Generic",
  "TargetName     : git:https://git.{HO1}",
  "UserName       : {US1}",
  "Password       : {GH1}",
  "Persist        : LocalMachine")
P("gcm_git_credential_fill_output_password_line", U_GCM, "crlf",
  "PS C:\\src> \"protocol=https`nhost=git.{HO1}`n\" | git credential fill",
  "protocol=https",
  "host=git.{HO1}",
  "username={US1}",
  "password={GH1}")
P("reg_export_hkcu_environment_reg_sz_secret", U_REG, "crlf",
  "Windows Registry Editor Version 5.00",
  "",
  "[HKEY_CURRENT_USER\\Environment]",
  "\"OneDrive\"=\"C:\\\\Users\\\\{WU1}\\\\OneDrive\"",
  "\"WANDB_API_KEY\"=\"{HX1}\"",
  "\"WANDB_BASE_URL\"=\"https://wandb.{HO1}\"")
P("reg_export_expand_sz_hex2_wrapped_connection", U_REG, "crlf",
  "Windows Registry Editor Version 5.00",
  "",
  "[HKEY_LOCAL_MACHINE\\SOFTWARE\\WandbGateway\\Db]",
  "\"Server\"=\"mysql.{HO1}\"",
  "\"Password\"=hex(2):{PW1|reg}", new=True)
P("reg_export_utf16_file_read_as_utf8", U_REG + " ; " + U_UTF16, "u16",
  "Windows Registry Editor Version 5.00",
  "",
  "[HKEY_LOCAL_MACHINE\\SOFTWARE\\WandbGateway]",
  "\"ApiKey\"=\"{HX1}\"",
  "\"InstallDir\"=\"C:\\\\Program Files\\\\WandbGateway\"", new=True)
P("reg_query_output_reg_sz_column_layout", U_REGQ, "crlf",
  "C:\\>reg query HKCU\\Environment",
  "",
  "HKEY_CURRENT_USER\\Environment",
  "    Path    REG_EXPAND_SZ    %USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;",
  "    TEMP    REG_EXPAND_SZ    %USERPROFILE%\\AppData\\Local\\Temp",
  "    MYSQL_PASSWORD    REG_SZ    {PW1}")
P("reg_add_command_data_flag_password", U_REGQ, "crlf",
  "C:\\>reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\" /v DefaultPassword /t REG_SZ /d {PW1} /f",
  "The operation completed successfully.")
P("reg_winlogon_defaultpassword_export", U_REG, "crlf",
  "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]",
  "\"AutoAdminLogon\"=\"1\"",
  "\"DefaultUserName\"=\"{US1}\"",
  "\"DefaultPassword\"=\"{PW1}\"")
P("reg_putty_session_proxypassword", U_PUTTY, "crlf",
  "[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\wandb-bastion]",
  "\"HostName\"=\"bastion.{HO1}\"",
  "\"ProxyMethod\"=dword:00000003",
  "\"ProxyUsername\"=\"{US1}\"",
  "\"ProxyPassword\"=\"{PW1}\"")
P("reg_odbc_ini_mysql_dsn_pwd", U_ODBC + " ; " + U_MYODBC, "crlf",
  "[HKEY_LOCAL_MACHINE\\SOFTWARE\\ODBC\\ODBC.INI\\wandb_local]",
  "\"Driver\"=\"C:\\\\Program Files\\\\MySQL\\\\Connector ODBC 8.0\\\\myodbc8w.dll\"",
  "\"SERVER\"=\"mysql.{HO1}\"",
  "\"UID\"=\"{US1}\"",
  "\"PWD\"=\"{PW1}\"",
  "\"DATABASE\"=\"wandb_local\"")

# ---------------- Event logs ----------------
P("evtx_xml_4688_commandline_mysql_p_flag", U_4688 + " ; " + U_EVTXML, "",
  "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{{54849625-5478-4994-a5ba-3e3b0328c30d}}'/><EventID>4688</EventID><TimeCreated SystemTime='{TS}'/><Computer>{PC1}.corp.example.com</Computer></System><EventData><Data Name='SubjectUserSid'>{SID1}</Data><Data Name='NewProcessName'>C:\\Program Files\\MySQL\\MySQL Server 8.0\\bin\\mysql.exe</Data><Data Name='CommandLine'>mysql.exe -h mysql.{HO1} -u {US1} -p{PW1} wandb_local</Data></EventData></Event>")
P("evtx_text_export_4688_process_command_line_field", U_4688 + " ; " + U_WEVT, "crlf",
  "Event[0]:",
  "  Log Name: Security",
  "  Source: Microsoft-Windows-Security-Auditing",
  "  Date: {TS}",
  "  Event ID: 4688",
  "  User: N/A",
  "  Description: ",
  "A new process has been created.",
  "",
  "Process Information:",
  "\tNew Process Name:\tC:\\Windows\\System32\\curl.exe",
  "\tProcess Command Line:\tcurl.exe -H \"Authorization: Bearer {JW1}\" https://wandb.{HO1}/api/v1/viewer")
P("evtx_sysmon_event1_commandline_xml_rendered", U_SYSMON, "",
  "<EventData><Data Name='RuleName'>-</Data><Data Name='UtcTime'>{DT}.{N1}</Data><Data Name='ProcessGuid'>{{{GUU1}}}</Data><Data Name='ProcessId'>{PID1}</Data><Data Name='Image'>C:\\Program Files\\Docker\\Docker\\resources\\bin\\docker.exe</Data><Data Name='CommandLine'>docker  login -u {US1} -p {DK1} registry.{HO1}</Data><Data Name='CurrentDirectory'>C:\\Users\\{WU1}\\</Data><Data Name='User'>CORP\\{WU1}</Data></EventData>")
P("evtx_get_winevent_format_list_message", U_WEVT, "crlf",
  "TimeCreated  : {TT}",
  "ProviderName : Microsoft-Windows-PowerShell",
  "Id           : 4104",
  "Message      : Creating Scriptblock text (1 of 1):",
  "               $pw = '{PW1}'; mysqladmin -u {US1} -p$pw -h mysql.{HO1} ping",
  "               ",
  "               ScriptBlock ID: {GU1}")
P("evtx_application_log_csv_export_message_column", U_WEVT, "crlf",
  "Level,Date and Time,Source,Event ID,Task Category",
  "Error,{TT},WandbGateway,1000,None,\"Connection failed for 'Server=mysql.{HO1};User Id={US1};Password={PW1};Database=wandb_local' (timeout 30s)\"")
P("evtx_german_text_export_prozessbefehlszeile", U_4688 + " ; " + U_I18N, "crlf",
  "Ein neuer Prozess wurde erstellt.",
  "",
  "Prozessinformationen:",
  "\tNeue Prozess-ID:\t0x{CID1}",
  "\tName des neuen Prozesses:\tC:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
  "\tProzessbefehlszeile:\tpowershell.exe -c \"$env:REDIS_PASSWORD='{PW1}'; .\\probe.ps1\"", new=True)
P("evtx_french_text_export_ligne_de_commande", U_4688 + " ; " + U_I18N, "crlf",
  "Un nouveau processus a été créé.",
  "",
  "Informations sur le processus :",
  "\tNom du nouveau processus :\tC:\\Windows\\System32\\cmd.exe",
  "\tLigne de commande du processus :\tcmd.exe /c set MYSQL_PASSWORD={PW1}&& deploy.bat", new=True)
P("evtx_rendering_info_culture_fr_message_xml", U_EVTXML, "",
  "<RenderingInfo Culture='fr-FR'><Message>Échec de connexion à la base « wandb_local » : mot de passe « {PW1} » refusé pour l'utilisateur {US1}.</Message><Level>Erreur</Level><Provider>WandbGateway</Provider></RenderingInfo>", new=True)

# ---------------- .NET configuration ----------------
P("appsettings_connectionstrings_mysqlconnector_password_key", U_APPSET + " ; " + U_MYNET, "",
  "{{",
  "  \"ConnectionStrings\": {{",
  "    \"Wandb\": \"Server=mysql.{HO1};Port=3306;User ID={US1};Password={PW1};Database=wandb_local;SslMode=Required\"",
  "  }},",
  "  \"Logging\": {{ \"LogLevel\": {{ \"Default\": \"Information\" }} }}",
  "}}")
P("appsettings_production_bom_crlf_wandb_section", U_APPSET, "crlf bom",
  "{{",
  "  \"Wandb\": {{",
  "    \"BaseUrl\": \"https://wandb.{HO1}\",",
  "    \"ApiKey\": \"{HX1}\",",
  "    \"Entity\": \"ml-platform\"",
  "  }}",
  "}}")
P("appsettings_azure_storage_connection_string_accountkey", U_APPSET + " ; " + U_AZCS, "",
  "  \"Storage\": {{",
  "    \"ConnectionString\": \"DefaultEndpointsProtocol=https;AccountName=wandbfiles{N1};AccountKey={AZ1};EndpointSuffix=core.windows.net\",",
  "    \"Container\": \"wandb\"",
  "  }},")
P("appsettings_redis_stackexchange_config_string", U_APPSET + " ; " + U_SRED, "",
  "  \"Redis\": {{",
  "    \"Configuration\": \"redis-master.wandb.svc.cluster.local:6379,password={PW1},ssl=False,abortConnect=False\"",
  "  }},")
P("appsettings_oidc_authority_clientsecret_nested", U_APPSET, "crlf",
  "  \"Authentication\": {{",
  "    \"Oidc\": {{",
  "      \"Authority\": \"https://login.{HO1}/realms/ml\",",
  "      \"ClientId\": \"wandb-console\",",
  "      \"ClientSecret\": \"{CS1}\"",
  "    }}",
  "  }}")
P("appsettings_json_escaped_backslash_path_beside_pwd", U_APPSET, "",
  "{{ \"Backup\": {{ \"Target\": \"\\\\\\\\files.{HO1}\\\\wandb\\\\backups\", \"User\": \"CORP\\\\{US1}\", \"Password\": \"{PW1}\" }} }}")
P("appsettings_serilog_mysql_sink_connectionstring", U_APPSET + " ; " + U_SERILOG, "crlf",
  "  \"Serilog\": {{",
  "    \"WriteTo\": [",
  "      {{ \"Name\": \"MySQL\", \"Args\": {{ \"connectionString\": \"server=mysql.{HO1};uid={US1};pwd={PW1};database=logs\", \"tableName\": \"Logs\" }} }}",
  "    ]",
  "  }}")
P("usersecrets_secrets_json_flat_colon_keys", U_USEC, "",
  "{{",
  "  \"Wandb:ApiKey\": \"{HX1}\",",
  "  \"ConnectionStrings:Wandb\": \"Server=127.0.0.1;Uid=root;Pwd={PW1};Database=wandb_local\"",
  "}}")
P("dotnet_user_secrets_list_stdout_key_equals_value", U_USEC, "crlf",
  "PS C:\\src\\Gateway> dotnet user-secrets list",
  "Wandb:ApiKey = {HX1}",
  "Oidc:ClientSecret = {CS1}")
P("dotnet_user_secrets_set_command_echo", U_USEC, "crlf",
  "PS C:\\src\\Gateway> dotnet user-secrets set \"Redis:Password\" \"{PW1}\"",
  "Successfully saved Redis:Password = {PW1} to the secret store.")
P("webconfig_connectionstrings_add_mysql_provider", U_WEBCFG, "crlf",
  "<connectionStrings>",
  "  <add name=\"WandbDb\" connectionString=\"Server=mysql.{HO1};Database=wandb_local;Uid={US1};Pwd={PW1};\" providerName=\"MySql.Data.MySqlClient\" />",
  "</connectionStrings>")
P("webconfig_appsettings_add_key_value_api_key", U_WEBCFG, "crlf",
  "<appSettings>",
  "  <add key=\"WandbBaseUrl\" value=\"https://wandb.{HO1}\" />",
  "  <add key=\"WandbApiKey\" value=\"{HX1}\" />",
  "</appSettings>")
P("webconfig_sqlserver_integrated_false_user_password", U_SSMS, "crlf",
  "    <add name=\"Reporting\" connectionString=\"Data Source=sql01.{HO1},1433;Initial Catalog=MLReports;Persist Security Info=False;User ID={US1};Password={PW1};Encrypt=True\" providerName=\"System.Data.SqlClient\" />")
P("applicationhost_config_processmodel_password_attr", U_APPHOST, "crlf",
  "<applicationPools>",
  "  <add name=\"WandbProxy\" managedRuntimeVersion=\"\">",
  "    <processModel identityType=\"SpecificUser\" userName=\"CORP\\{US1}\" password=\"{PW1}\" />",
  "  </add>",
  "</applicationPools>")
P("appcmd_list_apppool_config_password_shown", U_APPCMD, "crlf",
  "C:\\Windows\\System32\\inetsrv>appcmd list apppool WandbProxy /text:processModel.password",
  "{PW1}")
P("launchsettings_json_environmentvariables_block", U_LAUNCHS, "",
  "      \"environmentVariables\": {{",
  "        \"ASPNETCORE_ENVIRONMENT\": \"Development\",",
  "        \"WANDB_API_KEY\": \"{HX1}\",",
  "        \"REDIS_URL\": \"redis://:{PW1}@localhost:6379/0\"",
  "      }},")
P("nuget_config_packagesourcecredentials_cleartextpassword", U_NUGET, "crlf",
  "  <packageSourceCredentials>",
  "    <internal>",
  "      <add key=\"Username\" value=\"{US1}\" />",
  "      <add key=\"ClearTextPassword\" value=\"{PAT1}\" />",
  "    </internal>",
  "  </packageSourceCredentials>")
P("pubxml_msdeploy_password_element", U_DOTNETPUB, "crlf",
  "    <MSDeployServiceURL>deploy.{HO1}</MSDeployServiceURL>",
  "    <UserName>{US1}</UserName>",
  "    <Password>{PW1}</Password>",
  "    <AllowUntrustedCertificate>True</AllowUntrustedCertificate>")
P("msbuild_command_line_property_password", U_MSBUILD, "crlf",
  "C:\\src>msbuild Gateway.csproj /p:DeployOnBuild=true /p:PublishProfile=prod /p:UserName={US1} /p:Password={PW1}")
P("log4net_adonetappender_connectionstring_value", U_LOG4NET, "crlf",
  "  <appender name=\"AdoNetAppender\" type=\"log4net.Appender.AdoNetAppender\">",
  "    <connectionType value=\"MySql.Data.MySqlClient.MySqlConnection, MySql.Data\" />",
  "    <connectionString value=\"Server=mysql.{HO1};Database=logs;Uid={US1};Pwd={PW1};\" />")
P("nlog_config_database_target_connectionstring", U_NLOG, "crlf",
  "    <target xsi:type=\"Database\" name=\"db\" dbProvider=\"MySqlConnector.MySqlConnection, MySqlConnector\"",
  "            connectionString=\"Server=mysql.{HO1};Uid={US1};Password={PW1};Database=logs\" />")
P("dotnet_exception_connection_string_in_message", U_DOTNETEX, "",
  "Unhandled exception. System.ArgumentException: Option 'sslmode' not supported. (Parameter 'Server=mysql.{HO1};Uid={US1};Pwd={PW1};sslmode=verify_identity')",
  "   at MySqlConnector.MySqlConnectionStringBuilder.set_Item(String key, Object value)",
  "   at Gateway.Program.Main(String[] args) in C:\\src\\Gateway\\Program.cs:line 41")
P("efcore_log_connection_string_sensitive_data", U_EFCORE, "crlf",
  "info: Microsoft.EntityFrameworkCore.Database.Connection[20000]",
  "      Opening connection to database 'wandb_local' on server 'Server=mysql.{HO1};User ID={US1};Password={PW1};Database=wandb_local'.")
P("dotnet_console_logger_dbug_headers_dump", U_DIAG, "",
  "dbug: System.Net.Http.HttpClient.Wandb.ClientHandler[102]",
  "      Request Headers:",
  "      Authorization: Bearer {JW1}",
  "      User-Agent: WandbGateway/{VER1}")
P("hangfire_redis_storage_options_log", U_HANGFIRE, "crlf",
  "{DT} [INF] Hangfire.Redis: Using connection 'redis-master.wandb.svc.cluster.local:6379,password={PW1},defaultDatabase=3' with prefix '{{hangfire}}:'")

# ---------------- IIS ----------------
P("iis_w3c_log_cs_uri_query_api_key", U_IIS, "crlf",
  "#Software: Microsoft Internet Information Services 10.0",
  "#Version: 1.0",
  "#Date: {DT}",
  "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status time-taken",
  "{DT} {IP1} GET /wandb/api/v1/files run={CID1}&api_key={HX1} 443 - {IP2} python-requests/2.31.0 200 0 0 {N1}")
P("iis_w3c_log_cs_cookie_field_session", U_IIS, "crlf",
  "#Fields: date time c-ip cs-username s-ip s-port cs-method cs-uri-stem cs-uri-query sc-status cs(Cookie)",
  "{DT} {IP1} - {IP2} 443 GET /console/ - 200 wandb_session={AK1};+_ga=GA1.1.{N1}.{N2}")
P("iis_w3c_log_sas_signature_in_redirect_query", U_IIS + " ; " + U_SAS, "crlf",
  "{DT} {IP1} GET /files/redirect url=https%3A%2F%2Fwandbfiles.blob.core.windows.net%2Fruns%2Fa.bin%3Fsv%3D2022-11-02%26sp%3Dr%26sig%3D{SAS1|pct2} 443 - {IP2} Mozilla/5.0 302 0 0 15")
P("iis_httperr_log_basic_header_line", U_HTTPERR, "crlf",
  "#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri streamid sc-status s-siteid s-reason s-queuename",
  "{DT} {IP1} 51234 {IP2} 443 HTTP/1.1 GET /api/v1/viewer?token={AK1} - 400 - BadRequest -")
P("iis_failed_request_trace_header_authorization", U_FAILREQ, "",
  "<Data Name=\"Headers\">Connection: keep-alive",
  "Host: wandb.{HO1}",
  "Authorization: Basic {PW1|basic}",
  "User-Agent: wandb/{VER1}",
  "</Data>")

# ---------------- CI (Azure DevOps, GitHub Actions on Windows) ----------------
P("ado_windows_agent_log_setvariable_unmasked_issecret_false", U_ADO, "crlf",
  "{TS} ##[section]Starting: Set deployment variables",
  "{TS} ==============================================================================",
  "{TS} Task         : PowerShell",
  "{TS} ##[command]\"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe\" -NoLogo -NoProfile -File \"D:\\a\\_temp\\{GU1}.ps1\"",
  "{TS} ##vso[task.setvariable variable=MYSQL_PASSWORD]{PW1}",
  "{TS} ##[section]Finishing: Set deployment variables")
P("ado_log_inline_script_echo_cmd_env", U_ADOV, "crlf",
  "{TS} ========================== Starting Command Output ===========================",
  "{TS} ##[command]\"C:\\Windows\\system32\\cmd.exe\" /D /E:ON /V:OFF /S /C \"CALL \"D:\\a\\_temp\\{GU1}.cmd\"\"",
  "{TS} WANDB_API_KEY={HX1}",
  "{TS} WANDB_BASE_URL=https://wandb.{HO1}")
P("ado_service_connection_debug_endpoint_auth_json", U_ADO, "crlf",
  "{TS} ##[debug]ENDPOINT_AUTH_{GUU1}: {{\"parameters\":{{\"username\":\"{US1}\",\"password\":\"{PW1}\"}},\"scheme\":\"UsernamePassword\"}}")
P("ado_npm_authenticate_pat_in_npmrc_echo", U_ADO, "crlf",
  "{TS} ##[command]type D:\\a\\1\\s\\.npmrc",
  "{TS} //pkgs.dev.azure.com/mlorg/_packaging/feed/npm/registry/:username=mlorg",
  "{TS} //pkgs.dev.azure.com/mlorg/_packaging/feed/npm/registry/:_password={PAT1|b64}")
P("ado_git_extraheader_basic_pat_cmdline", U_ADO, "crlf",
  "{TS} ##[command]git -c http.extraheader=\"AUTHORIZATION: basic {PAT1|basic}\" fetch --force --tags --prune --no-recurse-submodules origin")
P("gha_windows_runner_pwsh_run_block_env_echo", U_GHA, "crlf",
  "{TS} ##[group]Run $env:LICENSE | Out-File license.txt",
  "{TS} \u001b[36;1m$env:LICENSE | Out-File license.txt\u001b[0m",
  "{TS} shell: C:\\Program Files\\PowerShell\\7\\pwsh.EXE -command \". '{{0}}'\"",
  "{TS} env:",
  "{TS}   LICENSE: {JW1}",
  "{TS} ##[endgroup]")
P("gha_windows_cmd_shell_echo_secret_from_file", U_GHA, "crlf",
  "{TS} ##[group]Run type C:\\actions-runner\\_work\\_temp\\kubeconfig",
  "{TS} shell: C:\\Windows\\system32\\cmd.EXE /D /E:ON /V:OFF /S /C \"CALL \"{{0}}\"\"",
  "{TS} ##[endgroup]",
  "{TS}     token: {JW1}")
P("gha_runner_diag_worker_log_env_line", U_GHA, "crlf",
  "[{DT}Z INFO ProcessInvokerWrapper] Starting process:",
  "[{DT}Z INFO ProcessInvokerWrapper]   File name: 'C:\\Program Files\\Git\\bin\\git.exe'",
  "[{DT}Z INFO ProcessInvokerWrapper]   Arguments: 'clone https://x-access-token:{GH1}@github.com/ml-org/wandb-infra.git'")

# ---------------- Docker Desktop / WSL ----------------
P("docker_desktop_com_docker_backend_log_proxy_userinfo", U_DD, "",
  "[{DT}.{N1}][com.docker.backend][I] proxy settings: http=http://{US1}:{PW1}@proxy.{HO1}:3128 https=http://{US1}:{PW1}@proxy.{HO1}:3128 exclude=localhost,127.0.0.1")
P("docker_desktop_settings_json_overrideproxy_userinfo", U_DDSET, "crlf",
  "  \"overrideProxyHttp\": \"http://{US1}:{PW1|pct}@proxy.{HO1}:8080\",",
  "  \"overrideProxyExclude\": \"localhost,*.svc.cluster.local\",",
  "  \"proxyHttpMode\": \"manual\",")
P("docker_config_json_windows_path_auths_auth", U_DCONF, "crlf",
  "PS C:\\> Get-Content $env:USERPROFILE\\.docker\\config.json",
  "{{",
  "  \"auths\": {{",
  "    \"registry.{HO1}\": {{ \"auth\": \"{PW1|basic}\" }}",
  "  }},",
  "  \"credsStore\": \"\"",
  "}}")
P("wsl_bashrc_export_windows_path_interop", U_WSL, "",
  "export WANDB_DIR=/mnt/c/Users/{WU1}/wandb",
  "export WANDB_API_KEY={HX1}",
  "export PATH=\"$PATH:/mnt/c/Program Files/Docker/Docker/resources/bin\"")
P("wsl_wslenv_shared_var_printenv", U_WSL, "",
  "{WU1}@{PC1}:~$ printenv | grep -E 'WSLENV|MYSQL'",
  "WSLENV=MYSQL_PASSWORD/u:WT_SESSION",
  "MYSQL_PASSWORD={PW1}")
P("docker_windows_container_inspect_env_backslash_path", "https://docs.docker.com/reference/cli/docker/inspect/", "",
  "            \"Env\": [",
  "                \"WANDB_DIR=C:\\\\wandb\\\\runs\",",
  "                \"WANDB_API_KEY={HX1}\",",
  "                \"ProgramData=C:\\\\ProgramData\"",
  "            ],")

# ---------------- misc Windows tools ----------------
P("winscp_ini_session_password_plain_url", U_WINSCP, "crlf",
  "[Sessions\\{US1}@sftp.{HO1}]",
  "HostName=sftp.{HO1}",
  "UserName={US1}",
  "PasswordPlain={PW1}")
P("winscp_session_url_command_line", U_WINSCP, "crlf",
  "C:\\>winscp.com /command \"open sftp://{US1}:{PW1|pct}@sftp.{HO1}/ -hostkey=*\" \"get /exports/*.parquet C:\\data\\\" \"exit\"")
P("unattend_xml_autologon_password_value_plaintext_true", U_UNATTEND, "crlf",
  "        <AutoLogon>",
  "          <Password>",
  "            <Value>{PW1}</Value>",
  "            <PlainText>true</PlainText>",
  "          </Password>",
  "          <Username>{US1}</Username>")
P("task_scheduler_xml_exec_arguments_token", U_TASKXML, "u16",
  "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
  "<Task version=\"1.4\" xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">",
  "  <Actions Context=\"Author\">",
  "    <Exec>",
  "      <Command>C:\\wandb\\sync.exe</Command>",
  "      <Arguments>--api-key {HX1} --host https://wandb.{HO1}</Arguments>",
  "    </Exec>")
P("choco_config_source_add_password_echo", U_CHOCO, "crlf",
  "C:\\>choco source add -n=internal -s=\"https://nuget.{HO1}/chocolatey\" -u={US1} -p={PW1}",
  "Chocolatey v2.2.2",
  "Added internal - https://nuget.{HO1}/chocolatey (Priority 0)")
P("netsh_winhttp_show_proxy_userinfo", U_NETSH, "crlf",
  "C:\\>netsh winhttp show proxy",
  "",
  "Current WinHTTP proxy settings:",
  "",
  "    Proxy Server(s) :  http://{US1}:{PW1}@proxy.{HO1}:3128",
  "    Bypass List     :  *.svc.cluster.local;<local>")
P("wandb_settings_windows_appdata_path_cat", U_WANDBCLI, "crlf",
  "PS C:\\> type $env:USERPROFILE\\.config\\wandb\\settings",
  "[default]",
  "base_url = https://wandb.{HO1}",
  "api_key = {HX1}")
P("kubeconfig_windows_path_token_user", U_KCFG, "crlf",
  "PS C:\\> Get-Content C:\\Users\\{WU1}\\.kube\\config | Select-String -Context 0,2 'name: wandb-admin'",
  "> - name: wandb-admin",
  "    user:",
  "      token: {JW1}")
P("az_storage_account_keys_list_table_windows", U_AZCS, "crlf",
  "PS C:\\> az storage account keys list -g ml-rg -n wandbfiles{N1} -o table",
  "CreationTime                      KeyName    Permissions    Value",
  "--------------------------------  ---------  -------------  ----------------------------------------------------------------------------------------",
  "{TS}      key1       FULL           {AZ1}")
P("azcopy_log_sas_url_unredacted_query", U_SAS, "crlf",
  "{DT} INFO: Scanning... source https://wandbfiles.blob.core.windows.net/runs?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-01-01T00:00:00Z&sig={SAS1|pct}")
P("azure_storage_connection_string_cmd_set", U_AZCS, "crlf",
  "C:\\>set AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=wandbfiles{N1};AccountKey={AZ1};EndpointSuffix=core.windows.net")
P("mc_exe_alias_set_powershell_prompt", U_MC, "crlf",
  "PS C:\\tools> .\\mc.exe alias set wandb https://minio.{HO1} {US1} {PW1}",
  "Added `wandb` successfully.")

# ---------------- localized tool output ----------------
P("i18n_de_kubectl_describe_secret_data_passwort_key", U_KUBECTL, "",
  "Name:         wandb-db",
  "Namespace:    wandb",
  "Daten",
  "=====",
  "Passwort:  {PW1}",
  "Benutzer:  {US1}", new=True)
P("i18n_de_ini_zugangsdaten_section_kennwort", U_I18N, "crlf",
  "[Datenbank]",
  "Server=mysql.{HO1}",
  "Benutzername={US1}",
  "Kennwort={PU1}")
P("i18n_de_helm_values_kommentar_passwort", U_HELM, "",
  "mysql:",
  "  # Passwort für den Datenbankbenutzer (nicht committen!)",
  "  password: \"{PW1}\"",
  "  host: mysql.wandb.svc.cluster.local")
P("i18n_de_dotnet_exception_verbindungszeichenfolge", U_DOTNETEX + " ; " + U_I18N, "",
  "Unbehandelte Ausnahme: System.InvalidOperationException: Die Verbindung mit \"Server=mysql.{HO1};Benutzer-ID={US1};Kennwort={PW1}\" konnte nicht geöffnet werden.",
  "   bei Gateway.Db.Open() in C:\\src\\Gateway\\Db.cs:Zeile 27", new=True)
P("i18n_fr_mot_de_passe_colon_space_script_output", U_I18N, "crlf",
  "Connexion à mysql.{HO1} en tant que {US1}",
  "Mot de passe : {PW1}",
  "Connexion établie.", new=True)
P("i18n_fr_properties_file_motdepasse_key_escaped", U_JAVA, "",
  "# Paramètres de connexion W&B",
  "db.utilisateur={US1}",
  "db.motdepasse={PW1}",
  "db.url=jdbc:mysql://mysql.{HO1}:3306/wandb_local")
P("i18n_fr_java_sqlexception_url_with_password_param", U_JAVA + " ; " + U_JDBC, "",
  "java.sql.SQLException: Accès refusé pour l'utilisateur: '{US1}'@'{IP1}' (mot de passe: OUI)",
  "\tURL de connexion : jdbc:mysql://mysql.{HO1}:3306/wandb_local?user={US1}&password={PW1}&useSSL=true",
  "\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)", new=True)
P("i18n_es_contrasena_kv_env_listing", U_I18N, "crlf",
  "# Configuración de W&B",
  "USUARIO_BD={US1}",
  "CONTRASEÑA_BD={PU1}",
  "HOST_BD=mysql.{HO1}", new=True)
P("i18n_es_powershell_transcript_contrasena_prompt", U_TRANS + " ; " + U_I18N, "crlf",
  "PS C:\\> $c = Read-Host 'Contraseña de MySQL'",
  "Contraseña de MySQL: {PW1}",
  "PS C:\\> mysql -u {US1} --password=$c -h mysql.{HO1}", new=True)
P("i18n_es_json_contrasena_key_accented", U_I18N, "",
  "{{\"servidor\": \"mysql.{HO1}\", \"usuario\": \"{US1}\", \"contraseña\": \"{PU1}\", \"base_de_datos\": \"wandb_local\"}}")
P("i18n_pt_senha_yaml_values_file", U_HELM + " ; " + U_I18N, "",
  "# Credenciais do banco de dados",
  "banco:",
  "  usuario: {US1}",
  "  senha: \"{PW1}\"", new=True)
P("i18n_pt_br_log_line_senha_equals", U_I18N, "",
  "{DT} ERRO [gateway] falha ao autenticar usuario={US1} senha={PW1} host=mysql.{HO1}", new=True)
P("i18n_pt_env_with_cedilla_password_value", U_I18N, "crlf",
  "# Configuração do servidor W&B",
  "MYSQL_PASSWORD={PU1}",
  "MYSQL_USER={US1}")
P("i18n_ru_parol_ini_cyrillic_key", U_I18N, "crlf",
  "[База данных]",
  "Сервер=mysql.{HO1}",
  "Пользователь={US1}",
  "Пароль={PW1}")
P("i18n_ru_kubectl_log_parol_message", U_I18N, "",
  "{TZ} ОШИБКА не удалось подключиться к Redis: пароль \"{PW1}\" отклонён (redis-master.wandb.svc.cluster.local:6379)", new=True)
P("i18n_ru_env_utf8_viewed_as_cp1252_mojibake_value", U_UTF16, "",
  "# ????????? ??????????? ? ???? ??????",
  "MYSQL_PASSWORD={PU1|moji}", new=True)
P("i18n_ja_password_fullwidth_colon_line", U_I18N, "crlf",
  "データベース接続設定",
  "ユーザー名：{US1}",
  "パスワード：{PW1}",
  "ホスト：mysql.{HO1}", new=True)
P("i18n_ja_helm_notes_translated_admin_password", U_HELM + " ; " + U_I18N, "",
  "W&B Server がインストールされました。",
  "管理者パスワード: {PW1}",
  "ログイン URL: https://wandb.{HO1}", new=True)
P("i18n_ja_json_katakana_key_api_key_value", U_I18N, "",
  "{{\"接続先\": \"https://wandb.{HO1}\", \"APIキー\": \"{HX1}\"}}")
P("i18n_zh_mima_colon_halfwidth_log", U_I18N, "",
  "{DT} [错误] 连接 MySQL 失败 用户={US1} 密码={PW1} 主机=mysql.{HO1}", new=True)
P("i18n_zh_yaml_comment_and_mima_key", U_I18N, "",
  "redis:",
  "  # 密码请勿提交到仓库",
  "  密码: {PW1}",
  "  地址: redis-master.wandb.svc.cluster.local:6379")
P("i18n_zh_miyao_access_secret_pair", U_I18N, "crlf",
  "访问密钥ID: {AKID1}",
  "访问密钥: {SK1}",
  "存储桶: wandb-files", new=True)
P("i18n_ko_bimilbeonho_colon_transcript", U_I18N, "crlf",
  "사용자 이름: {US1}",
  "비밀번호: {PW1}",
  "로그인 성공", new=True)
P("i18n_ko_env_comment_and_token_value", U_I18N, "",
  "# W&B 서버 API 키 (절대 공유하지 마세요)",
  "WANDB_API_KEY={HX1}",
  "# 서버 주소",
  "WANDB_BASE_URL=https://wandb.{HO1}")
P("i18n_ko_json_bimilbeonho_hangul_value", U_I18N, "",
  "{{\"사용자\": \"{US1}\", \"비밀번호\": \"{PU1}\"}}")
P("i18n_jsonu_escaped_nonascii_password_serilog", U_SERILOG, "",
  "{{\"@t\":\"{TZ}\",\"@mt\":\"DB connect {{ConnStr}}\",\"ConnStr\":\"Server=mysql.{HO1};Uid={US1};Pwd={PU1|jsonu}\"}}")
P("i18n_mojibake_cp1252_utf8_password_in_ini", U_UTF16, "crlf",
  "[client]",
  "user={US1}",
  "password={PU1|moji}", new=True)
P("i18n_raw_and_mojibake_same_password_two_files", U_UTF16, "",
  "==> C:\\wandb\\wandb.env (UTF-8) <==",
  "MYSQL_PASSWORD={PU1}",
  "==> C:\\wandb\\wandb.env as shown by type (cp1252) <==",
  "MYSQL_PASSWORD={PU1|moji}", new=True)
P("i18n_es_mysql_error_acceso_denegado_dsn_echo", U_MYERR, "",
  "ERROR 1045 (28000): Acceso denegado para usuario: '{US1}'@'{IP1}' (Usando clave: SI)",
  "DSN usado: mysql://{US1}:{PW1}@mysql.{HO1}:3306/wandb_local", new=True)
P("i18n_ko_powershell_error_basic_auth_header", U_IWR + " ; " + U_I18N, "crlf",
  "Invoke-WebRequest : 원격 서버에서 (401) 권한이 없음 오류를 반환했습니다.",
  "위치 줄:1 문자:1",
  "+ Invoke-WebRequest https://wandb.{HO1}/api -Headers @{{Authorization='Basic {PW1|basic}'}}", new=True)
P("i18n_pt_java_properties_unicode_escape_senha", U_JAVA, "",
  "# Configura\\u00e7\\u00e3o",
  "banco.senha={PU1|jsonu}",
  "banco.usuario={US1}", new=True)

# ---------------- re-encoded ----------------
P("utf16le_out_file_env_dump_nul_interleaved", U_UTF16, "u16",
  "WANDB_BASE_URL=https://wandb.{HO1}",
  "WANDB_API_KEY={HX1}",
  "WANDB_ENTITY=ml-platform")
P("utf16be_exported_settings_nul_leading", U_UTF16, "u16be",
  "[default]",
  "base_url = https://wandb.{HO1}",
  "api_key = {HX1}", new=True)
P("utf16le_kubectl_output_redirected_gt", U_UTF16, "u16",
  "apiVersion: v1",
  "data:",
  "  password: {PW1|b64}",
  "kind: Secret", new=True)
P("utf16le_helm_values_redirected_out", U_UTF16, "u16",
  "USER-SUPPLIED VALUES:",
  "global:",
  "  license: {JW1}",
  "  bucket:",
  "    secretKey: {SK1}", new=True)
P("utf16le_cmdkey_list_redirected_then_pass_line", U_UTF16 + " ; " + U_CMDKEY, "u16",
  "C:\\>cmdkey /generic:wandb /user:api /pass:{HX1}",
  "CMDKEY: Credential added successfully.", new=True)
P("bom_crlf_appsettings_jsonu_nonascii_pwd", U_APPSET, "crlf bom",
  "{{",
  "  \"ConnectionStrings\": {{ \"Db\": \"Server=mysql.{HO1};Uid={US1};Pwd={PU1|jsonu}\" }}",
  "}}")
P("bom_glued_first_key_env_file_windows_notepad", U_UTF16, "bom crlf",
  "MYSQL_PASSWORD={PW1}",
  "MYSQL_USER={US1}")
P("pct_encoded_password_in_odbc_connection_url_windows", U_MYODBC, "crlf",
  "C:\\>mysqlsh.exe --uri mysql://{US1}:{PU1|pct}@mysql.{HO1}:3306/wandb_local --sql",
  "MySQL Shell 8.0.36")
P("pct_double_encoded_in_iis_redirect_location", U_IIS, "crlf",
  "{DT} {IP1} GET /login/callback next=%2Fsettings%3Ftoken%3D{AK1|pct2} 443 - {IP2} Mozilla/5.0 302 0 0 4")

# ---------------- MySQL on Windows ----------------
P("mysql_my_ini_programdata_client_password", U_MYSQL, "crlf",
  "# C:\\ProgramData\\MySQL\\MySQL Server 8.0\\my.ini",
  "[client]",
  "port=3306",
  "user={US1}",
  "password={PW1}")
P("mysql_workbench_connections_xml_password_storage", "https://dev.mysql.com/doc/workbench/en/wb-configuring-files.html", "crlf",
  "        <value type=\"string\" key=\"hostName\">mysql.{HO1}</value>",
  "        <value type=\"string\" key=\"userName\">{US1}</value>",
  "        <value type=\"string\" key=\"password\">{PW1}</value>")
P("mysql_installer_log_root_password_argument", "https://dev.mysql.com/doc/refman/8.0/en/mysql-installer-console.html", "crlf",
  "{TD} Executing: MySQLInstallerConsole.exe community install server;8.0.36;x64:*:type=config;openfirewall=true;generallog=true;rootpasswd={PW1} --silent")
P("mysqldump_bat_password_inline_echo_on", U_BAT, "crlf",
  "C:\\backup>\"C:\\Program Files\\MySQL\\MySQL Server 8.0\\bin\\mysqldump.exe\" -u{US1} -p{PW1} -h mysql.{HO1} wandb_local  1>C:\\backup\\wandb_{N1}.sql",
  "mysqldump: [Warning] Using a password on the command line interface can be insecure.")

# ---------------- Helm / kubectl from Windows ----------------
P("helm_install_windows_caret_continuation_set_flags", U_HELM + " ; " + U_BAT, "crlf",
  "C:\\deploy>helm upgrade --install wandb wandb/operator ^",
  "More?   --set global.license={JW1} ^",
  "More?   --set global.mysql.password={PW1} ^",
  "More?   -n wandb")
P("kubectl_create_secret_cmd_caret_literal", U_KUBECTL + " ; " + U_BAT, "crlf",
  "C:\\>kubectl create secret generic wandb-redis ^",
  "More?  --from-literal=password={PW1} -n wandb",
  "secret/wandb-redis created")
P("kubectl_exec_powershell_pod_env_output", U_KUBECTL, "crlf",
  "PS C:\\> kubectl exec -n wandb deploy/wandb-app -- env | Select-String 'MYSQL|REDIS'",
  "",
  "MYSQL=mysql://{US1}:{PW1}@mysql.wandb.svc.cluster.local:3306/wandb_local",
  "REDIS=redis://:{PW2}@redis-master.wandb.svc.cluster.local:6379")
P("kubectl_get_secret_jsonpath_windows_quote_b64", U_KUBECTL, "crlf",
  "C:\\>kubectl get secret wandb-license -n wandb -o jsonpath=\"{{.data.license}}\"",
  "{AK1|b64}")
P("kubectl_windows_kubeconfig_exec_env_value", U_KCFG, "",
  "      env:",
  "      - name: AAD_SERVICE_PRINCIPAL_CLIENT_SECRET",
  "        value: {CS1}",
  "      command: C:\\Users\\{WU1}\\.azure-kubelogin\\kubelogin.exe")

# ---------------- misc localized kubectl / docker ----------------
P("i18n_ru_docker_compose_env_comment_parol", U_I18N, "",
  "    environment:",
  "      # пароль root для MySQL",
  "      MYSQL_ROOT_PASSWORD: \"{PW1}\"",
  "      MYSQL_DATABASE: wandb_local")
P("i18n_ja_iis_log_japanese_ua_query_token", U_IIS, "crlf",
  "{DT} {IP1} GET /api/v1/export token={AK1}&lang=ja 443 - {IP2} Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+日本語 200 0 0 88")
P("i18n_zh_evtx_text_process_command_line", U_4688 + " ; " + U_I18N, "crlf",
  "已创建新进程。",
  "进程信息:",
  "\t新进程名称:\tC:\\Windows\\System32\\curl.exe",
  "\t进程命令行:\tcurl.exe -u {US1}:{PW1} https://wandb.{HO1}/api/v1/health", new=True)
P("i18n_ko_evtx_text_process_command_line", U_4688 + " ; " + U_I18N, "crlf",
  "새 프로세스를 만들었습니다.",
  "프로세스 정보:",
  "\t새 프로세스 이름:\tC:\\Windows\\System32\\cmd.exe",
  "\t프로세스 명령줄:\tcmd /c set WANDB_API_KEY={HX1}", new=True)
P("i18n_ja_evtx_text_process_command_line", U_4688 + " ; " + U_I18N, "crlf",
  "新しいプロセスが作成されました。",
  "プロセス情報:",
  "\t新しいプロセス名:\tC:\\Windows\\System32\\mysql.exe",
  "\tプロセスのコマンド ライン:\tmysql.exe -u {US1} --password={PW1}", new=True)
P("i18n_es_evtx_text_linea_de_comandos", U_4688 + " ; " + U_I18N, "crlf",
  "Se creó un nuevo proceso.",
  "Información del proceso:",
  "\tNombre del nuevo proceso:\tC:\\Windows\\System32\\net.exe",
  "\tLínea de comandos del proceso:\tnet use Z: \\\\files.{HO1}\\ml {PW1} /user:{US1}", new=True)
P("i18n_pt_evtx_text_linha_de_comando", U_4688 + " ; " + U_I18N, "crlf",
  "Um novo processo foi criado.",
  "Informações do Processo:",
  "\tLinha de Comando do Processo:\tschtasks /create /tn sync /ru {US1} /rp {PW1} /tr C:\\wandb\\sync.bat", new=True)
P("i18n_ru_evtx_text_komandnaya_stroka", U_4688 + " ; " + U_I18N, "crlf",
  "Создан новый процесс.",
  "Сведения о процессе:",
  "\tКомандная строка процесса:\tpowershell -c \"$env:WANDB_API_KEY='{HX1}'; wandb sync C:\\runs\"", new=True)

# ---------------- more PowerShell/.NET variants ----------------
P("ps_pscredential_import_secret_vault_plaintext", "https://learn.microsoft.com/powershell/utility-modules/secretmanagement/overview", "crlf",
  "PS C:\\> Get-Secret -Name WandbApiKey -AsPlainText",
  "{HX1}")
P("ps_set_secret_vault_command_inline", "https://learn.microsoft.com/powershell/utility-modules/secretmanagement/overview", "crlf",
  "PS C:\\> Set-Secret -Name MinioRoot -Secret '{PW1}' -Vault LocalStore")
P("ps_dotsource_profile_ps1_env_block", U_PSENV, "crlf",
  "# C:\\Users\\{WU1}\\Documents\\PowerShell\\Microsoft.PowerShell_profile.ps1",
  "$env:WANDB_BASE_URL = 'https://wandb.{HO1}'",
  "$env:WANDB_API_KEY  = '{HX1}'",
  "Import-Module posh-git")
P("ps_dsc_mof_plaintext_password_instance", "https://learn.microsoft.com/powershell/dsc/configurations/configdata-credentials", "crlf",
  "instance of MSFT_Credential as $MSFT_Credential1ref",
  "{{",
  "Password = \"{PW1}\";",
  " UserName = \"CORP\\\\{US1}\";",
  "}};")
P("ps_winrm_set_item_wsman_password_flag", U_WINRM, "crlf",
  "PS C:\\> Enter-PSSession -ComputerName {IP1} -Credential (New-Object PSCredential '{US1}', (ConvertTo-SecureString '{PW1}' -AsPlainText -Force))")
P("ps_trace_command_parameter_binding_value", U_PSENV, "",
  "DEBUG: ParameterBinding Information: 0 :     BIND arg [{PW1}] to parameter [Password]",
  "DEBUG: ParameterBinding Information: 0 :         Executing DATA GENERATION metadata: [System.Management.Automation.ArgumentTypeConverterAttribute]", new=True)
P("ps_set_psdebug_trace_line_expanded", U_PSENV, "crlf",
  "DEBUG:    4+  >>>> $env:REDIS_PASSWORD = '{PW1}'",
  "DEBUG:    5+  >>>> docker compose up -d", new=True)

NEG = []


def N(name, url, flags, *lines, new=False):
    NEG.append((name, url, flags, list(lines), new))


N("neg_ps_env_assign_from_get_content_secret_path", U_PSENV, "crlf",
  "PS C:\\deploy> $env:MYSQL_PASSWORD = Get-Content C:\\secrets\\mysql-password.txt -Raw",
  "PS C:\\deploy> $env:MYSQL_HOST = 'mysql.{HO1}'")
N("neg_ps_securestring_read_host_assecurestring", U_SECSTR, "",
  "PS C:\\Users\\{WU1}> $pw = Read-Host -AsSecureString 'Passwort'",
  "Passwort: ********************",
  "PS C:\\> $pw",
  "System.Security.SecureString")
N("neg_ps_convertfrom_securestring_dpapi_blob_reference", U_SECSTR, "crlf",
  "PS C:\\> Get-Content C:\\Users\\{WU1}\\wandb.cred",
  "<DPAPI blob, {N1} bytes, protected for {SID1}>",
  "PS C:\\> $sec = Get-Content C:\\Users\\{WU1}\\wandb.cred | ConvertTo-SecureString", new=True)
N("neg_ps_getcredential_masked_network_credential", U_GETCRED, "",
  "UserName       : {US1}",
  "Password       : ",
  "SecurePassword : System.Security.SecureString",
  "Domain         : CORP")
N("neg_ps_transcript_header_only_ids", U_TRANS, "crlf",
  "**********************",
  "Windows PowerShell transcript start",
  "Start time: {TL}",
  "Username: CORP\\{WU1}",
  "Machine: {PC1} (Microsoft Windows NT 10.0.19045.0)",
  "Process ID: {PID1}",
  "PSVersion: 5.1.19041.{N1}",
  "**********************")
N("neg_ps_scriptblock_4104_get_secret_call_only", U_SBL, "crlf",
  "Creating Scriptblock text (1 of 1):",
  "$key = Get-Secret -Name WandbApiKey -Vault LocalStore -AsPlainText; wandb login $key",
  "",
  "ScriptBlock ID: {GU1}",
  "Path: C:\\ops\\login.ps1")
N("neg_ps_env_listing_paths_and_guids", U_PSCUSTOM, "",
  "Name                           Value",
  "----                           -----",
  "WANDB_DIR                      C:\\Users\\{WU1}\\wandb",
  "WANDB_RUN_ID                   {CID1}",
  "PSModulePath                   C:\\Users\\{WU1}\\Documents\\WindowsPowerShell\\Modules")
N("neg_ps_help_text_asplaintext_parameter_localized", U_SECSTR + " ; " + U_I18N, "",
  "    -AsPlainText <System.Management.Automation.SwitchParameter>",
  "        Gibt eine Nur-Text-Zeichenfolge an, die in eine sichere Zeichenfolge konvertiert werden soll.",
  "        Erforderlich?                false",
  "        Position?                    benannt",
  "    # Hilfe-Version {VER1}")
N("neg_ps_error_record_header_name_only", U_IWR, "",
  "Invoke-RestMethod : The remote server returned an error: (401) Unauthorized.",
  "At C:\\ops\\sync.ps1:{N1} char:9",
  "+ $r = Invoke-RestMethod -Uri $uri -Headers @{{ Authorization = \"Bearer $token\" }}",
  "    + FullyQualifiedErrorId : WebCmdletWebResponseException")
N("neg_ps_clixml_securestring_encrypted_hex_placeholder", U_PSCLIXML, "",
  "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">",
  "  <Obj RefId=\"0\"><TN RefId=\"0\"><T>System.Management.Automation.PSCredential</T></TN>",
  "    <Props><S N=\"UserName\">{US1}</S><SS N=\"Password\">&lt;DPAPI-protected, machine {PC1}&gt;</SS></Props>",
  "  </Obj>",
  "</Objs>")
N("neg_cmd_set_output_no_secrets", U_CMDSET, "crlf",
  "C:\\Users\\{WU1}>set",
  "COMPUTERNAME={PC1}",
  "HOMEPATH=\\Users\\{WU1}",
  "PROCESSOR_IDENTIFIER=Intel64 Family 6 Model {N1} Stepping 3, GenuineIntel",
  "USERDOMAIN=CORP")
N("neg_cmd_set_empty_value_clears_var", U_CMDSET, "crlf",
  "C:\\deploy-{N1}>set MYSQL_PASSWORD=",
  "C:\\deploy>set WANDB_API_KEY=",
  "C:\\deploy>echo %WANDB_API_KEY%",
  "%WANDB_API_KEY%")
N("neg_bat_references_percent_vars_only", U_BAT, "crlf",
  "@echo off",
  "if \"%REGISTRY_TOKEN%\"==\"\" (echo REGISTRY_TOKEN not set & exit /b 1)",
  "echo %REGISTRY_TOKEN%| docker login -u %REGISTRY_USER% --password-stdin registry.{HO1}")
N("neg_cmdkey_list_output_targets_users", U_CMDKEY, "crlf",
  "",
  "Currently stored credentials:",
  "",
  "    Target: LegacyGeneric:target=wandb:https://wandb.{HO1}",
  "    Type: Generic ",
  "    User: api",
  "    Local machine persistence",
  "    ")
N("neg_cmdkey_list_german_localized", U_CMDKEY + " ; " + U_I18N, "crlf",
  "Derzeit gespeicherte Anmeldeinformationen:",
  "",
  "    Ziel: Domain:target=files.{HO1}",
  "    Typ: Domänenkennwort",
  "    Benutzer: CORP\\{US1}", new=True)
N("neg_cmdkey_pass_prompt_no_value", U_CMDKEY, "crlf",
  "C:\\>cmdkey /add:files.{HO1} /user:CORP\\{US1} /pass",
  "Enter the password for 'CORP\\{US1}' to connect to 'files.{HO1}': ",
  "CMDKEY: Credential added successfully.")
N("neg_reg_export_environment_paths_only", U_REG, "crlf",
  "Windows Registry Editor Version 5.00",
  "",
  "[HKEY_CURRENT_USER\\Environment]",
  "\"TEMP\"=hex(2):25,00,55,00,53,00,45,00,52,00,50,00,52,00,4f,00,46,00,49,00,4c,00,\\",
  "  45,00,25,00,5c,00,41,00,70,00,70,00,44,00,61,00,74,00,61,00,00,00",
  "\"WANDB_DIR\"=\"C:\\\\Users\\\\{WU1}\\\\wandb\"")
N("neg_reg_export_profilelist_sids_guids", U_REG, "crlf",
  "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList\\{SID1}]",
  "\"ProfileImagePath\"=hex(2):43,00,3a,00,5c,00,55,00,73,00,65,00,72,00,73,00,00,00",
  "\"Flags\"=dword:00000000",
  "\"Guid\"=\"{{{GU1}}}\"", new=True)
N("neg_reg_export_winlogon_autologon_off_no_password", U_REG, "crlf",
  "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]",
  "\"AutoAdminLogon\"=\"0\"",
  "\"DefaultUserName\"=\"{US1}\"",
  "\"DefaultDomainName\"=\"CORP\"")
N("neg_reg_query_thumbprint_cert_store_keys", U_REGQ, "crlf",
  "C:\\>reg query HKLM\\SOFTWARE\\Microsoft\\SystemCertificates\\MY\\Certificates",
  "",
  "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\SystemCertificates\\MY\\Certificates\\{TP1}",
  "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\SystemCertificates\\MY\\Certificates\\{TP2}")
N("neg_reg_putty_session_no_proxy_password", U_PUTTY, "crlf",
  "[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\wandb-bastion]",
  "\"HostName\"=\"bastion.{HO1}\"",
  "\"ProxyPassword\"=\"\"",
  "\"PublicKeyFile\"=\"C:\\\\Users\\\\{WU1}\\\\.ssh\\\\id_ed25519.ppk\"")
N("neg_reg_sshhostkeys_public_fingerprints", U_PUTTY, "crlf",
  "[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\SshHostKeys]",
  "\"ssh-ed25519@22:bastion.{HO1}\"=\"0x{SHA1},0x{SHA2}\"", new=True)
N("neg_evtx_4624_logon_ids_and_sids", U_EVTXML, "",
  "<EventData><Data Name='SubjectUserSid'>S-1-5-18</Data><Data Name='TargetUserSid'>{SID1}</Data><Data Name='TargetUserName'>{US1}</Data><Data Name='TargetLogonId'>0x{CID1}</Data><Data Name='LogonType'>3</Data><Data Name='LogonGuid'>{{{GUU1}}}</Data><Data Name='IpAddress'>{IP1}</Data></EventData>")
N("neg_evtx_4688_commandline_password_stdin", U_4688, "crlf",
  "Process Information:",
  "\tNew Process ID:\t0x{CID1}",
  "\tNew Process Name:\tC:\\Program Files\\Docker\\Docker\\resources\\bin\\docker.exe",
  "\tToken Elevation Type:\t%%1938",
  "\tProcess Command Line:\tdocker login --username {US1} --password-stdin registry.{HO1}")
N("neg_evtx_4625_failure_reason_localized_fr", U_4688 + " ; " + U_I18N, "crlf",
  "Échec d'ouverture de session d'un compte.",
  "Informations sur l'échec :",
  "\tRaison de l'échec :\t\tNom d'utilisateur inconnu ou mot de passe incorrect.",
  "\tÉtat :\t\t\t0xC000006D",
  "\tSous-état :\t\t0xC000006A",
  "\tAdresse du réseau source :\t{IP1}", new=True)
N("neg_evtx_sysmon_hashes_field", U_SYSMON, "",
  "<Data Name='Hashes'>SHA256={SHA1},IMPHASH={RID1}</Data><Data Name='ParentProcessGuid'>{{{GUU1}}}</Data><Data Name='ParentCommandLine'>C:\\WINDOWS\\system32\\cmd.exe /c deploy.bat</Data>")
N("neg_evtx_4104_scriptblock_securestring_prompt", U_SBL, "crlf",
  "Creating Scriptblock text (1 of 1):",
  "$cred = Get-Credential -Message 'Kennwort für {US1}'",
  "ScriptBlock ID: {GU1}")
N("neg_appsettings_connection_string_no_password_integrated", U_APPSET, "",
  "{{",
  "  \"ConnectionStrings\": {{",
  "    \"Reporting\": \"Server=sql01.{HO1};Database=MLReports;Integrated Security=True;TrustServerCertificate=False\"",
  "  }}",
  "}}")
N("neg_appsettings_keyvault_and_env_placeholders", U_APPSET, "crlf",
  "  \"Wandb\": {{",
  "    \"ApiKey\": \"@Microsoft.KeyVault(SecretUri=https://kv-{CID1}.vault.azure.net/secrets/wandb-api-key/)\",",
  "    \"BaseUrl\": \"https://wandb.{HO1}\"",
  "  }}")
N("neg_appsettings_oidc_clientid_guid_only", U_APPSET, "",
  "  \"AzureAd\": {{",
  "    \"Instance\": \"https://login.microsoftonline.com/\",",
  "    \"TenantId\": \"{GU1}\",",
  "    \"ClientId\": \"{GU2}\",",
  "    \"ClientCertificates\": [ {{ \"SourceType\": \"StoreWithThumbprint\", \"CertificateThumbprint\": \"{TP1}\" }} ]",
  "  }}")
N("neg_usersecrets_id_in_csproj", U_USEC, "crlf",
  "  <PropertyGroup>",
  "    <TargetFramework>net8.0</TargetFramework>",
  "    <UserSecretsId>{GU1}</UserSecretsId>",
  "  </PropertyGroup>")
N("neg_webconfig_connection_string_configbuilder_token", U_WEBCFG, "crlf",
  "<connectionStrings configBuilders=\"Environment\">",
  "  <add name=\"WandbDb{N1}\" connectionString=\"${{WANDB_DB_CONNECTION}}\" providerName=\"MySql.Data.MySqlClient\" />",
  "</connectionStrings>")
N("neg_webconfig_machinekey_autogenerate", U_WEBCFG, "crlf",
  "<system.web>",
  "  <machineKey validationKey=\"AutoGenerate,IsolateApps\" decryptionKey=\"AutoGenerate,IsolateApps\" validation=\"HMACSHA256\" />",
  "  <compilation debug=\"false\" targetFramework=\"4.8\" tempDirectory=\"C:\\inetpub\\temp\\{CID1}\" />",
  "</system.web>")
N("neg_webconfig_protected_configuration_cipher_ref", U_WEBCFG, "crlf",
  "<connectionStrings configProtectionProvider=\"DataProtectionConfigurationProvider\">",
  "  <EncryptedData>",
  "    <CipherData><CipherValue>{{DPAPI ciphertext, {N1} bytes}}</CipherValue></CipherData>",
  "  </EncryptedData>",
  "</connectionStrings>", new=True)
N("neg_applicationhost_processmodel_applicationpoolidentity", U_APPHOST, "crlf",
  "<add name=\"WandbProxy{N1}\" managedRuntimeVersion=\"\">",
  "  <processModel identityType=\"ApplicationPoolIdentity\" loadUserProfile=\"true\" />",
  "</add>")
N("neg_nuget_config_credentials_env_reference", U_NUGET, "crlf",
  "    <internal-{CID1}>",
  "      <add key=\"Username\" value=\"%NUGET_USER%\" />",
  "      <add key=\"ClearTextPassword\" value=\"%NUGET_PAT%\" />",
  "    </internal>")
N("neg_dotnet_console_logger_headers_redacted", U_DIAG, "",
  "info: System.Net.Http.HttpClient.Wandb.LogicalHandler[100]",
  "      Start processing HTTP request GET https://wandb.{HO1}/api/v1/viewer",
  "trce: System.Net.Http.HttpClient.Wandb.ClientHandler[102]",
  "      Authorization: *")
N("neg_efcore_sensitive_logging_disabled_warning", U_EFCORE, "crlf",
  "warn: Microsoft.EntityFrameworkCore.Model.Validation[10400]",
  "      Sensitive data logging is enabled. Log entries and exception messages may include sensitive application data; this mode should only be enabled during development.",
  "info: Microsoft.EntityFrameworkCore.Database.Connection[20000]",
  "      Opening connection to database 'wandb_local' on server 'mysql.{HO1}'.")
N("neg_dotnet_stacktrace_windows_paths_line_numbers", U_DOTNETEX, "",
  "   at MySqlConnector.Core.ServerSession.ConnectAsync(ConnectionSettings cs, MySqlConnection connection, Int32 startTickCount) in /_/src/MySqlConnector/Core/ServerSession.cs:line {N1}",
  "   at Gateway.Db.OpenAsync() in C:\\src\\Gateway\\Db.cs:line {N2}")
N("neg_iis_w3c_log_plain_query_ids", U_IIS, "crlf",
  "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status time-taken",
  "{DT} {IP1} GET /api/v1/runs entity=ml-platform&project=vision&run={CID1} 443 CORP\\{WU1} {IP2} Mozilla/5.0 200 0 0 {N1}")
N("neg_iis_w3c_log_cookie_tracking_only", U_IIS, "crlf",
  "#Fields: date time c-ip cs-method cs-uri-stem sc-status cs(Cookie)",
  "{DT} {IP1} GET /console/ 200 _ga=GA1.1.{N1}.{N2};+theme=dark;+lang=de-DE")
N("neg_iis_httperr_connection_dropped_rows", U_HTTPERR, "crlf",
  "{DT} {IP1} {N1} {IP2} 443 HTTP/1.1 GET /api/v1/health - - - Timer_ConnectionIdle -",
  "{DT} {IP1} {N2} {IP2} 443 - - - - - - Timer_MinBytesPerSecond -")
N("neg_ado_log_masked_triple_star_and_setvariable_issecret", U_ADO, "crlf",
  "{TS} ##vso[task.setvariable variable=MYSQL_PASSWORD;issecret=true]***",
  "{TS} MYSQL_PASSWORD=***",
  "{TS} ##[section]Finishing: Set deployment variables")
N("neg_ado_agent_job_header_ids", U_ADOV, "crlf",
  "{TS} ##[section]Starting: Initialize job",
  "{TS} Agent name: 'win-{PC1}'",
  "{TS} Agent machine name: '{PC1}'",
  "{TS} Current agent version: '3.{N1}.0'",
  "{TS} Job ID: {GU1}")
N("neg_gha_windows_runner_env_secret_expression_only", U_GHA, "crlf",
  "{TS} ##[group]Run wandb login --host https://wandb.{HO1}",
  "{TS} shell: C:\\Program Files\\PowerShell\\7\\pwsh.EXE -command \". '{{0}}'\"",
  "{TS} env:",
  "{TS}   WANDB_API_KEY: ***",
  "{TS} ##[endgroup]")
N("neg_docker_desktop_backend_log_proxy_no_userinfo", U_DD, "",
  "[{DT}.{N1}][com.docker.backend][I] proxy settings: http=http://proxy.{HO1}:3128 https=http://proxy.{HO1}:3128 exclude=localhost,127.0.0.1",
  "[{DT}.{N2}][com.docker.backend][I] engine ready in {N3}ms")
N("neg_docker_config_json_credsstore_wincred", U_DCONF, "crlf",
  "{{",
  "  \"auths\": {{ \"registry.{HO1}\": {{}} }},",
  "  \"credsStore\": \"wincred\",",
  "  \"currentContext\": \"desktop-linux\"",
  "}}")
N("neg_docker_credential_wincred_list_json", U_DCONF, "",
  "C:\\>docker-credential-wincred list",
  "{{\"https://index.docker.io/v1/\":\"{US1}\",\"registry.{HO1}\":\"{US2}\"}}")
N("neg_wsl_wslconfig_resource_settings", U_WSL, "crlf",
  "[wsl2]",
  "memory={N1}MB",
  "processors=8",
  "kernel=C:\\\\Users\\\\{WU1}\\\\wsl-kernel\\\\bzImage")
N("neg_wsl_list_verbose_distros_utf16_nul", U_WSL + " ; " + U_UTF16, "u16",
  "  NAME                   STATE           VERSION",
  "* Ubuntu-22.04           Running         2",
  "  docker-desktop         Running         2",
  "  docker-desktop-data    Stopped         {N1}", new=True)
N("neg_utf16_powershell_out_file_help_text_nul", U_UTF16, "u16",
  "NAME",
  "    ConvertTo-SecureString",
  "SYNTAX",
  "    ConvertTo-SecureString [-String] <String> [[-SecureKey] <SecureString>] [<CommonParameters>]",
  "    # build {N1}", new=True)
N("neg_utf16_env_dump_public_values_nul", U_UTF16, "u16",
  "WANDB_BASE_URL=https://wandb.{HO1}",
  "WANDB_ENTITY=ml-platform",
  "WANDB_RUN_GROUP={CID1}")
N("neg_bom_crlf_appsettings_logging_only", U_APPSET, "bom crlf",
  "{{",
  "  \"Logging\": {{ \"LogLevel\": {{ \"Default\": \"Warning\", \"Microsoft.AspNetCore\": \"Warning\" }} }},",
  "  \"AllowedHosts\": \"wandb.{HO1}\"",
  "}}")
N("neg_mojibake_cp1252_german_labels_no_value", U_UTF16 + " ; " + U_I18N, "crlf",
  "Kennwort fÃ¼r Benutzer {US1} wurde geÃ¤ndert.",
  "Bitte melden Sie sich erneut an: https://wandb.{HO1}/login", new=True)
N("neg_i18n_de_passwort_label_prompts_masked", U_I18N, "crlf",
  "Benutzername: {US1}",
  "Passwort: ************",
  "Anmeldung erfolgreich.")
N("neg_i18n_fr_mot_de_passe_help_text_kubectl", U_I18N, "",
  "Options :",
  "    --password='' : Mot de passe pour l'authentification de base auprès du serveur API",
  "    --username='' : Nom d'utilisateur pour l'authentification de base auprès du serveur API",
  "    --token='' : Jeton du porteur pour l'authentification auprès du serveur API",
  "kubectl {VER1}")
N("neg_i18n_es_contrasena_policy_message", U_MYERR + " ; " + U_I18N, "",
  "ERROR 1819 (HY000): Su contraseña no cumple con los requisitos actuales de la política",
  "mysql> SHOW VARIABLES LIKE 'validate_password.length';",
  "| validate_password.length | {N1} |")
N("neg_i18n_pt_senha_reset_instructions", U_I18N, "",
  "Para redefinir a senha do administrador, execute:",
  "  kubectl -n wandb exec deploy/wandb-app -- wandb-admin reset-password --user {US1}",
  "A nova senha será enviada para o e-mail cadastrado.")
N("neg_i18n_ru_parol_access_denied_using_password_yes", U_MYERR + " ; " + U_I18N, "",
  "ОШИБКА 1045 (28000): Доступ запрещён для пользователя '{US1}'@'{IP1}' (пароль использован: ДА)")
N("neg_i18n_ja_password_label_env_var_name_only", U_I18N, "crlf",
  "パスワードは環境変数 MYSQL_PASSWORD から読み込まれます。",
  "設定ファイル: C:\\ProgramData\\wandb\\config.yaml",
  "ユーザー名：{US1}")
N("neg_i18n_zh_mima_masked_table", U_I18N, "",
  "| 用户名 | 密码 | 主机 |",
  "|---|---|---|",
  "| {US1} | ******** | mysql.{HO1} |")
N("neg_i18n_ko_bimilbeonho_prompt_hidden", U_I18N, "",
  "비밀번호를 입력하세요: ",
  "로그인 성공: {US1}@wandb.{HO1}",
  "세션 ID: {GU1}")
N("neg_i18n_de_kubectl_describe_secret_byte_sizes", U_KUBECTL, "",
  "Name:         wandb-db",
  "Typ:          Opaque",
  "Daten",
  "=====",
  "Passwort:  {N1} Bytes",
  "Benutzer:  {N2} Bytes")
N("neg_i18n_fr_helm_notes_get_password_command", U_HELM, "",
  "Pour obtenir le mot de passe administrateur :",
  "  kubectl get secret --namespace wandb wandb-admin -o jsonpath=\"{{.data.password}}\" | base64 -d",
  "RÉVISION : {N1}")
N("neg_i18n_ja_dotnet_exception_no_connection_string", U_DOTNETEX + " ; " + U_I18N, "",
  "ハンドルされていない例外: MySqlConnector.MySqlException (0x80004005): ユーザー '{US1}'@'{IP1}' のアクセスが拒否されました (パスワード使用: はい)",
  "   場所 Gateway.Db.OpenAsync() 場所 C:\\src\\Gateway\\Db.cs:行 {N1}")
N("neg_mysql_my_ini_server_section_no_password", U_MYSQL, "crlf",
  "[mysqld]",
  "datadir=C:/ProgramData/MySQL/MySQL Server 8.0/Data",
  "port={N1}",
  "ssl_ca=C:/ProgramData/MySQL/certs/ca.pem",
  "default_authentication_plugin=caching_sha2_password")
N("neg_mysqldump_bat_defaults_extra_file", U_BAT, "crlf",
  "C:\\backup>mysqldump.exe --defaults-extra-file=C:\\backup\\mysql-client.cnf -h mysql.{HO1} wandb_local 1>C:\\backup\\wandb_{N1}.sql")
N("neg_mysql_installer_log_password_redacted", "https://dev.mysql.com/doc/refman/8.0/en/mysql-installer-console.html", "crlf",
  "{TD} Executing: MySQLInstallerConsole.exe community install server;8.0.36;x64:*:type=config;rootpasswd=******** --silent",
  "{TD} Configuration of product 'server' completed with exit code 0")
N("neg_odbc_dsn_reg_no_pwd_value", U_ODBC, "crlf",
  "[HKEY_LOCAL_MACHINE\\SOFTWARE\\ODBC\\ODBC.INI\\wandb_local]",
  "\"SERVER\"=\"mysql.{HO1}\"",
  "\"UID\"=\"{US1}\"",
  "\"SSLMODE\"=\"REQUIRED\"")
N("neg_cert_thumbprint_listing_get_childitem", U_PSCUSTOM, "",
  "   PSParentPath: Microsoft.PowerShell.Security\\Certificate::LocalMachine\\My",
  "",
  "Thumbprint                                Subject",
  "----------                                -------",
  "{TP1}  CN=wandb.{HO1}",
  "{TP2}  CN=ingress.{HO1}")
N("neg_certutil_dump_public_cert_serial_hashes", "https://learn.microsoft.com/windows-server/administration/windows-commands/certutil", "crlf",
  "Serial Number: {RID1}",
  "Issuer: CN=Corp Issuing CA, DC=corp, DC=example, DC=com",
  "Cert Hash(sha1): {TP1}",
  "Key Container = {GU1}",
  "  Provider = Microsoft Software Key Storage Provider")
N("neg_rdp_file_no_password_fields", U_RDP, "crlf",
  "full address:s:jump.{HO1}",
  "username:s:CORP\\{US1}",
  "prompt for credentials:i:1",
  "gatewayhostname:s:rdgw.{HO1}")
N("neg_unattend_xml_password_element_empty_placeholder", U_UNATTEND, "crlf",
  "          <Password>",
  "            <Value></Value>",
  "            <PlainText>true</PlainText>",
  "          </Password>",
  "          <Username>{US1}</Username>")
N("neg_task_scheduler_xml_principal_sid_no_args", U_TASKXML, "crlf",
  "  <Principals>",
  "    <Principal id=\"Author\">",
  "      <UserId>{SID1}</UserId>",
  "      <LogonType>Password</LogonType>",
  "    </Principal>",
  "  </Principals>")
N("neg_schtasks_query_verbose_run_as_user", U_SCHT, "crlf",
  "TaskName:                             \\W&B nightly export",
  "Next Run Time:                        {TT}",
  "Run As User:                          CORP\\{US1}",
  "Logon Mode:                           Interactive/Background")
N("neg_sc_qc_service_start_name", U_SC, "crlf",
  "[SC] QueryServiceConfig SUCCESS",
  "SERVICE_NAME: wandb-agent",
  "        BINARY_PATH_NAME   : C:\\wandb\\agent.exe --config C:\\ProgramData\\wandb\\agent.yaml",
  "        SERVICE_START_NAME : CORP\\{US1}")
N("neg_net_use_list_status_remote_paths", U_NETUSE, "crlf",
  "New connections will be remembered.",
  "",
  "Status       Local     Remote                    Network",
  "-------------------------------------------------------------------------------",
  "OK           Z:        \\\\files.{HO1}\\wandb-backups  Microsoft Windows Network")
N("neg_netsh_winhttp_proxy_direct", U_NETSH, "crlf",
  "Current WinHTTP proxy settings:",
  "",
  "    Proxy Server(s) :  proxy.{HO1}:3128",
  "    Bypass List     :  <local>")
N("neg_az_storage_account_show_ids_no_keys", U_AZCS, "",
  "{{",
  "  \"id\": \"/subscriptions/{GU1}/resourceGroups/ml-rg/providers/Microsoft.Storage/storageAccounts/wandbfiles{N1}\",",
  "  \"primaryEndpoints\": {{ \"blob\": \"https://wandbfiles{N1}.blob.core.windows.net/\" }},",
  "  \"allowSharedKeyAccess\": false",
  "}}")
N("neg_azcopy_log_sig_redacted", U_SAS, "crlf",
  "{DT} INFO: Scanning... source https://wandbfiles.blob.core.windows.net/runs?se=2025-01-01T00%3A00%3A00Z&sig=-REDACTED-&sp=rl&sv=2022-11-02",
  "{DT} INFO: Job {GU1} has started")
N("neg_gcm_git_credential_store_setting", U_GCM, "crlf",
  "PS C:\\> git config --global --list | Select-String credential",
  "credential.helper=manager",
  "credential.credentialstore=wincredman",
  "credential.https://dev.azure.com.usehttppath=true",
  "user.name={WU1} {N1}")
N("neg_wandb_settings_windows_no_api_key", U_WANDBCLI, "crlf",
  "[default]",
  "base_url = https://wandb.{HO1}",
  "entity = ml-platform",
  "project = vision-{N1}")
N("neg_kubeconfig_windows_exec_kubelogin_no_secret", U_KCFG, "",
  "    user:",
  "      exec:",
  "        apiVersion: client.authentication.k8s.io/v1beta1",
  "        command: C:\\Users\\{WU1}\\.azure-kubelogin\\kubelogin.exe",
  "        args: [get-token, --server-id, {GU1}, --login, azurecli]")
N("neg_helm_install_caret_set_existing_secret", U_HELM, "crlf",
  "C:\\deploy>helm upgrade --install wandb wandb/operator ^",
  "More?   --set global.mysql.existingSecret=wandb-mysql ^",
  "More?   --set global.license.secret.name=wandb-license -n wandb-{N1}")
N("neg_docker_inspect_windows_env_paths_only", "https://docs.docker.com/reference/cli/docker/inspect/", "",
  "            \"Env\": [",
  "                \"WANDB_DIR=C:\\\\wandb\\\\runs\",",
  "                \"ProgramFiles=C:\\\\Program Files\",",
  "                \"WANDB_RUN_ID={CID1}\"",
  "            ],")
N("neg_msi_verbose_log_hidden_property", U_MSI, "crlf",
  "MSI (s) (A0:4C) [{TI}:118]: PROPERTY CHANGE: Adding SERVICEPASSWORD property. Its value is '**********'.",
  "MSI (s) (A0:4C) [{TI}:118]: Product: W&B Gateway -- Installation completed successfully.")
N("neg_ps_set_psdebug_trace_variable_names", U_PSENV, "crlf",
  "DEBUG:    4+  >>>> $env:REDIS_PASSWORD = $secret.GetNetworkCredential().Password",
  "DEBUG:     ! SET $env:REDIS_PASSWORD = '<SecureString>'.",
  "DEBUG:    {N1}+  >>>> docker compose up -d")
N("neg_i18n_ru_env_comments_public_values", U_I18N, "",
  "# адрес сервера W&B",
  "WANDB_BASE_URL=https://wandb.{HO1}",
  "# идентификатор запуска",
  "WANDB_RUN_ID={CID1}")
N("neg_i18n_zh_powershell_error_header_variable", U_IWR + " ; " + U_I18N, "",
  "Invoke-RestMethod : 远程服务器返回错误: (401) 未经授权。",
  "所在位置 C:\\ops\\probe.ps1:{N1} 字符: 1",
  "+ Invoke-RestMethod -Uri $uri -Headers @{{Authorization=\"Bearer $env:WANDB_TOKEN\"}}")
N("neg_i18n_ko_evtx_text_process_command_line_file_args", U_4688 + " ; " + U_I18N, "crlf",
  "새 프로세스를 만들었습니다.",
  "\t새 프로세스 이름:\tC:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
  "\t프로세스 명령줄:\tpowershell.exe -File C:\\ops\\rotate.ps1 -SecretName wandb-{CID1}")


SOURCES = {}
NEW_KIND_POS = []
NEW_KIND_NEG = []
SAME_KIND_POS = []
SAME_KIND_NEG = []

# SOURCES: shape -> document(s) whose format the shape follows (filled from the P()/N() tables above).
for _name, _url, _flags, _lines, _new in POS:
    SOURCES[_name] = _url
    (NEW_KIND_POS if _new else SAME_KIND_POS).append(_name)
for _name, _url, _flags, _lines, _new in NEG:
    SOURCES[_name] = _url
    (NEW_KIND_NEG if _new else SAME_KIND_NEG).append(_name)


def main():
    seen_secrets = set()
    pos_out = []
    for name, url, flags, tpl, new in POS:
        for _ in range(3):
            for attempt in range(200):
                lines, listed = render(tpl, flags)
                if listed and ok_record(lines, listed) and not (set(listed) & seen_secrets) and 1 <= len(lines) <= 12:
                    break
            else:
                raise SystemExit("cannot draw " + name)
            seen_secrets.update(listed)
            pos_out.append({"shape": name, "lines": lines, "secrets": listed})
    neg_out = []
    seen_neg = set()
    for name, url, flags, tpl, new in NEG:
        for _ in range(5):
            for attempt in range(200):
                lines, listed = render(tpl, flags)
                key = json.dumps(lines, ensure_ascii=False)
                if not listed and key not in seen_neg and 1 <= len(lines) <= 12:
                    break
            else:
                raise SystemExit("cannot draw neg " + name)
            seen_neg.add(key)
            neg_out.append({"shape": name, "lines": lines})
    with open(os.path.join(HERE, "positives.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in pos_out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "negatives.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in neg_out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
