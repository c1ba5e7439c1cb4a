# Shared by scripts/backup and scripts/restore: how to reach the database. Sourced, not run.

fail() {
  echo "error: $*" >&2
  exit 1
}

# Plain server: local client tools and the WAYMARK_DB_* (or PG*) settings, exported as PG* for them.
use_local() {
  export PGHOST="${WAYMARK_DB_HOST:-${PGHOST:-localhost}}"
  export PGPORT="${WAYMARK_DB_PORT:-${PGPORT:-5432}}"
  export PGDATABASE="${WAYMARK_DB_NAME:-${PGDATABASE:-waymark}}"
  export PGUSER="${WAYMARK_DB_USER:-${PGUSER:-waymark}}"
  if [ -n "${WAYMARK_DB_PASSWORD:-}" ]; then
    export PGPASSWORD="$WAYMARK_DB_PASSWORD"
  fi
  local tool var path
  for tool in "$@"; do
    if [ -n "${PG_BIN:-}" ]; then
      path="$PG_BIN/$tool"
      [ -x "$path" ] || fail "$path not found: PG_BIN=$PG_BIN should be a PostgreSQL bin directory (such as /usr/lib/postgresql/18/bin)"
    else
      path="$(command -v "$tool")" \
        || fail "$tool not found: install the PostgreSQL client (apt-get install postgresql-client), set PG_BIN to its bin directory, or use --compose"
    fi
    var="PG_$(tr '[:lower:]' '[:upper:]' <<<"${tool#pg_}")"
    printf -v "$var" '%s' "$path"
  done
  MODE=local
}

# Docker Compose: the tools of the db container, with its own POSTGRES_USER and POSTGRES_DB.
use_compose() {
  COMPOSE_DIR="${WAYMARK_COMPOSE_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
  [ -f "$COMPOSE_DIR/docker-compose.yml" ] || [ -f "$COMPOSE_DIR/compose.yaml" ] \
    || fail "no docker-compose.yml in $COMPOSE_DIR (set WAYMARK_COMPOSE_DIR)"
  if docker compose version >/dev/null 2>&1; then
    COMPOSE=(docker compose)
  elif command -v docker-compose >/dev/null 2>&1; then
    COMPOSE=(docker-compose)
  else
    fail "neither 'docker compose' nor 'docker-compose' found: install Docker Compose, or back up a plain server without --compose"
  fi
  MODE=compose
}

# Runs a command inside the db container, with stdin and stdout passed through.
in_container() {
  (cd "$COMPOSE_DIR" && "${COMPOSE[@]}" exec -T db "$@")
}

# Runs a PostgreSQL tool inside the db container against its database, with stdin and stdout passed through.
in_db() {
  # The quoted variables are expanded by the container's shell, from the container's environment.
  # shellcheck disable=SC2016
  (cd "$COMPOSE_DIR" && "${COMPOSE[@]}" exec -T db sh -c \
    'tool="$1"; shift; exec "$tool" -U "$POSTGRES_USER" -d "$POSTGRES_DB" "$@"' sh "$@")
}

describe_db() {
  if [ "$MODE" = compose ]; then
    echo "the database of the Compose service db (in $COMPOSE_DIR)"
  else
    echo "database $PGDATABASE on $PGHOST:$PGPORT as $PGUSER"
  fi
}
