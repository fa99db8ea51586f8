import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsUrl, MaxLength, ValidateIf, ValidateNested } from 'class-validator';

export class WebhookChannelDto {
  @ApiProperty({ example: 'https://crm.example.org/hooks/icn' })
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'], require_tld: false }, { message: 'url must be an http(s) URL' })
  @MaxLength(2000)
  url!: string;
}

/** SSE is always on. `webhook: null` removes the webhook; a new webhook gets a new secret (returned once). */
export class SubscriptionChannelsDto {
  @ApiPropertyOptional({ type: WebhookChannelDto, nullable: true })
  @IsOptional()
  @ValidateIf((_object: unknown, value: unknown) => value !== null)
  @ValidateNested()
  @Type(() => WebhookChannelDto)
  webhook?: WebhookChannelDto | null;

  @ApiPropertyOptional({ description: 'Offer an iCalendar feed of the followed deadlines (a feed token is returned once).' })
  @IsOptional()
  @IsBoolean()
  calendar?: boolean;
}
