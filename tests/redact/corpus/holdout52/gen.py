#!/usr/bin/env python3
"""holdout52: sealed held-out set for the wbdiag secret redactor.

Focus: GPU clouds, HPC schedulers and ML training infrastructure.
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

SEED = 5252_1206
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


# ---------------------------------------------------------------- templates: P(name, source_url, tpl) positives, N(name, source_url, tpl) look-alikes
# SOURCES maps every shape to the public document whose format it follows.


# ---- Slurm, munge, PBS, LSF, HTCondor, HPC site tools
U_SDBD = "https://slurm.schedmd.com/slurmdbd.conf.html"
U_SCONF = "https://slurm.schedmd.com/slurm.conf.html"
U_JWT = "https://slurm.schedmd.com/jwt.html"
U_REST = "https://slurm.schedmd.com/rest_quickstart.html"
U_ACCT = "https://slurm.schedmd.com/acct_gather.conf.html"
U_MUNGE = "https://github.com/dun/munge/wiki/Installation-Guide"
U_SLINKY = "https://github.com/SlinkyProject/slurm-operator"
U_ENROOT = "https://github.com/NVIDIA/enroot/blob/master/doc/cmd/import.md"
U_APPT = "https://apptainer.org/docs/user/main/docker_and_oci.html"
U_PBS = "https://openpbs.org/"
U_LSF = "https://www.ibm.com/docs/en/spectrum-lsf/10.1.0?topic=reference-bsub"
U_CONDOR = "https://htcondor.readthedocs.io/en/latest/users-manual/env-of-job.html"
U_CTOK = "https://htcondor.readthedocs.io/en/latest/admin-manual/security.html"
U_OOD = "https://osc.github.io/ood-documentation/latest/reference/files/ood-portal-yml.html"
U_XDMOD = "https://open.xdmod.org/configuration.html"
U_WW = "https://warewulf.org/docs/main/contents/nodeconfig.html"
U_XCAT = "https://xcat-docs.readthedocs.io/en/stable/guides/admin-guides/references/man5/passwd.5.html"
U_BEEGFS = "https://doc.beegfs.io/latest/advanced_topics/authentication.html"

P("slurmdbd_conf_database_block_storagepass_mixed_case", U_SDBD, """
# Database info
StorageType=accounting_storage/mysql
StorageHost=«@mariadb-0.mariadb|slurmdb.example.internal|10.4.17.23»
StoragePort=3306
StorageUser=«@slurm|slurmacct»
«@StoragePass|storagepass|STORAGEPASS»=«!pw18:p»
StorageLoc=slurm_acct_db
""")
P("slurm_conf_jobcomp_mysql_jobcomppass", U_SCONF, """
JobCompType=jobcomp/mysql
JobCompHost=«@db01|jobcomp-db.example.internal»
JobCompLoc=slurm_jobcomp_db
JobCompUser=jobcomp
JobCompPass=«!pw16:p»
JobCompParams=
""")
P("slurm_conf_accounting_storage_pass_dbd_auth_socket", U_SCONF, """
AccountingStorageType=accounting_storage/slurmdbd
AccountingStorageHost=«@slurmdbd|ctl-0.cluster.local»
AccountingStoragePort=6819
AccountingStoragePass=«!pw20:p»
AccountingStorageEnforce=associations,limits,qos
""")
P("slurm_acct_gather_conf_influxdb_profile_pass", U_ACCT, """
ProfileInfluxDBHost=«@influx.example.internal|10.8.0.41»:8086
ProfileInfluxDBDatabase=slurm_profiling
ProfileInfluxDBDefault=ALL
ProfileInfluxDBRTPolicy=autogen
ProfileInfluxDBUser=slurmprof
ProfileInfluxDBPass=«!pw17:p»
""")
P("slurm_scontrol_token_lifespan_output_slurm_jwt", U_JWT, """
$ scontrol token lifespan=«@3600|7200|86400» username=«@svc-ray|mlops|alice»
SLURM_JWT=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.«!b64u92:p».«!b64u43:s»
""")
P("slurmrestd_curl_user_token_header_history_literal", U_REST, """
  512  curl -s -H "X-SLURM-USER-NAME: «@alice|mlops|root»" -H "X-SLURM-USER-TOKEN: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.«!b64u96:p».«!b64u43:s»" http://«@slurmrestd|10.1.0.12»:6820/slurm/v0.0.40/jobs
  513  history | tail
""")
P("slurmrestd_openapi_job_submit_json_environment_array", U_REST, r"""
{
  "job": {
    "name": "llama-ft-«dig5:j»",
    "partition": "«@gpu|a100|h100»",
    "current_working_directory": "/scratch/«@alice|bob»/ft",
    "environment": ["PATH=/bin:/usr/bin", "HF_TOKEN=hf_«!an34:h»", "NCCL_DEBUG=INFO"]
  },
  "script": "#!/bin/bash\nsrun python train.py"
}
""")
P("slinky_slurm_operator_munge_key_secret_data", U_SLINKY, """
apiVersion: v1
kind: Secret
metadata:
  name: slurm-auth-«@slurm|cluster-a»
  namespace: slurm
type: Opaque
data:
  munge.key: «!b64s170:k»==
""")
P("munge_key_base64_dump_shell_capture", U_MUNGE, """
[root@«@head01|ctl0» ~]# ls -l /etc/munge/munge.key
-r-------- 1 munge munge 128 «@Jan|Mar|Oct» «dd» «hh»:«mm» /etc/munge/munge.key
[root@«@head01|ctl0» ~]# base64 -w0 /etc/munge/munge.key; echo
«!b64s170:k»==
""")
P("munge_key_ansible_vault_plain_vars_yaml", U_MUNGE, """
---
slurm_cluster_name: «@hpc|gpu-east|gpu-west»
munge_key_b64: "«!b64s170:k»=="
slurm_controller: ctl0
""")
P("enroot_credentials_netrc_nvcr_oauthtoken", U_ENROOT, """
# ~/.config/enroot/.credentials
machine nvcr.io login $oauthtoken password nvapi-«!b64u64:k»
machine authn.nvidia.com login $oauthtoken password nvapi-«!b64u64:k»
""")
P("enroot_import_docker_uri_with_password_env_ps", U_ENROOT, """
«@alice|bob»  «dig5:p»  0.3  0.1  23144  6120 pts/«dig1:t»  S+  «hh»:«mm»  0:00 env ENROOT_CONFIG_PATH=/tmp/enroot NGC_KEY=«!an84:k» enroot import docker://$oauthtoken@nvcr.io#nvidia/pytorch:24.«@01|03|05»-py3
""")
P("apptainer_docker_password_env_in_job_script", U_APPT, """
#!/bin/bash
#SBATCH --gres=gpu:«@1|2|4»
export APPTAINER_DOCKER_USERNAME='$oauthtoken'
export APPTAINER_DOCKER_PASSWORD=nvapi-«!b64u64:k»
apptainer pull pytorch.sif docker://nvcr.io/nvidia/pytorch:24.«@01|03|05»-py3
""")
P("singularity_remote_login_password_flag_bash_history", U_APPT, """
singularity remote login --username «@alice|robot$mlops» --password «!pw20:p» docker://«@registry.example.internal|harbor.example.com»
singularity pull docker://«@registry.example.internal|harbor.example.com»/ml/trainer:«lc7:t»
""")
P("pbs_qstat_f_variable_list_wrapped_tab_continuation", U_PBS, """
    Variable_List = PBS_O_HOME=/home/«@alice|bob»,PBS_O_LANG=en_US.UTF-8,
⇥PBS_O_LOGNAME=«@alice|bob»,PBS_O_PATH=/usr/local/bin:/usr/bin,
⇥PBS_O_SHELL=/bin/bash,HF_TOKEN=hf_«!an34:h»,
⇥PBS_O_WORKDIR=/home/«@alice|bob»/ft,PBS_O_SYSTEM=Linux
    comment = Job run at «@Mon|Tue|Wed» «@Jan|Feb» «dd» at «hh»:«mm» on (gpu«dig2:n»:ncpus=16:ngpus=4)
""")
P("pbs_qsub_v_comma_env_list_shell_history", U_PBS, """
qsub -l select=1:ncpus=16:ngpus=«@2|4|8» -v NEPTUNE_API_TOKEN=«!b64u44:n»,EPOCHS=«dig2:e» train.pbs
""")
P("lsf_bsub_env_all_flag_with_token", U_LSF, """
bsub -q «@gpu|normal» -gpu "num=«@1|2|4»" -env "all, COMET_API_KEY=«!an25:c», OMP_NUM_THREADS=8" -o out.%J python train.py
""")
P("lsf_bjobs_l_command_field_api_key_arg", U_LSF, """
Job <«dig6:j»>, User <«@alice|bob»>, Project <default>, Status <RUN>, Queue <«@gpu|normal»>, Com
                     mand <python finetune.py --hub-token hf_«!an34:h» --epochs 3>, Share_group
                     <«@alice|bob»>
""")
P("htcondor_submit_file_environment_quoted_pairs", U_CONDOR, """
universe    = vanilla
executable  = train.sh
request_gpus = «@1|2|4»
environment = "CLEARML_API_ACCESS_KEY=«uc30:a» CLEARML_API_SECRET_KEY=«!an50:s» EPOCHS=«dig2:e»"
queue
""")
P("htcondor_condor_q_long_environment_attribute", U_CONDOR, """
ClusterId = «dig5:c»
Cmd = "/home/«@alice|bob»/run.sh"
Environment = "HF_HOME=/scratch/hf MLFLOW_TRACKING_PASSWORD=«!pw18:p» MLFLOW_TRACKING_USERNAME=«@alice|bob»"
GlobalJobId = "submit.example.internal#«dig5:c».0#«dig10:g»"
""")
P("htcondor_idtoken_file_tokens_d", U_CTOK, """
$ cat ~/.condor/tokens.d/«@submit|cm».example.internal
eyJhbGciOiJIUzI1NiIsImtpZCI6IlBPT0wifQ.«!b64u120:p».«!b64u43:s»
""")
P("ood_portal_yml_oidc_client_secret", U_OOD, """
servername: ondemand.«@hpc|cluster».example.edu
auth:
  - "AuthType openid-connect"
  - "Require valid-user"
oidc_uri: "/oidc"
oidc_provider_metadata_url: "https://idp.example.edu/.well-known/openid-configuration"
oidc_client_id: "ondemand-«lc6:c»"
oidc_client_secret: "«!an32:s»"
""")
P("ood_portal_yml_dex_ldap_bind_pw", U_OOD, """
dex:
  connectors:
    - type: ldap
      id: ldap
      name: LDAP
      config:
        host: ldap.example.edu:636
        bindDN: cn=ood,ou=svc,dc=example,dc=edu
        bindPW: «!pw20:p»
""")
P("xdmod_portal_settings_ini_database_pass", U_XDMOD, """
[database]
host = "«@localhost|db.example.internal»"
port = "3306"
user = "xdmod"
pass = "«!pw16:p»"
""")
P("warewulf_nodes_conf_ipmi_password", U_WW, """
nodes:
  gpu«dig3:n»:
    profiles:
    - default
    ipmi:
      username: ADMIN
      password: «!pw14:p»
      ipaddr: 10.99.«dig2:a».«dig2:b»
