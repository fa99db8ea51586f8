import { BEARER_SCHEME, CurrentPrincipal, UuidParam, type Principal } from '@icn/platform';
import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ParticipantCalendarService } from '../participant-calendar.service';

/**
 * Each participant's B2B schedule as an iCalendar file, to import into a calendar app. It needs the
 * bearer token like every other route (a token-in-the-URL feed, as opportunities offer, is not here).
 */
@ApiTags('missions')
@ApiBearerAuth(BEARER_SCHEME)
@Controller('missions/:missionId/agenda')
export class ParticipantCalendarController {
  constructor(private readonly calendars: ParticipantCalendarService) {}

  @Get('delegates/:organisationId.ics')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, no-cache')
  @ApiOperation({ summary: 'A delegate organisation’s meetings on this mission (iCalendar)' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'text/calendar' })
  delegate(
    @CurrentPrincipal() principal: Principal,
    @Param('missionId', UuidParam) missionId: string,
    @Param('organisationId', UuidParam) organisationId: string,
  ): Promise<string> {
    return this.calendars.forDelegate(principal, missionId, organisationId);
  }

  @Get('owners/:ownerId.ics')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, no-cache')
  @ApiOperation({ summary: 'A local project owner’s meetings on this mission (iCalendar)' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'text/calendar' })
  owner(
    @CurrentPrincipal() principal: Principal,
    @Param('missionId', UuidParam) missionId: string,
    @Param('ownerId', UuidParam) ownerId: string,
  ): Promise<string> {
    return this.calendars.forOwner(principal, missionId, ownerId);
  }
}
