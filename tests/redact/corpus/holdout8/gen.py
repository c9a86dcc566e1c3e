#!/usr/bin/env python3
"""holdout8 generator: sealed held-out set for the wbdiag secret redactor.

Python 3 stdlib only. Fixed seed. Writes positives.jsonl and negatives.jsonl
byte for byte on every run. Every value is synthetic (seeded RNG).
"""
import base64
import json
import os
import random
import string
import urllib.parse

SEED = 8080808
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
B64C = ALNUM + "+/"
URLC = ALNUM + "-_"
HEXC = "0123456789abcdef"


def s(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def A(n):
    return s(ALNUM, n)


def H(n):
    return s(HEXC, n)


def L(n):
    return s(LOW + DIG, n)


def U(n):
    return s(URLC, n)


def B(n):
    return s(B64C, n)


def PW(n, extra="!#%^*-_.+=~"):
    while True:
        v = s(ALNUM + extra, n)
        if any(c in extra for c in v) and any(c in DIG for c in v):
            return v


def uuid():
    h = H(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def b64(x):
    return base64.b64encode(x.encode()).decode()


def b64np(x):
    return b64(x).rstrip("=")


def pick(*xs):
    return R.choice(xs)


def ts():
    return "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23),
                                                  R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def ts_sp():
    return ts().replace("T", " ").rstrip("Z")


def ts_comma():
    t = ts_sp()
    return t[:19] + "," + t[20:]


def host():
    return pick("wandb.example.com", "ml.example.org", "wb.corp.example.net", "wandb.internal.example.com",
                "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 250)))


def dbhost():
    return pick("mysql.wandb.svc.cluster.local", "wandb-db.cluster-c1x.example.internal", "10.20.%d.%d" % (
        R.randint(0, 255), R.randint(2, 250)), "db01.example.net", "aurora-wandb.example.com")


def user3():
    # user names whose length + 1 is a multiple of 3 (clean base64 suffix for user:pass)
    return pick("admin", "wbsvc", "wandb", "mlops", "sa-ml", "scim-bot")


def basic(user, pw):
    assert (len(user) + 1) % 3 == 0
    enc = b64(user + ":" + pw)
    return enc, enc[(len(user) + 1) // 3 * 4:].rstrip("=")


def jwt():
    hdr = b64(json.dumps({"alg": "RS256", "typ": "JWT", "kid": L(10)}, separators=(",", ":"))).rstrip("=")
    hdr = hdr.replace("+", "-").replace("/", "_")
    pl = b64(json.dumps({"sub": L(12), "iss": "https://" + host(), "exp": R.randint(1700000000, 1900000000)},
                        separators=(",", ":"))).rstrip("=").replace("+", "-").replace("/", "_")
    sig = U(86)
    return hdr + "." + pl + "." + sig, sig


def b64_embed(tpl, secret, suffix):
    """base64 of tpl(with {PAD})+secret+suffix; returns (encoded, listed chars that encode secret bytes only)."""
    for k in range(3):
        p = tpl.replace("{PAD}", " " * k)
        if len(p.encode()) % 3 == 0:
            break
    full = (p + secret + suffix).encode()
    enc = base64.b64encode(full).decode()
    pl = len(p.encode())
    n = len(secret.encode()) // 3 * 3
    return enc, enc[pl // 3 * 4:(pl + n) // 3 * 4]


def pct(x):
    return urllib.parse.quote(x, safe="")


def wkey():
    return H(40)


def akid():
    return "AKIA" + s(UP + "234567", 16)


def asid():
    return "ASIA" + s(UP + "234567", 16)


def awssecret():
    return B(40)


def ststoken():
    return "IQoJb3JpZ2luX2Vj" + B(R.randint(220, 300))


def check(lines, secrets):
    if not secrets:
        return False
    for x in secrets:
        if len(x) < 8 or not any(x in l for l in lines):
            return False
    text = "\n".join(lines)
    for x in sorted(secrets, key=len, reverse=True):
        text = text.replace(x, "\x00")
    for x in secrets:
        for i in range(len(x) - 5):
            if x[i:i + 6] in text:
                return False
    return True


POS = []
NEG = []


def P(name, new=True):
    def deco(fn):
        POS.append((name, new, fn))
        return fn
    return deco


def N(name):
    def deco(fn):
        NEG.append((name, fn))
        return fn
    return deco

# ---------------------------------------------------------------- W&B
@P("wandb_login_relogin_script_typescript", new=False)
def _(r):
    k = wkey(); h = host()
    return ["Script started on %s [TERM=\"xterm-256color\" TTY=\"/dev/pts/%d\"]" % (ts_sp(), R.randint(0, 9)),
            "$ echo local-%s | wandb login --relogin --host https://%s" % (k, h),
            "wandb: Logging into %s. (Learn how to deploy a W&B server locally: https://wandb.me/wandb-server)" % h,
            "wandb: Appending key for %s to your netrc file: /home/%s/.netrc" % (h, pick("ops", "mlops", "alice")),
            "Script done on %s [COMMAND_EXIT_CODE=\"0\"]" % ts_sp()], [k]


@P("wandb_launch_queue_resource_args_env_literal")
def _(r):
    k = wkey(); m = PW(20, "-_.")
    return ["{", "  \"resource_args\": {", "    \"kubernetes\": {",
            "      \"kind\": \"Job\", \"spec\": {\"template\": {\"spec\": {\"containers\": [{",
            "        \"env\": [{\"name\": \"WANDB_API_KEY\", \"value\": \"local-%s\"}," % k,
            "                {\"name\": \"HF_HUB_OFFLINE\", \"value\": \"1\"}, {\"name\": \"PGPASSWORD\", \"value\": \"%s\"}]" % m,
            "      }]}}}}", "  }", "}"], [k, m]


@P("wandb_sweep_yaml_command_env_prefix")
def _(r):
    k = wkey()
    return ["program: train.py", "method: bayes", "metric:", "  name: val/loss", "  goal: minimize", "command:",
            "  - env", "  - WANDB_API_KEY=local-%s" % k, "  - ${interpreter}", "  - ${program}", "  - ${args}"], [k]


@P("wandb_local_docker_run_env_mysql_license")
def _(r):
    p = PW(18, "-_."); t, sig = jwt()
    return ["$ docker run -d --restart unless-stopped -v wandb:/vol -p 8080:8080 --name wandb-local \\",
            "    -e HOST=https://%s \\" % host(),
            "    -e MYSQL=mysql://wandb_local:%s@%s:3306/wandb_local \\" % (p, dbhost()),
            "    -e LICENSE=%s \\" % t, "    wandb/local:0.%d.%d" % (R.randint(50, 70), R.randint(0, 9))], [p, sig]


@P("wandb_debug_cli_log_netrc_write")
def _(r):
    k = wkey(); h = host()
    return ["%s DEBUG   MainThread:%d [wandb_login.py:_login():%d] logging in" % (ts_comma(), R.randint(1000, 99999), R.randint(100, 400)),
            "%s DEBUG   MainThread:%d [netrc.py:write_netrc():%d] writing machine %s login user password local-%s" % (
                ts_comma(), R.randint(1000, 99999), R.randint(30, 90), h, k),
            "%s INFO    MainThread:%d [wandb_login.py:_login():%d] login succeeded for %s" % (ts_comma(), R.randint(1000, 99999), R.randint(100, 400), h)], [k]


@P("wandb_sdk_debug_log_settings_dict_api_key", new=False)
def _(r):
    k = wkey()
    return ["%s INFO    MainThread:%d [wandb_setup.py:_flush():%d] Current SDK version is 0.%d.%d" % (ts_comma(), R.randint(100, 9999), R.randint(60, 90), R.randint(16, 19), R.randint(0, 9)),
            "%s INFO    MainThread:%d [wandb_setup.py:_flush():%d] Loading settings from environment variables: {'api_key': '%s', 'base_url': 'https://%s', 'project': '%s'}" % (
                ts_comma(), R.randint(100, 9999), R.randint(60, 90), k, host(), pick("llm-ft", "vision", "rl-bench"))], [k]


@P("wandb_operator_cr_bucket_secretkey_redis_password", new=False)
def _(r):
    a = akid(); sk = awssecret(); rp = PW(24, "-_")
    return ["apiVersion: apps.wandb.com/v1", "kind: WeightsAndBiases", "metadata:", "  name: wandb", "spec:", "  values:",
            "    global:", "      bucket:", "        provider: s3", "        name: wandb-artifacts-%s" % L(5),
            "        accessKey: %s" % a, "        secretKey: %s" % sk, "      redis:", "        host: redis-master.wandb.svc",
            "        password: %s" % rp], [sk, rp]


@P("wandb_container_proc_environ_tr_nul")
def _(r):
    a = akid(); sk = A(40); p = PW(20, "-_.")
    return ["root@wandb-%s:/# tr '\\0' '\\n' < /proc/1/environ | sort" % L(6), "BUCKET_QUEUE=internal://",
            "BUCKET=s3://%s:%s@wandb-%s/" % (a, sk, L(6)), "HOSTNAME=wandb-%s" % L(10),
            "MYSQL=mysql://wandb:%s@%s:3306/wandb_local" % (p, dbhost()), "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin"], [sk, p]


@P("wandb_core_slog_json_bearer_header")
def _(r):
    t = U(48)
    return ['{"time":"%s","level":"DEBUG","msg":"api: sending request","method":"POST","url":"https://%s/graphql","headers":{"Authorization":["Bearer %s"],"User-Agent":["wandb-core"]}}' % (ts(), host(), t)], [t]


@P("kubectl_patch_wandb_cr_merge_license")
def _(r):
    t, sig = jwt()
    return ["kubectl -n wandb patch weightsandbiases wandb --type merge -p '{\"spec\":{\"values\":{\"global\":{\"license\":\"%s\"}}}}'" % t,
            "weightsandbiases.apps.wandb.com/wandb patched"], [sig]


@P("bash_history_numbered_wandb_sync_env")
def _(r):
    k = wkey(); n = R.randint(200, 900)
    return ["  %d  cd ~/runs/offline" % n, "  %d  WANDB_BASE_URL=https://%s WANDB_API_KEY=local-%s wandb sync --sync-all" % (n + 1, host(), k),
            "  %d  ls wandb/ | head" % (n + 2)], [k]


@P("wandb_settings_file_base_url_and_key_section", new=False)
def _(r):
    k = wkey()
    return ["[default]", "base_url = https://%s" % host(), "entity = %s" % pick("ml-team", "research", "platform"),
            "api_key=local-%s" % k, "anonymous = never"], [k]

# ---------------------------------------------------------------- SSO / OIDC / SCIM
@P("okta_apps_create_oauth_client_json")
def _(r):
    cs = U(64)
    return ['{', '  "id": "0oa%s",' % A(17), '  "name": "oidc_client",', '  "label": "Weights & Biases",',
            '  "credentials": {', '    "oauthClient": {', '      "client_id": "0oa%s",' % A(17),
            '      "client_secret": "%s",' % cs, '      "token_endpoint_auth_method": "client_secret_basic"', '    }', '  }', '}'], [cs]


@P("msgraph_add_password_secret_text_json")
def _(r):
    sec = s(ALNUM + "~._-", 40)
    return ['{', '  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.passwordCredential",',
            '  "customKeyIdentifier": null,', '  "displayName": "wandb-sso-%s",' % R.randint(2024, 2026),
            '  "endDateTime": "%s",' % ts(), '  "hint": "%s",' % sec[:3], '  "keyId": "%s",' % uuid(),
            '  "secretText": "%s",' % sec, '  "startDateTime": "%s"' % ts(), '}'], [sec]


@P("keycloak_realm_export_rsa_component_private_key")
def _(r):
    pk = "MIIEv" + B(180)
    return ['      "org.keycloak.keys.KeyProvider": [ {', '        "name": "rsa-generated",', '        "providerId": "rsa-generated",',
            '        "config": {', '          "privateKey": [ "%s" ],' % pk, '          "certificate": [ "MIIC%s" ],' % B(60),
            '          "priority": [ "100" ]', '        }'], [pk]


@P("gcloud_iap_oauth_client_create_yaml")
def _(r):
    sec = U(28)
    return ["$ gcloud iap oauth-clients create projects/%d/brands/%d --display_name=wandb-iap" % (R.randint(10**11, 10**12), R.randint(10**11, 10**12)),
            "displayName: wandb-iap", "name: projects/%d/brands/%d/identityAwareProxyClients/%d-%s.apps.googleusercontent.com" % (
                R.randint(10**11, 10**12), R.randint(10**11, 10**12), R.randint(10**11, 10**12), L(32)),
            "secret: GOCSPX-%s" % sec], [sec]


@P("auth0_deploy_cli_config_json")
def _(r):
    sec = U(64)
    return ['{', '  "AUTH0_DOMAIN": "wandb-%s.us.auth0.com",' % L(6), '  "AUTH0_CLIENT_ID": "%s",' % A(32),
            '  "AUTH0_CLIENT_SECRET": "%s",' % sec, '  "AUTH0_ALLOW_DELETE": false', '}'], [sec]


@P("dex_github_connector_client_secret_yaml", new=False)
def _(r):
    sec = H(40); st = U(24)
    return ["connectors:", "- type: github", "  id: github", "  name: GitHub", "  config:", "    clientID: Iv1.%s" % H(16),
            "    clientSecret: %s" % sec, "    redirectURI: https://dex.example.com/callback", "staticClients:",
            "- id: wandb", "  secret: %s" % st], [sec, st]


@P("keycloak_kc_sh_start_db_and_keystore_flags")
def _(r):
    p = PW(20, "-_."); k = PW(16, "-_")
    return ["/opt/keycloak/bin/kc.sh start --optimized --hostname=sso.example.com --db=mysql --db-url-host=%s \\" % dbhost(),
            "  --db-username=keycloak --db-password=%s \\" % p,
            "  --https-key-store-file=/etc/kc/ks.p12 --https-key-store-password=%s" % k], [p, k]


@P("gorilla_oidc_debug_token_exchange_body", new=False)
def _(r):
    at = U(40); rt = U(52)
    return ['{"level":"debug","ts":"%s","logger":"auth.oidc","msg":"token exchange response","status":200,"body":"{\\"access_token\\":\\"%s\\",\\"token_type\\":\\"Bearer\\",\\"expires_in\\":3600,\\"refresh_token\\":\\"%s\\"}"}' % (ts(), at, rt)], [at, rt]


@P("httpie_auth_flag_scim_users")
def _(r):
    u = pick("admin", "scim-bot", "ops"); k = wkey()
    return ["$ http GET https://%s/scim/Users -a %s:local-%s count==50" % (host(), u, k), "HTTP/1.1 200 OK",
            "Content-Type: application/scim+json"], [k]


@P("postman_environment_export_secret_value")
def _(r):
    cs = U(40); k = wkey()
    return ['{', '  "id": "%s",' % uuid(), '  "name": "wandb-prod",', '  "values": [',
            '    { "key": "client_id", "value": "wandb-%s", "type": "default", "enabled": true },' % L(6),
            '    { "key": "client_secret", "value": "%s", "type": "secret", "enabled": true },' % cs,
            '    { "key": "wb_key", "value": "local-%s", "type": "secret", "enabled": true }' % k, '  ],',
            '  "_postman_variable_scope": "environment"', '}'], [cs, k]


@P("authentik_blueprint_oauth2_provider_client_secret")
def _(r):
    cs = A(128)
    return ["version: 1", "entries:", "  - model: authentik_providers_oauth2.oauth2provider", "    identifiers:",
            "      name: wandb", "    attrs:", "      client_type: confidential", "      client_id: %s" % A(40),
            "      client_secret: %s" % cs, "      redirect_uris: https://%s/oidc/callback" % host()], [cs]


@P("pomerium_config_idp_secret_and_cookie_secret")
def _(r):
    cs = U(40); ck = B(43); ss = B(43)
    return ["authenticate_service_url: https://authenticate.example.com", "idp_provider: oidc",
            "idp_client_id: wandb-%s" % L(8), "idp_client_secret: %s" % cs, "cookie_secret: %s=" % ck,
            "shared_secret: %s=" % ss, "routes:", "  - from: https://%s" % host()], [cs, ck, ss]


@P("vouch_proxy_config_oauth_and_jwt_secret")
def _(r):
    js = A(44); cs = U(36)
    return ["vouch:", "  domains:", "  - example.com", "  jwt:", "    secret: %s" % js, "    maxAge: 240", "oauth:",
            "  provider: oidc", "  client_id: vouch-wandb", "  client_secret: %s" % cs,
            "  auth_url: https://idp.example.com/authorize"], [js, cs]

# ---------------------------------------------------------------- object stores
@P("aws_java_sdk_v2_request_log_security_token")
def _(r):
    t = ststoken()
    return ["%s DEBUG [main] software.amazon.awssdk.request: Sending Request: DefaultSdkHttpFullRequest(httpMethod=PUT, protocol=https, host=wandb-%s.s3.us-east-1.amazonaws.com, encodedPath=/media/run.json, headers=[amz-sdk-invocation-id, Content-Type, x-amz-security-token], queryParameters=[])" % (ts_sp(), L(6)),
            "%s DEBUG [main] software.amazon.awssdk.auth.signer.Aws4Signer: x-amz-security-token:%s" % (ts_sp(), t)], [t[16:]]


@P("aws_go_sdk_v2_log_signing_canonical_string")
def _(r):
    t = ststoken()
    return ["SDK %s DEBUG Request Signature:" % ts_sp()[:19].replace("-", "/"), "---[ CANONICAL STRING  ]-----------------------------",
            "GET", "/wandb-artifacts/", "list-type=2&prefix=runs%2F", "host:s3.us-west-2.amazonaws.com",
            "x-amz-date:2025%02d%02dT%02d%02d%02dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
            "x-amz-security-token:%s" % t, "", "host;x-amz-content-sha256;x-amz-date;x-amz-security-token"], [t[16:]]


@P("aws_configure_export_credentials_env", new=False)
def _(r):
    sk = awssecret(); t = ststoken()
    return ["$ aws configure export-credentials --profile wandb-prod --format env", "export AWS_ACCESS_KEY_ID=%s" % asid(),
            "export AWS_SECRET_ACCESS_KEY=%s" % sk, "export AWS_SESSION_TOKEN=%s" % t,
            "export AWS_CREDENTIAL_EXPIRATION=%s" % ts()[:19] + "+00:00"], [sk, t[16:]]


@P("aws_s3_presign_output_sts_token", new=False)
def _(r):
    t = ststoken(); sig = H(64)
    return ["$ aws s3 presign s3://wandb-%s/exports/run-%s.tar.gz --expires-in 600" % (L(5), L(8)),
            "https://wandb-%s.s3.amazonaws.com/exports/x.tar.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F20250301%%2Fus-east-1%%2Fs3%%2Faws4_request&X-Amz-Date=20250301T101010Z&X-Amz-Expires=600&X-Amz-SignedHeaders=host&X-Amz-Security-Token=%s&X-Amz-Signature=%s" % (
                L(5), asid(), pct(t), sig)], [pct(t)[16:], sig]


@P("gsutil_D_send_bearer_header")
def _(r):
    t = U(150)
    return ["DEBUG %s gsutil: send: b'GET /storage/v1/b/wandb-%s/o?alt=json&maxResults=1000 HTTP/1.1\\r\\nHost: storage.googleapis.com\\r\\ncontent-length: 0\\r\\nauthorization: Bearer ya29.%s\\r\\nuser-agent: apitools gsutil/5.27\\r\\n\\r\\n'" % (ts_sp(), L(6), t)], [t]


@P("azcopy_job_log_unredacted_sas_sig")
def _(r):
    raw = B(43) + "="; enc = pct(raw); lst = enc[:-3]
    return ["%s ==> REQUEST/RESPONSE (Try=1/%dms, OpTime=%dms) -- RESPONSE SUCCESSFULLY RECEIVED" % (ts_sp()[:19].replace("-", "/"), R.randint(5, 90), R.randint(20, 300)),
            "   PUT https://wbstore%s.blob.core.windows.net/wandb/media/img_%d.png?se=2025-06-01T00%%3A00%%3A00Z&sig=%s&sp=racwl&sr=c&sv=2022-11-02&timeout=901" % (L(6), R.randint(1, 999), enc),
            "   X-Ms-Request-Id: [%s]" % uuid()], [lst]


@P("azcopy_spa_client_secret_export")
def _(r):
    sec = s(ALNUM + "~._-", 40)
    return ["export AZCOPY_AUTO_LOGIN_TYPE=SPN", "export AZCOPY_SPA_APPLICATION_ID=%s" % uuid(),
            "export AZCOPY_SPA_CLIENT_SECRET='%s'" % sec, "export AZCOPY_TENANT_ID=%s" % uuid(),
            "azcopy sync /data/wandb https://wbstore.blob.core.windows.net/backup --recursive"], [sec]


@P("minio_default_env_kms_secret_key")
def _(r):
    rp = PW(24, "-_"); km = B(43) + "="
    return ["# /etc/default/minio", "MINIO_VOLUMES=\"/mnt/data{1...4}\"", "MINIO_ROOT_USER=wandbadmin",
            "MINIO_ROOT_PASSWORD=%s" % rp, "MINIO_KMS_SECRET_KEY=wandb-kms-key:%s" % km,
            "MINIO_BROWSER_REDIRECT_URL=https://console.example.com"], [rp, km.rstrip("=")]


@P("ceph_auth_get_client_keyring")
def _(r):
    k = "AQ" + B(38)
    return ["$ ceph auth get client.rgw.wandb", "[client.rgw.wandb]", "\tkey = %s==" % k, "\tcaps mon = \"allow rw\"",
            "\tcaps osd = \"allow rwx\"", "exported keyring for client.rgw.wandb"], [k]


@P("b2_account_authorize_history_line")
def _(r):
    ak = "K00" + A(28)
    return ["  %d  b2 account authorize %s %s" % (R.randint(100, 999), "00" + H(10) + "0000000003", ak),
            "  %d  b2 ls b2://wandb-backup-%s" % (R.randint(100, 999), L(4))], [ak[3:]]


@P("wb_bucket_url_r2_endpoint_configmap", new=False)
def _(r):
    sk = H(64)
    return ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: wandb-bucket", "data:",
            "  BUCKET: \"s3://%s:%s@%s.r2.cloudflarestorage.com/wandb-files\"" % (H(32), sk, H(32)),
            "  AWS_REGION: auto"], [sk]


@P("jcmd_vm_system_properties_aws_secretkey")
def _(r):
    sk = awssecret()
    return [
            "$ jcmd %d VM.system_properties | grep -i aws" % R.randint(1000, 99999), "aws.accessKeyId=%s" % akid(),
            "aws.region=us-east-1", "aws.secretKey=%s" % sk], [sk]


@P("az_storage_generate_sas_quoted_output", new=False)
def _(r):
    raw = B(43) + "="; enc = pct(raw)
    return ["$ az storage container generate-sas --account-name wbstore%s -n wandb --permissions rl --expiry 2025-12-31 -o tsv" % L(4),
            "se=2025-12-31&sp=rl&sv=2022-11-02&sr=c&sig=%s" % enc], [enc[:-3]]


@P("mc_alias_list_table", new=False)
def _(r):
    sk = A(40)
    return ["$ mc alias list wandb", "wandb", "  URL       : https://minio.example.com:9000", "  AccessKey : wandb-%s" % L(8),
            "  SecretKey : %s" % sk, "  API       : s3v4", "  Path      : auto"], [sk]


@P("seaweedfs_s3_identities_json")
def _(r):
    sk = A(40); sk2 = A(40)
    return ['{', '  "identities": [', '    {', '      "name": "wandb",',
            '      "credentials": [{"accessKey": "%s", "secretKey": "%s"}],' % (A(20).upper(), sk),
            '      "actions": ["Read", "Write", "List", "Tagging"]', '    },',
            '    {"name": "backup", "credentials": [{"accessKey": "%s", "secretKey": "%s"}], "actions": ["Read"]}' % (A(20).upper(), sk2),
            '  ]', '}'], [sk, sk2]

# ---------------------------------------------------------------- MySQL
@P("mycnf_client_loose_password_quoted_hash", new=False)
def _(r):
    p = PW(14, "-_.") + "#" + A(4)
    return ["!includedir /etc/mysql/conf.d/", "[client]", "loose-user = wandb", "loose-password = \"%s\"" % p,
            "loose-host=%s" % dbhost(), "[mysqldump]", "single-transaction"], [p]


@P("mysqlbinlog_verbose_alter_user_event")
def _(r):
    p = PW(18, "-_.!#")
    return ["# at %d" % R.randint(1000, 99999), "#25%02d%02d %2d:%02d:%02d server id %d  end_log_pos %d CRC32 0x%s \tQuery\tthread_id=%d\texec_time=0\terror_code=0" % (
        R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(1, 9), R.randint(1000, 99999), H(8), R.randint(10, 9999)),
            "SET TIMESTAMP=%d/*!*/;" % R.randint(1700000000, 1800000000),
            "ALTER USER 'wandb'@'%%' IDENTIFIED WITH 'caching_sha2_password' BY '%s'" % p, "/*!*/;"], [p]


@P("aws_rds_modify_master_user_password_cli")
def _(r):
    p = PW(22, "-_.!#")
    return ["$ aws rds modify-db-cluster --db-cluster-identifier wandb-aurora-%s \\" % L(4),
            "    --master-user-password '%s' --apply-immediately" % p, "{", "    \"DBCluster\": {",
            "        \"DBClusterIdentifier\": \"wandb-aurora\", \"Status\": \"resetting-master-credentials\""], [p]


@P("maxscale_cnf_monitor_and_service_password")
def _(r):
    p1 = PW(16, "-_"); p2 = PW(16, "-_")
    return ["[MariaDB-Monitor]", "type=monitor", "module=mariadbmon", "servers=db1,db2", "user=maxscale_mon",
            "password=%s" % p1, "[Read-Write-Service]", "type=service", "router=readwritesplit", "user=maxscale",
            "password=%s" % p2], [p1, p2]


@P("vitess_db_credentials_json_file")
def _(r):
    p = PW(20, "-_."); q = PW(20, "-_.")
    return ["$ cat /vt/config/db_credentials.json", "{", "  \"wandb\": [\"%s\"]," % p, "  \"vt_app\": [\"%s\"]" % q, "}"], [p, q]


@P("jdbc_mysql_address_equals_form")
def _(r):
    p = PW(16, "-_.!")
    return ["spring.datasource.url=jdbc:mysql://address=(host=%s)(port=3306)(user=wandb)(password=%s)(sslMode=REQUIRED)/wandb_local" % (dbhost(), p)], [p]


@P("node_mysql2_pool_config_inspect_error")
def _(r):
    p = PW(18, "-_.#")
    return ["Error: connect ETIMEDOUT", "    at PoolConnection._handleTimeoutError (/app/node_modules/mysql2/lib/connection.js:205:17) {",
            "  config: ConnectionConfig {", "    host: '%s'," % dbhost(), "    port: 3306,", "    user: 'wandb',",
            "    password: '%s'," % p, "    database: 'wandb_local'"], [p]


@P("sqlx_dotenv_database_url_pct", new=False)
def _(r):
    raw = PW(16, "@/:#%?"); enc = pct(raw)
    return ["# .env (sqlx offline)", "DATABASE_URL=mysql://wandb:%s@%s:3306/wandb_local" % (enc, dbhost()), "SQLX_OFFLINE=true"], [enc]


@P("django_debug_page_databases_setting", new=False)
def _(r):
    p = PW(18, "-_.")
    return ["DATABASES", "{'default': {'ATOMIC_REQUESTS': False,", "             'ENGINE': 'django.db.backends.mysql',",
            "             'HOST': '%s'," % dbhost(), "             'NAME': 'wandb_aux',", "             'PASSWORD': '%s'," % p,
            "             'PORT': '3306',", "             'USER': 'wandb'}}"], [p]


@P("mysql_create_server_federated_options")
def _(r):
    p = PW(16, "-_.")
    return ["mysql> CREATE SERVER wandb_remote FOREIGN DATA WRAPPER mysql", "    -> OPTIONS (USER 'fed_reader', PASSWORD '%s', HOST '%s', PORT 3306, DATABASE 'wandb_local');" % (p, dbhost()),
            "Query OK, 0 rows affected (0.01 sec)"], [p]


@P("mydumper_ini_section_password")
def _(r):
    p = PW(18, "-_.")
    return ["[mydumper]", "host = %s" % dbhost(), "user = backup", "password = %s" % p, "threads = 8", "compress-protocol = 1"], [p]


@P("rds_generate_db_auth_token_output")
def _(r):
    t = ststoken(); sig = H(64); h = "wandb-db.c%s.us-east-1.rds.amazonaws.com" % L(10)
    return ["$ aws rds generate-db-auth-token --hostname %s --port 3306 --username wandb_iam" % h,
            "%s:3306/?Action=connect&DBUser=wandb_iam&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F20250301%%2Fus-east-1%%2Frds-db%%2Faws4_request&X-Amz-Date=20250301T000000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Security-Token=%s&X-Amz-Signature=%s" % (h, asid(), pct(t), sig)], [pct(t)[16:], sig]


@P("mysql_history_octal_escaped_spaces")
def _(r):
    p = PW(16, "-_.!")
    return ["_HiStOrY_V2_", "show\\040databases;", "ALTER\\040USER\\040'wandb'@'%%'\\040IDENTIFIED\\040BY\\040'%s';" % p, "FLUSH\\040PRIVILEGES;"], [p]

# ---------------------------------------------------------------- Redis
@P("sentinel_conf_sentinel_pass_and_auth_pass", new=False)
def _(r):
    a = PW(20, "-_"); b = PW(20, "-_")
    return ["port 26379", "sentinel monitor wandb-redis 10.0.3.%d 6379 2" % R.randint(2, 250), "sentinel auth-user wandb-redis default",
            "sentinel auth-pass wandb-redis %s" % a, "sentinel sentinel-user sentinel-admin", "sentinel sentinel-pass %s" % b], [a, b]


@P("redis_cli_u_uri_flag")
def _(r):
    p = A(32)
    return ["$ redis-cli -u rediss://default:%s@redis.wandb.svc:6380/0 --tls --cacert /etc/ssl/ca.pem PING" % p, "PONG"], [p]


@P("redis_enterprise_bdb_json_auth_pass")
def _(r):
    p = PW(20, "-_"); ap = PW(16, "-_")
    return ["$ curl -sk -u admin@example.com:%s https://re-cluster.example.com:9443/v1/bdbs/1 | jq ." % ap, "{",
            "  \"authentication_redis_pass\": \"%s\"," % p, "  \"name\": \"wandb-cache\",", "  \"port\": 12000", "}"], [ap, p]


@P("redis_py_sentinel_kwargs_snippet")
def _(r):
    p = PW(20, "-_"); q = PW(20, "-_")
    return ["from redis.sentinel import Sentinel", "s = Sentinel([('sentinel-0.redis', 26379)], socket_timeout=0.5,",
            "             sentinel_kwargs={'password': '%s'}," % q, "             password='%s')" % p,
            "master = s.master_for('mymaster')"], [q, p]


@P("ioredis_options_json_sentinel_password")
def _(r):
    p = A(28); q = A(28)
    return ['{"level":30,"time":%d,"msg":"redis options","opts":{"sentinels":[{"host":"sentinel.redis","port":26379}],"name":"mymaster","password":"%s","sentinelPassword":"%s","db":0}}' % (R.randint(1700000000000, 1800000000000), p, q)], [p, q]


@P("lettuce_redis_sentinel_uri")
def _(r):
    p = A(24)
    return ["spring.data.redis.url=redis-sentinel://%s@sentinel-0.redis:26379,sentinel-1.redis:26379/0#mymaster" % p], [p]

# ---------------------------------------------------------------- load balancers / proxies
@P("caddyfile_reverse_proxy_header_up_bearer")
def _(r):
    t = U(40)
    return ["%s {" % host(), "\treverse_proxy wandb.wandb.svc:8080 {", "\t\theader_up Authorization \"Bearer %s\"" % t,
            "\t\theader_up X-Forwarded-Proto {scheme}", "\t}", "}"], [t]


@P("traefik_compose_labels_dns_challenge_token")
def _(r):
    t = U(40)
    return ["  traefik:", "    image: traefik:v3.1", "    environment:", "      - CF_DNS_API_TOKEN=%s" % t,
            "    labels:", "      - \"traefik.http.routers.wandb.tls.certresolver=cf\""], [t]


@P("haproxy_stats_auth_line")
def _(r):
    p = PW(18, "-_.!")
    return ["listen stats", "    bind *:8404", "    stats enable", "    stats uri /haproxy?stats", "    stats refresh 10s",
            "    stats auth admin:%s" % p], [p]


@P("aws_elbv2_authenticate_oidc_action_json")
def _(r):
    cs = U(48)
    return ["$ aws elbv2 create-rule --listener-arn arn:aws:elasticloadbalancing:us-east-1:%d:listener/app/wandb/%s/%s --priority 10 \\" % (R.randint(10**11, 10**12 - 1), H(16), H(16)),
            "  --actions '[{\"Type\":\"authenticate-oidc\",\"Order\":1,\"AuthenticateOidcConfig\":{\"Issuer\":\"https://idp.example.com\",\"ClientId\":\"wandb-alb\",\"ClientSecret\":\"%s\",\"OnUnauthenticatedRequest\":\"authenticate\"}}]'" % cs], [cs]


@P("gcloud_backend_service_iap_oauth2_secret")
def _(r):
    sec = U(28)
    return ["gcloud compute backend-services update wandb-backend --global \\",
            "    --iap=enabled,oauth2-client-id=%d-%s.apps.googleusercontent.com,oauth2-client-secret=GOCSPX-%s" % (R.randint(10**11, 10**12), L(32), sec)], [sec]


@P("azure_appgw_arm_parameters_cert_password")
def _(r):
    p = PW(20, "-_.!")
    return ['{', '  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",',
            '  "contentVersion": "1.0.0.0",', '  "parameters": {', '    "applicationGatewayName": { "value": "agw-wandb" },',
            '    "sslCertificatePassword": { "value": "%s" }' % p, '  }', '}'], [p]


@P("cloudflared_tunnel_credentials_json")
def _(r):
    ts_ = B(43) + "="
    return ['{"AccountTag":"%s","TunnelSecret":"%s","TunnelID":"%s","Endpoint":""}' % (H(32), ts_, uuid())], [ts_.rstrip("=")]


@P("kong_declarative_keyauth_credentials")
def _(r):
    k = A(32); k2 = A(32)
    return ["_format_version: \"3.0\"", "consumers:", "- username: wandb-ci", "  keyauth_credentials:",
            "  - key: %s" % k, "- username: grafana", "  keyauth_credentials:", "  - key: %s" % k2], [k, k2]


@P("ingress_nginx_configuration_snippet_api_key")
def _(r):
    k = wkey()
    return ["  annotations:", "    nginx.ingress.kubernetes.io/configuration-snippet: |",
            "      proxy_set_header X-Api-Key \"local-%s\";" % k, "      more_set_headers \"X-Frame-Options: DENY\";"], [k]

# ---------------------------------------------------------------- Kubernetes
@P("kustomize_secretgenerator_literals_block", new=False)
def _(r):
    p = PW(20, "-_."); k = wkey()
    return ["secretGenerator:", "- name: wandb-secrets", "  behavior: merge", "  literals:",
            "  - MYSQL_PASSWORD=%s" % p, "  - WANDB_API_KEY=local-%s" % k, "generatorOptions:", "  disableNameSuffixHash: true"], [p, k]


@P("kubeseal_pipeline_from_literal_history", new=False)
def _(r):
    p = PW(20, "-_.")
    return ["  %d  kubectl -n wandb create secret generic wandb-mysql --from-literal=password='%s' --dry-run=client -o yaml | kubeseal -o yaml > sealed-mysql.yaml" % (R.randint(100, 2000), p)], [p]


@P("kube_apiserver_audit_request_object_secret_data")
def _(r):
    p = PW(20, "-_."); e = b64np(p)
    return ['{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"RequestResponse","auditID":"%s","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/wandb/secrets","verb":"create","user":{"username":"system:serviceaccount:argocd:argocd-application-controller"},"objectRef":{"resource":"secrets","namespace":"wandb","name":"wandb-mysql"},"requestObject":{"kind":"Secret","apiVersion":"v1","metadata":{"name":"wandb-mysql"},"data":{"password":"%s"},"type":"Opaque"}}' % (uuid(), b64(p))], [e]


@P("kubelet_klog_container_spec_env_struct")
def _(r):
    p = PW(18, "-_."); 
    return ["I%02d%02d %02d:%02d:%02d.%06d    %d kuberuntime_manager.go:1256] \"Creating container in pod\" containerType=\"container\" container=\"&Container{Name:wandb,Image:wandb/local:latest,Env:[]EnvVar{EnvVar{Name:MYSQL_PASSWORD,Value:%s,ValueFrom:nil,},EnvVar{Name:GORILLA_LOG_LEVEL,Value:info,ValueFrom:nil,},},}\" pod=\"wandb/wandb-%s\"" % (
        R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999), R.randint(100, 9999), p, L(5))], [p]


@P("argocd_notifications_secret_slack_token", new=False)
def _(r):
    t = A(24)
    return ["apiVersion: v1", "kind: Secret", "metadata:", "  name: argocd-notifications-secret", "stringData:",
            "  slack-token: xoxb-%d-%d-%s" % (R.randint(10**11, 10**12), R.randint(10**12, 10**13), t)], [t]


@P("bash_history_numbered_helm_set_mysql", new=False)
def _(r):
    p = PW(20, "-_.")
    return ["  %d  helm repo update" % R.randint(100, 999),
            "  %d  helm upgrade --install wandb wandb/operator -n wandb --set-string global.mysql.password='%s' --wait" % (R.randint(100, 999), p)], [p]


@P("kubectl_exec_env_grep_pipeline", new=False)
def _(r):
    p = PW(18, "-_."); k = wkey()
    return ["$ kubectl -n wandb exec deploy/wandb-app -- env | grep -Ei 'pass|key'", "MYSQL_PASSWORD=%s" % p,
            "GORILLA_LICENSE_KEY_ID=lic_%s" % L(6), "WANDB_API_KEY=local-%s" % k], [p, k]


@P("velero_secret_cloud_file_base64")
def _(r):
    sk = awssecret()
    tpl = "[default]{PAD}\naws_access_key_id=" + akid() + "\naws_secret_access_key="
    enc, lst = b64_embed(tpl, sk, "\n")
    return ["apiVersion: v1", "kind: Secret", "metadata:", "  name: cloud-credentials", "  namespace: velero", "type: Opaque",
            "data:", "  cloud: %s" % enc], [lst]


@P("kubectl_get_events_probe_url_token")
def _(r):
    t = A(32)
    return ["LAST SEEN   TYPE      REASON      OBJECT                 MESSAGE",
            "%dm         Warning   Unhealthy   pod/wandb-%s   Readiness probe failed: Get \"http://10.42.%d.%d:8080/ready?token=%s\": context deadline exceeded" % (
                R.randint(1, 59), L(5), R.randint(0, 255), R.randint(2, 250), t)], [t]

# ---------------------------------------------------------------- CI/CD
@P("jenkins_casc_username_password_and_string_credentials")
def _(r):
    p = PW(18, "-_."); k = wkey()
    return ["credentials:", "  system:", "    domainCredentials:", "      - credentials:", "          - usernamePassword:",
            "              id: \"mysql-wandb\"", "              username: \"wandb\"", "              password: \"%s\"" % p,
            "          - string:", "              id: \"wandb-api-key\"", "              secret: \"local-%s\"" % k], [p, k]


@P("teamcity_service_message_set_parameter")
def _(r):
    k = wkey()
    return ["[%02d:%02d:%02d] :\t [Step 2/4] ##teamcity[setParameter name='env.WANDB_API_KEY' value='local-%s']" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), k),
            "[%02d:%02d:%02d] :\t [Step 2/4] Process exited with code 0" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))], [k]


