#!/usr/bin/env python3
"""holdout30 generator: W&B's own material, server and SDK. Stdlib only, deterministic."""
import base64, hashlib, json, os, random, re, string, urllib.parse, datetime

SEED = 3030_2026
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

ALNUM = string.ascii_letters + string.digits
PWCH = ALNUM + "-_.!~+*"
HOSTS = ["wandb.example.com", "wandb.corp.example.net", "ml.example.org", "wb.internal.example.com",
         "wandb-prod.example.io", "mlops.example.co", "wandb.lab.example.edu"]
USERS = ["alice", "bkumar", "chen.li", "dmorales", "eva_ops", "fnakamura", "gpatel", "hsvc-ml", "ingrid", "jdoe"]
ENTS = ["ml-platform", "vision-team", "nlp-research", "rl-lab", "forecasting", "ads-ranking", "speech"]
PROJS = ["resnet-sweeps", "llm-finetune", "churn-model", "det2-baseline", "tts-v3", "ranker-ablation"]

class Ctx:
    def __init__(self):
        self.vars = {}; self.listed = []; self.sticky = {}; self.up = R.uniform(8.0, 95.0)
        self.t = datetime.datetime(2023, 1, 1) + datetime.timedelta(seconds=R.randrange(3 * 365 * 86400))
    def tick(self):
        self.t += datetime.timedelta(microseconds=R.randrange(0, 2500000)); return self.t

def rs(chars, n): return "".join(R.choice(chars) for _ in range(int(n)))
def pw(n=18):
    n = int(n); return R.choice(ALNUM) + rs(PWCH, n - 2) + R.choice(ALNUM)
