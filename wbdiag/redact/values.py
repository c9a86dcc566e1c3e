"""The one home for "is this value worth hiding?" (names.py judges the name it stands under).

Flags, small numbers, masks (`****`, `[REDACTED]`), templates and references to a variable
(`${VAR}`, `{{ .Values.x }}`), placeholders a runbook writes for the reader's own secret
(`changeme`, `YOUR_API_KEY`), algorithm names and counts are never secrets: as known secrets
they would shred every `true` or port number in the bundle. A value that points at a secret
instead of being one (a file path, a Vault path, a Terraform reference, a Kubernetes object's
name under a name ending in "secret") is judged with the name it stands under: valuerefs.py.
"""

from __future__ import annotations

import base64
import binascii
import html

from wbdiag import lazyre
from wbdiag.redact.names import is_secret_name
from wbdiag.redact.sealed import ciphertext
from wbdiag.redact.toolrefs import tool_reference
from wbdiag.redact.valuerefs import REFERENCE_VALUE, TF_REFERENCE

# Values never secrets whatever their name: flags, placeholders, nsswitch sources, licence names.
_TRIVIAL_VALUES = frozenset(
    {
        "true", "false", "yes", "no", "on", "off", "null", "nil", "none", "<nil>", "enabled",
        "disabled", "required", "optional", "files", "compat", "sss", "systemd", "nis",
        "strict", "lax", "auto", "empty", "set", "unset", "redacted", "hidden", "masked", "secret",
        "password", "undefined", "n/a", "na", "bearer", "basic", "token", "default",
        "gpl", "gpl-2.0", "gplv2", "gpl-3.0", "mit", "apache-2.0", "bsd", "commercial", "lgpl",
        "sha256", "sha512", "md5", "plain", "scram-sha-256", "mysql_native_password",
        "caching_sha2_password", "oidc", "ldap", "saml", "jwt", "string", "int", "bool", "login",
        "todo", "tbd", "fixme",
        # where a tool reads it from instead (`openssl … -pass stdin`)
        "stdin",
        # the Fetch API's credentials mode (`"credentials": "include"`, devtools' Copy as fetch)
        "include", "omit", "same-origin",
        # a permission's level (GitHub Actions' `GITHUB_TOKEN Permissions`: `IdToken: write`)
        "read", "write",
        # a usage line's word for the argument (`--agent-access-token value  The access …`)
        "value",
        # Maven's repository policy, as `mvn -X` prints a repository (`(url, default, …)`)
        "releases+snapshots",
        # a tool told to make one itself (Zigbee2MQTT's `network_key: GENERATE`)
        "generate",
        # C's printf of a null string (Slurm's `scontrol show config`: `AuthInfo = (null)`), and
        # the mark Sonarr's and Radarr's logs leave where they cut a key out (`apikey=(removed)`)
        "(null)", "(removed)",
        # a method's name (LSF's `LSF_AUTH=eauth`: external authentication)
        "eauth",
        # an API client's auth mode (Bruno's `auth:oauth2 {` block, Postman's `"type": "awsv4"`)
        "oauth1", "oauth2", "awsv4", "digest", "ntlm", "wsse", "apikey", "inherit",
        # KeePassXC's `show` for a protected attribute it was not asked to show (`-s`)
        "protected",
        # redis-cli's marks for an empty or missing reply (`ACL GETUSER`'s `4) (empty array)`
        # under `3) "passwords"`: a user with no password)
        "(nil)", "(empty array)", "(empty list or set)", "(empty set)",
        # how a workload authenticates instead of holding a key (`auth=irsa`: EKS' IAM roles for
        # service accounts; GKE's and AKS' workload identity, a managed identity)
        "irsa", "workload-identity", "workload_identity", "managed-identity", "managed_identity",
        "pod-identity", "instance-profile", "instance_profile",
        # PowerShell's null (`$env:WANDB_API_KEY = $null` clears the variable)
        "$null",
        # the status a client prints after a password prompt it did not echo (sqlplus'
        # `Enter password:`, then `Connected.`)
        "connected.", "authenticated.", "succeeded.",
        # the first word of a note that points at it (`:Password: see Vault ``secret/…```): a
        # bare value ends at the space
        "see",
    }
)  # fmt: skip
# cmd's escape before a symbol (devtools' Copy as cURL (cmd) escapes every one of them)
_CMD_CARET = lazyre.compile(r"\^(?=[^A-Za-z0-9\s])")
# HTTP authentication schemes, before the credentials an Authorization header carries
_AUTH_SCHEMES = frozenset({"bearer", "basic", "token", "digest", "negotiate"})
# PowerShell cmdlets that read or build a secret rather than holding one (`$pw = Read-Host …`)
_CMDLET = lazyre.compile(
    r"(?:Get|Read|ConvertTo|ConvertFrom|Import|New|Invoke)-[A-Z][A-Za-z]{2,40}"
)
# OpenLDAP's pass-through scheme as an entry's userPassword, as is or as LDIF's base64 (`::`)
_PASS_THROUGH = lazyre.compile(r"\{SASL\}[^\s{}]{0,256}|e1NBU0x9[A-Za-z0-9+/]{0,344}={0,2}")
_MAILBOX = lazyre.compile(
    r"[a-z][a-z0-9._+-]{0,63}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,24}"
)
# a number with its unit, also as a rate (`547/s`, `20/min`: a limit's refill)
_NUMBER = lazyre.compile(r"[-+]?\d{1,5}(?:\.\d+)?[a-zA-Z%]{0,3}(?:/[a-z]{1,6})?")
# a Windows shell's variable (`%MYSQL_PASSWORD%`) and a script's read of its environment by
# name (k6's `__ENV.API_TOKEN`, Node's `process.env.API_TOKEN`, Vite's `import.meta.env.X`)
ENV_REFERENCE = (
    r"%[A-Za-z_][A-Za-z0-9_]{0,80}%"
    # (a batch file's argument, `set "WANDB_API_KEY=%~1"`: given when the script runs)
    r"|%~?[a-z]{0,6}[0-9*]"
    r"|(?:__ENV|process\.env|import\.meta\.env)\.[A-Za-z_][A-Za-z0-9_]{0,80}"
)
_MASK = lazyre.compile(
    r"[*xX.#_\u2022\u25cf-]{3,}|[\[_-]?(?i:redacted|filtered|masked|hidden|removed|omitted)[\]_-]?|hmac-sha(?:1|256|384|512):[0-9a-f]{32,128}|%\([A-Za-z_][\w.]{0,80}\)[sdr]|\*+[^*\s]{0,4}|[A-Za-z0-9]{1,12}[_-](?:\*{4,}|[\u2022\u25cf]{4,}|x{8,}|X{8,})[^*\s]{0,4}|<[^<>\s]{1,40}>|<[A-Za-z][A-Za-z ]{0,38}[A-Za-z]>|<[A-Za-z][A-Za-z-]{0,31}(?: [A-Za-z][A-Za-z-]{0,31}){2,8}>|\*{1,8}(?i:redacted|filtered|masked|hidden|removed|sensitive(?:information)?)\*{1,8}|\*{3,8} \((?:before|after)\)|[^\s.]{0,4}\.\.\.\d{1,4}_chars(?:\.\.\.[^\s.]{0,4})?|\$\{[^}]{1,200}\}|\$\([^)]{1,200}\)|\$[A-Z_][A-Z0-9_]{0,80}|%[sv]|\{\{[^}]{0,200}\}\}"
    # (a vendor's prefix before stars or a docs' run of `x`: `hf_xxxx…`, `ghp_XXXX…`)
    # (words in angle brackets, joined by spaces or `-`: `<bcrypt hash from node-red admin
    # hash-pw>`, Node-RED's settings.js sample)
    # references in more template languages: Compose's escaped `$${VAR}`, Azure Pipelines'
    # runtime `$[variables.x]`, PowerShell's `$env:VAR`, Puppet/Hiera's `%{lookup('x')}`, Ruby's
    # and Octopus' `#{VAR}`
    r"|\$\$\{[^}]{1,200}\}|\$\[[^\]]{1,200}\]|\$(?i:env):[A-Za-z_]\w{0,80}|[%#]\{[^}]{1,200}\}"
    # Grafana's provisioning macros (`$__file{/run/secrets/x}`, `$__env{PW}`, `$__vault{…}`) and
    # Vector's secret-backend references (`SECRET[backend.key]`): the value is read from there
    r"|\$__(?:file|env|vault)\{[^{}]{1,200}\}|SECRET\[[A-Za-z_][\w-]{0,64}\.[^\]\s]{1,200}\]"
    # a vendor's prefix before a key's last characters as a dashboard lists it: an ellipsis
    # (Stripe's `sk_live_...sLDU`, `whsec_...`) or a UUID's groups in stars (HubSpot's
    # `pat-na1-********-****-****-****-********ca6b`)
    r"|(?:[A-Za-z0-9]{1,12}_){1,2}(?:\.\.\.|\u2026)[A-Za-z0-9]{0,4}"
    r"|(?:[A-Za-z0-9]{1,12}-){1,3}(?:\*{4,12}-){1,4}\*{4,12}[A-Za-z0-9]{0,4}"
    # an autoconf substitution in a `.in` file (Bacula's `Password = "@dir_password@"`)
    r"|@[A-Za-z_][A-Za-z0-9_]{0,40}@"
    # tools' own masks: `npm config list`'s `(protected)`, Ansible's `no_log` placeholder,
    # Grafana Alloy's component view of a secret argument (`password = (secret)`)
    r"|\((?i:protected|hidden|masked|redacted|sensitive|secret)\)|VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"
    # a log vendor's scanner's replacement, its name before the word (Datadog's `[sds_redacted]`)
    r"|\[[A-Za-z]{2,12}_(?i:redacted|masked|filtered|removed)\]"
    # kubectl's `DATA+OMITTED`, helm diff's `-------- # (40 bytes)`; Make's escaped `$$VAR`
    r"|DATA\+OMITTED|[-+]{8} # \(\d{1,12} bytes\)|\$\$[A-Za-z_][A-Za-z0-9_]{0,80}"
    # Argo CD's reference to a key of `argocd-secret` or of another Secret
    # (`$dex.github.clientSecret`, `$oidc-secret:clientSecret`)
    r"|\$[a-z][a-z0-9-]{0,62}(?:\.[A-Za-z][A-Za-z0-9-]{0,62}){1,8}"
    r"|\$[a-z][a-z0-9-]{2,62}:[A-Za-z][A-Za-z0-9_.-]{0,128}"
    # ... and Argo CD notifications' reference to a key of `argocd-notifications-secret`
    # (`token: $slack-token`): lower-case words joined by `-`, which no shell variable holds
    r"|\$[a-z][a-z0-9]{0,30}(?:-[a-z0-9]{1,30}){1,8}"
    # API clients' variables: Hoppscotch's `<<token>>`, Insomnia's template tags
    # (`{% response 'body', 'req_login', … %}`: the value another request returned)
    r"|<<[A-Za-z_][\w.-]{0,80}>>|\{%[^{}%]{1,400}%\}"
    # JetBrains' macros and environment variables in run configurations (`$WANDB_API_KEY$`,
    # `$PROJECT_DIR$`): filled in when the configuration runs
    r"|\$[A-Za-z_][A-Za-z0-9_]{0,80}\$"
    # Stalwart's macros (`%{env:ADMIN_SECRET}%`, `%{file:/run/credentials/…}%`) and a shell's
    # command substitution in backticks (neomutt's `` `gpg --decrypt ~/.mutt/pw.gpg` ``)
    r"|%\{[a-z]{2,8}:[^}]{1,200}\}%|`[^`\n]{1,400}`"
    # an ERB tag (Chef's and Puppet's templates: `license_key: '<%= license_key %>'`)
    r"|<%=?-?[^%<>]{1,200}-?%>"
    # Concourse's credential manager variables (`((chart-repo.password))`) and a document's name
    # for the value in single braces, lower-case words (`::add-mask::{value}`)
    r"|\(\([^()\s]{1,200}\)\)|\{[a-z][a-z0-9_]{0,40}\}"
    # an environment variable's name in single braces, as Frigate substitutes its `FRIGATE_`
    # variables into its configuration (`rtsp://viewer:{FRIGATE_RTSP_PASSWORD}@…`)
    r"|\{[A-Z][A-Z0-9]{1,30}(?:_[A-Z0-9]{1,30}){1,8}\}"
    r"|" + ENV_REFERENCE
)
# what a runbook or an example writes where the reader puts their own secret
_FILL_IN = lazyre.compile(
    r"(?i:change[_-]?me|change[_-]?it|replace[_-]?me|fill[_-]?me[_-]?in"
    r"|your[_-]?(?:password|secret|token))(?:[_-][A-Za-z0-9]{1,16})?[!.]?|YOUR_[A-Z0-9_]{2,40}"
    # `your-secret-key-here`, `your_api_token_here`, after a vendor's key prefix
    # (LangSmith's `lsv2_pt_your_api_key_here`, `sk-your-key-here`)
    r"|(?:[A-Za-z0-9]{1,8}[_-]){0,2}(?i:your)[_-](?:[a-z0-9]{1,16}[_-]){1,4}(?i:here)"
    # a document's name for the reader's own key, in lower-case words (`your_runpod_api_key`,
    # `your-access-token`)
    r"|(?i:your)[_-](?:[a-z0-9]{1,16}[_-]){0,3}(?i:key|password|passwd|secret|token|pat)"
    # AWS's documentation marks its sample values with EXAMPLE: in capitals alone it is a word
    # (`EXAMPLESIGNATURE`, `MY_EXAMPLE_KEY`), no generated value
    r"|(?:[A-Z]{1,24}_)?EXAMPLE(?:_?[A-Z]{1,24})?"
    # a usage line's name for the argument in capitals (`mc alias set ALIAS URL ACCESS_KEY
    # SECRET_KEY`, `… ACCESSKEY SECRETKEY`): the secret's name, where the reader puts theirs
    r"|(?:[A-Z]{2,16}_){0,2}(?:(?:SECRET|ACCESS|API|AUTH)_?)?(?:KEY|PASSWORD|PASSWD|TOKEN|SECRET)"
    # a vendor's key prefix with an ellipsis for the key (`.env.example`'s `sk-...`, `ghp_…`),
    # or for its rest after its first few characters (`npm token list`'s `npm_uQj…`)
    r"|(?:[A-Za-z]{1,8}[_-]){1,2}[A-Za-z0-9]{0,4}(?:\.{3}|\u2026)"
    # ... or with a fill-in or a row of x for the key (`sk_test_REPLACE_ME`, `sk_test_xxxx…`)
    r"|(?:[A-Za-z0-9]{1,8}_){1,2}(?:(?i:replace[_-]?me|change[_-]?me)|x{8,64}|X{8,64})"
    # duply's conf template: the secret's name between underscores (`GPG_PW='_GPG_PASSWORD_'`)
    r"|_(?:[A-Za-z]{1,16}_){0,3}(?i:password|passphrase|secret|token)_"
    # the stock redis.conf's example, commented out in every copy (`# requirepass foobared`)
    r"|foobared"
)
_NULL_POINTER = lazyre.compile(r"0x0{1,16}")
PLACEHOLDER = lazyre.compile(r"\[REDACTED:[a-z_]+:\d+\]")
# a value SOPS encrypted, whole: `ENC[AES256_GCM,data:…,iv:…,tag:…,type:str]`
SOPS_ENVELOPE = lazyre.compile(r"ENC\[[A-Z0-9_]{2,24},data:[^\]\s]{0,16384}\]")
_SOPS_HEAD = lazyre.compile(r"ENC\[[A-Z0-9_]{2,24},data:")
_SOPS_DATA_END = lazyre.compile(r"[\]\s]")
_SOPS_REACH = 16384
# a template or a reference to a variable, filled in later (`$(REDIS_PASSWORD)`, `{{ .pw }}`)
_TEMPLATE = lazyre.compile(
    r"\$\{[^}]{1,200}\}|\$\([^)]{1,200}\)|\{\{[^}]{0,200}\}\}|%\([A-Za-z_][\w.]{0,80}\)[sdr]"
    r"|\$\$\{[^}]{1,200}\}|\$\[[^\]]{1,200}\]|\$(?i:env):[A-Za-z_]\w{0,80}|[%#]\{[^}]{1,200}\}"
    r"|" + ENV_REFERENCE
)
# a template expression (Jinja, Helm, Go templates, GitHub Actions' `${{ … }}`): the names and
# strings inside it are code (`{{ lookup('hashi_vault', 'secret=path:key') }}`), not pairs
TEMPLATE_EXPR = lazyre.compile(r"\{\{[^{}]{0,400}\}\}")


