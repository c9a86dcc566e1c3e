#!/usr/bin/env python3
"""holdout37: sealed held-out set for the wbdiag secret redactor.

Focus: CI/CD, GitOps and secret managers as they deploy / configure W&B Server.
Stdlib only, fixed seed, deterministic. Writes positives.jsonl and negatives.jsonl
next to this file.

Templates use «...» placeholders:
  «S1:kind»  secret (listed), «S1» reuses it;  «R1:kind» random public value;
  «T:fmt» timestamp from one per-record clock;  «C:a|b|c» choice;  «N:lo-hi» integer.
kinds: pwN anN hexN b64N urlN loN upN dgN uuid jwt k8sN (base64 of a pwN, listed
without '=' padding), basic:USER (HTTP Basic of USER:pw, listed from the first
3-byte group holding no user byte).
"""
import base64, datetime, hashlib, json, os, random, re, string

SEED = 3737_2026
HERE = os.path.dirname(os.path.abspath(__file__))

A_LO = string.ascii_lowercase
A_UP = string.ascii_uppercase
A_DG = string.digits
A_AN = A_LO + A_UP + A_DG
ALPH = {
    'pw': A_AN + '-_.!~+*', 'an': A_AN, 'hex': A_DG + 'abcdef', 'b64': A_AN + '+/',
    'url': A_AN + '-_', 'b64n': A_AN + '+/', 'lo': A_LO + A_DG, 'up': A_UP + A_DG, 'dg': A_DG, 'al': A_LO,
}

def draw(rng, alph, n):
    return ''.join(rng.choice(alph) for _ in range(n))

