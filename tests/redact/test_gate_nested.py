"""The leak gate on values a structure or a command around them names secret (gatenested.py,
and `announces_output`'s commands that reveal what they are given): made-up leaks it must flag
and look-alikes it must leave alone, with both prefilter engines."""

from __future__ import annotations

from tests.redact.gatecases import leaks_test, look_alikes_test
from wbdiag.redact import gatenested as gn

LEAKS = [
    ['{"key":"apiKey","value":"Zr8Kp2Lm9Qw4Xv7Tq8ZwL3mK","secret":true}'],
    # an object under a secret's name, or marked sensitive: its value member
    ['  "smtp_secret": {', '    "kind": "plain",', '    "value": "Rk4tW9zQm2Lx7Bv"', "  },"],
    ["signing_token: {", "  value: Zr8Kp2Lm9Qw4Xv7Hn", "}"],
    ['"api_endpoint_auth": {', '  "sensitive": true,', '  "value": "Tq8ZwL3mKx9Pv2Rn"'],
    ['{"sensitive": true, "type": "string", "value": "Lq2Wv8Zr5Tn3Kx7Pm9"}'],
    # an array under a secret's name: an element, or chunks only their join shows random
    ['"token_chunks": [', '  "aB3kQ9zLx7Wm",', '  "Pv2RnT8q"', "]"],
    ["client_secret_parts: [", '  "Qw7z",', '  "K2mx",', '  "9PvR",', '  "tL4n"', "]"],
    ["api_key_shards:", "  - Zr8Kp2Lm9Qw4Xv7H", "  - qL2n"],
    # Python's implicit concatenation of a secret's string literals
    ["SLACK_TOKEN = (", '    "Kq7LmZx9Rt"', "    'Yw4Pv2Tn8Q'", ")"],
    ["    client_secret=(", '        "Zr8Kp2Lm9Q",', '        "w4Xv7Hn3T"', "    ),"],
    # an XML element named after a secret, its value in a `<value>` child below
    [
        '<masterKey p4:requiresEncryption="true" xmlns:p4="http://example.net/dp">',
        "  <!-- the key below is in an unencrypted form -->",
        "  <value>Tq8ZwL3mKx9Pv2Rn+/Lq2Wv8Zr5Tn3Kx7Pm9Qe4==</value>",
        "</masterKey>",
    ],
    ["<clientSecret>", "  <value>Rk4tW9zQm2Lx7Bv9</value>", "</clientSecret>"],
    # a property's name element naming a secret, its value on the next line, character
    # references decoded (Hadoop's core-site.xml)
    [
        "  <property>",
        "    <name>fs.s3a.secret.key</name>",
        "    <value>Kv7&amp;tQ2z&amp;Wm9</value>",
        "  </property>",
    ],
    [
        "<property>",
        "  <name>javax.jdo.option.ConnectionPassword</name>",
        "  <value>Zp4&quot;Lm8&apos;Rt2</value>",
        "</property>",
    ],
    [
        "<property>",
        "  <name>hadoop.http.authentication.signature.secret</name>",
        "  <value>Tq8ZwL3mKx9Pv2Rn</value>",
        "</property>",
    ],
    # an evaluator's trace of a secret, and the result it reports
    ["[debug] Evaluating: env.SMTP_PASSWORD", "[debug] => 'Xk29LmQz7R!v4Tn'"],
    ["Resolving: vars.deploy_token", "  Result: Tq8ZwL3mKx9Pv2Rn"],
    # a command at a prompt or in a shell's trace that reveals what it is given, and its output
    ["+ printf %s Tq8ZwL3mKx9Pv2Rn | rev", "nR2vP9xKm3LwZ8qT"],
    ["$ tool unobscure Zm9vYmFyYmF6cXV4cXV1eA", "Rk4!tW9zQm2Lx"],
    ["$ echo WmQ3a0x4OXZU | base64 -d", "Zq7kLx9vT!"],
    ["$ secretctl decrypt app.enc", "Lq2Wv8Zr5Tn3Kx7Pm9"],
]