def is_template(value: str) -> bool:
    return _TEMPLATE.fullmatch(value) is not None


def is_mask(value: str) -> bool:
    """What a program prints in place of a secret it hid (`****`, `[REDACTED]`, rclone's
    `<sensitive value>`, `***REDACTED***`, the last four characters `****abcd`, s3cmd's
    `AK...17_chars...Q`), or a template."""
    return _MASK.fullmatch(value) is not None


# Windows settings that say a value is made elsewhere or shown elsewhere: ASP.NET's generated
# machine keys (`AutoGenerate,IsolateApps`), a .NET type's name where the object is printed
# (`SecurePassword : System.Security.SecureString`), an RDP file's integer (`prompt for
# credentials:i:1`), a PowerShell variable's member (`$cred.GetNetworkCredential().Password`)
_WINDOWS_STAND_IN = lazyre.compile(
    r"AutoGenerate(?:,Isolate(?:Apps|ByAppId))*"
    r"|System(?:\.[A-Z][A-Za-z0-9]{0,64}){1,8}"
    r"|i:-?\d{1,10}"
    r"|\$[A-Za-z_][A-Za-z0-9_]{0,64}(?:\.[A-Za-z_][A-Za-z0-9_]{0,64}(?:\(\))?){1,8}"
    # (the same member in a subexpression, as a string holds it: `"Bearer $($cred.Get…().Password)"`)
    r"|\$\(\$[A-Za-z_][A-Za-z0-9_]{0,64}(?:\.[A-Za-z_][A-Za-z0-9_]{0,64}(?:\(\))?){1,8}\)"
)


