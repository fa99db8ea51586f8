import { randomUUID } from 'node:crypto';
import type { ApplicationSnapshotV1, ProgrammeSnapshotV1 } from '@icn/contracts';

/** A valid draft application of an organisation to the programme; override only what the test is about. */
export function anApplicationSnapshot(
  programme: Pick<ProgrammeSnapshotV1, 'programmeId' | 'partnerId' | 'title'>,
  applicant: { organisationId: string; clusterId: string },
  overrides: Partial<ApplicationSnapshotV1> = {},
): ApplicationSnapshotV1 {
  const now = new Date().toISOString();
  return {
    applicationId: randomUUID(),
    programmeId: programme.programmeId,
    partnerId: programme.partnerId,
    programmeTitle: programme.title,
    organisationId: applicant.organisationId,
    organisationName: 'Applicant',
    clusterId: applicant.clusterId,
    country: 'DK',
    helixType: 'company',
    status: 'draft',
    answers: [{ requirementKey: 'pitch', text: 'Our pitch.' }],
    comments: [],
    createdBy: 'member-user',
    createdAt: now,
    updatedAt: now,
    version: 1,
    ...overrides,
  };
}
