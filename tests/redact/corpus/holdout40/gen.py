#!/usr/bin/env python3
"""holdout40 generator: secrets on the administrator's host and shell.
Python 3 stdlib only, fixed seed, deterministic.  Writes positives.jsonl and
negatives.jsonl next to this file."""
import base64, hashlib, json, os, random, re, string, datetime, urllib.parse

SEED = 4040_2026
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- sources
U = {
 'bashman': 'https://man7.org/linux/man-pages/man1/bash.1.html (HISTTIMEFORMAT, xtrace, PS4, export -p / declare -x)',
 'zsh': 'https://zsh.sourceforge.io/Doc/Release/Options.html#index-EXTENDEDHISTORY (": <begin>:<elapsed>;<command>")',
 'fish': 'https://github.com/sindresorhus/shell-history/issues/1 ; https://github.com/jamesmunns/shell-hist/issues/1 (fish_history "- cmd: / when: / paths:") ; https://fishshell.com/docs/current/cmds/set.html',
 'psrl': 'https://learn.microsoft.com/en-us/powershell/module/psreadline/about/about_psreadline (ConsoleHost_history.txt)',
 'pstrans': 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.host/start-transcript',
 'script': 'https://man7.org/linux/man-pages/man1/script.1.html (typescript header, raw ANSI)',
 'tmux': 'https://man7.org/linux/man-pages/man1/tmux.1.html (capture-pane -p / -e)',
 'env': 'https://man7.org/linux/man-pages/man1/env.1.html ; https://man7.org/linux/man-pages/man1/printenv.1.html',
 'ps': 'https://man7.org/linux/man-pages/man1/ps.1.html (-ef, auxww, -o args)',
 'proc': 'https://man7.org/linux/man-pages/man5/proc_pid_cmdline.5.html ; https://man7.org/linux/man-pages/man5/proc_pid_environ.5.html',
 'sdshow': 'https://www.freedesktop.org/software/systemd/man/latest/systemctl.html (show, cat)',
 'sdexec': 'https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html (Environment=, EnvironmentFile=)',
 'jctl': 'https://www.freedesktop.org/software/systemd/man/latest/journalctl.html (-o json, -o verbose, -o short-iso)',
 'jfields': 'https://www.freedesktop.org/software/systemd/man/latest/systemd.journal-fields.html (_CMDLINE, MESSAGE, _EXE)',
 'syslog': 'https://datatracker.ietf.org/doc/html/rfc5424 ; rsyslog traditional file format',
 'audit': 'https://github.com/linux-audit/audit-userspace/issues/57 (EXECVE aN hex, aN_len / aN[i] split) ; https://github.com/linux-audit/audit-testsuite/issues/25 ; https://github.com/linux-audit/audit-documentation/wiki/SPEC-Writing-Good-Events (PROCTITLE hex, NUL-joined)',
 'sudo': 'https://www.sudo.ws/docs/man/sudoers.man/ (log format: TTY= ; PWD= ; USER= ; ENV= ; COMMAND=, logfile line wrap)',
 'cron': 'https://man7.org/linux/man-pages/man5/crontab.5.html ; https://man7.org/linux/man-pages/man8/cron.8.html (MAILTO, X-Cron-Env)',
 'netrc': 'https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html',
 'mycnf': 'https://dev.mysql.com/doc/refman/8.0/en/option-files.html',
 'pgpass': 'https://www.postgresql.org/docs/current/libpq-pgpass.html',
 'dockercfg': 'https://docs.docker.com/reference/cli/docker/login/ (config.json auths / credsStore)',
 'sshcfg': 'https://man7.org/linux/man-pages/man5/ssh_config.5.html',
 'sshagent': 'https://man7.org/linux/man-pages/man1/ssh-agent.1.html ; https://man7.org/linux/man-pages/man1/ssh-add.1.html',
 'sshkey': 'https://man.openbsd.org/ssh-keygen.1 (OPENSSH PRIVATE KEY / PEM armour, -l fingerprints)',
 'strace': 'https://man7.org/linux/man-pages/man1/strace.1.html (-f, -s, -v execve arrays, write/sendto strings)',
 'dinspect': 'https://docs.docker.com/reference/cli/docker/inspect/',
 'dcompose': 'https://docs.docker.com/reference/cli/docker/compose/config/',
 'wbenv': 'https://docs.wandb.ai/guides/hosting/env-vars (LICENSE, MYSQL, BUCKET, REDIS, OIDC_*)',
 'awscli': 'https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html',
 'kubecfg': 'https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/',
 'gh': 'https://cli.github.com/manual/gh_auth_login (hosts.yml)',
 'gitcred': 'https://git-scm.com/docs/git-credential-store (~/.git-credentials)',
 'rclone': 'https://rclone.org/s3/ (rclone.conf)',
 'mc': 'https://min.io/docs/minio/linux/reference/minio-mc/mc-alias-set.html (~/.mc/config.json)',
 'helmrepo': 'https://helm.sh/docs/helm/helm_repo_add/ (repositories.yaml)',
 'npmrc': 'https://docs.npmjs.com/cli/v10/configuring-npm/npmrc (_authToken)',
 'pipconf': 'https://pip.pypa.io/en/stable/topics/configuration/ (pip.conf index-url)',
 'wandbset': 'https://docs.wandb.ai/ref/cli/wandb-login (~/.config/wandb/settings, ~/.netrc)',
 's3cmd': 'https://s3tools.org/kb/item14.htm (~/.s3cfg access_key / secret_key)',
 'mysqlcli': 'https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html (-p on command line, MYSQL_PWD)',
 'redis': 'https://redis.io/docs/latest/develop/tools/cli/ (-a, --user/--pass, REDISCLI_AUTH)',
 'kubectl': 'https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create/kubectl_create_secret_generic/',
 'helmset': 'https://helm.sh/docs/helm/helm_upgrade/ (--set)',
 'curl': 'https://curl.se/docs/manpage.html (-u, -H, --oauth2-bearer)',
 'ansi': 'https://en.wikipedia.org/wiki/ANSI_escape_code (SGR colour prompts)',
 'containers': 'https://github.com/containers/image/blob/main/docs/containers-auth.json.5.md',
 'sshd': 'https://man7.org/linux/man-pages/man8/sshd.8.html (authorized_keys, known_hosts)',
 'gpg': 'https://www.gnupg.org/documentation/manuals/gnupg/ (--list-keys, fingerprints)',
 'git': 'https://git-scm.com/docs/git-config (--list)',
 'boto': 'https://docs.aws.amazon.com/cli/latest/reference/configure/list.html',
 'wincmd': 'https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/set_1 ; setx',
 'bashhist': 'https://man7.org/linux/man-pages/man3/history.3.html (#<epoch> timestamp lines in HISTFILE)',
 'mail': 'https://www.gnu.org.ua/software/micron/manual/Mailing-the-cronjob-output.html (Subject: Cron <user@host> command, X-Cron-Env:) ; RFC 5322',
 'lastlog': 'https://man7.org/linux/man-pages/man8/sudo.8.html (-S reads password from stdin)',
}

# ---------------------------------------------------------------- drawing
AL = string.ascii_letters + string.digits
PWA = AL + '-_.!~+*'
HEXD = '0123456789abcdef'
B64 = string.ascii_letters + string.digits + '+/'
B64U = string.ascii_letters + string.digits + '-_'
USERS = ['admin', 'ops', 'deploy', 'wbadmin', 'sre', 'jlee', 'mgarcia', 'kpatel', 'svc-wandb', 'ubuntu', 'ec2-user', 'root']
DOMS = ['example.com', 'example.org', 'example.net']
SUBS = ['wandb', 'wb', 'mlops', 'ml', 'wandb-prod', 'wandb-stg', 'sso', 'idp', 's3', 'minio', 'registry', 'git']
HNS = ['wb-admin-01', 'bastion-2', 'jump01', 'wandb-host', 'ml-ops-3', 'dbadm01', 'wbnode-a', 'k8s-ctl-1']
DBS = ['wandb_local', 'wandb', 'wandb_prod']
SVC = ['mysql.wandb.svc.cluster.local', 'wandb-redis-master.wandb.svc', 'minio.minio.svc.cluster.local', 'wandb-mysql.db.svc']

def rs(alpha, n):
    return ''.join(R.choice(alpha) for _ in range(n))

def pw(n=None):
    n = n or R.randint(14, 22)
    return R.choice(AL) + rs(PWA, n - 2) + R.choice(AL)

def jwtpart(obj):
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip('=')

def pct(s):
    return urllib.parse.quote(s, safe='-._~')

SECRET_GEN = {
    'p': lambda: pw(),
    'a': lambda: rs(AL, R.randint(16, 24)),
    't': lambda: rs(AL, R.randint(32, 40)),
    'k': lambda: rs(HEXD, 40),
    'aws': lambda: R.choice(AL) + rs(B64, 38) + R.choice(AL),
    'hx': lambda: rs(HEXD, 64),
    'kl': lambda: R.choice(AL) + rs(B64, 68) + R.choice(AL),
    'kls': lambda: R.choice(AL) + rs(B64, R.randint(18, 58)) + R.choice(AL),
    'pl': lambda: R.choice(AL) + rs(B64, 62) + R.choice(AL),
    'ghp': lambda: rs(AL, 36),
}