def is_trivial_value(value: str) -> bool:
    """Flags, small numbers, masks, templates and references are never secrets; as known
    secrets they would shred every `true` or port number in the bundle."""
    v = (html.unescape(value) if "&" in value else value).strip().strip("\"'")  # (`&quot;`)
    if len(v) < 3 or v.lower().removesuffix(",") in _TRIVIAL_VALUES:  # (`password: None,`)
        return True
    if _NUMBER.fullmatch(v) or PLACEHOLDER.fullmatch(v):
        return True
    if v[-2:] == "\\n" and is_trivial_value(v[:-2]):
        return True  # a JSON string's escaped line end after it (a notebook's `"KEY=<key>\n",`)
    if _MASK.fullmatch(v) or REFERENCE_VALUE.match(v) or _CMDLET.fullmatch(v):
        return True
    if _FILL_IN.fullmatch(v) or _ALGORITHM.fullmatch(v) or TF_REFERENCE.fullmatch(v):
        return True
    if _WINDOWS_STAND_IN.fullmatch(v) or tool_reference(v):
        return True  # (toolrefs.py: where a build tool or an app server reads it from)
    if v[:2] == "0x" and _NULL_POINTER.fullmatch(v):
        return True  # a debugger's null pointer (gdb's `password = 0x0`): no string behind it
    if v[:1].isdigit() and _TIMESTAMP.fullmatch(v):
        return True  # a moment (`gcloud secrets list`'s CREATED column)
    if (dt := _DYNATRACE_ID.match(v)) is not None and (
        dt.end() == len(v) or (v[dt.end()] == "." and is_mask(v[dt.end() + 1 :]))
    ):
        return True  # a Dynatrace token's public id, alone or before a mask (`dt0c01.ST2E….***`)
    if "|" in v and _STATSD_SAMPLE.fullmatch(v):
        return True  # a StatsD sample after its metric's name (`….password_reset.latency:338|ms`)
    if _TF_PROGRESS.fullmatch(v):
        return True  # Terraform's progress after a resource's address (`random_password.x: …`)
    if "^" in v and _MASK.fullmatch(_CMD_CARET.sub("", v)):
        return True  # a mask as cmd escapes it (devtools' Copy as cURL (cmd): `^[REDACTED^]`)
    if not v.isascii() and _is_label(v):
        return True  # a UI's label in another script (`"login.password": "パスワード"`)
    if ciphertext(v):
        return True  # a SealedSecret's ciphertext: encrypted to the controller's public key
    if v[:2] in ("{S", "e1") and _PASS_THROUGH.fullmatch(v):
        return True  # OpenLDAP's `userPassword: {SASL}user@realm`: saslauthd checks the password
    if "@" in v and _MAILBOX.fullmatch(v):
        # an address where a protocol names one: FTP's anonymous `PASS ftp@example.com`, SMTP's
        # `MAIL FROM:<…> AUTH=ops@example.com` (RFC 4954: the submitter, not a credential)
        return True
    parts = v.split()
    if len(parts) == 2 and parts[1] == "{":
        return is_trivial_value(parts[0])  # a block opened after its mode (`auth:oauth2 {`)
    if len(parts) > 1 and _ALGORITHM.fullmatch(parts[0].rstrip(",;")):
        return True  # a signature described: `Signature : RSA/SHA256, Tue …, Key ID 7b7f…`
    if len(parts) == 2 and _NUMBER.fullmatch(parts[0]) and parts[1].isalpha():
        return True  # a count: `secrets: 3 mounted`, `password:  16 bytes` (kubectl describe)
    if len(parts) > 2 and _NUMBER.fullmatch(parts[0]) and all(_COUNTED.fullmatch(p) for p in parts):
        return True  # counts in a sentence: `Secrets: 3 found, 0 expiring`
    # (`Bearer <token>`, `Basic ****`: a scheme and a mask, as a browser's HAR export writes them;
    # `Bearer REPLACE_ME`, `Basic {{ _.apiKey }}`: a scheme and a fill-in or an API client's
    # variable)
    if (
        len(parts) > 1
        and parts[0].lower() in _AUTH_SCHEMES
        and parts[1].lower() not in _AUTH_SCHEMES
    ):
        return is_trivial_value(v[len(parts[0]) :])
    return len(parts) > 1 and all(p.lower() in _TRIVIAL_VALUES or is_mask(p) for p in parts)


