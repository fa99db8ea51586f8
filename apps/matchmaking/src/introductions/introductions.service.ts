import type { Change } from '@icn/messaging';
import type { IntroductionOutcome, IntroductionSnapshotV1 } from '@icn/contracts';
import {
  assertOrganisationScope,
  decodeKeysetCursor,
  DomainConflictError,
  DomainNotFoundError,
  LOGGER,
  toKeysetPage,
  type Principal,
} from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { randomUUID } from 'node:crypto';
import type { DirectoryOrganisationDocument } from '../directory/persistence/directory-organisation.document';
import type { IntroductionState } from './domain/introduction';
import { assertEitherSide, assertRequesterSide, assertTargetSide, listScope } from './domain/introduction-access';
import {
  acceptIntroduction,
  declineIntroduction,
  isPending,
  recordOutcome,
  requestIntroduction,
  withdrawIntroduction,
} from './domain/introduction-lifecycle';
import { pendingPairId } from './domain/pending-pair';
import type { IntroductionPage } from './http/introduction-page';
import { DEFAULT_INTRODUCTION_PAGE_SIZE, type ListIntroductionsQuery } from './http/list-introductions.query';
import type { RequestIntroductionDto } from './http/request-introduction.dto';
import { introductionListFilter } from './persistence/introduction-list-filter';
import { IntroductionRepository } from './persistence/introduction.repository';
import { IntroductionAggregate } from './persistence/introduction.aggregate';
import { PendingIntroductionPairRepository } from './persistence/pending-introduction-pair.repository';
import { IntroductionOutcomeHistory } from './ranking/introduction-outcome-history';
import { DirectoryLookup } from '../directory/persistence/directory-lookup';

/**
 * A pair claim whose introduction does not exist yet is normally a request being written right now
 * (claim first, then the document). Only after this long is it taken for one a crash left behind.
 */
const ORPHAN_CLAIM_AGE_MS = 60_000;

/**
 * Introduction commands. @Roles on the controller says who may call which; here each command checks
 * that the caller's scope covers *this* introduction (requester side or target side) on fresh state.
 */
