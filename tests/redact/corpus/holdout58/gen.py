#!/usr/bin/env python3
"""holdout58: sealed held-out set for the wbdiag secret redactor.

Focus: wire-level and debug traces (HTTP clients, SDKs, proxies, captures,
database / cache / mail / directory protocol logs).
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

SEED = 5858_1206
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
    if kind == "jwtb":  # payload.signature of a JWT (header is written in the template)
        return "eyJ" + "".join(rng.choice(B64U) for _ in range(rng.randint(90, 140))) + "." + "".join(rng.choice(B64U) for _ in range(86))
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
        elif tname == "json2":   # escaped twice (JSON string inside a JSON string)
            out = json.dumps(json.dumps(v)[1:-1])[1:-1]
            listed = out
        elif tname == "hexsp":   # hex bytes separated by spaces (gRPC core dumps)
            out = " ".join("%02x" % b for b in v.encode())
            listed = out
        elif tname == "hex":
            out = v.encode().hex()
            listed = out
        elif tname == "b64w":    # base64 of prefix+value+suffix, arg "prefix~suffix"
            pre, _, suf = arg.replace("\\x01", "\x01").partition("~")
            out = base64.b64encode((pre + v + suf).encode()).decode()
            listed = out.rstrip("=")
        elif tname == "b64p":    # base64 of "\0user\0value" (SASL PLAIN), arg = user
            raw = ("\0" + arg + "\0" + v).encode()
            out = base64.b64encode(raw).decode()
            g = -(-(len(arg) + 2) // 3)
            listed = out[4 * g:].rstrip("=")
        elif tname == "b64only":  # base64 of the value alone (SMTP AUTH LOGIN)
            out = base64.b64encode(v.encode()).decode()
            listed = out.rstrip("=")
        else:
            raise KeyError(tname)
        if secret:
            secrets.append(listed)
        return out

    text = PH.sub(sub, tpl)
    # ⟦...⟧ lower-case hex of the text inside, ⦃...⦄ upper-case hex; ¶ = CRLF inside
    hexed = []

    def hx(m, upper):
        raw = m.group(1).replace("¶", "\r\n").replace("⇥", "\t")
        hexed.append(raw)
        out = raw.encode().hex()
        return out.upper() if upper else out
    text = re.sub(r"⟦(.*?)⟧", lambda m: hx(m, False), text, flags=re.S)
    text = re.sub(r"⦃(.*?)⦄", lambda m: hx(m, True), text, flags=re.S)
    text = text.replace("⏎", "\r").replace("␛", "\x1b").replace("⇥", "\t")
    lines = text.split("\n")
    # curl --trace-ascii offsets: ⊕ header line (+CRLF), ⊗ data line (no CRLF)
    # consecutive ⊗ data lines are one data block, re-wrapped at 64 bytes as curl does
    merged = []
    for ln in lines:
        if ln.startswith("⊗") and merged and merged[-1].startswith("⊗"):
            merged[-1] += ln[1:]
        else:
            merged.append(ln)
    lines = []
    for ln in merged:
        if ln.startswith("⊗"):
            body = ln[1:]
            lines.extend("⊗" + body[i:i + 64] for i in range(0, len(body), 64))
        else:
            lines.append(ln)
    off = 0
    for i, ln in enumerate(lines):
        if ln.startswith("=> ") or ln.startswith("<= "):
            off = 0
        elif ln.startswith("⊕") or ln.startswith("⊗"):
            body = ln[1:]
            lines[i] = "%04x: " % off + body
            off += len(body) + (2 if ln[0] == "⊕" else 0)
    text = "\n".join(lines)
    uniq = []
    for s in secrets:
        cands = [s]
        if any(s in seg for seg in hexed):
            cands = [s, s.encode().hex(), s.encode().hex().upper()]
        found = [c for c in cands if c in text]
        if not found:
            found = [s]   # split or lost: the record fails ok_positive and is redrawn
        for c in found:
            if c not in uniq:
                uniq.append(c)
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
S_CURL_TRACE = "https://curl.se/docs/manpage.html#--trace-ascii"
S_CURL_LIBCURL = "https://curl.se/docs/manpage.html#--libcurl"
S_CURL_WOUT = "https://curl.se/docs/manpage.html#-w"
S_CURL_V = "https://everything.curl.dev/usingcurl/verbose/"
S_WGET = "https://www.gnu.org/software/wget/manual/wget.html#Logging-and-Input-File-Options"
S_HTTPIE = "https://httpie.io/docs/cli/viewing-intermediary-requests-responses"
S_HTTPCLIENT = "https://docs.python.org/3/library/http.client.html#http.client.HTTPConnection.set_debuglevel"
S_ROAUTH = "https://github.com/requests/requests-oauthlib/blob/master/requests_oauthlib/oauth2_session.py"
S_HTTPX = "https://www.python-httpx.org/logging/"
S_BOTO = "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/core/boto3.html#boto3.set_stream_logger"
S_SIGV4 = "https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html"
S_GOV2 = "https://aws.github.io/aws-sdk-go-v2/docs/configuring-sdk/logging/"
S_JAVAV2 = "https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/logging-slf4j.html"
S_JSV3 = "https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/logging-sdk-calls.html"
S_HTTPUTIL = "https://pkg.go.dev/net/http/httputil#DumpRequestOut"
S_RESTY = "https://github.com/go-resty/resty#debug-mode"
S_GODEBUG = "https://pkg.go.dev/net/http#hdr-HTTP_2"
S_NODE = "https://nodejs.org/api/cli.html#node_debugmodule"
S_GRPC_ENV = "https://github.com/grpc/grpc/blob/master/doc/environment_variables.md"
S_GRPC_NODE = "https://github.com/grpc/grpc-node/blob/master/doc/environment_variables.md"
S_GRPC_CORE_ISSUE = "https://github.com/grpc/grpc/issues/7960"
S_GRPC_NODE_ISSUE = "https://github.com/grpc/grpc-node/issues/1515"
S_NETTY_H2 = "https://netty.io/4.1/api/io/netty/handler/codec/http2/Http2FrameLogger.html"
S_OKHTTP = "https://square.github.io/okhttp/features/interceptors/#logging-interceptor"
S_REACTOR = "https://projectreactor.io/docs/netty/release/reference/index.html#_wire_logger"
S_ARMERIA = "https://armeria.dev/docs/server-access-log"
S_JSSE = "https://docs.oracle.com/en/java/javase/17/security/java-secure-socket-extension-jsse-reference-guide.html#GUID-31B7E142-B874-46E9-8DD0-4E18EC0EB2CF"
S_APACHE_HC = "https://hc.apache.org/httpcomponents-client-5.2.x/logging.html"
S_DOTNET = "https://learn.microsoft.com/en-us/dotnet/core/extensions/httpclient-logging"
S_AZCORE = "https://learn.microsoft.com/en-us/azure/developer/python/sdk/azure-sdk-logging"
S_MSAL = "https://learn.microsoft.com/en-us/entra/msal/python/advanced/logging"
S_GCLOUD = "https://cloud.google.com/sdk/gcloud/reference#--log-http"
S_GIT = "https://git-scm.com/docs/git#Documentation/git.txt-codeGITTRACECURLcode"
S_KUBECTL = "https://kubernetes.io/docs/reference/kubectl/#verbosity"
S_WANDB = "https://docs.wandb.ai/guides/technical-faq/troubleshooting"

JH = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9."
MACROS = {
    "%JH%": JH,
    "%UA_CURL%": "curl/8.5.0",
    "%IQ%": "IQoJb3JpZ2luX2VjE",
}


def _mac(t):
    for k, v in MACROS.items():
        t = t.replace(k, v)
    return t


def P(name, src, tpl, new=False):
    POS.append((name, src, new, _mac(tpl.strip("\n"))))


def N(name, src, tpl, new=False):
    NEG.append((name, src, new, _mac(tpl.strip("\n"))))


# ================================================================ POSITIVES
# ---- curl --trace-ascii / --libcurl / -w
P("curl_trace_ascii_offset_lines_send_header_bearer", S_CURL_TRACE, r"""
== Info: Connected to «@wandb|api|gorilla».example.internal (10.«dig2:a».«dig2:b».«dig2:c») port 443
== Info: using HTTP/1.x
=> Send header, 214 bytes (0xd6)
⊕POST /graphql HTTP/1.1
⊕Host: «@wandb|api|gorilla».example.internal
⊕User-Agent: %UA_CURL%
⊕Accept: */*
⊕Authorization: Bearer «!an43:t»
⊕Content-Type: application/json
⊕Content-Length: «dig2:l»
""")
P("curl_trace_ascii_send_data_client_credentials_form", S_CURL_TRACE, r"""
=> Send header, 187 bytes (0xbb)
⊕POST /realms/wandb/protocol/openid-connect/token HTTP/1.1
⊕Host: sso.example.org
⊕Content-Type: application/x-www-form-urlencoded
=> Send data, 121 bytes (0x79)
⊗grant_type=client_credentials&client_id=wandb-server&client_se
⊗cret=«!an32:s»&scope=openid
== Info: upload completely sent off: 121 bytes
""")
P("curl_trace_ascii_recv_data_token_json_wrapped_64", S_CURL_TRACE, r"""
<= Recv header, 17 bytes (0x11)
⊕HTTP/1.1 200 OK
<= Recv header, 32 bytes (0x20)
⊕Content-Type: application/json
<= Recv data, «dig3:n» bytes
⊗{"access_token":"«!an44:a»",
⊗"expires_in":«@300|3600|900|60»,"token_type":"Bearer","scope":"«@openid|openid email|openid email profile|openid profile offline_access|email offline_access»",
⊗"refresh_token":"«!an40:r»","session_state":"«uuid:ss»"}
""")
P("curl_trace_ascii_recv_header_set_cookie_session", S_CURL_TRACE, r"""
<= Recv header, 24 bytes (0x18)
⊕HTTP/1.1 302 Found
<= Recv header, 87 bytes (0x57)
⊕Set-Cookie: _wandb_session=«!b64u48:c»; Path=/; HttpOnly; Secure; SameSite=Lax
<= Recv header, 38 bytes (0x26)
⊕Location: https://wandb.example.internal/home
""")
P("curl_libcurl_generated_c_userpwd_option", S_CURL_LIBCURL, r"""
  hnd = curl_easy_init();
  curl_easy_setopt(hnd, CURLOPT_BUFFERSIZE, 102400L);
  curl_easy_setopt(hnd, CURLOPT_URL, "https://wandb.example.internal/api/v1/projects");
  curl_easy_setopt(hnd, CURLOPT_NOPROGRESS, 1L);
  curl_easy_setopt(hnd, CURLOPT_USERPWD, "api:«!hex40:k»");
  curl_easy_setopt(hnd, CURLOPT_USERAGENT, "%UA_CURL%");
  curl_easy_setopt(hnd, CURLOPT_MAXREDIRS, 50L);
""")
P("curl_libcurl_generated_c_slist_authorization_header", S_CURL_LIBCURL, r"""
  struct curl_slist *slist1;

  slist1 = NULL;
  slist1 = curl_slist_append(slist1, "Content-Type: application/json");
  slist1 = curl_slist_append(slist1, "Authorization: Bearer «!an40:t»");
  hnd = curl_easy_init();
  curl_easy_setopt(hnd, CURLOPT_URL, "https://api.example.com/v2/runs");
  curl_easy_setopt(hnd, CURLOPT_HTTPHEADER, slist1);
""")
P("curl_libcurl_generated_c_postfields_password_grant", S_CURL_LIBCURL, r"""
  curl_easy_setopt(hnd, CURLOPT_URL, "https://sso.example.org/oauth2/token");
  curl_easy_setopt(hnd, CURLOPT_POSTFIELDS, "grant_type=password&username=svc-wandb&password=«!pw16:p»&client_id=cli");
  curl_easy_setopt(hnd, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)«dig2:n»);
""")
P("curl_libcurl_generated_c_xoauth2_bearer_smtp", S_CURL_LIBCURL, r"""
  curl_easy_setopt(hnd, CURLOPT_URL, "smtps://smtp.example.com:465");
  curl_easy_setopt(hnd, CURLOPT_USERNAME, "alerts@example.com");
  curl_easy_setopt(hnd, CURLOPT_XOAUTH2_BEARER, "ya29.«!b64u64:t»");
  curl_easy_setopt(hnd, CURLOPT_MAIL_FROM, "<alerts@example.com>");
""")
P("curl_write_out_json_url_effective_query_token", S_CURL_WOUT, r"""
$ curl -s -o /dev/null -w '%{json}' "https://wandb.example.internal/files/«lc8:e»/«lc8:p»/output.log?access_token=«!an40:t»"
{"content_type":"text/plain","errormsg":null,"exitcode":0,"filename_effective":"/dev/null","ftp_entry_path":null,"http_code":200,"http_connect":0,"http_version":"1.1","local_ip":"10.0.«dig2:a».«dig2:b»","num_connects":1,"num_redirects":0,"proxy_ssl_verify_result":0,"redirect_url":null,"remote_ip":"10.0.«dig2:c».«dig2:d»","response_code":200,"scheme":"HTTPS","size_download":«dig4:s»,"ssl_verify_result":0,"time_total":0.«dig6:tt»,"url":"https://wandb.example.internal/files/«lc8:e»/«lc8:p»/output.log?access_token=«!an40:t»","url_effective":"https://wandb.example.internal/files/«lc8:e»/«lc8:p»/output.log?access_token=«!an40:t»","urlnum":0,"curl_version":"libcurl/8.5.0 OpenSSL/3.0.13 zlib/1.3"}
""")
P("curl_v_ftp_user_pass_command_echo", S_CURL_V, r"""
* Connected to ftp.example.org (10.«dig2:a».«dig2:b».«dig2:c») port 21
< 220 (vsFTPd 3.0.5)
> USER wandb-export
< 331 Please specify the password.
> PASS «!pw14:p»
< 230 Login successful.
> PWD
< 257 "/home/wandb-export" is the current directory
""")
P("curl_v_smtp_auth_plain_initial_response", S_CURL_V, r"""
< 250-AUTH PLAIN LOGIN
< 250 CHUNKING
> AUTH PLAIN «!pw16:p|b64p:alerts@example.com»
< 235 2.7.0 Authentication successful
> MAIL FROM:<alerts@example.com>
< 250 2.1.0 Ok
""")
P("curl_v_imap_login_command_echo", S_CURL_V, r"""
* Connected to imap.example.com (10.«dig2:a».«dig2:b».«dig2:c») port 143
< * OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN] Dovecot ready.
> A001 CAPABILITY
< A001 OK Pre-login capabilities listed, post-login capabilities have more.
> A002 LOGIN wandb-reports «!pw14:p»
< A002 OK Logged in
""")
# ---- wget -d
P("wget_debug_setting_header_option_bearer", S_WGET, r"""
DEBUG output created by Wget 1.21.4 on linux-gnu.

Reading HSTS entries from /root/.wget-hsts
Setting --header (header) to Authorization: Bearer «!an40:t»
Setting --output-document (outputdocument) to artifact.tar.gz
URI encoding = 'UTF-8'
--«TS»--  https://wandb.example.internal/artifacts/«hex32:d»/download
""")
P("wget_debug_setting_http_password_option", S_WGET, r"""
DEBUG output created by Wget 1.21.2 on linux-gnu.

Reading HSTS entries from /home/ops/.wget-hsts
Setting --http-user (httpuser) to admin
Setting --http-password (httppassword) to «!pw14:p»
URI encoding = 'UTF-8'
Converted file name 'metrics' (UTF-8) -> 'metrics' (UTF-8)
""")
P("wget_debug_setting_post_data_form", S_WGET, r"""
Setting --post-data (postdata) to username=admin&password=«!pw14:p»&remember=1
URI encoding = 'UTF-8'
--«TS»--  https://minio-console.example.internal/api/v1/login
Resolving minio-console.example.internal (minio-console.example.internal)... 10.«dig2:a».«dig2:b».«dig2:c»
""")
P("wget_debug_request_block_cookie_header", S_WGET, r"""
---request begin---
GET /api/v1/viewer HTTP/1.1
Host: wandb.example.internal
User-Agent: Wget/1.21.4
Accept: */*
Accept-Encoding: identity
Connection: Keep-Alive
Cookie: wandb_session=«!b64u40:c»; theme=dark

