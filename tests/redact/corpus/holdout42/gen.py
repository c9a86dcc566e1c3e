#!/usr/bin/env python3
"""holdout42: sealed held-out set for the wbdiag secret redactor.

Focus: model-provider and data-platform credentials in ML tooling.
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

SEED = 4242_2026
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
    m = re.fullmatch(r"([a-z]+[a-z])(\d+)", kind)
    if not m:
        m = re.fullmatch(r"(b64u|b64s)(\d+)", kind)
    name, n = m.group(1), int(m.group(2))
    if name == "pw":
        mid = "".join(rng.choice(PWC) for _ in range(n - 2))
        return rng.choice(AN) + mid + rng.choice(AN)
    if name == "dig":  # numbers never start with 0 (JSON numbers, ports)
        return rng.choice("123456789") + "".join(rng.choice(DIG) for _ in range(n - 1))
    alpha = {"an": AN, "lc": LC, "uc": UC, "al": AL, "hex": HEX, "dig": DIG,
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
        if k == "TS":
            return time.strftime("%Y-%m-%d %H:%M:%S", g) + ".%03d" % ms
        raise KeyError(k)


PH = re.compile(r"«([^»]*)»")


def render(tpl):
    vals = {}
    secrets = []
    clock = Clock()

    def sub(m):
        body = m.group(1)
        if body in ("T", "TL", "TG", "TE", "TS"):
            return clock.fmt(body)
        if body.startswith("@"):
            return rng.choice(body[1:].split("|"))
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


def P(name, src, tpl, new=False):
    POS.append((name, src, new, tpl.strip("\n")))


def N(name, src, tpl, new=False):
    NEG.append((name, src, new, tpl.strip("\n")))

# ---------------------------------------------------------------- sources
OAI_ERR = "https://github.com/popjane/free_chatgpt_api/issues/3"
OAI_AUTH = "https://platform.openai.com/docs/api-reference/authentication"
OAI_PY = "https://github.com/openai/openai-python/blob/main/README.md"
AZ_OAI = "https://learn.microsoft.com/en-us/azure/ai-services/openai/reference"
ANT = "https://docs.anthropic.com/en/api/getting-started"
GEM = "https://ai.google.dev/gemini-api/docs/api-key"
VERTEX = "https://cloud.google.com/vertex-ai/docs/authentication"
MIS = "https://docs.mistral.ai/api/"
COH = "https://docs.cohere.com/reference/about"
GROQ = "https://console.groq.com/docs/api-reference"
TOG = "https://docs.together.ai/reference/authentication-1"
REP = "https://replicate.com/docs/reference/http"
HF = "https://huggingface.co/docs/huggingface_hub/package_reference/environment_variables"
HFL = "https://huggingface.co/docs/huggingface_hub/guides/cli"
ORT = "https://openrouter.ai/docs/api-reference/authentication"
WEAVE = "https://weave-docs.wandb.ai/guides/tools/playground"
WEAVE_S = "https://docs.wandb.ai/guides/secrets"
LSM = "https://docs.langchain.com/langsmith/trace-without-env-vars"
LSM_ENV = "https://www.skills.sh/langchain-ai/skills-benchmarks/langsmith-trace"
LCH = "https://python.langchain.com/docs/integrations/chat/openai/"
LIDX = "https://docs.llamaindex.ai/en/stable/module_guides/models/llms/"
LLM = "https://docs.litellm.ai/docs/proxy/configs.md"
LLM_Q = "https://www.mintlify.com/BerriAI/litellm/proxy/quick-start"
LLM_S = "https://www.mintlify.com/BerriAI/litellm/api/config-schema"
PINE = "https://docs.pinecone.io/reference/api/authentication"
WVT = "https://weaviate.io/developers/weaviate/configuration/authentication"
QDR = "https://qdrant.tech/documentation/guides/security/"
MIL = "https://milvus.io/docs/authenticate.md"
CHR = "https://docs.trychroma.com/production/administration/auth"
DBX = "https://docs.databricks.com/en/dev-tools/auth/config-profiles.html"
DBX_PAT = "https://docs.databricks.com/en/dev-tools/auth/pat.html"
SNOW = "https://docs.snowflake.com/en/developer-guide/snowflake-cli/connecting/configure-connections"
SNOWR = "https://rdrr.io/cran/snowflakeauth/f/tests/testthat/_snaps/config.md"
SNOWPY = "https://docs.snowflake.com/en/developer-guide/python-connector/python-connector-connect"
BQ = "https://cloud.google.com/iam/docs/keys-create-delete"
KAG = "https://github.com/Kaggle/kaggle-api/blob/main/docs/README.md"
MLF = "https://mlflow.org/docs/latest/auth/index.html"
MLF_DBX = "https://docs.databricks.com/en/mlflow/access-hosted-tracking-server.html"
NEP = "https://docs.neptune.ai/setup/setting_api_token/"
COM = "https://www.comet.com/docs/v2/guides/experiment-management/configure-sdk/"
CLM = "https://clear.ml/docs/latest/docs/configs/clearml_conf"
CLM_I = "https://github.com/allegroai/clearml-server/issues/229"
DVC = "https://dvc.org/doc/command-reference/remote/modify"
JUP = "https://jupyter-server.readthedocs.io/en/latest/operators/security.html"
HTTPX = "https://www.python-httpx.org/logging/"
CURL = "https://curl.se/docs/manpage.html"
DOTENV = "https://github.com/theskumar/python-dotenv/blob/main/README.md"
GH_ISS_OAI = "https://github.com/wandb/openui/issues/199"
# ================================================================ POSITIVES
# ---- OpenAI / Azure OpenAI
P("openai_v0_error_message_unmasked_key_in_celery_retry", OAI_ERR, r"""
[«TL»: WARNING/ForkPoolWorker-«dig1:w»] Task eval.score_batch[«uuid:t»] retry: Retry in 30s: AuthenticationError(message='Incorrect API key provided: sk-«!an48:k». You can find your API key at https://platform.openai.com/account/api-keys.', http_status=401, request_id='req_«hex32:r»')
""")
P("openai_client_repr_api_key_field_in_pdb_print", OAI_PY, r"""
(Pdb) p client.__dict__['api_key'], client.base_url
('sk-proj-«!b64u108:k»', URL('https://api.openai.com/v1/'))
(Pdb) p client.organization
'org-«an24:o»'
""", True)
P("openai_curl_v_authorization_bearer_sk_proj_chat_completions", OAI_AUTH, r"""
> POST /v1/chat/completions HTTP/2
> Host: api.openai.com
> user-agent: curl/8.5.0
> accept: */*
> content-type: application/json
> authorization: Bearer sk-proj-«!b64u120:k»
> openai-project: proj_«an24:p»
> content-length: «dig3:l»
""")
P("openai_env_export_history_line_numbered", OAI_AUTH, r"""
  «dig3:n»  cd ~/evals && source .venv/bin/activate
  «dig3:m»  export OPENAI_API_KEY=sk-proj-«!b64u96:k»
  «dig3:q»  python run_eval.py --model gpt-4o-mini --wandb-project evals
""")
P("openai_base_client_debug_request_options_with_default_headers_dict", HTTPX, r"""
DEBUG:openai._base_client:Request options: {'method': 'post', 'url': '/embeddings', 'headers': {'Authorization': 'Bearer sk-«!an48:k»', 'OpenAI-Organization': 'org-«an24:o»'}, 'files': None, 'json_data': {'input': ['«@hello world|query text|doc chunk»'], 'model': 'text-embedding-3-small', 'encoding_format': 'base64'}}
DEBUG:httpcore.connection:connect_tcp.started host='api.openai.com' port=443 local_address=None timeout=5.0 socket_options=None
""")
P("azure_openai_api_key_header_requests_prepared_dump", AZ_OAI, r"""
POST https://«lc8:r».openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-06-01
Content-Type: application/json
api-key: «!hex32:k»
User-Agent: AzureOpenAI/Python 1.40.0
Content-Length: «dig3:l»
""")
P("azure_openai_langchain_kwargs_openai_api_key_yaml_dump", AZ_OAI, r"""
llm:
  _type: azure-openai-chat
  deployment_name: gpt-4o-«lc6:d»
  openai_api_version: 2024-02-15-preview
  azure_endpoint: https://«lc10:r».openai.azure.com/
  openai_api_key: «!hex32:k»
  temperature: 0.0
""")
P("azure_openai_az_cognitiveservices_keys_list_json", AZ_OAI, r"""
$ az cognitiveservices account keys list -n «lc10:r» -g rg-ml-«lc5:g»
{
  "key1": "«!an84:k»",
  "key2": "«!an84:j»"
}
""")
P("openai_js_sdk_debug_log_headers_object", OAI_PY, r"""
OpenAI:DEBUG:request https://api.openai.com/v1/responses {
  method: 'post',
  path: '/responses',
  headers: {
    'content-type': 'application/json',
    authorization: 'Bearer sk-svcacct-«!b64u96:k»',
    'x-stainless-lang': 'js',
    'x-stainless-retry-count': '0'
  }
}
""", True)
P("openai_admin_key_in_usage_api_curl_command_history", OAI_AUTH, r"""
$ curl "https://api.openai.com/v1/organization/usage/completions?start_time=«dig10:s»&limit=7" -H "Authorization: Bearer sk-admin-«!b64u96:k»" -H "Content-Type: application/json"
{"object": "page", "data": [], "has_more": false, "next_page": null}
""", True)
# ---- Anthropic
P("anthropic_x_api_key_header_http_client_send_bytes", ANT, r"""
send: b'POST /v1/messages HTTP/1.1\r\nHost: api.anthropic.com\r\nx-api-key: sk-ant-api03-«!b64u93:k»AA\r\nanthropic-version: 2023-06-01\r\ncontent-type: application/json\r\nContent-Length: «dig3:l»\r\n\r\n'
reply: 'HTTP/1.1 200 OK\r\n'
""")
P("anthropic_client_init_kwargs_traceback_locals", ANT, r"""
Traceback (most recent call last):
  File "/app/judge.py", line «dig2:a», in build_client
    return anthropic.Anthropic(**kwargs)
    kwargs = {'api_key': 'sk-ant-api03-«!b64u93:k»AA', 'max_retries': 4, 'timeout': 120.0}
  File "/usr/local/lib/python3.11/site-packages/anthropic/_client.py", line «dig3:b», in __init__
TypeError: Anthropic.__init__() got an unexpected keyword argument 'timeout_s'
""", True)
P("anthropic_admin_key_env_in_systemd_unit_show", ANT, r"""
$ systemctl show claude-eval-runner.service -p Environment
Environment=PYTHONUNBUFFERED=1 ANTHROPIC_ADMIN_KEY=sk-ant-admin01-«!b64u93:k»AA WANDB_PROJECT=judge-evals
""", True)
# ---- Gemini / Vertex
P("gemini_rest_url_key_query_param_requests_debug", GEM, r"""
DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): generativelanguage.googleapis.com:443
DEBUG:urllib3.connectionpool:https://generativelanguage.googleapis.com:443 "POST /v1beta/models/gemini-1.5-pro:generateContent?key=AIza«!b64u35:k» HTTP/1.1" 400 None
""", True)
P("gemini_google_genai_configure_api_key_notebook_cell_output", GEM, r"""
In [«dig1:c»]: genai.configure(api_key="AIza«!b64u35:k»")
In [«dig1:d»]: model = genai.GenerativeModel("gemini-1.5-flash")
""", True)
P("gemini_x_goog_api_key_header_curl_verbose", GEM, r"""
* Connected to generativelanguage.googleapis.com (10.«dig2:a».«dig1:c».«dig2:b») port 443
> POST /v1beta/models/gemini-2.0-flash:countTokens HTTP/2
> Host: generativelanguage.googleapis.com
> x-goog-api-key: AIza«!b64u35:k»
> content-type: application/json
""", True)
P("vertex_service_account_json_private_key_pem_escaped", VERTEX, r"""
{
  "type": "service_account",
  "project_id": "ml-«lc6:p»",
  "private_key_id": "«hex40:i»",
  "private_key": "-----BEGIN PRIVATE KEY-----\n«!b64s64:a»\n«!b64s64:b»\n«!b64s64:c»\n«!b64s40:d»==\n-----END PRIVATE KEY-----\n",
  "client_email": "vertex-runner@ml-«lc6:p».iam.gserviceaccount.com",
  "client_id": "«dig21:c»"
}
""")
P("vertex_gcloud_print_access_token_in_ci_log", VERTEX, r"""
+ gcloud auth print-access-token
ya29.«!b64u180:t»
+ curl -sS -H "Authorization: Bearer ya29.«!b64u180:t»" https://us-central1-aiplatform.googleapis.com/v1/projects/ml-«lc6:p»/locations/us-central1/endpoints
""")
# ---- Mistral / Cohere / Groq / Together / Replicate / OpenRouter
P("mistral_client_env_dump_sorted_printenv", MIS, r"""
MISTRAL_API_KEY=«!an32:k»
MLFLOW_TRACKING_URI=http://mlflow.ml-tools.svc.cluster.local:5000
PATH=/usr/local/bin:/usr/bin:/bin
""", True)
P("mistral_httpx_headers_tuple_list_debug", MIS, r"""
DEBUG:mistralai:request headers: [('accept', 'application/json'), ('authorization', 'Bearer «!an32:k»'), ('user-agent', 'mistral-client-python/1.2.3')]
""", True)
P("cohere_client_v2_ctor_in_loguru_exception_locals", COH, r"""
«TS» | ERROR    | rerank:run:«dig2:l» - rerank failed
Traceback (most recent call last):
> File "/srv/rag/rerank.py", line «dig2:l», in run
    co = cohere.ClientV2(api_key="«!an40:k»", timeout=30)
                                 └ '«!an40:k»'
cohere.errors.unauthorized_error.UnauthorizedError: status_code: 401, body: {'message': 'invalid api token'}
""", True)
P("cohere_api_key_toml_streamlit_secrets", COH, r"""
# .streamlit/secrets.toml
[cohere]
api_key = "«!an40:k»"
[wandb]
project = "rag-«lc5:p»"
""", True)
P("groq_gsk_key_in_docker_run_cmdline_ps", GROQ, r"""
root      «dig4:p»  0.3  1.1 «dig6:v» «dig5:r» ?  Ssl  «dig2:h»:«dig2:m»   0:04 docker run --rm -e GROQ_API_KEY=gsk_«!an52:k» -e WANDB_MODE=offline ghcr.io/example/bench:«hex7:t»
""", True)
P("groq_python_client_auth_error_body_with_key_echo_in_log_json", GROQ, r"""
{"ts":"«T»","lvl":"error","msg":"provider call failed","provider":"groq","model":"llama-3.1-70b-versatile","api_key":"gsk_«!an52:k»","status":401}
""", True)
P("together_api_key_env_file_with_comments", TOG, r"""
# inference providers
TOGETHER_API_KEY=«!hex64:k»
# TOGETHER_BASE_URL=https://api.together.xyz/v1
""", True)
P("together_openai_compat_client_base_url_key_kwargs_print", TOG, r"""
client kwargs: {'base_url': 'https://api.together.xyz/v1', 'api_key': '«!hex64:k»', 'default_headers': {'X-Title': 'wandb-eval'}}
""", True)
P("replicate_r8_token_authorization_token_scheme_header", REP, r"""
> POST /v1/predictions HTTP/1.1
> Host: api.replicate.com
> Authorization: Token r8_«!an37:k»
> Content-Type: application/json
""", True)
P("replicate_env_in_github_actions_run_log", REP, r"""
«T» ##[group]Run python scripts/gen_images.py
«T» python scripts/gen_images.py
«T» shell: /usr/bin/bash -e {0}
«T» env:
«T»   REPLICATE_API_TOKEN: r8_«!an37:k»
«T» ##[endgroup]
""")
P("openrouter_sk_or_v1_key_curl_command_with_referer", ORT, r"""
curl https://openrouter.ai/api/v1/chat/completions -H "Authorization: Bearer sk-or-v1-«!hex64:k»" -H "HTTP-Referer: https://wandb.example.com" -H "X-Title: weave-eval"
""", True)
P("openrouter_key_in_aider_style_yaml_conf", ORT, r"""
model: openrouter/anthropic/claude-3.5-sonnet
openrouter-api-key: sk-or-v1-«!hex64:k»
auto-commits: false
""", True)
# ---- Hugging Face
P("hf_token_huggingface_cli_login_token_file_cat", HFL, r"""
$ cat ~/.cache/huggingface/token
hf_«!al34:k»
$ cat ~/.cache/huggingface/stored_tokens
[«lc6:n»]
hf_token = hf_«!al34:j»
""")
P("hf_hub_download_401_traceback_with_token_kwarg_locals", HF, r"""
  File "/opt/conda/lib/python3.10/site-packages/huggingface_hub/file_download.py", line «dig4:l», in hf_hub_download
    headers = build_hf_headers(token=token, library_name=library_name)
    token = 'hf_«!al34:k»'
huggingface_hub.errors.GatedRepoError: 401 Client Error. (Request ID: Root=1-«hex8:a»-«hex24:b»)
""")
P("hf_transformers_trainer_args_hub_token_json_dump", HF, r"""
  "hub_model_id": "«lc8:o»/llama-ft-«lc4:v»",
  "hub_strategy": "every_save",
  "hub_token": "hf_«!al34:k»",
  "hub_private_repo": true,
""")
P("hf_tgi_docker_compose_hf_token_env_list", HF, r"""
services:
  tgi:
    image: ghcr.io/huggingface/text-generation-inference:2.4.0
    environment:
      - MODEL_ID=meta-llama/Llama-3.1-8B-Instruct
      - HF_TOKEN=hf_«!al34:k»
      - MAX_INPUT_TOKENS=4096
""")
P("hf_git_remote_url_userinfo_token_git_config_list", HF, r"""
remote.origin.url=https://«lc8:u»:hf_«!al34:k»@huggingface.co/«lc8:u»/sft-«lc5:m»
remote.origin.fetch=+refs/heads/*:refs/remotes/origin/*
branch.main.remote=origin
""")
# ---- W&B Weave, team secrets, playground
P("weave_playground_provider_settings_json_export", WEAVE, r"""
{"provider": "openai", "model": "gpt-4o-«dig4:d»", "settings": {"temperature": 0.7, "max_tokens": 1024}, "secret_name": "OPENAI_API_KEY", "secret_value": "sk-proj-«!b64u100:k»"}
""", True)
P("weave_team_secret_set_graphql_mutation_variables_log", WEAVE_S, r"""
«T» DEBUG gql request operation=InsertSecret variables={"entityName": "«lc8:e»", "secretName": "ANTHROPIC_API_KEY", "secretValue": "sk-ant-api03-«!b64u93:k»AA"}
""", True)
P("weave_scorer_llm_judge_client_config_repr_in_eval_log", WEAVE, r"""
weave: evaluation «uuid:e» scorer=HallucinationFreeScorer client=OpenAI(api_key='sk-«!an48:k»', base_url='https://api.openai.com/v1') model_id='gpt-4o'
""", True)
P("weave_trace_call_inputs_self_client_headers_dump", WEAVE, r"""
{"id": "«uuid:c»", "op_name": "weave:///«lc8:e»/«lc8:p»/op/openai.chat.completions.create:«an20:v»", "inputs": {"self": {"_client": {"default_headers": {"Authorization": "Bearer sk-proj-«!b64u100:k»"}}}, "model": "gpt-4o-mini"}}
""", True)
P("weave_local_server_env_model_provider_keys_kubectl_describe", WEAVE, r"""
    Environment:
      WF_CLICKHOUSE_HOST:       clickhouse.wandb.svc.cluster.local
      OPENAI_API_KEY:           sk-proj-«!b64u100:k»
      ANTHROPIC_API_KEY:        sk-ant-api03-«!b64u93:a»AA
      GEMINI_API_KEY:           AIza«!b64u35:g»
      WANDB_BASE_URL:           https://wandb.example.com
""", True)
P("weave_init_wandb_api_key_env_pydantic_settings_repr", WEAVE, r"""
settings=WeaveSettings(disabled=False, print_call_link=True, capture_code=True, client_parallelism=None) env={'WANDB_API_KEY': 'local-«!hex40:k»', 'WANDB_BASE_URL': 'https://wandb.example.com'}
""", True)
# ---- LangChain / LangSmith / LlamaIndex
P("langsmith_lsv2_pt_key_dotenv_quoted", LSM_ENV, r"""
LANGSMITH_TRACING=true
LANGSMITH_ENDPOINT="https://api.smith.langchain.com"
LANGSMITH_API_KEY="lsv2_pt_«!hex32:k»_«!hex10:j»"
LANGSMITH_PROJECT="rag-«lc5:p»"
""", True)
P("langsmith_sk_key_x_api_key_header_in_urllib3_retry_warning", LSM, r"""
WARNING:urllib3.connectionpool:Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ProtocolError('Connection aborted.')': /runs/multipart
WARNING:langsmith.client:Failed to multipart ingest runs: langsmith.utils.LangSmithError: Failed to POST https://api.smith.langchain.com/runs/multipart in LangSmith API. HTTPError('403 Client Error: Forbidden for url', '{"detail":"Forbidden"}') headers={'x-api-key': 'lsv2_sk_«!hex32:k»_«!hex10:j»', 'Accept': 'application/json'}
""", True)
P("langchain_env_legacy_langchain_api_key_export_in_makefile_echo", LSM, r"""
export LANGCHAIN_TRACING_V2=true
export LANGCHAIN_API_KEY=ls__«!hex32:k»
export LANGCHAIN_PROJECT=agents-«lc4:p»
""", True)
P("langchain_chatopenai_verbose_repr_secretstr_leaked_by_get_secret_value_print", LCH, r"""
>>> llm.openai_api_key
SecretStr('**********')
>>> llm.openai_api_key.get_secret_value()
'sk-proj-«!b64u100:k»'
""", True)
P("langchain_serialized_chain_json_kwargs_openai_api_key_plain", LCH, r"""
{"lc": 1, "type": "constructor", "id": ["langchain", "chat_models", "openai", "ChatOpenAI"], "kwargs": {"model_name": "gpt-4o", "temperature": 0.0, "openai_api_key": "sk-«!an48:k»", "openai_organization": "org-«an24:o»"}}
""", True)
P("llamaindex_settings_llm_repr_api_key_in_debug_print", LIDX, r"""
Settings.llm = OpenAI(callback_manager=<llama_index.core.callbacks.base.CallbackManager object at 0x7f«hex10:a»>, system_prompt=None, model='gpt-4o-mini', temperature=0.1, max_tokens=None, api_key='sk-proj-«!b64u100:k»', api_base='https://api.openai.com/v1', api_version='')
""", True)
P("llamaindex_llamacloud_llx_key_in_loader_init_log", LIDX, r"""
«TL» INFO llama_parse: starting job «uuid:j» with LlamaParse(api_key='llx-«!an48:k»', base_url='https://api.cloud.llamaindex.ai', result_type='markdown')
""", True)
P("langfuse_secret_key_sk_lf_env_section_helm_values", LSM, r"""
extraEnv:
  - name: LANGFUSE_PUBLIC_KEY
    value: pk-lf-«uuid:p»
  - name: LANGFUSE_SECRET_KEY
    value: sk-lf-«!uuid:k»
  - name: LANGFUSE_HOST
    value: https://langfuse.example.com
""", True)
# ---- LiteLLM
P("litellm_config_yaml_master_key_and_inline_provider_keys", LLM, r"""
model_list:
  - model_name: gpt-4o
    litellm_params:
      model: azure/gpt-4o-eu
      api_base: https://«lc8:r».openai.azure.com/
      api_key: «!hex32:a»
general_settings:
  master_key: sk-«!an32:m»
  database_url: postgresql://litellm:«!pw20:d»@postgres.litellm.svc.cluster.local:5432/litellm
""")
P("litellm_key_generate_response_json_virtual_key", LLM_Q, r"""
$ curl -s -X POST http://litellm.ml-gw.svc.cluster.local:4000/key/generate -H 'Authorization: Bearer sk-«!an32:m»' -d '{"models": ["gpt-4o"], "duration": "30d"}'
{"key":"sk-«!b64u22:v»","key_name":"sk-...«an4:z»","expires":"«T»","token":"«hex64:h»","user_id":null}
""", True)
P("litellm_set_verbose_post_api_call_raw_request_curl", LLM_Q, r"""
POST Request Sent from LiteLLM:
curl -X POST \
https://api.anthropic.com/v1/messages \
-H 'anthropic-version: 2023-06-01' -H 'x-api-key: sk-ant-api03-«!b64u93:k»AA' -H 'content-type: application/json' \
-d '{'model': 'claude-3-5-sonnet-20241022', 'messages': [{'role': 'user', 'content': 'ping'}], 'max_tokens': 16}'
""", True)
P("litellm_router_settings_redis_password_inline", LLM_S, r"""
router_settings:
  routing_strategy: latency-based-routing
  redis_host: redis-master.litellm.svc.cluster.local
  redis_port: 6379
  redis_password: «!pw24:r»
""", True)
P("litellm_proxy_startup_log_litellm_params_dict_print", LLM, r"""
«TL» - LiteLLM Proxy:DEBUG: proxy_server.py:«dig4:l» - loaded model deployment: {'model_name': 'mistral-large', 'litellm_params': {'model': 'mistral/mistral-large-latest', 'api_key': '«!an32:k»', 'rpm': 60}, 'model_info': {'id': '«hex64:i»'}}
""", True)
P("litellm_environment_variables_section_inline_keys", LLM, r"""
environment_variables:
  GROQ_API_KEY: gsk_«!an52:g»
  COHERE_API_KEY: «!an40:c»
  REDIS_HOST: redis-master.litellm.svc.cluster.local
""", True)
# ---- Vector databases
P("pinecone_pcsk_key_client_init_notebook_cell", PINE, r"""
from pinecone import Pinecone
pc = Pinecone(api_key="pcsk_«an6:i»_«!an60:k»")
index = pc.Index("docs-«lc6:x»")
""", True)
P("pinecone_legacy_uuid_key_environment_yaml", PINE, r"""
vectorstore:
  provider: pinecone
  api_key: «!uuid:k»
  environment: us-west1-gcp
  index_name: wandb-docs-«lc4:i»
""", True)
P("pinecone_api_key_header_http_trace_control_plane", PINE, r"""
> GET /indexes HTTP/1.1
> Host: api.pinecone.io
> Api-Key: pcsk_«an6:i»_«!an60:k»
> X-Pinecone-API-Version: 2024-10
""", True)
P("weaviate_auth_apikey_allowed_keys_env_compose", WVT, r"""
    environment:
      AUTHENTICATION_APIKEY_ENABLED: 'true'
      AUTHENTICATION_APIKEY_ALLOWED_KEYS: '«!an40:a»,«!an40:b»'
      AUTHENTICATION_APIKEY_USERS: 'admin@example.com,reader@example.com'
      PERSISTENCE_DATA_PATH: '/var/lib/weaviate'
""", True)
P("weaviate_client_connect_to_custom_auth_credentials_traceback", WVT, r"""
  File "/app/index.py", line «dig2:l», in <module>
    client = weaviate.connect_to_custom(http_host="weaviate.vec.svc.cluster.local", http_port=8080, http_secure=False, grpc_host="weaviate-grpc.vec.svc.cluster.local", grpc_port=50051, grpc_secure=False, auth_credentials=Auth.api_key("«!an40:k»"))
weaviate.exceptions.WeaviateGRPCUnavailableError: gRPC health check could not be completed.
""", True)
P("qdrant_service_api_key_config_yaml", QDR, r"""
service:
  http_port: 6333
  grpc_port: 6334
  api_key: «!b64u40:k»
  read_only_api_key: «!b64u40:r»
""", True)
P("qdrant_api_key_header_in_rest_request_log_line", QDR, r"""
«T» DEBUG qdrant_client.http: GET http://qdrant.vec.svc.cluster.local:6333/collections headers={'api-key': '«!b64u40:k»', 'User-Agent': 'python-client/1.12.1 python/3.11.9'}
""", True)
P("qdrant_cloud_url_and_key_env_json_pod_spec", QDR, r"""
          {
            "name": "QDRANT__SERVICE__API_KEY",
            "value": "«!b64u40:k»"
          },
""", True)
P("milvus_uri_token_user_colon_password_python", MIL, r"""
client = MilvusClient(uri="http://milvus.vec.svc.cluster.local:19530", token="root:«!pw20:k»")
""", True)
P("milvus_yaml_common_security_default_root_password", MIL, r"""
common:
  security:
    authorizationEnabled: true
    defaultRootPassword: «!pw18:k»
""", True)
P("milvus_attu_container_args_milvus_url_with_creds", MIL, r"""
Args:
  --milvus-url=milvus.vec.svc.cluster.local:19530
  --username=attu_ro
  --password=«!pw16:k»
""", True)
P("chroma_server_authn_credentials_env", CHR, r"""
CHROMA_SERVER_AUTHN_PROVIDER=chromadb.auth.token_authn.TokenAuthenticationServerProvider
CHROMA_SERVER_AUTHN_CREDENTIALS=«!an32:k»
CHROMA_AUTH_TOKEN_TRANSPORT_HEADER=X-Chroma-Token
""", True)
P("chroma_x_chroma_token_header_in_fastapi_request_log", CHR, r"""
«TL» DEBUG chromadb.server.fastapi: request GET /api/v2/heartbeat headers=Headers({'host': 'chroma.vec.svc.cluster.local:8000', 'x-chroma-token': '«!an32:k»', 'user-agent': 'Chroma Python Client v0.5.20'})
""", True)
P("chroma_basic_authn_htpasswd_basic_header_client", CHR, r"""
Authorization: Basic «!pw16:k|basic:chroma»
""", True)
# ---- Databricks
P("databrickscfg_multi_profile_with_cluster_id_and_jobs_token", DBX, r"""
[DEFAULT]
host  = https://adb-«dig16:w».«dig1:r».azuredatabricks.net
token = dapi«!hex32:a»

[ml-prod]
host       = https://dbc-«hex8:d»-«hex4:e».cloud.databricks.com
token      = dapi«!hex32:b»-2
cluster_id = «dig4:c»-«dig6:d»-«lc8:e»
""", True)
P("databricks_sdk_config_repr_debug_with_token", DBX, r"""
«TL» DEBUG databricks.sdk: Loaded from environment: Config: host=https://dbc-«hex8:d»-«hex4:e».cloud.databricks.com, token=dapi«!hex32:k», auth_type=pat. Env: DATABRICKS_HOST, DATABRICKS_TOKEN
""", True)
P("databricks_rest_api_20_authorization_bearer_requests_log", DBX_PAT, r"""
send: b'GET /api/2.0/clusters/list HTTP/1.1\r\nHost: adb-«dig16:w».«dig1:r».azuredatabricks.net\r\nAuthorization: Bearer dapi«!hex32:k»\r\nAccept: */*\r\n\r\n'
""")
P("databricks_connect_spark_remote_url_token_param", DBX, r"""
SPARK_REMOTE=sc://adb-«dig16:w».«dig1:r».azuredatabricks.net:443/;token=dapi«!hex32:k»;x-databricks-cluster-id=«dig4:c»-«dig6:d»-«lc8:e»
""", True)
P("databricks_sql_connector_connect_kwargs_in_dbt_debug", DBX, r"""
«T»  Using databricks connection "master"
«T»  On master: Connecting with args {'server_hostname': 'dbc-«hex8:d»-«hex4:e».cloud.databricks.com', 'http_path': '/sql/1.0/warehouses/«hex16:h»', 'access_token': 'dapi«!hex32:k»', 'catalog': 'ml'}
""", True)
P("databricks_oauth_m2m_client_secret_dose_env", DBX, r"""
DATABRICKS_HOST=https://accounts.cloud.databricks.com
DATABRICKS_CLIENT_ID=«uuid:c»
DATABRICKS_CLIENT_SECRET=dose«!hex32:s»
""", True)
# ---- MLflow (incl. databricks:// URIs)
P("mlflow_tracking_username_password_env_in_job_spec_json", MLF, r"""
"env": [
  {"name": "MLFLOW_TRACKING_URI", "value": "https://mlflow.example.com"},
  {"name": "MLFLOW_TRACKING_USERNAME", "value": "trainer"},
  {"name": "MLFLOW_TRACKING_PASSWORD", "value": "«!pw22:k»"}
],
""", True)
P("mlflow_tracking_uri_basic_userinfo_in_run_start_log", MLF, r"""
«TL» INFO mlflow.tracking.fluent: Experiment with name 'llm-ft' does not exist. Creating a new experiment.
«TL» DEBUG mlflow.utils.rest_utils: POST http://trainer:«!pw20:k»@mlflow.ml-tools.svc.cluster.local:5000/api/2.0/mlflow/experiments/create
""", True)
P("mlflow_databricks_profile_uri_with_token_in_env_print", MLF_DBX, r"""
MLFLOW_TRACKING_URI=databricks
DATABRICKS_HOST=https://dbc-«hex8:d»-«hex4:e».cloud.databricks.com
DATABRICKS_TOKEN=dapi«!hex32:k»
MLFLOW_EXPERIMENT_NAME=/Users/ml@example.com/llm-ft
""")
P("mlflow_tracking_token_bearer_mlflow_server_access_log", MLF, r"""
«T» mlflow-auth DEBUG request=POST /api/2.0/mlflow/runs/log-batch auth=Bearer «!b64u43:k» remote=10.«dig2:a».«dig1:b».«dig2:c»
""", True)
P("mlflow_auth_server_ini_admin_password_plain_value", MLF, r"""
[mlflow]
default_permission = READ
database_uri = sqlite:///basic_auth.db
admin_username = admin
admin_password = «!pw18:k»
""")
P("mlflow_gateway_endpoints_yaml_anthropic_key_inline", MLF, r"""
endpoints:
  - name: claude
    endpoint_type: llm/v1/chat
    model:
      provider: anthropic
      name: claude-3-5-sonnet-20241022
      config:
        anthropic_api_key: sk-ant-api03-«!b64u93:k»AA
