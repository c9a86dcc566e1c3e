"""The words names.py judges a name by: the words that make a name secret alone, the qualifiers
that make a following `key` one, and the last words that make a name a reference to a secret or
a description of it (their other languages: foreign.py)."""

from __future__ import annotations

from wbdiag.redact.foreign import FOREIGN_WORDS, folded

# One word is enough.
SECRET_WORDS = frozenset(
    {
        "password", "passwd", "passwords", "pass", "pw", "pwd", "passphrase", "passcode",
        "secret", "secrets", "token", "tokens", "apikey", "apikeys", "license", "licence",
        "credential", "credentials", "creds", "requirepass", "masterauth", "bindpw", "dbpass",
        "privatekey", "accesskey", "secretkey", "sessionkey", "accountkey", "signingkey",
        "authorization", "cookie", "cookies", "sig", "signature", "dockerconfigjson",
        "dockercfg", "auth", "sas", "saslpassword", "htpasswd", "jwt", "bearer", "otp", "totp",
        "storepass", "keypass", "authtok", "authkey", "psk", "stringdata", "samlresponse",
        # an HMAC key, by itself or encoded (ACME External Account Binding: lego's `--hmac`,
        # Traefik's `eab.hmacEncoded`)
        "hmac", "hmacencoded",
        # MariaDB's `file_key_management_filekey`: the key that decrypts its key file
        "filekey",
        # PRTG's `passhash`: its API takes it in place of the password
        "passhash",
        # HTTP Digest's HA1, MD5(user:realm:password): it answers any challenge in the password's
        # place (a Shelly device's `Shelly.SetAuth` `ha1`)
        "ha1",
        # mailcow's `DBROOT`: the MariaDB root password (mailcow.conf, beside `DBPASS`)
        "dbroot",
        # a secure cookie's keys (gorilla/securecookie as Nextcloud Talk's signaling server's
        # `[sessions]` `hashkey` and `blockkey`: they sign and encrypt its session cookies)
        "hashkey", "blockkey",
    }
) | folded(FOREIGN_WORDS)  # fmt: skip
# Qualifiers that turn a following "key" into a secret (api key, tls.key, AccountKey).
KEY_QUALIFIERS = frozenset(
    {
        "api", "access", "secret", "private", "session", "account", "storage", "encryption",
        "signing", "master", "client", "license", "licence", "ssh", "tls", "ssl", "shared", "sign", "hmac",
        "aes", "crypt", "cookie", "jwt", "webhook", "admin", "gorilla", "bucket", "azure",
        "service", "auth", "sas", "decryption", "wandb", "x", "certificate", "unseal", "recovery", "preshared",
        # Kaggle's API key (`KAGGLE_KEY` beside `KAGGLE_USERNAME`, a script's `--kaggle-key`)
        "kaggle",
        # Datadog's `DD-APPLICATION-KEY` and `DD_APP_KEY`, Backblaze's `applicationKey`
        "application", "app",
        # PagerDuty's integration key (Grafana's and Alertmanager's `integrationKey`)
        "integration",
        # a user's own API key: Alertmanager's Pushover `user_key`, 3scale's `user_key`
        "user",
        # a service's own key between services (`X-Internal-Key`, `internal_key`)
        "internal",
        # a MAC key (Caddy's ACME `mac_key`), an External Account Binding's key (`--eab-key`)
        "mac", "eab",
        # Azure API Management's `Ocp-Apim-Subscription-Key`, Azure Functions' `x-functions-key`
        "subscription", "functions", "function",
        # a symmetric key named for its cipher or its use (Airflow's `fernet_key`, a
        # `cipher_key`, `crypto_key`, `symmetric_key`, `encrypt_key`)
        "fernet", "symmetric", "cipher", "crypto", "encrypt",
        # ASP.NET's `<machineKey validationKey=…>`: the HMAC key that signs view state
        "validation",
        # NetBird's setup key (`NB_SETUP_KEY`, `--setup-key`): it enrolls a peer in the network
        "setup",
        # Instana's agent key (`INSTANA_AGENT_KEY`): the agent reports with it
        "agent",
        # a keystore's password (Trino's and Presto's `http-server.https.keystore.key`) or its
        # PEM key (Kafka's `ssl.keystore.key`)
        "keystore",
        # the keys a device network runs on: a Zigbee `network_key` (with the network's id, it
        # joins any device), a WPA3 `sae_key` (OpenWrt), a Tuya device's `local_key` (its LAN
        # protocol's AES key), an IoT hub's `device_key` (Azure IoT's, Arduino Cloud's), UniFi's
        # `x_mgmt_key` (a device's management channel), SABnzbd's `nzb_key` (adds downloads),
        # LSF's `LSF_EAUTH_KEY` (signs its daemons' requests)
        "network", "sae", "local", "device", "mgmt", "nzb", "eauth",
        # MUNGE's key (Slurm's `munge_key`, an Ansible role's `munge_key_b64`): any host holding
        # it mints credentials the cluster's daemons accept
        "munge",
        # a libsodium secret key (WAL-G's `WALG_LIBSODIUM_KEY`, 32 bytes in hex or base64)
        "libsodium", "sodium",
        # JFrog's join key (Artifactory's `joinKey`, `JF_SHARED_SECURITY_JOINKEY`): a service
        # holding it joins the platform as one of its own
        "join",
        # an AI model vendor's API key under the vendor's or the model's name, as editor plugins
        # name their settings (vim-chatgpt's `g:chat_gpt_key`, an `openai_key`, `anthropic_key`)
        "gpt", "chatgpt", "openai", "anthropic", "claude", "gemini", "mistral", "groq",
        "deepseek",
        # a DES key by its cipher (Roundcube's `des_key`, `ROUNDCUBEMAIL_DES_KEY`: it encrypts
        # the IMAP password kept in the session), and Camo's HMAC key (Zulip's `camo_key`: it
        # signs the image proxy's URLs)
        "des", "camo",
    }
)  # fmt: skip
# A last word that makes the name a reference to, or a description of, a secret.
NOT_HOLDING = frozenset(
    {
        "file", "files", "path", "paths", "name", "names", "ref", "refs", "keyref", "selector",
        "policy", "type", "types", "length", "len", "expiry", "expires", "expiration", "ttl",
        "timeout", "enabled", "required", "min", "max", "count", "size", "format", "prefix",
        "suffix", "dir", "directory", "location", "mount", "namespace", "id", "ids", "url",
        "uri", "endpoint", "header", "field", "label", "labels", "mode", "method", "methods",
        "provider", "version", "source", "from", "env", "hash", "algorithm", "algo", "scheme",
        "reset", "changed", "age", "rotation", "errors", "attempts", "retries", "strength",
        "complexity", "history", "lifetime", "store", "storage", "manager", "kind", "class", "user",
        "username", "login", "host", "port", "used", "valid", "invalid", "expired", "missing",
        "set", "limit", "index", "position", "pos", "level", "status", "flag",
        "domain", "audience", "issuer", "scope", "scopes", "samesite", "secure", "httponly",
        "lookup", "template", "generator", "refresh", "create", "created", "updated", "check",
        "sha", "sha256", "digest", "fingerprint", "mechanism", "plugin", "when", "interval",
        "protocol", "protocols",  # which one proves it (snmp_exporter's `auth_protocol: SHA`)
        "impl", "implementation",  # which checks it (Vitess' `--mysql_auth_server_impl static`)
        "alg", "algs",  # JOSE's algorithm field: `id_token_signed_response_alg: RS256`
        "transform",  # how the value is written (WAL-G's `WALG_LIBSODIUM_KEY_TRANSFORM: hex`)
        "model", "models",  # which kind it is (RDS's `LicenseModel=license-included`)
        # which secrets a task reads, by name (Azure Pipelines' Key Vault task's `SecretsFilter`)
        "filter", "filters",
        "period", "duration", "delay", "seconds", "ms", "key", "keys", "secretref", "stdin",
        # how long it lasts (oauth2-proxy's `--cookie-expire`, Okta's API token `tokenWindow`)
        "expire", "window",
        # what was decided about a request (a Kubernetes audit event's annotations:
        # `authorization.k8s.io/decision: allow`, `authorization.k8s.io/reason`)
        "decision", "reason",
        # the apps that can hold it (Keycloak's `otpSupportedApplications`)
        "applications",
        "arn", "iterations", "rounds", "cost", "server", "servers", "hasher", "hashers",
        "at",  # a timestamp: password_changed_at, token_expires_at
        "claim", "claims",  # a JWT claim's name (Pulsar's `tokenAuthClaim=sub`)
        "handler", "handlers", "headers",  # code (`agent.auth.handler`), headers by name
        "error", "exception",  # a failure's class: `SQLInvalidAuthorizationSpecException: …`
        # an error code that names its failure, the message after it (S3's
        # `SignatureDoesNotMatch: The request signature …`, `AuthorizationHeaderMalformed: …`)
        "match", "mismatch", "malformed",
        # the attribute that holds a secret, where secrets are kept (`pwdAttribute`, `…_backend`)
        "attribute", "attributes", "attr", "backend", "backends", "engine",
        # what a server offers (OIDC discovery: `token_endpoint_auth_methods_supported`)
        "supported",
        # settings about a password and the moment it changed (Entra's `PasswordPolicies`,
        # `PasswordProfile`, `LastPasswordChangeDateTime`), and the words a login form shows
        # around it (i18n `login.password.placeholder`, `…api_key.help`)
        "policies", "profile", "time", "date", "datetime", "timestamp", "require",
        "placeholder", "help", "hint", "tooltip", "description", "prompt", "title", "caption",
        # Vault's handle on a token or secret_id: looks it up or revokes it, never logs in
        "accessor",
        # an id of an issued token (Entra's sign-in log `uniqueTokenIdentifier`)
        "identifier", "identifiers",
        # what happened to a secret or a token (Kubernetes event reasons `SecretSynced`,
        # `TokenRequest`)
        "synced", "request", "requests", "requested",
        # a command that prints it (Airflow's `fernet_key_cmd`, a mail client's `password_command`)
        "cmd", "command",
        # the digest sent beside a key to check it arrived whole (S3's SSE-C
        # `x-amz-server-side-encryption-customer-key-MD5`)
        "md5",
        # which component checks the credentials (OpenTelemetry's `auth:` / `authenticator:
        # basicauth/server`), and where a value came from (Spring's actuator: `"origin" :
        # "System Environment Property …"`)
        "authenticator", "authenticators", "origin",
        # the program that fetches or keeps credentials (git's `credential.helper=manager`,
        # Docker's `credHelpers`)
        "helper", "helpers",
        # where an agent listens (ssh-agent's `SSH_AUTH_SOCK=/tmp/ssh-…/agent.N`)
        "sock", "socket",
        # what moves secrets, not one (Zero to JupyterHub's `proxy.secretSync`: a sidecar)
        "sync",
        # the name of the protection space a login is asked for (ingress-nginx's `auth-realm`,
        # Traefik's `basicAuth.realm`), shown to whoever is asked; and whether one is there
        # (an exporter's span attribute `wandb.api_key.present: Bool(true)`)
        "realm", "present",
        # a model's tensor, by its module's path (a safetensors header's
        # `model.embed_tokens.weight`, a state_dict's keys)
        "weight", "weights", "bias",
        # how much of it a run may spend (`token_budget: 813492`)
        "budget",
        # the component that compares credentials (Apache Shiro's `credentialsMatcher`,
        # `passwordMatcher`), and a key's name in its keystore (`keystore_key_alias`)
        "matcher", "matchers", "alias", "aliases",
        # how a login is proved (iscsiadm's `node.session.auth.authmethod = CHAP`)
        "authmethod",
        # who presents a pre-shared key, sent in the clear (Mosquitto's `psk_identity`)
        "identity",
        # the addresses a login is waived for (qBittorrent's `WebUI\AuthSubnetWhitelist`)
        "whitelist", "allowlist",
        # how it is passed on (mod_auth_openidc's `OIDCPassIDTokenAs serialized`)
        "as",
        # a list of settings, each judged by its own name (Slurm's `AuthAltParameters=jwt_key=…`)
        "parameters",
        # the SQL that looks it up (Dovecot's `password_query = SELECT …`) and the column that
        # holds it (OpenSIPS' `password_column`)
        "query", "queries", "column", "columns",
    }
)  # fmt: skip
