#!/usr/bin/env python3
"""Turns deploy/bench/.out/results.tsv (written by run.sh) into RESULTS.md, judging each target of issue 8."""
import os, platform, subprocess, sys

rows = {}
notes = {}
for line in open(sys.argv[1], encoding="utf-8"):
    k, v, n = (line.rstrip("\n").split("\t") + ["", ""])[:3]
    rows[k], notes[k] = v, n


def sh(cmd):
    return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()


def num(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def verdict(ok):
    return "**MET**" if ok else "**NOT MET**"


out = []
p = out.append
p("# Benchmark results (issue 8)\n")
p("Produced by `deploy/bench/bench.sh` on this machine; figures are copied from the tools' output by "
  "`deploy/bench/render.py`, raw outputs in `deploy/bench/.out/` (not committed).\n")
p("## Machine\n")
MEM = sh("free -m | awk '/Mem:/ {print $2}'")
CPU = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2")
LOAD = sh("cut -d' ' -f1-3 /proc/loadavg")
VERS = "; ".join([sh("java -version 2>&1 | head -1"), sh("psql --version"), sh("wrk -v 2>&1 | head -1")])
p(f"- date: {sh('date -u')}")
p(f"- nproc: {sh('nproc')}; memory: {MEM} MB; CPU: {CPU}")
if rows.get("load_at_start"):
    p(f"- load average at the start of the run: {rows['load_at_start']}")
p(f"- load average at the end: {LOAD} (app, PostgreSQL, wrk/pgbench and any other work on the machine share the cores)")
p(f"- {VERS}")
p("")
p("## Scale\n")
Q = "PGPASSWORD=postgres psql -h 127.0.0.1 -U postgres -d qinghai_bench -tAc "
NP = sh(Q + "'select count(*) from project_tracking.project'")
NR = sh(Q + "'select count(*) from project_tracking.progress_report'")
GEN = f"; generated in {os.environ['GEN_MS']} ms" if os.environ.get("GEN_MS") else " (already generated)"
p(f"- bench database `qinghai_bench`, scale {os.environ.get('SCALE')}, seed {os.environ.get('SEED')}: {NP} projects "
  f"(10,000 per scale unit in the bench fair 900 + the 346 of the seed), {NR} progress reports{GEN}")
NI = sh(Q + "'select count(*) from medical_alliance.institution'")
NREF = sh(Q + "'select count(*) from medical_alliance.referral'")
p(f"- medical_alliance: {NI} institutions, {NREF} referrals")
p("- not generated yet: action-plan tasks with indicators and reports, transparency subjects with routine records "
  "(only their seeds are there).")
p("")

p("## Targets\n")
p("| target | measured | verdict |")
p("|---|---|---|")
seed = num(rows.get("seed_import_ms"))
p(f"| seed import < 1 s | {rows.get('seed_import_ms')} ms ({notes.get('seed_import_ms')}) | {verdict(seed is not None and 0 <= seed < 1000)} |")
csv = num(rows.get("csv_import_100k_s"))
csv_ok = csv is not None and "HTTP 201" in notes.get("csv_import_100k_s", "") and csv < 20
p(f"| 100k-row CSV import < 20 s | {rows.get('csv_import_100k_s')} s ({notes.get('csv_import_100k_s')}) | {verdict(csv_ok)} |")
for svc in ["project-tracking-service", "transparency-assessment-service", "action-plan-service", "medical-alliance-service"]:
    st, rss, wall = num(rows.get(f"startup_s:{svc}")), num(rows.get(f"rss_mb:{svc}")), rows.get(f"wall_ready_ms:{svc}")
    p(f"| {svc}: started < 2 s | {st} s (wall until /q/health/ready UP: {wall} ms) | {verdict(st is not None and 0 <= st < 2)} |")
    p(f"| {svc}: RSS after start < 200 MB | {rss} MB | {verdict(rss is not None and rss < 200)} |")


if rows.get("tuned_startup_s"):
    st, rss = num(rows.get("tuned_startup_s")), num(rows.get("tuned_rss_mb"))
    p(f"| experiment, project-tracking-service with JVM flags: started < 2 s | {st} s ({notes.get('tuned_startup_s')}) | {verdict(st is not None and 0 <= st < 2)} |")
    p(f"| experiment, project-tracking-service with JVM flags: RSS < 200 MB | {rss} MB | {verdict(rss is not None and rss < 200)} |")


def wrk(label, c):
    v = rows.get(f"wrk:{label}:{c}")
    return [num(x) for x in v.split()] if v else [None] * 4


def pg(label, c):
    v = rows.get(f"pgbench:{label}:{c}")
    return [num(x) for x in v.split()] if v else [None, None]


cmax = max(int(k.split(":")[2]) for k in rows if k.startswith("wrk:get:"))
for label, name in [("get", "GET /api/v1/projects/{id}"), ("list", "GET /api/v1/projects?fairId&unitId&page&size=20")]:
    rps, p50, p99, errs = wrk(label, cmax)
    tps, _ = pg(label, cmax)
    ratio = rps / tps if rps and tps else None
    p(f"| {name}: ≥ 0.5 × pgbench ceiling at {cmax} connections | {rps} req/s vs {tps} tps = {ratio if ratio is None else round(ratio, 2)} × | {verdict(ratio is not None and ratio >= 0.5)} |")
    p(f"| {name}: p99 < 50 ms at {cmax} connections | {p99} ms (p50 {p50} ms, non-2xx {errs}) | {verdict(p99 is not None and p99 < 50)} |")
for label, name in [("rates", "GET /api/v1/rates?asOf=2017-12-31&fairId=900&by=UNIT"), ("quarterly", "GET /api/v1/quarterly-reports/2017-Q4?fairId=900")]:
    rps, p50, p99, errs = wrk(label, 1)
    tps, lat = pg(label, 1)
    p(f"| {name}: < 1 s (p50, 1 connection) | {p50} ms (p99 {p99} ms) | {verdict(p50 is not None and p50 < 1000)} |")
    ratio = p50 / lat if p50 and lat else None
    p(f"| {name}: ≤ 2 × raw SQL | {p50} ms vs {lat} ms raw = {ratio if ratio is None else round(ratio, 2)} × | {verdict(ratio is not None and ratio <= 2)} |")
for label, name in [("referral-get", "GET /api/v1/referrals/{id} (medical)"), ("referral-queue", "GET /api/v1/referrals?toInstitutionId&status=REQUESTED&size=20 (medical)")]:
    if rows.get(f"wrk:{label}:{cmax}") is None:
        continue
    rps, p50, p99, errs = wrk(label, cmax)
    tps, _ = pg(label, cmax)
    ratio = rps / tps if rps and tps else None
    p(f"| {name}: ≥ 0.5 × pgbench ceiling at {cmax} connections | {rps} req/s vs {tps} tps = {ratio if ratio is None else round(ratio, 2)} × | {verdict(ratio is not None and ratio >= 0.5)} |")
    p(f"| {name}: p99 < 50 ms at {cmax} connections | {p99} ms (p50 {p50} ms, non-2xx {errs}) | {verdict(p99 is not None and p99 < 50)} |")
job = num(rows.get("quarterly_job_s"))
p(f"| quarterly report built by the job < 1 s | {rows.get('quarterly_job_s')} s ({notes.get('quarterly_job_s')}) | {verdict(job is not None and job < 1)} |")
p("| no N+1 on list/report paths | not measured by this script: `StatementCountTest` (project-tracking-service, "
  "run by the module's test suite) bounds the SQL statements of GET /api/v1/projects?size=50, /rates?by=UNIT and "
  "/reminders?size=50 | see the test |")
p("")

p("## All load figures\n")
p("wrk: requests/s, latency p50 / p99 (ms), non-2xx answers. pgbench (`-M prepared -j 2`, same SQL as the "
  "Hibernate log / Rates.java): transactions/s and average latency; ratio = wrk req/s ÷ pgbench tps.\n")
p("| path | connections | req/s | p50 ms | p99 ms | non-2xx | pgbench tps | pgbench avg ms | ratio |")
p("|---|---|---|---|---|---|---|---|---|")
conns = sorted({int(k.split(":")[2]) for k in rows if k.startswith("wrk:")})
for label in ["get", "list", "rates", "quarterly", "report-write", "referral-get", "referral-queue"]:
    if rows.get(f"wrk:{label}:{conns[0]}") is None:
        continue
    for c in conns:
        rps, p50, p99, errs = wrk(label, c)
        tps, lat = pg(label, c)
        ratio = f"{rps / tps:.2f}" if rps and tps else "–"
        if p50 == 0 and p99 == 0:   # wrk keeps no latency for requests past its timeout (2 s before --timeout 10s)
            p50 = p99 = "no sample (timeouts)"
        p(f"| {label} | {c} | {rps} | {p50} | {p99} | {errs if errs is None else int(errs)} | {tps if tps else '–'} | {lat if lat else '–'} | {ratio} |")
p("")
if rows.get("pgbench:rates-lateral:1"):
    tps, lat = pg("rates-lateral", 1)
    p(f"Suggested rates SQL (pgbench/rates-lateral.sql, LATERAL … LIMIT 1 on progress_report_current_idx instead of "
      f"DISTINCT ON): {tps} tps, {lat} ms at 1 client, against {pg('rates', 1)[1]} ms for today's SQL.\n")
p("report-write = POST /api/v1/projects/{id}/reports (admin token, a new month per request, WRITE_RATE_LIMIT=0); "
  "no pgbench ceiling measured for it.")
print("\n".join(out))
