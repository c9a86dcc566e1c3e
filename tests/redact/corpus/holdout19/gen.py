#!/usr/bin/env python3
"""holdout19 generator: seeded, stdlib only. Writes positives.jsonl and negatives.jsonl."""
import base64, datetime, gzip, hashlib, json, os, random, string, urllib.parse, uuid

SEED = 1919_2026
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

AN = string.ascii_letters + string.digits
PWA = AN + "-_.!~+*"
HEX = "0123456789abcdef"
B64U = AN + "-_"


def rs(n, alpha=AN):
    return "".join(R.choice(alpha) for _ in range(n))


def pw(lo=14, hi=22):
    n = R.randint(lo, hi)
    return rs(1) + rs(n - 2, PWA) + rs(1)


def pwa(lo=14, hi=22):
    return rs(R.randint(lo, hi))


def hx(n):
    return rs(n, HEX)


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode()


def b64u(n):
    return base64.urlsafe_b64encode(rbytes(n)).decode().rstrip("=")


def wkey():
    return hx(40)


def akid():
    return "AKIA" + rs(16, string.ascii_uppercase + "234567")


def awssec():
    return rs(40, AN + "/+")


def awssec_url():
    return rs(40, AN)


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def ip():
    return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))


def host():
    return R.choice(["wandb.example.com", "wandb.corp.example.net", "ml.example.org", "wb.internal.example.com", "wandb-prod.example.io"])


def ns():
    return R.choice(["wandb", "wandb-system", "ml-platform", "default", "wandb-prod"])


def podsfx():
    return rs(10, "bcdfghjklmnpqrstvwxz2456789") [:10]


def b64part(prefix, secret, suffix=b""):
    """base64 of prefix+secret+suffix and the chars that encode only secret bytes."""
    if isinstance(prefix, str):
        prefix = prefix.encode()
    if isinstance(secret, str):
        secret = secret.encode()
    if isinstance(suffix, str):
        suffix = suffix.encode()
    full = base64.b64encode(prefix + secret + suffix).decode()
    start = -(-len(prefix) // 3) * 4
    end = ((len(prefix) + len(secret)) // 3) * 4
    return full, full[start:end]


def basic(user, p):
    full, part = b64part(user + ":", p)
    return full, part


def pad_user(u):
    i = 0
    while (len(u) + 1) % 3:
        u += str(i % 10)
        i += 1
    return u


def jwt(claims=None):
    h = base64.urlsafe_b64encode(json.dumps({"alg": "RS256", "typ": "JWT", "kid": hx(16)}, separators=(",", ":")).encode()).decode().rstrip("=")
    c = claims or {"iss": "https://%s" % host(), "sub": uid(), "exp": R.randint(1700000000, 1900000000)}
    p = base64.urlsafe_b64encode(json.dumps(c, separators=(",", ":")).encode()).decode().rstrip("=")
    s = b64u(256)
    return "%s.%s.%s" % (h, p, s), s


class TS:
    def __init__(self):
        base = datetime.datetime(2023, 1, 1) + datetime.timedelta(seconds=R.randint(0, 3 * 365 * 86400))
        self.t = base.replace(microsecond=R.randint(0, 999) * 1000)

    def step(self):
        self.t += datetime.timedelta(seconds=R.randint(1, 3), milliseconds=R.randint(0, 999))
        return self.t

    def iso(self):
        return self.step().strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"

    def sp(self):
        return self.step().strftime("%Y-%m-%d %H:%M:%S,%f")[:-3]

    def klog(self):
        t = self.step()
        return t.strftime("%m%d %H:%M:%S.%f")

    def syslog(self):
        return self.step().strftime("%b %d %H:%M:%S")

    def epoch(self):
        return self.step().timestamp()


def pct(s):
    return urllib.parse.quote(s, safe="")


POS, NEG = [], []


def pos(name, new=True):
    def d(f):
        POS.append((name, new, f))
        return f
    return d


def neg(name, new=True):
    def d(f):
        NEG.append((name, new, f))
        return f
    return d

# ---------------------------------------------------------------- positives: W&B components

@pos("wandb_debug_log_applying_login_settings_dict_api_key_literal", new=False)
def _(r):
    t = TS(); k = wkey(); h = host(); pid = R.randint(1000, 99999)
    return [
        "%s INFO    MainThread:%d [wandb_setup.py:_flush():%d] Current SDK version is 0.%d.%d" % (t.sp(), pid, R.randint(60, 90), R.randint(15, 19), R.randint(0, 9)),
        "%s INFO    MainThread:%d [wandb_setup.py:_flush():81] Applying login settings: {'api_key': '%s', 'base_url': 'https://%s'}" % (t.sp(), pid, k, h),
        "%s INFO    MainThread:%d [wandb_init.py:init():%d] calling init triggers" % (t.sp(), pid, R.randint(600, 900)),
    ], [k]


@pos("wandb_debug_internal_settings_proto_text_https_proxy_userinfo", new=False)
def _(r):
    t = TS(); p = pw(); u = R.choice(["svc-ml", "proxyuser", "jdoe"])
    pid = R.randint(1000, 99999)
    return [
        "%s INFO    StreamThr :%d [internal.py:wandb_internal():%d] W&B internal server running at pid: %d, started at: %s" % (t.sp(), pid, R.randint(80, 120), pid, t.t.strftime("%Y-%m-%d %H:%M:%S.%f")),
        "%s DEBUG   HandlerThread:%d [handler.py:handle_request():%d] handle_request: settings" % (t.sp(), pid, R.randint(140, 170)),
        "  https_proxy {",
        "    value: \"http://%s:%s@proxy.example.com:3128\"" % (u, p),
        "  }",
        "  _offline {",
        "  }",
    ], [p]


@pos("wandb_core_jsonl_log_settings_field_double_escaped_api_key")
def _(r):
    t = TS(); k = wkey(); h = host()
    inner = json.dumps({"api_key": {"value": k}, "base_url": {"value": "https://" + h}, "run_id": {"value": rs(8, string.ascii_lowercase + string.digits)}}, separators=(",", ":"))
    return [
        json.dumps({"time": t.iso(), "level": "INFO", "msg": "main: starting server", "port-filename": "/tmp/tmp%s/port-%d.txt" % (rs(8, string.ascii_lowercase), R.randint(1000, 9999)), "pid": R.randint(1000, 99999), "log-level": 0, "disable-analytics": False}),
        json.dumps({"time": t.iso(), "level": "DEBUG", "msg": "connection: handleInformInit: received", "streamId": rs(8, string.ascii_lowercase + string.digits), "settings": inner}),
    ], [k]


@pos("wandb_crash_report_txt_environment_block_license_and_key")
def _(r):
    k = wkey(); lic, sig = jwt({"iss": "wandb", "maxUsers": R.randint(5, 500), "exp": R.randint(1700000000, 1900000000)})
    return [
        "wandb: ERROR Internal wandb error: file data was not synced",
        "---- crash report ----",
        "Environment:",
        "  WANDB_BASE_URL=https://%s" % host(),
        "  WANDB_API_KEY=%s" % k,
        "  LICENSE=%s" % lic,
        "  PYTHONUNBUFFERED=1",
        "---- end ----",
    ], [k, sig]


@pos("wandb_verify_traceback_requests_headers_basic_api_b64")
def _(r):
    k = wkey(); full, part = b64part("api:", k)
    return [
        "Checking if logged in...................................................✅",
        "Checking signed URL upload..............................................❌",
        "Traceback (most recent call last):",
        "  File \"wandb/sdk/verify/verify.py\", line %d, in check_graphql_put" % R.randint(200, 400),
        "requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://%s/graphql (request headers: {'User-Agent': 'W&B Internal Client 0.17.%d', 'Authorization': 'Basic %s'})" % (host(), R.randint(0, 9), full),
    ], [part]


@pos("wandb_server_start_echoed_docker_run_license_env_flag", new=False)
def _(r):
    lic, sig = jwt({"iss": "wandb", "seats": R.randint(5, 90)})
    return [
        "$ wandb server start --port 8080 -e LICENSE",
        "+ docker run --rm -d -v wandb:/vol -p 8080:8080 -e LICENSE=%s --name wandb-local wandb/local" % lic,
        "W&B server started at http://localhost:8080 \U0001F680",
    ], [sig]


@pos("wandb_login_relogin_host_history_local_prefixed_key_zsh_ext", new=False)
def _(r):
    k = wkey(); h = host()
    return [
        ": %d:0;cd ~/proj" % R.randint(1700000000, 1800000000),
        ": %d:0;wandb login --relogin --host=https://%s local-%s" % (R.randint(1700000000, 1800000000), h, k),
        ": %d:0;wandb status" % R.randint(1700000000, 1800000000),
    ], [k]


@pos("netrc_two_machines_single_line_wandb_and_registry")
def _(r):
    k = wkey(); p = pw(); h = host()
    return [
        "machine %s login user password %s machine registry.example.com login ci-robot password %s" % (h, k, p),
    ], [k, p]


@pos("wandb_settings_ini_default_section_api_key_added_by_hand")
def _(r):
    k = wkey()
    return [
        "[default]",
        "base_url = https://%s" % host(),
        "entity = %s" % R.choice(["ml-team", "research", "vision"]),
        "api_key = %s" % k,
        "mode = online",
    ], [k]


@pos("wandb_launch_agent_config_builder_build_args_pip_index_token")
def _(r):
    p = pw()
    return [
        "entity: %s" % R.choice(["ml-team", "research"]),
        "queues:",
        "  - %s" % R.choice(["gpu-a100", "default-k8s"]),
        "builder:",
        "  type: kaniko",
        "  build-context-store: s3://wandb-launch-ctx-%s/" % rs(6, string.ascii_lowercase),
        "  build-args:",
        "    PIP_INDEX_URL: https://__token__:%s@pypi.example.com/simple" % p,
    ], [p]


@pos("wandb_launch_queue_config_json_k8s_container_env_literal_hf_token", new=False)
def _(r):
    tok = rs(34)
    cfg = {"spec": {"template": {"spec": {"containers": [{"env": [{"name": "HF_TOKEN", "value": "hf_" + tok}, {"name": "WANDB_PROJECT", "value": "llm"}], "resources": {"limits": {"nvidia.com/gpu": "1"}}}]}}}}
    return ["Queue config:", json.dumps(cfg)], [tok]


@pos("weave_client_settings_dataclass_repr_wandb_api_key_field")
def _(r):
    k = wkey()
    return [
        "weave: Logged in as Weights & Biases user: %s." % R.choice(["alice", "bob", "mlops"]),
        "DEBUG weave.trace.weave_client: client=WeaveClient(entity='ml-team', project='evals', server=RemoteHTTPTraceServer(trace_server_url='https://%s/traces', _auth=('api', '%s')))" % (host(), k),
    ], [k]


@pos("weightsandbiases_cr_status_condition_message_mysql_dsn", new=False)
def _(r):
    p = pw()
    return [
        "status:",
        "  conditions:",
        "  - lastTransitionTime: \"2024-%02d-%02dT%02d:10:03Z\"" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23)),
        "    message: 'migration job failed: Error 1045: access denied for mysql://wandb_local:%s@mysql.%s.svc:3306/wandb_local'" % (p, ns()),
        "    reason: ReconcileError",
        "    status: \"False\"",
        "    type: Ready",
    ], [p]


@pos("operator_wandb_chart_values_global_license_inline_jwt", new=False)
def _(r):
    lic, sig = jwt({"iss": "wandb", "maxStorageGb": R.randint(100, 9000)})
    return [
        "global:",
        "  host: https://%s" % host(),
        "  license: %s" % lic,
        "  bucket:",
        "    provider: s3",
    ], [sig]


@pos("platform_chart_rendered_bucket_secret_stringdata_access_secret_key", new=False)
def _(r):
    a = akid(); s = awssec()
    return [
        "---",
        "# Source: operator-wandb/templates/bucket-secret.yaml",
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        "  name: wandb-bucket",
        "stringData:",
        "  ACCESS_KEY: \"%s\"" % a,
        "  SECRET_KEY: \"%s\"" % s,
    ], [s]


@pos("wandb_local_container_log_json_settings_smtp_url_password")
def _(r):
    t = TS(); p = pw()
    return [
        json.dumps({"level": "info", "ts": t.iso(), "logger": "settings", "msg": "loaded instance settings", "mail": {"smtp": "smtps://postmaster%%40example.com:%s@smtp.example.com:465" % p, "from": "noreply@example.com"}}),
    ], [p]


@pos("wandb_artifact_manifest_json_presigned_ref_signature_hex", new=False)
def _(r):
    sig = hx(64)
    return [
        "{\"version\": 1, \"storagePolicy\": \"wandb-storage-policy-v1\", \"contents\": {",
        " \"data/train.parquet\": {\"digest\": \"%s==\", \"ref\": \"https://wandb-artifacts.s3.amazonaws.com/train.parquet?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F20240101%%2Fus-east-1%%2Fs3%%2Faws4_request&X-Amz-Date=20240101T000000Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=%s\", \"size\": %d}}}" % (b64(16)[:22], akid(), sig, R.randint(1000, 10 ** 9)),
    ], [sig]


