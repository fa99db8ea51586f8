import { ConfigValidationError, type ConfigIssue } from '../config/config-validation.error';

/** What the standard OTEL_* variables ask of this process's tracing. */
export type TracingSettings = { readonly enabled: false } | { readonly enabled: true; readonly protocol: 'http/protobuf' };

type Environment = Readonly<Record<string, string | undefined>>;

const TRUE = /^true$/i;

function set(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/**
 * Reads the OpenTelemetry SDK's standard variables (ADR 15). Tracing is on when an OTLP endpoint is
 * configured (`OTEL_EXPORTER_OTLP_ENDPOINT` or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`) or
 * `OTEL_TRACES_EXPORTER=otlp` asks for the default one; off with `OTEL_SDK_DISABLED=true` or
 * `OTEL_TRACES_EXPORTER=none`, and when nothing is set — then no SDK is installed at all and the
 * OpenTelemetry API stays a no-op. The exporter, sampler, batching and resource variables
 * (`OTEL_EXPORTER_OTLP_*`, `OTEL_TRACES_SAMPLER[_ARG]`, `OTEL_BSP_*`, `OTEL_SERVICE_NAME`,
 * `OTEL_RESOURCE_ATTRIBUTES`) are read by the SDK itself. Only OTLP over HTTP with protobuf is
 * built in: asking for another exporter or protocol is a configuration error, not silently ignored.
 */
export function tracingSettingsFrom(env: Environment): TracingSettings {
  if (TRUE.test(set(env['OTEL_SDK_DISABLED']) ?? '')) return { enabled: false };
  const issues: ConfigIssue[] = [];
  const exporters = (set(env['OTEL_TRACES_EXPORTER']) ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '');
  if (exporters.includes('none')) return { enabled: false };
  const unsupported = exporters.filter((name) => name !== 'otlp');
  if (unsupported.length > 0) issues.push({ variable: 'OTEL_TRACES_EXPORTER', reason: `only "otlp" or "none" are supported, not ${unsupported.map((name) => `"${name}"`).join(', ')}` });
  const protocolVariable = set(env['OTEL_EXPORTER_OTLP_TRACES_PROTOCOL']) !== undefined ? 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL' : 'OTEL_EXPORTER_OTLP_PROTOCOL';
  const protocol = set(env[protocolVariable]) ?? 'http/protobuf';
  if (protocol !== 'http/protobuf') issues.push({ variable: protocolVariable, reason: `only "http/protobuf" is supported (OTLP over HTTP, port 4318), not "${protocol}"` });
  for (const variable of ['OTEL_EXPORTER_OTLP_ENDPOINT', 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT']) {
    const endpoint = set(env[variable]);
    if (endpoint !== undefined && !isHttpUrl(endpoint)) issues.push({ variable, reason: 'must be an http(s) URL, e.g. http://127.0.0.1:4318' });
  }
  if (issues.length > 0) throw new ConfigValidationError(issues);
  const endpointSet = set(env['OTEL_EXPORTER_OTLP_ENDPOINT']) !== undefined || set(env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT']) !== undefined;
  return endpointSet || exporters.includes('otlp') ? { enabled: true, protocol: 'http/protobuf' } : { enabled: false };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
