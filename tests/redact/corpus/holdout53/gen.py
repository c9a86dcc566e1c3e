#!/usr/bin/env python3
"""holdout53: sealed held-out set for the wbdiag secret redactor.

Focus: developer workstations and their tools (shells, editors, git, ssh, password managers, dotfiles, version managers, API clients).
Stdlib only, fixed seed, deterministic. Writes positives.jsonl and
negatives.jsonl next to this file.

Template language (one shape = one template, lines separated by newlines):
  «KIND:id»        public random value (same id -> same value in a record)
  «!KIND:id»       secret random value (listed)
  «!KIND:id|T:arg» secret in transformed form; the transformed form is listed
                   T = pct (percent-encode), b64 (base64 of arg+value, '='
                   stripped when listed), basic (base64 of arg:value; only the
                   characters encoding password bytes alone are listed)
  «@a|b|c»         choice
  «T» «TL» «TG» «TE» «TS»  timestamps of one monotone clock per record
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

SEED = 5353_1206
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
             "b64u": B64U, "b64s": B64S}[name]
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
        if body in ("T", "TL", "TG", "TE", "TS"):
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
        elif tname == "json":
            out = json.dumps(v)[1:-1]
            listed = out
        else:
            raise KeyError(tname)
        if secret:
            secrets.append(listed)
        return out

    text = PH.sub(sub, tpl)
    text = text.replace("⏎", "\r").replace("␛", "\x1b").replace("⇥", "\t")
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


# ---------------------------------------------------------------- sources (URLs of the public docs each template follows)
S_ZSH = "https://zsh.sourceforge.io/Doc/Release/Options.html#History"
S_BASH = "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Builtins.html"
S_FISH = "https://fishshell.com/docs/current/cmds/function.html"
S_NU = "https://www.nushell.sh/book/environment.html"
S_XONSH = "https://xon.sh/xonshrc.html"
S_PWSH = "https://learn.microsoft.com/en-us/powershell/module/psreadline/about/about_psreadline"
S_TCSH = "https://www.tcsh.org/"
S_DIRENV = "https://direnv.net/man/direnv-stdlib.1.html"
S_NETRC = "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html"
S_AUTHINFO = "https://www.gnu.org/software/emacs/manual/html_mono/auth.html"
S_VSC = "https://code.visualstudio.com/docs/getstarted/settings"
S_VSCT = "https://code.visualstudio.com/docs/editor/tasks"
S_VSCMCP = "https://code.visualstudio.com/docs/copilot/chat/mcp-servers"
S_DEVC = "https://containers.dev/implementors/json_reference/"
S_JB = "https://www.jetbrains.com/help/idea/run-debug-configuration.html"
S_JBDS = "https://www.jetbrains.com/help/datagrip/data-sources-and-drivers-dialog.html"
S_NVIM = "https://neovim.io/doc/user/lua-guide.html"
S_CODECOMP = "https://codecompanion.olimorris.dev/configuration/adapters"
S_GPTEL = "https://github.com/karthink/gptel"
S_EMACSSQL = "https://www.gnu.org/software/emacs/manual/html_node/emacs/SQL-Mode.html"
S_CONTINUE = "https://docs.continue.dev/reference"
S_AIDER = "https://aider.chat/docs/config/aider_conf.html"
S_CLAUDE = "https://modelcontextprotocol.io/quickstart/user"
S_CURSOR = "https://docs.cursor.com/context/model-context-protocol"
S_CODEX = "https://github.com/openai/codex/blob/main/docs/authentication.md"
S_LLM = "https://llm.datasette.io/en/stable/setup.html#api-key-management"
S_CODY = "https://sourcegraph.com/docs/cody/clients/install-vscode"
S_COPILOT = "https://docs.github.com/en/copilot/managing-copilot/configure-personal-settings/configuring-network-settings-for-github-copilot"
S_GITCFG = "https://git-scm.com/docs/git-config"
S_GITCRED = "https://git-scm.com/docs/gitcredentials"
S_GITASK = "https://git-scm.com/docs/gitcredentials#_requesting_credentials"
S_SSHCFG = "https://man.openbsd.org/ssh_config"
S_GPGP = "https://www.gnupg.org/documentation/manuals/gnupg/gpg_002dpreset_002dpassphrase.html"
S_GPG = "https://www.gnupg.org/documentation/manuals/gnupg/GPG-Esoteric-Options.html"
S_OP = "https://developer.1password.com/docs/cli/reference/management-commands/item"
S_OPSA = "https://developer.1password.com/docs/service-accounts/use-with-1password-cli"
S_OPCON = "https://developer.1password.com/docs/connect/get-started"
S_BW = "https://bitwarden.com/help/cli/"
S_BWS = "https://bitwarden.com/help/secrets-manager-cli/"
S_PASS = "https://www.passwordstore.org/"
S_PASSOTP = "https://github.com/tadfisher/pass-otp"
S_KPX = "https://github.com/keepassxreboot/keepassxc/blob/develop/docs/man/keepassxc-cli.1.adoc"
S_SEC = "https://ss64.com/mac/security-find-internet-password.html"
S_SECADD = "https://ss64.com/mac/security-keychain.html"
S_SECTOOL = "https://manpages.debian.org/testing/libsecret-tools/secret-tool.1.en.html"
S_CREDMAN = "https://www.powershellgallery.com/packages/CredentialManager/2.0"
S_LPASS = "https://github.com/lastpass/lastpass-cli"
S_CHEZ = "https://www.chezmoi.io/reference/configuration-file/"
S_CHEZAGE = "https://www.chezmoi.io/user-guide/encryption/age/"
S_YADM = "https://yadm.io/docs/encryption"
S_ASDF = "https://asdf-vm.com/manage/plugins.html"
S_MISE = "https://mise.jdx.dev/environments/"
S_MISESET = "https://mise.jdx.dev/cli/set.html"
S_PYENV = "https://github.com/pyenv/pyenv#environment-variables"
S_GOENV = "https://go.dev/ref/mod#goproxy-protocol"
S_RENV = "https://rstudio.github.io/renv/articles/package-sources.html"
S_RENVIRON = "https://stat.ethz.ch/R-manual/R-devel/library/base/html/Startup.html"
S_SBT = "https://www.scala-sbt.org/1.x/docs/Publishing.html#Credentials"
S_LEIN = "https://github.com/technomancy/leiningen/blob/stable/doc/DEPLOY.md"
S_STACK = "https://docs.haskellstack.org/en/stable/configure/yaml/"
S_HEX = "https://hexdocs.pm/hex/Mix.Tasks.Hex.Config.html"
S_CPAN = "https://metacpan.org/dist/CPAN-Uploader/view/bin/cpan-upload"
S_CONAN = "https://docs.conan.io/2/reference/environment.html"
S_VCPKG = "https://learn.microsoft.com/en-us/vcpkg/users/binarycaching"
S_SWIFT = "https://www.swift.org/documentation/package-manager/"
S_NIMBLE = "https://nim-lang.github.io/nimble/publish-packages.html"
S_OPAM = "https://opam.ocaml.org/doc/Manual.html"
S_JULIA = "https://pkgdocs.julialang.org/v1/registries/"
S_HTTPIE = "https://httpie.io/docs/cli/sessions"
S_HTTPIECFG = "https://httpie.io/docs/cli/config-file"
S_HTTPYAC = "https://httpyac.github.io/guide/variables.html"
S_HURL = "https://hurl.dev/docs/manual.html"
S_HOPP = "https://docs.hoppscotch.io/documentation/features/environments"
S_THUNDER = "https://github.com/thunderclient/thunder-client-support"
S_YAAK = "https://yaak.app/docs"
S_POSTCLI = "https://learning.postman.com/docs/postman-cli/postman-cli-options/"
S_NEWMAN = "https://github.com/postmanlabs/newman#command-line-options"
S_INSOCLI = "https://docs.insomnia.rest/inso-cli/cli-command-reference"
S_BRUCLI = "https://docs.usebruno.com/bru-cli/overview"
S_BRUENV = "https://docs.usebruno.com/secrets-management/secret-variables"
S_JUP = "https://jupyter-server.readthedocs.io/en/latest/operators/public-server.html"
S_IPY = "https://ipython.readthedocs.io/en/stable/config/intro.html"
S_RSTUDIO = "https://docs.posit.co/ide/server-pro/"
S_DOTENV = "https://hexdocs.pm/dotenvy/dotenv-file-format.html"
S_WSL = "https://learn.microsoft.com/en-us/windows/wsl/wsl-config"
S_TMUX = "https://man.openbsd.org/tmux#ENVIRONMENT"
S_PROC = "https://man7.org/linux/man-pages/man5/proc.5.html"
S_PS = "https://man7.org/linux/man-pages/man1/ps.1.html"
S_K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
S_COMPOSE = "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/"
S_PYLOG = "https://docs.python.org/3/library/logging.html"
S_VAGRANT = "https://developer.hashicorp.com/vagrant/docs/other/environmental-variables"
S_TF = "https://developer.hashicorp.com/terraform/cli/config/config-file"
S_GHCLI = "https://cli.github.com/manual/gh_auth_login"
S_GLAB = "https://gitlab.com/gitlab-org/cli/-/blob/main/docs/source/config/_index.md"
S_HUB = "https://hub.github.com/hub.1.html"
S_TEA = "https://gitea.com/gitea/tea"
S_LAZYGIT = "https://github.com/jesseduffield/lazygit/blob/master/docs/Config.md"
S_GHDASH = "https://github.com/dlvhdr/gh-dash"
S_AGE = "https://github.com/FiloSottile/age"
S_SOPS = "https://github.com/getsops/sops"
S_WINGET = "https://learn.microsoft.com/en-us/windows/package-manager/winget/"
S_BREW = "https://docs.brew.sh/Manpage#environment"
S_SDKMAN = "https://sdkman.io/usage"
S_STARSHIP = "https://starship.rs/config/"
S_ATUIN = "https://docs.atuin.sh/configuration/config/"
S_ZOXIDE = "https://github.com/ajeetdsouza/zoxide"
S_GCM = "https://github.com/git-ecosystem/git-credential-manager/blob/main/docs/environment.md"
S_GITLFS = "https://github.com/git-lfs/git-lfs/blob/main/docs/man/git-lfs-config.adoc"
S_PRECOMMIT = "https://pre-commit.com/#pre-commit-configyaml---top-level"
S_WANDB = "https://docs.wandb.ai/guides/track/environment-variables"
S_WINCRED = "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/cmdkey"
S_RCLONEOBS = "https://rclone.org/commands/rclone_obscure/"

# ---------------------------------------------------------------- shells
P("zsh_extended_history_semicolon_elapsed_wandb_login_relogin", S_ZSH, """
: «dig10:a»:0;cd ~/src/train
: «dig10:b»:3;wandb login --relogin «!hex40:k»
: «dig10:c»:0;python train.py --project «@vision|nlp|rl»
""")
P("bash_history_tokens_glued_to_ampersand_chain", S_BASH, """
cd ~/work/infra
GITHUB_TOKEN=ghp_«!an36:t» gh release download v«dig1:v».«dig1:w».0 -R acme/tools && ls
git status
""")
P("fish_function_file_funcsave_set_gx_wandb", S_FISH, """
# Defined via `source`
function wbprod --description 'point wandb at prod server'
    set -gx WANDB_BASE_URL https://wandb.«@corp|internal|lab».example.com
    set -gx WANDB_API_KEY local-«!hex40:k»
    wandb status
