#!/usr/bin/env bash
# Plays every drop under drops/ in order (by folder name) against one store and one baseline, as a CI would
# over time: each drop is checked, the baseline updated, the JUnit file and the Markdown summary written.
# Stops at a drop that cannot be read (exit 2); exits 1 if any drop failed on what --fail-on names, else 0.
#
#   examples/ci/check-drops.sh path/to/luoshi [work-folder]
set -uo pipefail
luoshi=$(realpath "${1:?usage: check-drops.sh path/to/luoshi [work-folder]}")
here=$(cd "$(dirname "$0")" && pwd)
work=$(realpath -m "${2:-$here/out}")
mkdir -p "$work"
rm -f "$work/luoshi.db" "$work/luoshi.db-wal" "$work/luoshi.db-shm" "$work/baseline.json" "$work/summary.md"
status=0
for drop in "$here"/drops/*/; do
  name=$(basename "$drop")
  # the date a drop is judged on: its folder's year and month, at the end of that month
  as_of=$(date -d "${name:0:7}-01 +1 month -1 day" +%F)
  echo "== $name (as of $as_of)"
  "$luoshi" check "$drop" --db "$work/luoshi.db" --as-of "$as_of" \
    --baseline "$work/baseline.json" --update-baseline \
    --junit "$work/junit-$name.xml" --summary "$work/summary.md"
  code=$?
  echo "-> exit $code"
  if [ "$code" -eq 2 ]; then
    echo "$name could not be read: nothing of it was stored, the baseline is as the drop before left it"
    exit 2
  fi
  [ "$code" -eq 1 ] && status=1
done
echo "The store, the baseline, the JUnit files and the summary are in $work"
exit $status
