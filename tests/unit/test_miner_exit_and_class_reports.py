"""The miner lists Python's failures in shapes that carry no `Error: ` after a class name: Python's
interpreter on a module it does not have (`python3.9: No module named pip`), a program that
failed with a non-zero code (the legacy wandb SDK's `Program failed with code 2`), an exception
printed by its class's repr (Paste's `Error - <class 'webob.request.DisconnectionError'>: …`) or
its name and a doubled colon (gsutil's `GSResponseError:: status=403, …`). Their look-alikes (a
zero code, prose, a class named without a message, a Ruby or Perl namespace) stay out."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists


@pytest.mark.parametrize(
    "line",
    [
        # `python -m pip` on a python.org macOS framework build (python/pythondotorg#1774), and
        # the interpreter by name, by a Linux path, by a Windows path, in a docker json-file log
        "/Library/Frameworks/Python.framework/Versions/3.9/bin/python3.9: No module named pip",
        "/usr/bin/python3: No module named pip",
        "python3: No module named venv",
        "C:\\Python39\\python.exe: No module named pip",
        '{"log":"/usr/local/bin/python: No module named uvicorn\\n","stream":"stderr"}',
        # the legacy wandb SDK on the user's program (wandb/wandb#560), and a code by a signal
        "wandb: Program failed with code 2. Press ctrl-c to abort syncing.",
        "wandb: Program failed with code 1.  Press ctrl-c to abort syncing.",
        "2026-12-05 10:00:00 worker 3: Failed with code 137",
        # an exception by its class's repr: Paste's error report (galaxyproject/cloudman#47) and
        # Python 2's exceptions module
        "Error - <class 'webob.request.DisconnectionError'>: The client disconnected while "
        "sending the POST/PUT body (1183825676 more bytes were expected)",
        "<type 'exceptions.IOError'>: [Errno 2] No such file or directory: '/tmp/x'",
        "Exception - <class 'sqlalchemy.exc.TimeoutException'>: QueuePool limit reached",
        # gsutil's boto storage errors (GoogleCloudPlatform/gsutil#51)
        "GSResponseError:: status=403, code=AccountProblem, reason=Forbidden.",
        "Failure: S3ResponseError:: status=404, code=NoSuchBucket, reason=Not Found.",
    ],
)
def test_python_failure_shapes_are_listed(line: str) -> None:
    assert miner_lists(line), line


@pytest.mark.parametrize(
    "line",
    [
        "wandb: Program ended successfully.",
        "wandb: Program failed with code 0.",
        "Test failed with code coverage below threshold",
        "No module named pip? Installing it with ensurepip",
        "2026-12-05 10:00:00 INFO python3: No module named tensorboard_plugin_profile, skipping",
        "<class 'webob.request.DisconnectionError'>",
        "registered handler for <class 'ValueError'>",
        "module Foo::Error::Simple loaded",
        "using Net::HTTP::Persistent::Error:: as the base class",
    ],
)
def test_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line), line