end
""")
P("fish_history_when_cmd_env_prefix_psql", "https://fishshell.com/docs/current/cmds/history.html", """
- cmd: env PGPASSWORD=«!pw18:p» psql -h 10.«dig2:a».4.«dig2:b» -U wandb_local wandb_local
  when: «dig10:w»
- cmd: ls
  when: «dig10:x»
""")
P("nushell_config_nu_load_env_record", S_NU, """
# config.nu
load-env {
    OPENAI_API_KEY: "sk-proj-«!b64u64:k»"
    WANDB_ENTITY: "«@ml-team|vision|research»"
}
""")
P("nushell_history_txt_with_env_block", "https://www.nushell.sh/commands/docs/with-env.html", """
ls | where size > 1mb
with-env {GITLAB_TOKEN: "glpat-«!b64u20:t»"} { glab mr list }
cd ~/src
""")
P("xonshrc_dollar_env_assignment_hf", S_XONSH, """
# ~/.xonshrc
$XONSH_SHOW_TRACEBACK = True
$HF_TOKEN = 'hf_«!al34:t»'
$PATH.append('~/.local/bin')
""")
P("tcsh_history_file_hash_plus_timestamp_setenv", S_TCSH, """
#+«dig10:a»
setenv AWS_SECRET_ACCESS_KEY «!b64s40:k»
#+«dig10:b»
aws s3 ls s3://wandb-«lc8:bk»
""")
P("pwsh_profile_setenvironmentvariable_user_scope", "https://learn.microsoft.com/en-us/dotnet/api/system.environment.setenvironmentvariable", """
# Microsoft.PowerShell_profile.ps1⏎
Import-Module posh-git⏎
[Environment]::SetEnvironmentVariable('WANDB_API_KEY', '«!hex40:k»', 'User')⏎
Set-Alias k kubectl⏎
""")
P("pwsh_consolehost_history_net_networkcredential_ctor", S_PWSH, """
$nc = New-Object System.Net.NetworkCredential('svc-build', '«!pw16:p»')⏎
Invoke-WebRequest -Uri https://nexus.example.com/repository/raw/a.zip -Credential $nc.GetCredential('nexus.example.com', 443, 'Basic') -OutFile a.zip⏎
""")
P("cmd_doskey_history_set_then_curl_header", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/doskey", """
C:\\Users\\dev>doskey /history⏎
set WANDB_API_KEY=«!hex40:k»⏎
curl -H "Authorization: Bearer %WANDB_API_KEY%" https://wandb.example.com/api/v1/viewer⏎
doskey /history⏎
""")
P("posix_profile_assign_then_separate_export_line", "https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html#export", """
# ~/.profile
ARTIFACTORY_API_KEY=AKCp8«!an64:k»
NPM_CONFIG_USERCONFIG=$HOME/.config/npm/npmrc
export ARTIFACTORY_API_KEY NPM_CONFIG_USERCONFIG
""")
P("bash_aliases_alias_with_pgpassword_prefix", "https://www.gnu.org/software/bash/manual/html_node/Aliases.html", """
alias ll='ls -alF'
alias prodpg='PGPASSWORD=«!pw20:p» psql "host=db.example.com user=app dbname=app sslmode=require"'
alias k='kubectl'
""")
P("zprofile_homebrew_github_api_token", S_BREW, """
eval "$(/opt/homebrew/bin/brew shellenv)"
export HOMEBREW_GITHUB_API_TOKEN=github_pat_«!an22:a»_«!an59:b»
export HOMEBREW_NO_ANALYTICS=1
""")
P("envrc_layout_python_database_url_userinfo", S_DIRENV, """
layout python3
export DATABASE_URL=postgresql://wandb:«!pw20:p»@localhost:5432/wandb_dev
PATH_add bin
""")
P("envrc_source_up_then_export_minio_root", S_DIRENV, """
source_up
export MINIO_ROOT_USER=minioadmin
export MINIO_ROOT_PASSWORD=«!pw24:p»
watch_file .tool-versions
""")
P("direnv_dump_json_output_env_map", "https://direnv.net/man/direnv.1.html", """
$ direnv dump json | jq -c .
{"DIRENV_DIR":"-/home/dev/src/app","SENTRY_AUTH_TOKEN":"sntrys_«!b64u60:t»","VIRTUAL_ENV":"/home/dev/src/app/.direnv/python-3.11"}
""")
P("netrc_macdef_block_then_machine_line", S_NETRC, """
macdef init
prompt off
binary

machine ftp.example.com login deploy password «!pw18:p»
""")
P("emacs_authinfo_port_line_smtp", S_AUTHINFO, """
machine imap.example.com login dev@example.com port 993 password «!pw16:a»
machine smtp.example.com login dev@example.com port 587 password "«!pw16:b»"
""")
P("wsl_conf_boot_command_with_token", S_WSL, """
[boot]
systemd=true
command="echo GH_TOKEN=ghp_«!an36:t» >> /etc/environment"
[interop]
appendWindowsPath=false
""")
P("atuin_history_list_cmd_column_tab", "https://docs.atuin.sh/reference/list/", """
«TS»⇥export DIGITALOCEAN_ACCESS_TOKEN=dop_v1_«!hex64:t»⇥«dig2:d»ms
«TS»⇥doctl compute droplet list⇥«dig3:e»ms
""")

# ---------------------------------------------------------------- editors / IDEs / assistants
P("vscode_settings_http_proxy_userinfo_and_strictssl", S_VSC, """
{
    "http.proxy": "http://dev:«!pw16:p»@proxy.corp.example.com:3128",
    "http.proxyStrictSSL": false,
    "editor.formatOnSave": true
}
""")
P("vscode_settings_sqltools_connections_password", "https://vscode-sqltools.mteixeira.dev/en/settings", """
    "sqltools.connections": [
        {
            "previewLimit": 50,
            "server": "mysql.example.com",
            "port": 3306,
            "driver": "MySQL",
            "name": "wandb-local",
            "database": "wandb_local",
            "username": "wandb",
            "password": "«!pw20:p»"
        }
    ],
""")
P("vscode_tasks_json_shell_command_curl_header", S_VSCT, """
        {
            "label": "fetch-artifacts",
            "type": "shell",
            "command": "curl -sf -H 'PRIVATE-TOKEN: glpat-«!b64u20:t»' https://gitlab.example.com/api/v4/projects/«dig3:p»/jobs/artifacts/main/download?job=build -o out.zip",
            "problemMatcher": []
        }
""")
P("vscode_mcp_json_server_headers_authorization", S_VSCMCP, """
{
  "servers": {
    "linear": {
      "type": "http",
      "url": "https://mcp.linear.app/mcp",
      "headers": { "Authorization": "Bearer lin_api_«!an40:t»" }
    }
  }
}
""")
P("vscode_settings_cody_access_token_sgp", S_CODY, """
    "cody.serverEndpoint": "https://sourcegraph.example.com",
    "cody.accessToken": "sgp_«!hex16:a»_«!hex40:b»",
""")
P("devcontainer_postcreate_writes_npmrc_token", S_DEVC, """
{
  "name": "web",
  "image": "mcr.microsoft.com/devcontainers/typescript-node:20",
  "postCreateCommand": "echo '//npm.pkg.github.com/:_authToken=ghp_«!an36:t»' >> ~/.npmrc && npm ci"
}
""")
P("devcontainer_remoteenv_localenv_default_inlined", S_DEVC, """
  "remoteEnv": {
    "WANDB_API_KEY": "${localEnv:WANDB_API_KEY:«!hex40:k»}",
    "WANDB_MODE": "online"
  },
""")
P("idea_datasources_xml_jdbc_url_amp_password", S_JBDS, """
    <data-source source="LOCAL" name="wandb@db" uuid="«uuid:u»">
      <driver-ref>postgresql</driver-ref>
      <jdbc-driver>org.postgresql.Driver</jdbc-driver>
      <jdbc-url>jdbc:postgresql://db.example.com:5432/wandb?user=wandb&amp;password=«!pw18:p»&amp;ssl=true</jdbc-url>
    </data-source>
