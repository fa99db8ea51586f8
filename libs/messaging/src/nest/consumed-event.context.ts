import { BaseRpcContext } from '@nestjs/microservices';
import type { HandlerContext } from '../consumer/event-handler';

/**
 * The `@Ctx()` of an event handler (the second argument of an `@OnEvent` method): where the event
 * came from and which try this is, and a heartbeat for long work.
 */
export class ConsumedEventContext extends BaseRpcContext<[HandlerContext]> {
  private get delivery(): HandlerContext {
    return this.getArgByIndex(0);
  }

  get topic(): string {
    return this.delivery.topic;
  }

  get partition(): number {
    return this.delivery.partition;
  }

  get offset(): string {
    return this.delivery.offset;
  }

  /** 1 on the first try, incremented on each retry of the same message. */
  get attempt(): number {
    return this.delivery.attempt;
  }

  heartbeat(): Promise<void> {
    return this.delivery.heartbeat();
  }
}
