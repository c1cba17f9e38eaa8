import { Navigate, Route, Routes } from 'react-router';
import { Layout } from './pages/Layout.js';
import { CertificatePage } from './pages/CertificatePage.js';
import { useSession } from './session/session.js';
import { useT } from './i18n/i18n.js';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/** A page whose code loads when it is first shown. */
const lazyPage = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] })));

// The certificate page is in the first script: it is where a doctor arrives from the EHR, and its form must be
// ready within a second of the navigation (issue 7). Every other page loads its code when first opened, so the
// first script is smaller to parse and run; the guides are read now and then, not while writing.
const LoginPage = lazyPage(() => import('./pages/LoginPage.js'), 'LoginPage');
const ChooseUnitPage = lazyPage(() => import('./pages/ChooseUnitPage.js'), 'ChooseUnitPage');
const AccessDeniedPage = lazyPage(() => import('./pages/AccessDeniedPage.js'), 'AccessDeniedPage');
const StartPage = lazyPage(() => import('./pages/StartPage.js'), 'StartPage');
const MessagesPage = lazyPage(() => import('./pages/MessagesPage.js'), 'MessagesPage');
const DraftsPage = lazyPage(() => import('./pages/DraftsPage.js'), 'DraftsPage');
const SignedPage = lazyPage(() => import('./pages/SignedPage.js'), 'SignedPage');
const PatientPage = lazyPage(() => import('./pages/PatientPage.js'), 'PatientPage');
const GuidePage = lazyPage(() => import('./guides/GuidePage.js'), 'GuidePage');

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
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
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
                <GuidePage />
              </RequireUser>
            }
          />
          <Route path="*" element={<p>{t('app.notFound')}</p>} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
