import { IfPresent, NestedObject } from '@icn/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { SubscriptionChannelsDto } from './subscription-channels.dto';
import { SubscriptionFiltersDto } from './subscription-filters.dto';

/** PATCH: `filters` replaces the whole filter set; channels given are changed, others kept. */
export class UpdateSubscriptionDto {
  @ApiPropertyOptional()
  @IfPresent()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ type: SubscriptionFiltersDto })
  @NestedObject(() => SubscriptionFiltersDto, { optional: true })
  filters?: SubscriptionFiltersDto;

  @ApiPropertyOptional({ type: SubscriptionChannelsDto })
  @NestedObject(() => SubscriptionChannelsDto, { optional: true })
  channels?: SubscriptionChannelsDto;
}
