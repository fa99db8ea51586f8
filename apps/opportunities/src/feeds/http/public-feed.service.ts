import { DomainNotFoundError } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import { MembershipDirectory } from '../../directory/persistence/membership-directory';
import { MAIL_CONFIG, type MailConfig } from '../../mail/mail.config';
import { DELIVERY_CONFIG, type DeliveryConfig } from '../../notifications/delivery.config';
import type { OpportunityState } from '../../opportunities/domain/opportunity';
import { OpportunityRepository } from '../../opportunities/persistence/opportunity.repository';
import { renderAtomFeed, type AtomLink } from '../domain/atom-document';
import { entityTagOf } from '../domain/conditional-get';
import { feedIdOf, type FeedScope } from '../domain/feed-identity';
import { feedCursorOf, feedPageOf, feedPageRequestOf, readsDescending, type FeedPageParameters, type FeedPageRequest } from '../domain/feed-paging';
import { opportunityEntry, rfc3339, type FeedOpportunity } from '../domain/opportunity-entry';
import { publicFeedQuery } from '../persistence/public-feed.query';

export interface RenderedFeed {
  body: string;
  entityTag: string;
  /** The feed's `<updated>`: the newest entry's, or the epoch for an empty page. */
  lastModified: string;
}

/** The `<updated>` of a page without entries: nothing on it ever changed. */
const NEVER = '1970-01-01T00:00:00.000Z';

/** The public Atom feeds of opportunities: the network's and each cluster's (no authentication). */
@Injectable()
export class PublicFeedService {
  constructor(
    private readonly opportunities: OpportunityRepository,
    private readonly directory: MembershipDirectory,
    @Inject(DELIVERY_CONFIG) private readonly delivery: DeliveryConfig,
    @Inject(MAIL_CONFIG) private readonly urls: Pick<MailConfig, 'CONSOLE_PUBLIC_URL' | 'OPPORTUNITIES_PUBLIC_URL'>,
  ) {}

  async page(scope: FeedScope, parameters: FeedPageParameters): Promise<RenderedFeed> {
    const request = feedPageRequestOf(parameters);
    const scopeTitle = await this.titleOf(scope);
    const size = this.delivery.ATOM_FEED_PAGE_SIZE;
    const originClusterId = scope.kind === 'cluster' ? scope.clusterId : undefined;
    const rows = await this.opportunities.listByPublication(publicFeedQuery(originClusterId, request), readsDescending(request) ? -1 : 1, size + 1);
    const page = feedPageOf(request, rows.filter(isPublished), size);
    const names = await this.clusterNames(page.items);
    const entries = page.items.map((item) => opportunityEntry(item, names.get(item.originClusterId) ?? item.originClusterId, this.urls.CONSOLE_PUBLIC_URL));
    const updated = entries.reduce((newest, entry) => (entry.updated > newest ? entry.updated : newest), NEVER);
    const base = this.feedUrl(scope);
    const links: AtomLink[] = [
      { rel: 'self', href: withQuery(base, queryOf(request)), type: 'application/atom+xml' },
      { rel: 'alternate', href: this.consoleUrl(scope), type: 'text/html' },
      { rel: 'first', href: base, type: 'application/atom+xml' },
      { rel: 'last', href: withQuery(base, 'page=last'), type: 'application/atom+xml' },
    ];
    const newest = page.items[0];
    const oldest = page.items[page.items.length - 1];
    if (page.hasNewer && newest !== undefined) links.push({ rel: 'previous', href: withQuery(base, `after=${feedCursorOf(positionOf(newest))}`), type: 'application/atom+xml' });
    if (page.hasOlder && oldest !== undefined) links.push({ rel: 'next', href: withQuery(base, `before=${feedCursorOf(positionOf(oldest))}`), type: 'application/atom+xml' });
    const body = renderAtomFeed({
      id: feedIdOf(scope),
      title: `ICN opportunities — ${scopeTitle}`,
      subtitle: `Public opportunities of ${scopeTitle}, newest publication first`,
      updated: rfc3339(updated),
      authorName: 'International Cluster Network',
      generator: { name: 'ICN Platform opportunities service', uri: this.urls.CONSOLE_PUBLIC_URL },
      links,
      entries,
    });
    return { body, entityTag: entityTagOf(body), lastModified: updated };
  }

  private async titleOf(scope: FeedScope): Promise<string> {
    if (scope.kind === 'network') return 'the whole network';
    const cluster = await this.directory.findCluster(scope.clusterId);
    if (cluster === null) throw new DomainNotFoundError(`cluster ${scope.clusterId} not found`);
    return cluster.name;
  }

  private async clusterNames(items: readonly OpportunityState[]): Promise<Map<string, string>> {
    const clusters = await this.directory.findClusters([...new Set(items.map((item) => item.originClusterId))]);
    return new Map(clusters.map((cluster) => [cluster._id, cluster.name]));
  }

  private feedUrl(scope: FeedScope): string {
    const api = this.urls.OPPORTUNITIES_PUBLIC_URL.replace(/\/$/, '');
    return scope.kind === 'network' ? `${api}/feeds/opportunities` : `${api}/feeds/clusters/${encodeURIComponent(scope.clusterId)}/opportunities`;
  }

  private consoleUrl(scope: FeedScope): string {
    const console = this.urls.CONSOLE_PUBLIC_URL.replace(/\/$/, '');
    return scope.kind === 'network' ? `${console}/opportunities` : `${console}/opportunities?originClusterId=${encodeURIComponent(scope.clusterId)}`;
  }
}

function isPublished(opportunity: OpportunityState): opportunity is FeedOpportunity {
  return opportunity.publishedAt !== undefined;
}

function positionOf(opportunity: FeedOpportunity): { publishedAt: string; id: string } {
  return { publishedAt: opportunity.publishedAt, id: opportunity.opportunityId };
}

function queryOf(request: FeedPageRequest): string {
  switch (request.kind) {
    case 'first':
      return '';
    case 'last':
      return 'page=last';
    case 'before':
      return `before=${feedCursorOf(request.position)}`;
    case 'after':
      return `after=${feedCursorOf(request.position)}`;
  }
}

function withQuery(base: string, query: string): string {
  return query === '' ? base : `${base}?${query}`;
}
