"""The miner lists container runtimes', registries' and the kernel's network failures as they print
them without a level word (error_runtime.py), a registry's bare rate limit, kube-proxy's klog line
whose error follows on the next lines, and an address pool left empty at warning (error_quiet.py).
Their look-alikes stay out."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists
from wbdiag.rules.error_candidates import CANDIDATE_PATTERNS
from wbdiag.rules.error_runtime import RUNTIME_CANDIDATES, RUNTIME_CONFIRM
from wbdiag.rules.portable_regex import check_portable


@pytest.mark.parametrize(
    "line",
    [
        # an image with no variant for the platform (docker-library/mysql#415,
        # docker/getting-started#233) and a tag the registry lacks (borchero/switchboard#22)
        "no matching manifest for linux/arm64 in the manifest list entries",
        "docker: no matching manifest for linux/arm64/v8 in the manifest list entries.",
        "manifest unknown",
        "Error: manifest unknown: manifest unknown",
        # the registry's other codes as docker pull ends with them (docker-library/hello-world#21),
        # and the daemon's refusal as newer CLIs word it (wraft/wraft#191)
        "unknown: Not Found",
        "denied: requested access to the resource is denied",
        "unauthorized: authentication required",
        "error response from daemon: pull access denied for minio/mc, repository does not exist "
        "or may require 'docker login'",
        # gVisor under Cloud Run could not start the container's process (ahmetb/runsd#50)
        "terminated: Application failed to start: Failed to create init process: failed to load "
        "/bin/runsd: permission denied",
        # runc could not exec it: the error quoted before 1.0, after a colon since
        # (docker-library/haproxy#103, getredash/redash#5331)
        'standard_init_linux.go:190: exec user process caused "exec format error"',
        "standard_init_linux.go:228: exec user process caused: no such file or directory",
        # kubectl logs on a container the runtime no longer has (huggingface/dataset-viewer#526)
        "unable to retrieve container logs for containerd://6b05b517783eaa1d2e1ca99752d90d13aff416f"
        "0dd5a82d0804892fd46c3b3d6",
        # the kernel's connection tracking table (canonical/hotsos#101, kubernetes#71261)
        "kernel: [1694413.644132] nf_conntrack: nf_conntrack: table full, dropping packet",
        "[Tue Nov 20 22:30:22 2018] nf_conntrack: table full, dropping packet",
        # the kernel's segfault report, after dmesg's time, a tag or alone (dlundquist/sniproxy#86,
        # Unidata/awips2#206, benoitc/http-parser#34)
        "[1423254.751712] sniproxy[7827]: segfault at 1000 ip 00007fbbeed70cba sp 00007fff7179ecc0 "
        "error 4 in libc-2.13.so[7fbbeed2b000+182000]",
        "kernel: ldmd[27699]: segfault at c0 ip 00007f1fbc8941ad sp 00007ffc6ff8bec0 error 4 in "
        "libc-2.17.so[7f1fbc84d000+1b8000]",
        "segfault at 2000 ip 00007fe490fb8a39 sp 00007fe46f7d1c40 error 4 in parser.so",
        # Go's HTTP/2 client (davecheney/httpstat#118)
        'http2: server sent GOAWAY and closed the connection; LastStreamID=0, ErrCode=NO_ERROR, debug=""',
        # a registry's bare rate limit with its wait (alexklibisz/terraform-provider-terrifi#50)
        "toomanyrequests: retry-after: 985.86µs, allowed: 44000/minute",
        # kube-proxy's klog line, its error on the lines after `err=<` (kubernetes/kube-proxy#25)
        "Feb 17 11:12:14 k8s-192-168-3-26 kube-proxy[9234]: E0217 11:12:14.212635    9234 "
        'proxier.go:1432] "Failed to execute iptables-restore" err=<',
        # Cilium's IPAM with its pool empty, at warning (cilium/cilium#41986)
        '{"error":"failed to allocate ipv4 address for node \\"my-cluster-md-worker-default-jqzz7-'
        'hlldv\\" from pool \\"default\\": pool empty","level":"warning","msg":"Failed to allocate '
        'PodCIDRs to node","nodeName":"my-cluster-md-worker-default-jqzz7-hlldv","subsys":"ipam-'
        'allocator-multi-pool"}',
    ],
)
def test_runtime_failures_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # prose about the same words, and a manifest the client found
        "the registry answers manifest unknown when a tag is missing",
        "Pulling image: no matching manifest was found in the cache, fetching",
        "Using manifest list entry for linux/arm64",
        # a value after the code's word, not the registry's message, and prose
        "unknown: 0",
        "denied: true",
        "status unknown: 3 of 5 hosts",
        "the docker CLI prints error response from daemon: before the daemon's message",
        # a container's logs retrieved, and the table's size reported
        "unable to retrieve container logs, retrying",
        "the exec user process caused the container to stop",
        "nf_conntrack: table size 262144",
        # prose about a segfault
        "the worker hit a segfault at startup, see the core file",
        # a GOAWAY logged at INFO by a server that sends it on shutdown
        'level=info msg="http2: server sent GOAWAY and closed the connection; LastStreamID=1"',
        # a rate limit's wait announced without the registry's code
        "toomanyrequests retry-after header honoured",
        # a pool at warning that names no failure
        'level=warning msg="Pool default is almost empty"',
    ],
)
def test_runtime_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)


def test_runtime_patterns_are_portable_and_scanned() -> None:
    for pattern in (*RUNTIME_CANDIDATES, *RUNTIME_CONFIRM):
        assert check_portable(pattern) is None, pattern
    assert set(RUNTIME_CANDIDATES) <= set(CANDIDATE_PATTERNS)
