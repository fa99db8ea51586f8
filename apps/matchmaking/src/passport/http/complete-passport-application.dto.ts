import { NestedObjectList } from '@icn/platform';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsInt, Max, Min } from 'class-validator';
import { LeadDto } from './lead.dto';

/** The visit report filed when the visit is completed. */
export class CompletePassportApplicationDto {
  @ApiProperty({ minimum: 0, maximum: 10000 })
  @IsInt()
  @Min(0)
  @Max(10000)
  meetingsHeld!: number;

  @ApiProperty({ type: [LeadDto] })
  @ArrayMaxSize(200)
  @NestedObjectList(() => LeadDto)
  leads!: LeadDto[];
}
