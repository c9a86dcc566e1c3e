"""What the leak gate leaves alone as public (wbdiag/redact/gatepublic.py and the names of
public things in gatecontext.py), each class with made-up variants, and near misses that hold a
secret and stay flagged."""

from __future__ import annotations

import base64

import pytest

from wbdiag.redact import gatecontext as gc
from wbdiag.redact import gatepublic as gp
from wbdiag.redact.gate import Gate
from wbdiag.redact.prefilter import ENV_ENGINE

RANDOM = "Zr8Kp2Lm9Qw4Xv7Tq8ZwL3mK"  # reads as generated wherever it stands
HEX40 = "9c818bd05983dd9472f90795c3a4ce8d65948685"


def _pem_b64(label: str) -> str:
    return base64.b64encode(f"-----BEGIN {label}-----\nMIIBCgKCAQEAq9{RANDOM}\n".encode()).decode()


@pytest.mark.parametrize(
    "lines",
    [
        # public key material: PEM blocks of domain parameters, public keys in PKCS#1
        ["-----BEGIN DH PARAMETERS-----", f"MIIBCAKCAQEAq9{RANDOM}{RANDOM}q9"],
        ["-----BEGIN X9.42 DH PARAMETERS-----", f"MIICKAKCAQEA0D{RANDOM}{RANDOM}q9"],
        ["-----BEGIN DSA PARAMETERS-----", f"MIICKQKCAQEA3G{RANDOM}{RANDOM}q9"],
        [f"MIIBCgKCAQEAq9{RANDOM}{RANDOM}q9"],  # an RSA public key's DER, no header
        # a certificate's body line whose base64 happens to end in a secret word (`…pWdSon5nCS`)
        [
            "  ca.crt: |",
            "    -----BEGIN CERTIFICATE-----",
            f"    MIID6DJ9rUf5+eit2l/{RANDOM}LplXcpWdSon5nCS",
            f"    zKe27OMNouq{RANDOM}/o6WAOlr8XXZK39Eq2",
        ],
        ["    certificate-authority-data: " + _pem_b64("CERTIFICATE")],
        ["  ca-auth-data: " + _pem_b64("CERTIFICATE")],
        ["  token-ca: " + _pem_b64("PUBLIC KEY")],
        # a public key named so (minisign's public key file, WireGuard's peer key)
        ["untrusted comment: minisign public key 1A2B3C4D5E6F7788", f"RWQf6LRCGA9i{RANDOM}73Y7"],
        ["public key:", RANDOM],
        [f"Public Key: {RANDOM}q9{RANDOM[:17]}="],
        [f"pub_key: {RANDOM}"],
        # XML-DSig: a signed document's signature and digests
        [f"<ds:SignatureValue>{RANDOM}+/9aB1c2D3e4F5g6H7i8==</ds:SignatureValue>"],
        [f"<SignatureValue>{RANDOM}+/9aB1c2</SignatureValue>"],
        ["<ds:SignedInfo></ds:SignedInfo><ds:SignatureValue>", f"{RANDOM}+/9aB1c2D3e4F5g6H7i8=="],
        # identifiers and checksums named as such
        [f'{{"UserName": "svc", "AccessKeyId": "AKIAQ3EGRT5ZKX4PLM7N", "CreateDate": "{"x"}"}}'],
        ['{"eventID":"1","accessKeyId":"ASIAQ3EGRT5ZKX4PLM7N","eventName":"GetObject"}'],
        ['{"invalidated_api_keys":["' + RANDOM[:20] + '"],"error_count":0}'],
        ['{"revokedTokens":["' + RANDOM[:20] + '"]}'],
        ["deploy/secrets.yaml", f"100644 blob {HEX40}\tdeploy/values.yaml"],
        ["$ git ls-tree HEAD deploy/secrets", f"040000 tree {HEX40}\tdeploy/secrets"],
        ["127.0.0.1:6379> DEBUG DIGEST-VALUE session:9c1f4e7a2b8d3f60"],
        ["redis> GET session:0a1b2c3d4e5f6789"],
        ["LastPasswordChangeDateTime  : 2027-03-14T08:15:00.120Z"],
        ["PasswordLastSetTime : 2027-03-14T08:15:00Z"],
        ["token_expiry: 2027-03-14T08:15:00.120Z"],
        # ids and digests named so in other layouts: SQL quotes names in backticks, SAML's
        # session index, a Secret's name as a metric label
        ["SELECT `id` FROM `api_keys` WHERE `api_keys`.`key_hash` = '" + HEX40 + "' LIMIT 1;"],
        ["UPDATE tokens SET `token_digest` = '" + HEX40 + "'"],
        [f'<saml2:AuthnStatement SessionIndex="_{HEX40[:32]}">'],
        ['kube_secret_created{namespace="wandb",secret="sh.helm.release.v1.wandb.v11"} 17'],
        ['kube_secret_info{secret="db-creds.v2.x9k"} 1'],
        # an abbreviated commit id after prose that ends on a secret word
        ["d2025e030f rotate the reference to a new secret", "56162e3abd chore: bump to 0.38.0"],
        # an access key id in a SigV4 credential scope: shown next to its (masked) signature
        [
            "Authorization: AWS4-HMAC-SHA256 Credential=K7QW2ZP0N5RT70M7EXER/20261103/eu-west-1/"
            "s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=**REDACTED**"
        ],
        [
            "GET https://b.s3.amazonaws.com/o?X-Amz-Credential=AKIAQ3EGRT5ZKX4PLM7N%2F20261103"
            "%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=REDACTED"
        ],
        # keys published to browsers: a site key, a publishable key
        [f'  "RECAPTCHA_SITE_KEY": "6L{RANDOM}q9x-{RANDOM[:10]}",'],
        [f'{{"turnstile": {{"sitekey": "{RANDOM}"}}}}'],
        [f"STRIPE_PUBLISHABLE_KEY={RANDOM}"],
        # a URL's password masked, percent-encoded or as a placeholder
        ["ADDR=clickhouse://default:%5BREDACTED%5D@ch.example.internal:9440/db"],
        ["dsn: mysql://wandb:[MASKED]@db:3306/wandb"],
        ["dsn: postgres://wandb:<password>@db:5432/wandb"],
        # placeholder templates
        ["url: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
        ["GITHUB_TOKEN=ghp_" + "x" * 36],
        ["AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX"],
        ["WANDB_API_KEY=local-" + "0" * 40],
        # a key's id in a table row that says its secret is not shown
        ["│ staging │ AKIAQ3EGRT5ZKX4PLM7N │ (not shown) │"],
        ["┃ ci      ┃ ASIAQ3EGRT5ZKX4PLM7N ┃ <hidden>    ┃ us-east-1 ┃"],
        ["| prod | AKIAQ3EGRT5ZKX4PLM7N | **************** |"],
        ["| AKIAQ3EGRT5ZKX4PLM7N | ****************7PLM | shared-credentials-file |"],
        ["║ AKIAQ3EGRT5ZKX4PLM7N ║ [masked] ║"],
        # a MinIO client's alias listing: the key's id on its own line, the secret not shown
        [
            "local",
            "  URL       : http://127.0.0.1:9000",
            "  AccessKey : AKIAQ3EGRT5ZKX4PLM7N",
            "  SecretKey : ",
            "  API       : s3v4",
        ],
        ["  AccessKey : 9Xk2LmQ7pW4rT8vZ1nB3", "  SecretKey : **********"],
        # git's signing key named by its OpenPGP fingerprint or key id
        ["credential.helper=store", f"user.signingkey={HEX40}"],
        ["$ git config --global user.signingKey 0x3aa5c34371567bd2"],
        ["[user]", f"\tsigningkey = {HEX40}"],
        # an authentication's realm (a Shelly device's `auth_domain`: its device id)
        [
            '{"id":"shellyplus1pm-8a3c0f9e21b7","auth_en":true,"auth_domain":"shellyplus1pm-8a3c0f9e21b7"}'
        ],
        ["auth_realm=Zr8Kp2Lm9Qw4Xv"],
        # Modal's token id, as `modal token info` prints it (its secret is `as-…`)
        ["$ modal token info", "Token: ak-Q7hZk2Lp9XwR3nT4vB8mC1", "Workspace: ml (ac-x1)"],
        ["MODAL_TOKEN_ID=ak-Q7hZk2Lp9XwR3nT4vB8mC1"],
        # an age recipient (its public key) below a key file's name
        [
            '    identity = "~/.config/sops/age/keys.txt"',
            '    recipient = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"',
        ],
        # a URL quoted in JSON, an e-mail address later on the line (`bw status`)
        [
            '{"serverUrl":"https://vault.example.net","lastSync":"2026-01-02T03:04:05.678Z",'
            '"userEmail":"ops@example.net","status":"locked"}'
        ],
        # an S3 answer's request ids and ETags after an object's `<Key>` (the element names them)
        [
            "<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message>"
            "<Key>wandb/r1/files/config.yaml</Key><RequestId>UWS0LPHVS5EVPUGN</RequestId>"
            f"<HostId>{RANDOM}q9{RANDOM}=</HostId></Error>"
        ],
        [
            "<Contents><Key>wandb/r1/files/config.yaml</Key>"
            f"<ETag>&quot;{HEX40[:32]}&quot;</ETag><Size>2165</Size></Contents>"
        ],
    ],
)
@pytest.mark.parametrize("engine", ["hyperscan", "re"])
def test_public_look_alikes_pass(
    lines: list[str], engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_ENGINE, engine)
    assert list(Gate().lines("x.log", lines)) == []


@pytest.mark.parametrize(
    "lines",
    [
        # private key material stays flagged, whatever the header or name
        ["-----BEGIN RSA PRIVATE KEY-----", f"MIIEowIBAAKCAQEAq9{RANDOM}{RANDOM}"],
        [f"MIIEvQIBADANBgkqhkiG9w0BAQEFAASC{RANDOM}{RANDOM}"],
        ["-----BEGIN ENCRYPTED PRIVATE KEY-----", f"MIIFHDBOBgkqhkiG9w0BBQ0w{RANDOM}{RANDOM}"],
        ["    certificate-authority-data: " + _pem_b64("PRIVATE KEY")],
        ["    client-key-data: " + _pem_b64("RSA PRIVATE KEY")],
        # a private key named so, a signature that grants access, a JSON signing value
        ["private key:", RANDOM],
        [f"PrivateKey = {RANDOM}q9{RANDOM[:17]}="],
        [f"GET /b/o?X-Amz-Credential=a&X-Amz-Signature={HEX40}{HEX40[:24]}"],
        [f'{{"signature": "{RANDOM}+/9a"}}'],
        [f"<signature>{RANDOM}</signature>"],  # not XML-DSig's element
        # an element that names a secret, after an object's `<Key>`
        [f"<Contents><Key>a/b</Key><SecretAccessKey>{RANDOM}q9{RANDOM}</SecretAccessKey>"],
        [f"<Key>a/b</Key><Token>{RANDOM}q9{RANDOM}</Token>"],
        # the key's secret next to its id, a key id in a credentials file or environment
        ['{"AccessKeyId": "ASIAQ3EGRT5ZKX4PLM7N", "SecretAccessKey": "' + RANDOM + '"}'],
        ["AWS_ACCESS_KEY_ID=AKIAQ3EGRT5ZKX4PLM7N"],
        ["aws_access_key_id = ASIAQ3EGRT5ZKX4PLM7N"],
        # a table row that shows the secret, or holds no mask of it
        [f"│ staging │ AKIAQ3EGRT5ZKX4PLM7N │ {RANDOM}q9{RANDOM[:14]} │"],
        [f"│ staging │ AKIAQ3EGRT5ZKX4PLM7N │ (not shown) │ {RANDOM} │"],
        ["│ staging │ AKIAQ3EGRT5ZKX4PLM7N │ us-east-1 │"],
        ["AWS_ACCESS_KEY_ID=AKIAQ3EGRT5ZKX4PLM7N  # secret: (not shown)"],
        # keys still valid; a session's value, not a store's key name
        ['{"api_keys":["' + RANDOM[:20] + '"]}'],
        [f"Cookie: session={RANDOM}"],
        [f"session:{RANDOM}"],
        # a hex value that no git object type names
        ["secret_blob:", f"secret_blob {HEX40}"],
        # a value that only starts like a date, a time word that is not the name's end
        [f"password: 2027-03-14T08:15:00{RANDOM[:6]}"],
        [f"password_time_based: {RANDOM}"],
        # the secret halves of the classes above, in the same layouts
        ["SELECT `id` FROM `users` WHERE `users`.`password` = '" + RANDOM + "' LIMIT 1;"],
        [f'<saml2:Attribute Name="session" Value="{RANDOM}">'],
        ['kube_secret_info{secret="' + RANDOM + '"} 1'],
        ["rotate the reference to a new secret", f"{HEX40[:16]} chore: bump"],
        [f"X-Amz-Credential=AKIAQ3EGRT5ZKX4PLM7N%2F20261103&X-Amz-Signature={HEX40}{HEX40}"],
        ["AWS_ACCESS_KEY_ID=AKIAQ3EGRT5ZKX4PLM7N/20261103"],  # no scope: a key id as a setting
        [f'  "RECAPTCHA_SECRET_KEY": "6L{RANDOM}q9x-{RANDOM[:10]}",'],
        [f"STRIPE_SECRET_KEY={RANDOM}"],
        ["ADDR=clickhouse://default:%5BxQ8rT2mZ9pLk%5D@ch.example.internal:9440/db"],
        ["dsn: mysql://wandb:[" + RANDOM + "]@db:3306/wandb"],
        # real-looking values in a template's shape
        [f"url: https://hooks.slack.com/services/T04ABCD1E/B05FGH2IJ/{RANDOM}"],
        ["GITHUB_TOKEN=ghp_" + (RANDOM * 2)[:36]],
        # a MinIO client's listing that shows the secret; a key id in a configuration file
        ["  AccessKey : AKIAQ3EGRT5ZKX4PLM7N", f"  SecretKey : {RANDOM}q9{RANDOM[:14]}"],
        ["  accessKey: AKIAQ3EGRT5ZKX4PLM7N"],
        ["AccessKey : " + RANDOM],  # not the listing's padded field
        # a signing key that is no OpenPGP key id: an HMAC key in hex, a generated value
        [f"user.signingkey={RANDOM}"],
        [f"signingkey = {HEX40}{HEX40[:24]}"],
        [f"JWT_SIGNING_KEY={HEX40}"],
        # Modal's token secret beside its id; an id longer than Modal's
        [
            "modal token set --token-id ak-Q7hZk2Lp9XwR3nT4vB8mC1 --token-secret as-Zr8Kp2Lm9Qw4Xv7Tq8ZwL3"
        ],
        ["MODAL_TOKEN_SECRET=as-Zr8Kp2Lm9Qw4Xv7Tq8ZwL3"],
        [f"Token: ak-{RANDOM}"],
    ],
)
@pytest.mark.parametrize("engine", ["hyperscan", "re"])
def test_near_misses_stay_flagged(
    lines: list[str], engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_ENGINE, engine)
    assert [leak.line for leak in Gate().lines("x.log", lines)][:1] == [len(lines)]


@pytest.mark.parametrize(
    ("line", "public"),
    [
        ("-----BEGIN CERTIFICATE-----", True),
        ("-----BEGIN NEW CERTIFICATE REQUEST-----", True),
        ("-----BEGIN X509 CRL-----", True),
        ("-----BEGIN EC PARAMETERS-----", True),
        ("-----BEGIN PGP PUBLIC KEY BLOCK-----", True),
        ("-----BEGIN PKCS7-----", True),
        ("-----BEGIN PRIVATE KEY-----", False),
        ("-----BEGIN ENCRYPTED PRIVATE KEY-----", False),
        ("-----BEGIN PGP PRIVATE KEY BLOCK-----", False),
        ("-----BEGIN OpenVPN Static key V1-----", False),
        ("CERTIFICATE PARAMETERS", False),  # no PEM header
    ],
)
def test_public_pem_labels(line: str, public: bool) -> None:
    assert gp.public_pem(line) is public


@pytest.mark.parametrize(
    ("value", "public"),
    [
        ("MIIDdzCCAl+gAwIBAgIE", True),  # a certificate
        ("MIIBIjANBgkqhkiG9w0BAQEFAAOC", True),  # a public key (SubjectPublicKeyInfo)
        ("MIIBCgKCAQEAzXwS", True),  # an RSA public key (PKCS#1)
        ("MIIBCAKCAQEAhgDi", True),  # DH parameters
        ("MIIEowIBAAKCAQEA", False),  # an RSA private key: its version first
        ("MIIEvQIBADANBgkq", False),  # a PKCS#8 private key
        ("MIIG5QIBAAKCAYEA", False),
        (_pem_b64("CERTIFICATE"), True),
        (_pem_b64("PRIVATE KEY"), False),
        ("LS0tLS1CRUdJTi!!", False),  # not base64
        ("age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p", True),
        # an OpenSSH public key's blob (ClickHouse's `<base64_key>`); a private key's is no blob
        ("AAAAC3NzaC1lZDI1NTE5AAAAIGVu5eH67k2HCKBmIPdLsDGZKLFt8jCoEYOC2wUCiTTT", True),
        ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", False),
        ("AGE-SECRET-KEY-1QL3Z7HJY54PW3HYWW5AYYFG7ZQGVC7W3J2ELW8ZMRJ2KG5SFN9AQMCAC8P", False),
        (RANDOM, False),
    ],
)
def test_public_key_material(value: str, public: bool) -> None:
    assert gp.public_key_material(value) is public


@pytest.mark.parametrize(
    ("value", "filler"),
    [
        ("T00000000/B00000000", True),
        ("ghp_xxxxxxxxxxxxxxxxxxxx", True),
        ("AKIAXXXXXXXXXXXXXXXX", True),
        (":********@", True),
        ("AKIAQ3EGRT5ZKX4PLM7N", False),
        ("0000000", False),  # seven are not enough
        (HEX40, False),
    ],
)
def test_placeholder(value: str, filler: bool) -> None:
    assert gp.placeholder(value) is filler


@pytest.mark.parametrize(
    ("text", "object_id"),
    [
        (f"100644 blob {HEX40}\tREADME.md", True),
        (f"tree {HEX40}", True),
        (f"commit {HEX40}{HEX40[:24]}", True),  # SHA-256 repositories
        (f"100644 blob {HEX40[:39]}\tREADME.md", False),  # not an object id's length
        (f"secret_blob {HEX40}", False),  # a name ending in `blob`
        (f"blob: {HEX40}", False),
    ],
)
def test_git_object_id(text: str, object_id: bool) -> None:
    start = text.rfind(" ") + 1
    token = text[start:].split("\t")[0]
    assert gp.git_object_id(text, start, token) is object_id


@pytest.mark.parametrize(
    "line",
    [
        "untrusted comment: minisign public key 1A2B3C4D",
        "<ds:SignatureValue>",
        '  "previously_invalidated_api_keys": [',
    ],
)
def test_names_of_public_things_announce_nothing(line: str) -> None:
    assert not gc.arms(line)
    assert gc.context_ends(line) == []


@pytest.mark.parametrize(
    "line",
    ["untrusted comment: minisign secret key:", "<ds:SignatureValue> password:", "api_keys:"],
)
def test_names_of_secrets_still_announce(line: str) -> None:
    assert gc.arms(line)
