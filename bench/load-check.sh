#!/usr/bin/env bash
# The pipeline's short load check: a fresh database, a small generated catalog (CatalogGenerator), the application
# started on it, under a minute of Gatling (CheckAndSearchSimulation: warm-up, then check by name, check by barcode
# and search), then errors and p99 compared with bench/load-thresholds.properties: an error fails (exit 1), a p99
# above its threshold warns. The CI build job runs it on the image it just pushed; here it runs on the jar.
# Usage: bench/load-check.sh [--skip-build] [--image REF | --jar PATH]
#   --image REF   start the container image REF with docker on the host network (as the build job does)
#   --jar PATH    start this jar; default: the consumesafe-api jar of the last `mvn package`
#   --skip-build  use the benchmark module as already built (mvn -Pbenchmark package)
# Env: CONSUMESAFE_TEST_JDBC_URL/_USER/_PASSWORD (the database server, default postgres on 127.0.0.1:5432),
#      LOAD_PRODUCTS (2000), LOAD_WARMUP_SECONDS (10), LOAD_SECONDS (15 per scenario: 55 s in all),
#      LOAD_RATE_NAME (20), LOAD_RATE_BARCODE (40), LOAD_RATE_SEARCH (30) requests per second.
# Output: consumesafe-benchmark/target/load-check/ (Gatling's HTML report, the application's log, summary.txt).
set -euo pipefail
trap 'echo "load-check: failed at line $LINENO: $BASH_COMMAND" >&2' ERR

build=true
image=""
jar=""
while [[ $# -gt 0 ]]; do
    case $1 in
        --skip-build) build=false ;;
        --image) image=${2:?--image needs a reference}; shift ;;
        --jar) jar=${2:?--jar needs a path}; shift ;;
        *) echo "usage: bench/load-check.sh [--skip-build] [--image REF | --jar PATH]" >&2; exit 2 ;;
    esac
    shift
done
[[ -z $image || -z $jar ]] || { echo "--image and --jar exclude each other" >&2; exit 2; }

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source "$root/bench/common.sh"
if [[ -z $image && -z $jar ]]; then
    jar=$(built_jar "$root")
    [[ -n $jar ]] || { echo "no consumesafe-api jar: run mvn package first, or pass --jar or --image" >&2; exit 2; }
fi
out=$root/consumesafe-benchmark/target/load-check
rm -rf "$out"
mkdir -p "$out"
products=${LOAD_PRODUCTS:-2000}
database="consumesafe_load_$(date +%s)_$$"
container="consumesafe-load-$$"

app_pid=""
stop() {
    if [[ -n $image ]]; then
        docker logs "$container" >>"$out/app.log" 2>&1 || true
        docker rm -f "$container" >/dev/null 2>&1 || true
    else
        stop_app
    fi
}
cleanup() {
    stop
    "${psql_admin[@]}" -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

# the same settings for jar and image: loopback ports, the fresh database, no rate limit (one client sends it all)
start() {
    api_port=$(free_port)
    management_port=$(free_port)
    local settings=(SPRING_DATASOURCE_URL="jdbc:postgresql://$db_host:$db_port/$database"
        SPRING_DATASOURCE_USERNAME="$db_user" SPRING_DATASOURCE_PASSWORD="$PGPASSWORD"
        SERVER_ADDRESS=127.0.0.1 SERVER_PORT="$api_port"
        MANAGEMENT_SERVER_ADDRESS=127.0.0.1 MANAGEMENT_SERVER_PORT="$management_port"
        CONSUMESAFE_RATELIMIT_ENABLED=false)
    if [[ -n $image ]]; then
        docker run -d --name "$container" --network host "${settings[@]/#/--env=}" "$image" >/dev/null
    else
        env "${settings[@]}" "$java" -Xms256m -Xmx768m -jar "$jar" >>"$out/app.log" 2>&1 &
        app_pid=$!
    fi
    for _ in $(seq 1 180); do
        if curl -fs "http://127.0.0.1:$management_port/actuator/health/readiness" >/dev/null 2>&1; then
            return
        fi
        if [[ -n $image ]]; then
            [[ $(docker inspect -f '{{.State.Running}}' "$container" 2>/dev/null) == true ]] || break
        else
            kill -0 "$app_pid" 2>/dev/null || break
        fi
        sleep 1
    done
    stop
    tail -n 40 "$out/app.log" >&2
    echo "the application did not become ready" >&2
    exit 1
}

started=$(date +%s)
echo "load-check: ${image:-$jar}, $products products, load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
if [[ $build == true ]]; then
    mvn -B -q -Pbenchmark -pl consumesafe-domain,consumesafe-benchmark -DskipTests package
fi
"${psql_admin[@]}" -c "CREATE DATABASE \"$database\""
# the first start migrates the empty database; the generator writes into the migrated schema
start
stop
BENCH_JDBC_URL="jdbc:postgresql://$db_host:$db_port/$database" BENCH_JDBC_USER=$db_user BENCH_JDBC_PASSWORD=$PGPASSWORD \
    "$java" -cp "$root/consumesafe-benchmark/target/classes:$root/consumesafe-benchmark/target/lib/*" \
    com.consumesafe.benchmark.CatalogGenerator "$products" "$out/feeders"
# started again, so nothing cached from the empty catalog survives
start
echo "load-check: application ready on 127.0.0.1:$api_port after $(($(date +%s) - started)) s"

gatling=$root/consumesafe-benchmark/target/gatling
# the newest report folder; none yet on a fresh checkout (find fails, which must not stop the script)
latest_report() { latest_gatling_report "$gatling"; }
before=$(latest_report)
mvn -B -q -Pbenchmark -pl consumesafe-domain,consumesafe-benchmark -DskipTests -Dcoverage.skip=true \
    -Dgatling.skip=false -Dbench.baseUrl="http://127.0.0.1:$api_port" -Dbench.feeders="$out/feeders" \
    -Dbench.warmupSeconds="${LOAD_WARMUP_SECONDS:-10}" -Dbench.seconds="${LOAD_SECONDS:-15}" \
    -Dbench.rate.name="${LOAD_RATE_NAME:-20}" -Dbench.rate.barcode="${LOAD_RATE_BARCODE:-40}" \
    -Dbench.rate.search="${LOAD_RATE_SEARCH:-30}" verify
stop
report=$(latest_report)
[[ -n $report && $report != "$before" ]] || { echo "Gatling wrote no report" >&2; exit 1; }
cp -r "$report" "$out/report"
rm -rf "$out/feeders"

status=0
python3 "$root/bench/load_check.py" "$out/report/index.html" "$root/bench/load-thresholds.properties" \
    >"$out/summary.txt" || status=$?
cat "$out/summary.txt"
echo "load-check: whole run $(($(date +%s) - started)) s; report in $out/report/index.html"
exit "$status"
