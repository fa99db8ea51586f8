import { NestedObject, NestedObjectList } from '@icn/platform';
import { ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize } from 'class-validator';
import { CreateOpportunityDto } from './create-opportunity.dto';
import { LinkDto, MoneyDto } from './opportunity-parts.dto';

/**
 * PATCH /opportunities/:id — any content field; absent fields stay as they are. The origin cluster
 * and publisher never change. On a published opportunity the deadline moves only through
 * POST …/extend-deadline (later dates only), so subscribers get a deadline-extension notice.
 * `skipNullProperties: false` makes the inherited properties optional without letting `null`
 * through (plain PartialType adds @IsOptional, which skips null). The nested objects are declared
 * again: their @NestedObject marker is metadata PartialType does not copy.
 */
export class UpdateOpportunityDto extends PartialType(OmitType(CreateOpportunityDto, ['originClusterId', 'publish', 'value', 'links'] as const), {
  skipNullProperties: false,
}) {
  @ApiPropertyOptional({ type: MoneyDto })
  @NestedObject(() => MoneyDto, { optional: true })
  value?: MoneyDto;

  @ApiPropertyOptional({ type: [LinkDto] })
  @ArrayMaxSize(20)
  @NestedObjectList(() => LinkDto, { optional: true })
  links?: LinkDto[];
}
