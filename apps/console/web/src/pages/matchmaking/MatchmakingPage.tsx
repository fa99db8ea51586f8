import { PageHeader } from '../../components/PageHeader';
import { t } from '../../i18n/catalogue';

export default function MatchmakingPage() {
  return <PageHeader title={t('nav.matchmaking')} />;
}
