#!/usr/bin/env bash
# Offline artifacts for sites without network or without a matching Python (docs/offline.md):
#
#   dist/wbdiag-<version>-wheelhouse.tar.gz   wbdiag and every dependency as wheels, for Linux
#                                             x86_64 and aarch64 and each supported Python;
#                                             install: python3 -m pip install --no-index
#                                             --find-links wheelhouse/ wbdiag
#   dist/wbdiag-<version>-linux-x86_64        one executable (PyInstaller), no Python needed
#   dist/*.cdx.json                           CycloneDX SBOMs of both
#   dist/SHA256SUMS                           sha256sum -c SHA256SUMS
#
# Only the package registry is used, through pip. Nothing built here updates itself or opens a
# connection when it starts.
#
# Options (for a quicker partial build, e.g. in the tests):
#   --out DIR           output directory (default: dist/)
#   --pythons "3.11"    Python versions of the wheelhouse (default: every supported one)
#   --arches "x86_64"   architectures of the wheelhouse (default: x86_64 aarch64)
#   --no-binary         skip the single-file executable
#   --no-wheelhouse     skip the multi-platform downloads (the executable still needs the
#                       host's wheels, which are then fetched for the host only)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

OUT=$ROOT/dist
PYTHONS="3.10 3.11 3.12 3.13 3.14"
ARCHES="x86_64 aarch64"
GLIBC=2_28 # manylinux_2_28: RHEL/Rocky 8, Ubuntu 20.04, Debian 11 and newer (and older tags)
BINARY=1
WHEELHOUSE=1
while [ $# -gt 0 ]; do
    case "$1" in
        --out) OUT=$(realpath -m "$2"); shift 2 ;;
        --pythons) PYTHONS=$2; shift 2 ;;
        --arches) ARCHES=$2; shift 2 ;;
        --no-binary) BINARY=0; shift ;;
        --no-wheelhouse) WHEELHOUSE=0; shift ;;
        -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
        *) echo "build-dist.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

