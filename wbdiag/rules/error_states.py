"""Failures that tools report as a state, a catalogue message or a failed step, without any error word.

kubectl and docker print failures as table rows and fields (`Warning  FailedScheduling  …`,
`deepak  NotReady  <none>  20m  v1.11.3`, a pod, claim or volume left `Pending`, `Lost` or
`Failed`, `State:  Waiting`, `Up 5 minutes (unhealthy)`), and S3
and MinIO answer with sentences from the AWS error catalogue (`The Access Key Id you provided
does not exist in our records.`); build and migration tools name a step that failed (Gradle's
`:task FAILED`, Flyway's `Validate failed: …`). error_candidates.py and error_confirm.py add these candidates
and confirmations to their own; `reports_failure` names the few reports logged at INFO (an event
a test framework dumps, a node condition it waits for, the event recorder's own line), where the
level is the reporter's, not the failure's.
"""

from __future__ import annotations

from typing import Any

from wbdiag import lazyre

# Event reasons and container states that mean something failed, whatever the event's type
# (kubelet reports `BackOff` as a Normal event). A Warning event of any reason is a failure too.
FAILURE_REASONS = (
    "BackOff",
    "BackoffLimitExceeded",
    "ContainerCannotRun",
    "ContainerGCFailed",
    "CrashLoopBackOff",
    "CreateContainerConfigError",
    "CreateContainerError",
    "DeadlineExceeded",
    "ErrImageNeverPull",
    "ErrImagePull",
    "Evicted",
    "EvictionThresholdMet",
    "ExceededGracePeriod",
    "Failed",
    "FailedAttachVolume",
    "FailedBinding",
    "FailedCreate",
    "FailedCreatePodSandBox",
    "FailedKillPod",
    "FailedMount",
    "FailedPostStartHook",
    "FailedPreStopHook",
    "FailedScheduling",
    "FailedSync",
    "FreeDiskSpaceFailed",
    "ImageGCFailed",
    # cert-manager's CertificateRequest waits, as a Normal event, for an issuer its certificate
    # names and the cluster does not have: no certificate until someone creates it
    # (cert-manager/cert-manager#5882)
    "IssuerNotFound",
    "ImagePullBackOff",
    "InvalidImageName",
    "NetworkNotReady",
    "NodeNotReady",
    "OOMKilled",
    "OOMKilling",
    "ProvisioningFailed",
    "RunContainerError",
    "SystemOOM",
    "Unhealthy",
    # the PodScheduled condition's reason in `kubectl get pod -o yaml`: reason: Unschedulable
    "Unschedulable",
)
_REASON = "(?:" + "|".join(FAILURE_REASONS) + ")"

