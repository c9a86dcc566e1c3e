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
    ["map $http_x_api_key $api_client {", '    default          "";', '    "1DFs0bigKtkiVnkaQIc3sXlwI"  "ci-runner";', "}"],
    ['Warning: A secret was passed to "sh" using Groovy String interpolation, which is insecure.', "[Pipeline] sh", "+ echo af_oN1oRSRoPa5SOSbxP3b3rUaC3VlvefD | rev"],
]  # fmt: skip

LOOK_ALIKES = [
    ['{"property":{"source":"systemEnvironment","value":"https://wandb.example.com"},"propertySources":[{"name":"systemEnvironment","property":{"value":"https://wandb.example.com","origin":"System Environment Property \\"WANDB_BASE_URL\\""}}]}'],
    ['{"property":{"source":"systemEnvironment","value":"******"},"propertySources":[{"property":{"value":"******","origin":"System Environment Property \\"MYSQL_PASSWORD\\""}}]}'],
    ['        "bcrypt_hash": "$2a$10$",', '        "result": "[REDACTED:keyvalue:1]",'],
    ['        "name": "wandb",', '        "result": "ok",'],
    ["map $http_upgrade $connection_upgrade {", "    default upgrade;", "    ''      close;", "}"],
    ["map $http_x_api_key $api_client {", '    default "";', '    "[REDACTED:keyvalue:1]"  "ci-runner";', "}"],
    ['Warning: A secret was passed to "sh" using Groovy String interpolation, which is insecure.', "[Pipeline] sh", "+ echo deploying", "+ echo $WORKSPACE"],
    ['{"detail":"Cannot connect to mysql://wandb:***HIDDEN***@mysql.wandb.svc:3306/wandb_local (errno 1045)"}'],
    ["      --database-url <URL>  MySQL URL, e.g. mysql://user:password@host:3306/db [env: DATABASE_URL=]"],
]  # fmt: skip

test_dump_leaks = leaks_test(LEAKS)
test_dump_without_a_secret_passes = look_alikes_test(LOOK_ALIKES)
