#!/usr/bin/env python3
"""holdout29: sealed held-out set for the wbdiag secret redactor.

Focus: Kubernetes and operator material end to end (operator CRs, Helm values
and manifests, Secrets / ConfigMaps, describe output, events, OpenShift, Argo
CD, External Secrets / Vault, Sealed Secrets / SOPS, kustomize, audit logs,
kubectl -o yaml with managedFields / last-applied, Terraform).

Python 3, stdlib only.  `python3 gen.py` writes positives.jsonl and
negatives.jsonl next to this file, byte-identical on every run.

Template language (one template = one record layout, lines split on \\n):
  ⟪kind⟫ / ⟪kind:name⟫ / ⟪kind:name|filter⟫   a secret, listed
      filters: b64 (listed without '=' padding), b64b64, url (percent-encoded),
               basic=USER (HTTP Basic of USER:value, listed from the first
               base64 group that holds no user byte)
  ⟦kind⟧ / ⟦kind:name⟧ / ⟦one:a|b|c⟧          public filler, never listed
"""
import base64
import datetime
import json
import os
import random
import re
import string
import textwrap
import urllib.parse

SEED = 2929_2026
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

ALNUM = string.ascii_letters + string.digits
PW_ALPHA = ALNUM + "-_.!~+*"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
BECH_UP = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
BECH_LO = BECH_UP.lower()
HEXD = "0123456789abcdef"
K8S_RS = "bcdfghjklmnpqrstvwxz2456789"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def b64e(s):
    return base64.b64encode(s.encode()).decode()


def gen_pw(lo=14, hi=22):
    n = R.randint(lo, hi)
    while True:
        v = R.choice(ALNUM) + rs(PW_ALPHA, n - 2) + R.choice(ALNUM)
        if sum(c in "-_.!~+*" for c in v) >= 1 and any(c.isdigit() for c in v):
            return v


def pem_body(nlines):
    lines = [rs(B64, 64) for _ in range(nlines)]
    lines.append(rs(B64, R.randint(20, 60)) + R.choice(["", "=", "=="]))
    return lines


# --- secret kinds: return (raw value, [listed pieces of the raw emission]) ---
def _plain(v):
    return v, [v]


def sk_b64k():
    v = base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode()
    return v, [v.rstrip("=")]


def sk_pemj():
    body = pem_body(R.randint(3, 5))
    v = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(body) + "\\n-----END PRIVATE KEY-----\\n"
    return v, [b.rstrip("=") for b in body]


