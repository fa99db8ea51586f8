import { mailMessageId } from './mail-message-id';
import { isUnsubscribeSignatureValid, unsubscribeSignature, unsubscribeUrl } from './unsubscribe-link';

const SECRET = 'unsubscribe-secret-for-tests-0123456789';
const target = { subscriptionId: '0f8e6d1c-2b3a-4c5d-8e9f-0a1b2c3d4e5f', recipientId: '7d9c1b2a-3e4f-4a5b-9c6d-7e8f9a0b1c2d' };

describe('unsubscribe links', () => {
  it('a link verifies for its subscription and recipient only, and not under another secret', () => {
    const signature = unsubscribeSignature(SECRET, target);
    expect(isUnsubscribeSignatureValid(SECRET, target, signature)).toBe(true);
    expect(isUnsubscribeSignatureValid(SECRET, { ...target, recipientId: 'another-contact' }, signature)).toBe(false);
    expect(isUnsubscribeSignatureValid(SECRET, { ...target, subscriptionId: 'another-subscription' }, signature)).toBe(false);
    expect(isUnsubscribeSignatureValid(`${SECRET}x`, target, signature)).toBe(false);
    expect(isUnsubscribeSignatureValid(SECRET, target, signature.slice(1))).toBe(false);
    expect(isUnsubscribeSignatureValid(SECRET, target, '')).toBe(false);
  });

  it('the URL carries subscription, recipient and signature under the public API URL', () => {
    const url = new URL(unsubscribeUrl('https://api.icn.example/opportunities/', SECRET, target));
    expect(url.origin + url.pathname).toBe('https://api.icn.example/opportunities/mail/unsubscribe');
    expect(url.searchParams.get('subscription')).toBe(target.subscriptionId);
    expect(url.searchParams.get('recipient')).toBe(target.recipientId);
    expect(isUnsubscribeSignatureValid(SECRET, target, url.searchParams.get('signature') ?? '')).toBe(true);
  });
});

describe('mailMessageId', () => {
  it('is the same for the same claim and recipient (a resend is recognisable) and differs otherwise', () => {
    const id = mailMessageId('sub-1:daily:2026-12-05', 'contact-1', 'ICN Platform <alerts@icn.example>');
    expect(id).toMatch(/^<icn\.[0-9a-f]{40}@icn\.example>$/);
    expect(mailMessageId('sub-1:daily:2026-12-05', 'contact-1', 'alerts@icn.example')).toBe(id);
    expect(mailMessageId('sub-1:daily:2026-12-06', 'contact-1', 'alerts@icn.example')).not.toBe(id);
    expect(mailMessageId('sub-1:daily:2026-12-05', 'contact-2', 'alerts@icn.example')).not.toBe(id);
  });
});
