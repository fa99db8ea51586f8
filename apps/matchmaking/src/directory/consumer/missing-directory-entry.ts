/**
 * The dead-letter reason for a delta event (suspended, contact-added, …) about an organisation the
 * directory never received a snapshot of. Membership events of one organisation arrive in order,
 * so its `joined` event must itself have been dead-lettered. Applying the delta to nothing would
 * invent a partial organisation, and skipping it silently would lose it: parking it next to its
 * predecessor lets an operator replay both, in offset order, and rebuild the entry correctly.
 */
export function missingEntryReason(eventType: string, aggregateId: string, sequence: number): string {
  return `missing snapshot: ${eventType} (sequence ${sequence}) for ${aggregateId}, which is not in the directory`;
}
