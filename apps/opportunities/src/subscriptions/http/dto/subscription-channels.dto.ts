import { IfPresent, NestedObject } from '@icn/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsString, Matches, MaxLength } from 'class-validator';
import { EmailChannelDto } from './email-channel.dto';

export class WebhookChannelDto {
  @ApiProperty({
    example: 'https://crm.example.org/hooks/icn',
    description:
      'A public http(s) endpoint. Refused (400): credentials in the URL, and hosts that are or resolve to loopback, private, link-local, multicast, reserved or IPv4-mapped addresses in any spelling (e.g. 127.1, 0x7f000001); checked again before every delivery.',
  })
  // Only the shape here: the target rule (WebhookTargetGuard) parses the URL as the delivery will
  // and names the reason, where a generic URL validator would refuse 0x7f000001 without saying why.
  @IsString()
  @Matches(/^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/i, { message: 'must be an absolute http(s) URL' })
  @MaxLength(2000)
  url!: string;
}

/** SSE is always on. `webhook: null` removes the webhook (a new one gets a new secret, returned once); `email: null` removes e-mail. */
export class SubscriptionChannelsDto {
  @ApiPropertyOptional({ type: WebhookChannelDto, nullable: true })
  @NestedObject(() => WebhookChannelDto, { optional: true, nullable: true })
  webhook?: WebhookChannelDto | null;

  @ApiPropertyOptional({ description: 'Offer an iCalendar feed of the followed deadlines (a feed token is returned once).' })
  @IfPresent()
  @IsBoolean()
  calendar?: boolean;

  @ApiPropertyOptional({ type: EmailChannelDto, nullable: true, description: 'E-mail to contacts of the subscribing organisation (an organisation subscriber only).' })
  @NestedObject(() => EmailChannelDto, { optional: true, nullable: true })
  email?: EmailChannelDto | null;
}
