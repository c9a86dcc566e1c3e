"""The miner lists what W&B's clients report in their own shapes (error_clients.py): GraphQL's
refusal of a field the server's schema lacks (an SDK newer than the server), the SDK's retry of a
refused request and its warnings that it skipped, ignored or could not do something, a browser's
failed resource, an error page refusing the client; at any level. Their routine look-alikes, and
warnings that only say what they fell back to, stay out."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists
from wbdiag.rules.error_candidates import CANDIDATE_PATTERNS
from wbdiag.rules.error_clients import CLIENT_CANDIDATES, CLIENT_CONFIRM
from wbdiag.rules.matching import build_matcher
from wbdiag.rules.portable_regex import check_portable
from wbdiag.rules.unrecognised import TemplateMiner


@pytest.mark.parametrize(
    "line",
    [
        # GraphQL's validation errors: bare, in an exception, in a JSON errors array (escaped
        # quotes), in a warning, behind docker's time, in a JSON log line at INFO
        'Cannot query field "uploadQueueDepth" on type "RunInfo".',
        'Cannot query field "orgLimits" on type "Entity". Did you mean "orgLimit"?',
        'wandb.errors.CommError: Cannot query field "artifactSequence" on type "Project".',
        '{"errors":[{"message":"Cannot query field \\"featureFlags\\" on type \\"Viewer\\".",'
        '"locations":[{"line":3,"column":5}]}],"data":null}',
        'Unknown argument "includeDeleted" on field "Query.project".',
        'Unknown argument "pattern" on field "runs" of type "Project".',
        'wandb: WARNING Unknown type "ArtifactCollectionTypeInput". Did you mean "ArtifactTypeInput"?',
        'Field "storageRegion" is not defined by type "CreateArtifactInput".',
        '2026-05-02T10:00:00.000000001Z Cannot query field "licenseSeats" on type "ServerInfo"',
        '{"level":"info","msg":"graphql: Cannot query field \\"tags\\" on type \\"Artifact\\""}',
        '{"log":"{\\"level\\":\\"info\\",\\"msg\\":\\"Cannot query field \\\\\\"seats\\\\\\" on '
        'type \\\\\\"Organization\\\\\\"\\"}\\n","stream":"stderr"}',
        # the SDK's retry of a refused request
        "wandb: 429 encountered (Filestream rate limit exceeded, retrying in 12.1 seconds.), "
        "retrying request",
        "wandb: 408 encountered (request timed out), retrying request",
        # … its tail where a paste cut the start (wandb/wandb#2597)
        "rate limit exceeded, retrying in 2.040469904300563 seconds), retrying request",
        "Filestream rate limit exceeded, retrying in 4.4 seconds.), retrying request",
        # urllib's URLError as its text prints it: an SSL error, an OS error, a message
        "Message: b '<urlopen error [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c: "
        "720)>'",
        "WARNING fetch failed: <urlopen error [Errno 111] Connection refused>",
        "<urlopen error timed out>",
        # the legacy SDK's launch failure without its `wandb: ERROR` (wandb/wandb#189), the
        # server's ID of another kind (wandb/wandb#9683), in a GraphQL answer too
        "Launch exception: Project not found: l2k2/emotion-apr10, see wandb-debug.log for details",
        "Invalid kind . Expected Organization",
        '{"errors":[{"message":"Invalid kind Run. Expected Project","path":["project"]}]}',
        # an API refusing an uploaded file it cannot parse (openai/openai-python#189)
        "File file-ISyZKcogrCzx59ftjGPWOUs1 could not be read as a valid JSON file",
        "upload rejected: manifest.yaml could not be parsed as valid YAML.",
        # the SDK's warnings that it did not do something, and why
        "wandb: WARNING Skipping model checkpoint upload - unable to read the file due to: "
        "[Errno 13] Permission denied: 'ckpt/last.pt'",
        "wandb: WARNING Skipped logging the table due to: Object of type 'int64' is not JSON "
        "serializable",
        "wandb: While closing the run. The following error has occured: [Errno 104] Connection "
        "reset by peer",
        "The following exception occurred: [Errno 28] No space left on device",
        "wandb: WARNING Tried to log to step 12 that is less than the current step 480. Steps "
        "must be monotonically increasing, so this data will be ignored.",
        "wandb: WARNING Step must only increase in log calls.  Step 3 < 7; dropping {'loss': 0.4}.",
        "This run was logged with SDK v0.30.2, which has a known bug that may drop files on "
        "resume. Please upgrade.",
        "wandb 0.31.0 has a known issue with artifact caching on NFS",
        # ... and data it drops: Weave's trace over its limit (heldout78 #3, wandb/weave#5311), a
        # run file `wandb sync` skips (heldout78 #19, wandb/wandb#9525)
        "weave: Trace input size (6292353 bytes) exceeds the maximum allowed size of 3670016 "
        "bytes.Inputs may be dropped.",
        ".wandb file is empty (header is 0 bytes instead of the expected 7), skipping: "
        "/home/user/wandb/offline-run-20250227_105428-xj1omt89/run-xj1omt89.wandb",
        # a browser's console
        "main.3f2a.js:1 Failed to load resource: the server responded with a status of 502 (Bad "
        "Gateway)",
        ":8080/artifacts/a/b/model.pt:1 Failed to load resource: the server responded with a "
        "status of 403 (Forbidden)",
        "Failed to load resource: net::ERR_CONNECTION_REFUSED",
        # ... a response it blocked for the server's headers (minio/minio#20689), and mixed content
        "The resource at \u201chttps://minio.example.internal/wandb/x.png\u201d was blocked due to "
        "its Cross-Origin-Resource-Policy header (or lack thereof). See https://developer.mozilla."
        "org/docs/Web/HTTP/Cross-Origin_Resource_Policy_(CORP)#",
        "GET https://minio.example.internal/wandb/x.png net::ERR_BLOCKED_BY_RESPONSE.NotSameOrigin "
        "200 (OK)",
        "Mixed Content: The page at 'https://wandb.example.internal/' was loaded over HTTPS, but "
        "requested an insecure resource 'http://minio:9000/wandb/x'. This request has been "
        "blocked; the content must be served over HTTPS.",
        "Blocked loading mixed active content \u201chttp://minio:9000/wandb/x\u201d",
        # error pages refusing the client, as printed
        "<p>Your client does not have permission to get URL <code>/files/x</code> from this "
        "server.</p>",
        "<p>You don't have permission to access /api/v1/ on this server.</p>",
        "You don't have permission to access this resource.",
        # an HTML page where the client expected JSON, as each decoder fails on its `<`
        "message: \"objconv/json: expected token but found '<'\"",
        "error decoding response: invalid character '<' looking for beginning of value",
        "SyntaxError: Unexpected token < in JSON at position 0",
        "SyntaxError: Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON",
    ],
)
def test_client_failures_are_listed(line: str) -> None:
    assert build_matcher([TemplateMiner().pattern]).match(line), line
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # GraphQL look-alikes: a schema's description, lower-case names, a question
        'The query can select field "name" on type "Project".',
        'unknown type "int128" in column definition',
        "Unknown type of file, treating it as binary",
        # the SDK's throttle, a 2xx, its notices
        "wandb: WARNING Rate-limited (Filestream). Current limit: 2.1 requests per second.",
        "wandb: 200 encountered, upload finished",
        # the retry's words in prose, and urllib's repr without a reason
        "INFO docs: rate limit exceeded, retrying in a moment is how the client behaves",
        "rate limit exceeded, retrying in 2 seconds",
        "INFO the handler returns <urlopen error > for an empty reason",
        "INFO Invalid kind of resource requested, using the default",
        "WARN The package io.confluent.support.metrics.collectors.FullCollector could not be "
        "loaded, so only basic metrics are collected",
        "INFO settings.json could not be read as valid JSON, using the defaults",
        "docs: a Launch exception: handler may be registered per queue",
        "wandb: WARNING Skipping upload of empty file output.log",
        "Skipping the slow tests due to configuration",
        "The following errors were fixed in this release: #12, #18",
        "wandb: Step 12 logged; current step 480",
        "0.31.1 fixes a known issue with artifact caching on NFS",
        "upload size 12 bytes is within the maximum allowed size of 100 bytes",
        "read 7 bytes instead of the expected 7-byte header later on",
        # `wandb sync`'s warning that it skips runs an SDK before 0.10 wrote: a notice at WARNING
        # (W&B's console-logs page lists it among warnings that do not stop a run)
        "wandb: WARNING These runs were logged with a previous version of wandb.",
        # a browser's successful loads, the docs' wording
        "Navigated to https://wandb.example.internal/home",
        "Failed to load resource indicators are shown in red in the Network tab",
        # the reader's ad blocker, mixed content the browser loaded anyway, a resource allowed
        "GET https://stats.example.com/collect net::ERR_BLOCKED_BY_CLIENT",
        "Mixed Content: The page at 'https://wandb.example.internal/' was loaded over HTTPS, but "
        "requested an insecure element 'http://cdn/x.png'. This content should also be served "
        "over HTTPS.",
        "The resource at x was allowed by its Cross-Origin-Resource-Policy header",
        # an access sentence that refuses nothing
        "Ask an admin if you do not have permission to access the project.",
        # a decoder's other characters, and a template's `<` that is no failure
        "parsed 12 tokens; expected token count found in header",
        "render: expected a `<` in the template, found '<' at column 3",
        # warnings (and lines without a level) that say what they fell back to
        "wandb: WARNING Path my_runs/wandb/ wasn't writable, using system temp directory",
        "wandb: WARNING Path /mnt/ro/wandb/ wasn't writable, using system temp directory.",
        "WARNING config dir /etc/app not writable, using /tmp/app instead",
        "cache directory /data/cache is not writable, using the system temp directory",
        "PORT not set, defaulting to 8080",
        "Unable to read /etc/app/config.yaml: no such file, using the built-in defaults instead",
        "Could not find ~/.config/app/settings: No such file or directory, defaulting to "
        "https://api.example.internal",
    ],
)
def test_client_look_alikes_and_fallbacks_stay_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # a failure named before its fallback stays the failure
        "Error: cannot write /vol/wandb, using system temp directory",
        "ERROR Failed to open /data/cache: permission denied, using /tmp instead",
        "Unable to reach redis:6379: Connection refused, using the in-memory cache instead",
        # ... and without its fallback the same line is listed
        "Unable to read /etc/app/config.yaml: no such file",
        "wandb: WARNING A graphql request initiated by the public wandb API timed out "
        "(timeout=19 sec). Create a new API with an integer timeout larger than 19",
    ],
)
def test_failures_before_a_fallback_stay_listed(line: str) -> None:
    assert miner_lists(line)


def test_candidates_are_portable_and_included() -> None:
    for pattern in (*CLIENT_CANDIDATES, *CLIENT_CONFIRM):
        assert check_portable(pattern) is None, pattern
    assert set(CLIENT_CANDIDATES) <= set(CANDIDATE_PATTERNS)


@pytest.mark.parametrize(
    "line",
    [
        # W&B's own page after an SSO login the provider refused (community.wandb.ai), and GitLab's
        "We're sorry, but there was a problem authenticating your account: Unknown authentication "
        "failure.",
        "there was a problem authenticating your account: invalid_client",
        'Could not authenticate you from OpenIDConnect because "Invalid credentials".',
    ],
)
def test_sign_in_refusal_pages_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        "INFO authenticating your account with the identity provider",
        "If there was a problem authenticating your account, contact your administrator.",
    ],
)
def test_sign_in_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)
