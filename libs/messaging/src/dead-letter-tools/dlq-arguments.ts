import type { RedriveSelection } from './dead-letter-tool';

export const DLQ_USAGE = `usage:
  npm run dlq -- list <topic>.dlq [--limit N] [--group G] [--json]
      the dead letters it holds (the newest N; default 50), oldest first: where each is
      (partition:offset), its event type and subject, the consumer group that gave up, when, and why
  npm run dlq -- redrive <topic>.dlq (--offsets P:O[,P:O...] | --all [--group G]) [--dry-run] [--json]
      re-publish the chosen dead letters to <topic>, same id, key and headers, to the partition they
      came from; a dead letter redriven before is skipped, so running it twice publishes once
Kafka settings as the services read them: KAFKA_BROKERS, KAFKA_CLIENT_ID, KAFKA_SSL, KAFKA_SASL_*.`;

export type DlqCommand =
  | { command: 'list'; topic: string; limit: number; group?: string; json: boolean }
  | { command: 'redrive'; topic: string; selection: RedriveSelection; dryRun: boolean; json: boolean }
  | { command: 'help' };

export class DlqUsageError extends Error {}

const DEFAULT_LIMIT = 50;
const POSITION = /^(\d+):(\d+)$/;

/** Parses the command line (after `npm run dlq --`); throws DlqUsageError naming what is wrong. */
export function parseDlqArguments(args: readonly string[]): DlqCommand {
  const [command, topic, ...rest] = args;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { command: 'help' };
  if (command !== 'list' && command !== 'redrive') throw new DlqUsageError(`unknown command "${command}"`);
  if (topic === undefined || topic.startsWith('--')) throw new DlqUsageError(`${command} needs a dead-letter topic (<topic>.dlq)`);
  if (!topic.endsWith('.dlq')) throw new DlqUsageError(`${topic} is not a dead-letter topic: its name ends with .dlq`);
  const flags = parseFlags(rest, command === 'list' ? ['--limit', '--group'] : ['--offsets', '--group'], command === 'list' ? ['--json'] : ['--all', '--dry-run', '--json']);
  const group = flags.values.get('--group');
  if (command === 'list') {
    const limitText = flags.values.get('--limit');
    const limit = limitText === undefined ? DEFAULT_LIMIT : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1) throw new DlqUsageError(`--limit must be a positive integer, got "${limitText ?? ''}"`);
    return { command, topic, limit, json: flags.switches.has('--json'), ...(group !== undefined ? { group } : {}) };
  }
  const offsets = flags.values.get('--offsets');
  const all = flags.switches.has('--all');
  if ((offsets === undefined) === !all) throw new DlqUsageError('redrive needs exactly one of --offsets P:O,... and --all');
  if (offsets !== undefined && group !== undefined) throw new DlqUsageError('--group selects among --all; --offsets names the records itself');
  const selection: RedriveSelection =
    offsets !== undefined ? { kind: 'offsets', positions: parsePositions(offsets) } : { kind: 'all', ...(group !== undefined ? { group } : {}) };
  return { command, topic, selection, dryRun: flags.switches.has('--dry-run'), json: flags.switches.has('--json') };
}

function parsePositions(text: string): { partition: number; offset: string }[] {
  const positions = text.split(',').map((part) => part.trim());
  const bad = positions.filter((position) => !POSITION.test(position));
  if (positions.length === 0 || bad.length > 0) throw new DlqUsageError(`--offsets takes partition:offset pairs separated by commas, e.g. 0:12,2:7; not ${bad.map((b) => `"${b}"`).join(', ')}`);
  const unique = [...new Set(positions)];
  return unique.map((position) => {
    const [, partition, offset] = POSITION.exec(position) as RegExpExecArray;
    return { partition: Number(partition), offset: BigInt(offset as string).toString() };
  });
}

function parseFlags(args: readonly string[], valued: readonly string[], switches: readonly string[]): { values: Map<string, string>; switches: Set<string> } {
  const values = new Map<string, string>();
  const present = new Set<string>();
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (valued.includes(name)) {
      const value = inline ?? args[(index += 1)];
      if (value === undefined || value === '') throw new DlqUsageError(`${name} needs a value`);
      if (values.has(name)) throw new DlqUsageError(`${name} is given twice`);
      values.set(name, value);
    } else if (switches.includes(name) && inline === undefined) {
      present.add(name);
    } else {
      throw new DlqUsageError(`unknown option "${arg}"`);
    }
  }
  return { values, switches: present };
}