# The AWS S3 error catalogue's messages, as S3, MinIO and their clients return them (the ones a
# W&B object store can answer with); a rule that knows one explains its line first. Plain text
# without regex metacharacters: each is a candidate and its own confirmation.
S3_MESSAGES = (
    "you provided does not exist in our records",
    "The request signature we calculated does not match",
    "The specified bucket does not exist",
    "The specified key does not exist",
    "The specified upload does not exist",
    "The difference between the request time and the",
    "The provided token has expired",
    "The provided token is malformed",
    "The security token included in the request is invalid",
    "The authorization header is malformed",
    "The authorization mechanism you have provided is not supported",
    "must be addressed using the specified endpoint",
    "The Content-MD5 you specified did not match",
    "Your proposed upload exceeds the maximum allowed",
    # ... and a multipart upload the store cannot complete: a part under the minimum size
    # (EntityTooSmall), parts it does not have or whose ETags differ (InvalidPart), out of order
    # (InvalidPartOrder); the client's upload fails at its last step
    "Your proposed upload is smaller than the minimum allowed",
    "One or more of the specified parts could not be found",
    "The list of parts was not in ascending order",
    # (SlowDown; MinIO writes it in lower case after a comma: …, please reduce your request rate)
    "lease reduce your request rate",
    # ... and S3-compatible stores' own wording (DigitalOcean Spaces' `SlowDown (server): Reduce
    # your request rate.` as the AWS SDK for PHP prints the code and its fault,
    # thephpleague/flysystem-aws-s3-v3#278)
    "Reduce your request rate",
    "We encountered an internal error",
    "The XML you provided was not well-formed",
    "The requested bucket name is not available",
    "All access to this object has been disabled",
    "Storage backend has reached its minimum free",
    "Server not initialized, please try again",
    "Your account is not signed up for the S3 service",
    "The specified method is not allowed against this resource",
    # MissingContentMD5, MissingSecurityHeader: a header the request needed
    "Missing required header for this request",
    # MinIO's read and write quorum lost (InsufficientReadQuorum, InsufficientWriteQuorum): too
    # few drives answer; MinIO waits on it at start-up (… possible cause (Unable to initialize
    # config system: …: Storage resources are insufficient for the write operation …))
    "Storage resources are insufficient for the",
    # NotImplemented: a header asked for what the store does not do (MinIO answers it for a
    # request it does not support, as PeerTube's uploads to it showed: Chocobozzz/PeerTube#5479)
    "A header you provided implies functionality that is not implemented",
    # ... and OpenStack Swift's s3api (behind Hetzner's, OVH's and other S3-compatible stores) for
    # a payload the newer AWS SDKs stream in aws-chunked encoding with a checksum (boto3 1.36 and
    # later, aws-sdk-go-v2): `Transfering payloads in multiple chunks using aws-chunked is not
    # supported.` (getsentry/self-hosted#4144; newer s3api spells it `Transferring`); uploads fail
    "payloads in multiple chunks using aws-chunked is not supported",
    # ... and SeaweedFS' S3 gateway with no identity configured, which refuses every signed
    # request (its ErrAuthNotSetup, code InvalidRequest; seaweedfs/seaweedfs#2101): every S3 SDK
    # signs once it is given keys, so W&B's uploads fail
    "Signed request requires setting up SeaweedFS S3 authentication",
)

# Each starts with a literal (the scan's prefilter searches it) and stays loose: STATE_CONFIRM
# says more (every alternative here adds to the candidate database's compile time).
STATE_CANDIDATES = (
    # kubectl describe / get events: `Warning  FailedScheduling  35s  default-scheduler  0/3 …`
    # (tabs as \t where a docker json-file log holds the line)
    r"Warning(?:[ \t]|\\t){2,}[A-Z]",
    r"Normal(?:[ \t]|\\t){2,}[A-Z]",
    # kubernetes-event-exporter and `kubectl get events -o json` lines
    '"type":"Warning"',
    '"type": "Warning"',
    # kubelet's event messages when they are pasted alone
    "Back-off ",
    "restarting failed container",
    "failed liveness probe",
    "failed startup probe",
    # (kubelet before 1.7 worded its Killing event for a failed liveness probe so: `Killing
    # container with id docker://…:pod "…" container "x" is unhealthy, it will be killed and
    # re-created.`, kubernetes/kubernetes#46218)
    "is unhealthy, it will be killed",
    "unbound immediate PersistentVolumeClaims",
    "The node was low on resource",
    "The node had condition: ",
    "ailed to garbage collect required amount of images",
    'persistentvolumeclaim "',
    'configmap "',
    'secret "',
    # the API's NotFound names the resource in the plural: secrets "x" not found
    'persistentvolumeclaims "',
    'configmaps "',
    'secrets "',
    " probe failed",
    "nodes are available: ",
    # the scheduler before Kubernetes 1.10 (No nodes are available that match all of the following
    # predicates:: NodeUnderMemoryPressure (1).; kubernetes/kubernetes#52166)
    "No nodes are available that match all of the",
    "Failed to pull image ",
    r"MountVolume\.",
    "Unable to attach or mount volumes",
    "Multi-Attach error for volume ",
    # describe's container state: State: Waiting, Last State: Terminated, Reason: OOMKilled,
    # Exit Code: 137
    "State:",
    "Reason:",
    "Exit Code:",
    # the same in `kubectl get pod -o yaml`: reason: OOMKilled, exitCode: 137
    "reason: ",
    "exitCode: ",
    # kubectl get pods / get nodes rows: wandb-0  0/1  CrashLoopBackOff  5  3m; x  NotReady  …
    *(r"/\d+ +" + s for s in ("Init:", "CrashLoopBackOff", "ImagePullBackOff", "ErrImagePull")),
    *(r"/\d+ +" + s for s in ("Error ", "OOMKilled", "Evicted", "CreateContainer")),
    *(r"/\d+ +" + s for s in ("Pending ", "Failed ", "Unknown ")),
    # kubectl get pvc / get pv rows: data-mysql-0  Pending  standard  <unset>  37m
    *(f"  {s}  " for s in ("Pending", "Lost", "Failed")),
    "NotReady",
    # node conditions: Ready  Unknown  NodeStatusUnknown  Kubelet stopped posting node status.
    "Kubelet stopped posting",
    "KubeletNotReady",
    "MemoryPressure",
    "DiskPressure",
    "PIDPressure",
    "NetworkUnavailable",
    # a test framework's dump of events and conditions, the event recorder's own line, kubelet's
    # eviction manager (reports_failure)
    "event for ",
    "viction manager: ",
    "type: 'Warning' reason: ",
    # client-go's reflector that could not list or watch a kind (REFLECTOR_FAILED)
    r"ailed to (?:list|watch) \*",
    # kubelet's prober on a failed probe (_PROBE_FAILED)
    "probeResult=",
    r" failed \(failure\): ",
    "Condition Ready of node ",
    # docker ps: Up 5 minutes (unhealthy), Exited (1) 2 minutes ago, Restarting (1) 5 seconds ago
    r"\(unhealthy\)",
    r"Exited \(",
    r"Restarting \(",
    # docker inspect's health log and the OCI runtime
    "OCI runtime ",
    # the cluster refusing the container's user: OpenShift's SCC (unable to validate against any
    # security context constraint, must specify a user that is numeric and within the range of
    # allowed users) and kubelet's runAsNonRoot check (image has non-numeric user (x), cannot
    # verify user is non-root; image will run as root)
    "security context constraint",
    "user that is numeric",
    "cannot verify user is non-root",
    "image will run as root",
)

