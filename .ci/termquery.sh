#!/usr/bin/env bash
# lede --print on a terminal that never answers the background-colour query
# must not stall: under `script` (a pty with nothing behind it that answers
# OSC 11) it has to finish well within a deadline. lede waits 150 ms for the
# answer; the deadline (1.5 s by default, TERMQUERY_DEADLINE_MS) leaves room
# for a slow, shared machine and is far below the 4 s it took before.
# Usage: bash .ci/termquery.sh   (from the repository root)
set -uo pipefail
cd "$(dirname "$0")/.."
command -v script >/dev/null || { echo "termquery: script(1) not installed, skipped"; exit 0; }
deadline_ms=${TERMQUERY_DEADLINE_MS:-1500}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/lede" . || exit 1

fail=0
for style in auto dark; do
	start=$(date +%s%N)
	# timeout ends a stall that would otherwise hang CI; < /dev/null: the
	# outer side never answers anything.
	timeout 20 script -qc "$tmp/lede --print --style $style sample/pakistan-iran-csmonitor.txt" /dev/null </dev/null >"$tmp/out.$style" 2>&1
	rc=$?
	ms=$(( ($(date +%s%N) - start) / 1000000 ))
	echo "termquery: --style $style under script: ${ms} ms (exit $rc)"
	if [ $rc -ne 0 ] || [ $ms -gt "$deadline_ms" ]; then
		echo "termquery: FAIL --style $style: ${ms} ms > ${deadline_ms} ms or exit $rc"
		fail=1
	fi
done
grep -q "Pakistan" "$tmp/out.auto" || { echo "termquery: FAIL the article was not printed"; fail=1; }

# The TUI never waits for the answer: it draws dark at once and quits on
# the q typed half a second in.
start=$(date +%s%N)
(sleep 0.5; printf q) | timeout 20 script -qc "$tmp/lede sample/pakistan-iran-csmonitor.txt" /dev/null >"$tmp/out.tui" 2>&1
rc=$?
ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "termquery: TUI under script, q after 500 ms: quit after ${ms} ms (exit $rc)"
if [ $rc -ne 0 ] || [ $ms -gt $((500 + deadline_ms)) ] || ! grep -q "Pakistan" "$tmp/out.tui"; then
	echo "termquery: FAIL the TUI stalled or drew nothing"
	fail=1
fi
exit $fail
