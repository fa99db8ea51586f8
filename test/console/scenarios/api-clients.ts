import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../../support/service-process';
import type { World } from './world';

const run = promisify(execFile);

/**
 * The console's typed clients are generated from the services' OpenAPI documents and committed; the
 * services of this very build must still publish exactly those documents, or a changed API would
 * reach the console untyped.
 */
export function describeApiClients(world: World): void {
  it('uses API clients generated from the services’ current OpenAPI documents', async () => {
    const { services } = world().platform;
    const { stdout } = await run(process.execPath, ['apps/console/scripts/generate-api-clients.mjs', '--check'], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        MEMBERSHIP_URL: services.membership.baseUrl,
        MATCHMAKING_URL: services.matchmaking.baseUrl,
        OPPORTUNITIES_URL: services.requireOpportunitiesUrl(),
        CONSORTIA_URL: services.requireConsortiaUrl(),
        NETWORK_URL: services.requireNetworkUrl(),
      },
    });
    expect(stdout).toContain('match');
  });
}