@P("circleci_config_job_environment_literal")
def _(r):
    k = wkey(); p = PW(16, "-_")
    return ["jobs:", "  eval:", "    docker:", "      - image: cimg/python:3.12", "        auth:", "          username: mlbot",
            "          password: %s" % p, "    environment:", "      WANDB_API_KEY: local-%s" % k], [p, k]


@P("drone_server_env_rpc_and_client_secret")
def _(r):
    a = H(32); b = A(40)
    return ["DRONE_SERVER_HOST=drone.example.com", "DRONE_RPC_SECRET=%s" % a, "DRONE_GITEA_CLIENT_ID=%s" % uuid(),
            "DRONE_GITEA_CLIENT_SECRET=gto_%s" % b, "DRONE_USER_CREATE=username:ops,admin:true"], [a, b]


@P("tekton_pipelinerun_params_password_value")
def _(r):
    p = PW(18, "-_.")
    return ["apiVersion: tekton.dev/v1", "kind: PipelineRun", "metadata:", "  generateName: wandb-backup-", "spec:",
            "  pipelineRef:", "    name: mysqldump-to-s3", "  params:", "    - name: db-password", "      value: \"%s\"" % p], [p]


@P("halyard_config_docker_registry_account_password")
def _(r):
    p = PW(20, "-_.")
    return ["    dockerRegistry:", "      enabled: true", "      accounts:", "      - name: wandb-registry",
            "        address: https://registry.example.com", "        username: spinnaker", "        password: %s" % p,
            "        repositories: [wandb/local]"], [p]


