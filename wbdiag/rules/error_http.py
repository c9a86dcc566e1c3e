"""What an HTTP exchange says failed, in the shapes a structured logger or an API body gives it.

- An access line answering 5xx wrapped in a structured logger's line, which logs every request at
  INFO (a 5xx in a plain access line is a candidate in error_candidates.py): the whole access line as a
  logfmt or JSON message, its quotes escaped (`level=info msg="172.19.0.1 - - […] \\"POST /upload
  HTTP/1.1\\" 502 59"`), or the request's fields (`method=POST path=/graphql status=503`,
  `{"method":"GET", …, "status":502}`, Go's maps `map[method:GET …] … map[status:503 …]`: a
  status field of 5xx with an HTTP method on the line). A
  server's 5xx is its failure, whatever level it logs the request at (error_quiet.py takes
  `answered_5xx` at INFO, NOTICE and WARN; DEBUG and TRACE stay out); a 2xx, 3xx or 4xx answer
  stays a notice, as do a status field without a method (an exit status) and one that is not 5xx.
  The GitLab runner names the 5xx its coordinator answered in a field of its own, without the
  method (`Uploading artifacts as "archive" to coordinator... failed  id=451296
  responseStatus=500 Internal Server Error status=500`, spack/spack-infrastructure#91), at
  WARNING while it retries.
- An API's JSON error body whose message says it failed (`"message": "Failed to discover OpenID
  provider: …"`, `"detail": "failed to …"`) beside an `error` field left empty or null: the body
  of an error response, its error field unused. A body whose error is null and whose message says
  anything else (`"error": null, "message": "ok"`) is a success.
- An API's JSON error body that opens with the status it answered, 4xx or 5xx, and says why in a
  message (`{"status":400,"code":2002,"message":"jwtBody iat is an invalid value.",…}`, Stormpath's
  ID Site, stormpath/idsite-src#3; Spring Boot's `{"timestamp":"…","status":500,"error":"Internal
  Server Error","message":…}`): the body a client printed for the request that failed. A 404 or
  410 (a path that is not there) stays out, as does a structured log record whose status field
  is one of its fields (its first member is its time or level, and its level decides).
- A plain access line answering a 4xx that says the exchange failed, not that the client asked
  for what it may not have: 408 (the server gave up waiting for the request's body: a slow
  upload through a proxy, dandi-cli's chunk upload to Girder behind nginx, dandi/dandi-cli#136),
  413 and 414 (the request too large for the server), 429 (rate limited), 431 and nginx's 494
  (headers too large), nginx's 495 and 496 (the client's certificate refused or missing). A 404
  (a health poll's path, a probe), a 401 (the challenge before a login), a 403, a 405 and
  nginx's 499 (the client gave up) stay notices, as a 4xx wrapped in a logger's INFO line does.
- A client's failure that names the HTTP status it got as its cause, after a colon: rclone's
  `Upload error detected but didn't finish upload: HTTP code 400: "400 Bad Request": …` (its
  Amazon Drive backend, mmozeiko/RcloneBrowser#58) and its REST backends' `Failed to copy: HTTP
  error 403 (403 Forbidden) returned body: …`; a 2xx or 3xx status stays out.
- An S3 server access log record (AWS's format, which S3-compatible stores and proxies write
  too: the operation, the key, the request line, the status, the error code) answering a 4xx
  whose code says the request was malformed or refused (`REST.GET.OBJECT tempo_cluster_seed.json
  "GET /tempo_cluster_seed.json HTTP/1.1" 400 InvalidArgument 432 - …`, grafana/tempo#3924): not
  a missing key or bucket (`NoSuchKey`, what a program asks for before it creates it), a
  precondition or a range past the end, which clients ask for by design.
- Elasticsearch's and OpenSearch's error body pretty-printed, as curl and Kibana show it: its
  exception's type alone on a line of the `error`, `root_cause`, `caused_by` or `reason` object
  (`"type": "illegal_argument_exception",` above its `"reason": "Unable to retrieve the requested
  [fields] since _source is disabled …"`, elastic/kibana#100416); the type names the failure, and
  the reason's wording is the request's.
error_candidates.py and error_confirm.py add the candidates and confirmations.
"""

from __future__ import annotations

from wbdiag import lazyre

_METHOD = r"(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)"
# a status field of 5xx: logfmt's status=503, JSON's "status": 502, quotes escaped or not, and Go's
# %v of a map (logrus's http_response=map[status:503 text_status:Service Unavailable …] beside
# http_request=map[… method:GET …], ory/k8s#269)
_STATUS_5XX = r"""(?:^|[\s,{\[])\\?"?(?:status|status_code|statusCode)\\?"?\s?[:=]\s?\\?"?5\d\d\b"""
# the request's method, as a field or as the request line's first word
_METHOD_ON_LINE = (
    r"""(?:\b(?:method|verb|request_method|http_method)\\?"?\s?[:=]\s?\\?"?""" + _METHOD + r"\b"
    r"|(?:^|[\s\"])" + _METHOD + r" /)"
)
# the whole access line inside a message, its quotes escaped: \"POST /x HTTP/1.1\" 502 59
_ESCAPED_ACCESS_LINE = r'\\"[A-Z]+ \S+ HTTP/[\d.]+\\" 5\d\d \d'

