import { ApiProperty } from '@nestjs/swagger';
import type { AgendaMeetingView, AgendaSlotView, AgendaView } from './agenda.view';

export class AgendaDelegateResponse {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() name!: string;
}

export class AgendaOwnerResponse {
  @ApiProperty({ format: 'uuid' }) ownerId!: string;
  @ApiProperty() name!: string;
}

/** A scheduled meeting on the grid: who meets whom at which table (the message stays with the two sides). */
export class AgendaMeetingResponse implements AgendaMeetingView {
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) table!: number;
  @ApiProperty({ type: AgendaDelegateResponse }) delegate!: AgendaDelegateResponse;
  @ApiProperty({ type: AgendaOwnerResponse }) owner!: AgendaOwnerResponse;
}

/** One slot of the grid, in local wall-clock time and as UTC instants. */
export class AgendaSlotResponse implements AgendaSlotView {
  @ApiProperty({ example: '2027-05-11T09:00', description: 'The slot’s local start, YYYY-MM-DDTHH:MM (no offset).' }) slotId!: string;
  @ApiProperty({ example: '2027-05-11', description: 'Local day (YYYY-MM-DD).' }) date!: string;
  @ApiProperty({ example: '09:00', description: 'Local start (HH:MM).' }) startTime!: string;
  @ApiProperty({ example: '09:30', description: 'Local end (HH:MM; 24:00 for a slot ending at midnight).' }) endTime!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ type: [AgendaMeetingResponse], description: 'Scheduled meetings in the slot, by table.' }) meetings!: AgendaMeetingResponse[];
}

/** GET /missions/:id/agenda: the set-up and every slot with its scheduled meetings. */
export class AgendaResponse implements AgendaView {
  @ApiProperty({ format: 'uuid' }) missionId!: string;
  @ApiProperty({ description: 'The mission’s title.' }) title!: string;
  @ApiProperty({ example: 'America/New_York' }) timeZone!: string;
  @ApiProperty({ type: 'integer' }) slotMinutes!: number;
  @ApiProperty({ type: 'integer' }) tables!: number;
  @ApiProperty({ description: 'Version of the agenda set-up.' }) version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: [AgendaSlotResponse], description: 'Every slot, in time order.' }) slots!: AgendaSlotResponse[];
}
