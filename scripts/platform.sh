#!/usr/bin/env bash
# Runs the whole platform locally: Kafka + FerretDB (deploy/local/stack.sh), the demo OpenID Connect
# provider (apps/demo-identity), every service and the console (apps/console) as processes, and the demo data.
#
#   npm run platform            same as `up`
#   npm run platform -- up      provision, build, start infrastructure and services, seed demo data
#   npm run platform -- down    stop the services and the local stack
#   npm run platform -- status  what runs where
#
# Logs: .local/logs/<service>.log. Ports: MEMBERSHIP_PORT [3001], MATCHMAKING_PORT [3002], OPPORTUNITIES_PORT [3003],
# CONSORTIA_PORT [3004], NETWORK_PORT [3005], OIDC_PORT [3100],
# KAFKA_PORT [9092], FERRETDB_PORT [27017], Jaeger's JAEGER_UI_PORT [16686] and JAEGER_OTLP_HTTP_PORT [4318].
# Tracing: TRACING=0 runs without Jaeger and without exporting spans (ADR 15).
# Mail: Mailpit captures every e-mail the services send (SMTP on MAILPIT_SMTP_PORT [1025], web view and
# API on MAILPIT_UI_PORT [8025]); MAIL=0 runs without it.
set -euo pipefail
cd "$(dirname "$0")/.."
# The pinned Node.js LTS (.nvmrc) first on PATH, installed from the npm registry if missing.
. scripts/use-pinned-node.sh
repo="$(pwd)"

STACK_DIR="${ICN_STACK_DIR:-$repo/.local}"
MEMBERSHIP_PORT="${MEMBERSHIP_PORT:-3001}"
MATCHMAKING_PORT="${MATCHMAKING_PORT:-3002}"
OPPORTUNITIES_PORT="${OPPORTUNITIES_PORT:-3003}"
CONSORTIA_PORT="${CONSORTIA_PORT:-3004}"
NETWORK_PORT="${NETWORK_PORT:-3005}"
# KAFKA_NODES=3 runs the stack's three-node KRaft cluster: the services get every node and create
# their topics with replication factor 3 and min.insync.replicas 2, as in production.
if [ "${KAFKA_NODES:-1}" -ge 3 ]; then
  kafka_port="${KAFKA_PORT:-9092}"
  export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:$kafka_port,127.0.0.1:$((kafka_port + 2)),127.0.0.1:$((kafka_port + 4))}"
  export KAFKA_TOPIC_REPLICATION_FACTOR="${KAFKA_TOPIC_REPLICATION_FACTOR:-3}" KAFKA_TOPIC_MIN_INSYNC_REPLICAS="${KAFKA_TOPIC_MIN_INSYNC_REPLICAS:-2}"
fi
export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:${KAFKA_PORT:-9092}}"
export MONGODB_URI="${MONGODB_URI:-mongodb://127.0.0.1:${FERRETDB_PORT:-27017}}"
# Development-only secret, for `npm run token`; the services also accept the demo provider's tokens.
export JWT_SECRET="${JWT_SECRET:-icn-development-secret-change-me-0123456789}"
# Sign-in: the demo OpenID Connect provider, and what the services verify tokens against (ADR 13).
OIDC_PORT="${OIDC_PORT:-3100}"
OIDC_DIR="$STACK_DIR/oidc"
export OIDC_PORT OIDC_ISSUER="${OIDC_ISSUER:-http://127.0.0.1:$OIDC_PORT}" OIDC_AUDIENCE="${OIDC_AUDIENCE:-icn-api}"
export OIDC_KEYS_FILE="${OIDC_KEYS_FILE:-$OIDC_DIR/jwks.json}" OIDC_USERS_FILE="${OIDC_USERS_FILE:-$OIDC_DIR/users.json}"
export LOG_LEVEL="${LOG_LEVEL:-info}"
# Traces go to the local Jaeger (started with the stack) unless TRACING=0; an OTLP endpoint set by
# the caller (a collector of their own) wins.
TRACING="${TRACING:-1}"
JAEGER_UI_PORT="${JAEGER_UI_PORT:-16686}"
if [ "$TRACING" = 1 ]; then export OTEL_EXPORTER_OTLP_ENDPOINT="${OTEL_EXPORTER_OTLP_ENDPOINT:-http://127.0.0.1:${JAEGER_OTLP_HTTP_PORT:-4318}}"; fi
MAIL="${MAIL:-1}"
MAILPIT_UI_PORT="${MAILPIT_UI_PORT:-8025}"
# Mailpit speaks plain SMTP without login; the unsubscribe links' key is a development one.
if [ "$MAIL" = 1 ]; then
  export SMTP_HOST="${SMTP_HOST:-127.0.0.1}" SMTP_PORT="${SMTP_PORT:-${MAILPIT_SMTP_PORT:-1025}}" SMTP_TLS="${SMTP_TLS:-none}"
  export MAIL_UNSUBSCRIBE_SECRET="${MAIL_UNSUBSCRIBE_SECRET:-icn-development-unsubscribe-secret-0123456789}"
