#!/usr/bin/env python3
"""holdout39: sealed held-out set for the wbdiag secret redactor.

Focus: identity providers and single sign-on (OIDC, Okta, Entra ID, Google
Workspace, Auth0, Keycloak, Dex, oauth2-proxy, Pomerium, SAML, LDAP/AD, SCIM,
MFA seeds, Kerberos).

Deterministic: fixed seed, stdlib only. Writes positives.jsonl and
negatives.jsonl next to this file.

Template language: a template is a list of lines. `{Name:gen}` is replaced by a
value drawn from generator `gen`; a Name starting with an upper-case letter is
a secret (listed), lower-case is public. The same Name within one record gives
the same value. Derived generators: `basic~cid~S` (HTTP Basic of two other
placeholders; only the password-only base64 groups are listed), `pct~S`
(percent-encoding of another placeholder), `b64~S` (standard base64 of another
placeholder, listed without padding).
"""
import base64
import json
import os
import random
import re
import string
import urllib.parse

SEED = 3939_2026
HERE = os.path.dirname(os.path.abspath(__file__))

ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase + string.digits
B64U = ALNUM + "-_"
B64S = ALNUM + "+/"
PWCH = ALNUM + "-_.!~+*"
PWU = ALNUM + "-_."
B32 = string.ascii_uppercase + "234567"
HEX = "0123456789abcdef"

WORDS = ["atlas", "birch", "cobalt", "delta", "ember", "fjord", "garnet", "harbor",
         "indigo", "juniper", "kestrel", "lumen", "maple", "nimbus", "onyx", "pylon",
         "quartz", "raven", "sierra", "tundra", "umber", "vesper", "willow", "zephyr"]
USERS = ["akim", "bsato", "cnovak", "dpatel", "eriksen", "fmoreau", "gwong", "hlarsen",
         "iokafor", "jmendes", "kbauer", "lchen", "mrossi", "nadia", "oliveira", "pkumar"]
DOMAINS = ["example.com", "example.org", "example.net", "corp.example.com",
           "ml.example.org", "research.example.net"]


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def pw(rng, alphabet=PWCH):
    n = rng.randint(14, 22)
    return rs(rng, ALNUM, 1) + rs(rng, alphabet, n - 2) + rs(rng, ALNUM, 1)


def b64u_of(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


class Rec:
    def __init__(self, rng):
        self.rng = rng
        self.vals = {}
        self.listed = {}
        self.t = rng.randint(1672531200, 1735689599)
        self.t0 = self.t


def _ts(r):
    r.t += r.rng.randint(0, 3)
    return r.t


def g_iso(r):
    import time
    t = _ts(r)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + ".%03dZ" % r.rng.randint(0, 999)


def g_isons(r):
    import time
    t = _ts(r)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + ".%09dZ" % r.rng.randint(0, 999999999)


def g_tsk(r):
    import time
    t = _ts(r)
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(t)) + ",%03d" % r.rng.randint(0, 999)


def g_tsg(r):
    import time
    t = _ts(r)
    return time.strftime("%Y/%m/%d %H:%M:%S", time.gmtime(t))


def g_clf(r):
    import time
    t = _ts(r)
    return time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime(t))


def g_syslog(r):
    import time
    t = _ts(r)
    return time.strftime("%b %d %H:%M:%S", time.gmtime(t)).replace(" 0", "  ", 1)


def g_epoch(r):
    return str(_ts(r))


def g_uuid(r):
    h = rs(r.rng, HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.rng.choice("89ab"), h[17:20], h[20:])


def g_jwth(r):
    hdr = {"alg": r.rng.choice(["RS256", "ES256", "PS256"]), "kid": rs(r.rng, B64U, 43), "typ": "JWT"}
    return b64u_of(json.dumps(hdr, separators=(",", ":")).encode())


def g_jwtp(r):
    return rs(r.rng, B64U, r.rng.randint(120, 260))


def g_pemline(r):
    return rs(r.rng, B64S, 64)


def g_pemlast(r):
    return rs(r.rng, B64S, r.rng.choice([24, 28, 36, 40])) + "=="


GEN = {
    "pw": lambda r: pw(r.rng),
    "pwu": lambda r: pw(r.rng, PWU),
    "hex8": lambda r: rs(r.rng, HEX, 8),
    "hex16": lambda r: rs(r.rng, HEX, 16),
    "hex32": lambda r: rs(r.rng, HEX, 32),
    "hex40": lambda r: rs(r.rng, HEX, 40),
    "hex64": lambda r: rs(r.rng, HEX, 64),
    "a8": lambda r: rs(r.rng, ALNUM, 8),
    "a12": lambda r: rs(r.rng, ALNUM, 12),
    "a16": lambda r: rs(r.rng, ALNUM, 16),
    "a20": lambda r: rs(r.rng, ALNUM, 20),
    "a24": lambda r: rs(r.rng, ALNUM, 24),
    "a32": lambda r: rs(r.rng, ALNUM, 32),
    "a40": lambda r: rs(r.rng, ALNUM, 40),
    "a48": lambda r: rs(r.rng, ALNUM, 48),
    "l8": lambda r: rs(r.rng, LOWER, 8),
    "l12": lambda r: rs(r.rng, LOWER, 12),
    "u22": lambda r: rs(r.rng, B64U, 22),
    "u32": lambda r: rs(r.rng, B64U, 32),
    "u43": lambda r: rs(r.rng, B64U, 43),
    "u64": lambda r: rs(r.rng, B64U, 64),
    "u86": lambda r: rs(r.rng, B64U, 86),
    "u120": lambda r: rs(r.rng, B64U, 120),
    "s43": lambda r: rs(r.rng, B64S, 43),
    "s40": lambda r: rs(r.rng, B64S, 40),
    "s88": lambda r: rs(r.rng, B64S, 86),
    "b32": lambda r: rs(r.rng, B32, 32),
    "b16": lambda r: rs(r.rng, B32, 16),
    "rc": lambda r: rs(r.rng, LOWER, 5) + "-" + rs(r.rng, LOWER, 5),
    "rc8": lambda r: rs(r.rng, "123456789", 1) + rs(r.rng, string.digits, 7),
    "azs": lambda r: rs(r.rng, ALNUM, 3) + r.rng.choice("78") + "Q~" + rs(r.rng, ALNUM + "_~.-", 34),
    "gcs": lambda r: rs(r.rng, B64U, 28),
    "oktat": lambda r: rs(r.rng, B64U, 40),
    "cid20": lambda r: rs(r.rng, LOWER, 20),
    "oktaid": lambda r: "0oa" + rs(r.rng, ALNUM, 17),
    "gid": lambda r: "%d-%s.apps.googleusercontent.com" % (r.rng.randint(10**11, 10**12 - 1), rs(r.rng, LOWER, 32)),
    "uuid": g_uuid,
    "iso": g_iso,
    "isons": g_isons,
    "tsk": g_tsk,
    "tsg": g_tsg,
    "clf": g_clf,
    "syslog": g_syslog,
    "epoch": g_epoch,
    "int": lambda r: str(r.rng.randint(2, 9999)),
    "pid": lambda r: str(r.rng.randint(100, 65000)),
    "ip": lambda r: "10.%d.%d.%d" % (r.rng.randint(0, 255), r.rng.randint(0, 255), r.rng.randint(1, 254)),
    "dom": lambda r: r.rng.choice(DOMAINS),
    "user": lambda r: r.rng.choice(USERS),
    "word": lambda r: r.rng.choice(WORDS),
    "jwth": g_jwth,
    "jwtp": g_jwtp,
    "sig": lambda r: rs(r.rng, B64U, r.rng.choice([86, 342])),
    "pem": g_pemline,
    "pemend": g_pemlast,
    "s300": lambda r: rs(r.rng, B64S, 300),
    "u240": lambda r: rs(r.rng, B64U, 240),
    "bc53": lambda r: rs(r.rng, "./" + ALNUM, 53),
    "hint": lambda r: rs(r.rng, ALNUM, 3),
    "fp": lambda r: ":".join(rs(r.rng, "0123456789ABCDEF", 2) for _ in range(32)),
    "pod": lambda r: rs(r.rng, LOWER, 10) + "-" + rs(r.rng, LOWER, 5),
}

PH = re.compile(r"\{([A-Za-z][A-Za-z0-9]*):([a-z0-9]+(?:~[A-Za-z0-9]+)*)\}")


