import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { formatDay } from '../../components/calendar-days';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { useAsync } from '../../components/use-async';
import { format, t } from '../../i18n/catalogue';
import { ApplicationActions } from './ApplicationActions';
import { serviceLabel, statusLabel } from './labels';
import { PassportNav } from './PassportNav';

/** One Passport application: the request, its answer (key contacts or the reason), the visit report, and the steps left. */
export function ApplicationDetail() {
  const { applicationId = '' } = useParams();
  const user = useUser();
  const application = useAsync(() => expectOk(api.matchmaking.GET('/passport/applications/{applicationId}', { params: { path: { applicationId } } })), applicationId);
  const [announcement, setAnnouncement] = useState('');

  if (application.status === 'loading') return <p aria-live="polite">{t('app.loading')}</p>;
  if (application.status === 'failed') {
    return (
      <>
        <PageHeader title={t('passport.detail.unavailable')} />
        <PassportNav />
        <ErrorMessage error={application.error} onRetry={application.reload} />
        <p>
          <Link to="/passport">{t('passport.detail.back')}</Link>
        </p>
      </>
    );
  }
  const current = application.data;
  const changed = (message: string) => {
    setAnnouncement(message);
    application.reload();
  };
  return (
    <>
      <PageHeader title={t('passport.detail.title', { name: current.organisationName, host: current.hostClusterId })}>
        <StatusBadge status={current.status} label={statusLabel(current.status)} />
      </PageHeader>
      <PassportNav />
      <p aria-live="polite" className={announcement === '' ? 'visually-hidden' : 'notice'}>
        {announcement}
      </p>
      <section aria-labelledby="passport-request">
        <h2 id="passport-request">{t('passport.detail.request')}</h2>
        <dl className="facts">
          <dt>{t('passport.field.organisation')}</dt>
          <dd>{user.role === 'member' ? current.organisationName : <Link to={`/members/organisations/${current.organisationId}`}>{current.organisationName}</Link>}</dd>
          <dt>{t('passport.field.homeCluster')}</dt>
          <dd>{current.homeClusterId}</dd>
          <dt>{t('passport.field.hostCluster')}</dt>
          <dd>{current.hostClusterId}</dd>
          <dt>{t('passport.field.dates')}</dt>
          <dd>{t('passport.dates', { from: formatDay(current.from), to: formatDay(current.to) })}</dd>
          <dt>{t('passport.field.targetCountry')}</dt>
          <dd>{current.targetCountry}</dd>
          <dt>{t('passport.field.services')}</dt>
          <dd>{current.services.map(serviceLabel).join(', ')}</dd>
          <dt>{t('passport.field.purpose')}</dt>
          <dd className="multiline">{current.purpose}</dd>
          <dt>{t('passport.field.submittedAt')}</dt>
          <dd>{format.dateTime(current.submittedAt)}</dd>
          {current.acceptedAt !== undefined && (
            <>
              <dt>{t('passport.field.acceptedAt')}</dt>
              <dd>{format.dateTime(current.acceptedAt)}</dd>
            </>
          )}
          {current.scheduledAt !== undefined && (
            <>
              <dt>{t('passport.field.scheduledAt')}</dt>
              <dd>{format.dateTime(current.scheduledAt)}</dd>
            </>
          )}
          {current.declineReason !== undefined && (
            <>
              <dt>{t('passport.field.declineReason')}</dt>
              <dd>{current.declineReason}</dd>
            </>
          )}
          {current.cancelledAt !== undefined && (
            <>
              <dt>{t('passport.field.cancelledAt')}</dt>
              <dd>
                {format.dateTime(current.cancelledAt)}
                {current.cancelledBy !== undefined && ` · ${t(`passport.party.${current.cancelledBy}`)}`}
                {current.cancellationReason !== undefined && ` · ${current.cancellationReason}`}
              </dd>
            </>
          )}
        </dl>
      </section>
      {current.keyContacts.length > 0 && (
        <section aria-labelledby="passport-key-contacts">
          <h2 id="passport-key-contacts">{t('passport.detail.keyContacts')}</h2>
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">{t('passport.detail.keyContacts')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('passport.keyContact.nameColumn')}</th>
                  <th scope="col">{t('passport.keyContact.organisationColumn')}</th>
                  <th scope="col">{t('passport.keyContact.emailColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {current.keyContacts.map((contact) => (
                  <tr key={contact.email}>
                    <th scope="row">{contact.name}</th>
                    <td>{contact.organisation}</td>
                    <td>
                      <a href={`mailto:${contact.email}`}>{contact.email}</a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {current.report !== undefined && (
        <section aria-labelledby="passport-report-view">
          <h2 id="passport-report-view">{t('passport.detail.report')}</h2>
          <p>{t('passport.detail.meetingsHeld', { count: current.report.meetingsHeld })}</p>
          {current.report.leads.length > 0 && (
            <ul>
              {current.report.leads.map((lead) => (
                <li key={`${lead.organisationName}|${lead.note}`}>
                  <strong>{lead.organisationName}</strong>: {lead.note}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <ApplicationActions application={current} onChanged={changed} />
    </>
  );
}
