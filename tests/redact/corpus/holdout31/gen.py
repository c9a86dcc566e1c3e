#!/usr/bin/env python3
"""holdout31: sealed held-out set for the wbdiag secret redactor.

Focus: cloud and infrastructure tooling around a W&B Server deployment
(AWS / gcloud / Azure CLIs, Vault, secret-manager CLIs, Terraform, cloud-init,
Ansible, Packer, Pulumi, kubeconfigs and exec plugins, registry logins, CI OIDC),
as printed, stored or logged, and pasted into tickets.

Python 3, stdlib only, deterministic.  Writes positives.jsonl / negatives.jsonl
next to this file.
"""
import base64
import json
import math
import os
import random
import string
import urllib.parse

SEED = 3131_2026
R = random.Random(SEED)

AL = string.ascii_letters + string.digits
B64 = AL + "+/"
B64U = AL + "-_"
HEX = "0123456789abcdef"
UP = string.ascii_uppercase + string.digits
LOW = string.ascii_lowercase + string.digits
PWCH = AL + "-_.!~+*"


# ---------------------------------------------------------------- helpers
def rs(n, alpha=AL):
    return "".join(R.choice(alpha) for _ in range(n))


def rb(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def pw(n=None, alpha=PWCH):
    n = n or R.randint(14, 22)
    return rs(1) + rs(n - 2, alpha) + rs(1)


def pw_url(n=None):
    return pw(n, AL + "-_.~")


def hexs(n):
    return rs(n, HEX)


def uuid():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def acct():
    return str(R.randint(100000000000, 999999999999))


def region():
    return R.choice(["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"])


def akid(p="AKIA"):
    return p + rs(16, string.ascii_uppercase + "234567")


def aws_secret():
    return rs(40, B64)


STS_PFX = "IQoJb3JpZ2luX2Vj"


def sts_token():
    body = rs(R.randint(260, 360), B64)
    return STS_PFX + body, body


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(iss="https://token.actions.githubusercontent.com", sub=None, aud="sts.amazonaws.com"):
    hdr = b64u(json.dumps({"alg": "RS256", "kid": hexs(16), "typ": "JWT"}).encode())
    pl = {"iss": iss, "sub": sub or ("repo:acme/wandb-infra:ref:refs/heads/main" if "github" in iss else "org-" + rs(10, LOW)),
          "aud": aud, "exp": R.randint(1700000000, 1760000000), "jti": uuid()}
    sig = rs(R.choice([342, 342, 256]), B64U)
    return f"{hdr}.{b64u(json.dumps(pl).encode())}.{sig}", sig


def ya29():
    t = rs(R.randint(150, 200), B64U)
    return "ya29." + t, t


def hvs():
    t = rs(R.randint(90, 96), B64U)
    return "hvs." + t, t


def az_client_secret():
    return rs(3) + R.choice(string.digits) + "Q~" + rs(33, AL + "~_.-") + rs(1)


def b64_tail(raw, start, urlsafe=False, end=None):
    enc = (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(raw).decode()
    full = enc
    stop = len(enc) if end is None else 4 * (end // 3)
    tail = enc[4 * math.ceil(start / 3):stop].rstrip("=")
    return full, tail


def basic(user, password):
    raw = f"{user}:{password}".encode()
    return b64_tail(raw, len(user) + 1)


def pem_body(nbytes=None, width=64):
    b = base64.b64encode(rb(nbytes or R.randint(420, 560))).decode()
    return [b[i:i + width] for i in range(0, len(b), width)]


_T0 = 1704067200  # 2024-01-01


def when(base=None):
    import datetime as _dt
    t = base if base is not None else _T0 + R.randint(0, 700 * 86400)
    return t, _dt.datetime.fromtimestamp(t, _dt.timezone.utc)


def iso(t=None, frac=False, z=True):
    _, d = when(t)
    s = d.strftime("%Y-%m-%dT%H:%M:%S")
    if frac:
        s += "." + str(R.randint(0, 999999)).zfill(6)
    return s + ("Z" if z else "+00:00")


def amzdate(t=None):
    _, d = when(t)
    return d.strftime("%Y%m%dT%H%M%SZ"), d.strftime("%Y%m%d")


def host():
    return R.choice(["wandb.example.com", "wandb.corp.example.net", "ml.example.org", "wb.example.io"])


def bucket():
    return R.choice(["wandb-files", "acme-wandb-prod", "wb-artifacts-", "wandb-bucket-"]) + rs(6, LOW)


def user():
    return R.choice(["jdoe", "mlops", "priya", "svc-wandb", "akim", "ops-admin", "tchen"])


def ns():
    return R.choice(["wandb", "wandb-prod", "default", "wandb-system"])


def q(s):
    return urllib.parse.quote(s, safe="")


# ---------------------------------------------------------------- wrappers
INTROS = [
    "Here is the output from the jump host:",
    "Pasting what the runner printed:",
    "Output below (trimmed a bit):",
    "This is what we see when we run it:",
    "From the bastion, as requested:",
    "Attaching the relevant part:",
]
NAMES = ["Priya Raman", "Tom Chen", "Ana Souza", "Ops Team", "Jonas Weber", "Mei Lin"]


def w_fence(lines):
    return [R.choice(INTROS), "```" + R.choice(["", "text", "console", "shell"])] + lines + ["```"]


def w_quote(lines):
    _, d = when()
    n = R.choice(NAMES)
    hdr = f"On {d.strftime('%a, %b %d, %Y at %I:%M %p')} {n} <{n.split()[0].lower()}@example.com> wrote:"
    return [hdr] + [("> " + x) if x else ">" for x in lines]


def w_crlf(lines):
    return [x + "\r" for x in lines]


def w_jira(lines):
    return ["{noformat}"] + lines + ["{noformat}"]


def w_indent(lines):
    return [("    " + x) if x else "" for x in lines]


WRAP = {
    "fence": ("in_ticket_md_fence", w_fence),
    "quote": ("email_reply_quoted", w_quote),
    "crlf": ("pasted_crlf", w_crlf),
    "jira": ("jira_noformat_block", w_jira),
    "indent": ("md_indented_codeblock", w_indent),
}
WRAP_ORDER = ["fence", "quote", "crlf", "jira", "indent"]

# ================================================================ POSITIVES
P = []  # (base_name, fn, source)


def pos(name, src):
    def deco(fn):
        P.append((name, fn, src))
        return fn
    return deco


AWSCLI = "https://docs.aws.amazon.com/cli/latest/reference/"


@pos("awscli_sts_assume_role_pretty_json_credentials_block", AWSCLI + "sts/assume-role.html")
def _():
    a = acct(); sk = aws_secret(); tok, tb = sts_token(); t, _ = when()
    return [
        f"$ aws sts assume-role --role-arn arn:aws:iam::{a}:role/wandb-bucket-rw --role-session-name wbdiag-{rs(4, LOW)}",
        "{",
        '    "Credentials": {',
        f'        "AccessKeyId": "{akid("ASIA")}",',
        f'        "SecretAccessKey": "{sk}",',
        f'        "SessionToken": "{tok}",',
        f'        "Expiration": "{iso(t, z=False)}"',
        "    },",
        f'    "AssumedRoleUser": {{ "Arn": "arn:aws:sts::{a}:assumed-role/wandb-bucket-rw/wbdiag" }}',
    ], [sk, tb]


@pos("awscli_sts_get_session_token_output_text_tab_row", AWSCLI + "sts/get-session-token.html")
def _():
    sk = aws_secret(); tok, tb = sts_token()
    return [
        f"$ aws sts get-session-token --serial-number arn:aws:iam::{acct()}:mfa/{user()} --token-code {R.randint(100000, 999999)} --output text",
        f"CREDENTIALS\t{akid('ASIA')}\t{iso()}\t{sk}\t{tok}",
    ], [sk, tb]


@pos("awscli_sts_get_session_token_output_table_box", AWSCLI + "sts/get-session-token.html")
def _():
    sk = aws_secret(); tok, tb = sts_token(); k = akid("ASIA")
    # aws --output table: one row per field, value column as wide as the longest value
    vw = len(tok) + 4
    inner = 21 + vw
    rows = [("AccessKeyId", k), ("Expiration", iso()), ("SecretAccessKey", sk), ("SessionToken", tok)]
    return [
        "-" * (inner + 4),
        "|" + "GetSessionToken".center(inner + 2) + "|",
        "+" + "-" * (inner + 2) + "+",
        "||" + "Credentials".center(inner) + "||",
        "|+" + "-" * 20 + "+" + "-" * vw + "+|",
    ] + [f"||  {a:<18}|  {b:<{vw - 2}}||" for a, b in rows] + ["|+" + "-" * 20 + "+" + "-" * vw + "+|"], [sk, tb]


@pos("aws_config_credential_process_then_helper_stdout", "https://docs.aws.amazon.com/cli/v1/userguide/cli-configure-sourcing-external.html")
def _():
    sk = aws_secret(); tok, tb = sts_token()
    return [
        "$ grep -A2 'profile wandb-ci' ~/.aws/config",
        "[profile wandb-ci]",
        "credential_process = /opt/wandb/bin/wb-vault-aws --role wandb-ci --json",
        "$ /opt/wandb/bin/wb-vault-aws --role wandb-ci --json",
        json.dumps({"Version": 1, "AccessKeyId": akid("ASIA"), "SecretAccessKey": sk,
                    "SessionToken": tok, "Expiration": iso()}),
    ], [sk, tb]


@pos("aws_shared_credentials_three_profiles_one_with_session_token", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")
def _():
    s1, s2, s3 = aws_secret(), aws_secret(), aws_secret(); tok, tb = sts_token()
    return [
        "[default]",
        f"aws_access_key_id = {akid()}",
        f"aws_secret_access_key = {s1}",
        "[wandb-prod]",
        f"aws_access_key_id={akid()}",
        f"aws_secret_access_key={s2}",
        "[wandb-tmp]",
        f"aws_secret_access_key = {s3}",
    ] + [f"aws_session_token = {tok}"], [s1, s2, s3, tb]


@pos("aws_config_file_profile_with_static_keys_beside_sso_profile", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")
def _():
    sk = aws_secret(); r = region()
    return [
        "[profile wandb-sso]",
        f"sso_session = acme",
        f"sso_account_id = {acct()}",
        "sso_role_name = WandbAdmin",
        f"region = {r}",
        "[profile wandb-legacy]",
        f"region = {r}",
        f"aws_access_key_id = {akid()}",
        f"aws_secret_access_key = {sk}",
    ], [sk]


@pos("ec2_imdsv2_put_token_echo_then_role_credentials_json", "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html")
def _():
    it = rs(56, B64) ; sk = aws_secret(); tok, tb = sts_token()
    imds = "AQAEA" + it
    return [
        '$ TOKEN=$(curl -s -X PUT "http://169.254.169.254/latest/api/token" -H "X-aws-ec2-metadata-token-ttl-seconds: 21600"); echo $TOKEN',
        imds + "==",
        '$ curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/iam/security-credentials/wandb-eks-node',
        "{",
        '  "Code" : "Success",',
        '  "Type" : "AWS-HMAC",',
        f'  "AccessKeyId" : "{akid("ASIA")}",',
        f'  "SecretAccessKey" : "{sk}",',
        f'  "Token" : "{tok}",',
    ], [it, sk, tb]


@pos("ec2_imdsv2_curl_verbose_metadata_token_request_header", "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html")
def _():
    it = rs(56, B64)
    return [
        "> GET /latest/meta-data/iam/info HTTP/1.1",
        "> Host: 169.254.169.254",
        "> User-Agent: curl/8.5.0",
        "> Accept: */*",
        f"> X-aws-ec2-metadata-token: AQAEA{it}==",
        ">",
        "< HTTP/1.1 200 OK",
        "< X-Aws-Ec2-Metadata-Token-Ttl-Seconds: 21443",
    ], [it]


def rds_token(a_host):
    t, _ = when(); d, day = amzdate(t); tok, tb = sts_token(); sig = hexs(64)
    url = (f"{a_host}:3306/?Action=connect&DBUser=wandb&X-Amz-Algorithm=AWS4-HMAC-SHA256"
           f"&X-Amz-Credential={akid('ASIA')}%2F{day}%2F{region()}%2Frds-db%2Faws4_request"
           f"&X-Amz-Date={d}&X-Amz-Expires=900&X-Amz-SignedHeaders=host"
           f"&X-Amz-Security-Token={q(tok)}&X-Amz-Signature={sig}")
    return url, q(tok)[len(STS_PFX):], sig


@pos("rds_generate_db_auth_token_presigned_stdout", AWSCLI + "rds/generate-db-auth-token.html")
def _():
    h = "wandb-aurora.cluster-" + rs(12, LOW) + ".db.example.com"
    url, tq, sig = rds_token(h)
    return [
        f"$ aws rds generate-db-auth-token --hostname {h} --port 3306 --region {region()} --username wandb",
        url,
    ], [tq, sig]


@pos("rds_iam_token_inlined_in_mysql_client_ps_listing", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.Connecting.AWSCLI.html")
def _():
    h = "mysql.wandb.example.internal"
    url, tq, sig = rds_token(h)
    return [
        "USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND",
        f"wandb     {R.randint(1000, 40000):5d}  0.0  0.1  {R.randint(100000, 300000)} {R.randint(9000, 20000)} pts/0    S+   10:{R.randint(10, 59)}   0:00 mysql -h {h} -u wandb --enable-cleartext-plugin --ssl-ca=/etc/ssl/rds-ca.pem --password={url}",
    ], [tq, sig]


@pos("ecr_get_login_password_piped_under_set_x_trace", AWSCLI + "ecr/get-login-password.html")
def _():
    body = rs(R.randint(380, 460), B64); a = acct(); r = region()
    tok = "eyJwYXlsb2FkIjoi" + body
    return [
        f"+ aws ecr get-login-password --region {r}",
        f"+ docker login --username AWS --password {tok} {a}.dkr.ecr.{r}.amazonaws.com",
        "WARNING! Using --password via the CLI is insecure. Use --password-stdin.",
        "Login Succeeded",
    ], [body]


@pos("awscli_configure_export_credentials_powershell_format", AWSCLI + "configure/export-credentials.html")
def _():
    sk = aws_secret(); tok, tb = sts_token()
    return [
        "PS C:\\> aws configure export-credentials --profile wandb-prod --format powershell",
        f'$Env:AWS_ACCESS_KEY_ID="{akid("ASIA")}"',
        f'$Env:AWS_SECRET_ACCESS_KEY="{sk}"',
        f'$Env:AWS_SESSION_TOKEN="{tok}"',
        f'$Env:AWS_CREDENTIAL_EXPIRATION="{iso(z=False)}"',
    ], [sk, tb]


@pos("ci_runner_env_sorted_dump_aws_vars_between_others", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html")
def _():
    sk = aws_secret(); tok, tb = sts_token()
    return [
        "$ env | sort | grep -v ^LS_COLORS",
        f"AWS_ACCESS_KEY_ID={akid('ASIA')}",
        f"AWS_DEFAULT_REGION={region()}",
        f"AWS_SECRET_ACCESS_KEY={sk}",
        f"AWS_SESSION_TOKEN={tok}",
        "CI=true",
        f"HOME=/home/runner",
        "TF_IN_AUTOMATION=1",
    ], [sk, tb]


# ---------------------------------------------------------------- gcloud
GCLOUD = "https://cloud.google.com/sdk/gcloud/reference/"


@pos("gcloud_print_access_token_impersonation_warning_then_token", GCLOUD + "auth/print-access-token")
def _():
    t, tb = ya29(); p = "acme-ml-" + rs(5, LOW)
    return [
        f"$ gcloud auth print-access-token --impersonate-service-account=wandb-gcs@{p}.iam.gserviceaccount.com",
        "WARNING: This command is using service account impersonation. All API calls will be executed as [wandb-gcs@"
        + p + ".iam.gserviceaccount.com].",
        t,
    ], [tb]


@pos("gcloud_adc_authorized_user_json_file_cat", "https://cloud.google.com/docs/authentication/application-default-credentials")
def _():
    cs = rs(28, B64U); rt = rs(R.randint(95, 105), B64U); cid = str(R.randint(10 ** 11, 10 ** 12)) + "-" + rs(32, LOW)
    return [
        "$ cat ~/.config/gcloud/application_default_credentials.json",
        "{",
        f'  "client_id": "{cid}.apps.googleusercontent.com",',
        f'  "client_secret": "GOCSPX-{cs}",',
        f'  "quota_project_id": "acme-ml-{rs(5, LOW)}",',
        f'  "refresh_token": "1//0{rt}",',
        '  "type": "authorized_user",',
        '  "universe_domain": "googleapis.com"',
        "}",
    ], [cs, rt]


def sa_key_lines(indent="  "):
    body = pem_body(); p = "acme-ml-" + rs(5, LOW)
    esc = "\\n".join(body)
    pk = "-----BEGIN PRIVATE KEY-----\\n" + esc + "\\n-----END PRIVATE KEY-----\\n"
    return p, pk, esc


@pos("gcp_service_account_key_json_private_key_escaped_newlines", "https://cloud.google.com/iam/docs/keys-create-delete")
def _():
    p, pk, esc = sa_key_lines()
    return [
        "{",
        '  "type": "service_account",',
        f'  "project_id": "{p}",',
        f'  "private_key_id": "{hexs(40)}",',
        f'  "private_key": "{pk}",',
        f'  "client_email": "wandb-gcs@{p}.iam.gserviceaccount.com",',
        f'  "client_id": "{R.randint(10 ** 20, 10 ** 21)}",',
        '  "token_uri": "https://oauth2.googleapis.com/token",',
        "}",
    ], [esc]


@pos("gcloud_storage_hmac_create_yaml_secret_field", GCLOUD + "storage/hmac/create")
def _():
    sec = rs(40, B64); p = "acme-ml-" + rs(5, LOW)
    return [
        f"$ gcloud storage hmac create wandb-gcs@{p}.iam.gserviceaccount.com",
        "metadata:",
        f"  accessId: GOOG1E{rs(55, string.ascii_uppercase + string.digits)}",
        f"  etag: {rs(16, B64)}",
        f"  projectId: {p}",
        f"  state: ACTIVE",
        f"  timeCreated: '{iso()}'",
        f"secret: {sec}",
    ], [sec]


@pos("gcloud_sdk_debug_log_token_refresh_form_body", "https://cloud.google.com/sdk/gcloud/reference/topic/configurations")
def _():
    rt = rs(100, B64U); cs = rs(28, B64U); t, _ = when()
    _, d = when(t)
    st = d.strftime("%Y-%m-%d %H:%M:%S,") + str(R.randint(100, 999))
    return [
        f"{st} DEBUG    root            Running [gcloud.container.clusters.get-credentials] with arguments: [--region: \"us-central1\", NAME: \"wandb-gke\"]",
        f"{st} DEBUG    google_auth_httplib2 Making request: POST https://oauth2.googleapis.com/token",
        f"{st} DEBUG    urllib3.connectionpool https://oauth2.googleapis.com:443 \"POST /token HTTP/1.1\" 200 None",
        f"{st} DEBUG    root            body: grant_type=refresh_token&client_id=32555940559.apps.googleusercontent.com&client_secret=GOCSPX-{cs}&refresh_token=1%2F%2F0{rt}",
    ], [cs, rt]


@pos("cloud_sql_proxy_token_flag_in_pod_container_args_yaml", "https://cloud.google.com/sql/docs/mysql/sql-proxy")
def _():
    t, tb = ya29()
    return [
        "    - name: cloud-sql-proxy",
        "      image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0",
        "      args:",
        "        - --structured-logs",
        "        - --port=3306",
        f"        - --token={t}",
        f"        - acme-ml-{rs(5, LOW)}:us-central1:wandb-mysql",
    ], [tb]


@pos("gcloud_config_config_helper_json_credential_block", GCLOUD + "config/config-helper")
def _():
    t, tb = ya29(); j, js = jwt(iss="https://accounts.google.com", aud="32555940559.apps.googleusercontent.com")
    return [
        "$ gcloud config config-helper --format=json",
        "{",
        '  "configuration": { "active_configuration": "wandb-prod" },',
        '  "credential": {',
        f'    "access_token": "{t}",',
        f'    "id_token": "{j}",',
        f'    "token_expiry": "{iso()}"',
        "  },",
    ], [tb, js]


@pos("gce_metadata_default_sa_token_curl_json", "https://cloud.google.com/compute/docs/access/authenticate-workloads#applications")
def _():
    t, tb = ya29()
    return [
        '$ curl -s -H "Metadata-Flavor: Google" http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token',
        json.dumps({"access_token": t, "expires_in": R.randint(1000, 3599), "token_type": "Bearer"}, separators=(",", ":")),
    ], [tb]


# ---------------------------------------------------------------- Azure
AZ = "https://learn.microsoft.com/en-us/cli/azure/"


@pos("az_account_get_access_token_json_bearer", AZ + "account#az-account-get-access-token")
def _():
    j, js = jwt(iss="https://sts.windows.net/" + uuid() + "/", aud="https://storage.azure.com")
    return [
        "$ az account get-access-token --resource https://storage.azure.com",
        "{",
        f'  "accessToken": "{j}",',
        f'  "expiresOn": "2025-0{R.randint(1, 9)}-1{R.randint(0, 9)} 1{R.randint(0, 9)}:2{R.randint(0, 9)}:00.000000",',
        f'  "expires_on": {R.randint(1700000000, 1760000000)},',
        f'  "subscription": "{uuid()}",',
        f'  "tenant": "{uuid()}",',
        '  "tokenType": "Bearer"',
        "}",
    ], [js]


@pos("az_ad_sp_create_for_rbac_json_password", AZ + "ad/sp#az-ad-sp-create-for-rbac")
def _():
    s = az_client_secret()
    return [
        f'$ az ad sp create-for-rbac --name wandb-terraform --role Contributor --scopes /subscriptions/{uuid()}/resourceGroups/wandb-rg',
        "Creating 'Contributor' role assignment under scope '/subscriptions/...'",
        "{",
        f'  "appId": "{uuid()}",',
        '  "displayName": "wandb-terraform",',
        f'  "password": "{s}",',
        f'  "tenant": "{uuid()}"',
        "}",
    ], [s]


@pos("az_storage_account_keys_list_output_table", AZ + "storage/account/keys#az-storage-account-keys-list")
def _():
    k1 = base64.b64encode(rb(64)).decode(); k2 = base64.b64encode(rb(64)).decode()
    return [
        "$ az storage account keys list -g wandb-rg -n wandbstore" + rs(6, LOW) + " -o table",
        "CreationTime                      KeyName    Permissions    Value",
        "--------------------------------  ---------  -------------  " + "-" * 88,
        f"{iso(frac=True, z=False)}  key1       FULL           {k1}",
        f"{iso(frac=True, z=False)}  key2       FULL           {k2}",
    ], [k1.rstrip("="), k2.rstrip("=")]


@pos("az_storage_container_generate_sas_tsv_query_string", AZ + "storage/container#az-storage-container-generate-sas")
def _():
    sig = base64.b64encode(rb(32)).decode(); sq = q(sig)
    return [
        f"$ az storage container generate-sas --account-name wandbstore{rs(6, LOW)} --name wandb --permissions racwdl --expiry 2025-12-31T00:00Z --https-only -o tsv",
        f"se=2025-12-31T00%3A00Z&sp=racwdl&spr=https&sv=2022-11-02&sr=c&sig={sq}",
    ], [sq[:-3] if sq.endswith("%3D") else sq]


@pos("azure_app_service_msi_identity_header_env_and_curl", "https://learn.microsoft.com/en-us/azure/app-service/overview-managed-identity#rest-endpoint-reference")
def _():
    ih = uuid(); j, js = jwt(iss="https://sts.windows.net/" + uuid() + "/", aud="https://storage.azure.com/")
    return [
        "IDENTITY_ENDPOINT=http://10.0.0.4:42356/msi/token",
        f"IDENTITY_HEADER={ih}",
        '$ curl -s "$IDENTITY_ENDPOINT?resource=https://storage.azure.com/&api-version=2019-08-01" -H "X-IDENTITY-HEADER: $IDENTITY_HEADER"',
        json.dumps({"access_token": j, "expires_on": str(R.randint(1700000000, 1760000000)),
                    "resource": "https://storage.azure.com/", "token_type": "Bearer", "client_id": uuid()}),
    ], [ih, js]


@pos("az_login_service_principal_secret_in_shell_history", AZ + "reference-index#az-login")
def _():
    s = az_client_secret()
    return [
        f"  {R.randint(100, 999)}  az account show",
        f"  {R.randint(1000, 1999)}  az login --service-principal -u {uuid()} -p '{s}' --tenant {uuid()}",
        f"  {R.randint(2000, 2999)}  az aks get-credentials -g wandb-rg -n wandb-aks",
    ], [s]


@pos("azure_storage_connection_string_in_terraform_output_raw", "https://developer.hashicorp.com/terraform/cli/commands/output")
def _():
    k = base64.b64encode(rb(64)).decode()
    return [
        "$ terraform output -raw storage_connection_string",
        f"DefaultEndpointsProtocol=https;AccountName=wandbstore{rs(6, LOW)};AccountKey={k};EndpointSuffix=core.windows.net",
    ], [k.rstrip("=")]


# ---------------------------------------------------------------- Vault
VAULT = "https://developer.hashicorp.com/vault/docs/"


@pos("vault_read_database_creds_key_value_table", VAULT + "secrets/databases/mysql-maria")
def _():
    p = pw(R.randint(20, 24), AL + "-"); u = "v-token-wandb-" + rs(20, AL)
    return [
        "$ vault read database/creds/wandb-app",
        "Key                Value",
        "---                -----",
        f"lease_id           database/creds/wandb-app/{rs(24, AL)}",
        "lease_duration     1h",
        "lease_renewable    true",
        f"password           {p}",
        f"username           {u}",
    ], [p]


@pos("vault_token_create_policy_table_token_row", VAULT + "commands/token/create")
def _():
    t, tb = hvs()
    return [
        "$ vault token create -policy=wandb-operator -ttl=768h",
        "Key                  Value",
        "---                  -----",
        f"token                {t}",
        f"token_accessor       {rs(24, AL)}",
        "token_duration       768h",
        "token_renewable      true",
        'token_policies       ["default" "wandb-operator"]',
    ], [tb]


@pos("vault_write_approle_secret_id_json_format", VAULT + "auth/approle")
def _():
    s = uuid()
    return [
        "$ vault write -format=json -f auth/approle/role/wandb/secret-id",
        "{",
        f'  "request_id": "{uuid()}",',
        '  "lease_id": "",',
        '  "data": {',
        f'    "secret_id": "{s}",',
        f'    "secret_id_accessor": "{uuid()}",',
        '    "secret_id_num_uses": 0,',
        '    "secret_id_ttl": 0',
    ], [s]


@pos("vault_operator_init_unseal_keys_and_root_token", VAULT + "commands/operator/init")
def _():
    ks = [base64.b64encode(rb(33)).decode() for _ in range(3)]; t, tb = hvs()
    return [
        "$ kubectl exec -n vault vault-0 -- vault operator init -key-shares=3 -key-threshold=2",
        f"Unseal Key 1: {ks[0]}",
        f"Unseal Key 2: {ks[1]}",
        f"Unseal Key 3: {ks[2]}",
        "",
        f"Initial Root Token: {t}",
        "",
        "Vault initialized with 3 key shares and a key threshold of 2. Please securely",
    ], ks + [tb]


@pos("vault_http_api_kv2_read_curl_header_and_data_json", "https://developer.hashicorp.com/vault/api-docs/secret/kv/kv-v2#read-secret-version")
def _():
    t, tb = hvs(); mp = pw(); lic_full, lic = jwt(iss="https://wandb.ai", aud="wandb-local")
    return [
        f'$ curl -s -H "X-Vault-Token: {t}" https://vault.example.internal:8200/v1/secret/data/wandb/prod | jq -c .data.data',
        json.dumps({"LICENSE": lic_full, "MYSQL_PASSWORD": mp}),
    ], [tb, mp, lic]


@pos("vault_agent_rendered_env_template_output_file", VAULT + "agent-and-proxy/agent/template")
def _():
    mp = pw(); rp = pw(); sk = aws_secret()
    return [
        "$ cat /vault/secrets/wandb.env",
        f"export MYSQL=mysql://wandb:{mp}@mysql.wandb.svc.cluster.local:3306/wandb_local",
        f"export REDIS=redis://:{rp}@redis-master.wandb.svc.cluster.local:6379",
        f"export AWS_SECRET_ACCESS_KEY={sk}",
    ], [mp, rp, sk]


# ---------------------------------------------------------------- secret manager CLIs
@pos("op_item_get_reveal_fields_csv_line", "https://developer.1password.com/docs/cli/reference/management-commands/item#item-get")
def _():
    p = pw(); lic_full, lic = jwt(iss="https://wandb.ai", aud="wandb-local")
    return [
        '$ op item get "W&B Server prod" --vault Infra --fields label=mysql_password,label=license --reveal',
        f"{p},{lic_full}",
    ], [p, lic]


@pos("op_item_get_format_json_fields_array_value", "https://developer.1password.com/docs/cli/item-fields")
def _():
    p = pw()
    return [
        "  \"fields\": [",
        "    {",
        '      "id": "password",',
        '      "type": "CONCEALED",',
        '      "purpose": "PASSWORD",',
        '      "label": "password",',
        f'      "value": "{p}",',
        f'      "reference": "op://Infra/wandb-mysql/password",',
        '      "password_details": { "strength": "FANTASTIC" }',
    ], [p]


@pos("bw_unlock_session_export_hint_line", "https://bitwarden.com/help/cli/#unlock")
def _():
    s = base64.b64encode(rb(64)).decode()
    return [
        "$ bw unlock",
        "? Master password: [hidden]",
        "Your vault is now unlocked!",
        "",
        "To unlock your vault, set your session key to the `BW_SESSION` environment variable. ex:",
        f'$ export BW_SESSION="{s}"',
        f'> $env:BW_SESSION="{s}"',
    ], [s.rstrip("=")]


@pos("bw_get_item_json_login_password_compact", "https://bitwarden.com/help/cli/#get")
def _():
    p = pw(); tp = base64.b32encode(rb(10)).decode().rstrip("=")
    return [
        '$ bw get item "wandb-admin" | jq -c .login',
        json.dumps({"uris": [{"match": None, "uri": f"https://{host()}"}], "username": "admin@example.com",
                    "password": p, "totp": tp, "passwordRevisionDate": None}),
    ], [p, tp]


@pos("doppler_secrets_download_env_format_stdout", "https://docs.doppler.com/docs/cli#secrets")
def _():
    mp = pw(); sk = aws_secret(); os_ = rs(40, AL)
    return [
        "$ doppler secrets download --no-file --format env --project wandb --config prd",
        "DOPPLER_CONFIG=\"prd\"",
        "DOPPLER_ENVIRONMENT=\"prd\"",
        "DOPPLER_PROJECT=\"wandb\"",
        f"MYSQL_PASSWORD=\"{mp}\"",
        f"OIDC_SECRET=\"{os_}\"",
        f"S3_SECRET_KEY=\"{sk}\"",
    ], [mp, os_, sk]


@pos("doppler_service_token_in_k8s_operator_secret_create_cmd", "https://docs.doppler.com/docs/kubernetes-operator")
def _():
    t = rs(43, AL)
    return [
        "$ kubectl create secret generic doppler-token-secret -n doppler-operator-system \\",
        f"    --from-literal=serviceToken=dp.st.prd.{t}",
        "secret/doppler-token-secret created",
    ], [t]


@pos("sops_decrypt_yaml_stdout_wandb_values", "https://github.com/getsops/sops#usage")
def _():
    mp = pw(); lic_full, lic = jwt(iss="https://wandb.ai", aud="wandb-local"); os_ = rs(32, AL)
    return [
        "$ sops -d helm/wandb/secrets.prod.yaml",
        "global:",
        f"  license: {lic_full}",
        "  mysql:",
        f"    password: {mp}",
        "  auth:",
        "    oidc:",
        f"      clientSecret: {os_}",
    ], [lic, mp, os_]


# ---------------------------------------------------------------- Terraform
TF = "https://developer.hashicorp.com/terraform/"
TFAWS = "https://github.com/wandb/terraform-aws-wandb (variables.tf, outputs.tf)"


@pos("terraform_aws_wandb_tfvars_license_and_external_redis", TFAWS)
def _():
    lic_full, lic = jwt(iss="https://wandb.ai", aud="wandb-local"); rp = pw(20, AL)
    return [
        'namespace     = "wandb-prod"',
        f'domain_name   = "example.com"',
        'subdomain     = "wandb"',
        f'license       = "{lic_full}"',
        'use_external_redis = true',
        'external_redis_host = "redis.wandb.example.internal"',
        'external_redis_port = "6380"',
        f'external_redis_params = {{ password = "{rp}", tls = "true" }}',
    ], [lic, rp]


@pos("terraform_state_random_string_master_password_result", "https://github.com/wandb/terraform-aws-wandb (modules/database/main.tf random_string.master_password)")
def _():
    r = rs(32, AL)
    return [
        "    {",
        '      "module": "module.wandb_infra.module.database",',
        '      "mode": "managed",',
        '      "type": "random_string",',
        '      "name": "master_password",',
        '      "instances": [ { "schema_version": 2, "attributes": {',
        f'            "id": "{r}",',
        '            "length": 32,',
        f'            "result": "{r}",',
    ], [r]


@pos("terraform_output_json_sensitive_database_password_value", TFAWS)
def _():
    p = rs(32, AL)
    return [
        "$ terraform output -json database_password database_username",
        "{",
        '  "database_password": {',
        '    "sensitive": true,',
        '    "type": "string",',
        f'    "value": "{p}"',
        "  },",
    ], [p]


@pos("terraform_show_json_plan_values_secret_flag_unmarked", TF + "internals/json-format")
def _():
    mp = pw(20, AL); lic_full, lic = jwt(iss="https://wandb.ai", aud="wandb-local")
    v = {"address": "helm_release.wandb", "values": {"set_sensitive": [
        {"name": "global.license", "type": "", "value": lic_full},
        {"name": "mysql.password", "type": "", "value": mp}]}, "sensitive_values": {"set_sensitive": True}}
    return [
        "$ terraform show -json tfplan | jq -c '.planned_values.root_module.resources[] | select(.type==\"helm_release\")'",
        json.dumps(v, separators=(",", ":")),
    ], [lic, mp]


@pos("terraform_tf_log_debug_aws_rds_form_body_masteruserpassword", TF + "internals/debugging")
def _():
    p = pw(24, AL); t, _ = when()
    st = iso(t, frac=True)[:-4] + "Z"
    return [
        f'{st} [DEBUG] provider.terraform-provider-aws_v5.31.0_x5: HTTP Request Sent: tf_aws.sdk=aws-sdk-go-v2 tf_aws.signing_region="" http.method=POST http.url=https://rds.{region()}.amazonaws.com/',
        f'{st} [DEBUG] provider.terraform-provider-aws_v5.31.0_x5: http.request.body="Action=ModifyDBCluster&ApplyImmediately=true&DBClusterIdentifier=wandb-prod&MasterUserPassword={p}&Version=2014-10-31"',
    ], [p]


@pos("tf_var_exports_in_gitlab_job_debug_trace", "https://docs.gitlab.com/ee/ci/variables/#enable-debug-logging")
def _():
    lic_full, lic = jwt(iss="https://wandb.ai", aud="wandb-local"); mp = pw(20, AL)
    return [
        "++ export TF_IN_AUTOMATION=true",
        "++ TF_IN_AUTOMATION=true",
        f"++ export TF_VAR_license={lic_full}",
        f"++ TF_VAR_license={lic_full}",
        f"++ export 'TF_VAR_database_master_password={mp}'",
        "$ terraform plan -out=tfplan -input=false",
    ], [lic, mp]


@pos("terraform_google_wandb_tfvars_license_and_sa_json_heredoc", "https://github.com/wandb/terraform-google-wandb (variables.tf: license, oidc_client_id, oidc_secret); google provider `credentials` argument")
def _():
    lic_full, lic = jwt(iss="https://wandb.ai", aud="wandb-local"); p, pk, esc = sa_key_lines(); osec = rs(32, AL)
    return [
        'namespace   = "wandb"',
        f'project_id  = "{p}"',
        f'license     = "{lic_full}"',
        'oidc_client_id = "0oa' + rs(17, AL) + '"',
        f'oidc_secret = "{osec}"',
        "credentials = <<EOT",
        f'{{"type": "service_account", "project_id": "{p}", "private_key": "{pk}", "client_email": "tf@{p}.iam.gserviceaccount.com"}}',
        "EOT",
    ], [lic, osec, esc]


@pos("terraform_azurerm_wandb_state_storage_primary_access_key", "https://github.com/wandb/terraform-azurerm-wandb (main.tf: module.storage[0].account.primary_access_key)")
def _():
    k = base64.b64encode(rb(64)).decode(); sa = "wandbstore" + rs(6, LOW)
    return [
        '          "attributes": {',
        f'            "name": "{sa}",',
        '            "account_tier": "Standard",',
        f'            "primary_access_key": "{k}",',
        f'            "primary_blob_endpoint": "https://{sa}.blob.core.windows.net/",',
        '            "min_tls_version": "TLS1_2",',
    ], [k.rstrip("=")]


# ---------------------------------------------------------------- cloud-init
@pos("cloud_init_user_data_bash_exports_fetched_from_imds", "https://cloudinit.readthedocs.io/en/latest/explanation/format.html")
def _():
    mp = pw_url(); sk = aws_secret(); lic_full, lic = jwt(iss="https://wandb.ai", aud="wandb-local")
    return [
        "$ curl -s -H \"X-aws-ec2-metadata-token: $TOKEN\" http://169.254.169.254/latest/user-data",
        "#!/bin/bash",
        "set -euo pipefail",
        f'export LICENSE="{lic_full}"',
        f'export MYSQL="mysql://wandb:{mp}@10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}:3306/wandb_local"',
        f'export AWS_SECRET_ACCESS_KEY="{sk}"',
        'docker run -d --restart always -e LICENSE -e MYSQL -e AWS_SECRET_ACCESS_KEY -p 8080:8080 wandb/local',
    ], [lic, mp, sk]


@pos("cloud_init_cloud_config_docker_login_runcmd_list", "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#runcmd")
def _():
    t = rs(36, AL)
    return [
        "#cloud-config",
        "package_update: true",
        "packages: [docker.io]",
        "runcmd:",
        "  - systemctl enable --now docker",
        f"  - [ sh, -c, 'echo ghp_{t} | docker login ghcr.io -u acme-bot --password-stdin' ]",
        "  - docker pull wandb/local:latest",
    ], [t]


@pos("gce_instance_metadata_startup_script_value_describe", GCLOUD + "compute/instances/describe")
def _():
    mp = pw_url(); sk = rs(40, B64)
    return [
        "metadata:",
        "  items:",
        "  - key: startup-script",
        "    value: |-",
        "      #!/bin/bash",
        f"      echo 'MYSQL=mysql://wandb:{mp}@10.8.0.3:3306/wandb_local' >> /etc/wandb.env",
        f"      echo 'GCS_HMAC_SECRET={sk}' >> /etc/wandb.env",
        "  kind: compute#metadata",
    ], [mp, sk]


# ---------------------------------------------------------------- Ansible
ANS = "https://docs.ansible.com/ansible/latest/"


@pos("ansible_inventory_yaml_children_hosts_with_become_and_db_password", ANS + "inventory_guide/intro_inventory.html")
def _():
    bp = pw(); mp = pw()
    return [
        "all:",
        "  children:",
        "    wandb_servers:",
        "      hosts:",
        f"        wb1.example.internal:",
        f"          ansible_user: ubuntu",
        f"          ansible_become_password: '{bp}'",
        "      vars:",
        f"        wandb_mysql_password: \"{mp}\"",
    ], [bp, mp]


@pos("ansible_docker_container_changed_result_env_dict_verbose", ANS + "collections/community/docker/docker_container_module.html")
def _():
    mp = pw_url(); rp = pw_url()
    d = {"changed": True, "container": {"Config": {"Env": [f"MYSQL=mysql://wandb:{mp}@10.0.4.12:3306/wandb_local",
                                                          f"REDIS=redis://:{rp}@10.0.4.13:6379", "BUCKET=s3:///wandb-files"],
                                                 "Image": "wandb/local:0.59.2"}}}
    return [
        "TASK [wandb : start wandb/local] ***********************************************",
        f"changed: [wb1.example.internal] => {json.dumps(d)}",
    ], [mp, rp]


@pos("ansible_vvv_uri_module_args_url_password_and_body", ANS + "collections/ansible/builtin/uri_module.html")
def _():
    p = pw()
    return [
        "ok: [localhost] => {",
        '    "changed": false,',
        '    "invocation": {',
        '        "module_args": {',
        '            "force_basic_auth": true,',
        f'            "url": "https://{host()}/admin/api/users",',
        '            "url_username": "admin",',
        f'            "url_password": "{p}",',
        '            "validate_certs": true',
    ], [p]


# ---------------------------------------------------------------- Packer / Pulumi
@pos("packer_pkrvars_hcl_aws_keys_and_license", "https://developer.hashicorp.com/packer/docs/templates/hcl_templates/variables")
def _():
    sk = aws_secret(); lic_full, lic = jwt(iss="https://wandb.ai", aud="wandb-local")
    return [
        "# wandb-ami.auto.pkrvars.hcl",
        f'aws_access_key = "{akid()}"',
        f'aws_secret_key = "{sk}"',
        f'region         = "{region()}"',
        f'wandb_license  = "{lic_full}"',
    ], [sk, lic]


@pos("packer_log_shell_provisioner_env_vars_echo", "https://developer.hashicorp.com/packer/docs/provisioners/shell")
def _():
    mp = pw_url(); t, _ = when()
    _, d = when(t); st = d.strftime("%Y/%m/%d %H:%M:%S")
    return [
        f"{st} packer-builder-amazon-ebs plugin: Uploading shell script: /tmp/packer-shell{R.randint(10 ** 8, 10 ** 9)}",
        f"{st} [INFO] (telemetry) Starting provisioner shell",
        f"{st} packer-builder-amazon-ebs plugin: [INFO] RPC client: Communicator ended with: 0",
        f"{st} packer-builder-amazon-ebs plugin: Executing remote command: chmod +x /tmp/script_{R.randint(1000, 9999)}.sh; PACKER_BUILDER_TYPE='amazon-ebs' PACKER_BUILD_NAME='wandb' MYSQL_URL='mysql://wandb:{mp}@10.20.1.5:3306/wandb_local' /tmp/script_{R.randint(1000, 9999)}.sh",
    ], [mp]


@pos("pulumi_config_show_secrets_table_rows", "https://www.pulumi.com/docs/iac/cli/commands/pulumi_config/")
def _():
    mp = pw(); lic_full, lic = jwt(iss="https://wandb.ai", aud="wandb-local")
    return [
        "$ pulumi config --show-secrets",
        "KEY                     VALUE",
        f"aws:region              {region()}",
        f"wandb:dbPassword        {mp}",
        f"wandb:license           {lic_full}",
        "wandb:namespace         wandb",
    ], [mp, lic]


@pos("pulumi_stack_export_show_secrets_plaintext_marker_object", "https://github.com/pulumi/pulumi/pull/4046")
def _():
    mp = pw(20, AL)
    return [
        '                "outputs": {',
        '                    "dbPassword": {',
        '                        "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",',
        f'                        "plaintext": "\\"{mp}\\""',
        "                    },",
        f'                    "endpoint": "wandb-prod.cluster-{rs(12, LOW)}.db.example.com",',
    ], [mp]


# ---------------------------------------------------------------- kube auth
KUBE = "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins"


def eks_token():
    tok, _ = sts_token(); d, day = amzdate()
    url = (f"https://sts.{region()}.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15"
           f"&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={akid('ASIA')}%2F{day}%2F{region()}%2Fsts%2Faws4_request"
           f"&X-Amz-Date={d}&X-Amz-Expires=60&X-Amz-SignedHeaders=host%3Bx-k8s-aws-id"
           f"&X-Amz-Security-Token={q(tok)}&X-Amz-Signature={hexs(64)}")
    raw = url.encode()
    start = url.index("X-Amz-Security-Token=") + len("X-Amz-Security-Token=") + len(STS_PFX)
    full, tail = b64_tail(raw, start, urlsafe=True)
    return "k8s-aws-v1." + full.rstrip("="), tail


@pos("aws_eks_get_token_exec_credential_json_stdout", KUBE)
def _():
    t, tail = eks_token()
    return [
        "$ aws eks get-token --cluster-name wandb-prod --output json",
        "{",
        '    "kind": "ExecCredential",',
        '    "apiVersion": "client.authentication.k8s.io/v1beta1",',
        '    "spec": {},',
        '    "status": {',
        f'        "expirationTimestamp": "{iso()}",',
        f'        "token": "{t}"',
        "    }",
    ], [tail]


@pos("gke_gcloud_auth_plugin_exec_credential_compact", "https://cloud.google.com/kubernetes-engine/docs/how-to/cluster-access-for-kubectl#install_plugin")
def _():
    t, tb = ya29()
    return [
        "$ gke-gcloud-auth-plugin",
        json.dumps({"kind": "ExecCredential", "apiVersion": "client.authentication.k8s.io/v1beta1", "spec": {"interactive": False},
                    "status": {"expirationTimestamp": iso(), "token": t}}, separators=(",", ":")),
    ], [tb]


@pos("kubeconfig_user_static_sa_token_and_client_key_data", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/")
def _():
    j, js = jwt(iss="https://kubernetes.default.svc.cluster.local", sub="system:serviceaccount:wandb:wbdiag", aud="https://kubernetes.default.svc.cluster.local")
    hdr = b"-----BEGIN EC PRIVATE KEY-----\n"
    body = "\n".join(pem_body(121)).encode()
    raw = hdr + body + b"\n-----END EC PRIVATE KEY-----\n"
    full, tail = b64_tail(raw, len(hdr), end=len(hdr) + len(body))
    return [
        "users:",
        "- name: wbdiag",
        "  user:",
        f"    token: {j}",
        "- name: wandb-admin",
        "  user:",
        f"    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1J{rs(60, B64)}",
        f"    client-key-data: {full}",
    ], [js, tail]


@pos("kubeconfig_auth_provider_oidc_config_block", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#using-kubectl")
def _():
    cs = rs(32, AL); j, js = jwt(iss="https://idp.example.com", aud="kubernetes"); rt = rs(48, AL)
    return [
        "- name: priya@example.com",
        "  user:",
        "    auth-provider:",
        "      config:",
        "        client-id: kubernetes",
        f"        client-secret: {cs}",
        f"        id-token: {j}",
        "        idp-issuer-url: https://idp.example.com/realms/infra",
        f"        refresh-token: {rt}",
    ], [cs, js, rt]


@pos("kubelogin_get_token_exec_credential_pretty", "https://github.com/int128/kubelogin")
def _():
    j, js = jwt(iss="https://idp.example.com/realms/infra", aud="kubernetes")
    return [
        "$ kubectl oidc-login get-token --oidc-issuer-url=https://idp.example.com/realms/infra --oidc-client-id=kubernetes",
        json.dumps({"kind": "ExecCredential", "apiVersion": "client.authentication.k8s.io/v1beta1", "spec": {"interactive": False},
                    "status": {"expirationTimestamp": iso(), "token": j}}),
    ], [js]


# ---------------------------------------------------------------- registries
@pos("docker_config_json_auths_base64_and_identitytoken", "https://docs.docker.com/reference/cli/docker/login/#credential-stores")
def _():
    u = "acme-bot"; p = pw(R.randint(18, 24), AL); full, tail = basic(u, p); it = rs(60, AL)
    return [
        "$ cat ~/.docker/config.json",
        "{",
        '\t"auths": {',
        '\t\t"registry.example.com": {',
        f'\t\t\t"auth": "{full}"',
        "\t\t},",
        '\t\t"harbor.example.internal": {',
        f'\t\t\t"identitytoken": "{it}"',
        "\t\t}",
    ], [tail, it]


@pos("docker_credential_helper_get_stdout_secret_field", "https://github.com/docker/docker-credential-helpers#usage")
def _():
    t, tb = ya29()
    return [
        "$ echo us-docker.pkg.dev | docker-credential-gcloud get",
        json.dumps({"Secret": t, "Username": "_dcgcloud_token"}),
    ], [tb]


@pos("crane_auth_get_json_username_secret", "https://github.com/google/go-containerregistry/blob/main/cmd/crane/doc/crane_auth_get.md")
def _():
    p = pw(R.randint(18, 24), AL)
    return [
        "$ crane auth get registry.example.com",
        json.dumps({"Username": "wandb-pull", "Secret": p}),
    ], [p]


@pos("imagepullsecret_dockerconfigjson_decoded_pipeline", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/")
def _():
    u = "wandb-pull"; p = pw(R.randint(18, 24), AL); full, tail = basic(u, p)
    return [
        "$ kubectl get secret regcred -n wandb -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d",
        json.dumps({"auths": {"registry.example.com": {"username": u, "password": p, "auth": full}}}),
    ], [p, tail]


@pos("helm_registry_login_password_flag_in_ci_log", "https://helm.sh/docs/helm/helm_registry_login/")
def _():
    p = rs(R.randint(30, 40), AL)
    return [
        f"$ helm registry login registry.example.com --username robot$wandb+ci --password {p}",
        "WARNING: Using --password via the CLI is insecure. Use --password-stdin.",
        "Login Succeeded",
    ], [p]


# ---------------------------------------------------------------- CI OIDC
@pos("github_actions_oidc_id_token_request_curl_response", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect")
def _():
    rq = rs(R.randint(300, 340), B64U); j, js = jwt()
    return [
        f'##[debug]curl -sS -H "Authorization: bearer {rq}" "$ACTIONS_ID_TOKEN_REQUEST_URL&audience=sts.amazonaws.com"',
        json.dumps({"count": 1, "value": j}),
    ], [rq, js]


@pos("gitlab_ci_id_tokens_debug_trace_export", "https://docs.gitlab.com/ee/ci/secrets/id_token_authentication.html")
def _():
    j, js = jwt(iss="https://gitlab.example.com", sub="project_path:infra/wandb:ref_type:branch:ref:main", aud="sts.amazonaws.com")
    return [
        f"++ export AWS_WEB_IDENTITY_TOKEN={j}",
        f"++ AWS_WEB_IDENTITY_TOKEN={j}",
        "$ aws sts assume-role-with-web-identity --role-arn \"$ROLE_ARN\" --role-session-name gitlab-$CI_JOB_ID --web-identity-token \"$AWS_WEB_IDENTITY_TOKEN\"",
    ], [js]


@pos("configure_aws_credentials_action_debug_assume_output", "https://github.com/aws-actions/configure-aws-credentials")
def _():
    sk = aws_secret(); tok, tb = sts_token()
    return [
        "##[debug]Evaluating condition for step: 'Configure AWS credentials'",
        "##[debug]Assuming role with OIDC",
        f"##[debug]set output aws-access-key-id={akid('ASIA')}",
        f"##[debug]set output aws-secret-access-key={sk}",
        f"##[debug]set output aws-session-token={tok}",
        "##[debug]Node Action run completed with exit code 0",
    ], [sk, tb]


@pos("google_github_actions_auth_access_token_output_echoed", "https://github.com/google-github-actions/auth")
def _():
    t, tb = ya29()
    return [
        "Run echo \"token=${{ steps.auth.outputs.access_token }}\" >> debug.txt",
        f"  echo \"token={t}\" >> debug.txt",
        "  shell: /usr/bin/bash -e {0}",
    ], [tb]


# ================================================================ NEGATIVES
N = []


def neg(name, src):
    def deco(fn):
        N.append((name, fn, src))
        return fn
    return deco


@neg("awscli_sts_get_caller_identity_and_list_profiles", AWSCLI + "sts/get-caller-identity.html")
def _():
    a = acct()
    return [
        "$ aws configure list-profiles",
        f"default wandb-prod wandb-{rs(4, LOW)}",
        "$ aws sts get-caller-identity --profile wandb-prod",
        "{",
        f'    "UserId": "AROA{rs(17, string.ascii_uppercase + "234567")}:wbdiag-{rs(4, LOW)}",',
        f'    "Account": "{a}",',
        f'    "Arn": "arn:aws:sts::{a}:assumed-role/wandb-bucket-rw/wbdiag"',
        "}",
    ]


@neg("aws_config_profiles_role_source_and_process_path_only", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")
def _():
    a = acct()
    return [
        "[profile wandb-base]",
        f"region = {region()}",
        "credential_process = /opt/wandb/bin/wb-vault-aws --role wandb-ci --json",
        "[profile wandb-admin]",
        f"role_arn = arn:aws:iam::{a}:role/WandbAdmin-{rs(4, LOW)}",
        "source_profile = wandb-base",
        f"mfa_serial = arn:aws:iam::{a}:mfa/{user()}",
        "duration_seconds = 3600",
    ]


@neg("ec2_imds_iam_info_instance_profile_ids", "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-categories.html")
def _():
    a = acct()
    return [
        '$ curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/iam/info',
        "{",
        '  "Code" : "Success",',
        f'  "LastUpdated" : "{iso()}",',
        f'  "InstanceProfileArn" : "arn:aws:iam::{a}:instance-profile/wandb-eks-node-{rs(8, LOW)}",',
        f'  "InstanceProfileId" : "AIPA{rs(17, string.ascii_uppercase + "234567")}"',
        "}",
    ]


@neg("terraform_plan_sensitive_value_markers_helm_release", TF + "language/values/outputs#sensitive-suppressing-values-in-cli-output")
def _():
    return [
        "  # module.wandb.helm_release.operator will be updated in-place",
        '  ~ resource "helm_release" "operator" {',
        f'        id         = "wandb-{rs(4, LOW)}"',
        "      ~ metadata   = [",
        f'          - revision = {R.randint(2, 40)}',
        "        ]",
        "      ~ values     = (sensitive value)",
        "        # (24 unchanged attributes hidden)",
        "    }",
    ]


@neg("terraform_output_plain_sensitive_placeholders", TFAWS)
def _():
    b = bucket()
    return [
        "$ terraform output",
        f'bucket_name = "{b}"',
        f'cluster_name = "wandb-{rs(5, LOW)}"',
        f'database_connection_string = "wandb-{rs(6, LOW)}.cluster-{rs(12, LOW)}.db.example.com"',
        "database_password = <sensitive>",
        f'url = "https://wandb-{rs(3, LOW)}.example.com"',
        "wandb_spec = <sensitive>",
    ]


@neg("terraform_module_block_references_not_values", TFAWS)
def _():
    return [
        'module "wandb_infra" {',
        '  source  = "wandb/wandb/aws"',
        f'  version = "{R.randint(1, 7)}.{R.randint(0, 30)}.{R.randint(0, 9)}"',
        f'  namespace = "{rs(6, LOW)}"',
        "  license   = var.wandb_license",
        "  database_master_username = \"wandb\"",
        "  external_redis_params = { password = data.aws_secretsmanager_secret_version.redis.secret_string }",
        "}",
    ]


@neg("terraform_state_show_random_string_sensitive_result", TF + "cli/commands/state/show")
def _():
    return [
        "$ terraform state show module.wandb_infra.module.database.random_string.master_password",
        "# module.wandb_infra.module.database.random_string.master_password:",
        'resource "random_string" "master_password" {',
        f"    id          = (sensitive value)",
        f"    length      = {R.choice([16, 24, 32])}",
        "    lower       = true",
        f"    min_upper   = {R.randint(0, 3)}",
        "    result      = (sensitive value)",
        "    special     = false",
    ]


@neg("gcloud_auth_list_and_config_list_accounts", GCLOUD + "auth/list")
def _():
    p = "acme-ml-" + rs(5, LOW)
    return [
        "$ gcloud auth list",
        "       Credentialed Accounts",
        "ACTIVE  ACCOUNT",
        f"*       wandb-gcs@{p}.iam.gserviceaccount.com",
        f"        {user()}@example.com",
        "$ gcloud config list --format='value(core.project,core.account)'",
        f"{p}\twandb-gcs@{p}.iam.gserviceaccount.com",
    ]


@neg("gcp_external_account_adc_json_credential_source_file", "https://cloud.google.com/iam/docs/workload-identity-federation-with-other-clouds")
def _():
    pn = R.randint(10 ** 11, 10 ** 12)
    return [
        "{",
        '  "type": "external_account",',
        f'  "audience": "//iam.googleapis.com/projects/{pn}/locations/global/workloadIdentityPools/wandb-{rs(4, LOW)}/providers/aws",',
        '  "subject_token_type": "urn:ietf:params:aws:token-type:aws4_request",',
        f'  "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/wandb-gcs@acme-ml-{rs(5, LOW)}.iam.gserviceaccount.com:generateAccessToken",',
        '  "token_url": "https://sts.googleapis.com/v1/token",',
        '  "credential_source": { "file": "/var/run/secrets/tokens/gcp-ksa/token", "format": { "type": "text" } }',
        "}",
    ]


@neg("gcloud_iam_sa_keys_list_table_key_ids", GCLOUD + "iam/service-accounts/keys/list")
def _():
    rows = []
    for _ in range(R.randint(2, 4)):
        t0 = _T0 + R.randint(0, 400 * 86400)
        rows.append(f"{hexs(40)}  {iso(t0)}  {iso(t0 + R.randint(30, 700) * 86400)}  {R.choice(['USER_MANAGED', 'SYSTEM_MANAGED'])}")
    return ["$ gcloud iam service-accounts keys list --iam-account wandb-gcs@acme-ml-" + rs(5, LOW) + ".iam.gserviceaccount.com",
            "KEY_ID                                    CREATED_AT            EXPIRES_AT            KEY_TYPE"] + rows


@neg("az_ad_sp_credential_list_hints_and_key_ids", AZ + "ad/sp/credential#az-ad-sp-credential-list")
def _():
    return [
        f"$ az ad sp credential list --id {uuid()}",
        "[",
        "  {",
        '    "displayName": "wandb-terraform",',
        f'    "endDateTime": "{iso()}",',
        f'    "hint": "{rs(3)}",',
        f'    "keyId": "{uuid()}",',
        '    "secretText": null,',
        f'    "startDateTime": "{iso()}"',
    ]


@neg("az_storage_container_generate_sas_help_excerpt", AZ + "storage/container#az-storage-container-generate-sas")
def _():
    return [
        "Arguments",
        "    --name -n            [Required] : The container name.",
        "    --as-user                       : Indicates that this command return the SAS signed with the user",
        "                                      delegation key.",
        "    --expiry                        : Specifies the UTC datetime (Y-m-d'T'H:M'Z') at which the SAS",
        "                                      becomes invalid.",
        f"    --permissions                   : The permissions the SAS grants. Allowed values: {''.join(R.sample('racwdxyltmei', R.randint(5, 9)))}.",
        f"    --policy-name                   : The name of a stored access policy, e.g. wandb-{rs(4, LOW)}.",
    ]


@neg("azure_workload_identity_env_token_file_paths", "https://azure.github.io/azure-workload-identity/docs/quick-start.html")
def _():
    return [
        f"AZURE_CLIENT_ID={uuid()}",
        f"AZURE_TENANT_ID={uuid()}",
        "AZURE_FEDERATED_TOKEN_FILE=/var/run/secrets/azure/tokens/azure-identity-token",
        "AZURE_AUTHORITY_HOST=https://login.microsoftonline.com/",
        f"IDENTITY_ENDPOINT=http://10.0.{R.randint(0, 255)}.4:42356/msi/token",
        f"AZURE_STORAGE_ACCOUNT=wandbstore{rs(6, LOW)}",
    ]


@neg("vault_token_lookup_by_accessor_id_na", VAULT + "commands/token/lookup")
def _():
    return [
        f"$ vault token lookup -accessor {rs(24, AL)}",
        "Key                 Value",
        "---                 -----",
        f"accessor            {rs(24, AL)}",
        f"creation_time       {R.randint(1700000000, 1760000000)}",
        "display_name        approle",
        "id                  n/a",
        f'policies            [default wandb-{rs(4, LOW)}]',
        f"ttl                 {R.randint(1, 700)}h{R.randint(0, 59)}m",
    ]


@neg("vault_status_sealed_progress_table", VAULT + "commands/status")
def _():
    return [
        "$ vault status",
        "Key                Value",
        "---                -----",
        "Initialized        true",
        "Sealed             true",
        f"Total Shares       {R.randint(3, 7)}",
        f"Threshold          {(th := R.randint(2, 3))}",
        f"Unseal Progress    {R.randint(0, th - 1)}/{th}",
        f"Unseal Nonce       {uuid()}",
    ]


@neg("vault_audit_log_hmac_hashed_response_fields", VAULT + "audit")
def _():
    d = {"time": iso(frac=True), "type": "response", "auth": {"client_token": "hmac-sha256:" + hexs(64), "accessor": "hmac-sha256:" + hexs(64)},
         "request": {"path": "database/creds/wandb-app", "operation": "read"},
         "response": {"data": {"password": "hmac-sha256:" + hexs(64), "username": "hmac-sha256:" + hexs(64)}}}
    return [json.dumps(d)]


@neg("sops_encrypted_yaml_enc_values_and_age_recipient", "https://github.com/getsops/sops#encrypting-using-age")
def _():
    def enc(n):
        return f"ENC[AES256_GCM,data:{rs(n, B64)},iv:{base64.b64encode(rb(32)).decode()},tag:{base64.b64encode(rb(16)).decode()},type:str]"
    return [
        "global:",
        f"    license: {enc(R.randint(40, 60))}",
        "sops:",
        "    age:",
        f"        - recipient: age1{rs(58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}",
        f"    lastmodified: \"{iso()}\"",
        f"    mac: ENC[AES256_GCM,data:{base64.b64encode(rb(64)).decode()},iv:{base64.b64encode(rb(32)).decode()},tag:{base64.b64encode(rb(16)).decode()},type:str]",
        "    version: 3.9.1",
    ]


@neg("op_item_get_concealed_field_without_reveal_hint", "https://developer.1password.com/docs/cli/reference/management-commands/item#item-get")
def _():
    return [
        f'$ op item get "W&B Server {R.choice(["prod", "staging", "dev"])}" --vault Infra',
        f"ID:          {rs(26, LOW)}",
        "Title:       W&B Server",
        "Vault:       Infra (" + rs(26, LOW) + ")",
        f"Updated:     {R.randint(2, 11)} months ago by {R.choice(NAMES)}",
        "Fields:",
        "  username:    wandb",
        "  password:    [use 'op item get " + rs(26, LOW) + " --reveal' to reveal]",
    ]


@neg("op_inject_template_secret_references", "https://developer.1password.com/docs/cli/secrets-template-syntax")
def _():
    v = R.choice(["Infra", "Prod", "MLOps"])
    return [
        "$ cat wandb.env.tpl",
        f"LICENSE={{{{ op://{v}/wandb-license/credential }}}}",
        f"MYSQL=mysql://wandb:{{{{ op://{v}/wandb-mysql/password }}}}@mysql.wandb.svc.cluster.local:3306/wandb_local",
        f"OIDC_SECRET=op://{v}/wandb-oidc-{rs(4, LOW)}/client_secret",
        "$ op inject -i wandb.env.tpl -o /run/wandb/wandb.env",
        "/run/wandb/wandb.env",
    ]


@neg("doppler_secrets_only_names_box_table", "https://docs.doppler.com/docs/cli#secrets")
def _():
    names = R.sample(["LICENSE", "MYSQL_PASSWORD", "OIDC_SECRET", "S3_SECRET_KEY", "REDIS_PASSWORD", "SLACK_SECRET", "GORILLA_SESSION_KEY"], R.randint(3, 5))
    out = ["┌─────────────────────┐", "│ NAME                │", "├─────────────────────┤"]
    out += [f"│ {n:<19} │" for n in sorted(names)]
    return out + ["└─────────────────────┘"]


@neg("pulumi_stack_config_yaml_secure_ciphertext", "https://www.pulumi.com/docs/iac/concepts/secrets/")
def _():
    return [
        "$ cat Pulumi.prod.yaml",
        f"encryptionsalt: v1:{base64.b64encode(rb(8)).decode()}:v1:{base64.b64encode(rb(12)).decode()}:{base64.b64encode(rb(32)).decode()}",
        "config:",
        f"  aws:region: {region()}",
        "  wandb:dbPassword:",
        f"    secure: v1:{base64.b64encode(rb(12)).decode()}:{base64.b64encode(rb(R.randint(30, 44))).decode()}",
        "  wandb:namespace: wandb",
    ]


@neg("pulumi_stack_export_secret_ciphertext_marker", "https://github.com/pulumi/pulumi/pull/4046")
def _():
    return [
        '                "outputs": {',
        '                    "dbPassword": {',
        '                        "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",',
        f'                        "ciphertext": "v1:{base64.b64encode(rb(12)).decode()}:{base64.b64encode(rb(R.randint(30, 44))).decode()}"',
        "                    },",
        f'                    "endpoint": "wandb-prod.cluster-{rs(12, LOW)}.db.example.com",',
    ]


@neg("kubeconfig_exec_aws_eks_get_token_with_ca_data", KUBE)
def _():
    a = acct(); r = region()
    return [
        "clusters:",
        "- cluster:",
        f"    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSU{rs(120, B64)}",
        f"    server: https://{hexs(32).upper()}.gr7.{r}.eks.amazonaws.com",
        f"  name: arn:aws:eks:{r}:{a}:cluster/wandb-prod",
        "users:",
        f"- name: arn:aws:eks:{r}:{a}:cluster/wandb-prod",
        "  user:",
        "    exec: { apiVersion: client.authentication.k8s.io/v1beta1, command: aws, args: [--region, " + r + ", eks, get-token, --cluster-name, wandb-prod] }",
    ]


@neg("kubectl_config_view_minified_redacted_and_omitted", "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_config/kubectl_config_view/")
def _():
    return [
        "$ kubectl config view --minify",
        "- cluster:",
        "    certificate-authority-data: DATA+OMITTED",
        f"    server: https://10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}:6443",
        f"- name: {user()}",
        "  user:",
        "    client-certificate-data: DATA+OMITTED",
        "    client-key-data: DATA+OMITTED",
        "    token: REDACTED",
    ]


@neg("kubernetes_exec_info_env_request_without_status", KUBE)
def _():
    return [
        "KUBERNETES_EXEC_INFO=" + json.dumps({"kind": "ExecCredential", "apiVersion": "client.authentication.k8s.io/v1",
                                               "spec": {"cluster": {"server": f"https://10.{R.randint(0, 255)}.0.{R.randint(1, 254)}:6443", "config": None},
                                                        "interactive": R.choice([True, False])}}),
    ]


@neg("docker_config_json_creds_store_and_helpers_only", "https://docs.docker.com/reference/cli/docker/login/#credential-helpers")
def _():
    a = acct(); r = region()
    return [
        "{",
        '  "auths": {',
        f'    "{a}.dkr.ecr.{r}.amazonaws.com": {{}},',
        '    "registry.example.com": {}',
        "  },",
        f'  "credHelpers": {{ "{a}.dkr.ecr.{r}.amazonaws.com": "ecr-login", "us-docker.pkg.dev": "gcloud" }},',
        f'  "credsStore": "{R.choice(["desktop", "osxkeychain", "pass", "secretservice"])}"',
        "}",
    ]


@neg("docker_login_stdin_warning_and_login_succeeded", "https://docs.docker.com/reference/cli/docker/login/")
def _():
    a = acct(); r = region()
    return [
        f"$ aws ecr get-login-password --region {r} | docker login --username AWS --password-stdin {a}.dkr.ecr.{r}.amazonaws.com",
        f"WARNING! Your password will be stored unencrypted in /home/{user()}/.docker/config.json.",
        "Configure a credential helper to remove this warning. See",
        "https://docs.docker.com/engine/reference/commandline/login/#credential-stores",
        "",
        "Login Succeeded",
    ]


@neg("ansible_vault_inline_ciphertext_variable_block", ANS + "vault_guide/vault_encrypting_content.html#encrypting-individual-variables-with-ansible-vault")
def _():
    h = hexs(R.randint(300, 420))
    return ["wandb_mysql_password: !vault |", "          $ANSIBLE_VAULT;1.1;AES256"] + [
        "          " + h[i:i + 64] for i in range(0, min(len(h), 320), 64)]


@neg("ansible_no_log_censored_task_result_line", ANS + "reference_appendices/faq.html#how-do-i-keep-secret-data-in-my-playbook")
def _():
    return [
        f"TASK [wandb : render /etc/wandb/{rs(5, LOW)}.env] ****************************************",
        f"changed: [wb{R.randint(1, 9)}.example.internal] => {{\"censored\": \"the output has been hidden due to the fact that 'no_log: true' was specified for this result\", \"changed\": true}}",
    ]


@neg("github_actions_oidc_permissions_and_masked_log", "https://github.com/aws-actions/configure-aws-credentials")
def _():
    a = acct()
    return [
        "permissions:",
        "  id-token: write",
        "  contents: read",
        "Run aws-actions/configure-aws-credentials@v4",
        "  with:",
        f"    role-to-assume: arn:aws:iam::{a}:role/gha-wandb-{rs(4, LOW)}",
        f"    aws-region: {region()}",
        "Assuming role with OIDC",
        f"Authenticated as assumedRoleId AROA{rs(17, string.ascii_uppercase + '234567')}:GitHubActions",
    ]


@neg("packer_variable_blocks_sensitive_declarations", "https://developer.hashicorp.com/packer/docs/templates/hcl_templates/variables#a-variable-with-sensitive-value")
def _():
    v = R.sample(["aws_secret_key", "wandb_license", "mysql_password", "registry_token"], 2)
    out = []
    for x in v:
        out += [f'variable "{x}" {{', "  sensitive = true",
                f'  default   = env("{x.upper()}_{rs(2, string.ascii_uppercase)}")', "}"]
    return out


@neg("rds_iam_policy_rds_db_connect_resource_arn", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.IAMPolicy.html")
def _():
    a = acct(); r = region()
    return [
        "{",
        '  "Version": "2012-10-17",',
        '  "Statement": [{',
        '    "Effect": "Allow",',
        '    "Action": ["rds-db:connect"],',
        f'    "Resource": ["arn:aws:rds-db:{r}:{a}:dbuser:cluster-{rs(26, string.ascii_uppercase + string.digits)}/wandb"]',
        "  }]",
        "}",
    ]


@neg("cloud_init_user_data_fetches_secret_by_arn_command_only", "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#runcmd")
def _():
    a = acct(); r = region()
    return [
        "#cloud-config",
        "runcmd:",
        f"  - LICENSE=$(aws secretsmanager get-secret-value --region {r} --secret-id arn:aws:secretsmanager:{r}:{a}:secret:wandb/license-{rs(6)} --query SecretString --output text)",
        "  - echo \"LICENSE=${LICENSE}\" > /etc/wandb/env && chmod 600 /etc/wandb/env",
        "  - docker run -d --env-file /etc/wandb/env -p 8080:8080 wandb/local",
    ]


# ================================================================ generation
def norm(s):
    return "".join(c for c in s.lower() if c not in "-_.")


def check_pos(lines, secrets):
    if not (1 <= len(lines) <= 12):
        return False
    text = "\n".join(lines)
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


def shapes(table, third):
    out = []
    for i, (name, fn, src) in enumerate(table):
        extra = [WRAP_ORDER[(2 * i) % 5], WRAP_ORDER[(2 * i + 1) % 5]][:2 if third(i) else 1]
        out.append((name, fn, None, src))
        for w in extra:
            suf, wf = WRAP[w]
            out.append((f"{name}_{suf}", fn, wf, src))
    return out


POS_SHAPES = shapes(P, lambda i: i % 3 == 0)
NEG_SHAPES = shapes(N, lambda i: i % 3 != 2)
SOURCES = {n: s for n, _, _, s in POS_SHAPES + NEG_SHAPES}
WRAPPER_NOTE = {v[0]: k for k, v in WRAP.items()}

# kind judgement (see README): base layouts judged new against the shape-name list
NEW_KIND_POS = [
    "ec2_imdsv2_put_token_echo_then_role_credentials_json",
    "ec2_imdsv2_curl_verbose_metadata_token_request_header",
    "gcloud_config_config_helper_json_credential_block",
    "azure_app_service_msi_identity_header_env_and_curl",
    "bw_unlock_session_export_hint_line",
    "packer_log_shell_provisioner_env_vars_echo",
    "cloud_init_cloud_config_docker_login_runcmd_list",
    "github_actions_oidc_id_token_request_curl_response",
    "google_github_actions_auth_access_token_output_echoed",
]
NEW_KIND_NEG = [
    "ec2_imds_iam_info_instance_profile_ids",
    "op_item_get_concealed_field_without_reveal_hint",
    "kubernetes_exec_info_env_request_without_status",
    "rds_iam_policy_rds_db_connect_resource_arn",
    "cloud_init_user_data_fetches_secret_by_arn_command_only",
]
SAME_KIND_POS = [n for n, _, _ in P if n not in NEW_KIND_POS]
SAME_KIND_NEG = [n for n, _, _ in N if n not in NEW_KIND_NEG]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    seen_secrets = set()
    pos_out = []
    for name, fn, wf, _ in POS_SHAPES:
        for _k in range(3):
            for _try in range(200):
                lines, secrets = fn()
                if wf:
                    lines = wf(lines)
                if check_pos(lines, secrets) and not (set(secrets) & seen_secrets) and len(set(secrets)) == len(secrets):
                    break
            else:
                raise SystemExit(f"cannot draw {name}")
            seen_secrets.update(secrets)
            pos_out.append({"shape": name, "lines": lines, "secrets": secrets})
    neg_out = []
    seen = set()
    for name, fn, wf, _ in NEG_SHAPES:
        for _k in range(5):
            for _try in range(200):
                lines = fn()
                if wf:
                    lines = wf(lines)
                key = json.dumps(lines)
                if key not in seen and 1 <= len(lines) <= 12:
                    break
            else:
                raise SystemExit(f"cannot draw {name}")
            seen.add(key)
            neg_out.append({"shape": name, "lines": lines})
    with open(os.path.join(here, "positives.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in pos_out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "negatives.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in neg_out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