@P("azure_pipelines_vso_setvariable_logging_command")
def _(r):
    p = PW(20, "-_.")
    return ["%sZ ##[section]Starting: fetch db creds" % ts()[:-1], "%sZ ##vso[task.setvariable variable=DB_PASS]%s" % (ts()[:-1], p),
            "%sZ ##[section]Finishing: fetch db creds" % ts()[:-1]], [p]

# ---------------------------------------------------------------- observability
@P("datadog_helm_values_cluster_agent_token")
def _(r):
    a = H(32); t = A(32)
    return ["datadog:", "  apiKey: %s" % a, "  site: datadoghq.eu", "clusterAgent:", "  enabled: true", "  token: %s" % t], [a, t]


@P("newrelic_infra_agent_yml_license", new=False)
def _(r):
    k = H(36)
    return ["# /etc/newrelic-infra.yml", "license_key: %sNRAL" % k, "display_name: wandb-node-%d" % R.randint(1, 9), "log:", "  level: info"], [k]


@P("otel_exporter_otlp_headers_env_pct_basic")
def _(r):
    inst = str(R.randint(10000, 99999)); tok = "glc_" + B(60)
    raw = b64(inst + ":" + tok)
    return ["OTEL_EXPORTER_OTLP_ENDPOINT=https://otlp-gateway-prod-eu-west-2.grafana.net/otlp",
            "OTEL_EXPORTER_OTLP_HEADERS=Authorization=Basic%%20%s" % pct(raw)], [pct(raw[8:].rstrip("="))]


