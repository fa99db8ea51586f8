import { PageHeader } from '../../components/PageHeader';
import { t } from '../../i18n/catalogue';

export default function StatisticsPage() {
  return <PageHeader title={t('nav.statistics')} />;
}
