/**
 * `npm run bench:web -w @intyg/bench` (part of `npm run bench`): how much JavaScript the certificate page loads,
 * gzipped, from the built web app's Vite manifest — the entry with its static imports, plus the certificate page's
 * own chunk and its static imports if the route is split off. Baseline in the same run: React and React DOM's
 * production builds alone, minified, the floor any React app pays. Target (issue 7): under 250 KB.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';
import { root, writeResults } from './support.js';

interface ManifestChunk {
  readonly file: string;
  readonly src?: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly css?: readonly string[];
}

const TARGET_KB = 250;
const dist = path.join(root, 'packages/web/dist');
const manifestFile = path.join(dist, '.vite/manifest.json');
if (!existsSync(manifestFile)) throw new Error(`No ${manifestFile}: run \`npm run build\` first`);
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;

/** The chunk keys a chunk loads before it runs: itself and its static imports, transitively. */
function closure(keys: readonly string[], seen = new Set<string>()): Set<string> {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    closure(manifest[key]?.imports ?? [], seen);
  }
  return seen;
}

const gzipped = (file: string) => gzipSync(readFileSync(file)).length;
const entries = Object.keys(manifest).filter((key) => manifest[key]!.isEntry);
const certificatePage = Object.keys(manifest).filter((key) => /CertificatePage/.test(manifest[key]!.src ?? key));
const chunks = closure([...entries, ...certificatePage]);
const files = [...chunks].map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js'));
const css = [...new Set([...chunks].flatMap((key) => manifest[key]!.css ?? []))];
const jsBytes = files.reduce((sum, file) => sum + gzipped(path.join(dist, file)), 0);
const cssBytes = css.reduce((sum, file) => sum + gzipped(path.join(dist, file)), 0);

const require = createRequire(path.join(root, 'packages/web/package.json'));
// By package folder: the packages' exports do not expose their cjs builds by path.
const inPackage = (name: string, file: string) =>
  path.join(path.dirname(require.resolve(`${name}/package.json`)), file);
const reactFiles = [
  inPackage('react', 'cjs/react.production.js'),
  inPackage('react-dom', 'cjs/react-dom-client.production.js'),
  inPackage('scheduler', 'cjs/scheduler.production.js'),
];
// Minified as a bundler would ship them (the cjs production builds are not minified).
const baselineBytes = reactFiles.reduce(
  (sum, file) => sum + gzipSync(transformSync(readFileSync(file, 'utf8'), { minify: true }).code).length,
  0,
);

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const figures = {
  certificatePageJsGzipKb: kb(jsBytes),
  certificatePageCssGzipKb: kb(cssBytes),
  files,
  baselineReactGzipKb: kb(baselineBytes),
  ratioToReact: Math.round((jsBytes / baselineBytes) * 100) / 100,
};
console.table([
  { what: 'certificate page JS (gzip)', KB: figures.certificatePageJsGzipKb },
  { what: 'certificate page CSS (gzip)', KB: figures.certificatePageCssGzipKb },
  { what: 'baseline: React + React DOM (gzip)', KB: figures.baselineReactGzipKb },
]);
const met = { jsUnderTarget: jsBytes / 1024 < TARGET_KB };
console.log('target:', { jsKb: TARGET_KB }, 'met:', met);
writeResults('web-size.json', { targets: { jsKb: TARGET_KB }, met, ...figures });
