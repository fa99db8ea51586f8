import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { freePort } from '../../test/support/free-port';
import { waitFor } from '../../test/support/wait-for';

/**
 * The repository root, found by walking up to scripts/register-paths.js. The benchmark runs from
 * dist/out-tsc/bench/, so a fixed `../..` (what test/support/service-process.ts uses, correct
 * only when run from source under Jest) would point into dist/ — which is why this is not the
 * e2e harness's ServiceProcess.
 */
export const REPO_ROOT = findRepoRoot(__dirname);
export const BENCH_LOG_DIR = join(REPO_ROOT, '.local/logs/bench');

function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'scripts/register-paths.js'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no scripts/register-paths.js above ${from}`);
  }
}

/**
 * One compiled service as a child process, started exactly as scripts/platform.sh does
 * (`node -r ./scripts/register-paths.js dist/out-tsc/apps/<app>/src/main.js` from the repo root),
 * with only PATH/HOME/... inherited so a developer's exported variables cannot leak into a run.
 */
export class BenchService {
  private child: ChildProcess | undefined;
  private exit: Promise<number | null> | undefined;
  private port: number | undefined;
  readonly logFile: string;

  constructor(
    private readonly app: string,
    logName: string,
    private readonly env: Record<string, string>,
  ) {
    mkdirSync(BENCH_LOG_DIR, { recursive: true });
    this.logFile = join(BENCH_LOG_DIR, `${logName}.log`);
  }

  get baseUrl(): string {
    if (this.port === undefined) throw new Error(`${this.app} has not been started`);
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  async startAndWaitReady(timeoutMs = 60_000): Promise<void> {
    this.port = await freePort();
    const fd = openSync(this.logFile, 'a');
    const main = join(process.env['ICN_DIST_DIR'] ?? 'dist/out-tsc', 'apps', this.app, 'src/main.js');
    const inherited = Object.fromEntries(
      ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ', 'NODE_OPTIONS', 'ICN_DIST_DIR'].flatMap((key) => {
        const value = process.env[key];
        return value === undefined ? [] : [[key, value]];
      }),
    );
    const child = spawn(process.execPath, ['-r', './scripts/register-paths.js', main], {
      cwd: REPO_ROOT,
      env: { ...inherited, ...this.env, PORT: String(this.port) },
      stdio: ['ignore', fd, fd],
    });
    closeSync(fd);
    this.child = child;
    this.exit = new Promise((resolveExit) => child.once('exit', (code) => resolveExit(code)));
    const url = `${this.baseUrl}/health/ready`;
    await waitFor(
      async () => {
        if (!this.running) throw new ExitedError(`${this.app} exited before it was ready; see ${this.logFile}`);
        return (await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok;
      },
      { timeoutMs, intervalMs: 200, description: `${this.app} ready at ${url} (log: ${this.logFile})`, rethrow: (error) => error instanceof ExitedError },
    );
  }

  /** SIGTERM (orderly: the outbox is flushed), SIGKILL if that takes longer than `timeoutMs`. */
  async stop(timeoutMs = 20_000): Promise<void> {
    if (!this.running) return;
    this.child?.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolveTimeout) => (timer = setTimeout(() => resolveTimeout('timeout'), timeoutMs)));
    const outcome = await Promise.race([this.exit, timeout]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      console.warn(`${this.app} did not stop within ${timeoutMs} ms of SIGTERM; killing it`);
      this.child?.kill('SIGKILL');
      await this.exit;
    }
  }
}

class ExitedError extends Error {}
