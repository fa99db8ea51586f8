import { COMMITS_COLLECTION } from '@icn/messaging';
import { DATABASE_CONNECTION } from '@icn/platform';
import { deeplyNestedJson, expectNoServerErrorFromAnyInput, expectRefusedWritingNothing, fetchOpenApiDocument, networkAdminToken, sendRaw, undocumentedSuccessBodies, untypedSchemaProperties } from '@icn/testing';
import type { Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { CONSORTIA_COLLECTION } from './consortia/persistence/consortium.schema';
import { PARTNER_SEARCHES_COLLECTION } from './partner-search/persistence/partner-search.schema';
import { startConsortiaTestApp, type ConsortiaTestApp } from './testing/consortia-test-app';

// Bad input is a 400 naming the field, before anything is stored or emitted (events are committed
// with their aggregate's change, so unchanged collections and no commit mean no event either); no
// input is ever a 5xx.
describe('consortia refuses malformed input at the HTTP edge (real app, Kafka and FerretDB)', () => {
  let app: ConsortiaTestApp;
  let db: Connection;
  let admin: string;
  const written = [CONSORTIA_COLLECTION, PARTNER_SEARCHES_COLLECTION, COMMITS_COLLECTION];
  const rules = { minPartners: 3, minCountries: 3, requiredHelixTypes: [], minSmeSharePercent: 30 };
  const call = { programme: 'COSME', topic: 'Cluster Go International', deadline: '2099-04-27T17:00:00.000Z' };
  const consortium = { title: 'Heat across borders', leadOrganisationId: randomUUID(), call, rules };
  const consortiumPath = `/consortia/${randomUUID()}`;

  beforeAll(async () => {
    process.env['RATE_LIMIT_PER_MINUTE'] = '1000000';
    app = await startConsortiaTestApp();
    db = app.app.get<Connection>(DATABASE_CONNECTION);
    admin = networkAdminToken();
  });

  afterAll(async () => {
    await app?.close();
  });

  it.each<[string, string, string, unknown, string]>([
    ['a consortium without rules', 'POST', '/consortia', { ...consortium, rules: undefined }, 'rules'],
    ['a section due on 31 April', 'POST', `${consortiumPath}/sections`, { key: 'budget', title: 'Budget', ownerOrganisationId: randomUUID(), dueDate: '2099-04-31' }, 'dueDate'],
    ['a section moved to month 13', 'PATCH', `${consortiumPath}/sections/budget`, { dueDate: '2099-13-01' }, 'dueDate'],
    ['rules as an array', 'POST', '/consortia', { ...consortium, rules: [] }, 'rules'],
    ['rules as null', 'POST', '/consortia', { ...consortium, rules: null }, 'rules'],
    ['a title alone', 'POST', '/consortia', { title: 'x' }, 'rules'],
    ['minSmeSharePercent in exponent notation', 'POST', '/consortia', { ...consortium, rules: { ...rules, minSmeSharePercent: 1e-7 } }, 'rules.minSmeSharePercent'],
    ['an unknown key in rules', 'POST', '/consortia', { ...consortium, rules: { ...rules, maxBudget: 1 } }, 'rules.maxBudget'],
    ['call as an array', 'POST', '/consortia', { ...consortium, call: [] }, 'call'],
    ['a call budget in exponent notation', 'POST', '/consortia', { ...consortium, call: { ...call, budgetEur: 1e-7 } }, 'call.budgetEur'],
    ['a NUL byte in the title', 'POST', '/consortia', { ...consortium, title: 'Heat\u0000' }, 'title'],
    ['a lone surrogate in the title', 'POST', '/consortia', { ...consortium, title: 'Heat \udc00' }, 'title'],
    ['a budget amount in exponent notation', 'PUT', `${consortiumPath}/budget/${randomUUID()}`, { lines: [{ category: 'personnel', amountEur: 1e-7 }] }, 'lines.0.amountEur'],
    ['a budget line as an array', 'PUT', `${consortiumPath}/budget/${randomUUID()}`, { lines: [[]] }, 'lines'],
    ['a grant total in exponent notation', 'POST', `${consortiumPath}/grant`, { totalEur: 1e-7, shares: [{ organisationId: randomUUID(), amountEur: 1e-7 }] }, 'totalEur'],
    ['a grant share in exponent notation', 'POST', `${consortiumPath}/grant`, { totalEur: 10, shares: [{ organisationId: randomUUID(), amountEur: 1e-7 }] }, 'shares.0.amountEur'],
    ['a consortium id that is no UUID', 'GET', '/consortia/heat/eligibility', undefined, 'consortiumId'],
    ['an invitation id that is no UUID', 'POST', `${consortiumPath}/invitations/1/accept`, {}, 'invitationId'],
    ['a body nested 4,000 levels deep', 'POST', '/consortia', deeplyNestedJson(4_000, 'rules'), 'rules.rules'],
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
    await expectNoServerErrorFromAnyInput('consortia', app.baseUrl, admin);
  });
});
