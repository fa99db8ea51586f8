import { CONFIG, LOGGER } from '@icn/platform';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import type { MatchmakingConfig } from '../../matchmaking.config';
import type { MissionMeetingState } from './domain/mission-meeting';
import { AgendaReservationRepository, type StoredAgendaReservation } from './persistence/agenda-reservation.repository';
import { MissionMeetingAggregate } from './persistence/mission-meeting.aggregate';

/** A meeting holds a reservation only while it is scheduled and lists it. */
export function holdsReservation(meeting: Pick<MissionMeetingState, 'status' | 'reservationIds'> | null, reservation: StoredAgendaReservation): boolean {
  return meeting !== null && meeting.status === 'scheduled' && meeting.reservationIds.includes(reservation.reservationId);
}

/**
 * Gives back B2B agenda reservations (a delegate's, an owner's or a table's slot) that no scheduled
 * meeting holds: left by a replica killed between claiming them and committing the acceptance (the
 * scale-out scenario met it: the slot stayed blocked for everyone), or by a release that failed.
 * Same reasoning as the Passport's DeskReservationSweeper: single-flight per replica, only
 * reservations older than RESERVATION_SWEEP_GRACE_MS, judged on the meeting's newest state, deleted
 * only if unchanged since judged — so replicas sweeping at once need no lock (ADR 12).
 */
@Injectable()
export class AgendaReservationSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private stopped = false;

  constructor(
    private readonly reservations: AgendaReservationRepository,
    private readonly meetings: MissionMeetingAggregate,
    @Inject(CONFIG) private readonly config: MatchmakingConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One sweep; resolves with how many reservations it gave back. A running sweep is joined. */
  sweep(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.RESERVATION_SWEEP_GRACE_MS).toISOString();
    this.running ??= this.releaseUnheld(cutoff).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.sweep()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'agenda reservation sweep failed; the next one retries'))
        .finally(() => this.schedule());
    }, this.config.RESERVATION_SWEEP_INTERVAL_MS);
    // The schedule alone must not keep a process (or a test run) alive.
    this.timer.unref();
  }

  private async releaseUnheld(cutoff: string): Promise<number> {
    const byMeeting = new Map<string, StoredAgendaReservation[]>();
    for (const reservation of await this.reservations.all()) {
      if (reservation.reservedAt !== undefined && reservation.reservedAt >= cutoff) continue;
      byMeeting.set(reservation.meetingId, [...(byMeeting.get(reservation.meetingId) ?? []), reservation]);
    }
    let released = 0;
    for (const [meetingId, held] of byMeeting) {
      if (this.stopped) break;
      const meeting = await this.meetings.find(meetingId);
      for (const reservation of held) {
        if (!holdsReservation(meeting, reservation) && (await this.reservations.releaseIfUnchanged(reservation))) released += 1;
      }
    }
    if (released > 0) this.logger.warn({ released }, 'released agenda reservations no scheduled meeting held');
    return released;
  }
}
