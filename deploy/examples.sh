#!/usr/bin/env bash
# The example session of docs/examples.md against the four running services, each answer checked: a step that does
# not answer what the session expects stops the script with the answer it got. CI runs it (deploy/checks/live.sh) on
# services it has just started on a fresh database, so the session cannot rot.
#
# Needs what deploy/run.sh needs (bash, curl, openssl for deploy/token.sh) and python3 to read JSON answers; no jq,
# no uuidgen (keys come from /proc/sys/kernel/random/uuid). Services: PT_URL, TA_URL, AP_URL, MA_URL (defaults: the
# ports deploy/run.sh starts them on, 8081–8084). Files it writes (its fair's CSV, exports): EXAMPLES_DIR (default: a
# temporary directory). It can run again on the same data: each run creates a fair with the next edition.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PT="${PT_URL:-http://localhost:8081}" TA="${TA_URL:-http://localhost:8082}"
AP="${AP_URL:-http://localhost:8083}" MA="${MA_URL:-http://localhost:8084}"
DIR="${EXAMPLES_DIR:-$(mktemp -d)}"
mkdir -p "$DIR"
ADMIN="Authorization: Bearer $("$ROOT/deploy/token.sh" admin)"
VIEWER="Authorization: Bearer $("$ROOT/deploy/token.sh" viewer)"
SUPERVISOR="Authorization: Bearer $("$ROOT/deploy/token.sh" supervisor)"
REPORTER="Authorization: Bearer $("$ROOT/deploy/token.sh" reporter 西宁市政府)"
JSON='Content-Type: application/json'

step() { printf 'examples: %s\n' "$*"; }
key() { cat /proc/sys/kernel/random/uuid; }
# call STATUS METHOD URL [curl options...]: the answer's body on stdout, or into the file $OUT when set (headers in
# $DIR/headers); any other status stops the session, showing the answer
call() {
  local want=$1 method=$2 url=$3 code out="${OUT:-$DIR/body}"
  shift 3
  code=$(curl -sS -o "$out" -D "$DIR/headers" -w '%{http_code}' -X "$method" "$@" "$url")
  echo "$code" >"$DIR/status"
  if [[ ! "$code" =~ ^($want)$ ]]; then
    printf 'examples: %s %s answered %s (expected %s):\n' "$method" "$url" "$code" "$want" >&2
    head -c 2000 "$out" >&2; echo >&2
    exit 1
  fi
  [ -n "${OUT:-}" ] || cat "$out"
}
# field PATH: a field of the JSON on stdin, e.g. items.0.id (a missing field stops the session)
field() {
  python3 -c 'import json, sys
v = json.load(sys.stdin)
for k in sys.argv[1].split("."):
    v = v[int(k)] if isinstance(v, list) else v[k]
print(v if not isinstance(v, (dict, list)) else json.dumps(v, ensure_ascii=False))' "$1"
}
header() { tr -d '\r' <"$DIR/headers" | awk -v h="$(tr 'A-Z' 'a-z' <<<"$1"):" 'tolower($1) == h {print $2}'; }
# replayed KEY STATUS METHOD URL [curl options...]: send a create again with the same key and body; it must answer the
# same status, body and Location, marked as a replay
replayed() {
  local k=$1 status=$2 method=$3 url=$4 first location
  shift 4
  first=$(cat "$DIR/body") location=$(header Location)
  [ -n "$location" ] || { echo "examples: $method $url answered $status without Location" >&2; exit 1; }
  call "$status" "$method" "$url" -H "Idempotency-Key: $k" "$@" >/dev/null
  [ "$(header Idempotent-Replayed)" = true ] || { echo "examples: the replay of $url was not marked" >&2; exit 1; }
  [ "$(header Location)" = "$location" ] || { echo "examples: the replay of $url answered Location $(header Location), the first $location" >&2; exit 1; }
  [ "$(cat "$DIR/body")" = "$first" ] || { echo "examples: the replay of $url answered another body" >&2; exit 1; }
  step "replayed with the same Idempotency-Key: $status, Location $location, marked Idempotent-Replayed"
}