---request end---
""")
# ---- httpie -v
P("httpie_verbose_form_body_login", S_HTTPIE, r"""
POST /api/v1/login HTTP/1.1
Accept: */*
Accept-Encoding: gzip, deflate
Connection: keep-alive
Content-Length: «dig2:n»
Content-Type: application/x-www-form-urlencoded; charset=utf-8
Host: grafana.example.internal
User-Agent: HTTPie/3.2.2

user=admin&password=«!pw16:p»
""")
P("httpie_verbose_json_body_pretty_api_key", S_HTTPIE, r"""
Content-Type: application/json
Host: wandb.example.internal
User-Agent: HTTPie/3.2.2

{
    "description": "ci runner",
    "apiKey": "local-«!hex40:k»"
}
""")
# ---- Python http.client / requests-oauthlib / httpx
P("http_client_debuglevel_send_multipart_field_password", S_HTTPCLIENT, r"""
send: b'POST /api/v1/admin/smtp HTTP/1.1\r\nHost: wandb.example.internal\r\nUser-Agent: python-requests/2.31.0\r\nContent-Length: «dig3:n»\r\nContent-Type: multipart/form-data; boundary=«hex32:b»\r\n\r\n'
send: b'--«hex32:b»\r\nContent-Disposition: form-data; name="host"\r\n\r\nsmtp.example.com\r\n--«hex32:b»\r\nContent-Disposition: form-data; name="password"\r\n\r\n«!pw16:p»\r\n--«hex32:b»--\r\n'
reply: 'HTTP/1.1 204 No Content\r\n'
header: Date: «@Mon|Tue|Wed», 0«dig1:d» Jan 2025 10:1«dig1:m»:00 GMT
""")
P("http_client_debuglevel_send_json_body_second_chunk", S_HTTPCLIENT, r"""
send: b'PUT /api/v2/secrets/«lc8:n» HTTP/1.1\r\nHost: vault.example.internal:8200\r\nAccept-Encoding: identity\r\nContent-Length: «dig2:l»\r\nContent-Type: application/json\r\n\r\n'
send: b'{"data": {"db_password": "«!pw18:p»"}}'
reply: 'HTTP/1.1 200 OK\r\n'
""")
P("requests_oauthlib_prepared_fetch_token_request_body", S_ROAUTH, r"""
«TL» DEBUG requests_oauthlib.oauth2_session Requesting url https://sso.example.org/oauth2/token using method POST.
«TL» DEBUG requests_oauthlib.oauth2_session Supplying headers {'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8'} and data {'grant_type': 'authorization_code', 'code': '«!an32:c»', 'redirect_uri': 'https://wandb.example.internal/oidc/callback', 'client_id': 'wandb', 'client_secret': '«!an40:s»'}
«TL» DEBUG requests_oauthlib.oauth2_session Passing through key word arguments {'timeout': None, 'verify': True, 'proxies': None}.
""")
P("requests_oauthlib_obtained_token_dict_repr", S_ROAUTH, r"""
«TL» DEBUG requests_oauthlib.oauth2_session Request to fetch token completed with status 200.
«TL» DEBUG requests_oauthlib.oauth2_session Invoking 0 token response hooks.
«TL» DEBUG requests_oauthlib.oauth2_session Obtained token {'access_token': '«!an48:a»', 'token_type': 'Bearer', 'expires_in': 3600, 'refresh_token': '«!an48:r»', 'scope': ['openid', 'email'], 'expires_at': 17«dig8:e».«dig6:f»}.
""")
P("requests_oauthlib_request_body_was_refresh_grant", S_ROAUTH, r"""
DEBUG:requests_oauthlib.oauth2_session:Request url was https://sso.example.org/oauth2/token
DEBUG:requests_oauthlib.oauth2_session:Request headers were {'User-Agent': 'python-requests/2.31.0', 'Accept-Encoding': 'gzip, deflate', 'Accept': 'application/json', 'Connection': 'keep-alive', 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8', 'Content-Length': '«dig3:l»'}
DEBUG:requests_oauthlib.oauth2_session:Request body was grant_type=refresh_token&refresh_token=«!an54:r»&client_id=wandb-cli
""")
P("requests_oauthlib_response_content_tokens_json", S_ROAUTH, r"""
DEBUG:requests_oauthlib.oauth2_session:Response headers were {'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'Pragma': 'no-cache'} and content {"access_token":"«!an40:a»","token_type":"Bearer","expires_in":3599,"id_token":"%JH%«!jwtb:i»"}.
""")
P("httpx_info_request_line_query_access_token", S_HTTPX, r"""
«TL» INFO httpx HTTP Request: GET https://wandb.example.internal/api/v1/artifacts/«hex20:a»?access_token=«!an40:t» "HTTP/1.1 200 OK"
«TL» INFO httpx HTTP Request: GET https://wandb.example.internal/api/v1/artifacts/«hex20:a»/files "HTTP/1.1 200 OK"
""")
P("httpcore_trace_send_request_body_form_code_verifier", S_HTTPX, r"""
DEBUG:httpcore.http11:send_request_headers.complete
DEBUG:httpcore.http11:send_request_body.started request=<Request [b'POST']>
DEBUG:__main__:token request body: b'grant_type=authorization_code&code=«!an32:c»&redirect_uri=http%3A%2F%2Flocalhost%3A8765%2Fcallback&code_verifier=«!b64u43:v»&client_id=wandb-cli'
DEBUG:httpcore.http11:send_request_body.complete
""")
# ---- botocore / boto3
P("botocore_auth_canonical_request_security_token_line", S_SIGV4, r"""
«TL» botocore.auth [DEBUG] Calculating signature using v4 auth.
«TL» botocore.auth [DEBUG] CanonicalRequest:
GET
/wandb-artifacts/«hex8:p»/«hex32:o»

host:s3.us-east-1.amazonaws.com
x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
x-amz-date:«ymd:d»T«hms:t»Z
x-amz-security-token:%IQ%«!b64s180:st»
""")
P("botocore_endpoint_params_assume_role_with_web_identity_token", S_BOTO, r"""
«TL» botocore.endpoint [DEBUG] Making request for OperationModel(name=AssumeRoleWithWebIdentity) with params: {'url_path': '/', 'query_string': '', 'method': 'POST', 'headers': {'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8', 'User-Agent': 'Boto3/1.34.11 md/Botocore#1.34.11 ua/2.0 os/linux#5.15.0 md/arch#x86_64 lang/python#3.11.7 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.34.11'}, 'body': {'Action': 'AssumeRoleWithWebIdentity', 'Version': '2011-06-15', 'RoleArn': 'arn:aws:iam::«dig12:acct»:role/wandb-irsa', 'RoleSessionName': 'botocore-session-17«dig8:s»', 'WebIdentityToken': '%JH%«!jwtb:w»'}, 'url': 'https://sts.us-east-1.amazonaws.com/', 'context': {'client_region': 'us-east-1', 'has_streaming_input': False, 'auth_type': 'none'}}
""")
P("botocore_parsers_response_body_sts_credentials_xml_bytes", S_BOTO, r"""
«TL» botocore.parsers [DEBUG] Response headers: {'x-amzn-RequestId': '«uuid:r»', 'Content-Type': 'text/xml', 'Content-Length': '«dig4:l»', 'Date': 'Tue, 14 Jan 2025 10:11:12 GMT'}
«TL» botocore.parsers [DEBUG] Response body:
b'<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n  <AssumeRoleResult>\n    <Credentials>\n      <AccessKeyId>ASIA«uc16:ak»</AccessKeyId>\n      <SecretAccessKey>«!b64s40:sk»</SecretAccessKey>\n      <SessionToken>%IQ%«!b64s160:st»</SessionToken>\n      <Expiration>2025-01-14T11:11:12Z</Expiration>\n    </Credentials>\n  </AssumeRoleResult>\n</AssumeRoleResponse>\n'
""")
P("botocore_parsers_response_body_get_secret_value_escaped_json", S_BOTO, r"""
«TL» botocore.parsers [DEBUG] Response body:
b'{"ARN":"arn:aws:secretsmanager:us-east-1:«dig12:a»:secret:wandb/mysql-«an6:x»","CreatedDate":1.7«dig8:c»E9,"Name":"wandb/mysql","SecretString":"{\\"username\\":\\"wandb\\",\\"password\\":\\"«!pw20:p»\\",\\"host\\":\\"wandb-db.cluster-«lc12:h».us-east-1.rds.amazonaws.com\\"}","VersionId":"«uuid:v»","VersionStages":["AWSCURRENT"]}'
""")
P("botocore_endpoint_params_put_secret_value_bytes_body", S_BOTO, r"""
«TL» botocore.endpoint [DEBUG] Making request for OperationModel(name=PutSecretValue) with params: {'url_path': '/', 'query_string': '', 'method': 'POST', 'headers': {'X-Amz-Target': 'secretsmanager.PutSecretValue', 'Content-Type': 'application/x-amz-json-1.1', 'User-Agent': 'aws-cli/2.15.10 md/awscrt#0.19.19 ua/2.0 os/linux#6.5.0 md/arch#x86_64 lang/python#3.11.6'}, 'body': b'{"SecretId": "wandb/license", "SecretString": "«!an64:l»", "ClientRequestToken": "«uuid:c»"}', 'url': 'https://secretsmanager.us-east-1.amazonaws.com/', 'context': {'client_region': 'us-east-1', 'has_streaming_input': False}}
""")
P("botocore_parsers_ssm_get_parameter_securestring_decrypted", S_BOTO, r"""
«TL» botocore.parsers [DEBUG] Response body:
b'{"Parameter":{"ARN":"arn:aws:ssm:eu-west-1:«dig12:a»:parameter/wandb/oidc/client-secret","DataType":"text","LastModifiedDate":1.7«dig8:d»E9,"Name":"/wandb/oidc/client-secret","Selector":null,"SourceResult":null,"Type":"SecureString","Value":"«!an40:v»","Version":«dig1:n»}}'
""")
P("botocore_credentials_imds_role_response_body_json", "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html", r"""
«TL» botocore.utils [DEBUG] IMDS ENDPOINT: http://169.254.169.254/
«TL» urllib3.connectionpool [DEBUG] http://169.254.169.254:80 "GET /latest/meta-data/iam/security-credentials/wandb-node-role HTTP/1.1" 200 1582
«TL» botocore.utils [DEBUG] Response body: {"Code":"Success","LastUpdated":"2025-01-14T10:00:01Z","Type":"AWS-HMAC","AccessKeyId":"ASIA«uc16:ak»","SecretAccessKey":"«!b64s40:sk»","Token":"%IQ%«!b64s160:st»","Expiration":"2025-01-14T16:24:59Z"}
""")
# ---- AWS SDK for Go v2 / Java v2 / JS v3
P("aws_sdk_go_v2_logrequest_crlf_security_token_header", S_GOV2, r"""
SDK «TG» DEBUG Request
GET /wandb-artifacts?list-type=2&prefix=«hex8:p» HTTP/1.1⏎
Host: s3.us-west-2.amazonaws.com⏎
User-Agent: aws-sdk-go-v2/1.24.1 os/linux lang/go#1.21.6 md/GOOS#linux md/GOARCH#amd64 api/s3#1.48.0⏎
Accept-Encoding: identity⏎
Amz-Sdk-Invocation-Id: «uuid:i»⏎
Amz-Sdk-Request: attempt=1; max=3⏎
X-Amz-Content-Sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855⏎
X-Amz-Date: «ymd:d»T«hms:t»Z⏎
X-Amz-Security-Token: %IQ%«!b64s200:st»⏎
⏎
""")
P("aws_sdk_go_v2_logrequestwithbody_secretsmanager_create_secret", S_GOV2, r"""
SDK «TG» DEBUG Request
POST / HTTP/1.1⏎
Host: secretsmanager.us-east-1.amazonaws.com⏎
Content-Type: application/x-amz-json-1.1⏎
X-Amz-Target: secretsmanager.CreateSecret⏎
⏎
{"ClientRequestToken":"«uuid:c»","Name":"wandb/redis","SecretString":"«!pw24:p»"}
""")
P("aws_sdk_go_v2_logresponsewithbody_get_session_token_xml", S_GOV2, r"""
SDK «TG» DEBUG Response
HTTP/1.1 200 OK⏎
Content-Type: text/xml⏎
X-Amzn-Requestid: «uuid:r»⏎
⏎
<GetSessionTokenResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetSessionTokenResult><Credentials><AccessKeyId>ASIA«uc16:ak»</AccessKeyId><SecretAccessKey>«!b64s40:sk»</SecretAccessKey><SessionToken>%IQ%«!b64s180:st»</SessionToken><Expiration>2025-02-01T22:11:12Z</Expiration></Credentials></GetSessionTokenResult></GetSessionTokenResponse>
""")
P("aws_sdk_java_v2_wire_log_form_body_web_identity_token", S_JAVAV2, r"""
«TS» [main] DEBUG org.apache.http.wire - http-outgoing-0 >> "POST / HTTP/1.1[\r][\n]"
«TS» [main] DEBUG org.apache.http.wire - http-outgoing-0 >> "Host: sts.amazonaws.com[\r][\n]"
«TS» [main] DEBUG org.apache.http.wire - http-outgoing-0 >> "Content-Type: application/x-www-form-urlencoded; charset=utf-8[\r][\n]"
«TS» [main] DEBUG org.apache.http.wire - http-outgoing-0 >> "[\r][\n]"
«TS» [main] DEBUG org.apache.http.wire - http-outgoing-0 >> "Action=AssumeRoleWithWebIdentity&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A«dig12:a»%3Arole%2Fwandb&RoleSessionName=wandb-«dig6:s»&WebIdentityToken=%JH%«!jwtb:w»"
""")
# ---- Go httputil / resty / http2debug
P("go_httputil_dumprequestout_printed_with_q_verb_one_line", S_HTTPUTIL, r"""
«TG» outgoing request: "POST /oauth/token HTTP/1.1\r\nHost: sso.example.org\r\nUser-Agent: Go-http-client/1.1\r\nContent-Length: «dig2:l»\r\nAuthorization: Basic «!an32:s|basic:wandb-server»\r\nContent-Type: application/x-www-form-urlencoded\r\nAccept-Encoding: gzip\r\n\r\ngrant_type=client_credentials&scope=openid"
""")
P("go_httputil_dumpresponse_chunked_body_token_json", S_HTTPUTIL, r"""
HTTP/1.1 200 OK⏎
Transfer-Encoding: chunked⏎
Cache-Control: no-store⏎
Content-Type: application/json⏎
⏎
«@9c|a1|b4»⏎
{"access_token":"«!an43:a»","token_type":"bearer","expires_in":3600,"refresh_token":"«!an43:r»"}⏎
0⏎
""")
P("go_resty_debug_request_block_headers_tab_authorization", S_RESTY, r"""
==============================================================================
~~~ REQUEST ~~~
POST  /api/v4/projects/«dig3:p»/trigger/pipeline  HTTP/1.1
HOST   : gitlab.example.com
HEADERS:
	Content-Type: application/json
	Private-Token: glpat-«!b64u20:t»
	User-Agent: go-resty/2.11.0 (https://github.com/go-resty/resty)
BODY   :
{"ref": "main"}
------------------------------------------------------------------------------
""")
P("go_resty_debug_response_body_pretty_token", S_RESTY, r"""
~~~ RESPONSE ~~~
STATUS       : 200 OK
PROTO        : HTTP/2.0
RECEIVED AT  : «T»
TIME DURATION: «dig3:ms».«dig6:us»ms
BODY         :
{
   "token": "«!an48:t»",
   "expires_at": "2025-06-01T00:00:00Z"
}
""")
P("go_http2debug_framer_wrote_data_summary_json_password", S_GODEBUG, r"""
«TG» http2: Transport encoding header ":path" = "/api/v1/login"
«TG» http2: Transport encoding header "content-type" = "application/json"
«TG» http2: Framer 0xc000«hex6:f»: wrote HEADERS flags=END_HEADERS stream=1 len=«dig2:l»
«TG» http2: Framer 0xc000«hex6:f»: wrote DATA flags=END_STREAM stream=1 len=«dig2:m» data="{\"username\":\"admin\",\"password\":\"«!pw16:p»\"}"
«TG» http2: Framer 0xc000«hex6:f»: read HEADERS flags=END_HEADERS stream=1 len=«dig2:r»
""")
P("go_http2debug_framer_read_data_token_response", S_GODEBUG, r"""
«TG» http2: Framer 0xc000«hex6:f»: read DATA stream=3 len=«dig3:l» data="{\"token\":\"«!an40:t»\",\"expires\":\"2025-01-15T10:00:00Z\"}"
«TG» http2: Transport received DATA stream=3 len=«dig3:l» data="{\"token\":\"«!an40:t»\",\"expires\":\"2025-01-15T10:00:00Z\"}"
""")
# ---- Node / gRPC
P("node_debug_http_createconnection_options_headers_authorization", S_NODE, r"""
HTTP «dig5:pid»: call onSocket 0 0
HTTP «dig5:pid»: createConnection wandb.example.internal:443::::::::::::::::::::: [Object: null prototype] {
  protocol: 'https:',
  hostname: 'wandb.example.internal',
  method: 'POST',
  path: '/graphql',
  headers: {
    'content-type': 'application/json',
    authorization: 'Bearer «!an40:t»'
  },
  port: 443,
""")
P("node_debug_http_createconnection_auth_option_userinfo", S_NODE, r"""
HTTP «dig5:pid»: createConnection registry.example.internal:443::::::::::::::::::::: [Object: null prototype] {
  protocol: 'https:',
  hostname: 'registry.example.internal',
  hash: '',
  search: '',
  pathname: '/v2/_catalog',
  path: '/v2/_catalog',
  href: 'https://registry.example.internal/v2/_catalog',
  auth: 'deploy:«!pw18:p»',
""")
P("grpc_node_subchannel_trace_starting_stream_with_headers", S_GRPC_NODE_ISSUE, r"""
D «T» | v1.10.1 «dig5:pid» | subchannel_call | [«dig1:c»] Starting stream [«dig2:s»] on subchannel (10.«dig2:a».«dig2:b».«dig2:c»:443) with headers
⇥⇥grpc-accept-encoding: identity,deflate,gzip
⇥⇥authorization: Bearer «!an40:t»
⇥⇥x-wandb-entity: «lc8:e»
⇥⇥content-type: application/grpc
⇥⇥te: trailers
""")
P("grpc_core_send_initial_metadata_hex_and_quoted_value", S_GRPC_CORE_ISSUE, r"""
I0114 10:«mm:m»:«mm:s».«dig6:u»   «dig5:pid» client_channel.cc:«dig4:l»] OP[client-channel:0x«hex7:c»]: SEND_INITIAL_METADATA{key=3a 70 61 74 68 ':path' value=2f 77 61 6e 64 62 2e 53 65 72 76 69 63 65 2f 55 70 73 65 72 74 '/wandb.Service/Upsert', key=61 75 74 68 6f 72 69 7a 61 74 69 6f 6e 'authorization' value=42 65 61 72 65 72 20 «!an24:t|hexsp» 'Bearer «!an24:t»'}
""")
P("grpc_java_netty_frame_logger_outbound_headers", S_NETTY_H2, r"""
«TS» DEBUG [grpc-nio-worker-ELG-1-2] io.grpc.netty.NettyClientHandler - [id: 0x«hex8:i», L:/10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:p» - R:otel-collector.monitoring.svc/10.«dig2:d».«dig2:e».«dig2:f»:4317] OUTBOUND HEADERS: streamId=3 headers=GrpcHttp2OutboundHeaders[:authority: otel-collector.monitoring.svc:4317, :path: /opentelemetry.proto.collector.trace.v1.TraceService/Export, :method: POST, :scheme: http, content-type: application/grpc, te: trailers, user-agent: grpc-java-netty/1.59.0, authorization: Bearer «!an40:t», grpc-accept-encoding: gzip] streamDependency=0 weight=16 exclusive=false padding=0 endStream=false
""")
P("armeria_logging_client_request_headers_list", S_ARMERIA, r"""
«TS»  INFO 1 --- [-worker-nio-2-4] c.l.a.c.l.LoggingClient : Request: {startTime=«T», length=«dig3:l»B, duration=«dig4:d»µs, scheme=none+h2, headers=[:method=POST, :path=/api/v1/runs, :authority=wandb.example.internal, :scheme=https, content-type=application/json, authorization=Bearer «!an40:t», user-agent=armeria/1.26.4]}
""")
# ---- Java
P("okhttp_logging_interceptor_headers_level_authorization", S_OKHTTP, r"""
«TS» INFO  okhttp3.OkHttpClient : --> POST https://wandb.example.internal/graphql
«TS» INFO  okhttp3.OkHttpClient : Content-Type: application/json; charset=utf-8
«TS» INFO  okhttp3.OkHttpClient : Content-Length: «dig3:l»
«TS» INFO  okhttp3.OkHttpClient : Authorization: Basic «!hex40:k|basic:api»
«TS» INFO  okhttp3.OkHttpClient : --> END POST
""")
P("okhttp_logging_interceptor_body_level_form_password_grant", S_OKHTTP, r"""
«TS» INFO  okhttp3.OkHttpClient : --> POST https://sso.example.org/oauth2/token
«TS» INFO  okhttp3.OkHttpClient : Content-Type: application/x-www-form-urlencoded
«TS» INFO  okhttp3.OkHttpClient : 
«TS» INFO  okhttp3.OkHttpClient : grant_type=password&username=svc-wandb&password=«!pw16:p|pct»&client_id=wandb
«TS» INFO  okhttp3.OkHttpClient : --> END POST («dig2:l»-byte body)
""")
P("reactor_netty_wiretap_textual_write_basic_header", S_REACTOR, r"""
«TS» DEBUG 1 --- [ctor-http-nio-3] reactor.netty.http.client.HttpClient     : [«hex8:i»-1, L:/10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:p» - R:sso.example.org/10.«dig2:d».«dig2:e».«dig2:f»:443] WRITE: «dig3:n»B POST /oauth2/token HTTP/1.1
user-agent: ReactorNetty/1.1.15
host: sso.example.org
accept: */*
Authorization: Basic «!an32:s|basic:wandb-gateway»
content-type: application/x-www-form-urlencoded
content-length: 29
""")
P("apache_httpclient5_headers_log_proxy_authorization", S_APACHE_HC, r"""
«TS» DEBUG [main] org.apache.hc.client5.http.headers - http-outgoing-0 >> CONNECT wandb.example.internal:443 HTTP/1.1
«TS» DEBUG [main] org.apache.hc.client5.http.headers - http-outgoing-0 >> Host: wandb.example.internal:443
«TS» DEBUG [main] org.apache.hc.client5.http.headers - http-outgoing-0 >> Proxy-Authorization: Basic «!pw14:p|basic:corp-proxy»
«TS» DEBUG [main] org.apache.hc.client5.http.headers - http-outgoing-0 << HTTP/1.1 200 Connection established
""")
# ---- gcloud / git / kubectl / wandb
P("gcloud_log_http_request_body_refresh_grant", S_GCLOUD, r"""
=======================
==== request start ====
uri: https://oauth2.googleapis.com/token
method: POST
== headers start ==
b'content-type': b'application/x-www-form-urlencoded'
== headers end ==
== body start ==
grant_type=refresh_token&client_id=32555940559.apps.googleusercontent.com&client_secret=«!b64u24:cs»&refresh_token=1%2F%2F0«!b64u64:rt»
== body end ==
""")
P("git_trace_curl_unredacted_send_header_basic", S_GIT, r"""
«hh:h»:«mm:m»:«mm:s».«dig6:u» http.c:«dig3:l»           => Send header, 0000000«dig3:n» bytes (0x000000«hex2:x»)
«hh:h»:«mm:m»:«mm:s».«dig6:u» http.c:«dig3:l»           => Send header: GET /wandb/deploy.git/info/refs?service=git-upload-pack HTTP/1.1
«hh:h»:«mm:m»:«mm:s».«dig6:u» http.c:«dig3:l»           => Send header: Host: git.example.com
«hh:h»:«mm:m»:«mm:s».«dig6:u» http.c:«dig3:l»           => Send header: Authorization: Basic «!an40:t|basic:x-access-token»
«hh:h»:«mm:m»:«mm:s».«dig6:u» http.c:«dig3:l»           => Send header: User-Agent: git/2.43.0
""")
P("kubectl_v9_round_trippers_response_body_serviceaccount_token_request", S_KUBECTL, r"""
I0114 10:«mm:m»:«mm:s».«dig6:u»   «dig5:p» round_trippers.go:553] POST https://10.«dig2:a».0.1:443/api/v1/namespaces/wandb/serviceaccounts/wandb-app/token 201 Created in «dig2:ms» milliseconds
I0114 10:«mm:m»:«mm:s».«dig6:u»   «dig5:p» request.go:1212] Response Body: {"kind":"TokenRequest","apiVersion":"authentication.k8s.io/v1","metadata":{"name":"wandb-app","namespace":"wandb","creationTimestamp":"«T»"},"spec":{"audiences":["https://kubernetes.default.svc"],"expirationSeconds":3600,"boundObjectRef":null},"status":{"token":"%JH%«!jwtb:t»","expirationTimestamp":"«T»"}}
""")
P("wandb_core_debug_json_line_presigned_put_url", S_WANDB, r"""
{"time":"«T»","level":"DEBUG","msg":"filetransfer: uploading file","path":"/tmp/wandb/run-«ymd:d»_«hms:t»-«lc8:r»/files/media/images/sample_«dig3:n».png","url":"https://wandb-bucket.s3.us-east-1.amazonaws.com/«lc8:e»/«lc8:p»/«lc8:r»/media/images/sample_«dig3:n».png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA«uc16:ak»%2F«ymd:d»%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=«ymd:d»T«hms:t»Z&X-Amz-Expires=86400&X-Amz-Security-Token=«!b64s120:st|pct»&X-Amz-SignedHeaders=host&X-Amz-Signature=«!hex64:sig»"}
""")
P("wandb_debug_internal_graphql_variables_escaped_in_log_message", S_WANDB, r"""
«TL» DEBUG   SenderThread:«dig4:t» [internal_api.py:execute():«dig3:l»] executing query: {"query": "mutation CreateSecret($entityName: String!, $secretName: String!, $secretValue: String!) { insertSecret(...) }", "variables": "{\"entityName\": \"«lc8:e»\", \"secretName\": \"HF_TOKEN\", \"secretValue\": \"hf_«!an34:v»\"}"}
""")
S_NGINX_DBG = "https://nginx.org/en/docs/debugging_log.html"
S_ENVOY_DBG = "https://github.com/envoyproxy/envoy/pull/21922"
S_ISTIO = "https://github.com/envoyproxy/envoy/issues/31118"
S_HAPROXY = "https://docs.haproxy.org/2.8/configuration.html#4.2-capture%20request%20header"
S_SQUID = "https://wiki.squid-cache.org/KnowledgeBase/DebugSections"
S_TRAEFIK = "https://doc.traefik.io/traefik/observability/access-logs/#limiting-the-fieldsincluding-headers"
S_HAR = "http://www.softwareishard.com/blog/har-12-spec/"
S_CHROME = "https://developer.chrome.com/docs/devtools/network/reference#save-as-har"
S_TSHARK = "https://www.wireshark.org/docs/man-pages/tshark.html"
S_ZEEK = "https://docs.zeek.org/en/master/scripts/base/protocols/http/main.zeek.html"
S_TCPFLOW = "https://github.com/simsong/tcpflow"
S_KEYLOG = "https://developer.mozilla.org/en-US/docs/Mozilla/Projects/NSS/Key_Log_Format"
S_TCPDUMP = "https://www.tcpdump.org/manpages/tcpdump.1.html"
S_MYSQL_GL = "https://dev.mysql.com/doc/refman/8.0/en/query-log.html"
S_MYSQL_PWLOG = "https://dev.mysql.com/doc/refman/8.0/en/password-logging.html"
S_MYSQL_BINHEX = "https://dev.mysql.com/doc/refman/8.0/en/mysql-command-options.html#option_mysql_binary-as-hex"
S_MYSQLBINLOG = "https://dev.mysql.com/doc/refman/8.0/en/mysqlbinlog-row-events.html"
S_MYSQL_REPL = "https://dev.mysql.com/doc/refman/8.0/en/replica-logs-status.html"
S_MARIADB_SL = "https://mariadb.com/kb/en/slow-query-log-extended-statistics/"
S_MARIADB_AUDIT = "https://mariadb.com/kb/en/mariadb-audit-plugin-log-format/"
S_REDIS_MON = "https://redis.io/docs/latest/commands/monitor/"
S_REDIS_ACL = "https://redis.io/docs/latest/commands/acl-list/"
S_REDIS_CFG = "https://redis.io/docs/latest/commands/config-get/"
S_RESP = "https://redis.io/docs/latest/develop/reference/protocol-spec/"
S_MSMTP = "https://marlam.de/msmtp/msmtp.html"
S_EXIM = "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-the_exim_command_line.html#SECTdebugopt"
S_POSTFIX = "https://www.postfix.org/DEBUG_README.html"
S_NODEMAILER = "https://nodemailer.com/smtp/#debugging"
S_JAVAMAIL = "https://javaee.github.io/javamail/docs/api/com/sun/mail/smtp/package-summary.html"
S_RFC4616 = "https://www.rfc-editor.org/rfc/rfc4616"
S_LDAPSEARCH = "https://www.openldap.org/software/man.cgi?query=ldapsearch"
S_PYLDAP = "https://www.python-ldap.org/en/python-ldap-3.4.3/reference/ldap.html#ldap.initialize"
S_SLAPD = "https://www.openldap.org/doc/admin26/slapdconf2.html"
S_OIDC = "https://openid.net/specs/openid-connect-core-1_0.html#TokenRequest"
S_PKCE = "https://www.rfc-editor.org/rfc/rfc7636#section-4.5"
S_OAUTH2P = "https://oauth2-proxy.github.io/oauth2-proxy/configuration/overview"
S_DEX = "https://dexidp.io/docs/connectors/oidc/"

# ---- nginx debug log
P("nginx_debug_http_proxy_header_upstream_authorization", S_NGINX_DBG, r"""
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http script var: "«lc8:rid»"
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http proxy header: "Host: wandb-app.wandb.svc.cluster.local"
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http proxy header: "X-Forwarded-For: 10.«dig2:a».«dig2:b».«dig2:c»"
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http proxy header: "Authorization: Bearer «!an40:t»"
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http proxy header: "Connection: close"
""")
P("nginx_debug_http2_header_cookie_session", S_NGINX_DBG, r"""
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http2 get indexed header: 2
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http2 header: ":path: /api/v1/viewer"
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http2 table size: 1247
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http2 header: "cookie: wandb_session=«!b64u44:c»"
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http2 request line: "GET /api/v1/viewer HTTP/2.0"
""")
P("nginx_debug_http_args_oidc_callback_code", S_NGINX_DBG, r"""
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http request line: "GET /oidc/callback?code=«!an36:c»&state=«hex16:s» HTTP/1.1"
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http uri: "/oidc/callback"
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http args: "code=«!an36:c»&state=«hex16:s»"
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http exten: ""
""")
P("nginx_debug_grpc_header_authorization", S_NGINX_DBG, r"""
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» grpc header: ":authority: «lc8:s».wandb.svc:9090"
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» grpc header: "te: trailers"
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» grpc header: "authorization: Bearer «!an40:t»"
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» grpc header: "x-real-ip: 10.«dig2:a».«dig2:b».«dig2:c»"
""")
P("nginx_debug_http_header_proxy_authorization_forward_proxy", S_NGINX_DBG, r"""
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http header: "Host: wandb.example.internal"
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http header: "Proxy-Authorization: Basic «!pw14:p|basic:build»"
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http header done
""")
# ---- Envoy / Istio
P("envoy_trace_http1_codec_completed_header_key_value", S_ENVOY_DBG, r"""
[«TS»][«dig2:t»][trace][http] [source/common/http/http1/codec_impl.cc:«dig3:l»] [C«dig3:c»] completed header: key=Host value=wandb.example.internal
[«TS»][«dig2:t»][trace][http] [source/common/http/http1/codec_impl.cc:«dig3:l»] [C«dig3:c»] completed header: key=Authorization value=Basic «!hex40:k|basic:api»
[«TS»][«dig2:t»][trace][http] [source/common/http/http1/codec_impl.cc:«dig3:l»] [C«dig3:c»] completed header: key=Content-Type value=application/json
""")
P("istio_proxy_debug_router_decoding_headers_tab_thread", S_ISTIO, r"""
«T»	debug	envoy router external/envoy/source/common/router/router.cc:«dig3:l»	[Tags: "ConnectionId":"«dig4:c»","StreamId":"«dig19:s»"] router decoding headers:
':authority', 'wandb-app.wandb.svc.cluster.local:8080'
':path', '/api/v1/runs'
':method', 'POST'
'x-api-key', '«!an40:k»'
'x-request-id', '«uuid:r»'
	thread=«dig2:th»
