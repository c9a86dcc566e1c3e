"""Configuration files as projects ship them and their tools print them: what stands where a
secret would (a mask, a reference, a usage line's name, a comment, a component's name) stays,
and a real secret of the same layout goes."""

from __future__ import annotations

import pytest

from wbdiag.redact import Redactor
from wbdiag.redact.values import PLACEHOLDER


def _redact(lines: list[str]) -> list[str]:
    return list(Redactor().lines(lines))


# (lines, a secret in them, or None for a look-alike that must come back unchanged)
CASES: list[tuple[list[str], str | None]] = [
    # kubectl config view without --raw prints DATA+OMITTED and REDACTED
    (["users:", "- name: admin", "  user:", "    client-key-data: DATA+OMITTED"], None),
    (
        ["users:", "- name: admin", "  user:", "    token: eyQ7s9TkWm2xPbR4vZ8nLc1dHf6"],
        "eyQ7s9TkWm2xPbR4vZ8nLc1dHf6",
    ),
    # Argo CD's reference to a key of argocd-secret, and a literal client secret
    (["        config:", "          clientSecret: $dex.github.clientSecret"], None),
    (["        config:", "          clientSecret: $oidc-auth:clientSecret"], None),
    (
        ["        config:", "          clientSecret: 7f3Kq9ZmW2xVb8RtN5cLp1Yd"],
        "7f3Kq9ZmW2xVb8RtN5cLp1Yd",
    ),
    # Make's escaped `$` in a recipe, and a literal password after -p
    (['\tdocker exec -it db mysql -uroot -p"$$MYSQL_ROOT_PASSWORD" wandb'], None),
    (['\tdocker exec -it db mysql -uroot -p"Tq7.mZ2kW9xr" wandb'], "Tq7.mZ2kW9xr"),
    (["mysql -uroot -p****** wandb"], None),
    # mc's usage line names its arguments in capitals
    (["mc alias set ALIAS HOSTNAME ACCESS_KEY SECRET_KEY"], None),
    (["mc alias set store https://minio.example.com ACCESSKEY SECRETKEY"], None),
    (
        ["mc alias set store https://minio.example.com wandb-svc Rk8sV2qWm7ZpX4tLc9Nb"],
        "Rk8sV2qWm7ZpX4tLc9Nb",
    ),
    # Bitnami's `## @param` comments between the children of an `auth:` block
    (
        [
            "auth:",
            "  client:",
            "    ## @param auth.client.enabled Enable ZooKeeper client-server authentication",
            "    enabled: false",
        ],
        None,
    ),
    (
        [
            "auth:",
            "  client:",
            "    ## @param auth.client.clientPassword",
            "    clientPassword: Wq9Zt4kLm2Xv",
        ],
        "Wq9Zt4kLm2Xv",
    ),
    # OpenTelemetry's authenticator names an extension
    (["        auth:", "          authenticator: basicauth/server"], None),
    (["        auth:", "          password: Hd8Kq2mZx7Wt"], "Hd8Kq2mZx7Wt"),
    # Spring's actuator says where a (masked) value came from
    (
        [
            '    "spring.datasource.password" : {',
            '      "value" : "******",',
            '      "origin" : "System Environment Property \\"SPRING_DATASOURCE_PASSWORD\\""',
            "    },",
        ],
        None,
    ),
    (
        [
            '    "spring.datasource.password" : {',
            '      "value" : "Lm4Qz8Wk2Tx7",',
            "    },",
        ],
        "Lm4Qz8Wk2Tx7",
    ),
    # External Secrets: the key the target Secret holds the value under
    (["  data:", "  - secretKey: license", "    remoteRef:", "      key: wandb/smtp"], None),
    (["  data:", "  - secretKey: Zq8mW3kT7xLp"], "Zq8mW3kT7xLp"),
    # a variable piped into a command that reads it: the command's own output follows
    (
        [
            '$ echo "$HARBOR_TOKEN" | helm registry login r.example.com --password-stdin',
            "Login Succeeded",
        ],
        None,
    ),
    (['$ echo "$HARBOR_TOKEN"', "hb7Kq2Wm9ZxT4vLs"], "hb7Kq2Wm9ZxT4vLs"),
    # a setting's name in camel case before its `=`, and a log4j logger with its method
    (
        [
            "velero install --secret-file ./credentials-velero \\",
            '    --backup-location-config region=minio,s3ForcePathStyle="true"',
        ],
        None,
    ),
    (
        [
            "2025-01-25 07:57:40 DEBUG nl.b3p.viewer.config.services.JDBCFeatureSource:nl.b3p.viewer"
            ".config.services.JDBCFeatureSource.createDataStore(JDBCFeatureSource.java:207) - "
            "Opening datastore using parameters: {port=5432, passwd=****, user=wandb}"
        ],
        None,
    ),
    (["opening datastore: {port=5432, secret=k3Rz9QmW7xT2vLp8Nc4Y}"], "k3Rz9QmW7xT2vLp8Nc4Y"),
]


