import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { SubscriptionChannelsDto } from './subscription-channels.dto';
import { SubscriptionFiltersDto } from './subscription-filters.dto';

/** PATCH: `filters` replaces the whole filter set; channels given are changed, others kept. */
export class UpdateSubscriptionDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ type: SubscriptionFiltersDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SubscriptionFiltersDto)
  filters?: SubscriptionFiltersDto;

  @ApiPropertyOptional({ type: SubscriptionChannelsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SubscriptionChannelsDto)
  channels?: SubscriptionChannelsDto;
}
