import { randomUUID } from 'node:crypto';
import type { MissionState } from '../domain/mission';
import { createMission, openCall, submitApplication, type ApplyInput, type CreateMissionInput } from '../domain/mission-lifecycle';

/** A fixed "now" for unit tests, so dates can be in the future without depending on the clock. */
export const NOW = new Date('2026-11-28T12:00:00.000Z');
/** After the fixture mission's cut-off (2027-03-31, end of day UTC) and before it starts. */
export const AFTER_CUT_OFF = new Date('2027-04-01T00:00:00.000Z');

export function aMissionInput(overrides: Partial<CreateMissionInput> = {}): CreateMissionInput {
  return {
    missionId: randomUUID(),
    title: 'Cleantech mission to New York',
    theme: 'Building decarbonisation',
    description: 'Meet the city agencies and developers retrofitting New York’s buildings.',
    organiserClusterId: 'clean',
    hostClusterId: 'nyc-cleantech',
    destination: { city: 'New York', country: 'US' },
    from: '2027-05-10',
    to: '2027-05-14',
    timeZone: 'America/New_York',
    capacity: 2,
    callCutOff: '2027-03-31',
    createdBy: 'manager-clean',
    ...overrides,
  };
}

export function aDraftMission(overrides: Partial<CreateMissionInput> = {}): MissionState {
  return createMission(aMissionInput(overrides), NOW).state;
}

export function anOpenMission(overrides: Partial<CreateMissionInput> = {}): MissionState {
  return openCall(aDraftMission(overrides), NOW).state;
}

export function anApplication(overrides: Partial<ApplyInput> = {}): ApplyInput {
  return {
    applicationId: randomUUID(),
    organisationId: randomUUID(),
    organisationName: 'Nordic Heat Pumps ApS',
    clusterId: 'clean',
    motivation: 'Heat pumps for pre-war multifamily buildings',
    travellers: ['Ida Jensen'],
    submittedBy: 'member-1',
    ...overrides,
  };
}

/** An open mission with `count` applications; returns the mission and the application ids in order. */
export function anOpenMissionWithApplications(count: number, overrides: Partial<CreateMissionInput> = {}): { mission: MissionState; ids: string[] } {
  let mission = anOpenMission(overrides);
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const application = anApplication({ organisationName: `Applicant ${index + 1}` });
    mission = submitApplication(mission, application, NOW).state;
    ids.push(application.applicationId);
  }
  return { mission, ids };
}
