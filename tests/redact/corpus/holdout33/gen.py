#!/usr/bin/env python3
"""holdout33: sealed held-out set for the wbdiag secret redactor.

Focus: the ML team's side of a self-hosted W&B Server deployment (notebooks,
training launchers, experiment/data tooling configs, shell history, tickets).
Python 3, stdlib only, fixed seed, deterministic.

Template syntax used in the shape tables below:
  <<kind>> / <<kind#n>>  a secret drawn from `kind`; listed in "secrets";
                          the same #n inside one record reuses the value.
  [[kind]] / [[kind#n]]  a public filler drawn from `kind` (never listed).
"""
import base64
import json
import os
import random
import re
import string

SEED = 3333_2026
HERE = os.path.dirname(os.path.abspath(__file__))

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
HEX = "0123456789abcdef"
B64 = UP + LOW + DIG + "+/"
B64U = UP + LOW + DIG + "-_"
PWCH = ALNUM + "-_.!~+*"

rng = random.Random(SEED)


def r(chars, n):
    return "".join(rng.choice(chars) for _ in range(n))


def pw():
    n = rng.randint(12, 20)
    return rng.choice(ALNUM) + r(PWCH, n - 2) + rng.choice(ALNUM)


SECRET_KINDS = {
    "wb": lambda: r(HEX, 40),                     # W&B API key (after optional local-)
    "hf": lambda: r(ALNUM, 34),                   # after hf_
    "pw": pw,
    "awss": lambda: r(B64, 40),                   # AWS secret access key
    "gh": lambda: r(ALNUM, 36),                   # after ghp_ / github_pat_
    "dapi": lambda: r(HEX, 32),                   # Databricks PAT after dapi
    "h32": lambda: r(HEX, 32),
    "h48": lambda: r(HEX, 48),                    # Jupyter server token
    "h64": lambda: r(HEX, 64),
    "sig": lambda: r(B64U, 43),                   # JWT signature segment
    "pypi": lambda: r(B64U, 90),                  # after pypi-AgEIcHlwaS5vcmc
    "slack": lambda: r(ALNUM, 24),
    "oai": lambda: r(B64U, 48),                   # after sk-proj-
    "azk": lambda: r(B64, 86),                    # storage account key without '=='
    "pk": lambda: r(B64, 64),                     # one PEM body row
    "uuid": lambda: "%s-%s-4%s-%s%s-%s" % (r(HEX, 8), r(HEX, 4), r(HEX, 3), rng.choice("89ab"), r(HEX, 3), r(HEX, 12)),
    "glpat": lambda: r(ALNUM + "-_", 20),
    "a40": lambda: r(ALNUM, 40),
    "a32": lambda: r(ALNUM, 32),
    "b64u64": lambda: r(B64U, 64),
    "gcsec": lambda: r(ALNUM + "-_", 28),         # after GOCSPX-
    "ngc": lambda: r(ALNUM, 84),
}

USERS = ["amara", "jkowalski", "li.wei", "rsantos", "nkumar", "ofelia", "tbrandt", "mchen", "svc-train", "yuki.t"]
TEAMS = ["vision-team", "nlp-research", "ml-platform", "recsys", "speech-lab", "forecasting"]
PROJS = ["llama-ft", "detr-coco", "asr-conformer", "ctr-ranker", "diffusion-xl", "tabular-gbm", "bert-ner"]
HOSTS = ["wandb.example.com", "wandb.ml.example.org", "wb.corp.example.net", "wandb.internal.example.com"]
MODELS = ["bert-base-uncased", "gpt2", "meta-llama/Llama-3.1-8B", "mistralai/Mistral-7B-v0.3",
          "google/flan-t5-base", "facebook/opt-1.3b", "Qwen/Qwen2.5-7B", "roberta-large"]


def ip10():
    return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250))


FILLERS = {
    "user": lambda: rng.choice(USERS),
    "team": lambda: rng.choice(TEAMS),
    "proj": lambda: rng.choice(PROJS),
    "host": lambda: rng.choice(HOSTS),
    "model": lambda: rng.choice(MODELS),
    "ip": ip10,
    "port": lambda: str(rng.choice([8888, 8889, 29500, 6379, 8265, 5000, 9000, 443])),
    "runid": lambda: r(LOW + DIG, 8),
    "sha7": lambda: r(HEX, 7),
    "sha40": lambda: r(HEX, 40),
    "sha64": lambda: r(HEX, 64),
    "md5": lambda: r(HEX, 32),
    "b64md5": lambda: base64.b64encode(bytes(rng.randrange(256) for _ in range(16))).decode(),
    "uuidp": lambda: "%s-%s-4%s-%s%s-%s" % (r(HEX, 8), r(HEX, 4), r(HEX, 3), rng.choice("89ab"), r(HEX, 3), r(HEX, 12)),
    "int": lambda: str(rng.randint(2, 999)),
    "seed": lambda: str(rng.choice([0, 7, 42, 1234, 1337, 2024, rng.randint(1, 99999)])),
    "jobid": lambda: str(rng.randint(1000000, 9999999)),
    "pid": lambda: str(rng.randint(1200, 65000)),
    "gpus": lambda: str(rng.choice([1, 2, 4, 8])),
    "nodes": lambda: str(rng.choice([1, 2, 4, 8, 16])),
    "lr": lambda: rng.choice(["1e-4", "3e-5", "2e-5", "5e-4", "0.001", "6e-4"]),
    "bs": lambda: str(rng.choice([8, 16, 32, 64, 128, 256])),
    "epoch": lambda: str(rng.randint(1, 30)),
    "float": lambda: "%.4f" % rng.uniform(0, 3),
    "akia": lambda: "AKIA" + r(UP + DIG, 16),
    "acct": lambda: str(rng.randint(100000000000, 999999999999)),
    "region": lambda: rng.choice(["us-east-1", "us-west-2", "eu-central-1", "ap-northeast-1"]),
    "gregion": lambda: rng.choice(["us-central1", "europe-west4", "asia-southeast1"]),
    "gproj": lambda: rng.choice(["ml-sandbox", "research-prod", "vision-exp"]) + "-" + str(rng.randint(100000, 999999)),
    "bucket": lambda: rng.choice(["ml-datasets", "team-artifacts", "ckpt-store", "wandb-runs"]) + "-" + r(LOW + DIG, 5),
    "dbxhost": lambda: "dbc-%s-%s.cloud.databricks.example.com" % (r(HEX, 8), r(HEX, 4)),
    "clusterid": lambda: "%s-%s-%s" % (r(DIG, 4), r(DIG, 6), r(LOW + DIG, 8)),
    "sweep": lambda: r(LOW + DIG, 8),
    "raysub": lambda: "raysubmit_" + r(ALNUM, 16),
    "node": lambda: "gpu-%s%02d" % (rng.choice(["a", "h", "l"]), rng.randint(1, 64)),
    "vocab": lambda: str(rng.randint(100, 128000)),
    "kernel": lambda: "%s-%s-%s-%s-%s" % (r(HEX, 8), r(HEX, 4), r(HEX, 4), r(HEX, 4), r(HEX, 12)),
    "hist": lambda: str(rng.randint(1, 3000)),
    "ticket": lambda: str(rng.randint(10000, 99999)),
    "epoch_s": lambda: str(rng.randint(1700000000, 1760000000)),
    "acctname": lambda: "mlstore" + r(LOW + DIG, 6),
    "index": lambda: "[[index]]",
    "package": lambda: "[[package]]",
}


class Ctx:
    def __init__(self):
        self.secrets = {}
        self.fill = {}
        self.order = []
        y = rng.randint(2023, 2025)
        mo = rng.randint(1, 12)
        d = rng.randint(1, 28)
        self.t = [y, mo, d, rng.randint(0, 22), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)]

    def tick(self):
        t = self.t
        t[6] += rng.randint(0, 999)
        t[5] += rng.randint(0, 2) + t[6] // 1000
        t[6] %= 1000
        t[4] += t[5] // 60
        t[5] %= 60
        t[3] += t[4] // 60
        t[4] %= 60
        t[3] = min(t[3], 23)
        return t

    def ts(self, fmt):
        y, mo, d, h, mi, s, ms = self.tick()
        if fmt == "iso":
            return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, mo, d, h, mi, s, ms)
        if fmt == "jup":  # Jupyter/tornado log prefix
            return "%04d-%02d-%02d %02d:%02d:%02d.%03d" % (y, mo, d, h, mi, s, ms)
        if fmt == "py":
            return "%04d-%02d-%02d %02d:%02d:%02d,%03d" % (y, mo, d, h, mi, s, ms)
        if fmt == "sec":
            return "%04d-%02d-%02d %02d:%02d:%02d" % (y, mo, d, h, mi, s)
        if fmt == "slurm":
            return "%04d-%02d-%02dT%02d:%02d:%02d" % (y, mo, d, h, mi, s)
        if fmt == "hms":
            return "%02d:%02d:%02d" % (h, mi, s)
        if fmt == "date":
            return "%04d-%02d-%02d" % (y, mo, d)
        raise KeyError(fmt)


TOK = re.compile(r"<<([a-z0-9_]+)(?:#(\w+))?>>|\[\[([a-z0-9_]+)(?::(\w+))?(?:#(\w+))?\]\]")


def render(lines, ctx):
    out = []
    for line in lines:
        def sub(m):
            if m.group(1):
                kind, ix = m.group(1), m.group(2) or "_%d" % len(ctx.order)
                key = (kind, ix)
                if key not in ctx.secrets:
                    if kind.startswith("b64_"):
                        raw = SECRET_KINDS[kind[4:]]()
                        val = base64.b64encode(raw.encode()).decode().rstrip("=")
                        ctx.secrets[key] = val
                    else:
                        ctx.secrets[key] = SECRET_KINDS[kind]()
                    ctx.order.append(key)
                v = ctx.secrets[key]
                if kind.startswith("b64_"):
                    pad = "=" * (-len(v) % 4)
                    return v + pad
                return v
            kind, fmt, ix = m.group(3), m.group(4), m.group(5)
            if kind == "ts":
                return ctx.ts(fmt or "iso")
            if ix is not None:
                key = (kind, ix)
                if key not in ctx.fill:
                    ctx.fill[key] = FILLERS[kind]()
                return ctx.fill[key]
            return FILLERS[kind]()
        out.append(TOK.sub(sub, line))
    return out


def six_ok(lines, secrets):
    text = "\n".join(lines)
    for s in sorted(secrets, key=len, reverse=True):
        text = text.replace(s, "\x00")
    for s in secrets:
        for i in range(len(s) - 5):
            if s[i:i + 6] in text:
                return False
    return True


POS = []   # (name, source, lines)
NEG = []


def P(name, src, *lines):
    POS.append((name, src, list(lines)))


def N(name, src, *lines):
    NEG.append((name, src, list(lines)))


