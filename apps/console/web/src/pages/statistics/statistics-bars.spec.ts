import { describe, expect, it } from '@jest/globals';
import { clusterBars, consortiumOutcomeBars, passportStageBars } from './statistics-bars';

describe('statistics bars', () => {
  it('shows a year’s consortia as submitted, then each outcome', () => {
    const bars = consortiumOutcomeBars({ submissions: 4, granted: 1, reserveList: 1, rejected: 1, withdrawn: 0, successRatePercent: 25, eurGranted: 450000 });
    expect(bars).toEqual([
      { label: 'Submitted', value: 4 },
      { label: 'Granted', value: 1 },
      { label: 'Reserve list', value: 1 },
      { label: 'Rejected', value: 1 },
      { label: 'Withdrawn', value: 0 },
    ]);
  });

  it('shows Passport applications in the order a visit goes', () => {
    expect(passportStageBars({ submitted: 5, accepted: 3, declined: 1, completed: 2, cancelled: 1 }).map((bar) => bar.label)).toEqual([
      'Submitted',
      'Accepted',
      'Visits completed',
      'Declined',
      'Cancelled',
    ]);
  });

  it('ranks clusters by value under their names, leaving out clusters with nothing', () => {
    const names = new Map([
      ['clean', 'CLEAN'],
      ['tweed', 'TWEED'],
    ]);
    const rows = [
      { clusterId: 'clean', eurGranted: 90000 },
      { clusterId: 'nordic-edge', eurGranted: 0 },
      { clusterId: 'tweed', eurGranted: 360000 },
      { clusterId: 'unknown-cluster', eurGranted: 90000 },
    ];
    expect(clusterBars(rows, (row) => row.eurGranted, (id) => names.get(id) ?? id)).toEqual([
      { label: 'TWEED', value: 360000 },
      { label: 'CLEAN', value: 90000 },
      { label: 'unknown-cluster', value: 90000 },
    ]);
  });
});
