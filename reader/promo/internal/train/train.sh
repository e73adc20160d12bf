#!/usr/bin/env bash
# train.sh DATA [OUT]: the whole training, as model.json was made: extract
# every page of DATA (what prepare.sh wrote) into a fresh example cache, fit
# the text path's cross-validation folds in parallel processes (first
# stage, then second), then cross-validate the HTML path and fit the final
# models in one last process, which writes OUT (default ../../model.json).
# Deterministic: the same corpus and code give the same bytes.
set -euo pipefail
cd "$(dirname "$0")"
data=${1:?usage: train.sh DATA [OUT]}
out=${2:-../../model.json}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/train" .
T=("$work/train" -data "$data" -cache "$work/examples.gob" -oof "$work/oof")
mkdir -p "$work/oof"
"${T[@]}" -sample /dev/null # builds the example cache, and stops
for stage in first second; do
  pids=()
  for k in 0 1 2 3 4; do
    "${T[@]}" -paths text -fold "$k" -stage "$stage" 2>"$work/fold-$stage-$k.log" &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p"; done
done
"${T[@]}" -out "$out"