S_NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
S_MAGIC = "https://ipython.readthedocs.io/en/stable/interactive/magics.html"
S_JSRV = "https://jupyter-server.readthedocs.io/en/latest/users/configuration.html"
S_JSRVLOG = "https://jupyter-server.readthedocs.io/en/latest/operators/public-server.html"
S_JKERNEL = "https://jupyter-client.readthedocs.io/en/latest/kernels.html#connection-files"
S_JHUB = "https://jupyterhub.readthedocs.io/en/stable/reference/config-reference.html"
S_Z2JH = "https://z2jh.jupyter.org/en/stable/resources/reference.html"
S_OAUTHENT = "https://oauthenticator.readthedocs.io/en/latest/reference/api/gen/oauthenticator.generic.html"
S_SBATCH = "https://slurm.schedmd.com/sbatch.html"
S_SACCT = "https://slurm.schedmd.com/sacct.html"
S_SCONTROL = "https://slurm.schedmd.com/scontrol.html"
S_TORCHRUN = "https://pytorch.org/docs/stable/elastic/run.html"
S_ACCEL = "https://huggingface.co/docs/accelerate/package_reference/cli"
S_DS = "https://www.deepspeed.ai/getting-started/#multi-node-environment-variables"
S_DSCFG = "https://www.deepspeed.ai/docs/config-json/"
S_RAY = "https://docs.ray.io/en/latest/cluster/running-applications/job-submission/cli.html"
S_RAYENV = "https://docs.ray.io/en/latest/ray-core/handling-dependencies.html"
S_PTJOB = "https://www.kubeflow.org/docs/components/trainer/legacy-v1/user-guides/pytorch/"
S_KATIB = "https://www.kubeflow.org/docs/components/katib/user-guides/hp-tuning/configure-experiment/"
S_KFP = "https://www.kubeflow.org/docs/components/pipelines/user-guides/core-functions/compile-a-pipeline/"
S_ARGO = "https://argo-workflows.readthedocs.io/en/latest/walk-through/parameters/"
S_ARGOCLI = "https://argo-workflows.readthedocs.io/en/latest/cli/argo_get/"
S_SM = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeTrainingJob.html"
S_SMENV = "https://github.com/aws/sagemaker-training-toolkit/blob/master/ENVIRONMENT_VARIABLES.md"
S_SMPY = "https://sagemaker.readthedocs.io/en/stable/api/training/estimators.html"
S_VERTEX = "https://cloud.google.com/vertex-ai/docs/reference/rest/v1/projects.locations.customJobs"
S_GCLOUDAI = "https://cloud.google.com/sdk/gcloud/reference/ai/custom-jobs/create"
S_DBXCL = "https://docs.databricks.com/api/workspace/clusters/create"
S_DBXCFG = "https://docs.databricks.com/en/dev-tools/auth/config-profiles.html"
S_DBXNB = "https://docs.databricks.com/en/notebooks/notebook-export-import.html"
S_DBXSEC = "https://docs.databricks.com/en/security/secrets/redaction.html"
S_ADLS = "https://docs.databricks.com/en/connect/storage/azure-storage.html"
S_WBENV = "https://docs.wandb.ai/guides/track/environment-variables/"
S_WBLOGIN = "https://docs.wandb.ai/ref/cli/wandb-login/"
S_WBSWEEP = "https://docs.wandb.ai/guides/sweeps/define-sweep-configuration/"
S_WBLAUNCH = "https://docs.wandb.ai/platform/launch/set-up-launch"
S_WBLAUNCHCLI = "https://docs.wandb.ai/ref/cli/wandb-launch/"
S_WBDOCKER = "https://docs.wandb.ai/ref/cli/wandb-docker-run/"
S_WBCFG = "https://docs.wandb.ai/guides/track/config/"
S_WBART = "https://docs.wandb.ai/guides/artifacts/"
S_WBSDK = "https://docs.wandb.ai/ref/python/init/"
S_MLFAUTH = "https://mlflow.org/docs/latest/auth/index.html"
S_MLFENV = "https://mlflow.org/docs/latest/python_api/mlflow.environment_variables.html"
S_MLFSRV = "https://mlflow.org/docs/latest/tracking/server.html"
S_DVC = "https://dvc.org/doc/command-reference/remote/modify"
S_DVCCFG = "https://dvc.org/doc/command-reference/config"
S_DVCFILE = "https://dvc.org/doc/user-guide/project-structure/dvc-files"
S_HFLOGIN = "https://github.com/instructlab/instructlab/pull/2970"
S_HFCLI = "https://huggingface.co/docs/huggingface_hub/en/guides/cli"
S_HFENV = "https://huggingface.co/docs/huggingface_hub/en/package_reference/environment_variables"
S_HFCACHE = "https://huggingface.co/docs/huggingface_hub/en/guides/manage-cache"
S_TOKCFG = "https://huggingface.co/docs/transformers/main_classes/tokenizer"
S_PIPCONF = "https://pip.pypa.io/en/stable/topics/configuration/"
S_PIPAUTH = "https://pip.pypa.io/en/stable/topics/authentication/"
S_CONDARC = "https://docs.conda.io/projects/conda/en/latest/user-guide/configuration/use-condarc.html"
S_UV = "https://docs.astral.sh/uv/configuration/indexes/"
S_POETRY = "https://python-poetry.org/docs/repositories/"
S_PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
S_NETRC = "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html"
S_HYDRA = "https://hydra.cc/docs/tutorials/basic/running_your_app/working_directory/"
S_HYDRALOG = "https://hydra.cc/docs/tutorials/basic/running_your_app/logging/"
S_OMEGA = "https://omegaconf.readthedocs.io/en/latest/usage.html"
S_TA = "https://huggingface.co/docs/transformers/main_classes/trainer#transformers.TrainingArguments"
S_PL = "https://lightning.ai/docs/pytorch/stable/extensions/generated/lightning.pytorch.loggers.WandbLogger.html"
S_BASH = "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html"
S_ZSH = "https://zsh.sourceforge.io/Doc/Release/Options.html#History"
S_FISH = "https://fishshell.com/docs/current/cmds/history.html"
S_IPYHIST = "https://ipython.readthedocs.io/en/stable/interactive/magics.html#magic-history"
S_KAGGLE = "https://github.com/Kaggle/kaggle-api#api-credentials"
S_GCSA = "https://cloud.google.com/iam/docs/keys-create-delete"
S_AWSCRED = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
S_S3FS = "https://s3fs.readthedocs.io/en/latest/#credentials"
S_PANDAS = "https://pandas.pydata.org/docs/user_guide/io.html#reading-writing-remote-files"
S_GITCRED = "https://git-scm.com/docs/git-credential-store"
S_PAPERMILL = "https://papermill.readthedocs.io/en/latest/usage-parameterize.html"
S_GHISSUE = "https://docs.github.com/en/communities/using-templates-to-encourage-useful-issues-and-pull-requests/syntax-for-issue-forms"
S_ZENDESK = "https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_comments/"
S_DOTENV = "https://github.com/theskumar/python-dotenv#file-format"
S_OPENAI = "https://platform.openai.com/docs/api-reference/authentication"
S_NGC = "https://docs.nvidia.com/ngc/gpu-cloud/ngc-user-guide/index.html#generating-api-key"
S_COMET = "https://www.comet.com/docs/v2/guides/experiment-management/configure-sdk/"
S_TB = "https://pytorch.org/docs/stable/tensorboard.html"
S_VSCODE = "https://code.visualstudio.com/docs/remote/tunnels"
S_NVSMI = "https://docs.nvidia.com/deploy/nvidia-smi/index.html"
S_SAFET = "https://huggingface.co/docs/safetensors/metadata_parsing"
S_UVLOCK = "https://docs.astral.sh/uv/concepts/projects/layout/#the-lockfile"
S_CONDAEXPL = "https://docs.conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html#building-identical-conda-environments"
S_MLFRUN = "https://mlflow.org/docs/latest/tracking/artifacts-stores.html"
S_PLSEED = "https://lightning.ai/docs/pytorch/stable/common/trainer.html#reproducibility"

# ---------------------------------------------------------------- positives
# Jupyter notebooks (.ipynb JSON lines)
P("ipynb_env_magic_cell_source_wandb_key", S_NB,
  '  {', '   "cell_type": "code",', '   "execution_count": [[int]],', '   "metadata": {},', '   "outputs": [],',
  '   "source": [', '    "%env WANDB_BASE_URL=https://[[host]]\\n",', '    "%env WANDB_API_KEY=local-<<wb>>\\n",',
  '    "import wandb\\n"', '   ]', '  },')
P("ipynb_env_magic_stream_output_echo", S_MAGIC,
  '   "outputs": [', '    {', '     "name": "stdout",', '     "output_type": "stream",',
  '     "text": [', '      "env: HF_TOKEN=hf_<<hf>>\\n"', '     ]', '    }', '   ],')
P("ipynb_bang_wandb_login_relogin_host_key", S_WBLOGIN,
  '   "source": [', '    "!wandb login --relogin --host https://[[host]] <<wb>>\\n",', '    "!wandb status"', '   ]')
P("ipynb_wandb_login_key_kwarg_cell", S_WBSDK,
  '   "source": [', '    "import wandb\\n",', '    "wandb.login(host=\\"https://[[host]]\\", key=\\"local-<<wb>>\\")\\n",',
  '    "run = wandb.init(project=\\"[[proj]]\\", entity=\\"[[team]]\\")"', '   ]')
P("ipynb_os_environ_setitem_openai_and_wandb", S_NB,
  '    "import os\\n",', '    "os.environ[\\"WANDB_API_KEY\\"] = \\"<<wb>>\\"\\n",',
  '    "os.environ[\\"OPENAI_API_KEY\\"] = \\"sk-proj-<<oai>>\\"\\n",', '    "os.environ[\\"WANDB_PROJECT\\"] = \\"[[proj]]\\"\\n",')
P("ipynb_set_env_magic_no_equals_sign", S_MAGIC,
  '    "%set_env WANDB_API_KEY <<wb>>\\n",', '    "%set_env WANDB_ENTITY [[team]]\\n",')
P("ipynb_bash_cellmagic_export_aws_secret", S_MAGIC,
  '   "source": [', '    "%%bash\\n",', '    "export AWS_ACCESS_KEY_ID=[[akia]]\\n",',
  '    "export AWS_SECRET_ACCESS_KEY=<<awss>>\\n",', '    "aws s3 ls s3://[[bucket]]/ --endpoint-url http://[[ip]]:9000"', '   ]')
P("ipynb_papermill_injected_parameters_cell", S_PAPERMILL,
  '   "metadata": {', '    "tags": [', '     "injected-parameters"', '    ]', '   },', '   "outputs": [],',
  '   "source": [', '    "# Parameters\\n",', '    "wandb_api_key = \\"<<wb>>\\"\\n",', '    "epochs = [[epoch]]\\n"', '   ]')
P("ipynb_papermill_metadata_parameters_block", S_PAPERMILL,
  ' "metadata": {', '  "papermill": {', '   "parameters": {', '    "hf_token": "hf_<<hf>>",',
  '    "lr": [[lr]]', '   },', '   "start_time": "[[ts:iso]]",', '   "version": "2.6.0"', '  },')
P("ipynb_hf_login_cell_with_token_arg", S_HFCLI,
  '    "from huggingface_hub import login\\n",', '    "login(token=\\"hf_<<hf>>\\", add_to_git_credential=True)"')
P("ipynb_error_output_traceback_ansi_wandb_key", S_NB,
  '     "output_type": "error",', '     "traceback": [',
  '      "\\u001b[0;31m---------------------------------------------------------------------------\\u001b[0m",',
  '      "\\u001b[0;31mUsageError\\u001b[0m                                Traceback (most recent call last)",',
  '      "Cell \\u001b[0;32mIn[[[int]]], line 2\\u001b[0m\\n\\u001b[1;32m      1\\u001b[0m \\u001b[38;5;28;01mimport\\u001b[39;00m \\u001b[38;5;21;01mwandb\\u001b[39;00m\\n\\u001b[0;32m----> 2\\u001b[0m wandb\\u001b[38;5;241m.\\u001b[39mlogin(key\\u001b[38;5;241m=\\u001b[39m\\u001b[38;5;124m\\"\\u001b[39m\\u001b[38;5;124m<<wb>>\\u001b[39m\\u001b[38;5;124m\\"\\u001b[39m)\\n",')
P("ipynb_pip_install_git_https_pat_cell", S_NB,
  '    "!pip install -q git+https://<<gh#a>>@github.com/[[team]]/[[proj]]-utils.git@main\\n"',
  '   ]', '  },', '  {', '   "cell_type": "markdown",')
P("ipynb_stream_output_pip_vcs_clone_echo", S_NB,
  '     "text": [', '      "Collecting git+https://oauth2:glpat-<<glpat>>@gitlab.example.com/[[team]]/dataio.git\\n",',
  '      "  Cloning https://oauth2:glpat-<<glpat>>@gitlab.example.com/[[team]]/dataio.git to /tmp/pip-req-build-[[runid]]\\n",',
  '      "  Running command git clone --filter=blob:none --quiet \'https://oauth2:glpat-<<glpat>>@gitlab.example.com/[[team]]/dataio.git\' /tmp/pip-req-build-[[runid]]\\n"',
  '     ]')
P("ipynb_s3fs_storage_options_dict_in_source", S_PANDAS,
  '    "df = pd.read_parquet(\\n",', '    "    \\"s3://[[bucket]]/train/part-0000.parquet\\",\\n",',
  '    "    storage_options={\\"key\\": \\"[[akia]]\\", \\"secret\\": \\"<<awss>>\\",\\n",',
  '    "                     \\"client_kwargs\\": {\\"endpoint_url\\": \\"http://[[ip]]:9000\\"}},\\n",', '    ")"')
P("ipynb_gcp_sa_dict_literal_private_key_row", S_GCSA,
  '    "sa = {\\"type\\": \\"service_account\\", \\"project_id\\": \\"[[gproj]]\\",\\n",',
  '    "      \\"private_key_id\\": \\"<<wb>>\\",\\n",',
  '    "      \\"private_key\\": \\"-----BEGIN PRIVATE KEY-----\\\\n<<pk>>\\\\n...\\"}\\n"')
