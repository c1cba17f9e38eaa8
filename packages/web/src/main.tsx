import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.js';
import { startEarlyRequests } from './api/early-requests.js';
import { I18nProvider } from './i18n/i18n.js';
import { SessionProvider } from './session/session.js';
import './styles/tokens.css';
import './styles/app.css';
import './styles/fields.css';
import './styles/decision-support.css';
import './styles/messages.css';
import './styles/lifecycle.css';
import './styles/form-tools.css';
import './styles/home.css';

startEarlyRequests(window.location.pathname);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <SessionProvider>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
);
