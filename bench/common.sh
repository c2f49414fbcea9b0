# Sourced by the bench scripts: where the database server is, which java runs the jars, and a free loopback port.
# Server and user come from CONSUMESAFE_TEST_JDBC_URL / _USER / _PASSWORD, as for the tests.
server_url=${CONSUMESAFE_TEST_JDBC_URL:-jdbc:postgresql://127.0.0.1:5432/postgres}
db_user=${CONSUMESAFE_TEST_JDBC_USER:-postgres}
export PGPASSWORD=${CONSUMESAFE_TEST_JDBC_PASSWORD:-}
hostport=${server_url#jdbc:postgresql://}
hostport=${hostport%%/*}
db_host=${hostport%%:*}
db_port=5432
[[ $hostport == *:* ]] && db_port=${hostport##*:}
# the JDK that builds is the one that runs: the machine's default java may be older than the jars' release 21
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
psql_admin=(psql -X -q -v ON_ERROR_STOP=1 -h "$db_host" -p "$db_port" -U "$db_user" -d postgres)

free_port() {
    python3 "$(dirname "${BASH_SOURCE[0]}")/free_port.py"
}

# starts an API jar in the background on free loopback ports against a database of the server, rate limiter off,
# with the curator token in $token: start_api JAR DATABASE LOG [JVM flags...]; sets app_pid, api_port and
# management_port, and returns once it is ready
start_api() {
    local jar=$1 database=$2 log=$3
    shift 3
    api_port=$(free_port)
    management_port=$(free_port)
    CONSUMESAFE_ADMIN_TOKEN="bench=$token" "$java" "$@" -jar "$jar" \
        --server.address=127.0.0.1 --server.port="$api_port" \
        --management.server.address=127.0.0.1 --management.server.port="$management_port" \
        --spring.datasource.url="jdbc:postgresql://$db_host:$db_port/$database" \
        --spring.datasource.username="$db_user" --spring.datasource.password="$PGPASSWORD" \
        --consumesafe.rate-limit.enabled=false --logging.level.root=WARN >"$log" 2>&1 &
    app_pid=$!
    for _ in $(seq 1 240); do
        curl -fs "http://127.0.0.1:$management_port/actuator/health/readiness" >/dev/null 2>&1 && return
        kill -0 "$app_pid" 2>/dev/null || { echo "the API stopped; see $log" >&2; exit 1; }
        sleep 1
    done
    echo "the API was not ready within 240 s; see $log" >&2
    exit 1
}

# stops the API started in the background, if it still runs
stop_app() {
    if [[ -n ${app_pid:-} ]] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid"
        wait "$app_pid" 2>/dev/null || true
    fi
    app_pid=
}

# the consumesafe-api jar of the last `mvn package` under ROOT (not its -tests jar); nothing when there is none
built_jar() {
    local jar
    for jar in "$1"/consumesafe-api/target/consumesafe-api-*.jar; do
        if [[ -f $jar && $jar != *-tests.jar ]]; then
            echo "$jar"
            return
        fi
    done
}

# the newest Gatling report folder under DIR (named <simulation>-<timestamp>: newest by timestamp, whatever the
# simulation), or nothing
latest_gatling_report() {
    # nothing, not a failure, before the first report (the folder does not exist yet)
    [[ -d $1 ]] || return 0
    find "$1" -mindepth 1 -maxdepth 1 -type d | awk -F- '{print $NF " " $0}' | sort | tail -n 1 | cut -d' ' -f2-
}

# the chart's memory limit (resources.limits.memory in charts/consumesafe/values.yaml) as a -XX:MaxRAM value, "768m"
chart_memory_limit() {
    sed -n '/^resources:/,/^[a-z]/{/^  limits:/,/^  [a-z]/{s/^ *memory: *"\{0,1\}\([0-9]*\)Mi"\{0,1\}.*/\1m/p}}' \
        "$(dirname "${BASH_SOURCE[0]}")/../charts/consumesafe/values.yaml"
}

