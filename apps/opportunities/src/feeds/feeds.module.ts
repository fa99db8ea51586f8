import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module';
import { MailConfigModule } from '../mail/mail-config.module';
import { DeliveryConfigModule } from '../notifications/delivery-config.module';
import { OpportunitiesModule } from '../opportunities/opportunities.module';
import { PublicFeedController } from './http/public-feed.controller';
import { PublicFeedService } from './http/public-feed.service';

/** The public Atom feeds (GET /feeds/…): read-only over the opportunities' snapshots. */
@Module({
  imports: [OpportunitiesModule, DirectoryModule, DeliveryConfigModule, MailConfigModule],
  controllers: [PublicFeedController],
  providers: [PublicFeedService],
})
export class FeedsModule {}
