dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
request = function()
  return wrk.format("GET", "/api/v1/projects/" .. (first + math.random(0, count - 1)))
end
