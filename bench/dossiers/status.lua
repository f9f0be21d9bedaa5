-- wrk script of bench/dossiers.sh: every request looks up the status of a random dossier of the loaded
-- set with its secret, GET /api/v1/dossiers/{code}/status?secret=...
-- Argument: the file the benchmark wrote, one request path per line.
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    table.insert(paths, line)
  end
  math.randomseed(os.time() + id * 7919)
  failures = 0
end

function request()
  return wrk.format("GET", paths[math.random(#paths)], {["Accept"] = "application/json"})
end

function response(status, headers, body)
  if status ~= 200 then
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, t in ipairs(threads) do
    failed = failed + tonumber(t:get("failures"))
  end
  io.write(string.format("RESULT requests=%d duration_us=%d failures=%d errors=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d\n",
    summary.requests, summary.duration, failed,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
