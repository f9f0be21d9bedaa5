#!/bin/sh
# edXML exchange benchmark: two congso installations (A, B; own databases, keys, agency identifiers,
# each the other's peer) in one JVM; A sends envelopes with one attachment each through the real
# exchange (XAdES signature, outbox, HTTP) to B, which parses, verifies against A's certificate and
# stores each (01 back). Baseline in the same run, alternating document by document: a bare HTTP POST
# of the same signed bytes to a servlet on an embedded Tomcat that reads and discards them.
#   bench/exchange.sh [documents, default 1000] [attachment bytes, default 1048576]
# Results are printed and written to target/bench/exchange/results.txt.
set -eu
cd "$(dirname "$0")/.."
exec ./mvnw -B -o test -Dtest=ExchangeBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.jvm.args="-Xmx3g" \
  -Dcongso.bench.exchange.documents="${1:-1000}" -Dcongso.bench.exchange.attachment-bytes="${2:-1048576}"
