/**
 * The recipients' page over real HTTP: what arrived is listed, and the form sends valid SendMessageToCare XML
 * to (a fake of) care, once, after POST-redirect-GET; bad input is shown again with Swedish errors and nothing
 * stored; a post from another site is refused.
 */
import { parseSendMessageToCare, revokeCertificateXml } from '@intyg/riv';
import { SEND_MESSAGE_TO_CARE_XSD, TEST_PROFESSIONAL, validateAgainstSchema } from '@intyg/riv/test-support';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  eventually,
  postForm,
  registerXml,
  startFakeCare,
  startTestRecipients,
  type TestRecipients,
} from '../test-support/harness.js';

let t: TestRecipients;
let care: Awaited<ReturnType<typeof startFakeCare>>;
const page = async (path: string) => {
  const response = await fetch(`${t.base}${path}`);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    csp: response.headers.get('content-security-policy'),
    html: await response.text(),
  };
};
const messagesOf = async (certificateId: string) =>
  (
    await t.json<{ items: { messageId: string; subject: string; status: string }[] }>(
      `/api/messages?certificateId=${certificateId}&direction=toCare`,
    )
  ).items;

beforeAll(async () => {
  care = await startFakeCare();
  t = await startTestRecipients({ INTYG_CARE_URL: care.url });
  await t.post('/FKASSA/RegisterCertificate/3', registerXml('lisjp', 'page-lisjp-1'));
  await t.post('/FKASSA/RegisterCertificate/3', registerXml('luse', 'page-luse-1'));
  await t.post('/TRANSP/RegisterCertificate/3', registerXml('ts-diabetes', 'page-tsd-1'));
  await t.post(
    '/FKASSA/RevokeCertificate/2',
    revokeCertificateXml({
      certificateId: 'page-luse-1',
      certificateUnitId: TEST_PROFESSIONAL.unit.unitId,
      patientPersonId: '191212121212',
      revokedAt: '2025-10-01T12:00:00',
      revokedBy: TEST_PROFESSIONAL,
    }),
  );
});
afterAll(async () => {
  await t.close();
  await care.close();
});

describe('the start page', () => {
  test('lists per recipient what arrived, newest first, with the patient and whether it is revoked', async () => {
    const { status, type, csp, html } = await page('/');
    expect(status).toBe(200);
    expect(type).toBe('text/html; charset=utf-8');
    expect(csp).toContain("default-src 'none'");
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<h2 id="FKASSA">Försäkringskassan (FKASSA)</h2>');
    expect(html).toContain('<caption>Intyg som kommit in till Försäkringskassan, senaste först</caption>');
    expect(html).toContain('<caption>Intyg som kommit in till Transportstyrelsen, senaste först</caption>');
    expect(html).toContain('<th scope="col">Patient</th>');
    expect(html).toContain('<a href="/FKASSA/certificates/page-lisjp-1">Läkarintyg för sjukpenning</a>');
    expect(html).toContain('<a href="/TRANSP/certificates/page-tsd-1">Transportstyrelsens läkarintyg diabetes</a>');
    expect(html).toContain('19121212-1212');
    expect(html).toMatch(
      /page-luse-1<\/td><td>19121212-1212<\/td><td>[\d-]+ [\d:]+<\/td><td><span class="revoked">Makulerat/,
    );
    expect(html.indexOf('page-luse-1')).toBeLessThan(html.indexOf('page-lisjp-1'));
    expect(html).toContain('Transportstyrelsen utbyter inga ärenden med vården elektroniskt.');
    expect(html).not.toContain('<script');
  });

  test('a certificate page has the form with a labelled field for everything, and the questions of its model', async () => {
    const { status, html } = await page('/FKASSA/certificates/page-lisjp-1');
    expect(status).toBe(200);
    expect(html).toContain('<form method="post" action="/FKASSA/certificates/page-lisjp-1/messages" novalidate>');
    for (const code of ['KOMPLT', 'KONTKT', 'OVRIGT', 'AVSTMN', 'PAMINN']) {
      expect(html).toContain(`<input type="radio" name="subject" id="subject-${code}" value="${code}">`);
      expect(html).toContain(`<label for="subject-${code}">`);
    }
    for (const field of ['heading', 'text', 'lastReplyDate', 'reminderOf'])
      expect(html).toContain(`<label for="${field}">`);
    expect(html).toContain('<label for="question-35">Fråga 35: Ange vilken/vilka funktionsnedsättningar');
    expect(html).toContain('<label for="questionText-32">Vad ska kompletteras i fråga 32?</label>');
  });

  test('a revoked certificate takes no new messages; an unknown one is 404', async () => {
    expect((await page('/FKASSA/certificates/page-luse-1')).html).toContain(
      'Intyget är makulerat; inga nya ärenden kan skickas om det.',
    );
    const refused = await postForm(t, '/FKASSA/certificates/page-luse-1/messages', [['subject', 'KONTKT']]);
    expect(refused.status).toBe(409);
    expect((await page('/FKASSA/certificates/nope')).status).toBe(404);
    expect((await page('/NOBODY/certificates/page-lisjp-1')).status).toBe(404);
  });
});

