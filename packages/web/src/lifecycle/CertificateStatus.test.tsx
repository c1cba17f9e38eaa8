// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileModel, type RelatedCertificate } from '@intyg/core';
import { modelWith } from '../../../core/src/test-support/model-with.js';
import type { CertificateResponse } from '../api/types.js';
import { I18nProvider } from '../i18n/i18n.js';
import { stubFetch } from '../test-support/stub-fetch.js';
import { CertificateRelations } from './CertificateRelations.js';
import { CertificateStatus } from './CertificateStatus.js';

const compiled = compileModel({ ...modelWith(), recipient: { id: 'FKASSA', name: 'Försäkringskassan' } });
const TYPES = [
  { type: 'lisjp', version: '2.0', canCreateDraft: true, name: 'Läkarintyg för sjukpenning' },
  { type: 'ag7804', version: '2.0', canCreateDraft: true, name: 'Läkarintyg om arbetsförmåga – arbetsgivaren' },
];

const relation = (overrides: Partial<RelatedCertificate>): RelatedCertificate => ({
  kind: 'renews',
  direction: 'parent',
  certificateId: 'other',
  type: 'lisjp',
  status: 'sent',
  createdAt: '2025-09-30T07:00:00.000Z',
  signedAt: '2025-09-30T22:30:00.000Z',
  ...overrides,
});

function certificate(extra: Partial<CertificateResponse>): CertificateResponse {
  return {
    id: 'this',
    type: 'lisjp',
    status: 'signed',
    signedAt: '2025-10-01T08:00:00.000Z',
    signedBy: { userId: 'u', hsaId: 'h', name: 'Ajla Doktor' },
    relations: [],
    actions: [],
    ...extra,
  } as unknown as CertificateResponse;
}

beforeEach(() => {
  stubFetch(() => ({ body: { items: TYPES } }));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderIn(node: ReactNode) {
  render(
    <I18nProvider>
      <MemoryRouter>{node}</MemoryRouter>
    </I18nProvider>,
  );
}

const items = () =>
  within(screen.getByRole('list', { name: 'Relaterade intyg' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('relations', () => {
  it('tells each relation from this side, with a link to the other certificate named by its type', async () => {
    renderIn(
      <CertificateRelations
        certificate={certificate({
          relations: [
            // Signed late in the evening of 30 September UTC: 1 October in Stockholm.
            relation({ kind: 'renews', direction: 'parent' }),
            relation({ kind: 'complements', direction: 'child', certificateId: 'z', status: 'draft', signedAt: null }),
            relation({ kind: 'createdFrom', direction: 'child', type: 'ag7804', status: 'draft', signedAt: null }),
            relation({ kind: 'replaces', direction: 'child', certificateId: 'y', status: 'revoked' }),
          ],
        })}
      />,
    );
    await waitFor(() => expect(items()[2]).toContain('arbetsgivaren'));
    expect(items()).toEqual([
      'Det här intyget förnyar intyget Läkarintyg för sjukpenning (signerat 2025-10-01).',
      'Det här intyget kompletteras av utkastet Läkarintyg för sjukpenning (skapat 2025-09-30).',
      'Det här intyget är underlag för utkastet Läkarintyg om arbetsförmåga – arbetsgivaren (skapat 2025-09-30).',
      'Det här intyget har ersatts av intyget Läkarintyg för sjukpenning (signerat 2025-10-01, makulerat).',
    ]);
    const link = screen.getByRole('link', { name: /^utkastet Läkarintyg för sjukpenning/ });
    expect(link.getAttribute('href')).toBe('/certificates/z');
  });

  it('speaks of a draft as a draft', () => {
    renderIn(
      <CertificateRelations
        certificate={certificate({ status: 'draft', relations: [relation({ kind: 'replaces' })] })}
      />,
    );
    expect(items()[0]).toMatch(/^Det här utkastet ersätter intyget /);
  });

  it('shows nothing without relations', () => {
    renderIn(<CertificateRelations certificate={certificate({})} />);
    expect(screen.queryByRole('list')).toBeNull();
  });
});

describe('the status card', () => {
  it('says prominently that a certificate is replaced, and by which', () => {
    const replacement = relation({ kind: 'replaces', direction: 'child', certificateId: 'new' });
    renderIn(
      <CertificateStatus
        certificate={certificate({ status: 'sent', relations: [replacement, relation({ kind: 'renews' })] })}
        compiled={compiled}
      />,
    );
    const card = screen.getByRole('region', { name: 'Intygets status' });
    expect(within(card).getByText('Ersatt', { exact: true })).toBeTruthy();
    const notice = within(card).getByRole('heading', { name: 'Intyget är ersatt' }).parentElement!;
    expect(within(notice).getByRole('link').getAttribute('href')).toBe('/certificates/new');
    // The replacement is not listed a second time among the relations.
    expect(items()).toHaveLength(1);
  });

  it('says when and why a certificate was revoked, and that its recipient is told', () => {
    renderIn(
      <CertificateStatus
        certificate={certificate({
          status: 'revoked',
          sending: {
            recipientId: 'FKASSA',
            requestedAt: '',
            requestedBy: '',
            state: 'delivered',
            deliveredAt: '2025-10-01T08:05:00.000Z',
          },
          revocation: {
            at: '2025-10-02T08:00:00.000Z',
            by: { userId: 'u', hsaId: 'h', name: 'Ajla Doktor' },
            reason: 'ANNAT_ALLVARLIGT_FEL',
            message: 'Fel diagnoskod.',
          },
        })}
        compiled={compiled}
      />,
    );
    const card = screen.getByRole('region', { name: 'Intygets status' });
    expect(within(card).getByText('Makulerat', { exact: true })).toBeTruthy();
    expect(card.textContent).toContain(
      'Intyget är makuleratMakulerat 2025-10-02 10:00 av Ajla Doktor. Anledning: Annat allvarligt fel.' +
        'Förklaring: Fel diagnoskod.Försäkringskassan får besked om makuleringen.',
    );
  });

  it('explains why a draft is locked', () => {
    renderIn(
      <CertificateStatus certificate={certificate({ status: 'lockedDraft', signedAt: null })} compiled={compiled} />,
    );
    const card = screen.getByRole('region', { name: 'Intygets status' });
    expect(within(card).getByText('Låst utkast', { exact: true })).toBeTruthy();
    expect(card.textContent).toContain('Utkast som inte signeras inom 14 dagar låses.');
  });
});
