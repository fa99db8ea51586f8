import { Topics } from '@icn/contracts';
import { runWithConcurrency } from '../concurrency';
import type { Consortium } from '../consortia-api';
import { CommandLog } from './command-log';
import type { RecordedEvent } from './event-recorder';
import type { RoundRobinClient } from './round-robin-client';
import type { AuditedAggregate } from './stream-audit';
import { answerOf, type ScaleOutWorkload } from './workload';

/**
 * One consortium whose coordinator invites many organisations at once, each invitation accepted by
 * its invitee as soon as it is acknowledged — every command on the same aggregate, through
 * consortia's different replicas. Every acknowledged invitation and acceptance must be in the
 * state, no organisation invited or a member twice, and the members exactly the lead and the
 * accepted invitees.
 */
export class ConsortiumInvitations implements ScaleOutWorkload {
  readonly name = 'consortium invitations';
  readonly service = 'consortia' as const;
  readonly log = new CommandLog();
  readonly killAfterAnswers: number;
  private consortiumId = '';
  private readonly acknowledgedInvitations = new Set<string>();
  private readonly acknowledgedAcceptances = new Set<string>();

  constructor(
    private readonly member: (organisationId: string) => RoundRobinClient,
    private readonly leadOrganisationId: string,
    private readonly invitees: readonly string[],
    private readonly opportunityId: string,
  ) {
    this.killAfterAnswers = Math.round(invitees.length * 0.5);
  }

  async setUp(): Promise<void> {
    const created = await this.member(this.leadOrganisationId).post<Consortium>('/consortia', {
      title: 'Scale-out consortium',
      leadOrganisationId: this.leadOrganisationId,
      opportunityId: this.opportunityId,
      programme: 'Horizon Europe',
      rules: { minPartners: 3, minCountries: 1, requiredHelixTypes: [], minSmeSharePercent: 0 },
    });
    this.consortiumId = answerOf(created, 201, 'create the consortium').consortiumId;
  }

  async run(): Promise<void> {
    const path = `/consortia/${this.consortiumId}`;
    await runWithConcurrency(this.invitees.length, this.invitees.length, async (index) => {
      const invitee = this.invitees[index] as string;
      const inviteWhat = `invitation of ${invitee}`;
      const invited = this.log.record(inviteWhat, await this.member(this.leadOrganisationId).post<Consortium>(`${path}/invitations`, { organisationId: invitee, role: 'partner' }), 201);
      if (invited === undefined) return;
      this.acknowledgedInvitations.add(invitee);
      this.expectState(inviteWhat, invited.version, (consortium) => consortium.invitations.some((invitation) => invitation.organisationId === invitee));
      const invitation = invited.invitations.find((entry) => entry.organisationId === invitee);
      if (invitation === undefined) {
        this.log.records.push({ what: inviteWhat, outcome: 'failed', retried: false, detail: 'the answer has no invitation for the invitee' });
        return;
      }
      const acceptWhat = `acceptance by ${invitee}`;
      const accepted = this.log.record(acceptWhat, await this.member(invitee).post<Consortium>(`${path}/invitations/${invitation.invitationId}/accept`, {}), 200);
      if (accepted === undefined) return;
      this.acknowledgedAcceptances.add(invitee);
      this.expectState(acceptWhat, accepted.version, (consortium) => consortium.members.some((member) => member.organisationId === invitee));
    });
  }

  private expectState(what: string, version: number, holds: (consortium: Consortium) => boolean): void {
    this.log.expect({
      what,
      topic: Topics.consortiaConsortium,
      subject: this.consortiumId,
      version,
      mismatch: (event: RecordedEvent) => {
        const consortium = event.data['consortium'] as Consortium | undefined;
        return consortium !== undefined && holds(consortium) ? null : 'its consortium does not show the effect';
      },
    });
  }

  private async state(): Promise<Consortium> {
    return answerOf(await this.member(this.leadOrganisationId).get<Consortium>(`/consortia/${this.consortiumId}`), 200, 'GET the consortium');
  }

  async aggregates(): Promise<AuditedAggregate[]> {
    const state = await this.state();
    return [
      {
        label: `consortium ${this.consortiumId}`,
        topic: Topics.consortiaConsortium,
        subject: this.consortiumId,
        version: state.version,
        state,
        snapshotOf: (event: RecordedEvent) => event.data['consortium'],
      },
    ];
  }

  async invariants(): Promise<string[]> {
    const problems: string[] = [];
    const state = await this.state();
    const invited = state.invitations.map((invitation) => invitation.organisationId);
    const members = state.members.map((member) => member.organisationId);
    for (const [what, ids] of [['invited', invited], ['a member', members]] as const) {
      const twice = ids.filter((id, index) => ids.indexOf(id) !== index);
      if (twice.length > 0) problems.push(`consortium ${this.consortiumId}: ${twice.join(', ')} ${what} twice`);
    }
    for (const invitee of this.acknowledgedInvitations) if (!invited.includes(invitee)) problems.push(`invitation of ${invitee} acknowledged, not in the consortium`);
    for (const invitee of this.acknowledgedAcceptances) if (!members.includes(invitee)) problems.push(`acceptance by ${invitee} acknowledged, not a member`);
    const accepted = state.invitations.filter((invitation) => invitation.status === 'accepted').map((invitation) => invitation.organisationId);
    if ([...members].sort().join() !== [this.leadOrganisationId, ...accepted].sort().join()) {
      problems.push(`consortium ${this.consortiumId}: members ${members.join(', ')} are not the lead and the accepted invitees ${accepted.join(', ')}`);
    }
    if (this.acknowledgedAcceptances.size === 0) problems.push('no acceptance was acknowledged: nothing was tested');
    return problems;
  }
}
