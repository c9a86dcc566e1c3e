#!/usr/bin/env bash
# Install wbdiag into .venv and analyze a bundled sample bundle: writes report.html.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! python3 -m venv --help >/dev/null 2>&1 || ! command -v python3 >/dev/null; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3 python3-venv python3-pip
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet .
.venv/bin/wbdiag analyze sample_bundles/broken-docker.tgz -o report.html --fail-on never
echo "open $(pwd)/report.html"
