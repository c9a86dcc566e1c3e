"""The miner lists an error object pretty-printed one member a line, by the member naming its class
(pino's `err: {`, Nextcloud's JSON record opened by a bare `{`), and a failure's labelled fields
(`Error code: InvalidArgument`), error_records.py; members naming anything else, empty codes and
prose stay out. Each line goes through the scan's candidates first, as in a real log."""

from __future__ import annotations

import json

import pytest

from wbdiag.rules.corpus import Entry, Variant, Verdict, evaluate_entry
from wbdiag.rules.error_candidates import CANDIDATE_PATTERNS
from wbdiag.rules.error_records import RECORD_CANDIDATES
from wbdiag.rules.loader import load_pack
from wbdiag.rules.portable_regex import check_portable
from wbdiag.rules.unrecognised import MinerVerdict, miner_verdict


def _listed(line: str) -> bool:
    """Listed as it stands, and inside a docker json-file log's envelope."""
    wrapped = json.dumps({"log": line + "\n", "stream": "stderr", "time": "2026-01-02T03:04:05Z"})
    plain, enveloped = miner_verdict(line), miner_verdict(wrapped)
    assert plain is enveloped or MinerVerdict.NOT_CANDIDATE not in (plain, enveloped), line
    return plain is MinerVerdict.LISTED


@pytest.mark.parametrize(
    "line",
    [
        # pino's serialized error under `err: {` (Directus, directus/directus#20688 and #21058)
        '  "type": "S3ServiceException",',
        '      "type": "Error",',
        '  "type": "TypeError"',
        # Nextcloud's JSON record pretty-printed (nextcloud/server#29142), PHP's namespace escaped
        '    "Exception": "Sabre\\\\DAV\\\\Exception",',
        '    "Exception": "OCA\\\\Files_External\\\\Lib\\\\StorageNotAvailableException",',
        # a Java class, a Laravel context's class, an error type field
        '    "exception": "java.lang.IllegalStateException",',
        '  "class": "Illuminate\\\\Database\\\\QueryException",',
        '  "errorType": "ValidationError",',
        # a failure's labelled fields, alone or behind a speaker (Heroku's dyno, directus#5435)
        "Error code: InvalidArgument",
        "2021-05-03T16:32:08.348835347Z app[web.1]: Error code: NoSuchBucket",
        "app[worker.1]: Error type: TimeoutError",
        "Exception type: System.IO.IOException",
    ],
)
def test_error_objects_and_fields_are_listed(line: str) -> None:
    assert _listed(line)


@pytest.mark.parametrize(
    "line",
    [
        # members naming something else, or no failure
        '  "type": "Warning",',
        '  "type": "object",',
        '  "kind": "OBJECT",',
        '  "exception": "",',
        '  "message": "Run created",',
        # an object's opening lines, which say nothing yet
        "err: {",
        "{",
        # an empty code, and prose naming the label
        "Error code: 0",
        "Error code: None",
        "app[web.1]: Error code: null",
        "The Error code: field holds the S3 code when a request fails",
        "2020-02-01T11:04:31.823281+00:00 app[worker.1]: Connected to redis://h@example:26099//",
    ],
)
def test_look_alikes_stay_out(line: str) -> None:
    assert not _listed(line)


def test_a_pretty_printed_error_object_is_listed_in_every_layout() -> None:
    text = "\n".join(
        [
            "err: {",
            '  "type": "S3ServiceException",',
            '  "message": "UnknownError",',
            '  "stack":',
            "      InvalidAccessKeyId: UnknownError",
            "          at throwDefaultError (/app/node_modules/@aws-sdk/smithy-client/x.js:8:22)",
        ]
    )
    entry = Entry(
        "unit", 1, text, "unrecognised", "https://github.com/directus/directus/issues/20688", None
    )
    pack = load_pack(None)
    for variant in Variant:
        result = evaluate_entry(pack, entry, variant)
        assert result.verdict is Verdict.COVERED, (variant, result.reason())
        assert any("S3ServiceException" in t for t in result.templates)


def test_candidates_are_portable_and_included() -> None:
    for pattern in RECORD_CANDIDATES:
        assert check_portable(pattern) is None, pattern
    assert set(RECORD_CANDIDATES) <= set(CANDIDATE_PATTERNS)


@pytest.mark.parametrize(
    "line",
    [
        # a logger handed no message writes its level and time only (pomerium/pomerium#4319,
        # heldout62 #44)
        '{"level":"error","time":"2023-06-27T23:56:38Z"}',
        '{"level":"fatal","ts":1687910198.123,"caller":"cmd/main.go:40","logger":"proxy"}',
    ],
)
def test_a_record_of_level_and_time_only_is_not_listed(line: str) -> None:
    assert not _listed(line)


@pytest.mark.parametrize(
    "line",
    [
        '{"level":"error","time":"2023-06-27T23:56:38Z","msg":"failed to sync users"}',
        '{"level":"error","time":"2023-06-27T23:56:38Z","error":"context deadline exceeded"}',
    ],
)
def test_a_record_with_a_message_is_listed(line: str) -> None:
    assert _listed(line)
