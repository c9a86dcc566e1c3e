"""The leak gate on what names a secret without holding it (gatehandles.py, and a secret
manager's references in gatewords.REFERENCE): a table's header whose last column is a property
(`KEY_TYPE`), an endpoint whose path ends in a secret word (`…/msi/token`), a CLI's hint on how
to reveal a field it conceals, and `op://` references. Made-up cases in the forms the tools
print, beside the secrets the same forms still show."""

from __future__ import annotations

from tests.redact.gatecases import leaks_test, look_alikes_test

LEAKS = [
    # a header that ends by naming a secret still announces the value under it
    ["NAME        CREATED_AT            PASSWORD", "wandb-admin 2024-02-01T19:32:39Z  Kq7Lm2Zx9RtW4bVn"],
    ["AUTH_TOKEN:", "Zq8Lm2Kx9Tw4Rb7Vn3Hc"],
    # a revealed field beside a concealed one
    ["$ op item get \"W&B Server\" --reveal", "Fields:", "  username:    wandb", "  password:    Tq8Zw~L3mKx9Pv!r"],
    # a secret beside a reference: the reference names no secret, the value does
    ["OIDC_SECRET=op://Infra/wandb-oidc/client_secret", "OIDC_CLIENT_SECRET=Hn4Rb7XcW2qzEp9Lk3"],
    # a URL whose path ends in a secret word, then a secret named on the same line
    ["TOKEN_URL=https://login.example.com/oauth2/token CLIENT_SECRET=Bv3Nq8sYt6KmW1zX4c"],
]  # fmt: skip

LOOK_ALIKES = [
    # a table's header whose last column is a property of the key: the row holds key ids
    ["KEY_ID                                    CREATED_AT            KEY_TYPE", "15f13609d5187c6473719f5c4251dfa1e6ed30e4  2025-02-01T19:32:39Z  USER_MANAGED"],
    ["NAME     TOKEN_EXPIRY", "ci-bot7  2026-03-01T00:00:00Z"],
    # an endpoint whose path ends in a secret word, then the next variable
    ["IDENTITY_ENDPOINT=http://10.0.25.4:42356/msi/token", "AZURE_STORAGE_ACCOUNT=wandbstorez1d47a"],
    ["token_url: https://login.example.com/oauth2/v2.0/token", "  tenant: acmeml7k2q9"],
    # a concealed field's hint names the item, not the value
    ["  password:    [use 'op item get cbu28u9acoknj0yxfgp44ektei --reveal' to reveal]"],
    ['  credential:  [use "op item get rbv2k9x7qz4m1n8w3t5y6p0lsd --reveal" to reveal]'],
    # a secret manager's references, resolved where the value is used
    ["OIDC_SECRET=op://MLOps/wandb-oidc-2fga/client_secret"],
    ["MYSQL=mysql://wandb:{{ op://MLOps/wandb-mysql/password }}@mysql.example.internal:3306/wandb"],
    ["DB_PASSWORD=@Microsoft.KeyVault(SecretUri=https://kv-wandb7.vault.azure.net/secrets/db-pass2/)"],
    ['"MasterUserPassword": "{{resolve:secretsmanager:wandb-db-8k2q:SecretString:password}}"'],
]  # fmt: skip

test_handles_leak = leaks_test(LEAKS)
test_handles_look_alikes_pass = look_alikes_test(LOOK_ALIKES)
