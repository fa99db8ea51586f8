import {
  OpportunityCancelled,
  OpportunityClosed,
  OpportunityDeadlineExtended,
  OpportunityPublished,
  OpportunityUpdated,
  type CloudEvent,
} from '@icn/contracts';
import { DocumentedResponses } from '@icn/testing';
import { randomUUID } from 'node:crypto';
import { anOrganisation, seedMembership, uniqueClusterId } from './testing/membership-events';
import { OpportunityEventCollector } from './testing/opportunity-events.collector';
import { startOpportunitiesTestApp, type CallResult, type OpportunitiesTestApp } from './testing/opportunities-test-app';

interface Opportunity {
  opportunityId: string;
  status: string;
  version: number;
  deadline: string;
  originClusterId: string;
  publisher: { subject: string; organisationId?: string };
}
interface ErrorBody {
  statusCode: number;
  message: string;
  details?: { field: string; reason: string }[];
}
type SnapshotEvent = CloudEvent<{ opportunity: Record<string, unknown>; changedFields?: string[]; previousDeadline?: string; reason?: string }>;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

function body(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'tender',
    title: 'Heat pump suppliers for a district heating pilot',
    description: 'The municipality looks for large heat pumps.',
    sectors: ['district-heating'],
    technologies: ['heat-pumps'],
    targetCountries: ['dk', 'DE'],
    targetHelixTypes: ['company'],
    value: { amount: 250000, currency: 'EUR' },
    deadline: inDays(30),
    links: [{ url: 'https://example.org/tender', label: 'Documents' }],
    ...overrides,
  };
}

