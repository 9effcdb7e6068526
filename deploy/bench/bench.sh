#!/usr/bin/env bash
# deploy/bench/bench.sh [SCALE] [SEED]: the one command. Generates qinghai_bench if it is missing or at another
# scale/seed, runs run.sh, and writes deploy/bench/RESULTS.md from the raw figures (nothing edited by hand).
set -euo pipefail
source "$(dirname "$0")/common.sh"
SCALE="${1:-1}"; SEED="${2:-42}"
ensure_db
have=$(psql_bench -tAc "select string_agg(v, '/' order by k) from public.bench_meta" 2>/dev/null || true)
gen=$(grep -o '^GEN_VERSION=[0-9]*' "$BENCH_DIR/generate.sh" | cut -d= -f2)
if [ "$have" != "$gen/$SCALE/$SEED" ]; then   # gen/scale/seed as generate.sh records them
  gen_t0=$(date +%s%3N); "$BENCH_DIR/generate.sh" "$SCALE" "$SEED"; gen_ms=$(( $(date +%s%3N) - gen_t0 ))
else
  log "qinghai_bench already at scale $SCALE seed $SEED"; gen_ms=""
fi
"$BENCH_DIR/run.sh"
bash "$BENCH_DIR/memory.sh"
GEN_MS="$gen_ms" SCALE="$SCALE" SEED="$SEED" python3 "$BENCH_DIR/render.py" "$OUT/results.tsv" >"$BENCH_DIR/RESULTS.md"
log "wrote $BENCH_DIR/RESULTS.md"
