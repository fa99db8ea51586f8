import { randomBytes, randomUUID } from 'node:crypto';
import { hashApiKey } from '@icn/platform';
import { E2ePlatform } from '../support/e2e-platform';
import { clusterInput, organisationInput, type OrganisationInput } from '../support/factories';
import { expectStatus, HttpClient } from '../support/http-client';
import { clusterManagerToken, memberToken, networkAdminToken, refusedTokens } from '../support/tokens';
import { applyForPassport, createMission, DAY_MS, dayFromToday, publishFundingCall, requestIntroduction, subscribeToFundingCalls } from '../support/seed-objects';
import { seedNetworkObjects, type NetworkObjects } from '../support/seed-network';
import { uniqueClusterId } from '../support/unique-id';
import { waitFor } from '../support/wait-for';

const day = dayFromToday;

type Service = 'membership' | 'matchmaking' | 'opportunities' | 'consortia' | 'network';
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** An expected status; `null`: not attempted (the admin may, but doing it would change B's objects the other rows need). */
type Expected = number | null;

/** The principals that hold valid credentials, each asked about cluster B's objects. */
const VALID = ['network admin', 'manager of A', 'member of A', 'integrator key'] as const;
type ValidPrincipal = (typeof VALID)[number];

interface Row {
  service: Service;
  method: Method;
  path: string;
  body?: unknown;
  /** Expected status for [network admin, manager of A, member of A, integrator key]. */
  expected: [Expected, Expected, Expected, Expected];
  /** Ids that must not appear in a 2xx answer to A's principals (B's restricted items in lists and rankings). */
  hiddenFromA?: string[];
  /** No authentication (the URL holds the credential): every principal gets this status. */
  public?: number;
}

interface Fixture {
  clusterB: string;
  clusterA: string;
  clusterC: string;
  orgB1: string;
  orgB2: string;
  orgA1: string;
  orgC1: string;
  /** B1's contact: personal data, for readers of cluster B only. */
  contactEmail: string;
  restrictedOpportunity: string;
  subscription: string;
  introduction: string;
  passportApplication: string;
  mission: string;
  consortium: string;
  /** B1's submitted application to a partner's programme (admitting DK only), B's network event with B1's registration. */
  network: NetworkObjects;
}

/**
 * THE RULE, as a table: what each principal gets on each endpoint about cluster B's objects.
 *   ok = 2xx; 403 = authenticated but not allowed (the object's existence is not secret);
 *   404 = not visible at all (a restricted opportunity, B's subscription: answered like absent).
 * Organisation profiles are network-wide (directory, rankings); B's opportunity restricted to
 * cluster C is seen only by B, C, the network admin and integrators (one rule, @icn/platform
 * canViewOpportunity). Every principal without valid credentials (no token, expired, wrong issuer,
 * other secret, alg none, no exp, exp beyond the lifetime) gets 401 on every row but the public one.
 */
function matrix(f: Fixture): Row[] {
  const { clusterB, clusterC, orgB1, orgB2, orgA1, orgC1, contactEmail, restrictedOpportunity: opp, subscription: sub, introduction: intro, passportApplication: passport, mission, consortium } = f;
  const { partnerId, programmeId, applicationId, eventId, registrationId, participantName } = f.network;
  const unknownId = randomUUID();
  const year = new Date().getUTCFullYear();
  const MUT_DENIED: Row['expected'] = [null, 403, 403, 403];
  const READ_ALL: Row['expected'] = [200, 200, 200, 200];
  const organisationBody = { ...organisationInput(clusterB, 90), clusterId: clusterB, needs: [] };
  const opportunity = (overrides: object) => ({
    type: 'tender',
    title: 'Cross-tenant probe',
    description: 'Must never be written.',
    sectors: ['district-heating'],
    technologies: ['heat-pumps'],
    deadline: new Date(Date.now() + 30 * DAY_MS).toISOString(),
    ...overrides,
  });
  return [
    // membership
    { service: 'membership', method: 'GET', path: '/clusters', expected: READ_ALL },
    { service: 'membership', method: 'GET', path: `/clusters/${clusterB}`, expected: READ_ALL },
    { service: 'membership', method: 'PATCH', path: `/clusters/${clusterB}`, body: { name: 'Taken over' }, expected: MUT_DENIED },
    { service: 'membership', method: 'POST', path: '/organisations', body: organisationBody, expected: MUT_DENIED },
    // Profiles are network-wide; B1's contact (personal data) only for readers of cluster B.
    { service: 'membership', method: 'GET', path: `/organisations?clusterId=${clusterB}`, expected: READ_ALL, hiddenFromA: [contactEmail] },
    { service: 'membership', method: 'GET', path: `/organisations/${orgB1}`, expected: READ_ALL, hiddenFromA: [contactEmail] },
    { service: 'membership', method: 'PATCH', path: `/organisations/${orgB1}`, body: { name: 'Taken over' }, expected: MUT_DENIED },
    { service: 'membership', method: 'POST', path: `/organisations/${orgB1}/contacts`, body: { name: 'Mallory', email: 'mallory@example.org' }, expected: MUT_DENIED },
    { service: 'membership', method: 'DELETE', path: `/organisations/${orgB1}/contacts/${unknownId}`, expected: MUT_DENIED },
    { service: 'membership', method: 'POST', path: `/organisations/${orgB1}/suspend`, body: { reason: 'probe' }, expected: MUT_DENIED },
    { service: 'membership', method: 'POST', path: `/organisations/${orgB1}/reinstate`, body: {}, expected: MUT_DENIED },
    { service: 'membership', method: 'POST', path: `/organisations/${orgB1}/leave`, body: {}, expected: MUT_DENIED },

    // matchmaking: directory and rankings (profiles network-wide, the restricted opportunity not)
    { service: 'matchmaking', method: 'GET', path: '/directory/clusters', expected: READ_ALL },
    { service: 'matchmaking', method: 'GET', path: `/directory/clusters/${clusterB}`, expected: READ_ALL },
    { service: 'matchmaking', method: 'GET', path: `/directory/organisations?clusterId=${clusterB}`, expected: READ_ALL, hiddenFromA: [contactEmail] },
    { service: 'matchmaking', method: 'GET', path: `/directory/organisations/count?clusterId=${clusterB}`, expected: READ_ALL },
    { service: 'matchmaking', method: 'GET', path: `/directory/organisations/${orgB1}`, expected: READ_ALL, hiddenFromA: [contactEmail] },
    { service: 'matchmaking', method: 'GET', path: `/matches/opportunities/${opp}/organisations`, expected: [200, 404, 404, 200] },
    { service: 'matchmaking', method: 'GET', path: `/matches/organisations/${orgB1}/organisations`, expected: READ_ALL },
    { service: 'matchmaking', method: 'GET', path: `/matches/organisations/${orgB1}/opportunities`, expected: READ_ALL, hiddenFromA: [opp] },
    // C's organisation is ranked B's restricted opportunity; A's principals must not see it there.
    { service: 'matchmaking', method: 'GET', path: `/matches/organisations/${orgC1}/opportunities`, expected: READ_ALL, hiddenFromA: [opp] },
    { service: 'matchmaking', method: 'GET', path: `/matches/organisations/${orgA1}/opportunities`, expected: READ_ALL, hiddenFromA: [opp] },
    // B1 applied to the programme: only B's people and the secretariat may know, so A's principals' ranking leaves nobody out for it.
    { service: 'matchmaking', method: 'GET', path: `/matches/programmes/${programmeId}/organisations`, expected: READ_ALL, hiddenFromA: ['"applicantsLeftOut":1'] },
    // introductions between B's organisations
    {
      service: 'matchmaking', method: 'POST', path: '/introductions',
      body: { requesterOrganisationId: orgB1, targetOrganisationId: orgA1, purpose: 'partnership', message: 'Forged by A' }, expected: MUT_DENIED,
    },
    { service: 'matchmaking', method: 'GET', path: '/introductions', expected: [200, 200, 200, 403], hiddenFromA: [intro] },
    { service: 'matchmaking', method: 'GET', path: `/introductions/${intro}`, expected: [200, 403, 403, 403] },
    { service: 'matchmaking', method: 'POST', path: `/introductions/${intro}/accept`, body: {}, expected: MUT_DENIED },
    { service: 'matchmaking', method: 'POST', path: `/introductions/${intro}/decline`, body: {}, expected: MUT_DENIED },
    { service: 'matchmaking', method: 'POST', path: `/introductions/${intro}/withdraw`, body: {}, expected: MUT_DENIED },
    { service: 'matchmaking', method: 'POST', path: `/introductions/${intro}/outcome`, body: { outcome: 'joint-proposal' }, expected: MUT_DENIED },
    // B's Passport application to host cluster C
    {
      service: 'matchmaking', method: 'POST', path: '/passport/applications',
      body: { organisationId: orgB1, hostClusterId: clusterC, targetCountry: 'BE', purpose: 'Forged by A', from: day(40), to: day(41), services: ['desk-hosting'] },
      expected: MUT_DENIED,
    },
    { service: 'matchmaking', method: 'GET', path: '/passport/applications', expected: READ_ALL, hiddenFromA: [passport] },
    { service: 'matchmaking', method: 'GET', path: `/passport/applications/${passport}`, expected: [200, 403, 403, 200] },
    { service: 'matchmaking', method: 'POST', path: `/passport/applications/${passport}/accept`, body: {}, expected: MUT_DENIED },
    { service: 'matchmaking', method: 'POST', path: `/passport/applications/${passport}/decline`, body: { reason: 'probe' }, expected: MUT_DENIED },
    { service: 'matchmaking', method: 'POST', path: `/passport/applications/${passport}/schedule`, body: {}, expected: MUT_DENIED },
    { service: 'matchmaking', method: 'POST', path: `/passport/applications/${passport}/complete`, body: { meetingsHeld: 1, leads: [] }, expected: MUT_DENIED },
    { service: 'matchmaking', method: 'POST', path: `/passport/applications/${passport}/cancel`, body: {}, expected: MUT_DENIED },
    { service: 'matchmaking', method: 'GET', path: `/passport/hosts/${clusterC}/capacity`, expected: READ_ALL },
    { service: 'matchmaking', method: 'PUT', path: `/passport/hosts/${clusterC}/capacity`, body: { desksPerDay: 9 }, expected: MUT_DENIED },
    { service: 'matchmaking', method: 'GET', path: `/passport/statistics?year=${year}`, expected: READ_ALL },
    // B's mission, hosted by C
    { service: 'matchmaking', method: 'GET', path: '/missions', expected: READ_ALL },
    { service: 'matchmaking', method: 'GET', path: `/missions/${mission}`, expected: READ_ALL },
    { service: 'matchmaking', method: 'POST', path: `/missions/${mission}/call/open`, body: {}, expected: MUT_DENIED },
    { service: 'matchmaking', method: 'POST', path: `/missions/${mission}/call/close`, body: {}, expected: MUT_DENIED },
    { service: 'matchmaking', method: 'POST', path: `/missions/${mission}/selection`, body: { selected: [], reserve: [], rejected: [] }, expected: MUT_DENIED },
    { service: 'matchmaking', method: 'POST', path: `/missions/${mission}/selection/publish`, body: {}, expected: MUT_DENIED },
    { service: 'matchmaking', method: 'POST', path: `/missions/${mission}/cancel`, body: {}, expected: MUT_DENIED },
    { service: 'matchmaking', method: 'POST', path: `/missions/${mission}/complete`, body: {}, expected: MUT_DENIED },
    {
      service: 'matchmaking', method: 'POST', path: `/missions/${mission}/applications`,
      body: { organisationId: orgB1, motivation: 'Forged by A', travellers: ['Mallory'] }, expected: MUT_DENIED,
    },
    { service: 'matchmaking', method: 'POST', path: `/missions/${mission}/applications/${unknownId}/withdraw`, body: {}, expected: [null, 404, 404, 403] },
    {
      service: 'matchmaking', method: 'POST', path: `/missions/${mission}/local-project-owners`,
      body: { name: 'Probe', projectDescription: 'Forged by A', needs: ['x'], contactPerson: { name: 'Mallory', email: 'mallory@example.org' } }, expected: MUT_DENIED,
    },
    { service: 'matchmaking', method: 'DELETE', path: `/missions/${mission}/local-project-owners/${unknownId}`, expected: MUT_DENIED },
    { service: 'matchmaking', method: 'PUT', path: `/missions/${mission}/agenda`, body: { slotMinutes: 30, tables: 1, days: [{ date: day(60), startTimes: ['09:00'] }] }, expected: MUT_DENIED },
    // The agenda and meetings are the mission's participants' (B organises, C hosts; none set yet: the admin's 404).
    { service: 'matchmaking', method: 'GET', path: `/missions/${mission}/agenda`, expected: [404, 403, 403, 403] },
    { service: 'matchmaking', method: 'POST', path: `/missions/${mission}/meetings`, body: { delegateOrganisationId: orgB1, ownerId: unknownId, message: 'Forged by A' }, expected: MUT_DENIED },
    { service: 'matchmaking', method: 'GET', path: `/missions/${mission}/meetings`, expected: [200, 403, 403, 403] },
    { service: 'matchmaking', method: 'GET', path: `/missions/${mission}/meetings/${unknownId}`, expected: [404, 404, 404, 404] },
    { service: 'matchmaking', method: 'POST', path: `/missions/${mission}/meetings/${unknownId}/accept`, body: {}, expected: [null, 404, 404, 403] },
    { service: 'matchmaking', method: 'POST', path: `/missions/${mission}/meetings/${unknownId}/decline`, body: {}, expected: [null, 404, 404, 403] },
    { service: 'matchmaking', method: 'POST', path: `/missions/${mission}/meetings/${unknownId}/cancel`, body: {}, expected: [null, 404, 404, 403] },
    { service: 'matchmaking', method: 'GET', path: `/missions/${mission}/agenda/delegates/${orgB1}.ics`, expected: [404, 404, 404, 404] },
    { service: 'matchmaking', method: 'GET', path: `/missions/${mission}/agenda/owners/${unknownId}.ics`, expected: [404, 404, 404, 404] },

    // opportunities: B's opportunity restricted to cluster C, B's subscription
    { service: 'opportunities', method: 'POST', path: '/opportunities', body: opportunity({ originClusterId: clusterB }), expected: MUT_DENIED },
    { service: 'opportunities', method: 'GET', path: '/opportunities', expected: READ_ALL, hiddenFromA: [opp] },
    { service: 'opportunities', method: 'GET', path: `/opportunities?originClusterId=${clusterB}`, expected: READ_ALL, hiddenFromA: [opp] },
    { service: 'opportunities', method: 'GET', path: `/opportunities/${opp}`, expected: [200, 404, 404, 200] },
    { service: 'opportunities', method: 'PATCH', path: `/opportunities/${opp}`, body: { title: 'Taken over' }, expected: [null, 404, 404, 403] },
    { service: 'opportunities', method: 'DELETE', path: `/opportunities/${opp}`, expected: [null, 404, 404, 403] },
    { service: 'opportunities', method: 'POST', path: `/opportunities/${opp}/publish`, body: {}, expected: [null, 404, 404, 403] },
    { service: 'opportunities', method: 'POST', path: `/opportunities/${opp}/extend-deadline`, body: { deadline: new Date(Date.now() + 90 * DAY_MS).toISOString() }, expected: [null, 404, 404, 403] },
    { service: 'opportunities', method: 'POST', path: `/opportunities/${opp}/close`, body: {}, expected: [null, 404, 404, 403] },
    { service: 'opportunities', method: 'POST', path: `/opportunities/${opp}/cancel`, body: {}, expected: [null, 404, 404, 403] },
    { service: 'opportunities', method: 'POST', path: '/subscriptions', body: { name: 'Forged by A', subscriber: { kind: 'cluster', clusterId: clusterB } }, expected: MUT_DENIED },
    { service: 'opportunities', method: 'GET', path: '/subscriptions', expected: [200, 200, 200, 403], hiddenFromA: [sub] },
    { service: 'opportunities', method: 'GET', path: `/subscriptions/${sub}`, expected: [200, 403, 403, 403] },
    { service: 'opportunities', method: 'PATCH', path: `/subscriptions/${sub}`, body: { name: 'Taken over' }, expected: [null, 403, 403, 403] },
    { service: 'opportunities', method: 'DELETE', path: `/subscriptions/${sub}`, expected: [null, 403, 403, 403] },
    { service: 'opportunities', method: 'GET', path: `/subscriptions/${sub}/stream`, expected: [200, 403, 403, 403] },
    { service: 'opportunities', method: 'GET', path: `/subscriptions/${sub}/webhook/deliveries`, expected: [200, 403, 403, 403] },
    { service: 'opportunities', method: 'GET', path: `/subscriptions/${sub}/webhook/deliveries/${unknownId}`, expected: [404, 403, 403, 403] },
    { service: 'opportunities', method: 'POST', path: `/subscriptions/${sub}/webhook/deliveries/${unknownId}/redeliver`, body: {}, expected: [null, 403, 403, 403] },
    { service: 'opportunities', method: 'POST', path: `/subscriptions/${sub}/webhook/enable`, body: {}, expected: [null, 403, 403, 403] },
    { service: 'opportunities', method: 'POST', path: `/subscriptions/${sub}/webhook/rotate-secret`, body: {}, expected: [null, 403, 403, 403] },
    { service: 'opportunities', method: 'GET', path: `/subscriptions/${sub}/calendar.ics?token=${'x'.repeat(43)}`, expected: [404, 404, 404, 404], public: 404 },
    { service: 'opportunities', method: 'GET', path: `/subscriptions/${sub}/mail/deliveries`, expected: [200, 403, 403, 403] },
    // Unsubscribe links are the credential: a forged one is refused for everyone (400 naming signature).
    { service: 'opportunities', method: 'GET', path: `/mail/unsubscribe?subscription=${sub}&recipient=${unknownId}&signature=${'x'.repeat(43)}`, expected: [400, 400, 400, 400], public: 400 },
    { service: 'opportunities', method: 'POST', path: `/mail/unsubscribe?subscription=${sub}&recipient=${unknownId}&signature=${'x'.repeat(43)}`, body: {}, expected: [400, 400, 400, 400], public: 400 },
    // The public Atom feeds need no credentials (any are ignored) and never hold B's restricted call.
    { service: 'opportunities', method: 'GET', path: '/feeds/opportunities', expected: [200, 200, 200, 200], public: 200, hiddenFromA: [opp] },
    { service: 'opportunities', method: 'GET', path: `/feeds/clusters/${clusterB}/opportunities`, expected: [200, 200, 200, 200], public: 200, hiddenFromA: [opp] },

    // consortia: the restricted call is B's funding call; B's consortium on it
    { service: 'consortia', method: 'GET', path: '/funding-calls', expected: READ_ALL, hiddenFromA: [opp] },
    { service: 'consortia', method: 'GET', path: `/funding-calls/${opp}`, expected: [200, 404, 404, 200] },
    {
      service: 'consortia', method: 'POST', path: '/consortia',
      body: { title: 'Forged by A', leadOrganisationId: orgA1, opportunityId: opp, programme: 'COSME', rules: { minPartners: 2, minCountries: 1, requiredHelixTypes: [], minSmeSharePercent: 0 } },
      expected: [null, 404, 404, 403],
    },
    { service: 'consortia', method: 'GET', path: '/consortia', expected: [200, 200, 200, 403], hiddenFromA: [consortium] },
    { service: 'consortia', method: 'GET', path: `/consortia/${consortium}`, expected: [200, 403, 403, 403] },
    { service: 'consortia', method: 'GET', path: `/consortia/${consortium}/eligibility`, expected: [200, 403, 403, 403] },
    { service: 'consortia', method: 'POST', path: `/consortia/${consortium}/start-drafting`, body: {}, expected: MUT_DENIED },
    { service: 'consortia', method: 'POST', path: `/consortia/${consortium}/submit`, body: {}, expected: MUT_DENIED },
    { service: 'consortia', method: 'POST', path: `/consortia/${consortium}/grant`, body: { totalEur: 1000, shares: [{ organisationId: orgB1, amountEur: 1000 }] }, expected: MUT_DENIED },
    { service: 'consortia', method: 'POST', path: `/consortia/${consortium}/reserve-list`, body: {}, expected: MUT_DENIED },
    { service: 'consortia', method: 'POST', path: `/consortia/${consortium}/reject`, body: { feedback: 'probe' }, expected: MUT_DENIED },
    { service: 'consortia', method: 'POST', path: `/consortia/${consortium}/withdraw`, body: {}, expected: MUT_DENIED },
    { service: 'consortia', method: 'POST', path: `/consortia/${consortium}/invitations`, body: { organisationId: orgA1, role: 'partner' }, expected: MUT_DENIED },
    { service: 'consortia', method: 'POST', path: `/consortia/${consortium}/invitations/${unknownId}/accept`, body: {}, expected: [null, 404, 404, 403] },
    { service: 'consortia', method: 'POST', path: `/consortia/${consortium}/invitations/${unknownId}/decline`, body: {}, expected: [null, 404, 404, 403] },
    { service: 'consortia', method: 'POST', path: `/consortia/${consortium}/leave`, body: { organisationId: orgB1 }, expected: MUT_DENIED },
    { service: 'consortia', method: 'POST', path: `/consortia/${consortium}/members/${orgB2}/remove`, body: {}, expected: MUT_DENIED },
    {
      service: 'consortia', method: 'POST', path: `/consortia/${consortium}/sections`,
      body: { key: 'probe', title: 'Probe', ownerOrganisationId: orgB1, dueDate: day(20) }, expected: MUT_DENIED,
    },
    { service: 'consortia', method: 'PATCH', path: `/consortia/${consortium}/sections/probe`, body: { title: 'Taken over' }, expected: [null, 404, 404, 403] },
    { service: 'consortia', method: 'PUT', path: `/consortia/${consortium}/budget/${orgB1}`, body: { lines: [{ category: 'travel', amountEur: 1 }] }, expected: MUT_DENIED },
    { service: 'consortia', method: 'POST', path: `/consortia/${consortium}/partner-searches`, body: { keywords: ['probe'] }, expected: MUT_DENIED },
    { service: 'consortia', method: 'GET', path: `/consortia/${consortium}/partner-searches`, expected: [200, 403, 403, 403] },
    { service: 'consortia', method: 'GET', path: `/consortia/${consortium}/partner-searches/${unknownId}`, expected: [404, 403, 403, 403] },
    { service: 'consortia', method: 'GET', path: `/consortia/${consortium}/partner-searches/${unknownId}/proposal`, expected: [404, 403, 403, 403] },
    { service: 'consortia', method: 'GET', path: `/consortia/outcomes?year=${year}`, expected: [200, 200, 200, 403], hiddenFromA: [consortium] },
    { service: 'consortia', method: 'GET', path: `/consortia/statistics?year=${year}`, expected: READ_ALL },

    // network: partners and programmes are the network's (everyone reads, the secretariat writes)
    { service: 'network', method: 'POST', path: '/partners', body: { name: 'Forged by A' }, expected: MUT_DENIED },
    { service: 'network', method: 'GET', path: '/partners', expected: READ_ALL },
    { service: 'network', method: 'GET', path: `/partners/${partnerId}`, expected: READ_ALL },
    { service: 'network', method: 'PUT', path: `/partners/${partnerId}`, body: { name: 'Taken over' }, expected: MUT_DENIED },
    { service: 'network', method: 'GET', path: '/programmes', expected: READ_ALL },
    { service: 'network', method: 'GET', path: `/programmes/${programmeId}`, expected: READ_ALL },
    { service: 'network', method: 'POST', path: '/programmes', body: networkProgramme(partnerId), expected: MUT_DENIED },
    { service: 'network', method: 'PUT', path: `/programmes/${programmeId}`, body: networkProgramme(undefined), expected: MUT_DENIED },
    // B1's submitted application: its organisation's, B's manager's and the secretariat's only. A
    // member drafts for its own organisation only (A1 is in NL, the programme admits DK: a 409 naming
    // the reason, so the row changes nothing); the other roles may not draft (403).
    { service: 'network', method: 'POST', path: '/applications', body: { programmeId }, expected: [403, 403, 409, 403] },
    { service: 'network', method: 'GET', path: '/applications', expected: [200, 200, 200, 403], hiddenFromA: [applicationId] },
    { service: 'network', method: 'GET', path: `/applications?programmeId=${programmeId}&status=submitted`, expected: [200, 200, 200, 403], hiddenFromA: [applicationId] },
    { service: 'network', method: 'GET', path: `/applications/${applicationId}`, expected: [200, 403, 403, 403] },
    // The applicant's steps are members' (the admin's 403 is its role), the endorsement B's manager's.
    { service: 'network', method: 'PUT', path: `/applications/${applicationId}/answers`, body: { answers: [{ requirementKey: 'solution-summary', text: 'Forged by A' }] }, expected: [403, 403, 403, 403] },
    { service: 'network', method: 'POST', path: `/applications/${applicationId}/submit`, body: {}, expected: [403, 403, 403, 403] },
    { service: 'network', method: 'POST', path: `/applications/${applicationId}/withdraw`, body: {}, expected: [403, 403, 403, 403] },
    { service: 'network', method: 'POST', path: `/applications/${applicationId}/return`, body: { comment: 'Forged by A' }, expected: [403, 403, 403, 403] },
    { service: 'network', method: 'POST', path: `/applications/${applicationId}/endorse`, body: {}, expected: [403, 403, 403, 403] },
    { service: 'network', method: 'POST', path: `/applications/${applicationId}/forward`, body: {}, expected: MUT_DENIED },
    { service: 'network', method: 'POST', path: `/applications/${applicationId}/outcome`, body: { outcome: 'accepted' }, expected: MUT_DENIED },
    // B's network event: network-wide, but B1's registration (a person's name) only for B's readers.
    { service: 'network', method: 'POST', path: '/network-events', body: networkEvent(clusterB), expected: MUT_DENIED },
    { service: 'network', method: 'GET', path: '/network-events', expected: READ_ALL, hiddenFromA: [registrationId, participantName] },
    { service: 'network', method: 'GET', path: `/network-events/${eventId}`, expected: READ_ALL, hiddenFromA: [registrationId, participantName] },
    { service: 'network', method: 'POST', path: `/network-events/${eventId}/registrations`, body: { organisationId: orgB1, participantName: 'Mallory' }, expected: MUT_DENIED },
    { service: 'network', method: 'DELETE', path: `/network-events/${eventId}/registrations/${registrationId}`, expected: MUT_DENIED },
    { service: 'network', method: 'GET', path: `/network-events/${eventId}/registrations/${registrationId}/calendar.ics`, expected: [200, 403, 403, 403] },
    { service: 'network', method: 'POST', path: `/network-events/${eventId}/attendance`, body: { attended: [registrationId] }, expected: MUT_DENIED },
    { service: 'network', method: 'POST', path: `/network-events/${eventId}/cancellation`, body: { reason: 'Forged by A' }, expected: MUT_DENIED },
    // The year's report: the network's totals for everyone, B's column only for the secretariat and integrators.
    { service: 'network', method: 'GET', path: `/annual-reports/${year}`, expected: READ_ALL, hiddenFromA: [clusterB] },
    { service: 'network', method: 'GET', path: `/annual-reports/${year}/report.html`, expected: READ_ALL, hiddenFromA: [clusterB] },
  ];
}

/** A valid programme definition (with `partnerId` for a registration). */
function networkProgramme(partnerId: string | undefined): object {
  return {
    ...(partnerId !== undefined && { partnerId }),
    title: 'Forged by A',
    eligibility: { sectors: [], helixTypes: [], countries: [] },
    callWindow: { opensAt: new Date(Date.now() + DAY_MS).toISOString(), closesAt: new Date(Date.now() + 30 * DAY_MS).toISOString() },
    requirements: [],
  };
}

/** A valid network event hosted by `hostClusterId`. */
function networkEvent(hostClusterId: string): object {
  return {
    kind: 'workshop',
    title: 'Forged by A',
    description: '',
    hostClusterId,
    place: { venue: 'Nowhere', city: 'Amsterdam', country: 'NL' },
    from: day(40),
    to: day(40),
    timeZone: 'Europe/Amsterdam',
    capacity: 5,
  };
}

interface Attempt {
  principal: string;
  row: Row;
  expected: number;
  status: number;
  leaked?: string;
}

/**
 * The cross-tenant matrix: every endpoint of the five services, on cluster B's objects, as each
 * principal — the network admin, the manager and a member of cluster A, an integrator key, and every
 * kind of credential the services must refuse — against the expected status of the table above.
 * Lists and rankings must not contain B's restricted items. Prints attempts and wrongly allowed.
 */
describe('cross-tenant matrix: every principal × every endpoint on cluster B’s objects', () => {
  const integratorKey = randomBytes(24).toString('hex');
  let platform: E2ePlatform;

  beforeAll(async () => {
    platform = await E2ePlatform.start('cross-tenant', {
      opportunities: true,
      consortia: true,
      network: true,
      serviceEnv: { INTEGRATOR_API_KEYS: `matrix-integrator:${hashApiKey(integratorKey)}` },
    });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('answers each principal exactly what the rule says, and never lets one in where it must not', async () => {
    const fixture = await seed(platform);
    const secret = platform.jwtSecret;
    const valid: Record<ValidPrincipal, Record<string, string>> = {
      'network admin': { authorization: `Bearer ${networkAdminToken(secret)}` },
      'manager of A': { authorization: `Bearer ${clusterManagerToken(secret, fixture.clusterA)}` },
      'member of A': { authorization: `Bearer ${memberToken(secret, fixture.clusterA, fixture.orgA1)}` },
      'integrator key': { 'x-api-key': integratorKey },
    };
    const refused: Record<string, Record<string, string>> = { 'no credentials': {} };
    for (const [name, token] of Object.entries(refusedTokens(secret))) refused[name] = { authorization: `Bearer ${token}` };
    const baseUrls: Record<Service, string> = {
      membership: platform.membership.baseUrl,
      matchmaking: platform.matchmaking.baseUrl,
      opportunities: platform.requireOpportunitiesUrl(),
      consortia: platform.requireConsortiaUrl(),
      network: platform.requireNetworkUrl(),
    };

    const rows = matrix(fixture);
    const attempts: Attempt[] = [];
    let notAttempted = 0;
    for (const row of rows) {
      for (const [index, principal] of VALID.entries()) {
        const expected = row.expected[index] ?? null;
        if (expected === null) {
          notAttempted += 1;
          continue;
        }
        const answer = await send(baseUrls[row.service], row, valid[principal]);
        const ofA = principal === 'manager of A' || principal === 'member of A';
        const leaked = ofA && isSuccess(answer.status) ? row.hiddenFromA?.find((id) => answer.text.includes(id)) : undefined;
        attempts.push({ principal, row, expected, status: answer.status, ...(leaked !== undefined && { leaked }) });
      }
    }

    // Refused credentials last: they carry the admin's claims, so a wrongly admitted one would act on
    // B's objects and could hide a leak to A's principals behind it.
    for (const row of rows) {
      for (const [principal, headers] of Object.entries(refused)) {
        const expected = row.public ?? 401;
        const status = await send(baseUrls[row.service], row, headers);
        attempts.push({ principal, row, expected, status: status.status });
      }
    }
    const wronglyAllowed = attempts.filter((a) => (isSuccess(a.status) && !isSuccess(a.expected)) || a.leaked !== undefined);
    const mismatched = attempts.filter((a) => a.status !== a.expected || a.leaked !== undefined);
    const describe = (a: Attempt): string =>
      `${a.principal}: ${a.row.method} ${a.row.service}${a.row.path} → ${a.status}${a.leaked ? ` listing ${a.leaked}` : ''} (expected ${a.expected})`;
    console.log(
      `cross-tenant matrix: ${rows.length} endpoints × ${VALID.length + Object.keys(refused).length} principals, ` +
        `attempts ${attempts.length} (not attempted: ${notAttempted} admin writes), wrongly allowed ${wronglyAllowed.length}, ` +
        `other mismatches ${mismatched.length - wronglyAllowed.length}`,
    );
    if (mismatched.length > 0) console.error(mismatched.map(describe).join('\n'));

    expect(wronglyAllowed.map(describe)).toEqual([]);
    expect(mismatched.map(describe)).toEqual([]);
    // The table is not vacuous: the admin really reads B's restricted things, A's principals do not.
    expect(attempts.filter((a) => a.principal === 'network admin' && isSuccess(a.status)).length).toBeGreaterThan(20);
    platform.markPassed();
  }, 300_000);
});

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

/** One request; an event stream is judged by its status alone (its body never ends). */
async function send(baseUrl: string, row: Row, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const response = await fetch(`${baseUrl}${row.path}`, {
    method: row.method,
    headers: { accept: 'application/json', ...headers, ...(row.body !== undefined && { 'content-type': 'application/json' }) },
    body: row.body === undefined ? undefined : JSON.stringify(row.body),
    signal: AbortSignal.timeout(15_000),
  });
  if ((response.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
    await response.body?.cancel();
    return { status: response.status, text: '' };
  }
  return { status: response.status, text: await response.text() };
}

/**
 * Clusters A (the prober), B (the owner: the scenario's own cluster) and C (the restricted
 * opportunity's target and B's host), organisations in each, and one object of every kind owned by
 * B, awaited in every read model that serves it.
 */
async function seed(platform: E2ePlatform): Promise<Fixture> {
  const clusterB = platform.clusterId;
  const clusterA = uniqueClusterId();
  const clusterC = uniqueClusterId();
  await platform.api.registerCluster(clusterInput(clusterA, { name: 'Prober cluster A', country: 'NL' }));
  await platform.api.registerCluster(clusterInput(clusterC, { name: 'Host cluster C', country: 'BE', city: 'Liège' }));
  const join = async (clusterId: string, n: number, overrides: Partial<OrganisationInput>): Promise<string> => {
    const input = organisationInput(clusterId, n, { sectors: ['district-heating', 'energy-efficiency'], technologies: ['heat-pumps'], needs: [], ...overrides });
    if (input.helixType !== 'company') delete input.companySize;
    return expectStatus(await platform.membershipAs(clusterId).joinOrganisation(input), 201, `POST /organisations ${clusterId} #${n}`).organisationId;
  };
  const orgB1 = await join(clusterB, 1, { helixType: 'company', companySize: 'sme', country: 'DK' });
  const orgB2 = await join(clusterB, 2, { helixType: 'research-institution', country: 'DK' });
  const orgA1 = await join(clusterA, 3, { helixType: 'company', companySize: 'sme', country: 'NL' });
  const orgC1 = await join(clusterC, 4, { helixType: 'company', companySize: 'sme', country: 'BE' });

  const contactEmail = `contact-${randomBytes(6).toString('hex')}@b1.example.org`;
  const membershipAsManagerB = new HttpClient(() => platform.membership.baseUrl, clusterManagerToken(platform.jwtSecret, clusterB));
  expectStatus(await membershipAsManagerB.post(`/organisations/${orgB1}/contacts`, { name: 'Bente Contact', email: contactEmail }), 201, 'POST contacts of B1');

  const secret = platform.jwtSecret;
  const matchmakingAs = (token: string): HttpClient => new HttpClient(() => platform.matchmaking.baseUrl, token);
  const opportunitiesAs = (token: string): HttpClient => new HttpClient(() => platform.requireOpportunitiesUrl(), token);
  const admin = networkAdminToken(secret);
  const managerB = clusterManagerToken(secret, clusterB);
  const memberB1 = memberToken(secret, clusterB, orgB1);

  await waitFor(
    async () =>
      (await platform.directory.hasCluster(clusterC)) &&
      (await Promise.all([orgB1, orgB2, orgA1, orgC1].map(async (id) => (await platform.directory.getOrganisation(id)).status === 200))).every(Boolean) &&
      JSON.stringify((await matchmakingAs(admin).get(`/directory/organisations/${orgB1}`)).body).includes(contactEmail) &&
      (await opportunitiesAs(admin).get(`/subscriptions?limit=1`)).status === 200,
    { timeoutMs: 90_000, description: 'the clusters and organisations in matchmaking’s directory' },
  );
  const restrictedOpportunity = await publishFundingCall(opportunitiesAs(managerB), {
    title: 'Restricted call: district heating for cluster C only',
    description: 'Only clusters B and C may know of it.',
    sectors: ['district-heating', 'energy-efficiency'],
    visibility: 'target-clusters',
    targetClusterIds: [clusterC],
  });
  await waitFor(
    async () =>
      (await matchmakingAs(admin).get(`/matches/opportunities/${restrictedOpportunity}/organisations`)).status === 200 &&
      (await platform.consortiaAs(memberB1).get(`/funding-calls/${restrictedOpportunity}`)).status === 200,
    { timeoutMs: 90_000, description: 'the restricted call in matchmaking’s and consortia’s read models' },
  );
  // Ranked for C's organisation, so the rows on rankings prove that A's principals do not see it there.
  const forC = await matchmakingAs(admin).get<{ items: { opportunityId: string }[] }>(`/matches/organisations/${orgC1}/opportunities`);
  expect(forC.body.items.map((item) => item.opportunityId)).toContain(restrictedOpportunity);

  const subscription = await subscribeToFundingCalls(opportunitiesAs(managerB), 'B only');
  const introduction = await requestIntroduction(matchmakingAs(memberB1), orgB1, orgB2);
  const passportApplication = await applyForPassport(matchmakingAs(memberB1), orgB1, clusterC);
  const mission = await createMission(matchmakingAs(managerB), clusterC, 'B’s mission to Liège', 'Organised by cluster B, hosted by cluster C.');
  await waitFor(async () => (await platform.consortiaAs(admin).get(`/funding-calls/${restrictedOpportunity}`)).status === 200, {
    timeoutMs: 30_000,
    description: 'the restricted call in consortia',
  });
  const consortium = await waitFor(
    async () => {
      const response = await platform.consortiaAs(memberB1).post<{ consortiumId: string }>('/consortia', {
        title: 'B’s consortium on the restricted call',
        leadOrganisationId: orgB1,
        opportunityId: restrictedOpportunity,
        programme: 'COSME',
        rules: { minPartners: 2, minCountries: 1, requiredHelixTypes: [], minSmeSharePercent: 0 },
      });
      // Consortia may not have B1 in its directory yet (404 naming the organisation): try again.
      return response.status === 201 ? response.body.consortiumId : undefined;
    },
    { timeoutMs: 60_000, description: 'POST /consortia by B’s lead' },
  );
  // Partners see the call: B may invite C's organisation (a target) but not A's, nor may A's lead one.
  const invite = (organisationId: string) =>
    platform.consortiaAs(memberB1).post(`/consortia/${consortium}/invitations`, { organisationId, role: 'partner' });
  expect((await invite(orgA1)).status).toBe(409);
  await waitFor(async () => ((await invite(orgC1)).status === 201 ? true : undefined), { timeoutMs: 30_000, description: 'C’s organisation invited' });
  const leadOfA = await platform.consortiaAs(admin).post('/consortia', {
    title: 'A-led consortium on B’s restricted call',
    leadOrganisationId: orgA1,
    opportunityId: restrictedOpportunity,
    programme: 'COSME',
    rules: { minPartners: 2, minCountries: 1, requiredHelixTypes: [], minSmeSharePercent: 0 },
  });
  expect(leadOfA.status).toBe(409);
  const network = await seedNetworkObjects({
    admin: platform.networkAs(admin),
    hostManager: platform.networkAs(managerB),
    applicant: platform.networkAs(memberB1),
    hostClusterId: clusterB,
    organisationId: orgB1,
    eligibleCountries: ['DK'],
  });
  // A1 (NL) must be in network's directory, so that A's member's draft is refused for its country, not its absence.
  await waitFor(async () => (await platform.networkAs(memberToken(secret, clusterA, orgA1)).post('/applications', { programmeId: network.programmeId })).status === 409, {
    timeoutMs: 60_000,
    description: 'A1 in network’s directory',
  });
  // The programme and B1's application in matchmaking's programme read model (the secretariat's ranking leaves B1 out).
  await waitFor(
    async () => {
      const response = await matchmakingAs(admin).get<{ applicantsLeftOut?: number }>(`/matches/programmes/${network.programmeId}/organisations`);
      return response.status === 200 && response.body.applicantsLeftOut === 1;
    },
    { timeoutMs: 60_000, description: 'the programme and B1’s application in matchmaking' },
  );
  return { clusterB, clusterA, clusterC, orgB1, orgB2, orgA1, orgC1, contactEmail, restrictedOpportunity, subscription, introduction, passportApplication, mission, consortium, network };
}
