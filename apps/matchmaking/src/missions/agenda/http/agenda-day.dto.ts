import { IsCalendarDate } from '@icn/platform';
import { AGENDA_LIMITS, AGENDA_TIME_PATTERN } from '@icn/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, Matches } from 'class-validator';

export class AgendaDayDto {
  @ApiProperty({ format: 'date', example: '2027-05-11', description: 'A mission day (YYYY-MM-DD), within the mission’s dates.' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({
    example: ['09:00', '09:30', '10:00'],
    description: 'Local start times (HH:MM, 24 h, in the mission’s time zone) of the day’s slots; they must not overlap.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(AGENDA_LIMITS.maxSlotsPerDay)
  @ArrayUnique()
  @Matches(AGENDA_TIME_PATTERN, { each: true, message: 'each start time must be HH:MM (24 h)' })
  startTimes!: string[];
}