@P("splunk_outputs_conf_httpout_hec_uuid")
def _(r):
    t = uuid()
    return ["[httpout]", "httpEventCollectorToken = %s" % t, "uri = https://hec.splunk.example.com:8088", "batchSize = 65536"], [t]


@P("splunk_hec_curl_authorization_splunk")
def _(r):
    t = uuid().upper()
    return ["curl -k https://hec.example.com:8088/services/collector/event -H \"Authorization: Splunk %s\" -d '{\"event\": \"wandb backup done\", \"sourcetype\": \"wbdiag\"}'" % t], [t]


@P("elastic_apm_server_secret_token_yaml")
def _(r):
    t = A(32); k = B(60)
    return ["apm-server:", "  host: \"0.0.0.0:8200\"", "  auth:", "    secret_token: \"%s\"" % t,
            "output.elasticsearch:", "  api_key: \"%s:%s\"" % (L(20), k)], [t, k]


@P("honeycomb_libhoney_writekey_init")
def _(r):
    k = A(22)
    return ["import libhoney", "libhoney.init(writekey=\"%s\", dataset=\"wandb-server\", debug=False)" % k], [k]


@P("fluentd_loki_output_match_block")
def _(r):
    p = "glc_" + B(56)
    return ["<match wandb.**>", "  @type loki", "  url \"https://logs-prod-012.grafana.net\"", "  username \"%d\"" % R.randint(100000, 999999),
            "  password \"%s\"" % p, "  extra_labels {\"env\":\"prod\"}", "</match>"], [p[4:]]


