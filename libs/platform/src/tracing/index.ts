// `@icn/platform/tracing`: the entry point a service's main.ts loads first, before NestJS and
// `http` (see startTracing). Imports nothing of the rest of the platform but its config error.
export { shutdownTracing, startTracing } from './start-tracing';
export { tracingSettingsFrom, type TracingSettings } from './tracing-settings';
