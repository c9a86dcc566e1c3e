"""The leak gate on what a redaction that missed these forms would let through: a Redis ACL rule
that sets a password (an `ACL LIST` reply's item, `ACL SETUSER`), `redis-cli CONFIG GET`'s raw
reply, Go's printed `url.Userinfo`, and the rest of a value glued to a redacted part (Helm's
escaped comma, an escaped quote inside bash's ANSI-C quoting); and the look-alikes beside them,
with both prefilter engines."""

from __future__ import annotations

from tests.redact.gatecases import leaks_test, look_alikes_test

LEAKS = [
    ['2) "user wandb on >Vg_*P2KuEBLZ5kq ~wandb:* &* +@all -@dangerous"'],
    ["user ml-reader on >Hq7!cW2nVb9zT4 ~runs:* +@read"],
    ["redis:6379> ACL SETUSER wandb on resetpass >Rt6z.Mn2+qLx8 ~* +@all"],
    ["$ redis-cli --raw CONFIG GET masterauth", "masterauth", "gipHy*sp-2SaPl"],
    ["$ redis-cli CONFIG GET '*pass*' | cat", "requirepass", "Wq7*Lz2kR9xVn", "masterauth", ""],
    ["DEBUG parsed redis url host=redis:6379 user=&{default d~-1WQTuQxsFrM0 true}"],
    ["helm upgrade wandb wandb/operator --set mysql.password=[REDACTED:keyvalue:1]\\,5z8Wqg!x8K"],
    ["MYSQL_PASSWORD=$'[REDACTED:keyvalue:1]0~rF*1m2 S38'"],
]
LOOK_ALIKES = [
    ['1) "user default on nopass ~* &* +@all"'],
    ["user wandb on #0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0 ~* +@all"],
    ["redis:6379> ACL SETUSER wandb on >[REDACTED:password_hash:1] ~* +@all"],
    ["if user count > 5 then warn"],
    ["$ redis-cli --raw CONFIG GET maxmemory-policy", "maxmemory-policy", "allkeys-lru"],
    ["$ redis-cli --raw CONFIG GET masterauth", "masterauth", "[REDACTED:keyvalue:1]"],
    ["DEBUG parsed redis url host=redis:6379 user=&{default  false}"],
    ["DEBUG opts=&{wandb enabled true}"],
    [
        "helm upgrade wandb wandb/operator --set ingress.hosts=a\\,b --set mysql.password=[REDACTED:keyvalue:1]"
    ],
]

test_leaks_are_flagged = leaks_test(LEAKS)
test_look_alikes_pass = look_alikes_test(LOOK_ALIKES)
