/**
 * Decimal numbers as a Swedish user types them: "0,5" and "0.5" both read 0.5. The answer stores a number;
 * the text shown uses the interface language's separator.
 */

/** `undefined` for a blank text, `'invalid'` for anything that is not a plain non-negative decimal number. */
export function parseDecimal(text: string): number | undefined | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^\d+([.,]\d+)?$/.test(trimmed) && !/^[.,]\d+$/.test(trimmed)) return 'invalid';
  return Number(trimmed.replace(',', '.'));
}

export function formatDecimal(value: number, separator: string): string {
  return String(value).replace('.', separator);
}
