import type { DirectoryApi } from './directory-api';
import { isComplete, reconcile, type Expectation, type Reconciliation } from './reconcile';
import { waitFor } from './wait-for';

/**
 * Waits until matchmaking's directory holds every expected organisation with all its events
 * applied, and returns the reconciliation. Polls the cheap count first and lists (and compares)
 * the whole cluster only once the count is there: on FerretDB each listing page is a collection
 * scan, and a tight full-listing loop would slow down the very consumer it is waiting for.
 */
export async function awaitDirectory(
  directory: DirectoryApi,
  clusterId: string,
  expectations: Map<string, Expectation>,
  timeoutMs: number,
): Promise<Reconciliation> {
  const deadline = Date.now() + timeoutMs;
  let last: Reconciliation | undefined;
  const remaining = (): number => Math.max(1_000, deadline - Date.now());
  try {
    await waitFor(async () => (await directory.countOrganisations(clusterId)) >= expectations.size, {
      timeoutMs: remaining(),
      intervalMs: 1_000,
      description: `${expectations.size} organisations counted in the directory`,
    });
    return await waitFor(
      async () => {
        last = reconcile(expectations, await directory.listOrganisations(clusterId));
        return isComplete(last) ? last : undefined;
      },
      { timeoutMs: remaining(), intervalMs: 2_000, description: 'every expected change applied in the directory' },
    );
  } catch (error) {
    const state = last ?? reconcile(expectations, await directory.listOrganisations(clusterId));
    const figures =
      `delivered=${state.delivered}/${state.expected} missing=${state.missing.length} underApplied=${state.underApplied.length}; ` +
      `first missing ${JSON.stringify(state.missing.slice(0, 3))}, first under-applied ${JSON.stringify(state.underApplied.slice(0, 3))}`;
    throw new Error(`${error instanceof Error ? error.message : String(error)} (${figures})`);
  }
}