@pos("wandb_sweep_agent_starting_run_command_line_api_token_arg")
def _(r):
    p = pwa(24, 32); lr = R.randint(1, 9999)
    return [
        "wandb: Agent Starting Run: %s with config:" % rs(8, string.ascii_lowercase + string.digits),
        "wandb: \tlr: 0.%04d" % lr,
        "wandb: About to run command: /usr/bin/env python train.py --lr=0.%04d --hub-token=%s" % (lr, p),
    ], [p]


@pos("wandb_run_files_config_yaml_desc_value_openai_key")
def _(r):
    s = rs(48)
    return [
        "_wandb:",
        "  desc: null",
        "  value:",
        "    python_version: 3.11.%d" % R.randint(0, 9),
        "openai_api_key:",
        "  desc: null",
        "  value: sk-%s" % s,
    ], [s]


@pos("wandb_gorilla_env_mysql_url_percent_encoded_bang_password", new=False)
def _(r):
    p = pwa(10, 14) + "!" + pwa(5, 8)
    enc = pct(p)
    return [
        "GORILLA_DEFAULT_REGION=us-east-1",
        "MYSQL=mysql://wandb:%s@wandb-mysql.%s.svc.cluster.local:3306/wandb_local" % (enc, ns()),
        "BUCKET=s3://wandb-files",
    ], [enc]


@pos("wandb_bucket_env_s3_url_inline_access_and_secret_key", new=False)
def _(r):
    a = akid(); s = awssec_url()
    return [
        "BUCKET_QUEUE=internal://",
        "BUCKET=s3://%s:%s@wandb-bucket-%s" % (a, s, rs(5, string.ascii_lowercase)),
        "AWS_REGION=us-west-2",
    ], [s]


@pos("wandb_launch_agent_log_sagemaker_resource_args_session_token", new=False)
def _(r):
    t = TS(); st = rs(R.randint(180, 240), AN + "/+")
    return [
        "%s INFO    MainThread [agent.py:run_job():%d] launching job with resource_args: {'sagemaker': {'RoleArn': 'arn:aws:iam::%d:role/sm-exec', 'Environment': {'AWS_SESSION_TOKEN': 'IQoJb3JpZ2luX2Vj%s'}}}" % (t.sp(), R.randint(300, 600), R.randint(10 ** 11, 10 ** 12 - 1), st),
    ], [st]


@pos("weave_trace_server_pod_env_json_clickhouse_password_and_license", new=False)
def _(r):
    p = pw()
    return [
        "        \"env\": [",
        "          {\"name\": \"WF_CLICKHOUSE_HOST\", \"value\": \"clickhouse.%s.svc\"}," % ns(),
        "          {\"name\": \"WF_CLICKHOUSE_PASS\", \"value\": \"%s\"}," % p,
        "          {\"name\": \"WF_CLICKHOUSE_USER\", \"value\": \"weave\"}",
        "        ],",
    ], [p]


@pos("wandb_service_startup_os_environ_repr_pickled_into_log", new=False)
def _(r):
    k = wkey(); p = pw()
    return [
        "wandb-service(2-%d-s-%d): environ({'HOME': '/home/jovyan', 'WANDB_API_KEY': '%s', 'PGPASSWORD': '%s', 'LANG': 'C.UTF-8'})" % (R.randint(100, 9999), R.randint(30000, 60000), k, p),
    ], [k, p]
# ---------------------------------------------------------------- positives: Kubernetes and runtimes

@pos("kubectl_get_secret_json_data_b64_license_value_whole", new=False)
def _(r):
    raw = rbytes(R.randint(30, 45)); v = base64.b64encode(raw).decode()
    return [
        "{",
        "    \"apiVersion\": \"v1\",",
        "    \"data\": {",
        "        \"license\": \"%s\"" % v,
        "    },",
        "    \"kind\": \"Secret\",",
    ], [v.rstrip("=")]


@pos("kubectl_get_configmap_yaml_env_file_literal_block_db_password", new=False)
def _(r):
    p = pw()
    return [
        "apiVersion: v1",
        "data:",
        "  app.env: |",
        "    DB_HOST=mysql.%s.svc" % ns(),
        "    DB_PASSWORD=%s" % p,
        "    LOG_LEVEL=info",
        "kind: ConfigMap",
    ], [p]


@pos("kubectl_get_pod_yaml_container_env_value_redis_password_after_secretref")
def _(r):
    p = pw()
    return [
        "    env:",
        "    - name: MYSQL_PASSWORD",
        "      valueFrom:",
        "        secretKeyRef:",
        "          key: password",
        "          name: wandb-mysql",
        "    - name: REDIS_PASSWORD",
        "      value: %s" % p,
    ], [p]


@pos("kubectl_get_deploy_json_last_applied_annotation_escaped_env_value", new=False)
def _(r):
    p = pw()
    inner = json.dumps({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "wandb-app"}, "spec": {"template": {"spec": {"containers": [{"name": "app", "env": [{"name": "GORILLA_SESSION_SECRET", "value": p}]}]}}}}, separators=(",", ":")) + "\n"
    return [
        "        \"annotations\": {",
        "            \"kubectl.kubernetes.io/last-applied-configuration\": %s," % json.dumps(inner),
        "            \"deployment.kubernetes.io/revision\": \"%d\"" % R.randint(1, 40),
        "        },",
    ], [p]


@pos("kubectl_get_job_yaml_command_sh_c_export_token_multiline")
def _(r):
    p = pwa(30, 40)
    return [
        "      containers:",
        "      - command:",
        "        - /bin/sh",
        "        - -c",
        "        - |",
        "          export VAULT_TOKEN=hvs.%s" % p,
        "          vault kv get -format=json secret/wandb > /work/secrets.json",
    ], [p]


