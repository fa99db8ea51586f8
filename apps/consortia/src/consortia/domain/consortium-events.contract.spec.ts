import type { Change } from '@icn/messaging';
import { validatePayload } from '@icn/contracts';
import type { ConsortiumState } from './consortium';
import { grantConsortium, startDrafting, submitConsortium } from './consortium-lifecycle';
import { updateSection } from './consortium-workspace';
import { fivePartnerConsortium, NOW, onlyEventOf } from '../testing/consortium.fixtures';

/** What the write path publishes must satisfy the published contract, as the producers' validation does. */
function assertValidEvent(change: Change<ConsortiumState>): void {
  const event = onlyEventOf(change);
  const result = validatePayload(event.definition.payload, event.data);
  expect(result.ok ? [] : result.errors).toEqual([]);
}

describe('consortium events against their contract', () => {
  it('carries a valid snapshot at every step of a granted consortium', () => {
    const formed = fivePartnerConsortium().state;
    const drafting = startDrafting(formed, NOW);
    assertValidEvent(drafting);
    const done = drafting.state.sections.reduce((current, section) => updateSection(current, section.key, { status: 'done' }, NOW).state, drafting.state);
    const submitted = submitConsortium(done, NOW);
    assertValidEvent(submitted);
    const shares = submitted.state.members.map((member) => ({ organisationId: member.organisationId, amountEur: 90_000 }));
    assertValidEvent(grantConsortium(submitted.state, { totalEur: 450_000, shares }, NOW));
  });
});
