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
  /** For each three-letter sequence, the words (indexes into `words`) containing it: finds word parts fast. */
  readonly trigrams: ReadonlyMap<string, readonly number[]>;
}

const CODE_QUERY = /^[A-Z]\d[0-9A-Z-]*$/;
/** Word parts shorter than this match only at the start of a word: "ar" inside words would match everything. */
const MIN_WORD_PART = 3;
const PREFIX = MATCH_RANKS.wordPrefix;
const PART = MATCH_RANKS.wordPart;
const NO_MATCH = -1;

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

  /** Every code, sorted by code. */
  get all(): readonly DiagnosisCode[] {
    return this.byCode;
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
    this.wordIndex = { words, postings: lists, postingTotals, texts, trigrams: trigramsOf(words) };
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
   * Codes whose words include every query word: as a word's start (ranked first) or inside a word (Webcert's
   * *word* search), each group in code order. The rarest query word picks the candidates: the codes of the
   * index words it starts, walked in code order so that a common word stops after `limit` hits; the other
   * query words filter them. Codes where the rarest word is only inside a word follow when too few matched.
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
    const others = ranges.slice(1).map((range) => range.word);
    const rankOf = (index: number) => rankOthers(wordIndex.texts[index]!, others);

    const prefixHits: number[] = [];
    const partHits: number[] = [];
    inCodeOrder(wordIndex.postings, rarest.from, rarest.to, (index) => {
      const rank = rankOf(index);
      if (rank === PREFIX) prefixHits.push(index);
      else if (rank === PART) partHits.push(index);
      // One more than the limit tells that there are more.
      return prefixHits.length <= limit;
    });
    if (prefixHits.length <= limit && rarest.word.length >= MIN_WORD_PART) {
      const seen = new Set([...prefixHits, ...partHits]);
      for (const w of wordsContaining(wordIndex, rarest.word)) {
        if (wordIndex.words[w]!.startsWith(rarest.word)) continue;
        for (const index of wordIndex.postings[w]!) {
          if (seen.has(index)) continue;
          seen.add(index);
          if (rankOf(index) !== NO_MATCH) partHits.push(index);
        }
      }
      partHits.sort((a, b) => a - b);
    }
    const order = [...prefixHits, ...partHits];
    return { items: order.slice(0, limit).map((index) => this.byCode[index]!), more: order.length > limit };
  }
}

/** How the other query words match a code's text: all as word starts, some only inside words, or not all. */
function rankOthers(text: string, others: readonly string[]): number {
  let rank: number = PREFIX;
  for (const word of others) {
    if (text.includes(` ${word}`)) continue;
    if (word.length >= MIN_WORD_PART && text.includes(word)) rank = PART;
    else return NO_MATCH;
  }
  return rank;
}

/**
 * Calls `visit` with the codes of the posting lists `from`…`to - 1` merged in code order, each code once,
 * until it returns false. A binary heap over the lists' heads: a prefix like "a" spans thousands of words.
 */
function inCodeOrder(
  postings: readonly (readonly number[])[],
  from: number,
  to: number,
  visit: (index: number) => boolean,
): void {
  if (to - from === 1) {
    for (const index of postings[from]!) if (!visit(index)) return;
    return;
  }
  // Heap entries: [code index, list, position in list].
  const heap: [number, number, number][] = [];
  for (let w = from; w < to; w++) heap.push([postings[w]![0]!, w, 0]);
  const less = (a: number, b: number) => heap[a]![0] < heap[b]![0];
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(l, m)) m = l;
      if (r < heap.length && less(r, m)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let i = (heap.length >>> 1) - 1; i >= 0; i--) down(i);
  let previous = -1;
  while (heap.length > 0) {
    const top = heap[0]!;
    const index = top[0];
    if (index !== previous) {
      if (!visit(index)) return;
      previous = index;
    }
    const list = postings[top[1]]!;
    if (top[2] + 1 < list.length) {
      top[2]++;
      top[0] = list[top[2]]!;
    } else {
      heap[0] = heap[heap.length - 1]!;
      heap.pop();
    }
    down(0);
  }
}

/** The indexes of the words containing `part` (three letters or more), found through its rarest trigram. */
function wordsContaining(wordIndex: WordIndex, part: string): readonly number[] {
  let smallest: readonly number[] | undefined;
  for (let i = 0; i + 3 <= part.length; i++) {
    const list = wordIndex.trigrams.get(part.slice(i, i + 3)) ?? [];
    if (smallest === undefined || list.length < smallest.length) smallest = list;
  }
  return (smallest ?? []).filter((w) => wordIndex.words[w]!.includes(part));
}

function trigramsOf(words: readonly string[]): Map<string, number[]> {
  const trigrams = new Map<string, number[]>();
  words.forEach((word, w) => {
    for (let i = 0; i + 3 <= word.length; i++) {
      const trigram = word.slice(i, i + 3);
      const list = trigrams.get(trigram);
      if (list === undefined) trigrams.set(trigram, [w]);
      else if (list[list.length - 1] !== w) list.push(w);
    }
  });
  return trigrams;
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
