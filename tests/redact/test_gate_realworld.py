"""The leak gate on real text: every line of every real-world corpus entry (tests/realworld),
redacted as `collect` redacts, and every file of the committed sample bundles raise no flag (a
false flag on a common real line would make `collect` refuse a customer's bundle)."""

from __future__ import annotations

import tarfile
from pathlib import Path

import pytest

from wbdiag.redact.gate import Gate
from wbdiag.redact.redactor import Redactor
from wbdiag.rules.corpus import load_yaml

ROOT = Path(__file__).resolve().parents[2]
REALWORLD = sorted(
    p for p in (ROOT / "tests" / "realworld").glob("*.yaml") if p.name != "floors.yaml"
)
SAMPLES = sorted((ROOT / "sample_bundles").glob("*.tgz"))
# Sets the gate still flags lines of, with how many (a limit that may only go down).
CEILING: dict[str, int] = {
    # heldout44: 1 at its import, omniauth's `Authentication failure! SSL_connect …` (`failure!`
    # read as a random value after a secret word); none since a word closing a sentence reads
    # as prose (gatefollow.py)
    "heldout44": 0,
    # heldout57: 2 at its import (main 1ba93efd), both `random_in_secret_context`: cert-manager's
    # `presented key () did not match expected (…)`, an ACME HTTP-01 key authorization, which
    # the CA fetches over plain HTTP; Azure Storage's `AuthenticationFailed` answer whose message
    # names the Authorization header and the signature before its request id (`\nRequestId:`);
    # none since a key authorization on a line about the challenge reads as public
    # (gatedigests.py) and a JSON escape's letter as no part of the word after it
    # (test_gate_artefacts.py)
    "heldout57": 0,
    # heldout62: 3 at its import (main 5656648f): `random_in_secret_context` on a Gmail SMTP
    # reply's session id after `BadCredentials` (`i5sm8565805wrv.34 - gsmtp`) and on OpenSMTPD's
    # `Error on session 00000016486029f7` after `Connection closed` wrapped onto its line;
    # `layout_secret` on a PHP-serialized login trace (`s:38:"user:…"`) in a MySQL error; none
    # since an SMTP reply's id before the server's tag reads as the server's also inside a quoted
    # string, OpenSMTPD's session id as its own (gatediag.py) and a PHP string's type and length
    # as no user and password (gatecollected.py)
    "heldout62": 0,
    # heldout63: 1 at its import (main fd340550): `random_in_secret_context` on a Haskell S3
    # client's error record, its `s3ErrorHostId = Just "…"` (S3's public request host id)
    "heldout63": 1,
    # heldout74: 1 at its import (main f43cbc80): the same class as heldout63's, a Haskell S3
    # client's `S3Error {…}` record, which the look-alike and redaction tests of the gate miss
    "heldout74": 1,
}


@pytest.mark.parametrize("path", REALWORLD, ids=lambda p: p.stem)
def test_realworld_corpus_redacted_is_unflagged(path: Path) -> None:
    entries = load_yaml(path)
    assert isinstance(entries, list) and entries
    texts = [e["text"] for e in entries if isinstance(e, dict) and e.get("text")]
    assert texts
    flagged = []
    for text in texts:
        redacted = list(Redactor().lines(text.splitlines()))
        flagged += [(leak.kind, text) for leak in Gate().lines(path.name, redacted)]
    assert len(flagged) <= CEILING.get(path.stem, 0), flagged


@pytest.mark.parametrize("bundle", SAMPLES, ids=lambda p: p.stem)
def test_sample_bundles_are_unflagged(bundle: Path) -> None:
    files = 0
    flagged = []
    with tarfile.open(bundle) as tar:
        for member in tar.getmembers():
            handle = tar.extractfile(member) if member.isfile() else None
            if handle is None:
                continue
            files += 1
            lines = handle.read().decode("utf-8", "replace").splitlines()
            flagged += [(member.name, leak.kind) for leak in Gate().lines(member.name, lines)]
    assert files > 0
    assert flagged == []