@pos("kubectl_get_cronjob_yaml_last_applied_single_quoted_json_args", new=False)
def _(r):
    p = pw()
    inner = json.dumps({"apiVersion": "batch/v1", "kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {"containers": [{"args": ["mysqldump", "-uwandb", "-p" + p, "wandb_local"]}]}}}}}}, separators=(",", ":"))
    return [
        "metadata:",
        "  annotations:",
        "    kubectl.kubernetes.io/last-applied-configuration: '%s'" % inner,
        "  name: wandb-backup",
    ], [p]


@pos("kubectl_describe_pod_environment_section_literal_values_columns", new=False)
def _(r):
    p = pw(); k = wkey()
    return [
        "    Environment:",
        "      HOST:               https://%s" % host(),
        "      MYSQL_PASSWORD:     <set to the key 'password' in secret 'wandb-mysql'>  Optional: false",
        "      REDIS:              redis://:%s@wandb-redis-master:6379" % p,
        "      WANDB_API_KEY:      %s" % k,
        "    Mounts:",
    ], [p, k]


@pos("kubectl_describe_deployment_pod_template_args_flag_password", new=False)
def _(r):
    p = pw()
    return [
        "Pod Template:",
        "  Containers:",
        "   clickhouse-exporter:",
        "    Image:      clickhouse-exporter:0.%d" % R.randint(1, 9),
        "    Args:",
        "      -scrape_uri=http://clickhouse:8123/",
        "      -password=%s" % p,
    ], [p]


@pos("kubectl_get_events_failed_pull_message_registry_bearer_realm_token")
def _(r):
    tok = b64u(R.randint(60, 90))
    return [
        "LAST SEEN   TYPE      REASON   OBJECT                 MESSAGE",
        "%dm         Warning   Failed   pod/wandb-app-%s-%s   Failed to pull image \"registry.example.com/wandb/local:0.%d.0\": unexpected status from GET request to https://registry.example.com/token?scope=repository%%3Awandb%%2Flocal%%3Apull&service=registry&access_token=%s: 401 Unauthorized" % (R.randint(1, 59), hx(10), rs(5, string.ascii_lowercase), R.randint(40, 70), tok),
    ], [tok]


@pos("kubelet_journal_log_probe_http_get_header_value_token", new=False)
def _(r):
    t = TS(); tok = pwa(30, 40)
    return [
        "%s node-%d kubelet[%d]: I%s %d prober.go:%d] \"Probe failed\" probeType=\"Readiness\" pod=\"%s/wandb-app-%s\" probeResult=\"failure\" output=\"Get \\\"http://%s:8080/ready?token=%s\\\": context deadline exceeded\"" % (t.syslog(), R.randint(1, 9), R.randint(500, 5000), t.klog(), R.randint(500, 5000), R.randint(100, 130), ns(), hx(5), ip(), tok),
    ], [tok]


@pos("containerd_log_pulling_image_host_userinfo_in_mirror_endpoint")
def _(r):
    t = TS(); p = pw()
    return [
        "time=\"%s\" level=info msg=\"PullImage \\\"mirror.example.com/wandb/local:latest\\\"\"" % t.iso(),
        "time=\"%s\" level=debug msg=\"resolving\" host=mirror.example.com endpoint=\"https://robot$wandb:%s@mirror.example.com/v2\"" % (t.iso(), p),
    ], [p]


@pos("crictl_inspectp_pod_sandbox_annotations_last_applied_env")
def _(r):
    p = pw()
    inner = json.dumps({"kind": "Pod", "spec": {"containers": [{"env": [{"name": "CLICKHOUSE_PASSWORD", "value": p}]}]}}, separators=(",", ":"))
    return [
        "  \"info\": {",
        "    \"config\": {",
        "      \"annotations\": {",
        "        \"kubectl.kubernetes.io/last-applied-configuration\": %s" % json.dumps(inner),
        "      },",
    ], [p]


@pos("docker_inspect_config_healthcheck_test_array_curl_header_token")
def _(r):
    tok = pwa(32, 40)
    return [
        "            \"Healthcheck\": {",
        "                \"Test\": [",
        "                    \"CMD-SHELL\",",
        "                    \"curl -fsS -H 'X-Admin-Token: %s' http://localhost:8080/healthz || exit 1\"" % tok,
        "                ],",
        "                \"Interval\": 30000000000",
    ], [tok]


@pos("docker_compose_config_normalized_environment_map_interpolated", new=False)
def _(r):
    p = pw(); lic, sig = jwt({"iss": "wandb"})
    return [
        "name: wandb",
        "services:",
        "  wandb:",
        "    environment:",
        "      LICENSE: %s" % lic,
        "      MYSQL: mysql://wandb:%s@mysql:3306/wandb" % p,
        "    image: wandb/local:latest",
    ], [sig, p]


@pos("docker_compose_config_json_format_environment_object")
def _(r):
    p = pw()
    return [
        "{",
        "  \"name\": \"obs\",",
        "  \"services\": {",
        "    \"grafana\": {\"environment\": {\"GF_SECURITY_ADMIN_PASSWORD\": \"%s\", \"GF_SERVER_ROOT_URL\": \"https://grafana.example.com\"}, \"image\": \"grafana/grafana:10.%d.0\"}" % (p, R.randint(0, 4)),
        "  }",
        "}",
    ], [p]


@pos("podman_generate_systemd_unit_execstart_env_flag_password")
def _(r):
    p = pw()
    return [
        "# container-wandb-mysql.service",
        "# autogenerated by Podman 4.%d.%d" % (R.randint(0, 9), R.randint(0, 4)),
        "[Service]",
        "ExecStart=/usr/bin/podman run --cidfile=%t/%n.ctr-id --cgroups=no-conmon --rm --sdnotify=conmon -d --replace --name wandb-mysql -e MYSQL_ROOT_PASSWORD=%s docker.io/library/mysql:8.0" .replace("%s", p),
        "Type=notify",
    ], [p]


@pos("podman_quadlet_container_file_environment_key_value")
def _(r):
    p = pw()
    return [
        "[Container]",
        "Image=docker.io/bitnami/redis:7.2",
        "Environment=REDIS_PASSWORD=%s" % p,
        "PublishPort=6379:6379",
    ], [p]


@pos("systemctl_show_p_environment_space_joined_pairs", new=False)
def _(r):
    p = pw(); k = wkey()
    return [
        "$ systemctl show -p Environment wandb-agent.service",
        "Environment=WANDB_BASE_URL=https://%s WANDB_API_KEY=%s PGPASSWORD=%s" % (host(), k, p),
    ], [k, p]


@pos("journalctl_o_json_message_field_startup_dsn_escaped", new=False)
def _(r):
    t = TS(); p = pw()
    rec = {"__CURSOR": "s=%s;i=%x;b=%s;m=%x;t=%x;x=%s" % (hx(32), R.randint(1, 99999), hx(32), R.randint(1, 10 ** 9), R.randint(10 ** 15, 10 ** 16), hx(16)), "_SYSTEMD_UNIT": "wandb-local.service", "MESSAGE": "time=\"%s\" level=info msg=\"connecting\" dsn=\"postgres://wandb:%s@db.example.com:5432/wandb?sslmode=require\"" % (t.iso(), p), "PRIORITY": "6"}
    return [json.dumps(rec)], [p]


@pos("journalctl_o_export_message_and_cmdline_fields_token_flag", new=False)
def _(r):
    tok = pwa(30, 40)
    return [
        "__CURSOR=s=%s;i=%x" % (hx(32), R.randint(1, 99999)),
        "_COMM=vector",
        "_CMDLINE=/usr/bin/vector --config /etc/vector/vector.yaml --api-token %s" % tok,
        "MESSAGE=Vector has started.",
        "",
    ], [tok]


@pos("openshift_template_parameters_value_literal_password")
def _(r):
    p = pw()
    return [
        "apiVersion: template.openshift.io/v1",
        "kind: Template",
        "parameters:",
        "- name: DATABASE_USER",
        "  value: wandb",
        "- name: DATABASE_PASSWORD",
        "  description: Password for the MySQL connection user.",
        "  value: %s" % p,
    ], [p]


@pos("openshift_route_tls_key_inline_pem_block")
def _(r):
    body = [b64(48) for _ in range(3)]
    last = b64(R.randint(20, 40)).rstrip("=")
    return [
        "spec:",
        "  host: wandb.apps.ocp.example.com",
        "  tls:",
        "    termination: edge",
        "    key: |-",
        "      -----BEGIN PRIVATE KEY-----",
    ] + ["      " + b for b in body] + ["      " + last, "      -----END PRIVATE KEY-----"], body + [last]


@pos("oc_process_param_flag_history_password")
def _(r):
    p = pw()
    return [
        "  512  oc process -f mysql-persistent.yaml -p MYSQL_USER=wandb -p MYSQL_PASSWORD=%s | oc apply -f -" % p,
        "  513  oc get pods -w",
    ], [p]


@pos("openshift_buildconfig_source_git_uri_userinfo_token")
def _(r):
    tok = rs(36)
    return [
        "  source:",
        "    git:",
        "      ref: main",
        "      uri: https://oauth2:glpat-%s@gitlab.example.com/ml/wandb-jobs.git" % tok[:20],
        "    type: Git",
    ], [tok[:20]]


@pos("kubectl_jsonpath_dockerconfigjson_base64_decoded_pretty", new=False)
def _(r):
    p = pw(); u = pad_user("robot")
    full, part = basic(u, p)
    return [
        "$ kubectl get secret regcred -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d | jq .",
        "{",
        "  \"auths\": {",
        "    \"registry.example.com\": {",
        "      \"username\": \"%s\"," % u,
        "      \"password\": \"%s\"," % p,
        "      \"auth\": \"%s\"" % full,
        "    }",
        "  }",
        "}",
    ], [p, part]


@pos("helm_get_manifest_rendered_secret_data_b64_of_dsn")
def _(r):
    p = pw()
    pre = "mysql://wandb_local:"
    full, part = b64part(pre, p, "@mysql:3306/wandb_local")
    return [
        "---",
        "# Source: wandb/templates/mysql-secret.yaml",
        "kind: Secret",
        "data:",
        "  MYSQL: %s" % full,
    ], [part]


@pos("kubectl_logs_previous_init_container_env_dump_sorted", new=False)
def _(r):
    p = pw(); k = wkey(); pod = "wandb-app-%s-%s" % (hx(10), rs(5, string.ascii_lowercase))
    return [
        "$ kubectl logs %s -c init-env --previous" % pod,
        "HOSTNAME=%s" % pod,
        "MINIO_ROOT_PASSWORD=%s" % p,
        "WANDB_API_KEY=%s" % k,
        "ZONE=us-east1-b",
    ], [p, k]


@pos("kube_audit_log_configmap_update_request_object_data_dsn", new=False)
def _(r):
    p = pw()
    rec = {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "RequestResponse", "auditID": uid(), "stage": "ResponseComplete", "verb": "update", "requestURI": "/api/v1/namespaces/wandb/configmaps/wandb-env", "objectRef": {"resource": "configmaps", "name": "wandb-env"}, "requestObject": {"kind": "ConfigMap", "data": {"REDIS": "redis://:%s@redis:6379" % p}}}
    return [json.dumps(rec)], [p]


@pos("containerd_config_toml_registry_configs_auth_password", new=False)
def _(r):
    p = pw()
    return [
        "[plugins.\"io.containerd.grpc.v1.cri\".registry.configs.\"registry.example.com\".auth]",
        "  username = \"robot\"",
        "  password = \"%s\"" % p,
    ], [p]


@pos("ctr_images_pull_user_colon_password_flag_history")
def _(r):
    p = pw()
    return [
        "sudo ctr -n k8s.io images pull --user robot:%s registry.example.com/wandb/local:0.%d.0" % (p, R.randint(40, 70)),
    ], [p]


@pos("docker_json_file_log_split_partial_records_token_across", new=False)
def _(r):
    t = TS(); a = pwa(16, 20); b = pwa(16, 20)
    return [
        json.dumps({"log": "INFO bootstrap token=" + a, "stream": "stdout", "time": t.iso()}),
        json.dumps({"log": b + " expires_in=3600\n", "stream": "stdout", "time": t.iso()}),
    ], [a, b]


@pos("kubectl_get_secret_custom_columns_base64_token_column_wide", new=False)
def _(r):
    v1 = base64.b64encode(rbytes(33)).decode(); v2 = base64.b64encode(rbytes(30)).decode()
    return [
        "NAME                 TOKEN",
        "wandb-ci-token       %s" % v1,
        "wandb-agent-token    %s" % v2,
    ], [v1.rstrip("="), v2.rstrip("=")]
# ---------------------------------------------------------------- positives: observability and error reporting

@pos("sentry_event_request_cookies_dict_session_id")
def _(r):
    s = pwa(32, 40); c = pwa(32, 32)
    return [
        "  \"request\": {",
        "    \"url\": \"https://%s/api/v1/runs\"," % host(),
        "    \"method\": \"POST\",",
        "    \"cookies\": {\"wandb_session\": \"%s\", \"csrftoken\": \"%s\"}," % (s, c),
        "    \"env\": {\"REMOTE_ADDR\": \"%s\"}" % ip(),
        "  },",
    ], [s, c]


@pos("sentry_event_request_headers_pair_list_authorization_bearer")
def _(r):
    tok, sig = jwt()
    return [
        "\"headers\": [[\"Accept\", \"application/json\"], [\"Authorization\", \"Bearer %s\"], [\"Host\", \"%s\"]]," % (tok, host()),
    ], [sig]


@pos("sentry_event_breadcrumb_http_url_query_api_key")
def _(r):
    k = pwa(32, 40)
    return [
        "{\"type\": \"http\", \"category\": \"httplib\", \"data\": {\"url\": \"https://api.example.com/v2/metrics?api_key=%s\", \"method\": \"GET\", \"status_code\": 200}, \"level\": \"info\", \"timestamp\": %.3f}" % (k, TS().epoch()),
    ], [k]


@pos("sentry_event_frame_vars_self_repr_smtp_pass_nested", new=False)
def _(r):
    p = pw()
    return [
        "\"vars\": {",
        "  \"self\": \"<Mailer host='smtp.example.com' user='alerts' password='%s'>\"," % p,
        "  \"retries\": \"3\"",
        "}",
    ], [p]


@pos("sentry_event_extra_environ_trimmed_dict_string")
def _(r):
    k = wkey()
    return [
        "\"extra\": {\"environ\": \"{'PATH': '/usr/local/bin:/usr/bin', 'WANDB_API_KEY': '%s', 'WANDB_DIR': '/tmp/wandb', ...}\", \"sys.argv\": [\"train.py\"]}" % k,
    ], [k]


@pos("otel_python_console_span_exporter_http_request_header_authorization")
def _(r):
    tok = pwa(36, 44)
    return [
        "{",
        "    \"name\": \"POST\",",
        "    \"context\": {\"trace_id\": \"0x%s\", \"span_id\": \"0x%s\", \"trace_state\": \"[]\"}," % (hx(32), hx(16)),
        "    \"attributes\": {",
        "        \"http.method\": \"POST\",",
        "        \"http.request.header.authorization\": [\"Bearer %s\"]," % tok,
        "        \"http.status_code\": 200",
        "    },",
    ], [tok]


@pos("otel_exporter_otlp_headers_env_percent_encoded_basic", new=False)
def _(r):
    p = pw(); u = pad_user(str(R.randint(100000, 999999)))
    full, part = basic(u, p)
    return [
        "OTEL_SERVICE_NAME=wandb-app",
        "OTEL_EXPORTER_OTLP_ENDPOINT=https://otlp-gateway.example.com/otlp",
        "OTEL_EXPORTER_OTLP_HEADERS=Authorization=Basic%%20%s" % full.replace("=", "%3D"),
    ], [part]


@pos("otel_span_db_statement_create_user_identified_by", new=False)
def _(r):
    p = pw()
    return [
        "Span #%d" % R.randint(0, 9),
        "    Trace ID       : %s" % hx(32),
        "    Name           : CREATE",
        "Attributes:",
        "     -> db.system: Str(mysql)",
        "     -> db.statement: Str(CREATE USER 'weave'@'%%' IDENTIFIED BY '%s')" % p,
    ], [p]


@pos("otel_go_stdouttrace_attribute_url_full_signature_query")
def _(r):
    sig = hx(64)
    return [
        "\t\t{",
        "\t\t\t\"Key\": \"url.full\",",
        "\t\t\t\"Value\": {",
        "\t\t\t\t\"Type\": \"STRING\",",
        "\t\t\t\t\"Value\": \"https://wandb-bucket.storage.example.com/runs/x.bin?X-Amz-Signature=%s\"" % sig,
        "\t\t\t}",
        "\t\t},",
    ], [sig]


@pos("otel_debug_exporter_logrecord_body_str_dsn", new=False)
def _(r):
    p = pw()
    return [
        "LogRecord #%d" % R.randint(0, 9),
        "ObservedTimestamp: 2024-%02d-%02d 10:00:00.%09d +0000 UTC" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 10 ** 9 - 1)),
        "SeverityText: ERROR",
        "Body: Str(could not connect: mongodb://admin:%s@mongo-0.mongo:27017/?authSource=admin)" % p,
    ], [p]


@pos("prometheus_scrape_job_authorization_credentials_and_oauth2_client_secret", new=False)
def _(r):
    c = pwa(30, 40); s = pw()
    return [
        "- job_name: wandb-app",
        "  authorization:",
        "    type: Bearer",
        "    credentials: %s" % c,
        "- job_name: federate",
        "  oauth2:",
        "    client_id: prom-federate",
        "    client_secret: %s" % s,
        "    token_url: https://sso.example.com/oauth2/token",
    ], [c, s]


@pos("prometheus_api_status_config_json_escaped_yaml_password")
def _(r):
    p = pw()
    y = "global:\n  scrape_interval: 30s\nscrape_configs:\n- job_name: mysqld\n  basic_auth:\n    username: prom\n    password: %s\n" % p
    return [json.dumps({"status": "success", "data": {"yaml": y}})], [p]


@pos("grafana_provisioning_datasource_secure_json_http_header_value1", new=False)
def _(r):
    tok = pwa(36, 44)
    return [
        "apiVersion: 1",
        "datasources:",
        "  - name: Tempo",
        "    type: tempo",
        "    jsonData:",
        "      httpHeaderName1: X-Scope-OrgID",
        "    secureJsonData:",
        "      httpHeaderValue1: \"%s\"" % tok,
    ], [tok]


@pos("grafana_provisioning_datasource_basic_auth_password_and_url_userinfo", new=False)
def _(r):
    p = pw(); q = pw()
    return [
        "  - name: Loki",
        "    type: loki",
        "    url: http://loki:%s@loki-gateway.monitoring.svc" % q,
        "    basicAuth: true",
        "    basicAuthUser: loki",
        "    secureJsonData:",
        "      basicAuthPassword: %s" % p,
    ], [q, p]


@pos("datadog_cluster_agent_daemonset_env_auth_token_literal", new=False)
def _(r):
    tok = pwa(32, 32)
    return [
        "        - name: DD_CLUSTER_AGENT_ENABLED",
        "          value: \"true\"",
        "        - name: DD_CLUSTER_AGENT_AUTH_TOKEN",
        "          value: \"%s\"" % tok,
    ], [tok]


@pos("fluent_bit_yaml_pipeline_output_http_header_authorization")
def _(r):
    tok = pwa(36, 44)
    return [
        "pipeline:",
        "  outputs:",
        "    - name: http",
        "      match: 'kube.*'",
        "      host: logs.example.com",
        "      header: Authorization Bearer %s" % tok,
        "      format: json_lines",
    ], [tok]


@pos("fluent_bit_stdout_msgpack_record_log_field_with_token", new=False)
def _(r):
    tok = pwa(30, 36)
    return [
        "[0] kube.var.log.containers.wandb-app_%s.log: [[%d.%09d, {}], {\"time\"=>\"2024-01-01T00:00:00Z\", \"stream\"=>\"stdout\", \"log\"=>\"refresh ok token=%s\"}]" % (ns(), R.randint(1700000000, 1800000000), R.randint(0, 10 ** 9 - 1), tok),
    ], [tok]


@pos("vector_yaml_sink_http_auth_strategy_bearer_token")
def _(r):
    tok = pwa(36, 44)
    return [
        "sinks:",
        "  out_http:",
        "    type: http",
        "    inputs: [k8s_logs]",
        "    uri: https://logs.example.com/ingest",
        "    auth:",
        "      strategy: bearer",
        "      token: \"%s\"" % tok,
    ], [tok]