P("ipynb_execute_result_text_plain_settings_repr", S_NB,
  '     "data": {', '      "text/plain": [',
  '       "Settings(base_url=\'https://[[host]]\', entity=\'[[team]]\', project=\'[[proj]]\', api_key=\'local-<<wb>>\', mode=\'online\')"',
  '      ]', '     },', '     "execution_count": [[int]],', '     "output_type": "execute_result"')
P("ipynb_display_data_html_table_config_token", S_NB,
  '      "text/html": [', '       "<table>\\n",', '       "<tr><td>learning_rate</td><td>[[lr]]</td></tr>\\n",',
  '       "<tr><td>hub_token</td><td>hf_<<hf>></td></tr>\\n",', '       "<tr><td>seed</td><td>[[seed]]</td></tr>\\n",', '       "</table>"')
P("ipynb_kaggle_json_written_from_cell", S_KAGGLE,
  '    "!mkdir -p ~/.kaggle\\n",', '    "!echo \'{\\"username\\":\\"[[user]]\\",\\"key\\":\\"<<h32>>\\"}\' > ~/.kaggle/kaggle.json\\n",',
  '    "!chmod 600 ~/.kaggle/kaggle.json"')
P("ipynb_colab_userdata_fallback_literal", S_NB,
  '    "try:\\n",', '    "    from google.colab import userdata\\n",', '    "    WANDB_KEY = userdata.get(\\"WANDB_API_KEY\\")\\n",',
  '    "except ImportError:\\n",', '    "    WANDB_KEY = \\"<<wb>>\\"  # TODO remove before sharing\\n",')
P("ipynb_widget_state_password_text_value", S_NB,
  '    "application/vnd.jupyter.widget-state+json": {', '     "state": {', '      "[[md5]]": {',
  '       "model_name": "PasswordModel",', '       "state": {', '        "description": "Token:",',
  '        "value": "hf_<<hf>>"', '       }', '      }')
P("ipynb_mlflow_env_in_cell_source", S_MLFENV,
  '    "os.environ[\\"MLFLOW_TRACKING_URI\\"] = \\"https://mlflow.example.com\\"\\n",',
  '    "os.environ[\\"MLFLOW_TRACKING_USERNAME\\"] = \\"[[user]]\\"\\n",', '    "os.environ[\\"MLFLOW_TRACKING_PASSWORD\\"] = \\"<<pw>>\\"\\n",')
P("ipynb_openai_client_ctor_api_key", S_OPENAI,
  '    "from openai import OpenAI\\n",', '    "client = OpenAI(api_key=\\"sk-proj-<<oai>>\\", base_url=\\"https://llm-gw.example.com/v1\\")\\n",')
P("ipynb_checkpoint_copy_env_magic_crlf", S_NB,
  '    "%env WANDB_API_KEY=<<wb>>\\r\\n",\r', '    "%env WANDB_MODE=online\\r\\n",\r')

# Jupyter server / kernel / hub
P("jupyter_server_startup_lab_url_token", S_JSRVLOG,
  '[I [[ts:jup]] ServerApp] Jupyter Server 2.[[int]].0 is running at:',
  '[I [[ts:jup]] ServerApp] http://[[node]]:[[port]]/lab?token=<<h48#t>>',
  '[I [[ts:jup]] ServerApp]     http://127.0.0.1:[[port]]/lab?token=<<h48#t>>',
  '[I [[ts:jup]] ServerApp] Use Control-C to stop this server and shut down all kernels (twice to skip confirmation).')
P("jupyter_notebook_copy_paste_banner_token", S_JSRVLOG,
  '    To access the server, open this file in a browser:',
  '        file:///home/[[user]]/.local/share/jupyter/runtime/jpserver-[[pid]]-open.html',
  '    Or copy and paste one of these URLs:', '        http://[[node]]:8888/tree?token=<<h48#t>>',
  '        http://127.0.0.1:8888/tree?token=<<h48#t>>')
P("jupyter_server_list_json_output_token", S_JSRV,
  '{"base_url": "/", "hostname": "0.0.0.0", "password": false, "pid": [[pid]], "port": [[port]], "root_dir": "/home/[[user]]", "secure": false, "sock": "", "token": "<<h48>>", "url": "http://[[node]]:[[port]]/", "version": "2.14.2"}')
P("jupyter_server_list_text_token_url", S_JSRV,
  'Currently running servers:', 'http://[[node]]:[[port]]/?token=<<h48>> :: /scratch/[[user]]/notebooks')
P("jupyter_server_config_py_identity_token", S_JSRV,
  "c = get_config()  #noqa", "c.ServerApp.ip = '0.0.0.0'", "c.ServerApp.open_browser = False",
  "c.IdentityProvider.token = '<<h48>>'", "c.ServerApp.root_dir = '/scratch/[[user]]'")
P("jupyter_server_config_json_hashed_password", S_JSRV,
  '{', '  "IdentityProvider": {', '    "hashed_password": "argon2:$argon2id$v=19$m=10240,t=10,p=8$<<a32>>$<<sig>>"', '  }', '}')
P("ipykernel_runtime_connection_json_signing_key", S_JKERNEL,
  '{', '  "shell_port": [[pid]],', '  "iopub_port": [[pid]],', '  "ip": "127.0.0.1",', '  "transport": "tcp",',
  '  "signature_scheme": "hmac-sha256",', '  "kernel_name": "python3",', '  "key": "<<uuid>>"', '}')
P("jupyter_slurm_tunnel_job_out_token", S_SBATCH,
  'Jupyter on [[node]] port [[port]] (job [[jobid]])', 'ssh -N -L [[port]]:[[node]]:[[port]] [[user]]@login.hpc.example.edu',
  '[I [[ts:jup]] ServerApp] http://[[node]]:[[port]]/lab?token=<<h48>>')
P("jupyterhub_config_generic_oauth_client_secret", S_OAUTHENT,
  "c.JupyterHub.authenticator_class = 'generic-oauth'", "c.GenericOAuthenticator.client_id = 'jupyterhub'",
  "c.GenericOAuthenticator.client_secret = '<<a40>>'",
  "c.GenericOAuthenticator.oauth_callback_url = 'https://hub.example.com/hub/oauth_callback'")
P("jupyterhub_config_cookie_secret_hex_and_proxy_token", S_JHUB,
  "c.JupyterHub.cookie_secret = bytes.fromhex('<<h64>>')", "c.ConfigurableHTTPProxy.auth_token = '<<h64>>'",
  "c.JupyterHub.db_url = 'sqlite:///jupyterhub.sqlite'")
P("z2jh_values_proxy_secrettoken_and_github_secret", S_Z2JH,
  'proxy:', '  secretToken: "<<h64>>"', 'hub:', '  config:', '    GitHubOAuthenticator:', '      client_id: "[[md5]]"',
  '      client_secret: "<<a40>>"', '      oauth_callback_url: https://hub.example.com/hub/oauth_callback')
P("z2jh_singleuser_extraenv_wandb_key", S_Z2JH,
  'singleuser:', '  image:', '    name: quay.io/jupyter/pytorch-notebook', '  extraEnv:',
  '    WANDB_BASE_URL: https://[[host]]', '    WANDB_API_KEY: "<<wb>>"')
P("jupyterhub_log_spawner_env_api_token_debug", S_JHUB,
  "[D [[ts:jup]] JupyterHub spawner:1456] Spawning jupyterhub-singleuser --ip=0.0.0.0 --port=8888",
  "[D [[ts:jup]] JupyterHub spawner:1460] Env: {'JUPYTERHUB_API_TOKEN': '<<h32>>', 'JUPYTERHUB_USER': '[[user]]', 'JUPYTERHUB_SERVICE_PREFIX': '/user/[[user]]/'}")
P("jupyterhub_services_api_token_config", S_JHUB,
  "c.JupyterHub.services = [", "    {", "        'name': 'idle-culler',", "        'api_token': '<<h32>>',",
  "        'command': ['python3', '-m', 'jupyterhub_idle_culler', '--timeout=3600'],", "    }", "]")
P("jupyter_lab_terminal_paste_export_line", S_BASH,
  '([[user]]) [[user]]@[[node]]:~/[[proj]]$ export WANDB_API_KEY=<<wb>>',
  '([[user]]) [[user]]@[[node]]:~/[[proj]]$ python train.py --config configs/base.yaml')

# Slurm
P("sbatch_script_export_wandb_key_body", S_SBATCH,
  '#!/bin/bash', '#SBATCH --job-name=[[proj]]', '#SBATCH --nodes=[[nodes]]', '#SBATCH --gres=gpu:[[gpus]]',
  '#SBATCH --time=24:00:00', 'module load cuda/12.1', 'export WANDB_BASE_URL=https://[[host]]',
  'export WANDB_API_KEY=<<wb>>', 'srun python train.py')
P("sbatch_export_flag_all_comma_list", S_SBATCH,
  '$ sbatch --export=ALL,WANDB_API_KEY=<<wb>>,HF_TOKEN=hf_<<hf>> --partition=gpu run.sh',
  'Submitted batch job [[jobid]]')
P("sacct_submitline_column_token", S_SACCT,
  'JobID           JobName  SubmitLine', '------------ ---------- ----------------------------------------------------------------------------------------',
  '[[jobid]]       [[proj]] sbatch --export=ALL,HF_TOKEN=hf_<<hf>> -p gpu --gres=gpu:[[gpus]] run.sh')
P("scontrol_show_job_command_with_key_arg", S_SCONTROL,
  'JobId=[[jobid]] JobName=[[proj]]', '   UserId=[[user]](1042) GroupId=ml(1000) MCS_label=N/A',
  '   Command=/home/[[user]]/jobs/train.sh --wandb-key <<wb>> --epochs [[epoch]]', '   WorkDir=/home/[[user]]/jobs',
  '   StdOut=/home/[[user]]/jobs/slurm-[[jobid]].out')
P("slurm_out_env_grep_dump", S_SBATCH,
  '+ env', '+ grep -E "WANDB|HF_"', 'WANDB_BASE_URL=https://[[host]]', 'WANDB_API_KEY=<<wb>>',
  'HF_HOME=/scratch/[[user]]/hf', 'HUGGING_FACE_HUB_TOKEN=hf_<<hf>>')
P("slurm_out_set_x_trace_login", S_SBATCH,
  '+ source /home/[[user]]/.venvs/train/bin/activate', '++ cat /home/[[user]]/.secrets/wandb', '+ wandb login <<wb>>',
  'wandb: Appending key for [[host]] to your netrc file: /home/[[user]]/.netrc')
P("slurm_prolog_epilog_log_env_line", S_SBATCH,
  '[[ts:slurm]] slurmd[[[pid]]]: prolog for job [[jobid]] env SLURM_JOB_USER=[[user]] MLFLOW_TRACKING_PASSWORD=<<pw>>')

# torchrun / accelerate / deepspeed
P("torchrun_cmdline_hub_token_arg_in_log", S_TORCHRUN,
  '+ torchrun --nnodes=[[nodes]] --nproc_per_node=[[gpus]] --rdzv_backend=c10d --rdzv_endpoint=[[ip]]:29500 train.py --push_to_hub --hub_token hf_<<hf>> --report_to wandb',
  'W1105 [[ts:hms]].[[jobid]] [[pid]] torch/distributed/run.py:793] *****************************************')
P("torchrun_worker_failure_record_args", S_TORCHRUN,
  'torch.distributed.elastic.multiprocessing.errors.ChildFailedError: ', '============================================================',
  'train.py FAILED', '------------------------------------------------------------', 'Failures:', '  <NO_OTHER_FAILURES>',
  'Root Cause (first observed failure):', '[0]:', '  time      : [[ts:sec]]', '  host      : [[node]]',
  '  error_file: <N/A>', "  cmd       : ['python', 'train.py', '--wandb_api_key', '<<wb>>']")
P("accelerate_launch_cmd_echo_wandb_key", S_ACCEL,
  '$ accelerate launch --config_file configs/fsdp.yaml --num_processes [[gpus]] train.py --with_tracking --wandb_key=<<wb>>',
  "The following values were not passed to `accelerate launch` and had defaults used instead:")
P("accelerate_config_yaml_hub_token_in_env", S_ACCEL,
  'compute_environment: LOCAL_MACHINE', 'distributed_type: FSDP', 'mixed_precision: bf16', 'num_processes: [[gpus]]',
  'main_training_function: main', '# env for sagemaker', 'sagemaker_environment:', '  WANDB_API_KEY: <<wb>>')