""", True)
# ---- Snowflake
P("snowflake_connections_toml_password_and_passphrase", SNOW, r"""
[default]
account = "«uc7:a»-«uc7:b»"
user = "ML_SVC"
password = "«!pw20:p»"
warehouse = "ML_WH"

[keypair]
account = "«uc7:a»-«uc7:b»"
user = "ML_SVC_KP"
private_key_file = "/home/ml/.snowflake/rsa_key.p8"
private_key_file_pwd = "«!pw24:q»"
""", True)
P("snowflake_python_connector_connect_kwargs_traceback", SNOWPY, r"""
  File "/app/features.py", line «dig2:l», in get_conn
    return snowflake.connector.connect(account='«uc7:a»-«uc7:b»', user='ML_SVC', password='«!pw20:p»', role='ML_ROLE', warehouse='ML_WH')
snowflake.connector.errors.DatabaseError: 250001 (08001): Failed to connect to DB: «lc7:a»-«lc7:b».snowflakecomputing.com:443. Incorrect username or password was specified.
""", True)
P("snowflake_sqlalchemy_url_in_airflow_style_log", SNOWPY, r"""
[«TL»] {base.py:«dig2:l»} INFO - Using connection: snowflake://ML_SVC:«!pw20:p|pct»@«lc7:a»-«lc7:b»/ML_DB/PUBLIC?warehouse=ML_WH&role=ML_ROLE
""", True)
P("snowflake_env_private_key_passphrase_snowsql", SNOW, r"""
SNOWSQL_ACCOUNT=«uc7:a»-«uc7:b»
SNOWSQL_USER=ML_SVC_KP
SNOWSQL_PRIVATE_KEY_PASSPHRASE=«!pw22:q»
SNOWSQL_WAREHOUSE=ML_WH
""", True)
P("snowflake_jdbc_url_password_param_spark_options", SNOWPY, r"""
sfOptions = {"sfURL": "«lc7:a»-«lc7:b».snowflakecomputing.com", "sfUser": "ML_SVC", "sfPassword": "«!pw20:p»", "sfDatabase": "ML_DB", "sfWarehouse": "ML_WH"}
""", True)
# ---- BigQuery
P("bigquery_sa_keyfile_json_b64_env_google_credentials", BQ, r"""
GOOGLE_CLOUD_PROJECT=ml-«lc6:p»
GCP_SA_KEY_B64=«!an40:k|b64:{"type": "service_account", "private_key_id": "»
BQ_DATASET=wandb_exports
""", True)
P("bigquery_dbt_profile_keyfile_json_inline_private_key", BQ, r"""
      method: service-account-json
      project: ml-«lc6:p»
      dataset: analytics
      keyfile_json:
        type: service_account
        private_key_id: «hex40:i»
        private_key: "-----BEGIN PRIVATE KEY-----\n«!b64s64:a»\n«!b64s64:b»\n-----END PRIVATE KEY-----\n"
        client_email: dbt@ml-«lc6:p».iam.gserviceaccount.com
""", True)
P("bigquery_oauth_refresh_token_authorized_user_adc_json", BQ, r"""
{
  "client_id": "«dig12:c»-«lc32:d».apps.googleusercontent.com",
  "client_secret": "GOCSPX-«!b64u28:s»",
  "refresh_token": "1//0«!b64u98:r»",
  "type": "authorized_user"
}
""", True)
# ---- Kaggle
P("kaggle_json_single_line_with_chmod_warning", KAG, r"""
Warning: Your Kaggle API key is readable by other users on this system! To fix this, you can run 'chmod 600 /root/.kaggle/kaggle.json'
$ cat /root/.kaggle/kaggle.json
{"username":"«lc10:u»","key":"«!hex32:k»"}
""")
P("kaggle_env_vars_key_in_notebook_os_environ_cell", KAG, r"""
os.environ["KAGGLE_USERNAME"] = "«lc10:u»"
os.environ["KAGGLE_KEY"] = "«!hex32:k»"
!kaggle competitions download -c «lc8:c»
""", True)
P("kaggle_new_api_token_kgat_access_token_file", KAG, r"""
$ cat ~/.kaggle/access_token
KGAT_«!hex32:k»
""", True)
# ---- Neptune / Comet / ClearML / DVC
P("neptune_api_token_b64_json_in_run_init_kwargs", NEP, r"""
run = neptune.init_run(project="«lc8:w»/llm-ft", api_token="«!an36:k|b64:{"api_address":"https://app.neptune.ai","api_url":"https://app.neptune.ai","api_key":"»")
""", True)
P("neptune_env_file_api_token", NEP, r"""
NEPTUNE_PROJECT=«lc8:w»/llm-ft
NEPTUNE_API_TOKEN=«!b64s120:k»==
""", True)
P("comet_config_ini_api_key_and_rest_key", COM, r"""
[comet]
api_key = «!an25:k»
workspace = «lc8:w»
project_name = llm-ft
rest_api_key = «!an25:r»
""", True)
P("comet_experiment_init_warning_echoes_key_url", COM, r"""
COMET WARNING: Failed to connect to https://www.comet.com/clientlib/ with api_key=«!an25:k»; retrying in 5s
""", True)
P("clearml_conf_hocon_api_credentials_and_s3_secret", CLM, r"""
api {
    web_server: https://app.clearml.example.com
    api_server: https://api.clearml.example.com
    credentials {"access_key": "«uc20:a»", "secret_key": "«!an50:s»"}
}
sdk.aws.s3 {key: "minio-ml", secret: "«!an32:t»", region: "us-east-1"}
""", True)
P("clearml_services_conf_storage_credentials_block", CLM_I, r"""
        credentials: [
            {
                host: "minio.ml-tools.svc.cluster.local:9000"
                key: "clearml-svc"
                secret: "«!an32:t»"
                multipart: false
                secure: false
            }
""", True)
P("clearml_agent_env_git_pass_and_api_secret", CLM, r"""
CLEARML_API_ACCESS_KEY=«uc20:a»
CLEARML_API_SECRET_KEY=«!an50:s»
CLEARML_AGENT_GIT_USER=ci-bot
CLEARML_AGENT_GIT_PASS=ghp_«!an36:g»
""", True)
P("dvc_config_local_remote_s3_secret_access_key", DVC, r"""
['remote "storage"']
    url = s3://ml-datasets-«lc6:b»/dvc
    endpointurl = https://minio.example.com
    access_key_id = «uc20:a»
    secret_access_key = «!b64s40:s»
""", True)
P("dvc_webdav_remote_password_and_gdrive_client_secret", DVC, r"""
['remote "nas"']
    url = webdavs://nas.example.com/remote.php/dav/files/ml
    user = ml
    password = «!pw18:p»
['remote "gd"']
    url = gdrive://«b64u33:f»
    gdrive_client_id = «dig12:c»-«lc32:d».apps.googleusercontent.com
    gdrive_client_secret = GOCSPX-«!b64u28:s»
""", True)
P("dvc_remote_modify_cli_history_with_secret", DVC, r"""
dvc remote modify --local storage secret_access_key «!b64s40:s»
dvc remote modify --local storage access_key_id «uc20:a»
""")
P("dvc_http_remote_url_userinfo_dvc_remote_list", DVC, r"""
$ dvc remote list
storage⇥s3://ml-datasets-«lc6:b»/dvc
legacy⇥https://ml:«!pw16:p»@files.example.com/dvc-cache
""", True)
# ---- notebooks
P("jupyter_server_startup_urls_with_token_query", JUP, r"""
[I «TS» ServerApp] Jupyter Server 2.14.2 is running at:
[I «TS» ServerApp] http://jupyter-0.notebooks.svc.cluster.local:8888/lab?token=«!hex48:t»
[I «TS» ServerApp]     http://127.0.0.1:8888/lab?token=«!hex48:t»
""")
P("jupyter_server_config_identity_provider_token_literal", JUP, r"""
c.ServerApp.ip = "0.0.0.0"
c.IdentityProvider.token = "«!hex48:t»"
c.ServerApp.allow_origin = "*"
""")
P("jupyterhub_api_token_env_in_singleuser_pod_json", JUP, r"""
            {"name": "JUPYTERHUB_API_TOKEN", "value": "«!hex32:t»"},
            {"name": "JPY_API_TOKEN", "value": "«!hex32:t»"},
            {"name": "JUPYTERHUB_USER", "value": "«lc8:u»"},
""", True)
P("colab_userdata_secret_printed_in_cell_output", HF, r"""
from google.colab import userdata
print(userdata.get('HF_TOKEN'))
hf_«!al34:k»
""", True)
P("ipynb_stream_output_json_escaped_openai_key", OAI_PY, r"""
   {
    "name": "stdout",
    "output_type": "stream",
    "text": [
     "using key sk-proj-«!b64u100:k»\n",
     "model gpt-4o-mini\n"
    ]
   }
""")
P("vscode_remote_jupyter_server_url_token_settings_json", JUP, r"""
    "jupyter.jupyterServerType": "remote",
    "jupyter.jupyterServerUri": "https://notebooks.example.com/user/«lc8:u»/?token=«!hex48:t»",
""", True)
# ---- Kubernetes / Docker / bundle contexts around provider keys
K8S_SECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"
DOCKER_INSPECT = "https://docs.docker.com/reference/cli/docker/inspect/"
HELM = "https://helm.sh/docs/helm/helm_get_values/"
P("k8s_secret_data_b64_provider_keys_get_yaml", K8S_SECRET, r"""
apiVersion: v1
data:
  ANTHROPIC_API_KEY: «!b64u93:a|b64:sk-ant-api03-»
  OPENAI_API_KEY: «!b64u100:o|b64:sk-proj-»
kind: Secret
metadata:
  name: weave-provider-keys
  namespace: wandb
type: Opaque
""")
P("k8s_secret_stringdata_litellm_master_key_helm_manifest", K8S_SECRET, r"""
---
# Source: litellm-helm/templates/secret-masterkey.yaml
apiVersion: v1
kind: Secret
metadata:
  name: litellm-masterkey
stringData:
  masterkey: sk-«!an32:m»
""", True)
P("helm_get_values_weave_trace_provider_keys_user_supplied", HELM, r"""
USER-SUPPLIED VALUES:
weave-trace:
  extraEnv:
    OPENAI_API_KEY: sk-proj-«!b64u100:o»
    MISTRAL_API_KEY: «!an32:m»
    COHERE_API_KEY: «!an40:c»
""", True)
P("docker_inspect_config_env_hf_and_wandb_keys", DOCKER_INSPECT, r"""
            "Env": [
                "HF_HOME=/data/hf",
                "HUGGING_FACE_HUB_TOKEN=hf_«!al34:h»",
                "WANDB_API_KEY=local-«!hex40:w»",
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
            ],
""")
P("kubectl_create_secret_generic_from_literal_bash_history", K8S_SECRET, r"""
kubectl -n ml-gw create secret generic provider-keys --from-literal=OPENAI_API_KEY=sk-proj-«!b64u100:o» --from-literal=GROQ_API_KEY=gsk_«!an52:g»
""")
P("kubectl_logs_prefix_vllm_server_api_key_arg_echo", "https://docs.vllm.ai/en/latest/serving/openai_compatible_server.html", r"""
[pod/vllm-«lc10:p»-«lc5:q»/vllm] INFO «dig2:a»-«dig2:b» «dig2:c»:«dig2:d»:«dig2:e» api_server.py:«dig3:l»] args: Namespace(host=None, port=8000, api_key='«!b64u43:k»', model='meta-llama/Llama-3.1-8B-Instruct', served_model_name=None, tensor_parallel_size=1)
""", True)
P("vllm_serve_cmdline_api_key_flag_proc_cmdline", "https://docs.vllm.ai/en/latest/serving/openai_compatible_server.html", r"""
$ tr '\0' ' ' < /proc/1/cmdline
python3 -m vllm.entrypoints.openai.api_server --model /models/qwen2.5-7b --api-key «!b64u43:k» --port 8000
""", True)
P("ollama_webui_env_openai_api_keys_semicolon_list", OAI_AUTH, r"""
OPENAI_API_BASE_URLS=https://api.openai.com/v1;https://api.groq.com/openai/v1
OPENAI_API_KEYS=sk-«!an48:o»;gsk_«!an52:g»
WEBUI_SECRET_KEY=«!b64u32:w»
""", True)
# ---- JSON / escaping / encoding variants
P("fluentbit_record_log_field_json_escaped_anthropic_header", ANT, r"""
{"date":«TE»,"log":"«T» DEBUG anthropic._base_client: headers={\"x-api-key\": \"sk-ant-api03-«!b64u93:k»AA\", \"anthropic-version\": \"2023-06-01\"}","kubernetes":{"namespace_name":"ml-gw","pod_name":"judge-«lc10:p»"}}
""", True)
P("har_entry_request_header_authorization_openrouter", ORT, r"""
          "headers": [
            {"name": "content-type", "value": "application/json"},
            {"name": "authorization", "value": "Bearer sk-or-v1-«!hex64:k»"},
            {"name": "http-referer", "value": "https://wandb.example.com/"}
          ],
""", True)
P("weave_otel_span_attr_http_request_header_authorization_list", WEAVE, r"""
    Attributes:
         -> http.method: Str(POST)
         -> http.url: Str(https://api.groq.com/openai/v1/chat/completions)
         -> http.request.header.authorization: Slice(["Bearer gsk_«!an52:k»"])
         -> gen_ai.request.model: Str(llama-3.3-70b-versatile)
""", True)
P("azure_openai_key_url_encoded_in_proxy_query_string_access_log", AZ_OAI, r"""
10.«dig2:a».«dig1:b».«dig2:c» - - [«dig2:d»/Mar/2025:«dig2:h»:«dig2:m»:«dig2:s» +0000] "GET /proxy/azure?endpoint=https%3A%2F%2F«lc8:r».openai.azure.com&api-key=«!hex32:k» HTTP/1.1" 200 «dig4:z» "-" "python-requests/2.32.3"
""", True)
P("openai_key_base64_in_configmap_binary_data_misuse", K8S_SECRET, r"""
binaryData:
  openai.key: «!an48:k|b64:sk-»
data:
  model: gpt-4o
""", True)
P("snowflake_password_with_specials_pct_and_raw_in_same_record", SNOWPY, r"""
SNOWFLAKE_PASSWORD=«!pw22:p»
SNOWFLAKE_URL=snowflake://ML_SVC:«!pw22:p|pct»@«lc7:a»-«lc7:b»/ML_DB
""", True)
P("litellm_master_key_crlf_env_file", LLM_Q, r"""
LITELLM_MASTER_KEY=sk-«!an32:m»⏎
LITELLM_SALT_KEY=sk-«!an32:s»⏎
STORE_MODEL_IN_DB=True⏎
""", True)
P("hf_token_end_of_env_file_no_newline", HF, r"""
WANDB_ENTITY=«lc8:e»
HF_HUB_ENABLE_HF_TRANSFER=1
HF_TOKEN=hf_«!al34:k»
""")
P("openai_key_ansi_colored_rich_env_table", OAI_AUTH, r"""
┃ ␛[1mVariable␛[0m          ┃ ␛[1mValue␛[0m                                              ┃
│ OPENAI_API_KEY    │ ␛[32msk-«!an48:k»␛[0m │
│ OPENAI_BASE_URL   │ https://api.openai.com/v1                          │
""", True)
P("anthropic_key_utf8_bom_dotenv_first_line", ANT, r"""
﻿ANTHROPIC_API_KEY=sk-ant-api03-«!b64u93:k»AA
CLAUDE_MODEL=claude-3-5-haiku-20241022
""", True)
P("databricks_token_pct_encoded_in_jdbc_url_log", DBX, r"""
«TL» INFO jdbc: connecting jdbc:databricks://dbc-«hex8:d»-«hex4:e».cloud.databricks.com:443/default;transportMode=http;ssl=1;AuthMech=3;httpPath=/sql/1.0/warehouses/«hex16:h»;UID=token;PWD=dapi«!hex32:k»
""", True)
# ---- CLI outputs, SDK warnings
P("huggingface_cli_auth_list_token_echo_verbose", HFL, r"""
$ huggingface-cli login --token hf_«!al34:k» --add-to-git-credential
Token is valid (permission: write).
Your token has been saved in your configured git credential helpers (store).
Your token has been saved to /root/.cache/huggingface/token
Login successful
""")
P("wandb_launch_agent_queue_config_env_provider_keys", "https://docs.wandb.ai/guides/launch/setup-queue-advanced/", r"""
resource_args:
  kubernetes:
    spec:
      template:
        spec:
          containers:
            - env:
                - name: TOGETHER_API_KEY
                  value: «!hex64:t»
""", True)
P("openai_cli_tools_fine_tunes_debug_headers_line", OAI_PY, r"""
[«TS»] openai: DEBUG request headers {'X-OpenAI-Client-User-Agent': '{"bindings_version": "0.28.1"}', 'User-Agent': 'OpenAI/v1 PythonBindings/0.28.1', 'Authorization': 'Bearer sk-«!an48:k»'}
""")
P("databricks_cli_auth_env_json_output", DBX, r"""
$ databricks auth env --profile ml-prod
{
  "env": {
    "DATABRICKS_AUTH_TYPE": "pat",
    "DATABRICKS_HOST": "https://dbc-«hex8:d»-«hex4:e».cloud.databricks.com",
    "DATABRICKS_TOKEN": "dapi«!hex32:k»"
  }
}
""", True)
P("snowflake_cli_connection_list_json_password_shown", SNOW, r"""
$ snow connection list --format json
[{"connection_name": "default", "parameters": {"account": "«uc7:a»-«uc7:b»", "user": "ML_SVC", "password": "«!pw20:p»", "warehouse": "ML_WH"}, "is_default": true}]
""", True)
P("mlflow_deployments_server_startup_config_dump_openai", MLF, r"""
«TL» INFO mlflow.gateway.app: Loaded endpoint 'chat' config={'name': 'chat', 'endpoint_type': 'llm/v1/chat', 'model': {'provider': 'openai', 'name': 'gpt-4o', 'config': {'openai_api_key': 'sk-«!an48:k»'}}}
""", True)
P("qdrant_python_client_warning_api_key_insecure_connection_with_url", QDR, r"""
/usr/local/lib/python3.11/site-packages/qdrant_client/qdrant_remote.py:«dig3:l»: UserWarning: Api key is used with an insecure connection.
  client = QdrantClient(url="http://qdrant.vec.svc.cluster.local:6333", api_key="«!b64u40:k»")
""", True)
P("pinecone_canopy_env_output_setx_windows", PINE, r"""
C:\Users\ml> setx PINECONE_API_KEY "pcsk_«an6:i»_«!an60:k»"
SUCCESS: Specified value was saved.
""", True)
P("cohere_key_in_requests_exception_url_debug", COH, r"""
requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.cohere.com/v1/check-api-key?token=«!an40:k»
""", True)
P("gemini_key_in_litellm_exception_string", GEM, r"""
litellm.exceptions.BadRequestError: litellm.BadRequestError: VertexAIException BadRequestError - b'{"error": {"code": 400, "message": "API key not valid. Please pass a valid API key."}}' url=https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-pro:generateContent?key=AIza«!b64u35:k»
""", True)
P("weave_eval_yaml_model_config_groq_key_inline", WEAVE, r"""
model:
  class: GroqChat
  model_name: llama-3.1-8b-instant
  api_key: gsk_«!an52:k»
  temperature: 0
""", True)
P("openai_realtime_websocket_url_and_auth_subprotocol", OAI_AUTH, r"""
GET /v1/realtime?model=gpt-4o-realtime-preview HTTP/1.1
Host: api.openai.com
Upgrade: websocket
Sec-WebSocket-Protocol: realtime, openai-insecure-api-key.sk-proj-«!b64u100:k», openai-beta.realtime-v1
""", True)
P("ephemeral_client_secret_ek_in_realtime_session_response", OAI_AUTH, r"""
{"id": "sess_«an20:s»", "object": "realtime.session", "model": "gpt-4o-realtime-preview", "client_secret": {"value": "ek_«!an32:e»", "expires_at": «dig10:x»}}
""", True)
P("langsmith_run_export_inputs_contains_tool_api_key", LSM, r"""
{"run_type": "tool", "name": "search_web", "inputs": {"query": "wandb server helm", "tavily_api_key": "tvly-«!an32:k»"}, "trace_id": "«uuid:t»", "dotted_order": "«dig8:a»T«dig6:b»«dig6:c»Z«uuid:t»"}
""", True)
P("azure_openai_env_var_block_terraform_plan_output", AZ_OAI, r"""
      + app_settings = {
          + "AZURE_OPENAI_API_KEY"  = "«!hex32:k»"
          + "AZURE_OPENAI_ENDPOINT" = "https://«lc8:r».openai.azure.com/"
          + "WANDB_BASE_URL"        = "https://wandb.example.com"
        }
""", True)
P("comet_env_and_neptune_env_in_ps_eww_output", COM, r"""
  «dig5:p» pts/0    Sl+    0:12 python train.py --epochs 3 COMET_API_KEY=«!an25:c» NEPTUNE_API_TOKEN=«!b64s120:n»== HOSTNAME=trainer-«lc5:h»
""", True)
P("mistral_key_in_curl_trace_ascii_header_row", MIS, r"""
=> Send header, «dig3:l» bytes (0x«hex2:x»)
0000: POST /v1/chat/completions HTTP/1.1
0024: Host: api.mistral.ai
003a: Authorization: Bearer «!an32:k»
0069: Content-Type: application/json
""", True)
P("together_key_in_python_logging_extra_json", TOG, r"""
{"asctime": "«TL»", "levelname": "DEBUG", "name": "together.abstract.api_requestor", "message": "Request to Together API", "headers": {"Authorization": "Bearer «!hex64:k»", "User-Agent": "Together/v1 PythonBindings/1.3.3"}}
""", True)
P("replicate_api_token_in_cog_push_output_config", REP, r"""
Validating model schema...
Using REPLICATE_API_TOKEN=r8_«!an37:k» from environment
Pushing image 'r8.im/«lc8:u»/sdxl-ft-«lc4:v»'...
""", True)
P("openrouter_key_helm_set_flags_in_ci_log", ORT, r"""
+ helm upgrade --install chat-ui ./charts/chat-ui -n ml-gw --set env.OPENROUTER_API_KEY=sk-or-v1-«!hex64:k» --set image.tag=«hex7:t»
""", True)
P("milvus_minio_and_root_creds_in_docker_inspect_env", MIL, r"""
                "MINIO_ACCESS_KEY_ID=milvus",
                "MINIO_SECRET_ACCESS_KEY=«!b64s40:s»",
                "ETCD_ENDPOINTS=etcd:2379",
                "MILVUS_ROOT_PASSWORD=«!pw18:r»",
""", True)
P("snowflake_connector_ocsp_debug_with_login_request_body", SNOWPY, r"""
DEBUG:snowflake.connector.auth._auth:authenticate: {'data': {'CLIENT_APP_ID': 'PythonConnector', 'CLIENT_APP_VERSION': '3.12.1', 'ACCOUNT_NAME': '«uc7:a»-«uc7:b»', 'LOGIN_NAME': 'ML_SVC', 'PASSWORD': '«!pw20:p»'}}
""", True)
P("databricks_secrets_put_secret_cli_echo_string_value", DBX, r"""
$ databricks secrets put-secret ml openai_api_key --string-value sk-proj-«!b64u100:k»
$ databricks secrets list-secrets ml
Key             Last Updated Timestamp
openai_api_key  «dig13:t»
""", True)
P("jupyter_kernel_json_connection_signing_key_uuid", JUP, r"""
{
  "shell_port": «dig5:a»,
  "iopub_port": «dig5:b»,
  "ip": "127.0.0.1",
  "key": "«!uuid:k»",
  "transport": "tcp",
  "signature_scheme": "hmac-sha256",
  "kernel_name": "python3"
}
""")
P("weave_playground_custom_provider_headers_json_config", WEAVE, r"""
{"name": "vllm-internal", "base_url": "http://vllm.ml-gw.svc.cluster.local:8000/v1", "api_key": "«!b64u43:k»", "headers": {"X-Team-Token": "«!hex40:t»"}, "models": ["qwen2.5-7b"]}
""", True)
P("hf_inference_endpoint_curl_bearer_and_dataset_download", HF, r"""
$ curl https://«lc16:e».us-east-1.aws.endpoints.huggingface.cloud -H "Authorization: Bearer hf_«!al34:k»" -H "Content-Type: application/json" -d '{"inputs": "ping"}'
[{"generated_text":"ping pong"}]
""", True)
P("openai_proj_key_json_escaped_twice_in_ticket_export", OAI_AUTH, r"""
{"ticket": "INC-«dig6:t»", "attachment": "{\"log\": \"{\\\"level\\\": \\\"debug\\\", \\\"openai_api_key\\\": \\\"sk-proj-«!b64u100:k»\\\"}\"}"}
""", True)
P("gemini_vertex_express_api_key_in_genai_client_http_options_repr", VERTEX, r"""
Client(vertexai=True, api_key='AQ.«!b64u53:k»', http_options=HttpOptions(base_url='https://aiplatform.googleapis.com/', api_version='v1'))
""", True)
P("anthropic_via_bedrock_proxy_basic_auth_userinfo_url", ANT, r"""
ANTHROPIC_BASE_URL=https://claude-gw:«!pw24:p»@llm-gw.example.com/anthropic
ANTHROPIC_MODEL=claude-3-5-sonnet-20241022
""", True)
# ================================================================ NEGATIVES
N("neg_openai_error_masked_key_stars_and_last4", OAI_ERR, r"""
openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-****************************************************************************************«an4:m». You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}
""")
N("neg_openai_response_ids_and_system_fingerprint_json", OAI_AUTH, r"""
{"id": "chatcmpl-«an29:i»", "object": "chat.completion", "created": «dig10:c», "model": "gpt-4o-2024-08-06", "system_fingerprint": "fp_«hex10:f»", "usage": {"prompt_tokens": «dig3:p», "completion_tokens": «dig2:q»}}
""")
N("neg_openai_response_headers_request_id_ratelimit", OAI_AUTH, r"""
< x-request-id: req_«hex32:r»
< openai-processing-ms: «dig3:m»
< x-ratelimit-remaining-tokens: «dig6:t»
< x-ratelimit-reset-requests: «dig1:a»ms
< cf-ray: «hex16:c»-SJC
""")
N("neg_openai_key_masked_ellipsis_in_dashboard_copy", OAI_AUTH, r"""
Name            Secret key     Created        Last used      Project
«@eval-runner|weave-judge|ci-bot»     sk-...«an4:m»      «@Mar|Apr|May» «dig1:d», 2025    «@Never|Today|Yesterday»          «@Default project|evals»
""")
N("neg_openai_env_name_without_value_dotenv_example", OAI_AUTH, r"""
# copy to .env and fill in
OPENAI_API_KEY=
OPENAI_ORG_ID=
WANDB_PROJECT=«@evals|weave-demo|rag-bench»-«lc4:p»
""")
N("neg_openai_placeholder_angle_brackets_readme", OAI_AUTH, r"""
export OPENAI_API_KEY="<your-openai-api-key>"
export LANGSMITH_API_KEY="<your-langsmith-api-key>"
python -m «@evals|bench|weave_demo».run --limit «dig2:n»
""")
N("neg_openai_project_and_org_ids_only", OAI_AUTH, r"""
OPENAI_ORG_ID=org-«an24:o»
OPENAI_PROJECT_ID=proj_«an24:p»
OPENAI_MODEL=gpt-4o-mini
""")
N("neg_openai_file_and_batch_ids_cli_output", OAI_PY, r"""
$ openai api files.list
{"id": "file-«an22:f»", "object": "file", "bytes": «dig6:b», "created_at": «dig10:c», "filename": "batch_«dig3:n».jsonl", "purpose": "batch"}
{"id": "batch_«hex32:b»", "status": "«@completed|in_progress|validating»"}
""")
N("neg_azure_openai_api_key_header_name_only_docs", AZ_OAI, r"""
Request headers:
  api-key          string  required  Provide Azure OpenAI API key here
  Content-Type     string  required  application/json
api-version=«@2024-02-01|2024-06-01|2024-10-21»  deployment=«lc8:d»
""")
N("neg_azure_openai_deployment_list_no_keys", AZ_OAI, r"""
Name            Model         Version      SKU        Capacity
gpt-4o-«lc4:d»      gpt-4o        2024-08-06   Standard   «dig2:c»
emb-«lc4:e»         text-embedding-3-large   1   Standard   «dig2:f»
""")
N("neg_anthropic_message_id_and_usage_json", ANT, r"""
{"id": "msg_«b64u24:i»", "type": "message", "role": "assistant", "model": "claude-3-5-sonnet-20241022", "stop_reason": "end_turn", "usage": {"input_tokens": «dig3:a», "output_tokens": «dig3:b»}}
""")
N("neg_anthropic_request_id_error_body_no_key", ANT, r"""
anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}, 'request_id': 'req_«b64u24:r»'}
""")
N("neg_anthropic_key_prefix_alone_in_validation_message", ANT, r"""
ValueError: ANTHROPIC_API_KEY must start with 'sk-ant-' (got a value of length «dig2:n»)
""")
N("neg_gemini_model_names_and_safety_ratings", GEM, r"""
{"candidates": [{"finishReason": "STOP", "safetyRatings": [{"category": "HARM_CATEGORY_HARASSMENT", "probability": "NEGLIGIBLE"}]}], "modelVersion": "gemini-«@1.5-pro-002|2.0-flash-001|1.5-flash-8b»", "responseId": "«b64u22:r»"}
""")
N("neg_gemini_key_env_ref_only_compose", GEM, r"""
    environment:
      GEMINI_API_KEY: ${GEMINI_API_KEY:?set in .env}
      GOOGLE_CLOUD_PROJECT: ml-«lc6:p»
""")
N("neg_vertex_sa_json_public_fields_only", VERTEX, r"""
  "client_email": "vertex-runner@ml-«lc6:p».iam.gserviceaccount.com",
  "client_id": "«dig21:c»",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/vertex-runner%40ml-«lc6:p».iam.gserviceaccount.com"
""")
N("neg_vertex_endpoint_and_model_resource_names", VERTEX, r"""
Using endpoint [https://us-central1-aiplatform.googleapis.com/]
ENDPOINT_ID          DISPLAY_NAME
«dig19:e»  llm-ft-«lc4:d»
projects/«dig12:n»/locations/us-central1/models/«dig19:m»@«dig1:v»
""")
N("neg_mistral_response_id_and_model_list", MIS, r"""
{"id": "«hex32:i»", "object": "chat.completion", "model": "«@mistral-large-latest|open-mistral-nemo|codestral-latest»", "created": «dig10:c»}
""")
N("neg_cohere_generation_ids_and_meta_billed_units", COH, r"""
{"id": "«uuid:i»", "generation_id": "«uuid:g»", "meta": {"api_version": {"version": "1"}, "billed_units": {"input_tokens": «dig2:a», "output_tokens": «dig3:b»}}}
""")
N("neg_groq_x_groq_request_id_headers", GROQ, r"""
< x-groq-region: «@us-east-1|gcp-us-central1|dls»
< x-request-id: req_«lc26:r»
< x-ratelimit-limit-tokens: «dig5:t»
< via: 1.1 google
""")
N("neg_together_model_card_and_job_ids", TOG, r"""
fine-tune job ft-«uuid:j» status=«@running|completed|queued» model=meta-llama/Meta-Llama-3.1-8B-Instruct-Reference output_name=«lc8:u»/Meta-Llama-3.1-8B-Instruct-ft-«hex8:h»
""")
N("neg_replicate_prediction_and_version_ids", REP, r"""
{"id": "«lc26:p»", "model": "stability-ai/sdxl", "version": "«hex64:v»", "status": "«@succeeded|starting|processing»", "urls": {"get": "https://api.replicate.com/v1/predictions/«lc26:p»"}}
""")
N("neg_openrouter_generation_id_and_provider", ORT, r"""
{"id": "gen-«dig10:a»-«an20:b»", "provider": "«@Anthropic|Together|Fireworks»", "model": "anthropic/claude-3.5-sonnet", "object": "chat.completion"}
""")
N("neg_hf_repo_ids_revisions_and_etags", HF, r"""
Downloading 'model-0000«dig1:a»-of-00004.safetensors' to '/data/hf/hub/models--meta-llama--Llama-3.1-8B-Instruct/blobs/«hex64:b».incomplete'
Download complete. Moving file to /data/hf/hub/models--meta-llama--Llama-3.1-8B-Instruct/snapshots/«hex40:c»/model-0000«dig1:a»-of-00004.safetensors
""")
N("neg_hf_whoami_output_no_token", HFL, r"""
$ huggingface-cli whoami
«lc8:u»
orgs:  «lc6:o»,wandb-«lc4:q»
""")
N("neg_hf_token_env_points_to_file_path", HF, r"""
HF_TOKEN_PATH=/var/run/secrets/hf/«@token|hf-token»
HF_HOME=/data/hf
HF_HUB_ETAG_TIMEOUT=«dig2:t»
""")
N("neg_hf_token_prefix_shown_alone_in_login_prompt", HFL, r"""
    To log in, `huggingface_hub` requires a token generated from https://huggingface.co/settings/tokens .
Enter your token (input will not be visible):
Add token as git credential? (Y/n) «@n|Y»
Token has not been saved to git credential helper. (hf_**** … «dig2:n» chars)
""")
N("neg_weave_call_ids_and_op_refs", WEAVE, r"""
weave: 🍩 https://wandb.example.com/«lc8:e»/«lc8:p»/r/call/«uuid:c»
weave:///«lc8:e»/«lc8:p»/op/score_batch:«an43:d»
""")
N("neg_weave_team_secret_names_listing", WEAVE_S, r"""
Team secrets («lc8:e»)
NAME                   CREATED
OPENAI_API_KEY         «dig4:y»-0«dig1:m»-1«dig1:d»
ANTHROPIC_API_KEY      «dig4:y»-0«dig1:m»-2«dig1:d»
""")
N("neg_weave_playground_settings_secret_name_reference", WEAVE, r"""
{"provider": "«@openai|anthropic|groq»", "model": "«@gpt-4o-mini|claude-3-5-haiku-20241022|llama-3.1-8b-instant»", "secret_name": "«@OPENAI_API_KEY|ANTHROPIC_API_KEY|GROQ_API_KEY»", "settings": {"temperature": 0.«dig1:t»}}
""")
N("neg_weave_trace_inputs_api_key_redacted_marker", WEAVE, r"""
{"id": "«uuid:c»", "inputs": {"api_key": "REDACTED", "model": "gpt-4o", "messages": [{"role": "user", "content": "«@hi|ping|test»"}]}, "started_at": "«T»"}
""")
N("neg_weave_eval_summary_scores_and_digests", WEAVE, r"""
{"HallucinationFreeScorer": {"has_hallucination": {"true_count": «dig2:a», "true_fraction": 0.«dig3:b»}}, "model_latency": {"mean": «dig1:c».«dig3:d»}, "dataset_ref": "weave:///«lc8:e»/evals/object/qa:«an43:x»"}
""")
N("neg_langsmith_env_names_and_endpoint_only", LSM, r"""
LANGSMITH_TRACING=true
LANGSMITH_ENDPOINT=https://«@api.smith.langchain.com|eu.api.smith.langchain.com|langsmith.example.com/api/v1»
LANGSMITH_PROJECT=«lc8:p»
LANGSMITH_API_KEY=${LANGSMITH_API_KEY}
""")
N("neg_langsmith_run_and_trace_ids_url", LSM, r"""
View the trace at: https://smith.langchain.com/o/«uuid:o»/projects/p/«uuid:p»/r/«uuid:r»?poll=true
""")
N("neg_langsmith_key_prefix_docs_placeholder", LSM_ENV, r"""
LANGSMITH_API_KEY=lsv2_pt_your_api_key_here # REQUIRED
LANGSMITH_WORKSPACE_ID=«uuid:w»
""")
N("neg_langchain_serialized_secret_id_reference", LCH, r"""
{"lc": 1, "type": "constructor", "id": ["langchain", "chat_models", "openai", "ChatOpenAI"], "kwargs": {"model_name": "«@gpt-4o|gpt-4o-mini|o1-mini»", "openai_api_key": {"lc": 1, "type": "secret", "id": ["OPENAI_API_KEY"]}, "temperature": 0.«dig1:t»}}
""")
N("neg_langchain_secretstr_masked_repr", LCH, r"""
ChatAnthropic(model='claude-3-5-sonnet-20241022', anthropic_api_key=SecretStr('**********'), max_tokens=«dig4:m», default_request_timeout=«dig2:t».0)
""")
N("neg_llamaindex_node_ids_and_doc_hashes", LIDX, r"""
Node ID: «uuid:n»
Similarity: 0.«dig4:s»
Text hash: «hex64:h»
Ref doc id: «uuid:r»
""")
N("neg_litellm_config_os_environ_references", LLM, r"""
model_list:
  - model_name: «@gpt-4o|claude-3-5-sonnet|mistral-large»
    litellm_params:
      model: «@openai/gpt-4o|anthropic/claude-3-5-sonnet-20241022|mistral/mistral-large-latest»
      api_key: os.environ/«@OPENAI_API_KEY|ANTHROPIC_API_KEY|MISTRAL_API_KEY»
      rpm: «dig3:r»
general_settings:
  master_key: os.environ/LITELLM_MASTER_KEY
""")
N("neg_litellm_spend_logs_hashed_token_and_key_alias", LLM_Q, r"""
{"request_id": "chatcmpl-«uuid:r»", "api_key": "«hex64:h»", "key_alias": "«@team-eval|ci|weave-judge»", "spend": 0.000«dig3:s», "model": "gpt-4o-mini", "startTime": "«T»"}
""")
N("neg_litellm_key_info_masked_key_name", LLM_Q, r"""
{"key": "«hex64:t»", "info": {"key_name": "sk-...«an4:m»", "key_alias": null, "spend": «dig1:a».«dig2:b», "max_budget": «dig3:m».0, "models": ["gpt-4o"]}}
""")
N("neg_litellm_proxy_startup_banner_no_keys", LLM_Q, r"""
INFO:     Started server process [«dig2:p»]
INFO:     Waiting for application startup.
#------------------------------------------------------------#
#           'I get frustrated when the product...'             #
#------------------------------------------------------------#
 Thank you for using LiteLLM! - Krrish & Ishaan
LiteLLM: Proxy initialized with Config, Set models:
    «@gpt-4o|claude-3-5-sonnet|mistral-large»
INFO:     Uvicorn running on http://0.0.0.0:«@4000|8000»
""")
N("neg_pinecone_index_describe_host_and_dimension", PINE, r"""
{"name": "docs-«lc6:x»", "dimension": «@1536|3072|768», "metric": "cosine", "host": "docs-«lc6:x»-«lc7:h».svc.aped-4627-b74a.pinecone.io", "status": {"ready": true, "state": "Ready"}}
""")
N("neg_pinecone_vector_ids_and_upsert_counts", PINE, r"""
upserted_count: «dig3:n»
ids: ['«hex32:a»#chunk-«dig1:b»', '«hex32:c»#chunk-«dig1:d»']
""")
N("neg_weaviate_meta_and_apikey_users_without_keys", WVT, r"""
      AUTHENTICATION_APIKEY_ENABLED: 'true'
      AUTHENTICATION_APIKEY_USERS: '«lc6:a»@example.com'
      AUTHORIZATION_ADMINLIST_ENABLED: 'true'
      QUERY_DEFAULTS_LIMIT: «dig2:q»
""")
N("neg_weaviate_object_uuids_and_vector_dims", WVT, r"""
{"class": "Doc«@Chunk|Page|Section»", "id": "«uuid:i»", "creationTimeUnix": «dig13:c», "properties": {"source": "docs/«lc8:s».md"}, "vectorWeights": null}
""")
N("neg_qdrant_collection_info_and_point_ids", QDR, r"""
{"result": {"status": "green", "points_count": «dig5:p», "config": {"params": {"vectors": {"size": «@384|768|1536», "distance": "Cosine"}}}}, "status": "ok", "time": 0.000«dig3:t»}
""")
N("neg_qdrant_api_key_from_env_ref_config", QDR, r"""
service:
  http_port: 6333
  api_key: ${QDRANT__SERVICE__API_KEY}
  enable_tls: «@false|true»
storage:
  storage_path: /qdrant/storage-«lc4:s»
""")
N("neg_milvus_collection_schema_and_segment_ids", MIL, r"""
collection: docs_«lc5:c»  segments: [«dig18:a», «dig18:b»]  rows: «dig5:r»  index: HNSW(M=16, efConstruction=«dig3:e»)
""")
N("neg_milvus_token_from_env_ref_python", MIL, r"""
client = MilvusClient(uri=os.environ["MILVUS_URI"], token=os.environ["MILVUS_TOKEN"], db_name="«lc6:d»")
""")
N("neg_chroma_collection_ids_and_heartbeat", CHR, r"""
{"nanosecond heartbeat": «dig19:h»}
Collection(id=UUID('«uuid:c»'), name='docs-«lc5:n»', metadata={'hnsw:space': 'cosine'})
""")
N("neg_databrickscfg_oauth_u2m_profile_without_token", DBX, r"""
[«@ml-dev|ml-prod|DEFAULT»]
host      = https://dbc-«hex8:d»-«hex4:e».cloud.databricks.com
auth_type = databricks-cli
cluster_id = «dig4:c»-«dig6:i»-«lc8:j»
""")
N("neg_databricks_token_list_ids_and_comments", DBX_PAT, r"""
ID                                                                CREATED        COMMENT
«hex64:i»  «dig4:y»-0«dig1:m»-1«dig1:d»     «@mlflow ci|weave export|dbt prod»
""")
N("neg_databricks_secret_scope_reference_syntax", DBX, r"""
spark.hadoop.fs.azure.account.key.«lc10:s».dfs.core.windows.net {{secrets/«@ml|prod|shared»/adls-key}}
OPENAI_API_KEY {{secrets/«lc4:x»/openai_api_key}}
""")
N("neg_databricks_notebook_dbutils_secrets_get_redacted_output", DBX, r"""
key = dbutils.secrets.get(scope="«@ml|prod»", key="openai_api_key")
print(key)
[REDACTED]
# run id «dig15:r»
""")
N("neg_databricks_job_run_urls_and_ids", DBX, r"""
Run URL: https://dbc-«hex8:d»-«hex4:e».cloud.databricks.com/?o=«dig16:o»#job/«dig15:j»/run/«dig15:r»
""")
N("neg_mlflow_run_ids_artifact_uris", MLF, r"""
🏃 View run «@bright|quiet|bold»-«@fox|owl|yak»-«dig3:n» at: https://mlflow.example.com/#/experiments/«dig3:e»/runs/«hex32:r»
artifact_uri: s3://mlflow-artifacts/«dig3:e»/«hex32:r»/artifacts
""")
N("neg_mlflow_databricks_uri_profile_no_token", MLF_DBX, r"""
MLFLOW_TRACKING_URI=databricks://«@ml-prod|ml-dev|DEFAULT»
MLFLOW_REGISTRY_URI=databricks-uc
MLFLOW_EXPERIMENT_ID=«dig16:e»
""")
N("neg_mlflow_model_version_source_and_checksums", MLF, r"""
Created version '«dig1:v»' of model 'llm-ft-«lc4:m»'.
source: models:/m-«hex32:s»
run_id: «hex32:r»  sha256: «hex64:h»
""")
N("neg_mlflow_basic_auth_ini_without_password_env_ref", MLF, r"""
[mlflow]
default_permission = «@READ|EDIT|NO_PERMISSIONS»
database_uri = sqlite:///basic_auth.db
admin_username = admin
# admin_password read from MLFLOW_AUTH_ADMIN_PASSWORD at startup («dig2:n» chars min)
""")
N("neg_snowflake_connections_toml_externalbrowser_no_secret", SNOW, r"""
[«@default|analytics|ml»]
account = "«uc7:a»-«uc7:b»"
user = "«uc8:u»@EXAMPLE.COM"
authenticator = "externalbrowser"
private_key_file = "/home/ml/.snowflake/rsa_key.p8"
""")
N("neg_snowflake_redacted_param_print", SNOWR, r"""
<Snowflake connection: «lc5:c»>
  account: "«lc7:a»-«lc7:b»"
  private_key_file_pwd: <REDACTED>
  user: "user"
  authenticator: "SNOWFLAKE_JWT"
""")
N("neg_snowflake_query_ids_and_session_ids", SNOWPY, r"""
INFO:snowflake.connector.cursor:query execution done
INFO:snowflake.connector.cursor:Number of results in first chunk: «dig3:n»
sfqid: 01«hex6:a»-0000-«hex4:b»-0000-«hex12:c»  session_id: «dig14:s»
""")
N("neg_snowflake_rsa_public_key_fp_and_pub_body", SNOW, r"""
RSA_PUBLIC_KEY_FP = SHA256:«b64s43:f»=
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA«b64s20:p»
-----END PUBLIC KEY-----
""")
N("neg_bigquery_job_ids_and_bytes_processed", BQ, r"""
Waiting on bqjob_r«hex16:j»_0000«hex12:k»_1 ... («dig1:s»s) Current status: DONE
Query successfully validated. Assuming the tables are not modified, running this query will process «dig6:b» bytes of data.
""")
N("neg_bigquery_sa_key_list_key_ids_only", BQ, r"""
KEY_ID                                    CREATED_AT            EXPIRES_AT            DISABLED
«hex40:k»  «dig4:y»-0«dig1:m»-1«dig1:d»T0«dig1:h»:«dig2:i»:00Z  9999-12-31T23:59:59Z
""")
N("neg_bigquery_adc_credentials_path_env", BQ, r"""
GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/google/«@key|sa|bq-reader».json
GOOGLE_CLOUD_PROJECT=ml-«lc6:p»
""")
N("neg_kaggle_json_template_empty_key", KAG, r"""
{"username":"«lc10:u»","key":""}
""")
N("neg_kaggle_dataset_list_refs_and_sizes", KAG, r"""
ref                                       title                  size  lastUpdated          downloadCount
«lc8:u»/«lc10:d»                           «@Imdb Reviews|Titanic Clean|Tweets»          «dig2:s»MB  «dig4:y»-0«dig1:m»-1«dig1:d» 0«dig1:h»:00:00  «dig5:c»
""")
N("neg_neptune_run_url_and_sys_id", NEP, r"""
[neptune] [info   ] Neptune initialized. Open in the app: https://app.neptune.ai/«lc8:w»/llm-ft/e/LLM-«dig3:n»
[neptune] [info   ] Waiting for the remaining «dig2:o» operations to synchronize with Neptune.
""")
N("neg_neptune_token_env_var_missing_error", NEP, r"""
neptune.exceptions.NeptuneMissingApiTokenException:
----NeptuneMissingApiTokenException-------------------------------------------
The Neptune client couldn't find your API token.
    - Linux/Unix: export NEPTUNE_API_TOKEN="YOUR_API_TOKEN"
(run «hex8:r»)
""")
N("neg_comet_experiment_key_and_url", COM, r"""
COMET INFO: Experiment is live on comet.com https://www.comet.com/«lc8:w»/llm-ft/«hex32:e»
COMET INFO:     url                   : https://www.comet.com/«lc8:w»/llm-ft/«hex32:e»
""")
N("neg_clearml_conf_env_refs_and_access_key_only", CLM, r"""
api {
    api_server: https://api.clearml.example.com
    credentials {"access_key": ${CLEARML_API_ACCESS_KEY}, "secret_key": ${CLEARML_API_SECRET_KEY}}
}
# task «hex32:t»
""")
N("neg_clearml_task_ids_and_queue_names", CLM, r"""
ClearML Task: created new task id=«hex32:t»
ClearML results page: https://app.clearml.example.com/projects/«hex32:p»/experiments/«hex32:t»/output/log
Queue: «@default|gpu-a100|services»
""")
N("neg_dvc_config_remote_without_credentials", DVC, r"""
[core]
    remote = storage
['remote "storage"']
    url = s3://ml-datasets-«lc6:b»/dvc
    credentialpath = /home/ml/.aws/credentials
    profile = «@ml|default|minio»
""")
N("neg_dvc_lock_md5_hashes", DVC, r"""
  train:
    cmd: python train.py
    deps:
    - path: data/train.parquet
      md5: «hex32:a»
      size: «dig8:s»
    outs:
    - path: models/model.pkl
      md5: «hex32:b»
""")
N("neg_jupyter_server_list_urls_token_elided", JUP, r"""
[I «TS» ServerApp] http://jupyter-«dig1:i».notebooks.svc.cluster.local:8888/lab?token=...
[I «TS» ServerApp] Use Control-C to stop this server and shut down all kernels (twice to skip confirmation).
""")
N("neg_jupyter_config_token_from_env_and_hashed_password_path", JUP, r"""
c.IdentityProvider.token = os.environ.get("JUPYTER_TOKEN", "")
c.ServerApp.root_dir = "/home/«lc6:u»/work"
c.ServerApp.port = «@8888|8889|9999»
""")
N("neg_ipynb_metadata_kernelspec_and_cell_ids", JUP, r"""
   "metadata": {
    "id": "«b64u12:i»",
    "executionInfo": {"elapsed": «dig4:e», "status": "ok", "timestamp": «dig13:t»},
    "outputId": "«hex8:a»-«hex4:b»-«hex4:c»-«hex4:d»-«hex12:e»"
   },
""")
N("neg_k8s_secret_metadata_only_provider_keys", K8S_SECRET, r"""
Name:         weave-provider-keys
Namespace:    wandb
Type:  Opaque
Data
====
ANTHROPIC_API_KEY:  «dig3:a» bytes
OPENAI_API_KEY:     «dig3:b» bytes
""")
N("neg_k8s_env_secretkeyref_openai_key", K8S_SECRET, r"""
        - name: OPENAI_API_KEY
          valueFrom:
            secretKeyRef:
              name: «@provider-keys|weave-secrets|llm-keys»
              key: openai-api-key-«lc4:k»
""")
N("neg_helm_values_existing_secret_names", HELM, r"""
weave-trace:
  extraEnvFrom:
    - secretRef:
        name: provider-keys-«lc5:s»
  existingSecret: weave-«@openai|llm|providers»
""")
N("neg_docker_inspect_env_key_files_and_model_ids", DOCKER_INSPECT, r"""
            "Env": [
                "HF_TOKEN_PATH=/run/secrets/hf_token",
                "MODEL_ID=«@meta-llama/Llama-3.1-8B-Instruct|Qwen/Qwen2.5-7B-Instruct|mistralai/Mistral-7B-Instruct-v0.3»",
                "REVISION=«hex40:r»"
            ],
""")
N("neg_sdk_warning_env_var_not_set_names", OAI_PY, r"""
/usr/local/lib/python3.11/site-packages/«@weave|litellm|langchain_openai»/«lc6:m».py:«dig3:l»: UserWarning: OPENAI_API_KEY is not set; falling back to ANTHROPIC_API_KEY, then GEMINI_API_KEY
""")
N("neg_sha256_model_digests_and_etags_of_provider_sdk_wheels", "https://pip.pypa.io/en/stable/topics/secure-installs/", r"""
openai==1.«dig2:a».0 \
    --hash=sha256:«hex64:h»
anthropic==0.«dig2:b».1 \
    --hash=sha256:«hex64:i»
""")
N("neg_vllm_args_api_key_none_and_model", "https://docs.vllm.ai/en/latest/serving/openai_compatible_server.html", r"""
INFO «dig2:a»-«dig2:b» «dig2:c»:«dig2:d»:«dig2:e» api_server.py:«dig3:l»] args: Namespace(host=None, port=8000, api_key=None, model='«@Qwen/Qwen2.5-7B-Instruct|meta-llama/Llama-3.1-8B-Instruct»', max_model_len=«dig4:m»)
""")
N("neg_curl_authorization_header_env_expansion_command", CURL, r"""
curl -s https://api.«@openai.com|groq.com/openai|mistral.ai»/v1/models -H "Authorization: Bearer $«@OPENAI_API_KEY|GROQ_API_KEY|MISTRAL_API_KEY»" | jq '.data[«dig1:i»].id'
""")
N("neg_tokenizer_config_special_tokens_and_hashes", HF, r"""
{"bos_token": "<|begin_of_text|>", "eos_token": "<|eot_id|>", "pad_token": "<|finetune_right_pad_id|>", "model_max_length": «dig6:m», "_commit_hash": "«hex40:c»"}
""")
N("neg_hyperparams_token_counts_and_key_like_names", WEAVE, r"""
max_tokens: «dig4:m»
api_key_env: OPENAI_API_KEY
secret_scope: «@ml|prod|evals»
token_budget: «dig6:t»
""")


# ================================================================ output
SOURCES = {name: src for name, src, _, _ in POS + NEG}
# Kind judgement (conservative): a shape counts as a new kind only when its
# tool / vendor does not occur at all in the shape-name list other sets hold
# (checked by grep); snowflake counts as new because the list holds it only
# inside a dbt profile.  Every shape of a tool the list already names (openai,
# anthropic, hf, weave, litellm, databricks, mlflow, kaggle, neptune, comet,
# clearml, dvc, jupyter, pinecone, replicate, vertex, azure, k8s, docker ...)
# is counted as a repeat of an existing kind, whatever its layout.
NEW_TOOLS = {"gemini", "mistral", "cohere", "groq", "together", "openrouter",
             "langsmith", "llamaindex", "langfuse", "weaviate", "qdrant",
             "milvus", "chroma", "bigquery", "snowflake", "vllm", "ollama"}


def _is_new(name):
    return bool(NEW_TOOLS & set(re.split(r"[-_.]+", name.lower())))


NEW_KIND_POS = [name for name, _, _, _ in POS if _is_new(name)]
NEW_KIND_NEG = [name for name, _, _, _ in NEG if _is_new(name)]
SAME_KIND_POS = [name for name, _, _, _ in POS if not _is_new(name)]
SAME_KIND_NEG = [name for name, _, _, _ in NEG if not _is_new(name)]


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
                raise SystemExit("cannot draw " + name)
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
                raise SystemExit("cannot draw " + name)
            neg_seen.add(key)
            neg_out.append({"shape": name, "lines": lines})
    for fn, recs in (("positives.jsonl", pos_out), ("negatives.jsonl", neg_out)):
        with open(os.path.join(here, fn), "w", encoding="utf-8", newline="\n") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
