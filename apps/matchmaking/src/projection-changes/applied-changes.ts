/** Called with the id of a read-model document after an event for it went through the projection. */
export type AppliedChangeListener = (id: string) => Promise<void>;

/**
 * Lets a projection tell whoever keeps derived state (the matching index) that a document may have
 * changed, without the projection's module depending on theirs: the dependent module subscribes,
 * so the module graph stays acyclic (no forwardRef).
 *
 * Listeners run in order and their errors reach the caller (the event handler), so the messaging
 * library retries the event: a failed index update is never silently dropped.
 */
export class AppliedChanges {
  private readonly listeners: AppliedChangeListener[] = [];

  subscribe(listener: AppliedChangeListener): void {
    this.listeners.push(listener);
  }

  async notify(id: string): Promise<void> {
    for (const listener of this.listeners) {
      await listener(id);
    }
  }
}