@pos("vector_debug_log_sink_config_rust_debug_struct_password", new=False)
def _(r):
    p = pw()
    return [
        "%s DEBUG vector::topology::builder: Building sink. id=es config=ElasticsearchConfig { endpoints: [\"https://es.example.com:9200\"], auth: Some(Basic { user: \"vector\", password: \"%s\" }), compression: None }" % (TS().iso(), p),
    ], [p]


@pos("promtail_clients_bearer_token_literal_with_tenant_id")
def _(r):
    tok = pwa(36, 44)
    return [
        "clients:",
        "  - url: https://loki.example.com/loki/api/v1/push",
        "    tenant_id: wandb",
        "    bearer_token: %s" % tok,
    ], [tok]


@pos("loki_storage_config_aws_s3_url_inline_key_and_secret", new=False)
def _(r):
    s = awssec_url()
    return [
        "storage_config:",
        "  aws:",
        "    s3: s3://%s:%s@us-east-1/loki-chunks" % (akid(), s),
        "    s3forcepathstyle: true",
    ], [s]


@pos("jaeger_query_pod_args_es_password_flag")
def _(r):
    p = pw()
    return [
        "    args:",
        "    - --es.server-urls=https://es.example.com:9200",
        "    - --es.username=jaeger",
        "    - --es.password=%s" % p,
    ], [p]


@pos("vmagent_ps_remote_write_basic_auth_password_flag")
def _(r):
    p = pw()
    return [
        "vmagent   %d  0.4  1.2 /vmagent-prod -promscrape.config=/etc/vm/scrape.yml -remoteWrite.url=https://vm.example.com/api/v1/write -remoteWrite.basicAuth.username=wandb -remoteWrite.basicAuth.password=%s" % (R.randint(1, 9999), p),
    ], [p]


@pos("telegraf_conf_outputs_http_headers_table_api_key")
def _(r):
    k = pwa(32, 40)
    return [
        "[[outputs.http]]",
        "  url = \"https://metrics.example.com/write\"",
        "  [outputs.http.headers]",
        "    X-Api-Key = \"%s\"" % k,
    ], [k]


@pos("logstash_pipeline_input_http_password_and_output_api_key", new=False)
def _(r):
    p = pw(); kid = rs(20); ks = rs(22)
    return [
        "input { http { port => 8080 user => \"shipper\" password => \"%s\" } }" % p,
        "output { elasticsearch { hosts => [\"https://es:9200\"] api_key => \"%s:%s\" } }" % (kid, ks),
    ], [p, ks]


@pos("tempo_config_storage_trace_s3_secret_key_yaml", new=False)
def _(r):
    s = awssec()
    return [
        "storage:",
        "  trace:",
        "    backend: s3",
        "    s3:",
        "      bucket: tempo-traces",
        "      access_key: %s" % akid(),
        "      secret_key: \"%s\"" % s,
    ], [s]


@pos("alertmanager_config_api_json_escaped_slack_api_url")
def _(r):
    a = "T" + rs(8, string.ascii_uppercase + string.digits); b = "B" + rs(10, string.ascii_uppercase + string.digits); c = rs(24)
    y = "global:\n  slack_api_url: https://hooks.slack.com/services/%s/%s/%s\nroute:\n  receiver: ops\n" % (a, b, c)
    return [json.dumps({"cluster": {"status": "ready"}, "config": {"original": y}})], [c]


# ---------------------------------------------------------------- positives: tracebacks and structured loggers

@pos("rich_traceback_locals_panel_box_password_row", new=False)
def _(r):
    p = pw()
    row = lambda s: "│ │ " + s.ljust(50) + "│ │"
    return [
        "│ ╭───────────────────── locals ─────────────────────╮ │",
        row("     host = 'mysql.%s.svc'" % ns()),
        row(" password = '%s'" % p),
        row("     port = 3306"),
        "│ ╰───────────────────────────────────────────────────╯ │",
    ], [p]


@pos("loguru_diagnose_traceback_variable_arrow_annotations")
def _(r):
    p = pw()
    return [
        "  File \"/app/db.py\", line %d, in connect" % R.randint(10, 90),
        "    return pymysql.connect(host=host, user=user, password=password)",
        "                                │          │              └ '%s'" % p,
        "                                │          └ 'wandb'",
        "                                └ 'mysql.%s.svc'" % ns(),
    ], [p]


@pos("go_percent_sharp_v_nested_config_struct_pointer_fields", new=False)
def _(r):
    p = pw(); s = awssec()
    return [
        "config: &config.Config{Server:config.Server{Addr:\":8080\"}, DB:config.DB{DSN:\"wandb:%s@tcp(mysql:3306)/wandb\"}, S3:(*config.S3)(0xc000%s), S3Secret:\"%s\"}" % (p, hx(6), s),
    ], [p, s]


@pos("pydantic_settings_model_dump_json_log_line_nested")
def _(r):
    p = pw(); k = wkey()
    return [
        json.dumps({"level": "info", "event": "settings loaded", "settings": {"database": {"url": "postgresql+asyncpg://app:%s@pg:5432/app" % p}, "wandb": {"api_key": k}}}),
    ], [p, k]


@pos("attrs_class_repr_in_structlog_console_kv")
def _(r):
    tok = pwa(36, 44)
    return [
        "2024-%02d-%02d 10:11:12 [info     ] starting exporter              cfg=ExporterConfig(endpoint='https://otlp.example.com', token='%s', timeout=10)" % (R.randint(1, 12), R.randint(1, 28), tok),
    ], [tok]


@pos("java_record_tostring_datasource_props_brackets", new=False)
def _(r):
    p = pw()
    return [
        "INFO  c.e.w.Config - Resolved DataSourceProps[url=jdbc:mysql://mysql:3306/wandb, username=wandb, password=%s, poolSize=10]" % p,
    ], [p]


@pos("rust_debug_reqwest_headermap_authorization_unmarked")
def _(r):
    tok = pwa(36, 44)
    return [
        "DEBUG reqwest::connect: starting new connection: https://api.example.com/",
        "TRACE client: request headers: {\"user-agent\": \"wb-agent/0.%d\", \"authorization\": \"Bearer %s\"}" % (R.randint(1, 9), tok),
    ], [tok]


@pos("werkzeug_debugger_console_request_environ_http_authorization")
def _(r):
    p = pw(); u = pad_user("admin")
    full, part = basic(u, p)
    return [
        "[console ready]",
        ">>> request.environ['HTTP_AUTHORIZATION']",
        "'Basic %s'" % full,
    ], [part]


@pos("django_technical_500_settings_unmasked_sentry_dsn_and_license", new=False)
def _(r):
    k = hx(32); lic, sig = jwt({"iss": "wandb"})
    return [
        "Settings:",
        "Using settings module app.settings",
        "SENTRY_DSN = 'https://%s@o%d.ingest.sentry.example.com/%d'" % (k, R.randint(10000, 99999), R.randint(100, 999)),
        "WANDB_LICENSE = '%s'" % lic,
        "SECRET_KEY = '********************'",
    ], [k, sig]


@pos("python_logging_dictconfig_smtp_handler_credentials_tuple", new=False)
def _(r):
    p = pw()
    return [
        "logging.config.dictConfig({'version': 1, 'handlers': {'mail': {'class': 'logging.handlers.SMTPHandler', 'mailhost': ('smtp.example.com', 587), 'credentials': ('alerts@example.com', '%s'), 'secure': ()}}})" % p,
    ], [p]


@pos("go_http_request_sharp_v_header_map_authorization", new=False)
def _(r):
    tok = pwa(36, 44)
    return [
        "req: &http.Request{Method:\"POST\", URL:(*url.URL)(0xc000%s), Proto:\"HTTP/1.1\", Header:http.Header{\"Authorization\":[]string{\"Bearer %s\"}, \"Content-Type\":[]string{\"application/json\"}}, ContentLength:%d}" % (hx(6), tok, R.randint(10, 999)),
    ], [tok]


@pos("java_okhttp_request_tostring_url_and_headers_pairs")
def _(r):
    a = pwa(30, 40); b = pwa(30, 40)
    return [
        "Request{method=GET, url=https://api.example.com/v1/export?access_token=%s, headers=[X-Api-Key:%s]}" % (a, b),
    ], [a, b]


@pos("node_util_inspect_process_env_single_quoted_object")
def _(r):
    k = wkey(); p = pw()
    return [
        "{",
        "  HOME: '/home/node',",
        "  WANDB_API_KEY: '%s'," % k,
        "  REDIS_PASSWORD: '%s'," % p,
        "  NODE_ENV: 'production'",
        "}",
    ], [k, p]


@pos("csharp_ilogger_structured_options_json_scope_connection_string")
def _(r):
    p = pw()
    return [
        "info: App.Startup[0]",
        "      Options: {\"ConnectionStrings\":{\"Default\":\"Server=sql.example.com;Database=wandb;User Id=wandb;Password=%s;\"}}" % p,
    ], [p]


@pos("python_traceback_exception_repr_requests_prepared_body_client_secret")
def _(r):
    s = pw(28, 36)
    return [
        "Traceback (most recent call last):",
        "  File \"/app/sso.py\", line %d, in refresh" % R.randint(10, 99),
        "    resp.raise_for_status()",
        "requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://sso.example.com/oauth2/token",
        "  body=b'grant_type=client_credentials&client_id=wandb&client_secret=%s'" % s,
    ], [s]
# ---------------------------------------------------------------- positives: adversarial layouts

@pos("triple_escaped_json_operator_event_message_env_value", new=False)
def _(r):
    p = pw()
    lvl1 = json.dumps({"env": [{"name": "MYSQL_PASSWORD", "value": p}]})
    lvl2 = json.dumps({"msg": "patch failed", "patch": lvl1})
    return [json.dumps({"kind": "Event", "reason": "ReconcileFailed", "message": lvl2})], [p]


@pos("hex_encoded_password_in_configmap_value_with_hex_prefix", new=False)
def _(r):
    p = pw(); h = p.encode().hex()
    return [
        "data:",
        "  DB_PASSWORD_HEX: \"0x%s\"" % h,
        "  DB_USER: wandb",
    ], [h]


@pos("double_percent_encoded_dsn_in_otel_attribute")
def _(r):
    p = pwa(8, 10) + "@" + pwa(6, 8)
    enc = pct(pct(p))
    return [
        "     -> http.url: Str(https://gateway.example.com/connect?dsn=mysql%%3A%%2F%%2Fwandb%%3A%s%%40mysql%%3A3306%%2Fwandb)" % enc,
    ], [enc]


@pos("yaml_cyrillic_key_parol_literal_value", new=False)
def _(r):
    p = pw()
    return [
        "база_данных:",
        "  хост: mysql.example.local",
        "  пользователь: wandb",
        "  пароль: \"%s\"" % p,
    ], [p]


@pos("env_table_japanese_column_headers_api_token_row", new=False)
def _(r):
    k = wkey()
    return [
        "| 変数名 | 値 | 備考 |",
        "|---|---|---|",
        "| WANDB_BASE_URL | https://%s | 本番 |" % host(),
        "| WANDB_API_KEY | %s | 一時的 |" % k,
    ], [k]


@pos("spring_props_kebab_hikari_data_source_properties_password")
def _(r):
    p = pw()
    return [
        "spring.datasource.url=jdbc:mysql://mysql:3306/wandb",
        "spring.datasource.hikari.data-source-properties.password=%s" % p,
    ], [p]


@pos("yaml_comment_previous_value_password_kept_after_rotation", new=False)
def _(r):
    old = pw(); new = "${MYSQL_PASSWORD}"
    return [
        "mysql:",
        "  user: wandb",
        "  # password: %s   (old, rotated)" % old,
        "  password: %s" % new,
    ], [old]


@pos("toml_multiline_basic_string_token_with_spaces_and_escapes", new=False)
def _(r):
    a = pwa(10, 12); b = pwa(10, 12)
    return [
        "[auth]",
        "token = \"\"\"",
        "%s \\" % a,
        "  %s\"\"\"" % b,
    ], [a, b]


@pos("json_password_with_escaped_quote_and_backslash_in_line_form", new=False)
def _(r):
    a = pwa(6, 8); b = pwa(6, 8)
    raw = a + "\"\\" + b
    esc = json.dumps(raw)[1:-1]
    return [
        "{\"user\": \"clickhouse\", \"password\": \"%s\", \"port\": 9440}" % esc,
    ], [esc]


@pos("non_ascii_password_polish_and_spanish_letters_in_env", new=False)
def _(r):
    p = pwa(5, 7) + R.choice("łśżćñéü") + pwa(5, 7) + R.choice("ĄŁÑÓ") + pwa(3, 5)
    return [
        "CONTRASEÑA_BD=%s" % p,
        "UŻYTKOWNIK=wandb",
    ], [p]


@pos("base64_env_file_in_annotation_clean_suffix_token", new=False)
def _(r):
    tok = pwa(30, 36)
    full, part = b64part("API_TOKEN=", tok, "\n")
    return [
        "metadata:",
        "  annotations:",
        "    app.example.com/env-b64: %s" % full,
    ], [part]


