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
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
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
