/**
 * CloudEvents 1.0 envelope, Kafka protocol binding in structured mode: the whole event is the JSON
 * message value (content type `application/cloudevents+json`) and the message key is `subject`.
 *
 * Extensions (lowercase alphanumeric, as CloudEvents requires):
 * - `correlationid`: the id of the request or flow that started it all, carried end to end;
 * - `causationid`: the id of the event (or request) that directly caused this one;
 * - `sequence`: the aggregate's version after this event (1, 2, 3 …), used by consumers to apply
 *   each change exactly once and in order.
 */
export interface CloudEvent<TData = unknown> {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  correlationid: string;
  causationid?: string;
  sequence: number;
  data: TData;
}

export const CLOUD_EVENTS_CONTENT_TYPE = 'application/cloudevents+json';

/** Kafka header names used with every event (structured mode plus two routing conveniences). */
export const EventHeaders = {
  contentType: 'content-type',
  type: 'ce_type',
  id: 'ce_id',
} as const;
