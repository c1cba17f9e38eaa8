/**
 * An open-loop load: requests sent on a fixed schedule (`rate` per second, evenly spaced), whether or not earlier
 * ones have been answered, as users arrive. Each latency is counted from when its request was due, so a server
 * that falls behind shows it (no coordinated omission). autocannon's `overallRate` sends each second's requests
 * in a burst at the start of the second, which measures the burst, not the rate.
 */
import http from 'node:http';
import { countCpu, percentile, round, type Figure } from './support.js';

export interface OpenLoopRequest {
  readonly method: string;
  readonly path: string;
  readonly body?: string;
}

export interface OpenLoopOptions {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly rate: number;
  readonly durationS: number;
  /** The next request; undefined when none can be sent now (it is then counted as skipped). */
  readonly next: () => { request: OpenLoopRequest; onResponse?: (status: number, body: string) => void } | undefined;
}

export async function measureOpenLoop(
  name: string,
  options: OpenLoopOptions,
  measuredPid: number | undefined,
): Promise<Figure & { skipped: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const target = new URL(options.url);
  const total = Math.round(options.rate * options.durationS);
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let skipped = 0;
  let sent = 0;
  const cpu = countCpu(measuredPid);
  const started = performance.now();
  const answered: Promise<void>[] = [];

  const send = (dueAt: number): void => {
    const next = options.next();
    if (next === undefined) {
      skipped += 1;
      return;
    }
    const { request, onResponse } = next;
    answered.push(
      new Promise<void>((resolve) => {
        const outgoing = http.request(
          {
            host: target.hostname,
            port: target.port,
            method: request.method,
            path: request.path,
            agent,
            headers: options.headers,
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () => {
              latencies.push(performance.now() - dueAt);
              const status = response.statusCode ?? 0;
              if (status < 200 || status >= 300) non2xx += 1;
              onResponse?.(status, Buffer.concat(chunks).toString());
              resolve();
            });
          },
        );
        outgoing.on('error', () => {
          errors += 1;
          resolve();
        });
        outgoing.end(request.body);
      }),
    );
  };

  await new Promise<void>((resolve) => {
    const pump = (): void => {
      const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * options.rate) + 1);
      while (sent < due) send(started + (sent++ * 1000) / options.rate);
      if (sent < total) setTimeout(pump, 1);
      else resolve();
    };
    pump();
  });
  await Promise.all(answered);
  const elapsedS = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const completed = latencies.length;
  return {
    ...cpu(completed),
    name,
    requestsPerSecond: round(completed / elapsedS, 0),
    p50Ms: round(percentile(latencies, 50), 1),
    p99Ms: round(percentile(latencies, 99), 1),
    non2xx,
    errors,
    skipped,
  };
}
