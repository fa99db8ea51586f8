import { PageHeader } from '../../components/PageHeader';
import { t } from '../../i18n/catalogue';

export default function OperationsPage() {
  return <PageHeader title={t('nav.operations')} />;
}