""")
P("neovim_codecompanion_adapter_extend_inline_key", S_CODECOMP, """
require("codecompanion").setup({
  adapters = {
    anthropic = function()
      return require("codecompanion.adapters").extend("anthropic", {
        env = { api_key = "sk-ant-api03-«!b64u86:k»AA" },
      })
    end,
  },
})
""")
P("neovim_init_lua_vim_env_assignment", S_NVIM, """
vim.g.mapleader = " "
vim.env.OPENAI_API_KEY = "sk-proj-«!b64u64:k»"
vim.opt.number = true
""")
P("emacs_gptel_setq_api_key_string", S_GPTEL, """
(use-package gptel
  :config
  (setq gptel-model 'gpt-4o
        gptel-api-key "sk-proj-«!b64u64:k»"))
""")
P("emacs_sql_connection_alist_sql_password", S_EMACSSQL, """
(setq sql-connection-alist
      '((wandb-prod (sql-product 'postgres)
                    (sql-server "db.example.com")
                    (sql-user "wandb")
                    (sql-password "«!pw18:p»")
                    (sql-database "wandb"))))
""")
P("vimrc_let_global_chat_gpt_key", "https://vimhelp.org/eval.txt.html#let", """
set nocompatible
let g:chat_gpt_key = '«@sk-proj-|»«!b64u48:k»'
nnoremap <leader>c :ChatGPT<CR>
""")
P("continue_config_yaml_models_apikey", S_CONTINUE, """
models:
  - name: Claude
    provider: anthropic
    model: claude-3-5-sonnet-latest
    apiKey: sk-ant-api03-«!b64u86:k»AA
    roles: [chat, edit]
""")
P("continue_config_json_tab_autocomplete_apikey", S_CONTINUE, """
  "tabAutocompleteModel": {
    "title": "Codestral",
    "provider": "mistral",
    "model": "codestral-latest",
    "apiKey": "«!an32:k»"
  },
""")
P("aider_conf_yml_api_key_list_form", S_AIDER, """
model: sonnet
api-key:
  - anthropic=sk-ant-api03-«!b64u86:a»AA
  - openai=sk-proj-«!b64u56:b»
auto-commits: false
""")
P("claude_desktop_config_mcpservers_env_pat", S_CLAUDE, """
{
  "mcpServers": {
    "github": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-github"],
      "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "github_pat_«!an22:a»_«!an59:b»" }
    }
  }
}
""")
P("cursor_mcp_json_args_api_key_flag", S_CURSOR, """
{
  "mcpServers": {
    "brave-search": {
      "command": "npx",
      "args": ["-y", "@brave/brave-search-mcp-server", "--brave-api-key", "BSA«!an28:k»"]
    }
  }
}
""")
P("codex_auth_json_openai_api_key_and_tokens", S_CODEX, """
{
  "OPENAI_API_KEY": "sk-proj-«!b64u64:k»",
  "tokens": null,
  "last_refresh": "«T»"
}
""")
P("llm_cli_keys_json_named_keys", S_LLM, """
{
  "// Note": "This file stores secret API credentials. Do not share!",
  "openai": "sk-proj-«!b64u56:a»",
  "gemini": "AIza«!b64u35:b»"
}
""")
P("github_copilot_apps_json_oauth_token_ghu", S_COPILOT, """
{"github.com:Iv1.b507a08c87ecfe98":{"user":"«@dev-jane|mlops-bot|octo-dev»","oauth_token":"ghu_«!an36:t»","githubAppId":"Iv1.b507a08c87ecfe98"}}
""")
P("zed_settings_context_servers_env_token", "https://zed.dev/docs/assistant/context-servers", """
  "context_servers": {
    "postgres": {
      "command": { "path": "npx", "args": ["-y", "@modelcontextprotocol/server-postgres", "postgresql://ro:«!pw18:p»@db.example.com/wandb"] }
    }
  },
""")
# ---------------------------------------------------------------- git
P("git_config_show_origin_file_prefix_token_url", S_GITCFG, """
$ git config --list --show-origin | grep -i url
file:.git/config⇥remote.origin.url=https://oauth2:glpat-«!b64u20:t»@gitlab.example.com/ml/train.git
file:/home/dev/.gitconfig⇥url.git@github.com:.pushinsteadof=https://github.com/
""")
P("git_credential_helper_inline_shell_function", S_GITCRED, """
[credential "https://git.example.com"]
⇥helper = "!f() { echo username=ci-bot; echo password=«!pw24:p»; }; f"
[user]
⇥name = Dev
""")
P("gitconfig_includeif_target_file_with_github_token", "https://git-scm.com/docs/git-config#_conditional_includes", """
# ~/.gitconfig-work (included via [includeIf "gitdir:~/work/"])
[user]
⇥email = dev@example.com
[github]
⇥user = dev-«lc6:u»
⇥token = ghp_«!an36:t»
""")
P("git_askpass_script_printf_token", S_GITASK, """
#!/bin/sh
# used as GIT_ASKPASS in CI image
case "$1" in
  Username*) echo x-access-token ;;
  Password*) printf '%s\\n' 'ghs_«!an36:t»' ;;
esac
""")
P("git_clone_c_http_extraheader_in_ps", S_PS, """
  PID TTY          TIME CMD
«dig5:a» pts/1    00:00:00 git -c http.extraHeader=Authorization: Bearer «!b64u40:t» clone https://git.example.com/ml/data.git
«dig5:b» pts/1    00:00:00 git-remote-https origin https://git.example.com/ml/data.git
""")
P("git_lfs_env_output_basic_auth_endpoint", S_GITLFS, """
$ git lfs env
git-lfs/3.4.1 (GitHub; linux amd64; go 1.21.5)
git version 2.43.0

Endpoint=https://ci:«!pw20:p»@lfs.example.com/ml/models.git/info/lfs (auth=basic)
LocalWorkingDir=/home/dev/src/models
""")
P("gcm_trace2_log_basic_header_leak", S_GCM, """
«TS» trace.cs:«dig3:l»   trace: [HttpClient] > Authorization: Basic «!pw20:p|basic:dev»
«TS» trace.cs:«dig3:m»   trace: [HttpClient] > User-Agent: Git-Credential-Manager/2.4
""")
P("hub_config_yaml_oauth_token", S_HUB, """
github.com:
- user: dev-«lc6:u»
  oauth_token: «!hex40:t»
  protocol: https
""")
P("tea_config_yml_logins_token", S_TEA, """
logins:
- name: gitea.example.com
  url: https://gitea.example.com
  token: «!hex40:t»
  default: true
  user: dev
""")
P("lazygit_debug_log_git_push_url_userinfo", S_LAZYGIT, """
«TL» DEBUG running git command: git push --set-upstream https://dev:«!pw18:p»@git.example.com/ml/app.git feature/x
""")
P("precommit_config_additional_dependencies_private_index", S_PRECOMMIT, """
-   repo: local
    hooks:
    -   id: lint
        language: python
        additional_dependencies: ["--index-url=https://__token__:«!an32:t»@pypi.example.com/simple", "ruff==0.4.4"]
""")
# ---------------------------------------------------------------- ssh / gpg
P("putty_plink_pw_flag_in_batch_file", "https://the.earth.li/~sgtatham/putty/0.80/htmldoc/Chapter7.html#plink-option-pw", """
@echo off⏎
plink -batch -ssh deploy@10.«dig2:a».«dig2:b».7 -pw «!pw16:p» "sudo systemctl restart wandb"⏎
""")
P("gpg_preset_passphrase_history_keygrip", S_GPGP, """
/usr/lib/gnupg/gpg-preset-passphrase --preset --passphrase '«!pw20:p»' «uhex40:g»
git commit -S -m "release"
""")
P("gpg_batch_passphrase_loopback_ps_line", S_GPG, """
dev     «dig5:p»  0.0  0.0  «dig5:q»  «dig4:r» pts/3    S+   «hh:h»:«mm:m»   0:00 gpg --batch --yes --pinentry-mode loopback --passphrase «!pw20:p» -d secrets.env.gpg
""")
# ---------------------------------------------------------------- password managers
P("op_item_get_human_output_concealed_revealed", S_OP, """
ID:          «lc26:i»
Title:       wandb prod
Vault:       Infra («lc26:v»)
Fields:
  username:    admin
  password:    «!pw20:p»
  api key:     local-«!hex40:k»
""")
P("op_signin_raw_eval_export_session", "https://developer.1password.com/docs/cli/reference/commands/signin", """
$ eval $(op signin --account my)
$ env | grep OP_SESSION
OP_SESSION_«lc26:a»=«!b64u43:s»
""")
P("op_connect_credentials_env_token_jwt", S_OPCON, """
OP_CONNECT_HOST=http://op-connect:8080
OP_CONNECT_TOKEN=eyJhbGciOiJFUzI1NiIsImtpZCI6I«!b64u40:h».«!b64u120:p».«!b64u86:s»
""")
P("bw_list_items_login_totp_seed_uri", S_BW, """
[{"object":"item","id":"«uuid:i»","type":1,"name":"wandb sso","login":{"username":"dev@example.com","password":"«!pw18:p»","totp":"otpauth://totp/WandB:dev?secret=«!uc32:t»&issuer=WandB"}}]
""")
P("bw_login_apikey_env_clientsecret", S_BW, """
export BW_CLIENTID=user.«uuid:c»
export BW_CLIENTSECRET=«!an30:s»
bw login --apikey
""")
P("bws_access_token_three_part_env", S_BWS, """
BWS_ACCESS_TOKEN=0.«uuid:a».«!an30:s»:«!b64s22:k»==
bws secret list «uuid:p»
""")
P("pass_otp_append_uri_history", S_PASSOTP, """
pass otp append -s -i GitHub -a dev@example.com github/dev
echo 'otpauth://totp/GitHub:dev?secret=«!uc32:t»&issuer=GitHub' | pass otp insert github/dev
""")
P("security_find_internet_password_g_stderr_line", S_SEC, """
keychain: "/Users/dev/Library/Keychains/login.keychain-db"
class: "inet"
    "srvr"<blob>="git.example.com"
    "acct"<blob>="dev"
