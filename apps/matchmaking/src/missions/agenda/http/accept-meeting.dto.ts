import { IfPresent } from '@icn/platform';
import { AGENDA_SLOT_ID_PATTERN } from '@icn/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class AcceptMeetingDto {
  @ApiPropertyOptional({
    example: '2027-05-11T10:00',
    description: 'The slot to meet in; defaults to the requested slot, else the earliest slot where both sides and a table are free.',
  })
  @IfPresent()
  @Matches(AGENDA_SLOT_ID_PATTERN, { message: 'slot must be a slot id YYYY-MM-DDTHH:MM' })
  slot?: string;
}
