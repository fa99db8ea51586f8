import { DomainValidationError } from '@icn/platform';
import { startDrafting, submitConsortium } from './consortium-lifecycle';
import { addSection, setBudget, updateSection } from './consortium-workspace';
import { aConsortium, aProfile, fivePartnerConsortium, NOW, onlyEventOf, withPartners } from '../testing/consortium.fixtures';

describe('application workspace', () => {
  it('adds a custom section owned by a member; keys are unique and owners must be members', () => {
    const partner = aProfile();
    const state = withPartners(aConsortium(), [partner]);
    const change = addSection(state, { key: 'dissemination', title: 'Dissemination', ownerOrganisationId: partner.organisationId, dueDate: '2027-04-01' }, NOW);
    const { state: next } = change;
    const event = onlyEventOf(change);
    expect(next.sections.at(-1)).toEqual({ key: 'dissemination', title: 'Dissemination', ownerOrganisationId: partner.organisationId, dueDate: '2027-04-01', status: 'todo' });
    expect(event.definition.type).toBe('org.icn.consortia.consortium.section-added.v1');
    expect(() => addSection(next, { key: 'dissemination', title: 'Again', ownerOrganisationId: partner.organisationId, dueDate: '2027-04-01' }, NOW)).toThrow('already has a section dissemination');
    const stranger = () => addSection(state, { key: 'ethics', title: 'Ethics', ownerOrganisationId: 'not-a-member', dueDate: '2027-04-01' }, NOW);
    expect(stranger).toThrow(DomainValidationError);
    expect(stranger).toThrow(/ownerOrganisationId/);
  });

  it('updates only the given fields of a section', () => {
    const state = updateSection(aConsortium(), 'impact', { status: 'in-progress', dueDate: '2027-03-15' }, NOW).state;
    expect(state.sections.find((section) => section.key === 'impact')).toMatchObject({ title: 'Impact', status: 'in-progress', dueDate: '2027-03-15' });
  });

  it('replaces one member’s budget lines and leaves the others', () => {
    const partner = aProfile();
    let state = withPartners(aConsortium(), [partner]);
    const lead = state.coordinatorOrganisationId;
    state = setBudget(state, lead, [{ category: 'personnel', amountEur: 50_000 }], NOW).state;
    state = setBudget(state, partner.organisationId, [{ category: 'travel', amountEur: 5_000 }], NOW).state;
    state = setBudget(state, partner.organisationId, [{ category: 'equipment', amountEur: 7_500.5 }], NOW).state;
    expect(state.budgetLines).toEqual([
      { organisationId: lead, category: 'personnel', amountEur: 50_000 },
      { organisationId: partner.organisationId, category: 'equipment', amountEur: 7_500.5 },
    ]);
  });

  it('is frozen once submitted', () => {
    const drafting = startDrafting(fivePartnerConsortium().state, NOW).state;
    const done = drafting.sections.reduce((current, section) => updateSection(current, section.key, { status: 'done' }, NOW).state, drafting);
    const submitted = submitConsortium(done, NOW).state;
    expect(() => updateSection(submitted, 'impact', { status: 'in-progress' }, NOW)).toThrow('cannot change a section: consortium');
    expect(() => setBudget(submitted, submitted.coordinatorOrganisationId, [], NOW)).toThrow('is submitted');
  });
});
