"""Package managers' and registries' credentials where their own commands, headers and URLs put
them (`cargo login`, `composer config`, JFrog's API key header, a Cloudsmith entitlement path,
a token as an index URL's user, `docker login -p=`), and their look-alikes: what `npm config
ls` and `npm token list` mask, a CLI's warning and help text, `mvn -X`'s repository policy, a
checksum sidecar, Cargo's provider names, Leiningen's references, a lockfile's package, a URL
a tool masked before a module path's `@v`."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, assert_redacted, both_engines  # noqa: F401

pytestmark = pytest.mark.usefixtures("both_engines")

# (line, the secret that must go, text next to it that must stay)
CASES = [
    (
        "  412  cargo login cioQ7wLm2Rt9Zk4WbXv8Hn3Jd5Fs6Ga1Kc",
        "Q7wLm2Rt9Zk4WbXv8Hn3",
        "cargo login",
    ),
    (
        "cargo login --registry internal Xk3mQ9zLp2Wv7Rt5Nb8Hc4",
        "Xk3mQ9zLp2Wv7Rt5Nb8Hc4",
        "internal",
    ),
    (
        "$ composer config --global bearer.repo.example.org Wq3xRt8zKp5Lm2Vb9Nc4Hd7Fs",
        "Wq3xRt8zKp5Lm2Vb9Nc4Hd7Fs",
        "bearer.repo.example.org",
    ),
    (
        "composer config -g http-basic.repo.example.org deploy Tq8vKx2Lm7Wp4Zr9",
        "Tq8vKx2Lm7Wp4Zr9",
        "http-basic.repo.example.org deploy",
    ),
    (
        'curl -H "X-JFrog-Art-Api:AKCpRt8zKp5Lm2Vb9Nc4Hd7Fs3Wq6Jx1Yz" -T a.tgz "https://r.example.org/x"',
        "Rt8zKp5Lm2Vb9Nc4Hd7Fs3Wq6Jx1Yz",
        "-T a.tgz",
    ),
    (
        "pip install --extra-index-url https://dl.cloudsmith.io/Lm7Wp4Zr9Nb3Hc6Y/org/repo/python/simple/ x",
        "Lm7Wp4Zr9Nb3Hc6Y",
        "/org/repo/python/simple/",
    ),
    (
        "deb https://dl.cloudsmith.io/Kp5Lm2Vb9Nc4Hd7F/org/repo/deb/debian bookworm main",
        "Kp5Lm2Vb9Nc4Hd7F",
        "bookworm main",
    ),
    (
        "index-url = https://Zr9Nb3Hc6Yd1Fs5JqW2x:@pypi.example.org/org/",
        "Zr9Nb3Hc6Yd1Fs5JqW2x",
        "@pypi.example.org/org/",
    ),
    (
        'docker login -u="org+deploy" -p="QW3RT8ZKP5LM2VB9NC4HD7FS6JX1YZ0" registry.example.org',
        "QW3RT8ZKP5LM2VB9NC4HD7FS6JX1YZ0",
        "registry.example.org",
    ),
]


@pytest.mark.parametrize(("line", "secret", "kept"), CASES)
def test_shape(line: str, secret: str, kept: str) -> None:
    assert_redacted(line, secret, kept)


LOOK_ALIKES = [
    # `npm config ls`: the token masked, the next line a setting of its own (as long as it)
    ["//npm.example.org/:_authToken = (protected)", '@org:registry = "https://npm.example.org/x"'],
    # `npm token list`: a token's first characters and an ellipsis
    [
        "│ id     │ token   │ created    │ readonly │",
        "├────────┼─────────┼────────────┼──────────┤",
        "│ 0a1b2c │ npm_Xq7… │ 2025-01-02 │ no       │",
    ],
    # Docker's warning, a click help text's metavar, `mvn -X`'s repository
    ["WARNING! Using --password via the CLI is insecure. Use --password-stdin."],
    ["  -a, --auth TEXT        The credentials to use [env var: `X_AUTH`]"],
    [
        "[DEBUG] Repositories: [central (https://repo.example.org/maven2, default, releases+snapshots)]"
    ],
    # a checksum sidecar's content, `cat` of a file named for `auth`
    ["$ cat auth-client-1.2.0.jar.sha1", "3f786850e387550fdab836ed7e6dc881de23001b"],
    # Cargo's built-in credential providers; Leiningen's credentials from the environment and gpg
    ['global-credential-providers = ["cargo:token", "cargo:wincred"]'],
    [
        "  :password :env/deploy_password}]",
        '["releases" {:url "https://r.example.org/" :creds :gpg}]',
    ],
    # a lockfile's package under its own name
    ['    "@org/auth-lib": ["@org/auth-lib@3.1.4", "", {}, "sha512-AAAA"],'],
    # `go get -x`: the proxy's password masked, a module path's `@v` after the host
    ["# get https://ci:xxxxx@proxy.example.org/git.example.org/x/y/@v/list: 200 OK (0.2s)"],
]


@pytest.mark.parametrize("lines", LOOK_ALIKES, ids=[str(i) for i in range(len(LOOK_ALIKES))])
def test_look_alike_stays(lines: list[str]) -> None:
    assert_kept(lines)


def test_xtrace_echo_into_a_login() -> None:
    # `set -x` prints `echo "$SECRET" | docker login … --password-stdin` a command a line
    trace = ["+ echo Wq3xRt8zKp5Lm2Vb9Nc4Hd7Fs6Jx1Y", "+ docker login h -u u --password-stdin"]
    assert_gone(trace, ["Wq3xRt8zKp5Lm2Vb9Nc4Hd7Fs6Jx1Y"])
    # a commit hash and a word echoed stay
    assert_kept(["+ echo 3f786850e387550fdab836ed7e6dc881de23001b", "+ echo Building"])


def test_near_misses_still_go() -> None:
    # a generated password after the flag; a public Cloudsmith repository has no token
    assert_gone(["docker login --password Wq3xRt8zKp5Lm2 registry.example.org"], ["Wq3xRt8zKp5Lm2"])
    assert_kept(["deb https://dl.cloudsmith.io/public/org/repo/deb/debian bookworm main"])
    # a real password before an `@` in a URL's path is still the password
    assert_gone(["https://ci:Xk3mQ9zLp2Wv@proxy.example.org/a/@v/list"], ["Xk3mQ9zLp2Wv"])
    # a sidecar's name does not hide what `cat` of a key file prints
    assert_gone(["$ cat auth.key", "Kq8vTx2Lm7Wp4Zr9Nb3Hc6Yd"], ["Kq8vTx2Lm7Wp4Zr9Nb3Hc6Yd"])
