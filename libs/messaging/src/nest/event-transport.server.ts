import type { CloudEvent } from '@icn/contracts';
import { Injectable } from '@nestjs/common';
import { Server, type CustomTransportStrategy, type MessageHandler } from '@nestjs/microservices';
import { isObservable, lastValueFrom } from 'rxjs';
import type { BroadcastHandler, BroadcastHandlerContext } from '../consumer/broadcast-consumer';
import type { EventHandler, EventProjector, HandlerContext } from '../consumer/event-handler';
import { ProjectedWrite } from '../projection/guarded-projection';
import { BroadcastEventContext } from './broadcast-event.context';
import { ConsumedEventContext } from './consumed-event.context';
import { EventConsumerRegistry, type GroupHandlers } from './event-consumer.registry';
import { EVENT_TRANSPORT_ID, type ConsumedEventExtras } from './on-event.decorator';

/**
 * The @nestjs/microservices transport of the platform's events: a custom transport strategy whose
 * "server" is the service's Kafka consumer groups. Nest hands it every `@OnEvent` (`@EventPattern`)
 * handler, wrapped in the usual interceptors, guards, pipes and filters; `listen` starts one
 * EventConsumer per declared consumer group with the handlers of that group, so every guarantee of
 * the messaging library applies to them — contract validation before the handler, idempotency
 * (inbox or sequence guard), order per key, retries with backoff, dead-letter topics, heartbeats,
 * start-up waits, lag metrics and graceful shutdown. A broadcast group (`delivery: 'broadcast'`) has
 * one Kafka group per replica and none of the delivery guarantees (see BroadcastGroupSettings); its
 * handlers get a BroadcastEventContext, which also holds the message's bytes.
 *
 * Connected by the platform's bootstrap (`createServiceApp`: a hybrid app), started after the app is
 * initialised, i.e. after MessagingLifecycle created the topics, connected the producer and started
 * the relay: topics → producer → relay → consumers.
 */
@Injectable()
export class EventTransport extends Server implements CustomTransportStrategy {
  override readonly transportId = EVENT_TRANSPORT_ID;

  constructor(private readonly consumers: EventConsumerRegistry) {
    super();
  }

  override addHandler(pattern: unknown, callback: MessageHandler, isEventHandler = false, extras: Record<string, unknown> = {}): void {
    super.addHandler(pattern, callback, isEventHandler, extras);
    const { group, definition } = extrasOf(callback);
    this.consumers.noteHandler(group, definition);
  }

  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      await this.consumers.startGroups(this.groupHandlers());
      callback();
    } catch (error) {
      callback(error);
    }
  }

  /** Stops every consumer (MessagingLifecycle already did at shutdown; stopping twice is a no-op). */
  async close(): Promise<void> {
    await this.consumers.stopAll();
  }

  on(): never {
    throw new Error('the event transport emits no server events');
  }

  unwrap<T>(): T {
    return this.consumers as T;
  }

  /** The handlers Nest registered, by consumer group, each in the form its group consumes. */
  private groupHandlers(): Map<string, GroupHandlers> {
    const groups = new Map<string, GroupHandlers>();
    for (const handler of this.messageHandlers.values()) {
      const { group, definition } = extrasOf(handler);
      if (handler.next !== undefined) throw new Error(`two @OnEvent handlers for ${definition.type} in consumer group "${group}"`);
      const invoke = (event: CloudEvent<object>, ctx: HandlerContext): Promise<unknown> => invokeHandler(handler, event, new ConsumedEventContext([ctx]));
      const kind = this.consumers.handlerKindOf(group);
      if (kind === 'broadcast') {
        const handlers = groupOf(groups, group, 'broadcast').handlers;
        handlers.push({ definition, handle: async (event, ctx: BroadcastHandlerContext) => void (await invokeHandler(handler, event, new BroadcastEventContext(ctx))) });
      } else if (kind === 'sequence-guard') {
        const projectors = groupOf(groups, group, 'sequence-guard').projectors;
        projectors.push({ definition, project: async (event, ctx) => asProjectedWrite(await invoke(event, ctx), group, definition.type) });
      } else {
        const handlers = groupOf(groups, group, 'inbox').handlers;
        handlers.push({ definition, handle: async (event, ctx) => void (await invoke(event, ctx)) });
      }
    }
    return groups;
  }
}

function groupOf(groups: Map<string, GroupHandlers>, name: string, kind: 'inbox'): { kind: 'inbox'; handlers: EventHandler[] };
function groupOf(groups: Map<string, GroupHandlers>, name: string, kind: 'sequence-guard'): { kind: 'sequence-guard'; projectors: EventProjector[] };
function groupOf(groups: Map<string, GroupHandlers>, name: string, kind: 'broadcast'): { kind: 'broadcast'; handlers: BroadcastHandler[] };
function groupOf(groups: Map<string, GroupHandlers>, name: string, kind: GroupHandlers['kind']): GroupHandlers {
  const existing = groups.get(name);
  if (existing !== undefined) return existing;
  const created: GroupHandlers = kind === 'sequence-guard' ? { kind, projectors: [] } : { kind, handlers: [] };
  groups.set(name, created);
  return created;
}

function extrasOf(handler: MessageHandler): ConsumedEventExtras {
  const extras = handler.extras as Partial<ConsumedEventExtras> | undefined;
  if (extras?.group === undefined || extras.definition === undefined) {
    throw new Error('an event transport handler must be declared with @OnEvent(definition, { group })');
  }
  return { group: extras.group, definition: extras.definition };
}

/**
 * Runs the handler through Nest's pipeline and settles its result: an Observable is awaited to its
 * last value. A rejection arrives as the handler threw it (RethrowEventErrors); anything that is not
 * an Error (another filter's `{ status, message }`) is turned into one, so a dead letter says why.
 */
async function invokeHandler(handler: MessageHandler, event: CloudEvent<object>, context: ConsumedEventContext): Promise<unknown> {
  try {
    const result: unknown = await handler(event, context);
    return isObservable(result) ? await lastValueFrom(result, { defaultValue: undefined }) : result;
  } catch (error) {
    if (error instanceof Error) throw error;
    const message = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
    throw new Error(message);
  }
}

function asProjectedWrite(result: unknown, group: string, type: string): ProjectedWrite | null {
  if (result === undefined || result === null) return null;
  if (result instanceof ProjectedWrite) return result;
  throw new Error(`the ${type} handler of guarded consumer group "${group}" must return projection.write(...) or nothing`);
}
