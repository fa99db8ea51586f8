import { DATABASE_CONNECTION } from '@icn/platform';
import { deeplyNestedJson, expectNoServerErrorFromAnyInput, expectRefusedWritingNothing, fetchOpenApiDocument, networkAdminToken, sendRaw, undocumentedSuccessBodies, untypedSchemaProperties } from '@icn/testing';
import type { Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { startMatchmakingTestApp, type MatchmakingTestApp } from './directory/testing/matchmaking-test-app';
import { INTRODUCTIONS_COLLECTION } from './introductions/persistence/introduction.schema';
import { MISSION_AGENDAS_COLLECTION } from './missions/agenda/persistence/mission-agenda.schema';
import { MISSIONS_COLLECTION } from './missions/persistence/mission.schema';
import { PASSPORT_APPLICATIONS_COLLECTION } from './passport/persistence/passport-application.schema';

// Bad input is a 400 naming the field, before anything is stored or emitted (the outbox lives in
// the aggregates, so unchanged collections mean no event either); no input is ever a 5xx.
describe('matchmaking refuses malformed input at the HTTP edge (real app, Kafka and FerretDB)', () => {
  let app: MatchmakingTestApp;
  let db: Connection;
  let admin: string;
  const written = [MISSIONS_COLLECTION, MISSION_AGENDAS_COLLECTION, INTRODUCTIONS_COLLECTION, PASSPORT_APPLICATIONS_COLLECTION];
  const mission = {
    title: 'Cleantech mission to New York',
    theme: 'District heating',
    description: 'Five days.\nTwenty companies.',
    hostClusterId: 'nyc-cleantech',
    destination: { city: 'New York', country: 'US' },
    from: '2099-05-10',
    to: '2099-05-14',
    timeZone: 'America/New_York',
    capacity: 20,
    callCutOff: '2099-04-01',
  };
  const contactPerson = { name: 'Dana Lee', email: 'dana@example.org' };
  const owner = { name: 'NYC DCAS', projectDescription: 'Heat pumps.', needs: ['heat pumps'], contactPerson };
  const missionPath = `/missions/${randomUUID()}`;

  beforeAll(async () => {
    process.env['RATE_LIMIT_PER_MINUTE'] = '1000000';
    app = await startMatchmakingTestApp();
    db = app.app.get<Connection>(DATABASE_CONNECTION);
    admin = networkAdminToken();
  });

  afterAll(async () => {
    await app?.close();
  });

  it.each<[string, string, string, unknown, string]>([
    ['a mission from 30 February', 'POST', '/missions', { ...mission, from: '2099-02-30' }, 'from'],
    ['a call cut-off in month 13', 'POST', '/missions', { ...mission, callCutOff: '2099-13-01' }, 'callCutOff'],
    ['an agenda day on 32 May', 'PUT', `${missionPath}/agenda`, { slotMinutes: 30, tables: 4, days: [{ date: '2099-05-32', startTimes: ['09:00'] }] }, 'days.0.date'],
    ['a Passport visit on 29 February of a common year', 'POST', '/passport/applications', { hostClusterId: 'nyc-cleantech', from: '2099-02-29', to: '2099-03-02', purpose: 'Visit', services: [] }, 'from'],
    ['destination as an array', 'POST', '/missions', { ...mission, destination: [] }, 'destination'],
    ['destination as null', 'POST', '/missions', { ...mission, destination: null }, 'destination'],
    ['destination as a string', 'POST', '/missions', { ...mission, destination: 'New York' }, 'destination'],
    ['an unknown key in destination', 'POST', '/missions', { ...mission, destination: { city: 'New York', country: 'US', zip: '10001' } }, 'destination.zip'],
    ['a NUL byte in a mission title', 'POST', '/missions', { ...mission, title: 'Mission\u0000' }, 'title'],
    ['contactPerson as an array', 'POST', `${missionPath}/local-project-owners`, { ...owner, contactPerson: [] }, 'contactPerson'],
    ['no contactPerson', 'POST', `${missionPath}/local-project-owners`, { ...owner, contactPerson: undefined }, 'contactPerson'],
    ['an unknown key in contactPerson', 'POST', `${missionPath}/local-project-owners`, { ...owner, contactPerson: { ...contactPerson, fax: '1' } }, 'contactPerson.fax'],
    ['a lone surrogate in a contact e-mail', 'POST', `${missionPath}/local-project-owners`, { ...owner, contactPerson: { ...contactPerson, email: 'dana\ud800@example.org' } }, 'contactPerson.email'],
    ['an agenda day as an array', 'PUT', `${missionPath}/agenda`, { slotMinutes: 30, tables: 4, days: [[]] }, 'days'],
    ['a key contact as a string', 'POST', `/passport/applications/${randomUUID()}/accept`, { keyContacts: ['Dana'] }, 'keyContacts'],
    ['a mission id that is no UUID', 'GET', '/missions/new-york', undefined, 'missionId'],
    ['an introduction id that is no UUID', 'POST', '/introductions/1/accept', {}, 'introductionId'],
    ['a body nested 4,000 levels deep', 'POST', '/missions', deeplyNestedJson(4_000, 'destination'), 'destination.destination'],
  ])('answers %s with a 400 naming it, writing nothing', async (_label, method, path, body, field) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    await expectRefusedWritingNothing(() => sendRaw(app.baseUrl, method, path, { token: admin, body: text }), field, db, written);
  });

  it('documents the body of every success response and the type of every field (generated API clients are typed from them)', async () => {
    const document = await fetchOpenApiDocument(app.baseUrl);
    expect(undocumentedSuccessBodies(document)).toEqual([]);
    expect(untypedSchemaProperties(document)).toEqual([]);
  });

  it('answers no probe of any operation with a 5xx', async () => {
    await expectNoServerErrorFromAnyInput('matchmaking', app.baseUrl, admin);
  });
});
