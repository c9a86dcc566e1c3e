"""Secrets of database servers and their admin tools in their documented places: Oracle's
`user/password@service` after RMAN's `target` / `catalog`, SQL*Plus' `CONNECT` and a Data Pump
parameter file's `userid=` (detectors/positional.py); `nodetool -pw`, `orapki … -pwd`, DB2's
`connect … using`, pgAdmin's `setup.py add-user`, `rabbitmqctl encode`, mongosh's `db.auth`,
`ETCDCTL_USER`, CouchDB's config API, ClickHouse's ZooKeeper identity, HeidiSQL's settings,
Oracle's generated-password banner, Consul's ACL tokens and gossip key and MySQL Shell's
`user:password@host:port` (detectors/dbtools.py); MongoDB's automation config's key file
(nextmongo.py); CouchDB's `[admins]` and Pgpool's `pcp.conf` (nextusers.py); what
`consul keygen` and Elasticsearch's first start print (nextoutput.py). Made-up values in the
tools' documented forms, and the look-alikes beside them, with both prefilter engines."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, assert_redacted, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

# (line, the secret that must go, text next to it that must stay)
CASES = [
    ("rman target sys/Xq7!mLp2Rv9k@ORCLCDB nocatalog", "Xq7!mLp2Rv9k", "@ORCLCDB"),
    ("rman target / catalog rco/Wd8~kZq3Tn6y@RCATPDB", "Wd8~kZq3Tn6y", "catalog rco/"),
    ("SQL> connect system/Hv4+nQm8Ls2x@ORCLPDB1", "Hv4+nQm8Ls2x", "@ORCLPDB1"),
    ("userid=system/Pk9_rTz5Yw3m@//db.example.internal:1521/ORCLPDB1", "Pk9_rTz5Yw3m", "userid="),
    (
        "/usr/bin/nodetool -h 127.0.0.1 -u cassandra -pw Zr6Lq2Nv8Tx4 status",
        "Zr6Lq2Nv8Tx4",
        " status",
    ),
    (
        "orapki wallet create -wallet /u01/wallet -pwd Mb3!xKp7Qz2w -auto_login",
        "Mb3!xKp7Qz2w",
        "-auto_login",
    ),
    ("db2 connect to SAMPLE user db2inst1 using Tn5Rq8Lx2Vz7", "Tn5Rq8Lx2Vz7", "user db2inst1"),
    (
        "python3 setup.py add-user --admin ops@example.com Yk2Wm9Pq4Lr6",
        "Yk2Wm9Pq4Lr6",
        "ops@example.com",
    ),
    ("rabbitmqctl encode '<<\"Gx7Pn2Kq9Lm4\">>' Rv3Zt8Wq1Ny5", "Gx7Pn2Kq9Lm4", "encode '<<\""),
    ("rabbitmqctl encode '<<\"Gx7Pn2Kq9Lm4\">>' Rv3Zt8Wq1Ny5", "Rv3Zt8Wq1Ny5", "rabbitmqctl"),
    (
        '{encrypted,<<"q1Xr8Lm2Pz7Kt4Wn9Yv3Bc6Hd5Jf0Gs2Ak8Qe1Ro7Tu4Iy9">>}',
        "q1Xr8Lm2Pz7Kt4Wn9Yv3Bc6Hd5Jf0Gs2Ak8Qe1Ro7Tu4Iy9",
        "{encrypted,",
    ),
    ('db.auth("clusterAdmin", "Lq8Vn3Xz6Rk1")', "Lq8Vn3Xz6Rk1", '"clusterAdmin"'),
    (
        'admin> db.changeUserPassword("reporting", "Fp4Tw9Mz2Hq7", { w: "majority" })',
        "Fp4Tw9Mz2Hq7",
        '"majority"',
    ),
    ("export ETCDCTL_USER=root:Jc5Ny8Qv3Lt6", "Jc5Ny8Qv3Lt6", "ETCDCTL_USER=root:"),
    (
        "curl -X PUT http://127.0.0.1:5984/_node/_local/_config/admins/anna -d '\"Ws7Kp2Zx9Lm4\"'",
        "Ws7Kp2Zx9Lm4",
        "/_config/admins/anna",
    ),
    ("<identity>clickhouse:Rt6Qm1Xv8Pz3</identity>", "Rt6Qm1Xv8Pz3", "<identity>clickhouse:"),
    (
        "Servers\\prod\\Password<|||>1<|||>7A1C3E5F0B2D4F6A8C9E",
        "7A1C3E5F0B2D4F6A8C9E",
        "Servers\\prod\\Password",
    ),
    ("ORACLE PASSWORD FOR SYS AND SYSTEM: Kz4Pw8Nq2Ty6", "Kz4Pw8Nq2Ty6", "SYS AND SYSTEM"),
    (
        'initial_management = "3f2a9c1e-7b4d-4e8a-9f6c-2d1b0a9e8c7f"',
        "3f2a9c1e-7b4d-4e8a-9f6c-2d1b0a9e8c7f",
        "initial_management",
    ),
    (
        '    agent = "8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190"',
        "8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190",
        "agent",
    ),
    (
        'encrypt = "pUeDX4Xm8Lq2Tz7Rv1Nk6Wy3Hb9Jc5Gs0Fa4Ed8Qo2I="',
        "pUeDX4Xm8Lq2Tz7Rv1Nk6Wy3Hb9Jc5Gs0Fa4Ed8Qo2I=",
        "encrypt",
    ),
    (
        "consul agent -server -encrypt=pUeDX4Xm8Lq2Tz7Rv1Nk6Wy3Hb9Jc5Gs0Fa4Ed8Qo2I= -ui",
        "pUeDX4Xm8Lq2Tz7Rv1Nk6Wy3Hb9Jc5Gs0Fa4Ed8Qo2I=",
        "-ui",
    ),
    # MySQL Shell's and MySQL Router's connection without a scheme
    (
        "mysqlrouter --bootstrap clusteradmin:Wd7~Kz3!Tn6Yq@mysql-0.mysql:3306 --user=mysqlrouter",
        "Wd7~Kz3!Tn6Yq",
        "@mysql-0.mysql:3306",
    ),
    ("mysqlsh --uri=icadmin:Qm4Xv8Lp2Rz@db-0.example.internal:3306", "Qm4Xv8Lp2Rz", "icadmin:"),
    (" MySQL  JS > shell.connect('icadmin:Lx5Pz9Rk2Vn7@ic-1:3306')", "Lx5Pz9Rk2Vn7", "@ic-1:3306"),
    ("connecting to repl:Tq7mZx2Lp9wK@db-1:3306 failed", "Tq7mZx2Lp9wK", "@db-1:3306"),
    # Bitnami's MongoDB chart: the replica set's keyfile contents
    ("replicaSetKey: Nq3Vx8Lp2Rz7Kt4W", "Nq3Vx8Lp2Rz7Kt4W", "replicaSetKey"),
    # an Elasticsearch service token's hash (`config/service_tokens`)
    (
        "elastic/fleet-server/t1:{PBKDF2_STRETCH}10000$Qm7Lx2Pz9Kv4Rn8Tw3Yb6Hc1Jd5=$Vt6Xn1Lq8Pk3Zr7W=",
        "Qm7Lx2Pz9Kv4Rn8Tw3Yb6Hc1Jd5=",
        "{PBKDF2_STRETCH}",
    ),
]


@pytest.mark.parametrize("line,secret,kept", CASES)
def test_secret_goes(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)


def test_user_sections_go() -> None:
    assert_gone(
        [
            "[admins]",
            ";admin = changeme",
            "admin = Bq8Xr3Lm7Pz2Wk",
            "ops = -pbkdf2-0a1b2c3d,ee11,10",
        ],
        ["Bq8Xr3Lm7Pz2Wk", "-pbkdf2-0a1b2c3d,ee11,10"],
    )
    assert_gone(
        ["# USERID:MD5PASSWD", "pgpool:e8a48653851e28c69d0506508fb27fc5"],
        ["e8a48653851e28c69d0506508fb27fc5"],
    )


def test_automation_config_key_goes() -> None:
    # MongoDB's automation config: the key file's contents as `auth.key`, pretty or one line
    key = "Vx4FaNSfuS9B0MWGGe+FaD9AhYmdLzOjou/ly2qhwlG88ehN"
    assert_gone(
        [
            '  "auth": {',
            '    "autoUser": "mms-automation",',
            '    "disabled": false,',
            f'    "key": "{key}",',
            '    "keyfile": "/var/lib/mongodb-mms-automation/keyfile",',
        ],
        [key],
    )
    assert_gone([f'{{"auth":{{"autoUser":"mms-automation","key":"{key}","keyfile":"/k"}}}}'], [key])


def test_printed_keys_go() -> None:
    assert_gone(
        ["$ consul keygen", "Rw5Lq2Xz8Pm4Tk7Vn1Yb3Hc6Jd9Fs0Ga2Ek5Qo8Iu1Ty="], ["Rw5Lq2Xz8Pm4"]
    )
    assert_gone(
        [
            "ℹ️  Password for the elastic user (reset with "
            "`bin/elasticsearch-reset-password -u elastic`):",
            "  Hq2-Vz7Lx4Pm9Rk1Tw6",
        ],
        ["Hq2-Vz7Lx4Pm9Rk1Tw6"],
    )


LOOK_ALIKES = [
    # `elasticsearch-keystore list`: setting names, one a line
    "s3.client.default.access_key",
    "s3.client.default.secret_key",
    # etcd's bootstrap id, a Secret's name, a password by reference, a template's placeholder
    "initial-cluster-token: etcd-cluster-1",
    '  passwordFromSecret: "neo4j-credentials"',
    "NEO4J_AUTH=neo4j/$(cat /run/secrets/neo4j_password)",
    "*:*:*:replicator:CHANGE_ME",
    # a key id whose secret CockroachDB printed redacted
    "BACKUP INTO 's3://b/n?AWS_ACCESS_KEY_ID=AKIAMXI62ITLEO7C8CHP&AWS_SECRET_ACCESS_KEY=redacted'",
    # `influx auth list`: the token masked, the user's id after it
    "a9315a50ff260f0f\tadmin's Token\t\t**********\tadmin\t\t2f7b547a9aa15c8a\t[read:/orgs]",
    # a commented example, a setting without a key, a usage, a variable, an empty password
    "encrypt_verify_incoming = false",
    "db2 connect to SAMPLE user $DB2USER using $DB2PASS",
    "Servers\\prod\\Password<|||>1<|||>",
    'agent = "web-01"',
    # a user and a port beside a host, no password; another object's `key` after auth closes
    "mysqlsh --uri root@localhost:3306",
    "2024-05-01 INFO session user:alice@web-1:8080 opened",
]


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_look_alike_stays(line: str) -> None:
    assert_kept([line])


def test_listed_setting_names_stay() -> None:
    names = ["$ bin/elasticsearch-keystore list", "keystore.seed"]
    assert_kept([*names, "s3.client.default.access_key", "s3.client.default.secret_key"])
    assert_kept(["[admins]", ";admin = mysecretpassword"])
    assert_kept(
        [
            '  "auth": {',
            '    "autoUser": "mms-automation"',
            "  },",
            '  "key": "c2Vzc2lvbi1jYWNoZTI"',
        ]
    )
