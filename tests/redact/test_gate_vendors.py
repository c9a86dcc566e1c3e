"""The leak gate on business SaaS APIs', backup tools' and cloud CLIs' keys (gateshapes.py's
`saas_key`, gatelogins.py) and on what those vendors document as public or as one message's
(gatevendors.py, gatewords.py's webhook signatures). Made-up values in the vendors' documented
forms; each look-alike beside the leak of the same place, with both prefilter engines."""

from __future__ import annotations

from tests.redact.gatecases import leaks_at_test, look_alikes_test

HEX32 = "4aabe7d20fbab525d8b200e66f2e4470"
UUID = "bf12fe98-cb1b-4274-a906-d57cf758470c"
CHECKOUT = 'var options = {{ "key": "{}", "amount": "90001", "currency": "INR" }};'
ADYEN = "const checkout = await AdyenCheckout({{ environment: 'live', clientKey: '{}' }});"
MAILGUN = (
    '{{"signature":{{"token":"{}","timestamp":"1717513766",'
    '"signature":"90fd500b629a10a7602ec5d82325df80ae1f67b21043c89356647bf3ed48ce6e"}}}}'
)
JUICEFS = ['    "AccessKey": "AKIAGTTO0N5CYX0BBDJP",', '    "SecretKey": "{}",']
WINSCP = 'open sftp://backup@ftp.example.com/ -hostkey="{}" -privatekey="{}"'

LEAKS: list[tuple[list[str], int]] = [
    # developer platforms' tokens by their prefixes (DigitalOcean's, Sourcegraph's): hex only
    (["DIGITALOCEAN_TOKEN=dop_v1_" + "3c9e" * 16 + "\t41ms"], 1),
    (['  "cody.accessToken": "sgp_0a1b2c3d4e5f6a7b_' + "9f8e7d6c5b" * 4 + '",'], 1),
    (['  "HF_TOKEN": "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",'], 1),
    (['pipeline.run(host, "dapi' + "5e0f9a7b" * 4 + '")'], 1),
    (["  -u sk_live_Qr4Hr5szRZjYleg0Qw5274QuNDWm5jkKbF6CbjbRw018Re1: \\"], 1),
    (["> X-Shopify-Access-Token: shpat_" + HEX32], 1),
    (["HUBSPOT_ACCESS_TOKEN=pat-na1-" + UUID], 1),
    (["url=%22pat-eu1-" + UUID + "%22"], 1),
    (["BRAINTREE=access_token$production$nhxx025cmui8rokr$cdb64382ca2481f771700d410a2a2c9c"], 1),
    (["0040f1202c3c0000000009 K0016CqCLgAZeWTzO8HYUlU4DOvtl8W"], 1),
    (["  -u 9e56bd18733511056615832bf8f61101: \\"], 1),
    (["curl -v -u 73eMfHD4oy1SuxxBDwLI:X https://example.freshdesk.com/api/v2/contacts"], 1),
    (['0 3 * * * lftp -u backup,R+zkY0gs0OJCAYTKku sftp://sftp.example.com -e "quit"'], 1),
    (['  Password = "/jHevS8DMzkeH+KfsRwJHvDaZAcCyFL9qQsAqNT4gE46"\r'], 1),
    # a presigned URL's signature grants access, unlike a webhook's
    (
        [
            "GET /b/x?X-Amz-Signature=7d623614121fe4f5e2e7aec17e67266cc3269025fa1b2c3d4e5f60718293a4b5"
        ],
        1,
    ),
    # the status's secret key printed in the clear: the id beside it is flagged too
    ([JUICEFS[0], JUICEFS[1].format("Wq8vLm3zRt6pKx2Nf9sYb4hQ")], 1),
    # a password in the session URL beside a host key's fingerprint
    (
        [
            'open sftp://backup:Wq8v#Lm3zRt6!pKx@ftp.example.com/ -hostkey="ssh-ed25519 255 '
            'OQm6+K1jtRxviYR9tINxlD9BXmCUR6IKIJYf8MRdcLD"'
        ],
        1,
    ),
    # cloud CLIs' and Terraform's credentials: an Entra ID client secret (`az ad sp credential
    # reset -o tsv`), an EKS token as a provider's literal, an AWS secret key that starts with `/`
    (
        [
            "0a45af26-68d5-4624-9015-586fea452789\tnMq8Q~f.A0TG89fSaCX6u3LyOIzIuV~tC4Y1~FFM\t8a54a41e-9cf2-427b-82b8-f8f6cc6248f1"
        ],
        1,
    ),
    (
        [
            '    token = "k8s-aws-v1.aHR0cHM6Ly9zdHMuYW1hem9uYXdzLmNvbS8_QWN0aW9uPUdldENhbGxlcklkZW50aXR5JlZlcnNpb249MjAxMS0wNi0xNQ"'
        ],
        1,
    ),
    (["AWS_SECRET_ACCESS_KEY=/8XEkZffxcghaaqQF6TfahztyrPJg6IsmKp3Y4PB"], 1),
    (["  clientToken: 'pubQw8zR2vLk5NpX3tYQw8zR2vLk5NpX3t',"], 1),
    (
        [
            "X-Sentry-Auth: Sentry sentry_key=951911eb993cb5cda9f11d8aabe6d61a, sentry_secret=Kq8Wz3Lp5Rt2Vn7Xc4Hb9Md6Jf1Tg0Ys"
        ],
        1,
    ),
]

