"""The one home for "is this value worth hiding?" (names.py judges the name it stands under).

Flags, small numbers, masks (`****`, `[REDACTED]`), templates and references to a variable
(`${VAR}`, `{{ .Values.x }}`), placeholders a runbook writes for the reader's own secret
(`changeme`, `YOUR_API_KEY`), algorithm names and counts are never secrets: as known secrets
they would shred every `true` or port number in the bundle. A value that points at a secret
instead of being one (a file path, a Vault path, a Terraform reference, a Kubernetes object's
name under a name ending in "secret") is judged with the name it stands under.
"""

from __future__ import annotations

import html
import re

from wbdiag import lazyre
from wbdiag.redact.names import is_secret_name, words
from wbdiag.redact.payloadsig import is_payload_signature
from wbdiag.redact.sealed import ciphertext
from wbdiag.redact.shapednames import mixed
from wbdiag.redact.toolrefs import named_source, tool_reference
from wbdiag.redact.vendorpublic import is_vendor_public

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
        # KeePassXC's `show` for a protected attribute it was not asked to show (`-s`)
        "protected",
        # redis-cli's marks for an empty or missing reply (`ACL GETUSER`'s `4) (empty array)`
        # under `3) "passwords"`: a user with no password)
        "(nil)", "(empty array)", "(empty list or set)", "(empty set)",
        # how a workload authenticates instead of holding a key (`auth=irsa`: EKS' IAM roles for
        # service accounts; GKE's and AKS' workload identity, a managed identity)
        "irsa", "workload-identity", "workload_identity", "managed-identity", "managed_identity",
        "pod-identity", "instance-profile", "instance_profile",
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
# a number with its unit, also as a rate (`547/s`, `20/min`: a limit's refill)
# OpenLDAP's pass-through scheme as an entry's userPassword, as is or as LDIF's base64 (`::`)
_PASS_THROUGH = lazyre.compile(r"\{SASL\}[^\s{}]{0,256}|e1NBU0x9[A-Za-z0-9+/]{0,344}={0,2}")
_MAILBOX = lazyre.compile(
    r"[a-z][a-z0-9._+-]{0,63}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,24}"
)
_NUMBER = lazyre.compile(r"[-+]?\d{1,5}(?:\.\d+)?[a-zA-Z%]{0,3}(?:/[a-z]{1,6})?")
# a Windows shell's variable (`%MYSQL_PASSWORD%`) and a script's read of its environment by
# name (k6's `__ENV.API_TOKEN`, Node's `process.env.API_TOKEN`, Vite's `import.meta.env.X`)
ENV_REFERENCE = (
    r"%[A-Za-z_][A-Za-z0-9_]{0,80}%"
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
    # tools' own masks: `npm config list`'s `(protected)`, Ansible's `no_log` placeholder
    r"|\((?i:protected|hidden|masked|redacted|sensitive)\)|VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"
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
_REFERENCE_VALUE = lazyre.compile(
    r"(?i)(?:k8s-secret|vault|secretsmanager|ssm|awssm|gcpsm|azkv|fileb?|env|op)://"
    # a value SOPS encrypted (the ciphertext of a secret kept in git, not the secret)
    r"|ENC\[[A-Z0-9_]{2,24},data:"
    # an AWS KMS ciphertext blob, base64 (an SSM SecureString read without `--with-decryption`)
    r"|AQI[BCD]AH[A-Za-z0-9+/]{40}"
    # helmfile's vals (`ref+vault://…#/password`, `ref+awssecrets://…`) and the Argo CD Vault
    # plugin's placeholder (`<path:secret/data/wandb#password>`): filled in at deploy time
    r"|ref\+[a-z0-9]{2,24}://|<path:[^<>\s]"
    r"|(?:valueFrom|secretKeyRef)\b"
    # borgmatic's credential hooks (`{credential systemd NAME}`, `{credential file PATH}`)
    r"|\{credential (?:systemd|container|file|keepassxc) "
    # the Datadog Agent's secrets management: `ENC[handle]`, resolved by its `secret_backend_command`
    r"|ENC\[[\w./:@-]{1,200}\]"
    # LiteLLM's config reads a value from the named environment variable (`os.environ/NAME`)
    r"|os\.environ/[A-Za-z_]"
    # Vault paths, AWS Secrets Manager / SSM ARNs, GCP Secret Manager names, Key Vault URLs
    r"|vault:[\w/.-]|arn:aws[\w-]{0,16}:(?:secretsmanager|ssm|kms):"
    r"|projects/[\w-]{1,64}/secrets/|https://[\w-]{1,64}\.vault\.azure\.net/"
    # App Service's Key Vault reference (`@Microsoft.KeyVault(SecretUri=…)`, `(VaultName=…;…)`)
    r"|@Microsoft\.KeyVault\("
    # what kubectl describe, terraform plan and a banner (`(set via …_FILE)`) print for a value
    r"|<set to the key |\(sensitive value\)|\((?:set|read|loaded|taken) (?:via|from) "
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
    if _MASK.fullmatch(v) or _REFERENCE_VALUE.match(v) or _CMDLET.fullmatch(v):
        return True
    if _FILL_IN.fullmatch(v) or _ALGORITHM.fullmatch(v) or _TF_REFERENCE.fullmatch(v):
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
# (a segment may be a shell variable: PAM's `secret=/var/lib/google-auth/${USER}`)
_SEGMENT = r"(?:[\w.@-]{1,64}|\$\{\w{1,64}\}|\$\w{1,64})"
_PATH = lazyre.compile(r"(?:~|\.{1,2})?/(?:" + _SEGMENT + r"/){0,16}" + _SEGMENT)
# the same on Windows, from a drive (WinSCP's `-privatekey="C:\keys\backup.ppk"`)
_WINDOWS_PATH = lazyre.compile(r"[A-Za-z]:\\(?:" + _SEGMENT + r"\\){0,16}" + _SEGMENT)
# a key, certificate or credentials file named without a directory: `ssl_key = server-key.pem`
_KEY_FILE = lazyre.compile(
    r"[\w.-]{1,128}\.(?:pem|key|crt|cer|der|p12|pfx|jks|keystore|json|txt|pass)"
)
# the same below a relative directory (kustomize's `files: - tls.key=certs/tls.key`)
_RELATIVE_KEY_FILE = lazyre.compile(r"(?:[\w.@-]{1,64}/){1,16}" + _KEY_FILE.pattern)
_USER_NAME = lazyre.compile(r"[a-z]{2,30}(?:-[a-z]{2,30}){0,6}")  # (`wandb`, `wandb-svc`)
_OBJECT_NAME = lazyre.compile(r"[a-z]{2,30}(?:-[a-z]{2,30}){1,6}(?:-[a-z0-9]{5,10})?")  # (a hash)
_OBJECT_WORD = lazyre.compile(r"[a-z]{3,30}")  # (one word: the DynaKube's own name, `dynakube`)
# a secret's path in Vault's KV engine, relative to its mount (`kv/wandb/prod`, `secret/data/db`)
_VAULT_PATH = lazyre.compile(
    r"(?:kv|kv-?v2|secrets?)/[a-z][\w.-]{0,63}(?:/[\w.-]{1,64}){0,8}(?:#\w{1,64})?"
)
_OBJECT_NAMES = lazyre.compile(r"[a-z][a-z0-9-]{0,62}(?:,[ \t]{0,2}[a-z][a-z0-9-]{0,62}){0,16}")
_NAMESPACED = lazyre.compile(r"[a-z][a-z0-9-]{0,62}/[a-z][a-z0-9-]{0,62}")
# an OpenPGP key id (short, long) or fingerprint as git and gpg name a key, `!` forcing that
# subkey; upper-case hex as gpg prints it (a random hex secret is written in lower case)
_OPENPGP_ID = lazyre.compile(r"(?:0x)?(?:[0-9A-F]{8}|[0-9A-F]{16}|[0-9A-F]{40})!?")
# the name of an entry of a credentials file, in snake case (Kedro's catalog names an entry of
# `credentials.yml`: `credentials: warehouse_creds`); a generated credential is not lower-case
# words joined by `_`
_ENTRY_NAME = lazyre.compile(r"[a-z][a-z0-9]{0,31}(?:_[a-z][a-z0-9]{0,31}){1,6}")
_CREDENTIAL_ENTRY_NAMES = frozenset({"credentials", "credential", "creds"})
# openssl's passphrase sources other than `pass:` (the value itself): a variable, a file, a
# descriptor, standard input
_PASS_SOURCE = lazyre.compile(
    r"env:[A-Za-z_][A-Za-z0-9_]{0,80}|fd:\d{1,4}|file:(?:~|\.{1,2})?/[^\s]{1,400}"
)
_SECRET_ID = lazyre.compile(r"id=[A-Za-z0-9_.-]{1,64}")
_POINTER_WORDS = 4  # the words of a note before the reference it points at
_CI_VAULT_PATH = lazyre.compile(r"(?:[\w.-]{1,64}/){1,16}[\w.-]{1,64}(?:@[\w.-]{1,64})?")
_ID_THEN_PATH = lazyre.compile(r"[\w.@-]{1,64}:/(?:[\w.@-]{1,64}/){0,16}[\w.@-]{1,64}")
# an option that names a file, its name and `=` before the path (Slurm's `AuthInfo=socket=/…`)
_OPTION_THEN_PATH = lazyre.compile(r"[a-z][a-z_]{0,31}=(?=/)")


# an environment variable's name (`OIDC_SECRET`): a secret is not written in upper-case words
# an HTTP header's name: dashed words that start with a letter (`X-Agent-Id`, `x-hoop-user`)
_HEADER_NAME = lazyre.compile(
    r"[A-Za-z][A-Za-z0-9]{0,24}(?:-[A-Za-z][A-Za-z0-9]{0,24}){0,8}-[A-Za-z]{2,24}"
)
_ENV_NAME = lazyre.compile(r"[A-Z][A-Z0-9]{1,30}(?:_[A-Z0-9]{1,30}){1,6}")
# a Secret's key in lower case, one to three words (`license`, `db-password`, `api_key`)
_SECRET_KEY_NAME = lazyre.compile(r"[a-z]{2,30}(?:[-_][a-z]{2,30}){0,2}")
# a placeholder a document writes for a part of a signed request (`<ACCESS_KEY_ID>`, `${DATE}`,
# `{region}`, `$REGION`): the scope is public, and so is the shape of one
_SCOPE_PART = (
    r"<[^<>/%\s]{1,40}>|\$?\{[^{}/%\s]{1,40}\}|\$[A-Z_]{1,40}|[A-Z]{0,24}EXAMPLE[A-Z]{0,24}"
)
_SIGV4_SCOPE = lazyre.compile(
    rf"(?:[A-Z0-9]{{16,128}}|{_SCOPE_PART})(?:/|%2F)(?:\d{{8}}|{_SCOPE_PART})(?:/|%2F)"
    rf"(?:[a-z0-9-]{{2,32}}|{_SCOPE_PART})(?:/|%2F)(?:[a-z0-9-]{{2,32}}|{_SCOPE_PART})(?:/|%2F)"
    r"aws4_request,?"
)
# the end of a scope alone (`%2Fs3%2Faws4_request`: what follows a placeholder for the rest)
SCOPE_TAIL = lazyre.compile(r"(?:(?:/|%2F)[a-z0-9-]{1,32}){1,3}(?:/|%2F)(?:aws4|goog4)_request,?")
# Google's V4 signing scope: the signer (a service account's address or an HMAC key's access
# id), the date, the region, `storage` and `goog4_request`
_GOOG4_SCOPE = lazyre.compile(
    r"[\w.+%@-]{1,256}(?:/|%2F)\d{8}(?:/|%2F)[a-z0-9-]{2,32}(?:/|%2F)[a-z0-9-]{2,32}(?:/|%2F)"
    r"goog4_request,?"
)
# a YAML local tag and what it is given (`!vault wandb/db#pw`, Home Assistant's `!secret db_pw`,
# CloudFormation's `!Ref DbPassword`, Ansible's `!vault |` above its ciphertext): resolved
# elsewhere (`!!str …`, a standard tag, is followed by the value itself)
YAML_LOCAL_TAG = lazyre.compile(r"![A-Za-z][\w.-]{0,40}[ \t]+\S")
# an LDAP distinguished name: two or more attribute=value parts of the usual attribute types
_LDAP_RDN = r"(?i:cn|ou|dc|o|uid|c|l|st|street|sn|mail)=[^,=+\\\n]{1,128}"
_LDAP_DN = lazyre.compile(_LDAP_RDN + r"(?:,[ ]?" + _LDAP_RDN + r"){1,16}")
_HELM_RELEASE = lazyre.compile(r"sh\.helm\.release\.v1\.[a-z0-9][a-z0-9.-]{0,52}\.v\d{1,6}")
# Terraform references (`var.db_password`, `random_password.db.result`, `module.x.y`)
# (Terragrunt's `dependency.secrets.outputs.mysql_password`: another module's output)
_TF_REFERENCE = lazyre.compile(
    r"(?:var|local|module|data|each|dependency)(?:\.[A-Za-z_][\w-]{0,64}){1,8}"
    r"|[a-z][a-z0-9_]{0,64}\.[a-z][\w-]{0,64}\.(?:result|value|secret_string|password|id)"
)


# an ISO 8601 moment (`2025-03-27T10:49:41Z`, `2025-03-27 10:49:41.123+02:00`)
# a Dynatrace token's public part, its identifier (`dt0c01.<24 characters>`; `.<64>`, the secret)
_DYNATRACE_ID = lazyre.compile(r"dt0[a-z]\d{2}\.[A-Z0-9]{24}")
# a StatsD sample: value, type, sample rate, DogStatsD's tags (`338|ms|@0.2`, `1|c|#env:prod`)
_STATSD_SAMPLE = lazyre.compile(
    r"[-+]?\d{1,20}(?:\.\d{1,20})?\|(?:c|ms|g|s|h|d|m)(?:\|@[01](?:\.\d{1,6})?)?(?:\|#[^\s|]{0,512})?"
)
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


_TOMCAT_AUTH = frozenset({"Container", "Application"})


def is_reference_value(name: str, value: str) -> bool:
    """A value that points at a secret instead of being one: a file path (credentials files,
    key files), a Terraform reference, or the name of a Kubernetes object under a name ending in
    "secret"."""
    v = value.strip().removesuffix(",")  # (a clause's comma: oc's `from secret X, key Y`)
    if _TF_REFERENCE.fullmatch(v) or named_source(name, v):
        return True
    if v.startswith("projects/") and _CLOUD_KMS_KEY.fullmatch(v):
        return True  # a Cloud KMS key by its resource name (a gcs backend's `kms_encryption_key`)
    if "-" in v and words(name)[-1:] == ["header"] and _HEADER_NAME.fullmatch(v):
        return True  # which header carries it (`identity_header: x-hoop-user`), not its value
    if v.isidentifier() and (v == name or v.lower() in words(name)):
        return True  # a variable passed on under its own name (`api_key=key`, `token=token`)
    if v[:2] in ("my", "My") and v.isidentifier() and v[2:].lower() == name.lower():
        return True  # a docs' stand-in, the name after `my` (PRTG's `passhash=myPassHash`)
    if v[:1] == "$" and v[1:].isidentifier() and v[1:].lower() in (name.lower(), *words(name)):
        return True  # the same as a shell's or PowerShell's (`-WebSession $session`)
    if v[:1] == "$" and v[1:].isidentifier() and "_" in v and is_secret_name(v[1:]):
        return True  # another setting holding the secret, by its name (neomutt's `$imap_pass`)
    if ws_last := words(name)[-1:]:
        if ws_last == ["auth"] and _AUTH_SECTION.fullmatch(v):
            return True  # an auth section by its name (Asterisk PJSIP's `auth=6001-auth`)
        if _SPELLED_OUT.fullmatch(v) and _spells_name(name, v):
            return True  # a value that spells its own name in words (`the-api-key-for-…`)
    short = v[:1] == "$" and len(v) > 4 and v[1:].isidentifier()
    if short and any(w.startswith(v[1:].lower()) for w in words(name)):
        return True  # ... or its short form (`-Credential $cred`: a PSCredential object)
    if "_" in v and v.isupper() and _ENV_NAME.fullmatch(v) and is_secret_name(v):
        return True  # the key a Secret holds it under (`secretKey: OIDC_SECRET`), by its env name
    if _SECRET_KEY_NAME.fullmatch(v) and words(name)[-1:] == ["key"]:
        if is_secret_name(v):
            return True  # the same in lower case (External Secrets' `secretKey: license`)
        if set(words(name)[:-1]) & set(words(v)):
            return True  # a key named for what it holds (Grafana chart's `userKey: admin-user`)
    if "aws4_request" in v and _SIGV4_SCOPE.fullmatch(v) and words(name)[-1:] == ["credential"]:
        return True  # SigV4's key id and scope (`Credential=ID/20261103/us-east-1/s3/aws4_request`)
    if "goog4_request" in v and _GOOG4_SCOPE.fullmatch(v) and words(name)[-1:] == ["credential"]:
        return True  # the same in a GCS V4 signed URL (`X-Goog-Credential=sa@…/…/goog4_request`)
    if is_payload_signature(name, v):
        return True  # a webhook's HMAC of its payload (`X-Hub-Signature-256: sha256=…`)
    if is_vendor_public(name, v):
        return True  # a key the vendor gives browsers (`pk_live_…`, Mapbox's `pk.…`)
    if v.startswith("!") and YAML_LOCAL_TAG.match(v):
        return True  # a YAML tag resolved elsewhere (`!vault wandb/db#pw`, `!secret db_pw`)
    if "=" in v and _LDAP_DN.fullmatch(v):
        return True  # an LDAP entry's name (`pwdPolicySubentry: cn=default,ou=policies,…`)
    if v in _TOMCAT_AUTH and words(name) == ["auth"]:
        return True  # Tomcat's `<Resource auth="Container">`: who signs on to the resource
    if _HELM_RELEASE.fullmatch(v):
        return True  # where Helm keeps a release (`secret="sh.helm.release.v1.wandb.v11"`)
    if _OPENPGP_ID.fullmatch(v) and _names_signing_key(words(name)):
        return True  # which key signs (git's `user.signingkey = 3AA5C34371567BD2`): a public id
    if name.lower() == "user.signingkey" and v.islower() and _OPENPGP_ID.fullmatch(v.upper()):
        return True  # (git keeps it as typed: `git config --list`'s `user.signingkey=3ae4…`)
    if v[:5].upper() == "FILE:" and _PATH.fullmatch(v[5:]):
        return True  # MariaDB's `file_key_management_filekey = FILE:/etc/mysql/…` reads a file
    if ":" in v[:5] and _PASS_SOURCE.fullmatch(v):
        return True  # where openssl reads the passphrase from (`-pass env:VAR`, `file:/path`)
    if v.startswith("id=") and _SECRET_ID.fullmatch(v) and words(name)[-1:] == ["secret"]:
        return True  # a build secret by its id (`docker buildx build --secret id=npm,src=…`)
    parts = v.split()
    if 1 < len(parts) <= _POINTER_WORDS + 1 and all(p.isalpha() for p in parts[:-1]):
        last = parts[-1].strip("()")
        if last != v and (_REFERENCE_VALUE.match(last) or is_reference_value(name, last)):
            return True  # a note that points at it (`siehe Vault kv/wandb/mysql`, `see /run/…`)
    if (
        words(name)[-1:] == ["vault"]
        and _CI_VAULT_PATH.fullmatch(v)
        and not any(map(_generated, re.split("[/@]", v)))
    ):
        return True  # GitLab CI's `secrets: X: vault: path/to/secret/field@engine`
    if _ID_THEN_PATH.fullmatch(v):
        return True  # a credential's id and the file it is read from (systemd `LoadCredential=`)
    if "=/" in v and (option := _OPTION_THEN_PATH.match(v)) and _PATH.fullmatch(v, option.end()):
        path = v[option.end() :]
        if not any(map(_generated, path.split("/"))):
            return True  # the socket MUNGE listens on (`AuthInfo=socket=/var/run/munge/…`)
    if (_PATH.fullmatch(v) or _VAULT_PATH.fullmatch(v)) and not any(map(_generated, v.split("/"))):
        return True
    if v[1:3] == ":\\" and _WINDOWS_PATH.fullmatch(v) and not any(map(_generated, v.split("\\"))):
        return True
    if _KEY_FILE.fullmatch(v) and not mixed(v.rsplit(".", 1)[0]):
        return True
    if _RELATIVE_KEY_FILE.fullmatch(v) and not any(map(_generated, v.split("/"))):
        return True  # a key file below a directory (`certs/tg05ut.key`)
    ws = words(name)
    if "client" in ws[-3:-1]:
        return False  # an OAuth client secret is the secret itself (OIDC_CLIENT_SECRET)
    if (ws[-2:] == ["access", "key"] or ws[-1:] == ["accesskey"]) and _USER_NAME.fullmatch(v):
        return True  # MinIO's access key is the user's name (`mc admin user info`: `wandb-svc`)
    if ws[-1:] and ws[-1] in _CREDENTIAL_ENTRY_NAMES and _ENTRY_NAME.fullmatch(v):
        return True  # an entry of a credentials file by its name (Kedro's `credentials: db_creds`)
    if ws[-1:] == ["tokens"] and (_OBJECT_NAME.fullmatch(v) or _OBJECT_WORD.fullmatch(v)):
        return True  # the Secret that holds them, by its name (a DynaKube's `tokens: dynakube`)
    if ws[-2:] == ["secret", "id"] and _SECRET_NAME.fullmatch(v):
        return True  # a stored secret by its name (`--secret-id wandb/mysql`, GCP's `secret_id`)
    if not ws or ws[-1] not in ("secret", "secrets"):
        return False
    if ws[-1] == "secrets" and _OBJECT_NAMES.fullmatch(v):
        return True  # a list of Secrets by name (`Image pull secrets:  regcred`)
    # (also as `namespace/name`: `couldn't find key X in Secret wandb/wandb-mysql`)
    return _OBJECT_NAME.fullmatch(v) is not None or _NAMESPACED.fullmatch(v) is not None


# a Cloud KMS key's (or one version's) resource name
_CLOUD_KMS_KEY = lazyre.compile(
    r"projects/[\w.:-]{1,128}/locations/[\w-]{1,64}/keyRings/[\w-]{1,128}/cryptoKeys/[\w-]{1,128}"
    r"(?:/cryptoKeyVersions/\d{1,10})?"
)
# a secret's name in a secret manager, lower-case words joined by `-`, `_`, `/` or `.`
# (`wb-prod/mysql`, `wandb-license`); not a Vault AppRole's `secret_id`, a UUID, nor a generated
# value under that name (mixed case, one run)
_SECRET_NAME = lazyre.compile(r"/?[a-z]{2,32}\d{0,4}(?:[-_/.][a-z]{2,32}\d{0,4}){1,12}")
# Asterisk PJSIP's sections are named by convention for what they are (`6001-auth`, also with
# the user after it as `pjsip show endpoint` prints it: `6001-auth/6001`)
_AUTH_SECTION = lazyre.compile(r"[\w.-]{1,64}[-_]auth(?:/[\w.@-]{1,64})?")
# lower-case words joined by hyphens or underscores, four or more (a template's description of
# the value it wants: `the-api-key-for-the-rest-service`)
_SPELLED_OUT = lazyre.compile(r"[a-z]{1,16}(?:[-_][a-z]{1,16}){3,12}")


def _spells_name(name: str, value: str) -> bool:
    """Does `value`, read as words, hold the words of `name` (`apikey` in `the-api-key-…`)?"""
    spelled = "".join(words(name))
    return len(spelled) >= 5 and spelled in value.replace("-", "").replace("_", "")


def _names_signing_key(ws: list[str]) -> bool:
    """A name for the OpenPGP key that signs or encrypts, by its id (duplicity's `--encrypt-key`,
    `--sign-key`)."""
    return ws[-1:] == ["signingkey"] or ws[-2:] in (
        ["signing", "key"],
        ["encrypt", "key"],
        ["sign", "key"],
    )


def _generated(segment: str) -> bool:
    """A path's segment a generator wrote (a token as a file's name), not words and a short
    suffix (`license-xg5ok.txt`): a long run of letters and digits."""
    return len(segment) >= 16 and any(len(p) >= 12 and mixed(p) for p in _PARTS.split(segment))


_PARTS = lazyre.compile(r"[-_.@]")


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
