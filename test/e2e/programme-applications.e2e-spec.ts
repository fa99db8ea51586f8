import { assertEventConforms, findEventDefinition, Topics, type CloudEvent, type NotificationDeliveredV1 } from '@icn/contracts';
import { randomUUID } from 'node:crypto';
import { E2ePlatform } from '../support/e2e-platform';
import { clusterInput, organisationInput } from '../support/factories';
import { expectStatus, HttpClient, type HttpResponse } from '../support/http-client';
import { PhaseTimer } from '../support/phase-timer';
import { summarise } from '../support/reconcile';
import { SseStreamClient } from '../support/sse-stream-client';
import { clusterManagerToken, memberToken, networkAdminToken } from '../support/tokens';
import { TopicTail } from '../support/topic-tail';
import { uniqueClusterId } from '../support/unique-id';
import { waitFor } from '../support/wait-for';

const DAY_MS = 86_400_000;

interface Application {
  applicationId: string;
  status: string;
  clusterId: string;
  version: number;
  comments: { kind: string; text: string }[];
  outcome?: string;
}

interface ApplicationPage {
  items: Application[];
}

/** Every lifecycle step's event type, in the order the scenario takes them. */
const EXPECTED_EVENTS = [
  'org.icn.network.application.drafted.v1',
  'org.icn.network.application.submitted.v1',
  'org.icn.network.application.returned.v1',
  'org.icn.network.application.answers-updated.v1',
  'org.icn.network.application.submitted.v1',
  'org.icn.network.application.endorsed.v1',
  'org.icn.network.application.forwarded.v1',
  'org.icn.network.application.outcome-recorded.v1',
];

/**
 * Issue 14, points 2 and 6: an application to a partner programme through the network, across two
 * clusters, with membership, matchmaking, opportunities and network as processes. The secretariat
 * registers a partner and a programme with an open call window; a subscription of cluster A whose
 * filters match hears of it on its SSE stream (opportunities' fan-out, ADR 23), one whose filters do
 * not hears nothing. A member of A drafts and submits; A's manager returns it with a comment, the
 * member answers again and resubmits, A's manager endorses, the secretariat forwards it and records
 * the outcome. Cluster B's manager and member get 403 on every step and read, and never see it in a
 * list. Every change is one event on icn.network.application.v1, in order, valid against its contract.
 */
