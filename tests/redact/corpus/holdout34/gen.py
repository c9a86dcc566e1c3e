#!/usr/bin/env python3
"""holdout34: secrets in W&B Server log lines after log-pipeline transformations.
Stdlib only, fixed seed, deterministic. Writes positives.jsonl and negatives.jsonl."""
import base64, json, os, random

SEED = 3434_2026
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(SEED)

AL = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"
B64U = AL + "-_"

def rs(n, a=AL): return "".join(R.choice(a) for _ in range(n))
def pw(n=None, urlsafe=False):
    n = n or R.randint(14, 22)
    mid = AL + ("-_.~" if urlsafe else "-_.!~+*")
    return R.choice(AL) + "".join(R.choice(mid) for _ in range(n - 2)) + R.choice(AL)
def hx(n): return rs(n, HEX)
def ip(): return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 250))
def ts_ms(): return R.randint(1672531200000, 1767225599000)
def iso(ms, frac=3):
    import datetime
    d = datetime.datetime.fromtimestamp(ms / 1000, datetime.timezone.utc)
    s = d.strftime("%Y-%m-%dT%H:%M:%S")
    if frac == 0: return s + "Z"
    us = "%06d" % (d.microsecond)
    return s + "." + (us + "000")[:frac] + "Z"
def b64u(b): return base64.urlsafe_b64encode(b).decode().rstrip("=")
def jwt():
    h = b64u(json.dumps({"alg": "RS256", "typ": "JWT", "kid": hx(8)}).encode())
    p = b64u(json.dumps({"sub": rs(10), "iss": "https://idp.example.com", "exp": R.randint(1700000000, 1800000000)}).encode())
    sig = rs(R.randint(43, 86), B64U)
    while sig[0] in "-_" or sig[-1] in "-_": sig = rs(len(sig), B64U)
    return h + "." + p + "." + sig, sig
def pod(c): return "wandb-%s-%s-%s" % (c, hx(10)[:9], rs(5, "bcdfghjklmnpqrstvwxz2456789"))
def cid(): return hx(64)
NS = ["wandb", "wandb-server", "wandb-prod", "ml-platform"]
CTRS = ["app", "gorilla", "weave", "parquet", "flat-run-fields-updater", "console", "api", "glue"]

# ---------------- inner lines (W&B Server and infra log lines) ----------------
# each returns (container, text, [secrets])
def in_zap_dsn():
    p = pw(urlsafe=True)
    return "app", json.dumps({"level": "error", "ts": R.randint(1672531200, 1767225599) + R.random(), "caller": "mysql/db.go:%d" % R.randint(40, 400), "msg": "failed to open database", "dsn": "wandb:%s@tcp(mysql.%s.svc.cluster.local:3306)/wandb_local?charset=utf8mb4&parseTime=true" % (p, R.choice(NS))}, separators=(",", ":")), [p]
def in_env_mysql():
    p = pw(urlsafe=True)
    return "app", "MYSQL=mysql://wandb_local:%s@%s:3306/wandb_local" % (p, ip()), [p]
def in_redis_uri():
    p = pw(urlsafe=True)
    return "gorilla", 'level=info msg="connecting cache" GORILLA_CACHE=redis://:%s@wandb-redis-master.%s.svc:6379?tls=true&ttlInSeconds=604800' % (p, R.choice(NS)), [p]
def in_bucket():
    k = rs(40)
    return "app", "BUCKET=s3://AKIA%s:%s@wandb-%s.s3.us-east-1.amazonaws.com/files" % (rs(16, AL[26:52] + "234567"), k, hx(6)), [k]
def in_oidc():
    s = rs(R.randint(32, 40), AL + "~._-")
    while not (s[0].isalnum() and s[-1].isalnum()): s = rs(len(s), AL + "~._-")
    return "gorilla", 'time="%s" level=debug msg="oidc provider loaded" issuer=https://login.example.com/realms/ml client_id=wandb-%s client_secret=%s' % (iso(ts_ms(), 0), hx(6), s), [s]
def in_license():
    t, sig = jwt()
    return "app", "LICENSE=" + t, [sig]
def in_bearer():
    t = rs(R.randint(36, 48), AL + "-_")
    t = "a" + t + "Z"
    return "console", '%s - - [%s] "GET /api/v1/viewer HTTP/1.1" 401 59 "-" "python-requests/2.31.0" authorization="Bearer %s"' % (ip(), "01/May/2024:%02d:%02d:%02d +0000" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), t), [t]
def in_apikey():
    k = hx(40)
    return "weave", "%s DEBUG wandb.sdk.internal: login settings base_url=https://wandb.example.com api_key=local-%s" % (iso(ts_ms()), k), [k]
def in_presigned():
    sig = hx(64)
    return "parquet", 'level=warn msg="object fetch failed" url="https://wandb-files.s3.amazonaws.com/%s/run.parquet?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%s%%2F20240501%%2Fus-east-1%%2Fs3%%2Faws4_request&X-Amz-Date=20240501T120000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=%s" status=403' % (hx(12), rs(16, AL[26:52]), sig), [sig]
def in_slack():
    s = hx(32)
    return "app", "SLACK_SECRET=" + s, [s]
def in_smtp():
    p = pw(urlsafe=True)
    return "gorilla", '{"level":"warn","msg":"email sink dial failed","GORILLA_EMAIL_SINK":"smtp://apikey:%s@smtp.example.com:587","err":"EOF"}' % p, [p]
def in_cookie():
    c = rs(R.randint(40, 60), AL + "-_")
    c = "s" + c + "Q"
    return "console", '%s - - "POST /graphql HTTP/1.1" 200 1432 cookie="wandb_session=%s; _ga=GA1.2.%d.%d"' % (ip(), c, R.randint(10**8, 10**9), R.randint(10**9, 2 * 10**9)), [c]
def in_mysql_root():
    p = pw()
    return "mysql", "%s+00:00 [Note] [Entrypoint]: GENERATED ROOT PASSWORD: %s" % (iso(ts_ms(), 0)[:-1], p), [p]
def in_goredis():
    p = pw()
    return "gorilla", 'redis: options &redis.Options{Network:"tcp", Addr:"%s:6379", Username:"", Password:"%s", DB:0, PoolSize:20}' % (ip(), p), [p]
def in_pylocals():
    p = pw()
    return "weave", "    password = '%s'" % p, [p]
def in_gh_token():
    t = rs(36)
    return "app", "git remote: https://x-access-token:ghs_%s@github.com/example-org/ml-train.git" % t, [t]
def in_openai():
    t = rs(R.randint(48, 64), AL + "-_"); t = "T" + t + "A"
    return "weave", '{"event":"llm provider configured","provider":"openai","api_key":"sk-proj-%s","level":"info"}' % t, [t]
def in_azure_sas():
    s = rs(32) + "%2B" + rs(8) + "%2F" + rs(6)
    return "app", 'BUCKET=az://wandbfiles/files?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2025-12-31T00:00:00Z&sig=%s%%3D' % s, [s]
def in_oidc_token_resp():
    t, sig = jwt()
    return "gorilla", '{"level":"debug","msg":"token endpoint response","body":{"access_token":"%s","token_type":"Bearer","expires_in":300}}' % t, [sig]

INNER = {
    "zap_mysql_dsn": in_zap_dsn, "env_mysql_url": in_env_mysql, "logrus_gorilla_cache_redis": in_redis_uri,
    "env_bucket_s3_keypair": in_bucket, "logrus_oidc_client_secret": in_oidc, "env_license_jwt": in_license,
    "console_access_bearer": in_bearer, "weave_debug_local_api_key": in_apikey, "parquet_presigned_sigv4": in_presigned,
    "env_slack_secret": in_slack, "zap_email_sink_smtp": in_smtp, "console_access_session_cookie": in_cookie,
    "mysql_generated_root_pw": in_mysql_root, "goredis_options_password": in_goredis, "py_traceback_local_password": in_pylocals,
    "git_remote_ghs_token": in_gh_token, "weave_openai_key_json": in_openai, "env_bucket_azure_sas": in_azure_sas,
    "gorilla_token_endpoint_jwt": in_oidc_token_resp,
}
INNER_SRC = {
    "zap_mysql_dsn": "https://pkg.go.dev/go.uber.org/zap ; https://github.com/go-sql-driver/mysql#dsn-data-source-name",
    "env_mysql_url": "https://docs.wandb.ai/guides/hosting/env-vars (MYSQL)",
    "logrus_gorilla_cache_redis": "https://github.com/sirupsen/logrus (text formatter) ; https://docs.wandb.ai/guides/hosting/env-vars (REDIS)",
    "env_bucket_s3_keypair": "https://docs.wandb.ai/guides/hosting/data-security/secure-storage-connector (BUCKET s3://key:secret@)",
    "logrus_oidc_client_secret": "https://github.com/sirupsen/logrus ; https://docs.wandb.ai/guides/hosting/iam/authentication/sso (OIDC client secret)",
    "env_license_jwt": "https://docs.wandb.ai/guides/hosting/env-vars (LICENSE) ; RFC 7519",
    "console_access_bearer": "https://nginx.org/en/docs/http/ngx_http_log_module.html (combined + extra field)",
    "weave_debug_local_api_key": "https://docs.python.org/3/library/logging.html ; W&B local- API key format",
    "parquet_presigned_sigv4": "https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html",
    "env_slack_secret": "https://docs.wandb.ai/guides/hosting/env-vars (SLACK_SECRET)",
    "zap_email_sink_smtp": "https://docs.wandb.ai/guides/hosting/env-vars (GORILLA_EMAIL_SINK)",
    "console_access_session_cookie": "https://nginx.org/en/docs/http/ngx_http_log_module.html ($http_cookie)",
    "mysql_generated_root_pw": "https://github.com/docker-library/mysql/blob/master/8.0/docker-entrypoint.sh (GENERATED ROOT PASSWORD)",
    "goredis_options_password": "https://pkg.go.dev/github.com/redis/go-redis/v9#Options (%#v print)",
    "py_traceback_local_password": "https://docs.python.org/3/library/traceback.html (capture_locals)",
    "git_remote_ghs_token": "https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/authenticating-as-a-github-app-installation",
    "weave_openai_key_json": "https://www.structlog.org/en/stable/api.html#structlog.processors.JSONRenderer",
    "env_bucket_azure_sas": "https://learn.microsoft.com/en-us/rest/api/storageservices/create-account-sas",
    "gorilla_token_endpoint_jwt": "https://openid.net/specs/openid-connect-core-1_0.html#TokenResponse",
}

