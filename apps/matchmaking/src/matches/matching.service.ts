import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { canViewOpportunity, LOGGER, READINESS_CHECKS, ReadinessRegistry } from '@icn/platform';
import type { Logger } from 'pino';
import type { OpportunitySnapshotV1 } from '@icn/contracts';
import { OrganisationChanges } from '../directory/consumer/organisation-changes';
import { DirectoryOrganisationRepository } from '../directory/persistence/directory-organisation.repository';
import type { DirectoryOrganisationDocument } from '../directory/persistence/directory-organisation.document';
import { INTRODUCTION_HISTORY } from '../introductions/ranking/introduction-history.token';
import type { IntroductionHistory } from '../matching/introduction-history';
import type { OpportunityMatch, OrganisationMatch } from '../matching/match-explanation';
import { MatchingIndex, type RankOptions } from '../matching/matching-index';
import type { OrganisationProfile } from '../matching/matching-profile';
import { OpportunityChanges } from '../opportunities/consumer/opportunity-changes';
import { MatchmakingOpportunityRepository } from '../opportunities/persistence/matchmaking-opportunity.repository';
import type { MatchmakingOpportunityDocument } from '../opportunities/persistence/matchmaking-opportunity.document';

/**
 * Owns the one in-memory MatchingIndex of this replica.
 *
 * The read models are the truth; the index is derived from them. It is filled from both read models
 * in `onModuleInit`, which Nest completes for every module before any `onApplicationBootstrap`:
 * the messaging library starts the consumers there, so no event can update the index while it is
 * being loaded (a load racing an event could otherwise overwrite a newer profile with an older
 * read), and the HTTP server is not listening yet. After that, each applied event re-reads its
 * document by `_id` (or takes it from the projection, when a batch inserted it whole) and replaces
 * or removes the entry, so the index follows the stored state, not the event (deltas such as
 * "suspended" do not carry the whole profile).
 */
@Injectable()
export class MatchingService implements OnModuleInit {
  private readonly index: MatchingIndex;
  private loaded = false;

  constructor(
    private readonly organisations: DirectoryOrganisationRepository,
    private readonly opportunities: MatchmakingOpportunityRepository,
    organisationChanges: OrganisationChanges,
    opportunityChanges: OpportunityChanges,
    @Inject(READINESS_CHECKS) readiness: ReadinessRegistry,
    @Inject(LOGGER) private readonly logger: Logger,
    // Recorded introduction outcomes (IntroductionOutcomeHistory), read live at every ranking.
    @Inject(INTRODUCTION_HISTORY) history: IntroductionHistory,
  ) {
    this.index = new MatchingIndex({ history });
    organisationChanges.subscribe((organisationId, stored) => this.refreshOrganisation(organisationId, stored));
    opportunityChanges.subscribe((opportunityId, stored) => this.refreshOpportunity(opportunityId, stored));
    readiness.register({
      name: 'matching-index',
      check: async () => {
        if (!this.loaded) throw new Error('the matching index is still loading from the read models');
        return { organisations: this.index.organisationCount, opportunities: this.index.opportunityCount };
      },
    });
  }

  async onModuleInit(): Promise<void> {
    const started = Date.now();
    for await (const organisation of this.organisations.streamAll()) {
      this.index.upsertOrganisation(organisation);
    }
    for await (const document of this.opportunities.streamPublished()) {
      this.index.upsertOpportunity(document.opportunity);
    }
    this.loaded = true;
    this.logger.info(
      { organisations: this.index.organisationCount, opportunities: this.index.opportunityCount, ms: Date.now() - started },
      'matching index loaded from the read models',
    );
  }

  get isLoaded(): boolean {
    return this.loaded;
  }

  /**
   * Undefined when the opportunity is not in the read model or `options.viewer` may not see it
   * (answered alike, so a restricted opportunity's existence does not leak); empty when it is no
   * longer open.
   */
  async organisationsForOpportunity(opportunityId: string, options: RankOptions): Promise<OrganisationMatch[] | undefined> {
    const document = await this.opportunities.findById(opportunityId);
    if (document === null) return undefined;
    if (options.viewer !== undefined && !canViewOpportunity(options.viewer, document.opportunity)) return undefined;
    return this.index.rankOrganisationsForOpportunity(document.opportunity, options);
  }

  /** Ranks for an opportunity as given (e.g. from its publication event), whether or not the read model has it yet. */
  organisationsForSnapshot(opportunity: OpportunitySnapshotV1, options: RankOptions): OrganisationMatch[] {
    return this.index.rankOrganisationsForOpportunity(opportunity, options);
  }

  /** Undefined when the organisation is not in the directory; empty when it is not active. */
  organisationsForOrganisation(organisationId: string, options: RankOptions): OrganisationMatch[] | undefined {
    return this.index.rankOrganisationsForOrganisation(organisationId, options);
  }

  /** Undefined when the organisation is not in the directory; empty when it is not active. */
  opportunitiesForOrganisation(organisationId: string, options: RankOptions): OpportunityMatch[] | undefined {
    return this.index.rankOpportunitiesForOrganisation(organisationId, options);
  }

  /** Every active organisation of the index (a partner search scans them all: gaps are not indexed terms). */
  activeOrganisations(): Iterable<OrganisationProfile> {
    return this.index.activeOrganisations();
  }

  /** `stored`: the document as the projection stored it, when it knows (no read needed). */
  private async refreshOrganisation(organisationId: string, stored: DirectoryOrganisationDocument | undefined): Promise<void> {
    const document = stored ?? (await this.organisations.findById(organisationId));
    if (document === null) {
      this.index.removeOrganisation(organisationId);
    } else {
      this.index.upsertOrganisation(document);
    }
  }

  private async refreshOpportunity(opportunityId: string, stored: MatchmakingOpportunityDocument | undefined): Promise<void> {
    const document = stored ?? (await this.opportunities.findById(opportunityId));
    if (document === null) {
      this.index.removeOpportunity(opportunityId);
    } else {
      // A snapshot that is no longer `published` takes the opportunity out of the index.
      this.index.upsertOpportunity(document.opportunity);
    }
  }
}
