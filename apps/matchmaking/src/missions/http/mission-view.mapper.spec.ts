import type { Principal } from '@icn/platform';
import { closeCall, decideSelection, publishSelection } from '../domain/mission-lifecycle';
import { AFTER_CUT_OFF, anOpenMissionWithApplications, NOW } from '../testing/mission.fixtures';
import { toMissionView } from './mission-view.mapper';

describe('Mission view', () => {
  const outsider: Principal = { kind: 'user', subject: 'x', role: 'member', clusterId: 'tweed', organisationId: '00000000-0000-4000-8000-00000000dead' };

  it('tells whether the call takes applications now, and counts them for everyone without showing them', () => {
    const { mission } = anOpenMissionWithApplications(2);
    expect(toMissionView(outsider, mission, NOW)).toMatchObject({ acceptingApplications: true, liveApplicationCount: 2, applications: [] });
    expect(toMissionView(outsider, mission, AFTER_CUT_OFF).acceptingApplications).toBe(false);
  });

  it('makes the delegation public only once the selection is published', () => {
    const { mission, ids } = anOpenMissionWithApplications(2);
    const decided = decideSelection(closeCall(mission, NOW).state, { selected: [ids[0] ?? ''], reserve: [ids[1] ?? ''], rejected: [] }, NOW).state;
    expect(toMissionView(outsider, decided, NOW)).not.toHaveProperty('selectedDelegates');
    const published = publishSelection(decided, NOW).state;
    expect(toMissionView(outsider, published, NOW).selectedDelegates).toEqual([{ organisationId: published.applications[0]?.organisationId, name: 'Applicant 1', clusterId: 'clean' }]);
  });
});
