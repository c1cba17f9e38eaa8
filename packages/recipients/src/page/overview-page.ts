/**
 * The start page: per simulated recipient, the certificates that arrived (newest first) and the messages
 * exchanged with care. Each certificate links to its own page, where a message to care is written.
 */
import { formatPersonId } from '@intyg/core';
import type { SimulatedRecipient } from '../config.js';
import type { StoredCertificate } from '../store/certificate-store.js';
import type { StoredMessage } from '../store/message-store.js';
import { esc, layout, localTime, table } from './html.js';
import { directionName, statusText, subjectName, typeName } from './labels.js';

export interface RecipientOverview {
  readonly recipient: SimulatedRecipient;
  /** Newest first, at most what the page shows. */
  readonly certificates: readonly StoredCertificate[];
  /** How many the recipient holds in all. */
  readonly total: number;
  /** Newest first. */
  readonly messages: readonly StoredMessage[];
}

export const certificatePath = (recipientId: string, certificateId: string) =>
  `/${encodeURIComponent(recipientId)}/certificates/${encodeURIComponent(certificateId)}`;

export function overviewPage(overviews: readonly RecipientOverview[]): string {
  const navigation = overviews
    .map(({ recipient }) => `<li><a href="#${esc(recipient.id)}">${esc(recipient.name)}</a></li>`)
    .join('');
  return layout(
    'Mottagna intyg och ärenden',
    `<p>Den här tjänsten spelar mottagarnas egna system i testmiljön: den tar emot intyg, makuleringar och frågor
från vården enligt de nationella tjänstekontrakten och skickar frågor och kompletteringsbegäranden tillbaka.</p>
<nav aria-label="Mottagare"><ul>${navigation}</ul></nav>
${overviews.map(recipientSection).join('\n')}`,
  );
}

function recipientSection({ recipient, certificates, total, messages }: RecipientOverview): string {
  const types = [...new Set(recipient.types)].join(', ');
  const rows = certificates.map((certificate) => [
    `<a href="${esc(certificatePath(recipient.id, certificate.certificateId))}">${esc(typeName(certificate.type, certificate.version))}</a>`,
    esc(certificate.certificateId),
    esc(formatPersonId(certificate.patientPersonId)),
    esc(localTime(certificate.receivedAt)),
    certificate.revokedAt === null
      ? 'Giltigt'
      : `<span class="revoked">Makulerat ${esc(localTime(certificate.revokedAt))}</span>`,
  ]);
  const certificateTable =
    rows.length === 0
      ? '<p>Inga intyg har kommit in ännu.</p>'
      : table(
          `Intyg som kommit in till ${recipient.name}, senaste först`,
          ['Intyg', 'Intygs-id', 'Patient', 'Mottaget', 'Status'],
          rows,
        ) + (total > certificates.length ? `<p>Visar de ${certificates.length} senaste av ${total}.</p>` : '');
  return `<section aria-labelledby="${esc(recipient.id)}">
<h2 id="${esc(recipient.id)}">${esc(recipient.name)} (${esc(recipient.id)})</h2>
<p class="muted">Tar emot intygstyperna ${esc(types)} på <code>/${esc(recipient.id)}/RegisterCertificate/3</code>.</p>
${certificateTable}
${recipient.messaging ? messageTable(recipient, messages) : `<p>${esc(recipient.name)} utbyter inga ärenden med vården elektroniskt.</p>`}
</section>`;
}

function messageTable(recipient: SimulatedRecipient, messages: readonly StoredMessage[]): string {
  if (messages.length === 0) return '<p>Inga ärenden med vården ännu.</p>';
  return table(
    `Ärenden mellan ${recipient.name} och vården, senaste först`,
    ['Tid', 'Riktning', 'Typ', 'Rubrik', 'Intyg', 'Status'],
    messages.map((message) => [
      esc(localTime(message.createdAt)),
      esc(directionName(message)),
      esc(subjectName(message.subject)),
      esc(message.heading ?? ''),
      `<a href="${esc(certificatePath(recipient.id, message.certificateId))}">${esc(message.certificateId)}</a>`,
      esc(statusText(message)),
    ]),
  );
}
