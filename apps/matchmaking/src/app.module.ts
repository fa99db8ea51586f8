import { Module } from '@nestjs/common';
import { MessagingModule } from '@icn/messaging';
import { PlatformModule } from '@icn/platform';
import { DirectoryModule } from './directory/directory.module';
import { MatchesModule } from './matches/matches.module';
import { MatchmakingConfig } from './matchmaking.config';
import { PassportModule } from './passport/passport.module';

@Module({
  imports: [
    PlatformModule.forRoot({ serviceName: 'matchmaking', configClass: MatchmakingConfig }),
    // Kafka settings (and TLS/SASL) come from the validated config; Kafka joins /health/ready.
    MessagingModule.forService(),
    DirectoryModule,
    // Brings in the opportunity read model (its consumer ensures and reads the opportunity topic).
    MatchesModule,
    PassportModule,
  ],
})
export class AppModule {}