""")
P("envoy_trace_upstream_response_headers_set_cookie", S_ENVOY_DBG, r"""
[«TS»][«dig2:t»][trace][router] [source/common/router/upstream_request.cc:«dig3:l»] [C«dig3:c»][S«dig19:s»] upstream response headers:
':status', '302'
'location', 'https://wandb.example.internal/'
'set-cookie', 'wandb_session=«!b64u44:c»; Path=/; HttpOnly; Secure'
'date', 'Tue, 14 Jan 2025 10:11:12 GMT'
""")
# ---- HAProxy / Squid / Traefik
P("haproxy_httplog_captured_request_headers_braces_authorization", S_HAPROXY, r"""
«@Jan|Feb|Mar» 1«dig1:d» 10:«mm:m»:«mm:s» lb-1 haproxy[«dig4:p»]: 10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:cp» [1«dig1:d»/«@Jan|Feb|Mar»/2025:10:«mm:m»:«mm:s».«dig3:ms»] fe_https~ be_wandb/wandb1 0/0/1/«dig2:tr»/«dig2:ta» 200 «dig4:b» - - ---- 12/12/0/0/0 0/0 {wandb.example.internal|Bearer «!an40:t»|python-requests/2.31.0} "POST /graphql HTTP/1.1"
""")
P("squid_debug_section_11_http_client_request_block", S_SQUID, r"""
«TG».«dig3:ms» kid1| 11,2| client_side.cc(1355) parseHttpRequest: HTTP Client conn«dig3:c» local=10.«dig2:a».0.1:3128 remote=10.«dig2:b».«dig2:c».«dig2:d»:5«dig4:p» FD «dig2:fd» flags=1
«TG».«dig3:ms» kid1| 11,2| client_side.cc(1359) parseHttpRequest: HTTP Client REQUEST:
---------
CONNECT pypi.org:443 HTTP/1.1
Host: pypi.org:443
Proxy-Authorization: Basic «!pw14:p|basic:ci-runner»
User-Agent: pip/23.3.2

