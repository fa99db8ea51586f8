import { expectedVersionAfter, type Change, type DomainEvent } from '@icn/messaging';
import { DomainConflictError, DomainValidationError } from '@icn/platform';
import { OpportunityCancelled, OpportunityClosed, OpportunityDeadlineExtended, OpportunityExpired, OpportunityPublished, OpportunityUpdated, validatePayload } from '@icn/contracts';
import type { OpportunityContent, OpportunityState } from './opportunity';
import {
  cancelOpportunity,
  closeOpportunity,
  createOpportunity,
  discardDraft,
  expireOpportunity,
  extendDeadline,
  publishOpportunity,
  updateOpportunity,
} from './opportunity-lifecycle';

const now = new Date('2026-03-01T10:00:00.000Z');
const later = (ms: number) => new Date(now.getTime() + ms);
const DAY = 86_400_000;

function content(overrides: Partial<OpportunityContent> = {}): OpportunityContent {
  return {
    type: 'tender',
    title: '  Heat pumps for Aarhus ',
    description: 'Large heat pumps wanted.',
    sectors: ['district-heating', 'district-heating'],
    technologies: ['heat-pumps'],
    targetCountries: ['dk'],
    targetClusterIds: [],
    targetHelixTypes: ['company'],
    value: { amount: 1000, currency: 'EUR' },
    deadline: '2026-04-01T12:00:00Z',
    links: [],
    visibility: 'network',
    ...overrides,
  };
}

function draft(overrides: Partial<OpportunityContent> = {}): OpportunityState {
  return createOpportunity({ opportunityId: '3b8f2c1d-4e5a-4b6c-9d7e-8f9a0b1c2d3e', originClusterId: 'clean', publisher: { subject: 'alice' }, content: content(overrides), publish: false, now }).state;
}

const published = () => publishOpportunity(draft(), later(1000)).state;

/** Every event the domain emits must satisfy its contract, or the relay would publish garbage. */
function expectValidEvent(change: Change<OpportunityState> | null, type: string): DomainEvent {
  expect(change?.events).toHaveLength(1);
  const event = change?.events[0];
  expect(event?.definition.type).toBe(type);
  const result = validatePayload(event!.definition.payload, event!.data);
  expect(result).toMatchObject({ ok: true });
  return event!;
}

