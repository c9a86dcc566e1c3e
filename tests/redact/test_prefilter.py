"""The prefilter: both engines pick the same lines, and one instance serves many threads."""

from __future__ import annotations

import threading

import pytest

from wbdiag.redact.prefilter import ENV_ENGINE, EXACT, Prefilter

LINES = [
    "nothing here",
    "MYSQL_PASSWORD=abc",
    "",
    "Bearer token follows",
    "ünïcode line with SeCrEt inside",
    "exact Known-Value-99 here",
    "another plain line",
]


@pytest.mark.parametrize("engine", ["hyperscan", "re"])
def test_engines_pick_the_same_lines(engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_ENGINE, engine)
    pf = Prefilter([(["password", "bearer"], []), (["secret"], [])], ["Known-Value-99"])
    assert pf.engine == engine
    found = pf.lines(LINES)
    assert set(found) == {1, 3, 4, 5}
    if engine == "hyperscan":  # it also says which group matched
        assert found == {1: {0}, 3: {0}, 4: {1}, 5: {EXACT}}


def test_one_prefilter_many_threads() -> None:
    pf = Prefilter([(["password"], [r"password\s*="])], ["Known-Value-99"])
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(200):
                assert set(pf.lines(LINES)) == {1, 5}
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
