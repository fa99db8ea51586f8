import { COMMITS_COLLECTION } from '@icn/messaging';
import { DATABASE_CONNECTION, mintToken, type Role } from '@icn/platform';

import { deeplyNestedJson, expectNoServerErrorFromAnyInput, expectRefusedWritingNothing, fetchOpenApiDocument, networkAdminToken, sendRaw, undocumentedSuccessBodies, untypedSchemaProperties } from '@icn/testing';
import type { Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { startNetworkTestApp, type NetworkTestApp } from './testing/network-test-app';

/** The roles that sign in with a token (integrators use API keys). */
type TokenRole = Exclude<Role, 'integrator'>;

// Bad input is a 400 naming the field, before anything is stored or emitted (events are committed
// with their aggregate's change, so unchanged collections and no commit mean no event either); no
// input is ever a 5xx.
describe('network refuses malformed input at the HTTP edge (real app, Kafka and FerretDB)', () => {
  let app: NetworkTestApp;
  let db: Connection;
  const tokens = new Map<string, string>();
  const written = ['partners', 'programmes', 'applications', 'network_events', COMMITS_COLLECTION];
  const organisationId = randomUUID();

  const partner = { name: 'C40 Cities', website: 'https://www.c40.org', country: 'GB' };
  const eligibility = { sectors: ['energy-efficiency'], helixTypes: ['company'], countries: ['DK'] };
  const callWindow = { opensAt: '2099-01-15T00:00:00.000Z', closesAt: '2099-03-31T17:00:00.000Z' };
  const requirement = { key: 'solution-summary', title: 'Solution summary' };
  const programme = { partnerId: randomUUID(), title: 'C40 city solutions platform', eligibility, callWindow, requirements: [requirement] };
  const place = { venue: 'CTICC', city: 'Cape Town', country: 'ZA' };
  const event = { kind: 'annual-meeting', title: 'ICN annual meeting', description: '', hostClusterId: 'greencape', place, from: '2099-06-12', to: '2099-06-14', timeZone: 'Africa/Johannesburg', capacity: 50 };
  const answer = { requirementKey: 'solution-summary', text: 'Large heat pumps.' };
  const applicationPath = `/applications/${randomUUID()}`;
  const eventPath = `/network-events/${randomUUID()}`;

  beforeAll(async () => {
    process.env['RATE_LIMIT_PER_MINUTE'] = '1000000';
    app = await startNetworkTestApp();
    db = app.app.get<Connection>(DATABASE_CONNECTION);
    tokens.set('network-admin', networkAdminToken());
  });

  afterAll(async () => {
    await app?.close();
  });

  /** Each probe is sent as a role allowed to call the operation, so the refusal is the input's. */
  function tokenOf(role: TokenRole): string {
    const known = tokens.get(role);
    if (known !== undefined) return known;
    const secret = process.env['JWT_SECRET'] ?? '';
    const claims = role === 'member' ? { clusterId: 'greencape', organisationId } : { clusterId: 'greencape' };
    const minted = mintToken({ sub: `int:bad-input-${role}`, role, ...claims }, secret, { issuer: 'icn-platform', expiresIn: '1h' });
    tokens.set(role, minted);
    return minted;
  }

  it.each<[string, TokenRole, string, string, unknown, string]>([
    // partners
    ['a partner without a name', 'network-admin', 'POST', '/partners', { website: partner.website }, 'name'],
    ['a partner name as a number', 'network-admin', 'POST', '/partners', { ...partner, name: 40 }, 'name'],
    ['a partner name of 100,000 characters', 'network-admin', 'POST', '/partners', { ...partner, name: 'C'.repeat(100_000) }, 'name'],
    ['a javascript: website', 'network-admin', 'POST', '/partners', { ...partner, website: 'javascript:alert(1)' }, 'website'],
    ['an unknown country', 'network-admin', 'POST', '/partners', { ...partner, country: 'XX' }, 'country'],
    ['an unknown key in a partner', 'network-admin', 'POST', '/partners', { ...partner, logo: 'x' }, 'logo'],
    ['a NUL byte in a partner name', 'network-admin', 'POST', '/partners', { ...partner, name: 'C40\u0000' }, 'name'],
    ['a lone surrogate in a partner description', 'network-admin', 'PUT', `/partners/${randomUUID()}`, { ...partner, description: 'Cities \ud800' }, 'description'],
    ['a partner id that is no UUID', 'network-admin', 'PUT', '/partners/c40', partner, 'partnerId'],
    ['a partner id with a Mongo operator', 'network-admin', 'GET', '/partners/%7B%22%24ne%22%3Anull%7D', undefined, 'partnerId'],
    ['a partner list cursor that is not one', 'member', 'GET', '/partners?cursor=not-a-cursor', undefined, 'cursor'],
    ['a partner list limit of 0', 'member', 'GET', '/partners?limit=0', undefined, 'limit'],
    ['a partner list limit of 101', 'member', 'GET', '/partners?limit=101', undefined, 'limit'],
    ['a partner list limit of 1.5', 'member', 'GET', '/partners?limit=1.5', undefined, 'limit'],
    // programmes
    ['a programme without eligibility', 'network-admin', 'POST', '/programmes', { ...programme, eligibility: undefined }, 'eligibility'],
    ['eligibility as an array', 'network-admin', 'POST', '/programmes', { ...programme, eligibility: [] }, 'eligibility'],
    ['eligibility as null', 'network-admin', 'POST', '/programmes', { ...programme, eligibility: null }, 'eligibility'],
    ['an unknown key in eligibility', 'network-admin', 'POST', '/programmes', { ...programme, eligibility: { ...eligibility, budget: 1 } }, 'eligibility.budget'],
    ['an unknown sector', 'network-admin', 'POST', '/programmes', { ...programme, eligibility: { ...eligibility, sectors: ['alchemy'] } }, 'eligibility.sectors'],
    ['an unknown country in eligibility', 'network-admin', 'POST', '/programmes', { ...programme, eligibility: { ...eligibility, countries: ['QQ'] } }, 'eligibility.countries'],
    ['a call opening on 30 February', 'network-admin', 'POST', '/programmes', { ...programme, callWindow: { ...callWindow, opensAt: '2099-02-30T00:00:00.000Z' } }, 'callWindow.opensAt'],
    ['a call closing at hour 25', 'network-admin', 'PUT', `/programmes/${randomUUID()}`, { ...programme, partnerId: undefined, callWindow: { ...callWindow, closesAt: '2099-03-31T25:00:00.000Z' } }, 'callWindow.closesAt'],
    ['a call closing before it opens', 'network-admin', 'POST', '/programmes', { ...programme, callWindow: { opensAt: callWindow.closesAt, closesAt: callWindow.opensAt } }, 'callWindow.closesAt'],
    ['a call window as a string', 'network-admin', 'POST', '/programmes', { ...programme, callWindow: '2099' }, 'callWindow'],
    ['a requirement as an array', 'network-admin', 'POST', '/programmes', { ...programme, requirements: [[]] }, 'requirements'],
    ['a requirement key with spaces', 'network-admin', 'POST', '/programmes', { ...programme, requirements: [{ ...requirement, key: 'Solution summary' }] }, 'requirements.0.key'],
    ['a requirement key given twice', 'network-admin', 'POST', '/programmes', { ...programme, requirements: [requirement, requirement] }, 'requirements'],
    ['31 requirements', 'network-admin', 'POST', '/programmes', { ...programme, requirements: Array.from({ length: 31 }, (_, i) => ({ key: `r${i}`, title: 'R' })) }, 'requirements'],
    ['a partnerId that is no UUID', 'network-admin', 'POST', '/programmes', { ...programme, partnerId: 'c40' }, 'partnerId'],
    ['a partnerId in a programme update', 'network-admin', 'PUT', `/programmes/${randomUUID()}`, programme, 'partnerId'],
    ['a programme filter by a partner that is no UUID', 'member', 'GET', '/programmes?partnerId=c40', undefined, 'partnerId'],
    ['open=maybe', 'member', 'GET', '/programmes?open=maybe', undefined, 'open'],
    ['open given twice', 'member', 'GET', '/programmes?open=true&open=false', undefined, 'open'],
    ['a body nested 4,000 levels deep', 'network-admin', 'POST', '/programmes', deeplyNestedJson(4_000, 'eligibility'), 'eligibility.eligibility'],
    // applications
    ['a draft for a programme that is no UUID', 'member', 'POST', '/applications', { programmeId: 'c40' }, 'programmeId'],
    ['answers as an object', 'member', 'POST', '/applications', { programmeId: randomUUID(), answers: answer }, 'answers'],
    ['an answer as a string', 'member', 'POST', '/applications', { programmeId: randomUUID(), answers: ['heat pumps'] }, 'answers'],
    ['a NUL byte in an answer', 'member', 'POST', '/applications', { programmeId: randomUUID(), answers: [{ ...answer, text: 'heat\u0000' }] }, 'answers.0.text'],
    ['an unknown key in an answer', 'member', 'PUT', `${applicationPath}/answers`, { answers: [{ ...answer, score: 5 }] }, 'answers.0.score'],
    ['31 answers', 'member', 'PUT', `${applicationPath}/answers`, { answers: Array.from({ length: 31 }, (_, i) => ({ requirementKey: `r${i}`, text: 'x' })) }, 'answers'],
    ['an answer of 10,001 characters', 'member', 'PUT', `${applicationPath}/answers`, { answers: [{ ...answer, text: 'x'.repeat(10_001) }] }, 'answers.0.text'],
    ['no answers', 'member', 'PUT', `${applicationPath}/answers`, {}, 'answers'],
    ['a return without a comment', 'cluster-manager', 'POST', `${applicationPath}/return`, {}, 'comment'],
    ['a blank return comment', 'cluster-manager', 'POST', `${applicationPath}/return`, { comment: '   ' }, 'comment'],
    ['an endorsement comment as an array', 'cluster-manager', 'POST', `${applicationPath}/endorse`, { comment: ['ok'] }, 'comment'],
    ['an unknown outcome', 'network-admin', 'POST', `${applicationPath}/outcome`, { outcome: 'maybe' }, 'outcome'],
    ['an outcome note with a lone surrogate', 'network-admin', 'POST', `${applicationPath}/outcome`, { outcome: 'accepted', note: '\udc00' }, 'note'],
    ['an application id that is no UUID', 'member', 'POST', '/applications/42/submit', undefined, 'applicationId'],
    ['an unknown status filter', 'cluster-manager', 'GET', '/applications?status=lost', undefined, 'status'],
    ['a programme filter that is no UUID', 'cluster-manager', 'GET', '/applications?programmeId=%24where', undefined, 'programmeId'],
    ['an application list cursor that is not one', 'network-admin', 'GET', '/applications?cursor=eyJrIjoxfQ', undefined, 'cursor'],
    ['an unknown query parameter', 'network-admin', 'GET', '/applications?organisationId=x', undefined, 'organisationId'],
    // network events
    ['an event from 30 February', 'network-admin', 'POST', '/network-events', { ...event, from: '2099-02-30' }, 'from'],
    ['an event ending in month 13', 'network-admin', 'POST', '/network-events', { ...event, to: '2099-13-01' }, 'to'],
    ['an event ending before it starts', 'network-admin', 'POST', '/network-events', { ...event, from: '2099-06-14', to: '2099-06-12' }, 'to'],
    ['an unknown time zone', 'network-admin', 'POST', '/network-events', { ...event, timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
    ['a capacity of 1.5', 'network-admin', 'POST', '/network-events', { ...event, capacity: 1.5 }, 'capacity'],
    ['a capacity as a string', 'network-admin', 'POST', '/network-events', { ...event, capacity: '50' }, 'capacity'],
    ['a capacity of 0', 'network-admin', 'POST', '/network-events', { ...event, capacity: 0 }, 'capacity'],
    ['an unknown event kind', 'network-admin', 'POST', '/network-events', { ...event, kind: 'party' }, 'kind'],
    ['a host cluster id with a path', 'network-admin', 'POST', '/network-events', { ...event, hostClusterId: '../greencape' }, 'hostClusterId'],
    ['place as an array', 'network-admin', 'POST', '/network-events', { ...event, place: [] }, 'place'],
    ['place as null', 'network-admin', 'POST', '/network-events', { ...event, place: null }, 'place'],
    ['place as a string', 'network-admin', 'POST', '/network-events', { ...event, place: 'Cape Town' }, 'place'],
    ['an unknown key in place', 'network-admin', 'POST', '/network-events', { ...event, place: { ...place, room: 'A' } }, 'place.room'],
    ['a NUL byte in an event title', 'network-admin', 'POST', '/network-events', { ...event, title: 'Meeting\u0000' }, 'title'],
    ['a line break in an event title', 'cluster-manager', 'POST', '/network-events', { ...event, title: 'Annual\nmeeting' }, 'title'],
    ['a registration for an organisation that is no UUID', 'member', 'POST', `${eventPath}/registrations`, { organisationId: 'acme', participantName: 'Ana' }, 'organisationId'],
    ['a registration without a participant', 'member', 'POST', `${eventPath}/registrations`, { organisationId }, 'participantName'],
    ['an event id that is no UUID', 'member', 'POST', '/network-events/annual/registrations', { organisationId, participantName: 'Ana' }, 'eventId'],
    ['a registration id that is no UUID', 'member', 'DELETE', `${eventPath}/registrations/1`, undefined, 'registrationId'],
    ['attendance as a string', 'network-admin', 'POST', `${eventPath}/attendance`, { attended: randomUUID() }, 'attended'],
    ['attendance naming no registration id', 'network-admin', 'POST', `${eventPath}/attendance`, { attended: ['ana'] }, 'attended'],
    ['a cancellation without a reason', 'network-admin', 'POST', `${eventPath}/cancellation`, {}, 'reason'],
    ['an event list cursor that is not one', 'member', 'GET', '/network-events?cursor=%00', undefined, 'cursor'],
    ['a body nested 4,000 levels deep', 'network-admin', 'POST', '/network-events', deeplyNestedJson(4_000, 'place'), 'place.place'],
    // annual report
    ['a year of five digits', 'member', 'GET', '/annual-reports/20170', undefined, 'year'],
    ['a year that is a word', 'network-admin', 'GET', '/annual-reports/last/report.html', undefined, 'year'],
    ['a year before the network', 'cluster-manager', 'GET', '/annual-reports/1999', undefined, 'year'],
  ])('answers %s with a 400 naming it, writing nothing', async (_label, role, method, path, body, field) => {
    const text = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    await expectRefusedWritingNothing(() => sendRaw(app.baseUrl, method, path, { token: tokenOf(role), body: text }), field, db, written);
  });

  it('documents the body of every success response and the type of every field (generated API clients are typed from them)', async () => {
    const document = await fetchOpenApiDocument(app.baseUrl);
    expect(undocumentedSuccessBodies(document)).toEqual([]);
    expect(untypedSchemaProperties(document)).toEqual([]);
  });

  it('answers no probe of any operation with a 5xx', async () => {
    await expectNoServerErrorFromAnyInput('network', app.baseUrl, tokenOf('network-admin'));
  });
});
