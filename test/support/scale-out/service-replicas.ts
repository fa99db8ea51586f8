import { ServiceProcess } from '../service-process';

/**
 * N replicas of one compiled service: the same database, the same consumer groups, each on its own
 * port and with its own per-replica environment (client id, instance id). Requests are spread over
 * the replicas that are still running, round-robin, as a load balancer that has taken a crashed
 * replica out of rotation would.
 */
export class ServiceReplicas {
  readonly replicas: ServiceProcess[];
  private cursor = 0;
  private readonly killed = new Set<number>();

  constructor(
    readonly app: string,
    count: number,
    options: { logName: (index: number) => string; env: (index: number) => Record<string, string> },
  ) {
    this.replicas = Array.from(
      { length: count },
      (_, index) => new ServiceProcess({ app, logName: options.logName(index), env: options.env(index), readyTimeoutMs: 120_000 }),
    );
  }

  /** Starts every replica at once and waits until each is ready (fails with the failing one's log). */
  async startAll(): Promise<void> {
    const outcomes = await Promise.allSettled(this.replicas.map((replica) => replica.startAndWaitReady()));
    const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    if (failure) throw failure.reason;
  }

  /** The base URL of the next running replica; the rotation continues across callers. */
  nextBaseUrl(): string {
    const running = this.replicas.filter((replica) => replica.running);
    if (running.length === 0) throw new Error(`no replica of ${this.app} is running`);
    const replica = running[this.cursor++ % running.length] as ServiceProcess;
    return replica.baseUrl;
  }

  /** A running replica other than the one at `baseUrl`, for a retry after a connection error. */
  otherBaseUrl(baseUrl: string): string | undefined {
    const others = this.replicas.filter((replica) => replica.running && replica.baseUrl !== baseUrl);
    if (others.length === 0) return undefined;
    return (others[this.cursor++ % others.length] as ServiceProcess).baseUrl;
  }

  /** A crash of one replica: SIGKILL, no shutdown hook, no flush, no offset commit. */
  async kill(index: number): Promise<void> {
    const replica = this.replicas[index];
    if (replica === undefined) throw new Error(`${this.app} has no replica #${index}`);
    await replica.kill('SIGKILL');
    this.killed.add(index);
  }

  get killedCount(): number {
    return this.killed.size;
  }

  /** Which replicas were killed (by index), e.g. to clean up what a crash left behind. */
  get killedIndices(): number[] {
    return [...this.killed];
  }

  async stopAll(): Promise<void> {
    await Promise.all(this.replicas.map((replica) => replica.stop()));
  }

  get logFiles(): string[] {
    return this.replicas.map((replica) => replica.logFile);
  }
}
