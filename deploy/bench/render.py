#!/usr/bin/env python3
"""Turns deploy/bench/.out/results.tsv (written by run.sh) into RESULTS.md, judging each performance target."""
import os, subprocess, sys

rows = {}
notes = {}
for line in open(sys.argv[1], encoding="utf-8"):
    k, v, n = (line.rstrip("\n").split("\t") + ["", ""])[:3]
    rows[k], notes[k] = v, n

SERVICES = ["project-tracking-service", "transparency-assessment-service", "action-plan-service",
            "medical-alliance-service"]
# label → (endpoint, service) of the paged-list / get-by-id paths (ratio to pgbench and p99 at the top connection count)
LOOKUPS = [("get", "GET /api/v1/projects/{id}"),
           ("list", "GET /api/v1/projects?fairId&unitId&page&size=20"),
           ("referral-get", "medical: GET /api/v1/referrals/{id}"),
           ("referral-queue", "medical: GET /api/v1/referrals?toInstitutionId&status=REQUESTED&size=20"),
           ("ap-task-get", "action plan: GET /api/v1/tasks/{number}"),
           ("ap-report-list", "action plan: GET /api/v1/reports?period&page&size=20"),
           ("tr-assessment-get", "transparency: GET /api/v1/assessments/{id}"),
           ("tr-routine-list", "transparency: GET /api/v1/routine-records?subjectId&year&size=20"),
           ("tr-ranking", "transparency: GET /api/v1/rounds/{id}/assessments?page&size=20 (annual scores, ranked)")]
# label → endpoint of the rates and report paths (p50 at 1 connection against the raw SQL)
REPORTS = [("rates", "GET /api/v1/rates?asOf=2017-12-31&fairId=900&by=UNIT"),
           ("quarterly", "GET /api/v1/period-reports/quarterly/2017-Q4?fairId=900"),
           ("ap-quarterly", "action plan: GET /api/v1/period-reports/quarterly/2017-Q4?page&size=20 (summary and a page of task rows)"),
           ("tr-annual", "transparency: GET /api/v1/period-reports/annual/2018")]
WRITES = [("report-write", "POST /api/v1/projects/{id}/reports with an Idempotency-Key (a new month each)"),
          ("referral-write", "medical: POST /api/v1/referrals/{id}/start (the referral transition ACCEPTED → IN_PROGRESS)")]
JOBS = [("quarterly_job_s", "project tracking: quarterly report built by the job"),
        ("ap_quarterly_job_s", "action plan: quarterly report built by the job"),
        ("tr_annual_job_s", "transparency: annual report stored by the job")]


def sh(cmd):
    return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()


