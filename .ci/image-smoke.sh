#!/usr/bin/env bash
# Proves the container image without a registry or a Docker engine: make a base image from the local
# JDK (jlink + umoci + skopeo), build the app image on it with Jib to a tar, check its config, then run
# its entrypoint in the unpacked layers with chroot as the image's user until readiness is UP.
#
# Usage (as root, from anywhere in the repository):  bash .ci/image-smoke.sh
# Database: CONSUMESAFE_TEST_JDBC_URL/_USER/_PASSWORD as for `mvn verify` (default: postgres on
# 127.0.0.1:5432, user postgres); the script creates a fresh database there and drops it at the end.
# IMAGE_SMOKE_READY_TIMEOUT (seconds, default 120) bounds the wait for readiness.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

log() { printf '== image-smoke: %s\n' "$*"; }
die() { printf '== image-smoke: %s\n' "$*" >&2; exit 1; }

# --- cleanup on every exit: stop the app, drop the database, never delete a tree that still has a mount in it ---
work=""
app_pid=""
db_created=""
result=FAIL
cleanup() {
    local rc=$?
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
        kill -TERM "$app_pid" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
        kill -KILL "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    [ -n "$db_created" ] && psql_admin "DROP DATABASE IF EXISTS \"$db_name\" WITH (FORCE)" || true
    if [ -z "$work" ]; then
        :
    elif awk -v w="$work" '$2 == w || index($2, w "/") == 1 { found = 1 } END { exit !found }' /proc/mounts; then
        echo "image-smoke: something is still mounted under $work; not deleting it" >&2
        rc=1; result=FAIL
    else
        rm -rf "$work"
    fi
    [ "$rc" -eq 0 ] || result=FAIL
    echo "IMAGE SMOKE: $result${summary:+ ($summary)}"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
summary=""
started=$(date +%s)

[ "$(id -u)" -eq 0 ] || die "run as root: chroot and mknod need it"

# --- tools a fresh Debian machine may lack ---
missing=()
for tool in umoci:umoci skopeo:skopeo jq:jq curl:curl psql:postgresql-client mvn:maven; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
chroot_bin=$(command -v chroot)

# --- a JDK of at least 21 with jlink: JAVA_HOME first (the one that runs Maven), else the newest found ---
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
jdk_ok() { [ -x "$1/bin/jlink" ] && [ -x "$1/bin/javac" ] && m=$(java_major "$1") && [ "${m%%.*}" -ge 21 ]; }
jdk=""
if [ -n "${JAVA_HOME:-}" ] && jdk_ok "$JAVA_HOME"; then
    jdk=$JAVA_HOME
else
    best=0
    for home in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
        jdk_ok "$home" || continue
        m=$(java_major "$home"); m=${m%%.*}
        if [ "$m" -gt "$best" ]; then jdk=$home; best=$m; fi
    done
fi
[ -n "$jdk" ] || die "no JDK 21+ with jlink found; set JAVA_HOME to one"
m=$(java_major "$jdk")
# before JDK 24 jlink needs the jmods (a separate Debian package, openjdk-NN-jmods)
[ "${m%%.*}" -ge 24 ] || [ -d "$jdk/jmods" ] || die "$jdk has no jmods for jlink; install its jmods package or use JDK 24+"
export JAVA_HOME=$jdk PATH="$jdk/bin:$PATH"
log "JDK: $jdk ($(java_major "$jdk"))"

# --- the database: a fresh one on the test server, dropped on exit ---
jdbc_url=${CONSUMESAFE_TEST_JDBC_URL:-jdbc:postgresql://127.0.0.1:5432/postgres}
db_user=${CONSUMESAFE_TEST_JDBC_USER:-postgres}
db_password=${CONSUMESAFE_TEST_JDBC_PASSWORD:-}
hostport=${jdbc_url#jdbc:postgresql://}; hostport=${hostport%%/*}
db_host=${hostport%%:*}; db_port=5432
if [ "$hostport" != "$db_host" ]; then db_port=${hostport#*:}; fi
db_name="consumesafe_smoke_$(date +%s)_$RANDOM"
psql_admin() { PGPASSWORD=$db_password PGCONNECT_TIMEOUT=10 psql -h "$db_host" -p "$db_port" -U "$db_user" -d postgres -w -qAtc "$1"; }

mkdir -p "$repo/target"
work=$(mktemp -d "$repo/target/image-smoke.XXXXXX")
# the device nodes made in the tree only work on a filesystem mounted without nodev
if findmnt -n -o OPTIONS -T "$work" | tr ',' '\n' | grep -qx nodev; then
    die "$repo/target is on a nodev filesystem; device nodes cannot work there"
fi

# --- (a) a base image with no registry: a jlinked runtime and the system libraries it links ---
log "jlink a runtime"
rt_modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming
rt_modules+=,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql
rt_modules+=,java.transaction.xa,java.xml,java.xml.crypto,jdk.charsets,jdk.crypto.ec,jdk.jfr,jdk.management
rt_modules+=,jdk.management.jfr,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs
umoci init --layout "$work/oci"
umoci new --image "$work/oci:base"
umoci unpack --image "$work/oci:base" "$work/base-bundle" >/dev/null
base_root=$work/base-bundle/rootfs
mkdir -p "$base_root/opt/java"
jlink --add-modules "$rt_modules" --strip-debug --no-header-files --no-man-pages \
    --output "$base_root/opt/java/openjdk"

log "copy the runtime's system libraries"
libs=$( { ldd "$base_root/opt/java/openjdk/bin/java"; find "$base_root/opt/java/openjdk" -name '*.so' -exec ldd {} \; ; } 2>/dev/null \
    | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\/.*ld-linux/ { print $1 }' | sort -u)
# unwinding on thread exit loads libgcc_s at run time, which ldd cannot see
# awk reads to the end: an early exit would kill ldconfig with SIGPIPE, which pipefail turns into a failure
libgcc=$(ldconfig -p | awk '/libgcc_s\.so\.1 .*x86-64/ && !found { print $NF; found = 1 }')
for lib in $libs $libgcc; do
    case "$lib" in "$base_root"/*) continue ;; esac
    mkdir -p "$base_root$(dirname "$lib")"
    cp -L "$lib" "$base_root$lib"
done
mkdir -p "$base_root/etc" "$base_root/dev" "$base_root/proc"
mkdir -m 1777 "$base_root/tmp"
printf 'root:x:0:0:root:/:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/tmp:/sbin/nologin\n' >"$base_root/etc/passwd"
printf 'root:x:0:\nnonroot:x:65532:\n' >"$base_root/etc/group"
printf 'passwd: files\ngroup: files\nhosts: files dns\n' >"$base_root/etc/nsswitch.conf"
printf '127.0.0.1 localhost\n::1 localhost\n' >"$base_root/etc/hosts"
# a loader cache like any distribution base has; it also lets java start where /proc (so $ORIGIN) is absent
printf '/opt/java/openjdk/lib\n/opt/java/openjdk/lib/server\n%s\n' "$(dirname "$(ldd "$jdk/bin/java" | awk '$1 == "libc.so.6" { print $3 }')")" \
    >"$base_root/etc/ld.so.conf"
ldconfig -r "$base_root"

umoci repack --image "$work/oci:base" "$work/base-bundle"
umoci config --image "$work/oci:base" --os linux --architecture amd64 \
    --config.env PATH=/opt/java/openjdk/bin:/usr/bin:/bin --config.env JAVA_HOME=/opt/java/openjdk \
    --config.env LANG=C.UTF-8
# both ends are local files: no signature policy applies
skopeo --insecure-policy copy --quiet "oci:$work/oci:base" "docker-archive:$work/base.tar:consumesafe-base:local"
log "base image: $(du -h "$work/base.tar" | cut -f1)"

# --- (b) the application image, with Jib, offline, on that base ---
log "Jib: build the image to a tar on the local base"
app_tar=$work/app.tar
# the plugin is declared in consumesafe-api only, so the goal is named in full; jib.containerize skips the other modules
jib_version=$(sed -n 's:.*<jib-maven-plugin.version>\(.*\)</jib-maven-plugin.version>.*:\1:p' consumesafe-api/pom.xml)
[ -n "$jib_version" ] || die "no jib-maven-plugin.version in consumesafe-api/pom.xml"
mvn -B -q -pl consumesafe-api -am -DskipTests \
    -Djib.containerize=com.consumesafe:consumesafe-api \
    -Djib.from.image="tar://$work/base.tar" \
    -Djib.to.image=consumesafe-api:smoke \
    -Djib.outputPaths.tar="$app_tar" \
    package "com.google.cloud.tools:jib-maven-plugin:$jib_version:buildTar"
[ -s "$app_tar" ] || die "Jib wrote no image tar"

# --- (c) the image's config: numeric non-root user, OCI labels, exec-form entrypoint ---
log "check the image config"
config_name=$(tar -xOf "$app_tar" manifest.json | jq -r '.[0].Config')
config=$(tar -xOf "$app_tar" "$config_name")
user=$(jq -r '.config.User // ""' <<<"$config")
[[ "$user" =~ ^[0-9]+:[0-9]+$ ]] || die "user '$user' is not numeric uid:gid"
[ "${user%%:*}" -ne 0 ] || die "the image runs as root"
for label in source revision version created; do
    value=$(jq -r --arg k "org.opencontainers.image.$label" '.config.Labels[$k] // ""' <<<"$config")
    [ -n "$value" ] || die "label org.opencontainers.image.$label missing"
done
jq -e '(.config.Entrypoint | type == "array" and length > 0) and (.config.Entrypoint[0] | test("(^|/)(ba|da)?sh$") | not)' \
    <<<"$config" >/dev/null || die "entrypoint is not an exec-form java command: $(jq -c .config.Entrypoint <<<"$config")"
mapfile -t entrypoint < <(jq -r '.config.Entrypoint[]' <<<"$config")
mapfile -t command_args < <(jq -r '(.config.Cmd // [])[]' <<<"$config")
mapfile -t image_env < <(jq -r '(.config.Env // [])[]' <<<"$config")
log "user $user, entrypoint $(jq -c .config.Entrypoint <<<"$config")"

# --- (d) unpack the layers and run the entrypoint in them as the image's user ---
log "unpack the image"
skopeo --insecure-policy copy --quiet "docker-archive:$app_tar" "oci:$work/oci:app"
umoci unpack --image "$work/oci:app" "$work/app-bundle" >/dev/null
rootfs=$work/app-bundle/rootfs
# device nodes made inside the tree, never the host's /dev bind-mounted; no /proc is mounted at all
mkdir -p "$rootfs/dev"
mknod -m 666 "$rootfs/dev/null" c 1 3
mknod -m 666 "$rootfs/dev/zero" c 1 5
mknod -m 666 "$rootfs/dev/random" c 1 8
mknod -m 666 "$rootfs/dev/urandom" c 1 9
mkdir -p "$rootfs/tmp" && chmod 1777 "$rootfs/tmp"

psql_admin "CREATE DATABASE \"$db_name\"" >/dev/null || die "cannot create a database on $db_host:$db_port as $db_user"
db_created=yes

free_port() {
    python3 "$repo/bench/free_port.py"
}
api_port=$(free_port)
mgmt_port=$(free_port)
while [ "$mgmt_port" = "$api_port" ]; do mgmt_port=$(free_port); done

# starts the image's entrypoint as its user, with extra VAR=value environment entries, output to LOG: start_image LOG [VAR=value...]
start_image() {
    local log=$1
    shift
    run_started=$(date +%s)
    # chroot resolves the entrypoint with the image's PATH, inside the tree
    env -i "${image_env[@]}" HOME=/tmp "$@" \
        SPRING_DATASOURCE_URL="jdbc:postgresql://$db_host:$db_port/$db_name" \
        SPRING_DATASOURCE_USERNAME="$db_user" SPRING_DATASOURCE_PASSWORD="$db_password" \
        SERVER_ADDRESS=127.0.0.1 SERVER_PORT="$api_port" \
        MANAGEMENT_SERVER_ADDRESS=127.0.0.1 MANAGEMENT_SERVER_PORT="$mgmt_port" \
        "$chroot_bin" --userspec="$user" "$rootfs" "${entrypoint[@]}" "${command_args[@]}" >"$log" 2>&1 </dev/null &
    app_pid=$!
}

# waits for readiness UP of the image started last, whose output is LOG; sets ready_after (seconds)
await_ready() {
    local log=$1 timeout=${IMAGE_SMOKE_READY_TIMEOUT:-120} ready="" status
    while [ $(( $(date +%s) - run_started )) -lt "$timeout" ]; do
        if ! kill -0 "$app_pid" 2>/dev/null; then
            tail -n 40 "$log" >&2
            die "the application exited before it was ready"
        fi
        status=$(curl -fsS --max-time 5 "http://127.0.0.1:$mgmt_port/actuator/health/readiness" 2>/dev/null | jq -r '.status // ""' 2>/dev/null || true)
        if [ "$status" = UP ]; then ready=yes; break; fi
        sleep 1
    done
    if [ -z "$ready" ]; then
        tail -n 40 "$log" >&2
        die "readiness not UP within ${timeout}s"
    fi
    ready_after=$(( $(date +%s) - run_started ))
}

stop_image() {
    kill -TERM "$app_pid"
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
}

log "start the image as $user (API :$api_port, management :$mgmt_port, database $db_name)"
start_image "$work/app.log"
await_ready "$work/app.log"

# the process must be the image's user, not root
uid_gid="$(awk '/^Uid:/ { print $2 }' "/proc/$app_pid/status"):$(awk '/^Gid:/ { print $2 }' "/proc/$app_pid/status")"
[ "$uid_gid" = "$user" ] || die "the application runs as $uid_gid, not $user"
curl -fsS --max-time 5 "http://127.0.0.1:$api_port/api/v1/lists" >/dev/null || die "the API did not answer on :$api_port"
plain_ready=$ready_after
stop_image

# --- (e) the AOT cache as the release adds it (.github/scripts/aot-cache.sh): the image's own JVM trains it, then a
# start that must use it (-XX:AOTMode=on fails a start whose JVM or class path does not match the cache) ---
log "train the AOT cache with the image's JVM"
# as .github/scripts/aot-cache.sh: before the class path, with room in metaspace to write the cache
plain_entrypoint=("${entrypoint[@]}")
entrypoint=()
for arg in "${plain_entrypoint[@]}"; do
    [[ $arg == -cp ]] && entrypoint+=(-XX:MaxMetaspaceSize=256m -XX:AOTCacheOutput=/tmp/consumesafe.aot
        -Dspring.context.exit=onRefresh)
    entrypoint+=("$arg")
done
start_image "$work/training.log"
wait "$app_pid" || { tail -n 40 "$work/training.log" >&2; die "the training run failed"; }
app_pid=""
[ -s "$rootfs/tmp/consumesafe.aot" ] || { tail -n 40 "$work/training.log" >&2; die "the training run wrote no cache"; }
mv "$rootfs/tmp/consumesafe.aot" "$rootfs/app/consumesafe.aot"
entrypoint=("${plain_entrypoint[@]}")
log "start the image with the AOT cache"
start_image "$work/app-aot.log" JDK_JAVA_OPTIONS="-XX:AOTCache=/app/consumesafe.aot -XX:AOTMode=on"
await_ready "$work/app-aot.log"
curl -fsS --max-time 5 "http://127.0.0.1:$api_port/api/v1/lists" >/dev/null || die "the API did not answer on :$api_port"

summary="ready in ${plain_ready}s, ${ready_after}s with the AOT cache, as $uid_gid, whole run $(( $(date +%s) - started ))s"
result=PASS
