"""The miner reads a system call's failure in each runtime's wording (error_errnos.py), the line a
syslog or journald prefix carries, and a line that starts with what could not be done and why;
look-alikes at a lower level, in prose or routine by design stay out."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists
from wbdiag.rules.error_candidates import CANDIDATE_PATTERNS
from wbdiag.rules.error_errnos import (
    C_ERRNO_TEXTS,
    ERRNO_CANDIDATES,
    ERRNO_CONFIRM,
    GO_ERRNO_TEXTS,
)
from wbdiag.rules.error_lines import unwrap
from wbdiag.rules.portable_regex import check_portable
from wbdiag.rules.unrecognised import MinerVerdict, miner_verdict

LOG = "docker/containers/wandb-local/container.log"


def listed(line: str) -> bool:
    return miner_lists(line, LOG)


@pytest.mark.parametrize(
    "line",
    [
        # Go's *LinkError wrapped after a colon (oklog/oklog#110), and its other operations and
        # errnos alone or wrapped
        "during recovery: rename data/store/0093a279-2977-42ec-b9d3-7771d4551950.active "
        "01C96FFQG2W35WWA9VMPKCGCG1-01C96FFTAXR3F5QW47JTJGRQPS.flushed: invalid cross-device link",
        "compaction: rename /data/wal/00000012.tmp /mnt/blocks/00000012: invalid cross-device link",
        "failed to persist: link /var/lib/app/tmp/x /var/lib/app/data/x: file exists",
        "open /vol/mysql/ibdata1: too many open files",
        "store: mkdir /data/chunks: disk quota exceeded",
        "remove /tmp/upload-7/part: directory not empty",
        "inotify_add_watch: no space left on device",
        "accept tcp [::]:8080: accept4: too many open files",
        # C programs and coreutils: a tool, what failed and strerror's text; perror of a path;
        # the number with the text (nginx, mysqld)
        "cp: cannot create regular file '/vol/env/x': Disk quota exceeded",
        'rsync: rename "/data/.x.tmp" -> "x": Invalid cross-device link (18)',
        "/var/lib/mysql: Permission denied",
        "/vol/minio/.minio.sys: Stale file handle",
        'open() "/var/cache/nginx/client_temp" failed (13: Permission denied)',
        "Can't open file: './wandb_local/runs.frm' (errno: 24 - Too many open files)",
        # Node's (libuv's) code, text and system call, without an `Error: ` before it
        "EXDEV: cross-device link not permitted, rename '/tmp/upload_9a' -> '/data/files/a.bin'",
        "upload failed [EACCES: permission denied, mkdir '/app/uploads/2024']",
        "ENOSPC: no space left on device, write",
        # Rust's io::Error with its number; mysqld's Errcode
        "caused by: Stale file handle (os error 116)",
        "mysqld: Can't create directory '/vol/mysql/' (Errcode: 13 - Permission denied)",
        # InnoDB's level-less lines (MySQL 5.x; kubernetes/website#32844), with 5.6's timestamp
        "InnoDB: Operating system error number 2 in a file operation.",
        "InnoDB: File ./ib_logfile0: 'open' returned OS error 71. Cannot continue operation",
        "InnoDB: Cannot continue operation.",
        "2016-03-01 10:00:00 7f3c InnoDB: Operating system error number 13 in a file operation.",
        "InnoDB: File ./ibdata1: 'create' returned OS error 113. Cannot continue operation",
        # a line that starts with what could not be done and says why after a colon (MinIO at
        # start-up, minio/minio#10195; C programs)
        "Unable to read 'format.json' from http://acaas1:9000/data/minio: client time 2020-08-04 "
        "08:03:59 +0000 UTC is too apart with server time 2020-08-03 17:09:57.69553419 +0000 UTC",
        "Unable to initialize backend: found backend fs, expected xl",
        "Failed to load config from https://cfg.internal:8443/app.yaml: 503 Service Unavailable",
        "Could not open the license file /etc/app/license.key: permission denied",
        "Cannot open /etc/app.conf: Permission denied",
        "Couldn't resolve host objectstore: temporary failure",
    ],
)
def test_errno_and_cause_lines_are_listed(line: str) -> None:
    assert listed(line), line


@pytest.mark.parametrize(
    "prefix",
    [
        "Apr 25 19:45:05 vmi861719 nknovh[4425]: ",
        "Nov  2 03:04:05 db-1 app[88]: ",
        "Nov  2 03:04:05.123456 db-1 app[88]: ",
        "<27>Nov  2 03:04:05 db-1 app: ",
        "2022-04-25T19:45:05+0200 vmi861719 nknovh[4425]: ",
        "2024-03-13T07:17:01.123456789Z Apr 25 19:45:05 vmi861719 nknovh[4425]: ",
        # the CRI log format of a container's log on the node (containerd, CRI-O): time, stream
        # and tag (F a whole line, P a part), as /var/log/pods/…/0.log holds it
        "2025-12-03T04:57:47.799512909Z stderr F ",
        "2025-12-03T04:57:47.799512909Z stdout P ",
    ],
)
@pytest.mark.parametrize(
    "message",
    [
        # go-sql-driver's own logger (bytestostring/nkn.ovh#25), Go's log package, git's fatal
        "[mysql] 2022/04/25 19:45:05 packets.go:73: unexpected EOF",
        "[mysql] 2022/04/25 19:45:05 packets.go:428: busy buffer",
        "2022/04/25 19:45:05 could not run migrations: no migrations found",
        "fatal: unable to access 'https://git.internal/x.git/': Could not resolve host",
    ],
)
def test_a_syslog_prefix_does_not_hide_the_line(prefix: str, message: str) -> None:
    assert unwrap(prefix + message)[0] == message
    assert listed(prefix + message)


@pytest.mark.parametrize(
    "line",
    [
        # a level below error behind the syslog prefix: the line's own level decides
        "Apr 25 19:45:05 host app[12]: INFO [mysql] reconnecting after packets.go:73: unexpected EOF",
        "Apr 25 19:45:05 host kubelet[27956]: I1202 12:00:00.123456   27956 x.go:1] dial tcp "
        "10.0.0.1:443: i/o timeout",
        "Nov 28 10:00:00 host systemd[1]: Started Session 3 of user root.",
        # docker's and kubelet's time ends in Z: a `word tag[pid]: ` after it is the line's own
        "2024-03-13T07:17:01.123456789Z INFO worker[3]: [mysql] is the driver's log tag",
        # the CRI format's stream and tag before a line at its own lower level
        "2025-12-03T04:57:47.799512909Z stderr F INFO [mysql] reconnecting after packets.go:73: "
        "unexpected EOF",
        "2025-12-03T04:57:47.799512909Z stdout F chmod is what the entrypoint runs first",
        # perror of a system call alone: mysqld's libnuma notice in a container (docker-library/
        # mysql#422), benign
        "mbind: Operation not permitted",
        # errno texts at a lower level, in prose, or of errnos programs retry (EINVAL, EAGAIN)
        "INFO config: open /etc/app/local.yaml: no such file or directory, using the defaults",
        "2026-11-28 10:00:00 WARNING rename /a /b: invalid cross-device link, copying instead",
        "the file exists check passed",
        "retrying: read /dev/watchdog: resource temporarily unavailable",
        "write /data/.minio.sys/tmp/x/xl.meta: invalid argument",
        "EXDEV is what rename returns across filesystems",
        # InnoDB's notes, and its wording at INFO
        "2026-11-28T10:00:00.000000Z 0 [Note] InnoDB: Operating system error number 2 is handled",
        "InnoDB: Completed initialization of buffer pool",
        # a line that starts like a failure but says no cause, or carries on (docker run's pull)
        "Unable to find image 'wandb/local:latest' locally",
        "Cannot connect yet, retrying in 5s",
        "Could not find a cached build, building from source",
        "Unable to reach https://cfg.internal:8443/healthz: 200 OK after 3 tries",
        # MinIO's start-up waits: a distributed MinIO prints them at every start until its peers
        # answer (the failure is in the lines beside them, or in a wait that names its cause)
        "Waiting for the first server to format the disks.",
        "Waiting for all other servers to be online to format the disks.",
        "Waiting for a minimum of 2 disks to come online (elapsed 34s)",
        # MySQL's aborted connections, routine on a busy server at Note or Warning (a tenth of its
        # lines; the miner leaves them out on purpose)
        "2020-10-10 11:01:05 9 [Warning] Aborted connection 9 to db: 'homeassistant' user: "
        "'homeassistant' host: '172.30.32.1' (Got an error reading communication packets)",
    ],
)
def test_look_alikes_stay_out(line: str) -> None:
    assert not listed(line), line


def test_a_minio_wait_that_names_its_cause_is_listed() -> None:
    assert listed(
        "Waiting for all MinIO sub-systems to be initialized.. possible cause (Unable to "
        "initialize config system: Unable to load config file. Unexpected end of JSON input)"
    )


def test_aborted_connections_are_not_even_candidates() -> None:
    line = (
        "compose-daemon-mysql | 2020-07-16 17:31:53 732 [Warning] Aborted connection 732 to db: "
        "'gogs_production' user: 'root' host: '172.21.0.4' (Got an error reading communication "
        "packets)"
    )
    assert miner_verdict(line) is MinerVerdict.NOT_CANDIDATE


def test_the_errno_tables_agree_and_are_portable() -> None:
    # Go words each errno as C does, in lower case (ESTALE in its older words)
    assert {t.lower() for t in GO_ERRNO_TEXTS} <= {t.lower() for t in C_ERRNO_TEXTS}
    assert set(ERRNO_CANDIDATES) <= set(CANDIDATE_PATTERNS)
    for pattern in (*ERRNO_CANDIDATES, *ERRNO_CONFIRM):
        assert check_portable(pattern) is None, pattern
    # every errno text, in either case, holds a candidate literal
    for text in (*C_ERRNO_TEXTS, *GO_ERRNO_TEXTS):
        assert any(c in text for c in ERRNO_CANDIDATES), text


@pytest.mark.parametrize(
    "line",
    [
        # docker buildx's error wrapped after each colon: the errno's text is the last line
        # (git.resacachile.cl anti/DECNET's wiki), and Go's other errnos left alone the same way
        "read-only file system",
        "  no space left on device",
        "permission denied",
        "too many open files",
    ],
)
def test_a_go_errno_alone_on_its_line_is_listed(line: str) -> None:
    assert listed(line), line


@pytest.mark.parametrize(
    "line",
    [
        # Go's errno alone after what could not be done (jupyterhub/mybinder.org-deploy#3654,
        # heldout61), and the same shape with other errnos
        "failed to create fsnotify watcher: too many open files",
        "unable to write the cache index: no space left on device",
        "could not open the socket: permission denied",
    ],
)
def test_a_go_errno_ending_what_could_not_be_done_is_listed(line: str) -> None:
    assert listed(line), line


@pytest.mark.parametrize(
    "line",
    [
        # the errno's words after a colon in a sentence that goes on, or in prose without a failure
        "failed to create fsnotify watcher: too many open files; raising fs.inotify.max_user_instances",
        "watcher created: too many open files is no longer a concern",
    ],
)
def test_a_go_errno_after_a_failure_inside_a_sentence_stays_out(line: str) -> None:
    assert not listed(line), line


@pytest.mark.parametrize(
    "line",
    [
        # the errno's words inside a sentence, a notice that names one, C's capitalised text in a
        # sentence of its own
        "the volume is mounted as a read-only file system on purpose",
        "INFO check: permission denied errors: 0",
        "Skipping the cache: read-only file system detected, using memory",
    ],
)
def test_an_errno_inside_a_sentence_stays_out(line: str) -> None:
    assert not listed(line), line
