import { Injectable } from '@nestjs/common';
import type { ProgrammeSnapshotV1 } from '@icn/contracts';
import type { Principal } from '@icn/platform';
import { MatchingService } from '../matches/matching.service';
import { applicantsKnownTo } from './domain/applicants';
import { suggestForProgramme, type ProgrammeSuggestions } from './domain/programme-suggestions';
import type { ProgrammeRankOptions } from './domain/rank-programme-candidates';
import { MatchmakingProgrammeRepository } from './persistence/matchmaking-programme.repository';
import { ProgrammeApplicationRepository } from './persistence/programme-application.repository';

export interface ProgrammeSuggestionsFor extends ProgrammeSuggestions {
  programme: ProgrammeSnapshotV1;
  /** Members left out because the viewer knows they have applied. */
  applicantsLeftOut: number;
}

/**
 * Members for a programme, ranked per request over the matching index's active organisations (the
 * same scan as a partner search: eligibility lists are not indexed terms) against the programme as
 * the read model holds it now, leaving out the members the viewer knows have applied.
 */
@Injectable()
export class ProgrammeSuggestionsService {
  constructor(
    private readonly programmes: MatchmakingProgrammeRepository,
    private readonly applications: ProgrammeApplicationRepository,
    private readonly matching: MatchingService,
  ) {}

  /** Undefined when the programme is not (yet) in matchmaking's read model. */
  async forProgramme(
    programmeId: string,
    viewer: Pick<Principal, 'role' | 'clusterId' | 'organisationId'>,
    options: Omit<ProgrammeRankOptions, 'leaveOut'>,
    now: Date = new Date(),
  ): Promise<ProgrammeSuggestionsFor | undefined> {
    const document = await this.programmes.findById(programmeId);
    if (document === null) return undefined;
    const leaveOut = applicantsKnownTo(viewer, await this.applications.applicationsTo(programmeId));
    const suggestions = suggestForProgramme(document.programme, this.matching.activeOrganisations(), { ...options, leaveOut }, now.getTime());
    return { programme: document.programme, applicantsLeftOut: leaveOut.size, ...suggestions };
  }
}
