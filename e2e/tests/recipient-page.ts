/**
 * The simulated Försäkringskassan (packages/recipients) as the specs use it: its page, where a handläggare writes
 * to care about a certificate that arrived, and its API, which lists the messages it exchanged with care.
 */
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const RECIPIENTS_URL = process.env.E2E_RECIPIENTS_URL ?? 'http://127.0.0.1:18090';

export interface FkMessageRow {
  readonly messageId: string;
  readonly subject: string;
  readonly status: string;
  readonly inReplyTo: string | null;
}

/** The messages about a certificate that Försäkringskassan sent to care (`toCare`) or got from it (`fromCare`). */
export async function messagesAtFk(
  request: APIRequestContext,
  certificateId: string,
  direction: 'toCare' | 'fromCare',
): Promise<FkMessageRow[]> {
  const response = await request.get(
    `${RECIPIENTS_URL}/api/messages?certificateId=${certificateId}&direction=${direction}`,
  );
  return ((await response.json()) as { items: FkMessageRow[] }).items;
}

/**
 * A handläggare asks care to get in touch (KONTKT) on the certificate's page at Försäkringskassan, in a page of its
 * own beside `page`; resolves once Försäkringskassan's system has delivered it to care.
 */
export async function askForContactAtFk(
  page: Page,
  certificateId: string,
  { heading, text }: { heading: string; text: string },
): Promise<void> {
  const fk = await page.context().newPage();
  await fk.goto(`${RECIPIENTS_URL}/FKASSA/certificates/${certificateId}`);
  await fk.getByRole('radio', { name: 'Kontakt' }).check();
  await fk.getByRole('textbox', { name: 'Rubrik' }).fill(heading);
  await fk.getByRole('textbox', { name: 'Meddelande' }).fill(text);
  await fk.getByRole('button', { name: 'Skicka till vården' }).click();
  // The handläggare sees the message stored (POST, redirect, GET). Closing the page only after that navigation has
  // committed also avoids Chromium's page.close() hanging when it races a commit (microsoft/playwright#41900).
  await expect(fk.getByRole('status')).toHaveText('Meddelandet är sparat och skickas till vården.');
  await expect
    .poll(async () =>
      (await messagesAtFk(page.request, certificateId, 'toCare'))
        .filter((item) => item.subject === 'KONTKT')
        .map((item) => item.status),
    )
    .toContain('sent');
  await fk.close();
}
