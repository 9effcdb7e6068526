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
p("- not generated yet: action-plan tasks, transparency subjects, medical institutions/referrals (only their seeds).")
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
    p(f"| {name}: ≥ 0.5 × pgbench ceiling at {cmax} connections | {rps} req/s vs {tps:.0f} tps = {ratio:.2f} × | {verdict(ratio is not None and ratio >= 0.5)} |"
      if ratio is not None else f"| {name}: ≥ 0.5 × ceiling | missing | **NOT MET** |")
    p(f"| {name}: p99 < 50 ms at {cmax} connections | {p99} ms (p50 {p50} ms, non-2xx {errs:.0f}) | {verdict(p99 is not None and p99 < 50)} |")
for label, name in [("rates", "GET /api/v1/rates?asOf=2017-12-31&fairId=900&by=UNIT"), ("quarterly", "GET /api/v1/quarterly-reports/2017-Q4?fairId=900")]:
    rps, p50, p99, errs = wrk(label, 1)
    tps, lat = pg(label, 1)
    p(f"| {name}: < 1 s (p50, 1 connection) | {p50} ms (p99 {p99} ms) | {verdict(p50 is not None and p50 < 1000)} |")
    ratio = p50 / lat if p50 and lat else None
    p(f"| {name}: ≤ 2 × raw SQL | {p50} ms vs {lat} ms raw = {ratio:.2f} × | {verdict(ratio is not None and ratio <= 2)} |"
      if ratio is not None else f"| {name}: ≤ 2 × raw SQL | missing | **NOT MET** |")
job = num(rows.get("quarterly_job_s"))
p(f"| quarterly report built by the job < 1 s | {rows.get('quarterly_job_s')} s ({notes.get('quarterly_job_s')}) | {verdict(job is not None and job < 1)} |")
p("| no N+1 on list/report paths (statement-count test) | not built in this run (see below) | **NOT MET** |")
p("")

p("## All load figures\n")
p("wrk: requests/s, latency p50 / p99 (ms), non-2xx answers. pgbench (`-M prepared -j 2`, same SQL as the "
  "Hibernate log / Rates.java): transactions/s and average latency; ratio = wrk req/s ÷ pgbench tps.\n")
p("| path | connections | req/s | p50 ms | p99 ms | non-2xx | pgbench tps | pgbench avg ms | ratio |")
p("|---|---|---|---|---|---|---|---|---|")
conns = sorted({int(k.split(":")[2]) for k in rows if k.startswith("wrk:")})
for label in ["get", "list", "rates", "quarterly", "report-write"]:
    for c in conns:
        rps, p50, p99, errs = wrk(label, c)
        tps, lat = pg(label, c)
        ratio = f"{rps / tps:.2f}" if rps and tps else "–"
        p(f"| {label} | {c} | {rps} | {p50} | {p99} | {errs if errs is None else int(errs)} | {tps if tps else '–'} | {lat if lat else '–'} | {ratio} |")
p("")
p("report-write = POST /api/v1/projects/{id}/reports (admin token, a new month per request, WRITE_RATE_LIMIT=0); "
  "no pgbench ceiling measured for it.")
print("\n".join(out))
