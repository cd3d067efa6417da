#!/usr/bin/env bash
# Installs, builds and runs every test (`--sanitize`: the AddressSanitizer + UBSan build).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh "$@"
dir=build
if [ "${1:-}" = "--sanitize" ]; then dir=build-asan; fi
ctest --test-dir "$dir" --output-on-failure -j "$(nproc)"
