import { Public, RequestValidationException } from '@icn/platform';
import { Controller, Get, Header, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { isUnsubscribeSignatureValid } from '../domain/unsubscribe-link';
import { MAIL_CONFIG, type MailConfig } from '../mail.config';
import { MailDeliveryRepository } from '../persistence/mail-delivery.repository';
import { UNSUBSCRIBE_PAGE, type UnsubscribePage } from '../rendering/unsubscribe-page';
import { UnsubscribeQuery } from './unsubscribe.query';

/**
 * RFC 8058 one-click unsubscribe. No session: the signed link is the credential, and it can do one
 * thing — stop that recipient's mail of that subscription (including mail already scheduled).
 * Mail providers POST to it (List-Unsubscribe-Post); a person following the link in the mail
 * gets the GET page, which only asks, so link scanners that open every URL unsubscribe nobody.
 */
@ApiTags('mail')
@Controller('mail')
export class MailUnsubscribeController {
  constructor(
    private readonly deliveries: MailDeliveryRepository,
    @Inject(MAIL_CONFIG) private readonly config: MailConfig,
    @Inject(UNSUBSCRIBE_PAGE) private readonly page: UnsubscribePage,
  ) {}

  @Public()
  @Get('unsubscribe')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'Asks whether to unsubscribe (a page with one button); changes nothing' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'text/html' })
  @ApiBadRequestResponse({ description: 'A parameter is missing or malformed, or the signature does not match' })
  confirm(@Query() query: UnsubscribeQuery): string {
    this.verify(query);
    const action = `?${new URLSearchParams({ subscription: query.subscription, recipient: query.recipient, signature: query.signature }).toString()}`;
    return this.page.render({ done: false, action });
  }

  @Public()
  @Post('unsubscribe')
  @HttpCode(200)
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'One-click unsubscribe (RFC 8058): no further mail of the subscription to the recipient' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'text/html: unsubscribed (also when it was before)' })
  @ApiBadRequestResponse({ description: 'A parameter is missing or malformed, or the signature does not match' })
  async unsubscribe(@Query() query: UnsubscribeQuery): Promise<string> {
    this.verify(query);
    await this.deliveries.suppress(query.subscription, query.recipient);
    return this.page.render({ done: true });
  }

  private verify(query: UnsubscribeQuery): void {
    const secret = this.config.MAIL_UNSUBSCRIBE_SECRET;
    if (secret === '' || !isUnsubscribeSignatureValid(secret, { subscriptionId: query.subscription, recipientId: query.recipient }, query.signature)) {
      throw new RequestValidationException([{ field: 'signature', reason: 'does not match this subscription and recipient' }]);
    }
  }
}
