#!/usr/bin/env bash
# Installs, builds and codes the bundled example corpus into detente-demo.db, then prints the
# per-dyad summary and the coded events.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh >/dev/null
./build/detente demo --db detente-demo.db
