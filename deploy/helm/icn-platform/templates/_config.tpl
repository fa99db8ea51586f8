{{/*
The environment of each process, as its ConfigMap holds it. The chart derives some variables from
typed values (brokers, topics, OIDC, ports…); `config` maps carry the rest. A `config` key the chart
derives is refused, so one setting never has two places.
*/}}

{{- define "icn.mergeConfig" -}}
{{- $env := .env -}}
{{- range $source := .sources -}}
{{- range $key, $value := $source.values -}}
{{- if or (hasKey $.derived $key) (hasPrefix "OTEL_" $key) -}}
{{- fail (printf "%s.%s: set by the chart from %s; set that instead" $source.path $key (index $.derived $key | default "telemetry")) -}}
{{- end -}}
{{- $_ := set $env $key (toString $value) -}}
{{- end -}}
{{- end -}}
{{- toYaml $env -}}
{{- end -}}

{{/* Where each variable the chart derives comes from, for the message refusing it in a `config` map. */}}
{{- define "icn.derivedFrom" -}}
SERVICE_NAME: the service's name
NODE_ENV: nodeEnv
PORT: the service's port (its image's)
MONGODB_DB: services.<name>.database
MONGODB_URI: services.<name>.secret
KAFKA_BROKERS: kafka.brokers
KAFKA_CLIENT_ID: the service's name
KAFKA_TOPIC_PARTITIONS: kafka.topics.partitions
KAFKA_TOPIC_REPLICATION_FACTOR: kafka.topics.replicationFactor
KAFKA_TOPIC_MIN_INSYNC_REPLICAS: kafka.topics.minInsyncReplicas
KAFKA_STARTUP_TIMEOUT_MS: kafka.startupTimeoutMs
KAFKA_SSL: kafka.tls.enabled
KAFKA_SASL_MECHANISM: kafka.sasl.mechanism
KAFKA_SASL_USERNAME: services.<name>.kafkaUsername
KAFKA_SASL_PASSWORD: services.<name>.secret
NODE_EXTRA_CA_CERTS: kafka.tls.caSecret
OIDC_ISSUER: oidc.issuer
OIDC_AUDIENCE: oidc.audience
OIDC_ROLE_CLAIM: oidc.roleClaim
OIDC_CLUSTER_CLAIM: oidc.clusterClaim
OIDC_ORGANISATION_CLAIM: oidc.organisationClaim
OIDC_CLIENT_ID: console.oidcClientId
OIDC_CLIENT_SECRET: console.secret
CONSOLE_SESSION_SECRET: console.secret
CONSOLE_PUBLIC_URL: ingress.console (host, TLS or publicUrl)
OPPORTUNITIES_PUBLIC_URL: ingress.api (host and TLS)
MEMBERSHIP_URL: the membership Service
MATCHMAKING_URL: the matchmaking Service
OPPORTUNITIES_URL: the opportunities Service
CONSORTIA_URL: the consortia Service
SHUTDOWN_TIMEOUT_MS: shutdown.timeoutMs
INTEGRATOR_API_KEYS: integratorApiKeys (a Secret)
JWT_SECRET: nothing (a development option, refused in production; name your OpenID provider in oidc)
OTEL_EXPORTER_OTLP_ENDPOINT: telemetry.otlpEndpoint
OTEL_SERVICE_NAME: the service's name
{{- end -}}

{{/* OTEL_* for a process named .name, when tracing is on. */}}
{{- define "icn.telemetryEnv" -}}
{{- $env := dict -}}
{{- if .root.Values.telemetry.otlpEndpoint -}}
{{- $_ := set $env "OTEL_EXPORTER_OTLP_ENDPOINT" .root.Values.telemetry.otlpEndpoint -}}
{{- $_ := set $env "OTEL_SERVICE_NAME" .name -}}
{{- range $key, $value := .root.Values.telemetry.env -}}
{{- $_ := set $env $key (toString $value) -}}
{{- end -}}
{{- end -}}
{{- toYaml $env -}}
{{- end -}}

