import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, freePortRun } from './free-port';
import { REPO_ROOT } from './service-process';
import { waitFor } from './wait-for';

const run = promisify(execFile);
const STACK = join(REPO_ROOT, 'deploy/local/stack.sh');

/**
 * A Kafka broker of the scenario's own, brand-new: `deploy/local/stack.sh up kafka` with a new
 * ICN_STACK_DIR (so a freshly formatted KRaft storage: no topics, no consumer groups, no offsets
 * topic yet) on free ports — what a first `npm run platform` on a new machine meets. The shared
 * broker of the other scenarios is warm and cannot show that. With `nodes: 3`, the stack's
 * three-node KRaft cluster (KAFKA_NODES=3: replication factor 3, min.insync.replicas 2).
 */
export class FreshBroker {
  private stopped = false;

  private constructor(
    readonly stackDir: string,
    private readonly env: NodeJS.ProcessEnv,
    readonly port: number,
    readonly nodes: number,
  ) {}

  /** The bootstrap list: node i serves on port + 2(i-1), as stack.sh places them. */
  get brokers(): string {
    return Array.from({ length: this.nodes }, (_, index) => `127.0.0.1:${this.port + 2 * index}`).join(',');
  }

  /** Chooses the ports and the storage directory; nothing runs yet (see start). */
  static async prepare({ nodes = 1 }: { nodes?: number } = {}): Promise<FreshBroker> {
    const stackDir = mkdtempSync(join(tmpdir(), 'icn-fresh-broker-'));
    // One node: any two ports. A cluster: 2 × nodes consecutive ones (client and controller port per node).
    const [port, controllerPort] = nodes === 1 ? [await freePort(), await freePort()] : await freePortRun(2 * nodes).then((base) => [base, base + 1]);
    const env = { ...process.env, ICN_STACK_DIR: stackDir, KAFKA_PORT: String(port), KAFKA_CONTROLLER_PORT: String(controllerPort), KAFKA_NODES: String(nodes) };
    return new FreshBroker(stackDir, env, port, nodes);
  }

  /** The process id of node `node` (1-based) of a cluster. */
  pidOf(node: number): number {
    return Number(readFileSync(join(this.stackDir, 'run', `kafka-${node}.pid`), 'utf8').trim());
  }

  /** kill -9 of one node of a cluster; resolves once the process is gone (`start()` brings it back). */
  async killNode(node: number): Promise<void> {
    const pid = this.pidOf(node);
    process.kill(pid, 'SIGKILL');
    await waitFor(() => !isAlive(pid), { timeoutMs: 30_000, intervalMs: 50, description: `kafka-${node} (pid ${pid}) to exit` });
  }

  /** Formats the storage and starts the broker (every node not running); resolves once they accept clients. */
  async start(): Promise<void> {
    try {
      // Provisioned already (the jars are cached by the shared stack); a JVM start on a busy box can take a minute.
      await run('bash', [STACK, 'up', 'kafka'], { cwd: REPO_ROOT, env: this.env, timeout: 300_000, maxBuffer: 16 * 1024 * 1024 });
    } catch (error) {
      throw new Error(`the scenario's own Kafka did not start (logs in ${this.stackDir}/logs): ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /**
   * Stops the broker in an orderly way and keeps its storage: `start()` then brings the same
   * cluster back (topics, committed offsets, the data of acknowledged sends), as after a broker
   * restart or outage.
   */
  async halt(): Promise<void> {
    await run('bash', [STACK, 'down', 'kafka'], { cwd: REPO_ROOT, env: this.env, timeout: 120_000 });
  }

  /** Stops the broker; its data and logs are removed unless `keepFiles` (a failed scenario's post-mortem). */
  async stop({ keepFiles = false }: { keepFiles?: boolean } = {}): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    try {
      await run('bash', [STACK, 'down', 'kafka'], { cwd: REPO_ROOT, env: this.env, timeout: 120_000 });
    } finally {
      if (keepFiles) console.warn(`[e2e] kept the fresh broker's data and logs in ${this.stackDir}`);
      else rmSync(this.stackDir, { recursive: true, force: true });
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
