#!/usr/bin/env bash
# The whole test suite built with AddressSanitizer and UndefinedBehaviorSanitizer (the asan preset): a memory
# error, a leak or undefined behaviour anywhere fails the run (halt_on_error; the options are in
# CMakePresets.json, the leaks of system libraries that LeakSanitizer must ignore in packaging/lsan.supp).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan -j "$(nproc)"
echo "check-sanitizers: built and ran the suite under ASan+UBSan in $((SECONDS - start)) s"
