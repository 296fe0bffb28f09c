#!/usr/bin/env bash
# Starts a local PostgreSQL for the store tests and prints its JDBC URL on stdout (everything else goes to stderr).
# Idempotent: installs Debian's postgresql package when missing, creates and starts the cluster, creates the role
# and database (default assay/assay, password assay), and listens on loopback only.
#
#   export ASSAY_TEST_PG_URL="$(scripts/ci-postgres.sh)"
#   ./mvnw -B verify -pl assay-store -am
#
# Settings: ASSAY_PG_USER, ASSAY_PG_PASSWORD, ASSAY_PG_DB (all default to "assay").
set -euo pipefail

user="${ASSAY_PG_USER:-assay}"
password="${ASSAY_PG_PASSWORD:-assay}"
db="${ASSAY_PG_DB:-assay}"

log() { echo "ci-postgres: $*" >&2; }

as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        sudo -u postgres -- "$@"
    fi
}

if ! compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null || ! command -v pg_ctlcluster >/dev/null; then
    log "installing postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
fi

version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters --no-header | awk '{print $1" "$2}' | grep -qx "$version main"; then
    log "creating cluster $version/main"
    pg_createcluster "$version" main >&2
fi
port="$(pg_lsclusters --no-header | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')"
as_postgres psql --version >/dev/null

if ! pg_ctlcluster "$version" main status >/dev/null 2>&1; then
    log "starting cluster $version/main on port $port"
    # Loopback only, whatever the cluster's configuration says.
    pg_ctlcluster "$version" main start -- -o "-c listen_addresses=127.0.0.1" >&2 || pg_ctlcluster "$version" main start >&2
fi

for _ in $(seq 1 30); do
    if as_postgres pg_isready -q -h 127.0.0.1 -p "$port"; then break; fi
    sleep 1
done
as_postgres pg_isready -h 127.0.0.1 -p "$port" >&2

psql_admin() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$port" -d postgres "$@"; }

if [ "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$user'")" != "1" ]; then
    log "creating role $user"
    psql_admin -c "CREATE ROLE \"$user\" LOGIN CREATEDB PASSWORD '$password'"
else
    psql_admin -c "ALTER ROLE \"$user\" LOGIN CREATEDB PASSWORD '$password'"
fi
if [ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]; then
    log "creating database $db"
    psql_admin -c "CREATE DATABASE \"$db\" OWNER \"$user\""
fi

echo "jdbc:postgresql://127.0.0.1:${port}/${db}?user=${user}&password=${password}"
