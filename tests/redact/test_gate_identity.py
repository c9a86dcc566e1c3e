"""The leak gate on what an identity provider and single sign-on print: a device code and MFA
recovery codes by their names (gatewords.CODE_WORDS), a google_authenticator file's seed and
scratch codes and recovery codes printed below a heading (gateotp.py), a password echoed into
`kinit` or a `--password-stdin` login (gatecommands.py), a keytab listing's keys in hex
(gatekeytab.py), a secret a command at a prompt generates (gatecontext.announces_output), a
private key's DER labelled private (gateshapes.py), a service-account key's id unless its file's
lines left its private key out (gatecollected.py). Made-up cases in the forms the tools print
(RFC 8628's device authorization response, Auth0's MFA enrolment, google-authenticator-libpam's
file, MIT `klist -k -K -e`, oauth2-proxy's cookie secret recipe), beside the look-alikes they
must pass: a key file's public fields without its private key, a config key that opens a block
after a line naming a secret's variable (Dex's `secretEnv:`), references and names where the
values would be."""

from __future__ import annotations

from tests.redact.gatecases import leaks_at_test, look_alikes_test

LEAKS = [
    # a device code and recovery codes, by their names
    (['{', '  "device_code": "Gk4mVq8ZLr2TwN7xPb5cYs-9Hd3Jf_6Kn1Qe0Rt",', '  "user_code": "WDJB-MJHT",'], 2),
    (['  "recovery_codes": [ "Qz8mVr3KpL5tNw7XcH2b" ]'], 1),
    (["device-code: Ub7Kx2Lq9Vm4Zr8Tn3Wp6Yc1Hd5Jf0Gs"], 1),
    # a password echoed into a command that reads it as one
    (["+ echo 'Vq8-Lm3Kz9Rt' | kinit svc-wandb@EXAMPLE.COM"], 1),
    (['echo "Tz4.nB8qLw2~XkR9" | docker login -u robot --password-stdin registry.example.com'], 1),
    (["echo -n 'Hx7!pQ2zLm9Rw' | passwd --stdin svc-wandb"], 1),
    # a keytab's keys in hex, after the encryption type or (without -e) the realm
    (["   3 HTTP/wandb.example.com@EXAMPLE.COM (aes256-cts-hmac-sha1-96)  (0x4f1c9a07d2e83b65a0c7e1f49d2b8366f0a5c3e17b9d24688e1f3a5c7d9b0e2f)"], 1),
    (["   2 host/ldap.example.com@EXAMPLE.COM (0x7be31c09a4d2f58e61c0b9a3d7e2f415)"], 1),
    # a secret a command at a prompt generates, on the next line
    (["$ openssl rand -base64 32", "Kq7Lm9Zx2Rt5Wp8Nc3Vb6Hy1Jd4Fs0GkQe7Tu3Ws9A="], 2),
    (["$ python -c 'import secrets; print(secrets.token_urlsafe(32))'", "b8Xq2LmZ7rT4vN9kWc3Hy6Pd1Fs5Jg0Ke-Xu_TQe7A"], 2),
    # a google_authenticator file's seed and scratch codes; recovery codes printed below a heading
    (["$ cat ~/.google_authenticator", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", '" RATE_LIMIT 3 30', '" TOTP_AUTH', "49213387", "70165528"], 2),
    (["[REDACTED:totp:1]", '" WINDOW_SIZE 17', '" DISALLOW_REUSE', '" TOTP_AUTH', "49213387", "70165528"], 5),
    (["Save these recovery codes in a safe place:", "  7f2kq-9zx1m    b3n8r-0qw4t", "  m5c2v-h7j9p    x1d6s-4kl8e", "Each code can be used once."], 2),
    (["Your backup codes:", "", "1. 4829 1037", "2. 5561 9024"], 3),
    # a private key's DER in base64 labelled private inside SAML metadata
    (["      <ds:KeyInfo>", "        <!-- private: MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7Vq3Lm9Zx2Rt5Wp8Nc3Vb6Hy1Jd4Fs0GkQe7 -->", "      </ds:KeyInfo>"], 2),
    # a service-account key's id beside its private key (on the next line, on the line), or
    # where the lines end
    (['  "private_key_id": "7c1e9a0b3d5f2e4a6c8b0d1f3a5c7e9b2d4f6a8c",', '  "private_key": "[REDACTED:pem:1]",'], 1),
    (['{"type": "service_account", "private_key_id": "7c1e9a0b3d5f2e4a6c8b0d1f3a5c7e9b2d4f6a8c", "private_key": "[REDACTED:pem:1]"}'], 1),
    (['  "project_id": "wandb-prod",', '  "private_key_id": "7c1e9a0b3d5f2e4a6c8b0d1f3a5c7e9b2d4f6a8c",'], 2),
    # (its public fields alone, as a setting's escaped value or a log record's object carry them:
    # the credential as configured)
    (['WANDB_GCS_KEY="{', '  \\"private_key_id\\": \\"7c1e9a0b3d5f2e4a6c8b0d1f3a5c7e9b2d4f6a8c\\",', '  \\"client_email\\": \\"sync@wandb-prod.iam.gserviceaccount.com\\"'], 2),
    (['{"severity":"INFO","credentials":{"type":"service_account","private_key_id":"7c1e9a0b3d5f2e4a6c8b0d1f3a5c7e9b2d4f6a8c","client_email":"sync@wandb-prod.iam.gserviceaccount.com"}}'], 1),
]  # fmt: skip

LOOK_ALIKES = [
    # a key file's public fields, its private key left out; a key id empty or a placeholder
    ['  "type": "service_account",', '  "project_id": "wandb-prod",', '  "private_key_id": "22080cee66928bfdd7799d17199f43b6d50d5cd9",', '  "client_email": "sync@wandb-prod.iam.gserviceaccount.com",'],
    ['  "private_key_id": "",', '  "private_key": "[REDACTED:pem:1]",'],
    # a key that opens a block, after a line that names a secret's variable; the value alone
    ["- id: wandb", "  secretEnv: WANDB_CLIENT_SECRET", "  redirectURIs:", "  - 'https://wandb.example.com/oidc/callback'"],
    ["    bindPW: $LDAP_BIND_PW", "    userSearch:", "      baseDN: cn=users,dc=example,dc=com"],
    # a device flow's grant type and code names, not codes; a count of recovery codes left
    ["grant_type=urn:ietf:params:oauth:grant-type:device_code&client_id=wandb-cli"],
    ['  "device_code": "[REDACTED:keyvalue:1]",', '  "user_code": "WDJB-MJHT",'],
    ['{"recovery_codes_remaining": 8, "recovery_codes": []}'],
    # a reference or a word piped into kinit; a login that prompts
    ['+ echo "$KRB_PASSWORD" | kinit svc-wandb@EXAMPLE.COM'],
    ["echo hello | kinit --help"],
    ["$ docker login -u robot registry.example.com"],
    # a keytab listing without its keys; a pointer in a trace
    ["   3 HTTP/wandb.example.com@EXAMPLE.COM (aes256-cts-hmac-sha1-96)"],
    ["runtime.gopark(0x1, 0xc000123456)", "goroutine 7 [select]: main.run(0x7ffd5e8a9b10c0d0)"],
    # a certificate's and a public key's DER in SAML metadata, not at a line's start
    ["        <ds:X509Data><ds:X509Certificate>MIIC8DCCAdigAwIBAgIQbm9wZW5Lq9Zx2Rt5Wp8Nc3Vb6Hy1Jd4Fs0GkQe7Tu3Ws9Aa</ds:X509Certificate></ds:X509Data>"],
    ["        <!-- public: MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt -->"],
    # google-authenticator's PAM line and its options alone; a heading of recovery codes with
    # none below it, or a count
    ["auth required pam_google_authenticator.so nullok secret=${HOME}/.google_authenticator"],
    ['" RATE_LIMIT 3 30', '" WINDOW_SIZE 3', '" TOTP_AUTH'],
    ["Save these recovery codes in a safe place:", "Each code can be used once.", "Download them from Settings."],
    ["Recovery codes:", "  [REDACTED:keyvalue:1]", "  [REDACTED:keyvalue:2]"],
    ["backup codes remaining: 8", "2026-05-01T10:00:00Z mfa enrolled"],
    # a command that generates, its output a table or written to a file; its help
    ["$ openssl rand -hex 32 > /etc/oauth2-proxy/cookie-secret", "$ ls -l /etc/oauth2-proxy"],
    ["$ pwgen --help", "Usage: pwgen [ OPTIONS ] [ pw_length ] [ num_pw ]"],
]  # fmt: skip

test_identity_leaks = leaks_at_test(LEAKS)
test_identity_look_alikes_pass = look_alikes_test(LOOK_ALIKES)