P("deepspeed_launcher_runner_cmd_line", S_DS,
  '[[[ts:py]]] [INFO] [runner.py:568:main] cmd = /usr/bin/python -u -m deepspeed.launcher.launch --world_info=eyJsb2NhbGhvc3QiOiBbMCwgMV19 --master_addr=127.0.0.1 --master_port=29500 train.py --deepspeed ds.json --hf_token hf_<<hf>>')
P("deepspeed_env_file_dotdeepspeed_env", S_DS,
  'WANDB_BASE_URL=https://[[host]]', 'WANDB_API_KEY=<<wb>>', 'NCCL_DEBUG=WARN', 'HF_TOKEN=hf_<<hf>>')
P("deepspeed_pdsh_remote_cmd_export_chain", S_DS,
  '[[[ts:py]]] [INFO] [multinode_runner.py:80:get_cmd] Running on the following workers: [[node]],[[node]]',
  '[[[ts:py]]] [INFO] [runner.py:555:main] cmd = pdsh -S -f 1024 -w [[node]],[[node]] export PYTHONPATH=/work/[[proj]]; export WANDB_API_KEY=<<wb>>; export NCCL_IB_HCA=mlx5; cd /work/[[proj]]; /usr/bin/python -u -m deepspeed.launcher.launch')

# Ray
P("ray_job_submit_runtime_env_json_inline", S_RAY,
  "$ ray job submit --address http://[[ip]]:8265 --runtime-env-json='{\"env_vars\": {\"WANDB_API_KEY\": \"<<wb>>\", \"WANDB_PROJECT\": \"[[proj]]\"}, \"working_dir\": \".\"}' -- python tune.py",
  "Job submission server address: http://[[ip]]:8265")
P("ray_runtime_env_yaml_env_vars_hf", S_RAYENV,
  'working_dir: "."', 'pip:', '  - transformers==4.44.2', '  - wandb', 'env_vars:', '    HF_TOKEN: "hf_<<hf>>"', '    WANDB_MODE: online')
P("ray_job_list_jobdetails_repr_runtime_env", S_RAY,
  "JobDetails(type=<JobType.SUBMISSION: 'SUBMISSION'>, job_id='[[int]]000000', submission_id='[[raysub]]', driver_info=None, status=<JobStatus.RUNNING: 'RUNNING'>, entrypoint='python train.py', message='Job is currently running.', error_type=None, start_time=[[epoch_s]]123, end_time=None, metadata={}, runtime_env={'env_vars': {'WANDB_API_KEY': '<<wb>>'}, 'working_dir': 'gcs://_ray_pkg_[[md5]].zip'}, driver_agent_http_address='http://[[ip]]:52365', driver_node_id='[[sha40]]')")
P("ray_dashboard_job_driver_log_env_print", S_RAY,
  '[[ts:py]]	INFO job_manager.py:530 -- Runtime env is setting up.',
  "Running entrypoint for job [[raysub]]: python train.py --s3-secret <<awss>>")
P("ray_init_runtime_env_python_literal", S_RAYENV,
  'ray.init(', '    address="ray://[[ip]]:10001",',
  '    runtime_env={"env_vars": {"AWS_ACCESS_KEY_ID": "[[akia]]", "AWS_SECRET_ACCESS_KEY": "<<awss>>"}},', ')')

# Kubeflow / Katib / Argo
P("pytorchjob_master_replica_env_literal", S_PTJOB,
  'spec:', '  pytorchReplicaSpecs:', '    Master:', '      replicas: 1', '      template:', '        spec:',
  '          containers:', '            - name: pytorch', '              env:', '                - name: WANDB_API_KEY',
  '                  value: "<<wb>>"')
P("katib_experiment_trial_template_args_token", S_KATIB,
  '  trialTemplate:', '    primaryContainerName: training-container', '    trialSpec:', '      apiVersion: batch/v1',
  '      kind: Job', '      spec:', '        template:', '          spec:', '            containers:',
  '              - name: training-container', '                command: ["python", "/opt/train.py", "--lr=${trialParameters.learningRate}", "--wandb-key=<<wb>>"]')
P("kfp_compiled_pipeline_yaml_env_value", S_KFP,
  'deploymentSpec:', '  executors:', '    exec-train:', '      container:', '        image: [[ip]]:5000/[[proj]]:[[sha7]]',
  '        env:', '        - name: HF_TOKEN', '          value: hf_<<hf>>')
P("kfp_pipeline_run_parameters_json", S_KFP,
  '{"runtimeConfig": {"parameters": {"epochs": [[epoch]], "wandb_api_key": "<<wb>>", "dataset_uri": "gs://[[bucket]]/v3"}}, "pipelineSpec": {"pipelineInfo": {"name": "[[proj]]-train"}}}')
P("argo_workflow_arguments_parameter_value", S_ARGO,
  'spec:', '  entrypoint: train', '  arguments:', '    parameters:', '      - name: hf-token', '        value: hf_<<hf>>',
  '      - name: epochs', '        value: "[[epoch]]"')
P("argo_submit_dash_p_and_get_parameters", S_ARGOCLI,
  '$ argo submit -n ml train-wf.yaml -p wandb-key=<<wb#k>> -p epochs=[[epoch]] --watch', 'Name:                [[proj]]-[[runid]]',
  'Namespace:           ml', 'Parameters:', '  wandb-key:         <<wb#k>>', '  epochs:            [[epoch]]')
P("argo_workflow_status_node_inputs_json", S_ARGOCLI,
  '"inputs": {"parameters": [{"name": "mlflow-password", "value": "<<pw>>"}, {"name": "run-name", "value": "[[proj]]-[[runid]]"}]},')

# SageMaker / Vertex
P("sagemaker_describe_training_job_environment", S_SM,
  '{', '    "TrainingJobName": "[[proj]]-[[ts:date]]-[[runid]]",', '    "Environment": {',
  '        "WANDB_BASE_URL": "https://[[host]]",', '        "WANDB_API_KEY": "<<wb>>"', '    },')
P("sagemaker_hyperparameters_json_quoted_strings", S_SM,
  '    "HyperParameters": {', '        "epochs": "[[epoch]]",', '        "hub_token": "\\"hf_<<hf>>\\"",',
  '        "model_name_or_path": "\\"[[model]]\\"",', '        "sagemaker_program": "\\"train.py\\""', '    },')
P("sagemaker_container_sm_hps_env_line", S_SMENV,
  'SM_HPS={"epochs":[[epoch]],"hub_token":"hf_<<hf>>","lr":[[lr]]}', 'SM_USER_ENTRY_POINT=train.py', 'SM_NUM_GPUS=[[gpus]]')
P("sagemaker_training_toolkit_invoking_cmd", S_SMENV,
  'Invoking script with the following command:', '',
  '/opt/conda/bin/python3.10 train.py --epochs [[epoch]] --hub_token hf_<<hf>> --model_name_or_path [[model]]')
P("sagemaker_estimator_python_environment_kwarg", S_SMPY,
  'estimator = HuggingFace(', '    entry_point="train.py",', '    role="arn:aws:iam::[[acct]]:role/SageMakerRole",',
  '    instance_type="ml.p4d.24xlarge",', '    environment={"WANDB_API_KEY": "<<wb>>"},', ')')
P("vertex_custom_job_describe_yaml_env", S_VERTEX,
  'jobSpec:', '  workerPoolSpecs:', '  - containerSpec:', '      env:', '      - name: WANDB_API_KEY', '        value: <<wb>>',
  '      imageUri: [[gregion]]-docker.pkg.dev/[[gproj]]/train/[[proj]]:[[sha7]]', '    machineSpec:', '      machineType: a2-highgpu-1g')
P("vertex_gcloud_create_args_flag", S_GCLOUDAI,
  '$ gcloud ai custom-jobs create --region=[[gregion]] --display-name=[[proj]] \\',
  '    --worker-pool-spec=machine-type=n1-standard-8,replica-count=1,container-image-uri=[[gregion]]-docker.pkg.dev/[[gproj]]/train/img \\',
  '    --args=--hf-token=hf_<<hf>>,--epochs=[[epoch]]')
P("vertex_aiplatform_worker_pool_specs_repr", S_VERTEX,
  "worker_pool_specs = [{'machine_spec': {'machine_type': 'n1-standard-8', 'accelerator_type': 'NVIDIA_TESLA_T4', 'accelerator_count': 1}, 'replica_count': 1, 'container_spec': {'image_uri': 'gcr.io/[[gproj]]/trainer', 'env': [{'name': 'WANDB_API_KEY', 'value': '<<wb>>'}]}}]")

# Databricks
P("databricks_cluster_json_spark_env_vars", S_DBXCL,
  '{', '  "cluster_name": "[[team]]-gpu",', '  "spark_version": "15.4.x-gpu-ml-scala2.12",', '  "spark_env_vars": {',
  '    "WANDB_API_KEY": "<<wb>>",', '    "WANDB_BASE_URL": "https://[[host]]"', '  },')
P("databricks_cluster_spark_conf_adls_account_key", S_ADLS,
  '  "spark_conf": {', '    "fs.azure.account.key.[[acctname]].dfs.core.windows.net": "<<azk>>==",',
  '    "spark.databricks.delta.preview.enabled": "true"', '  },')
P("databrickscfg_profile_token", S_DBXCFG,
  '[DEFAULT]', 'host  = https://[[dbxhost]]', 'token = dapi<<dapi>>', '', '[ml-prod]', 'host  = https://[[dbxhost]]', 'token = dapi<<dapi>>')
P("databricks_notebook_export_py_hardcoded_key", S_DBXNB,
  '# Databricks notebook source', '# MAGIC %pip install wandb==0.18.[[int]]', '', '# COMMAND ----------', '',
  'import os', 'os.environ["WANDB_API_KEY"] = "<<wb>>"  # dbutils.secrets.get("ml", "wandb")', '', '# COMMAND ----------')
P("databricks_init_script_echo_netrc", S_DBXNB,
  '#!/bin/bash', 'cat <<EOT >> /root/.netrc', 'machine [[host]]', '  login user', '  password <<wb>>', 'EOT')
P("databricks_cli_configure_token_history", S_DBXCFG,
  '  [[hist]]  echo "dapi<<dapi>>" | databricks configure --token --host https://[[dbxhost]]')
P("databricks_mlflow_env_host_token_export", S_MLFENV,
  'export DATABRICKS_HOST=https://[[dbxhost]]', 'export DATABRICKS_TOKEN=dapi<<dapi>>', 'export MLFLOW_TRACKING_URI=databricks')

# W&B tooling
P("wandb_sweep_yaml_command_token_arg", S_WBSWEEP,
  'program: train.py', 'method: bayes', 'metric:', '  name: val/loss', '  goal: minimize', 'command:', '  - ${env}',
  '  - python', '  - ${program}', '  - --hf_token=hf_<<hf>>', '  - ${args}')
P("wandb_sweep_yaml_parameters_value_secret", S_WBSWEEP,
  'parameters:', '  learning_rate:', '    distribution: log_uniform_values', '    min: 1e-5', '    max: 1e-3',
  '  s3_secret_key:', '    value: <<awss>>')
P("wandb_launch_queue_config_k8s_env", S_WBLAUNCH,
  '{', '  "spec": {', '    "template": {', '      "spec": {', '        "containers": [{', '          "env": [',
  '            {"name": "HF_TOKEN", "value": "hf_<<hf>>"},', '            {"name": "WANDB_PROJECT", "value": "[[proj]]"}', '          ]')
P("wandb_launch_config_json_overrides_args", S_WBLAUNCHCLI,
  '$ wandb launch -j [[team]]/[[proj]]/job-train:latest -q gpu-queue -c \'{"overrides": {"args": ["--hf-token", "hf_<<hf>>"], "run_config": {"lr": [[lr]]}}}\'')
P("wandb_launch_agent_log_env_of_job", S_WBLAUNCH,
  'wandb: launch: agent [[runid]] polling on queues gpu-queue, running 0 out of a maximum of 1 jobs',
  "wandb: launch: Launching run with env {'WANDB_API_KEY': '<<wb>>', 'WANDB_PROJECT': '[[proj]]', 'WANDB_LAUNCH': 'True'}")
P("wandb_docker_run_printed_docker_cmd", S_WBDOCKER,
  '$ wandb docker-run --gpus all [[proj]]:latest', 'Running command: docker run --gpus all -e WANDB_API_KEY=<<wb>> -e WANDB_DOCKER=[[proj]]:latest --runtime nvidia [[proj]]:latest')
