// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n.js';
import { SessionProvider } from '../session/session.js';
import { issuer, listItem } from '../test-support/list-item.js';
import { stubFetch } from '../test-support/stub-fetch.js';
import { DraftsPage } from './DraftsPage.js';

/** The server as the drafts page sees it: a doctor at Alfa Vårdcentral, three drafts in two pages. */
function stubServer() {
  return stubFetch((url) => {
    switch (url.pathname) {
      case '/api/me':
        return {
          body: {
            kind: 'care',
            user: { userId: 'ajla', name: 'Ajla Doktor', role: 'doctor', unitId: 'ALVC', unitName: 'Alfa Vårdcentral' },
            units: [],
          },
        };
      case '/api/certificate-types':
        return {
          body: {
            items: [{ type: 'lisjp', version: '2.0', name: 'Läkarintyg för sjukpenning', canCreateDraft: true }],
          },
        };
      case '/api/certificates/issuers':
        return {
          body: { creators: [issuer('anna', 'Anna Sjuksköterska'), issuer('ajla', 'Ajla Doktor')], signers: [] },
        };
      case '/api/certificates/count':
        return { body: { count: url.searchParams.get('readyForSign') === 'true' ? 1 : 3 } };
      case '/api/certificates':
        if (url.searchParams.get('cursor') === 'next') return { body: { items: [listItem('c')], nextCursor: null } };
        return {
          body: {
            items: [
              listItem('a', { readyForSign: true, complete: true, createdBy: issuer('anna', 'Anna Sjuksköterska') }),
              listItem('b'),
            ],
            nextCursor: 'next',
          },
        };
      default:
        return { status: 404, body: { code: 'NOT_FOUND', message: url.pathname } };
    }
  });
}

const renderPage = () =>
  render(
    <I18nProvider>
      <SessionProvider>
        <MemoryRouter initialEntries={['/drafts']}>
          <DraftsPage />
        </MemoryRouter>
      </SessionProvider>
    </I18nProvider>,
  );

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the drafts page', () => {
  it('shows a page with the total, highlights drafts ready for signing for a doctor, and pages on', async () => {
    stubServer();
    renderPage();
    expect(await screen.findByText('Visar 2 av 3 utkast.')).toBeTruthy();
    expect(await screen.findByText('Klara för signering: 1 utkast väntar på en läkare.')).toBeTruthy();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows[0]!.className).toContain('cert-table__row--ready');
    expect(within(rows[0]!).getByText('Klar för signering')).toBeTruthy();
    expect(within(rows[0]!).getByText('Anna Sjuksköterska')).toBeTruthy();
    expect(rows[1]!.className).not.toContain('ready');

    fireEvent.click(screen.getByRole('button', { name: 'Visa fler' }));
    expect(await screen.findByText('Visar 3 utkast.')).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull();
  });

  it('asks for what the filters say, and not while the patient’s number is wrong', async () => {
    const asked = stubServer();
    renderPage();
    await screen.findByText('Visar 2 av 3 utkast.');
    await screen.findByRole('option', { name: 'Anna Sjuksköterska' });
    fireEvent.change(screen.getByLabelText('Skapat av'), { target: { value: 'anna' } });
    fireEvent.change(screen.getByLabelText('Klar för signering'), { target: { value: 'true' } });
    fireEvent.change(screen.getByLabelText('Ändrat från och med'), { target: { value: '2025-10-01' } });
    const patient = screen.getByLabelText('Patientens person- eller samordningsnummer');
    fireEvent.change(patient, { target: { value: '19121212-1213' } });
    const before = asked.length;
    fireEvent.click(screen.getByRole('button', { name: 'Filtrera' }));
    expect(document.activeElement).toBe(patient);
    expect(asked.length).toBe(before);

    fireEvent.change(patient, { target: { value: '19121212-1212' } });
    fireEvent.click(screen.getByRole('button', { name: 'Filtrera' }));
    await waitFor(() => {
      const last = asked.filter((url) => url.pathname === '/api/certificates').at(-1)!;
      expect(Object.fromEntries(last.searchParams)).toEqual({
        status: 'draft',
        createdBy: 'anna',
        readyForSign: 'true',
        changedFrom: '2025-10-01',
        patientId: '191212121212',
        sort: 'updated',
        order: 'desc',
        limit: '25',
      });
    });
    // The list's total is counted with the same filter, without the order (the navigation's counts have no filter).
    const filtered = asked.filter(
      (url) => url.pathname === '/api/certificates/count' && url.searchParams.get('patientId') === '191212121212',
    );
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.at(-1)!.searchParams.get('createdBy')).toBe('anna');
    expect(filtered.at(-1)!.searchParams.has('sort')).toBe(false);

    fireEvent.change(screen.getByLabelText('Sortering'), { target: { value: 'type-asc' } });
    await waitFor(() => {
      const last = asked.filter((url) => url.pathname === '/api/certificates').at(-1)!;
      expect([
        last.searchParams.get('sort'),
        last.searchParams.get('order'),
        last.searchParams.get('createdBy'),
      ]).toEqual(['type', 'asc', 'anna']);
    });

    // Filtering again keeps the order; clearing the filters keeps it too, and empties the form.
    fireEvent.change(screen.getByLabelText('Ändrat från och med'), { target: { value: '2025-10-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Filtrera' }));
    await waitFor(() => {
      const last = asked.filter((url) => url.pathname === '/api/certificates').at(-1)!;
      expect([last.searchParams.get('changedFrom'), last.searchParams.get('sort')]).toEqual(['2025-10-02', 'type']);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Rensa filter' }));
    await waitFor(() => {
      const last = asked.filter((url) => url.pathname === '/api/certificates').at(-1)!;
      expect(Object.fromEntries(last.searchParams)).toEqual({
        status: 'draft',
        sort: 'type',
        order: 'asc',
        limit: '25',
      });
    });
    expect((screen.getByLabelText('Skapat av') as HTMLSelectElement).value).toBe('');
    expect((screen.getByLabelText('Patientens person- eller samordningsnummer') as HTMLInputElement).value).toBe('');
  });
});
