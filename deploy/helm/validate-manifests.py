"""Validates rendered manifests offline, every one of them or the run fails.

Kubernetes' own kinds against the schemas of a pinned Kubernetes version (kubernetes-validate,
strict: unknown fields are errors). Custom resources (KEDA, the Prometheus operator) against the
JSON schemas in deploy/helm/schemas, written for the fields this chart uses from the upstream CRDs
each names. A kind with no schema is an error, not a warning.

usage: python validate-manifests.py KUBERNETES_VERSION FILE...
"""
import json
import pathlib
import sys

import jsonschema
import kubernetes_validate
import yaml

SCHEMAS = pathlib.Path(__file__).parent / "schemas"
CUSTOM = {
    ("keda.sh/v1alpha1", "ScaledObject"): "scaledobject-keda-v1alpha1.json",
    ("keda.sh/v1alpha1", "TriggerAuthentication"): "triggerauthentication-keda-v1alpha1.json",
    ("monitoring.coreos.com/v1", "ServiceMonitor"): "servicemonitor-monitoring-v1.json",
    ("monitoring.coreos.com/v1", "PrometheusRule"): "prometheusrule-monitoring-v1.json",
}


def validate_custom(document, schema_file):
    schema = json.loads((SCHEMAS / schema_file).read_text())
    validator = jsonschema.Draft7Validator(schema)
    return ["%s: %s" % (".".join(str(p) for p in error.absolute_path) or "(root)", error.message) for error in validator.iter_errors(document)]


def validate_builtin(document, version):
    try:
        kubernetes_validate.validate(document, version, strict=True)
        return []
    except kubernetes_validate.ValidationError as error:
        return ["%s: %s" % (".".join(str(p) for p in error.path) or "(root)", error.message)]
    except kubernetes_validate.SchemaNotFoundError as error:
        return [error.message]


def main(version, files):
    problems, builtin, custom = [], 0, 0
    for name in files:
        with open(name) as stream:
            documents = [document for document in yaml.safe_load_all(stream) if document]
        for document in documents:
            key = (document.get("apiVersion"), document.get("kind"))
            label = "%s %s/%s" % (name, document.get("kind"), (document.get("metadata") or {}).get("name"))
            if key in CUSTOM:
                errors = validate_custom(document, CUSTOM[key])
                custom += 1
            else:
                errors = validate_builtin(document, version)
                builtin += 1
            problems.extend("%s: %s" % (label, error) for error in errors)
    for problem in problems:
        print("INVALID " + problem)
    print("%d manifests: %d of Kubernetes %s (strict), %d custom resources; %d invalid" % (builtin + custom, builtin, version, custom, len(problems)))
    return 1 if problems or builtin + custom == 0 else 0


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2:]))
