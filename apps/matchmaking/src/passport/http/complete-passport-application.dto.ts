import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { LeadDto } from './lead.dto';

/** The visit report filed when the visit is completed. */
export class CompletePassportApplicationDto {
  @ApiProperty({ minimum: 0, maximum: 10000 })
  @IsInt()
  @Min(0)
  @Max(10000)
  meetingsHeld!: number;

  @ApiProperty({ type: [LeadDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => LeadDto)
  leads!: LeadDto[];
}