# A tool's report that a step or a child process failed, and a browser's or a decoder's refusal,
# without an error word: Python's CalledProcessError (`Command '[…]' returned non-zero exit status
# 1.`), Gradle's failed task (`:app:test FAILED`, `> Task :app:test FAILED`) and child process
# (`Process 'command 'java'' finished with non-zero exit value 255`), a test runner's `… FAILED in
# 10 seconds`, Safari's and Firefox's refusals (`Fetch API cannot load … due to access control
# checks.`, `Cross-Origin Request Blocked: …`, `… blocked by OpaqueResponseBlocking`), Go's
# encoding/json (`cannot unmarshal string into Go struct field …`), and wandb verify's failed
# checks, printed under the check's ❌ with only their advice to tell them (`Failed to log values to
# run. Contact W&B for support.`, `Unable to download file. Check SQS configuration, …`); a
# database wait's probe that got no answer: pg_isready's status for a server that did not answer or
# refused connections (`host:port - no response`, `- rejecting connections`, its whole output, as
# init scripts print it in their loop: `pgtest-postgresql-0.pgtest-postgresql-headless:5432 - no
# response`, apecloud/kubeblocks#3753; its `- accepting connections` is the wait's end), and
# busybox nc's refusal of its target (`nc: bad port '//buildbuddy-mysql'` for a malformed host,
# buildbuddy-io/buildbuddy-helm#98; `nc: bad address 'mysql'` for a name that does not resolve;
# `nc: can't connect to remote host (10.0.0.5): Connection refused`), as init containers run it;
# and acme.sh's failures of an ACME order, which it prints after date(1)'s stamp with no level
# word (error_lines.py unwraps the stamp): the CA's verdict on a domain's challenge (`x.com:Verify
# error:No TXT record found at _acme-challenge.x.com`, acmesh-official/acme.sh#5176; `Invalid
# status, x.com:Verify error detail:…`, #5178), the order (`Create new order error. Le_OrderFinalize
# not found.`, #2733) and its DNS API hook (`Error add txt for domain:_acme-challenge.x.com`, #4043;
# `Add txt record error.`, #3577); its progress (`Pending, The CA is processing your order`) is not.
# Bitnami's wait-for-port, which its images' scripts run before starting or after a dependency
# (`timeout reached before the port went into state "in_use"`, bitnami/bitnami-docker-redis#120):
# what it waited for never came.
TOOL_CANDIDATES = (
    "timeout reached before the port went into state ",
    "returned non-zero exit status ",
    "finished with non-zero exit value ",
    " FAILED",
    "due to access control checks",
    "cannot unmarshal ",
    # Firefox's refusals: Cross-Origin Request Blocked: The Same Origin Policy disallows …, A
    # resource is blocked by OpaqueResponseBlocking, please check browser console for details.
    "Cross-Origin Request Blocked: ",
    "blocked by OpaqueResponseBlocking",
    "ontact W&B for support",
    r"Check (?:SQS config|bucket permissions|database encoding)",
    " - no response",
    " - rejecting connections",
    "nc: bad ",
    "nc: can't connect to remote host",
    # Flyway's own failures, raised as its exceptions' messages (error_candidates.py's `Exception:
    # ` finds them when the class is printed; a log may print its inner class instead or the
    # message's lines alone)
    "Validate failed: ",
    "checksum mismatch for migration ",
    "Flyway failed to ",
    "Detected failed migration to version ",
    "Verify error",
    "Create new order error",
    "Error add txt for domain",
    "Add txt record error",
    # a CNI plugin's failure as libcni and go-cni wrap it, the operation in brackets
    # (`"aws-cni" failed (add): add cmd: failed to assign an IP address to container`,
    # aws/amazon-vpc-cni-k8s#3351; `plugin type="calico" failed (delete): …`)
    r" failed \((?:add|delete|check|status)\): ",
)
TOOL_CONFIRM = (
    r"\bfailed \((?:add|delete|check|status)\): \S",
    # (not `docker inspect`: it exits 1 for an image or container that is not there, the answer
    # `wandb server start` probes for before its first pull)
    r"^(?!.*'docker', 'inspect', ).*\breturned non-zero exit status -?[1-9]",
    r"\bfinished with non-zero exit value -?[1-9]",
    r"^(?:> Task )?:[\w.-]+(?::[\w.-]+)* FAILED\s*$",
    # (with its time, `FAILED in 3 minutes and 30 seconds`: MinIO's mint, minio/minio#7387)
    r"\.\.\. FAILED(?: in \d+ \w+(?: and \d+ \w+)?)?\s*$",
    r"\bcannot load \S+ due to access control checks\b",
    r"(?:^|\s)Cross-Origin Request Blocked: ",
    r"\bblocked by OpaqueResponseBlocking\b",
    r"\bcannot unmarshal \w+ into Go (?:struct field|value of type) ",
    r"[.,] (?:or )?[Cc]ontact W&B for support\.|\. Check (?:SQS config|bucket permissions|database encoding)",
    # the probe's whole output ends the line: prose (`timeout - no response received`) goes on
    r"(?:^|\s)[^\s:]+:\d{1,5} - (?:no response|rejecting connections)\s*$",
    r"(?:^|\s)nc: (?:bad (?:port|address) '|can't connect to remote host\b)",
    # Flyway refusing to migrate: its validation (`org.flywaydb.core.internal.command.DbValidate$1:
    # Validate failed: Migrations have failed validation`, then `Migration checksum mismatch for
    # migration 3`, a Flyway troubleshooting guide), its start (`Flyway failed to initialize: none
    # of the following migration scripts locations could be found:`, a Spring Boot guide) and a
    # migration it recorded as failed (`Detected failed migration to version 1.2 (x)`)
    r"(?:^|[\s:])Validate failed: (?:Migrations have failed validation\b|Detected \w)"
    r"|\bMigration checksum mismatch for migration (?:version )?\S"
    r"|\bFlyway failed to [a-z]+: \S"
    r"|\bDetected failed migration to version \S",
    r"(?:^|[\s,:])Verify error(?: detail)?:\S|^Create new order error\b"
    r"|^Error add txt for domain:\S|^Add txt record error\.",
    r'\btimeout reached before the port went into state \\{0,3}"(?:in_use|free)\\{0,3}"',
)

