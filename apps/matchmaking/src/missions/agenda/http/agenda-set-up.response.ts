import type { MissionAgendaDayV1, MissionAgendaSnapshotV1 } from '@icn/contracts';
import { ApiProperty } from '@nestjs/swagger';

/** One mission day of the agenda: the local start times of its meeting slots. */
export class AgendaDayResponse implements MissionAgendaDayV1 {
  @ApiProperty({ example: '2027-05-11', description: 'A mission day (YYYY-MM-DD).' }) date!: string;
  @ApiProperty({ type: [String], example: ['09:00', '09:30'], description: 'Local start times (HH:MM), ascending.' }) startTimes!: string[];
}

/** A mission's B2B agenda set-up, as PUT answers it (the snapshot its AgendaSet event carries). */
export class AgendaSetUpResponse implements MissionAgendaSnapshotV1 {
  @ApiProperty({ format: 'uuid' }) missionId!: string;
  @ApiProperty({ example: 'America/New_York', description: 'Slot times are local to this IANA time zone (the destination’s).' }) timeZone!: string;
  @ApiProperty({ type: 'integer', description: 'How long every slot lasts.' }) slotMinutes!: number;
  @ApiProperty({ type: 'integer', description: 'How many meetings can run at once.' }) tables!: number;
  @ApiProperty({ type: [AgendaDayResponse], description: 'By date.' }) days!: AgendaDayResponse[];
  @ApiProperty({ description: 'The subject that last set it (the organiser cluster’s manager or the secretariat).' }) setBy!: string;
  @ApiProperty({ description: 'Version of the agenda; the sequence of its latest event.' }) version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}
