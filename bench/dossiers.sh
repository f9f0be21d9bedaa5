#!/bin/sh
# Dossier benchmark (issue 5), on PostgreSQL:
#  1. online submission through the service layer (validation, dossier code, appointment, history,
#     audit entry, events, mail) against bare single-row JDBC inserts of the same rows (dossier, history,
#     two events, audit entry, mail; one transaction per dossier, nothing computed: "bare receipt rows")
#     at the same concurrency, rounds interleaved → rates and ratio (target ≥ 0.5); and, to show what
#     the other rows cost, against one autocommit insert of the dossier row alone → rate and ratio;
#  2. the same submissions over HTTP (session + CSRF, the e-form POST) driven by wrk from a second process;
#  3. the public status lookup with 1,000,000 dossiers loaded: service, bare JDBC and HTTP p99 (target ≤ 5 ms).
#   bench/dossiers.sh [submissions per round, default 3000] [rounds, default 3] [dossiers loaded, default 1000000]
# Environment: CONCURRENCY (default "2,8"), WRK_SECONDS (default 10: at 8 connections 15 s of submissions passed the day's 9,999 codes), PARTS (default 123: which parts to run),
# SMTP=greenmail to receive the mails in GreenMail instead of the counting SMTP sink (SmtpSink),
# BENCH_JFR=1 to record a JFR profile of part 1 into target/bench/dossiers/submission.jfr (read it with
# `jfr print --events jdk.ExecutionSample …` or `jfr summary`).
# Needs wrk (Debian: apt-get install wrk; not needed by any test, so not in .ci/run) and PostgreSQL at
# 127.0.0.1:5432 (or it starts the embedded one, like the tests). Results are printed and written to
# target/bench/dossiers/results.txt.
set -eu
cd "$(dirname "$0")/.."
JFR=""
if [ "${BENCH_JFR:-0}" = 1 ]; then
  mkdir -p target/bench/dossiers
  JFR="$(pwd)/target/bench/dossiers/submission.jfr"
fi
exec ./mvnw -B -o test -Dtest=DossierBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dcongso.bench.dossiers.warmup-rounds="${WARMUP_ROUNDS:-3}" \
  -Dsurefire.jvm.args="-Xmx2g ${BENCH_JVM:-}" -Dcongso.bench.dossiers.jfr="$JFR" \
  -Dcongso.bench.dossiers.submissions="${1:-3000}" -Dcongso.bench.dossiers.rounds="${2:-3}" \
  -Dcongso.bench.dossiers.loaded="${3:-1000000}" -Dcongso.bench.dossiers.concurrency="${CONCURRENCY:-2,8}" -Dcongso.bench.dossiers.smtp="${SMTP:-sink}" \
  -Dcongso.bench.dossiers.wrk-seconds="${WRK_SECONDS:-10}" -Dcongso.bench.dossiers.parts="${PARTS:-123}" -Dcongso.bench.dossiers.scripts="$(pwd)/bench/dossiers"