password: "«!pw18:p»"
""")
P("security_add_generic_password_w_history", S_SECADD, """
security add-generic-password -a "$USER" -s wandb-api-key -w «!hex40:k» -U
security find-generic-password -s wandb-api-key
""")
P("credentialmanager_new_storedcredential_history", S_CREDMAN, """
Install-Module CredentialManager -Scope CurrentUser⏎
New-StoredCredential -Target 'git:https://dev.azure.com' -UserName dev -Password '«!an52:p»' -Persist LocalMachine⏎
""")
P("secret_tool_search_unlock_secret_attr", S_SECTOOL, """
$ secret-tool search --unlock service wandb
[/org/freedesktop/secrets/collection/login/«dig2:n»]
label = wandb api key
secret = «!hex40:k»
created = «TS»
attribute.service = wandb
""")
P("lpass_show_entry_password_field", S_LPASS, """
$ lpass show infra/minio
infra/minio [id: «dig19:i»]
Username: minioadmin
Password: «!pw24:p»
URL: https://minio.example.com
""")
P("gopass_show_o_yaml_field_print", "https://github.com/gopasspw/gopass/blob/master/docs/commands/show.md", """
$ gopass show -o infra/s3 secret_key
«!b64s40:k»
""")
# ---------------------------------------------------------------- dotfiles / version managers / language tools
P("chezmoi_toml_data_section_inline_token", S_CHEZ, """
[data]
    email = "dev@example.com"
    githubToken = "ghp_«!an36:t»"
[edit]
    command = "nvim"
""")
P("chezmoi_data_json_output_secrets", "https://www.chezmoi.io/reference/commands/data/", """
  "email": "dev@example.com",
  "wandbKey": "«!hex40:k»",
  "work": true
