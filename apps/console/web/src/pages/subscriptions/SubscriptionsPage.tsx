import { PageHeader } from '../../components/PageHeader';
import { t } from '../../i18n/catalogue';

export default function SubscriptionsPage() {
  return <PageHeader title={t('nav.subscriptions')} />;
}
