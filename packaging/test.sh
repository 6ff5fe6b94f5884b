#!/usr/bin/env bash
# The README's "test" command: set up, build, run the whole test suite, then check the Debian package.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
ctest --preset release -j "$(nproc)"
# The Debian package of the same build: lintian, validators, installed, used, purged.
bash packaging/check-deb.sh
# The whole suite again under AddressSanitizer, UndefinedBehaviorSanitizer and LeakSanitizer (about 20 min
# of build and 3 min of tests on two cores). Not yet on every run: packaging/check-fuzz.sh (README,
# "Hardening").
bash packaging/check-sanitizers.sh
