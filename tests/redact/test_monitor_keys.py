"""Keys of the monitoring, alerting and APM tools in their documented places
(detectors/monitors.py, Grafana's token shapes in detectors/tokens.py, names.py's agent and
keystore keys, NCPA's community string in detectors/snmp.py), and the look-alikes beside them:
plugin paths, usernames, placeholders, secret-backend references, ERB tags, masked token ids,
StatsD samples, Prometheus rule names."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, assert_redacted, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

# (line, the secret that must go, text next to it that must stay)
CASES = [
    (
        "mimirtool rules sync --address=https://mimir.example.com --id=1 --key=Qm7xLp2Vr9Tz4Wb8Kc3N rules/",
        "Qm7xLp2Vr9Tz4Wb8Kc3N",
        "--id=1",
    ),
    (
        "cortextool rules load --key Qm7xLp2Vr9Tz4Wb8Kc3N r.yaml",
        "Qm7xLp2Vr9Tz4Wb8Kc3N",
        "r.yaml",
    ),
    (
        "icinga2 node setup --ticket 4f1c8e2a9b7d3c5e6f0a1b2c3d4e5f6a7b8c9d0e --cn n1.example.com",
        "4f1c8e2a9b7d3c5e6f0a1b2c3d4e5f6a7b8c9d0e",
        "--cn n1.example.com",
    ),
    ("$USER4$=Rk8+vTq2Wm5xLp", "Rk8+vTq2Wm5xLp", "$USER4$="),
    ("    allow admin:Xv7~Kq2!Lm9zPw", "Xv7~Kq2!Lm9zPw", "allow admin:"),
    (
        "curl -u 7f3kq9zx2mw8lp4rt6vb1nc5hy0dj3sa9ue2ko7fi4:token https://graylog.example.com/api/",
        "7f3kq9zx2mw8lp4rt6vb1nc5hy0dj3sa9ue2ko7fi4",
        "https://graylog.example.com/api/",
    ),
    # an API key as the user: no password (Mixpanel's secret) or a dummy `X` (Freshdesk's)
    (
        "curl -sS https://data.mixpanel.com/api/2.0/export -u 78be64825363f17334d7d772ccbfc903: -d x=1",
        "78be64825363f17334d7d772ccbfc903",
        "-d x=1",
    ),
    (
        "curl -u nSVus5ckX5pxY8vDGNuU:X https://acme.freshdesk.com/api/v2/tickets",
        "nSVus5ckX5pxY8vDGNuU",
        "https://acme.freshdesk.com/api/v2/tickets",
    ),
    # a key of parts (a GPU cloud's documented `curl -u KEY:`), quoted
    (
        "curl -u kq2v8p_4c7e1a9f3b6d0e2c5a8f1b4d7e0a3c6f.Zr8Lm2Pw7Kd4Rt9Vx3Ny: https://api.example.net/v1/instances",
        "4c7e1a9f3b6d0e2c5a8f1b4d7e0a3c6f",
        "https://api.example.net/v1/instances",
    ),
    (
        'curl --user "Hn5Tq2Lw8Zx4Mr7Kv1Pb6Cs9:" https://api.example.net',
        "Hn5Tq2Lw8Zx4Mr7Kv1Pb6Cs9",
        "--user",
    ),
    (
        'curl -u":uk1_Tq8vKx2Lm7Wp4Zr9Nb3Hc6Yd1Fs5Jg0Ae" https://status.example.com/metrics',
        "uk1_Tq8vKx2Lm7Wp4Zr9Nb3Hc6Yd1Fs5Jg0Ae",
        "https://status.example.com/metrics",
    ),
    (
        'curl -s --form-string "user=uq2k8vx4m7lp9rt3wb6nc1hy5dj0sa" '
        '--form-string "message=down" https://api.pushover.net/1/messages.json',
        "uq2k8vx4m7lp9rt3wb6nc1hy5dj0sa",
        "message=down",
    ),
    (
        'echo "4b2d6f8a-1c3e-4a5b-9d7f-0e2c4a6b8d1f.wandb.api.requests:1|c" | nc -u -w1 '
        "statsd.hostedgraphite.com 8125",
        "4b2d6f8a-1c3e-4a5b-9d7f-0e2c4a6b8d1f",
        ".wandb.api.requests:1|c",
    ),
    (
        "- url: 'https://connect.signl4.com/webhook/k3v9q2mx7a?ExtIDParam=alertname'",
        "k3v9q2mx7a",
        "?ExtIDParam=alertname",
    ),
    (
        "- url: https://api.squadcast.com/v2/incidents/prometheus/9c1e4a7b2d5f8c0e3a6b9d2f5c8e1a4b7d0f3c6e",
        "9c1e4a7b2d5f8c0e3a6b9d2f5c8e1a4b7d0f3c6e",
        "/v2/incidents/prometheus/",
    ),
    (
        "- url: 'https://www.zenduty.com/api/integration/prometheus/5e2a8c1f-3b7d-4e9a-a6c0-2f8b4d1e7a3c/'",
        "5e2a8c1f-3b7d-4e9a-a6c0-2f8b4d1e7a3c",
        "/api/integration/prometheus/",
    ),
    (
        "curl -d 'x' https://logs-01.loggly.com/bulk/8d3f1a6c-2e9b-4c7a-b5d0-1f4e7a2c9b6d/tag/wandb/",
        "8d3f1a6c-2e9b-4c7a-b5d0-1f4e7a2c9b6d",
        "/tag/wandb/",
    ),
    (
        "0 3 * * * /opt/backup.sh && curl -fsS -m 10 https://hc-ping.com/3c1f9a2e-7b4d-4e8a-9f0c-5d2b8e6a1c47/fail",
        "3c1f9a2e-7b4d-4e8a-9f0c-5d2b8e6a1c47",
        "/fail",
    ),
    (
        "WARNING urllib3.connectionpool Retrying after connection broken: "
        "/bot5123456789:AAGq7Lm2Xv9Tz4Wb8Kc3Np6Rd1Hs5Jf0Yeq/sendMessage",
        "5123456789:AAGq7Lm2Xv9Tz4Wb8Kc3Np6Rd1Hs5Jf0Yeq",
        "/sendMessage",
    ),
    (
        "rollbar.init('3f9a1c7e5b2d8f4a6c0e9b3d7f1a5c8e', environment='production')",
        "3f9a1c7e5b2d8f4a6c0e9b3d7f1a5c8e",
        "environment=",
    ),
    (
        'sender = raygunprovider.RaygunSender("Kq8vTx2LmWp4Zr9NbHc6Y")',
        "Kq8vTx2LmWp4Zr9NbHc6Y",
        "RaygunSender(",
    ),
    # Grafana's service account token and Grafana Cloud's access policy token
    (
        '{"id":7,"name":"ci","key":"glsa_Qm7xLp2Vr9Tz4Wb8Kc3NHs5Jf0YeAd1G_4e8a2c6f"}',
        "glsa_Qm7xLp2Vr9Tz4Wb8Kc3NHs5Jf0YeAd1G_4e8a2c6f",
        '"name":"ci"',
    ),
    # names: Instana's agent key, a keystore's key, NiFi's sensitive props key, PRTG's passhash
    ("INSTANA_AGENT_KEY=Tq8vKx2Lm7Wp4Zr9Nb3H", "Tq8vKx2Lm7Wp4Zr9Nb3H", "INSTANA_AGENT_KEY="),
    ("http-server.https.keystore.key=Wm5xLp8Rk2vTq9", "Wm5xLp8Rk2vTq9", "keystore.key="),
    ("nifi.sensitive.props.key=Zr9Nb3Hc6Yd1Fs5Jg0Ae", "Zr9Nb3Hc6Yd1Fs5Jg0Ae", "props.key="),
    (
        "GET /api/table.json?content=sensors&username=monitor&passhash=3950382756 HTTP/1.1",
        "3950382756",
        "username=monitor",
    ),
    # shaped names: Airbrake's project key, Scout's organisation key
    (
        "Notifier(project_id=1, project_key='9c1e4a7b2d5f8c0e3a6b9d2f5c8e1a4b')",
        "9c1e4a7b2d5f8c0e3a6b9d2f5c8e1a4b",
        "project_id=1",
    ),
    ("SCOUT_KEY=Lm7Wp4Zr9Nb3Hc6Yd1Fs", "Lm7Wp4Zr9Nb3Hc6Yd1Fs", "SCOUT_KEY="),
    # SNMP: NCPA's community string, Observium's PHP array in double quotes
    ("community_string = Tq8v.Kx2Lm-7Wp4", "Tq8v.Kx2Lm-7Wp4", "community_string = "),
    ("$config['snmp']['community'] = array(\"Rk8vTq2Wm5xLp\");", "Rk8vTq2Wm5xLp", "array("),
]


@pytest.mark.parametrize(("line", "secret", "kept"), CASES)
def test_shape(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)


LOOK_ALIKES = [
    # Nagios: the plugins' path and a user name are no secret
    "$USER1$=/usr/lib64/nagios/plugins",
    "$USER3$=nagios",
    "    allow localhost",
    "    allow @monit",
    "rollbar.init(os.environ['ROLLBAR_TOKEN'])",
    "rollbar.init('YOUR_ACCESS_TOKEN')",
    "community_string = public",
    "$config['snmp']['community'] = array(\"public\");",
    "project_key: WANDB",
    "nifi.sensitive.props.key.protected=aes/gcm/256",
    "nifi.sensitive.props.algorithm=NIFI_PBKDF2_AES_GCM_256",
    # references and templates: Datadog's secret backend, an ERB tag, SOPS' envelope stays too
    'api_key: "ENC[datadog/api_key]"',
    "api_key: ENC[dd_api_key]",
    "  license_key: '<%= license_key %>'",
    "  license_key: <%= @license_key %>",
    # a Dynatrace token's public id, alone or before a mask
    "Api-Token=dt0c01.ST2EY72KQINMH574WMNVI7YN.<masked>",
    "https://abc123.live.dynatrace.com/api/v1/x?include=java&Api-Token=dt0c01.ST2EY72KQINMH574WMNVI7YN.****",
    "token id: dt0c01.ST2EY72KQINMH574WMNVI7YN",
    # StatsD samples after a metric named for a password, with a rate and tags
    "wandb.auth.password_reset.latency:338|ms|@0.2",
    "wandb.auth.token_refresh.count:1|c|#env:prod,team:ml",
    # a Prometheus recording rule's name, and in an expression
    "      - record: job:wandb_api_token_auth_failures:rate5m",
    "        expr: sum(job:wandb_api_token_auth_failures:rate5m) > 3",
    # the Secret a DynaKube reads its tokens from
    "  tokens: dynakube",
    # a docs' placeholder: the name after `my`
    "https://prtg.example.com/api/table.xml?username=myusername&passhash=myPassHash",
    "X-Cache-Key: runs-2024",
    # a UUID in another service's path is an id (a run's, an object's)
    "GET https://api.example.com/runs/3c1f9a2e-7b4d-4e8a-9f0c-5d2b8e6a1c47/files 200",
    "see https://healthchecks.io/docs/ for the ping URL format",
    # a user with no password given (curl prompts for it): a name, not a key
    "curl -u administrator2024: https://ftp.example.com/",
    "curl -u ServiceAccount2024: https://ftp.example.com/",
    "curl -u jenkins_deploy_user: https://ftp.example.com/",
    "curl -u deployment-automation.user: https://ftp.example.com/",
]


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_look_alike_stays(line: str) -> None:
    assert_kept([line])


def test_dynatrace_secret_part_goes() -> None:
    token = "dt0c01.ST2EY72KQINMH574WMNVI7YN.G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM"
    assert_gone(
        [f"Api-Token={token}"], ["G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM"]
    )


def test_prometheus_rule_name_is_not_a_pair_elsewhere() -> None:
    # a secret glued after its name with one colon is still a pair
    assert_gone(["config: password:Xy7fK2Lm9pQrSt"], ["Xy7fK2Lm9pQrSt"])
    assert_gone(["user:password:Xy7fK2Lm9pQrSt"], ["Xy7fK2Lm9pQrSt"])


def test_userinfo_beside_a_bar_still_goes() -> None:
    # (a StatsD sample's `|` and `@rate` are what keep it; a proxy's login is no sample)
    assert_gone(["proxy: admin:Xy7f|K2Lm9q@10.0.0.1"], ["Xy7f|K2Lm9q"])
