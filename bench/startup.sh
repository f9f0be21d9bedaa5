#!/usr/bin/env bash
# Start-up time and resident memory of the embedded default run (issue 2 target: ≤ 10 s, ≤ 512 MB RSS).
# Builds the jar once, starts it once to create the embedded cluster, then starts it RUNS times against
# that data directory and reports, per run and as medians: seconds until /actuator/health is UP, and the
# resident memory (VmRSS) of the JVM and of the embedded PostgreSQL processes after start-up.
# Usage: bench/startup.sh [RUNS]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=${BENCH_PORT:-18080}
data=$(mktemp -d /tmp/congso-bench-XXXXXX)
trap 'rm -rf "$data"' EXIT

./mvnw -q -B -DskipTests package >/dev/null
jar=$(ls target/congso-*.jar | grep -v plain | head -1)

start_once() {
  local started=$(date +%s%N)
  CONGSO_DATA_DIR="$data" CONGSO_DEMO_PASSWORD=bench-password PORT=$port \
    java ${BENCH_JAVA_OPTS:-} -jar "$jar" >"$data/app.log" 2>&1 &
  local pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $pid 2>/dev/null || { echo "start failed:"; tail -30 "$data/app.log"; exit 1; }
    sleep 0.05
  done
  local ready=$(date +%s%N)
  local jvm_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  local pg_kb=0
  for p in $(pgrep -f "$data/postgres" || true); do
    pg_kb=$((pg_kb + $(awk '/VmRSS/ {print $2}' /proc/$p/status 2>/dev/null || echo 0)))
  done
  kill $pid; wait $pid 2>/dev/null || true
  # the embedded cluster must stop with the application
  for _ in $(seq 1 100); do pgrep -f "$data/postgres" >/dev/null || break; sleep 0.1; done
  if pgrep -f "$data/postgres" >/dev/null; then echo "embedded PostgreSQL still running after shutdown"; exit 1; fi
  echo "$(( (ready - started) / 1000000 )) $((jvm_kb / 1024)) $((pg_kb / 1024))"
}

echo "first start (creates the cluster, runs migrations, seeds demo data): $(start_once | awk '{printf "%.2f s, JVM %d MB, PostgreSQL %d MB", $1/1000, $2, $3}')"
results=()
for i in $(seq 1 "$runs"); do
  r=$(start_once)
  results+=("$r")
  echo "run $i: $(echo "$r" | awk '{printf "%.2f s, JVM %d MB, PostgreSQL %d MB", $1/1000, $2, $3}')"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
t=$(printf '%s\n' "${results[@]}" | awk '{print $1}' | median)
j=$(printf '%s\n' "${results[@]}" | awk '{print $2}' | median)
p=$(printf '%s\n' "${results[@]}" | awk '{print $3}' | median)
printf 'median of %d: start-up %.2f s (target ≤ 10 s), JVM RSS %d MB + embedded PostgreSQL %d MB = %d MB (target ≤ 512 MB)\n' \
  "$runs" "$(echo "$t/1000" | bc -l)" "$j" "$p" "$((j + p))"
