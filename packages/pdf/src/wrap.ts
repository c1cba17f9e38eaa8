/**
 * Line breaking for the printout: a text into lines no wider than a given width. Breaks at spaces; a word
 * wider than the line (a long URL, a run of characters without space) is broken between characters. The
 * text's own line breaks are kept, and an empty line stays an empty line. `measure` gives a string's width
 * in the unit of `width`; with a monospace measure the behaviour is easy to test.
 */
export type Measure = (text: string) => number;

export function wrapText(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    lines.push(...wrapParagraph(paragraph.replace(/\s+$/, ''), width, measure));
  }
  return lines;
}

function wrapParagraph(paragraph: string, width: number, measure: Measure): string[] {
  if (paragraph === '') return [''];
  const lines: string[] = [];
  const spaceWidth = measure(' ');
  let line = '';
  let lineWidth = 0;
  // Leading spaces are kept (indented text); other runs of spaces break like one.
  const indent = /^ */.exec(paragraph)?.[0] ?? '';
  const words = paragraph.slice(indent.length).split(/ +/);
  words[0] = indent + (words[0] ?? '');
  for (const word of words) {
    const wordWidth = measure(word);
    if (line !== '' && lineWidth + spaceWidth + wordWidth <= width) {
      line += ` ${word}`;
      lineWidth += spaceWidth + wordWidth;
      continue;
    }
    if (line !== '') lines.push(line);
    if (wordWidth <= width) {
      line = word;
      lineWidth = wordWidth;
      continue;
    }
    const pieces = breakWord(word, width, measure);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
    lineWidth = measure(line);
  }
  lines.push(line);
  return lines;
}

/** A word wider than the line, in pieces that fit (at least one character each, so it always ends). */
function breakWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  let pieceWidth = 0;
  // Widths add up character by character (the standard fonts are drawn without kerning).
  for (const char of word) {
    const charWidth = measure(char);
    if (piece !== '' && pieceWidth + charWidth > width) {
      pieces.push(piece);
      piece = '';
      pieceWidth = 0;
    }
    piece += char;
    pieceWidth += charWidth;
  }
  pieces.push(piece);
  return pieces;
}
