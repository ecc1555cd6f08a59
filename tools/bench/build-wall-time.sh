#!/usr/bin/env bash
# Wall time of `reportbuilder build`, process start included: a project from `init` in a temporary folder, then
#   cold            5 builds into an empty output folder (every file rendered),
#   nothing changed 5 builds right after a build,
#   one correction  5 builds, each after one answer was corrected (or the correction taken back) in the project's
#                   corrections file: the regional funding answer of municipality 52011, which the report, the web
#                   edition's report pages, the infographic and the figures files print (26 of 125 files in four languages).
# Prints each time and the median of each. Usage: tools/bench/build-wall-time.sh [path to the ReportBuilder.Cli program]
# (default: the Release build, src/ReportBuilder.Cli/bin/Release/net10.0/ReportBuilder.Cli; build it first).
set -euo pipefail
cd "$(dirname "$0")/../.."
program=${1:-src/ReportBuilder.Cli/bin/Release/net10.0/ReportBuilder.Cli}
[ -x "$program" ] || { echo "no program at $program (dotnet build src/ReportBuilder.Cli -c Release)" >&2; exit 2; }
program=$(realpath "$program")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$program" init "$work/p" >/dev/null
cd "$work/p"
corrections=data/corrections-2018.csv
cp "$corrections" "$work/without.csv"
cp "$corrections" "$work/with.csv"
echo '52011,2018,funding_regional,1,0,"Regional grant was refused, not obtained",Data team,2018-06-21' >> "$work/with.csv"

seconds() {
  local start end ms
  start=$(date +%s%N); "$program" build -q; end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  printf '%d.%03d' $((ms / 1000)) $((ms % 1000))
}
median() { sort -n | awk '{a[NR]=$1} END {printf "%.2f", (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
run() {
  local label=$1 before=$2 times=()
  for i in 1 2 3 4 5; do
    $before
    times+=("$(seconds)")
  done
  printf '%-16s %s  median %s s\n' "$label" "${times[*]}" "$(printf '%s\n' "${times[@]}" | median)"
}
"$program" build -q   # warm the disk cache and JIT-independent files once
run "cold" "rm -rf out"
run "nothing changed" ":"
toggle() { if cmp -s "$corrections" "$work/without.csv"; then cp "$work/with.csv" "$corrections"; else cp "$work/without.csv" "$corrections"; fi; }
run "one correction" toggle
