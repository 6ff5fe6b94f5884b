#!/usr/bin/env bash
# Regenerates every committed reference fixture from scikit-learn / R (Debian's packages).
# Debian's python3 is used on purpose: another python3 first on PATH may lack python3-sklearn.
set -euo pipefail
cd "$(dirname "$0")"
bash ../../packaging/install-deps.sh --fixtures
for script in make_*.py; do
  echo "== $script"
  /usr/bin/python3 "$script"
done
