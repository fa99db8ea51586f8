/**
 * One event of a commit, ready to publish (ADR 12). `value` is the serialised CloudEvent: what is
 * published is byte for byte what was committed with the state change.
 */
export interface OutboxEntry {
  eventId: string;
  topic: string;
  key: string;
  type: string;
  sequence: number;
  value: string;
  createdAt: Date;
}
