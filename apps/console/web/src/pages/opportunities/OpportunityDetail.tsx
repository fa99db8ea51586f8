import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { useAsync } from '../../components/use-async';
import { format, t } from '../../i18n/catalogue';
import { OpportunityLifecycle } from './OpportunityLifecycle';
import { canManageOpportunity } from './permissions';
import { announcementIn } from './router-announcement';
import { helixTypeLabel, opportunityStatusLabel, opportunityTypeLabel, sectorLabel, visibilityLabel, type Opportunity } from './vocabulary';

const listOr = (values: readonly string[], empty: string) => (values.length > 0 ? values.join(', ') : empty);

function OpportunityFacts({ opportunity }: { opportunity: Opportunity }) {
  return (
    <dl className="facts">
      <dt>{t('opportunities.field.type')}</dt>
      <dd>{opportunityTypeLabel(opportunity.type)}</dd>
      <dt>{t('opportunities.field.status')}</dt>
      <dd>
        <StatusBadge status={opportunity.status} label={opportunityStatusLabel(opportunity.status)} />
        {opportunity.endReason !== undefined && ` ${t('opportunities.detail.endReason', { reason: opportunity.endReason })}`}
      </dd>
      <dt>{t('opportunities.field.deadline')}</dt>
      <dd>{format.dateTime(opportunity.deadline)}</dd>
      <dt>{t('opportunities.field.originCluster')}</dt>
      <dd>{opportunity.originClusterId}</dd>
      <dt>{t('opportunities.field.visibility')}</dt>
      <dd>{visibilityLabel(opportunity.visibility)}</dd>
      <dt>{t('opportunities.field.targetClusters')}</dt>
      <dd>{listOr(opportunity.targetClusterIds, t('opportunities.detail.wholeNetwork'))}</dd>
      <dt>{t('opportunities.field.targetCountries')}</dt>
      <dd>{listOr(opportunity.targetCountries, t('opportunities.detail.anyCountry'))}</dd>
      <dt>{t('opportunities.field.targetHelixTypes')}</dt>
      <dd>{listOr(opportunity.targetHelixTypes.map(helixTypeLabel), t('opportunities.detail.anyone'))}</dd>
      <dt>{t('opportunities.field.sectors')}</dt>
      <dd>{listOr(opportunity.sectors.map(sectorLabel), t('opportunities.detail.none'))}</dd>
      <dt>{t('opportunities.field.technologies')}</dt>
      <dd>{listOr(opportunity.technologies, t('opportunities.detail.none'))}</dd>
      {opportunity.value !== undefined && (
        <>
          <dt>{t('opportunities.field.value')}</dt>
          <dd>{`${format.number(opportunity.value.amount)} ${opportunity.value.currency}`}</dd>
        </>
      )}
      {opportunity.publishedAt !== undefined && (
        <>
          <dt>{t('opportunities.detail.publishedAt')}</dt>
          <dd>{format.dateTime(opportunity.publishedAt)}</dd>
        </>
      )}
      {opportunity.endedAt !== undefined && (
        <>
          <dt>{t('opportunities.detail.endedAt')}</dt>
          <dd>{format.dateTime(opportunity.endedAt)}</dd>
        </>
      )}
      <dt>{t('opportunities.detail.updatedAt')}</dt>
      <dd>{format.dateTime(opportunity.updatedAt)}</dd>
    </dl>
  );
}

/** GET /opportunities/:id, and the lifecycle actions the person's role and the opportunity's state allow. */
export function OpportunityDetail() {
  const { opportunityId = '' } = useParams();
  const user = useUser();
  const location = useLocation();
  const [announcement, setAnnouncement] = useState(() => announcementIn(location.state));
  const opportunity = useAsync(() => expectOk(api.opportunities.GET('/opportunities/{opportunityId}', { params: { path: { opportunityId } } })), opportunityId);

  if (opportunity.status === 'loading') return <p aria-live="polite">{t('app.loading')}</p>;
  if (opportunity.status === 'failed') {
    return (
      <>
        <PageHeader title={t('opportunities.detail.title')} />
        <ErrorMessage error={opportunity.error} onRetry={opportunity.reload} />
        <p>
          <Link to="/opportunities">{t('opportunities.detail.back')}</Link>
        </p>
      </>
    );
  }
  const current = opportunity.data;
  return (
    <article className="opportunity-detail" data-opportunity-id={current.opportunityId} data-status={current.status}>
      <PageHeader title={current.title} />
      <p role="status" className="notice-live">
        {announcement}
      </p>
      <OpportunityFacts opportunity={current} />
      <h2>{t('opportunities.field.description')}</h2>
      <p className="opportunity-description">{current.description}</p>
      {current.links.length > 0 && (
        <>
          <h2>{t('opportunities.field.links')}</h2>
          <ul>
            {current.links.map((link) => (
              <li key={link.url}>
                <a href={link.url} rel="noopener noreferrer" target="_blank">
                  {link.label ?? link.url}
                  <span className="visually-hidden"> {t('opportunities.detail.opensInNewTab')}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {canManageOpportunity(user, current) && (
        <OpportunityLifecycle
          opportunity={current}
          onChanged={(message) => {
            setAnnouncement(message);
            opportunity.reload();
          }}
        />
      )}
      <p>
        <Link to="/opportunities">{t('opportunities.detail.back')}</Link>
      </p>
    </article>
  );
}
