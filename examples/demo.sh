#!/usr/bin/env bash
# Runs luoshi over the example phrases and reports, and audits the reports. With --check (CTest), fails if
# any phrase does not parse or a command fails.
set -euo pipefail
luoshi=${1:?usage: demo.sh path/to/luoshi [--check]}
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
# the audit: the 2015 goals judged against the results the 2016 report states
if [ "$check" = "--check" ]; then
  "$luoshi" audit --as-of 2016-06-30 --format json "$here"/reports/*.txt >/dev/null || status=1
else
  echo "\$ luoshi audit --as-of 2016-06-30 examples/reports/shili-2015.txt examples/reports/shili-2016.txt"
  "$luoshi" audit --as-of 2016-06-30 "$here"/reports/*.txt || status=1
fi
exit $status