def fill(r, name, gen):
    if name in r.vals:
        return r.vals[name]
    parts = gen.split("~")
    listed = None
    def ref(x):
        return r.vals[x] if x in r.vals else GEN[x](r)
    if parts[0] == "basic":
        u, p = ref(parts[1]), ref(parts[2])
        raw = (u + ":" + p).encode()
        v = base64.b64encode(raw).decode()
        skip = -(-(len(u) + 1) // 3) * 4
        listed = v[skip:].rstrip("=")
    elif parts[0] == "pct":
        v = urllib.parse.quote(ref(parts[1]), safe="")
    elif parts[0] == "b64":
        v = base64.b64encode(ref(parts[1]).encode()).decode()
        listed = v.rstrip("=")
    else:
        v = GEN[gen](r)
    r.vals[name] = v
    if name[0].isupper():
        r.listed[name] = listed if listed is not None else v
    return v


def render(rng, tmpl):
    r = Rec(rng)
    out = []
    for line in tmpl:
        out.append(PH.sub(lambda m: fill(r, m.group(1), m.group(2)), line))
    render.last = r
    return out, list(r.listed.values())


def ok_record(lines, secrets, seen):
    text = "\n".join(lines)
    for s in secrets:
        if len(s) < 8 or s not in text or s in seen:
            return False
    if len(set(secrets)) != len(secrets):
        return False
    rest = text
    for s in sorted(secrets, key=len, reverse=True):
        rest = rest.replace(s, "\x00")
    for s in secrets:
        for i in range(len(s) - 5):
            if s[i:i + 6] in rest:
                return False
    for s in seen:
        pass
    return True


# ---------------------------------------------------------------- wrappers
def w_prefix(lines, r):
    pod = "pod/" + r.rng.choice(["wandb-app", "oauth2-proxy", "keycloak", "dex", "pomerium-authenticate"]) + "-" + rs(r.rng, LOWER, 10) + "-" + rs(r.rng, LOWER, 5)
    c = r.rng.choice(["app", "proxy", "server"])
    return ["[%s/%s] %s" % (pod, c, l) for l in lines]


def w_dockerts(lines, r):
    return ["%s %s" % (g_isons(r), l) for l in lines]


def w_jsonfile(lines, r):
    return [json.dumps({"log": l + "\n", "stream": "stdout", "time": g_isons(r)}, ensure_ascii=False, separators=(",", ":")) for l in lines]


def w_cri(lines, r):
    return ["%s %s F %s" % (g_isons(r).replace("Z", "+00:00"), "stderr", l) for l in lines]


WRAP = {"kubectl_prefix": w_prefix, "docker_ts": w_dockerts, "jsonfile": w_jsonfile, "cri_file": w_cri}

# ================================================================ shapes
# ---------------------------------------------------------------- sources
RFC6749 = "https://www.rfc-editor.org/rfc/rfc6749"
RFC7636 = "https://www.rfc-editor.org/rfc/rfc7636"
RFC7009 = "https://www.rfc-editor.org/rfc/rfc7009"
RFC7662 = "https://www.rfc-editor.org/rfc/rfc7662"
RFC8628 = "https://www.rfc-editor.org/rfc/rfc8628"
RFC7523 = "https://www.rfc-editor.org/rfc/rfc7523"
RFC7644 = "https://www.rfc-editor.org/rfc/rfc7644"
RFC2849 = "https://www.rfc-editor.org/rfc/rfc2849"
OIDCCORE = "https://openid.net/specs/openid-connect-core-1_0.html"
OIDCDISC = "https://openid.net/specs/openid-connect-discovery-1_0.html"
OIDCRP = "https://openid.net/specs/openid-connect-rpinitiated-1_0.html"
WBSSO = "https://docs.wandb.ai/guides/hosting/iam/authentication/sso/"
WBENV = "https://docs.wandb.ai/guides/hosting/env-vars/"
WBOP = "https://github.com/wandb/helm-charts/blob/main/charts/operator-wandb/values.yaml"
WBSCIM = "https://docs.wandb.ai/guides/hosting/iam/scim/"
O2P = "https://oauth2-proxy.github.io/oauth2-proxy/7.7.x/configuration/overview"
O2PALPHA = "https://oauth2-proxy.github.io/oauth2-proxy/configuration/alpha-config"
O2PCHART = "https://github.com/oauth2-proxy/manifests/blob/main/helm/oauth2-proxy/values.yaml"
O2PSESS = "https://oauth2-proxy.github.io/oauth2-proxy/configuration/session_storage"
POMCK = "https://pomerium.com/docs/reference/cookies"
POMSS = "https://www.pomerium.com/docs/reference/shared-secret.md"
POMIDP = "https://www.pomerium.com/docs/reference/identity-provider-settings.md"
POMSK = "https://www.pomerium.com/docs/reference/signing-key"
KCADM = "https://docs.redhat.com/zh-cn/documentation/red_hat_build_of_keycloak/24.0/html/server_administration_guide/client_operations"
KCADMGIST = "https://gist.github.com/thomasdarimont/bb702bd1160eb200147cf1bee1c1f7ed"
KCEXPORT = "https://www.keycloak.org/server/importExport"
KCCONF = "https://www.keycloak.org/server/configuration"
KCDB = "https://www.keycloak.org/server/db"
KCEVENTS = "https://www.keycloak.org/docs/latest/server_admin/#auditing-and-events"
KCTOKEN = "https://www.keycloak.org/docs/latest/securing_apps/#_token-exchange"
KCADAPTER = "https://www.keycloak.org/docs/latest/securing_apps/#_java_adapter_config"
KCBOOT = "https://www.keycloak.org/server/containers"
DEXCFG = "https://dexidp.io/docs/configuration/"
DEXLDAP = "https://dexidp.io/docs/connectors/ldap/"
DEXGH = "https://dexidp.io/docs/connectors/github/"
DEXOIDC = "https://dexidp.io/docs/connectors/oidc/"
DEXSTATIC = "https://dexidp.io/docs/connectors/local/"
OKTATOK = "https://developer.okta.com/docs/guides/create-an-api-token/main/"
OKTACLI = "https://cli.okta.com/manual/apps/create/"
OKTASDK = "https://github.com/okta/okta-sdk-golang#configuration-reference"
OKTAFACT = "https://developer.okta.com/docs/reference/api/factors/#enroll-okta-verify-totp-factor"
OKTALOG = "https://developer.okta.com/docs/reference/api/system-log/"
OKTATOKLIST = "https://developer.okta.com/docs/api/openapi/okta-management/management/tag/ApiToken/"
AZRESET = "https://learn.microsoft.com/en-us/cli/azure/ad/app/credential#az-ad-app-credential-reset"
AZSP = "https://learn.microsoft.com/en-us/cli/azure/ad/sp#az-ad-sp-create-for-rbac"
AZTOKEN = "https://learn.microsoft.com/en-us/cli/azure/account#az-account-get-access-token"
MSAL = "https://learn.microsoft.com/en-us/entra/msal/python/"
MSALCACHE = "https://github.com/AzureAD/microsoft-authentication-library-for-python/blob/dev/msal/token_cache.py"
AZIDENV = "https://learn.microsoft.com/en-us/python/api/azure-identity/azure.identity.environmentcredential"
EASYAUTH = "https://learn.microsoft.com/en-us/azure/app-service/configure-authentication-oauth-tokens"
AZAPPSHOW = "https://learn.microsoft.com/en-us/cli/azure/ad/app#az-ad-app-show"
ENTRASYNC = "https://learn.microsoft.com/en-us/graph/api/synchronization-synchronization-secrets"
ENTRASIGNIN = "https://learn.microsoft.com/en-us/graph/api/resources/signin"
ENTRACERT = "https://learn.microsoft.com/en-us/entra/identity-platform/certificate-credentials"
GCSECRET = "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred"
GSAKEY = "https://cloud.google.com/iam/docs/keys-create-delete#creating"
GCTOKEN = "https://cloud.google.com/sdk/gcloud/reference/auth/print-access-token"
GADC = "https://cloud.google.com/docs/authentication/application-default-credentials"
A0CLI = "https://auth0.github.io/auth0-cli/auth0_apps_show.html"
A0CC = "https://auth0.com/docs/get-started/authentication-and-authorization-flow/client-credentials-flow/call-your-api-using-the-client-credentials-flow"
A0DEPLOY = "https://auth0.com/docs/deploy-monitor/deploy-cli-tool/configure-the-deploy-cli"
A0MFA = "https://auth0.com/docs/secure/multi-factor-authentication/authenticate-using-ropg-flow-with-mfa/enroll-and-challenge-otp-authenticators"
SAMLMETA = "https://docs.oasis-open.org/security/saml/v2.0/saml-metadata-2.0-os.pdf"
SAMLBIND = "https://docs.oasis-open.org/security/saml/v2.0/saml-bindings-2.0-os.pdf"
PYSAML = "https://github.com/SAML-Toolkits/python3-saml#settings"
SSPHP = "https://simplesamlphp.org/docs/stable/saml/sp.html"
LDAPSEARCH = "https://man7.org/linux/man-pages/man1/ldapsearch.1.html"
LDAPPASSWD = "https://linux.die.net/man/1/ldappasswd"
SSSD = "https://man7.org/linux/man-pages/man5/sssd-ldap.5.html"
NSLCD = "https://linux.die.net/man/5/nslcd.conf"
LDAP3 = "https://ldap3.readthedocs.io/en/latest/connection.html"
SAMBA = "https://www.samba.org/samba/docs/current/man-html/net.8.html"
REALMD = "https://www.freedesktop.org/software/realmd/docs/realm.html"
SPRINGO = "https://docs.spring.io/spring-boot/reference/web/spring-security.html#web.security.oauth2.client"
SPRINGLDAP = "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.data.spring.ldap.password"
SPRINGENV = "https://docs.spring.io/spring-boot/api/rest/actuator/env.html"
GOOAUTH2 = "https://pkg.go.dev/golang.org/x/oauth2#Config"
AUTHLIB = "https://docs.authlib.org/en/latest/client/oauth2.html"
HTTPCLIENT = "https://docs.python.org/3/library/http.client.html#http.client.HTTPConnection.set_debuglevel"
TOTPURI = "https://github.com/google/google-authenticator/wiki/Key-Uri-Format"
GAUTHPAM = "https://github.com/google/google-authenticator-libpam#setting-up-a-user"
KLIST = "https://web.mit.edu/kerberos/krb5-latest/doc/user/user_commands/klist.html"
KINIT = "https://web.mit.edu/kerberos/krb5-latest/doc/user/user_commands/kinit.html"
KADMIN = "https://web.mit.edu/kerberos/krb5-latest/doc/admin/admin_commands/kadmin_local.html"
KRB5CONF = "https://web.mit.edu/kerberos/krb5-latest/doc/admin/conf_files/krb5_conf.html"
KUBECFG = "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#option-1-oidc-authenticator"
KUBELOGIN = "https://github.com/int128/kubelogin#setup"
VAULTOIDC = "https://developer.hashicorp.com/vault/docs/auth/jwt"
VAULTLDAP = "https://developer.hashicorp.com/vault/docs/auth/ldap"
ALBOIDC = "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-authenticate-users.html"
TFSTATE = "https://registry.terraform.io/providers/okta/okta/latest/docs/resources/app_oauth"
TFPLAN = "https://developer.hashicorp.com/terraform/language/values/outputs#sensitive-suppressing-values-in-cli-output"
NGINXLOG = "https://nginx.org/en/docs/http/ngx_http_log_module.html"
HAR = "http://www.softwareishard.com/blog/har-12-spec/"
CURL = "https://curl.se/docs/manpage.html"
KUBEYAML = "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_get/"
KUBEDESC = "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_describe/"
DOCKERINSPECT = "https://docs.docker.com/reference/cli/docker/inspect/"
DOCKERRUN = "https://docs.docker.com/reference/cli/docker/container/run/#env"
PSAUX = "https://man7.org/linux/man-pages/man1/ps.1.html"
HELMVALUES = "https://helm.sh/docs/helm/helm_get_values/"
JWKS = "https://www.rfc-editor.org/rfc/rfc7517"
PEMSPEC = "https://www.rfc-editor.org/rfc/rfc7468"
WBGQL = "https://docs.wandb.ai/guides/hosting/iam/authentication/service-accounts/"
OPENSSLX509 = "https://docs.openssl.org/master/man1/openssl-x509/"
KCOTP = "https://www.keycloak.org/docs/latest/server_admin/#one-time-password-otp-policies"
KCLOGIN = "https://www.keycloak.org/docs/latest/server_admin/#event-types"
DEXLOG = "https://github.com/dexidp/dex/blob/master/server/handlers.go"
POMLOG = "https://www.pomerium.com/docs/reference/access-log-fields"
O2PLOG = "https://oauth2-proxy.github.io/oauth2-proxy/configuration/overview#logging-configuration"

POS = []
NEG = []
SOURCES = {}


def P(name, src, text, wraps=()):
    POS.append((name, text.split("\n"), wraps))
    SOURCES[name] = src


def N(name, src, text, wraps=()):
    NEG.append((name, text.split("\n"), wraps))
    SOURCES[name] = src


LOGW = ("kubectl_prefix", "jsonfile")
# ======================================================================
# OIDC / OAuth 2.0 protocol traffic
# ======================================================================
P("idp39_httpclient_send_bytes_authcode_exchange_post_body", HTTPCLIENT + " ; " + RFC7636,
  r"""send: b'POST /oauth2/default/v1/token HTTP/1.1\r\nHost: {h:dom}\r\nAccept-Encoding: identity\r\nContent-Length: {n:int}\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n'
send: b'grant_type=authorization_code&code={C:u43}&redirect_uri=https%3A%2F%2Fwandb.{d:dom}%2Foidc%2Fcallback&client_id={c:oktaid}&client_secret={S:u43}&code_verifier={V:u86}'
reply: 'HTTP/1.1 200 OK\r\n'""")
P("idp39_token_basic_header_client_secret_basic_debug", RFC6749 + "#section-2.3.1",
  """DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): idp.{d:dom}:443
header: Authorization: Basic {B:basic~cid20~pwu}
header: Content-Type: application/x-www-form-urlencoded
DEBUG:urllib3.connectionpool:https://idp.{d:dom}:443 "POST /realms/wandb/protocol/openid-connect/token HTTP/1.1" 200 {n:int}""", LOGW)
P("idp39_token_response_jq_three_tokens", OIDCCORE + "#TokenResponse",
  """$ curl -s -X POST https://login.{d:dom}/oauth/token -d @/tmp/req.form | jq .
{
  "access_token": "{h:jwth}.{p:jwtp}.{A:sig}",
  "expires_in": 3600,
  "refresh_expires_in": 1800,
  "refresh_token": "{R:u120}",
  "token_type": "Bearer",
  "id_token": "{h2:jwth}.{p2:jwtp}.{I:sig}",
  "not-before-policy": 0,
  "scope": "openid email profile groups"
}""")
P("idp39_nginx_access_oidc_callback_code_query", NGINXLOG + " ; " + OIDCCORE + "#AuthResponse",
  """{ip:ip} - - [{ts:clf}] "GET /oidc/callback?code={C:u43}&state={st:u22}&session_state={ss:uuid} HTTP/2.0" 302 0 "https://sso.{d:dom}/" "Mozilla/5.0 (X11; Linux x86_64)" 812 0.004 [wandb-app-8080] [] 10.42.1.7:8080 0 0.004 302 {rid:hex32}""", ("kubectl_prefix", "docker_ts"))
P("idp39_har_implicit_fragment_id_token", HAR + " ; " + OIDCCORE + "#ImplicitAuthResponse",
  """        "redirectURL": "https://wandb.{d:dom}/login/callback#id_token={h:jwth}.{p:jwtp}.{I:sig}&state={st:u22}&session_state={ss:uuid}",
        "headersSize": -1,
        "bodySize": 0,""")
P("idp39_end_session_id_token_hint_location", OIDCRP,
  """< HTTP/2 302
< location: https://idp.{d:dom}/oidc/logout?id_token_hint={h:jwth}.{p:jwtp}.{I:sig}&post_logout_redirect_uri=https%3A%2F%2Fwandb.{d2:dom}%2F&state={st:u22}
< cache-control: no-store""")
P("idp39_curl_refresh_grant_cmdline_bash_history", RFC6749 + "#section-6",
  """  512  kubectl -n wandb get pods
  513  curl -sS https://sso.{d:dom}/token -d grant_type=refresh_token -d refresh_token={R:u64} -d client_id=wandb-server -d client_secret={S:a32}
  514  history | tail""")
P("idp39_introspection_body_token_hint", RFC7662,
  """POST /oauth2/introspect HTTP/1.1\r
Host: auth.{d:dom}\r
Authorization: Basic {B:basic~cid20~pwu}\r
Content-Type: application/x-www-form-urlencoded\r
\r
token={T:u64}&token_type_hint=access_token""")
P("idp39_revocation_curl_data_urlencode", RFC7009,
  """+ curl -fsS -X POST https://idp.{d:dom}/oauth2/v1/revoke --data-urlencode token={T:u86} --data-urlencode token_type_hint=refresh_token -u {c:oktaid}:{S:u43}
+ echo revoked""")
P("idp39_private_key_jwt_client_assertion_form", RFC7523,
  """2024-06-01 10:22:11,402 DEBUG [requests_oauthlib.oauth2_session] Encoding client_id "{c:uuid}" with client authentication
2024-06-01 10:22:11,402 DEBUG [requests_oauthlib.oauth2_session] Prepared fetch token request body grant_type=client_credentials&scope=openid&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion={h:jwth}.{p:jwtp}.{X:sig}""", LOGW)
P("idp39_device_authorization_response_device_code", RFC8628 + "#section-3.2",
  """{
  "device_code": "{D:u43}",
  "user_code": "{uc:b16}",
  "verification_uri": "https://idp.{d:dom}/activate",
  "expires_in": 1800,
  "interval": 5
}""")
P("idp39_go_oauth2_config_plusv_panic", GOOAUTH2,
  """panic: oidc: failed to exchange token: oauth2: "invalid_client"
config: &{ClientID:wandb-{c:l8} ClientSecret:{S:a40} Endpoint:{AuthURL:https://sso.{d:dom}/authorize DeviceAuthURL: TokenURL:https://sso.{d:dom}/token AuthStyle:1} RedirectURL:https://wandb.{d:dom}/oidc/callback Scopes:[openid profile email]}
goroutine 1 [running]:""", ("kubectl_prefix",))
P("idp39_authlib_token_dict_debug", AUTHLIB,
  """DEBUG:authlib.integrations.requests_client:fetch_token -> {'access_token': '{h:jwth}.{p:jwtp}.{A:sig}', 'expires_in': 300, 'refresh_expires_in': 1800, 'refresh_token': '{R:u86}', 'token_type': 'Bearer', 'scope': 'openid email', 'expires_at': {e:epoch}}""", LOGW)
P("idp39_spring_oauth2_registration_properties", SPRINGO,
  """spring.security.oauth2.client.registration.okta.client-id={c:oktaid}
spring.security.oauth2.client.registration.okta.client-secret={S:u43}
spring.security.oauth2.client.registration.okta.scope=openid,profile,email
spring.security.oauth2.client.provider.okta.issuer-uri=https://{o:word}.okta.example.com/oauth2/default""")
P("idp39_spring_actuator_env_oauth2_secret_value", SPRINGENV,
  """        "spring.security.oauth2.client.registration.keycloak.client-id": {"value": "wandb-{c:l8}", "origin": "class path resource [application.yml] - 12:22"},
        "spring.security.oauth2.client.registration.keycloak.client-secret": {"value": "{S:a32}", "origin": "System Environment Property \\"KC_CLIENT_SECRET\\""},""")
P("idp39_token_exchange_subject_token_form", KCTOKEN,
  """curl -X POST -d "client_id=wandb-gateway" -d "client_secret={S:a32}" --data-urlencode "grant_type=urn:ietf:params:oauth:grant-type:token-exchange" -d "subject_token={h:jwth}.{p:jwtp}.{X:sig}" -d "requested_token_type=urn:ietf:params:oauth:token-type:refresh_token" http://keycloak.auth.svc.cluster.local:8080/realms/wandb/protocol/openid-connect/token""")
P("idp39_pkce_verifier_in_localstorage_dump", RFC7636 + "#section-4.1",
  """> Object.entries(sessionStorage)
[Array(2), Array(2)]
0: ["oidc.{st:hex32}", "{\\"id\\":\\"{st2:hex32}\\",\\"created\\":{e:epoch},\\"request_type\\":\\"si:r\\",\\"code_verifier\\":\\"{V:u86}\\",\\"redirect_uri\\":\\"https://wandb.{d:dom}/callback\\",\\"authority\\":\\"https://idp.{d2:dom}\\",\\"client_id\\":\\"wandb\\",\\"scope\\":\\"openid\\"}"]""")
P("idp39_wandb_local_docker_inspect_env_oidc_secret", DOCKERINSPECT + " ; " + WBSSO,
  """            "Env": [
                "HOST=https://wandb.{d:dom}",
                "OIDC_ISSUER=https://{o:word}.okta.example.com",
                "OIDC_CLIENT_ID={c:oktaid}",
                "OIDC_SECRET={S:u43}",
                "OIDC_AUTH_METHOD=implicit",
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
            ],""")
P("idp39_docker_run_wandb_local_oidc_flags", DOCKERRUN + " ; " + WBSSO,
  """ubuntu   {p:pid}  0.0  0.1 1290532 41232 pts/0  Sl+  09:14   0:00 docker run --rm -d -v wandb:/vol -p 8080:8080 -e OIDC_ISSUER=https://login.microsoftonline.com/{t:uuid}/v2.0 -e OIDC_CLIENT_ID={c:uuid} -e OIDC_SECRET={S:azs} --name wandb-local wandb/local""")
P("idp39_wandb_cr_spec_values_auth_oidc_secret", WBOP,
  """spec:
  values:
    global:
      auth:
        sessionLengthHours: 720
        oidc:
          clientId: {c:uuid}
          secret: {S:azs}
          authMethod: pkce
          issuer: https://login.microsoftonline.com/{t:uuid}/v2.0""")
P("idp39_deploy_yaml_env_oidc_secret_literal", KUBEYAML,
  """        - name: GORILLA_OIDC_CLIENT_ID
          value: {c:gid}
        - name: GORILLA_OIDC_SECRET
          value: GOCSPX-{S:gcs}
        - name: GORILLA_OIDC_ISSUER
          value: https://accounts.google.com""")
P("idp39_alb_authenticate_oidc_actions_json", ALBOIDC,
  """[
  {
    "Type": "authenticate-oidc",
    "AuthenticateOidcConfig": {
      "Issuer": "https://sso.{d:dom}",
      "AuthorizationEndpoint": "https://sso.{d:dom}/authorize",
      "TokenEndpoint": "https://sso.{d:dom}/token",
      "UserInfoEndpoint": "https://sso.{d:dom}/userinfo",
      "ClientId": "{c:a20}",
      "ClientSecret": "{S:u43}",
      "SessionCookieName": "AWSELBAuthSessionCookie",""")
P("idp39_tfstate_okta_app_oauth_client_secret", TFSTATE,
  """          "attributes": {
            "client_basic_secret": null,
            "client_id": "{c:oktaid}",
            "client_secret": "{S:u64}",
            "consent_method": "TRUSTED",
            "grant_types": ["authorization_code", "refresh_token"],""")
P("idp39_kubeconfig_oidc_auth_provider_tokens", KUBECFG,
  """  user:
    auth-provider:
      config:
        client-id: kubernetes
        client-secret: {S:a32}
        id-token: {h:jwth}.{p:jwtp}.{I:sig}
        idp-issuer-url: https://dex.{d:dom}
        refresh-token: {R:u43}
      name: oidc""")
P("idp39_kubelogin_exec_args_client_secret", KUBELOGIN,
  """    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      args:
      - oidc-login
      - get-token
      - --oidc-issuer-url=https://keycloak.{d:dom}/realms/ops
      - --oidc-client-id=kubectl
      - --oidc-client-secret={S:a32}
      command: kubectl""")
P("idp39_vault_write_oidc_config_cmdline", VAULTOIDC,
  """$ vault write auth/oidc/config oidc_discovery_url="https://{o:word}.okta.example.com/oauth2/default" oidc_client_id="{c:oktaid}" oidc_client_secret="{S:u43}" default_role="reader"
Success! Data written to: auth/oidc/config""")
P("idp39_easyauth_token_headers_dump", EASYAUTH,
  """X-MS-CLIENT-PRINCIPAL-NAME: {u:user}@{d:dom}
X-MS-TOKEN-AAD-ID-TOKEN: {h:jwth}.{p:jwtp}.{I:sig}
X-MS-TOKEN-AAD-ACCESS-TOKEN: {h2:jwth}.{p2:jwtp}.{A:sig}
X-MS-TOKEN-AAD-REFRESH-TOKEN: 0.A{R:u120}
X-MS-TOKEN-AAD-EXPIRES-ON: 2024-07-02T11:09:41.0000000Z""")
# ======================================================================
# Okta
# ======================================================================
P("idp39_okta_ssws_header_curl_cmd", OKTATOK,
  """$ curl -v -X GET -H "Accept: application/json" -H "Content-Type: application/json" -H "Authorization: SSWS 00{T:oktat}" "https://{o:word}.okta.example.com/api/v1/apps?q=wandb\"""")
P("idp39_okta_yaml_client_token", OKTASDK,
  """okta:
  client:
    connectionTimeout: 30
    orgUrl: "https://{o:word}.okta.example.com"
    authorizationMode: "SSWS"
    token: "00{T:oktat}\"""")
P("idp39_okta_cli_apps_create_output", OKTACLI,
  """Configuring a new OIDC Application, almost done:
Created OIDC application, client-id: {c:oktaid}

Okta application configuration has been written to: /home/{u:user}/wandb-sso/.okta.env
export OKTA_OAUTH2_ISSUER="https://{o:word}.okta.example.com/oauth2/default"
export OKTA_OAUTH2_CLIENT_ID="{c2:oktaid}"
export OKTA_OAUTH2_CLIENT_SECRET="{S:u43}\"""")
P("idp39_okta_factor_enroll_shared_secret_json", OKTAFACT,
  """  "_embedded": {
    "activation": {
      "timeStep": 30,
      "sharedSecret": "{K:b16}",
      "encoding": "base32",
      "keyLength": 16
    }
  }""")
P("idp39_okta_env_api_token_terraform", OKTASDK,
  """TF_VAR_okta_org_name={o:word}
OKTA_BASE_URL=okta.example.com
OKTA_API_TOKEN=00{T:oktat}
TF_LOG=INFO""")
# ======================================================================
# Entra ID
# ======================================================================
P("idp39_az_ad_app_credential_reset_json", AZRESET,
  """WARNING: The output includes credentials that you must protect. Be sure that you do not include these credentials in your code or check the credentials into your source control. For more information, see https://aka.ms/azadsp-cli
{
  "appId": "{c:uuid}",
  "password": "{S:azs}",
  "tenant": "{t:uuid}"
}""")
P("idp39_az_sp_create_for_rbac_table", AZSP,
  """AppId                                 DisplayName         Password                                  Tenant
------------------------------------  ------------------  ----------------------------------------  ------------------------------------
{c:uuid}  wandb-sso-{w:word}  {S:azs}  {t:uuid}""")
P("idp39_msal_python_config_secret_json", MSAL,
  """{
    "authority": "https://login.microsoftonline.com/{t:uuid}",
    "client_id": "{c:uuid}",
    "scope": ["https://graph.microsoft.com/.default"],
    "secret": "{S:azs}",
    "endpoint": "https://graph.microsoft.com/v1.0/users"
}""")
P("idp39_azure_identity_env_client_secret_export", AZIDENV,
  """declare -x AZURE_AUTHORITY_HOST="https://login.microsoftonline.com"
declare -x AZURE_CLIENT_ID="{c:uuid}"
declare -x AZURE_CLIENT_SECRET="{S:azs}"
declare -x AZURE_TENANT_ID="{t:uuid}\"""")
P("idp39_entra_app_cert_private_key_pem", ENTRACERT + " ; " + PEMSPEC,
  """$ cat wandb-sso-app.pem
-----BEGIN PRIVATE KEY-----
{K1:pem}
{K2:pem}
{K3:pem}
{K4:pemend}
-----END PRIVATE KEY-----
-----BEGIN CERTIFICATE-----""")
P("idp39_az_account_get_access_token_json", AZTOKEN,
  """{
  "accessToken": "{h:jwth}.{p:jwtp}.{A:sig}",
  "expiresOn": "2024-09-12 16:41:07.000000",
  "subscription": "{s:uuid}",
  "tenant": "{t:uuid}",
  "tokenType": "Bearer"
}""")
P("idp39_msal_token_cache_refresh_secret", MSALCACHE,
  """  "RefreshToken": {
    "{o:uuid}.{t:uuid}-login.microsoftonline.com-refreshtoken-{c:uuid}--": {
      "credential_type": "RefreshToken",
      "secret": "1.A{R:u120}",
      "home_account_id": "{o2:uuid}.{t2:uuid}",""")
P("idp39_entra_sync_secrets_put_body", ENTRASYNC,
  """PUT https://graph.microsoft.com/v1.0/servicePrincipals/{sp:uuid}/synchronization/secrets
Content-type: application/json

{"value":[{"key":"BaseAddress","value":"https://wandb.{d:dom}/scim"},{"key":"SecretToken","value":"{T:hex40}"}]}""")
# ======================================================================
# Google
# ======================================================================
P("idp39_google_client_secret_json_web", GCSECRET,
  """{"web":{"client_id":"{c:gid}","project_id":"wandb-sso-{w:word}","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","auth_provider_x509_cert_url":"https://www.googleapis.com/oauth2/v1/certs","client_secret":"GOCSPX-{S:gcs}","redirect_uris":["https://wandb.{d:dom}/oidc/callback"]}}""")
P("idp39_gsa_key_json_private_key_escaped", GSAKEY,
  """  "private_key_id": "{k:hex40}",
  "private_key": "-----BEGIN PRIVATE KEY-----\\n{K1:pem}\\n{K2:pem}\\n{K3:pem}\\n{K4:pemend}\\n-----END PRIVATE KEY-----\\n",
  "client_email": "directory-sync@wandb-{w:word}.iam.gserviceaccount.com",""")
P("idp39_gcloud_print_access_token_capture", GCTOKEN,
  """$ TOKEN=$(gcloud auth print-access-token); echo $TOKEN
ya29.{T:u120}
$ curl -s -H "Authorization: Bearer $TOKEN" https://admin.googleapis.com/admin/directory/v1/groups?domain={d:dom} | head -3""")
P("idp39_adc_authorized_user_refresh_token", GADC,
  """{
  "account": "",
  "client_id": "{c:gid}",
  "client_secret": "d-{S:u22}",
  "quota_project_id": "wandb-{w:word}",
  "refresh_token": "1//0{R:u86}",
  "type": "authorized_user"
}""")
# ======================================================================
# Auth0
# ======================================================================
P("idp39_auth0_cli_apps_show_reveal_table", A0CLI,
  """=== {t:word}.us.auth0.example.com application

  CLIENT ID            {c:a32}
  NAME                 W&B Server
  DESCRIPTION
  TYPE                 Regular Web Application
  CLIENT SECRET        {S:u64}
  CALLBACKS            https://wandb.{d:dom}/oidc/callback""")
P("idp39_auth0_client_credentials_json_body", A0CC,
  """> POST /oauth/token HTTP/1.1
> Host: {t:word}.eu.auth0.example.com
> content-type: application/json
> Content-Length: {n:int}
>
{"client_id":"{c:a32}","client_secret":"{S:u64}","audience":"https://{t2:word}.eu.auth0.example.com/api/v2/","grant_type":"client_credentials"}""")
P("idp39_auth0_deploy_cli_config_json", A0DEPLOY,
  """{
  "AUTH0_DOMAIN": "{t:word}.auth0.example.com",
  "AUTH0_CLIENT_ID": "{c:a32}",
  "AUTH0_CLIENT_SECRET": "{S:u64}",
  "AUTH0_ALLOW_DELETE": false
}""")
P("idp39_auth0_mfa_associate_response", A0MFA,
  """{
  "authenticator_type": "otp",
  "secret": "{K:b32}",
  "barcode_uri": "otpauth://totp/{t:word}:{u:user}%40{d:dom}?secret={K}&issuer={t}&algorithm=SHA1&digits=6&period=30",
  "recovery_codes": [ "{RC:a24}" ]
}""".replace("{K}", "{K:b32}").replace("issuer={t}", "issuer={t:word}"))
# ======================================================================
# Keycloak
# ======================================================================
P("idp39_kcadm_config_credentials_password_flag", KCADMGIST,
  """root@keycloak-0:/opt/keycloak# bin/kcadm.sh config credentials --server http://localhost:8080 --realm master --user admin --password {P:pw}
Logging into http://localhost:8080 as user admin of realm master""")
P("idp39_kcadm_config_credentials_client_secret_flag", KCADMGIST,
  """$ kcadm.sh config credentials --server https://sso.{d:dom} --realm wandb --client ops-automation --secret {S:a32}
$ kcadm.sh get realms/wandb --fields realm,enabled""")
P("idp39_kcadm_create_clients_secret_set", KCADM,
  """+ /opt/keycloak/bin/kcadm.sh create clients -r wandb -s clientId=wandb-server -s enabled=true -s clientAuthenticatorType=client-secret -s secret={S:a32} -s 'redirectUris=["https://wandb.{d:dom}/*"]' -i
{id:uuid}""")
P("idp39_kcadm_get_client_secret_json", KCADM,
  """$ kcadm.sh get clients/{id:uuid}/client-secret -r wandb
{
  "type" : "secret",
  "value" : "{S:a32}"
}""")
P("idp39_kcadm_set_password_new_password", KCADMGIST,
  """$ kcadm.sh set-password -r wandb --username svc-{u:user} --new-password '{P:pw}' --temporary=false
$ kcadm.sh add-roles -r wandb --uusername svc-{u:user} --rolename wandb-admin""")
P("idp39_kcadm_update_client_secret_s_flag", KCADM,
  """kcadm.sh update clients/{id:uuid} -r wandb -s "secret={S:a32}"
kcadm.sh get clients/{id:uuid} -r wandb --fields clientId,secret
{
  "clientId" : "wandb-server",
  "secret" : "{S}"
}""".replace('"{S}"', '"{S:a32}"'))
P("idp39_realm_export_client_secret_pretty", KCEXPORT,
  """  "clients" : [ {
    "id" : "{id:uuid}",
    "clientId" : "wandb-server",
    "surrogateAuthRequired" : false,
    "enabled" : true,
    "clientAuthenticatorType" : "client-secret",
    "secret" : "{S:a32}",
    "redirectUris" : [ "https://wandb.{d:dom}/*" ],""")
P("idp39_realm_export_idp_config_client_secret", KCEXPORT,
  """  "identityProviders" : [ {
    "alias" : "entra",
    "providerId" : "oidc",
    "enabled" : true,
    "config" : {
      "tokenUrl" : "https://login.microsoftonline.com/{t:uuid}/oauth2/v2.0/token",
      "clientId" : "{c:uuid}",
      "clientSecret" : "{S:azs}",
      "clientAuthMethod" : "client_secret_post",""")
P("idp39_realm_export_smtp_server_password", KCEXPORT,
  """  "smtpServer" : {
    "password" : "{P:pw}",
    "starttls" : "true",
    "auth" : "true",
    "port" : "587",
    "host" : "smtp.{d:dom}",
    "from" : "sso@{d:dom}",
    "user" : "sso-mailer"
  },""")
P("idp39_realm_export_ldap_bind_credential", KCEXPORT,
  """        "config" : {
          "bindDn" : [ "CN=svc-keycloak,OU=Service Accounts,DC=corp,DC=example,DC=com" ],
          "bindCredential" : [ "{P:pw}" ],
          "connectionUrl" : [ "ldaps://dc01.corp.example.com:636" ],
          "usersDn" : [ "OU=Staff,DC=corp,DC=example,DC=com" ],""")
P("idp39_realm_export_otp_credential_secretdata", KCEXPORT + " ; " + KCOTP,
  """    "credentials" : [ {
      "id" : "{id:uuid}",
      "type" : "otp",
      "userLabel" : "phone",
      "createdDate" : {e:epoch}123,
      "secretData" : "{\\"value\\":\\"{K:a20}\\"}",
      "credentialData" : "{\\"subType\\":\\"totp\\",\\"digits\\":6,\\"counter\\":0,\\"period\\":30,\\"algorithm\\":\\"HmacSHA1\\"}"
    } ],""")
P("idp39_keycloak_admin_event_representation_secret", KCEVENTS,
  """{ts:tsk} DEBUG [org.keycloak.events] (executor-thread-{n:int}) operationType=UPDATE, realmId={r:uuid}, clientId={c:uuid}, userId={u:uuid}, ipAddress={ip:ip}, resourceType=CLIENT, resourcePath=clients/{id:uuid}, representation={"clientId":"wandb-server","secret":"{S:a32}","publicClient":false}""", LOGW)
P("idp39_keycloak_adapter_json_credentials", KCADAPTER,
  """{
  "realm": "wandb",
  "auth-server-url": "https://sso.{d:dom}/",
  "ssl-required": "external",
  "resource": "wandb-server",
  "credentials": {
    "secret": "{S:a32}"
  },
  "confidential-port": 0
}""")
P("idp39_kc_sh_start_db_password_ps", PSAUX + " ; " + KCDB,
  """1000           1  4.2 12.1 3482100 987412 ?      Ssl  08:01   3:12 /opt/java/openjdk/bin/java -Dkc.config.built=true -Xms64m -Xmx512m -cp /opt/keycloak/lib/quarkus-run.jar io.quarkus.bootstrap.runner.QuarkusEntryPoint start --optimized --db=mysql --db-url-host=mysql.wandb.svc.cluster.local --db-username=keycloak --db-password={P:pw} --hostname=sso.{d:dom}""")
P("idp39_keycloak_conf_db_password", KCCONF,
  """# Database
db=postgres
db-username=keycloak
db-password={P:pw}
db-url=jdbc:postgresql://postgres.auth.svc.cluster.local/keycloak
health-enabled=true""")
P("idp39_keycloak_describe_pod_bootstrap_admin_env", KUBEDESC + " ; " + KCBOOT,
  """    Environment:
      KC_BOOTSTRAP_ADMIN_USERNAME:  admin
      KC_BOOTSTRAP_ADMIN_PASSWORD:  {P:pw}
      KC_DB_PASSWORD:               <set to the key 'password' in secret 'keycloak-db'>  Optional: false
      KC_HOSTNAME:                  sso.{d:dom}""")
P("idp39_keycloak_admin_cli_password_grant_curl", KCTOKEN,
  """curl -s -X POST "http://keycloak.auth.svc.cluster.local:8080/realms/master/protocol/openid-connect/token" -H "Content-Type: application/x-www-form-urlencoded" -d "username=admin" -d "password={P:pwu}" -d "grant_type=password" -d "client_id=admin-cli" | jq -r .access_token""")
P("idp39_keycloak_identity_cookie_request", OIDCCORE,
  """> GET /realms/wandb/protocol/openid-connect/auth?client_id=wandb-server&response_type=code&state={st:u22} HTTP/1.1
> Host: sso.{d:dom}
> Cookie: AUTH_SESSION_ID={sid:uuid}.keycloak-0; KEYCLOAK_IDENTITY={h:jwth}.{p:jwtp}.{I:u43}; KEYCLOAK_SESSION={ks:hex64}""")
# ======================================================================
# Dex
# ======================================================================
P("idp39_dex_static_clients_secret_yaml", DEXCFG,
  """staticClients:
- id: wandb-server
  redirectURIs:
  - 'https://wandb.{d:dom}/oidc/callback'
  name: 'W&B Server'
  secret: {S:u43}""")
P("idp39_dex_ldap_connector_bindpw", DEXLDAP,
  """connectors:
- type: ldap
  id: ldap
  name: Corp AD
  config:
    host: ldap.corp.example.com:636
    bindDN: uid=svc-dex,cn=sysaccounts,dc=example,dc=com
    bindPW: {P:pw}
    usernamePrompt: SSO Username""")
P("idp39_dex_github_connector_client_secret", DEXGH,
  """- type: github
  id: github
  name: GitHub
  config:
    clientID: Iv1.{c:hex16}
    clientSecret: {S:hex40}
    redirectURI: https://dex.{d:dom}/callback
    orgs:
    - name: {o:word}-ml""")
P("idp39_dex_oidc_connector_google_secret", DEXOIDC,
  """  - type: oidc
    id: google
    name: Google Workspace
    config:
      issuer: https://accounts.google.com
      clientID: {c:gid}
      clientSecret: GOCSPX-{S:gcs}
      redirectURI: https://dex.{d:dom}/callback""")
P("idp39_dex_config_configmap_json_escaped", DEXCFG + " ; " + KUBEYAML,
  r"""        "config.yaml": "issuer: https://dex.{d:dom}\nstorage:\n  type: kubernetes\n  config:\n    inCluster: true\nstaticClients:\n- id: wandb\n  secret: {S:u43}\n  redirectURIs: ['https://wandb.{d2:dom}/oidc/callback']\n""" + '"')
# ======================================================================
# oauth2-proxy
# ======================================================================
P("idp39_oauth2_proxy_cfg_client_and_cookie_secret", O2P,
  """provider = "oidc"
oidc_issuer_url = "https://sso.{d:dom}/realms/wandb"
client_id = "wandb-proxy"
client_secret = "{S:a32}"
cookie_secret = "{K:u32}"
cookie_secure = true
email_domains = [ "{d2:dom}" ]""")
P("idp39_oauth2_proxy_container_args_secrets", O2P + " ; " + KUBEYAML,
  """      containers:
      - args:
        - --provider=azure
        - --azure-tenant={t:uuid}
        - --client-id={c:uuid}
        - --client-secret={S:azs}
        - --cookie-secret={K:u32}
        - --upstream=http://wandb-app.wandb.svc.cluster.local:8080""")
P("idp39_oauth2_proxy_env_secrets_describe", O2P + " ; " + KUBEDESC,
  """    Environment:
      OAUTH2_PROXY_CLIENT_ID:      wandb-proxy
      OAUTH2_PROXY_CLIENT_SECRET:  {S:a32}
      OAUTH2_PROXY_COOKIE_SECRET:  {K:u32}
      OAUTH2_PROXY_REDIS_PASSWORD: {P:pw}""")
P("idp39_oauth2_proxy_session_cookie_header", O2PSESS,
  """GET /oauth2/auth HTTP/1.1
Host: wandb.{d:dom}
X-Original-URI: /api/v1/viewer
Cookie: _oauth2_proxy={C:u120}|{e:epoch}|{G:u43}=""", ("kubectl_prefix",))
P("idp39_oauth2_proxy_split_set_cookie", O2PSESS,
  """< HTTP/1.1 302 Found
< Location: /
< Set-Cookie: _oauth2_proxy_0={C1:u120}; Path=/; Domain=wandb.{d:dom}; Expires=Tue, 14 May 2024 10:01:22 GMT; HttpOnly; Secure; SameSite=Lax
< Set-Cookie: _oauth2_proxy_1={C2:u64}|{e:epoch}|{G:u43}=; Path=/; Domain=wandb.{d:dom}; Expires=Tue, 14 May 2024 10:01:22 GMT; HttpOnly; Secure; SameSite=Lax""")
P("idp39_oauth2_proxy_helm_values_config", O2PCHART + " ; " + HELMVALUES,
  """USER-SUPPLIED VALUES:
config:
  clientID: wandb-proxy
  clientSecret: {S:a32}
  cookieSecret: {K:u32}
  configFile: |-
    email_domains = [ "*" ]""")
P("idp39_oauth2_proxy_alpha_config_providers", O2PALPHA,
  """providers:
- id: keycloak-oidc
  provider: keycloak-oidc
  clientID: wandb-proxy
  clientSecret: {S:a32}
  oidcConfig:
    issuerURL: https://sso.{d:dom}/realms/wandb
    emailClaim: email""")
P("idp39_oauth2_proxy_upstream_access_token_header", O2P,
  """GET /api/v1/viewer HTTP/1.1
Host: wandb-app:8080
X-Forwarded-Email: {u:user}@{d:dom}
X-Forwarded-User: {uid:uuid}
X-Forwarded-Access-Token: {h:jwth}.{p:jwtp}.{A:sig}
Gap-Auth: {u2:user}@{d:dom}""")
P("idp39_oauth2_proxy_redis_session_connection_url", O2PSESS,
  """[2024/05/14 10:01:22] [main.go:59] invalid configuration:
  redis-connection-url = "redis://default:{P:pwu}@redis-master.auth.svc.cluster.local:6379/2"
  session-store-type   = "redis\"""", ("kubectl_prefix",))
# ======================================================================
# Pomerium
# ======================================================================
P("idp39_pomerium_config_yaml_three_secrets", POMSS + " ; " + POMCK + " ; " + POMIDP,
  """authenticate_service_url: https://authenticate.{d:dom}
shared_secret: {SS:s43}=
cookie_secret: {CS:s43}=
idp_provider: oidc
idp_provider_url: https://sso.{d:dom}/realms/wandb
idp_client_id: pomerium
idp_client_secret: {S:a32}""")
P("idp39_pomerium_env_file_secrets", POMSS + " ; " + POMCK,
  """AUTHENTICATE_SERVICE_URL=https://authenticate.{d:dom}
SHARED_SECRET={SS:s43}=
COOKIE_SECRET={CS:s43}=
IDP_CLIENT_SECRET={S:a32}""")
P("idp39_pomerium_session_cookie_curl_v", POMCK,
  """> GET /api/v1/viewer HTTP/2
> Host: wandb.{d:dom}
> User-Agent: curl/8.5.0
> Cookie: _pomerium={C:u120}|{e:epoch}|{G:u43}""")
P("idp39_pomerium_route_idp_client_secret", "https://www.pomerium.com/docs/reference/routes/identity-provider-client-secret-per-route.md",
  """routes:
  - from: https://wandb.{d:dom}
    to: http://wandb-app.wandb.svc.cluster.local:8080
    idp_client_id: {c:oktaid}
    idp_client_secret: {S:u43}
    allow_websockets: true""")
P("idp39_pomerium_signing_key_b64_pem", POMSK,
  """signing_key: {SK:s88}
# generated with: openssl ecparam -genkey -name prime256v1 -noout | base64 -w0""")
P("idp39_pomerium_k8s_secret_data_b64", POMSS + " ; " + KUBEYAML,
  """apiVersion: v1
data:
  cookie_secret: {CS:b64~s43}
  shared_secret: {SS:b64~s43}
kind: Secret
metadata:
  name: bootstrap""")
# ======================================================================
# SAML
# ======================================================================
P("idp39_saml_sp_key_pem_file_cat", SAMLMETA + " ; " + PEMSPEC,
  """$ kubectl -n wandb exec deploy/saml-sp -- cat /etc/saml/sp-key.pem
-----BEGIN RSA PRIVATE KEY-----
{K1:pem}
{K2:pem}
{K3:pemend}
-----END RSA PRIVATE KEY-----""")
P("idp39_saml_har_postdata_samlresponse", HAR + " ; " + SAMLBIND,
  """          "postData": {
            "mimeType": "application/x-www-form-urlencoded",
            "text": "SAMLResponse={R:u240}%3D&RelayState={rs:u22}",""")
P("idp39_python3_saml_settings_private_key_oneline", PYSAML,
  """    "sp": {
        "entityId": "https://wandb.{d:dom}/saml/metadata",
        "NameIDFormat": "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
        "x509cert": "",
        "privateKey": "MIIEv{K:s300}"
    },""")
P("idp39_simplesamlphp_privatekey_pass", SSPHP,
  """    'default-sp' => [
        'saml:SP',
        'privatekey' => 'saml.pem',
        'privatekey_pass' => '{P:pw}',
        'entityID' => 'https://wandb.{d:dom}/saml',""")
P("idp39_keycloak_rsa_component_private_key", KCEXPORT,
  """      "org.keycloak.keys.KeyProvider" : [ {
        "name" : "rsa-generated",
        "providerId" : "rsa-generated",
        "config" : {
          "privateKey" : [ "MIIEow{K:s300}" ],
          "certificate" : [ "MIICmz{c:s88}" ],
          "priority" : [ "100" ]""")
# ======================================================================
# LDAP / Active Directory
# ======================================================================
P("idp39_ldapsearch_w_quoted_bash_history", LDAPSEARCH,
  """ 1021  ldapsearch -x -H ldaps://dc01.corp.example.com -D "CN=svc-wandb,OU=Service,DC=corp,DC=example,DC=com" -w '{P:pw}' -b "DC=corp,DC=example,DC=com" "(sAMAccountName={u:user})" memberOf
 1022  ldapsearch -x -H ldaps://dc01.corp.example.com -D "CN=svc-wandb,OU=Service,DC=corp,DC=example,DC=com" -W -b "DC=corp,DC=example,DC=com\"""")
P("idp39_sssd_conf_default_authtok", SSSD,
  """[domain/corp.example.com]
id_provider = ldap
ldap_uri = ldaps://ldap.corp.example.com
ldap_default_bind_dn = cn=sssd-bind,ou=svc,dc=example,dc=com
ldap_default_authtok_type = password
ldap_default_authtok = {P:pw}
ldap_tls_reqcert = demand""")
P("idp39_ldif_userpassword_double_colon_b64", RFC2849,
  """dn: uid=svc-{u:user},ou=service,dc=example,dc=com
objectClass: inetOrgPerson
uid: svc-{u:user}
cn: svc {u:user}
userPassword:: {B:b64~pw}""")
P("idp39_ldapmodify_replace_userpassword_plain", RFC2849,
  """$ cat reset.ldif
dn: uid={u:user},ou=people,dc=example,dc=com
changetype: modify
replace: userPassword
userPassword: {P:pw}
-""")
P("idp39_nslcd_conf_bindpw", NSLCD,
  """uri ldaps://ldap.corp.example.com/
base dc=example,dc=com
binddn cn=nslcd,ou=svc,dc=example,dc=com
bindpw {P:pw}
tls_reqcert demand""")
P("idp39_ldap3_connection_repr_traceback", LDAP3,
  """  File "/app/sync/ad.py", line 41, in bind
    conn.bind()
    conn = Connection(Server('ldaps://dc02.corp.example.com:636', use_ssl=True, get_info='SCHEMA'), user='CORP\\\\svc-wandb', password='{P:pw}', auto_bind='NONE', version=3, authentication='SIMPLE', client_strategy='SYNC', read_only=True)
ldap3.core.exceptions.LDAPInvalidCredentialsResult: LDAPInvalidCredentialsResult - 49 - invalidCredentials""", LOGW)
P("idp39_net_ads_join_user_percent_password", SAMBA,
  """root     {p:pid}  0.0  0.0  58320  9120 pts/1    S+   11:02   0:00 net ads join -U svc-join%{P:pwu} createcomputer=Servers/ML -S dc01.corp.example.com""")
P("idp39_ldappasswd_s_and_w_flags", LDAPPASSWD,
  """+ ldappasswd -H ldap://openldap.auth.svc.cluster.local -x -D cn=admin,dc=example,dc=com -w {P:pw} -s {N:pw} uid={u:user},ou=people,dc=example,dc=com
Result: Success (0)""")
P("idp39_spring_ldap_password_yaml", SPRINGLDAP,
  """spring:
  ldap:
    urls: ldaps://ldap.corp.example.com:636
    base: dc=corp,dc=example,dc=com
    username: cn=svc-reader,ou=svc,dc=corp,dc=example,dc=com
    password: {P:pw}""")
P("idp39_vault_ldap_config_bindpass", VAULTLDAP,
  """$ vault write auth/ldap/config url="ldaps://ldap.corp.example.com" binddn="cn=vault,ou=svc,dc=example,dc=com" bindpass='{P:pw}' userdn="ou=people,dc=example,dc=com" groupdn="ou=groups,dc=example,dc=com"
Success! Data written to: auth/ldap/config""")
P("idp39_openldap_olcrootpw_plain_ldif", RFC2849,
  """dn: olcDatabase={1}mdb,cn=config
changetype: modify
replace: olcRootPW
olcRootPW: {P:pw}""")
# ======================================================================
# SCIM
# ======================================================================
P("idp39_scim_bearer_curl_filter_users", RFC7644,
  """$ curl -sS -H "Authorization: Bearer {T:u43}" -H "Accept: application/scim+json" "https://sso.{d:dom}/scim/v2/Users?filter=userName%20eq%20%22{u:user}%40{d2:dom}%22\"""")
P("idp39_wandb_scim_basic_api_key_curl_u", WBSCIM,
  """curl -s -u admin:{K:hex40} -H "Content-Type: application/scim+json" https://wandb.{d:dom}/scim/Users -d @user.json""")
P("idp39_scim_request_log_authorization_json", RFC7644,
  """{"level":"info","ts":{e:epoch}.{n:int},"msg":"scim request","method":"PATCH","path":"/scim/v2/Groups/{g:uuid}","headers":{"Authorization":["Bearer {T:u64}"],"Content-Type":["application/scim+json"]}}""", LOGW)
# ======================================================================
# API keys / service accounts
# ======================================================================
P("idp39_wandb_graphql_generate_api_key_response", WBGQL,
  """{"data":{"generateApiKey":{"apiKey":{"id":"{id:a24}","name":"{K:hex40}","description":"sso-sync"}}}}""")
P("idp39_keycloak_service_account_token_response", KCTOKEN,
  """< HTTP/1.1 200 OK
< Content-Type: application/json
{"access_token":"{h:jwth}.{p:jwtp}.{A:sig}","expires_in":300,"refresh_expires_in":0,"token_type":"Bearer","not-before-policy":0,"scope":"profile email"}""")
P("idp39_wandb_service_account_created_output", WBGQL,
  """Service account "sso-provisioner" created in team ml-{w:word}.
API key (shown once): {K:hex40}
Store it now; it cannot be displayed again.""")
# ======================================================================
# MFA
# ======================================================================
P("idp39_otpauth_uri_debug_log", TOTPURI,
  """{ts:iso} DEBUG mfa enrollment uri=otpauth://totp/W%26B%20Server:{u:user}%40{d:dom}?secret={K:b32}&issuer=W%26B%20Server&algorithm=SHA1&digits=6&period=30""", LOGW)
P("idp39_recovery_codes_printed_list", "https://docs.github.com/en/authentication/securing-your-account-with-two-factor-authentication-2fa/configuring-two-factor-authentication-recovery-methods",
  """Save these recovery codes in a safe place:
  {R1:rc}    {R2:rc}
  {R3:rc}    {R4:rc}
Each code can be used once.""")
P("idp39_google_authenticator_file_scratch_codes", GAUTHPAM,
  """$ cat ~/.google_authenticator
{K:b32}
" RATE_LIMIT 3 30
" WINDOW_SIZE 3
" TOTP_AUTH
{C1:hex8}
{C2:hex8}""".replace("{C1:hex8}", "{C1:rc8}").replace("{C2:hex8}", "{C2:rc8}"))
P("idp39_totp_secret_yaml_seed_field", TOTPURI,
  """mfa:
  issuer: W&B Server
  users:
    - email: {u:user}@{d:dom}
      totp_seed: {K:b32}""")
# ======================================================================
# Kerberos
# ======================================================================
P("idp39_klist_kK_key_hex", KLIST,
  """Keytab name: FILE:/etc/krb5.keytab
KVNO Principal
---- --------------------------------------------------------------------------
   3 HTTP/wandb.corp.example.com@CORP.EXAMPLE.COM (aes256-cts-hmac-sha1-96)  (0x{K:hex64})
   3 HTTP/wandb.corp.example.com@CORP.EXAMPLE.COM (aes128-cts-hmac-sha1-96)  (0x{K2:hex32})""")
P("idp39_kinit_password_echo_pipe", KINIT,
  """+ echo '{P:pw}' | kinit svc-wandb@CORP.EXAMPLE.COM
Password for svc-wandb@CORP.EXAMPLE.COM:
+ klist -s""")
P("idp39_keytab_secret_data_b64", KUBEYAML,
  """apiVersion: v1
data:
  krb5.keytab: BQIAAABF{K:s88}
kind: Secret""")
P("idp39_kadmin_local_addprinc_pw", KADMIN,
  """# kadmin.local -q "addprinc -pw {P:pw} svc-wandb@CORP.EXAMPLE.COM"
Authenticating as principal root/admin@CORP.EXAMPLE.COM with password.
Principal "svc-wandb@CORP.EXAMPLE.COM" created.""")
P("idp39_kadmin_w_flag_ktadd", KADMIN,
  """$ kadmin -p admin/admin -w '{P:pw}' -q "ktadd -k /tmp/http.keytab HTTP/wandb.corp.example.com"
Authenticating as principal admin/admin with password.""")

# ---------------------------------------------------------------- extra positive layouts
P("idp39_oidc_secret_helm_set_flag_history", HELMVALUES + " ; " + WBOP,
  """helm upgrade --install wandb wandb/operator-wandb -n wandb --set global.auth.oidc.clientId={c:uuid} --set global.auth.oidc.secret={S:azs} --set global.auth.oidc.issuer=https://login.microsoftonline.com/{t:uuid}/v2.0""")
P("idp39_okta_system_log_debugcontext_token_leak", OKTALOG,
  """      "debugContext": {
        "debugData": {
          "requestUri": "/oauth2/default/v1/token",
          "url": "/oauth2/default/v1/token?grant_type=refresh_token&refresh_token={R:u43}",
          "requestId": "{rid:a24}\"""")
P("idp39_dex_static_passwords_bcrypt_hash", DEXSTATIC,
  """enablePasswordDB: true
staticPasswords:
- email: "admin@{d:dom}"
  hash: "$2a$10${H:bc53}"
  username: "admin\"""")
P("idp39_entra_client_secret_terraform_output_json", TFPLAN,
  """$ terraform output -json
{
  "wandb_sso_client_secret": {
    "sensitive": true,
    "type": "string",
    "value": "{S:azs}"
  }
}""")
P("idp39_auth0_rule_config_secret_log", A0DEPLOY,
  """{ts:iso} auth0-deploy-cli info: Processing rulesConfigs
{ts2:iso} auth0-deploy-cli debug: rulesConfigs [{"key":"WANDB_API_KEY","value":"{K:hex40}"}]""", LOGW)
P("idp39_gitlab_style_oidc_omniauth_secret_yaml", SPRINGO,
  """oidc:
  provider: keycloak
  discovery: true
  client_options:
    identifier: wandb-server
    secret: {S:a32}
    redirect_uri: https://wandb.{d:dom}/oidc/callback""")

P("idp39_oidc_secret_env_file_trailing_value", WBSSO,
  """# /etc/wandb/sso.env
OIDC_ISSUER=https://sso.{d:dom}/realms/wandb
OIDC_CLIENT_ID=wandb-server
OIDC_SECRET={S:a32}""")
P("idp39_pomerium_log_json_idp_client_secret_debug", POMIDP,
  """{"level":"debug","service":"authenticate","idp_provider":"oidc","idp_client_id":"pomerium","idp_client_secret":"{S:a32}","time":"{ts:iso}","message":"authenticate: identity provider configured"}""", LOGW)
P("idp39_oauth2_proxy_cookie_secret_generation_capture", O2P,
  """$ python -c 'import os,base64; print(base64.urlsafe_b64encode(os.urandom(32)).decode())'
{K:u43}=
$ kubectl -n auth create secret generic oauth2-proxy --from-literal=cookie-secret={K2:u43}= --dry-run=client -o yaml > cs.yaml""")
P("idp39_kcadm_create_components_ldap_bindcredential", KCADM,
  """kcadm.sh create components -r wandb -s name=corp-ad -s providerId=ldap -s providerType=org.keycloak.storage.UserStorageProvider -s 'config.bindDn=["CN=svc-kc,OU=svc,DC=corp,DC=example,DC=com"]' -s 'config.bindCredential=["{P:pw}"]' -s 'config.connectionUrl=["ldaps://dc01.corp.example.com"]'""")
P("idp39_saml_idp_metadata_with_embedded_private_key_mistake", SAMLMETA,
  """      <ds:KeyInfo>
        <ds:X509Data><ds:X509Certificate>MIIC{c:s300}</ds:X509Certificate></ds:X509Data>
        <!-- private: MIIEvg{K:s300} -->
      </ds:KeyInfo>""")
P("idp39_azure_devops_var_group_client_secret_json", "https://learn.microsoft.com/en-us/cli/azure/pipelines/variable-group/variable",
  """    "ENTRA_CLIENT_ID": {
      "isSecret": null,
      "value": "{c:uuid}"
    },
    "ENTRA_CLIENT_SECRET": {
      "isSecret": false,
      "value": "{S:azs}"
    },""")

# ======================================================================
# NEGATIVES
# ======================================================================
N("idp39_neg_discovery_document_endpoints", OIDCDISC,
  """{
  "issuer": "https://sso.{d:dom}/realms/{w:word}",
  "authorization_endpoint": "https://sso.{d:dom}/realms/{w:word}/protocol/openid-connect/auth",
  "token_endpoint": "https://sso.{d:dom}/realms/{w:word}/protocol/openid-connect/token",
  "jwks_uri": "https://sso.{d:dom}/realms/{w:word}/protocol/openid-connect/certs",
  "token_endpoint_auth_methods_supported": ["private_key_jwt", "client_secret_basic", "client_secret_post", "client_secret_jwt"],
  "code_challenge_methods_supported": ["plain", "S256"]
}""")
N("idp39_neg_jwks_public_rsa_key", JWKS,
  """{"keys":[{"kid":"{k:u43}","kty":"RSA","alg":"RS256","use":"sig","n":"{n:u120}{n2:u120}","e":"AQAB","x5t":"{x:u22}","x5t#S256":"{x2:u43}"}]}""")
N("idp39_neg_authorize_url_state_nonce_challenge", RFC7636,
  """{ip:ip} - - [{ts:clf}] "GET /oauth2/v1/authorize?client_id={c:oktaid}&response_type=code&scope=openid%20email%20profile%20groups&redirect_uri=https%3A%2F%2Fwandb.{d:dom}%2Foidc%2Fcallback&state={st:u43}&nonce={no:u43}&code_challenge={cc:u43}&code_challenge_method=S256 HTTP/1.1" 302 0""", ("kubectl_prefix", "docker_ts"))
N("idp39_neg_oauth2_proxy_cfg_secret_files", O2P,
  """provider = "oidc"
client_id = "wandb-{c:l8}"
client_secret_file = "/etc/oauth2-proxy/client-secret"
cookie_secret = ""
# cookie_secret is read from OAUTH2_PROXY_COOKIE_SECRET
email_domains = [ "{d:dom}" ]""")
N("idp39_neg_oauth2_proxy_help_text", O2P,
  """      --client-secret string                 the OAuth Client Secret
      --client-secret-file string            the file with OAuth Client Secret
      --cookie-secret string                 the seed string for secure cookies (optionally base64 encoded)
      --cookie-name string                   the name of the cookie that the oauth_proxy creates (default "_oauth2_proxy")
      --cookie-expire duration               expire timeframe for cookie (default {h:int}h0m0s)""")
N("idp39_neg_pomerium_config_secret_file_paths", POMSS,
  """authenticate_service_url: https://authenticate.{d:dom}
shared_secret_file: /run/secrets/POMERIUM_SHARED_SECRET
cookie_secret_file: /run/secrets/POMERIUM_COOKIE_SECRET
idp_client_secret_file: /run/secrets/{w:word}_idp_secret
idp_client_id: pomerium-{c:l8}""")
N("idp39_neg_kcadm_get_clients_fields", KCADM,
  """$ kcadm.sh get clients -r {w:word} --fields id,clientId
[ {
  "id" : "{i1:uuid}",
  "clientId" : "wandb-server"
}, {
  "id" : "{i2:uuid}",
  "clientId" : "account-console"
} ]""")
N("idp39_neg_realm_export_masked_secret", KCEXPORT,
  """  "clients" : [ {
    "id" : "{id:uuid}",
    "clientId" : "wandb-{c:l8}",
    "clientAuthenticatorType" : "client-secret",
    "secret" : "**********",
    "redirectUris" : [ "https://wandb.{d:dom}/*" ],""")
N("idp39_neg_dex_env_substitution", DEXCFG,
  """staticClients:
- id: wandb-{c:l8}
  secretEnv: WANDB_CLIENT_SECRET
  redirectURIs:
  - 'https://wandb.{d:dom}/oidc/callback'
  name: 'W&B Server'""")
N("idp39_neg_dex_ldap_bindpw_env_reference", DEXLDAP,
  """    host: ldap.{d:dom}:636
    bindDN: uid=svc-dex-{c:l8},cn=sysaccounts,dc=example,dc=com
    bindPW: $LDAP_BIND_PW
    userSearch:
      baseDN: cn=users,dc=example,dc=com
      filter: "(objectClass=person)\"""")
N("idp39_neg_sssd_conf_gssapi_keytab", SSSD,
  """[domain/{w:word}.example.com]
id_provider = ldap
ldap_sasl_mech = GSSAPI
ldap_krb5_keytab = /etc/sssd/{w:word}.keytab
ldap_default_authtok_type = password
cache_credentials = True""")
N("idp39_neg_ldapsearch_y_passwd_file_and_W", LDAPSEARCH,
  """  {n:int}  ldapsearch -x -H ldaps://dc01.corp.example.com -D "CN=svc-wandb,OU=Service,DC=corp,DC=example,DC=com" -y /etc/wandb/ldap.pw -b "DC=corp,DC=example,DC=com" "(sAMAccountName={u:user})"
  {n2:int}  ldapsearch -x -W -D cn=admin,dc=example,dc=com -b ou=groups,dc=example,dc=com cn""")
N("idp39_neg_ldif_export_no_password", RFC2849,
  """dn: uid={u:user},ou=people,dc=example,dc=com
objectClass: inetOrgPerson
uid: {u:user}
mail: {u:user}@{d:dom}
memberOf: cn=wandb-{w:word},ou=groups,dc=example,dc=com
entryUUID: {e:uuid}""")
N("idp39_neg_saml_metadata_x509_certificate", SAMLMETA,
  """  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data><ds:X509Certificate>MIIDpDCCAoygAwIBAgIG{c:s300}</ds:X509Certificate></ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://{w:word}.okta.example.com/app/{a:a20}/sso/saml"/>""")
N("idp39_neg_saml_metadata_signature_digest", SAMLMETA,
  """<ds:Reference URI="#_{id:hex32}"><ds:Transforms><ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/></ds:Transforms>
<ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue>{dv:s43}=</ds:DigestValue></ds:Reference></ds:SignedInfo>
<ds:SignatureValue>{sv:s300}</ds:SignatureValue>""")
N("idp39_neg_okta_system_log_event", OKTALOG, wraps=("jsonfile",), text=
  """{"actor":{"id":"00u{a:a16}","type":"User","alternateId":"{u:user}@{d:dom}"},"eventType":"user.authentication.sso","outcome":{"result":"SUCCESS"},"transaction":{"type":"WEB","id":"{t:a24}"},"uuid":"{id:uuid}","published":"{ts:iso}","target":[{"id":"0oa{b:a16}","type":"AppInstance","alternateId":"W&B Server"}]}""")
N("idp39_neg_az_ad_app_show_password_credentials_hint", AZAPPSHOW,
  """  "passwordCredentials": [
    {
      "customKeyIdentifier": null,
      "displayName": "wandb-{w:word}",
      "endDateTime": "2026-03-01T10:22:41Z",
      "hint": "{hi:a8}"[0:3],
      "keyId": "{k:uuid}",
      "startDateTime": "2024-03-01T10:22:41Z",
      "secretText": null
    }""".replace('"{hi:a8}"[0:3]', '"{hi:hint}"'))
N("idp39_neg_gsa_key_json_public_fields", GSAKEY,
  """  "type": "service_account",
  "project_id": "wandb-{w:word}",
  "private_key_id": "{k:hex40}",
  "client_email": "directory-sync@wandb-{w:word}.iam.gserviceaccount.com",
  "client_id": "{c:int}{c2:int}{c3:int}",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/directory-sync%40wandb-{w:word}.iam.gserviceaccount.com\"""")
N("idp39_neg_auth0_apps_list_table", A0CLI,
  """=== {t:word}.us.auth0.example.com applications

  CLIENT ID                         NAME                 TYPE
  {c1:a32}  W&B Server           Regular Web Application
  {c2:a32}  auth0-deploy-cli     Machine to Machine""")
N("idp39_neg_wandb_env_oidc_pkce_no_secret", WBSSO,
  """OIDC_ISSUER=https://login.microsoftonline.com/{t:uuid}/v2.0
OIDC_CLIENT_ID={c:uuid}
OIDC_AUTH_METHOD=pkce
OIDC_SECRET=""")
N("idp39_neg_helm_values_oidc_secret_ref", WBOP,
  """    global:
      auth:
        oidc:
          clientId: {c:uuid}
          secret:
            name: wandb-oidc-{w:word}
            key: client-secret
          issuer: https://login.microsoftonline.com/{t:uuid}/v2.0""")
N("idp39_neg_id_token_decoded_claims", OIDCCORE + "#IDToken",
  """{
  "iss": "https://sso.{d:dom}/realms/wandb",
  "sub": "{s:uuid}",
  "aud": "wandb-server",
  "exp": {e:epoch},
  "nonce": "{no:u43}",
  "at_hash": "{ah:u22}",
  "sid": "{sid:uuid}",
  "email": "{u:user}@{d:dom}"
}""")
N("idp39_neg_token_response_redacted", OIDCCORE + "#TokenResponse",
  """{ts:iso} DEBUG token response: {"access_token":"[REDACTED]","expires_in":{n:int},"refresh_token":"[REDACTED]","token_type":"Bearer","id_token":"[REDACTED]","scope":"openid email"}""", LOGW)
N("idp39_neg_terraform_plan_sensitive_value", TFPLAN,
  """  # okta_app_oauth.wandb will be created
  + resource "okta_app_oauth" "wandb" {
      + client_id     = (known after apply)
      + client_secret = (sensitive value)
      + label         = "W&B Server {w:word}"
      + redirect_uris = ["https://wandb.{d:dom}/oidc/callback"]""")
N("idp39_neg_klist_ticket_cache", KLIST,
  """Ticket cache: FILE:/tmp/krb5cc_{n:int}
Default principal: svc-{u:user}@CORP.EXAMPLE.COM

Valid starting       Expires              Service principal
05/14/24 10:01:22    05/14/24 20:01:22    krbtgt/CORP.EXAMPLE.COM@CORP.EXAMPLE.COM
	renew until 05/21/24 10:01:22""")
N("idp39_neg_klist_k_no_keys", KLIST,
  """Keytab name: FILE:/etc/{w:word}.keytab
KVNO Principal
---- --------------------------------------------------------------------------
   {n:int} HTTP/wandb.corp.example.com@CORP.EXAMPLE.COM
   {n:int} HTTP/wandb.corp.example.com@CORP.EXAMPLE.COM""")
N("idp39_neg_kinit_kt_keytab_cmd", KINIT,
  """+ kinit -kt /etc/krb5/{w:word}.keytab HTTP/wandb.corp.example.com@CORP.EXAMPLE.COM
+ klist -e
Default principal: HTTP/wandb.corp.example.com@CORP.EXAMPLE.COM
Etype (skey, tkt): aes256-cts-hmac-sha1-96, aes256-cts-hmac-sha1-96""")
N("idp39_neg_keycloak_otp_policy_json", KCOTP,
  """  "otpPolicyType" : "totp",
  "otpPolicyAlgorithm" : "HmacSHA1",
  "otpPolicyInitialCounter" : 0,
  "otpPolicyDigits" : 6,
  "otpPolicyLookAheadWindow" : {n:int},
  "otpPolicyPeriod" : 30,
  "otpSupportedApplications" : [ "totpAppFreeOTPName", "totpAppGoogleName" ],""")
N("idp39_neg_recovery_codes_status", "https://docs.github.com/en/authentication/securing-your-account-with-two-factor-authentication-2fa/configuring-two-factor-authentication-recovery-methods",
  """{ts:iso} INFO mfa user={u:user}@{d:dom} recovery_codes_remaining={n:int} recovery_codes_total=10 totp_enrolled=true
{ts2:iso} INFO mfa user={u:user}@{d:dom} event=recovery_codes_regenerated count=10 request_id={r:uuid}""", LOGW)
N("idp39_neg_scim_user_resource", RFC7644,
  """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"{id:uuid}","externalId":"00u{x:a16}","userName":"{u:user}@{d:dom}","active":true,"emails":[{"value":"{u:user}@{d:dom}","primary":true}],"meta":{"resourceType":"User","location":"https://wandb.{d:dom}/scim/Users/{id:uuid}","version":"W/\\"{v:hex16}\\""}}""")
N("idp39_neg_okta_api_tokens_list", OKTATOKLIST,
  """[{"clientName":"Okta API","created":"{ts:iso}","id":"00T{a:a16}","name":"wandb-scim-{w:word}","tokenWindow":"P30D","userId":"00u{b:a16}","_links":{"self":{"href":"https://{w:word}.okta.example.com/api/v1/api-tokens/00T{a:a16}"}}}]""")
N("idp39_neg_kubelogin_args_no_secret", KUBELOGIN,
  """      args:
      - oidc-login
      - get-token
      - --oidc-issuer-url=https://keycloak.{d:dom}/realms/{w:word}
      - --oidc-client-id=kubectl
      - --oidc-extra-scope=groups""")
N("idp39_neg_oauth2_proxy_access_log_line", O2PLOG,
  """{ip:ip} - {r:uuid} {u:user}@{d:dom} [{ts:tsg}] wandb.{d:dom} GET - "/api/v1/viewer" HTTP/1.1 "Mozilla/5.0" 200 {n:int} 0.0{n2:int}""", ("kubectl_prefix", "docker_ts", "cri_file"))
N("idp39_neg_keycloak_login_event_code_id", KCLOGIN,
  """{ts:tsk} INFO  [org.keycloak.events] (executor-thread-{n:int}) type="LOGIN", realmId="{r:uuid}", realmName="wandb", clientId="wandb-server", userId="{u:uuid}", sessionId="{s:uuid}", ipAddress="{ip:ip}", auth_method="openid-connect", auth_type="code", redirect_uri="https://wandb.{d:dom}/oidc/callback", consent="no_consent_required", code_id="{s:uuid}", username="{un:user}\"""", ("kubectl_prefix", "jsonfile", "cri_file"))
N("idp39_neg_dex_login_successful_log", DEXLOG,
  """time="{ts:iso}" level=info msg="login successful: connector \\"ldap\\", username=\\"{u:user}\\", preferred_username=\\"{u:user}\\", email=\\"{u:user}@{d:dom}\\", groups=[\\"wandb-{w:word}\\"]\"""", ("kubectl_prefix", "jsonfile"))
N("idp39_neg_pomerium_authorize_log_json", POMLOG,
  """{"level":"info","service":"authorize","request-id":"{r:uuid}","check-request-id":"{r2:uuid}","method":"GET","path":"/api/v1/viewer","host":"wandb.{d:dom}","allow":true,"user":"{uid:hex32}","email":"{u:user}@{d:dom}","time":"{ts:iso}","message":"authorize check"}""", ("kubectl_prefix", "docker_ts"))
N("idp39_neg_entra_signin_log_ids", ENTRASIGNIN,
  """{"id":"{id:uuid}","createdDateTime":"{ts:iso}","userPrincipalName":"{u:user}@{d:dom}","appId":"{a:uuid}","appDisplayName":"W&B Server","ipAddress":"{ip:ip}","correlationId":"{c:uuid}","conditionalAccessStatus":"success","status":{"errorCode":0}}""", ("jsonfile",))
N("idp39_neg_vault_read_oidc_config", VAULTOIDC,
  """Key                       Value
---                       -----
bound_issuer              n/a
default_role              reader
oidc_client_id            {c:oktaid}
oidc_discovery_url        https://{w:word}.okta.example.com/oauth2/default
oidc_response_mode        n/a""")
N("idp39_neg_nslcd_conf_commented_bindpw", NSLCD,
  """uri ldaps://ldap.{d:dom}/
base dc=example,dc=com
binddn cn=nslcd-{c:l8},ou=svc,dc=example,dc=com
# bindpw <password>
tls_cacertfile /etc/ssl/certs/ca-certificates.crt""")
N("idp39_neg_callback_error_access_denied", OIDCCORE + "#AuthError",
  """{ip:ip} - - [{ts:clf}] "GET /oidc/callback?error=access_denied&error_description=The+resource+owner+or+authorization+server+denied+the+request.&state={st:u43} HTTP/1.1" 302 0 "-" "Mozilla/5.0\"""", ("kubectl_prefix",))
N("idp39_neg_oauth2_proxy_clear_cookie", O2PSESS,
  """< HTTP/1.1 302 Found
< Location: https://sso.{d:dom}/realms/wandb/protocol/openid-connect/logout?client_id=wandb-proxy&post_logout_redirect_uri=https%3A%2F%2Fwandb.{d:dom}%2F
< Set-Cookie: _oauth2_proxy=; Path=/; Domain=wandb.{d:dom}; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure; SameSite=Lax
< X-Request-Id: {r:hex32}""")
N("idp39_neg_azure_identity_env_ids_only", AZIDENV,
  """declare -x AZURE_AUTHORITY_HOST="https://login.microsoftonline.com"
declare -x AZURE_CLIENT_ID="{c:uuid}"
declare -x AZURE_FEDERATED_TOKEN_FILE="/var/run/secrets/azure/tokens/azure-identity-token"
declare -x AZURE_TENANT_ID="{t:uuid}\"""")
N("idp39_neg_keycloak_conf_env_expansion", KCCONF,
  """db=postgres
db-username=keycloak-{c:l8}
db-password=${KC_DB_PASSWORD}
db-url=jdbc:postgresql://postgres.auth.svc.cluster.local/keycloak
hostname=sso.{d:dom}""")
N("idp39_neg_public_key_pem_jwks_export", PEMSPEC,
  """$ openssl rsa -in /dev/stdin -pubout < /dev/null 2>/dev/null || cat realm-{w:word}-public.pem
-----BEGIN PUBLIC KEY-----
{a:pem}
{b:pem}
{c:pem}
{d:pemend}
-----END PUBLIC KEY-----""")
N("idp39_neg_x509_fingerprint_thumbprint", OPENSSLX509,
  """$ openssl x509 -in okta-{w:word}.cert -noout -subject -fingerprint -sha256
subject=C = US, ST = California, L = San Francisco, O = Okta, OU = SSOProvider, CN = {w:word}
sha256 Fingerprint={fp:fp}""")
N("idp39_neg_saml_redirect_samlrequest", SAMLBIND,
  """{ip:ip} - - [{ts:clf}] "GET /app/{w:word}/{a:a20}/sso/saml?SAMLRequest={sr:u240}%3D%3D&RelayState=%2Fprojects HTTP/1.1" 200 {n:int}""", ("kubectl_prefix",))
N("idp39_neg_kcadm_config_credentials_prompt", KCADMGIST,
  """$ kcadm.sh config credentials --server https://sso.{d:dom} --realm master --user admin-{u:user}
Logging into https://sso.{d:dom} as user admin-{u:user} of realm master
Enter password: """)
N("idp39_neg_kadmin_addprinc_randkey", KADMIN,
  """# kadmin.local -q "addprinc -randkey HTTP/wandb-{w:word}.corp.example.com@CORP.EXAMPLE.COM"
Authenticating as principal root/admin@CORP.EXAMPLE.COM with password.
Principal "HTTP/wandb-{w:word}.corp.example.com@CORP.EXAMPLE.COM" created.""")
N("idp39_neg_google_auth_pam_config_line", GAUTHPAM,
  """auth required pam_google_authenticator.so secret=/var/lib/google-auth/${USER} user=root nullok
# {w:word}: enrolled {n:int} users, window_size=3, rate_limit=3/30s""")
N("idp39_neg_scim_list_response_counts", RFC7644,
  """{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":{n:int},"itemsPerPage":100,"startIndex":1,"Resources":[{"id":"{id:uuid}","displayName":"wandb-{w:word}","members":[{"value":"{m:uuid}","display":"{u:user}@{d:dom}"}]}]}""")
N("idp39_neg_authlib_redirect_state_debug", AUTHLIB,
  """DEBUG:authlib.integrations.base_client.sync_app:Using code_verifier from session (len=128), state={st:u43}, nonce={no:u22}
DEBUG:authlib.integrations.base_client.sync_app:Redirect to https://sso.{d:dom}/authorize?response_type=code&client_id=wandb-{c:l8}&scope=openid+email&code_challenge={cc:u43}&code_challenge_method=S256""", LOGW)
N("idp39_neg_alb_oidc_config_no_secret_describe", ALBOIDC,
  """            "AuthenticateOidcConfig": {
                "Issuer": "https://sso.{d:dom}",
                "ClientId": "{c:a20}",
                "SessionCookieName": "AWSELBAuthSessionCookie",
                "Scope": "openid email",
                "SessionTimeout": 604800,
                "OnUnauthenticatedRequest": "authenticate",
                "UseExistingClientSecret": true""")
N("idp39_neg_describe_env_secretkeyref_oidc", KUBEDESC,
  """    Environment:
      OIDC_CLIENT_ID:    {c:uuid}
      OIDC_SECRET:       <set to the key 'OIDC_SECRET' in secret 'wandb-oidc-{w:word}'>  Optional: false
      OIDC_ISSUER:       https://login.microsoftonline.com/{t:uuid}/v2.0
      OIDC_AUTH_METHOD:  implicit""")
N("idp39_neg_dex_password_connector_help", DEXSTATIC,
  """# Passwords are bcrypt hashes, e.g. generated with:
#   htpasswd -bnBC 10 "" password | tr -d ':\\n'
enablePasswordDB: true
staticPasswords: []
# {w:word}: static users disabled since {ts:iso}""")
N("idp39_neg_entra_sync_secrets_get_masked", ENTRASYNC,
  """{"value":[{"key":"BaseAddress","value":"https://wandb.{d:dom}/scim"},{"key":"SecretToken","value":"*****"},{"key":"SyncNotificationSettings","value":"{\\"Enabled\\":false}"}],"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#servicePrincipals('{sp:uuid}')/synchronization/secrets\"}""")
N("idp39_neg_pomerium_cookie_settings_doc_table", POMCK,
  """| cookie_name | COOKIE_NAME | string | _pomerium |
| cookie_secret | COOKIE_SECRET | string | optional |
| cookie_secret_file | COOKIE_SECRET_FILE | string | optional |
| cookie_expire | COOKIE_EXPIRE | duration | {n:int}h |""")
N("idp39_neg_wandb_sso_ui_settings_masked", WBSSO,
  """Issuer URL        https://{w:word}.okta.example.com/oauth2/default
Client ID         {c:oktaid}
Client secret     ••••••••••••••••
Auth method       implicit
Updated           {ts:iso} by {u:user}@{d:dom}""")
N("idp39_neg_realm_list_ad_join", REALMD,
  """corp.example.com
  type: kerberos
  realm-name: CORP.EXAMPLE.COM
  domain-name: corp.example.com
  configured: kerberos-member
  login-formats: %U@corp.example.com
  permitted-logins: {u:user}@corp.example.com""")
N("idp39_neg_google_oauth_consent_redirect", GCSECRET,
  """https://accounts.google.com/o/oauth2/v2/auth?client_id={c:gid}&redirect_uri=https%3A%2F%2Fwandb.{d:dom}%2Foidc%2Fcallback&response_type=code&scope=openid%20email&access_type=offline&state={st:u43}&hd={d:dom}""")

# ---------------------------------------------------------------- kind judgement
# Shapes judged a new kind (tool + trick absent from the shape-name list);
# every other shape repeats an existing kind in this set's own layout.
NEW_KIND_POS = ['idp39_revocation_curl_data_urlencode', 'idp39_tfstate_okta_app_oauth_client_secret', 'idp39_kubelogin_exec_args_client_secret', 'idp39_vault_write_oidc_config_cmdline', 'idp39_easyauth_token_headers_dump', 'idp39_okta_factor_enroll_shared_secret_json', 'idp39_auth0_mfa_associate_response', 'idp39_realm_export_idp_config_client_secret', 'idp39_realm_export_otp_credential_secretdata', 'idp39_keycloak_adapter_json_credentials', 'idp39_keycloak_conf_db_password', 'idp39_keycloak_identity_cookie_request', 'idp39_oauth2_proxy_split_set_cookie', 'idp39_pomerium_signing_key_b64_pem', 'idp39_pomerium_session_cookie_curl_v', 'idp39_pomerium_route_idp_client_secret', 'idp39_vault_ldap_config_bindpass', 'idp39_google_authenticator_file_scratch_codes', 'idp39_recovery_codes_printed_list', 'idp39_klist_kK_key_hex', 'idp39_kadmin_local_addprinc_pw', 'idp39_auth0_rule_config_secret_log', 'idp39_saml_idp_metadata_with_embedded_private_key_mistake', 'idp39_kcadm_create_components_ldap_bindcredential', 'idp39_oauth2_proxy_cookie_secret_generation_capture', 'idp39_pomerium_log_json_idp_client_secret_debug']
NEW_KIND_NEG = ['idp39_neg_pomerium_config_secret_file_paths', 'idp39_neg_ldif_export_no_password', 'idp39_neg_token_response_redacted', 'idp39_neg_klist_ticket_cache', 'idp39_neg_kinit_kt_keytab_cmd', 'idp39_neg_recovery_codes_status', 'idp39_neg_kubelogin_args_no_secret', 'idp39_neg_dex_login_successful_log', 'idp39_neg_pomerium_authorize_log_json', 'idp39_neg_entra_signin_log_ids', 'idp39_neg_x509_fingerprint_thumbprint', 'idp39_neg_kadmin_addprinc_randkey', 'idp39_neg_keycloak_otp_policy_json', 'idp39_neg_okta_api_tokens_list', 'idp39_neg_vault_read_oidc_config', 'idp39_neg_google_auth_pam_config_line', 'idp39_neg_realm_list_ad_join', 'idp39_neg_entra_sync_secrets_get_masked', 'idp39_neg_pomerium_cookie_settings_doc_table', 'idp39_neg_alb_oidc_config_no_secret_describe', 'idp39_neg_dex_password_connector_help']
_pn = [p[0] for p in POS]
_nn = [n[0] for n in NEG]
assert all(n in _pn for n in NEW_KIND_POS) and all(n in _nn for n in NEW_KIND_NEG)
SAME_KIND_POS = [n for n in _pn if n not in NEW_KIND_POS]
SAME_KIND_NEG = [n for n in _nn if n not in NEW_KIND_NEG]
WRAP_SOURCES = {
    "kubectl_prefix": "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_logs/ (--prefix)",
    "docker_ts": "https://docs.docker.com/reference/cli/docker/container/logs/ (--timestamps)",
    "jsonfile": "https://docs.docker.com/engine/logging/drivers/json-file/",
    "cri_file": "https://grafana.com/docs/loki/latest/send-data/promtail/stages/cri/",
}
for _name, _lines, _wraps in POS + NEG:
    for _w in _wraps:
        SOURCES[_name + "_via_" + _w] = SOURCES[_name] + " ; " + WRAP_SOURCES[_w]



def expand(specs):
    out = []
    for spec in specs:
        name, tmpl = spec[0], spec[1]
        wraps = spec[2] if len(spec) > 2 else ()
        out.append((name, tmpl, None))
        for w in wraps:
            out.append((name + "_via_" + w, tmpl, w))
    return out


def main():
    rng = random.Random(SEED)
    seen = set()
    pos_out = []
    for name, tmpl, w in expand(POS):
        for _ in range(3):
            for attempt in range(200):
                lines, secrets = render(rng, tmpl)
                if w:
                    wr = Rec(rng)
                    wr.t = render.last.t0  # the collector's clock starts with the record's
                    lines = WRAP[w](lines, wr)
                if ok_record(lines, secrets, seen):
                    break
            else:
                raise SystemExit("cannot draw " + name)
            seen.update(secrets)
            pos_out.append({"shape": name, "lines": lines, "secrets": secrets})
    neg_out = []
    nseen = set()
    for name, tmpl, w in expand(NEG):
        for _ in range(5):
            for attempt in range(200):
                lines, secrets = render(rng, tmpl)
                assert not secrets, name
                if w:
                    wr = Rec(rng)
                    wr.t = render.last.t0  # the collector's clock starts with the record's
                    lines = WRAP[w](lines, wr)
                key = "\n".join(lines)
                if key not in nseen:
                    break
            else:
                raise SystemExit("cannot draw neg " + name)
            nseen.add(key)
            neg_out.append({"shape": name, "lines": lines})
    with open(os.path.join(HERE, "positives.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in pos_out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "negatives.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in neg_out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
