import { ContactAdded, OrganisationJoined, OrganisationUpdated, Topics, type CloudEvent } from '@icn/contracts';
import { EventCollector } from '../testing/event-collector';
import { clusterBody, organisationBody, uniqueClusterId } from '../testing/membership-fixtures';
import { startMembershipTestApp, type MembershipTestApp } from '../testing/membership-test-app';

type Snapshot = Record<string, unknown> & { contacts: Record<string, unknown>[] };

const ORGANISATIONS = 3;
/** Per organisation: this many contacts added and this many profile edits, all at once. */
const CONTACTS_EACH = 8;
const EDITS_EACH = 8;

/**
 * ADR 12's guarantee through the HTTP API: two replicas of membership on one database and one
 * Kafka share no lock, only the commits' unique claims. Many concurrent edits of the same
 * organisations, spread over both replicas, must each be kept once: every acknowledged edit's event
 * on the topic, each organisation's versions 1..n without gap or duplicate, and the stored state
 * equal to what its events say.
 */
describe('concurrent writes to the same organisations through two replicas (real HTTP, Kafka, FerretDB)', () => {
  let first: MembershipTestApp;
  let second: MembershipTestApp;
  let events: EventCollector;
  const clusterId = uniqueClusterId('replicas');

  beforeAll(async () => {
    first = await startMembershipTestApp();
    second = await startMembershipTestApp({ replicaOf: first });
    events = new EventCollector(process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092', [Topics.membershipOrganisation]);
    await events.start();
  });

  afterAll(async () => {
    await events?.stop();
    // The replica first: the first app drops the database they share.
    await second?.close();
    await first?.close();
  });

  it('keeps every acknowledged edit once, numbers each organisation 1..n and stores what the events say', async () => {
    const replicas = [first, second];
    const admin = first.token({ sub: 'secretariat', role: 'network-admin' });
    expect((await first.call('POST', '/clusters', { token: admin, body: clusterBody(clusterId) })).status).toBe(201);
    const ids: string[] = [];
    for (let index = 0; index < ORGANISATIONS; index += 1) {
      const joined = await replicas[index % 2]!.call('POST', '/organisations', { token: admin, body: organisationBody(clusterId, `Busy ${index} ${clusterId}`, { contacts: [] }) });
      expect(joined.status).toBe(201);
      ids.push((joined.body as { organisationId: string }).organisationId);
    }

    // Every edit of every organisation at once, alternating between the replicas.
    const commands = ids.flatMap((id) => [
      ...Array.from({ length: CONTACTS_EACH }, (_, i) => ({ id, kind: 'contact' as const, value: `person${i}@example.org` })),
      ...Array.from({ length: EDITS_EACH }, (_, i) => ({ id, kind: 'profile' as const, value: `Edit ${i} of ${id}` })),
    ]);
    const answers = await Promise.all(
      commands.map((command, index) => {
        const replica = replicas[index % 2]!;
        return command.kind === 'contact'
          ? replica.call('POST', `/organisations/${command.id}/contacts`, { token: admin, body: { name: `Person ${command.value}`, email: command.value } })
          : replica.call('PATCH', `/organisations/${command.id}`, { token: admin, body: { description: command.value } });
      }),
    );
    expect(answers.map((answer) => answer.status)).toEqual(commands.map((command) => (command.kind === 'contact' ? 201 : 200)));

    for (const id of ids) {
      const versions = 1 + CONTACTS_EACH + EDITS_EACH;
      await events.waitForSubject(id, versions, 30_000);
    }
    // Let duplicates, if any were published, arrive before counting.
    await events.settle();

    for (const id of ids) {
      const history = events.bySubject(id);
      const versions = 1 + CONTACTS_EACH + EDITS_EACH;
      expect(history.map((event) => event.subjectsequence)).toEqual(Array.from({ length: versions }, (_, i) => i + 1));

      // Each acknowledged edit has its event: the added contact's id, the edit at the version it answered with.
      const acknowledged = commands.map((command, index) => ({ command, answer: answers[index]! })).filter(({ command }) => command.id === id);
      for (const { command, answer } of acknowledged) {
        if (command.kind === 'contact') {
          const { contactId } = answer.body as { contactId: string };
          expect(history.filter((event) => event.type === ContactAdded.type && (event.data as { contact: { contactId: string } }).contact.contactId === contactId)).toHaveLength(1);
        } else {
          const { version } = answer.body as { version: number };
          const event = history[version - 1] as CloudEvent<{ organisation: Snapshot }>;
          expect(event).toMatchObject({ type: OrganisationUpdated.type, data: { organisation: { description: command.value } } });
        }
      }

      // The state the events describe, folded in order, is the state both replicas serve.
      const described = describedBy(history);
      for (const replica of replicas) {
        const served = await replica.call('GET', `/organisations/${id}`, { token: admin });
        expect(served.status).toBe(200);
        expect(served.body).toMatchObject({ ...described, version: versions });
      }
    }

    // The snapshots the lists read (brought forward by every commit, repaired by the reads above) agree.
    const listed = await second.call('GET', `/organisations?clusterId=${clusterId}&limit=${ORGANISATIONS}`, { token: admin });
    const items = (listed.body as { items: { organisationId: string; version: number; contacts: unknown[] }[] }).items;
    expect(items.map((item) => [item.organisationId, item.version, item.contacts.length]).sort()).toEqual(
      ids.map((id) => [id, 1 + CONTACTS_EACH + EDITS_EACH, CONTACTS_EACH]).sort(),
    );
  });
});

/** An organisation's public snapshot as its events tell it: joined, then each contact added or profile edited. */
function describedBy(history: readonly CloudEvent[]): Snapshot {
  let snapshot: Snapshot | undefined;
  for (const event of history) {
    if (event.type === OrganisationJoined.type || event.type === OrganisationUpdated.type) {
      snapshot = { ...(event.data as { organisation: Snapshot }).organisation };
    } else if (event.type === ContactAdded.type && snapshot !== undefined) {
      snapshot = { ...snapshot, contacts: [...snapshot.contacts, (event.data as { contact: Record<string, unknown> }).contact] };
    } else {
      throw new Error(`unexpected ${event.type} in the history of ${event.subject}`);
    }
  }
  if (snapshot === undefined) throw new Error('no OrganisationJoined in the history');
  return snapshot;
}
