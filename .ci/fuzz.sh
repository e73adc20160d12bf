#!/usr/bin/env bash
# Runs every fuzz target for a budget of executions (FUZZTIME, default
# 20000x, a few seconds each here; FUZZTIME=30m for a long run by hand). A
# count, not a duration, by default: with a duration Go's fuzz coordinator
# can report "context deadline exceeded" at the deadline with no failing
# input (golang/go#75804, fixed in Go 1.27), which failed CI once. Inputs
# that ever failed live in the packages' testdata/fuzz folders, where plain
# `go test` replays them as regression cases; a failure found here is
# written there too, to be committed with its fix.
set -euo pipefail
cd "$(dirname "$0")/.."
time=${FUZZTIME:-20000x}
for target in \
  ./reader:FuzzText ./reader:FuzzParseHTML ./reader:FuzzMHTML ./reader:FuzzMarkdown \
  ./reader:FuzzPromo ./reader:FuzzEntities ./reader/sanitize:FuzzSanitize; do
  pkg=${target%%:*} name=${target##*:}
  echo "fuzz: $name ($pkg) for $time"
  go test "$pkg" -run '^$' -fuzz "^$name\$" -fuzztime "$time" -timeout 10m
done
