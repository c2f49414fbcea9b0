#!/usr/bin/env bash
# Restore rehearsal: populate a database through the curation API, dump it with pg_dump, restore the dump into a
# fresh database, start the application on the restored copy, and prove that it had nothing to migrate and that
# every list exports byte for byte as before. Ends with RESTORE REHEARSAL: PASS or FAIL.
# Usage: bash .ci/restore-rehearsal.sh [--skip-build]   (after `mvn package`: it starts the built jar)
#   --skip-build  use the benchmark module as already built (its ImportFileGenerator writes the import files)
# Env: CONSUMESAFE_TEST_JDBC_URL/_USER/_PASSWORD (the database server, default postgres on 127.0.0.1:5432),
#      REHEARSAL_ROWS (rows per generated import file, default 2000). Both databases are dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source "$root/bench/common.sh"

build=true
[[ ${1:-} != --skip-build ]] || build=false
rows=${REHEARSAL_ROWS:-2000}
stamp="$(date +%s)_$$"
source_db=consumesafe_restore_source_$stamp
restored_db=consumesafe_restore_copy_$stamp
work=$(mktemp -d)
# made for this run only, never stored
token=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
result=FAIL
summary=""

cleanup() {
    local rc=$?
    stop_app
    for database in "$source_db" "$restored_db"; do
        "${psql_admin[@]}" -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" >/dev/null 2>&1 || true
    done
    rm -rf "$work"
    [[ $rc -eq 0 ]] || result=FAIL
    echo "RESTORE REHEARSAL: $result${summary:+ ($summary)}"
}
trap cleanup EXIT
fail() {
    echo "restore-rehearsal: $*" >&2
    exit 1
}
log() { echo "== restore-rehearsal: $*"; }

jar=$(built_jar "$root")
[[ -n $jar ]] || fail "no consumesafe-api jar: run mvn package first"
# a copy: a rebuild under a running JVM breaks it
cp "$jar" "$work/app.jar"

start() { # DATABASE LOG
    api_port=$(free_port)
    management_port=$(free_port)
    CONSUMESAFE_ADMIN_TOKEN="rehearsal=$token" CONSUMESAFE_RATELIMIT_ENABLED=false \
        SPRING_DATASOURCE_URL="jdbc:postgresql://$db_host:$db_port/$1" SPRING_DATASOURCE_USERNAME="$db_user" \
        SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" SERVER_ADDRESS=127.0.0.1 SERVER_PORT="$api_port" \
        MANAGEMENT_SERVER_ADDRESS=127.0.0.1 MANAGEMENT_SERVER_PORT="$management_port" \
        "$java" -Xmx512m -jar "$work/app.jar" >"$2" 2>&1 &
    app_pid=$!
    for _ in $(seq 1 180); do
        curl -fs "http://127.0.0.1:$management_port/actuator/health/readiness" >/dev/null 2>&1 && return
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 1
    done
    tail -n 40 "$2" >&2
    fail "the application did not become ready on $1"
}
api() { curl -fsS --max-time 300 "http://127.0.0.1:$api_port$1"; }
# every list's export, one file per list, plus the list of lists itself
export_all() { # DIRECTORY
    mkdir -p "$1"
    api /api/v1/lists >"$1/lists.json"
    local slug
    for slug in $(jq -r '.[].slug' "$1/lists.json"); do
        api "/api/v1/export?list=$slug&format=csv" >"$1/$slug.csv"
    done
}
history() { # DATABASE: every applied migration, as Flyway recorded it
    psql -X -h "$db_host" -p "$db_port" -U "$db_user" -d "$1" -qAtc \
        "SELECT installed_rank, version, checksum, success FROM flyway_schema_history ORDER BY installed_rank"
}
row_counts() { # DATABASE: rows of every table of the schema
    local table
    for table in $(psql -X -h "$db_host" -p "$db_port" -U "$db_user" -d "$1" -qAtc \
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"); do
        echo "$table $(psql -X -h "$db_host" -p "$db_port" -U "$db_user" -d "$1" -qAtc "SELECT count(*) FROM \"$table\"")"
    done
}

# --- 1. a populated database: generated legacy and native lists plus the sample list, imported over HTTP ---
if [[ $build == true ]]; then
    log "build the import file generator"
    mvn -B -q -Pbenchmark -pl consumesafe-domain,consumesafe-benchmark -DskipTests package
