dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
-- the generated referrals: ids 100000001 .. 100000000 + 1M x scale (the first million always exist)
request = function()
  return wrk.format("GET", prefix .. "/api/v1/referrals/" .. (100000001 + math.random(0, 999999)))
end
