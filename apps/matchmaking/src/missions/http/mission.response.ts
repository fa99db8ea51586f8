import { MISSION_CALL_CLOSERS, MISSION_STATUSES, type MissionCallCloser, type MissionDestinationV1, type MissionStatus } from '@icn/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { MissionDelegate } from '../mission-participants';
import { LocalProjectOwnerResponse } from './local-project-owner.response';
import { MissionApplicationResponse } from './mission-application.response';
import type { MissionPageView, MissionView } from './mission.view';

export class MissionDestinationResponse implements MissionDestinationV1 {
  @ApiProperty({ example: 'New York' }) city!: string;
  @ApiProperty({ example: 'US', description: 'ISO 3166-1 alpha-2.' }) country!: string;
}

/** A selected delegate organisation, as the published delegation lists it. */
export class MissionDelegateResponse implements MissionDelegate {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'clean' }) clusterId!: string;
}

/**
 * A mission as the caller sees it: the announcement in full, the applications the caller may read,
 * whether the call takes applications now and, once the selection is published, the delegation.
 */
export class MissionResponse implements MissionView {
  @ApiProperty({ format: 'uuid' }) missionId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() theme!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ example: 'clean', description: 'The cluster that organises it (runs the call and the selection).' }) organiserClusterId!: string;
  @ApiProperty({ example: 'nyc-cleantech', description: 'The cluster at the destination (adds local project owners).' }) hostClusterId!: string;
  @ApiProperty({ type: MissionDestinationResponse }) destination!: MissionDestinationResponse;
  @ApiProperty({ format: 'date', description: 'First day at the destination (inclusive, local to timeZone).' }) from!: string;
  @ApiProperty({ format: 'date', description: 'Last day at the destination (inclusive).' }) to!: string;
  @ApiProperty({ example: 'America/New_York', description: 'IANA time zone of the destination.' }) timeZone!: string;
  @ApiProperty({ type: 'integer', description: 'How many delegations (organisations) can be selected.' }) capacity!: number;
  @ApiProperty({ format: 'date', description: 'Last day applications are accepted (inclusive, until 24:00 UTC).' }) callCutOff!: string;
  @ApiProperty({ enum: MISSION_STATUSES }) status!: MissionStatus;
  @ApiProperty({ type: [MissionApplicationResponse], description: 'Only the applications the caller may read: all for the organiser side, its own for an applicant.' })
  applications!: MissionApplicationResponse[];
  @ApiProperty({ type: [LocalProjectOwnerResponse] }) localProjectOwners!: LocalProjectOwnerResponse[];
  @ApiProperty({ description: 'The subject that created it (a cluster manager or the secretariat).' }) createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) callOpenedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) callClosedAt?: string;
  @ApiPropertyOptional({ enum: MISSION_CALL_CLOSERS, description: 'The organiser, or the first command recorded after the cut-off.' }) callClosedBy?: MissionCallCloser;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the selection was last decided (revisable until published).' }) selectionDecidedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) selectionPublishedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) completedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) cancelledAt?: string;
  @ApiPropertyOptional() cancellationReason?: string;
  @ApiProperty({ description: 'Aggregate version; the sequence of its latest event.' }) version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: 'integer', description: 'Applications not withdrawn, counted for everyone (the figure, not who).' }) liveApplicationCount!: number;
  @ApiProperty({ description: 'True while the call is open and its cut-off day (UTC) has not ended.' }) acceptingApplications!: boolean;
  @ApiPropertyOptional({ type: [MissionDelegateResponse], description: 'The selected delegates, once the selection is published; absent before.' })
  selectedDelegates?: MissionDelegateResponse[];
}

export class MissionPageResponse implements MissionPageView {
  @ApiProperty({ type: [MissionResponse] }) items!: MissionResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page.' })
  nextCursor!: string | null;
}
