import { IfPresent } from '@icn/platform';
import { SECTORS, TAG_PATTERN, type Sector } from '@icn/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsString, Length, Matches } from 'class-validator';

/**
 * The competencies wanted. Each list left out is taken from the funding call the consortium was
 * built on (its sectors and technologies); a call typed in by hand has none, so name them here.
 */
export class RequestPartnerSearchDto {
  @ApiPropertyOptional({ enum: SECTORS, isArray: true })
  @IfPresent()
  @IsArray()
  @IsIn(SECTORS, { each: true })
  @ArrayMaxSize(SECTORS.length)
  sectors?: Sector[];

  @ApiPropertyOptional({ type: [String], example: ['heat-pumps'] })
  @IfPresent()
  @IsArray()
  @Matches(TAG_PATTERN, { each: true, message: 'each value in technologies must be a lowercase kebab-case tag' })
  @ArrayMaxSize(50)
  technologies?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Phrases compared with what organisations offer.', example: ['district heating retrofit'] })
  @IfPresent()
  @IsArray()
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  @ArrayMaxSize(20)
  keywords?: string[];
}
