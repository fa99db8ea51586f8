import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module';
import { PartnersModule } from '../partners/partners.module';
import { ApplicationsService } from './applications.service';
import { ApplicationsController } from './http/applications.controller';
import { applicationAggregateProvider } from './persistence/application.aggregate';
import { ApplicationRepository } from './persistence/application.repository';

/**
 * Applications through the network (issue 14, point 2). Publishes icn.network.application.v1
 * through the write path (ADR 12); reads programmes and the membership directory.
 */
@Module({
  imports: [DirectoryModule, PartnersModule],
  controllers: [ApplicationsController],
  providers: [ApplicationRepository, applicationAggregateProvider, ApplicationsService],
})
export class ApplicationsModule {}
