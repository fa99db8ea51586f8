import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, UuidParam, type Principal } from '@icn/platform';
import { ApiDirectoryAuth } from '../../directory/http/api-directory-auth.decorator';
import { MatchingService } from '../matching.service';
import { MatchQuery } from './match.query';
import { OpportunityMatchListView, OrganisationMatchListView } from './match.views';

/**
 * Rankings with their explanations. Organisation profiles are network-wide like the directory they
 * are computed from (finding partners across clusters is the point of the network), so anyone
 * authenticated may ask about any organisation; opportunities follow the network's one visibility
 * rule (`canViewOpportunity`, @icn/platform): an opportunity the caller may not see is a 404 here as
 * in opportunities, and never appears in a ranking — neither for the caller nor for an organisation
 * the caller asks about (an organisation is only ever ranked opportunities its own cluster may see).
 */
@ApiTags('matches')
@ApiDirectoryAuth()
@ApiBadRequestResponse({ description: 'A malformed id, or an unknown or invalid query parameter (named in the message).' })
@Controller('matches')
export class MatchesController {
  constructor(private readonly matching: MatchingService) {}

  @Get('opportunities/:opportunityId/organisations')
  @ApiOperation({ summary: 'Organisations ranked for an opportunity; empty once it is closed, cancelled or past its deadline.' })
  @ApiOkResponse({ type: OrganisationMatchListView })
  @ApiNotFoundResponse({ description: 'The opportunity is not (yet) known to matchmaking, or not visible to the caller.' })
  async organisationsForOpportunity(
    @CurrentPrincipal() principal: Principal,
    @Param('opportunityId', UuidParam) opportunityId: string,
    @Query() query: MatchQuery,
  ): Promise<OrganisationMatchListView> {
    const items = await this.matching.organisationsForOpportunity(opportunityId, { ...query, viewer: principal });
    if (items === undefined) throw new NotFoundException(`opportunity ${opportunityId} is not known to matchmaking`);
    return { items };
  }

  @Get('organisations/:organisationId/organisations')
  @ApiOperation({ summary: 'Partner organisations ranked for an organisation; empty when it is not active.' })
  @ApiOkResponse({ type: OrganisationMatchListView })
  @ApiNotFoundResponse({ description: 'Not (yet) in the directory.' })
  organisationsForOrganisation(@Param('organisationId', UuidParam) organisationId: string, @Query() query: MatchQuery): OrganisationMatchListView {
    const items = this.matching.organisationsForOrganisation(organisationId, query);
    if (items === undefined) throw notInDirectory(organisationId);
    return { items };
  }

  @Get('organisations/:organisationId/opportunities')
  @ApiOperation({
    summary: 'Open opportunities ranked for an organisation — only those both the organisation and the caller may see; empty when it is not active.',
  })
  @ApiOkResponse({ type: OpportunityMatchListView })
  @ApiNotFoundResponse({ description: 'Not (yet) in the directory.' })
  opportunitiesForOrganisation(
    @CurrentPrincipal() principal: Principal,
    @Param('organisationId', UuidParam) organisationId: string,
    @Query() query: MatchQuery,
  ): OpportunityMatchListView {
    const items = this.matching.opportunitiesForOrganisation(organisationId, { ...query, viewer: principal });
    if (items === undefined) throw notInDirectory(organisationId);
    return { items };
  }
}

function notInDirectory(organisationId: string): NotFoundException {
  return new NotFoundException(`organisation ${organisationId} is not in the directory`);
}
