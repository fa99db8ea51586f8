import type { BroadcastHandlerContext } from '../consumer/broadcast-consumer';
import { ConsumedEventContext } from './consumed-event.context';

/**
 * The `@Ctx()` of a handler in a broadcast group (`delivery: 'broadcast'`): a ConsumedEventContext
 * that also holds the message's bytes, for handlers that forward the event exactly as published.
 * `@OnEvent` types a handler's context as ConsumedEventContext; `BroadcastEventContext.bytesOf`
 * gets the bytes from it.
 */
export class BroadcastEventContext extends ConsumedEventContext {
  constructor(private readonly broadcast: BroadcastHandlerContext) {
    super([broadcast]);
  }

  /** The bytes of a broadcast group's message; a handler of any other group is told so. */
  static bytesOf(context: ConsumedEventContext): Buffer {
    if (!(context instanceof BroadcastEventContext)) throw new Error('the message bytes are handed to handlers of broadcast groups only');
    return context.value;
  }

  /** The message value as the broker delivered it (the serialised CloudEvent). */
  get value(): Buffer {
    return this.broadcast.value;
  }
}
