import { PageHeader } from '../../components/PageHeader';
import { t } from '../../i18n/catalogue';

export default function FeedPage() {
  return <PageHeader title={t('nav.feed')} />;
}