# kubelet's eviction manager acting on a node under pressure, which it logs at INFO or WARN
# (pkg/kubelet/eviction/eviction_manager.go; glog's `eviction manager: attempting to reclaim
# ephemeral-storage`, kubernetes/kubernetes#107024, klog's structured `"Eviction manager: must evict
# pod(s) to reclaim" resourceName="memory"`): reclaiming, pods ranked, evicted or that it cannot
# evict, thresholds met with nothing to evict. Its observations at verbosity 3 (`node conditions -
# observed: [MemoryPressure]`, `node conditions - transition period not met: [DiskPressure]`,
# `thresholds - …`, `observations: signal=…`) and its housekeeping are routine: the pressure itself
# is the node condition's (`MemoryPressure  True`), listed where kubectl prints it.
_EVICTION = (
    r"\b[Ee]viction manager: (?:attempting to reclaim|must evict pod|pods ranked for eviction"
    r"|pod (?:\S+ )?is evicted successfully|cannot evict a critical pod|unable to evict any pods"
    r"|eviction thresholds have been met)"
)
# client-go's reflector that could not list or watch a kind, which it logs at WARN and retries
# (`W0111 16:23:56.404473 1 reflector.go:424] …/reflector.go:169: failed to list *v1.Certificate:
# the server could not find the requested resource`, nginx/kubernetes-ingress#3424; `E… Failed to
# watch *v1.Pod: failed to list *v1.Pod: pods is forbidden: …`): the controller's cache of that
# kind stays empty until it can (a CRD not installed, RBAC missing); the Go type with its `*`
# names client-go's words
REFLECTOR_FAILED = r"\b[Ff]ailed to (?:list|watch) \*[\w.]+(?:\[[^\]\s]*\])?: \S"
# kubelet's prober logs each failed probe at INFO, the failure its Warning event `Unhealthy`
# reports (`I0203 05:19:12.412872 1934 prober.go:121] "Probe failed" probeType="Readiness" pod=…
# probeResult=failure output="Get …: connect: connection refused"`, secureCodeBox/secureCodeBox
# #2265; before structured logging `prober.go:111] Liveness probe for "web-0_ns(uid):web" failed
# (failure): HTTP probe failed with statuscode: 503`); a probe that succeeds is logged at V(3) as
# `"Probe succeeded"`, and `probeResult=success` or `unknown` (the probe could not run) stay out
_PROBE_FAILED = (
    r'\\?"Probe failed\\?" probeType=\\?"?\w+\b[^\n]{0,1000}?\bprobeResult=\\?"?failure\b'
    r'|\b(?:Readiness|Liveness|Startup) probe for \\?"[^"\\]{1,300}\\?" failed \(failure\): \S'
)
_EVENT_REPORT = lazyre.compile(
    r"\bevent for [\w.-]+: \{[^{}]{0,200}\} " + _REASON + r": "
    r"|\bCondition Ready of node \S+ is (?:false|unknown)\b"
    r"|\btype: 'Warning' reason: '\w+'"
    # (controller-runtime's recorder logs each event at zap's DEBUG: the logger, the type, then
    # the object, reason and message as fields, `DEBUG\tcontroller-runtime.manager.events\t
    # Warning\t{"object": {…}, "reason": "FailedUpdateRegistrationToken", …}`,
    # actions/actions-runner-controller#712)
    r'|\bmanager\.events\tWarning\t\{"object": \{'
    r"|" + _EVICTION + r"|" + REFLECTOR_FAILED + r"|" + _PROBE_FAILED
)

