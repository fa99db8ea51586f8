import { COMMITS_COLLECTION } from '@icn/messaging';
import { Topics, type EligibilityRulesV1 } from '@icn/contracts';
import { DATABASE_CONNECTION } from '@icn/platform';
import { PrincipalTestClient, readTopic, type TestPrincipal, waitFor } from '@icn/testing';
import type { Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { startConsortiaTestApp, type ConsortiaTestApp } from '../testing/consortia-test-app';
import { aCluster, anOrganisation } from '../testing/membership-snapshot.fixtures';
import { PlatformEventProducer } from '../testing/platform-event.producer';
import type { ConsortiumState } from './domain/consortium';
import { checkEligibility, type EligibilityReport } from './domain/eligibility';
import type { ConsortiumView } from './http/consortium.view';
import { CONSORTIA_COLLECTION, type ConsortiumDocument } from './persistence/consortium.schema';

interface ConsortiumEvent {
  id: string;
  source: string;
  type: string;
  subjectsequence: number;
  data: { consortium: ConsortiumState };
}

/**
 * Two replicas of consortia on one database (ADR 12): no lock is shared between them, only the
 * commits' unique claims. Every command below is sent to both at once, so each is decided, lost and
 * decided again on the other replica's newer state.
 */
describe('consortia scaled out: two replicas on one database (real apps, Kafka and FerretDB)', () => {
  let first: ConsortiaTestApp;
  let second: ConsortiaTestApp;
  let replicas: PrincipalTestClient[];
  let db: Connection;
  const suffix = randomUUID().slice(0, 8);
  const [north, south] = [`rep-north-${suffix}`, `rep-south-${suffix}`];
  const lead = anOrganisation({ clusterId: north, name: 'Replica Lead ApS', country: 'DK', helixType: 'company', companySize: 'sme' });
  const countries = ['BE', 'NO', 'SE', 'FI', 'EE', 'PL'];
  const partners = countries.map((country, index) =>
    anOrganisation({ clusterId: index % 2 === 0 ? north : south, name: `Partner ${country}`, country, helixType: index === 0 ? 'research-institution' : 'company', companySize: 'sme' }),
  );
  const as = (organisation: { organisationId: string; clusterId: string }): TestPrincipal => ({ role: 'member', clusterId: organisation.clusterId, organisationId: organisation.organisationId });
  const consortium = (body: unknown) => body as ConsortiumView;
  const rules: EligibilityRulesV1 = { minPartners: 7, maxPartners: 7, minCountries: 7, requiredHelixTypes: ['research-institution'], minSmeSharePercent: 50 };

  beforeAll(async () => {
    first = await startConsortiaTestApp();
    second = await startConsortiaTestApp({ replicaOf: first });
    replicas = [new PrincipalTestClient(first.baseUrl), new PrincipalTestClient(second.baseUrl)];
    db = first.app.get<Connection>(DATABASE_CONNECTION);
    const producer = await PlatformEventProducer.connect(first.brokers);
    try {
      for (const clusterId of [north, south]) await producer.clusterRegistered(aCluster({ clusterId, name: clusterId }));
      for (const organisation of [lead, ...partners]) await producer.organisationJoined(organisation);
    } finally {
      await producer.disconnect();
    }
  });

  afterAll(async () => {
    // The replica first: the first app drops the database they share.
    await second?.close();
    await first?.close();
  });

  /** The same request through both replicas at the same moment. */
  const throughBoth = (method: 'POST', path: string, principal: TestPrincipal, body?: object) =>
    Promise.all(replicas.map((replica) => replica.request(method, path, principal, body)));

  it('records each invitation and each acceptance once, in one gapless version history, with the snapshot equal to the last event', async () => {
    // The directory is filled by whichever replica's consumer got the partition; the last partner proves it is complete.
    const created = await waitFor(
      async () => {
        const response = await replicas[0]!.request('POST', '/consortia', as(lead), {
          title: 'Two replicas',
          leadOrganisationId: lead.organisationId,
          call: { programme: 'COSME', topic: 'Scale out', deadline: new Date(Date.now() + 60 * 86_400_000).toISOString() },
          rules,
        });
        return response.status === 201 ? consortium(response.body) : null;
      },
      { timeoutMs: 30_000, description: 'the lead in the directory' },
    );
    const id = created.consortiumId;
    const path = `/consortia/${id}`;
    for (const partner of partners) {
      await waitFor(async () => (await replicas[1]!.request('POST', '/consortia', as(partner), { title: 'probe', leadOrganisationId: partner.organisationId, rules })).status === 400, {
        timeoutMs: 30_000,
        description: `${partner.name} in the directory`,
      });
    }

    // Every partner is invited through both replicas at once: one invitation each, the twin refused.
    const invitations = await Promise.all(partners.map((partner) => throughBoth('POST', `${path}/invitations`, as(lead), { organisationId: partner.organisationId, role: 'partner' })));
    for (const answers of invitations) {
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
      expect(JSON.stringify(answers.find((answer) => answer.status === 409)?.body)).toContain('already has an open invitation');
    }
    const invited = consortium((await replicas[0]!.request('GET', path, as(lead))).body);
    expect(invited.invitations).toHaveLength(partners.length);
    expect(new Set(invited.invitations.map((invitation) => invitation.organisationId))).toEqual(new Set(partners.map((partner) => partner.organisationId)));

    // Every invitee accepts through both replicas at once: joined once, the twin refused.
    const acceptances = await Promise.all(
      partners.map((partner) => {
        const invitation = invited.invitations.find((candidate) => candidate.organisationId === partner.organisationId)!;
        return throughBoth('POST', `${path}/invitations/${invitation.invitationId}/accept`, as(partner));
      }),
    );
    for (const answers of acceptances) {
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
      expect(JSON.stringify(answers.find((answer) => answer.status === 409)?.body)).toContain('was already accepted');
    }

    const expectedVersion = 1 + 2 * partners.length;
    // The snapshot as the writers left it, before any read by id could repair it (the list queries read it as is).
    const stored = await db.collection<ConsortiumDocument>(CONSORTIA_COLLECTION).findOne({ _id: id });
    const [fromFirst, fromSecond] = await Promise.all(replicas.map(async (replica) => consortium((await replica.request('GET', path, as(lead))).body)));
    expect(fromSecond).toEqual(fromFirst);
    expect(fromFirst.version).toBe(expectedVersion);
    expect(fromFirst.invitations.every((invitation) => invitation.status === 'accepted')).toBe(true);
    const memberIds = fromFirst.members.map((member) => member.organisationId);
    expect(memberIds).toHaveLength(1 + partners.length);
    expect(new Set(memberIds)).toEqual(new Set([lead, ...partners].map((organisation) => organisation.organisationId)));
    // The rules are met exactly, never exceeded: seven beneficiaries of at most seven, seven countries.
    const eligibility = (await replicas[1]!.request('GET', `${path}/eligibility`, as(lead))).body as EligibilityReport;
    expect(eligibility).toEqual({ eligible: true, missing: [] });

    // On the topic: versions 1..n once each, in order, one event per invitation and per acceptance.
    const events = await waitFor(
      async () => {
        const records = (await readTopic(first.brokers, Topics.consortiaConsortium, { timeoutMs: 3_000 })).filter((record) => record.key === id);
        return records.length >= expectedVersion ? records : null;
      },
      { timeoutMs: 40_000, description: 'every consortium event on the topic' },
    );
    const published = events.map((record) => record.json as ConsortiumEvent);
    expect(published.map((event) => event.subjectsequence)).toEqual(Array.from({ length: expectedVersion }, (_, index) => index + 1));
    expect(new Set(published.map((event) => event.id)).size).toBe(expectedVersion);
    expect(new Set(events.map((record) => record.partition)).size).toBe(1);
    expect(new Set(published.map((event) => event.source))).toEqual(new Set(['/icn/consortia']));
    const typeOf = (event: ConsortiumEvent) => event.type.replace('org.icn.consortia.consortium.', '');
    expect(published.map(typeOf).sort()).toEqual(['created.v1', ...Array<string>(partners.length).fill('invitation-sent.v1'), ...Array<string>(partners.length).fill('invitation-accepted.v1')].sort());
    // Each event's snapshot is the one before it plus exactly its own step.
    published.forEach((event, index) => expect(event.data.consortium.version).toBe(index + 1));
    const joinedBy = published.filter((event) => typeOf(event) === 'invitation-accepted.v1').map((event) => event.data.consortium.members.length);
    expect(joinedBy).toEqual(Array.from({ length: partners.length }, (_, index) => index + 2));
    for (const event of published) expect(checkEligibility(rules, event.data.consortium.members).missing.map((requirement) => requirement.rule)).not.toContain('max-partners');

    // The stored snapshot is the last event's consortium, and every commit is published.
    const last = published[published.length - 1]!.data.consortium;
    const { _id, audience: _audience, outcomeAt: _outcomeAt, ...fields } = stored!;
    expect({ ...fields, consortiumId: _id }).toEqual(last);
    expect(fromFirst).toMatchObject({ version: last.version, members: last.members });
    const commits = await db.collection(COMMITS_COLLECTION).find({ aggregate: `consortium:${id}` }).toArray();
    expect(commits.map((commit) => commit['version'] as number).sort((a, b) => a - b)).toEqual(Array.from({ length: expectedVersion }, (_, index) => index + 1));
    await waitFor(async () => (await db.collection(COMMITS_COLLECTION).countDocuments({ aggregate: `consortium:${id}`, published: false })) === 0, {
      timeoutMs: 10_000,
      description: 'every commit marked published',
    });
  });
});
