"""The leak gate's own vocabulary (gatecontext.py): the words that say a secret follows, the
names that make a value public, and what marks a value as a reference to a secret. None of it is
shared with the redactor's detectors."""

from __future__ import annotations

# Words that name a secret. ASCII ones match in any casing; the others are spelled in the cases
# logs write them (Hyperscan's caseless flag, like `re.ASCII`, folds ASCII letters only).
ASCII_WORDS = (
    "pass",  # password, passwd, passphrase, requirepass, --password-stdin
    "pwd",
    "secret",
    "token",
    "api_key",
    "api-key",
    "apikey",
    "access_key",
    "accesskey",
    "private_key",
    "api key",  # a table's header or prose (`API KEY`, `the API key`)
    "credential",
    "cookie",
    "session",
    "bearer",
    "basic ",
    "kennwort",
    "contrase",
    "clave",
    "senha",
    "parola",
    "wachtwoord",
    "haslo",
    "losenord",
    "salasana",
    "motdepasse",
    "mot de passe",
    "identified by",
    "signature",
    # "key" in other languages, as settings name an API key (`KLUCZ_API=`, `api_sleutel:`)
    "klucz",
    "schlussel",
    "schluessel",
    "sleutel",
    "nyckel",
    "chiave",
    # a SAML response or a client's signed assertion: a bearer credential (a HAR's form
    # parameters, `client_assertion=`)
    "samlresponse",
    "saml_response",
    "client_assertion",
)
# Each in lower, capitalised and upper case (`HASŁO_BAZY=` in a Polish .env), the three ways
# logs and env files write a word.
WIDE_WORDS = tuple(
    dict.fromkeys(
        form
        for word in (
            "пароль",
            "密码",
            "密碼",
            "口令",
            "비밀번호",
            "암호",
            "パスワード",
            "トークン",
            "令牌",
            "hasło",
            "lösenord",
            "contraseña",
            # "key" (`API-Schlüssel`, `ключ API`, `API密钥`; not French `clé`: as a hint, its
            # `cl` start makes the prefilter's scan of every block a third slower)
            "schlüssel",
            "ключ",
            "密钥",
            "秘钥",
            "金鑰",
        )
        for form in (word, word.capitalize(), word.upper())
    )
)

# More words, in a prefilter hint pattern of their own (gatecontext.py says why)
MORE_ASCII_WORDS = (
    # "password" in more languages, as ASCII settings spell it (Czech and Slovak, Hungarian,
    # Serbo-Croatian, Turkish, Indonesian and Malay, Danish)
    "heslo",
    "jelszo",
    "lozinka",
    "sifre",
    "kata sandi",
    "kata_sandi",
    "katasandi",
    "adgangskode",
    # a vendor's API-key header named by what it identifies (Honeycomb's `X-Honeycomb-Team`,
    # which holds the API key)
    "honeycomb-team",
    # a product's license key, which unlocks it as an API key does (W&B Server's `LICENSE=`,
    # "the new license: …" in a ticket)
    "license",
    "licence",
    # App Service's managed identity secret (`IDENTITY_HEADER=<uuid>`, sent back as
    # `X-IDENTITY-HEADER`) and an OAuth PKCE verifier (`"code_verifier":"…"`)
    "identity_header",
    "identity-header",
    "code_verifier",
    "code-verifier",
)
# An identity provider's one-time codes that stand for a login: the device code a client polls
# the token endpoint with (RFC 8628's `device_code`) and the recovery codes an MFA enrolment
# answers with (`"recovery_codes": [ "…" ]`); a hint of their own (gatecontext._MORE_CONTEXTS)
CODE_WORDS = (
    "device_code",
    "device-code",
    "recovery_code",
    "recovery-code",
    "backup_code",
    "backup-code",
    "scratch_code",
    "scratch-code",
)
MORE_WIDE_WORDS = tuple(
    dict.fromkeys(
        form
        for word in (
            # "password", "secret", "key" and "token" in more scripts, as keys in JSON, TOML,
            # properties and env files write them: Arabic, Persian, Hebrew, Greek, Devanagari,
            # Bengali, Thai, Georgian, Armenian, more Cyrillic, Turkish, Hungarian, Vietnamese
            "كلمة المرور",
            "كلمة_المرور",
            "كلمة السر",
            "كلمة_السر",
            "مفتاح",
            "رمز عبور",
            "رمز_عبور",
            "گذرواژه",
            "סיסמה",
            "סיסמא",
            "מפתח",
            "κωδικός",
            "κωδικος",
            "συνθηματικό",
            "μυστικό",
            "κλειδί",
            "पासवर्ड",
            "कूटशब्द",
            "गुप्तशब्द",
            "कुंजी",
            "टोकन",
            "পাসওয়ার্ড",
            "รหัสผ่าน",
            "პაროლი",
            "գաղտնաբառ",
            "парола",
            "лозинка",
            "токен",
            "секрет",
            "şifre",
            "jelszó",
            "mật khẩu",
            "mật_khẩu",
            "秘密",
            "暗証",
            "凭证",
            "憑證",
            "토큰",
            "비밀",
            # Japanese "key" and "secret" in katakana, as a key's name (`"APIキー": …`,
            # `アクセスキー`), not `キー` alone (`キーボード`, a keyboard)
            "apiキー",
            "api キー",
            "アクセスキー",
            "シークレット",
        )
        # (and Turkish's capitals, whose `i` is a dotted `İ`: `VERİTABANI_ŞİFRE=`)
        for form in (word, word.capitalize(), word.upper(), word.replace("i", "İ").upper())
    )
)

