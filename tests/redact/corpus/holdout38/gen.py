#!/usr/bin/env python3
"""holdout38: sealed held-out set for the wbdiag secret redactor.
Focus: cluster add-ons, monitoring and alerting beside a W&B Server.
Stdlib only, fixed seed, deterministic. Writes positives.jsonl / negatives.jsonl next to itself.
Templates, SOURCES and the kind judgement (NEW_KIND_POS / NEW_KIND_NEG) are below.
Template placeholders:
  {sN:kind:len}  secret (listed), {sN} reuses it
  {rN:kind:len}  random public value (not listed), {rN} reuses it
  {ts} ISO-8601 UTC stamp (advances), {tss} 'YYYY-MM-DD HH:MM:SS', {klog} klog header,
  {ip} 10.x address, {pod} pod-name suffix, {dom} example.* host
Kinds: pw hex an up lo b64 b64u num uuid; B<kind> = base64 of a <kind> value (listed without '='),
  basic = HTTP Basic base64 of <user>:<pw> (only password-only groups listed),
  jwt = compact JWT (signature listed), pemb64 = base64 of a PEM key (body groups listed).
"""
import base64, datetime, json, math, os, random, re

SEED = 3838_2026
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

LOW = 'abcdefghijklmnopqrstuvwxyz'; UPP = LOW.upper(); DIG = '0123456789'
AN = LOW + UPP + DIG
PWMID = AN + '-_.!~+*'
B64 = AN + '+/'; B64U = AN + '-_'
USERS = ['alertmanager', 'prometheus', 'grafana', 'metrics', 'promtail', 'fluentbit', 'vector', 'scraper', 'ops']

def draw(kind, n):
    if kind == 'pw':
        return rng.choice(AN) + ''.join(rng.choice(PWMID) for _ in range(n - 2)) + rng.choice(AN)
    if kind == 'hex': return ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    if kind == 'HEX': return ''.join(rng.choice('0123456789ABCDEF') for _ in range(n))
    if kind == 'an': return ''.join(rng.choice(AN) for _ in range(n))
    if kind == 'up': return ''.join(rng.choice(UPP + DIG) for _ in range(n))
    if kind == 'lo': return ''.join(rng.choice(LOW + DIG) for _ in range(n))
    if kind == 'b64': return ''.join(rng.choice(B64) for _ in range(n))
    if kind == 'b64u': return ''.join(rng.choice(B64U) for _ in range(n))
    if kind == 'num': return rng.choice('123456789') + ''.join(rng.choice(DIG) for _ in range(n - 1))
    if kind == 'uuid':
        h = draw('hex', 32); return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], rng.choice('89ab'), h[17:20], h[20:32])
    if kind == 'azs':  # Azure client secret style
        return ''.join(rng.choice(AN) for _ in range(3)) + '8Q~' + ''.join(rng.choice(AN + '_~.-') for _ in range(n - 7)) + rng.choice(AN)
    raise ValueError(kind)

def b64(s):
    return base64.b64encode(s.encode()).decode()

def make(kind, n):
    """returns (text placed in the line, [listed pieces])"""
    if kind.startswith('B') and kind[1:] in ('pw', 'hex', 'an', 'up', 'lo', 'b64', 'b64u', 'uuid', 'azs'):
        t = b64(draw(kind[1:], n)); return t, [t.rstrip('=')]
    if kind == 'basic':
        user = rng.choice(USERS); pw = draw('pw', n)
        enc = b64(user + ':' + pw); g = math.ceil((len(user) + 1) / 3)
        return enc, [enc[4 * g:].rstrip('=')]
    if kind == 'jwt':
        hdr = base64.urlsafe_b64encode(json.dumps({"alg": "RS256", "kid": draw('b64u', 20)}).encode()).decode().rstrip('=')
        pl = base64.urlsafe_b64encode(json.dumps({"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": 1700000000 + rng.randrange(10**8), "iss": "https://kubernetes.default.svc.cluster.local", "sub": "system:serviceaccount:%s:%s" % (rng.choice(['monitoring', 'istio-system', 'cert-manager', 'velero']), rng.choice(['prometheus', 'istiod', 'cert-manager', 'velero-server']))}).encode()).decode().rstrip('=')
        sig = draw('b64u', n); return hdr + '.' + pl + '.' + sig, [sig]
    if kind == 'pemb64':
        head = '-----BEGIN EC PRIVATE KEY-----\n'
        body = draw('b64', 64) + '\n' + draw('b64', 64) + '\n' + draw('b64', 32) + '\n'
        raw = head + body + '-----END EC PRIVATE KEY-----\n'
        enc = b64(raw); g0 = math.ceil(len(head) / 3); g1 = (len(head) + len(body)) // 3
        return enc, [enc[4 * g0:4 * g1]]
    if kind == 'nrlic':
        t = draw('hex', 36); return t + 'NRAL', [t]
    v = draw(kind, n); return v, [v]

DOMS = ['example.com', 'example.org', 'example.net', 'corp.example.com', 'ml.example.io']
SUBS = ['wandb', 'grafana', 'alerts', 'metrics', 'ops', 'wb', 'mon', 'smtp', 'logs']
PH = re.compile(r'\{([sr]\d+)(?::(\w+):(\d+))?\}|\{(ts|tss|klog|ip|pod|dom|uuid)\}')

