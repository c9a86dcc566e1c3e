"""The leak gate's token shapes (gate.py): written from the vendors' documented formats, apart
from the redactor's detectors, each with the literals a match must hold (the pure-Python
prefilter) and a Hyperscan hint; `public_match`: a match that is public material, a filler or a
mask, not a secret (a template's `XXXXXXXX`, an AWS key id as AWS's APIs name it, a public
key's DER, a URL's masked password)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from wbdiag import lazyre
from wbdiag.redact import gatecontext, gatepublic, gatetoken

# Word characters for the Hyperscan hint patterns, which scan UTF-8 bytes: `\w` there is ASCII
# only, Python's is Unicode; any non-ASCII byte may be part of a Unicode word character.
_W = r"[0-9A-Za-z_\x80-\xff]"


@dataclass(frozen=True)
class Shape:
    """A token shape: its pattern (Python `re`), the literals one of its matches must hold
    (the pure-Python prefilter), and a hint pattern for Hyperscan that matches wherever the
    pattern does, within one line (no lookarounds; word characters and boundaries are Unicode
    in Python but ASCII in Hyperscan, so the hints do without them)."""

    kind: str
    pattern: str
    literals: tuple[str, ...]
    hint: str


# fmt: off
SHAPES: tuple[Shape, ...] = (
    Shape("aws_access_key", r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b", ("akia", "asia"),
           r"(?:AKIA|ASIA)[0-9A-Z]{16}"),
    Shape("github_token", r"\bgh[pousr]_[0-9A-Za-z]{36}|\bgithub_pat_\w{22}", ("gh", "github_pat"),
           r"gh[pousr]_[0-9A-Za-z]{36}|github_pat_" + _W + "{22}"),
    # GitLab's tokens by their documented prefixes (personal, OAuth application, deploy, runner,
    # CI/CD job, pipeline trigger, feed, incoming mail, agent, SCIM, feature flags client) and a
    # runner registration token's `GR1348941`
    Shape("gitlab_token", r"\bgl(?:pat|oas|dt|rt|cbt|ptt|ft|imt|agent|soat|ffct)-[\w-]{20,}|\bGR1348941[\w-]{20,}",
           ("gl", "gr1348941"), r"gl(?:pat|oas|dt|rt|cbt|ptt|ft|imt|agent|soat|ffct)-[0-9A-Za-z_-]{20}|GR1348941[0-9A-Za-z_-]{20}"),
    Shape("slack_token", r"\bxox[a-z]-[0-9A-Za-z-]{10}", ("xox",), r"xox[a-z]-[0-9A-Za-z-]{10}"),
    # a TLS key log's line (SSLKEYLOGFILE: a label, the client random, the secret; TLS 1.2's
    # `CLIENT_RANDOM` holds the 48-byte master secret)
    Shape("private_key", r"\b(?:CLIENT_RANDOM|(?:CLIENT|SERVER)_(?:EARLY_|HANDSHAKE_)?TRAFFIC_SECRET(?:_\d{1,3})?"
           r"|(?:EARLY_)?EXPORTER_SECRET)[ \t][0-9a-fA-F]{64}[ \t][0-9a-fA-F]{64,96}\b",
           ("client_random", "traffic_secret", "exporter_secret"),
           r"(?:CLIENT_RANDOM|TRAFFIC_SECRET|EXPORTER_SECRET)[_0-9]*[ \t][0-9a-fA-F]{64}[ \t][0-9a-fA-F]{64}"),
    Shape("slack_webhook", r"hooks\.slack\.com/services/T\w{4,}/B\w{4,}/\w{8}", ("slack.com",),
           r"hooks\.slack\.com/services/T"),
    Shape("jwt", r"\beyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]{10}", ("eyj",), r"eyJ[^.\n]{10}[^.\n]*\.eyJ"),
    # (or a key's DER in base64 the word `private` labels, not at a line's start: a note left in
    # SAML metadata, `<!-- private: MIIE… -->`; the hint's `MII…` picks it already)
    Shape("private_key", r"PRIVATE KEY-----(?:\\n|\s)*[A-Za-z0-9+/]{20}|^\s*MII[A-Za-z0-9+/]{60}"
           r"|(?i:\bprivate)[ \t]{0,4}[:=][ \t]{0,4}MII[A-Za-z0-9+/]{60}",
           ("private key", "mii"), r"PRIVATE KEY-----|MII[A-Za-z0-9+/]{60}"),
    Shape("azure_key", r"(?i)AccountKey=[A-Za-z0-9+/]{40}|[?&]sig=[A-Za-z0-9%]{20}",
           ("accountkey", "sig="), r"AccountKey=[A-Za-z0-9+/]{40}|[?&]sig=[A-Za-z0-9%]{20}"),
    # a storage account's key (64 bytes in base64) as Hadoop's ABFS and WASB drivers take it, in
    # a property named for the account's host (`fs.azure.account.key.<account>.dfs.core.windows.net`,
    # whose `.net` makes it no secret word to the context check): XML's `<value>`, `--conf …=`
    Shape("azure_key", r"(?i)fs\.azure\.account\.key\.[\w.-]{1,253}(?:</name>[ \t]{0,8}<value>|[ \t]{0,4}[=:][ \t]{0,4}[\"']?)"
           r"[A-Za-z0-9+/]{86}==", ("fs.azure.account.key.",),
           r"fs\.azure\.account\.key\.[^\s]{1,253}[=>:][ \t\"']*[A-Za-z0-9+/]{86}=="),
    Shape("wandb_api_key", r"\blocal-[0-9a-f]{40}\b", ("local-",), r"local-[0-9a-f]{40}"),
    Shape("password_hash", r"\*[0-9A-F]{40}\b", ("*",), r"\*[0-9A-F]{40}"),
    # crypt(3)'s password hashes as htpasswd, shadow, Dex and Traefik hold them: bcrypt
    # (`$2y$10$` + 53), SHA-crypt (`$6$salt$` + 86, `$5$` + 43), Apache's `$apr1$`, yescrypt
    # (`$y$`), Argon2's PHC string, md5crypt (`$1$`: Cisco's type 5) and Cisco's type 8 and 9
    # (`$8$`, `$9$` with a 14-character salt); an offline guess at the password needs only the hash
    Shape("password_hash",
          r"\$[19]\$[./A-Za-z0-9]{1,14}\$[./A-Za-z0-9]{22,43}|\$8\$[./A-Za-z0-9]{14}\$[./A-Za-z0-9]{43}|"
          r"\$2[abxy]\$\d\d\$[./A-Za-z0-9]{53}|\$[56]\$(?:rounds=\d{1,9}\$)?[./A-Za-z0-9]{1,16}"
          r"\$[./A-Za-z0-9]{43,86}|\$apr1\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}"
          r"|\$y\$[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{1,86}\$[./A-Za-z0-9]{43}"
          r"|\$argon2(?:id|i|d)\$v=\d{1,3}\$m=\d{1,9},t=\d{1,9},p=\d{1,3}\$[A-Za-z0-9+/]{11,64}"
          r"\$[A-Za-z0-9+/]{16,128}",
          ("$2", "$5$", "$6$", "$apr1$", "$y$", "$argon2", "$1$", "$8$", "$9$"),
          r"\$[189]\$[./0-9a-z]{1,14}\$[./0-9a-z]{22}|\$2[abxy]\$[0-9][0-9]\$[./0-9a-z]{53}|\$[56]\$(?:rounds=[0-9]+\$)?[^\s$]{1,24}\$[./0-9a-z]{43}"
          r"|\$apr1\$[./0-9a-z]{1,8}\$[./0-9a-z]{22}|\$y\$[./0-9a-z]+\$[./0-9a-z]+\$[./0-9a-z]{43}"
          r"|\$argon2(?:id|i|d)\$v=[0-9]+\$m="),
    # Replicate's API token (`r8_` and 37 characters) and RunPod's API key (`rpa_` and 40)
    Shape("api_key", r"\br8_[A-Za-z0-9]{37}(?![A-Za-z0-9])|\brpa_[A-Z0-9]{40}(?![A-Za-z0-9])",
          ("r8_", "rpa_"), r"r8_[0-9a-z]{37}|rpa_[0-9a-z]{40}"),
    # PAN-OS's API key (`LUFRPT…`, in a request's `key=`) and Prefect Cloud's (`pnu_`, `pnb_`)
    Shape("api_key", r"\bLUFRPT[A-Za-z0-9+/]{40,}={0,2}|\bpn[ub]_[0-9A-Za-z]{36}\b", ("lufrpt", "pnu_", "pnb_"),
          r"LUFRPT[0-9a-z+/]{40}|pn[ub]_[0-9a-z]{36}"),
    # monitoring vendors' keys by their documented prefixes: a Sentry user auth token (`sntryu_`
    # and 64 hex) or organization token (`sntrys_` and base64), an Uptime Kuma API key (`uk`, its
    # id, `_` and the key), an ntfy access token (`tk_` and 29 lower-case letters and digits)
    Shape("api_key", r"\bsntryu_[0-9a-f]{64}\b|\bsntrys_[A-Za-z0-9+/=_]{40,}", ("sntryu_", "sntrys_"),
          r"sntryu_[0-9a-f]{64}|sntrys_[0-9a-z+/=_]{40}"),
    Shape("api_key", r"\buk[0-9]{1,6}_[A-Za-z0-9_-]{32,64}(?![\w-])", ("uk",), r"uk[0-9]{1,6}_[0-9a-z_-]{32}"),
    Shape("api_key", r"\btk_(?=[a-z]{0,28}[0-9])[a-z0-9]{29}\b", ("tk_",), r"tk_[0-9a-z]{29}"),
    # package registries' tokens by their documented prefixes: Docker Hub's personal access
    # token (`dckr_pat_`), RubyGems' API key (`rubygems_` and 48 hex), NuGet's (`oy2` and 43
    # lower-case letters and digits), JFrog Artifactory's API key (`AKCp` and 69), crates.io's
    # (`cio` and 32)
    Shape("registry_token", r"\bdckr_pat_[\w-]{27}(?![\w-])|\brubygems_[0-9a-f]{48}\b|\boy2[a-z0-9]{43}\b"
          r"|\bAKCp[0-9A-Za-z]{69}\b|\bcio[0-9A-Za-z]{32}\b", ("dckr_pat_", "rubygems_", "oy2", "akcp", "cio"),
          r"dckr_pat_[0-9A-Za-z_-]{27}|rubygems_[0-9a-f]{48}|oy2[0-9a-z]{43}|AKCp[0-9A-Za-z]{69}|cio[0-9A-Za-z]{32}"),
    # what opens a web application, as its framework prints or keeps it: Werkzeug's debugger PIN
    # (its console runs code), a Laravel application key (`base64:` and 32 bytes: `APP_KEY`,
    # `artisan key:generate --show`), a password WebSphere or Liberty encoded reversibly
    # (`{xor}…`, `{aes}…`: `securityUtility encode`; its `{hash}` is one-way), the secret key
    # Django's `startproject` writes (`django-insecure-…`, insecure by its name, yet the key)
    Shape("framework_secret", r"Debugger PIN: [0-9]{3}-[0-9]{3}-[0-9]{3}(?![0-9])|\bbase64:[A-Za-z0-9+/]{43}="
          r"|\{(?:xor|aes)\}[A-Za-z0-9+/]{8,}={0,2}|\bdjango-insecure-[^\s'\"]{40,}",
          ("debugger pin", "base64:", "{xor}", "{aes}", "django-insecure-"),
          r"Debugger PIN: [0-9]{3}-[0-9]{3}-[0-9]{3}|base64:[A-Za-z0-9+/]{43}=|\{(?:xor|aes)\}[A-Za-z0-9+/]{8}"
          r"|django-insecure-[^\s'\"]{40}"),
    # a Telegram bot's token (the bot's numeric id, `:` and 35 characters, `AA…`), in its API's
    # URLs (`/bot<token>/sendMessage`) and in Alertmanager's and Grafana's settings
    Shape("telegram_bot_token", r"(?<![0-9])[0-9]{8,10}:AA[\w-]{33}(?![\w-])", (":aa",),
          r"[0-9]{8}:AA[0-9A-Za-z_-]{33}"),
    # a Vault token as Vault 1.10 and later issue them: service, batch, recovery (`hvs.…`)
    Shape("vault_token", r"\bhv[sbr]\.[\w-]{24,}", ("hvs.", "hvb.", "hvr."), r"hv[sbr]\.[0-9A-Za-z_-]{24}"),
    Shape("gcp_api_key", r"\bAIza[\w-]{35}", ("aiza",), r"AIza[^\s]{35}"),
    # an EKS bearer token (`aws eks get-token`: `k8s-aws-v1.` and a presigned STS URL in
    # base64url), a Terraform provider's literal `token` or a kubeconfig's
    Shape("eks_token", r"\bk8s-aws-v1\.[\w-]{40,}", ("k8s-aws-v1.",), r"k8s-aws-v1\.[0-9A-Za-z_-]{40}"),
    # AWS KMS's `Plaintext` (`generate-data-key`, `decrypt`): a data key or a decrypted secret in
    # base64, 16 bytes or more, as the CLI's JSON or YAML names it
    Shape("kms_plaintext", r"(?<![\w-])[\"']?Plaintext[\"']?[ \t]{0,4}:[ \t]{0,4}[\"']?(?P<p>[A-Za-z0-9+/]{22,}={0,2})",
          ("plaintext",), r"Plaintext[\"']?[ \t]*:[ \t]*[\"']?[0-9A-Za-z+/]{22}"),
    # a Microsoft Entra ID (Azure AD) client secret: three characters, a digit, `Q~`, 31 to 34
    # more (`az ad sp credential reset`'s `password`, an `azuread_application_password`'s value)
    Shape("azure_client_secret", r"(?<![\w~.-])[A-Za-z0-9_~.]{3}[0-9]Q~[\w~.-]{31,34}(?![\w~.-])",
          ("q~",), r"[0-9]Q~[0-9A-Za-z_~.-]{31}"),
    # chat webhooks: the URL is the credential (Teams connectors, Discord)
    Shape("webhook_url", r"(?i)webhook\.office\.com/webhookb2/[0-9a-f-]{36}@[0-9a-f-]{36}/|"
           r"outlook\.office\.com/webhook/[0-9a-f-]{36}@|discord(?:app)?\.com/api/webhooks/\d{15,22}/[\w-]{30}",
           ("office.com/webhook", "discord"),
           r"office\.com/webhook|discord(?:app)?\.com/api/webhooks/\d"),
    # an RSA key's private parameters in JSON (JWK, .NET RSAParameters) and Vault key shares
    Shape("key_parameter", r"\"(?:[dpq]|d[pq]|qi|inverseQ)\":\s{0,4}\"[\w+/-]{43}"
           r"|(?i:(?:unseal|recovery) key) \d{1,2}: [\w+/]{32}", ("\"d\":", "\"p\":", "\"q\":", "\"dp\":", "\"dq\":", "\"qi\":", "\"inverseq\":", "unseal", "recovery"),
           r"\"(?:[dpq]|d[pq]|qi|inverseq)\":\s*\"[0-9a-z+/_-]{43}|(?:unseal|recovery) key \d{1,2}: [0-9a-z+/_]{32}"),
    # alerting and log services whose URL path holds the integration's key, in their documented
    # layouts: a Healthchecks.io ping URL's UUID, Loggly's customer token (`/bulk/`, `/inputs/`),
    # Squadcast's and Zenduty's integration keys, VictorOps' REST endpoint key, SIGNL4's team
    # secret, and a Mattermost incoming webhook's id (26 lower-case letters and digits)
    Shape("webhook_url", r"(?i)\bhc-ping\.com/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
           r"|\bloggly\.com/(?:bulk|inputs)/[0-9a-f]{8}-[0-9a-f-]{27}"
           r"|\bsquadcast\.com/v2/incidents/[\w-]{1,32}/[0-9a-f]{40}"
           r"|\bzenduty\.com/api/(?:integration|events)/(?:[\w-]{1,32}/)?[0-9a-f]{8}-[0-9a-f-]{27}"
           r"|\bvictorops\.com/integrations/generic/[0-9]{8}/alert/[0-9a-f]{8}-[0-9a-f-]{27}"
           r"|\bsignl4\.com/webhook/[\w-]{6,64}"
           r"|/hooks/(?=[a-z]{0,25}[0-9])[a-z0-9]{26}(?![\w-])",
           ("hc-ping.com", "loggly.com", "squadcast.com", "zenduty.com", "victorops.com", "signl4.com", "/hooks/"),
           r"hc-ping\.com/[0-9a-f]{8}-|loggly\.com/(?:bulk|inputs)/[0-9a-f]{8}-|squadcast\.com/v2/incidents/"
           r"|zenduty\.com/api/|victorops\.com/integrations/|signl4\.com/webhook/[0-9a-z_-]{6}|/hooks/[0-9a-z]{26}"),
    # key material of tools with a fixed shape: an age identity, a Tailscale key, a WireGuard
    # private or preshared key, a PEM private key in base64, and the header of a key block the
    # redactor takes whole with its body (OpenVPN's static key, a NATS NKEY seed): a header left
    # standing means its body was let through (their lines alone, 32 hex or 58 base-32
    # characters, hold no literal a line could be picked by)
    Shape("tool_key", r"AGE-SECRET-KEY-1[0-9A-Z]{58}|\btskey-[a-z]{3,8}-[0-9A-Za-z]{4,40}-[0-9A-Za-z]{16}"
           r"|(?:Private|Preshared)Key[ \t]{0,4}=[ \t]{0,4}[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]="
           r"|LS0tLS1CRUdJTiB(?:QUklWQVRF|FQyBQUklWQVRF|SU0EgUFJJVkFURS|PUEVOU1NIIFBSSVZBVEUg|EU0EgUFJJVkFURS|FTkNSWVBURUQgUFJJVkFURS)"
           r"|-----BEGIN (?:OpenVPN Static key V\d|[A-Z]{2,10} NKEY SEED)-----",
           ("age-secret-key-1", "tskey-", "privatekey", "presharedkey", "ls0tls1crudjtib", "static key v", "nkey seed"),
           r"AGE-SECRET-KEY-1[0-9A-Z]{58}|tskey-[a-z]{3,8}-[0-9A-Za-z]{4,40}-[0-9A-Za-z]{16}"
           r"|(?:Private|Preshared)Key[ \t]{0,4}=[ \t]{0,4}[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]="
           r"|LS0tLS1CRUdJTiB|-----BEGIN (?:OpenVPN Static key V[0-9]|[A-Z]{2,10} NKEY SEED)-----"),
    # business SaaS APIs' keys by their documented prefixes: Stripe's secret and restricted keys
    # and webhook signing secret (`sk_live_`, `rk_live_`, `whsec_`), Shopify's access tokens and
    # app secret (`shpat_`, `shpca_`, `shppa_`, `shpss_` and 32 hex), HubSpot's private app token
    # (`pat-na1-` and a UUID), Linear's API key and OAuth token (`lin_api_`, `lin_oauth_`),
    # Atlassian's API token (`ATATT3…`), SendGrid's (`SG.` and two parts), PostHog's personal
    # API key (`phx_`), Braintree's access token (`access_token$production$…$…`)
    Shape("saas_key", r"\b[rs]k_(?:live|test)_[0-9A-Za-z]{24,247}|\bwhsec_[A-Za-z0-9+/=]{32,}"
           r"|\bshp(?:at|ca|pa|ss)_[0-9a-fA-F]{32}\b"
           r"|(?<![A-Za-z])pat-(?:na|eu|ap)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"
           r"|\blin_(?:api|oauth)_[0-9A-Za-z]{40,64}\b|\bATATT3[A-Za-z0-9_=-]{100,}"
           r"|\bSG\.[\w-]{22}\.[\w-]{43}|\bphx_[A-Za-z0-9]{40,}"
           r"|\baccess_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32}",
           ("sk_live_", "rk_live_", "sk_test_", "rk_test_", "whsec_", "shpat_", "shpca_", "shppa_", "shpss_",
            "pat-", "lin_api_", "lin_oauth_", "atatt3", "sg.", "phx_", "access_token$"),
           r"[rs]k_(?:live|test)_[0-9a-z]{24}|whsec_[0-9a-z+/=]{32}|shp(?:at|ca|pa|ss)_[0-9a-f]{32}"
           r"|pat-(?:na|eu|ap)[0-9]-[0-9a-f]{8}-|lin_(?:api|oauth)_[0-9a-z]{40}|atatt3[0-9a-z_=-]{100}"
           r"|sg\.[0-9a-z_-]{22}\.[0-9a-z_-]{43}|phx_[0-9a-z]{40}|access_token\$(?:production|sandbox)\$"),
    # a Backblaze B2 application key (`K` and three digits, 27 more) beside its key id (22 hex
    # digits, the account's id and a serial): `b2 key create`'s output, a `b2://id:key@` URL, a
    # client's `authorize_account(…, "id", "key")`
    Shape("saas_key", r"\b00[0-9a-f]{10}[0-9]{10}[\"']?(?:[ \t]{1,8}|:|,[ \t]{0,4}[\"'])"
           r"(?P<k>K[0-9]{3}[A-Za-z0-9+/]{27})(?![A-Za-z0-9+/])",
           ("k00",), r"00[0-9a-f]{10}[0-9]{10}[\"']?(?:[ \t]{1,8}|:|,[ \t]*[\"'])k[0-9]{3}[0-9a-z+/]{27}"),
    # a CephX key (a keyring's `key = AQ…==`, `ceph auth get-key`): base64 of a typed record
    Shape("tool_key", r"(?<![A-Za-z0-9+/])AQ[A-Za-z0-9+/]{36,40}==", ("==",),
           r"AQ[A-Za-z0-9+/]{36,40}=="),
    # a database's credentials as a ClickHouse table function's positional arguments
    # (`mysql('host:3306', 'db', 'table', 'user', 'password')`, `remoteSecure(…)`): the last one
    Shape("table_function_password",
           r"(?i)\b(?:remote(?:secure)?|mysql|postgresql|mongodb)\([ \t]{0,4}'[^'\n]{0,256}'"
           r"(?:[ \t]{0,4},[ \t]{0,4}'[^'\n]{0,256}'){3}[ \t]{0,4},[ \t]{0,4}'(?P<v>[^'\n]{1,256})'"
           r"|\bremote(?:secure)?\([ \t]{0,4}'[^'\n]{0,256}'[ \t]{0,4},[ \t]{0,4}[\w.]{1,128}"
           r"[ \t]{0,4},[ \t]{0,4}'[^'\n]{0,256}'[ \t]{0,4},[ \t]{0,4}'(?P<w>[^'\n]{1,256})'",
           ("remote", "mysql(", "postgresql(", "mongodb("),
           r"(?:remote(?:secure)?|mysql|postgresql|mongodb)\([ \t]*'[^'\n]*'[ \t]*,"),
    # Consul's gossip encryption key (`encrypt = "…"`, `-encrypt=…`: 16 or 32 random bytes in
    # base64), its ACL tokens as an agent's config sets them (`tokens { initial_management =
    # "<uuid>" agent = "<uuid>" }`) and a token's SecretID as `consul acl token read` prints it
    Shape("tool_key",
           r"(?:(?<![\w-])-encrypt[= ]['\"]?|\bencrypt\"?[ \t]{0,8}[=:][ \t]{0,8}\")"
           r"(?P<v>[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{22}==)(?![\w+/=])",
           ("encrypt",),
           r"encrypt\"?[ \t]*[=: ][ \t]*['\"]?[A-Za-z0-9+/]{22}"),
    Shape("tool_key",
           r"(?:\b(?:initial_management|agent|agent_recovery|agent_master|replication)\"?"
           r"[ \t]{0,8}[=:][ \t]{0,8}\"|^[ \t]{0,8}SecretID:[ \t]{1,32}|\"SecretID\":[ \t]{0,4}\")"
           r"(?P<v>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b",
           ("initial_management", "agent", "replication", "secretid"),
           r"(?:initial_management|agent|agent_recovery|agent_master|replication|SecretID)\"?"
           r"[ \t]*[=:][ \t]*\"?[0-9a-f]{8}-"),
    # a symmetric NTP key as chrony's and ntpd's key files hold it (`27 SHA1 HEX:41B6…`)
    Shape("tool_key",
           r"^[ \t]{0,8}[0-9]{1,5}[ \t]{1,8}(?:MD5|SHA1|SHA256|SHA384|SHA512|SHA3-[0-9]{3}|AES128|AES256)"
           r"[ \t]{1,8}(?:HEX:[0-9A-Fa-f]{16}|ASCII:\S{8}|[0-9A-Fa-f]{40})",
           ("hex:", "ascii:", "sha", "md5", "aes"),
           r"[ \t](?:MD5|SHA|AES)[0-9-]*[ \t]+(?:HEX:|ASCII:|[0-9A-F]{40})"),
    # a chat or automation webhook whose URL path holds its token after `/hooks/`
    # (`https://chat.example/hooks/<id>/<token>`, `…/webhooks/<token>`, however deep: an
    # OpenShift BuildConfig's `…/buildconfigs/<name>/webhooks/<secret>/github`): judged as the
    # context check judges a token, segment by segment
    Shape("webhook_url", r"(?i)://[^/\s]{1,256}(?:/[\w.~-]{1,64}){0,12}/(?:web)?hooks?/(?P<p>[\w/-]{20,256})",
           ("/hooks/", "/hook/", "/webhooks/", "/webhook/"),
           r"/(?:web)?hooks?/[^\s]{20}"),
    # a webhook on a host named for it (`https://hooks.example.com/services/T…/B…/<token>`,
    # Slack's layout on another host): its path's segments judged the same way
    Shape("webhook_url", r"(?i)://(?:web)?hooks?\.[\w.-]{1,253}(?::\d{1,5})?(?P<p>(?:/[\w.~-]{1,256}){1,8})",
           ("://hook", "://webhook"), r"://(?:web)?hooks?\.[^/\s]{1,253}/[^\s]{20}"),
    # a token a service's URL path holds in a segment of its own: Anaconda's channel token
    # (`https://conda.example.com/t/<token>/<channel>`), an OCI pre-authenticated request's
    # (`…/p/<token>/n/<namespace>/b/<bucket>/o/`); judged as the context check judges a token
    Shape("path_token", r"/t/(?P<p>[\w-]{20,256})(?![\w-])", ("/t/",), r"/t/[^\s/]{20}"),
    Shape("path_token", r"/p/(?P<p>[\w.-]{20,256})/n/", ("/p/",), r"/p/[^\s/]{20}[^\s/]*/n/"),
    # (and Cloudsmith's entitlement token, first in its download host's path:
    # `https://dl.cloudsmith.io/<token>/<owner>/<repository>/`)
    Shape("path_token", r"\bdl\.cloudsmith\.io/(?P<p>[A-Za-z0-9]{16})/", ("dl.cloudsmith.io/",),
          r"dl\.cloudsmith\.io/[0-9A-Za-z]{16}/"),
    # a device's access token in ThingsBoard's device API (`/api/v1/<token>/telemetry`), a
    # MicroK8s join token (`microk8s join host:25000/<token>/<hash>`)
    Shape("path_token", r"/api/v1/(?P<p>[A-Za-z0-9]{20})/(?:telemetry|attributes|rpc|claim)\b",
          ("/api/v1/",), r"/api/v1/[0-9a-z]{20}/(?:telemetry|attributes|rpc|claim)"),
    Shape("path_token", r"\bjoin[ \t]{1,4}[^\s/]{1,253}:25000/(?P<p>[0-9a-f]{32})/", (":25000/",),
          r"join[ \t]+[^\s/]+:25000/[0-9a-f]{32}/"),
    # Plex's claim token (`claim-` and 20 characters, mixed: `PLEX_CLAIM=claim-…`), which binds
    # a server to the account that made it; Pi-hole's BALLOON password hash
    Shape("tool_key", r"\bclaim-(?=[\w-]{0,19}[A-Z])(?=[\w-]{0,19}[a-z])(?=[\w-]{0,19}[0-9])"
          r"[A-Za-z0-9_-]{20}(?![\w-])", ("claim-",), r"claim-[0-9a-z_-]{20}"),
    # developer platforms' tokens by their documented prefixes: DigitalOcean's personal access,
    # OAuth and refresh tokens (`dop_v1_`, `doo_v1_`, `dor_v1_` and 64 hex), Sourcegraph's access
    # token (`sgp_`, the instance's 16 hex id and `_` or not, then 40 hex), a Hugging Face
    # access token (`hf_` and 34 letters of both cases, no digit the context check would need),
    # Databricks' personal access token (`dapi` and 32 hex)
    Shape("tool_key", r"\bdo[opr]_v1_[0-9a-f]{64}(?![0-9a-f])|\bsgp_(?:[0-9a-f]{16}_)?[0-9a-f]{40}(?![0-9a-f])"
          r"|\bhf_(?=[A-Za-z]{0,33}[A-Z])(?=[A-Za-z]{0,33}[a-z])[A-Za-z]{34}(?![\w-])|\bdapi[0-9a-f]{32}(?![0-9a-f])",
          ("_v1_", "sgp_", "hf_", "dapi"), r"do[opr]_v1_[0-9a-f]{64}|sgp_[0-9a-f_]{40}|hf_[a-z]{34}|dapi[0-9a-f]{32}"),
    Shape("password_hash", r"\$BALLOON-SHA256\$v=\d{1,3}\$s=\d{1,9},t=\d{1,9}\$[A-Za-z0-9+/]{8,64}={0,2}"
          r"\$[A-Za-z0-9+/]{32,128}", ("$balloon-",), r"\$BALLOON-SHA256\$v="),
    # an SDP offer's SRTP master key (RFC 4568's `a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:…`),
    # a Grandstream phone's password P-values (`<P2>` admin, `<P34>` the SIP account's), an
    # Element (Matrix) security key (`Es..` and eleven groups of four base58 characters)
    Shape("media_key", r"\ba=crypto:\d{1,10} \w{1,64} inline:(?P<p>[A-Za-z0-9+/]{16,256})",
          ("inline:",), r"a=crypto:[0-9]+ [0-9A-Za-z_]+ inline:[0-9A-Za-z+/]{16}"),
    Shape("phone_password", r"<(P(?:2|34|196|406|506|606))>(?P<p>[^<\s]{6,256})</\1>",
          ("<p2>", "<p34>", "<p196>", "<p406>", "<p506>", "<p606>"),
          r"<P(?:2|34|196|406|506|606)>[^<\s]{6}"),
    Shape("recovery_key", r"\bEs[1-9A-HJ-NP-Za-km-z]{2}(?: [1-9A-HJ-NP-Za-km-z]{4}){11}\b", ("es",),
          r"Es[1-9A-Za-z]{2}(?: [1-9A-Za-z]{4}){11}"),
    Shape("url_password", r"://[^/\s:@\"'\[]{1,64}:(?!\[REDACTED|\$[({])[^@\s\"'/\[]{3,}@", ("://",),
           r"://[^/\s:@\"'\[]{1,256}:[^@\s\"'/\[]{3}[^@\s\"'/\[]*@"),
)
# fmt: on
# a URL's password that is a mask, a template or a placeholder (`:***@`,
# `:%(rabbit_password)s@`, `:SECRET@`, `:$SECRET_KEY@`, `:[REDACTED]@`, `:<password>@`), read
# percent-decoded too (`:%5BREDACTED%5D@`); a Windows shell's variable (`:%MYSQL_PASSWORD%@`) as
# written; a run of one repeated character, as a service masks the password of a URL it logs
# (`rediss://default:xxxxx@…`): no generator makes one; a format string's field, filled in from
# a variable (Python's f-string or `str.format`: `:{DATABASE_PASSWORD}@`)
_MASK_OR_TEMPLATE = lazyre.compile(
    r":(?:\*{3,64}[0-9A-Za-z]{0,4}@|%\(|\$\{|\$\(|\{\{|\{[A-Za-z_][A-Za-z0-9_.]{0,63}\}@"
    r"|\$?[A-Z_]{3,32}@|\[[A-Z_]{3,32}\]@|<[a-z_]{3,32}>@"
    r"|(?P<r>[^\s@:/])(?P=r){2,63}@)"
)
_CMD_VARIABLE = lazyre.compile(r":%[A-Za-z_][A-Za-z0-9_]{0,64}%@")
# a password that repeats the user's name (`amqp://guest:guest@…`, a broker's documented
# default): no generator made it
_USER_AS_PASSWORD = lazyre.compile(r"://(?P<u>[^/\s:@]{1,64}):(?P=u)@")


def public_match(kind: str, m: re.Match[str], text: str, prev: str) -> bool:
    if kind == "saas_key":  # (a README's filler, `sk_test_xxxx…`; a B2 key's id, zeros, is none)
        return gatetoken.made_up(m.groupdict().get("k") or m.group(0))
    if gatepublic.placeholder(m.group(0)):
        return True  # a template's filler (`hooks.slack.com/services/T00000000/…/XXXXXXXX`)
    if kind == "table_function_password":
        return not gatetoken.looks_random(m.group("v") or m.group("w"))
    if kind in ("path_token", "media_key", "kms_plaintext"):
        return not gatetoken.looks_random(m.group("p"))
    if kind == "phone_password":
        return not gatetoken.plausible_secret(m.group("p"))
    if kind == "webhook_url" and "p" in m.re.groupindex:
        return not any(gatetoken.looks_random(part) for part in m.group("p").split("/"))
    if kind == "gitlab_token":  # (a document's example: `glpat-0123456789abcdefghij`)
        return not gatetoken.looks_random(m.group(0).removeprefix("GR1348941").split("-", 1)[-1])
    if kind == "url_password":
        # (`%DB_PASS%` is no percent-encoding: `%DB` would decode to a byte)
        return (
            _CMD_VARIABLE.search(m.group(0)) is not None
            or _MASK_OR_TEMPLATE.search(unquote(m.group(0))) is not None
            or _USER_AS_PASSWORD.match(m.group(0)) is not None
        )
    if kind == "aws_access_key":
        # a key's id as AWS's APIs and audit records name it (`"AccessKeyId": "AKIA…"` in IAM's
        # key metadata, `"accessKeyId"` in CloudTrail): an identifier, like the user name next
        # to it. In a credentials file or environment (`aws_access_key_id =`,
        # `AWS_ACCESS_KEY_ID=`) it stands with its secret and is flagged.
        # So is a key id in a signed request's credential scope (`Credential=AKIA…/20261103/…`).
        # A table's row that says its secret is not shown names the key by its id alone, as a
        # MinIO client's alias listing does on its `AccessKey :` line, and a key's metadata row
        # (`list-access-keys` as a table: the id, its creation time, its status).
        named_id = gatecontext.name_before(text, m.start()).endswith("KeyId")
        return (
            named_id
            or gatepublic.sigv4_scope(text, m.start())
            or gatepublic.id_beside_masked_secret(text, m.start(), m.end())
            or gatepublic.id_before_masked_query_secret(text, m.end())
            or gatepublic.user_beside_masked_password(text, m.start(), m.end())
            or gatepublic.listed_key_id(text, m.start(), m.end())
        )
    if kind != "private_key" or "PRIVATE KEY" in m.group(0):
        return False
    at = text.find("MII", m.start())
    return (
        gatepublic.PUBLIC_DER.match(text, at) is not None
        or "CERTIFICATE" in prev
        or "PUBLIC KEY" in prev
        or gatepublic.public_pem(prev)
    )
