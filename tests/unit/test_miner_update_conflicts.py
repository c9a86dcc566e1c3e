"""The miner on Kubernetes' optimistic-concurrency conflict (`update_conflict`, error_states.py):
a controller's update refused because the object changed since it was read, which the controller
retries, stays quiet at error level when the conflict is its whole error; a `Reconciler error`
with any other error, or with more after the conflict, stays listed."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists

_CONFLICT = (
    "the object has been modified; please apply your changes to the latest version and try again"
)


@pytest.mark.parametrize(
    "line",
    [
        # the notebook controller (controller-runtime, zap's console encoder), as the thread has it
        "2024-10-01T13:07:25.847Z [jupyter-controller] 1.7277880458479142e+09\tERROR\t"
        'controller.notebook\tReconciler error\t{"reconciler group": "kubeflow.org", "reconciler '
        'kind": "Notebook", "name": "mini-notebook-gpu", "namespace": "<REDACTED>", "error": '
        '"Operation cannot be fulfilled on notebooks.kubeflow.org \\"mini-notebook-gpu\\": '
        f'{_CONFLICT}"}}',
        # the same as a JSON record, and klog's plain line with the workqueue's `, requeuing`
        '{"level":"error","ts":"2026-11-28T10:00:00Z","logger":"controller.wandb","msg":"Reconciler '
        'error","name":"wandb","namespace":"wandb","error":"Operation cannot be fulfilled on '
        f'weightsandbiases.apps.wandb.com \\"wandb\\": {_CONFLICT}"}}',
        "E1128 10:00:00.000000       1 controller.go:114] error syncing 'wandb/wandb-app': "
        f'Operation cannot be fulfilled on deployments.apps "wandb-app": {_CONFLICT}, requeuing',
        # logrus's message alone (halkyonio/operator#15), a resource in brackets (dell/csm#1670)
        'time="2018-12-03T14:59:17Z" level=error msg="Operation cannot be fulfilled on '
        f'components.component.k8s.io \\"fruit-backend-sb\\": {_CONFLICT}"',
        '{"level":"error","msg":"Failed install","error":"Operation cannot be fulfilled on '
        f'[containerstoragemodules.storage.dell.com] \\"powerflex\\": {_CONFLICT}"}}',
        f'level=error msg="failed to update status" err="Operation cannot be fulfilled on pods '
        f'\\"wandb-app-0\\": {_CONFLICT}"',
    ],
)
def test_a_conflict_the_controller_retries_is_not_listed(line: str) -> None:
    assert not miner_lists(line), line


@pytest.mark.parametrize(
    "line",
    [
        # a Reconciler error with another cause: a refused connection, a deadline, a denial
        '2026-11-28T10:00:00Z\tERROR\tcontroller.notebook\tReconciler error\t{"name": "nb", '
        '"error": "Get \\"https://10.96.0.1:443/api\\": dial tcp 10.96.0.1:443: connect: '
        'connection refused"}',
        '{"level":"error","msg":"Reconciler error","error":"Operation cannot be fulfilled on '
        'notebooks.kubeflow.org \\"nb\\": StorageError: invalid object, Code: 4, Key: '
        "/registry/kubeflow.org/notebooks/ns/nb, ResourceVersion: 0, AdditionalErrorMsg: "
        'Precondition failed: UID in precondition: 1, UID in object meta: "}',
        # the conflict followed by more: an aggregate whose other error is not the conflict's
        '{"level":"error","msg":"Reconciler error","error":"[Operation cannot be fulfilled on pods '
        f'\\"a\\": {_CONFLICT}, Internal error occurred: failed calling webhook]"}}',
        "E1128 10:00:00.000000       1 controller.go:114] error syncing 'wandb/wandb-app': "
        f'Operation cannot be fulfilled on deployments.apps "wandb-app": {_CONFLICT}; then: '
        "context deadline exceeded",
    ],
)
def test_other_reconciler_errors_stay_listed(line: str) -> None:
    assert miner_lists(line), line
