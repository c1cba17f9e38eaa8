import type { MessageKey } from './i18n/sv.js';
import type { Translate } from './i18n/i18n.js';
import type { CertificateResponse } from './api/types.js';

/** 191212121212 → 19121212-1212; anything else unchanged. */
export function formatPersonId(personId: string): string {
  return /^\d{12}$/.test(personId) ? `${personId.slice(0, 8)}-${personId.slice(8)}` : personId;
}

export function roleLabel(t: Translate, role: string): string {
  const key = `role.${role}` as MessageKey;
  const text = t(key);
  return text === key ? role : text;
}

/** An instant shown in Swedish health-care time, as the design asks (Europe/Stockholm). */
export function formatInstant(instant: string | null | undefined, language: string): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
    timeZone: 'Europe/Stockholm',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(date);
}

export function statusLabel(t: Translate, certificate: Pick<CertificateResponse, 'status' | 'complete'>): string {
  if (certificate.status === 'draft')
    return t(certificate.complete ? 'status.draftComplete' : 'status.draftIncomplete');
  return t(`status.${certificate.status}` as MessageKey);
}
