#!/usr/bin/env python3
"""holdout26 generator: sealed held-out set for the wbdiag secret redactor.

Focus: what customers paste and attach, in layouts taken from real public
material (W&B helm charts / terraform modules / operator CRs, docker-compose,
.env examples, issue and forum pastes, CI logs), plus the adversarial shapes
such material takes on its way into a bundle.

Python 3, stdlib only.  Deterministic: fixed SEED, fixed draw order,
json.dumps(ensure_ascii=False), '\\n' line endings.

Template mini-language (placeholders use guillemets so JSON braces stay literal):
  «S:kind:len[:name]»   new secret value (listed)
  «=name»               repeat a stored value (secret or public)
  «E:enc:name»          encoded form of a stored secret (listed in that form)
  «P:kind:len[:name]»   public random value (never listed)
  «JWT[:name]»          header.payload.signature, signature listed
  «BASIC:user:name»     base64(user:secret), password-only groups listed
  «TS:fmt»              timestamp, non-decreasing within a record
  «IP»                  10.x address
"""
import base64, hashlib, json, os, random, re, string, urllib.parse

SEED = 2626_2026
HERE = os.path.dirname(os.path.abspath(__file__))

LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
PWCH = ALNUM + "-_.!~+*"
PWU = ALNUM + "-_.~"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
HEX = "0123456789abcdef"
INTL = "äöüßéèçñøåæ中文密码안녕"


class Redraw(Exception):
    pass


def _pw(r, n, alpha=PWCH):
    mid = "".join(r.choice(alpha) for _ in range(n - 2))
    return r.choice(ALNUM) + mid + r.choice(ALNUM)


def gen_value(r, kind, n):
    if kind == "pw":
        return _pw(r, n)
    if kind == "pwu":
        return _pw(r, n, PWU)
    if kind == "pwi":  # non-ASCII password characters in the middle
        s = list(_pw(r, n, PWU))
        for i in r.sample(range(1, n - 1), 3):
            s[i] = r.choice(INTL)
        return "".join(s)
    if kind == "an":
        return "".join(r.choice(ALNUM) for _ in range(n))
    if kind == "lan":
        return "".join(r.choice(LOW + string.digits) for _ in range(n))
    if kind == "low":
        return "".join(r.choice(LOW) for _ in range(n))
    if kind == "hex":
        return "".join(r.choice(HEX) for _ in range(n))
    if kind == "HEX":
        return "".join(r.choice(HEX.upper()) for _ in range(n))
    if kind == "b64":
        return "".join(r.choice(B64) for _ in range(n))
    if kind == "b64u":
        return "".join(r.choice(B64U) for _ in range(n))
    if kind == "dig":
        return "".join(r.choice(string.digits) for _ in range(n))
    if kind == "akid":
        return "AKIA" + "".join(r.choice(string.ascii_uppercase + "234567") for _ in range(16))
    if kind == "uuid":
        h = gen_value(r, "hex", 32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])
    if kind == "b64pad":  # base64 body of n bytes, with padding (public)
        return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()
    raise ValueError(kind)


def b64s(s):
    return base64.b64encode(s.encode()).decode()


def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


def encode(enc, v):
    if enc == "b64":
        return b64s(v).rstrip("=")
    if enc == "b64b64":
        return b64s(b64s(v)).rstrip("=")
    if enc == "url":
        return urllib.parse.quote(v, safe="")
    if enc == "url2":
        return urllib.parse.quote(urllib.parse.quote(v, safe=""), safe="")
    if enc == "bs":  # doubled backslash escaping of nothing special: identity
        return v
    raise ValueError(enc)


TOK = re.compile(r"«([^«»]*)»")


