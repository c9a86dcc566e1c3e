#!/bin/sh
# Entrypoint of the `wandb/local` look-alike image built by tests/servers/dockerd_lookalike.py.
#
# This is NOT W&B. It runs under busybox sh and shows what a failing single-container W&B Server
# shows: a start-up banner that prints its config (the s3://KEY:SECRET@... URL included, as the
# real server does), W&B-style JSON log lines, a known failure, an error no rule knows, the
# service logs under /var/log, and enough stdout volume to exercise byte caps. Then it idles.
#
#   wandb-local-entrypoint.sh          serve: write everything, print the ready marker, idle
#   wandb-local-entrypoint.sh crash    print a start-up and a panic, exit 1
#
# The literal lines below are mirrored as constants in tests/servers/dockerd_lookalike.py; keep
# them equal.
set -u

MODE="${1:-serve}"
FILLER_LINES=20000
GORILLA_FILLER_LINES=2000
# Idle time in serve mode: "forever" for any test session, but bounded so that a container
# orphaned by a killed test run does not idle for ever.
IDLE_SECONDS=10800

banner() {
    echo "*** Running /etc/my_init.d/00_regen_ssh_host_keys.sh..."
    echo "*** Running /etc/rc.local..."
    echo "*** Booting runit daemon..."
    echo "*** Runit started as PID 7"
    echo "Starting W&B Local 0.59.2 (lookalike)"
    echo "Configuration:"
    echo "  HOST=${HOST:-}"
    echo "  BUCKET=${BUCKET:-}"
    echo "  BUCKET_QUEUE=${BUCKET_QUEUE:-}"
    echo "  LOGGING_ENABLED=${LOGGING_ENABLED:-}"
}

panic_trace() {
    echo "panic: dial tcp 127.0.0.1:3306: connect: connection refused"
    echo ""
    echo "goroutine 1 [running]:"
    echo "github.com/wandb/core/services/gorilla/cmd.RequiredMetadataStore(0xc000124000)"
    echo "	/go/src/github.com/wandb/core/services/gorilla/cmd/stores.go:88 +0x1c5"
}

if [ "$MODE" = "crash" ]; then
    banner
    echo '{"level":"info","time":"2026-11-28T10:00:00Z","msg":"starting gorilla"}'
    panic_trace
    exit 1
fi

mkdir -p /var/log

# --- service logs inside the container -------------------------------------------------------
cat > /var/log/gorilla.log <<EOF
{"level":"info","time":"2026-11-28T10:00:00Z","msg":"starting gorilla","version":"0.59.2"}
{"level":"info","time":"2026-11-28T10:00:01Z","msg":"connecting to metadata store","host":"127.0.0.1:3306"}
{"level":"error","time":"2026-11-28T10:00:02Z","msg":"failed to connect to metadata store","error":"Error 1045 (28000): Access denied for user 'wandb_local'@'172.17.0.1' (using password: YES)"}
{"level":"warn","time":"2026-11-28T10:00:03Z","msg":"retrying metadata store connection","attempt":2}
EOF
awk -v n="$GORILLA_FILLER_LINES" 'BEGIN {
    for (i = 1; i <= n; i++)
        printf "{\"level\":\"info\",\"time\":\"2026-11-28T10:00:04Z\",\"msg\":\"request served\",\"path\":\"/api/v1/ping\",\"n\":%d}\n", i
}' >> /var/log/gorilla.log
echo '{"level":"error","time":"2026-11-28T10:00:05Z","msg":"frobnicator quorum lost: shard 7 of 3 disagrees (code WBDIAG-UNKNOWN-4711)"}' >> /var/log/gorilla.log

cat > /var/log/local.log <<EOF
2026-11-28T10:00:00Z starting local 0.59.2
2026-11-28T10:00:00Z config HOST=${HOST:-}
2026-11-28T10:00:00Z config BUCKET=${BUCKET:-}
2026-11-28T10:00:00Z config MYSQL=${MYSQL:-}
2026-11-28T10:00:01Z waiting for gorilla on 127.0.0.1:8081
EOF

cat > /var/log/mysql.log <<EOF
2026-11-28T10:00:00.000000Z 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.0.36) starting as process 42
2026-11-28T10:00:00.500000Z 0 [Warning] [MY-010068] [Server] CA certificate ca.pem is self signed.
2026-11-28T10:00:01.000000Z 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.36'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.
2026-11-28T10:00:02.000000Z 8 [Note] [MY-010926] [Server] Access denied for user 'wandb_local'@'172.17.0.1' (using password: YES)
EOF

cat > /var/log/minio.log <<EOF
MinIO Object Storage Server
API: http://127.0.0.1:9000
Status: 1 Online, 0 Offline.
EOF

# --- container stdout / stderr ----------------------------------------------------------------
banner
# The only stderr line. Early on purpose: Docker copies stdout and stderr separately, so a late
# stderr line could land after the ready marker.
echo "runsv gorilla: warning: gorilla exited, restarting" >&2
echo '{"level":"info","time":"2026-11-28T10:00:00Z","msg":"starting gorilla","version":"0.59.2"}'
echo '{"level":"info","time":"2026-11-28T10:00:01Z","msg":"connecting to metadata store","host":"127.0.0.1:3306"}'
echo '{"level":"info","time":"2026-11-28T10:00:01Z","msg":"loading settings","bucket":"local-files"}'
awk -v n="$FILLER_LINES" 'BEGIN {
    for (i = 1; i <= n; i++)
        printf "{\"level\":\"info\",\"time\":\"2026-11-28T10:00:02Z\",\"msg\":\"request served\",\"path\":\"/api/v1/ping\",\"n\":%d}\n", i
}'
panic_trace
echo '{"level":"error","time":"2026-11-28T10:00:05Z","msg":"frobnicator quorum lost: shard 7 of 3 disagrees (code WBDIAG-UNKNOWN-4711)"}'
# Last line on stdout: the fixture waits for it, so every line above is in the container log.
echo "wbdiag-lookalike: ready"

trap 'exit 0' TERM INT
sleep "$IDLE_SECONDS" &
wait $!
