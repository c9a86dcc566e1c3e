"""Secrets tools print without a key before them: TLS key logs, keyring entries, curl's
`--cert FILE:PASSWORD`, a password announced in a sentence (MySQL's temporary root password), a
password pasted at a prompt and echoed as a command not found, the arguments of `AUTH` in a
Redis reply (`SLOWLOG GET`), a fetch of a secret-named resource, a Kubernetes Secret's
`stringData`. And the look-alikes of the same places: templates of webhook URLs, a Secret named
in an event, a MinIO user's access key."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401
from wbdiag.redact import Redactor

pytestmark = pytest.mark.usefixtures("both_engines")


_HEX64 = "52362c1d0a0c6a7f8b8e9d1c2b3a4f5e6d7c8b9aa1b2c3d4e5f60718293a4b5c"
_HEX96 = (
    "9c3b6a0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff00112233445566778899aabb"
)


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # NSS key log lines (TLS 1.3 labels, TLS 1.2's CLIENT_RANDOM)
        ([f"SERVER_HANDSHAKE_TRAFFIC_SECRET {_HEX64} {_HEX96}"], [_HEX96]),
        ([f"CLIENT_RANDOM {_HEX64} {_HEX96}", f"EXPORTER_SECRET {_HEX64} {_HEX64[::-1]}"], [_HEX96, _HEX64[::-1]]),
        # a keyring entry, the type before or after the key
        (['{"data_id":"k1","data_type":"AES","data":"' + _HEX64 + '"}'], [_HEX64]),
        (['[{"data": "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5", "data_type": "SECRET", "user": "root"}]'], ["Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5"]),
        # curl's certificate and its passphrase
        (["curl --cert /etc/tls/client.pem:Tb6qP9wLx3m https://ml.example.org"], ["Tb6qP9wLx3m"]),
        (["curl -s --proxy-cert=proxy.p12:Kd8%mW3xQz5v -x https://proxy:3128 https://x"], ["Kd8%mW3xQz5v"]),
        (["curl -E ./me.crt:Zq8;xLm2Pw7 https://x"], ["Zq8;xLm2Pw7"]),
        # a password announced in a sentence
        (["2026-01-01T00:00:00Z 6 [Note] [MY-010454] [Server] A temporary password is generated for root@localhost: q<S;0b:cjN@!"], ["q<S;0b:cjN@!"]),
        (["[entrypoint] The generated password for the 'admin' user is: Vq8#nL3wKz5x"], ["Vq8#nL3wKz5x"]),
        (["Initial password for wandb-admin: Gn9xT4mKb2wQ"], ["Gn9xT4mKb2wQ"]),
        # a password pasted at a prompt, and the shell's echo of it
        (["$ Hk4zW8qLx2v9Tb6q", "bash: Hk4zW8qLx2v9Tb6q: command not found"], ["Hk4zW8qLx2v9Tb6q"]),
        (["user@host ~ % Rz2vN7kXq4pLm8", "zsh: command not found: Rz2vN7kXq4pLm8"], ["Rz2vN7kXq4pLm8"]),
        (["# Wm4pZ7xLq2cHk4", "sh: 1: Wm4pZ7xLq2cHk4: not found"], ["Wm4pZ7xLq2cHk4"]),
        # AUTH's arguments in a Redis reply: a user and a password, a password alone
        (["   3) 1) \"AUTH\"", "      2) \"wandb\"", "      3) \"Tk3vN8qLx2WmZ9\"", "   4) \"10.0.0.1:5000\""], ["Tk3vN8qLx2WmZ9"]),
        (["1) 1) (integer) 7", "   4) 1) \"auth\"", "      2) \"Hk4zW8qLx2v9\"", "   5) \"10.0.0.2:6000\""], ["Hk4zW8qLx2v9"]),
        # what a fetch of a secret-named resource prints
        (["$ curl -s http://127.0.0.1:8080/api/9/http/keyvals/api_keys", '{"Tb6qP9wLx3mZ4kQ2vN8qLx2Wm":"ci","Kd8mW3xQz5vR7tLq2Nw8Xk":"cron"}'], ["Tb6qP9wLx3mZ4kQ2vN8qLx2Wm", "Kd8mW3xQz5vR7tLq2Nw8Xk"]),
        # a Secret's stringData: every value below it, quoted values holding `#` too
        (["kind: Secret", "stringData:", "  admin: Gn9xT4mKb2wQ7p", "  backup: 'Zq8#xLm2Pw7K'", "type: Opaque"], ["Gn9xT4mKb2wQ7p", "Zq8#xLm2Pw7K"]),
        (['{"kind":"Secret","stringData":{"ci":"Vq8nL3wKz5xPq2"}}'], ["Vq8nL3wKz5xPq2"]),
        # a password manager's login with its TOTP seed (`bw get item … | jq -c .login`): the
        # seed makes every one-time code
        (['$ bw get item "wandb-admin" | jq -c .login', '{"uris": [], "username": "admin@example.com", "password": "Tb6qP9wLx3mZ", "totp": "GYGK53M53EB4F4SP", "passwordRevisionDate": null}'], ["Tb6qP9wLx3mZ", "GYGK53M53EB4F4SP"]),
        (["TOTP_SECRET=JBSWY3DPEHPK3PXPQ7RT"], ["JBSWY3DPEHPK3PXPQ7RT"]),
        # a Vault token looked up by itself (not by its accessor)
        (["$ vault token lookup hvs.CAESIJ8Kd8mW3xQz5vR7tLq2Nw8XkTb6qP9wLx3mZ4kQ2vN8"], ["hvs.CAESIJ8Kd8mW3xQz5vR7tLq2Nw8XkTb6qP9wLx3mZ4kQ2vN8"]),
        # a header's value in curl's `-H "Name: value"`
        (['curl -H "X-aws-ec2-metadata-token: AQAEAX42att9kNYRrxs2I0hhIwUK1zLl5Em==" http://169.254.169.254/latest/meta-data/iam/info'], ["AQAEAX42att9kNYRrxs2I0hhIwUK1zLl5Em=="]),
    ],
)  # fmt: skip
def test_printed_secrets_go(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        # key log's neighbours: a client random alone, a hex digest after a label
        [f"session id: {_HEX64}"],
        # a data field whose type names no key
        ['{"data_type":"float32","data":"Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5"}'],
        # curl's certificate without a passphrase, a Windows path, PKCS#11; grep's -E
        ["curl --cert /etc/tls/client.pem --cert-type PEM https://x:443/"],
        ["curl --cert C:\\certs\\client.pem https://x"],
        ['grep -E "level:error" app.log'],
        # sentences about passwords that announce none
        ["password was changed at: 2026-01-02T10:00:00Z"],
        ["new password reset link sent to: ops@example.org"],
        ["Access denied for user 'root'@'localhost' (using password: YES)"],
        # commands not found: mistyped tools, a cmdlet
        ["$ kubectl1 get pods", "bash: kubectl1: command not found"],
        ["bash: docker-compose: command not found", "-bash: Get-ChildItem: command not found"],
        # a Redis reply whose `auth` is a value (ACL LOG), not a command
        ['1) 1) "count"', "   2) (integer) 1", '   3) "reason"', '   4) "auth"', '   5) "context"', '   6) "toplevel"'],
        # a fetch of a resource no name says secret; a fetch's plain labels
        ["$ curl -s http://127.0.0.1:8080/api/9/http/keyvals/upstreams", '{"Tb6qP9wLx3mZ4kQ2vN8qLx2Wm":"ci"}'],
        ["$ curl -s http://127.0.0.1:8080/api/9/http/keyvals/tokens", '{"count":3,"zone":"tokens"}'],
        # templates of webhook URLs
        ["url: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
        ["https://discord.com/api/webhooks/000000000000000000/YOUR_WEBHOOK_TOKEN"],
        # a Secret named in an event, by namespace and name
        ["Error: couldn't find key MYSQL_PASSWORD in Secret wandb/wandb-mysql"],
        ['Warning  Failed  secret "wandb/wandb-oidc" not found; secret default/app-creds'],
        # a MinIO user's access key is their name
        ["AccessKey: wandb-svc", "Status: enabled", "PolicyName: readwrite"],
        # a login without a TOTP seed, a 2FA setting that holds none
        ['{"username": "admin@example.com", "totp": null, "passwordRevisionDate": null}'],
        ["totp_enabled: true", "totp_period: 30"],
        # a header's name in curl's `-H "Name: $VAR"` (the instance metadata service's token)
        ['$ curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/iam/info'],
        ["curl -H 'X-Vault-Token: $VAULT_TOKEN' http://127.0.0.1:8200/v1/auth/token/lookup-self"],
        # a Vault token's accessor: a handle to look the token up or revoke it
        ["$ vault token lookup -accessor NxTWhsc5duIHrHuGQ4kuJPhL", "Key                 Value", "---                 -----", "accessor            n0Ss4Us4ukHH8z9GSlN3rKA0", "policies            [default wandb-rlii]"],
    ],
)  # fmt: skip
def test_neighbours_stay(lines: list[str]) -> None:
    assert_kept(lines)


def test_a_random_access_key_and_a_webhook_token_still_go() -> None:
    out = "\n".join(
        Redactor().lines(
            [
                "AccessKey: Q3AM3UQ867SPQQA43P2F",
                "url: https://hooks.slack.com/services/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",
                "secret: wandb/Xk8s2LmQ9vTz4",
            ]
        )
    )
    assert "Q3AM3UQ867SPQQA43P2F" not in out and "Xq3vT8xZ2pLw9kRb4nHc7yFd" not in out
    assert "Xk8s2LmQ9vTz4" not in out