# A claim's wait for its external provisioner that kubectl describe counts over five
# minutes or more (`Normal  ExternalProvisioning  1m (x61 over 16m)  persistentvolume-controller
# waiting for a volume to be created, …`, kubernetes-retired/external-storage#754): a provisioner
# answers in seconds; one wait, or a short one, is every dynamically provisioned claim's (a Normal
# event, routine_event's but for this)
STUCK_PROVISIONING = (
    r"(?:^|\s)Normal[ \t]{2,}ExternalProvisioning[ \t]{2,}\S+ \(x\d+ over "
    r"(?:[5-9]m|[1-9]\d+m|\d+h|\d+d)"
)

STATE_CONFIRM = (
    # (the reason may end the line: `kubectl get events` wraps its row at the terminal's width,
    # its object and message on the next lines, openshift/tektoncd-pipeline#480)
    r"(?:^|\s)Warning[ \t]{2,}[A-Z][A-Za-z]+(?:[ \t]|\s*$|\\n)",
    REFLECTOR_FAILED,
    r"(?:^|\s)(?:Normal|Warning)[ \t]{2,}" + _REASON + r"[ \t]",
    STUCK_PROVISIONING,
    r"""[{,]\s?"type"\s?:\s?"Warning"\s?[,}]""",
    r"\b[Bb]ack-off (?:\d\S* )?(?:restarting failed container|pulling image)\b",
    r"\bfailed (?:liveness|startup) probe\b",
    r'\bcontainer "[^"\n]{1,253}" is unhealthy, it will be killed and re-?created\b',
    r"\bunbound immediate PersistentVolumeClaims\b",
    r"\bThe node was low on resource: ",
    # ... or evicted for the node's condition, as its taint says it (`Pod The node had condition:
    # [DiskPressure].` in an Evicted pod's row, operate-first/apps#1352)
    r"\bThe node had condition: \[[A-Z]\w+(?:, ?[A-Z]\w+)*\]",
    # kubelet's image garbage collection that could not free what the disk's high threshold asks
    # for (its ImageGCFailed event: `failed to garbage collect required amount of images. Wanted
    # to free 11069618585 bytes, but freed 0 bytes`, actions/actions-runner-controller#1215; from
    # Kubernetes 1.29 `Failed to … Attempted to free …`): the node fills until pods are evicted.
    # Its `Image garbage collection failed once. Stats initialization may not have completed yet`
    # is a start-up's routine
    r"\b[Ff]ailed to garbage collect required amount of images\b",
    r'(?:^|\s)(?:persistentvolumeclaim|configmap|secret)s? "[^"]+" not found\b',
    r"\b(?:Readiness|Liveness|Startup) probe failed\b",
    r"\b\d+/\d+ nodes are available: ",
    r"\bNo nodes are available that match all of the (?:following )?predicates\b",
    r"(?:^|\s)Failed to pull image \S",
    r"\bMountVolume\.\w+ failed\b",
    r"\bUnable to attach or mount volumes\b",
    # the attach/detach controller's FailedAttachVolume message, pasted alone: a ReadWriteOnce
    # volume still attached to another node or used by another pod (`Multi-Attach error for volume
    # "pvc-…" Volume is already used by pod(s) mysql-1-h5xbc`, konveyor/mig-demo-apps#8)
    r'\bMulti-Attach error for volume \\?"[^"\\\s]{1,300}\\?" Volume is already ',
    r"^\s*State:\s+Waiting\b",
    r"^\s*Last State:\s+Terminated\b",
    r"^\s*Reason:\s+(?:Error|" + _REASON + r")\s*$",
    r"^\s*Exit Code:\s+[1-9]\d*\s*$",
    r"^\s*reason: (?:Error|" + _REASON + r")\s*$",
    r"^\s*exitCode: [1-9]\d*\s*$",
    # (behind a NAMESPACE column with --all-namespaces)
    # (Unknown: the pod's node stopped reporting it, kubernetes/kubernetes#50127)
    r"^(?:\S+\s+)?\S+\s+\d+/\d+\s+(?:Init:)?(?:Error|Pending|Unknown|"
    + _REASON
    + r"|CreateContainer\w*Error)\s+\d+",
    r"^\S+\s+NotReady(?:,\w+)*\s+\S+\s+\S+\s+v\d",
    # a claim or volume left Pending, Lost or Failed: a row of names and columns between the name
    # and kubectl's AGE at its end (37m, 5d3h, 2m30s), two spaces or more between columns
    r"^\s*[a-z0-9][-a-z0-9.]{0,252}(?: {2,}\S+){0,5} {2,}(?:Pending|Lost|Failed)(?: {2,}\S+){0,6} {2,}"
    r"\d+[smhdy](?:\d+[smh])?\s*$",
    r"\bKubelet stopped posting node status\b",
    r"\bKubeletNotReady\b",
    r"\b(?:Memory|Disk|PID)Pressure\s+True\b",
    r"\bNetworkUnavailable\s+True\b",
    r"\bUp \w+(?: \w+){0,3} \(unhealthy\)",
    r"\bExited \((?:[1-9]\d*|-1)\) ",
    r"\bRestarting \(\d+\) ",
    r"\bOCI runtime (?:\w+ )?failed\b",
    r"\bunable to validate against any security context constraint\b",
    r"\bmust specify a user that is numeric\b",
    r"\b(?:cannot verify user is non-root|image will run as root)\b",
    _EVENT_REPORT.pattern,
)