# secrets in layouts of their own, each beside a look-alike of the same layout
LEAK_CASES: list[tuple[list[str], str | None]] = [
    # `az storage account keys list`: the record of a key, its `value` the key
    (
        [
            "  {",
            '    "creationTime": "2023-03-20T10:31:01.363396+00:00",',
            '    "keyName": "key1",',
            '    "permissions": "FULL",',
            '    "value": "Qm8xZ2VtV0pyb3ZlbE9kRjNuWkF0cG1rSDl4cTJ3WnlMNGJSdFZzS2M3ZU5qUGEx9w=="',
            "  },",
        ],
        "Qm8xZ2VtV0pyb3ZlbE9kRjNuWkF0cG1rSDl4cTJ3WnlMNGJSdFZzS2M3ZU5qUGEx9w",
    ),
    (
        ["  {", '    "keyName": "key1",', '    "permissions": "FULL",', '    "value": ""', "  },"],
        None,
    ),
    # Terraform state: a random_password's result, deep in its instance's attributes
    (
        [
            '      "type": "random_password",',
            '      "name": "master",',
            '      "instances": [',
            "        {",
            '          "attributes": {',
            '            "length": 24,',
            '            "result": "d8ztg6+htgsbgIPhriyzn-X9",',
        ],
        "d8ztg6+htgsbgIPhriyzn-X9",
    ),
    (
        [
            '      "type": "random_pet",',
            '      "name": "suffix",',
            '      "instances": [',
            "        {",
            '          "attributes": {',
            '            "result": "Kq8mW2zT7xLpR4vN",',
        ],
        None,
    ),
    # Grafana's ini wraps a password holding `#` or `;` in triple quotes
    (['password = """x9t*zo7#ZUIOr5;WGma2N8"""'], "x9t*zo7#ZUIOr5;WGma2N8"),
    (['password = """"""'], None),
    # MySQL 5.7's master.info: count, binary log, position, host, user, password, port
    (
        [
            "25",
            "mysql-bin.136537",
            "574705",
            "10.194.179.239",
            "replicator",
            "nnn~8~10Wrz+tSHOK5",
            "3306",
        ],
        "nnn~8~10Wrz+tSHOK5",
    ),
    # MySQL 8's default binary log name, `binlog.NNNNNN`, and its empty trailing lines
    (
        [
            "25",
            "binlog.000917",
            "17050",
            "mysql-0.mysql-headless.wandb.svc.cluster.local",
            "repl",
            "gfygs20GILi_ZnZSUF",
            "3306",
            "60",
            "0",
            "",
            "",
        ],
        "gfygs20GILi_ZnZSUF",
    ),
    # relay-log.info: numbers where master.info holds a host and a user
    (["7", "./relay-bin.000002", "4", "mysql-bin.000001", "154", "0", "1", "1"], None),
    (["11", "./mysql-relay-bin.000004", "4", "binlog.000836", "29947", "0", "0", "1"], None),
    # a listing of binary logs names no password
    (["binlog.000835", "binlog.000836", "binlog.index"], None),
    # ZooKeeper's shell: `addauth digest user:password`; an ACL lists the password's digest
    (
        ["[zk: zk-0:2181(CONNECTED) 0] addauth digest kafka:S1*lq73nbWAyzy97p1"],
        "S1*lq73nbWAyzy97p1",
    ),
    (["'digest,'kafka:drVGEzi2NKFwzmUdPwXR5VaG5O8=", ": cdrwa"], None),
    # MySQL's temporary password may hold a dot
    (
        [
            "2025-08-25T04:42:44.837904Z 6 [Note] [MY-010454] [Server] A temporary password is "
            "generated for root@localhost: mw.lqgxwFgO7"
        ],
        "mw.lqgxwFgO7",
    ),
    (
        [
            "2025-08-25T04:42:44.837904Z 6 [Note] [MY-010454] [Server] A temporary password is "
            "generated for root@localhost: Administrator"
        ],
        None,
    ),
]


@pytest.mark.parametrize(("lines", "secret"), CASES + LEAK_CASES)
def test_shipped_config_layouts(lines: list[str], secret: str | None) -> None:
    out = _redact(lines)
    if secret is None:
        assert out == lines
    else:
        text = "\n".join(out)
        assert secret not in text
        assert PLACEHOLDER.search(text)
