import { PageHeader } from '../../components/PageHeader';
import { t } from '../../i18n/catalogue';

export default function MissionsPage() {
  return <PageHeader title={t('nav.missions')} />;
}
