import type { Answers } from '@intyg/core';
import { sleep } from './processes.js';

const PATIENT = '191212121212';

/**
 * The crash test's user of the server's HTTP API. A request that meets a killed server waits for the server
 * to come back (the test tells the client where with `moveTo`) and is then repeated only where repeating is
 * safe: a send is repeated only if the certificate shows no sending yet.
 */
export class ServerClient {
  private constructor(
    private base: string,
    private readonly cookie: string,
  ) {}

  static async login(base: string, userId: string): Promise<ServerClient> {
    const response = await fetch(`${base}/api/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId }),
    });
    const cookie = response.headers.get('set-cookie')?.split(';')[0];
    if (!response.ok || !cookie) throw new Error(`login failed: ${response.status}`);
    return new ServerClient(base, cookie);
  }

  moveTo(base: string): void {
    this.base = base;
  }

  /** A signed lisjp (before the chaos starts: no retries). */
  async signedLisjp(answers: Answers): Promise<{ id: string; revision: number }> {
    const created = await this.json<{ id: string; revision: number; answers: Answers }>('POST', '/api/certificates', {
      type: 'lisjp',
      patientId: PATIENT,
    });
    const saved = await this.json<{ revision: number }>('PUT', `/api/certificates/${created.id}`, {
      revision: created.revision,
      answers: { ...created.answers, ...answers },
    });
    const signed = await this.json<{ id: string; revision: number }>('POST', `/api/certificates/${created.id}/sign`, {
      revision: saved.revision,
    });
    return { id: signed.id, revision: signed.revision };
  }

  async send(certificate: { id: string; revision: number }): Promise<void> {
    await this.json('POST', `/api/certificates/${certificate.id}/send`, {
      revision: certificate.revision,
      patientConsent: true,
    });
  }

  /** Sends; if the server dies meanwhile, asks the restarted server whether the send took, and sends if not. */
  async sendSurvivingRestarts(certificate: { id: string; revision: number }): Promise<void> {
    for (;;) {
      try {
        const current = await this.json<{ revision: number; sending?: unknown }>(
          'GET',
          `/api/certificates/${certificate.id}`,
        );
        if (current.sending !== undefined) return;
        await this.send({ id: certificate.id, revision: current.revision });
        return;
      } catch (error) {
        if (!isConnectionError(error)) throw error;
        await sleep(200);
      }
    }
  }

  /** How many of `ids` show as sent, reading the unit's list of sent certificates. */
  async countSent(ids: readonly string[]): Promise<number> {
    const wanted = new Set(ids);
    let found = 0;
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = await this.retrying(() =>
        this.json(
          'GET',
          `/api/certificates?status=sent&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        ),
      );
      found += page.items.filter((item) => wanted.has(item.id)).length;
      cursor = page.nextCursor;
    } while (cursor !== null);
    return found;
  }

  /** How many delivery attempts of the certificates' deliveries ended in each outcome. */
  async attemptOutcomes(ids: readonly string[]): Promise<Map<string, number>> {
    const outcomes = new Map<string, number>();
    for (const id of ids) {
      const { items } = await this.json<{ items: { attempts: { outcome: string }[] }[] }>(
        'GET',
        `/api/certificates/${id}/deliveries`,
      );
      for (const attempt of items.flatMap((item) => item.attempts)) {
        outcomes.set(attempt.outcome, (outcomes.get(attempt.outcome) ?? 0) + 1);
      }
    }
    return outcomes;
  }

  /** Which worker (server process) delivered each certificate, as counts per worker. */
  async deliveringWorkers(ids: readonly string[]): Promise<Map<string, number>> {
    const workers = new Map<string, number>();
    for (const id of ids) {
      const { items } = await this.json<{
        items: { status: string; attempts: { worker: string; outcome: string }[] }[];
      }>('GET', `/api/certificates/${id}/deliveries`);
      const worker = items[0]?.attempts.find((attempt) => attempt.outcome === 'delivered')?.worker ?? 'none';
      // The worker id is host:pid:random; the process is what counts.
      const process = worker.split(':').slice(0, 2).join(':');
      workers.set(process, (workers.get(process) ?? 0) + 1);
    }
    return workers;
  }

  private async retrying<T>(request: () => Promise<T>): Promise<T> {
    for (;;) {
      try {
        return await request();
      } catch (error) {
        if (!isConnectionError(error)) throw error;
        await sleep(200);
      }
    }
  }

  private async json<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { cookie: this.cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return JSON.parse(text) as T;
  }
}

function isConnectionError(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } } | undefined)?.cause;
  return (
    error instanceof TypeError && ['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE'].includes(cause?.code ?? '')
  );
}
