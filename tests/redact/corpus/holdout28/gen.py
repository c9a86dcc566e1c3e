#!/usr/bin/env python3
"""holdout28: sealed held-out set for the wbdiag secret redactor.

Focus: hard values and hard edges.  Stdlib only, fixed seed, deterministic.
Writes positives.jsonl and negatives.jsonl next to this file.
"""
import base64
import hashlib
import json
import os
import random
import string
import urllib.parse

SEED = 2828_2026
rng = random.Random(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
AL = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"

# ---------------------------------------------------------------- sources
SRC = {
    "compose_env": "https://docs.docker.com/compose/env-file/ (quoting, \\' and \\\" escapes, inline comments)",
    "compose_interp": "https://docs.docker.com/reference/compose-file/interpolation/ ($$ for a literal $)",
    "dotenv": "https://github.com/theskumar/python-dotenv#file-format ; https://raw.githubusercontent.com/ko1nksm/shdotenv/main/docs/dialects.md",
    "yaml_dq": "https://yaml.org/spec/1.2.2/#731-double-quoted-style (escapes \\\\ \\\" \\uXXXX \\UXXXXXXXX)",
    "yaml_sq": "https://yaml.org/spec/1.2.2/#732-single-quoted-style ('' for ')",
    "yaml_block": "https://yaml.org/spec/1.2.2/#8111-block-indentation-indicator ; #812-literal-style",
    "yaml_plain": "https://yaml.org/spec/1.2.2/#733-plain-style",
    "json": "https://www.rfc-editor.org/rfc/rfc8259#section-7 (string escapes, \\u surrogate pairs)",
    "toml": "https://toml.io/en/v1.0.0#string (basic vs literal strings)",
    "ini": "https://docs.python.org/3/library/configparser.html#interpolation-of-values (%% with BasicInterpolation)",
    "bash": "https://www.gnu.org/software/bash/manual/bash.html#Quoting ('\\'' idiom, double-quote escapes)",
    "ps": "https://man7.org/linux/man-pages/man1/ps.1.html (args column prints argv joined by spaces, unquoted)",
    "userinfo": "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1 ; https://www.rfc-editor.org/rfc/rfc3986#section-2.1",
    "sqlalchemy": "https://docs.sqlalchemy.org/en/20/core/engines.html#escaping-special-characters-such-as-signs-in-passwords",
    "godsn": "https://github.com/go-sql-driver/mysql#dsn-data-source-name (password raw, last @ splits)",
    "redis_uri": "https://www.iana.org/assignments/uri-schemes/prov/redis ; https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/",
    "mycnf": "https://dev.mysql.com/doc/refman/8.0/en/option-files.html (quoted values, \\\\ and \\\" escapes, # comments)",
    "mysql_lit": "https://dev.mysql.com/doc/refman/8.0/en/string-literals.html ('' and \\' escapes)",
    "k8s_secret": "https://kubernetes.io/docs/concepts/configuration/secret/ (data base64, stringData)",
    "kubectl_secret": "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create/kubectl_create_secret_generic/",
    "helm_set": "https://helm.sh/docs/intro/using_helm/#the-format-and-limitations-of---set (\\, escapes)",
    "csv": "https://www.rfc-editor.org/rfc/rfc4180#section-2 (doubled quotes)",
    "logfmt": "https://brandur.org/logfmt ; https://pkg.go.dev/github.com/go-logfmt/logfmt",
    "pyrepr": "https://docs.python.org/3/library/functions.html#repr ; https://docs.python.org/3/reference/lexical_analysis.html#string-and-bytes-literals",
    "goq": "https://pkg.go.dev/strconv#Quote ; https://pkg.go.dev/fmt (%q, %+v)",
    "properties": "https://docs.oracle.com/javase/8/docs/api/java/util/Properties.html#load-java.io.Reader- (\\uXXXX, \\\\)",
    "basic": "https://www.rfc-editor.org/rfc/rfc7617#section-2",
    "cri": "https://github.com/kubernetes/design-proposals-archive/blob/main/node/kubelet-cri-logging.md ; https://grafana.com/docs/loki/latest/send-data/promtail/stages/cri/",
    "pem": "https://www.rfc-editor.org/rfc/rfc7468 ; RFC 8017 (PKCS#1) ; RFC 5958 (PKCS#8) ; RFC 5915 (SEC1 EC) ; https://github.com/openssh/openssh-portable/blob/master/PROTOCOL.key",
    "wandb_env": "https://docs.wandb.ai/guides/hosting/env-vars/ (LICENSE, MYSQL, REDIS, BUCKET, OIDC_*, LOCAL_RESTORE)",
    "wandb_key": "https://github.com/wandb/wandb/pull/10688 ; https://github.com/wandb/server/issues/75 (local- prefix + 40, new 86-char wandb_v1_ keys)",
    "wandb_helm": "https://github.com/wandb/helm-charts (operator-wandb values: mysql, bucket, license, auth.oidc)",
    "jwt": "https://www.rfc-editor.org/rfc/rfc7519#section-3",
    "azure_cs": "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string",
    "azure_ad": "https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-credentials",
    "gcs_hmac": "https://cloud.google.com/storage/docs/authentication/hmackeys",
    "aws_keys": "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html ; https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    "docker_inspect": "https://docs.docker.com/reference/cli/docker/inspect/",
    "docker_run": "https://docs.docker.com/reference/cli/docker/container/run/#env (--env-file: no quote processing)",
    "kubectl_logs": "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_logs/",
    "kubectl_get": "https://kubernetes.io/docs/reference/kubectl/jsonpath/ ; https://kubernetes.io/docs/reference/kubectl/#custom-columns",
    "mysql_client": "https://dev.mysql.com/doc/refman/8.0/en/mysql-command-options.html (--batch tabs, table output)",
    "xml": "https://www.w3.org/TR/xml/#syntax (&amp; &lt; &quot; &apos;)",
    "netrc": "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html",
    "wandb_settings": "https://docs.wandb.ai/ref/python/settings/ ; https://docs.wandb.ai/guides/track/environment-variables/",
    "http": "https://www.rfc-editor.org/rfc/rfc9110#section-11.6.2 ; https://www.rfc-editor.org/rfc/rfc6265#section-4.1",
    "oidc": "https://openid.net/specs/openid-connect-core-1_0.html#ClientAuthentication",
    "redis_cli": "https://redis.io/docs/latest/develop/tools/cli/ (-a, AUTH)",
    "redis_acl": "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/",
    "s3_presign": "https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html",
    "systemd": "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile= (quoting)",
    "terminal_wrap": "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_describe/ (text output; wrap by terminal width)",
    "log_cap": "https://docs.docker.com/engine/logging/drivers/json-file/ (16 KiB split records); collector byte cap convention of holdout24",
    "ssh": "https://github.com/openssh/openssh-portable/blob/master/PROTOCOL.key ; https://man.openbsd.org/ssh-keygen",
    "mysql_docker": "https://hub.docker.com/_/mysql (MYSQL_*_FILE variables)",
    "k8s_env": "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/ ($(VAR) expansion, $$ escape)",
}
SOURCES = {}
NEW_KIND_POS = []
NEW_KIND_NEG = []

# ---------------------------------------------------------------- drawing


def rs(alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))


def al(n):
    return rs(AL, n)


def hx(n):
    return rs(HEX, n)


def ts():
    y = rng.choice([2023, 2024, 2025])
    return "%d-%02d-%02dT%02d:%02d:%02d.%06dZ" % (
        y, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
        rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999999))


def ts9(t):
    return t[:-1] + "%03dZ" % rng.randint(0, 999)


