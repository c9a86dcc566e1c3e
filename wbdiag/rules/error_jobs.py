"""Background work that failed, and credentials refused for their dates, as their reporters word it.

Jobs, workers and queues report a failed unit of work in their own shapes, often without a level
word or below error level by design (`job_failure`: these count at any level, DEBUG included):
  - Helm's hook that failed or did not complete, which Helm 3 prints again at `[debug]` with its
    stack as the error it exits with (`helm.go:88: [debug] post-upgrade hooks failed: job failed:
    BackoffLimitExceeded`, helm/helm#10720) and Tiller logged at `warning:` (`Release "x"
    pre-upgrade nginx/templates/pre-upgrade-job.yaml could not complete: timed out waiting for the
    condition`, helm/helm#2130), and the release operation itself that failed, which Tiller and
    Helm 3 log as a warning before recording the release as failed (Tiller's `warning: Upgrade
    "xx" failed: Failed to recreate resource: Timeout: …`, helm/helm#5930; Helm 3's `upgrade.go:293:
    [debug] warning: Upgrade "x" failed: timed out waiting for the condition`, helm/helm#3980;
    `Rollback "x" failed:`, Tiller's `Release "x" failed:` and `Release replace "x" failed:`);
  - Sidekiq's job log, which reports every job's outcome at INFO (`JID-… INFO: fail: 5.002 sec`,
    sidekiq/sidekiq#4746; `done:` is the routine one);
  - Kafka's producer, which logs the broker's refusal of a batch at WARN while it retries (`WARN
    [Producer clientId=…] Got error produce response with correlation id 11 on topic-partition …,
    retrying (2147483640 attempts left). Error: NOT_ENOUGH_REPLICAS`, jeffchao/bottled-water#3);
  - Temporal: its Go SDK logs a task that failed at INFO (`INFO  Task processing failed with
    client side error … Error context deadline exceeded`,
    temporalio/money-transfer-project-template-go#12), its history service a task it could not
    process and one that keeps failing at WARN (`"msg":"Fail to process task"` with its `error`,
    `"msg":"Critical attempts processing workflow task"`, airbytehq/airbyte#59730);
  - GitLab Runner's report of a job that failed, which it logs at WARNING whatever the cause (`WARNING:
    Job failed: exit code 137`, podman-container-tools/podman#10825; `WARNING: Job failed: exit
    status 1`, boytpcm123/gitlab-ci-fastlane#1; `Job failed (system failure): …`);
  - an ACME CA's refusal, named by its problem type (`urn:ietf:params:acme:error:unauthorized`,
    `urn:acme:error:rateLimited`), which cert-manager's first releases logged at klog's INFO
    (cert-manager/cert-manager#663); not `badNonce`, which every ACME client retries at once.
Without a level word, what these say is a failure (`JOB_CONFIRM`): cron's report of a job's exit
status (`(CRON) error (grandchild #29368 failed with exit status 255)`,
owncloud-archive/news#122), Argo's step that could not save its outputs (`failed to save outputs:
timed out waiting for the condition`, argoproj/argo-workflows#1805), kcat's undelivered message
(`% Delivery failed for message: Broker: Not enough in-sync replicas`, edenhill/kcat#184), a Ruby
timeout raised by its class under its module (`Celluloid::TaskTimeout: linking timeout of 5
seconds exceeded …`, sidekiq/sidekiq#2533), Java's bare Throwable with its message
(`java.lang.Throwable: Client error : 410 Gone …`, airbytehq/airbyte#48600), an AWS API's
refusal of a request signed outside its clock window (`Signature expired: 20241008T195522Z is now
earlier than …`, `Signature not yet current: … is still later than …`: another service's than the
store, whose refusals are rules), a JWT refused before its `nbf` (`JWT not active yet, now …, nbf
…`, panva/openid-client#454), ntpdate finding no server to set the clock from (`no server suitable
for synchronization found`, AppScale/gts#1548) and OpenSSL's verification reason alone after a
logger's own header (`self signed certificate in certificate chain`,
turt2live/matrix-dimension#378).
error_candidates.py and error_confirm.py add the candidates and confirmations.
"""

from __future__ import annotations

from wbdiag import lazyre

