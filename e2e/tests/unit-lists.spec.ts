/**
 * The start page and the unit's lists (issue 7, point 1): a nurse's draft marked ready for signing is highlighted
 * for the doctor on the start page and in the drafts list, the navigation counts the unit's drafts, and the lists'
 * filters ask for what they say. Other specs share the server, so counts are compared with what the API answers.
 */
import { expect, test, type Page } from '@playwright/test';
import { createDraft, expectNoSeriousA11yViolations, LISJP, login, reviewScreenshot } from './helpers.js';

const NILS = 'Nils Nilsson (19800113-9297)';

/** How many of the unit's certificates a filter covers, as the API counts them for the user logged in on `page`. */
async function apiCount(page: Page, query: string): Promise<number> {
  return ((await (await page.request.get(`/api/certificates/count?${query}`)).json()) as { count: number }).count;
}

test("a nurse's draft marked ready is highlighted for the doctor, counted in the navigation and found by filters", async ({
  page,
}) => {
  await login(page, 'Anna Sjuksköterska');
  await createDraft(page, NILS, LISJP);
  const id = page.url().split('/').pop()!;
  await page.getByRole('button', { name: 'Markera klart för signering' }).click();
  await expect(page.getByText('Utkastet är markerat klart för signering.')).toBeVisible();

  // The nurse's start page: her own drafts, this one saying it is ready; no section of drafts to sign.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Sök / skriv intyg' }).click();
  const mine = page.getByRole('region', { name: 'Dina utkast' });
  const nurseRow = mine.getByRole('row').filter({ has: page.locator(`a[href="/certificates/${id}"]`) });
  await expect(nurseRow).toContainText('Klar för signering');
  await expect(page.getByRole('region', { name: 'Klara för signering' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await reviewScreenshot(page, 'start-nurse');
  await page.getByRole('button', { name: 'Logga ut' }).click();

  // The doctor's start page: the drafts ready for signing first, in their own section, highlighted.
  await login(page, 'Ajla Doktor');
  const ready = page.getByRole('region', { name: 'Klara för signering' });
  const row = ready.getByRole('row').filter({ has: page.locator(`a[href="/certificates/${id}"]`) });
  await expect(row).toHaveClass(/cert-table__row--ready/);
  await expect(row).toContainText('Anna Sjuksköterska');
  await expect(row.getByRole('link')).toHaveAccessibleName(`Öppna ${LISJP} för Nils Nilsson`);
  await expectNoSeriousA11yViolations(page);
  await reviewScreenshot(page, 'start-doctor');
  await reviewScreenshot(page, 'start-doctor', 820);

  // The navigation counts the unit's drafts and those ready, as the API does.
  const drafts = await apiCount(page, 'status=draft');
  const readyCount = await apiCount(page, 'status=draft&readyForSign=true');
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await expect(nav.getByRole('link', { name: /^Utkast/ })).toHaveAccessibleName(
    `Utkast ${drafts} ej signerade, varav ${readyCount} klara för signering`,
  );

  // The drafts list, filtered by author, readiness and patient: just this one, highlighted.
  await nav.getByRole('link', { name: /^Utkast/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Utkast' })).toBeVisible();
  await expect(page.getByText(`Klara för signering: ${readyCount} utkast väntar på en läkare.`)).toBeVisible();
  await page.getByLabel('Skapat av').selectOption({ label: 'Anna Sjuksköterska' });
  await page.getByLabel('Klar för signering').selectOption({ label: 'Klara för signering' });
  await page.getByLabel('Patientens person- eller samordningsnummer').fill('19800113-9297');
  await page.getByRole('button', { name: 'Filtrera' }).click();
  await expect(page).toHaveURL(/\/drafts\?author=anna&ready=true&patient=198001139297$/);
  await expect(page.getByRole('status').filter({ hasText: /utkast\.$/ })).toHaveText('Visar 1 utkast.');
  await expect(page.getByRole('row').nth(1)).toHaveClass(/cert-table__row--ready/);
  await expectNoSeriousA11yViolations(page);
  await reviewScreenshot(page, 'drafts-doctor');
  await reviewScreenshot(page, 'drafts-doctor', 820);

  // The filter stays in the address bar: back from the draft, the list is as it was.
  await page.getByRole('link', { name: `Öppna ${LISJP} för Nils Nilsson` }).click();
  await expect(page).toHaveURL(new RegExp(`/certificates/${id}$`));
  await page.goBack();
  await expect(page.getByLabel('Skapat av')).toHaveValue('anna');
  await expect(page.getByRole('status').filter({ hasText: /utkast\.$/ })).toHaveText('Visar 1 utkast.');

  // A number that is not valid stops the filter and says why.
  await page.getByLabel('Patientens person- eller samordningsnummer').fill('19800113-9298');
  await expect(page.getByText('Kontrollsiffran stämmer inte. Kontrollera att numret är rätt skrivet.')).toBeVisible();
  await page.getByRole('button', { name: 'Filtrera' }).click();
  await expect(page.getByLabel('Patientens person- eller samordningsnummer')).toBeFocused();
  await expect(page).toHaveURL(/patient=198001139297$/);
});

test('signed certificates: sent or not, by type and signer, each counted as the API counts', async ({ page }) => {
  await login(page, 'Ajla Doktor');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Signerade intyg' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Signerade intyg' })).toBeVisible();
  const status = page.getByRole('status').filter({ hasText: /intyg\.$/ });
  const all = await apiCount(page, 'status=signed,sent,replaced,revoked');
  await expect(status).toHaveText(all > 25 ? `Visar 25 av ${all} intyg.` : `Visar ${all} intyg.`);
  await expectNoSeriousA11yViolations(page);
  await reviewScreenshot(page, 'signed');
  await reviewScreenshot(page, 'signed', 820);

  for (const [label, statuses, shown] of [
    ['Ej skickade', 'signed', 'Signerat'],
    ['Skickade', 'sent', 'Skickat'],
  ] as const) {
    await page.getByLabel('Skickat till mottagaren').selectOption({ label });
    await page.getByLabel('Intygstyp').selectOption({ label: `${LISJP} (FK 7804)` });
    await page.getByLabel('Signerat av').selectOption({ label: 'Ajla Doktor' });
    await page.getByRole('button', { name: 'Filtrera' }).click();
    const count = await apiCount(page, `status=${statuses}&type=lisjp&signedBy=ajla`);
    await expect(status.or(page.getByText('Inga signerade intyg matchar filtret.'))).toHaveText(
      count === 0
        ? 'Inga signerade intyg matchar filtret.'
        : count > 25
          ? `Visar 25 av ${count} intyg.`
          : `Visar ${count} intyg.`,
    );
    for (const cell of await page.getByRole('row').locator('td:nth-child(3)').all()) {
      await expect(cell).toHaveText(shown);
    }
  }
  // Sorting applies at once and is kept in the address bar.
  await page.getByLabel('Sortering').selectOption({ label: 'Först signerade först' });
  await expect(page).toHaveURL(/sort=signed-asc/);
});
