"""Classes of hard values and hard positions in ordinary deployment material (the changes for
holdout28), each with look-alikes beside it: an environment variable's line whose value holds
spaces, quotes, `#x` and `,x=`; argv with quotes inside a value; escaped backslashes and `\\u`
escapes inside a value; a CSV cell with doubled quotes; W&B's 86-character keys; what `cat …;
echo` and a decoded jsonpath print alone on a line; kubectl's tables without a rule; a box
table's cell of several words; a Go struct's field printed raw. Then the look-alikes added
with them: parameter expansions (`${NAME:?message}`, `${NAME:-}`), a host in a NO_PROXY list whose
first label ends like a name, a cookie of a time zone, PEM markers around an elided body, a TLS
Secret's certificate."""

from __future__ import annotations

import base64
import json

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401
from wbdiag.redact import Redactor

pytestmark = pytest.mark.usefixtures("both_engines")


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


_CERT = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQk9z\n-----END CERTIFICATE-----\n"
_KEY = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0B\n-----END PRIVATE KEY-----\n"


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # an env file (docker's --env-file keeps it all literally; dotenv up to ` # `)
        (["LOG_LEVEL=info", "SMTP_PASSWORD=Harbor7q lantern2Wd ochreKx"], ["lantern2Wd ochreKx"]),
        (["SMTP_PASSWORD=pT4v #k9Rw #Zm2"], ["pT4v #k9Rw #Zm2"]),
        (["export SMTP_PASSWORD=Qe9\"vL2'mR7x"], ["Qe9\"vL2'mR7x"]),
        (["REDIS_PASSWORD=Kp3=Tw8,Vy6=Rq1 # rotated monthly"], ["Kp3=Tw8,Vy6=Rq1"]),
        (["    environment:", "      - DB_PASSWORD=Xr5m=Lq2,Ht9=Pw4"], ["Xr5m=Lq2,Ht9=Pw4"]),
        # docker inspect's Env: a JSON string per variable, spaces inside
        (
            ['        "Env": [', '            "SMTP_PASSWORD=Basalt4 quiver9X tundraQe",'],
            ["quiver9X tundraQe"],
        ),
        # argv as `ps` prints it, quotes of both kinds inside; a flag's whole `=` argument
        (["root  812  0.0  docker run -e SMTP_PASSWORD=Vw8\"Lt3'Qz5 -p 80:80 img"], ["Lt3'Qz5"]),
        (["exec args=[--db-host=db --db-password=Wq3=Ft7,Kd=Rm8x]"], ["Ft7,Kd=Rm8x"]),
        # Java's .properties escapes; JSON inside a JSON string escapes its `\u` escapes twice
        (["spring.mail.password=Rv7\\\\Tq2\\\\Mx9"], ["Tq2\\\\Mx9"]),
        (["spring.mail.password=Ld4\\u00e9\\u00fcKw8Zp"], ["\\u00fcKw8Zp"]),
        (
            ['{"id": 7, "body": "{\\"env\\": \\"SMTP_PASSWORD=Nb5\\\\u00f1Rt8\\\\u00e7Xq\\"}"}'],
            ["Rt8\\\\u00e7Xq"],
        ),
        # a CSV export: quotes inside a cell doubled, commas and spaces inside it
        (["app,env,key,value", 'wandb,prod,SMTP_PASSWORD,"Gz4""Pm8""Tk2"'], ['Pm8""Tk2']),
        (["app,env,key,value", 'wandb,prod,SMTP_PASSWORD,"Hw2, Rq, Zx9"'], ["Hw2, Rq, Zx9"]),
        # W&B's keys since SDK 0.22.3: `wandb_v1_` and 77 word characters
        (["KEY\twandb_v1_" + "Tq8_mZ3vR" * 8 + "Kx3wQ"], ["Tq8_mZ3vR" * 8]),
        # a mounted Secret's file shown with `; echo`, spaces and other scripts inside
        (
            [
                "$ kubectl exec app-0 -- cat /etc/creds/smtp-password; echo",
                "Ember4 sorrel9 Quill",
                "$ ",
            ],
            ["Ember4 sorrel9 Quill"],
        ),
        (["$ cat /run/secrets/api-token; echo", "Zk7密码Rq2Wx"], ["Zk7密码Rq2Wx"]),
        # a Secret's field decoded by jsonpath: the next prompt glued to the value
        (
            [
                "ops@jump:~$ kubectl get secret smtp -o jsonpath='{.data.SMTP_PASSWORD}' | base64 -d",
                "Marble3 tinsel8 Vortexops@jump:~$ ",
            ],
            ["Marble3 tinsel8 Vortex"],
        ),
        # kubectl's custom columns: no rule under the header
        (
            [
                "NAME        TYPE     TOKEN",
                "smtp        Opaque   V2hpc2tlcjkgYmFzYWx0NA==",
                "registry    Opaque   cXVpdmVyN0xhbnRlcm4y",
            ],
            ["V2hpc2tlcjkgYmFzYWx0NA", "cXVpdmVyN0xhbnRlcm4y"],
        ),
        # a box table's last cell of several words
        (
            [
                "+------+------------------------+",
                "| name | value                  |",
                "+------+------------------------+",
                "| smtp_password | Copper5 Willow9 Thistle |",
            ],
            ["Copper5 Willow9 Thistle"],
        ),
        # Go's %+v of a struct: a string field raw, up to the next field
        (
            ['DEBUG cfg: {Addr:https://x.example Session:{Secret:Quartz4 rivet"Lm\\9 TTL:1h}}'],
            ['Quartz4 rivet"Lm\\9'],
        ),
    ],
)
def test_hard_value_goes(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # a parameter expansion's default under a secret's name is a secret's value
        (["SMTP_PASSWORD=${SMTP_PASSWORD:-Tq8vLm2Rx}"], ["Tq8vLm2Rx"]),
        (["  REDIS: redis://:${REDIS_PASSWORD:-Wz4kPq9Lm}@redis:6379/0"], ["Wz4kPq9Lm"]),
        # a session cookie percent-encoded; a key between PEM markers; a TLS Secret's key
        (
            ["Cookie: tz=Asia%2FTokyo; wb_session=Zm9vYmFyMTIzNDU2Nzg5%3D%3D"],
            ["Zm9vYmFyMTIzNDU2Nzg5"],
        ),
        (
            ['{"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0B\\n"}'],
            ["MIIEvQIBADANBgkqhkiG9w0B"],
        ),
        (
            [
                "kind: Secret",
                "type: kubernetes.io/tls",
                "data:",
                "  tls.crt: " + _b64(_CERT),
                "  tls.key: " + _b64(_KEY),
            ],
            [_b64(_KEY)[40:80]],
        ),
    ],
)
def test_next_to_a_look_alike_a_secret_goes(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        # env lines: a reference, an empty value before a comment, a file path, plain settings
        ["SMTP_PASSWORD=${SMTP_PASSWORD:?set it in .env}"],
        ["SMTP_PASSWORD= # set in vault", "LOG_FORMAT=json # default"],
        ["SMTP_PASSWORD_FILE=/run/secrets/smtp # mounted"],
        ["NO_PROXY=.svc,.cluster.local,localhost,127.0.0.1,db.example.com,cache.example.com"],
        # a flag whose value is a list of pairs, one of them a file
        ["docker buildx build --secret id=smtp_pw,src=/run/secrets/smtp -t img:1 ."],
        # escapes outside a secret's value
        ["app.title=Caf\\u00e9 \\\\ Bar", '{"msg": "path C:\\\\u00e9\\\\tmp"}'],
        # a CSV cell of prose with doubled quotes under no secret name
        ["app,env,key,value", 'wandb,prod,BANNER,"Say ""hi"", then sign in"'],
        # a W&B key's prefix in a file name
        ["applied migration wandb_v1_add_runs_table.sql"],
        # `cat` of a file that names no secret; a decoded field that names none
        ["$ cat /etc/hostname; echo", "wandb-app-0", "$ "],
        [
            "ops@jump:~$ kubectl get secret smtp -o jsonpath='{.data.SMTP_USER}' | base64 -d",
            "wandb_mailerops@jump:~$ ",
        ],
        # kubectl's tables without a secret's value in them
        ["NAME      SECRETS   AGE", "default   1         12d", "wandb     1         12d"],
        ["NAME      READY   STATUS    RESTARTS   AGE", "wandb-0   1/1     Running   0          3d"],
        # a box table's cell of words that say the value is not there
        ["| smtp_password | not set |", "| smtp_password | is required for login |"],
        # a Go struct's empty secret field, a struct under a name that is no secret
        [
            "{User:wandb Password: Database:wandb}",
            "{Session:{Name:wandb-session TTL:1h}}",
            "{Provider:s3 AccessKeyID: SecretAccessKey: Region:eu-west-1 UseIRSA:true}",
        ],
        # parameter expansions: a message, an empty default, a variable
        ['SMTP_PASSWORD="${SMTP_PASSWORD:?set SMTP_PASSWORD in .env}"'],
        ['SMTP_PASSWORD="${SMTP_PASSWORD:?required}"'],
        ["    environment:", "      REDIS: redis://:${REDIS_PASSWORD:-}@redis:6379/0"],
        ["API_TOKEN=${API_TOKEN:-${CI_JOB_TOKEN}}"],
        # hosts in a list, one of them named like LDAP's `bindpw`
        ["NO_PROXY=localhost,bindpw.corp.example.com,10.0.0.0/16,10.1.0.0/16,.svc"],
        # a preference cookie percent-encoded
        ["> Cookie: theme=dark; tz=America%2FArgentina%2FBuenos_Aires"],
        # a help text naming the markers of a key
        [
            "  --tls-key string   a PEM file: -----BEGIN PRIVATE KEY----- ... -----END PRIVATE KEY-----"
        ],
        # a TLS Secret that holds only certificates
        [
            "apiVersion: v1",
            "data:",
            "  ca.crt: " + _b64(_CERT),
            "  tls.crt: " + _b64(_CERT * 2),
            "kind: Secret",
            "type: kubernetes.io/tls",
        ],
    ],
)
def test_look_alike_stays(lines: list[str]) -> None:
    assert_kept(lines)


