"""Remediation in the deployment's language, filled with the finding's subject."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

from tests.helpers import shipped_pack
from tests.unit.test_incidents import POD, crashlooping_dirty_migration
from wbdiag.analyze import analyze_bundle
from wbdiag.facts.combine import Facts
from wbdiag.facts.kinds import DeploymentKind as K
from wbdiag.facts.subjects import Subject, SubjectKind
from wbdiag.report.fixes import build_fix

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_bundles"
PLACEHOLDERS = ("<pod>", "<namespace>", "<container>", "{pod}", "{namespace}", "{container}")


def _finding(report: dict[str, Any], rule_id: str) -> dict[str, Any]:
    return next(f for f in report["findings"] if f["rule_id"] == rule_id)


def _all_text(fix: dict[str, Any]) -> str:
    return "\n".join(fix["text"] + fix["commands"] + fix["snippets"])


def test_docker_fix_names_the_container() -> None:
    fix = _finding(analyze_bundle(SAMPLES / "broken-docker.tgz"), "docker.exited")["fix"]
    assert "docker logs --tail 200 wandb-crashed" in fix["commands"]
    assert not any(p in _all_text(fix) for p in PLACEHOLDERS), _all_text(fix)
    assert not any("kubectl" in c for c in fix["commands"])


def test_kubernetes_fix_names_namespace_pod_and_container(tmp_path: Path) -> None:
    report = analyze_bundle(crashlooping_dirty_migration(tmp_path / "b"))
    fix = _finding(report, "kubernetes.crashloop")["fix"]
    assert f"kubectl logs -n wandb {POD} -c app --previous" in fix["commands"]
    # the rule's prose remediation has its <namespace> <pod> <container> filled too
    assert not any(p in _all_text(fix) for p in PLACEHOLDERS), _all_text(fix)
    assert report["incidents"][0]["fix"]["commands"] == [
        f"kubectl logs -n wandb {POD} -c app --previous"
    ]


def test_openshift_commands_use_oc() -> None:
    pack = shipped_pack()
    rule = pack.by_id("kubernetes.crashloop")
    assert rule is not None
    subject = Subject(SubjectKind.CONTAINER, "app", namespace="wandb", pod="p-1")
    facts = Facts(kinds=frozenset({K.KUBERNETES, K.OPENSHIFT, K.HELM}))
    fix = build_fix(rule, subject, (), facts)
    assert fix["commands"][0] == "oc logs -n wandb p-1 -c app --previous"
    assert not any("kubectl" in c for c in fix["commands"])


def test_helm_and_operator_variants() -> None:
    rule = shipped_pack().by_id("kubernetes.oomkilled")
    assert rule is not None
    subject = Subject(SubjectKind.CONTAINER, "api", namespace="wandb", pod="p-1")
    helm = build_fix(rule, subject, (), Facts(kinds=frozenset({K.KUBERNETES, K.HELM})))
    operator = build_fix(rule, subject, (), Facts(kinds=frozenset({K.KUBERNETES, K.OPERATOR})))
    assert helm["snippets"] and helm["snippets"][0].startswith("api:\n")
    assert "Helm values" in " ".join(helm["text"])
    assert operator["snippets"] and operator["snippets"][0].startswith("spec:\n")
    assert "custom resource" in " ".join(operator["text"])
    assert "Helm values" not in " ".join(operator["text"][1:])


def test_only_the_matching_error_kind_branch(tmp_path: Path) -> None:
    bundle = tmp_path / "b"
    shutil.copytree(ROOT / "tests/rules/mysql.unreachable/positive-refused", bundle)
    manifest = {"format_version": 1, "deployment": "docker", "collectors": []}
    (bundle / "manifest.json").write_text(json.dumps(manifest))
    fix = _finding(analyze_bundle(bundle), "mysql.unreachable")["fix"]
    assert fix["branch"] is True
    (text,) = fix["text"]
    assert text.startswith("Nothing listens on mysql:3306/wandb_local.")
    assert "GRANT" not in text and "access_denied" not in text


def test_no_matching_branch_shows_the_whole_remediation() -> None:
    rule = shipped_pack().by_id("mysql.unreachable")
    assert rule is not None
    fix = build_fix(rule, None, (), Facts(kinds=frozenset({K.DOCKER})))
    assert fix["branch"] is False
    assert fix["text"] == [rule.remediation]


def test_no_subject_placeholder_left_when_the_subject_is_known(tmp_path: Path) -> None:
    reports = [
        analyze_bundle(SAMPLES / s)
        for s in ("broken-docker.tgz", "broken-kubernetes.tgz", "openshift-kubernetes.tgz")
    ]
    reports.append(analyze_bundle(crashlooping_dirty_migration(tmp_path / "b")))
    checked = 0
    for report in reports:
        for f in report["findings"]:
            if not f["subjects"]:
                continue
            checked += 1
            text = _all_text(f["fix"])
            for word in ("<pod>", "<namespace>", "<container>", "<node>", "<claim>", "<ns>"):
                assert word not in text, (f["rule_id"], word, text)
            # no {placeholder} left ({{.State.ExitCode}} is docker's own template syntax)
            assert not re.search(r"\{[A-Za-z_][\w.]*\}", text), (f["rule_id"], text)
    assert checked > 20