describe('a message to care', () => {
  const path = '/FKASSA/certificates/page-lisjp-1/messages';

  test('a request for complement is stored, redirected, and posted to care as valid SendMessageToCare XML', async () => {
    const before = care.requests.length;
    const response = await postForm(t, path, [
      ['subject', 'KOMPLT'],
      ['heading', 'Komplettering behövs'],
      ['text', ''],
      ['lastReplyDate', '2025-10-20'],
      ['reminderOf', ''],
      ['question', '35'],
      ['questionText-35', 'Beskriv funktionsnedsättningen & dess grad.'],
      ['question', '32'],
      ['questionText-32', 'Motivera sjukskrivningsgraden.'],
      ['questionText-19', 'ignoreras: frågan är inte vald'],
    ]);
    expect(response.status).toBe(303);
    expect(response.location).toBe('/FKASSA/certificates/page-lisjp-1?stored=1');
    expect((await page(response.location ?? '')).html).toContain('Meddelandet är sparat och skickas till vården.');

    await eventually(() => care.requests.length === before + 1);
    const request = care.requests[before]!;
    expect(request.url).toBe('/riv/SendMessageToCare/2');
    expect(request.headers.authorization).toBe('Bearer demo-fkassa-key-not-for-production');
    const schema = validateAgainstSchema(request.body, SEND_MESSAGE_TO_CARE_XSD);
    expect(schema.valid, schema.output).toBe(true);
    const parsed = parseSendMessageToCare(request.body);
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.text).join('\n'));
    expect(parsed.value).toMatchObject({
      certificateId: 'page-lisjp-1',
      certificateUnitId: TEST_PROFESSIONAL.unit.unitId,
      patientPersonId: '191212121212',
      logicalAddress: TEST_PROFESSIONAL.unit.unitId,
      subject: 'KOMPLT',
      heading: 'Komplettering behövs',
      text: '',
      lastReplyDate: '2025-10-20',
      sentBy: { party: 'FKASSA', partyName: 'Försäkringskassan', contactInfo: [] },
      complements: [
        { questionId: '35', text: 'Beskriv funktionsnedsättningen & dess grad.' },
        { questionId: '32', text: 'Motivera sjukskrivningsgraden.' },
      ],
    });
    expect(request.headers['idempotency-key']).toBe(parsed.value.messageId);
    await eventually(async () => (await messagesOf('page-lisjp-1')).every((m) => m.status === 'sent'));
    expect((await page('/FKASSA/certificates/page-lisjp-1')).html).toContain('Skickat till vården');
  });

  test('a reminder names the earlier message it reminds of', async () => {
    const [original] = await messagesOf('page-lisjp-1');
    const response = await postForm(t, path, [
      ['subject', 'PAMINN'],
      ['heading', 'Påminnelse'],
      ['text', 'Vi väntar fortfarande på kompletteringen.'],
      ['reminderOf', original!.messageId],
    ]);
    expect(response.status).toBe(303);
    await eventually(() => care.requests.some((r) => r.body.includes('<ns3:code>PAMINN</ns3:code>')));
    const reminder = care.requests.find((r) => r.body.includes('<ns3:code>PAMINN</ns3:code>'))!;
    const parsed = parseSendMessageToCare(reminder.body);
    expect(parsed.ok && parsed.value.reminderOf).toBe(original!.messageId);
  });

  test('bad input is shown again, 400, with every problem in Swedish and what was entered; nothing is stored', async () => {
    const before = (await messagesOf('page-lisjp-1')).length;
    const cases: [readonly (readonly [string, string])[], string[]][] = [
      [
        [
          ['heading', ''],
          ['text', 'Hej <b>'],
        ],
        ['Välj typ av ärende.', 'Skriv en rubrik.'],
      ],
      [
        [
          ['subject', 'KOMPLT'],
          ['heading', 'K'],
          ['question', '35'],
        ],
        ['Skriv vad som ska kompletteras i fråga 35.'],
      ],
      [
        [
          ['subject', 'KOMPLT'],
          ['heading', 'K'],
        ],
        ['Välj minst en fråga som kompletteringen gäller.'],
      ],
      [
        [
          ['subject', 'KONTKT'],
          ['heading', 'K'],
          ['text', 'x'],
          ['question', '35'],
          ['questionText-35', 'y'],
        ],
        ['Frågor väljs bara för en komplettering.'],
      ],
      [
        [
          ['subject', 'PAMINN'],
          ['heading', 'P'],
          ['text', 'x'],
          ['reminderOf', 'not-ours'],
        ],
        ['Välj vilket tidigare meddelande påminnelsen gäller.'],
      ],
      [
        [
          ['subject', 'OVRIGT'],
          ['heading', 'O'],
          ['text', 'x'],
          ['lastReplyDate', '2025-02-30'],
        ],
        ['Sista datum för svar ska vara ett datum ÅÅÅÅ-MM-DD.'],
      ],
      [
        [
          ['subject', 'OVRIGT'],
          ['heading', 'O'],
          ['text', 'x'],
          ['lastReplyDate', '2025-09-30'],
        ],
        ['Sista datum för svar får inte ha passerat.'],
      ],
      [
        [
          ['subject', 'SVAR'],
          ['heading', 'S'],
          ['text', 'x'],
        ],
        ['Välj typ av ärende.'],
      ],
      [
        [
          ['subject', 'KOMPLT'],
          ['heading', 'K'],
          ['question', '999'],
          ['questionText-999', 'x'],
        ],
        ['Intyget har ingen fråga 999.'],
      ],
    ];
    for (const [fields, expected] of cases) {
      const response = await postForm(t, path, fields);
      expect(response.status).toBe(400);
      expect(response.body).toContain('Meddelandet skickades inte. Rätta följande:');
      for (const text of expected) expect(response.body).toContain(text);
    }
    const shown = await postForm(t, path, [
      ['heading', 'Min rubrik'],
      ['text', 'Hej <b>'],
    ]);
    expect(shown.body).toContain('value="Min rubrik"');
    expect(shown.body).toContain('>Hej &#60;b&#62;</textarea>');
    expect(shown.body).toContain('<a href="#subject-KOMPLT">Välj typ av ärende.</a>');
    expect((await messagesOf('page-lisjp-1')).length).toBe(before);
  });

  test('a post from another site is refused and nothing is stored', async () => {
    const before = (await messagesOf('page-lisjp-1')).length;
    const fields = [
      ['subject', 'KONTKT'],
      ['heading', 'K'],
      ['text', 'x'],
    ] as const;
    expect((await postForm(t, path, fields, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await postForm(t, path, fields, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await messagesOf('page-lisjp-1')).length).toBe(before);
    const own = await postForm(t, path, fields, { origin: t.base, 'sec-fetch-site': 'same-origin' });
    expect(own.status).toBe(303);
  });

  test('a garbage form body is a 400 page, not a 500', async () => {
    const response = await fetch(`${t.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '%%%&&&=%ZZ',
    });
    expect(response.status).toBe(400);
  });
});
