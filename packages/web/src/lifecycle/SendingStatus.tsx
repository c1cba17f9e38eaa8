import type { CompiledModel } from '@intyg/core';
import type { CertificateResponse } from '../api/types.js';
import { useI18n, type Translate } from '../i18n/i18n.js';
import { formatInstant } from '../format.js';

/** The recipient's name as the model knows it, else its id. */
export function recipientName(certificate: CertificateResponse, compiled: CompiledModel): string {
  const recipient = compiled.model.recipient;
  const id = certificate.sending?.recipientId ?? recipient?.id;
  return recipient && recipient.id === id ? recipient.name : (id ?? '');
}

function sendingText(t: Translate, language: string, certificate: CertificateResponse, recipient: string): string {
  const { sending } = certificate;
  switch (sending?.state) {
    case 'pending':
      return t('send.state.pending', { recipient });
    case 'delivered':
      return t('send.state.delivered', { recipient, time: formatInstant(sending.deliveredAt, language) });
    case 'failed':
      return sending.error
        ? t('send.state.failedReason', { recipient, error: sending.error })
        : t('send.state.failed', { recipient });
    default:
      return '';
  }
}

/**
 * Where the certificate's sending stands, as a polite live region that is always there, so that each change
 * ("Skickas till …", "Skickat till … 2025-10-01 10:00", or the recipient's refusal) is announced when it comes.
 */
export function SendingStatus({ certificate, recipient }: { certificate: CertificateResponse; recipient: string }) {
  const { t, language } = useI18n();
  const state = certificate.sending?.state;
  return (
    <p role="status" className={`sending-status${state ? ` sending-status--${state}` : ''}`}>
      {sendingText(t, language, certificate, recipient)}
    </p>
  );
}
