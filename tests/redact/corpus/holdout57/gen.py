#!/usr/bin/env python3
"""holdout57: sealed held-out set for the wbdiag secret redactor.

Focus: infrastructure-as-code, cloud CLI, Kubernetes / Helm / GitOps and CI
material around a self-hosted W&B Server deployment.
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

SEED = 5757_1206
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
    if kind.startswith("jwt"):   # JWT payload + "." + signature (header written literally)
        n = int(kind[3:])
        return "eyJ" + "".join(rng.choice(B64U) for _ in range(n)) + "." + "".join(rng.choice(B64U) for _ in range(86))
    if kind == "azcs":   # Entra ID client secret: 3 chars, '8Q~', 34 chars
        return "".join(rng.choice(AN) for _ in range(3)) + "8Q~" + "".join(rng.choice(AN + "~._-") for _ in range(33)) + rng.choice(AN)
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
        if k == "TGH":   # GitHub Actions log prefix, 7 fraction digits
            return time.strftime("%Y-%m-%dT%H:%M:%S", g) + ".%03d%04dZ" % (ms, rng.randint(0, 9999))
        if k == "TZ":    # RFC 3339 seconds
            return time.strftime("%Y-%m-%dT%H:%M:%SZ", g)
        if k == "TK":    # klog / controller-runtime
            return time.strftime("%m%d %H:%M:%S", g) + ".%03d%03d" % (ms, rng.randint(0, 999))
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
        if body in ("T", "TL", "TG", "TE", "TS", "TGH", "TZ", "TK"):
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


MACROS = {}


def _mac(tpl):
    for k, v in MACROS.items():
        tpl = tpl.replace("\u27e6" + k + "\u27e7", v)
    return tpl


def P(name, src, tpl, new=False):
    POS.append((name, src, new, _mac(tpl.strip("\n"))))


def N(name, src, tpl, new=False):
    NEG.append((name, src, new, _mac(tpl.strip("\n"))))


# ---------------------------------------------------------------- sources
TF_STATE = "https://developer.hashicorp.com/terraform/language/state"
TF_SHOW_JSON = "https://developer.hashicorp.com/terraform/internals/json-format"
TF_PLAN = "https://developer.hashicorp.com/terraform/cli/commands/plan"
TF_VARS = "https://developer.hashicorp.com/terraform/language/values/variables"
TF_ENV = "https://developer.hashicorp.com/terraform/cli/config/environment-variables"
TF_AWS_WANDB = "https://github.com/wandb/terraform-aws-wandb"
TF_GCP_WANDB = "https://github.com/wandb/terraform-google-wandb"
TF_AZ_WANDB = "https://github.com/wandb/terraform-azurerm-wandb"
TFP_AWS = "https://registry.terraform.io/providers/hashicorp/aws/latest/docs"
TFP_GOOGLE = "https://registry.terraform.io/providers/hashicorp/google/latest/docs"
TFP_AZURERM = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs"
TFP_AZUREAD = "https://registry.terraform.io/providers/hashicorp/azuread/latest/docs"
TFP_TLS = "https://registry.terraform.io/providers/hashicorp/tls/latest/docs/resources/private_key"
TFP_RANDOM = "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password"
TFP_K8S = "https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs"
TFP_HELM = "https://registry.terraform.io/providers/hashicorp/helm/latest/docs/resources/release"
TFP_TFE = "https://registry.terraform.io/providers/hashicorp/tfe/latest/docs/resources/variable"
AWS_CLI = "https://awscli.amazonaws.com/v2/documentation/api/latest/reference/index.html"
AWS_OUT = "https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-output-format.html"
AWS_SM = "https://awscli.amazonaws.com/v2/documentation/api/latest/reference/secretsmanager/get-secret-value.html"
AWS_KMS = "https://awscli.amazonaws.com/v2/documentation/api/latest/reference/kms/generate-data-key.html"
AWS_RDS = "https://awscli.amazonaws.com/v2/documentation/api/latest/reference/rds/index.html"
AWS_ECR = "https://awscli.amazonaws.com/v2/documentation/api/latest/reference/ecr/get-authorization-token.html"
AWS_EC = "https://awscli.amazonaws.com/v2/documentation/api/latest/reference/elasticache/index.html"
AWS_IAM = "https://awscli.amazonaws.com/v2/documentation/api/latest/reference/iam/index.html"
AWS_SSM = "https://awscli.amazonaws.com/v2/documentation/api/latest/reference/ssm/get-parameters.html"
AWS_ECS = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html"
AWS_LAMBDA = "https://awscli.amazonaws.com/v2/documentation/api/latest/reference/lambda/get-function-configuration.html"
GCLOUD = "https://cloud.google.com/sdk/gcloud/reference"
GCLOUD_FMT = "https://cloud.google.com/sdk/gcloud/reference/topic/formats"
GCLOUD_SQL = "https://cloud.google.com/sdk/gcloud/reference/sql/users/set-password"
GCLOUD_SM = "https://cloud.google.com/sdk/gcloud/reference/secrets/versions/access"
GCP_KCC = "https://cloud.google.com/config-connector/docs/reference/resource-docs/sql/sqluser"
GCP_SAKEY = "https://cloud.google.com/iam/docs/keys-create-delete"
AZ_CLI = "https://learn.microsoft.com/en-us/cli/azure/reference-index"
AZ_OUT = "https://learn.microsoft.com/en-us/cli/azure/format-output-azure-cli"
AZ_KV = "https://learn.microsoft.com/en-us/cli/azure/keyvault/secret"
AZ_MYSQL = "https://learn.microsoft.com/en-us/cli/azure/mysql/flexible-server"
AZ_STORAGE = "https://learn.microsoft.com/en-us/cli/azure/storage/account"
AZ_AKS = "https://learn.microsoft.com/en-us/cli/azure/aks"
AZ_SP = "https://learn.microsoft.com/en-us/cli/azure/ad/sp/credential"
AZ_REDIS = "https://learn.microsoft.com/en-us/cli/azure/redis"
K8S_SECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"
K8S_KUBECTL = "https://kubernetes.io/docs/reference/kubectl/"
K8S_JSONPATH = "https://kubernetes.io/docs/reference/kubectl/jsonpath/"
K8S_KUBECONFIG = "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/"
HELM_GET = "https://helm.sh/docs/helm/helm_get_values/"
HELM_MANIFEST = "https://helm.sh/docs/helm/helm_get_manifest/"
HELM_INSTALL = "https://helm.sh/docs/helm/helm_upgrade/"
WANDB_OPERATOR = "https://docs.wandb.ai/guides/hosting/operator"
WANDB_CHARTS = "https://github.com/wandb/helm-charts"
WANDB_ENV = "https://docs.wandb.ai/guides/hosting/env-vars"
ARGO_APP = "https://argo-cd.readthedocs.io/en/stable/user-guide/helm/"
ARGO_CLI = "https://argo-cd.readthedocs.io/en/stable/user-guide/commands/argocd_app_get/"
FLUX_HR = "https://fluxcd.io/flux/components/helm/helmreleases/"
FLUX_KS = "https://fluxcd.io/flux/components/kustomize/kustomizations/#post-build-variable-substitution"
FLUX_SRC = "https://fluxcd.io/flux/components/source/helmrepositories/"
GHA_LOG = "https://docs.github.com/en/actions/monitoring-and-troubleshooting-workflows/using-workflow-run-logs"
GHA_CMDS = "https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions"
GL_CI = "https://docs.gitlab.com/ee/ci/variables/"
GL_DEBUG = "https://docs.gitlab.com/ee/ci/variables/index.html#enable-debug-logging"
DOCKER_INSPECT = "https://docs.docker.com/reference/cli/docker/inspect/"
COMPOSE_CONFIG = "https://docs.docker.com/reference/cli/docker/compose/config/"
ESO = "https://external-secrets.io/latest/api/externalsecret/"
CSI_SSS = "https://secrets-store-csi-driver.sigs.k8s.io/"
TG = "https://terragrunt.gruntwork.io/docs/reference/config-blocks-and-attributes/"
ATLANTIS = "https://www.runatlantis.io/docs/server-configuration.html"

MACROS["LIC"] = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.«!jwt150:lic»"
MACROS["AWSK"] = "AKIA«uc16:akid»"
MACROS["ACCT"] = "«dig12:acct»"

# ================================================================ positives
# ---- terraform state (terraform state pull / .tfstate JSON)
P("tfstate_pull_secretsmanager_secret_version_secret_string_escaped_json", TFP_AWS, """
    {
      "mode": "managed",
      "type": "aws_secretsmanager_secret_version",
      "name": "wandb_mysql",
      "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "arn": "arn:aws:secretsmanager:«@us-east-1|eu-west-1|us-west-2»:⟦ACCT⟧:secret:«@wandb|wb-prod|wandb-server»-mysql-«an6:sfx»",
            "secret_string": "{\\"username\\":\\"wandb\\",\\"password\\":\\"«!pw24:p»\\",\\"host\\":\\"«@wandb|wb»-aurora.cluster-«lc12:c».«@us-east-1|eu-west-1».rds.amazonaws.com\\"}",
            "version_id": "«uuid:v»",
""")
P("tfstate_google_secret_manager_secret_version_secret_data_license", TFP_GOOGLE, """
        {
          "schema_version": 0,
          "attributes": {
            "enabled": true,
            "id": "projects/«dig12:pn»/secrets/wandb-license/versions/«@1|2|3»",
            "is_secret_data_base64": false,
            "name": "projects/«dig12:pn»/secrets/wandb-license/versions/«@1|2|3»",
            "secret": "projects/«@wandb-prod|ml-platform|wb-infra»-«dig6:p»/secrets/wandb-license",
            "secret_data": "⟦LIC⟧",
            "version": "«@1|2|3»"
          },
          "sensitive_attributes": [[{"type": "get_attr", "value": "secret_data"}]]
""")
P("tfstate_azurerm_key_vault_secret_value_mysql_admin", TFP_AZURERM, """
          "attributes": {
            "content_type": "",
            "expiration_date": null,
            "id": "https://«@wandb|wbprod|wandbkv»-kv-«lc5:k».vault.azure.net/secrets/mysql-admin-password/«hex32:ver»",
            "key_vault_id": "/subscriptions/«uuid:sub»/resourceGroups/wandb-rg/providers/Microsoft.KeyVault/vaults/«@wandb|wbprod|wandbkv»-kv-«lc5:k»",
            "name": "mysql-admin-password",
            "resource_versionless_id": "https://«@wandb|wbprod|wandbkv»-kv-«lc5:k».vault.azure.net/secrets/mysql-admin-password",
            "value": "«!pw22:p»",
            "version": "«hex32:ver»",
""")
P("tfstate_azurerm_mysql_flexible_server_administrator_password", TFP_AZURERM, """
          "attributes": {
            "administrator_login": "wandb",
            "administrator_password": "«!pw20:p»",
            "administrator_password_wo": null,
            "backup_retention_days": 7,
            "fqdn": "«@wandb|wbprod»-mysql-«lc6:s».mysql.database.azure.com",
            "id": "/subscriptions/«uuid:sub»/resourceGroups/wandb-rg/providers/Microsoft.DBforMySQL/flexibleServers/«@wandb|wbprod»-mysql-«lc6:s»",
            "sku_name": "GP_Standard_D4ds_v4",
            "version": "8.0.21",
""")
P("tfstate_aws_elasticache_replication_group_auth_token", TFP_AWS, """
            "at_rest_encryption_enabled": true,
            "auth_token": "«!an48:t»",
            "auth_token_update_strategy": "ROTATE",
            "auto_minor_version_upgrade": "true",
            "automatic_failover_enabled": false,
            "cluster_enabled": false,
            "configuration_endpoint_address": null,
            "description": "W&B Redis",
            "engine": "redis",
            "primary_endpoint_address": "master.«@wandb|wb»-redis.«lc6:r».use1.cache.amazonaws.com",
""")
P("tfstate_tls_private_key_pem_escaped_newlines", TFP_TLS, """
        {
          "schema_version": 1,
          "attributes": {
            "algorithm": "RSA",
            "ecdsa_curve": "P224",
            "id": "«hex40:id»",
            "private_key_openssh": "-----BEGIN OPENSSH PRIVATE KEY-----\\n«!b64s70:o1»\\n«!b64s70:o2»\\n-----END OPENSSH PRIVATE KEY-----\\n",
            "private_key_pem": "-----BEGIN RSA PRIVATE KEY-----\\n«!b64s64:k1»\\n«!b64s64:k2»\\n«!b64s64:k3»\\n-----END RSA PRIVATE KEY-----\\n",
            "public_key_fingerprint_md5": "«hex2:a»:«hex2:b»:«hex2:c»:«hex2:d»:«hex2:e»:«hex2:f»:«hex2:g»:«hex2:h»:«hex2:i»:«hex2:j»:«hex2:k»:«hex2:l»:«hex2:m»:«hex2:n»:«hex2:o»:«hex2:q»",
            "rsa_bits": 4096
""")
P("tfstate_google_service_account_key_private_key_base64_attr", TFP_GOOGLE, """
          "attributes": {
            "id": "projects/«@wandb-prod|ml-platform»-«dig6:p»/serviceAccounts/wandb-gcs@«@wandb-prod|ml-platform»-«dig6:p».iam.gserviceaccount.com/keys/«hex40:kid»",
            "key_algorithm": "KEY_ALG_RSA_2048",
            "name": "projects/«@wandb-prod|ml-platform»-«dig6:p»/serviceAccounts/wandb-gcs@«@wandb-prod|ml-platform»-«dig6:p».iam.gserviceaccount.com/keys/«hex40:kid»",
            "private_key": "ewogICJ0eXBlIjogInNlcnZpY2VfYWNjb3VudCIsCi«!b64s120:pk»",
            "private_key_type": "TYPE_GOOGLE_CREDENTIALS_FILE",
            "public_key_type": "TYPE_X509_PEM_FILE",
            "service_account_id": "wandb-gcs@«@wandb-prod|ml-platform»-«dig6:p».iam.gserviceaccount.com",
""")
P("tfstate_random_password_bcrypt_hash_and_result", TFP_RANDOM, """
          "attributes": {
            "bcrypt_hash": "$2a$10$«!bc53:h»",
            "id": "none",
            "keepers": null,
            "length": 32,
            "lower": true,
            "min_lower": 0,
            "override_special": "!#%&*()-_=+[]{}<>:?",
            "result": "«!pw32:r»",
""")
P("tfstate_azuread_application_password_value", TFP_AZUREAD, """
          "attributes": {
            "application_id": "/applications/«uuid:obj»",
            "display_name": "wandb-oidc",
            "end_date": "«TZ»",
            "id": "«uuid:obj»/password/«uuid:kid»",
            "key_id": "«uuid:kid»",
            "value": "«!azcs:v»"
          },
          "sensitive_attributes": [[{"type": "get_attr", "value": "value"}]]
""")
P("tfstate_azurerm_storage_account_sas_data_source_sas", TFP_AZURERM, """
    {
      "mode": "data",
      "type": "azurerm_storage_account_sas",
      "name": "wandb",
      "instances": [
        {
          "attributes": {
            "connection_string": "DefaultEndpointsProtocol=https;AccountName=«@wandbprod|wbstore»«lc6:a»;AccountKey=«!b64s86:key»==;EndpointSuffix=core.windows.net",
            "expiry": "«TZ»",
            "sas": "?sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=«TZ»&st=«TZ»&spr=https&sig=«!b64s43:sig|pct»%3D",
""")
P("tfstate_google_sql_ssl_cert_private_key_in_instances", TFP_GOOGLE, """
          "attributes": {
            "cert_serial_number": "«dig10:sn»",
            "common_name": "wandb-client",
            "instance": "wandb-«lc8:i»",
            "private_key": "-----BEGIN RSA PRIVATE KEY-----\\n«!b64s64:a»\\n«!b64s64:b»\\n-----END RSA PRIVATE KEY-----\\n",
            "sha1_fingerprint": "«hex40:fp»",
""")
P("tfstate_aws_db_instance_password_with_master_user_secret_empty", TFP_AWS, """
            "manage_master_user_password": null,
            "master_user_secret": [],
            "multi_az": true,
            "name": null,
            "network_type": "IPV4",
            "option_group_name": "default:mysql-8-0",
            "parameter_group_name": "«@wandb|wbprod»-mysql80",
            "password": "«!pw28:p»",
            "password_wo": null,
            "performance_insights_enabled": true,
""")
P("tfstate_helm_release_set_sensitive_list_object", TFP_HELM, """
            "set_sensitive": [
              {
                "name": "global.mysql.password",
                "type": "",
                "value": "«!pw26:p»"
              },
              {
                "name": "global.license",
                "type": "string",
                "value": "⟦LIC⟧"
              }
            ],
""")
P("tfstate_kubernetes_secret_v1_binary_data_base64", TFP_K8S, """
          "attributes": {
            "binary_data": {
              "gcs-key.json": "ewogICJ0eXBlIjogInNlcnZpY2VfYWNjb3VudCIs«!b64s96:j»"
            },
            "data": {},
            "id": "wandb/wandb-gcs-credentials",
            "immutable": false,
            "type": "Opaque",
""")
P("tfstate_tfe_variable_sensitive_false_value_license", TFP_TFE, """
          "attributes": {
            "category": "terraform",
            "description": "W&B license",
            "hcl": false,
            "id": "var-«an16:id»",
            "key": "wandb_license",
            "readable_value": "⟦LIC⟧",
            "sensitive": false,
            "value": "⟦LIC⟧",
            "workspace_id": "ws-«an16:ws»"
""")
# ---- terraform plan / apply human output
P("tf_plan_aws_lambda_environment_variables_block_db_password", TFP_AWS, """
  # aws_lambda_function.wandb_db_rotate will be updated in-place
  ~ resource "aws_lambda_function" "wandb_db_rotate" {
        id                             = "wandb-db-rotate"
        # (26 unchanged attributes hidden)

      ~ environment {
          ~ variables = {
              ~ "MYSQL_PASSWORD" = "«!pw20:old»" -> "«!pw20:new»"
                "MYSQL_USER"     = "wandb"
            }
        }
""")
P("tf_plan_aws_ecs_task_definition_container_definitions_jsonencode", TFP_AWS, """
  + resource "aws_ecs_task_definition" "wandb" {
      + container_definitions    = jsonencode(
            [
              + {
                  + environment = [
                      + {
                          + name  = "LICENSE"
                          + value = "⟦LIC⟧"
                        },
                    ]
""")
P("tf_plan_azurerm_container_group_environment_variables_map", TFP_AZURERM, """
      + container {
          + commands                     = (known after apply)
          + cpu                          = 2
          + environment_variables        = {
              + "BUCKET"          = "az://«@wandbprod|wbstore»«lc6:a»/wandb"
              + "MYSQL"           = "mysql://wandb:«!pw22:p»@«@wandb|wbprod»-mysql.mysql.database.azure.com/wandb_local"
            }
          + image                        = "wandb/local:0.«dig2:v».0"
          + secure_environment_variables = (sensitive value)
""")
P("tf_plan_google_cloud_run_v2_env_value_plain", TFP_GOOGLE, """
              + env {
                  + name  = "GORILLA_LICENSE"
                  + value = "⟦LIC⟧"
                }
              + env {
                  + name  = "MYSQL"
                  + value = "mysql://wandb:«!pw24:p»@10.«dig2:a».0.3:3306/wandb_local"
                }
""")
P("tf_apply_output_changes_outputs_redis_connection_string_plain", TF_PLAN, """
Changes to Outputs:
  + bucket_name       = "«@wandb|wbprod»-bucket-«lc8:b»"
  + redis_connection  = "redis://:«!an40:t»@master.«@wandb|wb»-redis.«lc6:r».use1.cache.amazonaws.com:6379?tls=true"
  + url               = "https://«@wandb|ml|wb».example.com"

Do you want to perform these actions?
""")
P("tf_plan_helm_release_values_list_yamlencode_mysql", TFP_HELM, """
      ~ values                     = [
          - <<-EOT
                global:
                  mysql:
                    password: «!pw18:old»
            EOT,
          + <<-EOT
                global:
                  mysql:
                    password: «!pw18:new»
            EOT,
        ]
""")
P("tf_plan_kubernetes_manifest_wandb_cr_object_values_license", TFP_K8S, """
  + resource "kubernetes_manifest" "wandb" {
      + manifest = {
          + apiVersion = "apps.wandb.com/v1"
          + kind       = "WeightsAndBiases"
          + spec       = {
              + values = {
                  + global = {
                      + license = "⟦LIC⟧"
                    }
""")
P("tf_plan_aws_instance_user_data_replacement_heredoc_env", TFP_AWS, """
      ~ user_data                            = <<-EOT # forces replacement
            #!/bin/bash
            docker run -d --restart always -p 8080:8080 \\
          -   -e MYSQL=mysql://wandb:«!pw20:old»@«@wandb|wb»-db.«lc12:c».us-east-1.rds.amazonaws.com/wandb_local \\
          +   -e MYSQL=mysql://wandb:«!pw20:new»@«@wandb|wb»-db.«lc12:c».us-east-1.rds.amazonaws.com/wandb_local \\
              wandb/local
        EOT
""")
P("tf_apply_local_exec_provisioner_output_kubectl_create_secret", TFP_K8S, """
null_resource.wandb_secret: Provisioning with 'local-exec'...
null_resource.wandb_secret (local-exec): Executing: ["/bin/sh" "-c" "kubectl -n wandb create secret generic wandb-bucket --from-literal=ACCESS_KEY=⟦AWSK⟧ --from-literal=SECRET_KEY=«!b64s40:sk»"]
null_resource.wandb_secret (local-exec): secret/wandb-bucket created
null_resource.wandb_secret: Creation complete after 1s [id=«dig19:id»]
""")
P("tf_error_diagnostic_invalid_value_for_variable_shows_value", TF_VARS, """
╷
│ Error: Invalid value for variable
│
│   on terraform.tfvars line «dig2:l»:
│   «dig2:l»: database_master_password = "«!pw14:p»"
│     ├────────────────
│     │ var.database_master_password is "«!pw14:p»"
│
│ Password must be at least 16 characters.
""")
P("tf_console_output_sensitive_nonsensitive_secret_string_jsondecode", TF_STATE, """
> jsondecode(nonsensitive(data.aws_secretsmanager_secret_version.wandb.secret_string))
{
  "password" = "«!pw24:p»"
  "username" = "wandb_admin"
}
> 
""")
# ---- tfvars / terragrunt / env
P("tfvars_aws_wandb_bucket_kms_plus_smtp_other_wandb_env", TF_AWS_WANDB, """
namespace     = "«@wandb|wbprod|ml»"
domain_name   = "example.com"
subdomain     = "«@wandb|wb|ml»"
bucket_kms_key_arn = "arn:aws:kms:us-east-1:⟦ACCT⟧:key/«uuid:k»"
other_wandb_env = {
  "GORILLA_EMAIL_SINK" = "smtp://wandb-mailer:«!pw20:s»@email-smtp.us-east-1.amazonaws.com:587"
}
""")
P("tfvars_gcp_wandb_oidc_secret_and_bucket_hmac", TF_GCP_WANDB, """
project_id  = "«@wandb-prod|ml-platform»-«dig6:p»"
region      = "us-central1"
namespace   = "wandb"
oidc_issuer = "https://accounts.google.com"
oidc_client_id = "«dig12:c»-«lc32:cc».apps.googleusercontent.com"
oidc_secret = "GOCSPX-«!b64u28:gs»"
""")
P("tfvars_azure_wandb_ssl_cert_pfx_password", TF_AZ_WANDB, """
namespace         = "«@wandb|wbprod»"
location          = "westeurope"
domain_name       = "example.com"
ssl_certificate_path     = "./certs/wandb.pfx"
ssl_certificate_password = "«!pw18:p»"
create_redis      = true
""")
P("terragrunt_hcl_inputs_block_license_and_db", TG, """
inputs = {
  namespace         = "wandb-${local.env}"
  license           = "⟦LIC⟧"
  database_instance_class = "db.r6g.large"
  database_master_password = "«!pw22:p»"
}
""")
P("terragrunt_remote_state_s3_config_access_keys", TG, """
remote_state {
  backend = "s3"
  config = {
    bucket     = "«@wandb|wbprod»-tfstate-⟦ACCT⟧"
    key        = "${path_relative_to_include()}/terraform.tfstate"
    region     = "us-east-1"
    access_key = "⟦AWSK⟧"
    secret_key = "«!b64s40:sk»"
  }
}
""")
P("tf_cli_args_apply_env_var_license", TF_ENV, """
$ export TF_CLI_ARGS_apply="-var=license=⟦LIC⟧ -parallelism=4"
$ terraform apply
""")
P("tf_http_backend_password_env_export", TF_ENV, """
export TF_HTTP_ADDRESS="https://gitlab.example.com/api/v4/projects/«dig4:p»/terraform/state/wandb"
export TF_HTTP_USERNAME="«@deploy-bot|ci|ops»"
export TF_HTTP_PASSWORD="glpat-«!b64u20:g»"
terraform init -reconfigure
""")
P("atlantis_yaml_repo_env_bucket_secret_literal", ATLANTIS, """
workflows:
  wandb:
    plan:
      steps:
      - env:
          name: TF_VAR_bucket_secret_key
          value: «!b64s40:sk»
      - init
      - plan
""")
P("tfvars_json_nested_redis_and_oidc_objects", TF_VARS, """
{
  "namespace": "«@wandb|wbprod»",
  "redis": {"host": "10.«dig2:a».1.4", "port": 6379, "password": "«!an32:rp»"},
  "oidc": {"client_id": "«uuid:c»", "secret": "«!azcs:os»", "issuer": "https://login.microsoftonline.com/«uuid:t»/v2.0"}
}
""")
# ---- AWS CLI
P("aws_secretsmanager_get_secret_value_output_yaml_secretstring", AWS_OUT, """
$ aws secretsmanager get-secret-value --secret-id «@wandb|wb-prod»/mysql --output yaml
ARN: arn:aws:secretsmanager:us-east-1:⟦ACCT⟧:secret:«@wandb|wb-prod»/mysql-«an6:s»
CreatedDate: '«TZ»'
Name: «@wandb|wb-prod»/mysql
SecretString: '{"username":"wandb","password":"«!pw24:p»","engine":"mysql","port":3306}'
VersionId: «uuid:v»
VersionStages:
- AWSCURRENT
""")
P("aws_kms_generate_data_key_json_plaintext_field", AWS_KMS, """
{
    "CiphertextBlob": "AQIDAHh«b64s160:cb»",
    "Plaintext": "«!b64s43:pt»=",
    "KeyId": "arn:aws:kms:us-east-1:⟦ACCT⟧:key/«uuid:k»"
}
""")
P("aws_rds_generate_db_auth_token_text_mysql_cli_line", AWS_RDS, """
$ TOKEN="$(aws rds generate-db-auth-token --hostname «@wandb|wb»-db.«lc12:c».us-east-1.rds.amazonaws.com --port 3306 --region us-east-1 --username wandb_iam)"
$ echo $TOKEN
«@wandb|wb»-db.«lc12:c».us-east-1.rds.amazonaws.com:3306/?Action=connect&DBUser=wandb_iam&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA«uc16:a»%2F«ymd:d»%2Fus-east-1%2Frds-db%2Faws4_request&X-Amz-Date=«ymd:d»T«hms:t»Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Security-Token=IQoJb3JpZ2luX2Vj«!b64s180:st|pct»&X-Amz-Signature=«!hex64:sig»
""")
P("aws_ecr_get_authorization_token_json_authorizationtoken", AWS_ECR, """
{
    "authorizationData": [
        {
            "authorizationToken": "«!b64u200:tok|basic:AWS»",
            "expiresAt": "«TZ»",
            "proxyEndpoint": "https://⟦ACCT⟧.dkr.ecr.us-east-1.amazonaws.com"
        }
    ]
}
""")
P("aws_elasticache_create_user_passwords_flag_history", AWS_EC, """
  512  aws elasticache create-user --user-id wandb-app --user-name wandb --engine redis \\
         --passwords "«!an36:p»" --access-string "on ~* +@all"
  513  aws elasticache modify-user-group --user-group-id wandb-users --user-ids-to-add wandb-app
""")
P("aws_iam_create_login_profile_password_and_response", AWS_IAM, """
$ aws iam create-login-profile --user-name wandb-breakglass --password '«!pw18:p»' --password-reset-required
{
    "LoginProfile": {
        "UserName": "wandb-breakglass",
        "CreateDate": "«TZ»",
        "PasswordResetRequired": true
    }
}
""")
P("aws_ssm_get_parameters_with_decryption_table", AWS_SSM, """
-----------------------------------------------------------------------------------------------
|                                        GetParameters                                        |
+---------------------------------------------------------------------------------------------+
||                                        Parameters                                         ||
|+-------------------+----------------------------------+--------------+---------+-----------+|
||  DataType         | Name                             |    Type      | Value   | Version   ||
|+-------------------+----------------------------------+--------------+---------+-----------+|
||  text             |  /wandb/prod/mysql_password      |  SecureString|  «!pw20:p»  |  «@2|3|4» ||
|+-------------------+----------------------------------+--------------+---------+-----------+|
""")
P("aws_lambda_get_function_configuration_environment_variables", AWS_LAMBDA, """
    "Environment": {
        "Variables": {
            "WANDB_BASE_URL": "https://«@wandb|wb».example.com",
            "WANDB_API_KEY": "local-«!hex40:k»",
            "SLACK_CHANNEL": "#ml-alerts"
        }
    },
""")
P("aws_ecs_describe_task_definition_environment_name_value_pairs", AWS_ECS, """
                "environment": [
                    {
                        "name": "MYSQL",
                        "value": "mysql://wandb:«!pw22:p»@«@wandb|wb»-aurora.cluster-«lc12:c».us-east-1.rds.amazonaws.com/wandb_local"
                    },
                    {
                        "name": "BUCKET",
                        "value": "s3://«@wandb|wbprod»-bucket-«lc8:b»"
                    }
                ],
""")
P("aws_rds_modify_db_cluster_cli_input_yaml_file", AWS_RDS, """
$ cat modify-cluster.yaml
DBClusterIdentifier: «@wandb|wbprod»-aurora
MasterUserPassword: «!pw26:p»
ApplyImmediately: true
$ aws rds modify-db-cluster --cli-input-yaml file://modify-cluster.yaml
""")
P("aws_secretsmanager_get_secret_value_text_query_secretstring_raw", AWS_SM, """
$ aws secretsmanager get-secret-value --secret-id wandb/license --query SecretString --output text
⟦LIC⟧
$ 
""")
P("aws_sts_get_session_token_text_output_tab_separated", AWS_CLI, """
$ aws sts get-session-token --serial-number arn:aws:iam::⟦ACCT⟧:mfa/ops --token-code «dig6:c» --output text
CREDENTIALS⇥ASIA«uc16:a»⇥«TZ»⇥«!b64s40:sk»⇥IQoJb3JpZ2luX2VjE«!b64s200:st»
""")
P("aws_cloudformation_describe_stacks_parameters_noecho_false", AWS_CLI, """
            "Parameters": [
                {
                    "ParameterKey": "DBPassword",
                    "ParameterValue": "«!pw20:p»"
                },
                {
                    "ParameterKey": "WandbImageTag",
                    "ParameterValue": "0.«dig2:v».0"
                }
            ],
""")
P("aws_s3api_put_object_sse_customer_key_history", AWS_CLI, """
aws s3api put-object --bucket «@wandb|wbprod»-bucket-«lc8:b» --key backups/wandb_local.sql.gz --body wandb_local.sql.gz \\
  --sse-customer-algorithm AES256 --sse-customer-key «!b64s43:ck»= --sse-customer-key-md5 «b64s22:md5»==
""")
P("aws_cli_debug_rds_create_db_instance_params_dict_masteruserpassword", AWS_CLI, """
«TL» - MainThread - botocore.hooks - DEBUG - Event before-parameter-build.rds.CreateDBInstance: calling handler <function generate_idempotent_uuid at 0x7f«hex10:a»>
«TL» - MainThread - botocore.endpoint - DEBUG - Making request for OperationModel(name=CreateDBInstance) with params: {'url_path': '/', 'query_string': '', 'method': 'POST', 'headers': {'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8'}, 'body': {'Action': 'CreateDBInstance', 'Version': '2014-10-31', 'DBInstanceIdentifier': 'wandb-db', 'MasterUsername': 'admin', 'MasterUserPassword': '«!pw20:p»', 'Engine': 'mysql'}}
""")
# ---- gcloud
P("gcloud_sql_users_set_password_prompt_echo_in_typescript", GCLOUD_SQL, """
$ gcloud sql users set-password wandb --host=% --instance=wandb-«lc8:i» --prompt-for-password
Instance Password: «!pw20:p»
Updating Cloud SQL user...done.
""")
P("gcloud_secrets_versions_access_format_yaml_payload_data", GCLOUD_SM, """
$ gcloud secrets versions access latest --secret=wandb-mysql-password --format=yaml
name: projects/«dig12:pn»/secrets/wandb-mysql-password/versions/«@4|5|6»
payload:
  data: «!pw22:p|b64:»
  dataCrc32c: '«dig10:crc»'
""")
P("gcloud_sql_instances_create_root_password_flag_in_cloudbuild_log", GCLOUD, """
Step #2 - "create-db": Running: gcloud sql instances create wandb-«lc8:i» --database-version=MYSQL_8_0 --tier=db-n1-standard-4 --region=us-central1 --root-password=«!pw22:p»
Step #2 - "create-db": Creating Cloud SQL instance for MYSQL_8_0...working..
""")
P("gcloud_redis_instances_describe_auth_string_after_get", GCLOUD, """
$ gcloud redis instances get-auth-string wandb-redis --region=us-central1 --format=json
{
  "authString": "«!uuid:a»"
}
""")
P("gcloud_container_clusters_get_credentials_kubeconfig_token_field", K8S_KUBECONFIG, """
users:
- name: gke_«@wandb-prod|ml-platform»-«dig6:p»_us-central1_wandb
  user:
    auth-provider:
      config:
        access-token: ya29.«!b64u160:t»
        cmd-args: config config-helper --format=json
        cmd-path: /usr/lib/google-cloud-sdk/bin/gcloud
        expiry: "«TZ»"
        expiry-key: '{.credential.token_expiry}'
        token-key: '{.credential.access_token}'
      name: gcp
""")
P("gcloud_iam_service_accounts_keys_create_then_base64_for_helm_set", GCP_SAKEY, """
$ gcloud iam service-accounts keys create key.json --iam-account=wandb-gcs@«@wandb-prod|ml-platform»-«dig6:p».iam.gserviceaccount.com
created key [«hex40:kid»] of type [json] as [key.json] for [wandb-gcs@«@wandb-prod|ml-platform»-«dig6:p».iam.gserviceaccount.com]
$ grep private_key\\" key.json
  "private_key": "-----BEGIN PRIVATE KEY-----\\n«!b64s64:a»\\n«!b64s64:b»\\n",
""")
P("gcloud_sql_connect_mysql_password_prompt_then_client", GCLOUD, """
Allowlisting your IP for incoming connection for 5 minutes...done.
Connecting to database with SQL user [wandb].Enter password: «!pw18:p»
Welcome to the MySQL monitor.  Commands end with ; or \\g.
""")
P("gcloud_builds_log_substitution_license_in_step_args", GCLOUD, """
Step #3 - "helm-upgrade": Running: helm upgrade --install wandb wandb/operator-wandb -n wandb --set global.license=⟦LIC⟧ --set global.host=https://«@wandb|ml».example.com
Step #3 - "helm-upgrade": Release "wandb" has been upgraded. Happy Helming!
""")
P("kcc_sqluser_spec_password_value_inline_yaml", GCP_KCC, """
apiVersion: sql.cnrm.cloud.google.com/v1beta1
kind: SQLUser
metadata:
  name: wandb
  namespace: config-control
spec:
  instanceRef:
    name: wandb-«lc8:i»
  host: "%"
  password:
    value: «!pw20:p»
""")
# ---- az
P("az_keyvault_secret_show_query_value_tsv_in_script_log", AZ_KV, """
+ az keyvault secret show --vault-name «@wandb|wbprod»-kv-«lc5:k» --name wandb-license --query value -o tsv
+ LICENSE=⟦LIC⟧
+ helm upgrade --install wandb wandb/operator-wandb -n wandb --set-string global.license=⟦LIC⟧
""")
P("az_mysql_flexible_server_update_admin_password_yaml_output", AZ_MYSQL, """
$ az mysql flexible-server update -g wandb-rg -n «@wandb|wbprod»-mysql-«lc6:s» --admin-password '«!pw22:p»' -o yaml
administratorLogin: wandb
fullyQualifiedDomainName: «@wandb|wbprod»-mysql-«lc6:s».mysql.database.azure.com
id: /subscriptions/«uuid:sub»/resourceGroups/wandb-rg/providers/Microsoft.DBforMySQL/flexibleServers/«@wandb|wbprod»-mysql-«lc6:s»
state: Ready
""")
P("az_storage_account_keys_list_yaml_output", AZ_STORAGE, """
$ az storage account keys list -g wandb-rg -n «@wandbprod|wbstore»«lc6:a» -o yaml
- creationTime: '«TZ»'
  keyName: key1
  permissions: FULL
  value: «!b64s86:k1»==
- creationTime: '«TZ»'
  keyName: key2
  permissions: FULL
  value: «!b64s86:k2»==
""")
P("az_ad_sp_credential_reset_tsv_output_row", AZ_SP, """
$ az ad sp credential reset --id «uuid:app» --years 1 -o tsv
«uuid:app»⇥«!azcs:pw»⇥«uuid:ten»
""")
P("az_aks_get_credentials_admin_file_stdout_client_key_data", AZ_AKS, """
$ az aks get-credentials -g wandb-rg -n wandb-aks --admin --file -
users:
- name: clusterAdmin_wandb-rg_wandb-aks
  user:
    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUZIVENDQXdXZ0F3SUJBZ0lR«b64s60:cc»
    client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlKS1FJQkFBS0NBZ0VB«!b64s120:ck»
    token: «!hex128:tok»
""")
P("az_redis_list_keys_yaml_primary_secondary", AZ_REDIS, """
$ az redis list-keys -g wandb-rg -n «@wandb|wbprod»-redis -o yaml
primaryKey: «!b64s43:pk»=
secondaryKey: «!b64s43:sk»=
""")
P("az_storage_account_show_connection_string_tsv_export", AZ_STORAGE, """
$ export AZURE_STORAGE_CONNECTION_STRING=$(az storage account show-connection-string -g wandb-rg -n «@wandbprod|wbstore»«lc6:a» -o tsv)
$ echo $AZURE_STORAGE_CONNECTION_STRING
DefaultEndpointsProtocol=https;EndpointSuffix=core.windows.net;AccountName=«@wandbprod|wbstore»«lc6:a»;AccountKey=«!b64s86:k»==;BlobEndpoint=https://«@wandbprod|wbstore»«lc6:a».blob.core.windows.net/
""")
P("az_deployment_group_create_parameters_inline_admin_password", AZ_CLI, """
az deployment group create -g wandb-rg --template-file main.bicep \\
  --parameters location=westeurope administratorLogin=wandb administratorLoginPassword='«!pw20:p»' \\
  --parameters wandbLicense='⟦LIC⟧'
""")
P("az_keyvault_secret_list_versions_then_show_value_json_line", AZ_KV, """
$ az keyvault secret show --id https://«@wandb|wbprod»-kv-«lc5:k».vault.azure.net/secrets/redis-password/«hex32:ver» --query "{name:name, value:value}" -o json
{
  "name": "redis-password",
  "value": "«!an32:p»"
}
""")
P("az_webapp_config_appsettings_list_table_secret_value", AZ_CLI, """
Name                     Value                                                      SlotSetting
-----------------------  ---------------------------------------------------------  -------------
WANDB_BASE_URL           https://«@wandb|ml».example.com                              False
MYSQL                    mysql://wandb:«!pw20:p»@«@wandb|wbprod»-mysql.mysql.database.azure.com/wandb_local  False
BUCKET                   az://«@wandbprod|wbstore»«lc6:a»/wandb                      False
""")
# ---- kubectl
P("kubectl_get_secret_go_template_range_base64decode", K8S_KUBECTL, """
$ kubectl -n wandb get secret wandb-mysql -o go-template='{{range $k,$v := .data}}{{$k}}={{$v|base64decode}}{{"\\n"}}{{end}}'
MYSQL_DATABASE=wandb_local
MYSQL_HOST=«@wandb|wb»-mysql.wandb.svc.cluster.local
MYSQL_PASSWORD=«!pw22:p»
MYSQL_USER=wandb
""")
P("kubectl_get_secret_jsonpath_escaped_dot_key_raw", K8S_JSONPATH, """
$ kubectl -n wandb get secret wandb-gorilla -o jsonpath='{.data.GORILLA_SESSION_KEY}' | base64 -d; echo
«!an64:k»
""")
P("kubectl_get_configmap_yaml_mysql_dsn_in_data_with_managedfields", K8S_KUBECTL, """
apiVersion: v1
data:
  GORILLA_METADATA_STORE: mysql://wandb:«!pw20:p»@«@wandb|wb»-mysql:3306/wandb_local
  GORILLA_FILE_STORE: s3://«@wandb|wbprod»-bucket-«lc8:b»?region=us-east-1
kind: ConfigMap
metadata:
  creationTimestamp: "«TZ»"
  name: wandb-app-env
  namespace: wandb
  resourceVersion: "«dig8:rv»"
  uid: «uuid:uid»
""")
P("kubectl_get_deployment_json_env_value_object", K8S_KUBECTL, """
                            {
                                "name": "GORILLA_REDIS",
                                "value": "redis://:«!an32:p»@«@wandb|wb»-redis-master:6379"
                            },
                            {
                                "name": "GORILLA_LICENSE",
                                "value": "⟦LIC⟧"
                            },
""")
P("kubectl_describe_deployment_env_block_literal_values", K8S_KUBECTL, """
    Environment:
      HOST:                      https://«@wandb|ml».example.com
      MYSQL_PASSWORD:            «!pw20:p»
      BUCKET:                    s3://«@wandb|wbprod»-bucket-«lc8:b»
      BUCKET_QUEUE:              internal://
      AWS_REGION:                us-east-1
      REDIS_PASSWORD:            <set to the key 'password' in secret 'wandb-redis'>  Optional: false
    Mounts:
      /vol from wandb-data (rw)
""")
P("kubectl_get_secret_json_data_map_multiple_keys", K8S_SECRET, """
{
    "apiVersion": "v1",
    "data": {
        "ACCESS_KEY": "«uc16:x|b64:AKIA»",
        "SECRET_KEY": "«!b64s40:sk|b64:»"
    },
    "kind": "Secret",
    "metadata": {
        "name": "wandb-bucket",
        "namespace": "wandb",
""")
P("kubectl_get_secret_yaml_tls_key_base64_data", K8S_SECRET, """
apiVersion: v1
data:
  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUdKekNDQlErZ0F3SUJBZ0lR«b64s80:c»
  tls.key: LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tCk1JSUV2Z0lCQURBTkJna3Foa2lHOXcw«!b64s120:k»
kind: Secret
metadata:
  name: wandb-tls
  namespace: wandb
type: kubernetes.io/tls
""")
P("kubectl_get_pod_yaml_args_flag_password", K8S_KUBECTL, """
  containers:
  - args:
    - --mysql-host=«@wandb|wb»-mysql.wandb.svc
    - --mysql-user=wandb
    - --mysql-password=«!pw20:p»
    - --listen=:9104
    image: prom/mysqld-exporter:v0.15.1
    name: mysqld-exporter
""")
P("kubectl_get_secret_custom_columns_decoded_in_pipeline", K8S_KUBECTL, """
$ kubectl get secret -n wandb wandb-license -o custom-columns=NAME:.metadata.name,LICENSE:.data.license --no-headers | awk '{print $2}' | base64 -d
⟦LIC⟧
""")
P("kubectl_apply_dry_run_client_output_secret_stringdata", K8S_SECRET, """
$ kubectl create secret generic wandb-smtp -n wandb --from-literal=password='«!pw20:p»' --dry-run=client -o yaml
apiVersion: v1
data:
  password: «!pw20:p|b64:»
kind: Secret
metadata:
  creationTimestamp: null
  name: wandb-smtp
  namespace: wandb
""")
P("kubectl_get_events_message_with_failed_env_dsn", K8S_KUBECTL, """
LAST SEEN   TYPE      REASON    OBJECT                     MESSAGE
2m«dig1:s»s      Warning   Failed    pod/wandb-app-«lc10:r»-«lc5:p»   Error: failed to start container "wandb-app": Error response from daemon: invalid env "MYSQL=mysql://wandb:«!pw18:p»@wandb-mysql:3306/wandb_local\\n"
""")
P("kubectl_logs_init_container_echo_bucket_env_dump", K8S_KUBECTL, """
$ kubectl logs -n wandb wandb-app-«lc10:r»-«lc5:p» -c init-env
BUCKET=s3://«@wandb|wbprod»-bucket-«lc8:b»
AWS_ACCESS_KEY_ID=⟦AWSK⟧
AWS_SECRET_ACCESS_KEY=«!b64s40:sk»
AWS_REGION=us-east-1
""")
P("kubeconfig_user_exec_env_aws_secret_access_key_value", K8S_KUBECONFIG, """
users:
- name: arn:aws:eks:us-east-1:⟦ACCT⟧:cluster/wandb-eks
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      args: ["--region", "us-east-1", "eks", "get-token", "--cluster-name", "wandb-eks"]
      command: aws
      env:
      - name: AWS_SECRET_ACCESS_KEY
        value: «!b64s40:sk»
""")
# ---- W&B operator CR / helm
P("wandb_cr_spec_values_global_bucket_secretkey_flow_style", WANDB_OPERATOR, """
apiVersion: apps.wandb.com/v1
kind: WeightsAndBiases
metadata:
  name: wandb
  namespace: default
spec:
  values:
    global:
      host: https://«@wandb|ml».example.com
      bucket: {provider: s3, name: «@wandb|wbprod»-bucket-«lc8:b», region: us-east-1, accessKey: ⟦AWSK⟧, secretKey: «!b64s40:sk»}
""")
P("wandb_cr_get_json_spec_values_redis_password_compact", WANDB_OPERATOR, """
{"apiVersion":"apps.wandb.com/v1","kind":"WeightsAndBiases","metadata":{"name":"wandb","namespace":"default","generation":«dig2:g»},"spec":{"values":{"global":{"redis":{"host":"«@wandb|wb»-redis.«lc6:r».cache.amazonaws.com","port":6379,"password":"«!an40:rp»","parameters":{"tls":"true"}}}}}}
""")
P("wandb_cr_spec_values_global_extra_env_gorilla_smtp_and_session", WANDB_OPERATOR, """
spec:
  values:
    global:
      extraEnv:
        GORILLA_SESSION_KEY: «!hex64:sk»
        GORILLA_EMAIL_SINK: "smtp://apikey:SG.«!b64u22:a».«!b64u43:b»@smtp.sendgrid.net:587"
        GORILLA_DISABLE_CODE_SAVING: "false"
""")
P("helm_get_values_all_json_output_global_mysql", HELM_GET, """
$ helm get values wandb -n wandb --all -o json | jq .global.mysql
{
  "database": "wandb_local",
  "host": "«@wandb|wb»-aurora.cluster-«lc12:c».us-east-1.rds.amazonaws.com",
  "password": "«!pw24:p»",
  "port": 3306,
  "user": "wandb"
}
""")
P("helm_get_values_user_supplied_header_bucket_block", HELM_GET, """
USER-SUPPLIED VALUES:
global:
  bucket:
    accessKey: «@minio|wandb»-«lc6:u»
    name: wandb
    provider: s3
    region: us-east-1
    secretKey: «!an40:sk»
    url: http://minio.minio.svc:9000
""")
P("helm_get_manifest_source_header_secret_stringdata_mysql", HELM_MANIFEST, """
---
# Source: operator-wandb/charts/app/templates/secrets.yaml
apiVersion: v1
kind: Secret
metadata:
  name: wandb-app-config
  labels:
    app.kubernetes.io/instance: wandb
stringData:
  MYSQL_PASSWORD: "«!pw22:p»"
  GORILLA_LICENSE: "⟦LIC⟧"
""")
P("helm_upgrade_debug_user_supplied_values_line_map", HELM_INSTALL, """
upgrade.go:164: [debug] preparing upgrade for wandb
upgrade.go:172: [debug] performing update for wandb
upgrade.go:345: [debug] creating upgraded release for wandb
client.go:487: [debug] Starting delete for "wandb-migrate" Job
upgrade.go:156: [debug] Values: map[global:map[license:⟦LIC⟧ mysql:map[host:wandb-mysql password:«!pw20:p» user:wandb]]]
""")
P("helm_get_all_computed_values_smtp_password_and_notes", HELM_GET, """
COMPUTED VALUES:
global:
  email:
    smtp:
      host: smtp.example.com
      password: «!pw20:p»
      port: 587
      user: wandb-mailer@example.com
""")
P("helm_template_rendered_deployment_env_value_mysql", HELM_MANIFEST, """
# Source: wandb/templates/deployment.yaml
          env:
            - name: LICENSE
              value: "⟦LIC⟧"
            - name: MYSQL
              value: "mysql://wandb:«!pw20:p»@wandb-mysql:3306/wandb_local"
""")
P("helm_install_set_file_and_set_json_values", HELM_INSTALL, """
helm upgrade --install wandb wandb/operator-wandb -n wandb \\
  --set-json 'global.mysql={"host":"10.«dig2:a».2.5","user":"wandb","password":"«!pw22:p»","database":"wandb_local"}' \\
  --set-file global.caCerts[0]=./ca.pem
""")
P("helm_values_yaml_anchor_redis_password_reused", WANDB_CHARTS, """
redisPassword: &redisPassword «!an32:rp»
global:
  redis:
    host: «@wandb|wb»-redis-master
    password: *redisPassword
redis:
  auth:
    password: *redisPassword
""")
# ---- Argo CD
P("argocd_app_get_yaml_spec_source_helm_values_object_bucket", ARGO_APP, """
spec:
  destination:
    namespace: wandb
    server: https://kubernetes.default.svc
  source:
    chart: operator-wandb
    helm:
      valuesObject:
        global:
          bucket: {name: «@wandb|wbprod»-bucket-«lc8:b», accessKey: ⟦AWSK⟧, secretKey: «!b64s40:sk»}
    repoURL: https://charts.wandb.ai
""")
P("argocd_app_get_show_params_table_value", ARGO_CLI, """
$ argocd app get wandb --show-params
GROUP  KIND        NAMESPACE  NAME   STATUS  HEALTH   HOOK  MESSAGE
apps   Deployment  wandb      wandb  Synced  Healthy        deployment.apps/wandb configured

NAME                    VALUE
global.host             https://«@wandb|ml».example.com
global.mysql.password   «!pw20:p»
global.mysql.user       wandb
""")
P("argocd_repo_creds_template_secret_yaml_stringdata_password_github_pat", ARGO_APP, """
apiVersion: v1
kind: Secret
metadata:
  name: github-wandb-infra-creds
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repo-creds
stringData:
  type: git
  url: https://github.com/«@acme|example-org»/
  password: github_pat_«!an22:a»_«!an59:b»
  username: argocd
""")
P("argocd_app_diff_output_secret_data_line_change", ARGO_CLI, """
===== /Secret wandb/wandb-redis ======
7c7
<   password: «!an32:old»
---
>   password: «!an32:new»
""")
# ---- Flux
P("flux_helmrelease_spec_values_global_license_and_mysql", FLUX_HR, """
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: wandb
  namespace: wandb
spec:
  interval: 10m
  values:
    global:
      license: ⟦LIC⟧
      mysql: {host: wandb-mysql, password: «!pw20:p»}
""")
P("flux_kustomization_postbuild_substitute_literal_password", FLUX_KS, """
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: wandb
  namespace: flux-system
spec:
  path: ./clusters/prod/wandb
  postBuild:
    substitute:
      wandb_host: «@wandb|ml».example.com
      mysql_password: "«!pw22:p»"
""")
P("flux_helmrepository_oci_secret_dockerconfigjson_auth", FLUX_SRC, """
apiVersion: v1
kind: Secret
metadata:
  name: wandb-oci-creds
  namespace: flux-system
type: kubernetes.io/dockerconfigjson
stringData:
  .dockerconfigjson: '{"auths":{"ghcr.io":{"username":"flux","password":"«!pw24:g»","auth":"«!pw24:g|basic:flux»"}}}'
""")
P("flux_get_helmreleases_message_upgrade_failed_with_values_error", FLUX_HR, """
NAME    REVISION        SUSPENDED       READY   MESSAGE
wandb   0.«dig2:v».«dig1:m»        False           False   Helm upgrade failed for release wandb/wandb with chart operator-wandb@0.«dig2:v».«dig1:m»: Secret "wandb-mysql" is invalid: stringData.password: Invalid value: "«!pw20:p» ": must not end in whitespace
""")
# ---- GitHub Actions logs
P("gha_log_step_env_block_tf_var_not_masked", GHA_LOG, """
«TGH» ##[group]Run terraform apply -auto-approve -input=false
«TGH» terraform apply -auto-approve -input=false
«TGH» shell: /usr/bin/bash -e {0}
«TGH» env:
«TGH»   TF_VAR_namespace: «@wandb|wbprod»
«TGH»   TF_VAR_database_master_password: «!pw22:p»
«TGH»   ARM_CLIENT_SECRET: ***
«TGH» ##[endgroup]
""")
P("gha_log_with_inputs_block_helm_values_license", GHA_LOG, """
«TGH» ##[group]Run azure/k8s-bake@v3
«TGH» with:
«TGH»   renderEngine: helm
«TGH»   helmChart: ./charts/operator-wandb
«TGH»   overrides: global.license:⟦LIC⟧
«TGH»   helm-version: latest
«TGH» ##[endgroup]
""")
P("gha_log_set_x_trace_kubectl_create_secret_literal", GHA_LOG, """
«TGH» + kubectl -n wandb create secret generic wandb-bucket --from-literal=ACCESS_KEY=⟦AWSK⟧ --from-literal=SECRET_KEY=«!b64s40:sk» --dry-run=client -o yaml
«TGH» + kubectl apply -f -
«TGH» secret/wandb-bucket configured
""")
P("gha_log_debug_evaluating_secret_value_in_step_debug", GHA_CMDS, """
«TGH» ##[debug]Evaluating: secrets.WANDB_DB_PASSWORD
«TGH» ##[debug]Evaluating Index:
«TGH» ##[debug]..Evaluating secrets:
«TGH» ##[debug]..=> Object
«TGH» ##[debug]=> '«!pw20:p»'
«TGH» ##[debug]Result: '«!pw20:p»'
""")
P("gha_log_set_output_echo_token_from_azure_login_step", GHA_CMDS, """
«TGH» ##[group]Run echo "token=$(az account get-access-token --query accessToken -o tsv)" >> "$GITHUB_OUTPUT"
«TGH» echo "token=$(az account get-access-token --query accessToken -o tsv)" >> "$GITHUB_OUTPUT"
«TGH» ##[endgroup]
«TGH» token=eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.«!jwt200:t»
""")
# ---- GitLab CI job logs
P("gitlab_job_log_section_helm_upgrade_set_expanded_secret", GL_CI, """
section_start:«dig10:ts»:step_script⏎␛[0K␛[0K␛[36;1mExecuting "step_script" stage of the job script␛[0;m␛[0K
␛[32;1m$ helm upgrade --install wandb wandb/operator-wandb -n wandb --set global.redis.password=«!an32:rp» --wait␛[0;m
Release "wandb" has been upgraded. Happy Helming!
section_end:«dig10:ts»:step_script⏎␛[0K
""")
P("gitlab_ci_debug_trace_terraform_init_backend_config_password", GL_DEBUG, """
++ echo 'Initializing backend'
Initializing backend
++ terraform init -backend-config=address=https://gitlab.example.com/api/v4/projects/«dig4:p»/terraform/state/wandb -backend-config=username=gitlab-ci-token -backend-config=password=glcbt-«hex2:x»_«!b64u20:jt»
""")
P("gitlab_ci_yml_variables_block_literal_azure_secret", GL_CI, """
variables:
  ARM_SUBSCRIPTION_ID: «uuid:sub»
  ARM_TENANT_ID: «uuid:ten»
  ARM_CLIENT_ID: «uuid:cid»
  ARM_CLIENT_SECRET: "«!azcs:cs»"
  TF_ROOT: ${CI_PROJECT_DIR}/terraform/azure
""")
P("gitlab_job_log_terraform_output_json_artifact_cat", GL_CI, """
$ cat plan.json | jq '.variables.database_master_password'
{
  "value": "«!pw24:p»"
}
""")
# ---- docker
P("docker_inspect_format_env_range_lines_mysql_root", DOCKER_INSPECT, """
$ docker inspect --format '{{range .Config.Env}}{{println .}}{{end}}' wandb-mysql
MYSQL_ROOT_PASSWORD=«!pw22:r»
MYSQL_DATABASE=wandb_local
MYSQL_USER=wandb
MYSQL_PASSWORD=«!pw22:p»
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
""")
P("docker_inspect_volumes_from_and_mounts_plus_env_bucket_azure", DOCKER_INSPECT, """
            "Env": [
                "HOST=https://«@wandb|ml».example.com",
                "BUCKET=az://«@wandbprod|wbstore»«lc6:a»/wandb",
                "AZURE_STORAGE_KEY=«!b64s86:k»==",
                "LICENSE=⟦LIC⟧"
            ],
""")
P("docker_compose_config_yaml_x_extension_env_secret", COMPOSE_CONFIG, """
name: wandb
services:
  wandb:
    environment:
      GORILLA_SESSION_KEY: «!hex64:s»
      HOST: https://«@wandb|ml».example.com
    image: wandb/local:latest
x-wandb-common:
  mysql: mysql://wandb:«!pw20:p»@db:3306/wandb_local
""")
P("docker_compose_config_json_secrets_environment_source", COMPOSE_CONFIG, """
{
  "name": "wandb",
  "secrets": {
    "mysql_password": {
      "name": "wandb_mysql_password",
      "environment": "MYSQL_PW",
      "content": "«!pw22:p»"
    }
  }
}
""")
P("docker_run_history_env_vars_then_container_id", DOCKER_INSPECT, """
$ docker run -d --name wandb-local -p 8080:8080 -e LICENSE="⟦LIC⟧" -e MYSQL="mysql://wandb:«!pw20:p»@10.«dig2:a».4.7/wandb_local" -v wandb:/vol wandb/local
«hex64:cid»
""")
PULUMI = "https://www.pulumi.com/docs/iac/concepts/secrets/"
KUSTOMIZE = "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/"
CROSSPLANE = "https://docs.crossplane.io/latest/getting-started/provider-aws/"
AZ_WEBAPP = "https://learn.microsoft.com/en-us/cli/azure/webapp/deployment"
AZ_CAPP = "https://learn.microsoft.com/en-us/cli/azure/containerapp/secret"
DOCKER_HISTORY = "https://docs.docker.com/reference/cli/docker/image/history/"
TF_BACKEND_AZ = "https://developer.hashicorp.com/terraform/language/backend/azurerm"
TF_BACKEND_GCS = "https://developer.hashicorp.com/terraform/language/backend/gcs"
# ---- terraform JSON plan / provider / backend blocks
P("tf_show_json_plan_prior_state_values_password", TF_SHOW_JSON, """
  "prior_state": {
    "format_version": "1.0",
    "terraform_version": "1.«dig1:m».«dig1:n»",
    "values": {
      "root_module": {
        "child_modules": [{"resources": [{"address": "module.wandb.module.database.aws_rds_cluster.this", "values": {"cluster_identifier": "«@wandb|wbprod»-aurora", "master_password": "«!pw26:p»", "master_username": "wandb"}}]}]
""")
P("tf_show_json_plan_configuration_expressions_constant_value", TF_SHOW_JSON, """
  "configuration": {
    "root_module": {
      "module_calls": {
        "wandb": {
          "source": "wandb/wandb/aws",
          "expressions": {
            "license": {"constant_value": "⟦LIC⟧"},
            "namespace": {"constant_value": "«@wandb|wbprod»"}
          },
""")
P("tf_provider_azurerm_block_client_secret_literal", TFP_AZURERM, """
provider "azurerm" {
  features {}
  subscription_id = "«uuid:sub»"
  tenant_id       = "«uuid:ten»"
  client_id       = "«uuid:cid»"
  client_secret   = "«!azcs:cs»"
}
""")
P("tf_provider_google_access_token_literal", TFP_GOOGLE, """
provider "google" {
  project      = "«@wandb-prod|ml-platform»-«dig6:p»"
  region       = "us-central1"
  access_token = "ya29.«!b64u150:t»"
}
""")
P("tf_backend_azurerm_sas_token_block", TF_BACKEND_AZ, """
terraform {
  backend "azurerm" {
    storage_account_name = "«@wandbtf|tfstate»«lc6:a»"
    container_name       = "tfstate"
    key                  = "wandb.terraform.tfstate"
    sas_token            = "sv=2022-11-02&ss=b&srt=co&sp=rwdlacupiytfx&se=«TZ»&spr=https&sig=«!b64s43:sig|pct»%3D"
  }
}
""")
P("tf_backend_gcs_credentials_inline_json_private_key_line", TF_BACKEND_GCS, """
terraform {
  backend "gcs" {
    bucket      = "«@wandb-prod|ml-platform»-tfstate"
    prefix      = "wandb"
    credentials = "{\\"type\\":\\"service_account\\",\\"private_key_id\\":\\"«hex40:kid»\\",\\"private_key\\":\\"-----BEGIN PRIVATE KEY-----\\\\n«!b64s64:a»\\\\n«!b64s64:b»\\\\n-----END PRIVATE KEY-----\\\\n\\"}"
  }
}
""")
P("tf_provider_helm_nested_kubernetes_eks_token_literal", TFP_K8S, """
provider "helm" {
  kubernetes {
    host                   = "https://«hex32:ep».gr7.us-east-1.eks.amazonaws.com"
    cluster_ca_certificate = base64decode("LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t«b64s40:ca»")
    token                  = "k8s-aws-v1.«!b64u220:tok»"
  }
}
""")
# ---- Pulumi / Crossplane / kustomize
P("pulumi_config_show_secrets_json_secret_true_entries", PULUMI, """
$ pulumi config --show-secrets --json
{
  "aws:region": {"value": "us-east-1", "secret": false},
  "wandb:dbPassword": {"value": "«!pw22:p»", "secret": true},
  "wandb:license": {"value": "⟦LIC⟧", "secret": true}
}
""")
P("pulumi_stack_output_json_show_secrets", PULUMI, """
$ pulumi stack output --json --show-secrets
{
  "bucketName": "«@wandb|wbprod»-bucket-«lc8:b»",
  "mysqlPassword": "«!pw24:p»",
  "url": "https://«@wandb|ml».example.com"
}
""")
P("crossplane_provider_aws_secret_stringdata_ini_credentials", CROSSPLANE, """
apiVersion: v1
kind: Secret
metadata:
  name: aws-secret
  namespace: crossplane-system
stringData:
  creds: |
    [default]
    aws_access_key_id = ⟦AWSK⟧
    aws_secret_access_key = «!b64s40:sk»
""")
P("kustomization_secretgenerator_literals_mysql", KUSTOMIZE, """
secretGenerator:
- name: wandb-mysql
  namespace: wandb
  literals:
  - MYSQL_USER=wandb
  - MYSQL_PASSWORD=«!pw20:p»
  options:
    disableNameSuffixHash: true
""")
P("external_secrets_fake_provider_data_value_literal", ESO, """
apiVersion: external-secrets.io/v1beta1
kind: ClusterSecretStore
metadata:
  name: wandb-fake
spec:
  provider:
    fake:
      data:
      - key: /wandb/license
        value: "⟦LIC⟧"
      - key: /wandb/mysql-password
        value: "«!pw20:p»"
""")
P("secrets_store_csi_azure_creds_secret_create_history", CSI_SSS, """
kubectl create secret generic secrets-store-creds -n wandb \\
  --from-literal clientid=«uuid:cid» \\
  --from-literal clientsecret=«!azcs:cs»
kubectl label secret secrets-store-creds -n wandb secrets-store.csi.k8s.io/used=true
""")
# ---- more cloud CLI forms
P("az_webapp_list_publishing_profiles_xml_userpwd", AZ_WEBAPP, """
<publishData>
  <publishProfile profileName="wandb-app - Web Deploy" publishMethod="MSDeploy" publishUrl="wandb-app.scm.azurewebsites.net:443" msdeploySite="wandb-app" userName="$wandb-app" userPWD="«!an60:pw»" destinationAppUrl="https://wandb-app.azurewebsites.net" SQLServerDBConnectionString="" mySQLDBConnectionString="" hostingProviderForumLink="" controlPanelLink="https://portal.azure.com" webSystem="WebSites">
  </publishProfile>
</publishData>
""")
P("az_containerapp_secret_list_show_values_table", AZ_CAPP, """
$ az containerapp secret list -n wandb -g wandb-rg --show-values -o table
Name            Value
--------------  ----------------------------------------------------------------
mysql-password  «!pw22:p»
redis-password  «!an32:r»
""")
P("az_mysql_flexible_server_connect_admin_password_flag", AZ_MYSQL, """
$ az mysql flexible-server connect -n «@wandb|wbprod»-mysql-«lc6:s» -u wandb -p '«!pw20:p»' -d wandb_local --interactive
Password: 
Connecting to «@wandb|wbprod»-mysql-«lc6:s».mysql.database.azure.com...
""")
P("az_storage_blob_generate_sas_full_uri_tsv", AZ_STORAGE, """
$ az storage blob generate-sas --account-name «@wandbprod|wbstore»«lc6:a» -c wandb -n exports/runs.parquet --permissions r --expiry «TZ» --full-uri -o tsv
https://«@wandbprod|wbstore»«lc6:a».blob.core.windows.net/wandb/exports/runs.parquet?se=202«@5|6»-0«dig1:mo»-1«dig1:dd»T«hh:h»%3A«mm:m»%3A00Z&sp=r&sv=2022-11-02&sr=b&sig=«!b64s43:sig|pct»%3D
""")
P("gcloud_compute_instances_describe_metadata_startup_script_env", GCLOUD, """
metadata:
  items:
  - key: startup-script
    value: |-
      #!/bin/bash
      export MYSQL=mysql://wandb:«!pw20:p»@10.«dig2:a».0.3/wandb_local
      docker run -d -e MYSQL -p 8080:8080 wandb/local
""")
P("gcloud_run_services_describe_format_export_env_value", GCLOUD, """
      containers:
      - env:
        - name: GORILLA_SESSION_KEY
          value: «!hex64:k»
        - name: BUCKET
          value: gs://«@wandb-prod|ml-platform»-wandb
        image: us-docker.pkg.dev/«@wandb-prod|ml-platform»/wandb/local:latest
""")
P("gcloud_storage_hmac_create_format_json_secret", GCLOUD, """
$ gcloud storage hmac create wandb-gcs@«@wandb-prod|ml-platform»-«dig6:p».iam.gserviceaccount.com --format=json
{
  "metadata": {
    "accessId": "GOOG1E«uc55:ai»",
    "state": "ACTIVE"
  },
  "secret": "«!b64s40:s»"
}
""")
P("aws_ssm_get_parameter_with_decryption_output_yaml", AWS_SSM, """
$ aws ssm get-parameter --name /wandb/prod/license --with-decryption --output yaml
Parameter:
  ARN: arn:aws:ssm:us-east-1:⟦ACCT⟧:parameter/wandb/prod/license
  DataType: text
  LastModifiedDate: '«TZ»'
  Name: /wandb/prod/license
  Type: SecureString
  Value: ⟦LIC⟧
  Version: «@1|2|3»
""")
P("aws_iam_create_access_key_output_yaml", AWS_IAM, """
$ aws iam create-access-key --user-name wandb-s3 --output yaml
AccessKey:
  AccessKeyId: ⟦AWSK⟧
  CreateDate: '«TZ»'
  SecretAccessKey: «!b64s40:sk»
  Status: Active
  UserName: wandb-s3
""")
# ---- more CI / docker
P("gha_log_add_mask_set_x_trace_reveals_value", GHA_CMDS, """
«TGH» + DB_PASSWORD=«!pw22:p»
«TGH» + echo '::add-mask::«!pw22:p»'
«TGH» + echo DB_PASSWORD=*** >> /home/runner/work/_temp/_runner_file_commands/set_env_«uuid:f»
""")
P("gha_log_docker_login_password_flag_warning", GHA_LOG, """
«TGH» ##[group]Run docker login -u AWS -p eyJwYXlsb2FkIjoi«!b64s180:p» ⟦ACCT⟧.dkr.ecr.us-east-1.amazonaws.com
«TGH» WARNING! Using --password via the CLI is insecure. Use --password-stdin.
«TGH» Login Succeeded
""")
P("gitlab_ci_yml_script_helm_set_literal_smtp_password", GL_CI, """
deploy:
  stage: deploy
  image: alpine/helm:3.14.0
  script:
    - helm upgrade --install wandb wandb/operator-wandb -n wandb
        --set global.email.smtp.password='«!pw20:p»'
        --set global.email.smtp.host=smtp.example.com
""")
P("docker_history_no_trunc_env_layer_api_key", DOCKER_HISTORY, """
IMAGE          CREATED       CREATED BY                                                                                       SIZE      COMMENT
sha256:«hex64:i»   «dig1:d» days ago    /bin/sh -c #(nop)  ENV WANDB_API_KEY=local-«!hex40:k»                                    0B
<missing>      «dig1:d» days ago    /bin/sh -c #(nop)  ENV WANDB_BASE_URL=https://«@wandb|ml».example.com                     0B
""")
P("docker_image_inspect_config_env_build_arg_leaked", DOCKER_INSPECT, """
$ docker image inspect registry.example.com/ml/trainer:«hex7:t» --format '{{json .Config.Env}}'
["PATH=/usr/local/bin:/usr/bin:/bin","PIP_INDEX_URL=https://pypi:«!pw20:p»@nexus.example.com/repository/pypi/simple","WANDB_BASE_URL=https://«@wandb|ml».example.com"]
""")
P("docker_service_inspect_pretty_env_swarm", DOCKER_INSPECT, """
ID:             «lc25:id»
Name:           wandb_wandb
Service Mode:   Replicated
 Replicas:      1
ContainerSpec:
 Image:         wandb/local:latest@sha256:«hex64:d»
 Env:           LICENSE=⟦LIC⟧ MYSQL=mysql://wandb:«!pw20:p»@db:3306/wandb_local
""")
# ---- extra forms
P("tfvars_heredoc_values_yaml_object_store_secret_key_indented", TF_VARS, """
wandb_helm_values = <<-EOT
  global:
    bucket:
      provider: s3
      name: «@wandb|wbprod»-bucket-«lc8:b»
      accessKey: ⟦AWSK⟧
      secretKey: «!b64s40:sk»
EOT
""")
P("tf_state_show_azurerm_redis_cache_primary_access_key_line", TFP_AZURERM, """
# module.redis.azurerm_redis_cache.default:
resource "azurerm_redis_cache" "default" {
    hostname                           = "«@wandb|wbprod»-redis.redis.cache.windows.net"
    id                                 = "/subscriptions/«uuid:sub»/resourceGroups/wandb-rg/providers/Microsoft.Cache/redis/«@wandb|wbprod»-redis"
    primary_access_key                 = "«!b64s43:pk»="
    primary_connection_string          = "«@wandb|wbprod»-redis.redis.cache.windows.net:6380,password=«!b64s43:pk»=,ssl=True,abortConnect=False"
    ssl_port                           = 6380
""")
P("aws_secretsmanager_get_secret_value_query_json_secretstring_pretty", AWS_SM, """
$ aws secretsmanager get-secret-value --secret-id wandb/oidc --query SecretString --output text | jq .
{
  "client_id": "«uuid:cid»",
  "client_secret": "«!azcs:cs»",
  "issuer": "https://login.microsoftonline.com/«uuid:t»/v2.0"
}
""")
P("kubectl_get_secret_jsonpath_data_map_output_base64", K8S_JSONPATH, """
$ kubectl -n wandb get secret wandb-redis -o jsonpath='{.data}'
{"host":"«@d2FuZGItcmVkaXM|cmVkaXMtbWFzdGVy»","password":"«!an32:p|b64:»","port":"NjM3OQ=="}
""")
P("kubectl_describe_configmap_data_block_dsn_literal", K8S_KUBECTL, """
Name:         wandb-app-env
Namespace:    wandb
Data
====
GORILLA_METADATA_STORE:
----
mysql://wandb:«!pw20:p»@«@wandb|wb»-mysql:3306/wandb_local
BUCKET:
----
s3://«@wandb|wbprod»-bucket-«lc8:b»
""")
P("wandb_cr_spec_values_global_oidc_secret_quoted_with_spaces_yaml", WANDB_OPERATOR, """
spec:
  values:
    global:
      auth:
        oidc:
          clientId: «uuid:cid»
          secret: "«!azcs:cs»"
          authMethod: implicit
          issuer: https://login.microsoftonline.com/«uuid:t»/v2.0
""")
P("gitlab_job_log_docker_login_ci_registry_password_expanded", GL_DEBUG, """
++ echo '$ docker login -u deploy-token-«dig4:d» -p $DEPLOY_TOKEN registry.example.com'
$ docker login -u deploy-token-«dig4:d» -p $DEPLOY_TOKEN registry.example.com
++ docker login -u deploy-token-«dig4:d» -p gldt-«!b64u20:t» registry.example.com
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
""")
P("gha_log_env_block_google_credentials_json_inline", GHA_LOG, """
«TGH» env:
«TGH»   GOOGLE_CREDENTIALS: {"type":"service_account","project_id":"«@wandb-prod|ml-platform»-«dig6:p»","private_key_id":"«hex40:kid»","private_key":"-----BEGIN PRIVATE KEY-----\\n«!b64s64:a»\\n«!b64s64:b»\\n-----END PRIVATE KEY-----\\n","client_email":"terraform@«@wandb-prod|ml-platform»-«dig6:p».iam.gserviceaccount.com"}
«TGH»   TF_IN_AUTOMATION: true
«TGH» ##[endgroup]
""")

# ================================================================ negatives
# ---- terraform state / plan look-alikes
N("neg_tfstate_secretsmanager_secret_version_ids_and_stages_only", TFP_AWS, """
          "attributes": {
            "arn": "arn:aws:secretsmanager:us-east-1:⟦ACCT⟧:secret:«@wandb|wb-prod»-mysql-«an6:sfx»",
            "has_secret_string_wo": null,
            "id": "arn:aws:secretsmanager:us-east-1:⟦ACCT⟧:secret:«@wandb|wb-prod»-mysql-«an6:sfx»|«uuid:v»",
            "secret_binary": "",
            "secret_id": "arn:aws:secretsmanager:us-east-1:⟦ACCT⟧:secret:«@wandb|wb-prod»-mysql-«an6:sfx»",
            "secret_string": "",
            "version_id": "«uuid:v»",
            "version_stages": ["AWSCURRENT"]
""")
N("neg_tfstate_google_secret_manager_secret_replication_kms", TFP_GOOGLE, """
          "attributes": {
            "id": "projects/«@wandb-prod|ml-platform»-«dig6:p»/secrets/wandb-license",
            "name": "projects/«dig12:pn»/secrets/wandb-license",
            "replication": [{"auto": [{"customer_managed_encryption": [{"kms_key_name": "projects/«@wandb-prod|ml-platform»-«dig6:p»/locations/global/keyRings/wandb/cryptoKeys/secrets"}]}]}],
            "secret_id": "wandb-license",
            "version_aliases": {},
            "version_destroy_ttl": "",
""")
N("neg_tfstate_azurerm_key_vault_key_public_n_e", TFP_AZURERM, """
          "attributes": {
            "e": "AQAB",
            "id": "https://«@wandb|wbprod»-kv-«lc5:k».vault.azure.net/keys/wandb-storage-cmk/«hex32:ver»",
            "key_size": 2048,
            "key_type": "RSA",
            "n": "«b64u342:n»",
            "public_key_openssh": "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ«b64s200:pk»",
            "version": "«hex32:ver»",
            "versionless_id": "https://«@wandb|wbprod»-kv-«lc5:k».vault.azure.net/keys/wandb-storage-cmk"
""")
N("neg_tfstate_tls_private_key_public_fields_only_filtered", TFP_TLS, """
$ terraform state pull | jq '.resources[] | select(.type=="tls_private_key") | .instances[0].attributes | {id, public_key_fingerprint_sha256, public_key_openssh}'
{
  "id": "«hex40:id»",
  "public_key_fingerprint_sha256": "SHA256:«b64s43:fp»",
  "public_key_openssh": "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAACAQ«b64s120:pk»\\n"
}
""")
N("neg_tfstate_random_password_result_empty_and_keepers", TFP_RANDOM, """
          "attributes": {
            "id": "none",
            "keepers": {"rotation": "«ymd:d»"},
            "length": 32,
            "override_special": "!#%&*()-_=+[]{}<>:?",
            "special": true,
            "upper": true
          },
          "sensitive_attributes": [[{"type": "get_attr", "value": "result"}], [{"type": "get_attr", "value": "bcrypt_hash"}]]
""")
N("neg_tfstate_aws_db_instance_manage_master_user_password_secret_arn", TFP_AWS, """
            "manage_master_user_password": true,
            "master_user_secret": [
              {
                "kms_key_id": "arn:aws:kms:us-east-1:⟦ACCT⟧:key/«uuid:k»",
                "secret_arn": "arn:aws:secretsmanager:us-east-1:⟦ACCT⟧:secret:rds!db-«uuid:db»-«an6:s»",
                "secret_status": "active"
              }
            ],
            "password": null,
""")
N("neg_tfstate_elasticache_transit_encryption_and_user_group_ids", TFP_AWS, """
            "at_rest_encryption_enabled": true,
            "auth_token": "",
            "kms_key_id": "arn:aws:kms:us-east-1:⟦ACCT⟧:key/«uuid:k»",
            "transit_encryption_enabled": true,
            "transit_encryption_mode": "required",
            "user_group_ids": ["wandb-users"],
""")
N("neg_tfstate_google_service_account_key_public_key_and_validity", TFP_GOOGLE, """
            "key_algorithm": "KEY_ALG_RSA_2048",
            "keepers": null,
            "name": "projects/«@wandb-prod|ml-platform»-«dig6:p»/serviceAccounts/wandb-gcs@«@wandb-prod|ml-platform»-«dig6:p».iam.gserviceaccount.com/keys/«hex40:kid»",
            "public_key": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMvRENDQWVTZ0F3SUJBZ0lJ«b64s80:pub»",
            "public_key_type": "TYPE_X509_PEM_FILE",
            "valid_after": "«TZ»",
            "valid_before": "9999-12-31T23:59:59Z"
""")
N("neg_tfstate_azuread_application_password_key_id_and_dates", TFP_AZUREAD, """
          "attributes": {
            "application_id": "/applications/«uuid:obj»",
            "display_name": "wandb-oidc",
            "end_date": "«TZ»",
            "id": "«uuid:obj»/password/«uuid:kid»",
            "key_id": "«uuid:kid»",
            "start_date": "«TZ»",
            "value": ""
          },
""")
N("neg_tfstate_helm_release_metadata_revision_and_chart_digest", TFP_HELM, """
            "metadata": [
              {
                "app_version": "«dig1:a».«dig2:b».«dig1:c»",
                "chart": "operator-wandb",
                "name": "wandb",
                "namespace": "wandb",
                "revision": «dig2:r»,
                "version": "0.«dig2:v».«dig1:m»"
              }
            ],
""")
N("neg_tfstate_kubernetes_secret_v1_metadata_resource_version_uid", TFP_K8S, """
            "metadata": [
              {
                "generation": 0,
                "name": "wandb-bucket",
                "namespace": "wandb",
                "resource_version": "«dig8:rv»",
                "uid": "«uuid:uid»"
              }
            ],
            "type": "Opaque",
""")
N("neg_tfstate_tfe_variable_sensitive_true_value_empty", TFP_TFE, """
          "attributes": {
            "category": "env",
            "hcl": false,
            "id": "var-«an16:id»",
            "key": "ARM_CLIENT_SECRET",
            "readable_value": "",
            "sensitive": true,
            "value": "",
            "workspace_id": "ws-«an16:ws»"
""")
N("neg_tf_plan_aws_lambda_environment_variables_refs_and_sensitive", TFP_AWS, """
      ~ environment {
          ~ variables = {
              ~ "MYSQL_SECRET_ARN" = "arn:aws:secretsmanager:us-east-1:⟦ACCT⟧:secret:wandb/mysql-«an6:a»" -> "arn:aws:secretsmanager:us-east-1:⟦ACCT⟧:secret:wandb/mysql-«an6:b»"
              ~ "DB_PASSWORD"      = (sensitive value)
                "MYSQL_USER"       = "wandb"
            }
        }
""")
N("neg_tf_plan_ecs_container_definitions_secrets_valuefrom", TFP_AWS, """
                  + secrets     = [
                      + {
                          + name      = "MYSQL_PASSWORD"
                          + valueFrom = "arn:aws:secretsmanager:us-east-1:⟦ACCT⟧:secret:wandb/mysql-«an6:s»:password::"
                        },
                      + {
                          + name      = "LICENSE"
                          + valueFrom = "arn:aws:ssm:us-east-1:⟦ACCT⟧:parameter/wandb/license"
                        },
                    ]
""")
N("neg_tf_plan_cloud_run_env_value_source_secret_key_ref", TFP_GOOGLE, """
              + env {
                  + name  = "GORILLA_LICENSE"
                  + value_source {
                      + secret_key_ref {
                          + secret  = "projects/«dig12:pn»/secrets/wandb-license"
                          + version = "«dig1:v»"
                        }
                    }
                }
""")
N("neg_tf_plan_container_group_secure_env_sensitive_and_refs", TFP_AZURERM, """
          + environment_variables        = {
              + "BUCKET"          = "az://«@wandbprod|wbstore»«lc6:a»/wandb"
              + "MYSQL_HOST"      = "«@wandb|wbprod»-mysql.mysql.database.azure.com"
            }
          + secure_environment_variables = (sensitive value)
""")
N("neg_tf_apply_outputs_ids_arns_endpoints", TF_PLAN, """
Apply complete! Resources: «dig2:a» added, «dig1:c» changed, 0 destroyed.

Outputs:

bucket_name = "«@wandb|wbprod»-bucket-«lc8:b»"
database_connection_string = <sensitive>
kms_key_arn = "arn:aws:kms:us-east-1:⟦ACCT⟧:key/«uuid:k»"
redis_endpoint = "master.«@wandb|wb»-redis.«lc6:r».use1.cache.amazonaws.com"
""")
N("neg_tf_plan_random_password_will_be_created_known_after_apply", TFP_RANDOM, """
  # module.wandb.module.database.random_password.this will be created
  + resource "random_password" "this" {
      + bcrypt_hash = (sensitive value)
      + id          = (known after apply)
      + length      = «@24|32|40|48»
      + result      = (sensitive value)
      + special     = «@false|true»
    }
""")
N("neg_tf_error_diagnostic_invalid_value_sensitive_redacted", TF_VARS, """
╷
│ Error: Invalid value for variable
│
│   on variables.tf line «dig2:l»:
│   «dig2:l»: variable "database_master_password" {
│     ├────────────────
│     │ var.database_master_password has a sensitive value
│
│ Password must be at least 16 characters.
""")
N("neg_tf_local_exec_provisioner_suppressed_sensitive_output", TFP_K8S, """
null_resource.wandb_secret: Provisioning with 'local-exec'...
null_resource.wandb_secret (local-exec): (output suppressed due to sensitive value in config)
null_resource.wandb_secret: Creation complete after 2s [id=«dig19:id»]
""")
N("neg_tf_show_json_configuration_expressions_references", TF_SHOW_JSON, """
          "expressions": {
            "license": {"references": ["var.«@wandb_license|license|wb_license»"]},
            "namespace": {"constant_value": "«@wandb|wbprod|ml»-«lc4:x»"},
            "database_master_password": {"references": ["random_password.db.result", "random_password.db"]},
            "bucket_kms_key_arn": {"references": ["aws_kms_key.wandb.arn", "aws_kms_key.wandb"]}
          },
""")
N("neg_tf_show_json_prior_state_sensitive_values_bool_map", TF_SHOW_JSON, """
{"address": "module.wandb.module.database.aws_rds_cluster.this", "mode": "managed", "type": "aws_rds_cluster", "name": "this", "values": {"cluster_identifier": "«@wandb|wbprod»-aurora-«lc6:x»", "master_password": null, "master_username": "wandb", "storage_encrypted": true}, "sensitive_values": {"master_password": true, "vpc_security_group_ids": [false]}}
""")
N("neg_tf_provider_azurerm_oidc_and_msi_no_secret", TFP_AZURERM, """
provider "azurerm" {
  features {}
  subscription_id = "«uuid:sub»"
  tenant_id       = "«uuid:ten»"
  client_id       = "«uuid:cid»"
  use_oidc        = true
  oidc_token_file_path = "/var/run/secrets/azure/tokens/azure-identity-token"
}
""")
N("neg_tf_backend_azurerm_use_azuread_auth", TF_BACKEND_AZ, """
terraform {
  backend "azurerm" {
    storage_account_name = "«@wandbtf|tfstate»«lc6:a»"
    container_name       = "tfstate"
    key                  = "wandb.terraform.tfstate"
    use_azuread_auth     = true
  }
}
""")
N("neg_tf_backend_gcs_encryption_key_var_and_impersonation", TF_BACKEND_GCS, """
terraform {
  backend "gcs" {
    bucket                      = "«@wandb-prod|ml-platform»-tfstate"
    prefix                      = "wandb"
    impersonate_service_account = "terraform@«@wandb-prod|ml-platform»-«dig6:p».iam.gserviceaccount.com"
    kms_encryption_key          = "projects/«@wandb-prod|ml-platform»-«dig6:p»/locations/us/keyRings/tf/cryptoKeys/state"
  }
}
""")
N("neg_tfvars_aws_wandb_kms_arns_and_sizes", TF_AWS_WANDB, """
namespace            = "«@wandb|wbprod»"
domain_name          = "example.com"
bucket_kms_key_arn   = "arn:aws:kms:us-east-1:⟦ACCT⟧:key/«uuid:k»"
kms_key_policy_administrator_arn = "arn:aws:iam::⟦ACCT⟧:role/«@platform-admin|ops-admin»"
database_instance_class = "db.r6g.xlarge"
size                 = "medium"
license              = var.wandb_license
""")
N("neg_tfvars_gcp_oidc_client_id_and_secret_env_name", TF_GCP_WANDB, """
project_id     = "«@wandb-prod|ml-platform»-«dig6:p»"
oidc_issuer    = "https://accounts.google.com"
oidc_client_id = "«dig12:c»-«lc32:cc».apps.googleusercontent.com"
oidc_auth_method = "pkce"
# oidc_secret is read from TF_VAR_oidc_secret in CI
""")
N("neg_terragrunt_inputs_dependency_outputs_and_get_env", TG, """
inputs = {
  namespace                = "wandb-${local.env}-«lc4:x»"
  license                  = get_env("WANDB_LICENSE")
  database_master_password = dependency.secrets.outputs.mysql_password
  bucket_kms_key_arn       = dependency.kms.outputs.key_arn
}
""")
N("neg_tf_http_backend_env_names_and_ci_job_token_var", TF_ENV, """
export TF_HTTP_ADDRESS="${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/terraform/state/wandb"
export TF_HTTP_USERNAME="gitlab-ci-token"   # job «dig10:j»
export TF_HTTP_PASSWORD="${CI_JOB_TOKEN}"
terraform init -reconfigure
""")
N("neg_tf_lock_hcl_h1_zh_hashes_helm_kubernetes", TF_STATE, """
provider "registry.terraform.io/hashicorp/helm" {
  version     = "2.«dig2:v».«dig1:m»"
  constraints = "~> 2.6"
  hashes = [
    "h1:«b64s43:h1»=",
    "zh:«hex64:z1»",
    "zh:«hex64:z2»",
  ]
}
""")
# ---- AWS CLI look-alikes
N("neg_aws_secretsmanager_describe_secret_yaml_rotation_and_kms", AWS_OUT, """
$ aws secretsmanager describe-secret --secret-id «@wandb|wb-prod»/mysql --output yaml
ARN: arn:aws:secretsmanager:us-east-1:⟦ACCT⟧:secret:«@wandb|wb-prod»/mysql-«an6:s»
KmsKeyId: arn:aws:kms:us-east-1:⟦ACCT⟧:key/«uuid:k»
Name: «@wandb|wb-prod»/mysql
RotationEnabled: true
RotationLambdaARN: arn:aws:lambda:us-east-1:⟦ACCT⟧:function:SecretsManagerRDSMySQLRotationSingleUser
VersionIdsToStages:
  «uuid:v»:
  - AWSCURRENT
""")
N("neg_aws_kms_encrypt_output_ciphertext_blob_only", AWS_KMS, """
{
    "CiphertextBlob": "AQICAHh«b64s150:cb»",
    "KeyId": "arn:aws:kms:us-east-1:⟦ACCT⟧:key/«uuid:k»",
    "EncryptionAlgorithm": "SYMMETRIC_DEFAULT"
}
""")
N("neg_aws_kms_describe_key_metadata", AWS_KMS, """
{
    "KeyMetadata": {
        "AWSAccountId": "⟦ACCT⟧",
        "KeyId": "«uuid:k»",
        "Arn": "arn:aws:kms:us-east-1:⟦ACCT⟧:key/«uuid:k»",
        "CreationDate": "«TZ»",
        "KeyManager": "CUSTOMER",
        "KeySpec": "SYMMETRIC_DEFAULT",
        "MultiRegion": false
""")
N("neg_aws_rds_describe_db_clusters_master_user_secret_block", AWS_RDS, """
            "MasterUsername": "wandb",
            "MasterUserSecret": {
                "SecretArn": "arn:aws:secretsmanager:us-east-1:⟦ACCT⟧:secret:rds!cluster-«uuid:c»-«an6:s»",
                "SecretStatus": "active",
                "KmsKeyId": "arn:aws:kms:us-east-1:⟦ACCT⟧:key/«uuid:k»"
            },
            "IAMDatabaseAuthenticationEnabled": true,
            "DbClusterResourceId": "cluster-«uc26:r»",
""")
N("neg_aws_ecr_describe_images_digest_and_tags", AWS_ECR, """
        {
            "registryId": "⟦ACCT⟧",
            "repositoryName": "wandb/local",
            "imageDigest": "sha256:«hex64:d»",
            "imageTags": ["0.«dig2:v».0"],
            "imageSizeInBytes": «dig9:sz»,
            "imageManifestMediaType": "application/vnd.docker.distribution.manifest.v2+json"
        }
""")
N("neg_aws_elasticache_describe_users_authentication_type_password_count", AWS_EC, """
        {
            "UserId": "wandb-app",
            "UserName": "wandb",
            "Status": "active",
            "Engine": "redis",
            "AccessString": "on ~* +@all",
            "Authentication": {"Type": "password", "PasswordCount": «@1|2»},
            "ARN": "arn:aws:elasticache:us-east-1:⟦ACCT⟧:user:wandb-app-«lc6:u»"
        }
""")
N("neg_aws_iam_list_access_keys_table", AWS_IAM, """
----------------------------------------------------------------------
|                           ListAccessKeys                           |
+--------------------------------------------------------------------+
||                        AccessKeyMetadata                         ||
|+----------------------+---------------------------+--------+------+|
||  AccessKeyId         |  CreateDate               | Status |User  ||
|+----------------------+---------------------------+--------+------+|
||  ⟦AWSK⟧ |  «TZ»     |  Active|wandb-s3||
|+----------------------+---------------------------+--------+------+|
""")
N("neg_aws_ssm_get_parameter_without_decryption_ciphertext_value", AWS_SSM, """
$ aws ssm get-parameter --name /wandb/prod/mysql_password --output yaml
Parameter:
  ARN: arn:aws:ssm:us-east-1:⟦ACCT⟧:parameter/wandb/prod/mysql_password
  Name: /wandb/prod/mysql_password
  Type: SecureString
  Value: AQICAHh«b64s140:ct»
  Version: «@1|2|3»
""")
N("neg_aws_ecs_task_definition_secrets_valuefrom_json", AWS_ECS, """
                "secrets": [
                    {
                        "name": "MYSQL_PASSWORD",
                        "valueFrom": "arn:aws:secretsmanager:us-east-1:⟦ACCT⟧:secret:wandb/mysql-«an6:s»:password::"
                    }
                ],
                "environment": [{"name": "BUCKET", "value": "s3://«@wandb|wbprod»-bucket-«lc8:b»"}],
""")
N("neg_aws_cloudformation_parameters_noecho_masked", AWS_CLI, """
            "Parameters": [
                {
                    "ParameterKey": "DBPassword",
                    "ParameterValue": "****"
                },
                {
                    "ParameterKey": "KmsKeyArn",
                    "ParameterValue": "arn:aws:kms:us-east-1:⟦ACCT⟧:key/«uuid:k»"
                }
            ],
""")
N("neg_aws_s3api_head_object_sse_customer_key_md5", AWS_CLI, """
{
    "AcceptRanges": "bytes",
    "LastModified": "«TZ»",
    "ContentLength": «dig8:l»,
    "ETag": "\\"«hex32:e»\\"",
    "SSECustomerAlgorithm": "AES256",
    "SSECustomerKeyMD5": "«b64s22:m»=="
}
""")
N("neg_aws_sts_get_caller_identity_text", AWS_CLI, """
$ aws sts get-caller-identity --output text
⟦ACCT⟧⇥arn:aws:sts::⟦ACCT⟧:assumed-role/«@wandb-deployer|terraform»/botocore-session-«dig10:s»⇥AROA«uc17:r»:botocore-session-«dig10:s»
""")
N("neg_aws_rds_generate_db_auth_token_help_and_iam_user", AWS_RDS, """
$ aws rds describe-db-instances --db-instance-identifier «@wandb|wbprod»-db-«lc4:x» --query 'DBInstances[0].[IAMDatabaseAuthenticationEnabled,Endpoint.Address]' --output text
True⇥«@wandb|wbprod»-db-«lc4:x».«lc12:c».us-east-1.rds.amazonaws.com
$ mysql -h «@wandb|wbprod»-db-«lc4:x».«lc12:c».us-east-1.rds.amazonaws.com -u wandb_iam --enable-cleartext-plugin --password="$TOKEN"
""")
# ---- gcloud look-alikes
N("neg_gcloud_secrets_versions_describe_yaml_etag_state", GCLOUD_SM, """
$ gcloud secrets versions describe latest --secret=wandb-license
clientSpecifiedPayloadChecksum: true
createTime: '«TZ»'
etag: '"«hex13:e»"'
name: projects/«dig12:pn»/secrets/wandb-license/versions/«@4|5|6»
replicationStatus:
  automatic: {}
state: ENABLED
""")
N("neg_gcloud_sql_instances_describe_server_ca_sha1_and_ip", GCLOUD, """
serverCaCert:
  certSerialNumber: '0'
  commonName: C=US,O=Google\\, Inc,CN=Google Cloud SQL Server CA,dnQualifier=«uuid:dq»
  createTime: '«TZ»'
  instance: wandb-«lc8:i»
  sha1Fingerprint: «hex40:fp»
settings:
  ipConfiguration:
    requireSsl: true
""")
N("neg_gcloud_sql_users_list_table_password_policy_column", GCLOUD, """
$ gcloud sql users list --instance=wandb-«lc8:i»
NAME        HOST  TYPE      PASSWORD_POLICY
root        %     BUILT_IN  {'passwordExpirationDuration': '«dig5:d»s'}
wandb       %     BUILT_IN
wandb-gcs@«@wandb-prod|ml-platform»-«dig6:p».iam  CLOUD_IAM_SERVICE_ACCOUNT
""")
N("neg_gcloud_iam_service_accounts_keys_list_json", GCP_SAKEY, """
[
  {
    "keyAlgorithm": "KEY_ALG_RSA_2048",
    "keyOrigin": "GOOGLE_PROVIDED",
    "keyType": "USER_MANAGED",
    "name": "projects/«@wandb-prod|ml-platform»-«dig6:p»/serviceAccounts/wandb-gcs@«@wandb-prod|ml-platform»-«dig6:p».iam.gserviceaccount.com/keys/«hex40:kid»",
    "validAfterTime": "«TZ»",
    "validBeforeTime": "9999-12-31T23:59:59Z"
  }
]
""")
N("neg_gcloud_redis_instances_describe_auth_enabled_no_string", GCLOUD, """
authEnabled: true
createTime: '«TZ»'
host: 10.«dig2:a».«dig1:b».4
name: projects/«@wandb-prod|ml-platform»-«dig6:p»/locations/us-central1/instances/wandb-redis
persistenceIamIdentity: serviceAccount:service-«dig12:pn»@cloud-redis.iam.gserviceaccount.com
transitEncryptionMode: SERVER_AUTHENTICATION
""")
N("neg_gcloud_kms_keys_versions_describe_algorithm_state", GCLOUD, """
algorithm: GOOGLE_SYMMETRIC_ENCRYPTION
createTime: '«TZ»'
generateTime: '«TZ»'
name: projects/«@wandb-prod|ml-platform»-«dig6:p»/locations/global/keyRings/wandb/cryptoKeys/gcs/cryptoKeyVersions/«@1|2|3»
protectionLevel: SOFTWARE
state: ENABLED
""")
N("neg_kcc_sqluser_password_valuefrom_secretkeyref", GCP_KCC, """
apiVersion: sql.cnrm.cloud.google.com/v1beta1
kind: SQLUser
metadata:
  name: wandb
  annotations:
    cnrm.cloud.google.com/project-id: «@wandb-prod|ml-platform»-«dig6:p»
spec:
  instanceRef:
    name: wandb-«lc8:i»
  password:
    valueFrom: {secretKeyRef: {name: wandb-mysql, key: password}}
""")
N("neg_gcloud_cloudbuild_log_substitution_names_only", GCLOUD, """
Step #3 - "helm-upgrade": Running: helm upgrade --install wandb wandb/operator-wandb -n wandb --set global.license=$$WANDB_LICENSE --set global.host=https://«@wandb|ml».example.com
Step #3 - "helm-upgrade": Release "wandb" has been upgraded. Happy Helming!
Step #3 - "helm-upgrade": REVISION: «dig2:r»
""")
N("neg_gcloud_storage_hmac_list_access_ids", GCLOUD, """
$ gcloud storage hmac list
ACCESS_ID                                                      STATE   SERVICE_ACCOUNT_EMAIL
GOOG1E«uc55:ai»  ACTIVE  wandb-gcs@«@wandb-prod|ml-platform»-«dig6:p».iam.gserviceaccount.com
""")
# ---- az look-alikes
N("neg_az_keyvault_secret_show_attributes_without_value_query", AZ_KV, """
$ az keyvault secret show --vault-name «@wandb|wbprod»-kv-«lc5:k» --name wandb-license --query "{id:id, enabled:attributes.enabled, updated:attributes.updated}" -o json
{
  "enabled": true,
  "id": "https://«@wandb|wbprod»-kv-«lc5:k».vault.azure.net/secrets/wandb-license/«hex32:ver»",
  "updated": "«TZ»+00:00"
}
""")
N("neg_az_storage_account_show_encryption_and_key_creation_time", AZ_STORAGE, """
  "encryption": {
    "keySource": "Microsoft.Keyvault",
    "keyvaultproperties": {
      "keyname": "wandb-storage-cmk",
      "keyvaulturi": "https://«@wandb|wbprod»-kv-«lc5:k».vault.azure.net",
      "keyversion": "«hex32:ver»"
    }
  },
  "keyCreationTime": {"key1": "«TZ»", "key2": "«TZ»"},
""")
N("neg_az_ad_sp_credential_list_hint_and_key_id_tsv", AZ_SP, """
$ az ad app credential list --id «uuid:app» --query "[].[displayName,hint,keyId,endDateTime]" -o tsv
wandb-oidc⇥«an3:h»⇥«uuid:kid»⇥«TZ»
""")
N("neg_az_aks_show_identity_and_oidc_issuer", AZ_AKS, """
  "identity": {
    "principalId": "«uuid:pid»",
    "tenantId": "«uuid:tid»",
    "type": "SystemAssigned"
  },
  "oidcIssuerProfile": {
    "enabled": true,
    "issuerUrl": "https://eastus.oic.prod-aks.azure.com/«uuid:tid»/«uuid:iss»/"
  },
""")
N("neg_az_mysql_flexible_server_show_table", AZ_MYSQL, """
Name                   Resource Group    Location    Version    Storage Size(GiB)    Tier            SKU              State
---------------------  ----------------  ----------  ---------  -------------------  --------------  ---------------  -------
«@wandb|wbprod»-mysql-«lc6:s»   wandb-rg          westeurope  8.0.21     128                  GeneralPurpose  Standard_D4ds_v4  Ready
""")
N("neg_az_containerapp_secret_list_names_only", AZ_CAPP, """
$ az containerapp secret list -n wandb-«lc4:x» -g wandb-rg -o table
Name
--------------
mysql-password
redis-password
license
""")
N("neg_az_webapp_config_appsettings_keyvault_references", AZ_CLI, """
Name                     Value                                                                                       SlotSetting
-----------------------  ------------------------------------------------------------------------------------------  -------------
MYSQL_PASSWORD           @Microsoft.KeyVault(SecretUri=https://«@wandb|wbprod»-kv-«lc5:k».vault.azure.net/secrets/mysql-password/)  False
LICENSE                  @Microsoft.KeyVault(VaultName=«@wandb|wbprod»-kv-«lc5:k»;SecretName=wandb-license)                     False
""")
N("neg_az_storage_blob_show_etag_md5_and_request_id", AZ_STORAGE, """
  "properties": {
    "contentLength": «dig8:l»,
    "contentSettings": {
      "contentMd5": "«b64s22:m»==",
      "contentType": "application/octet-stream"
    },
    "etag": "\\"0x8DC«uhex13:e»\\"",
    "serverEncrypted": true,
""")
# ---- kubectl look-alikes
N("neg_kubectl_describe_secret_tls_byte_counts_and_annotations", K8S_KUBECTL, """
Name:         wandb-tls-«lc5:x»
Namespace:    wandb
Labels:       controller.cert-manager.io/fao=true
Annotations:  cert-manager.io/certificate-name: wandb-tls
              cert-manager.io/issuer-name: letsencrypt-prod
Type:  kubernetes.io/tls
Data
====
tls.crt:  «dig4:c» bytes
tls.key:  «@1675|1679|3243|3247» bytes
""")
N("neg_kubectl_get_deployment_env_valuefrom_secretkeyref_json", K8S_KUBECTL, """
                            {
                                "name": "MYSQL_PASSWORD",
                                "valueFrom": {
                                    "secretKeyRef": {
                                        "key": "password",
                                        "name": "wandb-mysql-«lc5:x»"
                                    }
                                }
                            },
""")
N("neg_kubectl_describe_deployment_env_from_secret_and_configmap", K8S_KUBECTL, """
    Environment Variables from:
      wandb-app-env-«lc5:x»   ConfigMap  Optional: false
      wandb-bucket            Secret     Optional: false
    Environment:
      HOST:             https://«@wandb|ml».example.com
      MYSQL_PASSWORD:   <set to the key 'password' in secret 'wandb-mysql'>  Optional: false
      GORILLA_LICENSE:  <set to the key 'license' of config map 'wandb-license'>  Optional: false
""")
N("neg_kubectl_get_configmap_yaml_non_secret_settings_named_secretish", K8S_KUBECTL, """
apiVersion: v1
data:
  GORILLA_SESSION_LENGTH: 720h
  GORILLA_TOKEN_EXPIRY: 30d
  PASSWORD_MIN_LENGTH: "12"
  OIDC_AUTH_METHOD: pkce
kind: ConfigMap
metadata:
  name: wandb-app-settings
  resourceVersion: "«dig8:rv»"
  uid: «uuid:uid»
""")
N("neg_kubectl_get_secret_json_metadata_managedfields_no_data", K8S_SECRET, """
{
    "apiVersion": "v1",
    "kind": "Secret",
    "metadata": {
        "creationTimestamp": "«TZ»",
        "managedFields": [{"apiVersion": "v1", "fieldsType": "FieldsV1", "fieldsV1": {"f:data": {".": {}, "f:password": {}}}, "manager": "kubectl-create", "operation": "Update"}],
        "name": "wandb-mysql",
        "resourceVersion": "«dig8:rv»",
        "uid": "«uuid:uid»"
    },
    "type": "Opaque"
""")
N("neg_kubectl_get_secrets_list_type_and_data_count", K8S_KUBECTL, """
NAME                                 TYPE                             DATA   AGE
sh.helm.release.v1.wandb.v«dig2:r»         helm.sh/release.v1               1      «dig2:a»d
wandb-bucket                         Opaque                           2      «dig2:b»d
wandb-mysql                          Opaque                           4      «dig2:c»d
wandb-tls                            kubernetes.io/tls                2      «dig2:d»d
""")
N("neg_kubectl_get_sealedsecret_encrypteddata_ciphertext", K8S_SECRET, """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: wandb-mysql
  namespace: wandb
spec:
  encryptedData:
    password: AgB«b64s200:ct»
  template:
    metadata: {name: wandb-mysql, namespace: wandb}
""")
N("neg_kubectl_get_serviceaccount_irsa_annotation_role_arn", K8S_KUBECTL, """
apiVersion: v1
kind: ServiceAccount
metadata:
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::⟦ACCT⟧:role/«@wandb|wbprod»-irsa-«lc6:r»
    azure.workload.identity/client-id: «uuid:cid»
    iam.gke.io/gcp-service-account: wandb-gcs@«@wandb-prod|ml-platform»-«dig6:p».iam.gserviceaccount.com
  name: wandb-app
  namespace: wandb
""")
N("neg_kubectl_get_pod_yaml_args_password_file_flag", K8S_KUBECTL, """
  containers:
  - args:
    - --mysql-host=«@wandb|wb»-mysql.wandb.svc
    - --mysql-user=wandb
    - --config.my-cnf=/etc/mysqld-exporter/.my.cnf
    - --listen=:«dig4:port»
    image: prom/mysqld-exporter:v0.15.1
    name: mysqld-exporter
""")
N("neg_kubeconfig_user_exec_env_profile_only", K8S_KUBECONFIG, """
users:
- name: arn:aws:eks:us-east-1:⟦ACCT⟧:cluster/wandb-eks-«lc4:x»
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      args: ["--region", "us-east-1", "eks", "get-token", "--cluster-name", "wandb-eks-«lc4:x»"]
      command: aws
      env:
      - name: AWS_PROFILE
        value: wandb-admin
""")
N("neg_kubeconfig_cluster_certificate_authority_data", K8S_KUBECONFIG, """
clusters:
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM1ekNDQWMrZ0F3SUJBZ0lC«b64s120:ca»
    server: https://«hex32:ep».gr7.us-east-1.eks.amazonaws.com
  name: arn:aws:eks:us-east-1:⟦ACCT⟧:cluster/wandb-eks
""")
N("neg_kubectl_get_events_image_pull_digest", K8S_KUBECTL, """
LAST SEEN   TYPE     REASON    OBJECT                           MESSAGE
«dig1:a»m          Normal   Pulled    pod/wandb-app-«lc10:r»-«lc5:p»   Successfully pulled image "wandb/local:0.«dig2:v».0" in «dig1:s».«dig3:ms»s (image size «dig9:sz» bytes)
«dig1:a»m          Normal   Created   pod/wandb-app-«lc10:r»-«lc5:p»   Created container wandb-app
""")
# ---- operator CR / helm look-alikes
N("neg_wandb_cr_spec_values_bucket_secret_ref_and_kms", WANDB_OPERATOR, """
apiVersion: apps.wandb.com/v1
kind: WeightsAndBiases
metadata:
  name: wandb
  namespace: default
spec:
  values:
    global:
      host: https://«@wandb|ml».example.com
      bucket: {provider: s3, name: «@wandb|wbprod»-bucket-«lc8:b», region: us-east-1, kmsKey: "arn:aws:kms:us-east-1:⟦ACCT⟧:key/«uuid:k»", secret: {secretName: wandb-bucket, accessKeyName: ACCESS_KEY, secretKeyName: SECRET_KEY}}
""")
N("neg_wandb_cr_status_applied_generation_and_hashes", WANDB_OPERATOR, """
status:
  conditions:
  - lastTransitionTime: "«TZ»"
    message: release wandb applied
    observedGeneration: «dig2:g»
    reason: Reconciled
    status: "True"
    type: Ready
  phase: Completed
  specHash: «hex64:h»
""")
N("neg_helm_get_values_license_secret_reference_block", HELM_GET, """
USER-SUPPLIED VALUES:
global:
  licenseSecret:
    key: license
    name: wandb-license-«lc5:x»
  mysql:
    passwordSecret:
      name: wandb-mysql
      passwordKey: password
""")
N("neg_helm_get_values_all_json_mysql_password_empty_string", HELM_GET, """
$ helm get values wandb -n wandb --all -o json | jq .global.mysql
{
  "database": "wandb_local",
  "host": "«@wandb|wb»-aurora.cluster-«lc12:c».us-east-1.rds.amazonaws.com",
  "password": "",
  "port": 3306,
  "user": "wandb"
}
""")
N("neg_helm_history_table_revisions", HELM_INSTALL, """
REVISION        UPDATED                         STATUS          CHART                   APP VERSION     DESCRIPTION
«dig2:r»              Mon Jan «dd:d» «hh:h»:«mm:m»:11 2025        superseded      operator-wandb-0.«dig2:v».1    0.«dig2:v».0          Upgrade complete
«dig2:s»              Tue Jan «dd:e» «hh:h2»:«mm:m2»:41 2025        deployed        operator-wandb-0.«dig2:v».2    0.«dig2:v».0          Upgrade complete
""")
N("neg_helm_get_manifest_secret_with_lookup_placeholders_annotations", HELM_MANIFEST, """
---
# Source: operator-wandb/charts/app/templates/secrets.yaml
apiVersion: v1
kind: Secret
metadata:
  name: wandb-app-config
  annotations:
    checksum/config: «hex64:c»
    helm.sh/resource-policy: keep
type: Opaque
""")
N("neg_helm_upgrade_debug_values_map_redacted_by_chart", HELM_INSTALL, """
upgrade.go:164: [debug] preparing upgrade for wandb
upgrade.go:172: [debug] performing update for wandb
client.go:«dig3:l»: [debug] checking «dig2:n» resources for changes
client.go:«dig3:m»: [debug] Looks like there are no changes for Secret "wandb-mysql"
upgrade.go:«dig3:o»: [debug] updating status for upgraded release for wandb
""")
N("neg_helm_values_yaml_placeholders_angle_and_changeme_comment", WANDB_CHARTS, """
global:
  host: https://«@wandb|ml».example.com
  license: <your-license-key>
  mysql:
    host: «@wandb|wb»-mysql-«lc4:x»
    password: ""   # set with --set global.mysql.password or use passwordSecret
""")
# ---- Argo / Flux look-alikes
N("neg_argocd_app_get_yaml_helm_valuefiles_and_revision_sha", ARGO_APP, """
spec:
  source:
    chart: operator-wandb
    helm:
      valueFiles:
      - values-prod.yaml
      - secrets://values-secrets.enc.yaml
    repoURL: https://charts.wandb.ai
    targetRevision: 0.«dig2:v».«dig1:m»
status:
  sync:
    revision: «hex40:sha»
""")
N("neg_argocd_app_diff_secret_data_masked_plus_signs", ARGO_CLI, """
===== /Secret wandb/wandb-redis-«lc5:x» ======
7c7
<   password: ++++++++
---
>   password: ++++++++++++
""")
N("neg_argocd_repo_creds_secret_ssh_url_and_githubapp_ids", ARGO_APP, """
apiVersion: v1
kind: Secret
metadata:
  name: github-app-creds
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repo-creds
stringData:
  url: https://github.com/«@acme|example-org»
  githubAppID: "«dig6:a»"
  githubAppInstallationID: "«dig8:i»"
""")
N("neg_flux_helmrelease_valuesfrom_secret_refs", FLUX_HR, """
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: wandb
spec:
  interval: «@5m|10m|15m»
  valuesFrom:
  - kind: Secret
    name: wandb-license-«lc5:x»
    valuesKey: license
    targetPath: global.license
""")
N("neg_flux_kustomization_postbuild_substitute_from_secret", FLUX_KS, """
spec:
  path: ./clusters/prod/wandb-«lc4:x»
  postBuild:
    substitute:
      wandb_host: «@wandb|ml».example.com
    substituteFrom:
    - kind: Secret
      name: wandb-vars
  decryption:
    provider: sops
""")
N("neg_flux_get_sources_helm_artifact_revision_digest", FLUX_SRC, """
NAME    REVISION                                                                        SUSPENDED       READY   MESSAGE
wandb   sha256:«hex64:d»    False           True    stored artifact: revision 'sha256:«hex64:d»'
""")
# ---- CI look-alikes
N("neg_gha_log_step_env_block_all_masked", GHA_LOG, """
«TGH» ##[group]Run terraform apply -auto-approve -input=false
«TGH» terraform apply -auto-approve -input=false
«TGH» shell: /usr/bin/bash -e {0}
«TGH» env:
«TGH»   TF_VAR_database_master_password: ***
«TGH»   ARM_CLIENT_SECRET: ***
«TGH»   TF_VAR_namespace: «@wandb|wbprod»-«lc4:x»
«TGH» ##[endgroup]
""")
N("neg_gha_log_debug_evaluating_secret_masked_result", GHA_CMDS, """
«TGH» ##[debug]Evaluating: secrets.WANDB_DB_PASSWORD
«TGH» ##[debug]Evaluating Index:
«TGH» ##[debug]..Evaluating secrets:
«TGH» ##[debug]..=> Object
«TGH» ##[debug]=> '***'
«TGH» ##[debug]Result: '***'
""")
N("neg_gha_log_oidc_configure_aws_credentials_role_session", GHA_LOG, """
«TGH» ##[group]Run aws-actions/configure-aws-credentials@v4
«TGH» with:
«TGH»   role-to-assume: arn:aws:iam::⟦ACCT⟧:role/«@wandb-deployer|gha-terraform»
«TGH»   role-session-name: GitHubActions-«dig10:r»
«TGH»   aws-region: us-east-1
«TGH» ##[endgroup]
«TGH» Assuming role with OIDC
""")
N("neg_gitlab_job_log_masked_variable_and_commit_sha", GL_CI, """
section_start:«dig10:ts»:step_script⏎␛[0K␛[0K␛[36;1mExecuting "step_script" stage of the job script␛[0;m␛[0K
␛[32;1m$ helm upgrade --install wandb wandb/operator-wandb -n wandb --set global.redis.password=[MASKED] --wait␛[0;m
␛[32;1m$ echo "deployed ${CI_COMMIT_SHA}"␛[0;m
deployed «hex40:sha»
""")
N("neg_gitlab_ci_yml_variables_ids_and_masked_refs", GL_CI, """
variables:
  ARM_SUBSCRIPTION_ID: «uuid:sub»
  ARM_TENANT_ID: «uuid:ten»
  ARM_CLIENT_ID: «uuid:cid»
  ARM_CLIENT_SECRET: $AZURE_CLIENT_SECRET
  ARM_USE_OIDC: "true"
""")
# ---- docker look-alikes
N("neg_docker_inspect_format_env_range_file_vars", DOCKER_INSPECT, """
$ docker inspect --format '{{range .Config.Env}}{{println .}}{{end}}' wandb-mysql-«lc4:x»
MYSQL_ROOT_PASSWORD_FILE=/run/secrets/mysql_root_password
MYSQL_DATABASE=wandb_local
MYSQL_USER=wandb
MYSQL_PASSWORD_FILE=/run/secrets/mysql_password
GOSU_VERSION=1.17
""")
N("neg_docker_compose_config_json_secrets_file_source", COMPOSE_CONFIG, """
{
  "name": "wandb-«lc4:x»",
  "secrets": {
    "mysql_password": {
      "name": "wandb_mysql_password",
      "file": "/srv/wandb/secrets/mysql_password.txt"
    }
  }
}
""")
N("neg_docker_history_no_trunc_env_non_secret_and_digests", DOCKER_HISTORY, """
IMAGE          CREATED       CREATED BY                                                                   SIZE      COMMENT
sha256:«hex64:i»   «dig1:d» days ago    /bin/sh -c #(nop)  ENV WANDB_DISABLE_CODE=true                       0B
<missing>      «dig1:d» days ago    /bin/sh -c #(nop)  ENV SECRET_KEY_FILE=/run/secrets/secret_key        0B
""")
N("neg_docker_image_inspect_repo_digests_and_rootfs_layers", DOCKER_INSPECT, """
        "RepoDigests": [
            "wandb/local@sha256:«hex64:d»"
        ],
        "RootFS": {
            "Type": "layers",
            "Layers": [
                "sha256:«hex64:l1»",
                "sha256:«hex64:l2»"
            ]
""")
# ---- IaC extras look-alikes
N("neg_pulumi_stack_config_yaml_secure_ciphertext", PULUMI, """
config:
  aws:region: us-east-1
  wandb:dbPassword:
    secure: v1:«b64s16:n»:«b64s40:ct»
  wandb:namespace: «@wandb|wbprod»-«lc4:x»
""")
N("neg_pulumi_stack_output_secret_placeholder", PULUMI, """
$ pulumi stack output
Current stack outputs (3):
    OUTPUT         VALUE
    bucketName     «@wandb|wbprod»-bucket-«lc8:b»
    mysqlPassword  [secret]
    url            https://«@wandb|ml».example.com
""")
N("neg_crossplane_providerconfig_secret_ref_and_irsa", CROSSPLANE, """
apiVersion: aws.upbound.io/v1beta1
kind: ProviderConfig
metadata:
  name: default
spec:
  credentials:
    source: Secret
    secretRef: {namespace: crossplane-system, name: aws-secret-«lc5:x», key: creds}
""")
N("neg_kustomization_secretgenerator_files_and_envs", KUSTOMIZE, """
secretGenerator:
- name: wandb-mysql-«lc4:x»
  namespace: wandb
  files:
  - password=secrets/mysql_password.txt
  envs:
  - secrets/wandb.env
""")
N("neg_external_secret_spec_data_remote_ref_and_status", ESO, """
spec:
  refreshInterval: 1h
  secretStoreRef: {kind: ClusterSecretStore, name: aws-secretsmanager}
  target: {name: wandb-mysql, creationPolicy: Owner}
  data:
  - secretKey: password
    remoteRef: {key: «@wandb|wb-prod»/mysql, property: password, version: uuid/«uuid:v»}
status:
  refreshTime: "«TZ»"
  syncedResourceVersion: 1-«hex32:h»
""")
N("neg_secretproviderclass_azure_keyvault_objects", CSI_SSS, """
spec:
  provider: azure
  parameters:
    usePodIdentity: "false"
    clientID: «uuid:cid»
    keyvaultName: «@wandb|wbprod»-kv-«lc5:k»
    tenantId: «uuid:t»
    objects: |
      array:
        - |
          objectName: mysql-admin-password
          objectType: secret
""")
N("neg_az_webapp_publishing_profile_xml_without_password_query", AZ_WEBAPP, """
$ az webapp deployment list-publishing-profiles -n wandb-app-«lc4:x» -g wandb-rg --query "[].{profile:profileName, method:publishMethod, url:publishUrl}" -o table
Profile                          Method    Url
-------------------------------  --------  -------------------------------------
wandb-app - Web Deploy           MSDeploy  wandb-app.scm.azurewebsites.net:443
wandb-app - FTP                  FTP       ftps://waws-prod-am2-«dig3:n».ftp.azurewebsites.windows.net/site/wwwroot
""")
N("neg_gcloud_run_services_describe_env_secret_key_ref_export", GCLOUD, """
      containers:
      - env:
        - name: GORILLA_SESSION_KEY
          valueFrom:
            secretKeyRef:
              key: «@latest|1|2|3»
              name: wandb-session-key
        image: us-docker.pkg.dev/«@wandb-prod|ml-platform»/wandb/local@sha256:«hex64:d»
""")

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
                raise SystemExit("cannot draw %s (%d lines)" % (name, len(lines)))
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
                raise SystemExit("cannot draw %s (%d lines)" % (name, len(lines)))
            neg_seen.add(key)
            neg_out.append({"shape": name, "lines": lines})
    for fn, recs in (("positives.jsonl", pos_out), ("negatives.jsonl", neg_out)):
        with open(os.path.join(here, fn), "w", encoding="utf-8", newline="\n") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
