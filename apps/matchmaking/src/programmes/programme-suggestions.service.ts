import { Injectable } from '@nestjs/common';
import type { ProgrammeSnapshotV1 } from '@icn/contracts';
import { MatchingService } from '../matches/matching.service';
import { suggestForProgramme, type ProgrammeSuggestions } from './domain/programme-suggestions';
import type { ProgrammeRankOptions } from './domain/rank-programme-candidates';
import { MatchmakingProgrammeRepository } from './persistence/matchmaking-programme.repository';

export interface ProgrammeSuggestionsFor extends ProgrammeSuggestions {
  programme: ProgrammeSnapshotV1;
}

/**
 * Members for a programme, ranked per request over the matching index's active organisations (the
 * same scan as a partner search: eligibility lists are not indexed terms) against the programme as
 * the read model holds it now.
 */
@Injectable()
export class ProgrammeSuggestionsService {
  constructor(
    private readonly programmes: MatchmakingProgrammeRepository,
    private readonly matching: MatchingService,
  ) {}

  /** Undefined when the programme is not (yet) in matchmaking's read model. */
  async forProgramme(programmeId: string, options: ProgrammeRankOptions, now: Date = new Date()): Promise<ProgrammeSuggestionsFor | undefined> {
    const document = await this.programmes.findById(programmeId);
    if (document === null) return undefined;
    return { programme: document.programme, ...suggestForProgramme(document.programme, this.matching.activeOrganisations(), options, now.getTime()) };
  }
}
