dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
-- The referral transition: POST /api/v1/referrals/{id}/start (ACCEPTED -> IN_PROGRESS, by the receiving institution)
-- on the accepted referrals listed "id version" a line in BENCH_IDS (run.sh writes it from the database before each
-- run; a transition names the version it read, optimistic locking), each thread on its own half, each referral once.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local ids = {}
local versions = {}
for line in io.lines(os.getenv("BENCH_IDS")) do
  local id, v = line:match("^(%d+)%s+(%d+)$")
  ids[#ids + 1] = id; versions[#versions + 1] = v
end
local tcount = 0
function setup(thread)
  thread:set("tid", tcount); tcount = tcount + 1
end
function init(args)
  n = 0
end
request = function()
  local i = 1 + ((n * 2 + tid) % #ids); n = n + 1
  return wrk.format("POST", "/api/v1/referrals/" .. ids[i] .. "/start", nil,
    '{"reason":"bench","version":' .. versions[i] .. '}')
end
