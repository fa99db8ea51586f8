{{/* The enabled components (the four services, then the console) as a JSON list of {name, values, service}. */}}
{{- define "icn.enabledComponents" -}}
{{- $components := list -}}
{{- range $name := splitList " " (include "icn.serviceNames" .) -}}
{{- $values := index $.Values.services $name -}}
{{- if $values.enabled -}}
{{- $components = append $components (dict "name" $name "values" $values "service" true) -}}
{{- end -}}
{{- end -}}
{{- if .Values.console.enabled -}}
{{- $components = append $components (dict "name" "console" "values" .Values.console "service" false) -}}
{{- end -}}
{{- toJson $components -}}
{{- end -}}
