import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkDocs, hasDrift, writeDocs, type Formatter } from './docs-sync.js';

/** A formatter that visibly changes the text, to prove files are compared and written formatted. */
const format: Formatter = async (text) => `${text.trimEnd()}\n<!-- formatted -->\n`;

const files = new Map([
  ['a-1.0.md', '# A\n'],
  ['README.md', '# Index\n'],
]);

describe('writeDocs / checkDocs', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'intyg-docs-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes every file formatted, after which check finds no drift', async () => {
    const written = await writeDocs(join(dir, 'docs'), files, format);
    expect(written).toEqual({ changed: [], missing: ['a-1.0.md', 'README.md'], stale: [] });
    expect(await readFile(join(dir, 'docs', 'a-1.0.md'), 'utf8')).toBe('# A\n<!-- formatted -->\n');
    const drift = await checkDocs(join(dir, 'docs'), files, format);
    expect(hasDrift(drift)).toBe(false);
  });

  it('reports a changed, a missing and a stale file in check mode without touching them', async () => {
    await writeDocs(dir, files, format);
    await writeFile(join(dir, 'a-1.0.md'), '# A, edited by hand\n');
    await rm(join(dir, 'README.md'));
    await writeFile(join(dir, 'gone-2.0.md'), '# A type that no longer exists\n');
    await writeFile(join(dir, 'notes.txt'), 'not a doc');

    const drift = await checkDocs(dir, files, format);
    expect(drift).toEqual({ changed: ['a-1.0.md'], missing: ['README.md'], stale: ['gone-2.0.md'] });
    expect(hasDrift(drift)).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['a-1.0.md', 'gone-2.0.md', 'notes.txt']);
    expect(await readFile(join(dir, 'a-1.0.md'), 'utf8')).toBe('# A, edited by hand\n');
  });

  it('counts an unformatted file as changed', async () => {
    await writeFile(join(dir, 'a-1.0.md'), '# A\n');
    await writeFile(join(dir, 'README.md'), await format('# Index\n', 'README.md'));
    expect(await checkDocs(dir, files, format)).toEqual({ changed: ['a-1.0.md'], missing: [], stale: [] });
  });

  it('repairs the directory in write mode: rewrites, restores and removes stale docs', async () => {
    await writeDocs(dir, files, format);
    await writeFile(join(dir, 'a-1.0.md'), '# A, edited by hand\n');
    await writeFile(join(dir, 'gone-2.0.md'), '# Gone\n');

    const done = await writeDocs(dir, files, format);
    expect(done).toEqual({ changed: ['a-1.0.md'], missing: [], stale: ['gone-2.0.md'] });
    expect((await readdir(dir)).sort()).toEqual(['README.md', 'a-1.0.md']);
    expect(hasDrift(await checkDocs(dir, files, format))).toBe(false);
  });
});
