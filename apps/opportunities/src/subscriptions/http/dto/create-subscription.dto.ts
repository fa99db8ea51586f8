import { NestedObject } from '@icn/platform';
import { CLUSTER_ID_PATTERN, SUBSCRIBER_KINDS, type SubscriberKind } from '@icn/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';
import { SubscriptionChannelsDto } from './subscription-channels.dto';
import { SubscriptionFiltersDto } from './subscription-filters.dto';

export class SubscriberDto {
  @ApiProperty({ enum: SUBSCRIBER_KINDS })
  @IsIn(SUBSCRIBER_KINDS)
  kind!: SubscriberKind;

  @ApiProperty({ example: 'clean' })
  @Matches(CLUSTER_ID_PATTERN, { message: 'clusterId must be a cluster slug such as clean' })
  clusterId!: string;

  @ApiPropertyOptional({ description: 'Required when kind is organisation.' })
  @ValidateIf((object: SubscriberDto) => object.kind === 'organisation' || object.organisationId !== undefined)
  @IsUUID()
  organisationId?: string;
}

export class CreateSubscriptionDto {
  @ApiProperty({ example: 'Hydrogen tenders in the Nordics' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({
    type: SubscriberDto,
    description: 'Defaults to the caller: a member its organisation, a cluster manager its cluster. Required for a network admin.',
  })
  @NestedObject(() => SubscriberDto, { optional: true })
  subscriber?: SubscriberDto;

  @ApiPropertyOptional({ type: SubscriptionFiltersDto })
  @NestedObject(() => SubscriptionFiltersDto, { optional: true })
  filters?: SubscriptionFiltersDto;

  @ApiPropertyOptional({ type: SubscriptionChannelsDto })
  @NestedObject(() => SubscriptionChannelsDto, { optional: true })
  channels?: SubscriptionChannelsDto;
}
