#!/usr/bin/env bash
# The relevance suite: bench/relevance.sh
#   imports bench/relevance/list.csv (a made-up list in the legacy layout) through the API into an empty database,
#   checks every labelled query of bench/relevance/queries.csv through the API, and prints precision of LISTED,
#   precision of NOT_LISTED and recall of LISTED, then every query the API got wrong. It runs RelevanceIT, which
#   `mvn verify` also runs (and fails below precision 1.0 or recall 0.95); the tests' database rules apply (see the
#   README). Every answer is in consumesafe-api/target/relevance-report.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B install -DskipTests -Dcheckstyle.skip
report=consumesafe-api/target/relevance-report.txt
rm -f "$report"
status=0
mvn -q -B -pl consumesafe-api verify -Dit.test=RelevanceIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dcoverage.skip=true -Dcheckstyle.skip >/dev/null 2>&1 || status=$?
[[ -f $report ]] || { echo "RelevanceIT wrote no report: run it with mvn to see why" >&2; exit 1; }
head -n 1 "$report"
grep -A1 '^MISS' "$report" || echo "no query answered wrongly"
exit "$status"