def b64(s): return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()
def b64u(b): return base64.urlsafe_b64encode(b).decode().rstrip("=")
def basic_part(user, pwd):
    raw = (user + ":" + pwd).encode(); enc = b64(raw)
    g = -(-(len(user.encode()) + 1) // 3)
    return enc, enc[4 * g:].rstrip("=")
def jwt():
    h = b64u(json.dumps({"alg": "RS256", "kid": rs(ALNUM, 12), "typ": "JWT"}).encode())
    p = b64u(json.dumps({"iss": "https://idp.example.com/", "sub": rs(string.digits, 10),
                         "aud": rs(ALNUM, 20), "exp": R.randrange(1700000000, 1760000000)}).encode())
    s = rs(string.ascii_letters + string.digits + "-_", 86)
    return h + "." + p + "." + s, s

def kind(ctx, name, args):
    a = args
    if name == "hex": return rs("0123456789abcdef", a[0])
    if name == "an": return rs(ALNUM, a[0])
    if name == "low": return rs(string.ascii_lowercase + string.digits, a[0])
    if name == "dig": return rs(string.digits, a[0])
    if name == "up": return rs(string.ascii_uppercase + string.digits, a[0])
    if name == "b64s": return rs(ALNUM + "+/", a[0])
    if name == "b64url": return rs(ALNUM + "-_", a[0])
    if name == "pw": return pw(a[0] if a else R.randrange(14, 24))
    if name == "wkey": return rs("0123456789abcdef", 40)
    if name == "lkey": k = rs("0123456789abcdef", 40); return ("local-" + k, k)
    if name == "jwt": return jwt()
    if name == "ghp": k = rs(ALNUM, 36); return ("ghp_" + k, k)
    if name == "hf": k = rs(ALNUM, 34); return ("hf_" + k, k)
    if name == "skp": k = rs(ALNUM + "-_", 48); return ("sk-proj-" + k, k)
    if name == "xoxb":
        k = rs(ALNUM, 24); return ("xoxb-" + rs(string.digits, 12) + "-" + rs(string.digits, 13) + "-" + k, k)
    if name == "slackhook":
        k = rs(ALNUM, 24); return ("https://hooks.slack.com/services/T" + rs(string.ascii_uppercase + string.digits, 8) + "/B" + rs(string.ascii_uppercase + string.digits, 10) + "/" + k, k)
    if name == "akia": return "AKIA" + rs(string.ascii_uppercase + "234567", 16)
    if name == "asia": return "ASIA" + rs(string.ascii_uppercase + "234567", 16)
    if name == "awssk": return rs(ALNUM + "+/", 40)
    if name == "awsskc": return rs(ALNUM, 40)
    if name == "sts": k = rs(ALNUM + "+/", 300); return ("IQoJb3JpZ2luX2VjE" + k, k)
    if name == "basic": return basic_part(a[0], a[1])
    if name == "b64of": e = b64(a[0]); return (e, e.rstrip("="))
    if name == "pct": return urllib.parse.quote(a[0], safe="")
    if name == "pct2": return urllib.parse.quote(urllib.parse.quote(a[0], safe=""), safe="")
    if name == "upw": return R.choice(ALNUM) + rs(ALNUM + "@:/#%?&+", int(a[0]) - 2) + R.choice(ALNUM)
    if name in ("host", "user", "ent", "proj"):  # one value per record
        if name not in ctx.sticky:
            ctx.sticky[name] = R.choice({"host": HOSTS, "user": USERS, "ent": ENTS, "proj": PROJS}[name])
        return ctx.sticky[name]
    if name == "tsup":
        ctx.up += R.uniform(0.0, 2.5); return "%4d.%06d" % (int(ctx.up), int((ctx.up % 1) * 1e6))
    if name == "ip": return "10.%d.%d.%d" % (R.randrange(256), R.randrange(256), R.randrange(1, 255))
    if name == "uuid": return "%s-%s-4%s-%s%s-%s" % (rs("0123456789abcdef", 8), rs("0123456789abcdef", 4), rs("0123456789abcdef", 3), R.choice("89ab"), rs("0123456789abcdef", 3), rs("0123456789abcdef", 12))
    if name == "runid": return rs(string.ascii_lowercase + string.digits, 8)
    if name == "int": return str(R.randrange(int(a[0]), int(a[1])))
    if name == "ch": return R.choice(a)
    if name == "ver": return "0.%d.%d" % (R.randrange(15, 22), R.randrange(0, 12))
    if name == "sver": return "0.%d.%d" % (R.randrange(50, 70), R.randrange(0, 5))
    if name == "gid": return rs("0123456789abcdef", 40)
    if name == "b64idstr": return b64(a[0])
    if name == "dup": return a[0]
    t = None
    if name.startswith("ts"): t = ctx.tick()
    if name == "tsw": return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    if name == "tsi": return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)
    if name == "tsn": return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%03dZ" % (t.microsecond, R.randrange(1000))
    if name == "tso": return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d+00:00" % t.microsecond
    if name == "tsq": return t.strftime("%Y-%m-%d %H:%M:%S")
    if name == "tsz": return t.strftime("%Y-%m-%dT%H:%M:%SZ")
    if name == "tsc": return t.strftime("%d/%b/%Y:%H:%M:%S +0000")
    if name == "tsg": return t.strftime("%Y/%m/%d %H:%M:%S")
    if name == "tse": return "%d.%06d" % (int(t.replace(tzinfo=datetime.timezone.utc).timestamp()), t.microsecond)
    if name == "tsms": return str(int(t.replace(tzinfo=datetime.timezone.utc).timestamp()) * 1000 + t.microsecond // 1000)
    if name == "tsr": return t.strftime("%Y%m%d_%H%M%S")
    if name == "tsh": return t.strftime("%a, %d %b %Y %H:%M:%S GMT")
    if name == "tsamz": return t.strftime("%Y%m%dT%H%M%SZ")
    if name == "tsd": return t.strftime("%Y%m%d")
    raise KeyError(name)

LIT = {"CR": "\r", "ESC": "\x1b", "BOM": "\ufeff", "TAB": "\t", "LQ": "\u00ab", "RQ": "\u00bb"}
TOK = re.compile("\u00ab([^\u00ab\u00bb]*)\u00bb")

def render_tok(ctx, body):
    if body in LIT: return LIT[body]
    listed = body.startswith("$")
    if listed: body = body[1:]
    var = None
    if "=" in body.split("(")[0]:
        var, body = body.split("=", 1)
    elif body in ctx.vars and not listed:
        return ctx.vars[body][0]
    m = re.match(r"^(\w+)(?:\((.*)\))?$", body, re.S)
    name, argstr = m.group(1), m.group(2)
    args, parts = [], []
    if argstr is not None:
        sep = "|" if "|" in argstr else ","
        for x in argstr.split(sep):
            d = re.match(r"^(\w+)=(\w+)(?:\((.*)\))?$", x)
            if x in ctx.vars:
                args.append(ctx.vars[x][0]); parts.append(ctx.vars[x][1])
            elif d:
                o = kind(ctx, d.group(2), d.group(3).split(",") if d.group(3) else [])
                o = o if isinstance(o, tuple) else (o, o)
                ctx.vars[d.group(1)] = o; args.append(o[0]); parts.append(o[1])
            else:
                args.append(x); parts.append(x)
    out = kind(ctx, name, args)
    if name in ("pct", "pct2") and parts[0] != args[0]:
        out = (out, kind(ctx, name, [parts[0]]))
    if isinstance(out, tuple): text, part = out
    else: text, part = out, out
    if var: ctx.vars[var] = (text, part)
    if listed: ctx.listed.append(part)
    return text

def render(lines):
    ctx = Ctx()
    out = [TOK.sub(lambda m: render_tok(ctx, m.group(1)), ln) for ln in lines]
    return out, ctx.listed

def parse_dsl(text):
    shapes = []; cur = None
    for raw in text.split("\n"):
        if raw.startswith("=== "):
            head, src = raw[4:].split(" | ", 1)
            pn, name = head.split(" ", 1)
            cur = {"pn": pn.rstrip("*"), "new": pn.endswith("*"), "name": name.strip(), "src": src.strip(), "lines": []}
            shapes.append(cur)
        elif cur is not None:
            if raw == "" and not cur["lines"]: continue
            cur["lines"].append(raw)
    for s in shapes:
        while s["lines"] and s["lines"][-1] == "": s["lines"].pop()
    return shapes

def ok_pos(lines, secrets, used):
    joined = "\n".join(lines)
    if not secrets or not (1 <= len(lines) <= 12): return False
    for s in secrets:
        if len(s) < 8 or s not in joined or s in used: return False
    if len(set(secrets)) != len(secrets): return False
    rest = joined
    for s in sorted(secrets, key=len, reverse=True): rest = rest.replace(s, "\x00")
    for s in secrets:
        for i in range(len(s) - 5):
            if s[i:i + 6] in rest: return False
    return True

def main():
    shapes = parse_dsl(DSL)
    pos, neg = [], []
    used = set(); seen_neg = set()
    for sh in shapes:
        assert 1 <= len(sh["lines"]) <= 12, sh["name"]
        n = 3 if sh["pn"] == "P" else 5
        for _ in range(n):
            for attempt in range(200):
                lines, secrets = render(sh["lines"])
                if sh["pn"] == "P":
                    if ok_pos(lines, secrets, used):
                        used.update(secrets)
                        pos.append({"shape": sh["name"], "lines": lines, "secrets": secrets}); break
                else:
                    key = json.dumps(lines)
                    if not secrets and key not in seen_neg:
                        seen_neg.add(key); neg.append({"shape": sh["name"], "lines": lines}); break
            else:
                raise SystemExit("could not draw " + sh["name"])
    with open(os.path.join(HERE, "positives.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in pos: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "negatives.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in neg: f.write(json.dumps(r, ensure_ascii=False) + "\n")


# Shape templates. "=== P name | source" opens a positive shape, "=== N" a negative one;
# a "*" after P/N marks a shape judged a new kind. Tokens: «kind(args)» draws a value,
# «name=kind» names it, «name» repeats it, a leading $ lists it as a secret.
DSL = r"""
=== P* sdk_debuglog_flush_env_settings_dict_api_key_and_proxy | https://github.com/wandb/wandb/issues/3703
«tsw» INFO    MainThread:«pid=int(1000,99999)» [wandb_setup.py:_flush():«int(60,90)»] Current SDK version is «ver»
«tsw» INFO    MainThread:«pid» [wandb_setup.py:_flush():«int(60,90)»] Loading settings from /home/«u=user»/.config/wandb/settings
«tsw» INFO    MainThread:«pid» [wandb_setup.py:_flush():«int(60,90)»] Loading settings from environment variables: {'base_url': 'https://«h=host»', 'api_key': '«$K=wkey»', 'https_proxy': 'http://«u»:«$P=pw»@proxy.example.com:3128', 'project': '«proj»'}
«tsw» INFO    MainThread:«pid» [wandb_init.py:_log_setup():«int(500,600)»] Logging user logs to /home/«u»/wandb/run-«tsr»-«runid»/logs/debug.log
=== P sdk_debuglog_init_called_with_config_block_db_url | https://github.com/wandb/wandb/issues/3703
«tsw» INFO    MainThread:«pid=int(1000,99999)» [wandb_init.py:init():«int(600,700)»] calling init triggers
«tsw» INFO    MainThread:«pid» [wandb_init.py:init():«int(600,700)»] wandb.init called with sweep_config: {}
config: {'lr': 0.0003, 'batch_size': «int(8,256)», 'feature_store_url': 'postgresql://«user»:«$P=pw»@pg.«ch(ml|db)».svc.cluster.local:5432/features', 'epochs': «int(2,90)»}
«tsw» INFO    MainThread:«pid» [wandb_init.py:init():«int(700,800)»] starting backend
=== P sdk_debuglog_settings_repr_single_line_api_key_local_prefix | https://github.com/wandb/wandb/blob/main/wandb/sdk/wandb_settings.py
«tsw» INFO    MainThread:«pid=int(1000,99999)» [wandb_init.py:setup():«int(200,400)»] settings: Settings(allow_offline_artifacts=True, allow_val_change=False, anonymous=None, api_key='«$K=lkey»', azure_account_url_to_access_key=None, base_url='https://«host»', code_dir=None, console='auto', entity='«ent»', mode='online', project='«proj»', run_id='«runid»', save_code=False)
=== P sdk_debuglog_login_settings_dict_relogin | https://github.com/wandb/wandb/blob/main/wandb/sdk/wandb_login.py
«tsw» INFO    MainThread:«pid=int(1000,99999)» [wandb_login.py:_login():«int(280,340)»] Logging into «h=host» with relogin=True
«tsw» DEBUG   MainThread:«pid» [wandb_login.py:_update_login_settings():«int(150,200)»] login settings: {'api_key': '«$K=lkey»', 'base_url': 'https://«h»', 'anonymous': None, 'timeout': «int(10,90)»}
«tsw» INFO    MainThread:«pid» [wandb_login.py:_login():«int(280,340)»] Successfully logged in to https://«h»
=== P sdk_debuglog_azure_account_url_access_key_mapping | https://github.com/wandb/wandb/blob/main/wandb/sdk/wandb_settings.py
«tsw» INFO    MainThread:«pid=int(1000,99999)» [wandb_setup.py:_flush():«int(60,90)»] Applying login settings: {}
«tsw» INFO    MainThread:«pid» [wandb_setup.py:_flush():«int(60,90)»] Loading settings from init args: {'azure_account_url_to_access_key': {'https://«low(10)».blob.core.windows.net': '«$A=b64s(86)»=='}, 'project': '«proj»'}
=== P sdk_debuglog_traceback_locals_requests_session_headers | https://docs.python.org/3/library/traceback.html
«tsw» ERROR   MainThread:«pid=int(1000,99999)» [wandb_init.py:init():«int(1200,1300)»] error in wandb.init()
Traceback (most recent call last):
  File "/opt/conda/lib/python3.11/site-packages/wandb/sdk/internal/internal_api.py", line «int(300,400)», in execute
    return self.client.execute(*args, **kwargs)  # type: ignore
requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://«host»/graphql
    session.headers = {'User-Agent': 'W&B Internal Client «ver»', 'Authorization': 'Basic «$B=basic(api,K=wkey)»', 'X-WANDB-USERNAME': '«user»'}
=== P* sdk_debuglog_env_print_wandb_prefixed_dict_multiline | https://docs.wandb.ai/guides/track/environment-variables
«tsw» DEBUG   MainThread:«pid=int(1000,99999)» [wandb_setup.py:_flush():«int(60,90)»] wandb environment:
    WANDB_BASE_URL=https://«host»
    WANDB_ENTITY=«ent»
    WANDB_API_KEY=«$K=lkey»
    WANDB_DIR=/scratch/«user»/wandb
    WANDB_SERVICE=2-«int(1000,99999)»-tcp-localhost-«int(30000,60000)»
=== P* internal_log_service_protobuf_text_settings_api_key | https://protobuf.dev/reference/protobuf/textformat-spec/
«tsw» DEBUG   MainThread:«pid=int(1000,99999)» [server_sock.py:server_inform_init():«int(100,200)»] server_inform_init: settings {
  api_key {
    value: "«$K=wkey»"
  }
  base_url {
    value: "https://«host»"
  }
  run_id {
    value: "«runid»"
  }
}
=== P* internal_log_service_protobuf_text_inline_record_proxy | https://protobuf.dev/reference/protobuf/textformat-spec/
«tsw» DEBUG   HandlerThread:«pid=int(1000,99999)» [handler.py:handle_request():«int(140,160)»] handle_request: server_inform_init settings { https_proxy { value: "http://«user»:«$P=pw»@squid.example.com:3128" } base_url { value: "https://«host»" } x_disable_stats { value: true } }
=== P* wandb_core_json_api_request_headers_basic_array | https://github.com/wandb/wandb/pull/11428
{"time":"«tso»","level":"DEBUG","msg":"api: sending request","method":"POST","url":"https://«host»/graphql","headers":{"Authorization":["Basic «$B=basic(api,K=wkey)»"],"Content-Type":["application/json"],"User-Agent":["wandb-core"]}}
{"time":"«tso»","level":"DEBUG","msg":"api: got response","status":401,"request_id":"«hex(16)»"}
=== P wandb_core_json_stream_settings_object_api_key | https://github.com/wandb/wandb/pull/11428
{"time":"«tso»","level":"INFO","msg":"stream: starting","core version":"«ver»","symlink path":"/home/«user»/wandb/run-«tsr»-«r=runid»/logs/debug-core.log"}
{"time":"«tso»","level":"DEBUG","msg":"stream: created new stream","id":"«r»","settings":{"api_key":"«$K=lkey»","base_url":"https://«host»","entity":"«ent»","project":"«proj»"}}
=== P wandb_core_json_sender_config_value_nested_secret | https://github.com/wandb/wandb/pull/11428
{"time":"«tso»","level":"DEBUG","msg":"sender: sendConfig","config":{"_wandb":{"value":{"cli_version":"«ver»"}},"openai_api_key":{"value":"«$S=skp»"},"model":{"value":"gpt-4o-mini"}}}
=== P* wandb_core_json_proxy_url_userinfo_field | https://github.com/wandb/wandb/pull/11428
{"time":"«tso»","level":"INFO","msg":"api: using proxy for requests","https_proxy":"http://«user»:«$P=pw»@proxy.«ch(corp|lab)».example.com:8080","no_proxy":"localhost,127.0.0.1,.svc"}
=== P wandb_core_stderr_slog_text_kv_authorization | https://pkg.go.dev/log/slog#TextHandler
time=«tso» level=DEBUG msg="api: retrying request" attempt=«int(1,5)» url=https://«host»/files/«ent»/«proj»/«runid»/file_stream header.Authorization="Basic «$B=basic(api,K=wkey)»"
=== P internal_log_graphql_variables_create_api_key_response | https://github.com/wandb/wandb/blob/main/wandb/sdk/internal/internal_api.py
«tsw» DEBUG   SenderThread:«pid=int(1000,99999)» [internal_api.py:execute():«int(300,400)»] 200 response executing GraphQL.
«tsw» DEBUG   SenderThread:«pid» [internal_api.py:execute():«int(300,400)»] {"data":{"generateApiKey":{"apiKey":{"id":"«b64idstr(ApiKey:1234)»","name":"«$K=wkey»","description":"ci"}}}}
=== P internal_log_sender_send_config_record_repr | https://github.com/wandb/wandb/blob/main/wandb/sdk/internal/sender.py
«tsw» DEBUG   SenderThread:«pid=int(1000,99999)» [sender.py:send():«int(370,400)»] send: config
«tsw» DEBUG   SenderThread:«pid» [sender.py:send_config():«int(800,900)»] config record: update { key: "hf_token" value_json: "\"«$H=hf»\"" } update { key: "lr" value_json: "0.0001" }
=== P internal_log_sock_client_record_communicate_env | https://github.com/wandb/wandb/blob/main/wandb/sdk/lib/sock_client.py
«tsw» DEBUG   MainThread:«pid=int(1000,99999)» [sock_client.py:_send_message():«int(120,180)»] record: run { run_id: "«runid»" config { update { key: "AWS_SECRET_ACCESS_KEY" value_json: "\"«$S=awssk»\"" } } }
=== P* sdk_verify_signed_url_upload_failure_sts_url | https://docs.wandb.ai/ref/cli/wandb-verify/
Checking signed URL upload.............................................❌
Failed to upload file to https://«low(8)»-wandb.s3.amazonaws.com/wandb-artifacts/«hex(32)»?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«asia»%2F«tsd»%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=«tsamz»&X-Amz-Expires=3600&X-Amz-Security-Token=«$T=pct(S=sts)»&X-Amz-SignedHeaders=host&X-Amz-Signature=«$G=hex(64)»
Status code: 403
=== P sdk_verify_cors_check_gcs_v4_signature | https://docs.wandb.ai/ref/cli/wandb-verify/
Checking CORs configuration of the bucket.................................❌
Request to https://storage.googleapis.com/«low(9)»-wandb/«hex(24)»?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=wandb-sa%40«low(8)».iam.gserviceaccount.com%2F«tsd»%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=«tsamz»&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=«$G=hex(512)» failed: missing Access-Control-Allow-Origin
=== P sdk_verify_verbose_large_file_azure_sas | https://docs.wandb.ai/ref/cli/wandb-verify/
Checking large file upload...............................................❌
PUT https://«low(10)».blob.core.windows.net/wandb/«hex(20)»?sv=2022-11-02&se=«tsz»&sr=b&sp=cw&sig=«$G=pct(X=b64s(44))»%3D returned 403 AuthenticationFailed
=== P sdk_login_host_shell_xtrace_key_argument | https://docs.wandb.ai/ref/cli/wandb-login/
+ wandb login --host https://«host» --relogin «$K=lkey»
wandb: Appending key for «host» to your netrc file: /root/.netrc
=== P sdk_login_host_cloud_init_runcmd_log | https://cloudinit.readthedocs.io/en/latest/reference/modules.html#runcmd
[«tsup»] cloud-init[«int(500,2000)»]: + sudo -u «user» wandb login --host=https://«host» «$K=wkey»
[«tsup»] cloud-init[«int(500,2000)»]: wandb: Logged in as «user» to https://«host». Use `wandb login --relogin` to force relogin
=== P sdk_sync_env_prefix_ci_job_log | https://docs.wandb.ai/ref/cli/wandb-sync/
$ WANDB_BASE_URL=https://«host» WANDB_API_KEY=«$K=lkey» wandb sync --sync-all --include-offline
Find logs at: /builds/«ent»/wandb/debug-cli.«user».log
Syncing: https://«host»/«ent»/«proj»/runs/«runid» ... done.
=== P sdk_sync_debug_cli_log_request_headers_dict | https://docs.wandb.ai/ref/cli/wandb-sync/
«tsw» DEBUG   MainThread:«pid=int(1000,99999)» [connectionpool.py:_make_request():«int(440,480)»] https://«host»:443 "POST /graphql HTTP/1.1" 200 None
«tsw» DEBUG   MainThread:«pid» [internal_api.py:upload_urls():«int(1100,1300)»] headers={'Authorization': 'Bearer «$J=jwt»', 'X-WANDB-USERNAME': '«user»'}
=== P* launch_cli_config_json_resource_args_env_value | https://docs.wandb.ai/platform/launch/set-up-launch
$ wandb launch -j «ent»/«proj»/job-train:latest -q gpu-k8s -c launch.json
$ cat launch.json
{"overrides": {"run_config": {"epochs": «int(1,20)»}}, "resource_args": {"kubernetes": {"spec": {"template": {"spec": {"containers": [{"env": [{"name": "HF_TOKEN", "value": "«$H=hf»"}]}]}}}}}}
=== P launch_agent_docker_run_command_echo_env_flags | https://docs.wandb.ai/models/ref/cli/wandb-launch-agent
launch: agent «runid» polling on queues «ch(cpu-docker|gpu-local|default)», running 0 out of a maximum of 1 jobs
launch: Launching run in docker with command: docker run --rm -e WANDB_BASE_URL=https://«host» -e WANDB_API_KEY=«$K=lkey» -e WANDB_PROJECT=«proj» -e WANDB_LAUNCH=True «ent»/job-train:«hex(12)»
=== P launch_agent_config_kaniko_dockerconfig_auth_inline | https://docs.wandb.ai/platform/launch/set-up-launch
builder:
  type: kaniko
  build-context-store: s3://«low(8)»-launch-context/
  registry:
    type: ecr
    uri: «dig(12)».dkr.ecr.us-east-1.amazonaws.com/launch
  docker-config-json: '{"auths":{"registry.example.com":{"auth":"«$B=basic(robot,P=pw)»"}}}'
max_jobs: «int(1,8)»
queues:
  - gpu-k8s
=== P launch_agent_debug_log_queue_config_secret_env | https://docs.wandb.ai/platform/launch/set-up-launch
«tsw» INFO    MainThread:«pid=int(1000,99999)» [agent.py:run_job():«int(400,600)»] Launching job with queue config: {'resource': 'kubernetes', 'resource_args': {'kubernetes': {'namespace': 'launch', 'env': [{'name': 'DB_PASSWORD', 'value': '«$P=pw»'}]}}}
=== P launch_sagemaker_resource_args_static_creds | https://docs.wandb.ai/guides/launch/setup-launch-sagemaker/
launch: resource_args for sagemaker: {"RoleArn": "arn:aws:iam::«dig(12)»:role/wandb-launch", "OutputDataConfig": {"S3OutputPath": "s3://«low(8)»/out"}, "Environment": {"AWS_ACCESS_KEY_ID": "«akia»", "AWS_SECRET_ACCESS_KEY": "«$S=awssk»"}}
=== P sweep_config_yaml_command_macro_list_token_arg | https://docs.wandb.ai/guides/sweeps/define-sweep-configuration/
program: train.py
method: bayes
metric:
  name: val/loss
  goal: minimize
command:
  - ${env}
  - ${interpreter}
  - ${program}
  - --hub-token=«$H=hf»
  - ${args}
=== P* sweep_agent_stdout_run_config_tab_lines | https://docs.wandb.ai/guides/sweeps/
wandb: Agent Starting Run: «runid» with config:
wandb: 	batch_size: «int(8,128)»
wandb: 	db_uri: mysql://«user»:«$P=pw»@mysql.«ch(ml|data)».svc.cluster.local:3306/feat
wandb: 	learning_rate: 0.000«int(1,9)»
=== P sweep_controller_debug_log_sweep_config_dict | https://docs.wandb.ai/guides/sweeps/
«tsw» INFO    MainThread:«pid=int(1000,99999)» [wandb_sweep.py:sweep():«int(60,120)»] sweep_config: {'method': 'grid', 'parameters': {'api_token': {'value': '«$T=an(40)»'}, 'lr': {'values': [0.1, 0.01]}}}
=== P settings_file_default_section_api_key_and_base | https://github.com/wandb/wandb/issues/205
[default]
entity = «ent»
project = «proj»
base_url = https://«host»
api_key = «$K=lkey»
=== P netrc_three_machines_block_layout_indented | https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html
machine «host»
  login user
  password «$K=lkey»
machine api.wandb.ai
  login user
  password «$L=wkey»
machine github.com
  login «user»
  password «$G=ghp»
=== P netrc_machine_lines_with_port_host_and_account | https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html
machine «h=host»:8443 login user password «$K=lkey»
machine «low(6)».«h» login «user» account «ent» password «$P=pw»
=== P* netrc_printed_by_cat_in_notebook_output_cell_json | https://nbformat.readthedocs.io/en/latest/format_description.html
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "machine «host»\n",
      "  login user\n",
      "  password «$K=lkey»\n"
     ]
    }
   ],
=== P vol_env_file_gorilla_email_sink_smtp_uri | https://docs.wandb.ai/guides/hosting/env-vars/
HOST=https://«host»
BUCKET=s3://«low(8)»-wandb
MYSQL=mysql://wandb:«$M=pw»@mysql.«ch(db|infra)».svc.cluster.local:3306/wandb_local
GORILLA_EMAIL_SINK=smtp://«user»:«$S=pw»@smtp.example.com:587
LICENSE=«$L=jwt»
=== P vol_env_file_oidc_and_slack_client_secrets_quoted | https://docs.wandb.ai/guides/hosting/env-vars/
OIDC_ISSUER="https://login.example.com/realms/ml"
OIDC_CLIENT_ID="«uuid»"
OIDC_CLIENT_SECRET="«$O=an(32)»"
OIDC_AUTH_METHOD="pkce"
SLACK_CLIENT_ID="«dig(12)».«dig(13)»"
SLACK_SECRET="«$S=hex(32)»"
=== P vol_env_file_redis_uri_with_tls_params | https://docs.wandb.ai/guides/hosting/env-vars/
REDIS=redis://:«$R=pw»@redis-master.«ch(wandb|cache)».svc.cluster.local:6379/0?tls=true&ttlInSeconds=604800&caCertPath=/etc/ssl/certs/redis-ca.pem
=== P vol_env_file_local_restore_admin_password_line | https://docs.wandb.ai/guides/hosting/env-vars/
# written by entrypoint, do not edit
LOCAL_RESTORE=true
GORILLA_ADMIN_PASSWORD=«$P=pw»
GORILLA_ADMIN_EMAIL=«user»@example.com
=== P license_env_jwt_in_docker_run_history | https://docs.wandb.ai/guides/hosting/self-managed/bare-metal/
  «int(100,999)»  docker run -d -v wandb:/vol -p 8080:8080 -e LICENSE=«$L=jwt» --name wandb-local wandb/local:«sver»
=== P gorilla_customer_secret_store_source_with_key | https://docs.wandb.ai/guides/hosting/env-vars/
GORILLA_CUSTOMER_SECRET_STORE_SOURCE=k8s-secretmanager://wandb-secret
GORILLA_CUSTOMER_SECRET_STORE_AWS_SECRET_KEY=«$S=awssk»
GORILLA_CUSTOMER_SECRET_STORE_AWS_ACCESS_KEY=«akia»
=== P admin_console_smtp_settings_page_text_copy | https://docs.wandb.ai/guides/hosting/smtp/
System settings
Email
SMTP server
smtp.example.com
Port
587
Username
«user»@example.com
Password
«$P=pw»
Save
=== P* admin_console_auth_settings_page_oidc_client_secret_text | https://docs.wandb.ai/guides/hosting/iam/authentication/sso/
Authentication
Identity provider: OIDC
Issuer URL: https://login.example.com/oauth2/default
Client ID: «an(20)»
Client secret: «$O=an(40)»
Authentication method: Implicit (form_post)
=== P admin_console_slack_integration_page_signing_secret | https://docs.wandb.ai/guides/core/automations/create-automations/slack/
Slack integration
App ID: A«up(10)»
Client ID: «dig(12)».«dig(13)»
Client secret: «$C=hex(32)»
Signing secret: «$S=hex(32)»
=== P gorilla_zap_json_request_header_map_authorization | https://pkg.go.dev/go.uber.org/zap
{"level":"debug","ts":«tse»,"caller":"middleware/logging.go:«int(40,120)»","msg":"request","method":"POST","path":"/graphql","headers":{"Authorization":["Bearer «$J=jwt»"],"X-Request-Id":["«uuid»"]}}
=== P gorilla_zap_json_mysql_dsn_go_sql_driver | https://github.com/go-sql-driver/mysql#dsn-data-source-name
{"level":"info","ts":«tse»,"caller":"db/connect.go:«int(30,90)»","msg":"connecting to database","dsn":"wandb:«$P=pw»@tcp(mysql.«ch(db|wandb)».svc.cluster.local:3306)/wandb_local?charset=utf8mb4&parseTime=true"}
=== P gorilla_text_log_bucket_url_with_keys | https://docs.wandb.ai/guides/hosting/data-security/secure-storage-connector/
«tsg» [gorilla] INFO  file store: configured bucket s3://«akia»:«$S=pct(X=awssk)»@«low(8)»-wandb?region=us-east-1&tls=true
=== P gorilla_startup_config_dump_yaml_like | https://github.com/wandb/helm-charts
«tsg» gorilla config:
  host: https://«host»
  mysql: mysql://wandb:«$P=pw»@10.«int(0,255)».«int(0,255)».«int(1,254)»:3306/wandb
  redis: redis://default:«$R=pw»@redis:6379
  license: <set>
=== P gorilla_oidc_token_exchange_error_body | https://openid.net/specs/openid-connect-core-1_0.html#TokenErrorResponse
{"level":"error","ts":«tse»,"msg":"oidc exchange failed","error":"oauth2: cannot fetch token: 400 Bad Request\nResponse: {\"error\":\"invalid_grant\"}","code":"«$C=b64url(43)»","redirect_uri":"https://«host»/oidc/callback"}
=== P gorilla_scim_request_log_basic_header_json | https://docs.wandb.ai/guides/hosting/iam/scim/
{"level":"info","ts":«tse»,"msg":"scim request","method":"POST","path":"/scim/Users","remote":"«ip»","authorization":"Basic «$B=basic(u=user,K=lkey)»"}
=== P weave_server_uvicorn_access_query_api_key | https://weave-docs.wandb.ai/guides/tracking/tracing
INFO:     «ip»:«int(30000,60000)» - "GET /traces/stream?project_id=«ent»/«proj»&api_key=«$K=wkey» HTTP/1.1" 200 OK
=== P weave_trace_export_json_inputs_headers_authorization | https://weave-docs.wandb.ai/guides/tracking/tracing
{"id": "«uuid»", "op_name": "weave:///«ent»/«proj»/op/openai.chat.completions.create:«an(20)»", "inputs": {"model": "gpt-4o", "extra_headers": {"Authorization": "Bearer «$S=skp»"}}, "started_at": "«tsi»"}
=== P weave_trace_export_otel_span_attributes_list | https://opentelemetry.io/docs/specs/semconv/http/http-spans/
{"name": "POST", "attributes": [{"key": "http.request.header.x-api-key", "value": {"arrayValue": {"values": [{"stringValue": "«$K=an(48)»"}]}}}, {"key": "server.address", "value": {"stringValue": "api.example.com"}}]}
=== P weave_ui_call_details_inputs_copy_text | https://weave-docs.wandb.ai/guides/tracking/tracing
Inputs
  self: <OpenAI client>
  api_key: «$S=skp»
  base_url: https://llm-gw.example.com/v1
Output
  choices: [1 item]
=== P parquet_worker_log_dsn_json_field | https://github.com/wandb/helm-charts
{"level":"info","time":"«tsi»","service":"parquet","msg":"history store connected","mysql":"mysql://wandb_parquet:«$P=pw»@«ip»:3306/wandb_local"}
=== P parquet_worker_text_log_bucket_session_token | https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html
«tsg» parquet: uploading export «hex(16)» to s3 with session credentials access_key=«asia» secret_key=«$S=awssk» session_token=«$T=sts»
=== P console_node_log_request_cookie_header | https://github.com/pinojs/pino
{"level":30,"time":«tsms»,"pid":«int(10,999)»,"hostname":"wandb-console-«low(10)»-«low(5)»","req":{"method":"GET","url":"/console/settings","headers":{"cookie":"wandb_session=«$C=b64url(64)»; theme=dark"}},"msg":"request completed"}
=== P frontend_nginx_access_log_oidc_fragmentless_code | https://nginx.org/en/docs/http/ngx_http_log_module.html
«ip» - - [«tsc»] "GET /oidc/callback?code=«$C=b64url(43)»&state=«hex(32)» HTTP/1.1" 302 0 "https://login.example.com/" "Mozilla/5.0 (X11; Linux x86_64)"
=== P frontend_nginx_error_log_request_and_upstream_token | https://nginx.org/en/docs/ngx_core_module.html#error_log
«tsg» [error] 31#31: *«int(100,9999)» upstream timed out (110: Connection timed out) while reading response header from upstream, client: «ip», server: , request: "GET /api/v1/export?token=«$T=an(40)» HTTP/1.1", upstream: "http://127.0.0.1:8081/api/v1/export?token=«T»", host: "«host»"
=== P frontend_nginx_debug_log_http_header_authorization | https://nginx.org/en/docs/debugging_log.html
«tsg» [debug] 33#33: *«int(100,9999)» http header: "Host: «host»"
«tsg» [debug] 33#33: *«int(100,9999)» http header: "Authorization: Basic «$B=basic(api,K=lkey)»"
«tsg» [debug] 33#33: *«int(100,9999)» http header done
=== P audit_log_webhook_update_slack_url_field | https://docs.wandb.ai/guides/hosting/monitoring-usage/audit-logging/
{"timestamp":"«tsz»","action":"integration:update","actor_user_id":"«b64idstr(User:42)»","entity_name":"«ent»","target_integration":"slack","request":{"url":"«$W=slackhook»"},"response_code":200}
=== P audit_log_user_create_with_initial_password | https://docs.wandb.ai/guides/hosting/monitoring-usage/audit-logging/
{"timestamp":"«tsz»","action":"user:create","actor_user_id":"«b64idstr(User:1)»","target_user":"«user»@example.com","payload":{"email":"«user»@example.com","password":"«$P=pw»","admin":false},"actor_ip":"«ip»"}
=== P scim_curl_verbose_basic_header | https://docs.wandb.ai/guides/hosting/iam/scim/
> POST /scim/Users HTTP/1.1
> Host: «host»
> Authorization: Basic «$B=basic(u=user,K=lkey)»
> Content-Type: application/scim+json
=== P scim_curl_user_flag_shell_history | https://docs.wandb.ai/guides/hosting/iam/scim/
  «int(100,999)»  curl -s -u «user»@example.com:«$K=lkey» https://«host»/scim/Groups?filter=displayName%20eq%20%22ml%22
=== P scim_python_requests_auth_tuple_traceback | https://docs.wandb.ai/guides/hosting/iam/scim/
Traceback (most recent call last):
  File "/opt/scripts/sync_groups.py", line «int(10,90)», in <module>
    r = requests.patch(f"{base}/scim/Groups/{gid}", auth=("«user»", "«$K=wkey»"), json=ops)
requests.exceptions.ConnectionError: HTTPSConnectionPool(host='«host»', port=443): Max retries exceeded
=== P rest_graphql_curl_bearer_api_key_history | https://docs.wandb.ai/guides/hosting/iam/authentication/
curl -sS https://«host»/graphql -H "Authorization: Bearer «$K=lkey»" -H 'Content-Type: application/json' -d '{"query":"{ viewer { username } }"}'
=== P rest_api_httpie_request_echo_x_api_key | https://httpie.io/docs/cli/request-items
GET /api/v1/artifacts/«ent»/«proj» HTTP/1.1
Accept: application/json
Host: «host»
X-Api-Key: «$K=wkey»
User-Agent: HTTPie/3.2.2
=== P oidc_implicit_fragment_in_har_redirect_url | http://www.softwareishard.com/blog/har-12-spec/
        "response": {
          "status": 302,
          "statusText": "Found",
          "redirectURL": "https://«host»/oidc/callback#id_token=«$I=jwt»&access_token=«$A=jwt»&token_type=Bearer&state=«hex(24)»",
          "headersSize": -1,
=== P* oidc_form_post_har_postdata_params_id_token | https://openid.net/specs/oauth-v2-form-post-response-mode-1_0.html
          "postData": {
            "mimeType": "application/x-www-form-urlencoded",
            "params": [
              {"name": "code", "value": "«$C=b64url(43)»"},
              {"name": "id_token", "value": "«$I=jwt»"},
              {"name": "state", "value": "«hex(32)»"}
            ]
          }
=== P oidc_form_post_body_http_client_send_bytes | https://docs.python.org/3/library/http.client.html#http.client.HTTPConnection.set_debuglevel
send: b'POST /oidc/callback HTTP/1.1\r\nHost: «host»\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n'
send: b'code=«$C=b64url(43)»&state=«hex(12)»'
reply: 'HTTP/1.1 302 Found\r\n'
=== P oidc_token_response_json_pretty_access_and_refresh | https://openid.net/specs/openid-connect-core-1_0.html#TokenResponse
{
  "token_type": "Bearer",
  "expires_in": 3600,
  "access_token": "«$A=jwt»",
  "refresh_token": "«$R=an(48)»",
  "id_token": "«$I=jwt»",
  "scope": "openid profile email"
}
=== P oidc_azure_token_request_body_client_secret | https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow
POST /«uuid»/oauth2/v2.0/token HTTP/1.1
Host: login.microsoftonline.com
Content-Type: application/x-www-form-urlencoded

client_id=«uuid»&scope=openid%20profile%20email&code=«$C=b64url(60)»&redirect_uri=https%3A%2F%2F«host»%2Foidc%2Fcallback&grant_type=authorization_code&client_secret=«$S=pct(X=pw(34))»
=== P oidc_squid_access_log_callback_url | http://www.squid-cache.org/Doc/config/logformat/
«tse»    «int(10,900)» «ip» TCP_MISS/302 «int(300,900)» GET https://«host»/oidc/callback?code=«$C=b64url(43)»&state=«hex(16)» - HIER_DIRECT/«ip» text/html
=== P oidc_browser_cookie_header_session_and_state | https://datatracker.ietf.org/doc/html/rfc6265
GET /home HTTP/2
Host: «host»
Cookie: wandb_session=«$S=b64url(86)»; oidc_state=«hex(32)»; _ga=GA1.1.«dig(10)».«dig(10)»
Sec-Fetch-Mode: navigate
=== P oidc_set_cookie_session_response_header_har | http://www.softwareishard.com/blog/har-12-spec/
            {"name": "set-cookie", "value": "wandb_session=«$S=b64url(86)»; Path=/; Expires=«tsh»; HttpOnly; Secure; SameSite=Lax"},
            {"name": "x-request-id", "value": "«uuid»"},
=== P oidc_keycloak_event_log_code_to_token | https://www.keycloak.org/server/logging
«tsw» WARN  [org.keycloak.events] (executor-thread-«int(1,40)») type="CODE_TO_TOKEN_ERROR", realmId="«uuid»", clientId="wandb", userId="null", ipAddress="«ip»", error="invalid_client_credentials", grant_type="authorization_code", code_id="«uuid»", client_auth_method="client-secret", client_secret="«$S=an(32)»"
=== P oidc_okta_system_log_debug_context_url | https://developer.okta.com/docs/reference/api/system-log/
"debugContext": {"debugData": {"requestUri": "/oauth2/default/v1/authorize", "url": "/oauth2/default/v1/authorize?client_id=«an(20)»&response_type=id_token%20token&response_mode=fragment&redirect_uri=https%3A%2F%2F«host»%2Foidc%2Fcallback&login_hint=«user»&sessionToken=«$T=an(50)»"}}
=== P oidc_sso_debug_curl_location_header_fragment | https://openid.net/specs/oauth-v2-multiple-response-types-1_0.html
< HTTP/1.1 302 Found
< Location: https://«host»/login/callback#access_token=«$A=jwt»&token_type=Bearer&expires_in=3600&scope=openid
< Cache-Control: no-store
=== P* webhook_test_request_echo_bearer_and_secret_payload | https://docs.wandb.ai/guides/core/automations/create-automations/webhook/
POST /hooks/wandb HTTP/1.1
Host: ci.example.com
Authorization: Bearer «$A=an(40)»
Content-Type: application/json

{"event_type": "LINK_ARTIFACT", "event_author": "«user»", "artifact_version": "wandb-artifact://_id/«b64idstr(ArtifactVersion:99)»", "deploy_secret": "«$S=pw(28)»"}
=== P webhook_github_repository_dispatch_token_header_curl | https://docs.github.com/en/rest/repos/repos#create-a-repository-dispatch-event
curl -X POST https://api.github.com/repos/«ent»/deploy/dispatches -H "Accept: application/vnd.github+json" -H "Authorization: token «$G=ghp»" -d '{"event_type": "BUILD_AND_DEPLOY", "client_payload": {"artifact_version_string": "${artifact_version_string}"}}'
=== P webhook_automation_gorilla_delivery_log | https://docs.wandb.ai/guides/core/automations/create-automations/webhook/
{"level":"warn","ts":«tse»,"msg":"webhook delivery failed","automation":"«b64idstr(Trigger:17)»","url":"https://ci.example.com/generic-webhook-trigger/invoke?token=«$T=an(32)»","status":404,"attempt":«int(1,4)»}
=== P webhook_payload_gitlab_trigger_token_form | https://docs.gitlab.com/ee/ci/triggers/
{"event_type": "${event_type}", "ref": "main", "token": "«$T=hex(32)»", "variables": {"RUN": "${run_name}"}}
=== P webhook_microsoft_teams_incoming_url_in_payload_log | https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook
«tsg» automation «b64idstr(Trigger:5)» POST https://example.webhook.office.com/webhookb2/«uuid»@«uuid»/IncomingWebhook/«$W=hex(32)»/«uuid»/«an(8)» -> 400
=== P integration_slack_bot_token_env_printenv | https://api.slack.com/authentication/token-types
SLACK_BOT_TOKEN=«$X=xoxb»
SLACK_SIGNING_SECRET=«$S=hex(32)»
WANDB_PROJECT=«proj»
=== P integration_github_actions_env_dump_step | https://docs.github.com/en/actions/learn-github-actions/variables
«tsn» env:
«tsn»   WANDB_BASE_URL: https://«host»
«tsn»   WANDB_API_KEY: «$K=lkey»
«tsn»   WANDB_ENTITY: «ent»
=== P* integration_sagemaker_secrets_env_file | https://docs.wandb.ai/guides/integrations/sagemaker/
WANDB_API_KEY=«$K=wkey»
WANDB_BASE_URL=https://«host»
=== P integration_sagemaker_hyperparameters_json_api_key | https://docs.aws.amazon.com/sagemaker/latest/dg/your-algorithms-training-algo-running-container.html
{"epochs": "«int(1,30)»", "wandb_api_key": "«$K=wkey»", "sagemaker_program": "train.py", "sagemaker_region": "\"us-west-2\""}
=== P integration_kubeflow_pipeline_spec_env_value | https://docs.wandb.ai/guides/integrations/kubeflow-pipelines-kfp/
        env:
        - name: WANDB_API_KEY
          value: «$K=lkey»
        - name: WANDB_BASE_URL
          value: https://«host»
=== P integration_hf_trainer_args_repr_hub_token | https://huggingface.co/docs/transformers/main_classes/trainer
TrainingArguments(
_n_gpu=«int(1,8)»,
hub_model_id=«ent»/bert-ft,
hub_private_repo=True,
hub_token=«$H=hf»,
report_to=['wandb'],
run_name=«runid»,
=== P integration_lightning_hparams_yaml_wandb_key | https://lightning.ai/docs/pytorch/stable/extensions/generated/lightning.pytorch.loggers.WandbLogger.html
lr: 0.001
batch_size: «int(8,256)»
wandb:
  project: «proj»
  api_key: «$K=lkey»
  host: https://«host»
=== P integration_ray_job_runtime_env_print | https://docs.ray.io/en/latest/ray-core/handling-dependencies.html
«tsw»	INFO job_manager.py:«int(500,600)» -- Starting job with submission_id: raysubmit_«an(16)»
«tsw»	INFO job_manager.py:«int(500,600)» -- runtime_env: {'env_vars': {'WANDB_API_KEY': '«$K=wkey»', 'WANDB_BASE_URL': 'https://«host»'}, 'working_dir': 'gcs://_ray_pkg_«hex(16)».zip'}
=== P integration_ray_tune_trial_config_table_api_key | https://docs.ray.io/en/latest/tune/examples/tune-wandb.html
+-----------------------+----------+--------------------------------------------+
| Trial name            | status   | wandb/api_key                              |
|-----------------------+----------+--------------------------------------------|
| train_fn_«hex(5)»_00000 | RUNNING  | «$K=wkey»   |
+-----------------------+----------+--------------------------------------------+
=== P notebook_source_cell_environ_assignment_json | https://nbformat.readthedocs.io/en/latest/format_description.html
   "source": [
    "import os\n",
    "os.environ[\"WANDB_BASE_URL\"] = \"https://«host»\"\n",
    "os.environ[\"WANDB_API_KEY\"] = \"«$K=lkey»\"\n",
    "import wandb"
   ]
=== P notebook_output_cell_login_echo_stream_text | https://nbformat.readthedocs.io/en/latest/format_description.html
     "text": [
      "wandb: Currently logged in as: «user» («ent»). Use `wandb login --relogin` to force relogin\n",
      "wandb: WARNING If you're specifying your api key in code, ensure this code is not shared publicly.\n",
      "wandb: Appending key for «host» to your netrc file: /root/.netrc\n",
      "login(key='«$K=lkey»', host='https://«host»')\n"
     ]
=== P* notebook_output_cell_settings_repr_execute_result | https://nbformat.readthedocs.io/en/latest/format_description.html
   "outputs": [
    {
     "data": {
      "text/plain": [
       "Settings(api_key='«$K=wkey»', base_url='https://«host»', entity='«ent»')"
      ]
     },
     "execution_count": «int(1,60)»,
     "output_type": "execute_result"
    }
=== P notebook_colab_userdata_print_output | https://docs.wandb.ai/quickstart/
In [«int(2,40)»]: from google.colab import userdata; key = userdata.get('WANDB_KEY'); print(key)
«$K=wkey»
=== P notebook_bang_command_login_source_line | https://nbformat.readthedocs.io/en/latest/format_description.html
    "!wandb login --host https://«host» «$K=lkey»"
=== P operator_wandb_values_global_email_smtp_password | https://github.com/wandb/helm-charts
global:
  host: https://«host»
  email:
    smtp:
      host: smtp.example.com
      port: 587
      user: «user»@example.com
      password: «$P=pw»
=== P operator_wandb_values_global_auth_oidc_secret | https://github.com/wandb/helm-charts
global:
  auth:
    sessionLengthHours: 720
    oidc:
      clientId: «an(20)»
      secret: «$O=an(40)»
      authMethod: implicit
      issuer: https://login.example.com/oauth2/default
=== P operator_wandb_values_global_slack_and_license | https://github.com/wandb/helm-charts
global:
  license: «$L=jwt»
  slack:
    clientId: "«dig(12)».«dig(13)»"
    secret: «$S=hex(32)»
=== P operator_cr_spec_values_bucket_keys_yaml | https://github.com/wandb/operator
apiVersion: apps.wandb.com/v1
kind: WeightsAndBiases
metadata:
  name: wandb
spec:
  values:
    global:
      bucket:
        provider: s3
        name: «low(8)»-wandb
        accessKey: «akia»
        secretKey: «$S=awssk»
=== P operator_reconcile_log_values_json_redis_password | https://github.com/wandb/operator
«tsi»	INFO	controller.weightsandbiases	applying desired spec	{"namespace": "default", "name": "wandb", "values": {"global": {"redis": {"host": "redis.«ch(cache|wandb)».svc", "port": 6379, "password": "«$R=pw»"}}}}
=== P helm_template_debug_wandb_secret_stringdata_mysql | https://github.com/wandb/helm-charts
---
# Source: operator-wandb/templates/secrets.yaml
apiVersion: v1
kind: Secret
metadata:
  name: wandb-mysql
type: Opaque
stringData:
  MYSQL_PASSWORD: «$P=pw»
  MYSQL_ROOT_PASSWORD: «$Q=pw»
=== P helm_install_set_flags_bucket_and_oidc | https://helm.sh/docs/helm/helm_install/
$ helm upgrade --install wandb wandb/operator-wandb -n wandb --set global.host=https://«host» --set global.bucket.secretKey=«$S=awssk» --set global.auth.oidc.secret=«$O=an(40)»
=== P kubectl_get_secret_wandb_license_data_base64 | https://kubernetes.io/docs/concepts/configuration/secret/
apiVersion: v1
data:
  license: «$L=b64of(X=an(60))»
  password: «$P=b64of(Y=pw(20))»
kind: Secret
metadata:
  name: wandb-license
=== P kubectl_logs_wandb_app_env_echo_mysql_uri | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_logs/
[pod/«pod=low(10)»-«low(5)»/app] MYSQL=mysql://wandb_local:«$P=pw»@«ip»:3306/wandb_local
[pod/«pod»-«low(5)»/app] BUCKET=gs://«low(8)»-wandb
=== P kubectl_describe_pod_wandb_weave_env_clickhouse | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_describe/
    Environment:
      WF_CLICKHOUSE_HOST:      clickhouse.«ch(wandb|ch)».svc.cluster.local
      WF_CLICKHOUSE_USER:      weave
      WF_CLICKHOUSE_PASS:      «$P=pw»
      WANDB_BASE_URL:          https://«host»
=== P sdk_wandb_metadata_json_args_api_key_flag | https://docs.wandb.ai/guides/runs/
{
    "os": "Linux-5.15.0-«int(50,120)»-generic-x86_64-with-glibc2.35",
    "python": "CPython 3.11.«int(1,9)»",
    "args": [
        "--epochs",
        "«int(1,100)»",
        "--wandb-key",
        "«$K=wkey»"
    ],
=== P sdk_output_log_printed_env_in_training_script | https://docs.wandb.ai/guides/runs/
Epoch 1/«int(2,20)»
Using config: {'data_bucket': 's3://«low(8)»', 'aws_secret_access_key': '«$S=awssk»', 'aws_access_key_id': '«akia»'}
«int(10,99)»%|████      | «int(10,99)»/«int(100,200)» [00:«int(10,59)»<00:«int(10,59)», «int(1,9)».«int(10,99)»it/s]
=== P sdk_config_yaml_hydra_nested_credentials | https://docs.wandb.ai/guides/track/config/
_wandb:
  desc: null
  value:
    cli_version: «ver»
db:
  desc: null
  value:
    host: pg.example.com
    password: «$P=pw»
=== P sdk_requirements_private_index_w_token_user | https://pip.pypa.io/en/stable/reference/requirements-file-format/
--index-url https://__token__:«$T=an(40)»@pypi.example.com/simple
wandb==«ver»
torch==2.«int(0,5)».«int(0,3)»
=== P sdk_debug_cli_log_artifact_download_presigned | https://docs.wandb.ai/guides/artifacts/
«tsw» DEBUG   MainThread:«pid=int(1000,99999)» [connectionpool.py:_make_request():«int(440,480)»] https://«low(8)»-wandb.s3.us-east-1.amazonaws.com:443 "GET /wandb_artifacts/«dig(6)»/«dig(9)»/«hex(32)»?AWSAccessKeyId=«akia»&Signature=«$G=pct(X=b64s(27))»%3D&Expires=«int(1700000000,1760000000)» HTTP/1.1" 200 «int(1000,99999)»
=== P sdk_artifact_reference_s3_uri_with_inline_creds_manifest | https://docs.wandb.ai/guides/artifacts/track-external-files/
    "ref": "s3://«akia»:«$S=pct(X=awssk)»@«low(8)»-data/train/part-«int(0,99)».parquet",
    "digest": "«hex(32)»",
    "size": «int(1000,999999)»
=== P sdk_service_port_file_and_token_env | https://github.com/wandb/wandb/blob/main/wandb/sdk/lib/service_token.py
«tsw» DEBUG   MainThread:«pid=int(1000,99999)» [service_connection.py:connect_to_service():«int(60,90)»] environ WANDB_SERVICE=2-«pid»-tcp-localhost-«int(30000,60000)» WANDB_API_KEY=«$K=lkey»
=== P sdk_debug_log_teardown_exception_url_with_key_param | https://github.com/wandb/wandb/issues/3703
«tsw» ERROR   MainThread:«pid=int(1000,99999)» [wandb_run.py:_on_finish():«int(2000,2600)»] upload failed: HTTPError('403 Client Error: Forbidden for url: https://«host»/files/«ent»/«proj»/«runid»/file_stream?api_key=«$K=wkey»')
=== P sdk_wandb_core_debug_core_log_gql_client_retry | https://github.com/wandb/wandb/pull/11428
{"time":"«tso»","level":"WARN","msg":"api: retrying HTTP error","status":502,"url":"https://«user»:«$K=lkey»@«host»/graphql","body":"Bad Gateway"}
=== P sdk_launch_agent_helm_values_aws_creds_file_inline | https://github.com/wandb/helm-charts/tree/main/charts/launch-agent
awsCredentials: |
  [default]
  aws_access_key_id = «akia»
  aws_secret_access_key = «$S=awssk»
=== P sdk_launch_agent_gitcreds_https_url_in_log | https://docs.wandb.ai/platform/launch/set-up-launch
launch: Fetching git repository https://x-access-token:«$G=ghp»@github.com/«ent»/train.git at ref main
launch: Checked out commit «gid»
=== P sdk_launch_job_input_json_registry_password | https://docs.wandb.ai/platform/launch/set-up-launch
{"registry": {"url": "registry.example.com/ml", "username": "«user»", "password": "«$P=pw»"}, "builder": {"type": "docker"}}
=== P sdk_launch_vertex_spec_env_list_json | https://docs.wandb.ai/guides/launch/setup-vertex/
{"spec": {"worker_pool_specs": [{"container_spec": {"env": [{"name": "WANDB_API_KEY", "value": "«$K=wkey»"}]}, "machine_spec": {"machine_type": "n1-standard-4"}}]}}
=== P sdk_login_prompt_transcript_pasted_key_visible | https://docs.wandb.ai/ref/cli/wandb-login/
wandb: Logging into «host». (Learn how to deploy a W&B server locally: https://wandb.me/wandb-server)
wandb: You can find your API key in your browser here: https://«host»/authorize
wandb: Paste an API key from your profile and hit enter, or press ctrl+c to quit: «$K=lkey»
wandb: Appending key for «host» to your netrc file: /home/«user»/.netrc
=== P sdk_python_logging_basic_config_requests_urllib3_auth | https://urllib3.readthedocs.io/en/stable/user-guide.html
DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): «host»:443
DEBUG:wandb.apis.public:Headers: {'Authorization': 'Basic «$B=basic(api,K=lkey)»'}
DEBUG:urllib3.connectionpool:https://«host»:443 "POST /graphql HTTP/1.1" 200 None
=== P server_gorilla_panic_struct_value_secret_field | https://go.dev/doc/effective_go#panic
panic: invalid redis config: &config.Redis{Addr:"redis:6379", Username:"default", Password:"«$P=pw»", DB:0, TLS:false}

goroutine 1 [running]:
main.main()
	/go/src/gorilla/cmd/gorilla/main.go:«int(50,300)» +0x«hex(3)»
=== P server_flat_run_fields_updater_log_mysql_dsn_text | https://github.com/wandb/helm-charts
«tsi» INFO flat-run-fields-updater starting dsn=wandb:«$P=pw»@tcp(«ip»:3306)/wandb_local batch=«int(100,1000)»
=== P server_filemeta_log_gcs_service_account_key_field | https://cloud.google.com/iam/docs/keys-create-delete
{"severity":"DEBUG","message":"gcs client init","credentials":{"type":"service_account","project_id":"«low(8)»","private_key_id":"«$I=hex(40)»","client_email":"wandb@«low(8)».iam.gserviceaccount.com"}}
=== P server_azure_storage_connection_string_log | https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string
«tsg» [gorilla] DEBUG blob store: DefaultEndpointsProtocol=https;AccountName=«low(10)»;AccountKey=«$A=b64s(86)»==;EndpointSuffix=core.windows.net
=== P server_ldap_bind_password_settings_dump | https://docs.wandb.ai/guides/hosting/iam/authentication/ldap/
LDAP settings: address=ldaps://ldap.example.com:636 baseDN=dc=example,dc=com adminDN=cn=admin,dc=example,dc=com adminPassword=«$P=pw» userAttr=uid
=== P server_frontend_sentry_breadcrumb_url_token | https://develop.sentry.dev/sdk/data-model/event-payloads/breadcrumbs/
{"type": "http", "category": "fetch", "data": {"method": "GET", "url": "https://«host»/api/v1/reports/share?accessToken=«$T=an(32)»", "status_code": 200}, "timestamp": «tse»}
=== P server_console_cli_reset_admin_output | https://docs.wandb.ai/guides/hosting/
$ kubectl exec -n wandb deploy/wandb-app -- /usr/local/bin/local password «user»@example.com
Generated temporary password for «user»@example.com: «$P=pw»
=== P server_mysql_cli_service_account_api_key_row | https://docs.wandb.ai/guides/hosting/
| id | name                 | api_key                                  | created_at          |
+----+----------------------+------------------------------------------+---------------------+
| «int(10,99)» | ci-bot-«low(4)»          | «$K=wkey» | «tsq»     |
=== P server_redis_cli_get_session_key_output | https://redis.io/docs/latest/develop/tools/cli/
redis-master-0:6379> GET gorilla:session:«hex(16)»
"{\"user_id\":«int(1,999)»,\"access_token\":\"«$A=jwt»\"}"
=== P* sdk_rich_console_ansi_wandb_prefix_key_echo | https://rich.readthedocs.io/en/stable/console.html
«ESC»[34m«ESC»[1mwandb«ESC»[0m: Using explicit session credentials for https://«host»
«ESC»[34m«ESC»[1mwandb«ESC»[0m: api_key=«ESC»[33m«$K=lkey»«ESC»[0m
=== P sdk_settings_file_windows_crlf_base_url_api_key | https://github.com/wandb/wandb/issues/205
[default]«CR»
base_url = https://«host»«CR»
api_key = «$K=wkey»«CR»
=== P* sdk_netrc_windows_underscore_netrc_bom_first_line | https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html
«BOM»machine «host»«CR»
	login user«CR»
	password «$K=lkey»«CR»
=== P ticket_export_json_escaped_twice_debug_log_line | https://docs.wandb.ai/guides/hosting/
{"ticket": «int(10000,99999)», "body": "{\"attachment\": \"debug.log\", \"excerpt\": \"Loading settings from environment variables: {'api_key': '«$K=wkey»'}\\\\n\"}"}
=== P wandb_core_json_unicode_escaped_password_amp | https://github.com/wandb/wandb/pull/11428
{"time":"«tso»","level":"DEBUG","msg":"api: proxy","proxy":"http://«user»:«$P=pw(10)»\u0026«$Q=pw(10)»@proxy.example.com:3128"}
=== P helm_values_base64_encoded_mysql_password_field | https://github.com/wandb/helm-charts
mysql:
  host: mysql.«ch(db|wandb)».svc.cluster.local
  passwordBase64: «$P=b64of(X=pw(22))»
=== P har_entry_graphql_create_service_account_auth_header | http://www.softwareishard.com/blog/har-12-spec/
          "postData": {
            "mimeType": "application/json",
            "text": "{\"operationName\":\"CreateServiceAccount\",\"variables\":{\"name\":\"ci\"},\"query\":\"mutation\"}"
          },
          "headers": [{"name": "Authorization", "value": "Bearer «$K=lkey»"}]
=== P har_websocket_messages_auth_frame | https://developer.chrome.com/docs/devtools/network/reference/#frames
        "_webSocketMessages": [
          {"type": "send", "time": «tse», "opcode": 1, "data": "{\"type\":\"auth\",\"token\":\"«$T=jwt»\"}"},
          {"type": "receive", "time": «tse», "opcode": 1, "data": "{\"type\":\"ok\"}"}
        ],
=== P har_request_url_sso_complete_session_token | http://www.softwareishard.com/blog/har-12-spec/
          "url": "https://«host»/api/v1/auth/sso/complete?session_token=«$T=an(48)»&next=%2Fhome",
=== P har_local_storage_export_apollo_token | https://developer.chrome.com/docs/devtools/storage/localstorage
Key	Value
wandb:lastEntity	«ent»
auth0.spajs.txs	{"nonce":"«an(20)»","code_verifier":"«$V=b64url(43)»","scope":"openid profile email"}
wandb:accessToken	«$A=jwt»
=== P browser_devtools_copy_as_curl_cookie_flag | https://developer.chrome.com/docs/devtools/network/reference/#copy
curl 'https://«host»/graphql' \
  -H 'accept: */*' \
  -b 'wandb_session=«$S=b64url(86)»; wandb_session_exp=«int(1700000000,1760000000)»' \
  -H 'content-type: application/json' \
=== P browser_devtools_copy_as_fetch_headers_object | https://developer.chrome.com/docs/devtools/network/reference/#copy
fetch("https://«host»/graphql", {
  "headers": {
    "authorization": "Bearer «$A=jwt»",
    "content-type": "application/json"
  },
  "method": "POST"
});
=== P browser_devtools_copy_as_powershell_websession | https://developer.chrome.com/docs/devtools/network/reference/#copy
$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession
$session.Cookies.Add((New-Object System.Net.Cookie("wandb_session", "«$S=b64url(86)»", "/", "«host»")))
Invoke-WebRequest -UseBasicParsing -Uri "https://«host»/graphql" -WebSession $session
=== P gorilla_request_log_query_string_map_access_token | https://pkg.go.dev/go.uber.org/zap
{"level":"info","ts":«tse»,"msg":"served","path":"/api/v1/artifacts/download","query":{"access_token":["«$A=an(40)»"],"expires":["«int(1700000000,1760000000)»"]},"status":200,"latency_ms":«int(1,900)»}
=== P gorilla_text_log_logfmt_quoted_slack_token | https://brandur.org/logfmt
time="«tsz»" level=debug msg="slack notify" channel="#ml-alerts" token="«$X=xoxb»" status=200
=== P weave_trace_server_log_clickhouse_dsn_password | https://weave-docs.wandb.ai/guides/tracking/tracing
«tsw» INFO weave.trace_server.clickhouse: connecting to clickhousedb://weave:«$P=pw»@clickhouse:8123/weave
=== P weave_python_client_init_debug_remote_headers | https://weave-docs.wandb.ai/guides/tracking/tracing
DEBUG:weave.trace_server_bindings.remote_http_trace_server:headers={'Authorization': 'Basic «$B=basic(api,K=wkey)»', 'Content-Type': 'application/json'}
=== P integration_hf_hub_login_token_output_cell | https://huggingface.co/docs/huggingface_hub/quick-start#login
>>> from huggingface_hub import login; login(token="«$H=hf»")
Token has not been saved to git credential helper.
Your token has been saved to /root/.cache/huggingface/token
=== P integration_openai_env_and_wandb_in_dotenv | https://docs.wandb.ai/guides/integrations/openai-api/
OPENAI_API_KEY=«$S=skp»
WANDB_API_KEY=«$K=wkey»
WANDB_PROJECT=«proj»
=== P integration_mlflow_style_tracking_uri_with_creds_wandb | https://mlflow.org/docs/latest/auth/index.html
«tsw» INFO train.py: tracking to https://«user»:«$P=pw»@mlflow.example.com and wandb https://«host»
=== P integration_kubeflow_notebook_poddefault_env | https://www.kubeflow.org/docs/components/notebooks/
apiVersion: kubeflow.org/v1alpha1
kind: PodDefault
spec:
  env:
  - name: WANDB_API_KEY
    value: "«$K=lkey»"
=== P integration_airflow_connection_uri_extra_wandb | https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html
AIRFLOW_CONN_WANDB_DEFAULT='http://api:«$K=wkey»@«host»:443/?__extra__=%7B%22entity%22%3A+%22«ent»%22%7D'
=== P integration_docker_compose_wandb_local_env_list | https://docs.docker.com/compose/compose-file/05-services/#environment
    environment:
      - LICENSE=«$L=jwt»
      - MYSQL=mysql://wandb:«$P=pw»@db:3306/wandb_local
      - BUCKET=s3://minio:«$S=pw»@minio:9000/wandb?tls=false
=== P sdk_debug_internal_file_pusher_upload_url_sas | https://github.com/wandb/wandb/blob/main/wandb/filesync/upload_job.py
«tsw» DEBUG   Thread-«int(10,30)» :«pid=int(1000,99999)» [upload_job.py:push():«int(80,140)»] Uploading file output.log to: https://«low(10)».blob.core.windows.net/wandb/«hex(16)»/output.log?se=«tsz»&sp=cw&sv=2021-08-06&sr=b&sig=«$G=pct(X=b64s(44))»%3D
=== P sdk_debug_internal_gcs_v2_signed_upload | https://cloud.google.com/storage/docs/access-control/signed-urls-v2
«tsw» DEBUG   Thread-«int(10,30)» :«pid=int(1000,99999)» [upload_job.py:push():«int(80,140)»] Uploading file wandb-summary.json to: https://storage.googleapis.com/«low(8)»-wandb/«hex(16)»/wandb-summary.json?GoogleAccessId=wandb%40«low(8)».iam.gserviceaccount.com&Expires=«int(1700000000,1760000000)»&Signature=«$G=pct(X=b64s(342))»%3D%3D
=== P sdk_sweep_yaml_env_interpolation_literal_value | https://docs.wandb.ai/guides/sweeps/define-sweep-configuration/
parameters:
  dataset_uri:
    value: s3://«low(8)»/train
  registry_password:
    value: «$P=pw»
  lr:
    min: 0.0001
    max: 0.1
=== N neg_sdk_debuglog_flush_env_settings_without_key | https://github.com/wandb/wandb/issues/3703
«tsw» INFO    MainThread:«pid=int(1000,99999)» [wandb_setup.py:_flush():«int(60,90)»] Loading settings from /home/«u=user»/.config/wandb/settings
«tsw» INFO    MainThread:«pid» [wandb_setup.py:_flush():«int(60,90)»] Loading settings from environment variables: {'base_url': 'https://«host»', 'project': '«proj»', 'root_dir': '/home/«u»/exp'}
«tsw» INFO    MainThread:«pid» [wandb_init.py:_log_setup():«int(500,600)»] Logging internal logs to /home/«u»/wandb/run-«tsr»-«runid»/logs/debug-internal.log
=== N neg_sdk_settings_repr_api_key_none_and_masked | https://github.com/wandb/wandb/blob/main/wandb/sdk/wandb_settings.py
«tsw» INFO    MainThread:«pid=int(1000,99999)» [wandb_init.py:setup():«int(200,400)»] settings: Settings(api_key=«ch(None|'***')», base_url='https://«host»', entity='«ent»', project='«proj»', run_id='«runid»', save_code=False)
=== N neg_sdk_env_print_key_file_path_and_service_token | https://docs.wandb.ai/guides/track/environment-variables
«tsw» DEBUG   MainThread:«pid=int(1000,99999)» [wandb_setup.py:_flush():«int(60,90)»] wandb environment:
    WANDB_BASE_URL=https://«host»
    WANDB_API_KEY_FILE=/var/run/secrets/wandb/«ch(api-key|key|token)»
    WANDB_PROJECT=«proj»
    WANDB_SERVICE=2-«int(1000,99999)»-tcp-localhost-«int(30000,60000)»
=== N* neg_internal_log_protobuf_settings_base_url_run_id_only | https://protobuf.dev/reference/protobuf/textformat-spec/
«tsw» DEBUG   MainThread:«pid=int(1000,99999)» [server_sock.py:server_inform_init():«int(100,200)»] server_inform_init: settings {
  base_url {
    value: "https://«host»"
  }
  run_id {
    value: "«runid»"
  }
}
=== N neg_wandb_core_json_api_request_headers_without_auth | https://github.com/wandb/wandb/pull/11428
{"time":"«tso»","level":"DEBUG","msg":"api: sending request","method":"POST","url":"https://«host»/graphql","headers":{"Content-Type":["application/json"],"User-Agent":["wandb-core"],"X-Request-Id":["«uuid»"]}}
=== N neg_wandb_core_json_filestream_request_offsets | https://github.com/wandb/wandb/pull/11428
{"time":"«tso»","level":"INFO","msg":"filestream: sending request","total_files":«int(1,9)»,"history_offset":«int(0,9999)»,"history_lines":«int(1,999)»,"console_offset":«int(0,999)»,"console_lines":«int(1,99)»,"uploaded_len":«int(1,99)»,"complete":false,"exit_code":0}
=== N neg_wandb_core_json_proxy_without_userinfo | https://github.com/wandb/wandb/pull/11428
{"time":"«tso»","level":"INFO","msg":"api: using proxy for requests","https_proxy":"http://proxy.«ch(corp|lab)».example.com:«ch(8080|3128)»","no_proxy":"localhost,127.0.0.1,.svc,«host»"}
=== N neg_internal_log_sender_config_hyperparameters_only | https://github.com/wandb/wandb/blob/main/wandb/sdk/internal/sender.py
«tsw» DEBUG   SenderThread:«pid=int(1000,99999)» [sender.py:send_config():«int(800,900)»] config record: update { key: "max_tokens" value_json: "«int(64,4096)»" } update { key: "token_budget" value_json: "«int(1000,99999)»" } update { key: "password_min_len" value_json: "«int(8,16)»" }
=== N neg_internal_log_graphql_api_key_ids_and_names_listing | https://github.com/wandb/wandb/blob/main/wandb/sdk/internal/internal_api.py
«tsw» DEBUG   SenderThread:«pid=int(1000,99999)» [internal_api.py:execute():«int(300,400)»] {"data":{"viewer":{"apiKeys":{"edges":[{"node":{"id":"«b64idstr(ApiKey:77)»","description":"«ch(ci|laptop|sweeps)»","createdAt":"«tsz»"}}]}}}}
=== N neg_sdk_verify_all_checks_with_urls_no_signature | https://docs.wandb.ai/ref/cli/wandb-verify/
Default host selected:  https://«host»
Find detailed logs for this test at: /tmp/«low(8)»/wandb
Checking if logged in...................................................✅
Checking signed URL upload..............................................✅
Checking CORs configuration of the bucket.................................✅
Checking wandb package version is up to date............................✅
=== N* neg_sdk_verify_failure_object_key_path_only | https://docs.wandb.ai/ref/cli/wandb-verify/
Checking signed URL upload.............................................❌
Failed to upload file to s3://«low(8)»-wandb/wandb-artifacts/«hex(32)»: AccessDenied (request id «up(16)», host id «b64s(56)»=)
=== N neg_sdk_login_host_with_key_from_env_expansion | https://docs.wandb.ai/ref/cli/wandb-login/
+ wandb login --host https://«host» --relogin "${«ch(WANDB_API_KEY|WB_KEY|CI_WANDB_KEY)»}"
wandb: Appending key for «host» to your netrc file: /root/.netrc
=== N neg_sdk_login_anonymously_and_verify_flags | https://docs.wandb.ai/ref/cli/wandb-login/
$ wandb login --help | grep -E 'host|relogin|verify'
  --host, --base-url TEXT  Login to a specific instance of W&B
  --relogin                Force relogin if already logged in.
  --verify / --no-verify   Verify login credentials
«ch($|#)» wandb login --host https://«host» --verify --relogin
=== N neg_sdk_sync_ci_log_masked_key_star_star | https://docs.wandb.ai/ref/cli/wandb-sync/
$ WANDB_BASE_URL=https://«host» WANDB_API_KEY=«ch([MASKED]|***|********)» wandb sync --sync-all
Syncing: https://«host»/«ent»/«proj»/runs/«runid» ... done.
=== N neg_launch_cli_config_json_secret_key_ref_env | https://docs.wandb.ai/platform/launch/set-up-launch
{"resource_args": {"kubernetes": {"spec": {"template": {"spec": {"containers": [{"env": [{"name": "HF_TOKEN", "valueFrom": {"secretKeyRef": {"name": "«ch(hf-token|hf|hub)»", "key": "«ch(token|value|hf-token)»"}}}]}]}}}}}}
=== N* neg_launch_agent_docker_run_env_names_without_values | https://docs.wandb.ai/models/ref/cli/wandb-launch-agent
launch: Launching run in docker with command: docker run --rm -e WANDB_BASE_URL -e WANDB_API_KEY -e WANDB_PROJECT=«proj» -e WANDB_LAUNCH=True «ent»/job-train:«hex(12)»
=== N neg_launch_agent_config_kaniko_secret_name_reference | https://docs.wandb.ai/platform/launch/set-up-launch
builder:
  type: kaniko
  build-context-store: s3://«low(8)»-launch-context/
  secret-name: «ch(kaniko-docker-config|regcred|ecr-pull)»
  secret-key: config.json
max_jobs: «int(1,8)»
=== N neg_launch_agent_polling_status_lines | https://docs.wandb.ai/models/ref/cli/wandb-launch-agent
launch: agent «runid» polling on queues «ch(cpu-docker|gpu-local|default)», running «int(0,3)» out of a maximum of «int(3,8)» jobs
launch: Job «b64idstr(RunQueueItem:555)» finished with status finished
=== N neg_sweep_config_command_macros_only | https://docs.wandb.ai/guides/sweeps/define-sweep-configuration/
program: «ch(train.py|main.py|fit.py)»
method: «ch(bayes|random|grid)»
command:
  - ${env}
  - ${interpreter}
  - ${program}
  - ${args_no_hyphens}
=== N neg_sweep_agent_run_config_lr_and_token_counts | https://docs.wandb.ai/guides/sweeps/
wandb: Agent Starting Run: «runid» with config:
wandb: 	max_new_tokens: «int(16,1024)»
wandb: 	tokenizer: «ch(bert-base-uncased|gpt2|t5-small)»
wandb: 	learning_rate: 0.000«int(1,9)»
=== N neg_settings_file_default_section_no_key | https://github.com/wandb/wandb/issues/205
[default]
entity = «ent»
project = «proj»
base_url = https://«host»
=== N neg_netrc_machine_blocks_placeholder_passwords | https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html
machine «host»
  login user
  password «ch(<your-api-key>|YOUR_API_KEY|${WANDB_API_KEY}|<paste-key-here>)»
=== N neg_notebook_output_cell_logged_in_as | https://nbformat.readthedocs.io/en/latest/format_description.html
     "text": [
      "wandb: Currently logged in as: «user» («ent»). Use `wandb login --relogin` to force relogin\n",
      "wandb: Tracking run with wandb version «ver»\n"
     ]
=== N* neg_notebook_source_cell_getpass_prompt | https://nbformat.readthedocs.io/en/latest/format_description.html
   "source": [
    "import getpass, os\n",
    "os.environ[\"WANDB_API_KEY\"] = getpass.getpass(\"«ch(W&B key|API key|Paste key)»: \")\n",
    "os.environ[\"WANDB_BASE_URL\"] = \"https://«host»\""
   ]
=== N neg_vol_env_file_secret_paths_and_empty_values | https://docs.wandb.ai/guides/hosting/env-vars/
HOST=https://«host»
BUCKET=s3://«low(8)»-wandb
MYSQL_PASSWORD_FILE=/run/secrets/mysql-password
OIDC_CLIENT_SECRET=
SLACK_SECRET=
=== N neg_vol_env_file_oidc_public_client_pkce | https://docs.wandb.ai/guides/hosting/env-vars/
OIDC_ISSUER="https://login.example.com/realms/«ch(ml|corp|lab)»"
OIDC_CLIENT_ID="«uuid»"
OIDC_AUTH_METHOD="pkce"
GORILLA_SESSION_LENGTH="«int(24,720)»h"
=== N* neg_admin_console_smtp_page_masked_password_dots | https://docs.wandb.ai/guides/hosting/smtp/
Email
SMTP server
smtp.example.com
Username
«user»@example.com
Password
«ch(••••••••|••••••••••••|(unchanged))»
=== N* neg_admin_console_license_page_expiry_and_seats | https://docs.wandb.ai/guides/hosting/
License
Status: Active
Seats: «int(10,500)» / «int(500,900)»
Expires: «tsz»
License ID: «uuid»
=== N neg_gorilla_zap_json_request_headers_ids | https://pkg.go.dev/go.uber.org/zap
{"level":"debug","ts":«tse»,"caller":"middleware/logging.go:«int(40,120)»","msg":"request","method":"POST","path":"/graphql","headers":{"X-Request-Id":["«uuid»"],"Traceparent":["00-«hex(32)»-«hex(16)»-01"]}}
=== N neg_gorilla_zap_json_mysql_dsn_password_elided | https://github.com/go-sql-driver/mysql#dsn-data-source-name
{"level":"info","ts":«tse»,"caller":"db/connect.go:«int(30,90)»","msg":"connecting to database","dsn":"wandb:«ch(***|xxxxx|<redacted>)»@tcp(mysql.«ch(db|wandb)».svc.cluster.local:3306)/wandb_local?parseTime=true"}
=== N neg_gorilla_bucket_url_without_credentials | https://docs.wandb.ai/guides/hosting/data-security/secure-storage-connector/
«tsg» [gorilla] INFO  file store: configured bucket s3://«low(8)»-wandb?region=«ch(us-east-1|eu-west-1|ap-south-1)»&tls=true&kms=arn:aws:kms:us-east-1:«dig(12)»:key/«uuid»
=== N neg_gorilla_oidc_discovery_jwks_fetch | https://openid.net/specs/openid-connect-discovery-1_0.html
{"level":"info","ts":«tse»,"msg":"oidc provider discovered","issuer":"https://login.example.com/","jwks_uri":"https://login.example.com/.well-known/jwks.json","kid":"«an(12)»","alg":"RS256"}
=== N neg_scim_curl_verbose_headers_no_auth | https://docs.wandb.ai/guides/hosting/iam/scim/
> GET /scim/Users?startIndex=«int(1,100)»&count=«int(10,100)» HTTP/1.1
> Host: «host»
> Accept: application/scim+json
< HTTP/1.1 401 Unauthorized
< X-Request-Id: «uuid»
=== N neg_scim_user_resource_json_ids | https://docs.wandb.ai/guides/hosting/iam/scim/
{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"«b64idstr(User:318)»","userName":"«user»","emails":[{"primary":true,"value":"«user»@example.com"}],"meta":{"resourceType":"User","created":"«tsz»","location":"https://«host»/scim/Users/«dig(4)»"}}
=== N neg_audit_log_api_key_create_ids_only | https://docs.wandb.ai/guides/hosting/monitoring-usage/audit-logging/
{"timestamp":"«tsz»","action":"apiKey:create","actor_user_id":"«b64idstr(User:7)»","target_api_key_id":"«an(12)»","entity_name":"«ent»","actor_ip":"«ip»","response_code":200}
=== N neg_audit_log_user_login_cli_version | https://docs.wandb.ai/guides/hosting/monitoring-usage/audit-logging/
{"timestamp":"«tsz»","action":"user:login","actor_user_id":"«b64idstr(User:12)»","actor_ip":"«ip»","actor_email":"«user»@example.com","cli_version":"«ver»","response_code":«ch(200|401)»}
=== N neg_frontend_nginx_access_log_callback_error_param | https://nginx.org/en/docs/http/ngx_http_log_module.html
«ip» - - [«tsc»] "GET /oidc/callback?error=access_denied&error_description=«ch(User+cancelled|consent_required|login_required)»&state=«hex(32)» HTTP/1.1" 302 0 "-" "Mozilla/5.0"
=== N neg_frontend_nginx_error_log_upstream_plain_path | https://nginx.org/en/docs/ngx_core_module.html#error_log
«tsg» [error] 31#31: *«int(100,9999)» connect() failed (111: Connection refused) while connecting to upstream, client: «ip», server: , request: "GET /api/v1/health HTTP/1.1", upstream: "http://127.0.0.1:8081/api/v1/health", host: "«host»"
=== N neg_weave_trace_export_inputs_model_and_usage | https://weave-docs.wandb.ai/guides/tracking/tracing
{"id": "«uuid»", "op_name": "weave:///«ent»/«proj»/op/openai.chat.completions.create:«an(20)»", "inputs": {"model": "gpt-4o", "max_tokens": «int(16,2048)»}, "summary": {"usage": {"prompt_tokens": «int(10,999)», "completion_tokens": «int(10,999)»}}}
=== N neg_weave_ui_call_inputs_api_key_redacted | https://weave-docs.wandb.ai/guides/tracking/redact-pii
Inputs
  api_key: «ch(REDACTED|[REDACTED]|***)»
  base_url: https://llm-gw.example.com/v1
  temperature: 0.«int(0,9)»
=== N neg_parquet_worker_log_export_counts | https://github.com/wandb/helm-charts
{"level":"info","time":"«tsi»","service":"parquet","msg":"export complete","run":"«ent»/«proj»/«runid»","rows":«int(100,999999)»,"bytes":«int(1000,99999999)»,"key":"exports/«hex(32)».parquet"}
=== N neg_console_pino_request_no_cookie | https://github.com/pinojs/pino
{"level":30,"time":«tsms»,"pid":«int(10,999)»,"req":{"method":"GET","url":"/console/«ch(settings|users|license)»","headers":{"accept":"text/html","x-forwarded-for":"«ip»"}},"msg":"request completed","responseTime":«int(1,900)»}
=== N neg_oidc_har_redirect_url_error_fragment | http://www.softwareishard.com/blog/har-12-spec/
          "redirectURL": "https://«host»/oidc/callback#error=«ch(login_required|interaction_required|access_denied)»&state=«hex(24)»",
=== N neg_oidc_token_response_error_json | https://openid.net/specs/openid-connect-core-1_0.html#TokenErrorResponse
{
  "error": "«ch(invalid_grant|invalid_client|unauthorized_client)»",
  "error_description": "«ch(Code not valid|Invalid client credentials|Client not allowed)»",
  "trace_id": "«hex(32)»"
}
=== N neg_oidc_authorize_request_url_nonce_state_pkce_challenge | https://datatracker.ietf.org/doc/html/rfc7636
GET /oauth2/default/v1/authorize?client_id=«an(20)»&response_type=code&scope=openid%20email&redirect_uri=https%3A%2F%2F«host»%2Foidc%2Fcallback&state=«hex(32)»&nonce=«hex(16)»&code_challenge=«b64url(43)»&code_challenge_method=S256 HTTP/1.1
=== N neg_oidc_set_cookie_cleared_session_logout | https://datatracker.ietf.org/doc/html/rfc6265
< HTTP/1.1 302 Found
< Set-Cookie: wandb_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly
< Location: https://login.example.com/logout?post_logout_redirect_uri=https%3A%2F%2F«host»%2F&state=«hex(16)»
=== N neg_oidc_jwks_public_key_json | https://datatracker.ietf.org/doc/html/rfc7517
{"keys":[{"kty":"RSA","kid":"«an(12)»","use":"sig","alg":"RS256","n":"«b64url(342)»","e":"AQAB"}]}
=== N neg_webhook_payload_template_variables_only | https://docs.wandb.ai/guides/core/automations/create-automations/webhook/
{"event_type": "${event_type}", "event_author": "${event_author}", "artifact_version": "${artifact_version}", "entity": "«ch(${entity_name}|${project_name}|${event_author})»", "token": "${ACCESS_TOKEN}", "secret": "$«ch(DEPLOY_SECRET|GITHUB_PAT|CI_TOKEN)»"}
=== N neg_webhook_test_response_status_and_ids | https://docs.wandb.ai/guides/core/automations/create-automations/webhook/
Test webhook: POST https://ci.example.com/hooks/«ch(wandb|deploy|ml)»
Response: «ch(200 OK|202 Accepted|204 No Content)»
X-Request-Id: «uuid»
Body: {"queued": true, "id": «int(1000,99999)»}
=== N neg_webhook_delivery_log_url_without_query | https://docs.wandb.ai/guides/core/automations/create-automations/webhook/
{"level":"warn","ts":«tse»,"msg":"webhook delivery failed","automation":"«b64idstr(Trigger:17)»","url":"https://ci.example.com/generic-webhook-trigger/invoke","status":«ch(404|500|502)»,"attempt":«int(1,4)»}
=== N neg_integration_github_actions_masked_env | https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions
«tsn» env:
«tsn»   WANDB_BASE_URL: https://«host»
«tsn»   WANDB_API_KEY: ***
«tsn»   WANDB_ENTITY: «ent»
=== N neg_integration_hf_trainer_args_hub_token_placeholder | https://huggingface.co/docs/transformers/main_classes/trainer
TrainingArguments(
hub_model_id=«ent»/bert-ft,
hub_token=<HUB_TOKEN>,
report_to=['wandb'],
run_name=«runid»,
=== N neg_integration_ray_runtime_env_vars_names_only | https://docs.ray.io/en/latest/ray-core/handling-dependencies.html
«tsw»	INFO job_manager.py:«int(500,600)» -- runtime_env: {'env_vars': {'WANDB_BASE_URL': 'https://«host»', 'WANDB_PROJECT': '«proj»'}, 'working_dir': 'gcs://_ray_pkg_«hex(16)».zip'}
=== N neg_integration_sagemaker_hyperparameters_no_key | https://docs.aws.amazon.com/sagemaker/latest/dg/your-algorithms-training-algo-running-container.html
{"epochs": "«int(1,30)»", "sagemaker_program": "train.py", "sagemaker_submit_directory": "s3://«low(8)»/source/sourcedir.tar.gz", "sagemaker_region": "\"us-west-2\""}
=== N neg_integration_kubeflow_env_value_from_secret | https://docs.wandb.ai/guides/integrations/kubeflow-pipelines-kfp/
        env:
        - name: WANDB_API_KEY
          valueFrom:
            secretKeyRef:
              name: «ch(wandb-api-key|wandb|wandb-secret)»
              key: «ch(api-key|key|WANDB_API_KEY)»
=== N neg_operator_values_existing_secret_refs | https://github.com/wandb/helm-charts
global:
  email:
    smtp:
      host: smtp.example.com
      port: «ch(25|465|587)»
      passwordSecret:
        name: «ch(smtp-creds|wandb-smtp|mail)»
        key: «ch(password|smtp-password|pass)»
=== N neg_operator_cr_spec_bucket_without_keys | https://github.com/wandb/operator
spec:
  values:
    global:
      bucket:
        provider: «ch(s3|gcs|az)»
        name: «low(8)»-wandb
        region: «ch(us-east-1|eu-west-1|us-central1)»
        kmsKey: arn:aws:kms:us-east-1:«dig(12)»:key/«uuid»
=== N neg_operator_reconcile_log_status_fields | https://github.com/wandb/operator
«tsi»	INFO	controller.weightsandbiases	reconcile complete	{"namespace": "«ch(default|wandb)»", "name": "wandb", "generation": «int(1,90)», "phase": "Ready", "duration": "«int(1,90)».«int(100,999)»s"}
=== N neg_helm_template_secret_checksum_annotation | https://helm.sh/docs/howto/charts_tips_and_tricks/#automatically-roll-deployments
  template:
    metadata:
      annotations:
        checksum/secret: «hex(64)»
        checksum/config: «hex(64)»
=== N neg_kubectl_describe_weave_env_from_secret | https://kubernetes.io/docs/reference/kubectl/generated/kubectl_describe/
    Environment:
      WF_CLICKHOUSE_HOST:      clickhouse.«ch(wandb|ch)».svc.cluster.local
      WF_CLICKHOUSE_PASS:      <set to the key 'password' in secret '«ch(clickhouse|weave-ch|ch-creds)»'>  Optional: false
      WANDB_BASE_URL:          https://«host»
=== N neg_sdk_wandb_metadata_args_without_secrets | https://docs.wandb.ai/guides/runs/
{
    "os": "Linux-5.15.0-«int(50,120)»-generic-x86_64-with-glibc2.35",
    "args": [
        "--epochs",
        "«int(1,100)»",
        "--token-file",
        "/run/secrets/«ch(hf|wandb|gh)»-token"
    ],
=== N neg_sdk_output_log_tqdm_and_aws_region | https://docs.wandb.ai/guides/runs/
Using config: {'data_bucket': 's3://«low(8)»', 'aws_region': '«ch(us-east-1|eu-west-1)»', 'aws_profile': '«ch(default|ml|training)»'}
«int(10,99)»%|████      | «int(10,99)»/«int(100,200)» [00:«int(10,59)»<00:«int(10,59)», «int(1,9)».«int(10,99)»it/s]
=== N neg_sdk_config_yaml_wandb_internal_metadata | https://docs.wandb.ai/guides/track/config/
_wandb:
  desc: null
  value:
    cli_version: «ver»
    python_version: 3.11.«int(1,9)»
    start_time: «int(1700000000,1760000000)»
    t:
      1: [1, 5, 41, 53, 55]
=== N neg_sdk_requirements_hashes_and_index | https://pip.pypa.io/en/stable/topics/secure-installs/
--index-url https://pypi.example.com/simple
wandb==«ver» \
    --hash=sha256:«hex(64)»
=== N neg_sdk_artifact_manifest_entries_digests | https://docs.wandb.ai/guides/artifacts/track-external-files/
    "ref": "s3://«low(8)»-data/train/part-«int(0,99)».parquet",
    "digest": "«hex(32)»",
    "birthArtifactID": "«b64idstr(Artifact:1234)»",
    "size": «int(1000,999999)»
=== N neg_sdk_debug_internal_upload_url_unsigned_public | https://github.com/wandb/wandb/blob/main/wandb/filesync/upload_job.py
«tsw» DEBUG   Thread-«int(10,30)» :«pid=int(1000,99999)» [upload_job.py:push():«int(80,140)»] Uploaded file «ch(output.log|wandb-summary.json|config.yaml)» (status 200, etag "«hex(32)»", version «an(32)»)
=== N neg_sdk_rich_console_ansi_run_links | https://rich.readthedocs.io/en/stable/console.html
«ESC»[34m«ESC»[1mwandb«ESC»[0m: 🚀 View run «ESC»[33m«runid»«ESC»[0m at: «ESC»[34m«ESC»[4mhttps://«host»/«ent»/«proj»/runs/«runid»«ESC»[0m
«ESC»[34m«ESC»[1mwandb«ESC»[0m: Find logs at: «ESC»[35m«ESC»[1m./wandb/run-«tsr»-«runid»/logs«ESC»[0m
=== N neg_sdk_settings_file_crlf_no_key | https://github.com/wandb/wandb/issues/205
[default]«CR»
base_url = https://«host»«CR»
entity = «ent»«CR»
=== N neg_ticket_export_escaped_debug_log_line_no_secret | https://docs.wandb.ai/guides/hosting/
{"ticket": «int(10000,99999)», "body": "{\"attachment\": \"debug.log\", \"excerpt\": \"Loading settings from environment variables: {'project': '«proj»'}\\\\n\"}"}
=== N neg_browser_copy_as_curl_without_cookie | https://developer.chrome.com/docs/devtools/network/reference/#copy
curl 'https://«host»/«ch(graphql|api/v1/health|healthz)»' \
  -H 'accept: */*' \
  -H 'content-type: application/json' \
  -H 'x-request-id: «uuid»' \
=== N neg_har_local_storage_export_non_secret_keys | https://developer.chrome.com/docs/devtools/storage/localstorage
Key	Value
wandb:lastEntity	«ent»
wandb:lastProject	«proj»
wandb:theme	«ch(dark|light|system)»
=== N neg_gorilla_logfmt_slack_notify_channel_only | https://brandur.org/logfmt
time="«tsz»" level=debug msg="slack notify" channel="#«ch(ml-alerts|wandb|runs)»" team=«up(9)» status=«ch(200|429)»
=== N neg_weave_trace_server_clickhouse_dsn_no_password | https://weave-docs.wandb.ai/guides/tracking/tracing
«tsw» INFO weave.trace_server.clickhouse: connecting to clickhousedb://weave@clickhouse:«ch(8123|8443)»/weave (password from WF_CLICKHOUSE_PASS)
=== N neg_integration_dotenv_example_placeholders | https://docs.wandb.ai/guides/integrations/openai-api/
OPENAI_API_KEY=«ch(sk-...|<your-openai-key>|changeme)»
WANDB_API_KEY=«ch(<your-wandb-key>|your_key_here|xxxxxxxx)»
WANDB_PROJECT=«proj»
=== N neg_integration_compose_wandb_local_env_file_refs | https://docs.docker.com/compose/compose-file/05-services/#environment
    environment:
      - LICENSE=${LICENSE:?license required}
      - MYSQL=${MYSQL}
      - BUCKET=s3://«low(8)»-wandb?tls=true
=== N neg_server_redis_cli_session_ttl_and_keys | https://redis.io/docs/latest/develop/tools/cli/
redis-master-0:6379> TTL gorilla:session:«hex(16)»
(integer) «int(1,604800)»
redis-master-0:6379> SCAN 0 MATCH gorilla:* COUNT «int(10,100)»
=== N neg_server_mysql_api_key_table_hashed_columns | https://docs.wandb.ai/guides/hosting/
| id | description | key_hash                                                         | created_at          |
+----+-------------+------------------------------------------------------------------+---------------------+
| «int(10,99)» | ci-bot-«low(4)»  | «hex(64)» | «tsq»     |
=== N neg_server_gorilla_panic_pointer_args | https://go.dev/doc/effective_go#panic
panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x«hex(2)» pc=0x«hex(7)»]
goroutine «int(1,900)» [running]:
main.(*Server).handle(0xc000«hex(6)», 0xc000«hex(6)»)
=== N neg_server_azure_blob_account_name_only | https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string
«tsg» [gorilla] DEBUG blob store: account=«low(10)» container=wandb endpoint=https://«low(10)».blob.core.windows.net auth=managed-identity client_id=«uuid»
=== N neg_server_gcs_service_account_client_email_only | https://cloud.google.com/iam/docs/keys-create-delete
{"severity":"DEBUG","message":"gcs client init","credentials":{"type":"«ch(external_account|impersonated_service_account|authorized_user)»","client_email":"wandb@«low(8)».iam.gserviceaccount.com","universe_domain":"googleapis.com"}}
=== N neg_server_ldap_settings_password_unset | https://docs.wandb.ai/guides/hosting/iam/authentication/ldap/
LDAP settings: address=ldaps://ldap.example.com:636 baseDN=dc=example,dc=com adminDN=cn=admin,dc=example,dc=com adminPassword=«ch(<unset>|(from secret)|***)» userAttr=«ch(uid|sAMAccountName)»
=== N neg_server_local_password_help_text | https://docs.wandb.ai/guides/hosting/
$ kubectl exec -n wandb deploy/wandb-app -- /usr/local/bin/local password --help
Usage: local password EMAIL
Reset the password for EMAIL and print a temporary one (valid «int(1,48)»h).
=== N neg_sdk_python_logging_urllib3_no_headers | https://urllib3.readthedocs.io/en/stable/user-guide.html
DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): «host»:443
DEBUG:urllib3.connectionpool:https://«host»:443 "POST /graphql HTTP/1.1" «ch(200|401|502)» None
=== N neg_sdk_login_prompt_transcript_key_hidden | https://docs.wandb.ai/ref/cli/wandb-login/
wandb: Logging into «host». (Learn how to deploy a W&B server locally: https://wandb.me/wandb-server)
wandb: You can find your API key in your browser here: https://«host»/authorize
wandb: Paste an API key from your profile and hit enter, or press ctrl+c to quit:
wandb: Appending key for «host» to your netrc file: /home/«user»/.netrc
=== N neg_webhook_github_dispatch_with_secret_variable | https://docs.github.com/en/rest/repos/repos#create-a-repository-dispatch-event
curl -X POST https://api.github.com/repos/«ent»/deploy/dispatches -H "Authorization: token ${«ch(GITHUB_PAT|GH_TOKEN|DISPATCH_TOKEN)»}" -d '{"event_type": "BUILD_AND_DEPLOY"}'
=== N neg_har_websocket_messages_ping_frames | https://developer.chrome.com/docs/devtools/network/reference/#frames
        "_webSocketMessages": [
          {"type": "send", "time": «tse», "opcode": 1, "data": "{\"type\":\"ping\",\"seq\":«int(1,999)»}"},
          {"type": "receive", "time": «tse», "opcode": 1, "data": "{\"type\":\"pong\"}"}
        ],
=== N neg_oidc_keycloak_event_login_success | https://www.keycloak.org/server/logging
«tsw» INFO  [org.keycloak.events] (executor-thread-«int(1,40)») type="LOGIN", realmId="«uuid»", clientId="wandb", userId="«uuid»", ipAddress="«ip»", auth_method="openid-connect", redirect_uri="https://«host»/oidc/callback", code_id="«uuid»"
"""

SOURCES = {}
NEW_KIND_POS = []
NEW_KIND_NEG = []

for _s in parse_dsl(DSL):
    SOURCES[_s["name"]] = _s["src"]
    if _s["new"]:
        (NEW_KIND_POS if _s["pn"] == "P" else NEW_KIND_NEG).append(_s["name"])

if __name__ == "__main__":
    main()
