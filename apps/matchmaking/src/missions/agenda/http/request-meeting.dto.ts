import { IfPresent, MultilineText, Trim } from '@icn/platform';
import { AGENDA_SLOT_ID_PATTERN, MISSION_MEETING_SIDES, type MissionMeetingSide } from '@icn/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, Length, Matches } from 'class-validator';

export class RequestMeetingDto {
  @ApiProperty({ format: 'uuid', description: 'A selected delegate organisation of the mission.' })
  @IsUUID()
  delegateOrganisationId!: string;

  @ApiProperty({ format: 'uuid', description: 'A local project owner of the mission.' })
  @IsUUID()
  ownerId!: string;

  @ApiProperty({ minLength: 1, maxLength: 1000, description: 'What the meeting is about.' })
  @Trim()
  @IsString()
  @Length(1, 1000)
  @MultilineText()
  message!: string;

  @ApiPropertyOptional({ example: '2027-05-11T09:30', description: 'An upcoming slot of the agenda (local start, YYYY-MM-DDTHH:MM).' })
  @IfPresent()
  @Matches(AGENDA_SLOT_ID_PATTERN, { message: 'slot must be a slot id YYYY-MM-DDTHH:MM' })
  slot?: string;

  @ApiPropertyOptional({
    enum: MISSION_MEETING_SIDES,
    description: 'The side you request for; needed only when you may act for both (e.g. the secretariat).',
  })
  @IfPresent()
  @IsIn(MISSION_MEETING_SIDES)
  requestedBy?: MissionMeetingSide;
}
