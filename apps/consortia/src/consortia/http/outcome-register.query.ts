import { KeysetPageQuery } from '@icn/platform';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/** `?year=&limit=&cursor=` of the outcome register. */
export class OutcomeRegisterQuery extends KeysetPageQuery {
  @ApiProperty({ example: 2027 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}
