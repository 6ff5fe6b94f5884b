#!/usr/bin/env bash
# The README's "test" command: set up, build, run the whole test suite, then check the Debian package.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
ctest --preset release -j "$(nproc)"
# The Debian package of the same build: lintian, validators, installed, used, purged.
bash packaging/check-deb.sh
# Not yet on every run: packaging/check-sanitizers.sh (the whole suite under ASan+UBSan: ~20 min of build
# here, and LeakSanitizer still reports leaks in the GUI, chart and report suites) and
# packaging/check-fuzz.sh; see the README's "Hardening".