# ---------------- negative inner lines (no secret) ----------------
def ni_env_file_ref(): return "app", "MYSQL_PASSWORD_FILE=/run/secrets/wandb-mysql-%s/password" % hx(5)
def ni_dsn_masked(): return "app", json.dumps({"level": "error", "ts": R.randint(1672531200, 1767225599) + R.random(), "msg": "failed to open database", "dsn": "wandb:***@tcp(mysql.%s.svc:3306)/wandb_local" % R.choice(NS), "attempt": R.randint(1, 9)}, separators=(",", ":"))
def ni_trace(): return "gorilla", 'level=info msg="request done" trace_id=%s span_id=%s path=/api/v1/runs/%s dur_ms=%d' % (hx(32), hx(16), rs(8, HEX + "xyz"), R.randint(2, 900))
def ni_secret_set(): return "weave", '{"event":"llm provider configured","provider":"openai","api_key_set":true,"api_key_source":"env:OPENAI_API_KEY","request_id":"req_%s"}' % hx(24)
def ni_sig_redacted(): return "parquet", 'level=warn msg="object fetch failed" url="https://wandb-files.s3.amazonaws.com/%s/run.parquet?X-Amz-Date=20240501T120000Z&X-Amz-Signature=REDACTED" etag="%s" status=404' % (hx(12), hx(32))
def ni_image_digest(): return "app", "Pulled image \"wandb/local@sha256:%s\" size=%d" % (hx(64), R.randint(10**8, 10**9))
def ni_mask_last4(): return "console", '%s - - "GET /api/v1/viewer HTTP/1.1" 200 812 authorization="Bearer ****%s"' % (ip(), rs(4))
def ni_client_id(): return "gorilla", 'level=info msg="oidc provider loaded" issuer=https://login.example.com/realms/ml client_id=%s client_secret=<redacted> jwks_kid=%s' % (hx(8) + "-" + hx(4) + "-" + hx(4) + "-" + hx(4) + "-" + hx(12), hx(16))
def ni_env_placeholder(): return "app", "LICENSE=${WANDB_LICENSE}"
def ni_password_policy(): return "gorilla", '{"level":"info","msg":"password policy","password_min_length":%d,"token_ttl_seconds":%d,"secret_rotation_days":%d}' % (R.randint(8, 16), R.choice([300, 900, 3600]), R.choice([30, 60, 90]))
def ni_etag_req(): return "parquet", 'level=debug msg="put object ok" key=%s/history.parquet etag="%s" x-amz-request-id=%s x-amz-id-2=%s' % (hx(10), hx(32), rs(16, "0123456789ABCDEF"), rs(76, AL + "+/"))
def ni_mysql_hidden(): return "mysql", "%s+00:00 [Warning] [MY-013360] [Server] Plugin mysql_native_password reported: ''mysql_native_password' is deprecated' user=wandb_local password=(hidden)" % iso(ts_ms(), 0)[:-1]
def ni_session_id(): return "console", '%s - - "POST /graphql HTTP/1.1" 200 %d request_id=%s upstream=%s:8080' % (ip(), R.randint(100, 9000), hx(32), ip())
def ni_redis_noauth(): return "gorilla", 'redis: options &redis.Options{Network:"tcp", Addr:"%s:6379", Username:"", Password:"", DB:%d, PoolSize:%d}' % (ip(), R.randint(0, 3), R.choice([10, 20, 40]))
def ni_git_remote(): return "app", "git remote: https://github.com/example-org/ml-train-%s.git commit=%s" % (hx(4), hx(40))

NINNER = {
    "env_password_file_path": ni_env_file_ref, "zap_dsn_stars": ni_dsn_masked, "logfmt_trace_span_ids": ni_trace,
    "weave_key_set_flag": ni_secret_set, "s3_signature_redacted_word": ni_sig_redacted, "image_pull_digest": ni_image_digest,
    "bearer_last_four_mask": ni_mask_last4, "oidc_client_id_uuid_redacted": ni_client_id, "license_env_placeholder": ni_env_placeholder,
    "password_policy_numbers": ni_password_policy, "s3_etag_request_ids": ni_etag_req, "mysql_password_hidden_word": ni_mysql_hidden,
    "access_log_request_id": ni_session_id, "goredis_empty_password": ni_redis_noauth, "git_remote_plain_commit": ni_git_remote,
}

# ---------------- wrappers (pipeline transformations) ----------------
def jd(o): return json.dumps(o, separators=(",", ":"), ensure_ascii=False)
def dockerline(text, ms=None):
    ms = ms or ts_ms()
    return jd({"log": text + "\n", "stream": R.choice(["stdout", "stderr"]), "time": iso(ms, 9)[:-1][:29] + "Z"})
def k8s_meta(c):
    p = pod(c)
    return {"pod_name": p, "namespace_name": R.choice(NS), "pod_id": "%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12)),
            "labels": {"app.kubernetes.io/name": "wandb-" + c, "pod-template-hash": p.split("-")[-2]},
            "host": "ip-%s.ec2.internal" % ip().replace(".", "-"), "container_name": c, "docker_id": cid(),
            "container_image": "wandb/local:0.%d.%d" % (R.randint(50, 70), R.randint(0, 9))}

def w_docker_jsonfile(c, t):
    return [dockerline(t)]
def w_fluentbit_stdout_msgpack(c, t):
    m = k8s_meta(c)
    sec = R.randint(1672531200, 1767225599)
    return ["[%d] kube.var.log.containers.%s_%s_%s-%s.log: [[%d.%09d, {}], {\"log\"=>%s, \"stream\"=>\"stderr\", \"time\"=>\"%s\"}]" % (R.randint(0, 40), m["pod_name"], m["namespace_name"], c, m["docker_id"], sec, R.randint(0, 999999999), json.dumps(t + "\n"), iso(sec * 1000, 6))]
def w_fluentbit_es_double(c, t):
    o = {"@timestamp": iso(ts_ms(), 3), "log": dockerline(t), "kubernetes": k8s_meta(c)}
    return [jd(o)]
def w_fluentbit_triple_ticket(c, t):
    inner = jd({"date": R.randint(1672531200, 1767225599) + 0.5, "log": dockerline(t), "kubernetes": {"pod_name": pod(c), "namespace_name": R.choice(NS)}})
    return [jd({"ticket": "WB-%d" % R.randint(1000, 99999), "attachment": "fluentbit-export.ndjson", "excerpt": inner})]
def w_fluentd_stdout(c, t):
    m = k8s_meta(c)
    return ["%s +0000 kubernetes.var.log.containers.%s_%s_%s-%s.log: %s" % (iso(ts_ms(), 9)[:-1].replace("T", " "), m["pod_name"], m["namespace_name"], c, m["docker_id"], jd({"log": t + "\n", "stream": "stderr", "docker": {"container_id": m["docker_id"]}, "kubernetes": {"container_name": c, "namespace_name": m["namespace_name"], "pod_name": m["pod_name"]}}))]
def w_vector_console_json(c, t):
    m = k8s_meta(c)
    return [jd({"file": "/var/log/pods/%s_%s_%s/%s/0.log" % (m["namespace_name"], m["pod_name"], m["pod_id"], c), "kubernetes": {"container_name": c, "pod_name": m["pod_name"], "pod_namespace": m["namespace_name"], "pod_labels": m["labels"], "pod_uid": m["pod_id"]}, "message": t, "source_type": "kubernetes_logs", "stream": "stderr", "timestamp": iso(ts_ms(), 6)})]
def w_es_search_hit_source(c, t):
    m = k8s_meta(c)
    return ["    {", '      "_index" : ".ds-logs-wandb-%s-000001",' % R.choice(["2024.05.01", "2024.11.20", "2025.02.03"]), '      "_id" : "%s",' % rs(20, AL + "-_"), '      "_score" : 1.0,', '      "_source" : {',
            '        "@timestamp" : "%s",' % iso(ts_ms()), '        "message" : %s,' % json.dumps(t), '        "kubernetes" : { "namespace" : "%s", "pod" : { "name" : "%s" } }' % (m["namespace_name"], m["pod_name"]), "      }", "    },"]
