import { readFileSync } from 'node:fs';

/** The lines of a UTF-8 file, without a byte-order mark, carriage returns or empty lines. */
export function readLines(path: string): string[] {
  const lines = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  return lines.filter((line) => line.trim() !== '');
}
