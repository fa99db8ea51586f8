import type { PublishableOpportunityType } from '@icn/contracts';
import type { OpportunityState } from '../../opportunities/domain/opportunity';
import type { AtomEntry } from './atom-document';
import { entryIdOf } from './feed-identity';

/** Category schemes: names, not addresses to fetch (RFC 4287 4.2.2.2 only asks for an IRI). */
export const CATEGORY_SCHEMES = {
  type: 'urn:icn-platform:opportunity-type',
  sector: 'urn:icn-platform:sector',
  status: 'urn:icn-platform:opportunity-status',
} as const;

const TYPE_LABELS: Record<PublishableOpportunityType, string> = {
  tender: 'Tender',
  'project-challenge': 'Project challenge',
  'funding-call': 'Funding call',
  'partner-search': 'Partner search',
  'market-lead': 'Market lead',
  event: 'Event',
};

/** A published (or ended) opportunity as seen by the public; `publishedAt` is what orders the feed. */
export type FeedOpportunity = OpportunityState & { publishedAt: string };

/**
 * One entry: the essentials a partner platform lists (type, deadline, budget, publishing cluster,
 * whether it is still open) in the summary and as categories; the description as content; the
 * link into the console. Ended opportunities stay in the feed with their status (see README,
 * "Public feed"): a mirror learns that one closed instead of it silently disappearing.
 */
export function opportunityEntry(opportunity: FeedOpportunity, clusterName: string, consolePublicUrl: string): AtomEntry {
  const console = consolePublicUrl.replace(/\/$/, '');
  const status = opportunity.status === 'published' ? 'open' : opportunity.status;
  const summary = [
    TYPE_LABELS[opportunity.type],
    `Deadline: ${humanInstant(opportunity.deadline)}`,
    `Budget: ${opportunity.value === undefined ? 'not stated' : money(opportunity.value.amount, opportunity.value.currency)}`,
    `Published by: ${clusterName}`,
    `Status: ${status}${opportunity.endReason !== undefined && status !== 'open' ? ` (${opportunity.endReason})` : ''}`,
  ];
  if (opportunity.sectors.length > 0) summary.push(`Sectors: ${opportunity.sectors.join(', ')}`);
  return {
    id: entryIdOf(opportunity.opportunityId),
    title: opportunity.title,
    updated: rfc3339(opportunity.updatedAt),
    published: rfc3339(opportunity.publishedAt),
    authorName: clusterName,
    links: [{ rel: 'alternate', type: 'text/html', href: `${console}/opportunities/${encodeURIComponent(opportunity.opportunityId)}` }],
    categories: [
      { scheme: CATEGORY_SCHEMES.type, term: opportunity.type, label: TYPE_LABELS[opportunity.type] },
      ...opportunity.sectors.map((sector) => ({ scheme: CATEGORY_SCHEMES.sector, term: sector })),
      { scheme: CATEGORY_SCHEMES.status, term: status },
    ],
    summary: summary.join('\n'),
    content: opportunity.description,
  };
}

/** `toISOString()` instants are RFC 3339 already; normalised anyway so a stored variant cannot leak. */
export function rfc3339(instant: string): string {
  return new Date(instant).toISOString();
}

function humanInstant(instant: string): string {
  return `${new Date(instant).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function money(amount: number, currency: string): string {
  return `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(amount)} ${currency}`;
}
