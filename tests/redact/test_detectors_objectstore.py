"""Secrets on the object-store and proxy side and in deployment tooling: a command's lone output
after the command that read a secret, tables drawn with box characters, ACME External Account
Binding keys in every tool's spelling, object-store CLIs' positional key pairs (also as an
argument list), CJK key names, TOML sections and multi-line strings; and the look-alikes beside
them (SigV4 and GCS V4 credential scopes, references to a Secret, kustomize's file paths,
SealedSecret ciphertext, a host's port)."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, assert_redacted, both_engines  # noqa: F401
from wbdiag.redact import Redactor

pytestmark = pytest.mark.usefixtures("both_engines")

# (line, the secret that must go, text next to it that must stay)
CASES = [
    # ACME External Account Binding: the HMAC key as a flag, a directive, YAML, TOML, env
    (
        "lego --eab --kid Qw3rTy7uIo --hmac Zx8Cv2Bn5Mq9Lk4Jh7Gf3Ds6Ap1 run",
        "Zx8Cv2Bn5Mq9Lk4Jh7Gf3Ds6Ap1",
        "--kid Qw3rTy7uIo",
    ),
    (
        "  - --certificatesresolvers.le.acme.eab.hmacEncoded=Pq7Wn3Xz9Lm2Kv5Bt8Hr4Jd6Fs",
        "Pq7Wn3Xz9Lm2Kv5Bt8Hr4Jd6Fs",
        "acme.eab.",
    ),
    (
        "        hmacEncoded: Rt5Yq8Wz2Lm7Kx4Nb9Hc3Vd6Js",
        "Rt5Yq8Wz2Lm7Kx4Nb9Hc3Vd6Js",
        "hmacEncoded",
    ),
    ("LEGO_EAB_HMAC=Mn4Bv7Cx2Zq9Lk3Wp8Rt5Yh6Gd", "Mn4Bv7Cx2Zq9Lk3Wp8Rt5Yh6Gd", "LEGO_EAB_HMAC="),
    ("\t\tmac_key Hg6Fd3Sa9Qw2Er7Ty4Ui8Op5Lk", "Hg6Fd3Sa9Qw2Er7Ty4Ui8Op5Lk", "mac_key"),
    (
        '{"key_id": "kid-1", "mac_key": "Jk2Lm5Nb8Vc3Xz7Qw4Er9Ty6Ui"}',
        "Jk2Lm5Nb8Vc3Xz7Qw4Er9Ty6Ui",
        '"kid-1"',
    ),
    (
        "wacs.exe --eab-key Vb3Nm6Qw9Er2Ty5Ui8Op4As7Df --eab-key-identifier kid-7",
        "Vb3Nm6Qw9Er2Ty5Ui8Op4As7Df",
        "kid-7",
    ),
    # a directive alone on its line and its one generated argument
    ("    signing_key Wq8Zx3Lm6Pv9Kt2Rb5Hn7Jc4Ds;", "Wq8Zx3Lm6Pv9Kt2Rb5Hn7Jc4Ds", "signing_key"),
    # ... a dotted one too: no statement is written so (Spark's spark-defaults.conf)
    ("spark.ssl.trustStorePassword   qWt_Rm.vKx_hLpN", "qWt_Rm.vKx_hLpN", "spark.ssl."),
    # object-store admin CLIs: a key id and its secret by position
    (
        "  412  garage key import --yes -n ml GKa1b2c3d4e5f60718293a4b5c 9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0",
        "9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0",
        "GKa1b2c3d4e5f60718293a4b5c",
    ),
    (
        "b2 authorize-account 0034ab56cd78ef9000000002 K002Qw7Er4Ty1Ui8Op5As2Df9Gh",
        "K002Qw7Er4Ty1Ui8Op5As2Df9Gh",
        "0034ab56cd78ef9000000002",
    ),
    # ... and as a container's argument list on one line
    (
        'args: ["alias", "set", "store", "https://s3.example.net", "ml-admin", "Tz6Yx3Wv9Uq2Sp5Ro8Nm4Lk7Jh"]',
        "Tz6Yx3Wv9Uq2Sp5Ro8Nm4Lk7Jh",
        '"ml-admin"',
    ),
    (
        "\"command\": ['garage', 'key', 'import', 'GK0f1e2d3c4b5a69788796a5b4', 'c0ffee12deadbeef34cafe56babe78face90feed12bead34']",
        "c0ffee12deadbeef34cafe56babe78face90feed12bead34",
        "GK0f1e2d3c4b5a69788796a5b4",
    ),
    # key names in Japanese, Korean and Chinese: secret, a qualified key, credentials
    (
        "  シークレットキー: Qz7Xw4Vu1Ts8Rq5Po2Nm9Lk3Ji",
        "Qz7Xw4Vu1Ts8Rq5Po2Nm9Lk3Ji",
        "シークレットキー",
    ),
    ("APIキー＝Hy6Gt3Fr9De2Sw5Aq8Zx4Cv7Bn", "Hy6Gt3Fr9De2Sw5Aq8Zx4Cv7Bn", "APIキー"),
    ("비밀 키 = Lp5Ko8Ji2Hu6Gy3Ft9Dr4Se7Aw", "Lp5Ko8Ji2Hu6Gy3Ft9Dr4Se7Aw", "비밀 키"),
    ("私密存取金鑰：Mn8Bv5Cx2Zl7Kj4Hg9Fd3Sa6Qw", "Mn8Bv5Cx2Zl7Kj4Hg9Fd3Sa6Qw", "私密存取金鑰"),
    ("認証情報: Rf4Tg7Yh1Uj8Ik5Ol2Pz9Xc6Vb", "Rf4Tg7Yh1Uj8Ik5Ol2Pz9Xc6Vb", "認証情報"),
]


@pytest.mark.parametrize(("line", "secret", "kept"), CASES)
def test_shape(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)


STAYS = [
    # the key id beside an EAB key, an algorithm under an HMAC name
    "lego --eab --kid Qw3rTy7uIo --dns route53 run",
    "hmac_algorithm: HMAC-SHA256",
    # a directive whose argument is a path, an address, a number or a word
    "    ssl_certificate_key /etc/nginx/tls/server.key;",
    "    proxy_pass http://wandb:8080;",
    "  session_key_size 2048",
    # ... or a code name where a value may be code
    "    password_command org.apache.Foo;",
    # object-store CLIs without a secret in their arguments
    "garage key create ml-key",
    "garage key info GKa1b2c3d4e5f60718293a4b5c",
    'args: ["alias", "set", "store", "https://s3.example.net"]',
    "args: ['alias', 'set', 'store', 'https://s3.example.net', 'ml-admin', '$(MINIO_SECRET_KEY)']",
    # a primary key in Japanese is no secret
    "主キー: user_id_42abc",
    # SigV4's and GCS V4's credential scopes: who signed, when, where (the signature goes)
    "Authorization: AWS4-HMAC-SHA256 Credential=AKIAQW3ER5TY7UI9OP2A/20250102/eu-west-1/s3/aws4_request, SignedHeaders=host, Signature=***",
    "GET /b/o?X-Amz-Credential=AKIAQW3ER5TY7UI9OP2A%2F20250102%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20250102T000000Z",
    "X-Goog-Credential=loader@proj-12.iam.gserviceaccount.com/20250102/auto/storage/goog4_request",
    # a host and its port in an access log
    '"GET https://auth.example.org:443/api/v1/viewer HTTP/1.1" 200',
    # kustomize's files below a directory
    "  - tls.key=certs/k8q2zt.key",
    # a SealedSecret's ciphertext (encrypted to the controller's public key)
    "    password: Ag" + "Bq7Zx3Wv9Lm2Kp5Rt8Yh4Jd6Fs1Nc0Gb" * 10 + "==",
]


@pytest.mark.parametrize("line", STAYS)
def test_look_alike_stays(line: str) -> None:
    assert Redactor()(line) == line


def test_an_aws_key_id_still_goes_outside_a_scope() -> None:
    assert_redacted(
        "aws_access_key_id = AKIAQW3ER5TY7UI9OP2A", "AKIAQW3ER5TY7UI9OP2A", "aws_access_key_id"
    )


@pytest.mark.parametrize(
    ("command", "output"),
    [
        (
            "$ aws configure get aws_secret_access_key --profile store",
            "Nq5Wz8Xv2Lk7Jh4Gf9Ds3Ap6Qm1Rt0Yu8Io5Pa",
        ),
        ("$ git config --global --get github.token", "Hb7Nj4Mk1Lp8Ko5Ji2Uh9Yg6Tf"),
        ("$ npm config get //npm.example.net/:_authToken", "Xs3Dc6Fv9Gb2Hn5Jm8Kl4Qw7Er"),
        ("$ terraform output -raw mysql_password", "Pl9Ok6Ij3Uh7Yg4Tf1Rd8Es5Wa"),
        ("$ terraform output -raw redis_auth_token", "Wd3Fg6Hj9Kl2Zx5Cv8Bn4Mq7Pe"),
        ("$ pulumi config get dbPassword", "Zq2Xw5Ce8Vr1Bt4Ny7Mu3Ki6Lo"),
        ("$ heroku config:get SECRET_KEY_BASE -a ml", "Ty4Ui7Op1As8Df5Gh2Jk9Lz6Xc"),
        ("$ secret-tool lookup service ml user ops", "Vb6Nm3Qw9Er2Ty5Ui8Op4As7Df"),
        ("$ doppler secrets get MYSQL_PASSWORD --plain", "Gh5Jk8Lz2Xc6Vb9Nm3Qw7Er4Ty"),
    ],
)
def test_a_command_that_reads_a_secret_and_its_output(command: str, output: str) -> None:
    assert_gone([command, output, "$ echo done"], [output])


@pytest.mark.parametrize(
    ("command", "output"),
    [
        ("$ aws configure get region --profile store-secret", "eu-central-1"),
        ("$ terraform output bucket_name", "ml-artifacts-2025-prod"),
        ("$ git config --get user.email", "ops@example.org"),
    ],
)
def test_a_command_that_reads_a_plain_setting_keeps_its_output(command: str, output: str) -> None:
    assert_kept([command, output])


def test_box_drawn_tables() -> None:
    lines = [
        "╭────────┬──────┬──────────────────────┬────────────────────────────╮",
        "│ remote │ type │ access_key_id        │ secret_access_key          │",
        "├────────┼──────┼──────────────────────┼────────────────────────────┤",
        "│ store  │ s3   │ AKIAQW3ER5TY7UI9OP2A │ Wq8Zx3Lm6Pv9Kt2Rb5Hn7Jc4Ds │",
        "╰────────┴──────┴──────────────────────┴────────────────────────────╯",
        "┃ user   ┃ password         ┃",
        "┡━━━━━━━━╇━━━━━━━━━━━━━━━━━━┩",
        "│ ops    │ Lm4#Kx8!Qz2vNp7r │",
        "║ api_token ║ Jc4Ds7Hn2Rb5Kt9Pv ║",
    ]
    out = list(Redactor().lines(lines))
    assert not [
        s
        for s in ("Wq8Zx3Lm6Pv9Kt2Rb5Hn7Jc4Ds", "Lm4#Kx8!Qz2vNp7r", "Jc4Ds7Hn2Rb5Kt9Pv")
        if s in "\n".join(out)
    ]
    assert "│ store  │ s3   │" in out[3] and out[0] == lines[0] and out[2] == lines[2]


def test_box_drawn_table_without_secret_columns_stays() -> None:
    assert_kept(
        [
            "┌────────┬───────────────┐",
            "│ remote │ secret_name   │",
            "├────────┼───────────────┤",
            "│ store  │ ml-store-keys │",
            "└────────┴───────────────┘",
        ]
    )


def test_toml_sections_whose_dotted_name_qualifies_key() -> None:
    lines = [
        "[jwt.signing]",
        'key = "Fs6Jd4Hr8Bt5Kv2Lm9Xz3Wn7Pq"',
        "[jwt.filer_signing.read]",
        'key = "Gt7Ke5Is9Cu6Lw3Mn0Ya4Xo8Rr"',
        "[server.cache]",
        'key = "Hu8Lf6Jt0Dv7Mx4No1Zb5Yp9Ss"',
    ]
    out = list(Redactor().lines(lines))
    assert "Fs6Jd4Hr8Bt5Kv2Lm9Xz3Wn7Pq" not in out[1] and "Gt7Ke5Is9Cu6Lw3Mn0Ya4Xo8Rr" not in out[3]
    assert out[5] == lines[5]  # a cache's key names an entry


def test_multi_line_strings_under_a_secret_name() -> None:
    lines = [
        "[storage]",
        'secret_key = """\\',
        "    Qa1Ws2Ed3Rf4Tg5Y\\",
        '    Hu6Ji7Ko8Lp9Zx0C"""',
        'region = "garage"',
        "API_TOKEN = '''",
        "Mn3Bv6Cx9Za2Sd5Fg8Hj",
        "'''",
    ]
    out = list(Redactor().lines(lines))
    for secret in ("Qa1Ws2Ed3Rf4Tg5Y", "Hu6Ji7Ko8Lp9Zx0C", "Mn3Bv6Cx9Za2Sd5Fg8Hj"):
        assert secret not in "\n".join(out)
    assert out[4] == lines[4] and out[3].endswith('"""')


