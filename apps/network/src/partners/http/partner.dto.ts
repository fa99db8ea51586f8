import { IfPresent, MultilineText, Trim } from '@icn/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO31661Alpha2, IsString, IsUrl, Length } from 'class-validator';

/** A partner organisation as the secretariat registers it (and replaces it with PUT). */
export class PartnerDto {
  @ApiProperty({ example: 'C40 Cities' })
  @Trim()
  @IsString()
  @Length(2, 200)
  name!: string;

  @ApiPropertyOptional({ example: 'A network of mayors of nearly 100 world-leading cities collaborating to deliver urgent action on the climate crisis.' })
  @IfPresent()
  @Trim()
  @IsString()
  @Length(1, 4000)
  @MultilineText()
  description?: string;

  @ApiPropertyOptional({ example: 'https://www.c40.org' })
  @IfPresent()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  website?: string;

  @ApiPropertyOptional({ example: 'GB', description: 'Where the partner is based (ISO 3166-1 alpha-2).' })
  @IfPresent()
  @IsISO31661Alpha2()
  country?: string;
}