def w_logstash_rubydebug(c, t):
    m = k8s_meta(c)
    return ["{", '       "message" => %s,' % json.dumps(t), '      "@version" => "1",', '    "@timestamp" => %s,' % iso(ts_ms()), '          "host" => {', '        "name" => "%s"' % m["host"], "    },", '    "kubernetes" => {', '        "pod" => "%s"' % m["pod_name"], "    }", "}"]
def w_es_bulk_ndjson(c, t):
    return [jd({"create": {"_index": "logs-wandb-default"}}), jd({"@timestamp": iso(ts_ms()), "message": t, "data_stream": {"type": "logs", "dataset": "wandb." + c.replace("-", "_")}})]
def w_loki_query_range(c, t):
    ns = R.choice(NS)
    return [jd({"status": "success", "data": {"resultType": "streams", "result": [{"stream": {"namespace": ns, "container": c, "pod": pod(c), "stream": "stderr"}, "values": [[str(ts_ms() * 1000000 + R.randint(0, 999999)), t]]}], "stats": {"summary": {"bytesProcessedPerSecond": R.randint(10**5, 10**7), "execTime": round(R.random(), 6)}}}})]
def w_logcli_default(c, t):
    return ["%s {container=\"%s\", namespace=\"%s\", pod=\"%s\"} %s" % (iso(ts_ms(), 0), c, R.choice(NS), pod(c), t)]
def w_logcli_jsonl(c, t):
    return [jd({"labels": {"container": c, "namespace": R.choice(NS), "job": "%s/%s" % (R.choice(NS), c)}, "line": t, "timestamp": iso(ts_ms(), 9)[:-1] + "+00:00"})]
def w_promtail_dry_run(c, t):
    return ["%s\t{container=\"%s\", filename=\"/var/log/pods/%s/%s/0.log\", namespace=\"%s\"}\t%s" % (iso(ts_ms(), 9)[:-1] + "+0000", c, pod(c), c, R.choice(NS), t)]
def w_datadog_logs_api(c, t):
    return ["{", '  "data": [', "    {", '      "attributes": {', '        "attributes": {"kube_namespace": "%s", "pod_name": "%s"},' % (R.choice(NS), pod(c)), '        "host": "i-%s",' % hx(17), '        "message": %s,' % json.dumps(t), '        "service": "wandb-%s",' % c, '        "status": "error",', '        "timestamp": "%s"' % iso(ts_ms()), "      },", '      "id": "AQAAAY%s",' % rs(40, AL + "-_")]
def csvq(s): return '"' + s.replace('"', '""') + '"'
def w_datadog_csv_export(c, t):
    return ["Date,Host,Service,Status,Message", "%s,%s,%s,error,%s" % (iso(ts_ms()), "i-" + hx(17), "wandb-" + c, csvq(t))]
