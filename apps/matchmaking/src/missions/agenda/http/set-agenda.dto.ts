import { AGENDA_LIMITS } from '@icn/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, Max, Min, ValidateNested } from 'class-validator';
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
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(AGENDA_LIMITS.maxDays)
  @ValidateNested({ each: true })
  @Type(() => AgendaDayDto)
  days!: AgendaDayDto[];
}
