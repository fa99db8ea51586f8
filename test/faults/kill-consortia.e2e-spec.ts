import { isDeepStrictEqual } from 'node:util';
import { Topics } from '@icn/contracts';
import { runWithConcurrency } from '../support/concurrency';
import { parseConsortiumEvent, sendCommand, type CommandOutcome, type Consortium, type ConsortiumEventRecord } from '../support/consortia-api';
import { ConsortiaReadModels } from '../support/consortia-read-models';
import { E2ePlatform } from '../support/e2e-platform';
import { clusterInput, organisationInput } from '../support/factories';
import { expectStatus, type HttpClient } from '../support/http-client';
import { summarise } from '../support/reconcile';
import { memberToken } from '../support/tokens';
import { TopicTail } from '../support/topic-tail';
import { uniqueClusterId } from '../support/unique-id';
import { sleep, waitFor } from '../support/wait-for';

const DAY_MS = 86_400_000;
const ORGANISATIONS = 12;
const CONSORTIA = 4;
/** Each consortium invites this many of the others; each invitation is then accepted by the invitee. */
const INVITEES = 6;
const SECTIONS = ['excellence', 'impact', 'implementation', 'budget'];
const CONCURRENCY = 8;
const KILL_AFTER_ACKS = 20;
/** How long a command is retried with its key while consortia is down and restarting. */
const RETRY_FOR_MS = 60_000;

interface Party {
  organisationId: string;
  clusterId: string;
}

/** One command of the burst and what became of it. */
interface SentCommand {
  consortiumId: string;
  kind: 'invite' | 'accept' | 'section';
  /** The invitee (invite, accept) or the section key. */
  target: string;
  /** For a section update: the absolute values it sets. */
  values?: { title: string; dueDate: string };
  outcome: 'acknowledged' | 'unknown' | 'refused';
  detail?: string;
}

/**
 * kill -9 of consortia during a burst of formation and workspace commands on four consortia (24
 * invitations, each accepted by its invitee as soon as it is acknowledged, and 16 section updates;
 * eight in flight), with Idempotency-Key retries while the service is down and restarting. While it
 * is down, membership renames three organisations and opportunities extends the funding call, so
 * both read models have to catch up from their committed offsets. Afterwards:
 *  - every acknowledged command's effect is in the consortium (invited, member, section values);
 *  - nothing is doubled: one invitation and at most one membership per organisation and consortium;
 *  - each consortium's events on icn.consortia.consortium.v1 have the sequences 1..version, one
 *    distinct event each (a relay re-publication after the crash repeats an event id, which
 *    consumers dedupe, and is counted apart), and the last one carries exactly the state consortia
 *    answers (no state without its event);
 *  - the directory and funding-call read models equal what membership and opportunities hold, each
 *    event applied once.
 */
