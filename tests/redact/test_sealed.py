"""A SealedSecret's ciphertext (sealed.py): the redactor and the leak gate both leave the values of
its `encryptedData` mapping in place, whatever the key under which they stand and however short a
pasted or cut one is; the SealedSecret's `template`, a Secret's `data` and a value that only opens
like a ciphertext elsewhere are still judged. The sealed-secrets project documents the object as
safe to commit (encrypted to the cluster controller's public key; only the controller opens it)."""

from __future__ import annotations

import pytest

from wbdiag.redact import Redactor
from wbdiag.redact.gate import Gate
from wbdiag.redact.prefilter import ENV_ENGINE
from wbdiag.redact.sealed import ciphertext, sealed_lines

ENGINES = pytest.mark.parametrize("engine", ["hyperscan", "re"])
# 183 characters, as a short value's ciphertext pasted into a ticket is cut; a real one is longer
_SHORT = "AgBE8Di68qTduiYa8FxdkJEt2/DwpiCmXb8rMpevHS7ogYgdv46sLI4RVzh6BxV+NnWGzYeD6qv8el/Mahygem7tD"
_SHORT += "lAOJOepALElXF3W3uIu6w2+UdQW1EwWcIFWUx+MC+eRvSd0anrYPElFAN1/rwyookM/0rhbATwQ3DGhfS5Oyz"
_SECRET = "Zq8wLr2pXmK4tB7nR1sV9cY3"


def _sealed(*members: str) -> list[str]:
    return [
        "apiVersion: bitnami.com/v1alpha1",
        "kind: SealedSecret",
        "metadata:",
        "  name: wandb-mysql",
        "spec:",
        "  encryptedData:",
        *members,
        "  template:",
        "    metadata:",
        "      name: wandb-mysql",
    ]


def test_sealed_lines_end_with_the_mapping() -> None:
    blob = "AgBx" + "Zq8Kw2Lm9Rx4Tv7P" * 8
    block = [
        "  encryptedData:",
        f"    a: {blob}",
        f"    b: {blob}",
        "  template:",
        f"    c: {blob}",
    ]
    assert list(sealed_lines(block, 0)) == [1, 2]


def test_a_ciphertext_by_its_form_alone_is_long_enough_for_a_sealed_session_key() -> None:
    assert ciphertext("Ag" + "Bq7Zx3Wv9Lm2Kp5Rt8Yh4Jd6Fs1Nc0Gb" * 10 + "==")
    assert not ciphertext(_SHORT)  # (outside a mapping: judged as any value)
    assert not ciphertext("Zq" + "Bq7Zx3Wv9Lm2Kp5Rt8Yh4Jd6Fs1Nc0Gb" * 10)


@ENGINES
@pytest.mark.parametrize(
    "members",
    [
        [f"    password: {_SHORT}", f"    license: {_SHORT[::-1]}"],
        [f'    MYSQL_PASSWORD: "{_SHORT}"'],
    ],
)
def test_the_mapping_stays_for_both(
    engine: str, members: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_ENGINE, engine)
    lines = _sealed(*members)
    assert list(Redactor().lines(lines)) == lines
    assert list(Gate().lines("sealed.yaml", lines)) == []


@ENGINES
@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        # the template's data is plain
        (
            [*_sealed(f"    password: {_SHORT}"), "    stringData:", f"      password: {_SECRET}"],
            True,
        ),
        # a value after the mapping ended, at the mapping's own depth
        (["spec:", "  encryptedData:", f"    a: {_SHORT}", f"  password: {_SECRET}"], True),
        # a Secret's data
        (["kind: Secret", "stringData:", f"  password: {_SECRET}"], False),
    ],
)
def test_a_secret_beside_the_mapping_goes(
    engine: str, lines: list[str], kept: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_ENGINE, engine)
    text = "\n".join(Redactor().lines(lines))
    assert _SECRET not in text
    assert (_SHORT in text) is kept


def test_a_short_ciphertext_outside_the_mapping_is_judged_by_its_name() -> None:
    assert _SHORT not in Redactor()(f"password: {_SHORT}")