# Each starts with a literal (the scan's prefilter searches it) and stays loose: the confirmations
# say more.
JOB_CANDIDATES = (
    "hooks failed: ",
    "warning: Upgrade ",
    "warning: Rollback ",
    "warning: Release ",
    "could not complete: ",
    "INFO: fail: ",
    "Got error produce response ",
    "Task processing failed with ",
    "Fail to process task",
    "Critical attempts processing ",
    "acme:error:",
    "Job failed",
    "grandchild #",
    "failed to save outputs: ",
    "Delivery failed for message: ",
    "Timeout: ",
    "Throwable: ",
    "Signature expired: ",
    "Signature not yet current: ",
    "JWT not active yet",
    "no server suitable for synchronization",
    "certificate in certificate chain",
)

_HELM_HOOK = (
    r"\b(?:pre|post)-(?:install|upgrade|delete|rollback) (?:hooks failed: \S"
    r"|\S+ could not complete: \S)"
)
# (the release's name quoted by Go's %q, its quotes escaped once inside a JSON string)
_HELM_RELEASE = (
    r'\bwarning: (?:Upgrade|Rollback|Release(?: replace)?) \\?"[^"\s\\]{1,253}\\?" failed: \S'
)
_SIDEKIQ_FAIL = r"\bJID-[0-9a-f]{8,} INFO: fail: [\d.]+ sec\b"
_KAFKA_PRODUCE = (
    r"\bGot error produce response with correlation id \d+ on topic-partition \S+"
    r"[^\n]{0,80}\bError: [A-Z_]{3,}"
)
_TEMPORAL_TASK = (
    r"\bTask processing failed with (?:client side )?error\b[^\n]{0,400}\bError \S"
    r"|\\?\"msg\\?\":\\?\"Fail to process task\\?\"[^\n]{0,1000}\\?\"error\\?\":\\?\"[^\"\\]"
    r"|\\?\"msg\\?\":\\?\"Critical attempts processing (?:workflow|activity) task\\?\""
)
# (RFC 8555's problem types and ACME v1's; every `bad…` one but badNonce)
_ACME_PROBLEM = (
    r"\burn:(?:ietf:params:)?acme:error:"
    r"(?:[ac-z]\w*|bad(?:CSR|PublicKey|RevocationReason|SignatureAlgorithm)\b)"
)
# (the cause after the colon in lower case: an exit code or status, a step, a timeout)
_RUNNER_JOB = r"\bJob failed(?: \(system failure\))?: [a-z]"
# the shapes that count at any level
_ANY_LEVEL_SHAPES = (
    _HELM_HOOK,
    _HELM_RELEASE,
    _SIDEKIQ_FAIL,
    _KAFKA_PRODUCE,
    _TEMPORAL_TASK,
    _ACME_PROBLEM,
    _RUNNER_JOB,
)
_ANY_LEVEL = lazyre.compile("|".join(_ANY_LEVEL_SHAPES))
_NEEDLES = (
    "hooks failed",
    "warning: Upgrade ",
    "warning: Rollback ",
    "warning: Release ",
    "could not complete",
    "INFO: fail",
    "produce response",
    "Task processing failed",
    "Fail to process task",
    "Critical attempts",
    "acme:error:",
    "Job failed",
)

JOB_CONFIRM = (
    *_ANY_LEVEL_SHAPES,
    r"\bgrandchild #\d+ failed with exit status \d+",
    r"\bfailed to save outputs: \S",
    r"\bDelivery failed for message: \S",
    r"(?:^|[\s(])[A-Z]\w*::(?:[A-Z]\w*::)?[A-Z]\w*Timeout: \S",
    r"(?:^|\s)java\.lang\.Throwable: \S",
    r"\bSignature (?:expired: \w+ is now earlier|not yet current: \w+ is still later) than \w+",
    r"\bJWT not active yet\b",
    r"\bno server suitable for synchronization found\b",
    r"\bself[- ]signed certificate in certificate chain\b",
)


def job_failure(body: str) -> bool:
    """Whether the line is one of the failures above that count at any level."""
    if not any(n in body for n in _NEEDLES):
        return False
    return _ANY_LEVEL.search(body) is not None
