"""The miner of errors no rule knows, and the `burst` condition built on it: templates through
analyze(), masking and folding, readable templates, bursts. Which lines are candidates:
test_miner_candidates.py; its speed: miner_bench.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.unit.unrecognised_support import LOG, RULE_MYSQL, run, ts
from wbdiag.rules.model import Status
from wbdiag.rules.unrecognised import (
    MIN_TEMPLATE_LETTERS,
    TemplateMiner,
    mask,
    message_of,
    readable_template,
)

K8S_LOG = "kubernetes/namespaces/wandb/logs/wandb-app-7d9f8c6b5-x2x4q/app.log"

RULE_BURST = """\
id: server.test_burst
title: test burst
severity: warning
category: server
description: a burst rule for the tests
message: "{template} at {rate}/min in {source} ({count} lines, {templates} templates)"
remediation: nothing to do here
references: [wandb/server#86]
condition:
  burst:
    per_minute: 100
"""


# -- the miner through analyze() -------------------------------------------------------------
def test_an_error_no_rule_knows_appears_with_its_count(tmp_path: Path) -> None:
    lines = [
        ts(0) + ' {"level":"error","msg":"failed to index run","run":"a1","error":"bad row 12"}',
        ts(1) + " all good here",
        ts(5) + ' {"level":"error","msg":"failed to index run","run":"b2","error":"bad row 907"}',
        ts(9) + ' {"level":"error","msg":"failed to index run","run":"c3","error":"bad row 3"}',
    ]
    a = run(tmp_path, {LOG: lines})
    (t,) = a.unrecognised
    assert (t.count, t.template) == (3, "failed to index run | bad row <num>")
    assert (t.first_seen, t.last_seen) == ("2026-11-28T10:00:00Z", "2026-11-28T10:00:09Z")
    assert (t.sample, t.sample_path, t.sample_line) == (lines[0], LOG, 1)
    assert t.source == "container wandb-local"


def test_lines_a_rule_explains_are_not_unrecognised(tmp_path: Path) -> None:
    refused = ts(0) + " panic: dial tcp 127.0.0.1:3306: connect: connection refused"
    a = run(
        tmp_path,
        {LOG: [refused, "", "goroutine 1 [running]:", "main.main()", ts(1) + " ERROR other"]},
    )
    (f,) = a.findings
    assert f.status is Status.FAIL
    assert (f.first_seen, f.last_seen) == ("2026-11-28T10:00:00Z", "2026-11-28T10:00:00Z")
    assert f.evidence[0].context == ("goroutine 1 [running]:", "main.main()")
    assert [t.template for t in a.unrecognised] == ["ERROR other"]


def test_info_lines_mentioning_error_are_not_unrecognised(tmp_path: Path) -> None:
    lines = [
        '{"level":"info","msg":"no errors found"}',
        '{"level":"debug","msg":"panic: none"}',
        "2026-11-28 10:00:00,123 INFO    HandlerThread:1 [x.py:f():1] 0 ERROR entries",
        'level=info msg="Error: none"',
        "2026-11-28T10:00:00.123456Z 0 [Note] [MY-010051] [Server] Event Scheduler: ERROR none",
    ]
    assert run(tmp_path, {LOG: lines}).unrecognised == []


def test_masking_merges_lines_differing_only_by_numbers_ips_and_ids(tmp_path: Path) -> None:
    lines = [
        ts(0) + " ERROR upload 123e4567-e89b-12d3-a456-426614174000 to 10.0.0.1:9000 failed"
        ' after 3 tries: "file-1.json" at /vol/minio/a/b (req 0xc000123, id deadbeef0001)',
        ts(1) + " ERROR upload 9f0c2a4e-1b2c-4d5e-8f90-a1b2c3d4e5f6 to 192.168.7.20:9001 failed"
        ' after 12 tries: "other.bin" at /vol/minio/c (req 0xc0abcd, id 00ffee991234)',
        ts(2) + " ERROR upload 00000000-0000-4000-8000-000000000000 to [::1]:9000 failed"
        ' after 1 tries: "x" at /tmp/x/y (req 0x1, id 1234567890ab)',
    ]
    different = ts(3) + " ERROR download 9f0c2a4e-1b2c-4d5e-8f90-a1b2c3d4e5f6 failed"
    (t, other) = run(tmp_path, {LOG: [*lines, different]}).unrecognised
    assert t.count == 3
    assert t.template == (
        'ERROR upload <uuid> to <ip> failed after <num> tries: "<*>" at <path> '
        "(req <hex>, id <hex>)"
    )
    assert other.count == 1


def test_each_source_has_its_own_templates_sorted_by_count(tmp_path: Path) -> None:
    a = run(
        tmp_path,
        {
            LOG: [ts(0) + " ERROR disk slow 1", ts(1) + " ERROR disk slow 2"],
            K8S_LOG: [ts(i) + f" ERROR disk slow {i}" for i in range(3)],
        },
    )
    assert [(t.source, t.count) for t in a.unrecognised] == [
        ("pod wandb/wandb-app-7d9f8c6b5-x2x4q container app", 3),
        ("container wandb-local", 2),
    ]


def test_top_n_per_source() -> None:
    miner = TemplateMiner()
    for i in range(30):
        for _ in range(i + 1):
            miner.observe(LOG, i, f"ERROR kind{'x' * i} failed", False)
    top = miner.templates(top_per_source=5)
    assert [t.count for t in top] == [30, 29, 28, 27, 26]
    assert len(miner.templates(top_per_source=None)) == 30


def test_a_go_panic_is_one_template_and_a_bare_traceback_is_its_exception(
    tmp_path: Path,
) -> None:
    lines = [
        "panic: runtime error: invalid memory address or nil pointer dereference",
        "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a5f1c]",
        "",
        "goroutine 1 [running]:",
        "main.main()",
        "\t/src/main.go:12 +0x1c",
        "Traceback (most recent call last):",
        '  File "/usr/local/bin/local", line 8, in <module>',
        "KeyError: 'GORILLA_LICENSE'",
    ]
    templates = [t.template for t in run(tmp_path, {LOG: lines}).unrecognised]
    assert templates == [
        "panic: runtime error: invalid memory address or nil pointer dereference",
        "KeyError: '<*>'",
    ]


def test_an_unquoted_variable_word_folds_once_five_templates_differ_in_it() -> None:
    miner = TemplateMiner()
    names = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]
    for i, name in enumerate(names[:4]):
        miner.observe(LOG, i, ts(i) + f" ERROR run queue {name} is paused", False)
    assert len(miner.templates()) == 4  # four different words could be four different errors
    for i, name in enumerate(names[4:], start=4):
        miner.observe(LOG, i, ts(i) + f" ERROR run queue {name} is paused", False)
    miner.observe(LOG, 9, ts(9) + " ERROR run queue alpha is paused", False)
    (t,) = miner.templates()
    assert (t.template, t.count, t.sample_line) == ("ERROR run queue <*> is paused", 7, 0)
    assert (t.first_seen, t.last_seen, t.burst_per_minute) == (
        "2026-11-28T10:00:00Z",
        "2026-11-28T10:00:09Z",
        7,
    )


def test_short_messages_do_not_fold() -> None:
    miner = TemplateMiner()
    for i, word in enumerate(["disk", "network", "memory", "cpu", "quota", "lock"]):
        miner.observe(LOG, i, f"ERROR {word} exhausted", False)
    assert len(miner.templates()) == 6


def test_message_of_json_takes_msg_and_error() -> None:
    obj = {"level": "error", "msg": "query failed", "error": "Error 1205: Lock wait timeout"}
    assert message_of("{}", obj) == "query failed | Error 1205: Lock wait timeout"
    assert mask(message_of("{}", obj)) == "query failed | Error <num>: Lock wait timeout"


# -- bursts ----------------------------------------------------------------------------------
def test_burst_rate_is_the_most_lines_within_sixty_seconds() -> None:
    miner = TemplateMiner()
    for i in range(50):  # one every 12 s: 5 in any minute
        miner.observe(LOG, i, ts(i * 12) + " ERROR slow tick", False)
    for i in range(400):  # then 400 within 40 s
        miner.observe(LOG, 100 + i, ts(600 + i // 10) + " ERROR hot loop 7", False)
    rates = {t.template: t.burst_per_minute for t in miner.templates()}
    assert rates == {"ERROR slow tick": 5, "ERROR hot loop <num>": 400}


def test_burst_condition_fires_on_a_hot_unrecognised_template(tmp_path: Path) -> None:
    hot = [ts(i // 5) + f" ERROR cache miss storm for key k{i:05d}" for i in range(150)]
    a = run(tmp_path, {LOG: hot}, RULE_BURST)
    (f,) = a.findings
    assert f.status is Status.WARN
    assert f.message == (
        "ERROR cache miss storm for key <id> at 150/min in container wandb-local "
        "(150 lines, 1 templates)"
    )
    assert f.evidence[0].line == 1
    assert (f.first_seen, f.last_seen) == ("2026-11-28T10:00:00Z", "2026-11-28T10:00:29Z")


def test_burst_condition_passes_on_a_slow_trickle_or_explained_lines(tmp_path: Path) -> None:
    slow = [ts(i * 2) + " ERROR cache miss" for i in range(150)]  # 30 per minute
    refused = [
        ts(i // 10) + " dial tcp 127.0.0.1:3306: connect: connection refused" for i in range(300)
    ]
    a = run(tmp_path, {LOG: slow + refused}, RULE_BURST, RULE_MYSQL)
    assert [f.status for f in a.findings] == [Status.PASS, Status.FAIL]


def test_burst_condition_is_not_evaluated_without_logs(tmp_path: Path) -> None:
    a = run(tmp_path, {"mysql/x.log.txt": ["ERROR x"]}, RULE_BURST)
    assert a.findings[0].status is Status.NOT_EVALUATED


# -- readable templates ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "template"),
    [
        # JSON error bodies keep their keys, lose their values
        (
            'wandb: ERROR failed to upsert bucket: returned error 403 Forbidden: {"errors":'
            '[{"message":"permission denied","path":["upsertBucket"]}]}',
            'wandb: ERROR failed to upsert bucket: returned error <num> Forbidden: {"errors":'
            '[{"message":"<*>","path":["<*>"]}]}',
        ),
        # a quoted file name before a colon is a value, not a key
        (
            'wandb: ERROR Error uploading "config.yaml": CommError, None',
            'wandb: ERROR Error uploading "<*>": CommError, None',
        ),
        # a JSON line's error field is its message
        ('{"error":"internal database error"}', "internal database error"),
        # a docker json-file envelope is unwrapped: the template is the program's line
        (
            '{"log":"mc: <ERROR> Unable to get mcConfigDir. exit status 2.\\n","stream":"stderr"}',
            "mc: <ERROR> Unable to get mcConfigDir. exit status <num>.",
        ),
        # a line that is a GraphQL response: its errors' messages
        (
            '{"errors":[{"message":"Sweep user not valid","path":["upsertSweep"]}],'
            '"data":{"upsertSweep":null}}',
            "Sweep user not valid",
        ),
        # JSON cut by a paste or a cap: its message field is still found
        (
            '"source":"gorilla/logging_gen.go:3900","pid":1061},"message":"Failed to call '
            'FetchSessionByID(1): Error 1064 (42000): syntax error",',
            "Failed to call FetchSessionByID(<num>): Error <num> (<num>): syntax error",
        ),
    ],
)
def test_templates_stay_readable(line: str, template: str) -> None:
    miner = TemplateMiner()
    miner.observe(LOG, 1, line, False)
    assert [t.template for t in miner.templates()] == [template]


@pytest.mark.parametrize(
    "message",
    [
        '{"a": "b", "c": "d"}',
        '"/vol/env/users.htpasswd"',
        "ERROR /vol/minio/.minio.sys/tmp/abc",
        "ERROR: user=alice bucket=wandb-prod",
        "ERROR '7d9f8c6b5' 'x2x4q'",
    ],
)
def test_a_template_is_never_placeholders_only(message: str) -> None:
    template = readable_template(message)
    letters = "".join(c for c in re.sub(r"<[a-z]+>|<\*>", "", template) if c.isalpha())
    assert len(letters) >= MIN_TEMPLATE_LETTERS or template == message, template


@pytest.mark.parametrize("message", ["{", "  { ", "500", "[-1] {}", "-1 / 0"])
def test_a_message_without_a_word_has_no_template(message: str) -> None:
    assert readable_template(message) == ""