def w_splunk_export_raw(c, t):
    return [jd({"preview": False, "offset": R.randint(0, 500), "result": {"_bkt": "main~%d~%s" % (R.randint(1, 400), "%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12))), "_cd": "%d:%d" % (R.randint(1, 400), R.randint(10**5, 10**7)), "_raw": t, "_time": iso(ts_ms()).replace("Z", "+00:00"), "host": pod(c), "source": "/var/log/containers/%s.log" % c, "sourcetype": "kube:container:" + c}})]
def w_splunk_hec_body(c, t):
    return ["> POST /services/collector/event HTTP/1.1", "> Host: splunk-hec.example.com:8088", "> Authorization: Splunk ${SPLUNK_HEC_TOKEN}", "> Content-Type: application/json", ">", jd({"time": R.randint(1672531200, 1767225599), "host": pod(c), "sourcetype": "_json", "index": "wandb", "event": {"log": t, "kubernetes": {"container_name": c}}})]
def w_splunk_csv_table(c, t):
    return ['"_time","host","sourcetype","_raw"', '"%s","%s","kube:container:%s",%s' % (iso(ts_ms()).replace("T", " ")[:-1], pod(c), c, csvq(t))]
def sd_esc(s): return s.replace("\\", "\\\\").replace('"', '\\"').replace("]", "\\]")
def w_syslog5424_msg(c, t):
    return ["<%d>1 %s %s wandb-%s %d - [k8s@32473 ns=\"%s\" pod=\"%s\"] %s" % (R.choice([131, 132, 134, 11, 14]), iso(ts_ms(), 6), "node-" + hx(6) + ".example.internal", c, R.randint(1, 40000), R.choice(NS), pod(c), t)]
def w_syslog5424_sdparam(c, t):
    return ["<%d>1 %s %s fluent-bit - podlog [origin ip=\"%s\"][log@32473 container=\"%s\" line=\"%s\"] -" % (R.choice([134, 131]), iso(ts_ms(), 3), "node-" + hx(6) + ".example.internal", ip(), c, sd_esc(t))]
def w_journald_json(c, t):
    bt, mid = hx(32), hx(32)
    rt = ts_ms() * 1000 + R.randint(0, 999)
    return [jd({"__CURSOR": "s=%s;i=%x;b=%s;m=%x;t=%x;x=%s" % (hx(32), R.randint(10**5, 10**7), bt, R.randint(10**9, 10**11), rt, hx(16)), "__REALTIME_TIMESTAMP": str(rt), "__MONOTONIC_TIMESTAMP": str(R.randint(10**9, 10**11)), "_BOOT_ID": bt, "_MACHINE_ID": mid, "_TRANSPORT": "journal", "CONTAINER_NAME": "wandb-local", "CONTAINER_ID": hx(12), "CONTAINER_TAG": hx(12), "_SYSTEMD_UNIT": "docker.service", "PRIORITY": "3", "MESSAGE": t})]
def w_journald_export(c, t):
    bt = hx(32); rt = ts_ms() * 1000 + R.randint(0, 999)
    return ["__CURSOR=s=%s;i=%x;b=%s;m=%x;t=%x;x=%s" % (hx(32), R.randint(10**5, 10**7), bt, R.randint(10**9, 10**11), rt, hx(16)), "__REALTIME_TIMESTAMP=%d" % rt, "_BOOT_ID=" + bt, "_TRANSPORT=journal", "PRIORITY=6", "CONTAINER_NAME=wandb-local", "CONTAINER_ID_FULL=" + cid(), "MESSAGE=" + t, "_SYSTEMD_UNIT=docker.service", "_HOSTNAME=wandb-vm-" + hx(4)]
def w_otlp_json_body(c, t):
    return ["{", '  "resourceLogs": [{', '    "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "wandb-%s"}}, {"key": "k8s.namespace.name", "value": {"stringValue": "%s"}}]},' % (c, R.choice(NS)),
            '    "scopeLogs": [{"scope": {"name": "filelog"}, "logRecords": [{', '      "timeUnixNano": "%d",' % (ts_ms() * 1000000), '      "severityNumber": 17, "severityText": "ERROR",', '      "body": {"stringValue": %s},' % json.dumps(t), '      "attributes": [{"key": "log.file.path", "value": {"stringValue": "/var/log/pods/%s/%s/0.log"}}],' % (pod(c), c), '      "traceId": "%s", "spanId": "%s"' % (hx(32), hx(16)), "    }]}]", "  }]", "}"]
def w_otel_debug_exporter(c, t):
    return ["LogRecord #%d" % R.randint(0, 9), "ObservedTimestamp: %s +0000 UTC" % iso(ts_ms(), 9)[:-1].replace("T", " "), "Timestamp: %s +0000 UTC" % iso(ts_ms(), 9)[:-1].replace("T", " "), "SeverityText: ERROR", "SeverityNumber: Error(17)", "Body: Str(%s)" % t, "Attributes:", "     -> k8s.container.name: Str(%s)" % c, "Trace ID: %s" % hx(32), "Span ID: %s" % hx(16), "Flags: 1"]
def w_cloudwatch_subscription_decoded(c, t):
    return ["# awslogs.data: H4sIAAAAAAAA/%s... (gzip+base64, %d bytes, decoded below)" % (rs(12, AL + "+/"), R.randint(400, 4000)), jd({"messageType": "DATA_MESSAGE", "owner": str(R.randint(10**11, 10**12 - 1)), "logGroup": "/aws/containerinsights/wandb-eks/application", "logStream": "%s_%s_%s" % (pod(c), R.choice(NS), c), "subscriptionFilters": ["wandb-to-firehose"], "logEvents": [{"id": str(R.randint(10**55, 10**56 - 1)), "timestamp": ts_ms(), "message": jd({"log": t, "stream": "stderr", "kubernetes": {"container_name": c}})}]})]
def w_cloudwatch_filter_events(c, t):
    return ["{", '    "events": [', "        {", '            "logStreamName": "%s",' % ("ecs/wandb-local/" + hx(32)), '            "timestamp": %d,' % ts_ms(), '            "message": %s,' % json.dumps(t), '            "ingestionTime": %d,' % ts_ms(), '            "eventId": "%s"' % str(R.randint(10**55, 10**56 - 1)), "        }", "    ],", '    "nextToken": "%s"' % rs(60, AL + "/+")]
def w_aws_logs_tail(c, t):
    return ["%s ecs/wandb-local/%s %s" % (iso(ts_ms(), 6).replace("Z", "+00:00"), hx(32), t)]
def w_gcp_logentry(c, t):
    return [jd({"insertId": rs(16, "abcdefghijklmnopqrstuvwxyz0123456789"), "jsonPayload": {"message": t, "stream": "stderr"}, "resource": {"type": "k8s_container", "labels": {"cluster_name": "wandb-gke", "namespace_name": R.choice(NS), "container_name": c, "pod_name": pod(c), "project_id": "ml-" + hx(6)}}, "timestamp": iso(ts_ms(), 9), "severity": "ERROR", "logName": "projects/ml-%s/logs/stderr" % hx(6), "receiveTimestamp": iso(ts_ms(), 9)})]
def w_azure_resource_logs(c, t):
    return [jd({"records": [{"time": iso(ts_ms(), 7), "resourceId": "/SUBSCRIPTIONS/%s/RESOURCEGROUPS/ML/PROVIDERS/MICROSOFT.CONTAINERSERVICE/MANAGEDCLUSTERS/WANDB-AKS" % ("%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12))).upper(), "category": "ContainerLogV2", "properties": {"PodName": pod(c), "PodNamespace": R.choice(NS), "ContainerName": c, "LogMessage": t, "LogSource": "stderr"}}]})]
def w_gelf_message(c, t):
    return [jd({"version": "1.1", "host": pod(c), "short_message": t[:60], "full_message": t, "timestamp": R.randint(1672531200, 1767225599) + 0.123, "level": 3, "_container_name": c, "_container_id": cid()})]

def b64_listed(payload, secrets):
    b = payload.encode()
    enc = base64.b64encode(b).decode()
    out = []
    for s in secrets:
        sb = s.encode(); i = b.find(sb)
        st, en = i, i + len(sb)
        g0 = (st + 2) // 3; g1 = en // 3
        out.append(enc[g0 * 4:g1 * 4])
    return enc, out
# base64 wrappers return (lines, listed-secrets) via special handling
def w_kinesis_get_records(c, t, secrets):
    payload = jd({"log": t, "kubernetes": {"container_name": c, "pod_name": pod(c)}})
    enc, lst = b64_listed(payload, secrets)
    return ["{", '    "Records": [', "        {", '            "SequenceNumber": "%d",' % R.randint(10**55, 10**56 - 1), '            "ApproximateArrivalTimestamp": "%s",' % iso(ts_ms()).replace("Z", "+00:00"), '            "Data": "%s",' % enc, '            "PartitionKey": "%s"' % hx(32), "        }", "    ],", '    "NextShardIterator": "AAAAAAAAAAF%s",' % rs(120, AL + "+/"), '    "MillisBehindLatest": 0'], lst
def w_pubsub_pull(c, t, secrets):
    payload = jd({"textPayload": t, "resource": {"type": "k8s_container", "labels": {"container_name": c}}})
    enc, lst = b64_listed(payload, secrets)
    return [jd({"receivedMessages": [{"ackId": rs(100, AL + "-_"), "message": {"data": enc, "messageId": str(R.randint(10**15, 10**16)), "publishTime": iso(ts_ms(), 3)}}]})], lst
def w_eventhubs_capture(c, t, secrets):
    payload = jd({"records": [{"time": iso(ts_ms()), "category": "kube-audit", "properties": {"log": t, "pod": pod(c)}}]})
    enc, lst = b64_listed(payload, secrets)
    return [jd({"SequenceNumber": R.randint(1000, 10**7), "Offset": str(R.randint(10**6, 10**10)), "EnqueuedTimeUtc": "%d/%d/2024 %d:%02d:%02d PM" % (R.randint(1, 12), R.randint(1, 28), R.randint(1, 12), R.randint(0, 59), R.randint(0, 59)), "SystemProperties": {"x-opt-enqueued-time": ts_ms()}, "Properties": {}, "Body": enc})], lst
def w_firehose_record(c, t, secrets):
    payload = jd({"log": t, "container_name": c, "ecs_task_arn": "arn:aws:ecs:us-east-1:%d:task/wandb/%s" % (R.randint(10**11, 10**12 - 1), hx(32))})
    enc, lst = b64_listed(payload, secrets)
    return [jd({"invocationId": "%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12)), "deliveryStreamArn": "arn:aws:firehose:us-east-1:%d:deliverystream/wandb-logs" % R.randint(10**11, 10**12 - 1), "region": "us-east-1", "records": [{"recordId": rs(40, AL) + "000000000000000000000", "approximateArrivalTimestamp": ts_ms(), "data": enc}]})], lst

WRAP = {
    "dockerjson": w_docker_jsonfile, "fbit_stdout_msgpack": w_fluentbit_stdout_msgpack, "fbit_es_log_double_escaped": w_fluentbit_es_double,
    "fbit_ticket_triple_escaped": w_fluentbit_triple_ticket, "fluentd_stdout_kube_record": w_fluentd_stdout, "vector_k8s_console_json": w_vector_console_json,
    "es_hit_source_message": w_es_search_hit_source, "logstash_rubydebug_event": w_logstash_rubydebug, "es_bulk_ndjson_pair": w_es_bulk_ndjson,
    "loki_query_range_values": w_loki_query_range, "logcli_default_labels": w_logcli_default, "logcli_jsonl_line": w_logcli_jsonl,
    "promtail_dryrun_tabbed": w_promtail_dry_run, "datadog_search_api_message": w_datadog_logs_api, "datadog_csv_export_row": w_datadog_csv_export,
    "splunk_export_raw_field": w_splunk_export_raw, "splunk_hec_body_capture": w_splunk_hec_body, "splunk_csv_table_raw": w_splunk_csv_table,
    "rfc5424_msg_with_sd": w_syslog5424_msg, "rfc5424_sd_param_escaped": w_syslog5424_sdparam, "journalctl_ojson_message": w_journald_json,
    "journalctl_oexport_block": w_journald_export, "otlp_json_body_string": w_otlp_json_body, "otelcol_debug_logrecord_body": w_otel_debug_exporter,
    "cwl_subscription_decoded_events": w_cloudwatch_subscription_decoded, "cwl_filter_log_events_json": w_cloudwatch_filter_events, "aws_logs_tail_text": w_aws_logs_tail,
    "gcp_logentry_jsonpayload": w_gcp_logentry, "azure_containerlogv2_record": w_azure_resource_logs, "gelf_full_message": w_gelf_message,
}
B64WRAP = {"kinesis_get_records_data_b64": w_kinesis_get_records, "pubsub_pull_data_b64": w_pubsub_pull,
           "eventhubs_capture_body_b64": w_eventhubs_capture, "firehose_transform_data_b64": w_firehose_record}
WRAP_SRC = {
    "dockerjson": "https://docs.docker.com/engine/logging/drivers/json-file/",
    "fbit_stdout_msgpack": "https://docs.fluentbit.io/manual/pipeline/outputs/standard-output (format msgpack print)",
    "fbit_es_log_double_escaped": "https://docs.fluentbit.io/manual/pipeline/filters/kubernetes ; https://docs.fluentbit.io/manual/pipeline/outputs/elasticsearch",
    "fbit_ticket_triple_escaped": "https://docs.fluentbit.io/manual/pipeline/outputs/standard-output (json_lines) inside a ticket JSON export",
    "fluentd_stdout_kube_record": "https://docs.fluentd.org/output/stdout ; https://github.com/fabric8io/fluent-plugin-kubernetes_metadata_filter",
    "vector_k8s_console_json": "https://vector.dev/docs/reference/configuration/sources/kubernetes_logs/",
    "es_hit_source_message": "https://www.elastic.co/guide/en/elasticsearch/reference/current/search-search.html",
    "logstash_rubydebug_event": "https://www.elastic.co/guide/en/logstash/current/plugins-codecs-rubydebug.html",
    "es_bulk_ndjson_pair": "https://www.elastic.co/guide/en/elasticsearch/reference/current/docs-bulk.html",
    "loki_query_range_values": "https://grafana.com/docs/loki/latest/reference/loki-http-api/#query-logs-within-a-range-of-time",
    "logcli_default_labels": "https://grafana.com/docs/loki/latest/query/logcli/ (--output=default)",
    "logcli_jsonl_line": "https://grafana.com/docs/loki/latest/query/logcli/ (--output=jsonl)",
    "promtail_dryrun_tabbed": "https://grafana.com/docs/loki/latest/send-data/promtail/troubleshooting/ (--dry-run)",
    "datadog_search_api_message": "https://docs.datadoghq.com/api/latest/logs/#search-logs",
    "datadog_csv_export_row": "https://docs.datadoghq.com/logs/explorer/export/ (CSV download)",
    "splunk_export_raw_field": "https://docs.splunk.com/Documentation/Splunk/latest/RESTREF/RESTsearch#search.2Fjobs.2Fexport",
    "splunk_hec_body_capture": "https://docs.splunk.com/Documentation/Splunk/latest/Data/FormateventsforHTTPEventCollector",
    "splunk_csv_table_raw": "https://docs.splunk.com/Documentation/Splunk/latest/Search/Exportsearchresults",
    "rfc5424_msg_with_sd": "https://datatracker.ietf.org/doc/html/rfc5424#section-6",
    "rfc5424_sd_param_escaped": "https://datatracker.ietf.org/doc/html/rfc5424#section-6.3.3 (PARAM-VALUE escaping)",
    "journalctl_ojson_message": "https://systemd.io/JOURNAL_EXPORT_FORMATS/#journal-json-format ; https://docs.docker.com/engine/logging/drivers/journald/",
    "journalctl_oexport_block": "https://systemd.io/JOURNAL_EXPORT_FORMATS/ (export format)",
    "otlp_json_body_string": "https://opentelemetry.io/docs/specs/otlp/#json-protobuf-encoding",
    "otelcol_debug_logrecord_body": "https://github.com/open-telemetry/opentelemetry-collector/tree/main/exporter/debugexporter (detailed verbosity)",
    "cwl_subscription_decoded_events": "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html ; https://docs.aws.amazon.com/powertools/typescript/2.16.0/api/types/_aws-lambda-powertools_parser.types.CloudWatchLogsEvent.html",
    "cwl_filter_log_events_json": "https://docs.aws.amazon.com/cli/latest/reference/logs/filter-log-events.html",
    "aws_logs_tail_text": "https://awscli.amazonaws.com/v2/documentation/api/latest/reference/logs/tail.html",
    "gcp_logentry_jsonpayload": "https://cloud.google.com/logging/docs/reference/v2/rest/v2/LogEntry",
    "azure_containerlogv2_record": "https://learn.microsoft.com/en-us/azure/azure-monitor/containers/container-insights-logs-schema",
    "gelf_full_message": "https://go2docs.graylog.org/current/getting_in_log_data/gelf.html",
    "kinesis_get_records_data_b64": "https://docs.aws.amazon.com/cli/latest/reference/kinesis/get-records.html",
    "pubsub_pull_data_b64": "https://cloud.google.com/pubsub/docs/reference/rest/v1/projects.subscriptions/pull",
    "eventhubs_capture_body_b64": "https://learn.microsoft.com/en-us/azure/event-hubs/event-hubs-capture-overview (Avro record fields as JSON)",
    "firehose_transform_data_b64": "https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html",
}

# ---------------- multi-line inner events (joined with \n by a multiline parser) ----------------
def ml_py_traceback():
    p = pw()
    return "weave", "\n".join(["Traceback (most recent call last):", '  File "/usr/local/lib/python3.11/site-packages/weave/trace_server/clickhouse_trace_server_batched.py", line %d, in _mint_client' % R.randint(100, 900), "    client = clickhouse_connect.get_client(host=host, port=port, username=user, password=password)", "    host = 'clickhouse.%s.svc'" % R.choice(NS), "    password = '%s'" % p, "clickhouse_connect.driver.exceptions.OperationalError: Error HTTPConnectionPool(host='clickhouse', port=8123): Max retries exceeded"]), [p]
def ml_go_panic():
    p = pw(urlsafe=True)
    return "flat-run-fields-updater", "\n".join(["panic: dial tcp %s:3306: connect: connection refused" % ip(), "", "goroutine 1 [running]:", "main.mustOpen({0xc000%s, 0x%x})" % (hx(6), R.randint(60, 200)), "\t/src/cmd/frfu/main.go:%d +0x1a5" % R.randint(20, 300), "main.main()", '\t/src/cmd/frfu/main.go:%d +0x8c  dsn="wandb:%s@tcp(mysql:3306)/wandb_local"' % (R.randint(20, 300), p)]), [p]
def ml_java_caused_by():
    p = pw(urlsafe=True)
    return "glue", "\n".join(["org.apache.kafka.connect.errors.ConnectException: Failed to connect", "\tat io.confluent.connect.jdbc.util.CachedConnectionProvider.getConnection(CachedConnectionProvider.java:%d)" % R.randint(50, 120), "Caused by: java.sql.SQLException: Access denied for jdbc:mysql://%s:3306/wandb_local?user=wandb&password=%s" % (ip(), p), "\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:%d)" % R.randint(50, 150), "\t... %d more" % R.randint(3, 40)]), [p]
def ml_env_dump():
    p1, k = pw(urlsafe=True), hx(40)
    return "app", "\n".join(["Starting wandb/local with environment:", "  HOST=https://wandb.example.com", "  MYSQL=mysql://wandb:%s@mysql:3306/wandb_local" % p1, "  WANDB_API_KEY=local-%s" % k, "  BUCKET_QUEUE=internal://"]), [p1, k]
MLINNER = {"python_traceback_locals": ml_py_traceback, "go_panic_dsn_arg": ml_go_panic, "java_caused_by_jdbc": ml_java_caused_by, "startup_env_dump": ml_env_dump}
MLINNER_SRC = {"python_traceback_locals": "https://docs.fluentbit.io/manual/pipeline/filters/multiline-stacktrace (python parser) ; https://docs.python.org/3/library/traceback.html",
               "go_panic_dsn_arg": "https://docs.fluentbit.io/manual/pipeline/filters/multiline-stacktrace (go parser)",
               "java_caused_by_jdbc": "https://docs.fluentbit.io/manual/pipeline/filters/multiline-stacktrace (java parser) ; https://dev.mysql.com/doc/connector-j/en/connector-j-reference-jdbc-url-format.html",
               "startup_env_dump": "https://vector.dev/docs/reference/configuration/sources/kubernetes_logs/#auto_partial_merge ; https://docs.wandb.ai/guides/hosting/env-vars"}
ML_WRAPS = ["fbit_es_log_double_escaped", "vector_k8s_console_json", "loki_query_range_values", "otlp_json_body_string", "gcp_logentry_jsonpayload", "cwl_subscription_decoded_events", "datadog_search_api_message", "splunk_export_raw_field", "gelf_full_message", "logcli_jsonl_line", "azure_containerlogv2_record", "journalctl_ojson_message"]

# ---------------- cut-based transformations ----------------
def pick_cut(t, s, lo=8):
    i = t.find(s)
    k = R.randint(lo, len(s) - lo)
    return i, k
def split_docker_partial(c, t, s):
    i, k = pick_cut(t, s)
    ms = ts_ms()
    return [jd({"log": t[:i + k], "stream": "stderr", "time": iso(ms, 9)}), jd({"log": t[i + k:] + "\n", "stream": "stderr", "time": iso(ms + 1, 9)})], [s[:k], s[k:]]
def split_fbit_cri_logtag(c, t, s):
    i, k = pick_cut(t, s); m = k8s_meta(c)
    sec = R.randint(1672531200, 1767225599)
    return ['[%d] kube.%s: [[%d.%09d, {}], {"time"=>"%s", "stream"=>"stdout", "logtag"=>"P", "log"=>%s}]' % (j, m["pod_name"], sec, R.randint(0, 10**9 - 1), iso(sec * 1000, 9), json.dumps(part)) if tag == "P" else
            '[%d] kube.%s: [[%d.%09d, {}], {"time"=>"%s", "stream"=>"stdout", "logtag"=>"F", "log"=>%s}]' % (j, m["pod_name"], sec, R.randint(0, 10**9 - 1), iso(sec * 1000, 9), json.dumps(part))
            for j, (tag, part) in enumerate([("P", t[:i + k]), ("F", t[i + k:])])], [s[:k], s[k:]]
def split_loki_two_values(c, t, s):
    i, k = pick_cut(t, s); n = ts_ms() * 1000000
    return ["{", '  "stream": {"container": "%s", "namespace": "%s"},' % (c, R.choice(NS)), '  "values": [', '    ["%d", %s],' % (n, json.dumps(t[:i + k])), '    ["%d", %s]' % (n + R.randint(1, 999), json.dumps(t[i + k:])), "  ]", "}"], [s[:k], s[k:]]
def split_cwl_two_events(c, t, s):
    i, k = pick_cut(t, s); ms = ts_ms()
    return ['{"id": "%d", "timestamp": %d, "message": %s},' % (R.randint(10**55, 10**56 - 1), ms, json.dumps(t[:i + k])), '{"id": "%d", "timestamp": %d, "message": %s}' % (R.randint(10**55, 10**56 - 1), ms, json.dumps(t[i + k:]))], [s[:k], s[k:]]
def split_syslog_fragments(c, t, s):
    i, k = pick_cut(t, s); ts = iso(ts_ms(), 6); h = "node-" + hx(6) + ".example.internal"; pid = R.randint(100, 40000)
    return ["<134>1 %s %s wandb-%s %d - [frag@32473 seq=\"1\" of=\"2\"] %s" % (ts, h, c, pid, t[:i + k]), "<134>1 %s %s wandb-%s %d - [frag@32473 seq=\"2\" of=\"2\"] %s" % (ts, h, c, pid, t[i + k:])], [s[:k], s[k:]]
SPLITS = {"docker_partial_pair": split_docker_partial, "fbit_cri_logtag_p_f_pair": split_fbit_cri_logtag, "loki_stream_two_values_cut": split_loki_two_values, "cwl_logevents_pair_cut": split_cwl_two_events, "rfc5424_fragment_pair_cut": split_syslog_fragments}
SPLIT_SRC = {"docker_partial_pair": "https://docs.docker.com/engine/logging/drivers/json-file/ (16 KiB partial messages, moby/moby#34620)",
             "fbit_cri_logtag_p_f_pair": "https://docs.fluentbit.io/manual/pipeline/parsers/configuring-parser (cri parser logtag) ; https://grafana.com/docs/loki/latest/send-data/promtail/stages/cri/",
             "loki_stream_two_values_cut": "https://grafana.com/docs/loki/latest/reference/loki-http-api/ (max_line_size / streams values)",
             "cwl_logevents_pair_cut": "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/cloudwatch_limits_cwl.html (256 KB event size; split by shipper)",
             "rfc5424_fragment_pair_cut": "https://datatracker.ietf.org/doc/html/rfc5424#section-6.1 (message size; fragmenting relay)"}

MARKERS = ["\u2026[truncated]", "...[TRUNCATED]", "\u2026 [truncated 183 bytes]", " <truncated>"]
def tr_vector_message(c, t, s, mk):
    i, k = pick_cut(t, s)
    return [jd({"message": t[:i + k] + mk, "source_type": "kubernetes_logs", "kubernetes": {"container_name": c}, "timestamp": iso(ts_ms(), 6)})], [s[:k]]
def tr_datadog_message(c, t, s, mk):
    i, k = pick_cut(t, s)
    return ['        "message": %s,' % json.dumps(t[:i + k] + mk), '        "service": "wandb-%s",' % c, '        "tags": ["kube_namespace:%s", "truncated:true"],' % R.choice(NS)], [s[:k]]
def tr_logcli_line(c, t, s, mk):
    i, k = pick_cut(t, s)
    return ["%s {container=\"%s\"} %s%s" % (iso(ts_ms(), 0), c, t[:i + k], mk)], [s[:k]]
def tr_gelf_short(c, t, s, mk):
    i, k = pick_cut(t, s)
    return [jd({"version": "1.1", "host": pod(c), "short_message": t[:i + k] + mk, "level": 3, "_container_name": c})], [s[:k]]
TRUNCS = {"vector_message_cut_marker": tr_vector_message, "datadog_message_cut_marker": tr_datadog_message, "logcli_line_cut_marker": tr_logcli_line, "gelf_short_message_cut_marker": tr_gelf_short}
TRUNC_SRC = {"vector_message_cut_marker": "https://vector.dev/docs/reference/vrl/functions/#truncate (ellipsis) ",
             "datadog_message_cut_marker": "https://docs.datadoghq.com/logs/log_collection/ (1MB truncation, truncated:true tag)",
             "logcli_line_cut_marker": "https://grafana.com/docs/loki/latest/configure/#limits_config (max_line_size_truncate)",
             "gelf_short_message_cut_marker": "https://go2docs.graylog.org/current/getting_in_log_data/gelf.html (short_message)"}

def mk_prefix_mask(t, s):
    L = R.randint(8, len(s) - 6)
    return t.replace(s, "*" * (len(s) - L) + s[-L:]), s[-L:]
def pm_fbit_modify(c, t, s):
    t2, tail = mk_prefix_mask(t, s)
    return [jd({"date": iso(ts_ms(), 6), "log": t2, "masked_by": "lua:mask_head", "kubernetes": {"container_name": c}})], [tail]
def pm_splunk_sedcmd(c, t, s):
    t2, tail = mk_prefix_mask(t, s)
    return ['"%s","%s",%s' % (iso(ts_ms()).replace("T", " ")[:-1], pod(c), csvq(t2))], [tail]
def pm_otel_transform(c, t, s):
    t2, tail = mk_prefix_mask(t, s)
    return ["Body: Str(%s)" % t2, "Attributes:", "     -> redaction.applied: Str(head_mask)", "Trace ID: %s" % hx(32)], [tail]
PMASKS = {"fbit_lua_head_mask_tail_left": pm_fbit_modify, "splunk_sedcmd_head_mask_tail_left": pm_splunk_sedcmd, "otelcol_transform_head_mask_tail_left": pm_otel_transform}
PMASK_SRC = {"fbit_lua_head_mask_tail_left": "https://docs.fluentbit.io/manual/pipeline/filters/lua",
             "splunk_sedcmd_head_mask_tail_left": "https://docs.splunk.com/Documentation/Splunk/latest/Data/Anonymizedata (SEDCMD)",
             "otelcol_transform_head_mask_tail_left": "https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/processor/transformprocessor (replace_pattern)"}

def l4_datadog_sds(c, t, s):
    masked = "*" * 8 + s[-4:]
    return ["{", '  "message": %s,' % json.dumps(t), '  "attributes": {"sds": {"rule": "generic_secret", "masked": "%s"}, "service": "wandb-%s"},' % (masked, c), '  "id": "AQAAAY%s"' % rs(40, AL + "-_"), "}"], [s]
def l4_es_ingest_redact(c, t, s):
    return [jd({"_source": {"message": t, "event": {"original_masked": t.replace(s, "****" + s[-4:])}, "@timestamp": iso(ts_ms())}})], [s]
def l4_cwl_data_protection(c, t, s):
    return [jd({"logEvents": [{"id": str(R.randint(10**55, 10**56 - 1)), "message": t.replace(s, "****" + s[-4:])}, {"id": str(R.randint(10**55, 10**56 - 1)), "message": t}]})], [s]
L4 = {"datadog_sds_masked_copy_raw_message": l4_datadog_sds, "es_redact_processor_copy_beside_original": l4_es_ingest_redact, "cwl_data_protection_one_of_two_events": l4_cwl_data_protection}
L4_SRC = {"datadog_sds_masked_copy_raw_message": "https://docs.datadoghq.com/security/sensitive_data_scanner/ (partial redaction, last characters)",
          "es_redact_processor_copy_beside_original": "https://www.elastic.co/guide/en/elasticsearch/reference/current/redact-processor.html",
          "cwl_data_protection_one_of_two_events": "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/mask-sensitive-log-data.html"}

REWRAPS = {"ticket_paste_rewrapped_76": 76, "email_quote_rewrapped_72": 72, "terminal_capture_rewrapped_100": 100, "jira_code_block_rewrapped_64": 64}
REWRAP_SRC = {"ticket_paste_rewrapped_76": "https://datatracker.ietf.org/doc/html/rfc2045#section-6.8 (76-column lines) applied to a pasted log",
              "email_quote_rewrapped_72": "https://datatracker.ietf.org/doc/html/rfc3676 (format=flowed wrapping)",
              "terminal_capture_rewrapped_100": "https://man7.org/linux/man-pages/man1/fold.1.html (fold -w)",
              "jira_code_block_rewrapped_64": "https://man7.org/linux/man-pages/man1/fold.1.html (fold -w 64)"}
REWRAP_BASE = {"ticket_paste_rewrapped_76": w_docker_jsonfile, "email_quote_rewrapped_72": w_logcli_default, "terminal_capture_rewrapped_100": w_fluentbit_es_double, "jira_code_block_rewrapped_64": w_aws_logs_tail}
def rewrap(line, W, secrets):
    lines = [line[j:j + W] for j in range(0, len(line), W)]
    starts = list(range(0, len(line), W))
    listed = []
    for s in secrets:
        i = line.find(s)
        a, b = i, i + len(s)
        for st in starts:
            lo, hi = max(a, st), min(b, st + W)
            if lo < hi: listed.append(line[lo:hi])
    return lines, listed

# ---------------- validation ----------------
USED_SECRETS = set()
def ok_record(lines, secrets):
    if not (1 <= len(lines) <= 12): return False
    text = "\n".join(lines)
    for s in secrets:
        if len(s) < 8 or s not in text or s in USED_SECRETS: return False
    if len(set(secrets)) != len(secrets): return False
    rest = text
    for s in sorted(secrets, key=len, reverse=True): rest = rest.replace(s, "\x00")
    for s in secrets:
        for j in range(len(s) - 5):
            if s[j:j + 6] in rest: return False
    return True

POS, NEG, SOURCES = [], [], {}
def add_pos(shape, make, src):
    assert shape not in SOURCES
    SOURCES[shape] = src
    for _ in range(3):
        for _try in range(500):
            lines, secrets = make()
            if ok_record(lines, secrets): break
        else:
            raise SystemExit("cannot draw " + shape)
        USED_SECRETS.update(secrets)
        POS.append({"shape": shape, "lines": lines, "secrets": secrets})

INAMES = list(INNER)
WNAMES = list(WRAP)
# 1) plain pipeline wrappers x inner lines
for j, wn in enumerate(WNAMES):
    picks = [INAMES[(j * 3 + m) % len(INAMES)] for m in range(3)]
    if j < 12: picks.append(INAMES[(j * 3 + 3 + 7) % len(INAMES)])
    for inn in dict.fromkeys(picks):
        def mk(wn=wn, inn=inn):
            c, t, s = INNER[inn]()
            return WRAP[wn](c, t), s
        add_pos("%s__%s" % (wn, inn), mk, WRAP_SRC[wn] + " | " + INNER_SRC[inn])
# 2) base64 envelopes
for j, wn in enumerate(B64WRAP):
    for m in range(3):
        inn = INAMES[(j * 5 + m * 2 + 1) % len(INAMES)]
        def mk(wn=wn, inn=inn):
            c, t, s = INNER[inn]()
            return B64WRAP[wn](c, t, s)
        add_pos("%s__%s" % (wn, inn), mk, WRAP_SRC[wn] + " | " + INNER_SRC[inn])
# 3) multiline joined with \n
for j, mn in enumerate(MLINNER):
    for m in range(3):
        wn = ML_WRAPS[(j * 3 + m) % len(ML_WRAPS)]
        def mk(wn=wn, mn=mn):
            c, t, s = MLINNER[mn]()
            return WRAP[wn](c, t), s
        add_pos("%s__joined_%s" % (wn, mn), mk, WRAP_SRC[wn] + " | " + MLINNER_SRC[mn])
# 4) split at a size limit, secret cut across two records
LONGS = ["env_bucket_s3_keypair", "console_access_session_cookie", "weave_debug_local_api_key", "parquet_presigned_sigv4", "weave_openai_key_json", "git_remote_ghs_token", "logrus_oidc_client_secret", "env_license_jwt", "zap_mysql_dsn", "goredis_options_password"]
for j, sn in enumerate(SPLITS):
    for m in range(3):
        inn = LONGS[(j * 2 + m) % len(LONGS)]
        def mk(sn=sn, inn=inn):
            c, t, s = INNER[inn]()
            if len(s[0]) < 16: return [], ["x"]
            lines, pieces = SPLITS[sn](c, t, s[0])
            return lines, pieces + s[1:]
        add_pos("%s__%s" % (sn, inn), mk, SPLIT_SRC[sn] + " | " + INNER_SRC[inn])
# 5) shipper truncation marker
for j, tn in enumerate(TRUNCS):
    for m in range(3):
        inn = LONGS[(j * 3 + m + 1) % len(LONGS)]
        mkr = MARKERS[(j + m) % len(MARKERS)]
        def mk(tn=tn, inn=inn, mkr=mkr):
            c, t, s = INNER[inn]()
            if len(s[0]) < 16: return [], ["x"]
            t = t[:t.find(s[0]) + len(s[0])] + t[t.find(s[0]) + len(s[0]):]
            return TRUNCS[tn](c, t, s[0], mkr)
        add_pos("%s__%s" % (tn, inn), mk, TRUNC_SRC[tn] + " | " + INNER_SRC[inn])
# 6) head masked, tail left
for j, pn in enumerate(PMASKS):
    for m in range(3):
        inn = LONGS[(j * 3 + m + 2) % len(LONGS)]
        def mk(pn=pn, inn=inn):
            c, t, s = INNER[inn]()
            if len(s[0]) < 16: return [], ["x"]
            return PMASKS[pn](c, t, s[0])
        add_pos("%s__%s" % (pn, inn), mk, PMASK_SRC[pn] + " | " + INNER_SRC[inn])
# 7) last-four vendor mask with the raw value still present
for j, ln in enumerate(L4):
    for m in range(2):
        inn = INAMES[(j * 4 + m * 3 + 2) % len(INAMES)]
        def mk(ln=ln, inn=inn):
            c, t, s = INNER[inn]()
            lines, ss = L4[ln](c, t, s[0])
            return lines, ss + s[1:]
        add_pos("%s__%s" % (ln, inn), mk, L4_SRC[ln] + " | " + INNER_SRC[inn])
# 8) re-wrapped at fixed widths
for j, rn in enumerate(REWRAPS):
    for m in range(3):
        inn = INAMES[(j * 5 + m * 3) % len(INAMES)]
        def mk(rn=rn, inn=inn):
            c, t, s = INNER[inn]()
            base = REWRAP_BASE[rn](c, t)
            if len(base) != 1: return [], ["x"]
            lab = R.choice(["log: ", "Attached excerpt (line %d): " % R.randint(1, 99999), "> ", "seen at %d: " % R.randint(1, 10**R.randint(1, 9)), "copied from the log viewer, row %d -> " % R.randint(1, 5000)])
            return rewrap(lab + base[0], REWRAPS[rn], s)
        add_pos("%s__%s" % (rn, inn), mk, REWRAP_SRC[rn] + " | " + INNER_SRC[inn])

# ---------------- negatives ----------------
SEEN_NEG = set()
def add_neg(shape, make, src):
    assert shape not in SOURCES
    SOURCES[shape] = src
    for _ in range(5):
        for _try in range(200):
            lines = make()
            key = json.dumps(lines)
            if 1 <= len(lines) <= 12 and key not in SEEN_NEG: break
        else:
            raise SystemExit("cannot draw " + shape)
        SEEN_NEG.add(key)
        NEG.append({"shape": shape, "lines": lines})

NNAMES = list(NINNER)
ALLW = WNAMES + list(B64WRAP)
for j, wn in enumerate(ALLW):
    for m in range(2):
        nn = NNAMES[(j * 2 + m) % len(NNAMES)]
        def mk(wn=wn, nn=nn):
            c, t = NINNER[nn]()
            if wn in B64WRAP:
                return B64WRAP[wn](c, t, [])[0]
            return WRAP[wn](c, t)
        add_neg("nolk_%s__%s" % (wn, nn), mk, WRAP_SRC[wn] + " | same line with no value")

# pipeline metadata look-alikes (ids, cursors, sequence tokens, offsets)
def n_cwl_get_log_events_tokens():
    return ["{", '    "events": [],', '    "nextForwardToken": "f/%d/s",' % R.randint(10**55, 10**56 - 1), '    "nextBackwardToken": "b/%d/s"' % R.randint(10**55, 10**56 - 1), "}"]
def n_cwl_put_sequence_token():
    return ['{"nextSequenceToken": "%d", "rejectedLogEventsInfo": {"tooOldLogEventEndIndex": %d}}' % (R.randint(10**55, 10**56 - 1), R.randint(0, 20))]
def n_kinesis_shard_iterator():
    return ["{", '    "ShardIterator": "AAAAAAAAAAE%s"' % rs(140, AL + "+/"), "}"]
def n_pubsub_ack_ids():
    return [jd({"ackIds": [rs(100, AL + "-_") for _ in range(R.randint(1, 3))]})]
def n_journald_cursor_file():
    return ["# /var/lib/promtail/journal-positions.yaml", "positions:", "  journal-%s: s=%s;i=%x;b=%s;m=%x;t=%x;x=%s" % (hx(8), hx(32), R.randint(10**5, 10**7), hx(32), R.randint(10**9, 10**11), R.randint(10**15, 10**16), hx(16))]
def n_promtail_positions():
    return ["positions:", '  /var/log/pods/%s_%s_%s/%s/0.log: "%d"' % (R.choice(NS), pod("app"), hx(8), "app", R.randint(10**4, 10**9)), '  /var/log/pods/%s_%s_%s/%s/0.log: "%d"' % (R.choice(NS), pod("gorilla"), hx(8), "gorilla", R.randint(10**4, 10**9))]
def n_datadog_page_cursor():
    return ['  "meta": {', '    "page": {"after": "eyJhZnRlciI6IkFRQUFBWSIsInNvcnQiOi0xfQ%s"},' % rs(24, AL + "-_"), '    "request_id": "pddv1ChZ%s",' % rs(30, AL + "-_"), '    "status": "done"', "  }"]
def n_splunk_sid():
    return ['<response>', '  <sid>scheduler__admin__search__RMD5%s_at_%d_%d</sid>' % (hx(16), R.randint(1672531200, 1767225599), R.randint(1, 9999)), '</response>']
def n_es_hit_meta():
    return ['      "_index" : ".ds-logs-wandb-default-2024.05.01-000001",', '      "_id" : "%s",' % rs(20, AL + "-_"), '      "_seq_no" : %d,' % R.randint(0, 10**7), '      "_primary_term" : %d,' % R.randint(1, 9), '      "_version" : 1,']
def n_fbit_chunk_log():
    return ["[%s] [debug] [input chunk] update output instances with new chunk size diff=%d, records=%d, input=tail.0" % (iso(ts_ms(), 0)[:-1].replace("T", " ").replace("-", "/"), R.randint(100, 9000), R.randint(1, 40)), "[%s] [debug] [task] created task=0x%s id=%d OK" % (iso(ts_ms(), 0)[:-1].replace("T", " ").replace("-", "/"), hx(12), R.randint(0, 20)), "[%s] [ info] [output:es:es.0] chunk %d-%d.%d.flb is flushed" % (iso(ts_ms(), 0)[:-1].replace("T", " ").replace("-", "/"), R.randint(1, 99), R.randint(1672531200, 1767225599), R.randint(100000, 999999))]
def n_otel_ids_only():
    return ["LogRecord #%d" % R.randint(0, 9), "SeverityText: INFO", "Body: Str(token refresh scheduled in %ds)" % R.randint(30, 3600), "Trace ID: %s" % hx(32), "Span ID: %s" % hx(16), "Flags: 1"]
def n_eventhubs_offsets():
    return [jd({"partitionId": str(R.randint(0, 31)), "offset": str(R.randint(10**6, 10**12)), "sequenceNumber": R.randint(10**3, 10**8), "enqueuedTime": iso(ts_ms()), "partitionKey": hx(32)})]
def n_truncated_digest():
    d = hx(64)
    return [jd({"message": "Pulled image wandb/local@sha256:%s%s" % (d[:R.randint(20, 50)], MARKERS[R.randint(0, 3)]), "source_type": "kubernetes_logs"})]
def n_truncated_field_names():
    return [jd({"message": 'config keys loaded: ["MYSQL", "BUCKET", "LICENSE", "OIDC_SECRET", "SLACK_SECRET", "GORILLA_EMAIL_SINK"%s' % MARKERS[R.randint(0, 3)], "count": R.randint(6, 40)})]
def n_masked_last4_only():
    return ["Body: Str(BUCKET=s3://AKIA%s:****%s@wandb-files/files)" % (rs(16, AL[26:52]), rs(4)), "Attributes:", "     -> redaction.applied: Str(head_mask)", "Trace ID: %s" % hx(32)]
def n_sds_full_mask():
    return ["{", '  "message": "MYSQL=mysql://wandb_local:[sds_redacted]@%s:3306/wandb_local",' % ip(), '  "attributes": {"sds": {"rule": "mysql_uri_password", "matched": %d}},' % R.randint(1, 3), '  "id": "AQAAAY%s"' % rs(40, AL + "-_"), "}"]
def n_rewrapped_pubcert():
    body = base64.b64encode(bytes(R.getrandbits(8) for _ in range(R.randint(90, 200)))).decode()
    return ["TLS bundle from the ingress (public certificate, pasted):", "-----BEGIN CERTIFICATE-----"] + [body[i:i + 64] for i in range(0, len(body), 64)] + ["-----END CERTIFICATE-----"]
def n_rewrapped_sha_list():
    line = "layers: " + " ".join("sha256:" + hx(64) for _ in range(R.randint(2, 4)))
    return [line[i:i + 76] for i in range(0, len(line), 76)]
def n_joined_traceback_no_locals():
    t = "\n".join(["Traceback (most recent call last):", '  File "/usr/local/lib/python3.11/site-packages/weave/trace_server/clickhouse_trace_server_batched.py", line %d, in _mint_client' % R.randint(100, 900), "    client = clickhouse_connect.get_client(host=host, port=port, username=user, password=password)", "clickhouse_connect.driver.exceptions.OperationalError: timed out after %ds" % R.randint(2, 90)])
    return [jd({"log": t, "kubernetes": {"container_name": "weave", "pod_name": pod("weave")}})]
def n_joined_panic_pointers():
    t = "\n".join(["panic: runtime error: invalid memory address or nil pointer dereference", "[signal SIGSEGV: segmentation violation code=0x1 addr=0x%x pc=0x%x]" % (R.randint(0, 255), R.randint(10**6, 10**7)), "", "goroutine %d [running]:" % R.randint(1, 900), "main.mustOpen(0xc000%s, 0x%x)" % (hx(6), R.randint(60, 200))])
    return [jd({"message": t, "source_type": "kubernetes_logs", "stream": "stderr"})]
def n_split_pair_plain():
    t = "level=info msg=\"run history flushed\" run=%s rows=%d bytes=%d" % (rs(8, HEX + "xyz"), R.randint(1, 10**5), R.randint(10**3, 10**8))
    k = R.randint(10, len(t) - 10)
    return [jd({"log": t[:k], "stream": "stdout", "time": iso(ts_ms(), 9)}), jd({"log": t[k:] + "\n", "stream": "stdout", "time": iso(ts_ms(), 9)})]
def n_sd_param_secret_name():
    return ['<134>1 %s node-%s.example.internal fluent-bit - podlog [k8s@32473 secretRef="wandb-mysql-%s" key="password" mountPath="/etc/wandb/secrets"] mounted' % (iso(ts_ms(), 3), hx(6), hx(5))]
XNEG = {
    "cwl_get_log_events_forward_backward_tokens": (n_cwl_get_log_events_tokens, "https://docs.aws.amazon.com/cli/latest/reference/logs/get-log-events.html"),
    "cwl_put_log_events_next_sequence_token": (n_cwl_put_sequence_token, "https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutLogEvents.html"),
    "kinesis_get_shard_iterator_output": (n_kinesis_shard_iterator, "https://docs.aws.amazon.com/cli/latest/reference/kinesis/get-shard-iterator.html"),
    "pubsub_acknowledge_ack_ids_body": (n_pubsub_ack_ids, "https://cloud.google.com/pubsub/docs/reference/rest/v1/projects.subscriptions/acknowledge"),
    "promtail_journal_cursor_positions": (n_journald_cursor_file, "https://grafana.com/docs/loki/latest/send-data/promtail/configuration/#journal"),
    "promtail_file_offset_positions": (n_promtail_positions, "https://grafana.com/docs/loki/latest/send-data/promtail/configuration/#positions"),
    "datadog_search_page_after_cursor": (n_datadog_page_cursor, "https://docs.datadoghq.com/api/latest/logs/#search-logs (meta.page.after)"),
    "splunk_search_job_sid_xml": (n_splunk_sid, "https://docs.splunk.com/Documentation/Splunk/latest/RESTREF/RESTsearch#search.2Fjobs"),
    "es_hit_seqno_primary_term": (n_es_hit_meta, "https://www.elastic.co/guide/en/elasticsearch/reference/current/search-search.html"),
    "fbit_debug_chunk_task_lines": (n_fbit_chunk_log, "https://docs.fluentbit.io/manual/administration/buffering-and-storage"),
    "otelcol_debug_trace_span_only": (n_otel_ids_only, "https://github.com/open-telemetry/opentelemetry-collector/tree/main/exporter/debugexporter"),
    "eventhubs_partition_offset_event": (n_eventhubs_offsets, "https://learn.microsoft.com/en-us/azure/event-hubs/event-hubs-features#event-consumers"),
    "vector_cut_marker_inside_image_digest": (n_truncated_digest, "https://vector.dev/docs/reference/vrl/functions/#truncate"),
    "vector_cut_marker_config_key_list": (n_truncated_field_names, "https://vector.dev/docs/reference/vrl/functions/#truncate"),
    "otelcol_head_mask_last_four_only": (n_masked_last4_only, "https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/processor/redactionprocessor"),
    "datadog_sds_full_replacement_token": (n_sds_full_mask, "https://docs.datadoghq.com/security/sensitive_data_scanner/"),
    "pasted_public_cert_fixed_64_cols": (n_rewrapped_pubcert, "https://datatracker.ietf.org/doc/html/rfc7468"),
    "layer_digests_rewrapped_76": (n_rewrapped_sha_list, "https://man7.org/linux/man-pages/man1/fold.1.html"),
    "fbit_joined_traceback_without_locals": (n_joined_traceback_no_locals, "https://docs.fluentbit.io/manual/pipeline/filters/multiline-stacktrace"),
    "vector_joined_go_panic_pointer_args": (n_joined_panic_pointers, "https://vector.dev/docs/reference/configuration/sources/kubernetes_logs/#auto_partial_merge"),
    "docker_partial_pair_plain_counters": (n_split_pair_plain, "https://docs.docker.com/engine/logging/drivers/json-file/"),
    "rfc5424_sd_secret_ref_name_only": (n_sd_param_secret_name, "https://datatracker.ietf.org/doc/html/rfc5424#section-6.3"),
}
for name, (fn, src) in XNEG.items():
    add_neg(name, fn, src)

# ---------------- kind judgement ----------------
# A kind = same tool + same trick. Judged by hand against the shape-name list (keyword greps for every
# tool and trick used here), conservatively: a wrapper whose tool and trick both appear together in an
# existing name (Fluent Bit stdout / escaped-twice records, Fluentd stdout, Vector tap JSON, rubydebug,
# logcli output and ellipsis truncation, Promtail dry-run, Splunk HEC payload, RFC 5424 SD / relay cut,
# journalctl json / export, OTLP JSON, otelcol debug exporter, filter-log-events, GCP LogEntry,
# ContainerLogV2, GELF, triple escaping, CRI P/F and docker partial records, terminal / fold / email
# wrapping, Loki streams values) is NOT new, whatever inner line it carries.
NEW_KIND_WRAPPERS_POS = {
    "es_hit_source_message", "es_bulk_ndjson_pair", "datadog_search_api_message", "datadog_csv_export_row",
    "splunk_export_raw_field", "splunk_csv_table_raw", "cwl_subscription_decoded_events", "aws_logs_tail_text",
    "kinesis_get_records_data_b64", "pubsub_pull_data_b64", "eventhubs_capture_body_b64", "firehose_transform_data_b64",
    "cwl_logevents_pair_cut", "loki_stream_two_values_cut", "vector_message_cut_marker", "datadog_message_cut_marker",
    "fbit_lua_head_mask_tail_left", "splunk_sedcmd_head_mask_tail_left", "otelcol_transform_head_mask_tail_left",
    "datadog_sds_masked_copy_raw_message", "es_redact_processor_copy_beside_original", "cwl_data_protection_one_of_two_events"}
NEW_KIND_XNEG = {
    "cwl_get_log_events_forward_backward_tokens", "cwl_put_log_events_next_sequence_token", "kinesis_get_shard_iterator_output",
    "pubsub_acknowledge_ack_ids_body", "datadog_search_page_after_cursor", "splunk_search_job_sid_xml", "es_hit_seqno_primary_term",
    "fbit_debug_chunk_task_lines", "eventhubs_partition_offset_event", "vector_cut_marker_inside_image_digest",
    "otelcol_head_mask_last_four_only", "datadog_sds_full_replacement_token"}
NEW_KIND_POS = sorted(s for s in {r["shape"] for r in POS} if s.split("__")[0] in NEW_KIND_WRAPPERS_POS)
SAME_KIND_POS = sorted({r["shape"] for r in POS} - set(NEW_KIND_POS))
NEW_KIND_NEG = sorted(s for s in {r["shape"] for r in NEG} if s in NEW_KIND_XNEG or (s.startswith("nolk_") and s[5:].split("__")[0] in NEW_KIND_WRAPPERS_POS))
SAME_KIND_NEG = sorted({r["shape"] for r in NEG} - set(NEW_KIND_NEG))

if __name__ == "__main__":
    for fn, recs in (("positives.jsonl", POS), ("negatives.jsonl", NEG)):
        with open(os.path.join(HERE, fn), "w", encoding="utf-8", newline="\n") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("positives", len(POS), "shapes", len({r["shape"] for r in POS}), "secrets", sum(len(r["secrets"]) for r in POS))
    print("negatives", len(NEG), "shapes", len({r["shape"] for r in NEG}))