class Ctx:
    def __init__(self, r):
        self.r = r
        self.vals = {}
        self.secrets = []
        self.t = r.randrange(1672531200, 1735603200)  # 2023-01-01 .. 2024-12-31
        self.ms = r.randrange(1000)

    def add(self, s):
        if s not in self.secrets:
            self.secrets.append(s)

    def ts(self, fmt):
        import time
        self.t += self.r.choice([0, 0, 1, 1, 2, 5])
        self.ms = (self.ms + self.r.randrange(1, 400)) % 1000
        tm = time.gmtime(self.t)
        if fmt == "iso":
            return time.strftime("%Y-%m-%dT%H:%M:%S", tm) + ".%03dZ" % self.ms
        if fmt == "isons":
            return time.strftime("%Y-%m-%dT%H:%M:%S", tm) + ".%09dZ" % (self.ms * 1000000 + self.r.randrange(1000000))
        if fmt == "go":
            return time.strftime("%Y/%m/%d %H:%M:%S", tm)
        if fmt == "py":
            return time.strftime("%Y-%m-%d %H:%M:%S", tm) + ",%03d" % self.ms
        if fmt == "s":
            return time.strftime("%Y-%m-%dT%H:%M:%SZ", tm)
        if fmt == "date":
            return time.strftime("%Y-%m-%d", tm)
        if fmt == "hm":
            return time.strftime("%H:%M:%S", tm)
        if fmt == "epoch":
            return str(self.t)
        if fmt == "klog":
            return time.strftime("%m%d %H:%M:%S", tm) + ".%06d" % (self.ms * 1000)
        raise ValueError(fmt)

    def sub(self, m):
        parts = m.group(1).split(":")
        k = parts[0]
        r = self.r
        if k == "S" or k == "P":
            kind = parts[1]
            n = int(parts[2]) if len(parts) > 2 and parts[2] else 0
            v = gen_value(r, kind, n)
            if len(parts) > 3:
                self.vals[parts[3]] = v
            if k == "S":
                self.add(v)
            return v
        if k == "D":  # define silently
            self.vals[parts[3]] = gen_value(r, parts[1], int(parts[2]))
            return ""
        if k.startswith("="):
            return self.vals[k[1:]]
        if k == "E":
            v = encode(parts[1], self.vals[parts[2]])
            self.add(v)
            return v
        if k == "JWT":
            hdr = b64url_json({"alg": "RS256", "kid": gen_value(r, "hex", 16), "typ": "JWT"})
            pl = b64url_json({"iss": "https://auth.example.com/", "sub": gen_value(r, "uuid", 0),
                              "iat": self.t, "exp": self.t + 86400 * r.randrange(30, 400)})
            sig = gen_value(r, "b64u", 86)
            self.add(sig)
            v = hdr + "." + pl + "." + sig
            if len(parts) > 1:
                self.vals[parts[1]] = v
            return v
        if k == "BASIC":
            user, name = parts[1], parts[2]
            pwv = self.vals[name]
            enc = b64s(user + ":" + pwv)
            L = len(user) + 1
            g = -(-L // 3)
            listed = enc[4 * g:].rstrip("=")
            if len(listed) < 8:
                raise Redraw()
            self.add(listed)
            return enc
        if k == "TS":
            return self.ts(parts[1])
        if k == "IP":
            return "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(1, 255))
        if k == "C":  # random choice among |-separated literals
            return r.choice(m.group(1)[2:].split("|"))
        if k == "N":  # number in range
            return str(r.randrange(int(parts[1]), int(parts[2])))
        raise ValueError(k)


def render(r, tmpl):
    c = Ctx(r)
    out = []
    for line in tmpl:
        # nested tokens are not used; one pass
        out.append(TOK.sub(c.sub, line))
    return out, c


# ---------------------------------------------------------------- transforms
# Each transform takes (r, lines, secrets) and returns (lines, secrets).

def t_crlf(r, L, S):
    return [l + "\r" for l in L], S


def t_quote(r, L, S):
    return ["> " + l if l else ">" for l in L], S


def t_quote2(r, L, S):
    return ["> > " + l if l else "> >" for l in L], S


def mk_fence(lang):
    def t(r, L, S):
        return ["```" + lang] + L + ["```"], S
    return t


def mk_indent(n):
    def t(r, L, S):
        return [(" " * n + l) if l else l for l in L], S
    return t


def t_tab(r, L, S):
    return ["\t" + l for l in L], S


def t_hist(r, L, S):
    n = r.randrange(80, 2400)
    out = []
    for l in L:
        out.append("%5d  %s" % (n, l))
        n += r.randrange(1, 4)
    return out, S


def t_histts(r, L, S):  # HISTTIMEFORMAT="%F %T "
    n = r.randrange(80, 2400)
    c = Ctx(r)
    out = []
    for l in L:
        out.append("%5d  %s %s" % (n, c.ts("s")[:10], c.ts("hm") + " " + l))
        n += 1
    return out, S


def t_html(r, L, S):
    def esc(s):
        return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
    for s in S:
        if esc(s) != s:
            raise Redraw()
    return [esc(l) for l in L], S


def t_ansi_prompt(r, L, S):
    out = []
    for l in L:
        out.append(l)
    return out, S


def mk_wrap(lo, hi, cont=""):
    """Hard-wrap long lines at a random width (terminal / email wrapping);
    secrets crossing a boundary are listed piece by piece."""
    def t(r, L, S):
        w = r.randrange(lo, hi)
        out = []
        pieces = {}
        for l in L:
            if len(l) <= w:
                out.append(l)
                continue
            chunks = []
            i = 0
            first = True
            bounds = []
            while i < len(l):
                take = w if first else w - len(cont)
                chunks.append((i, l[i:i + take]))
                bounds.append(i + take)
                i += take
                first = False
            for j, (st, ch) in enumerate(chunks):
                out.append((cont if j else "") + ch)
            # split secrets
            for s in S:
                pos = l.find(s)
                while pos >= 0:
                    e = pos + len(s)
                    cuts = [b for b in bounds if pos < b < e]
                    if cuts:
                        edges = [pos] + cuts + [e]
                        ps = [l[edges[k]:edges[k + 1]] for k in range(len(edges) - 1)]
                        pieces.setdefault(s, []).extend(ps)
                    pos = l.find(s, pos + 1)
        newS = []
        joined = "\n".join(out)
        for s in S:
            if s in pieces:
                for p in pieces[s]:
                    if len(p) < 8:
                        raise Redraw()
                    if p not in newS:
                        newS.append(p)
                if s in joined and s not in newS:
                    newS.append(s)
            else:
                newS.append(s)
        return out, newS
    return t


def mk_cap(idx, lo, hi, marker):
    """Cut line idx (negative from the end allowed) at a byte cap inside its
    longest secret; list only the part before the cap."""
    def t(r, L, S):
        i = idx % len(L)
        l = L[i]
        cand = [s for s in S if s in l]
        if not cand:
            raise Redraw()
        s = max(cand, key=len)
        pos = l.find(s)
        cut = pos + r.randrange(lo, min(hi, len(s) - 4))
        newl = l[:cut] + marker.replace("#", str(len(l.encode()) - cut))
        L = L[:i] + [newl] + L[i + 1:]
        keep = l[pos:cut]
        newS = []
        joined = "\n".join(L)
        for x in S:
            if x == s:
                if s in joined:
                    newS.append(s)
                newS.append(keep)
            elif x in joined:
                newS.append(x)
        return L, newS
    return t


def ngrams(s, n=6):
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def check_pos(lines, secrets):
    if not (1 <= len(lines) <= 12):
        raise Redraw()
    text = "\n".join(lines)
    for s in secrets:
        if len(s) < 8 or s not in text:
            raise Redraw()
    rest = text
    for s in sorted(secrets, key=len, reverse=True):
        rest = rest.replace(s, "\x00")
    for s in secrets:
        for g in ngrams(s):
            if g in rest:
                raise Redraw()
    # password rule for pw-like values is ensured by gen_value


def build(r, spec):
    tmpl, trans = spec
    lines, c = render(r, tmpl)
    S = list(c.secrets)
    for t in trans:
        lines, S = t(r, lines, S)
    return lines, S


def t_negcap(r, L, S):
    l = L[-1]
    cut = r.randrange(len(l) // 2, len(l) - 5)
    return L[:-1] + [l[:cut] + "…[truncated %d bytes]" % (len(l.encode()) - cut)], S

# ---------------------------------------------------------------- sources
SRC = {
    "HC_OPV": "https://github.com/wandb/helm-charts/blob/main/charts/operator-wandb/values.yaml",
    "HC_WV": "https://github.com/wandb/helm-charts/blob/main/charts/wandb/values.yaml",
    "HC_LAUNCH": "https://github.com/wandb/helm-charts/blob/main/charts/launch-agent/values.yaml",
    "HC_CH": "https://github.com/wandb/helm-charts/blob/main/charts/operator-wandb/values.yaml (clickhouse / email.smtp / auth.oidc blocks)",
    "HC_MYX": "https://github.com/wandb/helm-charts/blob/main/charts/operator-wandb/charts/prometheus/charts/mysql-exporter/values.yaml",
    "HC_RDX": "https://github.com/wandb/helm-charts/blob/main/charts/operator-wandb/charts/prometheus/charts/redis-exporter/values.yaml",
    "TF_AWS": "https://github.com/wandb/terraform-aws-wandb/blob/main/docs/operator-migration/post-operator.tfvars",
    "TF_AWS_DB": "https://github.com/wandb/terraform-aws-wandb/blob/main/modules/database/variables.tf",
    "TF_GCP": "https://github.com/wandb/terraform-google-wandb/blob/main/modules/operator/variables.tf",
    "TF_AZ": "https://github.com/wandb/terraform-azurerm-wandb (examples/*.tfvars layout)",
    "OP_CR": "https://github.com/wandb/operator/blob/main/config/samples/apps_v2_weightsandbiases.yaml",
    "OP_CR1": "https://github.com/wandb/operator/blob/main/config/samples/apps_v1_weightsandbiases.yaml + docs.wandb.ai self-managed operator spec.values example",
    "SRV104": "https://github.com/wandb/server/issues/104 (docker logs wandb-local paste)",
    "SRV39": "https://github.com/wandb/server/issues/39 (docker run + startup log paste in an issue)",
    "SRV86": "https://github.com/wandb/server/issues/86 (wandb server start output)",
    "SRV123": "https://github.com/wandb/server/issues/123 (docker exec cat /var/log/mysql.log)",
    "DOCS_ENV": "https://docs.wandb.ai/guides/hosting/env-vars (LICENSE, MYSQL, BUCKET, REDIS, OIDC_*, SMTP, SLACK_SECRET)",
    "SDK_ENV": "https://docs.wandb.ai/guides/track/environment-variables (WANDB_API_KEY, WANDB_BASE_URL)",
    "SDK_LOGIN": "https://docs.wandb.ai/ref/python/login + wandb CLI login/verify output",
    "COMPOSE": "https://docs.docker.com/reference/compose-file/services/#environment",
    "MYSQL_IMG": "https://hub.docker.com/_/mysql (MYSQL_ROOT_PASSWORD / MYSQL_PASSWORD, healthcheck mysqladmin ping)",
    "MINIO_ENV": "https://min.io/docs/minio/linux/reference/minio-server/settings/root-credentials.html",
    "REDIS_CONF": "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/",
    "BN_MYSQL": "https://github.com/bitnami/charts/blob/main/bitnami/mysql/values.yaml (auth.*)",
    "BN_REDIS": "https://github.com/bitnami/charts/blob/main/bitnami/redis/values.yaml (auth.*)",
    "MINIO_CHART": "https://github.com/minio/minio/blob/master/helm/minio/values.yaml (rootUser/rootPassword, users)",
    "O2P": "https://github.com/oauth2-proxy/manifests/blob/main/helm/oauth2-proxy/values.yaml (config.clientSecret/cookieSecret)",
    "CERTMGR": "https://cert-manager.io/docs/configuration/acme/dns01/route53/",
    "EXTDNS": "https://github.com/kubernetes-sigs/external-dns/blob/master/docs/tutorials/aws.md",
    "KEYCLOAK": "https://github.com/bitnami/charts/blob/main/bitnami/keycloak/values.yaml (auth.adminPassword)",
    "HELM_DEBUG": "https://helm.sh/docs/helm/helm_install/ (--debug / --dry-run: USER-SUPPLIED VALUES, COMPUTED VALUES, MANIFEST)",
    "HELM_SET": "https://helm.sh/docs/intro/using_helm/#customizing-the-chart-before-installing (--set a.b=c)",
    "KDESC": "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_describe/",
    "KGET": "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_get/",
    "KSECRET": "https://kubernetes.io/docs/concepts/configuration/secret/ (data / stringData, kubectl create secret --from-literal)",
    "KCONF": "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/",
    "ARGO": "https://argo-cd.readthedocs.io/en/stable/user-guide/helm/ (spec.source.helm.values / parameters)",
    "FLUX": "https://fluxcd.io/flux/components/helm/helmreleases/ (spec.values)",
    "BASH_HIST": "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Builtins.html (history output, HISTTIMEFORMAT)",
    "SETX": "https://www.gnu.org/software/bash/manual/html_node/The-Set-Builtin.html (xtrace, PS4 '+ ')",
    "TMUX": "https://man7.org/linux/man-pages/man1/tmux.1.html (capture-pane -e keeps escape sequences)",
    "SCRIPT": "https://man7.org/linux/man-pages/man1/script.1.html (typescript with CR/LF and escapes)",
    "GFM": "https://github.github.com/gfm/ (fenced code blocks, block quotes) as pasted in github.com/wandb/server issues",
    "DISCOURSE": "https://community.wandb.ai/ (forum threads; quote blocks and HTML-escaped cooked text)",
    "GHA": "https://docs.github.com/en/actions/monitoring-and-troubleshooting-workflows/using-workflow-run-logs",
    "GITLAB": "https://docs.gitlab.com/ee/ci/variables/#enable-debug-logging (CI_DEBUG_TRACE)",
    "JENKINS": "https://www.jenkins.io/doc/pipeline/steps/workflow-durable-task-step/#sh-shell-script (console '+ cmd')",
    "PYTB": "https://docs.python.org/3/library/traceback.html (source line echoed under each frame)",
    "NETRC": "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html",
    "PWSH": "https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_environment_variables",
    "CMDSET": "https://learn.microsoft.com/windows-server/administration/windows-commands/set_1",
    "TF_PLAN": "https://developer.hashicorp.com/terraform/cli/commands/plan",
    "TF_STATE": "https://developer.hashicorp.com/terraform/cli/commands/state/show",
    "TF_VARS": "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files",
    "TF_LOG": "https://developer.hashicorp.com/terraform/internals/debugging (TF_LOG=DEBUG)",
    "DOTENV": "https://github.com/motdotla/dotenv#what-rules-does-the-parsing-engine-follow",
    "VSCODE": "https://code.visualstudio.com/docs/python/environments#_environment-variables (.vscode/launch.json env)",
    "PYCHARM": "https://www.jetbrains.com/help/pycharm/run-debug-configuration.html (.idea/workspace.xml envs)",
    "NBFORMAT": "https://nbformat.readthedocs.io/en/latest/format_description.html (code cell source / stream outputs)",
    "DOCKERCFG": "https://docs.docker.com/reference/cli/docker/login/ (~/.docker/config.json auths)",
    "K8S_EVENTS": "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_events/",
    "SYSTEMD": "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html (Environment=) + journalctl output",
    "MSYS": "https://learn.microsoft.com/windows/wsl/filesystems (Windows paths, CRLF files copied from Windows)",
    "WSL": "https://learn.microsoft.com/windows/wsl/filesystems",
    "SDK_SETTINGS": "https://docs.wandb.ai/guides/track/environment-variables (~/.config/wandb/settings [default])",
    "LAUNCH": "https://docs.wandb.ai/guides/launch/setup-launch-kubernetes (launch agent helm values)",
    "AWS_CLI": "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    "GCP_SA": "https://cloud.google.com/iam/docs/keys-create-delete (service account JSON)",
    "AZ_CONN": "https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string",
    "MYSQL_CLI": "https://dev.mysql.com/doc/refman/8.0/en/connecting.html (mysql -p, mysqldump)",
    "REDIS_CLI": "https://redis.io/docs/latest/develop/tools/cli/ (-a, -u redis://)",
    "PIP": "https://pip.pypa.io/en/stable/topics/configuration/ (pip.conf index-url)",
    "YAML_SPEC": "https://yaml.org/spec/1.2.2/ (block scalars, flow mappings)",
    "JSONLOG": "https://github.com/uber-go/zap (JSON encoder) as seen in operator logs",
    "SENTRY": "https://docs.sentry.io/platforms/python/ (DSN with public key)",
    "SMTP": "https://docs.wandb.ai/guides/hosting/smtp (SMTP=smtps://user:password@host:port)",
    "OIDC": "https://docs.wandb.ai/guides/hosting/iam/authentication/sso (OIDC_CLIENT_ID / OIDC_SECRET / OIDC_ISSUER)",
    "KUSTOMIZE": "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/",
    "ANSIBLE": "https://docs.ansible.com/ansible/latest/collections/kubernetes/core/helm_module.html (values:)",
    "PULUMI": "https://www.pulumi.com/docs/iac/concepts/config/ (Pulumi.<stack>.yaml, secure:)",
}

POS = []
NEG = []


def P(name, src, tmpl, *trans):
    POS.append((name, src, tmpl.strip("\n").split("\n"), list(trans)))


def N(name, src, tmpl, *trans):
    NEG.append((name, src, tmpl.strip("\n").split("\n"), list(trans)))


CR = t_crlf
Q = t_quote
Q2 = t_quote2
H = t_hist
HT = t_histts
HTML = t_html
FY = mk_fence("yaml")
FS = mk_fence("")
FB = mk_fence("bash")
FJ = mk_fence("json")
FC = mk_fence("console")
FH = mk_fence("hcl")
I2 = mk_indent(2)
I4 = mk_indent(4)
I8 = mk_indent(8)
ESC = "\x1b"

# ================================================================ POSITIVES
# --- Helm values (operator-wandb / wandb chart) as pasted ---------------------
P("issue_fenced_operator_wandb_values_global_license_and_mysql", "HC_OPV", '''
global:
  host: https://wandb.example.com
  license: «JWT»
  mysql:
    host: wandb-mysql.«P:low:6».rds.example.com
    port: 3306
    database: "wandb_local"
    user: "wandb"
    password: "«S:pw:20»"
''', FY)
P("values_global_email_smtp_block_reindented_by_paste", "HC_CH", '''
      email:
        smtp:
          host: "smtp.example.com"
          port: 587
          user: "apikey"
          password: "«S:pw:22»"
          mailFrom: "wandb-noreply@example.com"
''')
P("values_global_auth_oidc_secret_quoted_in_forum_reply", "HC_CH", '''
  auth:
    sessionLengthHours: 720
    oidc:
      clientId: "«P:uuid»"
      secret: "«S:an:40»"
      authMethod: "pkce"
      issuer: "https://login.example.com/«P:uuid»/v2.0"
''', Q)
P("values_global_redis_password_and_slack_secret_tabs_to_spaces", "HC_OPV", '''
global:
    redis:
        host: "wandb-redis.«P:low:5».cache.example.com"
        port: 6379
        password: "«S:pwu:24»"
    slack:
        secret: "«S:an:32»"
        clientId: "«P:dig:12».«P:dig:13»"
''')
P("values_clickhouse_password_beside_password_secret_name_empty", "HC_CH", '''
  clickhouse:
    install: false
    host: "clickhouse.example.internal"
    port: 8443
    database: "weave_trace_db"
    user: "default"
    password: "«S:pw:18»"
    passwordSecret:
      name: ""
      passwordKey: "CLICKHOUSE_PASSWORD"
''')
P("values_global_bucket_accesskey_secretkey_inline_provider_s3", "HC_OPV", '''
  bucket:
    provider: "s3"
    name: "wandb-«P:lan:8»"
    region: "us-east-1"
    kmsKey: "arn:aws:kms:us-east-1:«P:dig:12»:key/«P:uuid»"
    accessKey: "«P:akid»"
    secretKey: "«S:b64:40»"
''', FY)
P("legacy_wandb_chart_values_bucket_url_with_creds_comment_kept", "HC_WV", '''
# If using S3 be sure the pod has valid IAM creds, if using minio
# you can include the creds in the bucket url, i.e.
# s3://$ACCESS_KEY_ID:$SECRET_KEY@$HOST/$BUCKET?tls=true
bucket: s3://«P:low:8»:«S:an:40»@minio.example.com/wandb?tls=true
bucketRegion: us-east-1
''')
P("legacy_wandb_chart_values_mysql_block_managed_false", "HC_WV", '''
mysql:
  # Set this to false if you want to bring your own mysql
  managed: false
  host: 10.«N:0:255».«N:0:255».«N:1:250»
  user: wandb
  password: «S:pwu:21»
  database: wandb_local
''')
P("legacy_wandb_chart_values_sso_client_secret_set", "HC_WV", '''
sso:
  enabled: true
  autoProvision: true
  issuer: https://sso.example.com/realms/ml
  method: pkce
  clientId: wandb-server
  # Optional, only if your IDP requires it
  clientSecret: «S:an:32»
''', Q)
P("legacy_wandb_chart_values_smtp_server_url_password", "HC_WV", '''
# We use sendgrid.com by default to send emails, but you can specify your own smtp server
smtpServer: smtps://wandb-mail:«S:pwu:20»@smtp.example.com:465
# when setting up an ingress, set this to http://wandb.example.com or https://wandb.example.com
host: https://wandb.example.com
''')
P("legacy_wandb_chart_values_license_and_extraenv_secret_value", "HC_WV", '''
license: «JWT»
enableAdminApi: true
extraEnv:
  - name: AWS_SECRET_ACCESS_KEY
    value: «S:b64:40»
''')
P("legacy_values_redis_url_with_password_and_params", "HC_WV", '''
# If using an external Redis instance
redis: redis://:«S:pwu:26»@wandb-cache.example.com:6379?tls=true&ttlInSeconds=604800
existingClaim:
''', FY)
P("launch_agent_values_api_key_inline", "HC_LAUNCH", '''
agent:
  # W&B API key to be used by the agent
  apiKey: "«S:hex:40»"
  image: wandb/launch-agent:latest
  imagePullPolicy: Always
namespace: wandb-launch
baseUrl: https://wandb.example.com
''')
P("launch_agent_values_git_creds_and_api_key_crlf", "HC_LAUNCH", '''
agent:
  apiKey: local-«S:hex:40»
gitCreds: |
  https://launch-bot:«S:an:36»@git.example.com
azureStorageAccessKey: ""
''', CR)
P("mysql_exporter_values_datasource_password", "HC_MYX", '''
mysql:
  db: ""
  host: "wandb-mysql.wandb.svc.cluster.local"
  param: ""
  pass: "«S:pw:18»"
  port: 3306
  protocol: ""
  user: "exporter"
''')
P("redis_exporter_values_redis_address_password", "HC_RDX", '''
redisAddress: rediss://wandb-redis.example.internal:6380
auth:
  enabled: true
  secret:
    name: ""
    key: ""
  redisPassword: "«S:pwu:28»"
''')
# --- dependency charts ------------------------------------------------------------
P("bitnami_mysql_values_auth_three_passwords", "BN_MYSQL", '''
auth:
  rootPassword: "«S:pw:16»"
  createDatabase: true
  database: "wandb_local"
  username: "wandb"
  password: "«S:pw:17»"
  replicationUser: replicator
  replicationPassword: "«S:pw:19»"
''', FY)
P("bitnami_redis_values_auth_password_sentinel_true", "BN_REDIS", '''
auth:
  enabled: true
  sentinel: true
  password: "«S:pwu:22»"
  existingSecret: ""
  existingSecretPasswordKey: ""
''')
P("minio_chart_values_root_and_users_list", "MINIO_CHART", '''
rootUser: "wandbadmin"
rootPassword: "«S:pw:24»"
users:
  - accessKey: wandb-app
    secretKey: «S:an:40»
    policy: readwrite
buckets:
  - name: wandb
''')
P("oauth2_proxy_values_client_and_cookie_secret", "O2P", '''
config:
  clientID: "wandb-«P:lan:6»"
  clientSecret: "«S:an:34»"
  cookieSecret: "«S:b64u:32»"
  configFile: |-
    email_domains = [ "example.com" ]
    upstreams = [ "http://wandb.wandb.svc:8080" ]
''')
P("certmanager_route53_issuer_secret_key_inline_quoted_issue", "CERTMGR", '''
      solvers:
      - dns01:
          route53:
            region: us-east-1
            accessKeyID: «P:akid»
            secretAccessKeySecretRef:
              name: ""
            # tried this first, works:
            secretAccessKey: «S:b64:40»
''', Q)
P("external_dns_values_aws_credentials_ini_block", "EXTDNS", '''
provider: aws
aws:
  credentials:
    secretKey: "«S:b64:40»"
    accessKey: "«P:akid»"
    mountPath: "/.aws"
  region: us-west-2
''')
P("keycloak_values_admin_password_and_db_password", "KEYCLOAK", '''
auth:
  adminUser: admin
  adminPassword: "«S:pw:18»"
postgresql:
  enabled: true
  auth:
    password: "«S:pw:20»"
    database: bitnami_keycloak
''')
# --- docker-compose ---------------------------------------------------------------
P("compose_wandb_local_env_list_mysql_dsn_and_license", "COMPOSE", '''
services:
  wandb:
    image: wandb/local:0.«N:40:70».«N:0:5»
    environment:
      - HOST=https://wandb.example.com
      - LICENSE=«JWT»
      - MYSQL=mysql://wandb:«S:pwu:20»@db:3306/wandb_local
''')
P("compose_wandb_local_env_mapping_bucket_with_keys", "COMPOSE", '''
    environment:
      HOST: "http://10.«N:0:255».«N:0:255».«N:1:250»:8080"
      BUCKET: "s3://«P:akid»:«S:an:40»@minio:9000/wandb"
      BUCKET_QUEUE: "internal://"
      AWS_REGION: "us-east-1"
''', FY)
P("compose_mysql_service_env_and_healthcheck_p_flag", "MYSQL_IMG", '''
  db:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: «S:pw:18:root»
      MYSQL_DATABASE: wandb_local
      MYSQL_USER: wandb
      MYSQL_PASSWORD: «S:pw:18»
    healthcheck:
      test: ["CMD", "mysqladmin", "ping", "-h", "localhost", "-uroot", "-p«=root»"]
''')
P("compose_minio_service_root_password_and_mc_entrypoint", "MINIO_ENV", '''
  minio:
    image: minio/minio
    environment:
      MINIO_ROOT_USER: wandbminio
      MINIO_ROOT_PASSWORD: «S:pwu:24:mp»
  createbuckets:
    entrypoint: >
      /bin/sh -c "mc alias set local http://minio:9000 wandbminio «=mp»;
      mc mb -p local/wandb; exit 0;"
''')
P("compose_redis_command_requirepass_and_wandb_redis_url", "REDIS_CONF", '''
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "«S:pwu:22:rp»", "--appendonly", "yes"]
  wandb:
    environment:
      - REDIS=redis://:«=rp»@redis:6379
''')
P("compose_crlf_windows_checkout_env_list_smtp", "SMTP", '''
version: "3.8"
services:
  wandb:
    environment:
      - SMTP=smtps://wandb@example.com:«S:pwu:19»@smtp.example.com:465
      - GORILLA_EMAIL_SINK=smtps://wandb@example.com:«S:pwu:19»@smtp.example.com:465
''', CR)
P("compose_oidc_env_block_in_issue_quote", "OIDC", '''
      OIDC_ISSUER: https://login.example.com/«P:uuid»/v2.0
      OIDC_CLIENT_ID: «P:uuid»
      OIDC_SECRET: «S:an:40»
      OIDC_AUTH_METHOD: implicit
''', FY, Q)
P("compose_env_file_reference_plus_inline_override_api_key", "SDK_ENV", '''
  trainer:
    build: .
    env_file: .env
    environment:
      WANDB_BASE_URL: https://wandb.example.com
      WANDB_API_KEY: local-«S:hex:40»
      WANDB_PROJECT: detector
''')
P("compose_config_rendered_after_interpolation_license", "COMPOSE", '''
name: wandb
services:
  wandb:
    environment:
      HOST: https://wandb.example.com
      LICENSE: «JWT»
    image: wandb/local:latest
''')
P("compose_clickhouse_service_password_env_and_weave_dsn", "HC_CH", '''
  clickhouse:
    image: clickhouse/clickhouse-server:24.8
    environment:
      CLICKHOUSE_USER: weave
      CLICKHOUSE_PASSWORD: «S:pw:20:chp»
  weave:
    environment:
      WF_CLICKHOUSE_PASS: «=chp»
''')
# --- terraform ------------------------------------------------------------------
P("tfvars_operator_migration_license_and_db_password", "TF_AWS", '''
namespace     = "wandb-«P:low:5»"
domain_name   = "example.com"
subdomain     = "wandb"
wandb_license = "«JWT»"
database_master_password = "«S:pw:22»"
size          = "small"
''', FH)
P("tfvars_other_wandb_env_map_with_smtp_and_oidc", "TF_AWS", '''
other_wandb_env = {
  "GORILLA_EMAIL_SINK" = "smtp://apikey:«S:pwu:24»@smtp.example.com:587"
  "OIDC_SECRET"        = "«S:an:40»"
  "GORILLA_DISABLE_CODE_SAVING" = "false"
}
''')
P("tfvars_gcp_database_object_password", "TF_GCP", '''
database = {
  name     = "wandb"
  user     = "wandb"
  password = "«S:pw:20»"
  database = "wandb_local"
  host     = "10.«N:0:255».0.«N:2:250»"
  port     = 3306
}
''')
P("tfvars_gcp_redis_object_with_ca_and_password", "TF_GCP", '''
redis = {
  user     = ""
  password = "«S:b64u:36»"
  host     = "10.«N:0:255».«N:0:255».4"
  port     = 6378
  caCert   = file("server-ca.pem")
  params   = {}
}
''')
P("tfvars_azure_license_and_storage_key", "TF_AZ", '''
namespace       = "wandb"
location        = "westeurope"
wandb_license   = "«JWT»"
storage_account_key = "«S:b64:86»=="
''')
P("tf_state_show_db_instance_password_line", "TF_STATE", '''
# module.wandb.module.database.aws_rds_cluster.this:
resource "aws_rds_cluster" "this" {
    master_username                     = "wandb"
    master_password                     = "«S:pw:24»"
    port                                = 3306
    storage_encrypted                   = true
''')
P("tfstate_json_attributes_master_password", "TF_STATE", '''
          "attributes": {
            "master_password": "«S:pw:23»",
            "master_user_secret": [],
            "master_username": "wandb",
            "network_type": "IPV4",
''')
P("tf_log_debug_http_request_body_license_var", "TF_LOG", '''
«TS:iso» [DEBUG] provider.terraform-provider-helm_v2.12.1_x5: 2024/01/02 [DEBUG] Values for release wandb:
global:
  license: «JWT»
  mysql:
    password: «S:pwu:20»
''')
P("tf_var_env_export_in_runbook_history", "TF_VARS", '''
export TF_VAR_wandb_license='«JWT»'
export TF_VAR_database_password='«S:pw:20»'
terraform plan -var-file=prod.tfvars
''', H)
P("terraform_console_nonsensitive_output_echo", "TF_PLAN", '''
> nonsensitive(module.wandb.database_password)
"«S:pw:22»"
> module.wandb.url
"https://wandb.example.com"
''')
P("tf_helm_release_set_block_license_value", "TF_AWS", '''
  set {
    name  = "global.license"
    value = "«JWT»"
  }
  set_sensitive {
    name  = "global.mysql.password"
    value = "«S:pw:21»"
  }
''')
# --- operator CR / GitOps ----------------------------------------------------------
P("wandb_cr_v1_spec_values_global_license_fenced", "OP_CR1", '''
apiVersion: apps.wandb.com/v1
kind: WeightsAndBiases
metadata:
  name: wandb
spec:
  values:
    global:
      license: «JWT»
      bucket:
        secretKey: «S:b64:40»
''', FY)
P("wandb_cr_v1_values_mysql_and_redis_passwords", "OP_CR1", '''
  values:
    global:
      host: https://wandb.example.com
      mysql:
        password: «S:pw:19»
      redis:
        password: «S:pwu:25»
''')
P("wandb_cr_v2_managed_mysql_root_password_field", "OP_CR", '''
spec:
  size: dev
  mysql:
    managedMysql:
      storageSize: 5Gi
      rootPassword: «S:pw:20»
  redis:
    managedRedis:
      storageSize: 1Gi
''')
P("argocd_application_helm_values_string_license", "ARGO", '''
  source:
    chart: operator-wandb
    repoURL: https://charts.wandb.ai
    helm:
      values: |
        global:
          license: «JWT»
          mysql: { host: db.example.internal, password: «S:pwu:20» }
''')
P("argocd_helm_parameters_list_global_license", "ARGO", '''
    helm:
      parameters:
        - name: global.license
          value: «JWT»
        - name: global.redis.password
          value: «S:pwu:24»
''')
P("flux_helmrelease_values_oidc_secret_and_smtp", "FLUX", '''
spec:
  chart:
    spec:
      chart: operator-wandb
  values:
    global:
      auth:
        oidc: {clientId: «P:uuid», secret: «S:an:40», issuer: "https://login.example.com/"}
''')
P("ansible_helm_task_values_license_and_db", "ANSIBLE", '''
- name: Deploy W&B
  kubernetes.core.helm:
    name: wandb
    chart_ref: wandb/operator-wandb
    values:
      global:
        license: "«JWT»"
        mysql: {password: "«S:pw:19»"}
''')
P("pulumi_stack_config_plain_not_secure", "PULUMI", '''
config:
  aws:region: us-east-1
  wandb:license: «JWT»
  wandb:dbPassword: «S:pw:20»
  wandb:apiKey:
    secure: AAABAG«P:b64:40»
''')
# --- .env examples and settings ------------------------------------------------
P("dotenv_example_filled_wandb_server_block_with_comments", "DOTENV", '''
# --- W&B Server -------------------------------------------
HOST=https://wandb.example.com
LICENSE=«JWT»
MYSQL=mysql://wandb:«S:pwu:22»@10.«N:0:255».«N:0:255».«N:1:250»:3306/wandb_local
BUCKET=s3://wandb-«P:lan:6»
REDIS=redis://:«S:pwu:20»@10.«N:0:255».«N:0:255».«N:1:250»:6379
''')
P("dotenv_japanese_comments_api_key_and_base_url", "SDK_ENV", '''
# W&B の設定（社内サーバー）
WANDB_BASE_URL=https://wandb.example.com
# APIキー: ユーザー設定ページから取得
WANDB_API_KEY=local-«S:hex:40»
WANDB_ENTITY=ml-team
''')
P("dotenv_german_comments_password_with_umlaut", "DOTENV", '''
# Datenbank-Zugang (nicht einchecken!)
MYSQL_USER=wandb
MYSQL_PASSWORD=«S:pwi:18»
# Objektspeicher
BUCKET=s3://wandb-daten
''')
P("dotenv_chinese_comment_fullwidth_and_secret_key", "DOTENV", '''
# 对象存储密钥（请勿泄露）
AWS_ACCESS_KEY_ID=«P:akid»
AWS_SECRET_ACCESS_KEY=«S:b64:40»
# 区域：us-east-1
AWS_REGION=us-east-1
''')
P("dotenv_export_prefixed_quoted_single_double_mix", "DOTENV", '''
export WANDB_API_KEY="«S:hex:40»"
export OIDC_SECRET='«S:an:38»'
export WANDB_MODE=online
''')
P("dotenv_crlf_windows_saved_smtp_and_slack", "DOTENV", '''
GORILLA_EMAIL_SINK=smtp://apikey:«S:pwu:24»@smtp.example.com:587
SLACK_CLIENT_ID=«P:dig:12».«P:dig:13»
SLACK_SECRET=«S:hex:32»
''', CR)
P("dotenv_inline_comment_after_value_hash", "DOTENV", '''
MYSQL_ROOT_PASSWORD=«S:pw:18» # set by ops, rotate quarterly
MINIO_ROOT_PASSWORD=«S:pwu:22»  # minio console
''')
P("dotenv_multiline_double_quoted_gcs_key_json", "GCP_SA", '''
GOOGLE_SERVICE_ACCOUNT_JSON="{
  \\"type\\": \\"service_account\\",
  \\"private_key_id\\": \\"«S:hex:40»\\",
  \\"client_email\\": \\"wandb@«P:low:8»-«P:dig:6».iam.gserviceaccount.com\\"
}"
''')
P("wandb_settings_ini_french_comment_base_url_and_key", "SDK_SETTINGS", '''
[default]
; serveur interne de l'équipe
base_url = https://wandb.example.com
api_key = local-«S:hex:40»
entity = équipe-vision
''')
P("netrc_pasted_in_issue_fenced_two_hosts", "NETRC", '''
machine api.wandb.ai
  login user
  password «S:hex:40»
machine wandb.example.com
  login user
  password local-«S:hex:40»
''', FS)
P("vscode_launch_json_env_block_api_key", "VSCODE", '''
      "env": {
        "WANDB_BASE_URL": "https://wandb.example.com",
        "WANDB_API_KEY": "«S:hex:40»",
        "CUDA_VISIBLE_DEVICES": "0"
      },
''')
P("pycharm_workspace_xml_env_entry_api_key", "PYCHARM", '''
      <envs>
        <env name="PYTHONUNBUFFERED" value="1" />
        <env name="WANDB_API_KEY" value="«S:hex:40»" />
        <env name="WANDB_BASE_URL" value="https://wandb.example.com" />
      </envs>
''')
P("notebook_json_cell_source_wandb_login_key", "NBFORMAT", '''
   "source": [
    "import wandb\\n",
    "wandb.login(host=\\"https://wandb.example.com\\", key=\\"local-«S:hex:40»\\")\\n",
    "run = wandb.init(project=\\"eval\\")"
   ]
''')
P("notebook_stream_output_env_print_with_key", "NBFORMAT", '''
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "WANDB_BASE_URL=https://wandb.example.com\\n",
      "WANDB_API_KEY=«S:hex:40»\\n"
     ]
''')
P("aws_credentials_file_profile_pasted_crlf", "AWS_CLI", '''
[wandb-bucket]
aws_access_key_id = «P:akid»
aws_secret_access_key = «S:b64:40»
region = us-east-1
''', CR)
P("azure_storage_connection_string_env_line", "AZ_CONN", '''
AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=wandb«P:lan:6»;AccountKey=«S:b64:86»==;EndpointSuffix=core.windows.net"
''')
P("gcp_service_account_json_private_key_line_wrapped_pem", "GCP_SA", '''
{
  "type": "service_account",
  "project_id": "wandb-«P:lan:6»",
  "private_key_id": "«S:hex:40»",
  "private_key": "-----BEGIN PRIVATE KEY-----\\n«S:b64:64»\\n«S:b64:64»\\n-----END PRIVATE KEY-----\\n",
''')
P("docker_config_json_auths_registry_auth_b64", "DOCKERCFG", '''
{
  "auths": {
    "registry.example.com": {
      "auth": "«D:pw:22:dk»«BASIC:robot$wandb-pull:dk»"
    }
  }
}
''')
P("pip_conf_index_url_with_token_userinfo", "PIP", '''
[global]
index-url = https://__token__:«S:an:32»@pypi.example.com/simple/
trusted-host = pypi.example.com
''')
P("systemd_unit_environment_line_wandb_key", "SYSTEMD", '''
[Service]
Environment="WANDB_BASE_URL=https://wandb.example.com"
Environment="WANDB_API_KEY=«S:hex:40»"
ExecStart=/opt/venv/bin/wandb agent ml-team/sweeps/«P:lan:8»
''')
P("kubeconfig_user_token_field_pasted", "KCONF", '''
users:
- name: wandb-admin
  user:
    token: «JWT»
contexts:
- context: {cluster: wandb-eks, user: wandb-admin}
''')
P("sentry_dsn_with_secret_old_style_env", "SENTRY", '''
GORILLA_SENTRY_DSN=https://«P:hex:32»:«S:hex:32»@sentry.example.com/«N:2:90»
GORILLA_SENTRY_ENVIRONMENT=onprem
''')
# --- helm / kubectl output pasted ------------------------------------------------
P("helm_install_debug_user_supplied_values_license", "HELM_DEBUG", '''
install.go:218: [debug] Original chart version: ""
install.go:235: [debug] CHART PATH: /home/ops/.cache/helm/repository/operator-wandb-0.«N:10:40».«N:0:9».tgz

NAME: wandb
USER-SUPPLIED VALUES:
global:
  license: «JWT»
  mysql:
    password: «S:pw:19»
''')
P("helm_install_debug_computed_values_bucket_secret", "HELM_DEBUG", '''
COMPUTED VALUES:
global:
  bucket:
    accessKey: «P:akid»
    name: wandb-«P:lan:6»
    provider: s3
    secretKey: «S:b64:40»
''')
P("helm_dry_run_manifest_secret_stringdata_mysql", "HELM_DEBUG", '''
---
# Source: operator-wandb/templates/secret.yaml
apiVersion: v1
kind: Secret
metadata:
  name: wandb-mysql
type: Opaque
stringData:
  MYSQL_PASSWORD: "«S:pw:20»"
''')
P("helm_template_manifest_secret_data_b64_license", "HELM_DEBUG", '''
# Source: wandb/templates/secret.yaml
apiVersion: v1
kind: Secret
metadata:
  name: wandb
data:
  LICENSE: «D:an:48:lic»«E:b64:lic»
  MYSQL_PASSWORD: «D:pw:18:mp»«E:b64:mp»
''')
P("helm_set_flags_multiline_backslash_in_readme_paste", "HELM_SET", '''
helm upgrade --install wandb wandb/operator-wandb \\
  --namespace wandb \\
  --set global.license=«JWT» \\
  --set global.mysql.password='«S:pw:20»' \\
  --set global.host=https://wandb.example.com
''', FB)
P("helm_get_values_all_yaml_smtp_and_oidc", "HELM_DEBUG", '''
USER-SUPPLIED VALUES:
global:
  auth:
    oidc:
      clientId: «P:uuid»
      secret: «S:an:40»
  email:
    smtp:
      password: «S:pwu:22»
''')
P("kubectl_describe_pod_env_literal_mysql_and_license", "KDESC", '''
    Environment:
      HOST:                https://wandb.example.com
      LICENSE:             «JWT»
      MYSQL:               mysql://wandb:«S:pwu:21»@wandb-mysql:3306/wandb_local
      BUCKET:              <set to the key 'BUCKET' in secret 'wandb-bucket'>  Optional: false
''')
P("kubectl_describe_pod_env_wrapped_at_terminal_width", "KDESC", '''
    Environment:
      GORILLA_EMAIL_SINK:  smtp://apikey:«S:pwu:30»@smtp.example.com:587
      OIDC_SECRET:         «S:an:48»
''', mk_wrap(52, 66))
P("kubectl_get_secret_yaml_data_block_in_issue", "KSECRET", '''
apiVersion: v1
data:
  ACCESS_KEY: «P:b64pad:15»
  SECRET_KEY: «D:an:40:sk»«E:b64:sk»
kind: Secret
metadata:
  name: wandb-bucket
''', FY)
P("kubectl_create_secret_from_literal_history", "KSECRET", '''
kubectl -n wandb create secret generic wandb-mysql --from-literal=MYSQL_PASSWORD='«S:pw:20»'
kubectl -n wandb create secret generic wandb-license --from-literal=license=«JWT»
kubectl -n wandb get secret
''', H)
P("kubectl_get_secret_jsonpath_decoded_echo", "KSECRET", '''
$ kubectl get secret wandb-redis -o jsonpath='{.data.password}' | base64 -d
«S:pwu:24»$ kubectl get secret wandb-oidc -o jsonpath='{.data.OIDC_SECRET}'
«D:an:40:oi»«E:b64:oi»$
''')
P("kubectl_get_wandb_cr_yaml_status_and_values", "KGET", '''
$ kubectl get wandb wandb -o yaml
spec:
  values:
    global:
      license: «JWT»
      slack:
        secret: «S:hex:32»
status:
  phase: Completed
''', FC)
P("kubectl_logs_operator_json_values_diff_escaped_yaml", "JSONLOG", '''
{"level":"info","ts":"«TS:iso»","logger":"controller","msg":"applying values","diff":"global:\\n  license: «JWT»\\n  redis:\\n    password: «S:pwu:20»\\n"}
''')
P("kubectl_events_failed_exec_probe_with_redis_cli_a", "K8S_EVENTS", '''
LAST SEEN   TYPE      REASON      OBJECT              MESSAGE
«N:2:59»s         Warning   Unhealthy   pod/wandb-redis-0   Liveness probe failed: redis-cli -a «S:pwu:22» ping: Warning: Using a password with '-a' option may not be safe
''')
P("kustomize_secret_generator_literals_pasted", "KUSTOMIZE", '''
secretGenerator:
- name: wandb-secrets
  literals:
  - LICENSE=«JWT»
  - MYSQL_PASSWORD=«S:pw:19»
  - OIDC_SECRET=«S:an:40»
''')
# --- logs pasted into issues ---------------------------------------------------------
P("docker_logs_wandb_local_loading_settings_mysql_dsn_echo", "SRV39", '''
*** Running /etc/my_init.d/02_load-settings.sh...
*** Loading settings...
«TS:go» Using MYSQL=mysql://wandb:«S:pwu:20»@10.«N:0:255».«N:0:255».«N:1:250»:3306/wandb_local
*** Booting runit daemon...
''')
P("docker_logs_wandb_local_bucket_configured_with_creds", "SRV104", '''
*** Configuring minio...
Bucket created successfully `local/local-files`.
«TS:go» configured external bucket s3://«P:akid»:«S:an:40»@minio.example.com:9000/wandb
*** Migrating database...
''')
P("docker_run_command_in_issue_with_env_flags", "SRV39", '''
I used the command `docker run --rm -d -p 8080:8080 -e LICENSE=«JWT» -e MYSQL=mysql://wandb:«S:pwu:20»@db.example.com/wandb_local -v wandb:/vol --name wandb-local wandb/local`
''')
P("migrate_panic_dsn_in_go_error_string", "SRV104", '''
*** Migrating database...
panic: Error 1045 (28000): Access denied for user 'wandb'@'10.«N:0:255».«N:0:255».«N:1:250»' (dsn "wandb:«S:pwu:20»@tcp(db.example.com:3306)/wandb_local?tls=preferred")

goroutine 1 [running]:
github.com/wandb/core/services/gorilla/cmd.(*migrateCommander).MainCmd(0xc000efa950, {0xc000f3a220, 0x2, 0x2})
''')
P("mysql_log_cat_from_container_init_password_note", "SRV123", '''
«TS:isons» 6 [Note] [MY-010454] [Server] A temporary password is generated for root@localhost: «S:pw:12»
«TS:isons» 0 [System] [MY-013170] [Server] /usr/sbin/mysqld (mysqld 8.0.«N:30:40») initializing of server has completed
''')
P("wandb_server_start_output_pasted_with_key_prompt", "SRV86", '''
wandb: You can find your API key in your browser here: http://localhost:8080/authorize
wandb: Paste an API key from your profile and hit enter, or press ctrl+c to quit: local-«S:hex:40»
wandb: Appending key for localhost:8080 to your netrc file: /home/user/.netrc
''')
P("sdk_traceback_source_line_login_key_literal", "PYTB", '''
Traceback (most recent call last):
  File "/home/user/train.py", line «N:5:40», in <module>
    wandb.login(key="«S:hex:40»", host="https://wandb.example.com")
  File "/opt/conda/lib/python3.10/site-packages/wandb/sdk/wandb_login.py", line 81, in login
    return _login(**kwargs)
wandb.errors.errors.AuthenticationError: API key verification failed for host https://wandb.example.com.
''')
P("sdk_traceback_os_environ_assignment_source_line", "PYTB", '''
  File "C:\\Users\\mlops\\projects\\det\\run.py", line 12, in <module>
    os.environ["WANDB_API_KEY"] = "local-«S:hex:40»"
''')
P("sdk_debug_log_settings_dump_api_key_field", "SDK_LOGIN", '''
«TS:py» INFO    MainThread:«N:1000:99999» [wandb_setup.py:_flush():76] Loading settings from environment variables: {'api_key': '«S:hex:40»', 'base_url': 'https://wandb.example.com'}
''')
P("wandb_verify_output_pasted_with_env_echo", "SDK_LOGIN", '''
$ env | grep WANDB
WANDB_BASE_URL=https://wandb.example.com
WANDB_API_KEY=local-«S:hex:40»
$ wandb verify
Default host selected:  https://wandb.example.com
''', FC)
P("gorilla_startup_logfmt_smtp_sink_pasted", "DOCS_ENV", '''
time="«TS:s»" level=info msg="email sink configured" sink="smtp://apikey:«S:pwu:24»@smtp.example.com:587"
time="«TS:s»" level=info msg="listening" addr=":8081"
''')
# --- CI job logs ------------------------------------------------------------------
P("gitlab_ci_debug_trace_export_wandb_key", "GITLAB", '''
$ export WANDB_BASE_URL=https://wandb.example.com
++ export WANDB_API_KEY=«S:hex:40:x»
++ WANDB_API_KEY=«=x»
$ python train.py --epochs 3
''')
P("jenkins_console_sh_helm_upgrade_set_license", "JENKINS", '''
[Pipeline] sh
+ helm upgrade --install wandb wandb/operator-wandb -n wandb --set global.license=«JWT» --set global.mysql.password=«S:pwu:20»
Release "wandb" has been upgraded. Happy Helming!
''')
P("gha_log_timestamped_run_step_with_inline_key", "GHA", '''
«TS:isons» ##[group]Run wandb login --host https://wandb.example.com «S:hex:40:k»
«TS:isons» wandb login --host https://wandb.example.com «=k»
«TS:isons» shell: /usr/bin/bash -e {0}
«TS:isons» ##[endgroup]
''')
P("gha_log_docker_run_env_flags_mysql_root", "GHA", '''
«TS:isons» ##[group]Run docker run -d --name db -e MYSQL_ROOT_PASSWORD=«S:pw:18:p» mysql:8.0
«TS:isons» docker run -d --name db -e MYSQL_ROOT_PASSWORD=«=p» mysql:8.0
«TS:isons» ##[endgroup]
''')
P("setx_trace_export_license_and_mysql_from_script", "SETX", '''
+ export LICENSE=«JWT:lic»
+ LICENSE=«=lic»
+ export MYSQL=mysql://wandb:«S:pwu:20»@db:3306/wandb_local
+ docker compose up -d
''')
P("setx_trace_nested_plus_curl_basic_user", "SETX", '''
++ cat /run/secrets/api_key
+ WANDB_API_KEY=«S:hex:40:k»
+ curl -sS -u api:«=k» https://wandb.example.com/api/v1/viewer
''')
P("setx_trace_aws_s3_cp_with_inline_env", "SETX", '''
+ AWS_ACCESS_KEY_ID=«P:akid»
+ AWS_SECRET_ACCESS_KEY=«S:b64:40»
+ aws s3 cp bundle.tgz s3://wandb-support-uploads/ --endpoint-url https://s3.example.com
''')
# --- shell history ------------------------------------------------------------------
P("history_numbered_mysql_client_p_flag_and_dump", "BASH_HIST", '''
mysql -h db.example.com -u wandb -p'«S:pw:18»' wandb_local -e 'select count(*) from users'
mysqldump -h db.example.com -u root --password=«S:pw:20» --single-transaction wandb_local > dump.sql
ls -lh dump.sql
''', H)
P("history_timestamped_redis_cli_uri_password", "REDIS_CLI", '''
redis-cli -u redis://default:«S:pwu:24»@wandb-redis.example.com:6379 info keyspace
redis-cli -h 10.«N:0:255».«N:0:255».«N:1:250» -a «S:pwu:22» --no-auth-warning ping
''', HT)
P("history_wandb_login_relogin_key_argument", "SDK_LOGIN", '''
pip install -U wandb
wandb login --relogin --host=https://wandb.example.com local-«S:hex:40»
wandb sync ./wandb/offline-run-«TS:date»
''', H)
P("history_mc_alias_set_minio_secret", "MINIO_ENV", '''
mc alias set wandbminio https://minio.example.com wandbadmin «S:pwu:26»
mc ls wandbminio/wandb
''', H)
P("history_docker_login_p_flag_registry", "DOCKERCFG", '''
docker login registry.example.com -u deploy -p «S:an:32»
docker pull registry.example.com/wandb/local:0.«N:50:70».0
''', H)
P("history_fenced_in_issue_helm_set_oidc_secret", "BASH_HIST", '''
helm repo add wandb https://charts.wandb.ai
helm upgrade --install wandb wandb/operator-wandb --set global.auth.oidc.secret=«S:an:40» --set global.auth.oidc.clientId=«P:uuid»
''', H, FC)
# --- tmux / script captures --------------------------------------------------------
P("tmux_capture_pane_escaped_prompt_export_key", "TMUX", '''
\x1b[1;32mops@bastion\x1b[0m:\x1b[1;34m~/wandb\x1b[0m$ export WANDB_API_KEY=«S:hex:40»
\x1b[1;32mops@bastion\x1b[0m:\x1b[1;34m~/wandb\x1b[0m$ wandb status
''')
P("script_typescript_bracketed_paste_mysql_password", "SCRIPT", '''
Script started on «TS:s» [TERM="xterm-256color" TTY="/dev/pts/2" COLUMNS="120" LINES="40"]
\x1b[?2004hroot@db-0:/# mysql -uroot -p«S:pw:18»\r
\x1b[?2004l\rmysql: [Warning] Using a password on the command line interface can be insecure.\r
''')
P("tmux_capture_colored_kubectl_secret_decode", "TMUX", '''
\x1b[32m❯\x1b[0m kubectl get secret wandb-mysql -o go-template='{{.data.MYSQL_PASSWORD|base64decode}}'
«S:pw:20»\x1b[7m%\x1b[27m
\x1b[32m❯\x1b[0m
''')
P("script_capture_crlf_helm_values_cat", "SCRIPT", '''
$ cat values.yaml
global:
  license: «JWT»
  redis:
    password: «S:pwu:20»
''', CR)
# --- Windows / PowerShell ----------------------------------------------------------
P("powershell_env_assign_api_key_and_base_url", "PWSH", '''
PS C:\\Users\\mlops\\src> $env:WANDB_BASE_URL = "https://wandb.example.com"
PS C:\\Users\\mlops\\src> $env:WANDB_API_KEY = "«S:hex:40»"
PS C:\\Users\\mlops\\src> python .\\train.py
''')
P("cmd_set_api_key_then_wandb_login", "CMDSET", '''
C:\\Users\\mlops>set WANDB_API_KEY=local-«S:hex:40»

C:\\Users\\mlops>wandb login --host https://wandb.example.com
''', CR)
P("windows_json_doubled_backslash_paths_with_key", "MSYS", '''
{
  "program": "C:\\\\Users\\\\mlops\\\\src\\\\train.py",
  "cwd": "D:\\\\data\\\\runs",
  "env": {"WANDB_API_KEY": "«S:hex:40»", "WANDB_DIR": "D:\\\\wandb"}
}
''')
P("powershell_setx_persisted_oidc_secret", "PWSH", '''
PS C:\\> setx OIDC_SECRET "«S:an:40»"

SUCCESS: Specified value was saved.
''')
P("wsl_path_dotenv_cat_mixed_crlf", "WSL", '''
$ cat /mnt/c/Users/mlops/wandb/.env
WANDB_API_KEY=«S:hex:40»
MYSQL_PASSWORD=«S:pw:18»
''', CR)
# --- markdown / forum / HTML ----------------------------------------------------------
P("forum_html_escaped_values_yaml_quotes", "DISCOURSE", '''
global:
  license: "«JWT»"
  mysql:
    password: "«S:pw:19»"
    host: "db.example.com"
''', HTML)
P("forum_html_escaped_docker_compose_env_and_lt_gt", "DISCOURSE", '''
      - MYSQL=mysql://wandb:«S:pwu:20»@db:3306/wandb_local  # <-- "works" now
      - REDIS=redis://:«S:pwu:22»@redis:6379
''', HTML)
P("forum_nested_quote_reply_with_env_line", "DISCOURSE", '''
I set it like this:
    OIDC_SECRET=«S:an:40»
and the login page still loops.
''', Q2)
P("issue_quote_marker_helm_values_with_code_fence_inside", "GFM", '''
```yaml
global:
  bucket:
    secretKey: «S:b64:40»
    accessKey: «P:akid»
```
''', Q)
P("issue_body_inline_code_span_license_sentence", "GFM", '''
I put `LICENSE=«JWT»` into the env and the admin page still says "no license".
''')
P("html_pre_block_scraped_issue_with_amp_in_url", "DISCOURSE", '''
<pre><code class="lang-yaml">bucket: s3://«P:akid»:«S:an:40»@minio.example.com/wandb?tls=true&amp;region=us-east-1
</code></pre>
''')
# --- wrapped / split / capped ---------------------------------------------------------
P("license_jwt_hard_wrapped_in_email_quote", "GFM", '''
LICENSE=«JWT»
''', mk_wrap(60, 76), Q)
P("terminal_wrapped_helm_set_line_80_cols", "HELM_SET", '''
helm upgrade wandb wandb/operator-wandb --set global.bucket.secretKey=«S:b64:40» --set global.bucket.accessKey=«P:akid» --set global.redis.password=«S:pwu:30»
''', mk_wrap(70, 90))
P("log_line_capped_mid_license_by_collector", "JSONLOG", '''
{"level":"debug","ts":"«TS:iso»","msg":"env","LICENSE":"«JWT»","MYSQL":"mysql://wandb:«S:pwu:22»@db:3306/wandb_local"}
''', mk_cap(0, 30, 70, "…[truncated # bytes]"))
P("json_in_yaml_in_log_line_configmap_values", "JSONLOG", '''
«TS:iso» INFO reconcile values="global:\\n  extraEnv: '{\\"GORILLA_EMAIL_SINK\\":\\"smtp://apikey:«S:pwu:24»@smtp.example.com:587\\"}'\\n"
''')
P("yaml_block_scalar_holding_json_with_secret", "YAML_SPEC", '''
  config.json: |
    {"oidc": {"client_id": "«P:uuid»", "client_secret": "«S:an:40»"},
     "issuer": "https://login.example.com/"}
''')
P("doubled_backslash_escaped_json_in_log_string", "JSONLOG", '''
{"msg":"payload","body":"{\\\\\\"api_key\\\\\\":\\\\\\"«S:hex:40»\\\\\\",\\\\\\"host\\\\\\":\\\\\\"https://wandb.example.com\\\\\\"}"}
''')
P("reindented_values_under_list_item_in_runbook", "HC_OPV", '''
1. Edit values:
   ```yaml
   global:
     redis:
       password: «S:pwu:24»
     slack:
       secret: «S:hex:32»
   ```
''')
P("line_continuation_docker_run_env_flags_crlf", "SRV39", '''
docker run -d --name wandb-local ^
  -e LICENSE=«JWT» ^
  -e BUCKET=s3://«P:akid»:«S:an:40»@minio.example.com/wandb ^
  -p 8080:8080 wandb/local
''', CR)
# --- more pasted layouts ------------------------------------------------------------
P("sdk_cli_error_output_key_echoed_in_api_error", "SDK_LOGIN", '''
wandb: ERROR API key must be 40 characters long, yours was 50
wandb: ERROR Received invalid key: local-«S:hex:44»
''')
P("docker_compose_override_yaml_reindented_mysql_env", "COMPOSE", '''
    # docker-compose.override.yml
    services:
      db:
        environment:
          - MYSQL_ROOT_PASSWORD=«S:pw:18»
''', I4)
P("values_yaml_flow_mapping_redis_and_mysql_one_line", "YAML_SPEC", '''
global: {redis: {host: redis.example.internal, password: «S:pwu:22»}, mysql: {host: db.example.internal, password: «S:pwu:21»}}
''')
P("values_yaml_license_folded_block_scalar", "YAML_SPEC", '''
global:
  license: >-
    «JWT»
  host: https://wandb.example.com
''')
P("helm_values_anchor_alias_password_reused", "YAML_SPEC", '''
x-db: &dbpass "«S:pw:20»"
global:
  mysql:
    password: *dbpass
mysql-exporter:
  mysql:
    pass: *dbpass
''')
P("tfvars_heredoc_values_yaml_with_license", "TF_VARS", '''
wandb_values = <<-EOT
  global:
    license: «JWT»
    redis:
      password: «S:pwu:24»
EOT
''')
P("terraform_apply_error_with_password_in_message", "TF_PLAN", '''
╷
│ Error: creating RDS Cluster (wandb-«P:lan:5»): InvalidParameterValue: The parameter MasterUserPassword is not a valid password. Value: «S:pw:20»/@
│ 
│   with module.wandb.module.database.aws_rds_cluster.this,
╵
''')
P("kubectl_exec_env_grep_output_in_container", "KGET", '''
$ kubectl -n wandb exec deploy/wandb-app -- env | grep -E 'MYSQL|REDIS'
MYSQL=mysql://wandb:«S:pwu:22»@wandb-mysql:3306/wandb_local
REDIS=redis://:«S:pwu:23»@wandb-redis-master:6379
''')
P("kubectl_get_configmap_yaml_gorilla_env_with_dsn", "KGET", '''
apiVersion: v1
data:
  GORILLA_METADATA_STORE: mysql://wandb:«S:pwu:20»@wandb-mysql:3306/wandb_local
  GORILLA_FILE_STORE: s3://«P:akid»:«S:an:40»@minio.example.com:9000/wandb
kind: ConfigMap
''')
P("helm_notes_output_admin_password_printed", "HELM_DEBUG", '''
NOTES:
1. Get the admin password:
   Username: admin
   Password: «S:pw:20»
2. Visit https://wandb.example.com
''')
P("github_issue_body_crlf_fenced_env_from_windows", "GFM", '''
```
LICENSE=«JWT»
OIDC_SECRET=«S:an:40»
```
''', CR)
P("email_quoted_reply_double_marker_values", "DISCOURSE", '''
global:
  bucket:
    secretKey: «S:b64:40»
''', Q, Q)
P("slack_export_json_text_with_escaped_newlines", "GFM", '''
{"type": "message", "user": "U«P:HEX:10»", "ts": "«TS:epoch».«P:dig:6»", "text": "here is my env:\\n```MYSQL=mysql:\\/\\/wandb:«S:pwu:20»@db:3306\\/wandb_local\\nREDIS=redis:\\/\\/:«S:pwu:22»@redis:6379```"}
''')
P("jira_wiki_noformat_block_with_smtp_password", "GFM", '''
{noformat}
GORILLA_EMAIL_SINK=smtps://wandb:«S:pwu:24»@smtp.example.com:465
GORILLA_EMAIL_FROM=wandb@example.com
{noformat}
''')
P("launch_agent_logs_printing_git_url_with_token", "LAUNCH", '''
«TS:py» INFO  launch agent: cloning https://oauth2:«S:an:32»@git.example.com/ml/detector.git
«TS:py» INFO  launch agent: job queued on wandb-launch
''')
P("docker_inspect_env_array_pasted_in_issue", "SRV86", '''
            "Env": [
                "LICENSE=«JWT»",
                "MYSQL=mysql://wandb:«S:pwu:20»@db.example.com:3306/wandb_local",
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
            ],
''', FJ)
P("mysql_my_cnf_client_section_from_windows_ini", "MYSQL_CLI", '''
[client]
host=db.example.com
user=wandb
password="«S:pw:18»"
''', CR)
P("redis_conf_requirepass_and_masterauth_pasted", "REDIS_CONF", '''
# Require clients to issue AUTH <PASSWORD> before processing any other commands.
requirepass «S:pwu:26»
masterauth «S:pwu:26»
''')
P("minio_env_file_etc_default_minio_root", "MINIO_ENV", '''
# /etc/default/minio
MINIO_VOLUMES="/mnt/data"
MINIO_ROOT_USER=wandbadmin
MINIO_ROOT_PASSWORD=«S:pwu:28»
''')
P("powershell_kubectl_create_secret_backtick_continuation", "PWSH", '''
PS C:\\> kubectl create secret generic wandb-bucket `
>>   --from-literal=ACCESS_KEY=«P:akid» `
>>   --from-literal=SECRET_KEY=«S:b64:40»
secret/wandb-bucket created
''')
P("html_escaped_json_api_key_in_issue_scrape", "DISCOURSE", '''
{"WANDB_BASE_URL": "https://wandb.example.com", "WANDB_API_KEY": "«S:hex:40»"}
''', HTML)
P("kubectl_logs_prefixed_pod_env_dump_line", "KGET", '''
[pod/wandb-app-«P:lan:10:pod»/app] GORILLA_EMAIL_SINK=smtp://apikey:«S:pwu:24»@smtp.example.com:587
[pod/wandb-app-«=pod»/app] GORILLA_LICENSE=«JWT»
''')
# ================================================================ NEGATIVES
N("neg_operator_wandb_values_empty_passwords_and_secret_names", "HC_OPV", '''
  mysql:
    host: "wandb-mysql-«P:lan:5».example.internal"
    port: 3306
    user: "wandb"
    password: ""
    passwordSecret:
      name: "wandb-mysql-«P:lan:4»"
      passwordKey: "MYSQL_PASSWORD"
''', FY)
N("neg_values_valuefrom_secretkeyref_for_smtp_password", "HC_CH", '''
  email:
    smtp:
      password:
        valueFrom:
          secretKeyRef:
            name: "email-settings-«P:lan:6»"
            key: "password"
''')
N("neg_values_oidc_secret_pointing_to_k8s_secret", "HC_CH", '''
    oidc:
      clientId: "«P:uuid»"
      secret: ""
      issuer: "https://login.example.com/«P:uuid»/v2.0"
      oidcSecret:
        name: "wandb-oidc"
        secretKey: "OIDC_SECRET"
''')
N("neg_values_bucket_secret_key_names_only", "HC_OPV", '''
  bucket:
    secret:
      secretName: "wandb-bucket-«P:lan:5»"
      accessKeyName: "ACCESS_KEY"
      secretKeyName: "SECRET_KEY"
    kmsKey: "arn:aws:kms:us-east-1:«P:dig:12»:key/«P:uuid»"
''')
N("neg_legacy_chart_bucket_url_comment_placeholders", "HC_WV", '''
# s3://$ACCESS_KEY_ID:$SECRET_KEY@$HOST/$BUCKET?tls=true
bucket: s3://wandb-«P:lan:8»
bucketRegion: «C:us-east-1|us-west-2|eu-central-1|ap-southeast-2»
bucketKmsKeyArn: arn:aws:kms:us-east-1:«P:dig:12»:alias/wandb
''')
N("neg_legacy_chart_extraenv_commented_xxx", "HC_WV", '''
extraEnv:
# - name: AWS_SECRET_ACCESS_KEY
#   value: XXX
  - name: GORILLA_CUSTOMER_SECRET_STORE_SOURCE
    value: k8s-secretmanager://wandb-secret-«P:lan:5»
''')
N("neg_legacy_chart_ldap_bindpw_is_secret_reference", "HC_WV", '''
ldap:
  enabled: true
  host: ldaps://ldap.example.com:636
  baseDN: dc=example,dc=com
  bindDN: cn=wandb-«P:lan:4»,ou=svc,dc=example,dc=com
  # Secret name and key with LDAP password to bind with (if not using anonymous bind)
  bindPW:
    secret: ldap-bind
    key: password
''')
N("neg_launch_agent_values_api_key_empty_and_secret_name", "HC_LAUNCH", '''
agent:
  apiKey: ""
  useExternalWandbSecret: true
  image: wandb/launch-agent:0.«N:15:22».«N:0:9»
namespace: wandb-launch-«P:lan:4»
''')
N("neg_bitnami_mysql_auth_existing_secret", "BN_MYSQL", '''
auth:
  rootPassword: ""
  database: wandb_local
  username: wandb
  password: ""
  existingSecret: "mysql-credentials-«P:lan:5»"
''')
N("neg_bitnami_redis_auth_disabled", "BN_REDIS", '''
auth:
  enabled: false
  sentinel: false
  password: ""
master:
  persistence:
    size: «N:1:32»Gi
''')
N("neg_minio_chart_existing_secret_and_policy", "MINIO_CHART", '''
existingSecret: "minio-root-«P:lan:5»"
users:
  - accessKey: wandb-app
    existingSecret: minio-user-«P:lan:4»
    existingSecretKey: secretKey
    policy: readwrite
''')
N("neg_oauth2_proxy_existing_secret_and_cookie_name", "O2P", '''
config:
  existingSecret: oauth2-proxy-«P:lan:5»
  cookieName: "_oauth2_proxy_«P:lan:4»"
extraArgs:
  cookie-expire: «N:1:48»h
''')
# compose
N("neg_compose_env_interpolation_required_vars", "COMPOSE", '''
    environment:
      LICENSE: ${LICENSE:?set LICENSE in .env}
      MYSQL: mysql://wandb:${MYSQL_PASSWORD}@db:3306/wandb_local
      BUCKET: s3://wandb-«P:lan:6»
''')
N("neg_compose_secrets_files_and_password_file_env", "MYSQL_IMG", '''
    environment:
      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root_«P:lan:4:x»
secrets:
  mysql_root_«=x»:
    file: ./secrets/mysql_root.txt
''')
N("neg_compose_healthcheck_defaults_extra_file", "MYSQL_IMG", '''
    healthcheck:
      test: ["CMD", "mysqladmin", "--defaults-extra-file=/etc/mysql/healthcheck.cnf", "ping"]
      interval: «N:5:30»s
      retries: «N:3:10»
''')
N("neg_compose_image_digest_and_labels", "COMPOSE", '''
  wandb:
    image: wandb/local@sha256:«P:hex:64»
    labels:
      org.opencontainers.image.revision: «P:hex:40»
''')
N("neg_compose_redis_requirepass_from_env", "REDIS_CONF", '''
  redis:
    image: redis:7
    command: ["sh", "-c", "redis-server --requirepass \\"$$REDIS_PASSWORD\\""]
    ports: ["«N:6379:6400»:6379"]
''')
# terraform
N("neg_tfvars_license_placeholder_angle", "TF_AWS", '''
namespace     = "wandb-«P:low:5»"
domain_name   = "example.com"
wandb_license = "<your-license-here>"
zone_id       = "Z«P:HEX:20»"
''', FH)
N("neg_terraform_variable_sensitive_declaration", "TF_GCP", '''
variable "database_password" {
  description = "Password for the «C:wandb|metadata|app» database user (rds-«P:lan:4»)"
  type        = string
  sensitive   = true
}
''')
N("neg_terraform_plan_sensitive_value_markers", "TF_PLAN", '''
  # module.wandb.helm_release.operator will be updated in-place
  ~ resource "helm_release" "operator" {
        id     = "wandb-«P:lan:5»"
      ~ values = (sensitive value)
      + set_sensitive {
          + name  = "global.license"
          + value = (sensitive value)
        }
''')
N("neg_terraform_output_table_sensitive", "TF_PLAN", '''
bucket_name = "wandb-«P:lan:8»"
database_password = <sensitive>
url = "https://wandb-«P:lan:4».example.com"
''')
N("neg_tfstate_sensitive_attributes_paths_only", "TF_STATE", '''
            "sensitive_attributes": [
              [{"type": "get_attr", "value": "master_password"}],
              [{"type": "get_attr", "value": "«C:set_sensitive|values|metadata»"}]
            ],
            "id": "wandb-«P:lan:6»"
''')
N("neg_tf_var_env_export_reading_from_vault", "TF_VARS", '''
export TF_VAR_wandb_license="$(vault kv get -field=license secret/wandb/«P:lan:5»)"
export TF_VAR_database_password="$(aws secretsmanager get-secret-value --secret-id wandb-db --query SecretString --output text)"
''', H)
N("neg_tf_helm_release_set_with_var_references", "TF_AWS", '''
  set_sensitive {
    name  = "global.license"
    value = var.wandb_license
  }
  set {
    name  = "global.host"
    value = "https://${var.subdomain}.example.com"
  }
  # rev «P:hex:7»
''')
# operator CR / gitops
N("neg_wandb_cr_v2_managed_stores_sizes_only", "OP_CR", '''
spec:
  size: «C:dev|small|medium»
  mysql:
    managedMysql:
      storageSize: «N:5:200»Gi
  objectStore:
    managedObjectStore:
      replicas: «N:1:5»
''')
N("neg_wandb_cr_status_conditions_reconciled", "OP_CR1", '''
status:
  conditions:
  - lastTransitionTime: "«TS:s»"
    message: 'release wandb-«P:lan:5» deployed; values checksum sha256:«P:hex:64»'
    reason: ReconcileSuccess
    status: "True"
    type: Ready
''')
N("neg_argocd_helm_value_files_and_secret_plugin_refs", "ARGO", '''
    helm:
      valueFiles:
        - values-prod.yaml
        - secrets://values-secrets.enc.yaml
      parameters:
        - name: global.license
          value: <path:secret/data/wandb#license>
        - name: image.tag
          value: "0.«N:50:70».«N:0:9»"
''')
N("neg_flux_helmrelease_values_from_secret", "FLUX", '''
  valuesFrom:
    - kind: Secret
      name: wandb-values-«P:lan:5»
      valuesKey: values.yaml
    - kind: ConfigMap
      name: wandb-common
''')
# env / settings
N("neg_dotenv_example_placeholders_and_empty", "DOTENV", '''
# Copy to .env and fill in
HOST=https://wandb-«P:lan:4».example.com
LICENSE=
MYSQL=mysql://wandb:<password>@db:3306/wandb_local
WANDB_API_KEY=your-api-key-here
''')
N("neg_dotenv_japanese_comments_without_values", "SDK_ENV", '''
# APIキーは Vault から取得してください（ここには書かない）
WANDB_BASE_URL=https://wandb-«P:lan:4».example.com
WANDB_API_KEY=
# プロジェクト: «P:low:6»
''')
N("neg_dotenv_german_password_policy_data", "DOTENV", '''
# Passwort-Richtlinie für neue Benutzer
PASSWORD_MIN_LENGTH=«N:8:20»
PASSWORD_REQUIRE_SYMBOLS=true
SESSION_LENGTH_HOURS=«N:24:800»
''')
N("neg_dotenv_file_path_secret_references", "DOTENV", '''
WANDB_API_KEY_FILE=/run/secrets/wandb_api_key
GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/google/key-«P:lan:5».json
AWS_SHARED_CREDENTIALS_FILE=/home/«P:low:6»/.aws/credentials
''')
N("neg_dotenv_crlf_hosts_ports_ids", "DOTENV", '''
MYSQL_HOST=10.«N:0:255».«N:0:255».«N:1:250»
MYSQL_PORT=3306
AWS_REGION=us-east-1
OIDC_CLIENT_ID=«P:uuid»
''', CR)
N("neg_wandb_settings_base_url_only", "SDK_SETTINGS", '''
[default]
base_url = https://wandb-«P:lan:4».example.com
entity = «P:low:7»
project = «P:low:5»-eval
''')
N("neg_netrc_placeholder_in_docs_fence", "NETRC", '''
machine wandb-«P:lan:4».example.com
  login user
  password <YOUR_API_KEY>
''', FS)
N("neg_vscode_launch_env_file_reference", "VSCODE", '''
      "envFile": "${workspaceFolder}/.env",
      "env": {"WANDB_MODE": "«C:offline|online|disabled»", "WANDB_DIR": "${workspaceFolder}/wandb-«P:lan:4»"},
''')
N("neg_notebook_login_prompt_no_key", "NBFORMAT", '''
   "source": [
    "import wandb\\n",
    "wandb.login(host=\\"https://wandb-«P:lan:4».example.com\\")  # prompts for key\\n"
   ]
''')
N("neg_aws_config_profile_role_arn_only", "AWS_CLI", '''
[profile wandb-«P:lan:4»]
role_arn = arn:aws:iam::«P:dig:12»:role/wandb-bucket-access
source_profile = default
region = us-east-1
''', CR)
N("neg_gcp_sa_json_public_fields_only", "GCP_SA", '''
{
  "type": "service_account",
  "project_id": "wandb-«P:lan:6:x»",
  "client_email": "wandb@wandb-«=x».iam.gserviceaccount.com",
  "client_id": "«P:dig:21»",
  "token_uri": "https://oauth2.googleapis.com/token"
''')
N("neg_docker_config_creds_store_helper", "DOCKERCFG", '''
{
  "auths": {"registry-«P:lan:4».example.com": {}},
  "credsStore": "«C:desktop|osxkeychain|pass|secretservice»"
}
''')
N("neg_systemd_environment_file_and_load_credential", "SYSTEMD", '''
[Service]
EnvironmentFile=/etc/wandb/agent-«P:lan:4».env
LoadCredential=wandb_api_key:/etc/credstore/wandb_api_key
ExecStart=/opt/venv/bin/wandb agent ml-team/sweeps/«P:lan:8»
''')
N("neg_kubeconfig_exec_plugin_no_token", "KCONF", '''
users:
- name: arn:aws:eks:us-east-1:«P:dig:12»:cluster/wandb
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: ["eks", "get-token", "--cluster-name", "wandb-«P:lan:4»"]
''')
N("neg_kubeconfig_cluster_ca_data_public_cert", "KCONF", '''
clusters:
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t«P:b64pad:45»
    server: https://«P:HEX:32».gr7.us-east-1.eks.example.com
  name: wandb
''')
N("neg_sentry_dsn_public_key_only", "SENTRY", '''
GORILLA_SENTRY_DSN=https://«P:hex:32»@sentry-«P:lan:4».example.com/«N:2:90»
GORILLA_SENTRY_ENVIRONMENT=onprem
''')
# helm / kubectl outputs
N("neg_helm_install_debug_values_with_secret_refs", "HELM_DEBUG", '''
install.go:«N:150:250»: [debug] CHART PATH: /home/ops/.cache/helm/repository/operator-wandb-0.«N:10:40».«N:0:9».tgz
USER-SUPPLIED VALUES:
global:
  licenseSecret:
    name: wandb-license
    key: license
''')
N("neg_helm_manifest_secret_valuefrom_env", "HELM_DEBUG", '''
            - name: MYSQL_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: wandb-mysql-«P:lan:5»
                  key: MYSQL_PASSWORD
''')
N("neg_helm_manifest_checksum_annotations", "HELM_DEBUG", '''
  template:
    metadata:
      annotations:
        checksum/secret: «P:hex:64»
        checksum/config: «P:hex:64»
''')
N("neg_helm_set_with_shell_variables", "HELM_SET", '''
helm upgrade --install wandb wandb/operator-wandb \\
  --set global.license="$WANDB_LICENSE" \\
  --set global.mysql.password="${MYSQL_PASSWORD}" \\
  --set global.host=https://wandb-«P:lan:4».example.com
''', FB)
N("neg_kubectl_describe_secret_byte_sizes", "KDESC", '''
Name:         wandb-«P:lan:5»
Namespace:    wandb
Type:  Opaque

Data
====
LICENSE:         «N:600:1400» bytes
MYSQL_PASSWORD:  «N:12:40» bytes
''')
N("neg_kubectl_describe_env_secret_references", "KDESC", '''
    Environment:
      HOST:         https://wandb-«P:lan:4».example.com
      LICENSE:      <set to the key 'license' in secret 'wandb-license'>  Optional: false
      MYSQL_PASSWORD:  <set to the key 'MYSQL_PASSWORD' in secret 'wandb-mysql'>  Optional: false
''')
N("neg_kubectl_get_secret_list_table", "KGET", '''
NAME                       TYPE                 DATA   AGE
wandb-license              Opaque               1      «N:2:90»d
wandb-mysql                Opaque               2      «N:2:90»d
sh.helm.release.v1.wandb.v«N:2:40»   helm.sh/release.v1   1      «N:1:20»h
''')
N("neg_kubectl_create_secret_from_file_history", "KSECRET", '''
kubectl -n wandb create secret generic wandb-license --from-file=license=./license-«P:lan:5».txt
kubectl -n wandb create secret tls wandb-tls --cert=tls.crt --key=tls.key
''', H)
N("neg_kubectl_events_probe_failed_without_credentials", "K8S_EVENTS", '''
LAST SEEN   TYPE      REASON      OBJECT                         MESSAGE
«N:2:59»s         Warning   Unhealthy   pod/wandb-app-«P:lan:10»   Readiness probe failed: Get "http://10.«N:0:255».«N:0:255».«N:1:250»:8080/ready": dial tcp: connection refused
''')
N("neg_kustomize_secret_generator_files_and_envs", "KUSTOMIZE", '''
secretGenerator:
- name: wandb-secrets
  envs:
  - secrets-«P:lan:4».env
  files:
  - license=license.txt
''')
N("neg_operator_log_values_masked", "JSONLOG", '''
{"level":"info","ts":"«TS:iso»","logger":"controller","msg":"applying values","global.license":"***","global.mysql.password":"***","revision":«N:2:90»}
''')
# logs pasted
N("neg_docker_logs_wandb_local_startup_plain", "SRV39", '''
*** Running /etc/my_init.d/02_load-settings.sh...
*** Loading settings...
«TS:go» Created default user
«TS:go» Generating new session key for auth...
*** Runit started as PID «N:40:2000»
''')
N("neg_migrate_panic_connection_refused_no_dsn", "SRV104", '''
*** Migrating database...
panic: dial tcp 127.0.0.1:3306: connect: connection refused

goroutine 1 [running]:
github.com/wandb/core/services/gorilla/cmd.(*migrateCommander).MainCmd(0xc000«P:hex:6», {0xc000«P:hex:6», 0x2, 0x2})
''')
N("neg_mysql_log_access_denied_using_password_yes", "SRV123", '''
«TS:isons» «N:8:90» [Note] [MY-010926] [Server] Access denied for user 'wandb'@'10.«N:0:255».«N:0:255».«N:1:250»' (using password: YES)
«TS:isons» 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.«N:30:40»'
''')
N("neg_wandb_login_prompt_output_no_key", "SDK_LOGIN", '''
wandb: Logging into wandb-«P:lan:4:x».example.com. (Learn how to deploy a W&B server locally: https://wandb.me/wandb-server)
wandb: You can find your API key in your browser here: https://wandb-«=x».example.com/authorize
wandb: Paste an API key from your profile and hit enter, or press ctrl+c to quit:
''')
N("neg_sdk_traceback_login_key_from_env_lookup", "PYTB", '''
Traceback (most recent call last):
  File "/home/user/train.py", line «N:5:90», in <module>
    wandb.login(key=os.environ["WANDB_API_KEY"])
  File "/usr/lib/python3.10/os.py", line 680, in __getitem__
    raise KeyError(key) from None
KeyError: 'WANDB_API_KEY'
''')
N("neg_sdk_debug_log_settings_without_key", "SDK_LOGIN", '''
«TS:py» INFO    MainThread:«N:1000:99999» [wandb_setup.py:_flush():76] Loading settings from environment variables: {'base_url': 'https://wandb-«P:lan:4».example.com', 'project': 'eval'}
''')
N("neg_wandb_verify_output_checks", "SDK_LOGIN", '''
Default host selected:  https://wandb-«P:lan:4».example.com
Find detailed logs for this test at: /tmp/«P:lan:8»/wandb
Checking if logged in...................................................✅
Checking signed URL upload..............................................✅
''')
N("neg_gorilla_logfmt_email_sink_scheme_only", "DOCS_ENV", '''
time="«TS:s»" level=info msg="email sink configured" scheme=smtp host=smtp.example.com port=«C:25|465|587»
time="«TS:s»" level=info msg="listening" addr=":«N:8080:8090»"
''')
# CI
N("neg_gha_log_masked_secret_stars", "GHA", '''
«TS:isons» ##[group]Run wandb login --host https://wandb-«P:lan:4».example.com $WANDB_API_KEY
«TS:isons» env:
«TS:isons»   WANDB_API_KEY: ***
«TS:isons» ##[endgroup]
''')
N("neg_gitlab_ci_masked_variable_and_job_id", "GITLAB", '''
$ echo "Using key $WANDB_API_KEY"
Using key [MASKED]
Job succeeded «C:for|after» «N:2:600» seconds (job «N:1000000:9999999»)
''')
N("neg_jenkins_console_with_credentials_binding_masked", "JENKINS", '''
[Pipeline] withCredentials
Masking supported pattern matches of $WANDB_API_KEY or $MYSQL_PASSWORD
[Pipeline] sh
+ helm upgrade --install wandb wandb/operator-wandb --set global.license=**** --set image.tag=0.«N:50:70».«N:0:9»
''')
N("neg_setx_trace_reading_secret_files", "SETX", '''
+ WANDB_API_KEY_FILE=/run/secrets/wandb_api_key_«P:lan:4:x»
+ '[' -r /run/secrets/wandb_api_key_«=x» ']'
+ export WANDB_API_KEY_FILE
+ wandb status
''')
# history / terminal
N("neg_history_mysql_prompt_for_password", "BASH_HIST", '''
mysql -h db-«P:lan:4».example.com -u wandb -p wandb_local
mysqldump --defaults-extra-file=~/.wandb-db.cnf --single-transaction wandb_local > dump.sql
''', H)
N("neg_history_redis_cli_no_auth_warning_env", "REDIS_CLI", '''
export REDISCLI_AUTH="$(cat ~/.redis-pass)"
redis-cli -h 10.«N:0:255».«N:0:255».«N:1:250» --no-auth-warning ping
''', HT)
N("neg_history_wandb_login_interactive", "SDK_LOGIN", '''
wandb login --relogin --host=https://wandb-«P:lan:4».example.com
wandb sync ./wandb/offline-run-«TS:date»_«P:dig:6»-«P:lan:8»
''', H)
N("neg_tmux_capture_prompt_and_status", "TMUX", '''
\x1b[1;32mops@bastion\x1b[0m:\x1b[1;34m~/wandb\x1b[0m$ wandb status
Current Settings
{"base_url": "https://wandb-«P:lan:4».example.com", "mode": null, "project": null}
''')
N("neg_script_typescript_mysql_password_prompt", "SCRIPT", '''
Script started on «TS:s» [TERM="xterm-256color" TTY="/dev/pts/«N:0:9»" COLUMNS="120" LINES="40"]
\x1b[?2004hroot@db-0:/# mysql -uroot -p\r
\x1b[?2004l\rEnter password: \r
''')
# windows
N("neg_powershell_read_host_securestring", "PWSH", '''
PS C:\\Users\\mlops\\src> $key = Read-Host -AsSecureString "W&B API key"
PS C:\\Users\\mlops\\src> $env:WANDB_BASE_URL = "https://wandb-«P:lan:4».example.com"
''')
N("neg_cmd_set_base_url_and_dir_paths", "CMDSET", '''
C:\\Users\\mlops>set WANDB_BASE_URL=https://wandb-«P:lan:4».example.com

C:\\Users\\mlops>set WANDB_DIR=D:\\wandb\\«P:low:6»
''', CR)
N("neg_windows_json_doubled_backslash_paths_only", "MSYS", '''
{
  "program": "C:\\\\Users\\\\mlops\\\\src\\\\«P:low:6».py",
  "cwd": "D:\\\\data\\\\runs",
  "env": {"WANDB_MODE": "offline", "WANDB_DIR": "D:\\\\wandb"}
}
''')
# forum / markdown / html
N("neg_forum_html_escaped_values_with_placeholders", "DISCOURSE", '''
global:
  license: "<your license>"
  mysql:
    password: "{{ .Values.mysqlPassword }}"
    host: "db-«P:lan:4».example.com"
''', HTML)
N("neg_issue_quote_reply_with_secret_words_prose", "DISCOURSE", '''
Did you set the OIDC secret in the values or as a Kubernetes secret?
The password for the MySQL user has to match what is in `wandb-mysql-«P:lan:4»`.
''', Q)
N("neg_issue_inline_code_license_variable", "GFM", '''
Set `LICENSE=$WANDB_LICENSE` in the env and check `kubectl get secret wandb-«P:lan:4» -o yaml`.
''')
N("neg_tls_secret_yaml_public_certificate_only", "KSECRET", '''
  ca.crt: |
    -----BEGIN CERTIFICATE-----
    MIID«P:b64pad:45»
    «P:b64pad:48»
    -----END CERTIFICATE-----
''')
N("neg_ssh_public_key_in_authorized_keys_paste", "GFM", '''
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«P:b64pad:32» ops@bastion-«P:lan:4»
''')
N("neg_docker_image_digests_and_layer_ids", "SRV86", '''
latest: Pulling from wandb/local
«P:hex:12»: Pull complete
Digest: sha256:«P:hex:64»
Status: Downloaded newer image for wandb/local:latest
''')
N("neg_help_text_password_flags", "MYSQL_CLI", '''
  -p, --password[=name]
                      Password to use when connecting to server. If password is
                      not given it's asked from the tty.
  --login-path=«C:client|wandb|ops»-«P:lan:3»  Read this path from the login file.
''')
N("neg_wandb_cli_login_help_text", "SDK_LOGIN", '''
Usage: wandb login [OPTIONS] [KEY]...

  Login to Weights & Biases
Options:
  --host, --base-url TEXT  Login to a specific instance of W&B (e.g. https://wandb-«P:lan:4».example.com)
  --relogin                Force relogin if already logged in.
''')
N("neg_log_line_capped_plain_graphql", "JSONLOG", '''
{"level":"debug","ts":"«TS:iso»","msg":"graphql","query":"query Viewer { viewer { id username entity teams { edges { node { name } } } } }","operation":"Viewer","client":"wandb-sdk/0.«N:15:20».«N:0:9»","duration_ms":«N:3:900»}
''', t_negcap)
N("neg_json_in_yaml_in_log_values_without_secrets", "JSONLOG", '''
«TS:iso» INFO reconcile values="global:\\n  extraEnv: '{\\"GORILLA_DISABLE_CODE_SAVING\\":\\"false\\",\\"GORILLA_RUN_UPDATE_SHADOW_QUEUE\\":\\"«P:lan:6»\\"}'\\n"
''')
N("neg_wrapped_helm_set_line_public_values", "HELM_SET", '''
helm upgrade wandb wandb/operator-wandb --set global.host=https://wandb-«P:lan:4».example.com --set global.bucket.name=wandb-«P:lan:8» --set global.bucket.region=us-east-1
''', mk_wrap(70, 90))
N("neg_mysql_temporary_password_notice_without_value", "SRV123", '''
«TS:isons» 6 [Warning] [MY-010453] [Server] root@localhost is created with an empty password ! Please consider switching off the --initialize-insecure option.
«TS:isons» 0 [System] [MY-013170] [Server] /usr/sbin/mysqld (mysqld 8.0.«N:30:40») initializing of server has completed
''')
N("neg_redis_exporter_values_secret_ref", "HC_RDX", '''
redisAddress: rediss://wandb-redis-«P:lan:4».example.internal:6380
auth:
  enabled: true
  secret:
    name: redis-auth
    key: password
  redisPassword: ""
''')
N("neg_mysql_exporter_values_empty_pass", "HC_MYX", '''
mysql:
  db: ""
  host: "wandb-mysql-«P:lan:4».wandb.svc.cluster.local"
  pass: ""
  port: 3306
  user: "exporter"
''')
N("neg_pip_conf_index_url_no_userinfo", "PIP", '''
[global]
index-url = https://pypi-«P:lan:4:x».example.com/simple/
trusted-host = pypi-«=x».example.com
''')


# ================================================================ main
# Kind judgement (same tool and same trick), checked by hand against the
# used-name list with keyword greps; conservative.
NEW_KIND_POS = [
    "external_dns_values_aws_credentials_ini_block",
    "certmanager_route53_issuer_secret_key_inline_quoted_issue",
    "terraform_apply_error_with_password_in_message",
    "wandb_cr_v2_managed_mysql_root_password_field",
    "forum_html_escaped_values_yaml_quotes",
    "forum_html_escaped_docker_compose_env_and_lt_gt",
    "html_escaped_json_api_key_in_issue_scrape",
    "doubled_backslash_escaped_json_in_log_string",
    "json_in_yaml_in_log_line_configmap_values",
    "tfvars_gcp_database_object_password",
    "tfvars_gcp_redis_object_with_ca_and_password",
    "email_quoted_reply_double_marker_values",
]
NEW_KIND_NEG = [
    "neg_forum_html_escaped_values_with_placeholders",
    "neg_wandb_cr_v2_managed_stores_sizes_only",
    "neg_json_in_yaml_in_log_values_without_secrets",
    "neg_windows_json_doubled_backslash_paths_only",
    "neg_tf_helm_release_set_with_var_references",
    "neg_legacy_chart_ldap_bindpw_is_secret_reference",
]
SAME_KIND_POS = [n for n, _, _, _ in POS if n not in NEW_KIND_POS]
SAME_KIND_NEG = [n for n, _, _, _ in NEG if n not in NEW_KIND_NEG]


def main():
    for n in NEW_KIND_POS:
        assert n in [x[0] for x in POS], n
    for n in NEW_KIND_NEG:
        assert n in [x[0] for x in NEG], n
    r = random.Random(SEED)
    seen_secret = set()
    names = set()
    pos_out = []
    for name, src, tmpl, trans in POS:
        assert name not in names, name
        names.add(name)
        for k in range(3):
            for attempt in range(500):
                try:
                    lines, S = build(r, (tmpl, trans))
                    check_pos(lines, S)
                    if any(s in seen_secret for s in S):
                        raise Redraw()
                    break
                except Redraw:
                    continue
            else:
                raise SystemExit("cannot draw " + name)
            seen_secret.update(S)
            pos_out.append({"shape": name, "lines": lines, "secrets": S})
    neg_out = []
    seen_neg = set()
    for name, src, tmpl, trans in NEG:
        assert name not in names, name
        names.add(name)
        for k in range(5):
            for attempt in range(500):
                try:
                    lines, S = build(r, (tmpl, trans))
                    if S:
                        raise SystemExit("negative with secret " + name)
                    key = json.dumps(lines)
                    if key in seen_neg or not (1 <= len(lines) <= 12):
                        raise Redraw()
                    break
                except Redraw:
                    continue
            else:
                raise SystemExit("cannot draw " + name)
            seen_neg.add(key)
            neg_out.append({"shape": name, "lines": lines})
    for fn, recs in (("positives.jsonl", pos_out), ("negatives.jsonl", neg_out)):
        with open(os.path.join(HERE, fn), "w", encoding="utf-8", newline="\n") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")


SOURCES = {}
for _n, _s, _t, _tr in POS + NEG:
    SOURCES[_n] = SRC[_s]

if __name__ == "__main__":
    main()
