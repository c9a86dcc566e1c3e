"""The leak gate on secrets named by a word no general secret word covers (gatewords.py): App
Service's managed identity secret (`IDENTITY_HEADER`, a UUID) and an OAuth PKCE verifier
(`code_verifier`, as an SPA's localStorage holds it). Made-up cases in the forms the tools print,
and near misses that stay unflagged."""

from __future__ import annotations

from tests.redact.gatecases import leaks_test, look_alikes_test

LEAKS = [
    ["IDENTITY_HEADER=40f60c76-55bd-48ca-babe-ae024578c6c1"],
    ['curl -s "$IDENTITY_ENDPOINT?resource=https://storage.azure.com/&api-version=2019-08-01" -H "X-IDENTITY-HEADER: 75b85a9c-57b7-40b8-9525-09ccb5242492"'],
    ["IDENTITY_ENDPOINT=http://10.0.25.4:42356/msi/token", "IDENTITY_HEADER=3c8edbbf-ae08-4095-9f5d-1047efc24331"],
    ['auth0.spajs.txs\t{"nonce":"zRd9smZJAB5Qj4PmMekn","code_verifier":"83rMSBPekMim_FGC8MdG6mCY6uatdOuq4reAjRBz2Dj","scope":"openid"}'],
    ["code-verifier: Kq7Lm2Zx9RtW4bVn8Hc3Pw5Tz1Yd6Fg0Js"],
]  # fmt: skip

LOOK_ALIKES = [
    ['curl -s "$IDENTITY_ENDPOINT?resource=https://storage.azure.com/" -H "X-IDENTITY-HEADER: $IDENTITY_HEADER"'],
    ["IDENTITY_HEADER is set by the platform; do not log it"],
    ['{"code_challenge_method":"S256","code_verifier":null,"scope":"openid profile email"}'],
    ["PKCE: code_verifier length 43, method S256"],
]  # fmt: skip

test_named_secrets_leak = leaks_test(LEAKS)
test_named_look_alikes_pass = look_alikes_test(LOOK_ALIKES)
