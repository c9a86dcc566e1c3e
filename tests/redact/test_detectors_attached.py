"""Classes of secrets and look-alikes found by a held-out set (holdout13, what admins attach):
colour codes between a name and its value, flags alone in a JSON array, keys of a vendor, ids
and names beside secret words."""

from __future__ import annotations

import pytest

from wbdiag.redact import Redactor
from wbdiag.redact.prefilter import ENV_ENGINE


@pytest.fixture(params=["hyperscan", "re"], autouse=True)
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each case with both prefilter engines: coloured lines must be picked."""
    monkeypatch.setenv(ENV_ENGINE, request.param)
    return str(request.param)


E = "\x1b"


@pytest.mark.parametrize(
    ("lines", "secret"),
    [
        # colour codes: logrus on a TTY, a plan's env block, a YAML key in bold
        [[f"{E}[34mINFO{E}[0m[0001] ready {E}[34mdb_password{E}[0m=Vq8Lr2Nx5Kp"], "Vq8Lr2Nx5Kp"],
        [[f"{E}[31mWARN{E}[0m api_token{E}[0m: {E}[33mZt4Wq9Lm2Rx7{E}[0m"], "Zt4Wq9Lm2Rx7"],
        [
            [
                f"      {E}[33m~{E}[0m env {{",
                f"          {E}[33m~{E}[0m {E}[1mname{E}[0m  = \"SMTP_PASSWORD\"",
                f"          {E}[33m~{E}[0m {E}[1mvalue{E}[0m = {E}[33m\"Hq5Rt8Lp3Zw\"{E}[0m",
                "        }",
            ],
            "Hq5Rt8Lp3Zw",
        ],
        # HCL's `value =` after `name =` without colour
        [['  name  = "REDIS_PASSWORD"', '  value = "Mw4Kd9Lq2Tz"'], "Mw4Kd9Lq2Tz"],
        # a flag alone in a JSON array over lines (docker inspect's Args)
        [['    "Args": [', '        "--password",', '        "Pq7Xn3Lk9Wr",', '        "--x"'], "Pq7Xn3Lk9Wr"],
        [['  "Cmd": [', '    "valkey-server",', '    "--requirepass",', '    "Kd8Rw2Ny6Qa"', "  ]"], "Kd8Rw2Ny6Qa"],
        # keys named by their vendor or their use
        [["        integrationKey: 3f9a0c1b2d4e5f60718293a4b5c6d7e8"], "3f9a0c1b2d4e5f60718293a4b5c6d7e8"],
        [['{"integration_key": "Lm3Qx8Rt5Vz2Np7"}'], "Lm3Qx8Rt5Vz2Np7"],
        [["APP_REFRESH_KEY=4be1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9"], "4be1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9"],
        # an archiver's glued password, a password a Redis ACL adds
        [["7z a -t7z -mhe=on -pTq8Wz3Lk5Rn case.7z /tmp/bundle"], "Tq8Wz3Lk5Rn"],
        [["rar a -hpx -pNw5Kq2Rt8Lz bundle.rar dir"], "Nw5Kq2Rt8Lz"],
        [["valkey-cli ACL SETUSER app on >Rz4Pq9Lw2Kt ~app:* +get"], "Rz4Pq9Lw2Kt"],
        # PagerDuty's routing key (32 hex) in a curl body and an Alertmanager receiver
        [["""  -d '{"routing_key":"0a1b2c3d4e5f60718293a4b5c6d7e8f9","event_action":"resolve"}'"""], "0a1b2c3d4e5f60718293a4b5c6d7e8f9"],
        [["    - routingKey: 9f8e7d6c5b4a39281706f5e4d3c2b1a0"], "9f8e7d6c5b4a39281706f5e4d3c2b1a0"],
        # session cookies: a HAR's cookies array over lines, tshark's cookie field
        [['          "cookies": [', '            {', '              "name": "_gitlab_session",', '              "value": "4f9aQz7Lm2Xw8Rt5Kp3Vn6By1Cd0",', "            }"], "4f9aQz7Lm2Xw8Rt5Kp3Vn6By1Cd0"],
        [["10.0.0.7\t/api\tlaravel_session=Hq7Wz2Lp9Rt4Kx8Nm3; lang=en"], "Hq7Wz2Lp9Rt4Kx8Nm3"],
        # a token under its short name `tok`, in a session token's shape (a dict's repr, logfmt)
        [["DEBUG session cache: {'uid': 'u-77', 'tok': 'Vq4Lx9Rt2Wm7Kp3Nz8Bc5Hd1Yf6Gs0'}"], "Vq4Lx9Rt2Wm7Kp3Nz8Bc5Hd1Yf6Gs0"],
        [['level=debug msg="renewed" tok=Hn5Qw2Lz8Rv4Kx7Tm3Pc9Yb6Jd1Fs0A exp=3600'], "Hn5Qw2Lz8Rv4Kx7Tm3Pc9Yb6Jd1Fs0A"],
        # a quote inside a single-quoted password, as `set -x` prints it
        [["+ curl -fsS -u 'ops:Lq8'\\''Zw4Rt9Np' https://wandb.example.org/api"], "Zw4Rt9Np"],
        # a secret passed under another name is still one
        [["    client = Client(api_key=Xr7Lq2Nw9Kd4Pt8)"], "Xr7Lq2Nw9Kd4Pt8"],
    ],
)  # fmt: skip
def test_secrets_go(lines: list[str], secret: str) -> None:
    out = "\n".join(Redactor().lines(lines))
    assert secret not in out, out


@pytest.mark.parametrize(
    "lines",
    [
        # colour codes around values that are no secret
        [f"{E}[36mINFO{E}[0m[0042] synced {E}[36mprovider{E}[0m=s3 {E}[36mbucket{E}[0m=wandb-data"],
        [f"  {E}[32m+{E}[0m {E}[1mname{E}[0m  = \"LOG_LEVEL\"", f"  {E}[32m+{E}[0m {E}[1mvalue{E}[0m = \"debug\""],
        # flags in a JSON array whose values are no secret
        ['    "Args": [', '        "--port",', '        "6380",', "    ]"],
        # a TLS session described, a cleared cookie, a HAR entry naming no secret
        ["SSL-Session:", "    Protocol  : TLSv1.3", "    Session-ID: 9C1F0A7B3E5D2A4C6B8E0F1A3C5E7A9B"],
        ["< Set-Cookie: app_session=; Path=/; Max-Age=0; HttpOnly"],
        ['              "name": "theme",', '              "value": "dark-contrast-v2",'],
        # AMQP's routing keys are topics
        ['ch.basic_publish(exchange="events", routing_key="wandb.run.finished", body=b)'],
        ["  routing_key: alerts.critical.db01"],
        # `tok` as a debugger's pointer, a lexer's token kind; `tokio`, `Tokyo`
        ["#3  0x00007f2a1c6b9f10 in next_token (lx=0x5581c2a0e2a0, tok=0x7ffd5e2a1c40) at lexer.c:88"],
        ['parse error: unexpected tok=IDENT lit="wandb" pos=14', '{"kind": "tok", "tok": "EOF"}'],
        ["INFO tokio_runtime: worker started region=ap-northeast-1 (Tokyo)"],
        # archivers and ACLs without a password
        ["7z x -o/tmp/out -y bundle.7z", "mkdir -p /tmp/case.7z.d"],
        ["ACL SETUSER reader on nopass ~cache:* +get", "ACL SETUSER bob reset"],
        # a variable passed on under its own name
        ["    api = wandb.Api(api_key=key)", "    login(token=token, password=password)"],
        # the names of Secrets, the services that keep them, ids of issued tokens
        ["Image pull secrets:  regcred", "Mountable secrets:   <none>"],
        ["Image pull secrets:  ecr-creds, gcr-json-key"],
        ['{"Action":["secretsmanager:GetSecretValue"],"Resource":"arn:aws:secretsmanager:us-east-1:123456789012:secret:db-Ab12Cd"}'],
        ['{"Action":"ssm:GetParameter","Condition":{"StringEquals":{"secretsmanager:ResourceTag/team":"ml"}}}'],
        [' "uniqueTokenIdentifier":"q9ZbW3xLmN4pT7vR2kYs1d","tokenIssuerType":"AzureAD",'],
        ['kube_secret_info{namespace="wandb",secret="sh.helm.release.v1.wandb.v7"} 1'],
        ['kube_secret_type{namespace="ml",secret="sh.helm.release.v1.weave-trace.v12",type="helm.sh/release.v1"} 1'],
        # Java names with `$` (CGLIB proxies, lambdas), Kubernetes event reasons
        ["\tat com.example.auth.SecretStore$$EnhancerBySpringCGLIB$$5f2a1c.load(<generated>)"],
        ["\tat org.example.TokenCache$$Lambda$1187/0x00000008014c2a40.apply(Unknown Source)"],
        ["5m   Normal   SecretSynced   externalsecret/mysql-creds   secret synced"],
        ["2m   Normal   TokenRequested   serviceaccount/wandb-runner   token requested for pod"],
        # what a block under a key's name says about that key
        ["  artifacthub.io/signKey: |", "    fingerprint: 0A1B2C3D4E5F60718293A4B5C6D7E8F901234567", "    url: https://charts.example.org/key.asc", "  other: x"],
    ],
)  # fmt: skip
def test_look_alikes_stay(lines: list[str]) -> None:
    assert list(Redactor().lines(lines)) == lines


def test_block_under_a_key_still_goes() -> None:
    lines = ["signingKey: |", "  key: Wq8Rt3Lp5Zx2Nv7", "  Qm4Kd9Lx2Tz7Rw3Pn8", "next: 1"]
    out = "\n".join(Redactor().lines(lines))
    assert "Wq8Rt3Lp5Zx2Nv7" not in out and "Qm4Kd9Lx2Tz7Rw3Pn8" not in out, out
