#!/usr/bin/env python3
"""holdout62: sealed held-out set for the wbdiag secret redactor.

Focus: hand-written and exported text attached to a support request
(shell histories and sessions, runbooks and wiki exports, CSV inventories,
password-manager exports, ticket / chat / mail exports, notebooks, scripts).
Stdlib only, fixed seed, deterministic. Writes positives.jsonl and
negatives.jsonl next to this file.

Template language (one shape = one template, lines separated by newlines):
  «KIND:id»        public random value (same id -> same value in a record)
  «!KIND:id»       secret random value (listed)
  «!KIND:id|T:arg» secret in transformed form; the transformed form is listed
                   T = pct (percent-encode), b64 (base64 of arg+value, '='
                   stripped when listed), basic (base64 of arg:value; only the
                   characters encoding password bytes alone are listed),
                   b64tail (base64 of arg+value; only the characters encoding
                   value bytes alone are listed)
  «@a|b|c»         choice
  «T» «TL» «TG» «TE» «TS»  timestamps of one monotone clock per record
  «TI» «TM» «TU» «TD» «TJ» «TR»  epoch s / epoch ms / Slack ts / plain date-time /
                   Jira ISO with +0000 / RFC 5322 date, same clock
  ␇ -> BEL; KIND bt<n> = base32 (TOTP seeds)
  ⏎ -> CR, ␛ -> ESC, ⇥ -> TAB
KIND: an<n> alnum, lc<n> lowercase+digits, uc<n> upper+digits, al<n> letters,
      hex<n>, dig<n> (no leading 0), b64u<n> url-safe base64 chars, b64s<n> std base64 chars,
      pw<n> password (letters, digits, -_.!~+*; starts/ends alnum), uuid.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import urllib.parse

SEED = 6262_1207
rng = random.Random(SEED)

AN = string.ascii_letters + string.digits
LC = string.ascii_lowercase + string.digits
UC = string.ascii_uppercase + string.digits
AL = string.ascii_letters
HEX = "0123456789abcdef"
DIG = string.digits
B64U = AN + "-_"
B64S = AN + "+/"
PWC = AN + "-_.!~+*"


def draw(kind):
    m = re.fullmatch(r"([a-z0-9]+?)(\d+)?", kind)
    if kind == "uuid":
        h = "".join(rng.choice(HEX) for _ in range(32))
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])
    if kind == "mm":   # minute or second 00-59
        return "%02d" % rng.randint(0, 59)
    if kind == "hh":
        return "%02d" % rng.randint(0, 23)
    if kind == "dd":
        return "%02d" % rng.randint(1, 28)
    if kind == "ymd":  # a valid date yyyymmdd
        return "%d%02d%02d" % (rng.choice([2023, 2024, 2025]), rng.randint(1, 12), rng.randint(1, 28))
    if kind == "hms":
        return "%02d%02d%02d" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    m = re.fullmatch(r"([a-z]+[a-z])(\d+)", kind)
    if not m:
        m = re.fullmatch(r"(b64u|b64s)(\d+)", kind)
    name, n = m.group(1), int(m.group(2))
    if name == "pw":
        mid = "".join(rng.choice(PWC) for _ in range(n - 2))
        return rng.choice(AN) + mid + rng.choice(AN)
    if name == "dig":  # numbers never start with 0 (JSON numbers, ports)
        return rng.choice("123456789") + "".join(rng.choice(DIG) for _ in range(n - 1))
    alpha = {"uhex": "0123456789ABCDEF", "bc": "./" + AN, "an": AN, "lc": LC, "uc": UC, "al": AL, "hex": HEX, "dig": DIG,
             "b64u": B64U, "b64s": B64S, "bt": "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"}[name]
    return "".join(rng.choice(alpha) for _ in range(n))


class Clock:
    def __init__(self):
        y = rng.choice([2023, 2024, 2025])
        self.t = rng.randint(0, 360 * 86400) + {2023: 1672531200, 2024: 1704067200, 2025: 1735689600}[y]
        self.ms = rng.randint(0, 999)

    def tick(self):
        self.ms += rng.randint(0, 900)
        self.t += self.ms // 1000
        self.ms %= 1000
        import time
        return time.gmtime(self.t), self.ms

    def fmt(self, k):
        import time
        g, ms = self.tick()
        if k == "T":
            return time.strftime("%Y-%m-%dT%H:%M:%S", g) + ".%03dZ" % ms
        if k == "TL":
            return time.strftime("%Y-%m-%d %H:%M:%S", g) + ",%03d" % ms
        if k == "TG":
            return time.strftime("%Y/%m/%d %H:%M:%S", g)
        if k == "TE":
            return "%d.%03d" % (self.t, ms)
        if k == "TI":
            return "%d" % self.t
        if k == "TM":
            return "%d%03d" % (self.t, ms)
        if k == "TU":
            return "%d.%06d" % (self.t, ms * 1000 + rng.randint(0, 999))
        if k == "TD":
            return time.strftime("%Y-%m-%d %H:%M:%S", g)
        if k == "TJ":
            return time.strftime("%Y-%m-%dT%H:%M:%S", g) + ".%03d+0000" % ms
        if k == "TR":
            return time.strftime("%a, %d %b %Y %H:%M:%S +0000", g)
        if k == "TS":
            return time.strftime("%Y-%m-%d %H:%M:%S", g) + ".%03d" % ms
        raise KeyError(k)


PH = re.compile(r"«([^»]*)»")


def render(tpl):
    vals = {}
    picks = {}
    secrets = []
    clock = Clock()

    def sub(m):
        body = m.group(1)
        if body in ("T", "TL", "TG", "TE", "TS", "TI", "TM", "TU", "TD", "TJ", "TR"):
            return clock.fmt(body)
        if body.startswith("@"):
            if body not in picks:
                picks[body] = rng.choice(body[1:].split("|"))
            return picks[body]
        secret = body.startswith("!")
        if secret:
            body = body[1:]
        tr = None
        if "|" in body:
            body, tr = body.split("|", 1)
        kind, _, vid = body.partition(":")
        key = (kind, vid)
        if key not in vals:
            vals[key] = draw(kind)
        v = vals[key]
        if tr is None:
            if secret:
                secrets.append(v)
            return v
        tname, _, arg = tr.partition(":")
        if tname == "pct":
            out = urllib.parse.quote(v, safe="")
            listed = out
        elif tname == "b64":
            out = base64.b64encode((arg + v).encode()).decode()
            listed = out.rstrip("=")
        elif tname == "basic":
            raw = (arg + ":" + v).encode()
            out = base64.b64encode(raw).decode()
            g = -(-(len(arg) + 1) // 3)
            listed = out[4 * g:].rstrip("=")
        elif tname == "b64tail":   # base64 of arg+value; only chars encoding value bytes alone are listed
            out = base64.b64encode((arg + v).encode()).decode()
            g = -(-len(arg) // 3)
            listed = out[4 * g:].rstrip("=")
        elif tname == "json":
            out = json.dumps(v)[1:-1]
            listed = out
        else:
            raise KeyError(tname)
        if secret:
            secrets.append(listed)
        return out

    text = PH.sub(sub, tpl)
    text = text.replace("⏎", "\r").replace("␛", "\x1b").replace("⇥", "\t").replace("␇", "\x07")
    lines = text.split("\n")
    uniq = []
    for s in secrets:
        if s not in uniq:
            uniq.append(s)
    return lines, uniq


def ok_positive(lines, secrets, seen):
    if not secrets or not (1 <= len(lines) <= 12):
        return False
    joined = "\n".join(lines)
    for s in secrets:
        if len(s) < 8 or s not in joined or s in seen:
            return False
    rest = joined
    for s in sorted(secrets, key=len, reverse=True):
        rest = rest.replace(s, "\x00")
    for s in secrets:
        for i in range(len(s) - 5):
            if s[i:i + 6] in rest:
                return False
    return True


POS = []   # (name, source, first_guess_new_kind (superseded by _is_new below), template)
NEG = []


def P(name, src, tpl, new=False):
    POS.append((name, src, new, tpl.strip("\n")))


def N(name, src, tpl, new=False):
    NEG.append((name, src, new, tpl.strip("\n")))


# ================ TEMPLATES BEGIN
# ---------------------------------------------------------------- sources
BASH_HIST = "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Builtins.html"
ZSH_HIST = "https://zsh.sourceforge.io/Doc/Release/Options.html#History"
FISH_HIST = "https://fishshell.com/docs/current/cmds/history.html"
PSREADLINE = "https://learn.microsoft.com/en-us/powershell/module/psreadline/about/about_psreadline"
GET_HISTORY = "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/get-history"
PS_TRANSCRIPT = "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.host/start-transcript"
MYSQL_CLIENT = "https://dev.mysql.com/doc/refman/8.0/en/mysql.html"
MYSQL_CREATE_USER = "https://dev.mysql.com/doc/refman/8.0/en/create-user.html"
MYSQL_VALIDATE = "https://dev.mysql.com/doc/refman/8.0/en/validate-password-options-variables.html"
PSQL = "https://www.postgresql.org/docs/current/app-psql.html"
PG_ALTER_ROLE = "https://www.postgresql.org/docs/current/sql-alterrole.html"
PG_AUTHID = "https://www.postgresql.org/docs/current/catalog-pg-authid.html"
REDIS_CLI = "https://redis.io/docs/latest/develop/tools/cli/"
REDIS_ACL = "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/"
MONGOSH = "https://www.mongodb.com/docs/mongodb-shell/connect/"
MONGO_CREATEUSER = "https://www.mongodb.com/docs/manual/reference/method/db.createUser/"
SQLPLUS = "https://docs.oracle.com/en/database/oracle/oracle-database/19/sqpug/CONNECT.html"
ORA_ALTER_USER = "https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/ALTER-USER.html"
SCRIPT_1 = "https://man7.org/linux/man-pages/man1/script.1.html"
XTERM_CTLSEQS = "https://invisible-island.net/xterm/ctlseqs/ctlseqs.html"
GFM = "https://github.github.com/gfm/"
CONFLUENCE_STORAGE = "https://confluence.atlassian.com/doc/confluence-storage-format-790796544.html"
CONFLUENCE_HTML_EXPORT = "https://confluence.atlassian.com/doc/export-content-to-word-pdf-html-and-xml-139475.html"
ASCIIDOC = "https://docs.asciidoctor.org/asciidoc/latest/"
RST = "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html"
ORG = "https://orgmode.org/manual/Structure-of-Code-Blocks.html"
ORG_PROPS = "https://orgmode.org/manual/Property-Syntax.html"
NOTION_EXPORT = "https://www.notion.com/help/export-your-content"
RFC4180 = "https://www.rfc-editor.org/rfc/rfc4180"
AWS_IAM_CSV = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html"
BW_EXPORT = "https://bitwarden.com/help/export-your-data/"
BW_CSV = "https://bitwarden.com/help/condition-bitwarden-import/"
OP_1PUX = "https://support.1password.com/1pux-format/"
KEEPASS_XML = "https://github.com/keepassxreboot/keepassxc-specs/blob/master/kdbx-xml/rfc.md"
KEEPASSXC_CSV = "https://keepassxc.org/docs/KeePassXC_UserGuide#_importing_databases"
LASTPASS_CSV = "https://support.lastpass.com/s/document/7e6f1ab2-0e1e-4b5a-a6d0-3e5f0b2f5f51"
JIRA_ISSUE = "https://developer.atlassian.com/cloud/jira/platform/rest/v2/api-group-issues/#api-rest-api-2-issue-issueidorkey-get"
JIRA_ADF = "https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/"
JIRA_WIKI = "https://jira.atlassian.com/secure/WikiRendererHelpAction.jspa?section=all"
SLACK_EXPORT = "https://slack.com/help/articles/220556107-How-to-read-Slack-data-exports"
SLACK_BLOCKS = "https://api.slack.com/reference/block-kit/blocks#rich_text"
TEAMS_GRAPH = "https://learn.microsoft.com/en-us/graph/api/resources/chatmessage"
MATTERMOST_BULK = "https://docs.mattermost.com/manage/bulk-export-tool.html"
DISCORD_EXPORTER = "https://github.com/Tyrrrz/DiscordChatExporter"
RFC2045 = "https://www.rfc-editor.org/rfc/rfc2045"
RFC2047 = "https://www.rfc-editor.org/rfc/rfc2047"
RFC6376 = "https://www.rfc-editor.org/rfc/rfc6376"
NBFORMAT = "https://nbformat.readthedocs.io/en/latest/format_description.html"
IPYTHON_MAGIC = "https://ipython.readthedocs.io/en/stable/interactive/magics.html"
WANDB_LOGIN = "https://docs.wandb.ai/ref/python/login/"
WANDB_ENV = "https://docs.wandb.ai/guides/track/environment-variables/"
GNU_MAKE = "https://www.gnu.org/software/make/manual/make.html#Setting"
JUST = "https://just.systems/man/en/"
TASKFILE = "https://taskfile.dev/usage/"
PS_SECURESTRING = "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring"
PS_IRM = "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-restmethod"
CMD_SET = "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/set_1"
CMD_SETX = "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/setx"
CMDKEY = "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/cmdkey"
SQLCMD = "https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-utility"
NET_USER = "https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/cc771865(v=ws.11)"
ANSIBLE_ADHOC = "https://docs.ansible.com/ansible/latest/command_guide/intro_adhoc.html"
ANSIBLE_USER = "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/user_module.html"
ANSIBLE_MYSQL_USER = "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html"
CRONTAB5 = "https://man7.org/linux/man-pages/man5/crontab.5.html"
HTPASSWD = "https://httpd.apache.org/docs/2.4/programs/htpasswd.html"
OPENSSL_PKCS12 = "https://docs.openssl.org/3.0/man1/openssl-pkcs12/"
HELM_SET = "https://helm.sh/docs/helm/helm_upgrade/"
DOCKER_LOGIN = "https://docs.docker.com/reference/cli/docker/login/"
KUBECTL_SECRET = "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create/kubectl_create_secret_generic/"
GH_AUTH = "https://cli.github.com/manual/gh_auth_login"
GITLAB_PAT = "https://docs.gitlab.com/user/profile/personal_access_tokens/"
AWS_CONFIGURE_SET = "https://docs.aws.amazon.com/cli/latest/reference/configure/set.html"
WGET = "https://www.gnu.org/software/wget/manual/wget.html"
CURL = "https://curl.se/docs/manpage.html"
SQLALCHEMY_URL = "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls"
HF_TOKENS = "https://huggingface.co/docs/hub/security-tokens"
SLACK_TOKENS = "https://api.slack.com/concepts/token-types"
OTPAUTH = "https://github.com/google/google-authenticator/wiki/Key-Uri-Format"

SOURCES = {}
_P, _N = P, N


def P(name, src, tpl, new=False):  # noqa: F811
    SOURCES[name] = src
    _P(name, src, tpl, new)


def N(name, src, tpl, new=False):  # noqa: F811
    SOURCES[name] = src
    _N(name, src, tpl, new)


HOST = "«@wandb.example.com|wb.example.internal|wandb.corp.example.net|ml.example.org»"
USR = "«@alice|bob.ng|ops-admin|jdoe|mkowalski|svc-deploy|priya»"

# ================================================================ POSITIVES
# ---- shell histories
P("h62_bash_history_wandb_relogin_then_export_key", BASH_HIST, r'''
cd /opt/wandb
docker compose ps
export WANDB_BASE_URL=https://''' + HOST + r'''
export WANDB_API_KEY=local-«!hex40:k»
wandb login --relogin --host https://''' + HOST + r'''
python smoke_test.py --project infra-check
''')
P("h62_bash_history_mysql_dash_p_quoted_no_space", MYSQL_CLIENT, r'''
sudo systemctl status mysql
mysql -h 10.«dig2:a».«dig1:b».«dig2:c» -u wandb -p'«!pw16:p»' wandb_local -e 'SELECT COUNT(*) FROM runs'
tail -n 200 /var/log/mysql/error.log
''')
P("h62_history_builtin_numbered_curl_user_colon_pass", BASH_HIST, r'''
  «dig3:n»  kubectl -n wandb get pods
  «dig3:m»  curl -sk -u admin:«!pw14:p» https://''' + HOST + r'''/api/v1/health
  «dig3:o»  kubectl -n wandb logs deploy/wandb --since=1h | grep -i error
''')
P("h62_history_histtimeformat_kubectl_from_literal", BASH_HIST, r'''
  «dig3:n»  «TD» kubectl -n wandb get secret
  «dig3:m»  «TD» kubectl -n wandb create secret generic wandb-mysql --from-literal=MYSQL_USER=wandb --from-literal=MYSQL_PASSWORD=«!pw20:p»
  «dig3:o»  «TD» kubectl -n wandb rollout restart deploy/wandb
''')
P("h62_history_modified_entry_asterisk_mysqladmin", BASH_HIST, r'''
  «dig3:n»  ls -la /var/lib/mysql
  «dig3:m»* mysqladmin -u root --password=«!pw18:p» status
  «dig3:o»  history
''')
P("h62_zsh_extended_history_wandb_login_positional_key", ZSH_HIST, r'''
: «TI»:0;cd ~/src/ml-platform
: «TI»:2;wandb login --relogin --host https://''' + HOST + r''' local-«!hex40:k»
: «TI»:14;wandb sync ./wandb/offline-run-«ymd»_«hms»-«lc8»
''')
P("h62_zsh_extended_history_heredoc_env_file_backslash_lines", ZSH_HIST, r'''
: «TI»:0;cat > /opt/wandb/.env <<'EOF'\
MYSQL_USER=wandb\
MYSQL_PASSWORD=«!pw18:p»\
BUCKET=s3://«lc8:b»-wandb-files\
EOF
: «TI»:0;chmod 600 /opt/wandb/.env
''')
P("h62_zsh_extended_history_gh_auth_with_token_pipe", GH_AUTH, r'''
: «TI»:0;echo ghp_«!an36:t» | gh auth login --hostname github.com --with-token
: «TI»:1;gh repo clone «@acme|contoso|initech»/wandb-helm-values
''')
P("h62_fish_history_set_gx_hf_token", FISH_HIST, r'''
- cmd: set -gx HF_TOKEN hf_«!al34:t»
  when: «TI»
- cmd: huggingface-cli whoami
  when: «TI»
''')
P("h62_fish_history_psql_uri_with_paths_block", FISH_HIST, r'''
- cmd: psql "postgresql://wandb:«!pw16:p»@db.«@prod|stage».example.internal:5432/wandb?sslmode=require" -f ./migrations/0042.sql
  when: «TI»
  paths:
    - ./migrations/0042.sql
''')
P("h62_fish_history_aws_configure_set_secret", AWS_CONFIGURE_SET, r'''
- cmd: aws configure set aws_access_key_id AKIA«uc16:a» --profile wandb-bucket
  when: «TI»
- cmd: aws configure set aws_secret_access_key «!b64s40:s» --profile wandb-bucket
  when: «TI»
''')
P("h62_consolehost_history_env_assign_wandb_key", PSREADLINE, r'''
cd C:\Users\«@alice|priya|jdoe»\source\wandb-tests
$env:WANDB_BASE_URL = "https://''' + HOST + r'''"
$env:WANDB_API_KEY = "local-«!hex40:k»"
python .\upload_artifact.py --entity ml-ops
Get-Content .\wandb\debug.log -Tail 50
''')
P("h62_consolehost_history_convertto_securestring_pscredential", PS_SECURESTRING, r'''
$pw = ConvertTo-SecureString "«!pw18:p»" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("CORP\svc-wandb", $pw)
Enter-PSSession -ComputerName wb-win-«dig2» -Credential $cred
''')
P("h62_get_history_table_irm_bearer_header", GET_HISTORY, r'''
PS C:\> Get-History

  Id CommandLine
  -- -----------
   «dig1:a» cd C:\ops
  1«dig1:b» Invoke-RestMethod -Uri https://''' + HOST + r'''/api/v1/users -Headers @{Authorization = "Bearer «!b64u40:t»"}
  2«dig1:c» Get-Date
''')
P("h62_get_history_format_list_docker_login_p", GET_HISTORY, r'''
Id                 : «dig2»
CommandLine        : docker login -u ci-bot -p «!pw20:p» registry.example.com
ExecutionStatus    : Completed
StartExecutionTime : «dd»/11/2024 09:«mm»:«mm»
EndExecutionTime   : «dd»/11/2024 09:«mm»:«mm»
Duration           : 00:00:01.«dig7»
''')
P("h62_powershell_transcript_header_then_set_secret_env", PS_TRANSCRIPT, r'''
**********************
PowerShell transcript start
Start time: «ymd»«hms»
Username: CORP\«@alice|priya|jdoe»
RunAs User: CORP\«@alice|priya|jdoe»
Machine: WB-WIN-«dig2» (Microsoft Windows NT 10.0.20348.0)
Host Application: C:\Program Files\PowerShell\7\pwsh.dll
**********************
PS C:\ops> $env:MINIO_SECRET_KEY = '«!b64u32:s»'
PS C:\ops> .\sync-bucket.ps1 -Bucket wandb-artifacts
''')
# ---- interactive DB sessions
P("h62_mysql_prompt_create_user_identified_by", MYSQL_CREATE_USER, r'''
mysql> CREATE USER 'wandb'@'%' IDENTIFIED BY '«!pw20:p»';
Query OK, 0 rows affected (0.0«dig1» sec)

mysql> GRANT ALL PRIVILEGES ON wandb_local.* TO 'wandb'@'%';
Query OK, 0 rows affected (0.0«dig1» sec)
''')
P("h62_mysql_prompt_alter_user_continuation_arrow", MYSQL_CLIENT, r'''
mysql> ALTER USER 'wandb'@'10.%'
    -> IDENTIFIED WITH caching_sha2_password
    -> BY '«!pw18:p»';
Query OK, 0 rows affected (0.01 sec)
''')
P("h62_mysql_prompt_select_settings_box_table_smtp_password", MYSQL_CLIENT, r'''
mysql> SELECT name, value FROM app_settings WHERE name LIKE 'smtp%';
+---------------+--------------------------+
| name          | value                    |
+---------------+--------------------------+
| smtp_host     | smtp.example.com         |
| smtp_user     | wandb-notify             |
| smtp_password | «!pw24:p» |
+---------------+--------------------------+
3 rows in set (0.00 sec)
''')
P("h62_mysql_vertical_G_output_authentication_string_hash", MYSQL_CLIENT, r'''
mysql> SELECT user, host, plugin, authentication_string FROM mysql.user WHERE user='backup'\G
*************************** 1. row ***************************
                 user: backup
                 host: localhost
               plugin: mysql_native_password
authentication_string: *«!uhex40:h»
1 row in set (0.00 sec)
''')
P("h62_psql_prompt_alter_role_login_password", PG_ALTER_ROLE, r'''
wandb=# ALTER ROLE wandb_app WITH LOGIN PASSWORD '«!pw20:p»' VALID UNTIL '2026-01-01';
ALTER ROLE
wandb=# \du wandb_app
''')
P("h62_psql_rolpassword_scram_verifier_row", PG_AUTHID, r'''
postgres=# SELECT rolname, rolpassword FROM pg_authid WHERE rolname = 'wandb_app';
  rolname  |                                                              rolpassword
-----------+---------------------------------------------------------------------------------------------------------------------------------------
 wandb_app | SCRAM-SHA-256$4096:«b64s22:salt»==$«!b64s43:sk»=:«!b64s43:svk»=
(1 row)
''')
P("h62_psql_connect_meta_conninfo_string", PSQL, r'''
postgres=> \c "host=db-«dig2».example.internal port=5432 dbname=wandb user=reporting password=«!pw16:p» sslmode=verify-full"
SSL connection (protocol: TLSv1.3, cipher: TLS_AES_256_GCM_SHA384, compression: off)
You are now connected to database "wandb" as user "reporting".
''')
P("h62_redis_cli_prompt_auth_user_pass", REDIS_CLI, r'''
127.0.0.1:6379> AUTH wandb-app «!pw20:p»
OK
127.0.0.1:6379> INFO keyspace
# Keyspace
db0:keys=«dig4»,expires=«dig3»,avg_ttl=«dig6»
''')
P("h62_redis_cli_acl_setuser_gt_password", REDIS_ACL, r'''
127.0.0.1:6379> ACL SETUSER wandb-cache on >«!pw22:p» ~wandb:* &* +@all -@dangerous
OK
127.0.0.1:6379> ACL WHOAMI
"default"
''')
P("h62_redis_cli_config_get_masterauth_reply", REDIS_CLI, r'''
redis-«dig1».redis:6379> CONFIG GET masterauth
1) "masterauth"
2) "«!pw24:p»"
redis-«dig1».redis:6379> CONFIG GET maxmemory
1) "maxmemory"
2) "0"
''')
P("h62_mongosh_prompt_create_user_pwd_field", MONGO_CREATEUSER, r'''
admin> db.createUser({ user: "wandb", pwd: "«!pw20:p»", roles: [ { role: "readWrite", db: "wandb" } ] })
{ ok: 1 }
admin> db.getUser("wandb").roles
[ { role: 'readWrite', db: 'wandb' } ]
''')
P("h62_mongosh_shell_cmd_uri_then_banner_credentials_hidden", MONGOSH, r'''
$ mongosh "mongodb://admin:«!pw18:p»@10.«dig2».0.«dig1»:27017/?authSource=admin"
Current Mongosh Log ID: «hex24»
Connecting to:          mongodb://<credentials>@10.«dig2».0.«dig1»:27017/?authSource=admin&directConnection=true&appName=mongosh+2.2.«dig1»
Using MongoDB:          7.0.«dig1»
Using Mongosh:          2.2.«dig1»
''')
P("h62_mongosh_find_output_document_password_field", MONGOSH, r'''
wandb> db.integrations.find({ kind: "smtp" })
[
  {
    _id: ObjectId('«hex24»'),
    kind: 'smtp',
    host: 'smtp.example.com',
    username: 'notify@example.com',
    password: '«!pw20:p»'
  }
]
''')
P("h62_sqlplus_connect_user_slash_pass_at_easy_connect", SQLPLUS, r'''
SQL> connect system/«!pw16:p»@//ora-«dig2».example.internal:1521/ORCLPDB1
Connected.
SQL> show user
USER is "SYSTEM"
''')
P("h62_sqlplus_alter_user_identified_by_replace", ORA_ALTER_USER, r'''
SQL> ALTER USER wandb_app IDENTIFIED BY "«!pw18:new»" REPLACE "«!pw18:old»";

User altered.

SQL> exit
''')
P("h62_sqlplus_create_database_link_connect_to", ORA_ALTER_USER, r'''
SQL> CREATE DATABASE LINK wandb_reporting
  2  CONNECT TO reporting IDENTIFIED BY "«!pw16:p»"
  3  USING 'ORA-«dig2»/REPORTS';

Database link created.
''')
P("h62_script_typescript_osc_title_bracketed_paste_export", SCRIPT_1, r'''
Script started on «TD»+00:00 [TERM="xterm-256color" TTY="/dev/pts/«dig1»" COLUMNS="«dig3»" LINES="«dig2»"]
␛]0;root@wb-«dig2»: ~␇␛[?2004hroot@wb-«dig2»:~# export MINIO_ROOT_PASSWORD='«!pw24:p»'⏎
␛[?2004l⏎
␛]0;root@wb-«dig2»: ~␇␛[?2004hroot@wb-«dig2»:~# docker compose up -d minio⏎
␛[?2004l⏎
[+] Running 1/1⏎
''')
P("h62_script_typescript_colored_prompt_htpasswd_b", HTPASSWD, r'''
␛[01;32m«@alice|priya|jdoe»@wb-gw␛[00m:␛[01;34m/etc/nginx␛[00m$ sudo htpasswd -bB /etc/nginx/.htpasswd wandb-admin «!pw18:p»⏎
Adding password for user wandb-admin⏎
␛[01;32m«@alice|priya|jdoe»@wb-gw␛[00m:␛[01;34m/etc/nginx␛[00m$ sudo nginx -s reload⏎
''')
P("h62_bash_history_openssl_pkcs12_passout_pass", OPENSSL_PKCS12, r'''
openssl req -new -key wandb.key -out wandb.csr -subj "/CN=''' + HOST + r'''"
openssl pkcs12 -export -in wandb.crt -inkey wandb.key -out wandb.p12 -passout pass:«!pw20:p»
scp wandb.p12 admin@10.«dig2».«dig1».«dig2»:/tmp/
''')
P("h62_bash_history_git_clone_oauth2_glpat_userinfo", GITLAB_PAT, r'''
git clone https://oauth2:glpat-«!b64u20:t»@gitlab.example.com/ml/wandb-deploy.git
cd wandb-deploy && git checkout release/«dig1».«dig2»
''')
P("h62_bash_history_helm_set_mysql_password", HELM_SET, r'''
helm repo update
helm upgrade --install wandb wandb/operator -n wandb --set mysql.password=«!pw20:p» --set global.host=https://''' + HOST + r'''
kubectl -n wandb get pods -w
''')
P("h62_bash_history_curl_json_login_body", CURL, r'''
curl -s -X POST https://''' + HOST + r'''/api/login -H 'Content-Type: application/json' -d '{"username":"admin","password":"«!pw18:p»"}' | jq .
''')
P("h62_bash_history_wget_http_password_flag", WGET, r'''
wget --http-user=ops --http-password=«!pw16:p» https://files.example.com/wandb/bundles/wandb-server-0.«dig2».«dig1».tgz
tar xzf wandb-server-0.*.tgz
''')
P("h62_bash_history_docker_run_two_mysql_env_flags", DOCKER_LOGIN, r'''
docker run -d --name wandb-mysql -e MYSQL_ROOT_PASSWORD=«!pw20:r» -e MYSQL_DATABASE=wandb_local -e MYSQL_USER=wandb -e MYSQL_PASSWORD=«!pw20:p» mysql:8.0
docker logs -f wandb-mysql
''')
P("h62_bash_history_echo_pipe_password_stdin", DOCKER_LOGIN, r'''
echo '«!pw22:p»' | docker login registry.example.com --username ci-bot --password-stdin
docker pull registry.example.com/wandb/local:0.«dig2».«dig1»
''')
# ---- runbooks and wiki exports
P("h62_markdown_prose_root_pw_is_inline_code", GFM, r'''
## MySQL (wandb-mysql-«dig2»)

The MySQL root pw is `«!pw18:p»` (rotate after the upgrade, see OPS-«dig4»).
Connect from the bastion only: `mysql -h 10.«dig2».«dig1».«dig2» -u root -p`.
''')
P("h62_markdown_table_credentials_password_column", GFM, r'''
| Service | Host | User | Password | Notes |
|---------|------|------|----------|-------|
| MySQL | db-«dig2».example.internal | wandb | «!pw16:p» | primary |
| MinIO console | minio.example.internal:9001 | minioadmin | «!pw20:q» | bucket wandb-files |
| Grafana | grafana.example.internal | admin | «!pw14:r» | read-only dashboards |
''')
P("h62_markdown_fenced_bash_block_exports", GFM, r'''
### Restore the staging instance

```bash
export MYSQL_HOST=db-staging.example.internal
export MYSQL_PASSWORD='«!pw20:p»'
export WANDB_LICENSE_FILE=/opt/wandb/license.txt
./restore.sh --from s3://«lc8»-wandb-backup/«ymd»
```
''')
P("h62_markdown_list_item_bold_label_user_slash_pass", GFM, r'''
**Access for the upgrade window**

- **W&B admin UI:** https://''' + HOST + r'''/admin
- **Admin login:** admin@example.com / «!pw18:p»
- **Bastion:** ssh ops@bastion.example.com (key in the team vault)
''')
P("h62_markdown_blockquote_use_key_to_log_in", GFM, r'''
> **Note**
> Until SSO is fixed, use `local-«!hex40:k»` to log in as the `ci-service` user
> (`wandb login --host https://''' + HOST + r'''`).
''')
P("h62_markdown_details_summary_collapsed_credentials", GFM, r'''
<details>
<summary>Temporary credentials (delete after «@Friday|the cutover|go-live»)</summary>

S3 access key: `AKIA«uc16»`
S3 secret key: `«!b64s40:s»`

</details>
''')
P("h62_markdown_html_comment_hidden_admin_pw", GFM, r'''
## Admin access

Use SSO (Okta app "W&B Server").
<!-- TEMP: local admin fallback is admin / «!pw16:p» -- remove after go-live -->
''')
P("h62_markdown_prose_use_password_to_log_in_console", GFM, r'''
2. Open the MinIO console at https://minio.example.internal:9001 and use «!pw20:p» to log in as `minioadmin`.
3. Create the bucket `wandb-artifacts` and enable versioning.
''')
P("h62_confluence_storage_code_macro_cdata_env", CONFLUENCE_STORAGE, r'''
<h2>Restart procedure</h2>
<ac:structured-macro ac:name="code" ac:schema-version="1" ac:macro-id="«uuid»"><ac:parameter ac:name="language">bash</ac:parameter><ac:parameter ac:name="title">wandb.env</ac:parameter><ac:plain-text-body><![CDATA[MYSQL=mysql://wandb:«!pw18:p»@db-«dig2».example.internal:3306/wandb_local
BUCKET=s3://wandb-files
]]></ac:plain-text-body></ac:structured-macro>
''')
P("h62_confluence_storage_table_td_password_cell", CONFLUENCE_STORAGE, r'''
<table data-layout="default"><colgroup><col /><col /><col /></colgroup><tbody>
<tr><th><p>System</p></th><th><p>Account</p></th><th><p>Password</p></th></tr>
<tr><td><p>wandb-mysql</p></td><td><p>wandb</p></td><td><p>«!pw18:p»</p></td></tr>
<tr><td><p>wandb-redis</p></td><td><p>default</p></td><td><p>«!pw22:q»</p></td></tr>
</tbody></table>
''')
P("h62_confluence_html_export_pre_syntaxhighlighter", CONFLUENCE_HTML_EXPORT, r'''
<div class="code panel pdl" style="border-width: 1px;"><div class="codeContent panelContent pdl">
<pre class="syntaxhighlighter-pre" data-syntaxhighlighter-params="brush: bash; gutter: false; theme: Confluence" data-theme="Confluence">kubectl -n wandb create secret generic wandb-bucket \
  --from-literal=ACCESS_KEY=AKIA«uc16» \
  --from-literal=SECRET_KEY=«!b64s40:s»</pre>
</div></div>
''')
P("h62_confluence_page_properties_details_macro_row", CONFLUENCE_STORAGE, r'''
<ac:structured-macro ac:name="details" ac:schema-version="1"><ac:rich-text-body><table><tbody>
<tr><th>Owner</th><td><ac:link><ri:user ri:account-id="«hex24»" /></ac:link></td></tr>
<tr><th>Service account</th><td>svc-wandb-ldap</td></tr>
<tr><th>Bind password</th><td><code>«!pw20:p»</code></td></tr>
</tbody></table></ac:rich-text-body></ac:structured-macro>
''')
P("h62_asciidoc_source_block_yaml_listing", ASCIIDOC, r'''
.values-override.yaml
[source,yaml]
----
mysql:
  host: db-«dig2».example.internal
  user: wandb
  password: «!pw20:p»
----
''')
P("h62_asciidoc_psv_table_password_cells", ASCIIDOC, r'''
[cols="1,1,1",options="header"]
|===
|Host |User |Password
|wb-app-«dig2» |root |«!pw16:p»
|wb-db-«dig2» |root |«!pw16:q»
|===
''')
P("h62_asciidoc_attribute_entry_password", ASCIIDOC, r'''
= W&B Server runbook
:toc:
:db-host: db-«dig2».example.internal
:db-password: «!pw18:p»

Connect with `mysql -h {db-host} -u wandb -p`.
''')
P("h62_asciidoc_admonition_note_bold_password", ASCIIDOC, r'''
NOTE: The temporary root password for the new MySQL instance is *«!pw16:p»*.
Change it on first login.
''')
P("h62_rst_code_block_console_export", RST, r'''
Restoring the bucket
--------------------

.. code-block:: console

   $ export AWS_ACCESS_KEY_ID=AKIA«uc16»
   $ export AWS_SECRET_ACCESS_KEY=«!b64s40:s»
   $ aws s3 sync s3://wandb-backup/«ymd» s3://wandb-files
''')
P("h62_rst_field_list_credentials", RST, r'''
Staging database
================

:Host: db-staging.example.internal
:Port: 5432
:User: wandb
:Password: «!pw18:p»
''')
P("h62_rst_grid_table_password_cell", RST, r'''
+-------------+----------+----------------------+
| Service     | User     | Password             |
+=============+==========+======================+
| ldap bind   | svc-wb   | «!pw20:p» |
+-------------+----------+----------------------+
''')
P("h62_rst_substitution_definition_replace_key", RST, r'''
.. |api_key| replace:: local-«!hex40:k»

Run ``wandb login --host https://''' + HOST + r''' |api_key|`` on the runner.
''')
P("h62_rst_literal_block_double_colon_psql_uri", RST, r'''
Connect with::

    psql "postgresql://wandb:«!pw16:p»@db.example.internal:5432/wandb"

Then run ``\dt`` to check the migrations.
''')
P("h62_orgmode_src_block_sh_tramp_dir", ORG, r'''
* Rotate bucket credentials
#+BEGIN_SRC sh :dir /ssh:ops@wb-«dig2».example.internal:/opt/wandb
export BUCKET_SECRET_KEY=«!b64s40:s»
docker compose up -d wandb
#+END_SRC
''')
P("h62_orgmode_properties_drawer_password", ORG_PROPS, r'''
** wandb-mysql-«dig2»
   :PROPERTIES:
   :HOST:     db-«dig2».example.internal
   :USER:     wandb
   :PASSWORD: «!pw18:p»
   :END:
''')
P("h62_orgmode_table_row_password", ORG, r'''
| host       | user  | password       |
|------------+-------+----------------|
| wb-«dig2»    | root  | «!pw16:p» |
| minio-«dig1»   | admin | «!pw16:q» |
''')
P("h62_orgmode_header_var_token", ORG, r'''
#+HEADER: :var token="«!b64u40:t»"
#+BEGIN_SRC sh :results output
curl -s -H "Authorization: Bearer $token" https://''' + HOST + r'''/api/v1/version
#+END_SRC
''')
P("h62_notion_export_md_property_lines", NOTION_EXPORT, r'''
# W&B staging instance

Owner: «@Alice Ng|Priya Raman|John Doe»
Status: Active
Admin password: «!pw18:p»
Created: «@March|April|May» «dd», 2024 «dig1»:«mm» PM
Tags: infra, wandb
''')
P("h62_notion_export_database_csv_password_column", NOTION_EXPORT, r'''
Name,Environment,Username,Password,Last edited time
MySQL primary,prod,wandb,«!pw16:p»,"«@March|April|May» «dd», 2024 «dig1»:«mm» PM"
MinIO,prod,minioadmin,«!pw20:q»,"«@March|April|May» «dd», 2024 «dig1»:«mm» AM"
''')
P("h62_notion_export_aside_callout_token", NOTION_EXPORT, r'''
<aside>
💡 CI uses the service token `local-«!hex40:k»` (team **ml-platform**). Do not share outside #wandb-ops.

</aside>
''')
# ---- CSV / TSV inventories
P("h62_csv_inventory_ssh_password_column", RFC4180, r'''
hostname,ip,os,ssh_user,ssh_password,owner
wb-app-01,10.«dig2».1.11,Ubuntu 22.04,ubuntu,«!pw14:p»,ml-platform
wb-app-02,10.«dig2».1.12,Ubuntu 22.04,ubuntu,«!pw14:q»,ml-platform
wb-db-01,10.«dig2».2.21,RHEL 9.3,root,«!pw14:r»,dba
''')
P("h62_csv_quoted_notes_with_commas_after_password", RFC4180, r'''
"host","ip","user","password","notes"
"wb-db-«dig2»","10.«dig2».«dig1».«dig2»","root","«!pw16:p»","primary, do not reboot, see OPS-«dig4»"
''')
P("h62_csv_notes_cell_prose_root_pw_is", RFC4180, r'''
asset_tag,hostname,location,notes
AT-«dig5»,wb-gpu-«dig2»,"DC2, rack «dig2»","root pw is «!pw16:p», iDRAC user root"
''')
P("h62_tsv_inventory_tab_separated_password", RFC4180, r'''
host⇥role⇥admin_user⇥admin_password⇥ticket
wb-«dig2»⇥app⇥admin⇥«!pw18:p»⇥OPS-«dig4»
wb-«dig2»⇥worker⇥admin⇥«!pw18:q»⇥OPS-«dig4»
''')
P("h62_csv_semicolon_excel_de_passwort", RFC4180, r'''
Host;Benutzer;Passwort;Kommentar
wb-app-«dig2».example.internal;admin;«!pw16:p»;Produktion
wb-test-«dig2».example.internal;admin;«!pw16:q»;Test
''')
P("h62_aws_console_credentials_csv_download", AWS_IAM_CSV, r'''
User name,Password,Access key ID,Secret access key,Console login link
wandb-bucket-sync,«!pw16:p»,AKIA«uc16»,«!b64s40:s»,https://«dig12».signin.aws.amazon.com/console
''')
P("h62_csv_ansible_style_inventory_become_password", RFC4180, r'''
name,ansible_host,ansible_user,ansible_password,ansible_become_password
wb-app-1,10.«dig2».0.«dig2»,deploy,«!pw16:p»,«!pw16:q»
''')
P("h62_mysql_batch_tsv_output_user_hash", MYSQL_CLIENT, r'''
$ mysql -B -e "SELECT user,host,authentication_string FROM mysql.user WHERE plugin='mysql_native_password'"
user⇥host⇥authentication_string
wandb⇥%⇥*«!uhex40:h»
backup⇥localhost⇥*«!uhex40:g»
''')
# ---- password-manager exports
P("h62_bitwarden_json_export_login_item", BW_EXPORT, r'''
    {
      "id": "«uuid:i»",
      "organizationId": null,
      "folderId": "«uuid:f»",
      "type": 1,
      "name": "W&B Server admin",
      "favorite": false,
      "login": {
        "uris": [ { "match": null, "uri": "https://''' + HOST + r'''" } ],
        "username": "admin@example.com",
        "password": "«!pw20:p»",
''')
P("h62_bitwarden_json_export_hidden_custom_field", BW_EXPORT, r'''
      "name": "wandb-ci service account",
      "fields": [
        { "name": "entity", "value": "ml-platform", "type": 0, "linkedId": null },
        { "name": "api_key", "value": "local-«!hex40:k»", "type": 1, "linkedId": null }
      ],
''')
P("h62_bitwarden_json_export_totp_otpauth_secret", OTPAUTH, r'''
      "login": {
        "uris": [ { "match": null, "uri": "https://grafana.example.internal" } ],
        "username": "ops-admin",
        "password": "«!pw18:p»",
        "totp": "otpauth://totp/Grafana:ops-admin?secret=«!bt32:s»&issuer=Grafana"
      },
''')
P("h62_bitwarden_csv_export_row", BW_CSV, r'''
folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp
Infra,,login,wandb-mysql,"primary db, 3306",,0,mysql://db-«dig2».example.internal,wandb,«!pw18:p»,
''')
P("h62_bitwarden_csv_fields_column_custom_key", BW_CSV, r'''
folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp
Infra,1,login,MinIO,,"access_key: «uc20»
secret_key: «!b64u40:s»",0,https://minio.example.internal:9001,minioadmin,«!pw18:p»,
''')
P("h62_onepassword_1pux_export_data_loginfields", OP_1PUX, r'''
            "details": {
              "loginFields": [
                { "value": "wandb-admin", "id": "", "name": "username", "fieldType": "T", "designation": "username" },
                { "value": "«!pw20:p»", "id": "", "name": "password", "fieldType": "P", "designation": "password" }
              ],
              "notesPlain": "W&B Server local admin",
''')
P("h62_onepassword_1pux_section_concealed_value", OP_1PUX, r'''
              "sections": [
                { "title": "Database", "name": "«lc26»", "fields": [
                  { "title": "host", "id": "«lc26:a»", "value": { "string": "db-«dig2».example.internal" }, "indexAtSource": 0, "guarded": false, "multiline": false, "dontGenerate": false },
                  { "title": "password", "id": "«lc26:b»", "value": { "concealed": "«!pw22:p»" }, "indexAtSource": 1, "guarded": false, "multiline": false, "dontGenerate": false }
                ] }
              ],
''')
P("h62_onepassword_1pux_password_history_values", OP_1PUX, r'''
              "passwordHistory": [
                { "value": "«!pw18:a»", "time": «TI» },
                { "value": "«!pw18:b»", "time": «TI» }
              ]
''')
P("h62_keepass_xml_entry_string_password_protected", KEEPASS_XML, r'''
<Entry>
	<UUID>«b64s22»==</UUID>
	<String><Key>Title</Key><Value>wandb mysql</Value></String>
	<String><Key>UserName</Key><Value>wandb</Value></String>
	<String><Key>Password</Key><Value ProtectInMemory="True">«!pw20:p»</Value></String>
	<String><Key>URL</Key><Value>mysql://db-«dig2».example.internal:3306</Value></String>
</Entry>
''')
P("h62_keepass_xml_custom_string_api_token", KEEPASS_XML, r'''
	<String>
		<Key>API token</Key>
		<Value ProtectInMemory="True">hf_«!al34:t»</Value>
	</String>
	<String>
		<Key>Notes</Key>
		<Value>read scope, used by the dataset sync job</Value>
	</String>
''')
P("h62_keepassxc_csv_export_row", KEEPASSXC_CSV, r'''
"Group","Title","Username","Password","URL","Notes","TOTP","Icon","Last Modified","Created"
"Root/Infra","W&B admin","admin","«!pw18:p»","https://''' + HOST + r'''","break-glass account","","0","«T»","«T»"
''')
P("h62_lastpass_csv_export_row", LASTPASS_CSV, r'''
url,username,password,totp,extra,name,grouping,fav
https://''' + HOST + r'''/login,admin@example.com,«!pw18:p»,,,W&B Server,Shared-Infra,0
''')
P("h62_lastpass_csv_secure_note_multiline_extra", LASTPASS_CSV, r'''
url,username,password,totp,extra,name,grouping,fav
http://sn,,,,"NoteType:Database
Type:mysql
Hostname:db-«dig2».example.internal
Port:3306
Database:wandb_local
Username:wandb
Password:«!pw18:p»
Notes:",wandb mysql,Shared-Infra,0
''')
P("h62_onepassword_csv_export_row_otpauth", OP_1PUX, r'''
Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes
W&B admin,https://''' + HOST + r''',admin,«!pw18:p»,,false,false,infra,
''')
# ---- ticket and chat exports
P("h62_jira_issue_json_comment_body_prose_password", JIRA_ISSUE, r'''
      "comment": {
        "comments": [
          {
            "id": "«dig5»",
            "author": { "accountId": "«hex24»", "displayName": "«@Alice Ng|Priya Raman|John Doe»" },
            "body": "Reset done. The new password for the wandb DB user is «!pw18:p» - please update the Helm values and close.",
            "created": "«TJ»",
            "updated": "«TJ»"
          }
        ],
''')
P("h62_jira_adf_description_text_node_token", JIRA_ADF, r'''
    "description": {
      "type": "doc",
      "version": 1,
      "content": [
        { "type": "paragraph", "content": [ { "type": "text", "text": "Runner cannot log in. Key used: " }, { "type": "text", "text": "local-«!hex40:k»", "marks": [ { "type": "code" } ] } ] }
      ]
    },
''')
P("h62_jira_wiki_markup_code_block_in_comment_json", JIRA_WIKI, r'''
            "body": "Repro steps:\n{code:bash}\nexport WANDB_BASE_URL=https://''' + HOST + r'''\nexport WANDB_API_KEY=local-«!hex40:k»\nwandb artifact get ml/data:v3\n{code}\nFails with 502.",
''')
P("h62_jira_changelog_item_tostring_description", JIRA_ISSUE, r'''
        {
          "id": "«dig6»",
          "created": "«TJ»",
          "items": [
            { "field": "description", "fieldtype": "jira", "fieldId": "description", "from": null, "fromString": "LDAP sync fails", "to": null, "toString": "LDAP sync fails. bind DN cn=svc-wandb,ou=svc,dc=example,dc=com / bind pw «!pw20:p»" }
          ]
        }
''')
P("h62_jira_rendered_fields_html_comment_tt", JIRA_ISSUE, r'''
  "renderedFields": {
    "comment": { "comments": [ { "id": "«dig5»", "body": "<p>Use <tt>«!pw18:p»</tt> for the <tt>minioadmin</tt> user until we rotate.</p>", "created": "«dd»/Mar/24 «dig1»:«mm» PM" } ] }
  },
''')
P("h62_slack_export_message_text_prose_password", SLACK_EXPORT, r'''
    {
        "client_msg_id": "«uuid»",
        "type": "message",
        "text": "<@U«uc10»> the admin password on the new wandb box is «!pw16:p» btw, change it after you log in",
        "user": "U«uc10:u»",
        "ts": "«TU»",
        "team": "T«uc10:team»",
''')
P("h62_slack_export_rich_text_preformatted_block", SLACK_BLOCKS, r'''
        "blocks": [
            {
                "type": "rich_text",
                "block_id": "«an5»",
                "elements": [
                    { "type": "rich_text_section", "elements": [ { "type": "text", "text": "here is what I ran:\n" } ] },
                    { "type": "rich_text_preformatted", "elements": [ { "type": "text", "text": "aws s3 ls s3:\/\/wandb-files --profile wb\nAWS_SECRET_ACCESS_KEY=«!b64s40:s»" } ] }
                ]
            }
        ],
''')
P("h62_slack_export_bot_message_attachment_fallback_token", SLACK_TOKENS, r'''
    {
        "type": "message",
        "subtype": "bot_message",
        "text": "",
        "ts": "«TU»",
        "bot_id": "B«uc10»",
        "attachments": [ { "id": 1, "color": "d00000", "fallback": "deploy failed: SLACK_BOT_TOKEN=xoxb-«dig12»-«dig13»-«!an24:t» rejected", "text": "deploy failed" } ]
    },
''')
P("h62_slack_export_file_snippet_preview", SLACK_EXPORT, r'''
        "files": [
            {
                "id": "F«uc10»",
                "created": «TI»,
                "name": "values.yaml",
                "mode": "snippet",
                "filetype": "yaml",
                "preview": "mysql:\n  host: db.example.internal\n  password: «!pw20:p»\nredis:\n  host: redis.example.internal",
                "lines": «dig2»
            }
        ],
''')
P("h62_teams_graph_chatmessage_html_body_code", TEAMS_GRAPH, r'''
{
  "id": "«TM»",
  "messageType": "message",
  "createdDateTime": "«T»",
  "from": { "user": { "id": "«uuid»", "displayName": "«@Alice Ng|Priya Raman|John Doe»", "userIdentityType": "aadUser" } },
  "body": { "contentType": "html", "content": "<p>new bind password for svc-wandb: <code>«!pw20:p»</code></p>" },
  "attachments": []
}
''')
P("h62_teams_graph_chatmessage_nbsp_entities_token", TEAMS_GRAPH, r'''
  "body": {
    "contentType": "html",
    "content": "<div><div>try&nbsp;this&nbsp;key:&nbsp;local-«!hex40:k»</div><div>&nbsp;</div></div>"
  },
''')
P("h62_mattermost_bulk_export_post_line", MATTERMOST_BULK, r'''
{"type":"post","post":{"team":"ml-platform","channel":"wandb-ops","user":"«@alice|priya|jdoe»","message":"db creds for the migration: wandb / «!pw18:p» (expires friday)","props":{},"create_at":«TM»,"flagged_by":null,"reactions":null,"replies":null,"attachments":null}}
''')
P("h62_mattermost_bulk_export_direct_post_code_fence", MATTERMOST_BULK, r'''
{"type":"direct_post","direct_post":{"channel_members":["«@alice|priya»","«@jdoe|bob.ng»"],"user":"«@alice|priya»","message":"```\nMINIO_ROOT_USER=minioadmin\nMINIO_ROOT_PASSWORD=«!pw24:p»\n```","create_at":«TM»}}
''')
P("h62_discord_exporter_json_reply_code_block", DISCORD_EXPORTER, r'''
    {
      "id": "«dig19»",
      "type": "Reply",
      "timestamp": "«T»",
      "isPinned": false,
      "content": "that works, I used ```wandb login --host https://''' + HOST + r''' local-«!hex40:k»``` on the runner",
      "author": { "id": "«dig18»", "name": "«@alice|priya|jdoe»", "discriminator": "0000", "isBot": false },
      "reference": { "messageId": "«dig19:r»", "channelId": "«dig19:c»", "guildId": "«dig18:g»" }
    },
''')
P("h62_eml_forwarded_plain_quoted_reply_pw", RFC2045, r'''
---------- Forwarded message ---------
From: «@Alice Ng|Priya Raman» <ops@example.com>
Date: «TR»
Subject: Re: W&B Server install
To: <support@example.com>

> Hi, the MySQL password you asked for is «!pw16:p»
> and the user is wandb.
''')
P("h62_eml_quoted_printable_eq3d_env_line", RFC2045, r'''
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Here is the env file from the failing pod, as it was on the node =E2=80=93 =
hope it helps:
MYSQL_PASSWORD=3D«!pw18:p»
BUCKET=3Ds3://wandb-files
''')
P("h62_eml_base64_text_part_with_password", RFC2045, r'''
--«hex28:b»
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

«!pw16:p|b64tail:the new admin password is »
--«hex28:b»--
''')
P("h62_eml_rfc2047_encoded_subject_with_password", RFC2047, r'''
From: «@alice|priya|jdoe»@example.com
To: support@example.com
Subject: =?UTF-8?B?«!pw14:p|b64tail:wandb admin pw: »?=
Date: «TR»
Message-ID: <«hex16»@mail.example.com>
''')
P("h62_eml_html_part_quoted_printable_td", RFC2045, r'''
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<table border=3D"1"><tr><td>user</td><td>wandb</td></tr>
<tr><td>password</td><td>«!pw18:p»</td></tr></table>
''')
P("h62_eml_outlook_forward_header_block_nested_quote", RFC2045, r'''
From: «@Alice Ng|Priya Raman» <alice@example.com>
Sent: «@Monday|Tuesday|Thursday», «@March|April» «dd», 2024 «dig1»:«mm» PM
To: W&B Support <support@example.com>
Subject: RE: bucket access

>> S3 secret for the wandb-files bucket: «!b64s40:s»
>> (access key AKIA«uc16»)
''')
# ---- Jupyter notebooks
P("h62_ipynb_source_sqlalchemy_create_engine_url", NBFORMAT, r'''
   "source": [
    "from sqlalchemy import create_engine\n",
    "engine = create_engine(\"mysql+pymysql://wandb:«!pw18:p»@db.example.internal:3306/wandb_local\")\n",
    "pd.read_sql(\"SELECT COUNT(*) FROM runs\", engine)"
   ]
''')
P("h62_ipynb_source_wandb_login_key_kwarg", WANDB_LOGIN, r'''
  {
   "cell_type": "code",
   "execution_count": «dig1»,
   "id": "«hex8»",
   "metadata": {},
   "outputs": [],
   "source": [
    "import wandb\n",
    "wandb.login(key=\"local-«!hex40:k»\", host=\"https://''' + HOST + r'''\")"
   ]
  },
''')
P("h62_ipynb_stream_stderr_debug_print_env", NBFORMAT, r'''
     {
      "name": "stderr",
      "output_type": "stream",
      "text": [
       "DEBUG env: WANDB_BASE_URL=https://''' + HOST + r''' WANDB_ENTITY=ml-ops\n",
       "DEBUG env: MINIO_SECRET_KEY=«!b64u32:s»\n"
      ]
     }
''')
P("h62_ipynb_execute_result_text_plain_env_value_repr", NBFORMAT, r'''
     {
      "data": {
       "text/plain": [
        "'«!pw20:p»'"
       ]
      },
      "execution_count": «dig2»,
      "metadata": {},
      "output_type": "execute_result"
     }
''')
P("h62_ipynb_markdown_cell_prose_credentials", NBFORMAT, r'''
  {
   "cell_type": "markdown",
   "id": "«hex8»",
   "metadata": {},
   "source": [
    "## Setup\n",
    "Bucket creds (temporary): access key `AKIA«uc16»`, secret `«!b64s40:s»`.\n"
   ]
  },
''')
P("h62_ipynb_bang_mc_alias_set_source", NBFORMAT, r'''
   "source": [
    "!mc alias set wbminio http://minio.example.internal:9000 minioadmin «!pw20:p»\n",
    "!mc ls wbminio/wandb-files | head"
   ]
''')
P("h62_ipynb_error_traceback_ansi_dsn_in_frame", NBFORMAT, r'''
      "output_type": "error",
      "ename": "OperationalError",
      "evalue": "(2003, \"Can't connect to MySQL server on 'db.example.internal' (timed out)\")",
      "traceback": [
       "\u001b[0;31m---------------------------------------------------------------------------\u001b[0m",
       "\u001b[0;32m<ipython-input-«dig1»-«hex12»>\u001b[0m in \u001b[0;36m<module>\u001b[0;34m\u001b[0m\n\u001b[0;32m----> 1\u001b[0;31m \u001b[0mconn\u001b[0m \u001b[0;34m=\u001b[0m \u001b[0mpymysql\u001b[0m\u001b[0;34m.\u001b[0m\u001b[0mconnect\u001b[0m\u001b[0;34m(\u001b[0m\u001b[0mhost\u001b[0m\u001b[0;34m=\u001b[0m\u001b[0;34m\"db.example.internal\"\u001b[0m\u001b[0;34m,\u001b[0m \u001b[0mpassword\u001b[0m\u001b[0;34m=\u001b[0m\u001b[0;34m\"«!pw16:p»\"\u001b[0m\u001b[0;34m)\u001b[0m\u001b[0;34m\u001b[0m\u001b[0;34m\u001b[0m\u001b[0m\n"
      ]
''')
P("h62_ipynb_dotenv_set_key_call_source", NBFORMAT, r'''
   "source": [
    "from dotenv import set_key\n",
    "set_key(\".env\", \"HF_TOKEN\", \"hf_«!al34:t»\")\n",
    "set_key(\".env\", \"WANDB_PROJECT\", \"llm-eval\")"
   ]
''')
# ---- scripts
P("h62_makefile_conditional_assign_db_password", GNU_MAKE, r'''
REGISTRY ?= registry.example.com
DB_USER  ?= wandb
DB_PASS  ?= «!pw18:p»

migrate:
	docker run --rm -e DB_USER=$(DB_USER) -e DB_PASS=$(DB_PASS) $(REGISTRY)/wandb-migrate:latest
''')
P("h62_makefile_recipe_tab_docker_login_p", GNU_MAKE, r'''
.PHONY: push
push:
	docker login -u ci-bot -p «!pw20:p» $(REGISTRY)
	docker push $(REGISTRY)/wandb-tools:$(VERSION)
''')
P("h62_makefile_export_simply_expanded_key", GNU_MAKE, r'''
export WANDB_BASE_URL := https://''' + HOST + r'''
export WANDB_API_KEY := local-«!hex40:k»

smoke:
	python -m tests.smoke
''')
P("h62_justfile_export_assignment_quoted_key", JUST, r'''
set shell := ["bash", "-uc"]

export WANDB_API_KEY := "local-«!hex40:k»"
host := "https://''' + HOST + r'''"

login:
    wandb login --host {{host}}
''')
P("h62_justfile_recipe_inline_mysql_pwd", JUST, r'''
# dump the W&B metadata db
dump:
    MYSQL_PWD='«!pw18:p»' mysqldump -h db.example.internal -u wandb --single-transaction wandb_local > dump-$(date +%F).sql
''')
P("h62_taskfile_yml_env_block_secret", TASKFILE, r'''
version: '3'

env:
  WANDB_BASE_URL: https://''' + HOST + r'''
  MINIO_SECRET_KEY: «!b64u32:s»

tasks:
  sync:
    cmds:
      - mc mirror ./artifacts wbminio/wandb-files
''')
P("h62_taskfile_yml_vars_and_cmd_flag_password", TASKFILE, r'''
vars:
  DB_HOST: db.example.internal
tasks:
  backup:
    cmds:
      - pg_dump "host={{.DB_HOST}} user=wandb password=«!pw18:p» dbname=wandb" -Fc -f wandb.dump
''')
P("h62_ps1_param_block_default_password", PS_SECURESTRING, r'''
param(
    [string]$Server = "wb-win-«dig2»",
    [string]$AdminUser = "CORP\svc-wandb",
    [string]$AdminPassword = "«!pw18:p»"
)
$sec = ConvertTo-SecureString $AdminPassword -AsPlainText -Force
''')
P("h62_ps1_irm_basic_authorization_header", PS_IRM, r'''
$headers = @{ Authorization = "Basic «!pw16:p|basic:admin»" }
Invoke-RestMethod -Uri "https://''' + HOST + r'''/api/v1/system/status" -Headers $headers -Method Get
''')
P("h62_ps1_set_item_env_drive_value", PS_SECURESTRING, r'''
Set-Item -Path Env:AWS_ACCESS_KEY_ID -Value 'AKIA«uc16»'
Set-Item -Path Env:AWS_SECRET_ACCESS_KEY -Value '«!b64s40:s»'
aws s3 ls s3://wandb-files --region us-east-1
''')
P("h62_bat_net_user_add_password", NET_USER, r'''
@echo off
rem create local service account for the W&B agent
net user svc_wandb «!pw16:p» /add /expires:never
net localgroup Administrators svc_wandb /add
''')
P("h62_bat_set_quoted_whole_assignment", CMD_SET, r'''
@echo off
setlocal
set "WANDB_BASE_URL=https://''' + HOST + r'''"
set "WANDB_API_KEY=local-«!hex40:k»"
python train.py --epochs 3
endlocal
''')
P("h62_cmd_setx_machine_secret", CMD_SETX, r'''
C:\ops>setx /M AZURE_STORAGE_KEY "«!b64s86:s»=="

SUCCESS: Specified value was saved.
''')
P("h62_cmd_cmdkey_generic_pass", CMDKEY, r'''
C:\Users\ops>cmdkey /generic:''' + HOST + r''' /user:admin /pass:«!pw18:p»

CMDKEY: Credential added successfully.
''')
P("h62_bat_sqlcmd_capital_p_quoted", SQLCMD, r'''
sqlcmd -S tcp:sql-«dig2».example.internal,1433 -U sa -P "«!pw18:p»" -d reporting -Q "SELECT COUNT(*) FROM wandb_runs"
if errorlevel 1 goto :fail
''')
P("h62_ansible_adhoc_user_module_password_hash_filter", ANSIBLE_USER, r'''
$ ansible wandb -i inventory.ini -b -m ansible.builtin.user -a "name=deploy password={{ '«!pw18:p»' | password_hash('sha512') }} shell=/bin/bash"
wb-app-01 | CHANGED => {
    "changed": true,
''')
P("h62_ansible_adhoc_extra_vars_ansible_password", ANSIBLE_ADHOC, r'''
$ ansible all -i 10.«dig2».0.«dig2», -u admin -e ansible_password=«!pw16:p» -m ping
10.«dig2».0.«dig2» | SUCCESS => {
    "changed": false,
    "ping": "pong"
}
''')
P("h62_ansible_adhoc_mysql_user_module_args", ANSIBLE_MYSQL_USER, r'''
ansible db -i hosts -b -m community.mysql.mysql_user -a "name=wandb host=% password=«!pw20:p» priv=wandb_local.*:ALL state=present"
''')
P("h62_ansible_adhoc_shell_grep_output_line", ANSIBLE_ADHOC, r'''
$ ansible wandb -i hosts -b -m shell -a "grep -h PASSWORD /etc/default/wandb"
wb-app-01 | CHANGED | rc=0 >>
MYSQL_PASSWORD=«!pw18:p»
wb-app-02 | CHANGED | rc=0 >>
MYSQL_PASSWORD=«!pw18:p»
''')
P("h62_crontab_inline_env_prefix_pgpassword", CRONTAB5, r'''
# m h  dom mon dow   command
15 2 * * * PGPASSWORD=«!pw18:p» pg_dump -h db.example.internal -U wandb -Fc wandb > /backup/wandb-$(date +\%F).dump
''')
P("h62_crontab_curl_bearer_heartbeat", CRONTAB5, r'''
MAILTO=ops@example.com
*/5 * * * * curl -fsS -m 10 -H "Authorization: Bearer «!b64u43:t»" https://status.example.com/api/heartbeat/wandb >/dev/null
''')
P("h62_cron_d_file_user_field_mysql_pwd", CRONTAB5, r'''
# /etc/cron.d/wandb-backup
SHELL=/bin/bash
0 3 * * * root MYSQL_PWD='«!pw20:p»' mysqldump -u backup --single-transaction wandb_local | gzip > /var/backups/wandb.sql.gz
''')
P("h62_crontab_env_line_assignment_secret", CRONTAB5, r'''
WANDB_BASE_URL=https://''' + HOST + r'''
WANDB_API_KEY=local-«!hex40:k»
30 * * * * cd /opt/sweeps && /usr/bin/python3 sync_offline_runs.py >> /var/log/wandb-sync.log 2>&1
''')
# ================================================================ NEGATIVES
# ---- shell histories without values
N("h62n_bash_history_key_from_file_and_prompted_mysql", BASH_HIST, r'''
export WANDB_API_KEY="$(cat /run/secrets/wandb_api_key)"
mysql -h db-«dig2».example.internal -u wandb -p wandb_local
read -rs DB_PASSWORD && export DB_PASSWORD
sha256sum wandb-server-0.«dig2».«dig1».tgz
''')
N("h62n_history_numbered_git_and_image_digests", BASH_HIST, r'''
  «dig3:a»  git checkout «hex40»
  «dig3:b»  docker pull wandb/local@sha256:«hex64»
  «dig3:c»  git log --oneline -3
''')
N("h62n_history_histtimeformat_jsonpath_no_value", BASH_HIST, r'''
  «dig3:a»  «TD» kubectl -n wandb get secret wandb-mysql -o jsonpath='{.data.MYSQL_PASSWORD}' | wc -c
  «dig3:b»  «TD» kubectl -n wandb describe secret wandb-mysql
''')
N("h62n_zsh_extended_history_relogin_without_key", ZSH_HIST, r'''
: «TI»:0;wandb login --relogin --host https://''' + HOST + r'''
: «TI»:3;wandb status
: «TI»:0;wandb sync --id «lc8» ./wandb/offline-run-«ymd»_«hms»-«lc8»
''')
N("h62n_zsh_extended_history_op_read_reference", ZSH_HIST, r'''
: «TI»:0;export MYSQL_PASSWORD="$(op read 'op://Infra/wandb-mysql/password')"
: «TI»:1;helm upgrade wandb wandb/operator -n wandb --set mysql.passwordSecret.name=wandb-mysql
''')
N("h62n_fish_history_erase_var_and_vault_get", FISH_HIST, r'''
- cmd: set -e HF_TOKEN
  when: «TI»
- cmd: set -gx VAULT_ADDR https://vault.example.internal:8200
  when: «TI»
- cmd: vault kv get -field=password secret/wandb/mysql | wc -c
  when: «TI»
''')
N("h62n_consolehost_history_read_host_securestring", PSREADLINE, r'''
$pw = Read-Host -AsSecureString -Prompt "MySQL password"
$cred = Get-Credential -UserName "CORP\svc-wandb" -Message "W&B service account"
$env:WANDB_API_KEY = $null
Get-FileHash .\wandb-server-0.«dig2».«dig1».zip -Algorithm SHA256
''')
N("h62n_get_history_table_plain_commands", GET_HISTORY, r'''
  Id CommandLine
  -- -----------
   1 Get-Service wandb*
   2 Get-EventLog -LogName Application -Source wandb -Newest «dig2»
   3 Test-NetConnection ''' + HOST + r''' -Port 443
''')
N("h62n_get_history_format_list_durations", GET_HISTORY, r'''
Id                 : «dig2»
CommandLine        : Get-Secret -Name WandbApiKey -Vault CorpVault -AsPlainText | Measure-Object -Character
ExecutionStatus    : Completed
StartExecutionTime : «dd»/11/2024 09:«mm»:«mm»
EndExecutionTime   : «dd»/11/2024 09:«mm»:«mm»
Duration           : 00:00:00.«dig7»
''')
N("h62n_powershell_transcript_header_get_service", PS_TRANSCRIPT, r'''
**********************
PowerShell transcript start
Start time: «ymd»«hms»
Username: CORP\«@alice|priya|jdoe»
Machine: WB-WIN-«dig2» (Microsoft Windows NT 10.0.20348.0)
Process ID: «dig4»
PSVersion: 7.4.«dig1»
**********************
PS C:\ops> Get-Service -Name wandb-agent | Select-Object Status, StartType
''')
# ---- DB sessions without values
N("h62n_mysql_prompt_alter_user_placeholder", MYSQL_CREATE_USER, r'''
mysql> -- template from the runbook, fill in before running:
mysql> -- ALTER USER 'wandb'@'%' IDENTIFIED BY '<new-password>';
mysql> SELECT user, host, plugin, password_last_changed FROM mysql.user WHERE user='wandb';
+-------+------+-----------------------+-----------------------+
| wandb | %    | caching_sha2_password | «TD» |
+-------+------+-----------------------+-----------------------+
''')
N("h62n_mysql_show_variables_validate_password_policy", MYSQL_VALIDATE, r'''
mysql> SHOW VARIABLES LIKE 'validate_password%';
+-------------------------------------------------+--------+
| Variable_name                                   | Value  |
+-------------------------------------------------+--------+
| validate_password.check_user_name               | ON     |
| validate_password.length                        | «@12|14|16»     |
| validate_password.mixed_case_count              | «@1|2»      |
| validate_password.number_count                  | «@1|2|3»      |
| validate_password.policy                        | «@MEDIUM|STRONG» |
+-------------------------------------------------+--------+
''')
N("h62n_mysql_vertical_user_row_without_hash", MYSQL_CLIENT, r'''
*************************** 1. row ***************************
                 user: wandb
                 host: %
               plugin: caching_sha2_password
password_last_changed: «TD»
     password_lifetime: NULL
       account_locked: N
''')
N("h62n_psql_backslash_password_prompts", PSQL, r'''
wandb=# \password «@wandb_app|wandb_ro|reporting|wandb_migrate|grafana_ro»
Enter new password for user "«@wandb_app|wandb_ro|reporting|wandb_migrate|grafana_ro»": 
Enter it again: 
wandb=# SHOW password_encryption;
 password_encryption
---------------------
 scram-sha-256
''')
N("h62n_psql_conninfo_output_no_password", PSQL, r'''
wandb=> \conninfo
You are connected to database "wandb" as user "reporting" on host "db-«dig2».example.internal" (address "10.«dig2».«dig1».«dig2»") at port "5432".
SSL connection (protocol: TLSv1.3, cipher: TLS_AES_256_GCM_SHA384, compression: off)
''')
N("h62n_redis_cli_wrongpass_and_empty_requirepass", REDIS_CLI, r'''
«@127.0.0.1|10.0.3.7|redis-master.wandb.svc|localhost|10.8.1.22»:6379> AUTH wandb-app
(error) ERR wrong number of arguments for 'auth' command
«@127.0.0.1|10.0.3.7|redis-master.wandb.svc|localhost|10.8.1.22»:6379> CONFIG GET requirepass
1) "requirepass"
2) ""
''')
N("h62n_redis_cli_acl_whoami_and_cat", REDIS_ACL, r'''
127.0.0.1:6379> ACL WHOAMI
"wandb-cache"
127.0.0.1:6379> ACL LOG 1
1)  1) "count"
    2) (integer) «dig1»
    3) "reason"
    4) "auth"
''')
N("h62n_mongosh_password_prompt_call", MONGO_CREATEUSER, r'''
admin> db.createUser({ user: "«@wandb|wandb_ro|reporting|grafana|backup»", pwd: passwordPrompt(), roles: [ "«@readWrite|read»" ] })
Enter password
{ ok: 1 }
''')
N("h62n_mongosh_getusers_output_ids_mechanisms", MONGO_CREATEUSER, r'''
    {
      _id: 'admin.wandb',
      userId: UUID('«uuid»'),
      user: 'wandb',
      db: 'admin',
      roles: [ { role: 'readWrite', db: 'wandb' } ],
      mechanisms: [ 'SCRAM-SHA-1', 'SCRAM-SHA-256' ]
    }
''')
N("h62n_mongosh_banner_credentials_placeholder", MONGOSH, r'''
Current Mongosh Log ID: «hex24»
Connecting to:          mongodb://<credentials>@10.«dig2».0.«dig1»:27017/?authSource=admin&directConnection=true
Using MongoDB:          7.0.«dig1»
''')
N("h62n_sqlplus_dba_users_expiry_table", SQLPLUS, r'''
SQL> SELECT username, account_status, expiry_date, profile FROM dba_users WHERE username LIKE 'WANDB%';

USERNAME        ACCOUNT_STATUS   EXPIRY_DA PROFILE
--------------- ---------------- --------- --------
WANDB_APP       OPEN             «dd»-MAR-25 APP_PROFILE
WANDB_RO        EXPIRED(GRACE)   «dd»-JAN-25 DEFAULT
''')
N("h62n_sqlplus_connect_slash_nolog_prompt", SQLPLUS, r'''
SQL> connect wandb_app@//ora-«dig2».example.internal:1521/ORCLPDB1
Enter password: 
Connected.
''')
N("h62n_script_typescript_sudo_prompt_no_echo", SCRIPT_1, r'''
Script started on «TD»+00:00 [TERM="xterm-256color" TTY="/dev/pts/«dig1»" COLUMNS="«dig3»" LINES="«dig2»"]
␛]0;ops@wb-«dig2»: ~␇␛[?2004hops@wb-«dig2»:~$ sudo systemctl restart wandb⏎
␛[?2004l⏎
[sudo] password for ops: ⏎
␛]0;ops@wb-«dig2»: ~␇␛[?2004hops@wb-«dig2»:~$ exit⏎
Script done on «TD»+00:00 [COMMAND_EXIT_CODE="0"]
''')
N("h62n_script_typescript_colored_ls_hashes", SCRIPT_1, r'''
␛[01;32mops@wb-«dig2»␛[00m:␛[01;34m/opt/wandb␛[00m$ sha256sum license.txt values.yaml⏎
«hex64:a»  license.txt⏎
«hex64:b»  values.yaml⏎
''')
N("h62n_bash_history_htpasswd_interactive_prompt", HTPASSWD, r'''
sudo htpasswd -B /etc/nginx/.htpasswd «@wandb-admin|ops|grafana|alice|priya»
sudo openssl pkcs12 -export -in wandb.crt -inkey wandb.key -out wandb.p12 -passout file:/root/.p12pass
openssl x509 -noout -fingerprint -sha256 -in wandb.crt
''')
N("h62n_bash_history_helm_set_secret_name_refs", HELM_SET, r'''
helm upgrade --install wandb wandb/operator -n wandb --set mysql.passwordSecret.name=wandb-mysql --set mysql.passwordSecret.key=MYSQL_PASSWORD
helm -n wandb history wandb --max «dig1»
''')
N("h62n_bash_history_git_clone_ssh_and_ci_job_token_var", GITLAB_PAT, r'''
git clone git@gitlab.example.com:ml/wandb-deploy.git
git -C wandb-deploy checkout «hex7»
git clone https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.example.com/ml/wandb-deploy.git
''')
N("h62n_bash_history_docker_login_password_stdin_from_file", DOCKER_LOGIN, r'''
docker pull registry.example.com/wandb/local:0.«dig2».«dig1»
cat ~/.secrets/registry.txt | docker login registry.example.com --username ci-bot --password-stdin
docker run -d --name wandb-mysql -e MYSQL_ROOT_PASSWORD_FILE=/run/secrets/mysql_root -e MYSQL_DATABASE=wandb_local mysql:8.0
''')
# ---- runbooks and wiki without values
N("h62n_markdown_password_rotation_policy_prose", GFM, r'''
## Password policy

All service passwords are rotated every «@60|90» days. New passwords must be at least 16 characters
and are generated with `pwgen -s 24 1`; they are stored only in Vault under `secret/wandb/*`.
Never paste a password into a ticket; link the Vault path instead (policy ID SEC-«dig3»).
''')
N("h62n_markdown_table_password_column_vault_paths", GFM, r'''
| Service | Host | User | Password |
|---------|------|------|----------|
| MySQL | db-«dig2».example.internal | wandb | Vault: `secret/wandb/mysql#password` |
| MinIO | minio.example.internal | minioadmin | 1Password → Infra → MinIO root |
| Grafana | grafana.example.internal | admin | SSO only |
''')
N("h62n_markdown_table_masked_and_redacted_cells", GFM, r'''
| Key | Value |
|-----|-------|
| WANDB_API_KEY | `********************` |
| MYSQL_PASSWORD | [REDACTED] |
| SMTP password | <hidden> |
| LICENSE | (see attachment license-«ymd».txt) |
''')
N("h62n_markdown_fenced_bash_placeholders", GFM, r'''
```bash
export WANDB_BASE_URL=https://<your-wandb-host>
export WANDB_API_KEY=<your-api-key>
export MYSQL_PASSWORD='<mysql-password>'
wandb login --host "$WANDB_BASE_URL"
# tested with wandb «dig1».«dig2».«dig1»
```
''')
N("h62n_markdown_list_item_admin_login_sso", GFM, r'''
- **W&B admin UI:** https://''' + HOST + r'''/admin
- **Admin login:** admin@example.com / (password in the team vault, item "W&B break-glass")
- **Ticket:** OPS-«dig4», change «uc8»
''')
N("h62n_markdown_release_notes_versions_hashes", GFM, r'''
### wandb/local 0.«dig2».«dig1» (commit `«hex7»`)

- Image digest: `sha256:«hex64»`
- Fixes password reset emails for local users (#«dig4»)
- Adds `GORILLA_SESSION_LENGTH` setting
''')
N("h62n_confluence_storage_code_macro_placeholders", CONFLUENCE_STORAGE, r'''
<ac:structured-macro ac:name="code" ac:schema-version="1" ac:macro-id="«uuid»"><ac:parameter ac:name="language">bash</ac:parameter><ac:plain-text-body><![CDATA[MYSQL=mysql://wandb:${MYSQL_PASSWORD}@db.example.internal:3306/wandb_local
BUCKET=s3://wandb-files
]]></ac:plain-text-body></ac:structured-macro>
''')
N("h62n_confluence_storage_table_password_vault_link", CONFLUENCE_STORAGE, r'''
<tr><th><p>System</p></th><th><p>Account</p></th><th><p>Password</p></th></tr>
<tr><td><p>wandb-mysql</p></td><td><p>wandb</p></td><td><p><a href="https://vault.example.internal/ui/vault/secrets/kv/show/wandb/mysql">in Vault</a></p></td></tr>
<tr><td><p>wandb-redis-«dig2»</p></td><td><p>default</p></td><td><p><em>no auth (internal network)</em></p></td></tr>
''')
N("h62n_confluence_html_export_page_metadata", CONFLUENCE_HTML_EXPORT, r'''
<div class="page-metadata">
    Created by <span class='author'> «@Alice Ng|Priya Raman|John Doe»</span>, last modified on «@Mar|Apr|May» «dd», 2024
</div>
<div id="main-content" class="wiki-content group">
<p>Page id: «dig9» &middot; Space key: WBOPS &middot; Attachment: <a href="attachments/«dig9»/«dig9:b».txt">license.txt</a></p>
''')
N("h62n_asciidoc_attribute_reference_and_env_name", ASCIIDOC, r'''
:db-host: db-«dig2».example.internal
:db-password-path: secret/wandb/mysql

Connect with `mysql -h {db-host} -u wandb -p`; the password is in Vault at `{db-password-path}`.
''')
N("h62n_asciidoc_admonition_password_change_instructions", ASCIIDOC, r'''
IMPORTANT: The temporary root password is printed once in the pod log (`kubectl -n wandb logs mysql-«dig1» | grep 'temporary password'`).
Change it on first login with `ALTER USER 'root'@'localhost' IDENTIFIED BY ...`.
''')
N("h62n_rst_field_list_password_see_vault", RST, r'''
:Host: db-staging.example.internal
:Port: 5432
:User: wandb
:Password: see Vault ``secret/wandb/staging-db``
:Rotated: «ymd»
''')
N("h62n_rst_code_block_env_var_names_only", RST, r'''
.. code-block:: console

   $ env | grep -o '^WANDB_[A-Z_]*'
   WANDB_BASE_URL
   WANDB_API_KEY
   WANDB_ENTITY
   WANDB_«@PROJECT|DIR|MODE|RUN_GROUP|TAGS»
''')
N("h62n_orgmode_properties_drawer_ids_and_checksum", ORG_PROPS, r'''
** wandb-mysql-«dig2»
   :PROPERTIES:
   :ID:       «uuid»
   :HOST:     db-«dig2».example.internal
   :PASSWORD_REF: vault:secret/wandb/mysql
   :SHA256:   «hex64»
   :END:
''')
N("h62n_orgmode_table_checksums", ORG, r'''
| file          | sha1                                     |
|---------------+------------------------------------------|
| license.txt   | «hex40:a» |
| values.yaml   | «hex40:b» |
''')
N("h62n_notion_export_md_properties_no_secret", NOTION_EXPORT, r'''
# W&B staging instance «hex32»

Owner: «@Alice Ng|Priya Raman|John Doe»
Status: Active
Admin password: stored in 1Password (Infra vault)
Last rotated: «@March|April|May» «dd», 2024
''')
# ---- CSV / TSV look-alikes
N("h62n_csv_inventory_fingerprints_serials", RFC4180, r'''
hostname,ip,ssh_host_key_sha256,serial,mac
wb-app-01,10.«dig2».1.11,SHA256:«b64s43:a»,«uc10:s1»,«hex2:m1»:«hex2:m2»:«hex2:m3»:«hex2:m4»:«hex2:m5»:«hex2:m6»
wb-app-02,10.«dig2».1.12,SHA256:«b64s43:b»,«uc10:s2»,«hex2:n1»:«hex2:n2»:«hex2:n3»:«hex2:n4»:«hex2:n5»:«hex2:n6»
''')
N("h62n_csv_password_column_masked_or_empty", RFC4180, r'''
hostname,ip,ssh_user,ssh_password,owner
wb-app-01,10.«dig2».1.11,ubuntu,********,ml-platform
wb-app-02,10.«dig2».1.12,ubuntu,,ml-platform
wb-db-01,10.«dig2».2.21,root,(key auth only),dba
''')
N("h62n_csv_notes_prose_about_password_reset", RFC4180, r'''
asset_tag,hostname,location,notes
AT-«dig5»,wb-gpu-«dig2»,"DC2, rack «dig2»","root password reset on «ymd», new one in the vault, iDRAC user root"
''')
N("h62n_tsv_inventory_ticket_ids_versions", RFC4180, r'''
host⇥role⇥version⇥ticket⇥change_id
wb-«dig2»⇥app⇥0.«dig2».«dig1»⇥OPS-«dig4»⇥CHG«dig7»
wb-«dig2»⇥worker⇥0.«dig2».«dig1»⇥OPS-«dig4»⇥CHG«dig7»
''')
N("h62n_aws_iam_list_access_keys_csv_ids_only", AWS_IAM_CSV, r'''
UserName,AccessKeyId,Status,CreateDate,LastUsedDate
wandb-bucket-sync,AKIA«uc16:a»,Active,«T»,«T»
wandb-bucket-sync,AKIA«uc16:b»,Inactive,«T»,N/A
''')
N("h62n_csv_ansible_inventory_vault_variable_refs", RFC4180, r'''
name,ansible_host,ansible_user,ansible_password,ansible_become_password
wb-app-1,10.«dig2».0.«dig2»,deploy,{{ vault_deploy_password }},{{ vault_become_password }}
''')
# ---- password-manager look-alikes
N("h62n_bitwarden_json_export_folders_and_ids", BW_EXPORT, r'''
{
  "encrypted": false,
  "folders": [
    { "id": "«uuid:a»", "name": "Infra" },
    { "id": "«uuid:b»", "name": "W&B Server" }
  ],
''')
N("h62n_bitwarden_json_secure_note_policy_text", BW_EXPORT, r'''
    {
      "id": "«uuid»",
      "organizationId": "«uuid:o»",
      "type": 2,
      "name": "Password rotation policy",
      "notes": "Rotate every 90 days. Min length 16. Never reuse the last 5 passwords.",
      "secureNote": { "type": 0 },
      "collectionIds": [ "«uuid:c»" ]
    },
''')
N("h62n_bitwarden_json_login_null_password_passkey_only", BW_EXPORT, r'''
      "login": {
        "uris": [ { "match": null, "uri": "https://''' + HOST + r'''" } ],
        "username": "«@alice|priya|jdoe|admin|ops»@example.com",
        "password": null,
        "totp": null
      },
''')
N("h62n_bitwarden_csv_header_and_reprompt_row_no_password", BW_CSV, r'''
folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp
Infra,,note,wandb runbook link,"see https://wiki.example.com/x/«an7»",,0,,,,
''')
N("h62n_onepassword_1pux_account_attrs", OP_1PUX, r'''
  "accounts": [
    {
      "attrs": {
        "accountName": "Example Corp",
        "name": "«@Alice Ng|Priya Raman|John Doe»",
        "email": "«@alice|priya|jdoe»@example.com",
        "uuid": "«uc26»",
        "domain": "https://example.1password.com/"
      },
''')
N("h62n_onepassword_1pux_item_overview_and_uuid", OP_1PUX, r'''
            "uuid": "«lc26»",
            "favIndex": 0,
            "createdAt": «TI»,
            "updatedAt": «TI»,
            "state": "active",
            "categoryUuid": "001",
            "overview": { "subtitle": "wandb-admin", "urls": [ { "label": "website", "url": "https://''' + HOST + r'''" } ], "title": "W&B admin", "url": "https://''' + HOST + r'''" }
''')
N("h62n_keepass_xml_meta_memoryprotection", KEEPASS_XML, r'''
	<Meta>
		<Generator>KeePassXC</Generator>
		<DatabaseName>infra</DatabaseName>
		<MemoryProtection>
			<ProtectTitle>False</ProtectTitle>
			<ProtectUserName>False</ProtectUserName>
			<ProtectPassword>True</ProtectPassword>
		</MemoryProtection>
		<RecycleBinUUID>«b64s22»==</RecycleBinUUID>
	</Meta>
''')
N("h62n_keepass_xml_entry_empty_protected_value_times", KEEPASS_XML, r'''
<Entry>
	<UUID>«b64s22»==</UUID>
	<String><Key>Title</Key><Value>wandb sso (no local password)</Value></String>
	<String><Key>Password</Key><Value ProtectInMemory="True" /></String>
	<Times><LastModificationTime>«T»</LastModificationTime><UsageCount>«dig2»</UsageCount></Times>
</Entry>
''')
N("h62n_keepassxc_csv_row_password_empty", KEEPASSXC_CSV, r'''
"Group","Title","Username","Password","URL","Notes","TOTP","Icon","Last Modified","Created"
"Root/Infra","W&B SSO","«@alice|priya|jdoe»@example.com","","https://''' + HOST + r'''","Okta only","","0","«T»","«T»"
''')
N("h62n_lastpass_csv_header_and_shared_folder_row", LASTPASS_CSV, r'''
url,username,password,totp,extra,name,grouping,fav
http://sn,,,,"NoteType:Server
Hostname:wb-«dig2».example.internal
Notes:password is managed by CyberArk",wandb host,Shared-Infra,0
''')
# ---- ticket, chat and mail look-alikes
N("h62n_jira_issue_comment_password_rotated_prose", JIRA_ISSUE, r'''
          {
            "id": "«dig5»",
            "author": { "accountId": "«hex24»", "displayName": "«@Alice Ng|Priya Raman|John Doe»" },
            "body": "Rotated the DB password as requested; the new one is in Vault (secret/wandb/mysql). Restarted the pods at 14:05, all green.",
            "created": "«TJ»"
          }
''')
N("h62n_jira_issue_key_ids_and_self_links", JIRA_ISSUE, r'''
{
  "expand": "renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations",
  "id": "«dig6»",
  "self": "https://jira.example.com/rest/api/2/issue/«dig6:a»",
  "key": "WBSUP-«dig4»",
  "fields": { "summary": "Password reset email not delivered", "status": { "name": "In Progress" }, "labels": [ "wandb", "smtp" ] }
''')
N("h62n_jira_adf_code_mark_env_var_name", JIRA_ADF, r'''
      "content": [
        { "type": "paragraph", "content": [ { "type": "text", "text": "Set " }, { "type": "text", "text": "WANDB_API_KEY", "marks": [ { "type": "code" } ] }, { "type": "text", "text": " from the runner secret store, not in the job YAML (see WBSUP-«dig4»)." } ] }
      ]
''')
N("h62n_slack_export_message_ids_and_reactions", SLACK_EXPORT, r'''
    {
        "client_msg_id": "«uuid»",
        "type": "message",
        "text": "password reset done, new value is in 1Password (Infra) :white_check_mark:",
        "user": "U«uc10:u»",
        "ts": "«TU»",
        "team": "T«uc10»",
        "reactions": [ { "name": "+1", "users": [ "U«uc10:v»" ], "count": 1 } ]
    },
''')
N("h62n_slack_export_bot_message_masked_token", SLACK_TOKENS, r'''
        "attachments": [ { "id": 1, "fallback": "rotated SLACK_BOT_TOKEN (xoxb-****-****-****«an4»)", "text": "token rotated by vault-rotator", "ts": «TI» } ]
''')
N("h62n_slack_export_file_metadata_ids_urls", SLACK_EXPORT, r'''
            {
                "id": "F«uc10»",
                "created": «TI»,
                "name": "wandb-debug-bundle.tgz",
                "mimetype": "application/gzip",
                "size": «dig7»,
                "url_private": "https://files.slack.com/files-pri/T«uc10:t»-F«uc10:f»/wandb-debug-bundle.tgz",
                "permalink": "https://example.slack.com/files/U«uc10:u»/F«uc10:g»/wandb-debug-bundle.tgz"
            }
''')
N("h62n_teams_graph_chatmessage_etag_and_ids", TEAMS_GRAPH, r'''
{
  "id": "«TM»",
  "replyToId": null,
  "etag": "«TM»",
  "messageType": "message",
  "chatId": "19:«hex32»@thread.v2",
  "body": { "contentType": "html", "content": "<p>can you share the password <b>policy</b> doc? not the password :)</p>" }
}
''')
N("h62n_mattermost_bulk_export_post_ids", MATTERMOST_BULK, r'''
{"type":"post","post":{"team":"ml-platform","channel":"wandb-ops","user":"«@alice|priya|jdoe»","message":"rotated the minio root password, see ticket WBSUP-«dig4»","props":{"from_bot":"false"},"create_at":«TM»,"reactions":[{"user":"«lc26»","emoji_name":"+1","create_at":«TM»}]}}
''')
N("h62n_discord_exporter_snowflakes_avatar_hash", DISCORD_EXPORTER, r'''
      "author": {
        "id": "«dig18»",
        "name": "«@alice|priya|jdoe»",
        "discriminator": "0000",
        "nickname": "«@Alice|Priya|John»",
        "isBot": false,
        "avatarUrl": "https://cdn.discordapp.com/avatars/«dig18:b»/«hex32».png?size=512"
      },
''')
N("h62n_eml_dkim_signature_and_message_id", RFC6376, r'''
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=«@s1|google|selector2»;
 h=from:to:subject:date:message-id; bh=«b64s43»=;
 b=«b64s64:b1»
 «b64s40:b2»==
Message-ID: <«hex16»@mail.example.com>
''')
N("h62n_eml_password_changed_notification_qp", RFC2045, r'''
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Your W&B password was changed on «TD» UTC. If this wasn=E2=80=99t you, reset it at =
https://''' + HOST + r'''/forgot-password.
''')
N("h62n_eml_base64_part_non_secret_text", RFC2045, r'''
--«hex28:b»
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

«an6:x|b64:Thanks, closing this ticket. Ref »
--«hex28:b»--
''')
N("h62n_eml_multipart_boundary_headers", RFC2045, r'''
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="«hex28»"
X-MS-Exchange-Organization-Network-Message-Id: «uuid»
Thread-Index: A«b64s30»==
''')
# ---- notebook look-alikes
N("h62n_ipynb_source_getpass_and_env_get", NBFORMAT, r'''
   "source": [
    "import getpass, os\n",
    "os.environ[\"WANDB_API_KEY\"] = getpass.getpass(\"W&B API key: \")\n",
    "print(bool(os.environ.get(\"WANDB_API_KEY\")))  # run «dig2»"
   ]
''')
N("h62n_ipynb_stream_wandb_logged_in_as", WANDB_LOGIN, r'''
      "name": "stderr",
      "output_type": "stream",
      "text": [
       "\u001b[34m\u001b[1mwandb\u001b[0m: Currently logged in as: \u001b[33m«@alice|priya|jdoe»\u001b[0m (\u001b[33mml-platform\u001b[0m). Use \u001b[1m`wandb login --relogin`\u001b[0m to force relogin\n",
       "\u001b[34m\u001b[1mwandb\u001b[0m: Tracking run with wandb version 0.«dig2».«dig1»\n"
      ]
''')
N("h62n_ipynb_run_url_and_run_id_output", NBFORMAT, r'''
      "text": [
       "wandb: Syncing run «@fresh|proud|stellar»-«@sky|river|dawn»-«dig2»\n",
       "wandb: ⭐️ View project at https://''' + HOST + r'''/ml-platform/llm-eval\n",
       "wandb: 🚀 View run at https://''' + HOST + r'''/ml-platform/llm-eval/runs/«lc8»\n"
      ]
''')
N("h62n_ipynb_execute_result_masked_repr", NBFORMAT, r'''
      "data": {
       "text/plain": [
        "Settings(api_key='***', base_url='https://''' + HOST + r'''', entity='ml-platform')"
       ]
      },
      "execution_count": «dig2»,
''')
N("h62n_ipynb_cell_metadata_execution_timestamps", NBFORMAT, r'''
   "metadata": {
    "execution": {
     "iopub.execute_input": "«T»",
     "iopub.status.busy": "«T»",
     "shell.execute_reply": "«T»"
    },
    "tags": [ "parameters" ]
   },
''')
# ---- script look-alikes
N("h62n_makefile_required_var_error", GNU_MAKE, r'''
DB_PASS ?= $(error DB_PASS is not set, export it from the vault)
DB_PASS_FILE := /run/secrets/db_password
VERSION ?= 0.«dig2».«dig1»

migrate:
	docker run --rm -e DB_PASS_FILE=$(DB_PASS_FILE) $(REGISTRY)/wandb-migrate:latest
''')
N("h62n_justfile_env_var_function_and_dotenv", JUST, r'''
set dotenv-load
version := "0.«dig2».«dig1»"

export WANDB_API_KEY := env_var('WANDB_API_KEY')
host := env_var_or_default('WANDB_BASE_URL', 'https://''' + HOST + r'''')
''')
N("h62n_taskfile_yml_env_sh_vault_lookup", TASKFILE, r'''
version: '3'
dotenv: ['.env']
env:
  MINIO_SECRET_KEY:
    sh: vault kv get -field=secret_key secret/wandb/minio-«@prod|stage|dev|qa|perf»
''')
N("h62n_ps1_get_secret_secretmanagement", PS_SECURESTRING, r'''
$key = Get-Secret -Name WandbApiKey«@Prod|Stage|Dev|QA|Perf» -Vault CorpVault -AsPlainText
$env:WANDB_API_KEY = $key
Write-Host "API key length: $($key.Length)"
''')
N("h62n_ps1_param_block_securestring_mandatory", PS_SECURESTRING, r'''
param(
    [Parameter(Mandatory)] [string]$Server,
    [Parameter(Mandatory)] [securestring]$AdminPassword,
    [string]$AdminUser = "CORP\svc-wandb«dig2»"
)
''')
N("h62n_bat_set_from_argument_and_check_empty", CMD_SET, r'''
@echo off
set "WANDB_API_KEY=%~1"
if "%WANDB_API_KEY%"=="" (echo usage: run.bat ^<api-key^> & exit /b 1)
python train.py --seed «dig4»
''')
N("h62n_cmd_cmdkey_list_output", CMDKEY, r'''
C:\Users\ops>cmdkey /list

Currently stored credentials:

    Target: LegacyGeneric:target=''' + HOST + r'''
    Type: Generic
    User: «@admin|ops|alice|priya|svc-wandb»
    Local machine persistence
''')
N("h62n_ansible_adhoc_ask_pass_and_vault_file", ANSIBLE_ADHOC, r'''
$ ansible wandb -i inventory.ini -u deploy --ask-pass --ask-become-pass -m ping
SSH password: 
BECOME password[defaults to SSH password]: 
wb-app-«dig2» | SUCCESS => {"changed": false, "ping": "pong"}
''')
N("h62n_ansible_adhoc_no_log_censored_output", ANSIBLE_ADHOC, r'''
wb-app-«dig2» | CHANGED => {
    "censored": "the output has been hidden due to the fact that 'no_log: true' was specified for this result",
    "changed": true
}
''')
N("h62n_crontab_password_file_and_flock", CRONTAB5, r'''
MAILTO=ops@example.com
«@5|15|25|35|45» «@1|2|3|4|5» * * * flock -n /run/wandb-backup.lock mysqldump --defaults-extra-file=/etc/wandb/backup.cnf wandb_local | gzip > /backup/wandb-$(date +\%F).sql.gz
''')
N("h62n_cron_d_heartbeat_uuid_in_url", CRONTAB5, r'''
# /etc/cron.d/wandb-heartbeat
*/5 * * * * nobody curl -fsS -m 10 --retry 3 -d "job=wandb-backup&run_id=«uuid»" https://status.example.com/api/v1/ok >/dev/null
''')
# ---- more positives (sessions, chat, notebooks, scripts)
XFREERDP = "https://github.com/FreeRDP/FreeRDP/wiki/CommandLineInterface-(1.x)"
PSEXEC = "https://learn.microsoft.com/en-us/sysinternals/downloads/psexec"
MYSQL_REPL = "https://dev.mysql.com/doc/refman/8.0/en/change-replication-source-to.html"
PG_USER_MAPPING = "https://www.postgresql.org/docs/current/sql-createusermapping.html"
MONGO_AUTH = "https://www.mongodb.com/docs/manual/reference/method/db.auth/"
SUDO = "https://www.sudo.ws/docs/man/sudo.man/"
ANSIBLE_URI = "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/uri_module.html"
PS_NEWLOCALUSER = "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.localaccounts/new-localuser"
SLACK_MSG_CHANGED = "https://api.slack.com/events/message/message_changed"
OPENPGP = "https://www.rfc-editor.org/rfc/rfc4880#section-6.2"
SSH_AUTHKEYS = "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT"

P("h62_bash_history_echo_pipe_sudo_S", SUDO, r'''
echo '«!pw16:p»' | sudo -S systemctl restart wandb-local
sudo journalctl -u wandb-local -n 100 --no-pager
''')
P("h62_bash_history_xfreerdp_slash_p", XFREERDP, r'''
xfreerdp /v:wb-win-«dig2».example.internal /u:CORP\\svc-wandb /p:«!pw18:p» /cert:ignore /dynamic-resolution
''')
P("h62_mysql_prompt_change_replication_source_password", MYSQL_REPL, r'''
mysql> CHANGE REPLICATION SOURCE TO SOURCE_HOST='db-«dig2».example.internal', SOURCE_USER='repl', SOURCE_PASSWORD='«!pw20:p»', SOURCE_AUTO_POSITION=1;
Query OK, 0 rows affected, 2 warnings (0.03 sec)

mysql> START REPLICA;
''')
P("h62_psql_create_user_mapping_options_password", PG_USER_MAPPING, r'''
wandb=# CREATE USER MAPPING FOR wandb_app SERVER reports_fdw OPTIONS (user 'reports_ro', password '«!pw18:p»');
CREATE USER MAPPING
wandb=# IMPORT FOREIGN SCHEMA public LIMIT TO (daily_usage) FROM SERVER reports_fdw INTO reports;
IMPORT FOREIGN SCHEMA
''')
P("h62_redis_cli_shell_a_flag_with_warning_banner", REDIS_CLI, r'''
$ redis-cli -h redis-master.wandb.svc -p 6379 -a '«!pw22:p»' PING
Warning: Using a password with '-a' or '-u' option on the command line interface may not be safe.
PONG
''')
P("h62_mongosh_db_auth_two_positional_args", MONGO_AUTH, r'''
test> use admin
switched to db admin
admin> db.auth("wandb_admin", "«!pw18:p»")
{ ok: 1 }
''')
P("h62_sqlplus_shell_userid_silent_script", SQLPLUS, r'''
$ sqlplus -s wandb_app/«!pw16:p»@ORCLPDB1 @/opt/reports/daily_usage.sql
       RUNS  ARTIFACTS
----------- ----------
      «dig5»       «dig4»
''')
P("h62_slack_export_message_changed_previous_text", SLACK_MSG_CHANGED, r'''
    {
        "type": "message",
        "subtype": "message_changed",
        "ts": "«TU»",
        "message": { "type": "message", "user": "U«uc10:u»", "text": "(removed the password, sorry)", "ts": "17«dig8:tx».«dig6:ty»" },
        "previous_message": { "type": "message", "user": "U«uc10:u»", "text": "minio root pw: «!pw24:p»", "ts": "17«dig8:tx».«dig6:ty»" }
    },
''')
P("h62_ipynb_writefile_cell_magic_env", IPYTHON_MAGIC, r'''
   "source": [
    "%%writefile .env\n",
    "WANDB_BASE_URL=https://''' + HOST + r'''\n",
    "WANDB_API_KEY=local-«!hex40:k»\n",
    "WANDB_ENTITY=ml-platform"
   ]
''')
P("h62_markdown_gfm_task_list_done_item_password", GFM, r'''
## Go-live checklist

- [x] DNS record for ''' + HOST + r'''
- [x] set MinIO root password to `«!pw20:p»`
- [ ] enable bucket versioning
''')
P("h62_rst_note_directive_admin_password", RST, r'''
.. note::

   The initial admin password is ``«!pw16:p»``; the installer asks you to change it.
''')
P("h62_ps1_new_localuser_inline_securestring", PS_NEWLOCALUSER, r'''
New-LocalUser -Name "svc-wandb" -Password (ConvertTo-SecureString '«!pw18:p»' -AsPlainText -Force) -PasswordNeverExpires
Add-LocalGroupMember -Group "Administrators" -Member "svc-wandb"
''')
P("h62_bat_psexec_u_p_flags", PSEXEC, r'''
psexec \\wb-win-«dig2» -u CORP\svc-wandb -p «!pw18:p» -h cmd /c "sc stop wandb-agent && sc start wandb-agent"
''')
P("h62_ansible_adhoc_uri_module_url_password", ANSIBLE_URI, r'''
$ ansible localhost -m ansible.builtin.uri -a "url=https://''' + HOST + r'''/api/v1/system/status url_username=admin url_password=«!pw18:p» force_basic_auth=yes return_content=yes"
localhost | SUCCESS => {
''')
# ---- more negatives
N("h62n_redis_cli_rediscli_auth_from_file", REDIS_CLI, r'''
$ export REDISCLI_AUTH="$(cat /etc/redis/«@wandb|cache|sessions|queue|main».pass)"
$ redis-cli -h redis-master.wandb.svc --no-auth-warning PING
PONG
$ redis-cli -h redis-master.wandb.svc INFO server | grep redis_version
redis_version:7.«dig1».«dig1»
''')
N("h62n_mysql_show_replica_status_ids", MYSQL_REPL, r'''
mysql> SHOW REPLICA STATUS\G
*************************** 1. row ***************************
             Replica_IO_State: Waiting for source to send event
                  Source_Host: db-«dig2».example.internal
                  Source_User: repl
                  Source_UUID: «uuid»
           Retrieved_Gtid_Set: «uuid:g»:1-«dig6»
''')
N("h62n_sqlplus_nolog_connect_as_sysdba", SQLPLUS, r'''
$ sqlplus /nolog

SQL*Plus: Release 19.0.0.0.0 - Production on «@Mon|Tue|Wed|Thu|Fri» «@Mar|Apr|May» «dd» «hh»:«mm»:«mm» 2024
SQL> connect / as sysdba
Connected.
''')
N("h62n_xfreerdp_password_prompt", XFREERDP, r'''
$ xfreerdp /v:wb-win-«dig2».example.internal /u:CORP\\svc-wandb /cert:tofu
Password: 
[«hh»:«mm»:«mm»:«dig3»] [«dig5»:«dig5»] [INFO][com.freerdp.client.x11] - Logon Error Info LOGON_FAILED_OTHER [LOGON_MSG_SESSION_CONTINUE]
''')
N("h62n_slack_message_changed_typo_fix", SLACK_MSG_CHANGED, r'''
        "subtype": "message_changed",
        "message": { "type": "message", "user": "U«uc10:u»", "text": "password policy doc: https://wiki.example.com/x/«an7»", "ts": "17«dig8:tx».«dig6:ty»" },
        "previous_message": { "type": "message", "user": "U«uc10:u»", "text": "pasword policy doc: https://wiki.example.com/x/«an7»", "ts": "17«dig8:tx».«dig6:ty»" }
''')
N("h62n_ipynb_writefile_env_example_blank_values", IPYTHON_MAGIC, r'''
   "source": [
    "%%writefile .env.example\n",
    "WANDB_BASE_URL=https://''' + HOST + r'''\n",
    "WANDB_API_KEY=<paste-your-key-here>\n",
    "MYSQL_PASSWORD=\n",
    "# generated «ymd»"
   ]
''')
N("h62n_markdown_task_list_rotation_done", GFM, r'''
- [x] rotate MinIO root password (done «ymd», new value in Vault `secret/wandb/minio`)
- [x] revoke old W&B service-account keys (ticket WBSUP-«dig4»)
- [ ] update password expiry alert to «@30|45|60» days
''')
N("h62n_ps1_new_localuser_read_host", PS_NEWLOCALUSER, r'''
$Password = Read-Host -AsSecureString -Prompt "Password for svc-wandb«dig2»"
New-LocalUser -Name "svc-wandb«dig2»" -Password $Password -PasswordNeverExpires
''')
N("h62n_psexec_prompted_password", PSEXEC, r'''
C:\ops>psexec \\wb-win-«dig2» -u CORP\svc-wandb -h cmd /c "sc query wandb-agent"
Password: 

PsExec v2.«dig2» - Execute processes remotely
''')
N("h62n_ansible_uri_module_vault_lookup", ANSIBLE_URI, r'''
ansible localhost -m ansible.builtin.uri -a "url=https://''' + HOST + r'''/api/v1/system/status url_username=admin url_password={{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/wandb/admin-«dig2»:password') }} force_basic_auth=yes"
''')
N("h62n_eml_pgp_public_key_block", OPENPGP, r'''
-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZ«b64s59:a»
tCNXJkIE9wcyA8b3BzQGV4YW1wbGUuY29tPoiZBBMWCgBBFiEE«b64s22:b»
=«b64s4:c»
-----END PGP PUBLIC KEY BLOCK-----
''')
N("h62n_markdown_authorized_keys_public_key", SSH_AUTHKEYS, r'''
Add the support engineer's key to `~ops/.ssh/authorized_keys` on the bastion:

```
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64s43» support-«dig4»@wandb.example
```
''')
N("h62n_jira_attachment_metadata", JIRA_ISSUE, r'''
      "attachment": [
        { "id": "«dig5»", "filename": "wandb-debug-«ymd».tgz", "author": { "accountId": "«hex24»" }, "created": "«TJ»", "size": «dig7», "mimeType": "application/gzip", "content": "https://jira.example.com/secure/attachment/«dig5:c»/wandb-debug-«ymd».tgz" }
      ],
''')
# ================ TEMPLATES END

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    seen = set()
    pos_out = []
    for name, _, _, tpl in POS:
        for _ in range(3):
            for attempt in range(200):
                lines, secrets = render(tpl)
                if ok_positive(lines, secrets, seen):
                    break
            else:
                raise SystemExit("cannot draw " + name)
            seen.update(secrets)
            pos_out.append({"shape": name, "lines": lines, "secrets": secrets})
    neg_out = []
    neg_seen = set()
    for name, _, _, tpl in NEG:
        for _ in range(5):
            for attempt in range(200):
                lines, secrets = render(tpl)
                key = "\n".join(lines)
                if not secrets and key not in neg_seen and 1 <= len(lines) <= 12:
                    break
            else:
                raise SystemExit("cannot draw " + name)
            neg_seen.add(key)
            neg_out.append({"shape": name, "lines": lines})
    for fn, recs in (("positives.jsonl", pos_out), ("negatives.jsonl", neg_out)):
        with open(os.path.join(here, fn), "w", encoding="utf-8", newline="\n") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
