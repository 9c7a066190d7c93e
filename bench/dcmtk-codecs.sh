#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Times DCMTK's codecs over a folder of DICOM files, the way its users run them: one process per file in a shell loop,
# and the same with xargs -P over all cores. Installs nothing; skips tools that are missing.
# Usage: bench/dcmtk-codecs.sh [DIR]   (default ../shared/data/sample_series beside the repository)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-$root/../shared/data/sample_series}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
files=("$dir"/*.dcm)
n=${#files[@]}
cores=$(nproc)

loop() { # name tool args... : one process per file
  local name=$1; shift
  local start end
  start=$(date +%s.%N)
  for f in "${files[@]}"; do "$@" "$f" "$tmp/out.dcm" >/dev/null 2>&1; done
  end=$(date +%s.%N)
  awk -v n="$n" -v s="$start" -v e="$end" -v name="$name" \
    'BEGIN { t = e - s; printf "%-28s %7.2f s  %7.1f files/s  %6.2f ms/file (loop)\n", name, t, n / t, 1000 * t / n }'
}

parallel() { # name tool args... : xargs -P over all cores
  local name=$1; shift
  local start end
  start=$(date +%s.%N)
  printf '%s\n' "${files[@]}" | xargs -P "$cores" -I{} sh -c '"$@" "{}" "'"$tmp"'/$(basename "{}")" >/dev/null 2>&1' _ "$@"
  end=$(date +%s.%N)
  awk -v n="$n" -v s="$start" -v e="$end" -v name="$name" -v c="$cores" \
    'BEGIN { t = e - s; printf "%-28s %7.2f s  %7.1f files/s  (xargs -P %d)\n", name, t, n / t, c }'
}

if ! command -v dcmcjpeg >/dev/null; then echo "DCMTK not installed"; exit 0; fi
echo "$n files from $dir, $cores cores"
loop "dcmcrle" dcmcrle
loop "dcmcjpeg +e1 (SV1)" dcmcjpeg +e1
loop "dcmcjpeg +ee (extended)" dcmcjpeg +ee
parallel "dcmcrle" dcmcrle
parallel "dcmcjpeg +e1 (SV1)" dcmcjpeg +e1
# Decoders need encoded inputs: make them once.
mkdir -p "$tmp/rle" "$tmp/sv1"
for f in "${files[@]}"; do dcmcrle "$f" "$tmp/rle/$(basename "$f")"; dcmcjpeg +e1 "$f" "$tmp/sv1/$(basename "$f")"; done
files=("$tmp"/rle/*.dcm); loop "dcmdrle" dcmdrle
files=("$tmp"/sv1/*.dcm); loop "dcmdjpeg (SV1)" dcmdjpeg
