"""The miner on failures reported as a state or a catalogue message (wbdiag/rules/error_states.py)
and on the error families without a level word that error_candidates.py names: Kubernetes events and
describe output, kubectl and docker rows, klog behind a syslog prefix, tornado headers, Go, Node,
Python, Java, PHP, curl and systemd errors. Each failure is listed; each look-alike is not. The
reporters whose first level is not the line's: test_error_levels_miner.py."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists
from tests.unit.error_states_support import templates
from wbdiag.rules.matching import build_matcher
from wbdiag.rules.unrecognised import TemplateMiner


@pytest.mark.parametrize(
    "line",
    [
        # kubectl get pvc (with and without VOLUMEATTRIBUTESCLASS), get pv, get pods (-A)
        "data-wandb-mysql-0   Pending                                      standard   <unset>   42m",
        "    wandb-files   Pending      8d",
        "data-0   Lost     pvc-5c1e   10Gi   RWO   gp2   3d4h",
        "pvc-5c1e   10Gi   RWO   Delete   Failed   wandb/data-0   gp2   <unset>   2m30s",
        "wandb-app-7d9f8c6b5-x2x4q   0/1   Pending   0   17m",
        "wandb   wandb-app-0   0/2   Failed   3   1h",
    ],
)
def test_kubectl_rows_left_pending_lost_or_failed_are_listed(line: str) -> None:
    assert miner_lists(line), line


@pytest.mark.parametrize(
    "line",
    [
        "data-wandb-mysql-0   Bound   pvc-5c1e   10Gi   RWO   standard   <unset>   42m",
        "pvc-5c1e   10Gi   RWO   Delete   Released   wandb/data-0   gp2   <unset>   2m30s",
        "wandb-app-7d9f8c6b5-x2x4q   1/1   Running   0   17m",
        "    Status:        Pending",
        "the review is   Pending   until Monday",
        "Phase   Pending   means the claim waits for a volume",
    ],
)
def test_kubectl_rows_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line), line


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # kubectl describe and get events, old tab-separated columns, a Normal BackOff
        (
            "  Warning  FailedScheduling  7m51s  default-scheduler  0/20 nodes are available: 13 "
            "node(s) didn't match Pod's node affinity, 7 Insufficient memory.",
            "Warning FailedScheduling",
        ),
        (
            "  3m\t\t11s\t\t15\tdefault-scheduler\t\t\tWarning\t\tFailedScheduling\tNo nodes are "
            "available that match all of the following predicates:: Insufficient cpu (4).",
            "FailedScheduling",
        ),
        (
            '  Normal   BackOff    0s (x2 over 31s)   kubelet   Back-off pulling image "ubuntu"',
            "Back-off pulling image",
        ),
        (
            "36s   Warning   FailedCreate   replicaset/op-79ffdf5bcf   Error creating: pods "
            '"op-79ffdf5bcf-" is forbidden: unable to validate against any security context',
            "FailedCreate",
        ),
        (
            '{"reason":"BackOff","type":"Warning","message":"Back-off restarting failed container"}',
            "Back-off restarting failed container",
        ),
        # a test framework's event dump and node condition at INFO
        (
            "Apr 28 09:35:34.104: INFO: At 2021-04-28 09:30:27 +0100 BST - event for pod-eb16: "
            "{kubelet minikube} Failed: Error: ErrImagePull",
            "event for",
        ),
        (
            "I0513 20:23:46.093] May 13 20:15:45.596: INFO: Condition Ready of node n1 is false "
            "instead of true. Reason: KubeletNotReady",
            "Condition Ready of node",
        ),
        (
            'I1202 12:00:00.123456       1 event.go:282] Event(v1.ObjectReference{Kind:"Pod"}): '
            "type: 'Warning' reason: 'FailedScheduling' 0/3 nodes are available",
            "nodes are available",
        ),
        # ... and controller-runtime's recorder, at zap's DEBUG (heldout79 #20,
        # actions/actions-runner-controller#712)
        (
            "2021-08-03T18:23:57.106Z\tDEBUG\tcontroller-runtime.manager.events\tWarning\t"
            '{"object": {"kind":"Runner","namespace":"default","name":"example-runner"}, "reason": '
            '"FailedUpdateRegistrationToken", "message": "Updating registration token failed"}',
            "Updating registration token failed",
        ),
        ("  Warning  DNSConfigForming  1m  kubelet  Search Line limits were exceeded", "DNSConfig"),
        (
            "    Message:      back-off 5m0s restarting failed container=wandb pod=wandb-0",
            "back-off",
        ),
        # describe's container state and node conditions, kubectl rows
        ("    State:          Waiting", "State: Waiting"),
        ("    Last State:     Terminated", "Last State: Terminated"),
        ("      Reason:       OOMKilled", "Reason: OOMKilled"),
        ("      Exit Code:    137", "Exit Code:"),
        ("          reason: OOMKilled", "reason: OOMKilled"),
        ("          exitCode: 137", "exitCode:"),
        (
            "failed to connect: rpc error: code = Unavailable desc = connection error: desc = "
            '"transport: Error while dialing dial tcp 10.0.0.1:443: i/o timeout"',
            "rpc error",
        ),
        (
            "  Ready   Unknown   NodeStatusUnknown   Kubelet stopped posting node status.",
            "Kubelet stopped posting node status",
        ),
        ("  MemoryPressure   True   KubeletHasInsufficientMemory", "MemoryPressure True"),
        ("deepak     NotReady   <none>    20m       v1.11.3", "NotReady"),
        ("wandb-0   0/1     CrashLoopBackOff   5          3m", "CrashLoopBackOff"),
        # docker ps and docker inspect's health log
        ("Up 5 minutes (unhealthy)", "(unhealthy)"),
        ("Exited (137) 2 minutes ago", "Exited"),
        (
            '"Output": "OCI runtime exec failed: exec failed: cannot exec a container that has '
            'stopped: unknown"',
            "OCI runtime exec failed",
        ),
        (
            '"Output": "curl: (7) Failed to connect to localhost port 23 after 0 ms: Couldn\'t '
            'connect to server\\n"',
            "curl: (<num>) Failed to connect",
        ),
        # klog behind journald's prefix, tornado's error and warning headers
        (
            "kubelet[27956]: F1014 19:15:43.743985   27956 server.go:271] failed to run Kubelet: "
            "misconfiguration",
            "failed to run Kubelet",
        ),
        (
            "[W 06:31:31.800 NotebookApp] SSL Error on 9 ('172.25.0.1', 36564): [SSL: "
            "WRONG_VERSION_NUMBER] wrong version number (_ssl.c:645)",
            "SSL Error on",
        ),
        ("[E 2021-03-01 12:00:00.123 ServerApp] Uncaught exception GET /api", "Uncaught exception"),
        ("[C 2018-10-26 12:13:53.576 JupyterHub app:1861] Failed to start proxy", "start proxy"),
        # klog's warning letter with a failure whose cause is another failure
        (
            "W0308 15:29:32.612677   247 metadata_store_service_impl.cc:432] Failed to connect to "
            "the database: mysql_real_connect failed: errno: , error:",
            "Failed to connect to the database",
        ),
        # S3's error catalogue, Go, Node, Python, Java, PHP, systemd, the OOM killer
        (
            "2020/12/15 02:34:31 The Access Key Id you provided does not exist in our records.",
            "does not exist in our records",
        ),
        (
            "x509: cannot validate certificate for 10.0.0.5 because it doesn't contain any IP SANs",
            "x509: cannot validate certificate",
        ),
        ('Post "https://minio:9000/b": net/http: TLS handshake timeout', "TLS handshake timeout"),
        ('Get "https://10.0.0.1:8443/healthz": context deadline exceeded', "deadline exceeded"),
        ("connect ECONNREFUSED 127.0.0.1:6379", "connect ECONNREFUSED"),
        (
            "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='x', port=443): Read timed "
            "out.",
            "requests.exceptions.ReadTimeout",
        ),
        ("http.client.RemoteDisconnected: Remote end closed connection", "RemoteDisconnected"),
        ("Caused by: java.net.ConnectException: Connection refused", "Caused by:"),
        ("SQLSTATE[HY000] [2002] No such file or directory", "SQLSTATE"),
        ("docker.service: Failed with result 'exit-code'.", "Failed with result"),
        ("Main process exited, code=exited, status=1/FAILURE", "Main process exited"),
        ("Memory cgroup out of memory: Killed process 1234 (gorilla)", "out of memory"),
        ("x.service: Main process exited, code=exited, status=217/USER", "Main process exited"),
        ("living-es-seed.service: Unit entered failed state.", "entered failed state"),
        (
            "     Active: failed (Result: exit-code) since Wed 2021-09-15 13:32:10 EET",
            "Active: failed",
        ),
        ("  SQLSTATE[42S02]: Base table or view not found: 1146 Table 'x.user'", "Base table"),
        # docker compose, shells, MySQL's tools, npm, kubectl, Go's os errors, web access logs, Redis
        ("wandb-local exited with code 1", "exited with code"),
        ("Cannot connect to the Docker daemon at unix:///var/run/docker.sock.", "Docker daemon"),
        ("upstream sent too big header while reading response header from upstream", "too big"),
        ("/bin/sh: 1: wandb: not found", "not found"),
        ("bash: wandb: command not found", "command not found"),
        ("/docker-entrypoint.sh: 38: exec: /entrypoint.sh: not found", "not found"),
        ("/usr/local/bin/docker-entrypoint.sh: exec: line 61: /bin/bash: not found", "not found"),
        ("mysqld: Table 'mysql.plugin' doesn't exist", "doesn't exist"),
        ("mysqladmin: connect to server at 'localhost' failed", "connect to server"),
        ("npm ERR! code ECONNRESET", "npm ERR!"),
        (
            "The connection to the server localhost:8080 was refused - did you specify the right host",
            "refused",
        ),
        ("exec /usr/local/bin/local: no such file or directory", "no such file or directory"),
        ("Segmentation fault", "Segmentation fault"),
        ("Temporary failure in name resolution", "name resolution"),
        (
            '10.0.0.1 - - [02/Mar/2021:05:32:30 +0000] "POST /graphql HTTP/1.1" 502 157 "-" "x"',
            "POST",
        ),
        ("1:C 07 Jan 2023 19:16:34.747 # Fatal error, can't open config file '/x'", "Fatal error"),
        (
            "MISCONF Redis is configured to save RDB snapshots, but it is currently not able",
            "MISCONF",
        ),
        ("(error) ERR unknown command 'x'", "(error) ERR"),
        ("[4356] 26 Jan 01:43:22.418 # Can't save in background: fork: Invalid argument", "fork"),
        ("x redis[1]: 8:M 28 Aug 05:55:31.086 # Can't save in background: fork: x", "fork"),
        ('GET / HTTP/1.1" 500 595 "-" "Mozilla/5.0"', "GET"),
        # MySQL's client errors without a code or a level
        ("Access denied for user 'wandb'@'%' to database 'wandb_local'", "to database"),
        ("Can't connect to MySQL server on 'mysql' (115)", "Can't connect to MySQL server"),
        ("Lost connection to MySQL server during query", "Lost connection"),
        # kubelet's event messages pasted alone
        ("Container wandb failed liveness probe, will be restarted", "failed liveness probe"),
        (
            'Killing container with id docker://70a8:pod "web-3965_ns(9b28710e)" container "web" '
            "is unhealthy, it will be killed and re-created.",
            "is unhealthy",
        ),
        ("0/3 nodes are available: 3 pod has unbound immediate PersistentVolumeClaims.", "unbound"),
        ("The node was low on resource: memory.", "low on resource"),
        # an Evicted pod's row with its taint's message (operate-first/apps#1352, heldout61)
        (
            "csi-rbdplugin-qtr59        openshift-storage        Evicted   oct-03-03-compute   "
            "Pod The node had condition: [DiskPressure].",
            "node had condition",
        ),
        ('Error: secret "wandb-license" not found', "not found"),
        ('persistentvolumeclaim "wandb-mysql" not found', "persistentvolumeclaim"),
        # a tool's failed step or child process (iann0036/cfn-tf-custom-types#6,
        # minio/minio-java#637, minio/minio#16641), Safari's CORS refusal
        # (zaccharles/presigned-s3-upload#4), Go's encoding/json (wandb/wandb#9110)
        (
            "Command '['/var/task/terraform', 'apply', '-input=false', '-auto-approve', "
            "'-no-color']' returned non-zero exit status 1.",
            "non-zero exit status",
        ),
        ("Command 'make migrate' returned non-zero exit status 2.", "non-zero exit status"),
        (":functional:runFunctionalTest FAILED", "FAILED"),
        ("> Task :app:test FAILED", "FAILED"),
        (
            "> Process 'command '/usr/lib/jvm/java-8-openjdk-amd64/bin/java'' finished with "
            "non-zero exit value 255",
            "non-zero exit value",
        ),
        ("(1/14) Running minio-py tests ... FAILED in 10 seconds", "FAILED in"),
        # (heldout78 #28, minio/minio#7387)
        ("(12/14) Running minio-py tests ... FAILED in 3 minutes and 30 seconds", "FAILED in"),
        # a CNI plugin's failure as libcni wraps it (aws/amazon-vpc-cni-k8s#3351), and inside
        # the sandbox's error as kubelet relays it
        (
            '"aws-cni" failed (add): add cmd: failed to assign an IP address to container',
            "failed (add)",
        ),
        (
            'plugin type="calico" failed (delete): error getting ClusterInformation: connection '
            "is unauthorized: Unauthorized",
            "failed (delete)",
        ),
        (
            "Fetch API cannot load https://flimxcxxxx.execute-api.us-east-1.amazonaws.com/dev/"
            "signed-url due to access control checks.",
            "access control checks",
        ),
        (
            "XMLHttpRequest cannot load http://127.0.0.1:9000/wandb/k due to access control "
            "checks.",
            "access control checks",
        ),
        (
            " Invalid License json: cannot unmarshal string into Go struct field "
            "WeaveLimits.weaveLimits.weaveLimitBytes of type int64",
            "cannot unmarshal",
        ),
        ("json: cannot unmarshal number into Go value of type string", "cannot unmarshal"),
        # wandb verify's failed checks (wandb/sdk/verify/verify.py)
        ("Failed to log values to run. Contact W&B for support.", "Contact W&B for support"),
        (
            "Read summary values don't match expected value. Check database encoding, or contact "
            "W&B for support.",
            "Check database encoding",
        ),
        (
            "Unable to download file. Check SQS configuration, topic configuration and bucket "
            "permissions.",
            "Check SQS configuration",
        ),
        ("Unable to download artifact. Check bucket permissions.", "Check bucket permissions"),
        # a traceback's last line when the exception has no message, pasted without the lines
        # before it (wandb/wandb#1817), alone or in a docker json-file log's string
        ("AssertionError", "AssertionError"),
        ('{"log":"AssertionError\\n","stream":"stderr"}', "AssertionError"),
        ("requests.exceptions.ChunkedEncodingError", "ChunkedEncodingError"),
        # a tool's report that something went wrong (velero-io/velero#2467)
        ("An error occurred: file not found", "An error occurred"),
        ("An error occurred while uploading the backup log", "An error occurred"),
        ("An unexpected error has occurred: disk quota exceeded", "unexpected error"),
        # a request that failed with the code it names (mlflow/mlflow#7795)
        (
            "API request to endpoint /api/2.0/mlflow/runs/create failed with error code 403 != 200."
            " Response body: ''",
            "failed with error code",
        ),
        ("API request to http://127.0.0.1:5000/api/x failed with code 502 != 200", "code"),
        # kubectl get pods --all-namespaces: the NAMESPACE column first (kubernetes#22005)
        (
            "kube-system   fluentd-elasticsearch-e2e-test-mml-minion-siao   0/1       "
            "ImagePullBackOff    0          32m",
            "ImagePullBackOff",
        ),
        ("wandb   wandb-0   0/1   CrashLoopBackOff   7   14m", "CrashLoopBackOff"),
        # Go's lower-case failure with its wrapped cause (thanos-io/thanos#719)
        ("store command failed: create bucket client: not found bucket", "store command failed"),
        ("upload failed: put object wandb/x: connection reset by peer", "upload failed"),
        # MinIO's lost read or write quorum, while it waits at start-up (minio/minio#15735)
        (
            "Waiting for all MinIO sub-systems to be initialized.. possible cause (Unable to "
            "initialize config system: migrateConfigToMinioSys: Storage resources are insufficient"
            " for the write operation .minio.sys/config/config.json)",
            "Storage resources are insufficient",
        ),
        ("Storage resources are insufficient for the read operation wandb/media/x.png", "read"),
        # a PHP app's level for a caught exception (nuxsmin/sysPass#1099)
        ("2018-11-14 04:00:55 [EXCEPTION] [N/A] Connection error (BIND)", "Connection error"),
        ("[EXCEPTION] PDOException: could not find driver", "could not find driver"),
        # a member of an object as JavaScript's console or YAML prints it, its key unquoted: the
        # value is the message (wandb/wandb#4368)
        ("message: \"objconv/json: expected token but found '<'\"", "objconv/json: expected"),
        ('  error: "Upload failed unexpectedly after 5 attempts",', "Upload failed"),
        # cert-manager's CertificateRequest waiting for an issuer the cluster does not have
        (
            "    Normal  IssuerNotFound      10m   cert-manager-certificaterequests-issuer-acme  "
            '      Referenced "ClusterIssuer" not found: clusterissuer.cert-manager.io '
            '"application-team-1" not found',
            "IssuerNotFound",
        ),
        # a CLI's failed action after its own name, the cause after a colon (SwanHubX/self-hosted
        # #99), and the same shape from other tools
        (
            "swanlab: Failed to upload: 'str' object has no attribute 'path', will retry...",
            "Failed to upload",
        ),
        ("s3fs: Unable to access bucket: 403 Forbidden", "Unable to access bucket"),
        ("rclone: Failed to copy: AccessDenied: Access Denied", "Failed to copy"),
        ("trainer-1  | swanlab: Could not read config: permission denied", "Could not"),
        # S3's NotImplemented as MinIO answers it, bare or in its XML body (Chocobozzz/PeerTube#5479)
        ("A header you provided implies functionality that is not implemented", "implies"),
        (
            "<Error><Code>NotImplemented</Code><Message>A header you provided implies functionality "
            "that is not implemented</Message></Error>",
            "NotImplemented",
        ),
    ],
)
def test_failures_without_an_error_level_are_listed(line: str, kept: str) -> None:
    assert build_matcher([TemplateMiner().pattern]).match(line)
    (template,) = templates(line)
    assert kept in template


@pytest.mark.parametrize(
    "line",
    [
        "  Normal   Scheduled  2m34s  default-scheduler  Successfully assigned ns/x to compute-0",
        '  Normal   Pulled     4m11s  kubelet  Container image "x:1.3.3" already present',
        "  1       kubelet, master.openshift     Normal          Starting      Starting kubelet.",
        '{"reason":"Pulled","type":"Normal","message":"Successfully pulled image"}',
        "Apr 28 09:35:34.104: INFO: At 2021-04-28 09:30:27 +0100 BST - event for pod-eb16: "
        "{default-scheduler } Scheduled: Successfully assigned default/pod to minikube",
        "    State:          Running",
        'I1202 12:00:00.123456       1 event.go:282] Event(v1.ObjectReference{Kind:"Pod"}): '
        "type: 'Normal' reason: 'Scheduled' Successfully assigned default/wandb-0 to node-1",
        "2021-08-03T18:23:57.106Z\tDEBUG\tcontroller-runtime.manager.events\tNormal\t"
        '{"object": {"kind":"Runner"}, "reason": "RegistrationTokenUpdated", "message": '
        '"Successfully update registration token"}',
        "    State:          Terminated",
        "      Reason:       Completed",
        "      Exit Code:    0",
        "          reason: Completed",
        "          exitCode: 0",
        "  Ready            True    KubeletReady                 kubelet is posting ready status",
        "  MemoryPressure   False   KubeletHasSufficientMemory   kubelet has sufficient memory",
        "hamid123   Ready      master    31m       v1.11.3",
        "wandb-0   1/1     Running   0          3m",
        "Up About a minute (healthy)",
        "Exited (0) 3 minutes ago",
        '"Output": "  % Total    % Received % Xferd  Average Speed   Time\\n"',
        "W0603 11:50:59.541717   99656 request.go:291] field selector: v1beta3 - events",
        "Jan 02 15:04:05 host kubelet[123]: I0102 15:04:05.123456   123 kubelet.go:2183] "
        "Error syncing pod",
        "[I 06:31:31.800 NotebookApp] Error reporting enabled: Exception hooks installed",
        "[W 06:31:31.800 NotebookApp] 404 GET /favicon.ico (172.25.0.1) 1.2ms",
        "[C 12:32:24.662 NotebookApp]",
        "[W 2018-04-09 16:41:15.148 SingleUserNotebookApp auth:541] Detected unused OAuth state "
        "cookies",
        "W0603 11:50:59.541717   99656 loader.go:291] Failed to read config file /etc/x.yaml",
        "wandb-local exited with code 0",
        "/usr/sbin/mysqld: ready for connections. Version: '8.0.36'  socket: '/var/run/mysqld.sock'",
        '10.0.0.1 - - [02/Mar/2021:05:32:30 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe"',
        "1:M 07 Jan 2023 19:16:34.747 # Server initialized",
        "[4356] 26 Jan 01:43:34.284 # fork operation complete",
        "1:M 07 Jan 2023 19:16:34.747 * Background saving terminated with success",
        "  Normal   Killing    18m   kubelet   Stopping container calico-node",
        # cert-manager's routine steps at Normal, an issuer it is still waiting on among them
        "  Normal  IssuerNotReady  10m  cert-manager-certificaterequests-issuer-acme  Referenced "
        "issuer does not have a Ready status condition",
        "  Normal  OrderCreated  10m  cert-manager-certificaterequests-issuer-acme  Created "
        "Order resource default/web-tls-1-3848173024",
        'secret "wandb-license" created',
        "no secret found in the environment: using the default",
        "checking that the MySQL server has gone away or not is on the to-do list",
        "     Active: active (running) since Wed 2021-09-15 13:32:10 EET; 9min ago",
        "docker.service: Succeeded.",
        "Main process exited, code=exited, status=0/SUCCESS",
        "the x509: prefix marks Go's certificate errors",
        # a step that succeeded, a probe's answer, counts and prose
        "Command '['ls', '/vol']' returned non-zero exit status 0.",
        "the node is unhealthy, it will be killed by the autoscaler",
        # a CNI step without the failure's colon, or one that succeeded, and one at INFO
        'plugin type="bridge" failed (add) once, then succeeded',
        'plugin type="bridge" succeeded (add)',
        'INFO plugin type="calico" failed (add): retrying in 5s',
        "Command '['docker', 'inspect', 'wandb/local', '--format', '']' returned non-zero exit "
        "status 1.",
        "> Process 'command 'java'' finished with non-zero exit value 0",
        "Tests: 12 passed, 0 FAILED",
        ":app:test UP-TO-DATE",
        "(2/14) Running minio-go tests ... done in 12 seconds",
        "Fetch API can load https://127.0.0.1:9000/wandb/k after access control checks.",
        "the decoder cannot unmarshal comments, so they are stripped first",
        "wandb: Tip: contact W&B for support at support@wandb.com if a check fails",
        "Checking logged metrics, saving and downloading a file................✅",
        # a traceback's other lines, an exception's name inside a sentence or a field
        '  File "/usr/lib/python3.8/site-packages/wandb/sdk/internal/datastore.py", line 115, in '
        "scan_record",
        "    assert checksum == checksum_computed",
        "retry policy ignores ConnectionError",
        "type=ValidationError",
        # no error, or one at INFO; a code that is not a failure; a row of a running pod
        "No error occurred.",
        "no error occurred: all checks passed",
        "2026-01-05 10:00:00,000 INFO An error occurred: retrying once",
        # botocore's message without its exception: a script's probe before it creates the bucket
        # (mozilla-services/socorro#4041)
        "antenna_1        | An error occurred (404) when calling the HeadBucket operation: Not Found",
        "API request to endpoint /api/2.0/mlflow/runs/create failed with error code 0",
        "kube-system   coredns-5d78c9869d-abcde   1/1     Running   0          32m",
        # a lower-case failure without a wrapped cause
        "check failed: 0 of 3",
        "Storage resources are sufficient for the write operation",
        # an exception level's word in prose, and an unquoted member whose value says nothing failed
        "The EXCEPTION level is reserved for caught exceptions",
        'status: "upload finished after 5 attempts"',
        # a CLI's name before what is no failure with its cause, or a lower-case level word (winston's
        # `warn: `) where the name stands: the level decides
        "swanlab: Failed to upload 0 files to https://swanlab.example.com: 200 OK",
        "warn: Failed to load the cache: using the defaults",
        "info: Could not find a cached token: requesting a new one",
        "swanlab: Tip: Failed to upload? Check the network",
        "this functionality is not implemented yet: see the roadmap",
    ],
)
def test_look_alikes_are_not_listed(line: str) -> None:
    assert templates(line) == []
