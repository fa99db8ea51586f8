#!/usr/bin/env bash
# The Helm chart's offline checks (part of npm test: `nx run deploy:test`):
#   1. helm lint --strict with the default values, values-production.yaml and test-values/*.yaml;
#   2. helm template with each, every rendered manifest validated: Kubernetes' kinds against the
#      schemas of Kubernetes 1.37 (kubernetes-validate, strict), KEDA's and the Prometheus
#      operator's against deploy/helm/schemas (validate-manifests.py);
#   3. the rendered alert rules: promtool check rules, and promtool test rules (alerts.test.yaml);
#   4. the chart's own rules over the rendered output (chart.test.mjs, node's test runner).
# The tools are built or installed once and cached (ensure-tools.sh).
set -euo pipefail
cd "$(dirname "$0")"
eval "$(./ensure-tools.sh)"
export HELM KUBERNETES_VERSION

chart=icn-platform
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

declare -A variants=([default]="" [production]="-f $chart/values-production.yaml")
for file in test-values/*.yaml; do variants[$(basename "$file" .yaml)]="-f $file"; done

for name in "${!variants[@]}"; do
  # shellcheck disable=SC2086 # the options are words
  if ! lint="$("$HELM" lint --strict --quiet --kube-version "$KUBERNETES_VERSION" "$chart" ${variants[$name]} 2>&1)"; then
    printf 'helm lint --strict (%s values) failed:\n%s\n' "$name" "$lint" >&2
    exit 1
  fi
  # shellcheck disable=SC2086
  "$HELM" template icn "$chart" --namespace icn --kube-version "$KUBERNETES_VERSION" ${variants[$name]} >"$work/$name.yaml"
done
echo "helm lint --strict and helm template: ${#variants[@]} value sets (${!variants[*]})"

"$KUBE_VALIDATE_PYTHON" validate-manifests.py "$KUBERNETES_VERSION" "$work"/*.yaml

# The rules as Prometheus reads them: the PrometheusRule's groups, as production renders them.
"$KUBE_VALIDATE_PYTHON" - "$work/production.yaml" >"$work/rules.yaml" <<'PY'
import sys, yaml
rules = [d for d in yaml.safe_load_all(open(sys.argv[1])) if d and d.get("kind") == "PrometheusRule"]
assert len(rules) == 1, "production renders one PrometheusRule"
print(yaml.safe_dump({"groups": rules[0]["spec"]["groups"]}, sort_keys=False))
PY
"$PROMTOOL" check rules "$work/rules.yaml"
cp alerts.test.yaml "$work/alerts.test.yaml"
"$PROMTOOL" test rules "$work/alerts.test.yaml"

node --test --test-reporter=spec chart.test.mjs
