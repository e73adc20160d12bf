#!/usr/bin/env bash
# Builds the promo classifier's training corpus under $OUT (default
# /work/data/promo): the pages and their gold text from three public
# repositories, each page rendered to text with w3m and with lynx, the way a
# reader's select-all copy looks. Nothing here is committed.
#
#   prepare.sh [OUT]
#
# Sources (licences in ../../NOTICE), pinned to the commits trained on:
#   WCXB dev split only   github.com/Murrough-Foley/web-content-extraction-benchmark  c039d5ee9f5a  dev/
#   Readability tests     github.com/mozilla/readability                            ab4027a8b376  test/test-pages
#   trafilatura eval      github.com/adbar/trafilatura                              e90b0ef51ab0  tests/eval, tests/evaldata.json
#
# Each repository is cloned (or taken from $MIRROR/<owner>+<name>/repo, a bare
# copy) and read at its pinned commit with git show, so the corpus is the same
# on every run. Needs git, gzip, w3m and lynx (Debian: apt-get install w3m lynx).
set -euo pipefail
OUT=${1:-/work/data/promo}
MIRROR=${MIRROR:-/work/.mirror}
WCXB_COMMIT=${WCXB_COMMIT:-c039d5ee9f5a3a984a0e167e63aacd04e76e78a9}
READABILITY_COMMIT=${READABILITY_COMMIT:-ab4027a8b37669745016869a37a504727992b2ba}
TRAFILATURA_COMMIT=${TRAFILATURA_COMMIT:-e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5}
JOBS=${JOBS:-2}

repo() { # owner/name -> git dir
  local d="$MIRROR/${1/\//+}/repo"
  if [ ! -d "$d" ]; then
    d="$OUT/src/${1/\//+}.git"
    [ -d "$d" ] || git clone --bare --filter=blob:none "https://github.com/$1" "$d" >&2
  fi
  echo "$d"
}

render() { # html file -> .w3m.txt and .lynx.txt beside it
  local f=$1 b=${1%.html}
  [ -s "$b.w3m.txt" ] || timeout 20 w3m -dump -cols 200 -T text/html -I UTF-8 -O UTF-8 \
    -o display_link_number=0 -o display_image=0 "$f" >"$b.w3m.txt" 2>/dev/null || true
  [ -s "$b.lynx.txt" ] || timeout 20 lynx -dump -nolist -width=200 -assume_charset=utf-8 \
    -display_charset=utf-8 -force_html "$f" >"$b.lynx.txt" 2>/dev/null || true
}
export -f render

mkdir -p "$OUT/wcxb" "$OUT/readability" "$OUT/trafilatura"

g=$(repo Murrough-Foley/web-content-extraction-benchmark)
git --git-dir "$g" rev-parse "$WCXB_COMMIT" >"$OUT/wcxb/COMMIT"
git --git-dir "$g" show "$WCXB_COMMIT:metadata.json" >"$OUT/wcxb/metadata.json"
for p in $(git --git-dir "$g" ls-tree --name-only "$WCXB_COMMIT" dev/html/); do
  id=$(basename -- "$p" .html.gz)
  [ -s "$OUT/wcxb/$id.html" ] && continue
  git --git-dir "$g" show "$WCXB_COMMIT:$p" | gzip -dc >"$OUT/wcxb/$id.html" || true
  git --git-dir "$g" show "$WCXB_COMMIT:dev/ground-truth/$id.json" >"$OUT/wcxb/$id.json"
done

g=$(repo mozilla/readability)
git --git-dir "$g" rev-parse "$READABILITY_COMMIT" >"$OUT/readability/COMMIT"
for d in $(git --git-dir "$g" ls-tree --name-only "$READABILITY_COMMIT" test/test-pages/); do
  n=$(basename -- "$d")
  [ -s "$OUT/readability/$n.html" ] && continue
  git --git-dir "$g" show "$READABILITY_COMMIT:$d/source.html" >"$OUT/readability/$n.html" 2>/dev/null || continue
  git --git-dir "$g" show "$READABILITY_COMMIT:$d/expected.html" >"$OUT/readability/$n.expected.html" 2>/dev/null || true
  git --git-dir "$g" show "$READABILITY_COMMIT:$d/expected-metadata.json" >"$OUT/readability/$n.json" 2>/dev/null || true
done

g=$(repo adbar/trafilatura)
git --git-dir "$g" rev-parse "$TRAFILATURA_COMMIT" >"$OUT/trafilatura/COMMIT"
git --git-dir "$g" show "$TRAFILATURA_COMMIT:tests/evaldata.json" >"$OUT/trafilatura/evaldata.json"
for p in $(git --git-dir "$g" ls-tree --name-only "$TRAFILATURA_COMMIT" tests/eval/); do
  n=$(basename -- "$p"); n=${n%.html}
  [ -s "$OUT/trafilatura/$n.html" ] && continue
  git --git-dir "$g" show "$TRAFILATURA_COMMIT:$p" >"$OUT/trafilatura/$n.html" 2>/dev/null || true
done

# The gold text of a Readability page is its expected.html as text.
for f in "$OUT"/readability/*.expected.html; do
  t=${f%.html}.txt
  [ -s "$t" ] || w3m -dump -cols 200 -T text/html -I UTF-8 -O UTF-8 -o display_link_number=0 -o display_image=0 "$f" >"$t" 2>/dev/null || true
done

find "$OUT/wcxb" "$OUT/readability" "$OUT/trafilatura" -name '*.html' ! -name '*.expected.html' -print0 |
  xargs -0 -P "$JOBS" -n 8 bash -c 'for f; do render "$f"; done' _
echo "prepare: done: $(find "$OUT" -name '*.w3m.txt' | wc -l) w3m, $(find "$OUT" -name '*.lynx.txt' | wc -l) lynx renderings"
