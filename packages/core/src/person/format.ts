/** 191212121212 → 19121212-1212, as people write a personal identity or coordination number; anything else unchanged. */
export function formatPersonId(personId: string): string {
  return /^\d{12}$/.test(personId) ? `${personId.slice(0, 8)}-${personId.slice(8)}` : personId;
}
