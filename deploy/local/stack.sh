#!/usr/bin/env bash
# Local infrastructure without Docker: the real Apache Kafka broker (KRaft, from Maven Central jars)
# and FerretDB 1.24 (built from the Go module proxy) on PostgreSQL (Debian's package; installed with
# apt-get when missing and the caller is root). As root, PostgreSQL runs as a user of its own
# (ICN_POSTGRES_OS_USER), since it refuses to run as root. FERRETDB_BACKEND=sqlite runs FerretDB on
# SQLite instead, without PostgreSQL (one writer per database, updates not pushed down: ADR 3).
#
#   deploy/local/stack.sh provision   resolve/build both into the cache (no processes started)
#   deploy/local/stack.sh up          provision if needed, start both, wait until they accept clients
#   deploy/local/stack.sh down        stop what `up` started
#   deploy/local/stack.sh status      say what runs, where, and where its logs are
#   deploy/local/stack.sh up kafka    the same for one component only (kafka, ferretdb with its PostgreSQL, or jaeger),
#                                     e.g. a test's own brand-new broker next to the shared FerretDB
#   deploy/local/stack.sh up --with-tracing   (or TRACING=1) also Jaeger, the trace viewer: OTLP/HTTP on
#                                     JAEGER_OTLP_HTTP_PORT, query API and UI on JAEGER_UI_PORT (ADR 15)
#   deploy/local/stack.sh up --with-mail      (or MAIL=1) also Mailpit, the SMTP server that captures every
#                                     message: SMTP on MAILPIT_SMTP_PORT, web view and REST API on MAILPIT_UI_PORT;
#                                     `up mailpit` starts it alone
#
# Kafka's storage is formatted (KRaft, a new cluster id) only when its data directory has none, so
# `up` with a new ICN_STACK_DIR (and other ports) gives an empty broker: no topics, no groups.
#
# Environment (defaults in brackets):
#   KAFKA_PORT [9092]  KAFKA_CONTROLLER_PORT [9093]  FERRETDB_PORT [27017]  POSTGRES_PORT [5433]
#   KAFKA_NODES [1]                          3: a three-node KRaft cluster (kafka-1..3, each broker and
#                                            controller; node i on KAFKA_PORT+2(i-1), controller on
#                                            KAFKA_CONTROLLER_PORT+2(i-1)), internal topics replicated 3
#                                            times with min.insync.replicas 2; `up` prints the settings
#                                            the services need (KAFKA_TOPIC_REPLICATION_FACTOR=3 …)
#   FERRETDB_BACKEND [postgresql]            postgresql or sqlite
#   ICN_POSTGRES_OS_USER [icn-postgres]      who runs PostgreSQL when the caller is root (created if missing)
#   ICN_STACK_DIR [<repo>/.local]            data/, logs/ and run/ (pid files) live here
#   ICN_CACHE_DIR [~/.cache/icn-platform]    downloaded jars and the built FerretDB and Jaeger binaries
#   JAEGER_OTLP_HTTP_PORT [4318]  JAEGER_OTLP_GRPC_PORT [4317]  JAEGER_UI_PORT [16686]
#   JAEGER_QUERY_GRPC_PORT [16685]  JAEGER_HEALTH_PORT [13133]  JAEGER_MAX_TRACES [100000] (kept in memory)
#   MAILPIT_SMTP_PORT [1025]  MAILPIT_UI_PORT [8025]  MAILPIT_MAX_MESSAGES [5000] (older ones are deleted)
#   KAFKA_HEAP_OPTS [-Xms256m -Xmx768m]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_NODES="${KAFKA_NODES:-1}"
FERRETDB_PORT="${FERRETDB_PORT:-27017}"
POSTGRES_PORT="${POSTGRES_PORT:-5433}"
FERRETDB_BACKEND="${FERRETDB_BACKEND:-postgresql}"
POSTGRES_OS_USER="${ICN_POSTGRES_OS_USER:-icn-postgres}"
STACK_DIR="${ICN_STACK_DIR:-$repo/.local}"
CACHE_DIR="${ICN_CACHE_DIR:-$HOME/.cache/icn-platform}"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx768m}"
export JAEGER_OTLP_HTTP_PORT="${JAEGER_OTLP_HTTP_PORT:-4318}" JAEGER_OTLP_GRPC_PORT="${JAEGER_OTLP_GRPC_PORT:-4317}"
export JAEGER_UI_PORT="${JAEGER_UI_PORT:-16686}" JAEGER_QUERY_GRPC_PORT="${JAEGER_QUERY_GRPC_PORT:-16685}" JAEGER_HEALTH_PORT="${JAEGER_HEALTH_PORT:-13133}"
export MAILPIT_SMTP_PORT="${MAILPIT_SMTP_PORT:-1025}" MAILPIT_UI_PORT="${MAILPIT_UI_PORT:-8025}" MAILPIT_MAX_MESSAGES="${MAILPIT_MAX_MESSAGES:-5000}"

