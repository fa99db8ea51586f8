import { Fragment, useState } from 'react';
import { Link, useParams } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { useAsync } from '../../components/use-async';
import { format, t } from '../../i18n/catalogue';
import type { Programme } from '../partners/labels';
import { ApplicationActions } from './ApplicationActions';
import { ApplicationsNav } from './ApplicationsNav';
import { commentKindLabel, type ProgrammeApplication, statusLabel } from './labels';

/** One application: the programme, the answers, the comments of each step, and the steps the person may take next. */
export function ApplicationDetail() {
  const { applicationId = '' } = useParams();
  const [announcement, setAnnouncement] = useState('');
  const loaded = useAsync(async () => {
    const application = await expectOk(api.network.GET('/applications/{applicationId}', { params: { path: { applicationId } } }));
    const programme = await expectOk(api.network.GET('/programmes/{programmeId}', { params: { path: { programmeId: application.programmeId } } }));
    return { application, programme };
  }, applicationId);

  if (loaded.status === 'loading') return <p aria-live="polite">{t('app.loading')}</p>;
  if (loaded.status === 'failed') {
    return (
      <>
        <PageHeader title={t('applications.detail.unavailable')} />
        <ApplicationsNav />
        <ErrorMessage error={loaded.error} onRetry={loaded.reload} />
        <p>
          <Link to="/applications">{t('applications.detail.back')}</Link>
        </p>
      </>
    );
  }
  const { application, programme } = loaded.data;
  const changed = (message: string) => {
    setAnnouncement(message);
    loaded.reload();
  };
  return (
    <>
      <PageHeader title={t('applications.detail.title', { organisation: application.organisationName, programme: application.programmeTitle })}>
        <StatusBadge status={application.status} label={statusLabel(application.status)} />
      </PageHeader>
      <ApplicationsNav />
      <p aria-live="polite" className={announcement === '' ? 'visually-hidden' : 'notice'}>
        {announcement}
      </p>
      <ApplicationFacts application={application} programme={programme} />
      <section aria-labelledby="application-answers">
        <h2 id="application-answers">{t('applications.detail.answers')}</h2>
        <dl className="facts">
          {programme.requirements.map((requirement) => (
            <Fragment key={requirement.key}>
              <dt>{requirement.title}</dt>
              <dd className="multiline">{application.answers.find((answer) => answer.requirementKey === requirement.key)?.text ?? t('applications.detail.unanswered')}</dd>
            </Fragment>
          ))}
        </dl>
      </section>
      {application.comments.length > 0 && (
        <section aria-labelledby="application-comments">
          <h2 id="application-comments">{t('applications.detail.comments')}</h2>
          <ol className="cards">
            {application.comments.map((comment) => (
              <li key={`${comment.at}|${comment.kind}`} className="card">
                <p className="meta">{t('applications.detail.commentBy', { kind: commentKindLabel(comment.kind), at: format.dateTime(comment.at) })}</p>
                <p className="multiline">{comment.text}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
      <ApplicationActions key={application.version} application={application} programme={programme} onChanged={changed} />
    </>
  );
}

const MILESTONES = ['createdAt', 'submittedAt', 'endorsedAt', 'forwardedAt', 'outcomeAt', 'withdrawnAt'] as const;

function ApplicationFacts({ application, programme }: { application: ProgrammeApplication; programme: Programme }) {
  return (
    <section aria-labelledby="application-facts">
      <h2 id="application-facts">{t('applications.detail.facts')}</h2>
      <dl className="facts">
        <dt>{t('applications.field.organisation')}</dt>
        <dd>{application.organisationName}</dd>
        <dt>{t('applications.field.cluster')}</dt>
        <dd>{application.clusterId}</dd>
        <dt>{t('applications.field.programme')}</dt>
        <dd>
          <Link to={`/partners/programmes/${programme.programmeId}`}>{programme.title}</Link> ({programme.partnerName})
        </dd>
        {MILESTONES.map((milestone) => {
          const at = application[milestone];
          return (
            at !== undefined && (
              <Fragment key={milestone}>
                <dt>{t(`applications.field.${milestone}`)}</dt>
                <dd>{format.dateTime(at)}</dd>
              </Fragment>
            )
          );
        })}
      </dl>
    </section>
  );
}
