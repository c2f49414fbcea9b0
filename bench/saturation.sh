#!/usr/bin/env bash
# Saturation at scale: bench/saturation.sh [--skip-build] [--reuse] [--seconds S] N
#   on a catalog of N generated products (CatalogGenerator, as bench/run.sh makes it; --reuse takes the database that
#   `bench/run.sh --keep N` or an earlier --reuse run kept, and keeps it), starts a copy of the API jar the way the
#   image does (-XX:MaxRAM from the chart's memory limit, the Jib flags of consumesafe-api/pom.xml), and for two
#   mixes of checks (bench/mix_paths.py: a Zipf mix over the catalog's names and barcodes, and a uniform one) finds
#   the saturation point with wrk (-t2 -c32, S seconds, default 15, after 10 s of warm-up) and then offers half of
#   it in an open model (Gatling's constant arrival rate, PathsAtRateSimulation, 10 s of warm-up then S seconds).
#   Prints requests/s, p50, p99 and errors of each.
set -euo pipefail

build=true
reuse=false
seconds=15
while [[ $# -gt 0 && $1 == --* ]]; do
    case $1 in
        --skip-build) build=false ;;
        --reuse) reuse=true ;;
        --seconds) seconds=$2; shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
products=${1:?usage: bench/saturation.sh [--skip-build] [--reuse] [--seconds S] N}
[[ $products =~ ^[0-9]+$ ]] || { echo "N must be a number of products" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing (Debian: apt-get install wrk)" >&2; exit 2; }

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source "$root/bench/common.sh"
work=$root/consumesafe-benchmark/target/saturation-$products
mkdir -p "$work"
database=consumesafe_bench_$products
token=$(python3 -c 'import secrets; print(secrets.token_hex(24))')
app_pid=
cleanup() {
    stop_app
    [[ $reuse == true ]] || "${psql_admin[@]}" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" || true
}
trap cleanup EXIT

if [[ $build == true ]]; then
    mvn -B -q -Pbenchmark -DskipTests -Dcheckstyle.skip package
fi
# a copy: a rebuild under a running JVM breaks it
cp "$(built_jar "$root")" "$work/api.jar"
limit=$(chart_memory_limit)
mapfile -t image_flags < <(image_jvm_flags)
image_environment
flags=(-XX:MaxRAM="$limit" "${image_flags[@]}")

exists=$("${psql_admin[@]}" -tAc "SELECT count(*) FROM pg_database WHERE datname = '$database'")
if [[ $reuse == false || $exists == 0 ]]; then
    "${psql_admin[@]}" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"
    "${psql_admin[@]}" -c "CREATE DATABASE $database"
    start_api "$work/api.jar" "$database" "$work/app.log" "${flags[@]}"
    stop_app
    "$java" -Xmx4g -cp "$root/consumesafe-benchmark/target/classes:$root/consumesafe-benchmark/target/lib/*" \
        com.consumesafe.benchmark.CatalogGenerator "$products" "$work/feeders"
fi
psql_db=(psql -X -q -v ON_ERROR_STOP=1 -h "$db_host" -p "$db_port" -U "$db_user" -d "$database")
"${psql_db[@]}" -tAc "SELECT name FROM product UNION ALL SELECT name FROM brand UNION ALL SELECT name FROM company" \
    >"$work/names.txt"
"${psql_db[@]}" -tAc "SELECT gtin FROM product_barcode" >"$work/barcodes.txt"
python3 bench/mix_paths.py "$work/names.txt" "$work/barcodes.txt" "$work"

echo "JVM: ${flags[*]}; $(nproc) cores, load before $(cut -d' ' -f1-3 /proc/loadavg)"
start_api "$work/api.jar" "$database" "$work/app.log" "${flags[@]}"
base=http://127.0.0.1:$api_port
for mix in zipf uniform; do
    WRK_PATHS=$work/paths-$mix.txt wrk -t2 -c32 -d10s -s bench/paths.lua "$base" >/dev/null
    WRK_PATHS=$work/paths-$mix.txt wrk -t2 -c32 -d"${seconds}s" --latency -s bench/paths.lua "$base" \
        >"$work/wrk-$mix.txt"
    python3 bench/wrk_summary.py "$mix mix, saturation (wrk -t2 -c32)" "$work/wrk-$mix.txt"
    half=$(python3 -c "import re,sys; print(int(float(re.search(r'Requests/sec:\s+([\d.]+)', open(sys.argv[1]).read()).group(1)) / 2))" "$work/wrk-$mix.txt")
    offer_rate "$base" "$work/paths-$mix.txt" "$half" "$seconds" "$mix mix" "$work/gatling-$mix.log"
done
echo "resident size of the API: $(awk '$1 == "VmRSS:" {printf "%d MiB", $2 / 1024}' "/proc/$app_pid/status")"
