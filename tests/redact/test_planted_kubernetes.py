"""The whole secret corpus planted in Kubernetes objects served by the fake API: as env values of
a W&B pod (one per corpus record, under names that say nothing), as ConfigMap data (one key per
record and one key with the whole text), in the W&B custom resource's spec, and as the pod's log; collected by the real
KubernetesCollector through the Runner; no secret, nor any 6-character part of one, may reach
any bundle member or analyze report."""

from __future__ import annotations

import copy
import io
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.redact.planted import (
    bundle_and_reports,
    corpus_lines,
    corpus_records,
    corpus_secrets,
    leaks,
)
from tests.servers.fake_k8s import FakeK8s
from wbdiag.collect.base import CollectOptions
from wbdiag.collect.progress import Progress
from wbdiag.collect.runner import Runner
from wbdiag.collect.sources.kubernetes import KubernetesCollector
from wbdiag.collect.sources.settings import SettingsCollector
from wbdiag.settings import WandbSettings

SCENARIO = "corpus"
NS = "wandb"
MARK = "wbdiag-corpus-begin"


def _items(objects: dict[Any, list[dict[str, Any]]], kind: str) -> list[dict[str, Any]]:
    return next(items for rt, items in objects.items() if getattr(rt, "kind", None) == kind)


@pytest.fixture
def corpus_scenario(fake_k8s: FakeK8s) -> Iterator[str]:
    """The `healthy` scenario with the corpus planted, served as its own scenario."""
    base = fake_k8s.scenarios["healthy"]
    objects = copy.deepcopy(base.objects)
    records = corpus_records()
    lines = corpus_lines(records)
    # One value per record: a record's lines belong together (a YAML block's value line or a PEM
    # body line alone does not say it is a secret, in a cluster or anywhere else).
    values = ["\n".join(r["lines"]) for r in records]
    pods = _items(objects, "Pod")
    app: dict[str, Any] = next(p for p in pods if p["metadata"]["name"].startswith("wandb-app"))
    container = next(c for c in app["spec"]["containers"] if c["name"] == "app")
    container.setdefault("env", []).extend(
        {"name": f"DEBUG_LINE_{i}", "value": v} for i, v in enumerate(values)
    )
    cm = next(
        c for c in _items(objects, "ConfigMap") if c["metadata"]["name"] == "wandb-global-config"
    )
    data = cm.setdefault("data", {})
    data.update({f"line-{i}": v for i, v in enumerate(values)})
    data["client-debug.log"] = "\n".join([MARK, *lines]) + "\n"
    cr = _items(objects, "WeightsAndBiases")[0]
    cr.setdefault("spec", {}).setdefault("values", {})["debugLines"] = values
    logs = dict(base.logs)
    key = (NS, app["metadata"]["name"], "app", False)
    last = logs[key][-1][0] if logs.get(key) else 1_700_000_000 * 10**9
    text = [MARK, *"\n".join(lines).split("\n")]
    logs[key] = [*logs.get(key, []), *((last + (n + 1) * 10**6, t) for n, t in enumerate(text))]
    fake_k8s.scenarios[SCENARIO] = replace(base, name=SCENARIO, objects=objects, logs=logs)
    try:
        yield SCENARIO
    finally:
        del fake_k8s.scenarios[SCENARIO]


def test_corpus_in_kubernetes_objects_and_pod_log_never_reaches_the_bundle(
    fake_k8s: FakeK8s, corpus_scenario: str, tmp_path: Path
) -> None:
    kubeconfig = fake_k8s.write_kubeconfig(tmp_path / "kubeconfig", corpus_scenario, "admin")
    out = tmp_path / "b.tgz"
    Runner(
        CollectOptions(timeout=120, kubeconfig=kubeconfig),
        WandbSettings(),
        out,
        progress=Progress(stream=io.StringIO(), live=False),
        collectors=[KubernetesCollector, SettingsCollector],
    ).run()
    texts = bundle_and_reports(out)
    carrying = sorted(n for n, t in texts.items() if MARK in t and not n.startswith("analyze"))
    assert any(n.endswith(".log") for n in carrying), sorted(texts)
    assert any(not n.endswith(".log") for n in carrying), sorted(texts)
    assert any("DEBUG_LINE_0" in t for t in texts.values())
    assert any("debugLines" in t for t in texts.values())
    found = leaks(texts, corpus_secrets(corpus_records()))
    assert found == [], found[:20]