describe('programme applications: endorsement and forwarding across clusters', () => {
  let platform: E2ePlatform;
  const clusterB = uniqueClusterId();
  const streams: SseStreamClient[] = [];

  beforeAll(async () => {
    platform = await E2ePlatform.start('programme-applications', { opportunities: true, network: true });
  });

  afterAll(async () => {
    streams.forEach((stream) => stream.close());
    await platform?.stop();
  });

  it('A’s member applies, A’s manager returns and endorses, the secretariat forwards; B gets 403 throughout; the matching subscriber is notified', async () => {
    const phases = new PhaseTimer();
    const secret = platform.jwtSecret;
    const clusterA = platform.clusterId;
    const secretariat = platform.networkAs(networkAdminToken(secret));
    await platform.api.registerCluster(clusterInput(clusterB, { name: 'Cluster B', country: 'BE' }));
    const company = { helixType: 'company' as const, companySize: 'sme' as const, sectors: ['energy-efficiency' as const] };
    const applicantA = expectStatus(await platform.membershipAs(clusterA).joinOrganisation(organisationInput(clusterA, 1, { ...company, name: 'Applicant A', country: 'DK' })), 201, 'join A');
    const memberB = expectStatus(await platform.membershipAs(clusterB).joinOrganisation(organisationInput(clusterB, 2, { ...company, name: 'Member B', country: 'BE' })), 201, 'join B');
    phases.mark('clustersAndMembers');

    // Cluster A's manager subscribes twice in opportunities: one filter matches the programme, one does not.
    const subscribe = async (name: string, filters: Record<string, unknown>): Promise<SseStreamClient> => {
      const { subscriptionId } = expectStatus(await platform.opportunitiesManager.post<{ subscriptionId: string }>('/subscriptions', { name, filters }), 201, `subscription ${name}`);
      const stream = new SseStreamClient(() => `${platform.requireOpportunitiesUrl()}/subscriptions/${subscriptionId}/stream`, clusterManagerToken(secret, clusterA));
      await stream.start();
      streams.push(stream);
      return stream;
    };
    const matching = await subscribe('partner programmes in energy efficiency', { types: ['partner-programme'], sectors: ['energy-efficiency'] });
    const notMatching = await subscribe('hydrogen only', { sectors: ['hydrogen'] });
    const applicationTail = await TopicTail.fromNow(platform.kafka, Topics.networkApplication);

    // The secretariat registers the partner and its programme, its call window open now.
    const partner = expectStatus(await secretariat.post<{ partnerId: string }>('/partners', { name: 'C40 Cities', website: 'https://www.c40.org', country: 'GB' }), 201, 'partner');
    const registeredAt = Date.now();
    const programme = expectStatus(
      await secretariat.post<{ programmeId: string }>('/programmes', {
        partnerId: partner.partnerId,
        title: `City solutions platform ${randomUUID().slice(0, 8)}`,
        eligibility: { sectors: ['energy-efficiency'], helixTypes: ['company'], countries: [] },
        callWindow: { opensAt: new Date(registeredAt - DAY_MS).toISOString(), closesAt: new Date(registeredAt + 30 * DAY_MS).toISOString() },
        requirements: [{ key: 'solution-summary', title: 'Solution summary' }],
      }),
      201,
      'programme',
    );
    const notificationOf = (stream: SseStreamClient) =>
      stream.frames.map((frame) => (JSON.parse(frame.data) as CloudEvent<NotificationDeliveredV1>).data.notification).find((notification) => notification.opportunity.opportunityId === programme.programmeId);
    await waitFor(() => notificationOf(matching) !== undefined, { timeoutMs: 30_000, description: 'the programme on the matching subscription’s stream' });
    const notifiedAfterMs = Date.now() - registeredAt;
    phases.mark('programmeNotified');
    expect(notificationOf(matching)).toMatchObject({ kind: 'published', opportunity: { type: 'partner-programme' }, programme: { partnerName: 'C40 Cities', programmeId: programme.programmeId } });

    // A's member drafts (once the network's directory has the organisation) and submits.
    const member = platform.networkAs(memberToken(secret, clusterA, applicantA.organisationId));
    const managerA = platform.networkAs(clusterManagerToken(secret, clusterA));
    const outsiders: Record<string, HttpClient> = {
      'B’s manager': platform.networkAs(clusterManagerToken(secret, clusterB)),
      'B’s member': platform.networkAs(memberToken(secret, clusterB, memberB.organisationId)),
    };
    const draft = await waitFor(
      async () => {
        const response = await member.post<Application>('/applications', { programmeId: programme.programmeId, answers: [{ requirementKey: 'solution-summary', text: 'Our heat recovery.' }] });
        return response.status === 201 ? response.body : undefined;
      },
      { timeoutMs: 90_000, description: 'the application drafted (the network’s directory filled from Kafka)' },
    );
    const path = `/applications/${draft.applicationId}`;
    const refusals: string[] = [];
    /** Every step and read of the application, as each outsider: all 403, none changes it. */
    const outsidersRefused = async (when: string): Promise<void> => {
      for (const [who, client] of Object.entries(outsiders)) {
        const attempts: [string, Promise<HttpResponse>][] = [
          ['GET', client.get(path)],
          ['PUT answers', client.request('PUT', `${path}/answers`, { body: { answers: [{ requirementKey: 'solution-summary', text: 'hijacked' }] } })],
          ['submit', client.post(`${path}/submit`, {})],
          ['withdraw', client.post(`${path}/withdraw`, {})],
          ['return', client.post(`${path}/return`, { comment: 'not yours' })],
          ['endorse', client.post(`${path}/endorse`, {})],
          ['forward', client.post(`${path}/forward`, {})],
          ['outcome', client.post(`${path}/outcome`, { outcome: 'rejected' })],
        ];
        for (const [step, attempt] of attempts) {
          const response = await attempt;
          refusals.push(`${when} ${who} ${step}: ${response.status}`);
          expect(`${who} ${step} ${when}: ${response.status}`).toBe(`${who} ${step} ${when}: 403`);
        }
        for (const query of ['', `?programmeId=${programme.programmeId}`]) {
          const page = expectStatus(await client.get<ApplicationPage>(`/applications${query}`), 200, `${who} lists ${query}`);
          expect(page.items.map((item) => item.applicationId)).not.toContain(draft.applicationId);
        }
      }
    };
    await outsidersRefused('draft');
    expectStatus(await member.post(`${path}/submit`, {}), 200, 'submit');
    await outsidersRefused('submitted');

    // A's manager returns it with a comment; the member answers again and resubmits; the manager endorses.
    const returned = expectStatus(await managerA.post<Application>(`${path}/return`, { comment: 'Add the pilot city, please.' }), 200, 'return');
    expect(returned).toMatchObject({ status: 'returned', comments: [{ kind: 'returned', text: 'Add the pilot city, please.' }] });
    await outsidersRefused('returned');
    expectStatus(await member.request('PUT', `${path}/answers`, { body: { answers: [{ requirementKey: 'solution-summary', text: 'Our heat recovery, piloted in Aarhus.' }] } }), 200, 'answers updated');
    expectStatus(await member.post(`${path}/submit`, {}), 200, 'resubmit');
    expectStatus(await member.post(`${path}/endorse`, {}), 403, 'the member endorsing its own application');
    expectStatus(await managerA.post(`${path}/endorse`, { comment: 'Strong fit.' }), 200, 'endorse');
    await outsidersRefused('endorsed');
    expectStatus(await managerA.post(`${path}/forward`, {}), 403, 'the manager forwarding');

    // The secretariat forwards it to the partner and records the answer.
    expectStatus(await secretariat.post(`${path}/forward`, { comment: 'Sent to C40.' }), 200, 'forward');
    await outsidersRefused('forwarded');
    const decided = expectStatus(await secretariat.post<Application>(`${path}/outcome`, { outcome: 'accepted', note: 'Selected for the 2027 cohort.' }), 200, 'outcome');
    expect(decided).toMatchObject({ status: 'accepted', outcome: 'accepted' });
    await outsidersRefused('accepted');
    // A's member and manager still see it, in their lists too.
    for (const client of [member, managerA]) {
      const page = expectStatus(await client.get<ApplicationPage>(`/applications?programmeId=${programme.programmeId}`), 200, 'A lists');
      expect(page.items.map((item) => item.applicationId)).toEqual([draft.applicationId]);
    }
    phases.mark('lifecycle');

    // Every change, one event each, in order, sequences 1..8, each valid against its contract.
    const messages = await applicationTail.collect((seen) => seen.filter((message) => message.key === draft.applicationId).length >= EXPECTED_EVENTS.length, 60_000);
    const events = messages.filter((message) => message.key === draft.applicationId).map((message) => JSON.parse(message.value ?? '') as CloudEvent<unknown>);
    expect(events.map((event) => event.type)).toEqual(EXPECTED_EVENTS);
    expect(events.map((event) => event.subjectsequence)).toEqual(EXPECTED_EVENTS.map((_type, index) => index + 1));
    for (const event of events) {
      const definition = findEventDefinition(event.type);
      if (definition === undefined) throw new Error(`no contract for ${event.type}`);
      expect(() => assertEventConforms(definition, event)).not.toThrow();
    }
    phases.mark('eventsChecked');

    // The subscription whose filters do not match heard nothing of the programme (its stream is live: it got no frame of it).
    expect(notificationOf(notMatching)).toBeUndefined();
    expect(matching.frames.filter((frame) => frame.data.includes(programme.programmeId))).toHaveLength(1);

    console.warn(
      summarise('programme-applications', {
        ...phases.figures(),
        programmeRegisteredToNotifiedMs: notifiedAfterMs,
        outsiderAttemptsRefused: refusals.length,
        applicationEvents: events.length,
      }),
    );
    platform.markPassed();
  });
});
