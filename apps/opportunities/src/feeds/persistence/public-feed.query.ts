import { opportunityVisibilityFilter, PUBLIC_READER } from '@icn/platform';
import type { FeedPageRequest } from '../domain/feed-paging';

type Condition = Record<string, unknown>;

/**
 * What the public feed may hold, as one find() filter: published or ended (never a draft) AND what
 * the network's one visibility rule lets an anonymous reader see (`PUBLIC_READER`: `network`
 * opportunities only, never a `target-clusters` one) AND the scope AND the keyset position.
 */
export function publicFeedQuery(originClusterId: string | undefined, request: FeedPageRequest): Condition {
  const visible = opportunityVisibilityFilter(PUBLIC_READER);
  if (visible === undefined) throw new Error('the anonymous reader must never see every opportunity');
  const conditions: Condition[] = [{ status: { $ne: 'draft' }, publishedAt: { $exists: true } }, visible];
  if (originClusterId !== undefined) conditions.push({ originClusterId });
  if (request.kind === 'before') {
    const { publishedAt, id } = request.position;
    conditions.push({ $or: [{ publishedAt: { $lt: publishedAt } }, { publishedAt, _id: { $lt: id } }] });
  }
  if (request.kind === 'after') {
    const { publishedAt, id } = request.position;
    conditions.push({ $or: [{ publishedAt: { $gt: publishedAt } }, { publishedAt, _id: { $gt: id } }] });
  }
  return { $and: conditions };
}
