-- Shared by the wrk scripts of bench/dossiers.sh: numbers the threads (global `id` in each), adds up the
-- `failures` each thread counted (wrong answers) and prints one RESULT line the benchmark reads, with the
-- socket errors and timeouts apart (wrk's own status count would count the wrong answers twice).
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function done(summary, latency, requests)
  local failed = 0
  for _, t in ipairs(threads) do
    failed = failed + tonumber(t:get("failures"))
  end
  io.write(string.format("RESULT requests=%d duration_us=%d failures=%d errors=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d\n",
    summary.requests, summary.duration, failed,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
