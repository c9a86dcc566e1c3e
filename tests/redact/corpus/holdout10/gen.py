#!/usr/bin/env python3
"""holdout10 generator: sealed held-out set for the wbdiag secret redactor.

Python 3, stdlib only.  Fixed seed.  Writes positives.jsonl and negatives.jsonl
next to this file, byte for byte the same on every run.

Templates use {{name:kind:len}} placeholders.  Names starting with an upper-case
S (S, S1, S2, SA ...) are listed secrets; lower-case names are surrounding,
non-secret values.  {{name:fn(arg)}} derives a value from an earlier one (arg is
a name) or from a fresh draw (arg is kind:len).  {{@ESC}} etc. insert control
characters.  Shapes that need byte-level work (base64 alignment, quoted-
printable, hexdumps) are small Python functions.
"""
import base64
import binascii
import json
import os
import random
import re
import string
import urllib.parse

SEED = 20261010
R = random.Random(SEED)

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase
LAN = string.ascii_lowercase + string.digits
UAN = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"
PWSPEC = "#@:/;=!*^~%&"
PWSAFE = "-_.~!*"

USERS = ["wandb", "wandb_app", "svc-wandb", "gorilla", "ops", "mlops", "admin_ro",
         "backup", "weave", "replicator", "platform", "deploy"]
HOSTS = ["mysql.wandb.svc.cluster.local", "db-primary.example.internal",
         "wandb-mysql.example.com", "10.20.3.14", "aurora-wb.cluster-example.internal"]
CHOSTS = ["ch-0.clickhouse.svc", "clickhouse.weave.svc.cluster.local", "10.20.7.31",
          "weave-ch.example.internal"]
WORDS = ["alpha", "bravo", "cedar", "delta", "ember", "falcon", "garnet", "harbor",
         "indigo", "juniper", "kestrel", "lumen", "meadow", "nimbus", "orchid",
         "pebble", "quartz", "raven", "sierra", "tundra", "umber", "violet"]
NS = ["wandb", "wandb-prod", "ml-platform", "wb-system", "default"]
REGIONS = ["us-east-1", "us-west-2", "eu-central-1", "ap-northeast-1"]


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def pw(n, spec=PWSPEC):
    while True:
        s = list(rs(AN, n))
        for _ in range(max(2, n // 6)):
            s[R.randrange(1, n - 1)] = R.choice(spec)
        s = "".join(s)
        if sum(c in spec for c in s) >= 2 and s[0] in AN and s[-1] in AN:
            return s


def ts():
    return "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (
        R.randint(1, 11), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59),
        R.randint(0, 59), R.randint(0, 999))


def tsp():
    return "2026-%02d-%02d %02d:%02d:%02d" % (
        R.randint(1, 11), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59),
        R.randint(0, 59))


