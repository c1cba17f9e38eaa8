/**
 * One certificate at a recipient: what arrived, the messages exchanged with care about it (oldest first), and
 * the form for a new message to care, unless the certificate is revoked or the recipient exchanges none.
 */
import { formatPersonId } from '@intyg/core';
import type { SimulatedRecipient } from '../config.js';
import type { StoredCertificate } from '../store/certificate-store.js';
import type { StoredMessage } from '../store/message-store.js';
import { esc, layout, localTime, table } from './html.js';
import { directionName, statusText, subjectName, typeName } from './labels.js';
import type { FormError, MessageFormValues } from './message-form.js';
import { messageFormHtml } from './message-form-view.js';
import { certificatePath } from './overview-page.js';
import type { CertificateQuestion } from './questions.js';

export interface CertificatePageData {
  readonly recipient: SimulatedRecipient;
  readonly certificate: StoredCertificate & { readonly receipts: number };
  /** Oldest first. */
  readonly messages: readonly StoredMessage[];
  readonly questions: readonly CertificateQuestion[];
  readonly form: { readonly values: MessageFormValues; readonly errors: readonly FormError[] };
  /** Whether a message was just stored (after the redirect). */
  readonly stored: boolean;
}

export function certificatePage(data: CertificatePageData): string {
  const { recipient, certificate, messages } = data;
  const name = typeName(certificate.type, certificate.version);
  const facts: [string, string][] = [
    ['Mottagare', `${recipient.name} (${recipient.id})`],
    ['Intygs-id', certificate.certificateId],
    ['Intygstyp', `${name} (${certificate.type} ${certificate.version})`],
    ['Patient', formatPersonId(certificate.patientPersonId)],
    ['Utfärdat av', `${certificate.issuerName}, ${certificate.unitName}`],
    ['Signerat', certificate.signedAt.replace('T', ' ')],
    ['Mottaget', localTime(certificate.receivedAt)],
    ['Antal mottagningar', String(certificate.receipts)],
  ];
  const revoked =
    certificate.revokedAt === null
      ? ''
      : `<p class="revoked">Intyget makulerades ${esc(localTime(certificate.revokedAt))}` +
        `${certificate.revokeReason ? `: ${esc(certificate.revokeReason)}` : '.'}</p>`;
  const notice = data.stored
    ? '<div class="notice" role="status"><p>Meddelandet är sparat och skickas till vården.</p></div>'
    : '';
  return layout(
    name,
    `${notice}<section aria-labelledby="facts-title"><h2 id="facts-title">Intyget</h2>
<dl>${facts.map(([term, value]) => `<dt>${esc(term)}</dt><dd>${esc(value)}</dd>`).join('')}</dl>${revoked}</section>
<section aria-labelledby="messages-title"><h2 id="messages-title">Ärenden</h2>
${messageList(messages)}</section>
${formSection(data)}`,
  );
}

function messageList(messages: readonly StoredMessage[]): string {
  if (messages.length === 0) return '<p>Inga ärenden om intyget ännu.</p>';
  return table(
    'Ärenden om intyget, äldst först',
    ['Tid', 'Riktning', 'Typ', 'Innehåll', 'Status'],
    messages.map((message) => {
      const complements = message.complements
        .map((complement) => `<li>Fråga ${esc(complement.questionId)}: ${esc(complement.text)}</li>`)
        .join('');
      const content = [
        message.heading ? `<strong>${esc(message.heading)}</strong>` : '',
        message.text ? `<p>${esc(message.text)}</p>` : '',
        complements ? `<ul>${complements}</ul>` : '',
        message.lastReplyDate ? `<p>Sista datum för svar: ${esc(message.lastReplyDate)}</p>` : '',
        message.inReplyTo ? `<p>Svar på ${esc(message.inReplyTo)}</p>` : '',
        message.reminderOf ? `<p>Påminnelse om ${esc(message.reminderOf)}</p>` : '',
        `<p class="muted">Från ${esc(message.sentBy)}; meddelande-id ${esc(message.messageId)}</p>`,
      ].join('');
      return [
        esc(localTime(message.createdAt)),
        esc(directionName(message)),
        esc(subjectName(message.subject)),
        content,
        esc(statusText(message)),
      ];
    }),
  );
}

/** The messages a reminder (PAMINN) may name: the recipient's own earlier messages to care, not reminders. */
export function reminderCandidatesOf(messages: readonly StoredMessage[]): StoredMessage[] {
  return messages.filter((message) => message.direction === 'toCare' && message.subject !== 'PAMINN');
}

function formSection(data: CertificatePageData): string {
  const { recipient, certificate } = data;
  const body = !recipient.messaging
    ? `<p>${esc(recipient.name)} utbyter inga ärenden med vården elektroniskt.</p>`
    : certificate.revokedAt !== null
      ? '<p>Intyget är makulerat; inga nya ärenden kan skickas om det.</p>'
      : messageFormHtml({
          action: `${certificatePath(recipient.id, certificate.certificateId)}/messages`,
          values: data.form.values,
          errors: data.form.errors,
          questions: data.questions,
          reminderCandidates: reminderCandidatesOf(data.messages).map((message) => ({
            messageId: message.messageId,
            label: `${subjectName(message.subject)} ${localTime(message.createdAt)}: ${message.heading ?? ''}`,
          })),
        });
  return `<section aria-labelledby="form-title"><h2 id="form-title">Skicka ett meddelande till vården</h2>
${body}</section>`;
}
