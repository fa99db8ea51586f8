import type { ProjectionWrite } from './projection-write';

/**
 * Several consecutive events of one document, folded into the single guarded update that has the
 * same effect as applying them one after another to a document older than the first of them.
 *
 * `count` is how many events the fold holds: the update increments `appliedEvents` by it, so the
 * counter still counts effects. The bookkeeping (`lastSequence`, `lastEventId`, …) is the last
 * event's, and the guard is the first event's (`lastSequence < firstSequence`): a document that is
 * already past the first event does not match, and the caller replays the events one by one.
 */
export interface FoldedWrite {
  id: string;
  firstSequence: number;
  /** The first event's: only a snapshot may create the document. */
  upsert: boolean;
  count: number;
  last: Pick<ProjectionWrite, 'sequence' | 'eventId' | 'eventType' | 'eventTime'>;
  set: Record<string, unknown>;
  unset: string[];
}

type PlainObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function isStrictPrefix(prefix: string, path: string): boolean {
  return path.length > prefix.length && path.startsWith(prefix) && path[prefix.length] === '.';
}

/**
 * The `$set` / `$unset` of a fold, kept so that no two paths overlap (MongoDB rejects an update
 * whose paths conflict, e.g. `contacts` and `contacts.<id>`). A later change below a path the fold
 * sets to an object is merged into that object (what applying it after the `$set` would do); a
 * later change of a path above earlier ones replaces them. Anything else that overlaps (a change
 * below a path set to a non-object) cannot be folded exactly: `merge` refuses it.
 */
class FoldedChanges {
  readonly set = new Map<string, unknown>();
  readonly unset = new Set<string>();

  merge(write: Pick<ProjectionWrite, 'set' | 'unset'>): boolean {
    const staged = this.clone();
    for (const path of write.unset) {
      if (!staged.unsetPath(path)) return false;
    }
    for (const [path, value] of Object.entries(write.set)) {
      if (!staged.setPath(path, value)) return false;
    }
    this.set.clear();
    this.unset.clear();
    for (const [path, value] of staged.set) this.set.set(path, value);
    for (const path of staged.unset) this.unset.add(path);
    return true;
  }

  private clone(): FoldedChanges {
    const copy = new FoldedChanges();
    for (const [path, value] of this.set) copy.set.set(path, value);
    for (const path of this.unset) copy.unset.add(path);
    return copy;
  }

  private setPath(path: string, value: unknown): boolean {
    this.dropBelow(path);
    this.unset.delete(path);
    const above = this.pathAbove(path);
    if (above === undefined) {
      this.set.set(path, value);
      return true;
    }
    if (this.unset.has(above)) {
      // `$unset a` then `$set a.b`: the document ends with `a = { b }`.
      this.unset.delete(above);
      this.set.set(above, nested(path.slice(above.length + 1), value));
      return true;
    }
    const container = this.set.get(above);
    if (!isPlainObject(container)) return false;
    this.set.set(above, withNested(container, path.slice(above.length + 1), value));
    return true;
  }

  private unsetPath(path: string): boolean {
    this.dropBelow(path);
    this.set.delete(path);
    const above = this.pathAbove(path);
    if (above === undefined) {
      this.unset.add(path);
      return true;
    }
    if (this.unset.has(above)) return true; // already gone with its parent
    const container = this.set.get(above);
    if (!isPlainObject(container)) return false;
    this.set.set(above, withoutNested(container, path.slice(above.length + 1)));
    return true;
  }

  /** Later changes of a path replace whatever earlier ones did below it. */
  private dropBelow(path: string): void {
    for (const key of [...this.set.keys()]) if (isStrictPrefix(path, key)) this.set.delete(key);
    for (const key of [...this.unset]) if (isStrictPrefix(path, key)) this.unset.delete(key);
  }

  /** The path already in the fold that `path` lies below, if any (at most one: paths never overlap). */
  private pathAbove(path: string): string | undefined {
    for (const key of this.set.keys()) if (isStrictPrefix(key, path)) return key;
    for (const key of this.unset) if (isStrictPrefix(key, path)) return key;
    return undefined;
  }
}

function nested(relative: string, value: unknown): PlainObject {
  const [head, ...rest] = relative.split('.');
  return { [head ?? relative]: rest.length === 0 ? value : nested(rest.join('.'), value) };
}

function withNested(container: PlainObject, relative: string, value: unknown): PlainObject {
  const [head = relative, ...rest] = relative.split('.');
  if (rest.length === 0) return { ...container, [head]: value };
  const child = container[head];
  return { ...container, [head]: isPlainObject(child) ? withNested(child, rest.join('.'), value) : nested(rest.join('.'), value) };
}

function withoutNested(container: PlainObject, relative: string): PlainObject {
  const [head = relative, ...rest] = relative.split('.');
  if (rest.length === 0) {
    const { [head]: _removed, ...others } = container;
    return others;
  }
  const child = container[head];
  return isPlainObject(child) ? { ...container, [head]: withoutNested(child, rest.join('.')) } : container;
}

/**
 * Splits one partition's writes into, per document, the chain of folds to apply in order. A new
 * fold starts where folding would not be exact: a sequence that does not increase (a replayed
 * event, which the guard must judge alone) or changes that overlap in a way no single update can
 * express. Documents keep the order of their first write; a document's folds keep their order.
 */
export function foldWrites(writes: readonly ProjectionWrite[]): FoldedWrite[][] {
  const chains = new Map<string, { fold: FoldedWrite; changes: FoldedChanges }[]>();
  for (const write of writes) {
    let chain = chains.get(write.id);
    if (chain === undefined) {
      chain = [];
      chains.set(write.id, chain);
    }
    const current = chain[chain.length - 1];
    if (current !== undefined && write.sequence > current.fold.last.sequence && current.changes.merge(write)) {
      current.fold.count += 1;
      current.fold.last = { sequence: write.sequence, eventId: write.eventId, eventType: write.eventType, eventTime: write.eventTime };
      continue;
    }
    const changes = new FoldedChanges();
    if (!changes.merge(write)) throw new Error(`write for ${write.id} (sequence ${write.sequence}) changes overlapping paths`);
    chain.push({
      fold: {
        id: write.id,
        firstSequence: write.sequence,
        upsert: write.upsert,
        count: 1,
        last: { sequence: write.sequence, eventId: write.eventId, eventType: write.eventType, eventTime: write.eventTime },
        set: {},
        unset: [],
      },
      changes,
    });
  }
  return [...chains.values()].map((chain) =>
    chain.map(({ fold, changes }) => ({ ...fold, set: Object.fromEntries(changes.set), unset: [...changes.unset] })),
  );
}
