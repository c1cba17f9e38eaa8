/**
 * The recipients' web page: `GET /` (what arrived, per recipient), `GET /{recipientId}/certificates/{id}` (one
 * certificate, its messages and the form) and `POST /{recipientId}/certificates/{id}/messages` (the form,
 * url-encoded). A stored message redirects back (POST-redirect-GET); a form with problems is shown again,
 * 400, with every problem and what was entered, and nothing stored. Posts from another site are refused.
 */
import { stockholmDate } from '@intyg/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CareSender } from '../care/care-sender.js';
import { storeMessageToCare } from '../care/message-to-care.js';
import type { SimulatedRecipient } from '../config.js';
import type { CertificateStore } from '../store/certificate-store.js';
import type { MessageStore } from '../store/message-store.js';
import { certificatePage, reminderCandidatesOf } from './certificate-page.js';
import { esc, layout } from './html.js';
import { EMPTY_FORM, formFields, readMessageForm, type FormError, type MessageFormValues } from './message-form.js';
import { certificatePath, overviewPage } from './overview-page.js';
import { questionsOf } from './questions.js';
import { sameOrigin } from './same-origin.js';

export interface PageDeps {
  readonly recipients: readonly SimulatedRecipient[];
  readonly certificates: CertificateStore;
  readonly messages: MessageStore;
  readonly sender: CareSender;
  readonly now: () => Date;
}

/** The most certificates and messages per recipient the start page lists. */
const SHOWN = 100;
const FORM_BODY_LIMIT = 128 * 1024;
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

type CertificateParams = { Params: { recipientId: string; certificateId: string } };

export function pageRoutes(deps: PageDeps) {
  return async (app: FastifyInstance) => {
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
      (_request, body, done) => done(null, body),
    );

    // The page loads nothing from elsewhere, runs no script and is framed by no one.
    app.addHook('onSend', async (_request, reply) => {
      reply.header('content-security-policy', CSP);
      reply.header('x-content-type-options', 'nosniff');
      // Not no-referrer: under it a browser posts the form with `Origin: null`, which same-origin.ts refuses.
      reply.header('referrer-policy', 'same-origin');
      reply.header('x-frame-options', 'DENY');
    });

    app.get('/', async (_request, reply) => {
      const overviews = deps.recipients.map((recipient) => ({
        recipient,
        certificates: deps.certificates.list({ recipientId: recipient.id }, SHOWN),
        total: deps.certificates.count(recipient.id),
        messages: deps.messages.list({ recipientId: recipient.id }, { limit: SHOWN, newestFirst: true }),
      }));
      return html(reply, 200, overviewPage(overviews));
    });

    app.get<CertificateParams & { Querystring: { stored?: string } }>(
      '/:recipientId/certificates/:certificateId',
      async (request, reply) => {
        const found = find(deps, request.params);
        if (found === undefined) return notFound(reply);
        const page = renderCertificate(deps, found, { values: EMPTY_FORM, errors: [] }, request.query.stored === '1');
        return html(reply, 200, page);
      },
    );

    app.post<CertificateParams>('/:recipientId/certificates/:certificateId/messages', async (request, reply) => {
      if (!sameOrigin(request)) {
        return html(reply, 403, layout('Förfrågan avvisades', '<p>Formuläret skickades från en annan webbplats.</p>'));
      }
      const found = find(deps, request.params);
      if (found === undefined) return notFound(reply);
      const { recipient, certificate } = found;
      if (!recipient.messaging || certificate.revokedAt !== null) {
        return html(reply, 409, renderCertificate(deps, found, { values: EMPTY_FORM, errors: [] }, false));
      }
      const now = deps.now();
      const messages = deps.messages.list({ recipientId: recipient.id, certificateId: certificate.certificateId });
      const form = readMessageForm(formFields(bodyOf(request)), {
        questions: questionsOf(certificate.type, certificate.version),
        reminderCandidates: reminderCandidatesOf(messages).map((message) => message.messageId),
        today: stockholmDate(now),
      });
      if (!form.ok) return html(reply, 400, renderCertificate(deps, found, form, false));
      storeMessageToCare(deps.messages, recipient, certificate, form.input, now);
      deps.sender.wake();
      return reply.redirect(`${certificatePath(recipient.id, certificate.certificateId)}?stored=1`, 303);
    });
  };
}

function find(deps: PageDeps, params: CertificateParams['Params']) {
  const recipient = deps.recipients.find((candidate) => candidate.id === params.recipientId);
  if (recipient === undefined) return undefined;
  const certificate = deps.certificates.list({ recipientId: recipient.id, certificateId: params.certificateId })[0];
  return certificate === undefined ? undefined : { recipient, certificate };
}

function renderCertificate(
  deps: PageDeps,
  { recipient, certificate }: NonNullable<ReturnType<typeof find>>,
  form: { values: MessageFormValues; errors: readonly FormError[] },
  stored: boolean,
): string {
  return certificatePage({
    recipient,
    certificate,
    messages: deps.messages.list({ recipientId: recipient.id, certificateId: certificate.certificateId }),
    questions: questionsOf(certificate.type, certificate.version),
    form,
    stored,
  });
}

function bodyOf(request: FastifyRequest): string {
  return typeof request.body === 'string' ? request.body : '';
}

function html(reply: FastifyReply, status: number, page: string): FastifyReply {
  return reply.status(status).type('text/html; charset=utf-8').send(page);
}

function notFound(reply: FastifyReply): FastifyReply {
  return html(
    reply,
    404,
    layout(
      'Intyget hittades inte',
      `<p>Mottagaren har inget sådant intyg. <a href="/">${esc('Till startsidan')}</a></p>`,
    ),
  );
}
