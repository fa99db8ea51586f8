import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api, type MembershipSchemas } from '../../api/clients';
import { useUser, type ConsoleUser } from '../../app/session';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { useAsync } from '../../components/use-async';
import { t } from '../../i18n/catalogue';
import { organisationStatusLabel } from './labels';
import { MembersNav } from './MembersNav';
import { MembershipLifecycle } from './MembershipLifecycle';
import { OrganisationContacts } from './OrganisationContacts';
import { OrganisationProfile } from './OrganisationProfile';
import { OrganisationProfileEditor } from './OrganisationProfileEditor';

export type Organisation = MembershipSchemas['schemas']['OrganisationResponse'];

/** Writes are the secretariat's anywhere and a cluster manager's inside their own cluster (the service checks the same). */
export function canManage(user: ConsoleUser, organisation: Organisation): boolean {
  return user.role === 'network-admin' || (user.role === 'cluster-manager' && user.clusterId === organisation.clusterId);
}

/** The profile and the contacts are also the member's own to keep up to date (not its membership). */
export function canEditProfile(user: ConsoleUser, organisation: Organisation): boolean {
  return canManage(user, organisation) || (user.role === 'member' && user.organisationId === organisation.organisationId);
}

/** The members page's route to one organisation. */
export function OrganisationDetail() {
  const { organisationId = '' } = useParams();
  return <OrganisationView organisationId={organisationId} inMembersPage />;
}

/**
 * One organisation: its profile, its membership (suspend / reinstate / leave) and its contacts.
 * Shown in the members page (managers) and as a member's own organisation page, which has no
 * members navigation to offer.
 */
export function OrganisationView({ organisationId, inMembersPage }: { organisationId: string; inMembersPage: boolean }) {
  const user = useUser();
  const organisation = useAsync(() => expectOk(api.membership.GET('/organisations/{organisationId}', { params: { path: { organisationId } } })), organisationId);
  /** What the last change did, announced politely (a screen reader hears it; the page does not jump). */
  const [announcement, setAnnouncement] = useState('');

  if (organisation.status === 'loading') return <p aria-live="polite">{t('app.loading')}</p>;
  if (organisation.status === 'failed') {
    return (
      <>
        <PageHeader title={t('members.detail.unavailable')} />
        <ErrorMessage error={organisation.error} onRetry={organisation.reload} />
        {inMembersPage && (
          <p>
            <Link to="/members">{t('members.detail.back')}</Link>
          </p>
        )}
      </>
    );
  }
  const current = organisation.data;
  const changed = (message: string) => {
    setAnnouncement(message);
    organisation.reload();
  };
  return (
    <>
      <PageHeader title={current.name}>
        <StatusBadge status={current.status} label={organisationStatusLabel(current.status)} />
      </PageHeader>
      {inMembersPage && <MembersNav />}
      <p aria-live="polite" className={announcement === '' ? 'visually-hidden' : 'notice'}>
        {announcement}
      </p>
      <OrganisationProfile organisation={current} />
      {canEditProfile(user, current) && current.status !== 'left' && <OrganisationProfileEditor key={current.version} organisation={current} onChanged={changed} />}
      <MembershipLifecycle organisation={current} canManage={canManage(user, current)} onChanged={changed} />
      <OrganisationContacts organisation={current} canManage={canEditProfile(user, current)} onChanged={changed} />
    </>
  );
}
