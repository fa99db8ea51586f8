import { anOpportunitySnapshot } from '../../opportunities/testing/opportunity-snapshot.fixtures';
import { decideSuggestion } from './suggestion-policy';

describe('decideSuggestion', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  const open = anOpportunitySnapshot({ deadline: '2026-12-20T12:00:00Z' });

  it('suggests an open publication the read model has not seen yet, or sees as published', () => {
    expect(decideSuggestion(open, undefined, now)).toEqual({ suggest: true });
    expect(decideSuggestion(open, 'published', now)).toEqual({ suggest: true });
  });

  it('does not suggest an opportunity that ended since it was published', () => {
    expect(decideSuggestion(open, 'closed', now)).toEqual({ suggest: false, reason: 'the opportunity is closed by now' });
    expect(decideSuggestion(open, 'cancelled', now)).toMatchObject({ suggest: false });
  });

  it('does not suggest once the deadline has passed (a late replay)', () => {
    expect(decideSuggestion({ ...open, deadline: '2026-11-28T12:00:00Z' }, undefined, now)).toEqual({ suggest: false, reason: 'its deadline has passed' });
  });

  it('does not suggest from an event that does not carry a published opportunity', () => {
    expect(decideSuggestion({ ...open, status: 'expired' }, undefined, now)).toEqual({ suggest: false, reason: 'the event carries status expired' });
  });
});
