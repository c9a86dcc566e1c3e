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
ruff check .
ruff format --check .
mypy
wbdiag rules test
wbdiag rules test --corpus tests/realworld
# worker processes: one per core, at most four (each starts its own servers)
pytest --numprocesses=auto --maxprocesses=4 --dist=loadfile "$@"
