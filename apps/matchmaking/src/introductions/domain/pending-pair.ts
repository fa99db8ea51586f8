/**
 * The id of the guard document that makes "at most one pending request from A to B" hold across
 * replicas: FerretDB cannot enforce a unique index on (requester, target, status), but an insert with
 * a unique `_id` is atomic. The pair is ordered: B asking to meet A while A's request to B is pending
 * is a different request (and the directions can carry different purposes).
 */
export function pendingPairId(requesterOrganisationId: string, targetOrganisationId: string): string {
  return `${requesterOrganisationId}->${targetOrganisationId}`;
}
