/**
 * Small Markdown building blocks for the generated model docs. Texts come from the models (official
 * question texts, help texts): they are escaped so that a `*` or `_` in a text stays a character and
 * a line break never ends a heading or a table row.
 */

/** Backslash-escapes what Markdown would read as inline markup; line breaks become spaces. */
export function inline(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/([\\`*_[\]<>|])/g, '\\$1')
    .trim();
}

/** A text in single quotes, as rule words and lists name labels: `'Nuvarande arbete'`. */
export function quoted(text: string): string {
  return `'${inline(text)}'`;
}

/** Inline code; ids and expressions never contain a backtick, but a double fence keeps one harmless. */
export function code(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** A block quote of a multi-line text (help texts, message contents); line breaks are kept as lines. */
export function quoteBlock(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .map((line) => (line === '' ? '>' : `> ${escapeLine(line)}`));
}

/** A table with a header row; cells are Markdown already (see `inline`). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [row(header), row(header.map(() => '---')), ...rows.map(row)];
}

/**
 * Escapes inline markup in one line of a block text but keeps a leading list marker ("- item"), so
 * the official texts' bullet lists stay lists.
 */
function escapeLine(line: string): string {
  const marker = /^([-•] )/.exec(line)?.[1] ?? '';
  return marker + inline(line.slice(marker.length));
}