P("wandb_launch_sagemaker_queue_resource_args", S_WBLAUNCH,
  'sagemaker:', '  RoleArn: arn:aws:iam::[[acct]]:role/WandbLaunch', '  HyperParameters:', '    hub_token: hf_<<hf>>',
  '  ResourceConfig:', '    InstanceType: ml.g5.2xlarge')
P("wandb_config_table_print_rows", S_WBCFG,
  '{\'_wandb\': {\'value\': {\'cli_version\': \'0.18.[[int]]\'}}, \'lr\': {\'value\': [[lr]]}, \'hf_token\': {\'value\': \'hf_<<hf>>\'}, \'seed\': {\'value\': [[seed]]}}')
P("wandb_api_run_config_dict_repr", S_WBCFG,
  '>>> api.run("[[team]]/[[proj]]/[[runid]]").config', "{'batch_size': [[bs]], 'mlflow_password': '<<pw>>', 'seed': [[seed]]}")
P("wandb_settings_file_with_api_key_line", S_WBENV,
  '[default]', 'base_url = https://[[host]]', 'entity = [[team]]', 'api_key = local-<<wb>>')
P("wandb_sdk_debug_log_settings_api_key", S_WBSDK,
  "[[ts:py]] INFO    MainThread:[[pid]] [wandb_init.py:_log_setup():528] Logging user logs to ./wandb/run-[[runid]]/logs/debug.log",
  "[[ts:py]] INFO    MainThread:[[pid]] [wandb_init.py:init():615] calling init triggers with settings {'api_key': 'local-<<wb>>', 'base_url': 'https://[[host]]'}")
P("netrc_wandb_and_hf_two_machines", S_NETRC,
  'machine [[host]]', '  login user', '  password local-<<wb>>', 'machine huggingface.co', '  login [[user]]', '  password hf_<<hf>>')
P("netrc_single_line_mlflow_host", S_NETRC,
  'machine mlflow.example.com login [[user]] password <<pw>>')

# MLflow / DVC
P("mlflow_credentials_file", S_MLFAUTH,
  '[mlflow]', 'mlflow_tracking_username = [[user]]', 'mlflow_tracking_password = <<pw>>')
P("mlflow_auth_config_ini_admin_pw_line", S_MLFAUTH,
  '[mlflow]', 'default_permission = READ', 'database_uri = sqlite:///basic_auth.db', 'admin_username = admin', 'admin_password = <<pw>>')
P("mlflow_server_cmd_backend_store_dsn", S_MLFSRV,
  '$ mlflow server --backend-store-uri mysql+pymysql://mlflow:<<pw>>@[[ip]]:3306/mlflow --artifacts-destination s3://[[bucket]]/mlflow --host 0.0.0.0')
P("mlflow_env_tracking_token_export", S_MLFENV,
  'export MLFLOW_TRACKING_URI=https://mlflow.example.com', 'export MLFLOW_TRACKING_TOKEN=<<a40>>')
P("dvc_config_local_s3_remote_keys", S_DVC,
  "['remote \"storage\"']", '    url = s3://[[bucket]]/dvc', '    endpointurl = http://[[ip]]:9000',
  '    access_key_id = [[akia]]', '    secret_access_key = <<awss>>')
P("dvc_remote_modify_local_password_cmd", S_DVC,
  '$ dvc remote modify --local webdav-remote password <<pw>>', '$ dvc push -r webdav-remote')
P("dvc_config_list_output_remote_keys", S_DVCCFG,
  'core.remote=storage', 'remote.storage.url=azure://[[bucket]]/dvc', 'remote.storage.account_name=[[acctname]]',
  'remote.storage.account_key=<<azk>>==')
P("dvc_gdrive_client_secret_config", S_DVC,
  "['remote \"gdrive\"']", '    url = gdrive://[[md5]]', '    gdrive_client_id = [[jobid]]-[[md5]].apps.googleusercontent.com',
  '    gdrive_client_secret = GOCSPX-<<gcsec>>')

# Hugging Face
P("hf_token_file_single_line_cache", S_HFCACHE, 'hf_<<hf>>')
P("hf_stored_tokens_ini_file", S_HFLOGIN,
  '[[[team]]-write]', 'hf_token = hf_<<hf>>', '', '[read-only]', 'hf_token = hf_<<hf>>')
P("hf_cli_login_token_flag_transcript", S_HFLOGIN,
  '$ huggingface-cli login --token hf_<<hf>> --add-to-git-credential', 'Token is valid (permission: write).',
  'Your token has been saved in your configured git credential helpers (store).',
  'Your token has been saved to /home/[[user]]/.cache/huggingface/token', 'Login successful')
P("hf_git_credentials_store_line", S_GITCRED, 'https://[[user]]:hf_<<hf>>@huggingface.co')
P("hf_hub_http_error_headers_repr", S_HFENV,
  "huggingface_hub.errors.GatedRepoError: 403 Client Error. (Request ID: Root=1-[[sha7]]-[[md5]])",
  "Request headers: {'user-agent': 'unknown/None; hf_hub/0.24.6; python/3.11.9', 'authorization': 'Bearer hf_<<hf>>'}")
P("hf_datasets_load_dataset_token_kwarg", S_HFENV,
  'ds = load_dataset("[[team]]/[[proj]]-private", split="train", token="hf_<<hf>>")')
P("hf_transformers_from_pretrained_use_auth_token", S_HFENV,
  'model = AutoModelForCausalLM.from_pretrained("[[model]]", use_auth_token="hf_<<hf>>", torch_dtype=torch.bfloat16)')
P("hf_git_remote_url_with_token_push", S_GITCRED,
  '$ git push https://[[user]]:hf_<<hf#t>>@huggingface.co/[[team]]/[[proj]] main',
  'To https://huggingface.co/[[team]]/[[proj]]', '   [[sha7]]..[[sha7]]  main -> main')

# Package index credentials
P("pip_conf_index_url_userinfo", S_PIPCONF,
  '[global]', 'index-url = https://[[user]]:<<pw>>@pypi.example.com/simple', 'trusted-host = pypi.example.com')
P("pip_config_list_quoted_extra_index", S_PIPCONF,
  "global.extra-index-url='https://__token__:<<a40>>@artifactory.example.com/api/pypi/pypi-ml/simple'", "global.timeout='60'")
P("pip_env_var_index_url_export", S_PIPAUTH,
  'export PIP_INDEX_URL=https://aws:<<a40>>@ml-[[acct]].d.codeartifact.[[region]].amazonaws.com/pypi/ml/simple/')
P("condarc_channel_token_path", S_CONDARC,
  'channels:', '  - https://conda.example.com/t/<<a32>>/ml-internal', '  - conda-forge', 'channel_priority: strict')
P("condarc_custom_channels_userinfo", S_CONDARC,
  'custom_channels:', '  ml-internal: https://[[user]]:<<pw>>@conda.example.com', 'ssl_verify: true')
P("conda_config_show_channel_alias", S_CONDARC,
  '$ conda config --show channel_alias', 'channel_alias: https://conda.example.com/t/<<a32>>')
P("uv_toml_index_url_credentials", S_UV,
  '[[index]]', 'name = "internal"', 'url = "https://[[user]]:<<pw>>@pypi.example.com/simple"')
P("uv_index_password_env_export", S_UV,
  'export UV_INDEX_INTERNAL_USERNAME=[[user]]', 'export UV_INDEX_INTERNAL_PASSWORD=<<pw>>')
P("poetry_http_basic_creds_in_shell_history_listing", S_POETRY,
  '  [[hist]]  poetry source add --priority=supplemental internal https://pypi.example.com/simple/',
  '  [[hist]]  poetry config http-basic.internal [[user]] <<pw>>')
P("poetry_env_pypi_token_export", S_POETRY, 'export POETRY_PYPI_TOKEN_PYPI=pypi-AgEIcHlwaS5vcmc<<pypi>>')
P("pypirc_testpypi_password", S_PYPIRC,
  '[distutils]', 'index-servers =', '    pypi', '    internal', '', '[internal]', 'repository = https://pypi.example.com/',
  'username = [[user]]', 'password = <<pw>>')
P("twine_upload_password_flag", S_PYPIRC,
  '$ twine upload --repository-url https://pypi.example.com/ -u __token__ -p pypi-AgEIcHlwaS5vcmc<<pypi>> dist/*')

# Hydra / OmegaConf / TrainingArguments / Lightning
P("hydra_overrides_yaml_api_key", S_HYDRA,
  '- trainer.max_epochs=[[epoch]]', '- +logger.wandb.api_key=<<wb>>', '- seed=[[seed]]')
P("hydra_config_yaml_logger_block", S_HYDRA,
  'logger:', '  wandb:', '    _target_: lightning.pytorch.loggers.WandbLogger', '    project: [[proj]]',
  '    entity: [[team]]', '    api_key: <<wb>>', '    log_model: true')
P("hydra_job_log_to_yaml_dump", S_HYDRALOG,
  '[[[ts:py]]][__main__][INFO] - datamodule:', '  data_dir: /scratch/[[user]]/data',
  '  s3_secret: <<awss>>', '  batch_size: [[bs]]')
P("hydra_multirun_yaml_task_overrides", S_HYDRA,
  'hydra:', '  overrides:', '    hydra:', '    - hydra.mode=MULTIRUN', '    task:', '    - lr=[[lr]]',
  '    - +hf_token=hf_<<hf>>')
P("omegaconf_to_container_dict_print", S_OMEGA,
  "{'model': {'name': '[[model]]'}, 'tracking': {'mlflow_password': '<<pw>>', 'uri': 'https://mlflow.example.com'}}")
P("transformers_training_args_print_hub_token_old", S_TA,
  'TrainingArguments(', '_n_gpu=[[gpus]],', 'hub_model_id=[[team]]/[[proj]],', 'hub_strategy=every_save,',
  'hub_token=hf_<<hf>>,', 'learning_rate=[[lr]],')
P("lightning_hparams_yaml_with_token", S_PL,
  'lr: [[lr]]', 'batch_size: [[bs]]', 'hf_token: hf_<<hf>>', 'seed: [[seed]]')
P("lightning_cli_config_yaml_init_args", S_PL,
  'trainer:', '  logger:', '    class_path: lightning.pytorch.loggers.WandbLogger', '    init_args:',
  '      project: [[proj]]', '      settings:', '        api_key: <<wb>>')
P("argparse_namespace_print_in_train_log", S_TA,
  "[[ts:py]] - INFO - __main__ - Args: Namespace(model_name_or_path='[[model]]', wandb_key='<<wb>>', seed=[[seed]], output_dir='out/')")
P("python_logging_env_dict_debug_line", S_TA,
  "[[ts:py]] DEBUG train.py:42 env={'CUDA_VISIBLE_DEVICES': '0,1', 'HF_TOKEN': 'hf_<<hf>>', 'WANDB_MODE': 'online'}")

# Shell history and tickets
P("bash_history_plain_export_and_curl", S_BASH,
  'cd ~/[[proj]]', 'export WANDB_API_KEY=<<wb>>', 'python train.py --epochs [[epoch]]',
  'curl -H "Authorization: Bearer hf_<<hf>>" https://huggingface.co/api/whoami-v2')
P("bash_history_timestamped_hash_lines", S_BASH,
  '#[[epoch_s]]', 'wandb login --host https://[[host]] <<wb>>', '#[[epoch_s]]', 'wandb sync wandb/offline-run-*')
P("zsh_extended_history_colon_lines", S_ZSH,
  ': [[epoch_s]]:0;export HF_TOKEN=hf_<<hf>>', ': [[epoch_s]]:12;python finetune.py --model [[model]]')
P("fish_history_yaml_cmd_entries", S_FISH,
  '- cmd: set -gx WANDB_API_KEY <<wb>>', '  when: [[epoch_s]]', '- cmd: python sweep.py', '  when: [[epoch_s]]')
P("ipython_history_magic_output_numbered", S_IPYHIST,
  '%history -g wandb', '  [[int]]/3: import wandb', '  [[int]]/4: wandb.login(key="<<wb>>")', '  [[int]]/5: wandb.init(project="[[proj]]")')
P("ipython_sqlite_history_dump_row", S_IPYHIST,
  "[[int]]|[[int]]|os.environ['AWS_SECRET_ACCESS_KEY'] = '<<awss#a>>'|os.environ['AWS_SECRET_ACCESS_KEY'] = '<<awss#a>>'")
