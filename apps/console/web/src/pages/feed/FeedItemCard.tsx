import { Link } from 'react-router';
import { StatusBadge } from '../../components/StatusBadge';
import { format, t } from '../../i18n/catalogue';
import { opportunityTypeLabel } from '../opportunities/vocabulary';
import type { Recommendation } from './feed-notification';
import type { FeedItem } from './feed-state';

function RecommendationReasons({ recommendation, titleId }: { recommendation: Recommendation; titleId: string }) {
  return (
    <section className="feed-recommendation" aria-labelledby={`${titleId}-why`}>
      <h3 id={`${titleId}-why`}>{t('feed.recommendation.title')}</h3>
      <p>
        {t('feed.recommendation.score', { score: format.number(recommendation.score), rank: recommendation.rank })}
      </p>
      {recommendation.reasons.length > 0 && (
        <ul>
          {recommendation.reasons.map((reason) => (
            <li key={reason.summary}>
              {reason.summary} {t('feed.recommendation.contribution', { contribution: format.number(reason.contribution) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What the newest notification says beyond the kind: the old deadline, the days left. */
function newsOf(item: FeedItem): string {
  if (item.kind === 'deadline-extended' && item.previousDeadline !== undefined) return t('feed.news.extendedFrom', { deadline: format.dateTime(item.previousDeadline) });
  if (item.kind === 'deadline-reminder' && item.daysBeforeDeadline !== undefined) return t('feed.news.daysLeft', { days: item.daysBeforeDeadline });
  return '';
}

/**
 * One opportunity in the feed. Stable markup for people and tests alike: an <article> with
 * `data-opportunity-id`, its title as a heading linking to the opportunity, "Unread" in words.
 */
export function FeedItemCard({ item, unread, onRead }: { item: FeedItem; unread: boolean; onRead: () => void }) {
  const { opportunity } = item;
  const titleId = `feed-item-${opportunity.opportunityId}`;
  const news = newsOf(item);
  return (
    <article
      className={unread ? 'card feed-item unread' : 'card feed-item'}
      aria-labelledby={titleId}
      data-opportunity-id={opportunity.opportunityId}
      data-notification-kind={item.kind}
      data-unread={unread}
    >
      <h2 id={titleId}>
        <Link to={opportunity.type === 'partner-programme' ? `/partners/programmes/${opportunity.opportunityId}` : `/opportunities/${opportunity.opportunityId}`} onClick={onRead}>
          {opportunity.title}
        </Link>
      </h2>
      <p className="meta">
        {unread && <span className="badge badge-unread">{t('feed.item.unread')}</span>} <StatusBadge status={item.kind} label={t(`feed.kind.${item.kind}`)} />{' '}
        {news}
      </p>
      <p className="meta">
        {t('feed.item.summary', {
          type: opportunityTypeLabel(opportunity.type),
          cluster: opportunity.originClusterId,
          deadline: format.dateTime(opportunity.deadline),
        })}
      </p>
      {item.recommendation !== undefined && <RecommendationReasons recommendation={item.recommendation} titleId={titleId} />}
      <p className="meta">
        {t('feed.item.received')} <time dateTime={item.receivedAt}>{format.dateTime(item.receivedAt)}</time>
      </p>
      {unread && (
        <button type="button" onClick={onRead}>
          {t('feed.item.markRead')}
          <span className="visually-hidden">: {opportunity.title}</span>
        </button>
      )}
    </article>
  );
}
