import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, UuidParam, type Principal } from '@icn/platform';
import { DEFAULT_RANK_LIMIT } from '../../matching/matching-index';
import { ApiDirectoryAuth } from '../../directory/http/api-directory-auth.decorator';
import { ProgrammeSuggestionsService } from '../programme-suggestions.service';
import { ProgrammeMatchQuery } from './programme-match.query';
import { ProgrammeMatchListView } from './programme-match.views';

/**
 * Members ranked for a partner programme (issue 14). Under /matches with the other rankings, not
 * under /programmes: that path is the network service's at the gateway (the chart's ingress, the
 * console's proxy). Access is the rankings' rule (ADR 22): programmes are read by everyone signed in,
 * and organisation profiles are network-wide (libs/platform/src/auth/visibility.ts), so anyone
 * authenticated may ask and sees members of every cluster; `clusterId` narrows the list on request.
 * Members who have applied are left out only where the caller may know of their application
 * (`canReadApplication`), so the list never reveals an application by an absence.
 */
@ApiTags('matches')
@ApiDirectoryAuth()
@ApiBadRequestResponse({ description: 'A malformed id, or an unknown or invalid query parameter (named in the message).' })
@Controller('matches')
export class ProgrammeMatchesController {
  constructor(private readonly suggestions: ProgrammeSuggestionsService) {}

  @Get('programmes/:programmeId/organisations')
  @ApiOperation({ summary: 'Members ranked for a partner programme, with reasons; empty (saying why) while its call is not open.' })
  @ApiOkResponse({ type: ProgrammeMatchListView })
  @ApiNotFoundResponse({ description: 'The programme is not (yet) known to matchmaking.' })
  async organisationsForProgramme(
    @CurrentPrincipal() principal: Principal,
    @Param('programmeId', UuidParam) programmeId: string,
    @Query() query: ProgrammeMatchQuery,
  ): Promise<ProgrammeMatchListView> {
    const options = { limit: query.limit ?? DEFAULT_RANK_LIMIT, ...(query.minScore === undefined ? {} : { minScore: query.minScore }), ...(query.clusterId === undefined ? {} : { clusterId: query.clusterId }) };
    const found = await this.suggestions.forProgramme(programmeId, principal, options);
    if (found === undefined) throw new NotFoundException(`programme ${programmeId} is not known to matchmaking`);
    const { programme, phase, items, notRankedBecause, applicantsLeftOut } = found;
    return {
      programmeId: programme.programmeId,
      title: programme.title,
      partnerName: programme.partnerName,
      callWindow: { opensAt: programme.callWindow.opensAt, closesAt: programme.callWindow.closesAt, phase },
      ...(notRankedBecause === undefined ? {} : { notRankedBecause }),
      applicantsLeftOut,
      items,
    };
  }
}