def _is_label(value: str) -> bool:
    """The word for password (or secret, token) in another script, as a form labels its field,
    maybe with its colon: the name of the field, not what is typed into it."""
    text = value.rstrip(":\uff1a \u00a0")
    if not text or any(c.isascii() and c != " " for c in text) or any(c.isdigit() for c in text):
        return False
    return is_secret_name(text)


# the name of an algorithm (JOSE `RS256`, `HMAC-SHA256`, rpm's `RSA/SHA256`), not a key
_ALGORITHM = lazyre.compile(
    r"(?i:(?:HS|RS|ES|PS)(?:256|384|512)K?|EdDSA|Ed25519|Ed448"
    r"|(?:RSA|DSA|ECDSA|EdDSA|RSASSA-PSS|HMAC)?[/-]?(?:SHA-?(?:1|224|256|384|512)|SHA3-\d{3}|MD5)"
    r"|RSA|DSA|ECDSA|RSA-OAEP(?:-256)?|A(?:128|192|256)(?:GCM|KW|CBC-HS\d{3}))"
)
# (a count may be rounded to thousands or millions: aider's `Tokens: 8.3k sent, 274 received.`)
_COUNTED = lazyre.compile(r"(?:\d{1,9}(?:\.\d{1,3}[kKmM])?|[a-z]{1,32})[,;.]?")


