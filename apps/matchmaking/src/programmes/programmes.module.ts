import { Module } from '@nestjs/common';
import { MatchesModule } from '../matches/matches.module';
import { programmeConsumerGroup } from './consumer/programme.consumer';
import { ProgrammeEventHandlers } from './consumer/programme-event.handlers';
import { ProgrammeMatchesController } from './http/programme-matches.controller';
import { MatchmakingProgrammeRepository } from './persistence/matchmaking-programme.repository';
import { ProgrammeSuggestionsService } from './programme-suggestions.service';

/**
 * Partner programmes in matchmaking: a read model of the network service's programmes (its own
 * consumer group on icn.network.programme.v1) and the ranking of members that fit an open one.
 */
@Module({
  imports: [MatchesModule],
  controllers: [ProgrammeEventHandlers, ProgrammeMatchesController],
  providers: [MatchmakingProgrammeRepository, programmeConsumerGroup, ProgrammeSuggestionsService],
})
export class ProgrammesModule {}
