import { EVENT_CATALOG } from '../catalog';
import { findBackwardIncompatibilities } from '../json-schema/backward-compatibility';
import { buildEventJsonSchema } from '../json-schema/event-json-schema';
import type { JsonSchema } from '../json-schema/json-schema';
import { buildAsyncApiDocument, type AsyncApiDocument } from './asyncapi-document';

/** Everything committed under docs/asyncapi: the document and one JSON Schema per event type. */
export interface AsyncApiArtifacts {
  document: AsyncApiDocument;
  /** By event type, e.g. `org.icn.membership.organisation.joined.v1`. */
  eventSchemas: Record<string, JsonSchema>;
}

export function buildAsyncApiArtifacts(): AsyncApiArtifacts {
  return {
    document: buildAsyncApiDocument(),
    eventSchemas: Object.fromEntries(EVENT_CATALOG.map((definition) => [definition.type, buildEventJsonSchema(definition)])),
  };
}

/** The exact text written to disk, so that tests can compare parsed JSON with what is committed. */
export function toJsonFileContents(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Breaking changes of the current event schemas against the committed ones, as `type: path: problem`
 * lines. A committed type that is no longer in the catalog is breaking too: events of that version
 * are still on the topics and must stay readable. A type with no committed schema is new: nothing
 * to break.
 */
export function findBreakingChanges(committed: Record<string, JsonSchema>, current: Record<string, JsonSchema>): string[] {
  return Object.entries(committed).flatMap(([type, before]) => {
    const after = current[type];
    if (after === undefined) return [`${type}: event type removed from the catalog`];
    return findBackwardIncompatibilities(before, after).map((problem) => `${type}: ${problem}`);
  });
}
