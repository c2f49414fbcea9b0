#!/usr/bin/env bash
# Memory under imports: bench/memory.sh [--skip-build] [--jar FILE] [--limit SIZE] [--percent P] [--readers N]
#                       [--reads-only SECONDS] [--no-aot-cache] [-- JVM flags...]
#   starts the API the way the image does (the jar extracted, the Jib jvmFlags and environment of
#   consumesafe-api/pom.xml, the AOT cache trained as bench/start.sh does unless --no-aot-cache), with
#   -XX:MaxRAM set to the chart's memory limit
#   (resources.limits.memory in charts/consumesafe/values.yaml) as a container would; imports a 50,000-row native
#   catalog so that reads find something, then, while N readers (default 16) call check, search and products
#   without pause, imports a 50,000-row legacy file of about 16 MB (the largest an import accepts) twice: into an
#   empty list, then again when everything exists. Prints the resident size (VmRSS) after each step and the peak
#   (VmHWM) of the whole run. --limit / --percent measure other settings, --jar another build of the API (such as
#   one of an earlier commit); flags after -- go to the JVM as well (e.g. -XX:+UseSerialGC, which the JVM picks by
#   itself in a container of less than 1792 MiB, or -XX:NativeMemoryTracking=summary for a breakdown).
#   --reads-only S replaces the readers and the legacy imports with S seconds of wrk (32 connections) on checks by
#   name and searches of the catalog's products, after a restart on the imported catalog: the resident size of a
#   replica that has served reads alone.
set -euo pipefail

build=true
jar=""
limit=""
percent=""
readers=16
reads_only=""
aot_cache=true
while [[ $# -gt 0 ]]; do
    case $1 in
        --skip-build) build=false ;;
        --jar) jar=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift ;;
        --limit) limit=$2; shift ;;
        --percent) percent=$2; shift ;;
        --readers) readers=$2; shift ;;
        --reads-only) reads_only=$2; shift ;;
        --no-aot-cache) aot_cache=false ;;
        --) shift; break ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
extra_flags=("$@")

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
rows=50000
work=$root/consumesafe-benchmark/target/memory
mkdir -p "$work"
source "$root/bench/common.sh"
image_environment
database=consumesafe_bench_memory
token=$(python3 -c 'import secrets; print(secrets.token_hex(24))')

# the chart's limit and the image's heap percentage, unless told otherwise
limit=${limit:-$(chart_memory_limit)}
percent=${percent:-$(sed -n 's/.*-XX:MaxRAMPercentage=\([0-9.]*\).*/\1/p' consumesafe-api/pom.xml | head -n 1)}
# the image's other flags (caps, collector, ...); the percentage is the one above
mapfile -t image_flags < <(image_jvm_flags | grep -v MaxRAMPercentage)
[[ -n $limit && -n $percent ]] || { echo "could not read the chart's limit or the image's heap percentage" >&2; exit 1; }

app_pid=
reader_pid=
cleanup() {
    [[ -n $reader_pid ]] && kill "$reader_pid" 2>/dev/null || true
    stop_app
    "${psql_admin[@]}" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" || true
}
trap cleanup EXIT

if [[ $build == true ]]; then
    mvn -B -q -Pbenchmark -DskipTests package
fi
"$java" -cp "$root/consumesafe-benchmark/target/classes:$root/consumesafe-benchmark/target/lib/*" \
    com.consumesafe.benchmark.ImportFileGenerator "$rows" "$work" 16500000
# extracted as in the image (a rebuild under a running JVM breaks it), with the AOT cache the image's build adds
extract_app "${jar:-$(built_jar "$root")}" "$work/app"

"${psql_admin[@]}" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"
"${psql_admin[@]}" -c "CREATE DATABASE $database"
flags=(-XX:MaxRAM="$limit" -XX:MaxRAMPercentage="$percent" "${image_flags[@]}" "${extra_flags[@]}")
if [[ $aot_cache == true ]]; then
    train_aot_cache "$work/app" "${flags[@]}"
    flags+=(-XX:AOTCache="$work/app/consumesafe.aot")
