import type { OpportunitiesPaths, OpportunitiesSchemas } from '../../api/clients';
import { HELIX_TYPES, SECTORS, type HelixType, type Sector } from '../../api/vocabulary';
import { t } from '../../i18n/catalogue';

export type Opportunity = OpportunitiesSchemas['schemas']['OpportunityResponse'];
export type OpportunityType = Opportunity['type'];
export type OpportunityStatus = Opportunity['status'];
export type OpportunityVisibility = Opportunity['visibility'];
export type OpportunitiesListQuery = NonNullable<OpportunitiesPaths['/opportunities']['get']['parameters']['query']>;
/** The list's open/closed shortcut over the statuses. */
export type OpportunityState = NonNullable<OpportunitiesListQuery['state']>;

type Exhaustive<Listed, Api> = [Exclude<Api, Listed>] extends [never] ? true : false;
type Assert<Check extends true> = Check;

/**
 * The opportunities API's closed vocabularies as values (the generated client has them only as
 * types): `satisfies` refuses a value the API does not know, and VocabulariesComplete a value the
 * API added that is missing here.
 */
export const OPPORTUNITY_TYPES = ['tender', 'project-challenge', 'funding-call', 'partner-search', 'market-lead', 'event'] as const satisfies readonly OpportunityType[];
export const OPPORTUNITY_STATUSES = ['draft', 'published', 'closed', 'cancelled', 'expired'] as const satisfies readonly OpportunityStatus[];
export const OPPORTUNITY_VISIBILITIES = ['network', 'target-clusters'] as const satisfies readonly OpportunityVisibility[];
export const OPPORTUNITY_STATES = ['open', 'closed'] as const satisfies readonly OpportunityState[];

/**
 * What a subscription filters on and a notification may carry: the opportunity types, and
 * `partner-programme`, the network's partner programmes, notified like opportunities (ADR 23).
 */
export type SubscribableType = OpportunitiesSchemas['schemas']['SubscriptionFiltersResponse']['types'][number];
export const SUBSCRIBABLE_TYPES = [...OPPORTUNITY_TYPES, 'partner-programme'] as const satisfies readonly SubscribableType[];

export type VocabulariesComplete = [
  Assert<Exhaustive<(typeof OPPORTUNITY_TYPES)[number], OpportunityType>>,
  Assert<Exhaustive<(typeof OPPORTUNITY_STATUSES)[number], OpportunityStatus>>,
  Assert<Exhaustive<(typeof OPPORTUNITY_VISIBILITIES)[number], OpportunityVisibility>>,
  Assert<Exhaustive<(typeof OPPORTUNITY_STATES)[number], OpportunityState>>,
  Assert<Exhaustive<(typeof SUBSCRIBABLE_TYPES)[number], SubscribableType>>,
  // The opportunities API shares membership's sectors and helix types.
  Assert<Exhaustive<Sector, Opportunity['sectors'][number]>>,
  Assert<Exhaustive<HelixType, Opportunity['targetHelixTypes'][number]>>,
];

export const opportunityTypeLabel = (type: SubscribableType): string => t(`opportunities.type.${type}`);
export const opportunityStatusLabel = (status: OpportunityStatus): string => t(`opportunities.status.${status}`);
export const visibilityLabel = (visibility: OpportunityVisibility): string => t(`opportunities.visibility.${visibility}`);
export const stateLabel = (state: OpportunityState): string => t(`opportunities.state.${state}`);
// Sectors and helix types are membership's vocabulary; their words live with the members page's texts.
export const sectorLabel = (sector: Sector): string => t(`members.sector.${sector}`);
export const helixTypeLabel = (helixType: HelixType): string => t(`members.helixType.${helixType}`);

export const opportunityTypeOptions = OPPORTUNITY_TYPES.map((value) => ({ value, label: opportunityTypeLabel(value) }));
export const subscribableTypeOptions = SUBSCRIBABLE_TYPES.map((value) => ({ value, label: opportunityTypeLabel(value) }));
export const opportunityStatusOptions = OPPORTUNITY_STATUSES.map((value) => ({ value, label: opportunityStatusLabel(value) }));
export const visibilityOptions = OPPORTUNITY_VISIBILITIES.map((value) => ({ value, label: visibilityLabel(value) }));
export const stateOptions = OPPORTUNITY_STATES.map((value) => ({ value, label: stateLabel(value) }));
export const sectorOptions = SECTORS.map((value) => ({ value, label: sectorLabel(value) }));
export const helixTypeOptions = HELIX_TYPES.map((value) => ({ value, label: helixTypeLabel(value) }));