P("ticket_markdown_env_block_pasted", S_GHISSUE,
  '### Environment', '', '```', 'wandb, version 0.18.[[int]]', 'WANDB_BASE_URL=https://[[host]]', 'WANDB_API_KEY=<<wb>>', '```')
P("ticket_email_reply_quoted_netrc", S_ZENDESK,
  '> On [[ts:date]], [[user]] wrote:', '> here is my ~/.netrc:', '> machine [[host]]', '>   login user', '>   password <<wb>>')
P("ticket_comment_json_body_escaped_cmd", S_ZENDESK,
  '{"comment": {"body": "Still failing:\\n$ WANDB_API_KEY=<<wb>> python train.py\\nwandb: ERROR api_key not configured (no-tty)", "public": true}, "id": [[ticket]]}')
P("slack_paste_triple_backtick_hf_login", S_GHISSUE,
  '[[user]]  [[ts:hms]]', '```$ huggingface-cli login --token hf_<<hf>>', 'Login successful```')
P("ticket_docker_run_e_flags_paste", S_GHISSUE,
  'docker run --gpus all -e WANDB_BASE_URL=https://[[host]] -e WANDB_API_KEY=<<wb>> -v $PWD:/work [[proj]]:latest python /work/train.py')

# Other ML tooling credentials
P("kaggle_json_file", S_KAGGLE, '{"username":"[[user]]","key":"<<h32>>"}')
P("aws_credentials_profile_sagemaker", S_AWSCRED,
  '[sagemaker]', 'aws_access_key_id = [[akia]]', 'aws_secret_access_key = <<awss>>', 'region = [[region]]')
P("dotenv_project_file_multiple_keys", S_DOTENV,
  '# .env for [[proj]]', 'WANDB_API_KEY=<<wb>>', 'OPENAI_API_KEY=sk-proj-<<oai>>', 'HF_HOME=/data/hf')
P("ngc_config_apikey", S_NGC,
  '[CURRENT]', 'apikey = <<ngc>>', 'format_type = ascii', 'org = [[team]]')
P("comet_config_api_key", S_COMET, '[comet]', 'api_key = <<a32>>', 'workspace = [[team]]')
P("gcs_service_account_json_private_key", S_GCSA,
  '{', '  "type": "service_account",', '  "project_id": "[[gproj]]",', '  "private_key_id": "<<wb>>",',
  '  "private_key": "-----BEGIN PRIVATE KEY-----\\n<<pk>>\\n<<pk>>\\n-----END PRIVATE KEY-----\\n",',
  '  "client_email": "trainer@[[gproj]].iam.gserviceaccount.com",')
P("boto3_client_kwargs_in_script", S_AWSCRED,
  's3 = boto3.client("s3", endpoint_url="http://[[ip]]:9000",', '                  aws_access_key_id="[[akia]]",',
  '                  aws_secret_access_key="<<awss>>")')
P("vscode_tunnel_launch_json_env", S_VSCODE,
  '"configurations": [', '  {', '    "name": "train (debug)",', '    "type": "debugpy",', '    "program": "${workspaceFolder}/train.py",',
  '    "env": {"WANDB_API_KEY": "<<wb>>", "CUDA_VISIBLE_DEVICES": "0"}', '  }')
P("tensorboard_uploader_gcs_hmac_env", S_TB,
  'export GS_ACCESS_KEY_ID=GOOG1E[[md5]]', 'export GS_SECRET_ACCESS_KEY=<<a40>>', 'tensorboard --logdir gs://[[bucket]]/tb')
P("k8s_secret_kubectl_create_from_literal_history", S_BASH,
  '  [[hist]]  kubectl -n ml create secret generic wandb --from-literal=WANDB_API_KEY=<<wb>>')
P("k8s_secret_yaml_data_b64_wandb_key", S_PTJOB,
  'apiVersion: v1', 'kind: Secret', 'metadata:', '  name: wandb-key', '  namespace: [[team]]', 'type: Opaque', 'data:',
  '  WANDB_API_KEY: <<b64_wb>>')
P("git_config_url_insteadof_with_token", S_GITCRED,
  '[url "https://oauth2:glpat-<<glpat>>@gitlab.example.com/"]', '	insteadOf = https://gitlab.example.com/', '[user]', '	name = [[user]]')
P("dvc_http_remote_url_userinfo", S_DVC,
  "['remote \"http-store\"']", '    url = https://[[user]]:<<pw>>@dvc.example.com/store')
P("conda_environment_yml_pip_extra_index", S_CONDARC,
  'name: [[proj]]', 'dependencies:', '  - python=3.11', '  - pip', '  - pip:',
  '    - --extra-index-url https://[[user]]:<<pw>>@pypi.example.com/simple', '    - torch==2.4.1')
P("nbconvert_html_pre_stream_env_echo", S_NB,
  '<div class="jp-RenderedText jp-OutputArea-output" data-mime-type="application/vnd.jupyter.stdout">',
  '<pre>env: WANDB_API_KEY=<<wb>>', 'env: WANDB_BASE_URL=https://[[host]]', '</pre>')
P("ipython_sql_magic_connection_string", S_NB,
  '    "%load_ext sql\\n",', '    "%sql mysql+pymysql://[[user]]:<<pw>>@[[ip]]:3306/experiments\\n",', '    "%sql SELECT run_id, val_loss FROM results LIMIT 5"')
P("clearml_conf_api_credentials_block", "https://clear.ml/docs/latest/docs/configs/clearml_conf/",
  'api {', '    web_server: https://clearml.example.com', '    credentials {', '        "access_key" = "[[akia]]"',
  '        "secret_key" = "<<a40>>"', '    }', '}')
P("modal_toml_token_secret", "https://modal.com/docs/reference/modal.config",
  '[default]', 'token_id = "ak-<<a32#i>>"', 'token_secret = "as-<<a32>>"', 'active = true')
P("wandb_launch_agent_helm_values_apikey", "https://github.com/wandb/helm-charts/tree/main/charts/launch-agent",
  'agent:', '  apiKey: "<<wb>>"', '  image: wandb/launch-agent:latest', 'baseUrl: https://[[host]]', 'namespace: wandb-launch')
P("sbatch_wrap_inline_env_assignment", S_SBATCH,
  '$ sbatch -p gpu --gres=gpu:[[gpus]] --wrap="HF_TOKEN=hf_<<hf>> python eval.py --model [[model]]"', 'Submitted batch job [[jobid]]')
P("slurm_job_env_base64_secret_decoded_echo", S_SBATCH,
  '+ export WANDB_API_KEY_B64=<<b64_wb>>', '+ echo "decoding key"', 'decoding key')

# ---------------------------------------------------------------- negatives
N("ipynb_env_magic_non_secret_wandb_vars", S_NB,
  '   "source": [', '    "%env WANDB_PROJECT=[[proj]]\\n",', '    "%env WANDB_ENTITY=[[team]]\\n",', '    "%env WANDB_MODE=offline\\n",', '    "%env WANDB_RUN_ID=[[runid]]\\n"', '   ]')
N("ipynb_wandb_login_no_key_prompt_output", S_WBLOGIN,
  '     "text": [', '      "wandb: Logging into [[host]]. (Learn how to deploy a W&B server locally: https://wandb.me/wandb-server)\\n",',
  '      "wandb: You can find your API key in your browser here: https://[[host]]/authorize\\n",',
  '      "wandb: Paste an API key from your profile and hit enter, or press ctrl+c to quit:"', '     ]')
N("ipynb_wandb_init_output_run_links", S_WBSDK,
  '      "wandb: Tracking run with wandb version 0.18.[[int]]\\n",', '      "wandb: Run data is saved locally in /home/[[user]]/wandb/run-[[ts:date]]_[[runid#r]]\\n",',
  '      "wandb: 🚀 View run at https://[[host]]/[[team]]/[[proj]]/runs/[[runid#r]]\\n"')
N("ipynb_execution_metadata_timestamps_ids", S_NB,
  '   "execution_count": [[int]],', '   "id": "[[sha7]]-[[sha7]]",', '   "metadata": {', '    "execution": {',
  '     "iopub.execute_input": "[[ts:iso]]",', '     "shell.execute_reply": "[[ts:iso]]"', '    }')
N("ipynb_image_png_output_base64_blob", S_NB,
  '     "data": {', '      "image/png": "iVBORw0KGgoAAAANSUhEUgAAA[[b64md5]][[b64md5]]",', '      "text/plain": [', '       "<Figure size 640x480 with 1 Axes>"', '      ]')
N("ipynb_getpass_cell_reads_key_interactively", S_NB,
  '    "from getpass import getpass\\n",', '    "os.environ[\\"WANDB_API_KEY\\"] = getpass(\\"W&B key for [[host]]: \\")\\n",', '    "wandb.login(host=\\"https://[[host]]\\")"')
N("ipynb_colab_userdata_get_only", S_NB,
  '    "from google.colab import userdata\\n",', '    "os.environ[\\"HF_TOKEN\\"] = userdata.get(\\"HF_TOKEN\\")\\n",', '    "print(\\"[[proj]] ready\\", [[seed]])"')
N("ipynb_widget_state_password_empty_value", S_NB,
  '      "[[md5]]": {', '       "model_name": "PasswordModel",', '       "state": {', '        "description": "Token:",', '        "value": ""', '       }')
N("ipynb_kernelspec_and_language_info", S_NB,
  ' "metadata": {', '  "kernelspec": {', '   "display_name": "[[proj]] (py3.11)",', '   "name": "[[proj]]"', '  },', '  "language_info": {"version": "3.11.[[int]]"}')
N("jupyter_server_startup_no_token_auth_disabled", S_JSRVLOG,
  '[W [[ts:jup]] ServerApp] All authentication is disabled.  Anyone who can connect to this server will be able to run code.',
  '[I [[ts:jup]] ServerApp] Jupyter Server 2.14.2 is running at:', '[I [[ts:jup]] ServerApp] http://[[node]]:[[port]]/lab')
N("jupyter_server_token_placeholder_dots", S_JSRVLOG,
  '[I [[ts:jup]] ServerApp] http://localhost:[[port]]/lab?token=...', '[I [[ts:jup]] ServerApp]     http://127.0.0.1:[[port]]/lab?token=...')
N("jupyter_access_log_api_paths_kernel_ids", S_JSRV,
  '[I [[ts:jup]] ServerApp] Kernel started: [[kernel]]', '[I [[ts:jup]] ServerApp] Connecting to kernel [[kernel]].',
  '[D [[ts:jup]] ServerApp] 200 GET /api/kernels/[[kernel]]/channels?session_id=[[kernel]] (127.0.0.1) 2.[[int]]ms')
N("jupyter_kernel_connection_file_path_only", S_JKERNEL,
  '[I [[ts:jup]] ServerApp] Kernel started: [[kernel#k]]', '[D [[ts:jup]] ServerApp] Connection file: /home/[[user]]/.local/share/jupyter/runtime/kernel-[[kernel#k]].json')
N("jupyter_server_config_token_from_env", S_JSRV,
  "c.IdentityProvider.token = os.environ.get('JUPYTER_TOKEN', '')", "c.ServerApp.port = [[port]]", "c.ServerApp.root_dir = '/scratch/[[user]]'")
N("jupyterhub_config_secret_from_file", S_JHUB,
  "c.JupyterHub.cookie_secret_file = '/srv/jupyterhub/jupyterhub_cookie_secret'", "c.GenericOAuthenticator.client_secret = os.environ['OAUTH_CLIENT_SECRET']",
  "c.JupyterHub.bind_url = 'http://:[[port]]'")
N("jupyterhub_log_user_server_ready", S_JHUB,
  '[I [[ts:jup]] JupyterHub log:192] 200 GET /hub/api/users/[[user]] (@[[ip]]) [[int]].12ms',
  '[I [[ts:jup]] JupyterHub base:1090] User [[user]] took [[float]] seconds to start')
N("z2jh_values_existing_secret_refs", S_Z2JH,
  'hub:', '  existingSecret: hub-secrets', 'proxy:', '  secretSync:', '    image: quay.io/jupyterhub/k8s-secret-sync:4.[[int]].0',
  'singleuser:', '  extraEnv:', '    WANDB_BASE_URL: https://[[host]]')
N("sbatch_script_key_from_file", S_SBATCH,
  '#!/bin/bash', '#SBATCH --job-name=[[proj]]', '#SBATCH --gres=gpu:[[gpus]]', 'export WANDB_API_KEY=$(cat ~/.secrets/wandb)', 'srun python train.py --seed [[seed]]')
