import type { BroadcastMembershipListener } from '@icn/messaging';
import { READINESS_CHECKS, ReadinessRegistry } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import { SseHub } from '../http/sse-hub';

/**
 * This replica's place in its broadcast group. While it is out (starting, after a crash, during a
 * rebalance) notifications are not delivered to it, and positioned at the end it never gets them
 * later: on every (re)join the open streams re-read their feeds. Not ready before the first join —
 * a stream opened then would miss live notifications until the next resync.
 */
@Injectable()
export class StreamMembership implements BroadcastMembershipListener {
  private groupId: string | undefined;

  constructor(
    private readonly hub: SseHub,
    @Inject(READINESS_CHECKS) readiness: ReadinessRegistry,
  ) {
    readiness.register({
      name: 'sse-broadcast',
      check: async () => {
        if (this.groupId === undefined) throw new Error('notification broadcast consumer has not joined its group yet');
        return { groupId: this.groupId };
      },
    });
  }

  get isJoined(): boolean {
    return this.groupId !== undefined;
  }

  joined(groupId: string): void {
    this.groupId = groupId;
    this.hub.resyncAll();
  }

  left(): void {
    this.groupId = undefined;
  }
}
