"""The leak gate on what customers paste, after a redaction that missed part of it: the rest of a
value a terminal or a quoted reply wrapped onto the next line (after the reply's `> `, before a
URL's host), a decoded Secret's field printed after a zsh theme's `❯` prompt or a go-template's
`|base64decode` (gatecontext.py, gatevalues.py), a service-account key's `private_key_id` beside
its private key and base64 of a login and a password under a neutral name (gatecollected.py).
Made-up cases in the forms the tools print, and near misses that stay unflagged."""

from __future__ import annotations

from tests.redact.gatecases import leaks_test, look_alikes_test

LEAKS = [
    # the rest of a wrapped value on the next line: after a reply's quote marks, before a host
    ["> WANDB_LICENSE=[REDACTED:keyvalue:1]", "> Zm9vYmFyLnNpZ25hdHVyZS5Lcjd4TTJxTHA5V3ZOM3pYNWNSOHQ"],
    ["      WANDB_SMTP:   smtp://mailer:[REDACTED:url_password:1]", "Kp8Vn2Rt6Lq@mail.example.com:587"],
    # a Secret's field decoded, after a zsh theme's prompt; a go-template that decodes it
    ["❯ kubectl get secret wandb-redis -o jsonpath='{.data.REDIS_PASSWORD}' | base64 -d", "Rz4~Kq9.Lm2_Xw7Tn%"],
    ["$ kubectl get configmap wandb -o go-template='{{.data.X | base64decode}}'", "Lc8Vq3Zx5Nm1Rt7Wp"],
    # a service-account key's id beside its private key, in its JSON and escaped inside a
    # dotenv value
    ['  "private_key_id": "7c1e9a0b3d5f2e4a6c8b0d1f3a5c7e9b2d4f6a8c",', '  "private_key": "[REDACTED:pem:1]",'],
    ['  \\"private_key_id\\": \\"e2f4a6c8b0d1f3a5c7e9b2d4f6a8c7c1e9a0b3d5\\",', '  \\"private_key\\": \\"[REDACTED:pem:1]\\",'],
    # base64 of `login:password` under a neutral name
    ['{"level":"debug","msg":"upstream request","raw":"d2FuZGI6S3E4flp4M0xtNVJ0Mldu"}'],
    ["forwarding bytes=YWRtaW46cDRTcy1XcTlMejJYazc= upstream=s3"],
]  # fmt: skip

LOOK_ALIKES = [
    # a quoted reply's next line of prose; a URL's host after a placeholder that took it all
    ["> WANDB_LICENSE=[REDACTED:keyvalue:1]", "> thanks, that worked"],
    ["      WANDB_SMTP:   smtp://mailer:[REDACTED:url_password:1]@mail.example.com:587", "      LOG_LEVEL:    info"],
    # a prompt's command that decodes nothing secret, its output a name
    ["❯ kubectl get pods -n wandb", "wandb-app-7f9c8d6b5-x2k4q"],
    # a key id left empty or a placeholder; a private key's id that is no hex
    ['  "private_key_id": "",', '  "private_key_id": "<KEY_ID>",'],
    # base64 of a login and data that is no password: a tag, a passwd record, a path, a time
    ['{"raw":"d2FuZGI6bGF0ZXN0LXJlbGVhc2U="}'],
    ['{"raw":"cm9vdDp4OjA6MDpyb290Oi9yb290Oi9iaW4vYmFzaA=="}'],
    ['{"raw":"dXNlcjovaG9tZS91c2VyL3dhbmRi"}'],
    ['{"raw":"YWRtaW46MjAyNi0wNS0wMVQxMDowMDowMFo="}'],
]  # fmt: skip

test_pasted_leaks = leaks_test(LEAKS)
test_pasted_without_a_secret_passes = look_alikes_test(LOOK_ALIKES)
