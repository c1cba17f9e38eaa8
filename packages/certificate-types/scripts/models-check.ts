/**
 * Checks every certificate model of the registry and keeps their reference docs up to date:
 *
 *   npm run models:check               # check models, rewrite docs/certificate-types/
 *   npm run models:check -- --check    # check models, fail when the committed docs differ (CI)
 *
 * Exits 1 when a model has a problem (`checkModel`; one line per problem, `<type>/<version>
 * <element>: <problem>`) or, with --check, when a doc differs from what the models generate, is
 * missing, or exists for no model. Docs are formatted with prettier and the repo config first, so
 * `prettier --check .` accepts them. Runs with tsx and the `source` export condition (see package.json).
 */
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { checkDocs, hasDrift, writeDocs, type DocsDrift, type Formatter } from '../src/docs/docs-sync.js';
import { docFiles } from '../src/docs/model-doc.js';
import { modelProblemLines } from '../src/docs/model-problems.js';
import { certificateModels } from '../src/registry.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const docsDir = join(repoRoot, 'docs', 'certificate-types');
const shownDir = relative(repoRoot, docsDir);

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--check');
if (unknown.length > 0) {
  console.error(`Unknown argument(s): ${unknown.join(' ')}. Usage: models-check [--check]`);
  process.exit(2);
}
const checkOnly = args.includes('--check');

const prettierFormat: Formatter = async (text, name) => {
  const filepath = join(docsDir, name);
  const options = (await resolveConfig(filepath)) ?? {};
  return format(text, { ...options, filepath });
};

let failed = false;

const problems = modelProblemLines(certificateModels);
if (problems.length > 0) {
  failed = true;
  console.error(`${problems.length} model problem(s):`);
  for (const line of problems) console.error(`  ${line}`);
}

const files = docFiles(certificateModels);
const listing = (drift: DocsDrift, staleVerb: string): string[] => [
  ...drift.changed.map((name) => `  changed: ${shownDir}/${name}`),
  ...drift.missing.map((name) => `  missing: ${shownDir}/${name}`),
  ...drift.stale.map((name) => `  ${staleVerb}: ${shownDir}/${name}`),
];
if (checkOnly) {
  const drift = await checkDocs(docsDir, files, prettierFormat);
  if (hasDrift(drift)) {
    failed = true;
    console.error(`${shownDir} is out of date with the models; run \`npm run models:check\`:`);
    for (const line of listing(drift, 'no model')) console.error(line);
  }
} else {
  const drift = await writeDocs(docsDir, files, prettierFormat);
  const done = listing(drift, 'removed (no model)');
  console.log(hasDrift(drift) ? `Updated ${shownDir}:\n${done.join('\n')}` : `${shownDir} is up to date.`);
}

console.log(`${certificateModels.length} model(s) checked, ${problems.length} problem(s).`);
if (failed) process.exit(1);
