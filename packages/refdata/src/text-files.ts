import { readFileSync } from 'node:fs';

/** The lines of a UTF-8 file, without a byte-order mark, carriage returns or empty lines. */
export function readLines(path: string): string[] {
  let text = readFileSync(path, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (trimmed.trim() !== '') lines.push(trimmed);
  }
  return lines;
}
