/**
 * What every benchmark here shares: starting the real server and a bare node:http server as child processes,
 * measuring a load with autocannon (requests/s to the last response, latency percentiles, the measured
 * process's CPU time per request), logging in, and writing results.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '..');
export const CONNECTIONS = 50;
export const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);

export interface Figure {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  ratio?: number;
  /** The measured process's CPU time (user + system) per completed request, steadier than req/s on a noisy VM. */
  cpuUsPerRequest?: number;
  /**
   * The share of the machine's CPU time during the run that the hypervisor gave to other guests (steal): above a
   * few percent the server and the load generator lost that much of their cores, and the figures are not
   * comparable with a run on a quiet machine.
   */
  stolenPercent?: number;
}

export interface Started {
  readonly process: ChildProcess;
  readonly port: number;
}

/** The built server on a fresh data folder, with the dev login and without demo data. */
export function startServer(dataDir: string, extraEnv: Record<string, string> = {}): Promise<Started> {
  return startProcess(
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
      ...extraEnv,
    },
    /running on http:\/\/localhost:(\d+)/,
  );
}

/** The bare node:http baseline, answering every request with `body`. */
export const startBareServer = (body: string) => startBaseline('bare-server.ts', body);

/** The framework floor (framework-floor-server.ts): Fastify and the cookie plugin serialising `body`'s document. */
export const startFrameworkFloorServer = (body: string) => startBaseline('framework-floor-server.ts', body);

/** A baseline script of this folder, answering every request with `body` and printing its port when ready. */
function startBaseline(script: string, body: string): Promise<Started> {
  return startProcess(
    'node',
    ['--import', 'tsx', path.join(here, script)],
    { PORT: '0', BARE_BODY: body },
    /listening (\d+)/,
  );
}

export function startProcess(
  command: string,
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<Started> {
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

const CLOCK_TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) the process has used so far, from /proc (Linux); undefined elsewhere. */
function cpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined || !existsSync(`/proc/${pid}/stat`)) return undefined;
  // Fields after the parenthesised command name; utime and stime are the 12th and 13th of them, in clock ticks.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

/** All CPU ticks of the machine so far and those stolen by the hypervisor, from /proc/stat (Linux). */
function machineTicks(): { total: number; stolen: number } | undefined {
  if (!existsSync('/proc/stat')) return undefined;
  // "cpu  user nice system idle iowait irq softirq steal guest guest_nice": guest time is counted in user already.
  const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  return { total: ticks.reduce((sum, tick) => sum + tick, 0), stolen: ticks[7]! };
}

/** Above this share of stolen CPU a report says its figures are not those of a quiet machine. */
const STOLEN_WARNING_PERCENT = 5;

/** Says so when a hypervisor stole more than STOLEN_WARNING_PERCENT of the CPU during any of the runs. */
export function warnIfStolen(figures: readonly Figure[]): void {
  const stolen = Math.max(...figures.map((figure) => figure.stolenPercent ?? 0));
  if (stolen > STOLEN_WARNING_PERCENT) {
    console.log(
      `The hypervisor took up to ${stolen}% of this machine's CPU during a run (steal): req/s and latency are ` +
        'lower than on a quiet machine; compare CPU µs/req (bench/README.md).',
    );
  }
}

/**
 * Starts counting the CPU a run uses: the function it returns, called with the run's completed requests, gives the measured process's CPU time per completed
 * request and the share of the machine's time stolen meanwhile, each where the system tells it.
 */
export function countCpu(measuredPid: number | undefined) {
  const processBefore = cpuSeconds(measuredPid);
  const machineBefore = machineTicks();
  return (completed: number): Pick<Figure, 'cpuUsPerRequest' | 'stolenPercent'> => {
    const processAfter = cpuSeconds(measuredPid);
    const machineAfter = machineTicks();
    const counted: Pick<Figure, 'cpuUsPerRequest' | 'stolenPercent'> = {};
    if (processBefore !== undefined && processAfter !== undefined && completed > 0) {
      counted.cpuUsPerRequest = round(((processAfter - processBefore) * 1e6) / completed, 0);
    }
    if (machineBefore && machineAfter && machineAfter.total > machineBefore.total) {
      const stolen = machineAfter.stolen - machineBefore.stolen;
      counted.stolenPercent = round((100 * stolen) / (machineAfter.total - machineBefore.total), 1);
    }
    return counted;
  };
}

/**
 * One autocannon load of DURATION_S (or of `options.amount` requests), after a 2 s warm-up unless told
 * otherwise; `measuredPid` is the process whose CPU time is counted.
 */
export async function measure(
  name: string,
  options: autocannon.Options,
  measuredPid: number | undefined,
  warmUp = true,
): Promise<Figure> {
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
  const cpu = countCpu(measuredPid);
  const started = performance.now();
  const result = await run(DURATION_S);
  // Up to the last response: autocannon ends a run of a fixed amount on its next whole-second tick.
  const elapsedS = (lastResponseAt - started) / 1000;
  const completed = result['2xx'] + result.non2xx;
  return {
    ...cpu(completed),
    name,
    // Completed responses over the run's exact duration (per-second averages round a short run badly).
    requestsPerSecond: round(completed / elapsedS, 0),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

export function printFigures(figures: readonly Figure[]): void {
  console.table(
    figures.map((f) => ({
      benchmark: f.name,
      'req/s': f.requestsPerSecond,
      'p50 ms': f.p50Ms,
      'p99 ms': f.p99Ms,
      'ratio to bare': f.ratio ?? 1,
      'CPU µs/req': f.cpuUsPerRequest,
      'stolen %': f.stolenPercent,
      non2xx: f.non2xx,
    })),
  );
}

/** Writes bench/results/<file> with the machine it was measured on. */
export function writeResults(file: string, results: Record<string, unknown>): void {
  const withMachine = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
    ...results,
  };
  mkdirSync(path.join(here, 'results'), { recursive: true });
  writeFileSync(path.join(here, 'results', file), `${JSON.stringify(withMachine, null, 2)}\n`);
}

export async function login(base: string, userId: string): Promise<string> {
  const response = await fetch(`${base}/api/dev/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!response.ok || !cookie) throw new Error(`login failed: ${response.status}`);
  return cookie;
}

export const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** The p-th percentile (0–100) of the values, by nearest rank. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
