/**
 * Converts the official text files (`src/<type>/<version>/texts/*.xml`) to `texts.ts` beside them: a
 * generated module exporting `texts`, text id → normalised text (see `parseOfficialTexts`). Run after
 * replacing a text file:
 *
 *   npx tsx packages/certificate-types/scripts/texts-to-json.ts
 *
 * The output is a TypeScript module rather than a .json file because the package's composite build
 * (`tsc -b`) does not take JSON imports (TS6307). One XML file per texts directory; a test fails when a
 * committed texts.ts no longer matches its XML.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { parseOfficialTexts } from '../src/common/official-texts.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

function textDirectories(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    if (entry.name === 'texts') found.push(path);
    else found.push(...textDirectories(path));
  }
  return found;
}

for (const dir of textDirectories(join(packageRoot, 'src'))) {
  const xmlFiles = readdirSync(dir).filter((name) => name.endsWith('.xml'));
  if (xmlFiles.length !== 1) throw new Error(`${dir}: expected one .xml text file, found ${xmlFiles.length}`);
  const xmlName = xmlFiles[0] as string;
  const texts = parseOfficialTexts(readFileSync(join(dir, xmlName), 'utf8'));
  const outPath = join(dir, 'texts.ts');
  const source = [
    `// Generated from ${xmlName} by scripts/texts-to-json.ts. Do not edit.`,
    `import type { OfficialTexts } from '../../../common/official-texts.js';`,
    '',
    `export const texts: OfficialTexts = ${JSON.stringify(texts, null, 2)};`,
    '',
  ].join('\n');
  const options = (await resolveConfig(outPath)) ?? {};
  writeFileSync(outPath, await format(source, { ...options, filepath: outPath }));
  console.log(
    `${relative(packageRoot, join(dir, xmlName))} -> ${relative(packageRoot, outPath)} (${Object.keys(texts).length} texts)`,
  );
}