LOOK_ALIKES = [
    # an object under a secret's name holding references, names or placeholders
    ['"db_password": {', '  "secretName": "db-creds",', '  "value": "from-vault-db-creds"', "}"],
    ['"api_token": {', '  "value": "${API_TOKEN}"', "}"],
    ['"token_policy": {', '  "value": "rotate-every-90-days"', "}"],
    # marked sensitive, value public or not marked at all
    ['"region": {', '  "sensitive": true,', '  "value": "us-east-1"', "}"],
    ['"build": {', '  "sensitive": false,', '  "value": "20261203-abcdef"', "}"],
    # a marked object closed on its line, the next object's value its own (an API client's
    # environment: Hoppscotch's `"secret":true` entries)
    [
        '[{"key":"apiKey","value":"","secret":true},{"key":"traceId","value":"5c2e9a7f1b3d4e6a8c0f2b4d6e8a1c3e","secret":false}]'
    ],
    ['"commit": {', '  "value": "3f9a1c7e2b4d6f8a0c1e3b5d7f9a1c3e5b7d9f1a"', "}"],
    # an array under a secret's name of names or objects, or one not under such a name
    ['"secrets": [', '  "db-creds",', '  "smtp-creds"', "]"],
    ["imagePullSecrets:", "  - name: regcred", "  - name: ghcr-pull"],
    ['"token_scopes": [', '  "read:packages",', '  "write:packages"', "]"],
    ['"checksums": [', '  "aB3kQ9zLx7Wm",', '  "Pv2RnT8q"', "]"],
    # a secret's name assigned a call or words over lines, or a literal joined to a reference
    ["API_TOKEN = (", '    os.environ.get("API_TOKEN")', ")"],
    ["token_help = (", '    "Paste the token from "', '    "the settings page"', ")"],
    ["password = (", '    "${DB_PASS"', '    "WORD}"', ")"],
    # an XML element named after a public key, or no secret's, or a `<value>` of words
    ["<publicKey>", "  <value>Tq8ZwL3mKx9Pv2Rn+/Lq2Wv8Zr5Tn3Kx7Pm9Qe4==</value>", "</publicKey>"],
    ["<descriptor>", "  <value>Tq8ZwL3mKx9Pv2Rn+/Lq2Wv8Zr5Tn3Kx7Pm9Qe4==</value>", "</descriptor>"],
    ["<masterKey>", "  <value>stored-in-azure-key-vault</value>", "</masterKey>"],
    # a property that names no secret's own value, or holds a path or a provider's name
    [
        "<property>",
        "  <name>fs.s3a.access.key</name>",
        "  <value>wandb-minio-reader</value>",
        "</property>",
    ],
    [
        "<property>",
        "  <name>fs.s3a.secret.key.provider</name>",
        "  <value>Kv7&amp;tQ2z&amp;Wm9</value>",
        "</property>",
    ],
    [
        "<property>",
        "  <name>hadoop.security.credential.provider.path</name>",
        "  <value>jceks://hdfs/user/creds.jceks</value>",
        "</property>",
    ],
    [
        "<property>",
        "  <name>fs.s3a.secret.key</name>",
        "  <value>${env.S3_SECRET}</value>",
        "</property>",
    ],
    [
        "<property>",
        "  <name>dfs.client.password</name>",
        "  <value>see&amp;docs</value>",
        "</property>",
    ],
    # an evaluator's trace of no secret, or a masked result
    ["[debug] Evaluating: github.ref_name", "[debug] => 'feature-Xk29Lm7'"],
    ["[debug] Evaluating: secrets.DB_PASSWORD", "[debug] => '***'"],
    # a command that reveals nothing secret, or output of several words
    ["$ git log --oneline | rev | head -1", "tsrif ehT"],
    ["$ base64 -d notes.b64", "meeting notes for tuesday"],
    ["+ echo build | rev", "dliub"],
    ["reveal.js 4.6.1 loaded", "Zr8Kp2Lm9Qw4Xv7Hn3 is the checksum"],
]


test_leaks_are_flagged = leaks_test(LEAKS)


test_look_alikes_pass = look_alikes_test(LOOK_ALIKES)


def test_chunks_are_flagged_joined_at_the_first() -> None:
    block = ['"key_parts": [', '  "Qw7z",', '  "K2mx",', '  "9PvR",', '  "tL4n"', "]"]
    assert list(gn.array_secrets(block, 0)) == [(1, "Qw7zK2mx9PvRtL4n")]


def test_an_array_of_objects_is_not_read() -> None:
    block = ['"passwords": [', '  {"user": "a", "hash": "x"},', '  "Zr8Kp2Lm9Qw4Xv7H"', "]"]
    assert list(gn.array_secrets(block, 0)) == []
