import { lazy, Suspense, useMemo } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { NotFound } from '../components/NotFound';
import { t } from '../i18n/catalogue';
import { Layout } from './Layout';
import { sectionsFor } from './sections';
import { SessionProvider, useSession } from './session';
import { SignIn } from './SignIn';

function SignedInRoutes({ role }: { role: Parameters<typeof sectionsFor>[0] }) {
  const sections = useMemo(() => sectionsFor(role).map((section) => ({ ...section, Page: lazy(section.load) })), [role]);
  return (
    <Layout>
      <Suspense fallback={<p aria-live="polite">{t('app.loading')}</p>}>
        <Routes>
          <Route path="/" element={<Navigate to="/feed" replace />} />
          {sections.map(({ path, Page }) => (
            <Route key={path} path={`/${path}/*`} element={<Page />} />
          ))}
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}

function Console() {
  const session = useSession();
  if (session.status === 'loading') return <p aria-live="polite">{t('app.loading')}</p>;
  if (session.status === 'signed-out') return <SignIn />;
  return <SignedInRoutes role={session.user.role} />;
}

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <Console />
      </BrowserRouter>
    </SessionProvider>
  );
}
