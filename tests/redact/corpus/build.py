"""Writes the corpus files (positives.jsonl, negatives.jsonl, holdout/, holdout2/,
holdout3/) from the templates.
Run it after editing a template: `python tests/redact/corpus/build.py`. Each positive record
is {"shape", "lines", "secrets"}: the lines as a collector would see them and the secret values
that must not survive, whole or in part."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import holdout2_templates  # noqa: E402
import holdout3_templates  # noqa: E402
import holdout_templates  # noqa: E402
import templates  # noqa: E402
from secretgen import Secrets  # noqa: E402


def _fill(gen: Secrets, name: str) -> str:
    if name == "basic":
        return gen.user_pw_b64()[0]
    value = getattr(gen, name)()
    assert isinstance(value, str)
    return value


def build(positive, multiline, negative, seed: int, copies: int, out: Path, later=()) -> None:
    """`later`: groups of (positive, multiline) written after the others, each with a generator
    of its own (adding a group leaves every earlier record as it was)."""
    gen = Secrets(seed)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "positives.jsonl").open("w") as fh:
        for copy in range(copies * (1 + len(later))):
            if copy and copy % copies == 0:
                group = copy // copies
                gen = Secrets(seed + group)
                positive, multiline = later[group - 1]
            for shape, name, template in positive:
                secret = _fill(gen, name)
                lines = template.replace("{S}", secret).split("\n")
                fh.write(json.dumps({"shape": shape, "lines": lines, "secrets": [secret]}) + "\n")
            for shape, name, lines in multiline:
                secret = _fill(gen, name)
                # {S<} / {S>}: the first 40 characters and the rest (a wrapped value)
                filled = [
                    line.replace("{S}", secret)
                    .replace("{S<}", secret[:40])
                    .replace("{S>}", secret[40:])
                    for line in lines
                ]
                fh.write(json.dumps({"shape": shape, "lines": filled, "secrets": [secret]}) + "\n")
    with (out / "negatives.jsonl").open("w") as fh:
        for shape, line in negative:
            fh.write(json.dumps({"shape": shape, "lines": [line]}) + "\n")


if __name__ == "__main__":
    later = (
        (templates.POSITIVE_TOOLS, templates.MULTILINE_TOOLS),
        (templates.POSITIVE_KEYS, templates.MULTILINE_KEYS),
        (templates.POSITIVE_MORE, templates.MULTILINE_MORE),
        (templates.POSITIVE_NINE, templates.MULTILINE_NINE),
        (templates.POSITIVE_TEN, templates.MULTILINE_TEN),
    )
    build(templates.POSITIVE, templates.MULTILINE, templates.NEGATIVE, 8, 2, HERE, later)
    build(holdout_templates.POSITIVE, [], holdout_templates.NEGATIVE, 1008, 2, HERE / "holdout")
    holdout2_templates.build(HERE / "holdout2")
    holdout3_templates.build(HERE / "holdout3")
