#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The benchmark suite of issue 8: dicom-tools against the tools people would use instead (DCMTK, GDCM, pydicom), side
# by side on the same files in one run, each scenario over a whole folder.
#
#   bench/run.sh [--quick] [DIR]
#
# DIR: a folder of DICOM files (default ../shared/data/sample_series beside the repository when present, else a
# synthetic CT series of 174 slices of 512x512 written by `dicom-tools sample --ct-only`). Files are copied to a
# temporary folder first; nothing is ever written into DIR.
#
# Installs nothing. Uses cli/target/dicom-tools.jar through the ./dicom-tools launcher (the JVM flags and class-data
# sharing archive users get; it builds the jar when it is missing). Detects the peers present: DCMTK (dcmj2pnm, dcmodify,
# dcmcrle, dcmcjpeg, dcmcjpls, dcmdrle, dcmdjpeg, dcmdjpls, dcmdump), GDCM (gdcmconv, gdcmanon, gdcmdump,
# gdcmscanner) and pydicom with numpy and Pillow (python3, or $PYTHON). A missing peer is left out, not an error.
#
# Method: every variant of a scenario in alternation (A B C A B C ...): a warm-up run over the first few files, then
# RUNS timed runs over every file; wall-clock time, median. Each run's exit code and output count are checked: a failed
# variant is reported as failed, not timed. A variant at least PRUNE_FACTOR times slower than the fastest variant of
# its own tool stops after 3 runs (it cannot be anyone's best; this keeps the suite near 25 minutes on 2 cores).
# dicom-tools one process per file runs over PER_FILE_SAMPLE evenly spaced files and is scaled to the folder (each
# process is independent, so the time is linear in the count; a JVM start per file would take minutes per run).
#
# --quick: 3 runs, the first 40 files, no 2 GB memory check; writes bench/RESULTS-quick.md instead of RESULTS.md.
# Environment overrides: PEERS (default "dcmtk gdcm pydicom"; "none" for our figures only), RUNS, FILES (files taken from DIR), PER_FILE_SAMPLE, WARM_FILES, PRUNE_FACTOR, PYTHON,
# MEMORY_CHECK (0 to skip), MEMORY_FRAMES (4000), BENCH_TMP (parent of the work folder), RESULTS (report path),
# ONLY (scenario ids to run, e.g. "enc_jpeg-ls dec_jpeg-ls"; ids: image anon enc_SYN dec_SYN stats scan with SYN one
# of rle jpeg-lossless jpeg-ls j2k; a partial run skips the memory check and writes bench/RESULTS-partial.md).
set -uo pipefail
export LC_ALL=C

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
suite="$root/bench/suite"
launcher="$root/dicom-tools"
jar="$root/cli/target/dicom-tools.jar"
jsa="$root/cli/target/dicom-tools.jsa"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

quick=0
dir=""
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1 ;;
    -h|--help) sed -n '3,/^set -uo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run.sh: unknown option $arg (try --help)" >&2; exit 1 ;;
    *) [ -z "$dir" ] || { echo "run.sh: one folder only" >&2; exit 1; }; dir="$arg" ;;
  esac
done

if [ "$quick" = 1 ]; then
  RUNS="${RUNS:-3}"; FILES="${FILES:-40}"; PER_FILE_SAMPLE="${PER_FILE_SAMPLE:-4}"; MEMORY_CHECK="${MEMORY_CHECK:-0}"
  RESULTS="${RESULTS:-$root/bench/RESULTS-quick.md}"
else
  RUNS="${RUNS:-5}"; FILES="${FILES:-0}"; PER_FILE_SAMPLE="${PER_FILE_SAMPLE:-8}"; MEMORY_CHECK="${MEMORY_CHECK:-1}"
  RESULTS="${RESULTS:-$root/bench/RESULTS.md}"
fi
ONLY="${ONLY:-}"
if [ -n "$ONLY" ]; then
  # A partial run must not replace the full table.
  RESULTS="${RESULTS/%RESULTS.md/RESULTS-partial.md}"; MEMORY_CHECK=0
fi
wanted() { [ -z "$ONLY" ] || [[ " $ONLY " == *" $1 "* ]]; }  # SCENARIO-ID
WARM_FILES="${WARM_FILES:-4}"
PRUNE_FACTOR="${PRUNE_FACTOR:-1.25}"
PRUNE_AFTER=3
CORES=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
STARTED=$(date +%s)

log() { printf '%s\n' "$*" >&2; }
die() { log "run.sh: $*"; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }

