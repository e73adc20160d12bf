#!/bin/sh
# jsonsame.sh BEFORE AFTER [DIR...]: runs `BEFORE --json F` and `AFTER --json F`
# on every file of each DIR (default: the shared benchmark's 181 pages and 181
# text dumps) and reports every file whose output, stdout and exit status,
# differs. A change made for speed must leave `--json` byte-identical.
set -u
before=$1 after=$2
shift 2
[ $# -gt 0 ] || set -- ../shared/bench/extraction/html ../shared/bench/dumps/txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 diffs=0
for dir in "$@"; do
	for f in "$dir"/*; do
		[ -f "$f" ] || continue
		n=$((n + 1))
		"$before" --json "$f" >"$tmp/b" 2>/dev/null; echo "exit $?" >>"$tmp/b"
		"$after" --json "$f" >"$tmp/a" 2>/dev/null; echo "exit $?" >>"$tmp/a"
		if ! cmp -s "$tmp/b" "$tmp/a"; then
			diffs=$((diffs + 1))
			echo "differs: $f"
		fi
	done
done
echo "$n files, $diffs differ"
[ "$diffs" -eq 0 ]
