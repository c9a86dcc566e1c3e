"""The miner on background work and on time: a Helm hook or release operation that failed (at
`[debug]` and Tiller's `warning:` too), Sidekiq's failed job at INFO, Kafka's refused batch at
WARN, Temporal's failed tasks at INFO and WARN, cron's and Argo's failed steps, kcat's undelivered
message, a Ruby timeout and Java's bare Throwable, an AWS API's refusal of a request signed outside
its clock window, a JWT before its `nbf`, an ACME CA's refusal (at klog's INFO too), ntpdate
without a server and OpenSSL's verification reason alone are listed; their routine neighbours stay
notices. Real lines from tests/realworld with their sources; near misses beside them."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists


@pytest.mark.parametrize(
    "line",
    [
        # heldout58 #25 (helm/helm#10720), #26 (helm/helm#2130)
        "helm.go:88: [debug] post-upgrade hooks failed: job failed: BackoffLimitExceeded",
        '2017/06/23 00:24:05 release_server.go:959: warning: Release "old-helm-success" pre-upgrade '
        "nginx/templates/pre-upgrade-job.yaml could not complete: timed out waiting for the "
        "condition",
        # the release operation that failed, as Tiller logs it (heldout69 #76, helm/helm#5930)
        # and Helm 3 at `[debug]` (heldout53 #7, helm/helm#3980)
        '[tiller] 2019/06/23 15:18:57 warning: Upgrade "xx" failed: Failed to recreate resource: '
        "Timeout: request did not complete within requested timeout 30s",
        'upgrade.go:293: [debug] warning: Upgrade "xxxxx-dev" failed: timed out waiting for the '
        "condition",
        # heldout58 #36 (sidekiq/sidekiq#4746), #37 (sidekiq/sidekiq#2533)
        "2020-11-24T07:49:02.407Z 798 TID-otk3vuz7i TimeSpentWorker JID-7a54288de6dd93c29b40a12b "
        "INFO: fail: 5.002 sec",
        "Celluloid::TaskTimeout: linking timeout of 5 seconds exceeded with receiver: "
        "#<Sidekiq::Processor:0x007f71d003db28>",
        # heldout58 #41 (Yolean/kubernetes-kafka#134), #42 (edenhill/kcat#184)
        "[2018-01-22 19:46:08,766] WARN [Producer clientId=console-producer] Got error produce "
        "response with correlation id 371 on topic-partition test-produce-consume-3acks-0, retrying "
        "(0 attempts left). Error: NOT_ENOUGH_REPLICAS "
        "(org.apache.kafka.clients.producer.internals.Sender)",
        "% Delivery failed for message: Broker: Not enough in-sync replicas",
        # heldout58 #70 (owncloud-archive/news#122), #73 (argoproj/argo-workflows#1805)
        "Apr 24 22:25:32 srv /USR/SBIN/CRON[29367]: (CRON) error (grandchild #29368 failed with "
        "exit status 255)",
        " └-⚠ compile-config (compile-config)    test-workflow-s7j59-2863583866  37s       failed to "
        "save outputs: timed out waiting for the condition",
        # heldout58 #74 (temporalio/money-transfer-project-template-go#12), #78
        # (airbytehq/airbyte#59730), #87 (airbytehq/airbyte#48600)
        "2022/05/01 07:52:58 INFO  Task processing failed with client side error Namespace default "
        "TaskQueue TRANSFER_MONEY_TASK_QUEUE WorkerID 147041@ubuntu-hirsute@ WorkerType "
        "ActivityWorker Error context deadline exceeded",
        '{"level":"warn","ts":"2025-05-13T12:31:47.865Z","msg":"Critical attempts processing '
        'workflow task","service":"history","shard-id":4,"attempt":91}',
        'java.lang.Throwable: Client error : 410 Gone {"message":"Heartbeat a workload in a terminal '
        'state"}',
        # heldout57 #15 (mhart/aws4fetch#73), #20 (aws-amplify/aws-sdk-android#88)
        '    "message": "Signature expired: 20241008T195522Z is now earlier than 20241008T195940Z '
        '(20241008T200440Z - 5 min.)"',
        "Signature not yet current: 20301206T194311Z is still later than 20160105T194814Z "
        "(20160105T194314Z + 5 min.) (Service: AmazonKinesis; Status Code: 400; Error Code: "
        "InvalidSignatureException; Request ID: 8efe1613-b3e4-11e5-abdc-270e435f23fb)",
        # heldout57 #8 (panva/openid-client#454), #72 (AppScale/gts#1548)
        "JWT not active yet, now 1642051718, nbf 1642051719",
        "29 May 03:34:15 ntpdate[1588]: no server suitable for synchronization found",
        # heldout57 #10 (cert-manager/cert-manager#663, at klog's INFO), #71 (usefathom/fathom#227)
        "I0618 04:49:34.054469       1 sync.go:242] Error preparing issuer for certificate: Error "
        "checking ACME domain validation: error getting authorization for domains: ['': getting "
        "acme authorization failed: 429 urn:acme:error:rateLimited: Error creating new authz :: too "
        "many failed authorizations recently: see https://letsencrypt.org/docs/rate-limits/]",
        "Failed authorization procedure. example.domain (http-01): "
        "urn:ietf:params:acme:error:unauthorized :: The client lacks sufficient authorization",
        # heldout57 #29 (turt2live/matrix-dimension#378)
        "Oct-23-2020 05:28:29.984 +00:00 error [BotSdk-MatrixLiteClient (REQ-1)] self signed "
        "certificate in certificate chain",
        # heldout54 #84 (podman-container-tools/podman#10825) and a runner's own log
        # (boytpcm123/gitlab-ci-fastlane#1): GitLab Runner's failed job at WARNING
        "Apr 17 15:57:31 runner01 gitlab-runner[1701482]: #033[0;33mWARNING: Job failed: exit code "
        "137",
        "WARNING: Job failed: exit status 1",
    ],
)
def test_failures_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # Sidekiq's routine outcome and start of a job
        "2020-11-24T07:49:02.407Z 798 TID-otk3vuz7i TimeSpentWorker JID-7a54288de6dd93c29b40a12b "
        "INFO: done: 5.002 sec",
        "2020-11-24T07:49:02.407Z 798 TID-otk3vuz7i TimeSpentWorker JID-7a54288de6dd93c29b40a12b "
        "INFO: start",
        # a nonce the ACME client retries at once, logged at INFO
        "I0618 04:49:34.054469       1 sync.go:242] retrying request: urn:ietf:params:acme:error:"
        "badNonce: JWS has an invalid anti-replay nonce",
        # Helm's other debug lines and a hook that succeeded
        'install.go:178: [debug] Original chart version: ""',
        "client.go:540: [debug] post-upgrade-job: Jobs active: 0, jobs failed: 0, jobs succeeded: 1",
        # Helm's other warnings about a release
        'upgrade.go:121: [debug] warning: Release "x" has no deployed releases',
        # a Ruby constant named Timeout with a value, not a raised exception
        "config: Rack::Timeout service_timeout=15",
        # ntpdate having set the clock
        "29 May 03:34:15 ntpdate[1588]: adjust time server 10.0.0.1 offset 0.000123 sec",
        # GitLab Runner's job that succeeded, and a count of failed jobs
        "Job succeeded                                       duration_s=62.1 job=14796 project=318",
        "INFO: Job failed: 0 retries left",
    ],
)
def test_routine_lines_stay_notices(line: str) -> None:
    assert not miner_lists(line)
