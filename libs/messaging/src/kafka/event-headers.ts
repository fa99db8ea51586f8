import { CLOUD_EVENTS_CONTENT_TYPE, EventHeaders } from '@icn/contracts';

/**
 * Headers of a structured-mode CloudEvent message. The value already holds the whole event; the
 * type and id headers let routers and integrators filter without parsing the JSON.
 */
export function eventMessageHeaders(type: string, id: string): Record<string, string> {
  return {
    [EventHeaders.contentType]: CLOUD_EVENTS_CONTENT_TYPE,
    [EventHeaders.type]: type,
    [EventHeaders.id]: id,
  };
}