PUBLIC_NAMES = (
    "id",
    "ids",
    "uuid",
    "guid",
    "hash",
    "hashes",
    "digest",
    "sha",
    "sha1",
    "sha256",
    "sha512",
    "md5",
    "checksum",
    "etag",
    "trace",
    "traceparent",
    "span",
    "version",
    "nonce",
    "commit",
    "sum",
    "fingerprint",
    "serial",
    "arn",
    "request",
    "correlation",
    "build",
    "image",
    "ref",
    "name",
    "path",
    "file",
    "url",
    "uri",
    "type",
    "method",
    # an authentication mechanism by name (a MongoDB URI's `authMechanism=MONGODB-X509`)
    "mechanism",
    "algorithm",
    "algo",
    "plugin",
    "length",
    "policy",
    "dir",
    "kid",
    "thumbprint",
    "accessor",
    "hmac",
    "alg",
    "store",
    "source",
    "hint",
    "format",
    "mode",
    "issuer",
    "audience",
    "scope",
    "state",
    "cursor",
    "continuationtoken",
    "page_token",
    "pagetoken",
    "continuation-token",
    "continuation_token",
    "next_token",
    "nexttoken",
    "marker",
    # a log service's paging cursors (CloudWatch Logs' `nextForwardToken`/`nextBackwardToken`,
    # `nextSequenceToken`, Kinesis's `NextShardIterator`)
    "forwardtoken",
    "backwardtoken",
    "sequencetoken",
    "sequence_token",
    "sharditerator",
    "shard_iterator",
    # a record's routing key in a stream (Kinesis's `PartitionKey`, Event Hubs' `partitionKey`):
    # it picks a shard, never grants anything
    "partitionkey",
    "partition_key",
    "partition-key",
    # an alert's deduplication key (PagerDuty's Events API `dedup_key`): it routes later events
    # to the same incident, never grants anything (the integration's `routing_key` does)
    "dedup_key",
    "dedupkey",
    "dedup-key",
    # a cache entry's key (Superset's `form_data_key`, the explore state it keeps for a chart,
    # in its URLs and logs beside `slice_id`): it names the entry, never grants anything
    "form_data_key",
    "publickey",
    "public_key",
    "pubkey",
    "public-key",
    "identifier",
    "challenge",
    "timestamp",
    "header",
    "websocket-key",
    "websocket-accept",
    "modulus",
    "exponent",
    "index",  # SAML's `SessionIndex`, a key's index
    # keys published to browsers by design (reCAPTCHA's and Turnstile's site key, Stripe's
    # publishable key); their secret halves are named so
    "site_key",
    "sitekey",
    "site-key",
    "publishable_key",
    "publishablekey",
    # Sentry's public key in an envelope's or store's URL (`?sentry_key=…`): a DSN's public part,
    # which only submits events (the DSN as a URL's userinfo is judged as any userinfo)
    "sentry_key",
    # a message's lock on a queue (Service Bus's peek-lock `lock_token`): it settles one
    # delivery, never grants access
    "lock_token",
    "locktoken",
    "lock-token",
    # RADIUS's per-packet MAC (`Message-Authenticator = 0x…` in FreeRADIUS's debug output)
    "message-authenticator",
    # Tailscale's public keys by their prefix (`nodekey:…`, `discokey:…`; its private ones are
    # `privkey:…`)
    "nodekey",
    "discokey",
    # a webhook's signature, the HMAC of one delivery's payload with the receiver's secret
    # (Twilio's `X-Twilio-Signature`, Linear's `Linear-Signature`, Razorpay's checkout's
    # `razorpay_signature`, Adyen's notification's `hmacSignature`): it verifies that payload
    # only; a presigned URL's `X-Amz-Signature` grants access and stays judged
    "twilio-signature",
    "linear-signature",
    "razorpay_signature",
    "hmacsignature",
    # a request's idempotency token (Twilio's `I-Twilio-Idempotency-Token`): it deduplicates
    # retries, never grants anything
    "idempotency-token",
)
# Contains these: a reference or an encrypted or hashed form, not the secret.
REFERENCE = (
    "arn:aws",
    "vault:",
    "k8s-secret",
    "secretmanager",
    "projects/",
    "enc[",
    "sha1:",
    "sha256:",
    "sha512:",
    "sha256-",
    "checksum",
    "${",
    "%(",
    # a script's read of its environment by name (k6's `__ENV.API_TOKEN`, Node's
    # `process.env.API_TOKEN`): the value is the variable's, set elsewhere
    "__env.",
    "process.env.",
    "import.meta.env.",
    # a secret manager's reference, resolved where the value is used: 1Password's
    # `op://vault/item/field`, App Service's `@Microsoft.KeyVault(SecretUri=…)`, CloudFormation's
    # `{{resolve:secretsmanager:…}}`
    "op://",
    "@microsoft.keyvault(",
    "{{resolve:",
)
PUBLIC_VALUE_PREFIX = ("/", "./", "../", "~/", "http", "$", "%", "{{", "arn", "projects", "k8s-")
