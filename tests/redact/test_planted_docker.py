"""The whole secret corpus planted in a real container (private dockerd fixture): printed to
its stdout and written to an in-container log file (/var/log/gorilla.log), collected by the
real DockerCollector through the Runner; no secret, nor any 6-character part of one, may reach
any bundle member or analyze report."""

from __future__ import annotations

import io
import re
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.redact.planted import (
    bundle_and_reports,
    corpus_lines,
    corpus_records,
    corpus_secrets,
    leaks,
)
from tests.servers.dockerd import FIXTURE_LABEL, DockerEngine
from wbdiag.collect.base import CollectOptions
from wbdiag.collect.progress import Progress
from wbdiag.collect.runner import Runner
from wbdiag.collect.sources.docker import DockerCollector
from wbdiag.collect.sources.settings import SettingsCollector
from wbdiag.settings import WandbSettings

CONTAINER = "wbdiag-corpus"

BEGIN = "wbdiag-corpus: begin"
DONE = "wbdiag-corpus: done"
# Prints the corpus, copies it into the log file the collector reads, then idles (bounded).
SCRIPT = (
    f"echo '{BEGIN}'; cat /corpus.txt; "
    f"{{ echo '{BEGIN}'; cat /corpus.txt; }} > /var/log/gorilla.log; "
    f"echo '{DONE}'; trap 'exit 0' TERM; sleep 3600 & wait $!"
)


def _tar_of(name: str, data: bytes) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        info = tarfile.TarInfo(name)
        info.size, info.mode = len(data), 0o644
        tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


@pytest.fixture
def corpus_container(dockerd: DockerEngine) -> Iterator[str]:
    client = dockerd.client()
    text = "\n".join(corpus_lines(corpus_records())) + "\n"
    # The corpus goes in through the archive API, not the environment: the collector registers
    # secret-named env values as known secrets, which would redact the lines for the wrong reason.
    c = client.containers.create(
        dockerd.wandb_image,
        entrypoint=["sh", "-c", SCRIPT],
        name=CONTAINER,
        user="0:0",
        network_mode="none",
        labels={FIXTURE_LABEL: "corpus"},
    )
    try:
        c.put_archive("/", _tar_of("corpus.txt", text.encode()))
        c.start()
        deadline = time.monotonic() + 60
        while DONE not in c.logs(tail=2).decode(errors="replace"):
            c.reload()
            assert c.status == "running" and time.monotonic() < deadline, c.logs(tail=5)
            time.sleep(0.2)
        yield CONTAINER
    finally:
        c.remove(force=True, v=True)
        client.close()


def test_corpus_in_container_stdout_and_log_file_never_reaches_the_bundle(
    dockerd: DockerEngine, corpus_container: str, tmp_path: Path
) -> None:
    out = tmp_path / "b.tgz"
    Runner(
        CollectOptions(timeout=120, docker_host=dockerd.base_url, container=corpus_container),
        WandbSettings(),
        out,
        progress=Progress(stream=io.StringIO(), live=False),
        collectors=[DockerCollector, SettingsCollector],
    ).run()
    client = dockerd.client()
    ids = {c.id for c in client.containers.list(all=True)} | {i.id for i in client.images.list()}
    client.close()
    # Short forms (12 hex) of the engine's ids can share a run with a hex secret by chance: the
    # containers' and images', and those of ids only the bundle shows (a sandbox's netns path).
    raw = bundle_and_reports(out)
    full = {
        m for t in raw.values() for m in re.findall(r"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])", t)
    }
    full |= {i.removeprefix("sha256:") for i in ids}
    # whole ids first: cutting a short form out of a whole one would leave 52 hex characters
    short = re.compile("|".join([*sorted(full), *sorted({i[:12] for i in full})]))
    texts = {n: short.sub("", t) for n, t in raw.items()}
    # Both places were collected, whole: the marker, then at least every line of the corpus.
    carrying = [n for n, t in texts.items() if n.endswith(".log") and BEGIN in t]
    assert any("gorilla" in n for n in carrying), sorted(texts)
    assert any("gorilla" not in n for n in carrying), sorted(texts)
    n_lines = len("\n".join(corpus_lines(corpus_records())).splitlines())
    for name in carrying:
        assert len(texts[name].split(BEGIN, 1)[1].splitlines()) > n_lines, name
    found = leaks(texts, corpus_secrets(corpus_records()))
    assert found == [], found[:20]
