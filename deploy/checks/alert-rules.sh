#!/usr/bin/env bash
# The PrometheusRule's alerts, checked by Prometheus' own tool without a cluster: promtool check rules (syntax, PromQL)
# and promtool test rules (deploy/checks/alerts/alert-rules.test.yaml: the "job not run for its period" thresholds per
# schedule, fed with the gauge jobs_last_success_period_end_timestamp_seconds). promtool is Debian's package prometheus.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/../packages.sh"
cd "$ROOT"
need_packages promtool:prometheus python3:python3
need_python_module yaml python3-yaml
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - deploy/k8s/components/monitoring/prometheusrule.yaml "$work/rules.yaml" <<'PY'
import sys, yaml
rule = yaml.safe_load(open(sys.argv[1]))
assert rule["kind"] == "PrometheusRule", rule["kind"]
yaml.safe_dump(rule["spec"], open(sys.argv[2], "w"), allow_unicode=True)
PY
cp deploy/checks/alerts/alert-rules.test.yaml "$work/"
promtool check rules "$work/rules.yaml"
(cd "$work" && promtool test rules alert-rules.test.yaml)
log "alert rules: promtool check and unit tests passed"
