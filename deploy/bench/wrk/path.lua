dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local path = os.getenv("BENCH_PATH")
request = function() return wrk.format("GET", prefix .. path) end
