/**
 * Reading a PDF back the way a person would, for tests: its text with pdftotext, and its QR code decoded
 * from a rendered page (pdftoppm, then jsQR). Both tools are Debian's poppler-utils, installed by .ci/run;
 * the tests fail, not skip, when they are missing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';

function withPdfFile<T>(pdf: Uint8Array, use: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'intyg-pdf-'));
  try {
    const file = path.join(dir, 'printout.pdf');
    writeFileSync(file, pdf);
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: readonly string[]): Buffer {
  const result = spawnSync(command, args, { maxBuffer: 64 * 1024 * 1024 });
  if (result.error !== undefined) {
    throw new Error(`${command} could not run (${result.error.message}); install poppler-utils`);
  }
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr.toString()}`);
  return result.stdout;
}

/** The text of every page, in reading order (pdftotext without -layout), one string per page. */
export function pdfPages(pdf: Uint8Array): string[] {
  const text = withPdfFile(pdf, (file) => run('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8'));
  // pdftotext ends every page with a form feed.
  return text.split('\f').slice(0, -1);
}

/**
 * The running content with runs of white space as one space, so wrapped lines read as one, and without
 * the page furniture (footer lines, and the running header that opens every page after the first of an
 * unmarked printout), so a text broken across pages reads as one.
 */
export function pdfText(pdf: Uint8Array): string {
  const pages = pdfPages(pdf).map((page, index) => {
    const lines = page.split('\n').filter((line) => !/^(Intygs-id: \S+|Sida \d+ av \d+)$/.test(line.trim()));
    return (index === 0 ? lines : lines.slice(1)).join('\n');
  });
  return normalizeSpace(pages.join(' '));
}

export const normalizeSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The text of the QR code on page `page` (1-based), or undefined when none could be read. */
export function decodeQrCode(pdf: Uint8Array, page: number): string | undefined {
  const pgm = withPdfFile(pdf, (file) =>
    run('pdftoppm', ['-gray', '-r', '150', '-f', String(page), '-l', String(page), file]),
  );
  const { width, height, pixels } = parsePgm(pgm);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const gray = pixels[i] ?? 255;
    rgba.set([gray, gray, gray, 255], i * 4);
  }
  return jsQR(rgba, width, height)?.data;
}

/** A binary 8-bit PGM (P5), as pdftoppm -gray writes it. */
function parsePgm(data: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PGM image');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: data.subarray(header[0].length, header[0].length + width * height) };
}
