import { Link } from 'react-router';
import { t } from '../i18n/catalogue';
import { PageHeader } from './PageHeader';

export function NotFound() {
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <p>
        <Link to="/feed">{t('notFound.back')}</Link>
      </p>
    </>
  );
}
