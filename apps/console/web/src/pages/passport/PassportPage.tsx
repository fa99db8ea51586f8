import { PageHeader } from '../../components/PageHeader';
import { t } from '../../i18n/catalogue';

export default function PassportPage() {
  return <PageHeader title={t('nav.passport')} />;
}
