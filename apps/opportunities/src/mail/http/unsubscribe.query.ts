import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, Matches } from 'class-validator';

/** What an unsubscribe link carries (unsubscribeUrl): the subscription, the recipient and their signature. */
export class UnsubscribeQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  subscription!: string;

  @ApiProperty({ format: 'uuid', description: 'The recipient: a contact of the subscribing organisation.' })
  @IsUUID()
  recipient!: string;

  @ApiProperty({ description: 'HMAC-SHA256 of subscription and recipient under the service’s unsubscribe key, base64url.' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'signature must be the 43-character base64url signature of the link' })
  signature!: string;
}