class Rec:
    def __init__(self):
        self.vals = {}      # secret name -> raw value
        self.listed = []    # listed forms
        self.memo = {}
        self.base = R.randint(1690000000, 1750000000)
        self.histbase = R.randint(100, 1990)
    def lst(self, s):
        if s not in self.listed:
            self.listed.append(s)
    def sec(self, kind, name):
        if name not in self.vals:
            self.vals[name] = SECRET_GEN[kind]()
        return self.vals[name]
    def pub(self, key):
        if key in self.memo:
            return self.memo[key]
        m = re.match(r'([a-z]+?)(\d*)$', key)
        k, i = m.group(1), int(m.group(2) or 0)
        t = self.base + i * 7
        dt = datetime.datetime.fromtimestamp(t, datetime.timezone.utc)
        v = {
            'u': lambda: R.choice(USERS),
            'h': lambda: R.choice(SUBS) + '.' + R.choice(DOMS),
            'ip': lambda: '10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254)),
            'pid': lambda: str(R.randint(900, 99999)),
            'n': lambda: str(R.randint(2, 999)),
            'hist': lambda: str(self.histbase + i),
            'ts': lambda: str(t),
            'usf': lambda: '%06d' % R.randint(0, 999999),
            'ms': lambda: '%03d' % R.randint(0, 999),
            'us': lambda: str(t) + '%06d' % R.randint(0, 999999),
            'iso': lambda: dt.strftime('%Y-%m-%dT%H:%M:%S+00:00'),
            'isoz': lambda: dt.strftime('%Y-%m-%dT%H:%M:%SZ'),
            'sysd': lambda: dt.strftime('%b ') + ('%2d' % dt.day) + dt.strftime(' %H:%M:%S'),
            'hm': lambda: dt.strftime('%H:%M'),
            'ymd': lambda: dt.strftime('%Y-%m-%d %H:%M:%S'),
            'psdate': lambda: dt.strftime('%Y%m%d%H%M%S'),
            'maild': lambda: dt.strftime('%a, %d %b %Y %H:%M:%S +0000'),
            'hx': lambda: rs(HEXD, 40),
            'sha': lambda: rs(HEXD, 64),
            'md': lambda: rs(HEXD, 32),
            'fp': lambda: rs(B64, 43),
            'uuid': lambda: '%s-%s-%s-%s-%s' % (rs(HEXD, 8), rs(HEXD, 4), rs(HEXD, 4), rs(HEXD, 4), rs(HEXD, 12)),
            'port': lambda: str(R.choice([3306, 6379, 9000, 8080, 443, 5432, 22])),
            'db': lambda: R.choice(DBS),
            'hn': lambda: R.choice(HNS),
            'svc': lambda: R.choice(SVC),
            'akid': lambda: R.choice(['AKIA', 'ASIA']) + rs(string.ascii_uppercase + '234567', 16),
            'pub': lambda: 'AAAAC3NzaC1lZDI1NTE5AAAAI' + rs(B64, 43),
            'tty': lambda: str(R.randint(0, 9)),
            'ses': lambda: str(R.randint(1, 4000)),
            'cid': lambda: rs(HEXD, 64),
            'ver': lambda: '0.%d.%d' % (R.randint(40, 70), R.randint(0, 9)),
            'sz': lambda: str(R.randint(1000, 900000)),
            'a': lambda: rs(AL, 12),
            'cs': lambda: rs(HEXD, 12),
            'salt': lambda: rs(B64, 27),
            'last': lambda: rs(AL, 4),
            'ptr': lambda: '0x7ff' + rs(HEXD, 9),
        }[k]()
        self.memo[key] = v
        return v

TOK = re.compile(r'«([A-Za-z]+[0-9]*)(?::([A-Za-z0-9]+))?»')