@pos("hexdump_c_of_secret_env_aligned_ascii_column_pieces", new=False)
def _(r):
    a = pwa(8, 8); b = pwa(16, 16)
    data = ("DB_PASS=" + a + b + "\nUSER=wb\n").encode()
    lines = []
    for off in range(0, len(data), 16):
        chunk = data[off:off + 16]
        hx1 = " ".join("%02x" % c for c in chunk[:8]); hx2 = " ".join("%02x" % c for c in chunk[8:])
        asc = "".join(chr(c) if 32 <= c < 127 else "." for c in chunk)
        lines.append("%08x  %-23s  %-23s  |%s|" % (off, hx1, hx2, asc))
    return lines, [a, b]


@pos("value_split_across_csv_rows_quoted_multiline_cell")
def _(r):
    a = pwa(12, 16); b = pwa(12, 16)
    return [
        "name,value,updated",
        "WANDB_LICENSE_PART,\"%s" % a,
        "%s\",2024-0%d-1%d" % (b, R.randint(1, 9), R.randint(0, 9)),
    ], [a, b]


@pos("ansi_colored_kubectl_describe_env_value_bold_wrapped", new=False)
def _(r):
    p = pw()
    return [
        "      \x1b[1mDB_PASS\x1b[0m:   \x1b[33m%s\x1b[0m" % p,
        "      \x1b[1mDB_USER\x1b[0m:   wandb",
    ], [p]


@pos("url_encoded_form_body_in_nginx_debug_log_password_field", new=False)
def _(r):
    p = pwa(8, 10) + "&" + pwa(4, 6) + "=" + pwa(4, 6)
    enc = pct(p); t = TS(); w = R.randint(1, 99); c = R.randint(1, 9999)
    return [
        "%s [debug] %d#%d: *%d http client request body preread %d" % (t.step().strftime("%Y/%m/%d %H:%M:%S"), w, w, c, R.randint(30, 90)),
        "%s [debug] %d#%d: *%d http request body: \"username=admin&password=%s&remember=1\"" % (t.step().strftime("%Y/%m/%d %H:%M:%S"), w, w, c, enc),
    ], [enc]


@pos("gzip_base64_blob_beside_literal_license_in_helm_secret_describe", new=False)
def _(r):
    lic, sig = jwt({"iss": "wandb"})
    blob = base64.b64encode(gzip.compress(("{\"name\":\"wandb\",\"version\":%d}" % R.randint(1, 40)).encode(), mtime=0)).decode()
    return [
        "release: %s" % blob,
        "license-override: %s" % lic,
    ], [sig]


@pos("key_name_snake_camel_mixed_clickHousePassWord_yaml", new=False)
def _(r):
    p = pw()
    return [
        "weave:",
        "  clickHouse:",
        "    clickHousePassWord: '%s'" % p,
    ], [p]


@pos("secret_in_shell_single_quote_with_escaped_quote_sequence")
def _(r):
    a = pwa(7, 9); b = pwa(7, 9)
    return [
        "export GF_SECURITY_ADMIN_PASSWORD='%s'\\''%s'" % (a, b),
    ], [a, b]


@pos("powershell_env_assignment_backtick_escaped_dollar", new=False)
def _(r):
    a = pwa(8, 10); b = pwa(8, 10)
    val = "%s`$%s" % (a, b)
    return [
        "PS C:\\wandb> $env:WANDB_API_KEY = \"%s\"" % val,
        "PS C:\\wandb> wandb login --host https://%s" % host(),
    ], [val]


@pos("key_names_arabic_and_hebrew_rtl_password_labels", new=False)
def _(r):
    p = pw(); q = pw()
    return [
        "كلمة_المرور=%s" % p,
        "סיסמה=%s" % q,
    ], [p, q]


@pos("markdown_code_fence_in_support_ticket_values_yaml_token")
def _(r):
    tok = pwa(36, 44)
    return [
        "Here is my values file:",
        "```yaml",
        "ingress:",
        "  annotations:",
        "    nginx.ingress.kubernetes.io/auth-url: \"https://auth.example.com/check?token=%s\"" % tok,
        "```",
    ], [tok]


@pos("json_unicode_escaped_key_name_password_ascii_value", new=False)
def _(r):
    p = pw()
    return [
        "{\"\\u0070\\u0061\\u0073\\u0073\\u0077\\u006f\\u0072\\u0064\": \"%s\", \"user\": \"wandb\"}" % p,
    ], [p]


@pos("secret_split_by_logfmt_continuation_two_records_same_request_id")
def _(r):
    a = pwa(14, 18); b = pwa(14, 18); rid = uid()
    return [
        "level=debug request_id=%s msg=\"auth header (1/2)\" part=\"Bearer %s\"" % (rid, a),
        "level=debug request_id=%s msg=\"auth header (2/2)\" part=\"%s\"" % (rid, b),
    ], [a, b]


@pos("fixed_width_table_column_truncated_then_full_value_row")
def _(r):
    k = wkey()
    return [
        "KEY                 VALUE                    SOURCE",
        "WANDB_API_KEY       %s  env" % k,
        "WANDB_ENTITY        ml-team                  settings",
    ], [k]


@pos("xml_escaped_amp_in_password_attribute_log4j_appender", new=False)
def _(r):
    a = pwa(8, 10); b = pwa(8, 10)
    v = "%s&amp;%s" % (a, b)
    return [
        "<JDBC name=\"db\" tableName=\"logs\">",
        "  <DriverManager connectionString=\"jdbc:mysql://mysql:3306/logs\" userName=\"log\" password=\"%s\"/>" % v,
        "</JDBC>",
    ], [v]


@pos("key_name_with_spaces_and_colon_in_human_readable_dump")
def _(r):
    p = pw()
    return [
        "Database Host     : mysql.%s.svc" % ns(),
        "Database Password : %s" % p,
        "Database Name     : wandb_local",
    ], [p]


@pos("secret_in_yaml_flow_sequence_args_after_equals", new=False)
def _(r):
    p = pw()
    return [
        "        args: [\"--config=/etc/app.yaml\", \"--redis-password=%s\", \"--v=2\"]" % p,
    ], [p]
# ---------------------------------------------------------------- positives: more runtime and telemetry outputs

@pos("kubectl_diff_configmap_unified_minus_plus_old_and_new_password")
def _(r):
    a = pw(); b = pw(); n = ns()
    return [
        "diff -u -N /tmp/LIVE-%d/v1.ConfigMap.%s.wandb-env /tmp/MERGED-%d/v1.ConfigMap.%s.wandb-env" % (R.randint(10 ** 8, 10 ** 9), n, R.randint(10 ** 8, 10 ** 9), n),
        "@@ -4,7 +4,7 @@",
        " data:",
        "-  CLICKHOUSE_PASSWORD: %s" % a,
        "+  CLICKHOUSE_PASSWORD: %s" % b,
        "   CLICKHOUSE_USER: weave",
    ], [a, b]


@pos("systemctl_set_environment_history_then_show_environment")
def _(r):
    p = pw()
    return [
        "  88  sudo systemctl set-environment WANDB_LICENSE_PASS=%s" % p,
        "  89  systemctl show-environment | grep WANDB",
        "WANDB_LICENSE_PASS=%s" % p,
    ], [p]


@pos("crictl_info_json_cri_registry_configs_auth_block")
def _(r):
    p = pw()
    return [
        "    \"registry\": {",
        "      \"configs\": {",
        "        \"registry.example.com\": {",
        "          \"auth\": {\"username\": \"robot\", \"password\": \"%s\", \"auth\": \"\", \"identitytoken\": \"\"}," % p,
        "          \"tls\": null",
        "        }",
    ], [p]


@pos("otel_javaagent_debug_config_properties_otlp_headers_api_key")
def _(r):
    k = pwa(36, 44)
    return [
        "[otel.javaagent %s] [main] DEBUG io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder - Using config: {otel.exporter.otlp.endpoint=https://otlp.example.com, otel.exporter.otlp.headers=api-key=%s, otel.service.name=wandb-java}" % (TS().sp(), k),
    ], [k]


@pos("prometheus_remote_write_sigv4_block_secret_key_literal")
def _(r):
    s = awssec()
    return [
        "remote_write:",
        "  - url: https://aps-workspaces.us-east-1.amazonaws.com/workspaces/ws-%s/api/v1/remote_write" % uid(),
        "    sigv4:",
        "      region: us-east-1",
        "      access_key: %s" % akid(),
        "      secret_key: %s" % s,
    ], [s]


@pos("grafana_http_api_datasources_response_legacy_plaintext_password_fields")
def _(r):
    p = pw(); q = pw()
    return [
        "$ curl -s -u admin:\"$GF_PW\" https://grafana.example.com/api/datasources/%d | jq -c ." % R.randint(1, 40),
        json.dumps({"id": R.randint(1, 40), "uid": rs(9), "name": "MySQL", "type": "mysql", "url": "mysql:3306", "user": "grafana", "password": p, "basicAuth": True, "basicAuthUser": "ro", "basicAuthPassword": q, "secureJsonFields": {}}),
    ], [p, q]


@pos("vector_tap_outputs_json_event_http_headers_authorization")
def _(r):
    tok = pwa(36, 44)
    return [
        "$ vector tap --outputs-of http_in",
        json.dumps({"message": "POST /ingest", "headers": {"authorization": "Bearer " + tok, "content-type": "application/json"}, "source_type": "http_server", "timestamp": TS().iso()}),
    ], [tok]


@pos("promtail_print_config_stderr_client_basic_auth_password")
def _(r):
    p = pw()
    return [
        "level=info ts=%s caller=main.go:%d msg=\"Starting Promtail\" version=\"(version=2.9.%d)\"" % (TS().iso(), R.randint(100, 140), R.randint(0, 9)),
        "clients:",
        "- url: https://loki.example.com/loki/api/v1/push",
        "  basic_auth:",
        "    username: promtail",
        "    password: %s" % p,
        "  batchwait: 1s",
    ], [p]


@pos("httpx_request_repr_in_exception_url_query_token")
def _(r):
    tok = pwa(36, 44)
    return [
        "httpx.HTTPStatusError: Client error '401 Unauthorized' for url 'https://%s/api/v1/export?token=%s'" % (host(), tok),
        "For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/401",
    ], [tok]


@pos("rust_anyhow_error_caused_by_chain_redis_url")
def _(r):
    p = pw()
    return [
        "Error: failed to start queue worker",
        "",
        "Caused by:",
        "    0: connecting to redis://default:%s@redis-master.%s.svc:6379/0" % (p, ns()),
        "    1: Connection refused (os error 111)",
    ], [p]


@pos("wandb_docker_run_echoed_docker_command_env_api_key")
def _(r):
    k = wkey()
    return [
        "$ wandb docker-run --gpus all -v $PWD:/app my-train:latest",
        "wandb: Running: docker run --runtime nvidia -e WANDB_API_KEY=%s -e WANDB_DOCKER=my-train:latest --gpus all -v /home/u/proj:/app my-train:latest" % k,
    ], [k]


@pos("oc_whoami_show_token_sha256_tilde_output")
def _(r):
    tok = b64u(32)
    return [
        "$ oc whoami --show-token",
        "sha256~%s" % tok,
        "$ oc whoami --show-server",
        "https://api.ocp.example.com:6443",
    ], [tok]


@pos("wandb_operator_controller_log_json_patch_op_value_password")
def _(r):
    p = pw()
    return [
        json.dumps({"level": "info", "ts": TS().epoch(), "logger": "controllers.WeightsAndBiases", "msg": "applying patch", "patch": [{"op": "replace", "path": "/spec/values/mysql/password", "value": p}]}),
    ], [p]


@pos("sentry_envelope_ndjson_item_payload_request_data_password")
def _(r):
    p = pw()
    return [
        json.dumps({"event_id": hx(32), "sent_at": TS().iso(), "sdk": {"name": "sentry.python", "version": "1.%d.0" % R.randint(30, 45)}}),
        json.dumps({"type": "event", "content_type": "application/json"}),
        json.dumps({"level": "error", "request": {"method": "POST", "url": "https://%s/login" % host(), "data": {"username": "admin", "password": p}}}),
    ], [p]


@pos("otlp_json_file_exporter_resource_process_command_args_token")
def _(r):
    tok = pwa(36, 44)
    rec = {"resourceSpans": [{"resource": {"attributes": [{"key": "process.command_args", "value": {"arrayValue": {"values": [{"stringValue": "/usr/bin/agent"}, {"stringValue": "--token"}, {"stringValue": tok}]}}}]}}]}
    return [json.dumps(rec, separators=(",", ":"))], [tok]


@pos("prometheus_targets_api_scrape_url_query_token_param")
def _(r):
    tok = pwa(32, 40)
    return [
        json.dumps({"discoveredLabels": {"__address__": "%s:9100" % ip()}, "scrapePool": "node", "scrapeUrl": "http://%s:9100/metrics?token=%s" % (ip(), tok), "health": "up", "lastScrapeDuration": 0.012}),
    ], [tok]


@pos("podman_secret_inspect_showsecret_secretdata_field")
def _(r):
    p = pw()
    return [
        "[",
        "    {",
        "        \"ID\": \"%s\"," % hx(25),
        "        \"Spec\": {\"Name\": \"mysql_root\", \"Driver\": {\"Name\": \"file\"}},",
        "        \"SecretData\": \"%s\"" % p,
        "    }",
        "]",
    ], [p]


