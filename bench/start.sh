#!/usr/bin/env bash
# Start-up time: bench/start.sh [--skip-build] [--runs N] [--jar FILE] [--no-aot-cache] [-- JVM flags...]
#   times the API from just before its exec to the first 200 of readiness on the management port (polled every
#   20 ms), the way the image starts it: the jar extracted (java -Djarmode=tools ... extract, jars only on the class
#   path, as in the image), the Jib flags of consumesafe-api/pom.xml, -XX:MaxRAM from the chart's memory limit and
#   the image's JSON logs. Each of N runs (default 3) starts it on a fresh empty database (every migration, Java
#   ones included) and then again on the database it has just migrated; prints each run, the medians and the load
#   average before. Like the image's build (.github/scripts/aot-cache.sh), it first trains the JVM's AOT cache
#   (a start that exits once the context is refreshed, -XX:AOTCacheOutput) and starts with it; --no-aot-cache
#   starts without. --jar takes another build of the API; flags after -- go to the JVM as well.
set -euo pipefail

build=true
runs=3
jar=""
aot_cache=true
while [[ $# -gt 0 ]]; do
    case $1 in
        --skip-build) build=false ;;
        --runs) runs=$2; shift ;;
        --no-aot-cache) aot_cache=false ;;
        --jar) jar=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift ;;
        --) shift; break ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
extra_flags=("$@")

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source "$root/bench/common.sh"
image_environment
work=$root/consumesafe-api/target/start
database=consumesafe_bench_start
cleanup() {
    "${psql_admin[@]}" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" || true
}
trap cleanup EXIT

if [[ $build == true ]]; then
    mvn -B -q -DskipTests -Dcheckstyle.skip package -pl consumesafe-api -am
fi
mkdir -p "$work"
# extracted from the jar: a rebuild under a running JVM breaks it
extract_app "${jar:-$(built_jar "$root")}" "$work/app"

limit=$(chart_memory_limit)
mapfile -t image_flags < <(image_jvm_flags)
flags=(-XX:MaxRAM="$limit" "${image_flags[@]}" "${extra_flags[@]}")
database_args() {
    echo --spring.datasource.url="jdbc:postgresql://$db_host:$db_port/$1" \
        --spring.datasource.username="$db_user" --spring.datasource.password="$PGPASSWORD"
}
if [[ $aot_cache == true ]]; then
    train_aot_cache "$work/app" "${flags[@]}"
    flags+=(-XX:AOTCache="$work/app/consumesafe.aot")
fi
echo "JVM: ${flags[*]}; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

# one start on $database: prints the seconds to readiness
time_start() {
    local log=$1 api_port management_port
    api_port=$(free_port)
    management_port=$(free_port)
    LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs python3 "$root/bench/time_to_ready.py" \
        "http://127.0.0.1:$management_port/actuator/health/readiness" "$log" 120 -- \
        "$java" "${flags[@]}" -jar "$work/app/api.jar" \
        --server.address=127.0.0.1 --server.port="$api_port" \
        --management.server.address=127.0.0.1 --management.server.port="$management_port" \
        $(database_args "$database") || { echo "no readiness; see $log" >&2; exit 1; }
}

empty=()
migrated=()
for run in $(seq 1 "$runs"); do
    "${psql_admin[@]}" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"
    "${psql_admin[@]}" -c "CREATE DATABASE $database"
    load=$(cut -d' ' -f1 /proc/loadavg)
    empty+=("$(time_start "$work/empty-$run.log")")
    migrated+=("$(time_start "$work/migrated-$run.log")")
    echo "run $run (load $load before): empty database ${empty[-1]} s, migrated ${migrated[-1]} s"
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "median of $runs: empty database $(median "${empty[@]}") s, migrated $(median "${migrated[@]}") s; load now $(cut -d' ' -f1-3 /proc/loadavg)"
