#!/usr/bin/env bash
# The README's "run" command: set up, build, and analyse the bundled Wholesale sample.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
exec build/release/bin/segmenta-cli analyze --sample --k 2..10 "$@"
