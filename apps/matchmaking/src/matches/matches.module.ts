import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module';
import { IntroductionHistoryModule } from '../introductions/ranking/introduction-history.module';
import { OpportunityReadModelModule } from '../opportunities/opportunity-read-model.module';
import { MatchesController } from './http/matches.controller';
import { MatchingService } from './matching.service';

/** Matching over the two read models; depends on them, they never depend on it. Suggestions use its service. */
@Module({
  imports: [DirectoryModule, OpportunityReadModelModule, IntroductionHistoryModule],
  controllers: [MatchesController],
  providers: [MatchingService],
  exports: [MatchingService],
})
export class MatchesModule {}