----------
""")
P("traefik_access_log_json_request_header_x_api_key_kept", S_TRAEFIK, r"""
{"ClientAddr":"10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:p»","ClientHost":"10.«dig2:a».«dig2:b».«dig2:c»","DownstreamStatus":200,"Duration":«dig8:d»,"RequestHost":"wandb.example.internal","RequestMethod":"POST","RequestPath":"/api/v1/files","RouterName":"wandb@kubernetescrd","ServiceName":"wandb-app@kubernetescrd","StartUTC":"«T»","request_User-Agent":"wandb/0.16.2","request_X-Api-Key":"«!hex40:k»","time":"«T»"}
""")
# ---- HAR / browser
P("chrome_har_query_string_array_code_param", S_HAR, r"""
        "request": {
          "method": "GET",
          "url": "https://wandb.example.internal/oidc/callback?code=«!an40:c»&state=«hex24:s»",
          "httpVersion": "http/2.0",
          "queryString": [
            {"name": "code", "value": "«!an40:c»"},
            {"name": "state", "value": "«hex24:s»"}
          ],
""")
P("har_response_content_base64_encoded_token_json", S_HAR, r"""
          "content": {
            "size": «dig3:n»,
            "mimeType": "application/json",
            "compression": 0,
            "text": "«!an40:t|b64w:{"access_token":"~","token_type":"Bearer","expires_in":3600}»",
            "encoding": "base64"
          },
""")
P("har_response_content_text_escaped_json_refresh_token", S_HAR, r"""
          "content": {
            "size": «dig3:n»,
            "mimeType": "application/json",
            "text": "{\"access_token\":\"«!an40:a»\",\"token_type\":\"Bearer\",\"refresh_token\":\"«!an40:r»\",\"expires_in\":3600}"
          },
          "redirectURL": "",
""")
P("har_request_cookies_array_value", S_HAR, r"""
          "cookies": [
            {
              "name": "wandb_session",
              "value": "«!b64u44:c»",
              "path": "/",
              "domain": "wandb.example.internal",
              "httpOnly": true,
              "secure": true
            }
          ],
""")
P("chrome_console_export_websocket_url_token_failed", S_CHROME, r"""
main.«hex8:h».js:2 WebSocket connection to 'wss://wandb.example.internal/console/ws?token=«!an40:t»' failed: 
(anonymous) @ main.«hex8:h».js:2
main.«hex8:h».js:2 [ws] reconnecting in 2000ms
""")
P("browser_console_export_fetch_error_basic_userinfo_url", S_CHROME, r"""
Access to fetch at 'https://admin:«!pw14:p»@minio.example.internal/minio/admin/v3/info' from origin 'https://wandb.example.internal' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.
minio.example.internal/minio/admin/v3/info:1  Failed to load resource: net::ERR_FAILED
""")
# ---- captures
P("tshark_fields_tcp_payload_contiguous_hex_bearer", S_TSHARK, r"""
$ tshark -r wandb.pcap -Y 'http.request' -T fields -e frame.number -e ip.dst -e tcp.payload
«dig2:f»	10.«dig2:a».«dig2:b».«dig2:c»	⟦POST /graphql HTTP/1.1¶Host: wandb.example.internal¶Authorization: Bearer «!an40:t»¶Content-Type: application/json¶¶⟧
""")
P("tshark_fields_data_hex_redis_resp_auth", S_TSHARK, r"""
$ tshark -r redis.pcap -Y 'tcp.dstport == 6379 && tcp.len > 0' -T fields -e frame.number -e tcp.payload
«dig1:f»	⟦*3¶$4¶AUTH¶$7¶default¶$16¶«!an16:p»¶⟧
«dig2:g»	⟦*2¶$4¶PING¶⟧
""")
P("tshark_json_layers_http_authorization_and_authbasic", S_TSHARK, r"""
          "http.request.uri": "/api/v1/artifacts",
          "http.request.version": "HTTP/1.1",
          "http.host": "wandb.example.internal",
          "http.authorization": "Basic «!pw14:p|basic:admin»",
          "http.authorization_tree": {
            "http.authbasic": "admin:«!pw14:p»"
          },
""")
P("tshark_ek_ndjson_http_cookie_field", S_TSHARK, r"""
{"index":{"_index":"packets-2025-01-14","_type":"doc"}}
{"timestamp":"17«dig11:ts»","layers":{"frame":{"frame_frame_number":"«dig2:n»"},"http":{"http_http_request_method":"GET","http_http_request_uri":"/api/v1/viewer","http_http_host":"wandb.example.internal","http_http_cookie":"wandb_session=«!b64u44:c»","http_http_cookie_pair":"wandb_session=«!b64u44:c»"}}}
""")
P("zeek_http_log_tsv_password_column", S_ZEEK, r"""
#fields	ts	uid	id.orig_h	id.orig_p	id.resp_h	id.resp_p	trans_depth	method	host	uri	user_agent	status_code	username	password
17«dig8:t».«dig6:u»	C«an17:uid»	10.«dig2:a».«dig2:b».«dig2:c»	5«dig4:p»	10.«dig2:d».«dig2:e».«dig2:f»	80	1	GET	minio.example.internal	/minio/health/live	curl/8.5.0	200	minio-admin	«!pw16:p»
""")
P("tcpflow_console_output_chunked_token_response", S_TCPFLOW, r"""
010.0«dig2:a».0«dig2:b».0«dig2:c».00080-010.0«dig2:d».0«dig2:e».0«dig2:f».5«dig4:p»: HTTP/1.1 200 OK
Content-Type: application/json
Transfer-Encoding: chunked

«@7e|8a|91»
{"token":"«!an40:t»","refreshToken":"«!an40:r»","expiresIn":3600}
0
""")
P("tcpflow_console_output_redis_hello_auth_resp", S_TCPFLOW, r"""
010.0«dig2:a».0«dig2:b».0«dig2:c».5«dig4:p»-010.0«dig2:d».0«dig2:e».0«dig2:f».06379: *5
$5
HELLO
$1
3
$4
AUTH
$5
wandb
$20
«!an20:p»
""")
P("sslkeylogfile_client_random_master_secret_tls12", S_KEYLOG, r"""
# SSL/TLS secrets log file, generated by NSS
CLIENT_RANDOM «hex64:r1» «!hex96:m1»
CLIENT_RANDOM «hex64:r2» «!hex96:m2»
""")
P("sslkeylogfile_tls13_traffic_secrets", S_KEYLOG, r"""
SERVER_HANDSHAKE_TRAFFIC_SECRET «hex64:r» «!hex64:s1»
CLIENT_HANDSHAKE_TRAFFIC_SECRET «hex64:r» «!hex64:s2»
SERVER_TRAFFIC_SECRET_0 «hex64:r» «!hex64:s3»
CLIENT_TRAFFIC_SECRET_0 «hex64:r» «!hex64:s4»
""")
P("tcpdump_A_smtp_auth_login_base64_lines", S_TCPDUMP, r"""
10:«mm:m»:«mm:s».«dig6:u» IP 10.«dig2:a».«dig2:b».«dig2:c».5«dig4:p» > 10.«dig2:d».«dig2:e».«dig2:f».587: Flags [P.], seq «dig3:s»:«dig3:t», ack «dig3:k», win 502, length 12
E..@..@.@..
AUTH LOGIN
10:«mm:m»:«mm:s».«dig6:u2» IP 10.«dig2:a».«dig2:b».«dig2:c».5«dig4:p» > 10.«dig2:d».«dig2:e».«dig2:f».587: Flags [P.], seq «dig3:t»:«dig3:v», ack «dig3:w», win 502, length 26
E..N..@.@..
«!pw16:p|b64only»
""")
# ---- MySQL / MariaDB
P("mysql_client_binary_as_hex_general_log_argument_column", S_MYSQL_BINHEX, r"""
mysql> SELECT event_time, command_type, argument FROM mysql.general_log WHERE command_type = 'Query' ORDER BY event_time DESC LIMIT 1;
+----------------------------+--------------+------------------------------------------+
| event_time                 | command_type | argument                                 |
+----------------------------+--------------+------------------------------------------+
| «TS»000 | Query        | 0x⦃ALTER USER 'wandb'@'%' IDENTIFIED BY '«!pw16:p»'⦄ |
+----------------------------+--------------+------------------------------------------+
1 row in set (0.00 sec)
""")
P("mariadb_general_log_tab_grant_identified_by", S_MYSQL_GL, r"""
/usr/sbin/mariadbd, Version: 10.11.6-MariaDB-log (MariaDB Server). started with:
Tcp port: 3306  Unix socket: /run/mysqld/mysqld.sock
Time		    Id Command	Argument
2«@3|4»«@01|02|03|04|05|06|07|08|09|10|11|12»«dd:dd» «hh:h»:«mm:m»:«mm:s»	    «dig2:i» Connect	root@localhost on  using Socket
		    «dig2:i» Query	GRANT ALL PRIVILEGES ON wandb_local.* TO 'wandb'@'%' IDENTIFIED BY '«!pw18:p»'
		    «dig2:i» Quit	
""")
P("mysql_show_create_user_native_password_hash", "https://dev.mysql.com/doc/refman/8.0/en/show-create-user.html", r"""
mysql> SHOW CREATE USER 'wandb'@'%'\G
*************************** 1. row ***************************
CREATE USER for wandb@%: CREATE USER `wandb`@`%` IDENTIFIED WITH 'mysql_native_password' AS '*«!uhex40:h»' REQUIRE NONE PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK PASSWORD HISTORY DEFAULT PASSWORD REUSE INTERVAL DEFAULT PASSWORD REQUIRE CURRENT DEFAULT
1 row in set (0.00 sec)
""")
P("mysqlbinlog_query_event_create_user_as_hash", S_MYSQLBINLOG, r"""
# at «dig4:pos»
#2«@3|4»«@01|02|03|04|05|06|07|08|09|10|11|12»«dd:dd» «hh:h»:«mm:m»:«mm:s» server id 1  end_log_pos «dig4:e» CRC32 0x«hex8:c» 	Query	thread_id=«dig2:t»	exec_time=0	error_code=0	Xid = «dig3:x»
SET TIMESTAMP=17«dig8:ts»/*!*/;
CREATE USER 'wandb_ro'@'%' IDENTIFIED WITH 'mysql_native_password' AS '*«!uhex40:h»'
/*!*/;
""")
P("mysql_slave_master_info_table_vertical_user_password", S_MYSQL_REPL, r"""
mysql> SELECT * FROM mysql.slave_master_info\G
*************************** 1. row ***************************
       Number_of_lines: 33
       Master_log_name: binlog.0000«dig2:n»
        Master_log_pos: «dig6:p»
                  Host: wandb-db-primary.wandb.svc
             User_name: repl
         User_password: «!pw20:p»
                  Port: 3306
         Connect_retry: 60
""")
P("mysql_master_info_file_positional_lines", S_MYSQL_REPL, r"""
$ cat /var/lib/mysql/master.info
25
mysql-bin.0000«dig2:n»
«dig6:p»
10.«dig2:a».«dig2:b».«dig2:c»
repl
«!pw20:p»
3306
60
0
""")
P("mariadb_slow_log_header_set_password_statement", S_MARIADB_SL, r"""
# Time: 2«@3|4»«@01|02|03|04|05|06|07|08|09|10|11|12»«dd:dd» «hh:h»:«mm:m»:«mm:s»
# User@Host: root[root] @ localhost []
# Thread_id: «dig3:t»  Schema:   QC_hit: No
# Query_time: 0.«dig6:q»  Lock_time: 0.000000  Rows_sent: 0  Rows_examined: 0
# Rows_affected: 0  Bytes_sent: 11
SET timestamp=17«dig8:ts»;
SET PASSWORD FOR 'wandb'@'%' = PASSWORD('«!pw18:p»');
""")
P("mysql_processlist_table_row_change_replication_source", "https://dev.mysql.com/doc/refman/8.0/en/show-processlist.html", r"""
+-----+------+-----------+------+---------+------+----------+----------------------------------------------------------------------------------+
| Id  | User | Host      | db   | Command | Time | State    | Info                                                                             |
+-----+------+-----------+------+---------+------+----------+----------------------------------------------------------------------------------+
| «dig3:i» | root | localhost | NULL | Query   |    0 | starting | CHANGE REPLICATION SOURCE TO SOURCE_HOST='10.«dig2:a».«dig2:b».«dig2:c»', SOURCE_USER='repl', SOURCE_PASSWORD='«!pw18:p»' |
+-----+------+-----------+------+---------+------+----------+----------------------------------------------------------------------------------+
""")
# ---- Redis
P("redis_cli_config_get_requirepass_and_masterauth", S_REDIS_CFG, r"""
127.0.0.1:6379> CONFIG GET *auth*
1) "masterauth"
2) "«!pw20:m»"
3) "masteruser"
4) "replica"
127.0.0.1:6379> CONFIG GET requirepass
1) "requirepass"
2) "«!pw20:r»"
""")
P("redis_cli_acl_list_sha256_password_hash", S_REDIS_ACL, r"""
127.0.0.1:6379> ACL LIST
1) "user default on #«!hex64:h1» ~* &* +@all"
2) "user wandb on #«!hex64:h2» ~wandb:* resetchannels -@all +@read +@write +@connection"
3) "user metrics on nopass sanitize-payload ~* resetchannels -@all +info +ping"
""")
P("redis_acl_file_users_acl_plain_gt_password", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/#use-an-external-acl-file", r"""
$ cat /etc/redis/users.acl
user default off
user wandb on >«!pw20:p» ~wandb:* &* +@all -@dangerous
user exporter on >«!pw16:q» ~* +info +ping +config|get +client|list
""")
P("redis_monitor_legacy_5_config_set_requirepass", S_REDIS_MON, r"""
OK
«TE»«dig3:us» [0 10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:p»] "CONFIG" "SET" "requirepass" "«!pw20:p»"
«TE»«dig3:us» [0 10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:p»] "CONFIG" "REWRITE"
""")
# ---- SMTP / mail
P("msmtp_debug_auth_login_two_base64_lines", S_MSMTP, r"""
<-- 250-AUTH LOGIN PLAIN
<-- 250 SMTPUTF8
--> AUTH LOGIN
<-- 334 VXNlcm5hbWU6
--> «an14:u|b64only»
<-- 334 UGFzc3dvcmQ6
--> «!pw18:p|b64only»
<-- 235 2.7.0 Authentication successful
""")
P("msmtp_debug_auth_plain_single_line", S_MSMTP, r"""
<-- 250-SIZE 35882577
<-- 250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH
--> AUTH PLAIN «!pw16:p|b64p:wandb-alerts@example.com»
<-- 235 2.7.0 Accepted
--> MAIL FROM:<wandb-alerts@example.com>
""")
P("exim_debug_smtp_transport_auth_plain", S_EXIM, r"""
 SMTP<< 250-smtp.example.com Hello wandb.example.internal [10.«dig2:a».«dig2:b».«dig2:c»]
        250-AUTH PLAIN LOGIN
        250 HELP
 SMTP>> AUTH PLAIN «!pw16:p|b64p:relay-user»
 SMTP<< 235 Authentication succeeded
