/**
 * The certificate page as the specs use it: its status card and action bar, signing a draft, and sending a signed
 * certificate to Försäkringskassan with the patient's consent.
 */
import { expect, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers.js';

export const FK = 'Försäkringskassan';

export const certificateIdOf = (page: Page): string => new URL(page.url()).pathname.split('/').at(-1)!;
export const statusCard = (page: Page) => page.getByRole('region', { name: 'Intygets status' });
export const actionBar = (page: Page) => page.getByRole('group', { name: 'Åtgärder för intyget' });

export async function signDraft(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Signera intyget' }).click();
  await expect(statusCard(page).getByText('Signerat', { exact: true })).toBeVisible();
  // The sign button is gone: focus moves to the status card.
  await expect(statusCard(page)).toBeFocused();
}

/** "Skicka till Försäkringskassan", the patient's consent in the dialog, and the status until the recipient has it. */
export async function sendWithConsent(page: Page, { checkA11y = false } = {}): Promise<void> {
  await actionBar(page)
    .getByRole('button', { name: `Skicka till ${FK}` })
    .click();
  const dialog = page.getByRole('dialog', { name: `Skicka intyget till ${FK}` });
  const consent = dialog.getByRole('checkbox', { name: `Patienten samtycker till att intyget skickas till ${FK}` });
  await expect(consent).toBeVisible();
  const send = dialog.getByRole('button', { name: 'Skicka', exact: true });
  await expect(send).toBeDisabled();
  if (checkA11y) await expectNoSeriousA11yViolations(page);
  await consent.check();
  await send.click();
  await expect(dialog).toBeHidden();
  // "Skickas till Försäkringskassan…" while pending; the page follows the certificate until the recipient has it.
  await expect(
    statusCard(page)
      .getByRole('status')
      .filter({ hasText: new RegExp(`^Skicka[st] till ${FK}`) }),
  ).toHaveText(new RegExp(`^Skickat till ${FK} \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$`));
  await expect(statusCard(page).getByText('Skickat', { exact: true })).toBeVisible();
  await expect(actionBar(page).getByRole('button', { name: /^Skicka/ })).toHaveCount(0);
}
