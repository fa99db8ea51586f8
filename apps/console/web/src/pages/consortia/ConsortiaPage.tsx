import { PageHeader } from '../../components/PageHeader';
import { t } from '../../i18n/catalogue';

export default function ConsortiaPage() {
  return <PageHeader title={t('nav.consortia')} />;
}
