"""The miner lists failures that carry no level word: a Debian init script's `failed!`, ntpd's
drift beyond tolerance, nginx's upstream failure quoted without its `[error]` header, Go's
*LinkError after an access line's client, apt's failed name lookup behind `W:` and Go's log package
with a site's tag before what failed; their look-alikes at a lower level or in prose stay out."""

from __future__ import annotations

import pytest

from tests.helpers import miner_lists

LOG = "docker/containers/wandb-local/container.log"


@pytest.mark.parametrize(
    "line",
    [
        # LSB log_end_msg after an init script's action (nagimov/agendav-docker#10), and its kin
        "Starting MariaDB database server: mariadbd . . . . . . . . . . . . . . failed!",
        "Stopping MySQL database server: mysqld failed!",
        "Restarting nginx: nginx failed!",
        # ntpd (rancher/os#1963), behind compose's and syslog's prefixes
        "ntp_1 | 19 Jul 02:47:02 ntpd[1]: frequency error -8960 PPM exceeds tolerance 500 PPM",
        "Jul 19 02:47:02 host ntpd[812]: frequency error 512 PPM exceeds tolerance 500 PPM",
        # nginx's message without its header (nginx-proxy/nginx-proxy#1411), and the timeout's
        "failed (111: connection refused) while connecting to upstream, client 172.16.238.1; "
        'upstream "172.16.238.5:80/"',
        "connect() failed (111: Connection refused) while connecting to upstream, client: "
        '10.0.0.1, server: _, request: "GET / HTTP/1.1"',
        "upstream timed out (110: Connection timed out) while reading response header from "
        "upstream, client: 10.0.0.1, server: wandb.local",
        # Go's *LinkError after a file server's status and client (filebrowser/filebrowser#1177)
        "/ExternalUSB/file.txt: 500 192.168.0.10 rename /srv/ExternalUSB/file.txt "
        "/srv/Main/file.txt: invalid cross-device link",
        "500 10.0.0.2 rename /data/tmp/a /mnt/b: invalid cross-device link",
        # apt-get update (moby/moby#40294), and apt 1.x's Err: line for the same lookup
        "W: Failed to fetch http://archive.ubuntu.com/ubuntu/dists/xenial/InRelease  Temporary "
        "failure resolving 'archive.ubuntu.com'",
        "Err:1 http://deb.debian.org/debian bookworm InRelease   Temporary failure resolving "
        "'deb.debian.org'",
        # Go's log package, with Caddy 0.8's site tag (joshix/caddybox#20) or without
        "2015/12/21 03:24:16 [blog.badoet.com] failed to get certificate: The server could not "
        "validate our request.",
        "2015/12/21 03:24:16 failed to get certificate: acme: urn:acme:error:unauthorized",
        "2024/01/02 10:00:00.123 [wandb.example.com] unable to renew: context deadline exceeded",
    ],
)
def test_headerless_failures_are_listed(line: str) -> None:
    assert miner_lists(line, LOG), line


@pytest.mark.parametrize(
    "line",
    [
        "Starting MariaDB database server: mariadbd.",
        "Starting nginx: nginx.",
        "Starting backup: the last run failed! Retrying",
        "the frequency error 12 PPM is within tolerance 500 PPM",
        "ntpd[1]: frequency error -12 PPM is below tolerance",
        "2026-11-28 10:00:00 WARNING frequency error 600 PPM exceeds tolerance 500 PPM",
        "we rename files across disks: invalid cross-device link is handled by copying",
        "2026-11-28 10:00:00 INFO rename /a/x /b/x: invalid cross-device link, copying instead",
        "2026/11/28 10:00:00 [info] 7#7: *1 client closed connection while connecting to "
        "upstream, client: 10.0.0.1",
        "W: Some index files failed to download. They have been ignored, or old ones used instead.",
        "2026-11-28 10:00:00 INFO apt: Temporary failure resolving is retried",
        "2015/12/21 03:24:16 [blog.badoet.com] failed to get certificate, retrying",
        "2015/12/21 03:24:16 [INFO] [blog.badoet.com] failed to get certificate: retrying",
    ],
)
def test_look_alikes_stay_out(line: str) -> None:
    assert not miner_lists(line, LOG), line
