{{/*
Names, labels and the facts about each service that come from the code, not from the operator.
*/}}

{{- define "icn.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "icn.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else if contains (include "icn.name" .) .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name (include "icn.name" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* The name of a component's objects: <fullname>-<component>. Call with (dict "root" $ "name" "membership"). */}}
{{- define "icn.componentName" -}}
{{- printf "%s-%s" (include "icn.fullname" .root) .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "icn.selectorLabels" -}}
app.kubernetes.io/name: {{ include "icn.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end -}}

{{- define "icn.labels" -}}
{{ include "icn.selectorLabels" . }}
app.kubernetes.io/part-of: icn-platform
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
{{- end -}}

{{/* registry/repository:tag of an image value ({repository, tag}). Call with (dict "root" $ "image" .image). */}}
{{- define "icn.image" -}}
{{- $tag := .image.tag | default .root.Values.image.tag | default .root.Chart.AppVersion -}}
{{- if .root.Values.image.registry -}}
{{- printf "%s/%s:%s" (trimSuffix "/" .root.Values.image.registry) .image.repository $tag -}}
{{- else -}}
{{- printf "%s:%s" .image.repository $tag -}}
{{- end -}}
{{- end -}}

{{/*
What the code fixes for each service: its HTTP port (the Dockerfile's), the variables naming its
shared consumer groups (the consumerGroup declarations of apps/<service>/src; opportunities' per-replica
broadcast group is left out: each replica reads everything in a group of its own, so its lag says
nothing about scaling), and the first path segments of its API (its controllers), which the API
ingress routes to it. chart.test.mjs checks all three against the sources.
*/}}
{{- define "icn.catalogue" -}}
membership:
  port: 3001
  consumerGroupVariables: []
  apiPaths: [/clusters, /organisations]
matchmaking:
  port: 3002
  consumerGroupVariables: [CONSUMER_GROUP, OPPORTUNITY_CONSUMER_GROUP, SUGGESTIONS_CONSUMER_GROUP, PARTNER_SEARCH_CONSUMER_GROUP, PROGRAMME_CONSUMER_GROUP]
  apiPaths: [/directory, /introductions, /matches, /missions, /passport]
opportunities:
  port: 3003
  consumerGroupVariables: [DIRECTORY_CONSUMER_GROUP, NOTIFICATIONS_CONSUMER_GROUP, RECOMMENDATIONS_CONSUMER_GROUP, NETWORK_PROGRAMMES_CONSUMER_GROUP]
  apiPaths: [/opportunities, /subscriptions, /mail, /feeds]
consortia:
  port: 3004
  consumerGroupVariables: [DIRECTORY_CONSUMER_GROUP, OPPORTUNITY_CONSUMER_GROUP, PARTNER_SUGGESTION_CONSUMER_GROUP]
  apiPaths: [/consortia, /funding-calls]
network:
  port: 3005
  consumerGroupVariables: [DIRECTORY_CONSUMER_GROUP, REPORT_CONSUMER_GROUP]
  apiPaths: [/annual-reports, /applications, /network-events, /partners, /programmes]
console:
  port: 3000
  consumerGroupVariables: []
  apiPaths: []
{{- end -}}

{{/* The services (not the console), in a fixed order. */}}
{{- define "icn.serviceNames" -}}
membership matchmaking opportunities consortia network
{{- end -}}

{{/* The consumer group ids of a service, from its configuration. Call with (dict "root" $ "name" "matchmaking"); returns a JSON list. */}}
{{- define "icn.consumerGroups" -}}
{{- $catalogue := fromYaml (include "icn.catalogue" .root) -}}
{{- $service := index .root.Values.services .name -}}
{{- $groups := list -}}
{{- range (index $catalogue .name).consumerGroupVariables -}}
{{- $group := index $service.config . | default "" -}}
{{- if not $group -}}
{{- fail (printf "services.%s.config.%s: the consumer group id is required (autoscaling reads its lag)" $.name .) -}}
{{- end -}}
{{- $groups = append $groups $group -}}
{{- end -}}
{{- toJson $groups -}}
{{- end -}}

{{/* KEDA's name for a SASL mechanism (KAFKA_SASL_MECHANISM's value). */}}
{{- define "icn.kedaSasl" -}}
{{- $names := dict "plain" "plaintext" "scram-sha-256" "scram_sha256" "scram-sha-512" "scram_sha512" -}}
{{- index $names . -}}
{{- end -}}

{{/* Where the services' APIs are reached from outside (the API ingress routes each service's paths on one host). */}}
{{- define "icn.apiPublicUrl" -}}
{{- $ingress := .Values.ingress.api -}}
{{- printf "%s://%s" (ternary "https" "http" (ne $ingress.tlsSecretName "")) $ingress.host -}}
{{- end -}}

{{/* The CONSOLE_PUBLIC_URL: given, or from the console ingress. */}}
{{- define "icn.consolePublicUrl" -}}
{{- $ingress := .Values.ingress.console -}}
{{- if $ingress.publicUrl -}}
{{- $ingress.publicUrl -}}
{{- else -}}
{{- printf "%s://%s" (ternary "https" "http" (ne $ingress.tlsSecretName "")) $ingress.host -}}
{{- end -}}
{{- end -}}

{{/*
The startup probe's failure threshold: KAFKA_STARTUP_TIMEOUT_MS plus probes.startupProbeExtraSeconds,
in periods of 5 s, rounded up — longer than the process's own deadline, so that a broker that never
answers ends with the process naming the step it waited for (ADR 11), not with a silent kill.
*/}}
{{- define "icn.startupFailureThreshold" -}}
{{- $seconds := add (div .Values.kafka.startupTimeoutMs 1000) .Values.probes.startupProbeExtraSeconds -}}
{{- div (add $seconds 4) 5 -}}
{{- end -}}

{{/*
One egress rule from {to, ports}: an empty `to` allows any address on those ports, empty `ports` any
port of those addresses. Both empty would allow everything, which is refused. Call with
(dict "rule" .Values.networkPolicy.egress.kafka "name" "kafka").
*/}}
{{- define "icn.egressRule" -}}
{{- $rule := dict -}}
{{- with .rule.to }}{{ $_ := set $rule "to" . }}{{ end -}}
{{- with .rule.ports }}{{ $_ := set $rule "ports" . }}{{ end -}}
{{- if not $rule -}}
{{- fail (printf "networkPolicy.egress.%s: give `to` or `ports` (both empty would allow all egress)" .name) -}}
{{- end -}}
{{- toYaml (list $rule) -}}
{{- end -}}
