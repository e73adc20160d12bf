#!/usr/bin/env bash
# Runs every fuzz target for a few seconds (FUZZTIME, default 5s). Inputs
# that ever failed live in the packages' testdata/fuzz folders, where plain
# `go test` replays them as regression cases; a failure found here is
# written there too, to be committed with its fix.
set -euo pipefail
cd "$(dirname "$0")/.."
time=${FUZZTIME:-5s}
for target in \
  ./reader:FuzzText ./reader:FuzzParseHTML ./reader:FuzzMHTML ./reader:FuzzMarkdown \
  ./reader:FuzzPromo ./reader:FuzzEntities ./reader/sanitize:FuzzSanitize; do
  pkg=${target%%:*} name=${target##*:}
  echo "fuzz: $name ($pkg) for $time"
  go test "$pkg" -run '^$' -fuzz "^$name\$" -fuzztime "$time"
done
