#!/usr/bin/env python3
"""holdout15: sealed held-out set for the wbdiag secret redactor.

Python 3, stdlib only.  `python3 gen.py` writes positives.jsonl and
negatives.jsonl next to this file, byte for byte the same on every run.
"""
import base64
import gzip
import json
import os
import random
import string
import urllib.parse

SEED = 1515_2026
R = random.Random(SEED)

LO = string.ascii_lowercase
UP = string.ascii_uppercase
DG = string.digits
AN = LO + UP + DG
ALPH = {
    "an": AN,
    "lo": LO + DG,
    "hex": "0123456789abcdef",
    "HEX": "0123456789ABCDEF",
    "b64": AN + "+/",
    "b64u": AN + "-_",
    "pw": AN + AN + "-_.!~+*",
    "pws": AN + AN + "-_.!~+*#%^&=,",
    "num": DG,
    "up": UP + DG,
}

USERS = ["ana", "bmiller", "svc-wandb", "mlops", "kchen", "jdoe", "rhea", "ops-bot",
         "tpatel", "lena.k", "svc-ml", "dataeng", "wbadmin", "n.okafor", "ikeda"]
HOSTS = ["wandb.corp.example", "wandb.example.com", "ml.example.net", "wb.internal.example",
         "wandb.lab.example.org", "tracking.example.io"]
BUCKETS = ["wandb-prod-artifacts", "ml-runs-eu", "wb-files", "acme-wandb", "wandb-bucket-01"]


