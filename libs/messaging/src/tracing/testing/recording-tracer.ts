import { context, propagation, SpanKind, trace, type SpanContext } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/**
 * A real OpenTelemetry SDK for specs: registered globally like a service's (W3C propagation,
 * AsyncLocalStorage context), every ended span kept in memory instead of exported.
 */
export class RecordingTracer {
  private readonly exporter = new InMemorySpanExporter();
  private provider: NodeTracerProvider | undefined;

  install(): void {
    this.provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(this.exporter)] });
    this.provider.register({ propagator: new W3CTraceContextPropagator() });
  }

  async uninstall(): Promise<void> {
    await this.provider?.shutdown();
    this.provider = undefined;
    trace.disable();
    context.disable();
    propagation.disable();
  }

  reset(): void {
    this.exporter.reset();
  }

  spans(): ReadableSpan[] {
    return this.exporter.getFinishedSpans();
  }

  /** The one ended span with this name (fails the spec when there is none or more than one). */
  span(name: string): ReadableSpan {
    const found = this.spans().filter((span) => span.name === name);
    if (found.length !== 1) throw new Error(`expected one span "${name}", found ${found.length}: ${this.spans().map((span) => span.name).join(', ')}`);
    return found[0];
  }

  /** Runs `work` inside a new span, as an HTTP request's server span would be. */
  async inSpan<R>(name: string, work: (span: SpanContext) => Promise<R> | R): Promise<R> {
    return trace.getTracer('spec').startActiveSpan(name, { kind: SpanKind.SERVER }, async (span) => {
      try {
        return await work(span.spanContext());
      } finally {
        span.end();
      }
    });
  }
}

/** `00-<trace id>-<span id>-01`: the traceparent a sampled span context propagates. */
export function traceparentOf(span: SpanContext): string {
  return `00-${span.traceId}-${span.spanId}-0${span.traceFlags}`;
}
