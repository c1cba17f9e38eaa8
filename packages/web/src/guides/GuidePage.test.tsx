// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider, useI18n } from '../i18n/i18n.js';
import { stubFetch } from '../test-support/stub-fetch.js';
import { GuideLink } from './GuideLink.js';
import { GuidePage } from './GuidePage.js';

const TYPES = [
  { type: 'lisjp', version: '2.0', canCreateDraft: true, name: 'Läkarintyg för sjukpenning', formId: 'FK 7804' },
  {
    type: 'ts-bas',
    version: '7.0',
    canCreateDraft: true,
    name: 'Transportstyrelsens läkarintyg högre körkortsbehörighet',
  },
];

beforeEach(() => stubFetch(() => ({ body: { items: TYPES } })));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

function Where() {
  const location = useLocation();
  return <p data-testid="where">{`${location.pathname}${location.search}`}</p>;
}

function English() {
  const { setLanguage } = useI18n();
  return (
    <button type="button" onClick={() => setLanguage('en')}>
      English
    </button>
  );
}

function renderAt(path: string) {
  return render(
    <I18nProvider>
      <MemoryRouter initialEntries={[path]}>
        <English />
        <Routes>
          <Route path="/guides/:type" element={<GuidePage />} />
          <Route
            path="/certificates/:id"
            element={<GuideLink type="lisjp" name="Läkarintyg för sjukpenning" certificateId="c-1" />}
          />
          <Route path="*" element={null} />
        </Routes>
        <Where />
      </MemoryRouter>
    </I18nProvider>,
  );
}

describe('GuidePage', () => {
  it('shows the guide to a type with its sections, and its questions as links into the certificate it came from', async () => {
    renderAt('/guides/lisjp?certificate=c-1');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Guide för Läkarintyg för sjukpenning (FK 7804)' }),
    ).toBeTruthy();
    const needs = await screen.findByRole('region', { name: 'Vad mottagaren behöver av dig' });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual([
      'Vad intyget är till för',
      'Vem som tar emot intyget',
      'Vad mottagaren behöver av dig',
      'Vanliga skäl till att Försäkringskassan begär komplettering',
      'Guider för alla intygstyper',
    ]);
    expect(within(needs).getByText(/^Aktivitetsbegränsningen, konkret/)).toBeTruthy();
    const limitation = within(needs).getAllByRole('link', { name: 'Aktivitetsbegränsning' })[0]!;
    expect(limitation.getAttribute('href')).toBe('/certificates/c-1?question=17');
    expect(screen.getByRole('link', { name: 'Tillbaka till intyget' }).getAttribute('href')).toBe('/certificates/c-1');
    // The list of all guides marks this one.
    const all = screen.getByRole('navigation', { name: 'Guider för alla intygstyper' });
    expect(within(all).getByRole('link', { name: 'Läkarintyg för sjukpenning' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(document.title).toBe('Guide för Läkarintyg för sjukpenning – Intyg');

    fireEvent.click(limitation);
    expect(screen.getByTestId('where').textContent).toBe('/certificates/c-1?question=17');
  });

  it('names the questions without links when opened on its own, and reads in English', async () => {
    renderAt('/guides/ts-bas');
    await screen.findByRole('heading', { level: 1, name: /^Guide för Transportstyrelsens läkarintyg/ });
    const needs = await screen.findByRole('region', { name: 'Vad mottagaren behöver av dig' });
    expect(within(needs).queryAllByRole('link')).toHaveLength(0);
    expect(within(needs).getAllByText(/Synskärpa/).length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Startsidan' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Guide to Transportstyrelsens läkarintyg högre körkortsbehörighet',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'What the recipient needs from you' })).toBeTruthy();
    expect(screen.getAllByText(/Visual acuity/).length).toBeGreaterThan(0);
  });

  it('says so for a type without a guide', async () => {
    renderAt('/guides/fk7263');
    expect(await screen.findByText('Det finns ingen guide för ”fk7263”.')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Guider för alla intygstyper' })).toBeTruthy();
  });
});

describe('GuideLink', () => {
  it('leads from a certificate to its type’s guide, and back', () => {
    renderAt('/certificates/c-1');
    const link = screen.getByRole('link', { name: 'Guide för Läkarintyg för sjukpenning' });
    expect(link.getAttribute('href')).toBe('/guides/lisjp?certificate=c-1');
  });

  it('is left out for a type without a guide', () => {
    render(
      <I18nProvider>
        <MemoryRouter>
          <GuideLink type="fk7263" name="Gammalt intyg" certificateId="c-2" />
        </MemoryRouter>
      </I18nProvider>,
    );
    expect(screen.queryByRole('link')).toBeNull();
  });
});
