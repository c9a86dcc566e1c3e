"""The miner on what a cluster's components report about resources and watches, and on the
failures a program names by what it was doing: kubelet's eviction manager under pressure, the
kernel's OOM killer report, the scheduler's older `No nodes are available` wording and a pod's
`Unschedulable` condition, a pod row kubectl shows `Unknown`, a Go map's 5xx answer, MySQL's aborted
connections with a cause, a warning's `Error creating connection` with a network cause, and EF
Core's `Failed executing DbCommand` (error_states.py, error_mysql.py, error_http.py,
error_quiet.py, error_candidates.py). Each failure is listed; each routine look-alike is not, and a
watch that etcd's compaction ended stays quiet at error level while other watch errors do not."""

from __future__ import annotations

import re

import pytest

from tests.helpers import miner_lists
from wbdiag.rules.error_candidates import CANDIDATE_PATTERNS, ERROR_CANDIDATE
from wbdiag.rules.portable_regex import split_alternatives


@pytest.mark.parametrize(
    "line",
    [
        # kubelet's eviction manager (glog before 1.21, klog's structured form after), at W and I
        "W1215 19:22:57.242319   77158 eviction_manager.go:344] eviction manager: attempting to "
        "reclaim ephemeral-storage",
        "I0321 10:00:00.000000 1234 eviction_manager.go:349] eviction manager: must evict pod(s) to "
        "reclaim memory",
        'I0321 10:00:00.000000 1234 eviction_manager.go:366] "Eviction manager: pods ranked for '
        'eviction" pods=["wandb/wandb-app-0"]',
        'I0321 10:00:00.000000 1234 eviction_manager.go:592] "Eviction manager: pod is evicted '
        'successfully" pod="wandb/wandb-app-0"',
        "I0321 10:00:00.000000 1234 eviction_manager.go:380] eviction manager: pod "
        "wandb-app-0_wandb(1c2d) is evicted successfully",
        "E0321 10:00:00.000000 1234 eviction_manager.go:410] eviction manager: eviction thresholds "
        "have been met, but no pods are active to evict",
        # kubelet's image garbage collection short of what it must free, its ImageGCFailed
        # event's message pasted alone (actions/actions-runner-controller#1215) and 1.29's wording
        "failed to garbage collect required amount of images. Wanted to free 11069618585 bytes, "
        "but freed 0 bytes",
        "Failed to garbage collect required amount of images. Attempted to free 10 bytes, but "
        "only found 0 bytes eligible to free.",
        # the kernel's OOM killer report (dmesg -T, journald's kernel prefix)
        "[Wed Dec  6 23:54:11 2017] java invoked oom-killer: gfp_mask=0xd0, order=0, "
        "oom_score_adj=-998",
        "Mar 21 10:00:00 node-1 kernel: gorilla invoked oom-killer: "
        "gfp_mask=0x100cca(GFP_HIGHUSER_MOVABLE), order=0, oom_score_adj=999",
        # ... and the kill on a line of its own under it, before 4.19 (2.6's with the UID first,
        # heldout79 #41, cPanelSSP/SSP#76)
        "Mar  2 17:35:10 server1 kernel: [2858609.598568] Killed process 11726, UID 498, (mysqld) "
        "total-vm:7823732kB, anon-rss:2539268kB, file-rss:768kB",
        "[  +0.000003] Killed process 16556 (mysqld) total-vm:16816660kB, anon-rss:1kB",
        # the scheduler before 1.10, as kubectl -o yaml prints the condition, and its reason
        "      message: 'No nodes are available that match all of the following predicates::",
        "No nodes are available that match all of the predicates: Insufficient cpu (2).",
        "      reason: Unschedulable",
        # a pod whose node stopped reporting it
        "nginx-dm-2214564181-677db   1/1       Unknown   1          1h        10.233.109.89   "
        "10.6.0.188",
        "wandb   wandb-app-0   1/1   Unknown   0   3d",
        # a request answered 5xx in Go's %v of a map (ory's logrus fields), at INFO
        "time=2021-05-24T10:06:21Z level=info msg=completed handling request http_request=map["
        "headers:map[accept-encoding:gzip user-agent:kube-probe/1.18+] host:10.5.91.184:4434 "
        "method:GET path:/health/ready query:<nil> remote:10.5.94.194:56050 scheme:http] "
        "http_response=map[status:503 text_status:Service Unavailable took:375.510136ms]",
        "level=info msg=completed handling request http_request=map[method:POST path:/graphql] "
        "http_response=map[status:502 text_status:Bad Gateway]",
        # MySQL's aborted connections with a cause: a timeout, a failed write, a packet too large
        "[Warning] Aborted connection 23366 to db: 'dbname' user: 'dbuser' host: 'localhost' "
        "(Got timeout reading communication packets)",
        "Aborted connection xx to db: 'unconnected' user: 'xxx' host: 'xxx' "
        "(Failed on my_net_write())",
        "2024-02-11T02:20:03.552024Z 171 [Note] [MY-010914] [Server] Aborted connection 171 to db: "
        "'wandb_local' user: 'wandb' host: '10.0.0.5' (Got timeout writing communication packets).",
        "2020-07-16 17:31:53 9 [Warning] Aborted connection 9 to db: 'app' user: 'app' host: "
        "'10.0.0.4' (Got a packet bigger than 'max_allowed_packet' bytes)",
        # what it was doing when a network error came, at WARN (a client that retries)
        'time="2016-06-02T06:47:17Z" level=warning msg="Error creating connection dial tcp '
        '172.17.0.3:28015: connection refused"',
        "W0321 10:00:00.000000 1 client.go:88] Error dialing backend: dial tcp 10.0.0.7:443: i/o "
        "timeout",
        # EF Core's failed command (the line after `fail: …Database.Command[20102]`)
        "Failed executing DbCommand (4ms) [Parameters=[], CommandType='\"Text\"', "
        "CommandTimeout='30']",
        "      Failed executing DbCommand (31ms) [Parameters=[@p0='?'], CommandType='Text', "
        "CommandTimeout='30']",
        "[12:00:00 ERR] Failed executing DbCommand (12ms) [Parameters=[], CommandType='Text']",
    ],
)
def test_reports_of_failures_are_listed(line: str) -> None:
    assert miner_lists(line), line