describe('opportunity lifecycle (real HTTP, Kafka, FerretDB)', () => {
  let app: OpportunitiesTestApp;
  let events: OpportunityEventCollector;
  const clusterId = uniqueClusterId();
  const otherClusterId = uniqueClusterId();
  const memberOrganisation = anOrganisation(clusterId);
  let manager: string;
  let otherManager: string;
  let member: string;
  let otherMember: string;
  let admin: string;

  beforeAll(async () => {
    app = await startOpportunitiesTestApp();
    events = new OpportunityEventCollector(app.brokers);
    await events.start();
    await seedMembership(app, [clusterId, otherClusterId], [memberOrganisation]);
    manager = app.token({ sub: 'alice', role: 'cluster-manager', clusterId });
    otherManager = app.token({ sub: 'olaf', role: 'cluster-manager', clusterId: otherClusterId });
    member = app.token({ sub: 'bob', role: 'member', clusterId, organisationId: memberOrganisation.organisationId });
    otherMember = app.token({ sub: 'oskar', role: 'member', clusterId: otherClusterId, organisationId: randomUUID() });
    admin = app.token({ sub: 'secretariat', role: 'network-admin' });
  });

  afterAll(async () => {
    await events?.stop();
    await app?.close();
  });

  const create = async (token: string, overrides: Record<string, unknown> = {}) => {
    const response = await app.call('POST', '/opportunities', { token, body: body(overrides) });
    expect(response.status).toBe(201);
    return response.body as Opportunity;
  };

  it('creates a private draft (no event), then publishes it with the full snapshot', async () => {
    const draft = await create(member);
    expect(draft).toMatchObject({ status: 'draft', version: 1, originClusterId: clusterId, publisher: { subject: 'bob', organisationId: memberOrganisation.organisationId } });

    const published = await app.call('POST', `/opportunities/${draft.opportunityId}/publish`, { token: member });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', version: 2 });

    const [event] = (await events.waitForSubject(draft.opportunityId, 1)) as SnapshotEvent[];
    expect(event).toMatchObject({ type: OpportunityPublished.type, subject: draft.opportunityId, subjectsequence: 2, source: '/icn/opportunities' });
    expect(event?.data.opportunity).toMatchObject({
      opportunityId: draft.opportunityId,
      type: 'tender',
      originClusterId: clusterId,
      status: 'published',
      targetCountries: ['DK', 'DE'],
      value: { amount: 250000, currency: 'EUR' },
      links: [{ url: 'https://example.org/tender', label: 'Documents' }],
      version: 2,
    });
    expect(event?.data.opportunity).not.toHaveProperty('searchTerms');
    // The draft itself emitted nothing: the publication is the first event.
    await events.settle(500);
    expect(events.bySubject(draft.opportunityId)).toHaveLength(1);
  });

  it('emits updated (with changed fields), deadline-extended and closed, in order', async () => {
    const opportunity = await create(manager, { publish: true });
    const newDeadline = inDays(60);

    expect((await app.call('PATCH', `/opportunities/${opportunity.opportunityId}`, { token: manager, body: { title: 'Heat pump suppliers wanted' } })).status).toBe(200);
    expect((await app.call('POST', `/opportunities/${opportunity.opportunityId}/extend-deadline`, { token: manager, body: { deadline: newDeadline } })).status).toBe(200);
    const closed = await app.call('POST', `/opportunities/${opportunity.opportunityId}/close`, { token: admin, body: { reason: 'Awarded' } });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', endReason: 'Awarded', version: 4 });

    const received = (await events.waitForSubject(opportunity.opportunityId, 4)) as SnapshotEvent[];
    expect(received.map((event) => [event.type, event.subjectsequence])).toEqual([
      [OpportunityPublished.type, 1],
      [OpportunityUpdated.type, 2],
      [OpportunityDeadlineExtended.type, 3],
      [OpportunityClosed.type, 4],
    ]);
    expect(received[1]?.data).toMatchObject({ changedFields: ['title'], opportunity: { title: 'Heat pump suppliers wanted' } });
    expect(received[2]?.data).toMatchObject({ previousDeadline: opportunity.deadline, opportunity: { deadline: newDeadline } });
    expect(received[3]?.data).toMatchObject({ reason: 'Awarded', opportunity: { status: 'closed', deadline: newDeadline } });
  });

  it('emits cancelled', async () => {
    const opportunity = await create(admin, { publish: true, originClusterId: otherClusterId });
    expect((await app.call('POST', `/opportunities/${opportunity.opportunityId}/cancel`, { token: otherManager, body: {} })).status).toBe(200);
    const received = await events.waitForSubject(opportunity.opportunityId, 2);
    expect(received[1]).toMatchObject({ type: OpportunityCancelled.type, subjectsequence: 2, data: { opportunity: { status: 'cancelled' } } });
  });

  it('discards a draft (edited silently first): 204, then 404 everywhere; a published opportunity is not discarded', async () => {
    const draft = await create(manager);
    const edited = await app.call('PATCH', `/opportunities/${draft.opportunityId}`, { token: manager, body: { title: 'A draft edited before it is discarded' } });
    // A draft edit publishes nothing but is still one version (ADR 12).
    expect(edited.body).toMatchObject({ status: 'draft', version: 2 });

    expect((await app.call('DELETE', `/opportunities/${draft.opportunityId}`, { token: manager })).status).toBe(204);
    expect((await app.call('GET', `/opportunities/${draft.opportunityId}`, { token: manager })).status).toBe(404);
    expect((await app.call('PATCH', `/opportunities/${draft.opportunityId}`, { token: manager, body: { title: 'Back again' } })).status).toBe(404);
    expect((await app.call('DELETE', `/opportunities/${draft.opportunityId}`, { token: manager })).status).toBe(404);
    expect(await app.db.collection('opportunities').countDocuments({ _id: draft.opportunityId as never })).toBe(0);
    // Its history stays: three commits, the last one removing it, none with an event.
    const commits = await app.db.collection('commits').find({ aggregate: `opportunity:${draft.opportunityId}` }).sort({ _id: 1 }).toArray();
    expect(commits.map((commit) => [commit['version'], commit['state'] === undefined, (commit['events'] as unknown[]).length])).toEqual([
      [1, false, 0],
      [2, false, 0],
      [3, true, 0],
    ]);
    await events.settle(500);
    expect(events.bySubject(draft.opportunityId)).toEqual([]);

    const published = await create(manager, { publish: true });
    const refused = await app.call('DELETE', `/opportunities/${published.opportunityId}`, { token: manager });
    expect(refused.status).toBe(409);
    expect((refused.body as ErrorBody).message).toMatch(/closed or cancelled instead/);
  });

  it('publishes an edited draft as the version after its silent edits', async () => {
    const draft = await create(manager);
    expect((await app.call('PATCH', `/opportunities/${draft.opportunityId}`, { token: manager, body: { description: 'Edited while still private.' } })).status).toBe(200);
    expect((await app.call('POST', `/opportunities/${draft.opportunityId}/publish`, { token: manager })).body).toMatchObject({ status: 'published', version: 3 });
    const [event] = await events.waitForSubject(draft.opportunityId, 1);
    expect(event).toMatchObject({ type: OpportunityPublished.type, subjectsequence: 3, data: { opportunity: { version: 3, description: 'Edited while still private.' } } });
  });

  it('refuses invalid transitions with 409 and the reason', async () => {
    const draft = await create(manager);
    const extendDraft = await app.call('POST', `/opportunities/${draft.opportunityId}/extend-deadline`, { token: manager, body: { deadline: inDays(90) } });
    expect(extendDraft.status).toBe(409);
    expect((extendDraft.body as ErrorBody).message).toMatch(/it is draft/);
    expect((await app.call('POST', `/opportunities/${draft.opportunityId}/close`, { token: manager, body: {} })).status).toBe(409);

    const published = await create(manager, { publish: true });
    const again = await app.call('POST', `/opportunities/${published.opportunityId}/publish`, { token: manager });
    expect(again.status).toBe(409);
    expect((again.body as ErrorBody).message).toMatch(/only a draft can be published/);
    const earlier = await app.call('POST', `/opportunities/${published.opportunityId}/extend-deadline`, { token: manager, body: { deadline: inDays(10) } });
    expect(earlier.status).toBe(409);
    expect((earlier.body as ErrorBody).message).toMatch(/must be later than the current deadline/);
    const patchDeadline = await app.call('PATCH', `/opportunities/${published.opportunityId}`, { token: manager, body: { deadline: inDays(90) } });
    expect(patchDeadline.status).toBe(409);
    expect((patchDeadline.body as ErrorBody).message).toMatch(/extend-deadline/);

    expect((await app.call('POST', `/opportunities/${published.opportunityId}/cancel`, { token: manager, body: { reason: 'Budget withdrawn' } })).status).toBe(200);
    const closeCancelled = await app.call('POST', `/opportunities/${published.opportunityId}/close`, { token: manager, body: {} });
    expect(closeCancelled.status).toBe(409);
    expect((closeCancelled.body as ErrorBody).message).toMatch(/it is cancelled/);
  });

  it("hides another cluster's draft (404) and forbids changing another cluster's opportunity (403)", async () => {
    const draft = await create(manager);
    expect((await app.call('GET', `/opportunities/${draft.opportunityId}`, { token: otherManager })).status).toBe(404);
    expect((await app.call('GET', `/opportunities/${draft.opportunityId}`, { token: otherMember })).status).toBe(404);
    expect((await app.call('POST', `/opportunities/${draft.opportunityId}/publish`, { token: otherManager })).status).toBe(404);
    // A member of the same cluster who is not the publisher does not see the draft either.
    expect((await app.call('GET', `/opportunities/${draft.opportunityId}`, { token: member })).status).toBe(404);
    expect((await app.call('GET', `/opportunities/${draft.opportunityId}`, { token: admin })).status).toBe(200);
    const list = await app.call('GET', `/opportunities?originClusterId=${clusterId}&status=draft`, { token: otherManager });
    expect((list.body as { items: unknown[] }).items).toEqual([]);

    const published = await create(manager, { publish: true });
    expect((await app.call('GET', `/opportunities/${published.opportunityId}`, { token: otherMember })).status).toBe(200);
    expect((await app.call('POST', `/opportunities/${published.opportunityId}/close`, { token: otherManager, body: {} })).status).toBe(403);
    expect((await app.call('PATCH', `/opportunities/${published.opportunityId}`, { token: member, body: { title: 'Hijacked title' } })).status).toBe(403);
    // Publishing for another cluster is refused, whatever the body says.
    expect((await app.call('POST', '/opportunities', { token: manager, body: body({ originClusterId: otherClusterId }) })).status).toBe(403);
  });

  it.each([
    ['an unknown field', { colour: 'green' }, 'colour'],
    ['a bad type', { type: 'gossip' }, 'type'],
    ['a past deadline', { deadline: '2020-01-01T00:00:00Z' }, 'deadline'],
    ['a bad currency', { value: { amount: 10, currency: 'euro' } }, 'value.currency'],
    ['an unknown target cluster', { targetClusterIds: ['no-such-cluster'] }, 'targetClusterIds'],
    ['targeting without targets', { visibility: 'target-clusters' }, 'targetClusterIds'],
  ])('rejects %s with 400 naming the field, storing and emitting nothing', async (_label, overrides, field) => {
    const title = `Rejected ${randomUUID()}`;
    const response = await app.call('POST', '/opportunities', { token: manager, body: body({ ...overrides, title, publish: true }) });
    expect(response.status).toBe(400);
    expect((response.body as ErrorBody).details?.map((detail) => detail.field)).toContain(field);
    expect(await app.db.collection('opportunities').countDocuments({ title })).toBe(0);
    await events.settle(300);
    expect(events.events.filter((event) => (event.data as { opportunity?: { title?: string } }).opportunity?.title === title)).toEqual([]);
  });

  it('replays a POST with the same Idempotency-Key instead of creating twice', async () => {
    const key = randomUUID();
    const title = `Idempotent ${key}`;
    const request = body({ title, publish: true });
    const first = await app.call('POST', '/opportunities', { token: manager, body: request, headers: { 'idempotency-key': key } });
    const second = await app.call('POST', '/opportunities', { token: manager, body: request, headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect((second.body as Opportunity).opportunityId).toBe((first.body as Opportunity).opportunityId);
    expect(await app.db.collection('opportunities').countDocuments({ title })).toBe(1);
  });

  it('answers as its OpenAPI document says: a draft, a published opportunity, a page of them and the AsyncAPI document', async () => {
    const documented = await DocumentedResponses.of(app.baseUrl);
    const draft = await app.call('POST', '/opportunities', { token: manager, body: body() });
    const { opportunityId } = draft.body as Opportunity;
    const answers: [string, string, CallResult][] = [
      ['POST', '/opportunities', draft],
      ['POST', `/opportunities/${opportunityId}/publish`, await app.call('POST', `/opportunities/${opportunityId}/publish`, { token: manager })],
      ['GET', `/opportunities/${opportunityId}`, await app.call('GET', `/opportunities/${opportunityId}`, { token: member })],
      ['GET', `/opportunities?originClusterId=${clusterId}&limit=2`, await app.call('GET', `/opportunities?originClusterId=${clusterId}&limit=2`, { token: member })],
      ['GET', '/asyncapi.json', await app.call('GET', '/asyncapi.json')],
    ];
    expect(answers.map(([, , answer]) => answer.status)).toEqual([201, 200, 200, 200, 200]);
    expect(answers.flatMap(([method, path, answer]) => documented.problems(method, path, answer))).toEqual([]);
  });

  it('lets integrators read but not write, and serves the AsyncAPI document', async () => {
    const published = await create(manager, { publish: true });
    const read = await app.call('GET', `/opportunities/${published.opportunityId}`, { headers: { 'x-api-key': 'opportunities-it-integrator-key' } });
    expect(read.status).toBe(200);
    const write = await app.call('POST', '/opportunities', { body: body(), headers: { 'x-api-key': 'opportunities-it-integrator-key' } });
    expect(write.status).toBe(403);
    const asyncapi = await app.call('GET', '/asyncapi.json');
    expect(asyncapi.status).toBe(200);
    expect(JSON.stringify(asyncapi.body)).toContain('icn.opportunities.opportunity.v1');
  });
});
