#!/usr/bin/env bash
# End-to-end check of lede in a real terminal (tmux): open the sample, scroll,
# read the help, resize, quit, and check the terminal was restored.
# Usage: bash .ci/e2e.sh   (from the repository root)
set -uo pipefail

cd "$(dirname "$0")/.."
S="lede-e2e-$$"
E2E_NAME="e2e"
. .ci/e2e-lib.sh

# Row widths in characters (the screen is UTF-8: ─, “, ’ are one cell).
export LC_ALL=C.UTF-8
rows_wider_than() { local n=0 l; while IFS= read -r l; do [ ${#l} -gt "$1" ] && n=$((n + 1)); done; echo $n; }
longest_row() { local m=0 l; while IFS= read -r l; do [ ${#l} -gt $m ] && m=${#l}; done; echo $m; }

if ! go build -o "$TMP/lede" . 2>"$TMP/build.log"; then
	bad "go build" "$(cat "$TMP/build.log")"
	finish
fi
ok "go build"

# Start at 100x30 with the sample; the shell prints EXIT= when lede returns.
tmux new-session -d -s "$S" -x 100 -y 30 "TERM=xterm-256color $TMP/lede; echo EXIT=\$?; sleep 120"

if wait_for "Tensions flared this week" 10; then ok "sample article shown at 100x30"; else bad "sample article shown at 100x30" "$(screen)"; fi
s=$(screen)
if echo "$s" | grep -qF "Pakistan and Iran blame mineral-rich warlords"; then ok "header shows the title"; else bad "header shows the title" "$s"; fi
# The first frame is drawn as soon as it is ready (third_party/bubbletea), so
# the status line may say "rendering…" in it; the position follows.
for _ in $(seq 50); do s=$(screen); echo "$s" | tail -1 | grep -qE '[0-9]+%.*\? help' && break; sleep 0.1; done
if echo "$s" | tail -1 | grep -qE '[0-9]+%.*\? help'; then ok "status line shows position and hints"; else bad "status line shows position and hints" "$s"; fi
if [ "$(tmux display-message -p -t "$S" '#{alternate_on}')" = 1 ]; then ok "alternate screen in use"; else bad "alternate screen in use"; fi

# Scroll: space pages down, so the opening paragraph leaves the screen.
keys Space
sleep 0.3
s=$(screen)
if ! echo "$s" | grep -qF "Tensions flared this week" && echo "$s" | tail -1 | grep -qE '^ *[1-9][0-9]*%'; then ok "space scrolls"; else bad "space scrolls" "$s"; fi
keys G
sleep 0.3
s=$(screen)
if echo "$s" | grep -qF "reported by Reuters" && echo "$s" | tail -1 | grep -qF "100%"; then ok "G reaches the end"; else bad "G reaches the end" "$s"; fi
keys g
sleep 0.3
if screen | grep -qF "Tensions flared this week"; then ok "g returns to the top"; else bad "g returns to the top" "$(screen)"; fi

# Help overlay.
keys '?'
if wait_for "half page down" 3 && screen | grep -qF "page up" && screen | grep -qF "quit"; then ok "? shows the key bindings"; else bad "? shows the key bindings" "$(screen)"; fi
keys '?'
sleep 0.3
s=$(screen)
if ! echo "$s" | grep -qF "half page down" && echo "$s" | grep -qF "Tensions flared"; then ok "? closes the help"; else bad "? closes the help" "$s"; fi

# Resize: the text re-wraps to the new width.
keys j j j
sleep 0.2
tmux resize-window -t "$S" -x 60 -y 20
sleep 0.6
s=$(screen)
wide=$(echo "$s" | rows_wider_than 60)
longest=$(echo "$s" | longest_row)
if [ "$wide" -eq 0 ] && [ "$longest" -ge 45 ] && echo "$s" | grep -qF "Pakistan"; then ok "re-wrapped at 60x20 (longest row $longest)"; else bad "re-wrapped at 60x20 ($wide rows too wide, longest $longest)" "$s"; fi
if [ "$(echo "$s" | wc -l)" -le 20 ] && echo "$s" | tail -1 | grep -qE '[0-9]+%'; then ok "status line on the last row at 60x20"; else bad "status line on the last row at 60x20" "$s"; fi

# Quit, and the terminal is back to the shell.
keys q
if wait_for "EXIT=0" 5; then ok "q quits with status 0"; else bad "q quits with status 0" "$(screen)"; fi
if [ "$(tmux display-message -p -t "$S" '#{alternate_on}')" = 0 ]; then ok "alternate screen left"; else bad "alternate screen left"; fi
if [ "$(tmux display-message -p -t "$S" '#{mouse_any_flag}')" = 0 ]; then ok "mouse reporting off"; else bad "mouse reporting off"; fi

# X-Ray: at 120x40 the sidebar lists the story's people; tab, enter on the
# first person, n: the article's top row holds a paragraph that names them.
tmux kill-session -t "$S" 2>/dev/null
tmux new-session -d -s "$S" -x 120 -y 40 "TERM=xterm-256color $TMP/lede; echo EXIT=\$?; sleep 120"
if wait_for "People" 10; then ok "sidebar shown at 120x40"; else bad "sidebar shown at 120x40" "$(screen)"; fi
s=$(screen)
side=$(echo "$s" | sed -n '1,39p' | awk -F'│' 'NF > 1 { print $NF }')
people=0
for name in Jilani Kakar Amirabdollahian; do
	echo "$side" | grep -qF "$name" && people=$((people + 1))
done
if [ $people -ge 2 ]; then ok "sidebar lists the story's people ($people of Jilani, Kakar, Amirabdollahian)"; else bad "sidebar lists the story's people" "$s"; fi

# The first entry under People is the one enter selects (the cursor starts there).
person=$(echo "$side" | awk '/^People/ { getline; print; exit }' | sed -E 's/^[▌◆ ]+//; s/ +[0-9]+ *$//')
surname=${person##* }
keys Tab
sleep 0.2
keys Enter
sleep 0.4
keys n
sleep 0.4
s=$(screen)
status=$(echo "$s" | tail -1)
if echo "$status" | grep -qE "$surname · mention 2 of [0-9]+"; then ok "enter, n: status says \"$surname · mention 2 of N\""; else bad "enter, n: status names $surname and mention 2" "$s"; fi
# The article pane's top body row: the first row after the header rule.
top=$(echo "$s" | awk -F'│' '/^  ─/ { getline; print $1; exit }')
para=$(echo "$s" | awk -F'│' '/^  ─/ { found = 1; next } found { if ($1 ~ /^ *$/) exit; printf "%s ", $1 }')
if [ -n "$top" ] && echo "$para" | grep -qF "$surname"; then ok "top paragraph of the article mentions $surname"; else bad "top paragraph of the article mentions $surname (top: $top)" "$s"; fi
keys q
if wait_for "EXIT=0" 5 && [ "$(tmux display-message -p -t "$S" '#{alternate_on}')" = 0 ]; then ok "q quits the X-Ray session and restores the screen"; else bad "q quits the X-Ray session and restores the screen" "$(screen)"; fi

finish
