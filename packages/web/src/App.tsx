import { Navigate, Route, Routes } from 'react-router';
import { Layout } from './pages/Layout.js';
import { LoginPage } from './pages/LoginPage.js';
import { ChooseUnitPage } from './pages/ChooseUnitPage.js';
import { AccessDeniedPage } from './pages/AccessDeniedPage.js';
import { StartPage } from './pages/StartPage.js';
import { CertificatePage } from './pages/CertificatePage.js';
import { MessagesPage } from './pages/MessagesPage.js';
import { DraftsPage } from './pages/DraftsPage.js';
import { SignedPage } from './pages/SignedPage.js';
import { PatientPage } from './pages/PatientPage.js';
import { useSession } from './session/session.js';
import { useT } from './i18n/i18n.js';
import { lazy, Suspense, type ReactNode } from 'react';

// The guides are read now and then, not while writing: their page and texts load when first opened.
const GuidePage = lazy(() => import('./guides/GuidePage.js').then((module) => ({ default: module.GuidePage })));

function RequireUser({ children }: { children: ReactNode }) {
  const { user, pending, citizen } = useSession();
  const t = useT();
  if (user === undefined) return <p role="status">{t('app.loading')}</p>;
  if (pending) return <Navigate to="/choose-unit" replace />;
  if (citizen) return <Navigate to="/access-denied?reason=citizen" replace />;
  if (user === null) return <Navigate to="/login" replace />;
  return children;
}

export function App() {
  const t = useT();
  return (
    <Layout>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/choose-unit" element={<ChooseUnitPage />} />
        <Route path="/access-denied" element={<AccessDeniedPage />} />
        <Route
          path="/"
          element={
            <RequireUser>
              <StartPage />
            </RequireUser>
          }
        />
        <Route
          path="/certificates/:id"
          element={
            <RequireUser>
              <CertificatePage />
            </RequireUser>
          }
        />
        <Route
          path="/messages"
          element={
            <RequireUser>
              <MessagesPage />
            </RequireUser>
          }
        />
        <Route
          path="/drafts"
          element={
            <RequireUser>
              <DraftsPage />
            </RequireUser>
          }
        />
        <Route
          path="/signed"
          element={
            <RequireUser>
              <SignedPage />
            </RequireUser>
          }
        />
        <Route
          path="/patients/:personId"
          element={
            <RequireUser>
              <PatientPage />
            </RequireUser>
          }
        />
        <Route
          path="/guides/:type"
          element={
            <RequireUser>
              <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
                <GuidePage />
              </Suspense>
            </RequireUser>
          }
        />
        <Route path="*" element={<p>{t('app.notFound')}</p>} />
      </Routes>
    </Layout>
  );
}
