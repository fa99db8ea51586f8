import { createHash } from 'node:crypto';

/**
 * The Message-ID of one recipient's copy of one claimed mail (`<subscriptionId>:<period key>` for a
 * digest, `<subscriptionId>:<notificationId>` for an instant mail). Derived, not random: a send that
 * is repeated after a crash (the relay may have accepted it before the process died) carries the
 * same Message-ID, so the copy is recognisable as a resend — mail clients thread or drop it, and
 * the relay's log and Mailpit's API show the same id twice, never two different mails.
 */
export function mailMessageId(claimId: string, recipientId: string, fromAddress: string): string {
  const domain = /@([^@>\s]+)>?$/.exec(fromAddress)?.[1] ?? 'icn.localhost';
  const digest = createHash('sha256').update(`${claimId}\n${recipientId}`).digest('hex').slice(0, 40);
  return `<icn.${digest}@${domain}>`;
}
