import { AgendaReservationSweeper } from './agenda-reservation-sweeper';
import { Module } from '@nestjs/common';
import { MissionsModule } from '../missions.module';
import { MissionAgendaController } from './http/mission-agenda.controller';
import { MissionMeetingsController } from './http/mission-meetings.controller';
import { ParticipantCalendarController } from './http/participant-calendar.controller';
import { MissionAgendaService } from './mission-agenda.service';
import { MissionMeetingsService } from './mission-meetings.service';
import { MissionParticipantsLookup } from './mission-participants.lookup';
import { ParticipantCalendarService } from './participant-calendar.service';
import { AgendaReservationRepository } from './persistence/agenda-reservation.repository';
import { MissionAgendaRepository } from './persistence/mission-agenda.repository';
import { MissionAgendaAggregate } from './persistence/mission-agenda.aggregate';
import { MissionMeetingAggregate } from './persistence/mission-meeting.aggregate';
import { MissionMeetingRepository } from './persistence/mission-meeting.repository';

/**
 * The B2B agenda of matchmaking missions: the slot grid, meeting requests between delegates and
 * local project owners, scheduling without double booking, and each participant's iCalendar.
 * Reads missions only through MissionParticipantsReader (exported by MissionsModule); publishes
 * to icn.matchmaking.mission-meeting.v1 and icn.matchmaking.mission-agenda.v1 through the write path (ADR 12).
 */
@Module({
  imports: [MissionsModule],
  controllers: [MissionAgendaController, MissionMeetingsController, ParticipantCalendarController],
  providers: [
    MissionParticipantsLookup,
    MissionAgendaRepository,
    MissionMeetingRepository,
    AgendaReservationRepository,
    MissionAgendaAggregate,
    MissionMeetingAggregate,
    MissionAgendaService,
    MissionMeetingsService,
    ParticipantCalendarService,
    AgendaReservationSweeper,
  ],
})
export class MissionAgendaModule {}
