#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the archive tests and benchmarks, on a Unix socket in
# a temporary folder (no TCP port, no system service touched).
#   scripts/pg-cluster.sh start DIR   initdb (once) and start it; prints the connection string
#   scripts/pg-cluster.sh stop DIR    stop it (the folder stays; remove it when done)
# As root, the cluster runs as the unprivileged user `nobody` (PostgreSQL refuses root),
# and the folder is owned by it. The server listens on DIR only; its superuser is the
# user running it, with trust authentication on that socket, so keep DIR private (0700).
set -euo pipefail
cmd=${1:-}
dir=${2:-}
[[ -n "$cmd" && -n "$dir" ]] || { echo "usage: scripts/pg-cluster.sh start|stop DIR" >&2; exit 2; }
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
[[ -x "$bindir/initdb" ]] || { echo "pg-cluster: no PostgreSQL server (install Debian's postgresql)" >&2; exit 2; }
as=()
user=$(id -un)
if [[ $(id -u) -eq 0 ]]; then
  user=nobody
  as=(runuser -u nobody --)
fi
mkdir -p "$dir"
chmod 0700 "$dir"
[[ $(id -u) -eq 0 ]] && chown nobody "$dir"
case "$cmd" in
  start)
    if [[ ! -f "$dir/data/PG_VERSION" ]]; then
      "${as[@]}" "$bindir/initdb" -D "$dir/data" -U "$user" -A trust -E UTF8 --locale=C.UTF-8 \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 2; }
    fi
    # No TCP (listen_addresses=''), the socket in DIR; fsync stays on (the kill tests rely
    # on what a real server does); enough connections for parallel writers and readers.
    "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c max_connections=50" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 2; }
    echo "postgresql://$user@/postgres?host=$dir"
    ;;
  stop)
    if [[ -f "$dir/data/postmaster.pid" ]]; then
      "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    ;;
  *) echo "usage: scripts/pg-cluster.sh start|stop DIR" >&2; exit 2 ;;
esac
