/**
 * Keeps a docs directory equal to what the models generate. `write` rewrites changed files and removes
 * docs no model generates; `check` changes nothing and reports the differences (CI fails on them).
 * The directory is a parameter so tests can run both modes on a temporary directory.
 *
 * Every text goes through `format` (prettier with the repo's config, in the script) before it is
 * compared or written, so the committed docs pass `prettier --check`.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Formats a generated file; `fileName` is the file's name in the docs directory. */
export type Formatter = (text: string, fileName: string) => Promise<string>;

export interface DocsDrift {
  /** Generated files whose committed text differs. */
  readonly changed: readonly string[];
  /** Generated files that are not in the directory. */
  readonly missing: readonly string[];
  /** Markdown files in the directory that no model generates. */
  readonly stale: readonly string[];
}

export function hasDrift(drift: DocsDrift): boolean {
  return drift.changed.length + drift.missing.length + drift.stale.length > 0;
}

/** Compares the directory with the generated files without changing anything. */
export async function checkDocs(
  docsDir: string,
  files: ReadonlyMap<string, string>,
  format: Formatter,
): Promise<DocsDrift> {
  const existing = await markdownFiles(docsDir);
  const changed: string[] = [];
  const missing: string[] = [];
  for (const [name, text] of files) {
    if (!existing.includes(name)) {
      missing.push(name);
    } else if ((await readFile(join(docsDir, name), 'utf8')) !== (await format(text, name))) {
      changed.push(name);
    }
  }
  const stale = existing.filter((name) => !files.has(name));
  return { changed, missing, stale };
}

/** Makes the directory match: writes missing and changed files, deletes stale ones. Returns what it did. */
export async function writeDocs(
  docsDir: string,
  files: ReadonlyMap<string, string>,
  format: Formatter,
): Promise<DocsDrift> {
  await mkdir(docsDir, { recursive: true });
  const drift = await checkDocs(docsDir, files, format);
  for (const name of [...drift.missing, ...drift.changed]) {
    await writeFile(join(docsDir, name), await format(files.get(name) ?? '', name));
  }
  for (const name of drift.stale) await rm(join(docsDir, name));
  return drift;
}

async function markdownFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
