#!/usr/bin/env bash
# Decision Follow-up benchmarks (issue 8): prints a table and writes bench/out/results.csv and results.txt.
#   bash bench/run.sh                      # small sizes, H2 file database and PostgreSQL, a few minutes
#   BENCH_DB=h2 bash bench/run.sh          # only H2 (no PostgreSQL needed)
#   BENCH_FULL=1 bash bench/run.sh         # the issue's sizes: 10,000-decision storm, 100,000 open tasks
# Sizes one by one: BENCH_LIFECYCLE (bare instances; decisions = half), BENCH_STORM, BENCH_TASKS, BENCH_QUERIES.
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${BENCH_DB:-h2,postgres}"
if [ -n "${BENCH_FULL:-}" ]; then
  : "${BENCH_LIFECYCLE:=1000}" "${BENCH_STORM:=10000}" "${BENCH_TASKS:=100000}" "${BENCH_QUERIES:=500}"
fi
if [[ "$DB" == *postgres* ]]; then
  bash .ci/postgres.sh followup_bench >/dev/null
fi
mkdir -p bench/out
./mvnw -B -q test -Dtest=FollowupBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.db="$DB" -Dbench.out="$PWD/bench/out" \
  -Dbench.lifecycle="${BENCH_LIFECYCLE:-100}" -Dbench.storm="${BENCH_STORM:-300}" \
  -Dbench.tasks="${BENCH_TASKS:-3000}" -Dbench.queries="${BENCH_QUERIES:-100}" \
  > bench/out/maven.log 2>&1 || { tail -50 bench/out/maven.log; echo "bench failed: bench/out/maven.log" >&2; exit 1; }
cat bench/out/results.txt
echo "CSV: bench/out/results.csv"