# ---- project tracking (134号) ----
total=$(call 200 GET "$PT/api/v1/projects?size=1" -H "$VIEWER" | field total)
step "project tracking: $total projects"
name_only=$(call 200 GET "$PT/api/v1/projects?flag=NAME_ONLY&size=5" -H "$VIEWER" | field total)
step "rows the gazette printed with a name only: $name_only"
FAIR18=$(call 200 GET "$PT/api/v1/fairs?size=100" -H "$VIEWER" | python3 -c 'import json, sys
print(next(f["id"] for f in json.load(sys.stdin)["items"] if f["edition"] == 18))')
call 200 GET "$PT/api/v1/fairs/$FAIR18/data-quality" -H "$VIEWER" >/dev/null
step "the 18th fair is $FAIR18; its data quality read"
disagreements=$(call 200 GET "$PT/api/v1/reconciliation" -H "$VIEWER" | python3 -c 'import json, sys
print(len(json.load(sys.stdin)["disagreements"]))')
step "reconciliation: $disagreements disagreements between the notice's figures and its table"

# 西宁市政府 reports on its project 序号 1 for 2017-09 (late: it was due 2017-10-05)
ID=$(call 200 GET "$PT/api/v1/projects" -G --data-urlencode "q=锂电负极" -H "$VIEWER" | field items.0.id)
K=$(key)
REPORT='{"period":"2017-09","contractPerformed":true,"constructionStarted":true,"completed":false,"fundsInPlace":"12.5","progress":"三期厂房开工","problems":"用地指标待落实"}'
call '201' POST "$PT/api/v1/projects/$ID/reports" -H "$REPORTER" -H "$JSON" -H "Idempotency-Key: $K" -d "$REPORT" >/dev/null
step "project $ID: the 2017-09 report submitted ($(header Location))"
replayed "$K" 201 POST "$PT/api/v1/projects/$ID/reports" -H "$REPORTER" -H "$JSON" -d "$REPORT"

call 200 GET "$PT/api/v1/rates?asOf=2017-12-31&by=PREFECTURE" -H "$VIEWER" >/dev/null
OUT="$DIR/rates.xlsx" call 200 GET "$PT/api/v1/rates/export?asOf=2017-12-31&format=xlsx" -H "$VIEWER"
step "rates at the first milestone by 市州, and as a spreadsheet ($(wc -c <"$DIR/rates.xlsx") bytes)"

call 200 POST "$PT/api/v1/admin/jobs/monthly-reminder/run?date=2017-10-01" -H "$ADMIN" >/dev/null
reminders=$(call 200 GET "$PT/api/v1/reminders?period=2017-09&size=5" -H "$VIEWER")
step "reminders of 2017-09: $(field total <<<"$reminders")"
REMINDER=$(field items.0.id <<<"$reminders")
call 200 GET "$PT/api/v1/reminders/$REMINDER/projects?size=200" -H "$VIEWER" >/dev/null
call 200 POST "$PT/api/v1/admin/jobs/quarterly-report/run?date=2018-01-06" -H "$ADMIN" >/dev/null
OUT="$DIR/pt-2017-Q4.csv" call 200 GET "$PT/api/v1/period-reports/quarterly/2017-Q4" -H "$VIEWER" -H 'Accept: text/csv'
step "the 2017-Q4 report stored by its job, read as CSV ($(wc -l <"$DIR/pt-2017-Q4.csv") lines)"

# a new fair: create it (the next edition), add a 责任单位 the 18th fair did not have, dry-run its table, import it
EDITION=$(( $(call 200 GET "$PT/api/v1/fairs?size=100" -H "$VIEWER" | python3 -c 'import json, sys
print(max(f["edition"] for f in json.load(sys.stdin)["items"]))') + 1 ))
FAIR=$(call 201 POST "$PT/api/v1/fairs" -H "$ADMIN" -H "$JSON" -H "Idempotency-Key: $(key)" \
  -d "{\"edition\":$EDITION,\"name\":\"第${EDITION}届中国·青海绿色发展投资贸易洽谈会\",\"heldFrom\":\"2018-06-15\"}" | field id)
step "fair $FAIR created (edition $EDITION, $(header Location))"
UNIT="黄南州政府"
if ! call 200 GET "$PT/api/v1/units?size=200" -H "$VIEWER" | python3 -c 'import json, sys
sys.exit(0 if any(u["name"] == sys.argv[1] for u in json.load(sys.stdin)["items"]) else 1)' "$UNIT"; then
  call 201 POST "$PT/api/v1/units" -H "$ADMIN" -H "$JSON" -H "Idempotency-Key: $(key)" \
    -d "{\"name\":\"$UNIT\",\"kind\":\"PREFECTURE_GOVERNMENT\",\"prefecture\":\"黄南州\",\"contactEmail\":\"hnz@example.gov.cn\"}" >/dev/null
  step "unit $UNIT added"
fi
cat >"$DIR/fair.csv" <<CSV
seq,unit,name,party_a,party_b,total_investment,fund_sources
1,西宁市政府,锂电池隔膜二期项目,西宁市政府,青海某新能源有限公司,12.50,企业自筹
2,$UNIT,高原有机畜产品加工项目,$UNIT,某食品有限公司,3.20,企业自筹、银行贷款
CSV
dry=$(call 200 POST "$PT/api/v1/fairs/$FAIR/projects?dryRun=true" -H "$ADMIN" -H 'Content-Type: text/csv' --data-binary @"$DIR/fair.csv")
step "dry run of its table: $(python3 -c 'import json, sys; d = json.load(sys.stdin); print({k: d[k] for k in d if k in ("rows", "valid", "errors", "unknownUnits", "encoding")})' <<<"$dry")"
call '200|201' POST "$PT/api/v1/fairs/$FAIR/projects" -H "$ADMIN" -H 'Content-Type: text/csv' -H "Idempotency-Key: $(key)" \
  --data-binary @"$DIR/fair.csv" >/dev/null
imported=$(call 200 GET "$PT/api/v1/projects?fairId=$FAIR&size=10" -H "$VIEWER" | field total)
[ "$imported" = 2 ] || { echo "examples: fair $FAIR has $imported projects after the import, expected 2" >&2; exit 1; }
step "fair $FAIR imported: $imported projects"

# ---- transparency (137号, 138号) ----
call 200 GET "$TA/api/v1/grade-bands" -H "$VIEWER" >/dev/null
call 200 GET "$TA/api/v1/schemes?year=2017" -H "$VIEWER" >/dev/null
deadline=$(call 200 GET "$TA/api/v1/calendar/deadline?producedOn=2017-09-22" -H "$VIEWER" | field deadline)
step "transparency: information produced 2017-09-22 is due $deadline (国庆 and the 09-30 make-up day counted)"
call 200 GET "$TA/api/v1/pilot/units" -H "$VIEWER" >/dev/null
K=$(key)
DISCLOSURE='{"subjectId":1,"title":"西宁市2017年第三季度财政预算执行情况","producedOn":"2017-09-22","publishedOn":"2017-10-20"}'
onTime=$(call 201 POST "$TA/api/v1/disclosures" -H "$ADMIN" -H "$JSON" -H "Idempotency-Key: $K" -d "$DISCLOSURE" | field onTime)
step "a disclosure published 2017-10-20 recorded (on time: $onTime; $(header Location))"
replayed "$K" 201 POST "$TA/api/v1/disclosures" -H "$ADMIN" -H "$JSON" -d "$DISCLOSURE"
call 200 POST "$TA/api/v1/admin/jobs/rectification-reminders/run?date=2017-12-01" -H "$ADMIN" >/dev/null
# the annual bulletin of routine records (137号 第九条 每年通报一次) is stored by its job, in January for the year before,
# from the records as they stand (the seed data is enough); run the job, then export the bulletin it stored (a second
# run of the session finds the year done and exports the same bulletin). The annual assessment report (kind annual)
# waits for a concluded provincial round (POST /api/v1/rounds/{id}/result), which the seed data has none of.
job=$(call 200 POST "$TA/api/v1/admin/jobs/annual-bulletin/run?date=2018-01-15" -H "$ADMIN")
OUT="$DIR/bulletin-2017.csv" call 200 GET "$TA/api/v1/period-reports/bulletin/2017?format=csv" -H "$VIEWER"
step "the 2017 annual bulletin ($(field message <<<"$job")), exported ($(wc -l <"$DIR/bulletin-2017.csv") lines)"

# ---- action plan (135号) ----
call 200 GET "$AP/api/v1/tasks/29" -H "$VIEWER" >/dev/null
JXW="Authorization: Bearer $("$ROOT/deploy/token.sh" reporter 省经济和信息化委)"
K=$(key)
TASK_REPORT='{"period":"2017-09","narrative":"压减120万吨。","actuals":[{"indicatorCode":"21-coal","value":120,"asOf":"2017-09-30"}]}'
call '201|409' POST "$AP/api/v1/tasks/21/reports" -H "$JXW" -H "$JSON" -H "Idempotency-Key: $K" -d "$TASK_REPORT" >/dev/null
if [ "$(cat "$DIR/status")" = 201 ]; then
  step "action plan: 省经济和信息化委 reported on task 21 ($(header Location))"
  replayed "$K" 201 POST "$AP/api/v1/tasks/21/reports" -H "$JXW" -H "$JSON" -d "$TASK_REPORT"
else
  step "action plan: 省经济和信息化委 had already reported on task 21 for 2017-09 (an earlier run): 409, corrected with PUT"
fi
status=$(call 200 GET "$AP/api/v1/tasks/21/status?asOf=2017-10-10" -H "$VIEWER" | field status)
step "task 21 on 2017-10-10: $status"
call 200 GET "$AP/api/v1/lagging-units?asOf=2017-10-10&size=5" -H "$SUPERVISOR" >/dev/null
# indicators action plan reads from its peers through their generated clients (live, or the last value marked stale);
# EXAMPLES_PEERS_LIVE=1 (deploy/checks/live.sh) insists they are live
for code in 29-alliances 39-contract-fulfilment; do
  linked=$(call 200 GET "$AP/api/v1/indicators/by-code/$code/linked" -H "$VIEWER")
  stale=$(field stale <<<"$linked")
  step "indicator $code linked from $(field source <<<"$linked"): stale=$stale, $(python3 -c 'import json, sys; print(len(json.load(sys.stdin)["values"]))' <<<"$linked") figures"
  if [ "${EXAMPLES_PEERS_LIVE:-0}" = 1 ] && [ "$stale" != False ]; then
    echo "examples: $code is not live: $(field problem <<<"$linked")" >&2; exit 1
  fi
done
call 200 POST "$AP/api/v1/admin/jobs/quarterly-report/run?date=2017-10-01" -H "$ADMIN" >/dev/null
call 200 GET "$AP/api/v1/period-reports/quarterly/2017-Q3?status=OVERDUE&page=0&size=20" -H "$VIEWER" >/dev/null
OUT="$DIR/135-2017-Q3.xlsx" call 200 GET "$AP/api/v1/period-reports/quarterly/2017-Q3?format=xlsx" -H "$VIEWER"
step "the 2017-Q3 closing report stored and exported ($(wc -c <"$DIR/135-2017-Q3.xlsx") bytes)"

# ---- medical alliance (140号) ----
call 200 GET "$MA/api/v1/alliances?kind=PROVINCIAL_REGIONAL" -H "$VIEWER" >/dev/null
call 200 GET "$MA/api/v1/coverage/prefectures?year=2017" -H "$VIEWER" >/dev/null
K=$(key)
INSTITUTION="{\"name\":\"格尔木市人民医院分院${K:0:8}\",\"level\":\"SECONDARY\",\"ownership\":\"PUBLIC\",\"kind\":\"HOSPITAL\",\"tier\":\"COUNTY\",\"prefectureId\":3,\"countyId\":302}"
call 201 POST "$MA/api/v1/institutions" -H "$ADMIN" -H "$JSON" -H "Idempotency-Key: $K" -d "$INSTITUTION" >/dev/null
step "medical alliance: an institution registered ($(header Location))"
replayed "$K" 201 POST "$MA/api/v1/institutions" -H "$ADMIN" -H "$JSON" -d "$INSTITUTION"
coverage=$(call 200 GET "$MA/api/v1/family-doctor/coverage?year=2017" -H "$VIEWER" | python3 -c 'import json, sys
d = json.load(sys.stdin); print(sum(1 for p in d["prefectures"] if p["coveragePct"] is not None), "of", len(d["prefectures"]))')
step "medical alliance: family-doctor coverage 2017 reported for $coverage 市州"
call 200 POST "$MA/api/v1/admin/jobs/quarterly-report/run?date=2017-10-01" -H "$ADMIN" >/dev/null
OUT="$DIR/140-2017-Q3.csv" call 200 GET "$MA/api/v1/period-reports/quarterly/2017-Q3?format=csv" -H "$VIEWER"
step "the 2017-Q3 report stored and exported ($(wc -l <"$DIR/140-2017-Q3.csv") lines)"
step "done: the session ran as docs/examples.md shows it (files in $DIR)"
