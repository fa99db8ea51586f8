import { Module } from '@nestjs/common';
import { MissionApplicationsController } from './http/mission-applications.controller';
import { MissionLocalProjectOwnersController } from './http/mission-local-project-owners.controller';
import { MissionsController } from './http/missions.controller';
import { MissionApplicationsService } from './mission-applications.service';
import { MissionLocalProjectOwnersService } from './mission-local-project-owners.service';
import { MissionParticipantsReader } from './mission-participants';
import { MissionsService } from './missions.service';
import { MissionParticipantsRepositoryReader } from './persistence/mission-participants.reader';
import { MissionRepository } from './persistence/mission.repository';
import { MissionAggregate } from './persistence/mission.aggregate';
import { DirectoryModule } from '../directory/directory.module';

/**
 * Matchmaking missions: the call for participation, applications, selection with its reserve
 * list, and local project owners. Publishes to icn.matchmaking.mission.v1 through the write path (ADR 12);
 * reads the directory read model, never writes it. Exports MissionParticipantsReader, the port
 * the B2B agenda reads missions through.
 */
@Module({
  // Looks members and clusters up in the directory read model (DirectoryLookup).
  imports: [DirectoryModule],
  controllers: [MissionsController, MissionApplicationsController, MissionLocalProjectOwnersController],
  providers: [
    MissionRepository,
    MissionAggregate,
    MissionsService,
    MissionApplicationsService,
    MissionLocalProjectOwnersService,
    { provide: MissionParticipantsReader, useClass: MissionParticipantsRepositoryReader },
  ],
  exports: [MissionParticipantsReader],
})
export class MissionsModule {}
