import { IfPresent, IsFiniteNumber } from '@icn/platform';
import { CURRENCY_PATTERN } from '@icn/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, IsUrl, Length, Matches, Max, Min } from 'class-validator';

export class MoneyDto {
  @ApiProperty({ minimum: 0, example: 250000, description: 'In major units of the currency, at most 2 decimals.' })
  @IsFiniteNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1e13)
  amount!: number;

  @ApiProperty({ example: 'EUR', pattern: CURRENCY_PATTERN.source })
  @Matches(CURRENCY_PATTERN, { message: 'currency must be an ISO 4217 code such as EUR' })
  currency!: string;
}

export class LinkDto {
  @ApiProperty({ example: 'https://example.org/tender.pdf' })
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  url!: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IfPresent()
  @IsString()
  @Length(1, 200)
  label?: string;
}
