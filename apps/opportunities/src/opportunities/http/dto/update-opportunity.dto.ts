import { NestedObject, NestedObjectList } from '@icn/platform';
import { ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize } from 'class-validator';
import { CreateOpportunityDto } from './create-opportunity.dto';
import { LinkDto, MoneyDto } from './opportunity-parts.dto';

/**
 * PATCH /opportunities/:id — any content field; absent fields stay as they are. The origin cluster
 * and publisher never change. On a published opportunity the deadline moves only through
 * POST …/extend-deadline (later dates only), so subscribers get a deadline-extension notice.
 * The nested objects are declared again rather than inherited: PartialType marks every inherited
 * property @IsOptional, which would let `null` through where an object is required.
 */
export class UpdateOpportunityDto extends PartialType(OmitType(CreateOpportunityDto, ['originClusterId', 'publish', 'value', 'links'] as const)) {
  @ApiPropertyOptional({ type: MoneyDto })
  @NestedObject(() => MoneyDto, { optional: true })
  value?: MoneyDto;

  @ApiPropertyOptional({ type: [LinkDto] })
  @ArrayMaxSize(20)
  @NestedObjectList(() => LinkDto, { optional: true })
  links?: LinkDto[];
}
