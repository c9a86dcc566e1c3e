"""The leak gate reads values configuration dumps show apart from their name (gatedumps.py):
Spring actuator's answer for one property, a Terraform random_password's result, an nginx map
under a secret source, a literal echoed after Jenkins' Groovy interpolation warning; and the
masks and examples a dump shows in a URL's place of a password (gatepublic.py). Made-up cases in
the forms the tools print, and near misses that stay unflagged."""

from __future__ import annotations

from tests.redact.gatecases import leaks_test, look_alikes_test

LEAKS = [
    ['{"property":{"source":"systemEnvironment","value":"NiSxYAZ~Z!v5.!X1QV!C8"},"propertySources":[{"name":"systemEnvironment","property":{"value":"PMF7Qa76VSsECe-gb-N","origin":"System Environment Property \\"KAFKA_SASL_PASSWORD\\""}}]}'],
    ['      "attributes": {', '        "bcrypt_hash": "$2a$10$",', '        "id": "none",', '        "length": 32,', '        "result": "4v.Ik3Sjt_AmsJ",'],
    ['{"attributes":{"bcrypt_hash":"$2a$10$x","id":"none","result":"hYqTVOwoQF0~~-tq"}}'],
    # a random_string's result (no bcrypt_hash), below its resource's type
    ['      "type": "random_string",', '      "name": "db_admin",', '      "instances": [ { "schema_version": 2, "attributes": {', '            "id": "Lq2Wv8Zr5Tn3Kx7Pm9Bc4Hd6",', '            "length": 24,', '            "result": "Lq2Wv8Zr5Tn3Kx7Pm9Bc4Hd6",'],
    ['    "type": "random_password",', '    "instances": [', '      {', '        "attributes": {', '          "result": "Zx8Cv7Bn6Mq5Wr4T",'],
    ["map $http_x_api_key $api_client {", '    default          "";', '    "1DFs0bigKtkiVnkaQIc3sXlwI"  "ci-runner";', "}"],
    ['Warning: A secret was passed to "sh" using Groovy String interpolation, which is insecure.', "[Pipeline] sh", "+ echo af_oN1oRSRoPa5SOSbxP3b3rUaC3VlvefD | rev"],
]  # fmt: skip

LOOK_ALIKES = [
    ['{"property":{"source":"systemEnvironment","value":"https://wandb.example.com"},"propertySources":[{"name":"systemEnvironment","property":{"value":"https://wandb.example.com","origin":"System Environment Property \\"WANDB_BASE_URL\\""}}]}'],
    ['{"property":{"source":"systemEnvironment","value":"******"},"propertySources":[{"property":{"value":"******","origin":"System Environment Property \\"MYSQL_PASSWORD\\""}}]}'],
    ['        "bcrypt_hash": "$2a$10$",', '        "result": "[REDACTED:keyvalue:1]",'],
    # a random_string that names a resource (a short suffix), and a result of another type
    ['      "type": "random_string",', '      "name": "bucket_suffix",', '      "instances": [ { "attributes": {', '            "length": 6,', '            "result": "x8k2qa",'],
    ['      "type": "random_id",', '      "instances": [ { "attributes": {', '            "hex": "9f2c4a1e",', '            "result": "nxw9QQ"'],
    ['      "type": "random_string",', '      "name": "suffix"', '    },', '    {', '      "type": "aws_s3_bucket",', '      "attributes": {', '            "result": "wandb-bucket-Lq2Wv8Zr"'],
    ['        "name": "wandb",', '        "result": "ok",'],
    ["map $http_upgrade $connection_upgrade {", "    default upgrade;", "    ''      close;", "}"],
    ["map $http_x_api_key $api_client {", '    default "";', '    "[REDACTED:keyvalue:1]"  "ci-runner";', "}"],
    ['Warning: A secret was passed to "sh" using Groovy String interpolation, which is insecure.', "[Pipeline] sh", "+ echo deploying", "+ echo $WORKSPACE"],
    ['{"detail":"Cannot connect to mysql://wandb:***HIDDEN***@mysql.wandb.svc:3306/wandb_local (errno 1045)"}'],
    ["      --database-url <URL>  MySQL URL, e.g. mysql://user:password@host:3306/db [env: DATABASE_URL=]"],
]  # fmt: skip

test_dump_leaks = leaks_test(LEAKS)
test_dump_without_a_secret_passes = look_alikes_test(LOOK_ALIKES)