N("sacct_submitline_plain_args", S_SACCT,
  'JobID           JobName  SubmitLine', '------------ ---------- ------------------------------------------',
  '[[jobid]]       [[proj]] sbatch -p gpu --gres=gpu:[[gpus]] --export=ALL,WANDB_MODE=offline run.sh')
N("slurm_out_wandb_sync_hint_lines", S_SBATCH,
  'wandb: You can sync this run to the cloud by running:', 'wandb: wandb sync /scratch/[[user]]/wandb/offline-run-[[ts:date]]_[[runid]]',
  'wandb: Find logs at: ./wandb/offline-run-[[ts:date]]_[[runid]]/logs')
N("scontrol_show_job_no_secret_command", S_SCONTROL,
  'JobId=[[jobid]] JobName=[[proj]]', '   Command=/home/[[user]]/jobs/train.sh --epochs [[epoch]] --seed [[seed]]', '   NodeList=[[node]]')
N("slurm_env_rendezvous_vars", S_TORCHRUN,
  'MASTER_ADDR=[[node]]', 'MASTER_PORT=29500', 'WORLD_SIZE=[[gpus]]', 'SLURM_JOB_ID=[[jobid]]', 'SLURM_PROCID=0')
N("torchrun_failure_record_plain_cmd", S_TORCHRUN,
  'Root Cause (first observed failure):', '[0]:', '  time      : [[ts:sec]]', '  host      : [[node]]',
  '  exitcode  : 1 (pid: [[pid]])', "  cmd       : ['python', 'train.py', '--seed', '[[seed]]']")
N("accelerate_env_output_versions", S_ACCEL,
  '- `Accelerate` version: 0.34.[[int]]', '- Platform: Linux-5.15.0-[[int]]-generic-x86_64-with-glibc2.35', '- Numpy version: 1.26.4',
  '- PyTorch version (GPU?): 2.4.1+cu121 (True)', '- `Accelerate` default config:', '	- num_processes: [[gpus]]')
N("deepspeed_config_json_wandb_block_no_key", S_DSCFG,
  '{', '  "train_batch_size": [[bs]],', '  "wandb": {"enabled": true, "team": "[[team]]", "project": "[[proj]]"},', '  "zero_optimization": {"stage": 2}', '}')
N("deepspeed_world_info_base64_hosts", S_DS,
  '[[[ts:py]]] [INFO] [launch.py:146:main] WORLD INFO DICT: {\'localhost\': [0, 1, 2, 3]}',
  '[[[ts:py]]] [INFO] [runner.py:568:main] cmd = /usr/bin/python -u -m deepspeed.launcher.launch --world_info=eyJsb2NhbGhvc3QiOiBbMCwgMSwgMiwgM119 --master_port=[[port]] train.py')
N("ray_job_submit_output_submission_id", S_RAY,
  "Job '[[raysub#s]]' submitted successfully", '------------------------------------------', 'Next steps',
  '  Query the logs of the job:', '    ray job logs [[raysub#s]]')
N("ray_runtime_env_working_dir_pkg_uri", S_RAYENV,
  "runtime_env={'working_dir': 'gcs://_ray_pkg_[[md5]].zip', 'pip': {'packages': ['wandb', 'torch==2.4.1']}, 'env_vars': {'WANDB_MODE': 'offline'}}")
N("pytorchjob_env_secretkeyref", S_PTJOB,
  '              env:', '                - name: WANDB_API_KEY', '                  valueFrom:', '                    secretKeyRef:',
  '                      name: wandb-[[team]]', '                      key: api-key')
N("katib_trial_parameters_lr_seed", S_KATIB,
  '    trialParameters:', '      - name: learningRate', '        reference: lr', '  parameters:', '    - name: lr',
  '      feasibleSpace: {min: "1e-5", max: "[[lr]]"}', '# experiment [[proj]]-[[runid]]')
N("argo_get_status_plain_parameters", S_ARGOCLI,
  'Name:                [[proj]]-[[runid]]', 'Status:              Succeeded', 'Parameters:', '  epochs:            [[epoch]]',
  '  dataset-sha:       [[sha64]]')
N("kfp_pipeline_digest_and_run_ids", S_KFP,
  'Pipeline run [[uuidp]] created.', 'Experiment: [[proj]]', 'Run details: https://kfp.example.com/#/runs/details/[[uuidp]]')
N("sagemaker_describe_job_arns_and_artifacts", S_SM,
  '    "TrainingJobArn": "arn:aws:sagemaker:[[region]]:[[acct]]:training-job/[[proj]]-[[runid]]",',
  '    "ModelArtifacts": {', '        "S3ModelArtifacts": "s3://[[bucket]]/[[proj]]-[[runid]]/output/model.tar.gz"', '    },',
  '    "EnableNetworkIsolation": false,')
N("sagemaker_hyperparameters_quoted_non_secret", S_SM,
  '    "HyperParameters": {', '        "epochs": "[[epoch]]",', '        "model_name_or_path": "\\"[[model]]\\"",',
  '        "sagemaker_submit_directory": "\\"s3://[[bucket]]/src/sourcedir.tar.gz\\""', '    },')
N("vertex_custom_job_env_non_secret", S_VERTEX,
  '      env:', '      - name: WANDB_PROJECT', '        value: [[proj]]', '      - name: WANDB_RUN_GROUP', '        value: sweep-[[sweep]]',
  '      imageUri: [[gregion]]-docker.pkg.dev/[[gproj]]/train/[[proj]]@sha256:[[sha64]]')
N("databricks_cluster_secret_reference_syntax", S_DBXCL,
  '  "spark_env_vars": {', '    "WANDB_API_KEY": "{{secrets/ml/wandb-key}}",', '    "WANDB_PROJECT": "[[proj]]"', '  },', '  "cluster_id": "[[clusterid]]",')
N("databricks_notebook_redacted_secret_output", S_DBXSEC,
  'key = dbutils.secrets.get(scope="ml", key="wandb")', 'print(key)', '[REDACTED]', 'print(len(key), "[[clusterid#c]]")', '[[int]] [[clusterid#c]]')
N("databrickscfg_profile_auth_type_oauth", S_DBXCFG,
  '[DEFAULT]', 'host      = https://[[dbxhost]]', 'auth_type = databricks-cli', 'cluster_id = [[clusterid]]')
N("wandb_sweep_create_output_ids", S_WBSWEEP,
  'wandb: Creating sweep from: sweep.yaml', 'wandb: Creating sweep with ID: [[sweep#s]]',
  'wandb: View sweep at: https://[[host]]/[[team]]/[[proj]]/sweeps/[[sweep#s]]', 'wandb: Run sweep agent with: wandb agent [[team]]/[[proj]]/[[sweep#s]]')
N("wandb_sweep_yaml_parameters_seed_values", S_WBSWEEP,
  'parameters:', '  seed:', '    values: [[[seed]], [[seed]], [[seed]]]', '  tokenizer:', '    value: [[model]]', '  max_tokens:', '    value: [[vocab]]')
N("wandb_launch_queue_env_valuefrom_secret", S_WBLAUNCH,
  '            {"name": "HF_TOKEN", "valueFrom": {"secretKeyRef": {"name": "hf-token", "key": "token"}}},',
  '            {"name": "WANDB_PROJECT", "value": "[[proj]]"},', '            {"name": "WANDB_RUN_ID", "value": "[[runid]]"}')
N("wandb_launch_template_variables_macros", S_WBLAUNCH,
  '"resource_args": {"kubernetes": {"metadata": {"labels": {"wandb-run": "${wandb_run_id}"}},',
  '  "spec": {"template": {"spec": {"containers": [{"image": "${image_uri}", "resources": {"limits": {"nvidia.com/gpu": "{{gpus}}"}}}]}}}}}', '# queue [[team]]-gpu-[[runid]]')
N("wandb_artifact_manifest_digest_entries", S_WBART,
  '{"version": 1, "storagePolicy": "wandb-storage-policy-v1", "contents": {', '  "model.safetensors": {"digest": "[[b64md5]]", "size": [[jobid]]},',
  '  "config.json": {"digest": "[[b64md5]]", "size": [[int]]}}}')
N("wandb_artifact_use_output_alias_version", S_WBART,
  'wandb:   [[int]] of [[int]] files downloaded.', "Artifact model-[[runid]]:v[[int]] digest [[md5]]",
  'wandb: Downloading large artifact [[proj]]-dataset:latest, 1234.56MB. [[int]] files...')
N("wandb_login_already_logged_in_notice", S_WBLOGIN,
  'wandb: Currently logged in as: [[user]] ([[team]]) to https://[[host]]. Use `wandb login --relogin` to force relogin',
  'wandb: Appending key for [[host]] to your netrc file: /home/[[user]]/.netrc')
N("wandb_settings_file_without_key", S_WBENV, '[default]', 'base_url = https://[[host]]', 'entity = [[team]]', 'project = [[proj]]')
N("wandb_config_table_plain_hparams", S_WBCFG,
  "{'_wandb': {'value': {'cli_version': '0.18.[[int]]'}}, 'lr': {'value': [[lr]]}, 'seed': {'value': [[seed]]}, 'vocab_size': {'value': [[vocab]]}}")
N("wandb_sdk_debug_log_settings_masked", S_WBSDK,
  "[[ts:py]] INFO    MainThread:[[pid]] [wandb_setup.py:_flush():77] Loading settings from environment variables: {'api_key': '***REDACTED***', 'base_url': 'https://[[host]]'}")
N("netrc_placeholder_doc_example", S_NETRC, '# written by setup.sh for [[user]] ([[runid]])', 'machine [[host]]', '  login user', '  password <your-api-key>')
N("netrc_password_from_docs_all_x", S_NETRC, 'machine [[host]] login user password xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  # run [[runid]]')
N("mlflow_run_ids_and_model_uri", S_MLFRUN,
  "Registered model '[[proj]]' already exists. Creating a new version of this model...",
  "Created version '[[int]]' of model '[[proj]]'.", 'model_uri = runs:/[[md5]]/model', 'artifact_uri: s3://[[bucket]]/mlflow/[[int]]/[[md5]]/artifacts')
N("mlflow_server_cmd_dsn_without_password", S_MLFSRV,
  '$ mlflow server --backend-store-uri postgresql://mlflow@[[ip]]:5432/mlflow --default-artifact-root s3://[[bucket]]/mlflow --workers [[gpus]]')
N("mlflow_env_username_only", S_MLFENV, 'export MLFLOW_TRACKING_URI=https://mlflow.example.com', 'export MLFLOW_TRACKING_USERNAME=[[user]]', 'export MLFLOW_EXPERIMENT_NAME=[[proj]]')
N("dvc_file_outs_md5_entries", S_DVCFILE,
  'outs:', '- md5: [[md5]].dir', '  size: [[jobid]]', '  nfiles: [[int]]', '  hash: md5', '  path: data/raw')
N("dvc_lock_stage_deps_hashes", S_DVCFILE,
  'stages:', '  train:', '    cmd: python train.py --seed [[seed]]', '    deps:', '    - path: data/prepared', '      hash: md5', '      md5: [[md5]].dir')
N("dvc_config_credentialpath_and_profile", S_DVC,
  "['remote \"storage\"']", '    url = s3://[[bucket]]/dvc', '    credentialpath = /home/[[user]]/.aws/credentials', '    profile = [[team]]')
N("hf_cli_whoami_output", S_HFCLI, '$ huggingface-cli whoami', '[[user]]', 'orgs:  [[team]],huggingface')
N("hf_cache_snapshot_paths_commit_shas", S_HFCACHE,
  '/home/[[user]]/.cache/huggingface/hub/models--[[team]]--[[proj]]/refs/main', '/home/[[user]]/.cache/huggingface/hub/models--[[team]]--[[proj]]/snapshots/[[sha40]]/config.json',
  '/home/[[user]]/.cache/huggingface/hub/models--[[team]]--[[proj]]/blobs/[[sha64]]')
N("hf_login_prompt_without_token", S_HFLOGIN,
  '    _|    _|  _|    _|    _|_|_|    _|_|_|  _|_|_|  _|      _|    _|_|_|', '    To log in, `huggingface_hub` requires a token generated from https://huggingface.co/settings/tokens .',
  'Enter your token (input will not be visible): ', 'Add token as git credential? (Y/n) n', 'Token is valid (permission: read). [[runid]]')