def render(tpl):
    t0 = datetime.datetime(2023, 1, 1) + datetime.timedelta(seconds=rng.randrange(3 * 365 * 86400))
    state = {'t': t0}; vals = {}; secrets = []
    def tick():
        state['t'] += datetime.timedelta(milliseconds=rng.randrange(0, 2500)); return state['t']
    def sub(m):
        if m.group(4):
            k = m.group(4)
            if k == 'ts': return tick().strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (state['t'].microsecond // 1000)
            if k == 'tss': return tick().strftime('%Y-%m-%d %H:%M:%S')
            if k == 'klog': t = tick(); return 'I%s %s.%06d       1' % (t.strftime('%m%d'), t.strftime('%H:%M:%S'), t.microsecond)
            if k == 'ip': return '10.%d.%d.%d' % (rng.randrange(256), rng.randrange(256), rng.randrange(1, 255))
            if k == 'pod': return '%s-%s' % (draw('lo', 10), draw('lo', 5))
            if k == 'dom': return rng.choice(SUBS) + '.' + rng.choice(DOMS)
            if k == 'uuid': return draw('uuid', 0)
        name, kind, n = m.group(1), m.group(2), m.group(3)
        if kind is None:
            return vals[name]
        text, listed = make(kind, int(n))
        vals[name] = text
        if name[0] == 's': secrets.extend(listed)
        return text
    lines = [PH.sub(sub, ln) for ln in tpl.split('\n')]
    return lines, secrets

def ok_record(lines, secrets, seen):
    joined = '\n'.join(lines)
    for s in secrets:
        if len(s) < 8 or s not in joined or s in seen: return False
    rest = joined
    for s in sorted(secrets, key=len, reverse=True): rest = rest.replace(s, '\x00')
    for s in secrets:
        for i in range(len(s) - 5):
            if s[i:i + 6] in rest: return False
    if len(set(secrets)) != len(secrets): return False
    return True

# ======== shapes ========
# ---- sources (per shape, via the family constant) ----
U_CM_ACME = 'https://cert-manager.io/docs/configuration/acme/'
U_CM_EAB = 'https://cert-manager.io/docs/configuration/acme/#external-account-bindings'
U_CM_R53 = 'https://cert-manager.io/docs/configuration/acme/dns01/route53/'
U_CM_CF = 'https://cert-manager.io/docs/configuration/acme/dns01/cloudflare/'
U_CM_AZ = 'https://cert-manager.io/docs/configuration/acme/dns01/azuredns/'
U_CM_GCP = 'https://cert-manager.io/docs/configuration/acme/dns01/google/'
U_CM_LOG = 'https://github.com/cert-manager/cert-manager (klog controller output, pkg/issuer/acme)'
U_EDNS = 'https://github.com/kubernetes-sigs/external-dns/blob/master/docs/tutorials/aws.md'
U_EDNS_CF = 'https://github.com/kubernetes-sigs/external-dns/blob/master/docs/tutorials/cloudflare.md'
U_EDNS_AZ = 'https://github.com/kubernetes-sigs/external-dns/blob/master/docs/tutorials/azure.md'
U_VELERO = 'https://velero.io/docs/main/api-types/backupstoragelocation/'
U_VELERO_AWS = 'https://github.com/vmware-tanzu/velero-plugin-for-aws#set-permissions-for-velero'
U_XP = 'https://docs.crossplane.io/latest/concepts/providers/ (ProviderConfig credentials source Secret)'
U_ING = 'https://kubernetes.github.io/ingress-nginx/examples/auth/basic/'
U_INGX = 'https://kubernetes.github.io/ingress-nginx/examples/auth/external-auth/'
U_PROM = 'https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config'
U_PROMRW = 'https://prometheus.io/docs/prometheus/latest/configuration/configuration/#remote_write'
U_AM = 'https://prometheus.io/docs/alerting/latest/configuration/#receiver-integration-settings'
U_AMS = 'https://docs.okd.io/4.7/rest_api/monitoring_apis/alertmanagerconfig-monitoring-coreos-com-v1alpha1.html ; https://gist.github.com/niftynei/2ace26d27069a3ab3aee3a08632a4e23'
U_AMLOG = 'https://github.com/prometheus/alertmanager (go-kit logfmt notify errors)'
U_GDS = 'https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources'
U_GCP_ = 'https://grafana.com/docs/grafana/latest/alerting/set-up/provision-alerting-resources/file-provisioning/'
U_GINI = 'https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/'
U_GLOG = 'https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#log (logfmt logger=...)'
U_OTEL = 'https://opentelemetry.io/docs/collector/configuration/#exporters'
U_OTELENV = 'https://opentelemetry.io/docs/specs/otel/protocol/exporter/ (OTEL_EXPORTER_OTLP_HEADERS)'
U_DD = 'https://docs.datadoghq.com/containers/kubernetes/installation/ ; https://docs.datadoghq.com/opentelemetry/setup/otlp_ingest/logs/'
U_NR = 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/ ; https://docs.newrelic.com/docs/kubernetes-pixie/kubernetes-integration/installation/install-kubernetes-integration-using-helm/'
U_DT = 'https://docs.dynatrace.com/docs/manage/access-control/access-tokens (dt0c01 token format)'
U_EAPM = 'https://www.elastic.co/guide/en/apm/agent/python/current/configuration.html#config-secret-token'
U_SENTRY = 'https://docs.sentry.io/concepts/key-terms/dsn-explainer/'
U_FB = 'https://docs.fluentbit.io/manual/pipeline/outputs/elasticsearch ; https://docs.fluentbit.io/manual/pipeline/outputs/loki'
U_VEC = 'https://vector.dev/docs/reference/configuration/sinks/http/ ; https://vector.dev/docs/reference/configuration/sinks/datadog_logs/'
U_PT = 'https://grafana.com/docs/loki/latest/send-data/promtail/configuration/#clients'
U_ISTIO = 'https://istio.io/latest/docs/tasks/security/cert-management/plugin-ca-cert/'
U_LD = 'https://linkerd.io/2/tasks/generate-certificates/ ; https://linkerd.io/2/tasks/install-helm/'
U_K8SEC = 'https://kubernetes.io/docs/reference/kubectl/generated/kubectl_get/ (Secret -o yaml/json)'
U_HELM = 'https://helm.sh/docs/helm/helm_get_values/'
U_PAGES = 'https://developer.pagerduty.com/docs/events-api-v2/overview/ ; https://docs.opsgenie.com/docs/alert-api'
U_SLACK = 'https://api.slack.com/messaging/webhooks'
U_TEAMS = 'https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook'
U_KSM = 'https://github.com/prometheus-operator/prometheus-operator/blob/main/Documentation/api-reference/api.md'
U_BBOX = 'https://github.com/prometheus/blackbox_exporter/blob/master/CONFIGURATION.md'
U_THANOS = 'https://thanos.io/tip/thanos/storage.md/#s3'
U_LOKI = 'https://grafana.com/docs/loki/latest/configure/storage/'
U_KEDA = 'https://keda.sh/docs/latest/scalers/prometheus/'
U_ARGO = 'https://argo-cd.readthedocs.io/en/stable/operator-manual/argocd-notifications-cm-yaml/'
U_FLUX = 'https://fluxcd.io/flux/components/notification/providers/'

POS = [
# ---------------- cert-manager ----------------
('cm_clusterissuer_eab_hmac_secret_data_yaml', U_CM_EAB, """apiVersion: v1
kind: Secret
metadata:
  name: zerossl-eab
  namespace: cert-manager
type: Opaque
data:
  secret: {s1:Bb64u:43}"""),
('cm_eab_hmac_stringdata_in_helm_manifest', U_CM_EAB, """# Source: wandb-addons/templates/eab-secret.yaml
apiVersion: v1
kind: Secret
metadata:
  name: eab-hmac
stringData:
  hmacKey: "{s1:b64u:86}"
---"""),
('cm_acme_account_key_tls_key_secret_get_json', U_CM_ACME, """{
    "apiVersion": "v1",
    "data": {
        "tls.key": "{s1:pemb64:0}"
    },
    "kind": "Secret",
    "metadata": {
        "annotations": {
            "cert-manager.io/private-key-secret-ref": "letsencrypt-prod"
        },"""),
('cm_acme_account_key_jsonpath_decoded_pem_body', U_CM_ACME, """$ kubectl -n cert-manager get secret letsencrypt-prod-account-key -o jsonpath='{.data.tls\\.key}' | base64 -d
-----BEGIN EC PRIVATE KEY-----
{s1:b64:64}
{s2:b64:64}
{s3:b64:32}
-----END EC PRIVATE KEY-----"""),
('cm_route53_secret_access_key_inline_issuer_yaml', U_CM_R53, """    solvers:
    - dns01:
        route53:
          region: us-east-1
          hostedZoneID: Z{r1:up:13}
          accessKeyID: AKIA{r2:up:16}
          secretAccessKey: {s1:b64:40}"""),
('cm_route53_creds_secret_stringdata_kubectl_apply_lastapplied', U_CM_R53, """    kubectl.kubernetes.io/last-applied-configuration: |
      {"apiVersion":"v1","kind":"Secret","metadata":{"annotations":{},"name":"route53-credentials-secret","namespace":"cert-manager"},"stringData":{"secret-access-key":"{s1:b64:40}"},"type":"Opaque"}
  creationTimestamp: "{ts}\""""),
('cm_cloudflare_api_token_secret_stringdata', U_CM_CF, """apiVersion: v1
kind: Secret
metadata:
  name: cloudflare-api-token-secret
  namespace: cert-manager
type: Opaque
stringData:
  api-token: {s1:b64u:40}"""),
('cm_cloudflare_global_api_key_secret_data_base64', U_CM_CF, """apiVersion: v1
data:
  api-key: {s1:Bhex:37}
kind: Secret
metadata:
  name: cloudflare-api-key-secret"""),
('cm_azuredns_client_secret_issuer_spec_inline', U_CM_AZ, """      dns01:
        azureDNS:
          clientID: {r1:uuid:0}
          clientSecret: {s1:azs:40}
          subscriptionID: {r2:uuid:0}
          tenantID: {r3:uuid:0}
          resourceGroupName: rg-wandb-dns
          hostedZoneName: example.com"""),
('cm_clouddns_service_account_private_key_id_and_body', U_CM_GCP, """{
  "type": "service_account",
  "project_id": "wandb-dns-prod",
  "private_key_id": "{r1:hex:40}",
  "private_key": "-----BEGIN PRIVATE KEY-----\\n{s1:b64:64}\\n{s2:b64:64}\\n-----END PRIVATE KEY-----\\n",
  "client_email": "dns01-solver@wandb-dns-prod.iam.gserviceaccount.com","""),
('cm_clouddns_key_json_base64_secret_data', U_CM_GCP, """apiVersion: v1
kind: Secret
metadata:
  name: clouddns-dns01-solver-svc-acct
data:
  key.json: {s1:Bb64:120}"""),
('cm_controller_klog_acme_dns01_present_error_with_token', U_CM_LOG, """{klog} controller.go:167] "re-queuing item due to error processing" err="error getting cloudflare api token: failed to authenticate with token {s1:b64u:40}: HTTP status 403" logger="cert-manager.challenges" key="wandb/wandb-tls-1-2207-0\""""),
('cm_webhook_solver_config_json_in_challenge_describe', U_CM_ACME, """  Solver:
    dns01:
      Webhook:
        Config:
          API Key:      {s1:an:32}
          Zone:         example.com
        Group Name:     acme.example.com
        Solver Name:    hetzner"""),
('cm_vault_issuer_token_secret_get_yaml', 'https://cert-manager.io/docs/configuration/vault/', """apiVersion: v1
kind: Secret
metadata:
  name: cert-manager-vault-token
  namespace: cert-manager
data:
  token: {s1:Ban:28}"""),
('cm_venafi_tpp_password_secret_stringdata', 'https://cert-manager.io/docs/configuration/venafi/', """stringData:
  username: svc-certmgr
  password: {s1:pw:22}
---
apiVersion: cert-manager.io/v1
kind: Issuer"""),
('cm_pkcs12_keystore_password_literal', 'https://cert-manager.io/docs/usage/certificate/#keystores', """apiVersion: v1
kind: Secret
metadata:
  name: wandb-keystore-pass
stringData:
  password-key: {s1:pw:20}"""),
# ---------------- external-dns ----------------
('externaldns_aws_credentials_file_secret_data_decoded', U_EDNS, """$ kubectl -n external-dns get secret external-dns-aws -o jsonpath='{.data.credentials}' | base64 -d
[default]
aws_access_key_id = AKIA{r1:up:16}
aws_secret_access_key = {s1:b64:40}"""),
('externaldns_deployment_env_cf_api_token_literal', U_EDNS_CF, """        env:
        - name: CF_API_TOKEN
          value: {s1:b64u:40}
        - name: CF_API_EMAIL
          value: dns-admin@example.com"""),
('externaldns_azure_json_aadclientsecret', U_EDNS_AZ, """{
  "tenantId": "{r1:uuid:0}",
  "subscriptionId": "{r2:uuid:0}",
  "resourceGroup": "rg-dns",
  "aadClientId": "{r3:uuid:0}",
  "aadClientSecret": "{s1:azs:40}"
}"""),
('externaldns_helm_values_provider_cloudflare_apitoken', U_HELM, """USER-SUPPLIED VALUES:
provider:
  name: cloudflare
env:
- name: CF_API_TOKEN
  value: "{s1:b64u:40}"
domainFilters:
- example.com"""),
('externaldns_rfc2136_tsig_secret_args', 'https://github.com/kubernetes-sigs/external-dns/blob/master/docs/tutorials/rfc2136.md', """        args:
        - --provider=rfc2136
        - --rfc2136-host={ip}
        - --rfc2136-zone=example.com
        - --rfc2136-tsig-secret={s1:b64:44}
        - --rfc2136-tsig-keyname=externaldns-key
        - --rfc2136-tsig-secret-alg=hmac-sha256"""),
('externaldns_pdns_api_key_flag_in_ps', 'https://github.com/kubernetes-sigs/external-dns/blob/master/docs/tutorials/pdns.md', """65534        1  0.3  0.2 748232 41220 ?  Ssl  09:12   3:04 /bin/external-dns --source=ingress --provider=pdns --pdns-server=http://{ip}:8081 --pdns-api-key={s1:an:32} --txt-owner-id=wandb"""),
# ---------------- Velero ----------------
('velero_cloud_credentials_secret_decoded_ini', U_VELERO_AWS, """$ kubectl -n velero get secret cloud-credentials -o jsonpath="{.data.cloud}" | base64 --decode
[default]
aws_access_key_id={r1:up:20}
aws_secret_access_key={s1:b64:40}"""),
('velero_cloud_credentials_secret_b64_data_yaml', U_VELERO, """apiVersion: v1
data:
  cloud: {s1:Ban:90}
kind: Secret
metadata:
  labels:
    component: velero"""),
('velero_minio_bsl_s3url_creds_in_helm_values', 'https://github.com/vmware-tanzu/helm-charts/blob/main/charts/velero/values.yaml', """credentials:
  useSecret: true
  secretContents:
    cloud: |
      [default]
      aws_access_key_id=wandbvelero
      aws_secret_access_key={s1:pw:24}
configuration:
  backupStorageLocation:"""),
('velero_plugin_aws_log_signature_mismatch_presigned', U_VELERO_AWS, """time="{ts}" level=error msg="Error getting a download URL" backup=velero/wandb-daily-2024 error="rpc error: code = Unknown desc = GET https://minio.velero.svc:9000/velero-backups/backups/wandb/wandb-logs.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=velero%2F20240101%2Fminio%2Fs3%2Faws4_request&X-Amz-Date=20240101T000000Z&X-Amz-Expires=600&X-Amz-SignedHeaders=host&X-Amz-Signature={s1:hex:64}" logSource="pkg/controller/download_request_controller.go:201\""""),
('velero_restic_repo_password_secret_data', 'https://velero.io/docs/main/file-system-backup/', """apiVersion: v1
kind: Secret
metadata:
  name: velero-repo-credentials
  namespace: velero
data:
  repository-password: {s1:Bpw:24}"""),
('velero_azure_credentials_env_file_client_secret', 'https://github.com/vmware-tanzu/velero-plugin-for-microsoft-azure#setup', """AZURE_SUBSCRIPTION_ID={r1:uuid:0}
AZURE_TENANT_ID={r2:uuid:0}
AZURE_CLIENT_ID={r3:uuid:0}
AZURE_CLIENT_SECRET={s1:azs:40}
AZURE_RESOURCE_GROUP=MC_wandb_aks
AZURE_CLOUD_NAME=AzurePublicCloud"""),
('velero_gcp_credentials_velero_json_private_key', 'https://github.com/vmware-tanzu/velero-plugin-for-gcp#setup', """  "private_key_id": "{r1:hex:40}",
  "private_key": "-----BEGIN PRIVATE KEY-----\\n{s1:b64:64}\\n{s2:b64:64}\\n{s3:b64:24}\\n-----END PRIVATE KEY-----\\n",
  "client_email": "velero@wandb-backup.iam.gserviceaccount.com","""),
# ---------------- Crossplane ----------------
('crossplane_providerconfig_creds_secret_aws_ini_b64', U_XP, """apiVersion: v1
kind: Secret
metadata:
  name: aws-creds
  namespace: crossplane-system
type: Opaque
data:
  creds: {s1:Bb64:60}"""),
('crossplane_provider_log_credentials_extraction', U_XP, """{ts}	DEBUG	provider-aws	Extracted credentials	{"source": "Secret", "profile": "default", "accessKeyID": "AKIA{r1:up:16}", "secretAccessKey": "{s1:b64:40}"}"""),
('crossplane_connection_secret_mysql_password_json', 'https://docs.crossplane.io/latest/concepts/managed-resources/#writeconnectionsecrettoref', """{
    "apiVersion": "v1",
    "data": {
        "endpoint": "{r1:Ban:24}",
        "password": "{s1:Bpw:26}",
        "port": "MzMwNg==",
        "username": "d2FuZGJfbG9jYWw="
    },"""),
('crossplane_providerconfig_azure_json_clientsecret', U_XP, """$ kubectl get secret azure-account-creds -n crossplane-system -o jsonpath='{.data.credentials}' | base64 -d
{"clientId": "{r1:uuid:0}", "clientSecret": "{s1:azs:40}", "subscriptionId": "{r2:uuid:0}", "tenantId": "{r3:uuid:0}"}"""),
# ---------------- ingress auth ----------------
('ingress_basic_auth_htpasswd_apr1_hash_secret', U_ING, """$ kubectl get secret wandb-basic-auth -o jsonpath='{.data.auth}' | base64 -d
admin:$apr1${r1:an:8}${s1:b64:22}"""),
('ingress_basic_auth_bcrypt_htpasswd_auth_map', U_ING, """apiVersion: v1
kind: Secret
metadata:
  name: metrics-basic-auth
type: Opaque
stringData:
  auth: |
    prom:$2y$05${s1:b64:53}"""),
('ingress_auth_url_with_userinfo_annotation', U_INGX, """  annotations:
    nginx.ingress.kubernetes.io/auth-url: "https://authproxy:{s1:pw:20}@sso.example.com/oauth2/auth"
    nginx.ingress.kubernetes.io/auth-signin: "https://sso.example.com/oauth2/start?rd=$escaped_request_uri\""""),
('ingress_configuration_snippet_proxy_set_header_basic', 'https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#configuration-snippet', """    nginx.ingress.kubernetes.io/configuration-snippet: |
      proxy_set_header Authorization "Basic {s1:basic:20}";
      more_set_headers "X-Frame-Options: DENY";"""),
('oauth2_proxy_cookie_secret_and_client_secret_args', 'https://oauth2-proxy.github.io/oauth2-proxy/configuration/overview', """      - args:
        - --provider=oidc
        - --client-id=wandb-oauth2-proxy
        - --client-secret={s1:an:32}
        - --cookie-secret={s2:b64u:32}
        - --email-domain=example.com"""),
('traefik_basicauth_middleware_users_list', 'https://doc.traefik.io/traefik/middlewares/http/basicauth/', """apiVersion: traefik.io/v1alpha1
kind: Middleware
metadata:
  name: grafana-auth
spec:
  basicAuth:
    users:
    - "ops:$apr1${r1:an:8}${s1:b64:22}\""""),
]
POS += [
# ---------------- Prometheus ----------------
('prom_scrape_basic_auth_password_literal_yaml', U_PROM, """scrape_configs:
  - job_name: wandb-gorilla
    metrics_path: /metrics
    basic_auth:
      username: prometheus
      password: {s1:pw:22}
    static_configs:
      - targets: ['wandb.wandb.svc:8181']"""),
('prom_scrape_bearer_token_legacy_field', U_PROM, """  - job_name: federate-upstream
    honor_labels: true
    bearer_token: {s1:an:40}
    scheme: https"""),
('prom_scrape_authorization_credentials_block', U_PROM, """  - job_name: wandb-weave
    authorization:
      type: Bearer
      credentials: {s1:b64u:48}
    kubernetes_sd_configs:
      - role: pod"""),
('prom_scrape_oauth2_client_secret_block', U_PROM, """    oauth2:
      client_id: prometheus-scraper
      client_secret: {s1:an:36}
      token_url: https://sso.example.com/realms/ops/protocol/openid-connect/token
      scopes: [metrics]"""),
('prom_remote_write_basic_auth_grafana_cloud', U_PROMRW, """remote_write:
- url: https://prometheus-prod-10-prod-us-central-0.grafana.net/api/prom/push
  basic_auth:
    username: "{r1:num:6}"
    password: glc_{s1:b64:120}"""),
('prom_config_status_page_json_basic_auth', 'https://prometheus.io/docs/prometheus/latest/querying/api/#config', """{"status":"success","data":{"yaml":"global:\\n  scrape_interval: 30s\\nscrape_configs:\\n- job_name: mysql-exporter\\n  basic_auth:\\n    username: exporter\\n    password: {s1:pw:20}\\n  static_configs:\\n  - targets:\\n    - mysqld-exporter:9104\\n"}}"""),
('prom_operator_additional_scrape_configs_secret_decoded', 'https://github.com/prometheus-operator/prometheus-operator/blob/main/Documentation/additional-scrape-config.md', """$ kubectl -n monitoring get secret additional-scrape-configs -o jsonpath='{.data.prometheus-additional\\.yaml}' | base64 -d
- job_name: wandb-parquet
  bearer_token: {s1:an:44}
  static_configs:
  - targets: ["wandb-parquet.wandb.svc:8087"]"""),
('prom_operator_generated_config_secret_gz_decoded', U_KSM, """$ kubectl -n monitoring get secret prometheus-k8s -o jsonpath='{.data.prometheus\\.yaml\\.gz}' | base64 -d | gunzip | grep -A3 basic_auth
  basic_auth:
    username: wandb
    password: {s1:pw:24}
  follow_redirects: true"""),
('prom_scrape_target_url_userinfo_in_targets_api', 'https://prometheus.io/docs/prometheus/latest/querying/api/#targets', """{"discoveredLabels":{"__address__":"exporter:{s1:pw:18}@{ip}:9121","__scheme__":"http","job":"redis-exporter"},"scrapeUrl":"http://{ip}:9121/metrics","health":"down","lastError":"server returned HTTP status 401 Unauthorized"}"""),
('mysqld_exporter_container_env_dsn_parenthesised_host', 'https://github.com/prometheus/mysqld_exporter#running', """        env:
        - name: DATA_SOURCE_NAME
          value: "exporter:{s1:pw:22}@(mysql.wandb.svc:3306)/\""""),
('mysqld_exporter_my_cnf_configmap_client_password', 'https://github.com/prometheus/mysqld_exporter#using-a-cnf-file', """data:
  .my.cnf: |
    [client]
    user=exporter
    password={s1:pw:20}
    host=mysql.wandb.svc"""),
('redis_exporter_password_flag_in_args_json', 'https://github.com/oliver006/redis_exporter#command-line-flags', """            "args": [
                "--redis.addr=redis://redis-master.wandb.svc:6379",
                "--redis.password={s1:an:32}",
                "--include-system-metrics=true"
            ],"""),
('blackbox_http_module_bearer_and_headers', U_BBOX, """modules:
  wandb_health:
    prober: http
    http:
      headers:
        Authorization: "Bearer {s1:b64u:40}"
      valid_status_codes: [200]"""),
('thanos_objstore_config_s3_secret_key', U_THANOS, """type: S3
config:
  bucket: thanos-metrics
  endpoint: minio.monitoring.svc:9000
  access_key: thanos
  secret_key: {s1:pw:32}
  insecure: true"""),
('loki_storage_config_aws_s3_url_with_keys', U_LOKI, """storage_config:
  aws:
    s3: s3://loki:{s1:pw:28}@minio.monitoring.svc.cluster.local:9000/loki-chunks
    s3forcepathstyle: true"""),
('keda_triggerauth_prometheus_bearer_secret_data', U_KEDA, """apiVersion: v1
kind: Secret
metadata:
  name: keda-prom-secret
data:
  bearerToken: {s1:Ban:40}"""),
# ---------------- Alertmanager ----------------
('am_global_slack_api_url_full_webhook', U_AM, """global:
  resolve_timeout: 5m
  slack_api_url: 'https://hooks.slack.com/services/T{r1:up:10}/B{r2:up:10}/{s1:an:24}'"""),
('am_slack_configs_api_url_receiver_list', U_AM, """receivers:
- name: wandb-oncall-slack
  slack_configs:
  - channel: '#wandb-alerts'
    send_resolved: true
    api_url: https://hooks.slack.com/services/T{r1:up:10}/B{r2:up:11}/{s1:an:24}"""),
('am_pagerduty_routing_key_v2', U_AM, """- name: pagerduty-critical
  pagerduty_configs:
  - routing_key: {s1:hex:32}
    severity: '{{ .CommonLabels.severity }}'"""),
('am_pagerduty_service_key_legacy_integration', U_AM, """  pagerduty_configs:
  - service_key: {s1:hex:32}
    url: https://events.pagerduty.com/generic/2010-04-15/create_event.json"""),
('am_opsgenie_api_key_global_and_receiver', U_AMS, """global:
  opsgenie_api_url: https://api.eu.opsgenie.com/
  opsgenie_api_key: {s1:uuid:0}
receivers:
- name: opsgenie-team-ml
  opsgenie_configs:
  - api_key: {s2:uuid:0}
    priority: P2"""),
('am_email_configs_auth_password_smtp', U_AMS, """  email_configs:
  - to: ml-platform@example.com
    from: alertmanager@example.com
    smarthost: smtp.example.com:587
    auth_username: alertmanager@example.com
    auth_password: "{s1:pw:20}\""""),
('am_global_smtp_auth_password_sendgrid', U_AM, """global:
  smtp_smarthost: smtp.sendgrid.net:587
  smtp_from: alerts@example.com
  smtp_auth_username: apikey
  smtp_auth_password: SG.{r1:b64u:22}.{s1:b64u:43}"""),
('am_msteams_webhook_url_connector_path', U_TEAMS, """  msteams_configs:
  - send_resolved: true
    webhook_url: https://example.webhook.office.com/webhookb2/{r1:uuid:0}@{r2:uuid:0}/IncomingWebhook/{s1:hex:32}/{r3:uuid:0}"""),
('am_webhook_configs_http_config_bearer', U_AM, """  webhook_configs:
  - url: http://wandb-alert-bridge.wandb.svc:8080/hook
    http_config:
      authorization:
        credentials: {s1:an:40}"""),
('am_telegram_bot_token_receiver', U_AM, """  telegram_configs:
  - bot_token: {r1:num:10}:{s1:b64u:35}
    chat_id: -100{r2:num:10}
    parse_mode: HTML"""),
('am_discord_webhook_url_receiver', U_AM, """  discord_configs:
  - webhook_url: https://discord.com/api/webhooks/{r1:num:18}/{s1:b64u:68}"""),
('am_victorops_api_key_and_routing', U_AM, """  victorops_configs:
  - api_key: {s1:uuid:0}
    routing_key: wandb-platform
    message_type: CRITICAL"""),
('am_pushover_user_and_token', U_AM, """  pushover_configs:
  - user_key: {s1:lo:30}
    token: {s2:lo:30}
    priority: '{{ if eq .Status "firing" }}2{{ else }}0{{ end }}'"""),
('am_notify_log_slack_post_failed_with_url', U_AMLOG, """ts={ts} caller=notify.go:848 level=warn component=dispatcher receiver=wandb-slack integration=slack[0] aggrGroup="{}:{alertname=\\"GorillaDown\\"}" msg="Notify attempt failed, will retry later" attempts=3 err="Post \\"https://hooks.slack.com/services/T{r1:up:10}/B{r2:up:10}/{s1:an:24}\\": dial tcp: lookup hooks.slack.com on 10.96.0.10:53: no such host\""""),
('am_notify_log_webhook_url_userinfo_error', U_AMLOG, """ts={ts} caller=dispatch.go:353 level=error component=dispatcher msg="Notify for alerts failed" num_alerts=2 err="wandb-bridge/webhook[0]: notify retry canceled after 4 attempts: Post \\"http://bridge:{s1:pw:20}@alert-bridge.wandb.svc:8080/\\": context deadline exceeded\""""),
('am_status_api_config_original_json', 'https://github.com/prometheus/alertmanager/blob/main/api/v2/openapi.yaml (GET /api/v2/status config.original)', """{"cluster":{"status":"ready"},"config":{"original":"global:\\n  resolve_timeout: 5m\\n  smtp_auth_password: {s1:pw:20}\\n  pagerduty_url: https://events.pagerduty.com/v2/enqueue\\nroute:\\n  receiver: pd\\nreceivers:\\n- name: pd\\n  pagerduty_configs:\\n  - routing_key: {s2:hex:32}\\n"}}"""),
('am_alertmanagerconfig_secret_data_routing_key', U_KSM, """apiVersion: v1
kind: Secret
metadata:
  name: pagerduty-routing
  namespace: wandb
data:
  routingKey: {s1:Bhex:32}"""),
('am_amtool_check_config_echo_receiver', 'https://github.com/prometheus/alertmanager#amtool', """$ amtool config show --alertmanager.url=http://alertmanager-operated:9093 | grep -B1 -A2 api_key
  opsgenie_configs:
  - api_key: {s1:uuid:0}
    api_url: https://api.opsgenie.com/"""),
('am_helm_values_kube_prometheus_stack_slack', 'https://github.com/prometheus-community/helm-charts/blob/main/charts/kube-prometheus-stack/values.yaml', """alertmanager:
  config:
    receivers:
    - name: slack
      slack_configs:
      - api_url: "https://hooks.slack.com/services/T{r1:up:10}/B{r2:up:10}/{s1:an:24}\""""),
('pagerduty_events_v2_curl_payload_routing_key', U_PAGES, """$ curl -sS -X POST https://events.pagerduty.com/v2/enqueue -H 'Content-Type: application/json' \\
  -d '{"routing_key":"{s1:hex:32}","event_action":"trigger","payload":{"summary":"wandb mysql replica lag","source":"{dom}","severity":"critical"}}'"""),
('opsgenie_curl_genie_key_header', U_PAGES, """> POST /v2/alerts HTTP/1.1
> Host: api.opsgenie.com
> User-Agent: curl/8.5.0
> Authorization: GenieKey {s1:uuid:0}
> Content-Type: application/json"""),
('slack_webhook_karma_or_bridge_env', U_SLACK, """SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T{r1:up:10}/B{r2:up:10}/{s1:an:24}
SLACK_CHANNEL=#wandb-ops
ALERT_BRIDGE_LISTEN=:8080"""),
('slack_bot_token_in_alert_bridge_log', U_SLACK, """{ts} INFO  slack client initialised token=xoxb-{r1:num:12}-{r2:num:13}-{s1:an:24} channel=C{r3:up:10}"""),
('argocd_notif_secret_stringdata_xoxb_slack', U_ARGO, """apiVersion: v1
kind: Secret
metadata:
  name: argocd-notifications-secret
stringData:
  slack-token: xoxb-{r1:num:12}-{r2:num:13}-{s1:an:24}"""),
('flux_provider_secret_address_webhook', U_FLUX, """apiVersion: v1
kind: Secret
metadata:
  name: slack-url
  namespace: flux-system
stringData:
  address: https://hooks.slack.com/services/T{r1:up:10}/B{r2:up:10}/{s1:an:24}"""),
]
POS += [
# ---------------- Grafana ----------------
('grafana_ds_provisioning_securejsondata_basicauthpassword', U_GDS, """datasources:
  - name: Prometheus
    type: prometheus
    url: http://prometheus-operated.monitoring.svc:9090
    basicAuth: true
    basicAuthUser: grafana
    secureJsonData:
      basicAuthPassword: {s1:pw:22}"""),
('grafana_ds_provisioning_mysql_password_securejson', U_GDS, """  - name: wandb-mysql
    type: mysql
    url: mysql.wandb.svc:3306
    user: grafana_ro
    jsonData:
      database: wandb_local
    secureJsonData:
      password: '{s1:pw:20}'"""),
('grafana_ds_httpheadervalue1_bearer', U_GDS, """    jsonData:
      httpHeaderName1: Authorization
    secureJsonData:
      httpHeaderValue1: 'Bearer {s1:an:40}'"""),
('grafana_ds_cloudwatch_secretkey_securejson', U_GDS, """  - name: CloudWatch
    type: cloudwatch
    jsonData:
      authType: keys
      defaultRegion: us-east-1
    secureJsonData:
      accessKey: AKIA{r1:up:16}
      secretKey: {s1:b64:40}"""),
('grafana_contactpoint_slack_url_provisioning', U_GCP_, """contactPoints:
  - orgId: 1
    name: wandb-slack
    receivers:
      - uid: {r1:lo:14}
        type: slack
        settings:
          url: https://hooks.slack.com/services/T{r2:up:10}/B{r3:up:10}/{s1:an:24}"""),
('grafana_contactpoint_pagerduty_integrationkey', U_GCP_, """      - uid: {r1:lo:14}
        type: pagerduty
        settings:
          integrationKey: {s1:hex:32}
          severity: critical"""),
('grafana_contactpoint_telegram_bottoken', U_GCP_, """        type: telegram
        settings:
          bottoken: {r1:num:10}:{s1:b64u:35}
          chatid: "-100{r2:num:10}\""""),
('grafana_contactpoint_email_smtp_ini_password', U_GINI, """[smtp]
enabled = true
host = smtp.example.com:587
user = grafana@example.com
password = \"\"\"{s1:pw:22}\"\"\"
from_address = grafana@example.com"""),
('grafana_ini_security_admin_password_and_secret_key', U_GINI, """[security]
admin_user = admin
admin_password = {s1:pw:20}
secret_key = {s2:an:32}
disable_gravatar = true"""),
('grafana_ini_section_generic_oauth_okta_client_secret', U_GINI, """[auth.generic_oauth]
enabled = true
name = Okta
client_id = {r1:an:20}
client_secret = {s1:b64u:40}
scopes = openid profile email groups"""),
('grafana_env_gf_security_admin_password_container', U_GINI, """    Environment:
      GF_SECURITY_ADMIN_USER:      admin
      GF_SECURITY_ADMIN_PASSWORD:  {s1:pw:18}
      GF_PATHS_DATA:               /var/lib/grafana/"""),
('grafana_env_gf_database_url_mysql', U_GINI, """GF_DATABASE_URL=mysql://grafana:{s1:pw:22}@mysql.wandb.svc:3306/grafana
GF_DATABASE_SSL_MODE=true"""),
('grafana_log_datasource_proxy_error_with_header', U_GLOG, """logger=data-proxy-log userId=3 orgId=1 uname=ops path=/api/datasources/proxy/uid/prom/api/v1/query remote_addr={ip} t={ts} level=error msg="Proxy request failed" err="Get \\"http://prom:{s1:pw:20}@prometheus-operated.monitoring.svc:9090/api/v1/query\\": EOF\""""),
('grafana_log_alerting_notifier_webhook_failed', U_GLOG, """logger=ngalert.notifier.alertmanager org=1 t={ts} level=error component=alertmanager orgID=1 msg="Notify for alerts failed" num_alerts=1 err="wandb-teams/teams[0]: notify retry canceled due to unrecoverable error after 1 attempts: unexpected status code 400 from https://example.webhook.office.com/webhookb2/{r1:uuid:0}@{r2:uuid:0}/IncomingWebhook/{s1:hex:32}/{r3:uuid:0}\""""),
('grafana_service_account_token_glsa_in_curl', 'https://grafana.com/docs/grafana/latest/administration/service-accounts/', """$ curl -H "Authorization: Bearer glsa_{s1:an:32}_{r1:hex:8}" https://grafana.example.com/api/search?query=wandb
[{"id":12,"uid":"wandb-overview","title":"W&B Server overview","type":"dash-db"}]"""),
('grafana_helm_values_adminpassword_and_smtp', 'https://github.com/grafana/helm-charts/blob/main/charts/grafana/values.yaml', """grafana:
  adminPassword: {s1:pw:20}
  grafana.ini:
    smtp:
      password: {s2:pw:22}"""),
('grafana_api_datasource_json_basicauthpassword_legacy', 'https://grafana.com/docs/grafana/latest/developers/http_api/data_source/', """{"id":4,"uid":"{r1:an:9}","orgId":1,"name":"Loki","type":"loki","access":"proxy","url":"http://loki-gateway.monitoring.svc","basicAuth":true,"basicAuthUser":"grafana","basicAuthPassword":"{s1:pw:20}","withCredentials":false}"""),
# ---------------- OpenTelemetry Collector ----------------
('otelcol_otlphttp_headers_authorization_literal', U_OTEL, """exporters:
  otlphttp/honeycomb:
    endpoint: https://api.honeycomb.io
    headers:
      x-honeycomb-team: {s1:an:32}"""),
('otelcol_otlp_grpc_headers_api_key_datadog', U_OTEL, """  otlp/dd:
    endpoint: otlp.datadoghq.com:443
    headers:
      dd-api-key: {s1:hex:32}
      dd-protocol: otlp"""),
('otelcol_basicauth_extension_client_auth', 'https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/extension/basicauthextension', """extensions:
  basicauth/grafanacloud:
    client_auth:
      username: "{r1:num:6}"
      password: "glc_{s1:b64:100}\""""),
('otelcol_bearertokenauth_extension_token', 'https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/extension/bearertokenauthextension', """  bearertokenauth/lightstep:
    scheme: Bearer
    token: {s1:b64:84}"""),
('otelcol_env_otel_exporter_otlp_headers_kv', U_OTELENV, """OTEL_EXPORTER_OTLP_ENDPOINT=https://otlp.eu01.nr-data.net
OTEL_EXPORTER_OTLP_HEADERS=api-key={s1:nrlic:0}
OTEL_SERVICE_NAME=wandb-weave"""),
('otelcol_env_headers_percent_encoded_basic', U_OTELENV, """OTEL_EXPORTER_OTLP_HEADERS=Authorization=Basic%20{s1:basic:24}
OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf"""),
('otelcol_startup_log_config_dump_headers', 'https://opentelemetry.io/docs/collector/troubleshooting/', """{ts}	info	service@v0.98.0/service.go:143	Starting otelcol-contrib...	{"Version": "0.98.0", "NumCPU": 8}
{ts}	debug	otlphttpexporter@v0.98.0/otlp.go:61	exporter config	{"kind": "exporter", "data_type": "traces", "name": "otlphttp/tempo", "headers": {"Authorization": "Bearer {s1:an:48}"}}"""),
('otelcol_export_failed_log_url_with_token_query', 'https://opentelemetry.io/docs/collector/troubleshooting/', """{ts}	error	exporterhelper/queue_sender.go:101	Exporting failed. Dropping data.	{"kind": "exporter", "data_type": "logs", "name": "otlphttp/loki", "error": "not retryable error: Permanent error: rpc error: code = Unauthenticated desc = error exporting items, request to https://logs.example.com/otlp/v1/logs?api_key={s1:an:40} responded with HTTP Status Code 401", "dropped_items": 512}"""),
('otelcol_operator_cr_exporter_headers_spec_config', 'https://github.com/open-telemetry/opentelemetry-operator#getting-started', """apiVersion: opentelemetry.io/v1beta1
kind: OpenTelemetryCollector
spec:
  config:
    exporters:
      otlphttp:
        endpoint: https://otlp.example.com
        headers:
          X-Scope-OrgID: wandb
          Authorization: "Api-Token dt0c01.{r1:up:24}.{s1:up:64}\""""),
('otelcol_sdk_python_env_echo_debug_headers', U_OTELENV, """DEBUG:opentelemetry.exporter.otlp.proto.http.trace_exporter:Headers: {'x-honeycomb-team': '{s1:an:32}', 'x-honeycomb-dataset': 'wandb-weave'}"""),
# ---------------- Datadog ----------------
('dd_agent_env_dd_api_key_container_inspect', U_DD, """            "Env": [
                "DD_SITE=datadoghq.eu",
                "DD_API_KEY={s1:hex:32}",
                "DD_APM_ENABLED=true",
                "DD_LOGS_ENABLED=true"
            ],"""),
('dd_helm_values_api_and_app_keys', U_DD, """datadog:
  apiKey: {s1:hex:32}
  appKey: {s2:hex:40}
  site: datadoghq.com
  clusterName: wandb-prod"""),
('dd_datadogagent_cr_credentials_inline', 'https://github.com/DataDog/datadog-operator/blob/main/docs/configuration.v2alpha1.md', """apiVersion: datadoghq.com/v2alpha1
kind: DatadogAgent
spec:
  global:
    credentials:
      apiKey: {s1:hex:32}
      appKey: {s2:hex:40}"""),
('dd_agent_status_api_key_error_log', U_DD, """{tss} UTC | CORE | ERROR | (pkg/forwarder/transaction/transaction.go:389 in internalProcess) | API Key invalid, dropping transaction for https://7-50-3-app.agent.datadoghq.com/api/v1/validate?api_key={s1:hex:32}"""),
('dd_cluster_agent_auth_token_secret_data', U_DD, """apiVersion: v1
kind: Secret
metadata:
  name: datadog-cluster-agent
data:
  token: {s1:Ban:32}"""),
('dd_vector_datadog_logs_sink_default_api_key', U_VEC, """[sinks.dd_logs]
type = "datadog_logs"
inputs = ["wandb_pods"]
default_api_key = "{s1:hex:32}"
site = "datadoghq.eu\""""),
('dd_trace_python_startup_log_json_api_key', 'https://docs.datadoghq.com/tracing/troubleshooting/tracer_startup_logs/', """DATADOG TRACER CONFIGURATION - {"date": "{ts}", "os_name": "Linux", "agent_url": "http://{ip}:8126", "env": "prod", "service": "wandb-weave", "dd_version": "", "api_key": "{s1:hex:32}", "debug": false}"""),
# ---------------- New Relic ----------------
('nr_helm_nri_bundle_global_licensekey', U_NR, """global:
  licenseKey: {s1:nrlic:0}
  cluster: wandb-prod
newrelic-infrastructure:
  privileged: true"""),
('nr_infra_agent_yml_license_key', U_NR, """license_key: {s1:nrlic:0}
display_name: wandb-node-1
log:
  level: info"""),
('nr_python_agent_ini_license_key_and_insert', 'https://docs.newrelic.com/docs/apm/agents/python-agent/configuration/python-agent-configuration/', """[newrelic]
license_key = {s1:nrlic:0}
app_name = W&B Weave (prod)
monitor_mode = true"""),
('nr_user_api_key_nrak_in_terraform_env', U_NR, """NEW_RELIC_ACCOUNT_ID={r1:num:7}
NEW_RELIC_API_KEY=NRAK-{s1:up:27}
NEW_RELIC_REGION=EU"""),
('nr_infra_agent_log_license_key_field', U_NR, """time="{ts}" level=debug msg="Loaded configuration" component=config license_key={s1:nrlic:0} collector_url=https://infra-api.eu.newrelic.com"""),
# ---------------- Dynatrace ----------------
('dt_dynakube_secret_apitoken_datatoken', U_DT, """apiVersion: v1
kind: Secret
metadata:
  name: wandb-dynakube
  namespace: dynatrace
stringData:
  apiToken: dt0c01.{r1:up:24}.{s1:up:64}
  dataIngestToken: dt0c01.{r2:up:24}.{s2:up:64}"""),
('dt_oneagent_installer_url_api_token_param', U_DT, """$ wget -O Dynatrace-OneAgent.sh "https://abc12345.live.dynatrace.com/api/v1/deployment/installer/agent/unix/default/latest?arch=x86&Api-Token=dt0c01.{r1:up:24}.{s1:up:64}\""""),
('dt_operator_log_token_check_failed', U_DT, """{"level":"info","ts":"{ts}","logger":"dynakube","msg":"checking token scopes","token":"dt0c01.{r1:up:24}.{s1:up:64}","scopes":["activeGateTokenManagement.create"]}"""),
# ---------------- Elastic APM ----------------
('elastic_apm_env_secret_token', U_EAPM, """ELASTIC_APM_SERVER_URL=https://apm.example.com:8200
ELASTIC_APM_SECRET_TOKEN={s1:an:24}
ELASTIC_APM_SERVICE_NAME=wandb-gorilla"""),
('elastic_apm_api_key_authorization_apikey_header', 'https://www.elastic.co/guide/en/observability/current/apm-api-key.html', """> POST /intake/v2/events HTTP/1.1
> Host: apm.example.com:8200
> Authorization: ApiKey {s1:Ban:60}
> Content-Type: application/x-ndjson"""),
('elastic_apm_python_config_dict_secret_token', U_EAPM, """ELASTIC_APM = {
    'SERVICE_NAME': 'wandb-weave',
    'SECRET_TOKEN': '{s1:an:24}',
    'SERVER_URL': 'https://apm.example.com:8200',
}"""),
('elastic_apm_server_yml_auth_secret_token', 'https://www.elastic.co/guide/en/apm/guide/current/secret-token.html', """apm-server:
  host: "0.0.0.0:8200"
  auth:
    secret_token: "{s1:an:28}\""""),
# ---------------- Sentry ----------------
('sentry_legacy_dsn_with_secret_key_env', U_SENTRY, """SENTRY_DSN=https://{r1:hex:32}:{s1:hex:32}@sentry.example.com/14
SENTRY_ENVIRONMENT=wandb-prod"""),
('sentry_auth_token_sntrys_in_ci_log', 'https://docs.sentry.io/account/auth-tokens/', """[sentry-cli] INFO    {tss} Loaded config from env: SENTRY_AUTH_TOKEN=sntrys_{s1:b64:120}
[sentry-cli] INFO    {tss} Using organization wandb-ops"""),
('sentry_relay_credentials_file_ed25519_secret_key', 'https://docs.sentry.io/product/relay/getting-started/', """{
  "secret_key": "{s1:b64u:43}",
  "public_key": "{r1:b64u:43}",
  "id": "{r2:uuid:0}"
}"""),
# ---------------- Fluent Bit ----------------
('fluentbit_output_es_http_passwd', U_FB, """[OUTPUT]
    Name            es
    Match           kube.*
    Host            elasticsearch.logging.svc
    HTTP_User       fluentbit
    HTTP_Passwd     {s1:pw:22}
    tls             On"""),
('fluentbit_output_loki_http_passwd_grafana_cloud', U_FB, """[OUTPUT]
    name        loki
    match       wandb.*
    host        logs-prod-eu-west-0.grafana.net
    http_user   {r1:num:6}
    http_passwd glc_{s1:b64:100}"""),
('fluentbit_output_datadog_apikey', 'https://docs.fluentbit.io/manual/pipeline/outputs/datadog', """[OUTPUT]
    Name        datadog
    Match       *
    Host        http-intake.logs.datadoghq.com
    TLS         on
    apikey      {s1:hex:32}"""),
('fluentbit_yaml_pipeline_splunk_hec_uuid_token', 'https://docs.fluentbit.io/manual/pipeline/outputs/splunk', """pipeline:
  outputs:
    - name: splunk
      match: '*'
      host: hec.example.com
      splunk_token: {s1:uuid:0}"""),
('fluentbit_log_es_error_with_url_userinfo', 'https://docs.fluentbit.io/manual/pipeline/outputs/elasticsearch', """[{tss}] [error] [output:es:es.0] HTTP status=401 URI=/_bulk, response: {"error":{"type":"security_exception","reason":"unable to authenticate user [fluentbit] for REST request [/_bulk]"}}
[{tss}] [ warn] [engine] failed to flush chunk '1-1700000000.123.flb', retry in 9 seconds: task_id=3, input=tail.0 > output=es.0 (out_id=0) upstream=https://fluentbit:{s1:pw:20}@elasticsearch.logging.svc:9200"""),
# ---------------- Vector ----------------
('vector_http_sink_auth_strategy_basic', U_VEC, """[sinks.archive]
type = "http"
uri = "https://logs.example.com/ingest"
auth.strategy = "basic"
auth.user = "vector"
auth.password = "{s1:pw:24}\""""),
('vector_yaml_sink_request_headers_token', U_VEC, """sinks:
  axiom:
    type: http
    uri: https://api.axiom.co/v1/datasets/wandb/ingest
    request:
      headers:
        Authorization: Bearer xaat-{s1:uuid:0}"""),
('vector_elasticsearch_sink_auth_password', 'https://vector.dev/docs/reference/configuration/sinks/elasticsearch/', """  es_out:
    type: elasticsearch
    endpoints: ["https://es.example.com:9200"]
    auth:
      strategy: basic
      user: vector
      password: "{s1:pw:22}\""""),
# ---------------- Promtail ----------------
('promtail_clients_basic_auth_password', U_PT, """clients:
  - url: https://logs-prod-us-central1.grafana.net/loki/api/v1/push
    basic_auth:
      username: {r1:num:6}
      password: glc_{s1:b64:100}"""),
('promtail_clients_url_with_userinfo', U_PT, """clients:
  - url: https://{r1:num:6}:{s1:b64:80}@logs-prod-eu-west-0.grafana.net/loki/api/v1/push
    tenant_id: wandb"""),
('promtail_clients_bearer_token_field', U_PT, """  - url: http://loki-gateway.monitoring.svc/loki/api/v1/push
    bearer_token: {s1:an:44}
    external_labels:
      cluster: wandb-prod"""),
('promtail_log_push_error_url_echo', U_PT, """level=warn ts={ts} caller=client.go:419 component=client host=loki.example.com msg="error sending batch, will retry" status=-1 tenant= error="Post \\"https://loki:{s1:pw:20}@loki.example.com/loki/api/v1/push\\": dial tcp {ip}:443: i/o timeout\""""),
# ---------------- Istio / Linkerd ----------------
('istio_cacerts_secret_ca_key_pem_b64', U_ISTIO, """apiVersion: v1
kind: Secret
metadata:
  name: cacerts
  namespace: istio-system
data:
  ca-key.pem: {s1:pemb64:0}"""),
('istio_proxy_sds_debug_private_key_log', 'https://istio.io/latest/docs/ops/diagnostic-tools/proxy-cmd/', """{ts}	debug	sds	generated key for workload spiffe://cluster.local/ns/wandb/sa/wandb-app
-----BEGIN EC PRIVATE KEY-----
{s1:b64:64}
{s2:b64:64}
{s3:b64:32}
-----END EC PRIVATE KEY-----"""),
('istio_requestauthentication_jwt_in_curl_header', 'https://istio.io/latest/docs/tasks/security/authorization/authz-jwt/', """$ curl -s http://wandb.wandb.svc:8080/api/health -H "Authorization: Bearer {s1:jwt:86}" -o /dev/null -w '%{http_code}\\n'
200"""),
('istio_envoy_access_log_authorization_header_field', 'https://istio.io/latest/docs/tasks/observability/logs/access-log/', """[{ts}] "POST /graphql HTTP/1.1" 200 - via_upstream - "-" 412 1873 38 37 "{ip}" "wandb/0.17.0" "{uuid}" "wandb.example.com" "{ip}:8080" outbound|8080||wandb.wandb.svc.cluster.local - - auth="Basic {s1:basic:24}\""""),
('linkerd_identity_issuer_key_helm_values', U_LD, """identity:
  issuer:
    tls:
      crtPEM: |
        -----BEGIN CERTIFICATE-----
        MIIBsjCCAVigAwIBAgIQ{r1:b64:44}
        -----END CERTIFICATE-----
      keyPEM: |
        -----BEGIN EC PRIVATE KEY-----
        {s1:b64:64}
        {s2:b64:56}
        -----END EC PRIVATE KEY-----"""),
('linkerd_identity_issuer_secret_key_b64', U_LD, """apiVersion: v1
kind: Secret
metadata:
  name: linkerd-identity-issuer
  namespace: linkerd
type: kubernetes.io/tls
data:
  tls.key: {s1:pemb64:0}"""),
('linkerd_viz_grafana_url_with_password_values', 'https://linkerd.io/2/tasks/grafana/', """grafana:
  url: http://admin:{s1:pw:20}@grafana.monitoring.svc.cluster.local:3000
prometheusUrl: http://prometheus.monitoring.svc:9090"""),
('projected_sa_token_cat_istio_token_path', 'https://kubernetes.io/docs/concepts/security/service-accounts/#bound-service-account-tokens', """$ kubectl exec -n istio-system deploy/istiod -- cat /var/run/secrets/tokens/istio-token
{s1:jwt:342}"""),
]
POS += [
('am_secret_alertmanager_yaml_b64_data_field', U_KSM, """apiVersion: v1
kind: Secret
metadata:
  name: alertmanager-main
  namespace: monitoring
data:
  alertmanager.yaml: {s1:Bb64:96}"""),
('grafana_provisioning_configmap_json_escaped_in_lastapplied', U_GDS, """    kubectl.kubernetes.io/last-applied-configuration: |
      {"apiVersion":"v1","data":{"datasources.yaml":"apiVersion: 1\\ndatasources:\\n- name: Loki\\n  type: loki\\n  basicAuth: true\\n  basicAuthUser: grafana\\n  secureJsonData:\\n    basicAuthPassword: {s1:pw:22}\\n"},"kind":"ConfigMap","metadata":{"name":"grafana-datasources","namespace":"monitoring"}}"""),
('otelcol_configmap_relay_yaml_in_get_json', U_OTEL, """{
    "apiVersion": "v1",
    "data": {
        "relay": "exporters:\\n  otlphttp:\\n    endpoint: https://otlp.example.com\\n    headers:\\n      Authorization: Bearer {s1:an:40}\\nreceivers:\\n  otlp: {}\\n"
    },
    "kind": "ConfigMap","""),
('cm_controller_json_log_vault_approle_secretid', 'https://cert-manager.io/docs/configuration/vault/#authenticating-with-vaults-approle', """{"ts":{r1:num:10}.{r2:num:6},"caller":"vault/vault.go:212","msg":"requesting vault token via approle","logger":"cert-manager.issuers","role_id":"{r3:uuid:0}","secret_id":"{s1:uuid:0}","issuer":"vault-issuer"}"""),
('velero_install_cli_secret_file_cat_echo', U_VELERO_AWS, """$ cat ./credentials-velero
[default]
aws_access_key_id = {r1:up:20}
aws_secret_access_key = {s1:b64:40}
$ velero install --provider aws --plugins velero/velero-plugin-for-aws:v1.9.0 --bucket wandb-velero --secret-file ./credentials-velero"""),
('ingress_nginx_controller_log_auth_subrequest_cookie', U_INGX, """{ip} - - [01/Jan/2024:00:00:00 +0000] "GET /oauth2/auth HTTP/1.1" 202 0 "-" "Mozilla/5.0" 912 0.004 [wandb-oauth2-proxy-4180] [] {ip}:4180 0 0.004 202 {r1:hex:32} cookie="_oauth2_proxy={s1:b64u:120}\""""),
('fluentbit_env_in_daemonset_describe_http_passwd', U_FB, """    Environment:
      FLUENT_ELASTICSEARCH_HOST:      elasticsearch.logging.svc
      FLUENT_ELASTICSEARCH_USER:      fluentbit
      FLUENT_ELASTICSEARCH_PASSWORD:  {s1:pw:24}
    Mounts:"""),
('vector_startup_log_sink_config_debug', U_VEC, """{ts}  DEBUG vector::topology::builder: Building new sink. component_kind="sink" component_type="loki" component_id=loki_out auth=Basic { user: "vector", password: "{s1:pw:22}" }"""),
('sentry_sdk_init_python_traceback_locals_dsn', U_SENTRY, """  File "/app/weave/trace_server/main.py", line 41, in <module>
    sentry_sdk.init(dsn=dsn, traces_sample_rate=0.05)
    dsn = 'https://{r1:hex:32}:{s1:hex:32}@sentry.example.com/14'"""),
('dd_agent_datadog_yaml_in_configmap_api_key', U_DD, """data:
  datadog.yaml: |
    api_key: {s1:hex:32}
    site: datadoghq.com
    logs_enabled: true"""),
]
NEG = [
('cm_acme_account_uri_status_in_issuer_describe', U_CM_ACME, """Status:
  Acme:
    Last Private Key Hash:  {r1:b64:44}
    Last Registered Email:  ops@example.com
    Uri:                    https://acme-v02.api.letsencrypt.org/acme/acct/{r2:num:10}
  Conditions:
    Last Transition Time:  {ts}
    Message:               The ACME account was registered with the ACME server"""),
('cm_eab_keyid_with_secret_ref_only', U_CM_EAB, """    externalAccountBinding:
      keyID: {r1:b64u:22}
      keySecretRef:
        name: zerossl-eab
        key: secret
      keyAlgorithm: HS256"""),
('cm_route53_secretref_and_role_arn', U_CM_R53, """        route53:
          region: us-east-1
          hostedZoneID: Z{r1:up:13}
          role: arn:aws:iam::{r2:num:12}:role/cert-manager-dns01
          secretAccessKeySecretRef:
            name: route53-credentials-secret
            key: secret-access-key"""),
('cm_cloudflare_apitokensecretref_issuer', U_CM_CF, """      dns01:
        cloudflare:
          email: dns-admin@example.com
          apiTokenSecretRef:
            name: cloudflare-api-token-{r1:lo:5}
            key: api-token"""),
('cm_certificate_status_serial_and_fingerprint', U_CM_ACME, """Status:
  Conditions:
    Last Transition Time:  {ts}
    Message:               Certificate is up to date and has not expired
  Not After:               2025-03-01T10:00:00Z
  Revision:                {r1:num:2}
Serial Number: {r2:hex:36}
SHA256 Fingerprint={r3:HEX:2}:{r4:HEX:2}:{r5:HEX:2}:{r6:HEX:2}:{r7:HEX:2}:{r8:HEX:2}:{r9:HEX:2}:{r10:HEX:2}"""),
('cm_controller_klog_order_urls_and_challenge_key', U_CM_LOG, """{klog} sync.go:360] "Challenge scheduled for processing" logger="cert-manager.orders" resource_name="wandb-tls-{r1:num:10}" resource_namespace="wandb" order_url="https://acme-v02.api.letsencrypt.org/acme/order/{r2:num:10}/{r3:num:12}" dnsName="wandb.example.com" type="DNS-01\""""),
('cm_tls_crt_public_certificate_describe', U_CM_ACME, """ca.crt:   0 bytes
tls.crt:  3578 bytes
tls.key:  1675 bytes
-----BEGIN CERTIFICATE-----
MIIFBjCCA+6gAwIBAgISA{r1:b64:44}
{r2:b64:64}
-----END CERTIFICATE-----"""),
('cm_dns01_txt_record_value_present_log', U_CM_LOG, """{klog} dns.go:88] "presenting DNS01 challenge for domain" logger="cert-manager.challenges.Present" dnsName="wandb.example.com" type="DNS-01" resource_name="wandb-tls-1-{r1:num:10}-{r2:num:10}" domain="wandb.example.com" fqdn="_acme-challenge.wandb.example.com." key="{r3:b64u:43}\""""),
('cm_certificaterequest_csr_public_b64', U_CM_ACME, """spec:
  issuerRef:
    kind: ClusterIssuer
    name: letsencrypt-prod
  request: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0K{r1:b64:60}
  usages:
  - digital signature"""),
('externaldns_txt_registry_owner_records', U_EDNS, """time="{ts}" level=info msg="Desired change: CREATE a-wandb.example.com TXT [Id: /hostedzone/Z{r1:up:13}]"
time="{ts}" level=info msg="Desired change: CREATE wandb.example.com A [Id: /hostedzone/Z{r1}]"
time="{ts}" level=info msg="2 record(s) in zone example.com. [Id: /hostedzone/Z{r1}] were successfully updated\""""),
('externaldns_env_from_secretkeyref_cf_token', U_EDNS_CF, """        env:
        - name: CF_API_TOKEN
          valueFrom:
            secretKeyRef:
              name: cloudflare-api-key-{r1:lo:5}
              key: apiKey"""),
('externaldns_azure_workload_identity_json', U_EDNS_AZ, """{
  "tenantId": "{r1:uuid:0}",
  "subscriptionId": "{r2:uuid:0}",
  "resourceGroup": "rg-dns",
  "useWorkloadIdentityExtension": true
}"""),
('velero_bsl_spec_credential_selector', U_VELERO, """apiVersion: velero.io/v1
kind: BackupStorageLocation
spec:
  provider: aws
  objectStorage:
    bucket: wandb-velero-{r1:lo:6}
  credential:
    name: bsl-credentials
    key: cloud
  config:
    region: minio
    s3Url: http://minio.velero.svc:9000"""),
('velero_backup_describe_ids_and_hashes', U_VELERO, """Name:         wandb-daily-{r1:num:14}
Namespace:    velero
Labels:       velero.io/schedule-name=wandb-daily
              velero.io/storage-location=default
Annotations:  velero.io/resource-timeout=10m0s
Phase:  Completed
Backup Volumes:
  Velero-Native Snapshots: pvc-{r2:uuid:0}: specify --details for more information"""),
('velero_log_unsigned_object_key_path', U_VELERO_AWS, """time="{ts}" level=info msg="Backup completed" backup=velero/wandb-daily-{r1:num:14} logSource="pkg/controller/backup_controller.go:770"
time="{ts}" level=info msg="Uploaded backup tarball" key=backups/wandb-daily-{r1}/wandb-daily-{r1}.tar.gz etag={r2:hex:32} logSource="pkg/persistence/object_store.go:264\""""),
('velero_aws_creds_file_using_irsa_role', U_VELERO_AWS, """[default]
role_arn = arn:aws:iam::{r1:num:12}:role/velero-backup
web_identity_token_file = /var/run/secrets/eks.amazonaws.com/serviceaccount/token"""),
('crossplane_providerconfig_secretref_source', U_XP, """apiVersion: aws.upbound.io/v1beta1
kind: ProviderConfig
metadata:
  name: default
spec:
  credentials:
    source: Secret
    secretRef:
      namespace: crossplane-system
      name: aws-creds-{r1:lo:5}
      key: creds"""),
('crossplane_irsa_providerconfig_and_events', U_XP, """spec:
  credentials:
    source: IRSA
status:
  users: 14
Events:
  Type    Reason        Age   From                           Message
  Normal  BoundToRole   3m    providerconfig/{r1:lo:10}      Successfully assumed role arn:aws:iam::{r2:num:12}:role/crossplane"""),
('ingress_auth_secret_annotation_reference', U_ING, """  annotations:
    nginx.ingress.kubernetes.io/auth-type: basic
    nginx.ingress.kubernetes.io/auth-secret: wandb-basic-auth-{r1:lo:5}
    nginx.ingress.kubernetes.io/auth-secret-type: auth-map
    nginx.ingress.kubernetes.io/auth-realm: 'Authentication Required - W&B metrics'"""),
('ingress_auth_url_plain_with_response_headers', U_INGX, """    nginx.ingress.kubernetes.io/auth-url: "https://$host/oauth2/auth"
    nginx.ingress.kubernetes.io/auth-response-headers: "X-Auth-Request-User,X-Auth-Request-Email,Authorization"
    nginx.ingress.kubernetes.io/auth-cache-key: $remote_user$http_authorization
    nginx.ingress.kubernetes.io/auth-cache-duration: 200 202 {r1:num:2}m"""),
('oauth2_proxy_args_from_files', 'https://oauth2-proxy.github.io/oauth2-proxy/configuration/overview', """        - --client-secret-file=/etc/oauth2-proxy/client-secret
        - --cookie-secret-file=/etc/oauth2-proxy/cookie-secret
        - --cookie-name=_oauth2_proxy_{r1:lo:6}
        - --session-store-type=redis"""),
('prom_scrape_password_file_and_credentials_file', U_PROM, """  - job_name: wandb-gorilla
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/secrets/scrape-auth-{r1:lo:5}/password
    authorization:
      credentials_file: /var/run/secrets/kubernetes.io/serviceaccount/token"""),
('prom_config_api_secret_masked_placeholders', 'https://prometheus.io/docs/prometheus/latest/querying/api/#config', """{"status":"success","data":{"yaml":"scrape_configs:\\n- job_name: mysql-exporter\\n  basic_auth:\\n    username: exporter\\n    password: <secret>\\n  oauth2:\\n    client_id: prom-{r1:lo:6}\\n    client_secret: <secret>\\n"}}"""),
('prom_metric_names_mentioning_secret_and_token', 'https://prometheus.io/docs/instrumenting/exposition_formats/', """# HELP cert_manager_certificate_expiration_timestamp_seconds The date after which the certificate expires.
# TYPE cert_manager_certificate_expiration_timestamp_seconds gauge
cert_manager_certificate_expiration_timestamp_seconds{issuer_kind="ClusterIssuer",issuer_name="letsencrypt-prod",name="wandb-tls",namespace="wandb"} 1.{r1:num:9}e+09
kube_secret_info{namespace="monitoring",secret="alertmanager-slack-webhook",uid="{r2:uuid:0}"} 1
oauth2_proxy_token_refresh_total{provider="oidc"} {r3:num:4}"""),
('prom_targets_api_labels_hashes', 'https://prometheus.io/docs/prometheus/latest/querying/api/#targets', """{"labels":{"instance":"{ip}:9104","job":"mysql-exporter"},"scrapePool":"serviceMonitor/wandb/mysql/0","scrapeUrl":"http://{ip}:9104/metrics","globalUrl":"http://wandb-mysql-{r1:lo:5}:9104/metrics","lastScrape":"{ts}","lastScrapeDuration":0.0{r2:num:6},"health":"up"}"""),
('prom_servicemonitor_secretkeyselector_only', U_KSM, """  endpoints:
  - port: metrics
    interval: {r1:num:2}s
    basicAuth:
      username:
        name: scrape-auth
        key: username
      password:
        name: scrape-auth
        key: password"""),
('mysqld_exporter_env_from_secret_and_flags', 'https://github.com/prometheus/mysqld_exporter#running', """        args:
        - --config.my-cnf=/etc/mysqld-exporter/.my.cnf
        - --collect.info_schema.processlist
        env:
        - name: MYSQLD_EXPORTER_PASSWORD
          valueFrom:
            secretKeyRef: {name: mysqld-exporter-{r1:lo:5}, key: password}"""),
('thanos_objstore_aws_sdk_auth_no_keys', U_THANOS, """type: S3
config:
  bucket: thanos-metrics-{r1:lo:6}
  endpoint: s3.us-east-1.amazonaws.com
  aws_sdk_auth: true
  sse_config:
    type: SSE-KMS
    kms_key_id: arn:aws:kms:us-east-1:{r2:num:12}:key/{r3:uuid:0}"""),
('am_slack_api_url_file_and_templated_channel', U_AM, """- name: wandb-oncall-slack
  slack_configs:
  - api_url_file: /etc/alertmanager/secrets/slack-webhook-{r1:lo:5}/url
    channel: '{{ template "slack.channel" . }}'
    title: '{{ .CommonAnnotations.summary }}'"""),
('am_alert_fingerprints_and_silence_ids', 'https://github.com/prometheus/alertmanager/blob/main/api/v2/openapi.yaml', """[{"annotations":{"summary":"PagerDuty routing key secret rotated"},"endsAt":"{ts}","fingerprint":"{r1:hex:16}","receivers":[{"name":"pagerduty-critical"}],"startsAt":"{ts}","status":{"inhibitedBy":[],"silencedBy":["{r2:uuid:0}"],"state":"suppressed"},"labels":{"alertname":"SecretExpiringSoon","secret":"opsgenie-api-key"}}]"""),
('am_receiver_secretkeyselector_alertmanagerconfig', U_KSM, """  receivers:
  - name: pagerduty
    pagerdutyConfigs:
    - routingKey:
        name: pagerduty-routing
        key: routingKey
    - serviceKey:
        name: pagerduty-legacy-{r1:lo:5}
        key: serviceKey"""),
('am_slack_webhook_masked_in_status_config', 'https://github.com/prometheus/alertmanager/blob/main/api/v2/openapi.yaml', """global:
  slack_api_url: <secret>
  smtp_auth_password: <secret>
  opsgenie_api_key: <secret>
  pagerduty_url: https://events.pagerduty.com/v2/enqueue
receivers:
- name: ops-{r1:lo:6}"""),
('am_notify_log_success_no_url', U_AMLOG, """ts={ts} caller=notify.go:860 level=info component=dispatcher receiver=wandb-slack integration=slack[0] aggrGroup="{}:{alertname=\\"GorillaDown\\"}" msg="Notify success" attempts=1 duration={r1:num:3}ms
ts={ts} caller=dispatch.go:164 level=debug component=dispatcher msg="Received alert" alert=GorillaDown[{r2:hex:7}][active]"""),
('am_env_templated_webhook_url_refs', U_AM, """      - api_url: ${SLACK_WEBHOOK_URL}
        routing_key: ${PAGERDUTY_ROUTING_KEY:-}
        api_key: '{{ .Values.opsgenie.apiKeyRef }}'
        id: {r1:lo:8}"""),
('slack_webhook_masked_url_in_bridge_log', U_SLACK, """{ts} INFO  posting alert to https://hooks.slack.com/services/T{r1:up:10}/B{r2:up:10}/XXXXXXXXXXXXXXXXXXXXXXXX status=200
{ts} INFO  message ts={r3:num:10}.{r4:num:6} channel=C{r5:up:10}"""),
('pagerduty_event_response_dedup_key', U_PAGES, """< HTTP/1.1 202 Accepted
< Content-Type: application/json
{"status":"success","message":"Event processed","dedup_key":"{r1:hex:32}"}"""),
('opsgenie_alert_api_response_request_id', U_PAGES, """{"result":"Request will be processed","took":0.{r1:num:3},"requestId":"{r2:uuid:0}"}
GET https://api.opsgenie.com/v2/alerts/requests/{r2} -> 200 alertId={r3:uuid:0}"""),
('teams_webhook_url_templated_in_values', U_TEAMS, """msteams:
  enabled: true
  webhookUrl: "{{ .Values.teams.webhook | default \\"\\" }}"
  webhookUrlSecretRef:
    name: teams-webhook-{r1:lo:5}
    key: url"""),
('grafana_ds_securejsondata_env_interpolation', U_GDS, """    secureJsonData:
      basicAuthPassword: $__env{PROM_BASIC_AUTH_PASSWORD}
      httpHeaderValue1: 'Bearer $__file{/etc/secrets/prom-token}'
    version: {r1:num:2}"""),
('grafana_ds_dollar_brace_env_refs', U_GDS, """  - name: wandb-mysql
    type: mysql
    url: ${MYSQL_HOST}:3306
    user: ${MYSQL_USER}
    secureJsonData:
      password: ${MYSQL_PASSWORD}
    uid: {r1:an:9}"""),
('grafana_ini_password_from_file_provider', U_GINI, """[security]
admin_user = admin
admin_password = $__file{/etc/secrets/admin_password}
secret_key = $__env{GF_SECRET_KEY}
cookie_samesite = lax
login_maximum_lifetime_duration = {r1:num:2}d
[auth.generic_oauth]
client_secret = $__vault{kv/grafana/oauth:client_secret}"""),
('grafana_api_datasource_securejsonfields_booleans', 'https://grafana.com/docs/grafana/latest/developers/http_api/data_source/', """{"id":4,"uid":"{r1:an:9}","orgId":1,"name":"Prometheus","type":"prometheus","url":"http://prometheus-operated.monitoring.svc:9090","basicAuth":true,"basicAuthUser":"grafana","secureJsonFields":{"basicAuthPassword":true,"httpHeaderValue1":true},"version":{r2:num:2},"readOnly":true}"""),
('grafana_log_user_login_session_ids', U_GLOG, """logger=context userId=3 orgId=1 uname=ops t={ts} level=info msg="Request Completed" method=GET path=/api/live/ws status=-1 remote_addr={ip} time_ms=2 duration=2.{r1:num:6}ms size=0 referer= handler=/api/live/ws status_source=server
logger=auth.session t={ts} level=debug msg="token rotated" user_id=3 token_id={r2:num:4} client_ip={ip}"""),
('grafana_contactpoint_secure_fields_redacted', U_GCP_, """      - uid: {r1:lo:14}
        type: slack
        settings:
          recipient: '#wandb-alerts'
          url: '[REDACTED]'
        secureFields:
          url: true"""),
('grafana_dashboard_json_panel_secret_expiry', 'https://grafana.com/docs/grafana/latest/dashboards/build-dashboards/view-dashboard-json-model/', """{"datasource":{"type":"prometheus","uid":"{r1:an:9}"},"expr":"min(cert_manager_certificate_expiration_timestamp_seconds{namespace=\\"wandb\\"}) - time()","legendFormat":"{{name}} TLS secret","refId":"A"}"""),
('otelcol_headers_env_var_reference', U_OTEL, """exporters:
  otlphttp/honeycomb:
    endpoint: https://api.honeycomb.io
    headers:
      x-honeycomb-team: ${env:HONEYCOMB_API_KEY}
      x-honeycomb-dataset: wandb-{r1:lo:5}"""),
('otelcol_authenticator_ref_no_inline', U_OTEL, """  otlp/tempo:
    endpoint: tempo-distributor.monitoring.svc:4317
    auth:
      authenticator: bearertokenauth/tempo
extensions:
  bearertokenauth/tempo:
    filename: /var/run/secrets/tempo-{r1:lo:5}/token"""),
('otelcol_debug_exporter_span_trace_ids', 'https://github.com/open-telemetry/opentelemetry-collector/tree/main/exporter/debugexporter', """Span #0
    Trace ID       : {r1:hex:32}
    Parent ID      : {r2:hex:16}
    ID             : {r3:hex:16}
    Name           : POST /graphql
    Kind           : Server
    Attributes:
         -> http.request.header.authorization: Slice(["[REDACTED]"])
         -> wandb.api_key.present: Bool(true)"""),
('otelcol_traceparent_header_in_request_dump', 'https://www.w3.org/TR/trace-context/', """> POST /v1/traces HTTP/1.1
> Host: otel-collector.monitoring.svc:4318
> traceparent: 00-{r1:hex:32}-{r2:hex:16}-01
> tracestate: wandb=span:{r3:hex:16}"""),
('otelcol_env_headers_placeholder_only', U_OTELENV, """OTEL_EXPORTER_OTLP_HEADERS=api-key=${NEW_RELIC_LICENSE_KEY}
OTEL_RESOURCE_ATTRIBUTES=service.instance.id={r1:uuid:0},deployment.environment=prod"""),
('dd_agent_env_valuefrom_and_cluster_checks', U_DD, """        - name: DD_API_KEY
          valueFrom:
            secretKeyRef:
              name: datadog-secret
              key: api-key
        - name: DD_CLUSTER_AGENT_KUBERNETES_SERVICE_NAME
          value: datadog-cluster-agent-{r1:lo:5}"""),
('dd_agent_status_masked_api_key', U_DD, """==========
API Keys status
===============
  API key ending with {r1:hex:5}: API Key valid
  Hostname: wandb-node-{r2:lo:5}
  Trace ID: {r3:num:19}"""),
('dd_trace_ids_in_log_injection', 'https://docs.datadoghq.com/tracing/other_telemetry/connect_logs_and_traces/python/', """{ts} INFO [ddtrace] [dd.service=wandb-weave dd.env=prod dd.version=0.51.0 dd.trace_id={r1:num:19} dd.span_id={r2:num:19}] - request finished path=/api/v1/calls status=200"""),
('nr_license_key_from_secret_helm', U_NR, """global:
  customSecretName: newrelic-license
  customSecretLicenseKey: license
  cluster: wandb-{r1:lo:5}
  lowDataMode: true"""),
('nr_agent_log_obfuscated_license', U_NR, """{tss},{r1:num:3} (1/NR-Activate-Session/wandb-weave) newrelic.core.agent_protocol INFO - Reporting to: https://one.eu.newrelic.com/redirect/entity/{r2:b64u:40}
{tss},{r3:num:3} (1/NR-Activate-Session/wandb-weave) newrelic.core.config DEBUG - license_key: ****************************************{r4:hex:4}"""),
('dt_dynakube_token_secret_name_and_status', U_DT, """spec:
  apiUrl: https://abc12345.live.dynatrace.com/api
  tokens: wandb-dynakube
status:
  tokens: wandb-dynakube
  dynatraceApi:
    lastTokenScopeRequest: "{ts}"
  kubeSystemUUID: {r1:uuid:0}"""),
('elastic_apm_config_from_env_refs', U_EAPM, """ELASTIC_APM = {
    'SERVICE_NAME': 'wandb-weave',
    'SECRET_TOKEN': os.environ.get('ELASTIC_APM_SECRET_TOKEN', ''),
    'SERVER_URL': 'https://apm.example.com:8200',
    'TRANSACTION_SAMPLE_RATE': 0.{r1:num:2},
}"""),
('elastic_apm_intake_response_ids', U_EAPM, """< HTTP/1.1 202 Accepted
< X-Content-Type-Options: nosniff
< Date: Mon, 01 Jan 2024 00:00:00 GMT
{"accepted":{r1:num:3},"transaction_id":"{r2:hex:16}","trace_id":"{r3:hex:32}"}"""),
('sentry_modern_dsn_public_key_only_doc_comment', U_SENTRY, """# Sentry DSN is not a secret; public key {r1:hex:8}... identifies the project
SENTRY_RELEASE=wandb-server@0.51.{r2:num:2}
SENTRY_TRACES_SAMPLE_RATE=0.05
SENTRY_DSN=${SENTRY_DSN}"""),
('sentry_event_ids_in_sdk_debug', U_SENTRY, """[sentry] DEBUG: Sending event, type:null level:error event_id:{r1:hex:32} project:14 host:sentry.example.com
[sentry] DEBUG: Flushing HTTP transport
[sentry] DEBUG: background worker got flush request"""),
('fluentbit_output_es_passwd_env_ref', U_FB, """[OUTPUT]
    Name            es
    Match           kube.*
    Host            elasticsearch.logging.svc
    HTTP_User       fluentbit
    HTTP_Passwd     ${FLUENT_ELASTICSEARCH_PASSWORD}
    Logstash_Prefix wandb-{r1:lo:5}"""),
('fluentbit_metrics_and_chunk_ids', 'https://docs.fluentbit.io/manual/administration/monitoring', """[{tss}] [ info] [input:tail:tail.0] inotify_fs_add(): inode={r1:num:8} watch_fd=12 name=/var/log/containers/wandb-{r2:lo:10}_wandb_wandb-{r3:hex:64}.log
[{tss}] [ info] [output:es:es.0] worker #1 started
[{tss}] [ warn] [engine] chunk '1-{r4:num:10}.{r5:num:9}.flb' cannot be retried: task_id=5, input=tail.0 > output=es.0"""),
('vector_secret_backend_references', 'https://vector.dev/docs/reference/configuration/global-options/#secret', """[secret.vault_backend]
type = "exec"
command = ["/usr/local/bin/fetch-secret", "--path", "kv/vector"]
[sinks.archive]
auth.password = "SECRET[vault_backend.archive_password]"
request.headers.X-Request-Id = "{r1:uuid:0}\""""),
('vector_env_interpolation_in_sink', U_VEC, """[sinks.dd_logs]
type = "datadog_logs"
default_api_key = "${DATADOG_API_KEY}"
site = "datadoghq.eu"
buffer.max_size = {r1:num:9}"""),
('promtail_clients_password_file', U_PT, """clients:
  - url: https://logs.example.com/loki/api/v1/push
    basic_auth:
      username: promtail
      password_file: /etc/promtail/secrets/loki-password
    tenant_id: wandb-{r1:lo:4}"""),
('promtail_positions_file_contents', 'https://grafana.com/docs/loki/latest/send-data/promtail/configuration/#positions', """positions:
  /var/log/pods/wandb_wandb-{r1:lo:10}_{r2:uuid:0}/wandb/0.log: "{r3:num:8}"
  /var/log/pods/monitoring_alertmanager-main-0_{r4:uuid:0}/alertmanager/0.log: "{r5:num:6}\""""),
('istio_cert_chain_public_and_spiffe', U_ISTIO, """RESOURCE NAME     TYPE           STATUS     VALID CERT     SERIAL NUMBER                               NOT AFTER                NOT BEFORE
default           Cert Chain     ACTIVE     true           {r1:hex:32}            2024-06-02T10:00:00Z     2024-06-01T09:58:00Z
ROOTCA            CA             ACTIVE     true           {r2:hex:32}            2034-05-30T10:00:00Z     2024-06-01T10:00:00Z"""),
('istio_cacerts_secret_keys_listing', U_ISTIO, """Name:         cacerts
Namespace:    istio-system
Labels:       istio.io/rev={r1:lo:6}
Type:  Opaque

Data
====
ca-cert.pem:     1927 bytes
ca-key.pem:      3243 bytes
cert-chain.pem:  3853 bytes
root-cert.pem:   1923 bytes"""),
('istio_proxy_token_path_and_jwt_policy', 'https://istio.io/latest/docs/ops/best-practices/security/#configure-third-party-service-account-tokens', """    - name: istio-token
      projected:
        sources:
        - serviceAccountToken:
            audience: istio-ca
            expirationSeconds: 43200
            path: istio-token
# jwtPolicy: third-party-jwt  revision={r1:lo:6}"""),
('linkerd_check_output_issuer_cert_fingerprints', U_LD, """linkerd-identity
----------------
√ certificate config is valid
√ trust anchors are using supported crypto algorithm
√ issuer cert is valid for at least 60 days
‼ issuer cert is valid for at least 60 days
    issuer certificate will expire on 2025-01-01T00:00:00Z
    see https://linkerd.io/2/checks/#l5d-identity-issuer-cert-not-expiring-soon for hints
sha256={r1:hex:64}"""),
('linkerd_trust_anchor_public_pem_values', U_LD, """identityTrustAnchorsPEM: |
  -----BEGIN CERTIFICATE-----
  MIIBjTCCATOgAwIBAgIQ{r1:b64:44}
  {r2:b64:64}
  -----END CERTIFICATE-----
identity:
  externalCA: true"""),
('k8s_secret_metadata_annotations_no_data', U_K8SEC, """NAME                              TYPE                 DATA   AGE
alertmanager-main-generated       Opaque               1      {r1:num:2}d
cloudflare-api-token-secret       Opaque               1      {r2:num:2}d
datadog-secret                    Opaque               2      {r3:num:2}d
letsencrypt-prod-account-key      Opaque               1      {r4:num:2}d
sh.helm.release.v1.velero.v{r5:num:1}   helm.sh/release.v1   1      {r6:num:2}d"""),
('k8s_secret_empty_stringdata_values', U_K8SEC, """apiVersion: v1
kind: Secret
metadata:
  name: opsgenie-api-key-{r1:lo:5}
stringData:
  apiKey: ""
  routingKey: ""
type: Opaque"""),
('helm_values_existing_secret_refs_monitoring', U_HELM, """alertmanager:
  existingSecret: alertmanager-config
grafana:
  admin:
    existingSecret: grafana-admin
    userKey: admin-user
    passwordKey: admin-password
  podAnnotations:
    checksum/secret: {r1:hex:64}"""),
('keda_triggerauth_secret_target_refs', U_KEDA, """apiVersion: keda.sh/v1alpha1
kind: TriggerAuthentication
metadata:
  name: prom-auth-{r1:lo:5}
spec:
  secretTargetRef:
  - parameter: bearerToken
    name: keda-prom-secret
    key: bearerToken"""),
('blackbox_probe_result_log_no_auth', U_BBOX, """ts={ts} caller=main.go:181 module=wandb_health target=https://wandb.example.com/healthz level=debug msg="Received HTTP response" status_code=200
ts={ts} caller=main.go:181 module=wandb_health target=https://wandb.example.com/healthz level=debug msg="TLS certificate fingerprint" fingerprint_sha256={r1:hex:64}"""),
('argocd_notifications_cm_secret_refs', U_ARGO, """data:
  service.slack: |
    token: $slack-token
  service.pagerdutyv2: |
    serviceKeys:
      wandb-{r1:lo:4}: $pagerduty-key-wandb"""),
('flux_provider_secretref_and_alert', U_FLUX, """apiVersion: notification.toolkit.fluxcd.io/v1beta3
kind: Provider
metadata:
  name: slack-{r1:lo:5}
spec:
  type: slack
  channel: wandb-ops
  secretRef:
    name: slack-url"""),
('htpasswd_help_text_and_usage', U_ING, """$ htpasswd --help
Usage:
	htpasswd [-cimB25dpsDv] [-C cost] [-r rounds] passwordfile username
	htpasswd -b[cmB25dpsDv] [-C cost] [-r rounds] passwordfile username password
 -B  Force bcrypt encryption of the password (very secure).
# generated {ts} run={r1:hex:8}"""),
('am_route_matchers_label_names_secret_words', U_AM, """route:
  receiver: default
  routes:
  - matchers: [ 'alertname =~ "CertManager.*|SecretRotationFailed"', 'token_kind = "api_key"' ]
    receiver: pagerduty-critical
    group_by: [alertname, secret_name]
    group_interval: {r1:num:1}m"""),
]
# Kind judgement (same tool + same trick as a name in used_redact_shapes.txt = same kind); checked by keyword grep and by hand.
NEW_KIND_POS = ['cm_azuredns_client_secret_issuer_spec_inline', 'cm_webhook_solver_config_json_in_challenge_describe', 'cm_acme_account_key_jsonpath_decoded_pem_body', 'cm_clouddns_key_json_base64_secret_data',
 'externaldns_pdns_api_key_flag_in_ps', 'externaldns_azure_json_aadclientsecret', 'crossplane_provider_log_credentials_extraction', 'crossplane_connection_secret_mysql_password_json', 'crossplane_providerconfig_azure_json_clientsecret',
 'am_amtool_check_config_echo_receiver', 'am_notify_log_slack_post_failed_with_url', 'am_notify_log_webhook_url_userinfo_error', 'am_victorops_api_key_and_routing', 'am_pushover_user_and_token',
 'dt_dynakube_secret_apitoken_datatoken', 'dt_oneagent_installer_url_api_token_param', 'dt_operator_log_token_check_failed', 'keda_triggerauth_prometheus_bearer_secret_data',
 'linkerd_identity_issuer_key_helm_values', 'linkerd_identity_issuer_secret_key_b64', 'linkerd_viz_grafana_url_with_password_values', 'istio_cacerts_secret_ca_key_pem_b64', 'istio_proxy_sds_debug_private_key_log',
 'prom_operator_additional_scrape_configs_secret_decoded', 'prom_operator_generated_config_secret_gz_decoded', 'grafana_log_alerting_notifier_webhook_failed', 'grafana_log_datasource_proxy_error_with_header',
 'sentry_auth_token_sntrys_in_ci_log', 'nr_user_api_key_nrak_in_terraform_env', 'dd_agent_status_api_key_error_log', 'dd_trace_python_startup_log_json_api_key', 'dd_datadogagent_cr_credentials_inline', 'dd_cluster_agent_auth_token_secret_data',
 'velero_plugin_aws_log_signature_mismatch_presigned', 'elastic_apm_api_key_authorization_apikey_header', 'vector_startup_log_sink_config_debug', 'fluentbit_log_es_error_with_url_userinfo', 'promtail_log_push_error_url_echo']
NEW_KIND_NEG = ['cm_dns01_txt_record_value_present_log', 'cm_certificaterequest_csr_public_b64', 'externaldns_txt_registry_owner_records', 'externaldns_azure_workload_identity_json', 'crossplane_irsa_providerconfig_and_events',
 'velero_backup_describe_ids_and_hashes', 'am_notify_log_success_no_url', 'am_route_matchers_label_names_secret_words', 'dt_dynakube_token_secret_name_and_status', 'nr_agent_log_obfuscated_license', 'dd_agent_status_masked_api_key',
 'istio_cert_chain_public_and_spiffe', 'istio_cacerts_secret_keys_listing', 'linkerd_check_output_issuer_cert_fingerprints', 'linkerd_trust_anchor_public_pem_values', 'keda_triggerauth_secret_target_refs',
 'vector_secret_backend_references', 'prom_metric_names_mentioning_secret_and_token']

SOURCES_EXTRA = {}
SAME_KIND_POS = [n for n, _, _ in POS if n not in NEW_KIND_POS]
SAME_KIND_NEG = [n for n, _, _ in NEG if n not in NEW_KIND_NEG]


SOURCES = {}
for name, src, _ in POS + NEG: SOURCES[name] = src
SOURCES.update(SOURCES_EXTRA)

def main():
    seen = set(); out = []
    for name, src, tpl in POS:
        for _ in range(3):
            for attempt in range(200):
                lines, secs = render(tpl)
                if ok_record(lines, secs, seen): break
            else:
                raise SystemExit('cannot draw ' + name)
            seen.update(secs)
            out.append(json.dumps({"shape": name, "lines": lines, "secrets": secs}, ensure_ascii=False))
    with open(os.path.join(HERE, 'positives.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(out) + '\n')
    out = []; negseen = set()
    for name, src, tpl in NEG:
        for _ in range(5):
            for attempt in range(200):
                lines, secs = render(tpl)
                key = json.dumps(lines)
                if key not in negseen and not secs: break
            else:
                raise SystemExit('cannot draw ' + name)
            negseen.add(key)
            out.append(json.dumps({"shape": name, "lines": lines}, ensure_ascii=False))
    with open(os.path.join(HERE, 'negatives.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(out) + '\n')

if __name__ == '__main__':
    main()