# a Normal event as kubectl prints it (describe's table or get events' row): Kubernetes' type for
# what is routine, whatever words its reason and message hold (cert-manager's `Normal
# ErrorCheckCertificate … will re-issue`); only the reasons above are failures at Normal
_NORMAL_EVENT = lazyre.compile(r"(?:^|\s)Normal[ \t]{2,}([A-Z]\w{0,80})[ \t]")
_FAILURE_REASONS = frozenset(FAILURE_REASONS)
_STUCK_PROVISIONING = lazyre.compile(STUCK_PROVISIONING)


def routine_event(body: str, obj: dict[str, Any] | None) -> bool:
    """A Kubernetes event of type Normal whose reason is not a failure: a row of kubectl's output
    or an event as JSON (kubernetes-event-exporter, `kubectl get events -o json`)."""
    if obj is not None:
        reason = obj.get("reason")
        return (
            obj.get("type") == "Normal"
            and isinstance(reason, str)
            and (reason not in _FAILURE_REASONS)
        )
    if "Normal" not in body:
        return False
    m = _NORMAL_EVENT.search(body)
    return (
        m is not None
        and m.group(1) not in _FAILURE_REASONS
        and _STUCK_PROVISIONING.search(body) is None
    )


_REPORT_WORDS = (
    "event for ",
    "probeResult=",
    " failed (failure): ",
    "Condition Ready",
    "'Warning'",
    "events\tWarning\t",
    "viction manager: ",
    "ailed to list *",
    "ailed to watch *",
)


