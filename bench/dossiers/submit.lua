-- wrk script of bench/dossiers.sh: every request submits the marital-status e-form (1.004873) as one of
-- the citizen sessions the benchmark logged in, with the session's CSRF token and a fresh idempotency key.
-- Arguments: the file the benchmark wrote (line 1 the path, line 2 the url-encoded form fields, then one
-- "<Cookie header>\t<url-encoded CSRF token>" line per session) and the run's name, which keeps the
-- idempotency keys of different runs apart.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "threads.lua")

function init(args)
  sessions = {}
  local lines = io.lines(args[1])
  path = lines()
  fields = lines()
  for line in lines do
    local cookie, csrf = line:match("([^\t]+)\t([^\t]+)")
    table.insert(sessions, {cookie = cookie, csrf = csrf})
  end
  run = args[2]
  counter = 0
  failures = 0
end

function request()
  counter = counter + 1
  local s = sessions[(counter % #sessions) + 1]
  local body = fields .. "&_csrf=" .. s.csrf .. "&idempotencyKey=wrk-" .. run .. "-" .. id .. "-" .. counter
  return wrk.format("POST", path, {["Cookie"] = s.cookie, ["Accept"] = "text/html",
    ["Content-Type"] = "application/x-www-form-urlencoded"}, body)
end

-- a receipt is a redirect to the new dossier's page; anything else (the form again, 403, 500) failed
function response(status, headers, body)
  local location = headers["Location"] or ""
  if status ~= 302 or not location:find("/tai-khoan/ho-so/", 1, true) then
    failures = failures + 1
  end
end