describe('fault: kill -9 consortia during a burst of commands', () => {
  let platform: E2ePlatform;
  const west = uniqueClusterId();
  const east = uniqueClusterId();

  beforeAll(async () => {
    platform = await E2ePlatform.start('kill-consortia', { opportunities: true, consortia: true });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  const as = (party: Party): HttpClient => platform.consortiaAs(memberToken(platform.jwtSecret, party.clusterId, party.organisationId));

  it('loses no acknowledged command, doubles none, and keeps the event stream and the read models exact', async () => {
    const clusters = [platform.clusterId, west, east];
    await platform.api.registerCluster(clusterInput(west, { name: 'West cluster', country: 'BE' }));
    await platform.api.registerCluster(clusterInput(east, { name: 'East cluster', country: 'NO' }));
    const parties: Party[] = [];
    for (let n = 0; n < ORGANISATIONS; n++) {
      const clusterId = clusters[n % clusters.length] as string;
      const input = organisationInput(clusterId, n, { name: `Kill consortia partner ${n}` });
      const response = await platform.membershipAs(clusterId).joinOrganisation(input);
      parties.push({ organisationId: expectStatus(response, 201, `join #${n}`).organisationId, clusterId });
    }
    const published = await platform.opportunitiesManager.post<{ opportunityId: string }>('/opportunities', {
      type: 'funding-call',
      title: 'Horizon Europe: clean heat for cities',
      description: 'Consortia of at least two countries.',
      sectors: ['district-heating'],
      deadline: new Date(Date.now() + 60 * DAY_MS).toISOString(),
      visibility: 'network',
      publish: true,
    });
    const { opportunityId } = expectStatus(published, 201, 'publish the funding call');
    const readModels = await ConsortiaReadModels.open(platform.env.mongoUri, platform.consortiaDatabase);
    try {
      await waitFor(
        async () =>
          (await readModels.fundingCall(opportunityId)) !== null &&
          (await Promise.all(parties.map((party) => readModels.organisation(party.organisationId)))).every((document) => document !== null),
        { timeoutMs: 60_000, description: 'the funding call and the organisations in consortia’s read models' },
      );

      // Four consortia on the call, led from the three clusters; every event of theirs is read back at the end.
      const tail = await TopicTail.fromNow(platform.kafka, Topics.consortiaConsortium);
      const leads = Array.from({ length: CONSORTIA }, (_, index) => parties[index] as Party);
      const consortia: { consortium: Consortium; lead: Party; invitees: Party[] }[] = [];
      for (const [k, lead] of leads.entries()) {
        const created = await as(lead).post<Consortium>('/consortia', {
          title: `Burst ${k}`,
          leadOrganisationId: lead.organisationId,
          opportunityId,
          programme: 'Horizon Europe',
          rules: { minPartners: 3, minCountries: 2, requiredHelixTypes: [], minSmeSharePercent: 0 },
        });
        const invitees = Array.from({ length: INVITEES }, (_, offset) => parties[(k + 1 + offset * 2) % ORGANISATIONS] as Party).filter((party) => party !== lead);
        consortia.push({ consortium: expectStatus(created, 201, `create consortium ${k}`), lead, invitees });
      }

      // The burst: invite → accept chains and section updates, interleaved.
      const sent: SentCommand[] = [];
      let acks = 0;
      const record = (command: Omit<SentCommand, 'outcome' | 'detail'>, outcome: CommandOutcome<unknown>, expected: number): SentCommand => {
        let entry: SentCommand;
        if (outcome.kind === 'unknown') entry = { ...command, outcome: 'unknown', detail: outcome.reason };
        else if (outcome.response.status === expected) entry = { ...command, outcome: 'acknowledged' };
        else entry = { ...command, outcome: 'refused', detail: `HTTP ${outcome.response.status} ${JSON.stringify(outcome.response.body)}` };
        if (entry.outcome === 'acknowledged') acks += 1;
        sent.push(entry);
        return entry;
      };
      const dueDate = new Date(Date.now() + 20 * DAY_MS).toISOString().slice(0, 10);
      const tasks: (() => Promise<void>)[] = [];
      for (let i = 0; i < INVITEES; i++) {
        for (const { consortium, lead, invitees } of consortia) {
          const invitee = invitees[i];
          if (invitee === undefined) continue;
          const path = `/consortia/${consortium.consortiumId}`;
          tasks.push(async () => {
            const outcome = await sendCommand<Consortium>(as(lead), 'POST', `${path}/invitations`, { organisationId: invitee.organisationId, role: 'partner' }, RETRY_FOR_MS);
            const invited = record({ consortiumId: consortium.consortiumId, kind: 'invite', target: invitee.organisationId }, outcome, 201);
            if (invited.outcome !== 'acknowledged' || outcome.kind !== 'answered') return;
            const invitation = outcome.response.body.invitations.find((entry) => entry.organisationId === invitee.organisationId);
            const accepted = await sendCommand(as(invitee), 'POST', `${path}/invitations/${invitation?.invitationId}/accept`, {}, RETRY_FOR_MS);
            record({ consortiumId: consortium.consortiumId, kind: 'accept', target: invitee.organisationId }, accepted, 200);
          });
          const section = SECTIONS[i];
          if (section !== undefined) {
            const values = { title: `${section} of ${consortium.title}`, dueDate };
            tasks.push(async () => {
              const outcome = await sendCommand(as(lead), 'PATCH', `${path}/sections/${section}`, values, RETRY_FOR_MS);
              record({ consortiumId: consortium.consortiumId, kind: 'section', target: section, values }, outcome, 200);
            });
          }
        }
      }
      const burst = runWithConcurrency(tasks.length, CONCURRENCY, (index) => (tasks[index] as () => Promise<void>)());
      await waitFor(() => acks >= KILL_AFTER_ACKS, { timeoutMs: 60_000, intervalMs: 5, description: `${KILL_AFTER_ACKS} acknowledged commands` });
      await platform.consortia?.kill('SIGKILL');
      const killedAt = Date.now();
      const acksAtKill = acks;

      // While consortia is down, its upstreams move on: three organisations renamed, the call extended.
      const renamed = [4, 5, 6].map((index) => parties[index] as Party);
      for (const party of renamed) {
        expectStatus(await platform.membershipAs(party.clusterId).updateOrganisation(party.organisationId, { name: `Renamed ${party.organisationId.slice(0, 8)}` }), 200, 'rename');
      }
      const extendedDeadline = new Date(Date.now() + 90 * DAY_MS).toISOString();
      expectStatus(await platform.opportunitiesManager.post(`/opportunities/${opportunityId}/extend-deadline`, { deadline: extendedDeadline }), 200, 'extend the call');
      await sleep(500);
      await platform.consortia?.startAndWaitReady();
      const restartReadyMs = Date.now() - killedAt;
      const results = await burst;
      expect(results.filter((result) => !result.ok)).toEqual([]);
      const burstDoneMs = Date.now() - killedAt;

      // The state consortia answers after the restart is the truth for "may or may not have happened".
      const states = new Map<string, Consortium>();
      for (const { consortium, lead } of consortia) {
        states.set(consortium.consortiumId, expectStatus(await as(lead).get<Consortium>(`/consortia/${consortium.consortiumId}`), 200, 'read back'));
      }
      const tookEffect = (command: SentCommand): boolean => {
        const state = states.get(command.consortiumId) as Consortium;
        switch (command.kind) {
          case 'invite':
            return state.invitations.some((invitation) => invitation.organisationId === command.target);
          case 'accept':
            return (
              state.members.some((member) => member.organisationId === command.target) &&
              state.invitations.some((invitation) => invitation.organisationId === command.target && invitation.status === 'accepted')
            );
          case 'section': {
            const section = state.sections.find((entry) => entry.key === command.target);
            return section?.title === command.values?.title && section?.dueDate === command.values?.dueDate;
          }
        }
      };
      const acknowledged = sent.filter((command) => command.outcome === 'acknowledged');
      const unknown = sent.filter((command) => command.outcome === 'unknown');
      const lost = acknowledged.filter((command) => !tookEffect(command));
      const doubled: string[] = [];
      for (const [consortiumId, state] of states) {
        for (const [what, ids] of [
          ['invitation', state.invitations.map((invitation) => invitation.organisationId)],
          ['member', state.members.map((member) => member.organisationId)],
        ] as const) {
          const seen = new Set<string>();
          for (const id of ids) {
            if (seen.has(id)) doubled.push(`${consortiumId}: ${what} ${id} twice`);
            seen.add(id);
          }
        }
      }

      // The event stream: 1..version per consortium, one distinct event each, the last one the state.
      const messages = await tail.collect(
        (collected) =>
          [...states].every(([consortiumId, state]) => new Set(collected.filter((message) => message.key === consortiumId).map((message) => parseConsortiumEvent(message).id)).size >= state.version),
        60_000,
      );
      let republished = 0;
      const streamProblems: string[] = [];
      for (const [consortiumId, state] of states) {
        const byId = new Map<string, ConsortiumEventRecord>();
        const all = messages.filter((message) => message.key === consortiumId).map(parseConsortiumEvent);
        for (const event of all) {
          const earlier = byId.get(event.id);
          if (earlier !== undefined && !isDeepStrictEqual(earlier, event)) streamProblems.push(`${consortiumId}: event ${event.id} published twice with different content`);
          byId.set(event.id, event);
        }
        republished += all.length - byId.size;
        const sequences = [...byId.values()].map((event) => event.subjectsequence).sort((a, b) => a - b);
        if (!isDeepStrictEqual(sequences, Array.from({ length: state.version }, (_, index) => index + 1))) {
          streamProblems.push(`${consortiumId}: sequences ${sequences.join(',')} for version ${state.version}`);
        }
        const last = [...byId.values()].find((event) => event.subjectsequence === state.version);
        if (!isDeepStrictEqual(last?.data.consortium, state)) streamProblems.push(`${consortiumId}: the event of version ${state.version} does not carry the state consortia answers`);
      }

      // The read models caught up exactly, each event applied once.
      const membershipNow = await Promise.all(parties.map(async (party) => expectStatus(await platform.membershipAs(party.clusterId).getOrganisation(party.organisationId), 200, 'membership')));
      const opportunityNow = expectStatus(await platform.opportunitiesManager.get<{ deadline: string; version: number; title: string }>(`/opportunities/${opportunityId}`), 200, 'opportunity');
      const readModelProblems = await waitFor(
        async () => {
          const problems: string[] = [];
          for (const organisation of membershipNow) {
            const copy = await readModels.organisation(organisation.organisationId);
            const expected = { name: organisation.name, clusterId: organisation.clusterId, country: organisation.country, helixType: organisation.helixType, status: organisation.status };
            const actual = { name: copy?.name, clusterId: copy?.clusterId, country: copy?.country, helixType: copy?.helixType, status: copy?.status };
            if (!isDeepStrictEqual(actual, expected)) problems.push(`organisation ${organisation.organisationId}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
            if (copy?.lastSequence !== organisation.version || copy.appliedEvents !== organisation.version) {
              problems.push(`organisation ${organisation.organisationId}: lastSequence ${copy?.lastSequence}, applied ${copy?.appliedEvents}, version ${organisation.version}`);
            }
          }
          const call = await readModels.fundingCall(opportunityId);
          if (call?.opportunity.deadline !== opportunityNow.deadline || call.opportunity.version !== opportunityNow.version || call.opportunity.title !== opportunityNow.title) {
            problems.push(`funding call: ${JSON.stringify(call?.opportunity)} ≠ version ${opportunityNow.version} deadline ${opportunityNow.deadline}`);
          }
          if (call?.lastSequence !== opportunityNow.version || call.appliedEvents !== opportunityNow.version) {
            problems.push(`funding call: lastSequence ${call?.lastSequence}, applied ${call?.appliedEvents}, version ${opportunityNow.version}`);
          }
          return problems.length === 0 ? problems : undefined;
        },
        { timeoutMs: 60_000, intervalMs: 1_000, description: 'consortia’s read models equal to membership and opportunities' },
      ).catch((error: unknown) => [String(error)]);
      // And consortia answers with the extended deadline.
      const served = expectStatus(await as(leads[0] as Party).get<{ deadline: string }>(`/funding-calls/${opportunityId}`), 200, 'the funding call');

      const figures = {
        sent: sent.length,
        acknowledged: acknowledged.length,
        acknowledgedAtKill: acksAtKill,
        unknown: unknown.length,
        unknownThatTookEffect: unknown.filter(tookEffect).length,
        refused: sent.filter((command) => command.outcome === 'refused').length,
        lost: lost.length,
        duplicated: doubled.length + streamProblems.length,
        republishedEvents: republished,
        events: [...states.values()].reduce((sum, state) => sum + state.version, 0),
        restartReadyMs,
        burstDoneAfterKillMs: burstDoneMs,
      };
      console.log(summarise('kill -9 consortia', figures));

      expect(sent.filter((command) => command.outcome === 'refused')).toEqual([]);
      expect(lost).toEqual([]);
      expect(doubled).toEqual([]);
      expect(streamProblems).toEqual([]);
      expect(readModelProblems).toEqual([]);
      expect(served.deadline).toBe(opportunityNow.deadline);
      // Members are the lead and invitees only, each accepted invitation a member.
      for (const { consortium, lead, invitees } of consortia) {
        const state = states.get(consortium.consortiumId) as Consortium;
        const allowed = new Set([lead, ...invitees].map((party) => party.organisationId));
        expect(state.members.filter((member) => !allowed.has(member.organisationId))).toEqual([]);
        const accepted = state.invitations.filter((invitation) => invitation.status === 'accepted').map((invitation) => invitation.organisationId);
        expect(state.members.map((member) => member.organisationId).sort()).toEqual([lead.organisationId, ...accepted].sort());
      }
      expect(acknowledged.length).toBeGreaterThan(acksAtKill); // the burst went on after the restart
    } finally {
      await readModels.close();
    }
    platform.markPassed();
  }, 240_000);
});
