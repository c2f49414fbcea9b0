#!/usr/bin/env bash
# Throughput on a small list: bench/throughput.sh [--skip-build] [--jar FILE] [--seconds S] [--connections C] [--rate R]
#                                                [-- JVM flags...]
#   imports bench/relevance/list.csv (60 rows in the legacy layout) into a fresh database, adds one product with a
#   barcode per maker of that list (a native file made here), starts a copy of the API jar the way the image does
#   (-XX:MaxRAM from the chart's memory limit, the Jib flags of consumesafe-api/pom.xml), then saturates it with wrk
#   (-t2, C connections, default 32, S seconds, default 15) on a check by name (the list's names and brands as
#   typed, with a typing error or in lower case) and on a check by barcode; then offers each R requests/s (default
#   5000; 0 skips it) in an open model (Gatling's constant arrival rate, PathsAtRateSimulation, 10 s of warm-up then
#   S seconds). Prints requests/s, p50, p99 and errors of each, and the API's resident size at the end. Flags after
#   -- go to the API's JVM too (e.g. -XX:StartFlightRecording=filename=check.jfr for a profile of the runs).
set -euo pipefail

build=true
jar=""
seconds=15
connections=32
rate=5000
while [[ $# -gt 0 ]]; do
    case $1 in
        --skip-build) build=false ;;
        --jar) jar=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift ;;
        --seconds) seconds=$2; shift ;;
        --connections) connections=$2; shift ;;
        --rate) rate=$2; shift ;;
        --) shift; break ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
command -v wrk >/dev/null || { echo "wrk is missing (Debian: apt-get install wrk)" >&2; exit 2; }

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source "$root/bench/common.sh"
work=$root/consumesafe-benchmark/target/throughput
mkdir -p "$work"
database=consumesafe_bench_throughput
token=$(python3 -c 'import secrets; print(secrets.token_hex(24))')
app_pid=
cleanup() {
    stop_app
    "${psql_admin[@]}" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" || true
}
trap cleanup EXIT

if [[ $build == true ]]; then
    mvn -B -q -Pbenchmark -DskipTests -Dcheckstyle.skip package
fi
# a copy: a rebuild under a running JVM breaks it
cp "${jar:-$(built_jar "$root")}" "$work/api.jar"
python3 "$root/bench/throughput_inputs.py" "$root/bench/relevance/list.csv" "$work"

"${psql_admin[@]}" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"
"${psql_admin[@]}" -c "CREATE DATABASE $database"
limit=$(chart_memory_limit)
mapfile -t image_flags < <(image_jvm_flags)
image_environment
flags=(-XX:MaxRAM="$limit" "${image_flags[@]}" "$@")
echo "JVM: ${flags[*]}; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
start_api "$work/api.jar" "$database" "$work/app.log" "${flags[@]}"

for format in legacy native; do
    code=$(curl -s -o "$work/import-$format.json" -w '%{http_code}' -H "Authorization: Bearer $token" \
        -H 'Content-Type: text/csv' --data-binary "@$work/list-$format.csv" \
        "http://127.0.0.1:$api_port/api/v1/imports?list=throughput&format=$format")
    [[ $code == 201 ]] || { echo "the $format import answered $code: $(cat "$work/import-$format.json")" >&2; exit 1; }
done

base=http://127.0.0.1:$api_port
# both scenarios for a while first, so that what is measured is the warm application (the JIT takes 10-20 s here)
for scenario in name barcode name barcode; do
    WRK_PATHS=$work/paths-$scenario.txt wrk -t2 -c"$connections" -d5s -s "$root/bench/paths.lua" "$base" >/dev/null
done
for scenario in name barcode; do
    WRK_PATHS=$work/paths-$scenario.txt wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$root/bench/paths.lua" \
        "$base" >"$work/wrk-$scenario.txt"
    python3 "$root/bench/wrk_summary.py" "check by $scenario" "$work/wrk-$scenario.txt"
done
if [[ $rate != 0 ]]; then
    for scenario in name barcode; do
        offer_rate "$base" "$work/paths-$scenario.txt" "$rate" "$seconds" "check by $scenario" \
            "$work/gatling-$scenario.log"
    done
fi
echo "resident size of the API: $(awk '$1 == "VmRSS:" {printf "%d MiB", $2 / 1024}' "/proc/$app_pid/status")"
