import type { DiagnosisCode } from './code-system.js';
import { foldText, normalizeCode, wordsOf } from './fold.js';

/** How a result matched; lower ranks first. */
export const MATCH_RANKS = { exactCode: 0, codePrefix: 1, wordPrefix: 2, wordPart: 3 } as const;

export interface DiagnosisSearchResult {
  readonly items: readonly DiagnosisCode[];
  /** More codes matched than were returned. */
  readonly more: boolean;
}

/** The distinct folded words in order, the codes (indexes into byCode) using each, and each code's words. */
interface WordIndex {
  readonly words: readonly string[];
  readonly postings: readonly (readonly number[])[];
  /** postingTotals[w] = how many postings the words before word w have, for the size of a prefix range. */
  readonly postingTotals: Uint32Array;
  /** Each code's folded words, each preceded by a space, for checking a word start with `includes`. */
  readonly texts: readonly string[];
}

const CODE_QUERY = /^[A-Z]\d[0-9A-Z-]*$/;
/** Word parts shorter than this match only at the start of a word: "ar" inside words would match everything. */
const MIN_WORD_PART = 3;
/** Above this many postings a word is so common that scanning the codes in order is faster than the index. */
const DENSE_POSTINGS = 1_500;

/**
 * The codes of one code system, searchable by code prefix and by the words of their titles and synonyms.
 * Built once: codes sorted for prefix ranges, and the distinct folded words with the codes that use them.
 */
export class DiagnosisIndex {
  private readonly byCode: readonly DiagnosisCode[];
  private readonly codeKeys: readonly string[];
  private readonly exact = new Map<string, DiagnosisCode>();
  private wordIndex?: WordIndex;

  constructor(codes: readonly DiagnosisCode[]) {
    this.byCode = [...codes].sort((a, b) => compareCodes(a.code, b.code));
    this.codeKeys = this.byCode.map((entry) => entry.code);
    for (const entry of this.byCode) this.exact.set(entry.code, entry);
  }

  /**
   * Builds the word index (the costly part, ~0.3 s) unless built: on the first word search, or earlier when
   * the server calls it right after it has started listening, so that neither start nor a user waits.
   */
  prepareWordSearch(): WordIndex {
    if (this.wordIndex !== undefined) return this.wordIndex;
    const postings = new Map<string, number[]>();
    const texts: string[] = [];
    this.byCode.forEach((entry, index) => {
      const words = wordsOf(foldText([entry.title, ...entry.synonyms].join(' ')));
      texts.push(` ${words.join(' ')}`);
      for (const word of words) {
        const list = postings.get(word);
        if (list === undefined) postings.set(word, [index]);
        // Codes are visited in order, so a repeated word of the same code is the list's last entry.
        else if (list[list.length - 1] !== index) list.push(index);
      }
    });
    const words = [...postings.keys()].sort();
    const lists = words.map((word) => postings.get(word)!);
    const postingTotals = new Uint32Array(words.length + 1);
    lists.forEach((list, w) => (postingTotals[w + 1] = postingTotals[w]! + list.length));
    this.wordIndex = { words, postings: lists, postingTotals, texts };
    return this.wordIndex;
  }

  get size(): number {
    return this.byCode.length;
  }

  get(code: string): DiagnosisCode | undefined {
    return this.exact.get(normalizeCode(code));
  }

  search(query: string, limit: number): DiagnosisSearchResult {
    const code = normalizeCode(query);
    if (CODE_QUERY.test(code)) {
      const [from, to] = prefixRange(this.codeKeys, code);
      if (to > from) {
        // Code order puts the exact code, the shortest, first; the rest are its children.
        const items = this.byCode.slice(from, Math.min(to, from + limit));
        return { items, more: to - from > limit };
      }
    }
    return this.searchWords(wordsOf(foldText(query)), limit);
  }

  /**
   * Codes whose words include every query word: as a word's start (ranked first) or, when too few codes
   * match so, inside a word (Webcert's *word* search). The rarest word picks the candidates from the word
   * index, the others filter them; when even the rarest word is common (a query of one or two letters),
   * scanning the codes in order finds the first ones at once.
   */
  private searchWords(queryWords: readonly string[], limit: number): DiagnosisSearchResult {
    if (queryWords.length === 0) return { items: [], more: false };
    const wordIndex = this.prepareWordSearch();
    const ranges = queryWords
      .map((word) => {
        const [from, to] = prefixRange(wordIndex.words, word);
        return { word, from, to, postings: wordIndex.postingTotals[to]! - wordIndex.postingTotals[from]! };
      })
      .sort((a, b) => a.postings - b.postings);
    const rarest = ranges[0]!;
    if (rarest.postings > DENSE_POSTINGS) return this.scanInOrder(queryWords, limit);

    const candidates = new Map<number, number>();
    for (let w = rarest.from; w < rarest.to; w++) {
      for (const index of wordIndex.postings[w]!) candidates.set(index, MATCH_RANKS.wordPrefix);
    }
    if (rarest.word.length >= MIN_WORD_PART && candidates.size < limit) {
      wordIndex.words.forEach((candidate, w) => {
        if (candidate.includes(rarest.word) && !candidate.startsWith(rarest.word)) {
          for (const index of wordIndex.postings[w]!)
            if (!candidates.has(index)) candidates.set(index, MATCH_RANKS.wordPart);
        }
      });
    }
    for (const { word } of ranges.slice(1)) {
      for (const [index, rank] of candidates) {
        const text = wordIndex.texts[index]!;
        if (text.includes(` ${word}`)) continue;
        if (word.length >= MIN_WORD_PART && text.includes(word))
          candidates.set(index, Math.max(rank, MATCH_RANKS.wordPart));
        else candidates.delete(index);
      }
    }
    const order = [...candidates].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    return { items: order.slice(0, limit).map(([index]) => this.byCode[index]!), more: order.length > limit };
  }

  /** The first codes, in code order, with a word starting with each query word. */
  private scanInOrder(queryWords: readonly string[], limit: number): DiagnosisSearchResult {
    const wordIndex = this.prepareWordSearch();
    const starts = queryWords.map((word) => ` ${word}`);
    const items: DiagnosisCode[] = [];
    for (let index = 0; index < wordIndex.texts.length && items.length <= limit; index++) {
      const text = wordIndex.texts[index]!;
      if (starts.every((start) => text.includes(start))) items.push(this.byCode[index]!);
    }
    return { items: items.slice(0, limit), more: items.length > limit };
  }
}

/** Codes in code order, a shorter code (the parent) before its children. */
function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The half-open range of sorted keys that start with prefix. */
function prefixRange(keys: readonly string[], prefix: string): [number, number] {
  const from = lowerBound(keys, prefix);
  // The end: the first key from `from` on that no longer starts with the prefix.
  let low = from;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (keys[mid]!.startsWith(prefix)) low = mid + 1;
    else high = mid;
  }
  return [from, low];
}

function lowerBound(keys: readonly string[], value: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (keys[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
