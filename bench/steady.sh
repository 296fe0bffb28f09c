#!/usr/bin/env bash
# The issue #4 number in one command: steady-state `./assay run` throughput through openai/mock-echo against
# `assay mock-server` at 50 ms upstream latency and 64 connections, as a ratio to the ideal 64 / 0.050 s = 1,280
# samples/s (goal: at least 95%). No references (in-process target, wrk); everything else as bench/throughput.sh.
#
# Usage: bench/steady.sh [samples (60000)] [warm-up samples (10000)]
# Prints the usual result lines and ends with "RATIO TO IDEAL http-50ms-c64: NN.N% (...; goal >= 95%: MET|NOT MET)".
set -euo pipefail
cd "$(dirname "$0")/.."
CONFIGS="50:64" REFERENCE=0 bench/throughput.sh "$@"