def render(rec, tmpl):
    def f(m):
        kind, name = m.group(1), m.group(2)
        if name is None:
            return rec.pub(kind)
        if kind in SECRET_GEN:
            v = rec.sec(kind, name); rec.lst(v); return v
        v = rec.vals[name] if name in rec.vals else rec.sec('p', name)
        if kind == 'hex':
            out = v.encode().hex(); rec.lst(out); return out
        if kind == 'HEX':
            out = v.encode().hex().upper(); rec.lst(out); return out
        if kind == 'b64':
            out = base64.b64encode(v.encode()).decode(); rec.lst(out.rstrip('=')); return out
        if kind == 'xs':
            out = ''.join('\\x%02x' % b for b in v.encode()); rec.lst(out); return out
        if kind == 'pct':
            out = pct(v); rec.lst(out); return out
        if kind == 'basic':  # user from «u»
            user = rec.pub('u')
            out = base64.b64encode((user + ':' + v).encode()).decode()
            g = -(-(len(user) + 1) // 3)
            rec.lst(out[4 * g:].rstrip('=')); return out
        if kind == 'jwt':
            hdr = jwtpart({"alg": "RS256", "typ": "JWT", "kid": rs(HEXD, 8)})
            pl = jwtpart({"sub": rec.pub('u'), "iss": "https://" + rec.pub('h'), "exp": rec.base + 3600})
            sig = rs(B64U, 86)
            rec.lst(sig); return hdr + '.' + pl + '.' + sig
        if kind == 'ghp':
            v = rec.sec('t', name); rec.lst(v); return v
        raise KeyError(kind)
    return TOK.sub(f, tmpl)

SHAPES_POS = []   # (name, src, templates)
SHAPES_NEG = []
SOURCES = {}

def P(name, src, *lines):
    SHAPES_POS.append((name, lines)); SOURCES[name] = U[src]

def N(name, src, *lines):
    SHAPES_NEG.append((name, lines)); SOURCES[name] = U[src]

E = '\x1b'
def H(t):
    return t.encode().hex().upper()
PROMPT = E + '[01;32m«u»@«hn»' + E + '[00m:' + E + '[01;34m~' + E + '[00m$ '

# ================================================================ positives
# --- bash history / history builtin / zsh / fish / PowerShell
P('h40_bash_history_mysql_p_glued_single_quotes', 'bashhist',
  'cd /opt/wandb', "mysql -h «svc» -u wandb -p'«p:A»' «db»", 'kubectl -n wandb get pods')
P('h40_bash_history_epoch_comment_lines_export_key', 'bashhist',
  '#«ts»', 'export WANDB_BASE_URL=https://«h»', '#«ts1»', 'export WANDB_API_KEY=«k:A»', '#«ts2»', 'wandb login --relogin')
P('h40_bash_history_helm_set_license_and_oidc_secret', 'bashhist',
  'helm repo update', 'helm upgrade --install wandb wandb/operator -n wandb --set license=«t:A» --set oidc.clientSecret=«a:B»')
P('h40_bash_history_kubectl_from_literal_pair', 'bashhist',
  'kubectl -n wandb create secret generic wandb-mysql --from-literal=MYSQL_USER=wandb --from-literal=MYSQL_PASSWORD=«p:A»')
P('h40_bash_history_docker_login_p_flag', 'bashhist',
  'docker login registry.«h» -u «u» -p «a:A»', 'docker pull wandb/local:«ver»')
P('h40_bash_history_mc_alias_set_positional_keys', 'mc',
  'mc alias set wbminio http://«ip»:9000 wandbadmin «a:A»', 'mc ls wbminio/wandb-bucket')
P('h40_bash_history_aws_configure_set_secret', 'awscli',
  'aws configure set aws_access_key_id «akid»', 'aws configure set aws_secret_access_key «aws:A»', 'aws s3 ls s3://wandb-bucket-«n»')
P('h40_bash_history_redis_cli_a_flag', 'redis',
  'redis-cli -h «svc» -p 6379 -a «a:A» --no-auth-warning ping')
P('h40_bash_history_curl_bearer_header_graphql', 'curl',
  'curl -s -H "Authorization: Bearer «t:A»" https://«h»/graphql -d @q.json | jq .')
P('h40_bash_history_curl_u_api_colon_key', 'curl',
  'curl -su api:«k:A» https://«h»/api/v1/viewer')
P('h40_bash_history_echo_pipe_password_stdin', 'dockercfg',
  "echo '«p:A»' | docker login -u «u» --password-stdin registry.«h»")
P('h40_bash_history_sshpass_p_inline', 'bashhist',
  "sshpass -p '«p:A»' ssh «u»@«ip» 'sudo systemctl restart wandb'")
P('h40_bash_history_mysql_pwd_env_prefix', 'mysqlcli',
  'MYSQL_PWD=«a:A» mysqldump -h «svc» -u wandb --single-transaction «db» > /backup/«db».sql')
P('h40_bash_history_htpasswd_b_batch', 'bashhist',
  'htpasswd -b -c /etc/nginx/.htpasswd «u» «a:A»', 'sudo nginx -s reload')
P('h40_history_builtin_numbered_with_histtimeformat', 'bashman',
  '  «hist»  «ymd» kubectl -n wandb get secret', '  «hist1»  «ymd1» export MINIO_ROOT_PASSWORD=«p:A»', '  «hist2»  «ymd2» history')
P('h40_history_builtin_numbered_plain_wandb_login', 'bashman',
  '  «hist»  ls', '  «hist1»  wandb login --host https://«h» «k:A»', '  «hist2»  wandb status')
P('h40_zsh_extended_history_export_license', 'zsh',
  ': «ts»:0;cd ~/wandb-deploy', ': «ts1»:0;export LICENSE=«t:A»', ': «ts2»:3;docker compose up -d')
P('h40_zsh_extended_history_mysql_password_eq', 'zsh',
  ': «ts»:12;mysql --host=«ip» --user=root --password=«p:A» -e "show processlist"')
P('h40_zsh_extended_history_multiline_backslash_curl', 'zsh',
  ': «ts»:1;curl -X POST https://«h»/oauth2/token \\', '  -d grant_type=client_credentials \\', '  -d client_id=wandb-«n» -d client_secret=«t:A»')
P('h40_fish_history_cmd_when_yaml_aws_secret', 'fish',
  '- cmd: set -gx AWS_SECRET_ACCESS_KEY «aws:A»', '  when: «ts»', '- cmd: aws s3 ls', '  when: «ts1»')
P('h40_fish_history_cmd_with_paths_block', 'fish',
  '- cmd: mysql -uroot -p«a:A» < schema.sql', '  when: «ts»', '  paths:', '    - schema.sql')
P('h40_fish_history_escaped_newline_in_cmd', 'fish',
  '- cmd: export REDIS_PASSWORD=«a:A»\\nredis-cli -a $REDIS_PASSWORD ping', '  when: «ts»')
P('h40_psreadline_history_env_assignment', 'psrl',
  'cd C:\\wandb', '$env:WANDB_API_KEY = "«k:A»"', 'wandb login')
P('h40_psreadline_history_convertto_securestring', 'psrl',
  '$sec = ConvertTo-SecureString "«p:A»" -AsPlainText -Force', '$cred = New-Object System.Management.Automation.PSCredential ("«u»", $sec)')
P('h40_psreadline_history_invoke_restmethod_headers', 'psrl',
  'Invoke-RestMethod -Uri https://«h»/api/v1/viewer -Headers @{Authorization = "Bearer «t:A»"}')
P('h40_psreadline_history_backtick_continuation', 'psrl',
  'helm upgrade wandb wandb/operator `', '  --set global.mysql.password="«p:A»" `', '  -n wandb')
P('h40_powershell_transcript_prompt_env_line', 'pstrans',
  '**********************', 'Windows PowerShell transcript start', 'Start time: «psdate»', 'Username: CORP\\«u»', '**********************',
  'PS C:\\Users\\«u»> $env:MINIO_SECRET_KEY = \'«a:A»\'', 'PS C:\\Users\\«u»> mc alias set wb https://«h» minioadmin $env:MINIO_SECRET_KEY')
P('h40_powershell_transcript_get_childitem_env_table', 'pstrans',
  'PS C:\\> Get-ChildItem Env: | Where-Object Name -like "WANDB*"', '', 'Name                           Value',
  '----                           -----', 'WANDB_API_KEY                  «k:A»', 'WANDB_BASE_URL                 https://«h»')
P('h40_cmd_set_output_windows_env', 'wincmd',
  'C:\\Users\\«u»>set WANDB', 'WANDB_API_KEY=«k:A»', 'WANDB_BASE_URL=https://«h»')
P('h40_cmd_setx_machine_scope_line', 'wincmd',
  'C:\\>setx /M AWS_SECRET_ACCESS_KEY «aws:A»', '', 'SUCCESS: Specified value was saved.')

# --- script / tmux captures with prompts and ANSI
P('h40_script_typescript_header_then_export', 'script',
  'Script started on «ymd»+00:00 [TERM="xterm-256color" TTY="/dev/pts/«tty»" COLUMNS="158" LINES="42"]',
  PROMPT + 'export MYSQL_PASSWORD=«p:A»\r', PROMPT + 'helm upgrade wandb ./chart\r')
P('h40_script_typescript_echoed_read_value', 'script',
  PROMPT + 'cat ~/.config/wandb/settings\r', '[default]\r', 'base_url = https://«h»\r', 'api_key = «k:A»\r')
P('h40_tmux_capture_pane_e_coloured_kubectl_secret_decode', 'tmux',
  PROMPT + 'kubectl -n wandb get secret wandb-bucket -o jsonpath=\'{.data.ACCESS_SECRET}\' | base64 -d; echo',
  '«aws:A»', PROMPT)
P('h40_tmux_capture_pane_plain_prompt_hash', 'tmux',
  'root@«hn»:~# mysql -uroot -p«a:A» -e "select 1"', 'mysql: [Warning] Using a password on the command line interface can be insecure.', '+---+', '| 1 |', '+---+', '| 1 |', '+---+')
P('h40_script_bracketed_paste_markers_around_token', 'script',
  PROMPT + E + '[?2004h' + 'export GITHUB_TOKEN=ghp_«ghp:A»' + E + '[?2004l\r')
P('h40_terminal_pasted_openssh_private_key_heredoc', 'sshkey',
  PROMPT + "cat > ~/.ssh/id_wandb_deploy <<'EOF'", '> -----BEGIN OPENSSH PRIVATE KEY-----', '> «kl:A»', '> «kl:B»', '> «kl:C»', '> «kls:D»', '> -----END OPENSSH PRIVATE KEY-----', '> EOF')
P('h40_terminal_pasted_rsa_pem_private_key_cat', 'sshkey',
  '«u»@«hn»:~$ cat deploy.pem', '-----BEGIN RSA PRIVATE KEY-----', '«pl:A»', '«pl:B»', '«pl:C»', '«pl:D»', '«kls:E»', '-----END RSA PRIVATE KEY-----')
P('h40_script_timing_shell_ansi_title_sequence', 'script',
  E + ']0;«u»@«hn»: ~' + '\x07' + PROMPT + 'wandb login «k:A»\r', E + '[34mwandb' + E + '[0m: Appending key for «h» to your netrc file: /home/«u»/.netrc\r')

# --- set -x / bash -x / PS4
P('h40_xtrace_export_quoted_assignment', 'bashman',
  "+ export 'MYSQL_PASSWORD=«p:A»'", '+ MYSQL_HOST=«svc»', '+ mysql -h «svc» -u wandb -e "SELECT 1"')
P('h40_xtrace_nested_command_substitution_levels', 'bashman',
  '++ kubectl -n wandb get secret wandb-redis -o \'jsonpath={.data.password}\'', '++ base64 -d', '+ REDIS_PASSWORD=«a:A»', '+ redis-cli -h «svc» -a «a:A» ping')
P('h40_xtrace_curl_u_expanded_basic', 'bashman',
  '+ curl -sf -u «u»:«p:A» https://«h»/minio/health/live', '+ echo ok')
P('h40_xtrace_custom_ps4_source_lineno_func', 'bashman',
  '+(deploy.sh:«n»): main(): helm upgrade --install wandb wandb/operator --set license=«t:A»', '+(deploy.sh:«n2»): main(): kubectl rollout status deploy/wandb')
P('h40_xtrace_ps4_with_timestamp_epochrealtime', 'bashman',
  '+ «ts».«usf» aws s3 cp backup.tgz s3://wandb-bk/ --sse', "+ «ts1».«usf1» export AWS_SECRET_ACCESS_KEY=«aws:A»")
P('h40_xtrace_triple_plus_heredoc_config_write', 'bashman',
  '+++ date +%s', '++ printf \'[client]\\nuser=root\\npassword=%s\\n\' «a:A»', '+ cat')
P('h40_xtrace_array_assignment_args', 'bashman',
  "+ ARGS=(--host «ip» --user wandb '--password=«p:A»')", "+ mysqladmin --host «ip» --user wandb '--password=«p:A»' status")
P('h40_xtrace_test_bracket_compare_value', 'bashman',
  "+ '[' -n «a:A» ']'", "+ echo 'REDIS auth configured'")
P('h40_xtrace_docker_run_e_flags', 'bashman',
  "+ docker run -d --name wandb -e LICENSE=«t:A» -e 'MYSQL=mysql://wandb:«p:B»@«ip»:3306/wandb_local' -p 8080:8080 wandb/local")
P('h40_bash_x_stderr_interleaved_with_output', 'bashman',
  '+ wandb login «k:A»', 'wandb: Appending key for api.wandb.ai to your netrc file: /root/.netrc', '+ wandb sync ./wandb/offline-run-«psdate»-«n»')

# --- env / printenv / export -p / declare -x / set
P('h40_env_output_mixed_wandb_vars', 'env',
  'HOSTNAME=«hn»', 'LICENSE=«t:A»', 'MYSQL=mysql://wandb:«p:B»@«svc»:3306/wandb_local', 'HOME=/root', 'BUCKET=s3://wandb-bucket-«n»')
P('h40_printenv_single_var_output', 'env',
  PROMPT + 'printenv OIDC_SECRET', '«t:A»', PROMPT)
P('h40_export_p_declare_x_quoted', 'bashman',
  'declare -x HOME="/home/«u»"', 'declare -x MINIO_ROOT_PASSWORD="«p:A»"', 'declare -x MINIO_ROOT_USER="minioadmin"', 'declare -x OLDPWD')
P('h40_declare_p_array_with_secret_element', 'bashman',
  'declare -a CURL_OPTS=([0]="-sS" [1]="-H" [2]="X-Api-Key: «t:A»")')
P('h40_set_builtin_output_with_functions', 'bashman',
  'BASHOPTS=checkwinsize:cmdhist:complete_fullquote', "REDIS_URL='redis://:«a:A»@«svc»:6379/0'", 'SHELL=/bin/bash', 'quote () ', '{ ', "    local quoted=${1//\\'/\\'\\\\\\'\\'};")
P('h40_zsh_typeset_x_output', 'zsh',
  'typeset -x WANDB_API_KEY=«k:A»', 'typeset -x WANDB_ENTITY=mlteam', 'typeset -x ZSH=/home/«u»/.oh-my-zsh')
P('h40_fish_set_show_variable', 'fish',
  '$GITLAB_TOKEN: set in global scope, exported, with 1 elements', '$GITLAB_TOKEN[1]: |glpat-«t:A»|')
P('h40_env_0_null_terminated_output', 'env',
  'PATH=/usr/bin:/bin\x00AWS_SECRET_ACCESS_KEY=«aws:A»\x00AWS_DEFAULT_REGION=us-east-1\x00')
P('h40_env_grep_i_pass_filtered', 'env',
  PROMPT + 'env | grep -i pass', 'MYSQL_PASSWORD=«p:A»', 'REDIS_PASSWORD=«a:B»', 'PASSWORD_MIN_LENGTH=12')
P('h40_env_sorted_container_exec', 'env',
  PROMPT + 'docker exec wandb-local env | sort', 'GORILLA_SESSION_KEY=«hx:A»', 'HOSTNAME=«md»', 'LOCAL_RESTORE=false')
P('h40_printenv_multiline_value_pem_var', 'env',
  'TLS_KEY=-----BEGIN PRIVATE KEY-----', '«pl:A»', '«pl:B»', '«kls:C»', '-----END PRIVATE KEY-----', 'TERM=xterm')

# --- ps / proc
P('h40_ps_ef_mysqldump_password_arg', 'ps',
  'UID          PID    PPID  C STIME TTY          TIME CMD', 'root     «pid»  «pid2»  0 «hm» ?        00:00:03 mysqldump -h «svc» -u wandb --password=«p:A» «db»')
P('h40_ps_auxww_mc_mirror_env_keys', 'ps',
  'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND', '«u»     «pid»  2.1  0.3 812344 61232 pts/«tty»    Sl+  «hm»   0:12 rclone sync /data s3remote:wb --s3-access-key-id «akid» --s3-secret-access-key «aws:A»')
P('h40_ps_o_pid_args_wrapped_ww', 'ps',
  '    PID COMMAND', '  «pid» /usr/local/bin/wandb-local-backup --mysql-dsn wandb:«p:A»@tcp(«ip»:3306)/wandb_local --license «t:B»')
P('h40_ps_ef_forest_child_curl_header', 'ps',
  'root     «pid»  «pid2»  0 «hm» ?        00:00:00  \\_ /bin/sh /etc/cron.daily/wbcheck', 'root     «pid3»  «pid»  0 «hm» ?        00:00:00      \\_ curl -s -H X-API-KEY: «k:A» https://«h»/healthz')
P('h40_proc_cmdline_raw_nul_separated', 'proc',
  'mysql\x00-h\x00«ip»\x00-uroot\x00-p«a:A»\x00wandb_local\x00')
P('h40_proc_cmdline_tr_nul_to_space', 'proc',
  PROMPT + "tr '\\0' ' ' < /proc/«pid»/cmdline; echo", '/usr/bin/redis-server *:6379 --requirepass «a:A» --appendonly yes ')
P('h40_proc_environ_raw_nul_separated', 'proc',
  'HOME=/root\x00MYSQL_ROOT_PASSWORD=«p:A»\x00HOSTNAME=«hn»\x00')
P('h40_proc_environ_xargs_0_n1', 'proc',
  PROMPT + 'xargs -0 -n1 < /proc/«pid»/environ', 'PATH=/usr/local/sbin:/usr/local/bin', 'OIDC_CLIENT_SECRET=«t:A»', 'OIDC_ISSUER=https://«h»/')
P('h40_proc_environ_strings_output', 'proc',
  PROMPT + 'sudo strings /proc/«pid»/environ', 'LANG=C.UTF-8', 'BUCKET=s3://«akid»:«pct:A»@minio.«h»/wandb', 'INVOCATION_ID=«md»')
P('h40_proc_cmdline_cat_glued_no_separator_view', 'proc',
  PROMPT + 'cat /proc/«pid»/cmdline', 'java-jar/opt/kc/keycloak.jar--db-password=«a:A»--hostname=sso.example.com' + PROMPT)
P('h40_pgrep_a_full_command', 'ps',
  PROMPT + 'pgrep -a minio', '«pid» minio server /data --console-address :9001 --ftp=password=«p:A»')
P('h40_top_c_batch_command_column', 'ps',
  '    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND', '  «pid» root      20   0 1264732  88412  21460 S   0.7   1.1   2:11.40 /usr/bin/python3 sync.py --api-key «k:A»')

# --- systemd
P('h40_systemctl_show_environment_property', 'sdshow',
  'Id=wandb-local.service', 'Environment=LICENSE=«t:A» MYSQL=mysql://wandb:«p:B»@«ip»:3306/wandb_local', 'EnvironmentFiles=/etc/default/wandb (ignore_errors=no)')
P('h40_systemctl_show_execstart_argv_braces', 'sdshow',
  'ExecStart={ path=/usr/local/bin/minio ; argv[]=/usr/local/bin/minio server --address :9000 /data ; ignore_errors=no ; start_time=[n/a] ; stop_time=[n/a] ; pid=0 ; code=(null) ; status=0/0 }',
  'Environment=MINIO_ROOT_USER=minioadmin MINIO_ROOT_PASSWORD=«p:A»')
P('h40_systemctl_cat_unit_environment_quoted', 'sdexec',
  '# /etc/systemd/system/wandb-backup.service', '[Service]', 'Type=oneshot', 'Environment="AWS_SECRET_ACCESS_KEY=«aws:A»"', 'ExecStart=/usr/local/bin/wb-backup.sh')
P('h40_systemd_dropin_override_conf_multiple_env', 'sdexec',
  '# /etc/systemd/system/redis-server.service.d/override.conf', '[Service]', 'Environment="REDIS_PASSWORD=«a:A»" "REDIS_PORT=6379"')
P('h40_systemd_environmentfile_contents_cat', 'sdexec',
  PROMPT + 'sudo cat /etc/default/wandb', 'LICENSE=«t:A»', 'MYSQL=mysql://wandb:«p:B»@«ip»:3306/wandb_local', 'REDIS=redis://«ip2»:6379')
P('h40_systemctl_show_environment_manager_block', 'sdshow',
  PROMPT + 'systemctl show-environment', 'LANG=C.UTF-8', 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin', 'WANDB_API_KEY=«k:A»')
P('h40_systemctl_status_cgroup_command_line', 'sdshow',
  '● wb-sync.service - W&B offline sync', '     Loaded: loaded (/etc/systemd/system/wb-sync.service; enabled; preset: enabled)', '     Active: active (running) since «ymd» UTC', '     CGroup: /system.slice/wb-sync.service',
  '             └─«pid» /usr/bin/python3 /opt/wb/sync.py --key «k:A»')
P('h40_systemd_run_setenv_command_history', 'sdexec',
  'sudo systemd-run --unit=wb-restore -p Environment=MYSQL_PWD=«a:A» /usr/local/bin/restore.sh')

# --- journald
P('h40_journald_json_syslog_identifier_message_mysql_pwd', 'jctl',
  '{"__CURSOR":"s=«md»;i=«n»","__REALTIME_TIMESTAMP":"«us»","_HOSTNAME":"«hn»","SYSLOG_IDENTIFIER":"wb-backup","MESSAGE":"connecting with MYSQL_PWD=«a:A»","_PID":"«pid»"}')
P('h40_journalctl_json_cmdline_field', 'jfields',
  '{"_COMM":"mysql","_EXE":"/usr/bin/mysql","_CMDLINE":"mysql -uroot -p«a:A» -h «ip»","MESSAGE":"ERROR 2003 (HY000): Can\'t connect to MySQL server","PRIORITY":"3"}')
P('h40_journalctl_verbose_indented_fields', 'jctl',
  '«isoz» [s=«md»;i=«n»;b=«md2»;m=«n2»;t=«hx»;x=«hx2»]', '    PRIORITY=6', '    _COMM=python3', '    _CMDLINE=/usr/bin/python3 /opt/wb/export.py --token «t:A»', '    MESSAGE=export started')
P('h40_journalctl_short_iso_unit_echo', 'jctl',
  '«iso» «hn» wb-backup.sh[«pid»]: + mysqldump -u wandb -p«a:A» wandb_local', '«iso» «hn» wb-backup.sh[«pid»]: dump finished')
P('h40_journalctl_json_message_byte_array', 'jfields',
  '{"SYSLOG_IDENTIFIER":"minio","MESSAGE":[65,85,84,72,32,111,107],"_PID":"«pid»","MINIO_ARGS":"--console-address :9001","MINIO_ROOT_PASSWORD":"«p:A»"}')
P('h40_journalctl_cat_output_mode', 'jctl',
  'Started wandb-local.service - W&B Server.', 'Environment: LICENSE=«t:A»', 'listening on :8080')
P('h40_journalctl_json_seq_record_separator', 'jctl',
  '\x1e{"MESSAGE":"OIDC token exchange ok, id_token=«jwt:A»","_SYSTEMD_UNIT":"oauth2-proxy.service"}')

# --- syslog / sudo / auditd / cron
P('h40_syslog_traditional_program_pid_message', 'syslog',
  '«sysd» «hn» wb-sync[«pid»]: uploading with api_key=«k:A»', '«sysd1» «hn» wb-sync[«pid»]: done')
P('h40_syslog_rfc5424_structured_data_header', 'syslog',
  '<134>1 «isoz» «hn» wbcron «pid» - [meta sequenceId="«n»"] export REDIS_PASSWORD=«a:A»')
P('h40_sudo_log_command_with_mysql_p', 'sudo',
  '«sysd» «hn» sudo:   «u» : TTY=pts/«tty» ; PWD=/home/«u» ; USER=root ; COMMAND=/usr/bin/mysql -uroot -p«a:A» -e FLUSH PRIVILEGES')
P('h40_sudo_log_env_assignment_before_command', 'sudo',
  '«sysd» «hn» sudo:   «u» : TTY=pts/«tty» ; PWD=/opt/wandb ; USER=root ; ENV=LICENSE=«t:A» ; COMMAND=/usr/bin/docker compose up -d')
P('h40_sudo_logfile_two_line_wrap', 'sudo',
  '«sysd» : «u» : TTY=pts/«tty» ; PWD=/root ; USER=root ;', '    COMMAND=/usr/local/bin/mc alias set prod https://«h» admin «a:A»')
P('h40_auditd_execve_hex_argument', 'audit',
  'type=EXECVE msg=audit(«ts».«ms»:«n»): argc=4 a0="mysql" a1="-uroot" a2="-e" a3=' + H("ALTER USER 'wandb'@'%' IDENTIFIED BY '") + '«HEX:A»' + H("'"),
  'type=CWD msg=audit(«ts».«ms»:«n»): cwd="/root"')
P('h40_auditd_proctitle_hex_nul_joined', 'audit',
  'type=PROCTITLE msg=audit(«ts».«ms»:«n»): proctitle=7265646973' + '2D636C69002D61' + '00«HEX:A»0070696E67')
P('h40_auditd_execve_plain_quoted_arg', 'audit',
  'type=EXECVE msg=audit(«ts».«ms»:«n»): argc=3 a0="curl" a1="-u" a2="«u»:«a:A»"')
P('h40_ausearch_i_interpreted_execve', 'audit',
  '----', 'type=EXECVE msg=audit(«sysd» «ms»:«n») : argc=3 a0=wandb a1=login a2=«k:A»', 'type=SYSCALL msg=audit(«sysd» «ms»:«n») : arch=x86_64 syscall=execve success=yes exit=0 uid=«u»')
P('h40_auditd_user_cmd_hex_cmd_field', 'audit',
  'type=USER_CMD msg=audit(«ts».«ms»:«n»): pid=«pid» uid=1000 auid=1000 ses=«ses» msg=\'cwd="/home/«u»" cmd=' + H('mysqladmin -uroot -p') + '«HEX:A»' + H(' flush-privileges') + ' exe="/usr/bin/sudo" terminal=pts/«tty» res=success\'')
P('h40_auditd_execve_split_argument_len_parts', 'audit',
  'type=EXECVE msg=audit(«ts».«ms»:«n»): argc=3 a0="sh" a1="-c" a2_len=«sz» a2[0]=' + H('export MINIO_ROOT_PASSWORD=') + '«HEX:A»',
  'type=EXECVE msg=audit(«ts».«ms»:«n»): a2[1]=' + H('; mc alias set wb http://127.0.0.1:9000 minioadmin ') + '«HEX:B»')
P('h40_crontab_l_inline_env_assignment', 'cron',
  '# m h  dom mon dow   command', 'MAILTO=ops@example.com', 'WANDB_API_KEY=«k:A»', '15 2 * * * /opt/wb/nightly-export.sh >> /var/log/wb-export.log 2>&1')
P('h40_cron_d_file_user_column_mysqldump', 'cron',
  '# /etc/cron.d/wandb-backup', 'SHELL=/bin/bash', '30 1 * * * root mysqldump -h «svc» -u wandb -p\'«p:A»\' wandb_local | gzip > /backup/wb-$(date +\\%F).sql.gz')
P('h40_cron_syslog_cmd_parenthesised', 'cron',
  '«sysd» «hn» CRON[«pid»]: («u») CMD (curl -fsS -H "Authorization: Bearer «t:A»" https://«h»/api/ping)')
P('h40_cron_mail_x_cron_env_headers', 'mail',
  'From: root@«hn» (Cron Daemon)', 'To: root@«hn»', 'Subject: Cron <root@«hn»> /opt/wb/rotate.sh', 'X-Cron-Env: <SHELL=/bin/sh>', 'X-Cron-Env: <MINIO_ROOT_PASSWORD=«p:A»>', 'X-Cron-Env: <HOME=/root>', 'Date: «maild»')
P('h40_cron_mail_body_script_output', 'mail',
  'Subject: Cron <«u»@«hn»> /home/«u»/bin/refresh-token.sh', '', 'new token: «t:A»', 'expires in 3600s')
P('h40_systemd_timer_journal_cron_like', 'jctl',
  '«sysd» «hn» wb-rotate.sh[«pid»]: rotated minio key, new secret «aws:A»')

# --- dot files in the home directory
P('h40_netrc_multiline_machine_blocks', 'netrc',
  'machine «h»', '  login user', '  password «k:A»', 'machine api.wandb.ai', '  login user', '  password «k:B»')
P('h40_netrc_account_field_and_macdef', 'netrc',
  'machine ftp.«h» login «u» password «p:A» account «a:B»', 'macdef init', 'binary', '')
P('h40_my_cnf_quoted_client_password_plus_mysqldump_group', 'mycnf',
  '[client]', 'user=root', 'password="«p:A»"', 'host=«ip»', '', '[mysqldump]', 'password=«a:B»')
P('h40_my_cnf_include_and_spaces_around_eq', 'mycnf',
  '!includedir /etc/mysql/conf.d/', '[mysql]', 'user     = wandb', 'password = «a:A»')
P('h40_pgpass_colon_fields', 'pgpass',
  '# hostname:port:database:username:password', '«ip»:5432:*:wandb:«a:A»', '*:*:*:postgres:«p:B»')
P('h40_pgpass_backslash_colon_splits_password', 'pgpass',
  'db.«h»:5432:wb:«u»:«a:A»\\:«a:B»')
P('h40_docker_config_json_auths_auth_field', 'dockercfg',
  '{', '\t"auths": {', '\t\t"registry.«h»": {', '\t\t\t"auth": "«basic:A»"', '\t\t}', '\t}', '}')
P('h40_docker_config_json_identitytoken', 'dockercfg',
  '{"auths":{"«h»":{"auth":"","identitytoken":"«t:A»"}},"credsStore":""}')
P('h40_docker_config_json_registrytoken_and_proxies', 'dockercfg',
  '{', '  "proxies": {"default": {"httpProxy": "http://«u»:«p:A»@proxy.«h»:3128"}},', '  "auths": {"ghcr.io": {"registrytoken": "«t:B»"}}', '}')
P('h40_podman_containers_auth_json_four_space_indent', 'containers',
  '{', '    "auths": {', '        "quay.io": {', '            "auth": "«basic:A»"', '        }', '    }', '}')
P('h40_config_wandb_settings_api_key_line', 'wandbset',
  '[default]', 'base_url = https://«h»', 'api_key = «k:A»', 'entity = mlteam')
P('h40_config_gh_hosts_yml_oauth_token', 'gh',
  'github.com:', '    user: «u»', '    oauth_token: gho_«t:A»', '    git_protocol: https')
P('h40_git_credentials_store_lines', 'gitcred',
  'https://«u»:«t:A»@github.com', 'https://oauth2:«a:B»@gitlab.«h»')
P('h40_config_rclone_conf_s3_remote', 'rclone',
  '[wbminio]', 'type = s3', 'provider = Minio', 'access_key_id = minioadmin', 'secret_access_key = «aws:A»', 'endpoint = http://«ip»:9000')
P('h40_mc_config_json_aliases_secretkey', 'mc',
  '{', '\t"version": "10",', '\t"aliases": {', '\t\t"wb": {', '\t\t\t"url": "https://«h»",', '\t\t\t"accessKey": "«akid»",', '\t\t\t"secretKey": "«aws:A»",', '\t\t\t"api": "S3v4",', '\t\t\t"path": "auto"', '\t\t}', '\t}', '}')
P('h40_aws_credentials_profile_session_token', 'awscli',
  '[wandb-prod]', 'aws_access_key_id = «akid»', 'aws_secret_access_key = «aws:A»', 'aws_session_token = IQoJb3JpZ2luX2VjE«t:B»«t:C»')
P('h40_kube_config_user_token_field', 'kubecfg',
  'users:', '- name: wandb-admin', '  user:', '    token: «jwt:A»')
P('h40_kube_config_client_key_data_base64', 'kubecfg',
  '- name: kubernetes-admin', '  user:', '    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t', '    client-key-data: LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0tCk1IY0NBUUVFSU«kl:A»«kl:B»')
P('h40_helm_repositories_yaml_password', 'helmrepo',
  'repositories:', '- caFile: ""', '  name: wandb-private', '  password: «p:A»', '  url: https://charts.«h»', '  username: «u»')
P('h40_npmrc_scoped_authtoken', 'npmrc',
  '@wandb:registry=https://npm.«h»/', '//npm.«h»/:_authToken=«t:A»', 'always-auth=true')
P('h40_pip_conf_global_section_index_url_with_user_password', 'pipconf',
  '[global]', 'index-url = https://«u»:«a:A»@pypi.«h»/simple', 'timeout = 60')
P('h40_s3cfg_secret_key_line', 's3cmd',
  '[default]', 'access_key = «akid»', 'host_base = s3.«h»', 'secret_key = «aws:A»', 'use_https = True')
P('h40_boto_legacy_credentials_section', 'awscli',
  '[Credentials]', 'aws_access_key_id = «akid»', 'aws_secret_access_key = «aws:A»')
P('h40_config_wandb_netrc_and_settings_cat_pair', 'wandbset',
  PROMPT + 'cat ~/.netrc ~/.config/wandb/settings', 'machine «h»', '  login user', '  password «k:A»', '[default]', 'base_url = https://«h»')
P('h40_bashrc_export_lines_tail', 'bashman',
  PROMPT + 'tail -n 3 ~/.bashrc', 'alias k=kubectl', 'export WANDB_API_KEY="«k:A»"', 'export OPENAI_API_KEY="sk-proj-«t:B»"')
P('h40_profile_d_script_export', 'bashman',
  '# /etc/profile.d/wandb.sh', 'export MYSQL_PWD=«a:A»', 'export REDIS_URL=redis://default:«a:B»@«svc»:6379')
P('h40_zshenv_export_with_comment', 'zsh',
  '# ~/.zshenv', 'export HF_TOKEN=hf_«t:A»  # personal, do not share')
P('h40_fish_config_set_gx_universal', 'fish',
  '# ~/.config/fish/config.fish', 'set -Ux LICENSE «t:A»', 'set -gx WANDB_BASE_URL https://«h»')
P('h40_fish_variables_universal_file', 'fish',
  '# This file contains fish universal variable definitions.', '# VERSION: 3.0', 'SETUVAR --export MINIO_SECRET_KEY:«a:A»', 'SETUVAR fish_greeting:')
P('h40_direnv_envrc_exports', 'bashman',
  '# .envrc', 'export AWS_SECRET_ACCESS_KEY=«aws:A»', 'dotenv_if_exists .env.local')

# --- ssh
P('h40_ssh_config_setenv_directive', 'sshcfg',
  'Host wb-bastion', '    HostName «ip»', '    User «u»', '    SetEnv WANDB_API_KEY=«k:A»')
P('h40_ssh_config_proxycommand_with_token', 'sshcfg',
  'Host *.internal', '    ProxyCommand /usr/local/bin/cloudflared access ssh --hostname %h --service-token-secret «t:A»')
P('h40_ssh_remote_command_history_mysql', 'bashhist',
  "ssh «u»@«ip» 'MYSQL_PWD=«a:A» mysql -u wandb -e \"show databases\"'")
P('h40_ssh_v_debug_sendenv_line', 'sshcfg',
  'debug1: Sending environment.', 'debug1: channel 0: setting env LANG = "C.UTF-8"', 'debug1: channel 0: setting env REDIS_PASSWORD = "«a:A»"')
P('h40_ssh_keygen_p_passphrase_history', 'sshkey',
  "ssh-keygen -p -f ~/.ssh/id_ed25519 -P '«p:A»' -N '«p:B»'")
P('h40_ssh_ed25519_private_key_openssh_block', 'sshkey',
  '-----BEGIN OPENSSH PRIVATE KEY-----', '«kl:A»', '«kl:B»', '«kl:C»', '«kl:D»', '«kls:E»', '-----END OPENSSH PRIVATE KEY-----')
P('h40_ssh_authorized_keys_command_option_token', 'sshd',
  'command="/usr/local/bin/wb-backup --token «t:A»",no-pty ssh-ed25519 «pub» backup@«hn»')

# --- strace
P('h40_strace_execve_argv_array', 'strace',
  'execve("/usr/bin/mysql", ["mysql", "-h", "«ip»", "-uroot", "-p«a:A»"], «ptr» /* 24 vars */) = 0')
P('h40_strace_v_execve_envp_array', 'strace',
  '«pid» execve("/usr/local/bin/wandb", ["wandb", "sync"], ["HOME=/root", "WANDB_API_KEY=«k:A»", "PATH=/usr/bin"]) = 0')
P('h40_strace_write_redis_auth_resp', 'strace',
  'connect(3, {sa_family=AF_INET, sin_port=htons(6379), sin_addr=inet_addr("«ip»")}, 16) = 0', 'write(3, "*2\\r\\n$4\\r\\nAUTH\\r\\n$«n»\\r\\n«a:A»\\r\\n", «n2») = «n2»')
P('h40_strace_sendto_http_authorization', 'strace',
  'sendto(5, "GET /api/v1/viewer HTTP/1.1\\r\\nHost: «h»\\r\\nAuthorization: Basic «basic:A»\\r\\n"..., 212, MSG_NOSIGNAL, NULL, 0) = 212')
P('h40_strace_read_stdin_password_line', 'strace',
  'write(2, "Enter password: ", 16)        = 16', 'read(0, "«p:A»\\n", 4096)  = «n»')
P('h40_strace_xx_hex_escaped_write', 'strace',
  'write(3, "\\x70\\x61\\x73\\x73\\x3d' + '«xs:A»' + '", «n») = «n»')
P('h40_strace_f_pid_prefix_openat_then_read_config', 'strace',
  '[pid «pid»] openat(AT_FDCWD, "/root/.my.cnf", O_RDONLY) = 4', '[pid «pid»] read(4, "[client]\\nuser=root\\npassword=«a:A»\\n", 4096) = «n»')

# --- docker on the host
P('h40_docker_inspect_config_env_list_host', 'dinspect',
  '        "Env": [', '            "MYSQL=mysql://wandb:«p:A»@«ip»:3306/wandb_local",', '            "LICENSE=«t:B»",', '            "PATH=/usr/local/sbin:/usr/local/bin"', '        ],')
P('h40_docker_inspect_format_range_env_println', 'dinspect',
  PROMPT + "docker inspect -f '{{range .Config.Env}}{{println .}}{{end}}' wandb-local", 'GORILLA_SESSION_KEY=«hx:A»', 'BUCKET=s3://wandb')
P('h40_docker_inspect_path_args_array', 'dinspect',
  '        "Path": "docker-entrypoint.sh",', '        "Args": [', '            "--requirepass",', '            "«a:A»"', '        ],')
P('h40_docker_compose_config_env_map_host', 'dcompose',
  'services:', '  wandb:', '    environment:', '      LICENSE: «t:A»', '      MYSQL: mysql://wandb:«p:B»@db:3306/wandb_local', '    image: wandb/local:latest')
P('h40_docker_compose_config_minio_command_string', 'dcompose',
  '  minio:', '    command:', '    - server', '    - /data', '    environment:', '      MINIO_ROOT_PASSWORD: «p:A»')
P('h40_docker_ps_no_trunc_command_column', 'dinspect',
  'CONTAINER ID                                                       IMAGE          COMMAND', '«cid»   redis:7   "docker-entrypoint.sh redis-server --requirepass «a:A»"')
P('h40_docker_history_no_trunc_env_layer', 'dinspect',
  'IMAGE          CREATED        CREATED BY', '<missing>      3 weeks ago    /bin/sh -c #(nop)  ENV WB_LICENSE=«t:A»')
P('h40_docker_run_history_env_file_inline', 'bashhist',
  'docker run --rm -e AWS_SECRET_ACCESS_KEY=«aws:A» -e AWS_ACCESS_KEY_ID=«akid» amazon/aws-cli s3 ls')

# --- misc admin outputs
P('h40_git_config_list_remote_userinfo', 'git',
  'core.repositoryformatversion=0', 'remote.origin.url=https://«u»:«t:A»@github.com/mlteam/wandb-deploy.git', 'branch.main.remote=origin')
P('h40_git_remote_v_userinfo_two_lines', 'git',
  'origin\thttps://oauth2:«a:A»@gitlab.«h»/ops/wandb.git (fetch)', 'origin\thttps://oauth2:«a:A»@gitlab.«h»/ops/wandb.git (push)')
P('h40_kubectl_config_view_raw_token', 'kubecfg',
  PROMPT + 'kubectl config view --raw --minify | grep token', '    token: «t:A»')
P('h40_mysql_config_editor_print_history', 'mysqlcli',
  'mysql_config_editor set --login-path=wb --host=«ip» --user=wandb --password', 'echo «a:A» | mysql --login-path=wb')
P('h40_sudo_s_echo_pipe_history', 'lastlog',
  "echo '«p:A»' | sudo -S systemctl restart wandb")
P('h40_openssl_passin_pass_history', 'bashhist',
  'openssl pkcs12 -export -in tls.crt -inkey tls.key -out wb.p12 -passout pass:«p:A»')
P('h40_curl_netrc_file_inline_history_data', 'curl',
  'curl -X POST https://«h»/oauth/token -d \'{"client_id":"wb","client_secret":"«t:A»","grant_type":"client_credentials"}\'')
P('h40_wget_http_password_flag_history', 'bashhist',
  'wget --http-user=«u» --http-password=«a:A» https://«h»/artifacts/export.tgz')
P('h40_rsync_password_env_history', 'bashhist',
  'RSYNC_PASSWORD=«a:A» rsync -av /backup/ rsync://«u»@«ip»/wb/')
P('h40_ldapsearch_w_bind_password', 'bashhist',
  'ldapsearch -H ldaps://ldap.«h» -D "cn=svc-wandb,ou=svc,dc=example,dc=com" -w «p:A» -b dc=example,dc=com uid=«u»')
P('h40_psql_connection_uri_history', 'bashhist',
  'psql "postgresql://wandb:«p:A»@«ip»:5432/wandb?sslmode=require"')
P('h40_mongo_uri_history_srv', 'bashhist',
  'mongosh "mongodb+srv://wbadmin:«a:A»@cluster0.«h»/wb"')
P('h40_vault_token_export_and_login_output', 'bashhist',
  PROMPT + 'vault login -method=userpass username=«u» password=«p:A»', 'Key                    Value', '---                    -----', 'token                  hvs.«t:B»', 'token_accessor         «a»')
P('h40_gcloud_print_access_token_output', 'bashhist',
  PROMPT + 'gcloud auth print-access-token', 'ya29.«t:A»«t:B»')
P('h40_az_storage_connection_string_show', 'bashhist',
  PROMPT + 'az storage account show-connection-string -n wbstore -o tsv', 'DefaultEndpointsProtocol=https;AccountName=wbstore;AccountKey=«aws:A»«a:B»==;EndpointSuffix=core.windows.net')

# ================================================================ negatives
N('h40n_bash_history_mysql_p_prompted', 'mysqlcli',
  'mysql -h «svc» -u wandb -p «db»', 'Enter password: ', 'kubectl -n wandb logs deploy/wandb --tail=«n»')
N('h40n_bash_history_secret_from_file_reference', 'bashhist',
  'export MYSQL_PASSWORD="$(cat /run/secrets/mysql-password)"', 'export WANDB_API_KEY_FILE=/home/«u»/.config/wandb/key', 'cd /opt/wandb-«n»')
N('h40n_bash_history_read_s_prompt', 'bashman',
  'read -rsp "MinIO secret: " MINIO_SECRET_KEY', 'export MINIO_SECRET_KEY', 'mc alias set wb https://«h» minioadmin "$MINIO_SECRET_KEY"', '#«ts»')
N('h40n_history_builtin_commands_editing_secret_files', 'bashman',
  '  «hist»  vim ~/.netrc', '  «hist1»  chmod 600 ~/.netrc ~/.pgpass ~/.my.cnf', '  «hist2»  ls -la ~/.docker/config.json', '  «hist3»  history | grep -c password')
N('h40n_zsh_extended_history_plain_ops', 'zsh',
  ': «ts»:0;kubectl -n wandb rollout restart deploy/wandb', ': «ts1»:4;helm upgrade wandb wandb/operator -f values.yaml', ': «ts2»:0;git log --oneline -n «n»')
N('h40n_fish_history_yaml_plain_commands', 'fish',
  '- cmd: set -gx WANDB_BASE_URL https://«h»', '  when: «ts»', '- cmd: wandb login --relogin', '  when: «ts1»')
N('h40n_psreadline_history_get_credential_prompt', 'psrl',
  '$cred = Get-Credential -UserName «u» -Message "W&B MySQL"', 'Invoke-RestMethod -Uri https://«h»/healthz -Credential $cred', 'Get-Service wandb*  # «n»')
N('h40n_powershell_transcript_header_only', 'pstrans',
  '**********************', 'Windows PowerShell transcript start', 'Start time: «psdate»', 'Username: CORP\\«u»', 'Machine: «hn» (Microsoft Windows NT 10.0.20348.0)', 'Host Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', 'Process ID: «pid»')
N('h40n_script_typescript_header_and_ls', 'script',
  'Script started on «ymd»+00:00 [TERM="xterm-256color" TTY="/dev/pts/«tty»" COLUMNS="158" LINES="42"]', PROMPT + 'ls ~/.ssh\r', 'authorized_keys  config  id_ed25519  id_ed25519.pub  known_hosts\r')
N('h40n_tmux_capture_prompt_with_git_branch_hash', 'tmux',
  E + '[01;32m«u»@«hn»' + E + '[00m:' + E + '[01;34m~/wandb-deploy' + E + '[00m (main «hx») $ git status -s', ' M values.yaml')
N('h40n_xtrace_secret_file_paths', 'bashman',
  "+ export MYSQL_PASSWORD_FILE=/run/secrets/mysql_password", "+ '[' -f /run/secrets/mysql_password ']'", '+ mysql --defaults-extra-file=/etc/wb/«n».cnf -e "SELECT 1"')
N('h40n_xtrace_empty_value_test', 'bashman',
  "+ REDIS_PASSWORD=", "+ '[' -z '' ']'", "+ echo 'no redis auth configured (pid «pid»)'")
N('h40n_xtrace_ps4_paths_no_values', 'bashman',
  '+(deploy.sh:«n»): main(): kubectl apply -f secrets/sealed-wandb.yaml', '+(deploy.sh:«n2»): main(): helm upgrade --install wandb wandb/operator --set-file license=/etc/wb/license.txt')
N('h40n_xtrace_read_silently_no_expansion', 'bashman',
  '+ read -rs PASS', '+ export PASS', '+ mysql -u root --password= -e status', '+ sleep «n»')
N('h40n_env_output_paths_and_pwd', 'env',
  'PWD=/home/«u»/wandb-deploy', 'OLDPWD=/home/«u»', 'HISTFILE=/home/«u»/.bash_history', 'SSH_AUTH_SOCK=/tmp/ssh-«a»/agent.«pid»', 'KUBECONFIG=/home/«u»/.kube/config')
N('h40n_env_secret_file_variables', 'env',
  'MYSQL_PASSWORD_FILE=/run/secrets/mysql_password', 'MINIO_ROOT_PASSWORD_FILE=/run/secrets/minio_root', 'LICENSE_FILE=/etc/wandb/license-«n».jwt', 'TOKEN_PATH=/var/run/secrets/kubernetes.io/serviceaccount/token')
N('h40n_env_empty_and_masked_values', 'env',
  'MYSQL_PASSWORD=', 'REDIS_PASSWORD=********', 'OIDC_SECRET=<redacted>', 'WANDB_API_KEY=', 'HOSTNAME=«hn»-«n»')
N('h40n_export_p_declare_x_plain', 'bashman',
  'declare -x HISTCONTROL="ignorespace"', 'declare -x HOME="/home/«u»"', 'declare -x OLDPWD', 'declare -x PWD="/opt/wandb-«n»"', 'declare -x SHLVL="1"')
N('h40n_env_digests_and_commit_ids', 'env',
  'IMAGE_DIGEST=sha256:«sha»', 'GIT_COMMIT=«hx»', 'BUILD_ID=«uuid»', 'WANDB_VERSION=«ver»')
N('h40n_printenv_names_only_cut', 'env',
  PROMPT + 'printenv | cut -d= -f1 | grep -E "KEY|SECRET|PASS"', 'AWS_SECRET_ACCESS_KEY', 'MYSQL_PASSWORD', 'WANDB_API_KEY', 'GPG_KEY_ID_«n»')
N('h40n_env_ls_colors_and_lesspipe', 'env',
  'LS_COLORS=rs=0:di=01;34:ln=01;36:mh=00:pi=40;33:so=01;35:do=01;35:bd=40;33;01', 'LESSOPEN=| /usr/bin/lesspipe %s', 'XDG_SESSION_ID=«ses»', 'TERM=xterm-256color')
N('h40n_ps_ef_mysql_client_argv_overwritten', 'ps',
  'UID          PID    PPID  C STIME TTY          TIME CMD', 'root     «pid»  «pid2»  0 «hm» pts/«tty»    00:00:00 mysql -h «svc» -u root -px xxxxxxxxxxxxxxxx')
N('h40n_ps_auxww_services_without_secrets', 'ps',
  'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND', 'root           1  0.0  0.1 167732 12980 ?        Ss   «hm»   0:04 /sbin/init', 'redis      «pid»  0.3  0.2  65432 21140 ?        Ssl  «hm»   3:02 /usr/bin/redis-server 127.0.0.1:6379', '999        «pid2»  1.2  9.8 2411236 801212 ?     Ssl  «hm»  41:10 mysqld --defaults-file=/etc/mysql/my.cnf')
N('h40n_proc_cmdline_nul_separated_config_path', 'proc',
  '/usr/local/bin/minio\x00server\x00/data\x00--config-dir\x00/etc/minio\x00--address\x00:«port»\x00')
N('h40n_proc_environ_nul_separated_paths', 'proc',
  'PATH=/usr/local/bin:/usr/bin\x00HOME=/var/lib/mysql\x00MYSQL_ROOT_PASSWORD_FILE=/run/secrets/root\x00INVOCATION_ID=«md»\x00')
N('h40n_pgrep_a_minio_plain', 'ps',
  PROMPT + 'pgrep -a minio', '«pid» minio server /data --console-address :9001', '«pid2» mc admin trace wb')
N('h40n_systemctl_show_environmentfiles_and_creds', 'sdshow',
  'Id=wandb-local.service', 'EnvironmentFiles=/etc/default/wandb (ignore_errors=no)', 'LoadCredential=mysql-password:/etc/credstore/mysql-password', 'InvocationID=«md»', 'MainPID=«pid»')
N('h40n_unit_file_loadcredential_and_paths', 'sdexec',
  '[Service]', 'EnvironmentFile=-/etc/default/wb-backup', 'LoadCredentialEncrypted=aws-secret:/etc/credstore.encrypted/aws-secret', 'Environment="AWS_SHARED_CREDENTIALS_FILE=%d/aws-secret"', 'ExecStart=/usr/local/bin/wb-backup.sh --bucket wb-bk-«n»')
N('h40n_systemctl_status_plain_cgroup', 'sdshow',
  '● wb-sync.service - W&B offline sync', '     Active: active (running) since «ymd» UTC', '   Main PID: «pid» (python3)', '     CGroup: /system.slice/wb-sync.service', '             └─«pid» /usr/bin/python3 /opt/wb/sync.py --key-file /etc/wb/key')
N('h40n_systemd_creds_list_output', 'sdexec',
  'NAME                 SECURE   SIZE PATH', 'mysql-password       secure     «n»B /run/credentials/wandb-local.service/mysql-password', 'aws-secret           secure     40B /run/credentials/wandb-local.service/aws-secret')
N('h40n_journalctl_json_cursor_boot_machine_ids', 'jfields',
  '{"__CURSOR":"s=«md»;i=«n»;b=«md2»;m=«n2»;t=«hx»;x=«hx2»","_BOOT_ID":"«md2»","_MACHINE_ID":"«md3»","MESSAGE":"Started wandb-local.service.","_PID":"1"}')
N('h40n_journalctl_verbose_invocation_and_stream_ids', 'jctl',
  '«isoz» [s=«md»;i=«n»;b=«md2»;m=«n2»;t=«hx»;x=«hx2»]', '    _SYSTEMD_INVOCATION_ID=«md3»', '    _STREAM_ID=«md4»', '    _CMDLINE=/usr/bin/python3 /opt/wb/export.py --token-file /etc/wb/token', '    MESSAGE=export started')
N('h40n_journalctl_short_access_denied_using_password', 'jctl',
  '«iso» «hn» wb-backup.sh[«pid»]: mysqldump: Got error: 1045: Access denied for user \'wandb\'@\'«ip»\' (using password: YES)', '«iso» «hn» systemd[1]: wb-backup.service: Failed with result \'exit-code\'.')
N('h40n_syslog_traditional_auth_success', 'syslog',
  '«sysd» «hn» sshd[«pid»]: Accepted publickey for «u» from «ip» port «n» ssh2: ED25519 SHA256:«fp»', '«sysd1» «hn» sshd[«pid»]: pam_unix(sshd:session): session opened for user «u»(uid=1000) by (uid=0)')
N('h40n_sudo_log_commands_without_secrets', 'sudo',
  '«sysd» «hn» sudo:   «u» : TTY=pts/«tty» ; PWD=/home/«u» ; USER=root ; COMMAND=/usr/bin/systemctl restart wandb-local', '«sysd» «hn» sudo: pam_unix(sudo:session): session opened for user root(uid=0) by «u»(uid=1000)')
N('h40n_sudo_incorrect_password_attempts', 'sudo',
  '«sysd» «hn» sudo:   «u» : 3 incorrect password attempts ; TTY=pts/«tty» ; PWD=/home/«u» ; USER=root ; COMMAND=/usr/bin/cat /etc/shadow')
N('h40n_auditd_execve_hex_plain_path', 'audit',
  'type=EXECVE msg=audit(«ts».«ms»:«n»): argc=3 a0="ls" a1="-la" a2=2F686F6D652F6F707320776F726B', 'type=CWD msg=audit(«ts».«ms»:«n»): cwd="/root"')
N('h40n_auditd_proctitle_hex_kubectl_get', 'audit',
  'type=PROCTITLE msg=audit(«ts».«ms»:«n»): proctitle=6B75626563746C002D6E0077616E64620067657400706F6473', 'type=SYSCALL msg=audit(«ts».«ms»:«n»): arch=c000003e syscall=59 success=yes exit=0 pid=«pid»')
N('h40n_auditd_user_auth_res_fields', 'audit',
  'type=USER_AUTH msg=audit(«ts».«ms»:«n»): pid=«pid» uid=0 auid=1000 ses=«ses» msg=\'op=PAM:authentication grantors=pam_unix acct="«u»" exe="/usr/bin/sudo" hostname=? addr=? terminal=/dev/pts/«tty» res=success\'')
N('h40n_crontab_defaults_extra_file', 'cron',
  '# m h  dom mon dow   command', 'MAILTO=ops@example.com', '«tty»5 2 * * * mysqldump --defaults-extra-file=/root/.wb-backup.cnf wandb_local | gzip > /backup/wb.sql.gz')
N('h40n_cron_syslog_cmd_plain', 'cron',
  '«sysd» «hn» CRON[«pid»]: (root) CMD (/opt/wb/rotate.sh --config /etc/wb/rotate.yaml)', '«sysd» «hn» CRON[«pid2»]: (CRON) info (No MTA installed, discarding output)')
N('h40n_cron_mail_x_cron_env_plain', 'mail',
  'Subject: Cron <root@«hn»> /opt/wb/rotate.sh', 'X-Cron-Env: <SHELL=/bin/sh>', 'X-Cron-Env: <HOME=/root>', 'X-Cron-Env: <PATH=/usr/bin:/bin>', 'X-Cron-Env: <LOGNAME=root>', 'Message-Id: <«md»@«hn»>')
N('h40n_netrc_placeholder_and_default_anonymous', 'netrc',
  'machine «h»', '  login user', '  password <your-api-key-here>', 'default login anonymous password user@example.com')
N('h40n_my_cnf_without_password', 'mycnf',
  '[client]', 'user=wandb', 'host=«ip»', 'ssl-ca=/etc/mysql/ca.pem', '[mysqld]', 'max_connections=«n»')
N('h40n_pg_service_conf_without_password', 'pgpass',
  '[wb]', 'host=«ip»', 'port=5432', 'dbname=wandb', 'user=wandb', 'passfile=/home/«u»/.pgpass')
N('h40n_docker_config_json_credsstore', 'dockercfg',
  '{', '\t"auths": {', '\t\t"registry.«h»": {}', '\t},', '\t"credsStore": "desktop",', '\t"currentContext": "wb-«n»"', '}')
N('h40n_docker_login_warning_output', 'dockercfg',
  'WARNING! Your password will be stored unencrypted in /home/«u»/.docker/config.json.', 'Configure a credential helper to remove this warning. See', 'https://docs.docker.com/go/credential-store/', '', 'Login Succeeded', '# «n»')
N('h40n_config_wandb_settings_no_key', 'wandbset',
  '[default]', 'base_url = https://«h»', 'entity = mlteam-«n»', 'project = llm-evals')
N('h40n_gh_hosts_yml_keyring_no_token', 'gh',
  'github.com:', '    users:', '        «u»:', '    git_protocol: https', '    user: «u»  # «n»')
N('h40n_aws_config_profiles_no_secrets', 'awscli',
  '[profile wandb-prod]', 'region = us-east-«tty»', 'role_arn = arn:aws:iam::«n»000000000:role/wandb-admin', 'source_profile = default', 'sso_start_url = https://«h»/start')
N('h40n_aws_configure_list_last_four_chars_masked', 'boto',
  '      Name                    Value             Type    Location', '      ----                    -----             ----    --------', '   profile                <not set>             None    None', 'access_key     ****************«last»    shared-credentials-file', 'secret_key     ****************«last2»    shared-credentials-file')
N('h40n_kube_config_exec_plugin_and_redacted', 'kubecfg',
  '- name: wandb-admin', '  user:', '    client-certificate-data: DATA+OMITTED', '    client-key-data: DATA+OMITTED', '    exec:', '      command: aws', '      args: ["eks", "get-token", "--cluster-name", "wb-«n»"]')
N('h40n_rclone_conf_env_auth', 'rclone',
  '[wbs3]', 'type = s3', 'provider = AWS', 'env_auth = true', 'region = us-west-«tty»', 'bucket_acl = private', '# «n»')
N('h40n_mc_alias_list_masked_style', 'mc',
  'wb', '  URL       : https://«h»', '  AccessKey : «akid»', '  SecretKey : ', '  API       : s3v4', '  Path      : auto')
N('h40n_pip_conf_no_credentials', 'pipconf',
  '[global]', 'index-url = https://pypi.«h»/simple', 'trusted-host = pypi.«h»', 'timeout = «n»')
N('h40n_git_config_list_credential_helper', 'git',
  'credential.helper=store', 'credential.https://github.com.username=«u»', 'remote.origin.url=https://github.com/mlteam/wandb-deploy.git', 'user.signingkey=«hx»')
N('h40n_ssh_config_identityfile_paths', 'sshcfg',
  'Host wb-bastion', '    HostName «ip»', '    User «u»', '    IdentityFile ~/.ssh/id_ed25519', '    SendEnv LANG LC_*', '    ServerAliveInterval «n»')
N('h40n_ssh_agent_startup_output', 'sshagent',
  'SSH_AUTH_SOCK=/tmp/ssh-«a»/agent.«pid»; export SSH_AUTH_SOCK;', 'SSH_AGENT_PID=«pid2»; export SSH_AGENT_PID;', 'echo Agent pid «pid2»;')
N('h40n_ssh_add_l_fingerprints', 'sshagent',
  '256 SHA256:«fp» «u»@«hn» (ED25519)', '3072 SHA256:«fp2» deploy@wandb (RSA)')
N('h40n_ssh_keygen_lf_fingerprint_and_randomart', 'sshkey',
  '256 SHA256:«fp» «u»@«hn» (ED25519)', '+--[ED25519 256]--+', '|      .o+=.      |', '|     . +o* .     |', '+----[SHA256]-----+')
N('h40n_authorized_keys_public_lines', 'sshd',
  'ssh-ed25519 «pub» «u»@«hn»', 'ssh-ed25519 «pub2» backup@wb-«n»')
N('h40n_known_hosts_hashed_entries', 'sshd',
  '|1|«salt»=|«salt2»= ssh-ed25519 «pub»', '«ip» ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB«fp3»')
N('h40n_ssh_v_debug_host_key_lines', 'sshcfg',
  'debug1: Connecting to «ip» [«ip»] port 22.', 'debug1: Server host key: ssh-ed25519 SHA256:«fp»', 'debug1: Host \'«ip»\' is known and matches the ED25519 host key.', 'debug1: Will attempt key: /home/«u»/.ssh/id_ed25519 ED25519 SHA256:«fp2» agent')
N('h40n_ssh_public_key_pem_block', 'sshkey',
  '-----BEGIN PUBLIC KEY-----', 'MCowBQYDK2VwAyEA«fp»', '-----END PUBLIC KEY-----', '# «u»@«hn»')
N('h40n_strace_openat_secret_paths', 'strace',
  'openat(AT_FDCWD, "/home/«u»/.netrc", O_RDONLY) = 3', 'fstat(3, {st_mode=S_IFREG|0600, st_size=«n», ...}) = 0', 'openat(AT_FDCWD, "/home/«u»/.config/wandb/settings", O_RDONLY) = 4')
N('h40n_strace_execve_defaults_file', 'strace',
  'execve("/usr/bin/mysql", ["mysql", "--defaults-file=/root/.wb.cnf", "-e", "SELECT 1"], «ptr» /* «n» vars */) = 0')
N('h40n_strace_read_elf_header_and_mmap', 'strace',
  'read(3, "\\177ELF\\2\\1\\1\\3\\0\\0\\0\\0\\0\\0\\0\\0\\3\\0>\\0\\1\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0"..., 832) = 832', 'mmap(NULL, «sz», PROT_READ, MAP_PRIVATE|MAP_DENYWRITE, 3, 0) = «ptr»')
N('h40n_strace_connect_and_auth_ok_reply', 'strace',
  'connect(3, {sa_family=AF_INET, sin_port=htons(6379), sin_addr=inet_addr("«ip»")}, 16) = 0', 'read(3, "+OK\\r\\n", 16384) = 5', 'write(3, "*1\\r\\n$4\\r\\nPING\\r\\n", 14) = 14', '+++ exited with «tty» +++')
N('h40n_docker_inspect_host_env_secret_file_and_bucket_only', 'dinspect',
  '        "Env": [', '            "MYSQL_PASSWORD_FILE=/run/secrets/mysql",', '            "BUCKET=s3://wandb-bucket-«n»",', '            "HOST=https://«h»"', '        ],')
N('h40n_docker_inspect_image_digest_and_id', 'dinspect',
  '        "Id": "sha256:«sha»",', '        "RepoDigests": [', '            "wandb/local@sha256:«sha2»"', '        ],', '        "Created": "«isoz»",')
N('h40n_docker_compose_config_secrets_files', 'dcompose',
  'secrets:', '  mysql_password:', '    file: /opt/wandb/secrets/mysql_password.txt', '  license:', '    file: /opt/wandb/secrets/license-«n».txt')
N('h40n_docker_compose_config_interpolation_required', 'dcompose',
  '  wandb:', '    environment:', '      MYSQL_PASSWORD_FILE: /run/secrets/mysql_password', '      HOST: https://«h»', '    image: wandb/local:«ver»')
N('h40n_docker_ps_plain_command_column', 'dinspect',
  'CONTAINER ID   IMAGE              COMMAND                  STATUS', '«cs»   wandb/local:«ver»   "/sbin/my_init"          Up 3 days', '«cs2»   redis:7   "docker-entrypoint.s…"   Up 3 days')
N('h40n_help_text_password_options', 'mysqlcli',
  '  -p, --password[=name]', '                      Password to use when connecting to server. If password is', '                      not given it\'s asked from the tty.', '  --login-path=name   Read this path from the login file. # «n»')
N('h40n_help_text_wandb_login', 'wandbset',
  'Usage: wandb login [OPTIONS] [KEY]...', '', '  Login to Weights & Biases', '', '  --host, --base-url TEXT  Login to a specific instance of W&B', '  --relogin                Force relogin if already logged in. (#«n»)')
N('h40n_help_text_redis_cli_auth', 'redis',
  '  -a <password>      Password to use when connecting to the server.', '                     You can also use the REDISCLI_AUTH environment', '                     variable to pass this password more safely', '  --user <username>  Used to send ACL style \'AUTH username pass\'. Needs -a. # «n»')
N('h40n_sha256sum_and_gpg_fingerprints', 'gpg',
  '«sha»  wandb-local-«ver».tar.gz', 'pub   ed25519 2024-01-01 [SC]', '      «hx»', 'uid           [ultimate] W&B Ops <ops@example.com>')
N('h40n_openssl_x509_fingerprint_output', 'gpg',
  'SHA256 Fingerprint=«sha»', 'subject=CN = «h»', 'issuer=C = US, O = Let\'s Encrypt, CN = R«tty»', 'notAfter=«maild»')
N('h40n_psreadline_history_masked_secure_string', 'psrl',
  '$sec = Read-Host -AsSecureString -Prompt "MinIO secret"', '$cred = [pscredential]::new("minioadmin", $sec)', 'Write-Host "stored $($sec.Length) chars at «psdate»"')
N('h40n_cmd_set_output_paths', 'wincmd',
  'C:\\Users\\«u»>set WANDB', 'WANDB_CONFIG_DIR=C:\\Users\\«u»\\.config\\wandb', 'WANDB_DIR=D:\\runs\\«n»')
N('h40n_fish_variables_universal_colors', 'fish',
  '# This file contains fish universal variable definitions.', '# VERSION: 3.0', 'SETUVAR __fish_initialized:3400', 'SETUVAR fish_color_autosuggestion:555\\x1ebrblack', 'SETUVAR fish_user_paths:/home/«u»/\\x2elocal/bin')
N('h40n_vault_status_public_fields', 'bashhist',
  'Key             Value', '---             -----', 'Seal Type       shamir', 'Sealed          false', 'Cluster ID      «uuid»', 'Version         1.«n».0')
N('h40n_sudo_l_listing', 'sudo',
  'Matching Defaults entries for «u» on «hn»:', '    env_reset, mail_badpass, secure_path=/usr/local/sbin\\:/usr/local/bin\\:/usr/sbin\\:/usr/bin', '', 'User «u» may run the following commands on «hn»:', '    (ALL : ALL) ALL')
N('h40n_zsh_typeset_x_non_secret', 'zsh',
  'typeset -x EDITOR=vim', 'typeset -x LANG=en_US.UTF-8', 'typeset -x WANDB_ENTITY=mlteam-«n»', 'typeset -x ZSH=/home/«u»/.oh-my-zsh')
N('h40n_xtrace_curl_netrc_file_flag', 'bashman',
  '+ curl -sf --netrc-file /home/«u»/.netrc https://«h»/api/v1/viewer', '+ jq -r .username', '«u»')

# ================================================================ build
NEW_KIND_POS = ['h40_history_builtin_numbered_with_histtimeformat', 'h40_psreadline_history_backtick_continuation', 'h40_script_timing_shell_ansi_title_sequence', 'h40_xtrace_ps4_with_timestamp_epochrealtime', 'h40_xtrace_triple_plus_heredoc_config_write', 'h40_xtrace_array_assignment_args', 'h40_xtrace_test_bracket_compare_value', 'h40_declare_p_array_with_secret_element', 'h40_zsh_typeset_x_output', 'h40_fish_set_show_variable', 'h40_proc_environ_strings_output', 'h40_proc_cmdline_cat_glued_no_separator_view', 'h40_systemctl_status_cgroup_command_line', 'h40_journalctl_json_message_byte_array', 'h40_journalctl_json_seq_record_separator', 'h40_journalctl_cat_output_mode', 'h40_sudo_log_env_assignment_before_command', 'h40_sudo_logfile_two_line_wrap', 'h40_auditd_proctitle_hex_nul_joined', 'h40_ausearch_i_interpreted_execve', 'h40_auditd_user_cmd_hex_cmd_field', 'h40_auditd_execve_split_argument_len_parts', 'h40_cron_mail_x_cron_env_headers', 'h40_cron_mail_body_script_output', 'h40_netrc_account_field_and_macdef', 'h40_docker_config_json_registrytoken_and_proxies', 'h40_fish_variables_universal_file', 'h40_ssh_v_debug_sendenv_line', 'h40_ssh_keygen_p_passphrase_history', 'h40_ssh_authorized_keys_command_option_token', 'h40_strace_sendto_http_authorization', 'h40_strace_read_stdin_password_line', 'h40_strace_xx_hex_escaped_write', 'h40_strace_f_pid_prefix_openat_then_read_config', 'h40_sudo_s_echo_pipe_history', 'h40_ssh_remote_command_history_mysql', 'h40_ps_ef_forest_child_curl_header']
NEW_KIND_NEG = ['h40n_history_builtin_commands_editing_secret_files', 'h40n_xtrace_empty_value_test', 'h40n_xtrace_ps4_paths_no_values', 'h40n_printenv_names_only_cut', 'h40n_env_ls_colors_and_lesspipe', 'h40n_ps_ef_mysql_client_argv_overwritten', 'h40n_pgrep_a_minio_plain', 'h40n_systemctl_status_plain_cgroup', 'h40n_systemd_creds_list_output', 'h40n_journalctl_verbose_invocation_and_stream_ids', 'h40n_syslog_traditional_auth_success', 'h40n_sudo_log_commands_without_secrets', 'h40n_sudo_incorrect_password_attempts', 'h40n_auditd_proctitle_hex_kubectl_get', 'h40n_auditd_user_auth_res_fields', 'h40n_cron_mail_x_cron_env_plain', 'h40n_gh_hosts_yml_keyring_no_token', 'h40n_ssh_agent_startup_output', 'h40n_strace_read_elf_header_and_mmap', 'h40n_strace_connect_and_auth_ok_reply', 'h40n_strace_execve_defaults_file', 'h40n_psreadline_history_masked_secure_string', 'h40n_fish_variables_universal_colors', 'h40n_sudo_l_listing']
SAME_KIND_POS = [n for n, _ in SHAPES_POS if n not in NEW_KIND_POS]
SAME_KIND_NEG = [n for n, _ in SHAPES_NEG if n not in NEW_KIND_NEG]

def check_pos(lines, secrets):
    text = '\n'.join(lines)
    if not (1 <= len(lines) <= 12):
        return False
    for s in secrets:
        if len(s) < 8 or s not in text:
            return False
    rest = text
    for s in sorted(secrets, key=len, reverse=True):
        rest = rest.replace(s, '\x00')
    for s in secrets:
        for i in range(len(s) - 5):
            if s[i:i + 6] in rest:
                return False
    return True

def build():
    pos, neg = [], []
    seen_secrets = set()
    for name, tmpls in SHAPES_POS:
        for _ in range(3):
            for attempt in range(200):
                rec = Rec()
                lines = [render(rec, t) for t in tmpls]
                secs = rec.listed
                if check_pos(lines, secs) and not (set(secs) & seen_secrets) and len(set(secs)) == len(secs):
                    break
            else:
                raise SystemExit('cannot draw ' + name)
            seen_secrets.update(secs)
            pos.append({"shape": name, "lines": lines, "secrets": list(secs)})
    seen = set()
    for name, tmpls in SHAPES_NEG:
        for _ in range(5):
            for attempt in range(200):
                rec = Rec()
                lines = [render(rec, t) for t in tmpls]
                assert not rec.listed, name
                key = json.dumps(lines)
                if key not in seen and 1 <= len(lines) <= 12:
                    break
            else:
                raise SystemExit('cannot draw distinct ' + name)
            seen.add(key)
            neg.append({"shape": name, "lines": lines})
    return pos, neg

def main():
    pos, neg = build()
    for fn, recs in (('positives.jsonl', pos), ('negatives.jsonl', neg)):
        with open(os.path.join(HERE, fn), 'w', encoding='utf-8', newline='\n') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
