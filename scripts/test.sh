#!/usr/bin/env bash
# Install everything the tests need (Debian packages for the real servers, Python test tools in
# .venv) and run the whole suite: lint, types, rule self-tests, pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-deps.sh
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet -e '.[test,fast]'
export PATH="$PWD/.venv/bin:$PATH"
# the real-world corpus (one core for a minute) beside lint, types and the rule self-tests
corpus_log=$(mktemp)
trap 'rm -f "$corpus_log"' EXIT
wbdiag rules test --corpus tests/realworld > "$corpus_log" 2>&1 &
corpus=$!
ruff check .
ruff format --check .
mypy
wbdiag rules test
corpus_status=0
wait "$corpus" || corpus_status=$?
cat "$corpus_log"
[ "$corpus_status" -eq 0 ] || { echo "wbdiag rules test --corpus tests/realworld failed" >&2; exit 1; }
# worker processes: one per core, at most four (each starts its own servers)
pytest --numprocesses=auto --maxprocesses=4 --dist=loadfile "$@"