def hms():
    return "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def uuid4():
    h = rs(HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


KINDS = {
    "an": lambda n: rs(AN, n),
    "lan": lambda n: rs(LAN, n),
    "uan": lambda n: rs(UAN, n),
    "up": lambda n: rs(string.ascii_uppercase, n),
    "lo": lambda n: rs(LO, n),
    "hex": lambda n: rs(HEX, n),
    "HEX": lambda n: rs(HEX.upper(), n),
    "b64": lambda n: rs(B64, n),
    "b64u": lambda n: rs(B64U, n),
    "dig": lambda n: rs(string.digits, n),
    "int": lambda n: R.choice("123456789") + rs(string.digits, n - 1),
    "pw": lambda n: pw(n),
    "pws": lambda n: pw(n, PWSAFE),
    "pwx": lambda n: pw(n, "#@:/;=!*^~%&'\""),
    "uuid": lambda n: uuid4(),
    "user": lambda n: R.choice(USERS),
    "host": lambda n: R.choice(HOSTS),
    "chost": lambda n: R.choice(CHOSTS),
    "eport": lambda n: str(R.randint(32768, 60999)),
    "word": lambda n: R.choice(WORDS),
    "ns": lambda n: R.choice(NS),
    "region": lambda n: R.choice(REGIONS),
    "ip": lambda n: "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254)),
    "ts": lambda n: ts(),
    "tsp": lambda n: tsp(),
    "hms": lambda n: hms(),
    "ep": lambda n: str(R.randint(1767000000, 1796000000)),
    "port": lambda n: str(R.choice([3306, 5432, 6379, 9000, 8123, 9092, 443, 8443])),
    "ver": lambda n: "%d.%d.%d" % (R.randint(0, 2), R.randint(0, 60), R.randint(0, 9)),
}


def b64s(b):
    return base64.b64encode(b).decode()


FNS = {
    "pct": lambda v: urllib.parse.quote(v, safe=""),
    "pctp": lambda v: urllib.parse.quote_plus(v),
    "b64": lambda v: b64s(v.encode()),
    "b64np": lambda v: b64s(v.encode()).rstrip("="),
    "hexenc": lambda v: binascii.hexlify(v.encode()).decode().upper(),
    "jesc": lambda v: json.dumps(v)[1:-1],
    "xml": lambda v: v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"),
    "html": lambda v: v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"),
    "upper": lambda v: v.upper(),
    "same": lambda v: v,
}

CTRL = {"ESC": "\x1b", "TAB": "\t", "ZWSP": "\u200b", "CR": "\r", "NBSP": "\u00a0",
        "BS": "\b", "ELL": "\u2026", "BEL": "\x07"}

PH = re.compile(r"\{\{(@\w+|\w+:[^{}]*?)\}\}")


def render(tpl):
    vals = {}
    order = []

    def draw(spec):
        if ":" in spec:
            k, n = spec.split(":", 1)
            return KINDS[k](int(n) if n else 0)
        return KINDS[spec](0)

    def sub(m):
        body = m.group(1)
        if body.startswith("@"):
            return CTRL[body[1:]]
        name, rest = body.split(":", 1)
        if name in vals:
            return vals[name]
        fm = re.match(r"^(\w+)\((.*)\)$", rest)
        if fm:
            fn, arg = fm.group(1), fm.group(2)
            src = vals[arg] if arg in vals else draw(arg)
            v = FNS[fn](src)
        else:
            v = draw(rest)
        vals[name] = v
        order.append(name)
        return v

    text = PH.sub(sub, tpl)
    lines = text.split("\n")
    secrets = [vals[n] for n in order if n[0] == "S"]
    return lines, secrets


def b64_secret_part(prefix, secret, suffix=b""):
    """Base64 of prefix+secret+suffix, and the base64 characters that encode
    only whole 3-byte groups of the secret (plus the final partial group when
    the secret ends the data), without '=' padding."""
    data = prefix + secret + suffix
    enc = b64s(data)
    start = -(-len(prefix) // 3) * 3
    end_b = len(prefix) + len(secret)
    if suffix:
        end = (end_b // 3) * 3
        part = enc[start // 3 * 4: end // 3 * 4]
    else:
        part = enc[start // 3 * 4:].rstrip("=")
    return enc, part


# ---------------------------------------------------------------- checks

def grams(s, n=6):
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def record_ok(lines, secrets, json_lines=False):
    if json_lines:
        for ln in lines:
            if ln.startswith("{"):
                try:
                    json.loads(ln)
                except ValueError:
                    return False
    text = "\n".join(lines)
    for s in secrets:
        if len(s) < 8 or s not in text:
            return False
    masked = text
    for s in sorted(secrets, key=len, reverse=True):
        masked = masked.replace(s, "\x00")
    for s in secrets:
        for g in grams(s):
            if g in masked:
                return False
    return True


def neg_ok(lines, json_lines=False):
    if json_lines:
        for ln in lines:
            if ln.startswith("{"):
                try:
                    json.loads(ln)
                except ValueError:
                    return False
    return True


# ---------------------------------------------------------------- positives

P = []  # (name, new, generator, json_lines)


def p(name, tpl, new=True, j=False):
    P.append((name, new, lambda t=tpl: render(t), j))


def pf(name, fn, new=True, j=False):
    P.append((name, new, fn, j))


JWTH = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9"

# ---- W&B itself


def _tfplan_license():
    lic = JWTH + "." + rs(B64U, 140) + "." + rs(B64U, 86)
    sig = lic.rsplit(".", 1)[1]
    ns = R.choice(NS)
    ch = {"address": "module.wandb.helm_release.operator", "mode": "managed", "type": "helm_release",
          "name": "operator", "change": {"actions": ["update"], "after": {
              "name": "wandb", "namespace": ns,
              "values": ["global:\n  host: https://wandb.example.com\n  license: %s\n" % lic]},
              "after_sensitive": {"values": True}}}
    return ["$ terraform show -json tfplan | jq -c '.resource_changes[] | select(.type==\"helm_release\")'",
            json.dumps(ch, separators=(",", ":"))], [sig]


pf("wandb_tfplan_show_json_resource_change_after_license", _tfplan_license, j=True)

p("wandb_launch_agent_kubectl_jsonpatch_env_add", r'''$ kubectl -n {{n:ns}} patch deployment launch-agent --type=json -p='[{"op":"add","path":"/spec/template/spec/containers/0/env/-","value":{"name":"WANDB_API_KEY","value":"{{S:hex:40}}"}}]'
deployment.apps/launch-agent patched''')

p("wandb_ipython_history_sqlite_select_source", r'''$ sqlite3 ~/.ipython/profile_default/history.sqlite "select session, line, source from history order by session desc limit 4"
{{a:int:3}}|1|import wandb
{{a:int:3}}|2|wandb.login(key="local-{{S:hex:40}}", host="https://wandb.example.com")
{{a:int:3}}|3|run = wandb.init(project="{{w:word}}-eval")''')

p("vscode_settings_terminal_integrated_env_wandb", r'''// .vscode/settings.json
{
    "python.defaultInterpreterPath": ".venv/bin/python",
    "terminal.integrated.env.linux": {
        "WANDB_BASE_URL": "https://wandb.example.com",
        "WANDB_API_KEY": "{{S:hex:40}}"
    },
    "editor.formatOnSave": true
}''')

p("slurm_sbatch_export_flag_wandb_key", r'''  812  sbatch --partition=gpu --gres=gpu:4 --export=ALL,WANDB_API_KEY={{S:hex:40}},WANDB_PROJECT={{w:word}} train.sh
  813  squeue -u $USER
Submitted batch job {{j:int:7}}''')

p("gha_workflow_yaml_job_env_literal_wandb", r'''jobs:
  train:
    runs-on: [self-hosted, gpu]
    env:
      WANDB_BASE_URL: https://wandb.example.com
      WANDB_API_KEY: {{S:hex:40}}
      WANDB_ENTITY: {{w:word}}
    steps:
      - uses: actions/checkout@v4''')

p("pytest_showlocals_frame_wandb_key", r'''    def test_login_roundtrip(tmp_path):
>       api = wandb.Api(api_key=api_key, overrides={"base_url": base_url})
E       wandb.errors.AuthenticationError: API key not valid
api_key    = 'local-{{S:hex:40}}'
base_url   = 'https://wandb.example.com'
tmp_path   = PosixPath('/tmp/pytest-of-ci/pytest-{{n:int:2}}/test_login_roundtrip0')''')

p("weave_clickhouse_http_interface_query_string_password", r'''{{t:tsp}}.{{ms:dig:6}} [ {{tid:int:3}} ] {Debug} HTTPHandler-factory: HTTP Request for HTTPHandler-factory. Method: POST, Address: {{ip:ip}}:{{pp:eport}}, User-Agent: weave-trace, Length: {{l:int:4}}, Content Type: text/plain, Transfer Encoding: chunked, X-Forwarded-For: (none)
{{t:tsp}}.{{ms:dig:6}} [ {{tid:int:3}} ] {Trace} DynamicQueryHandler: Request URI: /?user=weave&password={{S:pws:24}}&database=weave_trace_db&query=INSERT%20INTO%20call_parts%20FORMAT%20JSONEachRow''')

p("controller_runtime_zap_console_tab_fields_spec_password", r'''{{t:ts}}{{@TAB}}INFO{{@TAB}}controllers.WeightsAndBiases{{@TAB}}Applying desired spec{{@TAB}}{"weightsandbiases": {"name":"wandb","namespace":"{{n:ns}}"}, "values": {"mysql": {"host": "{{h:host}}", "user": "wandb", "password": "{{S:pw:22}}"}}}
{{t2:ts}}{{@TAB}}DEBUG{{@TAB}}controllers.WeightsAndBiases{{@TAB}}Reconcile finished{{@TAB}}{"requeueAfter": "1h0m0s"}''')

p("wandb_launch_vertex_worker_pool_specs_env_json", r'''{"spec": {"worker_pool_specs": [{"machine_spec": {"machine_type": "n1-standard-8", "accelerator_type": "NVIDIA_TESLA_T4", "accelerator_count": 1}, "replica_count": 1, "container_spec": {"image_uri": "${image_uri}", "env": [{"name": "WANDB_BASE_URL", "value": "https://wandb.example.com"}, {"name": "WANDB_API_KEY", "value": "{{S:hex:40}}"}]}}], "staging_bucket": "gs://{{w:word}}-launch-staging"}, "run": {"restart_job_on_worker_restart": false}}''', new=False, j=True)

p("direnv_envrc_export_and_load_message", r'''$ cat .envrc
export WANDB_BASE_URL=https://wandb.example.com
export WANDB_API_KEY=local-{{S:hex:40}}
$ cd .
direnv: loading ~/src/{{w:word}}/.envrc
direnv: export +WANDB_API_KEY +WANDB_BASE_URL''')

p("nbconvert_html_pygments_spans_wandb_login", r'''<div class="highlight"><pre><span></span><span class="kn">import</span> <span class="nn">wandb</span>
<span class="n">wandb</span><span class="o">.</span><span class="n">login</span><span class="p">(</span><span class="n">key</span><span class="o">=</span><span class="s2">&quot;{{S:hex:40}}&quot;</span><span class="p">,</span> <span class="n">relogin</span><span class="o">=</span><span class="kc">True</span><span class="p">)</span>
</pre></div>''')


def _weave_otel_basic():
    key = rs(HEX, 40)
    enc, part = b64_secret_part(b"api:", key.encode())
    return ["from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter",
            "exporter = OTLPSpanExporter(",
            "    endpoint=\"https://wandb.example.com/traces/otel/v1/traces\",",
            "    headers={\"Authorization\": \"Basic %s\", \"project_id\": \"%s/%s\"}," % (enc, R.choice(WORDS), R.choice(WORDS)),
            ")"], [part]


pf("weave_otel_exporter_python_headers_basic_api_prefix", _weave_otel_basic)

p("ecs_task_definition_environment_weave_clickhouse", r'''{"family": "wandb-weave-trace", "containerDefinitions": [{"name": "weave-trace", "image": "wandb/weave-trace:{{v:ver}}", "environment": [{"name": "WF_CLICKHOUSE_HOST", "value": "{{h:chost}}"}, {"name": "WF_CLICKHOUSE_USER", "value": "weave"}, {"name": "WF_CLICKHOUSE_PASS", "value": "{{S:pw:26}}"}], "essential": true}], "networkMode": "awsvpc"}''', j=True)


def _helm_computed():
    lic = JWTH + "." + rs(B64U, 120) + "." + rs(B64U, 86)
    ns = R.choice(NS)
    return ["NAME: wandb", "LAST DEPLOYED: Thu Nov  5 %s 2026" % hms(), "NAMESPACE: %s" % ns,
            "STATUS: pending-upgrade", "REVISION: %d" % R.randint(2, 40), "COMPUTED VALUES:", "global:",
            "  host: https://wandb.example.com", "  license: %s" % lic, "  mysql:",
            "    host: %s" % R.choice(HOSTS)], [lic.rsplit(".", 1)[1]]


pf("helm_upgrade_dry_run_computed_values_license", _helm_computed, new=False)

p("wandb_server_mysqldump_defaults_extra_file_heredoc_runbook", r'''cat > /tmp/wb-backup.cnf <<'EOF'
[mysqldump]
user=wandb
password={{S:pw:20}}
host={{h:host}}
EOF
mysqldump --defaults-extra-file=/tmp/wb-backup.cnf --single-transaction wandb_local | gzip > wandb_local.sql.gz''', new=False)

p("wandb_service_account_key_python_dict_pprint", r'''>>> pprint(cfg)
{'base_url': 'https://wandb.example.com',
 'entity': '{{w:word}}-ml',
 'service_account': {'api_key': '{{S:hex:40}}',
                     'name': 'ci-bot'},
 'timeout': 30}''', new=False)

# ---- Kubernetes / GitOps
p("k8s_configmap_data_application_properties_block", r'''apiVersion: v1
kind: ConfigMap
metadata:
  name: {{w:word}}-api-config
  namespace: {{n:ns}}
data:
  application.properties: |
    spring.datasource.url=jdbc:mysql://{{h:host}}:3306/wandb
    spring.datasource.username=wandb
    spring.datasource.password={{S:pw:22}}
    server.port=8080''')

p("k8s_container_command_sh_c_export_mysql_pwd", r'''    containers:
    - name: db-check
      image: mysql:8.0
      command: ["sh", "-c", "export MYSQL_PWD='{{S:pw:20}}' && mysqladmin -h {{h:host}} -u wandb ping"]''')

p("kubectl_jsonpath_range_env_name_value_output", r'''$ kubectl -n {{n:ns}} get pod wandb-app-0 -o jsonpath='{range .spec.containers[*].env[*]}{.name}={.value}{"\n"}{end}'
HOST=https://wandb.example.com
BUCKET=s3:///{{w:word}}-wandb
GORILLA_SESSION_SECRET={{S:an:48}}
REDIS=redis://:{{S2:an:32}}@redis-master.{{n:ns}}.svc:6379''')

p("k8s_cronjob_args_list_curl_header_api_key", r'''          containers:
          - name: export
            image: curlimages/curl:8.5.0
            args:
            - -sf
            - -H
            - "X-Api-Key: {{S:an:40}}"
            - https://wandb.example.com/api/v1/export''')

p("kubectl_edit_configmap_tempfile_with_error_header", r'''# Please edit the object below. Lines beginning with a '#' will be ignored,
# and an empty file will abort the edit. If an error occurs while saving this file will be
# reopened with the relevant failures.
#
# configmaps "wandb-env" was not valid:
# * data.GORILLA_EMAIL_SINK: Invalid value
apiVersion: v1
data:
  GORILLA_EMAIL_SINK: smtp://apikey:{{S:an:36}}@smtp.example.com:587
kind: ConfigMap''')

p("kubectl_run_env_flag_redis_cli", r'''$ kubectl -n {{n:ns}} run redis-probe --rm -it --restart=Never --image=redis:7 --env="REDISCLI_AUTH={{S:an:32}}" -- redis-cli -h redis-master ping
PONG
pod "redis-probe" deleted''')

p("helm_notes_rendered_root_password_line", r'''NOTES:
** Please be patient while the chart is being deployed **
MySQL root password (temporary, rotate after first login): {{S:an:24}}
To connect: mysql -h mysql.{{n:ns}}.svc.cluster.local -uroot -p''')

p("openshift_oc_set_env_deployment_assignment", r'''$ oc set env deployment/wandb -n {{n:ns}} MYSQL_PASSWORD='{{S:pw:20}}' OIDC_CLIENT_SECRET={{S2:an:40}}
deployment.apps/wandb updated''')


def _set_env_license():
    lic = JWTH + "." + rs(B64U, 110) + "." + rs(B64U, 86)
    return ["$ kubectl -n %s set env deploy/wandb-app GORILLA_LICENSE=%s" % (R.choice(NS), lic),
            "deployment.apps/wandb-app env updated"], [lic.rsplit(".", 1)[1]]


pf("kubectl_set_env_deployment_assignment_license", _set_env_license, new=False)

p("kustomize_build_configmap_hash_suffix_dsn", r'''apiVersion: v1
kind: ConfigMap
metadata:
  name: wandb-env-{{hs:lan:10}}
data:
  MYSQL: mysql://wandb:{{S:pws:22}}@{{h:host}}:3306/wandb_local
  HOST: https://wandb.example.com''', new=False)

p("flux_kustomization_postbuild_substitute_inline", r'''apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: wandb
spec:
  interval: 10m
  postBuild:
    substitute:
      cluster_name: {{w:word}}
      mysql_password: "{{S:pw:24}}"
      bucket_secret_key: "{{S2:b64:40}}"''')

p("olm_subscription_config_env_literal", r'''apiVersion: operators.coreos.com/v1alpha1
kind: Subscription
metadata:
  name: wandb-operator
spec:
  channel: stable
  config:
    env:
    - name: WANDB_LICENSE_KEY
      value: "{{S:an:64}}"''')

p("argo_workflowtemplate_arguments_parameter_value", r'''spec:
  arguments:
    parameters:
    - name: wandb-project
      value: {{w:word}}
    - name: wandb-api-key
      value: "{{S:hex:40}}"''')

p("argocd_app_set_helm_parameter_flag", r'''$ argocd app set wandb -p mysql.password='{{S:pw:20}}' -p global.host=https://wandb.example.com
$ argocd app sync wandb''', new=False)

p("pulumi_preview_show_secrets_diff_plus_lines", r'''     Type                       Name         Plan       Info
 ~   kubernetes:core/v1:Secret  wandb-mysql  update     [diff: ~stringData]
      ~ stringData: {
          ~ password: "{{S0:pw:18}}" => "{{S:pw:20}}"
        }''')

# ---- Terraform / IaC / config management
p("terraform_console_nonsensitive_result", r'''$ terraform console
> nonsensitive(random_password.mysql.result)
"{{S:pws:32}}"
> exit''')

p("terraform_tf_log_provider_http_request_body", r'''{{t:ts}} [DEBUG] provider.terraform-provider-aws_v5.31.0_x5: HTTP Request Sent: tf_provider_addr=registry.terraform.io/hashicorp/aws http.request.body="Action=ModifyDBCluster&DBClusterIdentifier=wandb&MasterUserPassword={{S:pctp(pw:22)}}&Version=2014-10-31" http.method=POST tf_rpc=ApplyResourceChange''')

p("terraform_cloud_vars_api_response_sensitive_false", r'''{"data": {"id": "var-{{i:an:16}}", "type": "vars", "attributes": {"key": "mysql_master_password", "value": "{{S:pw:24}}", "sensitive": false, "category": "terraform", "hcl": false}}}''', j=True)

p("opentofu_tf_encryption_env_pbkdf2_passphrase", r'''export TF_ENCRYPTION='key_provider "pbkdf2" "wb" { passphrase = "{{S:pws:36}}" }
method "aes_gcm" "wb" { keys = key_provider.pbkdf2.wb }
state { method = method.aes_gcm.wb }'
tofu plan -out=wb.tfplan''')

p("packer_build_var_flag_ssh_password", r'''$ packer build -var 'ssh_password={{S:pw:18}}' -var region={{r:region}} wandb-ami.pkr.hcl
amazon-ebs.wandb: output will be in this color.''')

p("cloud_init_write_files_env_content", r'''#cloud-config
write_files:
  - path: /etc/wandb/wandb.env
    permissions: '0600'
    content: |
      MYSQL=mysql://wandb:{{S:pws:20}}@{{h:host}}:3306/wandb_local
      LICENSE_KEY={{S2:an:48}}''')

p("saltstack_pillar_sls_mysql_password", r'''# /srv/pillar/wandb/init.sls
wandb:
  mysql:
    host: {{h:host}}
    user: wandb
    password: '{{S:pw:22}}'
  bucket: s3://{{w:word}}-wandb''')

p("puppet_hiera_yaml_class_parameter_password", r'''---
profile::wandb::mysql_host: '{{h:host}}'
profile::wandb::mysql_password: '{{S:pw:22}}'
profile::wandb::redis_password: "{{S2:an:32}}"''')

# ---- Cloud CLIs


def _ecr_login():
    payload = rs(B64, 96)
    datakey = rs(B64, 84)
    doc = '{"payload":"%s","datakey":"%s","version":"2","type":"DATA_KEY","expiration":%d}' % (
        payload, datakey, R.randint(1767000000, 1796000000))
    enc = b64s(doc.encode())
    _, p1 = b64_secret_part(b'{"payload":"', payload.encode(), b"x")
    pre2 = ('{"payload":"%s","datakey":"' % payload).encode()
    _, p2 = b64_secret_part(pre2, datakey.encode(), b"x")
    return ["$ aws ecr get-login-password --region %s" % R.choice(REGIONS), enc], [p1, p2]


pf("aws_ecr_get_login_password_raw_output", _ecr_login)

p("aws_codeartifact_get_authorization_token_json", r'''$ aws codeartifact get-authorization-token --domain {{w:word}} --domain-owner {{acct:int:12}}
{
    "authorizationToken": "eyJ2ZXIiOjEsImlzdSI6{{S:b64u:180}}",
    "expiration": "{{t:ts}}"
}''')

p("aws_sts_get_session_token_yaml_output", r'''$ aws sts get-session-token --output yaml
Credentials:
  AccessKeyId: ASIA{{k:uan:16}}
  Expiration: '{{t:ts}}'
  SecretAccessKey: {{S:b64:40}}
  SessionToken: IQoJb3JpZ2luX2VjE{{S2:b64:220}}''', new=False)

p("aws_cognito_describe_user_pool_client_secret", r'''{
    "UserPoolClient": {
        "UserPoolId": "{{r:region}}_{{pid:an:9}}",
        "ClientName": "wandb-server",
        "ClientId": "{{cid:lan:26}}",
        "ClientSecret": "{{S:lan:51}}",
        "AllowedOAuthFlows": ["code"],
        "CallbackURLs": ["https://wandb.example.com/oidc/callback"]''')

p("gcloud_container_clusters_describe_masterauth_password", r'''masterAuth:
  clientCertificateConfig: {}
  password: {{S:an:16}}
  username: admin
name: wandb-{{w:word}}
network: default''')


def _memorystore():
    a = uuid4()
    return ["$ gcloud redis instances get-auth-string wandb-cache --region=us-central1",
            "authString: %s" % a], [a]


pf("gcloud_redis_instances_get_auth_string", _memorystore)

p("gcloud_compute_reset_windows_password_output", r'''$ gcloud compute reset-windows-password bastion-win --zone us-central1-a --user wbadmin
ip_address: 34.{{a:int:2}}.{{b:int:2}}.{{c:int:2}}
password:   {{S:pwx:15}}
username:   wbadmin''')

p("az_mysql_flexible_server_create_generated_password", r'''{
  "connectionString": "mysql wandb --host wandb-{{w:word}}.mysql.database.azure.com --user wbadmin --password={{S:pws:22}}",
  "databaseName": "wandb",
  "host": "wandb-{{w:word}}.mysql.database.azure.com",
  "password": "{{S:pws:22}}",
  "username": "wbadmin"
}''')

p("az_redis_list_keys_json_output", r'''$ az redis list-keys -g wandb-rg -n wandb-cache
{
  "primaryKey": "{{S:b64:43}}=",
  "secondaryKey": "{{S2:b64:43}}="
}''', new=False)

p("az_acr_credential_show_table", r'''$ az acr credential show -n wandbregistry -o table
USERNAME       PASSWORD                                              PASSWORD2
-------------  ----------------------------------------------------  ----------------------------------------------------
wandbregistry  {{S:b64:52}}  {{S2:b64:52}}''')

p("az_storage_account_show_connection_string_json", r'''$ az storage account show-connection-string -g wandb-rg -n wandb{{w:word}}
{
  "connectionString": "DefaultEndpointsProtocol=https;EndpointSuffix=core.windows.net;AccountName=wandb{{w:word}};AccountKey={{S:b64:86}}=="
}''', new=False)

p("oci_os_preauth_request_create_access_uri", r'''{
  "data": {
    "access-type": "AnyObjectReadWrite",
    "access-uri": "/p/{{S:b64u:64}}/n/{{nsx:lan:12}}/b/wandb-bucket/o/",
    "id": "{{i:b64:44}}",
    "time-expires": "{{t:ts}}"
  }
}''')

p("oci_iam_auth_token_create_json", r'''$ oci iam auth-token create --user-id ocid1.user.oc1..{{u:lan:60}} --description wandb-registry
{
  "data": {
    "description": "wandb-registry",
    "lifecycle-state": "ACTIVE",
    "token": "{{S:pw:20}}",
    "user-id": "ocid1.user.oc1..{{u:lan:60}}"
  }
}''')

# ---- Databases and queues
p("pgpassword_env_prefix_pg_dump_crontab", r'''# m h dom mon dow command
15 2 * * * PGPASSWORD='{{S:pw:20}}' pg_dump -h {{h:host}} -U {{u:user}} -Fc keycloak > /backup/keycloak-$(date +\%F).dump''')

p("mysqlsh_js_shell_connect_object_literal", r''' MySQL  JS > shell.connect({user: 'wandb', password: '{{S:pw:20}}', host: '{{h:host}}', port: 3306})
Creating a session to 'wandb@{{h:host}}:3306'
Fetching schema names for auto-completion... Press ^C to stop.''')

p("xtrabackup_ps_cmdline_password_flag", r'''root  {{pid:int:5}}  3.1  0.4 812344 71232 ?  Sl  {{t:hms}}  0:12 xtrabackup --backup --host={{h:host}} --user=backup --password={{S:pws:20}} --target-dir=/backup/{{d:int:8}}''')

p("flyway_conf_and_cli_password", r'''# flyway.conf
flyway.url=jdbc:mysql://{{h:host}}:3306/wandb_local
flyway.user=wandb
flyway.password={{S:pw:20}}
$ flyway -configFiles=flyway.conf -password={{S2:pws:18}} info''')

p("golang_migrate_cli_database_flag_tcp_dsn", r'''$ migrate -path ./migrations -database "mysql://wandb:{{S:pws:20}}@tcp({{h:host}}:3306)/wandb_local?multiStatements=true" up
2/u add_run_tags (41.2ms)''')

p("memtier_benchmark_authenticate_flag", r'''$ memtier_benchmark -s redis-master.{{n:ns}}.svc -p 6379 --authenticate=default:{{S:an:32}} --ratio=1:10 -n 2000
Writing results to stdout''')

p("redis_exporter_password_file_json_map", r'''$ cat /etc/redis_exporter/pwd.json
{
  "redis://redis-master.{{n:ns}}.svc:6379": "{{S:an:32}}",
  "rediss://cache.example.internal:6380": "{{S2:pw:24}}"
}''')


def _mongo_keyfile():
    raw = rs(B64, 1008)
    lines = ["$ cat /etc/mongod/keyfile"]
    chunks = [raw[i:i + 72] for i in range(0, len(raw), 72)][:6]
    lines += chunks
    return lines, chunks


pf("mongodb_replica_set_keyfile_cat_lines", _mongo_keyfile)

p("smallrye_kafka_merging_config_map_line", r'''{{t:tsp}},{{ms:dig:3}} INFO  [io.sma.rea.mes.kafka] (Quarkus Main Thread) SRMSG18200: Merging config with {security.protocol=SASL_SSL, sasl.mechanism=SCRAM-SHA-512, ssl.truststore.password={{S:an:16}}, sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="wandb" password="{{S2:pw:22}}";, bootstrap.servers=kafka-0.kafka.svc:9093}''')

p("kafka_connect_rest_connector_config_json", r'''$ curl -s http://connect:8083/connectors/wandb-mysql-source/config
{"connector.class":"io.debezium.connector.mysql.MySqlConnector","database.hostname":"{{h:host}}","database.user":"debezium","database.password":"{{S:pw:22}}","topic.prefix":"wandb","tasks.max":"1"}''', j=True)

p("redpanda_rpk_profile_print_sasl", r'''$ rpk profile print
name: wandb-prod
kafka_api:
    brokers:
        - kafka-0.kafka.svc:9092
    sasl:
        user: wandb
        password: {{S:an:28}}
        mechanism: SCRAM-SHA-256''')

p("clickhouse_client_config_xml_connections_credentials", r'''<config>
    <connections_credentials>
        <connection>
            <name>weave</name>
            <hostname>{{h:chost}}</hostname>
            <user>weave</user>
            <password>{{S:an:28}}</password>
        </connection>
    </connections_credentials>
</config>''')

p("clickhouse_create_named_collection_s3_keys", r'''CREATE NAMED COLLECTION weave_s3 AS
    url = 'https://s3.{{r:region}}.amazonaws.com/{{w:word}}-weave/',
    access_key_id = 'AKIA{{k:uan:16}}',
    secret_access_key = '{{S:b64:40}}',
    format = 'Parquet';''')

p("clickhouse_query_log_vertical_mysql_table_function", r'''Row 1:
──────
type:                QueryFinish
event_time:          {{t:tsp}}
query_duration_ms:   {{d:int:3}}
query:               SELECT count() FROM mysql('{{h:host}}:3306', 'wandb_local', 'runs', 'wandb', '{{S:pws:20}}')
user:                default''')

p("clickhouse_text_log_s3_table_function_insert", r'''{{t:tsp}}.{{ms:dig:6}} [ {{tid:int:3}} ] {{{qid:uuid:0}}} <Debug> executeQuery: (from {{ip:ip}}:{{pp:eport}}) INSERT INTO FUNCTION s3('https://minio.{{n:ns}}.svc:9000/weave/export.parquet', 'weave-export', '{{S:an:40}}', 'Parquet') SELECT * FROM calls_merged (stage: Complete)''')

p("mysql_connector_j_exception_url_userinfo", r'''Caused by: java.sql.SQLNonTransientConnectionException: Cannot load connection class because of underlying exception: com.mysql.cj.exceptions.WrongArgumentException: Malformed database URL, failed to parse the connection string near ';useSSL=true'.
	url: jdbc:mysql://wandb:{{S:pws:20}}@{{h:host}}:3306/wandb_local;useSSL=true
	at com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:110)''', new=False)

p("dovecot_passwd_file_plain_scheme", r'''$ sudo cat /etc/dovecot/users
alerts@example.com:{PLAIN}{{S:pw:18}}::::::
ops@example.com:{SHA512-CRYPT}$6$rounds=5000${{salt:an:16}}${{hsh:b64u:86}}::::::''')

p("activemq_users_properties_plain", r'''# conf/users.properties
admin={{S:pw:20}}
wandb-events={{S2:an:24}}''')

# ---- Object stores
p("boto3_client_kwargs_traceback_source_line", r'''Traceback (most recent call last):
  File "/opt/jobs/sync_bucket.py", line 14, in <module>
    s3 = boto3.client("s3", endpoint_url="https://minio.example.internal", aws_access_key_id="{{k:uan:20}}", aws_secret_access_key="{{S:b64:40}}")
botocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL''')

p("kopia_repository_connect_s3_flags", r'''$ kopia repository connect s3 --bucket={{w:word}}-wandb-backup --endpoint=s3.{{r:region}}.amazonaws.com --access-key=AKIA{{k:uan:16}} --secret-access-key={{S:b64:40}} --password='{{S2:pw:24}}'
Connected to repository.''')

p("minio_console_env_pbkdf_passphrase_salt", r'''CONSOLE_PBKDF_PASSPHRASE={{S:an:32}}
CONSOLE_PBKDF_SALT={{S2:an:32}}
CONSOLE_MINIO_SERVER=https://minio.{{n:ns}}.svc:9000''')

p("garage_key_info_output_secret", r'''$ garage key info wandb-key --show-secret
Key name: wandb-key
Key ID: GK{{kid:hex:24}}
Secret key: {{S:hex:64}}
Can create buckets: false''')

p("linode_obj_keys_create_json", r'''[{"id": {{i:int:5}}, "label": "wandb-bucket", "access_key": "{{k:uan:20}}", "secret_key": "{{S:an:40}}", "limited": true}]''')

# ---- Identity
p("keycloak_realm_export_smtp_server_password", r'''  "smtpServer" : {
    "host" : "smtp.example.com",
    "port" : "587",
    "from" : "keycloak@example.com",
    "auth" : "true",
    "user" : "keycloak-mailer",
    "password" : "{{S:pw:22}}",
    "starttls" : "true"
  },''')

p("keycloak_realm_export_ldap_bind_credential_array", r'''        "config" : {
          "bindDn" : [ "cn=keycloak,ou=svc,dc=example,dc=com" ],
          "bindCredential" : [ "{{S:pw:22}}" ],
          "connectionUrl" : [ "ldaps://ldap.example.com:636" ],
          "usersDn" : [ "ou=people,dc=example,dc=com" ]''')


def _okta_yaml():
    tok = "00" + rs(B64U, 40)
    return ["okta:", "  client:", "    orgUrl: https://example.okta.com", "    token: %s" % tok,
            "    connectionTimeout: 30"], [tok]


pf("okta_cli_okta_yaml_client_token", _okta_yaml)

p("azure_msal_token_cache_refresh_token_secret", r'''{
  "RefreshToken": {
    "{{oid:uuid:0}}.{{tid:uuid:0}}-login.microsoftonline.com-refreshtoken-04b07795-8ddb-461a-bbee-02f9e1bf7b46--": {
      "credential_type": "RefreshToken",
      "secret": "1.A{{S:b64u:300}}",
      "home_account_id": "{{oid:uuid:0}}.{{tid:uuid:0}}"''')

p("ldapmodify_ldif_userpassword_plain_replace", r'''$ ldapmodify -H ldaps://ldap.example.com -D cn=admin,dc=example,dc=com -y /root/.ldappw <<EOF
dn: uid=wandb-bind,ou=svc,dc=example,dc=com
changetype: modify
replace: userPassword
userPassword: {{S:pw:20}}
EOF''', new=False)

p("freeipa_server_install_dm_admin_password_flags", r'''# ipa-server-install --unattended --realm EXAMPLE.COM --domain example.com -p '{{S:pw:18}}' -a '{{S2:pw:18}}' --setup-dns --no-forwarders
The log file for this installation can be found in /var/log/ipaserver-install.log''')

p("fusionauth_kickstart_json_api_key", r'''{
  "variables": {
    "apiKey": "{{S:an:44}}",
    "adminPassword": "{{S2:pw:20}}"
  },
  "apiKeys": [{"key": "#{apiKey}", "description": "kickstart"}]
}''')

p("spring_security_oauth2_client_registration_yaml", r'''spring:
  security:
    oauth2:
      client:
        registration:
          okta:
            client-id: 0oa{{cid:an:17}}
            client-secret: {{S:b64u:64}}
            scope: openid,profile,email''')

p("ory_kratos_config_secrets_cookie_cipher", r'''secrets:
  cookie:
    - {{S:an:32}}
  cipher:
    - {{S2:an:32}}
selfservice:
  default_browser_return_url: https://wandb.example.com/''')

p("ory_hydra_create_oauth2_client_table", r'''$ hydra create oauth2-client --endpoint http://hydra-admin:4445 --name wandb --grant-type authorization_code --redirect-uri https://wandb.example.com/oidc/callback
CLIENT ID	{{cid:uuid:0}}
CLIENT SECRET	{{S:b64u:32}}
GRANT TYPES	authorization_code
REDIRECT URIS	https://wandb.example.com/oidc/callback''')

# ---- Observability
p("datadog_checks_mysql_conf_yaml_instance_password", r'''# /etc/datadog-agent/conf.d/mysql.d/conf.yaml
init_config:
instances:
  - host: {{h:host}}
    port: 3306
    username: datadog
    password: "{{S:pw:22}}"
    dbm: true''')

p("datadog_api_curl_application_key_header", r'''$ curl -s -X GET "https://api.datadoghq.com/api/v2/users" -H "DD-API-KEY: {{S:hex:32}}" -H "DD-APPLICATION-KEY: {{S2:hex:40}}"''')

p("newrelic_python_agent_ini_license_key", r'''[newrelic]
license_key = {{S:hex:36}}NRAL
app_name = wandb-exporter
monitor_mode = true''', new=False)

p("grafana_cli_admin_reset_admin_password", r'''$ kubectl -n monitoring exec deploy/grafana -- grafana cli admin reset-admin-password '{{S:pw:20}}'
Admin password changed successfully ✔''')


def _grafana_legacy_key():
    k = rs(AN, 32)
    doc = '{"k":"%s","n":"wandb-export","id":%d}' % (k, R.randint(1, 9))
    enc, part = b64_secret_part(b'{"k":"', k.encode(), b"x")
    enc = b64s(doc.encode())
    return ['$ curl -s -XPOST -H "Content-Type: application/json" -d \'{"name":"wandb-export","role":"Viewer"}\' http://admin:***@grafana:3000/api/auth/keys',
            json.dumps({"id": R.randint(1, 40), "name": "wandb-export", "key": enc})], [part]


pf("grafana_legacy_api_key_create_response_base64", _grafana_legacy_key, j=True)

p("sentry_cli_properties_auth_token", r'''defaults.url=https://sentry.example.com/
defaults.org={{w:word}}
defaults.project=wandb-frontend
auth.token=sntrys_{{S:b64:160}}''')

p("sentry_relay_credentials_json_secret_key", r'''$ cat .relay/credentials.json
{"secret_key":"{{S:b64u:43}}","public_key":"{{pk:b64u:43}}","id":"{{i:uuid:0}}"}''', j=True)

p("kibana_yml_es_password_and_encryption_key", r'''elasticsearch.hosts: ["https://es.{{n:ns}}.svc:9200"]
elasticsearch.username: kibana_system
elasticsearch.password: "{{S:pw:22}}"
xpack.encryptedSavedObjects.encryptionKey: "{{S2:an:32}}"''')

p("dynatrace_api_token_header_dt0c01", r'''$ curl -s -H "Authorization: Api-Token dt0c01.{{tid:uan:24}}.{{S:uan:64}}" https://{{env:lan:8}}.live.dynatrace.com/api/v2/metrics''')

p("otel_collector_config_basicauth_extension_client", r'''extensions:
  basicauth/wandb:
    client_auth:
      username: "{{acct:int:6}}"
      password: "glc_{{S:b64:120}}"
exporters:
  otlphttp:
    auth:
      authenticator: basicauth/wandb''')

# ---- CI/CD
p("gitlab_ci_yml_variables_literal_and_trigger_token", r'''variables:
  WANDB_BASE_URL: "https://wandb.example.com"
  WANDB_API_KEY: "{{S:hex:40}}"
trigger_eval:
  script:
    - curl -X POST -F token=glptt-{{S2:hex:40}} -F ref=main https://gitlab.example.com/api/v4/projects/{{pid:int:3}}/trigger/pipeline''')

p("gha_set_x_trace_add_mask_expanded", r'''+ echo '::add-mask::{{S:an:36}}'
+ export DB_PASSWORD={{S:an:36}}
+ ./scripts/migrate.sh''')

p("jenkins_script_console_println_plaintext_credentials", r'''Result: [wandb-api-key, mysql-wandb]
wandb-api-key : {{S:hex:40}}
mysql-wandb : wandb / {{S2:pw:20}}''')

p("bitbucket_pipelines_pipe_variables_literal", r'''        - pipe: atlassian/aws-s3-deploy:1.1.0
          variables:
            AWS_ACCESS_KEY_ID: 'AKIA{{k:uan:16}}'
            AWS_SECRET_ACCESS_KEY: '{{S:b64:40}}'
            S3_BUCKET: '{{w:word}}-wandb-artifacts'
            LOCAL_PATH: dist''')

p("az_pipelines_variable_group_variable_list_json", r'''$ az pipelines variable-group variable list --group-id {{g:int:2}} -o json
{
  "MYSQL_PASSWORD": {
    "isSecret": null,
    "value": "{{S:pw:20}}"
  },
  "WANDB_HOST": {
    "isSecret": null,
    "value": "https://wandb.example.com"
  }
}''')

p("harness_delegate_yaml_env_token", r'''        env:
        - name: ACCOUNT_ID
          value: {{acc:an:22}}
        - name: DELEGATE_TOKEN
          value: {{S:an:44}}
        - name: MANAGER_HOST_AND_PORT
          value: https://app.harness.io''')

p("gitea_act_runner_register_token_flag", r'''$ ./act_runner register --no-interactive --instance https://gitea.example.com --token {{S:an:40}} --name gpu-runner-{{n:int:2}}
INFO Registering runner, arch=amd64, os=linux, version=v0.2.11.''')

p("concourse_fly_set_pipeline_var_flag", r'''$ fly -t main set-pipeline -p wandb-deploy -c pipeline.yml -v mysql-password='{{S:pw:20}}' -v wandb-api-key={{S2:hex:40}}''')

p("jfrog_cli_config_add_access_token_flag", r'''$ jf c add wb-art --url=https://artifactory.example.com --access-token=cmVmdGtuOjAxOjE3{{S:b64u:48}} --interactive=false''')

p("gitlab_runner_register_cli_token_flag", r'''$ sudo gitlab-runner register --non-interactive --url https://gitlab.example.com --token glrt-{{S:b64u:20}} --executor kubernetes''', new=False)

p("gha_docker_login_action_with_password_literal", r'''      - uses: docker/login-action@v3
        with:
          registry: docker.io
          username: wandbci
          password: dckr_pat_{{S:b64u:27}}''')

# ---- Mail / notify / chat
p("mailjet_curl_user_key_secret_pair", r'''$ curl -s -X POST --user "{{k:hex:32}}:{{S:hex:32}}" https://api.mailjet.com/v3.1/send -H 'Content-Type: application/json' -d @alert.json''')

p("resend_api_key_env_and_sdk_call", r'''RESEND_API_KEY=re_{{kid:an:8}}_{{S:an:24}}
resend.Emails.send({"from": "wandb@example.com", "to": ["ops@example.com"], "subject": "run failed"})''')

p("sparkpost_bare_authorization_header_curl_v", r'''> POST /api/v1/transmissions HTTP/2
> Host: api.sparkpost.com
> authorization: {{S:hex:40}}
> content-type: application/json''')

p("zulip_zuliprc_api_key", r'''[api]
email=wandb-alerts-bot@zulip.example.com
key={{S:an:32}}
site=https://zulip.example.com''')

p("rocketchat_rest_auth_token_user_id_headers", r'''$ curl -H "X-Auth-Token: {{S:b64u:43}}" -H "X-User-Id: {{uid:an:17}}" https://chat.example.com/api/v1/chat.postMessage -d @message.json''')

# ---- Vault / secret managers
p("vault_operator_generate_root_otp_and_encoded", r'''$ vault operator generate-root -init
A One-Time-Password has been generated for you and is shown in the OTP field.
Nonce         {{nonce:uuid:0}}
Started       true
OTP           {{S:an:28}}
OTP Length    28''')

p("akeyless_auth_access_key_and_token_output", r'''$ akeyless auth --access-id p-{{aid:lan:12}} --access-key '{{S:b64:44}}'
Authentication succeeded.
Token: t-{{S2:hex:64}}''')

p("chamber_export_json_service_params", r'''$ chamber export wandb-server
{"gorilla_session_secret":"{{S:an:48}}","mysql_password":"{{S2:pw:22}}","slack_secret":"{{S3:hex:32}}"}''', j=True)

p("vault_token_lookup_table_id_row", r'''$ vault token lookup
Key                 Value
---                 -----
accessor            {{acc:an:24}}
display_name        kubernetes-wandb-launch-agent
id                  hvs.{{S:b64u:24}}
policies            [default wandb]''', new=False)

# ---- Vendor tokens in varied files
p("renovate_config_js_github_pat_and_hostrule", r'''module.exports = {
  platform: 'github',
  token: 'github_pat_{{S:an:22}}_{{S2:an:59}}',
  hostRules: [{ matchHost: 'registry.example.com', username: 'renovate', password: '{{S3:pw:20}}' }],
};''')

p("composer_auth_json_gitlab_deploy_token", r'''{
    "gitlab-token": {
        "gitlab.example.com": "gldt-{{S:b64u:20}}"
    },
    "http-basic": {"repo.example.com": {"username": "ci", "password": "{{S2:pw:20}}"}}
}''')

p("atlassian_api_token_python_jira_basic_auth", r'''jira = JIRA(server="https://example.atlassian.net", basic_auth=("ops@example.com", "ATATT3xFfGF0{{S:b64u:172}}={{S2:HEX:8}}"))''')

p("linear_api_key_graphql_authorization_header", r'''$ curl -s https://api.linear.app/graphql -H "Content-Type: application/json" -H "Authorization: lin_api_{{S:an:40}}" --data @viewer.graphql.json''')

p("databrickscfg_profile_token_dapi", r'''[DEFAULT]
host  = https://dbc-{{d:hex:8}}-{{e:lan:4}}.cloud.databricks.com
token = dapi{{S:hex:32}}

[wandb-sync]
host  = https://adb-{{n:int:16}}.7.azuredatabricks.net
token = dapi{{S2:hex:32}}-2''')

p("snowsql_config_connection_password", r'''[connections.wandb_export]
accountname = {{acct:lo:7}}-{{a2:lo:7}}
username = WANDB_SYNC
password = {{S:pw:22}}
warehousename = COMPUTE_WH''')

p("litellm_proxy_config_yaml_multi_provider_keys", r'''model_list:
  - model_name: llama-judge
    litellm_params:
      model: groq/llama-3.1-70b-versatile
      api_key: gsk_{{S:an:52}}
  - model_name: claude-judge
    litellm_params:
      model: anthropic/claude-3-5-sonnet-20241022
      api_key: sk-ant-api03-{{S2:b64u:93}}AA
general_settings:
  master_key: sk-{{S3:an:22}}''')

p("pinecone_and_replicate_keys_weave_env_dump", r'''WEAVE_PARALLELISM=10
PINECONE_API_KEY=pcsk_{{pa:an:5}}_{{S:an:64}}
REPLICATE_API_TOKEN=r8_{{S2:an:37}}
WANDB_PROJECT={{w:word}}-rag''')

p("wrangler_default_toml_oauth_refresh_tokens", r'''oauth_token = "{{S:b64u:43}}.{{S2:b64u:43}}"
expiration_time = "{{t:ts}}"
refresh_token = "{{S3:b64u:43}}.{{S4:b64u:43}}"
scopes = ["account:read", "user:read", "workers:write", "offline_access"]''')

p("ngrok_yml_v3_authtoken_and_api_key", r'''version: 3
agent:
  authtoken: 2{{S:an:26}}_{{S2:an:21}}
  api_key: 2{{S3:an:26}}_{{S4:an:21}}''')

p("sonar_scanner_maven_token_property_flag", r'''$ mvn -B verify sonar:sonar -Dsonar.host.url=https://sonar.example.com -Dsonar.projectKey=wandb-exporter -Dsonar.token=squ_{{S:hex:40}}''')

p("snyk_config_set_api_uuid_token", r'''$ snyk config set api={{S:uuid:0}}
api updated
$ snyk test --org={{w:word}}''')

p("newman_postman_api_key_in_collection_url", r'''$ newman run "https://api.getpostman.com/collections/{{cid:uuid:0}}?apikey=PMAK-{{kid:hex:24}}-{{S:hex:34}}" -e wandb.postman_environment.json''')

p("pulumi_credentials_json_access_tokens_map", r'''{
    "current": "https://api.pulumi.com",
    "accessTokens": {
        "https://api.pulumi.com": "pul-{{S:hex:40}}"
    },
    "accounts": {"https://api.pulumi.com": {"username": "{{u:user}}"}}
}''')

p("grafana_backup_tool_json_glsa_token", r'''{
  "grafana": {
    "url": "https://grafana.example.com",
    "token": "glsa_{{S:an:32}}_{{c:hex:8}}",
    "search_api_limit": 5000
  }
}''')

p("cargo_credentials_toml_registry_token", r'''[registry]
token = "cio{{S:an:32}}"

[registries.internal]
token = "Bearer {{S2:b64u:40}}"''')

p("nuget_config_packagesourcecredentials_cleartext", r'''  <packageSourceCredentials>
    <wandb-feed>
      <add key="Username" value="ci" />
      <add key="ClearTextPassword" value="{{S:b64:52}}" />
    </wandb-feed>
  </packageSourceCredentials>''')

p("gradle_properties_repository_password", r'''org.gradle.jvmargs=-Xmx2g
artifactoryUser=ci-publisher
artifactoryPassword={{S:pw:24}}
systemProp.https.proxyPassword={{S2:pws:16}}''')

# ---- Encodings and adversarial placements


def _qp_mail():
    a, b = rs(AN, 12), rs(AN, 14)
    pre = "Ihr neues Datenbank-Passwort f=C3=BCr wandb lautet: pw=3D"
    return ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "",
            "Hallo Team,", pre + a + "=", b + " (g=C3=BCltig bis Freitag)."], [a, b]


pf("quoted_printable_mail_body_soft_break_split", _qp_mail)


def _xxd_env():
    head = "MYSQL_USER=wandb\nMYSQL_PASSWORD="
    sec = rs(AN, 24)
    data = (head + sec + "\nMYSQL_HOST=%s\n" % R.choice(HOSTS[:3])).encode()
    lines = ["$ xxd /run/wandb/db.env | head -6"]
    for off in range(0, min(len(data), 96), 16):
        chunk = data[off:off + 16]
        hx = " ".join(binascii.hexlify(chunk[i:i + 2]).decode() for i in range(0, len(chunk), 2))
        asc = "".join(chr(c) if 32 <= c < 127 else "." for c in chunk)
        lines.append("%08x: %-39s  %s" % (off, hx, asc))
    s0 = len(head)
    parts = []
    for off in range(0, len(data), 16):
        lo, hi = max(off, s0), min(off + 16, s0 + len(sec))
        if hi - lo >= 8:
            parts.append(sec[lo - s0:hi - s0])
    return lines, parts


pf("xxd_hexdump_env_file_ascii_column_split", _xxd_env)

p("strace_execve_argv_array_mysql_p", r'''{{pid:int:5}} execve("/usr/bin/mysql", ["mysql", "-h", "{{h:host}}", "-uwandb", "-p{{S:pws:20}}", "-e", "SELECT 1"], 0x7ffd{{a:hex:8}} /* 23 vars */) = 0''')

p("gdb_examine_strings_environ_memory", r'''(gdb) x/3s *environ
0x7ffc{{a:hex:8}}:	"HOSTNAME=wandb-app-0"
0x7ffc{{b:hex:8}}:	"GORILLA_SESSION_SECRET={{S:an:40}}"
0x7ffc{{c:hex:8}}:	"HOME=/root"''')

p("sysmon_event_xml_process_create_commandline", r'''<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><EventID>1</EventID></System><EventData><Data Name="Image">C:\Program Files\MySQL\bin\mysqldump.exe</Data><Data Name="CommandLine">mysqldump.exe -h {{h:host}} -u backup --password=&quot;{{S:pws:20}}&quot; wandb_local</Data><Data Name="User">EXAMPLE\svc-backup</Data></EventData></Event>''')


def _auditd_hex():
    pwv = pw(16, "#@:/;=!*^~%& ")
    hx = binascii.hexlify(("-a" + pwv).encode()).decode().upper()
    return ['type=EXECVE msg=audit(%s.%03d:%d): argc=4 a0="redis-cli" a1="-h" a2="redis-master" a3=%s' % (
        R.randint(1767000000, 1796000000), R.randint(0, 999), R.randint(10000, 99999), hx),
        "type=PROCTITLE msg=audit(...): proctitle=72656469732D636C69"], [hx[4:]]


pf("auditd_execve_hex_encoded_argument", _auditd_hex)

p("csv_semicolon_german_headers_passwort", r'''Dienst;Benutzer;Passwort;Host;Kommentar
MySQL;wandb;{{S:pws:20}};{{h:host}};"Produktion; nicht rotieren"
Redis;default;{{S2:an:32}};redis-master;''')

p("xml_cdata_wrapped_password_with_markup_chars", r'''<datasource jndi-name="java:/WandbDS">
  <connection-url>jdbc:mysql://{{h:host}}:3306/wandb</connection-url>
  <security>
    <user-name>wandb</user-name>
    <password><![CDATA[{{S:pwx:22}}]]></password>
  </security>
</datasource>''')

p("json5_unquoted_keys_comments_trailing_comma", r'''{
  // production W&B sync settings
  baseUrl: 'https://wandb.example.com',
  apiKey: '{{S:hex:40}}',
  mysql: { user: 'wandb', password: "{{S2:pws:20}}", },
}''')


def _yaml_binary():
    sec = rs(AN, 24)
    enc = b64s(sec.encode())
    return ["mysql:", "  user: wandb", "  password: !!binary |", "    " + enc, "  host: %s" % R.choice(HOSTS)], [enc.rstrip("=")]


pf("yaml_binary_tag_block_scalar_base64_password", _yaml_binary)

p("ansi_progress_carriage_return_overwrite_token", r'''Fetching credentials... {{@ESC}}[32m✔{{@ESC}}[0m{{@CR}}{{@ESC}}[2KToken: {{@ESC}}[1m{{S:b64u:40}}{{@ESC}}[0m (expires in 3600s)''')

p("markdown_link_url_userinfo_credentials", r'''- Grafana (read-only): [dashboard](https://viewer:{{S:pws:18}}@grafana.example.com/d/{{d:an:9}}/wandb)
- MinIO console: [link](https://minio.example.com/browser/wandb)''')

p("java_properties_french_key_mot_de_passe", r'''# Paramètres de connexion à la base W&B
base.utilisateur=wandb
base.mot_de_passe={{S:pw:20}}
base.hôte={{h:host}}''')

p("json_korean_key_bimilbeonho", r'''{"서비스": "wandb-mysql", "사용자": "wandb", "비밀번호": "{{S:pw:20}}", "호스트": "{{h:host}}"}''', j=True)

p("terminal_bracketed_paste_markers_export", r'''$ {{@ESC}}[200~export WANDB_API_KEY={{S:hex:40}}{{@ESC}}[201~
$ wandb verify --host https://wandb.example.com''')

p("har_entry_request_headers_and_postdata", r'''{"request": {"method": "POST", "url": "https://wandb.example.com/oidc/token", "headers": [{"name": "Authorization", "value": "Bearer {{S:b64u:64}}"}, {"name": "Content-Type", "value": "application/x-www-form-urlencoded"}], "postData": {"mimeType": "application/x-www-form-urlencoded", "text": "grant_type=refresh_token&refresh_token={{S2:b64u:54}}&client_id=wandb"}}, "response": {"status": 200}}''', j=True)

p("openresty_lua_table_literal_redis_password", r'''local red_opts = {
    host = "redis-master.{{n:ns}}.svc",
    port = 6379,
    password = "{{S:an:32}}",
    ssl = false,
}''')

p("haskell_show_record_config", r'''[Info] loaded AppConfig {dbHost = "{{h:host}}", dbUser = "wandb", dbPassword = "{{S:pws:20}}", apiToken = Just "{{S2:hex:40}}"}''')

p("r_sys_setenv_wandb_api_key", r'''> Sys.setenv(WANDB_API_KEY = "{{S:hex:40}}", WANDB_BASE_URL = "https://wandb.example.com")
> reticulate::import("wandb")$login()''')

p("clojure_edn_namespaced_keyword_map", r'''{:db/host "{{h:host}}"
 :db/user "wandb"
 :db/password "{{S:pws:20}}"
 :wandb/api-key "{{S2:hex:40}}"}''')

p("protobuf_textproto_credentials_message", r'''datasource {
  name: "wandb"
  credentials {
    username: "wandb"
    secret: "{{S:pw:22}}"
  }
}''')

# ---- Shells and hosts
p("nushell_env_nu_assignment", r'''# env.nu
$env.WANDB_BASE_URL = "https://wandb.example.com"
$env.WANDB_API_KEY = "local-{{S:hex:40}}"''')

p("tcsh_cshrc_setenv", r'''setenv WANDB_BASE_URL https://wandb.example.com
setenv WANDB_API_KEY {{S:hex:40}}
setenv MYSQL_PWD '{{S2:pw:18}}'
set history = 2000''')

p("launchd_plist_environment_variables_dict", r'''	<key>EnvironmentVariables</key>
	<dict>
		<key>WANDB_API_KEY</key>
		<string>{{S:hex:40}}</string>
		<key>WANDB_BASE_URL</key>
		<string>https://wandb.example.com</string>
	</dict>''')

p("apptainer_env_prefix_and_flag", r'''$ APPTAINERENV_WANDB_API_KEY={{S:hex:40}} apptainer exec --nv --env MYSQL_PWD='{{S2:pw:18}}' train.sif python train.py''')

p("ssh_o_setenv_option_secret", r'''$ ssh -o SetEnv="WANDB_API_KEY={{S:hex:40}}" -o SendEnv=LANG gpu-{{n:int:2}}.example.internal wandb agent {{w:word}}/sweeps/{{sw:lan:8}}''')


# ---------------------------------------------------------------- negatives

N = []  # (name, generator, json_lines)


def n(name, tpl, j=False):
    N.append((name, lambda t=tpl: render(t)[0], j))


def nf(name, fn, j=False):
    N.append((name, fn, j))
n("helm_repo_index_yaml_chart_digests", r'''entries:
  operator:
  - apiVersion: v2
    created: "{{t:ts}}"
    digest: {{d:hex:64}}
    name: operator
    urls:
    - https://charts.wandb.ai/operator-{{v:ver}}.tgz
    version: {{v:ver}}''')

n("pgp_public_key_armor_block_export", r'''-----BEGIN PGP PUBLIC KEY BLOCK-----

mQINBG{{a:b64:58}}
{{b:b64:64}}
{{c:b64:64}}
={{crc:b64:4}}
-----END PGP PUBLIC KEY BLOCK-----''')

n("git_ls_tree_blob_object_ids", r'''$ git ls-tree HEAD deploy/
100644 blob {{a:hex:40}}	deploy/secrets.example.yaml
100644 blob {{b:hex:40}}	deploy/values-prod.yaml
040000 tree {{c:hex:40}}	deploy/overlays''')

n("yarn_berry_lock_checksum_entries", r'''"@wandb/sdk@npm:^0.{{m:int:2}}.0":
  version: 0.{{m:int:2}}.{{p:int:1}}
  resolution: "@wandb/sdk@npm:0.{{m:int:2}}.{{p:int:1}}"
  checksum: 10c0/{{c:hex:128}}
  languageName: node''')

n("poetry_lock_package_file_hashes", r'''[[package]]
name = "wandb"
version = "0.{{m:int:2}}.{{p:int:1}}"
files = [
    {file = "wandb-0.{{m:int:2}}.{{p:int:1}}-py3-none-any.whl", hash = "sha256:{{a:hex:64}}"},
    {file = "wandb-0.{{m:int:2}}.{{p:int:1}}.tar.gz", hash = "sha256:{{b:hex:64}}"},
]''')

n("composer_lock_dist_reference_shasum", r'''            "dist": {
                "type": "zip",
                "url": "https://api.github.com/repos/guzzle/guzzle/zipball/{{r:hex:40}}",
                "reference": "{{r:hex:40}}",
                "shasum": ""
            },''')

n("nix_flake_lock_narhash_rev", r'''      "locked": {
        "lastModified": {{e:ep}},
        "narHash": "sha256-{{h:b64:43}}=",
        "owner": "NixOS",
        "repo": "nixpkgs",
        "rev": "{{r:hex:40}}",
        "type": "github"
      },''')

n("alertmanager_webhook_payload_fingerprints", r'''{"receiver": "wandb-ops", "status": "firing", "groupKey": "{}:{alertname=\"WandbMySQLDown\"}", "alerts": [{"status": "firing", "fingerprint": "{{f:hex:16}}", "labels": {"alertname": "WandbMySQLDown", "namespace": "{{n:ns}}"}, "startsAt": "{{t:ts}}", "generatorURL": "http://prometheus:9090/graph?g0.expr=mysql_up+%3D%3D+0"}]}''', j=True)

n("grafana_dashboard_json_uids_and_datasource_refs", r'''{"dashboard": {"uid": "{{u:an:14}}", "title": "W&B Server", "panels": [{"id": 2, "datasource": {"type": "prometheus", "uid": "{{d:an:9}}"}, "title": "GraphQL p99"}], "version": {{v:int:2}}}, "folderUid": "{{f:an:14}}", "overwrite": true}''', j=True)

n("gcloud_auth_list_accounts_table", r'''$ gcloud auth list
                  Credentialed Accounts
ACTIVE  ACCOUNT
*       wandb-sa@{{w:word}}-{{p:int:6}}.iam.gserviceaccount.com
        ops@example.com''')

n("az_account_show_subscription_tenant_ids", r'''{
  "environmentName": "AzureCloud",
  "id": "{{a:uuid:0}}",
  "isDefault": true,
  "name": "wandb-prod",
  "tenantId": "{{b:uuid:0}}",
  "user": {"name": "{{c:uuid:0}}", "type": "servicePrincipal"}
}''')

n("redis_client_list_output_fields", r'''id={{i:int:4}} addr={{ip:ip}}:{{p:eport}} laddr={{ip2:ip}}:6379 fd=12 name=gorilla-{{h:lan:5}} age={{a:int:4}} idle=0 flags=N db=0 sub=0 psub=0 multi=-1 qbuf=0 obl=0 oll=0 omem=0 events=r cmd=client|list user=default redir=-1 resp=2
id={{i2:int:4}} addr={{ip3:ip}}:{{p2:eport}} laddr={{ip2:ip}}:6379 fd=13 name= age={{a2:int:3}} idle=2 flags=N db=0 cmd=ping user=wandb resp=3''')

n("kafka_meta_properties_cluster_and_directory_ids", r'''#
#{{t:tsp}}
node.id=1
directory.id={{d:b64u:22}}
version=1
cluster.id={{c:b64u:22}}''')

n("clickhouse_system_parts_checksums_rows", r'''┌─name────────────────┬─hash_of_all_files────────────────┬─hash_of_uncompressed_files───────┐
│ all_{{a:int:3}}_{{b:int:3}}_1 │ {{h1:hex:32}} │ {{h2:hex:32}} │
│ all_{{c:int:3}}_{{d:int:3}}_2 │ {{h3:hex:32}} │ {{h4:hex:32}} │
└─────────────────────┴──────────────────────────────────┴──────────────────────────────────┘''')

n("saml_response_signature_and_digest_values", r'''<ds:Reference URI="#_{{i:hex:40}}"><ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue>{{d:b64:43}}=</ds:DigestValue></ds:Reference></ds:SignedInfo>
<ds:SignatureValue>{{s1:b64:76}}
{{s2:b64:76}}
{{s3:b64:42}}==</ds:SignatureValue>''')

n("http_content_digest_and_repr_digest_headers", r'''< HTTP/1.1 200 OK
< Content-Type: application/json
< Content-Digest: sha-256=:{{a:b64:43}}=:
< Repr-Digest: sha-512=:{{b:b64:86}}==:
< X-Request-Id: {{r:uuid:0}}''')

n("websocket_handshake_key_accept_headers", r'''> GET /graphql-ws HTTP/1.1
> Upgrade: websocket
> Sec-WebSocket-Key: {{k:b64:22}}==
> Sec-WebSocket-Version: 13
< HTTP/1.1 101 Switching Protocols
< Sec-WebSocket-Accept: {{a:b64:27}}=''')

n("gcp_cloud_trace_context_header_values", r'''{{t:ts}} INFO request finished method=POST path=/graphql status=200 x_cloud_trace_context={{tr:hex:32}}/{{sp:int:19}};o=1 latency_ms={{l:int:3}}''')

n("python_wheel_record_file_hashes", r'''wandb/__init__.py,sha256={{a:b64u:43}},{{s1:int:4}}
wandb/apis/public/api.py,sha256={{b:b64u:43}},{{s2:int:5}}
wandb-0.{{m:int:2}}.0.dist-info/RECORD,,''')

n("dpkg_md5sums_file_lines", r'''{{a:hex:32}}  usr/bin/mysqldump
{{b:hex:32}}  usr/share/doc/mysql-client/changelog.Debian.gz
{{c:hex:32}}  usr/share/man/man1/mysqldump.1.gz''')

n("rpm_qi_signature_key_id_field", r'''Name        : mysql-community-client
Version     : 8.0.{{v:int:2}}
Signature   : RSA/SHA256, Tue {{d:tsp}}, Key ID {{k:hex:16}}
Source RPM  : mysql-community-8.0.{{v:int:2}}-1.el9.src.rpm''')

n("systemd_machine_id_and_boot_id", r'''$ cat /etc/machine-id
{{m:hex:32}}
$ cat /proc/sys/kernel/random/boot_id
{{b:uuid:0}}''')

n("blkid_filesystem_and_partition_uuids", r'''/dev/nvme0n1p1: UUID="{{a:HEX:4}}-{{b:HEX:4}}" TYPE="vfat" PARTUUID="{{c:uuid:0}}"
/dev/nvme1n1: UUID="{{d:uuid:0}}" BLOCK_SIZE="4096" TYPE="xfs"''')

n("weave_object_ref_uris_with_digests", r'''weave:///{{w:word}}-ml/rag-eval/object/Dataset:{{d:b64u:43}}
weave:///{{w:word}}-ml/rag-eval/op/score_answer:{{o:b64u:43}}
weave:///{{w:word}}-ml/rag-eval/call/{{c:uuid:0}}''')


def _lic_claims():
    claims = {"licenseId": uuid4(), "customer": "Example Corp", "maxUsers": R.randint(20, 500),
              "maxStorageGb": R.choice([1000, 5000, 20000]), "expiresAt": ts(), "flags": ["SCIM", "BYOB"]}
    return ["$ cut -d. -f2 license.jwt | base64 -d 2>/dev/null | jq -c .", json.dumps(claims)]


nf("wandb_license_jwt_decoded_claims_payload", _lic_claims, j=True)

n("wandb_key_length_validation_error_messages", r'''wandb: ERROR API key must be 40 characters long, yours was {{n:int:2}}
wandb: ERROR Invalid API key: must start with "local-" for server {{h:host}}
wandb: Appending key for wandb.example.com to your netrc file: /home/{{u:user}}/.netrc''')

n("gha_workflow_secrets_context_references", r'''    env:
      WANDB_API_KEY: ${{ secrets.WANDB_API_KEY }}
      MYSQL_PASSWORD: ${{ secrets.MYSQL_PASSWORD }}
      TOKEN: ${{ github.token && 'set' || 'unset' }}''')

n("compose_required_var_interpolation_syntax", r'''    environment:
      MYSQL_PASSWORD: ${MYSQL_PASSWORD:?MYSQL_PASSWORD is required}
      LICENSE: ${WANDB_LICENSE:-}
      GORILLA_SESSION_SECRET: "$${LITERAL_DOLLAR}"''')

n("ansible_jinja_vault_variable_references", r'''- name: render wandb env
  template:
    src: wandb.env.j2
    dest: /etc/wandb/wandb.env
  vars:
    mysql_password: "{{ vault_wandb_mysql_password }}"
    api_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=wandb/data/api:key') }}"''')

n("sentry_event_filtered_marker_values", r'''{"event_id": "{{e:hex:32}}", "request": {"headers": {"Authorization": "[Filtered]", "Cookie": "[Filtered]"}, "data": {"password": "[Filtered]", "username": "{{u:user}}"}}, "release": "wandb-frontend@{{v:ver}}"}''', j=True)

n("rails_parameter_filter_filtered_log", r'''Started POST "/users/sign_in" for {{ip:ip}} at {{t:tsp}} +0000
Processing by Users::SessionsController#create as HTML
  Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"email"=>"ops@example.com", "password"=>"[FILTERED]"}, "commit"=>"Log in"}''')

n("credential_indirection_setting_names", r'''auth:
  api_key_header: X-API-Key
  password_env: MYSQL_PASSWORD
  token_file_env: WANDB_IDENTITY_TOKEN_FILE
  secret_backend: aws-secretsmanager''')

n("python_percent_format_and_dollar_paren_placeholders", r'''DSN_TEMPLATE = "mysql://%(user)s:%(password)s@%(host)s:3306/wandb_local"
PASSWORD ?= $(MYSQL_PASSWORD)
$env:WANDB_API_KEY = $env:WANDB_API_KEY_FROM_VAULT''')

n("azure_pipelines_macro_and_runtime_expression_refs", r'''- script: ./deploy.sh --password "$(mysqlPassword)" --license "$[variables.wandbLicense]"
  env:
    WANDB_API_KEY: $(wandbApiKey)''')

n("aws_ec2_resource_ids_describe_instances", r'''            "ImageId": "ami-{{a:hex:17}}",
            "InstanceId": "i-{{b:hex:17}}",
            "SubnetId": "subnet-{{c:hex:17}}",
            "VpcId": "vpc-{{d:hex:17}}",
            "SecurityGroups": [{"GroupName": "wandb-app", "GroupId": "sg-{{e:hex:17}}"}],''')

n("mongodb_objectid_documents_find_output", r'''[
  { _id: ObjectId('{{a:hex:24}}'), runName: '{{w:word}}-{{x:lan:8}}', state: 'finished' },
  { _id: ObjectId('{{b:hex:24}}'), runName: '{{w2:word}}-{{y:lan:8}}', state: 'crashed' }
]''')




def _crockford():
    al = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    return ["%s event=run.finished event_id=01%s batch_ksuid=%s seq=%d" % (ts(), rs(al, 24), rs(AN, 27), R.randint(100000, 999999)),
            "%s event=artifact.logged event_id=01%s batch_ksuid=%s seq=%d" % (ts(), rs(al, 24), rs(AN, 27), R.randint(100000, 999999))]


nf("ulid_and_ksuid_event_identifiers", _crockford)

n("pem_certificate_request_block", r'''-----BEGIN CERTIFICATE REQUEST-----
MIICvDCCAaQCAQAwdzELMAkGA1UEBhMCVVMx{{a:b64:28}}
{{b:b64:64}}
{{c:b64:64}}
{{d:b64:40}}
-----END CERTIFICATE REQUEST-----''')

n("pem_dh_parameters_block", r'''$ openssl dhparam -in /etc/nginx/dhparam.pem
-----BEGIN DH PARAMETERS-----
MIIBCAKCAQEA{{a:b64:52}}
{{b:b64:64}}
{{c:b64:52}}AgEC
-----END DH PARAMETERS-----''')

n("tls_ja3_ja4_fingerprints_access_log", r'''{"ts": "{{t:ts}}", "client_ip": "{{ip:ip}}", "sni": "wandb.example.com", "ja3": "{{a:hex:32}}", "ja4": "t13d1516h2_{{b:hex:12}}_{{c:hex:12}}", "status": 200}''', j=True)

n("klist_keytab_entries_without_keys", r'''Keytab name: FILE:/etc/krb5.keytab
KVNO Timestamp           Principal
---- ------------------- ------------------------------------------------------
   {{k:int:1}} {{t:tsp}} HTTP/wandb.example.com@EXAMPLE.COM (aes256-cts-hmac-sha1-96)''')

n("cryptsetup_luksdump_salt_and_digest", r'''Keyslots:
  0: luks2
	Key:        512 bits
	PBKDF:      argon2id
	Salt:       {{a:hex:2}} {{b:hex:2}} {{c:hex:2}} {{d:hex:2}} {{e:hex:2}} {{f:hex:2}} {{g:hex:2}} {{h:hex:2}}
Digests:
  0: pbkdf2
	Digest:     {{i:hex:2}} {{j:hex:2}} {{k:hex:2}} {{l:hex:2}} {{m:hex:2}} {{o:hex:2}} {{p:hex:2}} {{q:hex:2}}''')

n("german_support_prose_passwort_without_value", r'''Hallo Support-Team, das MySQL-Passwort für wandb wurde am {{t:tsp}} zurückgesetzt und liegt jetzt im Secret "wandb-mysql" (Schlüssel "password"). Bitte den Pod wandb-app-0 neu starten.''')

n("shell_read_silent_prompt_no_value", r'''$ read -rsp 'MySQL password: ' MYSQL_PWD; echo
MySQL password: 
$ export MYSQL_PWD
$ mysql -h {{h:host}} -u wandb -e 'SELECT 1' ''')

n("istio_peer_authentication_spiffe_identities", r'''[Envoy (Epoch 0)] [{{t:ts}}] "POST /graphql HTTP/2" 200 - via_upstream upstream_peer=spiffe://cluster.local/ns/{{n:ns}}/sa/wandb-app downstream_peer=spiffe://cluster.local/ns/{{n:ns}}/sa/weave-trace x-request-id={{r:uuid:0}}
SVID serial={{sn:hex:32}} spiffe_id=spiffe://cluster.local/ns/{{n:ns}}/sa/wandb-app''')

n("oauth_grant_and_auth_method_enum_settings", r'''oidc:
  grant_type: client_credentials
  token_endpoint_auth_method: client_secret_basic
  client_secret_expires_at: 0
  id_token_signed_response_alg: RS256''')

n("huggingface_hub_cache_snapshot_revisions", r'''$ ls ~/.cache/huggingface/hub/models--{{w:word}}--tokenizer-base/snapshots/
{{a:hex:40}}  {{b:hex:40}}
$ cat ~/.cache/huggingface/hub/models--{{w:word}}--tokenizer-base/refs/main
{{a:hex:40}}''')

n("docker_buildx_bake_metadata_json_digests", r'''{
  "wandb-app": {
    "containerimage.config.digest": "sha256:{{a:hex:64}}",
    "containerimage.digest": "sha256:{{b:hex:64}}",
    "image.name": "registry.example.com/wandb/app:{{v:ver}}"
  }
}''')

n("kubectl_get_apiservice_and_crd_status_uids", r'''{"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition", "metadata": {"name": "weightsandbiases.apps.wandb.com", "uid": "{{u:uuid:0}}", "resourceVersion": "{{r:int:8}}", "generation": 3}, "status": {"storedVersions": ["v1"]}}''', j=True)

n("s3_multipart_upload_id_listing", r'''{
    "Bucket": "{{w:word}}-wandb",
    "Key": "wandb_artifacts/{{k:int:9}}/model.safetensors",
    "UploadId": "{{u:b64u:92}}"
}''')

n("terraform_state_lineage_serial_fields", r'''{
  "version": 4,
  "terraform_version": "1.{{m:int:1}}.{{p:int:1}}",
  "serial": {{s:int:3}},
  "lineage": "{{l:uuid:0}}",
  "outputs": {}''')

n("nvidia_smi_gpu_uuid_and_serial_listing", r'''$ nvidia-smi -L
GPU 0: NVIDIA A100-SXM4-80GB (UUID: GPU-{{a:uuid:0}})
GPU 1: NVIDIA A100-SXM4-80GB (UUID: GPU-{{b:uuid:0}})
$ nvidia-smi --query-gpu=serial --format=csv,noheader
{{s:int:13}}''')

n("keycloak_client_public_settings_json", r'''{"clientId": "wandb", "id": "{{i:uuid:0}}", "publicClient": true, "secret": "", "redirectUris": ["https://wandb.example.com/*"], "attributes": {"pkce.code.challenge.method": "S256"}}''', j=True)

n("minio_bucket_event_arn_and_etag", r'''{"EventName": "s3:ObjectCreated:Put", "Key": "wandb/{{w:word}}/run-{{r:lan:8}}/files/output.log", "Records": [{"s3": {"object": {"eTag": "{{e:hex:32}}", "sequencer": "{{q:HEX:16}}", "versionId": "{{v:uuid:0}}"}}}]}''', j=True)

n("vault_kv_metadata_custom_fields_no_values", r'''$ vault kv get -field=password -mount=secret wandb/mysql >/dev/null && echo ok
ok
$ vault kv metadata get -format=json secret/wandb/mysql | jq -c .data.custom_metadata
{"owner":"platform","rotation":"90d"}''')


# ---------------------------------------------------------------- main

POS_PER_SHAPE = 3
NEG_PER_SHAPE = 5


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    pos, neg = [], []
    for name, _new, gen, j in P:
        for _ in range(POS_PER_SHAPE):
            for _try in range(200):
                lines, secrets = gen()
                if record_ok(lines, secrets, j):
                    break
            else:
                raise SystemExit("cannot draw a clean record for %s" % name)
            pos.append({"shape": name, "lines": lines, "secrets": secrets})
    for name, gen, j in N:
        for _ in range(NEG_PER_SHAPE):
            for _try in range(200):
                lines = gen()
                if neg_ok(lines, j):
                    break
            else:
                raise SystemExit("cannot draw a negative for %s" % name)
            neg.append({"shape": name, "lines": lines})
    with open(os.path.join(here, "positives.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in pos:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "negatives.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in neg:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("positives: %d records, %d shapes (%d new), %d listed secrets" % (
        len(pos), len(P), sum(1 for x in P if x[1]), sum(len(r["secrets"]) for r in pos)))
    print("negatives: %d records, %d shapes" % (len(neg), len(N)))


if __name__ == "__main__":
    main()
