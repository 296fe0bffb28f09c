#!/usr/bin/env bash
# Runs one of the two commands that open README.md, exactly as written there (the first two fenced code blocks):
# `main` runs the first, `test` the second. CI calls this so the README cannot drift from what is tested.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
which="${1:?usage: readme-commands.sh main|test}"
cmds="$(awk '/^```/{f=!f; next} f && NF {print; n++} n==2 {exit}' README.md)"
case "$which" in
  main) cmd="$(sed -n 1p <<<"$cmds")" ;;
  test) cmd="$(sed -n 2p <<<"$cmds")" ;;
  *) echo "readme-commands.sh: expected main or test, got: $which" >&2; exit 2 ;;
esac
echo "+ $cmd"
eval "$cmd"