def num(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def verdict(ok):
    return "**MET**" if ok else "**NOT MET**"


def wrk(label, c, key="wrk"):
    """(req/s, p50, p99, non-2xx) of a wrk run; key wrk = the production setting, wrk@laptop, floor"""
    v = rows.get(f"{key}:{label}:{c}")
    return [num(x) for x in v.split()] if v else [None] * 4


def pg(label, c):
    v = rows.get(f"pgbench:{label}:{c}")
    return ([num(x) for x in v.split()] + [None, None])[:2] if v else [None, None]


def r2(x):
    return x if x is None else round(x, 2)


def cpu_split(label):
    """(JVM cores, PostgreSQL cores, rest cores, idle cores, req/s) of the profile run, or None"""
    v = rows.get(f"cpu:{label}")
    return ([num(x) for x in v.split()] + [None] * 5)[:5] if v else None


def per_request(label):
    """CPU ms per request of the service's JVM, PostgreSQL and the rest (wrk) in the profile run"""
    c = cpu_split(label)
    if not c or not c[4]:
        return None
    return tuple(round(x * 1000 / c[4], 3) for x in c[:3])


def layers(label, top=4):
    v = rows.get(f"jvm:{label}", "")
    parts = [x.split("=") for x in v.split(";") if "=" in x]
    return ", ".join(f"{k} {pct} %" for k, pct in parts[:top]) if parts else "no JVM profile"


def profile_note(labels):
    """the profile figures of some paths, for a 'why' line"""
    out = []
    for label in labels:
        c, r = cpu_split(label), per_request(label)
        if c and r:
            out.append(f"{label}: {c[0]} cores JVM + {c[1]} PostgreSQL + {c[2]} wrk, {c[3]} idle; per request "
                       f"{r[0]} ms JVM ({layers(label, 3)}) + {r[1]} ms PostgreSQL")
    return "; ".join(out)


out = []
p = out.append
p("# Benchmark results\n")
p("Produced by `deploy/bench/bench.sh` on this machine; figures are copied from the tools' output by "
  "`deploy/bench/render.py`, raw outputs in `deploy/bench/.out/` (not committed)."
  + (" **Quick mode (`bench.sh --quick`): a check of the tooling, 3 s per run, not a result.**" if os.environ.get("QUICK") == "true" else "")
  + (f" run.sh took {rows['bench_run_s']} s." if rows.get("bench_run_s") else "") + "\n")
p("## How to reproduce\n")
p("- full (the figures below; ~20 minutes on an idle 2-core machine once the database exists, +~3 min to generate "
  "scale 1, +~3 min the first time for the production AOT caches): `deploy/bench/bench.sh` (BENCH_DB, "
  "BENCH_PORT_BASE and BENCH_MGMT_OFFSET move it off another bench's database and ports)")
p("- quick (~6 minutes, every path once at 32 connections for 3 s, one start per setting; writes "
  "`deploy/bench/.out/RESULTS-quick.md`, never this file): `deploy/bench/bench.sh --quick`")
p("- national scale (~15 minutes at 5M referrals, mostly generating; its figures are read from "
  "`deploy/bench/.out/scale.tsv` into the section below): `deploy/bench/scale.sh` (NATIONAL_REFERRALS, default "
  "5,000,000), then `deploy/bench/bench.sh` or `python3 deploy/bench/render.py deploy/bench/.out/results.tsv`")
p("- one part alone: `BENCH_PARTS=\"wrk floor\" deploy/bench/run.sh` (parts: import startup wrk floor profile "
  "pgbench jit); one setting: `BENCH_SETTINGS=production`; with `BENCH_APPEND=1` a part run again replaces only its own "
  "figures in `.out/results.tsv` (then `python3 deploy/bench/render.py deploy/bench/.out/results.tsv`)\n")
p("## Machine\n")
p(f"- date: {rows.get('run_ended') or sh('date -u')}")
MEM = sh("free -m | awk '/Mem:/ {print $2}'")
CPU = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2")
LOAD = rows.get("load_at_end") or sh("cut -d' ' -f1-3 /proc/loadavg")
p(f"- nproc: {sh('nproc')}; memory: {MEM} MB; CPU: {CPU}")
if rows.get("load_at_start"):
    p(f"- load average at the start of the run: {rows['load_at_start']}")
for k in sorted(k for k in rows if k.startswith("load_at_start:")):
    p(f"- {notes[k].replace('was run again', 'run again with BENCH_APPEND=1')} (its figures replace the first run's; the "
      f"other parts are the first run's), load average then: {rows[k]}")
p(f"- load average at the end: {LOAD} (app, PostgreSQL, wrk/pgbench and any other "
  "work on the machine share the 2 cores: a load far above 2 means every figure below is slowed by other work)")
JDK25 = (notes.get("startup_flags", "").split("(", 1)[1].split(")")[0] if "JDK 25 (" in notes.get("startup_flags", "") else "")
p(f"- {'; '.join([x for x in [sh('java -version 2>&1 | head -1'), JDK25, sh('psql --version'), sh('wrk -v 2>&1 | head -1')] if x])}")
p("")
p("## Scale\n")
DB = os.environ.get("BENCH_DB", "qinghai_bench")
Q = f"PGPASSWORD=postgres psql -h 127.0.0.1 -U postgres -d {DB} -tAc "


def count(sql):
    return sh(Q + '"' + sql + '"')


GEN = f"; generated in {os.environ['GEN_MS']} ms" if os.environ.get("GEN_MS") else " (already generated)"
p(f"- bench database `{DB}`, scale {os.environ.get('SCALE')}, seed {os.environ.get('SEED')}{GEN}")
p(f"- project_tracking: {count('select count(*) from project_tracking.project')} projects (10,000 per scale unit in "
  f"the bench fair 900 + the 346 of the seed), {count('select count(*) from project_tracking.progress_report')} "
  "progress reports")
p(f"- medical_alliance: {count('select count(*) from medical_alliance.institution')} institutions, "
  f"{count('select count(*) from medical_alliance.referral')} referrals")
p(f"- action_plan: {count('select count(*) from action_plan.task')} tasks, "
  f"{count('select count(*) from action_plan.indicator')} indicators, "
  f"{count('select count(*) from action_plan.progress_report')} monthly reports, "
  f"{count('select count(*) from action_plan.indicator_actual')} indicator actuals (the bench drops "
  "task_number_check: 135号 itself has 50 tasks)")
p(f"- transparency_assessment: {count('select count(*) from transparency_assessment.assessment_subject')} subjects, "
  f"{count('select count(*) from transparency_assessment.routine_record')} routine records, "
  f"{count('select count(*) from transparency_assessment.line_score')} on-site line scores of the 2018 round")
p("")

p("## Targets\n")
p("| target | measured | verdict |")
p("|---|---|---|")
seed = num(rows.get("seed_import_ms"))
p(f"| seed import < 1 s | {rows.get('seed_import_ms')} ms ({notes.get('seed_import_ms')}) | "
  f"{verdict(seed is not None and 0 <= seed < 1000)} |")
csv = num(rows.get("csv_import_100k_s"))
csv_note = notes.get("csv_import_100k_s", "")
csv_ok = csv is not None and "operation succeeded, 100000 rows stored" in csv_note and csv < 20
p(f"| 100k-row CSV import < 20 s with progress | {rows.get('csv_import_100k_s')} s ({notes.get('csv_import_100k_s')}; "
  f"{rows.get('csv_import_log')} {notes.get('csv_import_log')}) | {verdict(csv_ok)} |")
flags = rows.get("startup_flags", "")
AOT = "JDK 25" in notes.get("startup_flags", "")
HOW = " (production setting: full tiered, JDK 25, AOT cache)" if AOT else " (production setting)"
for svc in SERVICES:
    st, rss, wall = num(rows.get(f"startup_s:{svc}")), num(rows.get(f"rss_mb:{svc}")), rows.get(f"wall_ready_ms:{svc}")
    cpu = f"; CPU until ready: {rows[f'cpu_ms:{svc}']} ms" if rows.get(f"cpu_ms:{svc}") else ""
    load = f"; load {rows[f'startup_load:{svc}']}" if rows.get(f"startup_load:{svc}") else ""
    p(f"| {svc}: started < 2 s{HOW} | {st} s ({notes.get(f'startup_s:{svc}')}; wall until /q/health/ready UP: {wall} ms"
      f"{cpu}{load}) | {verdict(st is not None and 0 <= st < 2)} |")
    p(f"| {svc}: RSS after start < 200 MB{HOW} | {rss} MB ({notes.get(f'rss_mb:{svc}')}) | "
      f"{verdict(rss is not None and rss < 200)} |")
    load_rss = rows.get(f"rss_after_load:production:{svc}")
    if load_rss:
        p(f"| {svc}: RSS after the load, stated{HOW} | {load_rss} MB ({notes.get(f'rss_after_load:production:{svc}')}) | stated |")
    if rows.get(f"startup_s:laptop:{svc}"):
        p(f"| for comparison, {svc} in the laptop setting (deploy/run.sh: C1 only, its AOT cache) | "
          f"{rows[f'startup_s:laptop:{svc}']} s ({notes.get(f'startup_s:laptop:{svc}')}; ready after "
          f"{rows.get(f'wall_ready_ms:laptop:{svc}')} ms; CPU {rows.get(f'cpu_ms:laptop:{svc}')} ms), RSS "
          f"{rows.get(f'rss_mb:laptop:{svc}')} MB | – |")
for svc in SERVICES:
    j = f"jdk17:{svc}"
    if rows.get(f"startup_s:{j}"):
        p(f"| for comparison, {svc} on Java 17 (fast-jar, its flags and AppCDS: deploy/run.sh without a JDK 25) | "
          f"{rows[f'startup_s:{j}']} s ({notes.get(f'startup_s:{j}')}; ready after {rows.get(f'wall_ready_ms:{j}')} ms; "
          f"CPU {rows.get(f'cpu_ms:{j}')} ms), RSS {rows.get(f'rss_mb:{j}')} MB | – |")
base = "baseline:project-tracking-service"
if rows.get(f"startup_s:{base}"):
    p(f"| for comparison, project-tracking-service on Java 17 without the JVM flags and AppCDS | "
      f"{rows.get(f'startup_s:{base}')} s ({notes.get(f'startup_s:{base}')}; CPU {rows.get(f'cpu_ms:{base}')} ms), "
      f"RSS {rows.get(f'rss_mb:{base}')} MB | – |")

if rows.get("startup_profile"):
    p(f"| where a start's time goes (project-tracking-service, one more start with millisecond log times) | "
      f"{rows['startup_profile']} | – |")

cmax = max([int(k.split(":")[2]) for k in rows if k.startswith("wrk:get:")] or [0])
for label, name in LOOKUPS:
    if rows.get(f"wrk:{label}:{cmax}") is None:
        continue
    rps, p50, p99, errs = wrk(label, cmax)
    tps, _ = pg(label, cmax)
    ratio = rps / tps if rps and tps else None
    p(f"| {name}: ≥ 0.5 × pgbench ceiling at {cmax} connections | {rps} req/s vs {tps} tps = {r2(ratio)} × "
      f"| {verdict(ratio is not None and ratio >= 0.5)} |")
    p(f"| {name}: p99 < 50 ms at {cmax} connections | {p99} ms (p50 {p50} ms, non-2xx {errs}) | "
      f"{verdict(p99 is not None and p99 < 50 and not errs)} |")
    frps = wrk(label, cmax, "floor")[0]
    if frps:
        fr = rps / frps if rps else None
        p(f"| {name}: ≥ 0.8 × the framework floor at {cmax} connections | {rps} req/s vs {frps} req/s = {r2(fr)} × | "
          f"{verdict(fr is not None and fr >= 0.8)} |")
for label, name in REPORTS:
    if rows.get(f"wrk:{label}:1") is None:
        continue
    rps, p50, p99, errs = wrk(label, 1)
    tps, lat = pg(label, 1)
    p(f"| {name}: < 1 s (p50, 1 connection) | {p50} ms (p99 {p99} ms) | {verdict(p50 is not None and p50 < 1000)} |")
    ratio = p50 / lat if p50 and lat else None
    p(f"| {name}: ≤ 2 × raw SQL | {p50} ms vs {lat} ms raw = {r2(ratio)} × | {verdict(ratio is not None and ratio <= 2)} |")
for label, name in REPORTS:
    frps, rps = wrk(label, cmax, "floor")[0], wrk(label, cmax)[0]
    if frps:
        fr = rps / frps if rps else None
        p(f"| {name}: ≥ 0.8 × the framework floor at {cmax} connections | {rps} req/s vs {frps} req/s = {r2(fr)} × | "
          f"{verdict(fr is not None and fr >= 0.8)} |")
for label, name in WRITES:
    if rows.get(f"wrk:{label}:{cmax}") is None:
        continue
    rps, p50, p99, errs = wrk(label, cmax)
    p(f"| {name}: measured at {cmax} connections, p99 < 50 ms | {rps} req/s, p50 {p50} ms, p99 {p99} ms, non-2xx {errs} | "
      f"{verdict(p99 is not None and p99 < 50 and not errs)} |")
for key, name in JOBS:
    if rows.get(key) is None:
        continue
    job = num(rows.get(key))
    p(f"| {name} < 1 s | {rows.get(key)} s ({notes.get(key)}) | {verdict(job is not None and job < 1)} |")
p("| no N+1 on list/report paths | not measured by this script: the `StatementCountTest` of each service (run by "
  "its test suite) bounds the SQL statements of its list and report requests, see below | see the tests |")
p("")
p(f"JVM flags of the services in the targets above: `{flags}` ({notes.get('startup_flags', '')})."
  + (f" Java 17 comparison: `{rows['startup_flags_jdk17']}`." if rows.get("startup_flags_jdk17") else "") + "\n")

if any(rows.get(f"startup_s:jdk17:{svc}") for svc in SERVICES):
    p("## Startup: JDK 25 with the AOT cache against Java 17\n")
    p("Medians of interleaved starts on the bench database (run.sh). CPU = user + system time the JVM used until "
      "/q/health/ready answered UP: unlike wall time it barely depends on what else the machine runs. RSS one second "
      "after ready.\n")
    p("| service | JVM | started in (s) | ready after (ms) | CPU until ready (ms) | RSS (MB) | load |")
    p("|---|---|---|---|---|---|---|")
    for svc in SERVICES:
        for label, jvm in ((svc, "JDK 25 + AOT cache"), (f"jdk17:{svc}", "Java 17 + AppCDS")):
            if rows.get(f"startup_s:{label}"):
                p(f"| {svc} | {jvm} | {rows[f'startup_s:{label}']} | {rows.get(f'wall_ready_ms:{label}')} | "
                  f"{rows.get(f'cpu_ms:{label}')} | {rows.get(f'rss_mb:{label}')} | {rows.get(f'startup_load:{label}')} |")
    p("")
if rows.get("jit_start:c1"):
    p("## C1 only or full tiered (JDK 25, AOT cache)\n")
    p(f"project-tracking-service, each variant with the AOT cache of a training run with its own flags "
      f"({rows.get('jit_flags')}); GET /api/v1/projects/{{id}} with wrk (run.sh's jit part) after a warm-up of "
      f"{rows.get('jit_warmup_s', '30')} s at 8 connections.\n")
    p("| variant | ready after (ms) | CPU until ready (ms) | RSS after start (MB) | req/s, 1 conn | p50 ms, 1 conn | "
      "req/s, 8 conns | p50 / p99 ms, 8 conns | RSS after the load (MB) |")
    p("|---|---|---|---|---|---|---|---|---|")
    for v in ("c1", "tiered"):
        if rows.get(f"jit_start:{v}"):
            w, c, r = (rows[f"jit_start:{v}"].split() + ["", "", ""])[:3]
            one, eight = wrk(f"jit-{v}", 1), wrk(f"jit-{v}", 8)
            p(f"| {v} | {w} | {c} | {r} | {one[0]} | {one[1]} | {eight[0]} | {eight[1]} / {eight[2]} | "
              f"{rows.get(f'jit_rss:{v}')} |")
    p("")

ALL_PATHS = LOOKUPS + REPORTS + WRITES
if any(k.startswith("wrk@laptop:") for k in rows):
    p("## Settings: production (images, pods) and laptop (deploy/run.sh)\n")
    p(f"Both settings on every path at {cmax} connections, each after its own warm-up (run.sh's wrk part). production: "
      f"`{rows.get('setting_flags:production', '')}` with the AOT cache trained with exactly these flags (the image's "
      f"build does the same; pods take the heap from their limit, MaxRAMPercentage=50 of 768Mi); laptop: "
      f"`{rows.get('setting_flags:laptop', '')}` with deploy/run.sh's AOT cache. Serial GC in both: a pod has 1 CPU, "
      f"where G1's concurrent threads and barriers cost throughput and its pauses are no shorter at this heap (the "
      f"JVM picks Serial itself below 2 CPUs).\n")
    p("| path | production req/s | p50 / p99 ms | laptop req/s | p50 / p99 ms | production ÷ laptop |")
    p("|---|---|---|---|---|---|")
    for label, name in ALL_PATHS:
        a, b = wrk(label, cmax), wrk(label, cmax, "wrk@laptop")
        if a[0] is None and b[0] is None:
            continue
        ratio = r2(a[0] / b[0]) if a[0] and b[0] else "–"
        p(f"| {name} | {a[0]} | {a[1]} / {a[2]} | {b[0]} | {b[1]} / {b[2]} | {ratio} |")
    p("")
    p("| service | production: started in s / CPU ms until ready / RSS after start MB / RSS after load MB | "
      "laptop: the same |")
    p("|---|---|---|")
    for svc in SERVICES:
        prod = " / ".join(str(rows.get(f"{k}:{svc}", "–")) for k in ("startup_s", "cpu_ms", "rss_mb")) + \
            f" / {rows.get(f'rss_after_load:production:{svc}', '–')}"
        lap = " / ".join(str(rows.get(f"{k}:laptop:{svc}", "–")) for k in ("startup_s", "cpu_ms", "rss_mb")) + \
            f" / {rows.get(f'rss_after_load:laptop:{svc}', '–')}"
        p(f"| {svc} | {prod} | {lap} |")
    p("")

if any(k.startswith("floor:") for k in rows):
    p("## The framework floor\n")
    p("`deploy/bench/floor`: a minimal Quarkus service (the services' Quarkus BOM, PostgreSQL driver and Agroal pool "
      "settings; no security, idempotency, audit, metrics, problem mapping or strict parameters) with one endpoint per "
      "read path running that path's SQL (deploy/bench/pgbench/<path>.sql) on one pooled connection and writing the "
      "rows as JSON with Jackson; started with the production flags. Built by bench.sh only (not a reactor module). "
      f"At {cmax} connections; the service in the production setting; pgbench = the same SQL without any JVM.\n")
    p("| path | service req/s | floor req/s | service ÷ floor | pgbench tps | service ÷ pgbench | floor ÷ pgbench | "
      "service JVM CPU ms per request (profile) |")
    p("|---|---|---|---|---|---|---|---|")
    for label, name in LOOKUPS + REPORTS:
        a, f = wrk(label, cmax), wrk(label, cmax, "floor")
        if f[0] is None:
            continue
        tps = pg(label, cmax)[0]
        pr = per_request(label)
        p(f"| {name} | {a[0]} | {f[0]} | {r2(a[0] / f[0]) if a[0] and f[0] else '–'} | {tps or '–'} | "
          f"{r2(a[0] / tps) if a[0] and tps else '–'} | {r2(f[0] / tps) if f[0] and tps else '–'} | {pr[0] if pr else '–'} |")
    p("")
    p("What our own layers cost per request, layer by layer: the profile section below splits each service's JVM CPU "
      "by layer (async-profiler samples: security and CDI interceptors = the bearer token check, roles, the audit "
      "and idempotency filters; Micrometer = metrics; problem mapping and strict parameters fall in 'the services' "
      "own code' and HTTP); the floor has none of them, so service ÷ floor above is their total price at this "
      "load.\n")

SCALE_TSV = os.path.join(os.path.dirname(sys.argv[1]), "scale.tsv")
if os.path.exists(SCALE_TSV):
    srows, snotes = {}, {}
    for line in open(SCALE_TSV, encoding="utf-8"):
        k, v, n = (line.rstrip("\n").split("\t") + ["", ""])[:3]
        srows[k], snotes[k] = v, n
    p("## National scale\n")
    p(f"`deploy/bench/scale.sh` on `{srows.get('scale_db')}` ({snotes.get('scale_db')}): "
      f"{srows.get('scale_rows', '').replace(' ', ' / ')} ({snotes.get('scale_rows')}); size "
      f"{srows.get('scale_size')} ({snotes.get('scale_size')}). Partitions: progress_report by report month (one "
      f"range per year, V220), referral by requested quarter (V221); {snotes.get('scale_partitions')}: "
      f"{srows.get('scale_partitions')}. API = median of 7 requests after 3, production setting; raw SQL = pgbench, "
      f"1 client, prepared, the same statements; EXPLAIN (ANALYZE) of each in deploy/bench/.out/scale-<query>.explain.\n")
    p("| query | API ms | raw SQL ms | < 1 s | ≤ 2 × raw SQL | partitions read, request |")
    p("|---|---|---|---|---|---|")
    for q, name in (("rates", "rates as of 2017-12-31 (fair 900)"), ("quarterly", "quarterly report 2017-Q4 (stored, fair 900)"),
                    ("queue", "the receiver's referral queue (the busiest tertiary hospital)"),
                    ("patient", "a patient's history (referrals by patient_ref)")):
        v = srows.get(f"scale:{q}")
        if not v:
            continue
        api, raw = ([num(x) for x in v.split()] + [None, None])[:2]
        p(f"| {name} | {api} | {raw} | {verdict(api is not None and api < 1000)} | "
          f"{verdict(api is not None and raw is not None and api <= 2 * raw)} | {snotes.get(f'scale:{q}')} |")
    if srows.get("scale:quarterly-job"):
        p(f"| the quarterly job building 2017-Q4 for every fair | {round(num(srows['scale:quarterly-job']) * 1000) if num(srows['scale:quarterly-job']) else '–'} | – | "
          f"{verdict((num(srows['scale:quarterly-job']) or 99) < 1)} | – | {snotes.get('scale:quarterly-job')} |")
    p("")

if any(k.startswith("memory:") for k in rows):
    p("## What the RSS after start is made of\n")
    p("deploy/bench/memory.sh: each service started once more as above, with Native Memory Tracking on (it adds "
      "a little of its own), one second after ready: the kernel's split of the RSS and what the JVM has committed "
      "(MB; `jcmd VM.native_memory summary`, categories of 1 MB or more). The shared class space is the AOT cache "
      "(or CDS archive) mapped at start; the JVM relocates it, so its pages count as anonymous memory.\n")
    p("| service | RSS (MB) | kernel: anonymous / file-backed (MB) | NMT committed (MB) |")
    p("|---|---|---|---|")
    for svc in SERVICES:
        v = rows.get(f"memory:{svc}")
        if v:
            parts = v.split()
            k = dict(x.split("=") for x in parts[1:] if "=" in x)
            p(f"| {svc} | {parts[0]} | {k.get('RssAnon', '?')} / {k.get('RssFile', '?')} | "
              f"{rows.get(f'nmt:{svc}', '').replace('=', ' ').replace(';', ', ')} |")
    p("")

if any(k.startswith("cpu:") for k in rows):
    p("## Where the CPU goes (profile of each read path)\n")
    p("run.sh's profile part: each path once more with wrk at the top connection count, the 2 cores' time split by "
      "/proc between the service's JVM, every PostgreSQL process and the rest (wrk, the kernel's softirq work), and "
      "async-profiler (CPU samples every 1 ms, loaded into the running service by jcmd) giving what the JVM spent "
      "its share on: each sample counts for the innermost frame of a known layer (deploy/bench/profile.py; raw "
      "stacks in deploy/bench/.out/profile-<path>.collapsed, for a flame graph). Per request = cores × 1000 ÷ "
      "req/s. The pgbench ceiling of the same SQL uses the same 2 cores for PostgreSQL and pgbench alone.\n")
    p("| path | req/s | cores: JVM / PostgreSQL / wrk and rest / idle | CPU ms per request: JVM / PostgreSQL | "
      "pgbench tps (ms of 2 cores per transaction) | where the JVM's CPU goes |")
    p("|---|---|---|---|---|---|")
    for label in [k.split(":", 1)[1] for k in rows if k.startswith("cpu:")]:
        c, r = cpu_split(label), per_request(label)
        tps, _ = pg(label, cmax)
        budget = f"{tps} ({round(2000 / tps, 3)})" if tps else "–"
        p(f"| {label} | {c[4]} | {c[0]} / {c[1]} / {c[2]} / {c[3]} | {r[0] if r else '–'} / {r[1] if r else '–'} | "
          f"{budget} | {layers(label, 6)} |")
    p("")

p("## Why what is not met is not met\n")
st = [num(rows.get(f"startup_s:{svc}")) for svc in SERVICES]
if any(x is None or x >= 2 for x in st) and AOT:
    cpus = ", ".join(f"{rows.get(f'cpu_ms:{svc}')} ms" for svc in SERVICES)
    cpus17 = ", ".join(f"{rows.get(f'cpu_ms:jdk17:{svc}')} ms" for svc in SERVICES)
    p(f"- Startup: with the JDK 25 AOT cache a start needs {cpus} of CPU until ready (Java 17 with AppCDS: {cpus17}); "
      f"the wall time is that CPU time spread over 2 cores shared with everything else running (load "
      f"{rows.get('startup_load:project-tracking-service')} at the starts). What is left is spread over every phase "
      f"(see the profile line: Hibernate with its Envers audit mappings, Flyway validation, the session factory, "
      f"the HTTP stack); a native image would be the next step."
      + (f" CPU profile of one start of project tracking (async-profiler from the launch until ready) by thread: "
         f"{rows['startup_threads'].replace('=', ' ').replace(';', ' %, ')} %; by layer: "
         f"{rows.get('startup_layers', '').replace('=', ' ').replace(';', ' %, ')} %: the main thread's work is spread "
         f"over Hibernate's boot, CDI, the validator and Jackson, and C1 compiles in parallel on the other core."
         if rows.get("startup_threads") else ""))
elif any(x is None or x >= 2 for x in st):
    p(f"- Startup: the profile line above spreads the time over every phase (class loading and interpreted code of "
      f"Hibernate with its Envers audit mappings, Flyway, the session factory, the HTTP stack), none of which can go. "
      f"The JVM flags and AppCDS take project tracking from {rows.get(f'startup_s:{base}')} s to "
      f"{rows.get('startup_s:project-tracking-service')} s here; C1 only is what counts on 2 busy cores (measured with "
      f"deploy/bench/startup.sh at load 20–25: 53 s without flags, 35 s with C2, 12 s C1 only). Under 2 s needs what "
      f"JDK 17 lacks: the JDK 25 AOT cache, which deploy/run.sh uses when a JDK 25 is installed "
      f"(JAVA25_HOME or /usr/lib/jvm/temurin-25*), or a native image.")
big = [svc for svc in SERVICES if (num(rows.get(f"rss_mb:{svc}")) or 0) >= 200]
if big and AOT:
    p(f"- RSS after start ({', '.join(big)}): the JVM maps the AOT cache whole and relocates it at start "
      f"({', '.join(str(rows.get(f'aot_cache_mb:{svc}')) + ' MB' for svc in big)} of cache, all of it resident), heap "
      f"and code come on top; the cache holds what a start loads (deploy/aot/train.sh records the start only, not "
      f"requests, to keep it small). Java 17 for comparison: "
      f"{', '.join(str(rows.get(f'rss_mb:jdk17:{svc}')) + ' MB' for svc in big)}."
      + "".join(f" Memory profile of {svc} (section above): NMT {rows[f'nmt:{svc}'].replace('=', ' ').replace(';', ', ')} MB."
                for svc in big if rows.get(f"nmt:{svc}")))
worst = [label for label, _ in LOOKUPS if rows.get(f"wrk:{label}:{cmax}") and (wrk(label, cmax)[2] or 0) >= 50]
if worst:
    p(f"- p99 at {cmax} connections ({', '.join(worst)}): the app, PostgreSQL and wrk share 2 cores; from 8 to "
      f"{cmax} connections throughput stays flat (e.g. get: {wrk('get', 8)[0]} → {wrk('get', cmax)[0]} req/s) while "
      f"latency grows with the queue ({cmax} in flight / req/s ≈ p50). The p99 tail is the scheduling of that queue "
      f"on a saturated CPU, not a slow statement (see the pgbench columns). Profile (section above): "
      f"{profile_note(worst) or 'not run'}.")
low = [label for label, _ in LOOKUPS if rows.get(f"wrk:{label}:{cmax}") and pg(label, cmax)[0]
       and wrk(label, cmax)[0] / pg(label, cmax)[0] < 0.5]
if low:
    p(f"- Ratio to pgbench ({', '.join(low)}): pgbench runs the statements alone, with both cores; a request adds "
      f"HTTP, JWT verification, Hibernate and JSON on the same cores, which costs more than a primary-key lookup "
      f"(compare the pgbench avg ms with the p50 at 1 connection). The profile above puts numbers on it: a request "
      f"costs the JVM {', '.join(f'{l} {per_request(l)[0]} ms' for l in low if per_request(l))} of CPU, against "
      f"{', '.join(f'{l} {round(2000 / pg(l, cmax)[0], 3)} ms' for l in low if pg(l, cmax)[0])} of the 2 cores per "
      f"pgbench transaction: 0.5 × the ceiling would need the whole request (HTTP, the bearer token, Hibernate, "
      f"JSON) in less CPU than PostgreSQL spends on its statements.")
fast = [label for label, _ in REPORTS if rows.get(f"wrk:{label}:1") and pg(label, 1)[1] and wrk(label, 1)[1]
        and wrk(label, 1)[1] > 2 * pg(label, 1)[1] and pg(label, 1)[1] < 1]
if fast:
    p(f"- ≤ 2 × raw SQL ({', '.join(fast)}): read by the statements of deploy/bench/pgbench/<path>.sql in "
      f"{', '.join(f'{label} {pg(label, 1)[1]} ms' for label in fast)} (pgbench, 1 client); a request's fixed cost at 1 "
      f"connection (HTTP, the bearer token, writing the answer: get by id takes {wrk('get', 1)[1]} ms against "
      f"{pg('get', 1)[1]} ms of SQL) is of the same size as the statements themselves, so the ratio cannot reach 2 "
      f"while every answer stays in milliseconds. Profile: {profile_note(fast) or 'not run'}.")
apq = rows.get("wrk:ap-quarterly:1")
if apq:
    latest = "select * from action_plan.period_report where kind = 'quarterly' and period = '2017-Q4' order by version desc limit 1"
    size = count(f"select length(content::text) from ({latest}) r")
    page = count("select length(r.summary::text) + (select sum(length(x.content::text)) from (select t.content from "
                 "action_plan.period_report_item t where t.report_id = r.id order by t.position limit 20) x) "
                 f"from ({latest}) r")
    p(f"- action plan quarterly report: the stored document ({size} characters for "
      f"{count('select count(*) from action_plan.task')} tasks) is answered a page at a time, its summary and 20 task "
      f"rows ({page} characters), by three statements (deploy/bench/pgbench/ap-quarterly.sql); the CSV and XLSX "
      f"exports still read the whole document.")
p("")

p("## All load figures\n")
p("wrk: requests/s, latency p50 / p99 (ms), non-2xx answers. pgbench (`-M prepared -j 2`, the statements of "
  "`deploy/bench/pgbench/<path>.sql`, copied from the Hibernate log of one request): transactions/s and average "
  "latency; ratio = wrk req/s ÷ pgbench tps.\n")
p("| path | connections | req/s | p50 ms | p99 ms | non-2xx | pgbench tps | pgbench avg ms | ratio |")
p("|---|---|---|---|---|---|---|---|---|")
conns = sorted({int(k.split(":")[2]) for k in rows if k.split(":")[0] in ("wrk", "wrk@laptop", "floor")})
labels = []
for k in rows:
    if k.split(":")[0] in ("wrk", "wrk@laptop", "floor") and k.split(":")[1] not in labels:
        labels.append(k.split(":")[1])
for label in labels:
    for key, what in (("wrk", ""), ("wrk@laptop", " (laptop)"), ("floor", " (floor)")):
        for c in conns:
            rps, p50, p99, errs = wrk(label, c, key)
            if rows.get(f"{key}:{label}:{c}") is None:   # e.g. the jit-* paths, measured at 1 and 8 connections only
                continue
            tps, lat = pg(label, c)
            ratio = f"{rps / tps:.2f}" if rps and tps else "–"
            if p50 == 0 and p99 == 0:   # wrk keeps no latency for requests past its timeout
                p50 = p99 = "no sample (timeouts)"
            p(f"| {label}{what} | {c} | {rps} | {p50} | {p99} | {errs if errs is None else int(errs)} | {tps if tps else '–'} | "
              f"{lat if lat else '–'} | {ratio} |")
p("")
p("report-write = POST /api/v1/projects/{id}/reports (admin token, a new month per request, each with its own "
  "Idempotency-Key, WRITE_RATE_LIMIT=0); referral-write = POST /api/v1/referrals/{id}/start on accepted referrals, each "
  "once; no pgbench ceiling measured for them. Rows without a suffix are the production setting.")
# Sections no part of run.sh measures (the replica check, a national-scale run written up by hand when scale.tsv is
# absent) are carried over from the previous RESULTS.md (bench.sh passes it as PREVIOUS_RESULTS), never dropped.
KEEP = ["## Read replica", "## National scale: partitioning", "## National scale"]
prev = os.environ.get("PREVIOUS_RESULTS")
if prev and os.path.exists(prev):
    text = open(prev, encoding="utf-8").read()
    for head in KEEP:
        if any(line.startswith(head) for line in out):
            continue   # rendered from this run (e.g. "## National scale" from scale.tsv)
        i = text.find("\n" + head)
        if i < 0:
            continue
        j = text.find("\n## ", i + 1)
        out.append(text[i + 1:j if j > 0 else len(text)].rstrip() + "\n")
print("\n".join(out))
