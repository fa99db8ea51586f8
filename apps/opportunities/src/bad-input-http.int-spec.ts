import { COMMITS_COLLECTION } from '@icn/messaging';
import { deeplyNestedJson, expectNoServerErrorFromAnyInput, expectRefusedWritingNothing, fetchOpenApiDocument, networkAdminToken, sendRaw, undocumentedSuccessBodies, untypedSchemaProperties } from '@icn/testing';
import { randomUUID } from 'node:crypto';
import { OPPORTUNITIES_COLLECTION } from './opportunities/persistence/opportunity.schema';
import { startOpportunitiesTestApp, type OpportunitiesTestApp } from './opportunities/testing/opportunities-test-app';
import { SUBSCRIPTIONS_COLLECTION } from './subscriptions/persistence/subscription.schema';

// Bad input is a 400 naming the field, before anything is stored or emitted (events are only
// published from commits, so an unchanged commits collection means no event either); no input is
// ever a 5xx.
describe('opportunities refuses malformed input at the HTTP edge (real app, Kafka and FerretDB)', () => {
  let app: OpportunitiesTestApp;
  let admin: string;
  const written = [OPPORTUNITIES_COLLECTION, SUBSCRIPTIONS_COLLECTION, COMMITS_COLLECTION];
  const opportunity = { type: 'funding-call', title: 'Heat pumps for cities', description: 'Line one.\nLine two.', deadline: '2099-01-01T00:00:00.000Z' };
  const subscription = { name: 'Heat', subscriber: { kind: 'cluster', clusterId: 'north-heat' } };
  const subscriptionPath = `/subscriptions/${randomUUID()}`;

  beforeAll(async () => {
    app = await startOpportunitiesTestApp({ RATE_LIMIT_PER_MINUTE: '1000000' });
    admin = networkAdminToken();
  });

  afterAll(async () => {
    await app?.close();
  });

  it.each<[string, string, string, unknown, string]>([
    ['value.amount in exponent notation', 'POST', '/opportunities', { ...opportunity, value: { amount: 1e-7, currency: 'EUR' } }, 'value.amount'],
    ['value as an array', 'POST', '/opportunities', { ...opportunity, value: [] }, 'value'],
    ['value as null on a change', 'PATCH', `/opportunities/${randomUUID()}`, { value: null }, 'value'],
    ['a link as an array', 'POST', '/opportunities', { ...opportunity, links: [[]] }, 'links'],
    ['an unknown key in a link', 'PATCH', `/opportunities/${randomUUID()}`, { links: [{ url: 'https://example.org', colour: 'red' }] }, 'links.0.colour'],
    ['a NUL byte in a title', 'POST', '/opportunities', { ...opportunity, title: 'Heat\u0000pumps' }, 'title'],
    ['a bell in a description', 'POST', '/opportunities', { ...opportunity, description: 'Ring\u0007' }, 'description'],
    ['filters as an array', 'POST', '/subscriptions', { ...subscription, filters: [] }, 'filters'],
    ['subscriber as a string', 'POST', '/subscriptions', { ...subscription, subscriber: 'north-heat' }, 'subscriber'],
    ['a webhook as an array', 'PATCH', subscriptionPath, { channels: { webhook: [] } }, 'channels.webhook'],
    ['minValue as an array', 'PATCH', subscriptionPath, { filters: { minValue: [] } }, 'filters.minValue'],
    ['a lone surrogate in a subscription name', 'PATCH', subscriptionPath, { name: '\ud83d' }, 'name'],
    ['an opportunity id that is no UUID', 'GET', '/opportunities/heat-pumps', undefined, 'opportunityId'],
    ['a subscription id that is no UUID', 'PATCH', '/subscriptions/42', { name: 'x' }, 'subscriptionId'],
    ['a subscription id of another UUID version', 'GET', '/subscriptions/886313e1-3b8a-5372-9b90-0c9aee199e5d', undefined, 'subscriptionId'],
    ['a body nested 4,000 levels deep', 'POST', '/opportunities', deeplyNestedJson(4_000, 'value'), 'value.value'],
  ])('answers %s with a 400 naming it, writing nothing', async (_label, method, path, body, field) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    await expectRefusedWritingNothing(() => sendRaw(app.baseUrl, method, path, { token: admin, body: text }), field, app.db, written);
  });

  it.each([
    ['the calendar token, unauthenticated', `${subscriptionPath}/calendar.ics?token=a&token=b`, undefined, 'token'],
    ['the stream position', `${subscriptionPath}/stream?lastEventId=1&lastEventId=2`, 'admin', 'lastEventId'],
    ['a list filter', '/opportunities?limit=1&limit=2', 'admin', 'limit'],
  ])('answers a repeated query parameter (%s) with a 400 naming it', async (_label, path, as, field) => {
    const answer = await sendRaw(app.baseUrl, 'GET', path, { token: as === undefined ? undefined : admin });
    expect(answer).toMatchObject({ status: 400, fields: [field] });
  });

  it('documents the body of every success response and the type of every field (generated API clients are typed from them)', async () => {
    const document = await fetchOpenApiDocument(app.baseUrl);
    expect(undocumentedSuccessBodies(document)).toEqual([]);
    expect(untypedSchemaProperties(document)).toEqual([]);
  });

  it('answers no probe of any operation with a 5xx', async () => {
    await expectNoServerErrorFromAnyInput('opportunities', app.baseUrl, admin);
  });
});
