import { anOpportunity } from '../testing/opportunity-event.producer';
import { emptyFilters } from '../../subscriptions/domain/subscription';
import { isVisibleTo, matches } from './opportunity-match';
import { shouldNotify } from './notification-decision';

const now = new Date();
const day = 24 * 60 * 60 * 1000;
const cluster = { kind: 'cluster' as const, clusterId: 'clean' };
const sub = (filters: Partial<ReturnType<typeof emptyFilters>> = {}, subscriber = cluster) => ({ subscriber, filters: { ...emptyFilters(), ...filters } });

describe('matches', () => {
  const opportunity = anOpportunity('hydrogen', { targetCountries: ['DK'], targetHelixTypes: ['company'], description: 'Électrolyse for Wärme pumps' });

  it('matches everything with empty filters', () => {
    expect(matches(sub(), opportunity, { now })).toBe(true);
  });

  it.each([
    [{ types: ['funding-call'] }, false],
    [{ types: ['tender', 'event'] }, true],
    [{ sectors: ['solar'] }, false],
    [{ technologies: ['heat-pumps'] }, true],
    [{ countries: ['NO'] }, false],
    [{ countries: ['DK'] }, true],
    [{ originClusterIds: ['other'] }, false],
    [{ helixTypes: ['research-institution'] }, false],
    [{ keywords: ['HYDROGEN', 'electrolyse'] }, true],
    [{ keywords: ['warme pumps'] }, true],
    [{ keywords: ['hydro'] }, false],
    [{ minValue: { amount: 250000, currency: 'EUR' } }, true],
    [{ minValue: { amount: 250001, currency: 'EUR' } }, false],
    [{ minValue: { amount: 1, currency: 'DKK' } }, false],
    [{ deadlineWithinDays: 30 }, false],
    [{ deadlineWithinDays: 60 }, true],
    [{ deadlineAtLeastDays: 50 }, false],
  ] as const)('%j -> %s', (filters, expected) => {
    expect(matches(sub(filters as never), opportunity, { now })).toBe(expected);
  });

  it('treats an opportunity without target countries / helix types as concerning all', () => {
    const open = anOpportunity('x');
    expect(matches(sub({ countries: ['NO'], helixTypes: ['other'] }), open, { now })).toBe(true);
  });

  it('hides target-cluster opportunities from other clusters', () => {
    const targeted = anOpportunity('x', { visibility: 'target-clusters', originClusterId: 'clean', targetClusterIds: ['nordic-edge'] });
    expect(isVisibleTo(targeted, { kind: 'cluster', clusterId: 'nordic-edge' })).toBe(true);
    expect(isVisibleTo(targeted, { kind: 'cluster', clusterId: 'clean' })).toBe(true);
    expect(isVisibleTo(targeted, { kind: 'cluster', clusterId: 'other' })).toBe(false);
  });

  it('finds a keyword whatever its accents and case (words as @icn/platform\'s wordsOf gives them)', () => {
    const accented = anOpportunity('x', { title: 'Énergie-Wärme 2030 pilot' });
    expect(matches(sub({ keywords: ['energie warme'] }), accented, { now })).toBe(true);
  });
});

describe('shouldNotify', () => {
  const soon = anOpportunity('x', { deadline: new Date(now.getTime() + 2 * day).toISOString() });
  const windowed = sub({ deadlineAtLeastDays: 7 });

  it('publishes only to matching subscriptions', () => {
    expect(shouldNotify('published', windowed, soon, false, now)).toBe(false);
  });

  it('tells followers about changes even when the filters no longer match', () => {
    expect(shouldNotify('deadline-extended', windowed, soon, true, now)).toBe(true);
    expect(shouldNotify('updated', windowed, soon, false, now)).toBe(false);
  });

  it('reports endings regardless of the deadline window', () => {
    expect(shouldNotify('expired', windowed, soon, false, now)).toBe(true);
    expect(shouldNotify('closed', sub({ types: ['event'] }), soon, false, now)).toBe(false);
  });
});
