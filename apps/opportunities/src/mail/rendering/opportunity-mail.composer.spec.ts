import { digestGroups } from '../domain/digest-items';
import { isUnsubscribeSignatureValid } from '../domain/unsubscribe-link';
import { aNotification } from '../testing/mail-fixtures';
import { programmeAsOpportunity } from '../../programmes/domain/programme-as-opportunity';
import { aProgramme } from '../../programmes/testing/programme-fixtures';
import { loadOpportunityMailTemplates } from './mail-templates';
import { composeOpportunityMail, type MailSettings } from './opportunity-mail.composer';

const settings: MailSettings = {
  from: 'ICN Platform <alerts@icn.example>',
  consolePublicUrl: 'https://console.icn.example/',
  opportunitiesPublicUrl: 'https://api.icn.example/opportunities',
  unsubscribeSecret: 'unsubscribe-secret-for-tests-0123456789',
};
const templates = loadOpportunityMailTemplates();
const recipient = { contactId: '7d9c1b2a-3e4f-4a5b-9c6d-7e8f9a0b1c2d', name: 'Aino Virtanen', email: 'aino@nordic-heat.example', timeZone: 'Europe/Helsinki' };
const subscription = { subscriptionId: '0f8e6d1c-2b3a-4c5d-8e9f-0a1b2c3d4e5f', name: 'Heat pumps in the Nordics' };
const period = { start: new Date('2026-12-04T06:00:00Z'), end: new Date('2026-12-05T06:00:00Z') };

describe('digestGroups', () => {
  it('holds exactly the period’s notifications, each once, grouped by kind and ordered by deadline then feed order', () => {
    const late = aNotification('published', '2026-12-04T09:00:00Z', { opportunity: { deadline: '2027-03-01T12:00:00Z' } });
    const early = aNotification('published', '2026-12-04T10:00:00Z', { opportunity: { deadline: '2027-01-01T12:00:00Z' } });
    const recommended = aNotification('recommended', '2026-12-05T05:59:59Z');
    const before = aNotification('published', '2026-12-04T05:59:59Z');
    const atEnd = aNotification('published', '2026-12-05T06:00:00Z');
    const groups = digestGroups([late, early, recommended, before, atEnd, early], period);
    expect(groups.map((group) => [group.kind, group.notifications.map((n) => n.notificationId)])).toEqual([
      ['recommended', [recommended.notificationId]],
      ['published', [early.notificationId, late.notificationId]],
    ]);
  });
});

describe('composeOpportunityMail', () => {
  const recommended = aNotification('recommended', '2026-12-04T12:00:00Z', {
    recommendation: { rank: 1, score: 0.87, reasons: [{ kind: 'sector', matched: ['district-heating'], summary: 'Both work on district heating', weight: 0.3, contribution: 0.3 }] },
    opportunity: { title: 'Heat pumps for <Espoo> & Vantaa', deadline: '2027-01-15T16:00:00.000Z', publisher: { subject: 'manager-clean', organisationId: 'org-publisher' } },
  });
  const input = {
    claimId: `${subscription.subscriptionId}:daily:2026-12-05`,
    subscription,
    subscriberLabel: 'Nordic Heat Oy',
    recipient,
    groups: digestGroups([recommended], period),
    digest: { cadence: 'daily' as const, ...period },
    organisationNames: new Map([['org-publisher', 'Helsinki Energy Cluster']]),
  };

  it('renders the essentials in both parts: type, deadline in the recipient’s zone, budget, publisher, why recommended, console links', () => {
    const mail = composeOpportunityMail(input, settings, templates);
    expect(mail.subject).toBe('Daily digest for "Heat pumps in the Nordics": 1 opportunity update');
    expect(mail.to).toEqual({ name: 'Aino Virtanen', address: 'aino@nordic-heat.example' });
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('Tender');
      expect(part).toContain('2027-01-15 18:00 (Europe/Helsinki)');
      expect(part).toContain('EUR 250,000');
      expect(part).toContain('Helsinki Energy Cluster');
      expect(part).toContain('Both work on district heating');
      expect(part).toContain(`https://console.icn.example/opportunities/${recommended.opportunity.opportunityId}`);
      expect(part).toContain('https://console.icn.example/subscriptions');
    }
    expect(mail.text).toContain('Heat pumps for <Espoo> & Vantaa');
    expect(mail.html).toContain('Heat pumps for &#60;Espoo&#62; &#38; Vantaa');
    expect(mail.html).not.toContain('<Espoo>');
  });

  it('carries RFC 8058 one-click unsubscribe headers signed for this recipient and subscription', () => {
    const mail = composeOpportunityMail(input, settings, templates);
    expect(mail.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const url = new URL(/^<(.+)>$/.exec(mail.headers['List-Unsubscribe'])?.[1] ?? '');
    expect(url.origin + url.pathname).toBe('https://api.icn.example/opportunities/mail/unsubscribe');
    expect(url.searchParams.get('recipient')).toBe(recipient.contactId);
    expect(isUnsubscribeSignatureValid(settings.unsubscribeSecret, { subscriptionId: subscription.subscriptionId, recipientId: recipient.contactId }, url.searchParams.get('signature') ?? '')).toBe(true);
  });

  it('an instant mail names its one opportunity in the subject; the Message-ID follows the claim', () => {
    const instant = composeOpportunityMail({ ...input, claimId: `${subscription.subscriptionId}:${recommended.notificationId}`, digest: undefined }, settings, templates);
    expect(instant.subject).toBe('Recommended to you: Heat pumps for <Espoo> & Vantaa');
    expect(instant.messageId).not.toBe(composeOpportunityMail(input, settings, templates).messageId);
    expect(composeOpportunityMail(input, settings, templates).messageId).toBe(composeOpportunityMail(input, settings, templates).messageId);
  });
  it('shows a partner programme as one: its partner, its call window, what the partner asks for, and a link to the programme', () => {
    const now = new Date('2027-03-01T12:00:00.000Z');
    const programme = aProgramme({ callWindow: { opensAt: '2027-03-01T08:00:00.000Z', closesAt: '2027-05-01T16:00:00.000Z' } }, now);
    const opened = aNotification('published', now.toISOString(), { opportunity: { ...programmeAsOpportunity(programme, now), value: undefined }, programme });
    const mail = composeOpportunityMail({ ...input, claimId: `${subscription.subscriptionId}:${opened.notificationId}`, groups: digestGroups([opened], { start: period.start, end: new Date('2027-03-02T00:00:00Z') }), digest: undefined }, settings, templates);
    expect(mail.subject).toBe('Partner programme open for applications: City solutions platform');
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('Partner programme');
      expect(part).toContain('C40 Cities, through the ICN network');
      expect(part).toContain('from 2027-03-01 10:00 (Europe/Helsinki) until 2027-05-01 19:00 (Europe/Helsinki)');
      expect(part).toContain('C40 Cities asks for: Pitch deck; Two city references.');
      expect(part).toContain(`https://console.icn.example/partners/programmes/${programme.programmeId}`);
      expect(part).not.toContain('console.icn.example/opportunities/');
      expect(part).not.toContain('budget');
    }
  });
});
