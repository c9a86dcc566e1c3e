#!/usr/bin/env python3
"""holdout7 generator: sealed held-out set for the wbdiag secret redactor.

Python 3, stdlib only, fixed seed. Writes positives.jsonl and negatives.jsonl
next to this file, byte for byte identical on every run.
"""
import base64
import json
import os
import random
import string
import uuid

SEED = 7_20261203
R = random.Random(SEED)

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
AN = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B32 = UP + "234567"
PUN = "-_.!#%*+=~^"


def rs(r, n, alpha=AN):
    return "".join(r.choice(alpha) for _ in range(n))


def hx(r, n):
    return rs(r, n, HEX)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(r, nbytes):
    return base64.b64encode(rbytes(r, nbytes)).decode()


def b64u(r, nbytes):
    return base64.urlsafe_b64encode(rbytes(r, nbytes)).decode().rstrip("=")


def pw(r, n=None, punct=PUN):
    n = n or r.randint(14, 26)
    while True:
        s = rs(r, n, AN + punct * 2)
        if any(c in punct for c in s) and any(c in DIG for c in s) and s[0] in AN and s[-1] in AN:
            return s


def uid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def ip(r):
    return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 250)}"


def ts(r):
    return (f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:"
            f"{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}Z")


def hms(r):
    return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def dom(r):
    return r.choice(["example.com", "example.net", "example.org", "corp.example.com", "ml.example.net"])


def host(r, kind=None):
    kind = kind or r.choice(["db", "mysql-0", "redis", "minio", "wandb", "auth", "smtp", "ldap", "kafka", "grafana"])
    return f"{kind}.{dom(r)}"


def user(r):
    return r.choice(["wandb", "admin", "svc-wandb", "ci-bot", "backup", "ops", "mlops", "deploy", "gorilla", "root"])


def user3(r):
    """user name whose length + 1 is a multiple of 3 (clean base64 boundary)."""
    u = user(r)
    while (len(u) + 1) % 3:
        u += r.choice(DIG)
    return u


