import { Module } from '@nestjs/common';
import { MatchesModule } from '../matches/matches.module';
import { ProgrammeApplicationEventHandlers } from './consumer/programme-application-event.handlers';
import { programmeConsumerGroup } from './consumer/programme.consumer';
import { ProgrammeEventHandlers } from './consumer/programme-event.handlers';
import { ProgrammeMatchesController } from './http/programme-matches.controller';
import { MatchmakingProgrammeRepository } from './persistence/matchmaking-programme.repository';
import { ProgrammeApplicationRepository } from './persistence/programme-application.repository';
import { ProgrammeSuggestionsService } from './programme-suggestions.service';

/**
 * Partner programmes in matchmaking: a read model of the network service's programmes and of who
 * applied to them (its own consumer group on icn.network.programme.v1 and icn.network.application.v1),
 * and the ranking of members that fit an open one.
 */
@Module({
  imports: [MatchesModule],
  controllers: [ProgrammeEventHandlers, ProgrammeApplicationEventHandlers, ProgrammeMatchesController],
  providers: [MatchmakingProgrammeRepository, ProgrammeApplicationRepository, programmeConsumerGroup, ProgrammeSuggestionsService],
})
export class ProgrammesModule {}
