import { randomUUID } from 'node:crypto';
import type { ConsortiumSnapshotV1 } from '@icn/contracts';
import { annualReport } from './annual-figures';
import { factKey, factOf, organisationLeftOf, type ReportFact, type ReportInput } from './report-facts';

/** Folds events as the read model does: the newest fact of each entity replaces the older. */
function fold(events: ReportInput[]): ReportFact[] {
  const facts = new Map<string, ReportFact>();
  for (const event of events) {
    const fact = factOf(event);
    if (fact) facts.set(factKey(fact.kind, fact.id), fact);
    const left = organisationLeftOf(event);
    const organisation = left ? facts.get(left.key) : undefined;
    if (left && organisation) facts.set(left.key, { ...organisation, leftAt: left.leftAt } as ReportFact);
  }
  return [...facts.values()];
}

const at = (date: string) => `${date}T10:00:00.000Z`;

function organisation(clusterId: string, helixType: string, joinedAt: string, status = 'active') {
  return { organisationId: randomUUID(), clusterId, helixType, joinedAt, status, name: 'x', country: 'FR', sectors: [], technologies: [], offers: [], needs: [], contacts: [] };
}

function consortium(status: string, coordinatorCluster: string, partners: [string, number][], dates: Partial<ConsortiumSnapshotV1>): { consortium: unknown } {
  const coordinator = randomUUID();
  const members = [{ organisationId: coordinator, clusterId: coordinatorCluster }, ...partners.map(([clusterId]) => ({ organisationId: randomUUID(), clusterId }))];
  const shares = members.slice(1).map((member, index) => ({ organisationId: member.organisationId, amountEur: partners[index][1] }));
  return {
    consortium: {
      consortiumId: randomUUID(),
      status,
      coordinatorOrganisationId: coordinator,
      members,
      ...(status === 'granted' ? { grant: { totalEur: shares.reduce((sum, share) => sum + share.amountEur, 0), shares } } : {}),
      ...dates,
    },
  };
}

