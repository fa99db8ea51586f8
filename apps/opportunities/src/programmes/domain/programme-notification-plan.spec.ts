import type { SubscriptionFiltersV1 } from '@icn/contracts';
import { emptyFilters } from '../../subscriptions/domain/subscription';
import { aProgramme, daysFrom } from '../testing/programme-fixtures';
import { programmeAsOpportunity } from './programme-as-opportunity';
import { announcementRecipients, changeRecipients, isMaterialChange } from './programme-notification-plan';

const now = new Date('2027-03-01T12:00:00.000Z');
let next = 0;
const sub = (filters: Partial<SubscriptionFiltersV1> = {}, clusterId = 'clean') => ({
  subscriptionId: `sub-${(next += 1)}`,
  subscriber: { kind: 'cluster' as const, clusterId },
  filters: { ...emptyFilters(), ...filters },
});
const programme = aProgramme({ eligibility: { sectors: ['buildings'], helixTypes: ['company'], countries: ['DK'] } }, now);
const view = programmeAsOpportunity(programme, now);

describe('announcementRecipients', () => {
  it.each([
    ['no filters', {}, true],
    ['the partner-programme type', { types: ['partner-programme'] }, true],
    ['other types only (excludes programmes)', { types: ['tender', 'funding-call'] }, false],
    ['an eligible sector', { sectors: ['buildings', 'water'] }, true],
    ['another sector', { sectors: ['hydrogen'] }, false],
    ['an eligible country', { countries: ['DK'] }, true],
    ['another country', { countries: ['NO'] }, false],
    ['another helix type', { helixTypes: ['public-authority'] }, false],
    ['a keyword of its title', { keywords: ['solutions platform'] }, true],
    ['a cluster of origin', { originClusterIds: ['clean'] }, false],
    ['a deadline within 30 days (the window closes in 60)', { deadlineWithinDays: 30 }, false],
    ['a deadline at least 30 days ahead', { deadlineAtLeastDays: 30 }, true],
  ] as const)('a subscription with %s: %s', (_label, filters, expected) => {
    const subscription = sub(filters as Partial<SubscriptionFiltersV1>);
    expect(announcementRecipients([subscription], view, now)).toEqual(expected ? [subscription] : []);
  });

  it('reaches every cluster: programmes are the whole network’s', () => {
    const subscriptions = [sub({}, 'clean'), sub({}, 'nordic-edge'), sub({}, 'other')];
    expect(announcementRecipients(subscriptions, view, now)).toHaveLength(3);
  });
});

describe('changeRecipients', () => {
  const follower = sub({ sectors: ['hydrogen'] });
  const matcher = sub({ sectors: ['buildings'] });
  const stranger = sub({ sectors: ['water'] });

  it('tells followers whatever their filters, and matchers while the window is open', () => {
    expect(changeRecipients([follower, matcher, stranger], view, new Set([follower.subscriptionId]), 'open', now)).toEqual([follower, matcher]);
  });

  it('tells only followers of an upcoming or closed programme', () => {
    for (const phase of ['upcoming', 'closed'] as const) {
      expect(changeRecipients([follower, matcher, stranger], view, new Set([follower.subscriptionId]), phase, now)).toEqual([follower]);
    }
  });
});

describe('isMaterialChange', () => {
  const later = { ...programme, version: 2, updatedAt: daysFrom(now, 1) };

  it('ignores the version and timestamps alone, and the order of eligibility lists', () => {
    expect(isMaterialChange(programme, later)).toBe(false);
    const reordered = aProgramme({ ...programme, eligibility: { sectors: ['water', 'buildings'], helixTypes: ['company'], countries: ['DK'] } });
    const original = { ...reordered, eligibility: { ...reordered.eligibility, sectors: ['buildings', 'water'] as typeof reordered.eligibility.sectors } };
    expect(isMaterialChange(original, { ...reordered, version: 2 })).toBe(false);
  });

  it.each([
    ['the title', { title: 'City solutions platform 2027' }],
    ['the description', { description: undefined }],
    ['the partner’s name', { partnerName: 'C40' }],
    ['an eligible country', { eligibility: { ...programme.eligibility, countries: ['DK', 'SE'] } }],
    ['the window’s close', { callWindow: { ...programme.callWindow, closesAt: daysFrom(now, 90) } }],
    ['a requirement', { requirements: [{ key: 'pitch-deck', title: 'Pitch deck (10 slides)' }] }],
  ])('sees a change of %s', (_label, change) => {
    expect(isMaterialChange(programme, { ...later, ...change })).toBe(true);
  });

  it('treats a programme seen for the first time as changed', () => {
    expect(isMaterialChange(undefined, programme)).toBe(true);
  });
});
