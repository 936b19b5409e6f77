#!/usr/bin/env bash
# Runs luoshi over the example phrases and reports, and audits the reports. With --check (CTest), fails if
# any phrase does not parse or a command fails.
set -euo pipefail
luoshi=$(realpath "${1:?usage: demo.sh path/to/luoshi [--check]}")
here=$(cd "$(dirname "$0")" && pwd)
check=${2:-}
status=0
while IFS=$'\t' read -r date phrase; do
  case "$date" in ''|'#'*) continue ;; esac
  if [ "$check" = "--check" ]; then
    "$luoshi" parse --catalog "$here/metrics.yaml" --date "$date" "$phrase" >/dev/null ||
      { echo "does not parse: $phrase" >&2; status=1; }
  else
    echo "\$ luoshi parse --catalog examples/metrics.yaml --date $date \"$phrase\""
    "$luoshi" parse --catalog "$here/metrics.yaml" --date "$date" "$phrase" || status=1
    echo
  fi
done < "$here/phrases.txt"
# whole reports: the district's 2015 goals and, a year on, its 2015 results
if [ "$check" = "--check" ]; then
  "$luoshi" extract "$here"/reports/*.txt >/dev/null || status=1
else
  echo "\$ luoshi extract examples/reports/shili-2015.txt examples/reports/shili-2016.txt"
  "$luoshi" extract "$here"/reports/*.txt || status=1
fi
# the store: the reports, the supervision office's rule file and the statistics bureau's data drop ingested
# into a fresh database, then the 2015 goals judged against the results. Run from examples/, so luoshi.yaml
# (the project's metric catalog and tolerances) applies.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$(realpath -m "${DEMO_DB:-$work/luoshi.db}")
report=$(realpath -m "${DEMO_REPORT:-$work/report.html}")
rm -f "$db" "$db-wal" "$db-shm"
cd "$here"
if [ "$check" = "--check" ]; then
  "$luoshi" lint rules figures luoshi.yaml metrics.yaml >/dev/null || status=1
  "$luoshi" ingest --db "$db" reports rules figures >/dev/null || status=1
  "$luoshi" audit --db "$db" --as-of 2016-06-30 --format json >/dev/null || status=1
  "$luoshi" rules --db "$db" >/dev/null || status=1
  "$luoshi" report --db "$db" --as-of 2016-06-30 --html "$work/report.html" >/dev/null || status=1
else
  echo "\$ cd examples; luoshi lint rules figures"
  "$luoshi" lint rules figures || status=1
  echo
  echo "\$ luoshi ingest reports rules figures"
  "$luoshi" ingest --db "$db" reports rules figures || status=1
  echo
  echo "\$ luoshi reports"
  "$luoshi" reports --db "$db" || status=1
  echo
  echo "\$ luoshi audit --as-of 2016-06-30"
  "$luoshi" audit --db "$db" --as-of 2016-06-30 || status=1
  echo
  echo "\$ luoshi rules --region 东湖区"
  "$luoshi" rules --db "$db" --region 东湖区 || status=1
  echo
  echo "\$ luoshi report --as-of 2016-06-30 --html $report"
  "$luoshi" report --db "$db" --as-of 2016-06-30 --html "$report" || status=1
  if [ -n "${DEMO_REPORT:-}" ]; then
    echo "Open it in a browser: file://$report (one file; it needs no network)"
  fi
  if [ -n "${DEMO_DB:-}" ]; then
    echo
    echo "The database is $db. Ask it why a goal got its verdict, with an id from the audit:"
    echo "  $luoshi audit --db $db --as-of 2016-06-30 --format csv | head -3"
    echo "  $luoshi explain --db $db --as-of 2016-06-30 duban-2015-03"
  fi
fi
exit $status
