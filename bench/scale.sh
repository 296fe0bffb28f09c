#!/usr/bin/env bash
# Scale: a run of SAMPLES (1,000,000) samples on the mock target stores, lists, shows, exports and resumes in seconds.
#
# Usage: bench/scale.sh [samples (1000000)]
#   CONNECTIONS=64       --max-connections of the runs
#   HEAP=""              extra JVM options of every command (ASSAY_JAVA_OPTS), e.g. "-Xmx1g" to bound the heap
#
# Measures (wall time, CPU time and peak RSS of each whole command, JVM start included):
#   1. `run` of SAMPLES samples (mock/echo, no latency);
#   2. `runs list`, `runs show ID`, `runs show ID --json`, `runs export ID` (then checks every sample is there
#      exactly once), `report ID`;
#   3. `runs resume ID` of the completed run: must be a no-op (status and `updated` unchanged);
#   4. a second run killed with SIGKILL at about 50% stored, then `runs resume ID` and the exactly-once check.
# Uses a temp dir (dataset, store) that it deletes; stops what it starts; results in bench/out/scale/results.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
SAMPLES="${1:-1000000}"
CONNECTIONS="${CONNECTIONS:-64}"
export ASSAY_JAVA_OPTS="${HEAP:-}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
OUT=bench/out/scale
mkdir -p "$OUT"
WORK="$(mktemp -d /tmp/assay-scale.XXXXXX)"
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill -9 "$p" 2> /dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
export ASSAY_HOME="$WORK/home"
RESULTS="$OUT/results.txt"

./assay --version > /dev/null # builds on first use, outside the measurements

awk -v n="$SAMPLES" 'BEGIN { for (i = 0; i < n; i++)
  printf "{\"id\":\"s%07d\",\"input\":\"Question %d: what colour is the sky on a clear day?\",\"expected\":\"sky\",\"category\":\"c%d\"}\n", i, i, i % 7 }' \
  > "$WORK/data.jsonl"
printf 'name: scale\ndataset: data.jsonl\nsolvers: [generate]\nscorers: [includes]\n' > "$WORK/scale.yaml"

{
  echo "# $(date -u +%FT%TZ) $SAMPLES samples, $CONNECTIONS connections, JVM options '${HEAP:-}'"
  echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/^Mem:/{print $2}') GB RAM," \
    "$("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee -a "$RESULTS"

# timed LABEL CMD...: runs the command, prints wall time, peak RSS and the load average; output in $WORK/LABEL.out
timed() {
  local label="$1"
  shift
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/$label.time" "$@" > "$WORK/$label.out" 2> "$WORK/$label.err" || {
    echo "$label failed:" >&2
    tail -n 5 "$WORK/$label.err" >&2
    return 1
  }
  read -r secs kb user sys < <(tail -n 1 "$WORK/$label.time")
  printf '%-28s %8.1f s wall %8.1f s CPU  peak RSS %6d MB  load %s\n' "$label" "$secs" \
    "$(echo "$user + $sys" | bc)" $((kb / 1024)) "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$RESULTS"
}
json_field() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$1" "$2"; }
# exactly_once FILE: every sample of the dataset appears once in an export, completed
exactly_once() {
  python3 - "$1" "$SAMPLES" << 'PY' | tee -a "$RESULTS"
import json, sys
keys, lines, bad = set(), 0, 0
with open(sys.argv[1]) as f:
    for line in f:
        n = json.loads(line)
        keys.add((n["sample_id"], n["epoch"]))
        lines += 1
        bad += n["outcome"] != "completed"
want = int(sys.argv[2])
ok = lines == want and len(keys) == want and bad == 0
print(f"  export: {lines} lines, {len(keys)} distinct (sample, epoch), {bad} not completed: "
      + ("every sample exactly once" if ok else "WRONG"))
sys.exit(0 if ok else 1)
PY
}

run_args=("$WORK/scale.yaml" -t mock/echo --max-connections "$CONNECTIONS" --no-progress --json)
timed "run ($SAMPLES)" ./assay run "${run_args[@]}"
cp "$WORK/run ($SAMPLES).out" "$WORK/run.json"
ID="$(json_field "$WORK/run.json" id)"
UPDATED="$(json_field "$WORK/run.json" updated)"
python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); print("  status", s["status"], s["samples"])' \
  "$WORK/run.json" | tee -a "$RESULTS"
ls -l "$ASSAY_HOME"/assay.db | awk '{printf "  store file %.0f MB\n", $5 / 1048576}' | tee -a "$RESULTS"

timed "runs list" ./assay runs list
timed "runs show" ./assay runs show "$ID"
timed "runs show --json" ./assay runs show "$ID" --json
timed "runs export" ./assay runs export "$ID" --out "$WORK/export.jsonl"
exactly_once "$WORK/export.jsonl"
rm -f "$WORK/export.jsonl"
timed "report (markdown)" ./assay report "$ID" --out "$WORK/report.md"
timed "runs resume (completed)" ./assay runs resume "$ID" --json --no-progress
AFTER="$(json_field "$WORK/runs resume (completed).out" updated)"
if [ "$AFTER" = "$UPDATED" ]; then echo "  resume of the completed run: no-op (updated unchanged)"; else
  echo "  resume of the completed run CHANGED it: updated $UPDATED -> $AFTER"; fi | tee -a "$RESULTS"

# A second run in its own store, killed with SIGKILL when about half of it is stored.
export ASSAY_HOME="$WORK/home-killed"
./assay run "${run_args[@]}" > "$WORK/killed.out" 2>&1 &
launcher=$!
PIDS+=("$launcher")
stored() {
  python3 -c 'import sqlite3,sys
try:
    c = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True, timeout=5)
    print(c.execute("SELECT count(*) FROM results").fetchone()[0])
except Exception:
    print(0)' "$ASSAY_HOME/assay.db"
}
deadline=$((SECONDS + 1800))
while [ "$(stored)" -lt $((SAMPLES / 2)) ]; do
  kill -0 "$launcher" 2> /dev/null || { echo "the run to kill ended early" >&2; exit 1; }
  [ "$SECONDS" -lt "$deadline" ] || { echo "the run to kill made no progress" >&2; exit 1; }
  sleep 1
done
kill -9 "$launcher"
wait "$launcher" 2> /dev/null || true
echo "  killed (SIGKILL) with $(stored) of $SAMPLES stored" | tee -a "$RESULTS"
KID="$(./assay runs list --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')"
timed "runs resume (killed ~50%)" ./assay runs resume "$KID" --json --no-progress
python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); print("  status", s["status"], s["samples"])' \
  "$WORK/runs resume (killed ~50%).out" | tee -a "$RESULTS"
timed "runs export (resumed)" ./assay runs export "$KID" --out "$WORK/export.jsonl"
exactly_once "$WORK/export.jsonl"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULTS"
