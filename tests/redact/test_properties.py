"""Property tests of the redactor (hypothesis, a bounded number of examples): a secret planted in
any generated context never survives, even in part, and redaction never breaks the JSON or YAML
structure of a line."""

from __future__ import annotations

import json
import os
import string

import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.redact.corpus_eval import leaked
from wbdiag.redact import Redactor
from wbdiag.redact.valuerefs import is_reference_value
from wbdiag.redact.values import PLACEHOLDER, is_trivial_value

# Bounded and derandomized for CI (the same examples on every run, so main stays green or red for
# a reason); WBDIAG_HYPOTHESIS_EXAMPLES=5000 runs a longer random search locally.
_LONG_RUN = os.environ.get("WBDIAG_HYPOTHESIS_EXAMPLES")
EXAMPLES = settings(
    max_examples=int(_LONG_RUN or "150"),
    derandomize=_LONG_RUN is None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

SECRET_NAMES = [
    "password", "MYSQL_PASSWORD", "smtpPassword", "DB_PASS", "db-password", "api_key", "apiKey",
    "x-api-key", "client_secret", "OIDC_CLIENT_SECRET", "token", "accessToken", "AUTH_TOKEN",
    "secretKey", "GORILLA_SESSION_KEY", "bindPW", "requirepass", "LICENSE", "passwd", "secret",
]  # fmt: skip
# characters a password generator uses; none ends an unquoted value
SECRET_CHARS = string.ascii_letters + string.digits + "@#%!^*-_+=~./:"
secrets = st.text(SECRET_CHARS, min_size=10, max_size=40).filter(
    lambda s: sum(c.isalnum() for c in s) >= 6 and not s.startswith(("-", "/", "~", "."))
)
spaced = st.lists(st.text(string.ascii_letters + string.digits, min_size=4, max_size=10),
                  min_size=2, max_size=4).map(" ".join)  # fmt: skip
# surrounding log text: printable, one line, no quote or backslash that would re-quote the pair
context = st.text(
    st.characters(min_codepoint=32, max_codepoint=126, blacklist_characters="\"'\\`"),
    max_size=60,
)

FORMATS = [
    "{k}={s}", "export {k}={s}", "{k}: {s}", '"{k}": "{s}"', '{{"{k}":"{s}"}}', "{k}='{s}'",
    '{k}="{s}"', "--{k}={s}", "--{k} {s}", '{{"name":"{k}","value":"{s}"}}',
    'settings: {{\\"{k}\\":\\"{s}\\"}}', "{k}:{s}", "  {k}: '{s}'", "map[{k}:{s} user:x]",
]  # fmt: skip


@EXAMPLES
@given(
    name=st.sampled_from(SECRET_NAMES),
    secret=secrets,
    fmt=st.sampled_from(FORMATS),
    before=context,
    after=context,
)
def test_a_planted_secret_never_survives(
    name: str, secret: str, fmt: str, before: str, after: str
) -> None:
    assume(leaked(secret, f"{before} {name} {after}") is None)  # the context holds no part of it
    assume(not is_trivial_value(secret))
    # `secret: wandb-mysql` names a Kubernetes object (docs/redaction.md): no secret to plant
    assume(not is_reference_value(name, secret))
    pair = fmt.format(k=name, s=secret)
    line = f"{before} {pair} {after}" if before or after else pair
    out = PLACEHOLDER.sub("", Redactor()(line))
    assert leaked(secret, out) is None, (line, out)


@EXAMPLES
@given(name=st.sampled_from(SECRET_NAMES), secret=spaced, quote=st.sampled_from(["'", '"']))
def test_quoted_values_with_spaces_go_whole(name: str, secret: str, quote: str) -> None:
    assume(not is_trivial_value(secret))  # `FALSE FALSE` is a flag, not a password
    assume(leaked(secret, f"export {name}=") is None)  # the name holds no part of it
    line = f"export {name}={quote}{secret}{quote}"
    out = PLACEHOLDER.sub("", Redactor()(line))
    assert leaked(secret, out) is None, out


json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.text(max_size=30),
    secrets,
)  # fmt: skip
json_docs = st.recursive(
    st.dictionaries(st.sampled_from(SECRET_NAMES) | st.text(max_size=10), json_scalars,
                    max_size=5),
    lambda inner: st.dictionaries(st.text(max_size=10) | st.sampled_from(SECRET_NAMES),
                                  inner | st.lists(inner, max_size=3), max_size=4),
    max_leaves=12,
)  # fmt: skip


@EXAMPLES
@given(doc=json_docs, escaped=st.booleans())
def test_json_lines_stay_json(doc: dict, escaped: bool) -> None:  # type: ignore[type-arg]
    line = json.dumps(doc)
    if escaped:  # a JSON document inside a JSON log message
        line = json.dumps({"level": "info", "msg": "settings: " + line})
    out = Redactor()(line)
    json.loads(out)  # still one JSON value
    for key, value in doc.items():
        if (
            key in SECRET_NAMES
            and isinstance(value, str)
            and len(value) >= 10
            and sum(c.isalnum() for c in value) >= 6  # as `secrets` draws them
            and not is_trivial_value(value)  # `secretKeyRef` is a reference, kept by design
            and leaked(value, line.replace(value, "")) is None  # no part of it in a key
        ):
            assert leaked(value, PLACEHOLDER.sub("", out)) is None


yaml_values = st.one_of(
    secrets, spaced, st.integers().map(str), st.sampled_from(["true", "null", "files"]),
    secrets.map(lambda s: f"'{s}'"), secrets.map(lambda s: f'"{s}"'),
)  # fmt: skip


@EXAMPLES
@given(
    pairs=st.lists(
        st.tuples(st.sampled_from(SECRET_NAMES) | st.sampled_from(["host", "port", "user"]),
                  yaml_values),
        min_size=1, max_size=6,
    ),
    indent=st.sampled_from(["", "  ", "    - "]),
)  # fmt: skip
def test_yaml_lines_stay_yaml(pairs: list[tuple[str, str]], indent: str) -> None:
    lines = [f"{indent}{k}: {v}" for k, v in pairs]
    for line in lines:
        try:
            before = yaml.safe_load(line)
        except yaml.YAMLError:
            continue
        out = Redactor()(line)
        after = yaml.safe_load(out)
        assert type(after) is type(before), (line, out)
