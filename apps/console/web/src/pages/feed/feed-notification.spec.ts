import { describe, expect, it } from '@jest/globals';
import { parseNotification } from './feed-notification';

const OPPORTUNITY = {
  opportunityId: '0b8f0d7e-3f43-4e55-9d0e-7d1f0c1f2a10',
  type: 'tender',
  title: 'Heat pumps for a district heating pilot',
  description: 'Long text',
  originClusterId: 'clean',
  status: 'published',
  deadline: '2027-03-01T12:00:00.000Z',
};

/** A stream event's data as the service sends it: the NotificationDelivered CloudEvent, structured mode. */
function eventData(notification: Record<string, unknown>): string {
  return JSON.stringify({
    specversion: '1.0',
    id: '5a3c1d3e-1111-5222-8333-444455556666',
    type: 'org.icn.opportunities.notification.delivered.v1',
    source: 'urn:icn:opportunities',
    subject: 'sub-1',
    subjectsequence: 3,
    data: { notification },
  });
}

const NOTIFICATION = {
  notificationId: 'ntf_0123456789abcdef0123456789abcdef',
  subscriptionId: 'sub-1',
  seq: 3,
  subscriber: { kind: 'organisation', clusterId: 'tweed', organisationId: 'org-1' },
  kind: 'recommended',
  opportunity: OPPORTUNITY,
  recommendation: {
    rank: 1,
    score: 12.5,
    reasons: [
      { kind: 'sector', matched: ['district-heating'], summary: 'Shared sector: district heating', weight: 4, contribution: 4 },
      { kind: 'technology', summary: 'Technology heat-pumps', contribution: 'not a number' },
    ],
  },
  createdAt: '2026-12-05T10:00:00.000Z',
};

describe('parseNotification', () => {
  it('reads a partner programme notified like an opportunity (ADR 23)', () => {
    const programme = { ...OPPORTUNITY, type: 'partner-programme', title: 'City solutions platform', originClusterId: 'icn-network' };
    const parsed = parseNotification(eventData({ ...NOTIFICATION, kind: 'published', recommendation: undefined, opportunity: programme, programme: { partnerName: 'C40 Cities' } }));
    expect(parsed?.opportunity).toEqual({
      opportunityId: OPPORTUNITY.opportunityId,
      type: 'partner-programme',
      title: 'City solutions platform',
      status: 'published',
      originClusterId: 'icn-network',
      deadline: OPPORTUNITY.deadline,
    });
  });

  it('reads the notification of a stream event, with the recommendation and its well-formed reasons', () => {
    expect(parseNotification(eventData(NOTIFICATION))).toEqual({
      notificationId: NOTIFICATION.notificationId,
      seq: 3,
      kind: 'recommended',
      createdAt: NOTIFICATION.createdAt,
      opportunity: {
        opportunityId: OPPORTUNITY.opportunityId,
        title: OPPORTUNITY.title,
        type: 'tender',
        status: 'published',
        originClusterId: 'clean',
        deadline: OPPORTUNITY.deadline,
      },
      recommendation: { rank: 1, score: 12.5, reasons: [{ summary: 'Shared sector: district heating', contribution: 4 }] },
    });
  });

  it('keeps what a deadline extension and a reminder add', () => {
    const extended = parseNotification(eventData({ ...NOTIFICATION, kind: 'deadline-extended', recommendation: undefined, previousDeadline: '2027-02-01T12:00:00.000Z' }));
    expect(extended).toMatchObject({ kind: 'deadline-extended', previousDeadline: '2027-02-01T12:00:00.000Z' });
    expect(extended).not.toHaveProperty('recommendation');
    expect(parseNotification(eventData({ ...NOTIFICATION, kind: 'deadline-reminder', daysBeforeDeadline: 3 }))).toMatchObject({ daysBeforeDeadline: 3 });
  });

  it.each([
    ['not JSON', '{'],
    ['no data', JSON.stringify({ specversion: '1.0' })],
    ['an unknown kind', eventData({ ...NOTIFICATION, kind: 'teleported' })],
    ['no position', eventData({ ...NOTIFICATION, seq: '3' })],
    ['an opportunity without a title', eventData({ ...NOTIFICATION, opportunity: { ...OPPORTUNITY, title: undefined } })],
    ['an unknown opportunity type', eventData({ ...NOTIFICATION, opportunity: { ...OPPORTUNITY, type: 'raffle' } })],
  ])('ignores an event with %s', (_, data) => {
    expect(parseNotification(data)).toBeUndefined();
  });
});
