dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
-- Unique (project, month) per thread and per run so each POST is a new report, each with its own Idempotency-Key
-- (as a client that retries safely sends it): run r (BENCH_RUN 0..2),
-- thread t (0..1) -> months 2018-01 + (r*2+t)*12 + n/count (all in the past, as the service requires).
-- Funds in place are cumulative (134号 二): a figure above the signed total or below a neighbouring month's is refused
-- without its reason (ProgressRules), so each report gives both reasons and every POST is a write, not a 422.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local threads = {}
local tcount = 0
function setup(thread)
  thread:set("tid", tcount); tcount = tcount + 1
end
function init(args)
  run = tonumber(os.getenv("BENCH_RUN") or "0"); n = 0
end
request = function()
  local slot = (run * 2 + tid) * 12 + math.floor(n / count)
  local y = 2018 + math.floor(slot / 12); local m = 1 + slot % 12
  local id = first + (n % count); n = n + 1
  local body = string.format('{"period":"%04d-%02d","contractPerformed":true,"constructionStarted":true,'
    .. '"completed":false,"fundsInPlace":20,"overTotalReason":"bench","fundsDecreaseReason":"bench","progress":"bench"}', y, m)
  local headers = {}
  for k, v in pairs(wrk.headers) do headers[k] = v end
  headers["Idempotency-Key"] = string.format("bench-%d-%d-%d-%d", os.time(), run, tid, n)
  return wrk.format("POST", "/api/v1/projects/" .. id .. "/reports", headers, body)
end
