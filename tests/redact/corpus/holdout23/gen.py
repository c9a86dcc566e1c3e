#!/usr/bin/env python3
"""holdout23: sealed held-out set for the wbdiag secret redactor.

Focus: real material. Every shape's layout follows a public source (listed in
SOURCES); every value is synthetic, drawn from a seeded RNG.

Template mini-language (inside record templates):
  «S:kind»        a secret value; drawn, inserted, listed
  «S:kind@name»   same, remembered under `name`
  «R:kind»        a random non-secret value (ids, hosts, users ...)
  «R:kind@name»   same, remembered
  «=name»         repeat a remembered value
  «C:a|b|c»       choice among literals (non-secret)
  «T:fmt»         a timestamp, moving forward 1-3 s each use
kinds: pwN (password), anN (alnum), hxN (hex), HXN (upper hex), b64N, u64N
(base64url), upN (upper+digits), lcN (lowercase), numN (digits), uuid, jwt
(listed: signature only), sk (40-char AWS-style secret), skan (40 alnum),
ak (AKIA key id), ip (10.x address), user, host, l36N (lowercase + digits),
b64pwN / b64anN / b64hvs (base64 of a drawn value; listed in base64 form without
padding), azsecret, azkey, sasig (Azure client secret, storage key, SAS sig),
pwhash / pwcolon (passwords with `#;` or an escaped colon inside).
A repeated «C:...» list, «R:user», «R:host» or «R:ip» takes one value per record.
"""
import base64
import datetime
import json
import os
import random
import re
import string

SEED = 2323_2026
HERE = os.path.dirname(os.path.abspath(__file__))

LOW = string.ascii_lowercase
UPP = string.ascii_uppercase
DIG = string.digits
AN = LOW + UPP + DIG
PWCH = AN + "-_.!~+*"
B64 = AN + "+/"
B64U = AN + "-_"

USERS = ["wandb", "wandb_app", "svc-wandb", "mlops", "ci-bot", "deployer", "gorilla",
         "platform", "backup", "reporter", "ops-admin", "jsmith", "akim", "tnguyen"]
HOSTS = ["wandb.example.com", "ml.example.net", "wandb.corp.example.org",
         "wandb-prod.example.io", "mlplatform.example.com", "wandb.lab.example.net"]


KINDS = sorted(["pw", "an", "hx", "HX", "b64", "u64", "up", "lc", "num", "uuid", "jwt", "sk",
                "skan", "ak", "ip", "user", "host", "b64pw", "b64an", "b64hvs", "azsecret",
                "azkey", "sasig", "pwhash", "pwcolon", "l36"], key=len, reverse=True)


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.secrets = []
        self.names = {}
        self.memo = {}
        y = rng.choice([2023, 2024, 2025])
        self.t = datetime.datetime(y, rng.randint(1, 12), rng.randint(1, 28),
                                   rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59),
                                   rng.randint(0, 999999))

    # ---- primitive draws
    def s(self, alphabet, n):
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def pw(self, n):
        mid = self.s(PWCH, n - 2)
        # make sure a password looks like one: at least one digit and one letter
        return self.s(AN, 1) + mid + self.s(DIG, 1) if n > 2 else self.s(AN, n)

    def uuid(self):
        h = self.s("0123456789abcdef", 32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.rng.choice('89ab')}{h[17:20]}-{h[20:]}"

    def b64u_json(self, obj):
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")

    def jwt(self):
        hdr = self.b64u_json({"alg": "RS256", "kid": self.s(AN, 12), "typ": "JWT"})
        now = int(self.t.timestamp())
        pl = self.b64u_json({"iss": "https://" + self.rng.choice(HOSTS), "sub": self.uuid(),
                             "iat": now, "exp": now + self.rng.choice([3600, 86400, 31536000])})
        n = self.rng.choice([86, 342])
        sig = self.s(AN, 1) + self.s(B64U, n - 2) + self.s(AN, 1)
        return hdr + "." + pl + "." + sig, sig

    def ts(self, fmt):
        self.t += datetime.timedelta(seconds=self.rng.randint(1, 3), microseconds=self.rng.randint(0, 999999))
        t = self.t
        if fmt == "iso":
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"
        if fmt == "isoz":
            return t.strftime("%Y-%m-%dT%H:%M:%SZ")
        if fmt == "iso7":
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}" + str(self.rng.randint(0, 9)) + "Z"
        if fmt == "mysql":
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}Z"
        if fmt == "go":
            return t.strftime("%Y/%m/%d %H:%M:%S")
        if fmt == "sys":
            return t.strftime("%b ") + f"{t.day:2d}" + t.strftime(" %H:%M:%S")
        if fmt == "clf":
            return t.strftime("%d/%b/%Y:%H:%M:%S +0000")
        if fmt == "py":
            return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"
        if fmt == "plain":
            return t.strftime("%Y-%m-%d %H:%M:%S")
        if fmt == "epoch":
            return str(int(t.timestamp()))
        if fmt == "date":
            return t.strftime("%Y-%m-%d")
        if fmt == "iso6":
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}+00:00"
        raise ValueError(fmt)

    # ---- kinds: return (text, listed)
    def kind(self, k):
        for base in KINDS:
            if k.startswith(base) and k[len(base):].isdigit() or k == base:
                n = int(k[len(base):] or 0)
                break
        else:
            raise ValueError(k)
        if base == "pw":
            v = self.pw(n); return v, v
        if base == "an":
            v = self.s(AN, n); return v, v
        if base == "hx":
            v = self.s("0123456789abcdef", n); return v, v
        if base == "HX":
            v = self.s("0123456789ABCDEF", n); return v, v
        if base == "b64":
            v = self.s(AN, 1) + self.s(B64, n - 2) + self.s(AN, 1); return v, v
        if base == "u64":
            v = self.s(AN, 1) + self.s(B64U, n - 2) + self.s(AN, 1); return v, v
        if base == "up":
            v = self.s(UPP + DIG, n); return v, v
        if base == "lc":
            v = self.s(LOW, n); return v, v
        if base == "num":
            v = self.s("123456789", 1) + self.s(DIG, n - 1); return v, v
        if base == "uuid":
            v = self.uuid(); return v, v
        if base == "jwt":
            return self.jwt()
        if base == "sk":
            v = self.s(AN, 1) + self.s(B64, 38) + self.s(AN, 1); return v, v
        if base == "skan":
            v = self.s(AN, 40); return v, v
        if base == "ak":
            v = "AKIA" + self.s(UPP + "234567", 16); return v, v
        if base == "ip":
            v = f"10.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(2, 254)}"; return v, v
        if base == "user":
            v = self.rng.choice(USERS); return v, v
        if base == "host":
            v = self.rng.choice(HOSTS); return v, v
        if base == "b64pw":
            raw = self.pw(n).encode()
            v = base64.b64encode(raw).decode(); return v, v.rstrip("=")
        if base == "b64an":
            raw = self.s(AN, n).encode()
            v = base64.b64encode(raw).decode(); return v, v.rstrip("=")
        if base == "l36":
            v = self.s(LOW + DIG, n); return v, v
        if base == "pwhash":
            v = self.pw(7) + "#" + self.pw(6) + ";" + self.pw(7); return v, v
        if base == "pwcolon":
            v = self.pw(8) + "\\:" + self.pw(9); return v, v
        if base == "b64hvs":
            v = base64.b64encode(("hvs." + self.s(AN, 24)).encode()).decode(); return v, v.rstrip("=")
        if base == "azsecret":
            v = self.s(AN, 3) + "8Q~" + self.s(AN + "_.~-", 32) + self.s(AN, 2); return v, v
        if base == "azkey":
            v = self.s(B64, 86) + "=="; return v, v[:-2]
        if base == "sasig":
            raw = self.s(B64, 43) + "="
            v = raw.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
            return v, v[:-3]
        raise ValueError(k)

    def S(self, k, name=None):
        v, listed = self.kind(k)
        self.secrets.append(listed)
        if name:
            self.names[name] = v
        return v

    def R(self, k, name=None):
        v, _ = self.kind(k)
        if name:
            self.names[name] = v
        return v


PH = re.compile(r"«([SRCT=]):?([^»]*)»")


def render(tpl, ctx):
    def rep(m):
        typ, body = m.group(1), m.group(2)
        if typ == "T":
            return ctx.ts(body)
        if typ == "C":
            # the same choice list within one record gives the same value
            if body not in ctx.memo:
                ctx.memo[body] = ctx.rng.choice(body.split("|"))
            return ctx.memo[body]
        if typ == "=":
            return ctx.names[body]
        name = None
        if "@" in body:
            body, name = body.split("@", 1)
        if typ == "R" and body in ("user", "host", "ip") and not name:
            # one user / host / address per record unless named otherwise
            if "R:" + body not in ctx.memo:
                ctx.memo["R:" + body] = ctx.R(body)
            return ctx.memo["R:" + body]
        return ctx.S(body, name) if typ == "S" else ctx.R(body, name)
    out = PH.sub(rep, tpl)
    return out.split("\n")


POS = []   # (name, template)
NEG = []
SOURCES = {}


def P(name, src, tpl):
    POS.append((name, tpl.strip("\n")))
    SOURCES[name] = src


def N(name, src, tpl):
    NEG.append((name, tpl.strip("\n")))
    SOURCES[name] = src

# =====================================================================
# POSITIVES
# =====================================================================
HC = "https://github.com/wandb/helm-charts/blob/main/"

# ---- W&B charts, operator, terraform modules, W&B docs -----------------
P("wandb_chart_values_bucket_url_with_minio_keys_per_comment", HC + "charts/wandb/values.yaml", r"""
# If using S3 be sure the pod has valid IAM creds, if using minio
# you can include the creds in the bucket url, i.e.
# !!! Be sure to use the externally accessible host / ingress,
# not the internal service
# s3://$ACCESS_KEY_ID:$SECRET_KEY@$HOST/$BUCKET?tls=true
bucket: s3://«C:wandbminio|minio-wandb|mlstore»:«S:skan»@«C:minio.example.com|s3.example.net|objects.example.org»/«C:wandb|wandb-files|wandb-prod»?tls=true
bucketRegion: us-east-1
# If you use a custom KMS key for bucket encryption specify the arn here
bucketKmsKeyArn:
""")

P("wandb_chart_values_external_mysql_block_filled", HC + "charts/wandb/values.yaml", r"""
mysql:
  # Set this to false if you want to bring your own mysql
  managed: false
  # If you have an existing mysql host, specify the host, user, and password here
  host: «C:mysql.example.com|wandb-db.example.net|10.20.3.14|mysql.wandb.svc.cluster.local»
  user: «R:user»
  password: «S:pw20»
  database: wandb_local
  command:
""")

P("wandb_chart_values_sso_client_secret_optional_field", HC + "charts/wandb/values.yaml", r"""
sso:
  enabled: true
  # Automatically provision a user if SSO auth succeeds
  autoProvision: true
  issuer: https://«C:login|sso|idp».example.com/«C:oauth2/default|realms/wandb|application/o/wandb/»
  # Can be implicit or pkce
  method: pkce
  clientId: «R:an20»
  # Optional, only if your IDP requires it
  clientSecret: «S:an40»
""")

P("wandb_chart_values_ldap_bindpw_given_inline", HC + "charts/wandb/values.yaml", r"""
ldap:
  enabled: true
  # LDAP server address including "ldap://" or "ldaps://"
  host: ldaps://«C:ldap|dc01|ad».example.com:636
  # LDAP search base to use for finding users
  baseDN: dc=example,dc=com
  # LDAP user to bind with (if not using anonymous bind)
  bindDN: cn=«C:wandb-bind|svc_wandb|ldap-reader»,ou=«C:services|service-accounts»,dc=example,dc=com
  # Secret name and key with LDAP password to bind with (if not using anonymous bind)
  bindPW: «S:pw18»
  # LDAP attribute for email and group ID attribute names as comma separated string values.
  attributes: email=mail,group=memberOf
""")

P("wandb_chart_extraenv_commented_example_filled_in", HC + "charts/wandb/values.yaml", r"""
# set additional env variables
extraEnv:
  - name: AWS_ACCESS_KEY_ID
    value: «R:ak»
  - name: AWS_SECRET_ACCESS_KEY
    value: «S:sk»
  - name: AWS_REGION
    value: «C:us-east-1|eu-west-1|us-west-2»
""")

P("launch_agent_values_apikey_and_gitcreds_block", HC + "charts/launch-agent/values.yaml", r"""
agent:
  # W&B API key.
  apiKey: "local-«S:hx40»"
  # Providing API key can be done external to this chart
  useExternalWandbSecret: false

# The contents of a git credentials file. This will be stored in a k8s secret
# and mounted into the agent container. Set this if you want to clone private
# repos. Example: https://username:password@example.com
gitCreds: |
  https://«C:ci-bot|launch|mlops-git»:«S:pw28»@git.example.com
""")

P("operator_wandb_global_email_smtp_block", HC + "charts/operator-wandb/values.yaml", r"""
  email:
    smtp:
      host: "«C:smtp.example.com|mail.example.net|smtp.corp.example.org»"
      port: 587
      user: "«C:wandb-notify|noreply|alerts»"
      password: "«S:pw22»"
      mailFrom: "wandb@example.com"
""")

P("operator_wandb_global_clickhouse_connection_password", HC + "charts/operator-wandb/values.yaml", r"""
  clickhouse:
    host: "«C:clickhouse.example.com|ch-weave.example.net|abc123.us-east-1.aws.clickhouse.example.io»"
    port: "8443"
    password: "«S:pw24»"
    passwordSecret:
      name: ""
      passwordKey: "CLICKHOUSE_PASSWORD"
    database: "weave_trace_db"
    user: "default"
""")

P("operator_wandb_helm_template_mysql_password_map_rendered", HC + "charts/operator-wandb/templates/_env.tpl", r"""
        - name: MYSQL_DATABASE
          value: "wandb_local"
        - name: MYSQL_USER
          value: "«R:user»"
        - name: MYSQL_PASSWORD
          value: «S:pw20»
        - name: MYSQL
          value: "mysql://$(MYSQL_USER):$(MYSQL_PASSWORD)@$(MYSQL_HOST):$(MYSQL_PORT)/$(MYSQL_DATABASE)?tls=preferred"
""")

P("operator_wandb_helm_template_wf_clickhouse_pass_map", HC + "charts/operator-wandb/templates/_env.tpl", r"""
        - name: WF_CLICKHOUSE_DATABASE
          value: "weave_trace_db"
        - name: WF_CLICKHOUSE_REPLICATED
          value: "false"
        - name: WF_CLICKHOUSE_PASS
          value: "«S:pw26»"
        - name: WF_CLICKHOUSE_USER
          value: "default"
""")

P("operator_wandb_bucket_url_cw_scheme_expanded_env", HC + "charts/operator-wandb/templates/_bucket.tpl", r"""
$ kubectl exec -n «C:wandb|default|wandb-prod» deploy/wandb-api -- printenv | grep -E '^(BUCKET|GORILLA_STORAGE)'
BUCKET_NAME=«C:wandb-artifacts|ml-files|wandb-cw»
BUCKET=cw://«R:up20»:«S:skan»@«C:wandb-artifacts|ml-files|wandb-cw»
GORILLA_STORAGE_BUCKET_REGION=«C:US-EAST-04A|US-WEST-01A|EU-SOUTH-03A»
""")

P("terraform_wandb_operator_migration_tfvars_license", "https://github.com/wandb/terraform-aws-wandb/blob/main/docs/operator-migration/pre-operator.tfvars", r"""
namespace     = "«C:wandb|operator-upgrade|ml-prod»"
domain_name   = "«C:example.com|corp.example.net|example.org»"
zone_id       = "Z«R:up19»"
subdomain     = "«C:wandb|ml|wandb-prod»"
wandb_license = "«S:jwt»"
wandb_version = "0.«C:51|58|61».«C:2|0|4»"
# size          = "small"
""")

P("terraform_wandb_example_module_block_license_literal", "https://github.com/wandb/terraform-aws-wandb/blob/main/examples/standard/main.tf", r"""
module "wandb_infra" {
  source  = "wandb/wandb/aws"
  version = "~> «C:4.0|5.0|6.0»"

  namespace   = "«C:wandb|ml-prod»"
  public_access = true
  license = "«S:jwt»"

  bucket_name        = var.bucket_name
  bucket_kms_key_arn = var.bucket_kms_key_arn
}
""")

P("wandb_cr_v1_spec_values_global_mysql_password", "https://github.com/wandb/operator/blob/main/config/samples/apps_v1_weightsandbiases.yaml", r"""
kind: WeightsAndBiases
metadata:
  name: wandb
  namespace: «C:wandb|default»
spec:
  values:
    global:
      host: https://«R:host»
      mysql:
        host: «C:mysql.example.com|10.12.4.8|wandb-db.example.net»
        user: wandb
        password: «S:pw20»
""")

