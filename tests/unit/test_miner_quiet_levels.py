"""The miner's levels below error (error_quiet.py, error_notices.py, error_levels.py): a message
saying what the program could not do with its failure in an `error` or `err` field is listed at
DEBUG too; a warning that says what it could not do with a server's refusal as the cause, or a
cause that is itself a failure, is listed; a resource limit the process could not raise is a notice; so is a start-up poll's refused
try below WARN, and a zap record whose one-letter level `L` says INFO. Debug chatter, warnings without a cause and limits that stop the
program keep their verdicts."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists
from wbdiag.rules.unrecognised import MinerVerdict, miner_verdict


@pytest.mark.parametrize(
    "line",
    [
        # zap's console encoder at DEBUG, its context a JSON object after the message
        "2026-03-04T05:06:07.123+0100\tDEBUG\tprovider-sql\tCannot observe external resource\t"
        '{"controller": "managed/database.mysql", "error": "cannot select database: timeout"}',
        # a JSON line, logrus' logfmt and a plain line at DEBUG
        '{"level":"debug","msg":"Failed to sync bucket policy","error":"AccessDenied: denied"}',
        'time="2026-03-04T05:06:07Z" level=debug msg="Could not apply manifest" '
        'error="admission webhook denied the request"',
        "2026-03-04 05:06:07,123 DEBUG worker: unable to upload chunk 7 err=EOF",
        # and at INFO and WARN
        '2026-03-04T05:06:07Z\tINFO\tsync\tFailed to refresh token\t{"err": "401 Unauthorized"}',
    ],
)
def test_a_failed_action_with_its_error_field_is_listed_at_any_quiet_level(line: str) -> None:
    assert miner_lists(line), line


@pytest.mark.parametrize(
    "line",
    [
        # controller-runtime's zap console encoder, logr's JSON and klog's text at INFO: the
        # reconcile loop's routine outcomes (an object not found and then created, one that
        # already exists, a conflict with another writer, a requeue it announces)
        "2026-03-04T05:06:07Z\tINFO\tgrafana-operator\tFailed to get dashboard object\t"
        '{"dashboard": "monitoring/node-exporter", "err": "GrafanaDashboard.integreatly.org '
        '\\"node-exporter\\" not found"}',
        "2026-03-04T05:06:07Z\tINFO\tcontrollers.Backup\tFailed to create service account, "
        'it exists\t{"name": "backup-sa", "error": "serviceaccounts \\"backup-sa\\" already exists"}',
        '{"level":"info","ts":1709528767.1,"logger":"controller","msg":"Failed to update status, '
        'requeueing","error":"Operation cannot be fulfilled on wandbs.apps.wandb.com \\"wandb\\": '
        "the object has been modified; please apply your changes to the latest version and try "
        'again"}',
        '{"level":"info","msg":"Could not find the config map, creating it","err":"configmaps '
        '\\"wandb-env\\" not found"}',
        # the error cut where a paste wrapped the line, before it says anything
        "2026-03-04T05:06:07Z    INFO    mon-operator  Failed to get alertmanager object "
        '{"stack": "ops/mon", "err": "Alertmanager.monitoring.coreos.com',
        "I0304 05:06:07.123456       1 reconcile.go:88] Unable to get lease, will retry "
        'err="leases.coordination.k8s.io \\"sched\\" not found"',
        # DEBUG: an object not found
        "2026-03-04T05:06:07Z\tDEBUG\tprovider\tCannot get external resource\t"
        '{"error": "release not found"}',
    ],
)
def test_a_reconcile_loops_routine_outcome_below_warn_stays_out(line: str) -> None:
    assert not miner_lists(line), line


@pytest.mark.parametrize(
    "line",
    [
        # the same shapes at INFO with a real failure in the error field
        "2026-03-04T05:06:07Z\tINFO\tgrafana-operator\tFailed to get dashboard object\t"
        '{"err": "Get \\"https://10.96.0.1:443/apis\\": dial tcp 10.96.0.1:443: connect: '
        'connection refused"}',
        '{"level":"info","msg":"Failed to list secrets","error":"secrets is forbidden: User '
        '\\"system:serviceaccount:wandb:op\\" cannot list resource \\"secrets\\""}',
        '{"level":"info","msg":"Failed to get spec from deployer","error":"Get '
        '\\"https://deploy.example.com/api\\": context deadline exceeded"}',
        'I0304 05:06:07.123456       1 sync.go:42] Failed to push metrics err="server returned '
        'HTTP status 503 Service Unavailable"',
        '2026-03-04T05:06:07Z\tINFO\tcerts\tUnable to renew certificate\t{"error": "x509: '
        'certificate signed by unknown authority"}',
        # and at WARN any non-empty error, as before, the level saying something went wrong
        "2026-03-04T05:06:07Z\tWARN\tgrafana-operator\tFailed to get dashboard object\t"
        '{"err": "GrafanaDashboard.integreatly.org \\"node-exporter\\" not found"}',
    ],
)
def test_a_real_failure_in_the_error_field_is_listed_at_info(line: str) -> None:
    assert miner_lists(line), line


@pytest.mark.parametrize(
    "line",
    [
        # DEBUG chatter: a failed action without an error field, an error field without a failed
        # action, an empty or nil error
        '2026-03-04T05:06:07Z\tDEBUG\tcache\tCould not find cached token, fetching a new one\t{"key": "a"}',
        '2026-03-04T05:06:07Z\tDEBUG\thttp\tretrying request\t{"attempt": 2, "error": "EOF"}',
        '{"level":"debug","msg":"Cannot reuse connection, opening another","error":""}',
        'time="2026-03-04T05:06:07Z" level=debug msg="Unable to find optional plugin" error=<nil>',
        'level=debug msg="invalid token: token is malformed" err="token contains 1 segment"',
        # Go's http.Server handshake errors, which Traefik logs at debug as routine, behind a
        # kubectl --prefix and bare (traefik/traefik-helm-chart#1364)
        'traefik-7875895976-8wn5g traefik {"level":"debug","msg":"http: TLS handshake error from '
        '10.68.36.135:19557: remote error: tls: unknown certificate authority",'
        '"time":"2025-03-20T09:48:28Z"}',
        'time="2025-03-20T09:48:28Z" level=debug msg="http: TLS handshake error from '
        '10.0.0.7:40112: EOF"',
        # TRACE is never listed
        '{"level":"trace","msg":"Failed to parse header","error":"unexpected EOF"}',
        # a warning whose cause names a path or a setting, not a failure (tests/realworld
        # heldout34 #38, heldout21 #13), and a failure chain below WARN
        "2025-03-21 00:29:07,203 WARNING MainThread:1035367 [wandb_setup.py:_flush():77] Could "
        "not save program above cwd: /scratch/niko/.cache/bazel/execroot/barrel",
        "2017-05-03 15:50:08 140032113076160 [Warning] InnoDB: Failed to set O_DIRECT on file "
        "./ibdata1: OPEN: Invalid argument, continuing anyway.",
        "2026-03-04 05:06:07 INFO Could not ping database: Could not parse mysql url: bad port",
    ],
)
def test_debug_chatter_and_causes_that_are_no_failure_stay_out(line: str) -> None:
    assert not miner_lists(line), line


@pytest.mark.parametrize(
    "line",
    [
        # logrus' short form, a registry's or the docker daemon's refusal as the cause
        "WARN[0003] Can't pull image [registry.local:5000/infra/agent:v2] on host [node-3]: "
        "Error response from daemon: pull access denied for registry.local:5000/infra/agent",
        'time="2026-03-04T05:06:07Z" level=warning msg="Could not push layer sha256:ab12" '
        'error="unauthorized: authentication required"',
        "W0304 05:06:07.123456       1 mirror.go:88] Unable to sync the mirror: error: 403 "
        "Forbidden",
        "2026-03-04 05:06:07 WARN cannot read bucket policy from store: Error: Access Denied",
        # ... or a cause that is itself a failure: a named error or an exception's class after
        # it, or after its colon another failed action or a timeout (jfrog/artifactory-docker-
        # examples#121, rgcsekaraa/brows3#14, photoview/photoview#249, Graylog2/graylog2-server#2716,
        # moby/moby#24985)
        "2018-10-05 13:47:31,586 [art-init] [WARN ] (o.a.a.f.t.j.s.S3JetS3tBinaryProvider:444) - "
        "Failed to check if bucket exist, bucket my-bucket. Service Error Message.",
        "[brows3_lib::transfer::manager][WARN] upload transfer failed, attempting region "
        "discovery: service error",
        "WARN: Could not ping database: Could not parse mysql url: default addr for network "
        "'172.17.0.1:3306' unknown. Will retry after 5 seconds",
        "2016-09-05T17:48:12.358+02:00 WARN  [ProxiedResource] Unable to call http://10.0.0.5:"
        "12900/api/system/inputstates on node <8ed61024>, caught exception: Read timed out (class "
        "java.net.SocketTimeoutException)",
        'time="2016-07-24T18:35:21Z" level=warning msg="container kill failed: Cannot kill '
        'container 59f16c30a5e0: rpc error: code = 2 desc = containerd: container not found"',
    ],
)
def test_a_warning_with_a_refusal_or_a_failure_as_its_cause_is_listed(line: str) -> None:
    assert miner_lists(line), line


@pytest.mark.parametrize(
    "line",
    [
        "WARN[0001] Could not read /etc/agent.yaml (error: no such file)",
        "WARN[0001] Cannot pull image yet: Error: the image is still being pulled on host [node-1]",
        'time="2026-03-04T05:06:07Z" level=warning msg="access denied counter reset" error=none',
        "2026-03-04 05:06:07 WARN permission checks: error: 0, denied: none, allowed: 12",
    ],
)
def test_warnings_without_a_refusal_stay_notices(line: str) -> None:
    assert miner_verdict(line) is MinerVerdict.FILTERED_BY_LEVEL, line


@pytest.mark.parametrize(
    "line",
    [
        # Redis (its `#` marks warnings and failures alike), plain and behind its pid and role
        "# Server can't set maximum open files to 20032 because of OS error: Operation not "
        "permitted.",
        "7:M 04 Mar 2026 05:06:07.123 # Server can't set maximum open files to 65568 because of "
        "OS error: Operation not permitted.",
        # the same notice in other servers' words, without a level
        "Cannot raise FD limit to 8206, limit is 1024. (setrlimit: Operation not permitted)",
        '{"msg":"Could not increase number of max_open_files to more than 1024 (request: 65535)",'
        '"error":"operation not permitted"}',
    ],
)
def test_a_limit_the_process_could_not_raise_is_a_notice(line: str) -> None:
    # an error candidate that the level check drops, not a line no candidate takes
    assert miner_verdict(line) is MinerVerdict.FILTERED_BY_LEVEL, line


@pytest.mark.parametrize(
    "line",
    [
        # the program stops, the process ran out, a runtime could not set a container's limit
        "# Server can't set maximum open files to 20032 because of OS error: Operation not "
        "permitted. Exiting.",
        "[ERROR] Could not raise the open files limit: Operation not permitted",
        "accept4() failed (24: Too many open files)",
        "OCI runtime create failed: error setting rlimit type 7: operation not permitted",
        # the line's own error level decides
        "2026-03-04 05:06:07 ERROR Failed to raise open files limit: operation not permitted",
    ],
)
def test_real_limit_failures_stay_listed(line: str) -> None:
    assert miner_lists(line), line


@pytest.mark.parametrize(
    ("line", "listed"),
    [
        # a console logger's JSON context after its message: the level before it decides
        ('2026-03-04T05:06:07.123+0100\tINFO\tserver\trequest done\t{"error": "none"}', False),
        ('2026-03-04T05:06:07.123+0100\tDEBUG\thttp\tretry\t{"error": "EOF"}', False),
        ('2026-03-04T05:06:07.123+0100\tERROR\tserver\trequest failed\t{"error": "EOF"}', True),
        # a JSON line without a level, and one behind a prefix without a level word, stay errors
        ('{"error": "EOF", "path": "/graphql"}', True),
        ('2026-03-04 05:06:07 {"error": "EOF", "path": "/graphql"}', True),
    ],
)
def test_a_json_context_does_not_hide_the_level_before_it(line: str, listed: bool) -> None:
    assert miner_lists(line) is listed, line


@pytest.mark.parametrize(
    ("line", "listed"),
    [
        # zap's development encoder names its level `L`: INFO is a notice, ERROR an error
        (
            '{"L":"INFO","T":"2021-09-27T07:25:10.624Z","M":"healthcheck failed: dial tcp '
            '127.0.0.1:49169: connect: connection refused","id":"9bf8c47a-3961-491e"}',
            False,
        ),
        ('{"L":"DEBUG","T":"2026-03-04T05:06:07Z","M":"dial tcp: i/o timeout"}', False),
        (
            '{"L":"ERROR","T":"2026-03-04T05:06:07Z","M":"query failed: dial tcp 10.0.0.5:3306: '
            'connect: connection refused"}',
            True,
        ),
        ('{"l":"error","msg":"failed to get bucket info","error":"rpc error: EOF"}', True),
        # a one-letter key that names no level is no level: the record stays an error
        ('{"L":"eu-west-1","error":"dial tcp 10.0.0.5:9000: connect: connection refused"}', True),
    ],
)
def test_zaps_one_letter_level_decides(line: str, listed: bool) -> None:
    assert miner_lists(line) is listed, line


@pytest.mark.parametrize(
    "line",
    [
        # a start-up poll below WARN, its refused tries in an error field: routine while the
        # service it waits for starts
        'level=info msg="Failed to connect, waiting for the database" err="dial tcp 10.0.0.5:5432: '
        'connect: connection refused"',
        '{"level":"info","msg":"Could not reach MinIO, waiting for it to start","error":"dial tcp '
        '10.0.0.5:9000: connect: connection refused"}',
        '2026-03-04T05:06:07Z\tINFO\tstartup\tUnable to connect: health check pending\t{"error": '
        '"dial tcp 127.0.0.1:6379: connect: connection refused"}',
        '2026-03-04T05:06:07Z\tDEBUG\tprobe\tFailed to probe readiness\t{"error": "connection refused"}',
    ],
)
def test_a_start_up_poll_below_warn_stays_out(line: str) -> None:
    assert not miner_lists(line), line


@pytest.mark.parametrize(
    "line",
    [
        # the same refusal outside a poll at INFO, and a poll's refusal at WARN, stay listed
        'level=info msg="Failed to connect to the broker" err="dial tcp 10.0.0.5:5672: connect: '
        'connection refused"',
        'level=warning msg="Failed to connect, waiting for the database" err="dial tcp '
        '10.0.0.5:5432: connect: connection refused"',
    ],
)
def test_a_refusal_outside_a_poll_or_at_warn_stays_listed(line: str) -> None:
    assert miner_lists(line), line


@pytest.mark.parametrize(
    ("line", "listed"),
    [
        # Traefik 2's report of the 5xx it answered, at DEBUG only (traefik/traefik#7102), with a
        # cause that names a failed connection, a timeout or a closed one
        (
            "level=debug msg=\"'502 Bad Gateway' caused by: dial tcp 10.244.0.146:5000: connect: "
            'connection refused"',
            True,
        ),
        ('time="2020-07-20T10:00:00Z" level=debug msg="\'502 Bad Gateway\' caused by: EOF"', True),
        (
            'time="2020-07-20T10:00:00Z" level=debug msg="\'504 Gateway Timeout\' caused by: '
            'net/http: timeout awaiting response headers"',
            True,
        ),
        (
            '{"level":"debug","msg":"\'502 Bad Gateway\' caused by: dial tcp 10.0.0.5:8080: i/o '
            'timeout","time":"2020-07-20T10:00:00Z"}',
            True,
        ),
        # without a level (pasted), and a fork that logs it at error level
        ("'502 Bad Gateway' caused by: EOF", True),
        ("level=error msg=\"'500 Internal Server Error' caused by: unsupported header\"", True),
        # the 499 it answers a client that gave up, a 5xx whose cause names no real failure at
        # DEBUG, TRACE, and a message that quotes a status without answering it
        (
            "level=debug msg=\"'499 Client Closed Connection' caused by: context canceled\"",
            False,
        ),
        ("level=debug msg=\"'500 Internal Server Error' caused by: context canceled\"", False),
        ("level=trace msg=\"'502 Bad Gateway' caused by: EOF\"", False),
        ("level=debug msg=\"retrying after '502 Bad Gateway' from the backend: EOF\"", False),
        # Traefik 3's ForwardAuth call that failed, at DEBUG only (traefik/traefik#11373), and
        # made up: the client that went away, and the same at TRACE
        (
            "2024-12-31T02:04:45Z DBG github.com/traefik/traefik/v3/pkg/middlewares/auth/forward"
            ".go:152 > Error calling http://authentik-outpost.authentik-outpost.svc.cluster.local/"
            'outpost.goauthentik.io/auth/traefik. Cause: Get "http://authentik-outpost.authentik-'
            'outpost.svc.cluster.local/outpost.goauthentik.io/auth/traefik": dial tcp '
            "10.111.16.242:80: connect: connection refused middlewareName=monitoring-forward-auth@"
            "kubernetescrd middlewareType=ForwardAuth",
            True,
        ),
        (
            "2024-12-31T02:04:45Z DBG github.com/traefik/traefik/v3/pkg/middlewares/auth/forward"
            ".go:152 > Error calling http://auth/x. Cause: context canceled middlewareName=x",
            False,
        ),
        (
            "2024-12-31T02:04:45Z TRC github.com/traefik/traefik/v3/pkg/middlewares/auth/forward"
            ".go:152 > Error calling http://auth/x. Cause: dial tcp 10.0.0.1:80: connect: "
            "connection refused",
            False,
        ),
        # nginx's refusal of a client's certificate at INFO (kubernetes/ingress-nginx#8888), and
        # made up: the same at DEBUG, and a client that closed its connection (a routine INFO)
        (
            "(3) 2022/07/29 09:06:35 [info] 33#33: *241 client SSL certificate verify error: (40:"
            "proxy certificates not allowed, please set the appropriate flag) while reading client "
            'request headers, client: 188.185.34.228, server: test-dev-rest.local, request: "GET '
            '/test HTTP/2.0", host: "test-dev-rest.local"',
            True,
        ),
        (
            "2022/07/29 09:06:35 [debug] 33#33: *241 client SSL certificate verify error: (40:proxy "
            "certificates not allowed, please set the appropriate flag) while reading client "
            "request headers",
            False,
        ),
        (
            "2022/07/29 09:06:35 [info] 33#33: *241 client closed connection while SSL handshaking, "
            "client: 10.0.0.1",
            False,
        ),
        # a client's refusal of nginx's own certificate at INFO (heldout39 #33, Kong/kong#8022;
        # geerlingguy/drupal-vm#2023), and made up: OpenSSL 3's code, the same at DEBUG, and the
        # alerts scanners and old clients cause
        (
            "ingress-kong-b55b9bbc6-2npsg kong-proxy 2021/11/01 22:56:42 [info] 1096#0: *131056 "
            "SSL_do_handshake() failed (SSL: error:14094418:SSL routines:ssl3_read_bytes:tlsv1 "
            "alert unknown ca:SSL alert number 48) while SSL handshaking, client: 10.233.66.0, "
            "server: 0.0.0.0:8443",
            True,
        ),
        (
            "2020/03/12 14:19:06 [info] 28762#28762: *54 SSL_do_handshake() failed (SSL: error:"
            "14094416:SSL routines:ssl3_read_bytes:sslv3 alert certificate unknown:SSL alert number "
            "46) while SSL handshaking, client: 192.168.96.1, server: 0.0.0.0:443",
            True,
        ),
        (
            "2023/01/31 13:44:32 [info] 32#32: *4 SSL_do_handshake() failed (SSL: error:0A000418:SSL "
            "routines::tlsv1 alert unknown ca:SSL alert number 48) while SSL handshaking, client: "
            "172.17.0.1, server: 0.0.0.0:443",
            True,
        ),
        (
            "2023/01/31 13:44:32 [debug] 32#32: *4 SSL_do_handshake() failed (SSL: error:14094418:"
            "SSL routines:ssl3_read_bytes:tlsv1 alert unknown ca:SSL alert number 48) while SSL "
            "handshaking, client: 172.17.0.1, server: 0.0.0.0:443",
            False,
        ),
        (
            "2023/01/31 13:44:32 [info] 32#32: *4 SSL_do_handshake() failed (SSL: error:1408F10B:SSL "
            "routines:ssl3_get_record:wrong version number) while SSL handshaking, client: "
            "172.17.0.1, server: 0.0.0.0:443",
            False,
        ),
        (
            "2023/01/31 13:44:32 [info] 32#32: *4 SSL_do_handshake() failed (SSL: error:14094410:SSL "
            "routines:ssl3_read_bytes:sslv3 alert handshake failure:SSL alert number 40) while SSL "
            "handshaking, client: 172.17.0.1, server: 0.0.0.0:443",
            False,
        ),
        # ... and Go's HTTP server's, relayed at klog's INFO (heldout79 #6,
        # kelseyhightower/kubernetes-the-hard-way#358), and made up: another alert, and a probe
        # that broke the handshake off
        (
            "I0603 13:16:13.344125   30535 logs.go:49] http: TLS handshake error from "
            "172.23.255.253:37060: remote error: tls: bad certificate",
            True,
        ),
        (
            "I0603 13:16:13.344125   30535 logs.go:49] http: TLS handshake error from "
            "10.0.0.7:51234: remote error: tls: unknown certificate authority",
            True,
        ),
        (
            "I0603 13:16:13.344125   30535 logs.go:49] http: TLS handshake error from "
            "10.0.0.7:51234: EOF",
            False,
        ),
        # GitHub Actions' step debug log: the .NET exceptions the runner caught (heldout79 #22,
        # myoung34/docker-github-actions-runner#487; heldout45 #70), and made up: its other lines
        (
            "##[debug] ---> System.Security.Authentication.AuthenticationException: The remote "
            "certificate is invalid according to the validation procedure: "
            "RemoteCertificateNameMismatch",
            True,
        ),
        (
            "2023-01-09T14:06:14.7761493Z ##[debug]Exception message - System.Net.WebException: "
            "The remote server returned an error: (401) Unauthorized.",
            True,
        ),
        ("##[debug]Evaluating condition for step: 'Run tests' Error: none", False),
    ],
)
def test_a_proxys_failure_with_a_real_cause_is_listed_below_error(line: str, listed: bool) -> None:
    assert miner_lists(line) is listed, line


@pytest.mark.parametrize(
    "line",
    [
        # Keycloak on WildFly at WARN (keycloak/keycloak#9296), and made up: Quarkus, not yet valid
        "18:10:01,755 WARN  [org.wildfly.extension.elytron] (MSC service thread 1-2) WFLYELY00024: "
        "Certificate [dstrootcax3] in KeyStore is not valid: java.security.cert."
        "CertificateExpiredException: NotAfter: Thu Sep 30 14:01:15 GMT 2021",
        "2024-01-01 10:00:00,000 WARN  [io.quarkus] TLS: java.security.cert."
        "CertificateNotYetValidException: NotBefore: Mon Jan 01 00:00:00 GMT 2030",
    ],
)
def test_a_certificate_out_of_its_dates_is_listed_at_warn(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # a reminder before it expires, a keystore message, and the exception at DEBUG (trusted)
        "18:10:01,755 WARN  [org.wildfly] Certificate [x] in KeyStore expires in 20 days",
        "18:10:01,755 INFO  [org.wildfly.extension.elytron] WFLYELY00023: KeyStore file /x.jks "
        "does not exist. Used blank.",
        "18:10:01,755 DEBUG [org.wildfly] trust check: java.security.cert."
        "CertificateExpiredException: NotAfter: Thu Sep 30 14:01:15 GMT 2021",
    ],
)
def test_certificate_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)


# xet-core's tracing subscriber: a JSON record at WARN whose message is reqwest's Debug print of a
# request that got no connection, retried (huggingface/xet-core#389)
_XET_WARN = (
    '{"timestamp":"2025-06-17T21:41:35.975077Z","level":"WARN","fields":{"message":"Reqwest('
    'reqwest::Error { kind: Request, url: \\"https://cas-server.xethub.hf.co/reconstruction/'
    'a7030cf2e58dead38199a68a8cd6f6f1a609a6072d7fb38ba5f85b3bb7e21557\\", source: hyper_util::'
    "client::legacy::Error(Connect, Custom { kind: InvalidData, error: InvalidCertificate("
    'UnknownIssuer) }) }). Retrying..."},"filename":"/home/runner/work/xet-core/xet-core/'
    'cas_client/src/http_client.rs","line_number":242}'
)


@pytest.mark.parametrize(
    "line",
    [
        _XET_WARN,
        # reqwest's Display form at WARN (candlecorp/wick#361), and made up: hyper 0.14's Connect
        # error behind reqwest-retry's middleware
        '2023-07-09T17:01:00  WARN component-wide error error=Component("error sending request '
        "for url (https://example.invalid/x): error trying to connect: dns error: failed to "
        'lookup address information: Name or service not known")',
        "2024-01-01T00:00:00Z  WARN reqwest_retry::middleware: Retry attempt #1. Sleeping 1s "
        "before the next attempt, error=Reqwest(reqwest::Error { kind: Request, url: "
        'Url { scheme: "https", host: Some(Domain("wandb.example.com")), port: None, path: "/", '
        'query: None, fragment: None }, source: hyper::Error(Connect, ConnectError("tcp connect '
        'error", Os { code: 111, kind: ConnectionRefused, message: "Connection refused" })) })',
    ],
)
def test_a_rust_clients_failed_connection_is_listed_at_warn(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # an answered request (a status, a body that did not decode), a dropped connection that
        # is no failed connect, reqwest's connect at INFO, and the same record at DEBUG (trusted)
        '2024-01-01T00:00:00Z  WARN retrying after reqwest::Error { kind: Status(503), url: "x" }',
        '2024-01-01T00:00:00Z  WARN reqwest::Error { kind: Decode, source: Error("expected '
        'value", line: 1, column: 1) }',
        "2024-01-01T00:00:00Z  WARN error sending request for url (https://x.example/y): "
        "connection closed before message completed",
        "2024-01-01T00:00:00Z  INFO reqwest::connect: starting new connection: https://x.example/",
        _XET_WARN.replace('"level":"WARN"', '"level":"DEBUG"'),
    ],
)
def test_rust_client_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line)
