import type { ConsortiumState } from './consortium';
import { consortiumStatistics, yearBounds } from './consortium-statistics';
import { fivePartnerConsortium } from '../testing/consortium.fixtures';

function withOutcome(status: ConsortiumState['status'], grant?: ConsortiumState['grant']): ConsortiumState {
  const { state } = fivePartnerConsortium();
  return { ...state, status, submittedAt: '2027-03-01T00:00:00.000Z', ...(grant === undefined ? {} : { grant }) };
}

describe('consortium statistics', () => {
  it('counts submissions, outcomes, success rate and EUR for the network and each member cluster', () => {
    const granted = withOutcome('granted');
    granted.grant = { totalEur: 450_000, shares: granted.members.map((member) => ({ organisationId: member.organisationId, amountEur: 90_000 })) };
    const reserve = withOutcome('reserve-list');
    const rejected = withOutcome('rejected');

    const figures = consortiumStatistics(2027, [granted, reserve, rejected]);

    expect(figures.network).toEqual({ submissions: 3, granted: 1, reserveList: 1, rejected: 1, withdrawn: 0, successRatePercent: 33.3, eurGranted: 450_000 });
    // Every fixture consortium has one member in each of the five clusters.
    expect(figures.byCluster.map((row) => row.clusterId)).toEqual(['clean', 'clean-tech-delta', 'nordic-edge', 'sbh', 'tweed']);
    expect(figures.byCluster.find((row) => row.clusterId === 'tweed')).toEqual({
      clusterId: 'tweed',
      submissions: 3,
      granted: 1,
      reserveList: 1,
      rejected: 1,
      withdrawn: 0,
      successRatePercent: 33.3,
      // Only tweed's own member's share.
      eurGranted: 90_000,
    });
  });

  it('has no success rate without submissions', () => {
    expect(consortiumStatistics(2027, [])).toEqual({
      year: 2027,
      network: { submissions: 0, granted: 0, reserveList: 0, rejected: 0, withdrawn: 0, successRatePercent: null, eurGranted: 0 },
      byCluster: [],
    });
  });

  it('bounds a year as a half-open UTC interval', () => {
    expect(yearBounds(2027)).toEqual({ start: '2027-01-01T00:00:00.000Z', end: '2028-01-01T00:00:00.000Z' });
  });
});
