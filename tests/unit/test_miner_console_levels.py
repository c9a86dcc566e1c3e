"""The miner lists a line of zap's console encoder (and its kin) at a lower-case error level after
an ISO time in UTC, docker's time taken off or not; other levels and prose stay out. A level word
behind a terminal's colour code, raw or written out by rsyslog and journald, decides as bare."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists


@pytest.mark.parametrize(
    "line",
    [
        '2026-03-04T05:06:07.890Z\terror\tgorilla/store.go:212\tcommit failed\t{"run": "r1"}',
        "2026-03-04T05:06:07Z\tfatal\tcmd/main.go:40\tcannot open the database",
        "2026-03-04T05:06:07.123Z\tdpanic\tapi/graphql.go:9\tnil resolver",
        # a level padded with a space before the tab, after docker's time
        "2026-03-04T05:06:07.890Z error \tresolver failed with code UNAUTHENTICATED for viewer",
        "2026-03-04T05:06:07.890123456Z 2026-03-04T05:06:07.890Z\terror\tqueue/worker.go:77\tlost",
        "2026-03-04T05:06:07.890123456Z 2026-03-04T05:06:07.890Z error \tauth failed with code EXPIRED",
        # the GitHub Actions runner's diagnostic log: its level padded before the component
        # (heldout79 #25, actions/runner#1902)
        "[2022-05-17 13:54:33Z ERR  ConfigurationManager] Failed to get tenant credentials -- "
        "Atempt: 1",
    ],
)
def test_console_error_levels_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        "2026-03-04T05:06:07.890Z\tinfo\tserver/http.go:51\tlistening; error budget is fine",
        "2026-03-04T05:06:07.890Z\twarn\tretry/backoff.go:20\twill retry after an error",
        "2026-03-04T05:06:07.890Z\tdebug\tcache/lru.go:8\terror count 0",
        "2026-03-04T05:06:07.890Z error handling is described in the guide",
        "as of 2026-03-04T05:06:07Z error rates were normal",
        "[2022-05-17 13:54:33Z WARN ConfigurationManager] Failed to get tenant credentials",
        "[2022-05-17 13:54:33Z INFO JobDispatcher] Job request 1 completed with result: Failed",
    ],
)
def test_other_levels_and_prose_stay_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # pganalyze's collector: a one-letter level and the server's tag (pganalyze/collector#142),
        # and made-up variants behind Go's log time and with another tag
        "E [default] Rds/Logs: Could not find RDS instance: DBInstanceNotFound: DBInstance xxx "
        "not found.",
        "2020/10/20 17:52:06 E [server1] Could not connect to database: pq: password "
        'authentication failed for user "pganalyze"',
        "E [aurora-prod] Failed to upload snapshot",
    ],
)
def test_a_letter_level_before_a_tag_is_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # the same logger's other levels (its pull request #96) decide, whatever follows
        "2020/10/20 17:52:06 I [server1] Testing statistics collection...",
        "2020/10/20 17:52:06 W [server1]   Log collection will be disabled for this server",
        "I [default] Could not find RDS instance: using the configured host",
        "V [default] Failed to parse line 3: skipping",
        # a letter and brackets that are no level: a list item, a heading
        "E [1] see the appendix",
        "TYPE [default] count",
    ],
)
def test_a_letter_level_below_error_or_no_level_stays_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # a colour code glued to the level word, as rsyslog and journald write ESC out (aria2c's
        # syslog in a public write-up of a failed disk; tests/realworld/heldout30.yaml,
        # phachon/mm-wiki#390) and raw
        "Aug 26 16:01:14 dottypi aria2c[498]: 08/26 16:01:14 [#033[1;31mERROR#033[0m] Captured an "
        "exception",
        "Aug 26 16:01:14 dottypi aria2c[498]: 08/26 16:01:14 [\x1b[1;31mERROR\x1b[0m] Captured an "
        "exception",
        "Mar 18 18:44:37 localhost mm-wiki: 2024/03/18 18:44:37.976 #033[1;31m[E]#033[0m "
        '[value.go:447] err=LDAP Result Code 49 "Invalid Credentials": 80090308: LdapErr',
    ],
)
def test_a_coloured_error_level_is_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # the level word behind its colour code decides: wsl-pro-service's WARNING through
        # rsyslog (its failure words made it an error while the code hid the level); gitlab-
        # runner's warning about its clean-up script (boytpcm123/gitlab-ci-fastlane#1, behind the
        # colour code as heldout54 #84's journald line has it), escaped and raw; aria2c's NOTICE;
        # Metabase's INFO
        # before its coloured message (heldout32.yaml, metabase/metabase#20377)
        "2025-11-17T09:57:22.590316+00:00 Manju wsl-pro-service[7879]: #033[33mWARNING#033[0m "
        "Daemon: could not connect to Windows Agent: could not get address: could not read agent "
        'port file "/mnt/c/Users/manju/.ubuntupro/.address": open /mnt/c/Users/manju/.ubuntupro/'
        ".address: no such file or directory",
        "Apr 17 15:57:31 runner01 gitlab-runner[1701482]: #033[0;33mWARNING: Error while executing "
        "file based variables removal script",
        "Apr 17 15:57:31 runner01 gitlab-runner[1701482]: \x1b[0;33mWARNING: Error while executing "
        "file based variables removal script",
        "Aug 26 16:01:14 dottypi aria2c[498]: 08/26 16:01:14 [#033[1;32mNOTICE#033[0m] Download "
        "completed: [MEMORY][METADATA]Almost.Famous.2000.EXTENDED.2160p.BluRay.REMUX.HEVC.DTS-HD."
        "MA.5.1-FGT",
        "Feb  9 22:25:12 BI metabase[2527]: 2022-02-09 22:25:12,964 INFO driver.impl :: "
        "#033[34mRegistered driver :sqlserver#033[0m (parents: [:sql-jdbc]) \U0001f69a",
    ],
)
def test_a_coloured_level_below_error_stays_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        # zerolog's ConsoleWriter after its Kitchen or RFC 3339 time (pomerium/pomerium#184 and
        # cloudflared, heldout62 #43, heldout39): a DEBUG line says nothing without a failure verb
        '11:50PM DBG proxy: invalid session error="http: named cookie not present" ip=1.2.3.4',
        '2024-04-02T22:50:54Z INF proxy: invalid session error="http: named cookie not present"',
        "5:50PM WRN internal/grpc: error count 0",
        # ... and after Go's log package time (meshbird/meshbird#91's logger)
        "2017/03/10 15:03:19 INF [public 94.245.175.196:26901] dialing",
        "2017/03/10 15:03:19 WRN [public 94.245.175.196:26901] error count 0",
        # Traefik 3's 5xx for a client that gave up: no real failure behind it
        '2025-07-07T15:46:15Z DBG httputil/proxy.go:121 > 502 Bad Gateway error="context canceled"',
    ],
)
def test_zerolog_console_levels_below_error_stay_out(line: str) -> None:
    assert not miner_lists(line)


@pytest.mark.parametrize(
    "line",
    [
        '8:41AM ERR directory: failed to refresh user data error="rpc error: code = Unknown"',
        '2024-07-10T17:08:33Z ERR Request failed error="Unable to reach the origin service: EOF"',
        '5:50PM FTL cmd/pomerium error="error creating authenticate service: x509: expired"',
        "2017/03/10 15:03:19 ERR [public 94.245.175.196:26901] unable to dial, i/o timeout",
        # Traefik 3's proxy answering 5xx with a real cause, at DEBUG (fosrl/pangolin#1028,
        # heldout34 #64)
        "2025-07-07T15:46:15Z DBG httputil/proxy.go:121 > 502 Bad Gateway | error=dial tcp "
        "x.x.x.x:53007: connect: no route to host",
        # a DEBUG line with both a failure verb and the error field, as the level policy allows
        '11:50PM DBG proxy: failed to load session error="dial tcp 1.2.3.4:5: connect: refused"',
    ],
)
def test_zerolog_console_errors_are_listed(line: str) -> None:
    assert miner_lists(line)


@pytest.mark.parametrize(
    ("line", "listed"),
    [
        # Teleport's text formatter: logrus' four-letter level, a space, its component in
        # brackets (tests/realworld/heldout70.yaml #53, gravitational/teleport#41352; its
        # pull request #14079's example)
        (
            "May 09 06:43:54 ip-10-30-254-182 teleport[117990]: 2024-05-09T06:43:54Z ERRO "
            "[PROC:1]    Check to see if the config has auth_server pointing to a Teleport Proxy. "
            "If it does, use proxy_server instead of auth_server. pid:117990.1 "
            "service/connect.go:94",
            True,
        ),
        (
            "2022-07-04T15:16:30+01:00 ERRO [PROC:1]    Node failed to establish connection to "
            "Teleport Proxy. We have tried the following endpoints: pid:321089.1 "
            "service/connect.go:1067",
            True,
        ),
        # its other levels decide, failure words after them or not (gravitational/teleport#39737,
        # #6722)
        (
            "2024-03-22T19:57:17+03:00 INFO [AUTH:COMP] upload completer will run every 5m0s "
            "events/complete.go:145",
            False,
        ),
        (
            "DEBU [PROC:1]    Failed to connect to Auth Server directly. "
            "auth-addrs:[127.0.0.1:3080] error:[",
            False,
        ),
        (
            "WARN [PROC:1]    Failed to connect to Auth Server directly. "
            "auth-addrs:[127.0.0.1:3080] error:[",
            False,
        ),
    ],
)
def test_teleport_levels_decide(line: str, listed: bool) -> None:
    assert miner_lists(line) is listed
