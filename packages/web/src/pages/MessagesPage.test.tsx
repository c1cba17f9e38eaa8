// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UnitMessageItem } from '../api/messages.js';
import { I18nProvider } from '../i18n/i18n.js';
import { stubFetch } from '../test-support/stub-fetch.js';
import { MessagesPage } from './MessagesPage.js';

const item = (id: string, overrides: Partial<UnitMessageItem> = {}): UnitMessageItem => ({
  id,
  direction: 'fromRecipient',
  subject: 'KOMPLT',
  heading: 'Komplettering',
  createdAt: '2025-10-01T07:00:00.000Z',
  sentAt: '2025-10-01T07:00:00.000Z',
  lastReplyDate: '2025-10-20',
  answered: false,
  reminders: 0,
  certificate: {
    id: `c-${id}`,
    type: 'lisjp',
    version: '2.0',
    status: 'sent',
    patient: {
      personId: '191212121212',
      name: 'Tolvan Tolvansson',
      protectedIdentity: false,
      deceased: false,
      testPerson: false,
    },
  },
  ...overrides,
});

function renderPage() {
  render(
    <I18nProvider>
      <MemoryRouter>
        <MessagesPage />
      </MemoryRouter>
    </I18nProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the unit messages page', () => {
  it('lists waiting questions, filters them and pages on', async () => {
    const asked = stubFetch((url) => {
      if (url.pathname === '/api/patients') return { body: { items: [] } };
      if (url.pathname === '/api/certificate-types') {
        return {
          body: {
            items: [{ type: 'lisjp', version: '2.0', name: 'Läkarintyg för sjukpenning', canCreateDraft: true }],
          },
        };
      }
      if (url.searchParams.get('cursor') === 'next')
        return { body: { items: [item('3', { subject: 'AVSTMN' })], nextCursor: null } };
      const hidden = item('2', {
        subject: 'KONTKT',
        reminders: 2,
        certificate: {
          ...item('2').certificate,
          patient: {
            personId: '195401232540',
            name: null,
            protectedIdentity: true,
            deceased: false,
            testPerson: false,
          },
        },
      });
      return { body: { items: [item('1'), hidden], nextCursor: 'next' } };
    });
    renderPage();
    expect(await screen.findByText('2 ärenden visas; det finns fler.')).toBeTruthy();
    const rows = screen.getAllByRole('row').slice(1);
    expect(
      within(rows[0]!).getByRole('link', { name: 'Öppna ärendet på Läkarintyg för sjukpenning för Tolvan Tolvansson' }),
    ).toBeTruthy();
    expect(within(rows[1]!).getByText(/Skyddade personuppgifter/)).toBeTruthy();
    expect(within(rows[1]!).getByText('2 påminnelser')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Visa fler ärenden' }));
    expect(await screen.findByText('3 ärenden visas.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Ämne'), { target: { value: 'KOMPLT' } });
    fireEvent.change(screen.getByLabelText('Besvarade'), { target: { value: 'false' } });
    fireEvent.change(screen.getByLabelText('Mottaget från och med'), { target: { value: '2025-10-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Visa ärenden' }));
    await screen.findByText('2 ärenden visas; det finns fler.');
    const last = asked.filter((url) => url.pathname === '/api/messages').at(-1)!;
    expect(Object.fromEntries(last.searchParams)).toEqual({
      limit: '25',
      subject: 'KOMPLT',
      answered: 'false',
      from: '2025-10-01',
    });
  });

  it('says one waiting question in the singular', async () => {
    stubFetch((url) =>
      url.pathname === '/api/messages' ? { body: { items: [item('1')], nextCursor: null } } : { body: { items: [] } },
    );
    renderPage();
    expect(await screen.findByText('Ett ärende visas.')).toBeTruthy();
  });
});
