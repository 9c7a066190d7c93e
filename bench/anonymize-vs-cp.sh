#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Anonymizing a folder against the floor of copying it: `cp` per file in a shell loop, and the same files anonymized
# by one dicom-tools process on all cores (read, de-identify, write; pixel data streamed, never decoded).
# Usage: bench/anonymize-vs-cp.sh [DIR]   (default ../shared/data/sample_series beside the repository)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-$root/../shared/data/sample_series}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$root/dicom-tools" --version >/dev/null   # builds the jar if needed
n=$(ls "$dir"/*.dcm | wc -l)
time_it() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$s $e"; }
report() { awk -v n="$n" -v name="$1" -v s="$2" -v e="$3" 'BEGIN { t = e - s; printf "%-40s %6.2f s  %7.1f files/s\n", name, t, n / t }'; }
for run in 1 2 3; do
  rm -rf "$tmp/cp" "$tmp/anon"; mkdir -p "$tmp/cp"
  read -r s e < <(time_it bash -c 'for f in "$1"/*.dcm; do cp "$f" "$2/"; done' _ "$dir" "$tmp/cp")
  report "cp per file, shell loop (run $run)" "$s" "$e"
  read -r s e < <(time_it "$root/dicom-tools" anonymize "$dir" --output "$tmp/anon" --secret bench)
  report "dicom-tools anonymize DIR (run $run)" "$s" "$e"
done
