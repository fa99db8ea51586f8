import { Module } from '@nestjs/common';
import { Topics } from '@icn/contracts';
import { MessagingModule } from '@icn/messaging';
import { IdempotencyModule, PlatformModule } from '@icn/platform';
import { DirectoryModule } from './directory/directory.module';
import { IntroductionsModule } from './introductions/introductions.module';
import { MatchesModule } from './matches/matches.module';
import { MatchmakingConfig } from './matchmaking.config';
import { MissionAgendaModule } from './missions/agenda/mission-agenda.module';
import { MissionsModule } from './missions/missions.module';
import { PartnerSearchModule } from './partner-search/partner-search.module';
import { PassportModule } from './passport/passport.module';
import { ProgrammesModule } from './programmes/programmes.module';
import { SuggestionsModule } from './suggestions/suggestions.module';

@Module({
  imports: [
    PlatformModule.forRoot({ serviceName: 'matchmaking', configClass: MatchmakingConfig }),
    // Kafka settings (and TLS/SASL) come from the validated config; Kafka joins /health/ready.
    // The topics it publishes are created at start-up (never auto-created); consumed ones are ensured by their consumers.
    MessagingModule.forService({ topics: [Topics.matchmakingPassport, Topics.matchmakingSuggestion, Topics.matchmakingIntroduction, Topics.matchmakingMission, Topics.matchmakingMissionMeeting, Topics.matchmakingMissionAgenda, Topics.matchmakingPartnerSuggestion] }),
    // Idempotency-Key records in matchmaking's own database (Passport writes).
    IdempotencyModule.fromPlatform(),
    DirectoryModule,
    // Brings in the opportunity read model (its consumer ensures and reads the opportunity topic).
    MatchesModule,
    PassportModule,
    // Introductions between members; recorded outcomes feed the matching index's history.
    IntroductionsModule,
    // Suggestions for new opportunities (its own group on the opportunity topic; publishes suggestions).
    SuggestionsModule,
    // Partner suggestions for consortia (its own group on the partner-search topic; publishes proposals).
    PartnerSearchModule,
    // Partner programmes: a read model of the network service's programmes, and members ranked for an open one.
    ProgrammesModule,
    // Matchmaking missions: call, applications, selection with reserve promotion, local project owners.
    MissionsModule,
    // The missions' B2B agenda: slots and tables, meeting requests, no double booking, iCalendar per participant.
    MissionAgendaModule,
  ],
})
export class AppModule {}
