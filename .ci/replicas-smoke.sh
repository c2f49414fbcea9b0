#!/usr/bin/env bash
# Starts the built jar three times at once against one empty database and waits until all three
# report readiness UP; then checks that every migration was applied exactly once. Run after `mvn package`.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=$(ls consumesafe-api/target/consumesafe-api-*.jar | grep -v -- '-tests.jar' | head -n 1)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
admin_url=${CONSUMESAFE_TEST_JDBC_URL:-jdbc:postgresql://127.0.0.1:5432/postgres}
user=${CONSUMESAFE_TEST_JDBC_USER:-postgres}
export PGPASSWORD=${CONSUMESAFE_TEST_JDBC_PASSWORD:-}
hostport=$(sed -E 's#^jdbc:postgresql://([^/?]+).*#\1#' <<<"$admin_url")
host=${hostport%%:*}; port=${hostport##*:}; [ "$port" != "$hostport" ] || port=5432
database="consumesafe_replicas_$(date +%s)_$$"
psql_admin() { psql -h "$host" -p "$port" -U "$user" -d postgres -v ON_ERROR_STOP=1 -qAtc "$1"; }

pids=()
workdir=$(mktemp -d)
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    psql_admin "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" || true
    rm -rf "$workdir"
}
trap cleanup EXIT
psql_admin "CREATE DATABASE \"$database\""

free_port() { python3 bench/free_port.py; }
started=$(date +%s%N)
for i in 1 2 3; do
    api=$(free_port); management=$(free_port)
    echo "$management" > "$workdir/management-$i"
    SPRING_DATASOURCE_URL="jdbc:postgresql://$host:$port/$database" SPRING_DATASOURCE_USERNAME="$user" \
    SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" SERVER_PORT=$api SERVER_ADDRESS=127.0.0.1 \
    MANAGEMENT_SERVER_PORT=$management MANAGEMENT_SERVER_ADDRESS=127.0.0.1 \
        "$java" -jar "$jar" > "$workdir/replica-$i.log" 2>&1 &
    pids+=($!)
done

for i in 1 2 3; do
    management=$(cat "$workdir/management-$i")
    for _ in $(seq 1 240); do
        if curl -sf "http://127.0.0.1:$management/actuator/health/readiness" | grep -q '"status":"UP"'; then
            elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
            printf 'replica %s ready after %d.%03d s\n' "$i" $((elapsed / 1000)) $((elapsed % 1000))
            continue 2
        fi
        kill -0 "${pids[$((i - 1))]}" 2>/dev/null || break
        sleep 0.5
    done
    echo "FAIL: replica $i did not become ready; its log:" >&2
    tail -n 40 "$workdir/replica-$i.log" >&2
    exit 1
done

history=$(psql -h "$host" -p "$port" -U "$user" -d "$database" -qAtc \
    "SELECT version, count(*), bool_and(success) FROM flyway_schema_history WHERE version IS NOT NULL GROUP BY version ORDER BY version")
# SQL migrations, plus the Java ones (Flyway beans that implement JavaMigration)
migrations=$(( $(find consumesafe-persistence/src/main/resources/db/migration -name 'V*__*.sql' | wc -l)
    + $(grep -rl 'implements JavaMigration' consumesafe-persistence/src/main/java | wc -l) ))
echo "migration history (version|rows|success):"; echo "$history"
if [ "$(grep -c '|1|t$' <<<"$history")" -ne "$migrations" ] || [ "$(wc -l <<<"$history")" -ne "$migrations" ]; then
    echo "FAIL: expected each of $migrations migrations applied exactly once" >&2
    exit 1
fi
echo "PASS: 3 replicas ready, $migrations migrations applied once each"
