import type { Versioned } from './change';
import type { SnapshotStore } from './snapshot-store';

/** What the write path needs to know about one kind of aggregate. */
export interface AggregateType<S extends Versioned> {
  /** Singular, lower case ('organisation', 'Passport application'): commit keys and error messages. */
  readonly name: string;
  /** CloudEvents `source` of its events, e.g. `/icn/membership`. */
  readonly source: string;
  readonly snapshots: SnapshotStore<S>;
  idOf(state: S): string;
}
