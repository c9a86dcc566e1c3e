"""Accelerators', their drivers' and the runtimes' failures as they print them, with no level word.

- the NVIDIA kernel driver (`NVRM: ` in the kernel log, after dmesg's time): a GPU it did not
  find or could not set up (`NVRM: No NVIDIA graphics adapter probed!`, mattshma/bigdata#133; `NVRM:
  The NVIDIA probe routine failed for 1 device(s).`, `NVRM: None of the NVIDIA devices were
  initialized.`, `NVRM: GPU 0000:3b:00.0: RmInitAdapter failed! (0x26:0xffff:1227)`), a GPU lost
  (`NVRM: Xid (PCI:0000:3b:00): 79, pid=…, GPU has fallen off the bus.`) or a user-space library
  of another version than the module (`NVRM: API mismatch: the client has the version …`); its
  loading banner and other notices stay out;
- CUDA's own failures as PyTorch and the CUDA runtime word them, without the exception class a
  paste often leaves out (`CUDA out of memory. Tried to allocate 264.00 MiB (GPU 0; …)`,
  OPIXray-author/OPIXray#5; `CUDA error: no kernel image is available for execution on the
  device`, the driver API's `CUDA_ERROR_OUT_OF_MEMORY`, `CUDA driver version is insufficient for
  CUDA runtime version`);
- a shared library the dynamic loader could not open, in dlopen's words (`could not load NVML
  library: libnvidia-ml.so.1: cannot open shared object file: No such file or directory`, the
  NVIDIA device plugin on a node without the driver's library, NVIDIA/k8s-device-plugin#1371):
  the program runs without what the library gives it (a device plugin advertises no GPU), so
  error_quiet.py counts it at WARN too, after what failed to happen;
- the JVM's fatal error report for memory it could not get from the system (`# There is
  insufficient memory for the Java Runtime Environment to continue.`, `# Native memory allocation
  (mmap) failed to map 2060255232 bytes for committing reserved memory.`,
  robinong79/docker-swarm-monitoring#3): the JVM exits.

Each candidate starts with a literal (the scan's prefilter searches it); the confirmations want the
whole phrase, so a sentence that mentions the words stays out.
"""

from __future__ import annotations

DEVICE_CANDIDATES = (
    "NVRM: ",
    "CUDA out of memory",
    "CUDA error: ",
    "CUDA_ERROR_",
    "CUDA driver version is insufficient",
    ": cannot open shared object file",
    "insufficient memory for the Java Runtime Environment",
    r"Native memory allocation \(",
)
# the driver's failure wordings after its tag, maybe after the GPU's PCI address
_NVRM = (
    r"\bNVRM: (?:GPU [\w:.]{1,40}: )?(?:No NVIDIA (?:graphics adapter|GPU|devices?)\b|Xid \("
    r"|API mismatch: |The NVIDIA probe routine (?:failed|was not called)\b|None of the NVIDIA "
    r"devices were initialized\b|RmInitAdapter failed\b|.{0,200}\bhas fallen off the bus\b"
    r"|(?:[Ff]ailed|[Uu]nable|[Cc]ould not|[Cc]annot)\b)"
)
_CUDA = (
    r"\bCUDA out of memory\b|\bCUDA error: [a-z]|\bCUDA_ERROR_[A-Z_]{3,60}\b"
    r"|\bCUDA driver version is insufficient for CUDA runtime version\b"
)
# dlopen's error: the library's file name, then the loader's reason
SHARED_OBJECT_MISSING = r"\.so(?:\.\d+)*: cannot open shared object file: [A-Z]"
_JVM_MEMORY = (
    r"\bThere is insufficient memory for the Java Runtime Environment to continue\b"
    r"|\bNative memory allocation \((?:mmap|malloc)\) failed to (?:map|allocate) \d+ bytes\b"
)
DEVICE_CONFIRM = (_NVRM, _CUDA, SHARED_OBJECT_MISSING, _JVM_MEMORY)
