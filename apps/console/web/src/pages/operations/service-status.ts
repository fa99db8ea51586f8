import { apiErrorFrom } from '../../api/api-error';
import { api, type MembershipPaths } from '../../api/clients';
import { parsePrometheusText } from './prometheus-text';
import { serviceSignals, type ServiceSignals } from './service-signals';

export const SERVICES = ['membership', 'matchmaking', 'opportunities', 'consortia'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** Every service answers /health/ready with the same (@nestjs/terminus) body, 200 or 503. */
type ReadinessBody = MembershipPaths['/health/ready']['get']['responses'][200]['content']['application/json'];

const READINESS: Readonly<Record<ServiceName, () => Promise<{ data?: ReadinessBody; error?: unknown; response: Response }>>> = {
  membership: () => api.membership.GET('/health/ready'),
  matchmaking: () => api.matchmaking.GET('/health/ready'),
  opportunities: () => api.opportunities.GET('/health/ready'),
  consortia: () => api.consortia.GET('/health/ready'),
};

export interface HealthCheck {
  /** What was checked: mongo, kafka, shutdown. */
  name: string;
  status: string;
  message?: string;
}

export type Readiness =
  | { state: 'ready'; checks: readonly HealthCheck[] }
  | { state: 'not-ready'; checks: readonly HealthCheck[] }
  /** No answer from the service (the console's proxy answered 502), or one that is not a health report. */
  | { state: 'unreachable'; message: string };

export type Metrics = { state: 'read'; signals: ServiceSignals } | { state: 'unavailable'; message: string };

export interface ServiceStatus {
  service: ServiceName;
  readiness: Readiness;
  metrics: Metrics;
}

function isReadinessBody(value: unknown): value is ReadinessBody {
  return typeof value === 'object' && value !== null && 'status' in value;
}

function checksOf(body: ReadinessBody): HealthCheck[] {
  return Object.entries(body.details ?? {}).map(([name, check]) => {
    const message = check['message'];
    return { name, status: check.status, ...(typeof message === 'string' ? { message } : {}) };
  });
}

function signOutOn401(response: Response): void {
  // As expectOk does: the sign-in ended, so the console shows the sign-in screen, not stale figures.
  if (response.status === 401) window.dispatchEvent(new CustomEvent('icn:signed-out'));
}

async function readiness(service: ServiceName): Promise<Readiness> {
  try {
    const { data, error, response } = await READINESS[service]();
    signOutOn401(response);
    if (response.ok && data !== undefined) return { state: 'ready', checks: checksOf(data) };
    // 503 is the service itself saying it is not ready (starting, shutting down, a dependency down).
    if (response.status === 503 && isReadinessBody(error)) return { state: 'not-ready', checks: checksOf(error) };
    return { state: 'unreachable', message: apiErrorFrom(response.status, error).message };
  } catch (failure) {
    return { state: 'unreachable', message: failure instanceof Error ? failure.message : String(failure) };
  }
}

/**
 * GET /metrics is Prometheus text, not JSON, and not part of the services' OpenAPI documents, so it
 * is fetched as text through the same proxy. Deployments may keep /metrics internal: then the page
 * says the figures are unavailable instead of failing.
 */
async function metrics(service: ServiceName): Promise<Metrics> {
  try {
    const response = await fetch(`/api/${service}/metrics`, { headers: { accept: 'text/plain' } });
    signOutOn401(response);
    if (!response.ok) {
      const body: unknown = await response.json().catch(() => undefined);
      return { state: 'unavailable', message: apiErrorFrom(response.status, body).message };
    }
    return { state: 'read', signals: serviceSignals(parsePrometheusText(await response.text())) };
  } catch (failure) {
    return { state: 'unavailable', message: failure instanceof Error ? failure.message : String(failure) };
  }
}

/** One service's readiness and metrics; never rejects, so one service down does not hide the others. */
export async function loadServiceStatus(service: ServiceName): Promise<ServiceStatus> {
  const [ready, read] = await Promise.all([readiness(service), metrics(service)]);
  return { service, readiness: ready, metrics: read };
}

export function loadAllServiceStatuses(): Promise<ServiceStatus[]> {
  return Promise.all(SERVICES.map(loadServiceStatus));
}