_DECODE = "$ kubectl get secret {s} -o jsonpath='{{.data.{f}}}' | base64 -d"


@pytest.mark.parametrize(
    ("field", "document", "secrets"),
    [
        (
            r"\.dockerconfigjson",
            {"auths": {"registry.example.com": {"username": "robot", "auth": "cm9ib3Q6UHE3eEx"}}},
            ["cm9ib3Q6UHE3eEx"],
        ),
        (
            r"credentials\.json",
            {"value": "Zq8vTm3Lp0Xw", "n": ["Aa1Bb2Cc3Dd4"]},
            ["Zq8vTm3Lp0Xw", "Aa1Bb2Cc3Dd4"],
        ),
        (r"token\.json", {"user": "bob", "key": 'Zq8v"Tm3Lp0XwKd'}, ["Tm3Lp0XwKd"]),
    ],
)
def test_a_decoded_secret_that_is_a_json_object_keeps_its_structure(
    field: str, document: dict[str, object], secrets: list[str]
) -> None:
    """A secret-named data field decoded on the line after its command: a JSON object's string
    values go one by one, whatever their names, and the line still parses."""
    lines = [_DECODE.format(s="regcred", f=field), json.dumps(document, separators=(",", ":"))]
    out = list(Redactor().lines(lines))
    assert not [s for s in secrets if s in "\n".join(out)], out
    assert isinstance(json.loads(out[1]), dict)
