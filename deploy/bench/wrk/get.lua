dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
request = function()
  return wrk.format("GET", prefix .. "/api/v1/projects/" .. (first + math.random(0, count - 1)))
end