fi
export OPPORTUNITIES_PUBLIC_URL="${OPPORTUNITIES_PUBLIC_URL:-http://127.0.0.1:$OPPORTUNITIES_PORT}"

CONSOLE_PORT="${CONSOLE_PORT:-3000}"
export CONSOLE_PUBLIC_URL="${CONSOLE_PUBLIC_URL:-http://127.0.0.1:$CONSOLE_PORT}"
export OIDC_CONSOLE_REDIRECT_URIS="${OIDC_CONSOLE_REDIRECT_URIS:-$CONSOLE_PUBLIC_URL/auth/callback}"
export OIDC_CONSOLE_POST_LOGOUT_URIS="${OIDC_CONSOLE_POST_LOGOUT_URIS:-$CONSOLE_PUBLIC_URL/}"
export MEMBERSHIP_URL="http://127.0.0.1:$MEMBERSHIP_PORT" MATCHMAKING_URL="http://127.0.0.1:$MATCHMAKING_PORT"
export OPPORTUNITIES_URL="http://127.0.0.1:$OPPORTUNITIES_PORT" CONSORTIA_URL="http://127.0.0.1:$CONSORTIA_PORT"
export NETWORK_URL="http://127.0.0.1:$NETWORK_PORT"

services=(demo-identity membership matchmaking opportunities consortia network console)
port_of() { case "$1" in console) echo "$CONSOLE_PORT" ;; demo-identity) echo "$OIDC_PORT" ;; membership) echo "$MEMBERSHIP_PORT" ;; matchmaking) echo "$MATCHMAKING_PORT" ;; opportunities) echo "$OPPORTUNITIES_PORT" ;; consortia) echo "$CONSORTIA_PORT" ;; network) echo "$NETWORK_PORT" ;; esac; }

log() { printf '[platform] %s\n' "$*" >&2; }
pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

wait_ready() { # service port
  local deadline=$((SECONDS + 90))
  until curl -fsS "http://127.0.0.1:$2/health/ready" >/dev/null 2>&1; do
    if [ $SECONDS -ge $deadline ]; then
      tail -n 40 "$STACK_DIR/logs/$1.log" >&2 || true
      log "error: $1 did not become ready within 90s (log: $STACK_DIR/logs/$1.log)"; return 1
    fi
    sleep 0.5
  done
  if [ "$1" = demo-identity ]; then log "$1 ready: issuer $OIDC_ISSUER"
  elif [ "$1" = console ]; then log "console ready on $CONSOLE_PUBLIC_URL"; else log "$1 ready on http://127.0.0.1:$2 (OpenAPI: /docs)"; fi
}

