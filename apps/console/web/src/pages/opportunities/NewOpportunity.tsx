import { Navigate } from 'react-router';
import { useUser } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { t } from '../../i18n/catalogue';
import { OpportunityForm } from './OpportunityForm';
import { canCreateOpportunities } from './permissions';

export function NewOpportunity() {
  const user = useUser();
  if (!canCreateOpportunities(user)) return <Navigate to="/opportunities" replace />;
  return (
    <>
      <PageHeader title={t('opportunities.new.title')} />
      <p>{user.role === 'network-admin' ? t('opportunities.new.introSecretariat') : t('opportunities.new.intro', { cluster: user.clusterId ?? '' })}</p>
      <OpportunityForm />
    </>
  );
}