def test_multi_line_string_under_another_name_stays() -> None:
    assert_kept(['description = """', "Rotate the password every 90 days.", '"""'])


# `mc alias set` as a container's arguments, up to the secret key
_MC_ARGS = [
    "        args:",
    "        - alias",
    "        - set",
    "        - store",
    "        - http://minio:9000",
    "        - ml-admin",
]


def test_argument_lists_over_lines() -> None:
    lines = [
        *_MC_ARGS,
        "        - Ux5Wq2Zr8Yt3Lp6Kn9Jm4Hv7Gc",
        "        command:",
        "          - garage",
        "          - key",
        "          - import",
        '          - "GKa1b2c3d4e5f60718293a4b5c"',
        '          - "abad1dea5eed0f00d12c0ffee34decaf56beef78cafe90aa"',
        '        "args": [',
        '          "alias",',
        '          "set",',
        '          "store",',
        '          "http://minio:9000",',
        '          "ml-admin",',
        '          "Vy6Xr3As9Zu4Mq7Lo0Kp5Iw8Hd"',
        "        ],",
    ]
    out = list(Redactor().lines(lines))
    text = "\n".join(out)
    for secret in (
        "Ux5Wq2Zr8Yt3Lp6Kn9Jm4Hv7Gc",
        "abad1dea5eed0f00d12c0ffee34decaf56beef78cafe90aa",
        "Vy6Xr3As9Zu4Mq7Lo0Kp5Iw8Hd",
    ):
        assert secret not in text
    assert out[:6] == lines[:6] and out[11] == lines[11]


def test_argument_list_without_a_secret_stays() -> None:
    assert_kept(
        [
            *_MC_ARGS,
            "        - $(MINIO_ROOT_PASSWORD)",
            "        - --insecure",
            "        command:",
            "        - /bin/sh",
            "        - -c",
            "        - until mc ls store; do sleep 2; done",
        ]
    )


def test_references_below_a_secret_name_stay() -> None:
    # Helm values naming the Secret and its keys, under a YAML parent that qualifies `key`
    assert_kept(
        [
            "global:",
            "  bucket:",
            "    secret:",
            "      secretName: ml-bucket-creds",
            "      accessKeyName: ACCESS_KEY",
            "      secretKeyName: SECRET_KEY",
        ]
    )


def test_a_value_below_a_secret_name_in_such_a_parent_goes() -> None:
    assert_gone(
        ["  storage:", "    password:", "      value: Xr7Kq2Lm9Vz4Wp1N"], ["Xr7Kq2Lm9Vz4Wp1N"]
    )
