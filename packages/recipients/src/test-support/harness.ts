/**
 * The recipients process for tests: a temporary SQLite file per test file, real HTTP on port 0, a clock on
 * the certificate fixtures' day (moving, so that retries fall due), and RegisterCertificate XML built from the
 * real fixtures with @intyg/riv. Also a small fake of care's /riv/SendMessageToCare/2 (a real listener).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { certificateFixtures, certificateModels, newestActiveModel } from '@intyg/certificate-types';
import { modelKey } from '@intyg/core';
import { registerCertificateXml, sendMessageToCareResponseXml, type RivResult } from '@intyg/riv';
import { testCertificate } from '@intyg/riv/test-support';
import { startRecipients, type RunningRecipients } from '../app.js';
import { DEMO_INBOUND_KEY, loadConfig } from '../config.js';

/** The fixtures' day: every fixture validates on it. */
export const FIXTURE_DAY = '2025-10-01';
const offset = Date.parse(`${FIXTURE_DAY}T09:00:00Z`) - Date.now();
export const fixtureClock = () => new Date(Date.now() + offset);

export interface TestRecipients {
  readonly running: RunningRecipients;
  /** `http://127.0.0.1:<port>`. */
  readonly base: string;
  post(path: string, xml: string, headers?: Record<string, string>): Promise<{ status: number; body: string }>;
  json<T>(path: string): Promise<T>;
  close(): Promise<void>;
}

/** A new temporary data folder unless `env` names one (which then outlives `close`, for a restart). */
export async function startTestRecipients(env: Record<string, string> = {}): Promise<TestRecipients> {
  const ownDataDir = env.INTYG_RECIPIENTS_DATA_DIR === undefined;
  const dataDir = env.INTYG_RECIPIENTS_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'intyg-recipients-'));
  const config = loadConfig({
    PORT: '0',
    INTYG_RECIPIENTS_DATA_DIR: dataDir,
    INTYG_CARE_URL: 'http://127.0.0.1:9',
    INTYG_RECIPIENTS_RETRY_BASE_MS: '20',
    INTYG_RECIPIENTS_RETRY_MAX_MS: '200',
    ...env,
  });
  const running = await startRecipients(config, { now: fixtureClock });
  const base = `http://127.0.0.1:${running.port}`;
  return {
    running,
    base,
    async post(path, xml, headers = {}) {
      const response = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'text/xml; charset=utf-8', authorization: `Bearer ${DEMO_INBOUND_KEY}`, ...headers },
        body: xml,
      });
      return { status: response.status, body: await response.text() };
    },
    async json<T>(path: string) {
      const response = await fetch(`${base}${path}`);
      if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    async close() {
      await running.close();
      if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Posts the page's form as a browser would (url-encoded), without following the redirect. */
export async function postForm(
  t: TestRecipients,
  path: string,
  fields: readonly (readonly [string, string])[],
  headers: Record<string, string> = {},
): Promise<{ status: number; location: string | null; body: string }> {
  const response = await fetch(`${t.base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields.map(([name, value]) => [name, value])).toString(),
    redirect: 'manual',
  });
  return { status: response.status, location: response.headers.get('location'), body: await response.text() };
}

/** RegisterCertificate XML of the newest version of `type`, from its maximal fixture, with this id. */
export function registerXml(type: string, certificateId: string, which: 'maximal' | 'minimal' = 'maximal'): string {
  const model = newestActiveModel(type, FIXTURE_DAY, certificateModels);
  const fixtures = model === undefined ? undefined : certificateFixtures[modelKey(model)];
  if (model === undefined || fixtures === undefined) throw new Error(`No model or fixtures for ${type}`);
  return registerCertificateXml(model, {
    ...testCertificate(model, fixtures[which], fixtures.today),
    id: certificateId,
  });
}

/** The resultCode, errorId and resultText of a contract's answer. */
export function resultOf(body: string): { resultCode?: string; errorId?: string; resultText?: string } {
  const pick = (tag: string) =>
    new RegExp(`<(?:\\w+:)?${tag}>([\\s\\S]*?)</(?:\\w+:)?${tag}>`)
      .exec(body)?.[1]
      ?.replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const found = { resultCode: pick('resultCode'), errorId: pick('errorId'), resultText: pick('resultText') };
  return Object.fromEntries(Object.entries(found).filter(([, value]) => value !== undefined));
}

export interface CareRequest {
  readonly headers: Record<string, string | string[] | undefined>;
  readonly url: string;
  readonly body: string;
}

/** A fake care server: records every request and answers with the next of `answers` (the last one repeats). */
export async function startFakeCare(
  answers: readonly ({ status: number; body?: string } | RivResult)[] = [{ resultCode: 'OK' }],
): Promise<{ url: string; requests: CareRequest[]; close(): Promise<void> }> {
  const requests: CareRequest[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      requests.push({ headers: request.headers, url: request.url ?? '', body });
      const answer = answers[Math.min(requests.length, answers.length) - 1] ?? { resultCode: 'OK' };
      if ('resultCode' in answer) {
        response.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
        response.end(sendMessageToCareResponseXml(answer));
      } else {
        response.writeHead(answer.status, { 'content-type': 'text/plain' });
        response.end(answer.body ?? '');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Waits until `check` holds (polling), or fails after `timeoutMs`. */
export async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for a condition');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
