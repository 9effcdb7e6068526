#!/usr/bin/env bash
# deploy/bench/memory.sh: what the RSS after start is made of. Starts each service once more as run.sh does, with
# Native Memory Tracking, and one second after ready appends to .out/results.tsv its RSS split by the kernel
# (anonymous / file-backed) and by the JVM (NMT committed: the AOT or CDS archive, heap, code, metaspace and classes,
# threads, the rest). bench.sh runs it after run.sh; alone it needs the services built (run.sh builds them).
set -euo pipefail
source "$(dirname "$0")/common.sh"
trap stop_all EXIT
for s in "${SERVICES[@]}"; do
  name=${s%%:*} port=${s##*:}
  start_service "$name" "$port" -XX:NativeMemoryTracking=summary
  wait_ready "$port" 300 >/dev/null; sleep 1
  pid=$(cat "$OUT/$name.pid")
  kernel=$(awk '/^(RssAnon|RssFile):/ { sub(":", "", $1); printf "%s=%d ", $1, $2 / 1024 }' "/proc/$pid/status")
  jcmd_of "$pid" VM.native_memory summary scale=MB >"$OUT/nmt-$name.txt" 2>&1 || true
  # "-   Java Heap (reserved=192MB, committed=36MB)" -> Java Heap=36
  jvm=$(awk -F'[(=,]' '/^-/ && /committed=/ { n = $1; sub(/^- */, "", n); sub(/ *$/, "", n);
          for (i = 1; i <= NF; i++) if ($i ~ /committed$/) { v = $(i + 1); sub(/MB.*/, "", v); if (v + 0 >= 1) printf "%s=%s;", n, v } }' \
        "$OUT/nmt-$name.txt")
  rec "memory:$name" "$(( $(ps -o rss= -p "$pid") / 1024 )) ${kernel}" "RSS MB one second after ready with NMT on; kernel split MB"
  rec "nmt:$name" "${jvm%;}" "NMT committed MB by category (>= 1 MB), $OUT/nmt-$name.txt"
  log "$name: RSS $(( $(ps -o rss= -p "$pid") / 1024 )) MB, ${kernel}; NMT ${jvm%;}"
  stop_service "$name"
done
