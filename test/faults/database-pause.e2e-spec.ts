import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { burstThroughOutage, duplicateNames } from '../support/burst-through-outage';
import { E2ePlatform } from '../support/e2e-platform';
import { summarise } from '../support/reconcile';
import { scaled } from '../support/scale';
import { REPO_ROOT } from '../support/service-process';

const PAUSE_MS = 30_000;

/**
 * The database frozen for 30 s in the middle of a burst of writes — FerretDB, the MongoDB endpoint
 * every service talks to, stopped with SIGSTOP and resumed with SIGCONT, as a VM pause, a stuck
 * disk or a long GC would: connections stay open and nothing answers. Requests in flight wait or
 * fail; none may be half-done, every acknowledged one is delivered once, readiness says "not ready"
 * while the database does not answer and recovers by itself, and no service restarts.
 *
 * It pauses the local stack's FerretDB (deploy/local/stack.sh, which `npm test` starts); the other
 * scenarios run one at a time, so nothing else waits on it meanwhile.
 */
describe('fault: the database paused for 30 s during a burst of writes', () => {
  let platform: E2ePlatform | undefined;

  afterAll(async () => {
    await platform?.stop();
  }, 180_000);

  it('acknowledges and delivers every write exactly once, reports the pause in readiness and recovers without a restart', async () => {
    const ferretdb = ferretDbProcess();
    platform = await E2ePlatform.start('database-pause');
    const outcome = await burstThroughOutage(
      platform,
      {
        label: 'database pause',
        durationMs: PAUSE_MS,
        begin: async () => void process.kill(ferretdb, 'SIGSTOP'),
        end: async () => void process.kill(ferretdb, 'SIGCONT'),
      },
      scaled(450),
      50,
      scaled(100),
    );
    console.log(summarise('database paused for 30 s', outcome.figures));

    expect(outcome.acknowledgedLost).toEqual([]);
    expect(outcome.figures['lost']).toBe(0);
    expect(outcome.figures['duplicated']).toBe(0);
    expect(outcome.reconciliation.unexpected).toEqual([]);
    expect(outcome.reconciliation.mismatches).toEqual([]);
    expect(duplicateNames(outcome.persisted)).toEqual([]);
    expect(outcome.silentDuringOutage).toEqual([]);
    expect(outcome.notRecovered).toEqual([]);
    expect(outcome.restarted).toEqual([]);
    platform.markPassed();
  }, 420_000);
});

/**
 * The FerretDB server process of the local stack. Its pid file names the supervising shell loop
 * (which restarts FerretDB if it dies), so the server is that loop's child.
 */
function ferretDbProcess(): number {
  const pidFile = join(process.env['ICN_STACK_DIR'] ?? join(REPO_ROOT, '.local'), 'run', 'ferretdb.pid');
  if (!existsSync(pidFile)) throw new Error(`this scenario pauses the local stack's FerretDB, and ${pidFile} does not exist: start it with deploy/local/stack.sh up`);
  const supervisor = readFileSync(pidFile, 'utf8').trim();
  const children = execFileSync('pgrep', ['-P', supervisor], { encoding: 'utf8' }).trim().split('\n').filter((line) => line !== '');
  const server = children.map(Number).find((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('ferretdb'));
  if (server === undefined) throw new Error(`no FerretDB process under its supervisor ${supervisor}`);
  return server;
}
