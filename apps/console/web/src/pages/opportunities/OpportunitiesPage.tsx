import { PageHeader } from '../../components/PageHeader';
import { t } from '../../i18n/catalogue';

export default function OpportunitiesPage() {
  return <PageHeader title={t('nav.opportunities')} />;
}
