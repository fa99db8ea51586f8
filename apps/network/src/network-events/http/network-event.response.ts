import { NETWORK_EVENT_KINDS, NETWORK_EVENT_STATUSES, REGISTRATION_STATUSES, type NetworkEventKind, type NetworkEventStatus, type RegistrationStatus } from '@icn/contracts';
import type { KeysetPage, Principal } from '@icn/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { visibleRegistrations } from '../domain/network-event-access';
import { confirmedOf, waitingListOf, type NetworkEventState } from '../domain/network-event';

export class NetworkEventPlaceResponse {
  @ApiProperty() venue!: string;
  @ApiProperty() city!: string;
  @ApiProperty({ example: 'ZA' }) country!: string;
}

export class RegistrationResponse {
  @ApiProperty({ format: 'uuid' }) registrationId!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty() clusterId!: string;
  @ApiProperty() participantName!: string;
  @ApiProperty({ enum: REGISTRATION_STATUSES }) status!: RegistrationStatus;
  @ApiPropertyOptional({ type: 'integer', description: 'Position on the waiting list (1 = next seat).' }) waitingRank?: number;
  @ApiPropertyOptional({ type: Boolean }) attended?: boolean;
  @ApiProperty() registeredBy!: string;
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
  @ApiPropertyOptional({ type: String, format: 'date-time' }) promotedAt?: string;
  @ApiPropertyOptional({ type: String, format: 'date-time' }) cancelledAt?: string;
}

/**
 * A network event as the caller may see it: every field, the seat counts, and the registrations
 * of the clusters the caller may read (all of them for the host's manager and the secretariat).
 */
export class NetworkEventResponse {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ enum: NETWORK_EVENT_KINDS }) kind!: NetworkEventKind;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty() hostClusterId!: string;
  @ApiProperty({ type: NetworkEventPlaceResponse }) place!: NetworkEventPlaceResponse;
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty() timeZone!: string;
  @ApiProperty({ type: 'integer' }) capacity!: number;
  @ApiProperty({ type: 'integer', description: 'Confirmed registrations (never more than capacity).' }) confirmed!: number;
  @ApiProperty({ type: 'integer', description: 'Registrations on the waiting list.' }) waiting!: number;
  @ApiProperty({ enum: NETWORK_EVENT_STATUSES }) status!: NetworkEventStatus;
  @ApiProperty({ type: [RegistrationResponse] }) registrations!: RegistrationResponse[];
  @ApiProperty() createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ type: String, format: 'date-time' }) heldAt?: string;
  @ApiPropertyOptional({ type: String, format: 'date-time' }) cancelledAt?: string;
  @ApiPropertyOptional({ type: String }) cancellationReason?: string;
  @ApiProperty({ type: 'integer', description: 'One more with each change.' }) version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class NetworkEventPageResponse implements KeysetPage<NetworkEventResponse> {
  @ApiProperty({ type: [NetworkEventResponse] }) items!: NetworkEventResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' })
  nextCursor!: string | null;
}

export function toNetworkEventResponse(principal: Principal, event: NetworkEventState): NetworkEventResponse {
  return {
    ...event,
    confirmed: confirmedOf(event).length,
    waiting: waitingListOf(event).length,
    registrations: visibleRegistrations(principal, event),
  };
}
