#!/usr/bin/env bash
# The README's "run" command: set up, build, and start the desktop application on the bundled Wholesale
# sample, imported and segmented at once (log(1 + x) on the six spending columns, K 2..10, seed 0).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
exec build/release/bin/segmenta --sample "$@"
