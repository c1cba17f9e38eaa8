// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileModel, type CertificateModel } from '@intyg/core';
import { kitchenSinkModel } from '../../../core/src/test-support/kitchen-sink-model.js';
import type { MessageBody, ThreadBody } from '../api/messages.js';
import type { CertificateResponse } from '../api/types.js';
import { I18nProvider } from '../i18n/i18n.js';
import { stubFetch, type StubRequest } from '../test-support/stub-fetch.js';
import { MessagePanel } from './MessagePanel.js';

const model: CertificateModel = {
  ...kitchenSinkModel,
  recipient: { id: 'FKASSA', name: 'Försäkringskassan' },
  messages: { questionSubjects: ['AVSTMN', 'KONTKT', 'OVRIGT'] },
};
const CERTIFICATE_ID = '3f1c6a52-1111-4c1e-9d1e-0d1e2f3a4b5c';

const certificate = {
  id: CERTIFICATE_ID,
  status: 'sent',
  actions: [{ id: 'answerMessage', allowed: true, reasons: [] }],
  relations: [],
} as unknown as CertificateResponse;

const message = (overrides: Partial<MessageBody>): MessageBody => ({
  id: 'm',
  direction: 'fromRecipient',
  subject: 'KONTKT',
  heading: 'Kontakt',
  text: 'Ring oss.',
  referenceId: null,
  sentBy: { id: 'FKASSA', name: 'Försäkringskassan', contactInfo: [] },
  sentAt: '2025-10-01T07:00:00.000Z',
  createdAt: '2025-10-01T07:00:05.000Z',
  lastReplyDate: null,
  sendState: null,
  answeredAt: null,
  handledAt: null,
  complementedBy: null,
  complementQuestions: [],
  ...overrides,
});
const actions = (...allowed: string[]): ThreadBody['actions'] =>
  (['answer', 'cannotComplement', 'complement', 'markHandled', 'markUnhandled'] as const).map((id) => ({
    id,
    allowed: allowed.includes(id),
    reasons: [],
  }));

