/**
 * Called with the id of a read-model document after an event for it went through the projection,
 * and the document as stored when the projection knows it without reading (a batch that inserted it
 * whole); undefined means "read it".
 */
export type AppliedChangeListener<TDocument> = (id: string, stored: TDocument | undefined) => Promise<void>;

/**
 * Lets a projection tell whoever keeps derived state (the matching index) that a document may have
 * changed, without the projection's module depending on theirs: the dependent module subscribes,
 * so the module graph stays acyclic (no forwardRef).
 *
 * Listeners run in order and their errors reach the caller (the event handler), so the messaging
 * library retries the event: a failed index update is never silently dropped.
 */
export class AppliedChanges<TDocument> {
  private readonly listeners: AppliedChangeListener<TDocument>[] = [];

  subscribe(listener: AppliedChangeListener<TDocument>): void {
    this.listeners.push(listener);
  }

  async notify(id: string, stored?: TDocument): Promise<void> {
    for (const listener of this.listeners) {
      await listener(id, stored);
    }
  }
}
