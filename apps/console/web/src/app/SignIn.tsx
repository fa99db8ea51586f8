import { t } from '../i18n/catalogue';

/** Shown when nobody is signed in: one button to the identity provider, back to the page asked for. */
export function SignIn() {
  const failed = new URLSearchParams(window.location.search).get('signIn') === 'failed';
  const returnTo = failed ? '/feed' : `${window.location.pathname}${window.location.search}`;
  return (
    <main id="main" className="sign-in">
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      {failed && (
        <p role="alert" className="error">
          {t('signIn.failed')}
        </p>
      )}
      <a className="button primary" href={`/auth/login?returnTo=${encodeURIComponent(returnTo === '/' ? '/feed' : returnTo)}`}>
        {t('signIn.button')}
      </a>
    </main>
  );
}
