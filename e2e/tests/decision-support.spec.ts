import { expect, test } from '@playwright/test';
import {
  completeLisjp,
  createDraft,
  day,
  expectNoSeriousA11yViolations,
  FMB_PANEL,
  fmbPanel,
  LISJP,
  literally,
  login,
  pickDiagnosis,
} from './helpers.js';

/*
 * The doctor's decision support in the lisjp form (domain.md §6): diagnosis search, FMB beside the form, the
 * FMB sick-leave warning, and ICF codes in questions 35 and 17. Patients other than Tolvan, who has the demo
 * data's certificates: earlier sick leave would change the warning's text.
 */
const NILS = 'Nils Nilsson (19800113-9297)';
const SAMUEL = 'Samuel Samordning (19701063-2391)';
const COLLECTIONS_LABEL_35 = 'Problem som påverkar patientens möjlighet att utföra sin sysselsättning:';

test('diagnosis search: words of the title, picked with the keyboard, fill code and description', async ({ page }) => {
  await login(page, 'Ajla Doktor');
  await createDraft(page, NILS, LISJP);
  await pickDiagnosis(page, 'Diagnos', 1, 'ryggvärk', 'M54.9 Ryggvärk, ospecificerad');
  await expect(page.getByRole('combobox', { name: 'Diagnoskod rad 1' })).toHaveValue('M549');
  await expect(page.getByRole('combobox', { name: 'Diagnos rad 1', exact: true })).toHaveValue(
    'Ryggvärk, ospecificerad',
  );
  // By code, as people write it.
  await pickDiagnosis(page, 'Diagnoskod', 2, 'F32.1', 'F32.1 Medelsvår depressiv episod');
  await expect(page.getByRole('combobox', { name: 'Diagnoskod rad 2' })).toHaveValue('F321');
  await expect(page.getByRole('combobox', { name: 'Diagnos rad 2', exact: true })).toHaveValue(
    'Medelsvår depressiv episod',
  );
  await expect(page.getByText('Sparat')).toBeVisible();
});

test('FMB beside the form follows the diagnoses; its sick-leave warning comes and goes with the periods', async ({
  page,
}) => {
  await login(page, 'Ajla Doktor');
  await createDraft(page, NILS, LISJP);
  const panel = fmbPanel(page);
  await expect(panel.getByText('Ange en diagnoskod i ICD-10-SE så visas FMB för diagnosen här.')).toBeVisible();

  await pickDiagnosis(page, 'Diagnoskod', 1, 'M545', 'M54.5 Lumbago');
  await expect(panel.getByRole('heading', { name: 'Akut lumbago' })).toBeVisible();
  await expect(panel.getByText('Längsta rekommenderade sjukskrivning: 2 veckor (14 dagar).')).toBeVisible();
  await expect(panel.getByRole('link', { name: /Information om Akut lumbago hos Socialstyrelsen/ })).toHaveAttribute(
    'href',
    /socialstyrelsen\.se/,
  );
  await panel.getByText('Symtom, prognos, behandling').click();
  await expect(panel.getByText(/Ryggskott \(akut lumbago\) är ett mycket vanligt problem/)).toBeVisible();

  // A second diagnosis: one tab each; F32.1 falls back to F32; M54.9 has no FMB.
  await pickDiagnosis(page, 'Diagnoskod', 2, 'F321', 'F32.1 Medelsvår depressiv episod');
  await pickDiagnosis(page, 'Diagnoskod', 3, 'M549', 'M54.9 Ryggvärk, ospecificerad');
  const tabs = panel.getByRole('tablist', { name: 'Diagnoser' });
  await expect(tabs.getByRole('tab')).toHaveText(['M54.5', 'F32.1']);
  await tabs.getByRole('tab', { name: 'F32.1' }).click();
  await expect(panel.getByRole('heading', { name: 'Depressiv episod' })).toBeVisible();
  await expect(
    panel.getByText('FMB har ingen information för F32.1. Informationen gäller F32, som F32.1 ingår i.'),
  ).toBeVisible();
  await expect(panel.getByText('FMB har inget stöd för M54.9.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Diagnoskod rad 3' }).fill('');
  await page.getByRole('combobox', { name: 'Diagnos rad 3', exact: true }).fill('');
  await page.getByRole('combobox', { name: 'Diagnoskod rad 2' }).fill('');
  await page.getByRole('combobox', { name: 'Diagnos rad 2', exact: true }).fill('');
  await expect(tabs).toHaveCount(0);

  // 20 days at 100 % is longer than FMB's 14 days for M54.5: the warning arrives with the autosave.
  const warningText =
    'Den föreslagna sjukskrivningsperioden är längre än FMBs rekommendation på 14 dagar (2 veckor) för diagnosen M54.5. Ange en motivering för att underlätta Försäkringskassans handläggning.';
  const periods = page.locator('#el-32');
  const warning = periods.getByRole('note').filter({ hasText: warningText });
  const full = page.getByRole('group', { name: '100 procent', exact: true });
  await full.getByLabel('Från').fill(day(0));
  await full.getByLabel('Till').fill(day(19));
  await expect(full.getByText('20 dagar')).toBeVisible();
  await expect(warning).toBeVisible();
  await expect(warning.locator('p').first()).toHaveText(warningText);
  await expect(page.getByRole('status').filter({ hasText: warningText })).toHaveAttribute('aria-live', 'polite');

  // The link moves focus to the motivation (question 37).
  await warning.getByRole('link', { name: /^Gå till frågan ”Patientens arbetsförmåga bedöms nedsatt/ }).click();
  await expect(page.getByLabel(/Patientens arbetsförmåga bedöms nedsatt längre tid/)).toBeFocused();

  // 10 days is within the recommendation: gone once the autosave has landed.
  await full.getByLabel('Till').fill(day(9));
  await expect(full.getByText('10 dagar')).toBeVisible();
  await expect(warning).toHaveCount(0);
  await expect(page.getByText('Sparat')).toBeVisible();
  await expect(periods.getByRole('note')).toHaveCount(0);
});