# Milliseconds since the epoch: bash 5's EPOCHREALTIME, else date (GNU).
now_ms() {
  if [ -n "${EPOCHREALTIME:-}" ]; then
    local t=${EPOCHREALTIME/,/.}
    echo $(( ${t%.*} * 1000 + 10#${t#*.} / 1000 ))
  else
    echo $(( $(date +%s%N) / 1000000 ))
  fi
}

# ---------------------------------------------------------------------------------------------------------- set-up
[ -x "$launcher" ] || die "$launcher is missing"
have "$java" || die "java not found (set JAVA_HOME)"
if [ ! -f "$jar" ]; then
  have mvn || die "$jar is missing and mvn is not installed: build it with 'mvn -B -q -DskipTests install'"
  log "building $jar (mvn -B -q -DskipTests install)..."
  (cd "$root" && mvn -B -q -DskipTests install) || die "the build failed"
fi
jsa_before=$([ -f "$jsa" ] && [ "$jsa" -nt "$jar" ] && echo present || echo "absent or stale (the launcher made it on its first call)")

work="$(mktemp -d "${BENCH_TMP:-${TMPDIR:-/tmp}}/dicom-tools-bench.XXXXXX")" || die "cannot make a work folder"
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$work/in" "$work/warm" "$work/log" "$work/times" "$work/status"

synthetic=0
if [ -z "$dir" ]; then
  if [ -d "$root/../shared/data/sample_series" ]; then
    dir="$root/../shared/data/sample_series"
  else
    synthetic=1
    log "no real series beside the repository: writing a synthetic CT series (174 slices of 512x512)..."
    "$launcher" sample "$work/synthetic" --ct-only --ct-slices 174 --ct-size 512 >/dev/null \
      || die "dicom-tools sample failed"
    dir="$work/synthetic/ct"
  fi
fi
[ -d "$dir" ] || die "no folder $dir"
dir="$(cd "$dir" && pwd)"

# DICOM files by content (the DICM prefix after the 128-byte preamble), sorted by path, copied as 0001.dcm...
n=0
while IFS= read -r -d '' f; do
  [ "$(dd if="$f" bs=1 skip=128 count=4 2>/dev/null)" = "DICM" ] || continue
  n=$((n + 1))
  cp "$f" "$work/in/$(printf '%04d' "$n").dcm" || die "cannot copy $f"
  [ "$FILES" -gt 0 ] && [ "$n" -ge "$FILES" ] && break
done < <(find -L "$dir" -type f -print0 | sort -z)
[ "$n" -gt 0 ] || die "no DICOM file (with the DICM prefix) in $dir"
N=$n
input_mb=$(du -sbL "$work/in" | awk '{ printf "%.1f", $1 / 1e6 }')
log "input: $N files, $input_mb MB from $dir; $CORES cores; load average $LOAD_START"

# Peers present (and selected by PEERS).
PEERS="${PEERS:-dcmtk gdcm pydicom}"
peer_on() { [[ " ${PEERS//,/ } " == *" $1 "* ]]; }
have_peer() { peer_on "$1" && have "$2"; }  # KIND COMMAND
missing() { if peer_on "$1"; then echo "$2 not installed"; else echo "left out (PEERS=$PEERS)"; fi; }  # KIND WHAT
PY=""
peer_on pydicom && for candidate in ${PYTHON:-} python3 /usr/bin/python3; do
  if have "$candidate" && "$candidate" -c 'import pydicom, numpy, PIL' >/dev/null 2>&1; then PY="$candidate"; break; fi
done
dcmtk_version=$(have_peer dcmtk dcmdump && dcmdump --version 2>/dev/null | sed -n 's/^\$dcmtk: \([^ ]*\) \(v[^ ]*\).*/DCMTK \2/p' | head -n 1)
gdcm_version=$(have_peer gdcm gdcmconv && gdcmconv --version 2>/dev/null | sed -n 's/.*\(gdcm [0-9.]*\).*/\1/p' | head -n 1)
pydicom_version=$([ -n "$PY" ] && "$PY" -c 'import sys, pydicom, numpy, PIL; print("pydicom %s, numpy %s, Pillow %s, Python %s" % (pydicom.__version__, numpy.__version__, PIL.__version__, sys.version.split()[0]))' 2>/dev/null)
log "peers: ${dcmtk_version:-no DCMTK}; ${gdcm_version:-no GDCM}; ${pydicom_version:-no pydicom (with numpy and Pillow)}"

# Warm-up copies: the first WARM_FILES files of a folder.
warm_of() { # SRC NAME -> prints the warm-up folder
  local dst="$work/warm/$2"
  if [ ! -d "$dst" ]; then
    mkdir -p "$dst"
    find "$1" -maxdepth 1 -name '*.dcm' | sort | head -n "$WARM_FILES" | xargs -r cp -t "$dst"
  fi
  echo "$dst"
}

# Encoded copies of the input for the decode scenarios, written once by dicom-tools (verified lossless). The first
# launcher call also makes the class-data-sharing archive when there is none.
SYNTAXES=(rle jpeg-lossless jpeg-ls j2k)
declare -A ENC_OK=()
for syn in "${SYNTAXES[@]}"; do
  wanted "dec_$syn" || continue
  if "$launcher" batch transcode -t "$syn" "$work/in" -o "$work/enc/$syn" --progress never \
      >"$work/log/enc-$syn.out" 2>"$work/log/enc-$syn.err"; then
    ENC_OK[$syn]=1
  else
    ENC_OK[$syn]=0
    log "dicom-tools could not encode the input as $syn: $(tail -n 1 "$work/log/enc-$syn.err")"
  fi
done

# ------------------------------------------------------------------------------------------------ the variants
# A variant is a function v_ID OUT run in its input folder's context: IN (folder), NAMES (its *.dcm names) and
# SAMPLE (the names a sampled variant processes). Per-file operations are functions op_X NAME OUT for one file.
IN=""; NAMES=(); SAMPLE=()
set_input() { # DIR
  IN="$1"
  mapfile -t NAMES < <(cd "$IN" && ls -1 -- *.dcm)
  SAMPLE=()
  local count=${#NAMES[@]} want=$PER_FILE_SAMPLE i
  [ "$want" -gt "$count" ] && want=$count
  for ((i = 0; i < want; i++)); do SAMPLE+=("${NAMES[$(( i * count / want ))]}"); done
  export IN
}

loop_each() { # OP OUT NAME... : one process per file, a shell loop
  local op=$1 out=$2 f; shift 2
  for f in "$@"; do "$op" "$f" "$out" || return 1; done
}
par_each() { # OP OUT NAME... : one process per file, xargs -P over the cores (a shell per chunk of files, so the
  # chunks are small enough to balance the cores and the shells do not add a process per file)
  local op=$1 out=$2 chunk; shift 2
  chunk=$(( ($# + CORES * 8 - 1) / (CORES * 8) ))
  printf '%s\0' "$@" | xargs -0 -P "$CORES" -n "$chunk" bash -c \
    'op=$1 out=$2; shift 2; for f in "$@"; do "$op" "$f" "$out" || exit 255; done' _ "$op" "$out"
}

dt() { "$launcher" "$@"; }
SECRET=bench-suite

# The PS3.15 attributes given to DCMTK and GDCM: the same short list pydicom_peer.py uses (names there). Strings
# split into words where used, since the xargs children cannot inherit arrays.
DCMODIFY_ARGS="-ma (0010,0010)=ANON -ma (0010,0020)=ANON
  -ma (0010,0030)= -ma (0010,0040)= -ma (0008,0050)= -ma (0008,0090)= -ma (0020,0010)=
  -ea (0010,1000) -ea (0010,1001) -ea (0010,1040) -ea (0010,2154) -ea (0010,1010)
  -ea (0008,0080) -ea (0008,0081) -ea (0008,1010) -ea (0008,1040) -ea (0008,1048)
  -ea (0008,1050) -ea (0008,1070) -ea (0018,1000) -ea (0010,4000) -ep"
GDCMANON_ARGS="--dumb --replace 10,10=ANON --replace 10,20=ANON
  --empty 10,30 --empty 10,40 --empty 8,50 --empty 8,90 --empty 20,10
  --remove 10,1000 --remove 10,1001 --remove 10,1040 --remove 10,2154 --remove 10,1010
  --remove 8,80 --remove 8,81 --remove 8,1010 --remove 8,1040 --remove 8,1048
  --remove 8,1050 --remove 8,1070 --remove 18,1000 --remove 10,4000"
words() { local -a w; read -r -d '' -a w <<<"$1"; printf '%s\0' "${w[@]}"; }

# Per-file operations (NAME OUT).
op_dt_image()    { dt to-image "$IN/$1" -o "$2/${1%.dcm}.png" >/dev/null; }
op_dt_anon()     { dt anonymize "$IN/$1" -o "$2/$1" --secret "$SECRET" >/dev/null; }
op_dt_trans()    { dt transcode -t "$SYN" "$IN/$1" -o "$2/$1" >/dev/null; }
op_dt_decode()   { dt decompress "$IN/$1" -o "$2/$1" >/dev/null; }
op_dt_stats()    { dt stats --json "$IN/$1" >"$2/${1%.dcm}.json"; }
op_dt_info()     { dt info --json "$IN/$1" >"$2/${1%.dcm}.json"; }
op_dcmj2pnm()    { dcmj2pnm -q +on +Wi 1 "$IN/$1" "$2/${1%.dcm}.png"; }
op_dcmodify()    { local a; mapfile -d '' -t a < <(words "$DCMODIFY_ARGS"); cp "$IN/$1" "$2/$1" && dcmodify -q -nb -imt "${a[@]}" "$2/$1"; }
op_gdcmanon()    { local a; mapfile -d '' -t a < <(words "$GDCMANON_ARGS"); gdcmanon "${a[@]}" -i "$IN/$1" -o "$2/$1" >/dev/null; }
op_dcmtk_dec()   { "$DCMTK_DEC" "$IN/$1" "$2/$1"; }
op_gdcmconv()    { gdcmconv "$GDCM_FLAG" -i "$IN/$1" -o "$2/$1" >/dev/null; }
op_dcmdump()     { dcmdump -q +sb PixelData "$IN/$1" >"$2/${1%.dcm}.txt"; }
op_gdcmdump()    { gdcmdump "$IN/$1" >"$2/${1%.dcm}.txt"; }
export -f words dt op_dt_image op_dt_anon op_dt_trans op_dt_decode op_dt_stats op_dt_info op_dcmj2pnm op_dcmodify \
  op_gdcmanon op_dcmtk_dec op_gdcmconv op_dcmdump op_gdcmdump
export launcher SECRET DCMODIFY_ARGS GDCMANON_ARGS

py() { "$PY" "$suite/pydicom_peer.py" "$@"; }

# Registry: per scenario, the variants in the order they alternate.
# V_TOOL: dicom-tools | DCMTK | GDCM | pydicom; V_CHECK: files (one output file per input, or per sampled input) or
# lines:REGEX (that many stdout lines match) or report (that many "ok" lines in OUT/report.jsonl);
# V_SAMPLED: 1 when the variant runs over SAMPLE and is scaled; V_KEEP: 1 never stops early.
declare -A V_FN V_TOOL V_LABEL V_CHECK V_SAMPLED V_KEEP
declare -a SCENARIOS=()
declare -A S_TITLE S_VARIANTS S_INPUT S_NOTES S_SETUP S_LOAD
variant() { # SCEN FN TOOL LABEL CHECK [sampled] [keep]: runs v_FN, known as SCEN__FN
  local id="$1__$2"
  V_FN[$id]=$2; V_TOOL[$id]=$3; V_LABEL[$id]=$4; V_CHECK[$id]=$5; V_SAMPLED[$id]=${6:-0}; V_KEEP[$id]=${7:-0}
  S_VARIANTS[$1]+="$id "
}
scenario() { # ID TITLE INPUT-DIR SETUP-FUNCTION NOTES
  SCENARIOS+=("$1"); S_TITLE[$1]=$2; S_INPUT[$1]=$3; S_SETUP[$1]=$4; S_NOTES[$1]=$5; S_VARIANTS[$1]=""
}
declare -A UNAVAILABLE   # SCEN -> lines "tool: why not"
unavailable() { UNAVAILABLE[$1]+="$2"$'\n'; }

# 1. to-image -------------------------------------------------------------------------------------------------------
scenario image "1. to-image: 8-bit PNG with the file's first window" "$work/in" "" \
  "dicom-tools: \`batch convert DIR\`, and \`to-image FILE\` per file. DCMTK: \`dcmj2pnm +on +Wi 1\`. pydicom: \`pixel_array\`, pydicom's modality LUT, the first window (PS3.3 C.11.2.1.2.1) in numpy, Pillow PNG."
v_dt_image_batch() { dt batch convert "$IN" -o "$1" --progress never >/dev/null; }
v_dt_image_file()  { loop_each op_dt_image "$1" "${SAMPLE[@]}"; }
v_dcmj2pnm_loop()  { loop_each op_dcmj2pnm "$1" "${NAMES[@]}"; }
v_dcmj2pnm_par()   { par_each op_dcmj2pnm "$1" "${NAMES[@]}"; }
v_py_image()       { py to-image "$IN" "$1"; }
variant image dt_image_batch dicom-tools "batch convert (1 process, all cores)" files 0 1
variant image dt_image_file dicom-tools "to-image, 1 process per file (loop)" files 1
if have_peer dcmtk dcmj2pnm; then
  variant image dcmj2pnm_loop DCMTK "dcmj2pnm per file (loop)" files
  variant image dcmj2pnm_par DCMTK "dcmj2pnm per file (xargs -P $CORES)" files
else unavailable image "DCMTK: $(missing dcmtk dcmj2pnm)"; fi
[ -n "$PY" ] && variant image py_image pydicom "one Python process" files || unavailable image "pydicom: $(missing pydicom "pydicom with numpy and Pillow")"
unavailable image "GDCM: no command-line tool writes PNG"

# 2. anonymize ------------------------------------------------------------------------------------------------------
scenario anon "2. anonymize" "$work/in" "" \
  "dicom-tools runs the full PS3.15 basic profile (every attribute of Table E.1-1, HMAC pseudonyms, consistent UIDs, date shift, private elements removed). The peers get a much smaller job: replace or empty 7 and remove 14 of the usual identifying attributes (DCMTK \`dcmodify -ma/-ea -ep\` on a copy, GDCM \`gdcmanon --dumb --replace/--empty/--remove\`, pydicom the same list plus \`remove_private_tags\`); no UIDs, no dates, no sequences."
v_dt_anon_batch()  { dt batch anonymize "$IN" -o "$1" --secret "$SECRET" --progress never >/dev/null; }
v_dt_anon_file()   { loop_each op_dt_anon "$1" "${SAMPLE[@]}"; }
v_dcmodify_loop()  { loop_each op_dcmodify "$1" "${NAMES[@]}"; }
v_dcmodify_par()   { par_each op_dcmodify "$1" "${NAMES[@]}"; }
v_dcmodify_all()   { local a; mapfile -d '' -t a < <(words "$DCMODIFY_ARGS"); cp "$IN"/*.dcm "$1"/ && (cd "$1" && dcmodify -q -nb -imt "${a[@]}" ./*.dcm); }
v_gdcmanon_loop()  { loop_each op_gdcmanon "$1" "${NAMES[@]}"; }
v_gdcmanon_par()   { par_each op_gdcmanon "$1" "${NAMES[@]}"; }
v_gdcmanon_dir()   { local a; mapfile -d '' -t a < <(words "$GDCMANON_ARGS"); gdcmanon "${a[@]}" -i "$IN" -o "$1" >/dev/null; }
v_py_anon()        { py anonymize "$IN" "$1"; }
variant anon dt_anon_batch dicom-tools "batch anonymize (1 process, all cores)" files 0 1
variant anon dt_anon_file dicom-tools "anonymize, 1 process per file (loop)" files 1
if have_peer dcmtk dcmodify; then
  variant anon dcmodify_loop DCMTK "cp + dcmodify per file (loop)" files
  variant anon dcmodify_par DCMTK "cp + dcmodify per file (xargs -P $CORES)" files
  variant anon dcmodify_all DCMTK "cp all + one dcmodify over all files" files
else unavailable anon "DCMTK: $(missing dcmtk dcmodify)"; fi
if have_peer gdcm gdcmanon; then
  variant anon gdcmanon_loop GDCM "gdcmanon --dumb per file (loop)" files
  variant anon gdcmanon_par GDCM "gdcmanon --dumb per file (xargs -P $CORES)" files
  variant anon gdcmanon_dir GDCM "gdcmanon --dumb -i DIR -o DIR (its folder mode)" files
else unavailable anon "GDCM: $(missing gdcm gdcmanon)"; fi
[ -n "$PY" ] && variant anon py_anon pydicom "one Python process" files || unavailable anon "pydicom: $(missing pydicom "pydicom with numpy and Pillow")"

# 3. transcode, 4. decode: one scenario per syntax ------------------------------------------------------------------
declare -A SYN_TITLE=([rle]="RLE Lossless" [jpeg-lossless]="JPEG Lossless SV1 (process 14, selection value 1)"
  [jpeg-ls]="JPEG-LS lossless" [j2k]="JPEG 2000 lossless")
declare -A DCMTK_ENC_OF=([rle]="dcmcrle" [jpeg-lossless]="dcmcjpeg +e1" [jpeg-ls]="dcmcjpls +el" [j2k]="")
declare -A DCMTK_DEC_OF=([rle]="dcmdrle" [jpeg-lossless]="dcmdjpeg" [jpeg-ls]="dcmdjpls" [j2k]="")
declare -A GDCM_FLAG_OF=([rle]="--rle" [jpeg-lossless]="--jpeg" [jpeg-ls]="--jpegls" [j2k]="--j2k")
# Set per scenario before it runs (the per-file operations read them; arrays cannot be exported, hence a string).
setup_syntax() { # SYN enc|dec
  SYN=$1; DCMTK_ENC_CMD=${DCMTK_ENC_OF[$1]}; DCMTK_DEC=${DCMTK_DEC_OF[$1]}
  if [ "$2" = dec ]; then GDCM_FLAG=--raw; else GDCM_FLAG=${GDCM_FLAG_OF[$1]}; fi
  export SYN DCMTK_ENC_CMD DCMTK_DEC GDCM_FLAG
}
op_dcmtk_enc() { local cmd; read -r -a cmd <<<"$DCMTK_ENC_CMD"; "${cmd[@]}" "$IN/$1" "$2/$1"; }
export -f op_dcmtk_enc

v_dt_enc_batch()   { dt batch transcode -t "$SYN" "$IN" -o "$1" --progress never >/dev/null; }
v_dt_enc_nover()   { dt batch transcode -t "$SYN" --no-verify "$IN" -o "$1" --progress never >/dev/null; }
v_dt_enc_file()    { loop_each op_dt_trans "$1" "${SAMPLE[@]}"; }
v_dcmtk_enc_loop() { loop_each op_dcmtk_enc "$1" "${NAMES[@]}"; }
v_dcmtk_enc_par()  { par_each op_dcmtk_enc "$1" "${NAMES[@]}"; }
v_gdcm_conv_loop() { loop_each op_gdcmconv "$1" "${NAMES[@]}"; }
v_gdcm_conv_par()  { par_each op_gdcmconv "$1" "${NAMES[@]}"; }
v_py_enc()         { py encode-rle "$IN" "$1"; }
v_dt_dec_batch()   { dt batch decompress "$IN" -o "$1" --progress never >/dev/null; }
v_dt_dec_file()    { loop_each op_dt_decode "$1" "${SAMPLE[@]}"; }
v_dcmtk_dec_loop() { loop_each op_dcmtk_dec "$1" "${NAMES[@]}"; }
v_dcmtk_dec_par()  { par_each op_dcmtk_dec "$1" "${NAMES[@]}"; }
v_py_dec()         { py decode "$IN" "$1"; }

for syn in "${SYNTAXES[@]}"; do
  s="enc_$syn"
  scenario "$s" "3. transcode to ${SYN_TITLE[$syn]}" "$work/in" "setup_syntax $syn enc" \
    "dicom-tools: \`batch transcode -t $syn\` decodes every output to prove it lossless (part of the product) and is also timed with \`--no-verify\`; \`transcode\` per file verifies too. DCMTK: $([ -n "${DCMTK_ENC_OF[$syn]}" ] && echo "\`${DCMTK_ENC_OF[$syn]}\`" || echo "no encoder"). GDCM: \`gdcmconv ${GDCM_FLAG_OF[$syn]}\`. Neither peer verifies."
  variant "$s" "dt_enc_batch" dicom-tools "batch transcode, verified (1 process, all cores)" files 0 1
  variant "$s" "dt_enc_nover" dicom-tools "batch transcode --no-verify" files
  variant "$s" "dt_enc_file" dicom-tools "transcode, 1 process per file (loop)" files 1
  enc=${DCMTK_ENC_OF[$syn]%% *}
  if [ -n "$enc" ] && have_peer dcmtk "$enc"; then
    variant "$s" "dcmtk_enc_loop" DCMTK "${DCMTK_ENC_OF[$syn]} per file (loop)" files
    variant "$s" "dcmtk_enc_par" DCMTK "${DCMTK_ENC_OF[$syn]} per file (xargs -P $CORES)" files
  elif [ -z "$enc" ]; then unavailable "$s" "DCMTK: no JPEG 2000 encoder in the free toolkit"
  else unavailable "$s" "DCMTK: $(missing dcmtk "$enc")"; fi
  if have_peer gdcm gdcmconv; then
    variant "$s" "gdcm_conv_loop" GDCM "gdcmconv ${GDCM_FLAG_OF[$syn]} per file (loop)" files
    variant "$s" "gdcm_conv_par" GDCM "gdcmconv ${GDCM_FLAG_OF[$syn]} per file (xargs -P $CORES)" files
  else unavailable "$s" "GDCM: $(missing gdcm gdcmconv)"; fi
  if [ -z "$PY" ]; then unavailable "$s" "pydicom: $(missing pydicom "pydicom with numpy and Pillow")"
  elif [ "$syn" = rle ]; then variant "$s" "py_enc" pydicom "one Python process (pydicom's RLE encoder)" files
  else unavailable "$s" "pydicom: encodes only RLE by itself (other syntaxes need plugins such as pylibjpeg-*)"; fi
done
for syn in "${SYNTAXES[@]}"; do
  s="dec_$syn"
  scenario "$s" "4. decode ${SYN_TITLE[$syn]} to Explicit VR Little Endian" "$work/enc/$syn" "setup_syntax $syn dec" \
    "Input: the folder encoded by \`dicom-tools batch transcode -t $syn\`. dicom-tools: \`batch decompress\`, \`decompress\` per file. DCMTK: $([ -n "${DCMTK_DEC_OF[$syn]}" ] && echo "\`${DCMTK_DEC_OF[$syn]}\`" || echo "no decoder"). GDCM: \`gdcmconv --raw\`. pydicom: \`Dataset.decompress()\` with the handlers installed."
  if [ "${ENC_OK[$syn]:-0}" != 1 ]; then
    unavailable "$s" "everyone: dicom-tools could not make the encoded input"; continue
  fi
  variant "$s" "dt_dec_batch" dicom-tools "batch decompress (1 process, all cores)" files 0 1
  variant "$s" "dt_dec_file" dicom-tools "decompress, 1 process per file (loop)" files 1
  dec=${DCMTK_DEC_OF[$syn]}
  if [ -n "$dec" ] && have_peer dcmtk "$dec"; then
    variant "$s" "dcmtk_dec_loop" DCMTK "$dec per file (loop)" files
    variant "$s" "dcmtk_dec_par" DCMTK "$dec per file (xargs -P $CORES)" files
  elif [ -z "$dec" ]; then unavailable "$s" "DCMTK: no JPEG 2000 decoder in the free toolkit"
  else unavailable "$s" "DCMTK: $(missing dcmtk "$dec")"; fi
  if have_peer gdcm gdcmconv; then
    variant "$s" "gdcm_conv_loop" GDCM "gdcmconv --raw per file (loop)" files
    variant "$s" "gdcm_conv_par" GDCM "gdcmconv --raw per file (xargs -P $CORES)" files
  else unavailable "$s" "GDCM: $(missing gdcm gdcmconv)"; fi
  [ -n "$PY" ] && variant "$s" "py_dec" pydicom "one Python process" files \
    || unavailable "$s" "pydicom: $(missing pydicom "pydicom with numpy and Pillow")"
done

# 5. stats ----------------------------------------------------------------------------------------------------------
scenario stats "5. pixel statistics of every file" "$work/in" "" \
  "min, max, mean, median, std, variance, percentiles 1/5/25/75/95/99, IQR, unique and zero counts of the stored values of frame 0. dicom-tools: \`batch stats --report F\`, \`stats --json\` per file. pydicom: the same figures with numpy in one process."
v_dt_stats_batch() { dt batch stats "$IN" --report "$1/report.jsonl" --progress never >/dev/null; }
v_dt_stats_file()  { loop_each op_dt_stats "$1" "${SAMPLE[@]}"; }
v_py_stats()       { py stats "$IN" "$1"; }
variant stats dt_stats_batch dicom-tools "batch stats (1 process, all cores)" report 0 1
variant stats dt_stats_file dicom-tools "stats --json, 1 process per file (loop)" files 1
[ -n "$PY" ] && variant stats py_stats pydicom "one Python process (numpy)" files || unavailable stats "pydicom: $(missing pydicom "pydicom with numpy and Pillow")"
unavailable stats "DCMTK, GDCM: no pixel statistics command"

# 6. header-only scan -----------------------------------------------------------------------------------------------
scenario scan "6. header-only scan of every file" "$work/in" "" \
  "dicom-tools: \`batch list\` (one line per file from its header), \`search DIR --modality CT\`, \`info --json\` per file. DCMTK: \`dcmdump +sb PixelData\` (stops before the pixels). GDCM: \`gdcmdump\` (reads the whole file), \`gdcmscanner -d DIR -k ...\` (its header scanner). pydicom: \`dcmread(stop_before_pixels=True)\`."
v_dt_list()        { dt batch list "$IN" --progress never; }
v_dt_search()      { dt search "$IN" --modality CT; }
v_dt_info_file()   { loop_each op_dt_info "$1" "${SAMPLE[@]}"; }
v_dcmdump_loop()   { loop_each op_dcmdump "$1" "${NAMES[@]}"; }
v_dcmdump_par()    { par_each op_dcmdump "$1" "${NAMES[@]}"; }
v_dcmdump_all()    { (cd "$IN" && dcmdump -q +sb PixelData ./*.dcm); }
v_gdcmdump_loop()  { loop_each op_gdcmdump "$1" "${NAMES[@]}"; }
v_gdcmdump_par()   { par_each op_gdcmdump "$1" "${NAMES[@]}"; }
v_gdcmdump_dir()   { gdcmdump -i "$IN"; }
v_gdcmscanner()    { gdcmscanner -d "$IN" -k PatientName -k PatientID -k StudyInstanceUID -k SeriesInstanceUID \
                       -k SOPInstanceUID -k Modality -k Rows -k Columns -p; }
v_py_scan()        { py scan "$IN" "$1"; }
variant scan dt_list dicom-tools "batch list (1 process, all cores)" 'lines:^[0-9]+\.dcm	' 0 1
variant scan dt_search dicom-tools "search DIR --modality CT (1 process)" 'lines:^[0-9]+\.dcm '
variant scan dt_info_file dicom-tools "info --json, 1 process per file (loop)" files 1
if have_peer dcmtk dcmdump; then
  variant scan dcmdump_loop DCMTK "dcmdump +sb PixelData per file (loop)" files
  variant scan dcmdump_par DCMTK "dcmdump +sb PixelData per file (xargs -P $CORES)" files
  variant scan dcmdump_all DCMTK "one dcmdump +sb PixelData over all files" 'lines:^# Dicom-File-Format'
else unavailable scan "DCMTK: $(missing dcmtk dcmdump)"; fi
if have_peer gdcm gdcmdump; then
  variant scan gdcmdump_loop GDCM "gdcmdump per file (loop)" files
  variant scan gdcmdump_par GDCM "gdcmdump per file (xargs -P $CORES)" files
  variant scan gdcmdump_dir GDCM "gdcmdump -i DIR (its folder mode)" 'lines:^# Dicom-File-Format'
else unavailable scan "GDCM: $(missing gdcm gdcmdump)"; fi
have_peer gdcm gdcmscanner && variant scan gdcmscanner GDCM "gdcmscanner -d DIR, 8 keys (header scanner)" 'lines:^Filename: .*could be read'
[ -n "$PY" ] && variant scan py_scan pydicom "one Python process, stop_before_pixels" 'lines:^[0-9]+\.dcm	' || unavailable scan "pydicom: $(missing pydicom "pydicom with numpy and Pillow")"

# ------------------------------------------------------------------------------------------------------ the runner
# One run of variant ID in folder IN; prints the wall time in ms (scaled for a sampled variant) or fails with the
# reason in $work/status/ID.why.
run_once() { # ID
  local id=$1 out="$work/out" start end rc expected got
  rm -rf "$out"; mkdir -p "$out"
  start=$(now_ms)
  "v_${V_FN[$id]}" "$out" >"$work/log/$id.out" 2>"$work/log/$id.err"
  rc=$?
  end=$(now_ms)
  if [ "${V_SAMPLED[$id]}" = 1 ]; then expected=${#SAMPLE[@]}; else expected=${#NAMES[@]}; fi
  if [ "$rc" != 0 ]; then
    local why; why=$(grep -v '^\s*$' "$work/log/$id.err" | tail -n 1 | cut -c1-200)
    if [ "$rc" = 3 ] && [ "${V_TOOL[$id]}" = pydicom ]; then
      echo "skipped: ${why#unsupported: }" >"$work/status/$id.why"
    else
      echo "failed: exit code $rc${why:+: $why}" >"$work/status/$id.why"
    fi
    return 1
  fi
  case "${V_CHECK[$id]}" in
    files) got=$(find "$out" -type f ! -name '.*' | wc -l) ;;
    report) got=$(grep -c '"status":"ok"' "$out/report.jsonl" 2>/dev/null) ;;
    lines:*) got=$(grep -c -E "${V_CHECK[$id]#lines:}" "$work/log/$id.out") ;;
  esac
  if [ "${got:-0}" != "$expected" ]; then
    echo "failed: $got outputs for $expected inputs" >"$work/status/$id.why"
    return 1
  fi
  if [ "${V_SAMPLED[$id]}" = 1 ]; then
    echo $(( (end - start) * ${#NAMES[@]} / expected ))
  else
    echo $(( end - start ))
  fi
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) exit; print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

run_scenario() { # SCEN
  local s=$1 id t r active=() still=()
  log ""
  log "== ${S_TITLE[$s]}"
  S_LOAD[$s]=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")
  [ -n "${S_SETUP[$s]}" ] && ${S_SETUP[$s]}
  # Warm-up: page cache, shared libraries, the class-data-sharing archive; a variant failing here is out.
  set_input "$(warm_of "${S_INPUT[$s]}" "$s")"
  for id in ${S_VARIANTS[$s]}; do
    : >"$work/times/$id"
    if run_once "$id" >/dev/null; then active+=("$id"); else log "   ${V_TOOL[$id]} ${V_LABEL[$id]}: $(cat "$work/status/$id.why")"; fi
  done
  set_input "${S_INPUT[$s]}"
  for ((r = 1; r <= RUNS; r++)); do
    still=()
    for id in "${active[@]}"; do
      if t=$(run_once "$id"); then
        echo "$t" >>"$work/times/$id"; still+=("$id")
      else
        sed -i "s/^failed: /failed (run $r): /" "$work/status/$id.why"
        log "   ${V_TOOL[$id]} ${V_LABEL[$id]}: $(cat "$work/status/$id.why")"
        : >"$work/times/$id"
      fi
    done
    active=("${still[@]}")
    log "   run $r/$RUNS done ($(( $(date +%s) - STARTED )) s since start)"
    if [ "$r" = "$PRUNE_AFTER" ] && [ "$RUNS" -gt "$PRUNE_AFTER" ]; then
      # Each tool's fastest variant goes on; its others stop when PRUNE_FACTOR times slower or more.
      declare -A best=()
      for id in "${active[@]}"; do
        t=$(median <"$work/times/$id"); local tool=${V_TOOL[$id]}
        if [ -z "${best[$tool]:-}" ] || [ "$t" -lt "${best[$tool]}" ]; then best[$tool]=$t; fi
      done
      still=()
      for id in "${active[@]}"; do
        t=$(median <"$work/times/$id")
        if [ "${V_KEEP[$id]}" = 1 ] || awk -v t="$t" -v b="${best[${V_TOOL[$id]}]}" -v f="$PRUNE_FACTOR" 'BEGIN { exit !(t < b * f) }'; then
          still+=("$id")
        fi
      done
      active=("${still[@]}")
      unset best
    fi
  done
  for id in ${S_VARIANTS[$s]}; do
    if [ -s "$work/times/$id" ]; then
      printf '%s\t%s\t%s\n' "$(median <"$work/times/$id")" "$(wc -l <"$work/times/$id")" "$(tr '\n' ' ' <"$work/times/$id")" \
        >"$work/status/$id.result"
      log "   $(printf '%-12s %-58s %9.3f s' "${V_TOOL[$id]}" "${V_LABEL[$id]}" "$(awk -v t="$(cut -f1 "$work/status/$id.result")" 'BEGIN { print t / 1000 }')")"
    fi
  done
}

kept=()
for s in "${SCENARIOS[@]}"; do wanted "$s" && kept+=("$s"); done
SCENARIOS=("${kept[@]}")
[ "${#SCENARIOS[@]}" -gt 0 ] || die "ONLY=\"$ONLY\" names no scenario"
for s in "${SCENARIOS[@]}"; do run_scenario "$s"; done

# --------------------------------------------------------------------------------------------- the memory check
# A multi-frame file of about 2 GB converted frame by frame, transcoded and decoded back with a heap of 256 MB.
MEM_LINES=()
# The launcher itself (its JVM flags and archive), with the heap capped through the variable every JVM reads.
MEM_JAVA=(env "JAVA_TOOL_OPTIONS=${JAVA_TOOL_OPTIONS:+$JAVA_TOOL_OPTIONS }-Xmx256m" "$launcher")
mem_step() { # LABEL EXPECT-CHECK-COMMAND -- COMMAND...
  local label=$1 check=$2 start end rc result; shift 3
  log "   $label..."
  rm -f "$work/log/mem.rss"
  start=$(now_ms)
  if [ -x /usr/bin/time ]; then  # GNU time: the peak resident set size, in KB
    /usr/bin/time -f '%M' -o "$work/log/mem.rss" "$@" >"$work/log/mem.out" 2>"$work/log/mem.err"; rc=$?
  else
    "$@" >"$work/log/mem.out" 2>"$work/log/mem.err"; rc=$?
  fi
  end=$(now_ms)
  local rss; rss=$(tail -n 1 "$work/log/mem.rss" 2>/dev/null | awk '/^[0-9]+$/ { printf "%d", $1 / 1024 }')
  if grep -q 'OutOfMemoryError' "$work/log/mem.err" "$work/log/mem.out"; then
    result="**FAIL: OutOfMemoryError** (exit $rc): $(grep -h -m1 'OutOfMemoryError' "$work/log/mem.err" "$work/log/mem.out" | head -n 1 | cut -c1-160)"
  elif [ "$rc" != 0 ]; then
    result="**FAIL** (exit $rc): $(tail -n 1 "$work/log/mem.err" | cut -c1-160)"
  elif ! eval "$check"; then
    result="**FAIL**: wrong output ($check)"
  else
    result="pass"
  fi
  MEM_LINES+=("| $label | $result | $(awk -v t=$((end - start)) 'BEGIN { printf "%.1f", t / 1000 }') | ${rss:-?} |")
  log "   $label: $result in $(( (end - start) / 1000 )) s"
}
mem_note=""
if [ "$MEMORY_CHECK" = 1 ]; then
  log ""
  log "== memory check: a 2 GB multi-frame file with -Xmx256m"
  avail_kb=$(df -Pk "$work" | awk 'NR == 2 { print $4 }')
  if [ "${avail_kb:-0}" -lt $(( 6 * 1024 * 1024 )) ]; then
    mem_note="skipped: $(( ${avail_kb:-0} / 1024 / 1024 )) GB free in $work, 6 GB needed"
  else
    rm -rf "$work/out" "$work/warm"
    FRAMES=${MEMORY_FRAMES:-4000}
    mem_step "write the file: $FRAMES frames of 512x512, 16-bit (bench/suite/LargeMultiframe.java, default heap)" \
      '[ -s "$work/big.dcm" ]' -- "$java" -cp "$jar" "$suite/LargeMultiframe.java" "$work/big.dcm" "$FRAMES"
    if [ -s "$work/big.dcm" ]; then
      big_mb=$(( $(stat -c %s "$work/big.dcm") / 1000000 ))
      mkdir -p "$work/big-png"
      mem_step "\`to-image --all-frames\`: $FRAMES PNGs" \
        '[ "$(find "$work/big-png" -name "*.png" | wc -l)" = "$FRAMES" ]' -- \
        "${MEM_JAVA[@]}" to-image --all-frames "$work/big.dcm" -o "$work/big-png/"
      rm -rf "$work/big-png"
      mem_step "\`transcode -t rle\` (verified)" '[ -s "$work/big-rle.dcm" ]' -- \
        "${MEM_JAVA[@]}" transcode -t rle "$work/big.dcm" -o "$work/big-rle.dcm"
      rm -f "$work/big.dcm"
      if [ -s "$work/big-rle.dcm" ]; then
        mkdir -p "$work/big-png"
        mem_step "\`to-image --all-frames\` of that RLE file: $FRAMES PNGs" \
          '[ "$(find "$work/big-png" -name "*.png" | wc -l)" = "$FRAMES" ]' -- \
          "${MEM_JAVA[@]}" to-image --all-frames "$work/big-rle.dcm" -o "$work/big-png/"
        rm -rf "$work/big-png"
        mem_step "\`decompress\` of that RLE file back to Explicit VR Little Endian" \
          '[ "$(stat -c %s "$work/big-back.dcm" 2>/dev/null || echo 0)" -ge $(( FRAMES * 524288 )) ]' -- \
          "${MEM_JAVA[@]}" decompress "$work/big-rle.dcm" -o "$work/big-back.dcm"
      fi
      rm -f "$work/big-rle.dcm" "$work/big-back.dcm"
      mem_note="file of $big_mb MB; every dicom-tools step ran through \`./dicom-tools\` with \`JAVA_TOOL_OPTIONS=-Xmx256m\`"
    fi
  fi
else
  mem_note="not run (--quick or MEMORY_CHECK=0)"
fi

# ------------------------------------------------------------------------------------------------------ the report
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
ELAPSED=$(( $(date +%s) - STARTED ))
secs() { awk -v t="$1" 'BEGIN { printf "%.3f", t / 1000 }'; }
ratio() { awk -v p="$1" -v o="$2" 'BEGIN { if (o > 0) printf "%.2f", p / o; else print "?" }'; }

# Our best and the best peer of a scenario: "ID MS" or nothing.
best_of() { # SCEN ours|peers
  local id best="" bid=""
  for id in ${S_VARIANTS[$1]}; do
    [ -f "$work/status/$id.result" ] || continue
    if [ "$2" = ours ] && [ "${V_TOOL[$id]}" != dicom-tools ]; then continue; fi
    if [ "$2" = peers ] && [ "${V_TOOL[$id]}" = dicom-tools ]; then continue; fi
    local t; t=$(cut -f1 "$work/status/$id.result")
    if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; bid=$id; fi
  done
  [ -n "$bid" ] && echo "$bid $best"
}

cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//')
[ -n "$cpu" ] || cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1)
ram=$(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)
os="$( (. /etc/os-release 2>/dev/null && printf '%s, ' "$PRETTY_NAME"); uname -sr)"
java_version=$("$java" -version 2>&1 | head -n 1)
dt_version=$("$java" -jar "$jar" --version 2>/dev/null | head -n 1)

{
  echo "# Benchmark results"
  echo
  echo "Written by \`bench/run.sh$([ "$quick" = 1 ] && echo ' --quick')\` on $(date -u '+%Y-%m-%d %H:%M UTC') in $((ELAPSED / 60)) min $((ELAPSED % 60)) s; run it again to regenerate this file."
  echo "Times are wall-clock medians; **ratio = peer time / our best time** (above 1: dicom-tools is faster)."
  echo
  echo "| Machine | |"
  echo "| --- | --- |"
  echo "| CPU | ${cpu:-?}, $CORES cores |"
  echo "| RAM | ${ram:-?} |"
  echo "| OS | $os |"
  echo "| Java | $java_version |"
  echo "| dicom-tools | ${dt_version:-?}, via \`./dicom-tools\` (class-data-sharing archive at start: $jsa_before) |"
  echo "| DCMTK | ${dcmtk_version:-$(missing dcmtk "not installed")} |"
  echo "| GDCM | ${gdcm_version:-$(missing gdcm "not installed")} |"
  echo "| pydicom | ${pydicom_version:-$(missing pydicom "not installed (with numpy and Pillow)")} |"
  echo "| Load average | $LOAD_START at start, $LOAD_END at the end (other work may share the cores) |"
  echo "| Input | $([ "$synthetic" = 1 ] && echo "synthetic CT series (\`dicom-tools sample --ct-only --ct-slices 174 --ct-size 512\`)" || echo "\`$dir\`"): $N files, $input_mb MB |"
  echo "| Method | each variant once over $WARM_FILES files to warm up, then $RUNS runs over all $N files in alternation; median. A variant $PRUNE_FACTOR× or more slower than its own tool's fastest stops after $PRUNE_AFTER runs (column *runs*). dicom-tools' one-process-per-file rows run over $PER_FILE_SAMPLE evenly spaced files, scaled to $N (marked ≈). |"
  echo
  echo "## Summary"
  echo
  echo "| Scenario | dicom-tools best | s | best peer | s | ratio |"
  echo "| --- | --- | ---: | --- | ---: | ---: |"
  for s in "${SCENARIOS[@]}"; do
    read -r oid oms <<<"$(best_of "$s" ours)"
    read -r pid pms <<<"$(best_of "$s" peers)"
    printf '| %s | %s | %s | %s | %s | %s |\n' "${S_TITLE[$s]#* }" \
      "${oid:+${V_LABEL[$oid]%% (*}}" "${oms:+$(secs "$oms")}" \
      "$(if [ -n "${pid:-}" ]; then echo "${V_TOOL[$pid]} ${V_LABEL[$pid]}"; else echo "none present"; fi)" \
      "${pms:+$(secs "$pms")}" \
      "$([ -n "${oms:-}" ] && [ -n "${pms:-}" ] && echo "**$(ratio "$pms" "$oms")**")"
    oid=""; oms=""; pid=""; pms=""
  done
  for s in "${SCENARIOS[@]}"; do
    echo
    echo "## ${S_TITLE[$s]}"
    echo
    echo "${S_NOTES[$s]} *Load average when the scenario started: ${S_LOAD[$s]:-?}.*"
    echo
    echo "| Tool | Variant | median s | files/s | runs | ratio |"
    echo "| --- | --- | ---: | ---: | ---: | ---: |"
    read -r oid oms <<<"$(best_of "$s" ours)"
    for id in ${S_VARIANTS[$s]}; do
      label=${V_LABEL[$id]}
      [ "${V_SAMPLED[$id]}" = 1 ] && label="$label ≈"
      if [ -f "$work/status/$id.result" ]; then
        IFS=$'\t' read -r ms runs _ <"$work/status/$id.result"
        fps=$(awk -v n="$N" -v t="$ms" 'BEGIN { printf "%.1f", (t > 0 ? n * 1000 / t : 0) }')
        if [ "${V_TOOL[$id]}" = dicom-tools ]; then
          rt=$([ "$id" = "${oid:-}" ] && echo "best" || echo "$(ratio "$ms" "$oms") of best")
        else
          rt=$([ -n "${oms:-}" ] && ratio "$ms" "$oms")
        fi
        printf '| %s | %s | %s | %s | %s | %s |\n' "${V_TOOL[$id]}" "$label" "$(secs "$ms")" "$fps" "$runs" "$rt"
      else
        why=$(cat "$work/status/$id.why" 2>/dev/null || echo "not run")
        printf '| %s | %s | %s | | | |\n' "${V_TOOL[$id]}" "$label" "$why"
      fi
    done
    if [ -n "${UNAVAILABLE[$s]:-}" ]; then
      while IFS= read -r line; do [ -n "$line" ] && echo "| ${line%%: *} | ${line#*: } | — | | | |"; done <<<"${UNAVAILABLE[$s]}"
    fi
    oid=""; oms=""
  done
  echo
  echo "## Memory: a 2 GB multi-frame file with a 256 MB heap"
  echo
  echo "Issue 8: a 2 GB multi-frame file converts frame by frame with \`-Xmx256m\`. Result: $mem_note."
  if [ "${#MEM_LINES[@]}" -gt 0 ]; then
    echo
    echo "| Step | Result | s | peak RSS MB |"
    echo "| --- | --- | ---: | ---: |"
    printf '%s\n' "${MEM_LINES[@]}"
  fi
} >"$work/report.md"

cp "$work/report.md" "$RESULTS" && log "" && log "wrote $RESULTS"
# The table on stdout: the same markdown, which reads well in a terminal too.
cat "$work/report.md"
