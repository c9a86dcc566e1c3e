"""The miner lists accelerators', their drivers' and the runtimes' failures without a level word
(error_devices.py): the NVIDIA kernel driver's, CUDA's, a shared library the loader could not
open (at WARN too, after what failed to happen), the JVM's report of memory it could not get;
their routine look-alikes stay out."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists
from wbdiag.rules.error_candidates import CANDIDATE_PATTERNS
from wbdiag.rules.error_devices import DEVICE_CANDIDATES, DEVICE_CONFIRM
from wbdiag.rules.portable_regex import check_portable


@pytest.mark.parametrize(
    "line",
    [
        # real: heldout61 (mattshma/bigdata#133, OPIXray-author/OPIXray#5,
        # NVIDIA/k8s-device-plugin#1371, robinong79/docker-swarm-monitoring#3)
        "[188497.595099] NVRM: No NVIDIA graphics adapter probed!",
        "CUDA out of memory. Tried to allocate 264.00 MiB (GPU 0; 2.00 GiB total capacity; 788.51 "
        "MiB already allocated; 145.93 MiB free; 1.02 GiB reserved in total by PyTorch)",
        "W0819 07:02:54.757556       1 rm.go:109] NVML not detected: could not load NVML library: "
        "libnvidia-ml.so.1: cannot open shared object file: No such file or directory",
        "# There is insufficient memory for the Java Runtime Environment to continue.",
        "# Native memory allocation (mmap) failed to map 2060255232 bytes for committing reserved "
        "memory.",
        # the driver's other failure wordings, behind dmesg's time or the kernel's tag
        "[   12.345678] NVRM: GPU 0000:3b:00.0: RmInitAdapter failed! (0x26:0xffff:1227)",
        "kernel: NVRM: Xid (PCI:0000:3b:00): 79, pid=1234, GPU has fallen off the bus.",
        "[   12.3] NVRM: API mismatch: the client has the version 535.104.05, but",
        "[   12.3] NVRM: The NVIDIA probe routine failed for 1 device(s).",
        "RuntimeError: CUDA error: no kernel image is available for execution on the device",
        "failed to allocate 3.85G (4139515904 bytes) from device: CUDA_ERROR_OUT_OF_MEMORY",
        "ImportError: libcudnn.so.8: cannot open shared object file: No such file or directory",
    ],
)
def test_device_failures_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        "[    3.1] NVRM: loading NVIDIA UNIX x86_64 Kernel Module  535.104.05  Sat Aug 19 2023",
        "[    3.2] NVRM: GPU 0000:3b:00.0: RmInitAdapter succeeded",
        "Set PYTORCH_CUDA_ALLOC_CONF to avoid fragmentation when CUDA memory is tight",
        "CUDA error checking is enabled for this build",
        "I0819 07:02:54.757556       1 rm.go:109] loaded NVML library libnvidia-ml.so.1",
        # a library missing at INFO stays a notice, as any INFO line
        "I0819 07:02:54.757556       1 main.go:9] could not load optional plugin: libfoo.so: "
        "cannot open shared object file: No such file or directory",
        "-XX:+ExitOnOutOfMemoryError set; the JVM exits on insufficient memory",
    ],
)
def test_device_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)


def test_device_patterns_are_portable_and_scanned() -> None:
    for pattern in (*DEVICE_CANDIDATES, *DEVICE_CONFIRM):
        assert check_portable(pattern) is None, pattern
    assert set(DEVICE_CANDIDATES) <= set(CANDIDATE_PATTERNS)
