#!/usr/bin/env bash
# The README's "run" command: set up, build, and analyse the bundled Wholesale sample.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
exec build/release/bin/segmenta-cli analyze --sample --features Fresh,Milk,Grocery,Frozen,Detergents_Paper,Delicassen \
  --log1p --k 2..10 "$@"