""")
P("xcat_tabdump_passwd_system_root_row", U_XCAT, """
# tabdump passwd
#key,username,password,cryptmethod,authdomain,comments,disable
"system","root","«!pw14:p»",,,,
"ipmi","ADMIN","«!pw12:q»",,,,
""")
P("beegfs_conn_auth_file_cat_shared_secret", U_BEEGFS, """
[root@«@mgmt01|beegfs-mgmt» ~]# cat /etc/beegfs/conn.auth
«!an48:k»
[root@«@mgmt01|beegfs-mgmt» ~]# grep connAuthFile /etc/beegfs/beegfs-client.conf
connAuthFile                  = /etc/beegfs/conn.auth
""")
# ---- GPU clouds and their CLIs
U_NGC = "https://docs.nvidia.com/nim/speech/latest/get-started/ngc-access-setup.html"
U_NGCK8S = "https://docs.nvidia.com/nim-operator/latest/install.html"
U_NGCHELM = "https://docs.nvidia.com/ngc/gpu-cloud/ngc-private-registry-user-guide/index.html"
U_LAMBDA = "https://docs.lambda.ai/public-cloud/cloud-api/"
U_SKYLAMBDA = "https://docs.skypilot.co/en/latest/getting-started/installation.html"
U_RUNPOD = "https://docs.runpod.io/runpodctl/reference/runpodctl_config"
U_RUNPODGQL = "https://docs.runpod.io/sdks/graphql/manage-pods"
U_VAST = "https://docs.vast.ai/cli/get-started"
U_VASTAPI = "https://docs.vast.ai/api-reference/introduction"
U_PSPACE = "https://docs.digitalocean.com/reference/paperspace/pspace/"
U_MODAL = "https://modal.com/docs/reference/cli/token"
U_MODALSEC = "https://modal.com/docs/guide/secrets"
U_TOGETHER = "https://docs.together.ai/reference/finetune"
U_SKY = "https://docs.skypilot.co/en/latest/reference/api-server/api-server-admin-deploy.html"
U_DSTACK = "https://dstack.ai/docs/reference/server/config.yml/"
U_DSTACKCLI = "https://dstack.ai/docs/reference/cli/dstack/project/"
U_CW = "https://docs.coreweave.com/docs/products/storage/object-storage"
U_ANYSCALE = "https://docs.anyscale.com/reference/quickstart-cli"
U_BASETEN = "https://docs.baseten.co/reference/cli/truss/login"
U_LIGHTNING = "https://lightning.ai/docs/overview/sdk-reference"
U_MCLI = "https://docs.mosaicml.com/projects/mcli/en/latest/quick_start/getting_started.html"
U_FLUID = "https://docs.skypilot.co/en/latest/getting-started/installation.html#fluidstack"
U_CUDO = "https://docs.skypilot.co/en/latest/getting-started/installation.html#cudo-compute"
U_REPL = "https://replicate.com/docs/reference/http"
U_COG = "https://cog.run/deploy/"

P("ngc_nim_docker_run_e_ngc_api_key_ps_line", U_NGC, """
root     «dig5:p»  0.1  0.0 1794304 43120 ?      Sl   «hh»:«mm»   0:01 docker run -it --rm --gpus all --shm-size=16GB -e NGC_API_KEY=nvapi-«!b64u64:k» -v /opt/nim/.cache:/opt/nim/.cache -p 8000:8000 nvcr.io/nim/meta/llama-3.1-8b-instruct:1.«dig1:v».0
""")
P("ngc_api_key_bashrc_append_echo_history", U_NGC, """
echo "export NGC_API_KEY=nvapi-«!b64u64:k»" >> ~/.bashrc
source ~/.bashrc
echo "$NGC_API_KEY" | docker login nvcr.io --username '$oauthtoken' --password-stdin
""")
P("ngc_kubectl_create_secret_docker_registry_nvcr_literal", U_NGCK8S, """
kubectl create secret -n nim-service docker-registry ngc-secret \\
    --docker-server=nvcr.io \\
    --docker-username='$oauthtoken' \\
    --docker-password=nvapi-«!b64u64:k»
kubectl create secret -n nim-service generic ngc-api-secret --from-literal=NGC_API_KEY=nvapi-«!b64u64:k»
""")
P("ngc_helm_fetch_chart_password_flag_legacy_key", U_NGCHELM, """
$ helm fetch https://helm.ngc.nvidia.com/nvidia/charts/gpu-operator-v24.«dig1:a».«dig1:b».tgz --username='$oauthtoken' --password=«!an84:k»
""")
P("ngc_gpu_operator_values_ngc_api_key_driver_secret", U_NGCHELM, """
driver:
  repository: nvcr.io/nvaie
  imagePullSecrets:
    - ngc-secret
ngc:
  apiKey: "«!an84:k»"
  email: «@ops|mlops»@example.com
""")
P("ngc_dotenv_crlf_windows_edited", U_NGC, """
NGC_API_KEY=nvapi-«!b64u64:k»⏎
NIM_CACHE_PATH=/opt/nim/.cache⏎
NGC_ORG=«dig16:o»⏎
""")
P("lambda_cloud_curl_u_api_key_colon_history", U_LAMBDA, """
curl -u secret_«lc6:n»_«!hex32:k».«!an36:t»: https://cloud.lambdalabs.com/api/v1/instances | jq .
""")
P("lambda_cloud_bearer_header_instance_launch_verbose", U_LAMBDA, r"""
> POST /api/v1/instance-operations/launch HTTP/2
> Host: cloud.lambdalabs.com
> authorization: Bearer secret_«lc6:n»_«!hex32:k».«!an36:t»
> content-type: application/json
> content-length: «dig2:l»
""")
P("lambda_keys_file_skypilot_api_key_line", U_SKYLAMBDA, """
$ cat ~/.lambda_cloud/lambda_keys
api_key = secret_«lc6:n»_«!hex32:k».«!an36:t»
""")
P("runpodctl_config_apikey_flag_history", U_RUNPOD, """
runpodctl config --apiKey rpa_«!uc40:k»
runpodctl get pod
""")
P("runpod_config_toml_apikey_and_pubkey_path", U_RUNPOD, """
apikey = "«!uc32:k»"
apiurl = "https://api.runpod.io/graphql"
pubkey = "/home/«@alice|bob»/.ssh/id_ed25519.pub"
""")
P("runpod_graphql_url_api_key_query_access_log", U_RUNPODGQL, """
«TS» DEBUG urllib3.connectionpool: https://api.runpod.io:443 "POST /graphql?api_key=rpa_«!uc40:k» HTTP/1.1" 200 «dig3:l»
""")
P("runpod_serverless_endpoint_curl_authorization_raw_key", U_RUNPODGQL, """
curl -X POST https://api.runpod.ai/v2/«lc14:e»/runsync \\
    -H 'Content-Type: application/json' \\
    -H 'Authorization: «!uc32:k»' \\
    -d '{"input": {"prompt": "hello"}}'
""")
P("vastai_set_api_key_command_and_saved_message", U_VAST, """
$ vastai set api-key «!hex64:k»
Your api key has been saved in /home/«@alice|bob»/.config/vastai/vast_api_key
""")
P("vast_api_key_file_legacy_home_path_cat", U_VAST, """
$ cat ~/.vast_api_key
«!hex64:k»
""")
P("vastai_instance_env_container_api_key_dump", U_VASTAPI, """
CONTAINER_ID=«dig7:i»
VAST_CONTAINERLABEL=C.«dig7:i»
CONTAINER_API_KEY=«!hex64:k»
PUBLIC_IPADDR=«dig2:a».«dig2:b».«dig2:c».«dig2:d»
""")
P("vast_api_v0_url_api_key_query_python_log", U_VASTAPI, """
«TL» - vast_launcher - INFO - GET https://console.vast.ai/api/v0/instances/?owner=me&api_key=«!hex64:k» -> 200
""")
P("paperspace_config_json_apikey", U_PSPACE, r"""
{
  "apiKey": "«!hex30:k»",
  "name": "«@alice|bob»",
  "email": "«@alice|bob»@example.com",
  "team": "te«lc7:t»"
}
""")
P("pspace_login_api_key_flag_and_env_export", U_PSPACE, """
export PAPERSPACE_API_KEY=«!hex30:k»
pspace login --api-key «!hex30:q»
""")
P("modal_token_set_cli_flags_history", U_MODAL, """
modal token set --token-id ak-«an22:i» --token-secret as-«!an22:s» --profile=«@ml-team|research|default»
""")
P("modal_secret_create_key_value_args_history", U_MODALSEC, """
modal secret create «@huggingface-secret|hf|train-secrets» HF_TOKEN=hf_«!an34:h» WANDB_PROJECT=«lc8:w»
""")
P("modal_token_env_exports_in_ci_yaml", U_MODAL, """
env:
  MODAL_TOKEN_ID: ak-«an22:i»
  MODAL_TOKEN_SECRET: as-«!an22:s»
steps:
  - run: modal deploy app.py
""")
P("together_finetune_create_wandb_api_key_flag", U_TOGETHER, """
together fine-tuning create --training-file file-«uuid:f» --model meta-llama/Meta-Llama-3.1-8B-Instruct-Reference --n-epochs «@1|2|3» --wandb-api-key «!hex40:w»
""")
P("together_tgp_v1_key_python_repr_client_kwargs", U_TOGETHER, """
DEBUG:together:client kwargs={'api_key': 'tgp_v1_«!b64u43:k»', 'base_url': 'https://api.together.xyz/v1', 'timeout': 600}
""")
P("skypilot_api_server_endpoint_basic_userinfo_env", U_SKY, """
export SKYPILOT_API_SERVER_ENDPOINT=http://«@admin|skypilot»:«!pw16:p|pct»@sky.«lc6:d».example.internal
sky api info
""")
P("skypilot_jobs_launch_secret_flag_history", U_SKY, """
sky jobs launch -n ft-«lc6:r» --gpus H100:«@1|4|8» --secret HF_TOKEN=hf_«!an34:h» finetune.yaml
""")
P("dstack_cli_config_yml_project_token_uuid", U_DSTACKCLI, """
projects:
- default: true
  name: main
  token: «!uuid:t»
  url: http://«@127.0.0.1:3000|dstack.example.internal:3000»
""")
P("dstack_project_add_token_flag_history", U_DSTACKCLI, """
dstack project add --name «@main|research» --url https://sky.dstack.ai --token «!uuid:t» -y
""")
P("dstack_server_config_yml_backend_api_keys", U_DSTACK, """
projects:
- name: main
  backends:
  - type: runpod
    creds:
      type: api_key
      api_key: rpa_«!uc40:r»
  - type: vastai
    creds:
      type: api_key
      api_key: «!hex64:v»
""")
P("dstack_server_admin_token_startup_banner", U_DSTACK, """
[«hh»:«mm»:«mm»] Applying ~/.dstack/server/config.yml...
[«hh»:«mm»:«mm»] The admin token is «!uuid:t»
[«hh»:«mm»:«mm»] The dstack server 0.19.«dig1:w» is running at http://127.0.0.1:3000
""")
P("coreweave_cwobject_s3cfg_like_rclone_remote", U_CW, """
[coreweave]
type = s3
provider = Other
access_key_id = CW«uc18:a»
secret_access_key = cwo«!an40:s»
endpoint = https://cwobject.com
""")
P("anyscale_credentials_json_cli_token", U_ANYSCALE, r"""
{"cli_token": "aph0_«!b64u64:k»"}
""")
P("anyscale_cli_token_env_in_github_actions_log", U_ANYSCALE, """
«T» ##[group]Run anyscale job submit -f job.yaml
«T»   ANYSCALE_CLI_TOKEN: aph0_«!b64u64:k»
«T»   ANYSCALE_HOST: https://console.anyscale.com
""")
P("baseten_trussrc_remote_api_key", U_BASETEN, """
[baseten]
remote_provider = baseten
api_key = «an8:i».«!an32:k»
remote_url = https://app.baseten.co
""")
P("lightning_api_key_and_user_id_env_export", U_LIGHTNING, """
export LIGHTNING_USER_ID=«uuid:u»
export LIGHTNING_API_KEY=«!uuid:k»
""")
P("mcli_set_api_key_and_config_yaml", U_MCLI, """
$ mcli set api-key «!b64u48:k»
✔  API key successfully set
$ grep api_key ~/.mosaic/mcli_config
api_key: «!b64u48:k»
""")
P("fluidstack_api_key_file_and_token_pair", U_FLUID, """
$ cat ~/.fluidstack/api_key ~/.fluidstack/api_token
«!hex32:k»
«!hex40:t»
""")
P("cudo_cudo_yml_context_api_key", U_CUDO, """
contexts:
  default:
    apikey: «!an48:k»
    projectid: «lc10:p»
    endpoint: rest.compute.cudo.org
