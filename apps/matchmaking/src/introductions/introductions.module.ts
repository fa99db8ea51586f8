import { Module } from '@nestjs/common';
import { IntroductionsController } from './http/introductions.controller';
import { IntroductionsService } from './introductions.service';
import { IntroductionRepository } from './persistence/introduction.repository';
import { IntroductionAggregate } from './persistence/introduction.aggregate';
import { PendingIntroductionPairRepository } from './persistence/pending-introduction-pair.repository';
import { IntroductionHistoryModule } from './ranking/introduction-history.module';
import { DirectoryModule } from '../directory/directory.module';

/**
 * Introductions between member organisations: request, accept / decline / withdraw, outcome.
 * Publishes to icn.matchmaking.introduction.v1 through the write path (ADR 12); reads the directory read model,
 * never writes it; feeds recorded outcomes to ranking through IntroductionHistoryModule.
 */
@Module({
  imports: [DirectoryModule, IntroductionHistoryModule],
  controllers: [IntroductionsController],
  providers: [IntroductionRepository, PendingIntroductionPairRepository, IntroductionAggregate, IntroductionsService],
})
export class IntroductionsModule {}
