"""A secret and its history as people write them down: the old value struck through before the
new one (detectors/struck.py), and a Windows console that sets a variable and echoes it
(nextline.py: the echo's output line)."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

# (lines of one file, the secrets that must go)
GONE = [
    (["- DB password: ~~Hq8-mZ2pX7vN~~ Zx8.pQ4LmWt7r"], ["Hq8-mZ2pX7vN", "Zx8.pQ4LmWt7r"]),
    (["* api token: ~~ghx8Tq2LmZp0Vb9a~~ → Qr3wLm8Zp0Vb9aX2"],
     ["ghx8Tq2LmZp0Vb9a", "Qr3wLm8Zp0Vb9aX2"]),
    (["API_KEY=<del>Xk9vQ2mLp7Zr</del> Lm7pQx2ZvW9k"], ["Xk9vQ2mLp7Zr", "Lm7pQx2ZvW9k"]),
    (["C:\\Users\\ana>set MY_API_KEY=0a1b2c3d4e5f60718293a4b5c6d7e8f901234567", "",
      "C:\\Users\\ana>echo %MY_API_KEY%", "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567"],
     ["0a1b2c3d4e5f60718293a4b5c6d7e8f901234567"]),
    (["C:\\work>echo %DB_PASSWORD%", "Hq8-mZ2pX7vN3"], ["Hq8-mZ2pX7vN3"]),
    (["PS C:\\> echo $env:DB_PASSWORD", "Hq8-mZ2pX7vN3"], ["Hq8-mZ2pX7vN3"]),
]  # fmt: skip
KEPT = [
    ["- ~~old plan~~ new plan"],
    ["- password policy: ~~8 chars~~ 12 chars"],
    ["status: ~~done~~ reopened"],
    ["C:\\Users\\ana>echo %PATH%", "C:\\Windows\\system32;C:\\Windows"],
    ["C:\\Users\\ana>echo %USERNAME%", "ana_admin_2024"],
]


@pytest.mark.parametrize(("lines", "secrets"), GONE)
def test_an_old_and_an_echoed_secret_go(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize("lines", KEPT)
def test_struck_words_and_echoed_settings_stay(lines: list[str]) -> None:
    assert_kept(lines)
