/**
 * `npm run bench:diagnoses`: diagnosis search (issue 5).
 *
 * - In process: every query of bench/data/diagnosis-queries.txt (1,000 searches as doctors type them) timed
 *   one by one over several passes, p50/p99/max; baseline in the same run: a linear scan of the folded
 *   titles, what a search without an index costs.
 * - Over HTTP: `GET /api/diagnoses?q=…` on the real server cycling through the queries, and the bare
 *   node:http server answering a fixed search result of the same size; requests/s and the ratio. The server
 *   keeps its answers by query (5,000 of them), so after the warm-up this measures the route with its answers
 *   kept, as a day of doctors typing the same beginnings does; the search itself is what the in-process part
 *   measures.
 * - Start: the reference data's load time in a fresh process: what the server loads before it listens (the
 *   target), and apart from it what it reads and builds right after (FMB, the word indexes).
 * Targets: in-process p99 under 1 ms; HTTP at least 0.4 of the bare server; load under 300 ms.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { foldText, loadReferenceData } from '@intyg/refdata';
import {
  here,
  login,
  measure,
  percentile,
  printFigures,
  root,
  round,
  startBareServer,
  startServer,
  warnIfStolen,
  writeResults,
  type Figure,
} from './support.js';

const TARGETS = { inProcessP99Ms: 1, httpRatio: 0.4, loadMs: 300 };
const PASSES = 10;
const LIMIT = 10;

const queries = readFileSync(path.join(here, 'data/diagnosis-queries.txt'), 'utf8').split('\n').filter(Boolean);

function inProcess() {
  const data = loadReferenceData();
  data.diagnoses.prepareSearch();
  const system = (q: string) => (/^[a-zA-Z]\d\d-/.test(q) ? 'ksh97p' : 'icd10se');
  const durations: number[] = [];
  let found = 0;
  for (let pass = 0; pass <= PASSES; pass++) {
    for (const q of queries) {
      const started = performance.now();
      const result = data.diagnoses.search(q, { system: system(q), limit: LIMIT });
      const elapsed = performance.now() - started;
      // Pass 0 warms up the JIT.
      if (pass > 0) durations.push(elapsed);
      if (pass === 1 && result.items.length > 0) found++;
    }
  }
  durations.sort((a, b) => a - b);

  // Baseline: every title folded once, then a linear scan per query for titles containing all its words.
  const titles = data.diagnoses
    .all('icd10se')
    .map((item) => ({ code: item.code, text: foldText(`${item.code} ${item.title}`) }));
  const scan: number[] = [];
  for (const q of queries) {
    const words = foldText(q).split(/\s+/).filter(Boolean);
    const started = performance.now();
    const hits: string[] = [];
    for (const title of titles) {
      if (words.every((word) => title.text.includes(word))) hits.push(title.code);
      if (hits.length > LIMIT) break;
    }
    scan.push(performance.now() - started);
  }
  scan.sort((a, b) => a - b);
  return {
    searches: durations.length,
    withResults: found,
    p50Ms: round(percentile(durations, 50), 4),
    p99Ms: round(percentile(durations, 99), 4),
    maxMs: round(durations.at(-1)!, 3),
    baselineLinearScan: { p50Ms: round(percentile(scan, 50), 4), p99Ms: round(percentile(scan, 99), 4) },
  };
}

/**
 * Median of three cold loads, each in its own process, as the server does at start: the lists it needs before it
 * listens, and (reported apart) FMB and the word indexes it reads and builds right after it listens.
 */
function loadTime(): { medianMs: number; runs: number[]; afterListenMedianMs: number; afterListenRuns: number[] } {
  // What the server does before it listens (import and load), then what it does right after (prepare).
  const script =
    "const t = performance.now(); const { loadReferenceData } = await import('@intyg/refdata');" +
    'const data = loadReferenceData(); const loaded = performance.now(); data.prepare();' +
    'console.log(JSON.stringify([loaded - t, performance.now() - loaded]));';
  const measured = [0, 1, 2].map(
    () =>
      JSON.parse(execFileSync('node', ['--input-type=module', '-e', script], { cwd: root }).toString()) as [
        number,
        number,
      ],
  );
  const runs = measured.map(([load]) => round(load, 1));
  const prepareRuns = measured.map(([, prepare]) => round(prepare, 1));
  const middle = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
  return { medianMs: middle(runs), runs, afterListenMedianMs: middle(prepareRuns), afterListenRuns: prepareRuns };
}

async function overHttp(): Promise<Figure[]> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'intyg-bench-'));
  const server = await startServer(dataDir);
  const base = `http://127.0.0.1:${server.port}`;
  try {
    const cookie = await login(base, 'ajla');
    const url = (q: string) => `/api/diagnoses?q=${encodeURIComponent(q)}&limit=${LIMIT}`;
    const sample = await (await fetch(`${base}${url('ryggvärk')}`, { headers: { cookie } })).text();
    // Both loads go through the same request setup (a new query each time), so the load generator, which
    // shares the machine, costs the same in both and the ratio compares the servers.
    let next = 0;
    const load = (target: string) => ({
      url: target,
      headers: { cookie },
      requests: [
        {
          setupRequest: (request: object) => ({
            ...request,
            method: 'GET' as const,
            path: url(queries[next++ % queries.length]!),
          }),
        },
      ],
    });
    const figures: Figure[] = [];
    const bare = await startBareServer(sample);
    try {
      figures.push(
        await measure('bare node:http (same JSON)', load(`http://127.0.0.1:${bare.port}`), bare.process.pid),
      );
    } finally {
      bare.process.kill();
    }
    figures.push(await measure('diagnosis search over HTTP', load(base), server.process.pid));
    figures[1]!.ratio = round(figures[1]!.requestsPerSecond / figures[0]!.requestsPerSecond, 3);
    return figures;
  } finally {
    server.process.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const load = loadTime();
const search = inProcess();
const http = await overHttp();
console.log(
  `reference data load at start: median ${load.medianMs} ms (runs ${load.runs.join(', ')} ms); ` +
    `after listening, FMB and the word indexes: median ${load.afterListenMedianMs} ms`,
);
console.log('in-process search:', search);
printFigures(http);
warnIfStolen(http);
const met = {
  inProcessP99: search.p99Ms < TARGETS.inProcessP99Ms,
  httpRatio: (http[1]!.ratio ?? 0) >= TARGETS.httpRatio,
  load: load.medianMs < TARGETS.loadMs,
  no5xxOrErrors: http.every((f) => f.non2xx === 0 && f.errors === 0),
};
console.log('targets:', TARGETS, 'met:', met);
writeResults('diagnoses.json', { queries: queries.length, passes: PASSES, targets: TARGETS, met, load, search, http });