run_dir="$STACK_DIR/run"
log_dir="$STACK_DIR/logs"
data_dir="$STACK_DIR/data"

log() { printf '[stack] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

content_hash() { cat "$@" | sha256sum | cut -c1-16; }

# The cache is keyed by the files that decide its content, so editing the POM or the launcher
# rebuilds, and a fresh clone on a machine that already built them reuses the result.
kafka_libs() { echo "$CACHE_DIR/kafka-$(content_hash "$here/kafka/pom.xml")/libs"; }
ferretdb_bin() {
  echo "$CACHE_DIR/ferretdb-$(content_hash "$here/ferretdb/go.mod" "$here/ferretdb/go.sum" "$here/ferretdb/main.go" "$here/ferretdb/build.sh" "$here/ferretdb/overlay/query.go" "$here/ferretdb/overlay/registry.go" "$here/ferretdb/overlay/upstream.sha256")/ferretdb-launcher"
}

# Keyed by the build script, which pins the Jaeger version.
jaeger_bin() { echo "$CACHE_DIR/jaeger-$(content_hash "$here/jaeger/build.sh")/jaeger"; }
# Keyed by the build script, which pins the Mailpit version.
mailpit_bin() { echo "$CACHE_DIR/mailpit-$(content_hash "$here/mailpit/build.sh")/mailpit"; }

provision_kafka() {
  local libs; libs="$(kafka_libs)"
  [ -f "$libs/.complete" ] && return 0
  command -v mvn >/dev/null || die "Maven (mvn) is required to resolve the Kafka jars"
  command -v java >/dev/null || die "Java 17+ is required to run Kafka"
  log "resolving Apache Kafka from Maven Central into $libs"
  rm -rf "$libs"; mkdir -p "$libs"
  mvn -q -B -f "$here/kafka/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$libs" -DincludeScope=runtime >&2
  touch "$libs/.complete"
}

provision_ferretdb() {
  local bin; bin="$(ferretdb_bin)"
  [ -x "$bin" ] && return 0
  command -v go >/dev/null || die "Go is required to build FerretDB"
  log "building FerretDB launcher into $bin (first time only, about a minute)"
  mkdir -p "$(dirname "$bin")"
  # With the two patched files that let PostgreSQL use indexes (deploy/local/ferretdb/README.md).
  "$here/ferretdb/build.sh" "$bin.tmp" && mv "$bin.tmp" "$bin"
}

provision_jaeger() {
  local bin; bin="$(jaeger_bin)"
  [ -x "$bin" ] && return 0
  command -v go >/dev/null || die "Go is required to build Jaeger"
  log "building Jaeger into $bin (first time only: several minutes on 2 cores)"
  mkdir -p "$(dirname "$bin")"
  "$here/jaeger/build.sh" "$bin.tmp" && mv "$bin.tmp" "$bin"
}

provision_mailpit() {
  local bin; bin="$(mailpit_bin)"
  [ -x "$bin" ] && return 0
  command -v go >/dev/null || die "Go is required to build Mailpit"
  log "building Mailpit into $bin (first time only: a few minutes on 2 cores)"
  mkdir -p "$(dirname "$bin")"
  "$here/mailpit/build.sh" "$bin.tmp" && mv "$bin.tmp" "$bin"
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_until() { # description timeout-seconds command...
  local what="$1" timeout="$2"; shift 2
  local deadline=$((SECONDS + timeout))
  until "$@"; do
    [ $SECONDS -ge $deadline ] && return 1
    sleep 0.5
  done
  log "$what is ready"
}

# KAFKA_NODES=1: one node named "kafka" (pid, log and data under that name). More: nodes kafka-1 …
# kafka-N, node i serving clients on KAFKA_PORT+2(i-1) and its controller on KAFKA_CONTROLLER_PORT+2(i-1).
kafka_nodes() { seq 1 "$KAFKA_NODES"; }
kafka_node_name() { if [ "$KAFKA_NODES" = 1 ]; then echo kafka; else echo "kafka-$1"; fi; }
kafka_node_port() { echo $((KAFKA_PORT + 2 * ($1 - 1))); }
kafka_node_controller_port() { echo $((KAFKA_CONTROLLER_PORT + 2 * ($1 - 1))); }
kafka_bootstrap() { local i list=""; for i in $(kafka_nodes); do list="$list${list:+,}127.0.0.1:$(kafka_node_port "$i")"; done; echo "$list"; }
kafka_voters() { local i list=""; for i in $(kafka_nodes); do list="$list${list:+,}$i@127.0.0.1:$(kafka_node_controller_port "$i")"; done; echo "$list"; }
# Replication of internal topics and what the services are told to create: all nodes, and a majority in sync.
kafka_replication() { if [ "$KAFKA_NODES" -ge 3 ]; then echo 3; else echo "$KAFKA_NODES"; fi; }
kafka_min_insync() { if [ "$KAFKA_NODES" -ge 3 ]; then echo 2; else echo 1; fi; }

kafka_started() { # node
  local name; name="$(kafka_node_name "$1")"
  port_open "$(kafka_node_port "$1")" && grep -q 'Kafka Server started' "$log_dir/$name.log" 2>/dev/null
}

# Launches one node without waiting: in a cluster, no node finishes starting before a majority of
# the controller quorum runs, so every node is launched first and then waited for (start_kafka).
launch_kafka_node() { # node
  local node="$1" name; name="$(kafka_node_name "$1")"
  local pidfile="$run_dir/$name.pid" port; port="$(kafka_node_port "$node")"
  if pid_alive "$pidfile"; then log "$name already running (pid $(cat "$pidfile"))"; return 0; fi
  port_open "$port" && die "port $port is taken by another process (set KAFKA_PORT)"
  local libs; libs="$(kafka_libs)"
  local kdata="$data_dir/$name" props="$run_dir/$name.properties"
  mkdir -p "$kdata"
  sed -e "s|@KAFKA_PORT@|$port|g" -e "s|@CONTROLLER_PORT@|$(kafka_node_controller_port "$node")|g" \
      -e "s|@NODE_ID@|$node|g" -e "s|@VOTERS@|$(kafka_voters)|g" \
      -e "s|@REPLICATION@|$(kafka_replication)|g" -e "s|@MIN_INSYNC@|$(kafka_min_insync)|g" \
      -e "s|@DATA_DIR@|$kdata|g" "$here/kafka/server.properties.template" > "$props"
  local java_opts=(-Dlog4j2.configurationFile="$here/kafka/log4j2.properties" -Dkafka.logs.file="$log_dir/$name.log")
  if [ ! -f "$kdata/meta.properties" ]; then
    # Every node of a cluster is formatted with the same cluster id, kept with the data.
    local id_file="$data_dir/kafka-cluster-id"
    [ -s "$id_file" ] || java -cp "$libs/*" "${java_opts[@]}" kafka.tools.StorageTool random-uuid > "$id_file"
    java -cp "$libs/*" "${java_opts[@]}" kafka.tools.StorageTool format -t "$(cat "$id_file")" -c "$props" >> "$log_dir/$name-format.log" 2>&1 \
      || die "formatting Kafka storage failed, see $log_dir/$name-format.log"
  fi
  : > "$log_dir/$name.log"
  # shellcheck disable=SC2086 # KAFKA_HEAP_OPTS is a list of JVM flags
  nohup java $KAFKA_HEAP_OPTS -XX:+UseG1GC -Djava.awt.headless=true "${java_opts[@]}" \
    -cp "$libs/*" kafka.Kafka "$props" >> "$log_dir/$name.out" 2>&1 &
  echo $! > "$pidfile"
}

start_kafka() {
  local node name
  for node in $(kafka_nodes); do launch_kafka_node "$node"; done
  for node in $(kafka_nodes); do
    name="$(kafka_node_name "$node")"
    wait_until "$name on 127.0.0.1:$(kafka_node_port "$node")" 120 kafka_started "$node" \
      || { tail -n 30 "$log_dir/$name.log" "$log_dir/$name.out" >&2; die "$name did not start within 120s"; }
  done
}

postgres_bindir() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -V -r); do
    [ -x "$dir/postgres" ] && [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

running_as_root() { [ "$(id -u)" = 0 ]; }

# PostgreSQL refuses to run as root: as root, every PostgreSQL program runs as POSTGRES_OS_USER.
# setpriv execs in place (no child process), so the pid we record is the postmaster's own.
as_postgres_user() {
  if running_as_root; then
    setpriv --reuid="$POSTGRES_OS_USER" --regid="$POSTGRES_OS_USER" --init-groups -- "$@"
  else
    "$@"
  fi
}

provision_postgres() {
  [ "$FERRETDB_BACKEND" = postgresql ] || return 0
  if ! postgres_bindir >/dev/null; then
    running_as_root && command -v apt-get >/dev/null \
      || die "PostgreSQL's server programs are missing: install Debian's postgresql package (or run with FERRETDB_BACKEND=sqlite)"
    log "installing PostgreSQL from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends postgresql >&2 \
      || { apt-get update -q >&2 && apt-get install -y -q --no-install-recommends postgresql >&2; } \
      || die "apt-get could not install postgresql"
    postgres_bindir >/dev/null || die "postgresql installed, but no server programs under /usr/lib/postgresql/*/bin"
  fi
  if running_as_root && ! id "$POSTGRES_OS_USER" >/dev/null 2>&1; then
    log "creating the system user $POSTGRES_OS_USER to run PostgreSQL"
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$POSTGRES_OS_USER"
  fi
}

# The cluster lives in .local/data/postgres when its owner can reach it. A root caller's folder may
# not be reachable by another user (a clone under /root, mode 700): then the data goes to a folder
# of the stack's own under /var/lib, named after the stack directory, so it is still kept between runs.
postgres_data_dir() {
  local wanted="$data_dir/postgres"
  if ! running_as_root; then echo "$wanted"; return 0; fi
  mkdir -p "$wanted" && chown "$POSTGRES_OS_USER:$POSTGRES_OS_USER" "$wanted" && chmod 700 "$wanted"
  if as_postgres_user test -w "$wanted"; then echo "$wanted"; return 0; fi
  local fallback; fallback="/var/lib/icn-platform/$(printf '%s' "$STACK_DIR" | sha256sum | cut -c1-12)/postgres"
  mkdir -p "$fallback" && chown "$POSTGRES_OS_USER:$POSTGRES_OS_USER" "$fallback" && chmod 700 "$fallback"
  chmod 755 "$(dirname "$fallback")" /var/lib/icn-platform
  echo "$fallback"
}

postgres_ready() { "$(postgres_bindir)/pg_isready" -q -h 127.0.0.1 -p "$POSTGRES_PORT" -U icn -d postgres; }

start_postgres() {
  [ "$FERRETDB_BACKEND" = postgresql ] || return 0
  local pidfile="$run_dir/postgres.pid"
  if pid_alive "$pidfile"; then log "postgres already running (pid $(cat "$pidfile"))"; return 0; fi
  port_open "$POSTGRES_PORT" && die "port $POSTGRES_PORT is taken by another process (set POSTGRES_PORT)"
  local bin pgdata; bin="$(postgres_bindir)"; pgdata="$(postgres_data_dir)"
  if [ ! -f "$pgdata/PG_VERSION" ]; then
    log "initialising a PostgreSQL cluster in $pgdata"
    as_postgres_user "$bin/initdb" -D "$pgdata" -U icn --auth=trust -E UTF8 --locale=C >> "$log_dir/postgres-init.log" 2>&1 \
      || die "initdb failed, see $log_dir/postgres-init.log"
  fi
  # Loopback only, trust authentication (a development stack). synchronous_commit=off trades the
  # last few hundred milliseconds of commits on an OS crash for write latency; it never corrupts.
  setsid "$0" __run-postgres "$bin" "$pgdata" >> "$log_dir/postgres.log" 2>&1 < /dev/null &
  echo $! > "$pidfile"
  wait_until "postgres on 127.0.0.1:$POSTGRES_PORT" 60 postgres_ready \
    || { tail -n 30 "$log_dir/postgres.log" >&2; die "postgres did not start within 60s"; }
  if ! "$bin/psql" -h 127.0.0.1 -p "$POSTGRES_PORT" -U icn -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'ferretdb'" | grep -q 1; then
    "$bin/createdb" -h 127.0.0.1 -p "$POSTGRES_PORT" -U icn ferretdb || die "could not create the ferretdb database"
  fi
}

run_postgres() { # bindir datadir — the process that becomes the postmaster (see start_postgres)
  local exec_as=(); running_as_root && exec_as=(setpriv --reuid="$POSTGRES_OS_USER" --regid="$POSTGRES_OS_USER" --init-groups --)
  exec "${exec_as[@]}" "$1/postgres" -D "$2" -p "$POSTGRES_PORT" \
    -c listen_addresses=127.0.0.1 -c unix_socket_directories= \
    -c max_connections=200 -c shared_buffers=256MB -c synchronous_commit=off \
    -c log_min_messages=warning -c log_destination=stderr
}

start_ferretdb() {
  local pidfile="$run_dir/ferretdb.pid"
  if pid_alive "$pidfile"; then log "ferretdb already running (pid $(cat "$pidfile"))"; return 0; fi
  port_open "$FERRETDB_PORT" && die "port $FERRETDB_PORT is taken by another process (set FERRETDB_PORT)"
  # Supervised: FerretDB 1.24's SQLite driver (modernc) has been seen to die with SIGBUS when a
  # database file is dropped while another connection reads it (tests drop their databases). The
  # data is safe (SQLite WAL), so we restart it at once rather than fail every later test. The loop
  # runs in its own process group so `down` stops the loop and FerretDB together.
  setsid bash -c '
    while :; do
      "$0" -listen-addr "127.0.0.1:$1" -handler "$4" -postgresql-url "$5" -data-dir "$2" -log-level "${FERRETDB_LOG_LEVEL:-error}"
      code=$?
      [ -f "$3" ] || exit 0   # `down` removed the pid file: this was an orderly stop.
      echo "[stack] ferretdb exited with code $code; restarting" >&2
      sleep 1
    done' "$(ferretdb_bin)" "$FERRETDB_PORT" "$data_dir/ferretdb" "$pidfile" \
    "$FERRETDB_BACKEND" "postgres://icn@127.0.0.1:$POSTGRES_PORT/ferretdb?pool_max_conns=${FERRETDB_POSTGRES_POOL:-32}" \
    >> "$log_dir/ferretdb.log" 2>&1 < /dev/null &
  echo $! > "$pidfile"
  wait_until "ferretdb on 127.0.0.1:$FERRETDB_PORT" 60 port_open "$FERRETDB_PORT" \
    || { tail -n 30 "$log_dir/ferretdb.log" >&2; die "ferretdb did not start within 60s"; }
}

jaeger_healthy() { curl -fsS "http://127.0.0.1:$JAEGER_HEALTH_PORT/status" >/dev/null 2>&1; }

start_jaeger() {
  local pidfile="$run_dir/jaeger.pid"
  if pid_alive "$pidfile"; then log "jaeger already running (pid $(cat "$pidfile"))"; return 0; fi
  local port
  for port in "$JAEGER_OTLP_HTTP_PORT" "$JAEGER_OTLP_GRPC_PORT" "$JAEGER_UI_PORT" "$JAEGER_QUERY_GRPC_PORT" "$JAEGER_HEALTH_PORT"; do
    port_open "$port" && die "port $port is taken by another process (set the JAEGER_*_PORT variables)"
  done
  nohup "$(jaeger_bin)" --config "$here/jaeger/config.yaml" >> "$log_dir/jaeger.log" 2>&1 < /dev/null &
  echo $! > "$pidfile"
  wait_until "jaeger on 127.0.0.1:$JAEGER_UI_PORT (OTLP/HTTP 127.0.0.1:$JAEGER_OTLP_HTTP_PORT)" 60 jaeger_healthy \
    || { tail -n 30 "$log_dir/jaeger.log" >&2; die "jaeger did not start within 60s"; }
}

mailpit_ready() { curl -fsS "http://127.0.0.1:$MAILPIT_UI_PORT/readyz" >/dev/null 2>&1; }

start_mailpit() {
  local pidfile="$run_dir/mailpit.pid"
  if pid_alive "$pidfile"; then log "mailpit already running (pid $(cat "$pidfile"))"; return 0; fi
  local port
  for port in "$MAILPIT_SMTP_PORT" "$MAILPIT_UI_PORT"; do
    port_open "$port" && die "port $port is taken by another process (set MAILPIT_SMTP_PORT / MAILPIT_UI_PORT)"
  done
  mkdir -p "$data_dir/mailpit"
  # Local only: no TLS, any SMTP login accepted, messages kept in a SQLite file under data/.
  # Mailpit runs as root too (it does not refuse it), so no user of its own is needed.
  nohup "$(mailpit_bin)" --smtp "127.0.0.1:$MAILPIT_SMTP_PORT" --listen "127.0.0.1:$MAILPIT_UI_PORT" \
    --database "$data_dir/mailpit/mailpit.db" --max "$MAILPIT_MAX_MESSAGES" \
    --smtp-auth-accept-any --smtp-auth-allow-insecure >> "$log_dir/mailpit.log" 2>&1 < /dev/null &
  echo $! > "$pidfile"
  wait_until "mailpit on 127.0.0.1:$MAILPIT_UI_PORT (SMTP 127.0.0.1:$MAILPIT_SMTP_PORT)" 60 mailpit_ready \
    || { tail -n 30 "$log_dir/mailpit.log" >&2; die "mailpit did not start within 60s"; }
}

stop_one() { # name [signal]
  local pidfile="$run_dir/$1.pid" signal="${2:-TERM}"
  if ! pid_alive "$pidfile"; then rm -f "$pidfile"; return 0; fi
  local pid; pid="$(cat "$pidfile")"
  # Remove the pid file first: a supervisor loop reads its absence as "do not restart".
  rm -f "$pidfile"
  # A supervised process leads its own process group: signal the whole group.
  local target="$pid"
  [ "$(ps -o pgid= -p "$pid" | tr -d ' ')" = "$pid" ] && target="-$pid"
  kill -"$signal" -- "$target" 2>/dev/null || true
  local deadline=$((SECONDS + 30))
  while kill -0 "$pid" 2>/dev/null || { [ "$target" != "$pid" ] && pgrep -g "$pid" >/dev/null; }; do
    if [ $SECONDS -ge $deadline ]; then log "$1 did not stop in 30s, killing"; kill -KILL -- "$target" 2>/dev/null || true; fi
    sleep 0.3
  done
  log "$1 stopped"
}

status_one() { # name port
  if pid_alive "$run_dir/$1.pid"; then
    printf '%-9s running  pid %-7s 127.0.0.1:%-6s log %s\n' "$1" "$(cat "$run_dir/$1.pid")" "$2" "$log_dir/$1.log"
  else
    printf '%-9s stopped\n' "$1"; return 1
  fi
}

cmd="${1:-}"
# Internal: start_postgres re-enters the script this way so the postmaster runs in a session of its own.
[ "${1:-}" = __run-postgres ] && run_postgres "$2" "$3"

only=""
tracing="${TRACING:-0}"
mail="${MAIL:-0}"
for arg in "${@:2}"; do
  case "$arg" in
    --with-tracing) tracing=1 ;;
    --with-mail) mail=1 ;;
    kafka|ferretdb|jaeger|mailpit) [ -z "$only" ] || die "one component at a time"; only="$arg" ;;
    *) die "unknown component '$arg' (kafka, ferretdb, jaeger or mailpit; or --with-tracing, --with-mail)" ;;
  esac
