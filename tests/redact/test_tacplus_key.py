"""tac_plus's top-level `key = "…"` (tacplus.py): it goes in a block that also holds tac_plus's
own statements (`user = NAME {`, `group = NAME {`, `accounting file = …`, `login = cleartext
…`); a `key = …` line in any other file, a placeholder and the statements' names stay."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

GIVEN = [
    (['key = "cY9rvAvjIwsL4_nPrzki"', "user = netops {", '    login = cleartext "pnvoFp~pkW+w3K"',
      "    member = admins", "}"], ["cY9rvAvjIwsL4_nPrzki", "pnvoFp~pkW+w3K"]),
    (["# tac_plus.conf", "key = ux-A6Mt*ng.zsJ8QQC!7  # shared with the switches",
      "accounting file = /var/log/tac_plus.acct", "group = admins {", "    default service = permit",
      "}"], ["ux-A6Mt*ng.zsJ8QQC!7"]),
    (['key = "vZIOMtH6csX1icuRr!In"', "", "user = DEFAULT {", "    login = PAM", "}"],
     ["vZIOMtH6csX1icuRr!In"]),
]  # fmt: skip

STAYS = [
    # a TOML table's entry, an INI setting: no tac_plus statement in the file
    ["[cache]", 'key = "user-sessions"', "ttl = 300"],
    ['key = "cY9rvAvjIwsL4_nPrzki"', "user = netops", "login = foo"],
    # HCL's object after `user =` names no user
    ['key = "cY9rvAvjIwsL4_nPrzki"', "user = {", '  name = "netops"', "}"],
    # a placeholder in a tac_plus file
    ['key = "${TACACS_KEY}"', "user = netops {", "    login = PAM", "}"],
    ["key = CHANGEME", "accounting file = /var/log/tac_plus.acct"],
]


@pytest.mark.parametrize(("lines", "secrets"), GIVEN)
def test_the_daemons_key_goes(lines: list[str], secrets: list[str]) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize("lines", STAYS)
def test_a_key_elsewhere_stays(lines: list[str]) -> None:
    assert_kept(lines)
