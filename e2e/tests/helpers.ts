import AxeBuilder from '@axe-core/playwright';
import { expect, test, type ConsoleMessage, type Locator, type Page } from '@playwright/test';

export const LISJP = 'Läkarintyg för sjukpenning';
export const TOLVAN = 'Tolvan Tolvansson (19121212-1212)';

/** YYYY-MM-DD in Europe/Stockholm, `days` from today (the server and the form count days there). */
export function day(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export async function login(page: Page, name: string): Promise<void> {
  await page.goto('/login');
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Intyg på/ })).toBeVisible();
}

/** `text` escaped for use inside a regular expression. */
export const literally = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The patient page of `patient` ("Name (YYYYMMDD-NNNN)", as the test patients are written, or just the number),
 * reached as a user does: the start page's search by personal or coordination number.
 */
export async function openPatient(page: Page, patient: string): Promise<void> {
  const match = /^(.*) \((\d{8}-\d{4})\)$/.exec(patient);
  const [name, number] = match ? [match[1]!, match[2]!] : [undefined, patient];
  await page.goto('/');
  await page.getByLabel('Personnummer eller samordningsnummer').fill(number);
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(page).toHaveURL(/\/patients\/\d{12}$/);
  await expect(page.getByRole('heading', { level: 1, ...(name ? { name } : {}) })).toBeVisible();
}

/**
 * Search for the patient, then on the patient page create a draft of the type (its button is named by the type's
 * name, e.g. "Skapa utkast: Läkarintyg för sjukpenning") and wait for its form.
 */
export async function createDraft(page: Page, patient: string, typeName: string): Promise<void> {
  await openPatient(page, patient);
  await page.getByRole('button', { name: `Skapa utkast: ${typeName}`, exact: true }).click();
  await expect(page).toHaveURL(/\/certificates\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(literally(typeName)) })).toBeVisible();
}

/**
 * Answers the lisjp 2.0 questions every ordinary sick-pay certificate needs besides occupation and periods:
 * the basis (a physical examination), one diagnosis, 35, 17, the prognosis and any blank unit contact field.
 */
export async function completeLisjpBasics(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: 'min undersökning vid fysiskt vårdmöte' }).check();
  // The diagnosis inputs suggest diagnoses as one types (comboboxes); typed in full, nothing is picked.
  await page.getByRole('combobox', { name: 'Diagnoskod rad 1' }).fill('J209');
  await page.getByRole('combobox', { name: 'Diagnos rad 1' }).fill('Akut bronkit, ospecificerad');
  await page
    .getByLabel(/Ange vilken\/vilka funktionsnedsättningar/)
    .fill('Nedsatt lungfunktion, andfåddhet vid lätt ansträngning.');
  await page.getByLabel(/Beskriv vad du bedömer att patienten har svårt att göra/).fill('Kan inte utföra tunga lyft.');
  await page
    .getByRole('radio', {
      name: 'Patienten förväntas kunna återgå helt i nuvarande sysselsättning efter detta intygs slutdatum',
    })
    .check();

  for (const [input, value] of await blankUnitContactFields(page)) await input.fill(value);
}

/** The fields of the unit's contact details that the draft did not get from the unit, each with what to write. */
export async function blankUnitContactFields(page: Page): Promise<[Locator, string][]> {
  const contact = page.getByRole('group', { name: /Vårdenhetens adress/ });
  const blank: [Locator, string][] = [];
  for (const [label, value] of [
    ['Postadress', 'Storgatan 1'],
    ['Postnummer', '12345'],
    ['Postort', 'Alfastad'],
    ['Telefonnummer', '010-123 45 67'],
  ] as const) {
    const input = contact.getByLabel(label);
    if ((await input.inputValue()) === '') blank.push([input, value]);
  }
  return blank;
}

/** A lisjp 2.0 ready to sign: current work as occupation, 100 % sick leave for `days` days from today, the basics. */
export async function completeLisjp(page: Page, occupation: string, days: number): Promise<void> {
  await page.getByRole('checkbox', { name: 'Nuvarande arbete' }).check();
  await page.getByLabel('Ange yrke och arbetsuppgifter').fill(occupation);
  const full = page.getByRole('group', { name: '100 procent', exact: true });
  await full.getByLabel('Från').fill(day(0));
  await full.getByLabel('Till').fill(day(days - 1));
  await completeLisjpBasics(page);
}

export const FMB_PANEL = 'Försäkringsmedicinskt beslutsstöd (FMB)';
export const fmbPanel = (page: Page): Locator => page.getByRole('complementary', { name: FMB_PANEL });

/**
 * In the focused diagnosis input, types `typed` with the keyboard and picks the suggestion `option` (e.g. "M54.5
 * Lumbago") with the arrow keys and Enter, waiting for the answer to the whole text (not to a part typed on the
 * way: the list would change under the arrows).
 */
export async function typeAndPickDiagnosis(page: Page, typed: string, option: string): Promise<void> {
  const answered = page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === '/api/diagnoses' && new URL(response.url()).searchParams.get('q') === typed,
  );
  await page.keyboard.type(typed);
  await answered;
  const suggestions = page.getByRole('listbox', { name: 'Förslag på diagnoser' });
  await expect(suggestions.getByRole('option', { name: option, exact: true })).toBeVisible();
  const options = await suggestions.getByRole('option').allTextContents();
  for (let i = 0; i <= options.indexOf(option); i += 1) await page.keyboard.press('ArrowDown');
  await expect(suggestions.getByRole('option', { name: option, exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(suggestions).toBeHidden();
}

/** Types into a diagnosis row's code or description field and picks the suggestion with the keyboard. */
export async function pickDiagnosis(
  page: Page,
  field: 'Diagnoskod' | 'Diagnos',
  row: number,
  typed: string,
  option: string,
): Promise<void> {
  await page.getByRole('combobox', { name: `${field} rad ${row}`, exact: true }).click();
  await typeAndPickDiagnosis(page, typed, option);
}

/**
 * Fails on serious or critical WCAG 2.1 A/AA violations, listing each with the elements it was found on. `include`
 * limits the scan to those CSS selectors (axe on a whole long form takes seconds on a small machine).
 */
export async function expectNoSeriousA11yViolations(page: Page, include: readonly string[] = []): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']);
  for (const selector of include) builder = builder.include(selector);
  const results = await builder.analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  const summary = serious.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}

/**
 * A full-page screenshot at `width` pixels for a person to look at, saved beside the test's other output
 * (`test-results/…/<name>-<width>.png`, not committed); the viewport is 1280 × 900 again afterwards.
 */
export async function reviewScreenshot(page: Page, name: string, width = 1280): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The one failure the app expects: asking who is logged in while nobody is (401; the login page follows). */
const expectedWhileLoggedOut = (message: ConsoleMessage) =>
  /status of 401/.test(message.text()) && new URL(message.location().url).pathname === '/api/me';

/**
 * Collects, from now on, every error the page logs to the browser console (a failed request among them) and every
 * uncaught exception, except the session check's expected 401; a spec asserts the list is empty at its end.
 */
export function consoleErrors(page: Page): readonly string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !expectedWhileLoggedOut(message)) {
      errors.push(`${message.text()} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}
