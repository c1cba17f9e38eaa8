/**
 * Text as the standard PDF fonts can show it. Helvetica without embedding encodes WinAnsi (Windows-1252)
 * only: å ä ö é – … € are there, "≥", "→", Greek, emoji and CJK are not, and pdf-lib throws on them. A
 * doctor's free text may hold anything, so every text is mapped here before it is measured or drawn:
 * known symbols to ASCII look-alikes, accented letters to their base letter, invisible characters dropped,
 * and anything else to "?". Never throws; the result uses WinAnsi characters only.
 */

/** Windows-1252's printable characters above 0x7F that are not at their Unicode code point (0x80–0x9F). */
const CP1252_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Whether WinAnsi encodes the code point (printable ASCII, Latin-1 above 0xA0, and CP1252's extras). */
export function isWinAnsi(codePoint: number): boolean {
  return (
    (codePoint >= 0x20 && codePoint <= 0x7e) ||
    (codePoint >= 0xa0 && codePoint <= 0xff) ||
    CP1252_EXTRAS.includes(String.fromCodePoint(codePoint))
  );
}

/** Symbols a clinician may type, as WinAnsi text that reads the same. */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '≈': '~',
  '∼': '~',
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  '⇐': '<=',
  '↑': '^',
  '↓': 'v',
  '−': '-', // minus sign
  '‐': '-', // hyphen
  '‑': '-', // non-breaking hyphen
  '‒': '–', // figure dash
  '―': '—', // horizontal bar
  '′': "'",
  '″': '"',
  μ: 'µ', // Greek mu as the micro sign
  // Letters without a decomposition into a base letter and a mark.
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ı: 'i',
  '∙': '·',
  '⋅': '·',
  '✓': 'v',
  '✔': 'v',
  '✗': 'x',
  '✘': 'x',
};

/** Characters that take no room, dropped: soft hyphen, zero-width spaces and joiners, BOM, variation selectors. */
const isInvisible = (c: number) =>
  c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || (c >= 0xfe00 && c <= 0xfe0f);
/** Control characters, dropped; line breaks and tabs read as spaces. */
const isControl = (c: number) => c < 0x20 || (c >= 0x7f && c <= 0x9f);
/** Spaces of other widths (thin, narrow no-break, em …) read as a plain space. */
const isOtherSpace = (c: number) => (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
const COMBINING_MARKS = /[\u0300-\u036f]/gu;
/** Fast path: text made of printable ASCII and Latin-1 letters only (the common Swedish case). */
const PLAIN = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u00ff]*$/;

/** One line of text in WinAnsi characters only. Line breaks in `text` become spaces. */
export function toWinAnsi(text: string): string {
  if (PLAIN.test(text)) return text;
  let result = '';
  for (const char of text.normalize('NFC')) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (char === '\n' || char === '\r' || char === '\t' || isOtherSpace(codePoint)) result += ' ';
    else if (isInvisible(codePoint) || isControl(codePoint)) continue;
    else if (isWinAnsi(codePoint)) result += char;
    else if (REPLACEMENTS[char] !== undefined) result += REPLACEMENTS[char];
    else result += decomposed(char);
  }
  return result;
}

/** An accented letter's base letters ("ő" → "o", "ﬁ" → "fi", "²" stays), else "?". */
function decomposed(char: string): string {
  const base = char.normalize('NFKD').replace(COMBINING_MARKS, '');
  if (base !== '' && [...base].every((c) => isWinAnsi(c.codePointAt(0) ?? 0))) return base;
  return '?';
}
