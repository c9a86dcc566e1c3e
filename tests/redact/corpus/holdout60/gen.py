#!/usr/bin/env python3
"""holdout60: sealed held-out set for the wbdiag secret redactor.

Focus: the browser side of a self-hosted web app (HAR, console, DevTools copies,
frontend error tracking, storage dumps, API-client exports).
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

SEED = 6060_1207
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


# ---------------------------------------------------------------- sources
SRC = {
    "har": "http://www.softwareishard.com/blog/har-12-spec/ (HAR 1.2 spec: log.entries[].request.headers/cookies/queryString/postData.params, response.redirectURL, content.text)",
    "safari_curl": "https://everything.curl.dev/cmdline/copyas.html (Copy as curl from Firefox, Chrome/Edge, Safari)",
    "ff_curl": "https://searchfox.org/mozilla-central/source/devtools/client/shared/curl.js (Firefox Copy as cURL POSIX / Windows, escapeStringWin)",
    "ff_ps": "https://firefox-source-docs.mozilla.org/devtools-user/network_monitor/request_list/ (Copy as PowerShell / Copy as Fetch)",
    "playwright": "https://playwright.dev/docs/api/class-apirequestcontext (APIRequestContext errors with 'Call log:')",
    "cypress": "https://docs.cypress.io/api/commands/request + github.com/cypress-io/cypress/issues/324 (cy.request failure: 'The request we sent was' Method/URL/Headers/Body)",
    "burp": "https://portswigger.net/burp/documentation/desktop/tools/proxy/http-history (Save items: XML <item> with <request base64=...>)",
    "chrome_console": "https://developer.chrome.com/docs/devtools/console/reference (console messages, network messages, Preserve log 'Navigated to')",
    "ff_console": "https://firefox-source-docs.mozilla.org/devtools-user/web_console/console_messages/ (network XHR lines, CORS errors)",
    "safari_console": "https://webkit.org/web-inspector/console-tab/ ([Error]/[Log] prefixes, Fetch API cannot load ... due to access control checks)",
    "oidc_client_ts": "https://authts.github.io/oidc-client-ts/ (WebStorageStateStore, oidc.user:<authority>:<client_id>, signin state with code_verifier)",
    "msal_browser": "https://learn.microsoft.com/entra/identity-platform/msal-js-sso + msal-browser cache docs (credential entities: RefreshToken secret)",
    "auth0_spa": "https://auth0.github.io/auth0-spa-js/ (cacheLocation localstorage, @@auth0spajs@@ keys)",
    "firebase": "https://firebase.google.com/docs/auth/web/auth-state-persistence (firebaseLocalStorageDb, stsTokenManager)",
    "amplify": "https://docs.amplify.aws/javascript/build-a-backend/auth/ (CognitoIdentityServiceProvider.<clientId>.<user>.refreshToken keys)",
    "sentry_js": "https://develop.sentry.dev/sdk/data-model/event-payloads/ (request, breadcrumbs; envelope endpoint with sentry_key)",
    "sentry_replay": "https://docs.sentry.io/platforms/javascript/session-replay/configuration/ (networkDetailAllowUrls, networkCaptureBodies)",
    "dd_rum": "https://docs.datadoghq.com/real_user_monitoring/browser/data_collected/ (resource / error / view events; clientToken pub…)",
    "bugsnag": "https://docs.bugsnag.com/platforms/javascript/customizing-breadcrumbs/ (request breadcrumbs: metadata request/status)",
    "logrocket": "https://docs.logrocket.com/reference/identify (LogRocket.identify traits) + https://docs.logrocket.com/reference/network (requestSanitizer)",
    "posthog": "https://posthog.com/docs/data/autocapture ($current_url, $pathname properties)",
    "ga4": "https://developers.google.com/analytics/devguides/collection/protocol/ga4 (g/collect dl= document location)",
    "csp_report": "https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Security-Policy/report-uri (csp-report document-uri, blocked-uri)",
    "electron_log": "https://github.com/megahertz/electron-log (default format [{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text})",
    "chromium_log": "https://www.chromium.org/for-testers/enable-logging/ ([pid:MMDD/HHMMSS.mmm:LEVEL:file(line)] lines)",
    "electron_updater": "https://www.electron.build/auto-update (latest.yml sha512 / files)",
    "workbox": "https://developer.chrome.com/docs/workbox/troubleshooting-and-logging (workbox Router is responding to:, precache manifest revision)",
    "sw_internals": "chrome://serviceworker-internals (Console: {lineNumber, message, messageLevel, sourceIdentifier, sourceURL})",
    "graphql_ws": "https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md (connection_init payload, subscribe/next)",
    "socketio": "https://socket.io/docs/v4/socket-io-protocol/ (CONNECT packet 40 with auth payload)",
    "restclient": "https://github.com/Huachao/vscode-restclient (file variables @name = value, Basic auth user:pass, {{$dotenv}} / {{$processEnv}})",
    "jb_http": "https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html (http-requests-log.http history, <> response files)",
    "postman": "https://learning.postman.com/docs/sending-requests/variables/managing-environments/ (globals export, _postman_variable_scope) + newman README (--env-var, --global-var)",
    "insomnia": "https://docs.insomnia.rest/insomnia/import-export-data (Insomnia v5 YAML: type collection.insomnia.rest/5.0)",
    "bruno": "https://docs.usebruno.com/bru-cli/overview (bru run --env --env-var) + https://docs.usebruno.com/auth/oauth2 (collection.bru auth:oauth2)",
    "hoppscotch": "https://docs.hoppscotch.io/documentation/clients/cli/overview (hopp test -e env.json)",
    "s3_presign": "https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html (X-Amz-* query parameters) + sigv4-post-example (policy, x-amz-signature form fields)",
    "gcs_signed": "https://cloud.google.com/storage/docs/access-control/signed-urls (X-Goog-Algorithm … X-Goog-Signature)",
    "azure_sas": "https://learn.microsoft.com/rest/api/storageservices/create-service-sas (sv, se, sr, sp, sig)",
    "oidc": "https://openid.net/specs/openid-connect-core-1_0.html (authorization code / implicit fragment, state, nonce) + RFC 7636 PKCE",
    "saml": "https://docs.oasis-open.org/security/saml/v2.0/saml-bindings-2.0-os.pdf (HTTP-POST SAMLResponse, HTTP-Redirect SAMLRequest, RelayState)",
    "wandb": "https://docs.wandb.ai/guides/hosting/ (W&B Server: /graphql, API keys (40 hex), SSO with OIDC, signed bucket URLs)",
    "chrome_har_sanitized": "https://developer.chrome.com/blog/new-in-devtools-130 (Export HAR (sanitized) omits Cookie, Set-Cookie, Authorization)",
    "html": "https://html.spec.whatwg.org/ (outerHTML attribute escaping &amp;) + https://developer.mozilla.org/docs/Web/Security/Subresource_Integrity",
    "jwks": "https://datatracker.ietf.org/doc/html/rfc7517 (JWK Set: kty, kid, n, e)",
}

HOST = "«@wandb|wandb-prod|ml|wandb-local».«@acme|initech|globex|umbrella».example.com"
IDP = "«@sso|login|idp|auth».«@acme|initech|globex|umbrella».example.com"
ENT = "«@ml-team|vision|nlp-research|platform»"
PROJ = "«@llm-finetune|detector-v2|asr|recsys-ab»"
JWT = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6I«b64u30:kid»In0.eyJ«!b64u170:jp».«!b64u342:js»"
UA_CH = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/«@124|126|128|131».0.0.0 Safari/537.36"
UA_FF = "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:«@115|128|131».0) Gecko/20100101 Firefox/«@115|128|131».0"
UA_SA = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/«@17.4|17.6|18.1» Safari/605.1.15"
S3B = "«@wandb-artifacts|wb-runs|mlbucket»-«lc6:bk»"
AMZCRED = "AKIA«uc16:ak»%2F«ymd:d»%2Fus-east-1%2Fs3%2Faws4_request"


def jesc(s):
    """JSON-escape literal text, keep placeholders as they are."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def seg_map(s, fn):
    out, pos = [], 0
    for m in PH.finditer(s):
        out.append(fn(s[pos:m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(fn(s[pos:]))
    return "".join(out)


def win_esc(s):
    def f(t):
        t = t.replace("\\", "\\\\").replace('"', '\\"')
        t = re.sub(r"[^a-zA-Z0-9\s_\-:=+~'/.,?;()*`%\\]", lambda m: "^" + m.group(0), t)
        return re.sub(r"%(?=[a-zA-Z0-9_])", "%^", t)
    return '^"' + seg_map(s, f) + '^"'


def ps_esc(s):
    return seg_map(s, lambda t: t.replace("`", "``").replace('"', '`"').replace("$", "`$"))


# ---------------------------------------------------------------- request payloads
# each: method, url, headers [(name, value)], body, ctype, key (header name carrying the secret or None)
def Q(url):
    q = url.split("?", 1)[1] if "?" in url else ""
    return [tuple(p.split("=", 1)) for p in q.split("&") if p]


PAY_POS = {
    "wandb_basic_api_key_graphql": dict(
        method="POST", url="https://%s/graphql" % HOST,
        headers=[("Authorization", "Basic «!hex40:k|basic:api»"), ("Content-Type", "application/json")],
        body='{"operationName":"Viewer","variables":{},"query":"query Viewer { viewer { id username entity admin } }"}',
        key="Authorization", src="wandb"),
    "sso_bearer_access_jwt_graphql": dict(
        method="POST", url="https://%s/graphql" % HOST,
        headers=[("Authorization", "Bearer " + JWT), ("Content-Type", "application/json")],
        body='{"operationName":"ProjectRuns","variables":{"entityName":"%s","project":"%s","first":50},"query":"query ProjectRuns($entityName: String, $project: String, $first: Int) { project(name: $project, entityName: $entityName) { runs(first: $first) { edges { node { name state } } } } }"}' % (ENT, PROJ),
        key="Authorization", src="oidc"),
    "session_cookie_app_page": dict(
        method="GET", url="https://%s/%s/%s/runs/«lc8:run»?workspace=user-«@ana|bo|chen|dev»" % (HOST, ENT, PROJ),
        headers=[("Cookie", "_ga=GA1.1.«dig9:ga».«dig10:gt»; wandb_session=«!b64u48:sess»; wandb_csrf=«hex32:csrf»"), ("Accept", "text/html,application/xhtml+xml")],
        body=None, key="Cookie", src="wandb"),
    "oidc_callback_code_query": dict(
        method="GET", url="https://%s/oidc/callback?code=«!b64u43:code»&state=«b64u32:st»&session_state=«uuid:ss»" % HOST,
        headers=[("Referer", "https://%s/" % IDP), ("Accept", "text/html,application/xhtml+xml")],
        body=None, key=None, src="oidc"),
    "s3_presigned_get_artifact_file": dict(
        method="GET", url="https://%s.s3.us-east-1.amazonaws.com/wandb_artifacts/«dig9:aid»/«hex32:md»?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s&X-Amz-Date=«ymd:d»T«hms:t»Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=«!hex64:sig»" % (S3B, AMZCRED),
        headers=[("Origin", "https://%s" % HOST), ("Accept", "*/*")],
        body=None, key=None, src="s3_presign"),
    "azure_sas_get_media_blob": dict(
        method="GET", url="https://«@wbstore|mlblobs|wandbsa»«lc4:sa».blob.core.windows.net/wandb/%s/%s/«lc8:run»/media/images/val_«dig3:st».png?se=«ymd:d»T«hh:h»%%3A00%%3A00Z&sp=r&sv=2022-11-02&sr=b&sig=«!b64s43:sg|pct»%%3D" % (ENT, PROJ),
        headers=[("Origin", "https://%s" % HOST), ("Accept", "image/avif,image/webp,*/*")],
        body=None, key=None, src="azure_sas"),
    "local_login_password_json": dict(
        method="POST", url="https://%s/api/login" % HOST,
        headers=[("Content-Type", "application/json"), ("Accept", "application/json")],
        body='{"username":"«@admin|ana.ruiz|bo.li|ops»","password":"«!pw18:pw»","remember":true}',
        key=None, src="wandb"),
    "pkce_token_exchange_form": dict(
        method="POST", url="https://%s/oauth2/v1/token" % IDP,
        headers=[("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8"), ("Accept", "application/json")],
        body="grant_type=authorization_code&code=«!b64u43:code»&redirect_uri=https%%3A%%2F%%2F%s%%2Foidc%%2Fcallback&code_verifier=«!b64u64:ver»&client_id=«an20:cid»" % HOST,
        key=None, src="oidc"),
    "refresh_token_grant_form": dict(
        method="POST", url="https://%s/realms/«@wandb|corp|main»/protocol/openid-connect/token" % IDP,
        headers=[("Content-Type", "application/x-www-form-urlencoded"), ("Accept", "application/json")],
        body="grant_type=refresh_token&refresh_token=«!b64u96:rt»&client_id=wandb-web&scope=openid%20profile%20email",
        key=None, src="oidc"),
    "saml_post_acs_response": dict(
        method="POST", url="https://%s/sso/saml/acs" % HOST,
        headers=[("Content-Type", "application/x-www-form-urlencoded"), ("Origin", "https://%s" % IDP)],
        body="SAMLResponse=PHNhbWxwOlJlc3BvbnNl«!b64s220:sr|pct»&RelayState=«an24:rs»",
        key=None, src="saml"),
    "gcs_signed_get_run_file": dict(
        method="GET", url="https://storage.googleapis.com/«@wandb-prod|ml-artifacts|wb-files»-«lc6:bk»/%s/%s/«lc8:run»/output.log?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=wandb-signer%%40«@prj|ml|wb»-«lc6:pj».iam.gserviceaccount.com%%2F«ymd:d»%%2Fauto%%2Fstorage%%2Fgoog4_request&X-Goog-Date=«ymd:d»T«hms:t»Z&X-Goog-Expires=3600&X-Goog-SignedHeaders=host&X-Goog-Signature=«!hex512:gs»" % (ENT, PROJ),
        headers=[("Origin", "https://%s" % HOST), ("Accept", "*/*")],
        body=None, key=None, src="gcs_signed"),
}

PAY_NEG = {
    "graphql_run_query_trace_headers": dict(
        method="POST", url="https://%s/graphql" % HOST,
        headers=[("Content-Type", "application/json"), ("traceparent", "00-«hex32:tr»-«hex16:sp»-01"), ("X-Request-Id", "«uuid:rq»")],
        body='{"operationName":"Run","variables":{"entityName":"%s","projectName":"%s","runName":"«lc8:run»"},"query":"query Run($entityName: String, $projectName: String, $runName: String!) { project(name: $projectName, entityName: $entityName) { run(name: $runName) { id displayName state commit } } }"}' % (ENT, PROJ),
        key="traceparent"),
    "static_chunk_etag_cache_bust": dict(
        method="GET", url="https://%s/static/js/main.«hex8:h».chunk.js?v=«hex12:v»" % HOST,
        headers=[("If-None-Match", 'W/"«hex40:et»"'), ("Accept", "*/*")],
        body=None, key="If-None-Match"),
    "unsigned_media_content_hash_path": dict(
        method="GET", url="https://%s/files/%s/%s/«lc8:run»/media/images/sample_«dig2:s»_«hex20:h».png" % (HOST, ENT, PROJ),
        headers=[("If-Modified-Since", "Tue, «dd:d» Mar 2024 «hh:h»:«mm:m»:«mm:s» GMT"), ("Accept", "image/avif,image/webp,*/*")],
        body=None, key="If-Modified-Since"),
    "graphql_delete_api_key_node_id": dict(
        method="POST", url="https://%s/graphql" % HOST,
        headers=[("Content-Type", "application/json"), ("X-Origin", "https://%s" % HOST)],
        body='{"operationName":"DeleteApiKey","variables":{"id":"QXBpS2V5Om«an6:nid»="},"query":"mutation DeleteApiKey($id: String!) { deleteApiKey(input: {id: $id}) { success } }"}',
        key="Content-Type"),
    "sentry_trace_baggage_public_key": dict(
        method="GET", url="https://%s/api/v1/server-info?_=«dig13:cb»" % HOST,
        headers=[("sentry-trace", "«hex32:tr»-«hex16:sp»-1"), ("baggage", "sentry-environment=production,sentry-release=«hex12:rel»,sentry-public_key=«hex32:pk»,sentry-trace_id=«hex32:tr»")],
        body=None, key="baggage"),
}
# ---------------------------------------------------------------- framings
def host_of(url):
    return url.split("/")[2]


def path_of(url):
    return "/" + url.split("/", 3)[3] if url.count("/") >= 3 else "/"


def hdrs(p, ua):
    hs = list(p["headers"])
    return hs


def f_safari_har_pretty(p):
    L = ['      "request": {', '        "method": "%s",' % p["method"], '        "url": "%s",' % jesc(p["url"])]
    if not p["body"]:
        L.append('        "httpVersion": "HTTP/2",')
    key = p["key"] or p["headers"][0][0]
    val = dict(p["headers"])[key]
    L += ['        "headers": [', '          {', '            "name": "%s",' % key, '            "value": "%s"' % jesc(val), '          },']
    if p["body"]:
        ct = dict(p["headers"]).get("Content-Type", "application/json")
        L += ['        "postData": {', '          "mimeType": "%s",' % ct, '          "text": "%s"' % jesc(p["body"])]
    else:
        L += ['          {', '            "name": "User-Agent",']
    return "\n".join(L)


def f_edge_har_minified(p):
    hs = [{"name": ":authority", "value": host_of(p["url"])}, {"name": ":method", "value": p["method"]},
          {"name": ":path", "value": path_of(p["url"])}]
    hs += [{"name": k.lower(), "value": v} for k, v in p["headers"]]
    hs.append({"name": "user-agent", "value": UA_CH.replace("Chrome/", "Chrome/") + " Edg/«@124|126|128|131».0.0.0"})
    req = {"method": p["method"], "url": p["url"], "httpVersion": "http/2.0", "headers": hs,
           "queryString": [{"name": a, "value": b} for a, b in Q(p["url"])], "cookies": [], "headersSize": -1,
           "bodySize": len(p["body"] or "")}
    if p["body"]:
        req["postData"] = {"mimeType": dict(p["headers"]).get("Content-Type", "application/json"), "text": p["body"]}
    e = {"_initiator": {"type": "script"}, "_priority": "High", "_resourceType": "fetch", "cache": {}, "connection": "«dig5:conn»",
         "pageref": "page_«dig1:pg»", "request": req,
         "response": {"status": 200 if p["method"] == "GET" else 401, "statusText": "", "httpVersion": "http/2.0"}}
    return '{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"pages":[],"entries":[' + json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "]}}"


def f_safari_curl(p):
    L = ["curl '%s' \\" % p["url"], "-X '%s' \\" % p["method"]]
    for k, v in p["headers"]:
        L.append("-H '%s: %s' \\" % (k, v))
    L.append("-H 'User-Agent: %s'%s" % (UA_SA, " \\" if p["body"] else ""))
    if p["body"]:
        L.append("--data-binary '%s'" % p["body"])
    return "\n".join(L)


def f_ff_curl_win(p):
    L = ["curl %s ^" % win_esc(p["url"])]
    if p["method"] != "GET":
        L.append("  -X %s ^" % p["method"])
    L.append("  -H %s ^" % win_esc("User-Agent: " + UA_FF))
    L.append("  -H %s ^" % win_esc("Accept-Language: en-US,en;q=0.5"))
    for k, v in p["headers"]:
        L.append("  -H %s ^" % win_esc("%s: %s" % (k, v)))
    if p["body"]:
        L.append("  -H %s ^" % win_esc("Sec-Fetch-Mode: cors"))
        L.append("  --data-raw %s" % win_esc(p["body"]))
    else:
        L.append("  -H %s" % win_esc("Sec-Fetch-Mode: cors"))
    return "\n".join(L)


def f_ff_powershell(p):
    L, hs, ck = [], [], []
    for k, v in p["headers"]:
        if k == "Cookie":
            ck = [c.partition("=") for c in v.split("; ")]
        elif k != "Content-Type":
            hs.append((k, v))
    if ck:
        L.append("$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession")
        for n, _, cv in ck:
            L.append('$session.Cookies.Add((New-Object System.Net.Cookie("%s", "%s", "/", "%s")))' % (n, cv, host_of(p["url"])))
    L.append('Invoke-WebRequest -UseBasicParsing -Uri "%s" `' % ps_esc(p["url"]))
    if p["method"] != "GET":
        L.append("-Method %s `" % p["method"])
    if ck:
        L.append("-WebSession $session `")
    L.append('-UserAgent "%s" `' % UA_FF)
    L.append("-Headers @{")
    hl = [] if "Accept" in dict(hs) else [("Accept", "*/*")]
    hl += hs[:3]
    for i, (k, v) in enumerate(hl):
        L.append('%s"%s" = "%s"' % ("" if i == 0 else "  ", k, ps_esc(v)))
    if p["body"]:
        L.append("} `")
        L.append('-ContentType "%s" `' % dict(p["headers"]).get("Content-Type", "application/json"))
        L.append('-Body "%s"' % ps_esc(p["body"]))
    else:
        L.append("}")
    return "\n".join(L)


def f_ff_fetch(p):
    L = ['await fetch("%s", {' % jesc(p["url"]), '    "credentials": "include",', '    "headers": {']
    hs = [(k, v) for k, v in p["headers"] if k != "Cookie"]
    if len(hs) < 3:
        L.append('        "User-Agent": "%s",' % UA_FF)
    for i, (k, v) in enumerate(hs):
        L.append('        "%s": "%s"%s' % (k, jesc(v), "," if i < len(hs) - 1 else ""))
    L.append("    },")
    L.append('    "referrer": "https://%s/%s/%s",' % (HOST, ENT, PROJ))
    if p["body"]:
        L.append('    "body": "%s",' % jesc(p["body"]))
    L.append('    "method": "%s",' % p["method"])
    L.append('    "mode": "cors"')
    L.append("});")
    return "\n".join(L)


def f_playwright(p):
    st = "401 Unauthorized" if p["method"] == "POST" else "403 Forbidden"
    L = ["    Error: apiRequestContext.%s: %s" % (p["method"].lower(), st), "", "    Call log:",
         "      - → %s %s" % (p["method"], p["url"]),
         "      -   user-agent: Playwright/«@1.44.1|1.47.2|1.49.0» (x64; ubuntu 22.04) node/«@18.20|20.11|22.4»",
         "      -   accept-encoding: gzip,deflate,br"]
    if "Accept" not in dict(p["headers"]):
        L.insert(5, "      -   accept: */*")
    for k, v in p["headers"]:
        L.append("      -   %s: %s" % (k.lower(), v))
    L.append("      - ← %s" % st)
    L.append("      -   content-type: application/json")
    return "\n".join(L)


def f_cypress(p):
    L = ["The request we sent was:", "", "Method: %s" % p["method"], "URL: %s" % p["url"], "Headers: {",
         '  "Connection": "keep-alive",']
    for k, v in p["headers"]:
        L.append('  "%s": "%s",' % (k.lower(), jesc(v)))
    L.append('  "user-agent": "%s"' % UA_CH.replace("Safari/537.36", "Electron/«@27.3.10|29.4.6» Safari/537.36"))
    L.append("}")
    if p["body"]:
        L.append("Body: %s" % p["body"])
    return "\n".join(L)


def f_burp(p):
    h = host_of(p["url"])
    L = ["  <item>", "    <time>«@Mon|Tue|Wed|Thu» «@Mar|Apr|May» «dd:d» «hh:h»:«mm:m»:«mm:s» UTC 2024</time>",
         "    <url><![CDATA[%s]]></url>" % p["url"], '    <host ip="10.«dig2:a».«dig1:b».«dig2:c»">%s</host>' % h,
         "    <method><![CDATA[%s]]></method>" % p["method"],
         '    <request base64="false"><![CDATA[%s %s HTTP/1.1' % (p["method"], path_of(p["url"])), "Host: %s" % h]
    for k, v in p["headers"]:
        L.append("%s: %s" % (k, v))
    if p["body"]:
        L.append("")
        L.append(p["body"] + "]]></request>")
    else:
        L.append("Connection: keep-alive")
        L.append("]]></request>")
    return "\n".join(L)


FRAMINGS = [
    ("safari_web_inspector_har_export_pretty_request", "har", f_safari_har_pretty, True),
    ("edge_devtools_har_single_line_entry", "har", f_edge_har_minified, True),
    ("safari_web_inspector_copy_as_curl_data_binary", "safari_curl", f_safari_curl, True),
    ("firefox_copy_as_curl_windows_caret_quoted", "ff_curl", f_ff_curl_win, False),
    ("firefox_copy_as_powershell_websession_headers_hashtable", "ff_ps", f_ff_powershell, True),
    ("firefox_copy_as_fetch_await_credentials_include", "ff_ps", f_ff_fetch, True),
    ("playwright_api_request_context_call_log", "playwright", f_playwright, True),
    ("cypress_cy_request_failed_request_we_sent", "cypress", f_cypress, True),
    ("burp_proxy_saved_items_xml_raw_request", "burp", f_burp, True),
]

UNSAFE_WIN = re.compile(r"«!?(pw|b64s)\d*:[^»]*»|\|pct")


def frame_all():
    for fname, fsrc, fn, anyv in FRAMINGS:
        for pname, p in PAY_POS.items():
            if not anyv and UNSAFE_WIN.search(p["url"] + (p["body"] or "") + "".join(v for _, v in p["headers"])):
                continue
            if fn is f_ff_fetch and p["key"] == "Cookie":
                continue   # Firefox Copy as Fetch leaves the Cookie header out
            if fn is f_playwright and p["body"] and p["key"] is None:
                continue   # the call log does not print the body
            P("%s__%s" % (fname, pname), SRC[fsrc] + " ; " + SRC[p["src"]], fn(p))
        for pname, p in PAY_NEG.items():
            N("%s__%s" % (fname, pname), SRC[fsrc], fn(p))
# ---------------------------------------------------------------- hand-written positives
frame_all()

P("chrome_console_network_error_get_sas_blob_403", SRC["chrome_console"] + " ; " + SRC["azure_sas"], """
GET https://«@wbstore|mlblobs»«lc4:sa».blob.core.windows.net/wandb/%s/%s/«lc8:run»/files/config.yaml?sv=2022-11-02&se=«ymd:d»T«hh:h»%%3A«mm:m»%%3A00Z&sr=b&sp=r&sig=«!b64s43:sg|pct»%%3D 403 (Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.)
(anonymous) @ main.«hex8:h».js:2
Promise.then
loadRunFile @ main.«hex8:h».js:2
""" % (ENT, PROJ))

P("safari_console_fetch_api_cannot_load_access_control_presigned", SRC["safari_console"] + " ; " + SRC["s3_presign"], """
[Error] Origin https://%s is not allowed by Access-Control-Allow-Origin. Status code: 403
[Error] Fetch API cannot load https://%s.s3.amazonaws.com/wandb_artifacts/«dig9:aid»/«hex32:md»?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s&X-Amz-Date=«ymd:d»T«hms:t»Z&X-Amz-Expires=3600&X-Amz-Security-Token=«!b64s180:tok|pct»&X-Amz-SignedHeaders=host&X-Amz-Signature=«!hex64:sig» due to access control checks.
[Error] Failed to load resource: Origin https://%s is not allowed by Access-Control-Allow-Origin. Status code: 403 («hex32:md», line 0)
""" % (HOST, S3B, AMZCRED.replace("AKIA", "ASIA"), HOST))

P("firefox_console_cors_blocked_gcs_signed_reason", SRC["ff_console"] + " ; " + SRC["gcs_signed"], """
Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at https://storage.googleapis.com/wb-files-«lc6:bk»/%s/«lc8:run»/media/table.json?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=wandb%%40ml-«lc6:pj».iam.gserviceaccount.com%%2F«ymd:d»%%2Fauto%%2Fstorage%%2Fgoog4_request&X-Goog-Date=«ymd:d»T«hms:t»Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=«!hex512:gs». (Reason: CORS header ‘Access-Control-Allow-Origin’ missing). Status code: 200.
Uncaught (in promise) TypeError: NetworkError when attempting to fetch resource.
""" % ENT)

P("firefox_console_xhr_line_graphql_ws_access_token_query", SRC["ff_console"], """
XHRGET https://%s/api/v1/runs/«lc8:run»/stream?access_token=«!b64u48:at»
[HTTP/2 401  «dig2:ms»ms]
Firefox can’t establish a connection to the server at wss://%s/graphql-ws?access_token=«!b64u48:at».
""" % (HOST, HOST))

P("chrome_console_preserve_log_navigated_to_implicit_fragment", SRC["chrome_console"] + " ; " + SRC["oidc"], """
Navigated to https://%s/
Navigated to https://%s/oidc/callback#id_token=%s&state=«b64u32:st»&session_state=«uuid:ss»
[auth] callback handled in «dig3:ms» ms
""" % (IDP, HOST, JWT))

P("chrome_console_log_expanded_object_viewer_api_keys", SRC["chrome_console"] + " ; " + SRC["wandb"], """
viewer loaded ▼ {id: 'VXNlcjo«an6:uid»', username: '«@ana|bo|chen»', apiKeys: {…}}
    id: "VXNlcjo«an6:uid»"
    username: "«@ana|bo|chen»"
  ▼ apiKeys:
    ▼ edges: Array(1)
      ▼ 0:
        ▼ node:
            description: "laptop"
            id: "QXBpS2V5Oj«an5:kid»"
            name: "«!hex40:key»"
""")

P("firefox_console_object_preview_token_response", SRC["ff_console"] + " ; " + SRC["oidc"], """
token response Object { access_token: "%s", expires_in: 300, refresh_expires_in: 1800, refresh_token: "«!b64u120:rt»", token_type: "Bearer", "not-before-policy": 0, session_state: "«uuid:ss»", scope: "openid profile email" }
""" % JWT)

P("safari_console_log_session_storage_oidc_user", SRC["safari_console"] + " ; " + SRC["oidc_client_ts"], """
[Log] Storage {oidc.user:https://%s/realms/wandb:wandb-web: "{\\"id_token\\":\\"%s\\",\\"session_state\\":\\"«uuid:ss»\\",\\"access_token\\":\\"«!b64u64:at»\\",\\"refresh_token\\":\\"«!b64u96:rt»\\",\\"token_type\\":\\"Bearer\\",\\"scope\\":\\"openid email profile\\",\\"expires_at\\":17«dig8:ex»}", length: 1} (main.«hex8:h».js, line 2)
""" % (IDP, JWT))

P("oidc_client_ts_session_storage_signin_state_code_verifier", SRC["oidc_client_ts"], """
> Object.entries(sessionStorage).filter(([k]) => k.startsWith("oidc."))
< [["oidc.«hex32:sid»", "{\\"id\\":\\"«hex32:sid»\\",\\"created\\":17«dig8:c»,\\"request_type\\":\\"si:r\\",\\"code_verifier\\":\\"«!an96:cv»\\",\\"authority\\":\\"https://%s\\",\\"client_id\\":\\"wandb-web\\",\\"redirect_uri\\":\\"https://%s/oidc/callback\\",\\"scope\\":\\"openid profile email\\",\\"extraTokenParams\\":{},\\"response_mode\\":\\"query\\"}"]] (1)
""" % (IDP, HOST))

P("msal_browser_localstorage_refresh_token_credential_entity", SRC["msal_browser"], """
{
  "key": "«uuid:oid».«uuid:tid»-login.microsoftonline.com-refreshtoken-«uuid:cid»----",
  "value": {
    "clientId": "«uuid:cid»",
    "credentialType": "RefreshToken",
    "environment": "login.microsoftonline.com",
    "homeAccountId": "«uuid:oid».«uuid:tid»",
    "secret": "1.AQ«!b64u260:rt»",
    "lastUpdatedAt": "17«dig11:lu»"
  }
}
""")

P("auth0_spa_js_localstorage_cache_entry_tokens", SRC["auth0_spa"], """
@@auth0spajs@@::«an32:cid»::https://%s/api::openid profile email offline_access	{"body":{"access_token":"%s","id_token":"eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ«!b64u150:ip».«!b64u342:is»","refresh_token":"v1.M«!b64u120:rt»","scope":"openid profile email offline_access","expires_in":86400,"token_type":"Bearer","client_id":"«an32:cid»"},"expiresAt":17«dig8:ex»}
""" % (HOST, JWT))

P("firebase_indexeddb_authuser_sts_token_manager", SRC["firebase"], """
firebaseLocalStorageDb > firebaseLocalStorage > firebase:authUser:AIza«b64u35:apik»:[DEFAULT]
{
  "uid": "«an28:uid»",
  "email": "«@ana|bo|chen»@«@acme|initech».example.com",
  "stsTokenManager": {
    "refreshToken": "AMf-vB«!b64u200:rt»",
    "accessToken": "%s",
    "expirationTime": 17«dig11:ex»
  },
  "createdAt": "17«dig11:ca»"
}
""" % JWT)

P("amplify_cognito_localstorage_keys_table", SRC["amplify"], """
Key	Value
CognitoIdentityServiceProvider.«lc26:cid».LastAuthUser	«uuid:sub»
CognitoIdentityServiceProvider.«lc26:cid».«uuid:sub».refreshToken	eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ.«!b64u342:rk».«!b64u22:iv».«!b64u400:ct».«!b64u22:tg»
CognitoIdentityServiceProvider.«lc26:cid».«uuid:sub».clockDrift	0
CognitoIdentityServiceProvider.«lc26:cid».«uuid:sub».userData	{"UserAttributes":[{"Name":"email","Value":"ops@«@acme|initech».example.com"}],"Username":"«uuid:sub»"}
""")

P("chrome_application_cookies_table_copy_tsv", SRC["chrome_console"], """
Name	Value	Domain	Path	Expires / Max-Age	Size	HttpOnly	Secure	SameSite	Partition Key	Priority
_ga	GA1.1.«dig9:g».«dig10:t»	.«@acme|initech».example.com	/	2026-«@01|02|03»-«dd:d»T«hh:h»:«mm:m»:«mm:s».«dig3:ms»Z	30				Medium
wandb_session	«!b64u48:sess»	%s	/	Session	«dig2:sz»	✓	✓	Lax		Medium
""" % HOST)

P("graphql_ws_connection_init_payload_authorization_messages_copy", SRC["graphql_ws"], """
{"type":"connection_init","payload":{"headers":{"Authorization":"Basic «!hex40:k|basic:api»"}}}
{"type":"connection_ack"}
{"id":"«uuid:sub»","type":"subscribe","payload":{"query":"subscription { runUpdated(entityName: \\"%s\\", projectName: \\"%s\\") { name state } }"}}
""" % (ENT, PROJ))

P("socketio_v4_connect_packet_auth_token_frame", SRC["socketio"], """
0{"sid":"«b64u20:eid»","upgrades":["websocket"],"pingInterval":25000,"pingTimeout":20000,"maxPayload":1000000}
40/live,{"token":"«!hex40:key»"}
40/live,{"sid":"«b64u20:sid»"}
2
3
""")

P("graphql_response_viewer_api_keys_edges_names_are_keys", SRC["wandb"], """
{"data":{"viewer":{"id":"VXNlcjo«an6:uid»","username":"«@ana|bo|chen»","apiKeys":{"edges":[{"node":{"id":"QXBpS2V5Oj«an4:a»","name":"«!hex40:k1»","description":"laptop"}},{"node":{"id":"QXBpS2V5Oj«an4:b»","name":"«!hex40:k2»","description":"ci runner"}}]}}}}
""")

P("har_response_content_text_go_escaped_upload_url_signature", SRC["har"] + " ; " + SRC["s3_presign"], """
        "content": {
          "size": «dig4:sz»,
          "mimeType": "application/json",
          "text": "{\\"data\\":{\\"createArtifactFiles\\":{\\"files\\":{\\"edges\\":[{\\"node\\":{\\"id\\":\\"QXJ0aWZhY3RGaWxl«an8:fid»\\",\\"uploadUrl\\":\\"https://%s.s3.amazonaws.com/wandb_artifacts/«dig9:aid»/«hex32:md»?X-Amz-Algorithm=AWS4-HMAC-SHA256\\\\u0026X-Amz-Credential=%s\\\\u0026X-Amz-Date=«ymd:d»T«hms:t»Z\\\\u0026X-Amz-Expires=86400\\\\u0026X-Amz-SignedHeaders=host\\\\u0026X-Amz-Signature=«!hex64:sig»\\",\\"uploadHeaders\\":[]}}]}}}}"
        },
""" % (S3B, AMZCRED))

P("har_response_redirecturl_location_302_oidc_code", SRC["har"] + " ; " + SRC["oidc"], """
      "response": {
        "status": 302,
        "statusText": "Found",
        "headers": [
          { "name": "location", "value": "https://%s/oidc/callback?state=«b64u32:st»&session_state=«uuid:ss»&code=«!uuid:c1».«uuid:c2».«!uuid:c3»" },
          { "name": "x-request-id", "value": "«uuid:rq»" }
        ],
        "redirectURL": "https://%s/oidc/callback?state=«b64u32:st»&session_state=«uuid:ss»&code=«!uuid:c1».«uuid:c2».«!uuid:c3»",
""" % (HOST, HOST))

P("har_postdata_params_array_pkce_code_verifier", SRC["har"] + " ; " + SRC["oidc"], """
        "postData": {
          "mimeType": "application/x-www-form-urlencoded",
          "text": "grant_type=authorization_code&code=«!b64u43:code»&code_verifier=«!b64u64:ver»&client_id=wandb-web&redirect_uri=https%%3A%%2F%%2F%s%%2Foidc%%2Fcallback",
          "params": [
            { "name": "grant_type", "value": "authorization_code" },
            { "name": "code", "value": "«!b64u43:code»" },
            { "name": "code_verifier", "value": "«!b64u64:ver»" },
            { "name": "client_id", "value": "wandb-web" }
          ]
        }
""" % HOST)

P("har_response_cookies_array_httponly_session", SRC["har"], """
        "cookies": [
          {
            "name": "wandb_session",
            "value": "«!b64u48:sess»",
            "path": "/",
            "domain": "%s",
            "expires": "2025-«@01|02|03»-«dd:d»T«hh:h»:«mm:m»:«mm:s».000Z",
            "httpOnly": true,
            "secure": true,
            "sameSite": "Lax"
          }
        ],
""" % HOST)

P("har_postdata_multipart_s3_presigned_post_policy_signature", SRC["har"] + " ; " + SRC["s3_presign"], """
          "mimeType": "multipart/form-data; boundary=----WebKitFormBoundary«an16:bd»",
          "text": "------WebKitFormBoundary«an16:bd»\\r\\nContent-Disposition: form-data; name=\\"key\\"\\r\\n\\r\\nwandb_artifacts/«dig9:aid»/«hex32:md»\\r\\n------WebKitFormBoundary«an16:bd»\\r\\nContent-Disposition: form-data; name=\\"x-amz-credential\\"\\r\\n\\r\\nAKIA«uc16:ak»/«ymd:d»/us-east-1/s3/aws4_request\\r\\n------WebKitFormBoundary«an16:bd»\\r\\nContent-Disposition: form-data; name=\\"policy\\"\\r\\n\\r\\neyJleHBpcmF0aW9uIjoi«!b64s300:pol»\\r\\n------WebKitFormBoundary«an16:bd»\\r\\nContent-Disposition: form-data; name=\\"x-amz-signature\\"\\r\\n\\r\\n«!hex64:sig»\\r\\n------WebKitFormBoundary«an16:bd»--\\r\\n"
""")

P("har_minified_third_party_font_request_referer_oidc_code", SRC["har"] + " ; " + SRC["oidc"], """
{"request":{"method":"GET","url":"https://fonts.gstatic.com/s/inter/v13/UcC73FwrK3iLTeHuS_fvQtMwCp50KnMa1ZL7.woff2","httpVersion":"http/2.0","headers":[{"name":"origin","value":"https://%s"},{"name":"referer","value":"https://%s/oidc/callback?code=«!b64u43:code»&state=«b64u32:st»"},{"name":"sec-fetch-dest","value":"font"}],"queryString":[],"cookies":[],"headersSize":-1,"bodySize":0},"response":{"status":200,"statusText":"","httpVersion":"http/2.0"},"time":«dig2:t».«dig3:tm»}
""" % (HOST, HOST))

P("ga4_collect_beacon_dl_param_encoded_callback_code", SRC["ga4"] + " ; " + SRC["oidc"], """
POST https://region1.google-analytics.com/g/collect?v=2&tid=G-«uc10:tid»&gtm=45je4«an5:gtm»&_p=«dig10:p»&cid=«dig9:c».«dig10:ct»&ul=en-us&sr=1920x1080&_s=1&sid=«dig10:sid»&sct=«dig1:sct»&seg=0&dl=https%%3A%%2F%%2F%s%%2Foidc%%2Fcallback%%3Fcode%%3D«!b64u43:code»%%26state%%3D«b64u32:st»&dt=Weights%%20%%26%%20Biases&en=page_view&_ee=1 204 (No Content)
""" % HOST)

P("csp_violation_report_json_document_uri_with_code", SRC["csp_report"] + " ; " + SRC["oidc"], """
{
  "csp-report": {
    "document-uri": "https://%s/oidc/callback?code=«!b64u43:code»&state=«b64u32:st»",
    "referrer": "https://%s/",
    "violated-directive": "script-src-elem",
    "effective-directive": "script-src-elem",
    "original-policy": "default-src 'self'; script-src 'self'; report-uri /csp-report",
    "blocked-uri": "inline",
    "status-code": 200
  }
}
""" % (HOST, IDP))

P("chrome_elements_copy_outerhtml_img_src_presigned_amp", SRC["html"] + " ; " + SRC["s3_presign"], """
<img class="media-card__image" alt="val_«dig3:st».png" src="https://%s.s3.amazonaws.com/media/%s/«lc8:run»/val_«dig3:st».png?X-Amz-Algorithm=AWS4-HMAC-SHA256&amp;X-Amz-Credential=%s&amp;X-Amz-Date=«ymd:d»T«hms:t»Z&amp;X-Amz-Expires=604800&amp;X-Amz-SignedHeaders=host&amp;X-Amz-Signature=«!hex64:sig»" loading="lazy">
""" % (S3B, PROJ, AMZCRED))

P("sentry_javascript_event_request_url_query_and_breadcrumb", SRC["sentry_js"], """
  "request": {
    "url": "https://%s/%s/%s/reports/«an12:rep»?accessToken=«!hex64:tok»",
    "headers": {
      "Referer": "https://%s/%s",
      "User-Agent": "%s"
    }
  },
  "breadcrumbs": {"values": [{"timestamp": «TE», "category": "navigation", "data": {"from": "/", "to": "/%s/%s/reports/«an12:rep»?accessToken=«!hex64:tok»"}}]},
""" % (HOST, ENT, PROJ, HOST, ENT, UA_CH, ENT, PROJ))

P("sentry_replay_network_span_request_headers_authorization", SRC["sentry_replay"], """
{"type":5,"timestamp":«TE»,"data":{"tag":"performanceSpan","payload":{"op":"resource.fetch","description":"https://%s/graphql","startTimestamp":«TE»,"endTimestamp":«TE»,"data":{"method":"POST","statusCode":200,"request":{"size":«dig3:rs»,"headers":{"authorization":"Bearer %s","content-type":"application/json"}},"response":{"size":«dig4:sz»,"headers":{"content-type":"application/json"}}}}}}
""" % (HOST, JWT))

P("datadog_rum_resource_event_sas_url", SRC["dd_rum"] + " ; " + SRC["azure_sas"], """
{"type":"resource","date":17«dig11:dt»,"application":{"id":"«uuid:app»"},"session":{"id":"«uuid:s»","type":"user"},"view":{"id":"«uuid:v»","url":"https://%s/%s/%s/table"},"resource":{"id":"«uuid:r»","type":"fetch","method":"GET","url":"https://wbstore«lc4:sa».blob.core.windows.net/wandb/%s/«lc8:run»/media/table/eval_«dig4:n».table.json?sv=2022-11-02&spr=https&se=«ymd:d»T«hh:h»%%3A00%%3A00Z&sr=b&sp=r&sig=«!b64s43:sg|pct»%%3D","status_code":200,"duration":«dig9:du»,"size":«dig6:sz»}}
""" % (HOST, ENT, PROJ, PROJ))

P("datadog_rum_error_event_network_xhr_error_message_url", SRC["dd_rum"], """
{"type":"error","date":17«dig11:dt»,"view":{"id":"«uuid:v»","url":"https://%s/%s"},"error":{"id":"«uuid:e»","source":"network","message":"XHR error GET https://%s/api/v1/exports/«lc8:ex»/download?token=«!an40:tok»","resource":{"method":"GET","status_code":403,"url":"https://%s/api/v1/exports/«lc8:ex»/download?token=«!an40:tok»"}}}
""" % (HOST, ENT, HOST, HOST))

P("datadog_rum_view_event_url_callback_code", SRC["dd_rum"] + " ; " + SRC["oidc"], """
{"type":"view","date":17«dig11:dt»,"service":"wandb-frontend","version":"0.«dig2:v».«dig1:p»","view":{"id":"«uuid:v»","referrer":"https://%s/","url":"https://%s/oidc/callback?code=«!b64u43:code»&state=«b64u32:st»","loading_type":"initial_load","time_spent":«dig9:ts»}}
""" % (IDP, HOST))

P("bugsnag_request_breadcrumb_fetch_failed_metadata_url", SRC["bugsnag"], """
"breadcrumbs": [
  {"timestamp": "«T»", "name": "Route changed", "type": "navigation", "metaData": {"from": "/", "to": "/%s/%s"}},
  {"timestamp": "«T»", "name": "fetch() failed", "type": "request", "metaData": {"status": 401, "request": "GET https://%s/api/v1/artifacts/«dig9:aid»/files?api_key=«!hex40:key»", "duration": «dig3:du»}}
],
""" % (ENT, PROJ, HOST))

P("bugsnag_navigation_breadcrumb_replacestate_fragment_tokens", SRC["bugsnag"] + " ; " + SRC["oidc"], """
{"timestamp":"«T»","name":"History replaceState","type":"navigation","metaData":{"from":"/oidc/callback#access_token=«!b64u64:at»&token_type=Bearer&expires_in=3600&state=«b64u32:st»","to":"/","prevState":null}}
""")

P("logrocket_identify_traits_object_with_api_key", SRC["logrocket"], """
LogRocket.identify('«uuid:uid»', {
  name: '«@Ana Ruiz|Bo Li|Chen Wu»',
  email: '«@ana|bo|chen»@«@acme|initech».example.com',
  entity: '%s',
  apiKey: '«!hex40:key»',
  plan: 'enterprise',
});
""" % ENT)

P("posthog_pageview_properties_current_url_fragment_id_token", SRC["posthog"] + " ; " + SRC["oidc"], """
{"event":"$pageview","properties":{"$os":"Mac OS X","$browser":"Safari","$current_url":"https://%s/oidc/callback#state=«b64u32:st»&id_token=%s","$host":"%s","$pathname":"/oidc/callback","distinct_id":"«uuid:did»","$session_id":"«uuid:sid»"},"timestamp":"«T»"}
""" % (HOST, JWT, HOST))

P("electron_log_main_net_request_url_token", SRC["electron_log"], """
[«TS»] [info]  app ready, version 2.«dig1:v».«dig1:p»
[«TS»] [info]  net request GET https://%s/api/v1/desktop/session?token=«!b64u43:tok»
[«TS»] [warn]  net response 401 Unauthorized («dig3:ms» ms)
""" % HOST)

P("electron_log_renderer_util_inspect_headers_single_quotes", SRC["electron_log"], """
[«TS»] [debug] (renderer) request options: {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    Authorization: 'Basic «!hex40:k|basic:api»'
  },
  url: 'https://%s/graphql'
}
""" % HOST)

P("chromium_verbose_log_electron_navigation_url_code", SRC["chromium_log"] + " ; " + SRC["oidc"], """
[«dig5:pid»:«@0312|0415|1102»/«hms:t».«dig3:ms»:VERBOSE1:navigation_request.cc(«dig4:l»)] Navigating to https://%s/oidc/callback?code=«!b64u43:code»&state=«b64u32:st»
[«dig5:pid»:«@0312|0415|1102»/«hms:t».«dig3:ms»:INFO:CONSOLE(«dig1:c»)] "auth window closed", source: https://%s/static/js/main.«hex8:h».js («dig1:c»)
""" % (HOST, HOST))

P("workbox_router_responding_to_signed_url_console", SRC["workbox"] + " ; " + SRC["gcs_signed"], """
workbox Router is responding to: /«@wb-files|ml-artifacts»-«lc6:bk»/%s/«lc8:run»/media/images/step_«dig4:st».png?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=wandb%%40ml-«lc6:pj».iam.gserviceaccount.com%%2F«ymd:d»%%2Fauto%%2Fstorage%%2Fgoog4_request&X-Goog-Date=«ymd:d»T«hms:t»Z&X-Goog-Expires=3600&X-Goog-SignedHeaders=host&X-Goog-Signature=«!hex512:gs»
workbox Using StaleWhileRevalidate to respond to '/«@wb-files|ml-artifacts»-«lc6:bk»/%s/«lc8:run»/media/images/step_«dig4:st».png?X-Goog-Algorithm=GOOG4-RSA-SHA256&…'
""" % (PROJ, PROJ))

P("serviceworker_internals_console_json_message_token", SRC["sw_internals"], """
Console: {"lineNumber":«dig2:ln»,"message":"[sw] push subscription refresh with bearer «!b64u64:tok»","messageLevel":1,"sourceIdentifier":3,"sourceURL":"https://%s/service-worker.js"}
Console: {"lineNumber":«dig3:ln2»,"message":"[sw] activated","messageLevel":1,"sourceIdentifier":3,"sourceURL":"https://%s/service-worker.js"}
""" % (HOST, HOST))

P("vscode_restclient_http_file_variables_basic_user_pass", SRC["restclient"], """
@host = https://%s
@apiKey = «!hex40:key»

### viewer
POST {{host}}/graphql
Authorization: Basic api {{apiKey}}
Content-Type: application/json

{"query": "{ viewer { id username } }"}
""" % HOST)

P("vscode_restclient_request_with_inline_login_form_body", SRC["restclient"], """
### local login
POST https://%s/api/login
Content-Type: application/x-www-form-urlencoded

username=admin
&password=«!pw20:pw»
""" % HOST)

P("jetbrains_http_requests_log_history_bearer", SRC["jb_http"], """
POST https://%s/graphql
Authorization: Bearer %s
Content-Type: application/json

{"query": "{ viewer { entity } }"}

<> «ymd:d»T«hms:t».200.json

###
""" % (HOST, JWT))

P("newman_run_env_var_flags_in_ci_log", SRC["postman"], """
$ newman run wandb-smoke.postman_collection.json --env-var "baseUrl=https://%s" --env-var "apiKey=«!hex40:key»" --reporters cli,junit
newman

wandb-smoke

→ viewer
  POST https://%s/graphql [200 OK, «dig3:sz»B, «dig3:ms»ms]
""" % (HOST, HOST))

P("postman_globals_export_values_array", SRC["postman"], """
{
	"id": "«uuid:id»",
	"values": [
		{ "key": "wandb_host", "value": "https://%s", "type": "default", "enabled": true },
		{ "key": "wandb_api_key", "value": "«!hex40:key»", "type": "default", "enabled": true }
	],
	"name": "Globals",
	"_postman_variable_scope": "globals",
	"_postman_exported_at": "«T»",
	"_postman_exported_using": "Postman/11.«dig2:v».«dig1:p»"
}
""" % HOST)

P("insomnia_v5_yaml_collection_basic_auth_password", SRC["insomnia"], """
type: collection.insomnia.rest/5.0
name: wandb server
collection:
  - url: https://%s/graphql
    name: viewer
    method: POST
    authentication:
      type: basic
      useISO88591: false
      disabled: false
      username: api
      password: «!hex40:key»
""" % HOST)

P("bruno_cli_run_env_var_flag_shell_history", SRC["bruno"], """
  «dig3:n»  cd ~/src/wandb-api-tests
  «dig3:n2»  bru run --env selfhosted --env-var apiKey=«!hex40:key» --output results.json
  «dig3:n3»  jq '.summary' results.json
""")

P("bruno_collection_bru_auth_oauth2_client_secret", SRC["bruno"], """
auth:oauth2 {
  grant_type: authorization_code
  callback_url: https://%s/oidc/callback
  authorization_url: https://%s/oauth2/v1/authorize
  access_token_url: https://%s/oauth2/v1/token
  client_id: «an20:cid»
  client_secret: «!an40:cs»
  scope: openid profile email
}
""" % (HOST, IDP, IDP))

P("hoppscotch_cli_env_json_variables_array", SRC["hoppscotch"], """
{
  "name": "selfhosted",
  "variables": [
    { "key": "baseUrl", "value": "https://%s" },
    { "key": "apiKey", "value": "«!hex40:key»" },
    { "key": "entity", "value": "%s" }
  ]
}
""" % (HOST, ENT))

P("wandb_graphql_generate_api_key_response_in_chrome_preview", SRC["wandb"] + " ; " + SRC["chrome_console"], """
▼ data: {generateApiKey: {…}}
  ▼ generateApiKey:
    ▼ apiKey:
        description: "bundle test"
        id: "QXBpS2V5Oj«an5:kid»"
        name: "«!hex40:key»"
        __typename: "ApiKey"
      __typename: "GenerateApiKeyPayload"
""")

P("saml_post_form_autosubmit_html_hidden_input", SRC["saml"], """
<form method="post" action="https://%s/sso/saml/acs">
  <input type="hidden" name="SAMLResponse" value="PHNhbWxwOlJlc3BvbnNl«!b64s260:sr»"/>
  <input type="hidden" name="RelayState" value="«an24:rs»"/>
  <noscript><button type="submit">Continue</button></noscript>
</form>
""" % HOST)

P("chrome_payload_tab_form_data_view_source_saml", SRC["saml"] + " ; " + SRC["chrome_console"], """
Form Data
view source
SAMLResponse: PHNhbWxwOlJlc3BvbnNl«!b64s300:sr»
RelayState: «an24:rs»
""")

P("chrome_payload_tab_query_string_params_signed_s3", SRC["s3_presign"] + " ; " + SRC["chrome_console"], """
Query String Parameters
X-Amz-Algorithm: AWS4-HMAC-SHA256
X-Amz-Credential: ASIA«uc16:ak»/«ymd:d»/us-east-1/s3/aws4_request
X-Amz-Date: «ymd:d»T«hms:t»Z
X-Amz-Expires: 3600
X-Amz-Security-Token: IQoJb3JpZ2luX2Vj«!b64s300:tok»
X-Amz-Signature: «!hex64:sig»
X-Amz-SignedHeaders: host
""")

P("firefox_network_headers_panel_raw_request_copy", SRC["ff_console"], """
GET /api/v1/artifacts/«dig9:aid»/manifest HTTP/2
Host: %s
User-Agent: %s
Accept: application/json
Authorization: Basic «!hex40:k|basic:api»
Connection: keep-alive
Sec-Fetch-Dest: empty
""" % (HOST, UA_FF))

P("safari_web_inspector_response_headers_set_cookie_copy", SRC["safari_console"], """
Status: 302 Found
Cache-Control: no-store
Content-Length: 0
Date: «@Mon|Tue|Wed», «dd:d» «@Mar|Apr|May» 2024 «hh:h»:«mm:m»:«mm:s» GMT
Location: /
Set-Cookie: wandb_session=«!b64u48:sess»; Path=/; Expires=«@Tue|Wed|Thu», «dd:d2» «@Jun|Jul» 2024 «hh:h»:«mm:m»:«mm:s» GMT; HttpOnly; Secure; SameSite=Lax
X-Request-Id: «uuid:rq»
""")

P("apollo_client_link_console_operation_variables_api_key", SRC["chrome_console"], """
[apollo] → createServiceAccount {entityName: '%s', description: 'ci'}
[apollo] ← createServiceAccount {data: {createServiceAccount: {user: {id: 'VXNlcjo«an6:uid»', apiKeys: {edges: [{node: {name: '«!hex40:key»', __typename: 'ApiKey'}}]}}}}}
""" % ENT)

P("fetch_nodejs_copy_with_sas_put_block_upload", SRC["azure_sas"] + " ; " + SRC["ff_ps"], """
fetch("https://wbstore«lc4:sa».blob.core.windows.net/wandb/%s/«lc8:run»/model.ckpt?comp=block&blockid=«b64s16:bid»%%3D%%3D&sv=2022-11-02&se=«ymd:d»T«hh:h»%%3A00%%3A00Z&sr=b&sp=cw&sig=«!b64s43:sg|pct»%%3D", {
  "headers": {
    "x-ms-blob-type": "BlockBlob",
    "x-ms-version": "2022-11-02"
  },
  "body": null,
  "method": "PUT"
});
""" % PROJ)

P("har_websocket_messages_socketio_auth_frame_firefox", SRC["har"] + " ; " + SRC["socketio"], """
        "_webSocketMessages": [
          { "type": "receive", "time": «TE», "opcode": 1, "data": "0{\\"sid\\":\\"«b64u20:eid»\\",\\"upgrades\\":[],\\"pingInterval\\":25000,\\"pingTimeout\\":20000}" },
          { "type": "send", "time": «TE», "opcode": 1, "data": "40{\\"token\\":\\"«!b64u64:tok»\\"}" },
          { "type": "receive", "time": «TE», "opcode": 1, "data": "40{\\"sid\\":\\"«b64u20:sid»\\"}" }
        ]
""")

P("chrome_console_table_localstorage_tokens", SRC["chrome_console"], """
┌─────────────────────┬──────────────────────────────────────┐
│ (index)             │ Values                               │
├─────────────────────┼──────────────────────────────────────┤
│ wandb:theme         │ 'dark'                               │
│ wandb:accessToken   │ '«!b64u48:at»'     │
│ wandb:lastEntity    │ '%s'                         │
└─────────────────────┴──────────────────────────────────────┘
""" % ENT)

P("url_encoded_body_in_console_fetch_init_object", SRC["chrome_console"] + " ; " + SRC["oidc"], """
> performance.getEntriesByType("resource").filter(e => e.name.includes("callback")).map(e => e.name)
< ['https://%s/oidc/callback?code=«!b64u43:code»&state=«b64u32:st»&iss=https%%3A%%2F%%2F%s']
""" % (HOST, IDP))
# ---------------------------------------------------------------- hand-written negatives
N("chrome_console_fetch_finished_loading_graphql_lines", SRC["chrome_console"], """
Fetch finished loading: POST "https://%s/graphql".
Fetch finished loading: GET "https://%s/api/v1/server-info?_=«dig13:cb»".
XHR finished loading: GET "https://%s/files/%s/%s/«lc8:run»/wandb-summary.json".
""" % (HOST, HOST, HOST, ENT, PROJ))

N("chrome_console_violation_and_chunk_stack_hashes", SRC["chrome_console"], """
[Violation] 'setTimeout' handler took «dig2:a»ms
[Violation] Forced reflow while executing JavaScript took «dig2:b»ms
Uncaught TypeError: Cannot read properties of undefined (reading 'edges')
    at Ce («dig3:c».«hex8:h1».chunk.js:1:«dig5:p1»)
    at main.«hex8:h2».js:2:«dig6:p2»
""")

N("firefox_console_xhr_lines_status_timing_no_token", SRC["ff_console"], """
XHRPOST https://%s/graphql
[HTTP/2 200  «dig3:a»ms]
XHRGET https://%s/api/v1/runs/«lc8:run»/history?samples=500&keys=loss%%2Cacc
[HTTP/2 304  «dig2:b»ms]
""" % (HOST, HOST))

N("safari_console_failed_to_load_resource_404_media", SRC["safari_console"], """
[Error] Failed to load resource: the server responded with a status of 404 () (https://%s/files/%s/%s/«lc8:run»/media/images/val_«dig3:s»_«hex20:h».png, line 0)
[Warning] [wandb] media panel: 1 of «dig2:n» images missing for step «dig4:st»
""" % (HOST, ENT, PROJ))

N("chrome_console_object_api_key_masked_last_four", SRC["chrome_console"], """
apiKeys ▼ (1) [{…}]
  ▼ 0:
      createdAt: "«T»"
      description: "laptop"
      id: "QXBpS2V5Oj«an5:kid»"
      maskedKey: "************************************«hex4:l4»"
""")

N("firefox_console_object_preview_token_metadata_only", SRC["ff_console"], """
token response Object { token_type: "Bearer", expires_in: 300, refresh_expires_in: 1800, "not-before-policy": 0, session_state: "«uuid:ss»", scope: "openid profile email", id_token_present: true }
""")

N("chrome_console_localstorage_ui_prefs_dump", SRC["chrome_console"], """
> Object.keys(localStorage).map(k => [k, localStorage.getItem(k)])
< (4) [Array(2), Array(2), Array(2), Array(2)]
  0: (2) ['ajs_anonymous_id', '"«uuid:aid»"']
  1: (2) ['wandb:theme', 'dark']
  2: (2) ['wandb:panelBank:«hex16:pb»', '{"collapsed":["«hex12:s1»","«hex12:s2»"]}']
  3: (2) ['wandb:lastEntity', '%s']
""" % ENT)

N("msal_browser_localstorage_account_entity_and_token_keys", SRC["msal_browser"], """
msal.token.keys.«uuid:cid»	{"idToken":["«uuid:oid».«uuid:tid»-login.microsoftonline.com-idtoken-«uuid:cid»-«uuid:tid»---"],"accessToken":[],"refreshToken":["«uuid:oid».«uuid:tid»-login.microsoftonline.com-refreshtoken-«uuid:cid»----"]}
«uuid:oid».«uuid:tid»-login.microsoftonline.com-«uuid:tid»	{"authorityType":"MSSTS","homeAccountId":"«uuid:oid».«uuid:tid»","environment":"login.microsoftonline.com","realm":"«uuid:tid»","localAccountId":"«uuid:oid»","username":"ops@«@acme|initech».example.com","name":"Ops"}
""")

N("auth0_spa_js_is_authenticated_cookie_and_user_key", SRC["auth0_spa"], """
auth0.«an32:cid».is.authenticated	true	%s	/	«ymd:d»	«dig2:sz»
_legacy_auth0.«an32:cid».is.authenticated	true	%s	/	«ymd:d»	«dig2:sz2»
""" % (HOST, HOST))

N("firebase_indexeddb_heartbeat_store_dates", SRC["firebase"], """
firebase-heartbeat-database > firebase-heartbeat-store > 1:«dig12:pn»:web:«hex22:ap»
{"heartbeats":[{"agent":"fire-core/0.10.«dig1:a» fire-core-esm2017/0.10.«dig1:a» fire-js/ fire-auth/1.7.«dig1:b»","date":"2024-«@03|04|05»-«dd:d»"}],"lastSentHeartbeatDate":"2024-«@03|04|05»-«dd:d»"}
""")

N("amplify_cognito_localstorage_keys_no_tokens", SRC["amplify"], """
Key	Value
CognitoIdentityServiceProvider.«lc26:cid».LastAuthUser	«uuid:sub»
CognitoIdentityServiceProvider.«lc26:cid».«uuid:sub».clockDrift	0
CognitoIdentityServiceProvider.«lc26:cid».«uuid:sub».signInDetails	{"loginId":"ops@«@acme|initech».example.com","authFlowType":"USER_SRP_AUTH"}
amplify-signin-with-hostedUI	false
""")

N("chrome_application_cookies_table_analytics_only", SRC["chrome_console"], """
Name	Value	Domain	Path	Expires / Max-Age	Size	HttpOnly	Secure	SameSite	Partition Key	Priority
_ga	GA1.1.«dig9:g».«dig10:t»	.«@acme|initech».example.com	/	2026-«@01|02|03»-«dd:d»T«hh:h»:«mm:m»:«mm:s».«dig3:ms»Z	30				Medium
_ga_«uc10:m»	GS1.1.«dig10:t».«dig1:n».1.«dig10:t2».0.0.0	.«@acme|initech».example.com	/	2026-«@01|02|03»-«dd:d»T«hh:h»:«mm:m»:«mm:s».«dig3:ms»Z	«dig2:sz»				Medium
wandb_theme	dark	%s	/	Session	«dig2:sz2»		✓	Lax		Medium
""" % HOST)

N("graphql_ws_messages_empty_connection_init_and_next", SRC["graphql_ws"], """
{"type":"connection_init","payload":{}}
{"type":"connection_ack"}
{"id":"«uuid:sub»","type":"next","payload":{"data":{"runUpdated":{"name":"«lc8:run»","state":"running","heartbeatAt":"«T»"}}}}
{"id":"«uuid:sub»","type":"complete"}
""")

N("socketio_v4_frames_ping_pong_event_ids", SRC["socketio"], """
2
3
42/live,["runUpdate",{"runId":"«lc8:run»","step":«dig4:st»,"digest":"«hex40:dg»"}]
42/live,["heartbeat",{"ts":17«dig11:t»}]
""")

N("graphql_response_viewer_api_keys_ids_descriptions", SRC["wandb"], """
{"data":{"viewer":{"id":"VXNlcjo«an6:uid»","username":"«@ana|bo|chen»","apiKeys":{"edges":[{"node":{"id":"QXBpS2V5Oj«an4:a»","description":"laptop","createdAt":"«T»"}},{"node":{"id":"QXBpS2V5Oj«an4:b»","description":"ci runner","createdAt":"«T»"}}]}}}}
""")

N("har_response_content_text_go_escaped_direct_url_unsigned", SRC["har"], """
        "content": {
          "size": «dig4:sz»,
          "mimeType": "application/json",
          "text": "{\\"data\\":{\\"artifact\\":{\\"id\\":\\"QXJ0aWZhY3Q6«an8:aid»\\",\\"digest\\":\\"«hex32:dg»\\",\\"currentManifest\\":{\\"file\\":{\\"directUrl\\":\\"https://%s.s3.amazonaws.com/wandb_artifacts/«dig9:a»/«hex32:md»?versionId=«b64u32:vid»\\\\u0026x-id=GetObject\\"}}}}}"
        },
""" % S3B)

N("har_response_redirecturl_login_redirect_param", SRC["har"], """
      "response": {
        "status": 302,
        "statusText": "Found",
        "headers": [
          { "name": "location", "value": "https://%s/oidc/login?redirect=%%2F%s%%2F%s%%2Fruns%%2F«lc8:run»" },
          { "name": "x-request-id", "value": "«uuid:rq»" }
        ],
        "redirectURL": "https://%s/oidc/login?redirect=%%2F%s%%2F%s%%2Fruns%%2F«lc8:run»",
""" % (HOST, ENT, PROJ, HOST, ENT, PROJ))

N("har_querystring_authorize_request_challenge_state_nonce", SRC["har"] + " ; " + SRC["oidc"], """
        "queryString": [
          { "name": "client_id", "value": "wandb-web" },
          { "name": "redirect_uri", "value": "https%%3A%%2F%%2F%s%%2Foidc%%2Fcallback" },
          { "name": "response_type", "value": "code" },
          { "name": "scope", "value": "openid profile email" },
          { "name": "state", "value": "«hex32:st»" },
          { "name": "nonce", "value": "«b64u22:no»" },
          { "name": "code_challenge", "value": "«b64u43:cc»" },
          { "name": "code_challenge_method", "value": "S256" }
        ],
""" % HOST)

N("har_response_cookies_array_cleared_session_logout", SRC["har"], """
        "cookies": [
          {
            "name": "wandb_session",
            "value": "",
            "path": "/",
            "domain": "%s",
            "expires": "1970-01-01T00:00:00.000Z",
            "httpOnly": true,
            "secure": true
          }
        ],
""" % HOST)

N("har_response_headers_object_store_request_ids_hashes", SRC["har"], """
          { "name": "etag", "value": "\\"«hex32:et»\\"" },
          { "name": "x-amz-request-id", "value": "«uc16:rq»" },
          { "name": "x-amz-id-2", "value": "«b64s76:id2»" },
          { "name": "x-amz-version-id", "value": "«b64u32:vid»" },
          { "name": "x-goog-hash", "value": "crc32c=«b64s6:c»==,md5=«b64s22:m»==" },
          { "name": "x-goog-generation", "value": "17«dig14:gen»" },
""")

N("har_minified_third_party_font_request_referer_plain_page", SRC["har"], """
{"request":{"method":"GET","url":"https://fonts.gstatic.com/s/inter/v13/UcC73FwrK3iLTeHuS_fvQtMwCp50KnMa1ZL7.woff2","httpVersion":"http/2.0","headers":[{"name":"origin","value":"https://%s"},{"name":"referer","value":"https://%s/%s/%s/runs/«lc8:run»?nw=«lc10:nw»"},{"name":"sec-fetch-dest","value":"font"}],"queryString":[],"cookies":[],"headersSize":-1,"bodySize":0},"response":{"status":200,"statusText":"","httpVersion":"http/2.0"},"time":«dig2:t».«dig3:tm»}
""" % (HOST, HOST, ENT, PROJ))

N("ga4_collect_beacon_plain_page_location", SRC["ga4"], """
POST https://region1.google-analytics.com/g/collect?v=2&tid=G-«uc10:tid»&gtm=45je4«an5:gtm»&_p=«dig10:p»&cid=«dig9:c».«dig10:ct»&ul=en-us&sr=1920x1080&_s=«dig1:s»&sid=«dig10:sid»&sct=«dig1:sct»&seg=1&dl=https%%3A%%2F%%2F%s%%2F%s%%2F%s%%2Fworkspace&dt=Weights%%20%%26%%20Biases&en=user_engagement&_et=«dig4:et» 204 (No Content)
""" % (HOST, ENT, PROJ))

N("csp_violation_report_plain_document_uri", SRC["csp_report"], """
{
  "csp-report": {
    "document-uri": "https://%s/%s/%s/reports",
    "referrer": "",
    "violated-directive": "img-src",
    "effective-directive": "img-src",
    "original-policy": "default-src 'self'; img-src 'self' data: https://*.blob.core.windows.net; report-uri /csp-report",
    "blocked-uri": "https://i.ytimg.com/vi/«b64u11:yt»/hqdefault.jpg",
    "status-code": 200
  }
}
""" % (HOST, ENT, PROJ))

N("html_script_tags_subresource_integrity_hashes", SRC["html"], """
<link rel="stylesheet" href="/static/css/main.«hex8:c».css" integrity="sha384-«b64s64:i1»" crossorigin="anonymous">
<script defer src="/static/js/main.«hex8:j».js" integrity="sha384-«b64s64:i2»" crossorigin="anonymous"></script>
<meta name="csrf-param" content="authenticity_token">
<meta name="build-sha" content="«hex40:sha»">
""")

N("chrome_elements_img_src_unsigned_content_hash", SRC["html"], """
<img class="media-card__image" alt="val_«dig3:st».png" src="https://%s/files/%s/%s/«lc8:run»/media/images/val_«dig3:st»_«hex20:h».png?v=«hex12:v»&amp;w=«@256|512»" loading="lazy">
""" % (HOST, ENT, PROJ))

N("sentry_envelope_endpoint_public_key_query", SRC["sentry_js"], """
POST https://o«dig6:org».ingest.sentry.io/api/«dig7:pid»/envelope/?sentry_key=«hex32:pk»&sentry_version=7&sentry_client=sentry.javascript.react%2F8.«dig2:v».0 200 (OK)
{"event_id":"«hex32:ev»","sent_at":"«T»","sdk":{"name":"sentry.javascript.react","version":"8.«dig2:v».0"},"trace":{"environment":"production","public_key":"«hex32:pk»","trace_id":"«hex32:tr»","sample_rate":"0.1"}}
""")

N("sentry_javascript_event_request_plain_and_navigation", SRC["sentry_js"], """
  "event_id": "«hex32:ev»",
  "request": {
    "url": "https://%s/%s/%s/sweeps/«lc8:sw»",
    "headers": {"Referer": "https://%s/%s", "User-Agent": "%s"}
  },
  "breadcrumbs": {"values": [{"timestamp": «TE», "category": "navigation", "data": {"from": "/%s", "to": "/%s/%s/sweeps/«lc8:sw»"}}]},
  "contexts": {"trace": {"trace_id": "«hex32:tr»", "span_id": "«hex16:sp»", "op": "navigation"}},
""" % (HOST, ENT, PROJ, HOST, ENT, UA_CH, ENT, ENT, PROJ))

N("sentry_replay_network_span_content_headers_only", SRC["sentry_replay"], """
{"type":5,"timestamp":«TE»,"data":{"tag":"performanceSpan","payload":{"op":"resource.fetch","description":"https://%s/graphql","startTimestamp":«TE»,"endTimestamp":«TE»,"data":{"method":"POST","statusCode":200,"request":{"size":«dig3:rs»,"headers":{"content-type":"application/json","x-request-id":"«uuid:rq»"}},"response":{"size":«dig4:sz»,"headers":{"content-type":"application/json","etag":"W/\\"«hex16:et»\\""}}}}}}
""" % HOST)

N("datadog_rum_init_public_client_token_application_id", SRC["dd_rum"], """
datadogRum.init({
  applicationId: '«uuid:app»',
  clientToken: 'pub«hex32:ct»',
  site: 'datadoghq.com',
  service: 'wandb-frontend',
  env: 'prod',
  version: '0.«dig2:v».«dig1:p»',
  sessionSampleRate: 20,
  trackResources: true,
});
""")

N("datadog_rum_resource_event_unsigned_static_url", SRC["dd_rum"], """
{"type":"resource","date":17«dig11:dt»,"application":{"id":"«uuid:app»"},"session":{"id":"«uuid:s»","type":"user"},"view":{"id":"«uuid:v»","url":"https://%s/%s/%s/table"},"resource":{"id":"«uuid:r»","type":"js","method":"GET","url":"https://%s/static/js/«dig3:c».«hex8:h».chunk.js","status_code":200,"duration":«dig9:du»,"size":«dig6:sz»},"_dd":{"trace_id":"«dig19:tr»","span_id":"«dig18:sp»"}}
""" % (HOST, ENT, PROJ, HOST))

N("datadog_rum_view_event_callback_error_access_denied", SRC["dd_rum"] + " ; " + SRC["oidc"], """
{"type":"view","date":17«dig11:dt»,"service":"wandb-frontend","view":{"id":"«uuid:v»","referrer":"https://%s/","url":"https://%s/oidc/callback?error=access_denied&error_description=User%%20is%%20not%%20assigned%%20to%%20the%%20client%%20application.&state=«b64u32:st»","loading_type":"initial_load"}}
""" % (IDP, HOST))

N("bugsnag_request_breadcrumb_failed_plain_url", SRC["bugsnag"], """
"breadcrumbs": [
  {"timestamp": "«T»", "name": "XMLHttpRequest failed", "type": "request", "metaData": {"status": 502, "request": "POST https://%s/graphql", "duration": «dig4:du»}},
  {"timestamp": "«T»", "name": "Console output", "type": "log", "metaData": {"severity": "error", "[0]": "run «lc8:run» not found"}}
],
""" % HOST)

N("logrocket_identify_traits_without_credentials", SRC["logrocket"], """
LogRocket.init('«lc6:org»/wandb-prod', { network: { requestSanitizer: (r) => { r.headers['authorization'] = null; return r; } } });
LogRocket.identify('«uuid:uid»', {
  name: '«@Ana Ruiz|Bo Li|Chen Wu»',
  entity: '%s',
  plan: 'enterprise',
});
// session: https://app.logrocket.com/«lc6:org»/wandb-prod/s/5-«uuid:s»/0?t=17«dig11:t»
""" % ENT)

N("posthog_pageview_properties_plain_url", SRC["posthog"], """
{"event":"$pageview","properties":{"$os":"Windows","$browser":"Chrome","$current_url":"https://%s/%s/%s/runs/«lc8:run»?nw=«lc10:nw»","$host":"%s","$pathname":"/%s/%s/runs/«lc8:run»","distinct_id":"«uuid:did»","$session_id":"«uuid:sid»","$insert_id":"«lc16:ins»"},"timestamp":"«T»"}
""" % (HOST, ENT, PROJ, HOST, ENT, PROJ))

N("electron_updater_latest_yml_sha512", SRC["electron_updater"], """
version: 2.«dig1:v».«dig1:p»
files:
  - url: wandb-desktop-Setup-2.«dig1:v».«dig1:p».exe
    sha512: «b64s86:h1»==
    size: «dig8:sz»
path: wandb-desktop-Setup-2.«dig1:v».«dig1:p».exe
sha512: «b64s86:h1»==
releaseDate: '«T»'
""")

N("electron_log_update_check_and_paths", SRC["electron_log"], """
[«TS»] [info]  Checking for update
[«TS»] [info]  Found version 2.«dig1:v».«dig1:p» (url: wandb-desktop-Setup-2.«dig1:v».«dig1:p».exe)
[«TS»] [info]  Downloading update from https://downloads.«@acme|initech».example.com/desktop/wandb-desktop-Setup-2.«dig1:v».«dig1:p».exe
[«TS»] [info]  userData: C:\\Users\\«@ana|bo»\\AppData\\Roaming\\wandb-desktop; session partition persist:«lc8:part»
""")

N("chromium_verbose_log_plain_navigation_and_gpu", SRC["chromium_log"], """
[«dig5:pid»:«@0312|0415|1102»/«hms:t».«dig3:ms»:VERBOSE1:navigation_request.cc(«dig4:l»)] Navigating to https://%s/%s/%s/workspace?nw=«lc10:nw»
[«dig5:pid2»:«@0312|0415|1102»/«hms:t».«dig3:ms»:ERROR:gpu_init.cc(«dig3:l2»)] Passthrough is not supported, GL is disabled, ANGLE is
""" % (HOST, ENT, PROJ))

N("workbox_precaching_manifest_revisions", SRC["workbox"], """
workbox Precaching «dig2:n» files.
  ▶ View newly precached URLs.
      {url: '/index.html', revision: '«hex32:r1»'}
      {url: '/static/js/main.«hex8:h1».js', revision: null}
      {url: '/static/css/main.«hex8:h2».css', revision: null}
      {url: '/manifest.json', revision: '«hex32:r2»'}
""")

N("workbox_router_responding_to_static_media", SRC["workbox"], """
workbox Router is responding to: /static/media/logo.«hex8:h».svg
workbox Using CacheFirst to respond to '/static/media/logo.«hex8:h».svg'
workbox Network request for '/static/media/logo.«hex8:h».svg' returned a response with status '200'.
""")

N("serviceworker_internals_registration_block", SRC["sw_internals"], """
Scope: https://%s/
Registration ID: «dig2:rid»
Navigation preload enabled: false
Active worker:
Installation Status: ACTIVATED
Running Status: RUNNING
Script: https://%s/service-worker.js
Version ID: «dig3:vid»
Client: ID: «uuid:cl» URL: https://%s/%s/%s
""" % (HOST, HOST, HOST, ENT, PROJ))

N("vscode_restclient_dotenv_processenv_references", SRC["restclient"], """
@host = https://%s
@apiKey = {{$dotenv WANDB_API_KEY}}

### viewer
POST {{host}}/graphql
Authorization: Basic api {{apiKey}}
X-Request-Id: {{$guid}}
Content-Type: application/json
""" % HOST)

N("vscode_restclient_prompt_variable_login", SRC["restclient"], """
### local login
# @prompt username
# @prompt password Your W&B password
POST https://%s/api/login
Content-Type: application/x-www-form-urlencoded

username={{username}}&password={{password}}
""" % HOST)

N("jetbrains_http_client_env_json_public_only", SRC["jb_http"], """
{
  "selfhosted": {
    "host": "https://%s",
    "entity": "%s",
    "project": "%s"
  }
}
""" % (HOST, ENT, PROJ))

N("newman_run_env_var_shell_reference", SRC["postman"], """
$ newman run wandb-smoke.postman_collection.json --env-var "baseUrl=https://%s" --env-var "apiKey=$WANDB_API_KEY" --reporters cli,junit
→ viewer
  POST https://%s/graphql [200 OK, «dig3:sz»B, «dig3:ms»ms]
  ✓  status is 200
""" % (HOST, HOST))

N("postman_globals_export_vault_reference", SRC["postman"], """
{
	"id": "«uuid:id»",
	"values": [
		{ "key": "wandb_host", "value": "https://%s", "type": "default", "enabled": true },
		{ "key": "wandb_api_key", "value": "{{vault:wandb-api-key}}", "type": "default", "enabled": true }
	],
	"name": "Globals",
	"_postman_variable_scope": "globals",
	"_postman_exported_at": "«T»"
}
""" % HOST)

N("insomnia_v5_yaml_basic_auth_template_tag", SRC["insomnia"], """
type: collection.insomnia.rest/5.0
name: wandb server
meta:
  id: wrk_«hex32:w»
collection:
  - url: "{{ _.host }}/graphql"
    name: viewer
    method: POST
    authentication:
      type: basic
      password: "{{ _.apiKey }}"
""")

N("bruno_collection_bru_oauth2_process_env_secret", SRC["bruno"], """
auth:oauth2 {
  grant_type: authorization_code
  callback_url: https://%s/oidc/callback
  authorization_url: https://%s/oauth2/v1/authorize
  access_token_url: https://%s/oauth2/v1/token
  client_id: «an20:cid»
  client_secret: {{process.env.OIDC_CLIENT_SECRET}}
  pkce: true
}
""" % (HOST, IDP, IDP))

N("hoppscotch_request_angle_variables_headers", SRC["hoppscotch"], """
{
  "v": "«dig1:v»",
  "name": "viewer «dig3:n»",
  "method": "POST",
  "endpoint": "<<baseUrl>>/graphql",
  "headers": [{ "key": "Authorization", "value": "Basic <<basicAuth>>", "active": true }],
  "auth": { "authType": "inherit", "authActive": true }
}
""")

N("saml_redirect_binding_authn_request_query", SRC["saml"], """
GET https://%s/app/«lc20:app»/sso/saml?SAMLRequest=«b64s200:req|pct»&RelayState=«an24:rs» 302
""" % IDP)

N("saml_idp_metadata_xml_keydescriptor_signing_certificate", SRC["saml"], """
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://%s/saml/«lc12:eid»">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data><ds:X509Certificate>MIIDqDCCApCgAwIBAgIG«b64s300:cert»</ds:X509Certificate></ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://%s/app/«lc20:app»/sso/saml"/>
""" % (IDP, IDP))

N("chrome_payload_tab_query_string_params_unsigned", SRC["s3_presign"] + " ; " + SRC["chrome_console"], """
Query String Parameters
versionId: «b64u32:vid»
response-content-disposition: attachment; filename="model-«lc8:run».ckpt"
response-cache-control: max-age=«dig5:ma»
x-id: GetObject
""")

N("firefox_network_raw_request_headers_no_auth", SRC["ff_console"], """
GET /static/js/main.«hex8:h».js HTTP/2
Host: %s
User-Agent: %s
Accept: */*
If-None-Match: "«hex32:et»"
If-Modified-Since: «@Mon|Tue|Wed», «dd:d» «@Mar|Apr» 2024 «hh:h»:«mm:m»:«mm:s» GMT
Sec-Fetch-Dest: script
""" % (HOST, UA_FF))

N("safari_response_headers_set_cookie_cleared_and_cors", SRC["safari_console"], """
Status: 200 OK
Access-Control-Allow-Credentials: true
Access-Control-Allow-Headers: authorization, content-type, x-csrf-token, x-request-id
Access-Control-Expose-Headers: x-request-id, etag
Set-Cookie: wandb_session=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax
X-Request-Id: «uuid:rq»
""")

N("apollo_client_link_console_operation_plain_variables", SRC["chrome_console"], """
[apollo] → RunHistory {entityName: '%s', projectName: '%s', runName: '«lc8:run»', samples: 500}
[apollo] ← RunHistory {data: {project: {run: {id: 'UnVuOnYx«an12:rid»', historyKeys: {…}, __typename: 'Run'}}}} («dig3:ms» ms)
""" % (ENT, PROJ))

N("fetch_nodejs_copy_sas_url_redacted_sig", SRC["azure_sas"] + " ; " + SRC["ff_ps"], """
fetch("https://wbstore«lc4:sa».blob.core.windows.net/wandb/%s/«lc8:run»/model.ckpt?comp=block&blockid=«b64s16:bid»%%3D%%3D&sv=2022-11-02&se=«ymd:d»T«hh:h»%%3A00%%3A00Z&sr=b&sp=cw&sig=REDACTED", {
  "headers": {
    "x-ms-blob-type": "BlockBlob",
    "x-ms-version": "2022-11-02"
  },
  "method": "PUT"
});
""" % PROJ)

N("jwks_response_rsa_public_key_modulus", SRC["jwks"], """
{"keys":[{"kid":"«b64u43:kid»","kty":"RSA","alg":"RS256","use":"sig","n":"«b64u342:n»","e":"AQAB","x5t":"«b64u27:x5t»"}]}
""")

N("oidc_discovery_document_excerpt", SRC["oidc"], """
{
  "issuer": "https://%s/realms/wandb",
  "authorization_endpoint": "https://%s/realms/wandb/protocol/openid-connect/auth",
  "token_endpoint": "https://%s/realms/wandb/protocol/openid-connect/token",
  "jwks_uri": "https://%s/realms/wandb/protocol/openid-connect/certs",
  "code_challenge_methods_supported": ["plain", "S256"],
  "token_endpoint_auth_methods_supported": ["private_key_jwt", "client_secret_basic", "client_secret_post"]
}
""" % (IDP, IDP, IDP, IDP))

N("chrome_console_decoded_id_token_claims_object", SRC["chrome_console"] + " ; " + SRC["oidc"], """
claims ▶ {exp: 17«dig8:e», iat: 17«dig8:i», auth_time: 17«dig8:a», jti: '«uuid:jti»', iss: 'https://%s/realms/wandb', aud: 'wandb-web', sub: '«uuid:sub»', typ: 'ID', azp: 'wandb-web', nonce: '«b64u22:no»', session_state: '«uuid:ss»', at_hash: '«b64u22:ah»', sid: '«uuid:ss»', email: 'ops@«@acme|initech».example.com'}
""" % IDP)

N("har_websocket_messages_ping_pong_frames", SRC["har"], """
        "_webSocketMessages": [
          { "type": "send", "time": «TE», "opcode": 1, "data": "2" },
          { "type": "receive", "time": «TE», "opcode": 1, "data": "3" },
          { "type": "receive", "time": «TE», "opcode": 1, "data": "42/live,[\\"runUpdate\\",{\\"runId\\":\\"«lc8:run»\\",\\"step\\":«dig4:st»}]" }
        ]
""")

N("chrome_console_table_localstorage_non_secret", SRC["chrome_console"], """
┌─────────────────────┬──────────────────────────────────────┐
│ (index)             │ Values                               │
├─────────────────────┼──────────────────────────────────────┤
│ wandb:theme         │ 'dark'                               │
│ wandb:tokenExpiry   │ '17«dig8:ex»'                         │
│ wandb:lastEntity    │ '%s'                         │
└─────────────────────┴──────────────────────────────────────┘
""" % ENT)

N("performance_entries_static_assets_cache_busting", SRC["chrome_console"], """
> performance.getEntriesByType("resource").slice(0, 3).map(e => e.name)
< ['https://%s/static/js/main.«hex8:h».js', 'https://%s/static/css/main.«hex8:c».css?v=«hex12:v»', 'https://%s/api/v1/server-info?_=«dig13:cb»']
""" % (HOST, HOST, HOST))

N("support_doc_snippet_curl_placeholder_api_key", SRC["wandb"], """
# replace <your-api-key> with a key from https://%s/authorize
curl -u api:<your-api-key> -H 'Content-Type: application/json' \\
  --data '{"query":"{ viewer { username } }"}' https://%s/graphql
# or: curl -u "api:${WANDB_API_KEY}" ...
""" % (HOST, HOST))

SOURCES = {n: s for n, s, _, _ in POS + NEG}   # shape -> document whose format it follows


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
