import type { ConsoleUser } from '../../app/session';
import type { Opportunity, OpportunityStatus } from './vocabulary';

/*
 * What the console offers whom. The opportunities service decides (opportunity-access.ts there);
 * these mirror its rules only to hide what a person could not do anyway.
 */

/** Everyone signed in publishes for their own cluster (a member for its organisation); the secretariat for any. */
export function canCreateOpportunities(user: ConsoleUser): boolean {
  return user.role === 'network-admin' || user.clusterId !== undefined;
}

/** The secretariat, the origin cluster's managers, and the publisher while still in the origin cluster. */
export function canManageOpportunity(user: ConsoleUser, opportunity: Opportunity): boolean {
  if (user.role === 'network-admin') return true;
  if (user.clusterId !== opportunity.originClusterId) return false;
  return user.role === 'cluster-manager' || user.subject === opportunity.publisher.subject;
}

export type LifecycleAction = 'edit' | 'publish' | 'discard' | 'extend-deadline' | 'close' | 'cancel';

/** The lifecycle: a draft is edited, published or discarded; a published one edited, extended, closed or cancelled; the rest is final. */
export function actionsInState(status: OpportunityStatus): readonly LifecycleAction[] {
  switch (status) {
    case 'draft':
      return ['edit', 'publish', 'discard'];
    case 'published':
      return ['edit', 'extend-deadline', 'close', 'cancel'];
    case 'closed':
    case 'cancelled':
    case 'expired':
      return [];
  }
}
