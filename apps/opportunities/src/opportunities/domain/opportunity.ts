import type { HelixType, OpportunityStatus, PublishableOpportunityType, OpportunityVisibility, Sector } from '@icn/contracts';

export interface Publisher {
  subject: string;
  organisationId?: string;
}

export interface Money {
  amount: number;
  currency: string;
}

export interface Link {
  url: string;
  label?: string;
}

/** The content a publisher writes; everything else is lifecycle bookkeeping. */
export interface OpportunityContent {
  type: PublishableOpportunityType;
  title: string;
  description: string;
  sectors: Sector[];
  technologies: string[];
  targetCountries: string[];
  targetClusterIds: string[];
  targetHelixTypes: HelixType[];
  value?: Money;
  /** ISO 8601 UTC with milliseconds (`toISOString()`), so string order is time order. */
  deadline: string;
  links: Link[];
  visibility: OpportunityVisibility;
}

export const CONTENT_FIELDS = [
  'type',
  'title',
  'description',
  'sectors',
  'technologies',
  'targetCountries',
  'targetClusterIds',
  'targetHelixTypes',
  'value',
  'deadline',
  'links',
  'visibility',
] as const satisfies readonly (keyof OpportunityContent)[];

/** The opportunity aggregate as stored (its snapshot) and as the API returns it. */
export interface OpportunityState extends OpportunityContent {
  opportunityId: string;
  originClusterId: string;
  publisher: Publisher;
  status: OpportunityStatus;
  /** Normalised words of title + description, for `?q=` (FerretDB has no text index). */
  searchTerms: string[];
  createdAt: string;
  updatedAt: string;
  publishedAt?: string;
  /** When it left `published` (closed, cancelled or expired). */
  endedAt?: string;
  endReason?: string;
  /** How many versions (commits) it has been through; an event's sequence is the version it made. */
  version: number;
}