LOOK_ALIKES: list[list[str]] = [
    ["from huggingface_hub import hf_hub_download, snapshot_download"],
    ["hf_transfer_enabled_for_all_large_model_downloads = True"],
    ["Standard secret key  sk_live_...sLDU     2024-06-02    2022-01-03"],
    ["STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx"],
    [CHECKOUT.format("rzp_live_aLmy5JwSDenpxM")],
    [ADYEN.format("live_S8BF89BEO0IU7K9RZHXIMJ9TA2FOJFR8")],
    [
        "mapboxgl.accessToken = 'pk.eyJ1aLjo-gl5v-_JVaJOnEmDXr1Sb4lg_93ntKbei45x.ugWXsnox4y1ioYrlnWudSJ';"
    ],
    ["GET /checkout/order-received/55518/?key=wc_order_B3gJZRkXw4ubN 200"],
    ["  clientToken: 'pub30dc48578f39be05be650834d659462b',"],
    [
        "POST https://o334243.ingest.sentry.io/api/7668656/envelope/?sentry_key=951911eb993cb5cda9f11d8aabe6d61a&sentry_version=7 200 (OK)"
    ],
    [
        '<script src="https://maps.googleapis.com/maps/api/js?key=${MAPS_KEY}&libraries=places"></script>'
    ],
    ["X-Twilio-Signature: aBIs/fIkM2RuPLF8VauySAA2wYW="],
    ["I-Twilio-Idempotency-Token: 3d9759e0-f651-4648-b9d3-f125ca128000"],
    [
        "linear webhook Linear-Signature=498d2f3a56bc22d8989485ebf889d6518caff0793278c3fcd4732c90a04b942a"
    ],
    [
        "payment verified razorpay_signature=9db9b0e94b321dae4e92078f603e45bc2b3bfe5893c9e1e75d54b8e2424f1e7a"
    ],
    ['{"additionalData":{"hmacSignature":"WsV9PPJY6ZcGPIzHwl3bXkBBU3S13fB9h+Xqb21sZ8/="}}'],
    [MAILGUN.format("dd1033636f9787340a71e0304c92dcd4b2e38bb862024fc519")],
    ['{"form_response":{"form_id":"kCPxFGC5","token":"9p81umqb6cnbywvcxg2l14igob6z0vth"}}'],
    [JUICEFS[0], JUICEFS[1].format("removed")],
    [
        WINSCP.format(
            "ssh-ed25519 255 OQm6+K1jtRxviYR9tINxlD9BXmCUR6IKIJYf8MRdcLD", "C:\\keys\\backup.ppk"
        )
    ],
    ["  url: s3://lxz2nzk7e8@eu-west-1/?backup=backup-63410148e2de73f1&volume=pvc-a7cc6546"],
    # what AWS's CLI prints of principals and keys by their ids: `sts get-caller-identity
    # --output text` (a role's unique id before its session), `iam list-access-keys` as a table
    [
        "977396753455\tarn:aws:sts::977396753455:assumed-role/wandb-deployer/botocore-session-6992893592\tAROAP0BWBH0ZKGLXCUL5E:botocore-session-6992893592"
    ],
    ["||  AKIA7VUHH9JR13DL4AJX |  2023-04-01T17:09:03Z     |  Active|wandb-s3||"],
    ["AWS_SHARED_CREDENTIALS_FILE=/home/runner/.aws/credentials-wandb-deployer"],
]

test_a_vendor_s_key_or_login_is_flagged = leaks_at_test(LEAKS)
test_what_a_vendor_publishes_or_signs_passes = look_alikes_test(LOOK_ALIKES)
