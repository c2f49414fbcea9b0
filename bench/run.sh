#!/usr/bin/env bash
# Speed at scale: bench/run.sh [--keep] [--reuse] [--skip-build] N
#   creates a fresh database consumesafe_bench_N on the PostgreSQL of CONSUMESAFE_TEST_JDBC_URL (default
#   127.0.0.1:5432, user postgres), builds the jar, starts the API on free loopback ports (migrations run), generates
#   N products, restarts the API (so that no plan was cached on empty tables), runs the Gatling load test, prints
#   p50/p99/throughput/errors per scenario, stops the API and drops the database.
#   --keep        keep the database (and its feeders) for a later --reuse
#   --reuse       use the kept database of the same N if it exists (no generation); new migrations still apply
#   --skip-build  use the jars already built
# Rates and durations: BENCH_SECONDS (60), BENCH_WARMUP_SECONDS (30), BENCH_RATE_NAME (50), BENCH_RATE_BARCODE (150),
# BENCH_RATE_SEARCH (100), in requests per second.
set -euo pipefail

keep=false
reuse=false
build=true
while [[ $# -gt 0 && $1 == --* ]]; do
    case $1 in
        --keep) keep=true ;;
        --reuse) reuse=true; keep=true ;;
        --skip-build) build=false ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
products=${1:?usage: bench/run.sh [--keep] [--reuse] [--skip-build] N}
[[ $products =~ ^[0-9]+$ ]] || { echo "N must be a number of products" >&2; exit 2; }

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
work=$root/consumesafe-benchmark/target/bench-$products
mkdir -p "$work"

source "$root/bench/common.sh"
database=consumesafe_bench_$products
db_url="jdbc:postgresql://$db_host:$db_port/$database"

app_pid=
cleanup() {
    stop_app
    if [[ $keep == false ]]; then
        "${psql_admin[@]}" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" || true
    fi
}
trap cleanup EXIT

start_app() {
    api_port=$(free_port)
    management_port=$(free_port)
    "$java" -Xms512m -Xmx1g -XX:+UseParallelGC -Xlog:gc:file="$work/gc.log" -jar "$root"/consumesafe-api/target/consumesafe-api-*[0-9T].jar \
        --server.address=127.0.0.1 --server.port="$api_port" \
        --management.server.address=127.0.0.1 --management.server.port="$management_port" \
        --spring.datasource.url="$db_url" --spring.datasource.username="$db_user" \
        --spring.datasource.password="$PGPASSWORD" \
        --consumesafe.rate-limit.enabled=false --logging.level.root=WARN >>"$work/app.log" 2>&1 &
    app_pid=$!
    for _ in $(seq 1 240); do
        if curl -fs "http://127.0.0.1:$management_port/actuator/health/readiness" >/dev/null 2>&1; then
            echo "API ready on 127.0.0.1:$api_port"
            return
        fi
        kill -0 "$app_pid" 2>/dev/null || { echo "the API stopped; see $work/app.log" >&2; exit 1; }
        sleep 1
    done
    echo "the API was not ready in 240 s; see $work/app.log" >&2
    exit 1
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
if [[ $build == true ]]; then
    mvn -B -q -Pbenchmark -DskipTests package
fi

existing=$("${psql_admin[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'")
if [[ $reuse == true && $existing == 1 && -s $work/feeders/names.csv ]]; then
    echo "reusing database $database"
    generate=false
else
    "${psql_admin[@]}" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"
    "${psql_admin[@]}" -c "CREATE DATABASE $database"
    generate=true
fi

: >"$work/app.log"
start_app
if [[ $generate == true ]]; then
    stop_app
    df -h "$root" | tail -1
    BENCH_JDBC_URL=$db_url BENCH_JDBC_USER=$db_user BENCH_JDBC_PASSWORD=$PGPASSWORD \
        "$java" -Xmx4g -cp "$root/consumesafe-benchmark/target/classes:$root/consumesafe-benchmark/target/lib/*" \
        com.consumesafe.benchmark.CatalogGenerator "$products" "$work/feeders"
    start_app
fi
"${psql_admin[@]}" -d "$database" -tAc "SELECT 'catalog: ' || (SELECT count(*) FROM product) || ' products, '
    || (SELECT count(*) FROM brand) || ' brands, ' || (SELECT count(*) FROM company) || ' companies, '
    || (SELECT count(*) FROM listing) || ' listings, ' || pg_size_pretty(pg_database_size(current_database()))"

echo "load average before the load test: $(cut -d' ' -f1-3 /proc/loadavg)"
before=$(latest_gatling_report consumesafe-benchmark/target/gatling)
mvn -B -q -Pbenchmark -pl consumesafe-domain,consumesafe-benchmark -DskipTests -Dcoverage.skip=true \
    -Dgatling.skip=false -Dbench.baseUrl="http://127.0.0.1:$api_port" -Dbench.feeders="$work/feeders" \
    -Dbench.seconds="${BENCH_SECONDS:-60}" -Dbench.warmupSeconds="${BENCH_WARMUP_SECONDS:-30}" \
    -Dbench.rate.name="${BENCH_RATE_NAME:-50}" -Dbench.rate.barcode="${BENCH_RATE_BARCODE:-150}" \
    -Dbench.rate.search="${BENCH_RATE_SEARCH:-100}" verify
echo "load average after the load test: $(cut -d' ' -f1-3 /proc/loadavg)"
report=$(latest_gatling_report consumesafe-benchmark/target/gatling)
[[ $report != "$before" ]] || { echo "Gatling wrote no new report" >&2; exit 1; }
stop_app

python3 bench/report.py "$report/index.html" "$products" "${BENCH_SECONDS:-60}"