def sk_pemb64():
    body = pem_body(R.randint(4, 6))
    pem = "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END RSA PRIVATE KEY-----\n"
    v = b64e(pem)
    # list only the base64 groups that encode key-body bytes alone (the
    # BEGIN / END armour lines are public text)
    start = -(-(pem.index("\n") + 1) // 3) * 3
    end = pem.index("\n-----END") // 3 * 3
    return v, [v[start // 3 * 4:end // 3 * 4]]


SECRET_KINDS = {
    "pw": lambda: _plain(gen_pw()),
    "apw": lambda: _plain(rs(ALNUM, R.randint(16, 24))),
    "tok": lambda: _plain(rs(ALNUM, R.randint(32, 40))),
    "hex32": lambda: _plain(rs(HEXD, 32)),
    "hex40": lambda: _plain(rs(HEXD, 40)),
    "hex64": lambda: _plain(rs(HEXD, 64)),
    "awssk": lambda: _plain(rs(B64, 40)),
    "b64k": sk_b64k,
    "jwtsig": lambda: _plain(rs(B64URL, 86)),
    "vault": lambda: _plain(rs(ALNUM, 90)),
    "ghp": lambda: _plain(rs(ALNUM, 36)),
    "age": lambda: _plain(rs(BECH_UP, 58)),
    "pem64": lambda: _plain(rs(B64, 64)),
    "pemj": sk_pemj,
    "pemb64": sk_pemb64,
    "azkey": lambda: (lambda v: (v, [v.rstrip("=")]))(base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode()),
    "slack": lambda: _plain(rs(HEXD, 32)),
    "oidc": lambda: _plain(rs(B64URL, R.randint(34, 44))),
    "uuid_s": lambda: _plain("-".join(rs(HEXD, n) for n in (8, 4, 4, 4, 12))),
}


def jwt_head():
    h = json.dumps({"alg": R.choice(["RS256", "ES256"]), "kid": rs(HEXD, 16), "typ": "JWT"})
    return base64.urlsafe_b64encode(h.encode()).decode().rstrip("=")


def jwt_pay():
    p = json.dumps({"iss": R.choice(["https://oidc.example.com", "kubernetes/serviceaccount", "https://kubernetes.default.svc.cluster.local"]),
                    "sub": "system:serviceaccount:wandb:" + R.choice(["wandb-app", "wandb-operator", "default"]),
                    "exp": R.randint(1700000000, 1800000000), "jti": rs(HEXD, 12)})
    return base64.urlsafe_b64encode(p.encode()).decode().rstrip("=")


class Ctx:
    def __init__(self):
        self.vars = {}
        self.pvars = {}
        self.secrets = []
        self.t = datetime.datetime(2023, 1, 1) + datetime.timedelta(seconds=R.randint(0, 3 * 365 * 86400))

    def tick(self):
        self.t += datetime.timedelta(seconds=R.randint(0, 2), microseconds=R.randint(0, 999999))
        return self.t

    def add(self, items):
        for s in items:
            if s not in self.secrets:
                self.secrets.append(s)

    def sec(self, spec):
        filt = None
        if "|" in spec:
            spec, filt = spec.split("|", 1)
        kind, _, name = spec.partition(":")
        if name and name in self.vars:
            raw, listed = self.vars[name]
        else:
            raw, listed = SECRET_KINDS[kind]()
            if name:
                self.vars[name] = (raw, listed)
        if filt is None:
            self.add(listed)
            return raw
        if filt == "b64":
            e = b64e(raw)
            self.add([e.rstrip("=")])
            return e
        if filt == "b64b64":
            e = b64e(b64e(raw))
            self.add([e.rstrip("=")])
            return e
        if filt == "url":
            e = urllib.parse.quote(raw, safe="")
            self.add([e])
            return e
        if filt.startswith("basic="):
            user = filt[6:]
            e = b64e(user + ":" + raw)
            L = len(user) + 1
            start = -(-L // 3) * 3
            self.add([e[start // 3 * 4:].rstrip("=")])
            return e
        raise ValueError(filt)

    def pub(self, spec):
        if spec.startswith("one:"):
            return R.choice(spec[4:].split("|"))
        kind, _, name = spec.partition(":")
        if not name and kind in ("ns", "host", "user", "appver"):
            name = "_"   # one namespace / host / user / image tag per record
        if name and (kind, name) in self.pvars:
            return self.pvars[(kind, name)]
        v = PUB_KINDS[kind](self)
        if name:
            self.pvars[(kind, name)] = v
        return v


def _ts(c):
    return c.tick().strftime("%Y-%m-%dT%H:%M:%SZ")


def _tsn(c):
    return c.tick().strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _tsk(c):
    t = c.tick()
    return t.strftime("%m%d %H:%M:%S.%f")


def _tsj(c):
    return c.tick().strftime("%b %d %H:%M:%S")


def _tsz(c):
    t = c.tick()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def _tsp(c):
    return c.tick().strftime("%Y-%m-%d %H:%M:%S +0000 UTC")


def _tshelm(c):
    t = c.tick()
    return t.strftime("%a %b ") + "%2d" % t.day + t.strftime(" %H:%M:%S %Y")


def _epoch(c):
    return "%d.%06d" % (int(c.tick().replace(tzinfo=datetime.timezone.utc).timestamp()), R.randint(0, 999999))


PUB_KINDS = {
    "ts": _ts, "tsn": _tsn, "tsk": _tsk, "tsj": _tsj, "tsz": _tsz, "tsp": _tsp, "epoch": _epoch, "tshelm": _tshelm,
    "hex8": lambda c: rs(HEXD, 8), "hex12": lambda c: rs(HEXD, 12), "hex16": lambda c: rs(HEXD, 16),
    "hex40": lambda c: rs(HEXD, 40), "hex64": lambda c: rs(HEXD, 64),
    "uuid": lambda c: "-".join(rs(HEXD, n) for n in (8, 4, 4, 4, 12)),
    "rs": lambda c: rs(K8S_RS, R.choice([9, 10])), "p5": lambda c: rs(K8S_RS, 5),
    "int1": lambda c: str(R.randint(1, 9)), "int2": lambda c: str(R.randint(10, 99)),
    "int3": lambda c: str(R.randint(100, 999)), "int4": lambda c: str(R.randint(1000, 9999)),
    "rv": lambda c: str(R.randint(100000, 99999999)), "gen": lambda c: str(R.randint(1, 40)),
    "ip": lambda c: "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254)),
    "ver": lambda c: "0.%d.%d" % (R.randint(20, 40), R.randint(0, 12)),
    "appver": lambda c: "0.%d.%d" % (R.randint(55, 70), R.randint(0, 5)),
    "age": lambda c: R.choice(["%dd" % R.randint(2, 90), "%dh" % R.randint(2, 23), "%dm" % R.randint(2, 59), "%dd%dh" % (R.randint(1, 9), R.randint(1, 23))]),
    "digest": lambda c: "sha256:" + rs(HEXD, 64),
    "host": lambda c: R.choice(["wandb.example.com", "ml.example.org", "wandb.corp.example.net", "wandb.lab.example.io", "mlops.example.com"]),
    "ns": lambda c: R.choice(["wandb", "wandb-system", "default", "ml-platform", "wandb-prod"]),
    "user": lambda c: R.choice(["wandb", "wandb_app", "wbadmin", "svc_wandb", "wandb_local"]),
    "cert64": lambda c: rs(B64, 64), "cipher": lambda c: rs(B64, R.randint(300, 420)),
    "ageR": lambda c: "age1" + rs(BECH_LO, 58),
    "jwth": lambda c: jwt_head(), "jwtp": lambda c: jwt_pay(),
    "bytes": lambda c: str(R.randint(8, 120)), "pct": lambda c: str(R.randint(1, 99)),
    "akid": lambda c: "AKIA" + rs(string.ascii_uppercase + "234567", 16),
    "bucket": lambda c: R.choice(["wandb-files", "wandb-prod-bucket", "ml-artifacts", "wandb-data-01"]),
    "sshpub": lambda c: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(B64, 43),
    "CR": lambda c: "\r",
}

TOK_RE = re.compile(r"⟪([^⟫]+)⟫|⟦([^⟧]+)⟧")

SRC = {
    "opcr": "https://github.com/wandb/operator/blob/main/config/samples/apps_v1_weightsandbiases.yaml",
    "opcr2": "https://github.com/wandb/operator/blob/main/config/samples/apps_v2_weightsandbiases.yaml",
    "opwv": "https://github.com/wandb/helm-charts/blob/main/charts/operator-wandb/values.yaml",
    "opsec": "https://github.com/wandb/helm-charts/blob/main/charts/operator-wandb/charts/app/templates/secrets.yaml",
    "opdep": "https://github.com/wandb/helm-charts/blob/main/charts/operator-wandb/charts/app/templates/deployment.yaml",
    "opch": "https://github.com/wandb/helm-charts/blob/main/charts/operator-wandb/charts/clickhouse/templates/secret.yaml",
    "opmysql": "https://github.com/wandb/helm-charts/blob/main/charts/operator-wandb/charts/mysql/templates/statefulset.yaml",
    "opnginx": "https://github.com/wandb/helm-charts/blob/main/charts/operator-wandb/charts/nginx/templates/configmap.yaml",
    "opchart": "https://github.com/wandb/helm-charts/blob/main/charts/operator/README.md",
    "wbop": "https://docs.wandb.ai/guides/hosting/hosting-options/self-managed/kubernetes-operator/",
    "wbenv": "https://docs.wandb.ai/guides/hosting/env-vars/",
    "tfk": "https://github.com/wandb/terraform-kubernetes-wandb",
    "tfhw": "https://github.com/wandb/terraform-helm-wandb/blob/main/README.md",
    "helmgv": "https://helm.sh/docs/helm/helm_get_values/",
    "helmgm": "https://helm.sh/docs/helm/helm_get_manifest/",
    "helmga": "https://helm.sh/docs/helm/helm_get_all/",
    "helmtpl": "https://helm.sh/docs/helm/helm_template/",
    "helmup": "https://helm.sh/docs/helm/helm_upgrade/",
    "helmdiff": "https://github.com/databus23/helm-diff#readme",
    "bmysql": "https://github.com/bitnami/charts/blob/main/bitnami/mysql/values.yaml",
    "bredis": "https://github.com/bitnami/charts/blob/main/bitnami/redis/values.yaml",
    "minio": "https://github.com/minio/minio/blob/master/helm/minio/values.yaml",
    "minioop": "https://min.io/docs/minio/kubernetes/upstream/reference/operator-crd.html",
    "mc": "https://min.io/docs/minio/linux/reference/minio-mc/mc-alias-set.html",
    "ingnx": "https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/",
    "ingnxv": "https://github.com/kubernetes/ingress-nginx/blob/main/charts/ingress-nginx/values.yaml",
    "certm": "https://cert-manager.io/docs/reference/api-docs/",
    "certacme": "https://cert-manager.io/docs/configuration/acme/",
    "certdns": "https://cert-manager.io/docs/configuration/acme/dns01/cloudflare/",
    "k8ssec": "https://kubernetes.io/docs/concepts/configuration/secret/",
    "k8scm": "https://kubernetes.io/docs/concepts/configuration/configmap/",
    "k8senv": "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/",
    "k8sproj": "https://kubernetes.io/docs/concepts/storage/projected-volumes/",
    "k8sdeb": "https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-kubectl/",
    "dockercfg": "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/",
    "kdesc": "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_describe/",
    "kjp": "https://kubernetes.io/docs/reference/kubectl/jsonpath/",
    "kget": "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_get/",
    "kapply": "https://kubernetes.io/docs/tasks/manage-kubernetes-objects/declarative-config/",
    "ssa": "https://kubernetes.io/docs/reference/using-api/server-side-apply/",
    "kcreate": "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create/kubectl_create_secret_generic/",
    "kpatch": "https://kubernetes.io/docs/tasks/manage-kubernetes-objects/update-api-object-kubectl-patch/",
    "kenv": "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_set/kubectl_set_env/",
    "krun": "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_run/",
    "kexec": "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_exec/",
    "klogs": "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_logs/",
    "viewsecret": "https://github.com/elsesiy/kubectl-view-secret#readme",
    "events": "https://kubernetes.io/docs/reference/kubernetes-api/cluster-resources/event-v1/",
    "hooks": "https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/",
    "probes": "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",
    "klog": "https://github.com/kubernetes/klog#readme",
    "admission": "https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/",
    "audit": "https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/",
    "tokrev": "https://kubernetes.io/docs/reference/kubernetes-api/authentication-resources/token-review-v1/",
    "tokreq": "https://kubernetes.io/docs/reference/kubernetes-api/authentication-resources/token-request-v1/",
    "satok": "https://kubernetes.io/docs/concepts/configuration/secret/#serviceaccount-token-secrets",
    "crzap": "https://github.com/kubernetes-sigs/controller-runtime/blob/main/pkg/log/zap/zap.go",
    "stern": "https://github.com/stern/stern#readme",
    "ocroute": "https://docs.openshift.com/container-platform/4.14/networking/routes/secured-routes.html",
    "ocdc": "https://docs.openshift.com/container-platform/4.14/applications/deployments/what-deployments-are.html",
    "ocscc": "https://docs.openshift.com/container-platform/4.14/authentication/managing-security-context-constraints.html",
    "octmpl": "https://docs.openshift.com/container-platform/4.14/openshift_images/using-templates.html",
    "occli": "https://docs.openshift.com/container-platform/4.14/cli_reference/openshift_cli/developer-cli-commands.html",
    "ocextract": "https://docs.openshift.com/container-platform/4.14/cli_reference/openshift_cli/developer-cli-commands.html#oc-extract",
    "ocnewapp": "https://docs.openshift.com/container-platform/4.14/applications/creating_applications/creating-applications-using-cli.html",
    "argohelm": "https://argo-cd.readthedocs.io/en/stable/user-guide/helm/",
    "argodecl": "https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/",
    "argodiff": "https://argo-cd.readthedocs.io/en/stable/user-guide/commands/argocd_app_diff/",
    "argoapp": "https://argo-cd.readthedocs.io/en/stable/operator-manual/application.yaml",
    "argoget": "https://argo-cd.readthedocs.io/en/stable/user-guide/commands/argocd_app_get/",
    "eso": "https://external-secrets.io/latest/api/externalsecret/",
    "esowh": "https://external-secrets.io/latest/provider/webhook/",
    "esotpl": "https://external-secrets.io/latest/guides/templating/",
    "esogen": "https://external-secrets.io/latest/api/generator/password/",
    "vaultinj": "https://developer.hashicorp.com/vault/docs/platform/k8s/injector/annotations",
    "vaultkv": "https://developer.hashicorp.com/vault/docs/commands/kv/get",
    "vaultlogin": "https://developer.hashicorp.com/vault/docs/commands/login",
    "vaulttok": "https://developer.hashicorp.com/vault/docs/commands/token/lookup",
    "vaultapprole": "https://developer.hashicorp.com/vault/docs/auth/approle",
    "vaultagent": "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template",
    "sealed": "https://github.com/bitnami-labs/sealed-secrets#readme",
    "sops": "https://github.com/getsops/sops#readme",
    "kust": "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/",
    "kustpatch": "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/patches/",
    "tfhelm": "https://registry.terraform.io/providers/hashicorp/helm/latest/docs/resources/release",
    "tfksec": "https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/secret",
    "tfkcm": "https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/config_map",
    "tfkman": "https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/manifest",
    "tfkdep": "https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/deployment",
    "tfplan": "https://developer.hashicorp.com/terraform/cli/commands/plan",
    "tfjson": "https://developer.hashicorp.com/terraform/internals/json-format",
    "tfstate": "https://developer.hashicorp.com/terraform/language/state",
    "tfvars": "https://developer.hashicorp.com/terraform/language/values/variables",
    "tflog": "https://developer.hashicorp.com/terraform/internals/debugging",
    "mysqlop": "https://dev.mysql.com/doc/mysql-operator/en/mysql-operator-properties.html",
    "redisconf": "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/",
    "nginxconf": "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header",
    "mysqldump": "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html",
    "mysqlcu": "https://dev.mysql.com/doc/refman/8.0/en/create-user.html",
    "azconn": "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string",
    "fluentbit": "https://docs.fluentbit.io/manual/pipeline/filters/kubernetes",
    "ocbuild": "https://docs.openshift.com/container-platform/4.14/cicd/builds/triggering-builds-build-hooks.html",
    "ocpull": "https://docs.openshift.com/container-platform/4.14/openshift_images/managing_images/using-image-pull-secrets.html",
    "helmhooks": "https://helm.sh/docs/helm/helm_get_hooks/",
    "bashx": "https://www.gnu.org/software/bash/manual/html_node/The-Set-Builtin.html",
}

POS = []   # (shape, srckey, template)
NEG = []


def P(shape, src, tmpl):
    POS.append((shape, src, tmpl))


def N(shape, src, tmpl):
    NEG.append((shape, src, tmpl))


def lines_of(tmpl):
    t = textwrap.dedent(tmpl.lstrip("\n").rstrip("\n").rstrip(" "))
    return t


# NEW_KIND_* / SAME_KIND_* are filled in at the end of this file.

# ===================================================================== POSITIVES
# --- W&B operator custom resources -------------------------------------------
P("wbcr_yaml_chart_repo_basic_creds_and_bucket_secretkey", "opcr", r"""
    spec:
      chart:
        url: https://charts.⟦host⟧
        name: "operator-wandb"
        username: "⟦one:chartsync|admin|reader⟧"
        password: "⟪pw⟫"
      values:
        global:
          bucket:
            name: "minio.minio.svc.cluster.local:9000/⟦bucket⟧"
            accessKey: "⟦one:wandb-minio|minioadmin|wbminio⟧"
            secretKey: "⟪pw⟫"
""")
P("wbcr_get_json_values_global_mysql_object", "opcr", r"""
    {
        "apiVersion": "apps.wandb.com/v1",
        "kind": "WeightsAndBiases",
        "metadata": {"name": "wandb", "namespace": "⟦ns⟧", "generation": ⟦gen⟧, "resourceVersion": "⟦rv⟧"},
        "spec": {"values": {"global": {"host": "https://⟦host⟧", "mysql": {"host": "mysql.⟦ns⟧.svc.cluster.local", "port": 3306, "database": "wandb_local", "user": "⟦user⟧", "password": "⟪pw⟫"}}}}
    }
""")
P("wbcr_values_global_license_jwt_yaml", "wbop", r"""
    apiVersion: apps.wandb.com/v1
    kind: WeightsAndBiases
    metadata:
      name: wandb
      namespace: ⟦ns⟧
    spec:
      values:
        global:
          host: https://⟦host⟧
          license: ⟦jwth⟧.⟦jwtp⟧.⟪jwtsig⟫
""")
P("wbcr_values_redis_password_with_tls_params", "opwv", r"""
      values:
        global:
          redis:
            host: ⟦one:redis-master|wandb-redis|cache⟧.⟦ns⟧.svc.cluster.local
            port: 6379
            password: ⟪pw⟫
            params:
              tls: true
              ttlInSeconds: 604800
""")
P("wbcr_values_auth_oidc_client_secret", "opwv", r"""
        global:
          auth:
            sessionLengthHours: 720
            oidc:
              clientId: "⟦uuid⟧"
              secret: "⟪oidc⟫"
              authMethod: "implicit"
              issuer: "https://login.example.com/⟦uuid⟧/v2.0"
""")
P("wbcr_values_email_smtp_password", "opwv", r"""
        global:
          email:
            smtp:
              host: "smtp.example.com"
              port: 587
              user: "noreply@example.com"
              password: "⟪pw⟫"
""")
P("wbcr_values_global_extraenv_map_gorilla", "opwv", r"""
      values:
        global:
          extraEnv:
            GORILLA_CUSTOMER_SECRET_STORE_SOURCE: "k8s-secretmanager://wandb-secret"
            GORILLA_SESSION_KEY: "⟪hex64⟫"
            GORILLA_DISABLE_CODE_SAVING: "false"
            SLACK_SECRET: "⟪slack⟫"
""")
P("wbcr_status_condition_helm_failure_quotes_rendered_env", "opcr", r"""
    status:
      conditions:
      - lastTransitionTime: "⟦ts⟧"
        message: 'helm upgrade failed: cannot patch "wandb-app" with kind Deployment: Deployment.apps "wandb-app" is invalid: spec.template.spec.containers[0].env[7].value: Invalid value: "mysql://⟦user⟧:⟪pw⟫@mysql.⟦ns⟧.svc:3306/wandb_local": must be no more than 256 characters'
        reason: InstallFailed
        status: "False"
        type: Ready
""")
P("wbcr_get_yaml_last_applied_annotation_block", "kapply", r"""
    metadata:
      annotations:
        kubectl.kubernetes.io/last-applied-configuration: |
          {"apiVersion":"apps.wandb.com/v1","kind":"WeightsAndBiases","metadata":{"annotations":{},"name":"wandb","namespace":"⟦ns⟧"},"spec":{"values":{"global":{"bucket":{"accessKey":"⟦akid⟧","name":"⟦bucket⟧","provider":"s3","secretKey":"⟪awssk⟫"},"host":"https://⟦host⟧"}}}}
      creationTimestamp: "⟦ts⟧"
      generation: ⟦gen⟧
""")
P("wbcr_managedfields_then_values_kafka_password", "ssa", r"""
      managedFields:
      - apiVersion: apps.wandb.com/v1
        fieldsType: FieldsV1
        fieldsV1:
          f:spec: {f:values: {}}
        manager: kubectl-client-side-apply
    spec:
      values:
        global:
          kafka:
            user: wandb
            password: ⟪pw⟫
""")
P("operator_zap_debug_desired_values_json_field", "crzap", r"""
    ⟦tsn⟧	DEBUG	reconciling WeightsAndBiases	{"controller": "weightsandbiases", "controllerGroup": "apps.wandb.com", "WeightsAndBiases": {"name":"wandb","namespace":"⟦ns⟧"}, "reconcileID": "⟦uuid⟧"}
    ⟦tsn⟧	DEBUG	desired values	{"controller": "weightsandbiases", "values": {"global":{"host":"https://⟦host⟧","license":"⟦jwth⟧.⟦jwtp⟧.⟪jwtsig⟫","mysql":{"password":"⟪apw⟫"}}}}
""")
P("operator_json_log_helm_action_values_map_go_fmt", "crzap", r"""
    {"level":"info","ts":"⟦tsn⟧","logger":"controllers.WeightsAndBiases","msg":"applying chart","release":"wandb","chart":"operator-wandb-⟦ver⟧"}
    {"level":"error","ts":"⟦tsn⟧","logger":"controllers.WeightsAndBiases","msg":"helm action failed","values":"map[global:map[bucket:map[accessKey:⟦akid⟧ name:⟦bucket⟧ secretKey:⟪awssk⟫] host:https://⟦host⟧]]","error":"context deadline exceeded"}
""")
P("kubectl_describe_weightsandbiases_spec_values", "kdesc", r"""
    Name:         wandb
    API Version:  apps.wandb.com/v1
    Kind:         WeightsAndBiases
    Spec:
      Values:
        Global:
          Host:  https://⟦host⟧
          Mysql:
            Database:  wandb_local
            Host:      ⟦ip⟧
            Password:  ⟪pw⟫
            User:      ⟦user⟧
""")
P("wbcr_values_azure_bucket_storage_account_key", "opwv", r"""
        global:
          bucket:
            provider: az
            name: ⟦one:wandbstore|mlartifacts|wbprodsa⟧
            path: wandb
            accessKey: ⟦one:wandbstore|mlartifacts|wbprodsa⟧
            secretKey: ⟪azkey⟫
""")
P("kubectl_patch_wbcr_merge_license_history", "kpatch", r"""
     ⟦int3⟧  kubectl -n ⟦ns⟧ get wandb wandb -o yaml | less
     ⟦int3⟧  kubectl -n ⟦ns⟧ patch weightsandbiases wandb --type merge -p '{"spec":{"values":{"global":{"license":"⟦jwth⟧.⟦jwtp⟧.⟪jwtsig⟫"}}}}'
     ⟦int3⟧  kubectl -n ⟦ns⟧ rollout status deploy/wandb-app
""")
P("wbcr_v2_spec_clickhouse_password_weave", "opcr2", r"""
    apiVersion: apps.wandb.com/v2
    kind: WeightsAndBiases
    spec:
      weave:
        clickhouse:
          host: clickhouse.⟦ns⟧.svc.cluster.local
          user: weave
          password: ⟪pw⟫
""")

# --- Helm values / get values / manifest -------------------------------------
P("helm_get_values_all_computed_mysql_block", "helmgv", r"""
    $ helm get values wandb -n ⟦ns⟧ --all
    COMPUTED VALUES:
    global:
      host: https://⟦host⟧
      mysql:
        database: wandb_local
        host: ⟦ip⟧
        password: ⟪pw⟫
        port: 3306
        user: ⟦user⟧
""")
P("helm_get_values_o_json_single_line_redis", "helmgv", r"""
    $ helm get values wandb -n ⟦ns⟧ -o json
    {"global":{"host":"https://⟦host⟧","redis":{"host":"⟦ip⟧","password":"⟪pw⟫","port":6379}},"ingress":{"class":"nginx"}}
""")
P("helm_values_bitnami_mysql_auth_three_passwords", "bmysql", r"""
    auth:
      rootPassword: "⟪pw⟫"
      createDatabase: true
      database: "wandb_local"
      username: "⟦user⟧"
      password: "⟪pw⟫"
      replicationUser: replicator
      replicationPassword: "⟪pw⟫"
""")
P("helm_values_bitnami_redis_auth_sentinel_password", "bredis", r"""
    architecture: replication
    auth:
      enabled: true
      sentinel: true
      password: "⟪apw⟫"
    sentinel:
      enabled: true
      masterSet: mymaster
""")
P("helm_values_minio_users_list_secretkey", "minio", r"""
    rootUser: ⟦one:minioadmin|wbroot|rootuser⟧
    rootPassword: ⟪pw⟫
    users:
      - accessKey: wandb
        secretKey: ⟪pw⟫
        policy: readwrite
""")
P("helm_values_minio_svcaccts_secretkey_user", "minio", r"""
    svcaccts:
      - accessKey: wandb-svc-⟦hex8⟧
        secretKey: ⟪apw⟫
        user: wandb
        policy:
          statements:
            - resources:
                - 'arn:aws:s3:::⟦bucket⟧/*'
""")
P("helm_values_ingress_nginx_config_snippet_auth_header", "ingnxv", r"""
    controller:
      allowSnippetAnnotations: true
      config:
        use-forwarded-headers: "true"
        http-snippet: |
          map $host $upstream_auth { default "Bearer ⟪tok⟫"; }
        proxy-body-size: "0"
""")
P("helm_manifest_cert_manager_cloudflare_token_stringdata", "certdns", r"""
    ---
    # Source: issuers/templates/cloudflare-secret.yaml
    apiVersion: v1
    kind: Secret
    metadata:
      name: cloudflare-api-token
      namespace: cert-manager
    type: Opaque
    stringData:
      api-token: ⟪tok⟫
""")
P("helm_manifest_source_app_secret_data_b64_pair", "opsec", r"""
    ---
    # Source: operator-wandb/charts/app/templates/secrets.yaml
    apiVersion: v1
    kind: Secret
    metadata:
      name: wandb-app-config
    data:
      MYSQL_PASSWORD: ⟪pw:a|b64⟫
      GORILLA_LICENSE: ⟪jwtsig:b|b64⟫
""")
P("helm_manifest_configmap_bucket_url_userinfo", "wbenv", r"""
    # Source: operator-wandb/charts/app/templates/configmap.yaml
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: wandb-app-configmap
    data:
      BUCKET: "s3://⟦akid⟧:⟪awssk:k|url⟫@⟦bucket⟧"
      BUCKET_QUEUE: "internal://"
      AWS_REGION: "us-east-1"
""")
P("helm_manifest_deployment_env_license_value_literal", "opdep", r"""
    # Source: operator-wandb/charts/app/templates/deployment.yaml
          containers:
            - name: app
              image: "wandb/local:⟦appver⟧"
              env:
                - name: LICENSE
                  value: "⟦jwth⟧.⟦jwtp⟧.⟪jwtsig⟫"
                - name: HOST
                  value: "https://⟦host⟧"
""")
P("helm_manifest_migrate_job_args_mysql_dsn", "helmgm", r"""
    # Source: operator-wandb/templates/migrate-job.yaml
    apiVersion: batch/v1
    kind: Job
    metadata:
      name: wandb-migrate-⟦p5:mig⟧
    spec:
      template:
        spec:
          containers:
            - name: migrate
              args: ["migrate", "--mysql", "mysql://⟦user⟧:⟪pw⟫@⟦ip⟧:3306/wandb_local?tls=preferred"]
""")
P("helm_get_values_revision_smtp_url", "helmgv", r"""
    $ helm get values wandb -n ⟦ns⟧ --revision ⟦int1⟧
    USER-SUPPLIED VALUES:
    global:
      email:
        smtp:
          url: smtp://apikey:⟪pw⟫@smtp.example.com:587
""")
P("ps_auxww_helm_upgrade_set_flags", "helmup", r"""
    USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND
    root       ⟦int4⟧  2.1  0.4 ⟦int4⟧⟦int2⟧ ⟦int4⟧⟦int1⟧ pts/0    Sl+  ⟦one:10:02|11:47|09:31⟧   0:01 helm upgrade --install wandb wandb/operator-wandb -n ⟦ns⟧ --set global.host=https://⟦host⟧ --set global.mysql.password=⟪pw⟫ --set global.redis.password=⟪apw⟫
""")
P("helm_template_yaml_parse_error_quoting_line", "helmtpl", r"""
    Error: YAML parse error on operator-wandb/charts/app/templates/secrets.yaml: error converting YAML to JSON: yaml: line ⟦int2:ln⟧: could not find expected ':'
    helm.go:84: [debug] error converting YAML to JSON: yaml: line ⟦int2:ln⟧: could not find expected ':'
      GORILLA_MYSQL: "mysql://⟦user⟧:⟪pw⟫@mysql:3306/wandb_local
""")
P("helm_diff_upgrade_show_secrets_password_lines", "helmdiff", r"""
    wandb, wandb-mysql, Secret (v1) has changed:
      # Source: operator-wandb/charts/mysql/templates/secret.yaml
      apiVersion: v1
      kind: Secret
      stringData:
    -   MYSQL_PASSWORD: ⟪pw⟫
    +   MYSQL_PASSWORD: ⟪pw⟫
""")
P("helm_values_yaml_anchor_alias_password_reuse", "opwv", r"""
    x-db-pass: &dbpass ⟪pw⟫
    global:
      mysql:
        password: *dbpass
    mysql:
      auth:
        password: *dbpass
""")
P("helm_values_extraenv_name_value_list_tokens", "opwv", r"""
    app:
      extraEnv:
        - name: GORILLA_ANALYTICS_SINK
          value: noop
        - name: OPENAI_API_KEY
          value: sk-proj-⟪tok⟫
        - name: GORILLA_WEBHOOK_SIGNING_SECRET
          value: ⟪hex40⟫
""")
P("helm_values_redis_external_uri_caching_block", "wbenv", r"""
    global:
      redis:
        external: true
      extraEnv:
        REDIS: "redis://:⟪pw⟫@⟦one:redis-master|cache-0.cache-headless|wandb-redis⟧.⟦ns⟧.svc.cluster.local:6380?tls=true&ttlInSeconds=604800"
""")
P("helm_get_all_values_section_after_hooks", "helmga", r"""
    NAME: wandb
    LAST DEPLOYED: ⟦tshelm⟧
    NAMESPACE: ⟦ns⟧
    STATUS: deployed
    REVISION: ⟦int1⟧
    USER-SUPPLIED VALUES:
    global:
      license: ⟦jwth⟧.⟦jwtp⟧.⟪jwtsig⟫
      bucket:
        secretKey: ⟪awssk⟫
""")
P("helm_values_weave_trace_clickhouse_password", "opch", r"""
    weave-trace:
      install: true
    global:
      clickhouse:
        install: false
        host: clickhouse.example.internal
        port: 8443
        user: weave
        password: "⟪pw⟫"
""")

# --- Secrets and ConfigMaps ----------------------------------------------------
P("k8s_secret_yaml_stringdata_mysql_redis_license", "k8ssec", r"""
    apiVersion: v1
    kind: Secret
    metadata:
      name: wandb-secrets
      namespace: ⟦ns⟧
    type: Opaque
    stringData:
      MYSQL_PASSWORD: "⟪pw⟫"
      REDIS_PASSWORD: "⟪apw⟫"
      LICENSE: "⟦jwth⟧.⟦jwtp⟧.⟪jwtsig⟫"
""")
P("k8s_secret_json_data_b64_fields_pretty", "k8ssec", r"""
    {
        "apiVersion": "v1",
        "data": {
            "password": "⟪pw:a|b64⟫",
            "root-password": "⟪pw:b|b64⟫",
            "username": "⟦one:d2FuZGI=|d2JhZG1pbg==|c3ZjX3dhbmRi⟧"
        },
        "kind": "Secret",
""")
P("kubectl_get_secrets_list_yaml_two_items", "kget", r"""
    apiVersion: v1
    items:
    - apiVersion: v1
      data:
        redis-password: ⟪apw:a|b64⟫
      kind: Secret
      metadata:
        name: wandb-redis
    - apiVersion: v1
      data:
        OIDC_SECRET: ⟪oidc:b|b64⟫
      kind: Secret
""")
P("k8s_secret_tls_data_tls_key_b64_pem", "k8ssec", r"""
    apiVersion: v1
    kind: Secret
    type: kubernetes.io/tls
    metadata:
      name: wandb-tls
    data:
      tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t⟦cert64⟧
      tls.key: ⟪pemb64⟫
""")
P("kubectl_get_dockerconfigjson_decoded_auths", "dockercfg", r"""
    $ kubectl get secret regcred -n ⟦ns⟧ -o jsonpath='{.data.\.dockerconfigjson}' | base64 -d
    {"auths":{"registry.example.com":{"username":"robot$wandb","password":"⟪tok:p⟫","auth":"⟪tok:p|basic=robot$wandb⟫"}}}
""")
P("k8s_secret_stringdata_dotenv_key_literal_block", "k8ssec", r"""
    stringData:
      wandb.env: |
        HOST=https://⟦host⟧
        MYSQL=mysql://⟦user⟧:⟪pw⟫@⟦ip⟧:3306/wandb_local
        BUCKET=s3://⟦bucket⟧
        OIDC_SECRET=⟪oidc⟫
""")
P("k8s_configmap_data_gorilla_env_mysql_dsn", "k8scm", r"""
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: wandb-gorilla-env
    data:
      GORILLA_METADATA_STORE: "mysql://⟦user⟧:⟪pw⟫@tcp(⟦ip⟧:3306)/wandb_local"
      GORILLA_FILE_STORE: "s3://⟦bucket⟧"
""")
P("k8s_configmap_json_embedded_values_yaml_string", "k8scm", r"""
    {
        "apiVersion": "v1",
        "data": {
            "values.yaml": "global:\n  host: https://⟦host⟧\n  mysql:\n    password: ⟪pw⟫\n    user: ⟦user⟧\n"
        },
        "kind": "ConfigMap",
""")
P("k8s_pod_spec_envfrom_then_env_literal_value", "k8senv", r"""
        envFrom:
        - secretRef:
            name: wandb-secrets
        - configMapRef:
            name: wandb-config
        env:
        - name: GORILLA_REDIS_PASSWORD
          value: ⟪apw⟫
""")
P("k8s_deployment_env_value_bucket_secret_quoted", "k8senv", r"""
          containers:
          - name: wandb
            image: wandb/local:⟦appver⟧
            env:
            - name: AWS_ACCESS_KEY_ID
              value: "⟦akid⟧"
            - name: AWS_SECRET_ACCESS_KEY
              value: "⟪awssk⟫"
""")
P("k8s_statefulset_init_container_mysqladmin_command", "opmysql", r"""
          initContainers:
          - name: wait-for-mysql
            image: mysql:8.0
            command:
            - sh
            - -c
            - until mysqladmin ping -h mysql.⟦ns⟧.svc -u root -p'⟪pw⟫' --silent; do sleep 2; done
""")
P("k8s_cronjob_mysqldump_backup_command_list", "mysqldump", r"""
      jobTemplate:
        spec:
          template:
            spec:
              containers:
              - name: backup
                command: ["/bin/sh", "-c"]
                args: ["mysqldump -h ⟦ip⟧ -u ⟦user⟧ --password=⟪pw⟫ --single-transaction wandb_local | gzip > /backup/wandb-$(date +%F).sql.gz"]
""")
P("k8s_job_args_flag_list_secret_key", "mc", r"""
          containers:
          - name: bucket-init
            image: minio/mc
            args:
            - --secret-key
            - ⟪pw⟫
            - --access-key
            - wandb
""")
P("kubectl_jsonpath_base64_decode_echo_output", "k8sdeb", r"""
    $ kubectl get secret wandb-mysql -n ⟦ns⟧ -o jsonpath='{.data.password}' | base64 -d; echo
    ⟪pw⟫
    $ kubectl get secret wandb-redis -n ⟦ns⟧ -o jsonpath='{.data.redis-password}' | base64 --decode
    ⟪apw⟫
""")
P("kubectl_go_template_range_base64decode_output", "k8sdeb", r"""
    $ kubectl get secret wandb-secrets -o go-template='{{range $k,$v := .data}}{{printf "%s=" $k}}{{$v | base64decode}}{{"\n"}}{{end}}'
    LICENSE=⟦jwth⟧.⟦jwtp⟧.⟪jwtsig⟫
    MYSQL_PASSWORD=⟪pw⟫
    OIDC_CLIENT_ID=⟦uuid⟧
""")
P("kubectl_create_secret_from_literal_dry_run_yaml", "kcreate", r"""
    $ kubectl create secret generic wandb-bucket --from-literal=ACCESS_KEY=wandb --from-literal=SECRET_KEY=⟪pw:s⟫ --dry-run=client -o yaml
    apiVersion: v1
    data:
      ACCESS_KEY: d2FuZGI=
      SECRET_KEY: ⟪pw:s|b64⟫
    kind: Secret
""")
P("kubectl_view_secret_all_key_quoted_lines", "viewsecret", r"""
    $ kubectl view-secret wandb-secrets -n ⟦ns⟧ --all
    MYSQL_HOST='mysql.⟦ns⟧.svc'
    MYSQL_PASSWORD='⟪pw⟫'
    SLACK_SECRET='⟪slack⟫'
""")
P("k8s_secret_data_value_base64_twice", "k8ssec", r"""
    kind: Secret
    metadata:
      name: wandb-license
      annotations:
        note: "value was base64 encoded before being put into data by the pipeline"
    data:
      license: ⟪tok:l|b64b64⟫
""")
P("k8s_secret_multi_doc_stream_stringdata_second", "k8ssec", r"""
    ---
    apiVersion: v1
    kind: ServiceAccount
    metadata:
      name: wandb-app
    ---
    apiVersion: v1
    kind: Secret
    immutable: true
    stringData:
      GORILLA_ENCRYPTION_KEY: ⟪b64k⟫
""")
P("k8s_serviceaccount_token_secret_data_token_b64", "satok", r"""
    apiVersion: v1
    kind: Secret
    type: kubernetes.io/service-account-token
    metadata:
      annotations:
        kubernetes.io/service-account.name: wandb-operator
    data:
      namespace: ⟦one:d2FuZGI=|ZGVmYXVsdA==⟧
      token: ⟪tok:t|b64⟫
""")
P("k8s_configmap_redis_conf_requirepass_masterauth", "redisconf", r"""
    data:
      redis.conf: |-
        bind 0.0.0.0
        port 6379
        requirepass ⟪apw:r⟫
        masterauth ⟪apw:r⟫
        appendonly yes
""")
P("k8s_configmap_nginx_conf_proxy_set_header_basic", "nginxconf", r"""
    data:
      default.conf: |
        location /minio/ {
          proxy_pass http://minio.⟦ns⟧.svc:9000/;
          proxy_set_header Authorization "Basic ⟪pw:m|basic=wandb⟫";
        }
""")
P("k8s_secret_azure_storage_connection_string", "azconn", r"""
    stringData:
      AZURE_STORAGE_CONNECTION_STRING: "DefaultEndpointsProtocol=https;AccountName=⟦one:wandbstore|wbprodsa⟧;AccountKey=⟪azkey⟫;EndpointSuffix=core.windows.net"
""")
P("k8s_configmap_mysql_initdb_create_user_sql", "mysqlcu", r"""
    data:
      01-users.sql: |
        CREATE DATABASE IF NOT EXISTS wandb_local CHARACTER SET utf8mb4;
        CREATE USER IF NOT EXISTS '⟦user:u⟧'@'%' IDENTIFIED BY '⟪pw⟫';
        GRANT ALL ON wandb_local.* TO '⟦user:u⟧'@'%';
""")
P("k8s_projected_volume_with_inline_configmap_data_token", "k8sproj", r"""
      volumes:
      - name: all-in-one
        projected:
          sources:
          - secret:
              name: wandb-tls
          - configMap:
              name: wandb-hooks
    ---
    data:
      hook.json: '{"url":"https://hooks.example.com/wandb","token":"⟪tok⟫"}'
""")
P("kubectl_get_secret_o_json_jq_data_map_decode", "k8sdeb", r"""
    $ kubectl get secret wandb-bucket -o json | jq '.data | map_values(@base64d)'
    {
      "ACCESS_KEY": "wandb",
      "SECRET_KEY": "⟪pw⟫",
      "KMS_KEY": "⟪b64k⟫"
    }
""")

# --- kubectl describe --------------------------------------------------------
P("kubectl_describe_pod_environment_literal_next_to_refs", "kdesc", r"""
        Environment Variables from:
          wandb-config  ConfigMap  Optional: false
        Environment:
          MYSQL_PASSWORD:     <set to the key 'password' in secret 'wandb-mysql'>  Optional: false
          REDIS:              redis://:⟪pw⟫@wandb-redis:6379
          HOST:               https://⟦host⟧
        Mounts:
          /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-⟦p5⟧ (ro)
""")
P("kubectl_describe_deployment_pod_template_args", "kdesc", r"""
    Pod Template:
      Labels:           app.kubernetes.io/name=wandb-weave-trace
      Service Account:  wandb-weave
      Containers:
       weave-trace:
        Image:      wandb/weave-trace:⟦appver⟧
        Port:       8080/TCP
        Args:
          --clickhouse-password=⟪pw⟫
          --clickhouse-host=clickhouse
""")
P("kubectl_describe_statefulset_mysql_root_password_env", "kdesc", r"""
    Name:               wandb-mysql
    Namespace:          ⟦ns⟧
    Replicas:           1 desired | 1 total
    Pods Status:        1 Running / 0 Waiting / 0 Succeeded / 0 Failed
    Pod Template:
      Containers:
       mysql:
        Image:      mysql:8.0.⟦int2⟧
        Environment:
          MYSQL_ROOT_PASSWORD:  ⟪pw⟫
          MYSQL_DATABASE:       wandb_local
""")
P("kubectl_describe_job_command_mc_alias_set", "mc", r"""
        Command:
          /bin/sh
          -c
        Args:
          mc alias set wbminio http://minio.⟦ns⟧.svc:9000 wandb ⟪pw⟫ && mc mb --ignore-existing wbminio/⟦bucket⟧
        Environment:  <none>
""")
P("kubectl_describe_configmap_data_separator_dsn", "kdesc", r"""
    Name:         wandb-env
    Namespace:    ⟦ns⟧
    Data
    ====
    MYSQL:
    ----
    mysql://⟦user⟧:⟪pw⟫@⟦ip⟧:3306/wandb_local
    BinaryData
    ====
""")
P("kubectl_describe_pod_liveness_exec_redis_cli", "probes", r"""
        Liveness:   exec [sh -c redis-cli -a ⟪apw:h⟫ --no-auth-warning ping] delay=20s timeout=5s period=5s #success=1 #failure=5
        Readiness:  exec [sh -c redis-cli -a ⟪apw:h⟫ --no-auth-warning ping | grep PONG] delay=20s timeout=1s period=5s #success=1 #failure=5
""")
P("kubectl_describe_ingress_configuration_snippet_annotation", "ingnx", r"""
    Annotations:     cert-manager.io/cluster-issuer: letsencrypt
                     nginx.ingress.kubernetes.io/configuration-snippet:
                       proxy_set_header X-Api-Key "⟪tok⟫";
                       more_set_headers "X-Frame-Options: DENY";
                     nginx.ingress.kubernetes.io/proxy-body-size: 0
""")
P("kubectl_describe_cronjob_pod_template_env_token", "kdesc", r"""
    Schedule:                      0 3 * * *
    Concurrency Policy:            Forbid
    Pod Template:
      Containers:
       usage-export:
        Image:      curlimages/curl:8.⟦int1⟧.0
        Environment:
          WANDB_API_KEY:  local-⟪hex40⟫
          WANDB_BASE_URL: https://⟦host⟧
""")
P("kubectl_describe_pod_init_container_args_multiline", "kdesc", r"""
    Init Containers:
      init-db:
        Container ID:  containerd://⟦hex64⟧
        Image:         wandb/local:⟦appver⟧
        Command:
          /bin/bash
          -c
          mysql -h ⟦ip⟧ -u ⟦user⟧ -p⟪pw⟫ -e 'SELECT 1'
        State:          Terminated
""")

# --- events, kubelet, controller logs ------------------------------------------
P("kubectl_get_events_failed_poststart_hook_message", "hooks", r"""
    LAST SEEN   TYPE      REASON               OBJECT                     MESSAGE
    ⟦int1⟧m         Warning   FailedPostStartHook   pod/wandb-app-⟦rs:pod⟧-⟦p5:pod⟧   Exec lifecycle hook ([/bin/sh -c curl -fsS -u admin:⟪pw:h⟫ http://wandb-app:8080/admin/warmup]) for Container "app" in Pod "wandb-app-⟦rs:pod⟧-⟦p5:pod⟧_⟦ns⟧(⟦uuid⟧)" failed - error: command '/bin/sh -c curl -fsS -u admin:⟪pw:h⟫ http://wandb-app:8080/admin/warmup' exited with 7: , message: ""
""")
P("kubelet_journal_klog_exec_hook_failed_command", "klog", r"""
    ⟦tsj⟧ node-⟦int1⟧ kubelet[⟦int4⟧]: E⟦tsk⟧    ⟦int4⟧ handlers.go:78] "Exec lifecycle hook for Container in Pod failed" err="command 'sh -c mysql -uroot -p⟪pw:h⟫ -e \"FLUSH LOGS\"' exited with 1: " execCommand=["sh","-c","mysql -uroot -p⟪pw:h⟫ -e \"FLUSH LOGS\""] containerName="mysql" pod="⟦ns⟧/wandb-mysql-0"
""")
P("kubectl_events_json_admission_webhook_denied_env", "admission", r"""
    {
        "kind": "Event",
        "reason": "FailedCreate",
        "type": "Warning",
        "message": "Error creating: admission webhook \"validate.kyverno.svc-fail\" denied the request: policy Pod/⟦ns⟧/wandb-app-⟦rs:pod⟧ for resource violation: disallow-env-secrets: env value 'mysql://⟦user⟧:⟪pw⟫@mysql:3306/wandb_local' looks like a credential",
        "lastTimestamp": "⟦ts⟧"
    }
""")
P("kubectl_logs_previous_init_set_x_trace_password", "bashx", r"""
    $ kubectl logs wandb-app-⟦rs:pod⟧-⟦p5:pod⟧ -c init-bucket --previous
    + mc alias set local http://minio:9000 wandb ⟪pw⟫
    mc: <ERROR> Unable to initialize new alias from the provided credentials. Get "http://minio:9000/probe-bsign-⟦p5⟧/?location=": dial tcp ⟦ip⟧:9000: connect: connection refused.
    + exit 1
""")
P("stern_prefixed_migrate_job_dsn_line", "stern", r"""
    wandb-migrate-⟦p5:mig⟧ migrate ⟦ts⟧ INFO connecting to mysql://⟦user⟧:⟪pw⟫@⟦ip⟧:3306/wandb_local
    wandb-migrate-⟦p5:mig⟧ migrate ⟦ts⟧ INFO applied ⟦int2⟧ migrations
""")
P("kubectl_logs_prefix_operator_render_error_values", "klogs", r"""
    [pod/wandb-controller-manager-⟦rs⟧-⟦p5⟧/manager] ⟦tsn⟧	ERROR	Reconciler error	{"controller": "weightsandbiases", "error": "failed to render chart: template: operator-wandb/templates/_helpers.tpl:41:14: executing \"wandb.redis\" at <.Values.global.redis.password>: wrong type for value; expected string; got map[string]interface {} (value: map[value:⟪pw⟫])"}
""")
P("kubectl_deploy_jsonpath_range_env_pairs_bucket_license", "kjp", r"""
    $ kubectl get deploy wandb-app -o jsonpath='{range .spec.template.spec.containers[0].env[*]}{.name}={.value}{"\n"}{end}'
    HOST=https://⟦host⟧
    MYSQL_PASSWORD=
    BUCKET=s3://⟦akid⟧:⟪awssk:k|url⟫@⟦bucket⟧
    LICENSE=⟦jwth⟧.⟦jwtp⟧.⟪jwtsig⟫
""")
P("kubectl_exec_env_grep_pod_output", "kexec", r"""
    $ kubectl exec -n ⟦ns⟧ wandb-app-⟦rs:pod⟧-⟦p5:pod⟧ -c app -- env | grep -E 'MYSQL|REDIS'
    MYSQL=mysql://⟦user⟧:⟪pw⟫@⟦ip⟧:3306/wandb_local
    REDIS=redis://:⟪apw⟫@wandb-redis-master:6379
""")
P("kubectl_set_env_deploy_history_line", "kenv", r"""
     ⟦int3⟧  kubectl set env deploy/wandb-app -n ⟦ns⟧ GORILLA_LICENSE=⟦jwth⟧.⟦jwtp⟧.⟪jwtsig⟫
     ⟦int3⟧  kubectl set env deploy/wandb-app -n ⟦ns⟧ --list
""")
P("kubectl_patch_secret_stringdata_json_patch_cmd", "kpatch", r"""
    $ kubectl patch secret wandb-mysql -n ⟦ns⟧ -p '{"stringData":{"password":"⟪pw⟫"}}'
    secret/wandb-mysql patched
""")
P("kubectl_run_mysql_client_debug_pod_args", "krun", r"""
    $ kubectl run -it --rm mysql-client --image=mysql:8.0 --restart=Never -n ⟦ns⟧ -- mysql -h ⟦ip⟧ -u⟦user⟧ -p⟪pw⟫ wandb_local
    If you don't see a command prompt, try pressing enter.
    mysql: [Warning] Using a password on the command line interface can be insecure.
""")

# --- OpenShift ----------------------------------------------------------------
P("openshift_route_yaml_edge_tls_key_block_lines", "ocroute", r"""
    spec:
      host: ⟦host⟧
      tls:
        termination: edge
        insecureEdgeTerminationPolicy: Redirect
        key: |-
          -----BEGIN PRIVATE KEY-----
          ⟪pem64⟫
          ⟪pem64⟫
          ⟪pem64⟫
          -----END PRIVATE KEY-----
""")
P("openshift_route_json_tls_key_escaped_newlines", "ocroute", r"""
    {
        "kind": "Route",
        "spec": {
            "host": "⟦host⟧",
            "tls": {"termination": "reencrypt", "key": "⟪pemj⟫"},
            "to": {"kind": "Service", "name": "wandb-app"}
        }
    }
""")
P("oc_get_route_jsonpath_tls_key_output", "ocroute", r"""
    $ oc get route wandb -n ⟦ns⟧ -o jsonpath='{.spec.tls.key}'
    -----BEGIN RSA PRIVATE KEY-----
    ⟪pem64⟫
    ⟪pem64⟫
    ⟪pem64⟫
    ⟪pem64⟫
    -----END RSA PRIVATE KEY-----
""")
P("openshift_deploymentconfig_container_env_literal", "ocdc", r"""
    apiVersion: apps.openshift.io/v1
    kind: DeploymentConfig
    metadata:
      name: wandb
    spec:
      replicas: 1
      template:
        spec:
          containers:
          - name: wandb
            env:
            - {name: MYSQL, value: "mysql://⟦user⟧:⟪pw⟫@mysql.⟦ns⟧.svc:3306/wandb_local"}
""")
P("openshift_dc_strategy_custom_params_environment", "ocdc", r"""
      strategy:
        type: Rolling
        rollingParams:
          pre:
            failurePolicy: Abort
            execNewPod:
              containerName: wandb
              command: ["/usr/local/bin/migrate"]
              env:
              - name: MIGRATE_DSN
                value: mysql://⟦user⟧:⟪pw⟫@⟦ip⟧:3306/wandb_local
""")
P("oc_describe_dc_environment_section", "ocdc", r"""
    Name:		wandb
    Namespace:	⟦ns⟧
    Latest Version:	⟦int1⟧
    Template:
      Containers:
       wandb:
        Image:	image-registry.openshift-image-registry.svc:5000/⟦ns⟧/wandb-local@sha256:⟦hex64⟧
        Environment:
          LICENSE:	⟦jwth⟧.⟦jwtp⟧.⟪jwtsig⟫
          REDIS:	redis://:⟪apw⟫@redis:6379
""")
P("oc_set_env_list_output_comment_header", "occli", r"""
    $ oc set env dc/wandb --list -n ⟦ns⟧
    # deploymentconfigs/wandb, container wandb
    HOST=https://⟦host⟧
    OIDC_SECRET=⟪oidc⟫
    # MYSQL from secret wandb-mysql, key mysql-url
""")
P("oc_process_template_output_list_secret", "octmpl", r"""
    $ oc process -f wandb-template.yaml -p MYSQL_PASSWORD=⟪pw:a⟫ -o yaml
    apiVersion: v1
    items:
    - apiVersion: v1
      kind: Secret
      stringData:
        mysql-password: ⟪pw:a⟫
""")
P("oc_new_app_generated_parameters_output", "ocnewapp", r"""
    --> Deploying template "openshift/mysql-persistent" to project ⟦ns⟧
         * With parameters:
            * Database Service Name=mysql
            * MySQL Connection Username=⟦user⟧
            * MySQL Connection Password=⟪apw⟫ # generated
            * MySQL root user Password=⟪apw⟫ # generated
            * MySQL Database Name=wandb_local
""")
P("oc_extract_secret_to_stdout_hash_headers", "ocextract", r"""
    $ oc extract secret/wandb-bucket -n ⟦ns⟧ --to=-
    # ACCESS_KEY
    wandb
    # SECRET_KEY
    ⟪pw⟫
""")
P("oc_rsh_env_grep_password_lines", "occli", r"""
    $ oc rsh -n ⟦ns⟧ dc/wandb env | grep -i pass
    GORILLA_MYSQL_PASSWORD=⟪pw⟫
    SMTP_PASSWORD=⟪pw⟫
""")
P("openshift_route_reencrypt_key_and_destination_ca", "ocroute", r"""
      tls:
        termination: reencrypt
        destinationCACertificate: |-
          -----BEGIN CERTIFICATE-----
          MIID⟦cert64⟧
          -----END CERTIFICATE-----
        key: |-
          -----BEGIN EC PRIVATE KEY-----
          ⟪pem64⟫
          ⟪pem64⟫
          -----END EC PRIVATE KEY-----
""")
P("openshift_template_parameters_value_and_generate", "octmpl", r"""
    parameters:
    - name: LICENSE
      value: ⟦jwth⟧.⟦jwtp⟧.⟪jwtsig⟫
    - name: SESSION_SECRET
      generate: expression
      from: "[a-zA-Z0-9]{40}"
    - name: MINIO_ROOT_PASSWORD
      value: ⟪pw⟫
""")

# --- Argo CD -----------------------------------------------------------------------
P("argocd_application_helm_valuesobject_mysql", "argohelm", r"""
    spec:
      source:
        repoURL: https://charts.wandb.ai
        chart: operator-wandb
        targetRevision: ⟦ver⟧
        helm:
          valuesObject:
            global:
              mysql:
                password: ⟪pw⟫
""")
P("argocd_application_helm_parameters_forcestring_value", "argohelm", r"""
        helm:
          parameters:
          - name: global.host
            value: https://⟦host⟧
          - name: global.redis.password
            value: "⟪apw⟫"
            forceString: true
""")
P("argocd_app_get_yaml_operationstate_sync_values", "argoget", r"""
    status:
      operationState:
        finishedAt: "⟦ts⟧"
        phase: Succeeded
        syncResult:
          revision: ⟦ver⟧
          source:
            helm:
              values: |
                global:
                  bucket: {secretKey: "⟪awssk⟫", accessKey: "⟦akid⟧"}
""")
P("argocd_application_json_helm_values_string_escaped", "argoapp", r"""
    {"apiVersion":"argoproj.io/v1alpha1","kind":"Application","metadata":{"name":"wandb","namespace":"argocd"},"spec":{"source":{"chart":"operator-wandb","helm":{"values":"global:\n  host: https://⟦host⟧\n  license: ⟦jwth⟧.⟦jwtp⟧.⟪jwtsig⟫\n"},"repoURL":"https://charts.wandb.ai"}}}
""")
P("argocd_app_diff_env_value_old_new_lines", "argodiff", r"""
    ===== apps/Deployment ⟦ns⟧/wandb-app ======
    ⟦int2⟧c⟦int2⟧
    <         value: ⟪pw⟫
    ---
    >         value: ⟪pw⟫
""")
P("argocd_repo_creds_secret_ssh_private_key", "argodecl", r"""
    apiVersion: v1
    kind: Secret
    metadata:
      name: wandb-repo-creds
      labels:
        argocd.argoproj.io/secret-type: repo-creds
    stringData:
      url: git@github.com:example-org
      sshPrivateKey: |
        -----BEGIN OPENSSH PRIVATE KEY-----
        ⟪pem64⟫
        -----END OPENSSH PRIVATE KEY-----
""")
P("argocd_app_get_o_json_source_helm_parameters", "argoget", r"""
    $ argocd app get wandb -o json | jq '.spec.source.helm.parameters'
    [
      {"name": "global.email.smtp.password", "value": "⟪pw⟫"},
      {"name": "global.host", "value": "https://⟦host⟧"}
    ]
""")
P("argocd_applicationset_template_helm_values_inline", "argodecl", r"""
    kind: ApplicationSet
    spec:
      generators:
      - list:
          elements:
          - cluster: ⟦one:prod|staging|eu-1⟧
      template:
        spec:
          source:
            helm:
              values: |
                global: {license: "⟦jwth⟧.⟦jwtp⟧.⟪jwtsig⟫"}
""")
P("argocd_cluster_secret_config_json_tls_client_key", "argodecl", r"""
    stringData:
      name: ⟦one:prod|gpu-cluster|eu-west⟧
      server: https://⟦ip⟧:6443
      config: |
        {"bearerToken": "⟦jwth⟧.⟦jwtp⟧.⟪jwtsig⟫", "tlsClientConfig": {"insecure": false, "caData": "LS0tLS1CRUdJTi⟦cert64⟧"}}
""")

# --- External Secrets / Vault ------------------------------------------------------
P("vault_agent_rendered_file_cat_export_lines", "vaultagent", r"""
    $ kubectl exec wandb-app-⟦rs:pod⟧-⟦p5:pod⟧ -c app -- cat /vault/secrets/config
    export MYSQL_PASSWORD="⟪pw⟫"
    export GORILLA_LICENSE="⟦jwth⟧.⟦jwtp⟧.⟪jwtsig⟫"
""")
P("vault_kv_get_format_json_data_data", "vaultkv", r"""
    $ vault kv get -format=json secret/wandb/mysql
    {
      "request_id": "⟦uuid⟧",
      "data": {
        "data": {"password": "⟪pw⟫", "username": "⟦user⟧"},
        "metadata": {"created_time": "⟦tsn⟧", "version": ⟦int1⟧}
      }
    }
""")
P("vault_kv_get_table_data_section", "vaultkv", r"""
    ====== Data ======
    Key              Value
    ---              -----
    bucket_secret    ⟪awssk⟫
    oidc_secret      ⟪oidc⟫
""")
P("vault_login_kubernetes_method_token_table", "vaultlogin", r"""
    $ vault write auth/kubernetes/login role=wandb jwt=@/var/run/secrets/kubernetes.io/serviceaccount/token
    Key                                       Value
    ---                                       -----
    token                                     hvs.⟪vault⟫
    token_accessor                            ⟦one:Yb|Kp|Qz⟧⟦hex16⟧
    token_duration                            1h
""")
P("vault_write_approle_secret_id_response", "vaultapprole", r"""
    $ vault write -f auth/approle/role/wandb/secret-id
    Key                   Value
    ---                   -----
    secret_id             ⟪uuid_s⟫
    secret_id_accessor    ⟦uuid⟧
    secret_id_ttl         0s
""")
P("vault_token_lookup_id_field", "vaulttok", r"""
    Key                 Value
    ---                 -----
    accessor            ⟦hex16⟧⟦hex8⟧
    creation_time       ⟦int4⟧⟦int4⟧⟦int2⟧
    display_name        kubernetes-⟦ns⟧-wandb
    id                  hvs.⟪vault⟫
    policies            [default wandb]
""")
P("eso_secretstore_webhook_headers_bearer_literal", "esowh", r"""
    apiVersion: external-secrets.io/v1beta1
    kind: SecretStore
    spec:
      provider:
        webhook:
          url: "https://vault-proxy.example.com/secret/{{ .remoteRef.key }}"
          headers:
            Authorization: "Bearer ⟪tok⟫"
          result:
            jsonPath: "$.value"
""")
P("eso_externalsecret_dataFrom_rewrite_plus_template_literal", "esotpl", r"""
      target:
        name: wandb-env
        template:
          engineVersion: v2
          data:
            REDIS: "redis://:{{ .redis_password }}@redis:6379"
            SLACK_SECRET: "⟪slack⟫"
""")
P("kubectl_describe_pod_vault_token_env_below_annotations", "vaultinj", r"""
    Annotations:      vault.hashicorp.com/agent-inject: true
                      vault.hashicorp.com/role: wandb
                      vault.hashicorp.com/agent-inject-secret-config: secret/data/wandb/app
    Status:           Running
    IP:               ⟦ip⟧
    Containers:
      app:
        Environment:
          VAULT_ADDR:   http://vault.vault.svc:8200
          VAULT_TOKEN:  hvs.⟪vault⟫
""")
P("vault_agent_cat_secrets_json_file", "vaultagent", r"""
    / $ cat /vault/secrets/db.json
    {"username":"v-kubernetes-wandb-⟦hex8⟧","password":"⟪apw⟫","lease_duration":3600}
""")
P("eso_password_generator_output_secret_yaml", "esogen", r"""
    $ kubectl get secret wandb-session -n ⟦ns⟧ -o yaml
    apiVersion: v1
    data:
      password: ⟪pw:g|b64⟫
    kind: Secret
    metadata:
      labels:
        reconcile.external-secrets.io/created-by: ⟦hex40⟧
""")

# --- Sealed Secrets / SOPS -----------------------------------------------------------
P("sealed_secrets_controller_key_secret_tls_key_b64", "sealed", r"""
    $ kubectl get secret -n kube-system -l sealedsecrets.bitnami.com/sealed-secrets-key -o yaml
    apiVersion: v1
    items:
    - apiVersion: v1
      data:
        tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUVE⟦cert64⟧
        tls.key: ⟪pemb64⟫
      kind: Secret
      metadata:
        name: sealed-secrets-key⟦p5⟧
""")
P("kubeseal_heredoc_input_secret_stringdata", "sealed", r"""
    $ cat <<EOF | kubeseal --controller-namespace kube-system --format yaml > wandb-sealed.yaml
    apiVersion: v1
    kind: Secret
    metadata: {name: wandb-mysql, namespace: ⟦ns⟧}
    stringData:
      password: ⟪pw⟫
    EOF
""")
P("sops_decrypt_k8s_secret_yaml_output", "sops", r"""
    $ sops -d secrets/wandb-secret.enc.yaml
    apiVersion: v1
    kind: Secret
    metadata:
      name: wandb-secret
    stringData:
      GORILLA_SESSION_KEY: ⟪hex64⟫
      OIDC_SECRET: ⟪oidc⟫
""")
P("sops_decrypt_dotenv_output_lines", "sops", r"""
    $ sops --decrypt --input-type dotenv --output-type dotenv wandb.enc.env
    MYSQL_PASSWORD=⟪pw⟫
    REDIS_PASSWORD=⟪apw⟫
    LICENSE=⟦jwth⟧.⟦jwtp⟧.⟪jwtsig⟫
""")
P("kubectl_describe_pod_sops_age_key_env", "sops", r"""
        Environment:
          SOPS_AGE_RECIPIENTS:  ⟦ageR⟧
          SOPS_AGE_KEY:         AGE-SECRET-KEY-1⟪age⟫
        Mounts:
          /home/argocd/.config/sops from sops-age (ro)
""")
P("sops_exec_env_printenv_subset", "sops", r"""
    $ sops exec-env wandb.enc.json 'printenv | grep -E "^(SMTP|BUCKET)_"'
    SMTP_PASSWORD=⟪pw⟫
    BUCKET_SECRET_KEY=⟪awssk⟫
""")
P("sops_decrypt_json_output_values_object", "sops", r"""
    $ sops -d values.enc.json
    {
    	"global": {
    		"mysql": {
    			"password": "⟪pw⟫"
    		},
    		"slack": {"secret": "⟪slack⟫"}
    	}
    }
""")

# --- kustomize ---------------------------------------------------------------------------
P("kustomization_secretgenerator_behavior_merge_literals", "kust", r"""
    secretGenerator:
    - name: wandb-env
      behavior: merge
      literals:
      - MYSQL_PASSWORD=⟪pw⟫
      - BUCKET_SECRET=⟪awssk⟫
      options:
        disableNameSuffixHash: true
""")
P("kustomize_build_secret_data_b64_with_hashed_name", "kust", r"""
    $ kustomize build overlays/prod
    apiVersion: v1
    data:
      LICENSE: ⟪tok:l|b64⟫
      OIDC_SECRET: ⟪oidc:o|b64⟫
    kind: Secret
    metadata:
      name: wandb-env-⟦one:5t7m9h2b4k|g8fd6c4b2t|m2h8k6b9f4⟧
    type: Opaque
""")
P("kustomize_patch_strategic_merge_env_literal", "kustpatch", r"""
    patches:
    - target:
        kind: Deployment
        name: wandb-app
      patch: |-
        - op: add
          path: /spec/template/spec/containers/0/env/-
          value: {name: GORILLA_REDIS, value: "redis://:⟪pw⟫@redis:6379"}
""")
P("kustomize_build_configmap_literal_token_rendered", "kust", r"""
    apiVersion: v1
    data:
      WEBHOOK_URL: https://hooks.example.com/services/⟦one:T0|T1|T2⟧⟦int4⟧/⟪tok⟫
      LOG_LEVEL: info
    kind: ConfigMap
    metadata:
      name: wandb-hooks-⟦one:7d9b6k2m4f|c5b8t6h9f2⟧
""")

# --- audit logs -------------------------------------------------------------------------
P("k8s_audit_get_secret_response_object_data", "audit", r"""
    {"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"RequestResponse","auditID":"⟦uuid⟧","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/⟦ns⟧/secrets/wandb-mysql","verb":"get","user":{"username":"system:serviceaccount:⟦ns⟧:wandb-operator"},"responseObject":{"kind":"Secret","apiVersion":"v1","metadata":{"name":"wandb-mysql","namespace":"⟦ns⟧"},"data":{"password":"⟪pw:a|b64⟫"},"type":"Opaque"},"requestReceivedTimestamp":"⟦tsn⟧"}
""")
P("k8s_audit_patch_weightsandbiases_request_object_license", "audit", r"""
    {"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Request","auditID":"⟦uuid⟧","stage":"ResponseComplete","requestURI":"/apis/apps.wandb.com/v1/namespaces/⟦ns⟧/weightsandbiases/wandb","verb":"patch","objectRef":{"resource":"weightsandbiases","namespace":"⟦ns⟧","name":"wandb","apiGroup":"apps.wandb.com","apiVersion":"v1"},"requestObject":{"spec":{"values":{"global":{"license":"⟦jwth⟧.⟦jwtp⟧.⟪jwtsig⟫"}}}},"responseStatus":{"metadata":{},"code":200}}
""")
P("fluentbit_wrapped_k8s_audit_event_escaped", "fluentbit", r"""
    {"date":⟦epoch⟧,"log":"{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"level\":\"Request\",\"verb\":\"create\",\"requestURI\":\"/api/v1/namespaces/⟦ns⟧/secrets\",\"requestObject\":{\"kind\":\"Secret\",\"stringData\":{\"SECRET_KEY\":\"⟪pw⟫\"}}}","kubernetes":{"pod_name":"kube-apiserver-⟦one:master-0|cp-1|node-1⟧"}}
""")
P("k8s_audit_list_secrets_response_items_data", "audit", r"""
    {"kind":"Event","level":"RequestResponse","verb":"list","requestURI":"/api/v1/namespaces/⟦ns⟧/secrets?limit=500","responseObject":{"kind":"SecretList","items":[{"metadata":{"name":"wandb-redis"},"data":{"redis-password":"⟪apw:a|b64⟫"}},{"metadata":{"name":"wandb-smtp"},"data":{"password":"⟪pw:b|b64⟫"}}]}}
""")
P("k8s_audit_tokenreview_request_spec_token", "tokrev", r"""
    {"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Request","auditID":"⟦uuid⟧","verb":"create","requestURI":"/apis/authentication.k8s.io/v1/tokenreviews","user":{"username":"system:serviceaccount:vault:vault"},"requestObject":{"kind":"TokenReview","apiVersion":"authentication.k8s.io/v1","spec":{"token":"⟦jwth⟧.⟦jwtp⟧.⟪jwtsig⟫","audiences":["vault"]}}}
""")
P("k8s_audit_tokenrequest_response_status_token", "tokreq", r"""
    {"kind":"Event","level":"RequestResponse","verb":"create","requestURI":"/api/v1/namespaces/⟦ns⟧/serviceaccounts/wandb-app/token","responseObject":{"kind":"TokenRequest","apiVersion":"authentication.k8s.io/v1","spec":{"audiences":["https://kubernetes.default.svc"],"expirationSeconds":3607},"status":{"token":"⟦jwth⟧.⟦jwtp⟧.⟪jwtsig⟫","expirationTimestamp":"⟦ts⟧"}}}
""")

# --- kubectl get -o yaml / json with managedFields and last-applied -----------------------
P("kubectl_get_deploy_yaml_last_applied_env_value", "kapply", r"""
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      annotations:
        deployment.kubernetes.io/revision: "⟦int1⟧"
        kubectl.kubernetes.io/last-applied-configuration: |
          {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{},"name":"wandb-app","namespace":"⟦ns⟧"},"spec":{"template":{"spec":{"containers":[{"env":[{"name":"GORILLA_SESSION_KEY","value":"⟪hex64:k⟫"}],"image":"wandb/local:⟦appver⟧","name":"app"}]}}}}
""")
P("kubectl_get_secret_yaml_last_applied_stringdata", "kapply", r"""
    apiVersion: v1
    data:
      password: ⟪pw:a|b64⟫
    kind: Secret
    metadata:
      annotations:
        kubectl.kubernetes.io/last-applied-configuration: |
          {"apiVersion":"v1","kind":"Secret","metadata":{"annotations":{},"name":"wandb-mysql","namespace":"⟦ns⟧"},"stringData":{"password":"⟪pw:a⟫"},"type":"Opaque"}
""")
P("kubectl_get_configmap_yaml_managedfields_then_data", "ssa", r"""
    apiVersion: v1
    data:
      GORILLA_SMTP: smtp://apikey:⟪pw⟫@smtp.example.com:587
    kind: ConfigMap
    metadata:
      managedFields:
      - apiVersion: v1
        fieldsType: FieldsV1
        fieldsV1:
          f:data:
            f:GORILLA_SMTP: {}
        manager: helm
""")
P("kubectl_get_secret_json_last_applied_escaped", "kapply", r"""
        "metadata": {
            "annotations": {
                "kubectl.kubernetes.io/last-applied-configuration": "{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"metadata\":{\"annotations\":{},\"name\":\"wandb-oidc\",\"namespace\":\"⟦ns⟧\"},\"stringData\":{\"client-secret\":\"⟪oidc⟫\"}}\n"
            },
            "creationTimestamp": "⟦ts⟧",
""")
P("kubectl_get_pod_yaml_env_value_and_status_running", "kget", r"""
      containers:
      - env:
        - name: BUCKET
          value: s3://⟦akid⟧:⟪awssk:k|url⟫@⟦bucket⟧?region=us-east-1
        image: wandb/local:⟦appver⟧
        name: wandb
    status:
      phase: Running
      podIP: ⟦ip⟧
""")

# --- Terraform -----------------------------------------------------------------------------
P("tf_helm_release_set_block_literal_password", "tfhelm", r"""
    resource "helm_release" "wandb" {
      name       = "wandb"
      repository = "https://charts.wandb.ai"
      chart      = "operator-wandb"
      set {
        name  = "global.mysql.password"
        value = "⟪pw⟫"
      }
    }
""")
P("tf_helm_release_values_yamlencode_literal_map", "tfhelm", r"""
      values = [yamlencode({
        global = {
          host    = "https://⟦host⟧"
          license = "⟦jwth⟧.⟦jwtp⟧.⟪jwtsig⟫"
          redis   = { password = "⟪apw⟫" }
        }
      })]
""")
P("tf_plan_helm_release_values_heredoc_eot", "tfplan", r"""
      # helm_release.wandb will be updated in-place
      ~ resource "helm_release" "wandb" {
            id     = "wandb"
          ~ values = [
              - <<-EOT
                    global:
                      bucket:
                        secretKey: ⟪awssk⟫
                EOT,
""")
P("tf_plan_helm_release_set_block_plus_lines", "tfplan", r"""
          + set {
              + name  = "global.auth.oidc.secret"
              + type  = "string"
              + value = "⟪oidc⟫"
            }
""")
P("tf_show_json_helm_release_values_array", "tfjson", r"""
    {"address":"module.wandb.helm_release.operator_wandb","mode":"managed","type":"helm_release","name":"operator_wandb","values":{"chart":"operator-wandb","namespace":"⟦ns⟧","values":["global:\n  mysql:\n    password: ⟪pw⟫\n"],"version":"⟦ver⟧"},"sensitive_values":{"metadata":[]}}
""")
P("terraform_tfvars_wandb_module_inputs", "tfvars", r"""
    # terraform.tfvars
    namespace     = "wandb"
    domain_name   = "example.com"
    subdomain     = "wandb"
    license       = "⟦jwth⟧.⟦jwtp⟧.⟪jwtsig⟫"
    oidc_secret   = "⟪oidc⟫"
    oidc_client_id = "⟦uuid⟧"
""")
P("tf_kubernetes_manifest_wandb_cr_hcl_object", "tfkman", r"""
    resource "kubernetes_manifest" "wandb" {
      manifest = {
        apiVersion = "apps.wandb.com/v1"
        kind       = "WeightsAndBiases"
        metadata   = { name = "wandb", namespace = "⟦ns⟧" }
        spec = { values = { global = { bucket = { secretKey = "⟪awssk⟫", accessKey = "⟦akid⟧" } } } }
      }
    }
""")
P("tf_plan_kubernetes_config_map_data_dsn", "tfkcm", r"""
      # kubernetes_config_map.wandb_env will be created
      + resource "kubernetes_config_map" "wandb_env" {
          + data = {
              + "MYSQL" = "mysql://⟦user⟧:⟪pw⟫@⟦ip⟧:3306/wandb_local"
              + "HOST"  = "https://⟦host⟧"
            }
""")
P("tfstate_json_helm_release_instance_attributes", "tfstate", r"""
          "instances": [
            {
              "schema_version": 1,
              "attributes": {
                "chart": "operator-wandb",
                "id": "wandb",
                "values": ["global:\n  email:\n    smtp:\n      password: ⟪pw⟫\n"],
""")
P("tf_log_debug_kubernetes_provider_request_body", "tflog", r"""
    ⟦tsz⟧ [DEBUG] provider.terraform-provider-kubernetes_v2.⟦int2⟧.0_x5: Kubernetes API Request Details:
    ---[ REQUEST ]---------------------------------------
    POST /api/v1/namespaces/⟦ns⟧/secrets HTTP/1.1
    Content-Type: application/json
    {"apiVersion":"v1","kind":"Secret","metadata":{"name":"wandb-bucket"},"stringData":{"SECRET_KEY":"⟪awssk⟫"}}
""")
P("tf_kubernetes_deployment_env_value_block", "tfkdep", r"""
              env {
                name  = "OIDC_SECRET"
                value = "⟪oidc⟫"
              }
              env {
                name = "MYSQL_PASSWORD"
                value_from { secret_key_ref { name = "wandb-mysql" key = "password" } }
              }
""")
P("tf_kubernetes_secret_data_literal_in_hcl", "tfksec", r"""
    resource "kubernetes_secret" "wandb_smtp" {
      metadata { name = "wandb-smtp", namespace = "⟦ns⟧" }
      data = {
        username = "apikey"
        password = "⟪pw⟫"
      }
    }
""")
P("tf_apply_error_helm_release_values_quoted", "tfhelm", r"""
    ╷
    │ Error: YAML parse error on operator-wandb/templates/secret.yaml: error converting YAML to JSON: yaml: line 8: found character that cannot start any token
    │
    │   with module.wandb.helm_release.operator_wandb,
    │   on .terraform/modules/wandb/main.tf line ⟦int2⟧, in resource "helm_release" "operator_wandb":
    │   ⟦int2⟧:   set { name = "global.redis.password" value = "⟪pw⟫" }
    ╵
""")

# --- chart dependencies, operators and misc ----------------------------------------------
P("cert_manager_acme_eab_hmac_secret_stringdata", "certacme", r"""
    apiVersion: v1
    kind: Secret
    metadata:
      name: zerossl-eab
      namespace: cert-manager
    stringData:
      secret: ⟪oidc⟫
""")
P("cert_manager_certificate_pkcs12_password_literal", "certm", r"""
    spec:
      secretName: wandb-tls
      dnsNames: [⟦host⟧]
      keystores:
        pkcs12:
          create: true
          password: "⟪pw⟫"
          profile: Modern2023
""")
P("ingress_annotation_auth_url_query_token", "ingnx", r"""
      annotations:
        nginx.ingress.kubernetes.io/auth-url: "https://auth.example.com/oauth2/auth?token=⟪tok⟫"
        nginx.ingress.kubernetes.io/auth-signin: "https://auth.example.com/oauth2/start?rd=$escaped_request_uri"
""")
P("minio_tenant_env_configuration_secret_config_env", "minioop", r"""
    apiVersion: v1
    kind: Secret
    metadata:
      name: wandb-minio-env-configuration
    type: Opaque
    stringData:
      config.env: |-
        export MINIO_ROOT_USER="⟦one:minio|wbroot|tenantadmin⟧"
        export MINIO_ROOT_PASSWORD="⟪pw⟫"
""")
P("mysql_operator_innodbcluster_secret_rootpassword", "mysqlop", r"""
    $ kubectl create secret generic mycluster-cluster-secret --from-literal=rootUser=root --from-literal=rootHost=% --from-literal=rootPassword="⟪pw⟫"
    secret/mycluster-cluster-secret created
""")
P("bitnami_redis_describe_sts_env_redis_password", "bredis", r"""
        Environment:
          BITNAMI_DEBUG:           false
          REDIS_REPLICATION_MODE:  master
          ALLOW_EMPTY_PASSWORD:    no
          REDIS_PASSWORD:          ⟪apw⟫
          REDIS_TLS_ENABLED:       no
""")
P("kubectl_logs_wandb_app_container_start_env_dump", "klogs", r"""
    ⟦ts⟧ Starting W&B Server ⟦appver⟧
    ⟦ts⟧ environment: HOST=https://⟦host⟧ BUCKET=s3://⟦bucket⟧ MYSQL=mysql://⟦user⟧:⟪pw⟫@⟦ip⟧:3306/wandb_local
    ⟦ts⟧ Waiting for MySQL to become available...
""")
P("kubectl_get_wandb_o_jsonpath_values_map_output", "kjp", r"""
    $ kubectl get wandb wandb -n ⟦ns⟧ -o jsonpath='{.spec.values.global.bucket}'
    {"accessKey":"⟦akid⟧","name":"⟦bucket⟧","provider":"s3","region":"us-east-1","secretKey":"⟪awssk⟫"}
""")
P("helm_install_operator_chart_set_license_in_notes", "opchart", r"""
    $ helm upgrade --install operator wandb/operator -n wandb-cr --create-namespace --set customResource.spec.values.global.license=⟦jwth⟧.⟦jwtp⟧.⟪jwtsig⟫
    Release "operator" has been upgraded. Happy Helming!
    NAME: operator
""")
P("kubectl_get_cm_o_json_env_redis_sentinel_uri", "k8scm", r"""
        "data": {
            "GORILLA_CACHE": "redis-sentinel://:⟪pw⟫@redis-node-0.redis-headless:26379,redis-node-1.redis-headless:26379/mymaster",
            "GORILLA_CACHE_TTL": "604800"
        },
""")
P("controller_manager_klog_replicaset_failed_create_env", "klog", r"""
    E⟦tsk⟧       1 replica_set.go:⟦int3⟧] "Unhandled Error" err="sync \"⟦ns⟧/wandb-app-⟦rs:pod⟧\" failed with pods \"wandb-app-⟦rs:pod⟧-\" is forbidden: violates PodSecurity \"restricted:latest\": env OPENAI_KEY=sk-⟪tok⟫ not allowed" logger="UnhandledError"
""")
P("wandb_operator_cr_values_oidc_in_json_patch_ops", "kpatch", r"""
    $ kubectl patch wandb wandb -n ⟦ns⟧ --type json -p '[{"op":"replace","path":"/spec/values/global/auth/oidc/secret","value":"⟪oidc⟫"}]'
    weightsandbiases.apps.wandb.com/wandb patched
""")
P("helm_get_manifest_bitnami_mysql_secret_data_three", "bmysql", r"""
    # Source: wandb/charts/mysql/templates/secrets.yaml
    apiVersion: v1
    kind: Secret
    metadata:
      name: wandb-mysql
    type: Opaque
    data:
      mysql-root-password: "⟪pw:a|b64⟫"
      mysql-password: "⟪pw:b|b64⟫"
""")
P("helm_get_manifest_minio_secret_rootpassword_b64", "minio", r"""
    # Source: wandb/charts/minio/templates/secrets.yaml
    apiVersion: v1
    kind: Secret
    metadata:
      name: wandb-minio
    data:
      rootUser: "⟦one:bWluaW9hZG1pbg==|d2JtaW5pbw==⟧"
      rootPassword: "⟪pw:a|b64⟫"
""")
P("kubectl_get_secret_yaml_data_b64_smtp_and_slack", "k8ssec", r"""
    apiVersion: v1
    data:
      SLACK_CLIENT_ID: ⟦one:MTIzNDU2Nzg5MC4xMjM0NTY=|OTg3NjU0MzIxMC42NTQzMjE=⟧
      SLACK_SECRET: ⟪slack:s|b64⟫
      SMTP_PASSWORD: ⟪pw:p|b64⟫
    kind: Secret
""")

# --- later additions (OpenShift builds, pull secret, helm hooks) ----------------------------
P("openshift_buildconfig_triggers_github_webhook_secret_literal", "ocbuild", r"""
    apiVersion: build.openshift.io/v1
    kind: BuildConfig
    metadata:
      name: wandb-sidecar
    spec:
      triggers:
      - type: GitHub
        github:
          secret: ⟪tok⟫
      - type: ConfigChange
""")
P("oc_describe_bc_webhook_url_secret_path_segment", "ocbuild", r"""
    Name:		wandb-sidecar
    Namespace:	⟦ns⟧
    Strategy:	Docker
    URL:		https://github.com/example-org/wandb-sidecar.git
    Webhook GitHub:
    	URL:	https://api.ocp.example.com:6443/apis/build.openshift.io/v1/namespaces/⟦ns⟧/buildconfigs/wandb-sidecar/webhooks/⟪tok⟫/github
    Builds History Limit:
    	Successful:	5
""")
P("oc_get_cluster_pull_secret_template_base64decode", "ocpull", r"""
    $ oc get secret/pull-secret -n openshift-config --template='{{index .data ".dockerconfigjson" | base64decode}}'
    {"auths":{"registry.example.com":{"auth":"⟪tok:q|basic=example+wandbpull⟫","email":"ops@example.com"},"cloud.example.com":{"auth":"⟪apw:r|basic=ocm_access⟫"}}}
""")
P("helm_get_hooks_pre_upgrade_job_env_value", "helmhooks", r"""
    $ helm get hooks wandb -n ⟦ns⟧
    ---
    # Source: operator-wandb/templates/pre-upgrade-backup.yaml
    apiVersion: batch/v1
    kind: Job
    metadata:
      annotations:
        "helm.sh/hook": pre-upgrade
    spec:
      template:
        spec:
          containers: [{name: backup, image: "mysql:8.0", env: [{name: MYSQL_PWD, value: "⟪pw⟫"}]}]
""")

# ===================================================================== NEGATIVES
N("neg_wbcr_values_secret_refs_only", "opwv", r"""
    spec:
      values:
        global:
          licenseSecret:
            name: wandb-license-⟦hex8⟧
            key: license
          mysql:
            passwordSecret:
              name: wandb-mysql
              passwordKey: ⟦one:password|mysql-password|MYSQL_PASSWORD⟧
""")
N("neg_wbcr_status_conditions_ready_plain", "opcr", r"""
    status:
      conditions:
      - lastTransitionTime: "⟦ts⟧"
        message: 'release wandb upgraded to operator-wandb-⟦ver⟧ (revision ⟦gen⟧)'
        reason: InstallSucceeded
        status: "True"
        type: Ready
      observedGeneration: ⟦gen⟧
""")
N("neg_wbcr_managedfields_key_names_only", "ssa", r"""
      managedFields:
      - apiVersion: apps.wandb.com/v1
        fieldsType: FieldsV1
        fieldsV1:
          f:spec:
            f:values:
              f:global:
                f:mysql:
                  f:password: {}
        manager: ⟦one:kubectl-edit|helm|argocd-controller⟧
        time: "⟦ts⟧"
""")
N("neg_operator_zap_reconcile_without_values", "crzap", r"""
    ⟦tsn⟧	INFO	reconciling	{"controller": "weightsandbiases", "WeightsAndBiases": {"name":"wandb","namespace":"⟦ns⟧"}, "reconcileID": "⟦uuid⟧"}
    ⟦tsn⟧	INFO	chart rendered	{"chart": "operator-wandb", "version": "⟦ver⟧", "digest": "⟦digest⟧", "secretKeysRedacted": ⟦int1⟧}
""")
N("neg_wbcr_spec_chart_oci_no_credentials", "opcr", r"""
    spec:
      chart:
        url: oci://registry.example.com/charts
        name: operator-wandb
        version: "⟦ver⟧"
        usernameSecretRef: {name: chart-pull, key: username}
        passwordSecretRef: {name: chart-pull, key: password}
""")
N("neg_helm_get_values_placeholder_and_empty", "helmgv", r"""
    USER-SUPPLIED VALUES:
    global:
      host: https://⟦host⟧
      mysql:
        host: ⟦ip⟧
        password: ""
        user: ⟦user⟧
      license: <REPLACE_WITH_LICENSE>
      revision: ⟦gen⟧
""")
N("neg_helm_values_bitnami_existing_secret_keys", "bmysql", r"""
    auth:
      existingSecret: wandb-mysql-⟦hex8⟧
      usePasswordFiles: true
      customPasswordFiles:
        root: /opt/bitnami/mysql/secrets/mysql-root-password
        user: /opt/bitnami/mysql/secrets/mysql-password
""")
N("neg_helm_manifest_checksum_secret_annotation", "helmgm", r"""
    # Source: operator-wandb/charts/app/templates/deployment.yaml
    spec:
      template:
        metadata:
          annotations:
            checksum/secret: ⟦hex64⟧
            checksum/config: ⟦hex64⟧
""")
N("neg_helm_template_text_with_placeholders", "helmtpl", r"""
      MYSQL_PASSWORD: {{ .Values.global.mysql.password | b64enc | quote }}
      REDIS_PASSWORD: {{ include "wandb.redis.password" . | b64enc }}
      # rendered at revision ⟦gen⟧ from chart ⟦ver⟧ (⟦hex12⟧)
""")
N("neg_helm_diff_secret_masked_changes", "helmdiff", r"""
    wandb, wandb-mysql, Secret (v1) has changed:
      kind: Secret
      data:
    -   MYSQL_PASSWORD: '-------- # (⟦int2⟧ bytes)'
    +   MYSQL_PASSWORD: '++++++++ # (⟦int2⟧ bytes)'
      # checksum ⟦hex16⟧
""")
N("neg_helm_status_notes_commands", "helmga", r"""
    NOTES:
    Get the MySQL root password:
      kubectl get secret --namespace ⟦ns⟧ wandb-mysql -o jsonpath="{.data.mysql-root-password}" | base64 -d
    Connect with:
      kubectl run wandb-mysql-client-⟦p5⟧ --rm -i --image mysql:8.0 -- mysql -h wandb-mysql -uroot -p"$MYSQL_ROOT_PASSWORD"
""")
N("neg_helm_history_table", "helmup", r"""
    REVISION	UPDATED                 	STATUS    	CHART               	APP VERSION	DESCRIPTION
    ⟦int1⟧       	⟦tshelm⟧	superseded	operator-wandb-⟦ver⟧	⟦appver⟧     	Upgrade complete
    ⟦int2⟧      	⟦tshelm⟧	deployed  	operator-wandb-⟦ver⟧	⟦appver⟧     	Upgrade complete
""")
N("neg_secret_yaml_metadata_only_no_data", "k8ssec", r"""
    apiVersion: v1
    kind: Secret
    metadata:
      name: wandb-mysql
      namespace: ⟦ns⟧
      resourceVersion: "⟦rv⟧"
      uid: ⟦uuid⟧
    type: Opaque
""")
N("neg_secret_tls_crt_only_public_cert_b64", "k8ssec", r"""
    apiVersion: v1
    kind: Secret
    type: kubernetes.io/tls
    data:
      ca.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t⟦cert64⟧
      tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t⟦cert64⟧
""")
N("neg_configmap_data_plain_settings", "k8scm", r"""
    data:
      GORILLA_METADATA_STORE_TLS: "preferred"
      BUCKET: "s3://⟦bucket⟧"
      AWS_REGION: "us-east-1"
      MYSQL_PASSWORD_FILE: "/etc/wandb/secrets/mysql-password"
      REDIS_TTL: "⟦int4⟧"
""")
N("neg_pod_env_valuefrom_secretkeyref_block", "k8senv", r"""
            env:
            - name: MYSQL_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: wandb-mysql-⟦hex8⟧
                  key: password
            - name: HOST
              value: https://⟦host⟧
""")
N("neg_projected_volume_sources_items_paths", "k8sproj", r"""
      volumes:
      - name: creds
        projected:
          defaultMode: 0400
          sources:
          - secret:
              name: wandb-bucket-⟦hex8⟧
              items:
              - {key: SECRET_KEY, path: bucket/secret-key}
          - serviceAccountToken: {path: token, expirationSeconds: ⟦int4⟧, audience: vault}
""")
N("neg_envfrom_secretref_prefix_optional", "k8senv", r"""
        envFrom:
        - prefix: GORILLA_
          secretRef:
            name: wandb-gorilla-⟦hex8⟧
            optional: ⟦one:true|false⟧
        - configMapRef:
            name: wandb-config-⟦hex8⟧
""")
N("neg_describe_secret_data_byte_counts", "kdesc", r"""
    Name:         wandb-mysql
    Namespace:    ⟦ns⟧
    Type:  Opaque
    Data
    ====
    password:       ⟦bytes⟧ bytes
    root-password:  ⟦bytes⟧ bytes
""")
N("neg_describe_pod_env_secret_refs_only", "kdesc", r"""
        Environment:
          MYSQL_PASSWORD:  <set to the key 'password' in secret 'wandb-mysql'>  Optional: false
          LICENSE:         <set to the key 'license' in secret 'wandb-license-⟦hex8⟧'>  Optional: false
          HOST:            https://⟦host⟧
        Mounts:
          /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-⟦p5⟧ (ro)
""")
N("neg_describe_pod_volumes_secret_names", "kdesc", r"""
    Volumes:
      wandb-secrets:
        Type:        Secret (a volume populated by a Secret)
        SecretName:  wandb-secrets-⟦hex8⟧
        Optional:    false
      kube-api-access-⟦p5⟧:
        Type:                    Projected (a volume that contains injected data from multiple sources)
        TokenExpirationSeconds:  3607
""")
N("neg_describe_probe_env_var_reference", "probes", r"""
        Liveness:   exec [sh -c redis-cli -a "$REDIS_PASSWORD" --no-auth-warning ping] delay=⟦int2⟧s timeout=5s period=5s #success=1 #failure=5
        Readiness:  exec [sh -c mysqladmin status -uroot -p"${MYSQL_ROOT_PASSWORD}"] delay=⟦int1⟧s timeout=1s period=10s #success=1 #failure=3
""")
N("neg_describe_configmap_data_no_secret", "kdesc", r"""
    Data
    ====
    GORILLA_CACHE_TTL:
    ----
    ⟦int4⟧
    redis.conf:
    ----
    bind 0.0.0.0
    protected-mode no
""")
N("neg_events_probe_and_mount_messages", "events", r"""
    LAST SEEN   TYPE      REASON        OBJECT                          MESSAGE
    ⟦int1⟧m         Warning   Unhealthy     pod/wandb-app-⟦rs:pod⟧-⟦p5:pod⟧        Readiness probe failed: HTTP probe failed with statuscode: 503
    ⟦int2⟧m        Warning   FailedMount   pod/wandb-app-⟦rs:pod⟧-⟦p5:pod⟧        MountVolume.SetUp failed for volume "wandb-secrets" : secret "wandb-secrets-⟦hex8⟧" not found
""")
N("neg_events_json_pulled_image_digest", "events", r"""
    {"kind":"Event","reason":"Pulled","type":"Normal","message":"Successfully pulled image \"wandb/local:⟦appver⟧\" in ⟦int1⟧.⟦int3⟧s (⟦int1⟧.⟦int3⟧s including waiting). Image size: ⟦rv⟧ bytes.","involvedObject":{"kind":"Pod","name":"wandb-app-⟦rs:pod⟧-⟦p5:pod⟧","uid":"⟦uuid⟧"},"lastTimestamp":"⟦ts⟧"}
""")
N("neg_kubelet_klog_volume_mount_secret_paths", "klog", r"""
    ⟦tsj⟧ node-⟦int1⟧ kubelet[⟦int4⟧]: I⟦tsk⟧    ⟦int4⟧ operation_generator.go:721] "MountVolume.SetUp succeeded for volume \"wandb-secrets\" (UniqueName: \"kubernetes.io/secret/⟦uuid⟧-wandb-secrets\") pod \"wandb-app-⟦rs:pod⟧-⟦p5:pod⟧\" (UID: \"⟦uuid⟧\") " pod="⟦ns⟧/wandb-app-⟦rs:pod⟧-⟦p5:pod⟧"
""")
N("neg_kubelet_hook_failed_env_reference", "hooks", r"""
    ⟦tsj⟧ node-⟦int1⟧ kubelet[⟦int4⟧]: E⟦tsk⟧    ⟦int4⟧ handlers.go:78] "Exec lifecycle hook for Container in Pod failed" err="command 'sh -c mysql -uroot -p\"$MYSQL_ROOT_PASSWORD\" -e \"FLUSH LOGS\"' exited with 1: " containerName="mysql" pod="⟦ns⟧/wandb-mysql-⟦int1⟧"
""")
N("neg_controller_runtime_reconciler_error_no_value", "crzap", r"""
    ⟦tsn⟧	ERROR	Reconciler error	{"controller": "weightsandbiases", "namespace": "⟦ns⟧", "name": "wandb", "reconcileID": "⟦uuid⟧", "error": "secret \"wandb-license\" not found: key \"license\" missing"}
""")
N("neg_stern_migrate_dsn_password_masked", "stern", r"""
    wandb-migrate-⟦p5:mig⟧ migrate ⟦ts⟧ INFO connecting to mysql://⟦user⟧:***@⟦ip⟧:3306/wandb_local
    wandb-migrate-⟦p5:mig⟧ migrate ⟦ts⟧ INFO applied ⟦int2⟧ migrations in ⟦int3⟧ms
""")
N("neg_kubectl_jsonpath_decode_commands_no_output", "k8sdeb", r"""
    # Retrieve the generated passwords (run these yourself, do not paste the output):
    kubectl get secret wandb-mysql -n ⟦ns⟧ -o jsonpath='{.data.password}' | base64 -d
    kubectl get secret wandb-redis -n ⟦ns⟧ -o jsonpath='{.data.redis-password}' | base64 --decode
    # ticket ⟦int4⟧⟦int2⟧
""")
N("neg_kubectl_get_secrets_table", "kget", r"""
    NAME                                 TYPE                 DATA   AGE
    sh.helm.release.v1.wandb.v⟦int1⟧            helm.sh/release.v1   1      ⟦age⟧
    wandb-mysql                          Opaque               2      ⟦age⟧
    wandb-tls-⟦hex8⟧                     kubernetes.io/tls    2      ⟦age⟧
""")
N("neg_dockerconfigjson_credsstore_no_auth", "dockercfg", r"""
    $ kubectl get secret regcred -o jsonpath='{.data.\.dockerconfigjson}' | base64 -d
    {"auths":{"registry.example.com":{}},"credsStore":"ecr-login","credHelpers":{"⟦int4⟧⟦int4⟧⟦int4⟧.dkr.ecr.us-east-1.amazonaws.com":"ecr-login"}}
""")
N("neg_kubectl_create_secret_from_file_paths", "kcreate", r"""
    $ kubectl create secret generic wandb-bucket --from-file=SECRET_KEY=./secrets/bucket-secret-key --from-env-file=./secrets/wandb.env -n ⟦ns⟧
    secret/wandb-bucket created
    $ sha256sum ./secrets/wandb.env
    ⟦hex64⟧  ./secrets/wandb.env
""")
N("neg_view_secret_listing_keys", "viewsecret", r"""
    $ kubectl view-secret wandb-secrets -n ⟦ns⟧
    Multiple sub keys found. Specify another argument, one of:
    -> LICENSE
    -> MYSQL_PASSWORD
    -> SLACK_SECRET
    # resourceVersion ⟦rv⟧
""")
N("neg_sa_token_secret_metadata_and_ca", "satok", r"""
    apiVersion: v1
    kind: Secret
    type: kubernetes.io/service-account-token
    metadata:
      annotations:
        kubernetes.io/service-account.name: wandb-operator
        kubernetes.io/service-account.uid: ⟦uuid⟧
    data:
      ca.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t⟦cert64⟧
""")
N("neg_redis_conf_no_auth_settings", "redisconf", r"""
    data:
      redis.conf: |-
        bind 0.0.0.0
        port 6379
        # requirepass is set from REDIS_PASSWORD at start
        maxmemory ⟦int3⟧mb
        appendonly yes
""")
N("neg_mysql_init_sql_env_placeholders", "mysqlcu", r"""
      01-users.sql: |
        CREATE USER IF NOT EXISTS '⟦user:u⟧'@'%' IDENTIFIED BY '${MYSQL_PASSWORD}';
        GRANT ALL ON wandb_local.* TO '⟦user:u⟧'@'%';
        -- migration ⟦hex12⟧
""")
N("neg_openshift_route_edge_cert_and_ca_only", "ocroute", r"""
      tls:
        termination: edge
        certificate: |-
          -----BEGIN CERTIFICATE-----
          MIIF⟦cert64⟧
          ⟦cert64⟧
          -----END CERTIFICATE-----
        insecureEdgeTerminationPolicy: Redirect
""")
N("neg_openshift_scc_yaml", "ocscc", r"""
    apiVersion: security.openshift.io/v1
    kind: SecurityContextConstraints
    metadata:
      name: wandb-scc-⟦hex8⟧
    allowPrivilegedContainer: false
    runAsUser: {type: MustRunAsRange}
    volumes: [configMap, secret, projected, emptyDir, persistentVolumeClaim]
    users: ["system:serviceaccount:⟦ns⟧:wandb-app"]
""")
N("neg_oc_get_scc_table", "ocscc", r"""
    NAME               PRIV    CAPS         SELINUX     RUNASUSER          FSGROUP     SUPGROUP    PRIORITY     READONLYROOTFS   VOLUMES
    anyuid             false   <no value>   MustRunAs   RunAsAny           RunAsAny    RunAsAny    10           false            ["configMap","secret"]
    wandb-scc-⟦hex8⟧   false   <no value>   MustRunAs   MustRunAsRange     MustRunAs   RunAsAny    ⟦int1⟧            false            ["secret","projected"]
""")
N("neg_oc_set_env_list_from_secret_comments", "occli", r"""
    $ oc set env dc/wandb --list -n ⟦ns⟧
    # deploymentconfigs/wandb, container wandb
    HOST=https://⟦host⟧
    # MYSQL_PASSWORD from secret wandb-mysql, key password
    # LICENSE from secret wandb-license-⟦hex8⟧, key license
""")
N("neg_oc_new_app_parameters_from_secret", "ocnewapp", r"""
    --> Deploying template "openshift/mysql-persistent" to project ⟦ns⟧
         * With parameters:
            * MySQL Connection Username=⟦user⟧
            * MySQL Database Name=wandb_local
            * Volume Capacity=⟦int2⟧Gi
         The password is stored in secret "mysql" (key database-password).
""")
N("neg_oc_dc_image_trigger_digest", "ocdc", r"""
      triggers:
      - type: ImageChange
        imageChangeParams:
          automatic: true
          containerNames: [wandb]
          from: {kind: ImageStreamTag, name: "wandb-local:⟦appver⟧"}
          lastTriggeredImage: image-registry.openshift-image-registry.svc:5000/⟦ns⟧/wandb-local@sha256:⟦hex64⟧
""")
N("neg_openshift_template_parameters_generate_only", "octmpl", r"""
    parameters:
    - name: SESSION_SECRET
      description: Session signing secret (generated)
      generate: expression
      from: "[a-zA-Z0-9]{⟦int2⟧}"
    - name: MYSQL_PASSWORD
      required: true
""")
N("neg_argocd_application_valuefiles_and_secret_refs", "argohelm", r"""
    spec:
      source:
        chart: operator-wandb
        targetRevision: ⟦ver⟧
        helm:
          valueFiles: [values.yaml, secrets://values-prod.enc.yaml]
          parameters:
          - {name: global.mysql.passwordSecret.name, value: wandb-mysql-⟦hex8⟧}
""")
N("neg_argocd_app_get_sync_status_table", "argoget", r"""
    Name:               argocd/wandb
    Sync Status:        Synced to ⟦ver⟧
    Health Status:      Healthy
    GROUP  KIND    NAMESPACE  NAME          STATUS  HEALTH  HOOK  MESSAGE
           Secret  ⟦ns⟧       wandb-mysql   Synced                secret/wandb-mysql configured
""")
N("neg_argocd_diff_secret_masked_plus", "argodiff", r"""
    ===== /Secret ⟦ns⟧/wandb-mysql ======
    ⟦int1⟧c⟦int1⟧
    <   password: ++++++++
    ---
    >   password: +++++++++++
""")
N("neg_argocd_repo_secret_ssh_url_only", "argodecl", r"""
    metadata:
      labels:
        argocd.argoproj.io/secret-type: repository
    stringData:
      type: git
      url: git@github.com:example-org/wandb-deploy-⟦hex8⟧.git
      project: default
""")
N("neg_argocd_cluster_secret_exec_provider", "argodecl", r"""
      config: |
        {"execProviderConfig": {"command": "argocd-k8s-auth", "args": ["aws", "--cluster-name", "wandb-⟦hex8⟧"], "apiVersion": "client.authentication.k8s.io/v1beta1"}, "tlsClientConfig": {"caData": "LS0tLS1CRUdJTi⟦cert64⟧"}}
""")
N("neg_externalsecret_remote_refs_and_target", "eso", r"""
    spec:
      refreshInterval: 1h
      secretStoreRef: {name: vault-backend, kind: ClusterSecretStore}
      target: {name: wandb-env, creationPolicy: Owner}
      data:
      - secretKey: MYSQL_PASSWORD
        remoteRef: {key: secret/wandb/mysql, property: password, version: "⟦int1⟧"}
""")
N("neg_externalsecret_status_synced_condition", "eso", r"""
    status:
      binding: {name: wandb-env}
      conditions:
      - lastTransitionTime: "⟦ts⟧"
        message: Secret was synced
        reason: SecretSynced
        status: "True"
        type: Ready
      refreshTime: "⟦ts⟧"
      syncedResourceVersion: 1-⟦hex16⟧⟦hex16⟧
""")
N("neg_eso_template_only_go_expressions", "esotpl", r"""
        template:
          engineVersion: v2
          data:
            MYSQL: "mysql://{{ .user }}:{{ .password | urlquery }}@mysql:3306/wandb_local"
            REDIS: "redis://:{{ .redis_password }}@redis:6379"
          metadata: {annotations: {checksum: "⟦hex40⟧"}}
""")
N("neg_vault_injector_annotations_template_refs", "vaultinj", r"""
        vault.hashicorp.com/agent-inject: "true"
        vault.hashicorp.com/role: "wandb-⟦hex8⟧"
        vault.hashicorp.com/agent-inject-secret-config: "secret/data/wandb/app"
        vault.hashicorp.com/agent-inject-template-config: |
          {{- with secret "secret/data/wandb/app" -}}
          export MYSQL_PASSWORD="{{ .Data.data.password }}"
          {{- end }}
""")
N("neg_vault_kv_metadata_get_versions", "vaultkv", r"""
    ========== Metadata ==========
    Key                     Value
    ---                     -----
    cas_required            false
    created_time            ⟦tsn⟧
    current_version         ⟦int1⟧
    custom_metadata         map[owner:ml-platform ticket:⟦int4⟧]
""")
N("neg_vault_token_lookup_accessor_only", "vaulttok", r"""
    $ vault token lookup -accessor ⟦hex16⟧⟦hex8⟧
    Key                 Value
    ---                 -----
    accessor            ⟦hex16⟧⟦hex8⟧
    display_name        kubernetes-⟦ns⟧-wandb
    id                  n/a
    ttl                 ⟦int2⟧m
""")
N("neg_vault_agent_log_rendered_paths", "vaultagent", r"""
    ⟦tsz⟧ [INFO]  agent.auth.handler: authentication successful, sending token to sinks
    ⟦tsz⟧ [INFO]  agent: (runner) rendered "(dynamic)" => "/vault/secrets/config"
    ⟦tsz⟧ [INFO]  agent.auth.handler: renewed auth token (accessor ⟦hex16⟧)
""")
N("neg_sealedsecret_wandb_mysql_ag_ciphertext_spec", "sealed", r"""
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: wandb-mysql
      namespace: ⟦ns⟧
    spec:
      encryptedData:
        password: Ag⟦cipher⟧
""")
N("neg_kubeseal_fetch_cert_public", "sealed", r"""
    $ kubeseal --fetch-cert --controller-namespace kube-system
    -----BEGIN CERTIFICATE-----
    MIIE⟦cert64⟧
    ⟦cert64⟧
    -----END CERTIFICATE-----
""")
N("neg_sops_encrypted_yaml_enc_values_and_metadata", "sops", r"""
    stringData:
        MYSQL_PASSWORD: ENC[AES256_GCM,data:⟦cert64⟧,iv:⟦one:Qm|Zx|Lp⟧⟦hex40⟧=,tag:⟦hex16⟧⟦hex8⟧==,type:str]
    sops:
        age:
            - recipient: ⟦ageR⟧
        lastmodified: "⟦ts⟧"
        mac: ENC[AES256_GCM,data:⟦hex64⟧,type:str]
""")
N("neg_sops_yaml_creation_rules_recipients", "sops", r"""
    creation_rules:
      - path_regex: secrets/.*\.enc\.yaml$
        encrypted_regex: ^(data|stringData)$
        age: >-
          ⟦ageR⟧,
          ⟦ageR⟧
""")
N("neg_kustomization_secretgenerator_files_envs", "kust", r"""
    secretGenerator:
    - name: wandb-env
      envs:
      - secrets/wandb.env
      files:
      - tls.key=secrets/tls-⟦hex8⟧.key
    generatorOptions:
      disableNameSuffixHash: false
""")
N("neg_kustomize_build_secret_hashed_name_refs", "kust", r"""
            envFrom:
            - secretRef:
                name: wandb-env-⟦one:5t7m9h2b4k|g8fd6c4b2t|m2h8k6b9f4|bk27hc9d6t⟧
            - configMapRef:
                name: wandb-config-⟦one:hf2k7c8bt5|c5b8t6h9f2|2m7hkb9g4d⟧
""")
N("neg_k8s_audit_secret_get_metadata_level", "audit", r"""
    {"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"⟦uuid⟧","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/⟦ns⟧/secrets/wandb-mysql","verb":"get","user":{"username":"system:serviceaccount:⟦ns⟧:wandb-operator","uid":"⟦uuid⟧"},"sourceIPs":["⟦ip⟧"],"responseStatus":{"metadata":{},"code":200},"requestReceivedTimestamp":"⟦tsn⟧"}
""")
N("neg_k8s_audit_tokenreview_response_status_user", "tokrev", r"""
    {"kind":"Event","level":"RequestResponse","verb":"create","requestURI":"/apis/authentication.k8s.io/v1/tokenreviews","responseObject":{"kind":"TokenReview","status":{"authenticated":true,"user":{"username":"system:serviceaccount:⟦ns⟧:wandb-app","uid":"⟦uuid⟧","groups":["system:serviceaccounts"]},"audiences":["vault"]}}}
""")
N("neg_k8s_audit_policy_omit_secrets", "audit", r"""
    apiVersion: audit.k8s.io/v1
    kind: Policy
    omitStages: ["RequestReceived"]
    rules:
    - level: Metadata
      resources:
      - group: ""
        resources: ["secrets", "configmaps"]
    # policy revision ⟦hex12⟧
""")
N("neg_last_applied_with_secretkeyref", "kapply", r"""
        kubectl.kubernetes.io/last-applied-configuration: |
          {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"wandb-app","namespace":"⟦ns⟧"},"spec":{"template":{"spec":{"containers":[{"env":[{"name":"MYSQL_PASSWORD","valueFrom":{"secretKeyRef":{"key":"password","name":"wandb-mysql"}}}],"image":"wandb/local:⟦appver⟧","name":"app"}]}}}}
""")
N("neg_get_pod_yaml_status_container_ids", "kget", r"""
      containerStatuses:
      - containerID: containerd://⟦hex64⟧
        image: docker.io/wandb/local:⟦appver⟧
        imageID: docker.io/wandb/local@sha256:⟦hex64⟧
        name: wandb
        ready: true
        restartCount: ⟦int1⟧
""")
N("neg_get_secret_yaml_helm_release_labels", "kget", r"""
    metadata:
      labels:
        app.kubernetes.io/managed-by: Helm
        helm.sh/chart: operator-wandb-⟦ver⟧
      annotations:
        meta.helm.sh/release-name: wandb
        meta.helm.sh/release-namespace: ⟦ns⟧
      uid: ⟦uuid⟧
""")
N("neg_tf_helm_release_set_sensitive_var", "tfhelm", r"""
      set_sensitive {
        name  = "global.mysql.password"
        value = var.mysql_password
      }
      set {
        name  = "global.host"
        value = "https://⟦host⟧"
      }
""")
N("neg_tf_plan_sensitive_values_markers", "tfplan", r"""
      ~ resource "helm_release" "wandb" {
            id     = "wandb"
          ~ values = (sensitive value)
          ~ version = "⟦ver⟧" -> "⟦ver⟧"
          + set_sensitive {
              + name  = "global.license"
              + value = (sensitive value)
            }
""")
N("neg_tf_variable_sensitive_declarations", "tfvars", r"""
    variable "license" {
      type        = string
      description = "W&B license (JWT). Set through TF_VAR_license."
      sensitive   = true
    }
    # module version ⟦ver⟧ (⟦hex12⟧)
""")
N("neg_tf_output_table_sensitive", "tfplan", r"""
    Outputs:

    bucket_name = "⟦bucket⟧-⟦hex8⟧"
    mysql_password = <sensitive>
    url = "https://⟦host⟧"
""")
N("neg_tfstate_kubernetes_secret_data_wo_values", "tfstate", r"""
                "attributes": {
                  "binary_data": null,
                  "data_wo": null,
                  "id": "⟦ns⟧/wandb-bucket",
                  "metadata": [{"name": "wandb-bucket", "resource_version": "⟦rv⟧", "uid": "⟦uuid⟧"}],
                  "type": "Opaque"
                },
""")
N("neg_tf_log_request_body_redacted_secret", "tflog", r"""
    ⟦tsz⟧ [DEBUG] provider.terraform-provider-kubernetes_v2.⟦int2⟧.0_x5: Kubernetes API Request Details:
    POST /api/v1/namespaces/⟦ns⟧/configmaps HTTP/1.1
    {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"wandb-config"},"data":{"HOST":"https://⟦host⟧","LOG_LEVEL":"info"}}
""")
N("neg_cert_manager_certificate_password_secret_ref", "certm", r"""
    spec:
      secretName: wandb-tls
      dnsNames: [⟦host⟧]
      keystores:
        pkcs12:
          create: true
          passwordSecretRef: {name: wandb-p12-⟦hex8⟧, key: password}
""")
N("neg_cert_manager_certificate_status_serial", "certm", r"""
    status:
      conditions:
      - {lastTransitionTime: "⟦ts⟧", message: Certificate is up to date and has not expired, reason: Ready, status: "True", type: Ready}
      notAfter: "⟦ts⟧"
      revision: ⟦int1⟧
    # serial ⟦hex16⟧⟦hex16⟧
""")
N("neg_ingress_auth_url_without_token", "ingnx", r"""
      annotations:
        nginx.ingress.kubernetes.io/auth-url: "http://oauth2-proxy.⟦ns⟧.svc.cluster.local/oauth2/auth"
        nginx.ingress.kubernetes.io/auth-response-headers: "X-Auth-Request-User,X-Auth-Request-Email"
        nginx.ingress.kubernetes.io/auth-cache-key: "$cookie__oauth2_proxy"
""")
N("neg_minio_tenant_configuration_ref", "minioop", r"""
    apiVersion: minio.min.io/v2
    kind: Tenant
    spec:
      configuration:
        name: wandb-minio-env-configuration
      users:
      - name: wandb-user-⟦hex8⟧
      pools: [{servers: 4, volumesPerServer: ⟦int1⟧}]
""")
N("neg_helm_values_minio_users_existing_secret", "minio", r"""
    existingSecret: wandb-minio-root
    users:
      - accessKey: wandb
        existingSecret: wandb-minio-user-⟦hex8⟧
        existingSecretKey: secretKey
        policy: readwrite
""")
N("neg_bitnami_redis_env_password_file", "bredis", r"""
        Environment:
          REDIS_REPLICATION_MODE:  master
          ALLOW_EMPTY_PASSWORD:    no
          REDIS_PASSWORD_FILE:     /opt/bitnami/redis/secrets/redis-password
          REDIS_PORT:              ⟦int4⟧
          REDIS_TLS_ENABLED:       ⟦one:no|yes⟧
""")
N("neg_wbcr_values_oidc_public_settings", "opwv", r"""
        global:
          auth:
            oidc:
              clientId: "⟦uuid⟧"
              issuer: "https://login.example.com/⟦uuid⟧/v2.0"
              authMethod: pkce
              secret: ""
""")
N("neg_wandb_app_logs_startup_masked_dsn", "klogs", r"""
    ⟦ts⟧ Starting W&B Server ⟦appver⟧
    ⟦ts⟧ environment: HOST=https://⟦host⟧ BUCKET=s3://⟦bucket⟧ MYSQL=mysql://⟦user⟧:<redacted>@⟦ip⟧:3306/wandb_local
    ⟦ts⟧ Waiting for MySQL to become available...
""")
N("neg_kubectl_run_mysql_client_prompt_flag", "krun", r"""
    $ kubectl run -it --rm mysql-client-⟦p5⟧ --image=mysql:8.0 --restart=Never -n ⟦ns⟧ -- mysql -h ⟦ip⟧ -u⟦user⟧ -p wandb_local
    If you don't see a command prompt, try pressing enter.
    Enter password:
""")
N("neg_kubectl_exec_env_public_vars", "kexec", r"""
    $ kubectl exec -n ⟦ns⟧ wandb-app-⟦rs:pod⟧-⟦p5:pod⟧ -c app -- env | grep -E 'HOST|BUCKET'
    HOST=https://⟦host⟧
    BUCKET=s3://⟦bucket⟧
    HOSTNAME=wandb-app-⟦rs:pod⟧-⟦p5:pod⟧
""")
N("neg_jsonpath_env_range_empty_and_refs", "kjp", r"""
    $ kubectl get deploy wandb-app -o jsonpath='{range .spec.template.spec.containers[0].env[*]}{.name}={.value}{"\n"}{end}'
    HOST=https://⟦host⟧
    MYSQL_PASSWORD=
    LICENSE=
    GORILLA_LOG_LEVEL=⟦one:info|debug|warn⟧
""")
N("neg_kustomize_configmap_public_urls", "kust", r"""
    apiVersion: v1
    data:
      WEBHOOK_URL: https://hooks.example.com/wandb/⟦uuid⟧/status
      LOG_LEVEL: info
    kind: ConfigMap
    metadata:
      name: wandb-hooks-⟦one:7d9b6k2m4f|c5b8t6h9f2|h49bf6tk2c⟧
""")


N("neg_buildconfig_trigger_secret_reference_name", "ocbuild", r"""
      triggers:
      - type: GitHub
        github:
          secretReference:
            name: wandb-sidecar-webhook-⟦hex8⟧
      - type: ImageChange
        imageChange: {lastTriggeredImageID: "image-registry.openshift-image-registry.svc:5000/⟦ns⟧/ubi@sha256:⟦hex64⟧"}
""")
N("neg_oc_describe_bc_webhook_url_secret_placeholder", "ocbuild", r"""
    Name:		wandb-sidecar
    Namespace:	⟦ns⟧
    Webhook GitHub:
    	URL:	https://api.ocp.example.com:6443/apis/build.openshift.io/v1/namespaces/⟦ns⟧/buildconfigs/wandb-sidecar/webhooks/<secret>/github
    Build			Status		Duration	Creation Time
    wandb-sidecar-⟦int2⟧ 	complete 	⟦int1⟧m⟦int2⟧s 		⟦tsp⟧
""")
N("neg_helm_get_hooks_job_secretkeyref_env", "helmhooks", r"""
    $ helm get hooks wandb -n ⟦ns⟧
    ---
    # Source: operator-wandb/templates/pre-upgrade-backup.yaml
    apiVersion: batch/v1
    kind: Job
    metadata:
      name: wandb-backup-⟦p5⟧
    spec:
      template:
        spec:
          containers: [{name: backup, image: "mysql:8.0", env: [{name: MYSQL_PWD, valueFrom: {secretKeyRef: {name: wandb-mysql, key: password}}}]}]
""")

# Kind judgement (same tool and same trick as a name in used_redact_shapes.txt
# counts as an existing kind; near-miss names and keyword greps checked by hand).
NEW_KIND_POS = [
    "kubelet_journal_klog_exec_hook_failed_command",
    "kubectl_events_json_admission_webhook_denied_env",
    "controller_manager_klog_replicaset_failed_create_env",
    "openshift_dc_strategy_custom_params_environment",
    "oc_describe_dc_environment_section",
    "oc_set_env_list_output_comment_header",
    "oc_new_app_generated_parameters_output",
    "oc_extract_secret_to_stdout_hash_headers",
    "argocd_app_get_yaml_operationstate_sync_values",
    "argocd_app_diff_env_value_old_new_lines",
    "eso_secretstore_webhook_headers_bearer_literal",
    "sealed_secrets_controller_key_secret_tls_key_b64",
    "sops_exec_env_printenv_subset",
    "k8s_audit_get_secret_response_object_data",
    "k8s_audit_tokenreview_request_spec_token",
    "k8s_audit_tokenrequest_response_status_token",
    "fluentbit_wrapped_k8s_audit_event_escaped",
    "tf_kubernetes_manifest_wandb_cr_hcl_object",
    "openshift_buildconfig_triggers_github_webhook_secret_literal",
    "oc_describe_bc_webhook_url_secret_path_segment",
]
NEW_KIND_NEG = [
    "neg_openshift_scc_yaml",
    "neg_oc_get_scc_table",
    "neg_oc_dc_image_trigger_digest",
    "neg_oc_set_env_list_from_secret_comments",
    "neg_oc_new_app_parameters_from_secret",
    "neg_k8s_audit_policy_omit_secrets",
    "neg_k8s_audit_tokenreview_response_status_user",
    "neg_sops_yaml_creation_rules_recipients",
    "neg_argocd_cluster_secret_exec_provider",
    "neg_tfstate_kubernetes_secret_data_wo_values",
    "neg_kubelet_hook_failed_env_reference",
    "neg_vault_agent_log_rendered_paths",
    "neg_envfrom_secretref_prefix_optional",
    "neg_wbcr_spec_chart_oci_no_credentials",
    "neg_buildconfig_trigger_secret_reference_name",
    "neg_oc_describe_bc_webhook_url_secret_placeholder",
]
SAME_KIND_POS = [sh for sh, _s, _t in POS if sh not in NEW_KIND_POS]
SAME_KIND_NEG = [sh for sh, _s, _t in NEG if sh not in NEW_KIND_NEG]
assert set(NEW_KIND_POS) <= {sh for sh, _s, _t in POS}
assert set(NEW_KIND_NEG) <= {sh for sh, _s, _t in NEG}

# ===================================================================== build
SOURCES = {}
for _shape, _src, _t in POS + NEG:
    SOURCES[_shape] = SRC[_src]


def sixgram_ok(lines, secrets):
    text = "\n".join(lines)
    rest = text
    for s in sorted(secrets, key=len, reverse=True):
        rest = rest.replace(s, "\x00")
    for s in secrets:
        for i in range(len(s) - 5):
            if s[i:i + 6] in rest:
                return False
    return True


def render(tmpl):
    ctx = Ctx()
    text = TOK_RE.sub(lambda m: ctx.sec(m.group(1)) if m.group(1) is not None else ctx.pub(m.group(2)), lines_of(tmpl))
    return text.split("\n"), ctx.secrets


def build():
    seen_secrets = set()
    pos_out, neg_out = [], []
    names = set()
    for shape, _src, tmpl in POS:
        assert shape not in names, shape
        names.add(shape)
        for _ in range(3):
            for attempt in range(200):
                lines, secrets = render(tmpl)
                ok = (1 <= len(lines) <= 12 and secrets
                      and all(len(s) >= 8 and s in "\n".join(lines) for s in secrets)
                      and not any(s in seen_secrets for s in secrets)
                      and sixgram_ok(lines, secrets))
                if ok:
                    break
            else:
                raise SystemExit("cannot draw " + shape)
            seen_secrets.update(secrets)
            pos_out.append({"shape": shape, "lines": lines, "secrets": secrets})
    for shape, _src, tmpl in NEG:
        assert shape not in names, shape
        assert "⟪" not in tmpl, shape
        names.add(shape)
        got = []
        for _ in range(5):
            for attempt in range(200):
                lines, _s = render(tmpl)
                if 1 <= len(lines) <= 12 and lines not in got:
                    break
            else:
                raise SystemExit("cannot draw distinct " + shape)
            got.append(lines)
            neg_out.append({"shape": shape, "lines": lines})
    for name, rows in (("positives.jsonl", pos_out), ("negatives.jsonl", neg_out)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return pos_out, neg_out


if __name__ == "__main__":
    p, n = build()
    print("positives %d records / %d shapes / %d secrets; negatives %d records / %d shapes"
          % (len(p), len(POS), sum(len(r["secrets"]) for r in p), len(n), len(NEG)))