test('on a tablet, FMB starts closed behind a button', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 1100 });
  await login(page, 'Ajla Doktor');
  await createDraft(page, NILS, LISJP);
  await pickDiagnosis(page, 'Diagnoskod', 1, 'M545', 'M54.5 Lumbago');
  const panel = fmbPanel(page);
  const toggle = panel.getByRole('button', { name: `Visa ${FMB_PANEL}` });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(panel.getByText('M54.5', { exact: true })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Akut lumbago' })).toBeHidden();
  await toggle.click();
  await expect(panel.getByRole('heading', { name: 'Akut lumbago' })).toBeVisible();
  await expect(panel.getByRole('button', { name: `Dölj ${FMB_PANEL}` })).toHaveAttribute('aria-expanded', 'true');
});

test('ICF codes picked for question 35 reach the recipient before the text; no serious a11y violations', async ({
  page,
}) => {
  await login(page, 'Ajla Doktor');
  await createDraft(page, SAMUEL, LISJP);
  await completeLisjp(page, 'Lagerarbetare, tunga lyft.', 7);

  // 35: the picker offers what FMB lists for J20.9 (via J20).
  const question = page.locator('#el-35');
  await question.getByRole('button', { name: 'Ta hjälp av ICF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Välj ICF-kategorier' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Välj enbart de problem som påverkar patienten.')).toBeVisible();
  const boxes = dialog.getByRole('checkbox');
  await expect(boxes.first()).toBeVisible();
  await expect(fmbPanel(page).getByRole('heading', { name: 'Akut bronkit' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const names = await Promise.all(
    [0, 1].map((i) => boxes.nth(i).evaluate((box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? '')),
  );
  const codes = names.map((name) => name.split(' ')[0] ?? '');
  expect(codes.every((code) => /^b\d+$/.test(code))).toBe(true);
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await dialog.getByRole('button', { name: 'Lägg till' }).click();
  await expect(dialog).toBeHidden();
  await expect(question.getByRole('button', { name: 'Ta hjälp av ICF' })).toBeFocused();
  const chips = question.getByRole('list', { name: COLLECTIONS_LABEL_35 });
  await expect(chips.getByRole('listitem')).toHaveText(names.map((name) => new RegExp(`^${literally(name)}`)));

  const text = 'Andfådd vid lätt ansträngning, orkar inte gå i trappor.';
  await question.getByLabel(/Ange vilken\/vilka funktionsnedsättningar/).fill(text);
  await expect(page.getByText('Sparat')).toBeVisible();
  await page.getByRole('button', { name: 'Signera intyget' }).click();
  await expect(page.getByText('Signerat', { exact: true })).toBeVisible();
  await expect(page.getByText(`${COLLECTIONS_LABEL_35} ${codes.join(' - ')}`)).toBeVisible();

  const id = new URL(page.url()).pathname.split('/').pop() ?? '';
  const response = await page.request.get(`/api/certificates/${id}/xml`);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain(`${COLLECTIONS_LABEL_35} ${codes.join(' - ')}\n\n${text}`);
});
