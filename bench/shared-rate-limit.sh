#!/usr/bin/env bash
# What sharing the rate limiter's buckets through PostgreSQL would cost: bench/shared-rate-limit.sh [SECONDS]
#   creates a fresh database consumesafe_bench_ratelimit on the PostgreSQL of CONSUMESAFE_TEST_JDBC_URL (default
#   127.0.0.1:5432, user postgres) with one table of token buckets, and runs pgbench with the statement every public
#   request would then need (take a token: one upsert that refills and spends, in its own transaction), from 8
#   connections for SECONDS (default 20): first over 10,000 client addresses, then all on one hot address (a flood
#   from one client, every request waiting for the row lock). Prints pgbench's latency and rate; drops the database.
#   For comparison, the in-memory bucket each replica keeps costs well under a microsecond and no round trip.
set -euo pipefail
seconds=${1:-20}
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/bench/common.sh"
database=consumesafe_bench_ratelimit
work=$(mktemp -d)
cleanup() {
    "${psql_admin[@]}" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" || true
    rm -rf "$work"
}
trap cleanup EXIT

"${psql_admin[@]}" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"
"${psql_admin[@]}" -c "CREATE DATABASE $database"
"${psql_admin[@]}" -d "$database" -c "CREATE TABLE rate_bucket (client text PRIMARY KEY,
    tokens double precision NOT NULL, updated_at timestamptz NOT NULL)"
# 600 requests a minute (10 a second), a burst of 120: the read limit of application.yaml
cat >"$work/take.sql" <<'SQL'
\set client random(1, 10000)
INSERT INTO rate_bucket AS b (client, tokens, updated_at) VALUES ((:client)::text, 119, clock_timestamp())
ON CONFLICT (client) DO UPDATE SET
    tokens = LEAST(120, b.tokens + extract(epoch FROM clock_timestamp() - b.updated_at) * 10) - 1,
    updated_at = clock_timestamp()
RETURNING tokens >= 0 AS granted;
SQL
pgbench_run() {
    pgbench -n -h "$db_host" -p "$db_port" -U "$db_user" -c 8 -j 2 -T "$seconds" -f "$1" "$database" 2>&1 \
        | grep -E 'latency average|tps ='
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "10,000 client addresses, 8 connections, ${seconds} s:"
pgbench_run "$work/take.sql"
sed 's/^\\set client random(1, 10000)$/\\set client 1/' "$work/take.sql" >"$work/hot.sql"
echo "one hot address, 8 connections, ${seconds} s:"
pgbench_run "$work/hot.sql"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