P("wandb_local_docker_run_env_flags_oidc_secret", "https://docs.wandb.ai/guides/hosting/iam/authentication/sso/", r"""
docker run -d --restart always \
  -v wandb:/vol -p 8080:8080 \
  -e HOST=https://«R:host» \
  -e MYSQL=mysql://«R:user»:«S:pw18»@«C:mysql.example.com|10.8.1.20»:3306/wandb_local \
  -e OIDC_ISSUER=https://login.example.com/oauth2/default \
  -e OIDC_CLIENT_ID=«R:an20» \
  -e OIDC_AUTH_METHOD=pkce \
  -e OIDC_SECRET=«S:an40» \
  --name wandb-local wandb/local
""")

P("wandb_login_host_key_argument_netrc_append", "https://docs.wandb.ai/ref/cli/wandb-login/", r"""
$ wandb login --relogin --host=https://«R:host@h» local-«S:hx40»
wandb: Appending key for «=h» to your netrc file: /home/«C:ubuntu|jovyan|ec2-user»/.netrc
""")

P("wandb_netrc_two_machines_login_user", "https://docs.wandb.ai/ref/cli/wandb-login/", r"""
machine api.wandb.ai
  login user
  password «S:hx40»
machine «R:host»
  login user
  password local-«S:hx40»
""")

P("wandb_redis_env_ca_cert_path_params", "https://docs.wandb.ai/guides/hosting/data-security/enterprise-redis/", r"""
- name: REDIS
  value: redis://:«S:pw24»@«C:redis.example.com|master.wandb-redis.abc123.use1.cache.example.com|10.4.9.12»:«C:6379|6380»/0?tls=true&caCertPath=/etc/ssl/certs/redis_ca.pem&ttlInSeconds=604800
""")

# ---- public issue threads: logs pasted with a credential -------------
P("celery_banner_results_backend_unmasked_line", "https://github.com/celery/celery/issues/2808", r"""
 -------------- celery@«C:worker-0|ip-10-0-3-17|wandb-jobs-7f9c» v3.1.18 (Cipater)
---- **** -----
--- * ***  * -- Linux-3.13.0-48-generic-x86_64-with-Ubuntu-14.04-trusty
-- * - **** ---
- ** ---------- [config]
- ** ---------- .> app:         «C:jobs|reports|exporter»:0x7fd6«R:hx8»
- ** ---------- .> transport:   redis://:**@«C:redis.example.com|10.2.0.9»:6379/0
- ** ---------- .> results:     redis://:«S:pw20»@«C:redis.example.com|10.2.0.9»:6379/1
- *** --- * --- .> concurrency: «C:2|4|8» (prefork)
""")

P("fossology_scheduler_connection_string_fatal", "https://github.com/fossology/fossology/issues/355", r"""
«T:plain» scheduler [«R:num4@pid»] :: FATAL database.c.643: Unable to connect to the database: "ERROR: Unable to connect to the database
«T:plain» scheduler [«=pid»] ::    Connection string: 'dbname=«C:fossology|reports» host=«C:localhost|10.1.4.4» user=«C:fossy|reporter» password=«S:pw16»'
«T:plain» scheduler [«=pid»] ::    Connection status: '1'
""")

P("twisted_adbapi_closing_mysqldb_kwargs_dict", "https://github.com/twisted/twisted/issues/11221", r"""
«T:go» EST [-] adbapi closing: MySQLdb {'passwd': '«S:pw16»', 'host': '«C:mysql.example.com|10.3.3.3|db01»', 'db': '«C:addresses|wandb_local|metrics»', 'user': '«R:user»'}
""")

P("repmgr_warning_attempted_to_connect_using_conninfo", "https://github.com/EnterpriseDB/repmgr/issues/780", r"""
[«T:plain»] [WARNING] unable to connect to upstream node "node«C:1|2|3»" (ID: «C:1|2|3»)
[«T:plain»] [DETAIL] attempted to connect using:
  user=repmgr password=«S:pw18» connect_timeout=2 dbname=repmgr host=«R:ip» port=5432 fallback_application_name=repmgr
[«T:plain»] [WARNING] connection to upstream node lost
""")

P("psqlodbc_mylog_driverconnect_connstrin", "https://github.com/postgresql-interfaces/psqlodbc/issues/101", r"""
[«R:num5»-«R:num3».«R:num3»]PGAPI_DriverConnect: 19 **** fDriverCompletion=0, connStrIn='DRIVER={PostgreSQL Unicode};SERVER=«R:ip»;PORT=5432;DATABASE=«C:reports|analytics»;UID=«R:user»;PWD=«S:pw16»;'
[«R:num5»-«R:num3».«R:num3»]CC_connect: entering...
""")

P("npgsql_31_stdout_password_debug_line", "https://github.com/npgsql/npgsql/issues/1095", r"""
Hosting environment: Production
Content root path: /app
Password: «S:pw16»
Now listening on: http://[::]:«C:5000|8080»
""")


# ---- Docker, registries, image mirroring --------------------------------
P("docker_history_created_by_run_pipe1_npm_token", "https://www.local-environment-automation.com/environment-sync-secrets-ci-parity/cicd-pipeline-parity-checks/debugging-env-variable-leakage-in-multi-stage-docker-builds/", r"""
$ docker history --no-trunc --format '{{.CreatedBy}}' registry.example.com/ml/«C:trainer|evaluator|sweeps»:«C:1.4.2|2.0.0|0.9.7»
RUN |1 NPM_TOKEN=npm_«S:an36» /bin/sh -c npm config set //registry.npmjs.org/:_authToken=$NPM_TOKEN && npm ci # buildkit
ARG NPM_TOKEN
COPY package.json package-lock.json ./ # buildkit
WORKDIR /app
""")

P("docker_build_legacy_builder_step_echo_build_arg", "http://www.sjoerdlangkemper.nl/2022/08/31/avoid-docker-arg-for-secrets/", r"""
$ docker build --build-arg «C:mysecret|DB_PASSWORD|API_TOKEN»=«S:pw16@v» .
Step 3/4 : RUN echo "Secret during build time: $«C:mysecret|DB_PASSWORD|API_TOKEN»"
 ---> Running in «R:hx12@c»
Secret during build time: «=v»
Removing intermediate container «=c»
""")

P("gha_build_push_action_build_args_literal_token", "https://sentinel-bot.copilotkit.dev/rules/docker-build-arg-secrets", r"""
      - uses: docker/build-push-action@v5
        with:
          context: .
          push: true
          tags: registry.example.com/ml/«C:trainer|api|jobs»:${{ github.sha }}
          build-args: |
            NPM_TOKEN=npm_«S:an36»
            WANDB_BASE_URL=https://«R:host»
""")

P("docker_compose_config_interpolated_mysql_env", "https://docs.docker.com/reference/cli/docker/compose/config/", r"""
name: «C:wandb|wandb-local|ml»
services:
  mysql:
    environment:
      MYSQL_DATABASE: wandb_local
      MYSQL_PASSWORD: «S:pw18»
      MYSQL_ROOT_PASSWORD: «S:pw22»
      MYSQL_USER: «R:user»
    image: mysql:8.0
    networks:
      default: null
""")

P("docker_secret_create_printf_stdin_then_id", "https://docs.docker.com/engine/swarm/secrets/", r"""
$ printf "«S:pw20»" | docker secret create «C:mysql_root_password|wandb_db_pw|redis_pass» -
«R:lc25»
""")

P("aws_ecr_get_login_v1_printed_docker_login", "https://docs.aws.amazon.com/cli/latest/reference/ecr/get-login.html", r"""
$ aws ecr get-login --no-include-email --region «C:us-east-1|us-west-2|eu-central-1»
docker login -u AWS -p eyJwYXlsb2FkIjoi«S:b64200» https://«R:num12».dkr.ecr.«C:us-east-1|us-west-2|eu-central-1».amazonaws.com
""")

P("skopeo_copy_dest_creds_robot_dollar_user", "https://github.com/containers/skopeo/blob/main/docs/skopeo-copy.1.md", r"""
skopeo copy --all --src-creds «C:mirror|dockerhub-ro»:«S:pw20» --dest-creds 'robot$«C:wandb|ml»+mirror:«S:an32»' docker://docker.io/wandb/local:0.«C:59|60|61».«C:0|2|4» docker://registry.example.com/wandb/local:0.«C:59|60|61».«C:0|2|4»
""")

P("crane_auth_login_then_logged_in_via_line", "https://github.com/google/go-containerregistry/blob/main/cmd/crane/doc/crane_auth_login.md", r"""
$ crane auth login registry.example.com -u «C:mirror|ci|deployer» -p «S:pw22»
«T:go» logged in via /«C:root|home/runner»/.docker/config.json
""")

P("containerd_v1_registry_configs_auth_table", "https://github.com/containerd/containerd/blob/main/docs/cri/registry.md", r"""
[plugins."io.containerd.grpc.v1.cri".registry]
  [plugins."io.containerd.grpc.v1.cri".registry.mirrors."registry.example.com"]
    endpoint = ["https://registry.example.com"]
  [plugins."io.containerd.grpc.v1.cri".registry.configs."registry.example.com".auth]
    username = "«C:mirror|wandb-pull|robot$wandb+pull»"
    password = "«S:pw24»"
""")

P("k3s_registries_yaml_configs_auth_inline_comments", "https://docs.k3s.io/installation/private-registry", r"""
mirrors:
  docker.io:
    endpoint:
      - "https://registry.example.com:5000"
configs:
  "registry.example.com:5000":
    auth:
      username: «C:mirror|wandb|pull-only» # this is the registry username
      password: «S:pw20» # this is the registry password
    tls:
      ca_file: /etc/rancher/k3s/ca.crt
""")

P("harbor_api_robot_create_response_secret", "https://goharbor.io/docs/2.10.0/working-with-projects/project-configuration/create-robot-accounts/", r"""
$ curl -s -u admin -X POST https://harbor.example.com/api/v2.0/robots -H 'Content-Type: application/json' -d @robot.json
{"creation_time":"«T:iso»","expires_at":-1,"id":«R:num2»,"name":"robot$«C:wandb|ml|mirror»+«C:ci|pull|sync»","secret":"«S:an32»"}
""")

P("helm_registry_login_password_flag_cli_warning", "https://helm.sh/docs/helm/helm_registry_login/", r"""
$ helm registry login registry.example.com --username «C:ci|deployer|robot_wandb» --password «S:pw22»
WARNING: Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
""")

