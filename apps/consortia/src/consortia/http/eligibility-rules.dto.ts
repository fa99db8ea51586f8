import { IfPresent, IsFiniteNumber } from '@icn/platform';
import { HELIX_TYPES, type HelixType } from '@icn/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsIn, IsInt, Max, Min } from 'class-validator';

/** The call's rules; counted over beneficiaries (coordinator + partners), see EligibilityRulesV1. */
export class EligibilityRulesDto {
  @ApiProperty({ example: 3, description: 'Beneficiaries needed, the coordinator included.' })
  @IsInt()
  @Min(1)
  @Max(100)
  minPartners!: number;

  @ApiPropertyOptional({ example: 8 })
  @IfPresent()
  @IsInt()
  @Min(1)
  @Max(100)
  maxPartners?: number;

  @ApiProperty({ example: 3, description: 'Distinct countries among the beneficiaries.' })
  @IsInt()
  @Min(1)
  @Max(100)
  minCountries!: number;

  @ApiProperty({ enum: HELIX_TYPES, isArray: true, example: ['research-institution'] })
  @IsArray()
  @ArrayUnique()
  @IsIn(HELIX_TYPES, { each: true })
  requiredHelixTypes!: HelixType[];

  @ApiProperty({ example: 30, description: 'Minimum share of SME beneficiaries, in percent (head count).' })
  @IsFiniteNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  minSmeSharePercent!: number;
}
