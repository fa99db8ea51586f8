import type { CloudEvent, EventDefinition } from '@icn/contracts';
import { applyDecorators, UseFilters } from '@nestjs/common';
import { EventPattern } from '@nestjs/microservices';
import type { ConsumedEventContext } from './consumed-event.context';
import { RethrowEventErrors } from './rethrow-event-errors.filter';

/** Where OnEvent records a method's group and definition (read by `onEventHandlersOf`). */
const ON_EVENT_METADATA = Symbol('icn:on-event');

/** Tells the event transport's handlers apart from any other transport's. */
export const EVENT_TRANSPORT_ID = Symbol('icn-event-transport');

/** The `@EventPattern` of an event handler: the event type, in one named consumer group. */
export interface ConsumedEventPattern {
  group: string;
  type: string;
}

/** What the transport reads back from a handler's pattern extras. */
export interface ConsumedEventExtras {
  group: string;
  definition: EventDefinition<object>;
}

export interface OnEventOptions {
  /** The logical consumer group (declared with `consumerGroup(name, …)`), e.g. 'directory'. */
  group: string;
}

type EventHandlerMethod<T extends object> = (event: CloudEvent<T>, context: ConsumedEventContext) => unknown;

/**
 * Marks a method as the handler of one event type in one consumer group: an `@EventPattern` of
 * the event transport. The method receives the CloudEvent whose `data` is an instance of the
 * contract's payload class, already validated (an invalid one never gets here: it is
 * dead-lettered), and a ConsumedEventContext. The method's type is checked against the definition.
 *
 * In an inbox group the method does the work (and resolves when done); in a guarded group
 * (a read model) it returns `projection.write(...)` — or nothing — and the consumer applies the
 * writes. A thrown error is retried with backoff and then dead-lettered.
 */
export function OnEvent<T extends object>(definition: EventDefinition<T>, options: OnEventOptions) {
  const pattern: ConsumedEventPattern = { group: options.group, type: definition.type };
  const extras: ConsumedEventExtras = { group: options.group, definition: definition as EventDefinition<object> };
  const decorate = applyDecorators(EventPattern(pattern, EVENT_TRANSPORT_ID, extras), UseFilters(RethrowEventErrors));
  return <M extends EventHandlerMethod<T>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<M>): void => {
    decorate(target, key, descriptor);
    Reflect.defineMetadata(ON_EVENT_METADATA, extras, target, key);
  };
}

/** The `@OnEvent` methods of a handler class instance: what the transport will consume, by method. */
export function onEventHandlersOf(instance: object): { method: string; group: string; type: string }[] {
  const prototype: object = Object.getPrototypeOf(instance) as object;
  return Object.getOwnPropertyNames(prototype).flatMap((method) => {
    const extras = Reflect.getMetadata(ON_EVENT_METADATA, prototype, method) as ConsumedEventExtras | undefined;
    return extras === undefined ? [] : [{ method, group: extras.group, type: extras.definition.type }];
  });
}
