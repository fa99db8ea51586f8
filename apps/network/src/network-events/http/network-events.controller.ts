import { BEARER_SCHEME, CurrentPrincipal, Idempotent, KeysetPageQuery, Roles, UuidParam, type Principal } from '@icn/platform';
import { Body, Controller, Delete, Get, Header, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { NetworkEventsService } from '../network-events.service';
import { CancelNetworkEventDto, RecordAttendanceDto, RegisterDto, ScheduleNetworkEventDto } from './network-event.dto';
import { NetworkEventPageResponse, NetworkEventResponse, toNetworkEventResponse } from './network-event.response';

/**
 * Network events (annual meetings, workshops, networking events): scheduled and run by the host
 * cluster's manager or the secretariat, open to every member for registration (waiting list when
 * full, promoted on cancellation), attendance recorded afterwards.
 */
@ApiTags('network-events')
@ApiBearerAuth(BEARER_SCHEME)
@Controller('network-events')
export class NetworkEventsController {
  constructor(private readonly events: NetworkEventsService) {}

  @Post()
  @Roles('network-admin', 'cluster-manager')
  @Idempotent()
  @ApiOperation({ summary: 'Schedule a network event (host cluster manager or secretariat; emits NetworkEventScheduled)' })
  @ApiCreatedResponse({ type: NetworkEventResponse })
  async schedule(@CurrentPrincipal() principal: Principal, @Body() dto: ScheduleNetworkEventDto): Promise<NetworkEventResponse> {
    return toNetworkEventResponse(principal, await this.events.schedule(principal, { ...dto, place: { ...dto.place } }));
  }

  @Get()
  @Roles('network-admin', 'cluster-manager', 'member', 'integrator')
  @ApiOperation({ summary: 'Network events by first day' })
  @ApiOkResponse({ type: NetworkEventPageResponse, description: 'A page (limit, default 20, at most 100).' })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: KeysetPageQuery): Promise<NetworkEventPageResponse> {
    const page = await this.events.list(query);
    return { items: page.items.map((event) => toNetworkEventResponse(principal, event)), nextCursor: page.nextCursor };
  }

  @Get(':eventId')
  @Roles('network-admin', 'cluster-manager', 'member', 'integrator')
  @ApiOperation({ summary: 'One network event, with the registrations the caller may see' })
  @ApiOkResponse({ type: NetworkEventResponse })
  async get(@CurrentPrincipal() principal: Principal, @Param('eventId', UuidParam) eventId: string): Promise<NetworkEventResponse> {
    return toNetworkEventResponse(principal, await this.events.get(eventId));
  }

  @Post(':eventId/registrations')
  @Roles('network-admin', 'cluster-manager', 'member')
  @Idempotent()
  @ApiOperation({ summary: 'Register a participant (a seat while free, else the waiting list; emits NetworkEventRegistrationReceived)' })
  @ApiCreatedResponse({ type: NetworkEventResponse })
  async register(@CurrentPrincipal() principal: Principal, @Param('eventId', UuidParam) eventId: string, @Body() dto: RegisterDto): Promise<NetworkEventResponse> {
    return toNetworkEventResponse(principal, await this.events.register(principal, eventId, dto.organisationId, dto.participantName));
  }

  @Delete(':eventId/registrations/:registrationId')
  @Roles('network-admin', 'cluster-manager', 'member')
  @ApiOperation({ summary: 'Cancel a registration (its seat goes to the first waiting; emits NetworkEventRegistrationCancelled)' })
  @ApiOkResponse({ type: NetworkEventResponse })
  async cancelRegistration(
    @CurrentPrincipal() principal: Principal,
    @Param('eventId', UuidParam) eventId: string,
    @Param('registrationId', UuidParam) registrationId: string,
  ): Promise<NetworkEventResponse> {
    return toNetworkEventResponse(principal, await this.events.cancelRegistration(principal, eventId, registrationId));
  }

  @Get(':eventId/registrations/:registrationId/calendar.ics')
  @Roles('network-admin', 'cluster-manager', 'member')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @ApiOperation({ summary: 'The registrant’s iCalendar (RFC 5545) file for the event' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'text/calendar' })
  calendar(@CurrentPrincipal() principal: Principal, @Param('eventId', UuidParam) eventId: string, @Param('registrationId', UuidParam) registrationId: string): Promise<string> {
    return this.events.calendarOf(principal, eventId, registrationId);
  }

  @Post(':eventId/attendance')
  @Roles('network-admin', 'cluster-manager')
  @ApiOperation({ summary: 'Record who attended (from the first day on; the event is then held; emits NetworkEventAttendanceRecorded)' })
  @ApiOkResponse({ type: NetworkEventResponse })
  async attendance(@CurrentPrincipal() principal: Principal, @Param('eventId', UuidParam) eventId: string, @Body() dto: RecordAttendanceDto): Promise<NetworkEventResponse> {
    return toNetworkEventResponse(principal, await this.events.recordAttendance(principal, eventId, dto.attended));
  }

  @Post(':eventId/cancellation')
  @Roles('network-admin', 'cluster-manager')
  @ApiOperation({ summary: 'Cancel the event (final; emits NetworkEventCancelled)' })
  @ApiOkResponse({ type: NetworkEventResponse })
  async cancel(@CurrentPrincipal() principal: Principal, @Param('eventId', UuidParam) eventId: string, @Body() dto: CancelNetworkEventDto): Promise<NetworkEventResponse> {
    return toNetworkEventResponse(principal, await this.events.cancel(principal, eventId, dto.reason));
  }
}
