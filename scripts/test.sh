#!/usr/bin/env bash
# Install everything the tests need (Debian packages for the real servers, Python test tools in
# .venv) and run the whole suite: lint, types, the rule corpus, pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-deps.sh
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
# no bytecode compile of every installed file: under the run's bytecode directory (below) Python
# reads and writes compiled modules there only, so pip's own would never be read
.venv/bin/pip install --quiet --no-compile -e '.[test,fast]'
export PATH="$PWD/.venv/bin:$PATH"
# Bytecode: each module the run imports is compiled once, into a temporary directory every
# process of the run shares (pytest's workers and the wbdiag processes the tests start), removed
# at the end. With PYTHONDONTWRITEBYTECODE set, as on CI machines, each of those processes
# compiled wbdiag's modules again from source.
bytecode=$(mktemp -d)
trap 'rm -rf "$bytecode"' EXIT
unset PYTHONDONTWRITEBYTECODE
export PYTHONPYCACHEPREFIX="$bytecode"
ruff check .
ruff format --check .
# Types and the real-world corpus (a minute of one core) run beside pytest, in the time its
# workers leave a core idle (their start, the last tests), rather than before it. The rule
# fixtures (`wbdiag rules test`) are pytest's: tests/test_conformance.py runs every rule's
# fixtures both ways, tests/unit/test_stamp.py checks the stamps.
logs=$(mktemp -d)
trap 'rm -rf "$logs" "$bytecode"' EXIT
mypy > "$logs/mypy" 2>&1 &
types=$!
wbdiag rules test --corpus tests/realworld > "$logs/corpus" 2>&1 &
corpus=$!
# worker processes: one per core, at most four (each starts its own servers); the order they take
# the test files in: tests/scheduling.py
tests_status=0
pytest --numprocesses=auto --maxprocesses=4 --dist=loadfile "$@" || tests_status=$?
side_status=0
wait "$types" || { side_status=1; echo "mypy failed:" >&2; }
cat "$logs/mypy"
wait "$corpus" || { side_status=1; echo "wbdiag rules test --corpus tests/realworld failed:" >&2; }
cat "$logs/corpus"
[ "$side_status" -eq 0 ] || exit 1
exit "$tests_status"