fi
echo "JVM: ${flags[*]} ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
start_api "$work/app/api.jar" "$database" "$work/app.log" "${flags[@]}"

rss() { awk -v what="$1" '$1 == what":" {printf "%d MiB", $2 / 1024}' "/proc/$app_pid/status"; }
post() {
    local list=$1 format=$2 file=$3
    curl -s -o "$work/$list.json" -w "$list ($format, $(wc -c <"$file") bytes): HTTP %{http_code} in %{time_total} s" \
        --max-time 900 -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' \
        --data-binary "@$file" "http://127.0.0.1:$api_port/api/v1/imports?list=$list&format=$format"
    kill -0 "$app_pid" 2>/dev/null || { echo; echo "the API died (see $work/app.log)" >&2; exit 1; }
    echo ", resident $(rss VmRSS)"
}

# with -XX:NativeMemoryTracking=summary among the flags: the JVM's own breakdown, into $work/nmt.txt
native_memory() {
    if [[ " ${flags[*]} " == *NativeMemoryTracking* ]]; then
        "${java%java}jcmd" "$app_pid" VM.native_memory summary scale=MB | sed -n '/^Total/,/^$/p;/^-/p' >"$work/nmt.txt"
        echo "native memory tracking: $work/nmt.txt"
    fi
}

echo "started: resident $(rss VmRSS)"
post memory-native native "$work/native-$rows.csv"
if [[ -n $reads_only ]]; then
    # a replica that has only served reads: the import's heap is not what is measured
    stop_app
    start_api "$work/app/api.jar" "$database" "$work/app.log" "${flags[@]}"
    echo "restarted on the imported catalog: resident $(rss VmRSS)"
    python3 - "$work/native-$rows.csv" >"$work/paths.txt" <<'EOF'
import csv, sys, urllib.parse
names = [row[3] for row in csv.reader(open(sys.argv[1], encoding="utf-8")) if row[0] == "product"][:5000]
for name in names:
    print("/api/v1/check?q=" + urllib.parse.quote(name))
    print("/api/v1/search?q=" + urllib.parse.quote(name[:6]))
EOF
    WRK_PATHS=$work/paths.txt wrk -t2 -c32 -d"${reads_only}s" -s "$root/bench/paths.lua" \
        "http://127.0.0.1:$api_port" | sed -n 's/^ *\(Requests\/sec\|Non-2xx\)/wrk: \1/p'
    echo "after $reads_only s of reads: resident $(rss VmRSS), $(ls "/proc/$app_pid/task" | wc -l) threads"
    echo "peak resident (VmHWM) of the whole run: $(rss VmHWM); limit $limit, heap ${percent}% of it"
    native_memory
    exit 0
fi
python3 - "$api_port" "$readers" "$work/native-$rows.csv" >"$work/readers.log" 2>&1 <<'EOF' &
import csv, http.client, random, sys, threading, urllib.parse
port, readers = int(sys.argv[1]), int(sys.argv[2])
names = [row[3] for row in csv.reader(open(sys.argv[3], encoding="utf-8")) if row[0] == "product"][:5000]
def read():
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    while True:
        name = random.choice(names)
        path = random.choice(["/api/v1/check?q=", "/api/v1/search?q="]) + urllib.parse.quote(name)
        if random.random() < 0.1:
            path = "/api/v1/products?page=%d&size=50" % random.randrange(20)
        connection.request("GET", path)
        connection.getresponse().read()
for _ in range(readers):
    threading.Thread(target=read, daemon=True).start()
threading.Event().wait()
EOF
reader_pid=$!
sleep 10
echo "$readers readers running: resident $(rss VmRSS)"
post memory-legacy legacy "$work/legacy-$rows.csv"
post memory-legacy legacy "$work/legacy-$rows.csv"
sleep 10
echo "10 s later, readers still running: resident $(rss VmRSS), $(ls "/proc/$app_pid/task" | wc -l) threads"
echo "peak resident (VmHWM) of the whole run: $(rss VmHWM); limit $limit, heap ${percent}% of it"
native_memory
kill "$reader_pid" 2>/dev/null || true
reader_pid=
