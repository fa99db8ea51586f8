import { NestedObjectList } from '@icn/platform';
import { AGENDA_LIMITS } from '@icn/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsInt, Max, Min } from 'class-validator';
import { AgendaDayDto } from './agenda-day.dto';

export class SetAgendaDto {
  @ApiProperty({ minimum: AGENDA_LIMITS.minSlotMinutes, maximum: AGENDA_LIMITS.maxSlotMinutes, example: 30, description: 'Length of every slot.' })
  @IsInt()
  @Min(AGENDA_LIMITS.minSlotMinutes)
  @Max(AGENDA_LIMITS.maxSlotMinutes)
  slotMinutes!: number;

  @ApiProperty({ minimum: 1, maximum: AGENDA_LIMITS.maxTables, example: 8, description: 'Meetings that can run at once.' })
  @IsInt()
  @Min(1)
  @Max(AGENDA_LIMITS.maxTables)
  tables!: number;

  @ApiProperty({ type: [AgendaDayDto], minItems: 1, maxItems: AGENDA_LIMITS.maxDays })
  @ArrayMinSize(1)
  @ArrayMaxSize(AGENDA_LIMITS.maxDays)
  @NestedObjectList(() => AgendaDayDto)
  days!: AgendaDayDto[];
}
