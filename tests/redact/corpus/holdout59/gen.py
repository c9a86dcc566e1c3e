#!/usr/bin/env python3
"""holdout59: sealed held-out set for the wbdiag secret redactor.

Focus: what ML practitioners' runs and jobs leave behind (wandb run
directories, training configs, launchers and schedulers, notebooks, data and
model access, LLM client settings).
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

SEED = 5959_1206
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
        if body in ("T", "TL", "TG", "TE", "TS"):
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


def P(name, src, tpl, new=False):
    POS.append((name, src, new, tpl.strip("\n")))


def N(name, src, tpl, new=False):
    NEG.append((name, src, new, tpl.strip("\n")))


# ---------------------------------------------------------------- sources
WANDB_META = "https://docs.wandb.ai/guides/runs/ (run files: wandb-metadata.json, config.yaml, output.log, debug.log) and wandb/core job_builder.go RunMetadata"
WANDB_ENV = "https://docs.wandb.ai/guides/track/environment-variables/"
WANDB_SWEEP = "https://docs.wandb.ai/guides/sweeps/define-sweep-configuration/"
HYDRA_OUT = "https://hydra.cc/docs/tutorials/basic/running_your_app/working_directory/"
HYDRA_LOG = "https://hydra.cc/docs/tutorials/basic/running_your_app/logging/"
OMEGACONF = "https://omegaconf.readthedocs.io/en/latest/usage.html"
ARGPARSE = "https://docs.python.org/3/library/argparse.html#argparse.Namespace"
HF_TRAINARGS = "https://huggingface.co/docs/transformers/main_classes/trainer#transformers.TrainingArguments"
HF_HUB_CLI = "https://huggingface.co/docs/huggingface_hub/guides/cli"
HF_HUB_ENV = "https://huggingface.co/docs/huggingface_hub/package_reference/environment_variables"
ACCEL = "https://huggingface.co/docs/accelerate/basic_tutorials/launch"
DEEPSPEED = "https://www.deepspeed.ai/getting-started/#multi-node-environment-variables"
TORCHRUN = "https://pytorch.org/docs/stable/elastic/run.html"
LIGHTNING = "https://lightning.ai/docs/pytorch/stable/cli/lightning_cli_advanced.html"
KERAS = "https://keras.io/api/callbacks/remote_monitor/"
SLURM_SBATCH = "https://slurm.schedmd.com/sbatch.html"
SLURM_SACCT = "https://slurm.schedmd.com/sacct.html"
SLURM_SQUEUE = "https://slurm.schedmd.com/squeue.html"
SLURM_SCONTROL = "https://slurm.schedmd.com/scontrol.html"
SLURMDBD = "https://slurm.schedmd.com/slurmdbd.conf.html"
PYXIS = "https://github.com/NVIDIA/pyxis and https://github.com/NVIDIA/enroot/blob/master/doc/cmd/import.md (credentials file)"
NGC = "https://docs.ngc.nvidia.com/cli/cmd.html (ngc config set, ~/.ngc/config)"
SUBMITIT = "https://github.com/facebookincubator/submitit/blob/main/docs/examples.md"
RAY_JOB = "https://docs.ray.io/en/latest/cluster/running-applications/job-submission/cli.html"
RAY_ENV = "https://docs.ray.io/en/latest/ray-core/handling-dependencies.html"
RAY_SDK = "https://docs.ray.io/en/latest/cluster/running-applications/job-submission/doc/ray.job_submission.JobSubmissionClient.submit_job.html"
KUBERAY = "https://docs.ray.io/en/latest/cluster/kubernetes/getting-started/rayjob-quick-start.html"
RAY_TUNE_WANDB = "https://docs.ray.io/en/latest/tune/examples/tune-wandb.html"
ARGO = "https://argo-workflows.readthedocs.io/en/latest/walk-through/parameters/"
ARGO_CLI = "https://argo-workflows.readthedocs.io/en/latest/cli/argo_submit/"
KFP = "https://www.kubeflow.org/docs/components/pipelines/user-guides/core-functions/compile-a-pipeline/"
KF_TRAIN = "https://www.kubeflow.org/docs/components/training/user-guides/pytorch/"
KATIB = "https://www.kubeflow.org/docs/components/katib/user-guides/hp-tuning/configure-experiment/"
SM_DESC = "https://docs.aws.amazon.com/cli/latest/reference/sagemaker/describe-training-job.html"
SM_TOOLKIT = "https://github.com/aws/sagemaker-training-toolkit (environment variables, hyperparameters.json)"
SM_HF = "https://huggingface.co/docs/sagemaker/train#prepare-a-transformers-fine-tuning-script"
VERTEX = "https://cloud.google.com/vertex-ai/docs/training/create-custom-job"
VERTEX_PIPE = "https://cloud.google.com/vertex-ai/docs/pipelines/run-pipeline"
AML_JOB = "https://learn.microsoft.com/en-us/azure/machine-learning/reference-yaml-job-command"
AML_DS = "https://learn.microsoft.com/en-us/azure/machine-learning/reference-yaml-datastore-blob"
AML_CLI = "https://learn.microsoft.com/en-us/cli/azure/ml/job"
IPYNB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
IPY_MAGIC = "https://ipython.readthedocs.io/en/stable/interactive/magics.html#magic-env"
PAPERMILL = "https://papermill.readthedocs.io/en/latest/usage-parameterize.html"
JUPYTER = "https://jupyter-server.readthedocs.io/en/latest/operators/public-server.html"
VSCODE = "https://code.visualstudio.com/docs/remote/troubleshooting"
COLAB = "https://colab.research.google.com/notebooks/snippets/secrets.ipynb"
DVC_S3 = "https://dvc.org/doc/user-guide/data-management/remote-storage/amazon-s3"
DVC_CFG = "https://dvc.org/doc/command-reference/config"
DVC_WEBDAV = "https://dvc.org/doc/user-guide/data-management/remote-storage/webdav"
DVC_AZ = "https://dvc.org/doc/user-guide/data-management/remote-storage/azure-blob-storage"
GIT_REMOTE = "https://git-scm.com/docs/git-remote and https://huggingface.co/docs/hub/security-tokens"
GIT_CRED = "https://git-scm.com/docs/git-credential-store"
RCLONE = "https://rclone.org/s3/#cloudflare-r2"
AWS_CONFIGURE = "https://docs.aws.amazon.com/cli/latest/reference/configure/"
S5CMD = "https://github.com/peak/s5cmd#specifying-credentials"
PIP_CFG = "https://pip.pypa.io/en/stable/topics/configuration/"
PIP_AUTH = "https://pip.pypa.io/en/stable/topics/authentication/"
UV_IDX = "https://docs.astral.sh/uv/configuration/indexes/#providing-credentials-directly"
POETRY = "https://python-poetry.org/docs/repositories/#configuring-credentials"
CONDA_ENV = "https://docs.conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html#exporting-the-environment-yml-file"
SQLA = "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls"
PANDAS_SQL = "https://pandas.pydata.org/docs/reference/api/pandas.read_sql.html"
FSSPEC = "https://s3fs.readthedocs.io/en/latest/#credentials"
SNOWFLAKE = "https://docs.snowflake.com/en/developer-guide/python-connector/python-connector-connect#connecting-using-the-connections-toml-file"
REDSHIFT = "https://docs.aws.amazon.com/redshift/latest/mgmt/jdbc20-configuration-options.html"
DOTENV = "https://saurabh-kumar.com/python-dotenv/#other-use-cases"
OPENAI = "https://platform.openai.com/docs/api-reference/authentication"
ANTHROPIC = "https://docs.anthropic.com/en/api/getting-started"
COHERE = "https://docs.cohere.com/reference/about"
LANGSMITH = "https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key"
LANGCHAIN = "https://python.langchain.com/api_reference/openai/chat_models/langchain_openai.chat_models.base.ChatOpenAI.html"
LITELLM = "https://docs.litellm.ai/docs/proxy/configs"
COMET = "https://www.comet.com/docs/v2/guides/experiment-management/configure-sdk/"
NEPTUNE = "https://docs.neptune.ai/setup/setting_api_token/"
KAGGLE = "https://github.com/Kaggle/kaggle-api#api-credentials"
MLFLOW = "https://mlflow.org/docs/latest/auth/index.html#using-environment-variables"
DATABRICKS = "https://docs.databricks.com/en/dev-tools/auth/pat.html"
PINECONE = "https://docs.pinecone.io/guides/projects/manage-api-keys"
GROQ = "https://console.groq.com/docs/quickstart"
REPLICATE = "https://replicate.com/docs/reference/http#authentication"
GITLAB_PYPI = "https://docs.gitlab.com/ee/user/packages/pypi_repository/"
DOCKER_LOGIN = "https://docs.docker.com/reference/cli/docker/login/"
PY_TRACEBACK = "https://docs.python.org/3/library/traceback.html"
STRUCTLOG = "https://www.structlog.org/en/stable/api.html#structlog.processors.JSONRenderer"
OPTUNA = "https://optuna.readthedocs.io/en/stable/reference/generated/optuna.storages.RDBStorage.html"
PRESIGN = "https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html"
TB = "https://www.tensorflow.org/tensorboard/hyperparameter_tuning_with_hparams"
HF_DATASETS = "https://huggingface.co/docs/datasets/about_cache"
GIT_LFS = "https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md"
PIP_HASH = "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode"
DVC_FILE = "https://dvc.org/doc/user-guide/project-structure/dvc-files"
K8S_SECRET_REF = "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/#define-container-environment-variables-using-secret-data"
MINIO_PY = "https://min.io/docs/minio/linux/developers/python/API.html"
WEAVE = "https://weave-docs.wandb.ai/guides/core-types/models"
# ================================================================ POSITIVES
# ---- wandb run directory
P("wandb_metadata_json_args_array_hub_token_pair", WANDB_META, r'''
  "os": "Linux-5.15.0-1063-aws-x86_64-with-glibc2.35",
  "startedAt": "«T»",
  "args": [
    "--model_name_or_path",
    "meta-llama/Llama-3.1-8B",
    "--hub_token",
    "hf_«!an34:a»",
    "--output_dir",
    "/scratch/«lc6:u»/ckpt-«dig4»"
  ],
  "program": "/home/«lc6:u»/sft/train.py",
''')
P("wandb_metadata_json_args_equals_openai_project_key", WANDB_META, r'''
  "args": [
    "--eval-set=mmlu_pro",
    "--judge-model=gpt-4o-mini",
    "--openai-api-key=sk-proj-«!b64u64:k»",
    "--seed=«dig4»"
  ],
  "program": "eval/run_judge.py",
  "codePath": "eval/run_judge.py",
  "email": "«lc6:u»@example.com",
''')
P("wandb_metadata_json_git_remote_gitlab_oauth2_userinfo", WANDB_META, r'''
  "git": {
    "remote": "https://oauth2:glpat-«!b64u20:g»@gitlab.example.com/vision/detr-finetune.git",
    "commit": "«hex40»"
  },
  "email": "«lc6:u»@example.com",
  "root": "/workspace/detr-finetune",
  "host": "gpu-node-«dig2»",
''')
P("wandb_metadata_json_args_jdbc_url_query_password", WANDB_META, r'''
  "args": [
    "--source",
    "jdbc:postgresql://feature-db.ml.svc:5432/features?user=trainer&password=«!pw18:p»&ssl=true",
    "--limit",
    "«dig6»"
  ],
  "program": "/workspace/etl/export_features.py",
''')
P("wandb_config_yaml_desc_null_value_cohere_key", WANDB_META, r'''
wandb_version: 1
_wandb:
  desc: null
  value:
    cli_version: 0.16.«dig1»
    python_version: 3.10.12
cohere_api_key:
  desc: null
  value: «!an40:c»
rerank_top_n:
  desc: null
  value: «dig2»
''')
P("wandb_config_yaml_nested_value_dict_db_uri", WANDB_META, r'''
_wandb:
  value:
    cli_version: 0.18.«dig1»
    m: []
data:
  value:
    feature_store_uri: postgresql+psycopg2://feast:«!pw16:p»@feast-db.ml.svc:5432/registry
    label_column: churned
    batch_size: «dig3»
''')
P("wandb_output_log_transformers_warning_then_namespace_print", WANDB_META, r'''
Some weights of BertForSequenceClassification were not initialized from the model checkpoint at bert-base-uncased and are newly initialized: ['classifier.bias', 'classifier.weight']
You should probably TRAIN this model on a down-stream task to be able to use it for predictions and inference.
Namespace(model='bert-base-uncased', lr=2e-05, epochs=3, es_host='https://es.example.com:9200', es_password='«!pw20:p»', es_user='indexer', seed=«dig4»)
  0%|          | 0/«dig4» [00:00<?, ?it/s]
''')
P("wandb_output_log_tqdm_cr_then_printed_env_line", WANDB_META, r'''
Epoch 1:  42%|████▏     | «dig3»/«dig4» [03:12<04:25,  2.31it/s, loss=0.412]⏎Epoch 1:  43%|████▎     | «dig3»/«dig4» [03:13<04:24,  2.31it/s, loss=0.409]
[rank0] pushing checkpoint with MINIO_SECRET_KEY=«!b64s40:m» to s3://ckpts/run-«lc8:r»
Epoch 1:  44%|████▍     | «dig3»/«dig4» [03:14<04:23,  2.31it/s, loss=0.405]
''')
P("wandb_debug_log_wandb_init_config_dict_line", WANDB_META, r'''
«TL» INFO    MainThread:«dig5:p» [wandb_init.py:init():«dig3»] calling init triggers
«TL» INFO    MainThread:«dig5:p» [wandb_init.py:init():«dig3»] wandb.init called with sweep_config: {}
config: {'lr': 0.0003, 'warmup_steps': «dig3», 'replicate_api_token': 'r8_«!an37:r»', 'model': 'llama-3-8b'}
«TL» INFO    MainThread:«dig5:p» [wandb_init.py:init():«dig3»] starting backend
''')
P("wandb_debug_internal_core_json_presigned_upload_url", WANDB_META, r'''
{"time":"«T»","level":"INFO","msg":"stream: started","id":"«lc8:r»"}
{"time":"«T»","level":"ERROR","msg":"filetransfer: upload: failed to upload file","path":"/tmp/wandb/run-«ymd»_«hms»-«lc8:r»/files/model.ckpt","url":"https://wandb-files.s3.us-east-1.amazonaws.com/«lc8:r»/model.ckpt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA«uc16»%2F«ymd»%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=«ymd»T«hms»Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=«!hex64:s»","error":"context deadline exceeded"}
''')
P("wandb_files_diff_patch_added_anthropic_key_line", WANDB_META, r'''
diff --git a/configs/judge.py b/configs/judge.py
index «hex7»..«hex7» 100644
--- a/configs/judge.py
+++ b/configs/judge.py
@@ -3,4 +3,5 @@ import os
 JUDGE_MODEL = "claude-3-5-sonnet-20241022"
-ANTHROPIC_API_KEY = os.environ["ANTHROPIC_API_KEY"]
+ANTHROPIC_API_KEY = "sk-ant-api03-«!b64u93:a»AA"
 MAX_TOKENS = 1024
''')
P("wandb_sweep_yaml_command_list_literal_flag", WANDB_SWEEP, r'''
program: train.py
method: bayes
metric:
  name: val/loss
  goal: minimize
command:
  - ${env}
  - ${interpreter}
  - ${program}
  - --kaggle-key
  - «!hex32:k»
  - ${args}
''')
P("wandb_agent_starting_run_config_tab_lines", WANDB_SWEEP, r'''
wandb: Agent Starting Run: «lc8:r» with config:
wandb: 	batch_size: «dig2»
wandb: 	learning_rate: 0.0001
wandb: 	pinecone_api_key: pcsk_«an5:x»_«!an60:p»
wandb: 	top_k: «dig1»
''')
P("wandb_requirements_txt_gitlab_deploy_token_extra_index", GITLAB_PYPI, r'''
--extra-index-url https://gitlab+deploy-token-«dig6»:«!b64u20:t»@gitlab.example.com/api/v4/projects/«dig4»/packages/pypi/simple
torch==2.3.1
transformers==4.44.2
wandb==0.17.«dig1»
internal-augment==1.4.«dig1»
''')
P("wandb_conda_environment_yaml_pip_index_url_pct_password", CONDA_ENV, r'''
name: train-env
channels:
  - conda-forge
dependencies:
  - python=3.11
  - pip:
    - --index-url https://svc-ml:«!pw14:p|pct»@nexus.example.com/repository/pypi-all/simple
    - torch==2.4.0
prefix: /opt/conda/envs/train-env
''')
P("wandb_conda_environment_yaml_channel_t_token_segment", CONDA_ENV, r'''
name: rapids
channels:
  - https://conda.anaconda.org/t/«lc2»-«!uuid:t»/acme-private
  - rapidsai
  - conda-forge
dependencies:
  - cudf=24.08
''')
P("wandb_env_dump_server_local_prefixed_key", WANDB_ENV, r'''
WANDB_BASE_URL=https://wandb.example.com
WANDB_ENTITY=ml-platform
WANDB_PROJECT=llm-pretrain
WANDB_API_KEY=local-«!hex40:k»
WANDB_DIR=/scratch/wandb
WANDB_RUN_GROUP=exp-«lc6»
''')
P("wandb_settings_file_with_api_key_line_pasted", WANDB_ENV, r'''
$ cat ~/.config/wandb/settings
[default]
base_url = https://wandb.example.com
entity = research
api_key = local-«!hex40:k»
''')
P("wandb_launch_queue_config_json_env_list_value", "https://docs.wandb.ai/guides/launch/setup-queue-advanced/", r'''
{
  "spec": {
    "template": {"spec": {"containers": [{
      "env": [
        {"name": "WANDB_BASE_URL", "value": "https://wandb.example.com"},
        {"name": "HF_TOKEN", "value": "hf_«!an34:h»"}
      ]
    }]}}
  }
}
''')
P("weave_op_trace_inputs_dict_api_key_in_log", WEAVE, r'''
«TL» INFO weave.trace: 🍩 https://wandb.example.com/acme/rag-eval/r/call/«uuid»
«TL» DEBUG weave.trace: call inputs={'self': 'RAGModel', 'question': 'what is the refund window?', 'voyage_api_key': 'pa-«!b64u43:v»'}
''')
# ---- Hydra / OmegaConf
P("hydra_dot_hydra_config_yaml_fsspec_storage_options_key_secret", HYDRA_OUT, r'''
datamodule:
  _target_: src.data.ParquetDataModule
  path: s3://datasets/clicks/v3
  storage_options:
    key: AKIA«uc16»
    secret: «!b64s40:s»
    client_kwargs:
      endpoint_url: https://minio.example.com
''')
P("hydra_overrides_yaml_double_plus_sqlalchemy_url", HYDRA_OUT, r'''
- experiment=tabular_baseline
- ++db.url=mysql+pymysql://analyst:«!pw16:p»@mysql.internal:3306/features
- trainer.max_epochs=«dig2»
- seed=«dig4»
''')
P("hydra_hydra_yaml_task_overrides_list_hf_token", HYDRA_OUT, r'''
  overrides:
    hydra:
    - hydra.mode=RUN
    task:
    - model=mistral_7b
    - hub.token=hf_«!an34:h»
    - train.lr=1e-5
  job:
    name: finetune
''')
P("hydra_log_line_prefix_omegaconf_to_yaml_minio_block", HYDRA_LOG, r'''
[«TL»][__main__][INFO] - Config:
storage:
  endpoint: http://minio.ml.svc:9000
  access_key: ml-writer
  secret_key: «!an32:s»
trainer:
  max_steps: «dig5»
''')
P("hydra_main_print_dictconfig_repr_nested_creds", OMEGACONF, r'''
{'model': {'name': 'resnet50', 'pretrained': True}, 'logger': {'comet': {'api_key': '«!an25:c»', 'workspace': 'vision', 'project_name': 'cls'}}, 'seed': «dig4»}
''')
P("hydra_multirun_subdir_overrides_yaml_redis_url", HYDRA_OUT, r'''
$ cat multirun/«ymd»/«hms»/3/.hydra/overrides.yaml
- cache.url=redis://default:«!an24:p»@redis.ml.svc:6379/2
- model.dropout=0.3
- seed=«dig3»
''')
P("omegaconf_yaml_load_interpolation_resolved_print", OMEGACONF, r'''
>>> print(OmegaConf.to_yaml(cfg, resolve=True))
warehouse:
  user: svc_ml
  password: «!pw18:p»
  dsn: snowflake://svc_ml@acme-xy12345/ML/FEATURES
''')
# ---- argparse / configs / callbacks
P("argparse_namespace_in_logging_info_line_mongo_uri", ARGPARSE, r'''
«TL» - INFO - train - args: Namespace(data_uri='mongodb://reader:«!pw18:p»@mongo-0.mongo.data.svc:27017/corpus?authSource=admin', max_len=512, num_workers=«dig1»)
''')
P("argparse_vars_pretty_json_args_json_hub_token", ARGPARSE, r'''
{
    "output_dir": "out/run-«lc6»",
    "push_to_hub": true,
    "hub_model_id": "acme/intent-clf",
    "hub_token": "hf_«!an34:h»",
    "seed": «dig4»
}
''')
P("argparse_pprint_vars_dict_wrapped_lines", ARGPARSE, r'''
{'batch_size': «dig2»,
 'groq_api_key': 'gsk_«!an52:g»',
 'max_new_tokens': 256,
 'model': 'llama-3.1-70b-versatile',
 'temperature': 0.0}
''')
P("hf_training_args_json_report_to_with_hub_token_literal", HF_TRAINARGS, r'''
  "report_to": [
    "wandb"
  ],
  "hub_model_id": "acme/summarizer-v«dig1»",
  "hub_strategy": "every_save",
  "hub_token": "hf_«!an34:h»",
  "hub_private_repo": true,
''')
P("lightning_cli_config_yaml_comet_logger_init_args_api_key", LIGHTNING, r'''
trainer:
  accelerator: gpu
  devices: 4
  logger:
    class_path: lightning.pytorch.loggers.CometLogger
    init_args:
      api_key: «!an25:c»
      project_name: segmentation
''')
P("lightning_hparams_yaml_neptune_token_base64_json", NEPTUNE, r'''
lr: 0.001
backbone: efficientnet_b3
neptune_project: acme/seg
neptune_api_token: «!uuid:n|b64:{"api_address":"https://app.neptune.ai","api_url":"https://app.neptune.ai","api_key":"»
''')
P("keras_remote_monitor_get_config_headers_bearer", KERAS, r'''
callbacks: [<keras.src.callbacks.early_stopping.EarlyStopping object at 0x7f«hex10»>, <keras.src.callbacks.remote_monitor.RemoteMonitor object at 0x7f«hex10»>]
RemoteMonitor root=https://metrics.example.com path=/publish/epoch/end/ headers={'Authorization': 'Bearer «!b64u40:t»'}
''')
P("keras_tuner_oracle_json_hyperparameter_values_db_password", "https://keras.io/keras_tuner/api/oracles/base_oracle/", r'''
{"ongoing_trials": {}, "tuner_id": "tuner0", "hyperparameters": {"space": [], "values": {"units": «dig3», "dropout": 0.2}},
 "extra": {"results_db": "postgresql://tuner:«!pw16:p»@pg.ml.svc/keras_tuner"}}
''')
P("accelerate_launch_printed_cmd_argv_list_token", ACCEL, r'''
[«TL»] [INFO] [launch.py:«dig3»] cmd: ['/usr/bin/python3', '-u', 'train.py', '--mixed_precision', 'bf16', '--hf_token', 'hf_«!an34:h»', '--output_dir', 'out']
''')
P("deepspeed_hostfile_run_log_env_report_aws_secret", DEEPSPEED, r'''
[«TL»] [INFO] [runner.py:«dig3»:main] Using IP address of 10.«dig2».0.«dig2» for node worker-0
[«TL»] [INFO] [multinode_runner.py:«dig2»:get_cmd] Running on the following workers: worker-0,worker-1
[«TL»] [INFO] [runner.py:«dig3»:main] exporting AWS_SECRET_ACCESS_KEY=«!b64s40:s» to all workers
''')
P("torchrun_worker_env_print_rank0_only_key", TORCHRUN, r'''
[rank0]: RANK=0 LOCAL_RANK=0 WORLD_SIZE=16 MASTER_ADDR=10.«dig2».3.«dig2» MASTER_PORT=29500
[rank0]: TORCHELASTIC_RUN_ID=«lc8» WANDB_API_KEY=«!hex40:k» NCCL_DEBUG=WARN
''')
P("tensorboard_hparams_text_summary_markdown_table_token", TB, r'''
| hparam | value |
|---|---|
| lr | 3e-4 |
| tokenizer | meta-llama/Llama-3.1-8B |
| hf_token | hf_«!an34:h» |
| seed | «dig4» |
''')
P("optuna_dashboard_cmdline_rdb_url_in_ps", OPTUNA, r'''
«lc6:u»   «dig5»  0.3  0.8 512344 «dig5» pts/3  Sl+  «hh»:«mm»   0:04 /opt/conda/bin/python /opt/conda/bin/optuna-dashboard postgresql://optuna:«!pw18:p»@10.«dig2».«dig2».4:5432/optuna --port 8080
''')
# ---- Slurm and HPC launchers
P("slurm_srun_step_export_list_in_batch_script_body", SLURM_SBATCH, r'''
#!/bin/bash
#SBATCH --job-name=pretrain-«lc4»
#SBATCH --nodes=4
#SBATCH --gpus-per-node=8
module load cuda/12.2
srun --export=ALL,WANDB_API_KEY=«!hex40:k»,NCCL_IB_DISABLE=0 python -m torch.distributed.run --nproc_per_node=8 train.py
''')
P("slurm_sacct_submitline_column_export_cohere_key", SLURM_SACCT, r'''
$ sacct -j «dig6:j» --format=JobID,JobName%12,SubmitLine%110
JobID             JobName                                                                                                     SubmitLine
------------ ------------ --------------------------------------------------------------------------------------------------------------
«dig6:j»          rerank    sbatch --export=ALL,CO_API_KEY=«!an40:c» --partition=gpu rerank.sbatch
''')
P("slurm_squeue_format_percent_o_command_with_args", SLURM_SQUEUE, r'''
$ squeue -u «lc6:u» -o "%.10i %.12j %.8T %o"
     JOBID         NAME    STATE COMMAND
  «dig6»  eval-judge  RUNNING /home/«lc6:u»/eval/run.sh --openai-key sk-proj-«!b64u64:k» --n 500
''')
P("slurm_job_out_env_sort_dump_with_aws_secret", SLURM_SBATCH, r'''
SLURM_JOB_ID=«dig6»
SLURM_JOB_NAME=ingest-shards
SLURM_JOB_NODELIST=gpu-[«dig2»-«dig2»]
AWS_ACCESS_KEY_ID=AKIA«uc16»
AWS_SECRET_ACCESS_KEY=«!b64s40:s»
AWS_DEFAULT_REGION=us-west-2
''')
P("slurmdbd_conf_storagepass_in_bundle", SLURMDBD, r'''
AuthType=auth/munge
DbdHost=slurmdbd-0
StorageType=accounting_storage/mysql
StorageHost=mariadb.hpc.internal
StorageUser=slurm
StoragePass=«!pw20:p»
StorageLoc=slurm_acct_db
''')
P("enroot_credentials_netrc_nvcr_oauthtoken_nvapi", PYXIS, r'''
$ cat ~/.config/enroot/.credentials
machine nvcr.io login $oauthtoken password nvapi-«!b64u64:n»
machine authn.nvidia.com login $oauthtoken password nvapi-«!b64u64:n»
''')
P("ngc_config_file_apikey_and_org", NGC, r'''
;WARNING - This is a machine generated file.  Do not edit manually.
;WARNING - To update local config settings, see "ngc config set -h"

[CURRENT]
apikey = «!b64s84:n»
format_type = ascii
org = «lc10:o»
''')
P("docker_login_nvcr_password_flag_bash_history_timestamps", DOCKER_LOGIN, r'''
#«dig10:t»
docker login nvcr.io --username '$oauthtoken' --password nvapi-«!b64u64:n»
#«dig10:t»
docker pull nvcr.io/nvidia/pytorch:24.05-py3
''')
P("submitit_submission_sh_export_line_hf_token", SUBMITIT, r'''
#SBATCH --output=/checkpoint/«lc6:u»/jobs/%j/%j_0_log.out
#SBATCH --signal=USR2@90
#SBATCH --wckey=submitit

# setup
export HF_TOKEN=hf_«!an34:h»
# command
export SUBMITIT_EXECUTOR=slurm
srun --unbuffered --output /checkpoint/«lc6:u»/jobs/%j/%j_%t_log.out python -u -m submitit.core._submit /checkpoint/«lc6:u»/jobs/%j
''')
P("pbs_qsub_v_variable_list_in_qstat_f", "https://www.openpbs.org/ (qstat -f Variable_List)", r'''
Job Id: «dig6».pbs01
    Job_Name = finetune
    Job_Owner = «lc6:u»@login01
    Variable_List = PBS_O_HOME=/home/«lc6:u»,PBS_O_LANG=en_US.UTF-8,
	HF_TOKEN=hf_«!an34:h»,PBS_O_WORKDIR=/home/«lc6:u»/ft,
	PBS_O_QUEUE=gpu
''')
# ---- Ray
P("ray_job_submit_runtime_env_json_env_vars_hf", RAY_JOB, r'''
$ ray job submit --address http://ray-head:8265 --working-dir . --runtime-env-json '{"env_vars": {"HF_TOKEN": "hf_«!an34:h»", "HF_HUB_ENABLE_HF_TRANSFER": "1"}, "pip": ["hf_transfer"]}' -- python finetune.py
Job submission server address: http://ray-head:8265
-------------------------------------------------------
Job 'raysubmit_«an16»' submitted successfully
''')
P("ray_job_list_jobdetails_repr_entrypoint_password", RAY_SDK, r'''
[JobDetails(type=<JobType.SUBMISSION: 'SUBMISSION'>, job_id='«dig2»000000', submission_id='raysubmit_«an16»', driver_info=None, status=<JobStatus.SUCCEEDED: 'SUCCEEDED'>, entrypoint='python etl.py --pg-password «!pw18:p» --date «ymd»', message='Job finished successfully.', error_type=None, start_time=«dig13», end_time=«dig13», metadata={}, runtime_env={'working_dir': 'gcs://_ray_pkg_«hex16».zip'})]
''')
P("ray_runtime_env_yaml_pip_list_extra_index_with_creds", RAY_ENV, r'''
working_dir: .
pip:
  - --extra-index-url https://ml-bot:«!pw20:p»@artifactory.example.com/artifactory/api/pypi/pypi-local/simple
  - acme-features==2.3.0
env_vars:
  OMP_NUM_THREADS: "8"
''')
P("kuberay_rayjob_runtime_env_yaml_block_scalar_env_vars", KUBERAY, r'''
apiVersion: ray.io/v1
kind: RayJob
metadata:
  name: embed-corpus
spec:
  entrypoint: python embed.py
  runtimeEnvYAML: |
    env_vars:
      OPENAI_API_KEY: "sk-proj-«!b64u64:k»"
      BATCH_SIZE: "256"
''')
P("ray_tune_traceback_source_line_wandb_logger_callback_api_key", RAY_TUNE_WANDB, r'''
Traceback (most recent call last):
  File "/home/«lc6:u»/tune_resnet.py", line «dig2», in <module>
    callbacks=[WandbLoggerCallback(project="resnet-hpo", api_key="«!hex40:k»", log_config=True)],
  File "/opt/conda/lib/python3.10/site-packages/ray/air/integrations/wandb.py", line «dig3», in __init__
    raise ValueError("Invalid W&B key")
''')
P("ray_job_driver_log_env_info_line_token", RAY_JOB, r'''
«TL»	INFO job_manager.py:«dig3» -- Runtime env is setting up.
«TL»	INFO worker.py:«dig4» -- Connecting to existing Ray cluster at address: 10.«dig2».1.«dig2»:6379...
[driver] startup env: {'RAY_JOB_ID': '«dig2»000000', 'TOGETHER_API_KEY': '«!hex64:t»', 'PYTHONPATH': '/tmp/ray/session_latest/runtime_resources/working_dir_files'}
''')
# ---- Argo / Kubeflow / training operators
P("argo_workflow_arguments_parameters_value_token", ARGO, r'''
spec:
  entrypoint: train
  arguments:
    parameters:
    - name: dataset
      value: s3://datasets/reviews/v2
    - name: hf-token
      value: hf_«!an34:h»
''')
P("argo_submit_p_flag_zsh_history_extended", ARGO_CLI, r'''
: «dig10»:0;argo submit -n ml-pipelines workflows/finetune.yaml -p model=phi-3-mini -p wandb-key=«!hex40:k» --watch
: «dig10»:0;argo logs @latest -n ml-pipelines
''')
P("argo_get_output_parameters_block_plain_text", ARGO_CLI, r'''
Name:                finetune-«lc5»
Namespace:           ml-pipelines
Status:              Running
Parameters:
  model:             phi-3-mini
  db-password:       «!pw18:p»
  epochs:            «dig1»
''')
P("kfp_v2_compiled_ir_yaml_runtime_value_constant", KFP, r'''
root:
  dag:
    tasks:
      embed:
        inputs:
          parameters:
            openai_api_key:
              runtimeValue:
                constant: sk-proj-«!b64u64:k»
            chunk_size:
              runtimeValue:
                constant: 512.0
''')
P("pytorchjob_kubectl_describe_env_name_value_lines", KF_TRAIN, r'''
      Containers:
        Command:
          torchrun
          train.py
        Env:
          Name:   AZURE_STORAGE_CONNECTION_STRING
          Value:  DefaultEndpointsProtocol=https;AccountName=mldata«lc4»;AccountKey=«!b64s86:k»==;EndpointSuffix=core.windows.net
        Image:    registry.example.com/ml/train:«hex7»
''')
P("katib_experiment_trial_spec_container_args_literal_key", KATIB, r'''
          containers:
            - name: training-container
              image: registry.example.com/ml/hpo:latest
              command:
                - python3
                - /opt/train.py
                - --lr=${trialParameters.learningRate}
                - --comet-api-key=«!an25:c»
''')
# ---- SageMaker / Vertex / Azure ML
P("sagemaker_describe_training_job_hf_estimator_json_quoted_hyperparameter", SM_HF, r'''
    "HyperParameters": {
        "epochs": "3",
        "hub_model_id": "\"acme/ner-base\"",
        "hub_token": "\"hf_«!an34:h»\"",
        "model_name_or_path": "\"bert-base-cased\"",
        "sagemaker_program": "\"train.py\""
    },
''')
P("sagemaker_describe_training_job_environment_map_wandb", SM_DESC, r'''
    "Environment": {
        "WANDB_BASE_URL": "https://wandb.example.com",
        "WANDB_API_KEY": "local-«!hex40:k»",
        "WANDB_PROJECT": "sm-finetune"
    },
    "RetryStrategy": {
        "MaximumRetryAttempts": 1
    },
''')
P("sagemaker_cloudwatch_toolkit_env_sm_hps_and_user_args", SM_TOOLKIT, r'''
Environment variables:
SM_HOSTS=["algo-1"]
SM_NETWORK_INTERFACE_NAME=eth0
SM_HPS={"db_password":"«!pw18:p»","epochs":5}
SM_USER_ARGS=["--db_password","«!pw18:p»","--epochs","5"]
SM_HP_DB_PASSWORD=«!pw18:p»
''')
P("sagemaker_opt_ml_hyperparameters_json_all_strings", SM_TOOLKIT, r'''
$ cat /opt/ml/input/config/hyperparameters.json
{"learning_rate": "0.0002", "lora_r": "16", "mlflow_tracking_password": "«!pw20:p»", "mlflow_tracking_uri": "https://mlflow.example.com"}
''')
P("sagemaker_training_env_json_log_additional_framework_parameters", SM_TOOLKIT, r'''
Training Env:
{
    "additional_framework_parameters": {},
    "channel_input_dirs": {"train": "/opt/ml/input/data/train"},
    "hyperparameters": {"snowflake_password": "«!pw18:p»", "epochs": 3},
    "job_name": "xgb-churn-«ymd»-«hms»",
''')
P("vertex_pipeline_job_parameter_values_python_log", VERTEX_PIPE, r'''
INFO:google.cloud.aiplatform.pipeline_jobs:Creating PipelineJob
INFO:google.cloud.aiplatform.pipeline_jobs:PipelineJob created. Resource name: projects/«dig12»/locations/us-central1/pipelineJobs/rag-ingest-«ymd»«hms»
job.parameter_values = {'project': 'acme-ml', 'cohere_api_key': '«!an40:c»', 'chunk_size': 800}
''')
P("vertex_custom_job_config_yaml_container_spec_env", VERTEX, r'''
workerPoolSpecs:
  machineSpec:
    machineType: a2-highgpu-1g
  replicaCount: 1
  containerSpec:
    imageUri: us-docker.pkg.dev/acme-ml/train/llm:«hex7»
    env:
    - name: ANTHROPIC_API_KEY
      value: sk-ant-api03-«!b64u93:a»AA
''')
P("azureml_command_job_yaml_environment_variables_map", AML_JOB, r'''
$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json
command: python train.py --data ${{inputs.data}}
environment: azureml:acpt-pytorch-2.2-cuda12.1@latest
environment_variables:
  AZURE_OPENAI_API_KEY: «!hex32:k»
  AZURE_OPENAI_ENDPOINT: https://acme-oai.openai.azure.com/
compute: azureml:gpu-cluster
''')
P("azureml_datastore_yaml_credentials_account_key", AML_DS, r'''
$schema: https://azuremlschemas.azureedge.net/latest/azureBlob.schema.json
name: training_blobs
type: azure_blob
account_name: acmemldata
container_name: corpora
credentials:
  account_key: «!b64s86:k»==
''')
P("azureml_datastore_yaml_credentials_sas_token", AML_DS, r'''
name: eval_blobs
type: azure_blob
account_name: acmeevaldata
container_name: eval
credentials:
  sas_token: sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-12-31T00:00:00Z&spr=https&sig=«!b64u43:s»%3D
''')
P("azureml_az_ml_job_show_json_environment_variables", AML_CLI, r'''
  "display_name": "lucid_basket_«lc6»",
  "environment": "azureml:AzureML-ACPT-pytorch-1.13-py38-cuda11.7-gpu:«dig2»",
  "environment_variables": {
    "HF_TOKEN": "hf_«!an34:h»",
    "TOKENIZERS_PARALLELISM": "false"
  },
  "experiment_name": "llm-sft",
''')
P("azureml_std_log_txt_printed_connection_string", "https://learn.microsoft.com/en-us/azure/machine-learning/how-to-troubleshoot-job (user_logs/std_log.txt)", r'''
[«TS»] Starting data prep
mounting with AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=amlcache«lc4»;AccountKey=«!b64s86:k»==;EndpointSuffix=core.windows.net
[«TS»] Mounted /mnt/azureml/cr/j/«hex32»/cap/data-capability/wd/INPUT_data
''')
# ---- notebooks
P("ipynb_code_cell_source_os_environ_assignment_escaped_quotes", IPYNB, r'''
  {
   "cell_type": "code",
   "execution_count": «dig1»,
   "id": "«hex8»",
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\n",
    "os.environ[\"WANDB_API_KEY\"] = \"«!hex40:k»\"\n",
    "os.environ[\"WANDB_BASE_URL\"] = \"https://wandb.example.com\"\n"
   ]
  },
''')
P("ipynb_env_magic_source_and_stream_output_echo", IPY_MAGIC, r'''
   "source": [
    "%env OPENAI_API_KEY=sk-proj-«!b64u64:k»"
   ],
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "env: OPENAI_API_KEY=sk-proj-«!b64u64:k»\n"
     ]
    }
   ]
''')
P("ipynb_shell_bang_hf_cli_login_token_source", HF_HUB_CLI, r'''
   "source": [
    "!pip install -q transformers peft\n",
    "!huggingface-cli login --token hf_«!an34:h» --add-to-git-credential"
   ]
''')
P("ipynb_error_output_ansi_traceback_anthropic_ctor", IPYNB, r'''
     "ename": "AuthenticationError",
     "evalue": "Error code: 401",
     "output_type": "error",
     "traceback": [
      "\u001b[0;31mAuthenticationError\u001b[0m                       Traceback (most recent call last)",
      "Cell \u001b[0;32mIn[«dig1»], line 3\u001b[0m\n\u001b[1;32m      1\u001b[0m \u001b[38;5;28;01mimport\u001b[39;00m \u001b[38;5;21;01manthropic\u001b[39;00m\n\u001b[0;32m----> 3\u001b[0m client \u001b[38;5;241m=\u001b[39m anthropic\u001b[38;5;241m.\u001b[39mAnthropic(api_key\u001b[38;5;241m=\u001b[39m\u001b[38;5;124m\"\u001b[39m\u001b[38;5;124msk-ant-api03-«!b64u93:a»AA\u001b[39m\u001b[38;5;124m\"\u001b[39m)\n"
     ]
''')
P("ipynb_papermill_injected_parameters_cell_warehouse_password_string", PAPERMILL, r'''
  {
   "cell_type": "code",
   "metadata": {"papermill": {}, "tags": ["injected-parameters"]},
   "source": [
    "# Parameters\n",
    "run_date = \"«ymd»\"\n",
    "warehouse_password = \"«!pw18:p»\"\n"
   ]
  },
''')
P("papermill_cli_p_parameter_in_cron_log", PAPERMILL, r'''
«TG» CRON[«dig5»]: (mlops) CMD (papermill reports/daily.ipynb /srv/out/daily-$(date +\%F).ipynb -p db_password «!pw16:p» -p days 7)
''')
P("ipynb_display_data_text_plain_dict_repr_with_key", IPYNB, r'''
    {
     "data": {
      "text/plain": [
       "{'endpoint': 'https://acme-oai.openai.azure.com/',\n",
       " 'api_key': '«!hex32:k»',\n",
       " 'api_version': '2024-06-01'}"
      ]
     },
     "execution_count": «dig2»,
     "output_type": "execute_result"
''')
P("ipynb_checkpoint_markdown_cell_pasted_pat", IPYNB, r'''
  {
   "cell_type": "markdown",
   "id": "«hex8»",
   "metadata": {},
   "source": [
    "clone with: `git clone https://«lc6:u»:ghp_«!an36:g»@github.com/acme/eval-harness.git`"
   ]
  },
''')
P("jupyter_server_stdout_lab_url_token_query", JUPYTER, r'''
[I «TS» ServerApp] Jupyter Server 2.14.1 is running at:
[I «TS» ServerApp] http://gpu-node-«dig2»:8888/lab?token=«!hex48:t»
[I «TS» ServerApp]     http://127.0.0.1:8888/lab?token=«!hex48:t»
[I «TS» ServerApp] Use Control-C to stop this server and shut down all kernels (twice to skip confirmation).
''')
P("jupyter_server_config_json_identity_provider_token", JUPYTER, r'''
{
  "IdentityProvider": {
    "token": "«!hex48:t»"
  },
  "ServerApp": {"ip": "0.0.0.0", "port": 8888, "open_browser": false}
}
''')
P("vscode_server_remote_ssh_log_connection_token_arg", VSCODE, r'''
[«TS»] > Starting server with command... Command: /home/«lc6:u»/.vscode-server/cli/servers/Stable-«hex40»/server/bin/code-server --connection-token=«!b64u36:t» --accept-server-license-terms --start-server --port 0
[«TS»] > Extension host agent listening on 41«dig3»
''')
P("colab_userdata_fallback_os_getenv_default_literal_cell", COLAB, r'''
   "source": [
    "from google.colab import userdata\n",
    "import os\n",
    "kaggle_key = os.getenv(\"KAGGLE_KEY\", \"«!hex32:k»\")\n",
    "os.environ[\"KAGGLE_USERNAME\"] = userdata.get(\"KAGGLE_USERNAME\")\n"
   ]
''')
P("databricks_notebook_source_py_widget_default_token", DATABRICKS, r'''
# Databricks notebook source
# MAGIC %md ## Sync features to the online store

# COMMAND ----------

dbutils.widgets.text("pat", "dapi«!hex32:d»")
host = "https://adb-«dig16».«dig1».azuredatabricks.net"
''')
# ---- data and model access
P("dvc_config_local_webdav_user_password", DVC_WEBDAV, r'''
['remote "nas"']
    url = webdavs://nas.example.com/remote.php/dav/files/ml/dvcstore
    user = ml
    password = «!pw18:p»
''')
P("dvc_config_list_show_origin_tab_lines", DVC_CFG, r'''
$ dvc config --list --show-origin
.dvc/config	core.remote=storage
.dvc/config	remote.storage.url=s3://ml-dvc-cache/project-«lc4»
.dvc/config.local	remote.storage.access_key_id=AKIA«uc16»
.dvc/config.local	remote.storage.secret_access_key=«!b64s40:s»
''')
P("dvc_remote_modify_local_azure_connection_string_history", DVC_AZ, r'''
  «dig3»  dvc remote add -d azstore azure://datasets/dvc
  «dig3»  dvc remote modify --local azstore connection_string 'DefaultEndpointsProtocol=https;AccountName=acmedvc;AccountKey=«!b64s86:k»==;EndpointSuffix=core.windows.net'
  «dig3»  dvc push
''')
P("dvc_config_local_gdrive_client_secret_gocspx", "https://dvc.org/doc/user-guide/data-management/remote-storage/google-drive", r'''
['remote "gdrive"']
    url = gdrive://«b64u33»
    gdrive_client_id = «dig12»-«lc32».apps.googleusercontent.com
    gdrive_client_secret = GOCSPX-«!b64u28:s»
''')
P("hf_stored_tokens_ini_multiple_named_tokens", HF_HUB_CLI, r'''
$ cat ~/.cache/huggingface/stored_tokens
[personal]
hf_token = hf_«!an34:a»

[org-write]
hf_token = hf_«!an34:b»
''')
P("hf_cli_auth_login_token_flag_then_saved_messages", HF_HUB_CLI, r'''
$ hf auth login --token hf_«!an34:h» --add-to-git-credential
The token `ci-upload` has been saved to /root/.cache/huggingface/stored_tokens
Your token has been saved in your configured git credential helpers (store).
Your token has been saved to /root/.cache/huggingface/token
Login successful.
''')
P("hf_cache_token_file_cat_single_line", HF_HUB_ENV, r'''
root@trainer-«lc5»:/workspace# cat $HF_HOME/token
hf_«!an34:h»root@trainer-«lc5»:/workspace# 
''')
P("git_config_remote_origin_url_hf_space_user_token", GIT_REMOTE, r'''
[remote "origin"]
	url = https://«lc6:u»:hf_«!an34:h»@huggingface.co/spaces/acme/demo-chat
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
''')
P("git_credentials_store_file_hf_and_github_lines", GIT_CRED, r'''
$ cat ~/.git-credentials
https://«lc6:u»:hf_«!an34:h»@huggingface.co
https://x-access-token:ghs_«!an36:g»@github.com
''')
P("git_remote_v_azure_devops_pat_userinfo", GIT_REMOTE, r'''
$ git remote -v
origin	https://acme:«!lc52:p»@dev.azure.com/acme/ml/_git/forecasting (fetch)
origin	https://acme:«!lc52:p»@dev.azure.com/acme/ml/_git/forecasting (push)
''')
P("rclone_conf_cloudflare_r2_provider_keys", RCLONE, r'''
[r2]
type = s3
provider = Cloudflare
access_key_id = «hex32»
secret_access_key = «!hex64:s»
endpoint = https://«hex32».r2.cloudflarestorage.com
acl = private
''')
P("aws_configure_get_secret_key_stdout", AWS_CONFIGURE, r'''
$ aws configure get aws_access_key_id --profile sm-train
AKIA«uc16»
$ aws configure get aws_secret_access_key --profile sm-train
«!b64s40:s»
''')
P("aws_configure_interactive_prompts_entered_values", AWS_CONFIGURE, r'''
$ aws configure --profile datasets
AWS Access Key ID [None]: AKIA«uc16»
AWS Secret Access Key [None]: «!b64s40:s»
Default region name [None]: eu-west-1
Default output format [None]: json
''')
P("s5cmd_endpoint_url_env_inline_in_makefile_echo", S5CMD, r'''
AWS_ACCESS_KEY_ID=minio AWS_SECRET_ACCESS_KEY=«!an40:s» s5cmd --endpoint-url http://minio.ml.svc:9000 cp 's3://shards/train-*.tar' /data/shards/
make: *** [Makefile:«dig2»: pull-shards] Error 1
''')
P("minio_python_client_repr_in_loader_debug", MINIO_PY, r'''
DEBUG loader: client=Minio('minio.ml.svc:9000', access_key='loader', secret_key='«!an40:s»', secure=False) bucket=webdataset prefix=laion/«dig5»/
''')
P("pip_config_list_global_index_url_userinfo", PIP_CFG, r'''
$ pip config list
global.index-url='https://ci-reader:«!pw20:p»@pypi.example.com/simple'
global.trusted-host='pypi.example.com'
install.no-cache-dir='true'
''')
P("pip_conf_ini_extra_index_url_token_only_userinfo", PIP_AUTH, r'''
[global]
timeout = 60
index-url = https://pypi.org/simple
extra-index-url = https://«!an32:t»@pkgs.example.com/pypi/ml/simple/
''')
P("uv_index_credentials_env_in_dockerfile_build_log", UV_IDX, r'''
#12 [builder 4/7] RUN UV_INDEX_INTERNAL_USERNAME=ci UV_INDEX_INTERNAL_PASSWORD=«!pw20:p» uv sync --frozen --no-dev
#12 0.412 Using CPython 3.11.9 interpreter at: /usr/local/bin/python3
#12 1.207 Resolved «dig3» packages in 812ms
''')
P("poetry_config_http_basic_command_history", POETRY, r'''
 «dig4»  poetry source add --priority=supplemental internal https://pypi.example.com/simple/
 «dig4»  poetry config http-basic.internal ml-bot «!pw20:p»
 «dig4»  poetry install --with train
''')
P("pandas_read_sql_traceback_source_line_uri", PANDAS_SQL, r'''
Traceback (most recent call last):
  File "/app/features/build.py", line «dig2», in load_orders
    df = pd.read_sql("SELECT * FROM orders WHERE ds = %(ds)s", "postgresql://ro_user:«!pw18:p»@analytics-db:5432/shop", params={"ds": ds})
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "analytics-db" (10.«dig2».2.«dig2»), port 5432 failed: timeout expired
''')
P("pandas_read_parquet_storage_options_dict_in_log", FSSPEC, r'''
«TL» INFO data.py:«dig2» reading s3://features/clicks/ds=«ymd»/ with storage_options={'key': 'AKIA«uc16»', 'secret': '«!b64s40:s»', 'client_kwargs': {'region_name': 'us-east-1'}}
''')
P("snowflake_connections_toml_password", SNOWFLAKE, r'''
[default]
account = "acme-xy«dig5»"
user = "ML_SVC"
password = "«!pw20:p»"
warehouse = "TRAIN_WH"
database = "FEATURES"
role = "ML_ROLE"
''')
P("redshift_jdbc_url_uid_pwd_in_spark_conf", REDSHIFT, r'''
spark.jars.packages io.github.spark-redshift-community:spark-redshift_2.12:6.2.0-spark_3.5
spark.ml.source.url jdbc:redshift://rs-«lc6».example.us-east-1.redshift.amazonaws.com:5439/dev;UID=ml_reader;PWD=«!pw18:p»
spark.ml.source.tempdir s3a://ml-tmp/redshift/
''')
P("torch_dataloader_worker_clickhouse_dsn_in_error", SQLA, r'''
RuntimeError: Caught ConnectionError in DataLoader worker process 2.
Original Traceback (most recent call last):
  File "/app/ds.py", line «dig2», in __getitem__
    client = clickhouse_connect.get_client(dsn="clickhouse://ml:«!pw18:p»@ch.ml.svc:8123/events")
''')
P("mongodb_srv_uri_in_webdataset_index_builder_log", SQLA, r'''
[index-builder] «TS» connecting to mongodb+srv://indexer:«!pw16:p|pct»@cluster0.«lc5».mongodb.net/?retryWrites=true&w=majority
[index-builder] «TS» found «dig6» shards
''')
P("kaggle_json_cat_username_key", KAGGLE, r'''
$ cat ~/.kaggle/kaggle.json
{"username":"«lc8:u»","key":"«!hex32:k»"}
''')
P("dotenv_values_ordered_dict_print", DOTENV, r'''
>>> from dotenv import dotenv_values
>>> dotenv_values(".env")
OrderedDict([('LANGSMITH_TRACING', 'true'), ('LANGSMITH_API_KEY', 'lsv2_pt_«!hex32:l»_«hex10»'), ('LANGSMITH_PROJECT', 'rag-eval')])
''')
P("dotenv_ml_repo_multiple_providers_export_prefix", DOTENV, r'''
# .env — do not commit
export MISTRAL_API_KEY=«!an32:m»
export REPLICATE_API_TOKEN=r8_«!an37:r»
export HF_HUB_OFFLINE=0
''')
P("printenv_grep_key_filtered_output", WANDB_ENV, r'''
$ printenv | grep -i key
WANDB_API_KEY=«!hex40:k»
AWS_ACCESS_KEY_ID=AKIA«uc16»
NVIDIA_VISIBLE_DEVICES=all
''')
P("proc_environ_tr_null_newline_job_pid", "https://man7.org/linux/man-pages/man5/proc_pid_environ.5.html", r'''
$ cat /proc/$(pgrep -f train.py | head -1)/environ | tr '\0' '\n' | grep -E 'WANDB|HF'
WANDB_BASE_URL=https://wandb.example.com
HF_TOKEN=hf_«!an34:h»
WANDB_API_KEY=local-«!hex40:k»
''')
# ---- LLM client settings printed in logs
P("structlog_json_llm_config_nested_api_key", STRUCTLOG, r'''
{"event": "llm client ready", "level": "info", "timestamp": "«T»", "llm_config": {"model": "gpt-4o", "api_key": "sk-proj-«!b64u64:k»", "temperature": 0.2, "max_tokens": 512}}
''')
P("litellm_proxy_config_yaml_model_list_literal_keys", LITELLM, r'''
model_list:
  - model_name: claude-judge
    litellm_params:
      model: anthropic/claude-3-5-sonnet-20241022
      api_key: sk-ant-api03-«!b64u93:a»AA
  - model_name: command-r
    litellm_params:
      model: cohere/command-r-plus
      api_key: «!an40:c»
''')
P("openai_azure_client_kwargs_logged_dict_line", OPENAI, r'''
«TL» [INFO] judge: building AzureOpenAI client kwargs={'azure_endpoint': 'https://acme-eval.openai.azure.com', 'api_key': '«!hex32:k»', 'api_version': '2024-08-01-preview', 'max_retries': 3}
''')
P("anthropic_curl_x_api_key_header_in_notebook_bash_cell", ANTHROPIC, r'''
%%bash
curl https://api.anthropic.com/v1/messages \
  -H "x-api-key: sk-ant-api03-«!b64u93:a»AA" \
  -H "anthropic-version: 2023-06-01" \
  -H "content-type: application/json" \
  -d '{"model": "claude-3-haiku-20240307", "max_tokens": 64, "messages": [{"role": "user", "content": "ping"}]}'
''')
P("cohere_client_v2_env_co_api_key_in_docker_inspect", COHERE, r'''
            "Env": [
                "CO_API_KEY=«!an40:c»",
                "RERANK_MODEL=rerank-english-v3.0",
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "PYTHON_VERSION=3.11.9"
            ],
''')
P("openai_http_debug_authorization_bearer_header_dump", OPENAI, r'''
send: b'POST /v1/embeddings HTTP/1.1\r\nHost: api.openai.com\r\nAccept-Encoding: gzip, deflate\r\nAuthorization: Bearer sk-proj-«!b64u64:k»\r\nContent-Type: application/json\r\nContent-Length: «dig3»\r\n\r\n'
reply: 'HTTP/1.1 200 OK\r\n'
''')
P("langsmith_env_exports_in_job_script_comment_after", LANGSMITH, r'''
export LANGCHAIN_TRACING_V2=true
export LANGCHAIN_ENDPOINT=https://api.smith.langchain.com
export LANGCHAIN_API_KEY="lsv2_sk_«!hex32:l»_«hex10»"  # service key, rotate quarterly
export LANGCHAIN_PROJECT=agent-evals
''')
P("comet_config_ini_comet_section_api_key", COMET, r'''
$ cat ~/.comet.config
[comet]
api_key = «!an25:c»
workspace = vision-team
project_name = detr
''')
P("mlflow_env_tracking_password_in_k8s_job_yaml", MLFLOW, r'''
        env:
        - name: MLFLOW_TRACKING_URI
          value: https://mlflow.example.com
        - name: MLFLOW_TRACKING_USERNAME
          value: trainer
        - name: MLFLOW_TRACKING_PASSWORD
          value: "«!pw18:p»"
''')
P("clearml_task_init_traceback_locals_secret_key", "https://clear.ml/docs/latest/docs/configs/clearml_conf", r'''
  File "/opt/conda/lib/python3.10/site-packages/clearml/backend_api/session/session.py", line «dig3», in __init__
    raise MissingConfigError()
    secret_key = '«!an64:s»'
    access_key = '«uc20»'
    host = 'https://api.clearml.example.com'
''')
# ---- more positives: mixed framings
P("wandb_login_relogin_key_argument_in_bash_history", WANDB_ENV, r'''
  «dig3»  export WANDB_BASE_URL=https://wandb.example.com
  «dig3»  wandb login --relogin --host https://wandb.example.com local-«!hex40:k»
  «dig3»  wandb sync --sync-all
''')
P("wandb_docker_run_e_flag_ps_output_with_key", WANDB_ENV, r'''
$ ps -eo pid,args | grep docker
 «dig5» docker run --gpus all -e WANDB_API_KEY=«!hex40:k» -e WANDB_BASE_URL=https://wandb.example.com -v /data:/data acme/train:latest python train.py
''')
P("wandb_run_config_toml_pyproject_tool_section", WANDB_META, r'''
[tool.experiment]
project = "asr-finetune"
wandb_entity = "speech"
hf_dataset = "mozilla-foundation/common_voice_17_0"
hf_token = "hf_«!an34:h»"
max_steps = «dig4»
''')
P("wandb_artifact_reference_s3_url_presigned_query_in_manifest", PRESIGN, r'''
{"version": 1, "storagePolicy": "wandb-storage-policy-v1", "contents": {"train.parquet": {"digest": "«b64s22»==", "ref": "https://datasets.s3.amazonaws.com/train.parquet?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA«uc16»%2F«ymd»%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=«ymd»T«hms»Z&X-Amz-Expires=3600&X-Amz-Security-Token=«!b64u120:st»&X-Amz-SignedHeaders=host&X-Amz-Signature=«!hex64:sig»", "size": «dig8»}}}
''')
P("hydra_launcher_joblib_log_override_line_openai", HYDRA_LOG, r'''
[«TL»][HYDRA] Joblib.Parallel(n_jobs=4,backend=loky,prefer=processes,require=None,verbose=0,timeout=None,pre_dispatch=2*n_jobs,batch_size=auto,temp_folder=None,max_nbytes=None,mmap_mode=r) is launching 4 jobs
[«TL»][HYDRA] Launching jobs, sweep output dir : multirun/«ymd»/«hms»
[«TL»][HYDRA] 	#0 : judge.provider=openai judge.api_key=sk-proj-«!b64u64:k» prompt=v2
''')
P("argparse_error_unrecognized_arguments_echo_with_secret", ARGPARSE, r'''
usage: ingest.py [-h] --source {s3,gcs} [--s3-secret S3_SECRET] [--workers WORKERS]
ingest.py: error: unrecognized arguments: --s3_secret=«!b64s40:s»
''')
P("sbatch_script_heredoc_writes_netrc_for_wandb_host", SLURM_SBATCH, r'''
#SBATCH --time=48:00:00
cat > $HOME/.netrc <<EOF
machine wandb.example.com
  login user
  password local-«!hex40:k»
EOF
chmod 600 $HOME/.netrc
''')
P("sacct_env_vars_stored_job_environment_output", SLURM_SACCT, r'''
$ sacct -j «dig6:j» --env-vars
Environment for job «dig6:j»:
HF_HOME=/scratch/hf
HF_TOKEN=hf_«!an34:h»
SLURM_MPI_TYPE=pmix
''')
P("ray_init_runtime_env_dict_repr_printed_by_driver", RAY_ENV, r'''
ray.init(address='auto', runtime_env={'env_vars': {'ANYSCALE_API_KEY': 'esecret_«!lc40:a»', 'RAY_DEDUP_LOGS': '0'}, 'working_dir': '.'})
«TL»	INFO worker.py:«dig4» -- Connected to Ray cluster. View the dashboard at http://10.«dig2».0.«dig2»:8265
''')
P("argo_workflow_template_env_value_in_script_source", ARGO, r'''
    script:
      image: python:3.11
      command: [python]
      env:
      - name: DB_URL
        value: "postgresql://etl:«!pw18:p»@warehouse.data.svc:5432/dw"
      source: |
        import os, sqlalchemy
        eng = sqlalchemy.create_engine(os.environ["DB_URL"])
''')
P("sagemaker_estimator_repr_in_notebook_output_environment", "https://sagemaker.readthedocs.io/en/stable/api/training/estimators.html", r'''
     "text": [
      "estimator.environment = {'WANDB_API_KEY': '«!hex40:k»', 'WANDB_PROJECT': 'sm-bert', 'SM_LOG_LEVEL': '20'}\n"
     ]
''')
P("vertex_workbench_instance_metadata_items_github_pat", "https://cloud.google.com/vertex-ai/docs/workbench/instances/manage-metadata", r'''
metadata:
  items:
  - key: post-startup-script
    value: gs://acme-ml-setup/bootstrap.sh
  - key: github-pat
    value: github_pat_«an22»_«!an59:g»
''')
P("ipynb_widget_state_password_model_value_token", IPYNB, r'''
     "model_name": "PasswordModel",
     "state": {
      "description": "Token:",
      "layout": "IPY_MODEL_«hex32»",
      "value": "hf_«!an34:h»"
     }
''')
P("jupyterhub_config_py_dummy_authenticator_password", "https://jupyterhub.readthedocs.io/en/stable/tutorial/getting-started/authenticators-users-basics.html", r'''
c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = "«!pw18:p»"
c.Spawner.default_url = "/lab"
c.Spawner.environment = {"WANDB_BASE_URL": "https://wandb.example.com"}
''')
P("dvc_exp_run_set_param_cli_history_api_key", "https://dvc.org/doc/command-reference/exp/run", r'''
: «dig10»:0;dvc exp run -S train.lr=0.01 -S eval.openai_key=sk-proj-«!b64u64:k»
: «dig10»:0;dvc exp show --md
''')
P("hf_hub_download_traceback_token_kwarg_in_frame", HF_HUB_ENV, r'''
  File "/app/download.py", line «dig2», in main
    path = hf_hub_download(repo_id="acme/private-ckpt", filename="model.safetensors", token="hf_«!an34:h»", revision="«hex40»")
  File "/usr/local/lib/python3.11/site-packages/huggingface_hub/utils/_validators.py", line 114, in _inner_fn
    return fn(*args, **kwargs)
''')
P("git_lfs_trace_creds_filled_url_with_hf_token", GIT_CRED, r'''
«TS» trace git-lfs: HTTP: POST https://huggingface.co/acme/llm-7b.git/info/lfs/objects/batch
«TS» trace git-lfs: creds: filled credentials for https://«lc6:u»:hf_«!an34:h»@huggingface.co/acme/llm-7b.git
«TS» trace git-lfs: HTTP: 200
''')
P("s3cmd_cli_flags_access_secret_in_job_step_xtrace", "https://s3tools.org/usage", r'''
+ s3cmd --access_key=AKIA«uc16» --secret_key=«!b64s40:s» --host=s3.eu-central-1.wasabisys.com --host-bucket='%(bucket)s.s3.eu-central-1.wasabisys.com' sync ./ckpt/ s3://ml-ckpt/run-«lc8:r»/
upload: './ckpt/model-00001-of-00004.safetensors' -> 's3://ml-ckpt/run-«lc8:r»/model-00001-of-00004.safetensors'
''')
P("gcs_hmac_secret_in_tfds_job_env_yaml", "https://cloud.google.com/storage/docs/authentication/hmackeys", r'''
env:
  GCS_HMAC_ACCESS_ID: GOOG1E«uc56»
  GCS_HMAC_SECRET: «!b64s40:s»
  TFDS_DATA_DIR: gs://acme-tfds
''')
P("feast_feature_store_yaml_sql_registry_and_redis_password", "https://docs.feast.dev/reference/offline-stores/postgres", r'''
project: churn
registry:
  registry_type: sql
  path: postgresql+psycopg://feast:«!pw18:p»@feast-pg:5432/feast
provider: local
online_store:
  type: redis
  connection_string: redis.ml.svc:6379,password=«!an24:r»
''')
P("vllm_openai_server_api_key_flag_in_systemctl_status_cgroup", "https://docs.vllm.ai/en/latest/serving/openai_compatible_server.html", r'''
● vllm.service - vLLM OpenAI-compatible server
     Active: active (running) since «TS» UTC
   CGroup: /system.slice/vllm.service
           └─«dig5» /opt/vllm/bin/python -m vllm.entrypoints.openai.api_server --model /models/llama-3.1-8b --api-key «!an40:v» --port 8000
''')
P("tgi_helm_values_env_hugging_face_hub_token", "https://huggingface.co/docs/text-generation-inference/reference/launcher", r'''
tgi:
  model_id: meta-llama/Llama-3.1-8B-Instruct
  env:
    HUGGING_FACE_HUB_TOKEN: hf_«!an34:h»
    MAX_INPUT_TOKENS: "4096"
    MAX_TOTAL_TOKENS: "8192"
''')
P("mlflow_run_meta_yaml_sftp_artifact_uri_userinfo", MLFLOW, r'''
artifact_uri: sftp://mlflow:«!pw18:p»@artifacts.example.com/srv/mlflow/«dig3»/«hex32»/artifacts
end_time: «dig13»
entry_point_name: ''
experiment_id: '«dig3»'
lifecycle_stage: active
''')
# ================================================================ NEGATIVES
# ---- wandb run directory look-alikes
N("wandb_metadata_json_git_commit_and_plain_remote", WANDB_META, r'''
  "git": {
    "remote": "https://github.com/acme/llm-pretrain.git",
    "commit": "«hex40»"
  },
  "email": "«lc6:u»@example.com",
  "root": "/workspace/llm-pretrain",
  "host": "gpu-node-«dig2»",
  "executable": "/opt/conda/envs/train/bin/python",
''')
N("wandb_metadata_json_args_secret_sounding_hyperparams", WANDB_META, r'''
  "args": [
    "--key_dim",
    "«dig2»",
    "--token_budget",
    "«dig6»",
    "--secret_sharing",
    "false",
    "--max_tokens=«dig4»"
  ],
''')
N("wandb_metadata_json_args_token_file_path_reference", WANDB_META, r'''
  "args": [
    "--hub_token_file",
    "/run/secrets/hf_token",
    "--api_key_env",
    "OPENAI_API_KEY",
    "--seed",
    "«dig4»"
  ],
''')
N("wandb_config_yaml_values_keyish_names_numeric", WANDB_META, r'''
_wandb:
  desc: null
  value:
    cli_version: 0.16.«dig1»
key_dim:
  desc: null
  value: «dig2»
max_tokens:
  desc: null
  value: «dig4»
''')
N("wandb_config_yaml_tokenizer_name_and_path", WANDB_META, r'''
tokenizer_name:
  value: meta-llama/Llama-3.1-8B
tokenizer_path:
  value: /scratch/«lc6:u»/tokenizers/sp-«dig5»-«hex8».model
pad_token:
  value: <|finetune_right_pad_id|>
eos_token_id:
  value: «dig6»
''')
N("wandb_summary_json_runtime_step_and_table_digest", WANDB_META, r'''
{"_runtime": «dig5».«dig3», "_step": «dig5», "_timestamp": «dig10».«dig5», "train/loss": 1.«dig4», "eval/samples": {"_type": "table-file", "sha256": "«hex64»", "path": "media/table/eval/samples_«dig4»_«hex20».table.json", "ncols": 4, "nrows": «dig3»}}
''')
N("wandb_run_url_and_sweep_url_banner_lines", WANDB_META, r'''
wandb: Currently logged in as: «lc6:u» (acme) to https://wandb.example.com. Use `wandb login --relogin` to force relogin
wandb: Tracking run with wandb version 0.18.«dig1»
wandb: Run data is saved locally in /scratch/wandb/run-«ymd»_«hms»-«lc8:r»
wandb: ⭐️ View project at https://wandb.example.com/acme/llm-pretrain
wandb: 🧹 View sweep at https://wandb.example.com/acme/llm-pretrain/sweeps/«lc8:s»
wandb: 🚀 View run at https://wandb.example.com/acme/llm-pretrain/runs/«lc8:r»
''')
N("wandb_artifact_manifest_digests_and_birth_artifact_id", WANDB_META, r'''
{"version": 1, "storagePolicy": "wandb-storage-policy-v1", "storagePolicyConfig": {"storageLayout": "V2"}, "contents": {"model.safetensors": {"digest": "«b64s22»==", "birthArtifactID": "QXJ0aWZhY3Q6«dig9»", "size": «dig10»}, "config.json": {"digest": "«b64s22»==", "size": «dig4»}}}
''')
N("wandb_artifact_log_line_version_alias_and_digest", WANDB_META, r'''
wandb: Adding directory to artifact (./checkpoints/step-«dig5»)... Done. 3.2s
wandb: logged artifact model-«lc8:r»:v«dig1» (digest «hex32») aliases ['latest', 'best']
''')
N("wandb_debug_log_settings_masked_api_key", WANDB_META, r'''
«TL» INFO    MainThread:«dig5:p» [wandb_setup.py:_flush():«dig2»] Loading settings from environment variables: {'api_key': '***REDACTED***', 'base_url': 'https://wandb.example.com', 'project': 'llm-pretrain'}
«TL» INFO    MainThread:«dig5:p» [wandb_init.py:_log_setup():«dig3»] Logging user logs to /scratch/wandb/run-«ymd»_«hms»-«lc8:r»/logs/debug.log
''')
N("wandb_debug_internal_core_json_stream_ids_only", WANDB_META, r'''
{"time":"«T»","level":"INFO","msg":"stream: starting","core version":"0.18.«dig1»","symlink path":"/scratch/wandb/run-«ymd»_«hms»-«lc8:r»/logs/debug-core.log"}
{"time":"«T»","level":"INFO","msg":"created new stream","id":"«lc8:r»"}
{"time":"«T»","level":"INFO","msg":"sender: sendRun: run created","id":"«lc8:r»","runId":"UnVuOnYxOmxsbS1wcmV0cmFpbjo«b64s20»"}
''')
N("wandb_requirements_txt_public_index_and_hashes", PIP_HASH, r'''
--index-url https://pypi.org/simple
torch==2.3.1 \
    --hash=sha256:«hex64»
wandb==0.17.«dig1» \
    --hash=sha256:«hex64»
''')
N("wandb_conda_environment_yaml_public_channels_build_hashes", CONDA_ENV, r'''
name: train-env
channels:
  - pytorch
  - nvidia
  - conda-forge
dependencies:
  - pytorch=2.4.0=py3.11_cuda12.1_cudnn9.1.0_0
  - libcublas=12.1.3.1=0
  - tokenizers=0.19.1=py311h«hex7»_0
''')
N("wandb_env_dump_names_only_from_sbatch_export", WANDB_ENV, r'''
WANDB_BASE_URL=https://wandb.example.com
WANDB_ENTITY=ml-platform
WANDB_API_KEY_FILE=/run/secrets/wandb_api_key
WANDB_RUN_ID=«lc8:r»
WANDB_SWEEP_ID=«lc8:s»
''')
N("wandb_sweep_yaml_parameters_secret_sounding_names", WANDB_SWEEP, r'''
method: random
parameters:
  key_dim:
    values: [32, 64, 128]
  token_budget:
    distribution: int_uniform
    min: «dig4»
    max: «dig5»
  secret_sharing:
    values: [true, false]
''')
N("wandb_agent_config_tab_lines_numeric_only", WANDB_SWEEP, r'''
wandb: Agent Starting Run: «lc8:r» with config:
wandb: 	key_size: «dig3»
wandb: 	learning_rate: 0.000«dig1»
wandb: 	max_tokens: «dig4»
wandb: 	seed: «dig4»
''')
N("wandb_files_diff_patch_env_lookup_only", WANDB_META, r'''
@@ -«dig1»,4 +«dig1»,5 @@ import os
 JUDGE_MODEL = "claude-3-5-sonnet-20241022"
-ANTHROPIC_API_KEY = "<set-me>"
+ANTHROPIC_API_KEY = os.environ["ANTHROPIC_API_KEY"]
 MAX_TOKENS = «dig4»
''')
N("wandb_launch_queue_config_env_value_from_secret", K8S_SECRET_REF, r'''
      "env": [
        {"name": "WANDB_BASE_URL", "value": "https://wandb.example.com"},
        {"name": "HF_TOKEN", "valueFrom": {"secretKeyRef": {"name": "hf-token-«lc5»", "key": "token"}}}
      ]
''')
N("weave_call_link_and_digest_refs", WEAVE, r'''
🍩 https://wandb.example.com/acme/rag-eval/r/call/«uuid»
weave:///acme/rag-eval/object/RAGModel:«b64u43»
weave:///acme/rag-eval/op/predict:«b64u43»
''')
# ---- Hydra / OmegaConf / argparse
N("hydra_config_yaml_oc_env_and_secret_file_refs", OMEGACONF, r'''
storage:
  endpoint: http://minio.ml.svc:9000
  access_key: ${oc.env:MINIO_ACCESS_KEY}
  secret_key_file: /var/run/secrets/minio/secret_key
trainer:
  max_steps: «dig5»
''')
N("hydra_overrides_yaml_seed_and_keyish_hparams", HYDRA_OUT, r'''
- experiment=tabular_baseline
- model.key_dim=«dig2»
- model.num_kv_heads=«dig1»
- data.max_tokens=«dig4»
- seed=«dig4»
''')
N("hydra_job_id_and_run_dir_lines", HYDRA_LOG, r'''
[«TL»][HYDRA] Launching 1 jobs locally
[«TL»][HYDRA] 	#0 : model=resnet50 seed=«dig4»
[«TL»][__main__][INFO] - job id: «dig6»_«dig1», output dir: /checkpoint/«lc6:u»/outputs/«ymd»/«hms»
''')
N("hydra_dictconfig_repr_masked_credentials", OMEGACONF, r'''
{'model': {'name': 'resnet50'}, 'logger': {'comet': {'api_key': '********', 'workspace': 'vision'}}, 'seed': «dig4»}
''')
N("argparse_namespace_none_and_env_names", ARGPARSE, r'''
Namespace(model='bert-base-uncased', lr=2e-05, api_key=None, api_key_env='OPENAI_API_KEY', token_file='~/.cache/huggingface/token', seed=«dig4»)
''')
N("argparse_help_secret_options_metavars", ARGPARSE, r'''
options:
  -h, --help            show this help message and exit
  --hub-token HUB_TOKEN
                        token for pushing to the Hub (default: $HF_TOKEN)
  --seed SEED           random seed (default: «dig4»)
  --db-password-file PATH
                        read the database password from PATH
''')
N("hf_training_args_repr_hub_token_placeholder", HF_TRAINARGS, r'''
TrainingArguments(
_n_gpu=1,
hub_model_id=acme/summarizer-v«dig1»,
hub_private_repo=True,
hub_strategy=HubStrategy.EVERY_SAVE,
hub_token=<HUB_TOKEN>,
push_to_hub_token=<PUSH_TO_HUB_TOKEN>,
seed=«dig2»,
)
''')
N("hf_trainer_state_json_best_checkpoint_and_steps", HF_TRAINARGS, r'''
{
  "best_metric": 0.«dig4»,
  "best_model_checkpoint": "out/run-«lc6»/checkpoint-«dig4»",
  "epoch": 2.0,
  "global_step": «dig4»,
  "total_flos": «dig6»«dig6»«dig6».0,
  "train_batch_size": «dig1»
}
''')
N("lightning_hparams_yaml_keyish_model_dims", LIGHTNING, r'''
d_model: 512
key_dim: 64
value_dim: 64
num_key_value_heads: 8
token_dropout: 0.1
seed: «dig4»
''')
N("lightning_checkpoint_callback_filenames_and_hash", LIGHTNING, r'''
Epoch 3, global step «dig4»: 'val_loss' reached 0.«dig5» (best 0.«dig5»), saving model to '/ckpt/epoch=3-step=«dig4».ckpt' as top 1
Restoring states from the checkpoint path at /ckpt/last.ckpt (sha256 «hex64»)
''')
N("keras_callbacks_list_repr_object_addresses", KERAS, r'''
callbacks: [<keras.src.callbacks.early_stopping.EarlyStopping object at 0x7f«hex10»>, <keras.src.callbacks.model_checkpoint.ModelCheckpoint object at 0x7f«hex10»>, <wandb.integration.keras.callbacks.metrics_logger.WandbMetricsLogger object at 0x7f«hex10»>]
''')
N("accelerate_default_config_yaml_no_credentials", ACCEL, r'''
compute_environment: LOCAL_MACHINE
distributed_type: MULTI_GPU
machine_rank: 0
main_process_ip: 10.«dig2».0.«dig2»
main_process_port: 29500
mixed_precision: bf16
num_machines: 2
num_processes: 16
rdzv_backend: static
''')
N("deepspeed_config_json_zero_and_hash_seed", DEEPSPEED, r'''
{
  "train_micro_batch_size_per_gpu": «dig1»,
  "gradient_accumulation_steps": «dig2»,
  "zero_optimization": {"stage": 3, "offload_param": {"device": "cpu"}},
  "bf16": {"enabled": true},
  "wandb": {"enabled": true, "team": "acme", "project": "ds-«lc4»"}
}
''')
N("torchrun_rdzv_id_and_endpoint_banner", TORCHRUN, r'''
[«TL»] torch.distributed.run: [WARNING] Setting OMP_NUM_THREADS environment variable for each process to be 1 in default
[rank0]: RANK=0 LOCAL_RANK=0 WORLD_SIZE=16 MASTER_ADDR=10.«dig2».3.«dig2» MASTER_PORT=29500
[rank0]: TORCHELASTIC_RUN_ID=«lc8» TORCHELASTIC_RESTART_COUNT=0 NCCL_DEBUG=WARN
''')
N("tensorboard_hparams_table_tokenizer_and_seed", TB, r'''
| hparam | value |
|---|---|
| lr | 3e-4 |
| tokenizer | meta-llama/Llama-3.1-8B |
| max_tokens | «dig4» |
| seed | «dig4» |
''')
N("optuna_study_trial_params_with_keyish_names", OPTUNA, r'''
[I «TS»] Trial «dig2» finished with value: 0.«dig4» and parameters: {'key_dim': «dig2», 'token_budget': «dig5», 'lr': 0.000«dig3»}. Best is trial «dig1» with value: 0.«dig4».
''')
# ---- Slurm / HPC
N("slurm_batch_script_export_names_and_secret_file_source", SLURM_SBATCH, r'''
#!/bin/bash
#SBATCH --job-name=pretrain-«lc4»
#SBATCH --export=ALL
set -a; source $HOME/.secrets/wandb.env; set +a
srun --export=ALL,NCCL_IB_DISABLE=0 python train.py --seed «dig4»
''')
N("slurm_sacct_submitline_plain_args", SLURM_SACCT, r'''
JobID             JobName                                                                                                     SubmitLine
------------ ------------ --------------------------------------------------------------------------------------------------------------
«dig6:j»          rerank    sbatch --export=ALL,CO_API_KEY --partition=gpu --dependency=afterok:«dig6» rerank.sbatch
«dig6:j».batch     batch
''')
N("slurm_squeue_job_ids_and_reasons", SLURM_SQUEUE, r'''
     JOBID PARTITION     NAME     USER ST       TIME  NODES NODELIST(REASON)
  «dig6»       gpu pretrain «lc6:u» PD       0:00      4 (Resources)
  «dig6»       gpu eval-jud «lc6:u»  R    3:12:41      1 gpu-«dig3»
''')
N("slurm_job_env_dump_slurm_and_cuda_vars", SLURM_SBATCH, r'''
SLURM_JOB_ID=«dig6»
SLURM_JOB_UID=«dig5»
SLURM_JOB_ACCOUNT=ml-«lc4»
SLURM_STEP_GPUS=0,1,2,3
CUDA_VISIBLE_DEVICES=GPU-«uuid»
SLURM_TASK_PID=«dig5»
''')
N("slurmdbd_conf_storage_pass_script_reference", SLURMDBD, r'''
AuthType=auth/munge
AuthInfo=socket=/var/run/munge/munge.socket.2
StorageType=accounting_storage/mysql
StorageHost=mariadb.hpc.internal
StorageUser=slurm
StorageLoc=slurm_acct_db
StoragePort=«dig4»
#StoragePass=
''')
N("sacct_env_vars_stored_job_environment_paths_only", SLURM_SACCT, r'''
$ sacct -j «dig6:j» --env-vars
Environment for job «dig6:j»:
HF_HOME=/scratch/hf
HF_TOKEN_PATH=/scratch/«lc6:u»/hf/token
TOKENIZERS_PARALLELISM=false
''')
N("enroot_import_docker_uri_and_sqsh_digest", PYXIS, r'''
[INFO] Querying registry for permission grant
[INFO] Authenticating with user: $oauthtoken
[INFO] Fetching image manifest list
[INFO] Found all layers in cache
[INFO] Creating squashfs filesystem...
Parallel mksquashfs: Using «dig2» processors
nvidia+pytorch+24.05-py3.sqsh sha256:«hex64»
''')
N("ngc_config_current_ascii_table_masked_apikey_last4", NGC, r'''
+---------------------+--------------------------------------------------+---------------+
| key                 | value                                            | source        |
+---------------------+--------------------------------------------------+---------------+
| apikey              | ********************************************«an4» | user settings |
| format_type         | ascii                                            | user settings |
| org                 | «lc10:o»                                       | user settings |
+---------------------+--------------------------------------------------+---------------+
''')
N("submitit_job_paths_and_ids", SUBMITIT, r'''
«TL» INFO submitit: Submitted job «dig6» to slurm, logs in /checkpoint/«lc6:u»/jobs/«dig6»
«TL» INFO submitit: Job «dig6»_«dig1» state: COMPLETED, result pickle /checkpoint/«lc6:u»/jobs/«dig6»/«dig6»_«dig1»_result.pkl
''')
# ---- Ray
N("ray_job_submit_ids_and_runtime_env_pkg_uri", RAY_JOB, r'''
Job submission server address: http://ray-head:8265
«TL»	INFO packaging.py:«dig3» -- Pushing file package 'gcs://_ray_pkg_«hex16».zip' («dig2».«dig2»MiB) to Ray cluster...
-------------------------------------------------------
Job 'raysubmit_«an16»' submitted successfully
-------------------------------------------------------
''')
N("ray_runtime_env_yaml_env_names_and_secret_ref", RAY_ENV, r'''
working_dir: .
pip:
  - acme-features==2.3.0
  - torch==2.4.0
env_vars:
  OMP_NUM_THREADS: "8"
  OPENAI_API_KEY_SECRET: projects/«dig12»/secrets/openai-key/versions/latest
''')
N("kuberay_rayjob_status_job_id_and_deployment", KUBERAY, r'''
status:
  jobDeploymentStatus: Running
  jobId: rayjob-sample-«lc5»
  jobStatus: RUNNING
  rayClusterName: rayjob-sample-raycluster-«lc5»
  dashboardURL: rayjob-sample-raycluster-«lc5»-head-svc.default.svc.cluster.local:8265
  startTime: "«T»"
''')
N("ray_tune_trial_table_with_trial_ids", RAY_TUNE_WANDB, r'''
╭──────────────────────────────────────────────────────────────────╮
│ Trial name              status       lr     key_dim   iter     loss │
├──────────────────────────────────────────────────────────────────┤
│ train_fn_«hex5»_00000  TERMINATED  0.001         64      10  0.«dig4» │
│ train_fn_«hex5»_00001  TERMINATED  0.01         128      10  0.«dig4» │
╰──────────────────────────────────────────────────────────────────╯
''')
# ---- Argo / Kubeflow / operators
N("argo_workflow_parameter_value_from_secret_ref", ARGO, r'''
  arguments:
    parameters:
    - name: dataset
      value: s3://datasets/reviews/v«dig1»
    - name: hf-token-secret
      value: hf-token-«lc5:s»
  volumes:
  - name: hf-token
    secret: {secretName: hf-token-«lc5:s»}
''')
N("argo_get_output_uid_and_duration", ARGO_CLI, r'''
Name:                finetune-«lc5»
Namespace:           ml-pipelines
ServiceAccount:      argo-workflow
Status:              Succeeded
Created:             Mon May 06 «hh»:«mm»:«mm» +0000 (2 hours ago)
Duration:            1 hour 42 minutes
Progress:            5/5
ResourcesDuration:   «dig2»h«dig2»m«dig2»s*(1 cpu),«dig2»h«dig2»m«dig2»s*(1 nvidia.com/gpu)
''')
N("kfp_ir_yaml_component_input_definitions_types", KFP, r'''
    comp-embed:
      inputDefinitions:
        parameters:
          openai_api_key_secret:
            parameterType: STRING
          chunk_size:
            defaultValue: «dig3».0
            parameterType: NUMBER_DOUBLE
''')
N("pytorchjob_describe_env_from_secret_lines", KF_TRAIN, r'''
        Env:
          Name:  AZURE_STORAGE_CONNECTION_STRING
          Value From:
            Secret Key Ref:
              Key:   connection-string
              Name:  blob-creds
        Image:    registry.example.com/ml/train:«hex7»
''')
N("katib_experiment_trial_parameters_reference", KATIB, r'''
    trialParameters:
      - name: learningRate
        description: Learning rate for the training model
        reference: lr
      - name: keyDim
        description: attention key dimension (trial «dig3»)
        reference: key_dim
''')
# ---- SageMaker / Vertex / Azure ML
N("sagemaker_describe_training_job_arns_and_image", SM_DESC, r'''
    "TrainingJobName": "hf-ner-«ymd»-«hms»-«dig3»",
    "TrainingJobArn": "arn:aws:sagemaker:us-east-1:«dig12»:training-job/hf-ner-«ymd»-«hms»-«dig3»",
    "AlgorithmSpecification": {
        "TrainingImage": "«dig12».dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-training:2.1.0-transformers4.36.0-gpu-py310-cu121-ubuntu20.04",
        "TrainingInputMode": "File"
    },
    "RoleArn": "arn:aws:iam::«dig12»:role/SageMakerExecution",
''')
N("sagemaker_hyperparameters_json_quoted_strings_no_secret", SM_HF, r'''
    "HyperParameters": {
        "epochs": "3",
        "hub_model_id": "\"acme/ner-base\"",
        "hub_strategy": "\"every_save\"",
        "max_tokens": "«dig4»",
        "sagemaker_submit_directory": "\"s3://sagemaker-us-east-1-«dig12»/hf-ner-«ymd»/source/sourcedir.tar.gz\""
    },
''')
N("sagemaker_toolkit_env_sm_channels_and_hosts", SM_TOOLKIT, r'''
SM_HOSTS=["algo-1","algo-2"]
SM_CURRENT_HOST=algo-1
SM_CHANNELS=["test","train"]
SM_HPS={"epochs":5,"key_dim":64,"token_budget":«dig5»}
SM_OUTPUT_DATA_DIR=/opt/ml/output/data
''')
N("vertex_custom_job_resource_names_and_state", VERTEX, r'''
name: projects/«dig12»/locations/us-central1/customJobs/«dig19»
displayName: llm-sft-«ymd»
state: JOB_STATE_SUCCEEDED
createTime: '«T»'
webAccessUris: {}
''')
N("vertex_pipeline_parameter_values_secret_resource_name", VERTEX_PIPE, r'''
job.parameter_values = {'project': 'acme-ml', 'cohere_key_secret': 'projects/acme-ml/secrets/cohere-api-key/versions/«dig1»', 'chunk_size': «dig3»}
''')
N("azureml_command_job_yaml_env_vars_keyvault_refs", AML_JOB, r'''
command: python train.py --data ${{inputs.data}}
environment_variables:
  AZURE_OPENAI_API_KEY_SECRET_NAME: aoai-key-«lc4»
  AZURE_KEYVAULT_URL: https://acme-ml-kv.vault.azure.net/
  AZURE_OPENAI_ENDPOINT: https://acme-oai.openai.azure.com/
compute: azureml:gpu-cluster
''')
N("azureml_datastore_yaml_identity_based_no_credentials", AML_DS, r'''
$schema: https://azuremlschemas.azureedge.net/latest/azureBlob.schema.json
name: training_blobs
type: azure_blob
account_name: acmemldata
container_name: corpora-«lc4»
description: identity-based access (no credentials section)
''')
N("azureml_job_show_ids_and_studio_url", AML_CLI, r'''
  "id": "/subscriptions/«uuid»/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ml-ws/jobs/lucid_basket_«lc6»",
  "name": "lucid_basket_«lc6»",
  "services": {"Studio": {"endpoint": "https://ml.azure.com/runs/lucid_basket_«lc6»?wsid=/subscriptions/«uuid»/resourcegroups/ml-rg/workspaces/ml-ws&tid=«uuid»"}},
  "status": "Completed",
''')
# ---- notebooks
N("ipynb_code_cell_getpass_and_userdata_get", COLAB, r'''
   "source": [
    "import os, getpass\n",
    "from google.colab import userdata\n",
    "os.environ[\"WANDB_API_KEY\"] = userdata.get(\"WANDB_API_KEY\")\n",
    "os.environ[\"OPENAI_API_KEY\"] = getpass.getpass(\"OpenAI key: \")\n",
    "run_seed = «dig4»\n"
   ]
''')
N("ipynb_cell_ids_and_execution_metadata", IPYNB, r'''
  {
   "cell_type": "code",
   "execution_count": «dig2»,
   "id": "«hex8»-«hex4»-«hex4»",
   "metadata": {"colab": {"base_uri": "https://localhost:8080/"}, "id": "«b64u12»", "outputId": "«uuid»"},
   "outputs": [],
''')
N("ipynb_display_data_image_png_base64_chunk", IPYNB, r'''
    {
     "data": {
      "image/png": "iVBORw0KGgoAAAANSUhEUgAAA«b64s40»«b64s40»",
      "text/plain": [
       "<Figure size 640x480 with 1 Axes>"
      ]
     },
     "output_type": "display_data"
''')
N("ipynb_env_magic_placeholder_value", IPY_MAGIC, r'''
   "source": [
    "%env OPENAI_API_KEY=<your-openai-key>\n",
    "%env WANDB_RUN_GROUP=exp-«lc6»\n",
    "%env WANDB_BASE_URL=https://wandb.example.com"
   ]
''')
N("ipynb_papermill_metadata_parameters_and_durations", PAPERMILL, r'''
 "metadata": {
  "papermill": {
   "duration": «dig3».«dig6»,
   "input_path": "reports/daily.ipynb",
   "output_path": "/srv/out/daily-«ymd».ipynb",
   "parameters": {"days": 7, "db_password_secret": "warehouse/readonly"},
   "version": "2.6.0"
  }
''')
N("jupyter_server_list_kernel_ids_and_sessions", JUPYTER, r'''
[I «TS» ServerApp] Kernel started: «uuid»
[I «TS» ServerApp] Connecting to kernel «uuid».
[I «TS» ServerApp] Saving file at /notebooks/eda-«lc5».ipynb
[I «TS» ServerApp] Starting buffering for «uuid»:«uuid»
''')
N("jupyter_server_config_json_token_empty_and_password_required", JUPYTER, r'''
{
  "IdentityProvider": {
    "token": "",
    "password_required": true
  },
  "ServerApp": {"ip": "127.0.0.1", "port": 8«dig3»}
}
''')
N("vscode_server_log_commit_path_and_pid", VSCODE, r'''
[«TS»] Found running server (pid=«dig5») /home/«lc6:u»/.vscode-server/cli/servers/Stable-«hex40»/server
[«TS»] > Extension host agent started.
[«TS»] > [«dig2»:«dig2»:«dig2»] Log level changed to info; session id «uuid»
''')
N("databricks_notebook_dbutils_secrets_get", DATABRICKS, r'''
# Databricks notebook source
# COMMAND ----------

pat = dbutils.secrets.get(scope="ml-sync", key="pat")
host = "https://adb-«dig16».«dig1».azuredatabricks.net"
''')
# ---- data and model access
N("dvc_file_outs_md5_and_size", DVC_FILE, r'''
outs:
- md5: «hex32».dir
  size: «dig10»
  nfiles: «dig5»
  hash: md5
  path: data/shards
''')
N("dvc_lock_stage_deps_md5_list", DVC_FILE, r'''
stages:
  featurize:
    cmd: python featurize.py
    deps:
    - path: data/raw.parquet
      hash: md5
      md5: «hex32»
      size: «dig9»
''')
N("dvc_config_local_credentialpath_and_profile", DVC_S3, r'''
['remote "storage"']
    url = s3://ml-dvc-cache/project-«lc4»
    credentialpath = /home/«lc6:u»/.aws/credentials
    profile = dvc-writer
    version_aware = true
''')
N("hf_auth_list_masked_tokens_table", HF_HUB_CLI, r'''
  name          token
-----------------------------
  personal      hf_****«al4»
* org-write     hf_****«al4»
''')
N("hf_hub_download_log_revision_and_etag", HF_HUB_ENV, r'''
Downloading model.safetensors: 100%|██████████| 4.98G/4.98G [01:12<00:00, 68.9MB/s]
Fetching 4 files: 100%|██████████| 4/4 [01:13<00:00, 18.3s/it]
snapshot: /root/.cache/huggingface/hub/models--acme--llm-7b/snapshots/«hex40»
etag: "«hex64»"
''')
N("hf_datasets_state_json_fingerprint_and_split", HF_DATASETS, r'''
{
  "_data_files": [{"filename": "data-00000-of-00004.arrow"}],
  "_fingerprint": "«hex16»",
  "_format_type": null,
  "_output_all_columns": false,
  "_split": "train"
}
''')
N("git_lfs_pointer_oid_sha256", GIT_LFS, r'''
version https://git-lfs.github.com/spec/v1
oid sha256:«hex64»
size «dig10»
''')
N("git_remote_v_ssh_and_plain_https", GIT_REMOTE, r'''
$ git remote -v
hf	git@hf.co:spaces/acme/demo-«lc5:r» (fetch)
hf	git@hf.co:spaces/acme/demo-«lc5:r» (push)
origin	https://github.com/acme/demo-chat.git (fetch)
origin	https://github.com/acme/demo-chat.git (push)
''')
N("git_log_oneline_commit_hashes", GIT_REMOTE, r'''
«hex7» (HEAD -> main, origin/main) bump tokenizer to sp-«dig5»
«hex7» add key_dim sweep
«hex7» Merge pull request #«dig3» from acme/secret-sharing-ablation
''')
N("aws_configure_list_profile_sm_train_masked_key_table", AWS_CONFIGURE, r'''
      Name                    Value             Type    Location
      ----                    -----             ----    --------
   profile                 sm-train           manual    --profile
access_key     ****************«uc4» shared-credentials-file
secret_key     ****************«an4» shared-credentials-file
    region                us-east-1      config-file    ~/.aws/config
''')
N("s3_head_object_etag_version_and_checksum", PRESIGN, r'''
{
    "AcceptRanges": "bytes",
    "ContentLength": «dig9»,
    "ETag": "\"«hex32»-«dig2»\"",
    "VersionId": "«b64u32»",
    "ChecksumSHA256": "«b64s43»=",
    "ServerSideEncryption": "aws:kms",
    "SSEKMSKeyId": "arn:aws:kms:us-east-1:«dig12»:key/«uuid»"
}
''')
N("pip_install_log_masked_index_userinfo", PIP_AUTH, r'''
Looking in indexes: https://pypi.org/simple, https://ci-reader:****@pypi.example.com/simple
Collecting acme-features==2.«dig1».0
  Downloading https://pypi.example.com/packages/acme_features-2.3.0-py3-none-any.whl (41 kB)
''')
N("pip_config_list_keyring_provider_and_index", PIP_CFG, r'''
global.index-url='https://pypi.example.com/simple'
global.keyring-provider='subprocess'
install.require-hashes='true'
global.timeout='«dig2»'
''')
N("uv_lock_package_sdist_hash_entries", UV_IDX, r'''
[[package]]
name = "acme-features"
version = "2.3.0"
source = { registry = "https://pypi.example.com/simple" }
sdist = { url = "https://pypi.example.com/packages/acme_features-2.3.0.tar.gz", hash = "sha256:«hex64»", size = «dig5» }
''')
N("sqlalchemy_engine_repr_masked_password", SQLA, r'''
«TL» INFO features: engine=Engine(postgresql://ro_user:***@analytics-db:5432/shop)
«TL» INFO features: loaded «dig6» rows for ds=«ymd»
''')
N("pandas_storage_options_anon_and_profile", FSSPEC, r'''
«TL» INFO data.py:«dig2» reading s3://features/clicks/ds=«ymd»/ with storage_options={'anon': False, 'profile': 'features-ro', 'client_kwargs': {'region_name': 'us-east-1'}}
''')
N("snowflake_connections_toml_key_pair_path", SNOWFLAKE, r'''
[default]
account = "acme-xy«dig5»"
user = "ML_SVC"
authenticator = "SNOWFLAKE_JWT"
private_key_file = "/home/«lc6:u»/.snowflake/rsa_key.p8"
warehouse = "TRAIN_WH"
''')
N("kaggle_cli_readable_key_warning_and_download_progress", KAGGLE, r'''
Warning: Your Kaggle API key is readable by other users on this system! To fix this, you can run 'chmod 600 /root/.kaggle/kaggle.json'
Downloading titanic.zip to /data
100%|██████████| «dig2».1k/«dig2».1k [00:00<00:00, 1.«dig1»MB/s]
''')
N("dotenv_example_placeholders_ml_repo", DOTENV, r'''
# .env.example — copy to .env and fill in
OPENAI_API_KEY=sk-...
ANTHROPIC_API_KEY=<your-anthropic-key>
HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
WANDB_API_KEY=
WANDB_PROJECT=demo-«lc5»
''')
N("printenv_grep_key_names_only_paths", WANDB_ENV, r'''
$ printenv | grep -i key
WANDB_API_KEY_FILE=/run/secrets/wandb
SSH_AUTH_SOCK=/tmp/ssh-«an10»/agent.«dig5»
KEY_DIM=«dig2»
''')
# ---- LLM client settings
N("langchain_chatopenai_repr_secretstr_masked", LANGCHAIN, r'''
client=<openai.resources.chat.completions.Completions object at 0x7f«hex10»> async_client=<openai.resources.chat.completions.AsyncCompletions object at 0x7f«hex10»> model_name='gpt-4o' temperature=0.0 openai_api_key=SecretStr('**********') openai_proxy='' max_tokens=«dig3»
''')
N("openai_response_ids_and_usage", OPENAI, r'''
ChatCompletion(id='chatcmpl-«an29»', choices=[...], created=«dig10», model='gpt-4o-2024-08-06', object='chat.completion', system_fingerprint='fp_«hex10»', usage=CompletionUsage(completion_tokens=«dig3», prompt_tokens=«dig4», total_tokens=«dig4»))
''')
N("anthropic_message_id_and_request_id_log", ANTHROPIC, r'''
«TL» INFO judge: anthropic response id=msg_01«an22» request-id=req_01«an22» stop_reason=end_turn usage={'input_tokens': «dig4», 'output_tokens': «dig3»}
''')
N("litellm_config_yaml_os_environ_refs", LITELLM, r'''
model_list:
  - model_name: claude-judge
    litellm_params:
      model: anthropic/claude-3-5-sonnet-20241022
      api_key: os.environ/ANTHROPIC_API_KEY
general_settings:
  master_key: os.environ/LITELLM_MASTER_KEY
  database_connection_pool_limit: «dig2»
''')
N("structlog_json_llm_config_max_tokens_and_key_env", STRUCTLOG, r'''
{"event": "llm client ready", "level": "info", "timestamp": "«T»", "llm_config": {"model": "gpt-4o", "api_key_env": "OPENAI_API_KEY", "max_tokens": «dig3», "token_budget": «dig6»}}
''')
N("http_debug_authorization_redacted_header", OPENAI, r'''
send: b'POST /v1/embeddings HTTP/1.1\r\nHost: api.openai.com\r\nAuthorization: Bearer <redacted>\r\nContent-Type: application/json\r\nX-Request-Id: «uuid»\r\n\r\n'
reply: 'HTTP/1.1 200 OK\r\n'
''')
N("mlflow_run_meta_yaml_s3_artifact_uri_and_run_uuid", MLFLOW, r'''
artifact_uri: s3://mlflow-artifacts/«dig3»/«hex32»/artifacts
end_time: «dig13»
experiment_id: '«dig3»'
run_id: «hex32»
run_uuid: «hex32»
status: 3
''')
N("vllm_server_args_namespace_api_key_none", "https://docs.vllm.ai/en/latest/serving/openai_compatible_server.html", r'''
INFO «dd»-«dd» «hh»:«mm»:«mm» api_server.py:«dig3»] args: Namespace(host=None, port=8000, api_key=None, model='/models/llama-3.1-8b', tokenizer=None, seed=0, max_model_len=«dig4», served_model_name=None)
''')
N("tgi_launcher_args_debug_output_token_none", "https://huggingface.co/docs/text-generation-inference/reference/launcher", r'''
«T»  INFO text_generation_launcher: Args { model_id: "meta-llama/Llama-3.1-8B-Instruct", revision: None, validation_workers: 2, sharded: None, num_shard: None, max_input_tokens: Some(4096), max_total_tokens: Some(8192), huggingface_hub_cache: None, weights_cache_override: None, api_key: None }
''')
N("feast_feature_store_yaml_env_refs", "https://docs.feast.dev/reference/offline-stores/postgres", r'''
project: churn
offline_store:
  type: postgres
  host: feast-pg
  user: feast
  password: ${FEAST_PG_PASSWORD}
  port: «dig4»
  sslmode: verify-full
''')
N("comet_experiment_key_and_url_lines", COMET, r'''
COMET INFO: Experiment is live on comet.com https://www.comet.com/vision-team/detr/«hex32»
COMET INFO:   Data:
COMET INFO:     display_summary_level : 1
COMET INFO:     url                   : https://www.comet.com/vision-team/detr/«hex32»
''')
N("seed_everything_and_generator_state_hash", LIGHTNING, r'''
Seed set to «dig4»
Global seed set to «dig4»
torch.random.get_rng_state() sha1=«hex40»
numpy seed sequence entropy=«dig20»
''')

SOURCES = {name: src for name, src, _, _ in POS + NEG}


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
