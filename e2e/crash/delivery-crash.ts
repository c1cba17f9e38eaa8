/**
 * `npm run test:crash`: delivery loses nothing and duplicates nothing (issue 6).
 *
 * 1. SQLite, one server: 1,000 certificates are created, signed and sent while the server process is killed
 *    with SIGKILL at random points (at least five times) and started again, and then the recipient service is
 *    down for a while. Afterwards every certificate has arrived at the recipient exactly once (stored once,
 *    however often a crashed attempt posted it) and shows as sent.
 * 2. PostgreSQL, two server processes on one database share the delivery work: every certificate is posted
 *    exactly once, and both processes delivered some.
 *
 * Uses the built server and recipients (`npm run build` first; `npm run test:crash` does it).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { certificateFixtures } from '@intyg/certificate-types';
import { freePort, kill, RECIPIENTS_MAIN, SERVER_MAIN, sleep, startNode, type Running } from './processes.js';
import { ServerClient } from './server-client.js';

const COUNT = Number(process.env.CRASH_CERTIFICATES ?? 1000);
const KILLS = Number(process.env.CRASH_KILLS ?? 6);
const SHARED_COUNT = Number(process.env.CRASH_SHARED_CERTIFICATES ?? 300);
const WIDTH = 8;
const SERVER_READY = /running on (http:\/\/localhost:\d+)/;
const RECIPIENTS_READY = /Recipients are running on (http:\/\/\S+)/;

const log = (message: string) => console.log(`[crash] ${message}`);
function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`FAILED: ${message}`);
  log(`ok: ${message}`);
}

const serverEnv = (recipientsUrl: string, extra: Record<string, string>) => ({
  PORT: '0',
  HOST: '127.0.0.1',
  INTYG_DEMO_DATA: 'false',
  INTYG_DEV_LOGIN: 'true',
  INTYG_DEV_IDP: 'false',
  INTYG_RECIPIENTS_URL: recipientsUrl,
  // A crashed attempt's lease ends soon, and retries come quickly: the test need not wait minutes.
  INTYG_DELIVERY_LEASE_SECONDS: '2',
  INTYG_DELIVERY_POLL_MS: '100',
  INTYG_DELIVERY_RETRY_BASE_MS: '200',
  INTYG_DELIVERY_RETRY_MAX_MS: '2000',
  LOG_LEVEL: 'error',
  ...extra,
});

async function startRecipients(dataDir: string, port: number): Promise<Running> {
  return startNode(
    RECIPIENTS_MAIN,
    { PORT: String(port), INTYG_RECIPIENTS_DATA_DIR: dataDir, LOG_LEVEL: 'error' },
    RECIPIENTS_READY,
  );
}

interface Received {
  certificateId: string;
  receipts: number;
}

async function received(recipientsUrl: string): Promise<Map<string, Received>> {
  const response = await fetch(`${recipientsUrl}/api/received?recipient=FKASSA`);
  const { items } = (await response.json()) as { items: Received[] };
  const byId = new Map<string, Received>();
  for (const item of items) {
    if (byId.has(item.certificateId)) throw new Error(`FAILED: ${item.certificateId} is stored twice at the recipient`);
    byId.set(item.certificateId, item);
  }
  return byId;
}

async function inParallel<T>(items: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: WIDTH }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}

async function waitUntilSent(client: ServerClient, ids: readonly string[], timeoutMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const sent = await client.countSent(ids);
    if (sent === ids.length) return Date.now() - started;
    if (Date.now() - started > timeoutMs)
      throw new Error(`FAILED: only ${sent} of ${ids.length} sent after ${timeoutMs} ms`);
    await sleep(500);
  }
}

async function crashScenario(work: string): Promise<void> {
  log(`scenario 1: SQLite, ${COUNT} certificates, ${KILLS} kills of the server, the recipient down for a while`);
  const recipientsPort = await freePort();
  let recipients = await startRecipients(path.join(work, 'recipients'), recipientsPort);
  const env = serverEnv(recipients.url, { INTYG_DATA_DIR: path.join(work, 'server') });
  let server = await startNode(SERVER_MAIN, env, SERVER_READY);
  const client = await ServerClient.login(server.url, 'ajla');
  const minimal = certificateFixtures['lisjp/2.0']!.minimal;

  const started = Date.now();
  const signed: { id: string; revision: number }[] = [];
  await inParallel(
    Array.from({ length: COUNT }, (_, i) => i),
    async () => {
      signed.push(await client.signedLisjp(minimal));
    },
  );
  log(`${signed.length} certificates signed in ${Date.now() - started} ms`);

  // Chaos: the server is killed at random points while certificates are sent and delivered, and once, midway,
  // the recipient is down for a few seconds while sending goes on.
  let kills = 0;
  let sending = true;
  let recipientWasDown = false;
  const chaos = (async () => {
    while (kills < KILLS || sending) {
      await sleep(300 + Math.random() * 1200);
      await kill(server);
      kills++;
      server = await startNode(SERVER_MAIN, env, SERVER_READY);
      client.moveTo(server.url);
      if (kills === 2) {
        await kill(recipients);
        log('recipient down');
        await sleep(4000);
        recipients = await startRecipients(path.join(work, 'recipients'), recipientsPort);
        recipientWasDown = true;
        log('recipient up again');
      }
      if (kills >= KILLS && !sending) break;
    }
  })();
  await inParallel(signed, (certificate) => client.sendSurvivingRestarts(certificate));
  sending = false;
  await chaos;
  log(`all sent, with ${kills} SIGKILLs of the server`);

  const waited = await waitUntilSent(
    client,
    signed.map((c) => c.id),
    240_000,
  );
  const arrived = await received(recipients.url);
  const ours = signed.map((c) => arrived.get(c.id));
  const attempts = await client.attemptOutcomes(signed.map((c) => c.id));
  check(kills >= 5, `the server was killed ${kills} times`);
  check(
    recipientWasDown && (attempts.get('retry') ?? 0) > 0,
    `the recipient was down meanwhile (${attempts.get('retry') ?? 0} attempts to be retried)`,
  );
  check(
    ours.every((item) => item !== undefined),
    `all ${COUNT} certificates arrived at the recipient`,
  );
  check(arrived.size === COUNT, `the recipient stores exactly ${COUNT} certificates, each once`);
  const posts = ours.reduce((sum, item) => sum + (item?.receipts ?? 0), 0);
  log(
    `figures: ${COUNT} certificates, ${kills} kills, ${posts} RegisterCertificate posts (${posts - COUNT} repeated ` +
      `after crashes, answered INFO), attempts ${JSON.stringify(Object.fromEntries(attempts))}, the last sent ` +
      `${waited} ms after the chaos ended; total ${Date.now() - started} ms`,
  );
  await kill(server);
  await kill(recipients);
}

async function sharedScenario(work: string): Promise<void> {
  log(`scenario 2: PostgreSQL, two server processes, ${SHARED_COUNT} certificates`);
  const admin = new pg.Client({
    connectionString: process.env.CRASH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  });
  await admin.connect();
  const database = `intyg_crash_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await admin.query(`create database ${database}`);
  const url = new URL(process.env.CRASH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${database}`;
  try {
    const recipients = await startRecipients(path.join(work, 'recipients-pg'), await freePort());
    const env = serverEnv(recipients.url, {
      DATABASE_URL: url.toString(),
      INTYG_DATA_DIR: path.join(work, 'server-pg'),
    });
    const first = await startNode(SERVER_MAIN, env, SERVER_READY);
    const second = await startNode(SERVER_MAIN, env, SERVER_READY);
    const a = await ServerClient.login(first.url, 'ajla');
    const b = await ServerClient.login(second.url, 'ajla');
    const minimal = certificateFixtures['lisjp/2.0']!.minimal;
    const signed: { id: string; revision: number }[] = [];
    await inParallel(
      Array.from({ length: SHARED_COUNT }, (_, i) => i),
      async (i) => {
        signed.push(await (i % 2 === 0 ? a : b).signedLisjp(minimal));
      },
    );
    await inParallel(signed, (certificate) => (signed.indexOf(certificate) % 2 === 0 ? a : b).send(certificate));
    await waitUntilSent(
      a,
      signed.map((c) => c.id),
      120_000,
    );
    const arrived = await received(recipients.url);
    check(
      signed.every((c) => arrived.get(c.id)?.receipts === 1),
      `each of the ${SHARED_COUNT} certificates was posted to the recipient exactly once`,
    );
    const workers = await a.deliveringWorkers(signed.map((c) => c.id));
    check(workers.size === 2, `both server processes delivered (${[...workers.values()].join(' + ')} deliveries)`);
    for (const running of [first, second, recipients]) await kill(running);
  } finally {
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
  }
}

const work = mkdtempSync(path.join(tmpdir(), 'intyg-crash-'));
try {
  await crashScenario(work);
  await sharedScenario(work);
  log('passed');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
