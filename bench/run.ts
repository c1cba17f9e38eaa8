/**
 * `npm run bench`: the real server on a fresh SQLite database and, in the same run, a bare
 * node:http server answering a fixed JSON document of the same size. Measures reading a
 * certificate, autosaving a draft and signing with autocannon (50 connections) and prints
 * requests/s, p50, p99 and each ratio to the bare server; writes bench/results/latest.json.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { certificateFixtures } from '@intyg/certificate-types';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const SIGN_POOL = Number(process.env.BENCH_SIGN_POOL ?? 3000);
const TARGETS = { read: 0.35, autosave: 0.08, sign: 0.03, p99Ms: 25 };

interface Figure {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  ratio?: number;
  /** The measured process's CPU time (user + system) per completed request, steadier than req/s on a noisy VM. */
  cpuUsPerRequest?: number;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'intyg-bench-'));
  const server = await startProcess(
    'node',
    // e.g. BENCH_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/profiles' to profile the server under load
    [
      ...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      path.join(root, 'packages/server/dist/main.js'),
    ],
    {
      PORT: '0',
      HOST: '127.0.0.1',
      INTYG_DATA_DIR: dataDir,
      INTYG_DEMO_DATA: 'false',
      INTYG_DEV_LOGIN: 'true',
      // The bench logs in with the dev login; no identity provider on a fixed port that could clash.
      INTYG_DEV_IDP: 'false',
      LOG_LEVEL: 'warn',
    },
    /running on http:\/\/localhost:(\d+)/,
  );
  const base = `http://127.0.0.1:${server.port}`;
  try {
    const cookie = await login(base, 'ajla');
    const minimal = certificateFixtures['lisjp/2.0']!.minimal;

    // One complete draft per connection for reading and autosaving.
    const drafts: { id: string; revision: number }[] = [];
    for (let i = 0; i < CONNECTIONS; i++) drafts.push(await createCompleteDraft(base, cookie, minimal));
    const readBody = await (await fetch(`${base}/api/certificates/${drafts[0]!.id}`, { headers: { cookie } })).text();

    const bare = await startProcess(
      'node',
      ['--import', 'tsx', path.join(here, 'bare-server.ts')],
      {
        PORT: '0',
        BARE_BODY: readBody,
      },
      /listening (\d+)/,
    );
    const figures: Figure[] = [];
    try {
      measuredPid = bare.process.pid;
      figures.push(await measure('bare node:http (same JSON)', { url: `http://127.0.0.1:${bare.port}/` }));
    } finally {
      bare.process.kill();
    }
    measuredPid = server.process.pid;

    figures.push(
      await measure('read a certificate', {
        url: base,
        headers: { cookie },
        requests: [
          {
            setupRequest: (request, context: { draft?: string }) => {
              context.draft ??= drafts[nextIndex(drafts.length)]!.id;
              return { ...request, method: 'GET', path: `/api/certificates/${context.draft}` };
            },
          },
        ],
      }),
    );

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
    figures.push(await measure('autosave a draft', autosaveRun(drafts), false));

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

let measuredPid: number | undefined;

/** CPU seconds (user + system) the process has used so far, from /proc (Linux); undefined elsewhere. */
function cpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined || !existsSync(`/proc/${pid}/stat`)) return undefined;
  // Fields after the parenthesised command name; utime and stime are the 12th and 13th of them, in clock ticks.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}
const CLOCK_TICKS_PER_SECOND = 100;

async function measure(name: string, options: autocannon.Options, warmUp = true): Promise<Figure> {
  let lastResponseAt = 0;
  const run = (duration: number) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        { connections: CONNECTIONS, ...(options.amount ? {} : { duration }), ...options },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
      instance.on('response', () => (lastResponseAt = performance.now()));
    });
  if (warmUp) await run(2);
  const cpuBefore = cpuSeconds(measuredPid);
  const started = performance.now();
  const result = await run(DURATION_S);
  // Up to the last response: autocannon ends a run of a fixed amount on its next whole-second tick.
  const elapsedS = (lastResponseAt - started) / 1000;
  const cpuAfter = cpuSeconds(measuredPid);
  const completed = result['2xx'] + result.non2xx;
  return {
    ...(cpuBefore !== undefined && cpuAfter !== undefined && completed > 0
      ? { cpuUsPerRequest: round(((cpuAfter - cpuBefore) * 1e6) / completed, 0) }
      : {}),
    name,
    // Completed responses over the run's exact duration (per-second averages round a short run badly).
    requestsPerSecond: round(completed / elapsedS, 0),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

function report(figures: Figure[]): void {
  const rows = figures.map((f) => ({
    benchmark: f.name,
    'req/s': f.requestsPerSecond,
    'p50 ms': f.p50Ms,
    'p99 ms': f.p99Ms,
    'ratio to bare': f.ratio ?? 1,
    'CPU µs/req': f.cpuUsPerRequest,
    non2xx: f.non2xx,
  }));
  console.table(rows);
  const [, read, autosave, sign] = figures;
  const checks = {
    readRatio: (read?.ratio ?? 0) >= TARGETS.read,
    autosaveRatio: (autosave?.ratio ?? 0) >= TARGETS.autosave,
    signRatio: (sign?.ratio ?? 0) >= TARGETS.sign,
    p99: figures.slice(1).every((f) => f.p99Ms < TARGETS.p99Ms),
    no5xxOrErrors: figures.every((f) => f.non2xx === 0 && f.errors === 0),
  };
  console.log('targets:', TARGETS, 'met:', checks);
  const results = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
    connections: CONNECTIONS,
    durationSeconds: DURATION_S,
    targets: TARGETS,
    met: checks,
    figures,
  };
  mkdirSync(path.join(here, 'results'), { recursive: true });
  writeFileSync(path.join(here, 'results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
}

async function login(base: string, userId: string): Promise<string> {
  const response = await fetch(`${base}/api/dev/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!response.ok || !cookie) throw new Error(`login failed: ${response.status}`);
  return cookie;
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

function startProcess(
  command: string,
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<{ process: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) resolve({ process: child, port: Number(match[1]) });
    });
    child.once('exit', (code) => reject(new Error(`${command} exited with ${code} before it was ready: ${output}`)));
  });
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

await main();
