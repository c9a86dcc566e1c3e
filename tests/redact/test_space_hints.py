"""The hints of the key=value and generic layers for a value after a secret word and a space:
each is a necessary condition of its detector (a line the detector changes is picked for it,
through each alternative, by both engines), and MySQL 8's frequent deprecation notice, where
the word `password` ends a longer name and the next word is a key, is picked by neither. The
lines the hints picked before they were narrowed are still read by the detectors that follow
them (detectors.FOLLOWERS)."""

from __future__ import annotations

import pytest

from wbdiag.redact import Redactor
from wbdiag.redact.detectors import DETECTORS
from wbdiag.redact.detectors.generic import GENERIC_CONTEXT
from wbdiag.redact.detectors.keyvalue import KEY_VALUE
from wbdiag.redact.prefilter import ENV_ENGINE, Prefilter
from wbdiag.redact.redactor import detector_groups

ENGINES = pytest.mark.parametrize("engine", ["re", "hyperscan"])
KV = DETECTORS.index(KEY_VALUE)
GENERIC = DETECTORS.index(GENERIC_CONTEXT)

# (line, the group it must be picked for): the word as the whole key (redis.conf, .netrc, a
# key after dots), a directive that starts the line's body, a value after the generic word
PICKED = [
    ("requirepass Xk3mQ9zLp2wR", KV),
    ("masterauth Xk3mQ9zLp2wR", KV),
    ("machine example.com login wandb password Xk3mQ9zLp2wR", KV),
    ("2026-11-28T00:00:00Z .password Xk3mQ9zLp2wR", KV),
    ("  bindpw Xk3mQ9zLp2wR7;", KV),
    ("2026-11-28 10:00:00 INFO mac_secret Xk3mQ9zLp2wR7", KV),
    ("login failed: password Xk3mQ9zLp2wR7 rejected", GENERIC),
    ("mysql_native_password Xk3mQ9zLp2wR7", GENERIC),
    ("curl https://h/api?token=Xk3mQ9zLp2&page=next:", GENERIC),
    ("db secret => Mk3Lq9Zx7Pw:x", GENERIC),
    ("db_password " + "Xk3mQ9zLp2wR7" * 45 + ": x", GENERIC),  # (a value cut at its longest)
]

# MySQL 8's notice (as the bench's log mix and 8.0.34 write it) and look-alikes: a name that
# only ends in the word, then the next key
NOTICE = (
    "2026-11-28T00:00:00.097510Z 108 [Note] [MY-013360] [Server] Plugin mysql_native_password "
    "reported: ''mysql_native_password' is deprecated'"
)
NOT_KV = [
    NOTICE,
    NOTICE[:-1] + " and will be removed in a future release. Please use caching_sha2_password "
    "instead'",
    "validate_password checked: policy MEDIUM",
]
NOT_GENERIC = [NOTICE, "client_secret rotated: yes", "session token expired:"]


# a random token on a line that names a secret, whose name the hints above no longer pick
FOLLOWED = ["db_password expired: rotate to Xk3mQ9zLp2wR7aBcD9", "x_token a: Xk3mQ9zLp2wR7aBcD9"]


@pytest.fixture
def prefilter(engine: str, monkeypatch: pytest.MonkeyPatch) -> Prefilter:
    monkeypatch.setenv(ENV_ENGINE, engine)
    return Prefilter(detector_groups(), by_pattern=True)


@ENGINES
@pytest.mark.parametrize(("line", "group"), PICKED)
def test_a_line_the_detector_changes_is_picked(prefilter: Prefilter, line: str, group: int) -> None:
    assert list(Redactor().lines([line])) != [line]
    assert group in (prefilter.lines([line]).get(0) or ())


@ENGINES
@pytest.mark.parametrize("line", NOT_KV)
def test_a_longer_name_then_a_word_is_no_key_value_pick(prefilter: Prefilter, line: str) -> None:
    assert KV not in (prefilter.lines([line]).get(0) or ())
    assert list(Redactor().lines([line])) == [line]


@ENGINES
@pytest.mark.parametrize("line", NOT_GENERIC)
def test_the_next_key_after_the_word_is_no_generic_pick(prefilter: Prefilter, line: str) -> None:
    assert GENERIC not in (prefilter.lines([line]).get(0) or ())
    assert list(Redactor().lines([line])) == [line]


@ENGINES
@pytest.mark.parametrize("line", FOLLOWED)
def test_the_followers_still_read_what_the_hints_no_longer_pick(
    prefilter: Prefilter, line: str
) -> None:
    groups = prefilter.lines([line]).get(0) or set()
    assert KV not in groups
    assert GENERIC not in groups
    assert "random_in_context" in "".join(Redactor().lines([line]))
