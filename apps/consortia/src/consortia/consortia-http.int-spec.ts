import { DocumentedResponses, PrincipalTestClient, readTopic, type TestPrincipal, waitFor } from '@icn/testing';
import { randomUUID } from 'node:crypto';
import { Topics } from '@icn/contracts';
import type { ErrorBody } from '@icn/platform';
import { aFundingCall } from '../funding-calls/testing/funding-call.fixtures';
import { startConsortiaTestApp, type ConsortiaTestApp } from '../testing/consortia-test-app';
import { aCluster, anOrganisation } from '../testing/membership-snapshot.fixtures';
import { PlatformEventProducer } from '../testing/platform-event.producer';
import type { ConsortiumStatistics } from './domain/consortium-statistics';
import type { EligibilityReport } from './domain/eligibility';
import type { OutcomeRegisterEntry } from './domain/outcome-register';
import type { ConsortiumView } from './http/consortium.view';

describe('consortia HTTP (real app, Kafka and FerretDB)', () => {
  let app: ConsortiaTestApp;
  let client: PrincipalTestClient;
  // Fresh cluster ids per run: the statistics are per cluster, so other runs never leak in.
  const suffix = randomUUID().slice(0, 8);
  const [north, west, east] = [`cn-north-${suffix}`, `cn-west-${suffix}`, `cn-east-${suffix}`];
  const lead = anOrganisation({ clusterId: north, name: 'Lead Heat ApS', country: 'DK', helixType: 'company', companySize: 'sme' });
  const university = anOrganisation({ clusterId: west, name: 'West University', country: 'BE', helixType: 'research-institution', companySize: undefined });
  const sme = anOrganisation({ clusterId: east, name: 'East Storage AS', country: 'NO', helixType: 'company', companySize: 'sme' });
  const city = anOrganisation({ clusterId: north, name: 'North City', country: 'DK', helixType: 'public-authority', companySize: undefined });
  const industry = anOrganisation({ clusterId: west, name: 'West Industry NV', country: 'BE', helixType: 'company', companySize: 'large' });
  const consultant = anOrganisation({ clusterId: east, name: 'East Consulting', country: 'NO', helixType: 'company', companySize: 'sme' });
  const outsider = anOrganisation({ clusterId: east, name: 'Not Involved AS', country: 'NO' });
  const partners = [university, sme, city, industry];
  const year = new Date().getUTCFullYear();

  const as = (organisation: { organisationId: string; clusterId: string }): TestPrincipal => ({ role: 'member', clusterId: organisation.clusterId, organisationId: organisation.organisationId });
  const manager = (clusterId: string): TestPrincipal => ({ role: 'cluster-manager', clusterId });
  const consortium = (body: unknown) => body as ConsortiumView;
  const message = (body: unknown) => (body as ErrorBody).message;
  const fundingCall = aFundingCall({ originClusterId: north, title: 'COSME Cluster Go International', value: { amount: 6_000_000, currency: 'EUR' } });
  const tender = aFundingCall({ type: 'tender', originClusterId: north });

  beforeAll(async () => {
    app = await startConsortiaTestApp();
    // Every answer is checked against the service's OpenAPI document: a response class that lies fails the flow.
    client = new PrincipalTestClient(app.baseUrl, await DocumentedResponses.of(app.baseUrl));
    const producer = await PlatformEventProducer.connect(app.brokers);
    try {
      for (const clusterId of [north, west, east]) await producer.clusterRegistered(aCluster({ clusterId, name: clusterId }));
      for (const organisation of [lead, ...partners, consultant, outsider]) await producer.organisationJoined(organisation);
      await producer.opportunityPublished(fundingCall);
      await producer.opportunityPublished(tender);
    } finally {
      await producer.disconnect();
    }
  });

  afterAll(async () => {
    await app?.close();
  });

  it('takes a funding call from the opportunity topic into its read model (tenders are not kept) and forms a consortium on it', async () => {
    const stored = await waitFor(
      async () => {
        const response = await client.request('GET', `/funding-calls/${fundingCall.opportunityId}`, as(lead));
        return response.status === 200 ? response.body : null;
      },
      { timeoutMs: 30_000, description: 'the funding call in consortia’s read model' },
    );
    expect(stored).toMatchObject({ opportunityId: fundingCall.opportunityId, type: 'funding-call', status: 'published' });
    // Other runs' calls share the topic: walk every page of the open ones; ours is among them.
    const open: string[] = [];
    for (let cursor: string | null = '', pages = 0; cursor !== null && pages < 100; pages++) {
      const page = (await client.request('GET', `/funding-calls?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, as(lead))).body as {
        items: { opportunityId: string }[];
        nextCursor: string | null;
      };
      open.push(...page.items.map((call) => call.opportunityId));
      cursor = page.nextCursor;
    }
    expect(open).toContain(fundingCall.opportunityId);
    expect(open).not.toContain(tender.opportunityId);
    expect(new Set(open).size).toBe(open.length);
    // Published after the funding call on the same topic: once the call is in, the tender was seen too.
    expect((await client.request('GET', `/funding-calls/${tender.opportunityId}`, as(lead))).status).toBe(404);
    // The organisations arrive on their own topic; wait for the last one. The probe has no effect:
    // an unknown lead is a 404, a known one gets as far as the call, which is invalid (400).
    const probe = {
      title: 'probe',
      leadOrganisationId: outsider.organisationId,
      opportunityId: fundingCall.opportunityId,
      call: { programme: 'P', topic: 'T', deadline: fundingCall.deadline },
      rules: { minPartners: 1, minCountries: 1, requiredHelixTypes: [], minSmeSharePercent: 0 },
    };
    await waitFor(async () => (await client.request('POST', '/consortia', as(outsider), probe)).status === 400, {
      timeoutMs: 30_000,
      description: 'the directory knows the organisations',
    });

    const body = {
      title: 'CLUSTER-GO',
      leadOrganisationId: lead.organisationId,
      opportunityId: fundingCall.opportunityId,
      programme: 'COSME',
      rules: { minPartners: 5, minCountries: 3, requiredHelixTypes: ['research-institution', 'public-authority'], minSmeSharePercent: 30 },
    };
    const key = randomUUID();
    const created = await client.request('POST', '/consortia', as(lead), body, key);
    expect(created.status).toBe(201);
    expect(consortium(created.body)).toMatchObject({
      status: 'forming',
      coordinatorOrganisationId: lead.organisationId,
      call: { source: 'opportunity', opportunityId: fundingCall.opportunityId, programme: 'COSME', topic: fundingCall.title, deadline: fundingCall.deadline, budgetEur: 6_000_000 },
    });
    // The same Idempotency-Key has one effect: the same consortium again.
    const replay = await client.request('POST', '/consortia', as(lead), body, key);
    expect(consortium(replay.body).consortiumId).toBe(consortium(created.body).consortiumId);
    expect((await client.request('GET', '/consortia', as(lead))).body).toMatchObject({ items: [expect.objectContaining({ consortiumId: consortium(created.body).consortiumId })] });
  });

  it('validates input (400 naming the field) and scope (403)', async () => {
    const both = await client.request('POST', '/consortia', as(lead), {
      title: 'X',
      leadOrganisationId: lead.organisationId,
      opportunityId: fundingCall.opportunityId,
      call: { programme: 'LIFE', topic: 'T', deadline: fundingCall.deadline },
      rules: { minPartners: 1, minCountries: 1, requiredHelixTypes: [], minSmeSharePercent: 0 },
    });
    expect(both.status).toBe(400);
    expect((both.body as ErrorBody).details).toEqual([{ field: 'call', reason: 'give either opportunityId or call, not both' }]);
    const badRules = await client.request('POST', '/consortia', as(lead), { title: 'X', leadOrganisationId: lead.organisationId, opportunityId: fundingCall.opportunityId, rules: { minPartners: 0 } });
    expect(badRules.status).toBe(400);
    expect(JSON.stringify(badRules.body)).toContain('rules.minPartners');
    // A member cannot make another organisation the lead.
    const foreign = await client.request('POST', '/consortia', as(outsider), { title: 'X', leadOrganisationId: lead.organisationId, opportunityId: fundingCall.opportunityId, rules: { minPartners: 1, minCountries: 1, requiredHelixTypes: [], minSmeSharePercent: 0 } });
    expect(foreign.status).toBe(403);
  });

  it('forms across three clusters, answers eligibility, refuses then accepts submission, grants 450,000 EUR to five partners and reports it', async () => {
    const listed = (await client.request('GET', '/consortia', as(lead))).body as { items: ConsortiumView[] };
    const id = listed.items[0]!.consortiumId;
    const path = `/consortia/${id}`;

    const before = (await client.request('GET', `${path}/eligibility`, as(lead))).body as EligibilityReport;
    expect(before.eligible).toBe(false);
    expect(before.missing.map((requirement) => requirement.message)).toEqual([
      'needs at least 4 more partners (1 of 5)',
      'needs 2 more countries (1 of 3: DK)',
      'needs a public authority',
      'needs a research institution',
    ]);

    // Only the coordinator side invites.
    expect((await client.request('POST', `${path}/invitations`, as(outsider), { organisationId: sme.organisationId, role: 'partner' })).status).toBe(403);
    let current = consortium((await client.request('POST', `${path}/invitations`, as(lead), { organisationId: consultant.organisationId, role: 'subcontractor' })).body);
    for (const partner of partners) {
      const invited = await client.request('POST', `${path}/invitations`, as(lead), { organisationId: partner.organisationId, role: 'partner' });
      expect(invited.status).toBe(201);
      current = consortium(invited.body);
    }
    const again = await client.request('POST', `${path}/invitations`, as(lead), { organisationId: sme.organisationId, role: 'partner' });
    expect(again.status).toBe(409);
    expect(message(again.body)).toContain('already has an open invitation');
    const invitationOf = (organisationId: string) => current.invitations.find((invitation) => invitation.organisationId === organisationId)!.invitationId;

    // An invitee sees what it is asked to join; an outsider does not.
    expect((await client.request('GET', path, as(university))).status).toBe(200);
    expect((await client.request('GET', path, as(outsider))).status).toBe(403);
    // Nobody answers for someone else.
    expect((await client.request('POST', `${path}/invitations/${invitationOf(university.organisationId)}/accept`, as(sme))).status).toBe(403);

    expect((await client.request('POST', `${path}/invitations/${invitationOf(university.organisationId)}/accept`, as(university))).status).toBe(200);
    // The east cluster's manager accepts for its member.
    expect((await client.request('POST', `${path}/invitations/${invitationOf(sme.organisationId)}/accept`, manager(east))).status).toBe(200);
    expect((await client.request('POST', `${path}/invitations/${invitationOf(city.organisationId)}/accept`, as(city))).status).toBe(200);
    expect((await client.request('POST', `${path}/invitations/${invitationOf(industry.organisationId)}/accept`, as(industry))).status).toBe(200);
    const declined = await client.request('POST', `${path}/invitations/${invitationOf(consultant.organisationId)}/decline`, as(consultant));
    expect(consortium(declined.body).invitations.find((invitation) => invitation.organisationId === consultant.organisationId)?.status).toBe('declined');
    expect(consortium(declined.body).members.map((member) => member.clusterId).sort()).toEqual([east, north, north, west, west].sort());

    expect((await client.request('GET', `${path}/eligibility`, manager(west))).body).toEqual({ eligible: true, missing: [] });
    // The coordinator never leaves; a partner could (not exercised here: all five are needed).
    const coordinatorLeaves = await client.request('POST', `${path}/leave`, as(lead), { organisationId: lead.organisationId });
    expect(coordinatorLeaves.status).toBe(409);
    expect(message(coordinatorLeaves.body)).toContain('withdraw the consortium instead');

    // Submission: refused while forming, then while sections are open (the 409 lists them).
    expect(message((await client.request('POST', `${path}/submit`, as(lead))).body)).toContain('start drafting first');
    expect((await client.request('POST', `${path}/start-drafting`, as(lead))).status).toBe(200);
    const refused = await client.request('POST', `${path}/submit`, as(lead));
    expect(refused.status).toBe(409);
    expect(message(refused.body)).toContain('section excellence is todo; section impact is todo; section implementation is todo; section budget is todo');

    // The coordinator hands the impact section to the university, which finishes it itself.
    expect((await client.request('PATCH', `${path}/sections/impact`, as(lead), { ownerOrganisationId: university.organisationId })).status).toBe(200);
    expect((await client.request('PATCH', `${path}/sections/impact`, as(sme), { status: 'done' })).status).toBe(403);
    expect((await client.request('PATCH', `${path}/sections/impact`, as(university), { status: 'done' })).status).toBe(200);
    for (const key of ['excellence', 'implementation', 'budget']) {
      expect((await client.request('PATCH', `${path}/sections/${key}`, as(lead), { status: 'done' })).status).toBe(200);
    }
    const budget = await client.request('PUT', `${path}/budget/${sme.organisationId}`, as(sme), { lines: [{ category: 'personnel', amountEur: 60_000 }, { category: 'travel', amountEur: 8_500.5 }] });
    expect(consortium(budget.body).budgetLines).toEqual([
      { organisationId: sme.organisationId, category: 'personnel', amountEur: 60_000 },
      { organisationId: sme.organisationId, category: 'travel', amountEur: 8_500.5 },
    ]);

    expect((await client.request('POST', `${path}/submit`, as(university))).status).toBe(403);
    const submitted = await client.request('POST', `${path}/submit`, as(lead));
    expect(submitted.status).toBe(200);
    expect(consortium(submitted.body).status).toBe('submitted');
    // Frozen.
    expect((await client.request('PATCH', `${path}/sections/impact`, as(lead), { status: 'in-progress' })).status).toBe(409);

    const members = consortium(submitted.body).members;
    const wrong = await client.request('POST', `${path}/grant`, as(lead), { totalEur: 450_000, shares: members.map((member) => ({ organisationId: member.organisationId, amountEur: 89_000 })) });
    expect(wrong.status).toBe(400);
    expect((wrong.body as ErrorBody).details).toEqual([{ field: 'shares', reason: 'add up to 445,000.00 EUR, not the total 450,000.00 EUR' }]);
    const granted = await client.request('POST', `${path}/grant`, as(lead), { totalEur: 450_000, shares: members.map((member) => ({ organisationId: member.organisationId, amountEur: 90_000 })) });
    expect(granted.status).toBe(200);
    expect(consortium(granted.body)).toMatchObject({ status: 'granted', grant: { totalEur: 450_000 } });

    const statistics = (await client.request('GET', `/consortia/statistics?year=${year}`, as(outsider))).body as ConsortiumStatistics;
    expect(statistics.network).toMatchObject({ submissions: 1, granted: 1, successRatePercent: 100, eurGranted: 450_000 });
    expect(statistics.byCluster).toEqual([
      { clusterId: east, submissions: 1, granted: 1, reserveList: 0, rejected: 0, withdrawn: 0, successRatePercent: 100, eurGranted: 90_000 },
      { clusterId: north, submissions: 1, granted: 1, reserveList: 0, rejected: 0, withdrawn: 0, successRatePercent: 100, eurGranted: 180_000 },
      { clusterId: west, submissions: 1, granted: 1, reserveList: 0, rejected: 0, withdrawn: 0, successRatePercent: 100, eurGranted: 180_000 },
    ]);
    const register = (await client.request('GET', `/consortia/outcomes?year=${year}`, manager(east))).body as { items: OutcomeRegisterEntry[] };
    expect(register.items).toEqual([expect.objectContaining({ consortiumId: id, status: 'granted', grantedEur: 450_000, programme: 'COSME', clusterIds: [east, north, west].sort() })]);
    expect(((await client.request('GET', `/consortia/outcomes?year=${year}`, as(outsider))).body as { items: unknown[] }).items).toEqual([]);

    const events = await waitFor(
      async () => {
        const records = (await readTopic(app.brokers, Topics.consortiaConsortium, { timeoutMs: 3_000 })).filter((record) => record.key === id);
        return records.length === consortium(granted.body).version ? records : null;
      },
      { timeoutMs: 40_000, description: 'every consortium event on the topic' },
    );
    const types = events.map((record) => (record.json as { type: string }).type.replace('org.icn.consortia.consortium.', ''));
    expect(types).toEqual([
      'created.v1',
      ...Array<string>(5).fill('invitation-sent.v1'),
      ...Array<string>(4).fill('invitation-accepted.v1'),
      'invitation-declined.v1',
      'drafting-started.v1',
      ...Array<string>(5).fill('section-updated.v1'),
      'budget-updated.v1',
      'submitted.v1',
      'granted.v1',
    ]);
    expect(events.map((record) => (record.json as { subjectsequence: number }).subjectsequence)).toEqual(events.map((_, index) => index + 1));
  });

  it('puts a hand-entered call on the reserve list, then promotes it to granted', async () => {
    const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const created = await client.request('POST', '/consortia', manager(north), {
      title: 'Switch Green',
      leadOrganisationId: city.organisationId,
      call: { programme: 'SWITCH Africa Green', topic: 'Sustainable production', deadline },
      rules: { minPartners: 1, minCountries: 1, requiredHelixTypes: [], minSmeSharePercent: 0 },
    });
    expect(created.status).toBe(201);
    const path = `/consortia/${consortium(created.body).consortiumId}`;
    expect(consortium(created.body).call).toEqual({ source: 'manual', programme: 'SWITCH Africa Green', topic: 'Sustainable production', deadline });
    // Members come and go before submission: one leaves by itself, one is removed by the coordinator side.
    for (const organisation of [consultant, industry]) {
      const invited = consortium((await client.request('POST', `${path}/invitations`, as(city), { organisationId: organisation.organisationId, role: 'associated-partner' })).body);
      const invitationId = invited.invitations.find((invitation) => invitation.organisationId === organisation.organisationId)!.invitationId;
      expect((await client.request('POST', `${path}/invitations/${invitationId}/accept`, as(organisation))).status).toBe(200);
    }
    expect((await client.request('POST', `${path}/leave`, as(consultant), { organisationId: industry.organisationId })).status).toBe(403);
    expect((await client.request('POST', `${path}/leave`, as(consultant), { organisationId: consultant.organisationId })).status).toBe(200);
    expect((await client.request('POST', `${path}/members/${industry.organisationId}/remove`, as(industry))).status).toBe(403);
    const removed = await client.request('POST', `${path}/members/${industry.organisationId}/remove`, manager(north));
    expect(consortium(removed.body).members.map((member) => member.organisationId)).toEqual([city.organisationId]);
    await client.request('POST', `${path}/start-drafting`, as(city));
    for (const key of ['excellence', 'impact', 'implementation', 'budget']) await client.request('PATCH', `${path}/sections/${key}`, as(city), { status: 'done' });
    expect((await client.request('POST', `${path}/submit`, as(city))).status).toBe(200);
    expect(consortium((await client.request('POST', `${path}/reserve-list`, as(city))).body).status).toBe('reserve-list');
    expect((await client.request('POST', `${path}/withdraw`, as(city), {})).status).toBe(409);
    const promoted = await client.request('POST', `${path}/grant`, as(city), { totalEur: 120_000, shares: [{ organisationId: city.organisationId, amountEur: 120_000 }] });
    expect(consortium(promoted.body).status).toBe('granted');
    // The promotion keeps the record of its time on the reserve list.
    expect(Date.parse(consortium(promoted.body).reserveListedAt ?? '')).not.toBeNaN();
  });
});