_EMPTY_ERROR = r"""\\?"error\\?"\s?:\s?(?:null\b|\\?"\\?")"""
_FAILED_MESSAGE = r"""\\?"(?:message|detail|msg)\\?"\s?:\s?\\?"[Ff]ailed to [a-z]"""

# Each starts with a literal (the scan's prefilter searches it) and stays loose: HTTP_CONFIRM says
# more. (The JSON body's `"error":` is a candidate in error_candidates.py already.)
HTTP_CANDIDATES = (
    "status=5",
    "responseStatus=5",
    r"\[status:5",
    " status:5",
    "status_code=5",
    '"status":5',
    '"status": 5',
    '"status_code":5',
    '"status_code": 5',
    '"statusCode":5',
    '"statusCode": 5',
    # a plain access line's failed 4xx (each a literal before the codes: a rare needle), its
    # quote escaped where a docker json-file log holds the line
    *(
        f'HTTP/{v}{q}" 4(?:08|1[34]|29|31|9[4-6]) '
        for v in (r"1\.0", r"1\.1", r"2\.0", "2")
        for q in ("", r"\\")
    ),
    r'\{\\?"status\\?": ?[45]\d\d,',
    r'\{\\?"timestamp\\?": ?\\?"[^"\\]{1,40}\\?", ?\\?"status\\?": ?[45]\d\d,',
    ": HTTP code ",
    ": HTTP error ",
    ": HTTP status ",
    r"REST\.[A-Z]+\.[A-Z_]+ ",
    r'_exception\\"',
    '_exception"',
)

_ANSWERED_5XX = (
    _STATUS_5XX + r".{0,300}?" + _METHOD_ON_LINE,
    _METHOD_ON_LINE + r".{0,300}?" + _STATUS_5XX,
    _ESCAPED_ACCESS_LINE,
    r"\bresponseStatus=5\d\d\b",
)
# the 4xx statuses above, in a plain access line (not one escaped inside a logger's message)
_ACCESS_4XX = r'(?:^|")[A-Z]+ \S+ HTTP/[\d.]+" 4(?:08|1[34]|29|31|9[4-6]) \d'
# S3's 4xx error codes that say the request was malformed or refused (AWS's error responses)
_S3_REFUSED_CODES = (
    r"(?:Invalid[A-Z]\w*|AccessDenied|AllAccessDisabled|SignatureDoesNotMatch|RequestTimeTooSkewed"
    r"|AuthorizationHeaderMalformed|Malformed[A-Z]\w*|BadDigest|EntityToo(?:Large|Small)"
    r"|KeyTooLongError|MissingContentLength|MissingSecurityHeader|XAmzContentSHA256Mismatch"
    r"|ExpiredToken|MethodNotAllowed|RequestTimeout|IncompleteBody|AccountProblem)"
)
_S3_ACCESS_4XX = (
    r'\bREST\.[A-Z]+\.[A-Z_]+ \S+ "[A-Z]+ \S+ HTTP/[\d.]+" 4\d\d ' + _S3_REFUSED_CODES + r" "
)
_STATUS_CAUSE = r"\S: HTTP (?:code|error|status(?: code)?) [45]\d\d\b"
# the error body's status first (or after Spring Boot's timestamp), then a message that says why
_STATUS_BODY = (
    r'^\{(?:"timestamp": ?"[^"]{1,40}", ?)?"status": ?(?:4(?:0[0-35-9]|1[1-9]|[2-9]\d)|5\d\d),'
    r'.{0,400}?"(?:message|detail|error|error_description)": ?"[A-Za-z]'
)
# an Elasticsearch exception's type alone on its line of a pretty-printed error body
_ES_EXCEPTION_TYPE = r'^\s*\\?"type\\?" ?: ?\\?"[a-z][a-z_]{0,80}_exception\\?",?\s*$'
HTTP_CONFIRM = (
    _ES_EXCEPTION_TYPE,
    *_ANSWERED_5XX,
    _ACCESS_4XX,
    _S3_ACCESS_4XX,
    _STATUS_CAUSE,
    _STATUS_BODY,
    _EMPTY_ERROR + r".{0,400}?" + _FAILED_MESSAGE,
    _FAILED_MESSAGE + r".{0,400}?" + _EMPTY_ERROR,
)
_ANSWERED = lazyre.compile("|".join(_ANSWERED_5XX))


def answered_5xx(body: str) -> bool:
    """Whether the line is a request a server answered with 5xx, in a structured logger's shape."""
    if "tatus" not in body and "HTTP/" not in body:  # most lines: no search
        return False
    return _ANSWERED.search(body) is not None
