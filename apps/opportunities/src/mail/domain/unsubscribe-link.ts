import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * One-click unsubscribe (RFC 8058) without a session: the link names the subscription and the
 * recipient (a contact id, never the address) and carries an HMAC of both under
 * MAIL_UNSUBSCRIBE_SECRET. Whoever holds it — the recipient, or their mail provider acting on the
 * List-Unsubscribe-Post header — can stop that recipient's mail for that subscription, nothing else.
 */
export interface UnsubscribeTarget {
  subscriptionId: string;
  recipientId: string;
}

/** Versioned, so a future change of what is signed cannot be confused with this one. */
function signed(target: UnsubscribeTarget): string {
  return `icn-unsubscribe-v1\n${target.subscriptionId}\n${target.recipientId}`;
}

export function unsubscribeSignature(secret: string, target: UnsubscribeTarget): string {
  return createHmac('sha256', secret).update(signed(target)).digest('base64url');
}

export function isUnsubscribeSignatureValid(secret: string, target: UnsubscribeTarget, signature: string): boolean {
  const expected = Buffer.from(unsubscribeSignature(secret, target));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The URL of the List-Unsubscribe header and the mail's unsubscribe link (POST to it; see the controller). */
export function unsubscribeUrl(publicApiUrl: string, secret: string, target: UnsubscribeTarget): string {
  const url = new URL(`${publicApiUrl.replace(/\/$/, '')}/mail/unsubscribe`);
  url.searchParams.set('subscription', target.subscriptionId);
  url.searchParams.set('recipient', target.recipientId);
  url.searchParams.set('signature', unsubscribeSignature(secret, target));
  return url.toString();
}