def gen_kind(rng, kind):
    """Return (text, listed pieces)."""
    if kind.startswith('basic:'):
        user = kind.split(':', 1)[1]
        pw = gen_kind(rng, 'pw18')[0]
        raw = (user + ':' + pw).encode()
        enc = base64.b64encode(raw).decode()
        l = len(user) + 1
        g = -(-l // 3) * 3
        listed = enc[g // 3 * 4:].rstrip('=')
        return enc, [listed]
    if kind == 'uuid':
        h = draw(rng, ALPH['hex'], 32)
        t = '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], rng.choice('89ab'), h[17:20], h[20:32])
        return t, [t]
    if kind == 'jwt':
        hdr = base64.urlsafe_b64encode(b'{"alg": "RS256", "typ": "JWT"}').decode().rstrip('=')
        body = json.dumps({'iss': 'https://deploy.example.com', 'sub': draw(rng, A_LO + A_DG, 12),
                           'exp': rng.randint(1750000000, 1790000000)}).encode()
        pl = base64.urlsafe_b64encode(body).decode().rstrip('=')
        sig = draw(rng, ALPH['url'], 43)
        return '%s.%s.%s' % (hdr, pl, sig), [sig]
    m = re.fullmatch(r'([a-z][a-z0-9]*?)(\d+)', kind)
    if not m:
        raise ValueError(kind)
    k, n = m.group(1), int(m.group(2))
    if k == 'k8s':
        pw = gen_kind(rng, 'pw%d' % n)[0]
        enc = base64.b64encode(pw.encode()).decode()
        return enc, [enc.rstrip('=')]
    if k == 'pw':
        s = rng.choice(A_AN) + draw(rng, ALPH['pw'], n - 2) + rng.choice(A_AN)
        return s, [s]
    s = draw(rng, ALPH[k], n)
    return s, [s]

PH = re.compile(r'«([A-Za-z]+\d*)(?::([^»]*))?»')

def fmt_time(dt, f):
    if f == 'gha':
        return dt.strftime('%Y-%m-%dT%H:%M:%S.') + '%07dZ' % (dt.microsecond * 10 + 7)
    if f == 'iso':
        return dt.strftime('%Y-%m-%dT%H:%M:%SZ')
    if f == 'isoms':
        return dt.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (dt.microsecond // 1000)
    if f == 'isous':
        return dt.strftime('%Y-%m-%dT%H:%M:%S.%fZ')
    if f == 'tf':
        return dt.strftime('%Y-%m-%dT%H:%M:%S.') + '%03d+0000' % (dt.microsecond // 1000)
    if f == 'hms':
        return dt.strftime('%H:%M:%S')
    if f == 'epoch':
        return str(int(dt.timestamp()))
    if f == 'epochf':
        return '%.7f' % dt.timestamp()
    if f == 'go':
        return dt.strftime('%Y/%m/%d %H:%M:%S')
    if f == 'date':
        return dt.strftime('%Y-%m-%d')
    if f == 'ans':
        return dt.strftime('%Y-%m-%d %H:%M:%S,') + '%03d' % (dt.microsecond // 1000)
    raise ValueError(f)

def render(rng, lines):
    vals, listed = {}, []
    clock = [datetime.datetime(2023, 1, 1, tzinfo=datetime.timezone.utc)
             + datetime.timedelta(seconds=rng.randint(0, 3 * 365 * 86400), microseconds=rng.randint(0, 999999))]

    def sub(m):
        name, arg = m.group(1), m.group(2)
        if name == 'T':
            clock[0] += datetime.timedelta(seconds=rng.choice([0, 0, 1, 1, 2, 3]), microseconds=rng.randint(0, 999999))
            return fmt_time(clock[0], arg)
        if name == 'C':
            return rng.choice(arg.split('|'))
        if name == 'N':
            lo, hi = arg.split('-')
            return str(rng.randint(int(lo), int(hi)))
        if arg is None:
            return vals[name]
        text, pieces = gen_kind(rng, arg)
        vals[name] = text
        if name[0] == 'S':
            listed.extend(pieces)
        return text

    out = [PH.sub(sub, ln) for ln in lines]
    return out, listed

def ok_record(lines, secrets, used):
    joined = '\n'.join(lines)
    if len(set(secrets)) != len(secrets):
        return False
    for s in secrets:
        if len(s) < 8 or s not in joined or s in used:
            return False
    rest = joined
    for s in sorted(secrets, key=len, reverse=True):
        rest = rest.replace(s, '\x00')
    for s in secrets:
        for i in range(len(s) - 5):
            if s[i:i + 6] in rest:
                return False
    return True

# ---------------------------------------------------------------------------
SRC = {
    'gha': 'https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands',
    'ghalog': 'https://docs.github.com/en/actions/monitoring-and-troubleshooting-workflows/troubleshooting-workflows/enabling-debug-logging',
    'gitlab': 'https://docs.gitlab.com/ci/variables/',
    'gitlablog': 'https://docs.gitlab.com/ci/jobs/job_logs/',
    'gitlabtrig': 'https://docs.gitlab.com/ci/triggers/',
    'jenkins': 'https://www.jenkins.io/doc/pipeline/steps/credentials-binding/',
    'jenkinscasc': 'https://github.com/jenkinsci/configuration-as-code-plugin/blob/master/docs/features/secrets.adoc',
    'circleci': 'https://circleci.com/docs/env-vars/',
    'ado': 'https://learn.microsoft.com/en-us/azure/devops/pipelines/scripts/logging-commands',
    'adohelm': 'https://learn.microsoft.com/en-us/azure/devops/pipelines/tasks/reference/helm-deploy-v0',
    'buildkite': 'https://buildkite.com/docs/agent/v3/cli-secret',
    'bkredact': 'https://Buildkite.com/docs/agent/v3/cli-redactor',
    'bkhooks': 'https://buildkite.com/docs/agent/v3/hooks',
    'tekton': 'https://tekton.dev/docs/pipelines/tasks/#emitting-results',
    'tkn': 'https://tekton.dev/docs/cli/',
    'concourse': 'https://concourse-ci.org/vars.html',
    'gocd': 'https://docs.gocd.org/current/configuration/configuration_reference.html',
    'argocd': 'https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/',
    'argocdcli': 'https://argo-cd.readthedocs.io/en/stable/user-guide/commands/argocd/',
    'argocdsso': 'https://argo-cd.readthedocs.io/en/stable/operator-manual/user-management/',
    'flux': 'https://fluxcd.io/flux/components/source/gitrepositories/',
    'fluxhr': 'https://fluxcd.io/flux/components/helm/helmreleases/',
    'fluxnotif': 'https://fluxcd.io/flux/components/notification/providers/',
    'fluxrecv': 'https://fluxcd.io/flux/components/notification/receivers/',
    'tflog': 'https://developer.hashicorp.com/terraform/internals/debugging',
    'tfplan': 'https://developer.hashicorp.com/terraform/cli/commands/plan',
    'tfstate': 'https://developer.hashicorp.com/terraform/language/state',
    'tfbackend': 'https://developer.hashicorp.com/terraform/language/backend/http',
    'tfvars': 'https://developer.hashicorp.com/terraform/language/values/variables',
    'tofu': 'https://opentofu.org/docs/language/state/encryption/',
    'atlantis': 'https://www.runatlantis.io/docs/using-atlantis',
    'ansible': 'https://docs.ansible.com/ansible/latest/reference_appendices/logging.html',
    'ansvault': 'https://docs.ansible.com/ansible/latest/vault_guide/index.html',
    'helm': 'https://helm.sh/docs/helm/helm_get_values/',
    'helminstall': 'https://helm.sh/docs/helm/helm_install/',
    'helmreg': 'https://helm.sh/docs/helm/helm_registry_login/',
    'helmdiff': 'https://github.com/databus23/helm-diff',
    'helmrel': 'https://helm.sh/docs/topics/advanced/#storage-backends',
    'helmfile': 'https://helmfile.readthedocs.io/en/latest/',
    'vault': 'https://developer.hashicorp.com/vault/docs/commands',
    'vaultkv': 'https://developer.hashicorp.com/vault/docs/commands/kv',
    'vaultwrap': 'https://developer.hashicorp.com/vault/docs/concepts/response-wrapping',
    'vaultaudit': 'https://developer.hashicorp.com/vault/docs/audit/schema',
    'vaultagent': 'https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template',
    'vaultaws': 'https://developer.hashicorp.com/vault/docs/secrets/aws',
    'vaultlease': 'https://developer.hashicorp.com/vault/docs/concepts/lease',
    'vso': 'https://developer.hashicorp.com/vault/docs/platform/k8s/vso/api-reference',
    'vaultssh': 'https://developer.hashicorp.com/vault/docs/secrets/ssh/one-time-ssh-passwords',
    'eso': 'https://external-secrets.io/latest/api/externalsecret/',
    'esolog': 'https://external-secrets.io/latest/guides/getallsecrets/',
    'sealed': 'https://github.com/bitnami-labs/sealed-secrets#usage',
    'sops': 'https://github.com/getsops/sops#encrypting-using-age',
    'awssm': 'https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/get-secret-value.html',
    'awssmb': 'https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/batch-get-secret-value.html',
    'awsssm': 'https://docs.aws.amazon.com/cli/latest/reference/ssm/get-parameter.html',
    'awskms': 'https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN',
    'gcpsm': 'https://cloud.google.com/sdk/gcloud/reference/secrets/versions/access',
    'berglas': 'https://github.com/GoogleCloudPlatform/berglas',
    'akv': 'https://learn.microsoft.com/en-us/cli/azure/keyvault/secret',
    'akvref': 'https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references',
    'csi': 'https://secrets-store-csi-driver.sigs.k8s.io/getting-started/usage',
    'doppler': 'https://docs.doppler.com/docs/cli',
    'op': 'https://developer.1password.com/docs/cli/reference/commands/read/',
    'opinject': 'https://developer.1password.com/docs/cli/secrets-config-files/',
    'opsa': 'https://developer.1password.com/docs/service-accounts/use-with-1password-cli/',
    'infisical': 'https://infisical.com/docs/cli/commands/secrets',
    'infexport': 'https://infisical.com/docs/cli/commands/export',
    'inflogin': 'https://infisical.com/docs/cli/commands/login',
    'wandb': 'https://docs.wandb.ai/guides/hosting/env-vars/',
    'slack': 'https://api.slack.com/messaging/webhooks',
    'ghtoken': 'https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/',
    'kaniko': 'https://github.com/GoogleContainerTools/kaniko#pushing-to-different-registries',
    'docker': 'https://docs.docker.com/reference/cli/docker/login/',
}

P = []   # (shape, src key, lines)
N = []

def p(name, src, *lines):
    P.append((name, src, list(lines)))

def n(name, src, *lines):
    N.append((name, src, list(lines)))

HOSTC = 'wandb.example.com|ml.example.org|wandb.corp.example.net|weights.example.io'
NS = 'wandb|wandb-prod|ml-platform|wandb-server'
MYSQLH = 'wandb-mysql.wandb.svc.cluster.local|10.20.4.17|mysql.example.internal|10.0.12.8'

# ================================ POSITIVES ================================
# --- GitHub Actions ---
p('gha_run_group_ansi_continuation_helm_set_db_pw', 'gha',
  '«T:gha» ##[group]Run helm upgrade --install wandb wandb/operator-wandb \\',
  '«T:gha» \x1b[36;1mhelm upgrade --install wandb wandb/operator-wandb \\\x1b[0m',
  '«T:gha» \x1b[36;1m  --namespace «C:' + NS + '» \\\x1b[0m',
  '«T:gha» \x1b[36;1m  --set global.mysql.password=«S1:pw22» \\\x1b[0m',
  '«T:gha» \x1b[36;1m  --set global.host=https://«C:' + HOSTC + '»\x1b[0m',
  '«T:gha» shell: /usr/bin/bash -e {0}',
  '«T:gha» ##[endgroup]')
p('gha_run_header_expanded_step_output_vault_token', 'gha',
  '«T:gha» ##[group]Run curl -sf -H "X-Vault-Token: hvs.«S1:url24»" https://vault.example.com:8200/v1/secret/data/wandb/license',
  '«T:gha» \x1b[36;1mcurl -sf -H "X-Vault-Token: hvs.«S1»" https://vault.example.com:8200/v1/secret/data/wandb/license\x1b[0m',
  '«T:gha» shell: /usr/bin/bash -e {0}',
  '«T:gha» ##[endgroup]')
p('gha_job_env_section_license_jwt_unmasked_var', 'ghalog',
  '«T:gha» ##[group]Run ./scripts/deploy-wandb.sh',
  '«T:gha» \x1b[36;1m./scripts/deploy-wandb.sh\x1b[0m',
  '«T:gha» shell: /usr/bin/bash -e {0}',
  '«T:gha» env:',
  '«T:gha»   WANDB_NAMESPACE: «C:' + NS + '»',
  '«T:gha»   WANDB_LICENSE: «S1:jwt»',
  '«T:gha»   AWS_REGION: us-east-1',
  '«T:gha» ##[endgroup]')
p('gha_workflow_yaml_job_env_oidc_client_secret_literal', 'gha',
  'jobs:',
  '  deploy:',
  '    runs-on: ubuntu-22.04',
  '    env:',
  '      OIDC_ISSUER: https://login.example.com/oauth2/default',
  '      OIDC_CLIENT_ID: 0oa«R1:an16»',
  '      OIDC_SECRET: «S1:url40»',
  '    steps:',
  '      - uses: actions/checkout@v4')
p('gha_step_summary_markdown_table_minio_secret', 'gha',
  '### Object store provisioned',
  '| Key | Value |',
  '| --- | --- |',
  '| endpoint | http://minio.«C:' + NS + '».svc:9000 |',
  '| accessKey | wandb-«R1:lo8» |',
  '| secretKey | «S1:an40» |')
p('gha_git_fetch_error_x_access_token_userinfo', 'ghalog',
  '«T:gha» [command]/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +«R1:hex40»:refs/remotes/origin/main',
  '«T:gha» fatal: unable to access \'https://x-access-token:ghs_«S1:an36»@github.com/example-org/wandb-deploy/\': The requested URL returned error: 403',
  '«T:gha» ##[error]The process \'/usr/bin/git\' failed with exit code 128')
p('gha_service_container_docker_create_env_pair', 'ghalog',
  '«T:gha» ##[group]Starting mysql service container',
  '«T:gha» /usr/bin/docker create --name «R1:hex32»_mysql80_«R2:hex5» --label «R3:hex6» --network github_network_«R4:hex32» --network-alias mysql -p 3306:3306 -e "MYSQL_ROOT_PASSWORD=«S1:pw20»" -e "MYSQL_DATABASE=wandb_local" -e GITHUB_ACTIONS=true -e CI=true mysql:8.0',
  '«T:gha» «R5:hex64»',
  '«T:gha» ##[endgroup]')
p('gha_run_block_echo_literal_add_mask_header', 'gha',
  '«T:gha» ##[group]Run echo "::add-mask::«S1:pw24»"',
  '«T:gha» \x1b[36;1mecho "::add-mask::«S1»"\x1b[0m',
  '«T:gha» \x1b[36;1mecho "SMTP_PASSWORD=«S1»" >> "$GITHUB_ENV"\x1b[0m',
  '«T:gha» shell: /usr/bin/bash -e {0}',
  '«T:gha» ##[endgroup]')
p('gha_debug_step_output_set_token_value', 'ghalog',
  '«T:gha» ##[debug]Evaluating condition for step: \'Fetch Doppler token\'',
  '«T:gha» ##[debug]Set output token = dp.st.prd.«S1:an40»',
  '«T:gha» ##[debug]Finishing: Fetch Doppler token')
p('gha_matrix_include_yaml_bucket_secret_literal', 'gha',
  '    strategy:',
  '      matrix:',
  '        include:',
  '          - cluster: «C:us-east|eu-west|ap-south»',
  '            bucket: s3://wandb-«R1:lo6»',
  '            bucket_secret: «S1:b64n40»')

# --- GitLab CI ---
p('gitlab_job_log_section_step_script_helm_set_license', 'gitlablog',
  'section_start:«T:epoch»:step_script\r\x1b[0K\x1b[0K\x1b[36;1mExecuting "step_script" stage of the job script\x1b[0;m',
  '\x1b[32;1m$ helm upgrade --install wandb wandb/operator-wandb --set global.license=«S1:jwt» --wait\x1b[0;m',
  'Release "wandb" has been upgraded. Happy Helming!')
p('gitlab_ci_yml_variable_value_description_expand', 'gitlab',
  'variables:',
  '  MYSQL_PASSWORD:',
  '    value: "«S1:pw20»"',
  '    description: "W&B metadata DB password"',
  '    expand: false')
p('gitlab_pipeline_trigger_token_curl_form_field', 'gitlabtrig',
  '$ curl -X POST --fail -F token=glptt-«S1:hex40» -F ref=main -F "variables[ENV]=«C:prod|staging»" https://gitlab.example.com/api/v4/projects/«N:10-999»/trigger/pipeline',
  '{"id":«N:100000-999999»,"iid":«N:10-999»,"project_id":«N:10-999»,"sha":"«R1:hex40»","ref":"main","status":"created"}')
p('gitlab_job_log_helm_repo_add_password_flag_ansi', 'gitlablog',
  '\x1b[32;1m$ helm repo add wandb-internal https://charts.example.com/wandb --username gitlab-ci --password «S1:pw24»\x1b[0;m',
  '"wandb-internal" has been added to your repositories')
p('gitlab_dotenv_report_artifact_vault_token_line', 'gitlab',
  '$ cat deploy.env',
  'VAULT_ADDR=https://vault.example.com:8200',
  'VAULT_TOKEN=hvs.«S1:url24»',
  'WANDB_RELEASE=«R1:hex8»')
p('gitlab_services_redis_command_requirepass_list', 'gitlab',
  'services:',
  '  - name: redis:7.2',
  '    alias: redis',
  '    command: ["redis-server", "--requirepass", "«S1:pw26»"]')
p('gitlab_job_log_kaniko_config_json_cat', 'kaniko',
  '\x1b[32;1m$ cat /kaniko/.docker/config.json\x1b[0;m',
  '{"auths":{"registry.example.com":{"username":"ci-push","password":"«S1:pw24»"}}}')
p('gitlab_ci_debug_trace_plus_export_oidc_secret', 'gitlablog',
  '++ export OIDC_ISSUER=https://login.example.com/realms/wandb',
  '++ OIDC_ISSUER=https://login.example.com/realms/wandb',
  '++ export OIDC_SECRET=«S1:an32»',
  '++ OIDC_SECRET=«S1»')

# --- Jenkins ---
p('jenkins_console_pipeline_sh_docker_login_p_flag', 'docker',
  '[Pipeline] sh',
  '+ docker login -u ci-bot -p «S1:pw22» registry.example.com',
  'WARNING! Using --password via the CLI is insecure. Use --password-stdin.',
  'Login Succeeded')
p('jenkins_console_masking_then_base64_of_token_echo', 'jenkins',
  '[Pipeline] withCredentials',
  'Masking supported pattern matches of $VAULT_TOKEN',
  '[Pipeline] {',
  '[Pipeline] sh',
  '+ echo «S1:k8s30»',
  '[Pipeline] }')
p('jenkins_timestamper_curl_bearer_wandb_api', 'jenkins',
  '[«T:isoms»] + curl -sf -H \'Authorization: Bearer «S1:hex40»\' https://«C:' + HOSTC + '»/api/v1/system/settings',
  '[«T:isoms»] {"enableSSO":true,"licenseSeats":«N:10-500»}')
p('jenkins_casc_vault_token_credential_literal', 'jenkinscasc',
  'credentials:',
  '  system:',
  '    domainCredentials:',
  '      - credentials:',
  '          - vaultTokenCredential:',
  '              id: "vault-wandb"',
  '              scope: GLOBAL',
  '              token: "hvs.«S1:url24»"')
p('jenkins_job_config_xml_string_param_default_api_key', 'jenkins',
  '<hudson.model.StringParameterDefinition>',
  '  <name>WANDB_API_KEY</name>',
  '  <defaultValue>local-«S1:hex40»</defaultValue>',
  '  <trim>true</trim>',
  '</hudson.model.StringParameterDefinition>')
p('jenkins_echo_step_groovy_string_smtp_password', 'jenkins',
  '[Pipeline] echo',
  'Configuring SMTP relay smtp.example.com:587 user=wandb-notify password=«S1:pw18»',
  '[Pipeline] sh')

# --- CircleCI ---
p('circleci_config_run_bash_env_export_literal', 'circleci',
  '      - run:',
  '          name: Export deploy creds',
  '          command: |',
  '            echo \'export MYSQL_PASSWORD="«S1:pw20»"\' >> "$BASH_ENV"',
  '            echo \'export WANDB_HOST=https://«C:' + HOSTC + '»\' >> "$BASH_ENV"')
p('circleci_step_output_env_grep_derived_dsn', 'circleci',
  '#!/bin/bash -eo pipefail',
  'env | grep ^MYSQL',
  'MYSQL=mysql://wandb:«S1:pw20»@«C:' + MYSQLH + '»:3306/wandb_local')
p('circleci_cli_yml_personal_token', 'circleci',
  'host: https://circleci.com',
  'endpoint: graphql-unstable',
  'token: CCIPAT_«R1:an22»_«S1:hex40»',
  'rest_endpoint: api/v2')
p('circleci_orb_parameter_default_vault_role_secret', 'circleci',
  'parameters:',
  '  vault-secret-id:',
  '    type: string',
  '    default: «S1:uuid»',
  '    description: AppRole secret id used by the deploy job')

# --- Azure Pipelines ---
p('ado_helmdeploy_task_printed_command_set_bucket_key', 'adohelm',
  '##[section]Starting: helm upgrade',
  '/opt/hostedtoolcache/helm/3.14.0/x64/linux-amd64/helm upgrade --namespace «C:' + NS + '» --install --set global.bucket.accessKey=«R1:up20» --set global.bucket.secretKey=«S1:b64n40» --wait wandb wandb/operator-wandb',
  'Release "wandb" has been upgraded. Happy Helming!')
p('ado_yaml_variables_name_value_license', 'ado',
  'variables:',
  '- name: wandbNamespace',
  '  value: «C:' + NS + '»',
  '- name: wandbLicense',
  "  value: '«S1:jwt»'")
p('ado_setvariable_isoutput_vault_token', 'ado',
  '##[debug]Processed: ##vso[task.setvariable variable=vaultToken;isoutput=true]hvs.«S1:url24»',
  '##[section]Finishing: Fetch Vault token')
p('ado_bash_xtrace_az_login_service_principal_password', 'ado',
  '+ az login --service-principal -u «R1:uuid» -p «S1:url40» --tenant «R2:uuid» --output none',
  '+ az aks get-credentials -g rg-wandb -n aks-wandb --overwrite-existing')

# --- Buildkite ---
p('buildkite_secret_get_skip_redaction_value_printed', 'buildkite',
  '~~~ Running commands',
  '$ buildkite-agent secret get --skip-redaction mysql_password',
  '«S1:pw22»',
  '$ ./deploy.sh')
p('buildkite_meta_data_set_vault_token_command', 'buildkite',
  '$ buildkite-agent meta-data set "vault-token" "hvs.«S1:url24»"',
  '$ buildkite-agent meta-data get "release-tag"')
p('buildkite_hooks_environment_file_export_api_key', 'bkhooks',
  '#!/bin/bash',
  'set -euo pipefail',
  'export WANDB_BASE_URL="https://«C:' + HOSTC + '»"',
  'export WANDB_API_KEY="«S1:hex40»"')
p('buildkite_secret_get_format_env_multiple_keys', 'buildkite',
  '$ buildkite-agent secret get --format env --skip-redaction oidc_secret slack_secret',
  'OIDC_SECRET="«S1:url36»"',
  'SLACK_SECRET="«S2:hex32»"')

# --- Tekton ---
p('tekton_taskrun_status_results_string_value_token', 'tekton',
  'status:',
  '  results:',
  '  - name: image-digest',
  '    type: string',
  '    value: sha256:«R1:hex64»',
  '  - name: vault-token',
  '    type: string',
  '    value: hvs.«S1:url24»')
p('tekton_termination_message_results_json_array', 'tekton',
  '    lastState: {}',
  '    state:',
  '      terminated:',
  '        exitCode: 0',
  '        message: \'[{"key":"db-password","value":"«S1:pw20»","type":1}]\'',
  '        reason: Completed')
p('tekton_tkn_pr_logs_step_prefix_helm_set_redis', 'tkn',
  '[deploy-wandb : helm-upgrade] + helm upgrade wandb wandb/operator-wandb --set global.redis.password=«S1:pw24»',
  '[deploy-wandb : helm-upgrade] Release "wandb" has been upgraded. Happy Helming!')
p('tekton_pipelinerun_params_oidc_secret_value', 'tekton',
  'spec:',
  '  pipelineRef:',
  '    name: deploy-wandb',
  '  params:',
  '    - name: oidc-client-secret',
  '      value: «S1:url40»')

# --- Concourse / GoCD ---
p('concourse_fly_get_pipeline_resolved_source_password', 'concourse',
  'resources:',
  '- name: wandb-chart',
  '  type: helm-chart',
  '  source:',
  '    repository_url: https://charts.example.com/wandb',
  '    username: concourse',
  '    password: «S1:pw22»')
p('gocd_cruise_config_env_variable_plain_value', 'gocd',
  '<environmentvariables>',
  '  <variable name="WANDB_HOST"><value>https://«C:' + HOSTC + '»</value></variable>',
  '  <variable name="MYSQL_PASSWORD"><value>«S1:pw20»</value></variable>',
  '</environmentvariables>')

# --- Argo CD ---
p('argocd_login_xtrace_password_grpc_web', 'argocdcli',
  '+ argocd login argocd.example.com --username admin --password «S1:pw20» --grpc-web',
  "'admin:login' logged in successfully",
  "Context 'argocd.example.com' updated")
p('argocd_app_create_helm_set_bucket_secret_history', 'argocdcli',
  '  «N:100-999»  argocd app create wandb --repo https://charts.wandb.ai --helm-chart operator-wandb --revision 0.18.3 --dest-namespace «C:' + NS + '» --dest-server https://kubernetes.default.svc --helm-set global.bucket.secretKey=«S1:b64n40»')
p('argocd_cm_oidc_config_client_secret_literal', 'argocdsso',
  '  oidc.config: |',
  '    name: Okta',
  '    issuer: https://example.okta.com',
  '    clientID: 0oa«R1:an16»',
  '    clientSecret: «S1:url40»',
  '    requestedScopes: ["openid", "profile", "email", "groups"]')
p('argocd_repo_server_logrus_error_url_userinfo', 'argocd',
  'time="«T:iso»" level=error msg="finished unary call with code Unknown" error="rpc error: code = Unknown desc = failed to list refs: authentication required: https://deploy:«S1:pw22»@git.example.com/platform/wandb-gitops.git" grpc.code=Unknown grpc.method=GenerateManifest')
p('argocd_app_get_yaml_status_compared_to_helm_parameter', 'argocdcli',
  '  sync:',
  '    comparedTo:',
  '      source:',
  '        helm:',
  '          parameters:',
  '          - name: global.mysql.password',
  '            value: «S1:pw20»',
  '    status: Synced')
p('argocd_account_update_password_two_flags', 'argocdcli',
  '$ argocd account update-password --account ci --current-password «S1:pw18» --new-password «S2:pw20»',
  'Password updated')

# --- Flux ---
p('flux_kubectl_create_secret_git_basic_from_literal', 'flux',
  '$ kubectl -n flux-system create secret generic wandb-gitops-auth --from-literal=username=git --from-literal=password=«S1:pw24»',
  'secret/wandb-gitops-auth created')
p('flux_helmrelease_postrenderer_patch_env_value', 'fluxhr',
  '  postRenderers:',
  '    - kustomize:',
  '        patches:',
  '          - target:',
  '              kind: Deployment',
  '              name: wandb-app',
  '            patch: |',
  '              - op: add',
  '                path: /spec/template/spec/containers/0/env/-',
  '                value: {name: GORILLA_LICENSE, value: "«S1:jwt»"}')
p('flux_notification_controller_log_slack_address', 'fluxnotif',
  '{"level":"error","ts":"«T:isoms»","logger":"event-server","msg":"failed to send notification","eventInvolvedObject":{"kind":"HelmRelease","namespace":"«C:' + NS + '»","name":"wandb"},"error":"postMessage failed: Post \\"https://hooks.slack.com/services/T0«R1:up8»/B0«R2:up8»/«S1:an24»\\": context deadline exceeded"}')
p('flux_helmrepository_fetch_error_url_userinfo', 'flux',
  '{"level":"error","ts":"«T:isoms»","msg":"Reconciler error","controller":"helmrepository","HelmRepository":{"name":"wandb-internal","namespace":"flux-system"},"error":"failed to fetch Helm repository index: failed to cache index to temporary file: Get \\"https://charts:«S1:pw22»@charts.example.com/index.yaml\\": x509: certificate signed by unknown authority"}')
p('flux_bootstrap_history_github_token_env_prefix', 'flux',
  '  «N:100-999»  GITHUB_TOKEN=ghp_«S1:an36» flux bootstrap github --owner=example-org --repository=wandb-fleet --path=clusters/prod')
p('flux_provider_stringdata_teams_webhook_address', 'fluxnotif',
  'apiVersion: v1',
  'kind: Secret',
  'metadata:',
  '  name: msteams-webhook',
  'stringData:',
  '  address: https://example.webhook.office.com/webhookb2/«R1:uuid»@«R2:uuid»/IncomingWebhook/«S1:hex32»/«R3:uuid»')

# --- Terraform / OpenTofu / Atlantis / Terragrunt ---
p('tf_log_debug_helm_provider_release_values_map', 'tflog',
  '«T:tf» [DEBUG] provider.terraform-provider-helm_v2.12.1_x5: «T:go» [DEBUG] Release values: map[global:map[host:https://«C:' + HOSTC + '» mysql:map[password:«S1:pw20»]]]: timestamp=«T:tf»')
p('tf_state_helm_release_metadata_values_escaped_json', 'tfstate',
  '            "metadata": [',
  '              {',
  '                "chart": "operator-wandb",',
  '                "name": "wandb",',
  '                "values": "{\\"global\\":{\\"license\\":\\"«S1:jwt»\\"}}"',
  '              }',
  '            ],')
p('tf_tfvars_json_license_and_oidc_secret', 'tfvars',
  '{',
  '  "namespace": "«C:' + NS + '»",',
  '  "wandb_license": "«S1:jwt»",',
  '  "oidc_secret": "«S2:url40»"',
  '}')
p('tf_init_http_backend_config_gitlab_token', 'tfbackend',
  '$ terraform init -backend-config="address=https://gitlab.example.com/api/v4/projects/«N:10-999»/terraform/state/wandb" -backend-config="username=ci" -backend-config="password=glpat-«S1:url20»" -backend-config="lock_method=POST"')
p('tofu_plan_var_flag_mysql_password_history', 'tofu',
  '  «N:100-999»  tofu plan -var \'mysql_password=«S1:pw22»\' -var-file=prod.tfvars -out=plan.bin')
p('atlantis_pr_comment_plan_diff_configmap_literal', 'atlantis',
  '```diff',
  '  ~ resource "kubernetes_config_map_v1" "wandb_env" {',
  '      ~ data = {',
  '          + "SMTP_PASSWORD" = "«S1:pw20»"',
  '            # (4 unchanged elements hidden)',
  '        }',
  '```')
p('terragrunt_hcl_inputs_redis_password_literal', 'tfvars',
  'inputs = {',
  '  namespace      = "«C:' + NS + '»"',
  '  redis_password = "«S1:pw24»"',
  '}')
p('tf_plan_kubernetes_secret_v1_data_marked_nonsensitive', 'tfplan',
  '  # kubernetes_secret_v1.wandb_bucket will be created',
  '  + resource "kubernetes_secret_v1" "wandb_bucket" {',
  '      + data = {',
  '          + "ACCESS_KEY" = "wandb-«R1:lo8»"',
  '          + "SECRET_KEY" = "«S1:an40»"',
  '        }')
p('tf_output_json_sensitive_false_redis_auth', 'tfstate',
  '  "redis_auth_string": {',
  '    "sensitive": false,',
  '    "type": "string",',
  '    "value": "«S1:uuid»"',
  '  },')

# --- Ansible ---
p('ansible_command_changed_cmd_list_docker_env', 'ansible',
  'changed: [«C:wandb-01|wandb-02|10.0.4.21»] => {"changed": true, "cmd": ["docker", "run", "-d", "--name", "wandb-local", "-e", "LICENSE=«S1:jwt»", "-p", "8080:8080", "wandb/local"], "rc": 0}')
p('ansible_vault_password_file_cat_output', 'ansvault',
  '$ cat ~/.ansible/vault_pass_prod.txt',
  '«S1:an32»',
  '$ ansible-playbook -i inventories/prod site.yml --vault-password-file ~/.ansible/vault_pass_prod.txt')
p('ansible_debug_msg_hashi_vault_lookup_result', 'ansible',
  'TASK [wandb : Show resolved DB password] ****************************************',
  'ok: [«C:wandb-01|wandb-02|10.0.4.21»] => {',
  '    "msg": "«S1:pw20»"',
  '}')
p('ansible_ini_inventory_host_ansible_password', 'ansible',
  '[wandb]',
  'wandb-01 ansible_host=10.0.«N:1-9».«N:2-250» ansible_user=deploy ansible_password=«S1:pw18»')
p('ansible_diff_mode_env_template_dsn_changed', 'ansible',
  '--- before: /etc/wandb/wandb.env',
  '+++ after: /home/deploy/.ansible/tmp/ansible-local-«N:1000-9999»/tmp«R1:lo8»/wandb.env.j2',
  '@@ -1,3 +1,3 @@',
  '-MYSQL=mysql://wandb:«S1:pw20»@«C:' + MYSQLH + '»:3306/wandb_local',
  '+MYSQL=mysql://wandb:«S2:pw20»@«C:' + MYSQLH + '»:3306/wandb_local',
  ' BUCKET=s3://wandb-«R2:lo6»')
p('ansible_fact_cache_json_custom_fact_password', 'ansible',
  '{',
  '    "ansible_local": {',
  '        "wandb": {',
  '            "mysql_user": "wandb",',
  '            "mysql_password": "«S1:pw22»"',
  '        }',
  '    },')
p('ansible_galaxy_requirements_git_url_deploy_token', 'ansible',
  'roles:',
  '  - name: wandb_server',
  '    src: git+https://gitlab+deploy-token-«N:10-99»:gldt-«S1:url20»@gitlab.example.com/platform/ansible-wandb.git',
  '    version: v1.4.2')

# --- Helm ---
p('helm_release_secret_decoded_config_json', 'helmrel',
  "$ kubectl get secret sh.helm.release.v1.wandb.v«N:2-40» -o jsonpath='{.data.release}' | base64 -d | base64 -d | gunzip | jq -c .config",
  '{"global":{"host":"https://«C:' + HOSTC + '»","license":"«S1:jwt»"}}')
p('helm_registry_login_password_flag_warning', 'helmreg',
  '$ helm registry login registry.example.com -u ci-push -p «S1:pw22»',
  'WARNING: Using --password via the CLI is insecure. Use --password-stdin.',
  'Login Succeeded')
p('helm_diff_show_secrets_stringdata_changed', 'helmdiff',
  '$ helm diff upgrade wandb wandb/operator-wandb -f values.yaml --show-secrets',
  'wandb, wandb-mysql, Secret (v1) has changed:',
  '  stringData:',
  '-   password: "«S1:pw20»"',
  '+   password: "«S2:pw20»"')
p('helmfile_release_set_value_smtp_password', 'helmfile',
  'releases:',
  '  - name: wandb',
  '    chart: wandb/operator-wandb',
  '    set:',
  '      - name: global.email.smtp.password',
  '        value: «S1:pw20»')
p('helm_install_dry_run_debug_rendered_secret_data', 'helminstall',
  '---',
  '# Source: operator-wandb/templates/secret.yaml',
  'apiVersion: v1',
  'kind: Secret',
  'metadata:',
  '  name: wandb-bucket',
  'data:',
  '  BUCKET_SECRET_KEY: «S1:k8s30»')
p('helm_get_values_all_yaml_redis_password', 'helm',
  'COMPUTED VALUES:',
  'global:',
  '  redis:',
  '    host: wandb-redis-master.«C:' + NS + '».svc.cluster.local',
  '    password: «S1:pw24»',
  '    port: 6379')

# --- HashiCorp Vault ---
p('vault_kv_put_cli_history_password_field', 'vaultkv',
  '  «N:100-999»  vault kv put -mount=secret wandb/mysql username=wandb password=«S1:pw22»')
p('vault_wrapping_token_table_wrap_ttl', 'vaultwrap',
  'Key                              Value',
  '---                              -----',
  'wrapping_token:                  hvs.«S1:url24»',
  'wrapping_accessor:               «R1:an24»',
  'wrapping_token_ttl:              5m',
  'wrapping_token_creation_time:    «T:date» 10:14:«N:10-59».«N:100000-999999» +0000 UTC',
  'wrapping_token_creation_path:    auth/approle/role/wandb/secret-id')
p('vault_unwrap_table_secret_id_row', 'vaultwrap',
  'Key                   Value',
  '---                   -----',
  'secret_id             «S1:uuid»',
  'secret_id_accessor    «R1:uuid»',
  'secret_id_num_uses    0',
  'secret_id_ttl         0s')
p('vault_agent_rendered_yaml_config_file_cat', 'vaultagent',
  '$ kubectl exec -n «C:' + NS + '» wandb-app-0 -c wandb -- cat /vault/secrets/wandb.yaml',
  'mysql:',
  '  host: «C:' + MYSQLH + '»',
  '  password: «S1:pw20»',
  'redis:',
  '  password: «S2:pw22»')
p('vault_agent_sink_token_file_cat_output', 'vaultagent',
  '$ kubectl exec wandb-app-0 -c vault-agent -- cat /home/vault/.vault-token',
  'hvs.«S1:url24»')
p('vault_audit_log_raw_approle_login_secret_id', 'vaultaudit',
  '{"time":"«T:isous»","type":"request","auth":{"token_type":"default"},"request":{"id":"«R1:uuid»","operation":"update","mount_type":"approle","path":"auth/approle/login","data":{"role_id":"«R2:uuid»","secret_id":"«S1:uuid»"},"remote_address":"10.«N:0-255».«N:0-255».«N:1-254»"}}')
p('vault_read_aws_creds_table_secret_key', 'vaultaws',
  'Key                Value',
  '---                -----',
  'lease_id           aws/creds/wandb-bucket/«R1:an24»',
  'lease_duration     768h',
  'lease_renewable    true',
  'access_key         AKIA«R2:up16»',
  'secret_key         «S1:b64n40»',
  'security_token     <nil>')
p('vault_login_userpass_password_arg_history', 'vault',
  '  «N:100-999»  vault login -method=userpass username=ops-«R1:lo4» password=«S1:pw20»')
p('vault_curl_verbose_request_header_token', 'vault',
  '> GET /v1/secret/data/wandb/oidc HTTP/1.1',
  '> Host: vault.example.com:8200',
  '> User-Agent: curl/8.5.0',
  '> X-Vault-Token: hvs.«S1:url24»',
  '> Accept: */*')
p('vso_destination_secret_yaml_data_b64', 'vso',
  'apiVersion: v1',
  'kind: Secret',
  'metadata:',
  '  name: wandb-mysql',
  '  labels:',
  '    app.kubernetes.io/managed-by: hashicorp-vso',
  'data:',
  '  password: «S1:k8s24»',
  '  _raw: «S2:k8s40»')
p('vault_kv_get_format_yaml_nested_data', 'vaultkv',
  'data:',
  '  data:',
  '    license: «S1:jwt»',
  '  metadata:',
  '    created_time: "«T:isous»"',
  '    version: «N:1-30»')
p('vault_ssh_otp_creds_key_row', 'vaultssh',
  'Key                Value',
  '---                -----',
  'lease_id           ssh/creds/otp_wandb/«R1:an24»',
  'ip                 10.0.«N:1-9».«N:2-250»',
  'key                «S1:uuid»',
  'key_type           otp',
  'port               22',
  'username           ubuntu')
p('vault_token_create_orphan_history_then_table', 'vault',
  'Key                  Value',
  '---                  -----',
  'token                hvs.«S1:url24»',
  'token_accessor       «R1:an24»',
  'token_duration       768h',
  'token_policies       ["default" "wandb-read"]')

# --- External Secrets / Sealed Secrets / SOPS ---
p('eso_controller_log_error_quoting_secret_value', 'esolog',
  '{"level":"error","ts":«T:epochf»,"msg":"Reconciler error","controller":"externalsecret","ExternalSecret":{"name":"wandb-oidc","namespace":"«C:' + NS + '»"},"error":"could not apply template: unable to decode \\"«S1:url40»\\" as JSON: invalid character"}')
p('eso_target_secret_get_yaml_data_with_labels', 'eso',
  'apiVersion: v1',
  'data:',
  '  OIDC_SECRET: «S1:k8s36»',
  'kind: Secret',
  'metadata:',
  '  annotations:',
  '    reconcile.external-secrets.io/data-hash: «R1:hex32»',
  '  labels:',
  '    reconcile.external-secrets.io/created-by: «R2:hex32»')
p('kubeseal_echo_n_pipe_raw_scope_history', 'sealed',
  '  «N:100-999»  echo -n \'«S1:pw22»\' | kubeseal --raw --namespace «C:' + NS + '» --name wandb-redis --from-file=/dev/stdin --controller-namespace kube-system')
p('sops_decrypt_extract_single_value_output', 'sops',
  '$ sops -d --extract \'["mysql"]["password"]\' clusters/prod/wandb-secrets.enc.yaml',
  '«S1:pw22»')
p('sops_file_plain_key_beside_enc_values', 'sops',
  'mysql:',
  '    user: ENC[AES256_GCM,data:«R1:b64n8»,iv:«R2:b64n43»=,tag:«R3:b64n22»==,type:str]',
  '    password_unencrypted: «S1:pw20»',
  'sops:',
  '    unencrypted_suffix: _unencrypted')

# --- AWS ---
p('aws_secretsmanager_get_value_output_text_row', 'awssm',
  '$ aws secretsmanager get-secret-value --secret-id wandb/prod/mysql --output text',
  'arn:aws:secretsmanager:us-east-1:«N:100000000000-999999999999»:secret:wandb/prod/mysql-«R1:an6»\t«N:1700000000-1760000000».«N:100-999»\twandb/prod/mysql\t{"username":"wandb","password":"«S1:pw22»"}\t«R2:uuid»')
p('aws_ssm_get_parameter_query_value_text', 'awsssm',
  '$ aws ssm get-parameter --name /wandb/prod/license --with-decryption --query Parameter.Value --output text',
  '«S1:jwt»')
p('aws_secretsmanager_put_secret_value_history_json_string', 'awssm',
  '  «N:100-999»  aws secretsmanager put-secret-value --secret-id wandb/prod/oidc --secret-string \'{"client_id":"wandb","client_secret":"«S1:url40»"}\'')
p('aws_ssm_put_parameter_securestring_value_flag', 'awsssm',
  '$ aws ssm put-parameter --name /wandb/prod/redis-password --type SecureString --value «S1:pw24» --overwrite',
  '{',
  '    "Version": «N:2-9»,',
  '    "Tier": "Standard"',
  '}')
p('aws_secretsmanager_batch_get_secret_values_json', 'awssmb',
  '    "SecretValues": [',
  '        {',
  '            "ARN": "arn:aws:secretsmanager:us-west-2:«N:100000000000-999999999999»:secret:wandb/bucket-«R1:an6»",',
  '            "Name": "wandb/bucket",',
  '            "SecretString": "{\\"secretKey\\":\\"«S1:b64n40»\\"}",',
  '            "VersionStages": ["AWSCURRENT"]')

# --- GCP / Azure / CSI ---
p('gcloud_secrets_versions_access_json_payload_b64', 'gcpsm',
  '$ gcloud secrets versions access latest --secret=wandb-mysql --format=json',
  '{',
  '  "name": "projects/«N:100000000000-999999999999»/secrets/wandb-mysql/versions/«N:1-20»",',
  '  "payload": {',
  '    "data": "«S1:k8s24»",',
  '    "dataCrc32c": "«N:100000000-4000000000»"',
  '  }',
  '}')
p('gcloud_secrets_create_data_file_stdin_printf', 'gcpsm',
  "  «N:100-999»  printf '«S1:pw22»' | gcloud secrets create wandb-redis --data-file=- --replication-policy=automatic")
p('berglas_access_reference_output', 'berglas',
  '$ berglas access wandb-secrets-«R1:lo6»/oidc-client-secret',
  '«S1:url40»')
p('az_keyvault_secret_set_response_value_field', 'akv',
  '$ az keyvault secret set --vault-name kv-wandb-prod --name mysql-password --value «S1:pw22»',
  '{',
  '  "id": "https://kv-wandb-prod.vault.azure.net/secrets/mysql-password/«R1:hex32»",',
  '  "name": "mysql-password",',
  '  "value": "«S1»"',
  '}')
p('csi_secrets_store_mounted_file_cat', 'csi',
  '$ kubectl exec -n «C:' + NS + '» deploy/wandb-app -- cat /mnt/secrets-store/bucket-secret-key',
  '«S1:b64n40»')

# --- Doppler / 1Password / Infisical ---
p('doppler_run_printenv_single_value', 'doppler',
  '$ doppler run --project wandb --config prd -- printenv SLACK_SECRET',
  '«S1:hex32»')
p('doppler_yaml_scoped_personal_token', 'doppler',
  'scoped:',
  '    /home/deploy/wandb-deploy:',
  '        enclave.project: wandb',
  '        enclave.config: prd',
  '        token: dp.pt.«S1:an43»')
p('op_read_uri_value_printed', 'op',
  '$ op read "op://Infra/wandb-smtp/password"',
  '«S1:pw22»')
p('op_inject_rendered_env_output', 'opinject',
  '$ op inject -i wandb.env.tpl',
  'MYSQL=mysql://wandb:«S1:pw20»@«C:' + MYSQLH + '»:3306/wandb_local',
  'OIDC_SECRET=«S2:url40»')
p('op_service_account_token_export_line', 'opsa',
  'export OP_SERVICE_ACCOUNT_TOKEN=ops_«S1:url120»')
p('infisical_secrets_box_table_values', 'infisical',
  '┌───────────────┬──────────────────────────────┬─────────────┐',
  '│ SECRET NAME   │ SECRET VALUE                 │ SECRET TYPE │',
  '├───────────────┼──────────────────────────────┼─────────────┤',
  '│ REDIS_PASS    │ «S1:pw28» │ shared      │',
  '└───────────────┴──────────────────────────────┴─────────────┘')
p('infisical_login_universal_auth_client_secret_flag', 'inflogin',
  '  «N:100-999»  infisical login --method=universal-auth --client-id=«R1:uuid» --client-secret=«S1:hex64» --silent --plain')
p('infisical_export_json_array_values', 'infexport',
  '[',
  '  {',
  '    "key": "MYSQL_PASSWORD",',
  '    "workspace": "«R1:uuid»",',
  '    "value": "«S1:pw22»",',
  '    "type": "shared"',
  '  }',
  ']')

# --- more positives ---
p('gha_action_with_inputs_group_expanded_step_output_key', 'gha',
  '«T:gha» ##[group]Run example-org/helm-deploy-action@v2',
  '«T:gha» with:',
  '«T:gha»   release: wandb',
  '«T:gha»   bucket-secret-key: «S1:b64n40»',
  '«T:gha»   namespace: «C:' + NS + '»',
  '«T:gha» ##[endgroup]')
p('gha_reusable_workflow_call_with_block_literal', 'gha',
  '  deploy:',
  '    uses: example-org/.github/.github/workflows/deploy-wandb.yml@main',
  '    with:',
  '      environment: «C:prod|staging»',
  '      mysql-password: «S1:pw22»')
p('gha_composite_action_input_default_api_key', 'gha',
  'inputs:',
  '  wandb-api-key:',
  '    description: API key of the service account',
  '    required: false',
  "    default: '«S1:hex40»'")
p('gh_cli_secret_set_body_flag_history', 'gha',
  '  «N:100-999»  gh secret set WANDB_LICENSE --repo example-org/wandb-deploy --body "«S1:jwt»"')
p('gh_variable_list_table_holds_password', 'gha',
  '$ gh variable list --repo example-org/wandb-deploy',
  'NAME            VALUE                       UPDATED',
  'WANDB_HOST      https://«C:' + HOSTC + '»   about 2 days ago',
  'REDIS_PASSWORD  «S1:pw24»                   about 1 month ago')
p('glab_variable_get_value_printed', 'gitlab',
  '$ glab variable get OIDC_SECRET -R platform/wandb-deploy',
  '«S1:url40»')
p('bitbucket_repo_variables_api_unsecured_value', 'gitlab',
  '{"type": "pipeline_variable", "uuid": "{«R1:uuid»}", "key": "MYSQL_PASSWORD", "value": "«S1:pw20»", "secured": false}')
p('earthly_cli_secret_flag_literal_history', 'docker',
  '  «N:100-999»  earthly --push --secret MYSQL_PASSWORD=«S1:pw22» +deploy-wandb')
p('argocd_vault_plugin_generate_rendered_stringdata', 'argocd',
  '$ argocd-vault-plugin generate ./manifests/wandb',
  'apiVersion: v1',
  'kind: Secret',
  'metadata:',
  '  name: wandb-oidc',
  'stringData:',
  '  OIDC_SECRET: «S1:url40»')
p('argocd_notifications_cm_webhook_header_bearer', 'argocd',
  '  service.webhook.wandb-deploy-hook: |',
  '    url: https://hooks.example.com/deploy',
  '    headers:',
  '    - name: Authorization',
  '      value: Bearer «S1:an40»')
p('flux_create_secret_oci_history_expanded_pat', 'flux',
  '  «N:100-999»  flux create secret oci ghcr-auth --url=ghcr.io --username=flux-bot --password=ghp_«S1:an36» --namespace=flux-system')
p('tf_diagnostic_source_snippet_literal_value', 'tfplan',
  '╷',
  '│ Error: cannot re-use a name that is still in use',
  '│',
  '│   with helm_release.wandb,',
  '│   on main.tf line «N:20-90», in resource "helm_release" "wandb":',
  '│   «N:20-90»:     value = "«S1:pw22»"',
  '╵')
p('tf_provider_vault_block_token_literal', 'tfvars',
  'provider "vault" {',
  '  address = "https://vault.example.com:8200"',
  '  token   = "hvs.«S1:url24»"',
  '}')
p('tf_state_kubernetes_secret_data_plain_map', 'tfstate',
  '            "binary_data": null,',
  '            "data": {',
  '              "MYSQL_PASSWORD": "«S1:pw22»"',
  '            },',
  '            "id": "«C:' + NS + '»/wandb-env",')
p('ansible_k8s_module_result_secret_data_b64', 'ansible',
  'changed: [localhost] => {"changed": true, "method": "create", "result": {"apiVersion": "v1", "data": {"password": "«S1:k8s24»"}, "kind": "Secret", "metadata": {"name": "wandb-mysql", "namespace": "«C:' + NS + '»"}, "type": "Opaque"}}')
p('ansible_log_path_file_prefix_debug_msg', 'ansible',
  '«T:ans» p=«N:1000-99999» u=deploy n=ansible | TASK [wandb : print generated OIDC secret] ***',
  '«T:ans» p=«N:1000-99999» u=deploy n=ansible | ok: [wandb-01] => {',
  '    "msg": "«S1:url40»"',
  '}')
p('vals_eval_rendered_values_output', 'helmfile',
  '$ vals eval -f values.yaml',
  'global:',
  '  mysql:',
  '    password: «S1:pw22»',
  '  oidc:',
  '    clientSecret: «S2:url40»')
p('helm_template_configmap_mysql_dsn_rendered', 'helminstall',
  '# Source: operator-wandb/charts/app/templates/configmap.yaml',
  'apiVersion: v1',
  'kind: ConfigMap',
  'data:',
  '  MYSQL: "mysql://wandb:«S1:pw20»@«C:' + MYSQLH + '»:3306/wandb_local"')
p('vault_read_database_static_creds_password_row', 'vault',
  'Key                    Value',
  '---                    -----',
  'last_vault_rotation    «T:isous»',
  'password               «S1:pw20»',
  'rotation_period        24h',
  'ttl                    «N:1000-86000»',
  'username               wandb')
p('vault_operator_unseal_history_key_arg', 'vault',
  '  «N:100-999»  vault operator unseal «S1:b64n43»=')
p('vault_audit_log_raw_wrap_info_token', 'vaultaudit',
  '{"time":"«T:isous»","type":"response","request":{"id":"«R1:uuid»","operation":"update","path":"auth/approle/role/wandb/secret-id","wrap_ttl":300},"response":{"wrap_info":{"token":"hvs.«S1:url24»","accessor":"«R2:an24»","ttl":300,"creation_path":"auth/approle/role/wandb/secret-id"}}}')
p('vault_transit_datakey_plaintext_row', 'vault',
  'Key            Value',
  '---            -----',
  'ciphertext     vault:v1:«R1:b64n60»',
  'key_version    1',
  'plaintext      «S1:b64n43»=')
p('vault_write_kubernetes_login_jwt_history', 'vault',
  '  «N:100-999»  vault write auth/kubernetes/login role=wandb jwt=«S1:jwt»')
p('sops_set_value_history_json_path', 'sops',
  '  «N:100-999»  sops --set \'["global"]["license"] "«S1:jwt»"\' clusters/prod/wandb-values.enc.yaml')
p('sops_decrypt_ini_section_password', 'sops',
  '$ sops -d config/wandb.enc.ini',
  '[mysql]',
  'user = wandb',
  'password = «S1:pw22»')
p('sops_age_key_env_export_line', 'sops',
  'export SOPS_AGE_KEY=AGE-SECRET-KEY-1«S1:up58»')
p('aws_sts_assume_role_output_credentials_block', 'awskms',
  '    "Credentials": {',
  '        "AccessKeyId": "ASIA«R1:up16»",',
  '        "SecretAccessKey": "«S1:b64n40»",',
  '        "SessionToken": "IQoJb3JpZ2luX2VjE«S2:b64n180»",',
  '        "Expiration": "«T:iso»"',
  '    },')
p('aws_ecr_get_login_password_output', 'docker',
  '$ aws ecr get-login-password --region us-east-1',
  '«S1:b64n240»')
p('aws_secretsmanager_create_cli_input_json_file', 'awssm',
  '$ cat create-secret.json',
  '{',
  '    "Name": "wandb/prod/smtp",',
  '    "SecretString": "«S1:pw22»",',
  '    "KmsKeyId": "alias/wandb"',
  '}')
p('gcloud_auth_print_access_token_output', 'gcpsm',
  '$ gcloud auth print-access-token --impersonate-service-account=wandb-deploy@example-proj.iam.gserviceaccount.com',
  'ya29.«S1:url150»')
p('doppler_secrets_set_output_table_values', 'doppler',
  '$ doppler secrets set MYSQL_PASSWORD="«S1:pw24»"',
  '┌────────────────┬──────────────────────────┐',
  '│ NAME           │ VALUE                    │',
  '├────────────────┼──────────────────────────┤',
  '│ MYSQL_PASSWORD │ «S1» │',
  '└────────────────┴──────────────────────────┘')
p('op_item_create_assignment_history', 'op',
  "  «N:100-999»  op item create --category=login --title=wandb-mysql --vault=Infra 'username=wandb' 'password=«S1:pw22»'")
p('infisical_secrets_set_status_table', 'infisical',
  '$ infisical secrets set OIDC_SECRET=«S1:url40» --env=prod',
  '┌─────────────┬──────────────────────────────────────────┬────────────────┐',
  '│ SECRET NAME │ SECRET VALUE                             │ STATUS         │',
  '├─────────────┼──────────────────────────────────────────┼────────────────┤',
  '│ OIDC_SECRET │ «S1» │ SECRET CREATED │',
  '└─────────────┴──────────────────────────────────────────┴────────────────┘')
p('infisical_service_token_env_three_segments', 'infisical',
  'INFISICAL_TOKEN=st.«R1:uuid».«S1:hex32».«S2:hex32»')
p('gocd_secret_config_inline_properties_token', 'gocd',
  '<secretConfig id="vault-wandb" pluginId="com.thoughtworks.gocd.secretmanager.vault">',
  '  <configuration>',
  '    <property><key>VaultUrl</key><value>https://vault.example.com:8200</value></property>',
  '    <property><key>Token</key><value>hvs.«S1:url24»</value></property>',
  '  </configuration>')
p('concourse_fly_set_pipeline_var_json_literal', 'concourse',
  '  «N:100-999»  fly -t ci set-pipeline -p wandb-deploy -c pipeline.yml -y \'bucket={"secret_key":"«S1:b64n40»"}\'')
p('tekton_eventlistener_triggerbinding_header_value', 'tekton',
  'spec:',
  '  params:',
  '    - name: webhook-secret',
  '      value: «S1:hex40»',
  '    - name: git-revision',
  '      value: $(body.head_commit.id)')
p('jenkins_console_helm_set_string_percent_encoded_dsn', 'jenkins',
  '+ helm upgrade wandb wandb/operator-wandb --set-string global.mysql.dsn=mysql://wandb:«S1:an10»%40«S2:an10»@«C:' + MYSQLH + '»:3306/wandb_local')
p('argocd_app_manifests_bucket_url_userinfo_env', 'argocdcli',
  '$ argocd app manifests wandb --source live | grep -A1 BUCKET',
  '        - name: BUCKET',
  '          value: s3://wandb-«R1:lo8»:«S1:an40»@wandb-«R2:lo6».s3.amazonaws.com/wandb')
p('flux_helmrelease_status_history_values_digest_and_inline', 'fluxhr',
  '  values:',
  '    global:',
  '      email:',
  '        smtp:',
  '          host: smtp.example.com',
  '          password: «S1:pw20»',
  '  valuesFrom:',
  '    - kind: ConfigMap',
  '      name: wandb-values')
p('gitlab_job_log_vault_kv_get_field_unmasked', 'gitlablog',
  '\x1b[32;1m$ export REDIS_PASSWORD=$(vault kv get -field=password secret/wandb/redis)\x1b[0;m',
  '\x1b[32;1m$ echo "redis password length ${#REDIS_PASSWORD}: $REDIS_PASSWORD"\x1b[0;m',
  'redis password length 24: «S1:pw24»')
p('circleci_step_output_vault_token_lookup_id', 'circleci',
  'Key                 Value',
  '---                 -----',
  'accessor            «R1:an24»',
  'display_name        approle',
  'id                  hvs.«S1:url24»',
  'policies            [default wandb-ci]')
p('ado_keyvault_task_debug_secret_value_set', 'ado',
  '##[debug]Downloading secret value for: mysql-password',
  '##[debug]set mysql-password=«S1:pw22»',
  '##[debug]Processed: ##vso[task.setvariable variable=mysql-password;issecret=false;]«S1»')

# ================================ NEGATIVES ================================
n('lookalike_gha_run_group_secrets_masked_stars', 'gha',
  '«T:gha» ##[group]Run helm upgrade --install wandb wandb/operator-wandb --set global.mysql.password=***',
  '«T:gha» \x1b[36;1mhelm upgrade --install wandb wandb/operator-wandb --set global.mysql.password=***\x1b[0m',
  '«T:gha» shell: /usr/bin/bash -e {0}',
  '«T:gha» env:',
  '«T:gha»   WANDB_LICENSE: ***',
  '«T:gha» ##[endgroup]')
n('lookalike_gha_workflow_yaml_secrets_context_expressions', 'gha',
  '    env:',
  '      OIDC_SECRET: ${{ secrets.OIDC_SECRET }}',
  '      MYSQL_PASSWORD: ${{ secrets.«C:MYSQL_PASSWORD|WANDB_DB_PASSWORD|DB_PASS» }}',
  '    steps:',
  '      - run: echo "::add-mask::${{ steps.«C:vault|fetch|secrets|login|creds».outputs.token }}"')
n('lookalike_gha_checkout_sha_pins_and_run_ids', 'ghalog',
  '«T:gha» Download action repository \'actions/checkout@«R1:hex40»\' (SHA:«R1»)',
  '«T:gha» Download action repository \'azure/setup-helm@«R2:hex40»\' (SHA:«R2»)',
  '«T:gha» Complete job name: deploy (run «N:1000000000-9999999999», attempt «N:1-3»)')
n('lookalike_gha_cache_restore_key_hash', 'ghalog',
  '«T:gha» Cache restored from key: Linux-helm-charts-«R1:hex64»',
  '«T:gha» Received «N:1000000-99999999» of «N:1000000-99999999» (100.0%), «N:1-40».«N:0-9» MBs/sec',
  '«T:gha» Cache Size: ~«N:1-90» MB')
n('lookalike_gha_oidc_request_url_env_without_token', 'ghalog',
  '«T:gha» ##[debug]ACTIONS_ID_TOKEN_REQUEST_URL=https://pipelinesghubeus«N:1-30».actions.githubusercontent.com/«R1:an50»/00000000-0000-0000-0000-000000000000/_apis/distributedtask/hubs/Actions/plans/«R2:uuid»/jobs/«R3:uuid»/idtoken?api-version=2.0',
  '«T:gha» ##[debug]ACTIONS_ID_TOKEN_REQUEST_TOKEN=***')
n('lookalike_gha_artifact_upload_digest', 'ghalog',
  '«T:gha» Artifact wandb-bundle.zip successfully finalized. Artifact ID «N:1000000000-2999999999»',
  '«T:gha» Artifact download URL: https://github.com/example-org/wandb-deploy/actions/runs/«N:1000000000-9999999999»/artifacts/«N:1000000000-2999999999»',
  '«T:gha» SHA256 digest of uploaded artifact zip is «R1:hex64»')
n('lookalike_gha_add_mask_help_docs_snippet', 'gha',
  'Masking a value prevents a string or variable from being printed in the log.',
  '::add-mask::{value}',
  'Example: echo "::add-mask::$«C:MY_SECRET|DB_PASSWORD|TOKEN|OIDC_SECRET|LICENSE|API_KEY»"',
  'Each masked word separated by whitespace is replaced with the * character.')
n('lookalike_gha_secret_source_actions_line', 'ghalog',
  '«T:gha» ##[group]GITHUB_TOKEN Permissions',
  '«T:gha» Contents: read',
  '«T:gha» IdToken: write',
  '«T:gha» ##[endgroup]',
  '«T:gha» Secret source: Actions',
  '«T:gha» Prepare workflow directory')
n('lookalike_gitlab_job_log_masked_and_pipeline_ids', 'gitlablog',
  '\x1b[0KRunning with gitlab-runner 16.«N:1-11».«N:0-3» («R1:hex8»)\x1b[0;m',
  '\x1b[0K  on runner-«R2:lo8» «R3:an8», system ID: s_«R4:hex12»\x1b[0;m',
  '\x1b[32;1m$ helm upgrade wandb wandb/operator-wandb --set global.license=[MASKED]\x1b[0;m',
  '\x1b[32;1mJob succeeded\x1b[0;m')
n('lookalike_gitlab_ci_yml_vault_secrets_keyword_refs', 'gitlab',
  '  secrets:',
  '    MYSQL_PASSWORD:',
  '      vault: wandb/«C:prod|staging|dev|qa|perf|eu1|us2»/«C:mysql|db|metadata-db|mysql-main|mysql-rw|sql»/password@secret',
  '      file: false',
  '    id_tokens:',
  '      VAULT_ID_TOKEN:',
  '        aud: https://vault.example.com')
n('lookalike_gitlab_ci_variables_dollar_references', 'gitlab',
  'variables:',
  '  HELM_ARGS: "--namespace «C:prod|staging|dev|qa|perf|eu1|us2» --set global.mysql.password=$MYSQL_PASSWORD --set global.license=${WANDB_LICENSE}"',
  '  CI_DEBUG_TRACE: "false"')
n('lookalike_gitlab_section_cache_key_and_image_digest', 'gitlablog',
  'section_start:«T:epoch»:prepare_executor\r\x1b[0K\x1b[0K\x1b[36;1mPreparing the "docker" executor\x1b[0;m',
  'Using docker image sha256:«R1:hex64» for alpine/helm:3.14.0 with digest alpine/helm@sha256:«R2:hex64» ...',
  'Checking cache for helm-«R3:hex40»-protected...')
n('lookalike_jenkins_withcredentials_masked_stars', 'jenkins',
  '[Pipeline] withCredentials',
  'Masking supported pattern matches of $MYSQL_PASSWORD or $WANDB_LICENSE',
  '[Pipeline] echo',
  'deploying build #«N:10-9999»',
  '[Pipeline] sh',
  '+ helm upgrade wandb wandb/operator-wandb --set global.mysql.password=****',
  '[Pipeline] }')
n('lookalike_jenkinsfile_credentials_id_bindings', 'jenkins',
  "withCredentials([usernamePassword(credentialsId: 'wandb-«C:mysql|db|metadata-db|mysql-main|mysql-rw|sql»', usernameVariable: 'DB_USER', passwordVariable: 'DB_PASS'),",
  "                 string(credentialsId: 'wandb-license', variable: 'WANDB_LICENSE')]) {",
  "  sh 'helm upgrade wandb wandb/operator-wandb --set global.mysql.password=$DB_PASS'",
  '}')
n('lookalike_jenkins_build_started_git_revision', 'jenkins',
  'Started by user «C:admin|release-bot|alice»',
  'Obtained Jenkinsfile from git https://git.example.com/platform/wandb-deploy.git',
  'Checking out Revision «R1:hex40» (refs/remotes/origin/main)',
  'Commit message: "bump operator-wandb to 0.«N:10-30».«N:0-9»"')
n('lookalike_jenkins_casc_env_var_placeholders', 'jenkinscasc',
  '          - string:',
  '              id: "wandb-license-«C:prod|staging|dev|qa|perf|eu1|us2»"',
  '              secret: "${WANDB_LICENSE}"',
  '          - usernamePassword:',
  '              id: "wandb-mysql"',
  '              password: "${readFile:/run/secrets/mysql-password}"')
n('lookalike_circleci_masked_env_and_context_names', 'circleci',
  '#!/bin/bash -eo pipefail',
  'echo "deploying with $MYSQL_PASSWORD"',
  'deploying with ********************',
  'release wandb-«R1:lo6» rolled out',
  'CircleCI received exit code 0')
n('lookalike_circleci_config_context_and_orb_refs', 'circleci',
  'workflows:',
  '  deploy:',
  '    jobs:',
  '      - vault/get-secrets:',
  '          context: [wandb-prod, vault-approle]',
  '          vault-secret-path: secret/data/wandb/«C:prod|staging|dev|qa|perf|eu1|us2»/«C:mysql|redis|oidc»')
n('lookalike_ado_macro_syntax_and_masked', 'ado',
  '##[section]Starting: helm upgrade',
  '/usr/local/bin/helm upgrade --install --set global.mysql.password=*** --set global.host=https://«C:' + HOSTC + '» wandb wandb/operator-wandb',
  "##[debug]Evaluating: variables['mysqlPassword']",
  '##[debug]Result: build «N:1000-99999»',
  '##[debug]$(mysqlPassword) is a secret variable and will be masked')
n('lookalike_ado_variable_group_keyvault_link', 'ado',
  'variables:',
  '- group: wandb-«C:prod|staging|dev|qa|perf|eu1|us2»-keyvault',
  '- name: keyVaultName',
  '  value: kv-wandb-prod',
  '- name: secretsFilter',
  "  value: 'mysql-password,oidc-secret'")
n('lookalike_buildkite_redacted_log_and_ids', 'bkredact',
  '~~~ Running commands',
  '$ buildkite-agent secret get mysql_password',
  '[REDACTED]',
  '$ echo "build «R1:uuid» job «R2:uuid»"',
  'build «R1» job «R2»')
n('lookalike_buildkite_pipeline_yaml_secrets_list', 'buildkite',
  'steps:',
  '  - label: ":helm: deploy wandb «C:prod|staging|dev|qa|perf|eu1|us2»"',
  '    command: ./deploy.sh',
  '    secrets:',
  '      - MYSQL_PASSWORD',
  '      - OIDC_SECRET')
n('lookalike_buildkite_redactor_add_help', 'bkredact',
  '$ buildkite-agent redactor add --help',
  'Usage:',
  '    buildkite-agent redactor add [options...] [file-with-content-to-redact]',
  '    --format value  The format for the input, one of: [json none] (default: "none")',
  '    --agent-access-token value  The access token used to identify the agent [$BUILDKITE_AGENT_ACCESS_TOKEN]',
  'buildkite-agent version 3.«N:50-90».«N:0-9»')
n('lookalike_tekton_results_digest_and_url', 'tekton',
  '  results:',
  '  - name: IMAGE_DIGEST',
  '    type: string',
  '    value: sha256:«R1:hex64»',
  '  - name: IMAGE_URL',
  '    value: registry.example.com/wandb/local@sha256:«R1»')
n('lookalike_tekton_workspace_secret_binding', 'tekton',
  '  workspaces:',
  '    - name: docker-credentials',
  '      secret:',
  '        secretName: registry-push-«C:prod|staging»',
  '    - name: kubeconfig',
  '      secret:',
  '        secretName: wandb-deployer-kubeconfig-«C:prod|staging|dev|qa|perf|eu1|us2»')
n('lookalike_tkn_pipelinerun_describe_uids', 'tkn',
  'Name:              deploy-wandb-run-«R1:lo5»',
  'Namespace:         «C:' + NS + '»',
  'Pipeline Ref:      deploy-wandb',
  'Service Account:   pipeline',
  'UID:               «R2:uuid»',
  'Status:            Succeeded')
n('lookalike_concourse_vars_double_paren', 'concourse',
  '  source:',
  '    repository_url: https://charts.example.com/wandb',
  '    username: ((chart-repo-«C:prod|staging|dev|qa|perf|eu1|us2».username))',
  '    password: ((chart-repo.password))')
n('lookalike_gocd_encrypted_value_and_secret_params', 'gocd',
  '<variable name="MYSQL_PASSWORD" secure="true">',
  '  <encryptedValue>{{SECRET:[vault-wandb-«C:prod|staging|dev|qa|perf|eu1|us2»][mysql_password]}}</encryptedValue>',
  '</variable>')
n('lookalike_argocd_app_get_sync_revision_table', 'argocdcli',
  'Name:               argocd/wandb',
  'Project:            default',
  'Server:             https://kubernetes.default.svc',
  'Namespace:          «C:' + NS + '»',
  'Sync Status:        Synced to 0.«N:10-30».«N:0-9» («R1:hex7»)',
  'Health Status:      Healthy')
n('lookalike_argocd_cm_oidc_dollar_secret_ref', 'argocdsso',
  '  oidc.config: |',
  '    name: Okta',
  '    issuer: https://example.okta.com',
  '    clientID: 0oa«R1:an16»',
  '    clientSecret: $oidc.okta.clientSecret')
n('lookalike_argocd_vault_plugin_path_placeholders', 'argocd',
  'stringData:',
  '  OIDC_SECRET: <path:secret/data/wandb/oidc#client_secret>',
  '  MYSQL_PASSWORD: <path:secret/data/wandb/«C:prod|staging|dev|qa|perf|eu1|us2»/mysql#password#«N:1-9»>')
n('lookalike_argocd_diff_secret_plus_masked', 'argocdcli',
  '===== /Secret «C:' + NS + '»/wandb-mysql ======',
  '«N:5-30»c«N:5-30»',
  '<   password: ++++++++',
  '---',
  '>   password: +++++++++++')
n('lookalike_argocd_repo_list_urls_no_creds', 'argocdcli',
  'TYPE  NAME  REPO                                                INSECURE  OCI    LFS    CREDS  STATUS      MESSAGE  PROJECT',
  'git         https://git.example.com/«C:platform|infra|mlops|sre|ml|core|deploy»/wandb-gitops.git   false     false  false  true   Successful           default',
  'helm  wandb https://charts.wandb.ai                             false     false  false  false  Successful           default')
n('lookalike_flux_gitrepository_secretref_and_revision', 'flux',
  'spec:',
  '  interval: 1m0s',
  '  ref:',
  '    branch: main',
  '  secretRef:',
  '    name: wandb-gitops-auth',
  '  url: https://git.example.com/platform/wandb-fleet.git',
  'status:',
  '  artifact:',
  '    digest: sha256:«R1:hex64»',
  '    revision: main@sha1:«R2:hex40»')
n('lookalike_flux_helmrelease_valuesfrom_secret_keys', 'fluxhr',
  '  valuesFrom:',
  '    - kind: Secret',
  '      name: wandb-license-«C:prod|staging|dev|qa|perf|eu1|us2»',
  '      valuesKey: license',
  '      targetPath: global.license',
  '    - kind: Secret',
  '      name: wandb-mysql',
  '      valuesKey: password')
n('lookalike_flux_receiver_webhook_path_hash', 'fluxrecv',
  '$ kubectl -n flux-system get receiver github-receiver',
  'NAME              AGE   READY   STATUS',
  'github-receiver   «N:2-90»d   True    Receiver initialized for path: /hook/«R1:hex64»')
n('lookalike_flux_event_revision_and_checksum', 'fluxnotif',
  '{"level":"info","ts":"«T:isoms»","logger":"event-server","msg":"dispatching event","eventInvolvedObject":{"kind":"HelmRelease","name":"wandb"},"message":"Helm upgrade succeeded for release «C:' + NS + '»/wandb.v«N:2-40» with chart operator-wandb@0.«N:10-30».«N:0-9»+«R1:hex12»","revision":"0.«N:10-30».«N:0-9»+«R1»"}')
n('lookalike_flux_create_secret_git_help_text', 'flux',
  'Usage:',
  '  flux create secret git [name] [flags]',
  '      --password string     basic authentication password',
  '      --username string     basic authentication username',
  '      --bearer-token string bearer authentication token',
  'flux version 2.«N:0-6».«N:0-9»')
n('lookalike_tf_plan_sensitive_markers_helm_release', 'tfplan',
  '  ~ resource "helm_release" "wandb" {',
  '        id   = "wandb"',
  '        name = "wandb"',
  '      - set_sensitive {',
  '          - name  = "global.mysql.password" -> null',
  '        # («N:2-40» unchanged attributes hidden)',
  '          - value = (sensitive value) -> null',
  '        }')
n('lookalike_tf_output_sensitive_and_kms_arn', 'awskms',
  'Outputs:',
  '',
  'bucket_kms_key_arn = "arn:aws:kms:us-east-1:«N:100000000000-999999999999»:key/«R1:uuid»"',
  'database_password = <sensitive>',
  'url = "https://«C:' + HOSTC + '»"')
n('lookalike_tf_lock_hcl_provider_hashes', 'tfstate',
  'provider "registry.terraform.io/hashicorp/helm" {',
  '  version     = "2.«N:10-14».«N:0-3»"',
  '  hashes = [',
  '    "h1:«R1:b64n43»=",',
  '    "zh:«R2:hex64»",',
  '  ]')
n('lookalike_tf_state_lineage_serial_header', 'tfstate',
  '{',
  '  "version": 4,',
  '  "terraform_version": "1.«N:5-9».«N:0-5»",',
  '  "serial": «N:10-900»,',
  '  "lineage": "«R1:uuid»",')
n('lookalike_tf_log_request_body_redacted', 'tflog',
  '«T:tf» [DEBUG] provider.terraform-provider-aws_v5.«N:20-60».0_x5: HTTP Request Sent: aws.operation=CreateSecret http.method=POST http.request.body="{\\"Name\\":\\"wandb/prod/mysql\\",\\"SecretString\\":\\"*****\\"}"')
n('lookalike_tf_variable_sensitive_declaration', 'tfvars',
  'variable "mysql_password" {',
  '  type        = string',
  '  sensitive   = true',
  '  description = "Password of the wandb MySQL user («C:prod|staging|dev|qa|perf|eu1|us2»)"',
  '}')
n('lookalike_tofu_encryption_kms_key_provider', 'tofu',
  'terraform {',
  '  encryption {',
  '    key_provider "aws_kms" "wandb" {',
  '      kms_key_id = "arn:aws:kms:us-east-1:«N:100000000000-999999999999»:key/«R1:uuid»"',
  '      key_spec   = "AES_256"',
  '    }')
n('lookalike_atlantis_comment_plan_sensitive_summary', 'atlantis',
  'Ran Plan for dir: `envs/«C:prod|staging|dev|qa|perf|eu1|us2»` workspace: `default`',
  '```diff',
  '  ~ resource "kubernetes_secret_v1" "wandb_env" {',
  '      ~ data = (sensitive value)',
  '```',
  'Plan: 0 to add, 1 to change, 0 to destroy.')
n('lookalike_tf_random_password_created_id_none', 'tfplan',
  'random_password.mysql: Creating...',
  'random_password.mysql: Creation complete after 0s [id=none]',
  'aws_secretsmanager_secret.mysql: Creation complete after 1s [id=arn:aws:secretsmanager:us-east-1:«N:100000000000-999999999999»:secret:wandb/mysql-«R1:an6»]')
n('lookalike_ansible_vault_ciphertext_block', 'ansvault',
  'vault_mysql_password: !vault |',
  '          $ANSIBLE_VAULT;1.1;AES256',
  '          «R1:hex80»',
  '          «R2:hex80»',
  '          «R3:hex40»')
n('lookalike_ansible_no_log_censored_result', 'ansible',
  'TASK [wandb : Create MySQL user «C:wandb|wandb_ro|wandb_admin|backup|exporter»] ****************************',
  'changed: [«C:wandb-01|wandb-02|10.0.4.21»] => {"censored": "the output has been hidden due to the fact that \'no_log: true\' was specified for this result", "changed": true}')
n('lookalike_ansible_jinja_vault_var_references', 'ansvault',
  'wandb_env:',
  '  MYSQL: "mysql://wandb:{{ vault_mysql_password }}@{{ mysql_host }}:«C:3306|3307|6033»/wandb_local"',
  '  LICENSE: "{{ lookup(\'community.hashi_vault.hashi_vault\', \'secret=secret/data/wandb-«C:prod|staging|dev|qa|perf|eu1|us2»:license\') }}"')
n('lookalike_ansible_cfg_vault_identity_list', 'ansvault',
  '[defaults]',
  'vault_identity_list = prod@~/.ansible/vault_pass_prod.txt, dev@prompt',
  'log_path = /var/log/ansible/wandb-«C:prod|staging|dev|qa|perf|eu1|us2».log')
n('lookalike_ansible_copy_result_checksum', 'ansible',
  'changed: [wandb-01] => {"changed": true, "checksum": "«R1:hex40»", "dest": "/etc/wandb/wandb.env", "gid": 0, "md5sum": "«R2:hex32»", "mode": "0600", "owner": "root", "size": «N:200-2000»}')
n('lookalike_helm_diff_masked_secret_bytes', 'helmdiff',
  'wandb, wandb-mysql, Secret (v1) has changed:',
  '  data:',
  '-   password: \'-------- # («N:12-40» bytes)\'',
  '+   password: \'++++++++ # («N:12-40» bytes)\'')
n('lookalike_helm_values_existing_secret_keys', 'helm',
  'global:',
  '  mysql:',
  '    existingSecret: wandb-«C:mysql|db|metadata-db|mysql-main|mysql-rw|sql»',
  '    passwordSecretKey: password',
  '  licenseSecret:',
  '    name: wandb-license',
  '    key: license')
n('lookalike_helm_checksum_annotations_rendered', 'helminstall',
  '  template:',
  '    metadata:',
  '      annotations:',
  '        checksum/config: «R1:hex64»',
  '        checksum/secret: «R2:hex64»')
n('lookalike_helm_history_table_revisions', 'helm',
  'REVISION  UPDATED                   STATUS      CHART                  APP VERSION  DESCRIPTION',
  '«N:10-20»        «C:Mon|Tue|Wed|Thu» Mar «N:10-28» 10:1«N:0-9»:0«N:0-9» 2025  superseded  operator-wandb-0.«N:10-30».«N:0-9»  0.«N:50-70».0       Upgrade complete',
  '«N:21-30»        «C:Fri|Sat|Sun» Apr «N:10-28» 09:2«N:0-9»:1«N:0-9» 2025  deployed    operator-wandb-0.«N:10-30».«N:0-9»  0.«N:50-70».0       Upgrade complete')
n('lookalike_vals_ref_plus_uris', 'helmfile',
  'global:',
  '  mysql:',
  '    password: ref+vault://secret/data/wandb/«C:prod|staging|dev|qa|perf|eu1|us2»/mysql#/password',
  '  bucket:',
  '    secretKey: ref+awssecrets://wandb/bucket#/secretKey')
n('lookalike_helm_oci_chart_pull_digest', 'helmreg',
  'Pulled: registry.example.com/charts/operator-wandb:0.«N:10-30».«N:0-9»',
  'Digest: sha256:«R1:hex64»')
n('lookalike_vault_token_lookup_accessor_fields', 'vault',
  'Key                 Value',
  '---                 -----',
  'accessor            «R1:an24»',
  'entity_id           «R2:uuid»',
  'id                  n/a',
  'policies            [default wandb-read]')
n('lookalike_vault_lease_ids_list', 'vaultlease',
  '$ vault list sys/leases/lookup/database/creds/wandb',
  'Keys',
  '----',
  '«R1:an24»',
  '«R2:an24»')
n('lookalike_vault_audit_hmac_fields', 'vaultaudit',
  '{"time":"«T:isous»","type":"response","auth":{"client_token":"hmac-sha256:«R1:hex64»","accessor":"hmac-sha256:«R2:hex64»","display_name":"kubernetes-wandb-wandb-app","policies":["default","wandb-read"]},"request":{"id":"«R3:uuid»","operation":"read","path":"secret/data/wandb/mysql"},"response":{"data":{"data":{"password":"hmac-sha256:«R4:hex64»"}}}}')
n('lookalike_vault_wrapping_lookup_no_token', 'vaultwrap',
  'Key                Value',
  '---                -----',
  'creation_path      auth/approle/role/wandb/secret-id',
  'creation_time      «T:isous»',
  'creation_ttl       5m')
n('lookalike_vault_agent_template_stanza_refs', 'vaultagent',
  'template {',
  '  destination = "/vault/secrets/wandb-«C:prod|staging|dev|qa|perf|eu1|us2».env"',
  '  contents    = <<EOT',
  '{{ with secret "secret/data/wandb/mysql" }}MYSQL_PASSWORD={{ .Data.data.password }}{{ end }}',
  'EOT',
  '}')
n('lookalike_vault_policy_hcl_paths', 'vault',
  'path "secret/data/wandb-«C:prod|staging|dev|qa|perf|eu1|us2»/*" {',
  '  capabilities = ["read"]',
  '}',
  'path "sys/wrapping/unwrap" {',
  '  capabilities = ["update"]',
  '}')
n('lookalike_vault_status_cluster_ids', 'vault',
  'Sealed                  false',
  'Total Shares            5',
  'Threshold               3',
  'Version                 1.«N:14-18».«N:0-5»',
  'Cluster Name            vault-cluster-«R1:hex8»',
  'Cluster ID              «R2:uuid»',
  'HA Enabled              true')
n('lookalike_vso_vaultstaticsecret_spec_refs', 'vso',
  'spec:',
  '  type: kv-v2',
  '  mount: secret',
  '  path: wandb/«C:prod|staging|dev|qa|perf|eu1|us2»/mysql',
  '  destination:',
  '    name: wandb-mysql',
  '    create: true',
  '  refreshAfter: 30s')
n('lookalike_eso_externalsecret_remoteref', 'eso',
  '  data:',
  '    - secretKey: OIDC_SECRET',
  '      remoteRef:',
  '        key: wandb/«C:prod|staging|dev|qa|perf|eu1|us2»/oidc',
  '        property: client_secret',
  '        version: «C:AWSCURRENT|latest|3|7»')
n('lookalike_eso_status_conditions_synced', 'eso',
  'status:',
  '  binding:',
  '    name: wandb-oidc',
  '  conditions:',
  '  - lastTransitionTime: "«T:iso»"',
  '    message: Secret was synced',
  '    reason: SecretSynced',
  '    status: "True"',
  '    type: Ready',
  '  refreshTime: "«T:iso»"',
  '  syncedResourceVersion: 1-«R1:hex32»')
n('lookalike_eso_clustersecretstore_aws_role', 'eso',
  '  provider:',
  '    aws:',
  '      service: SecretsManager',
  '      region: us-east-1',
  '      role: arn:aws:iam::«N:100000000000-999999999999»:role/wandb-external-secrets',
  '      auth:',
  '        jwt:',
  '          serviceAccountRef:',
  '            name: external-secrets')
n('lookalike_sealedsecret_encrypteddata', 'sealed',
  'apiVersion: bitnami.com/v1alpha1',
  'kind: SealedSecret',
  'metadata:',
  '  name: wandb-mysql',
  'spec:',
  '  encryptedData:',
  '    password: AgB«R1:b64n300»')
n('lookalike_kubeseal_fetch_cert_pem', 'sealed',
  '$ kubeseal --fetch-cert --controller-namespace kube-system',
  '-----BEGIN CERTIFICATE-----',
  'MIIErTCCApWgAwIBAgIQ«R1:b64n44»',
  '«R2:b64n64»',
  '«R3:b64n64»',
  '-----END CERTIFICATE-----')
n('lookalike_sops_enc_envelope_and_metadata', 'sops',
  'mysql:',
  '    password: ENC[AES256_GCM,data:«R1:b64n28»,iv:«R2:b64n43»=,tag:«R3:b64n22»==,type:str]',
  'sops:',
  '    age:',
  '        - recipient: age1«R4:lo58»',
  '    lastmodified: "«T:iso»"',
  '    mac: ENC[AES256_GCM,data:«R5:b64n88»=,iv:«R6:b64n43»=,tag:«R7:b64n22»==,type:str]',
  '    version: 3.«N:7-9».«N:0-3»')
n('lookalike_sops_creation_rules_kms_arns', 'sops',
  'creation_rules:',
  '  - path_regex: clusters/prod/.*\\.enc\\.yaml$',
  '    encrypted_regex: ^(data|stringData|password|license)$',
  '    kms: arn:aws:kms:us-east-1:«N:100000000000-999999999999»:key/«R1:uuid»',
  '    age: age1«R2:lo58»')
n('lookalike_aws_secretsmanager_describe_no_value', 'awssm',
  '{',
  '    "ARN": "arn:aws:secretsmanager:us-east-1:«N:100000000000-999999999999»:secret:wandb/prod/mysql-«R1:an6»",',
  '    "Name": "wandb/prod/mysql",',
  '    "KmsKeyId": "arn:aws:kms:us-east-1:«N:100000000000-999999999999»:key/«R2:uuid»",',
  '    "VersionIdsToStages": {',
  '        "«R3:uuid»": ["AWSCURRENT"]',
  '    }')
n('lookalike_aws_ssm_get_parameter_no_decryption_cipher', 'awsssm',
  '{',
  '    "Parameter": {',
  '        "Name": "/wandb/prod/redis-password",',
  '        "Type": "SecureString",',
  '        "Value": "AQICAH«R1:b64n120»",',
  '        "Version": «N:1-9»,',
  '        "ARN": "arn:aws:ssm:us-east-1:«N:100000000000-999999999999»:parameter/wandb/prod/redis-password"')
n('lookalike_gcloud_secrets_list_and_versions', 'gcpsm',
  'NAME            CREATED              REPLICATION_POLICY  LOCATIONS',
  'wandb-license   «T:iso»  automatic           -',
  'wandb-mysql     «T:iso»  automatic           -',
  'projects/«N:100000000000-999999999999»/secrets/wandb-mysql/versions/«N:1-20»')
n('lookalike_azure_keyvault_reference_syntax', 'akvref',
  'MYSQL_PASSWORD=@Microsoft.KeyVault(SecretUri=https://kv-wandb-prod.vault.azure.net/secrets/mysql-password/«R1:hex32»)',
  'OIDC_SECRET=@Microsoft.KeyVault(VaultName=kv-wandb-prod;SecretName=oidc-secret)')
n('lookalike_csi_secretproviderclass_objects', 'csi',
  '  parameters:',
  '    keyvaultName: kv-wandb-prod',
  '    tenantId: «R1:uuid»',
  '    objects: |',
  '      array:',
  '        - |',
  '          objectName: mysql-password',
  '          objectType: secret')
n('lookalike_doppler_only_names_and_setup', 'doppler',
  '$ doppler secrets --only-names --project wandb --config «C:prd|stg|dev|prd_eu|prd_us»',
  '┌────────────────┐',
  '│ NAME           │',
  '├────────────────┤',
  '│ MYSQL_PASSWORD │',
  '│ OIDC_SECRET    │',
  '└────────────────┘')
n('lookalike_op_inject_template_references', 'opinject',
  'MYSQL=mysql://wandb:{{ op://Infra/wandb-mysql/password }}@«C:' + MYSQLH + '»:3306/wandb_local',
  'OIDC_SECRET=op://Infra/wandb-oidc/credential',
  'LICENSE=op://Infra/wandb-license/«C:credential|license|notesPlain»')
n('lookalike_op_item_list_ids_table', 'op',
  'ID                            TITLE            VAULT    EDITED',
  '«R1:lo26»    wandb-mysql      Infra    «N:2-11» days ago',
  '«R2:lo26»    wandb-oidc       Infra    «N:2-11» months ago')
n('lookalike_infisical_json_workspace_config', 'infisical',
  '{',
  '    "workspaceId": "«R1:uuid»",',
  '    "defaultEnvironment": "«C:prod|staging|dev»",',
  '    "gitBranchToEnvironmentMapping": null',
  '}')
n('lookalike_wandb_env_file_refs_and_empty_values', 'wandb',
  'LICENSE=${WANDB_LICENSE}',
  'MYSQL=mysql://wandb:${MYSQL_PASSWORD}@«C:' + MYSQLH + '»:3306/wandb_local',
  'OIDC_SECRET=',
  'WANDB_NAMESPACE=«C:prod|staging|dev|qa|perf|eu1|us2»',
  'SLACK_SECRET=')
n('lookalike_k8s_secret_metadata_only_managed_by_eso', 'eso',
  'NAME          TYPE     DATA   AGE',
  'wandb-mysql   Opaque   «N:1-4»      «N:2-90»d',
  'wandb-oidc    Opaque   «N:1-4»      «N:2-90»d',
  'wandb-bucket  Opaque   «N:1-4»      «N:2-90»d')
n('lookalike_docker_image_digests_deploy_log', 'docker',
  'wandb/local:0.«N:50-70».«N:0-9»: digest: sha256:«R1:hex64» size: «N:1000-9999»',
  'Pushed registry.example.com/wandb/local@sha256:«R1»')
n('lookalike_slack_webhook_secret_reference', 'slack',
  'apiVersion: notification.toolkit.fluxcd.io/v1beta3',
  'kind: Provider',
  'spec:',
  '  type: slack',
  '  channel: «C:wandb-deploys|platform-alerts|ml-infra»',
  '  secretRef:',
  '    name: slack-webhook-url-«C:prod|staging|dev|qa|perf|eu1|us2»')
n('lookalike_gh_secret_list_names_dates', 'gha',
  '$ gh secret list --repo example-org/wandb-deploy',
  'NAME            UPDATED',
  'MYSQL_PASSWORD  about «N:2-11» days ago',
  'WANDB_LICENSE   about «N:2-11» months ago')
n('lookalike_vault_kv_metadata_versions_table', 'vaultkv',
  '== Metadata ==',
  'Key                     Value',
  '---                     -----',
  'cas_required            false',
  'created_time            «T:isous»',
  'current_version         «N:2-30»',
  'max_versions            0')
n('lookalike_ansible_playbook_recap_and_timing', 'ansible',
  'PLAY RECAP *********************************************************************',
  'wandb-01                   : ok=«N:10-60»   changed=«N:0-9»    unreachable=0    failed=0    skipped=«N:0-9»    rescued=0    ignored=0',
  'Playbook run took 0 days, 0 hours, «N:1-9» minutes, «N:10-59» seconds')
n('lookalike_argocd_initial_admin_secret_deleted', 'argocdcli',
  '$ kubectl -n argocd delete secret argocd-initial-admin-secret',
  'secret "argocd-initial-admin-secret" deleted',
  '$ argocd account get-user-info',
  'Logged In: true',
  'Username: «C:admin|ops|release-bot|alice|bob»')

# ================================ KIND JUDGEMENT ============================
NEW_KIND_POS = [
    'gha_run_header_expanded_step_output_vault_token',
    'gha_step_summary_markdown_table_minio_secret',
    'gha_service_container_docker_create_env_pair',
    'gha_matrix_include_yaml_bucket_secret_literal',
    'gitlab_dotenv_report_artifact_vault_token_line',
    'circleci_cli_yml_personal_token',
    'circleci_orb_parameter_default_vault_role_secret',
    'ado_helmdeploy_task_printed_command_set_bucket_key',
    'buildkite_secret_get_skip_redaction_value_printed',
    'buildkite_meta_data_set_vault_token_command',
    'buildkite_hooks_environment_file_export_api_key',
    'buildkite_secret_get_format_env_multiple_keys',
    'tekton_taskrun_status_results_string_value_token',
    'tekton_termination_message_results_json_array',
    'concourse_fly_get_pipeline_resolved_source_password',
    'gocd_cruise_config_env_variable_plain_value',
    'argocd_login_xtrace_password_grpc_web',
    'argocd_account_update_password_two_flags',
    'flux_helmrelease_postrenderer_patch_env_value',
    'tf_state_helm_release_metadata_values_escaped_json',
    'ansible_vault_password_file_cat_output',
    'ansible_fact_cache_json_custom_fact_password',
    'ansible_galaxy_requirements_git_url_deploy_token',
    'vault_wrapping_token_table_wrap_ttl',
    'vault_agent_sink_token_file_cat_output',
    'vault_read_aws_creds_table_secret_key',
    'vault_login_userpass_password_arg_history',
    'vso_destination_secret_yaml_data_b64',
    'vault_ssh_otp_creds_key_row',
    'eso_controller_log_error_quoting_secret_value',
    'aws_secretsmanager_put_secret_value_history_json_string',
    'aws_ssm_put_parameter_securestring_value_flag',
    'aws_secretsmanager_batch_get_secret_values_json',
    'gcloud_secrets_versions_access_json_payload_b64',
    'berglas_access_reference_output',
    'doppler_run_printenv_single_value',
    'doppler_yaml_scoped_personal_token',
    'op_service_account_token_export_line',
    'infisical_secrets_box_table_values',
    'infisical_login_universal_auth_client_secret_flag',
    'gha_action_with_inputs_group_expanded_step_output_key',
    'gha_composite_action_input_default_api_key',
    'gh_variable_list_table_holds_password',
    'glab_variable_get_value_printed',
    'argocd_vault_plugin_generate_rendered_stringdata',
    'argocd_notifications_cm_webhook_header_bearer',
    'tf_diagnostic_source_snippet_literal_value',
    'ansible_k8s_module_result_secret_data_b64',
    'ansible_log_path_file_prefix_debug_msg',
    'vals_eval_rendered_values_output',
    'vault_operator_unseal_history_key_arg',
    'vault_transit_datakey_plaintext_row',
    'vault_write_kubernetes_login_jwt_history',
    'sops_set_value_history_json_path',
    'op_item_create_assignment_history',
    'infisical_secrets_set_status_table',
    'infisical_service_token_env_three_segments',
    'gocd_secret_config_inline_properties_token',
    'ado_keyvault_task_debug_secret_value_set',
]
NEW_KIND_NEG = [
    'lookalike_gha_checkout_sha_pins_and_run_ids',
    'lookalike_gha_add_mask_help_docs_snippet',
    'lookalike_gha_secret_source_actions_line',
    'lookalike_gitlab_ci_yml_vault_secrets_keyword_refs',
    'lookalike_jenkinsfile_credentials_id_bindings',
    'lookalike_jenkins_casc_env_var_placeholders',
    'lookalike_circleci_config_context_and_orb_refs',
    'lookalike_ado_variable_group_keyvault_link',
    'lookalike_buildkite_redacted_log_and_ids',
    'lookalike_buildkite_pipeline_yaml_secrets_list',
    'lookalike_buildkite_redactor_add_help',
    'lookalike_tekton_results_digest_and_url',
    'lookalike_tekton_workspace_secret_binding',
    'lookalike_tkn_pipelinerun_describe_uids',
    'lookalike_concourse_vars_double_paren',
    'lookalike_gocd_encrypted_value_and_secret_params',
    'lookalike_argocd_vault_plugin_path_placeholders',
    'lookalike_flux_receiver_webhook_path_hash',
    'lookalike_flux_event_revision_and_checksum',
    'lookalike_tofu_encryption_kms_key_provider',
    'lookalike_atlantis_comment_plan_sensitive_summary',
    'lookalike_tf_random_password_created_id_none',
    'lookalike_ansible_cfg_vault_identity_list',
    'lookalike_vals_ref_plus_uris',
    'lookalike_vault_wrapping_lookup_no_token',
    'lookalike_vso_vaultstaticsecret_spec_refs',
    'lookalike_aws_ssm_get_parameter_no_decryption_cipher',
    'lookalike_op_item_list_ids_table',
    'lookalike_infisical_json_workspace_config',
    'lookalike_ansible_playbook_recap_and_timing',
]
SAME_KIND_POS = [x[0] for x in P if x[0] not in NEW_KIND_POS]
SAME_KIND_NEG = [x[0] for x in N if x[0] not in NEW_KIND_NEG]

# ================================ MAIN ======================================
SOURCES = {name: SRC[src] for name, src, _ in P + N}


def main():
    rng = random.Random(SEED)
    names = [x[0] for x in P] + [x[0] for x in N]
    assert len(names) == len(set(names)), 'duplicate shape name'
    used = set()
    pos_out = []
    for name, src, lines in P:
        for _ in range(3):
            for attempt in range(500):
                out, secrets = render(rng, lines)
                if ok_record(out, secrets, used):
                    break
            else:
                raise SystemExit('cannot draw positive %s' % name)
            used.update(secrets)
            pos_out.append({'shape': name, 'lines': out, 'secrets': secrets})
    neg_out = []
    seen = set()
    for name, src, lines in N:
        for _ in range(5):
            for attempt in range(500):
                out, secrets = render(rng, lines)
                assert not secrets, name
                key = json.dumps(out, ensure_ascii=False)
                if key not in seen:
                    break
            else:
                raise SystemExit('cannot draw distinct negative %s' % name)
            seen.add(key)
            neg_out.append({'shape': name, 'lines': out})
    for fn, recs in (('positives.jsonl', pos_out), ('negatives.jsonl', neg_out)):
        with open(os.path.join(HERE, fn), 'w', encoding='utf-8', newline='\n') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
