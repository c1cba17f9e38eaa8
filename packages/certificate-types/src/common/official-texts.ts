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
 * and leading/trailing blank lines dropped.
 *
 * Transportstyrelsen's files wrap some texts in CDATA sections holding HTML; that content becomes plain
 * text (see `htmlToPlainText`), because the form shows plain text. Markup outside CDATA is refused.
 * An id repeated with the same text is kept once (texterTS_DIABETES_v4.0.xml lists FRG_203.RBK twice);
 * an id repeated with a different text is an error.
 */
export function parseOfficialTexts(xml: string): OfficialTexts {
  const texts: Record<string, string> = {};
  const add = (id: string, content: string): void => {
    const text = normaliseText(contentToText(id, content));
    if (Object.hasOwn(texts, id) && texts[id] !== text) throw new Error(`Duplicate text id '${id}'`);
    texts[id] = text;
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

const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;

/** The text of a `<text>` element's content: CDATA sections as plain text, the rest entity-decoded. */
function contentToText(id: string, content: string): string {
  let text = '';
  let last = 0;
  for (const match of content.matchAll(CDATA)) {
    text += plainXmlText(id, content.slice(last, match.index));
    text += htmlToPlainText(id, match[1] ?? '');
    last = match.index + match[0].length;
  }
  return text + plainXmlText(id, content.slice(last));
}

function plainXmlText(id: string, content: string): string {
  if (content.includes('<')) throw new Error(`Text '${id}' contains markup`);
  return decodeEntities(content);
}

/**
 * Block elements and the line breaks they stand for. One pass over all of them, each match absorbing the
 * whitespace around it, so `</li>` + indentation + `<li>` becomes exactly one line break.
 */
const BLOCK_TAG = /\s*<(\/?)(br|p|ul|li)(?:\s[^>]*)?\/?>\s*/gi;

function blockBreak(closing: boolean, tag: string): string {
  switch (tag.toLowerCase()) {
    case 'br':
      return '\n';
    case 'p':
      return '\n\n';
    case 'ul':
      return closing ? '\n' : '';
    default:
      return closing ? '' : '\n- ';
  }
}

/** Icon ligatures (`<i class="material-icons">launch</i>`): a glyph, not text. */
const ICON = /<i\s+class="material-icons[^"]*"[^>]*>[\s\S]*?<\/i>/gi;
/** Inline elements: the tags go, their text stays (a link keeps its text, not its address). */
const INLINE_TAG = /<\/?(?:b|strong|i|em|u|span|a)(?:\s[^>]*)?>/gi;
/** Webcert's placeholder for a configured link, e.g. `<LINK:transportstyrelsen>`; kept for the app to resolve. */
const LINK_PLACEHOLDER = /^<LINK:[\w-]+>/;

/**
 * The plain text of an official text's HTML (CDATA content): `<br>` is a line break, `<p>` a paragraph,
 * `<li>` a line starting with "- "; inline tags (b, strong, i, em, u, span, a) are dropped and their text
 * kept; icon ligatures are dropped; line breaks in the source stay line breaks (the files rely on them);
 * entities are decoded. Any other markup throws, so a new construct is noticed rather than shown raw.
 */
export function htmlToPlainText(id: string, html: string): string {
  const text = html
    .replace(ICON, '')
    .replace(BLOCK_TAG, (_whole, slash: string, tag: string) => blockBreak(slash === '/', tag))
    .replace(INLINE_TAG, '');
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    if (!LINK_PLACEHOLDER.test(text.slice(at))) {
      throw new Error(`Text '${id}' contains unsupported markup: ${text.slice(at, at + 30)}`);
    }
  }
  return decodeEntities(text);
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

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