@P("logstash_pipeline_es_output_password")
def _(r):
    p = PW(20, "-_.")
    return ["output {", "  elasticsearch {", "    hosts => [\"https://es.example.com:9200\"]", "    user => \"logstash_writer\"",
            "    password => \"%s\"" % p, "    index => \"wandb-%{+YYYY.MM.dd}\"", "  }", "}"], [p]

# ---------------------------------------------------------------- mail / notify
@P("grafana_ini_smtp_sendgrid_password", new=False)
def _(r):
    a = U(22); b = U(43)
    return ["[smtp]", "enabled = true", "host = smtp.sendgrid.net:587", "user = apikey", "password = \"\"\"SG.%s.%s\"\"\"" % (a, b),
            "from_address = grafana@example.com"], [a, b]


@P("ses_smtp_credentials_csv_download")
def _(r):
    p = "B" + B(43)
    return ["IAM user name,Smtp username,Smtp password", "\"ses-smtp-user.2025%02d%02d-%06d\",%s,%s" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 999999), akid(), p)], [p]


@P("slack_bolt_socket_mode_app_token_py", new=False)
def _(r):
    a = A(24); b = H(64)
    return ["app = App(token=\"xoxb-%d-%d-%s\")" % (R.randint(10**11, 10**12), R.randint(10**12, 10**13), a),
            "SocketModeHandler(app, \"xapp-1-A%s-%d-%s\").start()" % (A(10).upper(), R.randint(10**12, 10**13), b)], [a, b]


@P("bot_framework_appsettings_app_password")
def _(r):
    p = s(ALNUM + "~._-", 40)
    return ['{', '  "MicrosoftAppType": "SingleTenant",', '  "MicrosoftAppId": "%s",' % uuid(), '  "MicrosoftAppPassword": "%s",' % p,
            '  "MicrosoftAppTenantId": "%s"' % uuid(), '}'], [p]


@P("alertmanager_telegram_bot_token")
def _(r):
    t = "AA" + U(33)
    return ["receivers:", "- name: ml-oncall", "  telegram_configs:", "  - bot_token: '%d:%s'" % (R.randint(10**9, 10**10), t),
            "    chat_id: -100%d" % R.randint(10**9, 10**10), "    parse_mode: HTML"], [t]


@P("mattermost_incoming_hook_url_alertmanager")
def _(r):
    t = L(26)
    return ["  webhook_configs:", "  - url: https://chat.example.com/hooks/%s" % t, "    send_resolved: true"], [t]


@P("muttrc_smtp_pass")
def _(r):
    p = PW(18, "-_.!#")
    return ["set from = \"ops@example.com\"", "set smtp_url = \"smtps://ops@example.com@smtp.example.com:465/\"",
            "set smtp_pass = \"%s\"" % p, "set ssl_force_tls = yes"], [p]

# ---------------------------------------------------------------- adversarial layouts
@P("json_msg_escaped_newlines_embedded_yaml")
def _(r):
    p = PW(18, "-_."); k = wkey()
    return ['{"ts":"%s","level":"info","msg":"rendered values:\\nmysql:\\n  host: %s\\n  password: %s\\napi:\\n  key: local-%s\\n"}' % (ts(), dbhost(), p, k)], [p, k]


@P("form_body_pct_encoded_password_with_plus", new=False)
def _(r):
    raw = A(6) + " " + PW(10, "&=/+") + "?" + A(4); enc = urllib.parse.quote_plus(raw)
    return ["POST /login HTTP/1.1", "Host: %s" % host(), "Content-Type: application/x-www-form-urlencoded", "",
            "username=ops%%40example.com&password=%s&remember=on" % enc], [enc]


@P("b64_of_json_wrapping_yaml_password")
def _(r):
    p = A(30)
    tpl = '{"chart":"wandb",{PAD}"values":"global:\\n  mysql:\\n    password: '
    enc, lst = b64_embed(tpl, p, '\\n    user: wandb\\n"}')
    return ["argocd.argoproj.io/values-b64: %s" % enc], [lst]


@P("json_array_chunked_token_parts")
def _(r):
    parts = [A(16) for _ in range(3)]
    return ['{"chunks": ["%s", "%s", "%s"], "kind": "wandb_api_key", "joiner": ""}' % tuple(parts)], parts


@P("zero_width_space_before_value")
def _(r):
    p = PW(18, "-_.")
    return ["DB_HOST=%s" % dbhost(), "DB_PASSWORD=\u200b%s" % p, "DB_USER=wandb"], [p]


@P("rtl_override_inside_env_line")
def _(r):
    k = wkey()
    return ["export \u202eWANDB_API_KEY\u202c=local-%s" % k, "export WANDB_BASE_URL=https://%s" % host()], [k]


@P("csv_export_quoted_comma_cells_password")
def _(r):
    p = PW(14, "-_.") + "," + A(5)
    return ["name,description,username,password,url", "wandb-db,\"prod MySQL, primary\",wandb,\"%s\",%s" % (p, dbhost())], [p]


@P("shipper_truncated_json_line_secret_tail")
def _(r):
    p = A(40); cut = p[:R.randint(20, 30)]
    return ['{"@timestamp":"%s","kubernetes":{"pod":"wandb-%s"},"log":"{\\"level\\":\\"debug\\",\\"dsn\\":\\"mysql://wandb:%s' % (ts(), L(5), cut) + '…[truncated 812 bytes]'], [cut]