""")
P("postfix_debug_peer_smtp_client_auth_plain", S_POSTFIX, r"""
«@Jan|Feb» 1«dig1:d» 10:«mm:m»:«mm:s» mx1 postfix/smtp[«dig4:p»]: < smtp.sendgrid.net[10.«dig2:a».«dig2:b».«dig2:c»]:587: 250-AUTH PLAIN LOGIN
«@Jan|Feb» 1«dig1:d» 10:«mm:m»:«mm:s» mx1 postfix/smtp[«dig4:p»]: > smtp.sendgrid.net[10.«dig2:a».«dig2:b».«dig2:c»]:587: AUTH PLAIN «!an40:k|b64p:apikey»
«@Jan|Feb» 1«dig1:d» 10:«mm:m»:«mm:s» mx1 postfix/smtp[«dig4:p»]: < smtp.sendgrid.net[10.«dig2:a».«dig2:b».«dig2:c»]:587: 235 Authentication successful
""")
P("smtp_xoauth2_sasl_base64_bearer_client_line", "https://developers.google.com/gmail/imap/xoauth2-protocol", r"""
S: 250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER
C: AUTH XOAUTH2 «!b64u64:t|b64w:user=alerts@example.com\x01auth=Bearer ya29.~\x01\x01»
S: 235 2.7.0 Accepted
""")
P("imap_openssl_s_client_login_typed", "https://www.rfc-editor.org/rfc/rfc9051#name-login-command", r"""
* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE AUTH=PLAIN] Dovecot ready.
a1 LOGIN "wandb-reports@example.com" "«!pw16:p»"
a1 OK [CAPABILITY IMAP4rev1 SASL-IR SORT THREAD=REFERENCES MULTIAPPEND] Logged in
a2 SELECT INBOX
""")
# ---- LDAP
P("ldapsearch_xtrace_bind_password_w_flag", S_LDAPSEARCH, r"""
+ LDAPTLS_REQCERT=never
+ ldapsearch -x -d 1 -H ldaps://ldap.example.org:636 -D cn=wandb-bind,ou=svc,dc=example,dc=org -w «!pw16:p» -b ou=people,dc=example,dc=org '(mail=*)' uid mail
ldap_url_parse_ext(ldaps://ldap.example.org:636)
ldap_create
ldap_sasl_bind
ldap_send_initial_request
""")
P("python_ldap_trace_level_simple_bind_args_tuple", S_PYLDAP, r"""
*** <ldap.ldapobject.SimpleLDAPObject object at 0x7f«hex10:o»> ldaps://ldap.example.org:636 - SimpleLDAPObject.set_option
((17, 3), {})
*** <ldap.ldapobject.SimpleLDAPObject object at 0x7f«hex10:o»> ldaps://ldap.example.org:636 - SimpleLDAPObject.simple_bind
(('cn=wandb-bind,ou=svc,dc=example,dc=org', '«!pw16:p»', None, None), {})
=> result:
1
""")
P("slapd_olcrootpw_ldif_debug_ssha", S_SLAPD, r"""
dn: olcDatabase={1}mdb,cn=config
olcSuffix: dc=example,dc=org
olcRootDN: cn=admin,dc=example,dc=org
olcRootPW: {SSHA}«!b64s32:h»
olcDbDirectory: /var/lib/ldap
""")
# ---- OIDC / OAuth2 debug
P("oauth2_proxy_debug_redeem_form_values", S_OAUTH2P, r"""
[«TG»] [oauthproxy.go:«dig3:l»] redeeming code: POST https://sso.example.org/oauth2/token url.Values{"client_id":[]string{"wandb"}, "client_secret":[]string{"«!an40:s»"}, "code":[]string{"«!an32:c»"}, "code_verifier":[]string{"«!b64u43:v»"}, "grant_type":[]string{"authorization_code"}, "redirect_uri":[]string{"https://wandb.example.internal/oauth2/callback"}}
""")
P("oidc_token_endpoint_response_id_token_in_debug_json_log", S_OIDC, r"""
{"level":"debug","ts":«TE»,"logger":"auth.oidc","msg":"token response","status":200,"body":"{\"access_token\":\"«!an40:a»\",\"id_token\":\"%JH%«!jwtb:i»\",\"token_type\":\"Bearer\",\"expires_in\":300}"}
""")
P("oidc_client_secret_jwt_assertion_form_body", "https://openid.net/specs/openid-connect-core-1_0.html#ClientAuthentication", r"""
«TL» DEBUG auth.token POST https://sso.example.org/oauth2/token body=grant_type=client_credentials&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=%JH%«!jwtb:a»&scope=wandb.api
""")
P("oauth_device_code_poll_response_tokens", "https://www.rfc-editor.org/rfc/rfc8628#section-3.5", r"""
«TL» DEBUG device-flow poll #«dig1:n»: 400 {"error":"authorization_pending"}
«TL» DEBUG device-flow poll #«dig2:m»: 200 {"access_token":"«!an40:a»","refresh_token":"«!an40:r»","token_type":"Bearer","expires_in":3600,"scope":"openid offline_access"}
""")
P("dex_debug_connector_oidc_refresh_request_form", S_DEX, r"""
time="«T»" level=debug msg="performing refresh" connector=keycloak user=«lc8:u»
time="«T»" level=debug msg="oauth2 refresh request body: client_id=dex&client_secret=«!an32:s»&grant_type=refresh_token&refresh_token=«!an48:r»"
""")
# ================================================================ NEGATIVES
S_REDIS_MON_REDACT = "https://redis.io/docs/latest/commands/monitor/#behavior-change-history"
S_NODEMAILER_LOG = "https://nodemailer.com/smtp/#debugging"
S_KRB5_TRACE = "https://web.mit.edu/kerberos/krb5-latest/doc/admin/troubleshoot.html#trace-logging"
S_SSH = "https://man.openbsd.org/ssh#v"
S_MONGO_LOG = "https://www.mongodb.com/docs/manual/reference/log-messages/"
S_DOCKERD = "https://docs.docker.com/engine/daemon/logs/"
S_PIP = "https://pip.pypa.io/en/stable/topics/authentication/"

N("neg_curl_trace_ascii_send_header_no_credentials_etag", S_CURL_TRACE, r"""
=> Send header, 163 bytes (0xa3)
⊕GET /artifacts/«hex32:d»/manifest.json HTTP/1.1
⊕Host: wandb.example.internal
⊕User-Agent: %UA_CURL%
⊕Accept: */*
⊕If-None-Match: "«hex32:e»"
<= Recv header, 30 bytes (0x1e)
⊕HTTP/1.1 304 Not Modified
""")
N("neg_curl_trace_ascii_send_data_pkce_authorize_public_params", S_CURL_TRACE, r"""
=> Send data, 212 bytes (0xd4)
⊗response_type=code&client_id=wandb-cli&redirect_uri=http%3A%2F%2F127.0.0.1%3A«dig4:p»%2Fcallback&code_challenge=«b64u43:c»&code_challenge_method=S256&state=«hex16:s»&nonce=«hex16:n»
""")
N("neg_curl_trace_ascii_recv_header_request_and_trace_ids", S_CURL_TRACE, r"""
<= Recv header, 17 bytes (0x11)
⊕HTTP/1.1 200 OK
<= Recv header, 52 bytes (0x34)
⊕X-Request-Id: «uuid:r»
<= Recv header, 71 bytes (0x47)
⊕Traceparent: 00-«hex32:t»-«hex16:s»-01
<= Recv header, 46 bytes (0x2e)
⊕ETag: W/"«hex40:e»"
""")
N("neg_curl_libcurl_generated_c_netrc_and_bearer_from_env", S_CURL_LIBCURL, r"""
  curl_easy_setopt(hnd, CURLOPT_URL, "https://wandb.example.internal/api/v1/projects/«lc8:p»/runs");
  curl_easy_setopt(hnd, CURLOPT_NETRC, (long)CURL_NETRC_REQUIRED);
  curl_easy_setopt(hnd, CURLOPT_NETRC_FILE, "/home/ops/.netrc");
  curl_easy_setopt(hnd, CURLOPT_HTTPAUTH, (long)CURLAUTH_BASIC);
  curl_easy_setopt(hnd, CURLOPT_USERAGENT, "%UA_CURL%");
  /* CURLOPT_USERPWD was set from $WANDB_API_KEY at runtime and is not shown */
""")
N("neg_curl_write_out_json_url_without_query_secrets", S_CURL_WOUT, r"""
{"content_type":"application/json","errormsg":null,"exitcode":0,"http_code":200,"http_version":"2","num_connects":1,"remote_ip":"10.0.«dig2:a».«dig2:b»","scheme":"HTTPS","size_download":«dig4:s»,"ssl_verify_result":0,"time_total":0.«dig6:tt»,"url":"https://wandb.example.internal/api/v1/runs/«lc8:r»?per_page=50&cursor=«b64u24:c»","url_effective":"https://wandb.example.internal/api/v1/runs/«lc8:r»?per_page=50&cursor=«b64u24:c»","curl_version":"libcurl/8.5.0 OpenSSL/3.0.13"}
""")
N("neg_curl_v_ftp_anonymous_login_email_pass", S_CURL_V, r"""
< 220 (vsFTPd 3.0.5)
> USER anonymous
< 331 Please specify the password.
> PASS ftp@example.com
< 230 Login successful.
> CWD pub/datasets/«lc8:d»
""")
N("neg_curl_v_smtp_auth_mechanisms_list_only", S_CURL_V, r"""
< 250-smtp.example.com Hello [10.«dig2:a».«dig2:b».«dig2:c»]
< 250-SIZE 36700160
< 250-AUTH PLAIN LOGIN XOAUTH2
< 250-AUTH=PLAIN LOGIN
< 250 STARTTLS
> STARTTLS
< 220 2.0.0 Ready to start TLS
""")
N("neg_wget_debug_setting_options_non_secret", S_WGET, r"""
DEBUG output created by Wget 1.21.4 on linux-gnu.

Reading HSTS entries from /root/.wget-hsts
Setting --header (header) to X-Request-Id: «uuid:r»
Setting --ask-password (askpassword) to 1
Setting --user (user) to admin
Setting --output-document (outputdocument) to /tmp/«lc8:f».json
""")
N("neg_wget_debug_request_block_no_auth_if_modified", S_WGET, r"""
---request begin---
GET /artifacts/«hex32:d»/«lc8:f».parquet HTTP/1.1
Host: wandb.example.internal
User-Agent: Wget/1.21.4
Accept: */*
Accept-Encoding: identity
If-Modified-Since: Tue, 14 Jan 2025 10:11:12 GMT
Connection: Keep-Alive

---request end---
""")
N("neg_httpie_verbose_form_body_settings_only", S_HTTPIE, r"""
POST /api/v1/admin/settings HTTP/1.1
Content-Type: application/x-www-form-urlencoded; charset=utf-8
Host: wandb.example.internal
User-Agent: HTTPie/3.2.2

password_min_length=12&password_require_symbol=true&session_ttl=«dig4:t»&token_rotation_days=30
""")
N("neg_http_client_debuglevel_send_multipart_file_md5", S_HTTPCLIENT, r"""
send: b'--«hex32:b»\r\nContent-Disposition: form-data; name="file"; filename="model-«hex8:h».pt"\r\nContent-Type: application/octet-stream\r\n\r\n'
send: b'--«hex32:b»\r\nContent-Disposition: form-data; name="md5"\r\n\r\n«b64s22:m»==\r\n--«hex32:b»--\r\n'
reply: 'HTTP/1.1 201 Created\r\n'
header: ETag: "«hex32:e»"
""")
N("neg_requests_oauthlib_authorization_url_state_only", S_ROAUTH, r"""
«TL» DEBUG requests_oauthlib.oauth2_session Generated new state «an30:s».
«TL» DEBUG requests_oauthlib.oauth2_session Encoding `client_id` wandb with `client_secret` as Basic auth credentials.
«TL» DEBUG requests_oauthlib.oauth2_session Request to fetch token completed with status 401.
«TL» DEBUG requests_oauthlib.oauth2_session Response headers were {'Content-Type': 'application/json', 'WWW-Authenticate': 'Basic realm="sso"'} and content {"error":"invalid_client","error_description":"Invalid client or Invalid client credentials"}.
""")
N("neg_httpx_info_request_lines_cursor_and_ids", S_HTTPX, r"""
«TL» INFO httpx HTTP Request: GET https://wandb.example.internal/api/v1/runs?cursor=«b64u32:c»&limit=100 "HTTP/1.1 200 OK"
«TL» INFO httpx HTTP Request: GET https://wandb.example.internal/api/v1/runs/«lc8:r»/history?keys=loss,acc&samples=500 "HTTP/1.1 200 OK"
""")
N("neg_httpcore_trace_events_no_payload", S_HTTPX, r"""
DEBUG:httpcore.connection:connect_tcp.started host='wandb.example.internal' port=443 local_address=None timeout=5.0 socket_options=None
DEBUG:httpcore.connection:start_tls.complete return_value=<httpcore._backends.sync.SyncStream object at 0x7f«hex10:o»>
DEBUG:httpcore.http11:send_request_headers.started request=<Request [b'POST']>
DEBUG:httpcore.http11:receive_response_headers.complete return_value=(b'HTTP/1.1', 200, b'OK', [(b'Content-Type', b'application/json'), (b'X-Request-Id', b'«uuid:r»')])
""")
N("neg_botocore_auth_string_to_sign_hash_only", S_SIGV4, r"""
«TL» botocore.auth [DEBUG] StringToSign:
AWS4-HMAC-SHA256
«ymd:d»T«hms:t»Z
«ymd:d»/us-east-1/s3/aws4_request
«hex64:h»
""")
N("neg_botocore_auth_canonical_request_no_token_signed_headers", S_SIGV4, r"""
«TL» botocore.auth [DEBUG] CanonicalRequest:
PUT
/wandb-artifacts/«hex8:p»/«hex32:o»

host:s3.us-east-1.amazonaws.com
x-amz-content-sha256:«hex64:c»
x-amz-date:«ymd:d»T«hms:t»Z

host;x-amz-content-sha256;x-amz-date
«hex64:c»
""")
N("neg_botocore_credentials_found_messages", S_BOTO, r"""
«TL» botocore.credentials [INFO] Found credentials from IAM Role: wandb-node-role
«TL» botocore.credentials [DEBUG] Looking for credentials via: assume-role-with-web-identity
«TL» botocore.credentials [DEBUG] Retrieving credentials via: AWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token
«TL» botocore.credentials [INFO] Found credentials in environment variables.
""")
N("neg_botocore_parsers_response_headers_request_ids", S_BOTO, r"""
«TL» botocore.parsers [DEBUG] Response headers: {'x-amz-id-2': '«b64s76:id2»', 'x-amz-request-id': '«uc16:rid»', 'Date': 'Tue, 14 Jan 2025 10:11:12 GMT', 'x-amz-version-id': '«b64u32:v»', 'x-amz-server-side-encryption': 'aws:kms', 'x-amz-server-side-encryption-aws-kms-key-id': 'arn:aws:kms:us-east-1:«dig12:a»:key/«uuid:k»', 'ETag': '"«hex32:e»"', 'Server': 'AmazonS3', 'Content-Length': '0'}
""")
N("neg_botocore_secretsmanager_describe_secret_metadata", S_BOTO, r"""
«TL» botocore.parsers [DEBUG] Response body:
b'{"ARN":"arn:aws:secretsmanager:us-east-1:«dig12:a»:secret:wandb/mysql-«an6:x»","Name":"wandb/mysql","RotationEnabled":true,"RotationLambdaARN":"arn:aws:lambda:us-east-1:«dig12:a»:function:rotate-mysql","VersionIdsToStages":{"«uuid:v»":["AWSCURRENT"]}}'
""")
N("neg_aws_sdk_go_v2_logresponse_headers_request_id", S_GOV2, r"""
SDK «TG» DEBUG Response
HTTP/1.1 200 OK⏎
Content-Length: 0⏎
Date: Tue, 14 Jan 2025 10:11:12 GMT⏎
Etag: "«hex32:e»"⏎
X-Amz-Id-2: «b64s76:id2»⏎
X-Amz-Request-Id: «uc16:rid»⏎
X-Amz-Version-Id: «b64u32:v»⏎
⏎
""")
N("neg_aws_sdk_java_v2_request_header_names_only", S_JAVAV2, r"""
«TS» [main] DEBUG software.amazon.awssdk.request - Sending Request: DefaultSdkHttpFullRequest(httpMethod=POST, protocol=https, host=sts.us-east-1.amazonaws.com, encodedPath=/, headers=[amz-sdk-invocation-id, Authorization, Content-Length, Content-Type, User-Agent, X-Amz-Date, X-Amz-Security-Token], queryParameters=[])
«TS» [main] DEBUG software.amazon.awssdk.request - Received successful response: 200, Request ID: «uuid:r», Extended Request ID: not available
""")
N("neg_aws_sdk_js_v3_logger_output_sensitive_masked", S_JSV3, r"""
{
  clientName: 'STSClient',
  commandName: 'AssumeRoleCommand',
  input: { RoleArn: 'arn:aws:iam::«dig12:a»:role/wandb', RoleSessionName: 'wandb-«dig6:s»' },
  output: {
    Credentials: { AccessKeyId: 'ASIA«uc16:ak»', SecretAccessKey: '***SensitiveInformation***', SessionToken: '***SensitiveInformation***', Expiration: 2025-01-14T11:11:12.000Z },
    AssumedRoleUser: { AssumedRoleId: 'AROA«uc17:ar»:wandb-«dig6:s»', Arn: 'arn:aws:sts::«dig12:a»:assumed-role/wandb/wandb-«dig6:s»' }
  },
""")
N("neg_go_httputil_dumprequest_q_verb_no_auth", S_HTTPUTIL, r"""
«TG» outgoing request: "GET /api/v1/artifacts/«hex20:a»/files?page=2 HTTP/1.1\r\nHost: wandb.example.internal\r\nUser-Agent: Go-http-client/1.1\r\nX-Request-Id: «uuid:r»\r\nAccept-Encoding: gzip\r\n\r\n"
""")
N("neg_go_resty_debug_request_redacted_headers", S_RESTY, r"""
==============================================================================
~~~ REQUEST ~~~
GET  /api/v4/projects/«dig3:p»/pipelines?per_page=20  HTTP/1.1
HOST   : gitlab.example.com
HEADERS:
	Private-Token: [REDACTED]
	User-Agent: go-resty/2.11.0 (https://github.com/go-resty/resty)
BODY   :
***** NO CONTENT *****
""")
N("neg_go_http2debug_framer_settings_and_window_updates", S_GODEBUG, r"""
«TG» http2: Framer 0xc000«hex6:f»: wrote SETTINGS len=18, settings: ENABLE_PUSH=0, INITIAL_WINDOW_SIZE=4194304, MAX_HEADER_LIST_SIZE=10485760
«TG» http2: Framer 0xc000«hex6:f»: read SETTINGS flags=ACK len=0
«TG» http2: Framer 0xc000«hex6:f»: wrote WINDOW_UPDATE len=4 (conn) incr=1073741824
«TG» http2: Framer 0xc000«hex6:f»: read DATA stream=1 len=«dig2:l» data="{\"id\":\"«lc8:r»\",\"state\":\"finished\",\"sha256\":\"«hex64:h»\"}"
""")
N("neg_node_debug_http_createconnection_headers_no_auth", S_NODE, r"""
HTTP «dig5:pid»: createConnection wandb.example.internal:443::::::::::::::::::::: [Object: null prototype] {
  protocol: 'https:',
  hostname: 'wandb.example.internal',
  method: 'GET',
  path: '/api/v1/runs/«lc8:r»',
  headers: { accept: 'application/json', 'x-request-id': '«uuid:r»' },
  port: 443,
""")
N("neg_grpc_node_subchannel_trace_headers_redacted", S_GRPC_NODE_ISSUE, r"""
D «T» | v1.10.1 «dig5:pid» | subchannel_call | [«dig1:c»] Starting stream [«dig2:s»] on subchannel (10.«dig2:a».«dig2:b».«dig2:c»:443) with headers
⇥⇥grpc-accept-encoding: identity,deflate,gzip
⇥⇥authorization: Bearer [REDACTED]
⇥⇥x-goog-request-params: [REDACTED]
⇥⇥content-type: application/grpc
""")
N("neg_grpc_core_send_initial_metadata_path_authority_only", S_GRPC_CORE_ISSUE, r"""
I0114 10:«mm:m»:«mm:s».«dig6:u»   «dig5:pid» client_channel.cc:«dig4:l»] OP[client-channel:0x«hex7:c»]: SEND_INITIAL_METADATA{key=3a 70 61 74 68 ':path' value=2f 77 61 6e 64 62 2e 53 65 72 76 69 63 65 2f 47 65 74 '/wandb.Service/Get', key=3a 61 75 74 68 6f 72 69 74 79 ':authority' value=77 61 6e 64 62 3a 34 34 33 'wandb:443'}
""")
N("neg_grpc_java_netty_frame_logger_inbound_headers_status", S_NETTY_H2, r"""
«TS» DEBUG [grpc-nio-worker-ELG-1-2] io.grpc.netty.NettyClientHandler - [id: 0x«hex8:i», L:/10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:p» - R:otel-collector.monitoring.svc/10.«dig2:d».«dig2:e».«dig2:f»:4317] INBOUND HEADERS: streamId=3 headers=GrpcHttp2ResponseHeaders[:status: 200, content-type: application/grpc, grpc-encoding: identity, grpc-accept-encoding: gzip] padding=0 endStream=false
«TS» DEBUG [grpc-nio-worker-ELG-1-2] io.grpc.netty.NettyClientHandler - [id: 0x«hex8:i», L:/10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:p» - R:otel-collector.monitoring.svc/10.«dig2:d».«dig2:e».«dig2:f»:4317] INBOUND DATA: streamId=3 padding=0 endStream=false length=5 bytes=0000000000
""")
N("neg_okhttp_logging_interceptor_redact_header_marker", S_OKHTTP, r"""
«TS» INFO  okhttp3.OkHttpClient : --> GET https://wandb.example.internal/api/v1/viewer
«TS» INFO  okhttp3.OkHttpClient : Authorization: ██
«TS» INFO  okhttp3.OkHttpClient : Cookie: ██
«TS» INFO  okhttp3.OkHttpClient : --> END GET
«TS» INFO  okhttp3.OkHttpClient : <-- 200 https://wandb.example.internal/api/v1/viewer («dig2:ms»ms)
""")
N("neg_reactor_netty_wiretap_simple_format_sizes", S_REACTOR, r"""
«TS» DEBUG 1 --- [ctor-http-nio-3] reactor.netty.http.client.HttpClient     : [«hex8:i»-1, L:/10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:p» - R:sso.example.org/10.«dig2:d».«dig2:e».«dig2:f»:443] WRITE: «dig3:n»B
«TS» DEBUG 1 --- [ctor-http-nio-3] reactor.netty.http.client.HttpClient     : [«hex8:i»-1, L:/10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:p» - R:sso.example.org/10.«dig2:d».«dig2:e».«dig2:f»:443] FLUSH
«TS» DEBUG 1 --- [ctor-http-nio-3] reactor.netty.http.client.HttpClient     : [«hex8:i»-1, L:/10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:p» - R:sso.example.org/10.«dig2:d».«dig2:e».«dig2:f»:443] READ: «dig4:m»B
""")
N("neg_armeria_logging_client_authorization_redacted", S_ARMERIA, r"""
«TS»  INFO 1 --- [-worker-nio-2-4] c.l.a.c.l.LoggingClient : Request: {startTime=«T», length=«dig3:l»B, duration=«dig4:d»µs, scheme=none+h2, headers=[:method=POST, :path=/api/v1/runs, :authority=wandb.example.internal, :scheme=https, content-type=application/json, authorization=Bearer REDACTED, user-agent=armeria/1.26.4]}
""")
N("neg_jsse_debug_client_hello_random_session_id", S_JSSE, r"""
javax.net.ssl|DEBUG|10|main|«TS» UTC|ClientHello.java:641|Produced ClientHello handshake message (
"ClientHello": {
  "client version"      : "TLSv1.2",
  "random"              : "«uhex64:r»",
  "session id"          : "«uhex64:s»",
  "cipher suites"       : "[TLS_AES_256_GCM_SHA384(0x1302), TLS_AES_128_GCM_SHA256(0x1301)]",
  "compression methods" : "00",
""")
N("neg_jsse_debug_certificate_fingerprint_and_serial", S_JSSE, r"""
javax.net.ssl|DEBUG|10|main|«TS» UTC|CertificateMessage.java:1172|Consuming server Certificate handshake message (
"Certificate": {
  "certificate_request_context": "",
  "certificate_list": [
  {
    "certificate" : {
      "version"            : "v3",
      "serial number"      : "«uhex32:sn»",
      "signature algorithm": "SHA256withRSA",
""")
N("neg_dotnet_httpclient_logging_headers_redacted_star", S_DOTNET, r"""
info: System.Net.Http.HttpClient.wandb.LogicalHandler[100]
      Start processing HTTP request POST https://wandb.example.internal/graphql
trce: System.Net.Http.HttpClient.wandb.LogicalHandler[102]
      Request Headers:
      Authorization: *
      Content-Type: application/json; charset=utf-8
      X-Request-Id: «uuid:r»
""")
N("neg_azure_core_http_logging_policy_redacted", S_AZCORE, r"""
«TL» INFO azure.core.pipeline.policies.http_logging_policy Request URL: 'https://login.microsoftonline.com/«uuid:t»/oauth2/v2.0/token'
Request method: 'POST'
Request headers:
    'Content-Type': 'application/x-www-form-urlencoded'
    'Authorization': 'REDACTED'
    'x-ms-client-request-id': '«uuid:c»'
A body is sent with the request
""")
N("neg_msal_token_cache_event_masked_tokens", S_MSAL, r"""
DEBUG:msal.token_cache:event={
    "client_id": "«uuid:c»",
    "data": {"claims": null, "scope": ["https://storage.azure.com/.default"]},
    "grant_type": "client_credentials",
    "response": {"access_token": "********", "expires_in": 3599, "ext_expires_in": 3599, "token_type": "Bearer"},
    "scope": ["https://storage.azure.com/.default"],
    "token_endpoint": "https://login.microsoftonline.com/«uuid:t»/oauth2/v2.0/token"
}
""")
N("neg_gcloud_log_http_request_headers_no_auth", S_GCLOUD, r"""
==== request start ====
uri: https://storage.googleapis.com/storage/v1/b/wandb-«lc8:b»/o?alt=json&maxResults=1000
method: GET
== headers start ==
b'accept': b'application/json'
b'x-goog-api-client': b'cred-type/u gl-python/3.11.6 gccl/2.14.0'
b'x-goog-user-project': b'wandb-prod-«dig6:p»'
== headers end ==
""")
N("neg_git_trace_curl_default_redacted_auth", S_GIT, r"""
«hh:h»:«mm:m»:«mm:s».«dig6:u» http.c:«dig3:l»           => Send header: GET /wandb/deploy.git/info/refs?service=git-upload-pack HTTP/1.1
«hh:h»:«mm:m»:«mm:s».«dig6:u» http.c:«dig3:l»           => Send header: Host: git.example.com
«hh:h»:«mm:m»:«mm:s».«dig6:u» http.c:«dig3:l»           => Send header: Authorization: Basic <redacted>
«hh:h»:«mm:m»:«mm:s».«dig6:u» http.c:«dig3:l»           <= Recv header: Set-Cookie: _gitlab_session=<redacted>
«hh:h»:«mm:m»:«mm:s».«dig6:u» http.c:«dig3:l»           <= Recv header: X-Request-Id: «an26:r»
""")
N("neg_kubectl_v8_round_trippers_bearer_masked", S_KUBECTL, r"""
I0114 10:«mm:m»:«mm:s».«dig6:u»   «dig5:p» round_trippers.go:463] GET https://10.«dig2:a».0.1:443/api/v1/namespaces/wandb/pods?limit=500
I0114 10:«mm:m»:«mm:s».«dig6:u»   «dig5:p» round_trippers.go:469] Request Headers:
I0114 10:«mm:m»:«mm:s».«dig6:u»   «dig5:p» round_trippers.go:473]     Accept: application/json;as=Table;v=v1;g=meta.k8s.io,application/json
I0114 10:«mm:m»:«mm:s».«dig6:u»   «dig5:p» round_trippers.go:473]     Authorization: Bearer <masked>
I0114 10:«mm:m»:«mm:s».«dig6:u»   «dig5:p» round_trippers.go:574] Response Status: 200 OK in «dig2:ms» milliseconds
""")
N("neg_wandb_setup_settings_from_env_api_key_redacted", S_WANDB, r"""
«TL» INFO    MainThread:«dig5:p» [wandb_setup.py:_flush():76] Current SDK version is 0.16.2
«TL» INFO    MainThread:«dig5:p» [wandb_setup.py:_flush():76] Loading settings from environment variables: {'api_key': '***REDACTED***', 'base_url': 'https://wandb.example.internal', 'project': '«lc8:p»'}
«TL» INFO    MainThread:«dig5:p» [wandb_init.py:_log_setup():526] Logging user logs to /tmp/wandb/run-«ymd:d»_«hms:t»-«lc8:r»/logs/debug.log
""")
N("neg_wandb_core_debug_json_unsigned_upload_url_and_md5", S_WANDB, r"""
{"time":"«T»","level":"DEBUG","msg":"filetransfer: uploaded file","path":"media/images/sample_«dig3:n».png","url":"https://wandb.example.internal/files/«lc8:e»/«lc8:p»/«lc8:r»/media/images/sample_«dig3:n».png","size":«dig5:s»,"md5":"«b64s22:m»=="}
""")
N("neg_wandb_debug_internal_graphql_variables_ids_only", S_WANDB, r"""
«TL» DEBUG   SenderThread:«dig4:t» [internal_api.py:execute():«dig3:l»] executing query: {"query": "mutation UpsertBucket($id: String, $name: String) {...}", "variables": "{\"id\": \"«b64s32:id»\", \"name\": \"«lc8:r»\", \"entityName\": \"«lc8:e»\", \"sweep\": null}"}
""")
# ---- proxies
N("neg_nginx_debug_http_proxy_headers_no_auth", S_NGINX_DBG, r"""
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http proxy header: "Host: wandb-app.wandb.svc.cluster.local"
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http proxy header: "X-Request-ID: «hex32:r»"
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http proxy header: "X-Forwarded-Proto: https"
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http proxy header: "Authorization"
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http cleanup add: 000055«hex10:p»
""")
N("neg_nginx_debug_http_args_pagination_and_state", S_NGINX_DBG, r"""
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http request line: "GET /oidc/login?state=«hex16:s»&redirect=%2Fhome HTTP/1.1"
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http args: "state=«hex16:s»&redirect=%2Fhome"
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http exten: ""
""")
N("neg_nginx_debug_http2_header_cookie_names_consent", S_NGINX_DBG, r"""
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http2 header: "cookie: theme=dark; sidebar=collapsed; tz=Europe%2FBerlin"
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http2 header: "if-none-match: W/\"«hex40:e»\""
«TG» [debug] «dig2:w»#«dig2:w»: *«dig4:c» http2 header: "x-b3-traceid: «hex32:t»"
""")
N("neg_envoy_trace_http1_codec_completed_headers_ids", S_ENVOY_DBG, r"""
[«TS»][«dig2:t»][trace][http] [source/common/http/http1/codec_impl.cc:«dig3:l»] [C«dig3:c»] completed header: key=Host value=wandb.example.internal
[«TS»][«dig2:t»][trace][http] [source/common/http/http1/codec_impl.cc:«dig3:l»] [C«dig3:c»] completed header: key=x-request-id value=«uuid:r»
[«TS»][«dig2:t»][trace][http] [source/common/http/http1/codec_impl.cc:«dig3:l»] [C«dig3:c»] completed header: key=Content-MD5 value=«b64s22:m»==
""")
N("neg_istio_proxy_router_decoding_headers_no_credentials", S_ISTIO, r"""
«T»	debug	envoy router external/envoy/source/common/router/router.cc:«dig3:l»	[Tags: "ConnectionId":"«dig4:c»","StreamId":"«dig19:s»"] router decoding headers:
':authority', 'wandb-app.wandb.svc.cluster.local:8080'
':path', '/healthz'
':method', 'GET'
'x-b3-traceid', '«hex32:t»'
'x-b3-spanid', '«hex16:sp»'
'x-envoy-attempt-count', '1'
	thread=«dig2:th»
""")
N("neg_envoy_upstream_response_headers_clear_cookie", S_ENVOY_DBG, r"""
[«TS»][«dig2:t»][trace][router] [source/common/router/upstream_request.cc:«dig3:l»] [C«dig3:c»][S«dig19:s»] upstream response headers:
':status', '302'
'location', 'https://wandb.example.internal/login'
'set-cookie', 'wandb_session=; Path=/; Max-Age=0; HttpOnly; Secure'
'x-envoy-upstream-service-time', '«dig2:ms»'
""")
N("neg_haproxy_httplog_captured_headers_scheme_only", S_HAPROXY, r"""
«@Jan|Feb|Mar» 1«dig1:d» 10:«mm:m»:«mm:s» lb-1 haproxy[«dig4:p»]: 10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:cp» [1«dig1:d»/«@Jan|Feb|Mar»/2025:10:«mm:m»:«mm:s».«dig3:ms»] fe_https~ be_wandb/wandb1 0/0/1/«dig2:tr»/«dig2:ta» 401 «dig3:b» - - ---- 12/12/0/0/0 0/0 {wandb.example.internal|Bearer|python-requests/2.31.0} "POST /graphql HTTP/1.1"
""")
N("neg_squid_debug_client_request_no_proxy_auth", S_SQUID, r"""
«TG».«dig3:ms» kid1| 11,2| client_side.cc(1359) parseHttpRequest: HTTP Client REQUEST:
---------
CONNECT files.pythonhosted.org:443 HTTP/1.1
Host: files.pythonhosted.org:443
User-Agent: pip/23.3.2

----------
«TG».«dig3:ms» kid1| 28,3| Checklist.cc(70) preCheck: 0x55«hex10:p» checking slow rules
""")
N("neg_traefik_access_log_json_headers_dropped_redacted", S_TRAEFIK, r"""
{"ClientHost":"10.«dig2:a».«dig2:b».«dig2:c»","DownstreamStatus":200,"RequestMethod":"POST","RequestPath":"/api/v1/files","RouterName":"wandb@kubernetescrd","request_Authorization":"REDACTED","request_Cookie":"-","request_X-Api-Key":"REDACTED","request_X-Request-Id":"«uuid:r»","time":"«T»"}
""")
# ---- HAR / browser
N("neg_har_query_string_array_pagination", S_HAR, r"""
          "url": "https://wandb.example.internal/api/v1/runs?cursor=«b64u32:c»&per_page=50&order=-created_at",
          "queryString": [
            {"name": "cursor", "value": "«b64u32:c»"},
            {"name": "per_page", "value": "50"},
            {"name": "order", "value": "-created_at"}
          ],
""")
N("neg_har_response_content_base64_image", S_HAR, r"""
          "content": {
            "size": «dig3:n»,
            "mimeType": "image/png",
            "text": "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA«b64s40:img»",
            "encoding": "base64"
          },
""")
N("neg_har_request_cookies_names_empty_values", S_HAR, r"""
          "cookies": [
            {"name": "wandb_session", "value": "", "expires": "1970-01-01T00:00:00.000Z", "httpOnly": true, "secure": true},
            {"name": "wandb_last_project", "value": "«lc8:p»", "path": "/"}
          ],
          "headersSize": -1,
          "bodySize": 0,
""")
N("neg_har_timings_and_server_ip_connection_id", S_HAR, r"""
          "serverIPAddress": "10.«dig2:a».«dig2:b».«dig2:c»",
          "_initiator": {"type": "script", "url": "https://wandb.example.internal/static/js/main.«hex8:h».js"},
          "_priority": "High",
          "_resourceType": "fetch",
          "connection": "«dig6:c»",
          "time": «dig3:t».«dig3:u»,
""")
N("neg_chrome_console_websocket_url_no_token", S_CHROME, r"""
main.«hex8:h».js:2 WebSocket connection to 'wss://wandb.example.internal/console/ws?session_id=«uuid:s»' failed: 
(anonymous) @ main.«hex8:h».js:2
main.«hex8:h».js:2 [ws] reconnecting in 2000ms
""")
# ---- captures
N("neg_tshark_fields_tcp_payload_hex_healthcheck", S_TSHARK, r"""
$ tshark -r wandb.pcap -Y 'http.request' -T fields -e frame.number -e ip.dst -e tcp.payload
«dig2:f»	10.«dig2:a».«dig2:b».«dig2:c»	⟦GET /healthz HTTP/1.1¶Host: wandb-app:8080¶User-Agent: kube-probe/1.28¶Accept: */*¶X-Request-Id: «uuid:r»¶¶⟧
""")
N("neg_tshark_json_layers_tls_handshake_random_session", S_TSHARK, r"""
          "tls.handshake.type": "1",
          "tls.handshake.version": "0x0303",
          "tls.handshake.random": "«hex64:r»",
          "tls.handshake.session_id_length": "32",
          "tls.handshake.session_id": "«hex64:s»",
          "tls.handshake.ja3": "«hex32:j»",
""")
N("neg_tshark_z_credentials_table_usernames_only", S_TSHARK, r"""
===================================================================
Packet   Protocol         Username         Info            
------   --------         --------         --------        
«dig2:a»       HTTP             admin            Username in packet: «dig2:a»
«dig3:b»      SMTP             alerts@example.com  Username in packet: «dig3:b»
===================================================================
""")
N("neg_zeek_http_log_tsv_password_unset", S_ZEEK, r"""
#fields	ts	uid	id.orig_h	id.orig_p	id.resp_h	id.resp_p	trans_depth	method	host	uri	user_agent	status_code	username	password
17«dig8:t».«dig6:u»	C«an17:uid»	10.«dig2:a».«dig2:b».«dig2:c»	5«dig4:p»	10.«dig2:d».«dig2:e».«dig2:f»	80	1	GET	minio.example.internal	/minio/health/live	curl/8.5.0	200	minio-admin	-
""")
N("neg_sslkeylogfile_env_path_and_wireshark_pref", S_KEYLOG, r"""
SSLKEYLOGFILE=/var/tmp/tls/sslkeys-«ymd:d».log
$ tshark -o tls.keylog_file:/var/tmp/tls/sslkeys-«ymd:d».log -r wandb.pcap -Y http2 -c 5
""")
N("neg_tcpflow_console_output_json_ids", S_TCPFLOW, r"""
010.0«dig2:a».0«dig2:b».0«dig2:c».00080-010.0«dig2:d».0«dig2:e».0«dig2:f».5«dig4:p»: HTTP/1.1 200 OK
Content-Type: application/json
Transfer-Encoding: chunked

«@5a|61|6f»
{"id":"«lc8:r»","sha256":"«hex64:h»","etag":"«hex32:e»"}
0
""")
N("neg_krb5_trace_partial_key_fingerprints", S_KRB5_TRACE, r"""
[«dig5:p»] «TE»: Getting initial credentials for wandb-svc@EXAMPLE.ORG
[«dig5:p»] «TE»: Sending request («dig3:n» bytes) to EXAMPLE.ORG
[«dig5:p»] «TE»: AS key obtained for encrypted timestamp: aes256-cts/«uhex4:k1»
[«dig5:p»] «TE»: Preauth module encrypted_timestamp (2) (real) returned: 0/Success
[«dig5:p»] «TE»: AS key determined by preauth: aes256-cts/«uhex4:k1»
[«dig5:p»] «TE»: Decrypted AS reply; session key is: aes256-cts/«uhex4:k2»
""")
N("neg_ssh_vvv_offering_key_fingerprints", S_SSH, r"""
debug1: Server host key: ssh-ed25519 SHA256:«b64s43:hk»
debug1: Host 'git.example.com' is known and matches the ED25519 host key.
debug1: Will attempt key: /home/ops/.ssh/id_ed25519 ED25519 SHA256:«b64s43:uk» explicit
debug1: Offering public key: /home/ops/.ssh/id_ed25519 ED25519 SHA256:«b64s43:uk» explicit
debug3: send packet: type 50
debug1: Authentications that can continue: publickey,password
""")
# ---- MySQL
N("neg_mysql_general_log_password_rewritten_secret_marker", S_MYSQL_PWLOG, r"""
Time                 Id Command    Argument
«T»	   «dig2:i» Connect	root@localhost on  using Socket
«T»	   «dig2:i» Query	CREATE USER 'wandb'@'%' IDENTIFIED WITH 'caching_sha2_password' BY <secret>
«T»	   «dig2:i» Query	ALTER USER 'wandb'@'%' IDENTIFIED BY <secret> PASSWORD EXPIRE INTERVAL 90 DAY
«T»	   «dig2:i» Quit	
""")
N("neg_mysql_general_log_access_denied_using_password_yes", S_MYSQL_GL, r"""
«T»	   «dig3:i» Connect	wandb@10.«dig2:a».«dig2:b».«dig2:c» on wandb_local using TCP/IP
«T»	   «dig3:i» Connect	Access denied for user 'wandb'@'10.«dig2:a».«dig2:b».«dig2:c»' (using password: YES)
«T»	   «dig3:j» Connect	wandb@10.«dig2:a».«dig2:b».«dig2:c» on wandb_local using SSL/TLS
""")
N("neg_mysql_binary_as_hex_general_log_select_argument", S_MYSQL_BINHEX, r"""
+----------------------------+--------------+----------------------------------+
| event_time                 | command_type | argument                         |
+----------------------------+--------------+----------------------------------+
| «TS»000 | Query        | 0x⦃SELECT id, name FROM projects WHERE entity_id = «dig4:e»⦄ |
+----------------------------+--------------+----------------------------------+
""")
N("neg_mysql_show_create_user_auth_socket_no_hash", "https://dev.mysql.com/doc/refman/8.0/en/show-create-user.html", r"""
*************************** 1. row ***************************
CREATE USER for «@root|ops|backup»@localhost: CREATE USER `«@root|ops|backup»`@`localhost` IDENTIFIED WITH 'auth_socket' REQUIRE NONE PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK PASSWORD HISTORY DEFAULT PASSWORD REUSE INTERVAL DEFAULT PASSWORD REQUIRE CURRENT DEFAULT
1 row in set (0.0«dig1:t» sec)
""")
N("neg_mysqlbinlog_query_event_gtid_and_xid", S_MYSQLBINLOG, r"""
# at «dig4:pos»
#2«@3|4»«@01|02|03|04|05|06|07|08|09|10|11|12»«dd:dd» «hh:h»:«mm:m»:«mm:s» server id 1  end_log_pos «dig4:e» CRC32 0x«hex8:c» 	GTID	last_committed=«dig3:lc»	sequence_number=«dig3:sn»	rbr_only=yes	original_committed_timestamp=17«dig14:oc»
SET @@SESSION.GTID_NEXT= '«uuid:g»:«dig4:n»'/*!*/;
""")
N("neg_mysql_replica_status_source_ssl_paths_no_password", S_MYSQL_REPL, r"""
*************************** 1. row ***************************
             Replica_IO_State: Waiting for source to send event
                  Source_Host: wandb-db-primary.wandb.svc
                  Source_User: repl
           Source_SSL_Allowed: Yes
           Source_SSL_CA_File: /etc/mysql/certs/ca.pem
              Source_SSL_Cert: /etc/mysql/certs/replica.pem
              Source_SSL_Key: /etc/mysql/certs/replica-key.pem
          Source_Server_Id: 1
                  Source_UUID: «uuid:u»
""")
N("neg_mariadb_server_audit_password_masked", S_MARIADB_AUDIT, r"""
«ymd:d» «hh:h»:«mm:m»:«mm:s»,db1,root,localhost,«dig2:c»,«dig3:q»,QUERY,,'CREATE USER \'wandb\'@\'%\' IDENTIFIED BY *****',0
«ymd:d» «hh:h»:«mm:m»:«mm:s»,db1,root,localhost,«dig2:c»,«dig3:r»,QUERY,,'GRANT ALL ON wandb_local.* TO \'wandb\'@\'%\'',0
""")
N("neg_mysql_performance_schema_digest_text_placeholders", "https://dev.mysql.com/doc/refman/8.0/en/performance-schema-statement-digests.html", r"""
*************************** 1. row ***************************
    DIGEST: «hex64:d»
DIGEST_TEXT: SET PASSWORD FOR ? @ ? = ?
COUNT_STAR: «dig1:n»
*************************** 2. row ***************************
    DIGEST: «hex64:e»
DIGEST_TEXT: CHANGE REPLICATION SOURCE TO `SOURCE_HOST` = ? , `SOURCE_USER` = ? , `SOURCE_PASSWORD` = ?
""")
# ---- Redis
N("neg_redis_monitor_auth_and_hello_redacted_args", S_REDIS_MON_REDACT, r"""
«TE»«dig3:us» [0 10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:p»] "auth" "(redacted)" "(redacted)"
«TE»«dig3:us» [0 10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:p»] "hello" "3" "auth" "(redacted)" "(redacted)"
«TE»«dig3:us» [0 10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:p»] "GET" "wandb:run:«lc8:r»:state"
""")
N("neg_redis_cli_config_get_requirepass_empty", S_REDIS_CFG, r"""
127.0.0.1:6379> CONFIG GET requirepass
1) "requirepass"
2) ""
127.0.0.1:6379> CONFIG GET aclfile
1) "aclfile"
2) "/etc/redis/users-«lc6:s».acl"
""")
N("neg_redis_cli_acl_list_nopass_and_key_patterns", S_REDIS_ACL, r"""
127.0.0.1:6379> ACL LIST
1) "user default on nopass sanitize-payload ~* &* +@all"
2) "user metrics on nopass ~* resetchannels -@all +info +ping"
127.0.0.1:6379> ACL WHOAMI
"default"
127.0.0.1:6379> DBSIZE
(integer) «dig5:n»
""")
N("neg_redis_monitor_keys_named_token_values_ids", S_REDIS_MON, r"""
«TE»«dig3:us» [0 10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:p»] "HGET" "wandb:session:«hex32:s»" "user_id"
«TE»«dig3:us» [0 10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:p»] "EXPIRE" "wandb:password_reset:«uuid:u»" "3600"
«TE»«dig3:us» [0 10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:p»] "SET" "wandb:ratelimit:api_key:«dig6:i»" "«dig2:n»" "EX" "60"
""")
N("neg_tcpflow_redis_resp_get_command", S_TCPFLOW, r"""
010.0«dig2:a».0«dig2:b».0«dig2:c».5«dig4:p»-010.0«dig2:d».0«dig2:e».0«dig2:f».06379: *2
$3
GET
$«dig2:l»
wandb:run:«lc8:r»:«hex16:k»
""")
# ---- SMTP / mail
N("neg_nodemailer_debug_auth_plain_secret_placeholder", S_NODEMAILER_LOG, r"""
[«T»] DEBUG [«an11:c»] S: 250-AUTH LOGIN PLAIN
[«T»] DEBUG [«an11:c»] C: AUTH PLAIN AHdhbmRiLWFsZXJ0c0BleGFtcGxlLmNvbQAvKiBzZWNyZXQgKi8=
[«T»] DEBUG [«an11:c»] S: 235 2.7.0 Authentication successful
[«T»] INFO  [«an11:c»] User "wandb-alerts@example.com" authenticated
""")
N("neg_nodemailer_debug_auth_login_secret_comment", S_NODEMAILER_LOG, r"""
[«T»] DEBUG [«an11:c»] C: AUTH LOGIN
[«T»] DEBUG [«an11:c»] S: 334 VXNlcm5hbWU6
[«T»] DEBUG [«an11:c»] C: d2FuZGItYWxlcnRzQGV4YW1wbGUuY29t
[«T»] DEBUG [«an11:c»] S: 334 UGFzc3dvcmQ6
[«T»] DEBUG [«an11:c»] C: /* secret */
[«T»] DEBUG [«an11:c»] S: 235 2.7.0 Authentication successful
""")
N("neg_javamail_debug_auth_trace_suppressed", S_JAVAMAIL, r"""
DEBUG SMTP: connected to host "smtp.example.com", port: 587
DEBUG SMTP: protocolConnect login, host=smtp.example.com, user=«lc8:u»@example.com, password=<non-null>
DEBUG SMTP: Attempt to authenticate using mechanisms: LOGIN PLAIN DIGEST-MD5 NTLM XOAUTH2 
DEBUG SMTP: Using mechanism LOGIN
DEBUG SMTP: AUTH LOGIN command trace suppressed
DEBUG SMTP: AUTH LOGIN succeeded
""")
N("neg_msmtp_debug_ehlo_and_message_ids", S_MSMTP, r"""
<-- 220 smtp.example.com ESMTP Postfix
--> EHLO wandb.example.internal
<-- 250-AUTH LOGIN PLAIN
--> MAIL FROM:<wandb-alerts@example.com>
<-- 250 2.0.0 Ok: queued as «uhex10:q»
--> QUIT
""")
N("neg_exim_debug_smtp_mail_from_rcpt_ids", S_EXIM, r"""
 SMTP>> MAIL FROM:<wandb-alerts@example.com> SIZE=«dig4:s» AUTH=wandb-alerts@example.com
 SMTP<< 250 OK
 SMTP>> RCPT TO:<oncall@example.com>
 SMTP<< 250 Accepted
 SMTP<< 250 OK id=1t«an6:a»-000«an3:b»-«an2:c»
