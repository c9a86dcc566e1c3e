"""The miner on lines of the platforms around a deployment (infrastructure as code, GitOps, other
self-hosted services on the same stack): their routine answers stay out (error_notices.py), their
failures in their own shapes are listed; real lines from tests/realworld with their sources."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists


@pytest.mark.parametrize(
    "line",
    [
        # etcdctl mk of a key a start-up script sets once (deis/deis#4779), behind journald's
        # prefix and alone; the Go client's error without etcdctl's prefix
        "Dec 04 21:07:14 ip-10-21-10-18.eu-central-1.compute.internal etcdctl[22474]: Error:  105: "
        "Key already exists (/deis/cache) [15902]",
        "Error:  105: Key already exists (/deis/cache) [15902]",
        "105: Key already exists (/coreos.com/network/config) [8]",
        # an init system's OK column; googletest's failed case, padded wider than an init's status
        "[  OK  ] Started Docker Application Container Engine.",
        "[ OK ] /etc/init.simple/10-boot-conf",
        "[  FAILED  ] TestSuite.TestCase (12 ms)",
        "Updating database schema (2020020101)... [OK]",
        "Retrying... [FAILED] tests are listed below",
        # systemd's marker in prose, not its status column
        "systemd prints [!!!!!!] before a failure it cannot boot past",
        # a Go struct's dump with a status that is no failure, or in a struct that is no error
        'resp: &http.Response{Status:"200 OK", StatusCode:200}',
        "metrics: &stats.Counter{StatusCode:404}",
        # Harbor's webhook retry at WARNING for an answer that names no failed connection
        "[WARNING] [/jobservice/hook/hook_agent.go:121]: Send hook event to x failed with error: "
        "400 Bad Request; push hook event to the queue for retrying later",
        # a task that ended at WARN with an error that is no failed connection, or none at all
        "2025-09-10T06:36:22.220650Z  WARN slatedb::compactor: compaction task exited with error "
        "[error=Closed]",
        "2025-09-10T06:36:22.220650Z  WARN worker: task exited with error [error=nil]",
        # mymysql's form with a message that is no MySQL error text
        'Received #1396 error from MySQL server: "ok"',
    ],
)
def test_routine_answers_stay_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # a program that says what failed because the key exists, and another etcd error code
        "Error:  failed to register the unit: 105: Key already exists (/deis/cache) [15902]",
        "Error:  100: Key not found (/deis/cache) [15902]",
        # another store's "already exists" that stops a migration (tests/realworld/heldout35.yaml)
        "FAIL 20220330100659_AddJobsTable.go (create table: Error 1050: Table 'jobs' already "
        "exists), quitting migration",
        # tests/realworld/heldout53.yaml #18 (alibaba/terraform-provider#148) and #25
        # (hashicorp/terraform#10899)
        "* alicloud_db_instance.rds: Failure create database try_dscp:  &common.Error{ErrorResponse:"
        'common.ErrorResponse{Response:common.Response{RequestId:"B5E194AC-B38E-4134-838B-A449DA64'
        '519A"}, HostId:"rds.aliyuncs.com", Code:"OperationDenied.DBInstanceStatus", Message:"The '
        'operation is not permitted due to status of instance."}, StatusCode:403}',
        '* mysql_user.test: Received #1396 error from MySQL server: "Operation CREATE USER failed '
        "for 'test'@'%'\"",
        # heldout54 #21 (RedpointArchive/phabricator#18), systemd's boot status, a Red Hat init
        "phabricator_1 | [ FAILED ] /etc/init.simple/10-boot-conf",
        "[FAILED] Failed to start MySQL Community Server.",
        "Starting nginx: [FAILED]",
        # ... after an action's dots (roundcube/roundcubemail#8443)
        "Updating database schema (2020020101)... [FAILED]",
        # heldout71 #68 (robertdebock/docker-debian-systemd#2): systemd's emergency marker
        "[!!!!!!] Failed to allocate manager object.",
        # heldout54 #31 (goharbor/harbor#14444): at WARNING, what failed with a refused connection
        "jobservice[3584]: [WARNING] [/jobservice/hook/hook_agent.go:121]: Send hook event 'status "
        "change: job=240996962fec456ad355a57b@1615680000, status=Success' to 'http://core:8080/"
        "service/notifications/tasks/1' failed with error: Post \"http://core:8080/service/"
        'notifications/tasks/1": dial tcp 192.168.16.8:8080: connect: connection refused; push '
        "hook event to the queue for retrying later",
        # heldout63 #52 (Barre/ZeroFS#148): at WARN, a task that ended with an error whose cause
        # is a request that timed out (reqwest's TimedOut), its fields in brackets
        "2025-09-10T06:36:22.220650Z  WARN slatedb::mem_table_flush: memtable flush task exited "
        'with error [error=ObjectStoreError(Generic { store: "S3", source: RetryError(RetryErrorImpl'
        " { method: PUT, uri: Some(https://acct.r2.cloudflarestorage.com/b/x.sst), retries: 0, "
        "max_retries: 10, inner: Http(HttpError { kind: Timeout, source: reqwest::Error { kind: "
        "Request, source: TimedOut } }) }) })]",
        # heldout54 #76 (apache/airflow#50866) and requests' MissingSchema for a URL without scheme
        "[\"Could not read served logs: Invalid URL 'http://:8793/log/dag_id=init_test_3.0.1/run_id="
        "manual__2025-05-21T02:10:37.485869+00:00/task_id=print_time/attempt=1.log': No host "
        'supplied"]',
        "requests.exceptions.MissingSchema: Invalid URL 'wandb.example.com/graphql': No schema "
        "supplied. Perhaps you meant http://wandb.example.com/graphql?",
        # heldout54 #82 (docker-library/docs#2237)
        "Cannot create or write into the data directory /data",
    ],
)
def test_failures_are_listed(line: str) -> None:
    assert miner_lists(line)
