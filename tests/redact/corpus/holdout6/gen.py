#!/usr/bin/env python3
"""Seeded generator for the holdout6 redaction test set (stdlib only).

Writes positives.jsonl and negatives.jsonl next to this file, byte-for-byte
reproducible: `python3 gen.py`.
"""
import base64
import hashlib
import json
import os
import random
import string
import urllib.parse

SEED = 606_2026_17
R = random.Random(SEED)

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
SPEC = "@#%&!*-_+=.,:;/?~^$"


def rs(n, cs=ALNUM):
    return "".join(R.choice(cs) for _ in range(n))


def hx(n):
    return rs(n, HEX)


def pw(n=None, spec=SPEC):
    """Password: mixed classes, specials drawn from `spec` (may be empty)."""
    n = n or R.randint(14, 24)
    pools = [LOW, UP, DIG] + ([spec] if spec else [])
    chars = [R.choice(p) for p in pools]
    allc = LOW + UP + DIG + spec
    chars += [R.choice(allc) for _ in range(n - len(chars))]
    R.shuffle(chars)
    # do not start with a special (keeps shell/yaml contexts unambiguous)
    if chars[0] in spec:
        chars[0] = R.choice(LOW)
    return "".join(chars)


def b64e(b):
    return base64.b64encode(b).decode()


