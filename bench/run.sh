#!/usr/bin/env bash
# Decision Follow-up benchmarks (issue 8): prints a table and writes bench/out/results.csv and results.txt.
#   bash bench/run.sh                      # small sizes, H2 file database and PostgreSQL, a few minutes
#   BENCH_DB=h2 bash bench/run.sh          # only H2 (no PostgreSQL needed)
#   BENCH_FULL=1 bash bench/run.sh         # the issue's sizes: 10,000-decision storm, 100,000 open tasks
#   BENCH_ONLY=tasklist,footprint bash bench/run.sh   # some parts: startup,lifecycle,storm,tasklist,footprint,minutes
# Sizes one by one: BENCH_LIFECYCLE (bare instances; decisions = half), BENCH_STORM, BENCH_STORM_BACKGROUND (future
# timers of other open decisions in the job table during the storms, 0), BENCH_TASKS, BENCH_QUERIES,
# BENCH_TASKS_ENGINE (open tasks the engine makes; the rest of BENCH_TASKS are SQL copies of them), and
# BENCH_H2_FILE (an H2 file kept between runs, so the open tasks are made once), BENCH_PG_DB (the same for
# PostgreSQL: a database named followup_t_…, created when missing and kept), BENCH_QUERIES_SLOW (calls of the slow
# task-list cases, an office without tasks; 0 leaves them out), BENCH_QUERIES_CAMUNDA (calls of the issue's shape,
# BENCH_QUERIES by default), BENCH_H2_OPTIONS (appended to the H2 URL, e.g. ";CACHE_SIZE=131072"),
# BENCH_WARMUP_SECONDS (untimed work before each lifecycle measurement, 20), BENCH_MVN_ARGS (more -D options;
# application properties among them reach the application, e.g. "-Dfollowup.h2-task-list-plan=false").
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${BENCH_DB:-h2,postgres}"
if [ -n "${BENCH_FULL:-}" ]; then
  : "${BENCH_LIFECYCLE:=1000}" "${BENCH_STORM:=10000}" "${BENCH_TASKS:=100000}" "${BENCH_QUERIES:=500}"
  : "${BENCH_TASKS_ENGINE:=20000}"
fi
# PostgreSQL must run (FollowupBench creates and drops its own database; .ci/postgres.sh would also drop other
# runs' test databases, so it is not called here)
if [[ "$DB" == *postgres* ]] && ! pg_isready -q -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}"; then
  echo "bench: no PostgreSQL on ${PGHOST:-127.0.0.1}:${PGPORT:-5432} (start it, or BENCH_DB=h2)" >&2; exit 2
fi
mkdir -p bench/out
./mvnw -B -q test -Dtest=FollowupBench -Dsurefire.failIfNoSpecifiedTests=false -Dsurefire.timeout=0 \
  -Dbench.db="$DB" -Dbench.out="$PWD/bench/out" \
  -Dbench.lifecycle="${BENCH_LIFECYCLE:-100}" -Dbench.storm="${BENCH_STORM:-300}" \
  -Dbench.storm.background="${BENCH_STORM_BACKGROUND:-0}" \
  -Dbench.tasks="${BENCH_TASKS:-3000}" -Dbench.queries="${BENCH_QUERIES:-100}" \
  -Dbench.tasks.engine="${BENCH_TASKS_ENGINE:-2147483647}" -Dbench.h2file="${BENCH_H2_FILE:-}" \
  -Dbench.pg.database="${BENCH_PG_DB:-}" \
  -Dbench.queries.slow="${BENCH_QUERIES_SLOW:-10}" -Dbench.queries.camunda="${BENCH_QUERIES_CAMUNDA:-${BENCH_QUERIES:-100}}" \
  -Dbench.h2.options="${BENCH_H2_OPTIONS:-}" -Dbench.warmup.seconds="${BENCH_WARMUP_SECONDS:-20}" \
  -Dbench.only="${BENCH_ONLY:-startup,lifecycle,storm,tasklist,footprint,minutes}" ${BENCH_MVN_ARGS:-} \
  > bench/out/maven.log 2>&1 || { tail -50 bench/out/maven.log; echo "bench failed: bench/out/maven.log" >&2; exit 1; }
cat bench/out/results.txt
echo "CSV: bench/out/results.csv"
