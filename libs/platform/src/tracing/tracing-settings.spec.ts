import { ConfigValidationError } from '../config/config-validation.error';
import { tracingSettingsFrom } from './tracing-settings';

function issuesOf(env: Record<string, string>): string[] {
  try {
    tracingSettingsFrom(env);
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.issues.map((issue) => `${issue.variable}: ${issue.reason}`);
    throw error;
  }
  throw new Error('accepted');
}

describe('tracingSettingsFrom (the standard OTEL_* variables)', () => {
  it('is off when nothing asks for it: no endpoint, no exporter', () => {
    expect(tracingSettingsFrom({})).toEqual({ enabled: false });
    expect(tracingSettingsFrom({ OTEL_SERVICE_NAME: 'x', OTEL_TRACES_SAMPLER: 'always_on', OTEL_EXPORTER_OTLP_ENDPOINT: ' ' })).toEqual({ enabled: false });
  });

  it('is on with an OTLP endpoint (general or for traces) or OTEL_TRACES_EXPORTER=otlp', () => {
    expect(tracingSettingsFrom({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' })).toEqual({ enabled: true, protocol: 'http/protobuf' });
    expect(tracingSettingsFrom({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://collector.example.org/v1/traces' }).enabled).toBe(true);
    expect(tracingSettingsFrom({ OTEL_TRACES_EXPORTER: 'otlp' }).enabled).toBe(true);
    expect(tracingSettingsFrom({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf' }).enabled).toBe(true);
  });

  it('OTEL_SDK_DISABLED=true and OTEL_TRACES_EXPORTER=none switch it off whatever else is set', () => {
    expect(tracingSettingsFrom({ OTEL_SDK_DISABLED: 'TRUE', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_TRACES_EXPORTER: 'zipkin' })).toEqual({ enabled: false });
    expect(tracingSettingsFrom({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' })).toEqual({ enabled: false });
  });

  it('names every setting it cannot honour instead of ignoring it', () => {
    expect(issuesOf({ OTEL_TRACES_EXPORTER: 'otlp,zipkin', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc', OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toEqual([
      'OTEL_TRACES_EXPORTER: only "otlp" or "none" are supported, not "zipkin"',
      'OTEL_EXPORTER_OTLP_PROTOCOL: only "http/protobuf" is supported (OTLP over HTTP, port 4318), not "grpc"',
      'OTEL_EXPORTER_OTLP_ENDPOINT: must be an http(s) URL, e.g. http://127.0.0.1:4318',
    ]);
    expect(issuesOf({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf', OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json' })).toEqual([
      'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: only "http/protobuf" is supported (OTLP over HTTP, port 4318), not "http/json"',
    ]);
  });
});
