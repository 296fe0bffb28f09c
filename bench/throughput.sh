#!/usr/bin/env bash
# End-to-end throughput of `./assay run` against `assay mock-server` on loopback, bounded in time and count.
#
# Usage: bench/throughput.sh [samples (60000)] [warm-up samples (10000)]
#   (bench/steady.sh runs only the issue #4 number: 50 ms x 64 connections, its ratio to the ideal 1,280/s)
#   CONFIGS="0:16 0:64 50:16 50:64"   latency-ms:connections pairs to measure (default: all four)
#   MAX_SECONDS=900                   a run still going after this long is stopped (and reported as such)
#   REFERENCE=1                       also measure the in-process mock target and wrk at 50 ms / 64 connections
#   SCORERS='"includes:ignore-case=true", refusal'   the task's scorers (YAML flow list items)
#
# For each pair: generates a JSONL dataset and a task (temp dir), starts one mock server per latency on a free port,
# runs `./assay run TASK -t openai/mock-echo:base-url=... --max-connections C` with JFR on and /usr/bin/time -v, then
# reports
#   end to end: samples / wall time of the whole command (JVM start, dataset, run, summary, report);
#   steady state: samples / time between the completion of sample WARMUP and the last one (per-sample start and
#     duration from `runs export`), over SAMPLES - WARMUP samples, with the ratio to the ideal connections / latency;
#   peak RSS; CPU per sample in the steady window (the process's utime+stime, polled from /proc) split by component
#     with the JFR execution samples of that window (bench/jfr-components.py).
# Everything it starts is stopped on exit; results stay in bench/out/throughput/.
set -euo pipefail
cd "$(dirname "$0")/.."
SAMPLES="${1:-60000}"
WARMUP="${2:-10000}"
CONFIGS="${CONFIGS:-0:16 0:64 50:16 50:64}"
MAX_SECONDS="${MAX_SECONDS:-900}"
REFERENCE="${REFERENCE:-1}"
SCORERS="${SCORERS:-\"includes:ignore-case=true\", refusal}"
[ "$WARMUP" -lt "$SAMPLES" ] || { echo "warm-up ($WARMUP) must be below samples ($SAMPLES)" >&2; exit 2; }
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
OUT=bench/out/throughput
mkdir -p "$OUT"
WORK="$(mktemp -d /tmp/assay-throughput.XXXXXX)"
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

./assay --version > /dev/null # builds on first use, outside the measurements

awk -v n="$SAMPLES" 'BEGIN { for (i = 0; i < n; i++)
  printf "{\"id\":\"s%07d\",\"input\":\"Question %d: what colour is the sky on a clear day?\",\"expected\":\"sky\",\"category\":\"c%d\"}\n", i, i, i % 7 }' \
  > "$WORK/data.jsonl"
cat > "$WORK/task.yaml" << YAML
name: throughput
description: "bench/throughput.sh: one short question per sample"
dataset: data.jsonl
solvers: [generate]
scorers: [$SCORERS]
YAML

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
declare -A PORT
start_mock() { # latency-ms
  local port log
  port="$(free_port)"
  log="$OUT/mock-$1ms.log"
  ASSAY_JAVA_OPTS="-Xmx1g" ./assay mock-server --port "$port" --latency-ms "$1" > "$log" 2>&1 &
  PIDS+=("$!")
  for _ in $(seq 1 120); do
    if grep -q "listening on" "$log" 2>/dev/null; then PORT[$1]="$port"; return 0; fi
    sleep 0.5
  done
  echo "mock server ($1 ms) did not start; see $log" >&2
  exit 1
}
for c in $CONFIGS; do
  lat="${c%%:*}"
  [ -n "${PORT[$lat]:-}" ] || start_mock "$lat"
done

machine() {
  echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/^Mem:/{print $2}') GB RAM," \
    "$("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
}
machine | tee "$OUT/machine.txt"

# json_id FILE: the "id" of the JSON document in FILE (JFR prints its start-up lines on stdout before it)
json_id() {
  python3 -c 'import json,sys
t = open(sys.argv[1]).read()
try:
    print(json.loads(t[t.index("\n{") + 1 if not t.startswith("{") else 0:])["id"])
except Exception:
    print("")' "$1"
}

