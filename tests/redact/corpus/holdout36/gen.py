#!/usr/bin/env python3
"""holdout36: sealed held-out set for the wbdiag secret redactor.

Focus: API clients and traffic captures (API-client collections and
environments, devtools copy-as exports, HAR / net-export, proxies, packet
captures, client debug logs, gRPC metadata, GraphQL and WebSocket frames,
OAuth / OIDC flows).  Stdlib only, fixed seed, deterministic.
"""
import base64
import json
import os
import random
import re
import string
from urllib.parse import urlsplit

SEED = 3636_2026
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(SEED)

ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "-_"
UNRES = ALNUM + "-._~"
HEX = "0123456789abcdef"
B36 = string.ascii_lowercase + string.digits


class Redraw(Exception):
    pass


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def pw(n):
    mid = rs(ALNUM + "-_.~", n - 2)
    return R.choice(ALNUM) + mid + R.choice(ALNUM)


def csec():
    """client secret: base64url body, starts and ends with a letter or digit"""
    return R.choice(ALNUM) + rs(B64URL, 38) + R.choice(ALNUM)


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def wbkey():
    k = rs(HEX, 40)
    if R.random() < 0.35:
        return "local-" + k, k
    return k, k


def jwt(iss="https://idp.example.com/", aud="wandb-local", long_sig=False):
    hdr = {"alg": "RS256" if long_sig else "ES256", "kid": rs(HEX, 12), "typ": "JWT"}
    iat = 1700000000 + R.randrange(0, 60000000)
    pl = {"iss": iss, "sub": rs(B36, 20), "aud": aud, "iat": iat, "exp": iat + 3600,
          "email": R.choice(["ana", "li.wei", "omar", "k.tanaka", "sam"]) + "@example.com"}
    sig = rs(B64URL, 342 if long_sig else 86)
    tok = b64u(json.dumps(hdr).encode()) + "." + b64u(json.dumps(pl).encode()) + "." + sig
    return tok, sig


