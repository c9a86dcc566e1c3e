"""A shell line that lists commands (`a; b`, `a && b`): what the first command that prints shows
on the next line (shelllist.py, nextoutput.py)."""

from __future__ import annotations

import pytest

from wbdiag.redact import Redactor
from wbdiag.redact.prefilter import ENV_ENGINE
from wbdiag.redact.shelllist import commands, output_command, silent

_IMDS_PUT = (
    '$ TOKEN=$(curl -s -X PUT "http://169.254.169.254/latest/api/token"'
    ' -H "X-aws-ec2-metadata-token-ttl-seconds: 21600"); echo $TOKEN'
)


@pytest.fixture(params=["hyperscan", "re"])
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each case with both prefilter engines: the line that arms the follower must be picked."""
    monkeypatch.setenv(ENV_ENGINE, request.param)
    return str(request.param)


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        ("a; b && c || d", ["a", " b ", " c ", " d"]),
        # separators inside quotes, substitutions and backquotes belong to their word
        ('X=$(f; g) ; echo "a;b" && h', ["X=$(f; g) ", ' echo "a;b" ', " h"]),
        ("X=`f; g`; echo ${A:-;}; y 'p;q'", ["X=`f; g`", " echo ${A:-;}", " y 'p;q'"]),
        ("X=$(f $(g; h) (i; j)); k", ["X=$(f $(g; h) (i; j))", " k"]),
        # a pipe stays within its command; an escaped `;` is a word's (`find -exec … \\;`)
        ("echo $PW | base64; find . -exec rm {} \\; ", ["echo $PW | base64", " find . -exec rm {} \\; "]),
        # an unclosed substitution keeps the rest as one command
        ("X=$(f; g", ["X=$(f; g"]),
    ],
)  # fmt: skip
def test_commands_split_at_the_lists_separators(body: str, parts: list[str]) -> None:
    assert commands(body) == parts


@pytest.mark.parametrize(
    ("body", "command"),
    [
        (_IMDS_PUT, " echo $TOKEN"),
        ("root@node:~# export A=1; cd /tmp && printenv PW", " printenv PW"),
        ("+ local -r t=$(cat f); declare x=1; echo $t", " echo $t"),
        # the first command prints: it is the one (`; echo` adds the line break after it)
        ("$ gcloud auth print-access-token; echo", "$ gcloud auth print-access-token"),
        ('$ echo "a;b" && echo $PW', '$ echo "a;b" '),
        # a variable set for one command is no assignment alone (`A=1 cmd`: cmd prints)
        ("$ A=1 vault kv get -field=pw s; echo $B", "$ A=1 vault kv get -field=pw s"),
        # every command silent: the first
        ("$ export A=1; cd /tmp", "$ export A=1"),
        ("$ echo $PW", "$ echo $PW"),
    ],
)
def test_output_command_is_the_first_that_prints(body: str, command: str) -> None:
    assert output_command(body) == command


# the secret a later command of the line prints (EC2 IMDSv2's session token, a variable set and
# echoed, a command after a `cd`)
@pytest.mark.parametrize(
    ("lines", "secret"),
    [
        ([_IMDS_PUT, "AQAEARPZE1e+1ZXeCeMhE3Ucph2/B0cFx75vdzlijmpTS5qTq58zJhzwSp7Tm=="], "AQAEARPZE1e+1ZXeCeMhE3Ucph2/B0cFx75vdzlijmpTS5qTq58zJhzwSp7Tm=="),
        (["{noformat}", _IMDS_PUT + "\r", "AQAEAudgpFi9Ql0i3VeBuivViD3Qxbq/rF/BEUNTboWGs5JohRI3Dyp==\r"], "AQAEAudgpFi9Ql0i3VeBuivViD3Qxbq/rF/BEUNTboWGs5JohRI3Dyp=="),
        (["$ export VAULT_ADDR=http://127.0.0.1:8200 && echo \"$VAULT_TOKEN\"", "hvs.Zq8Lm2Pw7Kd4Rt9Vx3Ny6Bc1"], "hvs.Zq8Lm2Pw7Kd4Rt9Vx3Ny6Bc1"),
        (["$ cd /opt/wandb; aws configure get aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYzQ8v3m2Kd1"], "wJalrXUtnFEMI/K7MDENG+bPxRfiCYzQ8v3m2Kd1"),
        (["$ PW=$(pass show wandb/db); printf '%s\\n' \"$PW\" | base64", "WHE3I0xtMlB3OUtkNFJ0"], "WHE3I0xtMlB3OUtkNFJ0"),
        (["$ vault kv get -field=password secret/wandb/db | tr -d '\\n'", "Hx7qL2vMz9kWp4nT"], "Hx7qL2vMz9kWp4nT"),
    ],
)  # fmt: skip
def test_what_a_later_command_prints_goes(engine: str, lines: list[str], secret: str) -> None:
    assert secret not in "\n".join(Redactor().lines(lines))


# look-alikes: a later command that prints no secret, a first command whose own output comes
# first, the IMDS token's command with nothing after it but its metadata
@pytest.mark.parametrize(
    "lines",
    [
        ["$ export A=1; echo $HOSTNAME", "ip-10-0-3-17.eu-west-1.compute.internal"],
        ["$ cd /srv && echo $INSTANCE_ID", "i-0a1b2c3d4e5f67890"],
        ['$ echo "build 7Xq2Lm9Pw4Kd" && echo $TOKEN', "build 7Xq2Lm9Pw4Kd"],
        ["$ export TOKEN=x; cat /etc/hostname", "wandb-0a1b2c3d4e5f"],
        [
            '$ TOKEN=$(cat t); curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/instance-id',
            "i-0a1b2c3d4e5f67890",
        ],
        # the output piped into a count or a digest; a history's record, which keeps no output
        ["$ vault kv get -field=password secret/wandb/db | sha256sum", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  -"],
        ["- cmd: vault kv get -field=password secret/wandb/db | wc -c", "  when: 1700000123"],
        ["- cmd: aws configure get aws_secret_access_key", "  when: 1700000123"],
    ],
)  # fmt: skip
def test_other_commands_output_stays(engine: str, lines: list[str]) -> None:
    assert list(Redactor().lines(lines)) == lines


@pytest.mark.parametrize(
    ("command", "quiet"),
    [
        ("A=1", True),
        ("A=$(f x) B='p q'", True),
        ("export A=1 B", True),
        ("local -r t=$(cat f)", True),
        ("cd /tmp", True),
        ("set -euo pipefail", True),
        # these print: a command run with a variable set, the lists `export` and `set` print
        ("A=1 env", False),
        ("export", False),
        ("set", False),
        ("echo $A", False),
    ],
)
def test_silent_commands(command: str, quiet: bool) -> None:
    assert silent(command) is quiet
