"""A value that points at a secret instead of being one (values.py asks this module; it stays the
one home of "is this value worth hiding?").

A file path, a Vault or secret-manager path, a Terraform reference, a YAML tag resolved
elsewhere, a signed request's public scope, an LDAP entry's name, or a Kubernetes object's name
under a name ending in "secret": each is judged with the name it stands under, where that name
decides (an OAuth client secret is the secret itself, whatever it looks like).
"""

from __future__ import annotations

import re

from wbdiag import lazyre
from wbdiag.redact.names import is_secret_name, words
from wbdiag.redact.payloadsig import is_payload_signature
from wbdiag.redact.shapednames import mixed
from wbdiag.redact.toolrefs import named_source
from wbdiag.redact.vendorpublic import is_vendor_public

# a value that says where the secret is read from or how it is kept (a scheme, an ARN, a SOPS or
# KMS ciphertext, what kubectl and terraform print for one), at the value's start
REFERENCE_VALUE = lazyre.compile(
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
# a secret's path in Vault's KV engine, relative to its mount (`kv/wandb/prod`, `secret/data/db`),
# a field after it (`#password`; `:password` in Ansible's hashi_vault lookup term)
_VAULT_PATH = lazyre.compile(
    r"(?:kv|kv-?v2|secrets?)/[a-z][\w.-]{0,63}(?:/[\w.-]{1,64}){0,8}(?:[#:]\w{1,64})?"
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
# an entry of a password manager by the path to it, as a runbook's table writes it (`1Password
# → Infra → MinIO root`, `Bitwarden > Ops > db`): where the secret is kept
_MANAGER_PATH = lazyre.compile(
    r"(?i:1password|bitwarden|vaultwarden|keepass(?:xc)?|lastpass|keeper|dashlane|vault)"
    r"[ \t]{0,2}(?:\u2192|->|>|\u203a|\u00bb)[ \t]{0,2}\S[^\n]{0,200}"
)
# a file by its name, of the kinds a checksum listing names (a document, a script, an archive,
# a package): what a hex digest beside it digests (an org-mode table's `| license.txt | <sha1> |`);
# a key or a certificate file is not among them
_LISTED_FILE = lazyre.compile(
    r"[\w.-]{1,128}\.(?:txt|md|rst|adoc|org|ya?ml|json|toml|ini|conf|cfg|xml|html?|csv|log|sh|ps1"
    r"|py|zip|tar|gz|tgz|bz2|xz|zst|jar|war|whl|deb|rpm|iso|img|bin|exe|msi|dmg|pdf)"
)
_HEX_DIGEST = lazyre.compile(r"[0-9a-f]{32,128}|[0-9A-F]{32,128}")
_DIGEST_LENGTHS = frozenset({32, 40, 56, 64, 96, 128})  # MD5, SHA-1, SHA-224, -256, -384, -512
# a command that reads the secret from where it is kept, written where the secret would stand
# (a Taskfile's dynamic variable, `sh: vault kv get -field=secret_key secret/…`)
_FETCH_COMMAND = lazyre.compile(
    r"(?:vault[ \t]{1,4}(?:kv[ \t]{1,4}get|read)|op[ \t]{1,4}read|pass[ \t]{1,4}show"
    r"|aws[ \t]{1,4}(?:secretsmanager[ \t]{1,4}get-secret-value|ssm[ \t]{1,4}get-parameters?)"
    r"|gcloud[ \t]{1,4}secrets[ \t]{1,4}versions[ \t]{1,4}access"
    r"|az[ \t]{1,4}keyvault[ \t]{1,4}secret[ \t]{1,4}show|cat[ \t]{1,4}/run/secrets/)[ \t]"
)
_CI_VAULT_PATH = lazyre.compile(r"(?:[\w.-]{1,64}/){1,16}[\w.-]{1,64}(?:@[\w.-]{1,64})?")
_ID_THEN_PATH = lazyre.compile(r"[\w.@-]{1,64}:/(?:[\w.@-]{1,64}/){0,16}[\w.@-]{1,64}")
# an option that names a file, its name and `=` before the path (Slurm's `AuthInfo=socket=/…`)
_OPTION_THEN_PATH = lazyre.compile(r"[a-z][a-z_]{0,31}=(?=/)")


# an HTTP header's name: dashed words that start with a letter (`X-Agent-Id`, `x-hoop-user`)
_HEADER_NAME = lazyre.compile(
    r"[A-Za-z][A-Za-z0-9]{0,24}(?:-[A-Za-z][A-Za-z0-9]{0,24}){0,8}-[A-Za-z]{2,24}"
)
# an environment variable's name (`OIDC_SECRET`): a secret is not written in upper-case words
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
# MSAL.js's cache key of a credential: `<homeAccountId>-<environment>-<credentialType>-<clientId>-
# <realm>-<scopes>-…`, the name a token is stored under (listed in `msal.token.keys.<clientId>`)
_MSAL_CACHE_KEY = lazyre.compile(
    r"[\w.-]{1,300}?-(?:idtoken|accesstoken|accesstoken_with_authscheme|refreshtoken)"
    r"-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[^\"\]]{0,2000}"
)
_HELM_RELEASE = lazyre.compile(r"sh\.helm\.release\.v1\.[a-z0-9][a-z0-9.-]{0,52}\.v\d{1,6}")
# Terraform references (`var.db_password`, `random_password.db.result`, `module.x.y`)
# (Terragrunt's `dependency.secrets.outputs.mysql_password`: another module's output)
TF_REFERENCE = lazyre.compile(
    r"(?:var|local|module|data|each|dependency)(?:\.[A-Za-z_][\w-]{0,64}){1,8}"
    r"|[a-z][a-z0-9_]{0,64}\.[a-z][\w-]{0,64}\.(?:result|value|secret_string|password|id)"
)


_TOMCAT_AUTH = frozenset({"Container", "Application"})


def listed_file_digest(name: str, value: str) -> bool:
    """A hex digest of an MD5 or SHA length under a file's name (a document, a script, an
    archive, a package): what a checksum table lists beside the file (`| license.txt | <sha1> |`).
    Only a table's cell is such a listing: the same as a `name: value` pair (keyvalue.py) may be a
    Kubernetes Secret's key, a file's name, and its content (`api_key.txt: <40 hex>`, the W&B
    key's shape), so a pair under a secret's name goes (docs/redaction.md)."""
    return (
        len(value) in _DIGEST_LENGTHS
        and bool(_HEX_DIGEST.fullmatch(value))
        and bool(_LISTED_FILE.fullmatch(name))
    )


def is_reference_value(name: str, value: str) -> bool:
    """A value that points at a secret instead of being one: a file path (credentials files,
    key files), a Terraform reference, or the name of a Kubernetes object under a name ending in
    "secret"."""
    v = value.strip().removesuffix(",")  # (a clause's comma: oc's `from secret X, key Y`)
    if TF_REFERENCE.fullmatch(v) or named_source(name, v):
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
    if "token-" in v and _MSAL_CACHE_KEY.fullmatch(v):
        return True  # the name MSAL.js keeps a token under, not the token
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
    if listed_file_digest(name, v):
        return True  # a file's digest under the file's name (a checksum listing), no secret
    if " " in v and (_MANAGER_PATH.fullmatch(v) or _FETCH_COMMAND.match(v)):
        return True  # a password manager's entry by its path, a command that reads the secret
    parts = v.split()
    if 1 < len(parts) <= _POINTER_WORDS + 1 and all(p.rstrip(":").isalpha() for p in parts[:-1]):
        last = parts[-1].strip("()`")
        if last != v and (REFERENCE_VALUE.match(last) or is_reference_value(name, last)):
            return True  # a note that points at it (`siehe Vault kv/wandb/mysql`, `see /run/…`,
            # ``Vault: `secret/wandb/db#password` ``)
    if (
        words(name)[-1:] == ["vault"]
        and _CI_VAULT_PATH.fullmatch(v)
        and not any(map(_generated, re.split("[/@]", v)))
    ):
        return True  # GitLab CI's `secrets: X: vault: path/to/secret/field@engine`
    if _ID_THEN_PATH.fullmatch(v):
        return True  # a credential's id and the file it is read from (systemd `LoadCredential=`)
    lowered = name.lower()
    if "agent-inject-secret-" in lowered and _VAULT_SECRET_PATH.fullmatch(v):
        return True  # Vault Agent injector's annotation: the Vault path it renders the file from
    if "k8s_secret_" in lowered and _SECRET_KEY_REF.fullmatch(v):
        return True  # Altinity's `user/k8s_secret_password: namespace/secret/key`: a Secret's key
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


# a path in Vault, as an injector annotation names it (`database/creds/wandb-mysql`)
_VAULT_SECRET_PATH = lazyre.compile(r"[\w.@-]{1,128}(?:/[\w.@-]{1,128}){1,16}")
# a Kubernetes Secret's key, `[namespace/]secret/key`
_SECRET_KEY_REF = lazyre.compile(
    r"(?:[a-z0-9][a-z0-9-]{0,62}/)?[a-z0-9][a-z0-9.-]{0,252}/[\w.-]{1,253}"
)
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
