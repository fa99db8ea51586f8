import { aSubmittedApplication, NOW } from '../testing/passport-application.fixtures';
import { acceptApplication, cancelApplication, declineApplication } from './passport-lifecycle';
import { passportStatistics, yearBounds } from './passport-statistics';

describe('passportStatistics', () => {
  it('counts each application in every stage it reached, by host, by home and network-wide', () => {
    const accepted = acceptApplication(aSubmittedApplication(), [], [], NOW).state;
    const applications = [
      aSubmittedApplication({ homeClusterId: 'nordic-edge' }),
      declineApplication(aSubmittedApplication(), 'full', NOW).state,
      cancelApplication(accepted, 'applicant', undefined, NOW).state,
      aSubmittedApplication({ hostClusterId: 'clean-tech-delta' }),
    ];
    const statistics = passportStatistics(2026, applications);
    expect(statistics.network).toEqual({ submitted: 4, accepted: 1, declined: 1, completed: 0, cancelled: 1 });
    expect(statistics.byHostCluster).toEqual([
      { clusterId: 'clean-tech-delta', submitted: 1, accepted: 0, declined: 0, completed: 0, cancelled: 0 },
      { clusterId: 'tweed', submitted: 3, accepted: 1, declined: 1, completed: 0, cancelled: 1 },
    ]);
    expect(statistics.byHomeCluster.map((row) => [row.clusterId, row.submitted])).toEqual([
      ['clean', 3],
      ['nordic-edge', 1],
    ]);
  });

  it('reports an empty year as zeros', () => {
    expect(passportStatistics(2017, [])).toEqual({
      year: 2017,
      network: { submitted: 0, accepted: 0, declined: 0, completed: 0, cancelled: 0 },
      byHostCluster: [],
      byHomeCluster: [],
    });
  });

  it('bounds a year as a half-open UTC interval', () => {
    expect(yearBounds(2026)).toEqual({ start: '2026-01-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z' });
  });
});
