/**
 * Writes bench/data/diagnosis-queries.txt: 1,000 diagnosis searches of the kinds doctors type, drawn with a
 * fixed seed from the real ICD-10-SE and KSH97-P lists, so that every run measures the same queries:
 * code prefixes as typed (F32, f32.1, M545, j06), whole codes, title words and word starts (ryggv, depress),
 * two words in either order, and a few common lay words. Run once; the list is committed.
 *   npx tsx --conditions=source bench/scripts/make-diagnosis-queries.ts
 */
import { writeFileSync } from 'node:fs';
import { loadReferenceData } from '@intyg/refdata';

const COUNT = 1_000;
let seed = 20261207;
/** A small deterministic PRNG (mulberry32): the same list on every machine. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const data = loadReferenceData();
const icd = collect('icd10se');
const ksh = collect('ksh97p');

function collect(system: 'icd10se' | 'ksh97p') {
  return data.diagnoses.all(system);
}

const COMMON = ['ryggvärk', 'lumbago', 'depression', 'migrän', 'ångest', 'utmattning', 'stress', 'artros', 'covid'];
const words = (title: string) => title.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 4);

const queries: string[] = [];
while (queries.length < COUNT) {
  const kind = random();
  const entry = pick(random() < 0.8 ? icd : ksh);
  if (kind < 0.3) {
    // A code as typed: prefix of 3–5 characters, with or without the dot, any case.
    const code = random() < 0.5 ? entry.displayCode : entry.code;
    const prefix = code.slice(0, 3 + Math.floor(random() * (code.length - 2)));
    queries.push(random() < 0.3 ? prefix.toLowerCase() : prefix);
  } else if (kind < 0.75) {
    // A word start of 3 characters or more, as typed while searching.
    const word = pick(words(entry.title).length > 0 ? words(entry.title) : [entry.title]);
    queries.push(word.slice(0, Math.max(3, Math.ceil(word.length * (0.5 + random() / 2)))).toLowerCase());
  } else if (kind < 0.95) {
    const all = words(entry.title);
    if (all.length < 2) continue;
    const [first, second] = [pick(all), pick(all)];
    queries.push(`${first} ${second}`.toLowerCase());
  } else {
    queries.push(pick(COMMON));
  }
}
writeFileSync(new URL('../data/diagnosis-queries.txt', import.meta.url), `${queries.join('\n')}\n`);
console.log(`${queries.length} queries written`);
