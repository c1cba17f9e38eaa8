/**
 * The working day's write-and-sign flow with the keyboard alone (issue 7, WCAG 2.1 AA): log in, find the patient,
 * create a lisjp, fill every mandatory field (a diagnosis picked from the suggestions, an ICF code from the dialog,
 * a period in the doctors' shorthand), sign and send with the patient's consent. No clicks and no `fill`: Tab,
 * Shift+Tab, the arrow keys, Enter, Space and typed text, as keyboard.ts moves focus. Signing with a question left
 * out moves focus to the list of what is missing, whose link leads to the field. Fields are found by their
 * accessible names, which their labels give them.
 */
import { expect, test } from '@playwright/test';
import { actionBar, FK, statusCard } from './certificate-page.js';
import { blankUnitContactFields, expectNoSeriousA11yViolations, LISJP, typeAndPickDiagnosis } from './helpers.js';
import { press, tabTo, typeInto } from './keyboard.js';

const SAMUEL = { name: 'Samuel Samordning', number: '19701063-2391' };

test('keyboard only: log in, find the patient, create a lisjp, fill every mandatory field, sign and send', async ({
  page,
}) => {
  await page.goto('/login');
  await press(page, page.getByRole('button', { name: /Ajla Doktor/ }), 'Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Intyg på/ })).toBeVisible();

  await typeInto(page, page.getByLabel('Personnummer eller samordningsnummer'), SAMUEL.number);
  await expect(page.getByText(`Giltigt samordningsnummer: ${SAMUEL.number}`)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: SAMUEL.name })).toBeVisible();
  await press(page, page.getByRole('button', { name: `Skapa utkast: ${LISJP}`, exact: true }), 'Enter');
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(LISJP) })).toBeVisible();

  // 1: the basis, a checkbox; its date is today's.
  const basis = page.getByRole('checkbox', { name: 'min undersökning vid fysiskt vårdmöte' });
  await press(page, basis, 'Space');
  await expect(basis).toBeChecked();
  // 28 and 29: the occupation, and the field it opens.
  await press(page, page.getByRole('checkbox', { name: 'Nuvarande arbete' }), 'Space');
  await typeInto(page, page.getByLabel('Ange yrke och arbetsuppgifter'), 'Snickare, mest takarbete.');
  // 6: the diagnosis from the suggestions, with the arrow keys and Enter.
  await tabTo(page, page.getByRole('combobox', { name: 'Diagnoskod rad 1' }));
  await typeAndPickDiagnosis(page, 'J20.9', 'J20.9 Akut bronkit, ospecificerad');
  await expect(page.getByRole('combobox', { name: 'Diagnos rad 1', exact: true })).toHaveValue(
    'Akut bronkit, ospecificerad',
  );

  // 35: an ICF code from the dialog (Space ticks it, Enter adds), then the text; focus comes back to the button.
  const question35 = page.locator('#el-35');
  const icf = question35.getByRole('button', { name: 'Ta hjälp av ICF' });
  await press(page, icf, 'Enter');
  const dialog = page.getByRole('dialog', { name: 'Välj ICF-kategorier' });
  const firstCode = dialog.getByRole('checkbox').first();
  await press(page, firstCode, 'Space');
  await expect(firstCode).toBeChecked();
  await press(page, dialog.getByRole('button', { name: 'Lägg till' }), 'Enter');
  await expect(dialog).toBeHidden();
  await expect(icf).toBeFocused();
  await expect(question35.getByRole('listitem')).toHaveCount(1);
  await typeInto(page, question35.getByRole('textbox'), 'Andfådd vid minsta ansträngning.');
  await typeInto(
    page,
    page.getByLabel(/Beskriv vad du bedömer att patienten har svårt att göra/),
    'Kan inte arbeta på höjd.',
  );

  // 32: 100 % from today (ticking the grade fills it in) for a week, typed as "1v" in the to-field.
  const full = page.getByRole('group', { name: '100 procent', exact: true });
  await press(page, full.getByRole('checkbox'), 'Space');
  await typeInto(page, full.getByLabel('Till'), '1v');
  await page.keyboard.press('Tab');
  await expect(full.getByText('7 dagar')).toBeVisible();
  for (const [input, value] of await blankUnitContactFields(page)) await typeInto(page, input, value);

  // Signing with the prognosis (39) left out: focus moves to the list of what is missing; its link leads to 39.
  await press(page, page.getByRole('button', { name: 'Signera intyget' }), 'Enter');
  const missing = page.getByRole('heading', { name: /^Uppgifter som saknas eller behöver rättas/ });
  await expect(missing).toBeFocused();
  await expect(missing).toHaveText('Uppgifter som saknas eller behöver rättas: 1 uppgift');
  await expectNoSeriousA11yViolations(page, ['.editor__aside', '#el-39']);
  await page.keyboard.press('Tab');
  const link = page.getByRole('link', { name: /^Prognos för arbetsförmåga/ });
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  const prognosis = page.getByRole('radio', {
    name: 'Patienten förväntas kunna återgå helt i nuvarande sysselsättning efter detta intygs slutdatum',
  });
  await expect(prognosis).toBeFocused();
  await page.keyboard.press('Space');
  await expect(prognosis).toBeChecked();

  await press(page, page.getByRole('button', { name: 'Signera intyget' }), 'Enter');
  await expect(statusCard(page).getByText('Signerat', { exact: true })).toBeVisible();
  await expect(statusCard(page)).toBeFocused();

  // Sending, with the patient's consent in the dialog.
  await press(page, actionBar(page).getByRole('button', { name: `Skicka till ${FK}` }), 'Enter');
  const send = page.getByRole('dialog', { name: `Skicka intyget till ${FK}` });
  await press(page, send.getByRole('checkbox', { name: /^Patienten samtycker/ }), 'Space');
  await press(page, send.getByRole('button', { name: 'Skicka', exact: true }), 'Enter');
  await expect(statusCard(page).getByText('Skickat', { exact: true })).toBeVisible();
});
