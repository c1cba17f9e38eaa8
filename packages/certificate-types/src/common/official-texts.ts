/**
 * The official text sets (Försäkringskassan's `texterMU_*.xml`, Transportstyrelsen's `texterTS_*.xml`):
 * flat lists of `<text id="…">…</text>` keyed by ids such as FRG_27.RBK (question), DFR_1.3.RBK
 * (sub-answer), KAT_1.RBK (category), KV_FKMU_0001.ANNAT.RBK (option) and *.HLP (help).
 *
 * Converted once to `texts.json` by `scripts/texts-to-json.ts`; a test re-runs the conversion so the
 * committed JSON cannot drift from the official file.
 */

/** Text id → text, in document order. */
export type OfficialTexts = Readonly<Record<string, string>>;

const TEXT_ELEMENT = /<text\s+id="([^"]*)"\s*>([\s\S]*?)<\/text>/g;
const SELF_CLOSING_TEXT = /<text\s+id="([^"]*)"\s*\/>/g;

/**
 * Every `<text>` of the file, its content normalised: entities decoded, each line trimmed (the files
 * indent continuation lines to the XML's depth), line breaks kept, runs of blank lines collapsed to one
 * and leading/trailing blank lines dropped. Throws on a duplicate id or on markup inside a text.
 */
export function parseOfficialTexts(xml: string): OfficialTexts {
  const texts: Record<string, string> = {};
  const add = (id: string, content: string): void => {
    if (Object.hasOwn(texts, id)) throw new Error(`Duplicate text id '${id}'`);
    if (content.includes('<')) throw new Error(`Text '${id}' contains markup`);
    texts[id] = normaliseText(decodeEntities(content));
  };
  for (const match of xml.matchAll(TEXT_ELEMENT)) add(match[1] ?? '', match[2] ?? '');
  for (const match of xml.matchAll(SELF_CLOSING_TEXT)) add(match[1] ?? '', '');
  return texts;
}

export function normaliseText(text: string): string {
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.trim());
  const kept: string[] = [];
  for (const line of lines) {
    if (line === '' && (kept.length === 0 || kept.at(-1) === '')) continue;
    kept.push(line);
  }
  while (kept.at(-1) === '') kept.pop();
  return kept.join('\n');
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return NAMED_ENTITIES[name] ?? whole;
  });
}

/** A text that must exist: a model that names a missing id is a defect, found when the module loads. */
export function requireText(texts: OfficialTexts, id: string): string {
  const text = texts[id];
  if (text === undefined) throw new Error(`No official text '${id}'`);
  return text;
}
