import { expectStatus, type HttpClient } from './http-client';

/**
 * One object of each kind, created over the services' own APIs, for scenarios that need an object
 * to point at (the cross-tenant matrix, the fuzz run) rather than a story about it. Each body is
 * written once here; a caller names only what its scenario is about.
 */

export const DAY_MS = 86_400_000;

/** A calendar date `days` from today (UTC), as the mission and Passport APIs take them. */
export const dayFromToday = (days: number): string => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

export interface FundingCallInput {
  title: string;
  description: string;
  sectors?: string[];
  visibility?: 'network' | 'target-clusters';
  targetClusterIds?: string[];
}

/** Publishes a district-heating funding call of 1,000,000 EUR closing in 60 days; answers its id. */
export async function publishFundingCall(opportunities: HttpClient, input: FundingCallInput): Promise<string> {
  const response = await opportunities.post<{ opportunityId: string }>('/opportunities', {
    type: 'funding-call',
    sectors: ['district-heating'],
    technologies: ['heat-pumps'],
    value: { amount: 1_000_000, currency: 'EUR' },
    deadline: new Date(Date.now() + 60 * DAY_MS).toISOString(),
    publish: true,
    ...input,
  });
  return expectStatus(response, 201, `POST /opportunities (${input.title})`).opportunityId;
}

/** A research-cooperation introduction requested by `requester`'s member; answers its id. */
export async function requestIntroduction(matchmaking: HttpClient, requesterOrganisationId: string, targetOrganisationId: string): Promise<string> {
  const response = await matchmaking.post<{ introductionId: string }>('/introductions', {
    requesterOrganisationId,
    targetOrganisationId,
    purpose: 'research-cooperation',
    message: 'Heat pump research together?',
  });
  return expectStatus(response, 201, 'POST /introductions').introductionId;
}

/** A three-day Passport stay in Belgium, 30 days from now, with desk hosting; answers its id. */
export async function applyForPassport(matchmaking: HttpClient, organisationId: string, hostClusterId: string): Promise<string> {
  const response = await matchmaking.post<{ applicationId: string }>('/passport/applications', {
    organisationId,
    hostClusterId,
    targetCountry: 'BE',
    purpose: 'Meet Walloon district heating operators',
    from: dayFromToday(30),
    to: dayFromToday(32),
    services: ['desk-hosting'],
  });
  return expectStatus(response, 201, 'POST /passport/applications').applicationId;
}

/** A mission of two delegates to Liège in 60 days, call cut-off in 30; answers its id. */
export async function createMission(matchmaking: HttpClient, hostClusterId: string, title: string, description: string): Promise<string> {
  const response = await matchmaking.post<{ missionId: string }>('/missions', {
    title,
    theme: 'District heating',
    description,
    hostClusterId,
    destination: { city: 'Liège', country: 'BE' },
    from: dayFromToday(60),
    to: dayFromToday(62),
    timeZone: 'Europe/Brussels',
    capacity: 2,
    callCutOff: dayFromToday(30),
  });
  return expectStatus(response, 201, 'POST /missions').missionId;
}

/** A subscription to funding calls; answers its id. */
export async function subscribeToFundingCalls(opportunities: HttpClient, name: string): Promise<string> {
  const response = await opportunities.post<{ subscriptionId: string }>('/subscriptions', { name, filters: { types: ['funding-call'] } });
  return expectStatus(response, 201, 'POST /subscriptions').subscriptionId;
}
