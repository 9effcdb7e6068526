#!/usr/bin/env bash
# deploy/bench/bench.sh [--quick] [SCALE] [SEED]: the one command. Generates the bench database (BENCH_DB, default
# qinghai_bench) if it is missing or at another scale/seed, runs run.sh, and writes deploy/bench/RESULTS.md from the
# raw figures (nothing edited by hand). On an idle 2-core machine the full run takes ~20 minutes after the database
# exists (generating scale 1 adds ~3 minutes, the first training of the production AOT caches ~3); --quick (~6
# minutes: 3 s per wrk run, the top connection count only, one startup round, no CSV import, profile or memory part)
# checks the tooling and writes .out/RESULTS-quick.md instead, never RESULTS.md. The national scale is its own command,
# deploy/bench/scale.sh (its last figures, .out/scale.tsv, go into RESULTS.md when present).
set -euo pipefail
QUICK=false
[ "${1:-}" = --quick ] && { QUICK=true; shift; }
source "$(dirname "$0")/common.sh"
SCALE="${1:-1}"; SEED="${2:-42}"
ensure_db
have=$(psql_bench -tAc "select string_agg(v, '/' order by k) from public.bench_meta" 2>/dev/null || true)
gen=$(grep -o '^GEN_VERSION=[0-9]*' "$BENCH_DIR/generate.sh" | cut -d= -f2)
if [ "$have" != "$gen/$SCALE/$SEED" ]; then   # gen/scale/seed as generate.sh records them
  gen_t0=$(date +%s%3N); "$BENCH_DIR/generate.sh" "$SCALE" "$SEED"; gen_ms=$(( $(date +%s%3N) - gen_t0 ))
else
  log "$BENCH_DB already at scale $SCALE seed $SEED"; gen_ms=""
fi
t0=$(date +%s)
if $QUICK; then
  BENCH_DURATION=${BENCH_DURATION:-3} BENCH_WARMUP=${BENCH_WARMUP:-2} BENCH_CONNS=${BENCH_CONNS:-32} \
    BENCH_PGBENCH_CONNS=${BENCH_PGBENCH_CONNS:-32} BENCH_STARTUP_ROUNDS=${BENCH_STARTUP_ROUNDS:-1} \
    BENCH_PARTS=${BENCH_PARTS:-startup wrk floor pgbench} "$BENCH_DIR/run.sh"
  dest="$OUT/RESULTS-quick.md"
else
  BENCH_DURATION=${BENCH_DURATION:-8} "$BENCH_DIR/run.sh"
  BENCH_SETTING=production bash "$BENCH_DIR/memory.sh"
  dest="$BENCH_DIR/RESULTS.md"
fi
rec bench_run_s "$(( $(date +%s) - t0 ))" "wall time of run.sh$($QUICK || echo ' and memory.sh') ($($QUICK && echo quick || echo full) mode)"
[ -f "$dest" ] && cp "$dest" "$OUT/RESULTS.previous.md"
PREVIOUS_RESULTS="$OUT/RESULTS.previous.md" GEN_MS="$gen_ms" SCALE="$SCALE" SEED="$SEED" BENCH_DB="$BENCH_DB" QUICK="$QUICK" python3 "$BENCH_DIR/render.py" "$OUT/results.tsv" >"$dest"
log "wrote $dest"
