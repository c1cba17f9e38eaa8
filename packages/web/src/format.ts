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

/**
 * `text` cut to at most `limit` characters after the last whole word that fits, ending with "…" so that a
 * reader sees it goes on; whitespace runs count as one space. A long first word is cut inside instead.
 */
export function fitText(text: string, limit: number): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean.length <= limit) return clean;
  if (limit < 2) return clean.slice(0, Math.max(limit, 0));
  const room = clean.slice(0, limit - 1);
  const lastSpace = room.lastIndexOf(' ');
  const words = lastSpace > limit / 2 ? room.slice(0, lastSpace) : room;
  return `${words.replace(/[\s,;:.(–-]+$/, '')}…`;
}
