#!/usr/bin/env bash
# Builds the libFuzzer targets (the fuzz preset: clang, ASan, UBSan) and runs each for FUZZ_SECONDS (default
# 60) from its seed corpus: the test fixtures and the committed regression inputs. A crash, a leak, a
# timeout (10 s for one input) or undefined behaviour fails the run; the input is left in
# build/fuzz/artifacts/ — copy it into tests/fuzz/regressions/<target>/ so that it is tested from then on.
# Needs the release build (packaging/build.sh) for the project seed, which segmenta-cli makes.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"
start=$SECONDS
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

work=build/fuzz/work
rm -rf "$work"
mkdir -p "$work/seeds/project" build/fuzz/artifacts
# The project seed: a real project with a dataset and a run, made by the release build's segmenta-cli.
cli=build/release/bin/segmenta-cli
QT_QPA_PLATFORM=offscreen "$cli" import tests/fixtures/csv/comma.csv --project "$work/seeds/project/p.segmenta" >/dev/null
QT_QPA_PLATFORM=offscreen "$cli" analyze --project "$work/seeds/project/p.segmenta" --dataset comma --k 2 \
  >/dev/null 2>&1 || true

declare -A seeds=(
  [csv]=tests/fixtures/csv
  [xlsx]=tests/fixtures/xlsx
  [ods]=tests/fixtures/ods
  [project]="$work/seeds/project"
)
for target in csv xlsx ods project; do
  corpus="$work/corpus/$target"
  mkdir -p "$corpus"
  regressions="tests/fuzz/regressions/$target"
  mkdir -p "$regressions"
  # Every input that once crashed runs first, on its own, so that a regression names its file.
  find "$regressions" -type f -print0 | xargs -0 -r "build/fuzz/fuzz/fuzz_$target" -timeout=10 \
    -rss_limit_mb=4096 >"$work/$target-regressions.log" 2>&1 ||
    { cat "$work/$target-regressions.log"; echo "check-fuzz: a regression input of $target fails" >&2; exit 1; }
  t0=$SECONDS
  "build/fuzz/fuzz/fuzz_$target" "$corpus" "${seeds[$target]}" "$regressions" -max_total_time="$seconds" \
    -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="build/fuzz/artifacts/$target-" \
    >"$work/$target.log" 2>&1 ||
    { tail -n 60 "$work/$target.log"; echo "check-fuzz: fuzz_$target found a crash (build/fuzz/artifacts)" >&2; exit 1; }
  echo "check-fuzz: fuzz_$target: $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$work/$target.log" |
    grep -o '[0-9]*$') inputs in $((SECONDS - t0)) s, no crash"
done
echo "check-fuzz: done in $((SECONDS - start)) s"