""")
P("replicate_r8_token_cog_login_stdin_pipe", U_COG, """
echo r8_«!an37:k» | cog login --token-stdin
""")
P("replicate_api_token_curl_bearer_predictions", U_REPL, """
curl -s -X POST -H "Authorization: Bearer r8_«!an37:k»" -H "Content-Type: application/json" -d @input.json https://api.replicate.com/v1/predictions
""")
# ---- ML platforms, schedulers on Kubernetes, launchers, configs
U_DET = "https://docs.determined.ai/latest/reference/deploy/master-config-reference.html"
U_DETCLI = "https://docs.determined.ai/latest/reference/cli-reference.html"
U_DETHELM = "https://docs.determined.ai/latest/setup-cluster/k8s/helm-config-reference.html"
U_RUNAI = "https://docs.run.ai/latest/developer/rest-auth/"
U_KFP = "https://www.kubeflow.org/docs/components/pipelines/user-guides/core-functions/connect-api/"
U_KFPMINIO = "https://www.kubeflow.org/docs/components/pipelines/operator-guides/configure-object-store/"
U_KATIB = "https://www.kubeflow.org/docs/components/katib/installation/"
U_TRAINOP = "https://www.kubeflow.org/docs/components/trainer/legacy-v1/user-guides/pytorch/"
U_KSERVE = "https://kserve.github.io/website/latest/modelserving/storage/s3/s3/"
U_KSERVEHF = "https://kserve.github.io/website/latest/modelserving/v1beta1/llm/huggingface/"
U_RAY = "https://docs.ray.io/en/latest/cluster/cli.html"
U_KUBERAY = "https://docs.ray.io/en/latest/cluster/kubernetes/user-guides/kuberay-gcs-ft.html"
U_RAYJOB = "https://docs.ray.io/en/latest/cluster/running-applications/job-submission/cli.html"
U_TRITON = "https://github.com/triton-inference-server/server/blob/main/docs/user_guide/model_repository.md"
U_DSMPI = "https://www.deepspeed.ai/getting-started/#multi-node-environment-variables"
U_TORCHERR = "https://pytorch.org/docs/stable/elastic/errors.html"
U_ARGP = "https://docs.python.org/3/library/argparse.html"
U_HYDRASUB = "https://hydra.cc/docs/plugins/submitit_launcher/"
U_OCENV = "https://omegaconf.readthedocs.io/en/latest/custom_resolvers.html#oc-env"
U_MLFLOWAUTH = "https://mlflow.org/docs/latest/auth/index.html"
U_MLFLOWART = "https://mlflow.org/docs/latest/tracking/artifacts-stores.html"
U_CLEARMLSRV = "https://clear.ml/docs/latest/docs/deploying_clearml/clearml_server_config/"
U_OPIK = "https://www.comet.com/docs/opik/tracing/sdk_configuration"
U_COMETOPT = "https://www.comet.com/docs/v2/api-and-sdk/python-sdk/reference/Config/"
U_NEPTUNE = "https://docs.neptune.ai/setup/setting_api_token/"
U_AIM = "https://aimstack.readthedocs.io/en/latest/using/remote_tracking.html"
U_TGI = "https://huggingface.co/docs/text-generation-inference/reference/launcher"
U_VLLM = "https://docs.vllm.ai/en/latest/serving/openai_compatible_server.html"
U_HFDS = "https://huggingface.co/docs/datasets/filesystems"
U_METAFLOW = "https://docs.metaflow.org/getting-started/infrastructure"
U_FLYTE = "https://docs.flyte.org/en/latest/deployment/configuration/auth_setup.html"
U_ZENML = "https://docs.zenml.io/how-to/project-setup-and-management/connecting-to-zenml/connect-with-a-service-account"
U_LAKEFS = "https://docs.lakefs.io/reference/cli.html"
U_JH = "https://jupyterhub.readthedocs.io/en/stable/reference/authenticators.html"
U_JHLDAP = "https://github.com/jupyterhub/ldapauthenticator"
U_Z2JH = "https://z2jh.jupyter.org/en/stable/resources/reference.html#hub-db"
U_JEG = "https://jupyter-server.readthedocs.io/en/latest/other/full-config.html"
U_NLS = "https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest/install-gpu-operator-nvaie.html"
U_MODELSCOPE = "https://modelscope.cn/docs/models/download"
U_ROBO = "https://docs.roboflow.com/api-reference/authentication"
U_LS = "https://labelstud.io/guide/api.html"

P("determined_master_yaml_db_password_and_initial_user_password", U_DET, """
db:
  user: postgres
  password: «!pw18:p»
  host: «@determined-db|10.20.0.5»
  port: 5432
  name: determined
security:
  initial_user_password: «!pw16:q»
""")
P("determined_det_pass_env_with_det_user_in_job_log", U_DETCLI, """
«T» + export DET_MASTER=https://det.«lc6:d».example.internal:8080
«T» + export DET_USER=«@admin|mlops»
«T» + export DET_PASS=«!pw16:p»
«T» + det experiment create const.yaml .
""")
P("determined_helm_values_default_password_block", U_DETHELM, """
masterPort: 8080
defaultPassword: «!pw18:p»
db:
  hostAddress: determined-db.«@det|ml».svc
  user: postgres
  password: «!pw20:q»
""")
P("determined_det_user_login_password_on_cmdline_ps", U_DETCLI, """
«@alice|bob»  «dig5:p»  0.0  0.2  51240 31004 pts/«dig1:t»  S+  «hh»:«mm»  0:00 /usr/bin/python3 /usr/local/bin/det -m http://det-master:8080 user change-password --password «!pw16:p» «@alice|bob»
""")
P("runai_rest_api_app_token_request_body", U_RUNAI, r"""
POST /api/v1/token HTTP/1.1
Host: «@acme|ml».run.ai
Content-Type: application/json

{"grantType": "app_token", "AppId": "«uuid:a»", "AppSecret": "«!an32:s»"}
""")
P("runai_token_response_access_token_json", U_RUNAI, r"""
{"accessToken":"eyJhbGciOiJSUzI1NiIsInR5cCIgOiAiSldUIn0.«!b64u160:p».«!b64u86:s»","expiresIn":«dig4:e»,"idToken":null}
""")
P("kfp_client_existing_token_in_notebook_traceback", U_KFP, """
Traceback (most recent call last):
  File "/home/jovyan/submit.py", line «dig2:l», in <module>
    client = kfp.Client(host="https://kubeflow.«lc6:d».example.internal/pipeline", existing_token="eyJhbGciOiJSUzI1NiIsImtpZCI6Ik«an20:k»In0.«!b64u180:p».«!b64u86:s»")
kfp_server_api.exceptions.ApiException: (401)
""")
P("kfp_mlpipeline_minio_artifact_secret_stringdata", U_KFPMINIO, """
apiVersion: v1
kind: Secret
metadata:
  name: mlpipeline-minio-artifact
  namespace: kubeflow
stringData:
  accesskey: «uc20:a»
  secretkey: «!an40:s»
""")
P("katib_mysql_secrets_root_password_data", U_KATIB, """
apiVersion: v1
data:
  MYSQL_ROOT_PASSWORD: «!pw18:p|b64:»
kind: Secret
metadata:
  name: katib-mysql-secrets
  namespace: kubeflow
""")
P("mpijob_launcher_mpirun_x_token_command_args", "https://www.kubeflow.org/docs/components/trainer/legacy-v1/user-guides/mpi/", """
    Launcher:
      replicas: 1
      template:
        spec:
          containers:
          - name: launcher
            command: ["mpirun", "--allow-run-as-root", "-np", "«@8|16»", "-x", "HF_TOKEN=hf_«!an34:h»", "-x", "NCCL_DEBUG=INFO", "python", "/opt/train.py"]
""")
P("kserve_storage_config_secret_s3_annotations_stringdata", U_KSERVE, """
apiVersion: v1
kind: Secret
metadata:
  name: s3creds
  annotations:
     serving.kserve.io/s3-endpoint: minio.«@kubeflow|minio».svc:9000
     serving.kserve.io/s3-usehttps: "0"
type: Opaque
stringData:
  AWS_ACCESS_KEY_ID: «uc20:a»
  AWS_SECRET_ACCESS_KEY: «!b64s40:s»
""")
P("kserve_huggingface_runtime_args_hf_token_literal_env", U_KSERVEHF, """
    model:
      modelFormat:
        name: huggingface
      args:
        - --model_name=llama3
        - --model_id=meta-llama/meta-llama-3-8b-instruct
      env:
        - name: HF_TOKEN
          value: "hf_«!an34:h»"
""")
P("ray_start_head_redis_password_ps_line", U_RAY, """
ray      «dig4:p»  2.1  0.4 2193044 281004 ?     Sl   «hh»:«mm»   1:«mm» /usr/bin/python3 /usr/local/bin/ray start --head --port=6379 --redis-password=«!pw20:p» --dashboard-host=0.0.0.0 --block
""")
P("kuberay_gcs_ft_redis_password_literal_value", U_KUBERAY, """
  gcsFaultToleranceOptions:
    redisAddress: "redis://redis.«@ray|default».svc.cluster.local:6379"
    redisPassword:
      value: "«!pw18:p»"
  headGroupSpec:
    rayStartParams:
      num-cpus: "0"
""")
P("ray_job_submit_runtime_env_json_flag_ps", U_RAYJOB, r"""
ray job submit --address http://127.0.0.1:8265 --runtime-env-json='{"env_vars": {"NEPTUNE_API_TOKEN": "«!b64u44:n»", "OMP_NUM_THREADS": "4"}, "working_dir": "./"}' -- python tune.py
""")
P("triton_docker_run_azure_storage_key_env", U_TRITON, """
docker run --gpus=all --rm -p8000:8000 -e AZURE_STORAGE_ACCOUNT=«lc12:a» -e AZURE_STORAGE_KEY=«!b64s86:k»== nvcr.io/nvidia/tritonserver:24.«@01|05|08»-py3 tritonserver --model-repository=as://«lc12:a»/models
""")
P("deepspeed_openmpi_runner_mpirun_x_exports", U_DSMPI, """
[«TL»] [INFO] [runner.py:«dig3:l»:main] cmd = mpirun -n 16 -hostfile /job/hostfile --mca btl ^openib --mca btl_tcp_if_include eth0 -x UCX_TLS=tcp -x COMET_API_KEY=«!an25:c» -x PYTHONPATH=/workspace python -u train.py --deepspeed ds_config.json
""")
P("torch_elastic_error_file_json_py_callstack_token", U_TORCHERR, r"""
{"message": {"message": "HTTPError: 401 Client Error for url: https://huggingface.co/api/models?token=hf_«!an34:h»", "extraInfo": {"py_callstack": "Traceback (most recent call last):\n  File \"/workspace/train.py\", line «dig2:l», in main\n    api.list_models(token=\"hf_«!an34:h»\")\n", "timestamp": "«dig10:t»"}}}
""")
P("hf_argument_parser_custom_dataclass_repr_token_field", "https://huggingface.co/docs/transformers/internal/trainer_utils#transformers.HfArgumentParser", """
«TL» INFO __main__: script_args=ScriptArguments(model='«@llama-7b|mistral-7b»', lr=3e-05, batch_size=«dig2:b», neptune_api_token='«!b64u44:n»', db_url='postgresql://ft:«!pw16:p|pct»@db:5432/runs', seed=«dig4:s»)
""")
P("argparse_vars_json_dump_args_json_file", U_ARGP, r"""
{
  "output_dir": "/scratch/out/«lc8:r»",
  "hub_model_id": "«@acme|lab»/«lc8:m»",
  "clearml_secret_key": "«!an50:s»",
  "seed": «dig4:s»
}
""")
P("hydra_submitit_launcher_setup_export_line", U_HYDRASUB, """
hydra:
  launcher:
    _target_: hydra_plugins.hydra_submitit_launcher.submitit_launcher.SlurmLauncher
    partition: «@gpu|a100»
    gpus_per_node: «@4|8»
    setup:
      - export NCCL_DEBUG=WARN
      - export HF_TOKEN=hf_«!an34:h»