HOST_PY=${PYTHON:-python3}
HOST_ARCH=$(uname -m)
HOST_PYVER=$("$HOST_PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
VERSION=$("$HOST_PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
NAME=wbdiag-$VERSION
WORK=$OUT/.build # build venvs and the unpacked wheelhouse; replaced by the next build
HOUSE=$WORK/wheelhouse
# The wheelhouse must hold what the package index serves, not what a local pip configuration
# adds (extra find-links, local indexes, constraints).
export PIP_CONFIG_FILE=/dev/null PIP_DISABLE_PIP_VERSION_CHECK=1
unset PIP_FIND_LINKS PIP_EXTRA_INDEX_URL PIP_CONSTRAINT 2>/dev/null || true

step() { printf '%s [%4ss] %s\n' "build-dist" "$SECONDS" "$*" >&2; }

rm -rf "$WORK"
mkdir -p "$OUT" "$HOUSE"

step "tools venv (build, uv, CycloneDX) with Python $HOST_PYVER"
"$HOST_PY" -m venv "$WORK/tools"
"$WORK/tools/bin/pip" install --quiet --no-compile --upgrade pip
"$WORK/tools/bin/pip" install --quiet --no-compile build 'cyclonedx-bom>=4' uv

step "wbdiag wheel"
"$WORK/tools/bin/python" -m build --wheel --outdir "$HOUSE" "$ROOT" >"$WORK/build.log" 2>&1 ||
    { cat "$WORK/build.log" >&2; exit 1; }
WHEEL=$(ls "$HOUSE"/wbdiag-"$VERSION"-*.whl)

# pip evaluates environment markers (python_version < "3.11"...) for the Python it runs on, not
# for --python-version: each target is resolved by uv for its own Python and platform first, then
# exactly those pins are downloaded. The pins stay in the wheelhouse (requirements-*.txt).
download() { # arch python-version
    local arch=$1 py=$2 minor platforms=() lock="$HOUSE/requirements-$1-cp${2/./}.txt"
    printf '%s\nhyperscan>=0.7\n' "$WHEEL" >"$WORK/wanted.txt"
    if ! "$WORK/tools/bin/uv" pip compile --quiet --no-config --only-binary :all: --no-header \
        --no-annotate --python-version "$py" --python-platform "$arch-manylinux_$GLIBC" \
        "$WORK/wanted.txt" -o "$lock" 2>/dev/null; then
        # the optional `fast` extra (Hyperscan): only where the project publishes a wheel
        step "  (no Hyperscan wheel for Python $py on $arch: the regex fallback is used)"
        printf '%s\n' "$WHEEL" >"$WORK/wanted.txt"
        "$WORK/tools/bin/uv" pip compile --quiet --no-config --only-binary :all: --no-header \
            --no-annotate --python-version "$py" --python-platform "$arch-manylinux_$GLIBC" \
            "$WORK/wanted.txt" -o "$lock"
    fi
    sed -i "s|^$HOUSE/|./|" "$lock" # the wbdiag wheel, relative to the wheelhouse
    # pip takes --platform literally: name every manylinux tag a glibc-2.28 system accepts
    for minor in $(seq "${GLIBC#2_}" -1 5); do platforms+=(--platform "manylinux_2_${minor}_${arch}"); done
    platforms+=(--platform "manylinux2014_${arch}")
    [ "$arch" = x86_64 ] && platforms+=(--platform manylinux2010_x86_64 --platform manylinux1_x86_64)
    grep -v '^\./' "$lock" >"$WORK/pins.txt"
    "$WORK/tools/bin/pip" download --quiet --no-deps --dest "$HOUSE" --only-binary=:all: \
        "${platforms[@]}" --implementation cp --python-version "$py" -r "$WORK/pins.txt"
}

if [ "$WHEELHOUSE" = 1 ]; then
    for arch in $ARCHES; do
        for py in $PYTHONS; do
            step "wheels for Python $py on $arch"
            download "$arch" "$py"
        done
    done
else
    step "wheels for the host only (Python $HOST_PYVER on $HOST_ARCH)"
    download "$HOST_ARCH" "$HOST_PYVER"
fi

step "offline install check into a fresh venv (Python $HOST_PYVER)"
"$HOST_PY" -m venv "$WORK/app"
# (no .pyc here: PyInstaller compiles what it bundles)
"$WORK/app/bin/pip" install --quiet --no-compile --no-index --find-links "$HOUSE" wbdiag
"$WORK/app/bin/pip" install --quiet --no-compile --no-index --find-links "$HOUSE" hyperscan 2>/dev/null || true
"$WORK/app/bin/wbdiag" --version >/dev/null

rm -f "$OUT/$NAME"-* "$OUT"/SHA256SUMS
if [ "$WHEELHOUSE" = 1 ]; then
    step "wheelhouse archive and its SBOM"
    cp "$ROOT/docs/offline.md" "$HOUSE/README.md"
    tar -C "$WORK" -czf "$OUT/$NAME-wheelhouse.tar.gz" wheelhouse
    # every distribution in the wheelhouse, by name and version, as a requirements list
    "$WORK/tools/bin/python" - "$HOUSE" >"$WORK/wheelhouse-requirements.txt" <<'EOF'
import sys, pathlib
seen = set()
for w in sorted(pathlib.Path(sys.argv[1]).glob("*.whl")):
    name, version = w.name.split("-")[:2]
    seen.add(f"{name.replace('_', '-').lower()}=={version}")
print("\n".join(sorted(seen)))
EOF
    "$WORK/tools/bin/cyclonedx-py" requirements --of JSON \
        -o "$OUT/$NAME-wheelhouse.cdx.json" "$WORK/wheelhouse-requirements.txt" 2>>"$WORK/sbom.log"
fi

if [ "$BINARY" = 1 ]; then
    if [ "$HOST_ARCH" != x86_64 ]; then
        step "not x86_64 ($HOST_ARCH): no single-file executable"
    else
        step "SBOM of the executable's contents"
        "$WORK/tools/bin/cyclonedx-py" environment --of JSON \
            -o "$OUT/$NAME-linux-x86_64.cdx.json" "$WORK/app/bin/python" 2>>"$WORK/sbom.log"
        step "single-file executable (PyInstaller)"
        "$WORK/app/bin/pip" install --quiet --no-compile pyinstaller
        printf 'from wbdiag.cli import main\nmain(prog_name="wbdiag")\n' >"$WORK/wbdiag_main.py"
        # collect-submodules: collectors and condition kinds are found with pkgutil at run time
        (cd "$WORK" && "$WORK/app/bin/pyinstaller" --onefile --noconfirm --clean --log-level WARN \
            --name "$NAME-linux-x86_64" --distpath "$OUT" --workpath "$WORK/pyinstaller" \
            --specpath "$WORK" --collect-submodules wbdiag --collect-data wbdiag \
            --copy-metadata wbdiag "$WORK/wbdiag_main.py") >"$WORK/pyinstaller.log" 2>&1 ||
            { tail -40 "$WORK/pyinstaller.log" >&2; exit 1; }
        "$OUT/$NAME-linux-x86_64" --version >/dev/null
    fi
fi

step "SHA256SUMS"
(cd "$OUT" && sha256sum "$NAME"-* >SHA256SUMS)
step "done: $OUT"
(cd "$OUT" && ls -l "$NAME"-* SHA256SUMS) >&2
