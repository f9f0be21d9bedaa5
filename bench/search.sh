#!/bin/sh
# Portal search benchmark: the search service (embedded Lucene) against a PostgreSQL substring scan
# (folded_text LIKE '%…%') over the same generated corpus, with the same queries.
#   bench/search.sh [entries, default 1000000] [queries, default 1000] [of which also scanned, default all]
# Needs PostgreSQL at 127.0.0.1:5432 (or it starts the embedded one, like the tests); results are
# printed and written to target/bench/search/results.txt.
# Environment: BENCH_JFR=1 records a JFR profile of the timed searches into target/bench/search/searches.jfr
# (read it with `jfr print --events jdk.ExecutionSample …`); BENCH_REUSE=1 keeps the index and the table of
# an earlier run with as many entries (target/bench/search-index-<entries>) instead of rebuilding them: for quick
# iterations on the query side only, never for figures on the record.
set -eu
cd "$(dirname "$0")/.."
JFR=""
if [ "${BENCH_JFR:-0}" = 1 ]; then
  JFR="$(pwd)/target/bench/search/searches.jfr"
fi
ENTRIES="${1:-1000000}"
QUERIES="${2:-1000}"
SCANS="${3:-$QUERIES}"
exec ./mvnw -B -o test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.jvm.args="-Xmx4g" \
  -Dcongso.bench.search.entries="$ENTRIES" -Dcongso.bench.search.queries="$QUERIES" -Dcongso.bench.search.scan-queries="$SCANS" \
  -Dcongso.bench.search.jfr="$JFR" -Dcongso.bench.search.reuse="$([ "${BENCH_REUSE:-0}" = 1 ] && echo true || echo false)" \
  -Dcongso.bench.search.seeds="${CONGSO_BENCH_SEEDS:-/work/shared/seeds}"
