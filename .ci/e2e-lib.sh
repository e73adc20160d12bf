# Shared by the end-to-end scripts that drive lede in tmux (.ci/e2e.sh,
# .ci/library-e2e.sh); sourced, from the repository root, after setting
#   E2E_NAME  the name the tally is printed under ("e2e", "library e2e")
#   S         the tmux session's name
# It makes the temporary folder $TMP, removed with the session on exit.

command -v tmux >/dev/null || { echo "FAIL: tmux is not installed"; echo "$E2E_NAME: 0 passed, 1 failed"; exit 1; }

TMP=$(mktemp -d)
cleanup() { tmux kill-session -t "$S" 2>/dev/null; rm -rf "$TMP"; }
trap cleanup EXIT INT TERM

pass=0 fail=0
ok()  { echo "PASS: $1"; pass=$((pass + 1)); }
bad() { echo "FAIL: $1"; fail=$((fail + 1)); if [ -n "${2:-}" ]; then echo "----- screen -----"; echo "$2"; echo "------------------"; fi; }
screen() { tmux capture-pane -p -t "$S"; }
keys() { tmux send-keys -t "$S" "$@"; }

# wait_for TEXT [SECONDS]: poll the screen until TEXT shows up.
wait_for() {
	local deadline=$((SECONDS + ${2:-10}))
	while [ $SECONDS -lt $deadline ]; do
		screen | grep -qF -- "$1" && return 0
		sleep 0.1
	done
	return 1
}

# finish: print the tally and exit, non-zero when anything failed.
finish() {
	echo "$E2E_NAME: $pass passed, $fail failed"
	[ "$fail" -eq 0 ]
	exit
}