@Injectable()
export class IntroductionsService {
  constructor(
    private readonly introductions: IntroductionRepository,
    private readonly aggregate: IntroductionAggregate,
    private readonly directory: DirectoryLookup,
    private readonly pendingPairs: PendingIntroductionPairRepository,
    private readonly history: IntroductionOutcomeHistory,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * The domain may refuse the request itself (an organisation introduced to itself: a 400). The
   * pending pair is claimed while deciding, so the claim and the commit go together: a commit that
   * loses gives the pair back (onCommitLost), and a claim a crash left behind is cleared by the next
   * request for the pair (claimPair).
   */
  async request(principal: Principal, dto: RequestIntroductionDto): Promise<IntroductionSnapshotV1> {
    const requester = await this.directory.findOrganisation(dto.requesterOrganisationId);
    if (requester === null) throw new DomainNotFoundError(`organisation ${dto.requesterOrganisationId} not found`);
    // Scope before anything about the target: a caller learns nothing through others' members.
    assertOrganisationScope(principal, requester, 'manage');
    assertActive(requester, 'requesterOrganisationId');
    const target = await this.directory.findOrganisation(dto.targetOrganisationId);
    if (target === null) throw new DomainNotFoundError(`organisation ${dto.targetOrganisationId} not found`);
    assertActive(target, 'targetOrganisationId');
    const now = new Date();
    const introductionId = randomUUID();
    const change = requestIntroduction(
      {
        introductionId,
        requester: { organisationId: requester.organisationId, name: requester.name, clusterId: requester.clusterId },
        target: { organisationId: target.organisationId, name: target.name, clusterId: target.clusterId },
        purpose: dto.purpose,
        message: dto.message,
        requestedBy: principal.subject,
      },
      now,
    );
    const pairId = pendingPairId(requester.organisationId, target.organisationId);
    const releasePair = () => this.pendingPairs.release(pairId, introductionId);
    let claimed = false;
    try {
      const created = await this.aggregate.upsert(
        introductionId,
        async (current) => {
          if (current !== null) throw new DomainConflictError(`introduction ${introductionId} already exists`);
          await this.claimPair(pairId, change.state, now);
          claimed = true;
          return change;
        },
        { onCommitLost: releasePair },
      );
      if (created === null) throw new Error(`introduction ${introductionId} missing right after its request was committed`);
      return created;
    } catch (error) {
      // Not committed (a refusal, or the store failing): the pair is not this request's to hold.
      // Releasing is a no-op when the pair is held by another request.
      if (claimed) await releasePair();
      throw error;
    }
  }

  async get(principal: Principal, introductionId: string): Promise<IntroductionSnapshotV1> {
    const introduction = await this.aggregate.find(introductionId);
    if (introduction === null) throw new DomainNotFoundError(`introduction ${introductionId} not found`);
    assertEitherSide(principal, introduction);
    return introduction;
  }

  async list(principal: Principal, query: ListIntroductionsQuery): Promise<IntroductionPage> {
    const scope = listScope(principal);
    // A cursor this endpoint did not issue is a 400 naming `cursor`.
    const after = decodeKeysetCursor(query.cursor);
    const limit = query.limit ?? DEFAULT_INTRODUCTION_PAGE_SIZE;
    const rows = await this.introductions.findPage(introductionListFilter(scope, { organisationId: query.organisationId, status: query.status }, after), limit);
    return toKeysetPage(rows, limit, (row) => ({ key: row.requestedAt, id: row.introductionId }));
  }

  accept(principal: Principal, introductionId: string): Promise<IntroductionSnapshotV1> {
    return this.decide(introductionId, (current, now) => {
      assertTargetSide(principal, current);
      return acceptIntroduction(current, now);
    });
  }

  decline(principal: Principal, introductionId: string, reason: string | undefined): Promise<IntroductionSnapshotV1> {
    return this.decide(introductionId, (current, now) => {
      assertTargetSide(principal, current);
      return declineIntroduction(current, reason, now);
    });
  }

  withdraw(principal: Principal, introductionId: string): Promise<IntroductionSnapshotV1> {
    return this.decide(introductionId, (current, now) => {
      assertRequesterSide(principal, current);
      return withdrawIntroduction(current, now);
    });
  }

  /** Recorded or corrected; this replica's ranking sees it at once, the others at their next catch-up. */
  async recordOutcome(principal: Principal, introductionId: string, outcome: IntroductionOutcome, note: string | undefined): Promise<IntroductionSnapshotV1> {
    const next = await this.aggregate.modify(introductionId, (current) => {
      assertEitherSide(principal, current);
      return recordOutcome(current, outcome, note, principal.subject, new Date());
    });
    if (next.outcome !== undefined) {
      this.history.apply({ ...next, outcome: next.outcome.outcome, recordedAt: next.outcome.recordedAt });
    }
    return next;
  }

  /**
   * A decided request gives its pair back once the decision is committed, so A may ask again. Only
   * a pending request can be decided, so a committed decision always ends the pending state.
   */
  private async decide(
    introductionId: string,
    apply: (current: IntroductionState, now: Date) => Change<IntroductionState>,
  ): Promise<IntroductionSnapshotV1> {
    const next = await this.aggregate.modify(introductionId, (current) => apply(current, new Date()));
    if (!isPending(next)) {
      try {
        await this.pendingPairs.release(pendingPairId(next.requesterOrganisationId, next.targetOrganisationId), introductionId);
      } catch (error) {
        // The decision is recorded; failing the response would make the client retry a done
        // transition. A claim left behind is cleared by the next request for the pair (claimPair).
        this.logger.warn({ err: error, introductionId }, 'could not release the pending pair of a decided introduction');
      }
    }
    return next;
  }

  /**
   * Claims "A has a pending request to B" for this introduction, or answers 409 naming the open
   * one. A claim left behind (its introduction decided but the release lost to a crash, or never
   * written) is cleared and the claim retried once, so a lost release never blocks a pair for good.
   */
  private async claimPair(pairId: string, introduction: IntroductionState, now: Date): Promise<void> {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      if (await this.pendingPairs.tryClaim(pairId, introduction.introductionId, now)) return;
      const claim = await this.pendingPairs.findClaim(pairId);
      if (claim === null) continue;
      // Decided again after a lost commit: the pair is already this request's.
      if (claim.introductionId === introduction.introductionId) return;
      const holder = await this.aggregate.find(claim.introductionId);
      const orphaned = holder === null && now.getTime() - Date.parse(claim.claimedAt) > ORPHAN_CLAIM_AGE_MS;
      if ((holder !== null && !isPending(holder)) || orphaned) {
        await this.pendingPairs.release(pairId, claim.introductionId);
        continue;
      }
      throw new DomainConflictError(
        `organisation ${introduction.requesterOrganisationId} already has a pending introduction request to organisation ` +
          `${introduction.targetOrganisationId}: introduction ${claim.introductionId}; wait for its decision or withdraw it first`,
      );
    }
    throw new DomainConflictError(
      `another introduction request from organisation ${introduction.requesterOrganisationId} to organisation ${introduction.targetOrganisationId} is being made; retry`,
    );
  }
}

/** Introductions are between current members: a suspended or departed one cannot be asked or ask. */
function assertActive(organisation: DirectoryOrganisationDocument, field: string): void {
  if (organisation.status !== 'active') {
    throw new DomainConflictError(`${field}: organisation ${organisation.organisationId} is ${organisation.status}; only active members can be introduced`);
  }
}
