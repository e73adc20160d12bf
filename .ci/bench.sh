#!/usr/bin/env bash
# Runs the shared scorers (../shared/bench) on lede and fails when a required
# bar is missed: on the sample, entity F1 >= 0.95 with no splits, paragraph
# F1 >= 0.95, no promo left visible and no story hidden; on the extraction
# benchmark, F1 >= 0.965 with no failed page; on the same pages as text
# dumps, F1 >= 0.88 with no failed page (issue 9's bars); on
# testdata/entity-pages, entity F1 and precision >= 0.90. Skips when
# ../shared is absent,
# since a clone of the repository alone does not have it.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=$(cd .. && pwd)/shared
if [ ! -d "$shared/bench" ]; then
  echo "bench: ../shared/bench not found, skipped"
  exit 0
fi
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
go build -o "$bin/lede" .
(cd "$shared/bench/entities/score" && go build -o "$bin/entityscore" .)
(cd "$shared/bench/extraction/score" && go build -o "$bin/extractscore" .)

fail=0
ent=$("$bin/entityscore" -data "$shared/bench/entities" -cmd "$bin/lede --json {}" | tail -1)
echo "bench: sample article: $ent"
python3 - "$ent" <<'PY' || fail=1
import sys
f = dict(kv.split("=") for kv in sys.argv[1].split())
bad = []
if float(f["entityF1"]) < 0.95: bad.append("entityF1 < 0.95")
if int(f["split"]) != 0: bad.append("splits")
if float(f["paraF1"]) < 0.95: bad.append("paraF1 < 0.95")
if float(f["promoLeak"]) != 0: bad.append("promo leaked")
if float(f["bodyLoss"]) != 0: bad.append("body lost")
if bad:
    print("bench: FAIL sample:", ", ".join(bad)); sys.exit(1)
PY

# the real pages of testdata/entity-pages (issue 10): F1 and precision >= 0.90
pages=$("$bin/entityscore" -data testdata/entity-pages -cmd "$bin/lede --json {}" | tail -1)
echo "bench: real pages: $pages"
python3 - "$pages" <<'PY' || fail=1
import sys
f = dict(kv.split("=") for kv in sys.argv[1].split())
if float(f["entityF1"]) < 0.90 or float(f["P"]) < 0.90:
    print("bench: FAIL real pages: entityF1 or P < 0.90"); sys.exit(1)
PY

# extraction checks one extractscore run against its F1 bar: no failed,
# timed-out or unparsable page either.
extraction() { # name data-dir bar
  local out last
  out=$("$bin/extractscore" -data "$2" -cmd "$bin/lede --json {}" -j 2 -timeout 20s)
  echo "$out" | grep -E "^(pages|time):" | sed "s/^/bench: $1: /"
  last=$(echo "$out" | tail -1)
  echo "bench: $1: $last"
  python3 - "$out" "$1" "$3" <<'PY'
import re, sys
out, name, bar = sys.argv[1], sys.argv[2], float(sys.argv[3])
f1 = float(re.search(r"^F1=([0-9.]+)", out, re.M).group(1))
bad = [f"F1 {f1} < {bar}"] if f1 < bar else []
for what in ("failed", "timeouts", "bad-json"):
    n = int(re.search(what + r": (\d+)", out).group(1))
    if n: bad.append(f"{n} {what}")
if bad:
    print(f"bench: FAIL {name}:", ", ".join(bad)); sys.exit(1)
PY
}
extraction extraction "$shared/bench/extraction" 0.965 || fail=1
extraction dumps "$shared/bench/dumps" 0.88 || fail=1
exit $fail
