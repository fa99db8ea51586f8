import type { TopicName } from '../topics';

export type PayloadClass<T extends object> = new () => T;

/**
 * Describes one integration event: its CloudEvents type (which carries the version), the topic it
 * travels on and the class-validator class its `data` must satisfy. The catalog of all definitions
 * drives validation at every boundary and the generated AsyncAPI document.
 */
export interface EventDefinition<T extends object = object> {
  readonly type: string;
  readonly version: number;
  readonly topic: TopicName;
  readonly aggregate: string;
  readonly payload: PayloadClass<T>;
  readonly summary: string;
}

export function defineEvent<T extends object>(definition: EventDefinition<T>): EventDefinition<T> {
  const expectedSuffix = `.v${definition.version}`;
  if (!definition.type.startsWith('org.icn.') || !definition.type.endsWith(expectedSuffix)) {
    throw new Error(`event type ${definition.type} must start with org.icn. and end with ${expectedSuffix}`);
  }
  return Object.freeze(definition);
}

/** The `data` type of an event definition. */
export type EventData<D> = D extends EventDefinition<infer T> ? T : never;
