import { PageHeader } from '../../components/PageHeader';
import { t } from '../../i18n/catalogue';

export default function MembersPage() {
  return <PageHeader title={t('nav.members')} />;
}