def reports_failure(body: str) -> bool:
    """A failure logged at INFO by whoever reports it: an event a test framework dumps (`INFO: At …
    - event for pod-x: {kubelet minikube} Failed: Error: ErrImagePull`), a node condition it waits
    for, a Warning event as the event recorder logs it (`type: 'Warning' reason: 'BackOff'`),
    kubelet's eviction manager under pressure (`W1215 … eviction manager: attempting to reclaim
    ephemeral-storage`), client-go's reflector that could not list a kind (REFLECTOR_FAILED)."""
    # each branch holds one of these literals: most lines skip the search (it tries every position)
    if not any(w in body for w in _REPORT_WORDS):
        return False
    return _EVENT_REPORT.search(body) is not None


# A watch that ends because etcd compacted the revision it watched from, which the watcher answers
# by listing again: kube-apiserver logged it at error level until Kubernetes 1.23 made it a warning
# (`E0528 21:19:02.661157 1 watcher.go:208] watch chan error: etcdserver: mvcc: required revision
# has been compacted`; kubernetes/kubernetes#116289, #47131), and a reflector's `watch of *v1.Pod
# ended with: too old resource version: 8902015 (8925793)` or `The resourceVersion for the
# provided watch is too old.` Routine at any level; the whole message only, so a revision in the
# future (etcd restored behind the API server) and any other watch error stay failures.
_WATCH_EXPIRED = lazyre.compile(
    r"\b(?:watch chan error|watch of \S{1,200} ended with): (?:etcdserver: mvcc: required revision "
    r"has been compacted|too old resource version: \d+ \(\d+\)|The resourceVersion for the provided "
    r"watch is too old\.)\s*$"
)


def watch_expired(body: str) -> bool:
    return ("watch chan" in body or "ended with" in body) and _WATCH_EXPIRED.search(
        body
    ) is not None


# Kubernetes' optimistic concurrency: an update sent with an older resourceVersion than the stored
# object's is refused (`Operation cannot be fulfilled on notebooks.kubeflow.org "x": the object
# has been modified; please apply your changes to the latest version and try again`, the API
# server's OptimisticLockErrorMsg), and the controller that sent it reads the object again and
# retries: controller-runtime logs it as a `Reconciler error` at ERROR and requeues (some
# operators print the resource in brackets: `on [containerstoragemodules.storage.dell.com]`).
# Routine at any level when the conflict is the whole error, ending it (a quote, a brace,
# `, requeuing`); any other error in its place, or after it, stays a failure.
_UPDATE_CONFLICT = lazyre.compile(
    r"Operation cannot be fulfilled on \[?[\w.-]{1,253}\]? \\{0,3}\"[^\"\\\s]{1,253}\\{0,3}\": "
    r"the object has been modified; please apply your changes to the latest version and try again"
    r"(?:, requeuing)?(?:\s*$|\\{0,3}[\"'}])"
)


def update_conflict(body: str) -> bool:
    return "the object has been modified" in body and _UPDATE_CONFLICT.search(body) is not None
