#!/usr/bin/env bash
# Adds the JVM's AOT cache to an image built by Jib: a faster start (docs/speed.md, Start).
# Usage: aot-cache.sh LOCAL_IMAGE TARGET_TAG   (a PostgreSQL on localhost:5432, user postgres, trust auth)
#   runs the image's own entrypoint with -XX:AOTCacheOutput and -Dspring.context.exit=onRefresh (a training start
#   that migrates a scratch database and exits once the context is refreshed), so the cache comes from the image's
#   JVM and class path, then builds TARGET_TAG on LOCAL_IMAGE (Jib's dockerBuild, never pushed) with the cache in
#   /app and JDK_JAVA_OPTIONS naming it, pushes it (the build tag's one push) and prints digest=<its digest> for
#   $GITHUB_OUTPUT. A JVM that does not match the cache warns once
#   and starts without it; the image then starts as it would have without this step.
set -euo pipefail

fail() {
    echo "aot-cache: $*" >&2
    exit 1
}

[[ $# -eq 2 ]] || fail "usage: aot-cache.sh LOCAL_IMAGE TARGET_TAG"
source_ref=$1
target=$2
cache=/app/consumesafe.aot
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mapfile -t entrypoint < <(docker inspect -f '{{range .Config.Entrypoint}}{{println .}}{{end}}' "$source_ref" | sed '/^$/d')
[[ ${entrypoint[0]:-} == java ]] || fail "the entrypoint does not start with java: ${entrypoint[*]}"
user=$(docker inspect -f '{{.Config.User}}' "$source_ref")

# the training flags go before the class path, after the image's own: a later flag wins, and writing the cache needs
# more metaspace than the image's cap (its read-only region overflows at 128m); using it does not
training=()
for arg in "${entrypoint[@]:1}"; do
    [[ $arg == -cp ]] && training+=(-XX:MaxMetaspaceSize=256m -XX:AOTCacheOutput=/training/consumesafe.aot
        -Dspring.context.exit=onRefresh)
    training+=("$arg")
done
psql -X -q -h localhost -U postgres -d postgres -c 'DROP DATABASE IF EXISTS aot_training' -c 'CREATE DATABASE aot_training'
chmod 777 "$work"
# the entrypoint with the training flags after java: same JVM, class path and flags as every later start, in the
# runner's memory (heap size does not bind the cache)
docker run --rm --network host --user "$user" -v "$work:/training" \
    -e SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/aot_training -e SPRING_DATASOURCE_USERNAME=postgres \
    -e SERVER_PORT=0 -e MANAGEMENT_SERVER_PORT=0 \
    --entrypoint java "$source_ref" "${training[@]}" \
    >"$work/training.log" 2>&1 || { cat "$work/training.log" >&2; fail "the training run failed"; }
[[ -s $work/consumesafe.aot ]] || { cat "$work/training.log" >&2; fail "the training run wrote no cache"; }
psql -X -q -h localhost -U postgres -d postgres -c 'DROP DATABASE aot_training WITH (FORCE)'

cat >"$work/Dockerfile" <<DOCKERFILE
FROM $source_ref
COPY consumesafe.aot $cache
ENV JDK_JAVA_OPTIONS=-XX:AOTCache=$cache
DOCKERFILE
docker build -q -t "$target" -f "$work/Dockerfile" "$work" >/dev/null
docker push -q "$target" >/dev/null
digest=$(docker inspect -f '{{index .RepoDigests 0}}' "$target")
echo "digest=${digest#*@}"