def b64ue(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rb(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def uuid():
    h = hx(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def jwt(claims):
    hdr = b64ue(json.dumps({"alg": "RS256", "kid": hx(12), "typ": "JWT"}, separators=(",", ":")).encode())
    pl = b64ue(json.dumps(claims, separators=(",", ":")).encode())
    sig = b64ue(rb(256))
    return f"{hdr}.{pl}.{sig}", sig


def b64_tail(prefix, secret):
    """base64(prefix+secret) and the chars that encode only the secret bytes.
    Requires len(prefix) % 3 == 0."""
    assert len(prefix) % 3 == 0
    enc = b64e(prefix + secret)
    k = len(prefix) // 3 * 4
    return enc, enc[k:].rstrip("=")


def user_len_mod(base, mod_target, extra=0):
    """Return a user name whose length satisfies (len+extra) % 3 == 0."""
    u = base
    while (len(u) + extra) % 3 != 0:
        u += R.choice(LOW)
    return u


def ip():
    return f"10.{R.randint(0, 250)}.{R.randint(0, 250)}.{R.randint(2, 250)}"


def ts():
    return f"2026-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"


def klog():
    return f"I{R.randint(1, 12):02d}{R.randint(1, 28):02d} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{R.randint(0, 999999):06d}   {R.randint(1000, 99999)}"


HOSTS = ["wandb.example.com", "wandb.internal.example.org", "ml.example.net"]
NSS = ["wandb", "wandb-prod", "ml-platform"]
NS5 = NSS + ["research", "staging"]
USERS = ["wandb", "wandb_app", "svc-wandb"]
MYSQLH = ["mysql.wandb.svc.cluster.local", "10.20.3.14", "db-primary.internal.example.org"]
REDISH = ["redis-master.wandb.svc.cluster.local", "10.40.1.9", "cache.internal.example.org"]
SMTPH = ["smtp.example.com", "mail.example.org", "relay.example.net"]


# ---------------------------------------------------------------- registry
POS = []  # (name, is_new, fn)
NEG = []  # (name, fn)


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


# ============================================================== POSITIVES
# ---- Kubernetes / Helm / GitOps -------------------------------------------
@P("kubectl_v9_round_trippers_curl_bearer")
def _(i):
    if i == 0:
        tok, sec = jwt({"iss": "kubernetes/serviceaccount", "sub": f"system:serviceaccount:{NSS[i]}:wandb-operator"})
    elif i == 1:
        sec = b64ue(rb(32))
        tok = "sha256~" + sec
    else:
        sec = rs(16, LOW + DIG)
        tok = rs(6, LOW + DIG) + "." + sec
    return [
        f"{klog()} loader.go:395] Config loaded from file:  /home/ops/.kube/config",
        f"{klog()} round_trippers.go:466] curl -v -XGET  -H \"Accept: application/json, */*\" -H \"User-Agent: kubectl/v1.30.2 (linux/amd64) kubernetes/39683505\" -H \"Authorization: Bearer {tok}\" 'https://{ip()}:6443/api/v1/namespaces/{NSS[i]}/pods?limit=500'",
        f"{klog()} round_trippers.go:553] GET https://{ip()}:6443/api/v1/namespaces/{NSS[i]}/pods?limit=500 200 OK in 12 milliseconds",
    ], [sec]


@P("kubectl_v8_request_headers_block")
def _(i):
    tok, sec = jwt({"aud": ["https://kubernetes.default.svc"], "sub": f"system:serviceaccount:{NSS[i]}:default", "exp": 1790000000 + i})
    k = klog()
    return [
        f"{k} round_trippers.go:469] Request Headers:",
        f"{k} round_trippers.go:473]     Accept: application/json;as=Table;v=v1;g=meta.k8s.io",
        f"{k} round_trippers.go:473]     Authorization: Bearer {tok}",
        f"{k} round_trippers.go:473]     User-Agent: kubectl/v1.29.{i} (linux/amd64) kubernetes/{hx(7)}",
    ], [sec]


@P("kubeconfig_exec_env_vault_token")
def _(i):
    sec = rs(91, ALNUM + "_-")
    return [
        "- name: " + ["ops@wandb-prod", "ci-deployer", "oncall"][i],
        "  user:",
        "    exec:",
        "      apiVersion: client.authentication.k8s.io/v1beta1",
        "      command: /usr/local/bin/vault-k8s-login",
        "      env:",
        "      - name: VAULT_TOKEN",
        f"        value: hvs.{sec}",
    ], [sec]


@P("kubeconfig_oidc_auth_provider_config")
def _(i):
    cs = rs(32, ALNUM)
    tok, sig = jwt({"iss": f"https://sso.{['example.com', 'example.org', 'example.net'][i]}/realms/ml", "email": "ops@example.com"})
    rt = rs(48, ALNUM + "-_")
    return [
        "    auth-provider:",
        "      config:",
        f"        client-id: kubernetes-{NSS[i]}",
        f"        client-secret: {cs}",
        f"        id-token: {tok}",
        f"        idp-issuer-url: https://sso.example.com/realms/ml",
        f"        refresh-token: {rt}",
        "      name: oidc",
    ], [cs, sig, rt]


@P("kubeadm_join_token_certificate_key")
def _(i):
    tid, tsec = rs(6, LOW + DIG), rs(16, LOW + DIG)
    ck = hx(64)
    cah = hx(64)
    lines = [f"  kubeadm join {ip()}:6443 --token {tid}.{tsec} \\",
             f"\t--discovery-token-ca-cert-hash sha256:{cah} \\"]
    if i != 1:
        lines.append(f"\t--control-plane --certificate-key {ck}")
        return lines, [tsec, ck]
    lines[-1] = lines[-1].rstrip(" \\")
    return lines, [tsec]


@P("kubectl_jsonpath_base64_decode_output", new=False)
def _(i):
    sec = pw(R.randint(18, 26), "@#%&*-_+=.:")
    key = ["MYSQL_PASSWORD", "REDIS_PASSWORD", "LICENSE_SIGNING_SECRET"][i]
    return [
        f"$ kubectl -n {NSS[i]} get secret wandb-{['mysql', 'redis', 'app'][i]} -o jsonpath='{{.data.{key}}}' | base64 -d; echo",
        sec,
        "$ ",
    ], [sec]


@P("helm_get_values_all_yaml", new=False)
def _(i):
    sec = pw(20, "@#%&*-_+=.")
    return [
        f"$ helm get values wandb -n {NSS[i]} --all",
        "COMPUTED VALUES:",
        "global:",
        "  mysql:",
        f"    host: {MYSQLH[i]}",
        f"    password: '{sec}'",
        "    port: 3306",
    ], [sec]


@P("argocd_application_helm_values_block")
def _(i):
    sec = pw(22, "@#%*-_+=.:")
    sk = rs(40, ALNUM + "+/")
    return [
        "    helm:",
        "      values: |",
        "        global:",
        "          bucket:",
        f"            accessKey: {rs(20, UP + DIG)}",
        f"            secretKey: \"{sk}\"",
        "          mysql:",
        f"            password: {sec}",
    ], [sk, sec]


@P("flux_helmrelease_values_inline")
def _(i):
    sec = pw(24, "@#%*-_+=.")
    return [
        "apiVersion: helm.toolkit.fluxcd.io/v2",
        "kind: HelmRelease",
        "spec:",
        "  values:",
        "    global:",
        "      redis:",
        f"        host: {REDISH[i]}",
        f"        password: \"{sec}\"",
    ], [sec]


@P("argocd_repository_secret_stringdata", new=False)
def _(i):
    sec = rs(20, ALNUM + "-_")
    return [
        "  labels:",
        "    argocd.argoproj.io/secret-type: repository",
        "stringData:",
        "  type: git",
        f"  url: https://gitlab.example.com/platform/{NSS[i]}-deploy.git",
        "  username: argocd",
        f"  password: glpat-{sec}",
    ], [sec]


@P("kubectl_create_docker_registry_flags", new=False)
def _(i):
    sec = pw(20, "@#%*-_+=.")
    return [
        f"$ kubectl create secret docker-registry regcred -n {NSS[i]} \\",
        "    --docker-server=registry.example.com \\",
        f"    --docker-username=robot${['wandb', 'ci', 'pull'][i]} \\",
        f"    --docker-password='{sec}' \\",
        "    --docker-email=ops@example.com",
    ], [sec]


@P("eso_vault_token_secret_data_b64", new=False)
def _(i):
    tok = uuid()
    enc = b64e(tok.encode())
    return [
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        f"  name: vault-token-{NSS[i]}",
        "data:",
        f"  token: {enc}",
    ], [enc.rstrip("=")]


@P("cert_manager_cloudflare_api_token_secret", new=False)
def _(i):
    sec = rs(40, ALNUM + "_-")
    return [
        "kind: Secret",
        "metadata:",
        "  name: cloudflare-api-token-secret",
        "  namespace: cert-manager",
        "type: Opaque",
        "stringData:",
        f"  api-token: {sec}",
    ], [sec]


# ---- Vault ----------------------------------------------------------------
@P("vault_login_table_output")
def _(i):
    sec = rs(91, ALNUM + "_-")
    return [
        "Key                  Value",
        "---                  -----",
        f"token                hvs.{sec}",
        f"token_accessor       {rs(24)}",
        "token_duration       768h",
        "token_renewable      true",
        f"token_policies       [\"default\" \"{NSS[i]}-read\"]",
    ], [sec]


@P("vault_operator_init_output")
def _(i):
    keys = [b64e(rb(33)) for _ in range(3)]
    root = rs(24, ALNUM)
    lines = [f"Unseal Key {k + 1}: {keys[k]}" for k in range(3)]
    lines += ["", f"Initial Root Token: hvs.{root}", "", "Vault initialized with 5 key shares and a key threshold of 3."]
    return lines, keys + [root]


@P("vault_approle_login_secret_id")
def _(i):
    sid = uuid()
    rid = uuid()
    return [
        f"$ vault write auth/approle/login role_id={rid} secret_id={sid}",
        "Key                     Value",
        f"token_policies          [\"{NSS[i]}\"]",
    ], [sid]


@P("vault_audit_log_raw_client_token")
def _(i):
    sec = rs(91, ALNUM + "_-")
    return [
        json.dumps({"time": ts() + ".118Z", "type": "request", "auth": {"client_token": f"hvs.{sec}", "accessor": rs(24), "display_name": f"kubernetes-{NSS[i]}-wandb"},
                    "request": {"id": uuid(), "operation": "read", "path": f"secret/data/{NSS[i]}/mysql", "remote_address": ip()}}, separators=(",", ":")),
    ], [sec]


@P("vault_kv_get_table")
def _(i):
    a, b = pw(20, "@#%*-_+=."), rs(40, ALNUM + "/+")
    return [
        "====== Secret Path ======",
        f"secret/data/{NSS[i]}/wandb",
        "",
        "======= Data =======",
        "Key                 Value",
        "---                 -----",
        f"mysql_password      {a}",
        f"s3_secret_key       {b}",
    ], [a, b]


def pem_body(nbytes, width=64):
    enc = b64e(rb(nbytes))
    return [enc[k:k + width] for k in range(0, len(enc), width)]


@P("vault_pki_issue_private_key_table")
def _(i):
    cert = pem_body(600)
    key = pem_body(300)
    lines = ["Key                 Value", "---                 -----",
             "certificate         -----BEGIN CERTIFICATE-----"] + cert[:3] + ["-----END CERTIFICATE-----",
             f"expiration          {1790000000 + i}",
             "private_key         -----BEGIN RSA PRIVATE KEY-----"] + key + ["-----END RSA PRIVATE KEY-----",
             "private_key_type    rsa"]
    return lines, [k for k in key if len(k) >= 8]


# ---- Terraform --------------------------------------------------------------
@P("terraformrc_credentials_block")
def _(i):
    a, b = rs(14, ALNUM), rs(67, ALNUM)
    return [
        f"credentials \"{['app.terraform.io', 'tfe.example.com', 'tfe.internal.example.org'][i]}\" {{",
        f"  token = \"{a}.atlasv1.{b}\"",
        "}",
    ], [a, b]


@P("tf_var_export_env", new=False)
def _(i):
    if i == 0:
        tok, sig = jwt({"iss": "wandb", "sub": "license", "seats": 50})
        return [f"export TF_VAR_wandb_license=\"{tok}\"", "terraform apply -auto-approve"], [sig]
    sec = pw(20, "@#%*-_+=.:")
    return [f"export TF_VAR_{['', 'database_password', 'smtp_password'][i]}='{sec}'", f"export TF_VAR_namespace={NSS[i]}", "terraform plan -out tf.plan"], [sec]


@P("terraform_provider_block_mysql", new=False)
def _(i):
    sec = pw(18, "@#%*-_+=.")
    return [
        "provider \"mysql\" {",
        f"  endpoint = \"{MYSQLH[i]}:3306\"",
        "  username = \"root\"",
        f"  password = \"{sec}\"",
        "}",
    ], [sec]


@P("hcl_heredoc_password")
def _(i):
    sec = pw(24, "@#%*-_+=.:;")
    return [
        "resource \"kubernetes_secret\" \"wandb_mysql\" {",
        "  data = {",
        "    MYSQL_PASSWORD = <<-EOT",
        f"      {sec}",
        "    EOT",
        "  }",
    ], [sec]


# ---- AWS / GCP / Azure -------------------------------------------------------
@P("aws_sts_assume_role_text_output", new=False)
def _(i):
    sk = rs(40, ALNUM + "+/")
    st = "IQoJb3JpZ2luX2Vj" + rs(300, ALNUM + "+/")
    return [
        f"$ aws sts assume-role --role-arn arn:aws:iam::{R.randint(10**11, 10**12 - 1)}:role/wandb-{NSS[i]} --role-session-name ops --output text",
        f"ASSUMEDROLEUSER\tarn:aws:sts::{R.randint(10**11, 10**12 - 1)}:assumed-role/wandb/ops\tAROA{rs(17, UP + DIG)}:ops",
        f"CREDENTIALS\tASIA{rs(16, UP + DIG)}\t2026-0{i + 1}-11T10:22:31+00:00\t{sk}\t{st}",
    ], [sk, st[16:]]


@P("aws_sso_cache_json")
def _(i):
    at = "aoa" + rs(200, ALNUM)
    rt = "aor" + rs(200, ALNUM)
    cs = rs(300, ALNUM + "_-")
    return [json.dumps({"startUrl": "https://example.awsapps.com/start", "region": "us-east-1", "accessToken": at, "expiresAt": ts() + "Z",
                        "clientId": rs(22), "clientSecret": cs, "refreshToken": rt}, indent=None)], [at[3:], rt[3:], cs]


@P("eks_get_token_exec_credential")
def _(i):
    url = f"https://sts.us-west-2.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA{rs(16, UP + DIG)}%2F20260101%2Fus-west-2%2Fsts%2Faws4_request&X-Amz-Security-Token={rs(200)}&X-Amz-Signature={hx(64)}"
    sec = b64ue(url.encode())
    return [json.dumps({"kind": "ExecCredential", "apiVersion": "client.authentication.k8s.io/v1beta1", "spec": {},
                        "status": {"expirationTimestamp": ts() + "Z", "token": "k8s-aws-v1." + sec}})], [sec]


@P("botocore_security_token_header_bytes", new=False)
def _(i):
    st = "FwoGZXIvYXdzE" + rs(250, ALNUM + "+/")
    return [
        f"{ts().replace('T', ' ')},118 botocore.endpoint [DEBUG] Sending http request: <AWSPreparedRequest stream_output=False, method=PUT, url=https://s3.us-east-1.amazonaws.com/wandb-{NSS[i]}/media/x.png, headers={{'X-Amz-Security-Token': b'{st}', 'User-Agent': b'Boto3/1.34.1'}}>",
    ], [st[13:]]


@P("gcloud_print_access_token_next_line", new=False)
def _(i):
    sec = rs(180, ALNUM + "-_.")
    return [f"$ gcloud auth print-access-token{['', ' --impersonate-service-account=wandb@proj.iam.gserviceaccount.com', ''][i]}", f"ya29.{sec}"], [sec]


@P("gcloud_adc_authorized_user_json")
def _(i):
    cs = rs(28, ALNUM + "-_")
    rt = rs(100, ALNUM + "-_")
    return [
        "{",
        f"  \"client_id\": \"{R.randint(10**11, 10**12)}-{rs(32, LOW + DIG)}.apps.googleusercontent.com\",",
        f"  \"client_secret\": \"GOCSPX-{cs}\",",
        f"  \"refresh_token\": \"1//0{rs(1)}{rt}\",",
        "  \"type\": \"authorized_user\"",
        "}",
    ], [cs, rt]


@P("google_oauth_installed_client_json")
def _(i):
    cs = rs(28, ALNUM + "-_")
    return [json.dumps({["installed", "web", "installed"][i]: {"client_id": f"{R.randint(10**11, 10**12)}-{rs(32, LOW + DIG)}.apps.googleusercontent.com",
                                                                 "project_id": f"wandb-{NSS[i]}", "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                                                                 "client_secret": f"GOCSPX-{cs}", "redirect_uris": [f"https://{HOSTS[i]}/oidc/callback"]}})], [cs]


@P("gsutil_boto_credentials_section")
def _(i):
    s = rs(40, ALNUM + "+/")
    rt = rs(100, ALNUM + "-_")
    lines = ["[Credentials]", f"gs_access_key_id = GOOG1E{rs(54, UP + DIG)}", f"gs_secret_access_key = {s}"]
    sec = [s]
    if i != 2:
        lines.append(f"gs_oauth2_refresh_token = 1//0{rt}")
        sec.append(rt)
    lines += ["", "[GSUtil]", "default_project_id = wandb-" + NSS[i]]
    return lines, sec


@P("blobfuse_connection_cfg")
def _(i):
    k = b64e(rb(64))
    return [f"accountName wandbstore{i}{rs(4, LOW + DIG)}", f"accountKey {k}", "authType Key", f"containerName wandb-{NSS[i]}"], [k.rstrip("=")]


@P("az_ad_sp_create_for_rbac_json")
def _(i):
    sec = rs(3) + "8Q~" + rs(34, ALNUM + "~_.-")
    return ["{", f"  \"appId\": \"{uuid()}\",", f"  \"displayName\": \"wandb-{NSS[i]}-sp\",", f"  \"password\": \"{sec}\",", f"  \"tenant\": \"{uuid()}\"", "}"], [sec]


# ---- object stores ----------------------------------------------------------
@P("rclone_conf_s3_remote")
def _(i):
    sk = rs(40, ALNUM + "+/")
    return [f"[{['minio', 'wandb-bucket', 'backup'][i]}]", "type = s3", "provider = Minio", "env_auth = false",
            f"access_key_id = {rs(20, UP + DIG)}", f"secret_access_key = {sk}", f"endpoint = http://{ip()}:9000"], [sk]


@P("rclone_conf_obscured_pass")
def _(i):
    ob = b64ue(rb(R.randint(30, 40)))
    return [f"[{['sftp-archive', 'nas', 'offsite'][i]}]", "type = sftp", f"host = {ip()}", "user = backup", f"pass = {ob}", "shell_type = unix"], [ob]


@P("s3cmd_s3cfg")
def _(i):
    sk = rs(40, ALNUM + "+/")
    gp = pw(18, "@#%*-_+=.")
    lines = ["[default]", f"access_key = {rs(20, UP + DIG)}", f"host_base = minio.{NSS[i]}.svc.cluster.local:9000",
             f"host_bucket = minio.{NSS[i]}.svc.cluster.local:9000", f"secret_key = {sk}"]
    sec = [sk]
    if i != 1:
        lines.insert(3, f"gpg_passphrase = {gp}")
        sec.append(gp)
    return lines, sec


@P("s5cmd_inline_env_prefix")
def _(i):
    sk = rs(40, ALNUM + "+/")
    return [f"$ AWS_ACCESS_KEY_ID={rs(20, UP + DIG)} AWS_SECRET_ACCESS_KEY={sk} AWS_REGION=us-east-1 s5cmd --endpoint-url http://{ip()}:9000 ls s3://wandb-{NSS[i]}/"], [sk]


@P("mc_admin_config_get_notify_kafka")
def _(i):
    sec = pw(20, "#%*-_+.")
    return [f"$ mc admin config get {['local', 'wandb', 'minio'][i]} notify_kafka",
            f"notify_kafka enable=on brokers=kafka-{i}.example.com:9093 topic=wandb-events sasl=on sasl_username=minio sasl_password={sec} sasl_mechanism=sha512 tls=on tls_skip_verify=off queue_limit=0"], [sec]


@P("minio_svcacct_add_output", new=False)
def _(i):
    sk = rs(40, ALNUM)
    return [f"$ mc admin user svcacct add {['local', 'wandb', 'minio'][i]} wandb", f"Access Key: {rs(20, UP + DIG)}", f"Secret Key: {sk}", "Expiration: no-expiry"], [sk]


# ---- MySQL / SQL / DB clients -----------------------------------------------
@P("proxysql_admin_insert_mysql_users")
def _(i):
    sec = pw(18, "#%*-_+=.:")
    return [f"Admin> INSERT INTO mysql_users(username,password,default_hostgroup) VALUES ('{USERS[i]}','{sec}',{10 * (i + 1)});",
            "Query OK, 1 row affected (0.00 sec)", "Admin> LOAD MYSQL USERS TO RUNTIME;"], [sec]


@P("proxysql_cnf_admin_credentials")
def _(i):
    a, b = pw(16, "#%*-_+=."), pw(16, "#%*-_+=.")
    return ["admin_variables=", "{", f"    admin_credentials=\"admin:{a};radmin:{b}\"", "    mysql_ifaces=\"0.0.0.0:6032\"", "}"], [a, b]


@P("proxysql_cnf_mysql_users_block")
def _(i):
    a, m = pw(18, "#%*-_+=."), pw(18, "#%*-_+=.")
    return ["mysql_variables=", "{", "    monitor_username=\"monitor\"", f"    monitor_password=\"{m}\"", "}",
            "mysql_users =", "(", f"    {{ username = \"{USERS[i]}\" , password = \"{a}\" , default_hostgroup = 0 , active = 1 }}", ")"], [m, a]


@P("mysqlsh_uri_flag")
def _(i):
    sec = pw(16, "#*-_+=.")
    return [f"$ mysqlsh --uri {USERS[i]}:{sec}@{MYSQLH[i]}:3306/wandb_local --sql -e 'SELECT COUNT(*) FROM runs'"], [sec]


@P("ps_auxww_mysqldump_password_long", new=False)
def _(i):
    sec = pw(18, "#%*-_+=.")
    return ["USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND",
            f"root       {R.randint(1000, 99999)}  2.1  0.3 412980 51200 ?        Sl   03:12   0:04 mysqldump --host={MYSQLH[i]} --user={USERS[i]} --password={sec} --single-transaction --routines wandb_local"], [sec]


@P("mysql_general_log_set_password", new=False)
def _(i):
    sec = pw(18, "#%*-_+=.")
    return [f"{ts()}.{R.randint(100000, 999999)}Z\t   {R.randint(10, 999)} Query\tSET PASSWORD FOR '{USERS[i]}'@'%' = '{sec}'"], [sec]


@P("pgbouncer_userlist_plain")
def _(i):
    a = pw(18, "#%*-_+=.@")
    return [f"\"{USERS[i]}\" \"{a}\"", f"\"pgbouncer_stats\" \"md5{hx(32)}\""], [a]


@P("postgres_log_alter_role_password", new=False)
def _(i):
    sec = pw(18, "#%*-_+=.@")
    return [f"{ts().replace('T', ' ')}.114 UTC [{R.randint(100, 9999)}] postgres@wandb LOG:  statement: ALTER ROLE {USERS[i].replace('-', '_')} WITH LOGIN PASSWORD '{sec}';"], [sec]


@P("odbc_ini_pwd")
def _(i):
    sec = pw(16, "#%*-_+=.@")
    return [f"[{['wandb', 'WandbReporting', 'wandb_ro'][i]}]", "Driver       = MySQL ODBC 8.0 Unicode Driver", f"SERVER       = {MYSQLH[i]}",
            "PORT         = 3306", f"UID          = {USERS[i]}", f"PWD          = {sec}", "DATABASE     = wandb_local"], [sec]


@P("adonet_connection_string_braced", new=False)
def _(i):
    sec = pw(18, "#%*-_+=.@;")
    return [f"  <add name=\"WandbDb\" connectionString=\"Server={MYSQLH[i]};Port=3306;Database=wandb_local;Uid={USERS[i]};Pwd={{{sec}}};SslMode=Required\" providerName=\"MySql.Data.MySqlClient\" />"], [sec]


@P("perl_dbi_connect")
def _(i):
    sec = pw(16, "#%*-_+=.@")
    return [f"my $dbh = DBI->connect(\"DBI:mysql:database=wandb_local;host={MYSQLH[i]}\", \"{USERS[i]}\", '{sec}', {{ RaiseError => 1 }});"], [sec]


@P("mongodb_srv_uri_percent_encoded", new=False)
def _(i):
    raw = pw(18, "@:/%#?")
    enc = urllib.parse.quote(raw, safe="")
    return [f"MONGO_URL=mongodb+srv://{USERS[i]}:{enc}@cluster{i}.{rs(5, LOW)}.example.net/wandb?retryWrites=true&w=majority"], [enc]


# ---- Redis ------------------------------------------------------------------
@P("redis_resp_capture_auth")
def _(i):
    sec = pw(24, "#%*-_+=.@")
    u = ["default", "wandb", "gorilla"][i]
    return ["*3", "$4", "AUTH", f"${len(u)}", u, f"${len(sec)}", sec, "+OK"], [sec]


@P("redis_cluster_create_a_flag", new=False)
def _(i):
    sec = pw(22, "#%*-_+=.@")
    nodes = " ".join(f"{ip()}:6379" for _ in range(3))
    return [f"$ redis-cli --cluster create {nodes} -a '{sec}' --cluster-replicas {i % 2}",
            "Warning: Using a password with '-a' or '-u' option on the command line interface may not be safe."], [sec]


@P("redis_acl_setuser_command", new=False)
def _(i):
    sec = pw(24, "#%*-_+=.@")
    return [f"{REDISH[i]}:6379> ACL SETUSER {['wandb', 'gorilla', 'exporter'][i]} on >{sec} ~* &* +@all -@dangerous", "OK"], [sec]


@P("celery_rediss_broker_url", new=False)
def _(i):
    sec = rs(32, ALNUM)
    return [f"broker_url = 'rediss://:{sec}@{REDISH[i]}:6380/{i}?ssl_cert_reqs=required'", "result_backend = broker_url"], [sec]


# ---- Kafka / RabbitMQ ---------------------------------------------------------
@P("kafka_server_jaas_conf", new=False)
def _(i):
    a, b = pw(18, "#%*-_+=.@"), pw(18, "#%*-_+=.@")
    return ["KafkaServer {", "   org.apache.kafka.common.security.plain.PlainLoginModule required",
            "   username=\"admin\"", f"   password=\"{a}\"", f"   user_admin=\"{a}\"", f"   user_{['wandb', 'gorilla', 'minio'][i]}=\"{b}\";", "};"], [a, b]


@P("kcat_sasl_flags")
def _(i):
    sec = pw(20, "#%*-_+=.@")
    return [f"$ kcat -b kafka-{i}.example.com:9093 -X security.protocol=SASL_SSL -X sasl.mechanisms=SCRAM-SHA-512 -X sasl.username=wandb -X sasl.password='{sec}' -L -t wandb-run-updates"], [sec]


@P("rabbitmqctl_add_user")
def _(i):
    sec = pw(18, "#%*-_+=.@")
    return [f"$ rabbitmqctl add_user {USERS[i]} '{sec}'", f"Adding user \"{USERS[i]}\" ...", "Done. Don't forget to grant the user permissions to some virtual hosts!"], [sec]


@P("rabbitmq_conf_default_pass")
def _(i):
    sec = pw(18, "#%*-_+=.@")
    return ["listeners.tcp.default = 5672", "default_user = wandb", f"default_pass = {sec}", "management.tcp.port = 15672"], [sec]


# ---- SMTP / IMAP -------------------------------------------------------------
@P("smtp_auth_plain_transcript")
def _(i):
    loc = ["alerts", "wandb", "noreply"][i]
    while (len(loc) + len("@example.com") + 2) % 3:
        loc += R.choice(DIG)
    u = loc + "@example.com"
    sec = pw(R.choice([15, 18, 21]), "#%*-_+=.")
    enc, tail = b64_tail(b"\0" + u.encode() + b"\0", sec.encode())
    return [f"<~ 220 {SMTPH[i]} ESMTP Postfix", f" ~> EHLO {HOSTS[i]}", "<~ 250-AUTH PLAIN LOGIN", f" ~> AUTH PLAIN {enc}", "<~ 235 2.7.0 Authentication successful"], [tail]


@P("smtp_auth_login_transcript")
def _(i):
    u = ["alerts@example.com", "wandb-mailer", "noreply@example.org"][i]
    sec = pw(17, "#%*-_+=.")
    e = b64e(sec.encode())
    return ["S: 250 AUTH LOGIN PLAIN", "C: AUTH LOGIN", "S: 334 VXNlcm5hbWU6", f"C: {b64e(u.encode())}", "S: 334 UGFzc3dvcmQ6", f"C: {e}", "S: 235 2.7.0 Authentication successful"], [e.rstrip("=")]


@P("imap_login_transcript")
def _(i):
    sec = pw(16, "#%*-_+=.@")
    return ["* OK [CAPABILITY IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE IDLE AUTH=PLAIN] Dovecot ready.",
            f"a00{i + 1} LOGIN bounces@example.com \"{sec}\"", f"a00{i + 1} OK Logged in"], [sec]


@P("postfix_sasl_passwd_map")
def _(i):
    sec = pw(18, "#%*-_+=.@")
    return ["# /etc/postfix/sasl_passwd", f"[{SMTPH[i]}]:587    alerts@example.com:{sec}"], [sec]


@P("msmtprc_account")
def _(i):
    sec = pw(18, "#%*-_+=.@")
    return [f"account {['default', 'wandb', 'alerts'][i]}", f"host {SMTPH[i]}", "port 587", "auth on", "user alerts@example.com", f"password {sec}", "tls on"], [sec]


@P("swaks_auth_password_flag")
def _(i):
    sec = pw(18, "#%*-_+=.@")
    return [f"$ swaks --to ops@example.com --server {SMTPH[i]}:587 --tls --auth LOGIN --auth-user alerts@example.com --auth-password '{sec}' --header 'Subject: W&B test'"], [sec]


@P("alertmanager_global_smtp_auth_password")
def _(i):
    sec = pw(18, "#%*-_+=.@")
    return ["global:", f"  smtp_smarthost: '{SMTPH[i]}:587'", "  smtp_from: 'alertmanager@example.com'", "  smtp_auth_username: 'alertmanager@example.com'", f"  smtp_auth_password: '{sec}'"], [sec]


# ---- LDAP / SSSD -------------------------------------------------------------
@P("sssd_conf_ldap_default_authtok")
def _(i):
    sec = pw(18, "#%*-_+=.@")
    return [f"[domain/{['example.com', 'corp.example.org', 'ml.example.net'][i]}]", "id_provider = ldap", "ldap_uri = ldaps://ldap.example.com",
            "ldap_default_bind_dn = cn=sssd,ou=svc,dc=example,dc=com", "ldap_default_authtok_type = password", f"ldap_default_authtok = {sec}"], [sec]


@P("slapd_conf_rootpw_plain")
def _(i):
    sec = pw(16, "#%*-_+=.@")
    return ["database\tmdb", "suffix\t\t\"dc=example,dc=com\"", "rootdn\t\t\"cn=Manager,dc=example,dc=com\"", f"rootpw\t\t{sec}"], [sec]


@P("nslcd_conf_bindpw")
def _(i):
    sec = pw(16, "#%*-_+=.@")
    return ["uri ldaps://ldap.example.com/", "base dc=example,dc=com", "binddn cn=nslcd,ou=svc,dc=example,dc=com", f"bindpw {sec}"], [sec]


@P("dex_config_ldap_bindpw_static_client")
def _(i):
    a = pw(18, "#%*-_+=.@")
    b = rs(32, ALNUM)
    return ["connectors:", "- type: ldap", "  id: ldap", "  config:", "    host: ldap.example.com:636", "    bindDN: cn=dex,ou=svc,dc=example,dc=com",
            f"    bindPW: '{a}'", "staticClients:", f"- id: wandb-{NSS[i]}", f"  secret: {b}", f"  redirectURIs: ['https://{HOSTS[i]}/oidc/callback']"], [a, b]


# ---- OAuth / OIDC --------------------------------------------------------------
@P("kcadm_config_credentials")
def _(i):
    sec = pw(18, "#%*-_+=.@")
    return [f"$ /opt/keycloak/bin/kcadm.sh config credentials --server http://keycloak.{NSS[i]}.svc:8080 --realm master --user admin --password '{sec}'",
            "Logging into http://keycloak:8080 as user admin of realm master"], [sec]


@P("keycloak_client_secret_rest_json", new=False)
def _(i):
    sec = rs(32, ALNUM)
    return [f"$ curl -s -H \"Authorization: Bearer $KC_TOKEN\" https://sso.example.com/admin/realms/ml/clients/{uuid()}/client-secret",
            json.dumps({"type": "secret", "value": sec})], [sec]


@P("okta_ssws_authorization_header")
def _(i):
    sec = "00" + rs(40, ALNUM + "-_")
    return [f"{ts()}Z DEBUG okta-sync request method=GET url=https://example.okta.com/api/v1/groups?limit=200 headers=\"Accept: application/json; Authorization: SSWS {sec}\""], [sec]


@P("oauth2_proxy_cfg_secrets")
def _(i):
    cs = rs(32, ALNUM)
    ck = b64ue(rb(32))
    return ["provider = \"oidc\"", f"client_id = \"wandb-{NSS[i]}\"", f"client_secret = \"{cs}\"", f"cookie_secret = \"{ck}\"", "email_domains = [\"example.com\"]"], [cs, ck]


@P("envoy_access_log_json_forwarded_access_token", new=False)
def _(i):
    tok, sig = jwt({"iss": "https://sso.example.com", "aud": "wandb", "sub": uuid()})
    return [json.dumps({"start_time": ts() + ".221Z", "method": "GET", "path": "/graphql", "response_code": 200, "authority": HOSTS[i],
                        "x_forwarded_access_token": tok, "upstream_host": ip() + ":8080", "request_id": uuid()})], [sig]


@P("token_introspection_form_body", new=False)
def _(i):
    t = rs(40, ALNUM)
    cs = rs(32, ALNUM)
    return [f"POST /realms/ml/protocol/openid-connect/token/introspect HTTP/1.1", "Content-Type: application/x-www-form-urlencoded", "",
            f"token={t}&token_type_hint=access_token&client_id=wandb&client_secret={cs}"], [t, cs]


# ---- proxies / access logs -------------------------------------------------
@P("haproxy_captured_basic_header")
def _(i):
    u = user_len_mod(["admin", "ops", "ci"][i], 0, extra=1)
    sec = pw(R.choice([15, 18]), "#%*-_+=.@")
    enc, tail = b64_tail((u + ":").encode(), sec.encode())
    return [f"Jan {R.randint(1, 28)} 03:1{i}:22 lb1 haproxy[{R.randint(100, 9999)}]: {ip()}:{R.randint(1024, 65000)} [{R.randint(1, 28)}/Jan/2026:03:1{i}:22.101] fe_https~ be_wandb/app{i} 0/0/1/24/25 200 1832 - - ---- 12/12/0/0/0 0/0 {{{HOSTS[i]}|Basic {enc}}} \"GET /api/v1/projects HTTP/1.1\""], [tail]


@P("traefik_access_log_json_authorization", new=False)
def _(i):
    sec = rs(40, ALNUM)
    return [json.dumps({"ClientHost": ip(), "RequestMethod": "POST", "RequestPath": "/files/ops/proj/run/file_stream", "DownstreamStatus": 200,
                        "RouterName": f"wandb-{NSS[i]}@kubernetescrd", "request_Authorization": "Bearer " + sec, "time": ts() + "Z"})], [sec]


@P("nginx_conf_proxy_set_header_basic")
def _(i):
    u = user_len_mod(["api", "wandb", "svc"][i], 0, extra=1)
    sec = pw(R.choice([15, 18]), "#%*-_+=.@")
    enc, tail = b64_tail((u + ":").encode(), sec.encode())
    return ["    location /upstream/ {", f"        proxy_pass http://{ip()}:8080/;", f"        proxy_set_header Authorization \"Basic {enc}\";", "    }"], [tail]


@P("envoy_request_headers_to_add_api_key")
def _(i):
    sec = rs(40, ALNUM)
    return ["        request_headers_to_add:", "        - header:", "            key: x-api-key", f"            value: {sec}", "          append_action: OVERWRITE_IF_EXISTS_OR_ADD"], [sec]


# ---- CI ------------------------------------------------------------------------
@P("gha_log_env_block", new=False)
def _(i):
    sec = hx(40)
    return [f"{ts()}.1234567Z ##[group]Run wandb login --host https://{HOSTS[i]}", f"{ts()}.1234567Z wandb login --host https://{HOSTS[i]}",
            f"{ts()}.1234567Z shell: /usr/bin/bash -e {{0}}", f"{ts()}.1234567Z env:", f"{ts()}.1234567Z   WANDB_API_KEY: {sec}", f"{ts()}.1234567Z ##[endgroup]"], [sec]


@P("gitlab_ci_debug_trace_export", new=False)
def _(i):
    sec = pw(20, "#%*-_+=.@")
    return [f"++ export CI_REGISTRY_USER=gitlab-ci-token", f"++ export WANDB_MYSQL_PASSWORD='{sec}'", "++ export CI_JOB_STAGE=deploy"], [sec]


@P("actions_runner_credentials_rsaparams")
def _(i):
    parts = {k: b64e(rb(n)) for k, n in [("d", 256), ("dp", 128), ("dq", 128), ("exponent", 3), ("inverseQ", 128), ("modulus", 256), ("p", 128), ("q", 128)]}
    return [json.dumps(parts, separators=(",", ":"))], [parts[k].rstrip("=") for k in ("d", "dp", "dq", "inverseQ", "p", "q")]


@P("gitlab_runner_config_toml_token")
def _(i):
    sec = rs(20, ALNUM + "-_")
    return ["[[runners]]", f"  name = \"wandb-{NSS[i]}-runner\"", "  url = \"https://gitlab.example.com/\"", f"  id = {R.randint(100, 9999)}", f"  token = \"glrt-{sec}\"", "  executor = \"kubernetes\""], [sec]


@P("git_credential_fill_output")
def _(i):
    sec = rs(36, ALNUM)
    return ["$ printf 'protocol=https\\nhost=github.com\\n\\n' | git credential fill", "protocol=https", "host=github.com", f"username={['ops-bot', 'wandb-ci', 'x-access-token'][i]}", f"password=ghp_{sec}"], [sec]


# ---- Ansible -------------------------------------------------------------------
@P("ansible_vvv_module_args_invocation")
def _(i):
    sec = pw(18, "#%*-_+=.@")
    return [f"ok: [wandb-db-{i}] => {{", "    \"changed\": false,", "    \"invocation\": {", "        \"module_args\": {",
            f"            \"login_host\": \"{MYSQLH[i]}\",", f"            \"login_password\": \"{sec}\",", "            \"login_user\": \"root\","], [sec]


@P("ansible_inventory_ini_become_pass")
def _(i):
    sec = pw(16, "#%*-_+=.@")
    return ["[wandb_db]", f"wandb-db-{i} ansible_host={ip()} ansible_user=ops ansible_become_pass='{sec}'"], [sec]


@P("ansible_playbook_extra_vars_cli")
def _(i):
    a, b = pw(16, "#%*-_+.@"), rs(32, ALNUM)
    return [f"$ ansible-playbook -i inventories/{NSS[i]} site.yml -e \"mysql_root_password={a} wandb_oidc_secret={b}\" --diff"], [a, b]


# ---- Windows --------------------------------------------------------------------
@P("powershell_convertto_securestring")
def _(i):
    sec = pw(16, "#%*-_+=.@")
    return [f"PS C:\\ops> $pw = ConvertTo-SecureString '{sec}' -AsPlainText -Force", "PS C:\\ops> $cred = New-Object System.Management.Automation.PSCredential('CORP\\svc-wandb', $pw)"], [sec]


@P("net_use_mapped_drive")
def _(i):
    sec = pw(16, "#%*-_+=.@")
    return [f"C:\\> net use Z: \\\\fs0{i}.corp.example.com\\wandb-artifacts {sec} /user:CORP\\svc-wandb /persistent:no", "The command completed successfully."], [sec]


@P("cmdkey_generic_pass")
def _(i):
    sec = pw(16, "#%*-_+=.@")
    return [f"C:\\> cmdkey /generic:{HOSTS[i]} /user:svc-wandb /pass:{sec}", "CMDKEY: Credential added successfully."], [sec]


@P("setx_env_var", new=False)
def _(i):
    sec = hx(40)
    return [f"C:\\Users\\ml> setx WANDB_API_KEY {sec}", "SUCCESS: Specified value was saved."], [sec]


# ---- Java / Node / Python / Ruby ------------------------------------------------
@P("spring_placeholder_default_value")
def _(i):
    sec = pw(18, "#%*-_+=.@")
    return [f"spring.datasource.url=jdbc:mysql://{MYSQLH[i]}:3306/wandb_local", f"spring.datasource.username={USERS[i]}", f"spring.datasource.password=${{DB_PASSWORD:{sec}}}"], [sec]


@P("java_properties_backslash_continuation")
def _(i):
    a, b = rs(16, ALNUM), rs(16, ALNUM)
    return ["# wandb exporter", f"wandb.export.apiKey={a}\\", f"    {b}", "wandb.export.batch=500"], [a, b]


@P("spring_actuator_env_show_values_json", new=False)
def _(i):
    sec = pw(18, "#%*-_+=.@")
    return [json.dumps({"name": "spring.mail.password", "value": sec, "origin": "System Environment Property \"SPRING_MAIL_PASSWORD\""})], [sec]


@P("npmrc_underscore_auth_basic")
def _(i):
    u = user_len_mod(["ci", "deploy", "npm"][i], 0, extra=1)
    sec = pw(R.choice([15, 18]), "#%*-_+=.@")
    enc, tail = b64_tail((u + ":").encode(), sec.encode())
    pwd = b64e(pw(16, "#%*-_+.").encode())
    if i == 2:
        return ["registry=https://npm.example.com/", "//npm.example.com/:username=ci", f"//npm.example.com/:_password={pwd}", "//npm.example.com/:always-auth=true"], [pwd.rstrip("=")]
    return ["registry=https://npm.example.com/", f"//npm.example.com/:_auth={enc}", "//npm.example.com/:always-auth=true"], [tail]


@P("yarnrc_yml_npm_auth_token")
def _(i):
    sec = rs(36, ALNUM)
    return ["npmScopes:", "  wandb-internal:", "    npmRegistryServer: \"https://npm.example.com\"", f"    npmAuthToken: \"npm_{sec}\""], [sec]


@P("python_http_client_debug_send")
def _(i):
    u = user_len_mod(["api", "svc", "admin"][i], 0, extra=1)
    sec = hx(40)
    enc, tail = b64_tail((u + ":").encode(), sec.encode())
    return [f"send: b'GET /api/v1/viewer HTTP/1.1\\r\\nHost: {HOSTS[i]}\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAccept-Encoding: gzip, deflate\\r\\nAuthorization: Basic {enc}\\r\\n\\r\\n'",
            "reply: 'HTTP/1.1 200 OK\\r\\n'"], [tail]


@P("ruby_hash_inspect")
def _(i):
    sec = pw(18, "#%*-_+=.@")
    return [f"D, [{ts()}.112233 #{R.randint(100, 9999)}] DEBUG -- : smtp settings: {{:address=>\"{SMTPH[i]}\", :port=>587, :user_name=>\"alerts\", :password=>\"{sec}\", :authentication=>:login}}"], [sec]


# ---- vendor keys ---------------------------------------------------------------
@P("sentry_dsn_env_and_js")
def _(i):
    k = hx(32)
    if i == 1:
        return [f"Sentry.init({{ dsn: \"https://{k}@o{R.randint(10000, 999999)}.ingest.sentry.io/{R.randint(100000, 9999999)}\", tracesSampleRate: 0.1 }});"], [k]
    return [f"SENTRY_DSN=https://{k}@o{R.randint(10000, 999999)}.ingest.us.sentry.io/{R.randint(100000, 9999999)}", f"SENTRY_ENVIRONMENT={NSS[i]}"], [k]


@P("newrelic_yml_license_key")
def _(i):
    k = hx(36)
    return ["common: &default_settings", f"  license_key: '{k}NRAL'", f"  app_name: wandb-{NSS[i]}"], [k]


@P("alertmanager_pagerduty_routing_key")
def _(i):
    k = hx(32)
    return ["receivers:", f"- name: pagerduty-{NSS[i]}", "  pagerduty_configs:", f"  - routing_key: {k}", "    severity: critical"], [k]


@P("alertmanager_opsgenie_api_key")
def _(i):
    k = uuid()
    return ["- name: opsgenie", "  opsgenie_configs:", f"  - api_key: {k}", "    api_url: https://api.eu.opsgenie.com/"], [k]


@P("twilio_curl_account_auth")
def _(i):
    sid = "AC" + hx(32)
    tok = hx(32)
    return [f"$ curl -X POST https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json --data-urlencode 'Body=wandb alert {i}' -u {sid}:{tok}"], [tok]


@P("mailgun_curl_api_key")
def _(i):
    k = hx(32) + "-" + hx(8) + "-" + hx(8)
    return [f"$ curl -s --user 'api:{k}' https://api.mailgun.net/v3/mg.example.com/messages -F from='W&B <noreply@example.com>' -F to=ops@example.com"], [k]


@P("postmark_server_token_header")
def _(i):
    k = uuid()
    return ["> POST /email HTTP/2", "> Host: api.postmarkapp.com", "> Accept: application/json", f"> X-Postmark-Server-Token: {k}", "> Content-Type: application/json"], [k]


@P("stripe_webhook_secret_env", new=False)
def _(i):
    a = rs(32, ALNUM)
    b = rs(99, ALNUM)
    return [f"STRIPE_WEBHOOK_SECRET=whsec_{a}", f"STRIPE_API_KEY=rk_live_{b}", "STRIPE_API_VERSION=2024-06-20"], [a, b]


@P("datadog_agent_yaml_api_key", new=False)
def _(i):
    k = hx(32)
    return ["## @param api_key - string - required", f"api_key: {k}", "site: datadoghq.eu", f"hostname: wandb-{NSS[i]}-node-{i}"], [k]


@P("anthropic_key_dotenv")
def _(i):
    k = rs(93, ALNUM + "-_")
    return ["# weave evaluation", f"ANTHROPIC_API_KEY=sk-ant-api03-{k}AA", "WEAVE_PARALLELISM=8"], [k]


# ---- monitoring / misc config formats --------------------------------------------
@P("grafana_datasource_secure_json_data")
def _(i):
    a = pw(18, "#%*-_+=.@")
    return ["datasources:", "  - name: wandb-mysql", "    type: mysql", f"    url: {MYSQLH[i]}:3306", f"    user: {USERS[i]}", "    secureJsonData:", f"      password: '{a}'"], [a]


@P("prometheus_scrape_basic_auth_bearer")
def _(i):
    a = pw(18, "#%*-_+=.@")
    b = rs(40, ALNUM)
    return ["scrape_configs:", f"  - job_name: wandb-{NSS[i]}", "    basic_auth:", "      username: prometheus", f"      password: \"{a}\"",
            f"  - job_name: federate-{i}", f"    bearer_token: {b}"], [a, b]


@P("yaml_anchor_alias_password")
def _(i):
    a = pw(20, "#%*-_+=.@")
    return [f"x-db-pass: &dbpass \"{a}\"", "services:", "  gorilla:", "    environment:", "      MYSQL_PASSWORD: *dbpass"], [a]


@P("toml_multiline_literal_password", new=False)
def _(i):
    a = pw(20, "#%*-_+=.@\"\\")
    return ["[database]", f"host = \"{MYSQLH[i]}\"", f"password = '''{a}'''", "pool = 8"], [a]


@P("declare_x_export_p", new=False)
def _(i):
    a = pw(20, "#%*-_+=.@")
    return ["declare -x HOME=\"/root\"", "declare -x HOSTNAME=\"wandb-app-0\"", f"declare -x MYSQL_PWD=\"{a}\"", f"declare -x WANDB_BASE_URL=\"https://{HOSTS[i]}\""], [a]


@P("curlrc_user")
def _(i):
    a = pw(18, "#%*-_+=.@")
    return ["# ~/.curlrc", "silent", f"user = \"svc-wandb:{a}\"", "retry = 3"], [a]


@P("wgetrc_http_password")
def _(i):
    a = pw(18, "#%*-_+=.@")
    return [f"$ wget --http-user=svc-wandb --http-password='{a}' https://{HOSTS[i]}/artifacts/dataset-v{i}.tar.gz"], [a]


@P("putty_ppk_private_lines")
def _(i):
    pub = pem_body(279)
    priv = pem_body(330)
    return ["PuTTY-User-Key-File-3: ssh-rsa", "Encryption: none", f"Comment: svc-wandb@{HOSTS[i]}", f"Public-Lines: {len(pub)}"] + pub[:3] + \
           [f"Private-Lines: {len(priv)}"] + priv + [f"Private-MAC: {hx(64)}"], [p for p in priv if len(p) >= 8]


@P("docker_secret_create_printf")
def _(i):
    a = pw(20, "#%*-_+=.@")
    return [f"$ printf '%s' '{a}' | docker secret create wandb_mysql_password_{i} -", rs(25, LOW + DIG)], [a]


@P("systemctl_cat_dropin_multi_env", new=False)
def _(i):
    a = pw(18, "#%*-_+=.@")
    b = hx(40)
    return ["# /etc/systemd/system/wandb-agent.service.d/override.conf", "[Service]", f"Environment=\"WANDB_BASE_URL=https://{HOSTS[i]}\" \"WANDB_API_KEY={b}\" \"DB_PASS={a}\""], [b, a]


@P("crontab_curl_api_key_header", new=False)
def _(i):
    a = rs(40, ALNUM)
    return [f"{R.randint(0, 59)} */{i + 2} * * * curl -fsS -H 'X-Api-Key: {a}' https://{HOSTS[i]}/admin/usage/export > /var/log/usage.csv 2>&1"], [a]


@P("wandb_launch_tfvars_agent_api_key", new=False)
def _(i):
    k = hx(40)
    a = b64e(rb(64))
    return [f"agent_api_key = \"local-{k}\"", "agent_image = \"wandb/launch-agent:latest\"", f"namespace = \"{NSS[i]}\"", f"azure_storage_access_key = \"{a}\""], [k, a.rstrip("=")]


@P("logfmt_secrets_beside_lookalikes", new=False)
def _(i):
    a = pw(18, "#%*-_+.@")
    b = rs(32, ALNUM)
    return [f"time={ts()}Z level=info msg=\"bootstrap\" commit={hx(40)} image_digest=sha256:{hx(64)} db_password=\"{a}\" request_id={uuid()} api_token={b} run_id={rs(8, LOW + DIG)}"], [a, b]


@P("wandb_gorilla_env_dump_sorted", new=False)
def _(i):
    a = pw(18, "#%*-_+.")
    s = rs(40, ALNUM + "/+")
    return [f"GORILLA_FILE_STORE=s3://{rs(20, UP + DIG)}:{s}@minio.{NSS[i]}.svc:9000/wandb?region=us-east-1&tls=false",
            f"GORILLA_METADATA_STORE=mysql://{USERS[i]}:{a}@{MYSQLH[i]}:3306/wandb_local?tls=preferred", "GORILLA_STATSD_HOST=localhost"], [s, a]


@P("wandb_operator_cr_values_ldap_bind", new=False)
def _(i):
    a = pw(18, "#%*-_+=.@")
    return ["spec:", "  values:", "    global:", "      ldap:", "        enabled: true", f"        bindPW: \"{a}\"", "        baseDN: dc=example,dc=com"], [a]


@P("wandb_debug_internal_log_http_auth_tuple")
def _(i):
    k = hx(40)
    return [f"{ts().replace('T', ' ')},331 DEBUG   HandlerThread:{R.randint(100, 9999)} [internal_api.py:execute():412] session auth=('api', '{k}') base_url=https://{HOSTS[i]}"], [k]


@P("wandb_sdk_settings_json_file", new=False)
def _(i):
    k = hx(40)
    return ["[default]", f"base_url = https://{HOSTS[i]}", f"api_key = local-{k}", f"entity = {['ml-research', 'vision', 'nlp'][i]}"], [k]


@P("helm_install_debug_user_supplied_values", new=False)
def _(i):
    tok, sig = jwt({"iss": "wandb", "sub": f"license-{i}", "expiresAt": "2027-01-01"})
    return ["NAME: wandb", "USER-SUPPLIED VALUES:", "global:", f"  host: https://{HOSTS[i]}", f"  license: {tok}"], [sig]


@P("k8s_event_message_with_url_creds", new=False)
def _(i):
    a = pw(16, "-_.~")
    return [f"  Warning  Failed     2m (x{i + 3} over 5m)  kubelet  Failed to pull image \"registry.example.com/wandb/local:0.6{i}.0\": failed to resolve reference: https://robot:{a}@registry.example.com/v2/: 401 Unauthorized"], [a]


@P("xml_maven_server_in_settings_security_env", new=False)
def _(i):
    a = pw(18, "#%*-_+=.@")
    return ["<server>", f"  <id>wandb-{NSS[i]}</id>", "  <username>deploy</username>", f"  <password>{a}</password>", "</server>"], [a]


@P("ini_colon_no_space_multi_section", new=False)
def _(i):
    a = rs(32, ALNUM)
    b = pw(18, "#%*-_+=.@")
    return ["[oidc]", f"issuer:https://sso.example.com/realms/{NSS[i]}", f"client_secret:{a}", "[smtp]", f"password:{b}"], [a, b]


@P("php_env_array_getenv_default", new=False)
def _(i):
    a = pw(18, "#%*-_+=.@")
    return [f"    'password' => env('DB_PASSWORD', '{a}'),", f"    'host' => env('DB_HOST', '{MYSQLH[i]}'),"], [a]


@P("go_viper_debug_all_settings", new=False)
def _(i):
    a = pw(18, "#%*-_+=.@")
    return [f"{ts()}Z DEBUG viper AllSettings: map[auth:map[oidc:map[client_id:wandb client_secret:{a}]] db:map[host:{MYSQLH[i]} port:3306]]"], [a]


# ============================================================== NEGATIVES
@N("oci_image_digest_refs")
def _(i):
    return [f"    image: registry.example.com/wandb/local@sha256:{hx(64)}", f"    imageID: docker-pullable://wandb/local@sha256:{hx(64)}"]


@N("git_commit_and_tree_hashes")
def _(i):
    return [f"commit {hx(40)}", f"Merge: {hx(7)} {hx(7)}", f"tree {hx(40)}"]


@N("k8s_object_uids_resource_versions")
def _(i):
    return ["metadata:", f"  uid: {uuid()}", f"  resourceVersion: \"{R.randint(10**6, 10**8)}\"", "  ownerReferences:", f"  - uid: {uuid()}"]


@N("secret_key_ref_env")
def _(i):
    return ["- name: MYSQL_PASSWORD", "  valueFrom:", "    secretKeyRef:", f"      name: wandb-mysql-{i}", "      key: MYSQL_PASSWORD"]


@N("external_secret_remote_ref")
def _(i):
    return ["  data:", "  - secretKey: password", "    remoteRef:", f"      key: secret/data/{NS5[i]}/mysql", f"      property: {['password', 'root_password', 'secret_key', 'client_secret', 'api_key'][i]}"]


@N("helm_values_password_secret_reference")
def _(i):
    return ["  mysql:", "    passwordSecret:", f"      name: wandb-mysql-{rs(4, LOW)}", "      passwordKey: MYSQL_PASSWORD", "    existingSecret: wandb-mysql"]


@N("pem_certificate_block")
def _(i):
    return ["-----BEGIN CERTIFICATE-----"] + [f"MII{rs(61, B64)}"] + pem_body(180) + ["-----END CERTIFICATE-----"]


@N("ssh_public_keys_authorized_keys")
def _(i):
    t = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, B64), "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rs(500, B64)][i % 2]
    return [f"{t} ops-{i}@{HOSTS[i % 3]}"]


@N("ssh_known_hosts_and_fingerprints")
def _(i):
    return [f"|1|{rs(27, B64)}=|{rs(27, B64)}= ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTY{rs(100, B64)}=",
            f"ED25519 key fingerprint is SHA256:{rs(43, B64)}."]


@N("vault_audit_hmac_values")
def _(i):
    return [json.dumps({"type": "response", "auth": {"client_token": f"hmac-sha256:{hx(64)}", "accessor": f"hmac-sha256:{hx(64)}"},
                        "request": {"path": f"secret/data/{NSS[i % 3]}/mysql", "remote_address": ip()}}, separators=(",", ":"))]


@N("vault_status_output")
def _(i):
    return ["Key             Value", "---             -----", "Seal Type       shamir", "Initialized     true", "Sealed          false",
            "Total Shares    5", "Threshold       3", f"Version         1.1{i}.2", f"Cluster ID      {uuid()}"]


@N("masked_values")
def _(i):
    return [["password: ********", "MYSQL_PASSWORD=<redacted>", "client_secret: [REDACTED]", "api_key=***", "Authorization: Bearer <token>"][i],
            ["token: \"****\"", "SECRET_KEY=xxxxxxxx", "\"password\": \"[FILTERED]\"", "WANDB_API_KEY: ***", "requirepass <hidden>"][i]]


@N("empty_passwords")
def _(i):
    return [["password: \"\"", "MYSQL_PWD=", "requirepass \"\"", "\"client_secret\": null", "db.password="][i], "username: wandb"]


@N("templated_placeholders")
def _(i):
    return [["password: ${MYSQL_PASSWORD}", "value: \"mysql://$(MYSQL_USER):$(MYSQL_PASSWORD)@$(MYSQL_HOST):$(MYSQL_PORT)/$(MYSQL_DATABASE)\"",
             "password: {{ .Values.global.mysql.password }}", "password = %(db_password)s", "secretKey: \"{{ vault_s3_secret_key }}\""][i]]


@N("prose_about_secrets")
def _(i):
    return [["Set WANDB_API_KEY to the key shown at https://wandb.example.com/authorize before running the agent.",
             "The MySQL password is stored in the wandb-mysql secret; rotate it with the runbook in section 4.",
             "# NOTE: never commit the OIDC client secret; it is injected by external-secrets at deploy time.",
             "If login fails with 'invalid token', regenerate your API key and run wandb login --relogin.",
             "Passwords must be at least 12 characters and contain a digit."][i]]


@N("metric_names_with_secret_words")
def _(i):
    return [f"wandb_api_key_cache_hits_total{{instance=\"{ip()}:9090\"}} {R.randint(1, 99999)}",
            f"gorilla_auth_token_validation_seconds_bucket{{le=\"0.{i + 1}\"}} {R.randint(1, 9999)}",
            f"vault_token_lookup_count {R.randint(1, 999)}"]


@N("tokenizer_config_tokens")
def _(i):
    return [json.dumps({"bos_token": "<s>", "eos_token": "</s>", "pad_token": "<pad>", "unk_token": "<unk>", "model_max_length": 4096 * (i + 1)}),
            f"tokens_per_second={R.randint(10, 900)}.{R.randint(0, 9)} total_tokens={R.randint(1000, 10**6)}"]


@N("os_shell_password_lines")
def _(i):
    return [["passwd: password updated successfully", "sudo: 3 incorrect password attempts", "[sudo] password for ops:",
             "Password: ", "Enter passphrase for key '/home/ops/.ssh/id_ed25519':"][i], "$ ls -l /etc/shadow", "-rw-r----- 1 root shadow 1289 Jan  3 10:22 /etc/shadow"]


@N("mysql_config_editor_print_masked")
def _(i):
    return [f"[{['client', 'wandb', 'backup', 'replica', 'reporting'][i]}]", f"user = \"{USERS[i % 3]}\"", "password = *****", f"host = \"{ip()}\"", f"port = {3306 + i}"]


@N("kubectl_describe_secret_sizes")
def _(i):
    return [f"Name:         wandb-mysql-{i}", f"Namespace:    {NSS[i % 3]}", "Type:  Opaque", "", "Data", "====",
            f"MYSQL_PASSWORD:       {R.randint(16, 40)} bytes", f"MYSQL_ROOT_PASSWORD:  {R.randint(16, 40)} bytes"]


@N("webhook_ca_bundle_base64_cert")
def _(i):
    cert = "-----BEGIN CERTIFICATE-----\n" + "\n".join(pem_body(300)) + "\n-----END CERTIFICATE-----\n"
    return ["  clientConfig:", f"    caBundle: {b64e(cert.encode())}"]


@N("configmap_base64_of_plain_config")
def _(i):
    cfg = json.dumps({"theme": "dark", "retention_days": 30 + i, "features": ["reports", "sweeps"]})
    return ["binaryData:", f"  ui-settings.json: {b64e(cfg.encode())}"]


@N("jwks_public_key_json")
def _(i):
    return [json.dumps({"keys": [{"kty": "RSA", "kid": hx(40), "use": "sig", "alg": "RS256", "n": b64ue(rb(256)), "e": "AQAB"}]})]


@N("oidc_discovery_endpoints")
def _(i):
    b = f"https://sso.example.com/realms/{NS5[i]}"
    return [f"issuer: {b}", f"token_endpoint: {b}/protocol/openid-connect/token", f"jwks_uri: {b}/protocol/openid-connect/certs",
            "token_endpoint_auth_methods_supported: [client_secret_basic, client_secret_post, private_key_jwt]"]


@N("aws_caller_identity_ids")
def _(i):
    return ["{", f"    \"UserId\": \"AIDA{rs(17, UP + DIG)}\",", f"    \"Account\": \"{R.randint(10**11, 10**12 - 1)}\",",
            f"    \"Arn\": \"arn:aws:iam::{R.randint(10**11, 10**12 - 1)}:user/wandb-{NSS[i % 3]}\"", "}"]


@N("request_and_trace_ids")
def _(i):
    return [f"X-Request-Id: {uuid()}", f"traceparent: 00-{hx(32)}-{hx(16)}-01", f"X-Amzn-Trace-Id: Root=1-{hx(8)}-{hx(24)}"]


@N("etag_content_md5_headers")
def _(i):
    return [f"ETag: \"{hx(32)}\"", f"Content-MD5: {b64e(rb(16))}", f"x-amz-checksum-sha256: {b64e(rb(32))}"]


@N("docker_pull_layer_digests")
def _(i):
    return [f"{hx(12)}: Pull complete", f"{hx(12)}: Already exists", f"Digest: sha256:{hx(64)}", f"Status: Downloaded newer image for wandb/local:0.6{i}.1"]


@N("npm_lock_integrity")
def _(i):
    return [f"      \"resolved\": \"https://npm.example.com/@wandb/sdk/-/sdk-0.{i}.1.tgz\",", f"      \"integrity\": \"sha512-{b64e(rb(64))}\","]


@N("pip_requirements_hashes")
def _(i):
    return [f"wandb==0.18.{i} \\", f"    --hash=sha256:{hx(64)} \\", f"    --hash=sha256:{hx(64)}"]


@N("go_sum_lines")
def _(i):
    return [f"github.com/wandb/parallel v0.{i}.1 h1:{b64e(rb(32))}", f"github.com/wandb/parallel v0.{i}.1/go.mod h1:{b64e(rb(32))}"]


@N("terraform_lock_hashes")
def _(i):
    return [f"provider \"registry.terraform.io/hashicorp/aws\" {{", f"  version = \"5.{i}.0\"", "  hashes = [",
            f"    \"h1:{b64e(rb(32))}\",", f"    \"zh:{hx(64)}\",", "  ]"]


@N("redis_info_replication")
def _(i):
    return ["# Server", f"run_id:{hx(40)}", "# Replication", "role:master", f"master_replid:{hx(40)}", f"master_repl_offset:{R.randint(10**6, 10**9)}"]


@N("mysql_validate_password_vars")
def _(i):
    return ["+--------------------------------------+--------+", "| Variable_name                        | Value  |",
            f"| validate_password.length             | {12 + i}     |", "| validate_password.policy             | MEDIUM |"]


@N("smtp_transcript_without_credentials")
def _(i):
    return [f"<~ 220 {SMTPH[i % 3]} ESMTP {['Postfix', 'Exim 4.97', 'Haraka', 'Postfix (Debian)', 'ready'][i]}", "<~ 250-AUTH PLAIN LOGIN CRAM-MD5", "C: AUTH LOGIN", "S: 334 VXNlcm5hbWU6", "S: 535 5.7.8 Authentication credentials invalid"]


@N("ldap_config_non_secret")
def _(i):
    return ["ldap_uri = ldaps://ldap.example.com", "ldap_search_base = dc=example,dc=com", "ldap_default_authtok_type = password",
            f"ldap_tls_reqcert = {['demand', 'hard', 'demand', 'allow', 'try'][i]}", f"ldap_id_use_start_tls = {['true', 'false'][i % 2]}", f"ldap_network_timeout = {3 + i}"]


@N("oauth_client_public_settings")
def _(i):
    return [f"client_id: wandb-{NS5[i]}", f"token_endpoint_auth_method: {['client_secret_basic', 'client_secret_post', 'private_key_jwt', 'none', 'client_secret_jwt'][i]}", "response_type: code", "scope: openid profile email groups"]


@N("kafka_client_non_secret_props")
def _(i):
    return ["security.protocol=SASL_SSL", "sasl.mechanism=SCRAM-SHA-512", "ssl.endpoint.identification.algorithm=https",
            f"ssl.truststore.location=/etc/kafka/secrets/truststore-{i}.jks", "sasl.login.refresh.window.factor=0.8"]


@N("windows_credential_prompts")
def _(i):
    return [["PS> $cred = Get-Credential -UserName CORP\\svc-wandb", "PS> $pw = Read-Host -AsSecureString 'DB password'", "C:\\> cmdkey /list",
             "PS> $pw = Get-Content C:\\ops\\pw.txt | ConvertTo-SecureString", "C:\\> net use Z: \\\\fs01\\wandb /user:CORP\\svc-wandb *"][i],
            "    Target: Domain:target=fs01.corp.example.com", "    User: CORP\\svc-wandb"]


@N("wandb_run_ids_and_artifact_digests")
def _(i):
    return [f"wandb: Syncing run {['glowing-sun', 'fresh-river', 'misty-wave', 'bold-star', 'quiet-fog'][i]}-{R.randint(1, 999)}",
            f"wandb: 🚀 View run at https://{HOSTS[i % 3]}/ml/proj/runs/{rs(8, LOW + DIG)}",
            f"  \"digest\": \"{b64e(rb(16))}\",", f"  \"ref\": \"s3://wandb-artifacts/{hx(32)}\","]


@N("sentry_event_and_release_ids")
def _(i):
    return [f"Sentry is attempting to send 1 pending event id={hx(32)}", f"SENTRY_RELEASE=wandb-local@{hx(40)}", "SENTRY_ENVIRONMENT=production"]


@N("gha_masked_log")
def _(i):
    return [f"{ts()}.1234567Z env:", f"{ts()}.1234567Z   WANDB_API_KEY: ***", f"{ts()}.1234567Z   WANDB_BASE_URL: https://{HOSTS[i % 3]}"]


@N("gpg_key_fingerprints")
def _(i):
    f = hx(40).upper()
    return [f"pub   rsa4096 2025-0{i + 1}-12 [SC]", "      " + f, f"uid           [ultimate] Release Signing <release@example.com>", f"sub   rsa4096 2025-0{i + 1}-12 [E]"]


@N("password_policy_settings")
def _(i):
    return ["password_min_length: 12", f"password_reset_ttl: {24 * (i + 1)}h", "require_password_change: true", "token_ttl: 720h", "secret_rotation_days: 90"]


@N("keycloak_event_log_ids")
def _(i):
    return [f"{ts()},112 INFO  [org.keycloak.events] (executor-thread-{i}) type=\"CODE_TO_TOKEN\", realmId=\"{uuid()}\", clientId=\"wandb\", userId=\"{uuid()}\", ipAddress=\"{ip()}\", token_id=\"{uuid()}\", grant_type=\"authorization_code\", refresh_token_type=\"Refresh\", scope=\"openid email\", code_id=\"{uuid()}\""]


@N("terraform_plan_sensitive_markers")
def _(i):
    return ["  # kubernetes_secret.wandb_mysql will be updated in-place", "  ~ resource \"kubernetes_secret\" \"wandb_mysql\" {",
            "      ~ data = (sensitive value)", "      id = \"" + NS5[i] + "/wandb-mysql\"", "    }", "Outputs:", "db_password = <sensitive>"]


@N("azure_sdk_http_logging_redacted")
def _(i):
    return ["INFO:azure.core.pipeline.policies.http_logging_policy:Request URL: 'https://wandbstore.blob.core.windows.net/wandb?restype=container&comp=list'",
            "Request headers:", "    'x-ms-version': 'REDACTED'", "    'Authorization': 'REDACTED'", f"    'x-ms-client-request-id': '{uuid()}'"]


@N("botocore_credential_provider_info")
def _(i):
    return [f"{ts().replace('T', ' ')},221 botocore.credentials [INFO] Found credentials in {['environment variables', 'shared credentials file: ~/.aws/credentials', 'AssumeRoleWithWebIdentity'][i % 3]}.",
            f"{ts().replace('T', ' ')},222 botocore.hooks [DEBUG] Event choose-signer.s3.ListObjectsV2: calling handler <function set_operation_specific_signer at 0x7f{hx(10)}>"]


@N("password_hash_algorithm_settings")
def _(i):
    return ["default_authentication_plugin=caching_sha2_password", f"password_history={5 + i}", "PASSWORD_HASHERS = ['django.contrib.auth.hashers.Argon2PasswordHasher']"]


@N("k8s_sa_token_projection_spec")
def _(i):
    return ["  - serviceAccountToken:", "      audience: vault", f"      expirationSeconds: {3600 * (i + 1)}", "      path: token", "  automountServiceAccountToken: false"]


@N("cert_manager_certificate_status")
def _(i):
    return ["Status:", "  Conditions:", "    Message: Certificate is up to date and has not expired", f"  Not After: 2027-0{i + 1}-11T10:22:31Z",
            f"  Revision: {i + 1}", f"    Serial Number: {hx(36)}"]


# ============================================================== driver
def leak_free(lines, secrets):
    """Every secret appears in the lines; no 6-char piece of a secret appears
    in the record's lines outside occurrences of the secrets themselves."""
    if not secrets:
        return False
    text = "\n".join(lines)
    rem = text
    for s in sorted(secrets, key=len, reverse=True):
        if len(s) < 8 or s not in text:
            return False
        rem = rem.replace(s, "\x00")
    for s in secrets:
        for k in range(len(s) - 5):
            if s[k:k + 6] in rem:
                return False
    return True


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    pos, neg = [], []
    for name, _new, fn in POS:
        for i in range(3):
            for _attempt in range(100):
                lines, secrets = fn(i)
                secrets = list(dict.fromkeys(secrets))
                if leak_free(lines, secrets):
                    break
            else:
                raise SystemExit(f"could not build clean record for {name}")
            pos.append({"shape": name, "lines": lines, "secrets": secrets})
    for name, fn in NEG:
        for i in range(5):
            neg.append({"shape": name, "lines": fn(i)})
    for fname, recs in (("positives.jsonl", pos), ("negatives.jsonl", neg)):
        with open(os.path.join(here, fname), "w", encoding="utf-8", newline="\n") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"positives: {len(pos)} records, {len(POS)} shapes ({sum(1 for p in POS if p[1])} marked new)")
    print(f"negatives: {len(neg)} records, {len(NEG)} shapes")


if __name__ == "__main__":
    main()
