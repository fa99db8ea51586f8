import { writeFor, type ProjectionWrite } from '@icn/messaging';
import type { CloudEvent, OrganisationLeftV1 } from '@icn/contracts';
import { factKey, factOf, organisationLeftOf } from '../domain/report-facts';

/**
 * An event's fact replaces the entity's (upsert, under the sequence guard on the fact's key). An
 * event that leaves no fact still advances the guard with an empty write, so it is applied once.
 */
export function projectFact(event: CloudEvent<object>): ProjectionWrite {
  const fact = factOf(event);
  if (!fact) return writeFor(event, `ignored:${event.subject}`, { set: {}, unset: [], upsert: false });
  return writeFor(event, factKey(fact.kind, fact.id), { set: { fact }, unset: [], upsert: true });
}

/** Left is a delta: it dates the organisation's departure on the fact it already has. */
export function projectOrganisationLeft(event: CloudEvent<OrganisationLeftV1>): ProjectionWrite {
  const left = organisationLeftOf(event);
  const key = left?.key ?? factKey('organisation', event.data.organisationId);
  return writeFor(event, key, { set: { 'fact.leftAt': left?.leftAt ?? event.data.leftAt }, unset: [], upsert: false });
}
