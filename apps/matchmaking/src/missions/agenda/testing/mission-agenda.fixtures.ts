import type { MissionMeetingSnapshotV1 } from '@icn/contracts';
import type { MissionParticipants } from '../../mission-participants';

export const MISSION_ID = '6f0d2d0e-8a57-4a4e-9a51-0d8b2f4c1a01';
export const ACME = { organisationId: '1b5b5f1e-3c1f-4d59-8f0e-7a8e0c2b9a11', name: 'Acme Heat ApS', clusterId: 'clean' };
export const DELTA = { organisationId: '2c6c6f2f-4d2f-4e6a-9f1f-8b9f1d3cab22', name: 'Delta Water BV', clusterId: 'clean-tech-delta' };
export const CITY = { ownerId: '3d7d7f3f-5e3f-4f7b-8f2f-9caf2e4dbc33', name: 'NYC Department of Environmental Protection' };
export const MEMBER_OWNER = {
  ownerId: '4e8e8f4f-6f4f-4a8c-9f3f-adbf3f5ecd44',
  name: 'Urban Future Lab',
  organisationId: '5f9f9f5f-7a5f-4b9d-8f4f-becf4f6fde55',
};

/** A mission to New York organised by CLEAN, hosted by a (fictional) New York cluster. */
export function aMission(overrides: Partial<MissionParticipants> = {}): MissionParticipants {
  return {
    missionId: MISSION_ID,
    title: 'New York mission 2027',
    organiserClusterId: 'clean',
    hostClusterId: 'ny-cleantech',
    from: '2027-05-10',
    to: '2027-05-12',
    timeZone: 'America/New_York',
    status: 'selection-published',
    selectedDelegates: [ACME, DELTA],
    localProjectOwners: [CITY, MEMBER_OWNER],
    ...overrides,
  };
}

/** A meeting between Acme and the city, scheduled at 09:30 New York time on 11 May 2027, table 2. */
export function aScheduledMeeting(overrides: Partial<MissionMeetingSnapshotV1> = {}): MissionMeetingSnapshotV1 {
  return {
    meetingId: '9a0a0f6f-8b6f-4cae-9f5f-cfdf5f7fef66',
    missionId: MISSION_ID,
    delegate: { ...ACME },
    owner: { ...CITY },
    requestedBy: 'delegate',
    requestedBySubject: 'member:acme',
    message: 'Heat pumps for public buildings; 30 minutes, please.',
    status: 'scheduled',
    slot: {
      slotId: '2027-05-11T09:30',
      date: '2027-05-11',
      startTime: '09:30',
      endTime: '10:00',
      timeZone: 'America/New_York',
      startsAt: '2027-05-11T13:30:00.000Z',
      endsAt: '2027-05-11T14:00:00.000Z',
      table: 2,
    },
    version: 3,
    requestedAt: '2027-04-01T10:00:00.000Z',
    acceptedAt: '2027-04-02T10:00:00.000Z',
    scheduledAt: '2027-04-02T10:00:00.000Z',
    updatedAt: '2027-04-02T10:00:00.000Z',
    ...overrides,
  };
}