@pytest.mark.parametrize(
    "line",
    [
        # kube-apiserver's etcd compaction notice at E (a warning since 1.23), a reflector's
        "E0528 21:19:02.661157       1 watcher.go:208] watch chan error: etcdserver: mvcc: "
        "required revision has been compacted",
        "Jul 06 09:25:44 master kube-apiserver[27196]: E0706 09:25:44.826693   27196 "
        "watcher.go:188] watch chan error: etcdserver: mvcc: required revision has been compacted",
        "E0607 17:45:53.452317   19698 reflector.go:323] k8s.io/client-go/informers/factory.go:70: "
        "watch of *v1.Secret ended with: too old resource version: 8902015 (8925793)",
        "E0607 17:45:53.452317   19698 reflector.go:323] k8s.io/client-go/informers/factory.go:70: "
        "watch of *v1.Pod ended with: The resourceVersion for the provided watch is too old.",
        # the eviction manager's observations, housekeeping and a condition list without pressure
        "I1005 12:17:14.997016 21251 helpers.go:812] eviction manager: observations: "
        "signal=allocatableNodeFs.available, available: 3157344360, capacity: 200765316Ki",
        "I0321 10:00:00.000000 1234 eviction_manager.go:292] eviction manager: synchronize "
        "housekeeping",
        "I0321 10:00:00.000000 1234 eviction_manager.go:340] eviction manager: no resources are "
        "starved",
        "I0321 10:00:00.000000 1234 eviction_manager.go:304] eviction manager: node conditions - "
        "observed: []",
        # (its verbosity-3 observations of the conditions, the pressure itself the condition's)
        "I1215 19:22:57.242204   77158 eviction_manager.go:304] eviction manager: node conditions "
        "- transition period not met: [DiskPressure]",
        "I0913 15:20:47.884896  104204 eviction_manager.go:288] eviction manager: node conditions - "
        "observed: [MemoryPressure]",
        'I0321 10:00:00.000000 1234 eviction_manager.go:332] "Eviction manager: node conditions - '
        'observed" pressureCondition=["MemoryPressure"]',
        "I0321 10:00:00.000000 1234 eviction_manager.go:300] eviction manager: thresholds - reclaim "
        "not satisfied",
        # kubelet's first image garbage collection before its stats are ready, and one that freed
        # what it had to
        'I0202 10:00:00.000000 1 kubelet.go:1400] "Image garbage collection failed once. Stats '
        'initialization may not have completed yet" err="failed to get imageFs info: unable to '
        'find data in memory cache"',
        "I0202 10:00:00.000000 1 image_gc_manager.go:300] Image garbage collection succeeded, "
        "freed 1048576 bytes",
        # the OOM killer's settings and its name in prose
        "oom_score_adj=-998 for the kubelet keeps the OOM killer away from it",
        "INFO docs: a process that invoked oom-killer is not always the one it kills",
        # other reasons and states that are routine
        "      reason: PodCompleted",
        "wandb-app-7d9f8c6b5-x2x4q   1/1   Running   0   17m",
        "node-1   Ready   <none>   20m   v1.27.3",
        # a Go map's 2xx, 4xx, and a status without a method
        "level=info msg=completed handling request http_request=map[method:GET path:/health/ready] "
        "http_response=map[status:200 text_status:OK took:3ms]",
        "level=info msg=completed handling request http_request=map[method:GET path:/x] "
        "http_response=map[status:404 text_status:Not Found]",
        "level=info msg=job finished result=map[status:503]",
        # a client that hung up without COM_QUIT: routine, kept quiet on purpose
        "2024-02-11T02:20:03.552024Z 171 [Note] [MY-010914] [Server] Aborted connection 171 to db: "
        "'mysql' user: 'MyDatabase' host: 'localhost' (Got an error reading communication "
        "packets).",
        # a warning that names what it does without a network failure, and such a line at INFO
        'level=warning msg="Error creating connection pool took 3s longer than expected"',
        'level=info msg="Error creating connection dial tcp 172.17.0.3:28015: connection refused '
        'is retried in 5s"',
        # EF Core's successful command, and a count of failed jobs at INFO
        "Executed DbCommand (4ms) [Parameters=[], CommandType='Text', CommandTimeout='30']",
        "INFO Failed processing jobs: 0",
    ],
)
def test_routine_look_alikes_are_not_listed(line: str) -> None:
    assert not miner_lists(line), line


