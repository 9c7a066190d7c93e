#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Batch throughput: `batch convert`, `batch anonymize` and `batch transcode --syntax rle` over a folder, with one job and
# with every core. Per case one warm-up run, then the median of three runs: files/s and MB/s as the run measures them
# (walk to last file, JVM start excluded) and the wall-clock time of the whole process (JVM start included).
# Builds nothing: uses cli/target/dicom-tools.jar (run `mvn -B -o install -DskipTests` first).
# Usage: bench/batch-throughput.sh [DIR]   (default ../shared/data/sample_series beside the repository)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/cli/target/dicom-tools.jar"
dir="${1:-$root/../shared/data/sample_series}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
[ -f "$jar" ] || { echo "batch-throughput: $jar is missing; build it first (mvn -B -o install -DskipTests)" >&2; exit 1; }
[ -d "$dir" ] || { echo "batch-throughput: no folder $dir" >&2; exit 1; }
dir="$(cd "$dir" && pwd)"
cores=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN)
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# One run: prints "files_per_s mb_per_s wall_s" from the --json summary and the clock.
once() {
  local out="$tmp/out" s e json
  rm -rf "$out"
  s=$(date +%s.%N)
  json=$("$java" -jar "$jar" batch "$@" "$dir" -r -o "$out" --json --progress never 2>/dev/null) || {
    echo "batch-throughput: batch $* failed" >&2; exit 1; }
  e=$(date +%s.%N)
  local fps mbps
  fps=$(sed -n 's/.*"files_per_s" *: *\([0-9.]*\).*/\1/p' <<<"$json")
  mbps=$(sed -n 's/.*"mb_per_s" *: *\([0-9.]*\).*/\1/p' <<<"$json")
  awk -v f="$fps" -v m="$mbps" -v s="$s" -v e="$e" 'BEGIN { printf "%s %s %.3f\n", f, m, e - s }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

files=$(find -L "$dir" -type f | wc -l)
mb=$(du -sbL "$dir" | awk '{ printf "%.1f", $1 / 1e6 }')
echo "batch throughput over $dir: $files files, $mb MB; $cores cores; $("$java" -version 2>&1 | head -n 1)"
printf '%-28s %5s %10s %10s %10s\n' "case" "jobs" "files/s" "MB/s" "wall s"
for op in "convert" "anonymize --secret bench" "transcode --syntax rle"; do
  label="${op/ --secret bench/}"; label="${label/ --syntax / }"
  for jobs in 1 "$cores"; do
    # shellcheck disable=SC2086 # $op holds the operation and its options
    once $op -j "$jobs" >/dev/null   # warm-up: file cache, class-data sharing
    runs=()
    for _ in 1 2 3; do
      # shellcheck disable=SC2086
      runs+=("$(once $op -j "$jobs")")
    done
    fps=$(printf '%s\n' "${runs[@]}" | awk '{ print $1 }' | median)
    mbps=$(printf '%s\n' "${runs[@]}" | awk '{ print $2 }' | median)
    wall=$(printf '%s\n' "${runs[@]}" | awk '{ print $3 }' | median)
    printf '%-28s %5s %10s %10s %10s\n' "$label" "$jobs" "$fps" "$mbps" "$wall"
  done
done
