"""Failures that W&B's clients report in their own shapes, often at WARNING or without a level word:
the wandb SDK, a browser's console, the error page a client got instead of the API's answer, and a
GraphQL server refusing a query it cannot validate.

- The SDK asked the server for something the server's GraphQL schema does not have: the validator's
  refusal (`Cannot query field "x" on type "Y"`, `Unknown argument "x" on field "Y.z"`, `Unknown
  type "X"`, `Field "x" is not defined by type "Y"`, and a field whose type changed between
  a scalar and an object: `Field "x" must not have a selection since type "String!" has no
  subfields`, `Field "x" of type "Y" must have a selection of subfields`; graphql-js's wordings,
  which gqlparser, graphql-go and graphql-core repeat) in an exception, a JSON `errors` array or
  alone. Against a self-hosted W&B it means the SDK is newer than the server (or a client is
  talking to another product's GraphQL API); at any level, as the SDK may print it in a warning
  before it carries on.
- The SDK retrying a request the server refused for its rate limit or a timeout (`429 encountered
  (Filestream rate limit exceeded, retrying in 4.4 seconds.), retrying request`): the server's
  refusal, listed as an error as a 5xx retry is (client.http_retry reads those); the SDK's own
  throttle of its file stream (`Rate-limited (Filestream). Current limit: …`) stays a notice.
  The same retry's tail where a wrap or a paste cut its start (`rate limit exceeded, retrying in
  2.04 seconds), retrying request`, wandb/wandb#2597) is listed too.
- The legacy SDK's report that it could not launch a run, with the API's reason (`Launch
  exception: Project not found: e/p, see wandb-debug.log for details`, wandb/wandb#189), which it
  printed after `wandb: ERROR` but a paste or a wrapper may keep without it; and the W&B server
  refusing an object ID of another kind than the field wants (`Invalid kind . Expected
  Organization`, its web app's error for an ID it could not decode, wandb/wandb#9683).
- An API refusing a file a client uploaded because it cannot parse it in the format it needs
  (OpenAI's `File file-… could not be read as a valid JSON file`, relayed by wandb's OpenAI
  integration, openai/openai-python#189; `could not be parsed as valid YAML`); not a file that
  could not be loaded, which a program may do without (Kafka's optional collector).
- Python's urllib failing a request, as `URLError`'s text prints it without its class (`<urlopen
  error [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:720)>`, odoo-saas-tools#781;
  `<urlopen error [Errno 111] Connection refused>`, `<urlopen error timed out>`).
- The SDK's warnings that it did not do something and why: it skipped a step `due to:` an
  exception's message (`Skipping trace saving - … due to: Object of type 'float32' is not JSON
  serializable`), `The following error has occured: [Errno 32] Broken pipe` (the SDK's spelling,
  and the right one), data it ignores because its step is behind the run's (`Tried to log to step 1
  that is less than the current step 1000`, the legacy `Step must only increase in log calls`),
  and a version of itself with a known bug (`… logged with SDK v0.24.0, which has a known bug that
  may cause run data to silently fail to upload`); and data it drops: Weave's trace over its size
  limit (`weave: Trace input size (6292353 bytes) exceeds the maximum allowed size of 3670016
  bytes.Inputs may be dropped.`, wandb/weave#5311), a run's `.wandb` file `wandb sync` skips for
  its empty header (`.wandb file is empty (header is 0 bytes instead of the expected 7),
  skipping: …`, wandb/wandb#9525).
- A browser's console: `Failed to load resource: the server responded with a status of 404 (Not
  Found)` or `net::ERR_CONNECTION_REFUSED`; a response the browser blocked for its headers, which
  the server (the object store, a proxy) sends: Firefox's `The resource at “…” was blocked due to
  its Cross-Origin-Resource-Policy header (or lack thereof).` (minio/minio#20689) and Chrome's
  `net::ERR_BLOCKED_BY_RESPONSE.NotSameOrigin` or `net::ERR_BLOCKED_BY_ORB` after the request
  (`ERR_BLOCKED_BY_CLIENT` is the reader's ad blocker); and a request blocked as mixed content,
  an `http://` URL (a presigned one) on a page served over HTTPS: Chrome's `Mixed Content: The
  page at '…' was loaded over HTTPS, but requested an insecure … This request has been blocked;
  …` (not its warning for passive content it loaded anyway) and Firefox's `Blocked loading mixed
  active content “http://…”`.
- An HTML error page that refuses the client, as a client prints the body it got: Google's front
  end's `Your client does not have permission to get URL /graphql from this server.` and Apache's
  `You don't have permission to access /x on this server.` (or `this resource.`); and a web app's
  page refusing a sign-in with the reason its identity provider gave (W&B's own `We're sorry, but
  there was a problem authenticating your account: Unknown authentication failure.` after an SSO
  login, community.wandb.ai; GitLab's `Could not authenticate you from OpenIDConnect because
  "Invalid credentials".`).
- An HTML page where the client expected JSON (a proxy's error or login page, a wrong base URL), as
  its JSON decoder fails on the `<` that starts it: Go's `invalid character '<' looking for
  beginning of value`, objconv's `expected token but found '<'`, JavaScript's `Unexpected token <
  in JSON at position 0` (`Unexpected token '<', "<!DOCTYPE "... is not valid JSON` since V8 10).
A warning that says what it fell back to and nothing more (`Path … wasn't writable, using system
temp directory`) is none of these: the fallback worked (error_notices.py).
error_candidates.py and error_confirm.py add the candidates and confirmations; error_levels.py
takes `client_failure` at any level.
"""