# a Dynatrace token's public part, its identifier (`dt0c01.<24 characters>`; `.<64>`, the secret)
_DYNATRACE_ID = lazyre.compile(r"dt0[a-z]\d{2}\.[A-Z0-9]{24}")
# a StatsD sample: value, type, sample rate, DogStatsD's tags (`338|ms|@0.2`, `1|c|#env:prod`)
_STATSD_SAMPLE = lazyre.compile(
    r"[-+]?\d{1,20}(?:\.\d{1,20})?\|(?:c|ms|g|s|h|d|m)(?:\|@[01](?:\.\d{1,6})?)?(?:\|#[^\s|]{0,512})?"
)
# an ISO 8601 moment (`2025-03-27T10:49:41Z`, `2025-03-27 10:49:41.123+02:00`)
_TIMESTAMP = lazyre.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
# what terraform apply prints after a resource's address (`Creation complete after 0s [id=none]`),
# a provisioner's start and, after `(local-exec):`, its output's mask
_TF_PROGRESS = lazyre.compile(
    r"(?:Provisioning with '[\w-]{1,32}'\.\.\.|\(output suppressed due to sensitive value in config\)"
    r"|(?:Creating|Modifying|Destroying|Reading|Refreshing state)\.\.\."
    r"|(?:Creation|Modifications|Destruction|Read) complete after \d{1,6}[hms0-9]{0,12}"
    r"|Still (?:creating|modifying|destroying|reading)\.\.\. \[\d{1,6}[hms0-9]{0,12} elapsed\])"
    r"(?: \[id=[^\]\s]{0,400}\])?"
)


