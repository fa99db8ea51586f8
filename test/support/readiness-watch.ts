import type { ServiceProcess } from './service-process';

interface Transition {
  ready: boolean;
  at: number;
  /** Why not ready: the 503's failing checks, `refused` (no process listening) or `no answer in N ms`. */
  reason?: string;
}

/**
 * How long a poll waits for an answer: the chart's readinessProbe timeoutSeconds. A replica that
 * answers later than that fails the probe; one that answers a little slower on a loaded test machine
 * than a 2-s budget does not (the webhook outage once counted such a late answer as a drop).
 */
const PROBE_TIMEOUT_MS = 5_000;

/**
 * Polls GET /health/ready of some services every `intervalMs` and keeps each one's transitions
 * (ready ↔ not ready, a refused connection counting as not ready), together with the process id it
 * answered from at the start: a fault scenario asserts that readiness reported the loss of a
 * dependency and came back, and that the process was never restarted meanwhile.
 */
export class ReadinessWatch {
  private readonly transitions = new Map<string, Transition[]>();
  private readonly pids = new Map<string, number | undefined>();
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;

  constructor(
    private readonly services: readonly ServiceProcess[],
    private readonly intervalMs = 250,
    private readonly timeoutMs = PROBE_TIMEOUT_MS,
  ) {}

  start(): void {
    for (const service of this.services) this.pids.set(service.name, service.pid);
    this.timer = setInterval(() => {
      this.polling ??= this.pollAll().finally(() => (this.polling = undefined));
    }, this.intervalMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.polling;
  }

  /** When the service first answered "not ready" at or after `since`, or undefined. */
  firstNotReadyAfter(service: ServiceProcess, since: number): number | undefined {
    return this.of(service).find((transition) => !transition.ready && transition.at >= since)?.at;
  }

  /** When the service was ready again, for good, after `since` (the last transition), or undefined. */
  readyAgainAfter(service: ServiceProcess, since: number): number | undefined {
    const last = this.of(service).at(-1);
    return last !== undefined && last.ready && last.at >= since ? last.at : undefined;
  }

  /** Ready → not ready changes: 1 for an outage reported once, more for flapping. */
  dropsOf(service: ServiceProcess): number {
    return this.of(service).filter((transition, index) => index > 0 && !transition.ready).length;
  }

  /** Each ready → not ready change with its reason, for a failing assertion to show. */
  dropReasons(service: ServiceProcess): string[] {
    return this.of(service)
      .filter((transition, index) => index > 0 && !transition.ready)
      .map((transition) => `${new Date(transition.at).toISOString()} ${transition.reason ?? 'not ready'}`);
  }

  /** The services whose process id changed or which are not running: restarted, or dead. */
  restarted(): string[] {
    return this.services.filter((service) => !service.running || service.pid !== this.pids.get(service.name)).map((service) => service.name);
  }

  private of(service: ServiceProcess): Transition[] {
    return this.transitions.get(service.name) ?? [];
  }

  private async pollAll(): Promise<void> {
    await Promise.all(this.services.map((service) => this.poll(service)));
  }

  private async poll(service: ServiceProcess): Promise<void> {
    let ready = false;
    let reason: string | undefined;
    try {
      const response = await fetch(`${service.baseUrl}/health/ready`, { signal: AbortSignal.timeout(this.timeoutMs) });
      ready = response.ok;
      if (!ready) reason = `${response.status} ${(await response.text()).slice(0, 300)}`;
    } catch (error) {
      reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer in ${this.timeoutMs} ms` : 'refused';
    }
    const history = this.transitions.get(service.name) ?? [];
    if (history.at(-1)?.ready !== ready) history.push({ ready, at: Date.now(), ...(reason !== undefined && { reason }) });
    this.transitions.set(service.name, history);
  }
}
