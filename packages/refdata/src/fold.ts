/**
 * Search folding for Swedish text: case-insensitive, accents removed (é → e, ü → u) but å, ä and ö kept,
 * since they are letters of their own in Swedish ("får" is not "far"). A table rather than Unicode
 * decomposition: folding every title at start must be cheap.
 */
export function foldText(text: string): string {
  // toLowerCase equals the Swedish locale's for every letter of the code lists, and is much faster.
  const lower = text.toLowerCase();
  return ACCENTED.test(lower) ? lower.replace(ACCENTED_ALL, (letter) => ACCENTS[letter]!) : lower;
}

const ACCENTS: Record<string, string> = {
  á: 'a',
  à: 'a',
  â: 'a',
  ã: 'a',
  æ: 'ä',
  ç: 'c',
  é: 'e',
  è: 'e',
  ê: 'e',
  ë: 'e',
  í: 'i',
  ì: 'i',
  î: 'i',
  ï: 'i',
  ñ: 'n',
  ó: 'o',
  ò: 'o',
  ô: 'o',
  õ: 'o',
  ø: 'ö',
  ú: 'u',
  ù: 'u',
  û: 'u',
  ü: 'u',
  ý: 'y',
  ÿ: 'y',
};
const ACCENTED = new RegExp(`[${Object.keys(ACCENTS).join('')}]`);
const ACCENTED_ALL = new RegExp(ACCENTED.source, 'g');

// Folded titles hold only these letters (checked over the code lists); anything else separates words.
const NON_WORD = /[^a-z0-9åäö]+/;

/** The words of a folded text: runs of letters and digits. */
export function wordsOf(folded: string): string[] {
  return folded.split(NON_WORD).filter((word) => word !== '');
}

/** A code as stored: upper case, without dots and spaces (`f32.1` → `F321`). */
export function normalizeCode(code: string): string {
  return code.replace(/[.\s]/g, '').toUpperCase();
}
