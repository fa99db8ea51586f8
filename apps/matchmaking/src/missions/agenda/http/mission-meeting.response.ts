import {
  MISSION_MEETING_CANCELLERS,
  MISSION_MEETING_SIDES,
  MISSION_MEETING_STATUSES,
  type MissionMeetingCanceller,
  type MissionMeetingDelegateV1,
  type MissionMeetingOwnerV1,
  type MissionMeetingSide,
  type MissionMeetingSlotV1,
  type MissionMeetingSnapshotV1,
  type MissionMeetingStatus,
} from '@icn/contracts';
import type { KeysetPage } from '@icn/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The delegate side: a selected delegate organisation (a member). */
export class MissionMeetingDelegateResponse implements MissionMeetingDelegateV1 {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'clean' }) clusterId!: string;
}

/** The owner side: a local project owner of the mission (not necessarily an ICN member). */
export class MissionMeetingOwnerResponse implements MissionMeetingOwnerV1 {
  @ApiProperty({ format: 'uuid' }) ownerId!: string;
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The owner’s organisation, when it is a member.' }) organisationId?: string;
}

/** Where and when a scheduled meeting takes place: local wall-clock times and the same instants in UTC. */
export class MissionMeetingSlotResponse implements MissionMeetingSlotV1 {
  @ApiProperty({ example: '2027-05-11T09:00', description: 'The slot’s local start, YYYY-MM-DDTHH:MM (no offset).' }) slotId!: string;
  @ApiProperty({ example: '2027-05-11', description: 'Local day (YYYY-MM-DD).' }) date!: string;
  @ApiProperty({ example: '09:00', description: 'Local start (HH:MM).' }) startTime!: string;
  @ApiProperty({ example: '09:30', description: 'Local end (HH:MM; 24:00 for a slot ending at midnight).' }) endTime!: string;
  @ApiProperty({ example: 'America/New_York' }) timeZone!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) table!: number;
}

/** A B2B meeting as the API returns it: the snapshot its events carry. */
export class MissionMeetingResponse implements MissionMeetingSnapshotV1 {
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty({ format: 'uuid' }) missionId!: string;
  @ApiProperty({ type: MissionMeetingDelegateResponse }) delegate!: MissionMeetingDelegateResponse;
  @ApiProperty({ type: MissionMeetingOwnerResponse }) owner!: MissionMeetingOwnerResponse;
  @ApiProperty({ enum: MISSION_MEETING_SIDES, description: 'The side that asked; the other side accepts or declines.' }) requestedBy!: MissionMeetingSide;
  @ApiProperty({ description: 'The subject that sent the request.' }) requestedBySubject!: string;
  @ApiProperty() message!: string;
  @ApiPropertyOptional({ example: '2027-05-11T09:00', description: 'The slot the requester would like, if any.' }) requestedSlotId?: string;
  @ApiProperty({ enum: MISSION_MEETING_STATUSES }) status!: MissionMeetingStatus;
  @ApiPropertyOptional({ type: MissionMeetingSlotResponse, description: 'Present once scheduled; kept after a cancellation.' }) slot?: MissionMeetingSlotResponse;
  @ApiPropertyOptional() declineReason?: string;
  @ApiPropertyOptional({ enum: MISSION_MEETING_CANCELLERS }) cancelledBy?: MissionMeetingCanceller;
  @ApiPropertyOptional() cancellationReason?: string;
  @ApiProperty({ description: 'Aggregate version; the sequence of its latest event.' }) version!: number;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) acceptedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) declinedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) scheduledAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) cancelledAt?: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

/** A page of a mission's meetings, oldest request first. */
export class MissionMeetingPageResponse implements KeysetPage<MissionMeetingResponse> {
  @ApiProperty({ type: [MissionMeetingResponse] }) items!: MissionMeetingResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' })
  nextCursor!: string | null;
}
