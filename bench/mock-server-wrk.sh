#!/usr/bin/env bash
# Measures assay mock-server's raw throughput with wrk on loopback, bounded in time.
# Usage: bench/mock-server-wrk.sh [duration-seconds]   (needs wrk: apt-get install -y wrk)
# Builds the CLI classpath in the reactor, starts two servers (0 ms and 50 ms latency) on free ports,
# runs wrk at 16 and 64 connections, prints the numbers and stops the servers it started.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
OUT=bench/out
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk not found; apt-get install -y wrk" >&2; exit 2; }

./mvnw -B -q -o package dependency:build-classpath -pl assay-cli -am -DskipTests -Dspotless.check.skip=true \
  -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=runtime
CP="$PWD/assay-cli/target/classes:$(cat assay-cli/target/cp.txt)"
cat > "$OUT/RunMock.java" <<'JAVA'
public class RunMock {
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new sg.assay.cli.MockServerCommand()).execute(args));
    }
}
JAVA
cat > "$OUT/chat.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"model":"mock-comply","messages":[{"role":"system","content":"You are a helpful assistant."},{"role":"user","content":"Summarise the main argument of the attached essay in two sentences."}],"max_tokens":64}'
LUA
sed 's/"max_tokens":64}/"max_tokens":64,"stream":true,"stream_options":{"include_usage":true}}/' "$OUT/chat.lua" > "$OUT/stream.lua"

PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

start() { # port latency-ms log
  "$JAVA" -Xmx512m -cp "$CP" "$OUT/RunMock.java" --port "$1" --latency-ms "$2" > "$3" 2>&1 &
  PIDS+=("$!")
  for _ in $(seq 1 60); do grep -q "listening on" "$3" 2>/dev/null && return 0; sleep 0.5; done
  echo "mock server on port $1 did not start; see $3" >&2; exit 1
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

P0=$(free_port); start "$P0" 0 "$OUT/mock-0ms.log"
P50=$(free_port); start "$P50" 50 "$OUT/mock-50ms.log"
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), load: $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t2 -c64 -d10s -s "$OUT/chat.lua" "http://127.0.0.1:$P0/v1/chat/completions" > /dev/null   # warm-up
run() { # label port script connections
  printf '%-34s ' "$1"
  wrk -t2 -c"$4" -d"${DURATION}s" --latency -s "$OUT/$3" "http://127.0.0.1:$2/v1/chat/completions" > "$OUT/wrk-${1%%(*}.txt"
  awk '/Requests\/sec/{r=$2} / 50%/{p50=$2} / 99%/{p99=$2} /Non-2xx/{e=$NF} END{printf "%10s req/s  p50 %-9s p99 %-9s non-2xx %s\n", r, p50, p99, (e==""?0:e)}' "$OUT/wrk-${1%%(*}.txt"
}
run "chat-0ms-c16" "$P0" chat.lua 16
run "chat-0ms-c64" "$P0" chat.lua 64
run "stream-0ms-c64" "$P0" stream.lua 64
wrk -t2 -c64 -d5s -s "$OUT/chat.lua" "http://127.0.0.1:$P50/v1/chat/completions" > /dev/null
run "chat-50ms-c16(ideal=320)" "$P50" chat.lua 16
run "chat-50ms-c64(ideal=1280)" "$P50" chat.lua 64