# The console's client secret at the demo provider: generated once, readable by the owner only.
console_client_secret() {
  local file="$OIDC_DIR/console-client-secret"
  mkdir -p "$OIDC_DIR" && chmod 700 "$OIDC_DIR"
  if [ ! -s "$file" ]; then (umask 077; head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$file"); fi
  chmod 600 "$file" && cat "$file"
}

# The console's session key: generated once, so a restart keeps people signed in.
console_session_secret() {
  local file="$OIDC_DIR/console-session-secret"
  if [ ! -s "$file" ]; then (umask 077; head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$file"); fi
  cat "$file"
}

start_service() { # service
  local name="$1" port; port="$(port_of "$1")"
  local pidfile="$STACK_DIR/run/$name.pid"
  if pid_alive "$pidfile"; then log "$name already running (pid $(cat "$pidfile"))"; return 0; fi
  PORT="$port" nohup node -r ./scripts/register-paths.js "dist/out-tsc/apps/$name/src/main.js" \
    >> "$STACK_DIR/logs/$name.log" 2>&1 &
  echo $! > "$pidfile"
}

stop_service() {
  local pidfile="$STACK_DIR/run/$1.pid"
  if pid_alive "$pidfile"; then
    kill -TERM "$(cat "$pidfile")"
    local deadline=$((SECONDS + 20))
    while pid_alive "$pidfile" && [ $SECONDS -lt $deadline ]; do sleep 0.3; done
    pid_alive "$pidfile" && kill -KILL "$(cat "$pidfile")"
    log "$1 stopped"
  fi
  rm -f "$pidfile"
}

case "${1:-up}" in
  up)
    [ -d node_modules ] || npm ci --no-audit --no-fund
    mkdir -p "$STACK_DIR/run" "$STACK_DIR/logs"
    stack_options=()
    [ "$TRACING" = 1 ] && stack_options+=(--with-tracing)
    [ "$MAIL" = 1 ] && stack_options+=(--with-mail)
    deploy/local/stack.sh up ${stack_options[@]+"${stack_options[@]}"}
    log "building services"
    npm run build --silent
    OIDC_CONSOLE_CLIENT_SECRET="$(console_client_secret)"; export OIDC_CONSOLE_CLIENT_SECRET
    # The console reads its own names for the same values (it is a client of any provider).
    OIDC_CLIENT_SECRET="$OIDC_CONSOLE_CLIENT_SECRET"; export OIDC_CLIENT_SECRET
    CONSOLE_SESSION_SECRET="$(console_session_secret)"; export CONSOLE_SESSION_SECRET
    for service in "${services[@]}"; do start_service "$service"; done
    for service in "${services[@]}"; do wait_ready "$service" "$(port_of "$service")"; done
    log "seeding demo data"
    MEMBERSHIP_URL="http://127.0.0.1:$MEMBERSHIP_PORT" npm run --silent seed
    token="$(npm run --silent token -- --role network-admin --subject local-admin 2>/dev/null)"
    traces_info="  traces       off (TRACING=0)"
    if [ "$TRACING" = 1 ]; then
      traces_info="  traces       Jaeger http://127.0.0.1:$JAEGER_UI_PORT  (OTLP $OTEL_EXPORTER_OTLP_ENDPOINT)
               npm run --silent traces -- membership   (the newest traces of a service, as trees)"
    fi
    mail_info="  mail         off (MAIL=0)"
    [ "$MAIL" = 1 ] && mail_info="  mail         Mailpit http://127.0.0.1:$MAILPIT_UI_PORT  (every e-mail sent; API /api/v1/messages)"
    demo_users="$(node -e 'for (const u of require(process.argv[1])) console.log(`  ${u.username.padEnd(17)}${u.role.padEnd(17)}${u.clusterId ?? ""}`)' "$OIDC_USERS_FILE")"
    cat <<INFO

ICN platform is running.
  console      $CONSOLE_PUBLIC_URL   (sign in with a demo user below)
  membership   http://127.0.0.1:$MEMBERSHIP_PORT/docs
  matchmaking  http://127.0.0.1:$MATCHMAKING_PORT/docs
  opportunities http://127.0.0.1:$OPPORTUNITIES_PORT/docs
  consortia    http://127.0.0.1:$CONSORTIA_PORT/docs
  network      http://127.0.0.1:$NETWORK_PORT/docs
  Kafka        $KAFKA_BROKERS    FerretDB $MONGODB_URI
  logs         $STACK_DIR/logs/
$traces_info
$mail_info

Sign in to the console (OpenID provider $OIDC_ISSUER, client icn-console); demo users, password "demo":
$demo_users

Or a development (HS256) network-admin token for trying the APIs (valid 8h):
  export TOKEN=$token
  curl -H "Authorization: Bearer \$TOKEN" http://127.0.0.1:$MATCHMAKING_PORT/directory/organisations

Stop everything with: npm run platform -- down
INFO
    ;;
  down)
    for service in "${services[@]}"; do stop_service "$service"; done
    deploy/local/stack.sh down ;;
  status)
    for service in "${services[@]}"; do
      if pid_alive "$STACK_DIR/run/$service.pid"; then echo "$service running on :$(port_of "$service")"; else echo "$service stopped"; fi
    done
    deploy/local/stack.sh status || true ;;
  *) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