# run LABEL TARGET CONNECTIONS: one measured `./assay run`; prints one result line.
run() {
  local label="$1" target="$2" conns="$3" home="$WORK/home-$1"
  local jfr="$OUT/$label.jfr" cpu="$OUT/$label.cpu" load0 load1
  load0="$(cut -d' ' -f1 /proc/loadavg)"
  rm -f "$jfr" "$cpu"
  ASSAY_HOME="$home" ASSAY_JAVA_OPTS="-XX:StartFlightRecording=filename=$jfr,settings=profile -Xlog:jfr+startup=warning" \
    /usr/bin/time -v -o "$OUT/$label.time" ./assay run "$WORK/task.yaml" -t "$target" \
    --max-connections "$conns" --no-progress --json > "$OUT/$label.json" 2> "$OUT/$label.err" &
  local tpid=$! jpid=""
  PIDS+=("$tpid")
  for _ in $(seq 1 100); do
    jpid="$(pgrep -P "$tpid" || true)"
    [ -n "$jpid" ] && PIDS+=("$jpid") && break
    sleep 0.1
  done
  local t0=$SECONDS
  # CPU ticks of the JVM, twice a second: "epoch-seconds ticks"
  while [ -n "$jpid" ] && [ -r "/proc/$jpid/stat" ]; do
    awk -v t="$(date +%s.%N)" '{ sub(/^.*\) /, ""); print t, $12 + $13 }' "/proc/$jpid/stat" >> "$cpu" 2> /dev/null || true
    if [ $((SECONDS - t0)) -gt "$MAX_SECONDS" ]; then
      echo "$label: still running after $MAX_SECONDS s; stopping it" >&2
      kill "$jpid" 2> /dev/null || true
    fi
    sleep 0.5
  done
  wait "$tpid" || true
  load1="$(cut -d' ' -f1 /proc/loadavg)"
  local id
  id="$(json_id "$OUT/$label.json")"
  if [ -z "$id" ]; then
    echo "$label: the run failed; see $OUT/$label.err" >&2
    return 0
  fi
  ASSAY_HOME="$home" ./assay runs export "$id" --out "$WORK/$label.jsonl"
  "$JAVA_HOME/bin/jfr" print --stack-depth 96 --events jdk.ExecutionSample,jdk.NativeMethodSample "$jfr" \
    > "$WORK/$label.jfr.txt"
  python3 bench/throughput-report.py --label "$label" --connections "$conns" --latency-ms "${4:-0}" \
    --warmup "$WARMUP" --export "$WORK/$label.jsonl" --time "$OUT/$label.time" --cpu "$cpu" \
    --jfr-text "$WORK/$label.jfr.txt" --load "$load0-$load1" | tee -a "$OUT/results.txt"
}

echo "# $(date -u +%FT%TZ) samples $SAMPLES, warm-up $WARMUP, scorers [$SCORERS]; load average before: $(cut -d' ' -f1-3 /proc/loadavg)" \
  | tee -a "$OUT/results.txt"
for c in $CONFIGS; do
  lat="${c%%:*}"
  conns="${c##*:}"
  run "http-${lat}ms-c${conns}" "openai/mock-echo:base-url=http://127.0.0.1:${PORT[$lat]}/v1" "$conns" "$lat"
done
if [ "$REFERENCE" = 1 ]; then
  # The engine, store and scorers without HTTP: the in-process mock target with the same latency.
  run "inproc-50ms-c64" "mock/echo:latency-ms=50" 64 50
  if command -v wrk > /dev/null && [ -n "${PORT[50]:-}" ]; then
    # What the mock server and the machine allow at all: wrk (C, no JVM) on the same server.
    cat > "$WORK/chat.lua" << 'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"model":"mock-echo","messages":[{"role":"user","content":"Question 1: what colour is the sky on a clear day?"}],"max_tokens":64}'
LUA
    rate="$(wrk -t2 -c64 -d20s -s "$WORK/chat.lua" "http://127.0.0.1:${PORT[50]}/v1/chat/completions" \
      | awk '/Requests\/sec/{print $2}')"
    echo "wrk-50ms-c64 (no JVM client): $rate requests/s, $(awk -v r="$rate" 'BEGIN{printf "%.1f", 100*r/1280}')%" \
      "of ideal; load $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$OUT/results.txt"
  fi
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/results.txt"
