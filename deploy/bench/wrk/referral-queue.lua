dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
-- a tertiary hospital's queue of new requests (the 200 first generated institutions are tertiary at scale 1)
request = function()
  return wrk.format("GET", prefix .. "/api/v1/referrals?toInstitutionId=" .. (100000000 + math.random(1, 200))
    .. "&status=REQUESTED&page=0&size=20")
end