@pytest.mark.parametrize(
    "line",
    [
        # other watch errors at E stay failures: a revision in the future, no leader, a cut message
        "E0528 21:19:02.661157       1 watcher.go:208] watch chan error: etcdserver: mvcc: "
        "required revision is a future revision",
        "E0528 21:19:02.661157       1 watcher.go:208] watch chan error: etcdserver: no leader",
        "E0528 21:19:02.661157       1 watcher.go:208] watch chan error: etcdserver: mvcc: "
        "required revision has been compacted; giving up after 5 retries",
    ],
)
def test_other_watch_errors_stay_listed(line: str) -> None:
    assert miner_lists(line), line


def test_each_candidate_is_a_whole_regex_of_its_own() -> None:
    # a candidate is one alternative of ERROR_CANDIDATE: an unescaped `[` (`[status:5`) opened a
    # character class that swallowed the alternatives after it, and lines they alone took went
    # unlisted
    assert list(split_alternatives(ERROR_CANDIDATE)) == list(CANDIDATE_PATTERNS)
    for pattern in CANDIDATE_PATTERNS:
        re.compile(pattern)


@pytest.mark.parametrize(
    "line",
    [
        # client-go's reflector that could not list a kind, at WARN (nginx/kubernetes-ingress#3424)
        # and in its later structured and error-level wordings
        "[nginx-ingress-controller-nginx-ingress-5b67849cc9-fl4th] W0111 16:23:56.404473       1 "
        "reflector.go:424] pkg/mod/k8s.io/client-go@v0.25.2/tools/cache/reflector.go:169: failed "
        "to list *v1.Certificate: the server could not find the requested resource (get "
        "certificates.cert-manager.io)",
        "W0312 08:00:01.000000       1 reflector.go:539] k8s.io/client-go@v0.29.0/tools/cache/"
        'reflector.go:229: failed to list *v1.Secret: secrets is forbidden: User "system:'
        'serviceaccount:wandb:wandb-operator" cannot list resource "secrets"',
        "I0312 08:00:02.000000       1 trace.go:236] reflector.go:229: Failed to watch "
        "*v1.ConfigMap: failed to list *v1.ConfigMap: Get "
        '"https://10.96.0.1:443/api/v1/configmaps": dial tcp 10.96.0.1:443: i/o timeout',
        # a `kubectl get events` row wrapped at the terminal's width after its reason
        # (openshift/tektoncd-pipeline#480)
        "40s         Warning   FailedCreate",
        "2m          Warning   BackOff",
    ],
)
def test_reflector_failures_and_wrapped_event_rows_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # a reflector's routine steps: its list and watch, a watch that ended to be restarted
        "I0312 08:00:00.000000       1 reflector.go:289] Starting reflector *v1.Pod (10m0s) from "
        "k8s.io/client-go/informers/factory.go:150",
        "I0312 08:00:00.000100       1 reflector.go:325] Listing and watching *v1.Pod from "
        "k8s.io/client-go/informers/factory.go:150",
        "W0312 08:00:00.000200       1 reflector.go:462] k8s.io/client-go/informers/factory.go:150:"
        " watch of *v1.Pod ended with: too old resource version: 8902015 (8925793)",
        # an application's list that failed, without client-go's Go type
        "W0312 08:00:00.000300       1 app.go:12] retrying: listed 3 of 4 buckets",
        # kubectl's rows: a Normal event ending the line, the table's header
        "40s         Normal    Scheduled",
        "LAST SEEN   TYPE      REASON",
    ],
)
def test_reflector_and_event_row_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # the API server's validation refusal (StatusReasonInvalid), harbor-operator#943
        'The HarborCluster "harborcluster-sample" is invalid: spec.version: Invalid value: '
        '"2.5.0": downgrade from 2.5.2 to 2.5.0 is not allowed',
        # ... a built-in kind, a list of field errors, escaped in a JSON log
        'The Deployment "wandb" is invalid: spec.template.spec.containers[0].image: Required value',
        'The Service "wandb" is invalid: [spec.ports[0].nodePort: Invalid value: 30080: provided '
        'port is already allocated, metadata.name: Invalid value: "x"]',
        '{"msg":"apply failed","error":"The PersistentVolumeClaim \\"wandb-files\\" is invalid: '
        'spec: Forbidden: spec is immutable after creation"}',
        # ... the API's own message without kubectl's `The`, after its caller's colon or alone
        # (hashicorp/terraform-provider-helm#526, heldout69 #5)
        '\t failed to replace object: Service "node81-bde8-41" is invalid: spec.clusterIP: Invalid '
        'value: "": field is immutable',
        'Service "wandb" is invalid: spec.clusterIP: Invalid value: "": field is immutable',
        # ... the kind with its API group, as Helm and Argo CD relay the apply
        # (apache/devlake-helm-chart#257, bunkerity/bunkerweb-helm#59)
        'cannot patch "devlake-ui" with kind Deployment: Deployment.apps "devlake-ui" is invalid: '
        "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string",
        'one or more objects failed to apply, reason: Deployment.apps "scheduler-untrusted-'
        'bunkerweb" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:v1.'
        "LabelSelectorRequirement(nil)}: field is immutable",
    ],
)
def test_validation_refusals_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # a sentence about validity that is no refusal of an object
        'the value "x" is invalid: expected a number',
        'Checking whether The Deployment "wandb" is valid',
        'webhook "vwandb.kb.io" validates that The WeightsAndBiases "x" is valid before create',
        'a Service "x" is invalid: when its ports clash',
        'Checking whether Deployment.apps "wandb" is valid',
        'the Deployment.apps "x" is invalid: when its selector changes',
    ],
)
def test_validation_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)