@pos("java_log4j2_json_layout_context_map_token")
def _(r):
    tok = pwa(36, 44)
    return [
        json.dumps({"instant": {"epochSecond": R.randint(1700000000, 1800000000), "nanoOfSecond": R.randint(0, 10 ** 9 - 1)}, "thread": "main", "level": "INFO", "loggerName": "com.example.Sync", "message": "sync started", "contextMap": {"tenant": "ml", "apiToken": tok}}),
    ], [tok]


@pos("go_slog_text_handler_grouped_keys_db_password")
def _(r):
    p = pw()
    return [
        "time=%s level=INFO msg=\"config loaded\" db.host=mysql.%s.svc db.user=wandb db.password=%s cache.ttl=5m" % (TS().iso(), ns(), p),
    ], [p]


@pos("wandb_settings_http_headers_env_json_authorization")
def _(r):
    tok = pwa(36, 44)
    return [
        "export WANDB_BASE_URL=https://%s" % host(),
        "export WANDB_HTTP_HEADERS='{\"Authorization\": \"Bearer %s\", \"X-Team\": \"ml\"}'" % tok,
    ], [tok]


# ---------------------------------------------------------------- positives: admission, operators, runtime introspection

@pos("k8s_admission_review_request_object_secret_stringdata_webhook_log")
def _(r):
    p = pw()
    rev = {"kind": "AdmissionReview", "apiVersion": "admission.k8s.io/v1", "request": {"uid": uid(), "kind": {"group": "", "version": "v1", "kind": "Secret"}, "operation": "CREATE", "object": {"kind": "Secret", "metadata": {"name": "wandb-mysql"}, "stringData": {"password": p}}}}
    return ["%s webhook: received review %s" % (TS().iso(), json.dumps(rev))], [p]


@pos("kubectl_run_overrides_json_env_value_history")
def _(r):
    p = pw()
    ov = json.dumps({"spec": {"containers": [{"name": "dbg", "image": "mysql:8.0", "env": [{"name": "MYSQL_PWD", "value": p}]}]}}, separators=(",", ":"))
    return ["kubectl -n %s run dbg --rm -it --image=mysql:8.0 --overrides='%s' -- mysql -h mysql -u wandb" % (ns(), ov)], [p]


@pos("oc_serviceaccounts_get_token_jwt_output")
def _(r):
    tok, sig = jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "wandb", "sub": "system:serviceaccount:wandb:backup"})
    return ["$ oc serviceaccounts get-token backup -n wandb", tok], [sig]


@pos("openshift_oauthclient_yaml_secret_field_plaintext")
def _(r):
    s = pwa(36, 44)
    return [
        "apiVersion: oauth.openshift.io/v1",
        "kind: OAuthClient",
        "metadata:",
        "  name: wandb-sso",
        "grantMethod: auto",
        "redirectURIs:",
        "- https://%s/oidc/callback" % host(),
        "secret: %s" % s,
    ], [s]


@pos("sentry_event_tags_pair_list_api_token_tag")
def _(r):
    tok = pwa(32, 40)
    return ["\"tags\": [[\"environment\", \"production\"], [\"api_token\", \"%s\"], [\"server_name\", \"wandb-app-%s\"]]," % (tok, hx(5))], [tok]


@pos("sentry_transaction_span_description_http_url_access_token")
def _(r):
    tok = pwa(36, 44)
    return [
        "\"spans\": [",
        "  {\"op\": \"http.client\", \"description\": \"GET https://api.example.com/v1/users?access_token=%s\", \"span_id\": \"%s\", \"trace_id\": \"%s\"}" % (tok, hx(16), hx(32)),
        "],",
    ], [tok]


@pos("otel_baggage_header_user_token_entry_in_dumped_request")
def _(r):
    tok = pwa(30, 40)
    return [
        "> GET /api/v1/runs HTTP/1.1",
        "> traceparent: 00-%s-%s-01" % (hx(32), hx(16)),
        "> baggage: tenant=ml,userToken=%s,sampled=true" % tok,
    ], [tok]


@pos("otelcol_set_flag_exporter_headers_history")
def _(r):
    k = pwa(36, 44)
    return ["otelcol-contrib --config=/etc/otel/config.yaml --set=exporters.otlphttp.headers.x-api-key=%s" % k], [k]


@pos("grafana_ini_auth_generic_oauth_client_secret")
def _(r):
    s = pwa(36, 44)
    return [
        "[auth.generic_oauth]",
        "enabled = true",
        "client_id = grafana",
        "client_secret = %s" % s,
        "auth_url = https://sso.example.com/auth",
    ], [s]


@pos("grafana_image_renderer_token_env_pair_in_deploy_yaml")
def _(r):
    tok = pwa(30, 40)
    return [
        "        - name: GF_RENDERING_RENDERER_TOKEN",
        "          value: %s" % tok,
        "        - name: GF_RENDERING_SERVER_URL",
        "          value: http://grafana-image-renderer:8081/render",
    ], [tok]


@pos("loki_canary_pod_args_user_pass_flags")
def _(r):
    p = pw()
    return [
        "  containers:",
        "  - args:",
        "    - -addr=loki-gateway.monitoring.svc",
        "    - -user=canary",
        "    - -pass=%s" % p,
        "    - -labelname=pod",
    ], [p]


@pos("datadog_agent_configcheck_output_instance_password")
def _(r):
    p = pw()
    return [
        "=== mysql check ===",
        "Configuration provider: file",
        "Configuration source: file:/etc/datadog-agent/conf.d/mysql.d/conf.yaml",
        "Config for instance ID: mysql:%s" % hx(16),
        "host: mysql.%s.svc" % ns(),
        "password: %s" % p,
        "username: datadog",
        "~",
    ], [p]


@pos("spring_boot_failed_to_bind_property_value_origin")
def _(r):
    p = pw()
    return [
        "***************************",
        "APPLICATION FAILED TO START",
        "***************************",
        "Description:",
        "Failed to bind properties under 'app.mail.password' to java.time.Duration:",
        "    Property: app.mail.password",
        "    Value: \"%s\"" % p,
        "    Origin: System Environment Property \"APP_MAIL_PASSWORD\"",
    ], [p]


@pos("jcmd_vm_command_line_jvm_args_password_property")
def _(r):
    p = pw()
    return [
        "%d:" % R.randint(1, 99999),
        "VM Arguments:",
        "jvm_args: -Xmx2g -Dspring.datasource.password=%s -Dfile.encoding=UTF-8" % p,
        "java_command: app.jar",
    ], [p]


@pos("go_expvar_debug_vars_cmdline_array_flag_value")
def _(r):
    p = pw()
    return ["{", "\"cmdline\": [\"/usr/local/bin/exporter\",\"--redis.addr=redis:6379\",\"--redis.password=%s\"]," % p, "\"memstats\": {\"Alloc\": %d}" % R.randint(10 ** 5, 10 ** 8), "}"], [p]


@pos("go_pprof_cmdline_endpoint_nul_separated_args")
def _(r):
    p = pw()
    return ["$ curl -s http://localhost:6060/debug/pprof/cmdline | cat -v", "/app/server^@--listen=:8080^@--db-password=%s^@--v=2" % p], [p]


@pos("rust_tracing_span_fields_prefix_token_field")
def _(r):
    tok = pwa(32, 40)
    return ["%s  INFO request{method=POST uri=/ingest token=\"%s\"}: ingest: batch accepted size=%d" % (TS().iso(), tok, R.randint(1, 999))], [tok]


@pos("wandb_graphql_generate_api_key_response_name_field")
def _(r):
    k = wkey()
    return [
        "%s DEBUG   SenderThread:%d [internal_api.py:execute():%d] response: {\"data\": {\"generateApiKey\": {\"apiKey\": {\"id\": \"%s\", \"name\": \"%s\"}}}}" % (TS().sp(), R.randint(1000, 99999), R.randint(200, 400), base64.b64encode(("ApiKey:%d" % R.randint(1, 99999)).encode()).decode(), k),
    ], [k]


@pos("opentelemetry_operator_instrumentation_cr_env_headers_value")
def _(r):
    k = pwa(36, 44)
    return [
        "apiVersion: opentelemetry.io/v1alpha1",
        "kind: Instrumentation",
        "spec:",
        "  env:",
        "    - name: OTEL_EXPORTER_OTLP_HEADERS",
        "      value: x-honeycomb-team=%s" % k,
    ], [k]


@pos("opentelemetry_collector_cr_config_string_exporter_headers")
def _(r):
    k = pwa(36, 44)
    return [
        "kind: OpenTelemetryCollector",
        "spec:",
        "  config: |",
        "    exporters:",
        "      otlphttp:",
        "        endpoint: https://otlp.example.com",
        "        headers:",
        "          authorization: \"Api-Token %s\"" % k,
    ], [k]


@pos("gunicorn_print_config_raw_env_list")
def _(r):
    p = pw()
    return ["bind                              = ['0.0.0.0:8000']", "raw_env                           = ['DJANGO_DB_PASSWORD=%s', 'DJANGO_DEBUG=0']" % p, "workers                           = 4"], [p]


@pos("prometheus_scrape_http_headers_block_values_list")
def _(r):
    tok = pwa(32, 40)
    return ["- job_name: weave", "  http_headers:", "    X-Scrape-Token:", "      values: [\"%s\"]" % tok, "  static_configs:", "  - targets: ['weave-trace:8080']"], [tok]

# ---------------------------------------------------------------- negatives

@neg("neg_wandb_debug_log_settings_api_key_redacted_stars_and_none", new=False)
def _():
    t = TS(); pid = R.randint(1000, 99999)
    return [
        "%s INFO    MainThread:%d [wandb_setup.py:_flush():81] Loading settings from environment variables: {'api_key': '***REDACTED***', 'base_url': 'https://%s'}" % (t.sp(), pid, host()),
        "%s INFO    MainThread:%d [wandb_init.py:_log_setup():%d] Logging user logs to /home/u/wandb/run-%s-%s/logs/debug.log" % (t.sp(), pid, R.randint(500, 700), t.t.strftime("%Y%m%d_%H%M%S"), rs(8, string.ascii_lowercase + string.digits)),
    ]


@neg("neg_wandb_core_stream_ids_and_port_file_paths", new=False)
def _():
    t = TS()
    return [json.dumps({"time": t.iso(), "level": "INFO", "msg": "stream: started", "id": rs(8, string.ascii_lowercase + string.digits)}),
            json.dumps({"time": t.iso(), "level": "INFO", "msg": "main: starting server", "port-filename": "/tmp/tmp%s/port-%d.txt" % (rs(8, string.ascii_lowercase), R.randint(1000, 9999))})]


@neg("neg_wandb_verify_all_green_with_host_and_version", new=False)
def _():
    return ["Default host selected:  https://%s" % host(), "Find detailed logs for this test at: /tmp/%s/wandb" % rs(8, string.ascii_lowercase),
            "Checking if logged in...................................................✅", "Checking artifact save and download workflows...........................✅",
            "Checking wandb package version is up to date............................✅"]


@neg("neg_wandb_launch_queue_config_env_secretkeyref_only")
def _():
    return ["env:", "  - name: HF_TOKEN", "    valueFrom:", "      secretKeyRef:", "        name: hf-token-%s" % rs(4, string.ascii_lowercase), "        key: token"]


@neg("neg_weightsandbiases_cr_status_versions_and_image_digests", new=False)
def _():
    return ["status:", "  phase: Running", "  observedGeneration: %d" % R.randint(1, 50),
            "  version: 0.%d.%d" % (R.randint(40, 70), R.randint(0, 9)), "  image: wandb/local@sha256:%s" % hx(64)]


@neg("neg_operator_chart_values_existing_secret_names_only", new=False)
def _():
    return ["global:", "  licenseSecret:", "    name: wandb-license", "    key: license", "  mysql:", "    passwordSecret:", "      name: wandb-mysql", "      passwordKey: password"]


@neg("neg_kubectl_get_secret_yaml_empty_data_and_type", new=False)
def _():
    return ["apiVersion: v1", "data: {}", "kind: Secret", "metadata:", "  name: %s-tls" % R.choice(["wandb", "grafana", "loki"]),
            "  uid: %s" % uid(), "  resourceVersion: \"%d\"" % R.randint(10000, 9999999), "type: kubernetes.io/tls"]


@neg("neg_kubectl_describe_secret_data_section_byte_sizes_only", new=False)
def _():
    return ["Name:         wandb-%s" % R.choice(["mysql", "redis", "bucket"]), "Type:  Opaque", "", "Data", "====",
            "password:  %d bytes" % R.randint(12, 40), "username:  %d bytes" % R.randint(4, 12)]


@neg("neg_pod_yaml_uid_resource_version_image_id_container_id", new=False)
def _():
    return ["  uid: %s" % uid(), "  resourceVersion: \"%d\"" % R.randint(10000, 9999999),
            "    containerID: containerd://%s" % hx(64), "    imageID: docker.io/wandb/local@sha256:%s" % hx(64)]


@neg("neg_last_applied_annotation_env_from_secretref_only", new=False)
def _():
    inner = json.dumps({"apiVersion": "apps/v1", "kind": "Deployment", "spec": {"template": {"spec": {"containers": [{"envFrom": [{"secretRef": {"name": "wandb-env-%s" % rs(4, string.ascii_lowercase)}}]}]}}}}, separators=(",", ":"))
    return ["  annotations:", "    kubectl.kubernetes.io/last-applied-configuration: |", "      " + inner]


