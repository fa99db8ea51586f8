import { Fragment } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { useAsync } from '../../components/use-async';
import { format, t } from '../../i18n/catalogue';
import { helixTypeLabel, sectorLabel } from '../members/labels';
import { anyOr, phaseLabel } from './labels';
import { PartnersNav } from './PartnersNav';
import { ProgrammeSuggestions } from './ProgrammeSuggestions';

/**
 * One programme: its partner, who may apply, the call window and what the partner needs; the secretariat
 * edits it, a member applies while the call is open, managers and the secretariat see which members fit.
 */
export function ProgrammeDetail() {
  const { programmeId = '' } = useParams();
  const user = useUser();
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved === true;
  const programme = useAsync(() => expectOk(api.network.GET('/programmes/{programmeId}', { params: { path: { programmeId } } })), programmeId);

  if (programme.status === 'loading') return <p aria-live="polite">{t('app.loading')}</p>;
  if (programme.status === 'failed') {
    return (
      <>
        <PageHeader title={t('programmes.detail.unavailable')} />
        <PartnersNav />
        <ErrorMessage error={programme.error} onRetry={programme.reload} />
        <p>
          <Link to="/partners">{t('programmes.detail.back')}</Link>
        </p>
      </>
    );
  }
  const current = programme.data;
  return (
    <>
      <PageHeader title={current.title}>
        <StatusBadge status={current.callPhase} label={phaseLabel(current.callPhase)} />
      </PageHeader>
      <PartnersNav />
      <p aria-live="polite" className={saved ? 'notice' : 'visually-hidden'}>
        {saved ? t('programmes.detail.saved') : ''}
      </p>
      <dl className="facts">
        <dt>{t('partners.field.partner')}</dt>
        <dd>{current.partnerName}</dd>
        {current.description !== undefined && (
          <>
            <dt>{t('partners.field.description')}</dt>
            <dd className="multiline">{current.description}</dd>
          </>
        )}
        <dt>{t('partners.field.callWindow')}</dt>
        <dd>{t('partners.window', { from: format.dateTime(current.callWindow.opensAt), to: format.dateTime(current.callWindow.closesAt) })}</dd>
        <dt>{t('partners.field.sectors')}</dt>
        <dd>{anyOr(current.eligibility.sectors, sectorLabel)}</dd>
        <dt>{t('partners.field.helixTypes')}</dt>
        <dd>{anyOr(current.eligibility.helixTypes, helixTypeLabel)}</dd>
        <dt>{t('partners.field.countries')}</dt>
        <dd>{anyOr(current.eligibility.countries, (country) => country)}</dd>
      </dl>
      <section aria-labelledby="programme-requirements">
        <h2 id="programme-requirements">{t('partners.field.requirements')}</h2>
        {current.requirements.length === 0 ? (
          <p>{t('programmes.detail.noRequirements')}</p>
        ) : (
          <dl className="facts">
            {current.requirements.map((requirement) => (
              <Fragment key={requirement.key}>
                <dt>{requirement.title}</dt>
                <dd className="multiline">{requirement.description ?? requirement.key}</dd>
              </Fragment>
            ))}
          </dl>
        )}
      </section>
      {user.role !== 'member' && <ProgrammeSuggestions programme={current} />}
      <div className="page-actions">
        {user.role === 'network-admin' && (
          <Link to={`/partners/programmes/${current.programmeId}/edit`} className="button">
            {t('programmes.detail.edit')}
          </Link>
        )}
        {user.role === 'member' && current.callPhase === 'open' && (
          <Link to={`/applications/draft?programmeId=${current.programmeId}`} className="button primary">
            {t('programmes.detail.apply')}
          </Link>
        )}
        <Link to={`/applications?programmeId=${current.programmeId}`}>{t('programmes.detail.applications')}</Link>
        <Link to="/partners">{t('programmes.detail.back')}</Link>
      </div>
    </>
  );
}
