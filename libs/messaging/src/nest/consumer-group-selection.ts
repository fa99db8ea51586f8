/**
 * `ONLY_CONSUMER_GROUPS`: the logical consumer groups (as `consumerGroup(name, …)` declares them,
 * e.g. `directory`) this process runs; empty or unset runs every declared group.
 *
 * For a process that must take part in one group only: the rebuilder of a read model
 * (deploy/RUNBOOK.md, "Rebuilding a read model"), which builds it anew beside the live one under a
 * new group id and collection suffix. Joining the service's other groups as well would make it a
 * replica of them — one that answers partner searches or suggests organisations from a read model
 * still half-built.
 */
export const ONLY_CONSUMER_GROUPS_VARIABLE = 'ONLY_CONSUMER_GROUPS';

/**
 * The groups to run, or undefined for all of them. Refuses a name no group is declared under, so a
 * typo cannot silently start a process that consumes nothing.
 */
export function selectedConsumerGroups(declared: readonly string[], env: NodeJS.ProcessEnv = process.env): ReadonlySet<string> | undefined {
  const names = (env[ONLY_CONSUMER_GROUPS_VARIABLE] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  if (names.length === 0) return undefined;
  const unknown = names.filter((name) => !declared.includes(name));
  if (unknown.length > 0) {
    throw new Error(`${ONLY_CONSUMER_GROUPS_VARIABLE}: no consumer group is declared as ${unknown.map((name) => `"${name}"`).join(', ')}; this service declares ${declared.map((name) => `"${name}"`).join(', ')}`);
  }
  return new Set(names);
}