describe('annual report figures', () => {
  it('counts members at the end of the year by helix type, leavers up to the year they left', () => {
    const stays = organisation('clean', 'company', at('2016-05-01'));
    const leaves = organisation('clean', 'research-institution', at('2015-01-01'));
    const report = (year: number) =>
      annualReport(
        year,
        fold([
          { type: 'org.icn.membership.organisation.joined.v1', time: at('2016-05-01'), data: { organisation: stays } },
          { type: 'org.icn.membership.organisation.joined.v1', time: at('2015-01-01'), data: { organisation: leaves } },
          { type: 'org.icn.membership.organisation.left.v1', time: at('2017-03-01'), data: { organisationId: leaves.organisationId, clusterId: 'clean', leftAt: at('2017-03-01') } },
          { type: 'org.icn.membership.organisation.suspended.v1', time: at('2016-06-01'), data: { organisationId: stays.organisationId, clusterId: 'clean' } },
          { type: 'org.icn.membership.organisation.joined.v1', time: at('2018-01-01'), data: { organisation: organisation('tweed', 'public-authority', at('2018-01-01')) } },
        ]),
      );
    expect(report(2016).network.members).toEqual({ company: 1, 'public-authority': 0, 'research-institution': 1, other: 0, total: 2 });
    expect(report(2017).network.members).toMatchObject({ company: 1, 'research-institution': 0, total: 1 });
    expect(report(2018).clusters.map((c) => [c.clusterId, c.members.total])).toEqual([
      ['clean', 1],
      ['tweed', 1],
    ]);
  });

  it('the published 2017 figures: 15 Passport applications, 37 C40 applications, 3 submissions, 450,000 EUR to five clusters, one reserve list', () => {
    const events: ReportInput[] = [];
    for (let i = 0; i < 15; i++) {
      const application = { applicationId: randomUUID(), homeClusterId: ['clean', 'tweed', 'greencape'][i % 3], hostClusterId: 'nyc', submittedAt: at('2017-02-01'), from: '2017-04-03', status: 'submitted' };
      events.push({ type: 'org.icn.matchmaking.passport.submitted.v1', time: at('2017-02-01'), data: { application } });
      // A third of them visited: the later event replaces the earlier fact.
      if (i % 3 === 0) events.push({ type: 'org.icn.matchmaking.passport.completed.v1', time: at('2017-04-10'), data: { application: { ...application, status: 'completed' } } });
    }
    for (let i = 0; i < 37; i++) {
      const application = { applicationId: randomUUID(), clusterId: i < 20 ? 'clean' : 'tweed', programmeTitle: 'C40 city solutions platform', forwardedAt: at('2017-05-01') };
      events.push({ type: 'org.icn.network.application.forwarded.v1', time: at('2017-05-01'), data: { application } });
      if (i < 5) events.push({ type: 'org.icn.network.application.outcome-recorded.v1', time: at('2017-09-01'), data: { application: { ...application, outcome: 'accepted' } } });
    }
    // Two granted (450,000 EUR across five clusters) and one reserve-listed, all submitted in 2017.
    const granted1 = consortium('granted', 'clean', [['clean', 100_000], ['tweed', 80_000.5]], { submittedAt: at('2017-03-01'), closedAt: at('2017-10-01') });
    const granted2 = consortium('granted', 'greencape', [['greencape', 90_000], ['nyc', 79_999.5], ['barcelona', 100_000]], { submittedAt: at('2017-03-15'), closedAt: at('2017-11-01') });
    const reserve = consortium('reserve-list', 'tweed', [], { submittedAt: at('2017-04-01'), reserveListedAt: at('2017-09-01') });
    events.push(
      { type: 'org.icn.consortia.consortium.submitted.v1', time: at('2017-03-01'), data: { consortium: { ...(granted1.consortium as object), status: 'submitted' } } },
      { type: 'org.icn.consortia.consortium.granted.v1', time: at('2017-10-01'), data: granted1 },
      { type: 'org.icn.consortia.consortium.granted.v1', time: at('2017-11-01'), data: granted2 },
      { type: 'org.icn.consortia.consortium.reserve-listed.v1', time: at('2017-09-01'), data: reserve },
      // Not the report's business: ignored.
      { type: 'org.icn.matchmaking.mission-meeting.requested.v1', time: at('2017-01-01'), data: {} },
    );

    const report = annualReport(2017, fold(events));
    expect(report.network.passport).toEqual({ applications: 15, visits: 5, visitsHosted: 5 });
    expect(report.network.programmeApplications).toMatchObject({ forwarded: 37, accepted: 5, awaiting: 32 });
    expect(report.programmes).toEqual([{ programmeTitle: 'C40 city solutions platform', forwarded: 37, outcomes: { accepted: 5, awaiting: 32 } }]);
    expect(report.network.consortia).toEqual({ submitted: 3, granted: 2, reserveListed: 1, rejected: 0 });
    expect(report.network.eurGranted).toBe(450_000);
    expect(report.network.clustersFunded).toBe(5);
    expect(Object.fromEntries(report.clusters.map((c) => [c.clusterId, c.eurGranted]))).toEqual({ barcelona: 100_000, clean: 100_000, greencape: 90_000, nyc: 79_999.5, tweed: 80_000.5 });
    expect(report.clusters.find((c) => c.clusterId === 'nyc')?.passport.visitsHosted).toBe(5);
    // Nothing of 2017 shows in 2018.
    expect(annualReport(2018, fold(events)).network).toMatchObject({ eurGranted: 0, passport: { applications: 0 }, consortia: { submitted: 0 } });
  });

  it('counts missions and network events by their first day, seats and attendance by the registrant cluster, nothing of cancelled ones', () => {
    const mission = (status: string) => ({
      missionId: randomUUID(),
      organiserClusterId: 'clean',
      from: '2017-06-01',
      status,
      applications: [
        { clusterId: 'tweed', status: 'selected', travellers: ['a', 'b'] },
        { clusterId: 'clean', status: 'reserve', travellers: ['c'] },
      ],
    });
    const networkEvent = (status: string) => ({
      eventId: randomUUID(),
      hostClusterId: 'barcelona',
      from: '2017-11-20',
      status,
      registrations: [
        { clusterId: 'clean', status: 'confirmed', attended: true },
        { clusterId: 'clean', status: 'confirmed', attended: false },
        { clusterId: 'tweed', status: 'waiting' },
      ],
    });
    const report = annualReport(
      2017,
      fold([
        { type: 'org.icn.matchmaking.mission.selection-published.v1', time: at('2017-05-01'), data: { mission: mission('selection-published') } },
        { type: 'org.icn.matchmaking.mission.cancelled.v1', time: at('2017-05-01'), data: { mission: mission('cancelled') } },
        { type: 'org.icn.network.network-event.attendance-recorded.v1', time: at('2017-11-22'), data: { event: networkEvent('held') } },
        { type: 'org.icn.network.network-event.cancelled.v1', time: at('2017-10-01'), data: { event: networkEvent('cancelled') } },
      ]),
    );
    expect(report.network.missions).toEqual({ organised: 1, delegations: 1, delegates: 2 });
    expect(report.network.events).toEqual({ hosted: 1, registrations: 2, attended: 1 });
    const byCluster = Object.fromEntries(report.clusters.map((c) => [c.clusterId, c]));
    expect(byCluster.barcelona.events.hosted).toBe(1);
    expect(byCluster.clean.events).toEqual({ hosted: 0, registrations: 2, attended: 1 });
    expect(byCluster.tweed.missions).toEqual({ organised: 0, delegations: 1, delegates: 2 });
  });

  it('is the same whatever order the entities come in (a rebuild reads partitions in another interleaving)', () => {
    const events: ReportInput[] = [
      { type: 'org.icn.opportunities.opportunity.published.v1', time: at('2017-01-01'), data: { opportunity: { opportunityId: randomUUID(), originClusterId: 'clean', publishedAt: at('2017-01-01') } } },
      { type: 'org.icn.opportunities.opportunity.published.v1', time: at('2017-02-01'), data: { opportunity: { opportunityId: randomUUID(), originClusterId: 'tweed', publishedAt: at('2017-02-01') } } },
    ];
    expect(annualReport(2017, fold([...events].reverse()))).toEqual(annualReport(2017, fold(events)));
    expect(annualReport(2017, fold(events)).network.opportunitiesShared).toBe(2);
  });
});