@P("unified_diff_yaml_password_change")
def _(r):
    a = PW(18, "-_."); b = PW(18, "-_.")
    return ["--- a/values-prod.yaml", "+++ b/values-prod.yaml", "@@ -12,7 +12,7 @@ mysql:", "   host: %s" % dbhost(),
            "   user: wandb", "-  password: %s" % a, "+  password: %s" % b, "   database: wandb_local"], [a, b]


@P("git_log_patch_env_file")
def _(r):
    k = wkey()
    return ["commit %s" % H(40), "Author: Ops Bot <ops@example.com>", "Date:   Mon Mar 3 10:%02d:00 2025 +0000" % R.randint(0, 59),
            "", "    add local env", "", "diff --git a/.env b/.env", "new file mode 100644", "index 0000000..%s" % H(7),
            "--- /dev/null", "+++ b/.env", "@@ -0,0 +1,2 @@", "+WANDB_BASE_URL=https://%s" % host(), "+WANDB_API_KEY=local-%s" % k], [k]


@P("markdown_runbook_fenced_export")
def _(r):
    p = PW(18, "-_.")
    return ["## Restore the W&B database", "", "```bash", "export MYSQL_PWD='%s'" % p,
            "mysql -h %s -u wandb wandb_local < dump.sql" % dbhost(), "```"], [p]


@P("shell_ansi_c_quoted_dollar_single")
def _(r):
    a = A(8); b = A(8); enc = "%s\\x21\\t%s" % (a, b)
    return ["export GORILLA_SMTP_PASSWORD=$'%s'" % enc, "systemctl restart wandb"], [enc]


@P("systemd_creds_cat_plaintext")
def _(r):
    p = PW(20, "-_.")
    return ["# systemd-creds cat --system mysql-password", p, "# systemd-creds list", "NAME           SECURE   SIZE PATH",
            "mysql-password secure   %dB /run/credentials/@system/mysql-password" % len(p)], [p]


@P("systemd_unit_setcredential_inline")
def _(r):
    p = PW(20, "-_.")
    return ["[Service]", "ExecStart=/usr/local/bin/wandb-local", "SetCredential=mysql-password:%s" % p,
            "LoadCredential=tls.key:/etc/wandb/tls.key"], [p]


@P("ansi_colored_cli_output_value")
def _(r):
    p = A(32)
    return ["\x1b[1mmysql\x1b[0m", "  \x1b[36mhost\x1b[0m: %s" % dbhost(), "  \x1b[36mpassword\x1b[0m: \x1b[33m%s\x1b[0m" % p], [p]


@P("xml_entity_escaped_password_element")
def _(r):
    p = A(6) + "&amp;" + A(5) + "&lt;" + A(5)
    return ["<datasource jndi-name=\"java:/WandbDS\">", "  <connection-url>jdbc:mysql://%s:3306/wandb_local</connection-url>" % dbhost(),
            "  <security>", "    <user-name>wandb</user-name>", "    <password>%s</password>" % p, "  </security>", "</datasource>"], [p]


@P("makefile_conditional_assign_password")
def _(r):
    p = PW(18, "-_.")
    return ["DB_HOST ?= %s" % dbhost(), "DB_PASS ?= %s" % p, "", "restore:", "\tmysql -h $(DB_HOST) -p$(DB_PASS) wandb_local < dump.sql"], [p]


@P("powershell_splat_hashtable_password")
def _(r):
    p = PW(18, "-_.!")
    return ["$params = @{", "    Server   = '%s'" % dbhost(), "    Username = 'wandb'", "    Password = '%s'" % p, "}", "Invoke-SqlRestore @params"], [p]


@P("journalctl_json_message_field")
def _(r):
    k = wkey()
    return ['{"__REALTIME_TIMESTAMP":"%d","_SYSTEMD_UNIT":"wandb-agent.service","PRIORITY":"6","MESSAGE":"starting agent with WANDB_API_KEY=local-%s queue=gpu","_PID":"%d"}' % (R.randint(10**15, 10**16), k, R.randint(100, 99999))], [k]


@P("rfc5424_structured_data_param")
def _(r):
    t = U(40)
    return ["<134>1 %s wandb-01 gorilla %d - [auth@32473 user=\"ops\" token=\"%s\"] login ok" % (ts(), R.randint(100, 9999), t)], [t]

# ---------------------------------------------------------------- admin laptop tools
@P("boundary_authenticate_token_output")
def _(r):
    t = A(60)
    return ["$ boundary authenticate oidc -auth-method-id amoidc_%s" % A(10), "Authentication information:",
            "  Account ID:      acctoidc_%s" % A(10), "  Auth Method ID:  amoidc_%s" % A(10), "  Expiration Time: %s" % ts(),
            "  Token:", "  at_%s_s1%s" % (A(10), t)], [t]


@P("teleport_tctl_tokens_add_output")
def _(r):
    t = H(32)
    return ["$ tctl tokens add --type=node --ttl=1h", "The invite token: %s" % t, "This token will expire in 60 minutes.",
            "Run this on the new node to join the cluster:"], [t]


@P("pgp_private_key_armor_block")
def _(r):
    body = [B(64) for _ in range(5)]
    return ["-----BEGIN PGP PRIVATE KEY BLOCK-----", ""] + body + ["=%s" % B(4), "-----END PGP PRIVATE KEY BLOCK-----"], body


@P("openssl_pkcs12_passout_pass_inline")
def _(r):
    p = PW(16, "-_.")
    return ["$ openssl pkcs12 -export -in wandb.crt -inkey wandb.key -out wandb.p12 -passout pass:%s" % p], [p]


@P("curl_oauth2_bearer_flag", new=False)
def _(r):
    t = U(44)
    return ["$ curl -sS --oauth2-bearer %s https://%s/api/v1/users/me" % (t, host())], [t]


@P("aria2c_http_passwd_flag")
def _(r):
    p = PW(16, "-_.")
    return ["aria2c -x8 --http-user=mlops --http-passwd=%s https://files.example.com/ckpt/model-%s.safetensors" % (p, L(6))], [p]


@P("uv_index_named_password_env")
def _(r):
    t = A(40)
    return ["UV_INDEX_INTERNAL_USERNAME=__token__", "UV_INDEX_INTERNAL_PASSWORD=%s" % t, "uv pip install -r requirements.lock"], [t]


@P("poetry_config_http_basic_history")
def _(r):
    p = PW(20, "-_.")
    return [": %d:0;poetry config http-basic.internal deploy %s" % (R.randint(1700000000, 1800000000), p)], [p]


@P("condarc_channel_url_token_path")
def _(r):
    t = A(30)
    return ["channels:", "  - https://conda.example.com/t/%s/ml-internal" % t, "  - conda-forge", "channel_priority: strict"], [t]

@P("gitea_app_ini_database_passwd")
def _(r):
    p = PW(18, "-_."); j = U(43)
    return ["[database]", "DB_TYPE  = mysql", "HOST     = %s:3306" % dbhost(), "NAME     = gitea", "USER     = gitea",
            "PASSWD   = `%s`" % p, "[oauth2]", "JWT_SECRET = %s" % j], [p, j]


@P("helm_registry_login_password_flag", new=False)
def _(r):
    p = A(32)
    return ["$ helm registry login registry.example.com --username robot$wandb --password %s" % p, "Login Succeeded"], [p]


@P("crane_auth_login_p_flag", new=False)
def _(r):
    p = PW(20, "-_.")
    return ["crane auth login registry.example.com -u ci-push -p '%s' && crane copy wandb/local:latest registry.example.com/mirror/wandb-local:latest" % p], [p]


@P("kubectl_config_set_credentials_token_flag")
def _(r):
    t, sig = jwt()
    return ["$ kubectl config set-credentials wandb-admin --token=%s" % t, "User \"wandb-admin\" set."], [sig]


@P("rsync_password_env_cron")
def _(r):
    p = PW(16, "-_.")
    return ["# m h dom mon dow command", "15 3 * * * RSYNC_PASSWORD='%s' rsync -a /var/lib/wandb/ backup@nas.example.com::wandb/ >/dev/null 2>&1" % p], [p]


@P("smbclient_user_percent_password")
def _(r):
    p = PW(16, "-_.!")
    return ["$ smbclient //fs01.example.com/mlshare -U 'CORP\\mlops%%%s' -c 'ls exports/'" % p], [p]


@P("ipmitool_lanplus_P_flag")
def _(r):
    p = PW(14, "-_.!")
    return ["ipmitool -I lanplus -H 10.9.%d.%d -U ADMIN -P '%s' chassis power status" % (R.randint(0, 255), R.randint(2, 250), p), "Chassis Power is on"], [p]


@P("expect_script_send_password")
def _(r):
    p = PW(16, "-_.!")
    return ["#!/usr/bin/expect -f", "spawn ssh ops@gpu-%02d.example.com" % R.randint(1, 40), "expect \"password:\"", "send \"%s\\r\"" % p, "interact"], [p]


@P("schtasks_create_rp_flag")
def _(r):
    p = PW(16, "-_.!")
    return ["C:\\> schtasks /Create /TN \"WandbExport\" /TR \"C:\\tools\\export.cmd\" /SC DAILY /ST 02:00 /RU CORP\\svc-wandb /RP %s" % p,
            "SUCCESS: The scheduled task \"WandbExport\" has successfully been created."], [p]


@P("doppler_secrets_plain_table")
def _(r):
    p = PW(20, "-_."); k = wkey()
    return ["$ doppler secrets --project wandb --config prd", "┌────────────────┬────────────────────────────────────────────────┐",
            "│ NAME           │ VALUE                                          │", "├────────────────┼────────────────────────────────────────────────┤",
            "│ MYSQL_PASSWORD │ %s │" % p.ljust(46), "│ WANDB_API_KEY  │ local-%s │" % k, "└────────────────┴────────────────────────────────────────────────┘"], [p, k]


@P("infisical_export_dotenv_output")
def _(r):
    p = PW(20, "-_."); t = A(36)
    return ["$ infisical export --env=prod --format=dotenv", "MYSQL_PASSWORD='%s'" % p, "REDIS_PASSWORD='%s'" % t, "WANDB_HOST='https://%s'" % host()], [p, t]


