dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
-- a unit holds ~count/units projects of the fair: pages 0..14 of 20 exist for every unit
request = function()
  return wrk.format("GET", prefix .. "/api/v1/projects?fairId=" .. fair .. "&unitId=" .. math.random(1, units)
    .. "&page=" .. math.random(0, 14) .. "&size=20")
end
