"""The leak gate on the monitoring stack's and data platforms' keys: vendors' keys by their
documented prefixes (Sentry's `sntryu_`/`sntrys_`, Uptime Kuma's `uk<id>_`, ntfy's `tk_`), a
Telegram bot's token, alerting services whose URL path holds the key (Healthchecks.io, Loggly,
Squadcast, Zenduty, VictorOps, SIGNL4, Mattermost's hooks), an Authorization header's credential
whatever its scheme and a vendor's session header, an Azure storage account key in Hadoop's
property (gateshapes.py, gatevalues.py). And what those tools print that reads as public, a
placeholder, a reference or a help text: an ERB template's tag, Dynatrace's token identifier with
its secret part masked, Spark's redaction regex, a service-account key file's public fields on
one line, a usage's metavar, a variable read from the environment, an f-string's fields in a URL,
Superset's `form_data_key`. Made-up values in the tools' formats, with both prefilter engines."""

from __future__ import annotations

from tests.redact.gatecases import leaks_at_test, look_alikes_test

UUID = "eb52f67e-5420-4dd6-b1db-7608d814dca7"
DT_ID = "dt0c01.6AT1X33UIS7CJMS5QX3BYWBR"
ACCOUNT_KEY = (
    "p1wjyFjoOdR0GgKyRPGcnnA23qkgijHBTUXvu60BY9dayyXtdMbED/xzUbjP/iFdvQ9BqyiVnogQIhw9fLP/sA=="
)

LEAKS: list[tuple[list[str], int]] = [
    # vendors' keys by their prefixes
    (
        [
            "[auth]",
            "token = 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",
        ],
        2,
    ),
    (
        [
            "SENTRY_AUTH_TOKEN: sntrys_eyJpYXQiOjE3MTcwMDAwMDAuMSwidXJsIjoiaHR0cHM6Ly9zZW50cnkuaW8i"
            "LCJvcmciOiJhY21lIn0_Z9K6jiJAQh64aNQcbDi4DArQN88er1dhGuNICzIsHtU"
        ],
        1,
    ),
    (['curl -u":uk7_8dA-EAE8OP4A3H2BX04qJCa94hNv5CbRTozXjuDK" https://status.example/metrics'], 1),
    (['curl -H "Authorization: Bearer tk_ime3kngh7m7busrfirp2mgv82t9xu" ntfy.example/ops'], 1),
    # a Telegram bot's token, in its API's URL and in a receiver's settings
    (
        [
            "Retrying after connection broken: /bot6102938475:AAVVozCbKRZ2Kxpyb0uUVbmYvZXl1oSTD5G/getMe"
        ],
        1,
    ),
    (["    bot_token: 6102938475:AAVVozCbKRZ2Kxpyb0uUVbmYvZXl1oSTD5G"], 1),
    # alerting and log services whose URL path holds the key
    (
        [
            "0 * * * * /opt/backup.sh && curl -fsS https://hc-ping.com/aad5965d-86e6-42a1-a10c-2a5668307900"
        ],
        1,
    ),
    (
        [
            "curl -d @m.json https://logs-01.loggly.com/inputs/6bc173ed-7771-4bd7-a381-c09351aae447/tag/http/"
        ],
        1,
    ),
    (
        [
            "  - url: https://api.squadcast.com/v2/incidents/api/94bde3ceef790185cc0a3154f6d45dd0e70021dd"
        ],
        1,
    ),
    (
        [
            "  - url: 'https://www.zenduty.com/api/integration/prometheus/2100129f-51c6-40ad-99ab-ee069cbb65ed/'"
        ],
        1,
    ),
    (
        [
            "https://alert.victorops.com/integrations/generic/20131114/alert/"
            "70b69631-456b-4101-ac61-9532bb44ac22/platform"
        ],
        1,
    ),
    (["  - url: 'https://connect.signl4.com/webhook/k2v9qx7w4m?ExtIDParam=alertname'"], 1),
    (["      url: https://chat.example.org/hooks/xa0a1c4z3uz0r1nzhj01weqbys"], 1),
    # an Authorization header's credential whatever its scheme, a vendor's session header
    (['curl -H "Authorization: Splunk bbee5556-915e-4246-b454-0f8686228f3b" https://hec:8088/'], 1),
    (
        [f"curl -H 'Authorization: GenieKey {UUID}' https://api.opsgenie.com/v2/heartbeats/b/ping"],
        1,
    ),
    ([f'curl -H "Authorization: Key {UUID}" http://sensu:8080/api/core/v2/namespaces'], 1),
    ([f'curl https://metabase.example/api/card -H "X-Metabase-Session: {UUID}"'], 1),
    # an Azure storage account key in Hadoop's property named for the account's host
    (
        [
            "<property><name>fs.azure.account.key.acme7.dfs.core.windows.net</name>"
            f"<value>{ACCOUNT_KEY}</value></property>"
        ],
        1,
    ),
    (
        [
            f"  --conf spark.hadoop.fs.azure.account.key.acme7.blob.core.windows.net={ACCOUNT_KEY} \\"
        ],
        1,
    ),
]

LOOK_ALIKES: list[list[str]] = [
    # a template's tag, filled in when it renders
    ["common: &default_settings", "  license_key: '<%= license_key %>'"],
    ["  password: '<%= node[:db][:password] %>'"],
    # a token's public identifier, its secret part masked
    [
        f"Downloading agent from https://x.live.dynatrace.com/api/v1/installer?Api-Token={DT_ID}.<masked>"
    ],
    [f"DT_API_TOKEN={DT_ID}.********"],
    # a regular expression that matches secret words, and the setting after it
    [
        "spark.redaction.regex                (?i)secret|password|token|access[.]key",
        "spark.sql.redaction.string.regex     (?i)url.*password=[^&]*",
        "spark.app.name                       KqvTLzWp-x7c2",
    ],
    # a service-account key file's public fields alone on one line
    [
        '{"type": "service_account", "project_id": "acme-204", "private_key_id": '
        '"9f3c2e1d0b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e", "client_email": '
        '"etl@acme-204.iam.gserviceaccount.com", "client_id": "104958372615243546372"}'
    ],
    # a usage's metavar
    ["      --access-token=<accessToken>", "                              Access token"],
    # a variable read from the environment, and an f-string's fields in a URL
    ['SECRET_KEY = os.environ.get("SUPERSET_SECRET_KEY_Q7ZK")'],
    ['SECRET_KEY = os.getenv("APP_SECRET_KEY_9XQ2")'],
    ['DB_URI = f"postgresql://{DATABASE_USER}:{DATABASE_PASSWORD}@{DATABASE_HOST}:5432/app"'],
    # a cache entry's key beside the chart and dashboard it keeps the state of
    [
        "2025-04-30 11:51:08,221:INFO:superset.views.core:slice_id=3148 dashboard_id=474 "
        "form_data_key=q26ZqGFsFnUjvPfJLMhE6cRvRWuf7UK0KDgyqDzRL1A"
    ],
    # near misses of the shapes: a shape's name, a URL's documented placeholder
    ["2026-01-02 INFO test tk_dump_fields_empty_value passed"],
    ["curl -fsS https://hc-ping.com/your-uuid-here"],
    ["  - url: https://www.zenduty.com/api/integration/prometheus/<integration-key>/"],
]

test_a_monitoring_key_is_flagged = leaks_at_test(LEAKS)
test_its_look_alikes_pass = look_alikes_test(LOOK_ALIKES)