done
with() { [ -z "$only" ] || [ "$only" = "$1" ]; }
# Jaeger only when asked for: by name, or with the whole stack and --with-tracing / TRACING=1.
with_jaeger() { [ "$only" = jaeger ] || { [ -z "$only" ] && [ "$tracing" = 1 ]; }; }
# Mailpit likewise: by name, or with the whole stack and --with-mail / MAIL=1.
with_mailpit() { [ "$only" = mailpit ] || { [ -z "$only" ] && [ "$mail" = 1 ]; }; }
mkdir -p "$run_dir" "$log_dir" "$data_dir"
case "$cmd" in
  provision) with kafka && provision_kafka; with ferretdb && provision_ferretdb && provision_postgres; with_jaeger && provision_jaeger; with_mailpit && provision_mailpit; true ;;
  up)
    if [ "$only" != jaeger ] && [ "$only" != mailpit ]; then
      with kafka && provision_kafka; with ferretdb && provision_ferretdb && provision_postgres
      with ferretdb && start_postgres && start_ferretdb; with kafka && start_kafka
      with kafka && log "KAFKA_BROKERS=$(kafka_bootstrap)"
      with kafka && [ "$KAFKA_NODES" != 1 ] && log "KAFKA_TOPIC_REPLICATION_FACTOR=$(kafka_replication) KAFKA_TOPIC_MIN_INSYNC_REPLICAS=$(kafka_min_insync)"
      with ferretdb && log "MONGODB_URI=mongodb://127.0.0.1:$FERRETDB_PORT"
    fi
    if with_jaeger; then
      provision_jaeger && start_jaeger
      log "OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:$JAEGER_OTLP_HTTP_PORT"
      log "traces: http://127.0.0.1:$JAEGER_UI_PORT/api/traces?service=<service>"
    fi
    if with_mailpit; then
      provision_mailpit && start_mailpit
      log "SMTP_HOST=127.0.0.1 SMTP_PORT=$MAILPIT_SMTP_PORT"
      log "mail: http://127.0.0.1:$MAILPIT_UI_PORT (API http://127.0.0.1:$MAILPIT_UI_PORT/api/v1/messages)"
    fi
    true ;;
  # PostgreSQL gets SIGINT, its fast shutdown: SIGTERM would wait for every client to disconnect.
  # Jaeger and Mailpit are stopped with the whole stack whether or not they were asked for: down stops what runs.
  down) if with kafka; then for node in $(kafka_nodes); do stop_one "$(kafka_node_name "$node")"; done; fi; with ferretdb && stop_one ferretdb && stop_one postgres INT; with jaeger && stop_one jaeger; with mailpit && stop_one mailpit; true ;;
  status)
    rc=0
    if with kafka; then for node in $(kafka_nodes); do status_one "$(kafka_node_name "$node")" "$(kafka_node_port "$node")" || rc=1; done; fi
    if with ferretdb; then status_one ferretdb "$FERRETDB_PORT" || rc=1; fi
    if with ferretdb && [ "$FERRETDB_BACKEND" = postgresql ]; then status_one postgres "$POSTGRES_PORT" || rc=1; fi
    if with_jaeger || { with jaeger && pid_alive "$run_dir/jaeger.pid"; }; then status_one jaeger "$JAEGER_UI_PORT" || rc=1; fi
    if with_mailpit || { with mailpit && pid_alive "$run_dir/mailpit.pid"; }; then status_one mailpit "$MAILPIT_UI_PORT" || rc=1; fi
    exit $rc ;;
  *) sed -n '2,/^[^#]/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 2 ;;
esac
