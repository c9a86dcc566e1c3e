"""Classes of secrets and look-alikes in what the collectors gather from a W&B Server deployment
(holdout14's round): masks and digests a program printed in a value's place, references to the
key a Secret holds, rates, CJK prose after a secret word, a Go DSN that leaves its network unsaid."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # a Go MySQL DSN without `tcp`: `user:password@(host:port)/` (mysqld_exporter)
        [["      env:", "        - name: DATA_SOURCE_NAME", '          value: "exporter:Qw7.Lp3Zr9Kd@(mysql.db.svc:3306)/"'], ["Qw7.Lp3Zr9Kd"]],
        [["DATA_SOURCE_NAME=monitor:Tz4!Xc8Vb2Nm@(10.0.0.7:3306)/?tls=skip-verify"], ["Tz4!Xc8Vb2Nm"]],
        # a URL password that only starts like a mask word; a digest under a name that no
        # signature header has; an upper-case password under a name that holds no key
        [["REDIS_URL=redis://:REDACTEDx9Lq2Wz@redis:6379/0"], ["REDACTEDx9Lq2Wz"]],
        [["client_secret: sha256=15f09f4157994530a369e6d5a24a8a80668d31d9f0e3a4631cf749c409f32f73"], ["15f09f4157994530a369e6d5a24a8a80668d31d9f0e3a4631cf749c409f32f73"]],
        # a rate's shape with a longer tail, a password after CJK prose that holds one
        [["token_refill: 547/sQx8Lm2"], ["547/sQx8Lm2"]],
        [["密码已重置 password: Kq8Wz3Lp5Rt2"], ["Kq8Wz3Lp5Rt2"]],
        # SigV4 with a real signature still loses it
        [["Authorization: AWS4-HMAC-SHA256 Credential=MINIOUSER0000000001/20261103/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=7f8e9d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e"], ["7f8e9d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e"]],
    ],
)  # fmt: skip
def test_secrets_go(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        # the key a Secret holds a value under, by its env name
        ['  spec: \'{"oidcSecret":{"name":"wandb-oidc","secretKey":"OIDC_CLIENT_SECRET"}}\''],
        ["    secretKey: SMTP_PASSWORD", "    tokenKey: GORILLA_API_TOKEN"],
        # masks: a URL password the program replaced (also percent-encoded), kubectl diff's
        [
            "GORILLA_X_ADDRESS=clickhouse://default:REDACTED@ch.example.internal:9440/a",
            "DSN=mysql://wandb:%5BREDACTED%5D@mysql:3306/wandb",
            "redis://:masked@redis:6379",
        ],
        ["-  password: '*** (before)'", "+  password: '*** (after)'"],
        # SigV4 whose signature the client masked, and the key id's scope
        ["Authorization: AWS4-HMAC-SHA256 Credential=MINIOUSER0000000001/20261103/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=**REDACTED**"],
        # a webhook's digest of its payload
        ["X-Hub-Signature: sha1=88f3c666d7a6cddb9212255b93660e73cde9ef37", "X-Hub-Signature-256: sha256=2076dad3d7a93584b3eb715fa8c9703ceb43f54f31e188d0680adc8ae579b874"],
        # a placeholder left in an env file; rates, also coloured
        ["OIDC_CLIENT_SECRET=TODO", "SMTP_PASSWORD=FIXME", "LICENSE_TOKEN=tbd"],
        ["  token_bucket_refill: \x1b[33m547/s\x1b[0m", "  tokens_refill: 20/min"],
        # the next option after a secret word; CJK prose after one
        ["$ kubectl auth can-i list secrets --as=system:serviceaccount:wandb:wandb-app"],
        ["请确认 Secret wandb-mysql 中的 password 已同步更新，然后重启 Pod。", "token 無効です。再ログインしてください"],
    ],
)  # fmt: skip
def test_look_alikes_stay(lines: list[str]) -> None:
    assert_kept(lines)
