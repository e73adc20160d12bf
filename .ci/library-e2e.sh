#!/usr/bin/env bash
# End-to-end check of the library in a real terminal (tmux), as a person uses
# it: open a folder of saved pages, filter, open an article, read half of it,
# quit, reopen: the same paragraph is on top. Then a full-text search from the
# list and from the shell. Every XDG directory points into a temporary folder.
# Usage: bash .ci/library-e2e.sh   (from the repository root)
set -uo pipefail

cd "$(dirname "$0")/.."
S="lede-library-e2e-$$"
E2E_NAME="library e2e"
. .ci/e2e-lib.sh
export XDG_CACHE_HOME="$TMP/cache" XDG_STATE_HOME="$TMP/state" XDG_DATA_HOME="$TMP/data" LC_ALL=C.UTF-8

# start W H: lede on the folder in a new session of that size.
start() {
	tmux kill-session -t "$S" 2>/dev/null
	tmux new-session -d -s "$S" -x "$1" -y "$2" -e XDG_CACHE_HOME="$XDG_CACHE_HOME" -e XDG_STATE_HOME="$XDG_STATE_HOME" \
		-e XDG_DATA_HOME="$XDG_DATA_HOME" "TERM=xterm-256color $TMP/lede --style dark $TMP/pages; echo EXIT=\$?; sleep 120"
}
# body_top: the article's first body row (after the header rule), trimmed.
body_top() { screen | awk '/^  ─/ { getline; sub(/^ +/, ""); sub(/ *│.*$/, ""); print; exit }'; }

if ! go build -o "$TMP/lede" . 2>"$TMP/build.log"; then bad "go build" "$(cat "$TMP/build.log")"; finish; fi
if ! go run ./library/libgen/cmd/genlib -n 200 -broken "$TMP/pages" >/dev/null; then bad "genlib"; finish; fi
ok "built lede and a folder of 200 pages and 3 broken files"

start 60 20
if wait_for "203 articles" 20; then ok "the list fills and says 203 articles (60x20)"; else bad "the list fills and says 203 articles" "$(screen)"; fi
title=$(screen | sed -n 2p | sed -E 's/^▌? +• //; s/ +[0-9]+ [A-Z][a-z]{2} [0-9]{4} *$//; s/…$//')
if [ -n "$title" ]; then ok "first row: $title"; else bad "first row has a title" "$(screen)"; fi
keys /
sleep 0.2
keys "$title"
sleep 0.3
keys Enter
if wait_for " of 203 " 5; then ok "/ filters the list"; else bad "/ filters the list" "$(screen)"; fi
keys Enter
if wait_for "%" 5 && screen | sed -n 1p | grep -qF "$(echo "$title" | cut -c1-20)"; then ok "enter opens the article"; else bad "enter opens the article" "$(screen)"; fi
keys d
sleep 0.2
keys d
sleep 0.2
keys j
sleep 0.3
before=$(body_top)
keys Escape
if wait_for "by date" 5; then ok "esc goes back to the list"; else bad "esc goes back to the list" "$(screen)"; fi
if screen | sed -n 2p | grep -qE "^▌ +[0-9]+% "; then ok "the list shows the article part read"; else bad "the list shows the article part read" "$(screen)"; fi
keys q
if wait_for "EXIT=0" 5; then ok "q quits"; else bad "q quits" "$(screen)"; fi

# Reopen at another size: the paragraph that was on top is on top again,
# from its first line.
start 80 24
wait_for "203 articles" 10
keys /
sleep 0.2
keys "$title"
sleep 0.3
keys Enter Enter
wait_for "%" 5
sleep 0.5
after=$(body_top)
file="$TMP/pages/$("$TMP/lede" "$TMP/pages" | grep -F "$title" | head -1 | cut -f1)"
para=$("$TMP/lede" --json "$file" | grep -F '"text":' | grep -F -- "$before" | head -1 | sed -E 's/^ *"text": "//')
first=$("$TMP/lede" --json "$file" | grep -F '"text":' | head -1 | sed -E 's/^ *"text": "//')
# (Not the first paragraph: that would be where a lost position opens too.)
if [ -n "$before" ] && [ -n "$after" ] && [ "$para" != "$first" ] && [ "${para#"$after"}" != "$para" ]; then
	ok "reopened at 80x24 at the start of the paragraph read at 60x20 (\"$(echo "$after" | cut -c1-30)…\")"
else
	bad "reopened on the same paragraph (was \"$before\", now \"$after\")" "$(screen)"
fi
keys Escape
sleep 0.3
keys s
sleep 0.2
keys "glacier" Enter
if wait_for "found" 5 || wait_for "the best" 1; then ok "s searches the text of every article"; else bad "s searches the text of every article" "$(screen)"; fi
keys q
wait_for "EXIT=0" 5

out=$("$TMP/lede" search "$TMP/pages" glacier --limit 3)
if [ "$(echo "$out" | grep -c "^$TMP/pages/")" = 3 ]; then ok "lede search prints three matches"; else bad "lede search prints three matches" "$out"; fi

finish
