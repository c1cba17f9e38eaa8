// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CertificateTypeSummary, User } from '../api/types.js';
import { I18nProvider } from '../i18n/i18n.js';
import { issuer, listItem } from '../test-support/list-item.js';
import { stubFetch } from '../test-support/stub-fetch.js';
import { PatientCertificates } from './PatientCertificates.js';

const DOCTOR: User = {
  userId: 'ajla',
  name: 'Ajla Doktor',
  role: 'doctor',
  unitId: 'ALVC',
  unitName: 'Alfa Vårdcentral',
};
const LISJP: CertificateTypeSummary = {
  type: 'lisjp',
  version: '2.0',
  canCreateDraft: true,
  name: 'Läkarintyg för sjukpenning',
  formId: 'FK 7804',
  lifecycle: { forProtectedIdentity: true },
};
const TYPES = new Map([['lisjp', LISJP]]);
const ajla = issuer('ajla', 'Ajla Doktor');
const SIGNED = listItem('signed-1', {
  status: 'signed',
  complete: true,
  revision: 3,
  signedBy: ajla,
  updatedAt: '2025-10-01T08:00:00.000Z',
  signedAt: '2025-10-01T08:00:00.000Z',
  signature: 'x',
});
const MODEL = {
  type: 'lisjp',
  version: '2.0',
  name: 'Läkarintyg för sjukpenning',
  elements: [
    { id: '32', kind: 'sickLeavePeriods', label: 'Nedsättning av arbetsförmågan', includeWhenRenewing: false },
  ],
};

/** The patient's list with one signed lisjp; `renew` is what the server says of renewing it. */
function stubServer(renew: { allowed: boolean; reasons: { code: string; message: { sv: string; en: string } }[] }) {
  return stubFetch((url, request) => {
    if (url.pathname === '/api/certificates/count') return { body: { count: 1 } };
    if (url.pathname === '/api/certificates') return { body: { items: [SIGNED], nextCursor: null } };
    if (url.pathname === '/api/certificates/signed-1')
      return { body: { ...SIGNED, actions: [{ id: 'renew', ...renew }] } };
    if (url.pathname === '/api/certificate-types/lisjp/2.0') return { body: MODEL };
    if (url.pathname === '/api/certificates/signed-1/renew' && request.method === 'POST')
      return { status: 201, body: { ...SIGNED, id: 'renewal', status: 'draft', actions: [] } };
    return { status: 404, body: { code: 'NOT_FOUND', message: url.pathname } };
  });
}

const renderList = () =>
  render(
    <I18nProvider>
      <MemoryRouter initialEntries={['/patients/191212121212']}>
        <Routes>
          <Route
            path="/patients/:id"
            element={<PatientCertificates personId="191212121212" user={DOCTOR} types={TYPES} />}
          />
          <Route path="/certificates/:id" element={<p>Förnyelsen</p>} />
        </Routes>
      </MemoryRouter>
    </I18nProvider>,
  );

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the patient's certificates", () => {
  it('renews from the row: the server allows it, the dialog names what is not copied, the new draft opens', async () => {
    const asked = stubServer({ allowed: true, reasons: [] });
    renderList();
    const renew = await screen.findByRole('button', { name: /^Förnya – Läkarintyg för sjukpenning från / });
    fireEvent.click(renew);
    const dialog = await screen.findByRole('dialog', { name: 'Förnya intyget' });
    expect(within(dialog).getByText('Nedsättning av arbetsförmågan')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Förnya' }));
    expect(await screen.findByText('Förnyelsen')).toBeTruthy();
    expect(asked.map((url) => url.pathname)).toContain('/api/certificates/signed-1/renew');
  });

  it("says why when the server's actions refuse it, before anything is created", async () => {
    const asked = stubServer({
      allowed: false,
      reasons: [{ code: 'patientDeceased', message: { sv: 'Patienten är avliden.', en: 'The patient is deceased.' } }],
    });
    renderList();
    fireEvent.click(await screen.findByRole('button', { name: /^Förnya – / }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Patienten är avliden.');
    expect(alert.textContent).toContain('Inget nytt utkast skapades.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(asked.some((url) => url.pathname.endsWith('/renew'))).toBe(false);
  });
});
