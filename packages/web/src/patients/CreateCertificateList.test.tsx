// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CertificateTypeSummary, Patient, User } from '../api/types.js';
import { I18nProvider } from '../i18n/i18n.js';
import { stubFetch } from '../test-support/stub-fetch.js';
import { CreateCertificateList } from './CreateCertificateList.js';
import { rowChoices } from './PatientCertificates.js';

const user = (role: string): User => ({ userId: role, name: role, role, unitId: 'ALVC', careProviderId: 'ALFA' });
const patient = (overrides: Partial<Patient> = {}): Patient => ({
  personId: '191212121212',
  coordinationNumber: false,
  name: 'Tolvan Tolvansson',
  firstName: 'Tolvan',
  lastName: 'Tolvansson',
  address: null,
  protectedIdentity: false,
  deceased: false,
  testPerson: false,
  ...overrides,
});
const TYPES: CertificateTypeSummary[] = [
  {
    type: 'lisjp',
    version: '2.0',
    canCreateDraft: true,
    name: 'Läkarintyg för sjukpenning',
    formId: 'FK 7804',
    description: 'För sjukpenning.',
    createsDraftsOf: ['ag7804'],
    lifecycle: { forProtectedIdentity: true },
  },
  {
    type: 'ag7804',
    version: '2.0',
    canCreateDraft: true,
    name: 'Läkarintyg om arbetsförmåga – arbetsgivaren',
    formId: 'AG7804',
    lifecycle: { withholds: ['send', 'complement'], forProtectedIdentity: true },
  },
  {
    type: 'ag114',
    version: '1.0',
    canCreateDraft: true,
    name: 'Läkarintyg om arbetsförmåga – sjuklöneperioden',
    lifecycle: { withholds: ['send', 'renew', 'complement'], forProtectedIdentity: true },
  },
  { type: 'old', version: '1.0', canCreateDraft: false, name: 'Gammalt intyg', lifecycle: {} },
];

const renderList = (role: string, who: Patient) =>
  render(
    <I18nProvider>
      <MemoryRouter initialEntries={['/patients/191212121212']}>
        <Routes>
          <Route
            path="/patients/:id"
            element={<CreateCertificateList patient={who} user={user(role)} types={TYPES} />}
          />
          <Route path="/certificates/:id" element={<p>Utkastet</p>} />
        </Routes>
      </MemoryRouter>
    </I18nProvider>,
  );

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('creating a certificate from the patient page', () => {
  it('offers every type that takes drafts, described, and creates one', async () => {
    const asked = stubFetch(() => ({ status: 201, body: { id: 'new-draft' } }));
    renderList('nurse', patient());
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual([
      'Skapa utkast: Läkarintyg för sjukpenning',
      'Skapa utkast: Läkarintyg om arbetsförmåga – arbetsgivaren',
      'Skapa utkast: Läkarintyg om arbetsförmåga – sjuklöneperioden',
    ]);
    const lisjp = screen.getByRole('button', { name: 'Skapa utkast: Läkarintyg för sjukpenning' });
    expect(document.getElementById(lisjp.getAttribute('aria-describedby')!)?.textContent).toBe('För sjukpenning.');
    fireEvent.click(lisjp);
    expect(await screen.findByText('Utkastet')).toBeTruthy();
    expect(asked[0]!.pathname).toBe('/api/certificates');
  });

  it('says beforehand why no certificate can be written for a deceased patient, once for all types', () => {
    renderList('doctor', patient({ deceased: true }));
    expect(screen.queryAllByRole('button')).toEqual([]);
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('Du kan inte skriva intyg för patienten:');
    expect(within(note).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getAllByText('Kan inte skrivas för patienten.')).toHaveLength(3);
  });

  it('refuses a nurse a patient with protected identity, and lets a doctor write', () => {
    renderList('nurse', patient({ protectedIdentity: true, name: null }));
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.getByRole('note').textContent).toMatch(/skyddade personuppgifter/);
    cleanup();
    renderList('doctor', patient({ protectedIdentity: true }));
    expect(screen.getAllByRole('button')).toHaveLength(3);
  });
});

describe('rowChoices', () => {
  const types = new Map(TYPES.map((summary) => [summary.type, summary]));
  it('offers renew and create-from on a signed certificate, copy on a locked draft, nothing on a draft', () => {
    expect(rowChoices({ type: 'lisjp', status: 'sent' }, user('nurse'), types)).toEqual([
      { action: 'renew' },
      { action: 'createDraft', type: 'ag7804', name: 'AG7804' },
    ]);
    // AG1-14 is never renewed (domain.md §2.5).
    expect(rowChoices({ type: 'ag114', status: 'signed' }, user('doctor'), types)).toEqual([]);
    expect(rowChoices({ type: 'lisjp', status: 'lockedDraft' }, user('doctor'), types)).toEqual([{ action: 'copy' }]);
    expect(rowChoices({ type: 'lisjp', status: 'draft' }, user('doctor'), types)).toEqual([]);
    expect(rowChoices({ type: 'lisjp', status: 'revoked' }, user('doctor'), types)).toEqual([]);
  });
});