const komplt: ThreadBody = {
  id: 'k1',
  question: message({
    id: 'k1',
    subject: 'KOMPLT',
    heading: 'Komplettering',
    text: 'Vi behöver mer underlag.',
    lastReplyDate: '2025-10-20',
    complementQuestions: [
      { questionId: '1', instance: null, text: 'Ange grunden.', elementId: '1', label: 'Grund för intyget' },
      { questionId: '99', instance: null, text: 'Okänd fråga.', elementId: null, label: null },
    ],
  }),
  answer: null,
  reminders: [message({ id: 'p1', subject: 'PAMINN', heading: null, text: 'Påminnelse om kompletteringen.' })],
  handled: false,
  actions: actions('complement', 'cannotComplement', 'markHandled'),
};
const kontakt: ThreadBody = {
  id: 'q1',
  question: message({ id: 'q1' }),
  answer: null,
  reminders: [],
  handled: false,
  actions: actions('answer', 'markHandled'),
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderPanel(withModel: CertificateModel = model) {
  render(
    <I18nProvider>
      <MemoryRouter initialEntries={[`/certificates/${CERTIFICATE_ID}`]}>
        <Routes>
          <Route
            path={`/certificates/${CERTIFICATE_ID}`}
            element={
              <>
                <MessagePanel certificate={certificate} compiled={compileModel(withModel)} />
                <div id="ans-1">Svaret på fråga 1</div>
              </>
            }
          />
          <Route path="/certificates/:id" element={<p>Kompletteringsutkastet</p>} />
        </Routes>
      </MemoryRouter>
    </I18nProvider>,
  );
}

/** The server: the threads, and what each write answers; every write is recorded. */
function server(writes: { url: string; request: StubRequest }[], answers: Record<string, unknown> = {}) {
  stubFetch((url, request) => {
    if (request.method === 'GET') return { body: { items: [komplt, kontakt] } };
    writes.push({ url: url.pathname, request });
    const answer = answers[url.pathname];
    return answer === undefined ? { status: 500, body: {} } : { status: 201, body: answer };
  });
}

describe('the message panel', () => {
  it('shows each thread with its questions linked into the certificate, its reminders and its actions', async () => {
    server([]);
    renderPanel();
    const request = await screen.findByRole('article', { name: 'Komplettering: Komplettering' });
    const link = within(request).getByRole('link', { name: 'Fråga 1: Grund för intyget' });
    expect(link.getAttribute('href')).toBe('#ans-1');
    fireEvent.click(link);
    expect(document.activeElement?.id).toBe('ans-1');
    expect(within(request).getByText('Fråga 99')).toBeTruthy();
    expect(within(request).getByText('Svara senast 2025-10-20')).toBeTruthy();
    expect(within(request).getByText('Påminnelse om kompletteringen.')).toBeTruthy();
    expect(within(request).getByRole('button', { name: 'Komplettera' })).toBeTruthy();
    expect(within(request).queryByRole('button', { name: 'Svara' })).toBeNull();
    const question = screen.getByRole('article', { name: 'Kontakt: Kontakt' });
    expect(within(question).getByText('Ej hanterad')).toBeTruthy();
    expect(within(question).queryByRole('button', { name: 'Komplettera' })).toBeNull();
  });

  it('answers a question: the form takes focus, the answer is sent and the thread shows it', async () => {
    const writes: { url: string; request: StubRequest }[] = [];
    const answered: ThreadBody = {
      ...kontakt,
      handled: true,
      answer: message({ id: 'a1', direction: 'fromCare', subject: 'SVAR', text: 'Vi ringer i morgon.' }),
      actions: actions('markUnhandled'),
    };
    server(writes, { [`/api/certificates/${CERTIFICATE_ID}/messages/q1/answer`]: answered });
    renderPanel();
    const question = await screen.findByRole('article', { name: 'Kontakt: Kontakt' });
    fireEvent.click(within(question).getByRole('button', { name: 'Svara' }));
    const text = within(question).getByLabelText('Ditt svar till Försäkringskassan');
    expect(document.activeElement).toBe(text);
    fireEvent.change(text, { target: { value: '  Vi ringer i morgon. ' } });
    fireEvent.click(within(question).getByRole('button', { name: 'Skicka svar' }));

    expect(await screen.findByText('Svaret har sparats och skickas till mottagaren.')).toBeTruthy();
    expect(writes).toEqual([
      {
        url: `/api/certificates/${CERTIFICATE_ID}/messages/q1/answer`,
        request: { method: 'POST', body: { text: 'Vi ringer i morgon.' } },
      },
    ]);
    expect(within(question).getByText('Vi ringer i morgon.')).toBeTruthy();
    expect(within(question).getByText('Hanterad')).toBeTruthy();
    expect(within(question).getByRole('button', { name: 'Markera som ej hanterad' })).toBeTruthy();
  });

  it("says why the server refused, in the user's language", async () => {
    stubFetch((_url, request) =>
      request.method === 'GET'
        ? { body: { items: [kontakt] } }
        : {
            status: 409,
            body: {
              code: 'MESSAGE_ALREADY_ANSWERED',
              message: 'x',
              details: {
                reasons: [{ code: 'alreadyAnswered', message: { sv: 'Frågan är redan besvarad.', en: 'x' } }],
              },
            },
          },
    );
    renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Markera som hanterad' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Frågan är redan besvarad.');
  });

  it('complements by a new draft and opens it; "kan ej komplettera" sends a text', async () => {
    const writes: { url: string; request: StubRequest }[] = [];
    server(writes, {
      [`/api/certificates/${CERTIFICATE_ID}/messages/k1/cannot-complement`]: {
        ...komplt,
        handled: true,
        actions: actions(),
      },
      [`/api/certificates/${CERTIFICATE_ID}/complement`]: { id: 'draft-1' },
    });
    renderPanel();
    const request = await screen.findByRole('article', { name: 'Komplettering: Komplettering' });
    fireEvent.click(within(request).getByRole('button', { name: 'Kan ej komplettera' }));
    fireEvent.change(within(request).getByLabelText(/varför intyget inte kan kompletteras/), {
      target: { value: 'Ingen ny undersökning är gjord.' },
    });
    fireEvent.click(within(request).getByRole('button', { name: 'Skicka svar' }));
    expect(await screen.findByText(/begäran om komplettering är hanterad/)).toBeTruthy();
    expect(writes[0]?.request.body).toEqual({ text: 'Ingen ny undersökning är gjord.' });

    cleanup();
    server(writes, { [`/api/certificates/${CERTIFICATE_ID}/complement`]: { id: 'draft-1' } });
    renderPanel();
    fireEvent.click(await screen.findByRole('button', { name: 'Komplettera' }));
    expect(await screen.findByText('Kompletteringsutkastet')).toBeTruthy();
    expect(writes.at(-1)?.url).toBe(`/api/certificates/${CERTIFICATE_ID}/complement`);
  });

  it('asks a new question about a subject the model offers', async () => {
    const writes: { url: string; request: StubRequest }[] = [];
    const asked: ThreadBody = {
      id: 'n1',
      question: message({ id: 'n1', direction: 'fromCare', subject: 'AVSTMN', heading: 'Möte', sendState: 'pending' }),
      answer: null,
      reminders: [],
      handled: false,
      actions: actions('markHandled'),
    };
    server(writes, { [`/api/certificates/${CERTIFICATE_ID}/messages`]: asked });
    renderPanel();
    const form = await screen.findByRole('region', { name: 'Ny fråga till Försäkringskassan' });
    const send = within(form).getByRole('button', { name: 'Skicka fråga' });
    expect((send as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(within(form).getByLabelText('Ämne'), { target: { value: 'AVSTMN' } });
    fireEvent.change(within(form).getByLabelText('Rubrik'), { target: { value: 'Möte' } });
    fireEvent.change(within(form).getByLabelText('Meddelande'), { target: { value: 'Förslag: tisdag.' } });
    fireEvent.click(send);
    await waitFor(() =>
      expect(writes[0]?.request.body).toEqual({ subject: 'AVSTMN', heading: 'Möte', text: 'Förslag: tisdag.' }),
    );
    expect(await screen.findByRole('article', { name: 'Avstämningsmöte: Möte' })).toBeTruthy();
    expect(screen.getByText('Skickas till mottagaren…')).toBeTruthy();
  });

  it('is not shown for a type that exchanges no messages', () => {
    stubFetch(() => ({ body: { items: [] } }));
    renderPanel({ ...model, messages: undefined });
    expect(screen.queryByRole('heading', { name: 'Ärenden' })).toBeNull();
  });
});
