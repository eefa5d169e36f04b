# Sourced by .ci/run (Debian's postgresql and redis-server installed): start a
# throw-away PostgreSQL cluster and a Redis server on loopback, for this CI run
# only, stopped (and their folder removed) when the shell that sourced it exits,
# whether the tests passed, failed or the run was stopped. As root the cluster
# belongs to Debian's postgres user (PostgreSQL refuses to run as root);
# otherwise to the user running it.
# Sets BALISE_TEST_POSTGRES_URL and BALISE_TEST_REDIS_URL, which make bin/test
# run the suite on PostgreSQL with the Redis cache beside the SQLite run.
# Nothing is kept: fsync is off and Redis saves nothing, as befits a test run.

ci_services_dir=$(mktemp -d /tmp/balise-ci-services.XXXXXX)
ci_pg_port=${BALISE_CI_POSTGRES_PORT:-54329}
ci_redis_port=${BALISE_CI_REDIS_PORT:-6399}
ci_pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$ci_pg_bin" ] || ! command -v redis-server >/dev/null 2>&1; then
  echo "The PostgreSQL run needs these Debian packages: postgresql redis-server" >&2
  echo "Install them with: sudo apt-get install -y postgresql redis-server" >&2
  rmdir "$ci_services_dir"
  return 1
fi
ci_as_postgres=()
[ "$(id -u)" != 0 ] || ci_as_postgres=(runuser -u postgres --)

stop_ci_services() {
  if [ -f "$ci_services_dir/postgres/postmaster.pid" ]; then
    "${ci_as_postgres[@]}" "$ci_pg_bin/pg_ctl" -D "$ci_services_dir/postgres" -m immediate \
      stop >/dev/null 2>&1 || true
  fi
  if [ -f "$ci_services_dir/redis.pid" ]; then
    kill "$(cat "$ci_services_dir/redis.pid")" 2>/dev/null || true
  fi
  rm -rf "$ci_services_dir"
}
trap stop_ci_services EXIT

[ "$(id -u)" != 0 ] || chown postgres: "$ci_services_dir"
"${ci_as_postgres[@]}" "$ci_pg_bin/initdb" -D "$ci_services_dir/postgres" -U postgres \
  --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync >/dev/null
"${ci_as_postgres[@]}" "$ci_pg_bin/pg_ctl" -D "$ci_services_dir/postgres" -w \
  -l "$ci_services_dir/postgres.log" \
  -o "-c listen_addresses=127.0.0.1 -p $ci_pg_port -k $ci_services_dir -c fsync=off" \
  -o "-c synchronous_commit=off -c full_page_writes=off" start >/dev/null
"${ci_as_postgres[@]}" "$ci_pg_bin/psql" -q -h 127.0.0.1 -p "$ci_pg_port" -U postgres \
  -v ON_ERROR_STOP=1 \
  -c "CREATE ROLE balise LOGIN PASSWORD 'balise' CREATEDB" \
  -c "CREATE DATABASE balise OWNER balise"
redis-server --daemonize yes --bind 127.0.0.1 --port "$ci_redis_port" --save '' \
  --appendonly no --dir "$ci_services_dir" --pidfile "$ci_services_dir/redis.pid" \
  --logfile "$ci_services_dir/redis.log"
for _ in $(seq 50); do
  redis-cli -p "$ci_redis_port" ping >/dev/null 2>&1 && break
  sleep 0.1
done
export BALISE_TEST_POSTGRES_URL="postgres://balise:balise@127.0.0.1:$ci_pg_port/balise"
export BALISE_TEST_REDIS_URL="redis://127.0.0.1:$ci_redis_port/0"
echo "PostgreSQL $("$ci_pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$ci_pg_port," \
  "Redis $(redis-server --version | awk '{print $3}' | cut -d= -f2) on 127.0.0.1:$ci_redis_port"