describe('opportunity lifecycle', () => {
  it('creates a draft with normalised content and no event', () => {
    const change = createOpportunity({ opportunityId: 'x', originClusterId: 'clean', publisher: { subject: 'alice' }, content: content(), publish: false, now });
    expect(change.events).toEqual([]);
    expect(change.state).toMatchObject({
      status: 'draft',
      version: 1,
      title: 'Heat pumps for Aarhus',
      sectors: ['district-heating'],
      targetCountries: ['DK'],
      deadline: '2026-04-01T12:00:00.000Z',
    });
    expect(change.state.searchTerms).toEqual(expect.arrayContaining(['heat', 'pump', 'aarhus', 'large', 'wanted']));
  });

  it('can publish on creation, with a valid OpportunityPublished', () => {
    const change = createOpportunity({ opportunityId: '3b8f2c1d-4e5a-4b6c-9d7e-8f9a0b1c2d3e', originClusterId: 'clean', publisher: { subject: 'alice' }, content: content(), publish: true, now });
    expect(change.state).toMatchObject({ status: 'published', version: 1, publishedAt: now.toISOString() });
    expectValidEvent(change, OpportunityPublished.type);
  });

  it('refuses a past deadline and targeting without targets (400 naming the field)', () => {
    expect(() => draft({ deadline: '2026-02-01T00:00:00Z' })).toThrow(new DomainValidationError('deadline', 'must be in the future'));
    expect(() => draft({ visibility: 'target-clusters' })).toThrow(DomainValidationError);
  });

  it('publishes a draft once, and not after its deadline', () => {
    const change = publishOpportunity(draft(), later(1000));
    expect(change.state).toMatchObject({ status: 'published', version: 2 });
    expectValidEvent(change, OpportunityPublished.type);
    expect(() => publishOpportunity(change.state, later(2000))).toThrow(/only a draft can be published/);
    expect(() => publishOpportunity(draft(), later(40 * DAY))).toThrow(/has passed/);
  });

  it('updates a draft silently and a published opportunity with the changed fields', () => {
    const silent = updateOpportunity(draft(), { title: 'New title' }, later(1));
    expect(silent?.events).toEqual([]);
    expect(silent?.state).toMatchObject({ title: 'New title', version: 2 });

    const change = updateOpportunity(published(), { title: 'Heat pumps for Aarhus', description: 'Solar farms', sectors: ['district-heating'] }, later(2000));
    const event = expectValidEvent(change, OpportunityUpdated.type);
    expect(event.data).toMatchObject({ changedFields: ['description'] });
    expect(change?.state.version).toBe(3);
    expect(change?.state.searchTerms).toContain('solar');
    expect(updateOpportunity(published(), { title: 'Heat pumps for Aarhus' }, later(2000))).toBeNull();
  });

  it('moves a published deadline only through an extension to a later date', () => {
    expect(() => updateOpportunity(published(), { deadline: '2026-05-01T00:00:00Z' }, later(2000))).toThrow(/extend-deadline/);
    expect(() => extendDeadline(draft(), '2026-05-01T00:00:00Z', later(1))).toThrow(/with PATCH/);
    expect(() => extendDeadline(published(), '2026-03-20T00:00:00Z', later(2000))).toThrow(/must be later than the current deadline/);
    const change = extendDeadline(published(), '2026-05-01T00:00:00Z', later(2000));
    const event = expectValidEvent(change, OpportunityDeadlineExtended.type);
    expect(event.data).toMatchObject({ previousDeadline: '2026-04-01T12:00:00.000Z', opportunity: { deadline: '2026-05-01T00:00:00.000Z' } });
  });

  it('closes and cancels only published opportunities, and both are final', () => {
    const closed = closeOpportunity(published(), 'Awarded', later(2000));
    expect(closed.state).toMatchObject({ status: 'closed', endReason: 'Awarded', endedAt: later(2000).toISOString() });
    expectValidEvent(closed, OpportunityClosed.type);
    expectValidEvent(cancelOpportunity(published(), undefined, later(2000)), OpportunityCancelled.type);
    expect(() => closeOpportunity(draft(), undefined, later(1))).toThrow(DomainConflictError);
    expect(() => cancelOpportunity(closed.state, undefined, later(3000))).toThrow(/it is closed/);
    expect(() => updateOpportunity(closed.state, { title: 'Again' }, later(3000))).toThrow(/final/);
  });

  it('expires a published opportunity at its deadline, and is a no-op otherwise', () => {
    const atDeadline = new Date('2026-04-01T12:00:00.000Z');
    expect(expireOpportunity(published(), new Date(atDeadline.getTime() - 1))).toBeNull();
    expect(expireOpportunity(draft(), atDeadline)).toBeNull();
    const change = expireOpportunity(published(), atDeadline);
    expect(change?.state.status).toBe('expired');
    expectValidEvent(change, OpportunityExpired.type);
    expect(expireOpportunity(change!.state, atDeadline)).toBeNull();
  });

  it('discards only a draft, as a removal one version later that publishes nothing', () => {
    const change = discardDraft(draft());
    expect(change).toMatchObject({ removed: true, events: [], state: { version: 2 } });
    expect(() => discardDraft(published())).toThrow(/published opportunities are closed or cancelled instead/);
  });

  it('ends every change at the version the write path expects (one per event, one for a silent change)', () => {
    const base = draft();
    const changes = [updateOpportunity(base, { title: 'Other' }, later(1)), publishOpportunity(base, later(1)), discardDraft(base)];
    for (const change of changes) expect(change?.state.version).toBe(expectedVersionAfter(base.version, change!));
  });
});
