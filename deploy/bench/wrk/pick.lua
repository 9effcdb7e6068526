dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
-- GET BENCH_PATH with {n} replaced by a random integer in BENCH_MIN..BENCH_MAX and {p} by a page in 0..BENCH_PAGES-1
-- (e.g. BENCH_PATH=/api/v1/tasks/{n} BENCH_MIN=1001 BENCH_MAX=3000).
local path = os.getenv("BENCH_PATH")
local lo = tonumber(os.getenv("BENCH_MIN") or "1")
local hi = tonumber(os.getenv("BENCH_MAX") or "1")
local pages = tonumber(os.getenv("BENCH_PAGES") or "1")
request = function()
  local p = path:gsub("{n}", tostring(math.random(lo, hi))):gsub("{p}", tostring(math.random(0, pages - 1)))
  return wrk.format("GET", prefix .. p)
end
