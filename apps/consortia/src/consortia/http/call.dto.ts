import { IfPresent, IsFiniteNumber, Trim } from '@icn/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsString, Length, Max, Min } from 'class-validator';

/** A call entered by hand (no `funding-call` opportunity behind it). */
export class CallDto {
  @ApiProperty({ example: 'COSME', description: 'The programme.' })
  @Trim()
  @IsString()
  @Length(1, 200)
  programme!: string;

  @ApiProperty({ example: 'COS-CLUSINT-2017-03-01: Cluster Go International' })
  @Trim()
  @IsString()
  @Length(1, 500)
  topic!: string;

  @ApiProperty({ example: '2027-04-27T17:00:00.000Z', description: 'When the call closes; in the future.' })
  @IsISO8601({ strict: true })
  deadline!: string;

  @ApiPropertyOptional({ example: 6_000_000, description: 'The call’s total budget in EUR.' })
  @IfPresent()
  @IsFiniteNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1e13)
  budgetEur?: number;
}