@P("az_keyvault_secret_show_json")
def _(r):
    p = PW(24, "-_.")
    return ["{", "  \"attributes\": {\"enabled\": true, \"recoveryLevel\": \"Recoverable+Purgeable\"},", "  \"contentType\": null,",
            "  \"id\": \"https://kv-wandb.vault.azure.net/secrets/mysql-password/%s\"," % H(32), "  \"name\": \"mysql-password\",",
            "  \"value\": \"%s\"" % p, "}"], [p]


@P("gcloud_secrets_versions_access_output", new=False)
def _(r):
    k = wkey()
    return ["$ gcloud secrets versions access latest --secret=wandb-api-key --project=ml-prod-%d" % R.randint(100, 999), "local-%s" % k], [k]


@P("docker_compose_config_rendered_env_interp", new=False)
def _(r):
    p = PW(18, "-_.")
    return ["$ docker compose config", "services:", "  wandb:", "    environment:", "      MYSQL: mysql://wandb:%s@db:3306/wandb_local" % p,
            "    image: wandb/local:latest"], [p]


@P("wandb_launch_agent_helm_set_file_history", new=False)
def _(r):
    k = wkey()
    return ["%d  helm install launch-agent wandb/launch-agent --set agent.apiKey=local-%s --set-file launchConfig=./launch-config.yaml" % (R.randint(100, 999), k)], [k]


@P("scim_patch_request_debug_log_basic")
def _(r):
    u = user3(); k = wkey(); enc, lst = basic(u, k)
    return ["%s DEBUG scim-sync: PATCH https://%s/scim/Groups/%s" % (ts(), host(), L(10)), "%s DEBUG scim-sync: request headers: Authorization=Basic %s Content-Type=application/scim+json" % (ts(), enc)], [lst]

# ================================================================ negatives
@N("wandb_sweep_ids_agent_commands")
def _(r):
    sid = L(8)
    return ["wandb: Created sweep with ID: %s" % sid, "wandb: View sweep at: https://%s/%s/%s/sweeps/%s" % (host(), pick("ml-team", "research"), pick("llm-ft", "vision"), sid),
            "wandb: Run sweep agent with: wandb agent %s/%s/%s" % (pick("ml-team", "research"), pick("llm-ft", "vision"), sid)]


@N("wandb_artifact_manifest_entry_digests")
def _(r):
    return ['{"version": 1, "storagePolicy": "wandb-storage-policy-v1", "contents": {',
            '  "model.safetensors": {"digest": "%s==", "size": %d, "birthArtifactID": "QXJ0aWZhY3Q6%s"},' % (B(22), R.randint(10**6, 10**9), B(12)),
            '  "config.json": {"digest": "%s==", "size": %d}}}' % (B(22), R.randint(100, 9999))]


@N("wandb_api_key_names_table_no_values")
def _(r):
    return ["NAME              CREATED              LAST USED", "%-17s %s  %s" % (pick("ci-runner", "laptop-alice", "launch-agent"), ts()[:19], ts()[:19]),
            "%-17s %s  never" % (pick("sweeps-prod", "backup-job"), ts()[:19])]


@N("wandb_license_status_fields")
def _(r):
    return ["License status:", "  licenseType: enterprise", "  expiresAt: %s" % ts()[:10], "  seats: %d / %d" % (R.randint(10, 90), R.randint(100, 500)),
            "  trackedHoursRemaining: unlimited", "  flags: [SCIM, SSO, AUDIT_LOGS]"]


@N("oauth_state_nonce_in_callback_error")
def _(r):
    return ["%s WARN oidc callback failed: error=access_denied error_description=\"User is not assigned to the client application.\" state=%s" % (ts(), U(32)),
            "%s WARN nonce mismatch: expected %s got %s" % (ts(), U(22), U(22))]


@N("gcs_list_objects_next_page_token")
def _(r):
    return ['{', '  "kind": "storage#objects",', '  "nextPageToken": "Cg%s",' % B(40), '  "items": [{"name": "wandb/%s/files/output.log", "generation": "%d"}]' % (L(8), R.randint(10**15, 10**16)), '}']


@N("graphql_relay_pageinfo_endcursor")
def _(r):
    return ['{"data":{"project":{"runs":{"pageInfo":{"hasNextPage":true,"endCursor":"%s"},"edges":[{"node":{"id":"UnVuOnYx%s","name":"%s"}}]}}}}' % (b64("cursor:%d" % R.randint(1, 9999)), B(16), L(8))]


@N("html_csrf_form_field_names_only")
def _(r):
    return ['<form method="post" action="/admin/settings">', '  <input type="hidden" name="%s" value="">' % pick("csrfmiddlewaretoken", "_csrf", "authenticity_token"),
            '  <label for="smtp_password">SMTP password</label>', '  <input type="password" id="smtp_password" name="smtp_password" autocomplete="new-password">', '</form>']


@N("llm_rate_limit_tokens_per_minute_settings")
def _(r):
    return ["rate_limits:", "  tokens_per_minute: %d" % R.randint(10000, 2000000), "  requests_per_minute: %d" % R.randint(60, 10000),
            "  max_output_tokens: %d" % pick(1024, 4096, 8192), "  token_bucket_refill_seconds: 60"]


@N("kubectl_get_secret_metadata_only_yaml")
def _(r):
    return ["apiVersion: v1", "kind: Secret", "metadata:", "  name: wandb-mysql", "  namespace: wandb",
            "  resourceVersion: \"%d\"" % R.randint(10**5, 10**8), "  uid: %s" % uuid(), "type: Opaque"]


@N("s3_list_object_versions_ids")
def _(r):
    return ['{"Versions": [{"ETag": "\\"%s\\"", "Size": %d, "Key": "wandb/media/%s.png", "VersionId": "%s", "IsLatest": true}]}' % (H(32), R.randint(100, 10**7), L(10), U(32))]


@N("azure_blob_response_etag_request_ids")
def _(r):
    return ["ETag: \"0x8DC%s\"" % H(12).upper(), "x-ms-request-id: %s" % uuid(), "x-ms-version: 2023-11-03", "x-ms-client-request-id: %s" % uuid()]


@N("mysql_performance_schema_statement_digests")
def _(r):
    return ["+------------------------------------------------------------------+------------+", "| DIGEST                                                           | COUNT_STAR |",
            "| %s | %10d |" % (H(64), R.randint(1, 10**6)), "| %s | %10d |" % (H(64), R.randint(1, 10**6))]


@N("mysql_gtid_executed_sets")
def _(r):
    return ["Executed_Gtid_Set: %s:1-%d," % (uuid(), R.randint(1000, 10**7)), "%s:1-%d" % (uuid(), R.randint(10, 9999)), "Auto_Position: 1"]


@N("redis_cluster_nodes_ids")
def _(r):
    return ["%s 10.0.1.%d:6379@16379 myself,master - 0 0 1 connected 0-5460" % (H(40), R.randint(2, 250)),
            "%s 10.0.1.%d:6379@16379 master - 0 %d 2 connected 5461-10922" % (H(40), R.randint(2, 250), R.randint(10**12, 10**13))]


@N("redis_acl_log_entry_fields")
def _(r):
    return ["1) 1) \"count\"", "   2) (integer) %d" % R.randint(1, 50), "   3) \"reason\"", "   4) \"auth\"", "   5) \"context\"", "   6) \"toplevel\"",
            "   7) \"object\"", "   8) \"AUTH\"", "   9) \"username\"", "  10) \"%s\"" % pick("default", "wandb", "ops")]


@N("saml_idp_metadata_x509_certificate")
def _(r):
    return ['<md:KeyDescriptor use="signing">', '  <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">',
            '    <ds:X509Data><ds:X509Certificate>MIIDpDCCAoygAwIBAgIG%s</ds:X509Certificate></ds:X509Data>' % B(120),
            '  </ds:KeyInfo>', '</md:KeyDescriptor>']


@N("jwks_x5t_thumbprints")
def _(r):
    return ['{"keys":[{"kty":"RSA","use":"sig","kid":"%s","x5t":"%s","x5t#S256":"%s","e":"AQAB"}]}' % (U(27), U(27), U(43))]


@N("kube_audit_secret_get_metadata_level")
def _(r):
    return ['{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"%s","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/wandb/secrets/wandb-mysql","verb":"get","user":{"username":"system:serviceaccount:wandb:wandb-app"},"responseStatus":{"code":200}}' % uuid()]


@N("kubelet_pulled_image_digest_events")
def _(r):
    return ["Normal  Pulled  %ds  kubelet  Successfully pulled image \"wandb/local@sha256:%s\" in %dms" % (R.randint(1, 90), H(64), R.randint(100, 9000)),
            "Normal  Created %ds  kubelet  Created container wandb" % R.randint(1, 90)]


@N("helm_release_secret_names_list")
def _(r):
    return ["NAME                          TYPE                 DATA   AGE", "sh.helm.release.v1.wandb.v%-3d helm.sh/release.v1   1      %dd" % (R.randint(1, 40), R.randint(1, 300)),
            "wandb-mysql                   Opaque               1      %dd" % R.randint(1, 300)]


@N("vault_lease_list_ids")
def _(r):
    return ["$ vault list sys/leases/lookup/database/creds/wandb", "Keys", "----", L(24), L(24)]


@N("argocd_app_sync_revision_hashes")
def _(r):
    return ["Name:               argocd/wandb", "Sync Status:        Synced to main (%s)" % H(7), "Health Status:      Healthy",
            "Revision:           %s" % H(40)]


@N("terraform_plan_known_after_apply")
def _(r):
    return ["  + resource \"random_password\" \"mysql\" {", "      + id          = (known after apply)", "      + length      = %d" % R.randint(16, 40),
            "      + result      = (sensitive value)", "      + special     = true", "    }"]


@N("ssh_keygen_L_certificate_fields")
def _(r):
    return ["        Type: ssh-ed25519-cert-v01@openssh.com user certificate", "        Public key: ED25519-CERT SHA256:%s" % B(43),
            "        Signing CA: ED25519 SHA256:%s (using ssh-ed25519)" % B(43), "        Key ID: \"ops@example.com\"", "        Serial: %d" % R.randint(1, 10**6)]