fi
"$java" -cp "$root/consumesafe-benchmark/target/classes:$root/consumesafe-benchmark/target/lib/*" \
    com.consumesafe.benchmark.ImportFileGenerator "$rows" "$work/files" >/dev/null
"${psql_admin[@]}" -c "CREATE DATABASE \"$source_db\"" >/dev/null
log "start the jar on $source_db and import three lists through the curation API"
start "$source_db" "$work/source.log"
import() { # LIST FORMAT FILE
    local code
    code=$(curl -sS --max-time 600 -o "$work/import-$1.json" -w '%{http_code}' -H "Authorization: Bearer $token" \
        -H 'Content-Type: text/csv' --data-binary "@$3" "http://127.0.0.1:$api_port/api/v1/imports?list=$1&format=$2")
    [[ $code == 200 || $code == 201 ]] || fail "import of $3 into $1 answered $code: $(head -c 500 "$work/import-$1.json")"
    echo "   $1 ($2): $(jq -c '{rowsRead, created}' "$work/import-$1.json")"
}
import rehearsal-legacy legacy "$work/files/legacy-$rows.csv"
import rehearsal-native native "$work/files/native-$rows.csv"
import rehearsal-sample legacy "$root/consumesafe-api/src/test/resources/imports/legacy-sample.csv"
export_all "$work/before"
stop_app
history "$source_db" >"$work/history-before"
row_counts "$source_db" >"$work/rows-before"

# --- 2. dump, and restore into a database that has never seen the application ---
log "pg_dump $source_db, pg_restore into $restored_db"
dump_started=$(date +%s%N)
pg_dump -h "$db_host" -p "$db_port" -U "$db_user" --format=custom --file="$work/catalog.dump" "$source_db"
dump_ms=$((($(date +%s%N) - dump_started) / 1000000))
"${psql_admin[@]}" -c "CREATE DATABASE \"$restored_db\"" >/dev/null
restore_started=$(date +%s%N)
pg_restore -h "$db_host" -p "$db_port" -U "$db_user" --no-owner --exit-on-error --dbname="$restored_db" "$work/catalog.dump"
restore_ms=$((($(date +%s%N) - restore_started) / 1000000))

# --- 3. the application on the restored copy: no migration, same catalog ---
log "start the jar on $restored_db"
start "$restored_db" "$work/restored.log"
grep -q 'No migration necessary' "$work/restored.log" \
    || fail "Flyway did not report 'No migration necessary' on the restored database: $(grep -i flyway "$work/restored.log" | tail -n 5)"
export_all "$work/after"
stop_app
history "$restored_db" >"$work/history-after"
row_counts "$restored_db" >"$work/rows-after"
cmp -s "$work/history-before" "$work/history-after" \
    || fail "flyway_schema_history differs after the restore: $(diff "$work/history-before" "$work/history-after")"
cmp -s "$work/rows-before" "$work/rows-after" \
    || fail "row counts differ after the restore: $(diff "$work/rows-before" "$work/rows-after")"
lists=$(jq -r '.[].slug' "$work/before/lists.json" | wc -l)
[[ $lists -ge 3 ]] || fail "expected at least the 3 imported lists, found $lists"
exported=0
for file in "$work"/before/*; do
    name=$(basename "$file")
    cmp -s "$file" "$work/after/$name" || fail "$name differs after the restore"
    [[ $name == lists.json ]] || exported=$((exported + $(wc -l <"$file")))
done
[[ $(find "$work/before" -type f | wc -l) -eq $(find "$work/after" -type f | wc -l) ]] \
    || fail "a different set of lists after the restore"
log "lists and their exports (lines): $(for f in "$work"/after/*.csv; do printf '%s=%s ' "$(basename "$f" .csv)" "$(wc -l <"$f")"; done)"
log "migrations (rank|version|checksum|success): $(wc -l <"$work/history-after") rows, identical; log: $(grep -o 'Schema "[^"]*" is up to date. No migration necessary.' "$work/restored.log" | head -n 1)"
summary="$lists lists, $exported CSV lines identical, $(wc -l <"$work/rows-after") tables with equal row counts, dump $(du -h "$work/catalog.dump" | cut -f1) in ${dump_ms} ms, restore in ${restore_ms} ms, no migration on restore"
result=PASS
