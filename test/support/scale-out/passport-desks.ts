import { Topics } from '@icn/contracts';
import { runWithConcurrency } from '../concurrency';
import { dayFromToday, DAY_MS } from '../seed-objects';
import { CommandLog } from './command-log';
import type { RecordedEvent } from './event-recorder';
import type { RoundRobinClient } from './round-robin-client';
import type { AuditedAggregate } from './stream-audit';
import { answerOf, type ScaleOutWorkload } from './workload';

/** What matchmaking answers for a Passport application (PassportApplicationSnapshotV1; the fields used here). */
type PassportApplication = Record<string, unknown> & { applicationId: string; status: string; from: string; to: string; services: string[]; version: number };

/** The statuses of an application that holds its desks. */
const HOLDS_DESKS = ['accepted', 'scheduled', 'completed'];

/**
 * Many desk-hosting stays, overlapping within a few days, submitted to one host with a few desks a
 * day, then all accepted at the same moment through matchmaking's replicas: most acceptances must
 * be refused (409), and on no day may more applications hold a desk than the host has desks.
 */
export class PassportDesks implements ScaleOutWorkload {
  readonly name = 'Passport acceptances';
  readonly service = 'matchmaking' as const;
  readonly log = new CommandLog();
  readonly killAfterAnswers: number;
  private applications: { applicationId: string; from: string; to: string }[] = [];

  constructor(
    private readonly homeManager: RoundRobinClient,
    private readonly hostManager: RoundRobinClient,
    private readonly hostClusterId: string,
    private readonly applicants: readonly string[],
    private readonly count: number,
    private readonly desksPerDay: number,
  ) {
    this.killAfterAnswers = Math.round(count * 0.2);
  }

  /** The host's capacity, then the applications (2–4 day stays within a window of 11 days). */
  async setUp(): Promise<void> {
    answerOf(await this.hostManager.put(`/passport/hosts/${this.hostClusterId}/capacity`, { desksPerDay: this.desksPerDay }), 200, 'set the host capacity');
    const submitted = await runWithConcurrency(this.count, 10, async (index) => {
      const from = dayFromToday(40 + ((index * 7) % 8));
      const to = dayFromToday(40 + ((index * 7) % 8) + 1 + (index % 3));
      const application = await this.homeManager.post<PassportApplication>('/passport/applications', {
        organisationId: this.applicants[index % this.applicants.length],
        hostClusterId: this.hostClusterId,
        targetCountry: 'BE',
        purpose: `Scale-out stay ${index}`,
        from,
        to,
        services: ['desk-hosting'],
      });
      return answerOf(application, 201, `submit Passport application ${index}`);
    });
    this.applications = submitted.map((outcome) => {
      if (!outcome.ok) throw outcome.error;
      return { applicationId: outcome.value.applicationId, from: outcome.value.from, to: outcome.value.to };
    });
  }

  async run(): Promise<void> {
    await runWithConcurrency(this.applications.length, this.applications.length, async (index) => {
      const { applicationId } = this.applications[index] as { applicationId: string };
      const what = `acceptance of Passport application ${applicationId}`;
      const accepted = this.log.record(what, await this.hostManager.post<PassportApplication>(`/passport/applications/${applicationId}/accept`, {}), 200, [409]);
      if (accepted === undefined) return;
      this.log.expect({
        what,
        topic: Topics.matchmakingPassport,
        subject: applicationId,
        version: accepted.version,
        mismatch: (event: RecordedEvent) => {
          const status = (event.data['application'] as { status?: string } | undefined)?.status;
          return status === 'accepted' ? null : `its application is ${String(status)}`;
        },
      });
    });
  }

  private async states(): Promise<PassportApplication[]> {
    const states: PassportApplication[] = [];
    for (const { applicationId } of this.applications) {
      states.push(answerOf(await this.hostManager.get<PassportApplication>(`/passport/applications/${applicationId}`), 200, `GET Passport application ${applicationId}`));
    }
    return states;
  }

  async aggregates(): Promise<AuditedAggregate[]> {
    return (await this.states()).map((state) => ({
      label: `Passport application ${state.applicationId}`,
      topic: Topics.matchmakingPassport,
      subject: state.applicationId,
      version: state.version,
      state,
      snapshotOf: (event: RecordedEvent) => event.data['application'],
    }));
  }

  async invariants(): Promise<string[]> {
    const problems: string[] = [];
    const states = await this.states();
    const holders = new Map<string, string[]>();
    for (const state of states) {
      if (!HOLDS_DESKS.includes(state.status)) continue;
      for (const day of daysOf(state.from, state.to)) holders.set(day, [...(holders.get(day) ?? []), state.applicationId]);
    }
    for (const [day, applications] of holders) {
      if (applications.length > this.desksPerDay) problems.push(`host ${this.hostClusterId} overbooked on ${day}: ${applications.length} stays hold a desk, ${this.desksPerDay} desks (${applications.join(', ')})`);
    }
    const acknowledged = new Set(this.log.expectedEvents.map((event) => event.subject));
    for (const state of states) {
      if (acknowledged.has(state.applicationId) && !HOLDS_DESKS.includes(state.status)) problems.push(`Passport application ${state.applicationId}: acceptance acknowledged, now ${state.status}`);
    }
    // A run in which nothing competed proves nothing about overbooking. The winners may be
    // unacknowledged (in flight on the killed replica): the state says whether desks were taken.
    const holding = states.filter((state) => HOLDS_DESKS.includes(state.status)).length;
    if (holding === 0 || this.log.count('refused') === 0) {
      problems.push(`the desks were not contested: ${holding} stays hold desks, ${this.log.count('refused')} acceptances refused`);
    }
    return problems;
  }
}

/** Every calendar day from `from` to `to`, inclusive (YYYY-MM-DD). */
function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let time = Date.parse(`${from}T00:00:00Z`); time <= Date.parse(`${to}T00:00:00Z`); time += DAY_MS) {
    days.push(new Date(time).toISOString().slice(0, 10));
  }
  return days;
}
