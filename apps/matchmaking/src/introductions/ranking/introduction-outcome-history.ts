import { LOGGER } from '@icn/platform';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { InMemoryIntroductionHistory } from '../../matching/in-memory-introduction-history';
import type { IntroductionHistory, IntroductionOutcome, OutcomeCounts } from '../../matching/introduction-history';
import { IntroductionOutcomeReader, type IntroductionWithOutcome } from './introduction-outcome.reader';

/** How often a replica re-reads outcomes recorded elsewhere (see catchUp). */
export const HISTORY_REFRESH_INTERVAL_MS = 10_000;
/**
 * How far back each catch-up looks before the previous one started. Covers clock skew between
 * replicas (recordedAt is the writer's clock) and a write that lands a little after its recordedAt;
 * re-reading an outcome already applied is a no-op (versions), so generous is cheap.
 */
export const HISTORY_REFRESH_OVERLAP_MS = 120_000;

/**
 * This replica's introduction history for ranking: the recorded outcomes, in memory.
 *
 * - Loaded from the introductions collection in onModuleInit, so it is complete before the HTTP
 *   server listens (Nest finishes every onModuleInit first), like MatchingService's index.
 * - Updated at once when an outcome is recorded on this replica (IntroductionsService calls apply).
 * - Outcomes recorded on other replicas arrive by a periodic catch-up that re-reads recently recorded
 *   outcomes (ADR 0008 says why this and not a per-replica consumer of the introduction topic).
 *
 * Each introduction is applied by version, so a catch-up that read an older state never overwrites
 * a newer one recorded here meanwhile, and applying the same state twice changes nothing.
 */
@Injectable()
export class IntroductionOutcomeHistory implements IntroductionHistory, OnModuleInit, OnModuleDestroy {
  private readonly table = new InMemoryIntroductionHistory();
  private readonly versions = new Map<string, number>();
  private lastCatchUpStartedAt = 0;
  private catchingUp = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly reader: IntroductionOutcomeReader,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    const started = Date.now();
    for await (const introduction of this.reader.all()) this.applyStored(introduction);
    this.lastCatchUpStartedAt = started;
    this.logger.info({ introductions: this.versions.size, ms: Date.now() - started }, 'introduction history loaded');
    this.timer = setInterval(() => void this.catchUp(), HISTORY_REFRESH_INTERVAL_MS);
    // The timer never keeps the process alive on its own (shutdown clears it anyway).
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Applies an introduction's outcome as stored at `version`; older or equal versions are ignored. */
  apply(introduction: {
    introductionId: string;
    requesterOrganisationId: string;
    targetOrganisationId: string;
    outcome: IntroductionOutcome;
    recordedAt: string;
    version: number;
  }): void {
    const known = this.versions.get(introduction.introductionId);
    if (known !== undefined && known >= introduction.version) return;
    this.versions.set(introduction.introductionId, introduction.version);
    this.table.record({
      introductionId: introduction.introductionId,
      organisationIds: [introduction.requesterOrganisationId, introduction.targetOrganisationId],
      outcome: introduction.outcome,
      recordedAt: Date.parse(introduction.recordedAt),
    });
  }

  /** Re-reads the outcomes recorded since shortly before the previous catch-up (other replicas' writes). */
  async catchUp(): Promise<void> {
    // One at a time: a slow read must not pile up behind the timer.
    if (this.catchingUp) return;
    this.catchingUp = true;
    const started = Date.now();
    try {
      const since = new Date(this.lastCatchUpStartedAt - HISTORY_REFRESH_OVERLAP_MS).toISOString();
      for await (const introduction of this.reader.recordedSince(since)) this.applyStored(introduction);
      this.lastCatchUpStartedAt = started;
    } catch (error) {
      // The next tick retries from the same point; ranking meanwhile uses what it has.
      this.logger.warn({ err: error }, 'introduction history catch-up failed');
    } finally {
      this.catchingUp = false;
    }
  }

  trackRecord(organisationId: string): OutcomeCounts | undefined {
    return this.table.trackRecord(organisationId);
  }

  latestOutcomesWith(organisationId: string): ReadonlyMap<string, IntroductionOutcome> | undefined {
    return this.table.latestOutcomesWith(organisationId);
  }

  private applyStored(introduction: IntroductionWithOutcome): void {
    this.apply({
      introductionId: introduction._id,
      requesterOrganisationId: introduction.requesterOrganisationId,
      targetOrganisationId: introduction.targetOrganisationId,
      outcome: introduction.outcome.outcome,
      recordedAt: introduction.outcome.recordedAt,
      version: introduction.version,
    });
  }
}