@neg("neg_kubelet_log_pod_uid_volume_mount_paths", new=False)
def _():
    t = TS(); u = uid()
    return ["%s node-%d kubelet[%d]: I%s %d reconciler_common.go:%d] \"operationExecutor.MountVolume started for volume \\\"kube-api-access-%s\\\"\" pod=\"%s/wandb-app-%s\" podUID=\"%s\"" % (t.syslog(), R.randint(1, 9), R.randint(500, 5000), t.klog(), R.randint(500, 5000), R.randint(200, 260), rs(5, string.ascii_lowercase + string.digits), ns(), hx(5), u)]


@neg("neg_containerd_log_sandbox_and_snapshot_ids", new=False)
def _():
    t = TS()
    return ["time=\"%s\" level=info msg=\"RunPodSandbox for &PodSandboxMetadata{Name:wandb-app-%s,Uid:%s,Namespace:%s,Attempt:0,} returns sandbox id \\\"%s\\\"\"" % (t.iso(), hx(5), uid(), ns(), hx(64)),
            "time=\"%s\" level=info msg=\"CreateContainer within sandbox \\\"%s\\\" returns container id \\\"%s\\\"\"" % (t.iso(), hx(64), hx(64))]


@neg("neg_crictl_inspect_image_ref_and_mount_host_paths")
def _():
    return ["    \"imageRef\": \"docker.io/wandb/local@sha256:%s\"," % hx(64), "    \"mounts\": [", "      {\"containerPath\": \"/var/run/secrets/kubernetes.io/serviceaccount\", \"hostPath\": \"/var/lib/kubelet/pods/%s/volumes/kubernetes.io~projected/kube-api-access-%s\", \"readonly\": true}" % (uid(), rs(5, string.ascii_lowercase + string.digits)), "    ],"]


@neg("neg_docker_inspect_network_endpoint_ids_and_mac", new=False)
def _():
    mac = ":".join("%02x" % R.randint(0, 255) for _ in range(6))
    return ["                    \"NetworkID\": \"%s\"," % hx(64), "                    \"EndpointID\": \"%s\"," % hx(64), "                    \"MacAddress\": \"%s\"," % mac, "                    \"IPAddress\": \"172.18.0.%d\"," % R.randint(2, 250)]


@neg("neg_compose_config_secrets_file_and_env_file_references", new=False)
def _():
    return ["secrets:", "  mysql_password:", "    file: ./secrets/mysql_password.txt", "services:", "  mysql:", "    environment:", "      MYSQL_PASSWORD_FILE: /run/secrets/mysql_password", "    env_file: [\".env.%s\"]" % R.choice(["prod", "local"])]


@neg("neg_systemd_unit_loadcredential_and_environment_file_paths", new=False)
def _():
    return ["[Service]", "EnvironmentFile=-/etc/default/wandb-%s" % R.choice(["agent", "local"]), "LoadCredential=license:/etc/wandb/license.jwt", "ExecStart=/usr/local/bin/wandb-agent --license-file ${CREDENTIALS_DIRECTORY}/license"]


@neg("neg_journald_json_cursor_boot_machine_invocation_ids", new=False)
def _():
    return [json.dumps({"__CURSOR": "s=%s;i=%x;b=%s;m=%x;t=%x;x=%s" % (hx(32), R.randint(1, 99999), hx(32), R.randint(1, 10 ** 9), R.randint(10 ** 15, 10 ** 16), hx(16)), "_BOOT_ID": hx(32), "_MACHINE_ID": hx(32), "INVOCATION_ID": hx(32), "MESSAGE": "Started wandb-local.service."})]


@neg("neg_openshift_route_tls_certificate_public_only")
def _():
    return ["  tls:", "    termination: reencrypt", "    certificate: |-", "      -----BEGIN CERTIFICATE-----", "      " + b64(48), "      " + b64(48), "      -----END CERTIFICATE-----"]


@neg("neg_sentry_event_ids_trace_ids_fingerprint_release", new=False)
def _():
    return [json.dumps({"event_id": hx(32), "release": "wandb@0.%d.%d" % (R.randint(40, 70), R.randint(0, 9)), "contexts": {"trace": {"trace_id": hx(32), "span_id": hx(16)}}, "fingerprint": ["{{ default }}"]})]


@neg("neg_sentry_event_headers_filtered_marker_substituted", new=False)
def _():
    return ["\"headers\": {\"Authorization\": \"[Filtered]\", \"Cookie\": \"[Filtered]\", \"X-Request-Id\": \"%s\"}," % uid(), "\"data\": {\"password\": \"[Filtered]\", \"username\": \"%s\"}" % R.choice(["alice", "bob", "ops"])]


@neg("neg_otel_span_ids_and_resource_host_id_attributes", new=False)
def _():
    return ["Resource attributes:", "     -> service.name: Str(wandb-app)", "     -> service.instance.id: Str(%s)" % uid(), "     -> host.id: Str(%s)" % hx(32), "Span #0", "    Trace ID       : %s" % hx(32), "    Parent ID      : %s" % hx(16)]


@neg("neg_prometheus_scrape_credentials_file_and_password_file_paths", new=False)
def _():
    return ["- job_name: wandb", "  authorization:", "    type: Bearer", "    credentials_file: /etc/prometheus/secrets/wandb-token", "  basic_auth:", "    username: prom", "    password_file: /etc/prometheus/secrets/%s-password" % R.choice(["mysqld", "redis"])]


@neg("neg_grafana_datasource_env_interpolation_references", new=False)
def _():
    return ["    secureJsonData:", "      basicAuthPassword: $LOKI_PASSWORD", "      httpHeaderValue1: ${TEMPO_TENANT_%s}" % R.choice(["TOKEN", "KEY"]), "      password: $__file{/etc/grafana/secrets/db}"]


@neg("neg_datadog_status_api_key_ending_and_hostname", new=False)
def _():
    return ["  API Keys status", "  ===============", "    API key ending with %s: API Key valid" % hx(5), "  Hostname: ip-%s.ec2.internal" % ip().replace(".", "-")]


@neg("neg_fluent_bit_output_env_var_references", new=False)
def _():
    return ["[OUTPUT]", "    Name  http", "    Match *", "    Header Authorization Bearer ${%s}" % R.choice(["LOG_TOKEN", "HTTP_TOKEN"]), "    http_Passwd ${HTTP_PASSWD}"]


@neg("neg_vector_config_secret_backend_references")
def _():
    return ["secret:", "  backend_1:", "    type: exec", "    command: [/usr/local/bin/fetch-secret]", "sinks:", "  loki:", "    auth:", "      password: \"SECRET[backend_1.loki_%s]\"" % R.choice(["pw", "password"])]


@neg("neg_promtail_positions_file_offsets_and_labels", new=False)
def _():
    return ["positions:", "  /var/log/pods/%s_wandb-app-%s_%s/app/0.log: \"%d\"" % (ns(), hx(5), uid(), R.randint(1000, 10 ** 8)), "  /var/log/pods/%s_weave-%s_%s/weave/0.log: \"%d\"" % (ns(), hx(5), uid(), R.randint(1000, 10 ** 8))]


@neg("neg_python_traceback_locals_no_secret_values", new=False)
def _():
    return ["│ │   attempt = %d" % R.randint(1, 5), "│ │      host = 'mysql.%s.svc'" % ns(), "│ │  password = None", "│ │      port = 3306"]


@neg("neg_go_plusv_struct_redacted_and_empty_secret_fields", new=False)
def _():
    return ["config: {Addr::8080 DSN:wandb:xxxxx@tcp(mysql:3306)/wandb Token: Password:REDACTED Timeout:%ds}" % R.randint(5, 60)]


@neg("neg_rust_debug_secret_string_redacted_wrapper", new=False)
def _():
    return ["DEBUG cfg: Config { endpoint: \"https://es.example.com\", password: Secret([REDACTED alloc::string::String]), retries: %d }" % R.randint(1, 9)]


@neg("neg_java_tostring_masked_password_field", new=False)
def _():
    return ["INFO  c.e.w.Config - DataSourceProps[url=jdbc:mysql://mysql:3306/wandb, username=wandb, password=******, poolSize=%d]" % R.randint(5, 50)]


@neg("neg_password_policy_and_token_ttl_settings_block", new=False)
def _():
    return ["password_policy:", "  min_length: %d" % R.randint(8, 16), "  require_symbols: true", "  max_age_days: %d" % R.randint(30, 365), "token_ttl: %dh" % R.randint(1, 72), "secret_rotation_interval: 720h"]


@neg("neg_jwks_public_key_ids_and_modulus_exponent", new=False)
def _():
    return [json.dumps({"keys": [{"kty": "RSA", "kid": hx(40), "use": "sig", "alg": "RS256", "e": "AQAB", "n": b64u(64)}]})]


@neg("neg_release_artifact_sha256sums_file", new=False)
def _():
    return ["%s  wandb-server_0.%d.0_linux_amd64.tar.gz" % (hx(64), R.randint(40, 70)), "%s  wandb-server_0.%d.0_linux_arm64.tar.gz" % (hx(64), R.randint(40, 70))]


@neg("neg_access_log_uuid_request_ids_and_trace_headers", new=False)
def _():
    return ["%s - - [%s] \"GET /api/v1/runs HTTP/1.1\" 200 %d \"-\" \"wandb/0.17.%d\" rid=%s traceparent=00-%s-%s-01" % (ip(), TS().step().strftime("%d/%b/%Y:%H:%M:%S +0000"), R.randint(100, 99999), R.randint(0, 9), uid(), hx(32), hx(16))]


@neg("neg_base64_of_public_json_config_in_configmap", new=False)
def _():
    v = base64.b64encode(json.dumps({"theme": R.choice(["dark", "light"]), "features": {"reports": True, "sweeps": R.choice([True, False])}}).encode()).decode()
    return ["binaryData:", "  ui-config.json: %s" % v]


@neg("neg_gzip_b64_configmap_binarydata_dashboard_json", new=False)
def _():
    v = base64.b64encode(gzip.compress(json.dumps({"title": "W&B %d" % R.randint(1, 99), "panels": []}).encode(), mtime=0)).decode()
    return ["binaryData:", "  wandb-dashboard.json.gz: %s" % v]


@neg("neg_hex_encoded_plain_labels_and_node_names")
def _():
    s = R.choice(["wandb-app", "weave-trace", "gorilla-api", "node-pool-gpu"])
    return ["label_hex=%s" % s.encode().hex(), "label=%s" % s]


@neg("neg_url_encoded_redirect_uri_without_token", new=False)
def _():
    return ["GET /oidc/login?redirect_uri=https%%3A%%2F%%2F%s%%2Foidc%%2Fcallback&state_hint=%s HTTP/1.1" % (host(), R.choice(["runs", "reports", "home"]))]


@neg("neg_i18n_password_ui_labels_cyrillic_japanese_arabic", new=False)
def _():
    return ["\"login.password\": \"%s\"," % R.choice(["Пароль", "パスワード", "كلمة المرور", "Passwort", "סיסמה"]), "\"login.password.hint\": \"%s\"" % R.choice(["Введите пароль", "パスワードを入力", "أدخل كلمة المرور", "Passwort eingeben"])]


@neg("neg_documented_example_placeholders_values_yaml", new=False)
def _():
    return ["# Example values, replace before install", "global:", "  license: \"<your-license>\"", "  mysql:", "    password: changeme   # documented default for local dev only", "  bucket:", "    secretKey: \"<redacted>\""]


@neg("neg_events_mentioning_secret_names_not_values", new=False)
def _():
    return ["%dm   Normal   SecretUpdated   weightsandbiases/wandb   secret \"wandb-%s\" updated (resourceVersion %d)" % (R.randint(1, 59), R.choice(["mysql", "license", "redis"]), R.randint(10000, 9999999)),
            "%dm   Warning  FailedMount     pod/wandb-app-%s   MountVolume.SetUp failed for volume \"license\" : secret \"wandb-license\" not found" % (R.randint(1, 59), hx(5))]


@neg("neg_git_commit_shas_and_image_tags_in_helm_history")
def _():
    return ["REVISION  UPDATED                   STATUS      CHART                 APP VERSION  DESCRIPTION", "%d         Mon Jan  %d 10:00:00 2024  deployed    operator-wandb-0.%d.%d  %s      Upgrade complete (git %s)" % (R.randint(1, 30), R.randint(1, 9), R.randint(10, 40), R.randint(0, 9), hx(7), hx(40))]


@neg("neg_iam_list_access_keys_key_id_status_only", new=False)
def _():
    return [json.dumps({"AccessKeyMetadata": [{"UserName": "wandb-bucket", "AccessKeyId": akid(), "Status": "Active", "CreateDate": "2024-0%d-1%dT10:00:00+00:00" % (R.randint(1, 9), R.randint(0, 9))}]})]


@neg("neg_ssh_known_hosts_and_host_key_fingerprints", new=False)
def _():
    return ["%s ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" % (ip(), b64(24).rstrip("=")), "256 SHA256:%s root@node-%d (ED25519)" % (b64(32).rstrip("="), R.randint(1, 9))]