from __future__ import annotations

from wbdiag import lazyre

# Each starts with a literal (the scan's prefilter searches it) and stays loose: CLIENT_CONFIRM
# says more. (GraphQL's `Cannot query field` and the console's `Failed to load resource` are
# candidates by error_candidates.py's `Cannot ` and `Failed to `.)
CLIENT_CANDIDATES = (
    "Unknown argument ",
    "Unknown type ",
    " is not defined by type ",
    " must not have a selection since ",
    " must have a selection of subfields",
    r" encountered \(",
    "rate limit exceeded, retrying in ",
    "<urlopen error ",
    "Launch exception: ",
    "Invalid kind ",
    " could not be read as ",
    " could not be parsed as ",
    " due to: ",
    "he following error ",
    "he following exception ",
    "less than the current step ",
    "Step must only increase",
    "exceeds the maximum allowed size of ",
    " bytes instead of the expected ",
    " has a known ",
    "not have permission to get URL",
    "t have permission to access ",
    "problem authenticating your account",
    "Could not authenticate you from ",
    "invalid character '<'",
    "but found '<'",
    "Unexpected token <",
    "Unexpected token '<'",
    "blocked due to its Cross-Origin-Resource-Policy",
    "net::ERR_BLOCKED_BY_",
    "Mixed Content: ",
    "Blocked loading mixed active content",
)

