"""An input that opens on a HAR or Postman entry's `"value"` line, its `"name"` above the cut
(wbdiag.redact.cutvalue): a generated value goes by its shape alone (a presigned URL's hex
signature, an authorization code, a refresh token); a plain value stays, and below the first
line the name is in view, so a public entry's random-looking value (a payload's digest under
`x-amz-content-sha256`, a `state`) stays."""

from __future__ import annotations

import pytest

from tests.redact.checks import assert_gone, assert_kept, both_engines  # noqa: F401
from wbdiag.redact.cutvalue import opening_value_spans

pytestmark = pytest.mark.usefixtures("both_engines")

_SIG = "46b5543fe8895a0cf4b271b64f2ecca8d2d6235eca5a6a08cc970540fd27923f"
_CODE = "tHfQj5lfxBLYnPVBjmdtA8OGAKpb4CZj"
_HAR_TAIL = ["              }", "            ],", '            "headersSize": -1', "          }"]


@pytest.mark.parametrize(
    ("lines", "secrets"),
    [
        ([f'                "value": "{_SIG}"', *_HAR_TAIL], [_SIG]),
        ([f'                "value": "{_CODE}"', "              },", "              {"], [_CODE]),
        (
            [
                '\t\t\t\t\t\t\t"value": "6hvV_OrNLBGCee7Z2ZpDhXZUUu1GZjyQesroSGtk1_m9rEaD",',
                '\t\t\t\t\t\t\t"type": "text"',
            ],
            ["6hvV_OrNLBGCee7Z2ZpDhXZUUu1GZjyQesroSGtk1_m9rEaD"],
        ),
    ],
)
def test_a_generated_value_whose_name_was_cut_off_goes(
    lines: list[str], secrets: list[str]
) -> None:
    assert_gone(lines, secrets)


@pytest.mark.parametrize(
    "lines",
    [
        # plain values at the cut
        ['                "value": "application/json"', *_HAR_TAIL],
        ['                "value": "no-cache, no-store, must-revalidate",', '"type": "text"'],
        ['                "value": "3f2a9c4e-8b1d-4e7a-9c3f-5d6e7f8a9b0c"', *_HAR_TAIL],
        ['                "value": "openid+profile+email",', '"type": "text"'],
        # the name in view: a payload's digest and a state stay
        [
            "              {",
            '                "name": "x-amz-content-sha256",',
            f'                "value": "{_SIG}"',
            "              },",
        ],
        ["  {", '    "name": "state",', '    "value": "JGH-wUg2abz0woZzxqWlEC"', "  }"],
    ],
)
def test_a_plain_value_or_one_under_its_name_stays(lines: list[str]) -> None:
    assert_kept(lines)


@pytest.mark.parametrize(
    "line",
    [
        # a member among others on the line, or more after the value: not an entry's value line
        f'{{"name": "x-amz-content-sha256", "value": "{_SIG}"}}',
        f'  "value": "{_SIG}", "name": "x-amz-content-sha256"',
        f'  "values": "{_SIG}"',
    ],
)
def test_only_a_value_line_alone_is_judged_so(line: str) -> None:
    assert opening_value_spans(line) == []