@neg("neg_tls_cert_serial_and_sha1_fingerprint_openssl", new=False)
def _():
    return ["        Serial Number:", "            " + ":".join(hx(2) for _ in range(16)), "SHA1 Fingerprint=" + ":".join(hx(2).upper() for _ in range(20))]


@neg("neg_projected_service_account_token_volume_spec", new=False)
def _():
    return ["  - name: kube-api-access-%s" % rs(5, string.ascii_lowercase + string.digits), "    projected:", "      sources:", "      - serviceAccountToken:", "          expirationSeconds: %d" % R.choice([3607, 3600, 7200]), "          path: token"]


@neg("neg_prometheus_series_secret_names_and_hash_labels", new=False)
def _():
    return ["kube_secret_info{namespace=\"%s\",secret=\"wandb-mysql\",uid=\"%s\"} 1" % (ns(), uid()), "kube_secret_metadata_resource_version{secret=\"wandb-license\"} %d" % R.randint(10000, 9999999)]


@neg("neg_ansi_colored_log_words_token_password_no_values", new=False)
def _():
    return ["\x1b[32mINFO\x1b[0m token refresh scheduled in %ds" % R.randint(60, 3600), "\x1b[33mWARN\x1b[0m password for user \x1b[1mwandb\x1b[0m expires in %d days" % R.randint(1, 30)]


@neg("neg_redis_info_run_id_and_master_replid", new=False)
def _():
    return ["# Server", "redis_version:7.2.%d" % R.randint(0, 5), "run_id:%s" % hx(40), "# Replication", "master_replid:%s" % hx(40), "master_replid2:0000000000000000000000000000000000000000"]


@neg("neg_etag_and_content_md5_response_headers", new=False)
def _():
    return ["< ETag: \"%s\"" % hx(32), "< Content-MD5: %s" % b64(16), "< x-amz-version-id: %s" % rs(32, AN + "._")]


@neg("neg_decoded_jwt_header_and_claims_without_signature", new=False)
def _():
    return ["Header: " + json.dumps({"alg": "RS256", "typ": "JWT", "kid": hx(16)}), "Claims: " + json.dumps({"iss": "https://%s" % host(), "sub": uid(), "exp": R.randint(1700000000, 1900000000), "maxUsers": R.randint(5, 500)})]


@neg("neg_support_ticket_prose_rotated_credentials_no_values", new=False)
def _():
    return [R.choice(["We rotated the MySQL password yesterday and updated the wandb-mysql secret.", "The license was re-issued; the new one is in the secret, not in this bundle.", "I regenerated my API key from the user settings page after sharing the log."]),
            "Ticket %s, cluster %s" % (uid()[:8], R.choice(["prod-east", "staging", "gpu-west"]))]


@neg("neg_crash_report_environment_names_only_listing")
def _():
    return ["Environment variables present (values not shown):", "  WANDB_API_KEY, WANDB_BASE_URL, WANDB_ENTITY, LICENSE", "  python=3.11.%d platform=linux-x86_64" % R.randint(0, 9)]


@neg("neg_artifact_manifest_digests_and_plain_refs", new=False)
def _():
    return [json.dumps({"data/%s.parquet" % rs(6, string.ascii_lowercase): {"digest": b64(16), "ref": "s3://wandb-artifacts/data/%s" % hx(32), "size": R.randint(100, 10 ** 9), "extra": {"etag": hx(32)}}})]


@neg("neg_otel_headers_env_reference_and_service_attrs", new=False)
def _():
    return ["OTEL_EXPORTER_OTLP_HEADERS=Authorization=${OTLP_AUTH}", "OTEL_RESOURCE_ATTRIBUTES=service.namespace=wandb,deployment.environment=%s,service.version=0.%d.0" % (R.choice(["prod", "staging"]), R.randint(40, 70))]


@neg("neg_kubectl_get_secret_custom_columns_names_types_ages", new=False)
def _():
    return ["NAME                 TYPE                                  DATA   AGE", "wandb-%s          Opaque                                %d      %dd" % (R.choice(["mysql", "redis"]), R.randint(1, 5), R.randint(1, 400)),
            "regcred              kubernetes.io/dockerconfigjson        1      %dd" % R.randint(1, 400)]


@neg("neg_hexdump_c_of_plain_config_text", new=False)
def _():
    data = ("host=%s\nport=3306\n" % R.choice(["mysql", "db01", "pg"])).encode()
    out = []
    for off in range(0, len(data), 16):
        ch = data[off:off + 16]
        out.append("%08x  %-23s  %-23s  |%s|" % (off, " ".join("%02x" % c for c in ch[:8]), " ".join("%02x" % c for c in ch[8:]), "".join(chr(c) if 32 <= c < 127 else "." for c in ch)))
    return out


@neg("neg_docker_json_file_partial_records_plain_text", new=False)
def _():
    t = TS()
    return [json.dumps({"log": "INFO processed batch %d of " % R.randint(1, 99), "stream": "stdout", "time": t.iso()}), json.dumps({"log": "%d in %dms\n" % (R.randint(100, 999), R.randint(1, 999)), "stream": "stdout", "time": t.iso()})]

@neg("neg_oc_whoami_user_and_server_urls")
def _():
    return ["$ oc whoami", "system:serviceaccount:%s:wandb-%s" % (ns(), R.choice(["operator", "backup"])), "$ oc whoami --show-server", "https://api.ocp%d.example.com:6443" % R.randint(1, 9)]


@neg("neg_otlp_json_resource_process_command_args_plain_flags")
def _():
    rec = {"resourceSpans": [{"resource": {"attributes": [{"key": "process.command_args", "value": {"arrayValue": {"values": [{"stringValue": "/usr/bin/agent"}, {"stringValue": "--config"}, {"stringValue": "/etc/agent/%s.yaml" % R.choice(["prod", "dev"])}]}}}, {"key": "process.pid", "value": {"intValue": str(R.randint(1, 99999))}}]}}]}
    return [json.dumps(rec, separators=(",", ":"))]


@neg("neg_prometheus_targets_api_scrape_urls_and_labels")
def _():
    return [json.dumps({"scrapePool": "wandb", "scrapeUrl": "http://%s:8080/metrics" % ip(), "globalUrl": "http://wandb-app-%s:8080/metrics" % hx(5), "health": "up", "labels": {"pod": "wandb-app-%s" % hx(5)}})]


@neg("neg_podman_secret_inspect_without_showsecret")
def _():
    return ["[", "    {", "        \"ID\": \"%s\"," % hx(25), "        \"Spec\": {\"Name\": \"mysql_root\", \"Driver\": {\"Name\": \"file\", \"Options\": {\"path\": \"/var/lib/containers/storage/secrets/filedriver\"}}}", "    }", "]"]


@neg("neg_kubectl_diff_configmap_non_secret_changes")
def _():
    return ["@@ -4,7 +4,7 @@", " data:", "-  LOG_LEVEL: %s" % R.choice(["info", "warn"]), "+  LOG_LEVEL: debug", "-  replicas: \"%d\"" % R.randint(1, 3), "+  replicas: \"%d\"" % R.randint(4, 9)]


@neg("neg_sentry_envelope_header_and_item_headers_only")
def _():
    return [json.dumps({"event_id": hx(32), "sent_at": TS().iso(), "sdk": {"name": "sentry.python", "version": "1.%d.0" % R.randint(30, 45)}, "trace": {"trace_id": hx(32), "public_key": hx(32)}}), json.dumps({"type": "transaction", "length": R.randint(100, 9999)})]


@neg("neg_anyhow_error_chain_without_credentials")
def _():
    return ["Error: failed to start queue worker", "", "Caused by:", "    0: connecting to redis-master.%s.svc:6379" % ns(), "    1: Connection refused (os error 111)"]


@neg("neg_crictl_info_registry_mirrors_endpoints_only")
def _():
    return ["    \"registry\": {", "      \"mirrors\": {\"docker.io\": {\"endpoint\": [\"https://mirror%d.example.com\"]}}," % R.randint(1, 9), "      \"configPath\": \"/etc/containerd/certs.d\"", "    },"]


@neg("neg_systemctl_show_environment_plain_paths")
def _():
    return ["$ systemctl show-environment", "LANG=en_US.UTF-8", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin", "WANDB_DIR=/var/lib/wandb-%s" % R.choice(["agent", "runs"])]


@neg("neg_go_slog_text_handler_ids_and_durations")
def _():
    return ["time=%s level=INFO msg=\"request done\" req.id=%s trace.id=%s dur=%dms status=200" % (TS().iso(), uid(), hx(32), R.randint(1, 999))]

@neg("neg_celery_worker_banner_masked_broker_password")
def _():
    return ["- ** ---------- .> transport:   amqp://wandb:**@rabbitmq.%s.svc:5672//" % ns(), "- ** ---------- .> results:     redis://:**@redis:6379/%d" % R.randint(0, 9), "-- ******* ---- .> concurrency: %d (prefork)" % R.randint(1, 16)]


@neg("neg_go_expvar_memstats_and_plain_cmdline")
def _():
    return ["{", "\"cmdline\": [\"/usr/local/bin/exporter\",\"--web.listen-address=:%d\"]," % R.randint(9000, 9999), "\"memstats\": {\"Alloc\": %d, \"NumGC\": %d}" % (R.randint(10 ** 5, 10 ** 8), R.randint(1, 999)), "}"]


@neg("neg_admission_review_uids_kinds_and_allowed")
def _():
    return [json.dumps({"kind": "AdmissionReview", "apiVersion": "admission.k8s.io/v1", "response": {"uid": uid(), "allowed": R.choice([True, False]), "status": {"message": "secret values are not logged"}}})]


@neg("neg_spring_boot_failed_to_bind_placeholder_value")
def _():
    return ["Failed to bind properties under 'app.mail.password' to java.lang.String:", "    Property: app.mail.password", "    Value: \"${APP_MAIL_PASSWORD}\"", "    Origin: class path resource [application.yml] - %d:%d" % (R.randint(1, 80), R.randint(1, 20))]


@neg("neg_baggage_header_plain_tenant_keys")
def _():
    return ["> baggage: tenant=%s,region=%s,sampled=true" % (R.choice(["ml", "vision", "nlp"]), R.choice(["us-east-1", "eu-west-1"])), "> traceparent: 00-%s-%s-01" % (hx(32), hx(16))]


@neg("neg_rust_tracing_span_fields_ids_and_sizes")
def _():
    return ["%s  INFO request{method=GET uri=/health request_id=%s}: api: done status=200 elapsed=%dms" % (TS().iso(), uid(), R.randint(1, 999))]


@neg("neg_grafana_ini_generic_oauth_urls_and_client_id_only")
def _():
    return ["[auth.generic_oauth]", "enabled = true", "client_id = grafana-%s" % R.choice(["prod", "dev"]), "client_secret = $__file{/etc/grafana/oauth-secret}", "scopes = openid profile email"]


@neg("neg_opentelemetry_instrumentation_cr_endpoints_only")
def _():
    return ["kind: Instrumentation", "spec:", "  exporter:", "    endpoint: http://otel-collector.%s.svc:4317" % ns(), "  sampler:", "    type: parentbased_traceidratio", "    argument: \"0.%d\"" % R.randint(1, 9)]


@neg("neg_jcmd_vm_command_line_non_secret_properties")
def _():
    return ["VM Arguments:", "jvm_args: -Xmx%dg -Dfile.encoding=UTF-8 -Dspring.profiles.active=prod -Dspring.datasource.password.file=/run/secrets/db" % R.randint(1, 8), "java_command: app.jar"]


@neg("neg_sentry_transaction_spans_plain_urls_and_ids")
def _():
    return ["{\"op\": \"http.client\", \"description\": \"GET https://api.example.com/v1/users/%d\", \"span_id\": \"%s\", \"trace_id\": \"%s\"}" % (R.randint(1, 9999), hx(16), hx(32))]

# ---------------------------------------------------------------- driver

def check(lines, secrets, seen):
    if not 1 <= len(lines) <= 12:
        return False
    if any("\n" in l for l in lines):
        return False
    if len(set(secrets)) != len(secrets):
        return False
    for s in secrets:
        if len(s) < 8 or s in seen:
            return False
        if not any(s in l for l in lines):
            return False
    rest = "\n".join(lines)
    for s in sorted(secrets, key=len, reverse=True):
        rest = rest.replace(s, "\x00")
    for s in secrets:
        for i in range(len(s) - 5):
            if s[i:i + 6] in rest:
                return False
    return True


def main():
    seen = set()
    pos_out, neg_out = [], []
    for name, new, f in POS:
        for _ in range(3):
            for attempt in range(500):
                lines, secrets = f(None)
                if check(lines, secrets, seen):
                    break
            else:
                raise SystemExit("cannot draw a valid record for " + name)
            seen.update(secrets)
            pos_out.append({"shape": name, "lines": lines, "secrets": secrets})
    for name, new, f in NEG:
        for _ in range(5):
            neg_out.append({"shape": name, "lines": f()})
    for fn, recs in (("positives.jsonl", pos_out), ("negatives.jsonl", neg_out)):
        with open(os.path.join(HERE, fn), "w", encoding="utf-8", newline="\n") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
