import { BEARER_SCHEME, Idempotent, KeysetPageQuery, Roles, UuidParam } from '@icn/platform';
import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PartnersService } from '../partners.service';
import { PartnerDto } from './partner.dto';
import { PartnerPageResponse, PartnerResponse } from './partner.response';

/**
 * The network's partner organisations (C40, the World Alliance, Urban Future Lab, …): registered
 * and described by the secretariat, read by everyone signed in (they are public knowledge).
 */
@ApiTags('partners')
@ApiBearerAuth(BEARER_SCHEME)
@Controller('partners')
export class PartnersController {
  constructor(private readonly partners: PartnersService) {}

  @Post()
  @Roles('network-admin')
  @Idempotent()
  @ApiOperation({ summary: 'Register a partner organisation (secretariat; emits PartnerRegistered)' })
  @ApiCreatedResponse({ type: PartnerResponse })
  register(@Body() dto: PartnerDto): Promise<PartnerResponse> {
    return this.partners.register(dto);
  }

  @Put(':partnerId')
  @Roles('network-admin')
  @ApiOperation({ summary: 'Replace a partner’s description (secretariat; emits PartnerUpdated when anything changed)' })
  @ApiOkResponse({ type: PartnerResponse })
  update(@Param('partnerId', UuidParam) partnerId: string, @Body() dto: PartnerDto): Promise<PartnerResponse> {
    return this.partners.update(partnerId, dto);
  }

  @Get()
  @Roles('network-admin', 'cluster-manager', 'member', 'integrator')
  @ApiOperation({ summary: 'The partners, by name' })
  @ApiOkResponse({ type: PartnerPageResponse, description: 'A page (limit, default 20, at most 100).' })
  list(@Query() query: KeysetPageQuery): Promise<PartnerPageResponse> {
    return this.partners.list(query);
  }

  @Get(':partnerId')
  @Roles('network-admin', 'cluster-manager', 'member', 'integrator')
  @ApiOperation({ summary: 'One partner' })
  @ApiOkResponse({ type: PartnerResponse })
  get(@Param('partnerId', UuidParam) partnerId: string): Promise<PartnerResponse> {
    return this.partners.get(partnerId);
  }
}