@N("gpg_list_secret_keys_fingerprints")
def _(r):
    return ["sec   ed25519 2024-0%d-1%d [SC]" % (R.randint(1, 9), R.randint(0, 9)), "      %s" % H(40).upper(), "uid           [ultimate] W&B Ops <ops@example.com>",
            "ssb   cv25519 2024-01-10 [E]"]


@N("datadog_trace_span_ids_json")
def _(r):
    return ['{"message":"request complete","dd.trace_id":"%d","dd.span_id":"%d","dd.service":"wandb-app","status":200}' % (R.randint(10**18, 10**19), R.randint(10**18, 10**19))]


@N("otel_log_record_trace_span_hex")
def _(r):
    return ["LogRecord #%d" % R.randint(0, 20), "ObservedTimestamp: %s" % ts_sp(), "Trace ID: %s" % H(32), "Span ID: %s" % H(16), "Flags: 1"]


@N("newrelic_entity_guid_base64")
def _(r):
    g = b64("%d|APM|APPLICATION|%d" % (R.randint(10**6, 10**7), R.randint(10**8, 10**9))).rstrip("=")
    return ["entityGuid: %s" % g, "entityName: wandb-app (prod)"]


@N("slack_channel_user_ids_and_ts")
def _(r):
    return ['{"ok":true,"channel":"C0%s","ts":"%d.%06d","message":{"user":"U0%s","bot_id":"B0%s","text":"W&B backup finished"}}' % (s(UP + DIG, 9), R.randint(1700000000, 1800000000), R.randint(0, 999999), s(UP + DIG, 9), s(UP + DIG, 9))]


@N("git_lfs_pointer_oid")
def _(r):
    return ["version https://git-lfs.github.com/spec/v1", "oid sha256:%s" % H(64), "size %d" % R.randint(1000, 10**9)]


@N("buildkit_cache_import_digests")
def _(r):
    return ["#%d importing cache manifest from registry.example.com/wandb/cache:main" % R.randint(1, 20),
            "#%d CACHED [builder 3/7] RUN pip install -r requirements.txt" % R.randint(1, 20),
            "#%d sha256:%s %.2fMB / %.2fMB %.1fs done" % (R.randint(1, 20), H(64), R.random() * 90, R.random() * 90 + 90, R.random() * 9)]


@N("conda_lock_md5_sha256_entries")
def _(r):
    return ["  - name: numpy", "    version: 1.26.%d" % R.randint(0, 4), "    hash:", "      md5: %s" % H(32), "      sha256: %s" % H(64)]


@N("masked_values_bullets_and_hidden")
def _(r):
    return ["MYSQL_PASSWORD     ••••••••", "WANDB_API_KEY      local-••••••••••••%s" % H(4), "OIDC_CLIENT_SECRET (hidden)", "SMTP_PASSWORD      xxxxxxxx"]


@N("runbook_angle_bracket_placeholders")
def _(r):
    return ["wandb login --relogin --host https://%s <YOUR_API_KEY>" % host(), "export MYSQL_PASSWORD=<from-1password>", "kubectl create secret generic wandb-mysql --from-literal=password=CHANGE_ME"]


@N("credential_file_flag_paths_cli")
def _(r):
    return ["mysqldump --defaults-extra-file=/etc/wandb/mysql-backup.cnf wandb_local", "redis-cli --askpass -h redis.wandb.svc",
            "azcopy login --service-principal --certificate-path /etc/wandb/sp.pem", "vault login -method=cert -client-key=/etc/vault/client.key"]


@N("secret_word_ttl_and_length_settings")
def _(r):
    return ["token_ttl: %dh" % R.randint(1, 72), "password_min_length: %d" % R.randint(8, 20), "secret_rotation_days: %d" % R.randint(30, 365),
            "key_bits: %d" % pick(2048, 3072, 4096), "api_key_expiry_enabled: true"]


@N("wandb_summary_json_token_count_fields")
def _(r):
    return ['{"_step": %d, "train/tokens_seen": %d, "eval/perplexity": %.4f, "tokenizer/vocab_size": %d, "_runtime": %.1f}' % (
        R.randint(1, 10**5), R.randint(10**6, 10**11), R.random() * 20, pick(32000, 50257, 128256), R.random() * 10**5)]


@N("x509_text_ski_aki_serial")
def _(r):
    c = lambda: ":".join(H(2).upper() for _ in range(20))
    return ["        Serial Number:", "            %s" % ":".join(H(2) for _ in range(16)), "        X509v3 Subject Key Identifier: ", "            %s" % c(),
            "        X509v3 Authority Key Identifier: ", "            %s" % c()]


@N("scim_users_list_ids_and_versions")
def _(r):
    return ['{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":%d,"Resources":[{"id":"%s","externalId":"00u%s","userName":"alice@example.com","meta":{"version":"W/\\"%s\\""}}]}' % (
        R.randint(1, 900), L(12), A(17), H(16))]


@N("okta_system_log_session_and_transaction_ids")
def _(r):
    return ['{"eventType":"user.session.start","outcome":{"result":"SUCCESS"},"authenticationContext":{"externalSessionId":"102%s"},"transaction":{"type":"WEB","id":"%s"},"uuid":"%s"}' % (A(22), A(20), uuid())]


@N("rate_limiter_token_bucket_metrics")
def _(r):
    return ["# HELP gorilla_rate_limiter_tokens_available Tokens currently available in the bucket", "# TYPE gorilla_rate_limiter_tokens_available gauge",
            "gorilla_rate_limiter_tokens_available{bucket=\"api_key\"} %d" % R.randint(0, 1000), "gorilla_auth_token_refresh_total %d" % R.randint(0, 10**6)]


@N("http_weak_etag_if_none_match")
def _(r):
    e = H(32)
    return ["GET /files/%s/output.log HTTP/1.1" % L(8), "If-None-Match: W/\"%s\"" % e, "HTTP/1.1 304 Not Modified", "ETag: W/\"%s\"" % e]


@N("support_ticket_prose_key_rotation")
def _(r):
    return ["Customer rotated the API key for the launch agent on %s; the old key name was ci-%s." % (ts()[:10], L(4)),
            "No secret values are included in this bundle. Token expiry was set to %d days." % R.randint(7, 90)]


@N("cli_password_prompts_no_values")
def _(r):
    return ["Enter host password for user 'mlops':", "Password for 'https://ops@git.example.com':", "Enter PEM pass phrase:", "Verifying - Enter PEM pass phrase:"]


@N("rekor_entry_uuid_and_log_index")
def _(r):
    return ["tlog entry created with index: %d" % R.randint(10**7, 10**9), "UUID: %s" % H(80)]


@N("minio_admin_info_deployment_id")
def _(r):
    return ["●  minio.example.com:9000", "   Uptime: %d days" % R.randint(1, 300), "   Version: 2025-0%d-1%dT00-00-00Z" % (R.randint(1, 9), R.randint(0, 9)),
            "   Deployment ID: %s" % uuid(), "   Drives: 4/4 OK"]


@N("idempotency_key_header_uuid")
def _(r):
    return ["POST /v1/exports HTTP/1.1", "Idempotency-Key: %s" % uuid(), "X-Request-Id: %s" % H(32)]


@N("wandb_entity_project_run_paths_urls")
def _(r):
    rid = L(8)
    return ["wandb: 🚀 View run %s at: https://%s/%s/%s/runs/%s" % (pick("crisp-sun-12", "lunar-wave-3"), host(), pick("ml-team", "research"), pick("llm-ft", "vision"), rid),
            "wandb: Find logs at: ./wandb/run-2025%02d%02d_%02d%02d%02d-%s/logs" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), rid)]


@N("kubectl_get_csr_node_names")
def _(r):
    return ["NAME        AGE   SIGNERNAME                                    REQUESTOR                 CONDITION",
            "node-csr-%s   %dm   kubernetes.io/kube-apiserver-client-kubelet   system:bootstrap:%s   Approved,Issued" % (U(43), R.randint(1, 59), L(6))]


@N("cloudflare_ray_and_zone_ids")
def _(r):
    return ["cf-ray: %s-%s" % (H(16), pick("FRA", "IAD", "SJC")), "zone_id = \"%s\"" % H(32), "account_id = \"%s\"" % H(32)]


@N("elastic_apm_transaction_ids")
def _(r):
    return ['{"transaction":{"id":"%s","type":"request","name":"POST /graphql"},"trace":{"id":"%s"},"parent":{"id":"%s"}}' % (H(16), H(32), H(16))]


@N("secret_store_references_csi_mount_paths")
def _(r):
    return ["volumeMounts:", "  - name: secrets-store", "    mountPath: /mnt/secrets", "    readOnly: true", "env:",
            "  - name: MYSQL_PASSWORD_FILE", "    value: /mnt/secrets/mysql-password"]


@N("base64_of_plain_nginx_conf_snippet")
def _(r):
    return ["data:", "  nginx.conf: %s" % b64("worker_processes %d;\nevents { worker_connections %d; }\n" % (R.randint(1, 8), R.randint(512, 4096)))]


def main():
    pos_out = []
    for name, new, fn in POS:
        for _i in range(3):
            for _try in range(200):
                lines, secrets = fn(R)
                if check(lines, secrets):
                    break
            else:
                raise SystemExit("could not draw a passing record for " + name)
            pos_out.append(json.dumps({"shape": name, "lines": lines, "secrets": secrets}, ensure_ascii=False))
    neg_out = []
    for name, fn in NEG:
        for _i in range(5):
            neg_out.append(json.dumps({"shape": name, "lines": fn(R)}, ensure_ascii=False))
    with open(os.path.join(HERE, "positives.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(pos_out) + "\n")
    with open(os.path.join(HERE, "negatives.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(neg_out) + "\n")
    n_new = sum(1 for _n, nw, _f in POS if nw)
    print("positive shapes %d (new %d), records %d; negative shapes %d, records %d" % (
        len(POS), n_new, len(pos_out), len(NEG), len(neg_out)))


if __name__ == "__main__":
    main()
