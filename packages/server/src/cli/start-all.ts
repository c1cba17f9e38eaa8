#!/usr/bin/env node
/**
 * `npm start`: the whole system on a laptop — the simulated recipients (Försäkringskassan and Transportstyrelsen,
 * packages/recipients) on their own port with their own SQLite file, then the server, which sends to them.
 * Ctrl-C stops both; if either stops on its own, the other is stopped too.
 *
 * INTYG_SIMULATED_RECIPIENTS=false starts the server alone (real recipients configured with INTYG_RECIPIENTS).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('../main.js', import.meta.url));
const RECIPIENTS = fileURLToPath(new URL('../../../recipients/dist/main.js', import.meta.url));
const READY = /Recipients are running on (http:\/\/\S+)/;

const children: ChildProcess[] = [];
let stopping = false;

function start(name: string, script: string, env: NodeJS.ProcessEnv, ready?: RegExp): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(child);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(ready ? prefixed(name, chunk.toString()) : chunk);
      if (ready) {
        output += chunk.toString();
        const match = ready.exec(output);
        if (match) {
          output = '';
          resolve(match[1]);
        }
      }
    });
    if (!ready) resolve(undefined);
    child.once('exit', (code, signal) => {
      if (!stopping) {
        console.error(`${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`);
        void stopAll(code ?? 1);
      }
      reject(new Error(`${name} exited before it was ready`));
    });
  });
}

const prefixed = (name: string, text: string) =>
  text
    .split('\n')
    .map((line, i, lines) => (line === '' && i === lines.length - 1 ? '' : `[${name}] ${line}`))
    .join('\n');

async function stopAll(code: number): Promise<void> {
  stopping = true;
  const exits = children
    .filter((child) => child.exitCode === null && child.signalCode === null)
    .map((child) => new Promise((resolve) => child.once('exit', resolve)));
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(exits);
  process.exit(code);
}

async function main(): Promise<void> {
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));
  const env = { ...process.env };
  if (env.INTYG_SIMULATED_RECIPIENTS !== 'false' && env.NODE_ENV !== 'production') {
    const url = await start(
      'recipients',
      RECIPIENTS,
      {
        ...env,
        PORT: env.INTYG_RECIPIENTS_PORT ?? '8090',
        // The simulated recipients send their messages to this server.
        INTYG_CARE_URL: env.INTYG_CARE_URL ?? `http://localhost:${env.PORT ?? '8080'}`,
      },
      READY,
    );
    env.INTYG_RECIPIENTS_URL ??= url;
  }
  await start('server', SERVER, env);
}

main().catch((error: unknown) => {
  if (!stopping) {
    console.error(error);
    void stopAll(1);
  }
});
