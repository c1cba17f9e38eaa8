// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileModel, type CertificateModel } from '@intyg/core';
import { codes, modelWith, periods, text } from '../../../core/src/test-support/model-with.js';
import type { CertificateResponse } from '../api/types.js';
import { I18nProvider } from '../i18n/i18n.js';
import { stubFetch, type StubAnswer, type StubRequest } from '../test-support/stub-fetch.js';
import { CertificateActions } from './CertificateActions.js';

const model: CertificateModel = {
  ...modelWith(text('1', { label: 'Intyget är baserat på', includeWhenRenewing: false }), codes, {
    ...periods,
    includeWhenRenewing: false,
  }),
  recipient: { id: 'FKASSA', name: 'Försäkringskassan' },
  createsDraftsOf: ['ag7804'],
};
const compiled = compileModel(model);
const ID = '0b6f7a1e-2222-4c1e-9d1e-0d1e2f3a4b5c';
const TYPES = [
  { type: 'lisjp', version: '2.0', canCreateDraft: true, name: 'Läkarintyg för sjukpenning', formId: 'FK 7804' },
  {
    type: 'ag7804',
    version: '2.0',
    canCreateDraft: true,
    name: 'Läkarintyg om arbetsförmåga – arbetsgivaren',
    formId: 'AG7804',
  },
];
const ACTION_IDS = ['send', 'renew', 'replace', 'copy', 'createDraftFrom', 'revoke', 'delete', 'complement', 'print'];

function certificate(allowed: readonly string[], extra: Partial<CertificateResponse> = {}): CertificateResponse {
  return {
    id: ID,
    type: 'lisjp',
    version: '2.0',
    status: 'signed',
    revision: 3,
    signedAt: '2025-10-01T08:00:00.000Z',
    relations: [],
    actions: ACTION_IDS.map((id) => ({ id, allowed: allowed.includes(id), reasons: [] })),
    ...extra,
  } as unknown as CertificateResponse;
}