def basic(u, p):
    """base64(u:p) and the base64 characters that encode only p."""
    assert (len(u) + 1) % 3 == 0
    enc = base64.b64encode(f"{u}:{p}".encode()).decode()
    return enc, enc[(len(u) + 1) // 3 * 4:].rstrip("=")


def jwt(r, payload, sig_bytes=32):
    h = base64.urlsafe_b64encode(json.dumps({"alg": "HS256" if sig_bytes == 32 else "RS256", "typ": "JWT"},
                                            separators=(",", ":")).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    s = b64u(r, sig_bytes)
    return f"{h}.{p}.{s}", s


def akid(r):
    return "AKIA" + rs(r, 16, UP + DIG)


def awssk(r):
    return rs(r, 40, AN + "/+")


def wbkey(r):
    return hx(r, 40)


def pct(s):
    out = []
    for c in s:
        if c in AN or c in "-_.~":
            out.append(c)
        else:
            out.append("%%%02X" % ord(c))
    return "".join(out)


def ok(lines, secrets):
    text = "\n".join(lines)
    if any("\n" in ln or "\r" in ln for ln in lines):
        return False
    for s in secrets:
        if len(s) < 8 or s not in text:
            return False
    rest = text
    for s in sorted(secrets, key=len, reverse=True):
        rest = rest.replace(s, "\x00")
    for s in secrets:
        for i in range(len(s) - 5):
            if s[i:i + 6] in rest:
                return False
    return True


POS = []
NEG = []


def P(name, new):
    def deco(f):
        POS.append((name, new, f))
        return f
    return deco


def N(name):
    def deco(f):
        NEG.append((name, f))
        return f
    return deco


# ---------------------------------------------------------------- languages
@P("kotlin_data_class_tostring_minio", True)
def _(r):
    sk = awssk(r)
    return [f"{ts(r)} DEBUG c.e.storage.MinioClientFactory - building client from MinioProperties("
            f"endpoint=http://minio.wandb.svc:9000, region=us-east-1, accessKey={akid(r)}, secretKey={sk}, "
            f"bucket=wandb-{rs(r, 5, LOW)}, pathStyle=true)"], [sk]


@P("java_record_tostring_smtp_settings", False)
def _(r):
    p = pw(r)
    return [f"{ts(r)}  INFO 1 --- [           main] c.e.notify.MailConfig                    : "
            f"using SmtpSettings[host={host(r, 'smtp')}, port=587, username=alerts@{dom(r)}, password={p}, startTls=true]"], [p]


@P("rust_debug_pretty_multiline_struct", False)
def _(r):
    k = wbkey(r)
    return [f"[{ts(r)} DEBUG wbsync::config] loaded config: SyncConfig {{",
            f"    base_url: \"https://{host(r, 'wandb')}\",",
            f"    api_key: \"{k}\",",
            f"    entity: \"{rs(r, 6, LOW)}\",",
            "    retries: 5,",
            "}"], [k]


@P("elixir_keyword_list_inspect", True)
def _(r):
    p = pw(r, punct="-_.!#%*+=~^")
    return [f"{hms(r)}.{r.randint(100, 999)} [debug] Repo config: [username: \"{user(r)}\", password: \"{p}\", "
            f"hostname: \"{host(r, 'db')}\", database: \"wandb_local\", pool_size: 10]"], [p]


@P("erlang_term_rabbitmq_advanced_config", True)
def _(r):
    p = pw(r)
    return ["[",
            " {rabbit, [",
            f"   {{default_user, <<\"{user(r)}\">>}},",
            f"   {{default_pass, <<\"{p}\">>}},",
            "   {loopback_users, []}",
            " ]}",
            "]."], [p]


@P("csharp_record_tostring_options", True)
def _(r):
    p = pw(r)
    return [f"info: Notify.Startup[0] Options bound: SmtpOptions {{ Host = {host(r, 'smtp')}, Port = 587, "
            f"UserName = alerts, Password = {p}, EnableSsl = True }}"], [p]


@P("python_dataclass_repr_storage", False)
def _(r):
    sk = awssk(r)
    return [f"{ts(r)} DEBUG exporter.storage: StorageConfig(provider='s3', bucket='wandb-{rs(r, 6, LOW)}', "
            f"access_key_id='{akid(r)}', secret_access_key='{sk}', region='us-west-2')"], [sk]


@P("pydantic_validation_error_input_value", True)
def _(r):
    k = wbkey(r) + hx(r, 4)
    return ["pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings",
            "api_key",
            f"  String should have at most 40 characters [type=string_too_long, input_value='{k}', input_type=str]",
            "    For further information visit https://errors.pydantic.dev/2.9/v/string_too_long"], [k]


@P("node_util_inspect_axios_error", True)
def _(r):
    t = rs(r, 48, AN)
    return ["AxiosError: Request failed with status code 401",
            "    at settle (/app/node_modules/axios/lib/core/settle.js:19:12) {",
            "  code: 'ERR_BAD_REQUEST',",
            "  config: {",
            "    headers: Object [AxiosHeaders] {",
            "      Accept: 'application/json, text/plain, */*',",
            f"      Authorization: 'Bearer {t}',",
            "      'User-Agent': 'axios/1.7.2',"], [t]


@P("php_var_dump_config_array", True)
def _(r):
    p = pw(r)
    h = host(r, "db")
    return ["array(3) {",
            '  ["host"]=>',
            f'  string({len(h)}) "{h}"',
            '  ["password"]=>',
            f'  string({len(p)}) "{p}"',
            '  ["port"]=>',
            "  int(3306)",
            "}"], [p]


@P("ipynb_output_cell_env_dump", True)
def _(r):
    k = wbkey(r)
    return ['     "output_type": "stream",',
            '     "text": [',
            f'      "WANDB_BASE_URL=https://{host(r, "wandb")}\\n",',
            f'      "WANDB_API_KEY={k}\\n",',
            '      "WANDB_PROJECT=sweeps\\n"',
            "     ]"], [k]


# ---------------------------------------------------------------- shells
@P("fish_set_gx_export", True)
def _(r):
    k = wbkey(r)
    return ["# ~/.config/fish/conf.d/wandb.fish", f"set -gx WANDB_BASE_URL https://{host(r, 'wandb')}",
            f"set -gx WANDB_API_KEY {k}"], [k]


@P("fish_history_yaml_cmd", True)
def _(r):
    sk = awssk(r)
    return [f"- cmd: set -x AWS_SECRET_ACCESS_KEY '{sk}'", f"  when: {r.randint(1700000000, 1790000000)}",
            "- cmd: aws s3 ls s3://wandb-bucket/", f"  when: {r.randint(1700000000, 1790000000)}"], [sk]


@P("zsh_extended_history_line", True)
def _(r):
    t = rs(r, 20, AN + "-_")
    return [f": {r.randint(1700000000, 1790000000)}:0;cd ~/infra",
            f": {r.randint(1700000000, 1790000000)}:3;export GITLAB_TOKEN=glpat-{t}",
            f": {r.randint(1700000000, 1790000000)}:0;terraform apply"], [t]


@P("env_i_clean_env_invocation", True)
def _(r):
    p = pw(r, punct="-_.%+=~")
    return [f"root@{rs(r, 6, LOW)}:~# env -i PATH=/usr/bin:/bin MINIO_ROOT_USER=minioadmin MINIO_ROOT_PASSWORD={p} "
            "/usr/local/bin/minio server /data --console-address :9001"], [p]


@P("sudo_preserve_env_inline", True)
def _(r):
    t = rs(r, 24, AN)
    return [f"$ sudo --preserve-env=VAULT_ADDR VAULT_TOKEN=hvs.{t} vault kv put secret/wandb/mysql password=@pw.txt"], [t]


@P("pwsh_profile_env_drive_set", False)
def _(r):
    sk = awssk(r)
    return ["PS C:\\Users\\ops> Set-Item -Path Env:AWS_ACCESS_KEY_ID -Value " + akid(r),
            f"PS C:\\Users\\ops> Set-Item -Path Env:AWS_SECRET_ACCESS_KEY -Value '{sk}'"], [sk]


@P("pwsh_get_childitem_env_table", True)
def _(r):
    k = wbkey(r)
    return ["PS C:\\> Get-ChildItem Env: | Where-Object Name -like 'WANDB*'", "",
            "Name                           Value",
            "----                           -----",
            f"WANDB_API_KEY                  {k}",
            f"WANDB_BASE_URL                 https://{host(r, 'wandb')}"], [k]


@P("tmux_show_environment_global", False)
def _(r):
    p = pw(r)
    return ["$ tmux show-environment -g | grep -i redis", f"REDIS_HOST={host(r, 'redis')}", f"REDIS_PASSWORD={p}"], [p]


# ---------------------------------------------------------------- structured
@P("tomcat_context_xml_resource_attr", True)
def _(r):
    p = pw(r, punct="-_.!#%*+=~^")
    return ['<Resource name="jdbc/wandb" auth="Container" type="javax.sql.DataSource"',
            f'          username="{user(r)}" password="{p}"',
            f'          url="jdbc:mysql://{host(r, "db")}:3306/wandb_local" maxTotal="20"/>'], [p]


@P("clickhouse_users_xml_plain_password", True)
def _(r):
    p = pw(r)
    return ["<clickhouse>", "  <users>", "    <weave>", f"      <password>{p}</password>",
            "      <networks><ip>::/0</ip></networks>", "      <profile>default</profile>", "    </weave>"], [p]


@P("nomad_job_hcl_template_env", False)
def _(r):
    p = pw(r)
    return ['    task "gorilla" {', '      driver = "docker"', "      env {",
            f'        MYSQL_USER     = "{user(r)}"', f'        MYSQL_PASSWORD = "{p}"', "      }"], [p]


@P("cue_struct_field", True)
def _(r):
    p = pw(r)
    return ["smtp: {", f'\thost:     "{host(r, "smtp")}"', "\tport:     587", f'\tpassword: "{p}"', "}"], [p]


@P("jsonnet_local_binding", True)
def _(r):
    t = rs(r, 32, AN)
    return [f"local oidcSecret = '{t}';", "{", "  auth: {", "    clientSecret: oidcSecret,", "  },", "}"], [t]


@P("dhall_record_literal", True)
def _(r):
    p = pw(r)
    return ["let db =", f'      {{ host = "{host(r, "db")}", port = 3306, user = "wandb", password = "{p}" }}', "in  db"], [p]


@P("nix_module_option_assign", True)
def _(r):
    p = pw(r)
    return ["  services.grafana = {", "    enable = true;", f'    settings.security.admin_password = "{p}";', "  };"], [p]


@P("gitconfig_http_subsection_extraheader", True)
def _(r):
    t = rs(r, 36, AN)
    return [f'[http "https://git.{dom(r)}/"]', f"\textraHeader = Authorization: Bearer {t}", "[user]",
            "\tname = ops"], [t]


@P("java_tool_options_keystore_password", False)
def _(r):
    p1, p2 = pw(r), pw(r)
    return [f"Picked up JAVA_TOOL_OPTIONS: -Djavax.net.ssl.keyStore=/etc/pki/wandb.p12 -Djavax.net.ssl.keyStorePassword={p1} "
            f"-Djavax.net.ssl.trustStorePassword={p2}"], [p1, p2]


@P("jks_ssl_properties_store_passwords", True)
def _(r):
    a, b = pw(r), pw(r)
    return ["security.protocol=SSL", "ssl.keystore.location=/etc/kafka/secrets/client.keystore.jks",
            f"ssl.keystore.password={a}", f"ssl.key.password={b}",
            "ssl.truststore.location=/etc/kafka/secrets/client.truststore.jks"], [a, b]


@P("ndjson_event_stream_credentials", False)
def _(r):
    p = pw(r)
    return [json.dumps({"ts": ts(r), "event": "connect", "target": host(r, "redis")}),
            json.dumps({"ts": ts(r), "event": "auth", "user": "default", "password": p}),
            json.dumps({"ts": ts(r), "event": "ready"})], [p]


@P("cbor_diagnostic_notation_token", True)
def _(r):
    t = rs(r, 32, AN)
    return ["$ cbor2diag.rb session.cbor", f'{{"sub": "{user(r)}", "exp": 1(1795000000), "tok": "{t}", "nonce": h\'{hx(r, 16)}\'}}'], [t]


@P("hexdump_c_msgpack_split_ascii", True)
def _(r):
    s = rs(r, 24, AN)
    data = b"\x82\xa4user\xa5wandb\xa8password" + bytes([0xa0 | 24]) + s.encode()
    lines = ["$ redis-cli --no-raw GET session:cfg | xxd -r -p | hexdump -C"]
    for off in range(0, len(data), 16):
        chunk = data[off:off + 16]
        hx1 = " ".join("%02x" % b for b in chunk[:8])
        hx2 = " ".join("%02x" % b for b in chunk[8:])
        asc = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{off:08x}  {hx1:<23}  {hx2:<23}  |{asc}|")
    lines.append(f"{len(data):08x}")
    return lines, [s[:10], s[10:]]


@P("yaml_flow_mapping_in_list", False)
def _(r):
    p = pw(r)
    return ["smtp_accounts:", f"  - {{name: alerts, host: {host(r, 'smtp')}, user: alerts, password: {p}}}",
            "  - {name: digest, host: smtp.example.com, user: digest, passwordFile: /run/secrets/digest}"], [p]


@P("toml_inline_table_creds", False)
def _(r):
    p = pw(r)
    return ["[upstream]", f'mysql = {{ host = "{host(r, "db")}", user = "wandb", password = "{p}" }}'], [p]


@P("java_properties_xml_entry", True)
def _(r):
    p = pw(r)
    return ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
            '<!DOCTYPE properties SYSTEM "http://java.sun.com/dtd/properties.dtd">', "<properties>",
            f'<entry key="db.url">jdbc:mysql://{host(r, "db")}/wandb</entry>', f'<entry key="db.password">{p}</entry>',
            "</properties>"], [p]


# ---------------------------------------------------------------- network debug
@P("tcpdump_ascii_basic_auth", True)
def _(r):
    u = user3(r)
    p = pw(r)
    enc, part = basic(u, p)
    return [f"{hms(r)}.{r.randint(100000, 999999)} IP {ip(r)}.{r.randint(30000, 60000)} > {ip(r)}.http: Flags [P.], "
            f"seq 1:{r.randint(150, 400)}, ack 1, win 502, length 230: HTTP: GET /minio/health/live HTTP/1.1",
            "E.....@.?..d....",
            "...P.#..z.....GET /minio/health/live HTTP/1.1",
            f"Host: {host(r, 'minio')}", f"Authorization: Basic {enc}", "User-Agent: curl/8.5.0"], [part]


@P("wireshark_follow_http_stream_token_form", False)
def _(r):
    cs = rs(r, 40, AN + "-_~")
    return ["POST /realms/wandb/protocol/openid-connect/token HTTP/1.1", f"Host: {host(r, 'auth')}",
            "Content-Type: application/x-www-form-urlencoded", "Content-Length: 121", "",
            f"grant_type=client_credentials&client_id=wandb-server&client_secret={cs}HTTP/1.1 200 OK"], [cs]


@P("curl_trace_ascii_wrapped_bearer", True)
def _(r):
    t = rs(r, 64, AN)
    h = host(r, 'wandb')
    return [f"== Info: Connected to {h} ({ip(r)}) port 443", "=> Send header, 171 bytes (0xab)",
            "0000: POST /graphql HTTP/1.1", f"0018: Host: {h}",
            f"0039: Authorization: Bearer {t[:42]}", f"0079: {t[42:]}", "0091: Accept: */*"], [t[:42], t[42:]]


@P("nghttp_verbose_h2_headers_frame", True)
def _(r):
    t = rs(r, 40, AN)
    return ["[  0.034] send HEADERS frame <length=118, flags=0x25, stream_id=13>",
            "          ; END_STREAM | END_HEADERS | PRIORITY", "          :method: GET",
            "          :path: /api/v1/artifacts", "          :scheme: https",
            f"          :authority: {host(r, 'wandb')}", f"          x-api-key: {t}"], [t]


@P("grpcurl_verbose_request_metadata", False)
def _(r):
    t = rs(r, 40, AN)
    return ["Resolved method descriptor:", "rpc Check ( .grpc.health.v1.HealthCheckRequest ) returns ( .grpc.health.v1.HealthCheckResponse );",
            "", "Request metadata to send:", f"authorization: Bearer {t}", "", "Response headers received:"], [t]


@P("mitmdump_flow_detail_headers", True)
def _(r):
    t = rs(r, 32, AN)
    return [f"{ip(r)}:{r.randint(40000, 60000)}: POST https://{host(r, 'wandb')}/files/upload",
            f"    Host: {host(r, 'wandb')}", "    Content-Type: application/json", f"    X-Auth-Token: {t}",
            " << 200 OK 42b"], [t]


@P("ngrep_redis_auth_dots", False)
def _(r):
    p = pw(r, punct="-_!#%*+=~^")
    return [f"T {ip(r)}:{r.randint(40000, 60000)} -> {ip(r)}:6379 [AP] #{r.randint(3, 90)}",
            f"  *3..$4..AUTH..$7..default..${len(p)}..{p}..", ""], [p]


@P("strace_write_syscall_auth", True)
def _(r):
    p = pw(r, punct="-_!#%*+=~^")
    return [f"[pid {r.randint(1000, 99999)}] connect(5, {{sa_family=AF_INET, sin_port=htons(6379), sin_addr=inet_addr(\"{ip(r)}\")}}, 16) = 0",
            f"[pid {r.randint(1000, 99999)}] write(5, \"AUTH {p}\\r\\n\", {len(p) + 7}) = {len(p) + 7}",
            f"[pid {r.randint(1000, 99999)}] read(5, \"+OK\\r\\n\", 16384) = 5"], [p]


# ---------------------------------------------------------------- cloud / IaC
@P("pulumi_config_show_secrets_table", True)
def _(r):
    p = pw(r)
    return ["$ pulumi config --show-secrets", "KEY                     VALUE", "aws:region              us-west-2",
            f"wandb:dbPassword        {p}", "wandb:domain            ml.example.net"], [p]


@P("pulumi_state_secret_plaintext", True)
def _(r):
    p = pw(r)
    return ['            "outputs": {', '                "password": {',
            '                    "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",',
            f'                    "plaintext": "\\"{p}\\""', "                },"], [p]


@P("cloudformation_parameter_overrides", True)
def _(r):
    p = pw(r)
    return ["$ aws cloudformation deploy --stack-name wandb-db --template-file rds.yaml \\",
            f"    --parameter-overrides DBUsername=wandb DBPassword={p} InstanceClass=db.r6g.large"], [p]


@P("aws_ssm_get_parameter_decrypted_json", True)
def _(r):
    p = pw(r)
    return ["{", '    "Parameter": {', '        "Name": "/wandb/prod/mysql_password",', '        "Type": "SecureString",',
            f'        "Value": "{p}",', '        "Version": 3,'], [p]


@P("aws_secretsmanager_secretstring_escaped", True)
def _(r):
    p = pw(r)
    return ["{", f'    "ARN": "arn:aws:secretsmanager:us-east-1:{r.randint(10**11, 10**12 - 1)}:secret:wandb/mysql-{rs(r, 6, AN)}",',
            '    "Name": "wandb/mysql",',
            f'    "SecretString": "{{\\"username\\":\\"wandb\\",\\"password\\":\\"{p}\\"}}",'], [p]


@P("gcloud_sql_users_set_password", True)
def _(r):
    p = pw(r)
    return [f"$ gcloud sql users set-password wandb --host=% --instance=wandb-{rs(r, 4, LOW)} --password='{p}'",
            "Updating Cloud SQL user...done."], [p]


@P("az_storage_account_keys_table", True)
def _(r):
    k1, k2 = b64(r, 64), b64(r, 64)
    return ["$ az storage account keys list -g wandb-rg -n wandbstore -o table", "CreationTime                      KeyName    Permissions    Value",
            "--------------------------------  ---------  -------------  " + "-" * 88,
            f"2026-03-02T10:11:12.000000+00:00  key1       FULL           {k1}",
            f"2026-03-02T10:11:12.000000+00:00  key2       FULL           {k2}"], [k1.rstrip("="), k2.rstrip("=")]


@P("doctl_config_access_token", True)
def _(r):
    t = hx(r, 64)
    return ["# ~/.config/doctl/config.yaml", f"access-token: dop_v1_{t}", "context: default", "output: text"], [t]


@P("terragrunt_inputs_block", True)
def _(r):
    p = pw(r)
    k = wbkey(r)
    return ["inputs = {", '  namespace     = "wandb"', f'  db_password   = "{p}"', f'  wandb_api_key = "{k}"', "}"], [p, k]


@P("ansible_vault_view_output", True)
def _(r):
    p = pw(r)
    return ["$ ansible-vault view group_vars/wandb/vault.yml", "Vault password: ", "---",
            f"vault_mysql_password: {p}", "vault_smtp_user: alerts"], [p]


@P("aws_iam_create_access_key_json", False)
def _(r):
    sk = awssk(r)
    return ["{", '    "AccessKey": {', '        "UserName": "wandb-bucket",', f'        "AccessKeyId": "{akid(r)}",',
            '        "Status": "Active",', f'        "SecretAccessKey": "{sk}",'], [sk]


@P("az_login_service_principal_flag", True)
def _(r):
    s = rs(r, 3, AN) + "8Q~" + rs(r, 34, AN + "-_.~")
    return [f"$ az login --service-principal -u {uid(r)} -p '{s}' --tenant {uid(r)}"], [s]


# ---------------------------------------------------------------- password managers
@P("bw_get_item_login_json", True)
def _(r):
    p = pw(r)
    totp = rs(r, 32, B32)
    return ['  "login": {', '    "uris": [{"match": null, "uri": "https://wandb.example.com"}],',
            '    "username": "admin@example.com",', f'    "password": "{p}",',
            f'    "totp": "otpauth://totp/wandb:admin?secret={totp}&issuer=wandb",', '    "passwordRevisionDate": null'], [p, totp]


@P("op_item_get_fields", True)
def _(r):
    p = pw(r)
    return [f"ID:          {rs(r, 26, LOW + DIG)}", "Title:       W&B MySQL", "Vault:       Infra", "Fields:",
            "  username:    wandb", f"  password:    {p}", f"  hostname:    {host(r, 'db')}"], [p]


@P("pass_show_first_line", True)
def _(r):
    p = pw(r)
    return ["$ pass show infra/wandb/ldap-bind", p, "user: cn=wandb,ou=svc,dc=example,dc=com", "url: ldaps://ldap.example.com"], [p]


@P("keepassxc_cli_show_attrs", True)
def _(r):
    p = pw(r)
    return ["$ keepassxc-cli show -s ops.kdbx 'W&B/SMTP relay'", "Title: SMTP relay", "UserName: alerts@example.com",
            f"Password: {p}", f"URL: smtp://{host(r, 'smtp')}:587", "Notes: "], [p]


# ---------------------------------------------------------------- databases
@P("pg_service_conf_section", True)
def _(r):
    p = pw(r)
    return ["[wandb-analytics]", f"host={host(r, 'db')}", "port=5432", "dbname=analytics", "user=reader", f"password={p}"], [p]


@P("mongosh_flags_password", True)
def _(r):
    p = pw(r)
    return [f"$ mongosh --host {host(r, 'db')} --username admin --password '{p}' --authenticationDatabase admin",
            "Current Mongosh Log ID:\t" + hx(r, 24)], [p]


@P("mongosh_create_user_pwd", True)
def _(r):
    p = pw(r)
    return ["test> use admin", "admin> db.createUser({", '...   user: "wandb",', f'...   pwd: "{p}",',
            '...   roles: [ { role: "readWrite", db: "wandb" } ]', "... })", "{ ok: 1 }"], [p]


@P("sqlcmd_sa_password_flag", True)
def _(r):
    p = pw(r)
    return [f"$ /opt/mssql-tools18/bin/sqlcmd -S {host(r, 'db')},1433 -U sa -P '{p}' -C -Q \"SELECT @@VERSION\""], [p]


@P("cqlshrc_authentication", True)
def _(r):
    p = pw(r)
    return ["[authentication]", "username = cassandra", f"password = {p}", "", "[connection]", f"hostname = {host(r, 'db')}"], [p]


@P("clickhouse_query_log_create_user", True)
def _(r):
    p = pw(r)
    return [f"{ts(r)} <Debug> executeQuery: (from {ip(r)}:{r.randint(30000, 60000)}) CREATE USER weave IDENTIFIED WITH "
            f"sha256_password BY '{p}' (stage: Complete)"], [p]


@P("libpq_keyword_dsn", False)
def _(r):
    p = pw(r)
    return [f"{ts(r)} INFO  connecting with dsn \"host={host(r, 'db')} port=5432 user=wandb password={p} dbname=wandb sslmode=require\""], [p]


@P("redis_config_get_requirepass_reply", True)
def _(r):
    p = pw(r)
    return [f"{host(r, 'redis')}:6379> CONFIG GET requirepass", '1) "requirepass"', f'2) "{p}"'], [p]


@P("elasticsearch_reset_password_output", True)
def _(r):
    p = rs(r, 20, AN + "*_=+-")
    return ["$ bin/elasticsearch-reset-password -u elastic", "This tool will reset the password of the [elastic] user to an autogenerated value.",
            "Please confirm that you would like to continue [y/N]y", "", "", f"Password for the [elastic] user successfully reset.",
            f"New value: {p}"], [p]


@P("elasticsearch_api_key_create_response", True)
def _(r):
    kid = rs(r, 20, AN)
    key = rs(r, 21, AN + "-_")
    enc = base64.b64encode(f"{kid}:{key}".encode()).decode()
    return ['{', f'  "id" : "{kid}",', '  "name" : "wandb-logs",', f'  "api_key" : "{key}",',
            f'  "encoded" : "{enc}"', '}'], [key, enc[28:].rstrip("=")]


@P("jdbc_sqlserver_semicolon_props", False)
def _(r):
    p = pw(r, punct="-_.!#%*+=~^")
    return [f"spring.datasource.url=jdbc:sqlserver://{host(r, 'db')}:1433;databaseName=wandb;user=sa;password={p};encrypt=true"], [p]


@P("orchestrator_conf_json_topology_password", False)
def _(r):
    p = pw(r)
    return ["{", '  "MySQLTopologyUser": "orchestrator",', f'  "MySQLTopologyPassword": "{p}",', '  "RaftEnabled": true,'], [p]


# ---------------------------------------------------------------- containers
@P("podman_auth_json_containers", False)
def _(r):
    u = user3(r)
    p = pw(r)
    enc, part = basic(u, p)
    return ["$ cat ${XDG_RUNTIME_DIR}/containers/auth.json", "{", '\t"auths": {', f'\t\t"registry.{dom(r)}": {{',
            f'\t\t\t"auth": "{enc}"', "\t\t}"], [part]


@P("nerdctl_login_p_flag", False)
def _(r):
    p = pw(r)
    return [f"$ nerdctl login registry.{dom(r)} -u {user(r)} -p '{p}'",
            "WARNING! Your password will be stored unencrypted in /root/.docker/config.json."], [p]


@P("docker_history_build_arg_leak", True)
def _(r):
    t = rs(r, 34, AN)
    return ["$ docker history --no-trunc --format '{{.CreatedBy}}' wandb-worker:dev | head -3",
            f"RUN |1 HF_TOKEN=hf_{t} /bin/sh -c pip install -r requirements.txt # buildkit",
            "ARG HF_TOKEN", "WORKDIR /app"], [t]


@P("skopeo_copy_src_creds", True)
def _(r):
    p = pw(r)
    return [f"$ skopeo copy --src-creds {user(r)}:{p} docker://registry.{dom(r)}/wandb/local:0.62.1 "
            "docker-archive:/tmp/local.tar"], [p]


@P("docker_credential_helper_get_json", True)
def _(r):
    p = rs(r, 36, AN)
    return [f"$ echo registry.{dom(r)} | docker-credential-secretservice get",
            f'{{"ServerURL":"registry.example.com","Username":"{user(r)}","Secret":"{p}"}}'], [p]


@P("kaniko_docker_config_mirror", False)
def _(r):
    u = user3(r)
    p = pw(r)
    enc, part = basic(u, p)
    return ["# /kaniko/.docker/config.json", f'{{"auths":{{"https://mirror.{dom(r)}":{{"auth":"{enc}"}}}}}}'], [part]


@P("containerd_cri_registry_auth_toml", True)
def _(r):
    p = pw(r)
    d = dom(r)
    return [f'    [plugins."io.containerd.grpc.v1.cri".registry.configs."registry.{d}".auth]',
            f'      username = "{user(r)}"', f'      password = "{p}"'], [p]


@P("k3s_registries_yaml_auth", True)
def _(r):
    p = pw(r)
    return ["configs:", f'  "registry.{dom(r)}":', "    auth:", f"      username: {user(r)}", f"      password: {p}"], [p]


@P("harbor_robot_account_json", True)
def _(r):
    s = rs(r, 32, AN)
    return [f'{{"id": {r.randint(2, 99)}, "name": "robot$wandb+ci", "secret": "{s}", "creation_time": "{ts(r)}", "expires_at": -1}}'], [s]


@P("dockerd_debug_x_registry_auth", True)
def _(r):
    u = user(r)
    pre = '{"username":"' + u + '","password":"'
    while len(pre) % 3:
        u += r.choice(DIG)
        pre = '{"username":"' + u + '","password":"'
    p = rs(r, 21, AN)
    enc = base64.urlsafe_b64encode(f'{pre}{p}","serveraddress":"registry.example.com"}}'.encode()).decode()
    part = enc[len(pre) // 3 * 4: len(pre) // 3 * 4 + 28]
    return [f'time="{ts(r)}" level=debug msg="Calling POST /v1.45/images/create?fromImage=registry.example.com%2Fwandb%2Flocal&tag=latest"',
            f'time="{ts(r)}" level=debug msg="X-Registry-Auth: {enc}"'], [part]


# ---------------------------------------------------------------- kubernetes
@P("kubectl_view_secret_plugin", False)
def _(r):
    p = pw(r)
    return ["$ kubectl view-secret -n wandb wandb-mysql password", p], [p]


@P("helmfile_set_list_value", True)
def _(r):
    p = pw(r)
    return ["releases:", "  - name: wandb", "    chart: wandb/operator", "    set:", "      - name: mysql.password",
            f"        value: {p}"], [p]


@P("istioctl_proxy_config_secret_inline_bytes", True)
def _(r):
    pem = ("-----BEGIN EC PRIVATE KEY-----\n" + b64(r, 48) + "\n" + b64(r, 42) + "\n-----END EC PRIVATE KEY-----\n").encode()
    enc = base64.b64encode(pem).decode()
    return ['    "tls_certificate": {', '     "certificate_chain": {', '      "inline_bytes": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t"', "     },",
            '     "private_key": {', f'      "inline_bytes": "{enc}"', "     }"], [enc[44:204]]


@P("consul_acl_bootstrap_output", True)
def _(r):
    s = uid(r)
    return ["$ consul acl bootstrap", f"AccessorID:       {uid(r)}", f"SecretID:         {s}", "Description:      Bootstrap Token (Global Management)",
            "Local:            false"], [s]


# ---------------------------------------------------------------- W&B
@P("wandb_launch_agent_chart_values", True)
def _(r):
    k = wbkey(r)
    return ["agent:", f'  apiKey: "{k}"', "  image: wandb/launch-agent:latest", "launchConfig: |", "  queues:", "    - default"], [k]


@P("jupyter_env_magic_wandb_key", True)
def _(r):
    k = wbkey(r)
    return ['    "source": [', f'     "%env WANDB_API_KEY={k}\\n",', '     "import wandb\\n",', '     "wandb.login()"'], [k]


# ---------------------------------------------------------------- messaging
@P("nats_creds_file_seed_jwt", True)
def _(r):
    tok, sig = jwt(r, {"jti": rs(r, 52, B32), "iat": 1790000000, "iss": "A" + rs(r, 55, B32), "name": "wandb", "nats": {"type": "user"}}, 64)
    seed = "A" + rs(r, 55, B32)
    return ["-----BEGIN NATS USER JWT-----", tok, "------END NATS USER JWT------", "",
            "************************* IMPORTANT *************************", "NKEY Seed printed below can be used to sign and prove identity.", "",
            "-----BEGIN USER NKEY SEED-----", "SU" + seed, "------END USER NKEY SEED------"], [sig, seed]


@P("pulsar_client_conf_token", True)
def _(r):
    tok, sig = jwt(r, {"sub": "wandb-events"})
    return [f"webServiceUrl=https://{host(r, 'kafka')}:8443/", "authPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken",
            f"authParams=token:{tok}"], [sig]


@P("rabbitmqadmin_cli_password", True)
def _(r):
    p = pw(r)
    return [f"$ rabbitmqadmin -H {host(r, 'kafka')} -u admin -p '{p}' list queues name messages"], [p]


@P("kafka_configs_scram_add_config", True)
def _(r):
    p = pw(r, punct="-_.!#%*+~^")
    return [f"$ kafka-configs.sh --bootstrap-server {host(r, 'kafka')}:9092 --alter --add-config 'SCRAM-SHA-512=[password={p}]' "
            "--entity-type users --entity-name wandb"], [p]


# ---------------------------------------------------------------- monitoring
@P("telegraf_influxdb_v2_token", True)
def _(r):
    t = rs(r, 86, AN + "-_") + "=="
    return ["[[outputs.influxdb_v2]]", f'  urls = ["http://{host(r, "grafana")}:8086"]', f'  token = "{t}"',
            '  organization = "ml"', '  bucket = "wandb-host"'], [t.rstrip("=")]


@P("fluent_bit_output_http_passwd", True)
def _(r):
    p = pw(r)
    return ["[OUTPUT]", "    Name        es", "    Match       kube.*", f"    Host        {host(r, 'grafana')}",
            "    HTTP_User   fluent", f"    HTTP_Passwd {p}"], [p]


@P("filebeat_es_api_key_pair", True)
def _(r):
    k = rs(r, 22, AN + "-_")
    return ["output.elasticsearch:", f'  hosts: ["https://{host(r, "grafana")}:9200"]', f'  api_key: "{rs(r, 20, AN)}:{k}"'], [k]


@P("otel_collector_exporter_headers_flow", True)
def _(r):
    k = rs(r, 32, AN)
    return ["exporters:", "  otlphttp/honeycomb:", "    endpoint: https://api.honeycomb.io",
            f'    headers: {{"x-honeycomb-team": "{k}", "x-honeycomb-dataset": "wandb"}}'], [k]


@P("prometheus_remote_write_authorization", False)
def _(r):
    t = rs(r, 48, AN)
    return ["remote_write:", f"  - url: https://{host(r, 'grafana')}/api/prom/push", "    authorization:", "      type: Bearer",
            f"      credentials: {t}"], [t]


@P("promtail_client_url_userinfo", False)
def _(r):
    p = rs(r, 40, AN + "=")
    return ["clients:", f"  - url: https://{r.randint(100000, 999999)}:{p}@logs-prod.{dom(r)}/loki/api/v1/push"], [p]


@P("keepalived_vrrp_auth_pass", True)
def _(r):
    p = rs(r, 8, AN)
    return ["vrrp_instance VI_WANDB {", "    state MASTER", "    virtual_router_id 51", "    authentication {", "        auth_type PASS",
            f"        auth_pass {p}", "    }"], [p]


# ---------------------------------------------------------------- LB / SSO / directory / mail
@P("haproxy_userlist_insecure_password", True)
def _(r):
    p = pw(r)
    return ["userlist stats_users", "    user admin password $6$" + rs(r, 16, AN + "./") + "$" + rs(r, 86, AN + "./"),
            f"    user ops insecure-password {p}"], [p]


@P("authelia_oidc_hmac_jwt_secret", True)
def _(r):
    a, b = rs(r, 64, AN), rs(r, 64, AN)
    return ["identity_validation:", "  reset_password:", f"    jwt_secret: '{a}'", "identity_providers:", "  oidc:",
            f"    hmac_secret: '{b}'"], [a, b]


@P("azure_ad_app_credential_reset_json", False)
def _(r):
    s = rs(r, 3, AN) + "8Q~" + rs(r, 34, AN + "-_.~")
    return ["{", f'  "appId": "{uid(r)}",', f'  "password": "{s}",', f'  "tenant": "{uid(r)}"', "}"], [s]


@P("auth0_cli_apps_show_box_table", True)
def _(r):
    s = rs(r, 64, AN + "-_")
    cid = rs(r, 32, AN)
    return ["  ┌───────────────┬──────────────────────────────────────────────────────────────────┐",
            f"  │ CLIENT ID     │ {cid:<64} │",
            f"  │ CLIENT SECRET │ {s} │",
            "  │ TYPE          │ Regular Web Application                                          │",
            "  └───────────────┴──────────────────────────────────────────────────────────────────┘"], [s]


@P("ldappasswd_new_password_flag", True)
def _(r):
    a, b = pw(r), pw(r)
    return [f"$ ldappasswd -H ldaps://{host(r, 'ldap')} -x -D cn=admin,dc=example,dc=com -w '{a}' -s '{b}' "
            "uid=wandb,ou=svc,dc=example,dc=com"], [a, b]


@P("gitlab_rb_smtp_password", True)
def _(r):
    p = pw(r)
    return ["gitlab_rails['smtp_enable'] = true", f"gitlab_rails['smtp_address'] = \"{host(r, 'smtp')}\"",
            "gitlab_rails['smtp_user_name'] = \"gitlab@example.com\"", f"gitlab_rails['smtp_password'] = \"{p}\""], [p]


@P("django_settings_email_host_password", False)
def _(r):
    p = pw(r)
    return [f"EMAIL_HOST = '{host(r, 'smtp')}'", "EMAIL_HOST_USER = 'alerts'", f"EMAIL_HOST_PASSWORD = '{p}'", "EMAIL_USE_TLS = True"], [p]


# ---------------------------------------------------------------- CI
@P("jenkins_cli_auth_api_token", True)
def _(r):
    t = "11" + hx(r, 32)
    return [f"$ java -jar jenkins-cli.jar -s https://ci.{dom(r)}/ -auth {user(r)}:{t} build wandb-deploy -p TAG=0.62.1"], [t]


@P("gh_secret_set_body", True)
def _(r):
    k = wbkey(r)
    return [f"$ gh secret set WANDB_API_KEY --repo ml/{rs(r, 6, LOW)} --body \"{k}\"", "✓ Set Actions secret WANDB_API_KEY for ml/train"], [k]


# ---------------------------------------------------------------- unusual placements
@P("url_fragment_access_token", True)
def _(r):
    t = rs(r, 43, AN + "-_")
    return [f'{ip(r)} - - [{r.randint(1, 28):02d}/Mar/2026:{hms(r)} +0000] "GET /silent-renew.html HTTP/1.1" 200 512 '
            f'"https://{host(r, "wandb")}/oidc/callback#access_token={t}&token_type=Bearer&expires_in=3600" "Mozilla/5.0"'], [t]


@P("json_escaped_slash_url_api_key", False)
def _(r):
    k = rs(r, 32, AN)
    return [f'{{"level":"warn","ts":"{ts(r)}","msg":"webhook failed","url":"https:\\/\\/hooks.{dom(r)}\\/v1\\/notify?api_key={k}&src=wandb","status":502}}'], [k]


@P("terminal_wrap_split_value", False)
def _(r):
    p = rs(r, 30, AN)
    pre = f"      MYSQL_PASSWORD:                {p[:14]}"
    return ["    Environment:", f"      MYSQL_HOST:                    {host(r, 'db')}", pre, p[14:] + "  (v1:wandb-mysql-creds)"], [p[:14], p[14:]]


@P("yaml_comment_old_password", True)
def _(r):
    a, b = pw(r), pw(r)
    return ["mysql:", f"  host: {host(r, 'db')}", f"  # old password (rotated 2026-02): {a}", f"  password: \"{b}\""], [a, b]


@P("fullwidth_colon_value", False)
def _(r):
    p = pw(r)
    return [f"【本番】W&B 管理者パスワード：{p}（変更禁止）"], [p]


@P("psql_unicode_border_table", False)
def _(r):
    a, b = pw(r), pw(r)
    return ["┌─────────────┬──────────────────────────────┐", "│    name     │            value             │",
            "├─────────────┼──────────────────────────────┤", f"│ smtp_pass   │ {a:<28} │", f"│ ldap_bindpw │ {b:<28} │",
            "└─────────────┴──────────────────────────────┘"], [a, b]


@P("html_hidden_input_client_secret", True)
def _(r):
    s = rs(r, 40, AN)
    return ['<form method="post" action="/oauth/token">', '  <input type="hidden" name="client_id" value="wandb-web">',
            f'  <input type="hidden" name="client_secret" value="{s}">', "</form>"], [s]


@P("sshpass_p_flag", True)
def _(r):
    p = pw(r)
    return [f"$ sshpass -p '{p}' ssh -o StrictHostKeyChecking=no ops@{ip(r)} 'sudo journalctl -u wandb --since -1h'"], [p]


@P("ps_java_system_property_password", False)
def _(r):
    p = pw(r)
    return [f"wandb    {r.randint(1000, 9999)}  2.1  8.3 4812312 1363200 ?   Sl   Mar02  41:10 /usr/bin/java -Xmx2g "
            f"-Dspring.datasource.password={p} -jar /opt/app/app.jar"], [p]


@P("nginx_referer_token_param", False)
def _(r):
    t = rs(r, 40, AN)
    return [f'{ip(r)} - - [{r.randint(1, 28):02d}/Apr/2026:{hms(r)} +0000] "GET /static/app.js HTTP/2.0" 200 10231 '
            f'"https://{host(r, "wandb")}/invite/accept?token={t}" "Mozilla/5.0 (X11; Linux x86_64)"'], [t]


# ---------------------------------------------------------------- VPN / keys
@P("wireguard_conf_private_psk", True)
def _(r):
    a, b = b64(r, 32), b64(r, 32)
    return ["[Interface]", f"PrivateKey = {a}", "Address = 10.77.0.2/32", "", "[Peer]", f"PublicKey = {b64(r, 32)}",
            f"PresharedKey = {b}", f"Endpoint = {ip(r)}:51820"], [a.rstrip("="), b.rstrip("=")]


@P("age_secret_key_file", True)
def _(r):
    s = rs(r, 58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")
    return [f"# created: 2026-0{r.randint(1, 9)}-1{r.randint(0, 9)}T10:00:00Z", "# public key: age1" + rs(r, 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
            f"AGE-SECRET-KEY-1{s}"], [s]


@P("openvpn_auth_user_pass_file", False)
def _(r):
    p = pw(r)
    return ["$ sudo cat /etc/openvpn/client/auth.txt", "wandb-ops", p], [p]


@P("openvpn_inline_tls_auth_static_key", True)
def _(r):
    rows = [hx(r, 32) for _ in range(16)]
    return ["<tls-auth>", "-----BEGIN OpenVPN Static key V1-----"] + rows + \
           ["-----END OpenVPN Static key V1-----", "</tls-auth>"], rows


@P("tailscale_up_authkey", True)
def _(r):
    k = rs(r, 32, AN)
    return [f"$ sudo tailscale up --authkey=tskey-auth-{rs(r, 11, AN)}CNTRL-{k} --hostname=wandb-{rs(r, 4, LOW)}"], [k]


@P("cloudflared_tunnel_token", True)
def _(r):
    blob = json.dumps({"a": hx(r, 32), "t": uid(r), "s": base64.b64encode(rbytes(r, 32)).decode()}, separators=(",", ":"))
    tok = base64.b64encode(blob.encode()).decode()
    return ["$ cloudflared tunnel --no-autoupdate run --token " + tok], [tok.rstrip("=")]


# ---------------------------------------------------------------- storage
@P("s3fs_passwd_file", True)
def _(r):
    sk = awssk(r)
    return ["$ cat /etc/passwd-s3fs", f"{akid(r)}:{sk}"], [sk]


@P("radosgw_admin_user_create_json", True)
def _(r):
    sk = rs(r, 40, AN)
    return ['    "keys": [', "        {", '            "user": "wandb",', f'            "access_key": "{rs(r, 20, UP + DIG)}",',
            f'            "secret_key": "{sk}"', "        }"], [sk]


@P("gsutil_hmac_create_output", True)
def _(r):
    s = rs(r, 40, AN + "/+")
    return [f"$ gsutil hmac create wandb-bucket@proj-{rs(r, 5, LOW)}.iam.gserviceaccount.com", f"Access ID:   GOOG1E{rs(r, 55, UP + DIG)}",
            f"Secret:      {s}"], [s]


@P("airflow_connections_get_yaml", True)
def _(r):
    p = pw(r)
    return ["$ airflow connections get wandb_mysql -o yaml", "- conn_id: wandb_mysql", "  conn_type: mysql",
            f"  host: {host(r, 'db')}", "  login: wandb", f"  password: {p}", "  port: 3306"], [p]


@P("dvc_config_local_remote_subsection", True)
def _(r):
    sk = awssk(r)
    return ["['remote \"minio\"']", "    url = s3://wandb-dvc", f"    endpointurl = http://{host(r, 'minio')}:9000",
            f"    access_key_id = {akid(r)}", f"    secret_access_key = {sk}"], [sk]


@P("mysqlrouter_bootstrap_uri", True)
def _(r):
    p = pw(r, punct="-_.!*~")
    return [f"$ mysqlrouter --bootstrap root:{p}@{host(r, 'mysql-0')}:3306 --directory /var/lib/mysqlrouter --user=mysqlrouter"], [p]


@P("percona_toolkit_dsn", True)
def _(r):
    p = pw(r, punct="-_.!#%*+~^")
    return [f"$ pt-table-checksum h={host(r, 'mysql-0')},u=root,p={p},P=3306 --replicate=percona.checksums --databases wandb_local"], [p]


@P("buildkite_agent_cfg_token", True)
def _(r):
    t = hx(r, 50)
    return ["# /etc/buildkite-agent/buildkite-agent.cfg", f'token="{t}"', 'name="%hostname-%spawn"', 'tags="queue=gpu"'], [t]


@P("azp_agent_config_sh_pat", True)
def _(r):
    t = rs(r, 52, LOW + DIG)
    return [f"$ ./config.sh --unattended --url https://dev.azure.com/{rs(r, 6, LOW)} --auth pat --token {t} --pool gpu --agent wandb-01"], [t]


@P("ssmtp_conf_authpass", True)
def _(r):
    p = pw(r)
    return [f"mailhub={host(r, 'smtp')}:587", "AuthUser=alerts@example.com", f"AuthPass={p}", "UseSTARTTLS=YES"], [p]


@P("nats_server_conf_authorization", True)
def _(r):
    p = pw(r)
    return ["port: 4222", "authorization {", "  user: wandb", f'  password: "{p}"', "  timeout: 2", "}"], [p]


@P("vector_sink_auth_toml", True)
def _(r):
    p = pw(r)
    return ["[sinks.es.auth]", 'strategy = "basic"', 'user = "vector"', f'password = "{p}"'], [p]


@P("grafana_alloy_basic_auth_block", True)
def _(r):
    p = rs(r, 40, AN + "=")
    return ['prometheus.remote_write "default" {', "  endpoint {", f'    url = "https://{host(r, "grafana")}/api/prom/push"',
            "    basic_auth {", f'      username = "{r.randint(100000, 999999)}"', f'      password = "{p}"', "    }"], [p]


@P("celery_flower_basic_auth_flag", True)
def _(r):
    p = pw(r, punct="-_.!#%*+=~^")
    return [f"$ celery -A worker flower --port=5555 --basic_auth=ops:{p}"], [p]


@P("juicefs_format_keys", True)
def _(r):
    sk = awssk(r)
    return [f"$ juicefs format --storage s3 --bucket http://{host(r, 'minio')}:9000/jfs --access-key {akid(r)} --secret-key {sk} "
            f"redis://{host(r, 'redis')}:6379/1 wandb-cache"], [sk]


# ================================================================= negatives
@N("nix_store_paths_hashes")
def _(r):
    return [f"/nix/store/{rs(r, 32, '0123456789abcdfghijklmnpqrsvwxyz')}-openssl-3.0.{r.randint(10, 15)}",
            f"/nix/store/{rs(r, 32, '0123456789abcdfghijklmnpqrsvwxyz')}-mysql-client-8.0.{r.randint(30, 40)}"]


@N("consul_acl_token_list_secret_hidden")
def _(r):
    return [f"AccessorID:       {uid(r)}", "SecretID:         <hidden>", "Description:      wandb agent token",
            "Local:            false", f"Create Time:      2026-03-0{r.randint(1, 9)} 10:11:12 +0000 UTC"]


@N("wireguard_peer_public_key_only")
def _(r):
    return ["[Peer]", f"PublicKey = {b64(r, 32)}", "AllowedIPs = 10.77.0.0/24", f"Endpoint = {ip(r)}:51820",
            "PersistentKeepalive = 25"]


@N("age_recipients_public")
def _(r):
    return ["# .sops.yaml creation rule recipients", "creation_rules:", "  - path_regex: secrets/.*\\.yaml$",
            f"    age: age1{rs(r, 58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}"]


@N("cosign_verify_signature_json")
def _(r):
    return [f'[{{"critical":{{"identity":{{"docker-reference":"registry.example.com/wandb/local"}},"image":{{"docker-manifest-digest":"sha256:{hx(r, 64)}"}},"type":"cosign container image signature"}},"optional":{{"Bundle":{{"SignedEntryTimestamp":"{b64(r, 72)}"}}}}}}]']


@N("vault_agent_template_stanza")
def _(r):
    k = r.choice(["mysql", "smtp", "oidc", "redis", "ldap"])
    return ["template {", f'  destination = "/vault/secrets/{k}.env"', '  contents = <<EOT',
            f'{{{{ with secret "kv/data/wandb/{k}" }}}}{k.upper()}_PASSWORD={{{{ .Data.data.password }}}}{{{{ end }}}}', "EOT",
            f"  perms = \"0{r.choice([400, 440, 600, 640])}\"", "}"]


@N("secret_file_path_settings")
def _(r):
    v = r.choice(["MYSQL_PASSWORD_FILE", "REDIS_PASSWORD_FILE", "LICENSE_FILE", "OIDC_CLIENT_SECRET_FILE"])
    return [f"{v}=/run/secrets/{v.lower().replace('_file', '')}", f"password_file: /etc/wandb/creds/{r.choice(['smtp', 'ldap', 'mysql'])}_password",
            f"tls_key_file: /etc/ssl/private/wandb-{rs(r, 4, LOW)}.key"]


@N("csi_secret_provider_class_objects")
def _(r):
    return ["  parameters:", "    objects: |", "      - objectName: \"wandb-mysql-password\"", "        objectType: \"secretsmanager\"",
            f"        objectVersionId: \"{uid(r)}\""]


@N("secretsmanager_arn_reference")
def _(r):
    return [f"MYSQL_SECRET_ARN=arn:aws:secretsmanager:us-east-1:{r.randint(10**11, 10**12 - 1)}:secret:wandb/mysql-{rs(r, 6, AN)}",
            f"kms_key_id = \"arn:aws:kms:us-east-1:{r.randint(10**11, 10**12 - 1)}:key/{uid(r)}\""]


@N("onepassword_secret_references_env")
def _(r):
    return ['WANDB_API_KEY="op://Infra/wandb-admin/credential"', 'MYSQL_PASSWORD="op://Infra/wandb-mysql/password"',
            f"# op run --env-file=.env.tpl -- ./deploy.sh  (account {rs(r, 26, UP + DIG)})"]


@N("pydantic_secretstr_repr_masked")
def _(r):
    return [f"{ts(r)} DEBUG settings loaded: Settings(base_url='https://wandb.example.com', api_key=SecretStr('**********'), "
            f"timeout={r.randint(5, 60)})"]


@N("rust_secrecy_redacted_debug")
def _(r):
    return [f"[{ts(r)} DEBUG wbsync] Credentials {{ user: \"ops\", token: Secret([REDACTED alloc::string::String]) }}"]


@N("kotlin_tostring_hidden_field")
def _(r):
    return [f"{ts(r)} INFO  DbProps(url=jdbc:mysql://db.example.com:3306/wandb, username=wandb, password=<hidden>, pool={r.randint(5, 30)})"]


@N("mysql_password_lifetime_variables")
def _(r):
    return ["+--------------------------+-------+", "| Variable_name            | Value |", "+--------------------------+-------+",
            f"| default_password_lifetime| {r.randint(0, 365):<5} |", f"| password_history         | {r.randint(0, 10):<5} |",
            f"| password_reuse_interval  | {r.randint(0, 365):<5} |", "| password_require_current | OFF   |"]


@N("pg_hba_and_password_encryption")
def _(r):
    return ["password_encryption = scram-sha-256", "# TYPE  DATABASE  USER   ADDRESS        METHOD",
            f"host    wandb     wandb  10.{r.randint(0, 255)}.0.0/16   scram-sha-256", "local   all       all                   peer"]


@N("redis_config_get_empty_requirepass")
def _(r):
    p = f"{host(r, 'redis')}:{r.choice([6379, 6380, 7000])}"
    return [f"{p}> CONFIG GET requirepass", '1) "requirepass"', '2) ""',
            f"{p}> CONFIG GET masterauth", '1) "masterauth"', '2) ""']


@N("keycloak_password_policy_string")
def _(r):
    return [f'  "passwordPolicy": "length({r.randint(8, 16)}) and digits(1) and upperCase(1) and notUsername(undefined) and passwordHistory({r.randint(1, 5)})",',
            '  "bruteForceProtected": true,', f'  "maxFailureWaitSeconds": {r.randint(60, 900)},']


@N("ldap_ppolicy_attributes")
def _(r):
    return ["dn: cn=default,ou=policies,dc=example,dc=com", "objectClass: pwdPolicy", f"pwdMaxAge: {r.randint(1, 9) * 86400}",
            f"pwdMinLength: {r.randint(8, 14)}", "pwdMustChange: TRUE", "pwdAttribute: userPassword"]


@N("jwt_header_segment_only")
def _(r):
    h = base64.urlsafe_b64encode(json.dumps({"alg": "RS256", "typ": "JWT", "kid": hx(r, 16)}, separators=(",", ":")).encode()).decode().rstrip("=")
    return [f"{ts(r)} DEBUG oidc: token header={h} verifying with jwks kid from https://auth.example.com/.well-known/jwks.json"]


@N("oauth_error_invalid_client_json")
def _(r):
    return [f'{{"error":"invalid_client","error_description":"Invalid client or Invalid client credentials","request_id":"{uid(r)}"}}',
            f"{ts(r)} WARN  oidc token exchange failed for client_id=wandb-server (client_secret_basic)"]


@N("oidc_auth_methods_supported_list")
def _(r):
    return ['  "token_endpoint_auth_methods_supported": [', '    "client_secret_basic",', '    "client_secret_post",',
            '    "private_key_jwt"', "  ],", f'  "id_token_signing_alg_values_supported": ["RS256", "ES{r.choice([256, 384])}"],', f'  "issuer": "https://{host(r, "auth")}/realms/{r.choice(["wandb", "ml", "corp"])}",']


@N("wandb_run_config_token_named_hparams")
def _(r):
    return [f"max_tokens: {r.randint(256, 8192)}", f"num_key_value_heads: {r.choice([4, 8])}", f"key_dim: {r.choice([64, 128])}",
            f"token_budget_per_step: {r.randint(10000, 99999)}", f"secret_sauce_ratio: {r.random():.4f}"]


@N("wandb_graphql_relay_ids_base64")
def _(r):
    a = base64.b64encode(f"Artifact:{r.randint(10**8, 10**9)}".encode()).decode()
    rn = base64.b64encode(f"Run:v1:{rs(r, 8, LOW + DIG)}:proj:ml".encode()).decode()
    return [f'{{"data":{{"artifact":{{"id":"{a}","digest":"{hx(r, 32)}","state":"COMMITTED"}}}}}}', f'{{"run":{{"id":"{rn}","name":"{rs(r, 8, LOW + DIG)}"}}}}']


@N("git_verify_commit_gpg_output")
def _(r):
    return [f"gpg: Signature made Tue {r.randint(1, 28)} Mar 2026 10:11:12 AM UTC", f"gpg:                using RSA key {hx(r, 40).upper()}",
            "gpg: Good signature from \"Release Bot <release@example.com>\" [ultimate]"]


@N("go_version_m_build_info")
def _(r):
    return ["/usr/local/bin/wbdaemon: go1.22.5", "\tpath\texample.com/wbdaemon", f"\tdep\tgithub.com/go-sql-driver/mysql\tv1.8.1\th1:{b64(r, 32)}",
            f"\tbuild\tvcs.revision={hx(r, 40)}", f"\tbuild\tvcs.time=2026-0{r.randint(1, 9)}-10T10:00:00Z"]


@N("docker_images_digests_table")
def _(r):
    return ["REPOSITORY          TAG       DIGEST                                                                    IMAGE ID       CREATED       SIZE",
            f"wandb/local         0.62.{r.randint(0, 9)}    sha256:{hx(r, 64)}   {hx(r, 12)}   2 weeks ago   2.1GB"]


@N("pod_checksum_annotations")
def _(r):
    return ["  annotations:", f"    checksum/config: {hx(r, 64)}", f"    checksum/secret: {hx(r, 64)}",
            f"    kubectl.kubernetes.io/restartedAt: \"{ts(r)}\""]


@N("w3c_traceparent_b3_headers")
def _(r):
    return [f"traceparent: 00-{hx(r, 32)}-{hx(r, 16)}-01", f"b3: {hx(r, 32)}-{hx(r, 16)}-1-{hx(r, 16)}", f"x-request-id: {uid(r)}"]


@N("s3_response_request_id_headers")
def _(r):
    return ["< HTTP/1.1 200 OK", f"< x-amz-id-2: {b64(r, 56)}", f"< x-amz-request-id: {rs(r, 16, UP + DIG)}",
            f'< ETag: "{hx(r, 32)}-{r.randint(2, 40)}"', "< x-amz-server-side-encryption: AES256"]


@N("gcs_x_goog_hash_headers")
def _(r):
    return ["< HTTP/2 200", f"< x-goog-hash: crc32c={b64(r, 4)}", f"< x-goog-hash: md5={b64(r, 16)}",
            f"< x-goog-generation: {r.randint(10**15, 10**16)}", f"< x-goog-stored-content-length: {r.randint(1000, 9999999)}"]


@N("azure_blob_response_ids")
def _(r):
    return [f"x-ms-request-id: {uid(r)}", f"x-ms-client-request-id: {uid(r)}", f"x-ms-content-crc64: {b64(r, 8)}",
            f"Content-MD5: {b64(r, 16)}", "x-ms-version: 2023-11-03"]


@N("openssl_s_client_session_no_master")
def _(r):
    return ["SSL-Session:", "    Protocol  : TLSv1.3", "    Cipher    : TLS_AES_256_GCM_SHA384", f"    Session-ID: {hx(r, 64).upper()}",
            "    Session-ID-ctx: ", "    Resumption PSK: <not shown>"]


@N("x509_text_public_fields")
def _(r):
    return ["        Serial Number:", "            " + ":".join(hx(r, 2) for _ in range(16)),
            "            X509v3 Subject Key Identifier: ", "                " + ":".join(hx(r, 2).upper() for _ in range(20)),
            "            Public-Key: (2048 bit)"]


@N("nats_operator_public_nkeys")
def _(r):
    return [f"operator: O{rs(r, 55, B32)}", f"system_account: A{rs(r, 55, B32)}", "resolver: MEMORY",
            "resolver_preload: {", f"  A{rs(r, 55, B32)}: /etc/nats/accounts/wandb.jwt", "}"]


@N("passphrase_and_otp_prompts")
def _(r):
    return [f"Enter passphrase for key '/home/ops/.ssh/id_ed25519':", "Verification code: ", "Vault password (default): ",
            f"[sudo] password for {user(r)}: ", "Sorry, try again."]


@N("prose_api_key_guidance")
def _(r):
    return ["Your W&B API key is a 40-character hexadecimal string; rotate it from User Settings > API keys.",
            f"Never paste the key in support tickets. Ticket #{r.randint(10000, 99999)} was updated to remove the credential.",
            "Use `wandb login --relogin` after rotating."]


@N("aws_configure_list_masked")
def _(r):
    return ["      Name                    Value             Type    Location", "      ----                    -----             ----    --------",
            "   profile                <not set>             None    None",
            f"access_key     ****************{rs(r, 4, UP + DIG)} shared-credentials-file",
            f"secret_key     ****************{rs(r, 4, AN)} shared-credentials-file"]


@N("gh_auth_status_masked_token")
def _(r):
    return ["github.com", f"  ✓ Logged in to github.com account {user(r)} (keyring)", "  - Active account: true",
            "  - Git operations protocol: https", "  - Token: gho_************************************", "  - Token scopes: 'gist', 'read:org', 'repo'"]


@N("empty_and_null_credentials")
def _(r):
    k = r.choice(["SMTP_PASSWORD", "LDAP_BIND_PASSWORD", "REDIS_PASSWORD", "OIDC_CLIENT_SECRET"])
    return [f"{k}=", f'{r.choice(["password", "bindPassword", "smtpPassword"])}: ""', f"{r.choice(['token', 'apiKey', 'license'])}: ~",
            "client_secret: null", f"{k.lower()}=''"]


@N("template_placeholders_mixed")
def _(r):
    return ['          password: "{{ .Values.mysql.password }}"', "        env:", "          WANDB_API_KEY: ${{ secrets.WANDB_API_KEY }}",
            f"          REDIS_URL: redis://:$(REDIS_PASSWORD)@redis-{r.randint(0, 3)}:6379", f"          LICENSE: ${{WANDB_LICENSE:?missing}}  # {hms(r)}"]


@N("image_pull_secrets_and_tls_names")
def _(r):
    return ["      imagePullSecrets:", f"        - name: regcred-{rs(r, 4, LOW)}", "  tls:", "    - hosts: [wandb.example.com]",
            "      secretName: wandb-tls"]


@N("terraform_variable_sensitive_decl")
def _(r):
    return [f'variable "{r.choice(["db_password", "license", "oidc_secret", "smtp_password", "api_key"])}" {{', '  type      = string', "  sensitive = true",
            f"  nullable  = {r.choice(['true', 'false'])}",
            '  description = "Supplied via TF_VAR_ at apply time"', "}"]


@N("vault_policy_paths_hcl")
def _(r):
    return [f'path "secret/data/wandb/{r.choice(["mysql", "smtp", "oidc"])}" {{', '  capabilities = ["read"]', "}",
            f'path "{r.choice(["auth/token/renew-self", "auth/token/lookup-self", "sys/leases/renew"])}" {{', '  capabilities = ["update"]', "}"]


@N("sha256sum_release_files")
def _(r):
    return [f"{hx(r, 64)}  wandb-server-0.62.{r.randint(0, 9)}-linux-amd64.tar.gz", f"{hx(r, 64)}  wbdiag_linux_arm64.tar.gz",
            "wbdiag_linux_arm64.tar.gz: OK"]


@N("html_sri_integrity_attrs")
def _(r):
    return [f'<script src="/static/js/main.{hx(r, 8)}.js" integrity="sha384-{b64(r, 48)}" crossorigin="anonymous"></script>',
            f'<link rel="stylesheet" href="/static/css/app.{hx(r, 8)}.css" integrity="sha256-{b64(r, 32)}">']


@N("ssh_keyscan_host_keys")
def _(r):
    return [f"# {ip(r)}:22 SSH-2.0-OpenSSH_9.6", f"{ip(r)} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{b64(r, 32)[:43]}",
            f"{ip(r)} ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB{b64(r, 64)[:86]}="]


@N("data_uri_png_in_html_log")
def _(r):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa" + rbytes(r, 30)
    return [f'<img alt="wandb" src="data:image/png;base64,{base64.b64encode(png).decode()}">']


@N("password_reset_event_log")
def _(r):
    return [f"{ts(r)} INFO  auth: password reset link sent to {user(r)}@example.com (expires in 30m, request {uid(r)})",
            f"{ts(r)} INFO  auth: password changed for user id {r.randint(100, 9999)}; sessions revoked: {r.randint(0, 5)}"]


@N("secret_named_prometheus_metrics")
def _(r):
    return ["# HELP vault_token_count Number of tokens in the token store", "# TYPE vault_token_count gauge",
            f"vault_token_count{{namespace=\"root\"}} {r.randint(1, 5000)}",
            f"wandb_api_key_lookups_total{{result=\"miss\"}} {r.randint(0, 100000)}",
            f"secrets_store_refresh_seconds_bucket{{le=\"0.5\"}} {r.randint(0, 999)}"]


@N("hash_algorithm_and_cost_settings")
def _(r):
    return ["PASSWORD_HASHERS = [\"django.contrib.auth.hashers.Argon2PasswordHasher\"]", f"bcrypt_rounds: {r.randint(10, 14)}",
            "token_signing_algorithm: ES256", f"session_key_rotation_days: {r.randint(1, 90)}", "secret_backend: vault"]


@N("bearer_token_type_response_meta")
def _(r):
    return [f'{{"token_type":"Bearer","expires_in":{r.randint(300, 86400)},"scope":"openid profile email","refresh_expires_in":0,"not-before-policy":0}}']


@N("docker_info_registry_user")
def _(r):
    return [" Username: " + user(r), " Registry: https://index.docker.io/v1/", " Labels:", f"  node-id={rs(r, 25, LOW + DIG)}",
            " Experimental: false"]


@N("kubectl_describe_sa_token_volume")
def _(r):
    return ["    Mounts:", f"      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-{rs(r, 5, LOW + DIG)} (ro)",
            "  kube-api-access-x:", "    Type:                    Projected (a volume that contains injected data from multiple sources)",
            "    TokenExpirationSeconds:  3607"]


@N("sops_encrypted_values_yaml")
def _(r):
    return [f"mysql_password: ENC[AES256_GCM,data:{b64(r, 18)},iv:{b64(r, 32)},tag:{b64(r, 16)},type:str]",
            "sops:", f"    lastmodified: \"{ts(r)}\"", f"    version: 3.{r.randint(7, 9)}.1"]


@N("uuid_heavy_audit_log")
def _(r):
    return [json.dumps({"ts": ts(r), "actor": uid(r), "action": "api_key:create", "key_id": rs(r, 12, LOW + DIG),
                        "entity_id": uid(r), "trace_id": hx(r, 32)})]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    names = set()
    with open(os.path.join(here, "positives.jsonl"), "w", encoding="utf-8", newline="\n") as fp:
        for name, _new, f in POS:
            assert name not in names, name
            names.add(name)
            for _ in range(3):
                for _try in range(200):
                    lines, secrets = f(R)
                    if ok(lines, secrets):
                        break
                else:
                    raise SystemExit(f"could not draw a passing record for {name}")
                fp.write(json.dumps({"shape": name, "lines": lines, "secrets": secrets}, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "negatives.jsonl"), "w", encoding="utf-8", newline="\n") as fn:
        for name, f in NEG:
            assert name not in names, name
            names.add(name)
            emitted = []
            for _ in range(5):
                for _try in range(200):
                    lines = f(R)
                    if lines not in emitted:
                        break
                emitted.append(lines)
                fn.write(json.dumps({"shape": name, "lines": lines}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