def rs(alpha, n):
    a = ALPH.get(alpha, alpha)
    return "".join(R.choice(a) for _ in range(n))


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def b64u_nopad(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.urlsafe_b64encode(s).decode().rstrip("=")


USED = set()


class Ctx:
    def __init__(self, positive):
        self.positive = positive
        self.secrets = []
        self.t = R.randint(1_700_000_000, 1_760_000_000)

    # secrets ---------------------------------------------------------
    def s(self, kind, n, lst=True):
        if isinstance(n, tuple):
            n = R.randint(*n)
        v = rs(kind, n)
        if kind in ("pw", "pws") and n > 2:
            # real passwords rarely start/end with punctuation; keeps YAML/shell contexts valid
            v = R.choice(AN) + v[1:-1] + R.choice(AN)
        if lst:
            self.add(v)
        return v

    def add(self, v):
        assert self.positive
        self.secrets.append(v)
        return v

    def basic(self, user, n=(14, 22), kind="pw"):
        """base64(user:pass); lists only the chars that encode the password."""
        pre = user + ":"
        while len(pre) % 3:
            pre = pre[:-1] + R.choice(DG) + ":"
        pw = self.s(kind, n, lst=False)
        enc = b64(pre + pw)
        self.add(enc[len(pre) // 3 * 4:].rstrip("="))
        return pre[:-1], pw, enc

    def jwt(self, claims, siglen=43):
        h = b64u_nopad(json.dumps({"alg": "HS256" if siglen < 60 else "RS256", "typ": "JWT"},
                                  separators=(",", ":")))
        p = b64u_nopad(json.dumps(claims, separators=(",", ":")))
        sig = self.s("b64u", siglen)
        return f"{h}.{p}.{sig}"

    # non-secret values -----------------------------------------------
    def r(self, kind, n):
        if isinstance(n, tuple):
            n = R.randint(*n)
        return rs(kind, n)

    def uuid(self):
        h = rs("hex", 32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"

    def user(self):
        return R.choice(USERS)

    def host(self):
        return R.choice(HOSTS)

    def bucket(self):
        return R.choice(BUCKETS)

    def ip(self):
        return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}"

    def pid(self):
        return R.randint(1200, 99000)

    def tick(self, a=1, b=3):
        self.t += R.randint(a, b)
        return self.t

    def _tm(self):
        import time
        return time.gmtime(self.tick())

    def iso(self, frac=3):
        import time
        ms = R.randint(0, 10 ** frac - 1)
        return time.strftime("%Y-%m-%dT%H:%M:%S", self._tm()) + (f".{ms:0{frac}d}" if frac else "") + "Z"

    def pyts(self):
        import time
        return time.strftime("%Y-%m-%d %H:%M:%S", self._tm()) + f",{R.randint(0, 999):03d}"

    def klog(self):
        import time
        g = self._tm()
        return time.strftime("%m%d %H:%M:%S", g) + f".{R.randint(0, 999999):06d}"

    def syslog(self):
        import time
        g = self._tm()
        return time.strftime("%b %e %H:%M:%S", g)

    def clf(self):
        import time
        return time.strftime("%d/%b/%Y:%H:%M:%S +0000", self._tm())


POS = []
NEG = []


def P(name, new=True):
    def deco(f):
        POS.append((name, new, f))
        return f
    return deco


def N(name):
    def deco(f):
        NEG.append((name, f))
        return f
    return deco


def check(lines, secrets):
    text = "\n".join(lines)
    for s in secrets:
        if len(s) < 8 or s not in text:
            return False
        if s in USED:
            return False
    if len(set(secrets)) != len(secrets):
        return False
    rest = text
    for s in sorted(secrets, key=len, reverse=True):
        rest = rest.replace(s, "\x00")
    for s in secrets:
        for i in range(len(s) - 5):
            if s[i:i + 6] in rest:
                return False
    # no secret may be a piece of another listed secret's surroundings twice over
    return True


def make_pos(name, f):
    for _ in range(200):
        c = Ctx(True)
        lines = f(c)
        assert isinstance(lines, list) and all(isinstance(x, str) for x in lines), name
        if check(lines, c.secrets):
            for s in c.secrets:
                USED.add(s)
            return {"shape": name, "lines": lines, "secrets": c.secrets}
    raise SystemExit(f"could not draw a clean record for {name}")


def make_neg(name, f):
    c = Ctx(False)
    lines = f(c)
    assert isinstance(lines, list) and all(isinstance(x, str) for x in lines), name
    return {"shape": name, "lines": lines}


ESC = "\u001b"


# =====================================================================
# POSITIVES
# =====================================================================

# ---- W&B SDK, user side ---------------------------------------------

@P("wandb_metadata_json_git_remote_x_access_token_userinfo")
def _(c):
    tok = c.s("an", 36)
    commit = c.r("hex", 40)
    return ['{',
            '  "os": "Linux-5.15.0-105-generic-x86_64-with-glibc2.35",',
            '  "python": "CPython 3.11.9",',
            f'  "startedAt": "{c.iso(6)}",',
            '  "program": "/home/' + c.user() + '/src/trainer/train.py",',
            '  "git": {',
            f'    "remote": "https://x-access-token:ghs_{tok}@github.com/acme-ml/trainer.git",',
            f'    "commit": "{commit}"',
            '  },',
            f'  "host": "gpu-node-{R.randint(1, 40):02d}",',
            '  "username": "' + c.user() + '"',
            '}']


@P("wandb_metadata_json_args_array_hf_token_and_db_url")
def _(c):
    hf = c.s("an", 34)
    pw = c.s("pw", (14, 20))
    return ['  "args": [',
            '    "--epochs",',
            f'    "{R.randint(2, 40)}",',
            '    "--hf-token",',
            f'    "hf_{hf}",',
            '    "--feature-store",',
            f'    "postgresql://feat_ro:{pw}@{c.ip()}:5432/features"',
            '  ],']


@P("wandb_debug_log_init_config_dict_user_dsn")
def _(c):
    pw = c.s("pw", (12, 20))
    pid = c.pid()
    return [f"{c.pyts()} INFO    MainThread:{pid} [wandb_init.py:init():{R.randint(700, 900)}] calling init triggers",
            f"{c.pyts()} INFO    MainThread:{pid} [wandb_init.py:init():{R.randint(700, 900)}] wandb.init called with sweep_config: {{}}",
            f"config: {{'lr': 0.0003, 'batch_size': {R.choice([32, 64, 128])}, 'feature_db': 'mysql+pymysql://reader:{pw}@{c.ip()}:3306/feat', 'seed': {R.randint(1, 9999)}}}",
            f"{c.pyts()} INFO    MainThread:{pid} [wandb_init.py:init():{R.randint(900, 999)}] starting backend"]


@P("wandb_debug_internal_retry_proxies_dict_pct_encoded_password")
def _(c):
    raw = c.s("an", (6, 8), lst=False) + "@" + c.s("an", (6, 9), lst=False) + "#" + c.s("an", 4, lst=False)
    enc = urllib.parse.quote(raw, safe="")
    c.add(enc)
    pid = c.pid()
    return [f"{c.pyts()} DEBUG   SenderThread:{pid} [retry.py:__call__():{R.randint(150, 200)}] Retry attempt failed:",
            "requests.exceptions.ProxyError: HTTPSConnectionPool(host='" + c.host() + "', port=443): Max retries exceeded with url: /graphql (Caused by ProxyError('Unable to connect to proxy', OSError('Tunnel connection failed: 407 Proxy Authentication Required')))",
            f"{c.pyts()} DEBUG   SenderThread:{pid} [internal_api.py:execute():{R.randint(300, 400)}] session proxies={{'http': 'http://svc-proxy:{enc}@proxy.corp.example:3128', 'https': 'http://svc-proxy:{enc}@proxy.corp.example:3128'}}"]


@P("wandb_files_output_log_environ_repr_terminal_wrapped", new=False)
def _(c):
    k = c.s("hex", 40, lst=False)
    a, b = k[:19], k[19:]
    c.add(a)
    c.add(b)
    return ["Epoch 0/10", "environ({'SHELL': '/bin/bash', 'CUDA_VISIBLE_DEVICES': '0,1', 'WANDB_API_KEY': '" + a,
            b + "', 'HOME': '/home/" + c.user() + "', 'LANG': 'C.UTF-8'})",
            "Epoch 1/10"]


@P("wandb_verify_host_flag_with_userinfo_output")
def _(c):
    pw = c.s("pw", (12, 18))
    h = c.host()
    return [f"$ wandb verify --host https://wbadmin:{pw}@{h}",
            f"Default host selected:  https://wbadmin:{pw}@{h}",
            "Find detailed logs for this test at: /tmp/wandb-verify-" + c.r("lo", 8) + "/wandb",
            "Checking if logged in...................................................✅",
            "Checking signed URL upload..............................................❌",
            "Checking CORS configuration of the bucket...............................✅"]


@P("wandb_login_windows_cmd_prompt_host_and_key", new=False)
def _(c):
    k = c.s("hex", 40)
    u = c.user().replace(".", "")
    h = c.host()
    return [f"C:\\Users\\{u}>wandb login --host https://{h} local-{k}",
            f"wandb: Appending key for {h} to your netrc file: C:\\Users\\{u}\\_netrc",
            "",
            f"C:\\Users\\{u}>"]


@P("wandb_debug_internal_record_protobuf_text_config_value_json")
def _(c):
    tok = c.s("an", (32, 40))
    pid = c.pid()
    return [f"{c.pyts()} DEBUG   SenderThread:{pid} [sender.py:send():{R.randint(370, 400)}] send: config",
            "record {",
            "  config {",
            "    update {",
            '      key: "slack_token"',
            f'      value_json: "\\"xoxp-{R.randint(10**9, 10**10)}-{tok}\\""',
            "    }",
            "  }",
            "}"]


@P("wandb_launch_agent_log_docker_run_argv_python_list")
def _(c):
    k = c.s("hex", 40)
    pw = c.s("pw", (14, 20))
    return [f"{c.pyts()} INFO    Thread-3 (run_job):{c.pid()} [docker.py:run():{R.randint(80, 140)}] Launching run in docker with command:",
            f"['docker', 'run', '--rm', '-e', 'WANDB_BASE_URL=https://{c.host()}', '-e', 'WANDB_API_KEY={k}', '-e', 'DB_PASSWORD={pw}', '--gpus', 'all', 'registry.example.com/ml/job:{c.r('hex', 7)}']"]


@P("jupyter_lab_startup_banner_token_urls", new=False)
def _(c):
    tok = c.s("hex", 48)
    return [f"[I {c.pyts().replace(',', '.')} ServerApp] Jupyter Server 2.14.1 is running at:",
            f"[I {c.pyts().replace(',', '.')} ServerApp] http://{c.r('lo', 8)}:8888/lab?token={tok}",
            f"[I {c.pyts().replace(',', '.')} ServerApp]     http://127.0.0.1:8888/lab?token={tok}",
            f"[I {c.pyts().replace(',', '.')} ServerApp] Use Control-C to stop this server and shut down all kernels (twice to skip confirmation)."]


@P("colab_userdata_get_print_cell_output")
def _(c):
    k = c.s("hex", 40)
    return ['  {',
            '   "cell_type": "code",',
            '   "source": [',
            '    "from google.colab import userdata\\n",',
            '    "print(userdata.get(\'WANDB_API_KEY\'))"',
            '   ],',
            '   "outputs": [{"name": "stdout", "output_type": "stream", "text": [',
            f'     "{k}\\n"',
            '   ]}]',
            '  },']


@P("colab_drive_dotenv_cat_cell_stream_output")
def _(c):
    k = c.s("hex", 40)
    o = c.s("an", 48)
    return ['!cat /content/drive/MyDrive/secrets/.env',
            'WANDB_ENTITY=acme-ml',
            f'WANDB_API_KEY={k}',
            f'OPENAI_API_KEY=sk-proj-{o}',
            'WANDB_PROJECT=llm-evals']


@P("jupyter_kernel_connection_file_hmac_key")
def _(c):
    key = c.uuid()
    c.add(key)
    return ['$ cat ~/.local/share/jupyter/runtime/kernel-' + c.uuid() + '.json',
            '{',
            f'  "shell_port": {R.randint(40000, 60000)},',
            f'  "iopub_port": {R.randint(40000, 60000)},',
            '  "ip": "127.0.0.1",',
            f'  "key": "{key}",',
            '  "transport": "tcp",',
            '  "signature_scheme": "hmac-sha256",',
            '  "kernel_name": "python3"',
            '}']


@P("jupyter_server_config_py_token_and_password_literal")
def _(c):
    tok = c.s("hex", 32)
    return ["# ~/.jupyter/jupyter_server_config.py",
            "c.ServerApp.ip = '0.0.0.0'",
            "c.ServerApp.open_browser = False",
            f"c.IdentityProvider.token = '{tok}'",
            "c.ServerApp.port = 8888"]


@P("netrc_default_entry_pypi_token")
def _(c):
    k = c.s("hex", 40)
    t = c.s("b64u", (60, 90))
    return ["machine " + c.host(),
            "  login user",
            f"  password {k}",
            "default",
            "  login __token__",
            f"  password pypi-AgEIcHlwaS5vcmc{t}"]


@P("netrc_double_quoted_password_with_spaces")
def _(c):
    p = c.s("pw", 6, lst=False) + " " + c.s("pw", 5, lst=False) + " " + c.s("pw", 6, lst=False)
    c.add(p)
    return [f'machine proxy.corp.example login "{c.user()}" password "{p}"',
            f'machine {c.host()} login user password {c.s("hex", 40)}']


# ---- docker compose / .env -------------------------------------------

@P("compose_interpolation_default_value_literal_secret")
def _(c):
    pw = c.s("pw", (16, 22))
    lic = c.jwt({"iss": "wandb", "sub": c.uuid(), "seats": 25}, 86)
    return ["services:",
            "  wandb:",
            "    image: wandb/local:latest",
            "    environment:",
            f"      MYSQL: mysql://wandb:${{MYSQL_PASSWORD:-{pw}}}@db:3306/wandb_local",
            f"      LICENSE: ${{WANDB_LICENSE:-{lic}}}",
            "      BUCKET: s3://minio:9000/wandb"]


@P("compose_healthcheck_test_array_mysqladmin_glued_p")
def _(c):
    pw = c.s("pw", (14, 20))
    return ["  db:",
            "    image: mysql:8.0",
            "    healthcheck:",
            f'      test: ["CMD", "mysqladmin", "ping", "-h", "127.0.0.1", "-uroot", "-p{pw}"]',
            "      interval: 10s",
            "      retries: 5"]


@P("compose_command_folded_scalar_redis_requirepass")
def _(c):
    pw = c.s("pw", (20, 28))
    return ["  redis:",
            "    image: redis:7-alpine",
            "    command: >",
            "      redis-server",
            f"      --requirepass {pw}",
            "      --appendonly yes"]


@P("compose_build_args_pip_extra_index_url_userinfo")
def _(c):
    t = c.s("an", (20, 24))
    return ["    build:",
            "      context: .",
            "      args:",
            f"        PIP_EXTRA_INDEX_URL: https://__token__:glpat-{t}@gitlab.example.com/api/v4/projects/{R.randint(10, 999)}/packages/pypi/simple",
            "        PYTHON_VERSION: \"3.11\""]


@P("dotenv_vault_dotenv_key_uri")
def _(c):
    k = c.s("hex", 64)
    return ["# .env.me / CI variable",
            f'DOTENV_KEY="dotenv://:key_{k}@dotenv.org/vault/.env.vault?environment=production"']


@P("dotenv_crlf_saved_on_windows_quoted_values")
def _(c):
    k = c.s("hex", 40)
    pw = c.s("pw", (14, 18))
    return ["# wandb server\r",
            "WANDB_BASE_URL=\"https://" + c.host() + "\"\r",
            f"WANDB_API_KEY=\"{k}\"\r",
            f"MYSQL_PASSWORD='{pw}'\r"]


# ---- systemd --------------------------------------------------------

@P("systemctl_cat_dropin_execstart_reset_exporter_password_flag")
def _(c):
    pw = c.s("pw", (16, 24))
    return ["# /etc/systemd/system/redis_exporter.service",
            "[Unit]",
            "Description=Prometheus Redis exporter",
            "",
            "# /etc/systemd/system/redis_exporter.service.d/override.conf",
            "[Service]",
            "ExecStart=",
            f"ExecStart=/usr/local/bin/redis_exporter -redis.addr redis://{c.ip()}:6379 -redis.password {pw}"]


@P("systemd_unit_environment_multiple_quoted_assignments", new=False)
def _(c):
    pw = c.s("pw", (12, 16))
    k = c.s("hex", 40)
    return ["[Service]",
            "User=wandb",
            f'Environment="HTTPS_PROXY=http://{c.user()}:{pw}@proxy.corp.example:3128" "WANDB_API_KEY={k}" "WANDB_BASE_URL=https://{c.host()}"',
            "ExecStart=/opt/venv/bin/wandb launch-agent -q gpu-queue -e acme"]


@P("systemd_run_setenv_flag_shell_history")
def _(c):
    k = c.s("hex", 40)
    return [f" {R.randint(300, 2000)}  sudo systemd-run --unit=wb-sync --uid=wandb --setenv=WANDB_API_KEY={k} /opt/venv/bin/wandb sync --sync-all /data/offline",
            f" {R.randint(2001, 2100)}  journalctl -u wb-sync -f"]


@P("systemd_execstartpre_bash_c_curl_vault_token_header")
def _(c):
    t = c.s("b64u", (90, 96)).replace("-", "x").replace("_", "y")
    c.secrets[-1] = t
    return ["[Service]",
            "EnvironmentFile=-/run/wandb/env",
            f"ExecStartPre=/bin/bash -c 'curl -fsS -H \"X-Vault-Token: hvs.{t}\" https://vault.example.com/v1/kv/data/wandb | jq -r .data.data.env > /run/wandb/env'",
            "ExecStart=/usr/local/bin/wandb-agent"]


@P("journalctl_o_verbose_cmdline_field_secret_flag")
def _(c):
    sk = c.s("an", 40)
    return [f"{c.syslog()} [s=8f0c;i=1a2b;b={c.r('hex', 32)};m=4c1e8f0;t=5f2a;x=91c2]",
            "    PRIORITY=6",
            "    _SYSTEMD_UNIT=rclone-wandb.service",
            "    _COMM=rclone",
            f"    _CMDLINE=/usr/bin/rclone mount wb:{c.bucket()} /mnt/wandb --s3-access-key-id AKIA{c.r('up', 16)} --s3-secret-access-key {sk} --vfs-cache-mode full",
            "    MESSAGE=Serving remote control on http://127.0.0.1:5572/"]


# ---- reverse proxies ------------------------------------------------

@P("nginx_secure_link_md5_expression_secret")
def _(c):
    s = c.s("an", (24, 32))
    return ["    location /files/ {",
            "        secure_link $arg_md5,$arg_expires;",
            f'        secure_link_md5 "$secure_link_expires$uri$remote_addr {s}";',
            "        if ($secure_link = \"\") { return 403; }",
            "        proxy_pass http://wandb-app:8080;",
            "    }"]


@P("nginx_set_variable_literal_token_if_compare")
def _(c):
    t = c.s("an", (32, 40))
    return ["    set $metrics_token \"" + t + "\";",
            "    location /metrics {",
            "        if ($http_x_metrics_token != $metrics_token) { return 401; }",
            "        proxy_pass http://127.0.0.1:8181;",
            "    }"]


@P("nginx_proxy_set_header_cookie_session_literal")
def _(c):
    sess = c.s("b64u", (40, 48))
    return ["location /console/ {",
            "    proxy_pass http://wandb-console:8082/;",
            f'    proxy_set_header Cookie "wandb_session={sess}";',
            "    proxy_set_header Host $host;",
            "}"]


@P("haproxy_dataplaneapi_yaml_user_insecure_password")
def _(c):
    pw = c.s("pw", (16, 22))
    return ["dataplaneapi:",
            "  host: 0.0.0.0",
            "  port: 5555",
            "  user:",
            "  - name: admin",
            "    insecure: true",
            f"    password: {pw}",
            "haproxy:",
            "  config_file: /etc/haproxy/haproxy.cfg"]


@P("haproxy_http_check_send_hdr_authorization_basic")
def _(c):
    u, pw, enc = c.basic("health")
    return ["backend be_wandb",
            "    option httpchk",
            f"    http-check send meth GET uri /healthz hdr Authorization \"Basic {enc}\"",
            "    http-check expect status 200",
            f"    server app1 {c.ip()}:8080 check"]


@P("haproxy_tcp_check_send_redis_auth_escaped_space")
def _(c):
    pw = c.s("an", (20, 28))
    return ["backend be_redis",
            "    mode tcp",
            "    option tcp-check",
            f"    tcp-check send AUTH\\ {pw}\\r\\n",
            "    tcp-check expect string +OK",
            "    tcp-check send PING\\r\\n",
            "    tcp-check expect string +PONG",
            f"    server redis1 {c.ip()}:6379 check inter 1s"]


@P("traefik_k8s_container_args_providers_redis_password_flag")
def _(c):
    pw = c.s("pw", (16, 22))
    return ["        args:",
            "          - --entrypoints.websecure.address=:443",
            "          - --providers.redis.endpoints=redis-master.traefik.svc:6379",
            "          - --providers.redis.username=traefik",
            f"          - --providers.redis.password={pw}",
            "          - --log.level=DEBUG"]


@P("traefik_static_toml_metrics_influxdb2_token", new=False)
def _(c):
    t = c.s("b64u", 86)
    return ["[metrics]",
            "  [metrics.influxDB2]",
            '    address = "http://influxdb.monitoring:8086"',
            f'    token = "{t}=="',
            '    org = "platform"',
            '    bucket = "traefik"']


@P("caddyfile_global_acme_dns_cloudflare_literal_token")
def _(c):
    t = c.s("b64u", 40)
    return ["{",
            "    email ops@example.com",
            f"    acme_dns cloudflare {t}",
            "}",
            c.host() + " {",
            "    reverse_proxy wandb:8080",
            "}"]


@P("caddyfile_forward_proxy_basic_auth_plain")
def _(c):
    pw = c.s("pw", (14, 20))
    return [":3128 {",
            "    forward_proxy {",
            f"        basic_auth {c.user()} {pw}",
            "        hide_ip",
            "        probe_resistance",
            "    }",
            "}"]


# ---- terraform -----------------------------------------------------

@P("tfvars_json_auto_file_license_and_db_password")
def _(c):
    lic = c.jwt({"sub": c.uuid(), "exp": R.randint(1_800_000_000, 1_900_000_000)}, 86)
    pw = c.s("pw", (18, 24))
    return ["$ cat wandb.auto.tfvars.json",
            "{",
            '  "namespace": "wandb",',
            f'  "wandb_license": "{lic}",',
            f'  "database_master_password": "{pw}",',
            '  "domain_name": "example.com"',
            "}"]


@P("terraform_backend_config_hcl_pg_conn_str")
def _(c):
    pw = c.s("pw", (16, 22))
    return ["# backend.hcl  (terraform init -backend-config=backend.hcl)",
            f'conn_str    = "postgres://tfstate:{pw}@{c.ip()}/terraform_backend?sslmode=require"',
            'schema_name = "wandb_prod"']


@P("terraform_dot_terraform_tfstate_backend_config_keys")
def _(c):
    sk = c.s("an", 40)
    return ['{',
            '    "version": 3,',
            '    "backend": {',
            '        "type": "s3",',
            '        "config": {',
            f'            "access_key": "AKIA{c.r("up", 16)}",',
            f'            "bucket": "{c.bucket()}-tfstate",',
            f'            "secret_key": "{sk}",',
            '            "key": "wandb/terraform.tfstate"',
            '        },',
            f'        "hash": {R.randint(10**9, 4*10**9)}',
            '    }']


@P("terraform_helm_provider_registry_block_password")
def _(c):
    pw = c.s("an", (30, 36))
    return ['provider "helm" {',
            '  kubernetes { config_path = "~/.kube/config" }',
            '  registry {',
            '    url      = "oci://registry.example.com"',
            '    username = "robot$wandb+ci"',
            f'    password = "{pw}"',
            '  }',
            '}']


@P("tfvars_heredoc_eot_private_key_body_lines", new=False)
def _(c):
    body = [c.s("b64", 64) for _ in range(4)]
    last = c.s("b64", 28)
    return ['gke_sa_private_key = <<EOT',
            '-----BEGIN PRIVATE KEY-----'] + body + [last + "==", '-----END PRIVATE KEY-----', 'EOT']


@P("zsh_extended_history_terraform_apply_var_flag", new=False)
def _(c):
    pw = c.s("pw", (16, 22))
    return [f": {c.tick()}:0;cd ~/infra/wandb-aws",
            f": {c.tick(5, 60)}:{R.randint(20, 300)};terraform apply -var 'database_master_password={pw}' -auto-approve",
            f": {c.tick(5, 60)}:0;terraform output -raw url"]


# ---- CI -------------------------------------------------------------

@P("gha_raw_log_run_step_env_block_vars_unmasked")
def _(c):
    k = c.s("hex", 40)
    return [f"{c.iso(7)} ##[group]Run wandb login --host \"$WANDB_BASE_URL\"",
            f"{c.iso(7)} \u001b[36;1mwandb login --host \"$WANDB_BASE_URL\"\u001b[0m",
            f"{c.iso(7)} shell: /usr/bin/bash -e {{0}}",
            f"{c.iso(7)} env:",
            f"{c.iso(7)}   WANDB_BASE_URL: https://{c.host()}",
            f"{c.iso(7)}   WANDB_API_KEY: {k}",
            f"{c.iso(7)} ##[endgroup]"]


@P("gha_set_x_github_output_append_token")
def _(c):
    t = c.s("an", 36)
    return [f"{c.iso(7)} ##[group]Run echo \"token=$(./mint-token.sh)\" >> \"$GITHUB_OUTPUT\"",
            f"{c.iso(7)} ##[endgroup]",
            f"{c.iso(7)} ++ ./mint-token.sh",
            f"{c.iso(7)} + echo token=ghs_{t}",
            f"{c.iso(7)} + echo 'expires=2025-01-01T00:00:00Z'",
            f"{c.iso(7)} ##[group]Run actions/checkout@v4"]


@P("gha_tojson_github_event_inputs_dump")
def _(c):
    k = c.s("hex", 40)
    return [f"{c.iso(7)} {{",
            f"{c.iso(7)}   \"inputs\": {{",
            f"{c.iso(7)}     \"environment\": \"staging\",",
            f"{c.iso(7)}     \"wandb_api_key\": \"{k}\"",
            f"{c.iso(7)}   }},",
            f"{c.iso(7)}   \"ref\": \"refs/heads/main\",",
            f"{c.iso(7)}   \"workflow\": \".github/workflows/eval.yml\""]


@P("gitlab_job_trace_section_marker_private_token_curl")
def _(c):
    t = c.s("an", 20)
    ts = c.tick()
    return [f"section_start:{ts}:step_script\r{ESC}[0K{ESC}[0K{ESC}[36;1mExecuting \"step_script\" stage of the job script{ESC}[0;m",
            f"{ESC}[32;1m$ curl --fail --header \"PRIVATE-TOKEN: glpat-{t}\" \"$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages\"{ESC}[0;m",
            "[]",
            f"section_end:{ts + 2}:step_script\r{ESC}[0K"]


@P("jenkins_console_masking_notice_then_urlencoded_leak")
def _(c):
    raw = c.s("an", 6, lst=False) + "/" + c.s("an", 6, lst=False) + "+" + c.s("an", 6, lst=False)
    enc = urllib.parse.quote(raw, safe="")
    c.add(enc)
    return ["Masking supported pattern matches of $DB_PASS",
            "[Pipeline] {",
            "[Pipeline] sh",
            "+ python3 -c 'import os,urllib.parse;print(urllib.parse.quote(os.environ[\"DB_PASS\"],safe=\"\"))'",
            f"+ export DB_URL=mysql://wandb:{enc}@mysql.wandb.svc:3306/wandb",
            "[Pipeline] }"]


@P("argo_get_o_yaml_status_nodes_outputs_parameter_token")
def _(c):
    t = c.s("an", (40, 48))
    return ["  nodes:",
            f"    eval-pipeline-{c.r('lo', 5)}-{R.randint(10**9, 4*10**9)}:",
            "      displayName: mint-token",
            "      outputs:",
            "        parameters:",
            "        - name: registry-token",
            f"          value: {t}",
            "        exitCode: \"0\"",
            "      phase: Succeeded"]


# ---- ansible --------------------------------------------------------

@P("ansible_debug_var_result_json_block")
def _(c):
    lic = c.jwt({"sub": c.uuid()}, 86)
    return ["TASK [wandb : show rendered values] *********************************************",
            f"ok: [{c.ip()}] => {{",
            "    \"wandb_values.license\": \"" + lic + "\"",
            "}"]


@P("ansible_loop_item_label_dict_repr_password")
def _(c):
    pw1 = c.s("pw", (14, 20))
    pw2 = c.s("pw", (14, 20))
    return ["TASK [mysql : create application users] ******************************************",
            f"changed: [db1] => (item={{'name': 'wandb', 'password': '{pw1}', 'priv': 'wandb_local.*:ALL'}})",
            f"changed: [db1] => (item={{'name': 'weave', 'password': '{pw2}', 'priv': 'weave.*:ALL'}})"]


@P("ansible_vvv_exec_sh_c_environment_keyword_prefix")
def _(c):
    pw = c.s("pw", (12, 16))
    k = c.s("hex", 40)
    h = c.ip()
    return [f"<{h}> ESTABLISH SSH CONNECTION FOR USER: ubuntu",
            f"<{h}> SSH: EXEC ssh -C -o ControlMaster=auto -o ControlPersist=60s -o User=\"ubuntu\" {h} '/bin/sh -c '\"'\"'HTTPS_PROXY=http://svc-ansible:{pw}@proxy.corp.example:3128 WANDB_API_KEY={k} /usr/bin/python3 /home/ubuntu/.ansible/tmp/ansible-tmp-{c.tick()}.{R.randint(1000, 9999)}-{R.randint(100, 999)}/AnsiballZ_command.py && sleep 0'\"'\"''"]


# ---- client debug logs ---------------------------------------------

@P("urllib3_connectionpool_debug_request_line_query_token")
def _(c):
    t = c.s("b64u", 43)
    h = c.host()
    return [f"DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): {h}:443",
            f"DEBUG:urllib3.connectionpool:https://{h}:443 \"GET /api/v1/exports/{c.r('lo', 8)}?access_token={t}&format=csv HTTP/1.1\" 200 None"]


@P("requests_oauthlib_supplying_headers_and_data_dict")
def _(c):
    cs = c.s("b64u", (32, 40))
    return ["DEBUG:requests_oauthlib.oauth2_session:Requesting url https://login.example.com/oauth2/v1/token using method POST.",
            "DEBUG:requests_oauthlib.oauth2_session:Supplying headers {'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8'} and data {'grant_type': 'client_credentials', 'client_id': '0oa" + c.r("an", 17) + "', 'client_secret': '" + cs + "'}",
            "DEBUG:requests_oauthlib.oauth2_session:Passing through key word arguments {'timeout': None, 'verify': True, 'proxies': None}."]


@P("botocore_debug_secretsmanager_get_secret_value_response_body", new=False)
def _(c):
    pw = c.s("pw", (18, 24))
    return [f"{c.pyts()} botocore.parsers [DEBUG] Response headers: {{'x-amzn-RequestId': '{c.uuid()}', 'Content-Type': 'application/x-amz-json-1.1'}}",
            f"{c.pyts()} botocore.parsers [DEBUG] Response body:",
            "b'{\"ARN\":\"arn:aws:secretsmanager:us-east-1:" + c.r("num", 12) + ":secret:wandb/mysql-" + c.r("an", 6) + "\",\"Name\":\"wandb/mysql\",\"SecretString\":\"{\\\\\"username\\\\\":\\\\\"wandb\\\\\",\\\\\"password\\\\\":\\\\\"" + pw + "\\\\\"}\",\"VersionId\":\"" + c.uuid() + "\"}'"]


@P("aws_sdk_go_v2_log_response_with_body_sts_assume_role_xml", new=False)
def _(c):
    sk = c.s("an", 40)
    st = c.s("b64", (300, 360))
    return ["SDK 2024/05/14 09:12:44 DEBUG Response",
            "HTTP/1.1 200 OK",
            "Content-Type: text/xml",
            "",
            "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult><Credentials>",
            f"<AccessKeyId>ASIA{c.r('up', 16)}</AccessKeyId><SecretAccessKey>{sk}</SecretAccessKey>",
            f"<SessionToken>IQoJb3JpZ2luX2Vj{st}</SessionToken><Expiration>2024-05-14T10:12:44Z</Expiration>",
            "</Credentials></AssumeRoleResult></AssumeRoleResponse>"]


@P("okhttp_logging_interceptor_headers_block")
def _(c):
    t = c.s("an", 40)
    return [f"I/okhttp.OkHttpClient: --> POST https://{c.host()}/graphql",
            "I/okhttp.OkHttpClient: Content-Type: application/json; charset=utf-8",
            "I/okhttp.OkHttpClient: Content-Length: 212",
            f"I/okhttp.OkHttpClient: Authorization: Bearer {t}",
            "I/okhttp.OkHttpClient: --> END POST (212-byte body)"]


@P("apache_httpclient_wire_log_outgoing_authorization")
def _(c):
    u, pw, enc = c.basic("api")
    return [f"{c.pyts()} DEBUG [org.apache.http.wire] http-outgoing-0 >> \"GET /api/v1/viewer HTTP/1.1[\\r][\\n]\"",
            f"{c.pyts()} DEBUG [org.apache.http.wire] http-outgoing-0 >> \"Host: {c.host()}[\\r][\\n]\"",
            f"{c.pyts()} DEBUG [org.apache.http.wire] http-outgoing-0 >> \"Authorization: Basic {enc}[\\r][\\n]\"",
            f"{c.pyts()} DEBUG [org.apache.http.wire] http-outgoing-0 >> \"[\\r][\\n]\""]


@P("go_http2debug_transport_encoding_header")
def _(c):
    t = c.s("an", (40, 44))
    return [f"{c.pyts()[:19].replace('-', '/')} http2: Transport encoding header \":method\" = \"POST\"",
            f"{c.pyts()[:19].replace('-', '/')} http2: Transport encoding header \":path\" = \"/files/{c.r('lo', 8)}/file_stream\"",
            f"{c.pyts()[:19].replace('-', '/')} http2: Transport encoding header \"authorization\" = \"Bearer {t}\"",
            f"{c.pyts()[:19].replace('-', '/')} http2: Transport encoding header \"content-type\" = \"application/json\""]


@P("aiohttp_client_response_error_request_info_cimultidict")
def _(c):
    t = c.s("b64u", (40, 48))
    h = c.host()
    return ["aiohttp.client_exceptions.ClientResponseError: 401, message='Unauthorized', url=URL('https://" + h + "/api/v1/query')",
            f"  request_info=RequestInfo(url=URL('https://{h}/api/v1/query'), method='POST', headers=<CIMultiDictProxy('Host': '{h}', 'X-Api-Key': '{t}', 'Accept': '*/*', 'Content-Type': 'application/json')>, real_url=URL('https://{h}/api/v1/query'))"]


@P("curl_verbose_proxy_authorization_basic_header")
def _(c):
    u, pw, enc = c.basic("svc-ml")
    return ["*   Trying 10.20.0.5:3128...",
            "* Connected to proxy.corp.example (10.20.0.5) port 3128",
            "* CONNECT tunnel: HTTP/1.1 negotiated",
            f"* Proxy auth using Basic with user '{u}'",
            f"> CONNECT {c.host()}:443 HTTP/1.1",
            f"> Proxy-Authorization: Basic {enc}",
            "> User-Agent: curl/8.5.0",
            "< HTTP/1.1 200 Connection established"]


@P("wget_debug_request_begin_block_basic")
def _(c):
    u, pw, enc = c.basic("ops")
    return ["---request begin---",
            "GET /minio/health/live HTTP/1.1",
            "Host: minio.example.com",
            f"Authorization: Basic {enc}",
            "User-Agent: Wget/1.21.2",
            "---request end---"]


# ---- proxies --------------------------------------------------------

@P("pip_conf_global_proxy_userinfo")
def _(c):
    pw = c.s("pw", (12, 18))
    return ["[global]",
            f"proxy = http://{c.user()}:{pw}@proxy.corp.example:8080",
            "trusted-host = pypi.corp.example",
            "timeout = 60"]


@P("condarc_proxy_servers_map_userinfo")
def _(c):
    pw = c.s("pw", (12, 18))
    u = c.user()
    return ["channels:",
            "  - conda-forge",
            "proxy_servers:",
            f"  http: http://{u}:{pw}@proxy.corp.example:8080",
            f"  https: http://{u}:{pw}@proxy.corp.example:8080",
            "ssl_verify: /etc/ssl/certs/corp-ca.pem"]


@P("apt_conf_acquire_https_proxy_userinfo")
def _(c):
    pw = c.s("pw", (12, 18))
    u = c.user()
    return ["$ cat /etc/apt/apt.conf.d/95proxy",
            f'Acquire::http::Proxy "http://{u}:{pw}@proxy.corp.example:3128/";',
            f'Acquire::https::Proxy "http://{u}:{pw}@proxy.corp.example:3128/";']


@P("gitconfig_http_proxy_userinfo_pct_reserved_chars")
def _(c):
    raw = c.s("an", 7, lst=False) + ":" + c.s("an", 6, lst=False) + "@" + c.s("an", 5, lst=False)
    enc = urllib.parse.quote(raw, safe="")
    c.add(enc)
    return ["[http]",
            f"\tproxy = http://corp%5C{c.user()}:{enc}@proxy.corp.example:8080",
            "\tsslCAInfo = /etc/ssl/certs/corp-ca.pem",
            "[user]",
            "\tname = " + c.user()]


@P("dockerd_daemon_json_proxies_userinfo")
def _(c):
    pw = c.s("pw", (12, 18))
    u = c.user()
    return ["{",
            '  "proxies": {',
            f'    "http-proxy": "http://{u}:{pw}@proxy.corp.example:3128",',
            f'    "https-proxy": "http://{u}:{pw}@proxy.corp.example:3128",',
            '    "no-proxy": "localhost,127.0.0.1,.svc,.cluster.local"',
            '  },',
            '  "log-driver": "json-file"',
            "}"]


@P("docker_cli_config_json_proxies_default_https_proxy")
def _(c):
    pw = c.s("pw", (12, 18))
    u, bpw, enc = c.basic("robot")
    return ["{",
            '  "auths": {',
            f'    "registry.example.com": {{ "auth": "{enc}" }}',
            '  },',
            '  "proxies": {',
            '    "default": {',
            f'      "httpsProxy": "http://svc-build:{pw}@proxy.corp.example:3128"',
            '    }',
            '  }',
            "}"]


@P("env_grep_i_proxy_lower_upper_duplicates")
def _(c):
    pw = c.s("pw", (12, 16))
    u = c.user()
    return ["$ env | grep -i proxy",
            f"https_proxy=http://{u}:{pw}@proxy.corp.example:3128",
            "no_proxy=localhost,127.0.0.1,.example.com",
            f"HTTPS_PROXY=http://{u}:{pw}@proxy.corp.example:3128",
            "NO_PROXY=localhost,127.0.0.1,.example.com"]


@P("npm_config_list_https_proxy_userinfo")
def _(c):
    pw = c.s("pw", (12, 16))
    return ["; \"user\" config from /home/" + c.user() + "/.npmrc",
            "",
            f'https-proxy = "http://{c.user()}:{pw}@proxy.corp.example:3128"',
            'registry = "https://registry.npmjs.org/"',
            'strict-ssl = true']


@P("yarnrc_yml_npm_auth_ident_user_colon_pass")
def _(c):
    pw = c.s("pw", (14, 20))
    return ['npmRegistryServer: "https://npm.corp.example/repository/npm-group/"',
            f'npmAuthIdent: "ci-reader:{pw}"',
            'npmAlwaysAuth: true',
            'httpProxy: "http://proxy.corp.example:3128"']


# ---- adversarial layouts -------------------------------------------

def u16(s):
    return s.encode("utf-16-le").decode("latin-1")


@P("utf16le_env_export_read_as_latin1_nul_interleaved")
def _(c):
    k = c.s("hex", 40, lst=False)
    c.add(u16(k))
    return ["==> C:\\ProgramData\\wandb\\agent.env (UTF-16LE, shown as bytes) <==",
            u16("WANDB_BASE_URL=https://" + c.host() + "\r"),
            u16("WANDB_API_KEY=" + k + "\r"),
            u16("WANDB_ENTITY=acme\r")]


@P("powershell_out_file_utf16_bom_secret_line")
def _(c):
    pw = c.s("pw", (14, 18), lst=False)
    c.add(u16(pw))
    return ["\u00ff\u00fe" + u16("MYSQL_HOST=mysql.wandb.svc\r"),
            u16("MYSQL_PASSWORD=" + pw + "\r")]


@P("gitconfig_url_insteadof_section_header_token")
def _(c):
    t = c.s("an", 20)
    return ['[url "https://oauth2:glpat-' + t + '@gitlab.example.com/"]',
            "\tinsteadOf = https://gitlab.example.com/",
            "[core]",
            "\tautocrlf = input"]


@P("git_dir_config_remote_origin_url_userinfo")
def _(c):
    t = c.s("an", 36)
    return ['[remote "origin"]',
            f"\turl = https://{c.user()}:ghp_{t}@github.com/acme-ml/wandb-deploy.git",
            "\tfetch = +refs/heads/*:refs/remotes/origin/*",
            '[branch "main"]',
            "\tremote = origin"]


@P("ini_password_semicolon_inline_comment_tail")
def _(c):
    pw = c.s("an", (14, 20))
    return ["[mysql]",
            "host = mysql.wandb.svc",
            "user = wandb",
            f"password = {pw} ; rotated 2024-03-02 by ops",
            "database = wandb_local"]


@P("properties_value_split_mid_token_backslash", new=False)
def _(c):
    a = c.s("an", 18)
    b = c.s("an", 18)
    return ["# weave-trace exporter",
            "exporter.endpoint=https://" + c.host() + "/traces/otel",
            f"exporter.api.key={a}\\",
            f"    {b}",
            "exporter.timeout.ms=10000"]


@P("dockerfile_env_backslash_continuation_multi_key")
def _(c):
    k = c.s("hex", 40)
    pw = c.s("pw", (12, 18))
    return ["FROM python:3.11-slim",
            "ENV PYTHONUNBUFFERED=1 \\",
            "    WANDB_BASE_URL=https://" + c.host() + " \\",
            f"    WANDB_API_KEY={k} \\",
            f"    PIP_INDEX_URL=https://ci:{pw}@pypi.corp.example/simple",
            "RUN pip install wandb"]


@P("json_chinese_key_mima_password")
def _(c):
    pw = c.s("pw", (14, 20))
    return ['{',
            '  "数据库": {',
            '    "主机": "mysql.wandb.svc",',
            '    "用户名": "wandb",',
            f'    "密码": "{pw}"',
            '  }',
            '}']


@P("toml_portuguese_senha_key")
def _(c):
    pw = c.s("pw", (14, 20))
    return ["[banco_de_dados]",
            'servidor = "10.0.4.12"',
            'usuario = "wandb"',
            f'senha = "{pw}"']


@P("dotenv_polish_haslo_and_klucz_api")
def _(c):
    pw = c.s("pw", (14, 20))
    k = c.s("hex", 40)
    return ["# konfiguracja serwera",
            "UŻYTKOWNIK_BAZY=wandb",
            f"HASŁO_BAZY={pw}",
            f"KLUCZ_API_WANDB={k}"]


@P("yaml_spanish_contrasena_and_clave_secreta")
def _(c):
    pw = c.s("pw", (14, 20))
    s = c.s("an", 40)
    return ["almacenamiento:",
            "  cubo: s3://" + c.bucket(),
            f"  clave_acceso: AKIA{c.r('up', 16)}",
            f"  clave_secreta: {s}",
            "base_de_datos:",
            f"  contraseña: \"{pw}\""]


@P("ini_korean_key_bimilbeonho", new=False)
def _(c):
    pw = c.s("pw", (14, 20))
    return ["[데이터베이스]",
            "호스트 = mysql.wandb.svc",
            "사용자 = wandb",
            f"비밀번호 = {pw}"]


@P("helm_release_gzip_b64_blob_adjacent_literal_password")
def _(c):
    blob = b64(gzip.compress(("name: wandb\nchart: operator-wandb\nrev: " + c.r("hex", 12)).encode(), mtime=0))
    pw = c.s("pw", (16, 22))
    return ["apiVersion: v1",
            "kind: Secret",
            "metadata:",
            "  name: sh.helm.release.v1.wandb.v" + str(R.randint(2, 40)),
            "data:",
            "  release: " + blob,
            "stringData:",
            f"  mysql-password: {pw}"]


@P("markdown_table_escaped_pipe_in_code_cell_secret")
def _(c):
    a = c.s("an", 7, lst=False)
    b = c.s("an", 8, lst=False)
    pw = a + "\\|" + b
    c.add(pw)
    return ["| Setting | Value |",
            "|---|---|",
            "| `MYSQL_USER` | `wandb` |",
            f"| `MYSQL_PASSWORD` | `{pw}` |",
            "| `MYSQL_HOST` | `mysql.wandb.svc` |"]


@P("github_issue_details_block_env_dump")
def _(c):
    k = c.s("hex", 40)
    return ["<details><summary>Environment</summary>",
            "",
            "```",
            "wandb, version 0.18.5",
            "WANDB_BASE_URL=https://" + c.host(),
            f"WANDB_API_KEY={k}",
            "```",
            "</details>"]


@P("markdown_html_comment_hidden_token")
def _(c):
    t = c.s("an", 36)
    return ["## Steps to reproduce",
            "1. run `wandb sync` against the on-prem server",
            f"<!-- remove before posting: GH_TOKEN=ghp_{t} -->",
            "2. observe 403 on artifact upload"]


@P("url_userinfo_password_raw_at_sign_unencoded")
def _(c):
    pw = c.s("an", 6, lst=False) + "@" + c.s("an", (7, 10), lst=False)
    c.add(pw)
    return [f"{c.iso()} level=error msg=\"mysql connect failed\" dsn=\"mysql://wandb:{pw}@mysql.wandb.svc:3306/wandb_local\"",
            f"{c.iso()} level=info msg=\"retrying in 5s\""]


@P("url_userinfo_ipv6_bracket_host")
def _(c):
    pw = c.s("pw", (14, 20))
    return [f"REDIS_URL=redis://default:{pw}@[fd00:10:96::{R.randint(16, 4095):x}]:6379/0",
            "REDIS_TLS=false"]


@P("url_userinfo_non_ascii_password_raw")
def _(c):
    pw = c.s("an", 5, lst=False) + "ü" + c.s("an", 4, lst=False) + "ß" + c.s("an", 4, lst=False)
    c.add(pw)
    return [f"[{c.pyts()}] sqlalchemy.engine.Engine connect url=mysql+pymysql://wandb:{pw}@db.internal.example/wandb_local?charset=utf8mb4",
            f"[{c.pyts()}] sqlalchemy.pool.impl.QueuePool Created new connection"]


@P("spa_hash_route_query_reset_code")
def _(c):
    t = c.s("b64u", (40, 48))
    h = c.host()
    return [f'{c.ip()} - - [{c.clf()}] "GET /static/js/main.{c.r("hex", 8)}.js HTTP/1.1" 200 81234 "https://{h}/#/reset-password?code={t}&email=ana%40example.com" "Mozilla/5.0"']


@P("quoted_printable_mail_body_temp_password_soft_break", new=False)
def _(c):
    a = c.s("an", 10)
    b = c.s("an", 9)
    return ["Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            "Hello, your W&B Server admin account was created. Temporary password: " + a + "=",
            b + " =E2=80=94 you will be asked to change it at first login."]


@P("quoted_printable_equals_encoded_inside_secret")
def _(c):
    a = c.s("an", 8, lst=False)
    b = c.s("an", 8, lst=False)
    enc = a + "=3D" + b
    c.add(enc)
    return ["Content-Transfer-Encoding: quoted-printable",
            "",
            f"Your API key for https://{c.host()} is: {enc}",
            "Keep it safe =E2=80=94 do not share it."]


@P("shell_backslash_escaped_password_specials")
def _(c):
    a = c.s("an", 6, lst=False)
    b = c.s("an", 6, lst=False)
    d = c.s("an", 5, lst=False)
    esc = a + "\\$" + b + "\\!" + d
    c.add(esc)
    return [f" {R.randint(100, 900)}  mysql -h mysql.wandb.svc -u wandb --password={esc} wandb_local -e 'select count(*) from runs'"]


@P("json_u00xx_escaped_password_value", new=False)
def _(c):
    pw = c.s("an", (10, 14), lst=False)
    esc = "".join("\\u%04x" % ord(ch) for ch in pw)
    c.add(esc)
    return ['{"level":"debug","msg":"loaded datasource","name":"wandb-mysql","jsonData":{"user":"grafana"},"secureJsonData":{"password":"' + esc + '"}}']


@P("keepassxc_csv_export_row")
def _(c):
    pw = c.s("pw", (16, 22))
    return ['"Group","Title","Username","Password","URL","Notes","TOTP","Icon","Last Modified","Created"',
            f'"Root/Infra","wandb mysql","wandb","{pw}","mysql://mysql.wandb.svc","","","0","{c.iso(0)}","{c.iso(0)}"']


@P("yaml_double_quoted_multiline_escaped_newline_split")
def _(c):
    a = c.s("an", 16)
    b = c.s("an", 16)
    return ["env:",
            "  - name: SLACK_SECRET",
            f'    value: "{a}\\',
            f'      {b}"',
            "  - name: LOG_LEVEL",
            "    value: info"]


@P("go_fmt_percent_q_quoted_byte_escape_secret", new=False)
def _(c):
    a = c.s("an", 8, lst=False)
    b = c.s("an", 8, lst=False)
    q = a + "\\x00" + b
    c.add(q)
    return [f"{c.iso()} DEBUG\tconfig/load.go:88\tparsed license file\t{{\"raw\": \"{q}\", \"len\": {len(a) + len(b) + 1}}}"]


@P("hcl_map_line_with_interpolation_escape_dollar")
def _(c):
    a = c.s("an", 7, lst=False)
    b = c.s("an", 8, lst=False)
    v = a + "$$" + b
    c.add(v)
    return ['  set_sensitive {',
            '    name  = "mysql.auth.password"',
            f'    value = "{v}"',
            '  }']


@P("ipython_sqlite_history_select_env_assign", new=False)
def _(c):
    k = c.s("hex", 40)
    return ["sqlite> select session, line, source from history order by session desc limit 2;",
            f"{R.randint(50, 300)}|3|%env WANDB_API_KEY={k}",
            f"{R.randint(50, 300)}|4|import wandb; wandb.login(host='https://{c.host()}')"]


# ---- identity / OIDC / SAML -----------------------------------------

@P("kubectl_oidc_login_execcredential_status_token")
def _(c):
    jwt = c.jwt({"iss": "https://dex.example.com", "aud": "kubernetes", "email": "ana@example.com"}, 342)
    return ['{',
            '  "kind": "ExecCredential",',
            '  "apiVersion": "client.authentication.k8s.io/v1beta1",',
            '  "spec": {"interactive": false},',
            f'  "status": {{"expirationTimestamp": "{c.iso(0)}", "token": "{jwt}"}}',
            '}']


@P("kubelogin_token_cache_file_refresh_token")
def _(c):
    idt = c.jwt({"iss": "https://login.example.com", "sub": c.uuid()}, 86)
    rt = c.s("b64u", (48, 64))
    return [f"$ cat ~/.kube/cache/oidc-login/{c.r('hex', 64)}",
            f'{{"id_token":"{idt}","refresh_token":"{rt}"}}']


@P("har_postdata_params_samlresponse")
def _(c):
    sr = c.s("b64", (180, 240))
    return ['        "postData": {',
            '          "mimeType": "application/x-www-form-urlencoded",',
            '          "params": [',
            f'            {{"name": "SAMLResponse", "value": "{sr}"}},',
            '            {"name": "RelayState", "value": "https%3A%2F%2F' + c.host() + '%2F"}',
            '          ]',
            '        },']


@P("oidc_refresh_grant_curl_data_urlencode_history")
def _(c):
    rt = c.s("b64u", (48, 64))
    cs = c.s("an", 40)
    return [f"curl -s https://login.example.com/oauth2/default/v1/token \\",
            "  --data-urlencode grant_type=refresh_token \\",
            f"  --data-urlencode refresh_token={rt} \\",
            f"  --data-urlencode client_id=0oa{c.r('an', 17)} \\",
            f"  --data-urlencode client_secret={cs}"]


@P("azure_cli_msal_token_cache_json_refresh_token", new=False)
def _(c):
    rt = c.s("b64u", (300, 360))
    return ['  "RefreshToken": {',
            f'    "{c.uuid()}.{c.uuid()}-login.microsoftonline.com-refreshtoken-04b07795-8ddb-461a-bbee-02f9e1bf7b46--": {{',
            '      "credential_type": "RefreshToken",',
            f'      "secret": "1.AQ{rt}",',
            '      "client_id": "04b07795-8ddb-461a-bbee-02f9e1bf7b46"',
            '    }',
            '  },']


@P("wandb_oidc_debug_log_token_response_logrus_fields")
def _(c):
    at = c.jwt({"sub": c.uuid(), "scope": "openid email"}, 86)
    rt = c.s("b64u", 48)
    return [f"time=\"{c.iso(0)}\" level=debug msg=\"oidc token exchange ok\" access_token={at} expires_in=3600 refresh_token={rt} token_type=Bearer"]


@P("device_code_flow_poll_response_json_tokens")
def _(c):
    at = c.s("an", 40)
    rt = c.s("an", 40)
    return ["POST /oauth/token  grant_type=urn:ietf:params:oauth:grant-type:device_code&device_code=" + c.r("b64u", 40),
            f'{{"access_token":"gho_{at}","refresh_token":"ghr_{rt}","expires_in":28800,"token_type":"bearer","scope":""}}']


# ---- tokens / admin laptop files ------------------------------------

@P("kaggle_json_api_key")
def _(c):
    k = c.s("hex", 32)
    return ["$ cat ~/.kaggle/kaggle.json", f'{{"username":"{c.user().replace(".", "")}","key":"{k}"}}']


@P("glab_cli_config_yml_hosts_token")
def _(c):
    t = c.s("an", 20)
    return ["hosts:",
            "    gitlab.example.com:",
            f"        token: glpat-{t}",
            "        api_host: gitlab.example.com",
            "        git_protocol: ssh",
            "        user: " + c.user()]


@P("hf_stored_tokens_ini_named_sections")
def _(c):
    a = c.s("an", 34)
    b = c.s("an", 34)
    return ["$ cat ~/.cache/huggingface/stored_tokens",
            "[default]",
            f"hf_token = hf_{a}",
            "",
            "[org-write]",
            f"hf_token = hf_{b}"]


@P("macos_security_add_generic_password_w_flag")
def _(c):
    k = c.s("hex", 40)
    u, h = c.user(), c.host()
    return [f"% security add-generic-password -a {u} -s wandb-{h} -w {k} -U",
            f"% security find-generic-password -s wandb-{h} | head -3",
            'keychain: "/Users/' + u + '/Library/Keychains/login.keychain-db"']


@P("macos_security_find_generic_password_w_output_bare", new=False)
def _(c):
    pw = c.s("pw", (16, 22))
    return ["% security find-generic-password -s mysql-wandb -w", pw, "%"]


@P("conda_environment_yml_variables_block")
def _(c):
    k = c.s("hex", 40)
    return ["name: train",
            "channels: [conda-forge]",
            "dependencies: [python=3.11, pip]",
            "variables:",
            f"  WANDB_API_KEY: {k}",
            "  WANDB_MODE: online"]


@P("conda_env_config_vars_list_output")
def _(c):
    k = c.s("hex", 40)
    return ["$ conda env config vars list -n train",
            "WANDB_BASE_URL = https://" + c.host(),
            f"WANDB_API_KEY = {k}"]


@P("pycharm_workspace_xml_run_config_env")
def _(c):
    k = c.s("hex", 40)
    return ['    <configuration name="train" type="PythonConfigurationType" factoryName="Python">',
            '      <envs>',
            '        <env name="PYTHONUNBUFFERED" value="1" />',
            f'        <env name="WANDB_API_KEY" value="{k}" />',
            '      </envs>']


@P("aws_cli_cache_assume_role_json")
def _(c):
    sk = c.s("an", 40)
    st = c.s("b64", (280, 340))
    return [f"$ cat ~/.aws/cli/cache/{c.r('hex', 40)}.json",
            '{"Credentials": {"AccessKeyId": "ASIA' + c.r("up", 16) + f'", "SecretAccessKey": "{sk}", "SessionToken": "IQoJb3JpZ2luX2Vj{st}", "Expiration": "{c.iso(0)}"}}, "AssumedRoleUser": {{"Arn": "arn:aws:sts::{c.r("num", 12)}:assumed-role/wandb-admin/botocore-session-{c.tick()}"}}}}']


@P("docker_config_json_auths_identitytoken")
def _(c):
    it = c.s("b64u", (60, 80))
    return ['{',
            '  "auths": {',
            f'    "{c.r("num", 12)}.dkr.ecr.us-east-1.amazonaws.com": {{}},',
            '    "wandbacr.azurecr.io": {',
            '      "auth": "MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwOg==",',
            f'      "identitytoken": "{it}"',
            '    }',
            '  }']


@P("rclone_config_create_cli_history_keys")
def _(c):
    sk = c.s("an", 40)
    return [f" {R.randint(100, 900)}  rclone config create wbs3 s3 provider=Minio endpoint=https://minio.example.com access_key_id=minio-wb secret_access_key={sk}",
            f" {R.randint(901, 999)}  rclone lsd wbs3:"]


@P("s3cmd_cli_secret_key_flag_in_crontab")
def _(c):
    sk = c.s("an", 40)
    return ["# m h dom mon dow command",
            f"15 2 * * * s3cmd --access_key=AKIA{c.r('up', 16)} --secret_key={sk} sync /var/backups/wandb s3://{c.bucket()}/mysql/ >> /var/log/s3sync.log 2>&1"]


@P("windows_cmd_set_var_prompt_echo")
def _(c):
    k = c.s("hex", 40)
    return [f"C:\\work>set WANDB_API_KEY={k}",
            "",
            "C:\\work>wandb status"]


@P("mysqlsh_uri_userinfo_js_prompt", new=False)
def _(c):
    pw = c.s("pw", (14, 18))
    return [f"$ mysqlsh --uri wandb:{pw}@mysql.wandb.svc:3306/wandb_local --sql",
            "MySQL Shell 8.0.36",
            "Creating a session to 'wandb@mysql.wandb.svc:3306/wandb_local'"]


@P("redis_cli_a_flag_with_warning_banner", new=False)
def _(c):
    pw = c.s("an", (24, 32))
    return [f"$ redis-cli -h redis.wandb.svc -a {pw} info keyspace",
            "Warning: Using a password with '-a' or '-u' option on the command line interface may not be safe.",
            "# Keyspace",
            f"db0:keys={R.randint(10, 9999)},expires=0,avg_ttl=0"]


@P("ps_auxww_clickhouse_client_password_flag")
def _(c):
    pw = c.s("pw", (16, 22))
    return ["USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND",
            f"weave      {c.pid():>5}  0.3  1.1 812344 90112 ?        Sl   09:12   0:04 clickhouse-client --host clickhouse.weave.svc --user weave --password {pw} --query SELECT 1"]


@P("pyodbc_connect_string_braced_pwd_with_semicolon")
def _(c):
    a = c.s("an", 7, lst=False)
    b = c.s("an", 8, lst=False)
    pw = a + ";" + b
    c.add(pw)
    return ["Traceback (most recent call last):",
            '  File "/opt/etl/export.py", line 41, in <module>',
            "    conn = pyodbc.connect('DRIVER={MySQL ODBC 8.0 Unicode Driver};SERVER=mysql.wandb.svc;DATABASE=wandb_local;UID=etl;PWD={" + pw + "};')",
            "pyodbc.InterfaceError: ('28000', \"[28000] [MySQL][ODBC 8.0(w) Driver]Access denied for user 'etl'@'10.0.3.9' (using password: YES) (1045)\")"]


@P("amqps_url_userinfo_pct_vhost_celery_config")
def _(c):
    pw = c.s("pw", (16, 20))
    return ["# celeryconfig.py",
            f"broker_url = 'amqps://wandb-jobs:{pw}@mq.example.com:5671/%2Fjobs'",
            "result_backend = 'rpc://'"]


@P("nats_url_token_only_userinfo")
def _(c):
    t = c.s("an", (28, 36))
    return [f"[{c.pid()}] {c.pyts().replace('-', '/').replace(',', '.')} [INF] Connecting to nats://{t}@nats.messaging.svc:4222",
            "[INF] Connected"]


@P("rocketchat_incoming_webhook_url")
def _(c):
    t = c.s("an", 48)
    return ["alerting:",
            "  rocketchat:",
            f"    url: https://chat.example.com/hooks/{c.r('an', 17)}/{t}",
            "    channel: '#wandb-alerts'"]


@P("az_debug_request_body_admin_login_password")
def _(c):
    pw = c.s("pw", (16, 22))
    return ["cli.azure.cli.core.sdk.policies: Request URL: 'https://management.azure.com/subscriptions/" + c.uuid() + "/resourceGroups/wandb/providers/Microsoft.DBforMySQL/flexibleServers/wandb-mysql?api-version=2023-06-30'",
            "cli.azure.cli.core.sdk.policies: Request method: 'PUT'",
            "cli.azure.cli.core.sdk.policies: Request body:",
            '{"location": "westeurope", "properties": {"administratorLogin": "wandbadmin", "administratorLoginPassword": "' + pw + '", "version": "8.0.21"}}']


@P("vault_kv_get_field_output_bare_value")
def _(c):
    pw = c.s("pw", (18, 24))
    return ["$ vault kv get -field=password kv/wandb/mysql", pw + "$ "]


@P("sentry_event_json_extra_sys_argv_password_flag")
def _(c):
    pw = c.s("pw", (14, 18))
    return ['  "extra": {',
            f'    "sys.argv": ["/opt/venv/bin/wandb-export", "--mysql-password", "{pw}", "--out", "/tmp/runs.parquet"]',
            '  },']


@P("jenkins_credentials_xml_unencrypted_secret_plaintext")
def _(c):
    t = c.s("an", 40)
    return ["<org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>",
            "  <scope>GLOBAL</scope>",
            "  <id>wandb-api</id>",
            f"  <secret>{t}</secret>",
            "</org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>"]


# ---- more user-side and neighbour shapes ---------------------------

@P("wandb_agent_starting_run_with_config_tab_lines")
def _(c):
    pw = c.s("pw", (14, 20))
    t = c.s("an", 40)
    rid = c.r("lo", 8)
    return [f"wandb: Agent Starting Run: {rid} with config:",
            "wandb: \tbatch_size: 64",
            f"wandb: \tdb_password: {pw}",
            "wandb: \tlr: 0.0001",
            f"wandb: \tregistry_token: {t}",
            f"wandb: Currently logged in as: {c.user()} to https://{c.host()}. Use `wandb login --relogin` to force relogin"]


@P("ipynb_widget_state_password_model_value")
def _(c):
    k = c.s("hex", 40)
    return ['  "widgets": {',
            '   "application/vnd.jupyter.widget-state+json": {',
            '    "state": {',
            f'     "{c.r("hex", 32)}": {{',
            '      "model_module": "@jupyter-widgets/controls",',
            '      "model_name": "PasswordModel",',
            '      "state": {"description": "W&B key:", "layout": "IPY_MODEL_' + c.r("hex", 32) + '",',
            f'                "value": "{k}"}}',
            '     }']


@P("ipynb_source_bang_pip_install_git_url_token")
def _(c):
    t = c.s("an", 20)
    return ['   "source": [',
            f'    "!pip install -q git+https://oauth2:glpat-{t}@gitlab.example.com/ml/wb-utils.git@v0.4.1\\n",',
            '    "import wb_utils"',
            '   ]']


@P("caddy_json_config_reverse_proxy_headers_request_set")
def _(c):
    t = c.s("an", (32, 40))
    return ['{"handler": "reverse_proxy",',
            ' "upstreams": [{"dial": "wandb-app:8080"}],',
            ' "headers": {"request": {"set": {"X-Api-Key": ["' + t + '"], "X-Forwarded-Proto": ["https"]}}}}']


@P("tfc_agent_token_docker_run_env")
def _(c):
    a = c.s("an", 14)
    b = c.s("an", 67)
    return [f"$ docker run -d --name tfc-agent -e TFC_AGENT_NAME=wandb-onprem -e TFC_AGENT_TOKEN={a}.atlasv1.{b} hashicorp/tfc-agent:latest",
            c.r("hex", 64)]


@P("argo_get_text_output_parameters_section")
def _(c):
    pw = c.s("pw", (14, 20))
    return ["Name:                wandb-db-migrate-" + c.r("lo", 5),
            "Namespace:           wandb",
            "Status:              Succeeded",
            "Parameters:",
            "  db-host:           mysql.wandb.svc",
            f"  db-password:       {pw}",
            "Duration:            41 seconds"]


@P("ansible_inventory_list_json_hostvars_password")
def _(c):
    pw = c.s("pw", (14, 20))
    return ["$ ansible-inventory -i inventories/prod --list",
            '{',
            '    "_meta": {',
            '        "hostvars": {',
            f'            "{c.ip()}": {{',
            '                "ansible_user": "Administrator",',
            f'                "ansible_password": "{pw}",',
            '                "ansible_connection": "winrm"',
            '            }']


@P("pac_file_proxy_directive_inline_userinfo")
def _(c):
    pw = c.s("pw", (12, 16))
    return ["function FindProxyForURL(url, host) {",
            "  if (isPlainHostName(host) || shExpMatch(host, \"*.svc\")) return \"DIRECT\";",
            f"  return \"PROXY {c.user()}:{pw}@proxy.corp.example:3128; DIRECT\";",
            "}"]


@P("go_httputil_dump_request_out_crlf_basic")
def _(c):
    u, pw, enc = c.basic("minio")
    return ["POST /minio/admin/v3/info HTTP/1.1\r",
            "Host: minio.example.com\r",
            "User-Agent: Go-http-client/1.1\r",
            f"Authorization: Basic {enc}\r",
            "Accept-Encoding: gzip\r",
            "\r"]


@P("vscode_rest_client_http_file_variables")
def _(c):
    t = c.s("an", 40)
    return ["@host = https://" + c.host(),
            f"@token = {t}",
            "",
            "### viewer",
            "POST {{host}}/graphql",
            "Authorization: Bearer {{token}}",
            "Content-Type: application/json"]


@P("frpc_toml_auth_token")
def _(c):
    t = c.s("an", (28, 36))
    return ['serverAddr = "frps.example.com"',
            "serverPort = 7000",
            'auth.method = "token"',
            f'auth.token = "{t}"',
            "",
            "[[proxies]]",
            'name = "wandb-ui"',
            'type = "tcp"',
            "localPort = 8080"]


@P("mitmdump_flow_detail_request_headers", new=False)
def _(c):
    t = c.s("an", 40)
    h = c.host()
    return [f"127.0.0.1:{R.randint(40000, 65000)}: POST https://{h}/files/{c.user()}/proj/{c.r('lo', 8)}/file_stream",
            f"    Host: {h}",
            "    User-Agent: W&B Internal Client 0.18.5",
            f"    Authorization: Basic " + b64("api:") + "…",
            f"    X-Wandb-Api-Key: {t}",
            f" << 200 OK 48b"]


@P("bruno_environment_bru_vars_block")
def _(c):
    k = c.s("hex", 40)
    return ["vars {",
            f"  baseUrl: https://{c.host()}",
            f"  wandbKey: {k}",
            "}",
            "vars:secret [",
            "  adminPassword",
            "]"]


# =====================================================================
# NEGATIVES (must come back byte-identical)
# =====================================================================

@N("wandb_debug_internal_upload_job_b64_md5_lines")
def _(c):
    pid = c.pid()
    run = c.r("lo", 8)
    return [f"{c.pyts()} DEBUG   Thread-{R.randint(7, 30)} :{pid} [upload_job.py:push():{R.randint(80, 140)}] Uploaded file /tmp/tmp{c.r('lo', 8)}wandb/{c.r('lo', 8)}-wandb-metadata.json",
            f"{c.pyts()} DEBUG   SenderThread:{pid} [file_stream.py:_send():{R.randint(300, 400)}] md5={b64(bytes(R.randrange(256) for _ in range(16)))} path=files/output.log run={run}",
            f"{c.pyts()} INFO    SenderThread:{pid} [sender.py:transition_state():{R.randint(600, 700)}] send defer: {R.randint(1, 15)}"]


@N("wandb_debug_log_settings_api_key_none_and_redacted")
def _(c):
    pid = c.pid()
    return [f"{c.pyts()} INFO    MainThread:{pid} [wandb_setup.py:_flush():{R.randint(70, 90)}] Applying setup settings: {{'_disable_service': False}}",
            f"{c.pyts()} INFO    MainThread:{pid} [wandb_setup.py:_flush():{R.randint(70, 90)}] Applying login settings: {{'api_key': '***REDACTED***', 'base_url': 'https://{c.host()}'}}",
            f"{c.pyts()} INFO    MainThread:{pid} [wandb_init.py:_log_setup():{R.randint(500, 600)}] settings: api_key=None, anonymous=None, _offline=False"]


@N("wandb_metadata_json_git_commit_and_plain_https_remote")
def _(c):
    return ['  "git": {',
            f'    "remote": "https://github.com/acme-ml/trainer-{c.r("lo", 4)}.git",',
            f'    "commit": "{c.r("hex", 40)}"',
            '  },',
            f'  "codePathLocal": "train.py", "cpu_count": {R.choice([8, 16, 32])}, "gpu": "NVIDIA A100-SXM4-80GB"']


@N("wandb_offline_run_dir_names_and_sync_ids")
def _(c):
    rid = c.r("lo", 8)
    d = f"offline-run-20240514_0912{R.randint(10, 59)}-{rid}"
    return [f"wandb: Run data is saved locally in /home/{c.user()}/proj/wandb/{d}",
            f"wandb: Run `wandb offline` to turn off syncing.",
            f"$ wandb sync wandb/{d}",
            f"Syncing: https://{c.host()}/acme/llm-evals/runs/{rid} ... done."]


@N("wandb_verify_output_all_checks_no_credentials")
def _(c):
    return [f"Default host selected:  https://{c.host()}",
            f"Find detailed logs for this test at: /tmp/wandb-verify-{c.r('lo', 8)}/wandb",
            "Checking if logged in...................................................✅",
            f"Checking artifact save and download workflows...........................✅",
            f"Checking wandb package version is up to date............................✅"]


@N("wandb_login_interactive_prompt_no_key_typed")
def _(c):
    h = c.host()
    return [f"wandb: Logging into {h}. (Learn how to deploy a W&B server locally: https://wandb.me/wandb-server)",
            f"wandb: You can find your API key in your browser here: https://{h}/authorize",
            "wandb: Paste an API key from your profile and hit enter, or press ctrl+c to quit: ",
            "wandb: ERROR API key must be 40 characters long, yours was 0"]


@N("netrc_template_password_placeholders")
def _(c):
    return [f"machine {c.host()}",
            "  login user",
            R.choice(["  password <YOUR_WANDB_API_KEY>", "  password ${WANDB_API_KEY}", "  password REPLACE_ME"]),
            "machine proxy.corp.example login " + c.user() + " password " + R.choice(["\"\"", "<proxy-password>", "********"])]


@N("wandb_settings_ini_base_url_entity_only")
def _(c):
    return ["[default]",
            f"base_url = https://{c.host()}",
            "entity = acme-ml",
            f"project = run-{c.r('lo', 6)}",
            "mode = online"]


@N("compose_required_interpolation_and_secret_file_env")
def _(c):
    return ["    environment:",
            "      MYSQL_PASSWORD: ${MYSQL_PASSWORD:?set MYSQL_PASSWORD in .env}",
            "      MYSQL_PASSWORD_FILE: /run/secrets/mysql_password",
            f"      LICENSE: ${{WANDB_LICENSE}}",
            "    secrets: [mysql_password]"]


@N("dotenv_example_changeme_and_empty_values")
def _(c):
    return ["# copy to .env and fill in",
            "WANDB_API_KEY=",
            R.choice(["MYSQL_PASSWORD=changeme", "MYSQL_PASSWORD=CHANGE_ME", "MYSQL_PASSWORD=<password>"]),
            "BUCKET_SECRET_KEY=your-secret-key-here",
            f"WANDB_BASE_URL=https://{c.host()}"]


@N("systemd_unit_credential_and_envfile_paths")
def _(c):
    return ["[Service]",
            "EnvironmentFile=/etc/wandb/agent.env",
            "LoadCredentialEncrypted=wandb-api-key:/etc/credstore.encrypted/wandb-api-key",
            "ExecStart=/opt/venv/bin/wandb launch-agent --config ${CREDENTIALS_DIRECTORY}/agent.yaml",
            f"# last reload {c.iso(0)}, InvocationID={c.r('hex', 32)}"]


@N("nginx_conf_auth_request_and_key_file_paths")
def _(c):
    h = c.host()
    return ["    ssl_certificate     /etc/nginx/tls/" + h + ".crt;",
            "    ssl_certificate_key /etc/nginx/tls/" + h + ".key;",
            "    ssl_password_file   /etc/nginx/tls/key.pass;",
            "    auth_request /oauth2/auth;",
            "    auth_request_set $auth_header $upstream_http_authorization;",
            "    proxy_set_header Authorization $auth_header;"]


@N("haproxy_httplog_unique_id_hex")
def _(c):
    return [f"{c.syslog()} lb1 haproxy[{c.pid()}]: {c.ip()}:{R.randint(30000, 65000)} [{c.clf()[:-6]}.{R.randint(100, 999)}] fe_https~ be_wandb/app{R.randint(1, 3)} 0/0/1/{R.randint(5, 90)}/{R.randint(6, 99)} 200 {R.randint(200, 90000)} - - ---- 12/12/0/0/0 0/0 {{{c.r('HEX', 8)}:{c.r('HEX', 4)}_{c.r('HEX', 8)}}} \"GET /api/v1/viewer HTTP/1.1\""]


@N("traefik_access_log_json_request_ids_no_auth")
def _(c):
    return ['{"ClientHost":"' + c.ip() + '","DownstreamStatus":200,"Duration":' + str(R.randint(10**5, 10**8)) + ',"RequestMethod":"POST","RequestPath":"/graphql","RouterName":"wandb@kubernetescrd","request_X-Request-Id":"' + c.r("hex", 32) + '","request_Traceparent":"00-' + c.r("hex", 32) + '-' + c.r("hex", 16) + '-01","time":"' + c.iso(0) + '"}']


@N("caddy_json_access_log_headers_redacted")
def _(c):
    return ['{"level":"info","ts":' + f"{c.tick()}.{R.randint(10**5, 10**6 - 1)}" + ',"logger":"http.log.access.log0","msg":"handled request","request":{"remote_ip":"' + c.ip() + '","proto":"HTTP/2.0","method":"GET","host":"' + c.host() + '","uri":"/api/v1/viewer","headers":{"Authorization":["REDACTED"],"Cookie":["REDACTED"],"User-Agent":["wandb/0.18.5"]}},"duration":0.0' + str(R.randint(1000, 9999)) + ',"status":200}']


@N("terraform_plan_random_id_hex_and_sensitive_markers")
def _(c):
    return ["  # random_id.bucket_suffix will be created",
            '  + resource "random_id" "bucket_suffix" {',
            f'      + b64_url     = "{c.r("b64u", 11)}"',
            f'      + hex         = "{c.r("hex", 16)}"',
            "      + id          = (known after apply)",
            "    }",
            '      + master_password = (sensitive value)']


@N("tfvars_secret_references_and_data_sources")
def _(c):
    return ['database_password = data.aws_secretsmanager_secret_version.mysql.secret_string',
            'license           = var.wandb_license',
            f'kms_key_arn       = "arn:aws:kms:us-east-1:{c.r("num", 12)}:key/{c.uuid()}"',
            'oidc_secret       = module.okta.client_secret  # sensitive output']


@N("gha_log_masked_values_and_unexpanded_add_mask")
def _(c):
    return [f"{c.iso(7)} ##[group]Run echo \"::add-mask::$WANDB_API_KEY\"",
            f"{c.iso(7)} \u001b[36;1mecho \"::add-mask::$WANDB_API_KEY\"\u001b[0m",
            f"{c.iso(7)} env:",
            f"{c.iso(7)}   WANDB_API_KEY: ***",
            f"{c.iso(7)} ##[endgroup]"]


@N("gha_cache_keys_and_artifact_digests")
def _(c):
    return [f"{c.iso(7)} Cache restored from key: Linux-pip-{c.r('hex', 64)}",
            f"{c.iso(7)} Artifact eval-results.zip successfully finalized. Artifact ID {R.randint(10**9, 2*10**9)}",
            f"{c.iso(7)} SHA256 digest of uploaded artifact zip is {c.r('hex', 64)}",
            f"{c.iso(7)} Job ID: {R.randint(10**10, 3*10**10)}, runner: GitHub Actions {R.randint(2, 200)}"]


@N("gitlab_job_log_masked_variables_and_commit_sha")
def _(c):
    return [f"{ESC}[0KRunning with gitlab-runner 17.0.0 (44feccdf)",
            f"{ESC}[0K{ESC}[36;1mFetching changes with git depth set to 20...{ESC}[0;m",
            f"Checking out {c.r('hex', 8)} as detached HEAD (ref is main)...",
            "$ echo \"token is $CI_JOB_TOKEN\"",
            "token is [MASKED]"]


@N("jenkins_console_masked_stars_and_build_ids")
def _(c):
    return ["Masking supported pattern matches of $WANDB_API_KEY or $DB_PASS",
            "+ wandb login --host https://" + c.host() + " ****",
            f"Archiving artifacts; fingerprint {c.r('hex', 32)}",
            f"Finished: SUCCESS (build #{R.randint(10, 4000)}, queue id {R.randint(10**5, 10**6)})"]


@N("argo_workflow_node_ids_and_artifact_keys")
def _(c):
    wf = f"eval-pipeline-{c.r('lo', 5)}"
    return ["  nodes:",
            f"    {wf}-{R.randint(10**9, 4*10**9)}:",
            f"      id: {wf}-{R.randint(10**9, 4*10**9)}",
            "      outputs:",
            "        artifacts:",
            "        - name: main-logs",
            f"          s3: {{key: {wf}/{wf}-mint-token-{R.randint(10**9, 4*10**9)}/main.log}}"]


@N("ansible_no_log_placeholder_values")
def _(c):
    return ["    \"invocation\": {",
            "        \"module_args\": {",
            "            \"login_password\": \"VALUE_SPECIFIED_IN_NO_LOG_PARAMETER\",",
            "            \"password\": \"********\",",
            f"            \"name\": \"wandb\", \"host\": \"{c.ip()}\"",
            "changed: [db1] => (item=None)",
            "ok: [db1] => {\"censored\": \"the output has been hidden due to the fact that 'no_log: true' was specified for this result\", \"changed\": false}"]


@N("ansible_copy_result_checksum_md5sum")
def _(c):
    return [f"changed: [{c.ip()}] => {{\"changed\": true, \"checksum\": \"{c.r('hex', 40)}\", \"dest\": \"/etc/wandb/agent.env\", \"gid\": 0, \"group\": \"root\", \"md5sum\": \"{c.r('hex', 32)}\", \"mode\": \"0600\", \"owner\": \"wandb\", \"size\": {R.randint(100, 900)}, \"src\": \"/home/ubuntu/.ansible/tmp/ansible-tmp-{c.tick()}.{R.randint(1000, 9999)}-{R.randint(100, 999)}/source\"}}"]


@N("urllib3_debug_lines_opaque_pagination_cursor")
def _(c):
    h = c.host()
    cur = b64(json.dumps({"offset": R.randint(50, 5000), "ts": c.tick()}))
    return [f"DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): {h}:443",
            f"DEBUG:urllib3.connectionpool:https://{h}:443 \"GET /api/v1/runs?per_page=50&cursor={urllib.parse.quote(cur)} HTTP/1.1\" 200 {R.randint(2000, 90000)}"]


@N("botocore_debug_response_request_ids_and_etag")
def _(c):
    return [f"{c.pyts()} botocore.parsers [DEBUG] Response headers: {{'x-amz-id-2': '{c.r('b64', 76)}', 'x-amz-request-id': '{c.r('up', 16)}', 'ETag': '\"{c.r('hex', 32)}\"', 'x-amz-version-id': '{c.r('b64u', 32)}', 'Server': 'AmazonS3'}}",
            f"{c.pyts()} botocore.hooks [DEBUG] Event needs-retry.s3.PutObject: calling handler <botocore.retryhandler.RetryHandler object at 0x7f{c.r('hex', 10)}>"]


@N("okhttp_log_redacted_header_blocks")
def _(c):
    return [f"I/okhttp.OkHttpClient: --> GET https://{c.host()}/api/v1/viewer",
            "I/okhttp.OkHttpClient: Authorization: ██",
            "I/okhttp.OkHttpClient: Cookie: ██",
            f"I/okhttp.OkHttpClient: X-Request-Id: {c.uuid()}",
            "I/okhttp.OkHttpClient: --> END GET"]


@N("go_http2debug_non_secret_headers")
def _(c):
    t = c.pyts()[:19].replace("-", "/")
    return [f"{t} http2: Transport encoding header \":authority\" = \"{c.host()}\"",
            f"{t} http2: Transport encoding header \"traceparent\" = \"00-{c.r('hex', 32)}-{c.r('hex', 16)}-01\"",
            f"{t} http2: Transport encoding header \"x-wandb-request-id\" = \"{c.uuid()}\"",
            f"{t} http2: Framer 0xc000{c.r('hex', 6)}: wrote HEADERS flags=END_HEADERS stream=3 len={R.randint(40, 400)}"]


@N("curl_verbose_tls_and_pinned_public_key_hash")
def _(c):
    return ["* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / RSASSA-PSS",
            f"*  subject: CN={c.host()}",
            f"*  expire date: Mar  2 23:59:59 2026 GMT",
            f"*  public key hash: sha256//{c.r('b64', 43)}=",
            "*  SSL certificate verify ok.",
            f"< x-request-id: {c.r('hex', 32)}"]


@N("proxy_pac_file_and_env_without_credentials")
def _(c):
    return ["function FindProxyForURL(url, host) {",
            f"  if (dnsDomainIs(host, \".{c.host().split('.', 1)[1]}\")) return \"DIRECT\";",
            "  return \"PROXY proxy.corp.example:3128; DIRECT\";",
            "}",
            "// HTTPS_PROXY=http://proxy.corp.example:3128  (credentials via Kerberos, none stored here)"]


@N("pip_download_urls_with_sha256_fragments")
def _(c):
    return [f"  Downloading https://files.pythonhosted.org/packages/{c.r('hex', 2)}/{c.r('hex', 2)}/{c.r('hex', 60)}/wandb-0.18.5-py3-none-any.whl#sha256={c.r('hex', 64)} (5.1 MB)",
            f"  Using cached https://pypi.corp.example/simple/protobuf/protobuf-4.25.3.tar.gz#sha256={c.r('hex', 64)}"]


@N("gitconfig_credential_helper_and_signing_key_id")
def _(c):
    return ["[credential]",
            "\thelper = manager",
            "[user]",
            f"\tsigningkey = {c.r('HEX', 16)}",
            "[gpg \"ssh\"]",
            f"\tallowedSignersFile = /home/{c.user()}/.ssh/allowed_signers"]


@N("i18n_password_keys_with_empty_or_reference_values")
def _(c):
    return R.choice([
        ['{"数据库": {"用户名": "wandb", "密码": "<填写密码>"}}'],
        ["[banco_de_dados]", 'usuario = "wandb"', 'senha = ""'],
        ["HASŁO_BAZY=${HASLO_Z_VAULTA}", "KLUCZ_API_WANDB="],
        ["[데이터베이스]", "비밀번호 = (vault:kv/wandb#password)"],
        ["base_de_datos:", "  contraseña: ${DB_PASSWORD}"]]) + [f"# {c.iso(0)}"]


@N("gzip_b64_helm_release_blob_alone")
def _(c):
    blob = b64(gzip.compress(("chart: operator-wandb\nversion: 0.%d.%d\nnotes: %s" % (R.randint(10, 30), R.randint(0, 9), c.r("an", 40))).encode(), mtime=0))
    return ["data:", "  release: " + blob, "type: helm.sh/release.v1"]


@N("markdown_table_secret_names_and_references")
def _(c):
    return ["| Setting | Source |",
            "|---|---|",
            "| `MYSQL_PASSWORD` | Secret `wandb-mysql`, key `password` |",
            "| `WANDB_API_KEY` | `vault kv get -field=key kv/wandb/ci` |",
            f"| `LICENSE` | see ticket #{R.randint(10000, 99999)} \\| not pasted here |"]


@N("quoted_printable_mail_links_with_3d_params")
def _(c):
    return ["Content-Transfer-Encoding: quoted-printable",
            "",
            f"Reset your password here: https://{c.host()}/reset?id=3D{c.r('lo', 8)}&lang=3Den",
            "The link expires in 15 minutes =E2=80=94 if you did not ask for it, ignore t=",
            "his message."]


@N("json_unicode_escaped_display_names")
def _(c):
    return ['{"level":"info","msg":"user created","name":"Ren\\u00e9e L\\u00f8vstad","team":"\\u6570\\u636e\\u7ec4","id":"' + c.r("b64", 20) + '"}']


@N("utf16le_log_text_without_secret")
def _(c):
    return ["\u00ff\u00fe" + u16(f"[{c.pyts()}] wandb-agent service started, pid {c.pid()}\r"),
            u16(f"[{c.pyts()}] polling queue gpu-queue, {R.randint(0, 9)} items\r")]


@N("jupyter_kernel_connection_file_empty_key")
def _(c):
    return ['{',
            f'  "shell_port": {R.randint(40000, 60000)}, "iopub_port": {R.randint(40000, 60000)},',
            '  "key": "",',
            '  "signature_scheme": "hmac-sha256",',
            f'  "kernel_name": "python3", "jupyter_session": "/home/{c.user()}/Untitled{R.randint(1, 9)}.ipynb"',
            '}']


@N("colab_cell_output_image_png_b64")
def _(c):
    png = b64(b"\x89PNG\r\n\x1a\n" + bytes(R.randrange(256) for _ in range(90)))
    return ['   "outputs": [{',
            '     "data": {',
            f'      "image/png": "{png}",',
            '      "text/plain": ["<Figure size 640x480 with 1 Axes>"]',
            '     },',
            '     "output_type": "display_data"}]']


@N("jwt_decoded_header_and_claims_printout")
def _(c):
    return ["$ kubectl oidc-login setup ... | jq -R 'split(\".\") | .[0],.[1] | @base64d | fromjson'",
            '{"alg": "RS256", "kid": "' + c.r("hex", 40) + '"}',
            '{"iss": "https://dex.example.com", "sub": "' + c.r("b64u", 24) + '", "aud": "kubernetes", "exp": ' + str(c.tick()) + ', "email": "' + c.user() + '@example.com"}']


@N("saml_authn_request_id_and_issue_instant")
def _(c):
    h = c.host()
    return [f'<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_{c.r("hex", 40)}" Version="2.0" IssueInstant="{c.iso(0)}"',
            f'    AssertionConsumerServiceURL="https://{h}/oidc/saml/acs">',
            f'  <saml:Issuer>https://{h}/</saml:Issuer>',
            '</samlp:AuthnRequest>']


@N("aws_sts_get_caller_identity_output")
def _(c):
    acct, t = c.r("num", 12), c.tick()
    return ["{",
            f'    "UserId": "AROA{c.r("up", 17)}:botocore-session-{t}",',
            f'    "Account": "{acct}",',
            f'    "Arn": "arn:aws:sts::{acct}:assumed-role/wandb-admin/botocore-session-{t}"',
            "}"]


@N("hf_hub_download_commit_and_etag_lines")
def _(c):
    return [f"Fetching 4 files: 100%|██████████| 4/4 [00:0{R.randint(1, 9)}<00:00,  1.{R.randint(10, 99)}it/s]",
            f"DEBUG huggingface_hub.file_download: etag=\"{c.r('hex', 64)}\" commit_hash={c.r('hex', 40)}",
            f"/home/{c.user()}/.cache/huggingface/hub/models--acme--tiny-llm/snapshots/{c.r('hex', 40)}"]


@N("conda_explicit_spec_md5_fragments")
def _(c):
    return ["# platform: linux-64",
            "@EXPLICIT",
            f"https://conda.anaconda.org/conda-forge/linux-64/python-3.11.9-hb806964_0_cpython.conda#{c.r('hex', 32)}",
            f"https://conda.anaconda.org/conda-forge/noarch/pip-24.0-pyhd8ed1ab_0.conda#{c.r('hex', 32)}"]


@N("k8s_projected_service_account_token_volume_spec")
def _(c):
    return ["      volumes:",
            "      - name: wandb-token",
            "        projected:",
            "          sources:",
            "          - serviceAccountToken:",
            "              path: token",
            f"              expirationSeconds: {R.choice([3600, 7200, 86400])}",
            "              audience: wandb"]


@N("redis_cli_info_server_run_id")
def _(c):
    return ["# Server",
            "redis_version:7.2.4",
            f"redis_git_sha1:00000000",
            f"redis_build_id:{c.r('hex', 16)}",
            f"run_id:{c.r('hex', 40)}",
            f"tcp_port:6379"]


@N("mysql_show_master_status_gtid_server_uuid")
def _(c):
    u = c.uuid()
    return ["mysql> SHOW MASTER STATUS\\G",
            f"             File: binlog.{R.randint(1, 999):06d}",
            f"         Position: {R.randint(1000, 10**8)}",
            f"Executed_Gtid_Set: {u}:1-{R.randint(1000, 10**6)}",
            f"mysql> SELECT @@server_uuid; -- {u}"]


@N("macos_security_find_generic_password_attrs_only")
def _(c):
    return ['keychain: "/Users/' + c.user() + '/Library/Keychains/login.keychain-db"',
            "class: \"genp\"",
            "attributes:",
            f'    "acct"<blob>="{c.user()}"',
            f'    "svce"<blob>="wandb-{c.host()}"',
            f'    "cdat"<timedate>=0x{c.r("HEX", 30)}00  "20240514091244Z\\000"']


@N("windows_cmdkey_list_no_password")
def _(c):
    return ["Currently stored credentials:",
            "",
            f"    Target: LegacyGeneric:target=git:https://github.com",
            "    Type: Generic ",
            f"    User: {c.user()}",
            "    Local machine persistence"]


@N("support_ticket_prose_rotated_keys_no_values")
def _(c):
    return [R.choice(["Hi team, we rotated the MySQL password and the API key yesterday; the new values are in our vault, not attached.",
                      "FYI: the bucket secret key was regenerated after the incident. I removed all tokens from the logs before zipping.",
                      "The license token expired on Friday — we pasted a new one in the System Console, should we restart the pods?",
                      "Our proxy needs a password, which is why uploads fail with 407. Where do I put it without committing it to git?",
                      "Note: the value shown as ******** is the OIDC client secret; please don't ask us to post it here."]),
            f"Case #{R.randint(10000, 99999)} · W&B Server {R.choice(['0.57.2', '0.59.1', '0.61.0'])}"]


@N("har_response_headers_csp_nonce_and_request_ids")
def _(c):
    return ['          {"name": "content-security-policy", "value": "script-src \'self\' \'nonce-' + c.r("b64", 22) + '==\'; object-src \'none\'"},',
            '          {"name": "x-request-id", "value": "' + c.r("hex", 32) + '"},',
            '          {"name": "etag", "value": "W/\\"' + c.r("hex", 8) + "-" + c.r("b64", 27) + '\\""}']


@N("wandb_artifact_staging_tmp_sha256_names")
def _(c):
    u = c.user()
    return [f"/home/{u}/.local/share/wandb/artifacts/staging/tmp{c.r('lo', 8)}",
            f"/home/{u}/.cache/wandb/artifacts/obj/sha256/{c.r('hex', 2)}/{c.r('hex', 62)}",
            f"wandb: Downloading large artifact model-{c.r('lo', 8)}:v{R.randint(0, 40)}, 1234.56MB. 12 files... Done. 0:0:{R.randint(10, 59)}.{R.randint(1, 9)}"]


@N("kubectl_describe_secret_data_byte_counts")
def _(c):
    return [f"Name:         wandb-mysql-{c.r('lo', 5)}",
            "Namespace:    wandb",
            "Type:  Opaque",
            "",
            "Data",
            "====",
            f"password:  {R.randint(12, 40)} bytes",
            f"username:  {R.randint(4, 10)} bytes"]


@N("npm_config_list_protected_authtoken")
def _(c):
    return ["; \"user\" config from /home/" + c.user() + "/.npmrc",
            "",
            "//npm.corp.example/repository/npm-group/:_authToken = (protected)",
            "registry = \"https://npm.corp.example/repository/npm-group/\"",
            f"; node version = v20.{R.randint(1, 18)}.0"]


@N("nvidia_smi_query_gpu_uuid_serial")
def _(c):
    return ["$ nvidia-smi --query-gpu=index,name,uuid,serial,pci.bus_id --format=csv",
            "index, name, uuid, serial, pci.bus_id",
            f"0, NVIDIA A100-SXM4-80GB, GPU-{c.uuid()}, {c.r('num', 13)}, 00000000:{c.r('HEX', 2)}:00.0",
            f"1, NVIDIA A100-SXM4-80GB, GPU-{c.uuid()}, {c.r('num', 13)}, 00000000:{c.r('HEX', 2)}:00.0"]


@N("cloud_sql_proxy_startup_instance_connection_names")
def _(c):
    return [f"{c.iso(0)} Authorizing with Application Default Credentials",
            f"{c.iso(0)} [acme-ml:us-central1:wandb-mysql-{c.r('lo', 4)}] Listening on 127.0.0.1:3306",
            f"{c.iso(0)} The proxy has started successfully and is ready for new connections!",
            f"{c.iso(0)} [acme-ml:us-central1:wandb-mysql] Accepted connection from 127.0.0.1:{R.randint(30000, 65000)}"]


# =====================================================================

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    pos = []
    for name, new, f in POS:
        for _ in range(3):
            pos.append(make_pos(name, f))
    neg = []
    for name, f in NEG:
        for _ in range(5):
            neg.append(make_neg(name, f))
    with open(os.path.join(here, "positives.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in pos:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "negatives.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in neg:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_new = sum(1 for _, new, _ in POS if new)
    print(f"positives: {len(pos)} records, {len(POS)} shapes ({n_new} new), "
          f"{sum(len(r['secrets']) for r in pos)} secrets")
    print(f"negatives: {len(neg)} records, {len(NEG)} shapes")


if __name__ == "__main__":
    main()