def host():
    return rng.choice(["mysql.example.com", "db.example.internal", "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                       "wandb-mysql.wandb.svc.cluster.local", "mysql-0.mysql.wandb.svc", "rds.example.net"])


def rhost():
    return rng.choice(["wandb-redis-master.wandb.svc.cluster.local", "redis.example.com", "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)), "redis-0.redis-headless"])


def whost():
    return rng.choice(["wandb.example.com", "ml.example.org", "wandb.corp.example.net", "wb.example.io"])


def user():
    return rng.choice(["wandb", "wandb_local", "wbadmin", "gorilla", "wandb_app", "svc_wandb"])


def pod():
    return "wandb-app-%s-%s" % (rs(LO, 10), rs(LO, 5))


WORDS = ["river", "copper", "lantern", "maple", "orbit", "thistle", "granite", "harbor", "velvet", "saffron",
         "cobalt", "meadow", "falcon", "ember", "juniper", "quartz", "tundra", "willow", "nimbus", "pepper"]
ACC = "éèàüöñçøåßáíóúâêôæœ"
CYR = "абвгдежзийклмнопрстуфхцчшщыэюяБГДЖЗИЛПФЦЧШЭЮЯ"
CJK = "密码安全数据库服务器钥匙东京雨雪山川花鸟风月星"
HAN = "비밀번호서버열쇠바다하늘"
EMO = ["\U0001F511", "\U0001F680", "\U0001F40D", "\U0001F525", "\U0001F308", "\U0001F4A1", "\u2603", "\U0001F9EA"]

PWA = AL + "-_.!~+*"


def pw_plain(n):
    return al(1) + rs(PWA, n - 2) + al(1)


def hard_pw(cls):
    """A raw password of a value class; starts and ends with an ASCII letter/digit."""
    def seg(a, b):
        return al(rng.randint(a, b))
    if cls == "short":
        return al(1) + rs(AL + "-_.", rng.randint(6, 8)) + al(1)
    if cls == "long":
        n = rng.randint(520, 640)
        return al(1) + rs(AL + "-_.~+", n - 2) + al(1)
    if cls == "spaces":
        ws = rng.sample(WORDS, 3)
        return " ".join([ws[0].capitalize() + seg(2, 3), ws[1] + seg(2, 3), ws[2] + seg(2, 4)])
    sets = {
        "dquote": ['"'], "squote": ["'"], "backslash": ["\\"], "hash": ["#"], "semicolon": [";"],
        "amp": ["&"], "percent": ["%"], "dollar": ["$"], "at_colon": ["@", ":"], "slash": ["/"],
        "equals_comma": ["=", ","], "quotes_both": ['"', "'"], "bs_quote": ["\\", '"'],
        "hash_space": [" #"], "dollar_brace": ["${", "}"], "mixed_url": ["@", "/", ":", "#", "?"],
        "pct_hex": ["%2F", "%"], "shell_meta": [";", "&", "|", "$"], "comma_space": [", "],
    }
    if cls in sets:
        chs = sets[cls]
        parts = [seg(3, 5)]
        for c in chs:
            parts.append(c)
            parts.append(seg(3, 5))
        if rng.random() < 0.5:
            parts.append(rng.choice(chs))
            parts.append(seg(3, 4))
        return "".join(parts)
    if cls == "accented":
        return seg(3, 4) + "".join(rng.choice(ACC) for _ in range(2)) + seg(3, 4) + rng.choice(ACC) + seg(3, 4)
    if cls == "cyrillic":
        return seg(2, 3) + "".join(rng.choice(CYR) for _ in range(rng.randint(5, 7))) + seg(3, 4)
    if cls == "cjk":
        return seg(3, 4) + "".join(rng.choice(CJK) for _ in range(rng.randint(3, 4))) + seg(3, 4)
    if cls == "hangul":
        return seg(3, 4) + "".join(rng.choice(HAN) for _ in range(3)) + seg(3, 4)
    if cls == "emoji":
        return seg(4, 5) + rng.choice(EMO) + seg(3, 4) + rng.choice(EMO) + seg(3, 4)
    raise KeyError(cls)


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def b64n(s):
    return b64(s).rstrip("=")


def pct(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


def basic_secret(u, p):
    full = b64(u + ":" + p)
    pre = len((u + ":").encode())
    off = 4 * ((pre + 2) // 3)
    return full, full[off:].rstrip("=")


def json_esc(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def yaml_dq_esc(s, ascii_=False):
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ascii_ and ord(ch) > 0x7e:
            out.append("\\u%04x" % ord(ch) if ord(ch) < 0x10000 else "\\U%08x" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def pyrepr(s):
    return repr(s)[1:-1], repr(s)[0]


def goq(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def jwt(payload, sign_len=342):
    h = base64.urlsafe_b64encode(json.dumps({"alg": "RS256", "typ": "JWT", "kid": hx(16)}).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")
    s = rs(B64U, sign_len)
    return h + "." + p + "." + s, s


def license_jwt():
    pay = {"iss": "https://www.wandb.com", "sub": "lic-" + hx(12), "seats": rng.randint(5, 500),
           "teams": rng.randint(1, 40), "storageGigs": rng.choice([1000, 10000, 50000]),
           "expiresAt": "2026-%02d-01" % rng.randint(1, 12), "flags": ["SCALABLE", "mysql", "s3", "byob"]}
    return jwt(pay, 342)


def wb_key_legacy():
    return hx(40)


def wb_key_v1():
    return "wandb_v1_", rs(AL + "_", 77)


def aws_secret():
    return rs(string.ascii_letters + string.digits + "/+", 40)


def aws_id():
    return "AKIA" + rs(string.ascii_uppercase + "234567", 16)


def gcs_hmac_secret():
    return rs(string.ascii_letters + string.digits + "/+", 40)


def azure_key():
    return rs(B64, 86) + "=="


def azure_ad_secret():
    return al(3) + "8Q~" + rs(AL + "~._-", 32) + al(2)


def oidc_secret():
    return rs(AL + "-_", 40)


def pem_body(lines, last=None):
    out = [rs(B64, 64) for _ in range(lines)]
    if last:
        out.append(rs(B64, last - 1) + "=")
    return out


def cri_prefix(t, stream="stdout", tag="F"):
    return "%s %s %s " % (t, stream, tag)


# ---------------------------------------------------------------- env file bodies (context lines)
def env_ctx(n):
    pool = [
        "HOST=https://%s" % whost(), "BUCKET_QUEUE=internal://", "AWS_REGION=%s" % rng.choice(["us-east-1", "eu-west-1", "us-west-2"]),
        "GORILLA_LOG_LEVEL=%s" % rng.choice(["info", "debug", "warn"]), "WANDB_CONSOLE=off", "OIDC_AUTH_METHOD=%s" % rng.choice(["implicit", "pkce"]),
        "OIDC_ISSUER=https://login.example.com/%s" % hx(8), "GORILLA_SESSION_LENGTH=720h", "MYSQL_PORT=3306",
        "REDIS_DB=%d" % rng.randint(0, 3), "GORILLA_CUSTOMER_SECRET_STORE_SOURCE=k8s-secretmanager://wandb-secret",
        "TZ=UTC", "WANDB_BASE_URL=https://%s" % whost(), "LOG_FORMAT=json",
    ]
    rng.shuffle(pool)
    return pool[:n]


# ---------------------------------------------------------------- parametric formats: (value class) x (format)
# each returns (lines, secrets); secrets are listed in the form they take in the line.

def f_compose_envfile_dq(p):
    v = p.replace("\\", "\\\\").replace('"', '\\"')
    ctx = env_ctx(rng.randint(2, 5))
    k = rng.randint(0, len(ctx))
    ln = 'MYSQL_PASSWORD="%s"' % v
    if rng.random() < 0.5:
        ln += "  # rotated %s" % rng.choice(["2024-03", "Q2", "by ops", "after incident"])
    return ctx[:k] + [ln] + ctx[k:], [v]


def f_compose_envfile_sq(p):
    v = p.replace("'", "\\'")
    ctx = env_ctx(rng.randint(2, 5))
    k = rng.randint(0, len(ctx))
    return ctx[:k] + ["OIDC_SECRET='%s'" % v] + ctx[k:], [v]


def f_dotenv_unquoted_inline_comment(p):
    ctx = env_ctx(rng.randint(1, 4))
    ln = "REDIS_PASSWORD=%s # %s" % (p, rng.choice(["do not quote", "from vault", "prod"]))
    return ctx + [ln], [p]


def f_compose_yaml_mapping_dq(p):
    v = yaml_dq_esc(p.replace("$", "$$"))
    return ["services:", "  wandb:", "    image: wandb/local:0.%d.%d" % (rng.randint(40, 70), rng.randint(0, 9)),
            "    environment:", "      HOST: https://%s" % whost(), '      MYSQL_PASSWORD: "%s"' % v,
            "      MYSQL_USER: %s" % user()], [v]


def f_compose_yaml_list_plain(p):
    v = p.replace("$", "$$")
    return ["    environment:", "      - HOST=https://%s" % whost(), "      - MYSQL_DATABASE=wandb_local",
            "      - MYSQL_PASSWORD=%s" % v, "      - MYSQL_USER=%s" % user()], [v]


def f_helm_values_sq(p):
    v = p.replace("'", "''")
    return ["mysql:", "  host: %s" % host(), "  port: 3306", "  database: wandb_local", "  user: %s" % user(),
            "  password: '%s'" % v], [v]


def f_helm_values_dq_uescape(p):
    v = yaml_dq_esc(p, ascii_=True)
    return ["global:", "  redis:", "    host: %s" % rhost(), "    port: 6379", '    password: "%s"' % v,
            "    caCert: \"\""], [v]


def f_helm_values_block_literal(p):
    return ["auth:", "  oidc:", "    clientId: %s" % hx(20), "    secret: |-", "      %s" % p,
            "    issuer: https://login.example.com/oauth2/%s" % al(10), "    authMethod: pkce"], [p]


def f_helm_set_string_cli(p):
    v = p.replace("\\", "\\\\").replace(",", "\\,")
    sv = v.replace("'", "'\\''")
    return ["$ helm upgrade --install wandb wandb/operator-wandb -n wandb \\",
            "    --set-string global.host=https://%s \\" % whost(),
            "    --set-string global.mysql.password='%s' \\" % sv,
            "    --reuse-values"], [sv]


def f_json_stringdata_raw_unicode(p):
    v = json_esc(p)
    return ["{", '    "apiVersion": "v1",', '    "kind": "Secret",', '    "metadata": {"name": "wandb-mysql", "namespace": "wandb"},',
            '    "stringData": {', '        "MYSQL_PASSWORD": "%s",' % v, '        "MYSQL_USER": "%s"' % user(), "    },",
            '    "type": "Opaque"', "}"], [v]


def f_json_ensure_ascii(p):
    v = json_esc(p, True)
    return ['{"level": "info", "ts": %d.%03d, "logger": "settings", "msg": "loaded config", "config": {"mysql_user": "%s", "mysql_password": "%s", "mysql_host": "%s"}}'
            % (rng.randint(1700000000, 1760000000), rng.randint(0, 999), user(), v, host())], [v]


def f_toml_basic(p):
    v = p.replace("\\", "\\\\").replace('"', '\\"')
    return ["[database]", 'host = "%s"' % host(), "port = 3306", 'user = "%s"' % user(), 'password = "%s"' % v,
            'name = "wandb_local"'], [v]


def f_toml_literal(p):
    return ["[storage]", 'bucket = "s3://wandb-%s"' % rs(LO, 6), 'region = "us-east-1"', 'access_key = "%s"' % aws_id(),
            "secret_key = '%s'" % p], [p]


def f_ini_configparser(p):
    v = p.replace("%", "%%")
    return ["[mysql]", "host = %s" % host(), "user = %s" % user(), "password = %s" % v, "", "[redis]", "url = redis://%s:6379/0" % rhost()], [v]


def f_shell_export_sq(p):
    v = p.replace("'", "'\\''")
    return ["#!/bin/sh", "set -eu", "export MYSQL_HOST=%s" % host(), "export MYSQL_PASSWORD='%s'" % v,
            "exec /usr/local/bin/local"], [v]


def f_shell_export_dq(p):
    v = "".join("\\" + c if c in '\\"$`' else c for c in p)
    return ["#!/bin/bash", "set -euo pipefail", "export REDIS_PASSWORD=\"%s\"" % v, "redis-cli -h %s --no-auth-warning -a \"$REDIS_PASSWORD\" ping" % rhost()], [v]


def f_ps_auxww_raw_argv(p):
    pid = rng.randint(1000, 60000)
    return ["USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND",
            "root       %5d  0.0  0.1 %6d %5d ?        Ss   %02d:%02d   0:00 docker run -d --name wandb-local -e MYSQL_PASSWORD=%s -p 8080:8080 wandb/local"
            % (pid, rng.randint(10000, 99999), rng.randint(1000, 9999), rng.randint(0, 23), rng.randint(0, 59), p)], [p]


def f_url_userinfo_pct(p):
    v = pct(p)
    return ["MYSQL=mysql://%s:%s@%s:3306/wandb_local?tls=preferred" % (user(), v, host())], [v]


def f_sqlalchemy_url_plus(p):
    v = urllib.parse.quote_plus(p)
    return ["%s wandb.sdk: connecting" % ts(), "sqlalchemy.engine.url=mysql+pymysql://%s:%s@%s/wandb_local?charset=utf8mb4" % (user(), v, host())], [v]


def f_go_dsn_raw(p):
    return ['{"level":"error","ts":"%s","caller":"db/mysql.go:%d","msg":"open failed","dsn":"%s:%s@tcp(%s:3306)/wandb_local?charset=utf8mb4&parseTime=true"}'
            % (ts(), rng.randint(40, 300), user(), json_esc(p), host())], [json_esc(p)]


def f_redis_uri_pct(p):
    v = pct(p)
    return ["REDIS=redis://:%s@%s:6379/0?tls=true&ttlInSeconds=604800" % (v, rhost())], [v]


def f_mycnf_dq(p):
    v = p.replace("\\", "\\\\").replace('"', '\\"')
    return ["[client]", "user=%s" % user(), 'password="%s"' % v, "host=%s" % host(), "ssl-mode=REQUIRED"], [v]


def f_mysql_identified_by(p):
    v = p.replace("\\", "\\\\").replace("'", "''")
    return ["mysql> ALTER USER '%s'@'%%' IDENTIFIED BY '%s';" % (user(), v), "Query OK, 0 rows affected (0.0%d sec)" % rng.randint(1, 9)], [v]


def f_k8s_data_b64(p):
    v = b64(p)
    return ["apiVersion: v1", "data:", "  MYSQL_PASSWORD: %s" % v, "  MYSQL_USER: %s" % b64(user()), "kind: Secret", "metadata:",
            "  name: wandb-mysql-%s" % rs(LO, 5)], [v.rstrip("=")]


def f_csv_last_column(p):
    v = p.replace('"', '""')
    q = '"%s"' % v if any(c in p for c in ',"\n ') else v
    return ["name,namespace,key,value", "wandb-mysql,wandb,MYSQL_USER,%s" % user(), "wandb-mysql,wandb,MYSQL_PASSWORD,%s" % q], [v]


def f_logfmt_quoted(p):
    v = p.replace("\\", "\\\\").replace('"', '\\"')
    return ['time=%s level=debug component=gorilla msg="redis options" addr=%s:6379 db=0 password="%s" pool_size=10' % (ts(), rhost(), v)], [v]


def f_python_repr_dict(p):
    r = repr(p)
    return ["%s DEBUG    wandb_local.settings: env={'MYSQL_HOST': '%s', 'MYSQL_PASSWORD': %s, 'MYSQL_PORT': '3306'}" % (ts(), host(), r)], [r[1:-1]]


def f_go_percent_q(p):
    v = goq(p)
    return ['%s ERROR cache: dial failed: opts=&redis.Options{Network:"tcp", Addr:"%s:6379", Username:"", Password:"%s", DB:0}' % (ts(), rhost(), v)], [v]


def f_java_properties(p):
    v = "".join("\\u%04x" % ord(c) if ord(c) > 0x7e else ("\\\\" if c == "\\" else c) for c in p)
    return ["spring.datasource.url=jdbc:mysql://%s:3306/wandb_local" % host(), "spring.datasource.username=%s" % user(),
            "spring.datasource.password=%s" % v], [v]


def f_http_basic_header(p):
    u = user()
    full, sec = basic_secret(u, p)
    return ["> GET /api/v1/viewer HTTP/1.1", "> Host: %s" % whost(), "> Authorization: Basic %s" % full, "> User-Agent: curl/8.5.0", ">"], [sec]


def f_xml_escaped(p):
    v = p.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;").replace("'", "&apos;")
    return ['<?xml version="1.0" encoding="UTF-8"?>', "<configuration>", "  <property>", "    <name>fs.s3a.secret.key</name>",
            "    <value>%s</value>" % v, "  </property>", "</configuration>"], [v]


def f_systemd_envfile(p):
    v = p.replace("\\", "\\\\").replace('"', '\\"')
    return ["# /etc/wandb/wandb.env (EnvironmentFile=)", "LICENSE_FILE=/etc/wandb/license.jwt", 'MYSQL_PASSWORD="%s"' % v], [v]


def f_docker_envfile_literal(p):
    # docker --env-file does no quote processing: the whole rest of the line is the value
    return ["# wandb.env for docker run --env-file", "HOST=https://%s" % whost(), "MYSQL_PASSWORD=%s" % p, "MYSQL_USER=%s" % user()], [p]


def f_kubectl_jsonpath_glued_prompt(p):
    prompt = "%s@%s:~$ " % (rng.choice(["ops", "admin", "ubuntu"]), rng.choice(["bastion", "jump-1", "ops-vm"]))
    return [prompt + "kubectl -n wandb get secret wandb-mysql -o jsonpath='{.data.MYSQL_PASSWORD}' | base64 -d",
            p + prompt], [p]


FORMATS = [
    # name, fn, source keys, value classes
    ("compose_envfile_dq", f_compose_envfile_dq, ["compose_env"], ["spaces", "dquote", "backslash", "hash_space", "bs_quote", "cyrillic"]),
    ("compose_envfile_sq", f_compose_envfile_sq, ["compose_env"], ["dollar_brace", "squote", "hash_space", "quotes_both"]),
    ("dotenv_unquoted_then_comment", f_dotenv_unquoted_inline_comment, ["dotenv", "compose_env"], ["hash", "semicolon", "equals_comma", "pct_hex"]),
    ("compose_yaml_env_map_dq", f_compose_yaml_mapping_dq, ["compose_interp", "yaml_dq"], ["dollar", "bs_quote", "emoji", "shell_meta"]),
    ("compose_yaml_env_list_plain", f_compose_yaml_list_plain, ["compose_interp", "yaml_plain"], ["dollar_brace", "amp", "equals_comma", "percent"]),
    ("helm_values_mysql_sq", f_helm_values_sq, ["yaml_sq", "wandb_helm"], ["squote", "backslash", "hash_space", "at_colon", "quotes_both"]),
    ("helm_values_redis_dq_u_escape", f_helm_values_dq_uescape, ["yaml_dq", "wandb_helm"], ["accented", "cyrillic", "cjk", "emoji", "hangul"]),
    ("helm_values_oidc_block_literal", f_helm_values_block_literal, ["yaml_block", "wandb_helm"], ["spaces", "hash_space", "quotes_both", "comma_space"]),
    ("helm_cli_set_string_escaped_comma", f_helm_set_string_cli, ["helm_set", "bash"], ["equals_comma", "comma_space", "squote"]),
    ("secret_json_stringdata_escapes", f_json_stringdata_raw_unicode, ["json", "k8s_secret"], ["bs_quote", "cjk", "emoji", "backslash"]),
    ("zap_json_config_ensure_ascii", f_json_ensure_ascii, ["json"], ["accented", "cyrillic", "emoji", "dquote"]),
    ("toml_basic_string_password", f_toml_basic, ["toml"], ["bs_quote", "hash", "accented"]),
    ("toml_literal_string_secret_key", f_toml_literal, ["toml"], ["backslash", "dquote", "dollar"]),
    ("configparser_ini_percent_doubled", f_ini_configparser, ["ini"], ["percent", "pct_hex", "semicolon"]),
    ("sh_export_single_quote_idiom", f_shell_export_sq, ["bash"], ["squote", "shell_meta", "spaces", "dquote"]),
    ("sh_script_export_dq_backslashed", f_shell_export_dq, ["bash", "redis_cli"], ["dollar", "bs_quote", "squote"]),
    ("ps_auxww_docker_run_raw_argv", f_ps_auxww_raw_argv, ["ps", "docker_run"], ["shell_meta", "quotes_both", "hash"]),
    ("mysql_env_dsn_userinfo_pct", f_url_userinfo_pct, ["userinfo", "wandb_env"], ["mixed_url", "spaces", "accented", "cjk", "emoji", "percent"]),
    ("sqlalchemy_url_quote_plus", f_sqlalchemy_url_plus, ["sqlalchemy"], ["spaces", "at_colon", "amp"]),
    ("zap_go_dsn_raw_password", f_go_dsn_raw, ["godsn", "json"], ["at_colon", "slash", "bs_quote", "hash"]),
    ("redis_env_uri_userinfo_pct", f_redis_uri_pct, ["redis_uri", "userinfo", "wandb_env"], ["mixed_url", "pct_hex", "cyrillic", "equals_comma"]),
    ("mycnf_client_dq_escapes", f_mycnf_dq, ["mycnf"], ["hash_space", "bs_quote", "semicolon", "spaces"]),
    ("mysql_alter_user_literal_doubled", f_mysql_identified_by, ["mysql_lit"], ["squote", "backslash", "percent"]),
    ("secret_yaml_data_b64_hard_raw", f_k8s_data_b64, ["k8s_secret"], ["emoji", "cjk", "long", "quotes_both"]),
    ("csv_export_password_last_column", f_csv_last_column, ["csv"], ["dquote", "comma_space", "short"]),
    ("logfmt_redis_options_quoted_pw", f_logfmt_quoted, ["logfmt"], ["bs_quote", "spaces", "equals_comma"]),
    ("python_env_dict_repr_quote_switch", f_python_repr_dict, ["pyrepr"], ["squote", "quotes_both", "backslash"]),
    ("go_percent_hash_v_redis_options", f_go_percent_q, ["goq", "redis_uri"], ["bs_quote", "emoji", "short"]),
    ("java_properties_unicode_escaped", f_java_properties, ["properties"], ["accented", "cyrillic", "backslash"]),
    ("curl_v_basic_special_pw", f_http_basic_header, ["basic"], ["accented", "at_colon", "spaces"]),
    ("hadoop_xml_entity_escaped_secret", f_xml_escaped, ["xml"], ["amp", "quotes_both"]),
    ("systemd_environmentfile_dq", f_systemd_envfile, ["systemd"], ["spaces", "bs_quote"]),
    ("docker_envfile_literal_quotes_kept", f_docker_envfile_literal, ["docker_run"], ["quotes_both", "hash_space", "spaces"]),
    ("jsonpath_decoded_glued_to_prompt", f_kubectl_jsonpath_glued_prompt, ["kubectl_get"], ["short", "spaces", "emoji"]),
]

# a few more classes on existing formats (very long values)
for _name, _cls in [("dotenv_unquoted_then_comment", "long"), ("logfmt_redis_options_quoted_pw", "long"), ("compose_envfile_sq", "long")]:
    for _f in FORMATS:
        if _f[0] == _name:
            _f[3].append(_cls)


# ---------------------------------------------------------------- specific positive shapes
SPEC = []


def spec(name, srcs, new=False):
    def deco(fn):
        SPEC.append((name, fn, srcs))
        if new:
            NEW_KIND_POS.append(name)
        return fn
    return deco


@spec("netrc_tab_indented_wandb_v1_key_eof", ["netrc", "wandb_key"])
def _():
    pre, k = wb_key_v1()
    return ["machine %s" % whost(), "\tlogin user", "\tpassword %s%s" % (pre, k)], [k]


@spec("printenv_legacy_key_alone_on_line", ["wandb_key", "bash"])
def _():
    k = wb_key_legacy()
    return ["$ kubectl -n wandb exec deploy/wandb-app -- printenv WANDB_API_KEY", k, "$ "], [k]


@spec("pydantic_settings_repr_local_key_before_paren", ["wandb_key", "pyrepr"])
def _():
    k = hx(40)
    return ["%s DEBUG wandb.sdk.wandb_login: settings=Settings(base_url='https://%s', mode='online', api_key='local-%s')" % (ts(), whost(), k)], [k]


@spec("env_tsv_three_key_generations_last_column", ["wandb_key", "kubectl_get"], True)
def _():
    a = hx(40); b = hx(40); pre, c = wb_key_v1()
    return ["NAME\tVALUE", "WANDB_BASE_URL\thttps://%s" % whost(), "WANDB_API_KEY\t%s" % a, "WANDB_LOCAL_KEY\tlocal-%s" % b, "WANDB_NEW_KEY\t%s%s" % (pre, c)], [a, b, c]


@spec("license_jwt_cri_p_p_f_three_pieces", ["cri", "jwt", "wandb_env"])
def _():
    tok, sig = license_jwt()
    line = "LICENSE=" + tok
    base = len(line) - len(sig)
    c1 = base + rng.randint(20, 120); c2 = c1 + rng.randint(40, 140)
    t = ts9(ts())
    parts = [line[:c1], line[c1:c2], line[c2:]]
    return [t + " stdout P " + parts[0], t + " stdout P " + parts[1], t + " stdout F " + parts[2]], [sig[:c1 - base], parts[1], parts[2]]


@spec("license_jwt_log_cap_mid_signature", ["log_cap", "jwt"])
def _():
    tok, sig = license_jwt()
    c = rng.randint(30, 300)
    cut = tok[:len(tok) - len(sig) + c]
    return ["%s INFO gorilla: starting with env" % ts(), "LICENSE=%s…[truncated %d bytes]" % (cut, len(tok) - len(cut))], [sig[:c]]


@spec("license_jwt_terminal_wrap_80_columns", ["terminal_wrap", "jwt"], True)
def _():
    tok, sig = license_jwt()
    s = "    LICENSE:                                 " + tok
    rows = [s[i:i + 80] for i in range(0, len(s), 80)]
    base = len(s) - len(sig)
    secs = []
    pos = 0
    for r in rows:
        a, b = pos, pos + len(r)
        lo, hi = max(a, base), b
        if hi > lo:
            secs.append(s[lo:hi])
        pos = b
    return ["Environment:"] + rows[:11], secs if len(rows) <= 11 else None


@spec("license_secret_yaml_b64_of_jwt_and_raw_annotation", ["k8s_secret", "jwt"])
def _():
    tok, sig = license_jwt(); tok = tok
    enc = b64(tok)
    start_b = len(tok) - len(sig)
    g = (start_b + 2) // 3
    part = enc[4 * g:].rstrip("=")
    return ["apiVersion: v1", "data:", "  license: %s" % enc, "kind: Secret", "metadata:", "  annotations:",
            "    wandb.example.com/license-preview: %s" % tok, "  name: wandb-license"], [part, sig]


@spec("inspect_env_file_path_beside_root_password", ["docker_inspect", "mysql_docker"])
def _():
    p = hard_pw(rng.choice(["hash", "at_colon", "equals_comma", "bs_quote"]))
    v = json_esc(p)
    return ['        "Env": ["MYSQL_PASSWORD_FILE=/run/secrets/mysql_password", "MYSQL_ROOT_PASSWORD=%s", "MYSQL_DATABASE=wandb_local", "MYSQL_USER=%s"],' % (v, user())], [v]


@spec("sh_cmdline_file_var_then_inline_pw_semicolon", ["bash", "mysql_docker"])
def _():
    p = hard_pw(rng.choice(["dollar", "shell_meta", "squote"]))
    v = p.replace("'", "'\\''")
    return ["$ MYSQL_PASSWORD_FILE=/run/secrets/db-pass; MYSQL_ROOT_PASSWORD='%s' docker-entrypoint.sh mysqld --user=mysql" % v], [v]


@spec("kubectl_from_literal_history_then_yaml_b64", ["kubectl_secret", "k8s_secret", "bash"], True)
def _():
    p = hard_pw(rng.choice(["cjk", "quotes_both", "spaces", "emoji"]))
    v = p.replace("'", "'\\''")
    e = b64(p)
    return ["  %d  kubectl -n wandb create secret generic wandb-redis --from-literal=password='%s'" % (rng.randint(100, 2000), v),
            "  %d  kubectl -n wandb get secret wandb-redis -o yaml | grep -A1 ^data" % rng.randint(2001, 3000),
            "data:", "  password: %s" % e], [v, e.rstrip("=")]


@spec("inspect_env_raw_pw_and_pct_dsn_same_list", ["docker_inspect", "userinfo", "wandb_env"], True)
def _():
    p = hard_pw(rng.choice(["accented", "mixed_url", "cyrillic", "spaces"]))
    u = user(); h = host()
    return ['            "MYSQL_PASSWORD=%s",' % json_esc(p), '            "MYSQL=mysql://%s:%s@%s:3306/wandb_local",' % (u, pct(p), h), '            "MYSQL_USER=%s"' % u], [json_esc(p), pct(p)]


@spec("fluentbit_msg_raw_and_field_u_escaped", ["json", "logfmt"], True)
def _():
    p = hard_pw(rng.choice(["accented", "cjk", "hangul"]))
    return ['{"date": %d.%d, "log": "redis auth failed for password %s", "kubernetes": {"pod_name": "%s"}, "cfg": {"redis_password": "%s"}}'
            % (rng.randint(1700000000, 1760000000), rng.randint(0, 999999), p, pod(), json_esc(p, True))], [p, json_esc(p, True)]


@spec("oidc_secret_env_and_token_call_basic_b64", ["oidc", "basic", "wandb_env"], True)
def _():
    cid = hx(20); s = oidc_secret()
    full, sec = basic_secret(cid, s)
    return ["OIDC_CLIENT_ID=%s" % cid, "OIDC_SECRET=%s" % s, "== Info: Connected to login.example.com (10.%d.0.7) port 443" % rng.randint(0, 255),
            "=> Send header, %d bytes (0x%x)" % (200 + rng.randint(0, 50), 200), "0000: POST /oauth2/v1/token HTTP/1.1",
            "0021: Authorization: Basic %s" % full], [s, sec]


@spec("helm_values_tls_key_pkcs1_first_lines", ["pem", "wandb_helm", "yaml_block"])
def _():
    body = pem_body(8)
    return ["ingress:", "  tls:", "    key: |", "      -----BEGIN RSA PRIVATE KEY-----"] + ["      " + b for b in body], body


@spec("json_tls_key_pkcs8_newline_escaped_one_line", ["pem", "json"])
def _():
    body = pem_body(3, last=rng.randint(20, 40))
    pemtxt = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END PRIVATE KEY-----\n"
    return ['{"kind": "Secret", "type": "kubernetes.io/tls", "stringData": {"tls.crt": "/etc/ssl/wandb/tls.crt", "tls.key": %s}}' % json.dumps(pemtxt)], [b.rstrip("=") for b in body]


@spec("encrypted_pkcs8_pem_with_passphrase_env", ["pem", "compose_env"])
def _():
    body = pem_body(7)
    pp = hard_pw(rng.choice(["spaces", "hash", "dollar"]))
    v = pp.replace("'", "\\'")
    return ["TLS_KEY_PASSPHRASE='%s'" % v, 'TLS_KEY="-----BEGIN ENCRYPTED PRIVATE KEY-----'] + body + ['-----END ENCRYPTED PRIVATE KEY-----"'], [v] + body


@spec("ec_sec1_key_after_ec_parameters_block", ["pem"])
def _():
    body = [rs(B64, 64), rs(B64, 64), rs(B64, 31) + "="]
    return ["-----BEGIN EC PARAMETERS-----", "BggqhkjOPQMBBw==", "-----END EC PARAMETERS-----", "-----BEGIN EC PRIVATE KEY-----"] + body + ["-----END EC PRIVATE KEY-----"], [body[0], body[1], body[2][:-1]]


@spec("tls_secret_b64_pem_single_long_line", ["pem", "k8s_secret"])
def _():
    body = pem_body(10)
    head = "-----BEGIN PRIVATE KEY-----\n"
    raw = head + "\n".join(body) + "\n-----END PRIVATE KEY-----\n"
    enc = b64(raw)
    g0 = (len(head) + 2) // 3
    g1 = (len(raw) - len("\n-----END PRIVATE KEY-----\n")) // 3
    return ["data:", "  tls.crt: %s" % b64("-----BEGIN CERTIFICATE-----\n" + "MIIC" + "\n"), "  tls.key: %s" % enc, "kind: Secret", "type: kubernetes.io/tls"], [enc[4 * g0:4 * g1]]


@spec("values_openssh_key_gitsync_block", ["ssh", "yaml_block"])
def _():
    body = [rs(B64, 70) for _ in range(7)]
    return ["gitSync:", "  sshKey: |", "    -----BEGIN OPENSSH PRIVATE KEY-----"] + ["    " + b for b in body], body


@spec("gcs_sa_json_one_line_private_key_26_pieces", ["pem", "json"])
def _():
    body = pem_body(25, last=rng.randint(20, 60))
    pk = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END PRIVATE KEY-----\n"
    d = {"type": "service_account", "project_id": "wandb-%s" % rs(LO, 6), "private_key_id": hx(40), "private_key": pk,
         "client_email": "wandb@wandb-%s.iam.gserviceaccount.com" % rs(LO, 4), "client_id": str(rng.randint(10**20, 10**21))}
    pid = d["private_key_id"]
    return ["GOOGLE_APPLICATION_CREDENTIALS_JSON=" + json.dumps(d)], [b.rstrip("=") for b in body]


@spec("bucket_s3_userinfo_secret_pct_slash_plus", ["aws_keys", "userinfo", "wandb_env"])
def _():
    s = aws_secret()
    while "/" not in s and "+" not in s:
        s = aws_secret()
    return ["BUCKET=s3://%s:%s@wandb-%s?region=us-east-1" % (aws_id(), pct(s), rs(LO, 8)), "BUCKET_QUEUE=internal://"], [pct(s)]


@spec("aws_credentials_tabs_around_equals", ["aws_keys", "ini"])
def _():
    s = aws_secret()
    return ["[wandb]", "aws_access_key_id\t=\t%s" % aws_id(), "aws_secret_access_key\t=\t%s" % s, "region\t=\tus-west-2"], [s]


@spec("gcs_hmac_bucket_url_and_yaml_raw", ["gcs_hmac", "userinfo"])
def _():
    s = gcs_hmac_secret()
    while "/" not in s and "+" not in s:
        s = gcs_hmac_secret()
    acc = "GOOG1E" + rs(string.ascii_uppercase + string.digits, 55)
    return ["bucket:", "  provider: gcs", "  accessKey: %s" % acc, "  secretKey: %s" % s, "  # BUCKET=gs://%s:%s@wandb-%s" % (acc, pct(s), rs(LO, 5))], [s, pct(s)]


@spec("azure_connstr_accountkey_between_semicolons", ["azure_cs"])
def _():
    k = azure_key()
    return ['AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=wandb%s;AccountKey=%s;EndpointSuffix=core.windows.net"' % (rs(LO, 6), k)], [k[:-2]]


@spec("azure_bucket_env_key_pct_equals_tail", ["azure_cs", "userinfo", "wandb_env"])
def _():
    k = azure_key()
    e = pct(k)
    return ["BUCKET=az://wandb%s:%s@wandb-files" % (rs(LO, 6), e)], [pct(k[:-2])]


@spec("az_ad_credential_reset_json_tilde_secret", ["azure_ad", "json"])
def _():
    s = azure_ad_secret()
    return ["{", '  "appId": "%s-%s-%s-%s-%s",' % (hx(8), hx(4), hx(4), hx(4), hx(12)), '  "password": "%s",' % s, '  "tenant": "%s-%s-%s-%s-%s"' % (hx(8), hx(4), hx(4), hx(4), hx(12)), "}"], [s]


@spec("set_cookie_session_before_attr_semicolon", ["http"])
def _():
    c = rs(B64U, rng.randint(120, 220))
    return ["< HTTP/2 302", "< location: /home", "< set-cookie: wandb_session=%s; Path=/; Expires=%s; HttpOnly; Secure; SameSite=Lax" % (c, "Tue, 1%d Mar 2025 10:00:00 GMT" % rng.randint(0, 9))], [c]


@spec("cookie_header_session_last_pair_eol", ["http"])
def _():
    c = rs(B64U + ".", rng.randint(80, 160))
    c = al(1) + c + al(1)
    return ["> GET /graphql HTTP/1.1", "> Host: %s" % whost(), "> Cookie: _ga=GA1.1.%d.%d; wb_theme=dark; wandb_session=%s" % (rng.randint(10**8, 10**9), rng.randint(10**8, 10**9), c)], [c]


@spec("redis_conf_requirepass_short_value", ["redis_uri"])
def _():
    p = hard_pw("short")
    return ["bind 0.0.0.0", "port 6379", "requirepass %s" % p, "maxmemory-policy allkeys-lru"], [p]


@spec("redis_cli_a_short_with_warning_output", ["redis_cli"])
def _():
    p = hard_pw("short")
    return ["$ docker compose exec redis redis-cli -a %s INFO server | head -3" % p,
            "Warning: Using a password with '-a' or '-u' option on the command line interface may not be safe.", "# Server", "redis_version:7.2.%d" % rng.randint(0, 5)], [p]


@spec("mysql_p_glued_short_password", ["mysql_client"])
def _():
    p = hard_pw("short")
    return ["$ mysql -u%s -p%s -h %s wandb_local -e 'select 1'" % (user(), p, host()), "mysql: [Warning] Using a password on the command line interface can be insecure.", "+---+", "| 1 |"], [p]


@spec("cat_mounted_secret_file_value_only_line", ["k8s_secret"])
def _():
    p = hard_pw(rng.choice(["spaces", "dquote", "cjk", "long"]))
    return ["$ kubectl -n wandb exec wandb-app-0 -- cat /var/run/secrets/wandb/oidc-secret; echo", p, "$ "], [p]


@spec("kubectl_custom_columns_b64_last_column", ["kubectl_get", "k8s_secret"])
def _():
    rows = ["NAME            TYPE     PASSWORD"]
    secs = []
    for n in ["wandb-mysql", "wandb-redis", "wandb-minio"]:
        e = b64(hard_pw(rng.choice(["accented", "semicolon", "hash", "spaces"])))
        rows.append("%-15s Opaque   %s" % (n, e))
        secs.append(e.rstrip("="))
    return rows, secs


@spec("go_slice_args_password_before_bracket", ["goq"])
def _():
    p = hard_pw(rng.choice(["hash", "at_colon", "equals_comma"]))
    return ["%s INFO migrate: exec args=[--mysql-host=%s --mysql-user=%s --mysql-password=%s]" % (ts(), host(), user(), p)], [p]


@spec("python_exc_redis_url_in_parentheses", ["pyrepr", "redis_uri"])
def _():
    p = hard_pw(rng.choice(["mixed_url", "pct_hex", "amp"]))
    e = pct(p)
    return ["Traceback (most recent call last):", '  File "/usr/local/lib/python3.11/site-packages/redis/connection.py", line %d, in connect' % rng.randint(200, 700),
            "redis.exceptions.ConnectionError: Error 111 connecting (redis://:%s@%s:6379/0)" % (e, rhost())], [e]


@spec("ticket_json_in_json_u_escape_doubled", ["json"], True)
def _():
    p = hard_pw(rng.choice(["accented", "cyrillic", "emoji"]))
    inner = json.dumps({"env": "REDIS_PASSWORD=" + p}, ensure_ascii=True)
    outer = json.dumps({"ticket": rng.randint(10000, 99999), "attachment": inner}, ensure_ascii=True)
    v = json_esc(json_esc(p, True), True)
    return [outer], [v]


@spec("cri_partial_split_inside_multibyte_password", ["cri"], True)
def _():
    cls = rng.choice(["cjk", "cyrillic", "hangul"])
    p = hard_pw(cls) + hard_pw(cls)
    line = "MYSQL_ROOT_PASSWORD=" + p
    cuts = [c for c in range(20 + 8, len(line) - 8) if line[c - 1] not in AL]
    if not cuts:
        return [""], None
    c = rng.choice(cuts)
    t = ts9(ts())
    return [t + " stdout P " + line[:c], t + " stdout F " + line[c:], t + " stdout F %s [Note] [Entrypoint]: Entrypoint script for MySQL Server started." % t[:19].replace("T", " ")], [line[20:c], line[c:]]


@spec("oidc_token_form_body_secret_pct_then_amp", ["oidc", "userinfo"])
def _():
    s = hard_pw(rng.choice(["amp", "equals_comma", "mixed_url"]))
    e = pct(s)
    return ["=> Send data, %d bytes" % rng.randint(150, 300), "0000: grant_type=authorization_code&client_id=%s&client_secret=%s&redirect_uri=https%%3A%%2F%%2F%s%%2Foidc%%2Fcallback" % (hx(16), e, whost())], [e]


@spec("long_oidc_secret_640_dq_env_last_line", ["compose_env"])
def _():
    p = hard_pw("long")
    return ["OIDC_CLIENT_ID=%s" % hx(20), "OIDC_AUTH_METHOD=implicit", 'OIDC_SECRET="%s"' % p], [p]


@spec("gorilla_session_secret_in_brace_struct_wrap", ["goq"])
def _():
    p = hard_pw(rng.choice(["bs_quote", "squote", "spaces"]))
    return ["%s DEBUG config loaded: {Host:https://%s Session:{Secret:%s Length:720h}}" % (ts(), whost(), p)], [p]


@spec("redis_acl_user_gt_password_raw", ["redis_acl"])
def _():
    p = hard_pw(rng.choice(["hash", "dollar", "at_colon"]))
    return ["$ kubectl -n wandb exec redis-0 -- cat /data/users.acl", "user default off", "user wandb on >%s ~* &* +@all" % p], [p]


@spec("mysql_box_table_password_last_cell", ["mysql_client"])
def _():
    p = hard_pw(rng.choice(["quotes_both", "spaces", "accented"]))
    w = max(len(p), 8)
    return ["+---------------+%s+" % ("-" * (w + 2)), "| name          | %-*s |" % (w, "value"), "+---------------+%s+" % ("-" * (w + 2)), "| smtp_password | %-*s |" % (w, p), "+---------------+%s+" % ("-" * (w + 2))], [p]


@spec("sdk_settings_proxy_userinfo_pct_non_ascii", ["wandb_settings", "userinfo"])
def _():
    p = hard_pw(rng.choice(["accented", "cjk", "emoji"]))
    return ["[default]", "base_url = https://%s" % whost(), "https_proxy = http://%s:%s@proxy.example.com:3128" % (user(), pct(p))], [pct(p)]


@spec("emoji_password_json_surrogate_pair_escape", ["json"])
def _():
    p = hard_pw("emoji")
    v = json_esc(p, True)
    return ['{"level":"debug","msg":"mysql config","password":"%s","user":"%s"}' % (v, user())], [v]


# ---------------------------------------------------------------- negatives
NEG = []


def neg(name, srcs, new=False):
    def deco(fn):
        NEG.append((name, fn, srcs))
        if new:
            NEW_KIND_NEG.append(name)
        return fn
    return deco


def uuid():
    return "%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12))


def sha():
    return hx(64)


def cert_body(n):
    return ["MII" + rs(B64, 61)] + [rs(B64, 64) for _ in range(n - 1)]


@neg("envfile_file_suffix_paths_only", ["mysql_docker", "compose_env"])
def _():
    return ["MYSQL_PASSWORD_FILE=/run/secrets/%s" % rng.choice(["mysql_password", "db-pass", "mysql-user-pw"]), "MYSQL_ROOT_PASSWORD_FILE=/run/secrets/%s" % rng.choice(["mysql_root", "root-pass"]),
            "REDIS_PASSWORD_FILE=/var/run/secrets/wandb/redis-%s" % rs(LO, 4), "OIDC_SECRET_FILE=/etc/wandb/oidc/secret"]


@neg("envfile_dq_required_interpolation_refs", ["compose_interp"])
def _():
    return ['MYSQL_PASSWORD="${MYSQL_PASSWORD:?%s}"' % rng.choice(["set MYSQL_PASSWORD", "missing db password", "required"]), 'REDIS="redis://:${REDIS_PASSWORD}@%s:6379/%d"' % (rhost(), rng.randint(0, 3)),
            'OIDC_SECRET="${OIDC_SECRET:-}"']


@neg("envfile_double_dollar_literal_braces", ["compose_interp"])
def _():
    v = rng.choice(["MYSQL_PASSWORD", "DB_PASS", "OIDC_SECRET", "REDIS_PASSWORD", "LICENSE"])
    return ["# $$ keeps the reference for the container shell to expand", "ENTRY_CMD=sh -c 'exec local --db-pass=$${%s}'" % v, "GREETING=cost: $$%d per seat" % rng.randint(5, 99)]


@neg("dotenv_three_empty_quote_styles", ["dotenv"])
def _():
    ks = rng.sample(["MYSQL_PASSWORD", "REDIS_PASSWORD", "OIDC_SECRET", "SLACK_SECRET", "LICENSE", "SMTP_PASSWORD"], 3)
    return ["%s=" % ks[0], '%s=""' % ks[1], "%s=''" % ks[2], "HOST=https://%s" % whost()]


@neg("dotenv_empty_then_space_hash_comment", ["dotenv", "compose_env"])
def _():
    return ["MYSQL_PASSWORD= # %s" % rng.choice(["set from k8s secret", "injected at deploy", "see vault path secret/wandb/mysql"]), "REDIS_PASSWORD=   # none, redis is in-cluster", "GORILLA_LOG_LEVEL=%s" % rng.choice(["info", "debug"]), "GORILLA_WORKERS=%d" % rng.randint(2, 32)]


@neg("dotenv_display_strings_with_escapes", ["compose_env"])
def _():
    n = rng.choice(["Zoë", "Renée", "Åsa", "Jürgen", "François"])
    return ['BANNER_TEXT="Welcome to %s\'s \\"%s\\" W&B, #%d"' % (n, rng.choice(["prod", "staging", "research"]), rng.randint(1, 9)),
            "ORG_DISPLAY='Acme; R&D \\'ML\\' platform'", 'SUPPORT_NOTE="Ask in #%s or mail ops@example.com"' % rng.choice(["ml-infra", "wandb-help", "platform"])]


@neg("dotenv_long_no_proxy_host_list", ["dotenv"])
def _():
    hosts = [".svc", ".cluster.local", "localhost", "127.0.0.1"] + ["%s.example.com" % rs(LO, rng.randint(4, 9)) for _ in range(40)] + ["10.%d.0.0/16" % i for i in range(rng.randint(5, 12))]
    return ["NO_PROXY=" + ",".join(hosts), "HTTPS_PROXY=http://proxy.example.com:%d" % rng.choice([3128, 8080, 8888])]


@neg("dotenv_short_numeric_and_flag_values", ["wandb_env"])
def _():
    return ["REDIS_PORT=%d" % rng.choice([6379, 6380, 16379]), "MYSQL_PORT=3306", "GORILLA_WORKERS=%d" % rng.randint(2, 16), "WANDB_CONSOLE=%s" % rng.choice(["off", "auto", "wrap"]), "SAFE_MODE=%s" % rng.choice(["true", "false", "1", "0"])]


@neg("dotenv_password_policy_number_vars", ["wandb_env"])
def _():
    return ["PASSWORD_MIN_LENGTH=%d" % rng.randint(8, 16), "TOKEN_TTL_SECONDS=%d" % rng.choice([900, 3600, 86400]), "SECRET_ROTATION_DAYS=%d" % rng.choice([30, 60, 90]), "API_KEY_LENGTH=%d" % rng.choice([40, 86]), "SESSION_COOKIE_NAME=wandb_session"]


@neg("env_values_masked_with_stars_varied_len", ["docker_inspect"])
def _():
    return ["MYSQL_PASSWORD=%s" % ("*" * rng.randint(6, 16)), "OIDC_SECRET=%s" % ("*" * rng.randint(6, 16)), "LICENSE=%s" % ("*" * rng.randint(8, 24)), "HOST=https://%s" % whost()]


@neg("env_values_redaction_marker_variants", ["docker_inspect"])
def _():
    m = rng.sample(["[REDACTED]", "<redacted>", "***REDACTED***", "(hidden)", "[FILTERED]", "<masked>"], 3)
    return ["MYSQL_PASSWORD=%s" % m[0], "REDIS_PASSWORD=%s" % m[1], "AWS_SECRET_ACCESS_KEY=%s" % m[2], "AWS_REGION=%s" % rng.choice(["us-east-1", "eu-central-1"])]


@neg("env_angle_bracket_placeholders_doc", ["wandb_env"])
def _():
    return ["# replace the placeholders before running docker compose up", "MYSQL=mysql://%s:<password>@<host>:%d/<database>" % (user(), rng.choice([3306, 3307, 6033, 4000])), "LICENSE=<your-license-string>", "OIDC_SECRET=<client-secret-from-idp>"]


@neg("compose_top_level_secrets_file_entries", ["compose_interp"])
def _():
    return ["secrets:", "  mysql_password:", "    file: ./secrets/mysql_password_%s.txt" % rs(LO, 4), "  license:", "    file: %s" % rng.choice(["./license.jwt", "/etc/wandb/license", "./secrets/wandb-license.txt"]), "  oidc_secret:", "    environment: OIDC_SECRET"]


@neg("compose_env_map_var_refs_only", ["compose_interp", "yaml_plain"])
def _():
    return ["    environment:", "      MYSQL_PASSWORD: ${MYSQL_PASSWORD}", "      REDIS: redis://:${REDIS_PASSWORD:-}@redis:6379/%d" % rng.randint(0, 3), '      LICENSE: "${WANDB_LICENSE:?}"', "      HOST: https://%s" % whost()]


@neg("compose_healthcheck_defaults_extra_file", ["compose_interp", "mycnf"])
def _():
    return ["    healthcheck:", '      test: ["CMD", "mysqladmin", "--defaults-extra-file=/run/secrets/%s", "ping", "-h", "127.0.0.1"]' % rng.choice(["my.cnf", "client.cnf", "mysql-client"]), "      interval: %ds" % rng.choice([5, 10, 30]), "      retries: %d" % rng.randint(3, 10)]


@neg("compose_env_map_non_ascii_labels", ["yaml_dq"])
def _():
    return ["    environment:", '      WANDB_ORG_NAME: "%s"' % rng.choice(["Société Générale Lab", "Müller & Söhne KI", "Ñandú Robotics"]), '      WANDB_TEAM_LABEL: "%s"' % rng.choice(["数据平台", "研究チーム", "데이터팀", "Команда ML"]), '      MOTD: "%s deploy ok"' % rng.choice(EMO)]


@neg("helm_values_password_secret_ref_blocks", ["wandb_helm"])
def _():
    return ["mysql:", "  host: %s" % host(), "  user: %s" % user(), "  passwordSecret:", "    name: %s" % rng.choice(["wandb-mysql", "mysql-creds", "db-auth"]), "    key: %s" % rng.choice(["password", "MYSQL_PASSWORD", "pw"])]


@neg("helm_values_empty_quoted_secrets", ["yaml_sq", "yaml_dq"])
def _():
    return ["auth:", "  oidc:", "    clientId: %s" % hx(20), '    secret: ""', "  sessionLengthHours: %d" % rng.choice([24, 72, 720]), "redis:", "  password: ''"]


@neg("helm_template_values_placeholders", ["wandb_helm"])
def _():
    return ["        - name: MYSQL_PASSWORD", "          value: {{ .Values.%s.password | quote }}" % rng.choice(["mysql", "global.mysql", "db", "externalDatabase", "database"]), "        - name: REDIS", '          value: "redis://:{{ .Values.redis.password }}@{{ include "wandb.redis.host" . }}:6379"', "        - name: LICENSE", "          value: {{ required \"license is required (%s)\" .Values.license | quote }}" % rs(LO, 4)]


@neg("helm_set_string_cidr_list_escaped_commas", ["helm_set"])
def _():
    c = "\\,".join("10.%d.0.0/16" % rng.randint(0, 255) for _ in range(rng.randint(2, 5)))
    return ["$ helm upgrade wandb wandb/operator-wandb -n wandb \\", "    --set-string 'ingress.annotations.nginx\\.ingress\\.kubernetes\\.io/whitelist-source-range=%s' \\" % c, "    --reuse-values"]


@neg("helm_values_ca_cert_block_public", ["pem", "yaml_block"])
def _():
    return ["global:", "  customCACerts:", "    - |", "      -----BEGIN CERTIFICATE-----"] + ["      " + b for b in cert_body(rng.randint(4, 6))] + ["      -----END CERTIFICATE-----"]


@neg("helm_values_u_escaped_org_names", ["yaml_dq"])
def _():
    n = rng.choice(["Caf\\u00e9 ML", "\\u6570\\u636e\\u5e73\\u53f0", "\\u041a\\u043e\\u043c\\u0430\\u043d\\u0434\\u0430", "Z\\u00fcrich AI"])
    return ["global:", '  orgName: "%s"' % n, '  banner: "\\U0001F680 %s"' % rng.choice(["launch", "ready", "go"]), "  host: https://%s" % whost()]


@neg("secret_json_metadata_without_data", ["k8s_secret"])
def _():
    return ["{", '    "apiVersion": "v1",', '    "kind": "Secret",', '    "metadata": {"name": "wandb-%s", "namespace": "wandb", "uid": "%s", "resourceVersion": "%d"},' % (rng.choice(["mysql", "redis", "license", "oidc"]), uuid(), rng.randint(10**5, 10**8)), '    "type": "Opaque"', "}"]


@neg("secret_yaml_empty_data_map", ["k8s_secret"])
def _():
    return ["apiVersion: v1", "data: {}", "kind: Secret", "metadata:", "  creationTimestamp: \"%sZ\"" % ts()[:19], "  name: wandb-%s" % rs(LO, 6)]


@neg("pod_env_secretkeyref_json_list", ["k8s_env"])
def _():
    return ['  "env": [', '    {"name": "MYSQL_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "wandb-mysql", "key": "%s"}}},' % rng.choice(["password", "MYSQL_PASSWORD"]), '    {"name": "MYSQL_HOST", "value": "%s"},' % host(), '    {"name": "LICENSE", "valueFrom": {"secretKeyRef": {"name": "wandb-license", "key": "license", "optional": %s}}}' % rng.choice(["true", "false"]), "  ],"]


@neg("k8s_env_dollar_paren_expansion_dsn", ["k8s_env"])
def _():
    return ["        - name: MYSQL", '          value: "mysql://$(MYSQL_USER):$(MYSQL_PASSWORD)@%s:3306/wandb_local"' % host(), "        - name: ESCAPED", '          value: "literal $$(NOT_EXPANDED) kept %d"' % rng.randint(1, 99)]


@neg("tls_secret_crt_only_b64_public", ["pem", "k8s_secret"])
def _():
    raw = "-----BEGIN CERTIFICATE-----\n" + "\n".join(cert_body(rng.randint(2, 4))) + "\n-----END CERTIFICATE-----\n"
    return ["apiVersion: v1", "data:", "  ca.crt: %s" % b64(raw), "kind: Secret", "type: kubernetes.io/tls"]


@neg("kubectl_get_secrets_table_no_values", ["kubectl_get"])
def _():
    rows = ["NAME                TYPE                 DATA   AGE"]
    for n in rng.sample(["wandb-mysql", "wandb-redis", "wandb-license", "wandb-oidc", "wandb-tls", "wandb-bucket"], 4):
        rows.append("%-19s %-20s %-6d %dd" % (n, rng.choice(["Opaque", "kubernetes.io/tls"]), rng.randint(1, 4), rng.randint(1, 400)))
    return rows


@neg("jsonpath_decoded_username_glued_prompt", ["kubectl_get"])
def _():
    prompt = "%s@%s:~$ " % (rng.choice(["ops", "admin", "ubuntu"]), rng.choice(["bastion", "jump-1", "ops-vm"]))
    return [prompt + "kubectl -n wandb get secret wandb-mysql -o jsonpath='{.data.MYSQL_USER}' | base64 -d", user() + prompt]


@neg("cat_mounted_configmap_host_value", ["kubectl_get"])
def _():
    return ["$ kubectl -n wandb exec wandb-app-0 -- cat /etc/wandb/config/%s; echo" % rng.choice(["host", "base-url", "bucket-name"]), rng.choice(["https://" + whost(), "s3://wandb-" + rs(LO, 8), "gs://wandb-" + rs(LO, 8)]), "$ "]


@neg("cri_partial_plain_long_startup_line", ["cri"])
def _():
    t = ts9(ts())
    msg = "starting gorilla with features " + ",".join(rng.sample(["artifacts", "reports", "sweeps", "launch", "weave", "registry", "automations", "tables", "media", "audit-logs"], 8)) + " and " + " ".join("shard-%d" % i for i in range(rng.randint(20, 40)))
    c = rng.randint(60, len(msg) - 20)
    return [t + " stdout P " + msg[:c], t + " stdout F " + msg[c:]]


@neg("log_cap_plain_graphql_query_truncated", ["log_cap"])
def _():
    q = "query Project($name: String!, $entity: String!) { project(name: $name, entityName: $entity) { runs(first: %d) { edges { node { id name displayName state createdAt heartbeatAt summaryMetrics" % rng.randint(10, 500)
    return ["%s INFO gorilla: graphql %s…[truncated %d bytes]" % (ts(), q, rng.randint(100, 9000))]


@neg("terminal_wrap_80_image_digests", ["terminal_wrap"])
def _():
    s = "    Image ID:       " + " ".join("wandb/local@sha256:" + sha() for _ in range(3))
    return ["Containers:", "  wandb:"] + [s[i:i + 80] for i in range(0, len(s), 80)]


@neg("inspect_env_file_paths_and_flags", ["docker_inspect"])
def _():
    return ['        "Env": ["MYSQL_PASSWORD_FILE=/run/secrets/mysql_password", "LICENSE_FILE=/run/secrets/license", "HOST=https://%s", "GORILLA_DISABLE_CODE_SAVING=%s", "GORILLA_WORKERS=%d"],' % (whost(), rng.choice(["true", "false"]), rng.randint(2, 32))]


@neg("ps_auxww_docker_run_env_file_flag", ["ps", "docker_run"])
def _():
    return ["USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND",
            "root       %5d  0.0  0.1 %6d %5d ?        Ss   %02d:%02d   0:00 docker run -d --name wandb-local --env-file /etc/wandb/wandb.env -v wandb:/vol -p 8080:8080 wandb/local:0.%d.0" % (rng.randint(1000, 60000), rng.randint(10000, 99999), rng.randint(1000, 9999), rng.randint(0, 23), rng.randint(0, 59), rng.randint(40, 70))]


@neg("docker_envfile_comments_and_refs_literal", ["docker_run"])
def _():
    return ["# docker --env-file does not expand variables or strip quotes", "MYSQL_PASSWORD_FILE=/run/secrets/db", 'QUOTED_LABEL="kept with quotes %d"' % rng.randint(1, 999), "HOST=https://%s" % whost()]


@neg("mysql_general_log_identified_by_secret_marker", ["mysql_lit"])
def _():
    t1, t2 = sorted([ts(), ts()])
    return ["%s\t   %d Query\tALTER USER '%s'@'%%' IDENTIFIED BY <secret>" % (t1, rng.randint(8, 900), user()), "%s\t   %d Query\tFLUSH PRIVILEGES" % (t2, rng.randint(8, 900))]


@neg("mycnf_client_ssl_paths_no_password", ["mycnf"])
def _():
    return ["[client]", "user=%s" % user(), "host=%s" % host(), "ssl-ca=/etc/mysql/certs/ca.pem", "ssl-mode=VERIFY_IDENTITY"]


@neg("mycnf_bare_password_key_prompts", ["mycnf"])
def _():
    return ["[mysql]", "user=%s" % user(), "password", "database=wandb_local", "# bare 'password' makes the client prompt"][:rng.randint(3, 5)] + ["prompt=\\u@\\h [\\d]> "]


@neg("mysql_dash_p_prompt_enter_password", ["mysql_client"])
def _():
    return ["$ mysql -u %s -p -h %s wandb_local" % (user(), host()), "Enter password: ", "Welcome to the MySQL monitor.  Commands end with ; or \\g.", "Your MySQL connection id is %d" % rng.randint(10, 99999)]


@neg("mysql_box_table_non_secret_settings", ["mysql_client"])
def _():
    return ["+--------------------------+----------------+", "| Variable_name            | Value          |", "+--------------------------+----------------+",
            "| default_authentication_plugin | %s |" % rng.choice(["caching_sha2_password", "mysql_native_password"]), "| max_connections          | %-14d |" % rng.randint(100, 2000), "+--------------------------+----------------+"]


@neg("mysql_validate_password_policy_rows", ["mysql_client"])
def _():
    return ["validate_password.length\t%d" % rng.randint(8, 16), "validate_password.mixed_case_count\t1", "validate_password.policy\t%s" % rng.choice(["MEDIUM", "STRONG", "LOW"]), "validate_password.special_char_count\t%d" % rng.randint(0, 2)]


@neg("mysqld_note_access_denied_password_flag_line", ["mysql_client"])
def _():
    return ["%s 0 [Note] Access denied for user '%s'@'10.%d.%d.%d' (using password: %s)" % (ts(), user(), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254), rng.choice(["YES", "NO"]))]


@neg("mysql_dsn_without_password_part", ["userinfo"])
def _():
    return ["MYSQL=mysql://%s@%s:3306/wandb_local?tls=%s" % (user(), host(), rng.choice(["true", "preferred", "skip-verify"]))]


@neg("redis_uri_without_auth_tls_query", ["redis_uri"])
def _():
    return ["REDIS=redis://%s:%d/%d?tls=true&caCertPath=/etc/ssl/redis/ca.pem&ttlInSeconds=%d" % (rhost(), rng.choice([6379, 6380]), rng.randint(0, 5), rng.choice([604800, 86400]))]


@neg("url_pct_encoded_path_and_query_only", ["userinfo"])
def _():
    return ["%s INFO GET /api/v1/artifacts/%s%%2F%s%%3Av%d/manifest?entity=%s&q=a%%20b%%26c 200" % (ts(), rs(LO, 6), rs(LO, 6), rng.randint(0, 40), rs(LO, 5))]


@neg("sqlalchemy_url_repr_masked_stars", ["sqlalchemy"])
def _():
    return ["%s INFO sqlalchemy.engine.Engine: Engine(mysql+pymysql://%s:***@%s/wandb_local?charset=utf8mb4)" % (ts(), user(), host())]


@neg("gorilla_dsn_log_bracket_redacted", ["godsn"])
def _():
    return ['{"level":"info","ts":"%s","msg":"db connect","dsn":"%s:[REDACTED]@tcp(%s:3306)/wandb_local?parseTime=true"}' % (ts(), user(), host())]


@neg("go_redis_options_empty_password_q", ["goq"])
def _():
    return ['%s DEBUG cache: opts=&redis.Options{Network:"tcp", Addr:"%s:6379", Username:"", Password:"", DB:%d}' % (ts(), rhost(), rng.randint(0, 3))]


@neg("logfmt_password_set_boolean", ["logfmt"])
def _():
    return ['time=%s level=info component=gorilla msg="redis options" addr=%s:6379 password_set=%s tls=%s' % (ts(), rhost(), rng.choice(["true", "false"]), rng.choice(["true", "false"]))]


@neg("python_repr_secretstr_stars", ["pyrepr"])
def _():
    return ["%s DEBUG settings=Settings(mysql_host='%s', mysql_password=SecretStr('**********'), redis_url=None, debug=%s)" % (ts(), host(), rng.choice(["True", "False"]))]


@neg("go_struct_password_file_path_field", ["goq"])
def _():
    return ['%s INFO config: {Addr:%s:6379 PasswordFile:"/run/secrets/redis-%s" TLS:%s}' % (ts(), rhost(), rs(LO, 4), rng.choice(["true", "false"]))]


@neg("www_authenticate_basic_realm_challenge", ["http"])
def _():
    return ["< HTTP/1.1 401 Unauthorized", '< WWW-Authenticate: Basic realm="%s", charset="UTF-8"' % rng.choice(["W&B", "wandb-local", "Restricted"]), "< Content-Length: %d" % rng.randint(10, 90)]


@neg("set_cookie_session_cleared_max_age", ["http"])
def _():
    return ["< HTTP/2 200", "< set-cookie: wandb_session=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly", "< x-request-id: %s" % uuid()]


@neg("cookie_header_non_session_crumbs", ["http"])
def _():
    return ["> Cookie: wb_theme=%s; sidebar=%s; tz=%s" % (rng.choice(["dark", "light"]), rng.choice(["open", "collapsed"]), rng.choice(["UTC", "Europe%2FBerlin", "Asia%2FTokyo"]))]


@neg("curl_v_tls_handshake_cert_lines", ["http"])
def _():
    return ["* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384", "* ALPN: server accepted h2", "* Server certificate:", "*  subject: CN=%s" % whost(), "*  expire date: %s" % rng.choice(["Mar  1 00:00:00 2026 GMT", "Jan 12 23:59:59 2026 GMT"]), "*  start date: %s %2d 00:00:00 2025 GMT" % (rng.choice(["Jan", "Feb", "Mar", "Apr"]), rng.randint(1, 28)), "*  SSL certificate verify ok."]


@neg("oidc_discovery_document_public_fields", ["oidc"])
def _():
    b = "https://login.example.com/%s" % hx(8)
    return ["{", '  "issuer": "%s",' % b, '  "token_endpoint": "%s/oauth2/v1/token",' % b, '  "jwks_uri": "%s/oauth2/v1/keys",' % b, '  "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "none"]', "}"]


@neg("jwks_public_rsa_modulus_long", ["jwt", "oidc"])
def _():
    return ['{"keys": [{"kty": "RSA", "alg": "RS256", "kid": "%s", "use": "sig", "e": "AQAB", "n": "%s"}]}' % (hx(16), rs(B64U, 342))]


@neg("oidc_authorize_url_public_client_params", ["oidc"])
def _():
    return ["< location: https://login.example.com/oauth2/v1/authorize?client_id=%s&response_type=code&scope=openid%%20profile%%20email&redirect_uri=https%%3A%%2F%%2F%s%%2Foidc%%2Fcallback&state=%s" % (hx(20), whost(), hx(16))]


@neg("pem_certificate_chain_two_blocks", ["pem"])
def _():
    return ["-----BEGIN CERTIFICATE-----"] + cert_body(3) + ["-----END CERTIFICATE-----", "-----BEGIN CERTIFICATE-----"] + cert_body(2) + ["-----END CERTIFICATE-----"]


@neg("pem_public_key_block", ["pem"])
def _():
    return ["-----BEGIN PUBLIC KEY-----", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(B64, 20)] + [rs(B64, 64) for _ in range(4)] + ["-----END PUBLIC KEY-----"]


@neg("ssh_authorized_keys_public_lines", ["ssh"])
def _():
    return ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (rs(B64, 43), rng.choice(["ops", "deploy", "ci"]), rng.choice(["bastion", "laptop", "runner"])), "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%s deploy@ci" % rs(B64, 300)]


@neg("known_hosts_hashed_host_entries", ["ssh"])
def _():
    return ["|1|%s=|%s= ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB%s=" % (rs(B64, 27), rs(B64, 27), rs(B64, 87)) for _ in range(2)]


@neg("ec_parameters_block_only", ["pem"])
def _():
    return ["$ openssl ecparam -name prime256v1 -out /tmp/ec-%s.param" % rs(LO, 4), "$ cat /tmp/ec-*.param", "-----BEGIN EC PARAMETERS-----", "BggqhkjOPQMBBw==", "-----END EC PARAMETERS-----"]


@neg("pem_markers_in_help_text", ["pem"])
def _():
    return ["  --tls-key string   path to a PEM file holding -----BEGIN PRIVATE KEY----- ... -----END PRIVATE KEY-----", "  --tls-cert string  path to the certificate chain (default \"/etc/ssl/wandb/tls.crt\")", "  --listen string    address to serve on (default \":%d\")" % rng.choice([8080, 8443, 9000, 9090, 443, 80])]


@neg("wandb_key_length_error_messages", ["wandb_key"])
def _():
    return ["wandb: ERROR API key must be 40 characters long, yours was %d" % rng.choice([41, 46, 58, 86, 92]), "ValueError: API key must be 40 characters long, yours was %d" % rng.choice([44, 86])]


@neg("wandb_login_prompt_lines", ["wandb_key"])
def _():
    h = "%s:%d" % (whost(), rng.choice([443, 8080, 8443, 9443]))
    return ["wandb: Currently logged in as: %s (team %s)" % (user(), rs(LO, 5)), "wandb: Logging into %s." % h, "wandb: You can find your API key in your browser here: https://%s/authorize" % h, "wandb: Paste an API key from your profile and hit enter, or press ctrl+c to quit:"]


@neg("netrc_stat_and_permissions_lines", ["netrc"])
def _():
    return ["$ ls -l ~/.netrc", "-rw------- 1 %s %s %d %s ~/.netrc" % (user(), user(), rng.randint(60, 300), rng.choice(["Mar  3 10:11", "Jan 17 08:02"])), "$ grep -c machine ~/.netrc", str(rng.randint(1, 5))]


@neg("license_jwt_decoded_claims_no_signature", ["jwt"])
def _():
    return ['{"alg": "RS256", "typ": "JWT", "kid": "%s"}' % hx(16), json.dumps({"iss": "https://www.wandb.com", "seats": rng.randint(5, 500), "expiresAt": "2026-%02d-01" % rng.randint(1, 12)})]


@neg("license_file_env_and_status_fields", ["wandb_env"])
def _():
    return ["LICENSE_FILE=/etc/wandb/license.jwt", "license.status=%s seats=%d/%d" % (rng.choice(["valid", "expiring"]), rng.randint(1, 50), rng.randint(50, 500))]


@neg("aws_config_profile_without_keys", ["aws_keys"])
def _():
    return ["[profile wandb-%s]" % rs(LO, 4), "region = %s" % rng.choice(["us-east-1", "eu-west-1"]), "role_arn = arn:aws:iam::%d:role/wandb-bucket" % rng.randint(10**11, 10**12 - 1), "source_profile = default"]


@neg("aws_configure_list_masked_table", ["aws_keys"])
def _():
    return ["      Name                    Value             Type    Location", "   profile                <not set>             None    None",
            "access_key     ****************%s shared-credentials-file" % rs(string.ascii_uppercase + "234567", 4), "secret_key     ****************%s shared-credentials-file" % rs(AL, 4)]


@neg("azure_connstr_sas_less_endpoint_only", ["azure_cs"])
def _():
    a = "wandb" + rs(LO, 6)
    return ['AZURE_STORAGE_CONNECTION_STRING="BlobEndpoint=https://%s.blob.core.windows.net/;AccountName=%s"' % (a, a)]


@neg("gcs_bucket_url_and_credentials_path", ["gcs_hmac", "wandb_env"])
def _():
    return ["BUCKET=gs://wandb-%s" % rs(LO, 8), "GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/google/%s.json" % rng.choice(["key", "sa", "wandb-sa"])]


@neg("s3_bucket_url_region_param_no_creds", ["wandb_env"])
def _():
    return ["BUCKET=s3://wandb-%s?region=%s&tls=true" % (rs(LO, 8), rng.choice(["us-east-1", "us-west-2"])), "AWS_S3_KMS_ID=arn:aws:kms:us-east-1:%d:key/%s" % (rng.randint(10**11, 10**12 - 1), uuid())]


@neg("csv_export_reference_values_last_column", ["csv"])
def _():
    return ["name,namespace,key,value", "wandb-mysql,wandb,MYSQL_PASSWORD,\"secretKeyRef: wandb-mysql/password\"", "wandb-redis,%s,REDIS_PASSWORD,\"<from %s>\"" % (rng.choice(["wandb", "ml", "prod"]) + rs(LO, 3), rng.choice(["vault", "secret", "env"]))]


@neg("tsv_env_dump_hosts_last_column", ["kubectl_get"])
def _():
    return ["NAME\tVALUE", "HOST\thttps://%s" % whost(), "MYSQL_HOST\t%s" % host(), "REDIS_PORT\t%d" % rng.choice([6379, 6380]), "WANDB_API_KEY_FILE\t/etc/wandb/api-key"]


@neg("xml_entity_escaped_non_secret_values", ["xml"])
def _():
    return ["  <property>", "    <name>fs.s3a.endpoint</name>", "    <value>https://s3.example.com/?a=1&amp;b=%d</value>" % rng.randint(1, 99), "    <description>&quot;path-style&quot; &lt;bucket&gt;</description>", "  </property>"]


@neg("toml_literal_windows_paths", ["toml"])
def _():
    return ["[tls]", "ca_path = 'C:\\certs\\wandb\\%s.pem'" % rng.choice(["ca", "root", "chain"]), "key_path = 'C:\\certs\\wandb\\tls.key'", 'password_file = "C:\\\\secrets\\\\%s.txt"' % rs(LO, 5)]


@neg("ini_percent_doubled_log_format", ["ini"])
def _():
    return ["[formatter_json]", "format = %%(asctime)s %%(levelname)s %%(name)s %%(message)s", "datefmt = %%Y-%%m-%%dT%%H:%%M:%%S", "[handler_%s_%s]" % (rng.choice(["file", "console", "stderr"]), rs(LO, 4))]


@neg("properties_unicode_escaped_labels", ["properties"])
def _():
    return ["app.title=%s" % rng.choice(["Caf\\u00e9 ML", "\\u6570\\u636e", "Z\\u00fcrich"]), "spring.datasource.url=jdbc:mysql://%s:3306/wandb_local" % host(), "spring.datasource.password=${DB_PASSWORD}"]


@neg("sh_xtrace_export_command_substitution", ["bash"])
def _():
    return ["+ export MYSQL_PASSWORD=\"$(cat /run/secrets/%s)\"" % rng.choice(["mysql", "db-pass"]), "++ cat /run/secrets/mysql", "+ exec /usr/local/bin/local --port %d --workers %d" % (rng.choice([8080, 8443]), rng.randint(1, 32))]


@neg("python_repr_dict_paths_and_bools", ["pyrepr"])
def _():
    return ["%s DEBUG env={'MYSQL_PASSWORD_FILE': '/run/secrets/%s', 'SAFE_MODE': '%s', 'NAME': \"O'Brien lab\"}" % (ts(), rs(LO, 6), rng.choice(["true", "false"]))]


@neg("go_slice_args_password_file_flag", ["goq"])
def _():
    return ["%s INFO migrate: exec args=[--mysql-host=%s --mysql-password-file=/run/secrets/%s --dry-run=%s]" % (ts(), host(), rs(LO, 6), rng.choice(["true", "false"]))]


@neg("json_log_emoji_team_u_escaped", ["json"])
def _():
    return ['{"level":"info","msg":"team created","team":"%s","members":%d}' % (json_esc(rng.choice(["ML ", "数据 ", "Ops "]) + rng.choice(EMO), True), rng.randint(1, 90))]


@neg("yaml_block_literal_motd_hash_lines", ["yaml_block"])
def _():
    return ["banner:", "  text: |", "    # Maintenance window %s" % rng.choice(["Sat 02:00 UTC", "Sun 04:00 UTC"]), "    Contact #%s for help" % rng.choice(["ml-infra", "platform"]), "    Password resets go through the IdP (ticket %d)." % rng.randint(100, 99999)]


@neg("redis_conf_requirepass_commented_note", ["redis_uri"])
def _():
    return ["# requirepass is set from REDIS_PASSWORD at start", "port %d" % rng.choice([6379, 6380]), "protected-mode %s" % rng.choice(["yes", "no"]), "maxmemory %dmb" % rng.choice([256, 512, 1024])]


@neg("redis_acl_nopass_resetpass_lines", ["redis_acl"])
def _():
    return ["user default on nopass ~%s:* &* +@all" % rs(LO, 5), "user %s off resetpass -@all" % rng.choice(["wandb", "monitor", "backup"])]


@neg("cri_partial_split_non_ascii_message", ["cri"])
def _():
    t = ts9(ts())
    msg = "équipe %s créée pour %s — %s" % (rs(LO, 5), rng.choice(["数据平台", "研究チーム", "데이터팀"]), " ".join(rng.choice(WORDS) for _ in range(12)))
    c = rng.randint(20, len(msg) - 10)
    return [t + " stdout P " + msg[:c], t + " stdout F " + msg[c:]]


# ---------------------------------------------------------------- kind judgement
# New kinds: judged against the used-shape list by tool + trick (grep of key words, by hand),
# conservatively.  Every other shape repeats an existing kind with a harder value or position.
NEW_KIND_POS[:] = [
    "env_tsv_three_key_generations_last_column", "netrc_tab_indented_wandb_v1_key_eof",
    "cri_partial_split_inside_multibyte_password", "configparser_ini_percent_doubled_percent",
    "configparser_ini_percent_doubled_pct_hex", "configparser_ini_percent_doubled_semicolon",
    "zap_json_config_ensure_ascii_emoji", "emoji_password_json_surrogate_pair_escape",
    "helm_values_redis_dq_u_escape_emoji", "encrypted_pkcs8_pem_with_passphrase_env",
    "azure_bucket_env_key_pct_equals_tail", "hadoop_xml_entity_escaped_secret_quotes_both",
]
NEW_KIND_NEG[:] = ["ini_percent_doubled_log_format", "json_log_emoji_team_u_escaped", "helm_values_u_escaped_org_names"]


# ---------------------------------------------------------------- driver
def record_ok(lines, secrets, seen):
    if secrets is None or not lines or len(lines) > 12 or not secrets:
        return False
    if any("\n" in l for l in lines):
        return False
    text = "\n".join(lines)
    if len(set(secrets)) != len(secrets):
        return False
    for s in secrets:
        if len(s) < 8 or s not in text or s in seen:
            return False
        if s[0].isspace() or s[-1].isspace():
            return False
    rest = text
    for s in sorted(secrets, key=len, reverse=True):
        rest = rest.replace(s, "\x00")
    for s in secrets:
        for i in range(len(s) - 5):
            if s[i:i + 6] in rest:
                return False
    return True


def build():
    shapes = []
    for name, fn, srcs, classes in FORMATS:
        for cls in classes:
            sname = "%s_%s" % (name, cls)
            shapes.append((sname, (lambda fn=fn, cls=cls: fn(hard_pw(cls))), srcs + ["wandb_env"]))
    for name, fn, srcs in SPEC:
        shapes.append((name, fn, srcs))
    pos = []
    seen = set()
    for sname, fn, srcs in shapes:
        SOURCES[sname] = [SRC[k] for k in srcs]
        for _ in range(3):
            for attempt in range(200):
                lines, secrets = fn()
                if record_ok(lines, secrets, seen):
                    break
            else:
                raise SystemExit("could not draw " + sname)
            seen.update(secrets)
            pos.append({"shape": sname, "lines": lines, "secrets": secrets})
    negs = []
    nseen = set()
    for name, fn, srcs in NEG:
        SOURCES[name] = [SRC[k] for k in srcs]
        for _ in range(5):
            for attempt in range(200):
                lines = fn()
                key = json.dumps(lines, ensure_ascii=False)
                if key not in nseen and 1 <= len(lines) <= 12:
                    break
            else:
                raise SystemExit("could not draw distinct " + name)
            nseen.add(key)
            negs.append({"shape": name, "lines": lines})
    ps = {r["shape"] for r in pos}
    ns = {r["shape"] for r in negs}
    assert set(NEW_KIND_POS) <= ps and set(NEW_KIND_NEG) <= ns
    return pos, negs


def main():
    pos, negs = build()
    with open(os.path.join(HERE, "positives.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in pos:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "negatives.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in negs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("positives: %d records, %d shapes, %d secrets" % (len(pos), len({r["shape"] for r in pos}), sum(len(r["secrets"]) for r in pos)))
    print("negatives: %d records, %d shapes" % (len(negs), len({r["shape"] for r in negs})))


if __name__ == "__main__":
    main()
