#!/usr/bin/env bash
# Import speed: bench/imports.sh [--skip-build] [N]   (N data rows per file, default 50000)
#   creates a fresh database consumesafe_bench_imports on the PostgreSQL of CONSUMESAFE_TEST_JDBC_URL (default
#   127.0.0.1:5432, user postgres), builds the jars, starts the API on free loopback ports with a curator token made
#   for the run, writes a legacy and a native file of N rows (ImportFileGenerator), posts each over HTTP with curl
#   (the legacy file twice: into an empty catalog, then again when everything exists), prints status, seconds and
#   the report's counts, stops the API and drops the database. The API runs with its default import limits.
set -euo pipefail

build=true
while [[ $# -gt 0 && $1 == --* ]]; do
    case $1 in
        --skip-build) build=false ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
rows=${1:-50000}
[[ $rows =~ ^[0-9]+$ ]] || { echo "N must be a number of rows" >&2; exit 2; }

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
work=$root/consumesafe-benchmark/target/imports-$rows
mkdir -p "$work"

source "$root/bench/common.sh"
database=consumesafe_bench_imports
# made for this run only, never stored
token=$(python3 -c 'import secrets; print(secrets.token_hex(24))')

app_pid=
cleanup() {
    stop_app
    "${psql_admin[@]}" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" || true
}
trap cleanup EXIT

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
if [[ $build == true ]]; then
    mvn -B -q -Pbenchmark -DskipTests package
fi
"$java" -cp "$root/consumesafe-benchmark/target/classes:$root/consumesafe-benchmark/target/lib/*" \
    com.consumesafe.benchmark.ImportFileGenerator "$rows" "$work"

"${psql_admin[@]}" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"
"${psql_admin[@]}" -c "CREATE DATABASE $database"
start_api "$(ls "$root"/consumesafe-api/target/consumesafe-api-*[0-9T].jar)" "$database" "$work/app.log" \
    -Xms512m -Xmx1g -XX:+UseParallelGC

post() {
    local list=$1 format=$2 file=$3
    echo "load average before $list: $(cut -d' ' -f1-3 /proc/loadavg)"
    curl -s -o "$work/$list.json" -w "$list ($format, $(wc -c <"$file") bytes): HTTP %{http_code} in %{time_total} s\n" \
        --max-time 900 -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' \
        --data-binary "@$file" "http://127.0.0.1:$api_port/api/v1/imports?list=$list&format=$format"
    python3 -c 'import json, sys
r = json.load(open(sys.argv[1]))
print("  rows", r.get("rowsRead"), "created", r.get("created"), "updated", r.get("listingsUpdated"),
      "merged", len(r.get("merged", [])), "warnings", len(r.get("warnings", []))) if "rowsRead" in r else print("  ", r)' \
        "$work/$list.json"
}

post bench-legacy legacy "$work/legacy-$rows.csv"
post bench-legacy legacy "$work/legacy-$rows.csv"
post bench-native native "$work/native-$rows.csv"
"${psql_admin[@]}" -d "$database" -tAc "SELECT 'catalog: ' || (SELECT count(*) FROM product) || ' products, '
    || (SELECT count(*) FROM brand) || ' brands, ' || (SELECT count(*) FROM company) || ' companies, '
    || (SELECT count(*) FROM listing) || ' listings, ' || (SELECT count(*) FROM alternative) || ' alternatives'"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