# ---- Kubernetes access, kubectl, plugins ---------------------------------
P("kubeconfig_auth_provider_oidc_four_fields", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#option-2-use-the-oidc-authenticator", r"""
users:
- name: «C:mmosley|jsmith|akim»
  user:
    auth-provider:
      config:
        client-id: kubernetes
        client-secret: «S:uuid»
        id-token: «S:jwt»
        idp-certificate-authority: /root/ca.pem
        idp-issuer-url: https://«C:oidcidp|sso|dex».example.com:8443/auth/idp/OidcIdP
        refresh-token: «S:b64120»
      name: oidc
""")

P("kubectl_config_set_credentials_basic_password_flag", "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_config/kubectl_config_set-credentials/", r"""
$ kubectl config set-credentials «C:cluster-admin|wandb-admin|ops» --username=«C:admin|ops» --password=«S:pw18»
User "«C:cluster-admin|wandb-admin|ops»" set.
""")

P("kubeconfig_exec_plugin_env_list_static_keys", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", r"""
- name: arn:aws:eks:«C:us-east-1|us-west-2»:«R:num12»:cluster/«C:wandb-prod|ml-eks»
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: ["--region", "«C:us-east-1|us-west-2»", "eks", "get-token", "--cluster-name", "«C:wandb-prod|ml-eks»"]
      env:
      - name: AWS_ACCESS_KEY_ID
        value: «R:ak»
      - name: AWS_SECRET_ACCESS_KEY
        value: «S:sk»
""")

P("kubectl_from_env_file_after_cat_of_env", "https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-kubectl/", r"""
$ cat wandb.env
LICENSE=«S:jwt»
MYSQL_PASSWORD=«S:pw20»
BUCKET=s3://«C:wandb-files|ml-artifacts»
$ kubectl create secret generic «C:wandb-env|wandb-secrets» -n wandb --from-env-file=wandb.env
secret/«C:wandb-env|wandb-secrets» created
""")

P("eso_vault_token_secret_data_hvs_base64", "https://external-secrets.io/latest/provider/hashicorp-vault/", r"""
apiVersion: v1
kind: Secret
metadata:
  name: vault-token
  namespace: «C:external-secrets|wandb»
data:
  token: «S:b64hvs»
""")

P("eso_cluster_secret_store_fake_provider_two_keys", "https://external-secrets.io/latest/provider/fake/", r"""
kind: ClusterSecretStore
metadata:
  name: fake
spec:
  provider:
    fake:
      data:
      - key: "/wandb/«C:mysql|db|rds»-password"
        value: "«S:pw20»"
        version: "v1"
      - key: "/wandb/license"
        value: "«S:jwt»"
""")

P("cert_manager_eab_hmac_from_literal_with_issuer", "https://cert-manager.io/docs/configuration/acme/#external-account-bindings", r"""
$ kubectl create secret generic «C:zerossl-eab|eab-secret|sectigo-eab» --namespace cert-manager --from-literal secret='«S:u6486»'
secret/«C:zerossl-eab|eab-secret|sectigo-eab» created
$ grep -A3 externalAccountBinding clusterissuer.yaml
    externalAccountBinding:
      keyID: «R:u6422»
""")

P("sealed_secrets_dry_run_literal_piped_to_kubeseal", "https://github.com/bitnami-labs/sealed-secrets#usage", r"""
kubectl create secret generic «C:wandb-license|wandb-mysql» -n wandb --dry-run=client --from-literal=«C:license|password»=«S:pw32» -o yaml | \
  kubeseal --controller-namespace kube-system --format yaml > «C:sealed-wandb.yaml|mysql-sealed.yaml»
""")

P("mysql_operator_secret_from_literal_root_host_percent", "https://dev.mysql.com/doc/mysql-operator/en/mysql-operator-innodbcluster-simple-kubectl.html", r"""
$> kubectl create secret generic «C:mypwds|wandb-mysql-root» \
        --from-literal=rootUser=root \
        --from-literal=rootHost=% \
        --from-literal=rootPassword="«S:pw20»"
""")

P("argocd_repository_secret_stringdata_https", "https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/#repositories", r"""
apiVersion: v1
kind: Secret
metadata:
  name: «C:wandb-deploy-repo|private-repo»
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://git.example.com/«C:platform|ml»/wandb-deploy.git
  password: «S:pw32»
  username: «C:argocd|git|deploy»
""")

P("argocd_repo_add_https_username_password", "https://argo-cd.readthedocs.io/en/stable/user-guide/commands/argocd_repo_add/", r"""
argocd repo add https://git.example.com/repos/«C:wandb-infra|ml-gitops» --username «C:git|argocd» --password «S:pw24» --insecure-skip-server-verification
Repository 'https://git.example.com/repos/«C:wandb-infra|ml-gitops»' added
""")

P("argocd_admin_initial_password_output_note", "https://argo-cd.readthedocs.io/en/stable/getting_started/", r"""
$ argocd admin initial-password -n argocd
«S:an16»

 This password must be only used for first time login. We strongly recommend you update the password using `argocd account update-password`.
""")

P("bufstream_yaml_secret_access_key_string_datasource", HC + "charts/operator-wandb/charts/bufstream/config/bufstream.yaml.tpl", r"""
storage:
  provider: S3
  region: «C:us-east-1|us-west-2|eu-west-1»
  bucket: «C:wandb-bufstream|ml-kafka-store»
  endpoint: https://«C:minio.example.com|s3.example.net»
  access_key_id:
    string: "«R:up20»"
  secret_access_key:
    string: "«S:skan»"
""")

P("flux_create_secret_git_export_yaml", "https://fluxcd.io/flux/cmd/flux_create_secret_git/", r"""
$ flux create secret git «C:wandb-auth|fleet-auth» --url=https://git.example.com/«C:platform|ml»/fleet --username=«C:flux|git» --password=«S:pw24@p» --export
---
apiVersion: v1
kind: Secret
metadata:
  name: «C:wandb-auth|fleet-auth»
  namespace: flux-system
stringData:
  password: «=p»
  username: «C:flux|git»
""")

P("flux_bootstrap_git_token_auth_password_flag", "https://fluxcd.io/flux/installation/bootstrap/generic-git-server/", r"""
flux bootstrap git \
  --url=https://git.example.com/«C:platform|ml»/fleet.git \
  --username=«C:flux|git» \
  --password=«S:pw28» \
  --token-auth=true \
  --path=clusters/«C:wandb-prod|gpu-cluster»
""")

P("helm_upgrade_dry_run_debug_user_supplied_global", "https://helm.sh/docs/helm/helm_upgrade/", r"""
upgrade.go:«C:142|153|161»: [debug] preparing upgrade for wandb
upgrade.go:«C:150|159|170»: [debug] performing update for wandb
NAME: wandb
NAMESPACE: wandb
STATUS: pending-upgrade
USER-SUPPLIED VALUES:
global:
  host: https://«R:host»
  license: «S:jwt»
  redis:
    password: «S:pw22»
""")

# ---- OIDC providers and proxies: Keycloak, Dex, oauth2-proxy, Auth0, Okta
P("keycloak_docker_run_bootstrap_admin_env_flags", "https://www.keycloak.org/getting-started/getting-started-docker", r"""
docker run -d -p 8443:8443 --name keycloak \
    -v $(pwd)/kc-data:/opt/keycloak/data \
    -e KC_BOOTSTRAP_ADMIN_USERNAME=«C:admin|kcadmin» -e KC_BOOTSTRAP_ADMIN_PASSWORD=«S:pw20» \
    quay.io/keycloak/keycloak:26.«C:0.7|1.2|1.4» \
    start --hostname=sso.example.com
""")

P("keycloak_compose_kc_db_password_list_syntax", "https://github.com/keycloak/keycloak/blob/main/docs/guides/server/containers.adoc", r"""
services:
    keycloak:
        image: quay.io/keycloak/keycloak:«C:24.0.5|25.0.6|26.1.4»
        container_name: keycloak
        environment:
            - KC_DB=mysql
            - KC_DB_URL=jdbc:mysql://«C:mysql|10.6.0.4|db.example.com»:3306/keycloak
            - KC_DB_USERNAME=keycloak
            - KC_DB_PASSWORD=«S:pw22»
        command: start-dev
""")

P("keycloak_kc_sh_start_db_password_option", "https://www.keycloak.org/server/db", r"""
bin/kc.sh start --db mysql --db-url-host «C:mysql.example.com|10.6.0.4» --db-username keycloak --db-password «S:pw20» --hostname sso.example.com
""")

P("kcadm_config_credentials_login_echo", "https://www.keycloak.org/docs/latest/server_admin/#using-the-admin-cli", r"""
$ kcadm.sh config credentials --server https://sso.example.com --realm master --user «C:admin|kcadmin» --password «S:pw18»
Logging into https://sso.example.com as user «C:admin|kcadmin» of realm master
""")

P("kcadm_get_client_secret_spaced_json", "https://www.keycloak.org/docs/latest/server_admin/#_client_secret", r"""
$ kcadm.sh get clients/«R:uuid»/client-secret -r «C:wandb|ml|corp»
{
  "type" : "secret",
  "value" : "«S:an32»"
}
""")

P("keycloak_realm_json_client_secret_spaced", "https://www.keycloak.org/server/importExport", r"""
  "clients" : [ {
    "id" : "«R:uuid»",
    "clientId" : "«C:wandb|wandb-server|weights-and-biases»",
    "rootUrl" : "https://«R:host»",
    "enabled" : true,
    "clientAuthenticatorType" : "client-secret",
    "secret" : "«S:an32»",
    "redirectUris" : [ "https://«R:host»/oidc/callback" ],
""")

P("dex_config_ldap_connector_bindpw_literal", "https://dexidp.io/docs/connectors/ldap/", r"""
connectors:
- type: ldap
  name: OpenLDAP
  id: ldap
  config:
    host: «C:ldap.example.com|10.9.1.5»:636
    bindDN: uid=«C:serviceaccount|dex-bind»,cn=users,dc=example,dc=com
    bindPW: «S:pw20»
    usernamePrompt: Email Address
""")

P("dex_static_client_and_mysql_storage_in_secret", "https://dexidp.io/docs/configuration/storage/#mysql", r"""
  config.yaml: |
    issuer: https://sso.example.com/dex
    storage:
      type: mysql
      config:
        host: «C:mysql.example.com|10.2.7.7»
        user: dex
        password: «S:pw18»
    staticClients:
    - id: wandb
      name: 'W&B'
      secret: «S:an32»
""")

P("oauth2_proxy_cfg_aligned_equals_quoted", "https://github.com/status-im/infra-utils/blob/master/oauth2-proxy/oauth2.cfg.tpl", r"""
## OAuth2 Proxy Config File
## https://github.com/oauth2-proxy/oauth2-proxy

client_id       = "«R:an20».apps.example.com"
client_secret   = "«S:an32»"
cookie_domain   = ".example.com"
cookie_expire   = "168h"
cookie_secret   = "«S:u6432»"
cookie_secure   = true
email_domains   = [ "example.com" ]
""")

P("oauth2_proxy_chart_values_config_cookie_secret_b64", "https://github.com/pluralsh/plural-artifacts/blob/main/oauth2-proxy/helm/oauth2-proxy/values.yaml.tpl", r"""
oauth2-proxy:
  config:
    clientID: «R:an20»
    # OAuth client secret
    clientSecret: «S:an40»
    # Create a new secret with the following command
    # openssl rand -base64 32 | head -c 32 | base64
    cookieSecret: «S:b64an24»
  extraArgs:
    cookie-domain: ".example.com"
""")

P("oauth2_proxy_container_args_client_and_cookie_secret", "https://oauth2-proxy.github.io/oauth2-proxy/configuration/overview", r"""
      containers:
      - name: oauth2-proxy
        image: quay.io/oauth2-proxy/oauth2-proxy:v7.«C:5.1|6.0|7.1»
        args:
        - --provider=oidc
        - --oidc-issuer-url=https://login.example.com
        - --client-id=«R:an20»
        - --client-secret=«S:an40»
        - --cookie-secret=«S:u6432»
        - --upstream=http://wandb-app.wandb.svc.cluster.local:8080
""")

P("okta_cli_apps_create_written_okta_env", "https://cli.okta.com/manual/apps/create/", r"""
Okta application configuration has been written to: /home/«C:dev|ubuntu»/wandb-sso/.okta.env
$ cat .okta.env
export OKTA_OAUTH2_ISSUER="https://«C:dev-123456|example».okta.example.com/oauth2/default"
export OKTA_OAUTH2_CLIENT_ID="«R:an20»"
export OKTA_OAUTH2_CLIENT_SECRET="«S:u6440»"
""")

# ---- Java / Quarkus / Spring / .NET settings ------------------------------
P("quarkus_properties_oidc_credentials_secret_and_datasource", "https://github.com/brunowego/cookbooks/blob/master/quarkus/quarkus-properties.md", r"""
quarkus.oidc.auth-server-url=https://sso.example.com/realms/«C:wandb|ml»
quarkus.oidc.client-id=«C:reports-api|quarkus-app»
quarkus.oidc.credentials.secret=«S:an32»
quarkus.oidc.application-type=service

# Datasource
quarkus.datasource.db-kind=mysql
quarkus.datasource.username=«R:user»
quarkus.datasource.password=«S:pw18»
quarkus.datasource.jdbc.url=jdbc:mysql://«C:mysql.example.com|10.1.1.5»:3306/reports
""")

P("quarkus_yaml_prod_profile_datasource_password", "https://quarkus.io/guides/config-yaml", r"""
"%prod":
  quarkus:
    datasource:
      username: «R:user»
      password: «S:pw20»
      jdbc:
        url: jdbc:mysql://«C:mysql.example.com|10.1.1.5»:3306/«C:reports|metrics»
""")

P("spring_yml_oauth2_client_registration_secret", "https://docs.spring.io/spring-security/reference/servlet/oauth2/login/core.html", r"""
spring:
  security:
    oauth2:
      client:
        registration:
          keycloak:
            client-id: «C:reports|dashboard»
            client-secret: «S:an32»
            scope: openid,profile,email
""")

P("spring_boot_jar_cmdline_datasource_password_in_ps", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.command-line-args", r"""
«C:app|spring»     «R:num5»  0.«C:3|7|9» 12.4 5312044 1021332 ?   Ssl  «C:09:14|11:02|17:40»  «C:3:12|0:58» java -jar /opt/app/«C:reports|exporter».jar --spring.datasource.url=jdbc:mysql://«R:ip»:3306/«C:reports|metrics» --spring.datasource.username=«R:user» --spring.datasource.password=«S:pw18»
""")

P("dotnet_user_secrets_set_success_echo", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets#set-a-secret", r"""
$ dotnet user-secrets set "«C:Wandb:ApiKey|Movies:ServiceApiKey|Reports:ApiKey»" "«S:an32@k»"
Successfully saved «C:Wandb:ApiKey|Movies:ServiceApiKey|Reports:ApiKey» = «=k» to the secret store.
""")

P("dotnet_user_secrets_list_key_equals_value", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets#list-the-secrets", r"""
$ dotnet user-secrets list
Movies:ServiceApiKey = «S:an32»
Movies:ConnectionString = Server=(localdb)\mssqllocaldb;Database=Movie-1;Trusted_Connection=True;MultipleActiveResultSets=true
""")

P("appsettings_json_mysql_connector_net_pwd", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", r"""
{
  "ConnectionStrings": {
    "Reports": "Server=«C:mysql.example.com|10.4.4.4»;Port=3306;Database=«C:reports|metrics»;Uid=«R:user»;Pwd=«S:pw20»;SslMode=Required"
  },
  "Logging": {
    "LogLevel": {
      "Default": "Information"
""")

P("java_ps_truststore_and_keystore_password_props", "https://docs.oracle.com/en/java/javase/17/security/java-secure-socket-extension-jsse-reference-guide.html", r"""
«C:kafka|app|trino»    «R:num4»     1  «C:4|9» «C:Jan|Mar|Oct»«C:02|14|27» ?        01:«C:02|44»:10 /usr/lib/jvm/java-17/bin/java -Xmx2g -Djavax.net.ssl.trustStore=/etc/pki/truststore.jks -Djavax.net.ssl.trustStorePassword=«S:pw16» -Djavax.net.ssl.keyStore=/etc/pki/keystore.p12 -Djavax.net.ssl.keyStorePassword=«S:pw18» -jar /opt/«C:app|svc»/server.jar
""")

P("kafka_client_properties_ssl_three_passwords", "https://kafka.apache.org/documentation/#security_configclients", r"""
security.protocol=SSL
ssl.truststore.location=/var/private/ssl/kafka.client.truststore.jks
ssl.truststore.password=«S:pw16»
ssl.keystore.location=/var/private/ssl/kafka.client.keystore.jks
ssl.keystore.password=«S:pw18»
ssl.key.password=«S:pw20»
""")

# ---- CI: GitHub Actions, GitLab CI, Jenkins, Makefile -------------------
P("gha_workflow_job_env_literal_wandb_api_key", "https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/store-information-in-variables", r"""
jobs:
  train:
    runs-on: «C:ubuntu-latest|self-hosted»
    env:
      WANDB_BASE_URL: https://«R:host»
      WANDB_API_KEY: local-«S:hx40»
    steps:
      - uses: actions/checkout@v4
""")

P("gha_log_group_run_line_helm_set_from_vars", "https://docs.github.com/en/actions/monitoring-and-troubleshooting-workflows/troubleshooting-workflows/using-workflow-run-logs", r"""
«T:iso7» ##[group]Run helm upgrade --install wandb wandb/operator-wandb -n wandb \
«T:iso7»   --set global.license=«S:jwt» \
«T:iso7»   --set global.mysql.password=«S:pw20»
«T:iso7» shell: /usr/bin/bash -e {0}
«T:iso7» ##[endgroup]
""")

P("gitlab_ci_services_mysql_variables_literals", "https://docs.gitlab.com/ci/services/mysql/", r"""
services:
  - mysql:«C:8.0|8.4|latest»

variables:
  # Configure mysql environment variables (https://hub.docker.com/_/mysql/)
  MYSQL_DATABASE: «C:wandb_test|el_duderino»
  MYSQL_ROOT_PASSWORD: «S:pw20»
""")

P("jenkinsfile_environment_block_literal_key", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#setting-environment-variables", r"""
pipeline {
    agent any
    environment {
        WANDB_BASE_URL = 'https://«R:host»'
        WANDB_API_KEY  = 'local-«S:hx40»'
    }
    stages {
""")

P("jenkins_console_sh_xtrace_curl_user_pass", "https://www.jenkins.io/doc/pipeline/steps/workflow-durable-task-step/#sh-shell-script", r"""
[Pipeline] sh
+ curl -sSf -u «C:deployer|ci|nexus-upload»:«S:pw20» --upload-file dist/«C:model|report»-«R:num3».tar.gz https://nexus.example.com/repository/ml-artifacts/
[Pipeline] }
""")

P("makefile_conditional_default_root_pw_and_target", "https://www.gnu.org/software/make/manual/html_node/Conditional-Assignment.html", r"""
MYSQL_ROOT_PASSWORD ?= «S:pw20»
MYSQL_CONTAINER     ?= wandb-mysql

db-shell:
	docker exec -it $(MYSQL_CONTAINER) mysql -uroot -p$(MYSQL_ROOT_PASSWORD) wandb_local
""")

# ---- MySQL and friends ---------------------------------------------------
P("mysqld_initialize_error_log_temporary_password_note", "https://dev.mysql.com/doc/refman/8.0/en/data-directory-initialization.html", r"""
«T:mysql» 0 [System] [MY-013169] [Server] /usr/sbin/mysqld (mysqld 8.0.«C:36|39|40») initializing of server in progress as process «R:num3»
«T:mysql» 1 [System] [MY-013576] [InnoDB] InnoDB initialization has started.
«T:mysql» 1 [System] [MY-013577] [InnoDB] InnoDB initialization has ended.
«T:mysql» 6 [Note] [MY-010454] [Server] A temporary password is generated for root@localhost: «S:pw12»
""")

P("mysql_server_rpm_grep_temporary_password", "https://dev.mysql.com/doc/refman/8.0/en/linux-installation-yum-repo.html", r"""
$ sudo grep 'temporary password' /var/log/mysqld.log
«T:mysql» 6 [Note] [MY-010454] [Server] A temporary password is generated for root@localhost: «S:pw12»
""")

P("my_cnf_client_and_mysqldump_groups", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", r"""
[client]
user=«R:user»
password="«S:pw20»"
host=«C:mysql.example.com|10.3.2.1»

[mysqldump]
single-transaction
password=«S:pw18»
""")

P("mysqlsh_uri_inline_password_creating_session", "https://dev.mysql.com/doc/mysql-shell/8.0/en/mysql-shell-connection-using-uri.html", r"""
$ mysqlsh --uri «R:user»:«S:pw18»@«C:mysql.example.com|10.7.7.2»:3306 --sql
MySQL Shell 8.0.«C:36|40»
Creating a session to '«R:user»@«C:mysql.example.com|10.7.7.2»:3306'
""")

P("mysqladmin_password_subcommand_two_warnings", "https://dev.mysql.com/doc/refman/8.0/en/mysqladmin.html", r"""
$ mysqladmin -u root -p«S:pw16» password '«S:pw20»'
mysqladmin: [Warning] Using a password on the command line interface can be insecure.
Warning: Since password will be sent to server in plain text, use ssl connection to ensure password safety.
""")

P("mysql_initdb_configmap_create_user_identified_by", "https://hub.docker.com/_/mysql (Initializing a fresh instance: /docker-entrypoint-initdb.d)", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: mysql-initdb
data:
  init.sql: |
    CREATE DATABASE IF NOT EXISTS wandb_local CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER '«R:user»'@'%' IDENTIFIED BY '«S:pw20»';
    GRANT ALL ON wandb_local.* TO '«R:user»'@'%' WITH GRANT OPTION;
""")

P("bitnami_mysql_values_auth_root_user_replication", "https://github.com/bitnami/charts/blob/main/bitnami/mysql/values.yaml", r"""
auth:
  ## @param auth.rootPassword Password for the `root` user. Ignored if existing secret is provided
  rootPassword: "«S:pw20»"
  createDatabase: true
  database: "wandb_local"
  username: "«R:user»"
  password: "«S:pw18»"
  replicationUser: replicator
  replicationPassword: "«S:pw16»"
""")

P("gcloud_sql_users_create_host_percent_password", "https://cloud.google.com/sql/docs/mysql/create-manage-users#gcloud", r"""
$ gcloud sql users create «R:user» --host=% --instance=«C:wandb-mysql|ml-db» --password=«S:pw20»
Creating Cloud SQL user...done.
Created user [«R:user»].
""")

P("az_mysql_flexible_server_create_json_output", "https://learn.microsoft.com/en-us/azure/mysql/flexible-server/quickstart-create-server-cli", r"""
{
  "connectionString": "mysql «C:wandb_local|flexibleserverdb» --host «C:wandb-mysql|ml-flex».mysql.database.azure.com --user «C:wandbadmin|mysqladmin» --password=«S:pw16@p»",
  "databaseName": "«C:wandb_local|flexibleserverdb»",
  "host": "«C:wandb-mysql|ml-flex».mysql.database.azure.com",
  "id": "/subscriptions/«R:uuid»/resourceGroups/«C:wandb-rg|ml-rg»/providers/Microsoft.DBforMySQL/flexibleServers/«C:wandb-mysql|ml-flex»",
  "location": "«C:East US|West Europe»",
  "password": "«=p»",
  "username": "«C:wandbadmin|mysqladmin»"
}
""")

P("aws_rds_create_db_instance_master_user_password_flag", "https://docs.aws.amazon.com/cli/latest/reference/rds/create-db-instance.html", r"""
aws rds create-db-instance \
    --db-instance-identifier «C:wandb-mysql|ml-db» \
    --db-instance-class db.r6g.large \
    --engine mysql \
    --master-username admin \
    --master-user-password «S:pw20» \
    --allocated-storage 100
""")

P("xtrabackup_backup_password_flag_target_dir", "https://docs.percona.com/percona-xtrabackup/8.0/create-full-backup.html", r"""
$ xtrabackup --backup --user=«C:backup|bkpuser» --password=«S:pw18» --target-dir=/data/backups/«T:date»
«T:mysql» 0 [Note] [MY-011825] [Xtrabackup] recognized client arguments: --user=«C:backup|bkpuser» --password=* --backup=1 --target-dir=/data/backups/
""")

P("mysqlrouter_bootstrap_uri_with_password", "https://dev.mysql.com/doc/mysql-router/8.0/en/mysql-router-deploying-bootstrapping.html", r"""
$> mysqlrouter --bootstrap root:«S:pw18»@«R:ip»:3306 --directory /tmp/myrouter --conf-use-sockets --account routerfriend --account-create always
# Bootstrapping MySQL Router instance at '/tmp/myrouter'...
""")

P("proxysql_admin_insert_mysql_users_values", "https://proxysql.com/documentation/users-configuration/", r"""
Admin> INSERT INTO mysql_users(username,password,default_hostgroup) VALUES ('«R:user»','«S:pw18»',«C:1|10|20»);
Query OK, 1 row affected (0.00 sec)
Admin> LOAD MYSQL USERS TO RUNTIME;
""")

P("proxysql_cnf_admin_credentials_semicolon_pairs", "https://github.com/sysown/proxysql/blob/v2.x/etc/proxysql.cnf", r"""
admin_variables=
{
	admin_credentials="admin:«S:pw16»;radmin:«S:pw18»"
	mysql_ifaces="0.0.0.0:6032"
}
mysql_variables=
{
	monitor_username="monitor"
	monitor_password="«S:pw14»"
""")

P("percona_mysqld_exporter_my_cnf_client", "https://github.com/prometheus/mysqld_exporter#running", r"""
$ cat /etc/mysqld_exporter/.my.cnf
[client]
user=exporter
password=«S:pw20»
host=«C:127.0.0.1|mysql.example.com»
""")

# ---- Redis ---------------------------------------------------------------
P("redis_aclfile_user_lines_plaintext_gt_passwords", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/#use-an-external-acl-file", r"""
user default off
user «C:wandb|gorilla|app» on >«S:pw24» ~* &* +@all -@dangerous
user «C:exporter|monitor» on >«S:pw18» ~* +info +ping +config|get +client|list
""")

P("bitnami_redis_values_auth_password_block", "https://github.com/bitnami/charts/blob/main/bitnami/redis/values.yaml", r"""
auth:
  ## @param auth.enabled Enable password authentication
  enabled: true
  ## @param auth.sentinel Enable authentication on sentinels too
  sentinel: true
  ## @param auth.password Redis&reg; password
  password: "«S:pw22»"
""")

P("rediscli_auth_env_export_then_ping", "https://redis.io/docs/latest/develop/tools/cli/#host-port-password-and-database", r"""
$ export REDISCLI_AUTH=«S:pw22»
$ redis-cli -h «C:redis.example.com|10.5.5.5» -p «C:6379|6380» --tls ping
PONG
""")

P("redis_exporter_compose_redis_password_env", "https://github.com/oliver006/redis_exporter#command-line-flags", r"""
  redis-exporter:
    image: oliver006/redis_exporter:v1.«C:58|62|66».0
    environment:
      REDIS_ADDR: "redis://«C:redis|wandb-redis»:6379"
      REDIS_PASSWORD: "«S:pw20»"
    ports:
      - "9121:9121"
""")

P("elasticache_replication_group_auth_token_hcl", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group", r"""
resource "aws_elasticache_replication_group" "wandb" {
  replication_group_id       = "«C:wandb-redis|ml-cache»"
  description                = "W&B cache"
  node_type                  = "cache.r6g.large"
  transit_encryption_enabled = true
  auth_token                 = "«S:pw32»"
}
""")

# ---- MinIO --------------------------------------------------------------
P("minio_config_env_root_user_password_comments", "https://github.com/azita-abdollahi/minio/blob/master/config.env", r"""
# MINIO_ROOT_USER and MINIO_ROOT_PASSWORD sets the root account for the MinIO server.
# This user has unrestricted permissions to perform S3 and administrative API operations on any resource in the deployment.
MINIO_ROOT_USER=«C:myminioadmin|wandbadmin|storage-admin»
MINIO_ROOT_PASSWORD=«S:pw24»
# MINIO_VOLUMES sets the storage volume or path to use for the MinIO server.
MINIO_VOLUMES="/mnt/data"
""")

P("minio_default_file_written_by_sudo_heredoc", "https://gist.github.com/icarrr/e24f38a4b4bf98b4459a9d5d8838fca1", r"""
sudo bash -c "cat << 'EOF' > /etc/default/minio
MINIO_VOLUMES=\"/usr/local/share/minio/\"
MINIO_OPTS=\"-C /etc/minio --address 0.0.0.0:9000 --console-address 0.0.0.0:9001\"
MINIO_ROOT_USER=\"«C:xminioadmin|wandb-minio»\"
MINIO_ROOT_PASSWORD=\"«S:pw20»\"
EOF"
""")

P("minio_tenant_config_env_secret_export_lines", "https://github.com/minio/operator/blob/master/examples/kustomization/base/storage-configuration.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: storage-configuration
  namespace: «C:minio-tenant|wandb»
stringData:
  config.env: |-
    export MINIO_ROOT_USER="«C:minio|wandbroot»"
    export MINIO_ROOT_PASSWORD="«S:pw24»"
    export MINIO_STORAGE_CLASS_STANDARD="EC:2"
type: Opaque
""")

P("mc_config_json_aliases_entry", "https://min.io/docs/minio/linux/reference/minio-mc/mc-alias-set.html", r"""
{
	"version": "10",
	"aliases": {
		"«C:wandb|myminio|prod»": {
			"url": "https://«C:minio.example.com|s3.example.net»",
			"accessKey": "«R:up20»",
			"secretKey": "«S:skan»",
			"api": "s3v4",
			"path": "auto"
		},
""")

P("mc_admin_config_set_notify_redis_password_kv", "https://min.io/docs/minio/linux/administration/monitoring/publish-events-to-redis.html", r"""
mc admin config set «C:myminio|wandb» notify_redis:«C:1|wandb» \
   address="«C:redis.example.com|10.5.5.5»:6379" \
   key="bucketevents" \
   format="namespace" \
   password="«S:pw20»"
""")

P("minio_identity_openid_env_client_secret", "https://min.io/docs/minio/linux/reference/minio-server/settings/iam/openid.html", r"""
MINIO_IDENTITY_OPENID_CONFIG_URL="https://sso.example.com/realms/«C:wandb|ml»/.well-known/openid-configuration"
MINIO_IDENTITY_OPENID_CLIENT_ID="minio"
MINIO_IDENTITY_OPENID_CLIENT_SECRET="«S:an32»"
MINIO_IDENTITY_OPENID_CLAIM_NAME="policy"
MINIO_IDENTITY_OPENID_SCOPES="openid,email"
""")

P("minio_systemd_dropin_environment_quoted_pairs", "https://github.com/minio/minio-service/blob/master/linux-systemd/minio.service", r"""
# /etc/systemd/system/minio.service.d/override.conf
[Service]
Environment="MINIO_ROOT_USER=«C:minioadmin2|wandb-root»"
Environment="MINIO_ROOT_PASSWORD=«S:pw24»"
Environment="MINIO_VOLUMES=/srv/minio/data"
""")

# ---- S3 clients, cloud CLIs ---------------------------------------------
P("s3cfg_secret_key_and_gpg_passphrase_fields", "https://s3tools.org/kb/item14.htm", r"""
[default]
access_key = «R:up20»
secret_key = «S:skan»
host_base = «C:minio.example.com|s3.example.net»
host_bucket = «C:minio.example.com|s3.example.net»
encrypt = True
gpg_command = /usr/bin/gpg
gpg_passphrase = «S:pw24»
""")

P("boto_config_gs_hmac_credentials_section", "https://cloud.google.com/storage/docs/boto-gsutil", r"""
[Credentials]
gs_access_key_id = GOOG1E«R:up54»
gs_secret_access_key = «S:sk»

[Boto]
https_validate_certificates = True
""")

P("gcs_xml_create_access_key_response", "https://cloud.google.com/storage/docs/xml-api/post-hmac-create", r"""
<CreateAccessKeyResponse>
  <CreateAccessKeyResult>
    <AccessKey>
      <UserName>«C:wandb-gcs|ml-storage»@«C:wandb-prod|ml-platform».iam.gserviceaccount.com</UserName>
      <AccessKeyId>GOOG1E«R:up54»</AccessKeyId>
      <Status>Active</Status>
      <SecretAccessKey>«S:sk»</SecretAccessKey>
    </AccessKey>
  </CreateAccessKeyResult>
</CreateAccessKeyResponse>
""")

P("gcloud_storage_hmac_create_yaml_output", "https://cloud.google.com/sdk/gcloud/reference/storage/hmac/create", r"""
$ gcloud storage hmac create «C:wandb-gcs|ml-storage»@«C:wandb-prod|ml-platform».iam.gserviceaccount.com
metadata:
  accessId: GOOG1E«R:up54@aid»
  etag: «R:b6412»
  id: «C:wandb-prod|ml-platform»/GOOG1E«=aid»
  kind: storage#hmacKey
  state: ACTIVE
secret: «S:sk»
""")

P("aws_iam_create_access_key_json_output", "https://docs.aws.amazon.com/cli/latest/reference/iam/create-access-key.html", r"""
{
    "AccessKey": {
        "UserName": "«C:wandb-bucket|ml-s3-writer»",
        "AccessKeyId": "«R:ak»",
        "Status": "Active",
        "SecretAccessKey": "«S:sk»",
        "CreateDate": "«T:isoz»"
    }
}
""")

P("az_storage_account_keys_list_json", "https://learn.microsoft.com/en-us/cli/azure/storage/account/keys#az-storage-account-keys-list", r"""
[
  {
    "creationTime": "«T:iso6»",
    "keyName": "key1",
    "permissions": "FULL",
    "value": "«S:azkey»"
  },
  {
    "creationTime": "«T:iso6»",
    "keyName": "key2",
""")

P("az_storage_container_generate_sas_quoted_token", "https://learn.microsoft.com/en-us/cli/azure/storage/container#az-storage-container-generate-sas", r"""
$ az storage container generate-sas --account-name «C:wandbstore|mlblob» --name «C:wandb|artifacts» --permissions racwdl --expiry «C:2025-12-31|2026-06-30» --account-key "$KEY" -o tsv
se=«C:2025-12-31|2026-06-30»&sp=racwdl&sv=2022-11-02&sr=c&sig=«S:sasig»
""")

P("az_ad_app_credential_reset_json_password", "https://learn.microsoft.com/en-us/cli/azure/ad/app/credential#az-ad-app-credential-reset", r"""
The output includes credentials that you must protect. Be sure that you do not include these credentials in your code or check the credentials into your source control. For more information, see https://aka.ms/azadsp-cli
{
  "appId": "«R:uuid»",
  "password": "«S:azsecret»",
  "tenant": "«R:uuid»"
}
""")

P("az_keyvault_secret_show_value_field", "https://learn.microsoft.com/en-us/cli/azure/keyvault/secret#az-keyvault-secret-show", r"""
{
  "attributes": {
    "enabled": true,
    "recoverableDays": 90
  },
  "contentType": null,
  "id": "https://«C:wandb-kv|ml-vault».vault.azure.net/secrets/«C:mysql-password|wandb-license»/«R:hx32»",
  "kid": null,
  "managed": null,
  "name": "«C:mysql-password|wandb-license»",
  "value": "«S:pw24»"
}
""")

P("gcloud_secrets_versions_access_raw_value", "https://cloud.google.com/sdk/gcloud/reference/secrets/versions/access", r"""
$ gcloud secrets versions access latest --secret=«C:wandb-mysql-password|wandb-smtp»
«S:pw24»
""")

# ---- Terraform state / outputs / variables -------------------------------
P("terraform_output_json_sensitive_true_db_password", "https://developer.hashicorp.com/terraform/cli/commands/output", r"""
$ terraform output -json
{
  "database_password": {
    "sensitive": true,
    "type": "string",
    "value": "«S:pw24»"
  },
  "url": {
    "sensitive": false,
""")

P("tfstate_random_password_instance_result", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", r"""
      "type": "random_password",
      "name": "«C:db|mysql|master»",
      "provider": "provider[\"registry.terraform.io/hashicorp/random\"]",
      "instances": [
        {
          "schema_version": 3,
          "attributes": {
            "id": "none",
            "length": 24,
            "result": "«S:pw24»",
""")

P("tfstate_azurerm_storage_account_primary_access_key", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#primary_access_key", r"""
          "attributes": {
            "name": "«C:wandbstore|mlblob»«R:lc6»",
            "primary_access_key": "«S:azkey»",
            "primary_blob_endpoint": "https://«C:wandbstore|mlblob».blob.core.windows.net/",
""")

P("terraform_console_nonsensitive_result_echo", "https://developer.hashicorp.com/terraform/language/functions/nonsensitive", r"""
$ terraform console
> nonsensitive(random_password.«C:db|mysql».result)
"«S:pw24»"
""")

P("tf_var_export_wandb_license_and_db_password", "https://developer.hashicorp.com/terraform/language/values/variables#environment-variables", r"""
export TF_VAR_license="«S:jwt»"
export TF_VAR_database_master_password='«S:pw22»'
terraform plan -out tfplan
""")

# ---- Proxies, load balancers ---------------------------------------------
P("nginx_set_variable_then_proxy_set_header", "https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#set", r"""
    location /api/ {
        set $upstream_api_key "«S:an40»";
        proxy_set_header X-Api-Key $upstream_api_key;
        proxy_pass http://«C:wandb-api|reports»:8080;
    }
""")

P("haproxy_backend_set_header_bearer_literal", "https://docs.haproxy.org/2.8/configuration.html#4.2-http-request%20set-header", r"""
backend be_reports
    http-request set-header Authorization "Bearer «S:an40»"
    server reports1 «R:ip»:8080 check
""")

P("traefik_compose_acme_dns_cf_token_env", "https://doc.traefik.io/traefik/https/acme/#providers", r"""
  traefik:
    image: traefik:v3.«C:0|1|2»
    environment:
      - CF_API_EMAIL=ops@example.com
      - CF_DNS_API_TOKEN=«S:u6440»
    command:
      - --certificatesresolvers.le.acme.dnschallenge.provider=cloudflare
""")

P("envoy_sds_file_generic_secret_inline_string", "https://github.com/veehaitch/envoy-oauth2-filter-google (envoy/token-secret.yaml)", r"""
resources:
- "@type": "type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.Secret"
  name: «C:token|hmac»
  generic_secret:
    secret:
      inline_string: "«S:u6443»"
""")

P("oauth2_proxy_alpha_config_provider_client_secret", "https://oauth2-proxy.github.io/oauth2-proxy/configuration/alpha-config", r"""
providers:
- id: «C:keycloak|oidc|okta»
  provider: «C:keycloak-oidc|oidc»
  clientID: «C:wandb-proxy|oauth2-proxy»
  clientSecret: «S:an32»
  oidcConfig:
    issuerURL: https://sso.example.com/realms/«C:wandb|ml»
    emailClaim: email
    audienceClaims: [aud]
""")

# ---- systemd, service env ----------------------------------------------
P("systemctl_show_environment_property_space_joined", "https://www.freedesktop.org/software/systemd/man/latest/systemctl.html#show", r"""
$ systemctl show «C:wandb-agent|wandb-sweep|launch-agent».service -p Environment
Environment=WANDB_BASE_URL=https://«R:host» WANDB_API_KEY=local-«S:hx40» WANDB_PROJECT=«C:sweeps|launch»
""")

# ---- observability --------------------------------------------------------
P("grafana_ini_database_password_triple_quoted", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#password", r'''
[database]
type = mysql
host = «C:mysql.example.com|10.3.3.3»:3306
name = grafana
user = grafana
# If the password contains # or ; you have to wrap it with triple quotes. Ex """#password;"""
password = """«S:pwhash»"""
''')

P("otel_collector_basicauth_extension_client_auth", "https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/extension/basicauthextension", r"""
extensions:
  basicauth/client:
    client_auth:
      username: «C:otel|collector|wandb-otel»
      password: «S:pw24»

exporters:
  otlphttp:
    endpoint: https://otlp.example.com:4318
    auth:
      authenticator: basicauth/client
""")

# ---- package indexes ----------------------------------------------------
P("pip_conf_global_index_url_userinfo", "https://pip.pypa.io/en/stable/topics/configuration/", r"""
[global]
index-url = https://«C:ci|pypi-reader»:«S:pw24»@«C:artifactory|nexus».example.com/api/pypi/pypi-remote/simple
trusted-host = «C:artifactory|nexus».example.com
""")

P("poetry_config_http_basic_positional_user_pass", "https://python-poetry.org/docs/repositories/#configuring-credentials", r"""
$ poetry source add --priority=supplemental «C:internal|foo» https://«C:nexus|pypi».example.com/simple/
$ poetry config http-basic.«C:internal|foo» «C:ci|username» «S:pw22»
""")

P("condarc_channel_alias_token_path_segment", "https://docs.anaconda.com/anaconda-repository/user-guide/tasks/work-with-tokens/", r"""
channel_alias: https://conda.example.com/t/«S:an30»/
channels:
  - «C:wandb|ml»-internal
  - defaults
""")

P("uv_index_named_credentials_env", "https://docs.astral.sh/uv/configuration/indexes/#providing-credentials", r"""
export UV_INDEX_INTERNAL_USERNAME=«C:ci|reader»
export UV_INDEX_INTERNAL_PASSWORD=«S:pw24»
uv sync --locked
""")

# ---- backups ------------------------------------------------------------
P("velero_credentials_file_minio_profile", "https://velero.io/docs/main/contributions/minio/", r"""
[default]
aws_access_key_id = «C:minio|velero»
aws_secret_access_key = «S:pw20»
""")

P("restic_env_repository_s3_and_password", "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html#minio-server", r"""
export AWS_ACCESS_KEY_ID=«R:up20»
export AWS_SECRET_ACCESS_KEY=«S:skan»
export RESTIC_REPOSITORY=s3:https://«C:minio.example.com|s3.example.net»/«C:backups|wandb-backup»
export RESTIC_PASSWORD=«S:pw24»
restic backup /var/lib/mysql-dumps
""")

P("pgpass_password_with_escaped_colon", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r"""
«R:ip»:5432:*:«C:repmgr|replicator»:«S:pwcolon»
*:*:*:«C:postgres|admin»:«S:pw18»
""")

# ---- more real files with a credential field -------------------------
P("mysql57_master_info_file_positional_lines", "https://dev.mysql.com/doc/refman/5.7/en/replica-logs-status.html", r"""
25
mysql-bin.«R:num6»
«R:num6»
«R:ip»
«C:repl|replicator|rpl_user»
«S:pw18»
3306
60
0
""")

P("minio_legacy_startup_banner_accesskey_secretkey", "https://github.com/minio/minio/issues/3087", r"""
$ minio server ~/«C:export|data|minio-data»

Endpoint:  http://«R:ip»:9000  http://127.0.0.1:9000
AccessKey: «R:up20@ak» 
SecretKey: «S:skan@sk» 
Region:    us-east-1

Browser Access:
   http://«R:ip»:9000  http://127.0.0.1:9000

Command-line Access: https://docs.minio.io/docs/minio-client-quickstart-guide
   $ mc config host add myminio http://«R:ip»:9000 «=ak» «=sk»
""")

P("helm_repositories_yaml_entry_password_field", "https://helm.sh/docs/helm/helm_repo_add/ (written to $HELM_REPOSITORY_CONFIG)", r"""
apiVersion: ""
generated: "0001-01-01T00:00:00Z"
repositories:
- caFile: ""
  certFile: ""
  insecure_skip_tls_verify: false
  keyFile: ""
  name: «C:wandb-mirror|internal|charts»
  pass_credentials_all: false
  password: «S:pw24»
  url: https://charts.example.com/«C:wandb|stable»
  username: «C:ci|reader»
""")

P("terraform_login_credentials_tfrc_json", "https://developer.hashicorp.com/terraform/cli/commands/login", r"""
{
  "credentials": {
    "app.terraform.io": {
      "token": "«R:an14».atlasv1.«S:an67»"
    }
  }
}
""")

P("terraform_backend_s3_block_static_keys", "https://developer.hashicorp.com/terraform/language/backend/s3#credentials-and-shared-configuration", r"""
terraform {
  backend "s3" {
    bucket     = "«C:wandb-tfstate|ml-terraform-state»"
    key        = "wandb/terraform.tfstate"
    region     = "us-east-1"
    access_key = "«R:ak»"
    secret_key = "«S:sk»"
  }
}
""")

P("redis_conf_after_config_rewrite_quoted_values", "https://redis.io/docs/latest/commands/config-rewrite/", r"""
# Generated by CONFIG REWRITE
save 3600 1 300 100 60 10000
user default on #«R:hx64» ~* &* +@all
masterauth "«S:pw24»"
requirepass "«S:pw22»"
""")

P("mysqlbinlog_read_from_remote_server_password", "https://dev.mysql.com/doc/refman/8.0/en/mysqlbinlog-backup.html", r"""
$ mysqlbinlog --read-from-remote-server --host=«R:ip» --user=«C:repl|binlog_reader» --password=«S:pw18» --raw --stop-never mysql-bin.«R:num6»
mysqlbinlog: [Warning] Using a password on the command line interface can be insecure.
""")

P("kubectl_describe_secret_service_account_token_clear", "https://kubernetes.io/docs/concepts/configuration/secret/#serviceaccount-token-secrets", r"""
Name:         «C:wandb-ci|build-robot»-token
Namespace:    «C:wandb|default»
Labels:       <none>
Annotations:  kubernetes.io/service-account.name: «C:wandb-ci|build-robot»

Type:  kubernetes.io/service-account-token

Data
====
ca.crt:     1099 bytes
namespace:  «C:5|7» bytes
token:      «S:jwt»
""")

P("keytool_importkeystore_src_and_dest_storepass", "https://docs.oracle.com/en/java/javase/17/docs/specs/man/keytool.html", r"""
keytool -importkeystore -srckeystore wandb.p12 -srcstoretype PKCS12 -srcstorepass «S:pw16» -destkeystore /etc/pki/wandb.jks -deststoretype JKS -deststorepass «S:pw18» -noprompt
""")

P("ipynb_source_env_magic_wandb_key_lines", "https://ipython.readthedocs.io/en/stable/interactive/magics.html#magic-env", r"""
   "source": [
    "%env WANDB_BASE_URL=https://«R:host»\n",
    "%env WANDB_API_KEY=local-«S:hx40»\n",
    "import wandb\n",
    "run = wandb.init(project=\"«C:resnet|llm-eval|sweeps»\")"
   ]
""")

P("cloud_init_write_files_minio_default_env", "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#write-files", r"""
#cloud-config
write_files:
  - path: /etc/default/minio
    permissions: '0600'
    content: |
      MINIO_VOLUMES="/mnt/disk1/minio"
      MINIO_ROOT_USER="«C:wandb-minio|minioroot»"
      MINIO_ROOT_PASSWORD="«S:pw24»"
""")

P("s3fs_passwd_file_echo_access_colon_secret", "https://github.com/s3fs-fuse/s3fs-fuse#examples", r"""
echo «R:up20»:«S:skan» > ${HOME}/.passwd-s3fs
chmod 600 ${HOME}/.passwd-s3fs
s3fs «C:wandb-files|ml-artifacts» /mnt/wandb -o passwd_file=${HOME}/.passwd-s3fs -o url=https://«C:minio.example.com|s3.example.net» -o use_path_request_style
""")

P("pt_online_schema_change_dsn_p_key_execute", "https://docs.percona.com/percona-toolkit/pt-online-schema-change.html", r"""
pt-online-schema-change --alter "ADD COLUMN «C:archived|note|tags» «C:TINYINT(1)|TEXT|JSON»" D=wandb_local,t=«C:runs|projects|artifacts»,h=«R:ip»,u=«R:user»,p=«S:pw18» --chunk-size 1000 --execute
""")

P("orchestrator_conf_json_topology_and_backend_password", "https://github.com/openark/orchestrator/blob/master/docs/configuration-backend.md", r"""
{
  "MySQLTopologyUser": "orchestrator",
  "MySQLTopologyPassword": "«S:pw18»",
  "MySQLOrchestratorHost": "«R:ip»",
  "MySQLOrchestratorPort": 3306,
  "MySQLOrchestratorDatabase": "orchestrator",
  "MySQLOrchestratorUser": "orc_server_user",
  "MySQLOrchestratorPassword": "«S:pw20»",
""")

P("gh_ost_migration_flags_password", "https://github.com/github/gh-ost/blob/master/doc/command-line-flags.md", r"""
gh-ost \
  --user="«R:user»" \
  --password="«S:pw18»" \
  --host=«R:ip» \
  --database="wandb_local" \
  --table="«C:runs|files|history»" \
  --alter="ENGINE=InnoDB" \
  --execute
""")

P("vscode_launch_json_env_map_wandb", "https://code.visualstudio.com/docs/python/debugging#_env", r"""
        {
            "name": "Python: train.py",
            "type": "debugpy",
            "request": "launch",
            "program": "${workspaceFolder}/train.py",
            "env": {
                "WANDB_BASE_URL": "https://«R:host»",
                "WANDB_API_KEY": "local-«S:hx40»"
            }
        }
""")

P("htpasswd_batch_mode_password_argument", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r"""
$ htpasswd -bc /etc/nginx/.htpasswd «C:wandb|metrics|grafana» «S:pw20»
Adding password for user «C:wandb|metrics|grafana»
""")

P("wget_http_user_and_password_flags", "https://www.gnu.org/software/wget/manual/wget.html#Download-Options", r"""
wget --http-user=«C:ci|mirror» --http-password=«S:pw20» https://«C:nexus|artifacts».example.com/repository/raw/wandb/«C:wandb-0.60.0.tgz|bundle.tar.gz»
""")

P("fstab_cifs_mount_options_password", "https://www.samba.org/samba/docs/current/man-html/mount.cifs.8.html", r"""
//«C:fileserver.example.com|10.9.9.9»/«C:wandb-vol|mlshare» /mnt/wandb cifs username=«C:svc_wandb|mlshare»,password=«S:pw18»,uid=999,gid=999,vers=3.0 0 0
""")

P("rsync_password_env_prefix_daemon_module", "https://download.samba.org/pub/rsync/rsync.1", r"""
RSYNC_PASSWORD=«S:pw18» rsync -av --delete /var/backups/mysql/ rsync://«C:backup|bkp»@«C:backup.example.com|10.8.8.8»/«C:wandb-db|mysql»/
""")

P("mc_alias_list_output_secret_key_row", "https://min.io/docs/minio/linux/reference/minio-mc/mc-alias-list.html", r"""
$ mc alias list «C:wandb|myminio»
«C:wandb|myminio»
  URL       : https://«C:minio.example.com|s3.example.net»
  AccessKey : «R:up20»
  SecretKey : «S:skan»
  API       : s3v4
  Path      : auto
""")

# ---- more new-kind layouts (bitnami subcharts shipped in operator-wandb, ops tools)
P("zookeeper_subchart_values_auth_client_passwords_list", HC + "charts/operator-wandb/charts/kafka/charts/zookeeper/values.yaml", r"""
auth:
  client:
    ## @param auth.client.enabled Enable ZooKeeper client-server authentication. It uses SASL/Digest-MD5
    enabled: true
    ## @param auth.client.clientUser User that will use ZooKeeper clients to auth
    clientUser: «C:zkclient|kafka|wandb»
    ## @param auth.client.clientPassword Password that will use ZooKeeper clients to auth
    clientPassword: «S:pw20»
    serverUsers: «C:zkclient|kafka|wandb»,«C:admin|zkadmin»
    ## @param auth.client.serverPasswords Comma, semicolon or whitespace separated list of passwords to assign to users when created
    serverPasswords: «S:pw18»,«S:pw16»
""")

P("zookeeper_subchart_values_auth_quorum_learner_password", HC + "charts/operator-wandb/charts/kafka/charts/zookeeper/values.yaml", r"""
  quorum:
    ## @param auth.quorum.enabled Enable ZooKeeper server-server authentication. It uses SASL/Digest-MD5
    enabled: true
    learnerUser: «C:quorum|zklearner»
    ## @param auth.quorum.learnerPassword Password that the ZooKeeper quorumLearner will use to authenticate to quorumServers.
    learnerPassword: "«S:pw22»"
    serverUsers: "«C:quorum|zklearner»"
    serverPasswords: "«S:pw20»"
""")

P("etcd_subchart_values_auth_rbac_root_password", HC + "charts/operator-wandb/charts/etcd/values.yaml", r"""
auth:
  rbac:
    create: true
    allowNoneAuthentication: false
    ## @param auth.rbac.rootPassword Root user password. The root user is always `root`
    rootPassword: "«S:pw24»"
    existingSecret: ""
""")

P("mysql_secret_file_random_root_password_comment", "https://dev.mysql.com/worklog/task/?id=6962 (random root password written to $HOME/.mysql_secret)", r"""
$ sudo cat /root/.mysql_secret
# The random password set for the root user at «C:Mon|Tue|Wed|Thu|Fri» «C:Jan|Mar|Jun|Oct» «C:10|21|30» «C:09|11|14|17|22»:«C:04|18|33|47|52»:«C:07|21|39|58» «C:2015|2016|2017» (local time): «S:pw16»
""")

P("pmm_admin_add_mysql_password_flag", "https://docs.percona.com/percona-monitoring-and-management/setting-up/client/mysql.html", r"""
$ pmm-admin add mysql --query-source=perfschema --username=pmm --password=«S:pw20» --service-name=«C:wandb-mysql|mysql-prod» --host=«R:ip» --port=3306
MySQL Service added.
Service ID  : /service_id/«R:uuid»
Service name: «C:wandb-mysql|mysql-prod»
""")

P("gsutil_top_level_o_boto_credentials_override", "https://cloud.google.com/storage/docs/gsutil/addlhelp/TopLevelCommandLineOptions", r"""
gsutil -o "Credentials:gs_access_key_id=GOOG1E«R:up54»" -o "Credentials:gs_secret_access_key=«S:sk»" cp gs://«C:wandb-artifacts|ml-runs»/export.tar.gz .
""")

P("zkcli_addauth_digest_user_password", "https://zookeeper.apache.org/doc/current/zookeeperProgrammers.html#sc_ZooKeeperAccessControl", r"""
[zk: «C:localhost|wandb-zookeeper-0.wandb-zookeeper-headless»:2181(CONNECTED) 0] addauth digest «C:super|admin|kafka»:«S:pw18»
[zk: «C:localhost|wandb-zookeeper-0.wandb-zookeeper-headless»:2181(CONNECTED) 1] getAcl /brokers
'digest,'«C:super|admin|kafka»:«R:b6427»=
: cdrwa
""")

P("redis_sentinel_config_set_sentinel_pass", "https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/#sentinel-commands", r"""
«C:127.0.0.1|10.5.5.5»:26379> SENTINEL CONFIG SET sentinel-user «C:sentinel|sentinel-admin»
OK
«C:127.0.0.1|10.5.5.5»:26379> SENTINEL CONFIG SET sentinel-pass «S:pw22»
OK
""")

P("mc_idp_openid_add_client_secret_kv", "https://min.io/docs/minio/linux/reference/minio-mc/mc-idp-openid-add.html", r"""
mc idp openid add «C:myminio|wandb» «C:keycloak|okta|primary» \
   config_url="https://sso.example.com/realms/«C:wandb|ml»/.well-known/openid-configuration" \
   client_id="minio" \
   client_secret="«S:an32»" \
   scopes="openid,email"
""")

P("mc_ilm_tier_add_s3_secret_key_flag", "https://min.io/docs/minio/linux/reference/minio-mc/mc-ilm-tier-add.html", r"""
mc ilm tier add s3 «C:myminio|wandb» «C:COLDTIER|ARCHIVE» \
   --endpoint https://s3.amazonaws.com \
   --access-key «R:ak» \
   --secret-key «S:sk» \
   --bucket «C:wandb-cold|ml-archive» \
   --region us-east-1
""")

P("kubectl_patch_secret_stringdata_json_inline", "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_patch/", r"""
$ kubectl patch secret «C:wandb-mysql|mysql-settings-secret» -n «C:wandb|default» -p '{"stringData":{"MYSQL_PASSWORD":"«S:pw20»"}}'
secret/«C:wandb-mysql|mysql-settings-secret» patched
""")

P("kustomize_edit_add_secret_from_literal", "https://kubectl.docs.kubernetes.io/references/kustomize/cmd/edit/add/", r"""
$ kustomize edit add secret «C:wandb-db|mysql-creds» --from-literal=password=«S:pw20@p» --from-literal=user=«R:user»
$ tail -5 kustomization.yaml
secretGenerator:
- literals:
  - password=«=p»
  - user=«R:user»
""")

P("docker_swarm_join_token_worker_printed_command", "https://docs.docker.com/reference/cli/docker/swarm/join-token/", r"""
$ docker swarm join-token worker
To add a worker to this swarm, run the following command:

    docker swarm join --token SWMTKN-1-«R:l3650»-«S:l3625» «R:ip»:2377
""")

P("tf_token_env_var_host_encoded_name", "https://developer.hashicorp.com/terraform/cli/config/config-file#environment-variable-credentials", r"""
export TF_TOKEN_«C:tfe_example_com|app_terraform_io|terraform_corp_example_net»="«R:an14».atlasv1.«S:an67»"
terraform init -upgrade
""")

P("argocd_secret_webhook_github_secret_stringdata", "https://argo-cd.readthedocs.io/en/stable/operator-manual/webhook/", r"""
apiVersion: v1
kind: Secret
metadata:
  name: argocd-secret
  namespace: argocd
type: Opaque
stringData:
  # github webhook secret
  webhook.github.secret: «S:an40»
""")

P("kcadm_set_password_new_password_flag", "https://www.keycloak.org/docs/latest/server_admin/#_user_operations", r"""
$ kcadm.sh set-password -r «C:wandb|ml|corp» --username «C:wandb-admin|testuser|jsmith» --new-password «S:pw18» --temporary
""")

# =====================================================================
# NEGATIVES (look-alikes from the same files and tools; nothing secret)
# =====================================================================
N("neg_wandb_chart_values_empty_defaults_with_url_comment", HC + "charts/wandb/values.yaml", r"""
# Required for production environments
license:
# If set to true we'll provision an admin user and allow admin api access
enableAdminApi: «C:false|true»
# s3://$ACCESS_KEY_ID:$SECRET_KEY@$HOST/$BUCKET?tls=true
bucket:
bucketRegion: «C:us-east-1|eu-west-1|us-west-2|ap-south-1|eu-central-1»
smtpServer:
host: https://«R:host»
""")

N("neg_operator_wandb_mysql_password_secret_ref_block", HC + "charts/operator-wandb/values.yaml", r"""
  mysql:
    host: "«C:mysql.example.com|10.1.2.3|wandb-db.example.net|mysql.wandb.svc.cluster.local|db.corp.example.org»"
    port: 3306
    database: "wandb_local"
    user: "«R:user»"
    password: ""
    passwordSecret:
      name: "«C:wandb-mysql|mysql-settings-secret|external-mysql|wandb-db-creds»"
      rootPasswordKey: "MYSQL_ROOT_PASSWORD"
      passwordKey: "MYSQL_PASSWORD"
""")

N("neg_operator_wandb_rendered_env_secretkeyref_and_dependent_url", HC + "charts/operator-wandb/templates/_env.tpl", r"""
        - name: MYSQL_PASSWORD
          valueFrom:
            secretKeyRef:
              name: "«C:wandb-mysql|wandb-prod-mysql|external-mysql»"
              key: "MYSQL_PASSWORD"
        - name: MYSQL
          value: "mysql://$(MYSQL_USER):$(MYSQL_PASSWORD)@$(MYSQL_HOST):$(MYSQL_PORT)/$(MYSQL_DATABASE)?tls=«C:preferred|true|skip-verify»"
        - name: REDIS
          value: "redis://:$(REDIS_PASSWORD)@$(REDIS_HOST):$(REDIS_PORT)$(REDIS_PARAMS)"
""")

N("neg_operator_wandb_bucket_url_env_references", HC + "charts/operator-wandb/templates/_bucket.tpl", r"""
        - name: BUCKET_ACCESS_KEY
          valueFrom:
            secretKeyRef:
              name: "«C:wandb-bucket|bucket-creds|cw-bucket»"
              key: "«C:ACCESS_KEY|accessKey»"
        - name: BUCKET
          value: "«C:s3|cw»://$(BUCKET_ACCESS_KEY):$(BUCKET_SECRET_KEY)@$(BUCKET_NAME)"
        - name: BUCKET_NAME
          value: "«C:wandb-files|ml-artifacts|wandb-prod»"
""")

N("neg_azurerm_byob_tfvars_angle_placeholders", "https://github.com/wandb/terraform-azurerm-wandb/blob/main/examples/byob/terraform.tfvars", r"""
resource_group_name = "<rg-name>"

location = "<«C:westeurope|eastus|westus2|northeurope|uksouth»>"
prefix   = "<byob-wandb>"
tags = {
  "name" = "«C:wandb|ml|wandb-byob|research|platform»"
}
# tenant_id = "<tenant_id>"
# client_id = "<client_id>"
""")

N("neg_wandb_local_boot_log_session_key_generation", "https://github.com/wandb/server/issues/64", r"""
*** Running /etc/my_init.d/02_load-settings.sh...
*** Loading settings...
«T:go» Created default user
«T:go» Generating new session key for auth...
«T:go» Generating new certificate and key for auth...
*** Booting runit daemon...
*** Runit started as PID «R:num3»
""")

N("neg_wandb_local_migrate_panic_dial_tcp", "https://github.com/wandb/server/issues/104", r"""
*** Migrating database...
panic: dial tcp 127.0.0.1:3306: connect: connection refused

goroutine 1 [running]:
github.com/wandb/core/services/gorilla/cmd.(*migrateCommander).MainCmd(0xc000«R:hx6», {0xc000«R:hx6», 0x2, 0x2})
	/mnt/ramdisk/core/services/gorilla/cmd/migrate.go:88 +0x9b4
""")

N("neg_wandb_login_prompt_and_netrc_append", "https://docs.wandb.ai/ref/cli/wandb-login/", r"""
wandb: Logging into «R:host». (Learn how to deploy a W&B server locally: https://wandb.me/wandb-server)
wandb: You can find your API key in your browser here: https://«R:host»/authorize
wandb: Paste an API key from your profile and hit enter, or press ctrl+c to quit:
wandb: Appending key for «R:host» to your netrc file: /home/«C:ubuntu|jovyan|ec2-user|runner|alice»/.netrc
""")

N("neg_tailormap_jdbc_datastore_params_passwd_stars", "https://github.com/B3Partners/tailormap-legacy/issues/978", r"""
«T:plain» DEBUG nl.b3p.viewer.config.services.JDBCFeatureSource:nl.b3p.viewer.config.services.JDBCFeatureSource.createDataStore(JDBCFeatureSource.java:207) - Opening datastore using parameters: {schema=public, database=«C:gis|wandb|maps|geo|tiles», fetch size=50, port=5432, passwd=****, Expose primary keys=true, dbtype=postgis, host=«R:ip», user=«R:user»}
""")

N("neg_sqlalchemy_engine_repr_password_masked", "https://docs.sqlalchemy.org/en/20/core/engines.html#sqlalchemy.engine.URL", r"""
>>> engine = create_engine(url)
>>> engine
Engine(mysql+pymysql://«R:user»:***@«C:mysql.example.com|10.3.3.3|db.example.net»:3306/«C:wandb_local|reports|metrics»)
>>> engine.url.password is None
False
""")

N("neg_mysql_general_log_rewritten_secret_placeholder", "https://dev.mysql.com/doc/refman/8.0/en/password-logging.html", r"""
«T:mysql»	   «R:num2» Query	CREATE USER '«R:user»'@'%' IDENTIFIED WITH 'caching_sha2_password' AS '<secret>'
«T:mysql»	   «R:num2» Query	ALTER USER '«R:user»'@'%' IDENTIFIED BY <secret>
«T:mysql»	   «R:num2» Query	FLUSH PRIVILEGES
""")

N("neg_mysql_config_editor_print_all_stars", "https://dev.mysql.com/doc/refman/8.0/en/mysql-config-editor.html", r"""
$ mysql_config_editor print --all
[client]
user = "«R:user»"
password = *****
host = "«C:mysql.example.com|localhost|10.3.3.3|db.example.net»"
[«C:remote|backup|replica»]
user = "«C:backup|repl|admin»"
password = *****
""")

N("neg_mysqld_initialize_insecure_empty_password_warning", "https://dev.mysql.com/doc/refman/8.0/en/data-directory-initialization.html", r"""
«T:mysql» 0 [System] [MY-013169] [Server] /usr/sbin/mysqld (mysqld 8.0.«C:36|39|40|41|42») initializing of server in progress as process «R:num3»
«T:mysql» 6 [Warning] [MY-010453] [Server] root@localhost is created with an empty password ! Please consider switching off the --initialize-insecure option.
«T:mysql» 0 [System] [MY-013170] [Server] /usr/sbin/mysqld (mysqld 8.0.«C:36|39|40|41|42») initializing of server has completed
""")

N("neg_mysqlsh_session_banner_no_password", "https://dev.mysql.com/doc/mysql-shell/8.0/en/mysql-shell-connection-using-uri.html", r"""
Creating a session to '«R:user»@«C:mysql.example.com|10.7.7.2|db.example.net»:3306'
Fetching global names for auto-completion... Press ^C to stop.
Your MySQL connection id is «R:num5»
Server version: 8.0.«C:36|39|40» MySQL Community Server - GPL
No default schema selected; type \use <schema> to set one.
""")

N("neg_xtrabackup_recognized_args_password_starred", "https://docs.percona.com/percona-xtrabackup/8.0/create-full-backup.html", r"""
«T:mysql» 0 [Note] [MY-011825] [Xtrabackup] recognized server arguments: --datadir=/var/lib/mysql --innodb_buffer_pool_size=«C:2G|4G|8G»
«T:mysql» 0 [Note] [MY-011825] [Xtrabackup] recognized client arguments: --user=«C:backup|bkpuser» --password=* --backup=1 --target-dir=/data/backups/«T:date»
«T:mysql» 0 [Note] [MY-011825] [Xtrabackup] Connecting to MySQL server host: localhost, user: «C:backup|bkpuser», password: set, port: not set, socket: not set
""")

N("neg_proxysql_runtime_users_select_without_password", "https://proxysql.com/documentation/users-configuration/", r"""
Admin> SELECT username,active,default_hostgroup,transaction_persistent FROM runtime_mysql_users;
+----------+--------+-------------------+------------------------+
| username | active | default_hostgroup | transaction_persistent |
+----------+--------+-------------------+------------------------+
| «R:user» | 1      | «C:1|10|20»                 | 1                      |
+----------+--------+-------------------+------------------------+
""")

N("neg_mysqladmin_warnings_only_no_args", "https://dev.mysql.com/doc/refman/8.0/en/mysqladmin.html", r"""
mysqladmin: [Warning] Using a password on the command line interface can be insecure.
mysqld is alive
Uptime: «R:num6»  Threads: «C:2|7|12»  Questions: «R:num7»  Slow queries: «C:0|3|19»  Opens: «R:num4»
""")

N("neg_redis_aclfile_nopass_resetpass_off", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/", r"""
user default off nopass ~* &* +@all
user «C:readonly|dashboard|healthcheck|exporter|probe» on nopass ~«C:cache|session|wandb»:* resetchannels +get +info +ping
user «C:legacy|old-app|tmp» off resetpass -@all
""")

N("neg_rediscli_askpass_prompt_no_echo", "https://redis.io/docs/latest/develop/tools/cli/", r"""
$ redis-cli -h «C:redis.example.com|10.5.5.5|redis-master.wandb.svc.cluster.local» -p «C:6379|6380» --askpass
Please input password: 
«C:redis.example.com|10.5.5.5|redis-master.wandb.svc.cluster.local»:«C:6379|6380»> DBSIZE
(integer) «R:num5»
""")

N("neg_redis_exporter_password_file_env", "https://github.com/oliver006/redis_exporter#command-line-flags", r"""
    environment:
      REDIS_ADDR: "redis://«C:redis|wandb-redis|cache»:6379"
      REDIS_PASSWORD_FILE: "/run/secrets/«C:redis_password|redis-pw|cache-pass»"
      REDIS_EXPORTER_INCL_SYSTEM_METRICS: "«C:true|false»"
""")

N("neg_minio_systemd_unit_environmentfile_check", "https://github.com/minio/minio-service/blob/master/linux-systemd/minio.service", r"""
[Service]
WorkingDirectory=/usr/local/
User=«C:minio-user|minio|storage»
Group=«C:minio-user|minio|storage»
ProtectProc=invisible
EnvironmentFile=-/etc/default/minio
ExecStartPre=/bin/bash -c "if [ -z \"${MINIO_VOLUMES}\" ]; then echo \"Variable MINIO_VOLUMES not set in /etc/default/minio\"; exit 1; fi"
ExecStart=/usr/local/bin/minio server $MINIO_OPTS $MINIO_VOLUMES
LimitNOFILE=«C:65536|1048576»
""")

N("neg_minio_root_password_file_env_in_compose", "https://min.io/docs/minio/container/operations/install-deploy-manage/deploy-minio-single-node-single-drive.html", r"""
  minio:
    image: «C:quay.io/minio/minio|minio/minio»:RELEASE.«C:2024-06-13T22-53-53Z|2024-10-13T13-34-11Z|2025-02-28T09-55-16Z»
    command: server /data --console-address ":«C:9001|9090»"
    environment:
      MINIO_ROOT_USER_FILE: /run/secrets/minio_root_user
      MINIO_ROOT_PASSWORD_FILE: /run/secrets/minio_root_password
    secrets:
      - minio_root_user
      - minio_root_password
""")

N("neg_s3cfg_empty_keys_gpg_command_only", "https://s3tools.org/kb/item14.htm", r"""
[default]
access_key = 
secret_key = 
host_base = «C:minio.example.com|s3.example.net|s3.amazonaws.com»
host_bucket = «C:minio.example.com|s3.example.net|%(bucket)s.s3.amazonaws.com»
gpg_command = /usr/bin/gpg
gpg_passphrase = 
use_https = «C:True|False»
""")

N("neg_aws_iam_list_access_keys_ids_only", "https://docs.aws.amazon.com/cli/latest/reference/iam/list-access-keys.html", r"""
{
    "AccessKeyMetadata": [
        {
            "UserName": "«C:wandb-bucket|ml-s3-writer|ci-uploader»",
            "AccessKeyId": "«R:ak»",
            "Status": "«C:Active|Inactive»",
            "CreateDate": "«T:isoz»"
        }
    ]
}
""")

N("neg_gcloud_storage_hmac_describe_no_secret", "https://cloud.google.com/sdk/gcloud/reference/storage/hmac/describe", r"""
accessId: GOOG1E«R:up54@aid»
etag: «R:b6412»
id: «C:wandb-prod|ml-platform|research»/GOOG1E«=aid»
kind: storage#hmacKey
serviceAccountEmail: «C:wandb-gcs|ml-storage»@«C:wandb-prod|ml-platform|research».iam.gserviceaccount.com
state: «C:ACTIVE|INACTIVE»
timeCreated: '«T:iso»'
""")

N("neg_az_storage_account_keys_list_query_names", "https://learn.microsoft.com/en-us/cli/azure/storage/account/keys", r"""
$ az storage account keys list -g «C:wandb-rg|ml-rg|rg-wandb» -n «C:wandbstore|mlblob|wandbprod»«R:lc4» --query "[].{name:keyName, created:creationTime}" -o table
Name    Created
------  --------------------------------
key1    «T:iso6»
key2    «T:iso6»
""")

N("neg_terraform_output_sensitive_placeholder_table", "https://developer.hashicorp.com/terraform/cli/commands/output", r"""
$ terraform output
bucket_name = "«C:wandb-files|ml-artifacts|wandb-prod»-«R:lc6»"
database_password = <sensitive>
redis_connection_string = <sensitive>
url = "https://«R:host»"
""")

N("neg_tfstate_sensitive_attributes_paths", "https://developer.hashicorp.com/terraform/language/state/sensitive-data", r"""
          "sensitive_attributes": [
            [
              {
                "type": "get_attr",
                "value": "«C:password|result|auth_token|primary_access_key|master_password»"
              }
            ]
          ],
          "private": "«C:eyJzY2hlbWFfdmVyc2lvbiI6IjAifQ==|eyJzY2hlbWFfdmVyc2lvbiI6IjEifQ==|eyJzY2hlbWFfdmVyc2lvbiI6IjIifQ==»"
""")

N("neg_kubectl_config_view_minify_redacted", "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_config/kubectl_config_view/", r"""
users:
- name: «C:wandb-admin|kubernetes-admin|ops|jsmith|ci»
  user:
    client-certificate-data: DATA+OMITTED
    client-key-data: DATA+OMITTED
- name: «C:ci-bot|deployer|robot»
  user:
    token: REDACTED
""")

N("neg_kubeconfig_exec_plugin_without_env", "https://docs.aws.amazon.com/eks/latest/userguide/create-kubeconfig.html", r"""
- name: arn:aws:eks:«C:us-east-1|us-west-2|eu-west-1»:«R:num12»:cluster/«C:wandb-prod|ml-eks|research»
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args:
      - --region
      - «C:us-east-1|us-west-2|eu-west-1»
      - eks
      - get-token
""")

N("neg_argocd_cm_dex_config_dollar_refs", "https://argo-cd.readthedocs.io/en/stable/operator-manual/user-management/#dex", r"""
  dex.config: |
    connectors:
      - type: github
        id: github
        name: GitHub
        config:
          clientID: «R:an20»
          clientSecret: $dex.github.clientSecret
          orgs:
          - name: «C:example-org|wandb-platform|ml-team»
""")

N("neg_argocd_repo_list_table", "https://argo-cd.readthedocs.io/en/stable/user-guide/commands/argocd_repo_list/", r"""
TYPE  NAME  REPO                                              INSECURE  OCI    LFS    CREDS  STATUS      MESSAGE  PROJECT
git         https://git.example.com/repos/«C:wandb-infra|ml-gitops|fleet»  false     false  false  true   «C:Successful|Failed»               «C:default|wandb»
helm  «C:wandb|internal»  https://charts.example.com/«C:wandb|stable»  false     false  false  «C:true|false»   Successful           default
""")

N("neg_argocd_initial_password_docs_command", "https://argo-cd.readthedocs.io/en/stable/getting_started/", r"""
The initial password for the admin account is auto-generated and stored as
clear text in the field password in a secret named argocd-initial-admin-secret
in your Argo CD installation namespace. You can simply retrieve this password
using the argocd CLI:
argocd admin initial-password -n «C:argocd|gitops|argo|cd|platform»
""")

N("neg_flux_get_sources_git_revisions", "https://fluxcd.io/flux/cmd/flux_get_sources_git/", r"""
$ flux get sources git -A
NAMESPACE  	NAME       	REVISION                                       	SUSPENDED	READY	MESSAGE
flux-system	flux-system	main@sha1:«R:hx40@sha»	False    	True 	stored artifact for revision 'main@sha1:«=sha»'
""")

N("neg_flux_create_secret_git_help_flags", "https://fluxcd.io/flux/cmd/flux_create_secret_git/", r"""
$ flux --version
flux version 2.«C:2.3|3.0|4.0|5.1|6.4|7.2»
$ flux create secret git --help | sed -n '/^Flags/,$p'
Flags:
      --bearer-token string        bearer authentication token
      --ca-crt-file string         path to TLS CA certificate file used for validating self-signed certificates
  -h, --help                       help for git
  -p, --password string            basic authentication password
      --private-key-file string    path to a passwordless private key file used for authenticating to the Git SSH server
  -u, --username string            basic authentication username
""")

N("neg_eso_externalsecret_remote_ref_property", "https://external-secrets.io/latest/api/externalsecret/", r"""
spec:
  refreshInterval: «C:1h|15m|30m|24h»
  secretStoreRef:
    name: «C:aws-secretsmanager|vault-backend|gcp-store»
    kind: ClusterSecretStore
  target:
    name: «C:wandb-mysql|wandb-license|wandb-smtp»
  data:
  - secretKey: «C:MYSQL_PASSWORD|license|SMTP_PASSWORD»
    remoteRef:
      key: «C:wandb/prod/mysql|wandb/license|wandb/smtp»
      property: password
""")

N("neg_eso_secretstore_aws_secretref_names", "https://external-secrets.io/latest/provider/aws-secrets-manager/", r"""
  provider:
    aws:
      service: SecretsManager
      region: «C:us-east-1|eu-west-1|us-west-2»
      auth:
        secretRef:
          accessKeyIDSecretRef:
            name: «C:awssm-secret|aws-creds|eso-aws»
            key: access-key
          secretAccessKeySecretRef:
            name: «C:awssm-secret|aws-creds|eso-aws»
            key: secret-access-key
""")

N("neg_cert_manager_clusterissuer_eab_keysecretref", "https://cert-manager.io/docs/configuration/acme/#external-account-bindings", r"""
  acme:
    server: https://acme.zerossl.com/v2/DV90
    email: «C:ops|pki|platform»@example.com
    externalAccountBinding:
      keyID: «R:u6422»
      keySecretRef:
        name: «C:zerossl-eab|eab-secret|sectigo-eab»
        key: secret
    privateKeySecretRef:
      name: «C:zerossl-prod|letsencrypt-account|acme-account»
""")

N("neg_bufstream_yaml_secret_access_key_path_datasource", HC + "charts/operator-wandb/charts/bufstream/config/bufstream.yaml.tpl", r"""
storage:
  provider: S3
  region: «C:us-east-1|us-west-2|eu-west-1»
  bucket: «C:wandb-bufstream|ml-kafka-store|bufstream-data»
  access_key_id:
    string: "«R:ak»"
  secret_access_key:
    path: /config/secrets/storage/secret_access_key
""")

N("neg_keycloak_kc_sh_help_db_password_option", "https://www.keycloak.org/server/all-config", r"""
$ «C:kc.sh|bin/kc.sh|/opt/keycloak/bin/kc.sh» «C:start|start-dev|build» --help
Database:

--db <vendor>        The database vendor. Possible values are: dev-file, dev-mem, mariadb, mssql,
                       mysql, oracle, postgres
--db-password <password>
                     The password of the database user.
--db-url-host <hostname>
                     Sets the hostname of the default JDBC URL of the chosen vendor.
""")

N("neg_keycloak_startup_log_listening", "https://www.keycloak.org/server/containers", r"""
«T:py» INFO  [io.quarkus] (main) Keycloak 2«C:4.0.5|5.0.6|6.1.4» on JVM (powered by Quarkus 3.«C:8.4|8.5|15.3») started in «C:9.812|12.304|7.551»s. Listening on: http://0.0.0.0:8080. Management interface listening on http://0.0.0.0:9000.
«T:py» INFO  [io.quarkus] (main) Profile prod activated.
«T:py» INFO  [io.quarkus] (main) Installed features: [agroal, cdi, hibernate-orm, jdbc-mysql, keycloak, narayana-jta, opentelemetry, reactive-routes, rest, rest-jackson, smallrye-context-propagation, vertx]
""")

N("neg_dex_config_env_var_references", "https://dexidp.io/docs/configuration/", r"""
connectors:
- type: ldap
  id: ldap
  name: «C:OpenLDAP|ActiveDirectory|LDAP»
  config:
    host: «C:ldap.example.com|10.9.1.5|dc01.example.org»:636
    bindDN: uid=«C:serviceaccount|dex-bind»,cn=users,dc=example,dc=com
    bindPW: $LDAP_BIND_PW
staticClients:
- id: wandb
  secretEnv: WANDB_DEX_CLIENT_SECRET
""")

N("neg_oauth2_proxy_cfg_env_placeholders", "https://github.com/status-im/infra-utils/blob/master/oauth2-proxy/oauth2.cfg.tpl", r"""
client_id       = "$OAUTH2_CLIENT_ID"
client_secret   = "$OAUTH2_CLIENT_SECRET"
cookie_domain   = "«C:.example.com|.corp.example.net|.example.org»"
cookie_expire   = "«C:168h|24h|12h»"
cookie_secret   = "$OAUTH2_COOKIE_SECRET"
cookie_secure   = «C:true|false»
""")

N("neg_oauth2_proxy_auth_success_session_booleans", "https://oauth2-proxy.github.io/oauth2-proxy/configuration/overview#auth-log-format", r"""
«R:ip» - «R:uuid» - «C:alice|bob|carol|dave|erin»@example.com [«T:go»] [AuthSuccess] Authenticated via OAuth2: Session{email:«C:alice|bob|carol|dave|erin»@example.com user:«R:num6» PreferredUsername:«C:alice|bob|carol» token:true id_token:true created:«T:plain» +0000 UTC expires:«T:plain» +0000 UTC refresh_token:true}
""")

N("neg_quarkus_properties_env_expressions", "https://quarkus.io/guides/config-reference#property-expressions", r"""
quarkus.oidc.auth-server-url=${AUTHSERVER:https://sso.example.com/realms/«C:wandb|ml|corp»}
quarkus.oidc.client-id=${CLIENTID:«C:reports-api|quarkus-app|dashboard»}
quarkus.oidc.credentials.secret=${KEYCLOAK_CLIENT_SECRET}
quarkus.datasource.username=${DB_USERNAME}
quarkus.datasource.password=${DB_PASSWORD}
""")

N("neg_spring_actuator_env_sanitized_values", "https://docs.spring.io/spring-boot/reference/actuator/endpoints.html#actuator.endpoints.sanitization", r"""
        "spring.datasource.password" : {
          "value" : "******",
          "origin" : "System Environment Property \"SPRING_DATASOURCE_PASSWORD\""
        },
        "spring.datasource.url" : {
          "value" : "jdbc:mysql://«R:ip»:3306/«C:reports|metrics|wandb_local»",
""")

N("neg_dotnet_user_secrets_init_id", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets#enable-secret-storage", r"""
$ dotnet user-secrets init
Set UserSecretsId to '«R:uuid»' for MSBuild project '/home/«C:dev|ubuntu|runner»/src/«C:Reports|WebApp|Exporter»/«C:Reports|WebApp|Exporter».csproj'.
""")

N("neg_appsettings_keyvault_reference_value", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references", r"""
{
  "ConnectionStrings": {
    "Reports": "@Microsoft.KeyVault(SecretUri=https://«C:wandb-kv|ml-vault|corp-kv».vault.azure.net/secrets/«C:reports-db|mysql-conn»/)"
  },
  "Logging": { "LogLevel": { "Default": "«C:Information|Warning»" } }
}
""")

N("neg_gha_log_masked_triple_star_values", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions#redacting-secrets-from-workflow-run-logs", r"""
«T:iso7» ##[group]Run helm upgrade --install wandb wandb/operator-wandb -n wandb \
«T:iso7»   --set global.license=*** \
«T:iso7»   --set global.mysql.password=***
«T:iso7» env:
«T:iso7»   WANDB_API_KEY: ***
«T:iso7» ##[endgroup]
""")

N("neg_gitlab_ci_variables_dollar_refs", "https://docs.gitlab.com/ci/services/mysql/", r"""
image: «C:python:3.11|python:3.12|ruby:3.3»
services:
  - mysql:«C:8.0|8.4|latest»

variables:
  # Configure mysql environment variables (https://hub.docker.com/_/mysql/)
  MYSQL_DATABASE: $MYSQL_DATABASE
  MYSQL_ROOT_PASSWORD: $MYSQL_ROOT_PASSWORD
  MYSQL_HOST: «C:mysql|db»
""")

N("neg_jenkins_withcredentials_masking_notice", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/", r"""
[Pipeline] withCredentials
Masking supported pattern matches of $«C:NEXUS_PASS|PASS|DEPLOY_PASSWORD»
[Pipeline] {
[Pipeline] sh
+ curl -sSf -u «C:deployer|ci|nexus-upload»:**** --upload-file dist/«C:model|report»-«R:num3».tar.gz https://nexus.example.com/repository/ml-artifacts/
""")

N("neg_makefile_password_from_secret_file", "https://www.gnu.org/software/make/manual/html_node/Shell-Function.html", r"""
MYSQL_ROOT_PASSWORD ?= $(shell cat .secrets/«C:mysql_root|db_root|root_pw»)
MYSQL_CONTAINER     ?= «C:wandb-mysql|mysql|db»

db-shell:
	docker exec -it $(MYSQL_CONTAINER) mysql -uroot -p"$$MYSQL_ROOT_PASSWORD" wandb_local
""")

N("neg_docker_history_secret_mount_run", "https://docs.docker.com/build/building/secrets/", r"""
$ docker history --no-trunc --format '{{.CreatedBy}}' registry.example.com/ml/«C:trainer|evaluator|sweeps»:«C:1.4.2|2.0.0|0.9.7»
RUN /bin/sh -c NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci # buildkit
COPY package.json package-lock.json ./ # buildkit
WORKDIR /app
""")

N("neg_docker_compose_config_password_file_vars", "https://hub.docker.com/_/mysql#docker-secrets", r"""
services:
  mysql:
    environment:
      MYSQL_DATABASE: wandb_local
      MYSQL_PASSWORD_FILE: /run/secrets/«C:db_password|mysql_pw|wandb_db»
      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/«C:db_root|mysql_root|root_pw»
      MYSQL_USER: «R:user»
    image: mysql:8.0
""")

N("neg_skopeo_inspect_digest_layers", "https://github.com/containers/skopeo/blob/main/docs/skopeo-inspect.1.md", r"""
{
    "Name": "docker.io/wandb/local",
    "Digest": "sha256:«R:hx64»",
    "RepoTags": [],
    "Created": "«T:iso»",
    "DockerVersion": "",
    "Labels": null,
    "Architecture": "«C:amd64|arm64»",
""")

N("neg_containerd_config_path_hosts_dir_only", "https://github.com/containerd/containerd/blob/main/docs/hosts.md", r"""
[plugins."io.containerd.grpc.v1.cri".registry]
   config_path = "/etc/containerd/certs.d"
$ cat /etc/containerd/certs.d/«C:docker.io|registry.example.com|ghcr.io»/hosts.toml
server = "https://«C:registry-1.docker.io|registry.example.com|ghcr.io»"
[host."https://«C:mirror|cache|proxy».example.com"]
  capabilities = ["pull", "resolve"]
""")

N("neg_k3s_registries_yaml_mirror_tls_only", "https://docs.k3s.io/installation/private-registry", r"""
mirrors:
  docker.io:
    endpoint:
      - "https://«C:registry|mirror|cache».example.com:5000"
configs:
  "«C:registry|mirror|cache».example.com:5000":
    tls:
      ca_file: /etc/rancher/k3s/«C:ca.crt|registry-ca.pem»
      insecure_skip_verify: «C:false|true»
""")

N("neg_helm_registry_login_password_stdin", "https://helm.sh/docs/helm/helm_registry_login/", r"""
$ echo "$«C:HARBOR_TOKEN|REGISTRY_PASSWORD|CI_JOB_TOKEN»" | helm registry login registry.example.com --username «C:ci|deployer|robot_wandb» --password-stdin
Login Succeeded
$ helm push wandb-operator-«C:1.3.4|1.4.0|1.2.9».tgz oci://registry.example.com/charts
Pushed: registry.example.com/charts/wandb-operator:«C:1.3.4|1.4.0|1.2.9»
Digest: sha256:«R:hx64»
""")

N("neg_helm_repositories_yaml_no_credentials", "https://helm.sh/docs/helm/helm_repo_add/", r"""
repositories:
- caFile: ""
  certFile: ""
  insecure_skip_tls_verify: false
  keyFile: ""
  name: «C:internal|mirror|charts|stable|wandb-mirror»
  pass_credentials_all: false
  password: ""
  url: https://charts.example.com/«C:wandb|stable|mirror»
  username: ""
""")

N("neg_mysql_operator_secret_keys_describe_bytes", "https://dev.mysql.com/doc/mysql-operator/en/mysql-operator-innodbcluster-simple-kubectl.html", r"""
Name:         «C:mypwds|wandb-mysql-root|cluster-creds»
Namespace:    «C:default|mysql|wandb»
Type:  Opaque

Data
====
rootHost:      1 bytes
rootPassword:  «C:16|20|24|32» bytes
rootUser:      4 bytes
""")

N("neg_sealed_secret_encrypted_data_ciphertext", "https://github.com/bitnami-labs/sealed-secrets#usage", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: «C:wandb-license|wandb-mysql|wandb-smtp»
  namespace: wandb
spec:
  encryptedData:
    «C:license|password|smtp-password»: AgB«R:b64180»
""")

N("neg_gcloud_sql_users_list_table", "https://cloud.google.com/sdk/gcloud/reference/sql/users/list", r"""
$ gcloud sql users list --instance=«C:wandb-mysql|ml-db|prod-mysql»
NAME       HOST       TYPE      PASSWORD_POLICY
root       %          BUILT_IN
«R:user»   %          BUILT_IN  {'status': {}}
mysql.sys  localhost  BUILT_IN
""")

N("neg_aws_rds_describe_master_user_secret_arn", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html", r"""
        "MasterUsername": "«C:admin|wandb|root»",
        "MasterUserSecret": {
            "SecretArn": "arn:aws:secretsmanager:«C:us-east-1|us-west-2|eu-west-1»:«R:num12@acct»:secret:rds!db-«R:uuid»-«R:an6»",
            "SecretStatus": "active",
            "KmsKeyId": "arn:aws:kms:«C:us-east-1|us-west-2|eu-west-1»:«=acct»:key/«R:uuid»"
        },
""")

N("neg_az_ad_app_credential_list_hint", "https://learn.microsoft.com/en-us/cli/azure/ad/app/credential#az-ad-app-credential-list", r"""
[
  {
    "customKeyIdentifier": null,
    "displayName": "«C:wandb-sso|rbac|cli-reset»",
    "endDateTime": "«T:isoz»",
    "hint": "«R:an3»",
    "keyId": "«R:uuid»",
    "secretText": null,
    "startDateTime": "«T:isoz»"
  }
]
""")

N("neg_gcloud_secrets_versions_list_table", "https://cloud.google.com/sdk/gcloud/reference/secrets/versions/list", r"""
$ gcloud secrets versions list «C:wandb-mysql-password|wandb-smtp|wandb-license»
NAME  STATE     CREATED              DESTROYED
«C:3|4|7»     enabled   «T:iso»  -
«C:1|2»     disabled  «T:iso»  -
""")

N("neg_nginx_auth_request_upstream_header_vars", "https://nginx.org/en/docs/http/ngx_http_auth_request_module.html", r"""
    location «C:/|/api/|/app/» {
        auth_request /oauth2/auth;
        auth_request_set $user  $upstream_http_x_auth_request_user;
        auth_request_set $token $upstream_http_x_auth_request_access_token;
        proxy_set_header X-User  $user;
        proxy_set_header X-Access-Token $token;
        proxy_pass http://«C:wandb-app|reports|grafana»:«C:8080|3000»;
    }
""")

N("neg_haproxy_set_header_from_env_fetch", "https://docs.haproxy.org/2.8/configuration.html#7.3.2-env", r"""
backend be_«C:reports|metrics|api»
    http-request set-header Authorization "Bearer %[env(«C:API_TOKEN|REPORTS_TOKEN|UPSTREAM_TOKEN»)]"
    server «C:reports|metrics|api»1 «R:ip»:8080 check
""")

N("neg_traefik_cf_token_file_variant", "https://doc.traefik.io/traefik/https/acme/#providers", r"""
    environment:
      - CF_API_EMAIL=«C:ops|pki|admin»@example.com
      - CF_DNS_API_TOKEN_FILE=/run/secrets/«C:cf_token|cloudflare_dns|dns_token»
    secrets:
      - «C:cf_token|cloudflare_dns|dns_token»
""")

N("neg_envoy_oauth2_credentials_sds_names", "https://www.envoyproxy.io/docs/envoy/latest/configuration/http/http_filters/oauth2_filter", r"""
        credentials:
          client_id: «C:wandb-frontend|httpbin-frontend|reports»
          token_secret:
            name: «C:token|idp-token»
            sds_config:
              path: "/etc/envoy/«C:token-secret|idp-token».yaml"
          hmac_secret:
            name: «C:hmac|idp-hmac»
""")

N("neg_systemd_unit_environmentfile_and_loadcredential", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Credentials", r"""
[Service]
Type=simple
User=«C:wandb|launch|sweeps»
EnvironmentFile=/etc/«C:wandb-agent|launch-agent|sweeps».env
LoadCredential=wandb_api_key:/etc/credstore/«C:wandb_api_key|wandb-key»
ExecStart=/usr/local/bin/wandb agent «C:ml/sweeps|team/proj»/«R:lc8»
Restart=on-failure
""")

N("neg_grafana_ini_file_provider_expansion", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#file-provider", r"""
[database]
type = mysql
host = «C:mysql.example.com|10.3.3.3|db.example.net»:3306
name = grafana
user = grafana
password = $__file{/etc/secrets/«C:grafana_db_password|db_pw|mysql»}
""")

N("neg_otel_basicauth_server_htpasswd_file", "https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/extension/basicauthextension", r"""
extensions:
  basicauth/server:
    htpasswd:
      file: /etc/otelcol/«C:.htpasswd|users.htpasswd|auth.htpasswd»
receivers:
  otlp:
    protocols:
      http:
        endpoint: «C:0.0.0.0|localhost»:«C:4318|4319»
        auth:
          authenticator: basicauth/server
""")

N("neg_pip_conf_keyring_provider_no_userinfo", "https://pip.pypa.io/en/stable/topics/authentication/#keyring-support", r"""
[global]
index-url = https://«C:artifactory|nexus|pypi».example.com/api/pypi/«C:pypi-remote|pypi-virtual|python»/simple
keyring-provider = «C:subprocess|import»
timeout = «C:30|60|120»
""")

N("neg_condarc_plain_channels_no_token", "https://docs.conda.io/projects/conda/en/latest/user-guide/configuration/use-condarc.html", r"""
channel_alias: https://conda.example.com/«C:conda|mirror|channels»
channels:
  - «C:wandb|ml|research»-internal
  - conda-forge
ssl_verify: /etc/pki/tls/certs/«C:ca-bundle.crt|corp-ca.pem»
""")

N("neg_velero_install_secret_file_flag", "https://velero.io/docs/main/contributions/minio/", r"""
velero install \
    --provider aws \
    --plugins velero/velero-plugin-for-aws:v1.«C:8.0|9.1|10.0» \
    --bucket «C:velero|wandb-backup|k8s-backup» \
    --secret-file ./credentials-velero \
    --backup-location-config region=minio,s3ForcePathStyle="true",s3Url=http://minio.velero.svc:9000
""")

N("neg_kubectl_view_secret_multiple_keys_hint", "https://github.com/elsesiy/kubectl-view-secret", r"""
$ kubectl view-secret «C:wandb-mysql|wandb-db|mysql-creds|wandb-mysql-root» -n «C:wandb|default»
Multiple sub keys found. Specify another argument, one of:
-> MYSQL_PASSWORD
-> MYSQL_USER
""")

N("neg_kcadm_get_clients_ids_only", "https://www.keycloak.org/docs/latest/server_admin/#using-the-admin-cli", r"""
$ kcadm.sh get clients -r «C:wandb|ml|corp» --fields id,clientId
[ {
  "id" : "«R:uuid»",
  "clientId" : "«C:wandb|account|reports|grafana|minio»"
} ]
""")

N("neg_mc_alias_list_docs_placeholders", "https://min.io/docs/minio/linux/reference/minio-mc/mc-alias-set.html", r"""
mc alias set ALIAS HOSTNAME ACCESS_KEY SECRET_KEY
# Example: replace the placeholders with the values from `mc admin user svcacct add`
mc alias set «C:myminio|wandb|prod|store|s3» https://«C:minio.example.com|s3.example.net» ACCESSKEY SECRETKEY
""")

N("neg_aws_configure_list_masked_tail", "https://docs.aws.amazon.com/cli/latest/reference/configure/list.html", r"""
      Name                    Value             Type    Location
      ----                    -----             ----    --------
   profile                «C:wandb|default|ml»           manual    --profile
access_key     ****************«R:up4» shared-credentials-file
secret_key     ****************«R:an4» shared-credentials-file
    region                «C:us-east-1|us-west-2»      config-file    ~/.aws/config
""")

N("neg_s3fs_mount_passwd_file_path_only", "https://github.com/s3fs-fuse/s3fs-fuse#examples", r"""
s3fs «C:wandb-files|ml-artifacts|wandb-prod» /mnt/wandb -o passwd_file=/etc/«C:passwd-s3fs|s3fs/passwd» -o url=https://«C:minio.example.com|s3.example.net» -o use_path_request_style -o allow_other
ls -l /etc/«C:passwd-s3fs|s3fs/passwd»
-rw------- 1 root root «C:62|70|81» «C:Jan|Apr|Sep» «C:2|14|27» 10:«R:num2» /etc/«C:passwd-s3fs|s3fs/passwd»
""")

N("neg_keytool_list_fingerprints_no_storepass", "https://docs.oracle.com/en/java/javase/17/docs/specs/man/keytool.html", r"""
Keystore type: PKCS12
Keystore provider: SUN

Your keystore contains 1 entry

«C:wandb|server|tls», «C:Jan|Apr|Sep» «C:2|14|27», 2025, PrivateKeyEntry,
Certificate fingerprint (SHA-256): «R:HX64»
""")

N("neg_mysql_replica_status_no_password", "https://dev.mysql.com/doc/refman/8.0/en/show-replica-status.html", r"""
*************************** 1. row ***************************
             Replica_IO_State: Waiting for source to send event
                  Source_Host: «R:ip»
                  Source_User: «C:repl|replicator|rpl_user»
                  Source_Port: 3306
              Source_Log_File: mysql-bin.«R:num6»
          Read_Source_Log_Pos: «R:num6»
           Replica_IO_Running: Yes
""")

N("neg_htpasswd_prompted_mode_no_arg", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r"""
$ htpasswd -c /etc/nginx/.htpasswd «C:wandb|metrics|grafana|ops|admin»
New password: 
Re-type new password: 
Adding password for user «C:wandb|metrics|grafana|ops|admin»
""")

N("neg_ipynb_source_env_magic_refs_only", "https://ipython.readthedocs.io/en/stable/interactive/magics.html#magic-env", r"""
   "source": [
    "%env WANDB_BASE_URL=https://«R:host»\n",
    "import os, wandb\n",
    "wandb.login(key=os.environ[\"WANDB_API_KEY\"])\n",
    "run = wandb.init(project=\"«C:resnet|llm-eval|sweeps|detector|asr»\")"
   ]
""")

N("neg_vscode_launch_json_envfile_reference", "https://code.visualstudio.com/docs/python/debugging#_envfile", r"""
        {
            "name": "Python: «C:train.py|eval.py|sweep.py»",
            "type": "debugpy",
            "request": "launch",
            "program": "${workspaceFolder}/«C:train.py|eval.py|sweep.py»",
            "envFile": "${workspaceFolder}/.env",
            "env": { "WANDB_MODE": "«C:online|offline|disabled»" }
        }
""")

N("neg_zookeeper_subchart_values_client_auth_existing_secret", HC + "charts/operator-wandb/charts/kafka/charts/zookeeper/values.yaml", r"""
auth:
  client:
    ## @param auth.client.enabled Enable ZooKeeper client-server authentication. It uses SASL/Digest-MD5
    enabled: «C:true|false»
    clientUser: "«C:zkclient|kafka|wandb»"
    ## @param auth.client.clientPassword Password that will use ZooKeeper clients to auth
    clientPassword: ""
    ## Specify them as a string, for example: "pass4user1, pass4user2, pass4admin"
    serverPasswords: ""
    ## @param auth.client.existingSecret Use existing secret (ignores previous passwords)
    existingSecret: "«C:wandb-zookeeper-auth|zk-client-secret|kafka-zk-creds»"
""")

N("neg_etcd_subchart_values_jwt_token_private_key_file", HC + "charts/operator-wandb/charts/etcd/values.yaml", r"""
  token:
    ## @param auth.token.enabled Enables token authentication
    enabled: true
    type: jwt
    privateKey:
      filename: «C:jwt-token.pem|etcd-jwt.pem|signing.pem»
      existingSecret: "«C:|wandb-etcd-jwt|etcd-jwt-key»"
    signMethod: «C:RS256|RS384|RS512»
    ttl: «C:10m|5m|30m»
""")

N("neg_docker_node_ls_ids_table", "https://docs.docker.com/reference/cli/docker/node/ls/", r"""
$ docker node ls
ID                            HOSTNAME   STATUS    AVAILABILITY   MANAGER STATUS   ENGINE VERSION
«R:lc25» *   «C:node-1|mgr-01|swarm-a»     Ready     Active         Leader           2«C:4.0.7|5.0.3|6.1.1»
«R:lc25»     «C:node-2|wrk-01|swarm-b»     Ready     Active                          2«C:4.0.7|5.0.3|6.1.1»
""")

N("neg_pmm_admin_list_services_table", "https://docs.percona.com/percona-monitoring-and-management/use/commands/pmm-admin.html", r"""
$ pmm-admin list
Service type        Service name              Address and port        Service ID
MySQL               «C:wandb-mysql|mysql-prod»               «R:ip»:3306        /service_id/«R:uuid@sid»

Agent type                    Status           Metrics Mode        Agent ID                                              Service ID
mysqld_exporter               Running          push                /agent_id/«R:uuid»  /service_id/«=sid»
""")

# =====================================================================
# shapes that repeat an existing kind (same tool and same trick) under a new
# name; judged by hand against the shape-name list (see README)
# =====================================================================
NEW_KIND_POS = {
    "fossology_scheduler_connection_string_fatal",
    "repmgr_warning_attempted_to_connect_using_conninfo",
    "npgsql_31_stdout_password_debug_line",
    "gha_build_push_action_build_args_literal_token",
    "aws_ecr_get_login_v1_printed_docker_login",
    "bufstream_yaml_secret_access_key_string_datasource",
    "flux_bootstrap_git_token_auth_password_flag",
    "quarkus_properties_oidc_credentials_secret_and_datasource",
    "quarkus_yaml_prod_profile_datasource_password",
    "dotnet_user_secrets_set_success_echo",
    "gcs_xml_create_access_key_response",
    "oauth2_proxy_alpha_config_provider_client_secret",
    "grafana_ini_database_password_triple_quoted",
    "pgpass_password_with_escaped_colon",
    "mysql57_master_info_file_positional_lines",
    "helm_repositories_yaml_entry_password_field",
    "terraform_backend_s3_block_static_keys",
    "redis_conf_after_config_rewrite_quoted_values",
    "mysqlbinlog_read_from_remote_server_password",
    "kubectl_describe_secret_service_account_token_clear",
    "zookeeper_subchart_values_auth_client_passwords_list",
    "zookeeper_subchart_values_auth_quorum_learner_password",
    "etcd_subchart_values_auth_rbac_root_password",
    "mysql_secret_file_random_root_password_comment",
    "pmm_admin_add_mysql_password_flag",
    "gsutil_top_level_o_boto_credentials_override",
    "zkcli_addauth_digest_user_password",
    "mc_ilm_tier_add_s3_secret_key_flag",
    "kustomize_edit_add_secret_from_literal",
    "docker_swarm_join_token_worker_printed_command",
    "tf_token_env_var_host_encoded_name",
    "argocd_secret_webhook_github_secret_stringdata",
    "kcadm_set_password_new_password_flag",
}
NEW_KIND_NEG = {
    "neg_tailormap_jdbc_datastore_params_passwd_stars",
    "neg_mysql_general_log_rewritten_secret_placeholder",
    "neg_mysqld_initialize_insecure_empty_password_warning",
    "neg_mysqlsh_session_banner_no_password",
    "neg_xtrabackup_recognized_args_password_starred",
    "neg_gcloud_storage_hmac_describe_no_secret",
    "neg_kubectl_config_view_minify_redacted",
    "neg_argocd_repo_list_table",
    "neg_bufstream_yaml_secret_access_key_path_datasource",
    "neg_keycloak_startup_log_listening",
    "neg_quarkus_properties_env_expressions",
    "neg_dotnet_user_secrets_init_id",
    "neg_makefile_password_from_secret_file",
    "neg_containerd_config_path_hosts_dir_only",
    "neg_k3s_registries_yaml_mirror_tls_only",
    "neg_helm_repositories_yaml_no_credentials",
    "neg_gcloud_sql_users_list_table",
    "neg_az_ad_app_credential_list_hint",
    "neg_gcloud_secrets_versions_list_table",
    "neg_haproxy_set_header_from_env_fetch",
    "neg_traefik_cf_token_file_variant",
    "neg_grafana_ini_file_provider_expansion",
    "neg_otel_basicauth_server_htpasswd_file",
    "neg_pip_conf_keyring_provider_no_userinfo",
    "neg_condarc_plain_channels_no_token",
    "neg_velero_install_secret_file_flag",
    "neg_kubectl_view_secret_multiple_keys_hint",
    "neg_kcadm_get_clients_ids_only",
    "neg_s3fs_mount_passwd_file_path_only",
    "neg_keytool_list_fingerprints_no_storepass",
    "neg_zookeeper_subchart_values_client_auth_existing_secret",
    "neg_etcd_subchart_values_jwt_token_private_key_file",
    "neg_docker_node_ls_ids_table",
    "neg_pmm_admin_list_services_table",
}
SAME_KIND_POS = {n for n, _ in POS} - NEW_KIND_POS
SAME_KIND_NEG = {n for n, _ in NEG} - NEW_KIND_NEG


# =====================================================================
# generation and self-check
# =====================================================================
def six_ok(lines, secrets):
    text = "\n".join(lines)
    rem = text
    for s in sorted(secrets, key=len, reverse=True):
        rem = rem.replace(s, "\x00")
    for s in secrets:
        for i in range(len(s) - 5):
            if s[i:i + 6] in rem:
                return False
    return True


def pos_ok(lines, secrets, seen):
    text = "\n".join(lines)
    if not (1 <= len(lines) <= 12) or "«" in text or "»" in text:
        return False
    if not secrets or len(set(secrets)) != len(secrets):
        return False
    for s in secrets:
        if len(s) < 8 or s not in text or s in seen:
            return False
    return six_ok(lines, secrets)


def build():
    rng = random.Random(SEED)
    pos, neg = [], []
    seen = set()
    for name, tpl in POS:
        for _ in range(3):
            for _attempt in range(500):
                ctx = Ctx(rng)
                lines = render(tpl, ctx)
                if pos_ok(lines, ctx.secrets, seen):
                    break
            else:
                raise SystemExit("cannot draw a valid record for " + name)
            seen.update(ctx.secrets)
            pos.append({"shape": name, "lines": lines, "secrets": list(ctx.secrets)})
    seen_neg = set()
    for name, tpl in NEG:
        for _ in range(5):
            for _attempt in range(500):
                ctx = Ctx(rng)
                lines = render(tpl, ctx)
                key = "\n".join(lines)
                if ctx.secrets:
                    raise SystemExit("secret placeholder in negative " + name)
                if 1 <= len(lines) <= 12 and key not in seen_neg and "«" not in key:
                    break
            else:
                raise SystemExit("cannot draw distinct negatives for " + name)
            seen_neg.add(key)
            neg.append({"shape": name, "lines": lines})
    return pos, neg


def write(path, recs):
    with open(path, "wb") as f:
        for r in recs:
            f.write((json.dumps(r, ensure_ascii=False) + "\n").encode("utf-8"))


def main():
    names = [n for n, _ in POS] + [n for n, _ in NEG]
    assert len(names) == len(set(names)), "duplicate shape name"
    assert set(SOURCES) == set(names)
    assert NEW_KIND_POS <= {n for n, _ in POS} and NEW_KIND_NEG <= {n for n, _ in NEG}
    pos, neg = build()
    write(os.path.join(HERE, "positives.jsonl"), pos)
    write(os.path.join(HERE, "negatives.jsonl"), neg)
    print(f"positives: {len(pos)} records, {len(POS)} shapes, "
          f"{sum(len(r['secrets']) for r in pos)} secrets")
    print(f"negatives: {len(neg)} records, {len(NEG)} shapes")
    print(f"new kinds: {len(NEW_KIND_POS)} positive, {len(NEW_KIND_NEG)} negative")


if __name__ == "__main__":
    main()