""")
P("omegaconf_oc_env_default_literal_fallback_secret", U_OCENV, """
logger:
  neptune:
    project: «@acme|lab»/«lc8:p»
    api_key: ${oc.env:NEPTUNE_API_TOKEN,«!b64u44:n»}
  mlflow:
    tracking_uri: ${oc.env:MLFLOW_TRACKING_URI,http://mlflow:5000}
""")
P("mlflow_flask_server_secret_key_env_compose", U_MLFLOWAUTH, """
    environment:
      MLFLOW_FLASK_SERVER_SECRET_KEY: "«!an40:k»"
      MLFLOW_AUTH_CONFIG_PATH: /mlflow/basic_auth.ini
    command: mlflow server --app-name basic-auth --host 0.0.0.0
""")
P("mlflow_server_artifacts_destination_env_dump_gcs_hmac", U_MLFLOWART, """
MLFLOW_S3_ENDPOINT_URL=https://storage.googleapis.com
AWS_ACCESS_KEY_ID=GOOG1E«uc55:a»
AWS_SECRET_ACCESS_KEY=«!b64s40:s»
MLFLOW_ARTIFACTS_DESTINATION=s3://«lc10:b»/mlflow
""")
P("clearml_apiserver_conf_fixed_users_passwords", U_CLEARMLSRV, """
auth {
    fixed_users {
        enabled: true
        pass_hashed: false
        users: [
            { username: "«@jane|alice»", password: "«!pw14:p»", name: "Jane Doe" },
            { username: "«@john|bob»", password: "«!pw14:q»", name: "John Doe" }
        ]
    }
}
""")
P("clearml_secure_conf_session_secret_and_user_key", U_CLEARMLSRV, """
secure {
    http {
        session_secret {
            apiserver: "«!an40:s»"
        }
    }
    credentials {
        apiserver { user_key: "«uc30:k»", user_secret: "«!an50:u»" }
    }
}
""")
P("opik_config_ini_api_key_workspace", U_OPIK, """
[opik]
url_override = https://www.comet.com/opik/api/
api_key = «!an25:k»
workspace = «@acme|ml-lab»
""")
P("comet_optimizer_env_and_rest_api_key_export_history", U_COMETOPT, """
export COMET_REST_API_KEY=«!an25:r»
export COMET_WORKSPACE=«@acme|ml-lab»
comet optimize -j 4 opt.py opt.config
""")
P("neptune_init_run_api_token_repr_in_pdb", U_NEPTUNE, """
(Pdb) p run_kwargs
{'project': '«@acme|lab»/«lc8:p»', 'api_token': '«!b64u44:n»', 'capture_hardware_metrics': True}
""")
P("aim_remote_tracking_s3_storage_env_in_systemd_unit", U_AIM, """
[Service]
Environment=AIM_REPO=/srv/aim
Environment=AWS_SECRET_ACCESS_KEY=«!b64s40:s»
ExecStart=/usr/local/bin/aim server --repo /srv/aim --port 53800
""")
P("tgi_launcher_args_debug_struct_api_key_some", U_TGI, """
«T»  INFO text_generation_launcher: Args {
    model_id: "meta-llama/Meta-Llama-3-8B-Instruct",
    revision: None,
    max_concurrent_requests: 128,
    hostname: "«lc12:h»",
    port: 80,
    api_key: Some(
        "«!an40:k»",
    ),
""")
P("vllm_serve_non_default_args_api_key", U_VLLM, """
INFO «@01|02|03»-«dd» «hh»:«mm»:«mm» [api_server.py:«dig3:l»] non-default args: {'model': 'Qwen/Qwen2.5-7B-Instruct', 'api_key': '«!an32:k»', 'tensor_parallel_size': «@2|4»}
""")
P("vllm_api_key_env_in_k8s_deployment_literal", U_VLLM, """
        command: ["vllm", "serve", "mistralai/Mistral-7B-Instruct-v0.3"]
        env:
        - name: VLLM_API_KEY
          value: sk-vllm-«!an32:k»
        - name: HUGGING_FACE_HUB_TOKEN
          value: hf_«!an34:h»
""")
P("hf_datasets_storage_options_s3_secret_log", U_HFDS, """
«TL» INFO data.py: load_dataset('parquet', data_files='s3://«lc10:b»/train/*.parquet', storage_options={'key': '«uc20:a»', 'secret': '«!b64s40:s»', 'client_kwargs': {'endpoint_url': 'http://minio:9000'}})
""")
P("metaflow_argo_workflow_template_env_service_auth_key", U_METAFLOW, """
        env:
        - name: METAFLOW_SERVICE_URL
          value: https://metaflow.«lc6:d».example.internal/api
        - name: METAFLOW_SERVICE_AUTH_KEY
          value: «!an40:k»
        - name: METAFLOW_DATASTORE_SYSROOT_S3
          value: s3://«lc10:b»/metaflow
""")
P("flyte_credentials_client_secret_env_export", U_FLYTE, """
export FLYTE_PLATFORM_URL=dns:///flyte.«lc6:d».example.internal
export FLYTE_CREDENTIALS_CLIENT_ID=flytepropeller
export FLYTE_CREDENTIALS_CLIENT_SECRET=«!an32:s»
export FLYTE_CREDENTIALS_AUTH_MODE=basic
""")
P("zenml_store_api_key_env_file", U_ZENML, """
ZENML_STORE_URL=https://zenml.«lc6:d».example.internal
ZENML_STORE_API_KEY=ZENKEY_«!b64s120:k»
""")
P("lakectl_yaml_credentials_secret_access_key", U_LAKEFS, """
credentials:
  access_key_id: AKIAJ«uc15:a»
  secret_access_key: «!b64s40:s»
server:
  endpoint_url: https://lakefs.«lc6:d».example.internal
""")
P("jupyterhub_dummyauthenticator_shared_password", U_JH, """
c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = "«!pw16:p»"
c.Authenticator.allowed_users = {"«@alice|bob»", "«@carol|dave»"}
""")
P("jupyterhub_ldapauthenticator_lookup_dn_search_password", U_JHLDAP, """
c.LDAPAuthenticator.server_address = "ldap.example.edu"
c.LDAPAuthenticator.lookup_dn = True
c.LDAPAuthenticator.lookup_dn_search_user = "cn=jhub,ou=svc,dc=example,dc=edu"
c.LDAPAuthenticator.lookup_dn_search_password = "«!pw20:p»"
""")
P("z2jh_values_hub_db_url_postgres_password", U_Z2JH, """
hub:
  db:
    type: postgres
    url: postgresql+psycopg2://jhub@«@pg.example.internal|10.30.0.7»:5432/jhub
    password: «!pw18:p»
""")
P("jupyter_gateway_client_auth_token_cli_ps", U_JEG, """
«@alice|jovyan»  «dig5:p»  0.5  0.9 412880 151220 ?  Ssl  «hh»:«mm»  0:04 /opt/conda/bin/python /opt/conda/bin/jupyter-lab --gateway-url=https://eg.«lc6:d».example.internal --GatewayClient.auth_token=«!hex48:t» --no-browser
""")
P("nvidia_nls_client_configuration_token_tok_file", U_NLS, """
$ cat client_configuration_token.tok
eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.«!b64u240:p».«!b64u342:s»
$ kubectl create configmap licensing-config -n gpu-operator --from-file=gridd.conf --from-file=client_configuration_token.tok
""")
P("modelscope_login_token_history", U_MODELSCOPE, """
modelscope login --token ms-«!uuid:t»
modelscope download --model qwen/Qwen2.5-7B-Instruct --local_dir ./qwen
""")
P("roboflow_api_key_url_query_dataset_export", U_ROBO, """
curl -L "https://universe.roboflow.com/ds/«an10:d»?key=«!an20:k»" > roboflow.zip; unzip roboflow.zip
""")
P("label_studio_compose_env_username_password_bootstrap", "https://labelstud.io/guide/signup", """
  label-studio:
    image: heartexlabs/label-studio:1.«dig2:v».0
    environment:
      - LABEL_STUDIO_USERNAME=«@admin|ops»@example.com
      - LABEL_STUDIO_PASSWORD=«!pw16:p»
      - LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK=true
""")
# ---- more positives: HPC site auth, cloud APIs, training platforms
U_LSFCONF = "https://www.ibm.com/docs/en/spectrum-lsf/10.1.0?topic=lsfconf-lsf-eauth-key"
U_CSTORE = "https://htcondor.readthedocs.io/en/latest/man-pages/condor_store_cred.html"
U_APLDAP = "https://httpd.apache.org/docs/2.4/mod/mod_authnz_ldap.html#authldapbindpassword"
U_POWERSAVE = "https://slurm.schedmd.com/power_save.html"
U_LAMBDASSH = "https://docs.lambda.ai/public-cloud/cloud-api/#generating-a-new-ssh-key"
U_RUNPODSDK = "https://docs.runpod.io/sdks/python/overview"
U_VASTCREATE = "https://docs.vast.ai/cli/commands"
U_GRADIENT = "https://docs.digitalocean.com/products/paperspace/"
U_CRUSOE = "https://docs.crusoecloud.com/quickstart/installing-the-cli/"
U_SKYCFG = "https://docs.skypilot.co/en/latest/reference/config.html"
U_DSTACKTASK = "https://dstack.ai/docs/concepts/tasks/#environment-variables"
U_MODALPY = "https://modal.com/docs/reference/modal.Secret#from_dict"
U_NGCSET = "https://docs.ngc.nvidia.com/cli/cmd_config.html"
U_NIMHELM = "https://docs.nvidia.com/nim/large-language-models/latest/deploy-helm.html"
U_RAYSERVE = "https://docs.ray.io/en/latest/serve/production-guide/config.html"
U_DETDEPLOY = "https://docs.determined.ai/latest/setup-cluster/aws/deploy-cluster/aws.html"
U_DEX = "https://dexidp.io/docs/connectors/local/"
U_CLEARMLCONF = "https://clear.ml/docs/latest/docs/configs/clearml_conf/"
U_NEPSYNC = "https://docs.neptune.ai/api/neptune_sync/"
U_JHDB = "https://jupyterhub.readthedocs.io/en/stable/tutorial/getting-started/config-basics.html"
U_KUBESPAWN = "https://jupyterhub-kubespawner.readthedocs.io/en/latest/spawner.html"
U_SM = "https://docs.aws.amazon.com/cli/latest/reference/sagemaker/describe-training-job.html"
U_VERTEX = "https://cloud.google.com/sdk/gcloud/reference/ai/custom-jobs/create"
U_AZML = "https://learn.microsoft.com/en-us/cli/azure/ml/job"
U_BENTO = "https://docs.bentoml.com/en/latest/scale-with-bentocloud/manage-api-tokens.html"
U_RUNPODMUT = "https://docs.runpod.io/sdks/graphql/manage-pods#create-on-demand-pod"

P("lsf_conf_eauth_key_shared_secret", U_LSFCONF, """
LSF_LOGDIR=/var/log/lsf
LSF_AUTH=eauth
LSF_EAUTH_KEY=«!an32:k»
LSF_LIM_PORT=7869
""")
P("htcondor_condor_store_cred_pool_password_flag", U_CSTORE, """
[root@«@cm|central-manager» ~]# condor_store_cred add -c -p «!pw16:p»
Operation succeeded.
""")
P("ood_portal_yml_apache_authldapbindpassword_directive", U_APLDAP, """
auth:
  - "AuthType Basic"
  - "AuthName \\"Open OnDemand\\""
  - "AuthBasicProvider ldap"
  - "AuthLDAPURL \\"ldaps://ldap.example.edu:636/ou=People,dc=example,dc=edu?uid\\""
  - "AuthLDAPBindDN \\"cn=ood,ou=svc,dc=example,dc=edu\\""
  - "AuthLDAPBindPassword «!pw18:p»"
  - "Require valid-user"
""")
P("slurm_power_save_resume_program_cloud_api_key", U_POWERSAVE, """
#!/bin/bash
# /etc/slurm/resume.sh -- invoked by slurmctld ResumeProgram
export LAMBDA_API_KEY=secret_«lc6:n»_«!hex32:k».«!an36:t»
for host in $(scontrol show hostnames "$1"); do
  /opt/burst/launch --type gpu_1x_a100 --name "$host"
done
""")
P("lambda_cloud_ssh_keys_generate_response_private_key_pem", U_LAMBDASSH, r"""
{"data":{"id":"«hex32:i»","name":"«@burst|ci»-key","public_key":"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64s43:u» «@burst|ci»-key","private_key":"-----BEGIN OPENSSH PRIVATE KEY-----\n«!b64s70:a»\n«!b64s70:b»\n«!b64s70:c»\n«!b64s50:d»\n-----END OPENSSH PRIVATE KEY-----\n"}}
""")
P("runpod_python_sdk_api_key_assignment_traceback_source_line", U_RUNPODSDK, """
Traceback (most recent call last):
  File "/home/«@alice|bob»/launch_pods.py", line «dig2:l», in <module>
    runpod.api_key = "rpa_«!uc40:k»"
  File "/usr/lib/python3.11/site-packages/runpod/__init__.py", line «dig2:m», in __setattr__
""")
P("runpod_graphql_pod_deploy_mutation_env_key_value", U_RUNPODMUT, r"""
{"query": "mutation { podFindAndDeployOnDemand( input: { cloudType: ALL, gpuCount: «@1|2|4», gpuTypeId: \"NVIDIA A100 80GB PCIe\", name: \"ft-«lc6:r»\", imageName: \"runpod/pytorch:2.1.0-py3.10-cuda11.8.0-devel\", env: [{ key: \"HF_TOKEN\", value: \"hf_«!an34:h»\" }] } ) { id imageName } }"}
""")
P("vastai_create_instance_env_docker_flags_string", U_VASTCREATE, """
vastai create instance «dig7:o» --image pytorch/pytorch:latest --disk 64 --env '-e HF_TOKEN=hf_«!an34:h» -e JUPYTER_PASSWORD=«!pw14:p» -p 8080:8080' --ssh --direct
""")
P("gradient_cli_apikey_flag_workflow_run", U_GRADIENT, """
gradient workflows run --id «uuid:w» --path ./workflow.yaml --apiKey «!hex30:k»
""")
P("crusoe_cli_config_profile_secret_key", U_CRUSOE, """
[default]
default_project="«@ml-research|training»"
access_key_id="«an22:a»"
secret_key="«!b64u43:s»"
""")
P("skypilot_config_yaml_kubernetes_pod_config_env_value", U_SKYCFG, """
kubernetes:
  pod_config:
    spec:
      containers:
        - env:
            - name: HUGGING_FACE_HUB_TOKEN
              value: hf_«!an34:h»
""")
P("dstack_task_yml_env_list_inline_value", U_DSTACKTASK, """
type: task
name: train-«lc6:r»
python: "3.11"
env:
  - HF_TOKEN=hf_«!an34:h»
  - HF_HUB_ENABLE_HF_TRANSFER=1
commands:
  - python train.py
""")
P("modal_secret_from_dict_literal_traceback_source", U_MODALPY, """
  File "/root/app.py", line «dig2:l», in <module>
    secrets=[modal.Secret.from_dict({"COMET_API_KEY": "«!an25:c»", "HF_TOKEN": "hf_«!an34:h»"})],
modal.exception.InvalidError: Function train has no GPU
""")
P("ngc_config_set_interactive_transcript_pasted_key", U_NGCSET, """
$ ngc config set
Enter API key [no-apikey]. Choices: [<VALID_APIKEY>, 'no-apikey']: nvapi-«!b64u64:k»
Enter CLI output format type [ascii]. Choices: ['ascii', 'csv', 'json']: json
Enter org [no-org]. Choices: ['«dig16:o»']: «dig16:o»
""")
P("nim_llm_helm_install_set_ngc_api_key", U_NIMHELM, """
helm install my-nim nim-llm-1.«dig1:a».0.tgz --set model.ngcAPIKey=nvapi-«!b64u64:k» --set persistence.enabled=true --set image.tag=1.«dig1:b».0
""")
P("ray_serve_config_yaml_runtime_env_env_vars_literal", U_RAYSERVE, """
applications:
- name: llm
  route_prefix: /
  import_path: serve_app:app
  runtime_env:
    env_vars:
      HF_TOKEN: hf_«!an34:h»
      OPIK_API_KEY: «!an25:o»
""")
P("determined_det_deploy_aws_db_password_flag", U_DETDEPLOY, """
det deploy aws up --cluster-id «@det|ml»-«lc5:c» --keypair «@ops|mlops»-key --db-password «!pw18:p» --compute-agent-instance-type p4d.24xlarge
""")
P("kubeflow_dex_config_static_passwords_bcrypt_hash", U_DEX, """
    staticPasswords:
    - email: «@user|admin»@example.com
      hash: $2y$12$«!bc53:h»
      username: «@user|admin»
      userID: "«dig5:u»"
""")
P("clearml_conf_sdk_azure_storage_containers_account_key", U_CLEARMLCONF, """
        azure.storage {
            containers: [
                {
                    account_name: "«lc12:a»"
                    account_key: "«!b64s86:k»=="
                    container_name: "clearml"
                }
            ]
        }
""")
P("neptune_sync_crontab_env_prefix_token", U_NEPSYNC, """
*/30 * * * * cd /scratch/«@alice|bob»/runs && NEPTUNE_API_TOKEN=«!b64u44:n» /opt/conda/bin/neptune sync --path .neptune >> sync.log 2>&1
""")
P("jupyterhub_config_db_url_userinfo_password", U_JHDB, """
c.JupyterHub.db_url = "postgresql://jupyterhub:«!pw18:p|pct»@«@pg.example.internal|10.30.0.9»:5432/jupyterhub"
c.JupyterHub.bind_url = "http://:8000"
""")
P("jupyterhub_kubespawner_environment_dict_literal", U_KUBESPAWN, """
c.KubeSpawner.image = "«@quay.io|ghcr.io»/acme/notebook:«lc7:t»"
c.KubeSpawner.environment = {
    "MLFLOW_TRACKING_URI": "https://mlflow.example.internal",
    "MLFLOW_TRACKING_TOKEN": "«!an40:t»",
}
""")
P("sagemaker_python_sdk_estimator_environment_kwarg_debug_log", "https://sagemaker.readthedocs.io/en/stable/api/training/estimators.html", """
«TL» DEBUG sagemaker.estimator: Creating training-job with kwargs: {'image_uri': '«dig12:a».dkr.ecr.us-east-1.amazonaws.com/ft:«lc7:t»', 'instance_type': 'ml.p4d.24xlarge', 'environment': {'HF_TOKEN': 'hf_«!an34:h»', 'NCCL_DEBUG': 'INFO'}}
""")
P("vertex_custom_job_worker_pool_spec_args_token", U_VERTEX, """
gcloud ai custom-jobs create --region=us-central1 --display-name=ft-«lc6:r» --worker-pool-spec=machine-type=a2-highgpu-1g,accelerator-type=NVIDIA_TESLA_A100,replica-count=1,container-image-uri=us-docker.pkg.dev/«lc8:p»/train/ft:«lc7:t» --args=--hub-token=hf_«!an34:h»,--epochs=3
""")
P("az_ml_job_create_set_environment_variables", U_AZML, """
az ml job create -f job.yml --set environment_variables.COMET_API_KEY=«!an25:c» --workspace-name «lc8:w» --resource-group rg-ml
""")
P("bentoml_cloud_login_api_token_flag", U_BENTO, """
bentoml cloud login --api-token «!lc20:t» --endpoint https://«@acme|lab».cloud.bentoml.com
""")
P("vastai_jupyter_token_in_instance_url_json", U_VASTAPI, r"""
{"id": «dig7:i», "actual_status": "running", "jupyter_token": "«!hex64:t»", "public_ipaddr": "«dig2:a».«dig2:b».«dig2:c».«dig2:d»", "ssh_port": «dig5:s»}
""")
P("paperspace_notebook_jupyter_token_url_in_log", U_PSPACE, """
«TS» [I «hh»:«mm»:«mm».«dig3:x» ServerApp] http://«lc10:n».paperspacegradient.com/lab?token=«!hex48:t»
""")
P("runpod_jupyter_password_env_template_override", U_RUNPOD, """
RUNPOD_POD_ID=«lc14:p»
JUPYTER_PASSWORD=«!pw16:p»
PUBLIC_KEY=ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64s43:k» ops@bastion
""")
P("slurm_job_stdout_hf_login_token_echo_set_x", "https://huggingface.co/docs/huggingface_hub/guides/cli#huggingface-cli-login", """
+ module load cuda/12.«dig1:c»
+ hf auth login --token hf_«!an34:h» --add-to-git-credential
Token is valid (permission: fineGrained).
+ srun python train.py
""")
P("pbs_job_script_header_and_export_ngc_key", U_PBS, """
#!/bin/bash
#PBS -N ft-«lc6:r»
#PBS -l select=1:ngpus=«@4|8»
#PBS -q «@gpu|workq»
export NGC_API_KEY=nvapi-«!b64u64:k»
cd $PBS_O_WORKDIR
""")
P("htcondor_submit_docker_universe_environment_new_syntax", U_CONDOR, """
universe = docker
docker_image = nvcr.io/nvidia/pytorch:24.«@01|03|05»-py3
environment = "HF_TOKEN='hf_«!an34:h»' OMP_NUM_THREADS=8"
request_gpus = «@1|2»
queue «dig2:q»
""")
P("accelerate_sagemaker_config_yaml_env_hub_token_list", "https://huggingface.co/docs/accelerate/usage_guides/sagemaker", """
compute_environment: AMAZON_SAGEMAKER
distributed_type: DATA_PARALLEL
ec2_instance_type: ml.p3.16xlarge
iam_role_name: accelerate_sagemaker_execution_role
sagemaker_inputs_file: inputs.tsv
sagemaker_metrics_file: metrics.tsv
additional_args:
  environment:
    HF_API_TOKEN: hf_«!an34:h»
""")
P("coreweave_sunk_slurm_login_pod_env_json_dump", "https://docs.coreweave.com/docs/products/sunk", r"""
"env": [{"name": "SLURM_JWT", "value": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.«!b64u92:p».«!b64u43:s»"}, {"name": "SLURMRESTD_URL", "value": "http://slurm-restd.tenant-«lc5:t».svc:6820"}],
""")
P("tritonserver_cache_redis_password_cli_flag", "https://github.com/triton-inference-server/redis_cache", """
tritonserver --model-repository=/models --cache-config=redis,host=redis.«@triton|inference».svc --cache-config=redis,port=6379 --cache-config=redis,password=«!pw18:p»
""")
P("torchx_slurm_scheduler_dryrun_env_export", "https://pytorch.org/torchx/latest/schedulers/slurm.html", """
#SBATCH --job-name=trainer-0 --ntasks-per-node=1 --gpus-per-node=«@4|8»
srun --chdir=/home/«@alice|bob»/proj --export=ALL,LOGLEVEL=WARNING,TORCHX_JOB_ID=slurm://torchx/${SLURM_JOB_ID},AWS_SECRET_ACCESS_KEY=«!b64s40:s» python -m torch.distributed.run --nnodes 1 train.py
""")
P("kubeflow_trainjob_v2_initializer_hf_access_token_env", "https://www.kubeflow.org/docs/components/trainer/user-guides/", """
  initializer:
    model:
      storageUri: hf://meta-llama/Llama-3.2-1B-Instruct
      env:
        - name: ACCESS_TOKEN
          value: hf_«!an34:h»
""")
# ---- look-alikes, part A
U_MUNGEMAN = "https://github.com/dun/munge/wiki/Man-1-munge"
U_SINFO = "https://slurm.schedmd.com/scontrol.html"
U_NGCCFG = "https://docs.ngc.nvidia.com/cli/cmd_config.html"

N("slurm_conf_auth_alt_jwt_key_path_parameters", U_JWT, """
AuthType=auth/munge
AuthAltTypes=auth/jwt
AuthAltParameters=jwt_key=/var/spool/slurm/statesave/jwt_hs256.key
CredType=cred/munge
ClusterName=«@hpc|gpu|cl»«dig2:n»
""")
N("slurm_scontrol_show_config_auth_lines_null", U_SINFO, """
AuthAltTypes            = auth/jwt
AuthInfo                = (null)
AuthType                = auth/munge
BOOT_TIME               = «T»
JobCompPass             = (null)
SLURM_VERSION           = 23.11.«dig1:v»
""")
N("slurmdbd_conf_storagepass_commented_docs_default", U_SDBD, """
StorageUser=slurm
#StoragePass=
# StoragePass: the password used to gain access to the database; leave unset when
# StorageType uses a local socket (job «dig5:j» template, rev «hex7:r»)
StorageLoc=slurm_acct_db
""")
N("munge_key_sha256sum_fingerprint_check", U_MUNGEMAN, """
[root@head01 ~]# pdsh -w gpu[001-0«dig2:n»] sha256sum /etc/munge/munge.key | dshbak -c
----------------
gpu[001-0«dig2:n»]
----------------
«hex64:h»  /etc/munge/munge.key
""")
N("ngc_config_current_masked_apikey_table", U_NGCCFG, """
+-------------+------------------------------------------+---------------+
| key         | value                                    | source        |
+-------------+------------------------------------------+---------------+
| apikey      | ********************************«an4:l»    | user settings |
| format_type | ascii                                    | user settings |
| org         | «dig16:o»                         | user settings |
+-------------+------------------------------------------+---------------+
""")
N("nvcr_image_digest_pinned_pull_output", U_NGC, """
24.«@01|03|05»-py3: Pulling from nvidia/pytorch
Digest: sha256:«hex64:d»
Status: Downloaded newer image for nvcr.io/nvidia/pytorch:24.«@01|03|05»-py3
nvcr.io/nvidia/pytorch@sha256:«hex64:d»
""")
N("runpod_pod_env_public_key_ssh_ed25519", U_RUNPOD, """
RUNPOD_POD_ID=«lc14:p»
RUNPOD_POD_HOSTNAME=«lc14:p»-«dig11:h»
PUBLIC_KEY=ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64s43:k» «@alice|bob»@laptop
RUNPOD_GPU_COUNT=«@1|2|8»
""")
N("modal_token_info_token_id_and_workspace", U_MODAL, """
$ modal token info
Token: ak-«an22:i»
Workspace: «@ml-team|research» (ac-«an22:w»)
User: «@alice|bob» (us-«an22:u»)
""")
N("ngc_api_key_placeholder_docs_export", U_NGC, """
export NGC_API_KEY=<your-key-value>
echo "$NGC_API_KEY" | docker login nvcr.io --username '$oauthtoken' --password-stdin
# step «dig2:s»: docker pull nvcr.io/nim/«@meta|nvidia»/«@llama-3.1-8b-instruct|nv-embedqa-e5-v5»:1.«dig1:v».0
""")
N("dstack_ps_run_table_names_and_ids", U_DSTACKCLI, """
 NAME              BACKEND          RESOURCES                    PRICE     STATUS   SUBMITTED
 «@fluffy|quick|brave»-«@owl|fox|cat»-«dig1:n»   «@runpod|vastai|lambda» (EU)  2xCPU, 8GB, 1xA100 (80GB)  $1.«dig2:p»     running  «dig1:m» mins ago
 run id: «uuid:r»
""")
# ---- look-alikes, part B: ids, hashes, masked values, references, placeholders, docs
U_SACCT = "https://slurm.schedmd.com/sacct.html"
U_SQUEUE = "https://slurm.schedmd.com/squeue.html"
U_NCCL = "https://docs.nvidia.com/deeplearning/nccl/user-guide/docs/env.html"
U_LFS = "https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md"
U_SAFET = "https://huggingface.co/docs/safetensors/index"
U_RAYSTATUS = "https://docs.ray.io/en/latest/cluster/cli.html#ray-status"
U_MIG = "https://docs.nvidia.com/datacenter/tesla/mig-user-guide/"
U_TRAINARGS = "https://huggingface.co/docs/transformers/main_classes/trainer#transformers.TrainingArguments"
U_NIMOP = "https://docs.nvidia.com/nim-operator/latest/service.html"
U_DOCKERCFG = "https://docs.docker.com/reference/cli/docker/login/#credential-stores"

N("slurm_sacct_jobid_table_with_array_steps", U_SACCT, """
JobID           JobName  Partition    Account  AllocCPUS      State ExitCode
------------ ---------- ---------- ---------- ---------- ---------- --------
«dig7:j»_«dig1:a»      ft-«lc6:r»        «@gpu|a100»     «@ml|proj»-«lc4:p»         32  COMPLETED      0:0
«dig7:j»_«dig1:a».batch      batch                «@ml|proj»-«lc4:p»         32  COMPLETED      0:0
""")
N("slurm_squeue_format_long_job_names_hashes", U_SQUEUE, """
             JOBID PARTITION                           NAME     USER ST       TIME  NODES NODELIST(REASON)
           «dig7:j»       «@gpu|a100»   sweep-«hex12:h»  «@alice|bob»  R    «dig1:h»:«mm»:«mm»      «@1|2|4» gpu[«dig3:n»]
""")
N("slurm_scontrol_show_job_gres_mig_uuid_list", U_SINFO, """
JobId=«dig7:j» JobName=ft-«lc6:r»
   UserId=«@alice|bob»(«dig4:u») GroupId=«@alice|bob»(«dig4:u») MCS_label=N/A
   TresPerNode=gres/gpu:«@1|2»
   Comment=run=«hex32:c»
   StdOut=/scratch/«@alice|bob»/logs/%x-%j.out
""")
N("slurm_jwt_key_file_reference_and_permissions", U_JWT, """
[root@ctl0 ~]# ls -l /var/spool/slurm/statesave/jwt_hs256.key
-rw------- 1 slurm slurm 32 «@Jan|Apr|Sep» «dd» «hh»:«mm» /var/spool/slurm/statesave/jwt_hs256.key
[root@ctl0 ~]# grep -i jwt /etc/slurm/slurmdbd.conf
AuthAltParameters=jwt_key=/var/spool/slurm/statesave/jwt_hs256.key
# checked by «@alice|ops» on host ctl«dig1:n»
""")
N("slurmrestd_openapi_response_job_ids_and_meta", U_REST, r"""
{"meta": {"plugin": {"type": "openapi/slurmctld", "name": "Slurm OpenAPI slurmctld", "data_parser": "data_parser/v0.0.40"}, "client": {"source": "[10.1.0.«dig2:a»]:«dig5:p»"}, "slurm": {"version": {"major": "23", "micro": "«dig1:m»", "minor": "11"}, "release": "23.11.«dig1:m»"}}, "job_id": «dig7:j», "step_id": "batch", "job_submit_user_msg": ""}
""")
N("munge_unmunge_status_metadata_no_payload", U_MUNGEMAN, """
STATUS:          Success (0)
ENCODE_HOST:     gpu«dig3:n».cluster (10.2.«dig2:a».«dig2:b»)
ENCODE_TIME:     «TS» («dig10:t»)
DECODE_TIME:     «TS» («dig10:t»)
TTL:             300
CIPHER:          aes128 (4)
MAC:             sha256 (5)
ZIP:             none (0)
UID:             «@alice|bob» («dig4:u»)
""")
N("munge_mungekey_create_message_path_only", "https://github.com/dun/munge/wiki/Man-8-mungekey", """
[root@head01 ~]# mungekey --create --bits 1024 --verbose
mungekey: Info: Created "/etc/munge/munge.key" with «@1024|2048»-bit key
[root@head01 ~]# systemctl restart munge   # «T» ticket OPS-«dig4:t»
""")
N("pbs_qstat_f_variable_list_without_secrets", U_PBS, """
Job Id: «dig6:j».«@pbs01|pbs-server»
    Job_Name = ft-«lc6:r»
    Job_Owner = «@alice|bob»@login«dig1:n».cluster
    Variable_List = PBS_O_HOME=/home/«@alice|bob»,PBS_O_LANG=en_US.UTF-8,
⇥PBS_O_WORKDIR=/home/«@alice|bob»/ft,PBS_O_QUEUE=«@gpu|workq»
""")
N("lsf_bjobs_wide_table_job_ids", U_LSF, """
JOBID   USER    STAT  QUEUE      FROM_HOST   EXEC_HOST   JOB_NAME   SUBMIT_TIME
«dig6:j»  «@alice|bob»   RUN   «@gpu|normal»        login«dig1:n»      gpu«dig3:n»      ft-«hex8:h»   «@Jan|Feb» «dd» «hh»:«mm»
""")
N("htcondor_security_config_password_file_reference", U_CTOK, """
SEC_DEFAULT_AUTHENTICATION_METHODS = FS, IDTOKENS, PASSWORD
SEC_PASSWORD_FILE = /etc/condor/passwords.d/POOL
SEC_TOKEN_DIRECTORY = /etc/condor/tokens.d
TRUST_DOMAIN = cm«dig1:n».example.internal:«dig4:p»
""")
N("htcondor_condor_token_list_header_claims_only", U_CTOK, """
Header: {"alg":"HS256","kid":"POOL"} Payload: {"iat":«dig10:i»,"iss":"cm.example.internal:9618","jti":"«hex32:j»","scope":"condor:/READ condor:/WRITE","sub":"«@alice|bob»@cm.example.internal"} File: /home/«@alice|bob»/.condor/tokens.d/cm
""")
N("ood_portal_yml_oidc_client_secret_from_file_ref", U_OOD, """
oidc_client_id: "ondemand-«lc6:c»"
oidc_client_secret: "%{env:OOD_OIDC_CLIENT_SECRET}"
oidc_remote_user_claim: "preferred_username"
oidc_settings:
  OIDCPassIDTokenAs: "serialized"
""")
N("ngc_registry_image_info_digests_and_sizes", U_NGCCFG, """
--------------------------------------------------------
  Image Information
    Name: nvidia/pytorch:24.«@01|03|05»-py3
    Architecture: amd64
    Image Size: «dig1:a».«dig2:b» GB
    Digest: sha256:«hex64:d»
    Schema Version: 2
--------------------------------------------------------
""")
N("nvapi_key_placeholder_xxx_in_readme", U_NGC, """
# Replace the placeholder below (see step «dig1:s»):
export NGC_API_KEY=nvapi-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
docker run --gpus all -e NGC_API_KEY -p 8000:8000 nvcr.io/nim/«@meta|nvidia»/model:«dig1:v».0
""")
N("nim_operator_nimservice_auth_secret_ref", U_NIMOP, """
apiVersion: apps.nvidia.com/v1alpha1
kind: NIMService
metadata:
  name: llama-«lc5:n»
spec:
  image:
    repository: nvcr.io/nim/meta/llama-3.1-8b-instruct
    tag: 1.«dig1:v».0
    pullSecrets: [ngc-secret]
  authSecret: ngc-api-secret
""")
N("docker_config_json_creds_store_nvcr_empty_auth", U_DOCKERCFG, r"""
{
	"auths": {
		"nvcr.io": {},
		"registry.«lc6:d».example.internal": {}
	},
	"credsStore": "«@desktop|pass|secretservice»"
}
""")
N("enroot_credentials_env_var_reference_lines", U_ENROOT, """
# ~/.config/enroot/.credentials (rev «hex7:r»)
machine nvcr.io login $oauthtoken password $NGC_API_KEY
machine ghcr.io login «@alice|bob» password ${GITHUB_TOKEN}
""")
N("apptainer_docker_password_prompt_transcript", U_APPT, """
$ apptainer pull --docker-login docker://nvcr.io/nvidia/pytorch:24.«@01|03|05»-py3
Enter Docker Username: $oauthtoken
Enter Docker Password:
INFO:    Converting OCI blobs to SIF format (sha256:«hex64:d»)
""")
N("lambda_instances_list_ids_and_ssh_key_names", U_LAMBDA, r"""
{"data": [{"id": "«hex32:i»", "name": "«@train|burst»-«dig2:n»", "ip": "«dig3:a».«dig2:b».«dig2:c».«dig2:d»", "status": "active", "ssh_key_names": ["«@alice|bob»-laptop"], "file_system_names": ["«lc8:f»"], "region": {"name": "us-west-1"}, "instance_type": {"name": "gpu_1x_a100_sxm4"}}]}
""")
N("runpodctl_get_pod_table_ids", U_RUNPOD, """
ID              NAME            GPU             IMAGE NAME                                      STATUS
«lc14:p»  ft-«lc6:r»       1 A100 80GB     runpod/pytorch:2.«dig1:v».0-py3.10-cuda11.8.0   RUNNING
""")
N("runpod_api_key_docs_placeholder_and_env_name", U_RUNPOD, """
# Get an API key from Settings > API Keys, then (example «dig3:e»):
runpodctl config --apiKey $RUNPOD_API_KEY
export RUNPOD_API_KEY=your_runpod_api_key
""")
N("vastai_show_instances_table_ids_and_labels", U_VAST, """
ID        Machine  Status   Num  Model     Util. %  vCPUs    RAM  Storage  SSH Addr      SSH Port  $/hr    Image
«dig7:i»  «dig5:m»    running   1x  RTX_4090  «dig2:u».0    16.0   64.3   64       ssh«dig1:s».vast.ai  «dig5:p»     0.«dig3:c»  pytorch/pytorch
""")
N("vastai_api_key_file_path_only_message", U_VAST, """
$ ls -l ~/.config/vastai/
-rw------- 1 «@alice|bob» «@alice|bob» 64 «@Jan|May» «dd» «hh»:«mm» vast_api_key
$ vastai show user | head -1   # job «dig5:j»
""")
N("paperspace_machine_ids_and_team_handle", U_PSPACE, """
ID          NAME              OS     STATE    REGION   MACHINE TYPE
ps«lc7:m»   «@train|dev»-«dig2:n»          ubuntu ready    ny2      A100-80G
team: te«lc7:t» (handle: «@acme|lab»)
""")
N("modal_secret_list_table_names_only", U_MODALSEC, """
┏━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━┓
┃ Name                 ┃ Created at          ┃ Last used at         ┃
┡━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━┩
│ huggingface-secret   │ «TS»      │ «TS»       │
│ comet-«lc6:c»         │ «TS»      │ -                    │
└──────────────────────┴─────────────────────┴──────────────────────┘
""")
N("modal_function_call_ids_and_app_ids_log", U_MODAL, """
✓ Initialized. View run at https://modal.com/apps/«@acme|lab»/main/ap-«an22:a»
✓ Created function train (fc-«an22:f»)
Call ID: fc-«an22:c»  Input ID: in-«an22:i»
""")
N("together_job_ids_and_file_ids_list", U_TOGETHER, """
Fine-tune ID: ft-«uuid:f»
Training file: file-«uuid:t»
Output model: «@acme|lab»/Meta-Llama-3.1-8B-Instruct-Reference-«hex8:h»
Status: completed
""")
N("skypilot_status_table_cluster_hashes", U_SKY, """
NAME                       LAUNCHED     RESOURCES                          STATUS   AUTOSTOP  COMMAND
sky-«hex4:a»-«@alice|bob»           «dig1:n» hrs ago    1x Lambda(gpu_1x_a100, {'A100': 1})  UP       -         sky launch -c ...
Managed job ID: «dig3:j»  user hash: «hex8:u»
""")
N("skypilot_task_yaml_secrets_block_null_values", U_SKY, """
name: ft-«lc6:r»
secrets:
  HF_TOKEN: null
  WANDB_API_KEY: null
envs:
  MODEL: meta-llama/Llama-3.1-8B
""")
N("dstack_server_config_backend_creds_default_type", U_DSTACK, """
projects:
- name: «@main|research»
  backends:
  - type: aws
    creds:
      type: default
  - type: gcp
    project_id: «lc8:p»-«dig6:n»
    creds:
      type: default
""")
N("determined_experiment_and_checkpoint_uuids", U_DETCLI, """
 Experiment ID: «dig4:e»   Trial ID: «dig5:t»
 Checkpoint UUID                       Batch #   State      Resources
 «uuid:c»   «dig4:b»      COMPLETED  {'state_dict.pth': «dig9:s»}
""")
N("determined_master_yaml_password_env_reference", U_DET, """
db:
  user: postgres
  password: ${DET_DB_PASSWORD}
  host: determined-db-«lc5:h»
security:
  initial_user_password: ${DET_INITIAL_PASSWORD}
""")
N("runai_workload_list_names_and_project_ids", U_RUNAI, """
  Workload           Type      Status   Project       Running/Req.Pods   GPU Alloc.
  ft-«lc6:r»          Training  Running  «@team-a|research»-«dig2:n»      «@1|2»/«@1|2»               «@1|2|4».00
  workload id: «uuid:w»
""")
N("kfp_run_ids_and_pipeline_version_ids", U_KFP, """
+--------------------------------------+--------------------+-----------+---------------------------+
| Run ID                               | Name               | Status    | Created at                |
+--------------------------------------+--------------------+-----------+---------------------------+
| «uuid:r» | ft-«lc6:n»     | Succeeded | «T»  |
+--------------------------------------+--------------------+-----------+---------------------------+
""")
N("kserve_inferenceservice_storage_uri_service_account_ref", U_KSERVE, """
apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: sklearn-«lc5:n»
spec:
  predictor:
    serviceAccountName: sa-s3-creds
    model:
      modelFormat: {name: sklearn}
      storageUri: s3://«lc10:b»/models/«hex12:v»
""")
N("kuberay_redis_password_secret_key_ref", U_KUBERAY, """
  gcsFaultToleranceOptions:
    redisAddress: "redis://redis.«@ray|default».svc.cluster.local:6379"
    redisPassword:
      valueFrom:
        secretKeyRef:
          name: redis-password-secret-«lc4:s»
          key: password
""")
N("ray_status_node_ids_resource_usage", U_RAYSTATUS, """
======== Autoscaler status: «TS» ========
Node status
---------------------------------------------------------------
Active:
 1 node_«hex56:n»
 1 node_«hex56:m»
""")
N("ray_job_submission_ids_raysubmit", U_RAYJOB, """
Job 'raysubmit_«an16:j»' submitted successfully
Query the status of the job:
  ray job status raysubmit_«an16:j»
""")
N("nccl_init_complete_comm_ids_bus_ids", U_NCCL, """
gpu«dig3:n»:«dig5:p»:«dig5:p» [0] NCCL INFO Bootstrap : Using eth0:10.2.«dig2:a».«dig2:b»<0>
gpu«dig3:n»:«dig5:p»:«dig5:p» [0] NCCL INFO comm 0x«hex12:c» rank 0 nranks «@8|16» cudaDev 0 nvmlDev 0 busId «hex5:b»0 commId 0x«hex16:i» - Init COMPLETE
""")
N("nvidia_smi_l_mig_device_uuids", U_MIG, """
GPU 0: NVIDIA A100-SXM4-80GB (UUID: GPU-«uuid:g»)
  MIG 3g.40gb     Device  0: (UUID: MIG-«uuid:a»)
  MIG 3g.40gb     Device  1: (UUID: MIG-«uuid:b»)
""")
N("git_lfs_pointer_safetensors_oid_sha256", U_LFS, """
version https://git-lfs.github.com/spec/v1
oid sha256:«hex64:o»
size «dig10:s»
""")
N("safetensors_shard_index_json_weight_map_and_hash", U_SAFET, r"""
{
  "metadata": {"total_size": «dig11:t»},
  "weight_map": {
    "lm_head.weight": "model-0000«@2|3|4»-of-0000«@4|5».safetensors",
    "model.embed_tokens.weight": "model-00001-of-0000«@4|5».safetensors"
  },
  "_sha256": "«hex64:h»"
}
""")
N("sha256sum_checkpoint_shards_listing", U_SAFET, """
«hex64:a»  model-00001-of-00004.safetensors
«hex64:b»  model-00002-of-00004.safetensors
«hex64:c»  optimizer.pt
""")
N("hf_training_arguments_repr_hub_token_masked_and_push_token", U_TRAINARGS, """
TrainingArguments(
_n_gpu=«@1|4|8»,
hub_model_id=«@acme|lab»/«lc8:m»,
hub_private_repo=None,
hub_strategy=every_save,
hub_token=<HUB_TOKEN>,
push_to_hub_token=<PUSH_TO_HUB_TOKEN>,
run_name=/scratch/out/«lc8:r»,
seed=«dig4:s»,
)
""")
N("argparse_help_text_token_options_no_values", U_ARGP, """
  --hub-token HUB_TOKEN
                        token for pushing checkpoints (default: $HF_TOKEN)
  --neptune-api-token NEPTUNE_API_TOKEN
                        Neptune token; read from env if unset (default: None)
  --seed SEED           random seed (default: «dig4:s»)
""")
N("omegaconf_oc_env_no_default_and_select_interpolations", U_OCENV, """
tracker:
  comet_api_key: ${oc.env:COMET_API_KEY}
  clearml_secret: ${oc.env:CLEARML_API_SECRET_KEY,null}
  run_name: ${now:%Y-%m-%d}_«lc6:r»
  ckpt: ${oc.select:paths.ckpt_dir,/scratch/ckpt/«hex8:c»}
""")
N("hydra_submitit_launcher_setup_names_only", U_HYDRASUB, """
hydra:
  launcher:
    partition: «@gpu|a100»
    timeout_min: «dig3:t»
    setup:
      - source ~/.secrets/hf.env
      - export HF_TOKEN
      - module load cuda/12.«dig1:c»
""")
N("deepspeed_config_json_comms_logger_and_zero_keys", U_DSMPI, r"""
{
  "train_micro_batch_size_per_gpu": «dig2:b»,
  "zero_optimization": {"stage": 3, "offload_param": {"device": "cpu"}, "stage3_param_persistence_threshold": «dig6:t»},
  "comms_logger": {"enabled": true, "verbose": false},
  "checkpoint": {"tag_validation": "Warn", "load_universal": false}
}
""")
N("torchrun_launcher_log_master_addr_and_rdzv_endpoint", U_TORCHERR, """
[«TL»] torch.distributed.run: [WARNING] master_addr is only used for static rdzv_backend and when rdzv_endpoint is not specified.
  entrypoint       : train.py
  min_nodes        : «@1|2»
  rdzv_backend     : c10d
  rdzv_endpoint    : 10.2.«dig2:a».«dig2:b»:29500
  run_id           : «dig7:j»
""")
N("mlflow_server_secret_key_env_from_secret_ref", U_MLFLOWAUTH, """
        env:
        - name: MLFLOW_FLASK_SERVER_SECRET_KEY
          valueFrom:
            secretKeyRef:
              name: mlflow-auth-«lc5:s»
              key: flask-secret-key
""")
N("mlflow_artifact_repo_list_files_with_md5", U_MLFLOWART, """
path                               is_dir  file_size
model/MLmodel                      False   «dig3:a»
model/model.pkl                    False   «dig7:b»
model/requirements.txt  # md5 «hex32:m»
""")
N("clearml_apiserver_conf_hashed_passwords_only", U_CLEARMLSRV, """
auth {
    fixed_users {
        enabled: true
        pass_hashed: true
        users: [ { username: "«@jane|alice»", password: "${CLEARML_JANE_PW_HASH}", name: "Jane Doe «dig3:x»" } ]
    }
}
""")
N("clearml_task_output_uri_and_worker_ids", U_CLEARMLCONF, """
ClearML Task: created new task id=«hex32:t»
ClearML results page: https://app.clear.ml/projects/«hex32:p»/experiments/«hex32:t»/output/log
Worker «lc8:w»:gpu0 registered to queue «@default|gpu»
""")
N("opik_trace_and_span_ids_json", U_OPIK, r"""
{"id": "«uuid:t»", "project_name": "«@default|ft-evals»", "name": "chat", "start_time": "«T»", "spans": [{"id": "«uuid:s»", "type": "llm", "usage": {"prompt_tokens": «dig3:p», "completion_tokens": «dig2:c»}}]}
""")
N("neptune_run_sys_id_and_offline_dir_hash", U_NEPSYNC, """
Synchronising «@acme|lab»/«lc8:p»/«@FT|EXP»-«dig3:n»
Offline run run__«hex32:h» synchronised as «@FT|EXP»-«dig3:n»
""")
N("aim_run_hashes_and_repo_path", U_AIM, """
Aim UI collects anonymous usage analytics.
Run «hex24:r» (experiment: «lc8:e») context: {'subset': 'train'}
Repo /srv/aim/.aim  server listening on 0.0.0.0:53800
""")
N("tgi_launcher_args_api_key_none", U_TGI, """
«T»  INFO text_generation_launcher: Args {
    model_id: "«@mistralai/Mistral-7B-Instruct-v0.3|meta-llama/Meta-Llama-3-8B-Instruct»",
    revision: Some(
        "«hex40:r»",
    ),
    api_key: None,
""")
N("vllm_env_api_key_from_secret_key_ref", U_VLLM, """
        env:
        - name: VLLM_API_KEY
          valueFrom:
            secretKeyRef:
              name: vllm-«lc5:s»
              key: api-key
""")
N("hf_datasets_cache_fingerprint_arrow_s3_uri", U_HFDS, """
Loading cached processed dataset at /scratch/hf/datasets/parquet/default-«hex16:f»/0.0.0/«hex64:h»/cache-«hex16:c».arrow
storage_options: anon=False, profile='«@training|default»'
""")
N("metaflow_config_json_auth_key_empty_and_datastore", U_METAFLOW, r"""
{
    "METAFLOW_DEFAULT_DATASTORE": "s3",
    "METAFLOW_SERVICE_AUTH_KEY": "",
    "METAFLOW_DATASTORE_SYSROOT_S3": "s3://«lc10:b»/metaflow"
}
""")
N("flyte_admin_client_secret_location_path", U_FLYTE, """
admin:
  endpoint: dns:///flyte.«lc6:d».example.internal
  authType: ClientSecret
  clientId: flytepropeller
  clientSecretLocation: /etc/secrets/client_secret
""")
N("zenml_service_account_api_key_masked_list", U_ZENML, """
┃ NAME     │ ID                                   │ KEY          │ ACTIVE ┃
┃ ci-«lc4:n»  │ «uuid:i» │ ZENKEY_****«an4:l» │ ✔      ┃
""")
N("lakectl_yaml_env_substituted_credentials", U_LAKEFS, """
credentials:
  access_key_id: ${LAKECTL_CREDENTIALS_ACCESS_KEY_ID}
  secret_access_key: ${LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY}
server:
  endpoint_url: https://lakefs.«lc6:d».example.internal
""")
N("lakefs_commit_ids_and_branch_refs", U_LAKEFS, """
ID: «hex64:c»
Author: «@alice|bob»
Date: «TS»
    ingest shard «dig3:s»
""")
N("jupyterhub_config_password_from_env_getenv", U_JH, """
import os
c.DummyAuthenticator.password = os.environ["JUPYTERHUB_SHARED_PASSWORD"]
c.LDAPAuthenticator.lookup_dn_search_password = os.environ.get("LDAP_BIND_PW")
c.JupyterHub.cookie_secret_file = "/srv/jupyterhub/jupyterhub_cookie_secret"  # «hex8:r»
""")
N("z2jh_values_hub_db_password_existing_secret", U_Z2JH, """
hub:
  existingSecret: jhub-secrets-«lc4:s»
  db:
    type: postgres
    url: postgresql+psycopg2://jhub@pg.example.internal:5432/jhub
""")
N("jupyter_gateway_auth_token_env_name_in_docs", U_JEG, """
--GatewayClient.auth_token=<Unicode>
    The authorization token used in the HTTP headers. The header will be
    formatted as: {'Authorization': '{auth_scheme} {auth_token}'}
    Default: None  (env: JUPYTER_GATEWAY_AUTH_TOKEN) [«dig3:v»]
""")
N("gridd_conf_client_config_token_path_only", U_NLS, """
ServerAddress=
ServerPort=7070
FeatureType=1
ClientConfigTokenPath=/etc/nvidia/ClientConfigToken/client_configuration_token_«dig2:m»-«dd»-20«dig2:y»-«hh»-«mm»-«mm».tok
""")
N("ssh_ed25519_public_key_authorized_keys_cloud_init", U_LAMBDASSH, """
#cloud-config
ssh_authorized_keys:
  - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64s43:k» «@alice|bob»@«@laptop|bastion»
""")
N("kubeflow_dex_static_passwords_hash_env_ref", U_DEX, """
    staticPasswords:
    - email: «@user|admin»@example.com
      hashFromEnv: DEX_USER_PASSWORD_HASH
      username: «@user|admin»
      userID: "«dig5:u»"
""")
N("katib_experiment_trial_names_suggestion_ids", U_KATIB, """
NAME                       TYPE        STATUS   AGE
random-«lc8:t»            Succeeded   True     «dig2:m»m
random-«lc8:u»            Running     True     «dig1:n»m
""")
N("beegfs_client_conf_conn_auth_disabled_flag", U_BEEGFS, """
connAuthFile                  =
connDisableAuthentication     = true
sysMgmtdHost                  = mgmt«dig2:n».cluster
connClientPortUDP             = 80«dig2:p»
""")
N("xdmod_portal_settings_ini_password_empty_comment", U_XDMOD, """
[database]
host = "localhost"
user = "xdmod"
; pass is read from /etc/xdmod/secrets.d/db (rev «hex7:r»)
pass = ""
""")
N("warewulf_nodes_conf_ipmi_password_template_var", U_WW, """
nodes:
  gpu«dig3:n»:
    ipmi:
      username: ADMIN
      password: '{{ .Ipmi.Password }}'
      ipaddr: 10.99.«dig2:a».«dig2:b»
""")
N("lsf_conf_eauth_settings_without_key", U_LSFCONF, """
LSF_AUTH=eauth
LSF_EAUTH_KEY_FILE=/etc/lsf/eauth.key
LSF_AUTH_QUERY_COMMANDS=Y
LSF_MASTER_LIST="lsfmaster«dig2:n» lsfmaster«dig2:m»"
""")
N("bentoml_deployment_ids_and_bento_tags", U_BENTO, """
Deployment  llm-«lc6:d»  status: running
Bento: summarization:«lc16:t»
Image: «lc8:r».cloud.bentoml.com/bento:«hex12:h»
""")
N("anyscale_job_ids_and_cluster_env_build", U_ANYSCALE, """
(anyscale +«dig1:m».«dig1:n»s) Job prodjob_«lc20:j» has been submitted, current state is PENDING.
(anyscale +«dig1:m».«dig1:n»s) Cluster env build: bld_«lc20:b»
""")
N("replicate_model_version_hash_and_prediction_ids", U_REPL, """
Prediction p«lc25:p» started for «@stability-ai|meta»/model:«hex64:v»
Status: succeeded (predict_time=«dig1:s».«dig2:f»s)
""")
N("vertex_custom_job_resource_names", U_VERTEX, """
CustomJob [projects/«dig12:p»/locations/us-central1/customJobs/«dig19:j»] is submitted successfully.
Your job is still active. You may view the status of your job with the command
  $ gcloud ai custom-jobs describe projects/«dig12:p»/locations/us-central1/customJobs/«dig19:j»
""")
N("sagemaker_training_job_arn_and_model_artifacts_etag", U_SM, """
TrainingJobName: llm-ft-«lc6:j»-«dig13:t»
ModelArtifacts: s3://sagemaker-us-east-1-«dig12:a»/llm-ft/output/model.tar.gz
ETag: "«hex32:e»"
""")
N("singularity_sif_inspect_labels_and_hashes", U_APPT, """
org.label-schema.build-date: «@Monday|Friday»_«dd»_«@January|June»_20«dig2:y»_«hh»:«mm»:«mm»_UTC
org.label-schema.usage.singularity.deffile.from: nvcr.io/nvidia/pytorch:24.«@01|03|05»-py3
org.opencontainers.image.revision: «hex40:r»
""")
N("coreweave_object_storage_access_key_id_only_listing", U_CW, """
ACCESS KEY ID                 CREATED                 EXPIRES
CW«uc18:a»            «T»   never
""")
N("pbs_qsub_v_env_names_without_values", U_PBS, """
qsub -V -v HF_TOKEN,NEPTUNE_API_TOKEN,EPOCHS=«dig2:e» -l select=1:ngpus=«@2|4» train.pbs
""")
N("slurm_sbatch_export_names_only_nil_values", U_SQUEUE, """
sbatch --export=ALL,HF_TOKEN,COMET_API_KEY --gres=gpu:«@2|4|8» --job-name=ft-«lc6:r» train.sbatch
Submitted batch job «dig7:j»
""")
N("vast_ai_docs_api_key_header_example_placeholder", U_VASTAPI, """
curl -H "Authorization: Bearer $VAST_API_KEY" https://console.vast.ai/api/v0/instances/
# where VAST_API_KEY is the 64-character key from the Account page ([«dig3:r»])
""")
N("lambda_api_key_masked_console_listing", U_LAMBDA, """
NAME              KEY                        CREATED
«@ci|burst»-«dig2:n»             secret_«lc6:n»_****«hex4:l»     «T»
""")
N("dstack_project_list_masked_token_column", U_DSTACKCLI, """
 PROJECT  URL                              USER   DEFAULT
 main     http://127.0.0.1:3000           admin  ✓
 «@research|ml»-«lc4:p» https://sky.dstack.ai            «@alice|bob»   
 token: ****************************«hex4:l»
""")

# every shape -> the public document whose format it follows
SOURCES = {name: src for name, src, _, _ in POS + NEG}
assert len(SOURCES) == len(POS) + len(NEG), "duplicate shape name"


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
