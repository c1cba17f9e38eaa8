/**
 * Messages to care are not lost while care is down and are sent once: the sender retries with backoff until
 * care acknowledges, stops at a permanent refusal, and picks up what was pending after a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  eventually,
  postForm,
  registerXml,
  startFakeCare,
  startTestRecipients,
  type TestRecipients,
} from '../test-support/harness.js';

interface Message {
  messageId: string;
  status: string;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
}

const dataDir = mkdtempSync(join(tmpdir(), 'intyg-recipients-sender-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

let care: Awaited<ReturnType<typeof startFakeCare>> | undefined;
let t: TestRecipients | undefined;
afterEach(async () => {
  await t?.close();
  await care?.close();
});

let certificateCount = 0;
/** A new certificate at FKASSA and a KONTKT message about it posted through the page. */
async function sendMessage(recipients: TestRecipients): Promise<string> {
  const certificateId = `sender-${++certificateCount}`;
  await recipients.post('/FKASSA/RegisterCertificate/3', registerXml('lisjp', certificateId));
  const response = await postForm(recipients, `/FKASSA/certificates/${certificateId}/messages`, [
    ['subject', 'KONTKT'],
    ['heading', 'Kontakt'],
    ['text', 'Ring oss.'],
  ]);
  expect(response.status).toBe(303);
  return certificateId;
}

const messagesOf = async (recipients: TestRecipients, certificateId: string) =>
  (await recipients.json<{ items: Message[] }>(`/api/messages?certificateId=${certificateId}`)).items;

describe('sending messages to care', () => {
  beforeEach(() => {
    care = undefined;
    t = undefined;
  });

  test('care answering 503 twice, then OK: delivered after three attempts, the same message each time, then no more', async () => {
    care = await startFakeCare([{ status: 503, body: 'Service Unavailable' }, { status: 503 }, { resultCode: 'OK' }]);
    t = await startTestRecipients({ INTYG_CARE_URL: care.url });
    const certificateId = await sendMessage(t);

    await eventually(async () => (await messagesOf(t!, certificateId))[0]?.status === 'sent');
    const [message] = await messagesOf(t, certificateId);
    expect(message).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
    expect(care.requests).toHaveLength(3);
    expect(new Set(care.requests.map((request) => request.body)).size).toBe(1);
    expect(care.requests.map((request) => request.headers['idempotency-key'])).toEqual(
      Array(3).fill(message!.messageId),
    );
    // Sent means done: no further posts.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(care.requests).toHaveLength(3);
  });

  test('INFO (care had it already) counts as delivered', async () => {
    care = await startFakeCare([{ resultCode: 'INFO', resultText: 'Message already exists' }]);
    t = await startTestRecipients({ INTYG_CARE_URL: care.url });
    const certificateId = await sendMessage(t);
    await eventually(async () => (await messagesOf(t!, certificateId))[0]?.status === 'sent');
    expect(care.requests).toHaveLength(1);
  });

  test('a VALIDATION_ERROR from care is final: rejected with its text, not retried', async () => {
    care = await startFakeCare([{ resultCode: 'ERROR', errorId: 'VALIDATION_ERROR', resultText: 'Okänt intyg.' }]);
    t = await startTestRecipients({ INTYG_CARE_URL: care.url });
    const certificateId = await sendMessage(t);
    await eventually(async () => (await messagesOf(t!, certificateId))[0]?.status === 'rejected');
    expect((await messagesOf(t, certificateId))[0]).toMatchObject({ lastError: 'VALIDATION_ERROR: Okänt intyg.' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(care.requests).toHaveLength(1);
    const html = await (await fetch(`${t.base}/FKASSA/certificates/${certificateId}`)).text();
    expect(html).toContain('Avvisat av vården: VALIDATION_ERROR: Okänt intyg.');
  });

  test('a message stored while care is unreachable is sent after a restart, once care is up', async () => {
    // Care's address answers nothing: the message waits, retried with backoff.
    t = await startTestRecipients({ INTYG_RECIPIENTS_DATA_DIR: dataDir, INTYG_CARE_URL: 'http://127.0.0.1:9' });
    const certificateId = await sendMessage(t);
    await eventually(async () => ((await messagesOf(t!, certificateId))[0]?.attempts ?? 0) >= 2);
    const [waiting] = await messagesOf(t, certificateId);
    expect(waiting).toMatchObject({ status: 'pending', sentAt: null });
    expect(waiting?.lastError).toMatch(/^No answer from care: /);
    await t.close();

    care = await startFakeCare();
    t = await startTestRecipients({ INTYG_RECIPIENTS_DATA_DIR: dataDir, INTYG_CARE_URL: care.url });
    await eventually(async () => (await messagesOf(t!, certificateId))[0]?.status === 'sent');
    expect(care.requests).toHaveLength(1);
    expect(care.requests[0]?.headers['idempotency-key']).toBe(waiting?.messageId);
  });
});