def basic(user, pwd):
    raw = (user + ":" + pwd).encode()
    b = base64.b64encode(raw).decode()
    g = -(-(len(user.encode()) + 1) // 3)
    return b, b[4 * g:].rstrip("=")


def rid():
    return rs(HEX, 32)


def uuid():
    h = rs(HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def ip():
    return "10.%d.%d.%d" % (R.randrange(0, 255), R.randrange(0, 255), R.randrange(2, 254))


def ts_clock():
    return "%02d:%02d:%02d.%06d" % (R.randrange(0, 24), R.randrange(0, 60), R.randrange(0, 60), R.randrange(0, 10 ** 6))


def date_iso():
    return "20%02d-%02d-%02dT%02d:%02d:%02d" % (R.choice([23, 24, 25]), R.randrange(1, 13), R.randrange(1, 29),
                                             R.randrange(0, 24), R.randrange(0, 60), R.randrange(0, 60))


WB_HOSTS = ["wandb.example.com", "wandb.corp.example.net", "ml.example.org", "wandb.internal.example.com"]
IDP = ["idp.example.com", "login.example.org", "sso.example.net", "auth.corp.example.com"]
ENTITIES = ["ml-team", "vision", "nlp-research", "platform", "recsys"]
PROJECTS = ["llm-eval", "detector-v3", "sweeps-demo", "ranker", "tts"]
UA = ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
      "python-requests/2.32.3", "W&B Internal Client 0.17.4", "PostmanRuntime/7.39.0", "insomnia/9.2.0",
      "HTTPie/3.2.2", "Go-http-client/1.1", "node"]


# --------------------------------------------------------------------------
# placements (what the request carries)
# a request: dict(method, url, headers=[(k, v)], body, auth, proxy, resp, secrets)
#   auth:  ("basic", user, password, raw_listing) | ("bearer", token, listing)
# --------------------------------------------------------------------------

def gql_viewer_body():
    return json.dumps({"operationName": "Viewer", "variables": {},
                       "query": "query Viewer { viewer { id username entity } }"}, separators=(",", ":"))


def pl_basic_api_key():
    full, sec = wbkey()
    h = R.choice(WB_HOSTS)
    return dict(method="POST", url="https://%s/graphql" % h,
                headers=[("Content-Type", "application/json"), ("X-Request-Id", rid()[:16])],
                body=gql_viewer_body(), auth=("basic", "api", full, sec), secrets=[])


def pl_bearer_id_token():
    tok, sig = jwt(long_sig=R.random() < 0.4)
    h = R.choice(WB_HOSTS)
    return dict(method="GET", url="https://%s/api/v1/%s/%s/runs?per_page=50" % (h, R.choice(ENTITIES), R.choice(PROJECTS)),
                headers=[("Accept", "application/json")], body=None, auth=("bearer", tok, sig), secrets=[])


def pl_session_cookie():
    name = R.choice(["wandb_session", "_oauth2_proxy", "AWSELBAuthSessionCookie-0", "session"])
    val = rs(B64URL, R.choice([43, 64, 88]))
    h = R.choice(WB_HOSTS)
    cookie = "%s=%s; wandb_anonymous_id=%s" % (name, val, rs(B36, 12)) if R.random() < 0.5 else "%s=%s" % (name, val)
    return dict(method="GET", url="https://%s/api/viewer" % h,
                headers=[("Accept", "application/json"), ("Cookie", cookie)], body=None, auth=None, secrets=[val])


def token_url():
    h = R.choice(IDP)
    return R.choice(["https://%s/oauth2/v1/token" % h, "https://%s/realms/ml/protocol/openid-connect/token" % h,
                     "https://%s/oauth/token" % h])


def pl_oidc_code_exchange():
    code = rs(B64URL, R.choice([32, 43, 48]))
    ver = rs(UNRES.replace(".", "").replace("~", ""), R.choice([43, 64, 96]))
    cs = csec()
    wb = R.choice(WB_HOSTS)
    body = ("grant_type=authorization_code&code=%s&redirect_uri=https%%3A%%2F%%2F%s%%2Foidc%%2Fcallback"
            "&code_verifier=%s&client_id=wandb-local&client_secret=%s" % (code, wb, ver, cs))
    return dict(method="POST", url=token_url(), headers=[("Content-Type", "application/x-www-form-urlencoded")],
                body=body, auth=None, secrets=[code, ver, cs])


def pl_refresh_grant():
    rt = rs(B64URL, R.choice([48, 64, 80]))
    cid = R.choice(["wandb-local", "0oa" + rs(ALNUM, 17), uuid()])
    cs = csec()
    body = "grant_type=refresh_token&refresh_token=%s&scope=openid+profile+email" % rt
    return dict(method="POST", url=token_url(), headers=[("Content-Type", "application/x-www-form-urlencoded")],
                body=body, auth=("basic", cid, cs, cs), secrets=[rt])


def pl_graphql_secret_var():
    full, sec = wbkey()
    name, pre, n = R.choice([("OPENAI_API_KEY", "sk-proj-", 48), ("HF_TOKEN", "hf_", 34), ("SLACK_WEBHOOK_TOKEN", "", 32),
                             ("GITHUB_TOKEN", "ghp_", 36)])
    val = rs(ALNUM, n)
    body = json.dumps({"operationName": "InsertSecret",
                       "variables": {"entityName": R.choice(ENTITIES), "secretName": name, "secretValue": pre + val},
                       "query": "mutation InsertSecret($entityName: String!, $secretName: String!, $secretValue: String!) "
                                "{ insertSecret(input: {entityName: $entityName, secretName: $secretName, secretValue: $secretValue}) { success } }"},
                      separators=(",", ":"))
    return dict(method="POST", url="https://%s/graphql" % R.choice(WB_HOSTS), headers=[("Content-Type", "application/json")],
                body=body, auth=("basic", "api", full, sec), secrets=[val])


def presigned_url(sig):
    if R.random() < 0.5:
        base = "https://wandb-files-%s.s3.us-east-1.amazonaws.com" % rs(B36, 6)
    else:
        base = "https://minio.example.com:9000/wandb-files"
    d = "20%02d%02d%02d" % (R.choice([23, 24, 25]), R.randrange(1, 13), R.randrange(1, 29))
    key = "/wandb/%s/%s/%s/files/output.log" % (R.choice(ENTITIES), R.choice(PROJECTS), rs(B36, 8))
    return (base + key + "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%s%%2F%s%%2Fus-east-1%%2Fs3%%2Faws4_request"
            "&X-Amz-Date=%sT%02d%02d%02dZ&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=%s"
            % (rs(string.ascii_uppercase + "234567", 16), d, d, R.randrange(24), R.randrange(60), R.randrange(60), sig))


def pl_presigned_get():
    sig = rs(HEX, 64)
    return dict(method="GET", url=presigned_url(sig), headers=[("Accept", "*/*")], body=None, auth=None, secrets=[sig])


def pl_callback_code():
    code = rs(B64URL, R.choice([32, 43, 50]))
    st = rs(B64URL, 22)
    return dict(method="GET", url="https://%s/oidc/callback?code=%s&state=%s" % (R.choice(WB_HOSTS), code, st),
                headers=[("Accept", "text/html")], body=None, auth=None, secrets=[code])


def pl_proxy_connect():
    user = R.choice(["svc-proxy", "mlproxy", "build"])
    p = pw(R.choice([12, 16, 20]))
    h = R.choice(WB_HOSTS)
    return dict(method="CONNECT", url="%s:443" % h, headers=[("Host", "%s:443" % h), ("User-Agent", R.choice(UA[2:4]))],
                body=None, auth=None, proxy=(user, p), secrets=[])


def pl_token_response():
    at, s1 = jwt()
    it, s2 = jwt(long_sig=R.random() < 0.3)
    rt = rs(B64URL, 64)
    body = json.dumps({"access_token": at, "token_type": "Bearer", "expires_in": 3600, "refresh_token": rt,
                       "id_token": it, "scope": "openid email profile"}, separators=(",", ":"))
    return dict(method="POST", url=token_url(), headers=[("Content-Type", "application/x-www-form-urlencoded")],
                body="grant_type=authorization_code&code=<consumed>", auth=None,
                resp=(200, [("Content-Type", "application/json"), ("Cache-Control", "no-store")], body), secrets=[s1, rt, s2])


PLACEMENTS = {
    "basic_api_key": pl_basic_api_key, "bearer_id_token": pl_bearer_id_token, "session_cookie": pl_session_cookie,
    "oidc_code_exchange_form": pl_oidc_code_exchange, "refresh_grant_client_basic": pl_refresh_grant,
    "graphql_insert_secret_vars": pl_graphql_secret_var, "presigned_get_url": pl_presigned_get,
    "oidc_callback_code_query": pl_callback_code, "proxy_connect_auth": pl_proxy_connect,
    "token_endpoint_response": pl_token_response,
}


def flat(req, native_auth=False):
    """Turn auth / proxy into headers; return (headers, secrets)."""
    hs = list(req["headers"])
    sec = list(req["secrets"])
    a = req.get("auth")
    if a and not native_auth:
        if a[0] == "basic":
            b, lst = basic(a[1], a[2])
            hs.insert(0, ("Authorization", "Basic " + b))
            sec.append(lst)
        else:
            hs.insert(0, ("Authorization", "Bearer " + a[1]))
            sec.append(a[2])
    if req.get("proxy"):
        b, lst = basic(*req["proxy"])
        hs.append(("Proxy-Authorization", "Basic " + b))
        sec.append(lst)
    return hs, sec


def native_auth_secrets(req):
    a = req.get("auth")
    if not a:
        return []
    return [a[3]] if a[0] == "basic" else [a[2]]


def window(lines, needles, maxn=12):
    idx = [i for i, l in enumerate(lines) if any(n in l for n in needles)]
    if not idx:
        raise Redraw("needle not in lines")
    j = idx[-1]
    idx = [x for x in idx if j - x + 1 <= maxn]
    i = idx[0]
    start = max(0, j - maxn + 1, i - R.randrange(0, 3))
    end = min(len(lines), max(j + 1, start + R.randrange(j - start + 1, maxn + 1)))
    return lines[start:end]


def present(lines, sec):
    text = "\n".join(lines)
    return [x for x in sec if x in text]


def parts(url):
    u = urlsplit(url)
    path = u.path + ("?" + u.query if u.query else "")
    return u.netloc, path


# --------------------------------------------------------------------------
# containers (how the request is written down)
# --------------------------------------------------------------------------

def c_curl_bash(req):
    hs, sec = flat(req)
    out = ["curl '%s' \\" % req["url"]]
    if req["method"] not in ("GET", "POST"):
        out.append("  -X '%s' \\" % req["method"])
    for k, v in hs:
        if k == "Cookie":
            out.append("  -b '%s' \\" % v)
        else:
            q = '"' if "$" in v else "'"
            out.append("  -H %s%s: %s%s \\" % (q, k.lower(), v, q))
    out.append("  -H 'user-agent: %s' \\" % UA[0])
    if req["body"]:
        out.append("  --data-raw '%s' \\" % req["body"].replace("'", "'\\''"))
    out.append("  --compressed")
    return out, sec


def cmd_esc(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"')
    s = re.sub(r"[^a-zA-Z0-9\s_\-:=+~'/.,?;()*`]", lambda m: "^" + m.group(0), s)
    return s


def c_curl_cmd(req):
    hs, sec = flat(req)
    out = ['curl ^"%s^" ^' % cmd_esc(req["url"])]
    for k, v in hs:
        if k == "Cookie":
            out.append('  -b ^"%s^" ^' % cmd_esc(v))
        else:
            out.append('  -H ^"%s: %s^" ^' % (k.lower(), cmd_esc(v)))
    out.append('  -H ^"sec-ch-ua-platform: ^\\^"Windows^\\^"^" ^')
    if req["body"]:
        out.append('  --data-raw ^"%s^" ^' % cmd_esc(req["body"]))
    out.append("  --compressed")
    return out, sec


def ps_esc(s):
    return s.replace("`", "``").replace('"', '`"').replace("$", "`$")


def c_powershell(req):
    hs, sec = flat(req)
    h = urlsplit(req["url"]).hostname or "wandb.example.com"
    out = ["$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession"]
    hh = []
    for k, v in hs:
        if k == "Cookie":
            for c in v.split("; "):
                n, _, val = c.partition("=")
                out.append('$session.Cookies.Add((New-Object System.Net.Cookie("%s", "%s", "/", "%s")))' % (n, val, h))
        elif k != "Content-Type":
            hh.append('  "%s"="%s"' % (k.lower(), v if ("$env:" in v or "$(" in v) else ps_esc(v)))
    out.append('Invoke-WebRequest -UseBasicParsing -Uri "%s" `' % ps_esc(req["url"]))
    if req["method"] != "GET":
        out.append('-Method "%s" `' % req["method"])
    out.append("-WebSession $session `")
    out.append("-Headers @{")
    out.extend(hh or ['  "accept"="*/*"'])
    ct = dict(hs).get("Content-Type")
    if req["body"]:
        out.append("} `")
        out.append('-ContentType "%s" `' % ct)
        out.append('-Body "%s"' % ps_esc(req["body"]))
    else:
        out.append("}")
    return out, sec


def js_headers(hs, indent="    "):
    return ['%s"%s": %s%s' % (indent, k.lower(), json.dumps(v), "," if i < len(hs) - 1 else "") for i, (k, v) in enumerate(hs)]


def c_fetch_browser(req):
    hs, sec = flat(req)
    hs = [(k, v) for k, v in hs if k != "Cookie"]
    out = ['fetch("%s", {' % req["url"], '  "headers": {'] + js_headers(hs) + ["  },"]
    out.append('  "body": %s,' % (json.dumps(req["body"]) if req["body"] else "null"))
    out += ['  "method": "%s",' % req["method"], '  "mode": "cors",', '  "credentials": "include"', "});"]
    return out, sec


def c_fetch_node(req):
    hs, sec = flat(req)
    out = ['fetch("%s", {' % req["url"], '  "headers": {'] + js_headers(hs) + ["  },"]
    out.append('  "body": %s,' % (json.dumps(req["body"]) if req["body"] else "null"))
    out += ['  "method": "%s"' % req["method"], "});"]
    return out, sec


def pretty(obj, indent=2, base=0):
    s = json.dumps(obj, indent=indent, ensure_ascii=False)
    pad = " " * base
    return [pad + l for l in s.split("\n")]


def c_har(req):
    hs, sec = flat(req)
    u = urlsplit(req["url"])
    entry = {"request": {"bodySize": len(req["body"] or ""), "method": req["method"], "url": req["url"],
                         "httpVersion": "HTTP/2", "headers": [{"name": k, "value": v} for k, v in hs],
                         "cookies": [], "queryString": [{"name": a.partition("=")[0], "value": a.partition("=")[2]}
                                                        for a in u.query.split("&") if a],
                         "headersSize": -1}}
    if req["body"]:
        entry["request"]["postData"] = {"mimeType": dict(hs).get("Content-Type", "text/plain"), "params": [], "text": req["body"]}
    if req.get("resp"):
        st, rh, rb = req["resp"]
        entry = {"response": {"status": st, "statusText": "OK", "httpVersion": "HTTP/2",
                              "headers": [{"name": k, "value": v} for k, v in rh],
                              "content": {"mimeType": "application/json", "size": len(rb), "text": rb}, "redirectURL": ""}}
    lines = pretty(entry, base=6)
    w = window(lines, sec)
    return w, present(w, sec)


NETLOG_T = {"start": 112, "h2": 169, "h1": 166}


def c_netexport(req):
    hs, sec = flat(req)
    host, path = parts(req["url"])
    sid = R.randrange(2000, 90000)
    t = R.randrange(10 ** 7, 10 ** 8)
    out = ['{"params":{"load_flags":0,"method":"%s","network_isolation_key":"https://%s https://%s","priority":"HIGHEST","url":%s},'
           '"phase":1,"source":{"id":%d,"start_time":"%d","type":1},"time":"%d","type":%d},'
           % (req["method"], ".".join(host.split(".")[-2:]), ".".join(host.split(".")[-2:]), json.dumps(req["url"]), sid, t, t,
              NETLOG_T["start"])]
    hl = [":method: %s" % req["method"], ":authority: %s" % host, ":scheme: https", ":path: %s" % path]
    hl += ["%s: %s" % (k.lower(), v) for k, v in hs]
    out.append('{"params":{"headers":%s},"phase":0,"source":{"id":%d,"start_time":"%d","type":1},"time":"%d","type":%d},'
               % (json.dumps(hl), sid, t, t + R.randrange(1, 40), NETLOG_T["h2"]))
    return out, sec


def postman_auth(a):
    if not a:
        return None
    if a[0] == "basic":
        return {"type": "basic", "basic": [{"key": "password", "value": a[2], "type": "string"},
                                           {"key": "username", "value": a[1], "type": "string"}]}
    return {"type": "bearer", "bearer": [{"key": "token", "value": a[1], "type": "string"}]}


def c_postman(req):
    hs, sec = flat(req, native_auth=True)
    sec += native_auth_secrets(req)
    r = {"method": req["method"]}
    if req.get("auth"):
        r["auth"] = postman_auth(req["auth"])
    r["header"] = [{"key": k, "value": v, "type": "text"} for k, v in hs]
    if req["body"]:
        if "=" in req["body"] and not req["body"].startswith("{"):
            r["body"] = {"mode": "urlencoded", "urlencoded": [{"key": a.partition("=")[0], "value": a.partition("=")[2], "type": "text"}
                                                              for a in req["body"].split("&")]}
        else:
            r["body"] = {"mode": "raw", "raw": req["body"], "options": {"raw": {"language": "json"}}}
    r["url"] = {"raw": req["url"]}
    lines = pretty({"name": R.choice(["viewer", "token", "runs", "callback", "upload"]), "request": r}, indent="\t", base=0)
    lines = ["\t\t" + l for l in lines]
    w = window(lines, sec)
    return w, present(w, sec)


def c_insomnia(req):
    hs, sec = flat(req, native_auth=True)
    sec += native_auth_secrets(req)
    a = req.get("auth")
    auth = {}
    if a and a[0] == "basic":
        auth = {"type": "basic", "useISO88591": False, "disabled": False, "username": a[1], "password": a[2]}
    elif a:
        auth = {"type": "bearer", "token": a[1], "prefix": "", "disabled": False}
    r = {"_id": "req_" + rs(HEX, 32), "parentId": "wrk_" + rs(HEX, 32), "url": req["url"], "name": "wandb " + req["method"].lower(),
         "method": req["method"], "body": ({"mimeType": dict(hs).get("Content-Type", ""), "text": req["body"]} if req["body"] else {}),
         "headers": [{"name": k, "value": v} for k, v in hs], "authentication": auth, "_type": "request"}
    lines = pretty(r, base=4)
    w = window(lines, sec)
    return w, present(w, sec)


def c_bruno(req):
    hs, sec = flat(req, native_auth=True)
    sec += native_auth_secrets(req)
    a = req.get("auth")
    m = req["method"].lower()
    body_kind = "none"
    if req["body"]:
        body_kind = "json" if req["body"].startswith("{") else "formUrlEncoded"
    out = ["%s {" % m, "  url: %s" % req["url"], "  body: %s" % body_kind,
           "  auth: %s" % (a[0] if a else "none"), "}", ""]
    if a and a[0] == "basic":
        out += ["auth:basic {", "  username: %s" % a[1], "  password: %s" % a[2], "}", ""]
    elif a:
        out += ["auth:bearer {", "  token: %s" % a[1], "}", ""]
    if hs:
        out += ["headers {"] + ["  %s: %s" % (k, v) for k, v in hs] + ["}", ""]
    if req["body"] and body_kind == "json":
        out += ["body:json {", "  " + req["body"], "}"]
    elif req["body"]:
        out += ["body:form-urlencoded {"] + ["  %s: %s" % (x.partition("=")[0], x.partition("=")[2]) for x in req["body"].split("&")] + ["}"]
    w = window(out, sec)
    return w, present(w, sec)


def c_hoppscotch(req):
    hs, sec = flat(req, native_auth=True)
    sec += native_auth_secrets(req)
    a = req.get("auth")
    if a and a[0] == "basic":
        auth = {"authType": "basic", "authActive": True, "username": a[1], "password": a[2]}
    elif a:
        auth = {"authType": "bearer", "authActive": True, "token": a[1]}
    else:
        auth = {"authType": "inherit", "authActive": True}
    r = {"v": "7", "name": "wandb", "method": req["method"], "endpoint": req["url"], "params": [],
         "headers": [{"key": k, "value": v, "active": True, "description": ""} for k, v in hs], "auth": auth,
         "body": {"contentType": dict(hs).get("Content-Type"), "body": req["body"]}}
    lines = pretty(r, base=6)
    w = window(lines, sec)
    return w, present(w, sec)


def c_http_file(req):
    hs, sec = flat(req, native_auth=True)
    a = req.get("auth")
    out = ["### " + R.choice(["viewer", "token exchange", "runs", "callback replay", "secret"]),
           "%s %s HTTP/1.1" % (req["method"], req["url"])]
    if a and a[0] == "basic":
        out.append("Authorization: Basic %s %s" % (a[1], a[2]) if R.random() < 0.5 else "Authorization: Basic %s:%s" % (a[1], a[2]))
        sec.append(a[3])
    elif a:
        out.append("Authorization: Bearer %s" % a[1])
        sec.append(a[2])
    out += ["%s: %s" % (k, v) for k, v in hs]
    if req["body"]:
        out += ["", req["body"]]
    return out, sec


def c_mitmdump(req):
    hs, sec = flat(req)
    host, path = parts(req["url"])
    cl = "%s:%d" % (ip(), R.randrange(30000, 65000))
    if req.get("resp"):
        st, rh, rb = req["resp"]
        out = ["%s: %s %s" % (cl, req["method"], req["url"]), " << %d OK %.1fk" % (st, len(rb) / 1000.0)]
        out += ["    %s: %s" % (k.lower(), v) for k, v in rh] + ["", "    " + rb]
        return out, sec
    out = ["%s: %s %s" % (cl, req["method"], req["url"] if req["method"] != "CONNECT" else req["url"])]
    out += ["    %s: %s" % (k.lower(), v) for k, v in hs]
    if req["body"]:
        out += ["", "    " + req["body"]]
    out.append(" << %d %s %db" % (200, "OK", R.randrange(80, 4000)))
    return out, sec


def http1(req, hs):
    host, path = parts(req["url"])
    rl = "%s %s HTTP/1.1" % (req["method"], req["url"] if req["method"] == "CONNECT" else path)
    lines = [rl]
    if not any(k == "Host" for k, _ in hs):
        lines.append("Host: %s" % host)
    lines += ["%s: %s" % (k, v) for k, v in hs]
    if req["body"]:
        lines.append("Content-Length: %d" % len(req["body"]))
    return lines


def c_fiddler(req):
    hs, sec = flat(req)
    if req.get("resp"):
        st, rh, rb = req["resp"]
        out = ["HTTP/1.1 %d OK" % st] + ["%s: %s" % (k, v) for k, v in rh] + ["Content-Length: %d" % len(rb), "", rb]
        return out, sec
    host, path = parts(req["url"])
    hs2 = [(k, v) for k, v in hs]
    out = http1(dict(req, url=req["url"] if req["method"] == "CONNECT" else req["url"]), hs2)
    out[0] = "%s %s HTTP/1.1" % (req["method"], req["url"])  # Fiddler Raw view shows the absolute URL
    if req["body"]:
        out += ["", req["body"]]
    return out, sec


def junk(n):
    return "".join(R.choice("........" + "E@P`#$%&" + string.ascii_uppercase[:6]) for _ in range(n))


def c_tcpdump(req):
    hs, sec = flat(req)
    h1 = http1(dict(req, url=req["url"].replace("https://", "http://")), hs)
    a, b = ip(), ip()
    ln = sum(len(x) + 2 for x in h1) + 2 + len(req["body"] or "")
    out = ["%s IP %s.%d > %s.%d: Flags [P.], seq 1:%d, ack 1, win 502, options [nop,nop,TS val %d ecr %d], length %d"
           % (ts_clock(), a, R.randrange(30000, 65000), b, R.choice([8080, 80, 3128]), ln + 1, R.randrange(10 ** 9), R.randrange(10 ** 9), ln),
           "E..%s..@.@.%s" % (junk(3), junk(6)), junk(16) + "......"]
    out[-1] = junk(12)
    out.append(junk(4) + h1[0])
    out += h1[1:]
    if req["body"]:
        out += ["", req["body"]]
    return out, sec


def c_ngrep(req):
    hs, sec = flat(req)
    h1 = http1(dict(req, url=req["url"].replace("https://", "http://")), hs)
    payload = "..".join(h1) + "...." + (req["body"] or "")
    out = ["#", "T %s:%d -> %s:%d [AP] #%d" % (ip(), R.randrange(30000, 65000), ip(), R.choice([8080, 80, 3128]), R.randrange(3, 400)),
           "  " + payload, "#"]
    return out, sec


def c_tshark_follow(req):
    hs, sec = flat(req)
    a, b = ip(), ip()
    out = ["=" * 67, "Follow: tcp,ascii", "Filter: tcp.stream eq %d" % R.randrange(0, 40),
           "Node 0: %s:%d" % (a, R.randrange(30000, 65000)), "Node 1: %s:%d" % (b, R.choice([8080, 80, 3128]))]
    if req.get("resp"):
        st, rh, rb = req["resp"]
        rl = ["HTTP/1.1 %d OK" % st] + ["%s: %s" % (k, v) for k, v in rh] + ["Content-Length: %d" % len(rb), "", rb]
        out.append("\t%d" % (sum(len(x) + 2 for x in rl)))
        out += ["\t" + x for x in rl]
        w = window(out, sec)
        return w, present(w, sec)
    h1 = http1(dict(req, url=req["url"].replace("https://", "http://")), hs)
    out.append("%d" % (sum(len(x) + 2 for x in h1) + 2 + len(req["body"] or "")))
    out += h1 + [""]
    if req["body"]:
        out.append(req["body"])
    w = window(out, sec)
    return w, present(w, sec)


def c_go_dump(req):
    hs, sec = flat(req)
    stamp = "20%02d/%02d/%02d %02d:%02d:%02d " % (R.choice([23, 24, 25]), R.randrange(1, 13), R.randrange(1, 29), R.randrange(24), R.randrange(60), R.randrange(60))
    if req.get("resp"):
        st, rh, rb = req["resp"]
        out = [stamp + "HTTP/1.1 %d OK\r" % st] + ["%s: %s\r" % (k, v) for k, v in sorted(rh)] + ["\r", rb]
        return out, sec
    h1 = http1(req, [(k.title() if not k.startswith("X-") else k, v) for k, v in hs] + [("Accept-Encoding", "gzip")])
    out = [stamp + h1[0] + "\r"] + [x + "\r" for x in h1[1:]] + ["\r"]
    if req["body"]:
        out.append(req["body"])
    return out, sec


def c_pyhttpclient(req):
    hs, sec = flat(req)
    host, path = parts(req["url"])
    if req["method"] == "CONNECT":
        msg = "CONNECT %s HTTP/1.0\\r\\n" % req["url"] + "".join("%s: %s\\r\\n" % (k, v) for k, v in hs if k != "Host") + "\\r\\n"
        out = ["send: b'%s'" % msg, "reply: 'HTTP/1.1 200 Connection established\\r\\n'", "header: Via: 1.1 proxy.example.com"]
        return out, sec
    hs2 = [("Host", host), ("User-Agent", "python-requests/2.32.3"), ("Accept-Encoding", "gzip, deflate")] + hs
    if req["body"]:
        hs2.append(("Content-Length", str(len(req["body"]))))
    msg = "%s %s HTTP/1.1\\r\\n" % (req["method"], path) + "".join("%s: %s\\r\\n" % (k, v) for k, v in hs2) + "\\r\\n"
    out = ["send: b'%s'" % msg]
    if req["body"]:
        out.append("send: b'%s'" % req["body"].replace("'", "\\'"))
    out += ["reply: 'HTTP/1.1 %s\\r\\n'" % R.choice(["200 OK", "401 Unauthorized", "403 Forbidden"]),
            "header: Content-Type: application/json", "header: X-Request-Id: %s" % rid()[:20]]
    return out, sec


CONTAINERS = {
    "devtools_copy_curl_bash_b_flag": c_curl_bash,
    "devtools_copy_curl_cmd_caret_escaped": c_curl_cmd,
    "devtools_copy_powershell_iwr_session": c_powershell,
    "devtools_copy_fetch_browser_cors": c_fetch_browser,
    "devtools_copy_fetch_nodejs_headers": c_fetch_node,
    "firefox_har_entry_pretty_window": c_har,
    "chrome_netlog_events_h2_header_list": c_netexport,
    "postman_v21_item_request_tabs": c_postman,
    "insomnia_v4_request_resource": c_insomnia,
    "bruno_bru_request_blocks": c_bruno,
    "hoppscotch_rest_request_v7": c_hoppscotch,
    "vscode_rest_client_request_block": c_http_file,
    "mitmdump_flow_detail_lines": c_mitmdump,
    "fiddler_raw_inspector_view": c_fiddler,
    "tcpdump_ascii_segment_dump": c_tcpdump,
    "ngrep_single_line_payload": c_ngrep,
    "tshark_follow_tcp_ascii_stream": c_tshark_follow,
    "go_httputil_dump_logged_crlf": c_go_dump,
    "python_http_client_send_bytes_repr": c_pyhttpclient,
}

DEVTOOLS = {"devtools_copy_curl_bash_b_flag", "devtools_copy_curl_cmd_caret_escaped", "devtools_copy_powershell_iwr_session",
            "devtools_copy_fetch_browser_cors", "devtools_copy_fetch_nodejs_headers", "firefox_har_entry_pretty_window",
            "chrome_netlog_events_h2_header_list"}
CLIENTS = {"postman_v21_item_request_tabs", "insomnia_v4_request_resource", "bruno_bru_request_blocks",
           "hoppscotch_rest_request_v7", "vscode_rest_client_request_block"}
RESP_OK = {"firefox_har_entry_pretty_window", "mitmdump_flow_detail_lines", "fiddler_raw_inspector_view",
           "tshark_follow_tcp_ascii_stream", "go_httputil_dump_logged_crlf"}
PROXY_OK = {"fiddler_raw_inspector_view", "tcpdump_ascii_segment_dump", "ngrep_single_line_payload",
            "tshark_follow_tcp_ascii_stream", "python_http_client_send_bytes_repr"}


def compatible(c, p):
    if p == "token_endpoint_response":
        return c in RESP_OK
    if p == "proxy_connect_auth":
        return c in PROXY_OK
    if c == "devtools_copy_fetch_browser_cors" and p == "session_cookie":
        return False
    if c == "chrome_netlog_events_h2_header_list" and p in ("oidc_code_exchange_form", "refresh_grant_client_basic",
                                                              "graphql_insert_secret_vars"):
        return False
    if c in CLIENTS and p in ("oidc_callback_code_query",):
        return False
    return True


ORDER = ["basic_api_key", "bearer_id_token", "session_cookie", "oidc_code_exchange_form", "refresh_grant_client_basic",
         "graphql_insert_secret_vars", "presigned_get_url", "oidc_callback_code_query", "proxy_connect_auth",
         "token_endpoint_response"]


def generic_shapes():
    out = []
    for ci, c in enumerate(CONTAINERS):
        comp = [p for p in ORDER if compatible(c, p)]
        musts = [p for p in comp if p in ("token_endpoint_response", "proxy_connect_auth")]
        rest = [p for p in comp if p not in musts]
        k = 7 - len(musts)
        rot = ci % len(rest)
        pick = (rest[rot:] + rest[:rot])[:k] + musts
        for p in pick:
            out.append(("%s__%s" % (c, p), c, p))
    return out


# --------------------------------------------------------------------------
# special positive shapes (own layouts)
# --------------------------------------------------------------------------

def sp_tshark_v_basic():
    full, sec = wbkey()
    b, lst = basic("api", full)
    h = R.choice(WB_HOSTS)
    out = ["Hypertext Transfer Protocol", "    POST /graphql HTTP/1.1\\r\\n",
           "        Request Method: POST", "        Request URI: /graphql", "        Request Version: HTTP/1.1",
           "    Host: %s:8080\\r\\n" % h, "    Authorization: Basic %s\\r\\n" % b, "        Credentials: api:%s" % full,
           "    Content-Type: application/json\\r\\n", "    Content-Length: %d\\r\\n" % R.randrange(60, 400)]
    return out, [lst, sec]


def sp_tshark_v_proxy():
    user = R.choice(["svc-proxy", "mlproxy", "build"])
    p = pw(R.choice([12, 16]))
    b, lst = basic(user, p)
    h = R.choice(WB_HOSTS)
    out = ["Hypertext Transfer Protocol", "    CONNECT %s:443 HTTP/1.1\\r\\n" % h, "        Request Method: CONNECT",
           "        Request URI: %s:443" % h, "    Host: %s:443\\r\\n" % h, "    Proxy-Authorization: Basic %s\\r\\n" % b,
           "        Credentials: %s:%s" % (user, p), "    User-Agent: python-requests/2.32.3\\r\\n", "    \\r\\n"]
    return out, [lst, p]


def sp_tshark_v_cookie():
    v = rs(B64URL, 43)
    h = R.choice(WB_HOSTS)
    out = ["Hypertext Transfer Protocol", "    GET /api/viewer HTTP/1.1\\r\\n", "    Host: %s\\r\\n" % h,
           "    Cookie: wandb_session=%s\\r\\n" % v, "        Cookie pair: wandb_session=%s" % v,
           "    Accept: application/json\\r\\n", "    \\r\\n", "    [Full request URI: http://%s/api/viewer]" % h]
    return out, [v]


def sp_postman_env(kind):
    def var(k, v, t="default"):
        return ["\t\t{", '\t\t\t"key": "%s",' % k, '\t\t\t"value": "%s",' % v, '\t\t\t"type": "%s",' % t, '\t\t\t"enabled": true', "\t\t},"]
    full, sec = wbkey()
    if kind == "api_key":
        out = ["{", '\t"id": "%s",' % uuid(), '\t"name": "wandb-onprem",', '\t"values": [']
        out = ['\t"values": ['] + var("baseUrl", "https://" + R.choice(WB_HOSTS)) + var("apiKey", full, "secret")[:5]
        return out, [sec]
    cs = csec()
    out = var("clientId", "wandb-local")[1:] + var("clientSecret", cs, "secret") + ["\t],"]
    return out[:12], [cs]


def sp_insomnia_env():
    full, sec = wbkey()
    p = pw(16)
    d = {"_id": "env_" + rs(HEX, 32), "_type": "environment", "name": "Base Environment",
         "data": {"base_url": "https://" + R.choice(WB_HOSTS), "api_key": full, "minio_password": p}}
    return pretty(d, base=4), [sec, p]


def sp_bruno_env(kind):
    full, sec = wbkey()
    if kind == "plain":
        out = ["vars {", "  baseUrl: https://%s" % R.choice(WB_HOSTS), "  apiKey: %s" % full, "  entity: %s" % R.choice(ENTITIES), "}"]
        return out, [sec]
    cs = csec()
    out = ["vars {", "  baseUrl: https://%s" % R.choice(WB_HOSTS), "  oidcClientId: wandb-local",
           "  oidcClientSecret: %s" % cs, "}", "vars:secret [", "  apiKey", "]"]
    return out, [cs]


def sp_hoppscotch_env():
    full, sec = wbkey()
    d = {"v": 1, "id": rs(B36, 10), "name": "wandb", "variables": [
        {"key": "host", "initialValue": "https://" + R.choice(WB_HOSTS), "currentValue": "https://" + R.choice(WB_HOSTS), "secret": False},
        {"key": "apiKey", "initialValue": full, "currentValue": full, "secret": False}]}
    return pretty(d)[:14][-12:], [sec]


def sp_httpie_session(kind):
    h = R.choice(WB_HOSTS)
    if kind == "basic":
        full, sec = wbkey()
        d = {"__meta__": {"about": "HTTPie session file", "help": "https://httpie.io/docs#sessions", "httpie": "3.2.2"},
             "auth": {"raw_auth": "api:" + full, "type": "basic"}, "cookies": [], "headers": [{"name": "Accept", "value": "application/json"}]}
        return pretty(d, indent=4)[:12], [sec]
    if kind == "bearer":
        tok, sig = jwt()
        d = {"__meta__": {"about": "HTTPie session file", "httpie": "3.2.2"}, "auth": {"raw_auth": tok, "type": "bearer"},
             "cookies": [], "headers": []}
        return pretty(d, indent=4), [sig]
    v = rs(B64URL, 64)
    d = {"cookies": [{"domain": h, "expires": None, "name": "wandb_session", "path": "/", "secure": True, "value": v}]}
    return pretty(d, indent=4), [v]


def sp_jetbrains_private_env():
    full, sec = wbkey()
    cs = csec()
    d = {"onprem": {"host": "https://" + R.choice(WB_HOSTS), "api_key": full, "oidc_client_secret": cs}}
    return pretty(d), [sec, cs]


def sp_vscode_settings_env():
    full, sec = wbkey()
    out = ['    "rest-client.environmentVariables": {', '        "$shared": {', '            "entity": "%s"' % R.choice(ENTITIES),
           "        },", '        "onprem": {', '            "host": "https://%s",' % R.choice(WB_HOSTS),
           '            "apiKey": "%s"' % full, "        }", "    },"]
    return out, [sec]


def sp_grpc_py(kind):
    if kind == "bearer":
        tok, sig = jwt()
        md = "(('authorization', 'Bearer %s'), ('x-request-id', '%s'))" % (tok, rid()[:16])
        s = [sig]
    else:
        full, sec = wbkey()
        b, lst = basic("api", full)
        md = "(('authorization', 'Basic %s'), ('grpc-accept-encoding', 'identity,deflate,gzip'))" % b
        s = [lst]
    out = ["%s DEBUG interceptor: outgoing call method=/wandb_internal.InternalService/Communicate" % date_iso(),
           "%s DEBUG interceptor: ClientCallDetails(method='/wandb_internal.InternalService/Communicate', timeout=None, metadata=%s, credentials=None, wait_for_ready=None, compression=None)"
           % (date_iso(), md)]
    return out, s


def sp_grpc_go(kind):
    if kind == "bearer":
        tok, sig = jwt()
        md = "map[authorization:[Bearer %s] content-type:[application/grpc] user-agent:[grpc-go/1.64.0]]" % tok
        s = [sig]
    else:
        k = rs(ALNUM, 40)
        md = "map[:authority:[otel-collector.monitoring.svc.cluster.local:4317] content-type:[application/grpc] x-honeycomb-team:[%s]]" % k
        s = [k]
    out = ["%s INFO grpc: received metadata md=%s" % (date_iso() + "Z", md)]
    return out, s


def sp_ws(kind):
    t = lambda: "%02d:%02d:%02d.%03d" % (R.randrange(24), R.randrange(60), R.randrange(60), R.randrange(1000))
    if kind == "bearer":
        tok, sig = jwt()
        first = '> {"type":"connection_init","payload":{"Authorization":"Bearer %s"}}' % tok
        s = [sig]
    elif kind == "apikey":
        full, sec = wbkey()
        b, lst = basic("api", full)
        first = '> {"type":"connection_init","payload":{"headers":{"Authorization":"Basic %s"}}}' % b
        s = [lst]
    else:
        v = rs(B64URL, 43)
        first = '> {"type":"connection_init","payload":{"cookie":"wandb_session=%s"}}' % v
        s = [v]
    out = ["Connected (press CTRL+C to quit)", first, '< {"type":"connection_ack"}',
           '> {"id":"%s","type":"subscribe","payload":{"query":"subscription { runUpdated(entity: \\"%s\\") { id } }"}}' % (uuid(), R.choice(ENTITIES))]
    return out, s


def sp_urllib3(kind):
    h = "wandb-files-%s.s3.us-east-1.amazonaws.com" % rs(B36, 6)
    if kind == "presigned":
        sig = rs(HEX, 64)
        u = presigned_url(sig)
        host, path = parts(u)
        out = ["DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): %s:443" % host.split(":")[0],
               'DEBUG:urllib3.connectionpool:https://%s:443 "GET %s HTTP/1.1" 200 %d' % (host.split(":")[0], path, R.randrange(100, 90000))]
        return out, [sig]
    code = rs(B64URL, 43)
    wb = R.choice(WB_HOSTS)
    out = ["DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): %s:443" % wb,
           'DEBUG:urllib3.connectionpool:https://%s:443 "GET /oidc/callback?code=%s&state=%s HTTP/1.1" 302 0' % (wb, code, rs(B64URL, 22))]
    return out, [code]


def sp_undici(kind):
    pid = R.randrange(100, 9999)
    if kind == "presigned":
        sig = rs(HEX, 64)
        u = presigned_url(sig)
        s = [sig]
    else:
        code = rs(B64URL, 43)
        u = "https://%s/oidc/callback?code=%s&state=%s" % (R.choice(WB_HOSTS), code, rs(B64URL, 22))
        s = [code]
    host = urlsplit(u).hostname
    out = ["UNDICI %d: connecting to %s using https:h1" % (pid, host), "UNDICI %d: connected to %s using https:h1" % (pid, host),
           "UNDICI %d: sending request to GET %s" % (pid, u), "UNDICI %d: received response to GET %s - HTTP 200" % (pid, u)]
    return out, s


def sp_axios(kind):
    full, sec = wbkey()
    b, lst = basic("api", full)
    h = R.choice(WB_HOSTS)
    if kind == "config":
        out = ["AxiosError: Request failed with status code 401", "  code: 'ERR_BAD_REQUEST',", "  config: {",
               "    method: 'post',", "    url: 'https://%s/graphql'," % h, "    headers: Object [AxiosHeaders] {",
               "      Accept: 'application/json, text/plain, */*',", "      'Content-Type': 'application/json',",
               "      Authorization: 'Basic %s'," % b, "      'User-Agent': 'axios/1.7.2',", "    },"]
        return out, [lst]
    if kind == "header_string":
        out = ["    _header: 'POST /graphql HTTP/1.1\\r\\n' +", "      'Accept: application/json, text/plain, */*\\r\\n' +",
               "      'Content-Type: application/json\\r\\n' +", "      'Authorization: Basic %s\\r\\n' +" % b,
               "      'User-Agent: axios/1.7.2\\r\\n' +", "      'Host: %s\\r\\n' +" % h, "      'Connection: keep-alive\\r\\n' +", "      '\\r\\n',"]
        return out, [lst]
    out = ["    auth: { username: 'api', password: '%s' }," % full, "    data: '%s'," % gql_viewer_body().replace("'", "\\'")]
    return out, [sec]


SPECIALS = [
    ("tshark_verbose_http_tree_credentials_subfield", sp_tshark_v_basic),
    ("tshark_verbose_connect_proxy_credentials_subfield", sp_tshark_v_proxy),
    ("tshark_verbose_cookie_pair_subfield", sp_tshark_v_cookie),
    ("postman_environment_export_secret_type_value", lambda: sp_postman_env("api_key")),
    ("postman_environment_export_client_secret_entry", lambda: sp_postman_env("cs")),
    ("insomnia_base_environment_data_map", sp_insomnia_env),
    ("bruno_environment_vars_block_plain_key", lambda: sp_bruno_env("plain")),
    ("bruno_environment_client_secret_beside_secret_list", lambda: sp_bruno_env("cs")),
    ("hoppscotch_environment_variables_initial_current", sp_hoppscotch_env),
    ("httpie_session_json_raw_auth_basic", lambda: sp_httpie_session("basic")),
    ("httpie_session_json_raw_auth_bearer", lambda: sp_httpie_session("bearer")),
    ("httpie_session_json_cookie_value", lambda: sp_httpie_session("cookie")),
    ("jetbrains_http_client_private_env_json", sp_jetbrains_private_env),
    ("vscode_settings_rest_client_environment_variables", sp_vscode_settings_env),
    ("grpc_python_client_call_details_metadata_bearer", lambda: sp_grpc_py("bearer")),
    ("grpc_python_client_call_details_metadata_basic", lambda: sp_grpc_py("basic")),
    ("grpc_go_received_md_map_bearer", lambda: sp_grpc_go("bearer")),
    ("grpc_go_received_md_map_otlp_team_header", lambda: sp_grpc_go("otlp")),
    ("wscat_graphql_ws_connection_init_bearer", lambda: sp_ws("bearer")),
    ("wscat_graphql_ws_connection_init_basic_header", lambda: sp_ws("apikey")),
    ("wscat_graphql_ws_connection_init_cookie", lambda: sp_ws("cookie")),
    ("urllib3_connectionpool_debug_presigned_path", lambda: sp_urllib3("presigned")),
    ("urllib3_connectionpool_debug_callback_code_path", lambda: sp_urllib3("code")),
    ("undici_node_debug_sending_request_presigned", lambda: sp_undici("presigned")),
    ("undici_node_debug_sending_request_callback_code", lambda: sp_undici("code")),
    ("axios_error_inspect_config_headers_basic", lambda: sp_axios("config")),
    ("axios_error_inspect_client_request_header_string", lambda: sp_axios("header_string")),
    ("axios_error_inspect_config_auth_object", lambda: sp_axios("auth")),
]


# --------------------------------------------------------------------------
# negatives
# --------------------------------------------------------------------------

def n_trace(c):
    h = R.choice(WB_HOSTS)
    tp = "00-%s-%s-01" % (rs(HEX, 32), rs(HEX, 16))
    return dict(method="GET", url="https://%s/api/v1/%s/%s/runs/%s" % (h, R.choice(ENTITIES), R.choice(PROJECTS), rs(B36, 8)),
                headers=[("Accept", "application/json"), ("traceparent", tp), ("X-Request-Id", uuid()),
                         ("If-None-Match", 'W/"%s"' % rs(HEX, 16))], body=None, auth=None, secrets=[]), "traceparent"


def n_authorize(c):
    h = R.choice(IDP)
    u = ("https://%s/oauth2/v1/authorize?response_type=code&client_id=wandb-local&redirect_uri=https%%3A%%2F%%2F%s%%2Foidc%%2Fcallback"
         "&scope=openid+profile+email&state=%s&nonce=%s&code_challenge=%s&code_challenge_method=S256"
         % (h, R.choice(WB_HOSTS), rs(B64URL, 22), rs(B64URL, 22), rs(B64URL, 43)))
    return dict(method="GET", url=u, headers=[("Accept", "text/html")], body=None, auth=None, secrets=[]), "code_challenge"


def n_graphql_ids(c):
    body = json.dumps({"operationName": "RunSummary", "variables": {"entityName": R.choice(ENTITIES), "projectName": R.choice(PROJECTS),
                                                                    "runName": rs(B36, 8)},
                       "query": "query RunSummary($entityName: String!, $projectName: String!, $runName: String!) "
                                "{ project(name: $projectName, entityName: $entityName) { run(name: $runName) { id summaryMetrics } } }"},
                      separators=(",", ":"))
    return dict(method="POST", url="https://%s/graphql" % R.choice(WB_HOSTS),
                headers=[("Content-Type", "application/json"), ("X-Request-Id", rid()[:16])], body=body, auth=None, secrets=[]), "RunSummary"


def n_hashes(c):
    d = rs(HEX, 32)
    return dict(method="GET", url="https://%s/artifactsV2/default/%s/%s/%s/model.safetensors" % (
        R.choice(WB_HOSTS), R.choice(ENTITIES), base64.b64encode(bytes(R.randrange(256) for _ in range(12))).decode().replace("/", "_").replace("+", "-"), d),
        headers=[("If-None-Match", '"%s"' % d), ("X-Wandb-Digest", base64.b64encode(bytes.fromhex(d)).decode()),
                 ("X-Amz-Content-Sha256", rs(HEX, 64))], body=None, auth=None, secrets=[]), "artifactsV2"


REFS = {
    "postman_v21_item_request_tabs": ["{{wandbApiKey}}", "{{apiKey}}", "{{WANDB_API_KEY}}"],
    "insomnia_v4_request_resource": ["{{ _.api_key }}", "{{ _.wandb_key }}", "{% response 'body', 'req_login', 'b64::JC50b2tlbg==::46b', 'never', 60 %}"],
    "bruno_bru_request_blocks": ["{{apiKey}}", "{{process.env.WANDB_API_KEY}}", "{{wandbKey}}"],
    "hoppscotch_rest_request_v7": ["<<apiKey>>", "<<wandb_api_key>>", "<<token>>"],
    "vscode_rest_client_request_block": ["{{apiKey}}", "{{$dotenv WANDB_API_KEY}}", "{{$processEnv WANDB_API_KEY}}", "{{login.response.body.$.access_token}}"],
    "devtools_copy_powershell_iwr_session": ["$env:WANDB_API_KEY", "$env:TOKEN", "$($cred.GetNetworkCredential().Password)"],
    "devtools_copy_curl_bash_b_flag": ["$WANDB_API_KEY", "${TOKEN}", "$(cat ~/.wandb_token)"],
    "devtools_copy_fetch_nodejs_headers": ["${process.env.WANDB_API_KEY}", "${token}", "${apiKey}"],
}
MASKS = ["********", "<redacted>", "[REDACTED]", "xxxxxxxx", "***", "<your-api-key>", "REPLACE_ME", "••••••••"]


def n_ref_or_mask(c):
    h = R.choice(WB_HOSTS)
    if c in REFS:
        v = R.choice(REFS[c])
        kind = R.choice(["Bearer", "Basic"]) if "$" in v or "{{" in v or "<<" in v else "Bearer"
    elif c == "chrome_netlog_events_h2_header_list":
        return dict(method="GET", url="https://%s/api/viewer" % h, headers=[("Authorization", "[%d bytes were stripped]" % R.randrange(20, 400)),
                                                                          ("Cookie", "[%d bytes were stripped]" % R.randrange(20, 400))],
                    body=None, auth=None, secrets=[]), "stripped"
    else:
        v = R.choice(MASKS)
        kind = R.choice(["Bearer", "Basic"])
    return dict(method="GET", url="https://%s/api/v1/%s/%s/runs" % (h, R.choice(ENTITIES), R.choice(PROJECTS)),
                headers=[("Authorization", "%s %s" % (kind, v)), ("Accept", "application/json")], body=None, auth=None, secrets=[]), "Authorization"


NEG_P = {"ref_or_mask": n_ref_or_mask, "trace_headers": n_trace, "authorize_state_nonce_challenge": n_authorize,
         "graphql_ids_only": n_graphql_ids, "artifact_digest_etag": n_hashes}


def generic_neg_shapes():
    out = []
    names = list(NEG_P)
    for ci, c in enumerate(CONTAINERS):
        rot = ci % len(names)
        pick = (names[rot:] + names[:rot])[:4]
        if "ref_or_mask" not in pick:
            pick[-1] = "ref_or_mask"
        for p in pick:
            nm = "neg_%s__%s" % (c, ("var_reference" if c in REFS else "masked_value") if p == "ref_or_mask" else p)
            out.append((nm, c, p))
    return out


def ns_postman_env():
    k = R.choice(["apiKey", "clientSecret", "password"])
    return ["\t\t{", '\t\t\t"key": "%s",' % k, '\t\t\t"value": "",', '\t\t\t"type": "secret",', '\t\t\t"enabled": %s' % R.choice(["true", "false"]),
            "\t\t},", "\t\t{", '\t\t\t"key": "entity",', '\t\t\t"value": "%s",' % R.choice(ENTITIES), '\t\t\t"type": "default",', "\t\t\t\"enabled\": true", "\t\t}"][:R.choice([6, 12])]


def ns_bruno_secret_list():
    names = R.sample(["apiKey", "oidcClientSecret", "minioPassword", "refreshToken", "wandbKey"], R.choice([1, 2, 3]))
    return ["vars {", "  baseUrl: https://%s" % R.choice(WB_HOSTS), "  entity: %s" % R.choice(ENTITIES), "}", "vars:secret ["] + \
        ["  %s%s" % (n, "," if i < len(names) - 1 else "") for i, n in enumerate(names)] + ["]"]


def ns_httpie_no_auth():
    d = {"__meta__": {"about": "HTTPie session file", "help": "https://httpie.io/docs#sessions", "httpie": "3.2.%d" % R.randrange(1, 4)},
         "auth": {"raw_auth": None, "type": None}, "cookies": [],
         "headers": [{"name": "Accept", "value": "application/json"}, {"name": "X-Request-Id", "value": rid()[:16]}]}
    return pretty(d, indent=4)[-12:]


def ns_jetbrains_public_env():
    d = {"onprem": {"host": "https://" + R.choice(WB_HOSTS), "entity": R.choice(ENTITIES), "project": R.choice(PROJECTS)},
         "dev": {"host": "http://127.0.0.1:%d" % R.choice([8080, 8081, 9000]), "entity": R.choice(ENTITIES)}}
    return pretty(d)


def ns_ws_frames():
    return ["Connected (press CTRL+C to quit)", '> {"type":"connection_init","payload":{}}', '< {"type":"connection_ack"}',
            '> {"type":"ping"}', '< {"type":"pong"}',
            '< {"id":"%s","type":"next","payload":{"data":{"runUpdated":{"id":"%s"}}}}' % (uuid(), base64.b64encode(("Run:v1:%s:%s" % (rs(B36, 8), R.choice(PROJECTS))).encode()).decode())]


def ns_grpc_md():
    return ["%s DEBUG interceptor: ClientCallDetails(method='/wandb_internal.InternalService/Communicate', timeout=%s, metadata=(('x-request-id', '%s'), ('grpc-accept-encoding', 'identity,deflate,gzip'), ('traceparent', '00-%s-%s-01')), credentials=None, wait_for_ready=None, compression=None)"
            % (date_iso(), R.choice(["None", "30.0", "5.0"]), rid()[:16], rs(HEX, 32), rs(HEX, 16))]


def ns_urllib3():
    wb = R.choice(WB_HOSTS)
    return ["DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): %s:443" % wb,
            'DEBUG:urllib3.connectionpool:https://%s:443 "POST /files/%s/%s/%s/file_stream HTTP/1.1" 200 %d' % (wb, R.choice(ENTITIES), R.choice(PROJECTS), rs(B36, 8), R.randrange(2, 90)),
            "DEBUG:urllib3.util.retry:Converted retries value: %d -> Retry(total=%d, connect=None, read=None, redirect=None, status=None)" % ((R.randrange(3, 10),) * 2)]


def ns_undici():
    pid = R.randrange(100, 9999)
    u = "https://%s/oidc/callback?error=access_denied&error_description=User+cancelled&state=%s" % (R.choice(WB_HOSTS), rs(B64URL, 22))
    return ["UNDICI %d: connecting to %s using https:h1" % (pid, urlsplit(u).hostname), "UNDICI %d: sending request to GET %s" % (pid, u),
            "UNDICI %d: received response to GET %s - HTTP 302" % (pid, u)]


def ns_tshark_v():
    h = R.choice(WB_HOSTS)
    return ["Hypertext Transfer Protocol", "    GET /healthz HTTP/1.1\\r\\n", "    Host: %s:8080\\r\\n" % h,
            "    If-None-Match: \"%s\"\\r\\n" % rs(HEX, 32), "    X-Request-Id: %s\\r\\n" % uuid(), "    \\r\\n",
            "    [Full request URI: http://%s:8080/healthz]" % h, "    [HTTP request %d/%d]" % (1, R.randrange(1, 9))]


def ns_axios():
    return ["AxiosError: Request failed with status code %d" % R.choice([401, 403, 404, 502]), "  code: 'ERR_BAD_REQUEST',", "  config: {",
            "    method: 'get',", "    url: 'https://%s/api/v1/%s/runs'," % (R.choice(WB_HOSTS), R.choice(ENTITIES)),
            "    headers: Object [AxiosHeaders] {", "      Accept: 'application/json, text/plain, */*',",
            "      'X-Request-Id': '%s'," % uuid(), "      'User-Agent': 'axios/1.7.%d'," % R.randrange(0, 9), "    },"]


NEG_SPECIALS = [
    ("neg_postman_environment_secret_type_empty_value", ns_postman_env),
    ("neg_bruno_environment_vars_secret_names_only", ns_bruno_secret_list),
    ("neg_httpie_session_json_null_auth_headers", ns_httpie_no_auth),
    ("neg_jetbrains_http_client_public_env_json", ns_jetbrains_public_env),
    ("neg_wscat_graphql_ws_empty_init_ping_pong", ns_ws_frames),
    ("neg_grpc_python_client_call_details_trace_only", ns_grpc_md),
    ("neg_urllib3_connectionpool_file_stream_retry", ns_urllib3),
    ("neg_undici_node_debug_callback_error_state", ns_undici),
    ("neg_tshark_verbose_http_tree_etag_request_id", ns_tshark_v),
    ("neg_axios_error_inspect_config_no_auth", ns_axios),
]



# --------------------------------------------------------------------------
# where each layout comes from (per shape: container source | placement source)
# --------------------------------------------------------------------------
CHROME_COPY = "https://chromium.googlesource.com/devtools/devtools-frontend/+/refs/heads/main/front_end/panels/network/NetworkLogView.ts (generateCurlCommand / generatePowerShellCommand / generateFetchCall); https://developer.chrome.com/docs/devtools/network/reference#copy"
CONTAINER_SRC = {
    "devtools_copy_curl_bash_b_flag": CHROME_COPY + " (bash: single quotes, lower-case h2 header names, cookies as -b)",
    "devtools_copy_curl_cmd_caret_escaped": CHROME_COPY + " (cmd: ^\" quoting and caret-escaped specials)",
    "devtools_copy_powershell_iwr_session": CHROME_COPY + " (PowerShell: WebRequestSession, Cookies.Add, -Headers @{}, backtick escapes)",
    "devtools_copy_fetch_browser_cors": CHROME_COPY + " (Copy as fetch: headers object, referrer/mode/credentials, no cookie header)",
    "devtools_copy_fetch_nodejs_headers": CHROME_COPY + " (Copy as fetch (Node.js): cookie kept in headers)",
    "firefox_har_entry_pretty_window": "http://www.softwareishard.com/blog/har-12-spec/ ; https://firefox-source-docs.mozilla.org/devtools-user/network_monitor/toolbar/index.html (Save All As HAR)",
    "chrome_netlog_events_h2_header_list": "https://www.chromium.org/for-testers/providing-network-details/ ; net/log/net_log_event_type_list.h (URL_REQUEST_START_JOB, HTTP_TRANSACTION_HTTP2_SEND_REQUEST_HEADERS 'headers' list, '[N bytes were stripped]')",
    "postman_v21_item_request_tabs": "https://schema.postman.com/collection/json/v2.1.0/draft-07/collection.json (item.request.auth basic/bearer arrays, header, body urlencoded/raw)",
    "insomnia_v4_request_resource": "https://docs.insomnia.rest/insomnia/import-export-data (export format 4 resources, _type request, authentication object)",
    "bruno_bru_request_blocks": "https://docs.usebruno.com/bru-lang/overview ; github hawks-atlanta/proxy-python docs/bruno/account/register.bru (meta/post/auth:basic/headers/body blocks)",
    "hoppscotch_rest_request_v7": "https://docs.hoppscotch.io/documentation/features/collections ; @hoppscotch/data HoppRESTRequest (endpoint, headers key/value/active, auth authType)",
    "vscode_rest_client_request_block": "https://github.com/Huachao/vscode-restclient#basic-auth (### separators, 'Basic user password' and 'Basic user:password') ; https://www.jetbrains.com/help/idea/exploring-http-syntax.html",
    "mitmdump_flow_detail_lines": "https://docs.mitmproxy.org/stable/tools-mitmdump/ (--flow-detail 3 request/response header and body lines)",
    "fiddler_raw_inspector_view": "https://docs.telerik.com/fiddler-everywhere/traffic/inspecting-traffic (Raw inspector: absolute-URI request line, CONNECT tunnels)",
    "tcpdump_ascii_segment_dump": "https://www.tcpdump.org/manpages/tcpdump.1.html (-A: header line, IP/TCP header bytes as dots, payload)",
    "ngrep_single_line_payload": "https://github.com/jpr5/ngrep/blob/master/EXAMPLES.md (T src -> dst [AP] header, CRLF shown as ..)",
    "tshark_follow_tcp_ascii_stream": "https://www.wireshark.org/docs/man-pages/tshark.html (-z follow,tcp,ascii: Node lines, chunk lengths, server side tab-indented)",
    "go_httputil_dump_logged_crlf": "https://pkg.go.dev/net/http/httputil#DumpRequestOut ; #DumpResponse (canonical header names, CRLF, printed with log.Printf)",
    "python_http_client_send_bytes_repr": "https://docs.python.org/3/library/http.client.html#http.client.HTTPConnection.set_debuglevel (send: b'...', reply:, header: lines; set_tunnel CONNECT)",
}
PLACEMENT_SRC = {
    "basic_api_key": "https://github.com/wandb/wandb/blob/main/wandb/sdk/internal/internal_api.py (GraphQL client auth ('api', key)); RFC 7617",
    "bearer_id_token": "https://openid.net/specs/openid-connect-core-1_0.html#IDToken ; RFC 6750 §2.1",
    "session_cookie": "https://oauth2-proxy.github.io/oauth2-proxy/configuration/session_storage ; https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-authenticate-users.html (AWSELBAuthSessionCookie)",
    "oidc_code_exchange_form": "https://openid.net/specs/openid-connect-core-1_0.html#TokenRequest ; RFC 7636 §4.5 (code_verifier) ; RFC 6749 §2.3.1 (client_secret in body)",
    "refresh_grant_client_basic": "RFC 6749 §6 (refresh_token grant) and §2.3.1 (client_secret_basic)",
    "graphql_insert_secret_vars": "https://graphql.org/learn/serving-over-http/#post-request (operationName/variables/query); W&B team secrets (insertSecret mutation, see README doubtful points)",
    "presigned_get_url": "https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html ; https://min.io/docs/minio/linux/integrations/presigned-put-upload-via-browser.html",
    "oidc_callback_code_query": "https://openid.net/specs/openid-connect-core-1_0.html#AuthResponse (code and state on the redirect URI)",
    "proxy_connect_auth": "RFC 9110 §9.3.6 CONNECT and §11.7.2 Proxy-Authorization",
    "token_endpoint_response": "https://openid.net/specs/openid-connect-core-1_0.html#TokenResponse",
}
SPECIAL_SRC = {
    "tshark_verbose_http_tree_credentials_subfield": "https://www.wireshark.org/docs/man-pages/tshark.html (-V packet details); Wireshark http dissector http.authorization + Credentials subfield",
    "tshark_verbose_connect_proxy_credentials_subfield": "https://www.wireshark.org/docs/man-pages/tshark.html (-V); Wireshark http dissector Proxy-Authorization Credentials subfield",
    "tshark_verbose_cookie_pair_subfield": "https://www.wireshark.org/docs/man-pages/tshark.html (-V); Wireshark http dissector http.cookie_pair",
    "postman_environment_export_secret_type_value": "https://learning.postman.com/docs/sending-requests/variables/managing-environments/ (export: values[] key/value/type secret/enabled, tab indent)",
    "postman_environment_export_client_secret_entry": "https://learning.postman.com/docs/sending-requests/variables/managing-environments/",
    "insomnia_base_environment_data_map": "https://docs.insomnia.rest/insomnia/environment-variables (export _type environment, data map)",
    "bruno_environment_vars_block_plain_key": "https://docs.usebruno.com/secrets-management/secret-variables (environments/*.bru vars block)",
    "bruno_environment_client_secret_beside_secret_list": "https://docs.usebruno.com/secrets-management/secret-variables (vars:secret list holds names only)",
    "hoppscotch_environment_variables_initial_current": "https://docs.hoppscotch.io/documentation/features/environments (initialValue / currentValue / secret)",
    "httpie_session_json_raw_auth_basic": "https://httpie.io/docs/cli/sessions ; https://docs.rs/crate/xh/0.16.1/source/src/session.rs (auth.raw_auth, __meta__)",
    "httpie_session_json_raw_auth_bearer": "https://httpie.io/docs/cli/sessions (auth type bearer, raw_auth token)",
    "httpie_session_json_cookie_value": "https://httpie.io/docs/cli/sessions (cookies list with domain/expires/path/secure/value)",
    "jetbrains_http_client_private_env_json": "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#environment-variables (http-client.private.env.json)",
    "vscode_settings_rest_client_environment_variables": "https://github.com/Huachao/vscode-restclient#environments (rest-client.environmentVariables, $shared)",
    "grpc_python_client_call_details_metadata_bearer": "https://grpc.github.io/grpc/python/grpc.html#grpc.ClientCallDetails (metadata tuple of pairs in a logging interceptor)",
    "grpc_python_client_call_details_metadata_basic": "https://grpc.github.io/grpc/python/grpc.html#grpc.ClientCallDetails",
    "grpc_go_received_md_map_bearer": "https://pkg.go.dev/google.golang.org/grpc/metadata#MD (fmt %v of MD map[key:[v]])",
    "grpc_go_received_md_map_otlp_team_header": "https://pkg.go.dev/google.golang.org/grpc/metadata#MD ; https://opentelemetry.io/docs/specs/otel/protocol/exporter/ (OTLP headers)",
    "wscat_graphql_ws_connection_init_bearer": "https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md (ConnectionInit payload) ; https://github.com/websockets/wscat (> / < frames)",
    "wscat_graphql_ws_connection_init_basic_header": "https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md ; https://github.com/websockets/wscat",
    "wscat_graphql_ws_connection_init_cookie": "https://github.com/enisdenjo/graphql-ws/blob/master/PROTOCOL.md ; https://github.com/websockets/wscat",
    "urllib3_connectionpool_debug_presigned_path": "https://github.com/urllib3/urllib3/blob/main/src/urllib3/connectionpool.py (log.debug '%s://%s:%s \"%s %s %s\" %s %s')",
    "urllib3_connectionpool_debug_callback_code_path": "https://github.com/urllib3/urllib3/blob/main/src/urllib3/connectionpool.py",
    "undici_node_debug_sending_request_presigned": "https://github.com/nodejs/undici/blob/main/lib/core/diagnostics.js (NODE_DEBUG=undici: connecting to / sending request to / received response to)",
    "undici_node_debug_sending_request_callback_code": "https://github.com/nodejs/undici/blob/main/lib/core/diagnostics.js",
    "axios_error_inspect_config_headers_basic": "https://axios-http.com/docs/handling_errors ; https://nodejs.org/api/util.html#utilinspectobject-options (AxiosError config.headers)",
    "axios_error_inspect_client_request_header_string": "https://nodejs.org/api/util.html#utilinspectobject-options (ClientRequest _header string split with +)",
    "axios_error_inspect_config_auth_object": "https://axios-http.com/docs/req_config (auth: {username, password})",
}
NEG_PLACEMENT_SRC = {
    "ref_or_mask": "variable syntax: Postman {{var}}, Insomnia {{ _.var }} / {% response %}, Bruno {{var}} / {{process.env.X}}, Hoppscotch <<var>>, REST Client {{$dotenv X}} / {{$processEnv X}}, PowerShell $env:X, bash $X, JS template ${...}; masks as support engineers paste them",
    "trace_headers": "https://www.w3.org/TR/trace-context/#traceparent-header ; RFC 9110 §13.1.2 If-None-Match",
    "authorize_state_nonce_challenge": "https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest ; RFC 7636 §4.3 (code_challenge is public)",
    "graphql_ids_only": "https://graphql.org/learn/serving-over-http/#post-request",
    "artifact_digest_etag": "https://docs.wandb.ai/guides/artifacts (artifact file digests); https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html (x-amz-content-sha256 is a payload hash)",
}
NEG_SPECIAL_SRC = {
    "neg_postman_environment_secret_type_empty_value": SPECIAL_SRC["postman_environment_export_secret_type_value"],
    "neg_bruno_environment_vars_secret_names_only": SPECIAL_SRC["bruno_environment_client_secret_beside_secret_list"],
    "neg_httpie_session_json_null_auth_headers": SPECIAL_SRC["httpie_session_json_raw_auth_basic"],
    "neg_jetbrains_http_client_public_env_json": "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#environment-variables (http-client.env.json, shared file)",
    "neg_wscat_graphql_ws_empty_init_ping_pong": SPECIAL_SRC["wscat_graphql_ws_connection_init_bearer"] + " (Ping/Pong/Next; Relay global ids)",
    "neg_grpc_python_client_call_details_trace_only": SPECIAL_SRC["grpc_python_client_call_details_metadata_basic"],
    "neg_urllib3_connectionpool_file_stream_retry": SPECIAL_SRC["urllib3_connectionpool_debug_callback_code_path"] + " ; urllib3/util/retry.py 'Converted retries value'",
    "neg_undici_node_debug_callback_error_state": SPECIAL_SRC["undici_node_debug_sending_request_callback_code"] + " ; OIDC Core §3.1.2.6 error response",
    "neg_tshark_verbose_http_tree_etag_request_id": SPECIAL_SRC["tshark_verbose_cookie_pair_subfield"],
    "neg_axios_error_inspect_config_no_auth": SPECIAL_SRC["axios_error_inspect_config_headers_basic"],
}

SOURCES = {}
for _n, _c, _p in generic_shapes():
    SOURCES[_n] = CONTAINER_SRC[_c] + " | " + PLACEMENT_SRC[_p]
for _n, _f in SPECIALS:
    SOURCES[_n] = SPECIAL_SRC[_n]
for _n, _c, _p in generic_neg_shapes():
    SOURCES[_n] = CONTAINER_SRC[_c] + " | " + NEG_PLACEMENT_SRC[_p]
for _n, _f in NEG_SPECIALS:
    SOURCES[_n] = NEG_SPECIAL_SRC[_n]

# kind judgement against the shape-name list (same tool and same trick = same kind)
_NEW_TOOLS = ("chrome_netlog_events_h2_header_list", "hoppscotch_rest_request_v7", "fiddler_raw_inspector_view",
              "tshark_follow_tcp_ascii_stream", "bruno_bru_request_blocks")
NEW_KIND_POS = sorted([n for n, c, p in generic_shapes() if c in _NEW_TOOLS] + [
    "tshark_verbose_http_tree_credentials_subfield", "tshark_verbose_connect_proxy_credentials_subfield",
    "tshark_verbose_cookie_pair_subfield", "hoppscotch_environment_variables_initial_current",
    "httpie_session_json_raw_auth_basic", "httpie_session_json_raw_auth_bearer", "httpie_session_json_cookie_value",
    "jetbrains_http_client_private_env_json", "vscode_settings_rest_client_environment_variables",
    "wscat_graphql_ws_connection_init_bearer", "wscat_graphql_ws_connection_init_basic_header",
    "wscat_graphql_ws_connection_init_cookie"])
NEW_KIND_NEG = sorted([n for n, c, p in generic_neg_shapes() if c in _NEW_TOOLS] + [
    "neg_tshark_verbose_http_tree_etag_request_id", "neg_jetbrains_http_client_public_env_json",
    "neg_wscat_graphql_ws_empty_init_ping_pong", "neg_httpie_session_json_null_auth_headers",
    "neg_bruno_environment_vars_secret_names_only"])
SAME_KIND_POS = sorted(set(SOURCES) - set(NEW_KIND_POS) - {n for n, c, p in generic_neg_shapes()} - {n for n, f in NEG_SPECIALS})
SAME_KIND_NEG = sorted(({n for n, c, p in generic_neg_shapes()} | {n for n, f in NEG_SPECIALS}) - set(NEW_KIND_NEG))


# --------------------------------------------------------------------------
# checks and output
# --------------------------------------------------------------------------
USED = set()


def check_pos(lines, secrets):
    if not (1 <= len(lines) <= 12):
        raise Redraw("line count")
    text = "\n".join(lines)
    for s in secrets:
        if len(s) < 8 or s not in text or s in USED:
            raise Redraw("secret")
    if len(set(secrets)) != len(secrets):
        raise Redraw("dup")
    rest = text
    for s in sorted(secrets, key=len, reverse=True):
        rest = rest.replace(s, "\x00")
    for s in secrets:
        for i in range(len(s) - 5):
            if s[i:i + 6] in rest:
                raise Redraw("residue")


def main():
    pos, neg = [], []
    shapes = generic_shapes()
    for name, c, p in shapes:
        for _ in range(3):
            for attempt in range(200):
                try:
                    req = PLACEMENTS[p]()
                    lines, secrets = CONTAINERS[c](req)
                    check_pos(lines, secrets)
                    break
                except Redraw:
                    continue
            else:
                raise SystemExit("cannot draw " + name)
            USED.update(secrets)
            pos.append({"shape": name, "lines": lines, "secrets": secrets})
    for name, fn in SPECIALS:
        for _ in range(3):
            for attempt in range(200):
                try:
                    lines, secrets = fn()
                    check_pos(lines, secrets)
                    break
                except Redraw:
                    continue
            else:
                raise SystemExit("cannot draw " + name)
            USED.update(secrets)
            pos.append({"shape": name, "lines": lines, "secrets": secrets})
    seen = set()
    for name, c, p in generic_neg_shapes():
        k = 0
        for attempt in range(300):
            try:
                req, marker = NEG_P[p](c)
                fn = CONTAINERS[c]
                lines, _ = fn(dict(req, secrets=[marker]))
            except Redraw:
                continue
            key = json.dumps(lines)
            if key in seen or not (1 <= len(lines) <= 12):
                continue
            seen.add(key)
            neg.append({"shape": name, "lines": lines})
            k += 1
            if k == 5:
                break
        else:
            raise SystemExit("cannot draw neg " + name)
    for name, fn in NEG_SPECIALS:
        k = 0
        for attempt in range(300):
            lines = fn()
            key = json.dumps(lines)
            if key in seen or not (1 <= len(lines) <= 12):
                continue
            seen.add(key)
            neg.append({"shape": name, "lines": lines})
            k += 1
            if k == 5:
                break
        else:
            raise SystemExit("cannot draw neg " + name)
    names = {r["shape"] for r in pos} | {r["shape"] for r in neg}
    assert names == set(SOURCES), "SOURCES out of step"
    with open(os.path.join(HERE, "positives.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in pos:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "negatives.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in neg:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
