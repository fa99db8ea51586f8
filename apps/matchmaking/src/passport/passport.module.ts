import { Module } from '@nestjs/common';
import { DeskReservationSweeper } from './desk-reservation-sweeper';
import { PassportApplicationsController } from './http/passport-applications.controller';
import { PassportHostsController } from './http/passport-hosts.controller';
import { PassportStatisticsController } from './http/passport-statistics.controller';
import { PassportApplicationsService } from './passport-applications.service';
import { PassportHostsService } from './passport-hosts.service';
import { PassportStatisticsService } from './passport-statistics.service';
import { DeskReservationRepository } from './persistence/desk-reservation.repository';
import { HostCapacityRepository } from './persistence/host-capacity.repository';
import { PassportApplicationRepository } from './persistence/passport-application.repository';
import { PassportApplicationAggregate } from './persistence/passport-application.aggregate';
import { DirectoryModule } from '../directory/directory.module';

/**
 * The ICN Passport: applications to host clusters, desk capacity and yearly figures. Publishes to
 * icn.matchmaking.passport.v1 through the write path (ADR 12); reads the directory read model, never writes it.
 */
@Module({
  // Looks members and clusters up in the directory read model (DirectoryLookup).
  imports: [DirectoryModule],
  controllers: [PassportApplicationsController, PassportHostsController, PassportStatisticsController],
  providers: [
    PassportApplicationRepository,
    DeskReservationRepository,
    HostCapacityRepository,
    PassportApplicationAggregate,
    PassportApplicationsService,
    PassportHostsService,
    PassportStatisticsService,
    DeskReservationSweeper,
  ],
})
export class PassportModule {}