{{/* A service's environment (secrets excepted). Call with (dict "root" $ "name" "membership"). */}}
{{- define "icn.serviceEnv" -}}
{{- $root := .root -}}
{{- $values := $root.Values -}}
{{- $service := index $values.services .name -}}
{{- $catalogue := index (fromYaml (include "icn.catalogue" $root)) .name -}}
{{- $kafka := $values.kafka -}}
{{- $env := dict
  "SERVICE_NAME" .name
  "NODE_ENV" $values.nodeEnv
  "PORT" (toString $catalogue.port)
  "MONGODB_DB" $service.database
  "KAFKA_BROKERS" (join "," $kafka.brokers)
  "KAFKA_CLIENT_ID" .name
  "KAFKA_TOPIC_PARTITIONS" (toString $kafka.topics.partitions)
  "KAFKA_TOPIC_REPLICATION_FACTOR" (toString $kafka.topics.replicationFactor)
  "KAFKA_TOPIC_MIN_INSYNC_REPLICAS" (toString $kafka.topics.minInsyncReplicas)
  "KAFKA_STARTUP_TIMEOUT_MS" (toString $kafka.startupTimeoutMs)
  "KAFKA_SSL" (toString $kafka.tls.enabled)
  "KAFKA_SASL_MECHANISM" $kafka.sasl.mechanism
  "OIDC_ISSUER" $values.oidc.issuer
  "OIDC_AUDIENCE" $values.oidc.audience
  "OIDC_ROLE_CLAIM" $values.oidc.roleClaim
  "OIDC_CLUSTER_CLAIM" $values.oidc.clusterClaim
  "OIDC_ORGANISATION_CLAIM" $values.oidc.organisationClaim
  "SHUTDOWN_TIMEOUT_MS" (toString $values.shutdown.timeoutMs)
-}}
{{- if $kafka.sasl.mechanism -}}
{{- $_ := set $env "KAFKA_SASL_USERNAME" $service.kafkaUsername -}}
{{- end -}}
{{- if eq .name "opportunities" -}}
{{- /* E-mail links: into the console, and the one-click unsubscribe to this service's public API. */ -}}
{{- $_ := set $env "CONSOLE_PUBLIC_URL" (include "icn.consolePublicUrl" $root) -}}
{{- $_ := set $env "OPPORTUNITIES_PUBLIC_URL" (include "icn.apiPublicUrl" $root) -}}
{{- end -}}
{{- if $kafka.tls.caSecret.name -}}
{{- $_ := set $env "NODE_EXTRA_CA_CERTS" "/etc/icn/kafka-ca/ca.crt" -}}
{{- end -}}
{{- $env = merge $env (fromYaml (include "icn.telemetryEnv" (dict "root" $root "name" .name))) -}}
{{- $derived := fromYaml (include "icn.derivedFrom" $root) -}}
{{- include "icn.mergeConfig" (dict "env" $env "derived" $derived "sources" (list (dict "path" "config" "values" $values.config) (dict "path" (printf "services.%s.config" .name) "values" $service.config))) -}}
{{- end -}}

{{/* The console's environment (secrets excepted). */}}
{{- define "icn.consoleEnv" -}}
{{- $root := . -}}
{{- $values := .Values -}}
{{- $catalogue := fromYaml (include "icn.catalogue" .) -}}
{{- $env := dict
  "NODE_ENV" $values.nodeEnv
  "PORT" (toString $catalogue.console.port)
  "CONSOLE_PUBLIC_URL" (include "icn.consolePublicUrl" .)
  "OIDC_ISSUER" $values.oidc.issuer
  "OIDC_CLIENT_ID" $values.console.oidcClientId
-}}
{{- range $name := splitList " " (include "icn.serviceNames" .) -}}
{{- $port := (index $catalogue $name).port -}}
{{- $_ := set $env (printf "%s_URL" (upper $name)) (printf "http://%s:%d" (include "icn.componentName" (dict "root" $root "name" $name)) (int $port)) -}}
{{- end -}}
{{- $env = merge $env (fromYaml (include "icn.telemetryEnv" (dict "root" $root "name" "console"))) -}}
{{- $derived := fromYaml (include "icn.derivedFrom" $root) -}}
{{- include "icn.mergeConfig" (dict "env" $env "derived" $derived "sources" (list (dict "path" "console.config" "values" $values.console.config))) -}}
{{- end -}}
