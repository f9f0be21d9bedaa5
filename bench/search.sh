#!/bin/sh
# Portal search benchmark: the search service (embedded Lucene) against a PostgreSQL substring scan
# (folded_text LIKE '%…%') over the same generated corpus, with the same queries.
#   bench/search.sh [entries, default 1000000] [queries, default 1000] [of which also scanned, default all]
# Needs PostgreSQL at 127.0.0.1:5432 (or it starts the embedded one, like the tests); results are
# printed and written to target/bench/search/results.txt.
set -eu
cd "$(dirname "$0")/.."
ENTRIES="${1:-1000000}"
QUERIES="${2:-1000}"
SCANS="${3:-$QUERIES}"
exec ./mvnw -B -o test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="-Xmx4g" \
  -Dcongso.bench.search.entries="$ENTRIES" -Dcongso.bench.search.queries="$QUERIES" -Dcongso.bench.search.scan-queries="$SCANS" \
  -Dcongso.bench.search.seeds="${CONGSO_BENCH_SEEDS:-/work/shared/seeds}"
