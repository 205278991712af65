#!/usr/bin/env bash
# Runs every fuzz target of a -Dfuzzing=true build over its seed corpus for
# SECONDS each (default 30), new inputs kept in a scratch corpus so the
# committed seeds stay as they are. Prints each target's executions and the
# total; a crash, leak, timeout or out-of-memory fails the run and leaves
# the reproducer in tests/fuzz/artifacts/ (add it to the corpus with the fix).
# Usage: run.sh FUZZ_BUILD_DIR [SECONDS]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:?usage: run.sh FUZZ_BUILD_DIR [SECONDS]}" && pwd)
seconds=${2:-30}
artifacts=$here/artifacts
mkdir -p "$artifacts"
scratch=$(mktemp -d /tmp/kctl-fuzz.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
total=0; failed=0; ran=0
for seeds in "$here"/corpus/*/; do
  name=$(basename "$seeds")
  bin=$build/tests/fuzz/$name
  [ -x "$bin" ] || { echo "FAIL $name: $bin was not built"; failed=$((failed + 1)); continue; }
  mkdir -p "$scratch/$name"
  log=$scratch/$name.log
  # -rss_limit_mb: a parser that blows up memory on small input is a bug;
  # -timeout: so is one that takes seconds on a few kilobytes.
  "$bin" "$scratch/$name" "$seeds" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/$name-" >"$log" 2>&1
  rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  found=$(ls "$scratch/$name" | wc -l)
  ran=$((ran + 1)); total=$((total + ${execs:-0}))
  if [ "$rc" = 0 ]; then
    printf 'ok   %-28s %9s executions, %4s seeds, %5s new inputs\n' "$name" "${execs:-?}" "$(ls "$seeds" | wc -l)" "$found"
  else
    failed=$((failed + 1))
    printf 'FAIL %-28s exit %s after %s executions\n' "$name" "$rc" "${execs:-?}"
    grep -E 'ERROR|SUMMARY|runtime error|Test unit written|^    #[0-9]+ ' "$log" | head -30 | sed 's/^/    /'
  fi
done
echo "fuzz: $ran targets, $total executions, $failed failed"
[ "$failed" = 0 ]
