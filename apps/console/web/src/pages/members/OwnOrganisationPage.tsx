import { useUser } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { t } from '../../i18n/catalogue';
import { OrganisationView } from './OrganisationDetail';

/** A member's own organisation: the profile and contacts it keeps up to date itself. */
export default function OwnOrganisationPage() {
  const { organisationId } = useUser();
  if (organisationId === undefined) {
    return (
      <>
        <PageHeader title={t('members.own.title')} />
        <p>{t('members.own.noOrganisation')}</p>
      </>
    );
  }
  return <OrganisationView organisationId={organisationId} inMembersPage={false} />;
}
