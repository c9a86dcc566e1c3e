#!/usr/bin/env python3
"""holdout20 generator: seeded, stdlib only. Writes positives.jsonl and negatives.jsonl."""
import base64, hashlib, json, os, random, string, uuid, datetime

SEED = 2020_4412
R = random.Random(SEED)
AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
HX = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"
PWA = AN + "-_.!~+*"
USED = set()

def s(al, n): return "".join(R.choice(al) for _ in range(n))
def an(n=24): return s(AN, n)
def lo(n=12): return s(LO, n)
def hx(n=32): return s(HX, n)
def b64(n=40): return s(B64, n)
def b64u(n=43): return s(B64U, n)
def pw(n=None):
    n = n or R.randint(12, 20)
    return R.choice(AN) + s(PWA, n - 2) + R.choice(AN)
def wk(): return hx(40)
def hft(): return "hf_" + s(string.ascii_letters, 34)
def ghp(): return "ghp_" + an(36)
def uid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def pick(*a): return R.choice(a)
def user(): return pick("alice", "bkowalski", "mlops", "svc-train", "deploy", "jdoe", "ci-bot", "rnakamura", "admin", "etl")
def host(): return pick("db.example.internal", "pg.example.com", "10.20.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), "mysql.ml.example.org", "postgres.data.svc.cluster.local", "redis.example.net")
def proj(): return pick("llm-finetune", "vision-v3", "rec-sys", "asr-base", "ranker", "dpo-exp")
_T = [None]
def t0():
    _T[0] = datetime.datetime(2023, 1, 1) + datetime.timedelta(seconds=R.randint(0, 3 * 365 * 86400))
def tk():
    _T[0] += datetime.timedelta(seconds=R.randint(1, 3), milliseconds=R.randint(0, 999))
    return _T[0]
def iso(): return tk().strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (_T[0].microsecond // 1000)
def sp(): return tk().strftime("%Y-%m-%d %H:%M:%S")
def epoch(): return tk().replace(tzinfo=datetime.timezone.utc).timestamp()
def jwt_parts(claims):
    h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').rstrip(b"=").decode()
    p = base64.urlsafe_b64encode(json.dumps(claims, separators=(",", ":")).encode()).rstrip(b"=").decode()
    return h, p, b64u(43)
def basic(u, p):
    while len(u + ":") % 3: u += str(R.randint(0, 9))
    enc = base64.b64encode((u + ":" + p).encode()).decode()
    return u, enc, enc[len(u + ":") // 3 * 4:].rstrip("=")
def J(o): return json.dumps(o, ensure_ascii=False)
def JC(o): return json.dumps(o, ensure_ascii=False, separators=(",", ":"))

POS, NEG = [], []
def P(name, new=True):
    def d(f): POS.append((name, new, f)); return f
    return d
def N(name):
    def d(f): NEG.append((name, f)); return f
    return d

# ---------------------------------------------------------------- positives: ML side
@P("lightning_logs_hparams_yaml_datamodule_db_uri")
def _(g):
    p = pw(); u = user()
    return [f"# lightning_logs/version_{R.randint(0,40)}/hparams.yaml", "batch_size: 64", f"data_root: /mnt/datasets/{proj()}",
            f"db_uri: postgresql+psycopg2://{u}:{p}@{host()}:5432/features", "lr: 0.0003", "num_workers: 8", "warmup_steps: 500"], [p]

@P("lightning_cli_saved_config_mlflow_logger_tracking_uri_userinfo")
def _(g):
    p = pw()
    return ["# config.yaml written by LightningCLI (SaveConfigCallback)", "seed_everything: 1234", "trainer:", "  accelerator: gpu", "  devices: 4",
            "  logger:", "    class_path: lightning.pytorch.loggers.MLFlowLogger", "    init_args:", f"      experiment_name: {proj()}",
            f"      tracking_uri: https://{user()}:{p}@mlflow.example.com", "      log_model: false"], [p]

@P("transformers_training_arguments_repr_hub_token_field")
def _(g):
    t = hft()
    return ["TrainingArguments(", "_n_gpu=1,", "adafactor=False,", "bf16=True,", f"hub_model_id={proj()}-sft,", "hub_private_repo=True,",
            "hub_strategy=every_save,", f"hub_token={t},", "learning_rate=2e-05,", "logging_steps=10,", "report_to=['wandb'],"], [t[3:]]

@P("huggingface_cli_login_token_flag_with_git_credential_output", new=False)
def _(g):
    t = hft()
    return [f"$ huggingface-cli login --token {t} --add-to-git-credential", "Token is valid (permission: write).",
            "Your token has been saved in your configured git credential helpers (store).", "Your token has been saved to /root/.cache/huggingface/token", "Login successful"], [t[3:]]

@P("cat_hf_cache_token_file_bare_value_glued_prompt")
def _(g):
    t = hft(); h = lo(8)
    return [f"root@{h}:/workspace# cat ~/.cache/huggingface/token", f"{t}root@{h}:/workspace# ls ~/.cache/huggingface", "hub  stored_tokens  token"], [t[3:]]

@P("git_credentials_store_huggingface_co_line")
def _(g):
    t = hft(); u = user(); gl = an(20)
    return ["$ cat ~/.git-credentials", f"https://{u}:{t}@huggingface.co", f"https://oauth2:{gl}@gitlab.example.com"], [t[3:], gl]

@P("python_traceback_source_line_load_dataset_token_kwarg")
def _(g):
    t = hft()
    return ["Traceback (most recent call last):", '  File "/workspace/prep.py", line 18, in <module>',
            f'    ds = load_dataset("{proj()}/private-corpus", split="train", token="{t}")',
            '  File "/usr/local/lib/python3.11/site-packages/datasets/load.py", line 2129, in load_dataset',
            "    builder_instance = load_dataset_builder(", "datasets.exceptions.DatasetNotFoundError: Dataset 'x' doesn't exist on the Hub or cannot be accessed."], [t[3:]]

@P("hydra_run_dir_config_yaml_nested_db_password")
def _(g):
    p = pw()
    return ["# outputs/2024-05-02/11-03-17/.hydra/config.yaml", "model:", "  name: resnet50", "  pretrained: true", "db:", "  driver: postgresql",
            f"  host: {host()}", f"  user: {user()}", f"  password: {p}", "  port: 5432"], [p]

@P("hydra_overrides_yaml_list_plus_prefixed_api_key")
def _(g):
    k = wk(); p = pw()
    return ["# .hydra/overrides.yaml", "- trainer.max_epochs=20", "- optimizer=adamw", f"- +logger.wandb.api_key={k}", f"- +storage.s3.secret_key={p}"], [k, p]

@P("hydra_yaml_job_override_dirname_comma_joined")
def _(g):
    p = pw()
    return ["# .hydra/hydra.yaml", "  job:", "    name: train", "    chdir: null", f"    override_dirname: db.password={p},trainer.devices=8", "    id: ???", "    num: ???"], [p]

@P("omegaconf_to_yaml_resolve_true_printed_block")
def _(g):
    a = an(40)
    return [f"[{sp()},{R.randint(100,999)}][__main__][INFO] - Resolved config:", "experiment:", f"  name: {proj()}", "storage:",
            "  endpoint_url: https://s3.example.com", f"  access_key_id: AKIA{s(string.ascii_uppercase + string.digits,16)}", f"  secret_access_key: {a}"], [a]

@P("hydra_multirun_launcher_job_override_log_line")
def _(g):
    t = an(32)
    return [f"[{sp()},{R.randint(100,999)}][HYDRA] Launching 2 jobs locally",
            f"[{sp()},{R.randint(100,999)}][HYDRA] \t#0 : optimizer.lr=0.001 +creds.api_token={t}",
            f"[{sp()},{R.randint(100,999)}][HYDRA] \t#1 : optimizer.lr=0.0003 +creds.api_token={t}"], [t]

@P("ray_job_list_jobdetails_repr_runtime_env_env_vars", new=False)
def _(g):
    t = hft(); k = wk()
    return [f"[JobDetails(type=<JobType.SUBMISSION: 'SUBMISSION'>, job_id='{R.randint(1,99):02d}000000', submission_id='raysubmit_{an(16)}', driver_info=None, status=<JobStatus.RUNNING: 'RUNNING'>, entrypoint='python train.py', message='Job is currently running.', error_type=None, start_time={int(epoch()*1000)}, end_time=None, metadata={{}}, runtime_env={{'env_vars': {{'HF_TOKEN': '{t}', 'WANDB_API_KEY': '{k}'}}, 'working_dir': 'gcs://_ray_pkg_{hx(16)}.zip'}}, driver_agent_http_address='http://10.0.0.5:52365', driver_node_id='{hx(56)}')]"], [t[3:], k]

@P("ray_cluster_yaml_initialization_commands_docker_login_p")
def _(g):
    p = pw()
    return ["cluster_name: gpu-train", "docker:", "  image: registry.example.com/ml/train:2.3", "  container_name: ray_container", "initialization_commands:",
            f"  - docker login registry.example.com -u {user()} -p {p}", "setup_commands:", "  - pip install -U wandb"], [p]

@P("ray_runtime_env_agent_log_creating_env_json")
def _(g):
    k = wk()
    return [f"{sp()},{R.randint(100,999)}\tINFO runtime_env_agent.py:{R.randint(300,500)} -- Creating runtime env: {{\"env_vars\": {{\"WANDB_API_KEY\": \"{k}\", \"OMP_NUM_THREADS\": \"4\"}}, \"pip\": {{\"packages\": [\"wandb\"]}}}} with timeout 600 seconds.",
            f"{sp()},{R.randint(100,999)}\tINFO runtime_env_agent.py:{R.randint(300,500)} -- Successfully created runtime env"], [k]

@P("slurm_sbatch_script_header_export_lines", new=False)
def _(g):
    k = wk(); t = hft()
    return ["#!/bin/bash", f"#SBATCH --job-name={proj()}", "#SBATCH --nodes=2", "#SBATCH --gres=gpu:8", "#SBATCH --time=48:00:00", "module load cuda/12.1",
            f"export WANDB_API_KEY={k}", f'export HF_TOKEN="{t}"', "srun python train.py"], [k, t[3:]]

@P("slurm_scontrol_show_job_command_field_cli_token")
def _(g):
    t = hft(); j = R.randint(100000, 999999)
    return [f"JobId={j} JobName=finetune", f"   UserId={user()}(1001) GroupId=ml(1001) MCS_label=N/A", "   JobState=RUNNING Reason=None Dependency=(null)",
            f"   Command=/home/ml/run.sh --hf-token {t} --epochs 3", f"   WorkDir=/home/ml", f"   StdOut=/home/ml/slurm-{j}.out"], [t[3:]]

@P("slurm_sacct_submitline_export_mlflow_password")
def _(g):
    p = pw()
    return ["$ sacct -j 4411 -o JobID,SubmitLine%120", "JobID                                                                                                                 SubmitLine ",
            "------------ ------------------------------------------------------------------------------------------------------------------------ ",
            f"4411         sbatch --export=ALL,MLFLOW_TRACKING_USERNAME=ml,MLFLOW_TRACKING_PASSWORD={p} train.sbatch "], [p]

@P("slurm_out_file_env_sort_dump_aws_secret")
def _(g):
    a = an(40)
    return ["SLURM_CPUS_ON_NODE=32", f"SLURM_JOB_ID={R.randint(10000,99999)}", "SLURM_JOB_NAME=eval", "SLURM_NODELIST=gpu[01-02]",
            f"AWS_ACCESS_KEY_ID=AKIA{s(string.ascii_uppercase + string.digits,16)}", f"AWS_SECRET_ACCESS_KEY={a}", "CUDA_VISIBLE_DEVICES=0,1,2,3"], [a]

@P("deepspeed_runner_pdsh_export_env_cmd")
def _(g):
    k = wk()
    return [f"[{sp()},{R.randint(100,999)}] [INFO] [multinode_runner.py:80:get_cmd] Running on the following workers: gpu01,gpu02",
            f"[{sp()},{R.randint(100,999)}] [INFO] [runner.py:568:main] cmd = pdsh -S -f 1024 -w gpu01,gpu02 export PYTHONPATH=/workspace; export WANDB_API_KEY={k}; export NCCL_IB_DISABLE=0;  cd /workspace; /usr/bin/python -u -m deepspeed.launcher.launch --world_info=eyJncHUwMSI6IFswXX0= --node_rank=%n train.py"], [k]

@P("kfp_v2_ir_yaml_executor_container_env_literal")
def _(g):
    k = wk()
    return ["deploymentSpec:", "  executors:", "    exec-train:", "      container:", "        image: registry.example.com/train:1.4", "        env:",
            "        - name: WANDB_API_KEY", f"          value: {k}", "        - name: WANDB_PROJECT", f"          value: {proj()}"], [k]

@P("katib_experiment_trial_spec_env_value")
def _(g):
    p = pw()
    return ["apiVersion: kubeflow.org/v1beta1", "kind: Experiment", "spec:", "  trialTemplate:", "    trialSpec:", "      apiVersion: batch/v1", "      kind: Job",
            "      spec:", "        template:", "          spec:", "            containers:", f"            - env: [{{name: DB_PASSWORD, value: \"{p}\"}}]"], [p]

@P("kfp_launcher_v2_executor_input_escaped_json_param")
def _(g):
    p = pw()
    inner = JC({"inputs": {"parameterValues": {"db_password": p, "epochs": 3}}, "outputs": {"outputFile": "/tmp/kfp_outputs/output_metadata.json"}})
    return [f"I{tk().strftime('%m%d %H:%M:%S')}.{R.randint(100000,999999)}      26 launcher_v2.go:152] executor input: {J(inner)[1:-1]}"], [p]

@P("airflow_conn_env_var_uri_export")
def _(g):
    p = pw()
    return [f"export AIRFLOW_CONN_WAREHOUSE='postgresql://{user()}:{p}@{host()}:5432/dwh?sslmode=require'", "export AIRFLOW__CORE__LOAD_EXAMPLES=False"], [p]

@P("airflow_task_log_subprocess_running_command_bearer")
def _(g):
    t = an(40)
    return [f"[{sp()},{R.randint(100,999)}] {{subprocess.py:63}} INFO - Tmp dir root location: /tmp",
            f"[{sp()},{R.randint(100,999)}] {{subprocess.py:75}} INFO - Running command: ['/usr/bin/bash', '-c', 'curl -sf -H \"Authorization: Bearer {t}\" https://api.example.com/export']",
            f"[{sp()},{R.randint(100,999)}] {{subprocess.py:86}} INFO - Output:"], [t]

@P("airflow_cfg_core_fernet_key_webserver_secret_key")
def _(g):
    f = b64u(43) + "="; w = an(32)
    return ["[core]", "executor = CeleryExecutor", f"fernet_key = {f}", "", "[webserver]", "base_url = https://airflow.example.com", f"secret_key = {w}"], [f[:-1], w]

@P("airflow_connections_export_stdout_json_password", new=False)
def _(g):
    p = pw()
    return ["$ airflow connections export - --file-format json", "{", '    "s3_default": {', '        "conn_type": "aws",', f'        "login": "{user()}",', f'        "password": "{p}",', '        "extra": "{\\"region_name\\": \\"us-east-1\\"}"', "    }", "}"], [p]

@P("airflow_dags_trigger_conf_dagrun_repr")
def _(g):
    t = an(28)
    return [f"$ airflow dags trigger retrain -c '{{\"api_token\": \"{t}\"}}'",
            f"Created <DagRun retrain @ {tk().isoformat()}+00:00: manual__{_T[0].isoformat()}+00:00, state:queued, queued_at: {_T[0].isoformat()}+00:00. externally triggered: True>",
            f"conf={{'api_token': '{t}'}}"], [t]

@P("dagster_yaml_run_storage_postgres_literal_password")
def _(g):
    p = pw()
    return ["run_storage:", "  module: dagster_postgres.run_storage", "  class: PostgresRunStorage", "  config:", "    postgres_db:",
            f"      username: {user()}", f"      password: {p}", f"      hostname: {host()}", "      db_name: dagster", "      port: 5432"], [p]

@P("dagster_launchpad_run_config_resources_password")
def _(g):
    p = pw()
    return ["resources:", "  warehouse:", "    config:", "      account: xy12345.eu-central-1", f"      user: {user()}", f"      password: \"{p}\"", "ops:", "  load_features:", "    config: {limit: 1000}"], [p]

@P("prefect_profiles_toml_api_key_pnu")
def _(g):
    k = an(36)
    return ["active = \"cloud\"", "", "[profiles.cloud]", f"PREFECT_API_KEY = \"pnu_{k}\"", f"PREFECT_API_URL = \"https://api.prefect.cloud/api/accounts/{uid()}/workspaces/{uid()}\""], [k]

@P("prefect_flow_run_logger_parameters_dict")
def _(g):
    p = pw(); fr = pick("amber", "cobalt", "witty", "brisk") + "-" + pick("lynx", "heron", "otter", "finch")
    return [f"{tk().strftime('%H:%M:%S')}.{R.randint(100,999)} | INFO    | prefect.engine - Created flow run '{fr}' for flow 'nightly-etl'",
            f"{tk().strftime('%H:%M:%S')}.{R.randint(100,999)} | INFO    | Flow run '{fr}' - Parameters: {{'source_dsn': 'mysql://{user()}:{p}@{host()}/prod', 'limit': 5000}}"], [p]

@P("mlflow_tracking_env_prefix_command_line")
def _(g):
    p = pw()
    return [f"$ MLFLOW_TRACKING_URI=https://mlflow.example.com MLFLOW_TRACKING_USERNAME={user()} MLFLOW_TRACKING_PASSWORD='{p}' mlflow run . -e train",
            "2024/05/02 11:03:17 INFO mlflow.projects.utils: === Created directory /tmp/tmpa1b2 for downloading remote URIs passed to arguments of type 'path' ==="], [p]

@P("mlflow_basic_auth_ini_admin_password")
def _(g):
    p = pw()
    return ["[mlflow]", "default_permission = READ", "database_uri = sqlite:///basic_auth.db", f"admin_username = {user()}", f"admin_password = {p}", "authorization_function = mlflow.server.auth:authenticate_request_basic_auth"], [p]

@P("mlflow_runs_describe_json_params_block")
def _(g):
    p = pw()
    return ['    "params": {', '      "batch_size": "32",', f'      "db_password": "{p}",', '      "lr": "0.001"', "    },", f'    "run_id": "{hx(32)}",'], [p]

@P("dvc_config_local_webdav_custom_auth_token", new=False)
def _(g):
    t = an(40)
    return ["['remote \"nas\"']", "    url = webdavs://nas.example.com/remote.php/dav/files/ml", "    custom_auth_header = X-Auth", f"    password = {t}"], [t]

@P("dvc_push_verbose_log_http_remote_url_userinfo")
def _(g):
    p = pw()
    return [f"{sp()},{R.randint(100,999)} DEBUG: Preparing to transfer data from '/repo/.dvc/cache/files/md5' to 'https://{user()}:{p}@dvc.example.com/store'",
            f"{sp()},{R.randint(100,999)} DEBUG: Preparing to collect status from 'https://dvc.example.com/store'"], [p]

@P("papermill_injected_parameters_cell_source_escaped")
def _(g):
    k = an(32)
    return ["  {", '   "cell_type": "code",', '   "metadata": {"tags": ["injected-parameters"]},', '   "source": [', '    "# Parameters\\n",',
            f'    "api_key = \\"{k}\\"\\n",', '    "epochs = 5\\n"', "   ]", "  },"], [k]

@P("papermill_cli_p_flag_parameter_value")
def _(g):
    p = pw()
    return [f"$ papermill train.ipynb out/train-run.ipynb -p db_password '{p}' -p epochs 5 -k python3", "Input Notebook:  train.ipynb", "Output Notebook: out/train-run.ipynb",
            "Executing:   0%|          | 0/12 [00:00<?, ?cell/s]"], [p]

@P("ipynb_set_env_magic_source_and_stream_output")
def _(g):
    k = wk()
    return ['   "source": [', f'    "%set_env WANDB_API_KEY={k}"', "   ],", '   "outputs": [{"name": "stdout", "output_type": "stream", "text": [', f'     "env: WANDB_API_KEY={k}\\n"', "   ]}]"], [k]

@P("ipynb_output_pandas_dataframe_text_plain_password_column")
def _(g):
    a, b = pw(14), pw(14)
    return ['     "data": {', '      "text/plain": [', '       "      user        host    password\\n",', f'       "0  {user():>8}  db01  {a}\\n",',
            f'       "1  {user():>8}  db02  {b}"', "      ]"], [a, b]

@P("ipynb_execute_result_dict_repr_token")
def _(g):
    t = an(36)
    return ['   "outputs": [{', '     "data": {"text/plain": [', f'       "{{\'user\': \'{user()}\', \'token\': \'{t}\', \'expires\': 3600}}"', "     ]},", '     "execution_count": 7,', '     "output_type": "execute_result"}]'], [t]

@P("ipynb_source_json_loads_double_escaped_secret")
def _(g):
    p = pw()
    return ['   "source": [', f'    "creds = json.loads(\'{{\\\\\\"client_secret\\\\\\": \\\\\\"{p}\\\\\\"}}\')\\n",', '    "client = Client(**creds)"', "   ]"], [p]

@P("vscode_launch_json_configuration_env_map_with_comments")
def _(g):
    k = wk(); p = pw()
    return ["{", "    // Use IntelliSense to learn about possible attributes.", '    "version": "0.2.0",', '    "configurations": [{', '        "name": "Python: train",',
            '        "type": "debugpy",', '        "program": "${workspaceFolder}/train.py",', f'        "env": {{"WANDB_API_KEY": "{k}", "PGPASSWORD": "{p}"}},', "    }]", "}"], [k, p]

@P("vscode_launch_json_args_array_password_flag")
def _(g):
    p = pw()
    return ['            "args": [', '                "--host", "10.1.2.3",', f'                "--password", "{p}",', '                "--epochs", "3"', "            ],"], [p]

@P("devcontainer_json_container_env_github_token")
def _(g):
    t = ghp()
    return ["{", '  "name": "ML dev",', '  "image": "mcr.microsoft.com/devcontainers/python:3.11",', f'  "containerEnv": {{ "GITHUB_TOKEN": "{t}" }},', '  "postCreateCommand": "pip install -r requirements.txt"', "}"], [t[4:]]

@P("devcontainer_json_run_args_env_flag_pair")
def _(g):
    t = hft()
    return ['  "runArgs": [', '    "--gpus", "all",', f'    "--env", "HF_TOKEN={t}",', '    "--shm-size", "16g"', "  ],"], [t[3:]]

@P("ci_echo_pip_install_extra_index_token_then_pip_masked", new=False)
def _(g):
    t = an(44)
    return [f"+ pip install --extra-index-url https://__token__:{t}@pkgs.example.com/simple -r requirements.txt",
            "Looking in indexes: https://pypi.org/simple, https://__token__:****@pkgs.example.com/simple", "Collecting torch==2.3.0"], [t]

@P("pip_conf_index_url_codeartifact_aws_token", new=False)
def _(g):
    t = "eyJ2ZXIiOjEsImlzdSI6" + b64(180)
    t = t.replace("+", "A").replace("/", "B")
    return ["[global]", f"index-url = https://aws:{t}@ml-{R.randint(100000000000,999999999999)}.d.codeartifact.us-east-1.amazonaws.com/pypi/ml/simple/"], [t[20:]]

@P("pip_config_list_single_quoted_global_index_url")
def _(g):
    p = pw()
    return ["$ pip config list", f"global.index-url='https://{user()}:{p}@nexus.example.com/repository/pypi/simple'", "global.timeout='60'"], [p]

@P("conda_config_show_channel_alias_userinfo")
def _(g):
    p = pw()
    return ["$ conda config --show channel_alias custom_channels", f"channel_alias: https://{user()}:{p}@conda.example.com", "custom_channels: {}"], [p]

@P("poetry_config_http_basic_history_and_env", new=False)
def _(g):
    p = pw(); q = pw()
    return [f"  512  poetry config http-basic.private {user()} {p}", f"  513  export POETRY_HTTP_BASIC_PRIVATE_PASSWORD={q}"], [p, q]

@P("uv_index_url_env_in_dockerfile_arg_default")
def _(g):
    p = pw()
    return ["FROM python:3.11-slim", f"ARG UV_INDEX_URL=https://{user()}:{p}@pypi.example.com/simple", "RUN pip install uv && uv pip install --system -r requirements.txt"], [p]

@P("neptune_api_token_env_base64_json")
def _(g):
    js = JC({"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai", "api_key": uid()})
    tok = base64.b64encode(js.encode()).decode()
    st = js.index('"api_key":"') + len('"api_key":"')
    return [f"NEPTUNE_API_TOKEN=\"{tok}\"", "NEPTUNE_PROJECT=ml-team/" + proj()], [tok[st // 3 * 4:].rstrip("=")]

@P("clearml_conf_hocon_api_credentials")
def _(g):
    a = s(string.ascii_uppercase + string.digits, 24); b = an(50)
    return ["api {", "    web_server: https://app.clear.ml", "    api_server: https://api.clear.ml", "    credentials {", f'        "access_key" = "{a}"', f'        "secret_key"  = "{b}"', "    }", "}"], [a, b]

@P("comet_config_ini_api_key")
def _(g):
    k = an(25)
    return ["[comet]", f"api_key={k}", "workspace=ml-team", f"project_name={proj()}"], [k]

@P("optuna_create_study_storage_url_cli")
def _(g):
    p = pw(); sn = proj()
    return [f"$ optuna create-study --study-name {sn} --storage 'postgresql://{user()}:{p}@{host()}/optuna' --direction maximize",
            f"[I {sp()},{R.randint(100,999)}] A new study created in RDB with name: {sn}"], [p]

@P("gh_auth_status_show_token_flag_output")
def _(g):
    t = "gho_" + an(36)
    return ["github.com", f"  ✓ Logged in to github.com account {user()} (/home/ml/.config/gh/hosts.yml)", "  - Active account: true", "  - Git operations protocol: https",
            f"  - Token: {t}", "  - Token scopes: 'gist', 'read:org', 'repo'"], [t[4:]]

@P("requests_session_headers_dict_repr_debug_log")
def _(g):
    k = an(32)
    return [f"DEBUG:client:session headers: {{'User-Agent': 'python-requests/2.31.0', 'Accept-Encoding': 'gzip, deflate', 'Accept': '*/*', 'Connection': 'keep-alive', 'X-Api-Key': '{k}'}}"], [k]

# ---------------------------------------------------------------- Java
@P("spring_actuator_env_system_environment_value_origin_json", new=False)
def _(g):
    p = pw()
    return ['{"activeProfiles":["prod"],"propertySources":[{"name":"server.ports","properties":{"local.server.port":{"value":8080}}},{"name":"systemEnvironment","properties":{' +
            f'"SPRING_DATASOURCE_PASSWORD":{{"value":"{p}","origin":"System Environment Property \\"SPRING_DATASOURCE_PASSWORD\\""}},"JAVA_HOME":{{"value":"/opt/java/openjdk","origin":"System Environment Property \\"JAVA_HOME\\""}}}}}}]}}'], [p]

@P("spring_actuator_configprops_datasource_properties_block")
def _(g):
    p = pw()
    return ['        "spring.datasource-org.springframework.boot.autoconfigure.jdbc.DataSourceProperties": {', '          "prefix": "spring.datasource",', '          "properties": {',
            f'            "url": "jdbc:postgresql://{host()}:5432/app",', f'            "username": "{user()}",', f'            "password": "{p}",', '            "generateUniqueName": true', "          },"], [p]

@P("application_properties_jdbc_url_password_query_param", new=False)
def _(g):
    p = pw()
    return ["spring.application.name=inference-gateway", f"spring.datasource.url=jdbc:postgresql://{host()}:5432/app?user={user()}&password={p}&ssl=true", "spring.jpa.hibernate.ddl-auto=validate"], [p]

@P("logstash_logback_encoder_json_line_authorization_field")
def _(g):
    t = an(40)
    return [JC({"@timestamp": iso(), "@version": "1", "message": "Outgoing call to model registry", "logger_name": "com.example.registry.Client", "thread_name": "http-nio-8080-exec-3",
                "level": "DEBUG", "level_value": 10000, "authorization": "Bearer " + t})], [t]

@P("log4j2_ecs_layout_message_mysql_url_password", new=False)
def _(g):
    p = pw()
    return [JC({"@timestamp": iso(), "ecs.version": "1.2.0", "log.level": "INFO", "message": f"Opening pool to jdbc:mysql://{host()}:3306/app?user={user()}&password={p}", "process.thread.name": "main", "log.logger": "com.example.Db"})], [p]

@P("jdbc_oracle_thin_user_slash_password_at")
def _(g):
    p = s(AN, 14)
    return [f"db.url=jdbc:oracle:thin:{user()}/{p}@//ora.example.com:1521/ORCLPDB1", "db.pool.max=20"], [p]

@P("maven_settings_xml_server_block_multiline", new=False)
def _(g):
    p = pw()
    return ["  <servers>", "    <server>", "      <id>nexus-releases</id>", f"      <username>{user()}</username>", f"      <password>{p}</password>", "    </server>", "  </servers>"], [p]

@P("maven_settings_security_xml_master_braced")
def _(g):
    m = b64(44)
    return ["<settingsSecurity>", f"  <master>{{{m}}}</master>", "</settingsSecurity>"], [m]

@P("java_ps_cmdline_keystore_password_system_props")
def _(g):
    a, b = pw(), pw()
    return ["  PID TTY      STAT   TIME COMMAND", f"    1 ?        Ssl   12:04 java -Xmx4g -Djavax.net.ssl.keyStorePassword={a} -Dspring.datasource.password={b} -jar /app/app.jar"], [a, b]

@P("tomcat_context_xml_resource_password_attr", new=False)
def _(g):
    p = pw()
    return ['<Context>', f'  <Resource name="jdbc/FeatureStore" auth="Container" type="javax.sql.DataSource" maxTotal="20" username="{user()}" password="{p}"',
            f'            driverClassName="org.postgresql.Driver" url="jdbc:postgresql://{host()}:5432/features"/>', '</Context>'], [p]

@P("kafka_client_properties_scram_jaas_single_line", new=False)
def _(g):
    p = pw()
    return ["security.protocol=SASL_SSL", "sasl.mechanism=SCRAM-SHA-512",
            f'sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="{user()}" password="{p}";'], [p]

# ---------------------------------------------------------------- .NET
@P("appsettings_json_azure_sql_connection_string", new=False)
def _(g):
    p = pw()
    return ["{", '  "ConnectionStrings": {', f'    "Default": "Server=tcp:sql-{lo(6)}.database.windows.net,1433;Initial Catalog=app;User ID={user()};Password={p};Encrypt=True;"', "  },",
            '  "Logging": { "LogLevel": { "Default": "Information" } }', "}"], [p]

@P("appsettings_development_json_jwt_signing_key")
def _(g):
    k = an(48)
    return ['  "Jwt": {', f'    "Key": "{k}",', '    "Issuer": "https://auth.example.com",', '    "Audience": "inference-api"', "  },"], [k]

@P("serilog_clef_destructured_request_password")
def _(g):
    p = pw()
    return [JC({"@t": iso(), "@mt": "Login attempt {@Request}", "@l": "Debug", "Request": {"UserName": user(), "Password": p, "$type": "LoginRequest"}, "SourceContext": "Api.Controllers.AuthController"})], [p]

@P("nlog_json_layout_exception_connection_string", new=False)
def _(g):
    p = pw()
    return [JC({"time": iso(), "level": "ERROR", "logger": "Data.Repo", "message": "Failed to open connection",
                "exception": f"Npgsql.NpgsqlException (0x80004005): Failed to connect to 10.0.4.12:5432 ConnectionString='Host=10.0.4.12;Username={user()};Password={p};Database=app'"})], [p]

@P("dotnet_user_secrets_list_output")
def _(g):
    k = an(40); p = pw()
    return ["$ dotnet user-secrets list", f"Stripe:SecretKey = sk_test_{k}", f"Db:Password = {p}"], [k, p]

@P("launchsettings_json_environment_variables_double_underscore")
def _(g):
    p = pw()
    return ['      "environmentVariables": {', '        "ASPNETCORE_ENVIRONMENT": "Development",', f'        "ConnectionStrings__Default": "Host=localhost;Username=app;Password={p}"', "      },"], [p]

@P("web_config_appsettings_add_storage_account_key")
def _(g):
    k = b64(86) + "=="
    return ["  <appSettings>", '    <add key="StorageAccountName" value="mlartifacts" />', f'    <add key="StorageAccountKey" value="{k}" />', "  </appSettings>"], [k[:-2]]

@P("aspnet_dataprotection_keyring_xml_master_key_value")
def _(g):
    m = b64(88)
    return ['<?xml version="1.0" encoding="utf-8"?>', f'<key id="{uid()}" version="1">', "  <descriptor deserializerType=\"Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel.AuthenticatedEncryptorDescriptorDeserializer\">",
            "    <descriptor>", '      <encryption algorithm="AES_256_CBC" />', "      <masterKey p4:requiresEncryption=\"true\" xmlns:p4=\"http://schemas.asp.net/2015/03/dataProtection\">",
            "        <!-- Warning: the key below is in an unencrypted form. -->", f"        <value>{m}</value>", "      </masterKey>"], [m]

# ---------------------------------------------------------------- Node
@P("pino_json_req_headers_authorization_bearer")
def _(g):
    t = an(40)
    return [JC({"level": 30, "time": int(epoch() * 1000), "pid": R.randint(10, 99), "hostname": "api-" + lo(5), "req": {"id": R.randint(1, 999), "method": "POST", "url": "/v1/predict",
                "headers": {"host": "api.example.com", "authorization": "Bearer " + t, "content-type": "application/json"}}, "msg": "incoming request"})], [t]

@P("winston_json_meta_api_key_field")
def _(g):
    k = an(32)
    return [JC({"level": "info", "message": "calling embedding service", "service": "indexer", "apiKey": k, "timestamp": iso()})], [k]

@P("bunyan_json_config_loaded_nested_password")
def _(g):
    p = pw()
    return [JC({"name": "worker", "hostname": "worker-" + lo(5), "pid": R.randint(10, 99), "level": 20, "config": {"db": {"host": host(), "user": user(), "password": p}}, "msg": "config loaded", "time": iso(), "v": 0})], [p]

@P("npmrc_scoped_registry_underscore_password_base64", new=False)
def _(g):
    p = pw(15)
    e = base64.b64encode(p.encode()).decode()
    return ["@ml:registry=https://npm.example.com/", f"//npm.example.com/:username={user()}", f"//npm.example.com/:_password={e}", "//npm.example.com/:always-auth=true"], [e.rstrip("=")]

@P("dotenv_private_key_escaped_newlines_one_line")
def _(g):
    a, b = b64(64), b64(40)
    return [f'FIREBASE_PRIVATE_KEY="-----BEGIN PRIVATE KEY-----\\n{a}\\n{b}\\n-----END PRIVATE KEY-----\\n"', "FIREBASE_PROJECT_ID=ml-demo"], [a, b]

@P("node_console_log_process_env_object_inspect", new=False)
def _(g):
    k = an(32)
    return ["{", "  NODE_VERSION: '20.11.1',", "  HOSTNAME: 'web-7c9',", f"  STRIPE_SECRET_KEY: 'sk_live_{k}',", "  HOME: '/root',", "  PATH: '/usr/local/bin:/usr/bin'", "}"], [k]

@P("npm_debug_log_verbose_argv_authtoken_flag")
def _(g):
    t = an(36)
    return ["0 verbose cli /usr/local/bin/node /usr/local/bin/npm", "1 info using npm@10.2.4", "2 info using node@v20.11.1", f'3 verbose title npm publish', f'4 verbose argv "publish" "--//registry.npmjs.org/:_authToken=npm_{t}"'], [t]

@P("nextjs_env_local_nextauth_secret")
def _(g):
    k = b64(44)
    return ["NEXTAUTH_URL=http://localhost:3000", f"NEXTAUTH_SECRET={k}", "NEXT_PUBLIC_API_BASE=/api"], [k]

@P("pm2_ecosystem_config_js_env_production")
def _(g):
    p = pw()
    return ["module.exports = {", "  apps: [{", "    name: 'api',", "    script: 'dist/server.js',", f"    env_production: {{ NODE_ENV: 'production', DB_PASS: '{p}' }}", "  }]", "};"], [p]

# ---------------------------------------------------------------- Ruby / PHP
@P("rails_config_master_key_cat_output")
def _(g):
    k = hx(32)
    return ["$ cat config/master.key", k, "$ ls config/credentials*", "config/credentials.yml.enc"], [k]

@P("rails_log_parameters_hash_rocket_unfiltered_key")
def _(g):
    p = pw()
    return [f'Started POST "/api/sessions" for 10.0.3.4 at {sp()} +0000', "Processing by Api::SessionsController#create as JSON",
            f'  Parameters: {{"auth"=>{{"login"=>"{user()}", "pass_phrase"=>"{p}"}}}}'], [p]

@P("sidekiq_retry_set_job_json_args_webhook_secret")
def _(g):
    t = an(24); sec = an(32)
    return [JC({"retry": True, "queue": "default", "class": "WebhookDeliveryJob", "args": [f"https://hooks.example.com/services/T0/B0/{t}", sec], "jid": hx(24), "created_at": epoch(), "error_class": "Net::ReadTimeout"})], [t, sec]

@P("bundle_config_gem_source_credentials_env_style")
def _(g):
    p = hx(8) + ":" + hx(8)
    return ["---", 'BUNDLE_PATH: "vendor/bundle"', f'BUNDLE_GEMS__CONTRIBSYS__COM: "{p}"'], [p]

@P("gem_credentials_yaml_rubygems_api_key")
def _(g):
    k = hx(48)
    return ["---", f":rubygems_api_key: rubygems_{k}"], [k]

@P("laravel_env_app_key_base64_prefix")
def _(g):
    k = b64(43) + "="
    return ["APP_NAME=Dashboard", "APP_ENV=production", f"APP_KEY=base64:{k}", "APP_DEBUG=false"], [k[:-1]]

@P("php_stack_trace_pdo_construct_truncated_args", new=False)
def _(g):
    p = s(AN, 13)
    return ["[2024-05-02 11:03:17] production.ERROR: SQLSTATE[HY000] [2002] Connection refused",
            "#0 /var/www/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(65): PDOException->__construct()",
            f"#1 /var/www/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(83): PDO->__construct('mysql:host=db;p...', 'root', '{p}', Array)"], [p]

@P("wp_config_define_db_password_and_auth_salt", new=False)
def _(g):
    p = pw(); k = s(AN + "!@#$%^&*()-_[]{}<>~`+=,.;:/?|", 64).replace("'", "x").replace("\\", "y")
    return ["define( 'DB_NAME', 'wordpress' );", f"define( 'DB_USER', '{user()}' );", f"define( 'DB_PASSWORD', '{p}' );", f"define( 'AUTH_KEY',         '{k}' );"], [p, k]

@P("php_fpm_pool_conf_env_bracket_password")
def _(g):
    p = pw()
    return ["[www]", "user = www-data", "pm = dynamic", f"env[DB_HOST] = {host()}", f"env[DB_PASSWORD] = {p}", "clear_env = no"], [p]

@P("symfony_env_database_url_server_version_query")
def _(g):
    p = pw()
    return [f'DATABASE_URL="mysql://app:{p}@127.0.0.1:3306/app?serverVersion=8.0.32&charset=utf8mb4"', 'MESSENGER_TRANSPORT_DSN=doctrine://default?auto_setup=0'], [p]

# ---------------------------------------------------------------- Go / Rust
@P("zap_production_json_connecting_dsn_field", new=False)
def _(g):
    p = pw()
    return [JC({"level": "info", "ts": round(epoch(), 6), "caller": "store/db.go:42", "msg": "connecting to database", "dsn": f"postgres://{user()}:{p}@{host()}:5432/app?sslmode=disable"})], [p]

@P("zerolog_json_loaded_config_struct_redis_password")
def _(g):
    p = pw()
    return [JC({"level": "debug", "config": {"Redis": {"Addr": "redis:6379", "Password": p, "DB": 0}, "Port": 8080}, "time": iso(), "message": "loaded config"})], [p]

@P("go_printf_plus_v_struct_password_field", new=False)
def _(g):
    p = s(AN + "-_.", 16); p = "a" + p + "Z"
    return [f"{tk().strftime('%Y/%m/%d %H:%M:%S')} config: &{{Addr:redis:6379 Username:default Password:{p} DB:0 PoolSize:10}}"], [p]

@P("rust_tracing_fmt_span_fields_api_key_quoted", new=False)
def _(g):
    k = an(32)
    return [f"{iso()}  INFO request{{method=POST uri=/v1/embed api_key=\"{k}\"}}: embedder::http: started processing request",
            f"{iso()}  INFO request{{method=POST uri=/v1/embed api_key=\"{k}\"}}: embedder::http: finished processing request latency=12 ms status=200"], [k]

@P("rust_alternate_debug_settings_struct_database_url", new=False)
def _(g):
    p = pw()
    return ["Settings {", "    port: 8080,", f"    database_url: \"postgres://{user()}:{p}@{host()}/app\",", "    workers: 4,", "}"], [p]

# ---------------------------------------------------------------- adversarial layouts
@P("rich_table_heavy_box_token_cell", new=False)
def _(g):
    t = an(32)
    return ["┏━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓", "┃ Name       ┃ Value                            ┃", "┡━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┩",
            f"│ endpoint   │ https://api.example.com          │", f"│ token      │ {t} │", "└────────────┴──────────────────────────────────┘"], [t]

@P("tabulate_grid_format_password_row")
def _(g):
    p = s(AN, 16)
    return ["+-----------+------------------+", "| key       | value            |", "+===========+==================+", f"| user      | {user():<16} |", "+-----------+------------------+", f"| password  | {p} |", "+-----------+------------------+"], [p]

@P("pandas_to_markdown_pipe_table_secret_column", new=False)
def _(g):
    a, b = an(20), an(20)
    return ["|    | service   | secret               |", "|---:|:----------|:---------------------|", f"|  0 | minio     | {a} |", f"|  1 | redis     | {b} |"], [a, b]

@P("docker_json_file_log_partial_records_split_token", new=False)
def _(g):
    t = an(40); a, b = t[:20], t[20:]
    return [JC({"log": "x" * 12 + f" export TOKEN={a}", "stream": "stdout", "time": iso()}), JC({"log": f"{b} done\n", "stream": "stdout", "time": iso()})], [a, b]

@P("json_log_message_triple_escaped_password")
def _(g):
    p = pw()
    inner = J(J(J({"password": p})))
    return ['{"level":"warn","msg":' + inner + "}"], [p]

@P("urlencoded_form_body_logged_password_grant", new=False)
def _(g):
    from urllib.parse import quote
    raw = s(AN, 6) + "@" + s(AN, 6) + "#" + s(AN, 5)
    enc = quote(raw, safe="")
    return [f"DEBUG oauth body: grant_type=password&username={user()}&password={enc}&client_id=cli"], [enc]

@P("base64_env_json_blob_aligned_secret_segment")
def _(g):
    pre = '{"user":"ml","pass":"'
    p = s(AN, 18)
    blob = base64.b64encode((pre + p + '","port":5432}').encode()).decode()
    st = len(pre) // 3 * 4
    return [f"DB_CONFIG_B64={blob}"], [blob[st:st + 24]]

@P("hex_dump_password_field_debug")
def _(g):
    p = s(AN, 14)
    return [f"DEBUG auth packet: user=6d6c6f7073 password(hex)={p.encode().hex()} flags=0x0002"], [p.encode().hex()]

@P("yaml_key_thai_rahat_phan_value")
def _(g):
    p = pw()
    return ["ฐานข้อมูล:", f"  โฮสต์: {host()}", f"  ชื่อผู้ใช้: {user()}", f"  รหัสผ่าน: {p}"], [p]

@P("yaml_key_indonesian_kata_sandi_value")
def _(g):
    p = pw()
    return ["koneksi:", f"  pengguna: {user()}", f"  kata_sandi: \"{p}\""], [p]

@P("env_key_dutch_wachtwoord_line")
def _(g):
    p = pw()
    return [f"GEBRUIKERSNAAM={user()}", f"WACHTWOORD={p}"], [p]

@P("ini_key_hindi_devanagari_password", new=False)
def _(g):
    p = pw()
    return ["[डेटाबेस]", f"उपयोगकर्ता = {user()}", f"पासवर्ड = {p}"], [p]

@P("yaml_comment_previous_password_left_behind", new=False)
def _(g):
    p = pw(); q = pw()
    return ["redis:", "  host: redis.example.internal", f"  # password: {p}   # old one, rotated?", f"  password: {q}"], [p, q]

@P("toml_nbsp_around_equals_token")
def _(g):
    t = an(30)
    return ["[auth]", f"token\u00a0=\u00a0\"{t}\"", "refresh = true"], [t]

@P("ini_password_with_backslashes_and_spaces_quoted")
def _(g):
    p = s(AN, 5) + "\\" + s(AN, 4) + " " + s(AN, 5)
    return ["[smb]", f"username = CORP\\{user()}", f'password = "{p}"'], [p]

@P("python_implicit_string_concat_split_token")
def _(g):
    a, b = an(18), an(18)
    return ["API_TOKEN = (", f'    "{a}"', f'    "{b}"', ")"], [a, b]

@P("yaml_literal_block_scalar_token_value")
def _(g):
    t = an(48)
    return ["auth:", "  token: |", f"    {t}", "  type: bearer"], [t]

@P("json_unicode_escaped_key_plain_value", new=False)
def _(g):
    p = pw()
    return ['{"\\u0070\\u0061\\u0073\\u0073\\u0077\\u006f\\u0072\\u0064": "' + p + '", "user": "' + user() + '"}'], [p]

@P("curl_user_flag_glued_in_slurm_prolog")
def _(g):
    p = pw()
    return ["#!/bin/bash", "# /etc/slurm/prolog.d/10-register.sh", f"curl -fsS -u{user()}:{p} -X POST https://inventory.example.com/api/nodes/$SLURMD_NODENAME"], [p]

@P("mlflow_artifact_uri_presigned_sas_sig_param")
def _(g):
    sig = b64(43) + "="
    from urllib.parse import quote
    e = quote(sig, safe="")
    return [f"INFO mlflow.store.artifact: Uploading to https://mlart.blob.core.windows.net/mlflow/1/{hx(32)}/model.pkl?sv=2022-11-02&se=2025-01-01T00%3A00%3A00Z&sr=b&sp=cw&sig={e}"], [e.replace("%3D", "")]

@P("sqlalchemy_create_engine_echo_url_repr_password")
def _(g):
    p = pw()
    return ["Traceback (most recent call last):", f"sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server failed", f"(Background on this error at: https://sqlalche.me/e/20/e3q8)",
            f"engine = create_engine('postgresql://{user()}:{p}@{host()}/features', echo=True)"], [p]

@P("torch_distributed_env_print_master_addr_and_token")
def _(g):
    k = wk()
    return ["rank0: environ: {'MASTER_ADDR': '10.0.0.1', 'MASTER_PORT': '29500', 'WORLD_SIZE': '16', 'RANK': '0',", f"rank0:  'WANDB_API_KEY': '{k}', 'LOCAL_RANK': '0'}}"], [k]

@P("accelerate_launch_env_prefix_hub_token_in_job_log")
def _(g):
    t = hft()
    return [f"+ HUGGING_FACE_HUB_TOKEN={t} accelerate launch --num_processes 8 --mixed_precision bf16 train.py",
            "The following values were not passed to `accelerate launch` and had defaults used instead:", "\t`--num_machines` was set to a value of `1`"], [t[3:]]

@P("datasets_download_config_repr_token_field")
def _(g):
    t = hft()
    return [f"DownloadConfig(cache_dir=None, force_download=False, resume_download=False, local_files_only=False, proxies=None, user_agent=None, extract_compressed_file=False, force_extract=False, delete_extracted=False, use_etag=True, num_proc=None, max_retries=1, token='{t}', storage_options={{'hf': {{'token': '{t}', 'endpoint': 'https://huggingface.co'}}}}, download_desc=None)"], [t[3:]]

@P("wandb_sweep_yaml_command_args_with_db_url")
def _(g):
    p = pw()
    return ["program: train.py", "method: bayes", "command:", "  - ${env}", "  - python", "  - ${program}", f"  - --db-url=postgresql://{user()}:{p}@{host()}/runs", "  - ${args}"], [p]

@P("jupyter_server_log_redirect_url_token_query_hex48")
def _(g):
    t = hx(48)
    return [f"[I {sp()}.{R.randint(100,999)} ServerApp] 302 GET /lab?token={t} (@10.0.0.8) 1.23ms", f"[I {sp()}.{R.randint(100,999)} ServerApp] 200 GET /api/kernelspecs (@10.0.0.8) 3.01ms"], [t]

@P("ssh_config_ml_cluster_proxycommand_sshpass", new=False)
def _(g):
    p = pw()
    return ["Host gpu-*", "    User ml", f"    ProxyCommand sshpass -p '{p}' ssh -W %h:%p bastion.example.com"], [p]

@P("mlflow_gateway_config_yaml_openai_key_literal")
def _(g):
    k = an(48)
    return ["endpoints:", "  - name: chat", "    endpoint_type: llm/v1/chat", "    model:", "      provider: openai", "      name: gpt-4o-mini", "      config:", f"        openai_api_key: sk-{k}"], [k]

@P("langchain_verbose_openai_client_kwargs_repr")
def _(g):
    k = an(40)
    return [f"ChatOpenAI(client=<openai.resources.chat.completions.Completions object at 0x7f{hx(10)}>, model_name='gpt-4o', temperature=0.0, openai_api_key=SecretStr('**********'), openai_proxy='http://{user()}:{k}@proxy.example.com:3128')"], [k]

@P("triton_model_repository_s3_credentials_json")
def _(g):
    a = an(40)
    return ["{", '  "s3": {', '    "": {', f'      "secret_key": "{a}",', f'      "key_id": "AKIA{s(string.ascii_uppercase + string.digits,16)}",', '      "region": "us-east-1"', "    }", "  }", "}"], [a]

@P("label_studio_env_ml_backend_legacy_token_flag")
def _(g):
    t = hx(40)
    return [f"$ label-studio-ml start ./backend --port 9090 -e LABEL_STUDIO_API_KEY={t}", " * Serving Flask app 'label_studio_ml.api'"], [t]

@P("tensorboard_launch_gcs_hmac_env_in_notebook_output")
def _(g):
    a = b64(40)
    return ['     "text": [', f'      "GCS_HMAC_SECRET={a}\\n",', '      "TensorBoard 2.16.2 at http://localhost:6006/ (Press CTRL+C to quit)\\n"', "     ]"], [a]

@P("kedro_credentials_yml_dataset_creds")
def _(g):
    p = pw(); sk = an(40)
    return ["# conf/local/credentials.yml", "dev_s3:", f"  key: AKIA{s(string.ascii_uppercase + string.digits,16)}", f"  secret: {sk}", "db_credentials:", f"  con: postgresql://{user()}:{p}@{host()}/kedro"], [sk, p]

@P("metaflow_config_json_service_auth_key")
def _(g):
    k = an(40)
    return ["{", '    "METAFLOW_DEFAULT_METADATA": "service",', '    "METAFLOW_SERVICE_URL": "https://metaflow.example.com/api",', f'    "METAFLOW_SERVICE_AUTH_KEY": "{k}"', "}"], [k]

@P("bentoml_configuration_yaml_api_token_literal")
def _(g):
    t = an(36)
    return ["api_server:", "  http:", "    port: 3000", "  authentication:", f"    token: {t}"], [t]

@P("zenml_connect_cli_password_flag_history")
def _(g):
    p = pw()
    return [f" 1021  zenml connect --url https://zenml.example.com --username {user()} --password '{p}'", " 1022  zenml stack list"], [p]

@P("spark_submit_conf_s3a_secret_key_log")
def _(g):
    a = an(40)
    return [f"+ spark-submit --master k8s://https://10.0.0.1:6443 --conf spark.hadoop.fs.s3a.access.key=AKIA{s(string.ascii_uppercase + string.digits,16)} --conf spark.hadoop.fs.s3a.secret.key={a} features.py"], [a]

@P("great_expectations_datasource_yml_connection_string")
def _(g):
    p = pw()
    return ["fluent_datasources:", "  warehouse:", "    type: postgres", f"    connection_string: postgresql+psycopg2://{user()}:{p}@{host()}:5432/dwh"], [p]

@P("dbt_profiles_yml_snowflake_password")
def _(g):
    p = pw()
    return ["analytics:", "  target: prod", "  outputs:", "    prod:", "      type: snowflake", "      account: ab12345.eu-west-1", f"      user: {user()}", f"      password: {p}", "      role: TRANSFORMER"], [p]

@P("json_password_with_escaped_quote_and_accents")
def _(g):
    raw = s(AN, 5) + '"' + pick("é", "ñ", "ø", "ü") + s(AN, 5) + "…" + s(AN, 3)
    esc = json.dumps(raw, ensure_ascii=False)[1:-1]
    return ['{', f'  "smtp": {{"host": "smtp.example.com", "user": "{user()}", "password": "{esc}"}}', '}'], [esc]

@P("dotenv_single_quoted_value_with_hash_and_spaces")
def _(g):
    p = s(AN, 6) + " " + s(AN, 4) + "#" + s(AN, 6)
    return ["# mail settings", f"SMTP_USER={user()}@example.com", f"SMTP_PASSWORD='{p}'", "SMTP_PORT=587"], [p]

@P("dsn_percent_encoded_utf8_password")
def _(g):
    from urllib.parse import quote
    raw = s(AN, 5) + pick("ä", "ß", "ł", "ç") + s(AN, 5) + pick("€", "ö") + s(AN, 3)
    enc = quote(raw, safe="")
    return [f"DATABASE_URL=postgresql://{user()}:{enc}@{host()}:5432/app", "DATABASE_POOL=10"], [enc]

# ---------------------------------------------------------------- negatives
def nlines(*a): return list(a)







@N("airflow_task_log_masked_triple_star")
def _(g): return [f"[{sp()},{R.randint(100,999)}] {{subprocess.py:75}} INFO - Running command: ['/usr/bin/bash', '-c', 'curl -H \"Authorization: Bearer ***\" https://api.example.com']", f"[{sp()},{R.randint(100,999)}] {{taskinstance.py:1345}} INFO - Marking task as SUCCESS. dag_id=export, task_id=pull, run_id=scheduled__{_T[0].date()}T00:00:00+00:00"]

@N("slurm_scontrol_show_job_plain_fields")
def _(g):
    j = R.randint(100000, 999999)
    return [f"JobId={j} JobName=train", f"   UserId={user()}(1001) GroupId=ml(1001)", f"   Command=/home/ml/run.sh --config conf/{proj()}.yaml", f"   StdOut=/home/ml/slurm-{j}.out", f"   TresPerNode=gres:gpu:8"]

@N("ray_job_submission_ids_and_node_ids")
def _(g): return [f"Job 'raysubmit_{an(16)}' submitted successfully", f"Node id: {hx(56)}", f"Worker id: {hx(56)}"]


@N("ipynb_cell_ids_and_kernelspec_metadata")
def _(g): return ["  {", '   "cell_type": "code",', f'   "execution_count": {R.randint(1,40)},', f'   "id": "{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}",', '   "metadata": {"kernelspec": {"display_name": "Python 3", "name": "python3"}}']





@N("package_lock_integrity_sha512_entries")
def _(g): return ['    "node_modules/pino": {', '      "version": "8.19.0",', '      "resolved": "https://registry.npmjs.org/pino/-/pino-8.19.0.tgz",', f'      "integrity": "sha512-{b64(86)}==",', "    },"]


@N("go_sum_h1_module_hashes")
def _(g): return [f"go.uber.org/zap v1.27.0 h1:{b64(43)}=", f"go.uber.org/zap v1.27.0/go.mod h1:{b64(43)}=", f"github.com/rs/zerolog v1.32.0 h1:{b64(43)}="]


@N("appsettings_keyvault_reference_syntax")
def _(g): return ['  "ConnectionStrings": {', f'    "Default": "@Microsoft.KeyVault(SecretUri=https://kv-{lo(6)}.vault.azure.net/secrets/db-conn/)"', "  },"]

@N("serilog_clef_trace_and_request_ids")
def _(g): return [JC({"@t": iso(), "@mt": "HTTP {RequestMethod} {RequestPath} responded {StatusCode}", "RequestMethod": "GET", "RequestPath": "/health", "StatusCode": 200, "RequestId": f"0HN{s(string.ascii_uppercase+string.digits,10)}:00000001", "@tr": hx(32), "@sp": hx(16)})]

@N("dataprotection_key_ring_info_key_ids_only")
def _(g): return [f"info: Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager[0]", f"      User profile is available. Using '/root/.aspnet/DataProtection-Keys' as key repository; keys will not be encrypted at rest.", f"info: Creating key {{{uid()}}} with creation date {_T[0].date()}"]

@N("pino_request_ids_and_response_time")
def _(g): return [JC({"level": 30, "time": int(epoch()*1000), "reqId": f"req-{R.randint(1,999)}", "res": {"statusCode": 200}, "responseTime": round(R.random()*50, 3), "msg": "request completed", "traceId": hx(32)})]





@N("zap_json_trace_span_ids_latency")
def _(g): return [JC({"level": "info", "ts": round(epoch(), 6), "caller": "http/server.go:88", "msg": "request", "trace_id": hx(32), "span_id": hx(16), "latency": f"{R.randint(1,90)}.{R.randint(100,999)}ms"})]




@N("huggingface_cli_whoami_username_orgs")
def _(g): return ["$ huggingface-cli whoami", user(), f"orgs:  {proj()},ml-team"]



@N("katib_trial_names_and_assignments")
def _(g): return [f"NAME                    TYPE        STATUS   AGE", f"random-exp-{lo(8)}   Succeeded   True     {R.randint(1,59)}m", f"random-exp-{lo(8)}   Running     True     {R.randint(1,59)}m", "lr=0.0131 num-layers=4 optimizer=adam"]

@N("kfp_run_ids_and_pipeline_root_paths")
def _(g): return [f"Run ID: {uid()}", f"pipeline_root: gs://ml-pipelines/root/{uid()}", f"Experiment ID: {uid()}"]

@N("dagster_yaml_env_dict_password_reference")
def _(g): return ["    postgres_db:", f"      username: {pick('dagster', 'dagster_' + lo(4))}", f"      port: {R.randint(5432,5499)}", "      password:", "        env: DAGSTER_PG_PASSWORD", f"      hostname: {host()}"]


@N("prefect_api_url_account_workspace_uuids")
def _(g): return [f"PREFECT_API_URL='https://api.prefect.cloud/api/accounts/{uid()}/workspaces/{uid()}' (from profile)", "PREFECT_API_KEY='********' (from profile)"]

@N("tabulate_table_md5_checksum_column")
def _(g): return ["file                 md5                               size", "-------------------  --------------------------------  ------", f"train.parquet        {hx(32)}  {R.randint(100,999)}M", f"val.parquet          {hx(32)}  {R.randint(10,99)}M"]

@N("rich_table_aws_key_id_and_secret_not_shown")
def _(g): return ["┃ Profile ┃ Access key id        ┃ Secret       ┃", f"│ default │ AKIA{s(string.ascii_uppercase + string.digits,16)} │ (not shown)  │", "└─────────┴──────────────────────┴──────────────┘"]

@N("pandas_dataframe_sha1_hash_column")
def _(g): return ["                  path                                      sha1", f"0  data/a.jsonl  {hx(40)}", f"1  data/b.jsonl  {hx(40)}"]



@N("deepspeed_world_info_base64_public_json")
def _(g): return [f"[{sp()},{R.randint(100,999)}] [INFO] [runner.py:568:main] cmd = /usr/bin/python -u -m deepspeed.launcher.launch --world_info=eyJsb2NhbGhvc3QiOiBbMCwgMSwgMiwgM119 --master_addr=127.0.0.1 --master_port=29500 train.py", f"[{sp()},{R.randint(100,999)}] [INFO] [launch.py:146:main] WORLD INFO DICT: {{'localhost': [0, 1, 2, 3]}}"]




@N("cargo_registry_sparse_index_paths")
def _(g): return [f"    Updating crates.io index", f"  Downloaded tracing-subscriber v0.3.18", f"  Downloaded {R.choice(['tokio','serde','hyper'])} v1.{R.randint(0,40)}.0", f"     Locking {R.randint(100,400)} packages to latest compatible versions"]

@N("spark_conf_credentials_provider_class_only")
def _(g): return ["spark.hadoop.fs.s3a.aws.credentials.provider=com.amazonaws.auth.WebIdentityTokenCredentialsProvider", "spark.hadoop.fs.s3a.endpoint=s3.eu-central-1.amazonaws.com", f"spark.app.id=spark-{hx(32)}"]

@N("dbt_profiles_env_var_jinja_password")
def _(g): return [f"      type: {pick('postgres', 'redshift', 'snowflake')}", f"      port: {R.randint(5432,5499)}", f"      host: {host()}", "      user: \"{{ env_var('DBT_USER') }}\"", "      password: \"{{ env_var('DBT_PASSWORD') }}\"", "      threads: 4"]


@N("torch_nccl_debug_comm_ids_and_busids")
def _(g): return [f"gpu01:{R.randint(1000,9999)}:{R.randint(1000,9999)} [0] NCCL INFO comm 0x{hx(12)} rank 0 nRanks 16 nNodes 2 localRanks 8 localRank 0 MNNVL 0", f"gpu01:{R.randint(1000,9999)}:{R.randint(1000,9999)} [0] NCCL INFO Channel 00/24 :    0   1   2   3   4   5   6   7", f"NCCL INFO Connected all rings, commHash 0x{hx(16)}"]


@N("conda_pip_install_log_download_urls_no_auth")
def _(g): return [f"  Downloading https://files.pythonhosted.org/packages/{hx(2)}/{hx(2)}/{hx(60)}/wandb-0.17.0-py3-none-any.whl (6.9 MB)", "     ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 6.9/6.9 MB 41.2 MB/s eta 0:00:00", "Successfully installed wandb-0.17.0"]


@N("log4j2_json_thread_and_mdc_correlation_ids")
def _(g): return [JC({"@timestamp": iso(), "log.level": "INFO", "message": "Model loaded", "process.thread.name": "main", "correlationId": uid(), "span.id": hx(16), "trace.id": hx(32)})]

@N("vscode_server_commit_hash_paths")
def _(g): return [f"[{sp()}] Server version: 1.89.1", f"[{sp()}] Commit: {hx(40)}", f"[{sp()}] Installing to /root/.vscode-server/cli/servers/Stable-{hx(40)}"]

ENVN = ["WANDB_API_KEY", "HF_TOKEN", "DB_PASSWORD", "OPENAI_API_KEY", "AWS_SECRET_ACCESS_KEY", "MLFLOW_TRACKING_PASSWORD", "REDIS_PASSWORD", "GITHUB_TOKEN"]

@N("langchain_serialized_secret_id_reference")
def _(g):
    e = pick("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "COHERE_API_KEY", "AZURE_OPENAI_API_KEY")
    return [JC({"lc": 1, "type": "constructor", "id": ["langchain", "chat_models", pick("openai", "anthropic", "azure_openai"), pick("ChatOpenAI", "ChatAnthropic", "AzureChatOpenAI")],
                "kwargs": {"model_name": pick("gpt-4o", "claude-3-haiku", "gpt-35-turbo"), "temperature": round(R.random(), 1), e.lower(): {"lc": 1, "type": "secret", "id": [e]}}})]

@N("hydra_config_oc_env_resolver_references")
def _(g):
    a, b = R.sample(ENVN, 2)
    return ["db:", f"  host: {host()}", f"  password: ${{oc.env:{a}}}", f"  api_key: ${{oc.env:{b},???}}", pick("  token: ???", "  token: null", "  token: ${..shared.token}")]

@N("vscode_launch_envfile_and_env_var_references")
def _(g):
    a = pick(*ENVN)
    return [f'        "name": "Python: {pick("train", "eval", "serve")}",', '        "envFile": "${workspaceFolder}/' + pick(".env", ".env.local", "config/dev.env") + '",',
            '        "env": {"' + a + '": "${env:' + a + '}", "PYTHONPATH": "${workspaceFolder}"},', f'        "justMyCode": {pick("false", "true")}']

@N("devcontainer_secrets_recommendation_block")
def _(g):
    a, b = R.sample(ENVN, 2)
    return ['  "secrets": {', '    "' + a + '": {"description": "' + pick("Access token used by the training scripts", "Credential for the feature store", "Needed for private model downloads") + '"},',
            '    "' + b + '": {"description": "' + pick("W&B API key", "Optional; leave unset to run offline", "See README") + '", "documentationUrl": "https://docs.example.com/dev/' + lo(5) + '"}', "  },"]


@N("wp_config_sample_unique_phrase_placeholders")
def _(g):
    k = R.sample(["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "NONCE_SALT"], 3)
    return [f"define( '{k[0]}', 'put your unique phrase here' );", f"define( '{k[1]}', 'put your unique phrase here' );", f"define( '{k[2]}', 'put your unique phrase here' );",
            "define( '%s', '%s' );" % pick(("DB_PASSWORD", "password_here"), ("DB_USER", "username_here"), ("DB_NAME", "database_name_here"))]

@N("hf_token_saved_path_message_no_value")
def _(g):
    return [pick("Token has not been saved to git credential helper.", "Your token has been saved in your configured git credential helpers (store)."),
            f"Your token has been saved to /{pick('root', 'home/' + user())}/.cache/huggingface/token", f"The current active token is: `{pick('default', 'ml-write', 'read-only')}`", "Login successful."]

@N("mlflow_tracking_password_from_secret_ref_env")
def _(g):
    return [f"        - name: {pick('MLFLOW_TRACKING_PASSWORD', 'HF_TOKEN', 'WANDB_API_KEY')}", "          valueFrom:", "            secretKeyRef:", f"              name: {pick('mlflow-basic-auth', 'ml-tokens', 'train-secrets')}-{lo(4)}", f"              key: {pick('password', 'token', 'api-key')}"]

@N("airflow_cfg_fernet_key_cmd_and_secret_backend")
def _(g):
    return ["[core]", f"parallelism = {R.randint(16, 128)}", f"fernet_key_cmd = cat /run/secrets/{pick('fernet_key', 'airflow-fernet', 'fernet')}", "[secrets]", "backend = airflow.providers." + pick("hashicorp.secrets.vault.VaultBackend", "amazon.aws.secrets.secrets_manager.SecretsManagerBackend"),
            'backend_kwargs = {"connections_path": "' + pick("connections", "airflow/connections") + '", "mount_point": "' + pick("airflow", "secret") + '"}']


@N("hex_dump_of_ascii_log_banner")
def _(g):
    txt = pick("W&B Server v", "Start rank 0", "Loading ckpt", "password_pol", "token_budget") + str(R.randint(1000, 9999))
    h = " ".join("%02x" % ord(c) for c in txt)
    return ["00000000  " + h[:23] + "  " + h[24:] + "  |" + txt + "|", "00000010  0a" + " " * 46 + "  |.|"]

@N("query_param_token_documented_placeholder")
def _(g):
    return [f"# Replace <token> with the value from Settings > {pick('API keys', 'Access tokens', 'Developer')}", f"curl \"https://api.example.com/v1/{pick('export', 'runs', 'models')}?token=<token>\"", "curl -H \"Authorization: Bearer $" + pick(*ENVN) + "\" https://api.example.com/v1/me"]

@N("bundle_config_env_reference_credentials")
def _(g):
    return ["---", f'BUNDLE_PATH: "{pick("vendor/bundle", "/usr/local/bundle")}"', f'BUNDLE_JOBS: "{R.randint(2,16)}"', "# credentials come from BUNDLE_" + pick("GEMS__CONTRIBSYS__COM", "RUBYGEMS__PKG__GITHUB__COM", "NEXUS__EXAMPLE__COM") + " in CI secrets"]

@N("slurm_job_env_names_only_listing")
def _(g):
    a, b, c = R.sample(ENVN, 3)
    return [f"== env check for job {R.randint(10000,99999)} ==", "SLURM_JOB_ID", "SLURM_JOB_NODELIST", f"{a} (set)", f"{b} (set)", f"{c} (unset)"]

@N("transformers_training_arguments_hub_token_placeholder")
def _(g):
    return ["TrainingArguments(", f"hub_model_id={proj()}-{pick('sft', 'dpo', 'lora')},", f"hub_private_repo={pick('True', 'False')},", "hub_strategy=every_save,", "hub_token=<HUB_TOKEN>,", f"learning_rate={pick('2e-05', '1e-04', '5e-06')},", "push_to_hub_token=<PUSH_TO_HUB_TOKEN>,"]


@N("llm_usage_token_counts_log")
def _(g):
    a, b = R.randint(100, 4000), R.randint(10, 900)
    return [f"INFO usage: prompt_tokens={a} completion_tokens={b} total_tokens={a+b}", f"max_tokens={pick(256, 512, 1024)} max_new_tokens={pick(128, 256)}",
            "Token indices sequence length is longer than the specified maximum sequence length for this model (%d > 2048)." % R.randint(2049, 9000)]

@N("torchrun_elastic_rendezvous_run_id_and_endpoint")
def _(g):
    return [f"INFO:torch.distributed.launcher.api:Starting elastic_operator with launch configs:", f"  run_id           : {pick(str(R.randint(1000,99999)), lo(8))}", f"  rdzv_backend     : c10d",
            f"  rdzv_endpoint    : 10.0.{R.randint(0,255)}.{R.randint(1,254)}:29400", f"  rdzv_configs     : {{'timeout': 900}}", f"  max_restarts     : {R.randint(0,3)}"]

@N("accelerate_env_output_default_config_no_tokens")
def _(g):
    return ["- `Accelerate` version: 0." + str(R.randint(25, 34)) + ".1", "- Platform: Linux-5.15.0-1057-aws-x86_64-with-glibc2.35", f"- Python version: 3.{R.randint(9,12)}.{R.randint(0,9)}",
            f"- PyTorch version (GPU?): 2.{R.randint(0,4)}.0 (True)", "- `Accelerate` default config:", "\t- compute_environment: LOCAL_MACHINE", f"\t- mixed_precision: {pick('bf16', 'fp16', 'no')}"]


@N("hf_datasets_cache_fingerprint_arrow_paths")
def _(g):
    return [f"Loading cached processed dataset at /root/.cache/huggingface/datasets/{pick('json', 'parquet', 'csv')}/default-{hx(16)}/0.0.0/{hx(64)}/cache-{hx(16)}.arrow",
            f"Map (num_proc={R.randint(2,32)}): 100%|██████████| {R.randint(1000,90000)}/{R.randint(1000,90000)} [00:0{R.randint(1,9)}<00:00, 9123.45 examples/s]"]

@N("spring_boot_startup_banner_pid_and_profiles")
def _(g):
    return [f"{iso()}  INFO 1 --- [           main] c.e.inference.GatewayApplication         : Starting GatewayApplication v{R.randint(1,3)}.{R.randint(0,9)}.0 using Java 17.0.{R.randint(1,12)} with PID 1",
            f"{iso()}  INFO 1 --- [           main] c.e.inference.GatewayApplication         : The following 1 profile is active: \"{pick('prod', 'staging', 'k8s')}\"",
            f"{iso()}  INFO 1 --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat initialized with port 8080 (http)"]

@N("npm_audit_advisory_ids_and_urls")
def _(g):
    ga = "GHSA-" + "-".join(s("23456789cfghjmpqrvwx", 4) for _ in range(3))
    return [f"{pick('semver', 'braces', 'ws', 'tar')}  <{R.randint(1,7)}.{R.randint(0,9)}.{R.randint(0,9)}", f"Severity: {pick('high', 'moderate', 'low')}", f"Regular Expression Denial of Service - https://github.com/advisories/{ga}", "fix available via `npm audit fix`"]


@N("lightning_checkpoint_filenames_with_equals")
def _(g):
    return [f"Epoch {R.randint(0,20)}, global step {R.randint(100,90000)}: 'val_loss' reached {R.random():.5f} (best {R.random():.5f}), saving model to '/ckpt/epoch={R.randint(0,20)}-step={R.randint(100,90000)}-val_loss={R.random():.4f}.ckpt' as top 3",
            f"Restoring states from the checkpoint path at /ckpt/last.ckpt"]

@N("hydra_job_ids_and_output_dir_timestamps")
def _(g):
    return [f"hydra.run.dir=outputs/${{now:%Y-%m-%d}}/${{now:%H-%M-%S}}", f"hydra.job.id={R.randint(1000,99999)}_{R.randint(0,9)}", f"hydra.job.num={R.randint(0,9)}", f"hydra.runtime.output_dir=/work/multirun/{_T[0].date()}/{R.randint(10,23)}-{R.randint(10,59)}-{R.randint(10,59)}/{R.randint(0,9)}"]

@N("spring_properties_password_token_settings_non_secret_values")
def _(g):
    return [f"app.security.password.min-length={pick(10, 12, 14)}", f"app.security.password-reset.token-validity={pick('15m', '30m', '1h')}", "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=https://auth.example.com/.well-known/jwks.json",
            f"app.api-key.header-name={pick('X-Api-Key', 'X-Auth-Token')}", f"server.servlet.session.timeout={pick('30m', '8h')}", f"server.port={R.randint(8000, 9999)}"]

@N("ray_runtime_env_package_uris_and_hashes")
def _(g):
    return [f"INFO packaging.py:{R.randint(500,600)} -- Creating a file package for local directory '/workspace'.", f"INFO packaging.py:{R.randint(300,400)} -- Pushing file package 'gcs://_ray_pkg_{hx(16)}.zip' ({R.random()*90:.2f}MiB) to Ray cluster...",
            f"INFO packaging.py:{R.randint(300,400)} -- Successfully pushed file package 'gcs://_ray_pkg_{hx(16)}.zip'."]

@N("dotnet_sln_project_guids")
def _(g):
    return ["Microsoft Visual Studio Solution File, Format Version 12.00", f'Project("{{{uid().upper()}}}") = "Api", "src\\Api\\Api.csproj", "{{{uid().upper()}}}"', "EndProject",
            f'Project("{{{uid().upper()}}}") = "Worker", "src\\Worker\\Worker.csproj", "{{{uid().upper()}}}"', "EndProject"]

@N("sacct_job_table_states_no_secrets")
def _(g):
    j = R.randint(100000, 999999)
    return ["JobID           JobName  Partition    Account  AllocCPUS      State ExitCode", "------------ ---------- ---------- ---------- ---------- ---------- --------",
            f"{j}          train        gpu         ml         64  COMPLETED      0:0", f"{j}.batch       batch                    ml         32  COMPLETED      0:0", f"{j}.0         python                   ml         64  COMPLETED      0:0"]

@N("optuna_trial_finished_params_log")
def _(g):
    return [f"[I {sp()},{R.randint(100,999)}] Trial {R.randint(0,200)} finished with value: {R.random():.6f} and parameters: {{'lr': {R.random()/100:.6f}, 'num_layers': {R.randint(2,12)}, 'optimizer': '{pick('adam', 'sgd', 'adamw')}'}}. Best is trial {R.randint(0,200)} with value: {R.random():.6f}."]

@N("kedro_catalog_yml_credentials_key_reference")
def _(g):
    return [f"{pick('raw', 'features', 'model_input')}_table:", f"  type: pandas.{pick('SQLTableDataset', 'ParquetDataset', 'CSVDataset')}", f"  table_name: {pick('events', 'users', 'labels')}_{lo(3)}", f"  credentials: {pick('db_credentials', 'dev_s3', 'warehouse_creds')}"]

@N("bentoml_build_bento_tag_ids")
def _(g):
    t = f"{pick('summarizer', 'ranker', 'classifier')}:{lo(16)}"
    return [f'Successfully built Bento(tag="{t}").', f"Next steps: bentoml containerize {t}", f'Successfully saved Model(tag="{pick("t5", "bert", "xgb")}:{lo(16)}")']

@N("dvc_exp_show_table_revs")
def _(g):
    return ["  Experiment                 Created    loss     acc     train.lr", "  -----------------------------------------------------------------",
            f"  workspace                  -          {R.random():.4f}  {R.random():.4f}  0.001", f"  main                       {tk().strftime('%I:%M %p')}   {R.random():.4f}  {R.random():.4f}  0.001",
            f"  ├── {hx(7)} [{pick('rival', 'sixth', 'tidal')}-{pick('mare', 'cove', 'dune')}]  {tk().strftime('%I:%M %p')}   {R.random():.4f}  {R.random():.4f}  0.0003"]

@N("zenml_stack_component_uuid_listing")
def _(g):
    return ["┏━━━━━━━━┯━━━━━━━━━━━━━━━━┯━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓", "┃ ACTIVE │ STACK NAME     │ STACK ID                             ┃",
            f"┠────────┼────────────────┼──────────────────────────────────────┨", f"┃   👉   │ {pick('default', 'gpu-k8s', 'local-mlflow'):<14} │ {uid()} ┃", "┗━━━━━━━━┷━━━━━━━━━━━━━━━━┷━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛"]

# ---------------------------------------------------------------- driver
def check(lines, secrets):
    text = "\n".join(lines)
    for x in secrets:
        if len(x) < 8 or x not in text or x in USED: return False
    rest = text
    for x in sorted(secrets, key=len, reverse=True): rest = rest.replace(x, "\u0000")
    for x in secrets:
        for i in range(len(x) - 5):
            if x[i:i + 6] in rest: return False
    return True

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "positives.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for name, new, fn in POS:
            for _ in range(3):
                for attempt in range(50):
                    t0()
                    lines, secrets = fn(None)
                    secrets = [x for x in secrets if x is not None]
                    if check(lines, secrets): break
                else:
                    raise SystemExit("cannot draw " + name)
                USED.update(secrets)
                f.write(json.dumps({"shape": name, "lines": lines, "secrets": secrets}, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "negatives.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for name, fn in NEG:
            for _ in range(5):
                t0()
                f.write(json.dumps({"shape": name, "lines": fn(None)}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
