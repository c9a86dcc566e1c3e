"""Web frameworks' and application servers' secrets in their own files: express-basic-auth's
static users (detectors/positional.py), Magento's `env.php` crypt key below its nested array and
WildFly's users files by the comments they open with (nextsections.py); and the look-alikes: a
map of roles, another nested array's `key`, the template's commented-out example. Layouts follow
express-basic-auth's README, Magento's `env.php` reference and WildFly's `add-user` docs."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, assert_redacted, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")


def test_basic_auth_users_go() -> None:
    assert_redacted("  users: { 'grafana': 'Tq8v.Kx2-Lm7Wp4' },", "Tq8v.Kx2-Lm7Wp4", "'grafana'")
    line = 'app.use(basicAuth({ users: { admin: \'Zr9Nb3Hc6Yd1\', "ops": "Wm5xLp8Rk2vT" } }))'
    assert_gone([line], ["Zr9Nb3Hc6Yd1", "Wm5xLp8Rk2vT"])


def test_users_map_of_roles_stays() -> None:
    assert_kept(["  users: { 'alice': 'admin', 'bob': 'viewer' },"])
    assert_kept(["const state = { users: {}, loading: false };"])


def test_magento_crypt_key_goes() -> None:
    key = "3f9b7d2e5a1c8b4f6e0d2a9c7b5e3f1a"
    lines = ["return [", "    'crypt' => [", f"        'key' => '{key}'", "    ],"]
    assert_gone(lines, [key])


def test_other_nested_key_stays() -> None:
    assert_kept(["    'cache' => [", "        'key' => 'frontend_default'", "    ],"])
    assert_kept(["    'crypt' => [", "    ],", "    'session' => [", "        'save' => 'files'"])


def test_wildfly_users_file_goes() -> None:
    digest = "5c8e1a4b9c1e4a7b2d5f8c0e3a6b9d2f"
    lines = [
        "# Users can be added to this properties file at any time, updates after the server has started",
        "# will be automatically detected.",
        "#",
        "#admin=2a0923285184943425d1f53ddd58ec7a",
        f"opsadmin={digest}",
    ]
    assert_gone(lines, [digest])
    assert_kept(["#admin=2a0923285184943425d1f53ddd58ec7a", "# Users can be added later."])
