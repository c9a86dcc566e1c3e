"""Fixed words in real error lines that stand where a secret's value could: MySQL's
`(using password: YES|NO)`, an error code that names its failure before the message
(`SignatureDoesNotMatch: …`), alembic's `revision identified by '<revision id>'`, Apache's
`[module:level]`, Redis' `AUTH <password>` in a sentence. Each look-alike is a real line (its
thread in a comment); next to it a secret in the same place is still redacted."""

from __future__ import annotations

import pytest

from wbdiag.redact.redactor import Redactor

LOOKALIKES = [
    # https://github.com/MicrosoftDocs/azure-databases-docs/pull/66
    "[Note] [Server] Access denied for user ''@'xx.xx.xx.X' (using password: NO).",
    # https://github.com/siteserver/cms/issues/2291
    "Access denied for user 'root'@'localhost' (using password: YES)For more information, see Help"
    " and Support Center at http://www.mysql.com. |",
    # https://github.com/FudanSELab/train-ticket/issues/252
    "[ERROR] \tmysql[localhost:3306].ping.error[Error 1045: Access denied for user 'root'@'::1'"
    " (using password: NO)].downs:11,downslimits:3",
    # https://github.com/nextcloud/helm/issues/29
    "[no app in context] Error: RedisException: ERR AUTH <password> called without any password"
    " configured for the default user. Are you sure your configuration is correct? at <<closure>>",
    # https://github.com/aws/aws-sdk-js-v3/issues/1916
    "SignatureDoesNotMatch: The request signature we calculated does not match the signature you"
    " provided. Check your key and signing method.",
    # https://github.com/aws/aws-sdk-go/issues/235
    "AuthorizationHeaderMalformed: The authorization header is malformed; the region 'us-east-1'"
    " is wrong; expecting 'us-west-2'",
    # https://github.com/siderolabs/talos-backup/issues/64
    "api error SignatureDoesNotMatch: Access denied.",
    # https://github.com/freedomofpress/securedrop-client/issues/202
    "ERROR [alembic.util.messaging] Can't locate revision identified by 'fe7656c21eaa'",
    # https://github.com/H2CK/oidc/issues/441
    "[Thu Aug 08 12:37:26.177098 2024] [auth_openidc:error] [pid 2250:tid 2250] [client"
    " 192.168.1.239:55616] oidc_util_http_call: curl_easy_perform() failed on:"
    " https://...server...:5555/.well-known/openid-configuration (SSL certificate problem:"
    " unable to get local issuer certificate), referer: http://192.168.1.182/",
]

# the same places holding a secret
POSITIVES = [
    ("Access denied (using password: Xk9mQ2vLp7zT).", "Xk9mQ2vLp7zT"),
    ("Access denied (using password: Xk9mQ2vLp7zT)For more information, see Help", "Xk9mQ2vLp7zT"),
    ("ping.error[1045 (using password: Rt7#kLm2Qz9w)].downs:11", "Rt7#kLm2Qz9w"),
    ("redis-cli AUTH <password>s3cRetRedisPw9</password>", "s3cRetRedisPw9"),
    (
        "aws_signature: 9f2c1e7a4b8d3f60a1c5e9b7d2f4a6c8e0b3d5f7",
        "9f2c1e7a4b8d3f60a1c5e9b7d2f4a6c8e0b3d5f7",
    ),
    (
        "authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sIgN4tUrE9kQ",
        "eyJhbGciOiJIUzI1NiJ9",
    ),
    ("ALTER USER 'app'@'%' IDENTIFIED BY 'fe7656c21eaa-Pw';", "fe7656c21eaa-Pw"),
    ("[auth_openidc:error] OIDCClientSecret: Zq8vN3xR7mK2pL5w", "Zq8vN3xR7mK2pL5w"),
]


@pytest.mark.parametrize("line", LOOKALIKES)
def test_a_fixed_word_is_left(line: str) -> None:
    assert list(Redactor().lines([line])) == [line]


@pytest.mark.parametrize(("line", "secret"), POSITIVES)
def test_a_secret_in_the_same_place_is_redacted(line: str, secret: str) -> None:
    (out,) = Redactor().lines([line])
    assert secret not in out
    assert "[REDACTED:" in out
