import { expect, test, type APIRequestContext } from '@playwright/test';
import { completeLisjp, createDraft, expectNoSeriousA11yViolations, LISJP, login, TOLVAN } from './helpers.js';
import { askForContactAtFk, messagesAtFk } from './recipient-page.js';

/** The simulated Försäkringskassan's key to care's /riv/ routes (the server's demo default). */
const FKASSA_KEY = 'demo-fkassa-key-not-for-production';

interface Certificate {
  id: string;
  revision: number;
  status: string;
  unit: { unitId: string };
  patient: { personId: string };
}

interface FkMessage {
  messageId: string;
  subject: 'KOMPLT';
  heading: string;
  text: string;
  /** frage-id → text. */
  complements?: Record<string, string>;
}

/** A SendMessageToCare v2 request as Försäkringskassan's system writes it. */
function sendMessageToCare(certificate: Certificate, message: FkMessage): string {
  const complements = Object.entries(message.complements ?? {})
    .map(
      ([id, text]) =>
        `<ns2:komplettering><ns2:frage-id>${id}</ns2:frage-id><ns2:text>${text}</ns2:text></ns2:komplettering>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<ns2:SendMessageToCare xmlns:ns2="urn:riv:clinicalprocess:healthcond:certificate:SendMessageToCareResponder:2" xmlns:ns3="urn:riv:clinicalprocess:healthcond:certificate:types:3">
  <ns2:meddelande-id>${message.messageId}</ns2:meddelande-id>
  <ns2:referens-id>FK-E2E</ns2:referens-id>
  <ns2:skickatTidpunkt>2025-10-01T09:00:00</ns2:skickatTidpunkt>
  <ns2:intygs-id><ns3:root>${certificate.unit.unitId}</ns3:root><ns3:extension>${certificate.id}</ns3:extension></ns2:intygs-id>
  <ns2:patientPerson-id><ns3:root>1.2.752.129.2.1.3.1</ns3:root><ns3:extension>${certificate.patient.personId}</ns3:extension></ns2:patientPerson-id>
  <ns2:logiskAdressMottagare>${certificate.unit.unitId}</ns2:logiskAdressMottagare>
  <ns2:amne><ns3:code>${message.subject}</ns3:code><ns3:codeSystem>ffa59d8f-8d7e-46ae-ac9e-31804e8e8499</ns3:codeSystem></ns2:amne>
  <ns2:rubrik>${message.heading}</ns2:rubrik>
  <ns2:meddelande>${message.text}</ns2:meddelande>
  <ns2:skickatAv><ns2:part><ns3:code>FKASSA</ns3:code><ns3:codeSystem>769bb12b-bd9f-4203-a5cd-fd14f2eb3b80</ns3:codeSystem><ns3:displayName>Försäkringskassan</ns3:displayName></ns2:part><ns2:kontaktInfo>Handläggare Åsa</ns2:kontaktInfo></ns2:skickatAv>
  ${complements}
</ns2:SendMessageToCare>`;
}

async function postToCare(request: APIRequestContext, xml: string): Promise<string> {
  const response = await request.post('/riv/SendMessageToCare/2', {
    headers: { authorization: `Bearer ${FKASSA_KEY}`, 'content-type': 'text/xml; charset=utf-8' },
    data: xml,
  });
  expect(response.status()).toBe(200);
  return /<(?:\w+:)?resultCode>(\w+)</.exec(await response.text())?.[1] ?? '';
}

test('Försäkringskassan asks for a complement and for contact; the doctor sees both, answers and handles', async ({
  page,
  request,
}) => {
  await login(page, 'Ajla Doktor');
  await createDraft(page, TOLVAN, LISJP);
  await completeLisjp(page, 'Lagerarbetare med tunga lyft.', 14);
  await page.getByRole('button', { name: 'Signera intyget' }).click();
  await expect(page.getByText('Signerat', { exact: true })).toBeVisible();

  // Sent through the API in the doctor's session (lifecycle.spec.ts sends through the page's dialog); the outbox
  // delivers it to the simulated Försäkringskassan.
  const id = new URL(page.url()).pathname.split('/').at(-1)!;
  const read = async () => (await (await page.request.get(`/api/certificates/${id}`)).json()) as Certificate;
  const signed = await read();
  const sent = await page.request.post(`/api/certificates/${id}/send`, {
    data: { revision: signed.revision, patientConsent: true },
  });
  expect(sent.status()).toBe(202);
  await expect.poll(async () => (await read()).status).toBe('sent');

  const certificate = await read();
  const komplt = { messageId: `fk-${id}-1`, subject: 'KOMPLT', heading: 'Begäran om komplettering' } as const;
  expect(
    await postToCare(
      request,
      sendMessageToCare(certificate, {
        ...komplt,
        text: 'Vi behöver mer underlag för bedömningen.',
        complements: { '1': 'Ange när patienten undersöktes.', '35': 'Beskriv funktionsnedsättningen närmare.' },
      }),
    ),
  ).toBe('OK');
  // A handläggare at the simulated Försäkringskassan asks for contact on its own page; its system delivers it.
  await askForContactAtFk(page, id, {
    heading: 'Kontakt önskas',
    text: 'Ring handläggaren om patientens arbetsgivare.',
  });
  expect((await messagesAtFk(request, id, 'toCare')).map((item) => `${item.subject} ${item.status}`)).toEqual([
    'KONTKT sent',
  ]);

  // The navigation counts what waits for care; "Ärenden" lists it.
  await page.goto('/');
  const messagesLink = page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: /^Ärenden/ });
  await expect(messagesLink).toHaveAccessibleName(/^Ärenden\s*2 ej hanterade$/);
  await messagesLink.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ärenden' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'ärenden visas' })).toHaveText('2 ärenden visas.');
  const rows = page.getByRole('row');
  await expect(rows.nth(1)).toContainText('Kontakt');
  await expect(rows.nth(2)).toContainText('Komplettering');
  await expect(rows.nth(2)).toContainText('Tolvan Tolvansson');
  await expectNoSeriousA11yViolations(page);

  // On the certificate: the request's questions link to the certificate's answers.
  await rows.nth(2).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/certificates/${id}$`));
  const panel = page.getByRole('region', { name: 'Ärenden' });
  const request1 = panel.getByRole('article', { name: 'Komplettering: Begäran om komplettering' });
  await expect(request1.getByText('Ange när patienten undersöktes.')).toBeVisible();
  await expect(request1.getByRole('button', { name: 'Komplettera', exact: true })).toBeVisible();
  await expect(request1.getByRole('button', { name: 'Kan ej komplettera' })).toBeVisible();
  await request1.getByRole('link', { name: /^Fråga 1:/ }).click();
  await expect(page.locator('#ans-1')).toBeFocused();

  // The doctor answers the question about contact.
  const contact = panel.getByRole('article', { name: 'Kontakt: Kontakt önskas' });
  await contact.getByRole('button', { name: 'Svara' }).click();
  const answer = contact.getByLabel('Ditt svar till Försäkringskassan');
  await expect(answer).toBeFocused();
  await answer.fill('Patienten kan nås på dagtid; arbetsgivaren är informerad.');
  await contact.getByRole('button', { name: 'Skicka svar' }).click();
  await expect(panel.getByRole('status')).toHaveText('Svaret har sparats och skickas till mottagaren.');
  await expect(contact.getByText('Hanterad', { exact: true })).toBeVisible();
  await expect(contact.getByText('Patienten kan nås på dagtid; arbetsgivaren är informerad.')).toBeVisible();

  // …and marks the request for complement handled, without complementing.
  await request1.getByRole('button', { name: 'Markera som hanterad' }).click();
  await expect(panel.getByRole('status')).toHaveText('Ärendet är markerat som hanterat.');
  await expect(request1.getByRole('button', { name: 'Markera som ej hanterad' })).toBeVisible();
  await expect(messagesLink).toHaveAccessibleName('Ärenden');
  await expectNoSeriousA11yViolations(page, ['.messages']);

  // The answer reached Försäkringskassan, which took it as the answer to its question.
  const [question] = await messagesAtFk(request, id, 'toCare');
  await expect
    .poll(async () => (await messagesAtFk(request, id, 'fromCare')).map((item) => [item.subject, item.inReplyTo]))
    .toEqual([['SVAR', question?.messageId]]);
});
