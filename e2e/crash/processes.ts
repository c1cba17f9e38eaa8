/**
 * The real processes of the crash test: the built server and the built simulated recipients, each started as a
 * child process and killed without warning (SIGKILL) when the test says so.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVER_MAIN = path.join(root, 'packages/server/dist/main.js');
export const RECIPIENTS_MAIN = path.join(root, 'packages/recipients/dist/main.js');

export interface Running {
  readonly child: ChildProcess;
  readonly url: string;
}

/** Starts `script` and resolves with its URL once it prints its ready line. */
export function startNode(script: string, env: Record<string, string>, ready: RegExp): Promise<Running> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) {
        child.stdout?.off('data', onData);
        resolve({ child, url: match[1]! });
      }
    };
    child.stdout?.on('data', onData);
    // Keep stderr drained; show it only when the process fails to start.
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code, signal) =>
      reject(new Error(`${script} exited (${signal ?? code}) before ready:\n${output}`)),
    );
  });
}

/** Kills without warning and waits until the process is gone. */
export async function kill(running: Running): Promise<void> {
  if (running.child.exitCode !== null || running.child.signalCode !== null) return;
  const gone = new Promise((resolve) => running.child.once('exit', resolve));
  running.child.kill('SIGKILL');
  await gone;
}

/** A port nothing listens on now, so a restarted process can come back on the same one. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
