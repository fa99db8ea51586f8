import { LOGGER } from '@icn/platform';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { holdsDesk, isPastGrace, type HeldDesk } from './capacity/stale-desk-reservations';
import { DeskReservationRepository } from './persistence/desk-reservation.repository';
import { PassportApplicationAggregate } from './persistence/passport-application.aggregate';

/** How often each replica looks for desks left behind. */
export const DESK_SWEEP_INTERVAL_MS = 5 * 60_000;
/** A reservation younger than this is never swept: its acceptance may still be being recorded. */
export const DESK_SWEEP_GRACE_MS = 10 * 60_000;

/**
 * Gives back desks that no application holds (see holdsDesk): left by a crash between reserving
 * and recording an acceptance, by a release that failed after a refused acceptance, or by a crash
 * between a cancellation's write and its release.
 *
 * Why a sweeper rather than releasing on decline, cancel or the next acceptance attempt: those only
 * run if someone acts on that application again, and a crash can strike after the last action (a
 * cancellation recorded, then the process dies before the release); the leftover would then block
 * a desk for good. The sweeper needs no such luck, and the commands stay as they are.
 *
 * Why it is safe: it runs single-flight per replica (a tick never overlaps the previous one); it
 * only considers reservations older than DESK_SWEEP_GRACE_MS (an acceptance takes milliseconds
 * between taking its desks and committing, and reusing a leftover renews it); it judges each desk
 * on the application's newest state (its commits, not a snapshot that may lag them), so a desk an
 * accepted application holds is never taken for a leftover; and it deletes only the exact
 * reservation it judged (same holder, same reservedAt), so with several replicas sweeping the same
 * desk the second delete is a no-op, and a desk retaken or renewed meanwhile is left alone. No lock
 * or lease is needed (ADR 12): every step is idempotent, so replicas sweeping at once only duplicate
 * a cheap scan.
 */
@Injectable()
export class DeskReservationSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private stopped = false;

  constructor(
    private readonly desks: DeskReservationRepository,
    private readonly applications: PassportApplicationAggregate,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(DESK_SWEEP_INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One sweep; returns how many desks it gave back. A sweep already running is joined, not repeated. */
  sweep(now = new Date()): Promise<number> {
    this.running ??= this.releaseStale(new Date(now.getTime() - DESK_SWEEP_GRACE_MS).toISOString()).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.sweep()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'desk reservation sweep failed; the next one retries'))
        .finally(() => this.schedule(DESK_SWEEP_INTERVAL_MS));
    }, delayMs);
    // The schedule alone must not keep a process (or a test run) alive.
    this.timer.unref();
  }

  private async releaseStale(cutoff: string): Promise<number> {
    const byApplication = new Map<string, HeldDesk[]>();
    for (const desk of await this.desks.all()) {
      if (!isPastGrace(desk, cutoff)) continue;
      byApplication.set(desk.applicationId, [...(byApplication.get(desk.applicationId) ?? []), desk]);
    }
    let released = 0;
    for (const [applicationId, desks] of byApplication) {
      if (this.stopped) break;
      const application = await this.applications.find(applicationId);
      for (const desk of desks) {
        if (!holdsDesk(application, desk) && (await this.desks.releaseIfUnchanged(desk))) released++;
      }
    }
    if (released > 0) this.logger.warn({ released }, 'released desk reservations no application held');
    return released;
  }
}
