import { useParams } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { useAsync } from '../../components/use-async';
import { t } from '../../i18n/catalogue';
import { OpportunityForm } from './OpportunityForm';
import { actionsInState, canManageOpportunity } from './permissions';

export function EditOpportunity() {
  const { opportunityId = '' } = useParams();
  const user = useUser();
  const opportunity = useAsync(() => expectOk(api.opportunities.GET('/opportunities/{opportunityId}', { params: { path: { opportunityId } } })), opportunityId);
  if (opportunity.status === 'loading') return <p aria-live="polite">{t('app.loading')}</p>;
  if (opportunity.status === 'failed') {
    return (
      <>
        <PageHeader title={t('opportunities.edit.title')} />
        <ErrorMessage error={opportunity.error} onRetry={opportunity.reload} />
      </>
    );
  }
  const editable = canManageOpportunity(user, opportunity.data) && actionsInState(opportunity.data.status).includes('edit');
  return (
    <>
      <PageHeader title={t('opportunities.edit.titleOf', { title: opportunity.data.title })} />
      {editable ? <OpportunityForm opportunity={opportunity.data} /> : <p className="notice">{t('opportunities.edit.notEditable')}</p>}
    </>
  );
}
