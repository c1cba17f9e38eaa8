/**
 * `npm run bench`: the real server on a fresh SQLite database and, in the same run, a bare
 * node:http server answering a fixed JSON document of the same size. Measures reading a
 * certificate, autosaving a draft and signing with autocannon (50 connections) and prints
 * requests/s, p50, p99 and each ratio to the bare server; writes bench/results/latest.json.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { certificateFixtures } from '@intyg/certificate-types';
import {
  CONNECTIONS,
  DURATION_S,
  login,
  measure,
  printFigures,
  round,
  startBareServer,
  startServer,
  writeResults,
  type Figure,
} from './support.js';

const SIGN_POOL = Number(process.env.BENCH_SIGN_POOL ?? 3000);
const TARGETS = { read: 0.35, autosave: 0.08, sign: 0.03, p99Ms: 25 };

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'intyg-bench-'));
  const server = await startServer(dataDir);
  const base = `http://127.0.0.1:${server.port}`;
  try {
    const cookie = await login(base, 'ajla');
    const minimal = certificateFixtures['lisjp/2.0']!.minimal;

    // One complete draft per connection for reading and autosaving.
    const drafts: { id: string; revision: number }[] = [];
    for (let i = 0; i < CONNECTIONS; i++) drafts.push(await createCompleteDraft(base, cookie, minimal));
    const readBody = await (await fetch(`${base}/api/certificates/${drafts[0]!.id}`, { headers: { cookie } })).text();

    // The bare server and the read get the same load: the same requests, built the same way. The load
    // generator shares this 2-core machine, and a per-request setup costs it much more than a fixed URL;
    // measuring the bare server with a fixed URL would compare the generator's two modes, not the servers.
    const readLoad = (target: string): autocannon.Options => ({
      url: target,
      headers: { cookie },
      requests: [
        {
          setupRequest: (request, context: { draft?: string }) => {
            context.draft ??= drafts[nextIndex(drafts.length)]!.id;
            return { ...request, method: 'GET', path: `/api/certificates/${context.draft}` };
          },
        },
      ],
    });
    const bare = await startBareServer(readBody);
    const figures: Figure[] = [];
    try {
      figures.push(
        await measure('bare node:http (same JSON)', readLoad(`http://127.0.0.1:${bare.port}`), bare.process.pid),
      );
    } finally {
      bare.process.kill();
    }
    const pid = server.process.pid;

    figures.push(await measure('read a certificate', readLoad(base), pid));

    // A run that stops mid-request leaves its drafts' revisions unknown: each run autosaves its own drafts.
    // Each request takes a draft no other connection is saving, with the revision its last save returned.
    const autosaveRun = (own: { id: string; revision: number }[]): autocannon.Options => {
      const free = [...own];
      return {
        url: base,
        headers: { cookie, 'content-type': 'application/json' },
        requests: [
          {
            setupRequest: (request, context: { draft?: { id: string; revision: number } }) => {
              const draft = free.shift()!;
              context.draft = draft;
              const answers = { ...minimal, '25': `Autosparad text ${draft.revision}` };
              return {
                ...request,
                method: 'PUT',
                path: `/api/certificates/${draft.id}`,
                body: JSON.stringify({ revision: draft.revision, answers }),
              };
            },
            onResponse: (status, body, context: { draft?: { id: string; revision: number } }) => {
              const draft = context.draft!;
              if (status === 200) draft.revision = (JSON.parse(body) as { revision: number }).revision;
              free.push(draft);
            },
          },
        ],
      };
    };
    const warmUpDrafts: { id: string; revision: number }[] = [];
    for (let i = 0; i < CONNECTIONS; i++) warmUpDrafts.push(await createCompleteDraft(base, cookie, minimal));
    await autocannon({ connections: CONNECTIONS, duration: 2, ...autosaveRun(warmUpDrafts) });
    figures.push(await measure('autosave a draft', autosaveRun(drafts), pid, false));

    const pool: { id: string; revision: number }[] = [];
    await inParallel(SIGN_POOL, 8, async () => {
      pool.push(await createCompleteDraft(base, cookie, minimal));
    });
    let signed = 0;
    figures.push(
      await measure(
        'sign a draft',
        {
          url: base,
          headers: { cookie, 'content-type': 'application/json' },
          amount: pool.length,
          requests: [
            {
              setupRequest: (request) => {
                const draft = pool[signed++ % pool.length]!;
                return {
                  ...request,
                  method: 'POST',
                  path: `/api/certificates/${draft.id}/sign`,
                  body: JSON.stringify({ revision: draft.revision }),
                };
              },
            },
          ],
        },
        pid,
        false,
      ),
    );

    const bareRate = figures[0]!.requestsPerSecond;
    for (const figure of figures.slice(1)) figure.ratio = round(figure.requestsPerSecond / bareRate, 3);
    report(figures);
  } finally {
    server.process.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

let counter = 0;
const nextIndex = (length: number) => counter++ % length;

function report(figures: Figure[]): void {
  printFigures(figures);
  const [, read, autosave, sign] = figures;
  const checks = {
    readRatio: (read?.ratio ?? 0) >= TARGETS.read,
    autosaveRatio: (autosave?.ratio ?? 0) >= TARGETS.autosave,
    signRatio: (sign?.ratio ?? 0) >= TARGETS.sign,
    p99: figures.slice(1).every((f) => f.p99Ms < TARGETS.p99Ms),
    no5xxOrErrors: figures.every((f) => f.non2xx === 0 && f.errors === 0),
  };
  console.log('targets:', TARGETS, 'met:', checks);
  writeResults('latest.json', {
    connections: CONNECTIONS,
    durationSeconds: DURATION_S,
    targets: TARGETS,
    met: checks,
    figures,
  });
}

async function createCompleteDraft(base: string, cookie: string, answers: object) {
  const headers = { cookie, 'content-type': 'application/json' };
  const created = await fetch(`${base}/api/certificates`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ type: 'lisjp', patientId: '191212121212' }),
  });
  const draft = (await created.json()) as { id: string; revision: number; answers: object };
  const updated = await fetch(`${base}/api/certificates/${draft.id}`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({ revision: draft.revision, answers: { ...draft.answers, ...answers } }),
  });
  const body = (await updated.json()) as { id: string; revision: number; complete: boolean };
  if (!updated.ok || !body.complete) throw new Error(`could not prepare a complete draft: ${updated.status}`);
  return { id: body.id, revision: body.revision };
}

async function inParallel(count: number, width: number, task: () => Promise<void>): Promise<void> {
  let started = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (started < count) {
        started++;
        await task();
      }
    }),
  );
}

await main();