# a GraphQL name as the validator quotes it: "x"; \"x\" in a JSON string, escaped again when a
# docker json-file log holds that JSON line. Names are ASCII by GraphQL's grammar: a Unicode \w
# repeated 200 times took RE2 a second to compile in every analyze
_Q = r'\\{0,3}"'
_GRAPHQL_NAME = _Q + r"[_A-Za-z][_0-9A-Za-z.]{0,200}" + _Q
# a type as the validator prints it, with its list brackets and non-null marks: "[Run!]!"
_GRAPHQL_TYPE = _Q + r"[_A-Za-z\[][_0-9A-Za-z!\[\]]{0,200}" + _Q
_GRAPHQL_SKEW = "|".join(
    (
        rf"\bCannot query field {_GRAPHQL_NAME} on type {_GRAPHQL_NAME}",
        rf"\bUnknown argument {_GRAPHQL_NAME} on field {_GRAPHQL_NAME}",
        rf"\bUnknown type {_Q}[_A-Z][_0-9A-Za-z]{{0,200}}{_Q}",
        rf"\bField {_GRAPHQL_NAME} is not defined by type {_GRAPHQL_NAME}",
        rf"\bField {_GRAPHQL_NAME} must not have a selection since type {_GRAPHQL_TYPE} has no "
        "subfields",
        rf"\bField {_GRAPHQL_NAME} of type {_GRAPHQL_TYPE} must have a selection of subfields",
    )
)
# the SDK's retry of a refused request: `429 encountered (…), retrying request`
_SDK_RETRY = (
    r"\b[45]\d\d encountered \([^()\n]{1,300}\),? retrying\b"
    r"|\brate limit exceeded, retrying in [\d.]{1,30} seconds?\.?\),? retrying request\b"
)
# the legacy SDK's launch failure, and the server's ID of the wrong kind (the kind it read may be
# empty: `Invalid kind . Expected Organization`)
_SDK_LAUNCH = r"^\s*Launch exception: \S"
_WRONG_KIND = r"\bInvalid kind \w{0,60} ?\. Expected [A-Z][A-Za-z]{1,60}\b"
# a file an API cannot parse in its format
_NOT_PARSED = r"\bcould not be (?:read|parsed) as (?:an? )?valid [A-Za-z0-9]{2,20}(?: (?:file|document))?\.?\s*$"
# URLError's text: its reason (an OS error, an SSL error, a message) in angle brackets
_URLOPEN = r"<urlopen error (?:\[[^\]\n]{1,100}\] )?[\w(][^<>\n]{0,300}>"
_SDK_SKIPPED = (
    r"\b[Ss]kipp(?:ing|ed) [a-z][^\n]{0,300}? due to: \S"
    r"|\b[Tt]he following (?:error|exception) (?:has )?occurr?ed: \S"
)
_SDK_DROPPED = (
    r"\b[Ss]tep \d+ that is less than the current step \d+"
    r"|\bStep must only increase in log calls\b"
    r"|\bexceeds the maximum allowed size of \d+ bytes\b"
    r"|\bfile is empty \(header is \d+ bytes instead of the expected \d+\)"
)
# a version named with its known bug: `SDK v0.24.0, which has a known bug`, `1.2 has a known issue`
_KNOWN_BUG = (
    r"\bv?\d+\.\d+(?:\.\d+)?[\w.+-]{0,20},? (?:which )?has a known "
    r"(?:bug|issue|defect|regression)\b"
)
_BROWSER = (
    r"\bFailed to load resource: "
    r"(?:the server responded with a status of [45]\d\d\b|net::ERR_[A-Z_]+)"
    r"|\bwas blocked due to its Cross-Origin-Resource-Policy header\b"
    r"|\bnet::ERR_BLOCKED_BY_(?:RESPONSE|ORB)\b"
    r"|\bMixed Content: The page at \S.{0,1000}?\bThis request has been blocked\b"
    r"|\bBlocked loading mixed active content\b"
)
_ERROR_PAGE = (
    r"\b[Cc]lient does not have permission to get URL\b"
    r"|\bYou don't have permission to access (?:this resource|\S+ on this server)"
    r"|\bthere was a problem authenticating your account: \S"
    r"|\bCould not authenticate you from \w+ because \\?\""
)

# a JSON decoder's error on the `<` an HTML page starts with
_HTML_NOT_JSON = (
    r"\binvalid character '<' looking for beginning of value\b"
    r"|\bexpected [a-z ]{1,40} but found '<'"
    r"|\bUnexpected token '?<'?(?: in JSON\b|, \\?\"<)"
)

CLIENT_CONFIRM = (
    _GRAPHQL_SKEW,
    _SDK_RETRY,
    _URLOPEN,
    _SDK_LAUNCH,
    _WRONG_KIND,
    _NOT_PARSED,
    _SDK_SKIPPED,
    _SDK_DROPPED,
    _KNOWN_BUG,
    _BROWSER,
    _ERROR_PAGE,
    _HTML_NOT_JSON,
)
_FAILURE = lazyre.compile("|".join(CLIENT_CONFIRM))
# the literals one of CLIENT_CONFIRM's shapes needs: most lines hold none, and skip the search
_NEEDLES = (
    "Cannot query field ",
    "Unknown ",
    " is not defined by type ",
    " have a selection ",
    " encountered (",
    ", retrying in ",
    "<urlopen error ",
    "Launch exception: ",
    "Invalid kind ",
    " could not be ",
    " due to: ",
    "he following ",
    "the current step ",
    "Step must only",
    "maximum allowed size of ",
    " instead of the expected ",
    " has a known ",
    "Failed to load resource",
    "blocked due to its Cross-Origin",
    "net::ERR_BLOCKED_BY_",
    "Mixed Content: ",
    "Blocked loading mixed",
    "permission to ",
    "authenticat",
    "'<'",
    "token <",
)


def client_failure(body: str) -> bool:
    """Whether the line is one of the clients' failures above, whatever its level."""
    if not any(n in body for n in _NEEDLES):
        return False
    return _FAILURE.search(body) is not None