""")
P("chezmoi_cat_rendered_aws_credentials", "https://www.chezmoi.io/reference/commands/cat/", """
$ chezmoi cat ~/.aws/credentials
[default]
aws_access_key_id = AKIA«uc16:i»
aws_secret_access_key = «!b64s40:k»
""")
P("chezmoi_execute_template_output_token", "https://www.chezmoi.io/reference/commands/execute-template/", """
$ chezmoi execute-template '{{ onepasswordRead "op://Private/npm/token" }}'
npm_«!an36:t»
""")
P("yadm_alt_template_rendered_env", "https://yadm.io/docs/templates", """
# generated by yadm from .env##template
WANDB_API_KEY=«!hex40:k»
WANDB_BASE_URL=https://wandb.example.com
""")
P("asdf_plugin_add_private_repo_userinfo", S_ASDF, """
asdf plugin add wbtool https://oauth2:glpat-«!b64u20:t»@gitlab.example.com/tools/asdf-wbtool.git
asdf install wbtool latest
""")
P("mise_toml_env_section_inline_key", S_MISE, """
[tools]
python = "3.11"
[env]
WANDB_API_KEY = "«!hex40:k»"
_.python.venv = { path = ".venv", create = true }
""")
P("mise_set_listing_key_value_source", S_MISESET, """
$ mise set
key               value                                     source
WANDB_API_KEY     «!hex40:k»  ~/src/app/mise.local.toml
WANDB_PROJECT     demo                                      ~/src/app/mise.toml
""")
P("mise_env_json_output", S_MISE, """
{
  "HF_TOKEN": "hf_«!al34:t»",
  "VIRTUAL_ENV": "/home/dev/src/app/.venv"
}
""")
P("mise_github_token_config_settings", "https://mise.jdx.dev/configuration/settings.html", """
[settings]
experimental = true
github_token = "github_pat_«!an22:a»_«!an59:b»"
""")
P("pyenv_install_verbose_proxy_userinfo_line", S_PYENV, """
Downloading Python-3.11.«dig1:v».tar.xz...
-> https://www.python.org/ftp/python/3.11.«dig1:v»/Python-3.11.«dig1:v».tar.xz
curl: (56) CONNECT tunnel failed, response 407 (proxy http://dev:«!pw16:p»@proxy.example.com:8080)
""")
P("renviron_github_pat_and_connect_key", S_RENVIRON, """
GITHUB_PAT=ghp_«!an36:a»
CONNECT_API_KEY=«!an32:b»
R_LIBS_USER=~/R/library
""")
P("stack_config_yaml_hackage_creds_json", S_STACK, """
$ cat ~/.stack/upload/credentials.json
{"username":"dev","password":"«!pw18:p»"}
""")
P("hex_config_api_key_env_mix", S_HEX, """
export HEX_API_KEY=«!hex32:k»
mix hex.publish --yes
""")
P("pause_cpan_upload_rc_password", S_CPAN, """
# ~/.pause
user DEVX
password «!pw18:p»
""")
P("swift_package_registry_login_token_flag", "https://www.swift.org/documentation/package-manager/", """
swift package-registry login https://swift.example.com --token «!an40:t» --no-confirm
""")
P("nimble_api_token_file", S_NIMBLE, """
$ cat ~/.nimble/github_api_token
ghp_«!an36:t»
""")
P("opam_repository_add_https_userinfo", S_OPAM, """
opam repository add private https://ci:«!pw20:p»@opam.example.com/repo --all-switches
""")
P("sdkman_config_with_proxy_password", S_SDKMAN, """
sdkman_auto_answer=false
sdkman_curl_connect_timeout=7
sdkman_proxy=http://dev:«!pw16:p»@proxy.example.com:3128
""")
P("vagrant_cloud_token_env_and_login_history", S_VAGRANT, """
export VAGRANT_CLOUD_TOKEN=«!an14:a».atlasv1.«!an70:b»
vagrant cloud box show acme/base
""")
P("starship_custom_module_command_with_token", S_STARSHIP, """
[custom.gpu]
command = "curl -s -H 'X-API-Key: «!an32:k»' http://10.0.0.5:8080/gpu | jq -r .util"
when = true
""")
P("atuin_config_toml_sync_key_file_content", S_ATUIN, """
$ cat ~/.local/share/atuin/key
«!b64s44:k»
""")
# ---------------------------------------------------------------- API clients
P("httpie_config_json_default_options_auth", S_HTTPIECFG, """
{
    "default_options": ["--style=fruity", "--auth-type=bearer", "--auth=«!an40:t»"]
}
""")
P("httpyac_env_file_private_vars", S_HTTPYAC, """
# .env.prod (httpyac)
host=https://api.example.com
api_token=«!an40:t»
""")
P("httpyac_http_file_oauth2_client_secret_var", S_HTTPYAC, """
@host=https://auth.example.com
@oauth2_clientId=wandb-cli
@oauth2_clientSecret=«!an40:s»
@oauth2_tokenEndpoint={{host}}/oauth/token
""")
P("hurl_variables_cli_flag_history", S_HURL, """
hurl --variable host=https://api.example.com --variable token=«!an40:t» --test smoke.hurl
""")
P("thunder_client_env_json_data_array", S_THUNDER, """
{
  "_id": "«uuid:i»",
  "name": "prod",
  "data": [ { "name": "apiKey", "value": "«!an32:k»" } ]
}
""")
P("yaak_environment_variables_yaml", S_YAAK, """
variables:
- name: base_url
  value: https://api.example.com
- name: bearer
  value: «!b64u43:t»
  enabled: true
""")
P("postman_cli_login_with_api_key_flag", S_POSTCLI, """
$ postman login --with-api-key PMAK-«hex24:a»-«!hex34:b»
Logged in using api key of user: dev
""")
P("newman_env_var_flag_ci_log", S_NEWMAN, """
«T» + newman run collection.json --env-var "token=«!an40:t»" --reporters cli,junit
«T» newman
""")
P("inso_run_test_env_flag_via_ps", S_INSOCLI, """
dev  «dig5:p»  node /usr/local/bin/inso run collection wrk_«hex32:w» --env-var apiKey=«!an32:k» --bail
""")
P("bru_cli_run_env_var_flag", S_BRUCLI, """
$ bru run --env prod --env-var accessToken=«!b64u43:t» requests/
Requests:    12 passed, 12 total
""")
P("bruno_dotenv_collection_root_process_env", "https://docs.usebruno.com/variables/process-env", """
# .env at collection root (git-ignored)
authkey=«!an32:k»
AUTH_PASSWORD=«!pw16:p»
""")
# ---------------------------------------------------------------- notebooks / misc dev servers
P("ipython_config_startup_exec_lines_key", S_IPY, """
c = get_config()  #noqa
c.InteractiveShellApp.exec_lines = [
    "import os",
    "os.environ['WANDB_API_KEY'] = '«!hex40:k»'",
]
""")
P("rstudio_renviron_site_line", S_RENVIRON, """
# /usr/lib/R/etc/Renviron.site
OPENAI_API_KEY="sk-proj-«!b64u56:k»"
R_PAPERSIZE_USER=a4
""")
P("marimo_toml_ai_api_key", "https://docs.marimo.io/guides/configuration/", """
[ai.open_ai]
api_key = "sk-proj-«!b64u56:k»"
model = "gpt-4o"
""")
S_SENTRY = "https://docs.sentry.io/cli/configuration/"
S_REMMINA = "https://gitlab.com/Remmina/Remmina/-/wikis/Usage/Remmina-user's-guide"
S_RAILWAY = "https://docs.railway.com/guides/cli"
S_NETLIFY = "https://docs.netlify.com/cli/get-started/"
S_VERCEL = "https://vercel.com/docs/cli/global-options"
S_SUPA = "https://supabase.com/docs/reference/cli/supabase-login"
S_PGCLI = "https://www.pgcli.com/config"
S_USQL = "https://github.com/xo/usql"
S_HARLEQ = "https://harlequin.sh/docs/config-file"
S_LITECLI = "https://litecli.com/config/"
S_MYCLI = "https://www.mycli.net/config"
S_GITKRAKEN = "https://help.gitkraken.com/gitkraken-cli/gk-cli-home/"
S_CCI = "https://circleci.com/docs/local-cli/"
S_GORE = "https://goreleaser.com/scm/github/"
S_COURSIER = "https://get-coursier.io/docs/other-credentials"
S_GLEAM = "https://gleam.run/writing-gleam/command-line-reference/#publish"
S_POSTING = "https://posting.sh/guide/collections/"
S_SSHMATCH = "https://man.openbsd.org/ssh_config#Match"
S_CLOUDFLARE = "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/"
S_CONAN2 = "https://docs.conan.io/2/reference/config_files/source_credentials.html"

P("zshenv_typeset_gx_cloudflare_token", S_ZSH, """
# ~/.zshenv
typeset -gx CLOUDFLARE_API_TOKEN=«!b64u40:t»
typeset -U path
""")
P("pwsh_history_start_job_argumentlist_token", S_PWSH, """
$j = Start-Job -ScriptBlock { param($t) wandb login $t } -ArgumentList '«!hex40:k»'⏎
Receive-Job $j -Wait⏎
""")
P("tmux_conf_set_environment_g_line", "https://man.openbsd.org/tmux#set-environment", """
set -g mouse on
set-environment -g OPENAI_API_KEY sk-proj-«!b64u56:k»
bind r source-file ~/.tmux.conf
""")
P("vscode_settings_jupyter_run_startup_commands_environ", S_VSC, """
    "jupyter.runStartupCommands": [
        "import os; os.environ['WANDB_API_KEY'] = '«!hex40:k»'"
    ],
""")
P("jetbrains_run_xml_vm_parameters_d_property", S_JB, """
<component name="ProjectRunConfigurationManager">
  <configuration default="false" name="api (local)" type="SpringBootApplicationConfigurationType">
    <option name="VM_PARAMETERS" value="-Dspring.datasource.password=«!pw20:p» -Xmx2g" />
    <module name="api" />
  </configuration>
</component>
""")
P("jetbrains_run_xml_program_parameters_token_flag", S_JB, """
  <configuration name="sync-runs" type="GoApplicationRunConfiguration" factoryName="Go Application">
    <parameters value="--api-key=«!hex40:k» --entity=«@ml|vision|research»" />
    <kind value="PACKAGE" />
""")
P("ssh_config_match_exec_env_prefix_vault_token", S_SSHMATCH, """
Match host *.prod.example.com exec "VAULT_TOKEN=hvs.«!b64u24:t» vault write -field=signed_key ssh/sign/dev public_key=@%d/.ssh/id_ed25519.pub > %d/.ssh/id_ed25519-cert.pub"
    CertificateFile ~/.ssh/id_ed25519-cert.pub
""")
P("op_run_no_masking_printenv_output", "https://developer.1password.com/docs/cli/reference/commands/run", """
$ op run --no-masking --env-file=.env.tpl -- printenv DB_PASSWORD
«!pw24:p»
""")
P("remmina_profile_password_field", S_REMMINA, """
[remmina]
name=build-«lc4:h»
protocol=RDP
server=10.«dig2:a».«dig2:b».20
username=dev
password=«!b64s24:p»==
""")
P("bw_get_password_stdout_after_sync", S_BW, """
$ bw sync
Syncing complete.
$ bw get password wandb.example.com
«!pw20:p»
""")
P("hurl_options_section_user_field", S_HURL, """
GET https://api.example.com/admin/status
[Options]
user: admin:«!pw18:p»
HTTP 200
""")
P("goreleaser_github_token_file_content", S_GORE, """
$ cat ~/.config/goreleaser/github_token
ghp_«!an36:t»
$ goreleaser release --clean
""")
P("conan_source_credentials_json_token", S_CONAN2, """
{
  "credentials": [
    { "url": "https://art.example.com/artifactory/generic-sources", "token": "«!an64:t»" }
  ]
}
""")
P("vcpkg_binary_sources_http_provider_auth_header", S_VCPKG, """
export VCPKG_BINARY_SOURCES="clear;http,https://cache.example.com/{name}/{version}/{sha},readwrite,Authorization: Token «!an40:t»"
""")
P("julia_startup_jl_env_assignment", "https://docs.julialang.org/en/v1/manual/command-line-interface/#Startup-file", """
# ~/.julia/config/startup.jl
ENV["JULIA_PKG_USE_CLI_GIT"] = "true"
ENV["GITHUB_TOKEN"] = "ghp_«!an36:t»"
""")
P("coursier_credentials_properties_file", S_COURSIER, """
nexus.host=nexus.example.com
nexus.username=deploy
nexus.password=«!pw20:p»
nexus.realm=Sonatype Nexus Repository Manager
""")
P("gleam_publish_hexpm_env_pair", S_GLEAM, """
export HEXPM_USER=dev
export HEXPM_PASS=«!pw18:p»
gleam publish --yes
""")
P("posting_collection_yaml_basic_auth", S_POSTING, """
name: list runs
method: GET
url: https://api.example.com/runs
auth:
  type: basic
  basic:
    username: admin
    password: «!pw18:p»
""")
P("sentryclirc_auth_token_section", S_SENTRY, """
[defaults]
org = acme
[auth]
token = sntryu_«!hex64:t»
""")
P("railway_cli_token_env_ci_line", S_RAILWAY, """
«T» RAILWAY_TOKEN=«!uuid:i» railway up --service api
«T» RAILWAY_API_TOKEN=«!uuid:k» railway status
""")
P("netlify_config_json_users_auth_token", S_NETLIFY, """
{
  "telemetryDisabled": true,
  "users": {
    "«hex24:u»": { "id": "«hex24:u»", "auth": { "token": "nfp_«!an40:t»", "github": {} } }
  }
}
""")
P("vercel_auth_json_token", S_VERCEL, """
{
  "// Note": "This is your Vercel credentials file. DO NOT SHARE!",
  "token": "«!an24:t»"
}
""")
P("supabase_access_token_file_and_link_password", S_SUPA, """
$ cat ~/.supabase/access-token
sbp_«!hex40:t»
$ supabase link --project-ref «lc20:r» -p «!pw20:p»
""")
P("pgcli_config_dsn_alias_with_password", S_PGCLI, """
[alias_dsn]
prod = postgresql://wandb:«!pw20:p»@db.example.com:5432/wandb
local = postgresql://localhost/wandb
""")
P("usql_config_yaml_connections_dsn", S_USQL, """
connections:
  wb: postgres://wandb:«!pw20:p»@db.example.com/wandb?sslmode=require
  lite: sqlite:/home/dev/app.db
""")
P("harlequin_toml_profile_password", S_HARLEQ, """
[profiles.prod]
adapter = "postgres"
host = "db.example.com"
user = "wandb"
password = "«!pw20:p»"
""")
P("mycli_myclirc_alias_dsn", S_MYCLI, """
[alias_dsn]
wb = mysql://wandb:«!pw18:p»@mysql.example.com:3306/wandb_local
""")
P("gitkraken_gk_auth_login_token_flag_history", S_GITKRAKEN, """
gk auth login --token «!b64u40:t»
gk ws list
""")
P("circleci_cli_yml_token_and_host", S_CCI, """
host: https://circleci.com
endpoint: graphql-unstable
token: CCIPAT_«!an22:a»_«!hex40:b»
""")
# ---------------------------------------------------------------- contexts: ps / proc / k8s / compose / logs / tracebacks / http
P("proc_environ_nul_split_vscode_server_terminal", S_PROC, """
$ tr '\\0' '\\n' < /proc/«dig5:p»/environ | grep -E 'VSCODE|TOKEN'
VSCODE_IPC_HOOK_CLI=/run/user/1000/vscode-ipc-«uuid:v».sock
GITHUB_TOKEN=gho_«!an36:t»
""")
P("ps_auxww_code_tunnel_with_connection_token", S_PS, """
dev  «dig5:p»  1.2  0.8 «dig7:v» «dig6:r» ?  Sl   «hh:h»:«mm:m»   0:03 /home/dev/.vscode-server/cli/servers/Stable-«hex40:c»/server/node --start-server --host=127.0.0.1 --connection-token=«!an30:t» --port 0
""")
P("openvscode_server_compose_connection_token", "https://github.com/gitpod-io/openvscode-server#securing-access-to-your-ide", """
services:
  openvscode:
    image: gitpod/openvscode-server:latest
    command: --connection-token «!an32:t» --host 0.0.0.0
    ports: ["3000:3000"]
""")
P("code_server_config_yaml_password", "https://coder.com/docs/code-server/FAQ#how-do-i-change-the-password", """
bind-addr: 127.0.0.1:8080
auth: password
password: «!an24:p»
cert: false
""")
P("code_server_k8s_secret_stringdata_password", S_K8S, """
apiVersion: v1
kind: Secret
metadata:
  name: code-server-«lc5:n»
stringData:
  PASSWORD: «!pw20:p»
""")
P("devpod_json_log_workspace_env_token", "https://devpod.sh/docs/developing-in-workspaces/environment-variables-in-devcontainer-json", """
{"level":"debug","ts":«dig10:t».«dig6:u»,"msg":"run agent command","workspace":"ml-«lc4:w»","env":["WANDB_API_KEY=«!hex40:k»","HOME=/home/vscode"]}
""")
P("python_traceback_netrc_parse_error_line", "https://docs.python.org/3/library/netrc.html#netrc.NetrcParseError", """
Traceback (most recent call last):
  File "/usr/lib/python3.11/netrc.py", line 85, in _parse
    raise NetrcParseError("bad follower token %r" % tt, file, lexer.lineno)
netrc.NetrcParseError: bad follower token 'password«!pw16:p»' (/home/dev/.netrc, line 2)
""")
P("python_keyring_get_password_debug_log", "https://pypi.org/project/keyring/", """
«TL» DEBUG keyring.backends.SecretService: got password for service 'wandb' user 'dev': '«!hex40:k»'
«TL» INFO wandb.sdk: logged in
""")
P("httpie_verbose_offline_basic_header", S_HTTPIE, """
$ http --offline -a admin:«!pw18:p» GET https://api.example.com/v1/health
GET /v1/health HTTP/1.1
Authorization: Basic «!pw18:p|basic:admin»
Host: api.example.com
""")
P("curl_trace_ascii_config_file_user_line", "https://everything.curl.dev/cmdline/configfile.html", """
$ cat ~/.curlrc
--retry 3
user = "dev:«!pw20:p»"
proxy = http://proxy.example.com:3128
""")
P("wgetrc_http_password_lines", "https://www.gnu.org/software/wget/manual/html_node/Wgetrc-Commands.html", """
# ~/.wgetrc
http_user = deploy
http_password = «!pw20:p»
tries = 3
""")
P("aria2_conf_rpc_secret_line", "https://aria2.github.io/manual/en/html/aria2c.html#cmdoption-rpc-secret", """
enable-rpc=true
rpc-listen-port=6800
rpc-secret=«!an32:s»
dir=/home/dev/Downloads
""")
P("docker_compose_dev_override_env_list", S_COMPOSE, """
# compose.override.yaml (local only)
services:
  api:
    environment:
      - STRIPE_SECRET_KEY=sk_test_«!an99:k»
      - DEBUG=1
""")
P("json_log_vscode_extension_host_env_dump", "https://code.visualstudio.com/api/advanced-topics/extension-host", """
«TS» [info] ExtensionService#_doActivateExtension ms-python.python
«TS» [trace] [Python] env: {"PYTHONPATH":"/src","WANDB_API_KEY":"«!hex40:k»","TERM":"xterm-256color"}
""")
P("goose_secrets_yaml_keyring_disabled", "https://block.github.io/goose/docs/guides/config-file", """
# ~/.config/goose/secrets.yaml (GOOSE_DISABLE_KEYRING=1)
OPENAI_API_KEY: sk-proj-«!b64u56:a»
TAVILY_API_KEY: tvly-«!an32:b»
""")
# ---------------------------------------------------------------- negatives
N("zsh_extended_history_sha256sum_and_git_log", S_ZSH, """
: «dig10:a»:0;sha256sum dist/app-«dig1:v».«dig1:w».tar.gz
: «dig10:b»:1;git log -1 --format=%H
: «dig10:c»:0;git show «hex40:c» --stat
""")
N("fish_function_reads_key_from_op_reference", S_FISH, """
function wbprod
    set -gx WANDB_API_KEY (op read "op://Infra/wandb-«lc6:i»/credential")
    set -gx WANDB_BASE_URL https://wandb.example.com
end
""")
N("nushell_load_env_from_open_json_path", S_NU, """
load-env (open ~/.config/secrets/«@wandb|ml|infra».json)
$env.WANDB_PROJECT = "demo-«lc6:p»"
""")
N("pwsh_profile_get_secret_from_secretmanagement", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
Import-Module Microsoft.PowerShell.SecretManagement -RequiredVersion 1.1.«dig1:v»⏎
$env:WANDB_API_KEY = Get-Secret -Name WandbApiKey«@Prod|Dev|Stage|Lab|Ci» -Vault LocalStore -AsPlainText⏎
Set-Alias k kubectl⏎
""")
N("pwsh_consolehost_history_read_host_assecurestring", S_PWSH, """
$pw = Read-Host -AsSecureString 'Password'⏎
$cred = [pscredential]::new('svc-build', $pw)⏎
Get-FileHash .\\wandb-«dig1:v».«dig2:w».0.zip -Algorithm SHA256⏎
""")
N("envrc_dotenv_if_exists_and_use_op_refs", S_DIRENV, """
dotenv_if_exists .env.local
export WANDB_API_KEY_FILE=$HOME/.config/wandb/«@prod|dev|stage».key
export OP_ITEM=op://Infra/«lc26:i»/password
""")
N("direnv_status_output_allowed_hash", "https://direnv.net/man/direnv.1.html", """
direnv exec path /usr/bin/direnv
Found RC path /home/dev/src/app/.envrc
Found watch: ".envrc" - «dig10:t»
Found RC allowed true
Found RC allowPath /home/dev/.local/share/direnv/allow/«hex64:h»
""")
N("netrc_login_only_default_anonymous", S_NETRC, """
machine ftp«dig2:n».example.com login anonymous
default login anonymous password dev@example.com
""")
N("vscode_settings_editor_and_uuid_machine_ids", S_VSC, """
{
    "telemetry.machineId": "«hex64:m»",
    "workbench.colorTheme": "Default Dark Modern",
    "remote.SSH.remotePlatform": { "gpu-«lc4:h»": "linux" }
}
""")
N("vscode_mcp_json_input_prompt_password_reference", S_VSCMCP, """
{
  "inputs": [ { "type": "promptString", "id": "linear-key-«lc4:i»", "description": "Linear API key", "password": true } ],
  "servers": { "linear": { "type": "http", "url": "https://mcp.linear.app/mcp", "headers": { "Authorization": "Bearer ${input:linear-key-«lc4:i»}" } } }
}
""")
N("devcontainer_features_digest_and_localenv_ref", S_DEVC, """
  "image": "mcr.microsoft.com/devcontainers/python@sha256:«hex64:d»",
  "remoteEnv": { "WANDB_API_KEY": "${localEnv:WANDB_API_KEY}" }
""")
N("jetbrains_workspace_xml_component_ids_and_task_hashes", S_JB, """
  <component name="ProjectId" id="«an27:p»" />
  <component name="TaskManager">
    <task active="true" id="Default" summary="Default task">
      <changelist id="«uuid:c»" name="Changes" comment="" />
      <created>«dig13:t»</created>
""")
N("idea_datasources_xml_no_password_keychain_mode", S_JBDS, """
    <data-source source="LOCAL" name="wandb@db" uuid="«uuid:u»">
      <driver-ref>postgresql</driver-ref>
      <jdbc-url>jdbc:postgresql://db.example.com:5432/wandb</jdbc-url>
      <user-name>wandb</user-name>
      <secret-storage>master_key</secret-storage>
""")
N("neovim_lua_api_key_cmd_reference", S_CODECOMP, """
require("chatgpt").setup({
  api_key_cmd = "op read op://Private/OpenAI/credential --no-newline",
  openai_params = { model = "gpt-4o", max_tokens = «dig4:m» },
})
""")
N("emacs_gptel_api_key_function_auth_source", S_GPTEL, """
(setq gptel-api-key (lambda () (auth-source-pick-first-password :host "api.openai.com")))
(setq gptel-model 'gpt-4o gptel-max-tokens «dig4:m»)
""")
N("aider_conf_yml_env_file_and_model_names", S_AIDER, """
env-file: ~/.config/aider/.env
model: anthropic/claude-3-5-sonnet-«ymd:d»
weak-model: gpt-4o-mini
""")
N("claude_desktop_config_env_placeholder_values", S_CLAUDE, """
    "«@github|gh|github-enterprise»": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-github@«dig1:v».«dig1:w».0"],
      "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "<YOUR_TOKEN>" }
""")
N("codex_auth_json_chatgpt_mode_ids_only", S_CODEX, """
{
  "OPENAI_API_KEY": null,
  "last_refresh": "«T»",
  "account_id": "«uuid:a»"
}
""")
N("git_credential_helper_store_file_path_only", S_GITCRED, """
[credential]
⇥helper = store --file ~/.config/git/credentials-«@work|home»
⇥useHttpPath = true
[credential "https://git«dig2:n».example.com"]
⇥username = dev
""")
N("git_lfs_env_endpoint_no_userinfo", S_GITLFS, """
Endpoint=https://lfs.example.com/ml/models-«lc6:r».git/info/lfs (auth=none)
LocalMediaDir=/home/dev/src/models/.git/lfs/objects
git config filter.lfs.smudge = "git-lfs smudge -- %f"
""")
N("gpg_connect_agent_keyinfo_list_keygrips", "https://www.gnupg.org/documentation/manuals/gnupg/Agent-HAVEKEY.html", """
S KEYINFO «uhex40:a» D - - - P - - -
S KEYINFO «uhex40:b» D - - 1 P - - -
OK
""")
N("bw_status_json_user_id_and_server", S_BW, """
{"serverUrl":"https://vault.example.com","lastSync":"«T»","userEmail":"dev@example.com","userId":"«uuid:u»","status":"locked"}
""")
N("pass_git_log_oneline_entries", S_PASS, """
«hex7:a» Add generated password for infra/wandb.
«hex7:b» Rename infra/minio to infra/s3.
«hex7:c» Add given password for github/dev to store.
""")
N("keepassxc_cli_show_protected_hidden", S_KPX, """
Title: wandb
UserName: admin
Password: PROTECTED
URL: https://wandb.example.com
Uuid: {«uuid:u»}
""")
N("secret_tool_search_locked_no_secret", S_SECTOOL, """
[/org/freedesktop/secrets/collection/login/«dig2:n»]
label = wandb api key
secret = 
attribute.service = wandb
""")
N("chezmoi_template_onepasswordread_calls", S_CHEZ, """
[default]
aws_access_key_id = {{ onepasswordRead "op://Infra/aws-«lc6:i»/access key id" }}
aws_secret_access_key = {{ onepasswordRead "op://Infra/aws-«lc6:i»/secret access key" }}
""")
N("chezmoi_state_dump_content_hashes", "https://www.chezmoi.io/reference/commands/state/", """
  "entryState": {
    "/home/dev/.gitconfig": { "type": "file", "mode": 420, "contentsSHA256": "«hex64:a»" },
    "/home/dev/.zshrc": { "type": "file", "mode": 420, "contentsSHA256": "«hex64:b»" }
""")
N("yadm_encrypt_patterns_file", S_YADM, """
.ssh/id_*
.gnupg/*.gpg
.config/wandb/settings
.config/«@rclone|gh|op|aws»/*
.netrc
# «ymd:d»
""")
N("tool_versions_and_mise_lock_checksums", S_MISE, """
[tools.python]
version = "3.11.«dig1:v»"
backend = "core:python"
checksums = { "python-3.11.«dig1:v»-x86_64-unknown-linux-gnu.tar.gz" = "sha256:«hex64:c»" }
""")
N("mise_set_listing_names_only_redacted", S_MISESET, """
key               value     source
WANDB_API_KEY     [redacted]  ~/src/app/mise.local.toml
WANDB_PROJECT     demo-«lc6:p»  ~/src/app/mise.toml
""")
N("httpyac_http_file_dollar_dotenv_references", S_HTTPYAC, """
@token={{$dotenv API_TOKEN}}
GET {{host}}/v1/runs?id=«hex32:r»
Authorization: Bearer {{token}}
""")
N("hurl_captures_and_asserts_with_jsonpath", S_HURL, """
[Captures]
run_id: jsonpath "$.id"
[Asserts]
jsonpath "$.sha" == "«hex40:s»"
""")
N("postman_collection_info_postman_id_schema", S_POSTCLI, """
  "info": {
    "_postman_id": "«uuid:p»",
    "name": "wandb api",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
    "_exporter_id": "«dig8:e»"
  },
""")
N("hoppscotch_env_secret_true_empty_value", S_HOPP, """
{"key":"token","value":"","secret":true},{"key":"runId","value":"«hex32:r»","secret":false}
""")
N("zshenv_typeset_paths_and_fpath", S_ZSH, """
typeset -gx GOPATH=$HOME/go
typeset -U path fpath
fpath=(~/.zfunc-«lc4:v» $fpath)
export HISTSIZE=«dig5:h»
""")
N("bash_history_secret_names_unset_and_grep", S_BASH, """
unset WANDB_API_KEY AWS_SECRET_ACCESS_KEY
env | grep -c TOKEN
history -d «dig4:n»
""")
N("fish_history_op_run_env_file_template", "https://fishshell.com/docs/current/cmds/history.html", """
- cmd: op run --env-file=.env.«@prod|stage|dev».tpl -- python train.py
  when: «dig10:w»
""")
N("nushell_history_sha256_hash_file", "https://www.nushell.sh/commands/docs/hash_sha256.html", """
open dist/app.whl | hash sha256
«hex64:h»
""")
N("xonshrc_env_from_keyring_call", S_XONSH, """
import keyring
$HF_TOKEN = keyring.get_password('huggingface', 'dev-«lc4:u»')
""")
N("pwsh_history_get_filehash_and_guid", S_PWSH, """
Get-FileHash .\\setup-«dig1:v».exe | Format-List⏎
Algorithm : SHA256⏎
Hash      : «uhex64:h»⏎
[guid]::NewGuid()  # «uuid:g»⏎
""")
N("cmd_doskey_macros_no_values", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/doskey", """
ll=dir /w $*⏎
wblogin=wandb login --host https://wandb«dig2:n».example.com⏎
""")
N("profile_export_names_only_from_pass", S_PASS, """
export GITHUB_TOKEN="$(pass show github/token-«lc4:t»)"
export NPM_TOKEN="$(pass show npm/publish)"
""")
N("envrc_watch_file_and_nix_flake_lock_hash", S_DIRENV, """
use flake
watch_file flake.lock
# narHash sha256-«b64s43:n»=
""")
N("vscode_settings_extensions_recommendations_ids", S_VSC, """
{
  "recommendations": ["ms-python.python", "charliermarsh.ruff"],
  "// generated": "«T»",
  "workspaceId": "«hex32:w»"
}
""")
N("vscode_launch_json_envfile_and_input_password", "https://code.visualstudio.com/docs/editor/debugging#_launchjson-attributes", """
      "envFile": "${workspaceFolder}/.env.«@local|dev|test»",
      "env": { "WANDB_MODE": "offline", "WANDB_API_KEY": "${input:wandbKey}" },
      "port": «dig4:p»
""")
N("vscode_tasks_json_command_reads_token_file", S_VSCT, """
            "command": "curl -sf -H \\"PRIVATE-TOKEN: $(cat ~/.config/gitlab/token)\\" https://gitlab.example.com/api/v4/projects/«dig3:p»",
""")
N("devcontainer_lock_json_integrity_hashes", "https://containers.dev/implementors/spec/#lockfiles", """
{
  "features": {
    "ghcr.io/devcontainers/features/node:1": {
      "version": "1.«dig1:v».«dig1:w»",
      "resolved": "ghcr.io/devcontainers/features/node@sha256:«hex64:d»",
      "integrity": "sha256:«hex64:d»"
    }
  }
}
""")
N("jetbrains_run_xml_envs_reference_env_file", S_JB, """
    <envs>
      <env name="WANDB_API_KEY" value="$WANDB_API_KEY$" />
      <env name="RUN_ID" value="«lc8:r»" />
    </envs>
""")
N("idea_datasources_xml_data_source_uuid_only", S_JBDS, """
    <data-source source="LOCAL" name="wandb@localhost" uuid="«uuid:u»">
      <driver-ref>mysql.8</driver-ref>
      <synchronize>true</synchronize>
      <jdbc-url>jdbc:mysql://localhost:3306/wandb_local</jdbc-url>
      <working-dir>$ProjectFileDir$</working-dir>
    </data-source>
""")
N("neovim_lazy_lock_json_commits", S_NVIM, """
  "codecompanion.nvim": { "branch": "main", "commit": "«hex40:a»" },
  "gp.nvim": { "branch": "main", "commit": "«hex40:b»" },
""")
N("continue_config_yaml_secrets_template_reference", S_CONTINUE, """
models:
  - name: Claude
    provider: anthropic
    model: claude-3-5-sonnet-«ymd:d»
    apiKey: ${{ secrets.ANTHROPIC_API_KEY }}
""")
N("cursor_mcp_json_env_var_interpolation", S_CURSOR, """
    "brave-search": {
      "command": "npx",
      "args": ["-y", "@brave/brave-search-mcp-server@«dig1:v».«dig1:w».«dig1:x»"],
      "env": { "BRAVE_API_KEY": "${env:BRAVE_API_KEY}" }
    }
""")
N("github_copilot_versions_json_no_token", S_COPILOT, """
{"copilot-chat":"0.«dig2:v».0","copilot":"1.«dig3:w».0","machineId":"«hex64:m»"}
""")
N("llm_cli_keys_path_and_logs_db_ids", S_LLM, """
$ llm keys path
/home/dev/.config/io.datasette.llm/keys.json
$ llm logs -n 1 --json | jq -r '.[0].id'
01«uc24:i»
""")
N("aider_chat_history_commit_hashes", S_AIDER, """
> Commit «hex7:c» feat: add wandb logging
> Applied edit to train.py
> Tokens: «dig1:a».«dig1:b»k sent, «dig3:r» received.
""")
N("git_config_list_url_insteadof_no_userinfo", S_GITCFG, """
url.git@github.com:.insteadof=https://github.com/
url.ssh://git@gitlab.example.com:«dig4:p»/.insteadof=https://gitlab.example.com/
credential.https://github.com.helper=!/usr/bin/gh auth git-credential
""")
N("gitconfig_includeif_sections_paths", "https://git-scm.com/docs/git-config#_conditional_includes", """
[includeIf "gitdir:~/work/"]
⇥path = ~/.gitconfig-work
[includeIf "hasconfig:remote.*.url:https://git«dig2:n».example.com/**"]
⇥path = ~/.gitconfig-corp
""")
N("git_log_show_signature_good_sig", "https://git-scm.com/docs/git-log#Documentation/git-log.txt---show-signature", """
commit «hex40:c»
gpg: Signature made «TS» UTC
gpg:                using EDDSA key «uhex40:k»
gpg: Good signature from "Dev <dev@example.com>" [ultimate]
""")
N("git_credential_fill_protocol_host_only", S_GITCRED, """
$ printf 'protocol=https\\nhost=git«dig2:n».example.com\\n' | git credential fill
protocol=https
host=git«dig2:n».example.com
username=dev
password=
""")
N("gcm_trace_log_masked_authorization", S_GCM, """
«TS» trace.cs:«dig3:l»   trace: [HttpClient] > Authorization: Basic ********
«TS» trace.cs:«dig3:m»   trace: [HttpClient] < HTTP/1.1 200 OK (request-id «uuid:r»)
""")
N("git_lfs_ls_files_long_oids", S_GITLFS, """
«hex64:a» * models/weights-«dig2:n».safetensors
«hex64:b» - data/train.parquet
""")
N("ssh_config_certificate_and_identity_paths", S_SSHCFG, """
Host *.prod.example.com
    CertificateFile ~/.ssh/id_ed25519-cert.pub
    IdentityAgent ~/.1password/agent.sock
    User deploy-«lc4:u»
""")
N("ssh_keygen_l_f_cert_output", "https://man.openbsd.org/ssh-keygen", """
/home/dev/.ssh/id_ed25519-cert.pub:
        Type: ssh-ed25519-cert-v01@openssh.com user certificate
        Public key: ED25519-CERT SHA256:«b64s43:a»
        Signing CA: ED25519 SHA256:«b64s43:b» (using ssh-ed25519)
        Key ID: "dev@example.com"
        Serial: «dig8:s»
""")
N("gpg_agent_conf_and_sshcontrol_keygrips", "https://www.gnupg.org/documentation/manuals/gnupg/Agent-Options.html", """
# ~/.gnupg/sshcontrol
«uhex40:a» 0
# ~/.gnupg/gpg-agent.conf
default-cache-ttl «dig4:t»
pinentry-program /opt/homebrew/bin/pinentry-mac
""")
N("op_whoami_and_account_list_ids", "https://developer.1password.com/docs/cli/reference/commands/whoami", """
URL:        https://my.1password.com
Email:      dev@example.com
User ID:    «uc26:u»
User Type:  HUMAN
""")
N("op_item_get_json_concealed_field_reference_no_value", S_OP, """
    {
      "id": "password",
      "type": "CONCEALED",
      "purpose": "PASSWORD",
      "label": "password",
      "reference": "op://Infra/«lc26:i»/password",
      "password_details": { "strength": "FANTASTIC" }
    }
""")
N("op_env_tpl_file_references", "https://developer.1password.com/docs/cli/secrets-environment-variables", """
DB_PASSWORD=op://Infra/wandb-db-«lc4:i»/password
WANDB_API_KEY=op://Infra/wandb/credential
""")
N("bw_generate_help_and_status_locked", S_BW, """
$ bw status | jq -r .status
locked
$ bw list folders | jq -r '.[].id'
«uuid:a»
«uuid:b»
""")
N("bws_project_list_json_ids", S_BWS, """
[{"object":"project","id":"«uuid:p»","organizationId":"«uuid:o»","name":"ml-«lc4:n»","creationDate":"«T»"}]
""")
N("pass_ls_tree_entry_names", S_PASS, """
Password Store
├── github
│   └── token-«lc4:t»
└── infra
    ├── minio
    └── wandb
""")
N("pass_gpg_id_file_key_ids", S_PASS, """
$ cat ~/.password-store/.gpg-id
«uhex40:k»
dev@example.com
""")
N("keepassxc_cli_db_info_uuid_and_cipher", S_KPX, """
UUID: {«uuid:u»}
Name: Passwords
Cipher: AES 256-bit
KDF: Argon2d (19 rounds, «dig5:m» KB)
Recycle bin is enabled.
""")
N("security_dump_keychain_attrs_only", S_SECADD, """
keychain: "/Users/dev/Library/Keychains/login.keychain-db"
class: "inet"
    "srvr"<blob>="git«dig2:n».example.com"
    "ptcl"<uint32>="htps"
""")
N("cmdkey_list_generic_targets_local_persistence", S_WINCRED, """
    Target: LegacyGeneric:target=git:https://dev.azure.com/acme-«lc4:o»⏎
    Type: Generic ⏎
    User: PersonalAccessToken⏎
    Local machine persistence⏎
""")
N("secret_tool_store_prompted_label_only", S_SECTOOL, """
$ secret-tool store --label='wandb api key' service wandb user dev-«lc4:u»
Password: 
""")
N("lpass_ls_output_ids", S_LPASS, """
infra/minio [id: «dig19:a»]
infra/wandb [id: «dig19:b»]
""")
N("chezmoi_managed_list_and_age_recipient_config", S_CHEZAGE, """
encryption = "age"
[age]
    identity = "~/.config/chezmoi/key.txt"
    recipient = "age1«lc58:r»"
""")
N("chezmoi_external_toml_archive_checksum", "https://www.chezmoi.io/reference/special-files/chezmoiexternal-format/", """
[".oh-my-zsh"]
    type = "archive"
    url = "https://github.com/ohmyzsh/ohmyzsh/archive/«hex40:c».tar.gz"
    checksum.sha256 = "«hex64:s»"
""")
N("yadm_list_and_config_class", S_YADM, """
$ yadm config local.class
work-«lc4:c»
$ yadm list | head -3
.config/mise/config.toml
.gitconfig
.zshrc
""")
N("asdf_current_and_plugin_list_refs", S_ASDF, """
python          3.11.«dig1:v»          /home/dev/src/app/.tool-versions
nodejs          20.«dig2:n».0          /home/dev/.tool-versions
wbtool          https://gitlab.example.com/tools/asdf-wbtool.git main «hex7:r»
""")
N("mise_toml_env_dotfile_include_only", S_MISE, """
[env]
_.file = ".env.json"
WANDB_PROJECT = "demo-«lc4:p»"
""")
N("mise_ls_remote_and_doctor_paths", "https://mise.jdx.dev/cli/doctor.html", """
version: 2024.«dig1:a».«dig1:b» linux-x64 (2024-0«dig1:m»-1«dig1:d»)
activated: yes
shims_on_path: no
dirs:
  data: ~/.local/share/mise
""")
N("pyenv_versions_and_virtualenv_hash_paths", S_PYENV, """
  system
* 3.11.«dig1:v» (set by /home/dev/src/app/.python-version)
  3.11.«dig1:v»/envs/app-«hex8:h»
""")
N("gradle_wrapper_properties_distribution_sha256", "https://docs.gradle.org/current/userguide/gradle_wrapper.html#sec:verification", """
distributionUrl=https\\://services.gradle.org/distributions/gradle-8.«dig1:v»-bin.zip
distributionSha256Sum=«hex64:s»
""")
N("renviron_paths_and_repos_no_secret", S_RENVIRON, """
R_LIBS_USER=~/R/«@x86_64|aarch64»-library/4.«dig1:v»
RENV_PATHS_CACHE=/opt/renv/cache
""")
N("httpie_session_json_headers_trace_ids", S_HTTPIE, """
    "headers": {
        "X-Request-Id": "«uuid:r»",
        "traceparent": "00-«hex32:t»-«hex16:s»-01"
    },
""")
N("hurl_variables_file_non_secret", S_HURL, """
host=https://api.example.com
run_id=«lc8:r»
expected_sha=«hex40:s»
""")
N("httpyac_env_secret_names_via_process_env", S_HTTPYAC, """
@api_token={{$processEnv API_TOKEN}}
@runId=«hex24:r»
""")
N("posting_collection_yaml_auth_with_env_vars", S_POSTING, """
auth:
  type: bearer_token
  bearer_token:
    token: ${API_TOKEN}
url: https://api.example.com/runs/«lc8:r»
""")
N("thunder_client_collection_ids_and_sort", S_THUNDER, """
{"_id":"«uuid:a»","colName":"wandb api","created":"«T»","sortNum":«dig5:s»,"folders":[]}
""")
N("newman_run_summary_table", S_NEWMAN, """
┌─────────────────────────┬──────────────────┬─────────────────┐
│                         │         executed │          failed │
├─────────────────────────┼──────────────────┼─────────────────┤
│              iterations │                1 │               0 │
│                requests │               «dig2:r» │               0 │
""")
N("jupyter_runtime_dir_file_names_kernel_ids", S_JUP, """
$ ls ~/.local/share/jupyter/runtime/
jpserver-«dig5:p».json
jpserver-«dig5:p»-open.html
kernel-«uuid:k».json
""")
N("code_server_config_yaml_auth_none_loopback", "https://coder.com/docs/code-server/FAQ#can-i-store-my-password-hashed", """
bind-addr: 127.0.0.1:«dig4:p»
auth: none
cert: false
""")
N("sentryclirc_defaults_no_auth", S_SENTRY, """
[defaults]
org = acme-«lc4:o»
project = web
url = https://sentry.example.com/
""")
N("vercel_project_json_ids", S_VERCEL, """
{"projectId":"prj_«an28:p»","orgId":"team_«an24:o»"}
""")
N("netlify_state_json_site_id", S_NETLIFY, """
{
  "siteId": "«uuid:s»"
}
""")
N("ps_output_code_server_connection_token_file", S_PS, """
dev  «dig5:p»  0.9  0.6 «dig7:v» «dig6:r» ?  Sl   «hh:h»:«mm:m»   0:02 /home/dev/.vscode-server/cli/servers/Stable-«hex40:c»/server/node --start-server --connection-token-file /home/dev/.vscode-server/.connection-token-«hex40:c»
""")
N("k8s_secret_ref_envfrom_devworkspace", S_K8S, """
        envFrom:
        - secretRef:
            name: git-credentials-«lc5:n»
        - configMapRef:
            name: devworkspace-env
""")
N("python_traceback_keyring_no_backend", "https://pypi.org/project/keyring/", """
Traceback (most recent call last):
  File "/home/dev/.local/bin/twine", line «dig1:l», in <module>
keyring.errors.NoKeyringError: No recommended backend was available. Install a recommended 3rd party backend package; or, install the keyrings.alt package if you want to use the non-recommended backends.
""")
N("aria2_conf_rpc_secret_commented_example", "https://aria2.github.io/manual/en/html/aria2c.html#cmdoption-rpc-secret", """
enable-rpc=true
rpc-listen-port=«dig4:p»
#rpc-secret=<TOKEN>
""")
N("curlrc_netrc_optional_no_user", "https://everything.curl.dev/cmdline/configfile.html", """
--netrc-optional
--retry «dig1:r»
user-agent = "dev-tools/«dig1:v».0"
""")
SOURCES = {n: s for n, s, _, _ in POS + NEG}


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
