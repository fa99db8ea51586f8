import { BEARER_SCHEME, CurrentPrincipal, Idempotent, Roles, type Principal } from '@icn/platform';
import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PassportHostsService } from '../passport-hosts.service';
import { HostCapacityResponse } from './host-capacity.response';
import { SetHostCapacityDto } from './set-host-capacity.dto';

/** A host cluster's desk capacity: readable by anyone planning a visit, set by its manager. */
@ApiTags('passport')
@ApiBearerAuth(BEARER_SCHEME)
@Controller('passport/hosts/:clusterId/capacity')
export class PassportHostsController {
  constructor(private readonly hosts: PassportHostsService) {}

  @Get()
  @ApiOperation({ summary: 'Desks per day the host offers (the default until configured)' })
  @ApiOkResponse({ type: HostCapacityResponse })
  @ApiNotFoundResponse({ description: 'Cluster not in the directory.' })
  get(@Param('clusterId') clusterId: string): Promise<HostCapacityResponse> {
    // Any string is safe here: it is only ever compared for equality with `_id`.
    return this.hosts.capacity(clusterId);
  }

  @Put()
  @Roles('network-admin', 'cluster-manager')
  @Idempotent()
  @ApiOperation({ summary: 'Set the desks per day (does not evict reservations already made)' })
  @ApiOkResponse({ type: HostCapacityResponse })
  set(@CurrentPrincipal() principal: Principal, @Param('clusterId') clusterId: string, @Body() dto: SetHostCapacityDto): Promise<HostCapacityResponse> {
    return this.hosts.setCapacity(principal, clusterId, dto.desksPerDay);
  }
}