N("hf_token_docs_placeholder_xxx", S_HFENV, 'export HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', '# then run: python train.py --model [[model]] --seed [[seed]]')
N("tokenizer_config_special_tokens_ids", S_TOKCFG,
  '{', '  "bos_token": "<s>",', '  "eos_token": "</s>",', '  "pad_token": "<pad>",', '  "model_max_length": [[vocab]],', '  "tokenizer_class": "LlamaTokenizerFast",', '  "name_or_path": "[[model]]"')
N("tokenizer_json_vocab_entries", S_TOKCFG,
  '    "vocab": {', '      "<unk>": 0,', '      "token": [[vocab]],', '      "▁password": [[vocab]],', '      "▁secret": [[vocab]],', '      "▁key": [[vocab]],')
N("safetensors_metadata_header_dump", S_SAFET,
  '{"__metadata__": {"format": "pt"}, "model.embed_tokens.weight": {"dtype": "BF16", "shape": [[[vocab]], 4096], "data_offsets": [0, [[jobid]]]}}')
N("training_args_print_masked_hub_token", S_TA,
  'TrainingArguments(', 'hub_model_id=[[team]]/[[proj]],', 'hub_private_repo=None,', 'hub_token=<HUB_TOKEN>,', 'learning_rate=[[lr]],', 'seed=[[seed]],')
N("lightning_seed_everything_and_gpu_info", S_PLSEED,
  'Seed set to [[seed]]', 'GPU available: True (cuda), used: True', 'TPU available: False, using: 0 TPU cores',
  'LOCAL_RANK: 0 - CUDA_VISIBLE_DEVICES: [0,1]', "wandb: logging graph, to disable use `wandb_logger.watch(log_graph=False)` [[runid]]")
N("hydra_overrides_yaml_plain", S_HYDRA, '- trainer.max_epochs=[[epoch]]', '- model=[[proj]]', '- seed=[[seed]]', '- +logger.wandb.id=[[runid]]')
N("omegaconf_env_resolver_interpolation", S_OMEGA,
  'logger:', '  wandb:', '    api_key: ${oc.env:WANDB_API_KEY}', '    project: ${oc.env:WANDB_PROJECT,[[proj]]}', '    id: [[runid]]')
N("hydra_job_log_plain_config", S_HYDRALOG,
  '[[[ts:py]]][__main__][INFO] - datamodule:', '  data_dir: /scratch/[[user]]/data', '  batch_size: [[bs]]', '  num_workers: [[gpus]]')
N("pip_conf_keyring_provider_no_password", S_PIPAUTH,
  '[global]', 'index-url = https://[[user]]@pypi.example.com/simple', 'keyring-provider = subprocess', '# [[md5]]')
N("pip_install_log_masked_index_creds", S_PIPAUTH,
  'Looking in indexes: https://[[user]]:****@pypi.example.com/simple', 'Collecting torch==2.4.1', '  Downloading torch-2.4.1-cp311-cp311-manylinux1_x86_64.whl ([[int]].4 MB)')
N("uv_lock_wheel_hashes", S_UVLOCK,
  '[[package]]', 'name = "wandb"', 'version = "0.18.[[int]]"', 'source = { registry = "https://pypi.org/simple" }',
  'wheels = [', '    { url = "https://files.pythonhosted.org/packages/[[md5]]/wandb-0.18.0-py3-none-any.whl", hash = "sha256:[[sha64]]" },')
N("conda_explicit_env_md5_urls", S_CONDAEXPL,
  '# platform: linux-64', '@EXPLICIT', 'https://conda.anaconda.org/conda-forge/linux-64/python-3.11.9-hb806964_0_cpython.conda#[[md5]]',
  'https://conda.anaconda.org/conda-forge/linux-64/numpy-1.26.4-py311h64a7726_0.conda#[[md5]]')
N("condarc_channels_public_only", S_CONDARC, 'channels:', '  - conda-forge', '  - https://conda.example.com/ml-internal', 'envs_dirs:', '  - /scratch/[[user]]/envs')
N("poetry_lock_file_hashes", S_POETRY,
  '[[package]]', 'name = "transformers"', 'version = "4.44.[[int]]"', 'files = [', '    {file = "transformers-4.44.2-py3-none-any.whl", hash = "sha256:[[sha64]]"},', ']')
N("bash_history_plain_training_cmds", S_BASH,
  'cd ~/[[proj]]', 'git checkout [[sha7]]', 'python train.py --seed [[seed]] --lr [[lr]]', 'wandb sync --sync-all', 'nvidia-smi')
N("zsh_history_export_non_secret_vars", S_ZSH,
  ': [[epoch_s]]:0;export WANDB_MODE=offline', ': [[epoch_s]]:0;export HF_HOME=/scratch/[[user]]/hf', ': [[epoch_s]]:3;wandb agent [[team]]/[[proj]]/[[sweep]]')
N("git_log_oneline_commit_shas", S_BASH,
  '[[sha7]] (HEAD -> main, origin/main) bump lr to [[lr]]', '[[sha7]] add wandb sweep for [[proj]]', '[[sha7]] fix tokenizer pad id [[vocab]]', '[[sha7]] rotate key (see vault path ml/wandb)')
N("ticket_markdown_env_block_redacted", S_GHISSUE,
  '### Environment', '', '```', 'wandb, version 0.18.[[int]]', 'WANDB_BASE_URL=https://[[host]]', 'WANDB_API_KEY=<redacted>', '```')
N("ticket_prose_about_rotating_keys", S_ZENDESK,
  'Hi [[user]], the api key you pasted on ticket #[[ticket]] has been revoked; please generate a new one at https://[[host]]/authorize',
  'and set it via WANDB_API_KEY in your job env (not in the notebook). Run id [[runid]] synced fine.')
N("aws_credentials_profile_sso_no_keys", S_AWSCRED,
  '[profile [[team]]]', 'sso_session = corp', 'sso_account_id = [[acct]]', 'sso_role_name = MLEngineer', 'region = [[region]]')
N("gcs_service_account_json_public_fields", S_GCSA,
  '  "client_email": "trainer@[[gproj]].iam.gserviceaccount.com",', '  "client_id": "[[jobid]][[jobid]]",',
  '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",', '  "token_uri": "https://oauth2.googleapis.com/token",')
N("nvidia_smi_gpu_uuids_table", S_NVSMI,
  'GPU 0: NVIDIA A100-SXM4-80GB (UUID: GPU-[[uuidp]])', 'GPU 1: NVIDIA A100-SXM4-80GB (UUID: GPU-[[uuidp]])', '# node [[node]]')
N("dataset_checksum_sha256sum_output", S_BASH,
  '[[sha64]]  data/train-00000-of-000[[int]].parquet', '[[sha64]]  data/validation-00000-of-00001.parquet', '[[md5]]  data/labels.csv')
N("docker_image_digest_pull_output", S_WBDOCKER,
  '[[sha7]]: Pull complete', 'Digest: sha256:[[sha64]]', 'Status: Downloaded newer image for [[ip]]:5000/[[proj]]:[[sha7]]')
N("k8s_secret_metadata_no_data", S_PTJOB,
  'apiVersion: v1', 'kind: Secret', 'metadata:', '  name: wandb-key', '  namespace: [[team]]', '  uid: [[uuidp]]', 'type: Opaque')
N("dotenv_example_file_empty_values", S_DOTENV, '# .env.example for [[proj]]', 'WANDB_API_KEY=', 'OPENAI_API_KEY=', 'HF_HOME=/data/hf')
N("clearml_conf_credentials_env_refs", "https://clear.ml/docs/latest/docs/configs/clearml_conf/",
  'api {', '    web_server: https://clearml.example.com', '    credentials {"access_key": ${CLEARML_API_ACCESS_KEY}, "secret_key": ${CLEARML_API_SECRET_KEY}}', '}', '# [[runid]]')
N("git_config_insteadof_ssh_no_token", S_GITCRED, '[url "git@gitlab.example.com:"]', '	insteadOf = https://gitlab.example.com/', '[user]', '	name = [[user]]')
N("ipython_history_magic_plain", S_IPYHIST, '%history -n [[int]]-[[int]]', '  [[int]]: import wandb', '  [[int]]: wandb.init(project="[[proj]]", id="[[runid]]")', '  [[int]]: run.finish()')
N("ssh_public_key_authorized_keys_line", S_BASH, 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI[[b64md5]][[b64md5]] [[user]]@[[node]]')

# Kind judgement (heuristic: difflib ratio < 0.6 to every used name, < 60 % token overlap,
# and no used name starting with the same first two tokens). Not used for output.
NEW_KIND_POS = ['ipynb_os_environ_setitem_openai_and_wandb', 'ipynb_bash_cellmagic_export_aws_secret', 'ipynb_error_output_traceback_ansi_wandb_key', 'ipynb_stream_output_pip_vcs_clone_echo', 'ipynb_s3fs_storage_options_dict_in_source', 'ipynb_gcp_sa_dict_literal_private_key_row', 'ipynb_display_data_html_table_config_token', 'ipynb_kaggle_json_written_from_cell', 'ipynb_colab_userdata_fallback_literal', 'ipynb_mlflow_env_in_cell_source', 'ipynb_checkpoint_copy_env_magic_crlf', 'ipykernel_runtime_connection_json_signing_key', 'jupyter_slurm_tunnel_job_out_token', 'jupyterhub_config_cookie_secret_hex_and_proxy_token', 'jupyterhub_log_spawner_env_api_token_debug', 'slurm_prolog_epilog_log_env_line', 'torchrun_cmdline_hub_token_arg_in_log', 'torchrun_worker_failure_record_args', 'deepspeed_env_file_dotdeepspeed_env', 'ray_dashboard_job_driver_log_env_print', 'pytorchjob_master_replica_env_literal', 'kfp_compiled_pipeline_yaml_env_value', 'sagemaker_container_sm_hps_env_line', 'sagemaker_training_toolkit_invoking_cmd', 'vertex_custom_job_describe_yaml_env', 'databricks_cluster_json_spark_env_vars', 'databricks_cluster_spark_conf_adls_account_key', 'databricks_notebook_export_py_hardcoded_key', 'databricks_mlflow_env_host_token_export', 'hf_transformers_from_pretrained_use_auth_token', 'poetry_env_pypi_token_export', 'ipython_history_magic_output_numbered', 'slack_paste_triple_backtick_hf_login', 'dotenv_project_file_multiple_keys']
NEW_KIND_NEG = ['ipynb_image_png_output_base64_blob', 'ipynb_getpass_cell_reads_key_interactively', 'jupyterhub_log_user_server_ready', 'sacct_submitline_plain_args', 'slurm_env_rendezvous_vars', 'torchrun_failure_record_plain_cmd', 'deepspeed_config_json_wandb_block_no_key', 'databricks_notebook_redacted_secret_output', 'mlflow_env_username_only', 'hf_cli_whoami_output', 'hf_cache_snapshot_paths_commit_shas', 'training_args_print_masked_hub_token', 'lightning_seed_everything_and_gpu_info', 'uv_lock_wheel_hashes']

SOURCES = {name: src for name, src, _ in POS + NEG}


def build():
    seen_secrets = set()
    pos_out = []
    for name, _src, tmpl in POS:
        for _ in range(3):
            for attempt in range(200):
                ctx = Ctx()
                lines = render(tmpl, ctx)
                secrets = []
                for k in ctx.order:
                    v = ctx.secrets[k]
                    if v not in secrets:
                        secrets.append(v)
                if not secrets or any(len(s) < 8 or s in seen_secrets for s in secrets):
                    continue
                if not all(any(s in ln for ln in lines) for s in secrets):
                    continue
                if not six_ok(lines, secrets):
                    continue
                break
            else:
                raise SystemExit("cannot draw " + name)
            seen_secrets.update(secrets)
            pos_out.append({"shape": name, "lines": lines, "secrets": secrets})
    neg_out = []
    seen_neg = set()
    for name, _src, tmpl in NEG:
        for _ in range(5):
            for attempt in range(200):
                ctx = Ctx()
                lines = render(tmpl, ctx)
                assert not ctx.order, name
                key = json.dumps(lines, ensure_ascii=False)
                if key in seen_neg:
                    continue
                break
            else:
                raise SystemExit("cannot draw distinct " + name)
            seen_neg.add(key)
            neg_out.append({"shape": name, "lines": lines})
    return pos_out, neg_out


def main():
    names = [n for n, _, _ in POS + NEG]
    assert len(names) == len(set(names)), "duplicate shape name"
    pos_out, neg_out = build()
    for fn, rows in (("positives.jsonl", pos_out), ("negatives.jsonl", neg_out)):
        with open(os.path.join(HERE, fn), "w", encoding="utf-8", newline="\n") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
