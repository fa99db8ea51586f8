import { Topics } from '@icn/contracts';
import { runWithConcurrency } from '../concurrency';
import { CommandLog } from './command-log';
import type { RoundRobinClient } from './round-robin-client';
import type { RecordedEvent } from './event-recorder';
import type { AuditedAggregate } from './stream-audit';
import { answerOf, type ScaleOutWorkload } from './workload';

/** Membership's organisation as its manager reads it (GET /organisations/:id). */
export type OrganisationView = Record<string, unknown> & { organisationId: string; version: number; name: string };

/**
 * Fields of membership's state that its events do not carry (OrganisationSnapshotV1 omits them:
 * the version travels as `subjectsequence`, the rest is membership's own bookkeeping).
 */
const NOT_IN_THE_SNAPSHOT = ['version', 'updatedAt', 'suspendedAt', 'suspensionReason', 'leftAt', 'leftReason'];

/** The organisation as its events carry it (OrganisationSnapshotV1). */
export function organisationSnapshotOf(view: OrganisationView): Record<string, unknown> {
  return Object.fromEntries(Object.entries(view).filter(([field]) => !NOT_IN_THE_SNAPSHOT.includes(field)));
}

/**
 * Concurrent profile edits of a few organisations through membership's replicas. Each edit sets a
 * name and description no other edit sets, so the event at the version an edit was answered with
 * must carry exactly those values. Edits are absolute (a PATCH), so the client's one retry after a
 * connection error is harmless.
 */
export class OrganisationEdits implements ScaleOutWorkload {
  readonly name = 'organisation edits';
  readonly service = 'membership' as const;
  readonly log = new CommandLog();
  readonly killAfterAnswers: number;

  constructor(
    private readonly manager: RoundRobinClient,
    /** Every organisation the scenario created: all are audited, the first `edited` are edited. */
    private readonly organisationIds: readonly string[],
    private readonly edited: number,
    private readonly edits: number,
    private readonly concurrency: number,
  ) {
    this.killAfterAnswers = Math.round(edits * 0.3);
  }

  async run(): Promise<void> {
    await runWithConcurrency(this.edits, this.concurrency, async (index) => {
      const organisationId = this.organisationIds[index % this.edited] as string;
      const patch = { name: `Scale-out organisation ${organisationId.slice(0, 8)} edit ${index}`, description: `Edit ${index} of the scale-out scenario.` };
      const delivery = await this.manager.patch<OrganisationView>(`/organisations/${organisationId}`, patch);
      const answer = this.log.record(`edit ${index} of organisation ${organisationId}`, delivery, 200);
      if (answer === undefined) return;
      this.log.expect({
        what: `edit ${index} of organisation ${organisationId}`,
        topic: Topics.membershipOrganisation,
        subject: organisationId,
        version: answer.version,
        mismatch: (event: RecordedEvent) => {
          const organisation = event.data['organisation'] as { name?: string; description?: string } | undefined;
          return organisation?.name === patch.name && organisation.description === patch.description
            ? null
            : `it carries name ${JSON.stringify(organisation?.name)}, description ${JSON.stringify(organisation?.description)}`;
        },
      });
    });
  }

  /** Membership's organisations, as its manager reads them through the replicas. */
  async views(): Promise<OrganisationView[]> {
    const views: OrganisationView[] = [];
    for (const organisationId of this.organisationIds) {
      views.push(answerOf(await this.manager.get<OrganisationView>(`/organisations/${organisationId}`), 200, `GET /organisations/${organisationId}`));
    }
    return views;
  }

  async aggregates(): Promise<AuditedAggregate[]> {
    return (await this.views()).map((view) => ({
      label: `organisation ${view.organisationId}`,
      topic: Topics.membershipOrganisation,
      subject: view.organisationId,
      version: view.version,
      state: organisationSnapshotOf(view),
      snapshotOf: (event: RecordedEvent) => event.data['organisation'],
    }));
  }

  /** Membership's own invariants: none beyond the stream audit; the copies are checked by DirectoryCopies. */
  async invariants(): Promise<string[]> {
    const problems: string[] = [];
    if (this.log.count('acknowledged') === 0) problems.push('no edit was acknowledged: nothing was tested');
    return problems;
  }
}