""")
N("neg_smtp_auth_cram_md5_challenge_response", "https://www.rfc-editor.org/rfc/rfc2195", r"""
S: 250-AUTH CRAM-MD5 PLAIN
C: AUTH CRAM-MD5
S: 334 «b64s40:ch»
S: 535 5.7.8 Error: authentication failed: authentication failure
""")
N("neg_imap_login_disabled_capabilities", "https://www.rfc-editor.org/rfc/rfc9051#name-login-command", r"""
* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS LOGINDISABLED] Dovecot ready.
a1 LOGIN wandb-reports@example.com {«dig2:n»}
a1 NO [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.
""")
# ---- LDAP
N("neg_ldapsearch_xtrace_bind_password_from_file_y", S_LDAPSEARCH, r"""
+ ldapsearch -x -H ldaps://ldap.example.org:636 -D cn=wandb-bind,ou=svc,dc=example,dc=org -y /run/secrets/ldap-bind-password -b ou=people,dc=example,dc=org '(uid=«lc8:u»)' uid mail
# extended LDIF
# LDAPv3
# base <ou=people,dc=example,dc=org> with scope subtree
# filter: (mail=*)
""")
N("neg_slapd_stats_bind_dn_method_no_credential", S_SLAPD, r"""
«@Jan|Feb» 1«dig1:d» 10:«mm:m»:«mm:s» ldap1 slapd[«dig4:p»]: conn=«dig4:c» fd=«dig2:f» ACCEPT from IP=10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:q» (IP=0.0.0.0:636)
«@Jan|Feb» 1«dig1:d» 10:«mm:m»:«mm:s» ldap1 slapd[«dig4:p»]: conn=«dig4:c» op=0 BIND dn="cn=wandb-bind,ou=svc,dc=example,dc=org" method=128
«@Jan|Feb» 1«dig1:d» 10:«mm:m»:«mm:s» ldap1 slapd[«dig4:p»]: conn=«dig4:c» op=0 BIND dn="cn=wandb-bind,ou=svc,dc=example,dc=org" mech=SIMPLE bind_ssf=0 ssf=256
«@Jan|Feb» 1«dig1:d» 10:«mm:m»:«mm:s» ldap1 slapd[«dig4:p»]: conn=«dig4:c» op=0 RESULT tag=97 err=0 qtime=0.000012 etime=0.000«dig3:e» text=
""")
N("neg_python_ldap_trace_search_args_filter", S_PYLDAP, r"""
*** <ldap.ldapobject.SimpleLDAPObject object at 0x7f«hex10:o»> ldaps://ldap.example.org:636 - SimpleLDAPObject.search_ext
(('ou=people,dc=example,dc=org', 2, '(&(objectClass=person)(uid=«lc8:u»))', ['uid', 'mail', 'memberOf'], 0, None, None, -1, 0), {})
=> result:
«dig1:m»
""")
N("neg_ldif_user_entry_ssh_public_key_and_uuid", S_SLAPD, r"""
dn: uid=«lc8:u»,ou=people,dc=example,dc=org
objectClass: inetOrgPerson
entryUUID: «uuid:e»
sshPublicKey: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64s43:pk» «lc8:u»@laptop
userPassword:: e1NBU0x9
""")
# ---- OIDC / OAuth2
N("neg_oauth2_proxy_debug_authorize_redirect_public_params", S_OAUTH2P, r"""
[«TG»] [oauthproxy.go:«dig3:l»] redirecting to https://sso.example.org/oauth2/authorize?approval_prompt=force&client_id=wandb&code_challenge=«b64u43:c»&code_challenge_method=S256&redirect_uri=https%3A%2F%2Fwandb.example.internal%2Foauth2%2Fcallback&response_type=code&scope=openid+email+profile&state=«b64u32:s»
""")
N("neg_oidc_discovery_document_endpoints_jwks_kid", S_OIDC, r"""
{"level":"debug","ts":«TE»,"logger":"auth.oidc","msg":"discovered provider","issuer":"https://sso.example.org/realms/wandb","token_endpoint":"https://sso.example.org/realms/wandb/protocol/openid-connect/token","jwks_uri":"https://sso.example.org/realms/wandb/protocol/openid-connect/certs","kid":"«b64u43:kid»","alg":"RS256"}
""")
N("neg_oidc_token_response_logged_with_tokens_redacted", S_OIDC, r"""
{"level":"debug","ts":«TE»,"logger":"auth.oidc","msg":"token response","status":200,"body":"{\"access_token\":\"[redacted]\",\"id_token\":\"[redacted]\",\"token_type\":\"Bearer\",\"expires_in\":300,\"scope\":\"openid email\"}"}
""")
N("neg_oauth_device_authorization_response_user_code", "https://www.rfc-editor.org/rfc/rfc8628#section-3.2", r"""
«TL» DEBUG device-flow start: 200 {"device_code_expires_in":600,"user_code":"«uc4:a»-«uc4:b»","verification_uri":"https://sso.example.org/device","interval":5}
«TL» INFO  Open https://sso.example.org/device and enter code «uc4:a»-«uc4:b»
""")
N("neg_dex_debug_connector_login_ids", S_DEX, r"""
time="«T»" level=debug msg="auth request created" id=«lc25:id» client_id=wandb connector_id=keycloak
time="«T»" level=info msg="login successful: connector \"keycloak\", username=\"«lc8:u»\", preferred_username=\"«lc8:u»\", email=\"«lc8:u»@example.com\", groups=[\"ml-team\"]"
""")
# ---- misc platforms that mask
N("neg_mongod_log_create_user_pwd_redacted", S_MONGO_LOG, r"""
{"t":{"$date":"«T»"},"s":"I","c":"COMMAND","id":51803,"ctx":"conn«dig3:c»","msg":"Slow query","attr":{"type":"command","ns":"admin.$cmd","command":{"createUser":"wandb","pwd":"xxx","roles":[{"role":"readWrite","db":"wandb"}],"$db":"admin"},"durationMillis":«dig3:d»}}
""")
N("neg_dockerd_debug_auth_form_data_password_masked", S_DOCKERD, r"""
time="«T»" level=debug msg="Calling POST /v1.43/auth"
time="«T»" level=debug msg="form data: {\"password\":\"*****\",\"serveraddress\":\"registry.example.internal\",\"username\":\"deploy\"}"
time="«T»" level=debug msg="attempting v2 login to registry endpoint https://registry.example.internal/v2/"
""")
N("neg_pip_verbose_index_url_password_masked", S_PIP, r"""
Using pip 23.3.2 from /usr/local/lib/python3.11/site-packages/pip (python 3.11)
Looking in indexes: https://deploy:****@pypi.example.internal/simple
Created temporary directory: /tmp/pip-unpack-«lc8:t»
1 location(s) to search for versions of wandb:
* https://pypi.example.internal/simple/wandb/
""")
N("neg_authorization_scheme_names_www_authenticate", "https://www.rfc-editor.org/rfc/rfc9110#name-www-authenticate", r"""
< HTTP/1.1 401 Unauthorized
< WWW-Authenticate: Bearer realm="wandb", error="invalid_token", error_description="The access token expired"
< WWW-Authenticate: Basic realm="wandb", charset="UTF-8"
< X-Request-Id: «uuid:r»
< Content-Length: 0
""")
N("neg_presigned_url_signed_headers_content_sha_only", S_SIGV4, r"""
«TL» DEBUG upload: PUT https://wandb-bucket.s3.us-east-1.amazonaws.com/«lc8:e»/«hex32:o» x-amz-content-sha256=«hex64:c» x-amz-checksum-sha256=«b64s43:k»= content-md5=«b64s22:m»== signed-headers=content-md5;host;x-amz-content-sha256;x-amz-date
""")
S_DUMPIO = "https://httpd.apache.org/docs/2.4/mod/mod_dumpio.html"
S_HAPROXY_BODY = "https://docs.haproxy.org/2.8/configuration.html#4.2-option%20http-buffer-request"
S_VARNISHLOG = "https://varnish-cache.org/docs/trunk/reference/vsl.html"
S_RUBY_NETHTTP = "https://docs.ruby-lang.org/en/3.3/Net/HTTP.html#method-i-set_debug_output"
S_FARADAY = "https://lostisland.github.io/faraday/#/middleware/included/logging"
S_REQWEST = "https://docs.rs/reqwest/latest/reqwest/struct.ClientBuilder.html#method.connection_verbose"
S_VAULT_CURL = "https://developer.hashicorp.com/vault/docs/commands#output-curl-string"
S_ANSIBLE = "https://docs.ansible.com/ansible/latest/reference_appendices/logging.html"
S_ES_TRACE = "https://elasticsearch-py.readthedocs.io/en/v7.17.9/#logging"
S_LIBPQ_TRACE = "https://www.postgresql.org/docs/current/libpq-control.html#LIBPQ-PQTRACE"
S_PGAUDIT = "https://github.com/pgaudit/pgaudit#format"
S_AZ_DEBUG = "https://learn.microsoft.com/en-us/cli/azure/use-azure-cli-successfully-troubleshooting#the---debug-argument"
S_GCLOUD_SECRETS = "https://cloud.google.com/secret-manager/docs/reference/rest/v1/projects.secrets.versions/access"
S_K8S_AUDIT = "https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/"
S_MC_TRACE = "https://min.io/docs/minio/linux/reference/minio-mc-admin/mc-admin-trace.html"
S_CELERY = "https://docs.celeryq.dev/en/stable/userguide/workers.html#starting-the-worker"
S_LAUNCH = "https://docs.wandb.ai/guides/launch/setup-agent-advanced"
S_WIN_HTTP = "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest"

P("apache_mod_dumpio_trace7_dumpio_in_authorization", S_DUMPIO, r"""
[«@Tue|Wed|Thu» Jan 1«dig1:d» 10:«mm:m»:«mm:s».«dig6:u» 2025] [dumpio:trace7] [pid «dig4:p»] mod_dumpio.c(103): [client 10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:q»] mod_dumpio:  dumpio_in (data-HEAP): «dig3:n» bytes
[«@Tue|Wed|Thu» Jan 1«dig1:d» 10:«mm:m»:«mm:s».«dig6:u» 2025] [dumpio:trace7] [pid «dig4:p»] mod_dumpio.c(63): [client 10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:q»] mod_dumpio:  dumpio_in (data-HEAP): GET /server-status HTTP/1.1\r\n
[«@Tue|Wed|Thu» Jan 1«dig1:d» 10:«mm:m»:«mm:s».«dig6:u» 2025] [dumpio:trace7] [pid «dig4:p»] mod_dumpio.c(63): [client 10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:q»] mod_dumpio:  dumpio_in (data-HEAP): Authorization: Basic «!pw14:p|basic:status»\r\n
""")
P("apache_mod_dumpio_dumpio_in_form_body_password", S_DUMPIO, r"""
[«@Tue|Wed|Thu» Jan 1«dig1:d» 10:«mm:m»:«mm:s».«dig6:u» 2025] [dumpio:trace7] [pid «dig4:p»] mod_dumpio.c(63): [client 10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:q»] mod_dumpio:  dumpio_in (data-HEAP): Content-Type: application/x-www-form-urlencoded\r\n
[«@Tue|Wed|Thu» Jan 1«dig1:d» 10:«mm:m»:«mm:s».«dig6:u» 2025] [dumpio:trace7] [pid «dig4:p»] mod_dumpio.c(63): [client 10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:q»] mod_dumpio:  dumpio_in (data-HEAP): username=admin&password=«!pw16:p»&login=Sign+in
""")
P("haproxy_log_captured_request_body_form", S_HAPROXY_BODY, r"""
«@Jan|Feb» 1«dig1:d» 10:«mm:m»:«mm:s» lb-1 haproxy[«dig4:p»]: 10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:cp» [1«dig1:d»/Jan/2025:10:«mm:m»:«mm:s».«dig3:ms»] fe_https~ be_sso/sso1 0/0/1/«dig2:tr»/«dig2:ta» 302 «dig3:b» - - ---- 4/4/0/0/0 0/0 {grant_type=password&username=svc-wandb&password=«!pw16:p»&client_id=wandb} "POST /oauth2/token HTTP/1.1"
""")
P("varnishlog_reqheader_authorization_and_cookie_tags", S_VARNISHLOG, r"""
*   << Request  >> «dig5:x»
-   Begin          req «dig5:y» rxreq
-   ReqMethod      GET
-   ReqURL         /api/v1/viewer
-   ReqProtocol    HTTP/1.1
-   ReqHeader      Host: wandb.example.internal
-   ReqHeader      Authorization: Bearer «!an40:t»
-   ReqHeader      Cookie: wandb_session=«!b64u44:c»
-   VCL_call       RECV
""")
P("varnishlog_bereqheader_unset_after_copy_token", S_VARNISHLOG, r"""
*   << BeReq    >> «dig5:x»
-   BereqMethod    POST
-   BereqURL       /graphql
-   BereqHeader    X-Api-Key: «!hex40:k»
-   BereqHeader    X-Forwarded-For: 10.«dig2:a».«dig2:b».«dig2:c»
-   BereqUnset     Cookie: theme=dark
""")
P("ruby_net_http_set_debug_output_request_bytes", S_RUBY_NETHTTP, r"""
opening connection to sso.example.org:443...
opened
starting SSL for sso.example.org:443...
SSL established, protocol: TLSv1.3, cipher: TLS_AES_256_GCM_SHA384
<- "POST /oauth2/token HTTP/1.1\r\nAccept-Encoding: gzip;q=1.0,deflate;q=0.6,identity;q=0.3\r\nAccept: */*\r\nUser-Agent: Ruby\r\nAuthorization: Basic «!an32:s|basic:wandb-importer»\r\nContent-Type: application/x-www-form-urlencoded\r\nHost: sso.example.org\r\nContent-Length: 29\r\n\r\n"
<- "grant_type=client_credentials"
-> "HTTP/1.1 200 OK\r\n"
""")
P("ruby_net_http_debug_output_response_body_read", S_RUBY_NETHTTP, r"""
-> "Content-Type: application/json\r\n"
-> "Content-Length: «dig3:l»\r\n"
-> "\r\n"
reading «dig3:l» bytes...
-> "{\"access_token\":\"«!an40:a»\",\"token_type\":\"bearer\",\"expires_in\":7200,\"refresh_token\":\"«!an40:r»\",\"created_at\":17«dig8:c»}"
read «dig3:l» bytes
Conn keep-alive
""")
P("faraday_logger_headers_quoted_authorization", S_FARADAY, r"""
I, [«T» #«dig4:p»]  INFO -- request: POST https://wandb.example.internal/graphql
I, [«T» #«dig4:p»]  INFO -- request: User-Agent: "Faraday v2.9.0"
Authorization: "Bearer «!an40:t»"
Content-Type: "application/json"
I, [«T» #«dig4:p»]  INFO -- response: Status 200
""")
P("faraday_logger_bodies_request_json_password", S_FARADAY, r"""
I, [«T» #«dig4:p»]  INFO -- request: POST https://grafana.example.internal/api/admin/users
I, [«T» #«dig4:p»]  INFO -- request: {"name":"wandb-sync","login":"wandb-sync","password":"«!pw16:p»","email":"wandb-sync@example.com"}
I, [«T» #«dig4:p»]  INFO -- response: Status 200
""")
P("rust_reqwest_connection_verbose_write_bytes", S_REQWEST, r"""
«T» TRACE reqwest::connect::verbose: «hex8:c» write: b"POST /api/v1/runs HTTP/1.1\r\ncontent-type: application/json\r\nauthorization: Bearer «!an40:t»\r\naccept: */*\r\nhost: wandb.example.internal\r\ncontent-length: «dig2:l»\r\n\r\n"
«T» TRACE reqwest::connect::verbose: «hex8:c» read: b"HTTP/1.1 201 Created\r\ncontent-type: application/json\r\n"
""")
P("vault_output_curl_string_body_password", S_VAULT_CURL, r"""
$ vault write -output-curl-string auth/userpass/users/wandb password=«!pw16:p» policies=wandb-read
curl -X PUT -H "X-Vault-Request: true" -H "X-Vault-Token: $(vault print token)" -d '{"password":"«!pw16:p»","policies":"wandb-read"}' https://vault.example.internal:8200/v1/auth/userpass/users/wandb
""")
P("ansible_vvvv_uri_module_invocation_headers_bearer", S_ANSIBLE, r"""
ok: [wandb-1] => {
    "changed": false,
    "invocation": {
        "module_args": {
            "body_format": "json",
            "headers": {
                "Authorization": "Bearer «!an40:t»"
            },
            "method": "POST",
            "url": "https://wandb.example.internal/api/v1/admin/users",
            "url_password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER",
""")
P("elasticsearch_py_trace_logger_curl_command_body", S_ES_TRACE, r"""
«TL» elasticsearch.trace INFO curl -H 'Content-Type: application/json' -XPOST 'http://localhost:9200/_security/user/wandb-logs?pretty' -d '{
  "password": "«!pw18:p»",
  "roles": [
    "wandb_writer"
  ]
}'
«TL» elasticsearch.trace DEBUG #[200] ({"created": true})
""")
P("libpq_pqtrace_password_message_cleartext", S_LIBPQ_TRACE, r"""
«TS»000	F	«dig2:l»	StartupMessage	 3 0 "user" "wandb" "database" "wandb_local" "application_name" "psql"
«TS»000	B	8	AuthenticationCleartextPassword	 
«TS»000	F	«dig2:m»	PasswordMessage	 "«!pw18:p»"
«TS»000	B	8	AuthenticationOk	 
""")
P("pgaudit_session_log_alter_role_password_csv", S_PGAUDIT, r"""
«TS» UTC [«dig5:p»]: [«dig1:l»-1] user=postgres,db=postgres,app=psql,client=[local] LOG:  AUDIT: SESSION,1,1,ROLE,ALTER ROLE,,,"ALTER ROLE wandb WITH LOGIN PASSWORD '«!pw18:p»' VALID UNTIL '2026-01-01'",<not logged>
""")
P("az_cli_debug_response_content_storage_account_keys", S_AZ_DEBUG, r"""
cli.azure.cli.core.sdk.policies: Response status: 200
cli.azure.cli.core.sdk.policies: Response headers:
cli.azure.cli.core.sdk.policies:     'x-ms-request-id': '«uuid:r»'
cli.azure.cli.core.sdk.policies: Response content:
cli.azure.cli.core.sdk.policies: {"keys":[{"creationTime":"«T»","keyName":"key1","value":"«!b64s86:k1»==","permissions":"FULL"},{"creationTime":"«T»","keyName":"key2","value":"«!b64s86:k2»==","permissions":"FULL"}]}
""")
P("gcloud_log_http_secret_manager_access_payload_data_b64", S_GCLOUD_SECRETS, r"""
---- response start ----
status: 200
-- headers start --
content-type: application/json; charset=UTF-8
-- headers end --
-- body start --
{"name":"projects/«dig12:pn»/secrets/wandb-mysql-password/versions/«dig1:v»","payload":{"data":"«!pw20:p|b64w:~»","dataCrc32c":"«dig10:c»"}}
-- body end --
""")
P("k8s_audit_log_request_object_tokenreview_spec_token", S_K8S_AUDIT, r"""
{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Request","auditID":"«uuid:a»","stage":"ResponseComplete","requestURI":"/apis/authentication.k8s.io/v1/tokenreviews","verb":"create","user":{"username":"system:serviceaccount:kube-system:metrics-server","groups":["system:serviceaccounts"]},"sourceIPs":["10.«dig2:a».«dig2:b».«dig2:c»"],"objectRef":{"resource":"tokenreviews","apiGroup":"authentication.k8s.io","apiVersion":"v1"},"requestObject":{"kind":"TokenReview","apiVersion":"authentication.k8s.io/v1","metadata":{"creationTimestamp":null},"spec":{"token":"%JH%«!jwtb:t»","audiences":["https://kubernetes.default.svc"]},"status":{"user":{}}}}
""")
P("mc_admin_trace_verbose_request_security_token_header", S_MC_TRACE, r"""
«T» [REQUEST s3.GetObject] [«dig16:rid»] [«T»]
«T» GET /wandb/«lc8:e»/«hex32:o»
«T» Proto: HTTP/1.1
«T» Host: minio.wandb.svc:9000
«T» X-Amz-Content-Sha256: UNSIGNED-PAYLOAD
«T» X-Amz-Security-Token: «!b64u300:st»
«T» User-Agent: MinIO (linux; amd64) minio-go/v7.0.66
""")
P("wandb_launch_agent_debug_docker_run_env_api_key", S_LAUNCH, r"""
«TL» DEBUG   MainThread:«dig4:t» [agent.py:thread_run_job():«dig3:l»] launching run: docker run --rm -e WANDB_BASE_URL=https://wandb.example.internal -e WANDB_API_KEY=local-«!hex40:k» -e WANDB_PROJECT=«lc8:p» -e WANDB_LAUNCH=True --gpus all wandb-launch/«lc8:i»:«hex12:tag»
""")
P("powershell_invoke_webrequest_verbose_headers_hashtable_dump", S_WIN_HTTP, r"""
PS C:\ops> $headers
Name                           Value
----                           -----
Authorization                  Bearer «!an40:t»
X-Request-Id                   «uuid:r»
PS C:\ops> Invoke-RestMethod -Uri https://wandb.example.internal/api/v1/viewer -Headers $headers -Verbose
VERBOSE: GET with 0-byte payload
""")
P("curl_v_http1_cookie_request_and_set_cookie_refresh", S_CURL_V, r"""
> POST /api/auth/refresh HTTP/1.1
> Host: wandb.example.internal
> Cookie: refresh_token=«!an48:r»
> Content-Length: 0
> 
< HTTP/1.1 200 OK
< Set-Cookie: access_token=«!an48:a»; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=900
""")
P("ngrep_W_byline_obs_fold_authorization_continuation_line", "https://www.rfc-editor.org/rfc/rfc9112#name-obsolete-line-folding", r"""
T «dig2:a».«dig2:b».«dig2:c».«dig2:d»:5«dig4:p» -> 10.«dig2:e».«dig2:f».«dig2:g».«dig2:h»:80 [AP] #«dig2:n»
GET /metrics/federate HTTP/1.1
Host: prometheus.example.internal
Authorization: Bearer
 «!an40:t»
Accept: */*
""")
P("tshark_verbose_smtp_auth_username_password_fields", S_TSHARK, r"""
Simple Mail Transfer Protocol
    Command Line: AUTH LOGIN\r\n
        Command: AUTH
        Req parameter: LOGIN
    Username: wandb-alerts
    Password: «!pw16:p»
""")
P("tshark_verbose_ftp_pass_request_arg", S_TSHARK, r"""
File Transfer Protocol (FTP)
    PASS «!pw14:p»\r\n
        Request command: PASS
        Request arg: «!pw14:p»
[Current working directory: ]
""")
P("tshark_verbose_pgsql_password_message", S_TSHARK, r"""
PostgreSQL
    Type: Password message
    Length: «dig2:l»
    Password: «!pw18:p»
""")
P("tshark_verbose_mysql_login_request_hashed_client_auth", S_TSHARK, r"""
MySQL Protocol
    Packet Length: «dig3:l»
    Packet Number: 1
    Login Request
        Client Capabilities: 0xa685
        Username: wandb
        Password: «!hex40:h»
        Schema: wandb_local
        Client Auth Plugin: mysql_native_password
""")
P("ngrep_W_byline_post_json_password_match_expression", "https://github.com/jpr5/ngrep/blob/master/ngrep.8", r"""
interface: eth0 (10.«dig2:a».0.0/255.255.0.0)
filter: ( port 8080 ) and ((ip || ip6) || (vlan && (ip || ip6)))
match: password
#
T 10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:p» -> 10.«dig2:a».«dig2:d».«dig2:e»:8080 [AP] #«dig2:n»
POST /api/v1/users HTTP/1.1.
Host: wandb-app:8080.
Content-Type: application/json.
.
{"username":"«lc8:u»","password":"«!pw16:p»","admin":false}
""")
P("kubectl_set_env_list_debug_deployment_oidc_secret", "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_set/kubectl_set_env/", r"""
$ kubectl set env deployment/wandb --list -n wandb
# Deployment wandb, container wandb
GORILLA_DEBUG=true
GORILLA_LOG_LEVEL=debug
OIDC_ISSUER=https://sso.example.org/realms/wandb
OIDC_CLIENT_ID=wandb
OIDC_SECRET=«!an32:s»
""")

# ---- more negatives
N("neg_apache_mod_dumpio_headers_no_auth", S_DUMPIO, r"""
[«@Tue|Wed|Thu» Jan 1«dig1:d» 10:«mm:m»:«mm:s».«dig6:u» 2025] [dumpio:trace7] [pid «dig4:p»] mod_dumpio.c(63): [client 10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:q»] mod_dumpio:  dumpio_in (data-HEAP): GET /static/js/main.«hex8:h».js HTTP/1.1\r\n
[«@Tue|Wed|Thu» Jan 1«dig1:d» 10:«mm:m»:«mm:s».«dig6:u» 2025] [dumpio:trace7] [pid «dig4:p»] mod_dumpio.c(63): [client 10.«dig2:a».«dig2:b».«dig2:c»:5«dig4:q»] mod_dumpio:  dumpio_in (data-HEAP): If-None-Match: "«hex16:e»-«hex5:f»"\r\n
""")
N("neg_varnishlog_reqheader_ids_and_hash", S_VARNISHLOG, r"""
-   ReqHeader      X-Request-Id: «uuid:r»
-   ReqUnset       Cookie: _ga=GA1.1.«dig9:g».«dig10:h»
-   Hash           "/static/js/main.«hex8:h».js%00"
-   VCL_return     lookup
-   Hit            «dig5:x» «dig3:ttl».«dig6:u» 10.000000 0.000000
""")
N("neg_ansible_vvvv_uri_module_no_log_values", S_ANSIBLE, r"""
ok: [wandb-«dig1:n»] => {
    "changed": false,
    "invocation": {
        "module_args": {
            "force_basic_auth": true,
            "url": "https://wandb.example.internal/api/v1/admin/users/«lc8:u»",
            "url_password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER",
            "url_username": "admin",
""")
N("neg_vault_output_curl_string_token_subshell", S_VAULT_CURL, r"""
$ vault kv get -output-curl-string secret/wandb/«lc8:p»
curl -H "X-Vault-Request: true" -H "X-Vault-Token: $(vault print token)" https://vault.example.internal:8200/v1/secret/data/wandb/«lc8:p»
""")
N("neg_libpq_pqtrace_sasl_scram_client_first_nonce", S_LIBPQ_TRACE, r"""
«TS»000	B	23	AuthenticationSASL	 10 SCRAM-SHA-256 
«TS»000	F	55	SASLInitialResponse	 "SCRAM-SHA-256" 32 'n,,n=,r=«b64s24:n»'
«TS»000	B	«dig2:l»	AuthenticationSASLContinue	 11 'r=«b64s24:n»«b64s24:sn»,s=«b64s24:salt»,i=4096'
""")
N("neg_pgaudit_session_log_select_parameters_not_logged", S_PGAUDIT, r"""
«TS» UTC [«dig5:p»]: [«dig1:l»-1] user=wandb,db=wandb_local,app=gorilla,client=10.«dig2:a».«dig2:b».«dig2:c» LOG:  AUDIT: SESSION,«dig2:s»,1,READ,SELECT,,,"SELECT id, api_key_hash FROM api_keys WHERE key_prefix = $1",<not logged>
""")
N("neg_az_cli_debug_request_headers_authorization_masked", S_AZ_DEBUG, r"""
cli.azure.cli.core.sdk.policies: Request URL: 'https://management.azure.com/subscriptions/«uuid:s»/resourceGroups/wandb-rg/providers/Microsoft.Storage/storageAccounts/wandb«lc8:a»/listKeys?api-version=2023-01-01'
cli.azure.cli.core.sdk.policies: Request method: 'POST'
cli.azure.cli.core.sdk.policies: Request headers:
cli.azure.cli.core.sdk.policies:     'Authorization': '*****'
cli.azure.cli.core.sdk.policies:     'x-ms-client-request-id': '«uuid:c»'
""")
N("neg_k8s_audit_log_metadata_level_secret_get", S_K8S_AUDIT, r"""
{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"«uuid:a»","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/wandb/secrets/wandb-mysql","verb":"get","user":{"username":"system:serviceaccount:wandb:wandb-app"},"sourceIPs":["10.«dig2:a».«dig2:b».«dig2:c»"],"objectRef":{"resource":"secrets","namespace":"wandb","name":"wandb-mysql","apiVersion":"v1"},"responseStatus":{"code":200},"annotations":{"authorization.k8s.io/decision":"allow"}}
""")
N("neg_celery_worker_banner_broker_password_masked", S_CELERY, r"""
 -------------- celery@wandb-worker-«hex5:h» v5.3.6 (emerald-rush)
--- ***** ----- 
-- ******* ---- Linux-5.15.0-91-generic-x86_64-with-glibc2.36 «ymd:d» «hh:h»:«mm:m»:«mm:s»
- *** --- * --- 
- ** ---------- [config]
- ** ---------- .> app:         wandb_jobs:0x7f«hex10:o»
- ** ---------- .> transport:   amqp://wandb:**@rabbitmq.wandb.svc:5672//
- ** ---------- .> results:     redis://:**@redis.wandb.svc:6379/0
""")
N("neg_mc_admin_trace_verbose_headers_no_token", S_MC_TRACE, r"""
«T» [REQUEST s3.PutObject] [«dig16:rid»] [«T»]
«T» PUT /wandb/«lc8:e»/«hex32:o»
«T» Host: minio.wandb.svc:9000
«T» Content-Md5: «b64s22:m»==
«T» X-Amz-Content-Sha256: «hex64:c»
«T» X-Amz-Decoded-Content-Length: «dig6:l»
""")
N("neg_tshark_verbose_ftp_user_request_arg", S_TSHARK, r"""
File Transfer Protocol (FTP)
    USER «lc8:u»\r\n
        Request command: USER
        Request arg: «lc8:u»
[Current working directory: ]
""")
N("neg_tshark_verbose_pgsql_sasl_mechanism_list", S_TSHARK, r"""
PostgreSQL
    Type: Authentication request
    Length: 23
    Authentication type: SASL (10)
    SASL authentication mechanism: SCRAM-SHA-256
    [Frame: «dig3:f»]
""")
N("neg_powershell_headers_hashtable_without_auth", S_WIN_HTTP, r"""
PS C:\ops> $headers
Name                           Value
----                           -----
Accept                         application/json
X-Request-Id                   «uuid:r»
PS C:\ops> Invoke-RestMethod -Uri https://wandb.example.internal/api/v1/runs/«lc8:r» -Headers $headers -UseDefaultCredentials -Verbose
VERBOSE: GET with 0-byte payload
""")
N("neg_k8s_set_env_list_secret_refs", "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_set/kubectl_set_env/", r"""
# Deployment wandb, container wandb
GORILLA_DEBUG=true
OIDC_CLIENT_ID=wandb
# OIDC_SECRET from secret wandb-oidc, key client-secret
# MYSQL_PASSWORD from secret wandb-mysql-«lc5:s», key password
""")
S_ENVOY_FMT = "https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage#command-operators"
S_AXIOS = "https://axios-http.com/docs/handling_errors"
S_TOOLBELT = "https://toolbelt.readthedocs.io/en/latest/dumputils.html"
S_MYSQL_V = "https://dev.mysql.com/doc/refman/8.0/en/mysql-command-options.html#option_mysql_verbose"
S_REDIS_GETUSER = "https://redis.io/docs/latest/commands/acl-getuser/"
S_SENDMAIL = "https://www.sendmail.org/~ca/email/man/sendmail.html"
S_SPRING = "https://docs.spring.io/spring-framework/reference/web/webflux/reactive-spring.html#webflux-logging-sensitive-data"
S_NETLOG = "https://www.chromium.org/for-testers/providing-network-details/"
S_KCADM = "https://www.keycloak.org/docs/latest/server_admin/#_ldap"
S_DEVTOOLS_CONSOLE = "https://developer.chrome.com/docs/devtools/console/reference"

P("envoy_text_access_log_custom_format_req_authorization_column", S_ENVOY_FMT, r"""
[«T»] "POST /graphql HTTP/1.1" 200 - «dig3:rx» «dig4:tx» «dig2:d» «dig2:u» "10.«dig2:a».«dig2:b».«dig2:c»" "wandb/0.16.2" "«uuid:r»" "wandb.example.internal" "10.«dig2:e».«dig2:f».«dig2:g»:8080" auth="Basic «!hex40:k|basic:api»"
""")
P("axios_error_util_inspect_kOutHeaders_authorization", S_AXIOS, r"""
    _header: 'POST /api/v1/runs HTTP/1.1\r\n' +
      'Accept: application/json, text/plain, */*\r\n' +
      'Content-Type: application/json\r\n' +
      'Authorization: Bearer «!an40:t»\r\n' +
      'User-Agent: axios/1.6.5\r\n' +
      'Host: wandb.example.internal\r\n' +
      'Connection: close\r\n' +
      '\r\n',
""")
P("axios_error_config_headers_axiosheaders_object", S_AXIOS, r"""
AxiosError: Request failed with status code 403
    at settle (/app/node_modules/axios/dist/node/axios.cjs:1966:12) {
  code: 'ERR_BAD_REQUEST',
  config: {
    headers: Object [AxiosHeaders] {
      Accept: 'application/json, text/plain, */*',
      'X-Api-Key': '«!hex40:k»',
      'User-Agent': 'axios/1.6.5',
""")
P("requests_toolbelt_dump_all_request_prefix_lines", S_TOOLBELT, r"""
< POST /api/v1/admin/license HTTP/1.1
< Host: wandb.example.internal
< User-Agent: python-requests/2.31.0
< Authorization: Bearer «!an40:t»
< Content-Type: application/json
< 
< {"license": "«!b64u120:l»"}
> HTTP/1.1 200 OK
""")
P("mysql_client_verbose_batch_statement_echo_create_user", S_MYSQL_V, r"""
$ mysql -vvv -u root < /docker-entrypoint-initdb.d/01-wandb.sql
--------------
CREATE USER IF NOT EXISTS 'wandb_local'@'%' IDENTIFIED BY '«!pw18:p»'
--------------

Query OK, 0 rows affected (0.0«dig1:t» sec)
""")
P("redis_cli_acl_getuser_passwords_hash_array", S_REDIS_GETUSER, r"""
127.0.0.1:6379> ACL GETUSER wandb
 1) "flags"
 2) 1) "on"
 3) "passwords"
 4) 1) "«!hex64:h»"
 5) "commands"
 6) "+@all -@dangerous"
 7) "keys"
 8) "~wandb:*"
""")
P("sendmail_v_transcript_auth_plain_triple_angle", S_SENDMAIL, r"""
250-AUTH PLAIN LOGIN
250 HELP
>>> AUTH PLAIN «!pw16:p|b64p:smarthost-user»
235 2.0.0 OK Authenticated
>>> MAIL From:<wandb@example.internal> SIZE=«dig4:s» AUTH=wandb@example.internal
""")
P("spring_webclient_debug_form_fields_logging_request_details", S_SPRING, r"""
«TS» DEBUG 1 --- [ctor-http-nio-2] o.s.w.r.f.client.ExchangeFunctions       : [«hex8:i»] HTTP POST https://sso.example.org/oauth2/token
«TS» DEBUG 1 --- [ctor-http-nio-2] o.s.http.codec.FormHttpMessageWriter     : [«hex8:i»] Writing form fields {grant_type=[authorization_code], code=[«!an32:c»], redirect_uri=[https://wandb.example.internal/login/oauth2/code/keycloak], client_id=[wandb], client_secret=[«!an40:s»]}
«TS» DEBUG 1 --- [ctor-http-nio-2] o.s.w.r.f.client.ExchangeFunctions       : [«hex8:i»] [«hex8:j»-1] Response 200 OK
""")
P("chrome_netlog_json_request_headers_with_credentials", S_NETLOG, r"""
{"params":{"headers":[":method: POST",":authority: wandb.example.internal",":scheme: https",":path: /graphql","content-type: application/json","authorization: Bearer «!an40:t»","cookie: wandb_session=«!b64u44:c»"]},"phase":0,"source":{"id":«dig5:s»,"start_time":"«dig9:st»","type":1},"time":"«dig9:t»","type":«dig3:ty»},
""")
P("chrome_console_document_cookie_string_output", S_DEVTOOLS_CONSOLE, r"""
> document.cookie
< '_ga=GA1.1.«dig9:g».«dig10:h»; wandb_session=«!b64u44:c»; theme=dark'
> localStorage.getItem('wandb:lastProject')
< '«lc8:p»'
""")
P("firefox_console_export_network_request_basic_url_userinfo", S_DEVTOOLS_CONSOLE, r"""
GET https://grafana:«!pw14:p»@grafana.example.internal/api/health
[HTTP/2 200 OK «dig2:ms»ms]
Credentials in URLs are not supported in fetch; the request was retried without them. main.«hex8:h».js:1:«dig5:c»
""")
P("go_resty_debug_request_basic_auth_header_line", S_RESTY, r"""
~~~ REQUEST ~~~
GET  /api/v1/admin/status  HTTP/1.1
HOST   : wandb.example.internal
HEADERS:
	Authorization: Basic «!pw16:p|basic:admin»
	User-Agent: go-resty/2.11.0 (https://github.com/go-resty/resty)
BODY   :
***** NO CONTENT *****
""")

N("neg_spring_form_fields_content_masked", S_SPRING, r"""
«TS» DEBUG 1 --- [ctor-http-nio-2] o.s.w.r.f.client.ExchangeFunctions       : [«hex8:i»] HTTP POST https://sso.example.org/oauth2/token
«TS» DEBUG 1 --- [ctor-http-nio-2] o.s.http.codec.FormHttpMessageWriter     : [«hex8:i»] Writing form fields [grant_type, code, redirect_uri, client_id, client_secret] (content masked)
«TS» DEBUG 1 --- [ctor-http-nio-2] o.s.w.r.f.client.ExchangeFunctions       : [«hex8:i»] [«hex8:j»-1] Response 200 OK
""")
N("neg_chrome_netlog_headers_value_stripped", S_NETLOG, r"""
{"params":{"headers":[":method: POST",":authority: wandb.example.internal",":path: /graphql","authorization: [«dig2:n» bytes were stripped]","cookie: [«dig2:m» bytes were stripped]"]},"phase":0,"source":{"id":«dig5:s»,"start_time":"«dig9:st»","type":1},"time":"«dig9:t»","type":«dig3:ty»},
""")
N("neg_keycloak_kcadm_ldap_component_bind_credential_masked", S_KCADM, r"""
  "providerId" : "ldap",
  "providerType" : "org.keycloak.storage.UserStorageProvider",
  "parentId" : "«uuid:p»",
  "config" : {
    "bindDn" : [ "cn=keycloak,ou=svc,dc=example,dc=org" ],
    "bindCredential" : [ "**********" ],
    "connectionUrl" : [ "ldaps://ldap.example.org:636" ],
    "usersDn" : [ "ou=people,dc=example,dc=org" ],
""")
N("neg_axios_error_config_headers_no_auth", S_AXIOS, r"""
AxiosError: timeout of 10000ms exceeded
    at RedirectableRequest.handleRequestTimeout (/app/node_modules/axios/dist/node/axios.cjs:3122:16) {
  code: 'ECONNABORTED',
  config: {
    headers: Object [AxiosHeaders] {
      Accept: 'application/json, text/plain, */*',
      'X-Request-Id': '«uuid:r»',
      'User-Agent': 'axios/1.6.5',
""")


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
