-- Shared by the wrk scripts: the bearer token from the environment (deploy/token.sh), random ids in range.
token = os.getenv("BENCH_TOKEN")
wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["Accept"] = "application/json"
first = tonumber(os.getenv("BENCH_FIRST_ID") or "10000001")
count = tonumber(os.getenv("BENCH_PROJECTS") or "10000")
fair = os.getenv("BENCH_FAIR") or "900"
units = tonumber(os.getenv("BENCH_UNITS") or "32")
-- BENCH_PREFIX: put before every path (the framework floor serves each service's paths under /pt, /ma, /ap, /tr)
prefix = os.getenv("BENCH_PREFIX") or ""
