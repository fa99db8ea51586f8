import { assertEventConforms, NotificationDelivered, OpportunitySnapshotV1 } from '@icn/contracts';
import { buildEvent } from '@icn/messaging';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { aProgramme, daysFrom } from '../testing/programme-fixtures';
import { callWindowPhase, NETWORK_ORIGIN_CLUSTER_ID, programmeAsOpportunity } from './programme-as-opportunity';

const now = new Date('2027-03-01T12:00:00.000Z');

describe('callWindowPhase', () => {
  const window = { opensAt: '2027-03-01T12:00:00.000Z', closesAt: '2027-04-01T12:00:00.000Z' };

  it.each([
    ['2027-03-01T11:59:59.999Z', 'upcoming'],
    ['2027-03-01T12:00:00.000Z', 'open'],
    ['2027-04-01T11:59:59.999Z', 'open'],
    ['2027-04-01T12:00:00.000Z', 'closed'],
  ])('at %s the window is %s (opens inclusive, closes exclusive)', (instant, phase) => {
    expect(callWindowPhase(window, new Date(instant))).toBe(phase);
  });
});

describe('programmeAsOpportunity', () => {
  const programme = aProgramme({ eligibility: { sectors: ['buildings'], helixTypes: ['company', 'research-institution'], countries: ['DK', 'FI'] } }, now);

  it('carries what a subscriber filters on: eligibility as sectors / target countries / helix types, the window’s close as deadline, network-wide', () => {
    expect(programmeAsOpportunity(programme, now)).toMatchObject({
      opportunityId: programme.programmeId,
      type: 'partner-programme',
      title: 'City solutions platform',
      originClusterId: NETWORK_ORIGIN_CLUSTER_ID,
      sectors: ['buildings'],
      targetCountries: ['DK', 'FI'],
      targetHelixTypes: ['company', 'research-institution'],
      targetClusterIds: [],
      technologies: [],
      deadline: programme.callWindow.closesAt,
      visibility: 'network',
      status: 'published',
      version: 1,
    });
  });

  it('is closed once the window has closed, and published while it is upcoming or open', () => {
    expect(programmeAsOpportunity(programme, new Date(daysFrom(now, 61))).status).toBe('closed');
    expect(programmeAsOpportunity(aProgramme({ callWindow: { opensAt: daysFrom(now, 5), closesAt: daysFrom(now, 9) } }, now), now).status).toBe('published');
  });

  it('is a valid opportunity snapshot even for a two-letter title without a description', () => {
    const short = aProgramme({ title: 'XL', description: undefined }, now);
    const view = programmeAsOpportunity(short, now);
    expect(view.title).toBe('XL (C40 Cities)');
    expect(view.description).toContain('C40 Cities');
    expect(validateSync(plainToInstance(OpportunitySnapshotV1, view), { whitelist: true, forbidNonWhitelisted: true })).toEqual([]);
  });

  it('makes a notification its contract accepts, with the programme beside it', () => {
    const event = buildEvent(NotificationDelivered, {
      subject: '0f8e6d1c-2b3a-4c5d-8e9f-0a1b2c3d4e5f',
      sequence: 1,
      source: '/icn/opportunities',
      data: {
        notification: {
          notificationId: `ntf_${'a'.repeat(32)}`,
          subscriptionId: '0f8e6d1c-2b3a-4c5d-8e9f-0a1b2c3d4e5f',
          seq: 1,
          subscriber: { kind: 'cluster', clusterId: 'clean' },
          kind: 'published',
          opportunity: programmeAsOpportunity(programme, now),
          programme,
          createdAt: now.toISOString(),
        },
      },
    });
    expect(() => assertEventConforms(NotificationDelivered, event)).not.toThrow();
  });
});
