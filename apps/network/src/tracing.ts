// Loaded by main.ts before anything else, so the OpenTelemetry SDK (when OTEL_* settings ask for
// it) patches `http` before NestJS and Express load it (ADR 15).
import { startTracing } from '@icn/platform/tracing';

startTracing('network');
