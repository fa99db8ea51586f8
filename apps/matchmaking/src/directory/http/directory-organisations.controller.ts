import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { canReadOrganisation, CurrentPrincipal, UuidParam, type Principal } from '@icn/platform';
import { DirectoryOrganisationRepository } from '../persistence/directory-organisation.repository';
import { toPage, toPageRequest } from './directory-page';
import { DirectoryCountView } from './directory-count.view';
import { DirectoryOrganisationPageView, DirectoryOrganisationView } from './directory-organisation.view';
import { toOrganisationView } from './directory-view.mapper';
import { ApiDirectoryAuth } from './api-directory-auth.decorator';
import { ListOrganisationsQuery, OrganisationFilterQuery } from './list-organisations.query';

/**
 * The member directory, readable by every authenticated participant (any role): finding partners
 * across clusters is the point of the network. The contacts (personal data) are shown only to those
 * who may read the organisation in membership (`canReadOrganisation`). Writes happen only through
 * membership events.
 */
@ApiTags('directory')
@ApiDirectoryAuth()
@Controller('directory/organisations')
export class DirectoryOrganisationsController {
  constructor(private readonly organisations: DirectoryOrganisationRepository) {}

  @Get()
  @ApiOperation({ summary: 'List member organisations, filtered, in name order with cursor pagination.' })
  @ApiOkResponse({ type: DirectoryOrganisationPageView })
  @ApiBadRequestResponse({ description: 'Unknown or invalid filter, or a forged cursor.' })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: ListOrganisationsQuery): Promise<DirectoryOrganisationPageView> {
    const page = toPageRequest(query);
    const rows = await this.organisations.findPage(query, page);
    return toPage(rows, page.limit, (document) => toOrganisationView(document, canReadOrganisation(principal, document)));
  }

  // Declared before ':id' so that `count` is not taken for an organisation id.
  @Get('count')
  @ApiOperation({ summary: 'Count member organisations matching the same filters as the list.' })
  @ApiOkResponse({ type: DirectoryCountView })
  async count(@Query() query: OrganisationFilterQuery): Promise<DirectoryCountView> {
    return { total: await this.organisations.count(query) };
  }

  @Get(':organisationId')
  @ApiOperation({ summary: 'One member organisation, including suspended and departed ones.' })
  @ApiOkResponse({ type: DirectoryOrganisationView })
  @ApiNotFoundResponse({ description: 'Not (yet) in the directory.' })
  async get(@CurrentPrincipal() principal: Principal, @Param('organisationId', UuidParam) organisationId: string): Promise<DirectoryOrganisationView> {
    const document = await this.organisations.findById(organisationId);
    if (document === null) {
      throw new NotFoundException(`organisation ${organisationId} is not in the directory`);
    }
    return toOrganisationView(document, canReadOrganisation(principal, document));
  }
}
