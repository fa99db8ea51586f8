import { createHash } from 'node:crypto';

/*
 * "One application in play per organisation and programme" is held by the application's id, not by
 * a query before the write. An organisation's applications to a programme are numbered by round:
 * round n is drafted once rounds 0 … n-1 are all final (withdrawn or answered). The id of a round is
 * a name-based UUID (RFC 9562 version 5) of (programme, organisation, round), so two concurrent
 * drafts of the same round build the same id and the write path's claim of its version 1 (ADR 12: a
 * unique insert, atomic on every store) lets exactly one of them in; the other is refused (409).
 *
 * The drafter counts the final rounds from the snapshots, which may lag the commits but never run
 * ahead of them (a final status never reverts): a stale count names a round that exists already, so
 * it is refused too, never a second round in play. Why not a claim document with a unique index (the
 * reservations of ADR 12): it would have to be released in the same commit as the withdrawal or
 * outcome that frees it, which a second collection cannot be, and swept after a crash; the id needs
 * neither.
 */

/** The namespace of application ids (a random UUID fixed once: ids are only ever compared within it). */
const APPLICATION_ID_NAMESPACE = '8d3b6a4e-2f1c-4e7a-9b5d-0c6f1e2a3b4d';

/** The id of an organisation's `round`-th application to a programme (0 for its first). */
export function applicationIdFor(programmeId: string, organisationId: string, round: number): string {
  if (!Number.isInteger(round) || round < 0) throw new Error(`round must be a non-negative integer, not ${round}`);
  return uuidV5(APPLICATION_ID_NAMESPACE, `${programmeId}/${organisationId}/${round}`);
}

/** RFC 9562 §5.5: SHA-1 of the namespace's bytes and the name, version 5, variant 10. */
export function uuidV5(namespace: string, name: string): string {
  const bytes = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
