"""Real log messages that hold a secret word but no secret: a message after a secret name's colon
(an error's type, an errno's text, Go's network, file and exec errors, a sentence of cased
words), names scoped by `::`, an id's XML element, a header's name, a code place with its line,
the base64 of an object's URL or a file's path (valuespan.py, entropy.py, keyvalue.py; the
gate's `::` in gatenamed.py). Each class beside the secrets of the same shape that still go."""

from __future__ import annotations

import base64

import pytest

from tests.redact.checks import assert_redacted
from wbdiag.redact import Redactor
from wbdiag.redact.gate import Gate


def _b64(text: str, urlsafe: bool = False) -> str:
    return (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(text.encode()).decode()


STAYS = [
    # an exception's type opening the message after the name's colon, spaced or glued
    "Signature: ValueError: (22, 'Invalid argument') (file \"/srv/app/sign.py\", line 40)",
    "app | auth | cannot decode OIDC token:Error: kid must be provided in JWT header.",
    "session: psycopg2.OperationalError: could not connect to server",
    # an errno's text after a file whose name holds a secret word
    "/entrypoint.sh: line 12: /run/secrets/db_password: Permission denied",
    "cp: cannot create regular file '/etc/passwd': Read-only file system",
    # Go's network and URL errors, gRPC's, and a few words ending in `error:`
    'Post "https://idp.example.test/oauth/token": dial tcp 10.0.0.7:443: i/o timeout',
    'fetching oauth token: Get "https://idp.example.test/token": context deadline exceeded',
    "creating access token: rpc error: code = Unavailable desc = connection refused",
    # Go's file, exec and lookup errors, as the Azure SDK's credential chain prints each
    # credential's failure (`<Type>Credential: <error>`), at a line's start or inside a string
    "\tAzureCLICredential: fork/exec /bin/sh: no such file or directory",
    'error="…Attempted credentials:\\n\\tAzureCLICredential: fork/exec /bin/sh: no such file"',
    'AzureCLICredential: exec: "az": executable file not found in $PATH',
    "\tWorkloadIdentityCredential: open /var/run/secrets/azure/tokens/azure-identity-token: no"
    " such file or directory",
    "failed to read token: open /var/run/secrets/kubernetes.io/serviceaccount/token: permission"
    " denied",
    "\tManagedIdentityCredential: lookup login.microsoftonline.com on 10.96.0.10:53: no such host",
    "kubectl: get-token: authentication error: exec plugin failed",
    # a sentence of cased words after the name's colon, mid-line
    "login: refresh token: Permission denied by policy",
    "verify token: issuedAt of token is in the future",
    "[error] 7600#0: ldap_auth: Initial bind failed (49: Invalid credentials)",
    "storage: GetSessionToken: Not Found",
    "sso: InvalidIdentityToken: Couldn't retrieve verification key from the provider",
    "openidc: parse_idtoken: id_token signature could not be validated",
    # names scoped by `::`
    "Aws::S3::Errors::SignatureDoesNotMatch: The request signature we calculated does not match",
    "7f2a 20 rgw::auth::s3::AWSAuthStrategy granted access",
    # an id's XML element after an authentication message
    "<Message>AWS authentication requires a valid Date</Message>"
    "<HostId>Qm9vT3h5Y0ZxK2xWd1p6N3RBbkJyR2dLcHlXc2lVZmE=</HostId>",
    # a header's name with digits before its colon, a code place with its line number
    "auth_signature_v4.go:127 signed map[X-Amz-Content-Sha256:[UNSIGNED-PAYLOAD] Host:[s3:8333]]",
    "[ERROR] (o.a.a.f.t.j.s.S3JetS3tBinaryProvider:369) - request signature does not match",
    # a file's line and column, or its line and function
    "    at p.renew (/app/node_modules/license-sdk/dist/LicenseManager.js:29:3102)",
    "minio  4: cmd/auth-handler.go:331:cmd.checkRequestAuthType()",
    # Python's repr of an object whose class holds a secret word, a name of a kind of licence
    "retry: func: <bound method Session.post of <requests.sessions.Session object at 0x7f1406db"
    "6820>>, args: ('https://api.example.test/files/run/file_stream',), kwargs: {'json': {}}",
    "combination: DBInstanceClass=db.t3.micro, Engine=mysql, LicenseModel=license-included.",
    # a registry token's scope
    'Get "https://auth.example.test/token?scope=repository%3AteamA%2Fimage9%3Apull&service=r"',
    # the base64 of an object's URL or a file's path in a link, on a line with a secret word
    # (`token`): Label Studio's presign link for `s3://…`, URL-safe too, and a path
    f"Failed to load 'https://ls.example.test/tasks/55/presign/?fileuri={_b64('s3://textfiles/file.txt')}'."
    " A ServiceWorker passed a promise to FetchEvent.respondWith()",
    f"a token was sent: /presign/?fileuri={_b64('gs://bucket-a/data/train/images/0001.png', True)}",
    f"a token was sent: /presign/?fileuri={_b64('/data/media/upload/report.txt')}",
]


@pytest.mark.parametrize("line", STAYS)
def test_message_stays(line: str) -> None:
    assert Redactor()(line) == line
    assert list(Gate().lines("f", [line])) == []  # nor does the leak gate flag it


# (line, the secret that must go, text next to it that must stay)
GOES = [
    # a value of letters and digits, or glued to the colon, is a value before more words
    ("login failed: token: Xk3Qz9vT2mLp is invalid", "Xk3Qz9vT2mLp", "login failed"),
    ("request: password:hunter2 ok", "hunter2", "request:"),
    ("retry: api_key: Wq7ZmT2xVb9N then", "Wq7ZmT2xVb9N", "retry:"),
    # a cased word alone, or without a word that says something after it
    ("db: password: Hunterfield", "Hunterfield", "db:"),
    ("db: password: Hunterfield stage two", "Hunterfield", "db:"),
    # a generated token after `::` parts that read random
    (
        "auth token aB3dE::fG7hIkL9mN0pQr2sTx9 issued",
        "fG7hIkL9mN0pQr2sTx9",
        "auth token",
    ),
    # a secret after a credential type's colon, where an error's message would stand
    ("x AzureCLICredential: Xk3mQ9zT8vLp2wRt5yUe", "Xk3mQ9zT8vLp2wRt5yUe", "AzureCLICredential"),
    ("\tClientSecretCredential: Xk3mQ9zT8vLp2wRt5yUe", "Xk3mQ9zT8vLp2wRt5yUe", "Credential"),
    # a word that opens a Go error, but no file and error after it
    ("x password: open sesame7: fine", "open sesame7", "x password"),
    # the base64 of a URL with userinfo or a signed query, or of a path a key names
    (
        f"a token was sent: ?fileuri={_b64('s3://admin:Xk3mQ9zT8vLp2wRt5yUe@minio/bucket/f.txt')}",
        _b64("s3://admin:Xk3mQ9zT8vLp2wRt5yUe@minio/bucket/f.txt").rstrip("="),
        "fileuri=",
    ),
    (
        f"a token was sent: ?fileuri={_b64('https://b.example.test/f.txt?X-Amz-Signature=3f2a9c0b1d7e')}",
        _b64("https://b.example.test/f.txt?X-Amz-Signature=3f2a9c0b1d7e").rstrip("="),
        "fileuri=",
    ),
    (
        f"a token was sent: ?fileuri={_b64('/keys/Xk3mQ9zT8vLp2wRt5yUe', True)}",
        _b64("/keys/Xk3mQ9zT8vLp2wRt5yUe", True).rstrip("="),
        "fileuri=",
    ),
    # a licence itself, and a session element's text
    ("combination: Engine=mysql, LicenseKey=Lk7Qz2Wm9Xv4Tb1N.", "Lk7Qz2Wm9Xv4Tb1N", "Engine"),
    ("<Session>Qm9vT3h5Y0ZxK2xWd1p6N3RBbkJy</Session>", "Qm9vT3h5Y0ZxK2xWd1p6N3RBbkJy", "</"),
    # a token under a key that is no id's element
    (
        "auth failed <Token>Qm9vT3h5Y0ZxK2xWd1p6N3RBbkJy</Token>",
        "Qm9vT3h5Y0ZxK2xWd1p6N3RBbkJy",
        "<Token>",
    ),
]


@pytest.mark.parametrize(("line", "secret", "kept"), GOES)
def test_secret_beside_a_message_goes(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)
