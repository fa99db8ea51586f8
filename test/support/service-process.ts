import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from './free-port';
import { waitFor } from './wait-for';

/** The repository root: services run with it as cwd, as `scripts/platform.sh` runs them. */
export const REPO_ROOT = resolve(__dirname, '../..');
export const E2E_LOG_DIR = join(REPO_ROOT, '.local/logs/e2e');

export interface ServiceProcessOptions {
  /** The app folder under apps/ (and dist/out-tsc/apps/). */
  app: string;
  /** Names the log file; unique per scenario so parallel runs do not interleave. */
  logName: string;
  env: Record<string, string>;
  readyTimeoutMs?: number;
  /** A port chosen beforehand, for a process whose own URL is part of its settings (an OIDC issuer). */
  port?: number;
  /** What answers 2xx once the process serves; default /health/ready. */
  readyPath?: string;
}

/**
 * One compiled service (`dist/out-tsc/apps/<app>/src/main.js`) running as a real child process,
 * exactly as `scripts/platform.sh` starts it, so kill -9 is a real crash: no shutdown hooks, no
 * outbox flush, no offset commit. The port is chosen once and kept across restarts so clients
 * keep their base URL.
 */
export class ServiceProcess {
  private child: ChildProcess | undefined;
  private exit: Promise<number | null> | undefined;
  private port: number | undefined;
  readonly logFile: string;
  private starts = 0;

  constructor(private readonly options: ServiceProcessOptions) {
    mkdirSync(E2E_LOG_DIR, { recursive: true });
    this.logFile = join(E2E_LOG_DIR, `${options.logName}.log`);
  }

  get baseUrl(): string {
    if (this.port === undefined) throw new Error(`${this.options.app} has not been started`);
    return `http://127.0.0.1:${this.port}`;
  }

  /** The app it runs (membership, matchmaking, …). */
  get name(): string {
    return this.options.app;
  }

  /**
   * Another replica of the same service: the same settings (database, consumer groups), its own
   * port, log and Kafka client id — what scaling a Deployment up adds. `settings` override some
   * (a read model's rebuilder: another group, collection suffix and ONLY_CONSUMER_GROUPS).
   */
  replica(label: string, settings: Record<string, string> = {}): ServiceProcess {
    const clientId = this.options.env['KAFKA_CLIENT_ID'];
    // A replica is its own instance: two processes with one INSTANCE_ID would share a broadcast group.
    const instanceId = this.options.env['INSTANCE_ID'];
    return new ServiceProcess({
      ...this.options,
      port: undefined,
      logName: `${this.options.logName}-${label}`,
      env: {
        ...this.options.env,
        ...(clientId !== undefined && { KAFKA_CLIENT_ID: `${clientId}-${label}` }),
        ...(instanceId !== undefined && { INSTANCE_ID: `${instanceId}-${label}` }),
        ...settings,
      },
    });
  }

  /** A counter of its GET /metrics summed over every label set, or 0 when it has none yet. */
  async counter(name: string, labels: Record<string, string> = {}): Promise<number> {
    const text = await (await fetch(`${this.baseUrl}/metrics`, { signal: AbortSignal.timeout(5_000) })).text();
    const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
    return text
      .split('\n')
      .filter((line) => line.startsWith(`${name}{`) && wanted.every((label) => line.includes(label)))
      .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<void> {
    if (this.running) throw new Error(`${this.options.app} is already running`);
    this.port ??= this.options.port ?? (await freePort());
    this.starts += 1;
    // Appending keeps the crashed incarnation's last words next to the restarted one's.
    const fd = openSync(this.logFile, 'a');
    writeSync(fd, `\n===== e2e: start #${this.starts} of ${this.options.app} on port ${this.port} at ${new Date().toISOString()} =====\n`);
    // ICN_DIST_DIR (read by register-paths.js too) lets a run use a build of its own.
    const main = join(process.env['ICN_DIST_DIR'] ?? 'dist/out-tsc', 'apps', this.options.app, 'src/main.js');
    const child = spawn(process.execPath, ['-r', './scripts/register-paths.js', main], {
      cwd: REPO_ROOT,
      env: { ...pickInheritedEnv(), ...this.options.env, PORT: String(this.port) },
      stdio: ['ignore', fd, fd],
    });
    closeSync(fd); // the child holds its own copy of the descriptor
    this.child = child;
    LIVE_CHILDREN.add(child);
    this.exit = new Promise((resolveExit) =>
      child.once('exit', (code) => {
        LIVE_CHILDREN.delete(child);
        resolveExit(code);
      }),
    );
  }

  /** Polls GET /health/ready; fails fast (with the log tail) if the process dies meanwhile. */
  async waitReady(): Promise<void> {
    const url = `${this.baseUrl}${this.options.readyPath ?? '/health/ready'}`;
    await waitFor(
      async () => {
        if (!this.running) {
          throw new FatalStartError(`${this.options.app} exited before it was ready:\n${this.logTail()}`);
        }
        const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
        return response.ok;
      },
      { timeoutMs: this.options.readyTimeoutMs ?? 60_000, intervalMs: 200, description: `${this.options.app} ready at ${url}`, rethrow: isFatal },
    ).catch((error: unknown) => {
      if (error instanceof FatalStartError) throw error;
      throw new Error(`${error instanceof Error ? error.message : String(error)}\n${this.logTail()}`);
    });
  }

  async startAndWaitReady(): Promise<void> {
    await this.start();
    await this.waitReady();
  }

  /** A crash: SIGKILL and wait until the OS has reaped the process. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (!this.running) return;
    this.child?.kill(signal);
    await this.exit;
  }

  /** Orderly shutdown (SIGTERM), escalating to SIGKILL if it takes longer than `timeoutMs`. */
  async stop(timeoutMs = 20_000): Promise<number | null> {
    if (!this.running) return this.child?.exitCode ?? null;
    this.child?.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolveTimeout) => (timer = setTimeout(() => resolveTimeout('timeout'), timeoutMs)));
    const outcome = await Promise.race([this.exit, timeout]);
    clearTimeout(timer); // a pending timer would keep Jest from exiting
    if (outcome === 'timeout') {
      console.warn(`${this.options.app} did not stop within ${timeoutMs} ms of SIGTERM; killing it`);
      await this.kill('SIGKILL');
      return null;
    }
    return outcome ?? null;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.startAndWaitReady();
  }

  logTail(lines = 40): string {
    try {
      return readFileSync(this.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }
}

class FatalStartError extends Error {}

/**
 * Safety net: whatever happens to a scenario (a failed start-up, a timeout, Ctrl-C), no service
 * process outlives the test run — an orphan would keep its port, its consumer group membership and
 * Jest itself alive.
 */
const LIVE_CHILDREN = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of LIVE_CHILDREN) child.kill('SIGKILL');
});
const isFatal = (error: unknown): boolean => error instanceof FatalStartError;

/**
 * Only what a Node process needs from the parent environment: the scenario sets every service
 * variable explicitly, so a developer's exported PORT or MONGODB_DB cannot leak into a run.
 */
function pickInheritedEnv(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ', 'NODE_OPTIONS', 'ICN_DIST_DIR'];
  const env: Record<string, string> = {};
  for (const key of keep) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return env;
}
