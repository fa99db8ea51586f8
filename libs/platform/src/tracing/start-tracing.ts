import { randomUUID } from 'node:crypto';
import { diag, DiagConsoleLogger, DiagLogLevel } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ConfigValidationError } from '../config/config-validation.error';
import { tracingSettingsFrom, type TracingSettings } from './tracing-settings';

/** Paths probed every few seconds by orchestrators and scrapers: a span each would drown the traces. */
const UNTRACED_PATHS = /^\/(health\/|metrics(\?|$))/;

let provider: NodeTracerProvider | undefined;

/**
 * Installs the OpenTelemetry SDK when the OTEL_* variables ask for it (see tracingSettingsFrom):
 * a tracer provider exporting OTLP/HTTP in batches, W3C trace-context propagation, and the `http`
 * instrumentation (a server span per request, a client span with `traceparent` per outgoing call
 * — webhooks). Must run before anything loads `http`, hence its own entry point,
 * `@icn/platform/tracing`, imported first by every service's main.ts (through its `tracing.ts`).
 * Without OTEL_* settings it installs nothing: the API stays a no-op and costs nothing.
 *
 * Kafka is not auto-instrumented: the event's trace context travels through the commit, the relay
 * and the consumer, which @icn/messaging traces itself (ADR 15). Resolves nothing; an invalid
 * setting prints the list of bad variables and exits 1, as the services' configuration does.
 */
export function startTracing(defaultServiceName: string, env: NodeJS.ProcessEnv = process.env): boolean {
  let settings: TracingSettings;
  try {
    settings = tracingSettingsFrom(env);
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    process.stderr.write(`${defaultServiceName}: ${error.message}\n`);
    return process.exit(1);
  }
  if (!settings.enabled || provider !== undefined) return provider !== undefined;
  diag.setLogger(new DiagConsoleLogger(), { logLevel: diagLevelOf(env['OTEL_LOG_LEVEL']), suppressOverrideMessage: true });
  // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES (the env detector) win over the service's own name.
  const resource = resourceFromAttributes({ 'service.name': defaultServiceName, 'service.namespace': 'icn', 'service.instance.id': randomUUID() }).merge(
    detectResources({ detectors: [envDetector] }),
  );
  // The exporter reads OTEL_EXPORTER_OTLP_[TRACES_]ENDPOINT, _HEADERS, _TIMEOUT, _COMPRESSION; the
  // batch processor OTEL_BSP_*; the provider OTEL_TRACES_SAMPLER[_ARG] (default parentbased_always_on).
  provider = new NodeTracerProvider({ resource, spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())] });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.test(request.url ?? ''),
        // Called as the response closes, when Express has matched the route: name the span after
        // the route template (`POST /organisations`) and tie it to the logs' correlation id.
        applyCustomAttributesOnSpan: (span, request) => {
          const facts = expressFactsOf(request);
          if (facts.route !== undefined) span.setAttribute('http.route', facts.route).updateName(`${'method' in request ? request.method : 'GET'} ${facts.route}`);
          if (facts.correlationId !== undefined) span.setAttribute('icn.correlation_id', facts.correlationId);
        },
      }),
    ],
  });
  return true;
}

/** What Express and the platform's middleware add to a request; absent outside a service. */
function expressFactsOf(request: object): { route?: string; correlationId?: string } {
  const augmented = request as { route?: { path?: unknown }; baseUrl?: unknown; correlationId?: unknown };
  const path = augmented.route?.path;
  return {
    ...(typeof path === 'string' ? { route: `${typeof augmented.baseUrl === 'string' ? augmented.baseUrl : ''}${path}` } : {}),
    ...(typeof augmented.correlationId === 'string' ? { correlationId: augmented.correlationId } : {}),
  };
}

/** Exports the spans still buffered; a service's orderly shutdown calls it last. */
export async function shutdownTracing(): Promise<void> {
  const running = provider;
  provider = undefined;
  await running?.shutdown();
}

/** OTEL_LOG_LEVEL for the SDK's own diagnostics (an unreachable collector, dropped spans); warn by default. */
function diagLevelOf(value: string | undefined): DiagLogLevel {
  switch (value?.trim().toLowerCase()) {
    case 'none':
      return DiagLogLevel.NONE;
    case 'error':
      return DiagLogLevel.ERROR;
    case 'info':
      return DiagLogLevel.INFO;
    case 'debug':
      return DiagLogLevel.DEBUG;
    case 'verbose':
      return DiagLogLevel.VERBOSE;
    case 'all':
      return DiagLogLevel.ALL;
    default:
      return DiagLogLevel.WARN;
  }
}
