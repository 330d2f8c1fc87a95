-- check.lua: wrk script that POSTs one GraphQL query and checks every
-- response: status 200, no "errors" key, and exactly BENCH_EDGES rows,
-- counted by BENCH_NEEDLE: a field both servers name alike and that each
-- row holds once (the organisation list's "uscc", the tenant list's
-- "endsOn", ...: bench/compare names it per list). wrk's thread states are
-- separate Lua states, so each thread counts its own bad responses and
-- done() sums them through thread:get.
--
-- Environment: BENCH_BODY (the JSON request), BENCH_AUTH (a whole
-- Authorization header value, or empty), BENCH_EDGES (default 50),
-- BENCH_NEEDLE (default "uscc":, with the quotes and the colon).

wrk.method = "POST"
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["Content-Type"] = "application/json"
local auth = os.getenv("BENCH_AUTH") or ""
if auth ~= "" then
  wrk.headers["Authorization"] = auth
end

local want = tonumber(os.getenv("BENCH_EDGES") or "50")
local needle = os.getenv("BENCH_NEEDLE") or '"uscc":'
if needle == "" then
  needle = '"uscc":'
end
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  bad, non200, checked = 0, 0, 0
end

local function count(s, needle)
  local n, pos = 0, 1
  while true do
    local i = string.find(s, needle, pos, true)
    if not i then return n end
    n, pos = n + 1, i + #needle
  end
end

function response(status, headers, body)
  checked = checked + 1
  if status ~= 200 then
    non200 = non200 + 1
    bad = bad + 1
  elseif string.find(body, '"errors"', 1, true) or count(body, needle) ~= want then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local b, n, c = 0, 0, 0
  for _, t in ipairs(threads) do
    b, n, c = b + t:get("bad"), n + t:get("non200"), c + t:get("checked")
  end
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d checked=%d bad=%d non200=%d socket_errors=%d duration_us=%d p50_us=%d p99_us=%d\n",
    summary.requests, c, b, n, e.connect + e.read + e.write + e.timeout, summary.duration,
    latency:percentile(50), latency:percentile(99)))
end
