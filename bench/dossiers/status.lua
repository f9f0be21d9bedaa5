-- wrk script of bench/dossiers.sh: every request looks up the status of a random dossier of the loaded
-- set with its secret, GET /api/v1/dossiers/{code}/status?secret=...
-- Argument: the file the benchmark wrote, one request path per line.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "threads.lua")

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
