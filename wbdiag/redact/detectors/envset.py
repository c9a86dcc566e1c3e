"""A key a Python program puts into its own environment as a literal (`os.environ["KAGGLE_KEY"]
= "…"`, `os.environ.setdefault("X_KEY", "…")`, `os.putenv("X_KEY", "…")`, IPython's
`%env X_KEY=…`; a notebook's cell in its `.ipynb` source too, quotes escaped): a variable named
`<VENDOR>_KEY` is that vendor's API key when a program sets it to a random literal, though the
name alone (`CACHE_KEY`, `SORT_KEY`) says no secret. Names the key=value scanner takes
(`OPENAI_API_KEY`) go there; a value that is a word, a slug of words (`wandb-runs-cache-v2`), a
path, a mask or a template stays."""

from __future__ import annotations

from collections.abc import Iterator

from wbdiag import lazyre
from wbdiag.redact.detectors.base import Detector, Span, looks_random
from wbdiag.redact.names import words
from wbdiag.redact.values import is_trivial_value

KIND = "keyvalue"
_S = r"[ \t]{0,4}"
_ENV_SET = lazyre.compile(
    r"\bos\.(?:environ" + _S + r"\[|environ\.setdefault\(|putenv\()" + _S
    + r"(?P<q>\\?[\"'])(?P<n>[A-Za-z_][A-Za-z0-9_.-]{0,127})(?P=q)" + _S
    + r"(?:\]" + _S + "=|,)" + _S
    + r"(?P<r>\\?[\"'])(?P<v>[^\"'\\\s]{16,512})(?P=r)"
)  # fmt: skip
# IPython's magics that set a variable (`%env KAGGLE_KEY=…`, `%env KAGGLE_KEY …`, `%set_env`)
_MAGIC = lazyre.compile(
    r"(?<![^\s\"'])%(?:set_)?env[ \t]{1,4}(?P<n>[A-Za-z_][A-Za-z0-9_]{0,127})(?:=|[ \t]{1,4})"
    r"(?P<v>[^\"'\\\s]{16,512})"
)
# words joined (`wandb-runs-cache-v2`, `models.v3`): a name, not a key
_SLUG = lazyre.compile(r"[a-z0-9]{1,64}(?:[-_.][a-z0-9]{1,64}){1,16}")


def _spans(line: str) -> Iterator[Span]:
    for m in (*_ENV_SET.finditer(line), *_MAGIC.finditer(line)):
        value = m.group("v")
        if (
            words(m.group("n"))[-1:] in (["key"], ["keys"])
            and looks_random(value, 16)
            and not is_trivial_value(value)
            and not _SLUG.fullmatch(value)
        ):
            yield m.start("v"), m.end("v"), KIND


ENV_SET = Detector(
    KIND,
    ("os.environ", "os.putenv", "%env", "%set_env"),
    _spans,
    (r"os\.(?:environ|putenv)|%(?:set_)?env",),
)