const refused = (sv: string): StubAnswer => ({
  status: 403,
  body: { code: 'ACTION_NOT_ALLOWED', message: sv, details: { reasons: [{ code: 'x', message: { sv, en: sv } }] } },
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The bar on a page that keeps the certificate as the bar hands it back; refusals are recorded. */
function renderBar(initial: CertificateResponse, onRefused: (error: unknown) => void = () => undefined) {
  function Page() {
    const [current, setCurrent] = useState(initial);
    return (
      <CertificateActions certificate={current} compiled={compiled} onChanged={setCurrent} onRefused={onRefused}>
        <a href="/pdf">Skriv ut</a>
      </CertificateActions>
    );
  }
  render(
    <I18nProvider>
      <MemoryRouter initialEntries={[`/certificates/${ID}`]}>
        <Routes>
          <Route path={`/certificates/${ID}`} element={<Page />} />
          <Route path="/certificates/:id" element={<p>Det nya utkastet</p>} />
          <Route path="/" element={<p>Startsidan</p>} />
        </Routes>
      </MemoryRouter>
    </I18nProvider>,
  );
}

/** The server: the type list, and whatever `answer` says of the rest; every request but the type list is recorded. */
function server(
  requests: { url: string; request: StubRequest }[],
  answer: (url: URL, request: StubRequest) => StubAnswer,
) {
  stubFetch((url, request) => {
    if (url.pathname === '/api/certificate-types') return { body: { items: TYPES } };
    requests.push({ url: `${url.pathname}${url.search}`, request });
    return answer(url, request);
  });
}

const bar = () => screen.getByRole('group', { name: 'Åtgärder för intyget' });
const buttonNames = () =>
  within(bar())
    .queryAllByRole('button')
    .map((button) => button.textContent);

describe('the action bar', () => {
  it('offers exactly the actions the server allows, named from the model and the type list', async () => {
    server([], () => ({ status: 500, body: {} }));
    renderBar(certificate(['send', 'renew', 'createDraftFrom', 'revoke']));
    await within(bar()).findByRole('button', { name: 'Skapa AG7804' });
    expect(buttonNames()).toEqual(['Skicka till Försäkringskassan', 'Förnya', 'Skapa AG7804', 'Makulera']);
    expect(within(bar()).getByRole('link', { name: 'Skriv ut' })).toBeTruthy();

    cleanup();
    renderBar(certificate(['delete', 'print'], { status: 'draft' }));
    expect(buttonNames()).toEqual(['Radera utkast']);
  });

  it('sends only once the patient has agreed, then follows the sending until the recipient has it', async () => {
    const requests: { url: string; request: StubRequest }[] = [];
    let polls = 0;
    let reads = 0;
    server(requests, (url, request) => {
      if (request.method === 'POST') {
        return {
          status: 202,
          body: certificate([], {
            revision: 4,
            sending: { recipientId: 'FKASSA', requestedAt: '', requestedBy: '', state: 'pending' },
          }),
        };
      }
      if (url.pathname.endsWith('/send')) {
        return {
          body: {
            recipient: { id: 'FKASSA', name: 'Försäkringskassan' },
            notes: [{ text: 'Om sjukperioden är kortare än 15 dagar…', items: ['egenföretagare', 'arbetssökande'] }],
          },
        };
      }
      if (url.pathname.endsWith('/sending')) {
        polls += 1;
        // The first poll finds it still pending, the second delivered.
        return polls === 1
          ? { body: { revision: 4, status: 'signed', state: 'pending' } }
          : { body: { revision: 5, status: 'sent', state: 'delivered' } };
      }
      reads += 1;
      return {
        body: certificate(['renew'], {
          revision: 5,
          status: 'sent',
          sending: {
            recipientId: 'FKASSA',
            requestedAt: '',
            requestedBy: '',
            state: 'delivered',
            deliveredAt: '2025-10-01T10:05:00.000Z',
          },
        }),
      };
    });
    renderBar(certificate(['send', 'renew']));
    expect(screen.getByRole('status').textContent).toBe('');

    fireEvent.click(screen.getByRole('button', { name: 'Skicka till Försäkringskassan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Skicka intyget till Försäkringskassan' });
    await within(dialog).findByText('Om sjukperioden är kortare än 15 dagar…');
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['egenföretagare', 'arbetssökande']);
    const send = within(dialog).getByRole('button', { name: 'Skicka' }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    fireEvent.click(send);
    expect(requests.filter((r) => r.request.method === 'POST')).toEqual([]);

    fireEvent.click(
      within(dialog).getByRole('checkbox', {
        name: 'Patienten samtycker till att intyget skickas till Försäkringskassan',
      }),
    );
    expect(send.disabled).toBe(false);
    fireEvent.click(send);

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(requests.find((r) => r.request.method === 'POST')).toEqual({
      url: `/api/certificates/${ID}/send`,
      request: { method: 'POST', body: { revision: 3, patientConsent: true } },
    });
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Skickas till Försäkringskassan…');
    expect(screen.queryByRole('button', { name: /^Skicka/ })).toBeNull();
    // Polled about once a second: unchanged at first, then delivered (shown in Stockholm time). Only the changed
    // certificate is read (a logged read); the polls ask for its progress alone.
    await waitFor(() => expect(status.textContent).toBe('Skickat till Försäkringskassan 2025-10-01 12:05'), {
      timeout: 4000,
    });
    expect([polls, reads]).toEqual([2, 1]);
    expect(requests.filter((r) => r.request.method === 'GET').map((r) => r.url)).toEqual([
      `/api/certificates/${ID}/send`,
      `/api/certificates/${ID}/sending`,
      `/api/certificates/${ID}/sending`,
      `/api/certificates/${ID}`,
    ]);
  });

  it("shows the recipient's words when it refused the certificate, and offers to send it again", () => {
    server([], () => ({ status: 500, body: {} }));
    renderBar(
      certificate(['send'], {
        sending: {
          recipientId: 'FKASSA',
          requestedAt: '',
          requestedBy: '',
          state: 'failed',
          error: 'Diagnoskoden är okänd.',
        },
      }),
    );
    expect(screen.getByRole('status').textContent).toBe(
      'Försäkringskassan tog inte emot intyget. Mottagarens svar: Diagnoskoden är okänd.',
    );
    expect(buttonNames()).toEqual(['Skicka igen']);
  });

  it('revokes only with a reason and an explanation', async () => {
    const requests: { url: string; request: StubRequest }[] = [];
    server(requests, () => ({
      body: certificate([], {
        status: 'revoked',
        revocation: {
          at: '2025-10-02T08:00:00.000Z',
          by: { userId: 'u', hsaId: 'h', name: 'Ajla Doktor' },
          reason: 'FEL_PATIENT',
          message: 'Fel person.',
        },
      }),
    }));
    renderBar(certificate(['revoke']));
    fireEvent.click(screen.getByRole('button', { name: 'Makulera' }));
    const dialog = screen.getByRole('dialog', { name: 'Makulera intyget' });
    const confirm = within(dialog).getByRole('button', { name: 'Makulera' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);

    fireEvent.click(within(dialog).getByRole('radio', { name: 'Intyget har utfärdats på fel patient' }));
    expect(confirm.disabled).toBe(true);
    const explanation = within(dialog).getByRole('textbox', { name: /Förklara vad som är fel/ });
    fireEvent.change(explanation, { target: { value: '   ' } });
    expect(confirm.disabled).toBe(true);
    fireEvent.change(explanation, { target: { value: ' Fel person. ' } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(requests).toEqual([
      {
        url: `/api/certificates/${ID}/revoke`,
        request: { method: 'POST', body: { revision: 3, reason: 'FEL_PATIENT', message: 'Fel person.' } },
      },
    ]);
    expect(screen.queryByRole('button', { name: 'Makulera' })).toBeNull();
  });

  it('names the questions renewing leaves out, then opens the new draft', async () => {
    const requests: { url: string; request: StubRequest }[] = [];
    server(requests, () => ({ status: 201, body: certificate([], { id: 'new-draft', status: 'draft' }) }));
    renderBar(certificate(['renew']));
    fireEvent.click(screen.getByRole('button', { name: 'Förnya' }));
    const dialog = screen.getByRole('dialog', { name: 'Förnya intyget' });
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Intyget är baserat på', 'Nedsättning']);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Förnya' }));
    await screen.findByText('Det nya utkastet');
    expect(requests.map((r) => r.url)).toEqual([`/api/certificates/${ID}/renew`]);
  });

  it('deletes a draft after confirmation and goes to the start page', async () => {
    const requests: { url: string; request: StubRequest }[] = [];
    server(requests, () => ({ status: 204, body: null }));
    renderBar(certificate(['delete'], { status: 'draft', revision: 7 }));
    fireEvent.click(screen.getByRole('button', { name: 'Radera utkast' }));
    const dialog = screen.getByRole('dialog', { name: 'Radera utkastet' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(requests).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Radera utkast' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Radera' }));
    await screen.findByText('Startsidan');
    expect(requests.map((r) => [r.request.method, r.url])).toEqual([['DELETE', `/api/certificates/${ID}?revision=7`]]);
  });

  it('hands a refusal by the server to the page and closes the dialog; other errors stay in the dialog', async () => {
    const refusals: unknown[] = [];
    let answer: StubAnswer = { status: 500, body: { code: 'INTERNAL', message: 'Boom' } };
    server([], () => answer);
    renderBar(certificate(['replace']), (error) => refusals.push(error));
    fireEvent.click(screen.getByRole('button', { name: 'Ersätt' }));
    const dialog = screen.getByRole('dialog', { name: 'Ersätt intyget' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ersätt' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'Ett fel uppstod i tjänsten. Försök igen om en stund.',
    );
    expect(refusals).toEqual([]);

    answer = refused('Intyget är ersatt av ett annat intyg.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ersätt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(refusals).toHaveLength(1);
  });
});
