#!/usr/bin/env bash
# Sourced by the bench scripts: starts the local stack only when Kafka or MongoDB/FerretDB does not
# answer at the configured address. A running stack (shared with tests and other runs) is never
# touched: `stack.sh up` would re-provision and re-check it.
reachable() { # host:port
  local host="${1%:*}" port="${1##*:}"
  (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null
}
kafka_address="${KAFKA_BROKERS%%,*}"
mongo_address="$(sed -E 's#^mongodb://([^/?,]+).*#\1#' <<<"$MONGODB_URI")"
if reachable "$kafka_address" && reachable "$mongo_address"; then
  echo "[bench] stack already running (Kafka $kafka_address, MongoDB $mongo_address)" >&2
else
  bash deploy/local/stack.sh up
fi
