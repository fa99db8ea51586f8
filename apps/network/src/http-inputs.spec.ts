import { auditHttpInputs } from '@icn/platform';
import { exportsOfFilesEndingWith } from '@icn/testing';

// Every controller of the service, found by file name, so a new one is audited without being listed.
const audit = auditHttpInputs(exportsOfFilesEndingWith(__dirname, '.controller.ts'));

describe('network HTTP inputs', () => {
  it('declares every nested object strictly, each refusing arrays, null, primitives and unknown keys', () => {
    // The audit finds nested objects by their decorators and types; this list only shows that it
    // found the known ones (a new nested property joins the audit whether or not it is listed here).
    expect(audit.nestedProperties).toEqual(expect.arrayContaining([
      'DraftApplicationDto.answers',
      'UpdateAnswersDto.answers',
      'ProgrammeDefinitionDto.eligibility',
      'ProgrammeDefinitionDto.callWindow',
      'ProgrammeDefinitionDto.requirements',
      'ScheduleNetworkEventDto.place',
    ]));
    expect(audit.problems).toEqual([]);
  });
});
