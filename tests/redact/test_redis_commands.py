"""Redis commands that carry a password (detectors/rediscmd.py) where they are typed or logged:
a redis-cli prompt, a script's `set -x` trace, shell history, `MONITOR` output; and the
commands and ACL rules beside them that carry none."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

_SHA256 = "5e884898da28047151d0e56f8dc6292773603d0d6aca6e6e9e8b8b9c0d2f1a3b"
_MONITOR = "1764670000.123456 [0 10.0.0.7:51234] "


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        # HELLO's AUTH option: a user, then the password (SETNAME after it is a name)
        (["127.0.0.1:6379> HELLO 3 AUTH default Kq7#Wz2Lp9Rt SETNAME wbdiag", '1# "server" => "redis"'], ["Kq7#Wz2Lp9Rt"]),
        (["$ redis-cli -h cache hello 2 auth ops Tz9!pQ2wLx7R"], ["Tz9!pQ2wLx7R"]),
        # MIGRATE's AUTH (one argument) and AUTH2 (a user, then the password), before KEYS
        (['10.0.0.5:6379> MIGRATE 10.0.0.9 6379 "" 0 5000 COPY AUTH Lm4~qW8zPx2k KEYS wb:run:1 wb:run:2', "OK"], ["Lm4~qW8zPx2k"]),
        (["redis-cli -h cache MIGRATE 10.0.0.9 6379 wb:run:7 0 5000 REPLACE AUTH2 migrator Hq5!Rt8Lp3Zw"], ["Hq5!Rt8Lp3Zw"]),
        # ACL SETUSER's rules quoted by a script, several on a line; a removal names the password
        (["+ redis-cli -h cache ACL SETUSER wandb on '>Vb7nMq3X~cT1z' '~*' '&*' +@all -@dangerous", "OK"], ["Vb7nMq3X~cT1z"]),
        (['ACL SETUSER ci on ">Pw1Xq8Lm3Zt" ">Rt5Kd2Nw7Qs" ~ci:* +get'], ["Pw1Xq8Lm3Zt", "Rt5Kd2Nw7Qs"]),
        (["redis-cli ACL SETUSER ci on '<Gn9*xT4mKb2w' '>Yc3&hL8qWv5n'"], ["Gn9*xT4mKb2w", "Yc3&hL8qWv5n"]),
        # a password's unsalted SHA-256 goes by policy, quoted or not (docs/redaction.md)
        (["+ redis-cli ACL SETUSER ci on '#" + _SHA256 + "' '~*'"], [_SHA256]),
        # `-a` glued to a short password (six characters or more), as auditd decodes an argument
        (["redis-cli -h redis-master -aWq8#Lm ping"], ["Wq8#Lm"]),
        # redis-benchmark takes redis-cli's `-a`
        (["+ redis-benchmark -h redis -p 6379 -a Jx5~rM8vQk3z -t set,get -n 100000 -q", "SET: 90487.55 requests per second"], ["Jx5~rM8vQk3z"]),
        # MONITOR's quoted arguments: HELLO's and MIGRATE's AUTH2
        ([_MONITOR + '"HELLO" "3" "AUTH" "default" "Nk4@wZ8qLx2v"'], ["Nk4@wZ8qLx2v"]),
        ([_MONITOR + '"MIGRATE" "10.0.0.9" "6379" "" "0" "5000" "AUTH2" "migrator" "Wm4~pZ7xLq2c"'], ["Wm4~pZ7xLq2c"]),
        # MONITOR's CONFIG SET: the server's password, a replica's; Redis 7's several pairs
        ([_MONITOR + '"CONFIG" "SET" "requirepass" "Gx7~qL2!Wm9z"', _MONITOR + '"CONFIG" "REWRITE"'], ["Gx7~qL2!Wm9z"]),
        ([_MONITOR + '"config" "set" "maxmemory" "2gb" "masterauth" "Pt3\\"Kz8&Vn5"'], ['Pt3\\"Kz8&Vn5']),
        ([_MONITOR + '"CONFIG" "SET" "requirepass" "Hd5!xQ8mRw2z" "masterauth" "Lc7#vN3pTq9k"'], ["Hd5!xQ8mRw2z", "Lc7#vN3pTq9k"]),
        # a capture's RESP `AUTH` as hex (tshark's `-e tcp.payload`)
        (["7\t2a320d0a24340d0a415554480d0a2431320d0a" + b"Rw3Lq8Zx2Mv7".hex() + "0d0a"], [b"Rw3Lq8Zx2Mv7".hex()]),
    ],
)  # fmt: skip
def test_redis_passwords_go(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        # HELLO and MIGRATE without AUTH; a placeholder or a mask where the password would be
        ["127.0.0.1:6379> HELLO 3 SETNAME wbdiag", '1# "server" => "redis"'],
        ["127.0.0.1:6379> MIGRATE 10.0.0.9 6379 wb:run:1 0 5000 COPY REPLACE", "OK"],
        ["MIGRATE 10.0.0.9 6379 wb:run:1 0 5000 AUTH ****"],
        # prose that names the words
        ["We migrate the users to the AUTH service after the hello-world check."],
        # ACL rules that grant or name no password
        ["+ redis-cli ACL SETUSER reader on nopass '~cache:*' '&*' +@read", "OK"],
        ["ACL SETUSER ops on resetpass ~keys:* +@all -@dangerous", "ACL SETUSER bob on '>' ~*"],
        ["redis-benchmark -h redis -p 6379 -t set,get -n 100000 -q"],
        # MONITOR's CONFIG SET of other settings, or of an emptied password
        [_MONITOR + '"CONFIG" "SET" "maxmemory-policy" "allkeys-lru"', _MONITOR + '"CONFIG" "SET" "requirepass" ""'],
        # a capture's hex of another command (`PING`)
        ["11\t2a310d0a24340d0a50494e470d0a"],
    ],
)  # fmt: skip
def test_redis_look_alikes_stay(lines: list[str]) -> None:
    assert_kept(lines)
