import { randomUUID } from 'node:crypto';
import type { EligibilityRulesV1 } from '@icn/contracts';
import type { Change, DomainEvent, Versioned } from '@icn/messaging';
import type { ConsortiumState, OrganisationProfile } from '../domain/consortium';
import { acceptInvitation, inviteOrganisation } from '../domain/consortium-formation';
import { createConsortium } from '../domain/consortium-lifecycle';

/** The change's one event (every consortium command records exactly one); fails the test otherwise. */
export function onlyEventOf(change: Change<Versioned>): DomainEvent {
  // A plain throw rather than expect(): the build compiles src/ (fixtures included) without jest's types.
  const [event, ...more] = change.events;
  if (event === undefined || more.length > 0) throw new Error(`expected the change to record exactly one event, it records ${change.events.length}`);
  return event;
}

export const NOW = new Date('2027-02-01T10:00:00.000Z');
export const DEADLINE = '2027-04-27T17:00:00.000Z';

/** An organisation as the directory describes it; override only what the test is about. */
export function aProfile(overrides: Partial<OrganisationProfile> = {}): OrganisationProfile {
  return { organisationId: randomUUID(), name: 'Nordic Heat Pumps ApS', clusterId: 'clean', country: 'DK', helixType: 'company', companySize: 'sme', ...overrides };
}

export function someRules(overrides: Partial<EligibilityRulesV1> = {}): EligibilityRulesV1 {
  return { minPartners: 3, minCountries: 3, requiredHelixTypes: ['research-institution'], minSmeSharePercent: 30, ...overrides };
}

/** A forming consortium around a manual COSME call, led by `lead`. */
export function aConsortium(lead: OrganisationProfile = aProfile(), rules: EligibilityRulesV1 = someRules()): ConsortiumState {
  return createConsortium(
    {
      consortiumId: randomUUID(),
      title: 'CLUSTER-GO',
      call: { source: 'manual', programme: 'COSME', topic: 'Cluster Go International', deadline: DEADLINE, budgetEur: 6_000_000 },
      rules,
      lead,
      createdBy: 'lead-subject',
    },
    NOW,
  ).state;
}

/** Invites and accepts each profile as a partner (or the given role). */
export function withPartners(state: ConsortiumState, profiles: OrganisationProfile[], role: 'partner' | 'associated-partner' | 'subcontractor' = 'partner'): ConsortiumState {
  let current = state;
  for (const invitee of profiles) {
    const invitationId = randomUUID();
    current = inviteOrganisation(current, { invitationId, invitee, role, invitedBy: 'lead-subject', expiryDays: 14 }, NOW).state;
    current = acceptInvitation(current, invitationId, invitee, NOW).state;
  }
  return current;
}

/** Five beneficiaries from five clusters in four countries, with a research institution and 3 SMEs. */
export function fivePartnerConsortium(): { state: ConsortiumState; profiles: OrganisationProfile[] } {
  const profiles = [
    aProfile({ name: 'CLEAN Lead', clusterId: 'clean', country: 'DK' }),
    aProfile({ name: 'TWEED SME', clusterId: 'tweed', country: 'BE' }),
    aProfile({ name: 'Nordic Edge Lab', clusterId: 'nordic-edge', country: 'NO', helixType: 'research-institution', companySize: undefined }),
    aProfile({ name: 'Delta SME', clusterId: 'clean-tech-delta', country: 'NL' }),
    aProfile({ name: 'Malmö City', clusterId: 'sbh', country: 'SE', helixType: 'public-authority', companySize: undefined }),
  ];
  const [lead, ...partners] = profiles as [OrganisationProfile, ...OrganisationProfile[]];
  return { state: withPartners(aConsortium(lead), partners), profiles };
}