# the image's JVM flags (the Jib <jvmFlags> of consumesafe-api/pom.xml), one per line
image_jvm_flags() {
    sed -n 's/.*<jvmFlag>\(.*\)<\/jvmFlag>.*/\1/p' "$(dirname "${BASH_SOURCE[0]}")/../consumesafe-api/pom.xml"
}

# the environment the image sets for the JVM (the Jib <environment> of consumesafe-api/pom.xml, such as glibc's
# MALLOC_ARENA_MAX), exported here so that a bench runs the JVM as the image does
image_environment() {
    local arenas
    arenas=$(sed -n 's:.*<MALLOC_ARENA_MAX>\(.*\)</MALLOC_ARENA_MAX>.*:\1:p' "$(dirname "${BASH_SOURCE[0]}")/../consumesafe-api/pom.xml")
    if [[ -n $arenas ]]; then
        export MALLOC_ARENA_MAX=$arenas
    fi
}

# the API jar laid out as in the image, jars only on the class path (the AOT cache keeps classes from jars only):
# extract_app JAR DIR; run it with -jar DIR/api.jar
extract_app() {
    rm -rf "$2"
    "$java" -Djarmode=tools -jar "$1" extract --destination "$2" >/dev/null
    local extracted
    extracted=$(ls "$2"/*.jar)
    [[ $extracted == "$2/api.jar" ]] || mv "$extracted" "$2/api.jar"
}

# trains the JVM's AOT cache of an extracted API as the image's build does (.github/scripts/aot-cache.sh): a start
# on a scratch database that exits once the context is refreshed; train_aot_cache DIR [JVM flags...] writes
# DIR/consumesafe.aot, to be used with -XX:AOTCache=DIR/consumesafe.aot and the same flags
train_aot_cache() {
    local dir=$1 database=consumesafe_bench_aot_training
    shift
    "${psql_admin[@]}" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database"
    # writing the cache needs more metaspace than the image's cap (its read-only region overflows at 128m)
    "$java" "$@" -XX:MaxMetaspaceSize=256m -XX:AOTCacheOutput="$dir/consumesafe.aot" -Dspring.context.exit=onRefresh \
        -jar "$dir/api.jar" \
        --server.port=0 --management.server.port=0 \
        --spring.datasource.url="jdbc:postgresql://$db_host:$db_port/$database" \
        --spring.datasource.username="$db_user" --spring.datasource.password="$PGPASSWORD" >"$dir/training.log" 2>&1 \
        || { echo "the AOT cache's training run failed; see $dir/training.log" >&2; return 1; }
    "${psql_admin[@]}" -c "DROP DATABASE $database WITH (FORCE)"
}

# offers RATE requests a second, each to a random line of PATHS (a file of paths with their query strings), to BASE
# in an open model (PathsAtRateSimulation: 10 s of warm-up, then SECONDS measured) and prints one line for LABEL;
# Gatling's output goes to LOG: offer_rate BASE PATHS RATE SECONDS LABEL LOG
offer_rate() {
    local base=$1 paths=$2 rate=$3 seconds=$4 label=$5 log=$6
    local root before report
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
    { echo path; cat "$paths"; } >"${paths%.*}.csv"
    before=$(latest_gatling_report "$root/consumesafe-benchmark/target/gatling")
    (cd "$root" && mvn -B -q -Pbenchmark -pl consumesafe-domain,consumesafe-benchmark -DskipTests -Dcoverage.skip=true \
        -Dgatling.skip=false -Dbench.simulation=com.consumesafe.benchmark.PathsAtRateSimulation \
        -Dbench.baseUrl="$base" -Dbench.paths="${paths%.*}.csv" -Dbench.rate="$rate" -Dbench.seconds="$seconds" \
        verify) >"$log" 2>&1 || true
    report=$(latest_gatling_report "$root/consumesafe-benchmark/target/gatling")
    [[ -n $report && $report != "$before" ]] || { echo "Gatling wrote no report: $log" >&2; return 1; }
    python3 "$root/bench/rate_summary.py" "$report/index.html" "$label" "$rate" "$seconds"
}
