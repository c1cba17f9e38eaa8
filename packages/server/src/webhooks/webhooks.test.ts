import type { Actor } from '@intyg/core';
import { forEachDialect } from '@intyg/store/test-support';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { steppingClock } from '../clock.js';
import { fakeRecipientEnv, startFakeRecipient, type FakeRecipient } from '../test-support/fake-recipient.js';
import { json, LISJP, openTestApp, TEST_NOW, type TestApp } from '../test-support/test-app.js';
import { startWebhookReceiver, type WebhookReceiver } from '../test-support/webhook-receiver.js';
import { WebhookRegistration } from './webhook-registration.js';

interface Draft {
  id: string;
  revision: number;
}
interface Registered {
  id: string;
  url: string;
  secret: string;
  events: string[] | null;
}

const ALVC = 'TSTNMT2321000156-ALVC';
const TOLVAN = '19121212-1212';

forEachDialect('status webhooks for EHR systems', (db) => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  let recipient: FakeRecipient;
  let doctor: string;
  let otherUnitDoctor: string;
  const clock = steppingClock(TEST_NOW);

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    recipient = await startFakeRecipient();
    t = await openTestApp(db.store, { clock, env: fakeRecipientEnv(recipient) });
    doctor = await t.login('ajla');
    otherUnitDoctor = await t.login('beata');
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
    await recipient.close();
  });
  // Each test starts without webhooks and with nothing pending: a removed webhook's deliveries fail at once.
  afterEach(async () => {
    for (const cookie of [doctor, otherUnitDoctor]) {
      const { items } = json<{ items: Registered[] }>(await call('GET', '/api/webhooks', cookie));
      for (const webhook of items) await call('DELETE', `/api/webhooks/${webhook.id}`, cookie);
    }
    clock.advance(60_000);
    while ((await t.app.deliveryWorker.runOnce()) > 0) clock.advance(60_000);
    receiver.received.length = 0;
    receiver.rejected = 0;
  });

  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, cookie: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  /** Registers a webhook at `${receiver.url}/${name}` for the user's unit and tells the receiver its secret. */
  async function register(name: string, cookie = doctor, events?: string[]): Promise<Registered> {
    const response = await call('POST', '/api/webhooks', cookie, {
      url: `${receiver.url}/${name}`,
      ...(events ? { events } : {}),
    });
    expect(response.statusCode).toBe(201);
    const registered = json<Registered>(response);
    receiver.trust(`/${name}`, registered.secret);
    return registered;
  }
  const deliver = () => t.app.deliveryWorker.runOnce();
  const codesAt = (name: string) =>
    receiver.received.filter((notification) => notification.path === `/${name}`).map((n) => n.body.code);
  const createDraft = async () =>
    json<Draft>(await call('POST', '/api/certificates', doctor, { type: 'lisjp', patientId: TOLVAN }));

  it('tells the EHR of a draft created, saved, signed and sent, in order, each once, signed with its secret', async () => {
    const all = await register('all');
    await register('chosen', doctor, ['SKAPAT', 'SIGNAT', 'SKICKA']);
    await register('beta', otherUnitDoctor);
    expect(all.secret).toMatch(/^[\w-]{43}$/);
    expect(all.events).toBeNull();

    const draft = await createDraft();
    await deliver();
    const saved = json<Draft>(
      await call('PUT', `/api/certificates/${draft.id}`, doctor, { revision: draft.revision, answers: LISJP.minimal }),
    );
    await deliver();
    const signed = json<Draft>(
      await call('POST', `/api/certificates/${draft.id}/sign`, doctor, { revision: saved.revision }),
    );
    await deliver();
    const send = { revision: signed.revision, patientConsent: true };
    expect((await call('POST', `/api/certificates/${draft.id}/send`, doctor, send)).statusCode).toBe(202);
    await deliver(); // the certificate reaches the recipient: sent
    await deliver(); // and the EHR hears of it
    expect(recipient.requests).toHaveLength(1);

    expect(codesAt('all')).toEqual(['SKAPAT', 'ANDRAT', 'SIGNAT', 'SKICKA']);
    expect(codesAt('chosen')).toEqual(['SKAPAT', 'SIGNAT', 'SKICKA']);
    expect(codesAt('beta')).toEqual([]);
    expect(receiver.rejected).toBe(0);

    const [created] = receiver.received;
    expect(created?.body).toStrictEqual({
      deliveryId: created?.headers['x-intyg-delivery'],
      code: 'SKAPAT',
      text: 'Intygsutkast skapas',
      occurredAt: TEST_NOW,
      certificate: { id: draft.id, type: 'lisjp', version: '2.0' },
      unitId: ALVC,
    });
    expect(created?.headers['x-intyg-timestamp']).toBe(String(Date.parse(TEST_NOW) / 1000));
    expect(created?.headers['x-intyg-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(created?.headers['content-type']).toBe('application/json');
    // Neither the patient's name nor their personal identity number leaves with a notification.
    expect(JSON.stringify(receiver.received)).not.toMatch(/Tolvan|191212/);
  });

  it('is refused by the receiver when the body was tampered with', async () => {
    await register('checked');
    await createDraft();
    await deliver();
    const [genuine] = receiver.received;
    if (genuine === undefined) throw new Error('nothing delivered');
    const headers = {
      'content-type': 'application/json',
      'x-intyg-timestamp': String(genuine.headers['x-intyg-timestamp']),
      'x-intyg-signature': String(genuine.headers['x-intyg-signature']),
    };
    const replay = (body: object) =>
      fetch(`${receiver.url}/checked`, { method: 'POST', headers, body: JSON.stringify(body) });
    expect((await replay(genuine.body)).status).toBe(204);
    expect((await replay({ ...genuine.body, code: 'MAKULE' })).status).toBe(401);
    const later = { ...headers, 'x-intyg-timestamp': String(Number(headers['x-intyg-timestamp']) + 600) };
    const moved = await fetch(`${receiver.url}/checked`, {
      method: 'POST',
      headers: later,
      body: JSON.stringify(genuine.body),
    });
    expect(moved.status).toBe(401);
    expect(receiver.rejected).toBe(2);
  });

  it('retries a receiver that answers 500, with the same delivery id, until it takes the notification', async () => {
    await register('flaky');
    receiver.answerNext(500, 503);
    const draft = await createDraft();
    await deliver();
    expect(await deliver()).toBe(0); // not due before the backoff
    clock.advance(1000);
    await deliver();
    clock.advance(1000);
    await deliver();
    expect(codesAt('flaky')).toEqual(['SKAPAT', 'SKAPAT', 'SKAPAT']);
    expect(new Set(receiver.received.map((n) => n.headers['x-intyg-delivery'])).size).toBe(1);
    const { items } = json<{
      items: { kind: string; status: string; attempts: { outcome: string; detail: string }[] }[];
    }>(await call('GET', `/api/certificates/${draft.id}/deliveries`, doctor));
    expect(items.map((d) => [d.kind, d.status, d.attempts.map((a) => `${a.outcome} ${a.detail}`)])).toEqual([
      ['statusWebhook', 'delivered', ['retry HTTP 500', 'retry HTTP 503', 'delivered HTTP 204']],
    ]);
  });

  it('gives up at once on an answer that will not heal', async () => {
    await register('gone');
    receiver.answerNext(410);
    const draft = await createDraft();
    await deliver();
    clock.advance(60_000);
    expect(await deliver()).toBe(0);
    const { items } = json<{ items: { status: string; lastError: string }[] }>(
      await call('GET', `/api/certificates/${draft.id}/deliveries`, doctor),
    );
    expect(items).toMatchObject([{ status: 'failed', lastError: 'HTTP 410' }]);
  });

  it('sends nothing more to a removed webhook, its pending notifications included', async () => {
    const webhook = await register('removed');
    const draft = await createDraft();
    expect((await call('DELETE', `/api/webhooks/${webhook.id}`, otherUnitDoctor)).statusCode).toBe(404);
    expect((await call('DELETE', `/api/webhooks/${webhook.id}`, doctor)).statusCode).toBe(204);
    expect(json(await call('DELETE', `/api/webhooks/${webhook.id}`, doctor))).toMatchObject({
      code: 'WEBHOOK_NOT_FOUND',
    });
    expect(json<{ items: unknown[] }>(await call('GET', '/api/webhooks', doctor)).items).toEqual([]);
    await deliver();
    await createDraft();
    await deliver();
    expect(receiver.received).toEqual([]);
    const { items } = json<{ items: { status: string; lastError: string }[] }>(
      await call('GET', `/api/certificates/${draft.id}/deliveries`, doctor),
    );
    expect(items).toMatchObject([{ status: 'failed', lastError: 'The webhook was removed; not sent' }]);
  });

  it('lists the own unit’s webhooks without secrets, and refuses bad URLs with 400, writing nothing', async () => {
    const registeredAt = clock.now();
    const registered = await register('listed', doctor, ['SIGNAT', 'SIGNAT', 'MAKULE']);
    await register('elsewhere', otherUnitDoctor);
    const listed = json<{ items: Record<string, unknown>[] }>(await call('GET', '/api/webhooks', doctor)).items;
    expect(listed).toStrictEqual([
      {
        id: registered.id,
        url: `${receiver.url}/listed`,
        events: ['SIGNAT', 'MAKULE'],
        createdBy: 'ajla',
        createdAt: registeredAt,
      },
    ]);
    for (const body of [
      { url: 'ftp://journal.example.se/hook' },
      { url: 'not a url' },
      { url: 'https://user:password@journal.example.se/hook' },
      { url: 'https://journal.example.se/hook', events: ['UNKNOWN'] },
      { url: 'https://journal.example.se/hook', events: [] },
      { url: 'https://journal.example.se/hook', secret: 'mine' },
    ]) {
      const response = await call('POST', '/api/webhooks', doctor, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(['INVALID_WEBHOOK_URL', 'INVALID_REQUEST']).toContain(json(response)['code']);
    }
    expect(await t.system.store.listWebhooks(ALVC)).toHaveLength(1);
  });

  it('refuses plain http in production except to the local host', async () => {
    const production = new WebhookRegistration({ store: t.system.store, clock, production: true });
    const actor: Actor = {
      userId: 'vera',
      hsaId: 'TSTNMT2321000156-VAVE',
      name: 'Vera',
      role: 'careAdmin',
      unitId: 'TSTNMT2321000156-PRODTEST',
      careProviderId: 'TSTNMT2321000156-ALFA',
    };
    await expect(production.register(actor, { url: 'http://journal.example.se/hook' })).rejects.toMatchObject({
      code: 'INVALID_WEBHOOK_URL',
    });
    await production.register(actor, { url: 'https://journal.example.se/hook' });
    clock.advance(1000);
    await production.register(actor, { url: 'http://localhost:9000/hook' });
    expect((await production.list(actor)).map((webhook) => webhook.url)).toEqual([
      'https://journal.example.se/hook',
      'http://localhost:9000/hook',
    ]);
    for (const webhook of await production.list(actor)) await production.remove(actor, webhook.id);
  });

  it('refuses a role without the privilege, with the reason, and writes nothing', async () => {
    const nurse = await t.login('anna');
    const webhook = await register('kept');
    for (const [method, url, body] of [
      ['GET', '/api/webhooks', undefined],
      ['POST', '/api/webhooks', { url: `${receiver.url}/nurse` }],
      ['DELETE', `/api/webhooks/${webhook.id}`, undefined],
    ] as const) {
      const response = await call(method, url, nurse, body);
      expect(response.statusCode).toBe(403);
      expect(json(response)).toMatchObject({
        code: 'ACTION_NOT_ALLOWED',
        details: { reasons: [{ code: 'roleLacksPrivilege' }] },
      });
    }
    expect((await t.system.store.listWebhooks(ALVC)).map((w) => w.id)).toEqual([webhook.id]);
    // The care administrator may manage them.
    const careAdmin = await t.login('vera');
    expect((await call('GET', '/api/webhooks', careAdmin)).statusCode).toBe(200);
  });
});