# LiteLLM's spend log (`/spend/logs`, the `LiteLLM_SpendLogs` table): each row keeps the SHA-256
# of the virtual key that paid under `api_key`, beside the row's `spend`; the key itself is never
# logged. A 64-hex value under any other name, or in a row without `spend`, is judged as usual.
_SHA256_HEX = lazyre.compile(r"[0-9a-f]{64}")
_SPEND_MEMBER = lazyre.compile(r"[\"']spend[\"'][ \t]{0,4}:[ \t]{0,4}[0-9]")


def is_key_hash(key: str, value: str) -> bool:
    """The hash a spend log keeps under `api_key` (with `spend` beside it: is_key_listing)."""
    return key.lower() == "api_key" and _SHA256_HEX.fullmatch(value) is not None


# EMQX's API key list (`GET /api/v5/api_key`): each key by its id, `api_key` (16 hex), beside its
# `expired_at`; the `api_secret` that authenticates with it is printed once, when it is made.
_KEY_ID_HEX = lazyre.compile(r"[0-9a-f]{16}")
_EXPIRED_AT = lazyre.compile(r"[\"']expired_at[\"'][ \t]{0,4}:")


def is_key_id(key: str, value: str) -> bool:
    """EMQX's id of an API key under `api_key` (with `expired_at` beside it: is_key_listing)."""
    return key.lower() == "api_key" and _KEY_ID_HEX.fullmatch(value) is not None


def is_key_listing(line: str, key: str, value: str) -> bool:
    """A key listed by what identifies it, not the key: a spend log's hash, EMQX's key id."""
    if is_key_hash(key, value):
        return _SPEND_MEMBER.search(line) is not None
    return (
        is_key_id(key, value) and _EXPIRED_AT.search(line) is not None and "api_secret" not in line
    )


def sops_envelopes(line: str) -> list[tuple[int, int]]:
    """The spans `SOPS_ENVELOPE.finditer(line)` gives, in one pass: from each `ENC[` of a line
    of them the regular expression reads up to 16384 characters for the `]` (2 CPU s on a
    32 KiB line), where the first `]` or blank after the data's start is found once for every
    start before it."""
    spans: list[tuple[int, int]] = []
    pos = 0
    seen = end = -1  # the data's first `]` or blank at or after `seen` is at `end` (n: none)
    while (head := _SOPS_HEAD.search(line, pos)) is not None:
        data = head.end()
        if not seen <= data <= end:
            found = _SOPS_DATA_END.search(line, data)
            seen, end = data, found.start() if found is not None else len(line)
        if end < len(line) and line[end] == "]" and end - data <= _SOPS_REACH:
            spans.append((head.start(), end + 1))
            pos = end + 1
        else:
            pos = head.start() + 1
    return spans


# a GraphQL node's global id (Relay's): base64 of its type's name, `:` and the row's id (W&B's
# `ApiKey:123` as `QXBpS2V5OjEyMw==` in `deleteApiKey(input: {id: …})`), an id, not the key
_NODE_TYPES = tuple(
    f"{name}:".encode()
    for name in (
        *("ApiKey", "User", "Entity", "Project", "Run", "Sweep", "Team", "Organization"),
        *("Artifact", "ArtifactCollection", "ArtifactSequence", "ArtifactType", "Report", "View"),
    )
)
_NODE_ID = lazyre.compile(r"[A-Za-z0-9+/]{8,48}={0,2}")


def is_node_id(token: str) -> bool:
    """A GraphQL node's global id, also before a quote's escape (cmd's `\\^"`, PowerShell's
    `` ` ``)."""
    m = _NODE_ID.match(token) if token[:1] in "QRTUV" else None
    if m is None or token[m.end() :].strip("\\^`"):
        return False
    bare = m.group().rstrip("=")
    try:
        raw = base64.b64decode(bare[: len(bare) - len(bare) % 4], validate=True)
    except (binascii.Error, ValueError):
        return False
    return raw.startswith(_NODE_TYPES)
