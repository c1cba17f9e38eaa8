/**
 * Fills a certificate form through its UI controls, driven by the model and a set of answers: each element is
 * found by its wrapper (`el-<id>`, as the web app's dom-ids.ts names it) and answered through the control its
 * kind renders, by role and accessible name as a user (or a screen reader) would find it. The answers are what
 * the form must end up holding; elements that appear only after an earlier answer are filled on a later pass.
 */
import {
  addDays,
  daysBetween,
  icfAnswerOf,
  isValidDate,
  isValueElement,
  type Answers,
  type AnswerValue,
  type CertificateModel,
  type CodeDate,
  type DateRange,
  type DiagnosisRow,
  type ElementSpec,
  type MedicalInvestigation,
  type SickLeavePeriod,
  type UnitContact,
  type ValueElement,
  type VisualAcuity,
} from '@intyg/core';
import { expect, type Locator, type Page } from '@playwright/test';

/** The web app's interface texts the filler needs (Swedish, the default language). */
const UI = {
  date: 'Datum',
  from: 'Från',
  to: 'Till',
  dateRangeFrom: 'Fr.o.m',
  dateRangeTo: 'T.o.m',
  diagnosisCode: 'Diagnoskod',
  diagnosis: 'Diagnos',
  row: (n: number) => `rad ${n}`,
  year: 'År',
  month: 'Månad',
  day: 'Dag',
  contactLens: 'Kontaktlinser',
  investigation: (n: number) => `Utredning ${n}`,
  addInvestigation: 'Lägg till utredning',
  unit: { address: 'Postadress', zipCode: 'Postnummer', city: 'Postort', phone: 'Telefonnummer' },
  icfOpen: 'Ta hjälp av ICF',
  icfAdd: 'Lägg till',
} as const;

const domId = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '_');

/** CSS selector of one question's wrapper in the form. */
export const questionSelector = (elementId: string): string => `[id="el-${domId(elementId)}"]`;

export const questionOf = (page: Page, elementId: string): Locator => page.locator(questionSelector(elementId));

const flatten = (elements: readonly ElementSpec[]): ElementSpec[] =>
  elements.flatMap((element) => [element, ...flatten(element.children ?? [])]);

/** Every value element of the model in display order. */
export const valueElements = (model: CertificateModel): ValueElement[] =>
  flatten(model.elements).filter(isValueElement);

/** The kinds of element the model uses. */
export const kindsOf = (model: CertificateModel): Set<string> =>
  new Set(flatten(model.elements).map((element) => element.kind));

/**
 * Answers written relative to `from` moved to `to`: every complete date shifts by the days between, so rules
 * relative to today (not after today, starts more than 7 days back…) hold as they did on the fixture's day.
 * Partial uncertain dates ("2019-05-00") and years stay.
 */
export function shiftAnswers(model: CertificateModel, answers: Answers, from: string, to: string): Answers {
  const days = daysBetween(from, to) ?? 0;
  const move = (date: string) => (isValidDate(date) ? addDays(date, days) : date);
  const kinds = new Map(valueElements(model).map((element) => [element.id, element.kind]));
  const shifted: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(answers)) {
    switch (kinds.get(id)) {
      case 'date':
      case 'uncertainDate':
        shifted[id] = move(value as string);
        break;
      case 'checkboxDateList':
        shifted[id] = (value as readonly CodeDate[]).map((row) => ({ ...row, date: move(row.date) }));
        break;
      case 'sickLeavePeriods':
        shifted[id] = (value as readonly SickLeavePeriod[]).map((p) => ({ ...p, from: move(p.from), to: move(p.to) }));
        break;
      case 'dateRange': {
        const range = value as DateRange;
        shifted[id] = { from: move(range.from), to: move(range.to) };
        break;
      }
      case 'medicalInvestigationList':
        shifted[id] = (value as readonly MedicalInvestigation[]).map((row) => ({ ...row, date: move(row.date) }));
        break;
      default:
        shifted[id] = value;
    }
  }
  return shifted;
}

/**
 * Fills every answered element that is (or becomes) visible. Returns the ids of answered elements that never
 * appeared, for the caller to report.
 */
export async function fillForm(page: Page, model: CertificateModel, answers: Answers): Promise<string[]> {
  let pending = valueElements(model).filter((element) => answers[element.id] !== undefined);
  // Each pass fills what is visible; a question shown by a later answer is filled on the next pass.
  for (let pass = 0; pass < 3 && pending.length > 0; pass++) {
    const left: ValueElement[] = [];
    for (const element of pending) {
      const question = questionOf(page, element.id);
      if ((await question.count()) === 0) left.push(element);
      else await fillElement(question, element, answers[element.id] as AnswerValue);
    }
    if (left.length === pending.length) break;
    pending = left;
  }
  return pending.map((element) => element.id);
}

const label = (options: readonly { id: string; label: string }[], code: string): string =>
  options.find((option) => option.id === code)?.label ?? code;

const exactly = (name: string) => ({ name, exact: true });

async function setChecked(box: Locator, checked: boolean): Promise<void> {
  if ((await box.isChecked()) !== checked && !(await box.isDisabled())) await box.setChecked(checked);
}

/** Answers one element through the control its kind renders (see packages/web/src/form/fields). */
export async function fillElement(question: Locator, element: ValueElement, value: AnswerValue): Promise<void> {
  switch (element.kind) {
    case 'textField':
    case 'textArea':
      return question.getByRole('textbox').fill(value as string);
    case 'icf':
      return fillIcf(question, value);
    case 'integer':
    case 'year':
      return question.getByRole('textbox').fill(String(value));
    case 'checkboxBoolean':
      return setChecked(question.getByRole('checkbox'), value === true);
    case 'radioBoolean':
      return question.getByRole('radio', exactly(value === true ? element.trueLabel : element.falseLabel)).check();
    case 'radioCode':
      return question.getByRole('radio', exactly(label(element.options, value as string))).check();
    case 'dropdown':
      await question.getByRole('combobox').selectOption({ label: label(element.options, value as string) });
      return;
    case 'checkboxCodeList': {
      const selected = value as readonly string[];
      // Untick first, so an exclusive option is never combined with another on the way.
      for (const option of element.options.filter((o) => !selected.includes(o.id))) {
        await setChecked(question.getByRole('checkbox', exactly(option.label)), false);
      }
      for (const code of selected)
        await setChecked(question.getByRole('checkbox', exactly(label(element.options, code))), true);
      return;
    }
    case 'checkboxDateList':
      for (const row of value as readonly CodeDate[]) {
        const name = label(element.options, row.code);
        await setChecked(question.getByRole('checkbox', exactly(name)), true);
        await question.getByLabel(`${UI.date} ${name}`, { exact: true }).fill(row.date);
      }
      return;
    case 'date':
      // A text field (ÅÅÅÅ-MM-DD or a shorthand such as "idag"); a complete date counts as soon as it is typed.
      return question.getByRole('textbox').fill(value as string);
    case 'sickLeavePeriods':
      for (const period of value as readonly SickLeavePeriod[]) {
        const grade = question.getByRole('group', exactly(label(element.options, period.code)));
        await setChecked(grade.getByRole('checkbox'), true);
        await grade.getByLabel(UI.from, { exact: true }).fill(period.from);
        await grade.getByLabel(UI.to, { exact: true }).fill(period.to);
      }
      return;
    case 'diagnoses':
      return fillDiagnoses(question, element, value as readonly DiagnosisRow[]);
    case 'unitContact':
      // The draft comes with the unit's own details; only a blank field is filled, as a user would.
      for (const [key, name] of Object.entries(UI.unit) as [keyof UnitContact, string][]) {
        const input = question.getByLabel(name, { exact: true });
        if ((await input.inputValue()) === '') await input.fill((value as UnitContact)[key]);
      }
      return;
    case 'dateRange': {
      const range = value as DateRange;
      await question.getByLabel(element.fromLabel ?? UI.dateRangeFrom, { exact: true }).fill(range.from);
      await question.getByLabel(element.toLabel ?? UI.dateRangeTo, { exact: true }).fill(range.to);
      return;
    }
    case 'uncertainDate': {
      const [year = '', month = '', day = ''] = (value as string).split('-');
      await question.getByLabel(UI.year, { exact: true }).selectOption(year);
      await question.getByLabel(UI.month, { exact: true }).selectOption(month);
      // An unknown month makes the day unknown by itself.
      if (month !== '00') await question.getByLabel(UI.day, { exact: true }).selectOption(day);
      return;
    }
    case 'visualAcuity':
      return fillVisualAcuity(question, element, value as VisualAcuity);
    case 'medicalInvestigationList':
      return fillInvestigations(question, element, value as readonly MedicalInvestigation[]);
  }
}

async function fillDiagnoses(
  question: Locator,
  element: Extract<ValueElement, { kind: 'diagnoses' }>,
  rows: readonly DiagnosisRow[],
): Promise<void> {
  const system = rows.find((row) => row.system)?.system;
  const systemLabel = element.codeSystems.find((codeSystem) => codeSystem.id === system)?.label;
  if (element.codeSystems.length > 1 && systemLabel) await question.getByRole('radio', exactly(systemLabel)).check();
  for (const [index, row] of rows.entries()) {
    const rowName = UI.row(index + 1);
    // Each input suggests diagnoses (a combobox); typed in full and left, nothing is picked and the list closes.
    for (const [name, text] of [
      [`${element.codeLabel ?? UI.diagnosisCode} ${rowName}`, row.code],
      [`${element.descriptionLabel ?? UI.diagnosis} ${rowName}`, row.description],
    ] as const) {
      const input = question.getByRole('combobox', exactly(name));
      await input.fill(text);
      await input.blur();
    }
  }
}

/** The text in the text area; chosen codes through the ICF picker, where FMB offers them for the diagnoses. */
async function fillIcf(question: Locator, value: AnswerValue): Promise<void> {
  const answer = icfAnswerOf(value) ?? { text: '', icfCodes: [] };
  await question.getByRole('textbox').fill(answer.text);
  if (answer.icfCodes.length === 0) return;
  await question.getByRole('button', exactly(UI.icfOpen)).click();
  const dialog = question.page().getByRole('dialog');
  for (const code of answer.icfCodes) {
    await dialog
      .getByRole('checkbox', { name: new RegExp(`^${code} `) })
      .first()
      .check();
  }
  await dialog.getByRole('button', exactly(UI.icfAdd)).click();
}

/** Decimals are typed the Swedish way ("0,5"); the form stores numbers. */
async function fillVisualAcuity(
  question: Locator,
  element: Extract<ValueElement, { kind: 'visualAcuity' }>,
  table: VisualAcuity,
): Promise<void> {
  for (const eye of ['right', 'left', 'binocular'] as const) {
    for (const column of ['withoutCorrection', 'withCorrection'] as const) {
      const cell = table[eye][column];
      if (cell === undefined) continue;
      const input = question.getByRole('textbox', exactly(`${element.labels[eye]}, ${element.labels[column]}`));
      await input.fill(String(cell).replace('.', ','));
    }
    if (table[eye].contactLens === true) {
      const lens = element.labels.contactLens ?? UI.contactLens;
      await setChecked(question.getByRole('checkbox', exactly(`${element.labels[eye]}, ${lens}`)), true);
    }
  }
}

async function fillInvestigations(
  question: Locator,
  element: Extract<ValueElement, { kind: 'medicalInvestigationList' }>,
  rows: readonly MedicalInvestigation[],
): Promise<void> {
  for (const [index, row] of rows.entries()) {
    const group = question.getByRole('group', exactly(UI.investigation(index + 1)));
    if ((await group.count()) === 0) await question.getByRole('button', { name: UI.addInvestigation }).click();
    await expect(group).toBeVisible();
    if (row.code !== '') {
      await group
        .getByLabel(element.typeLabel, { exact: true })
        .selectOption({ label: label(element.options, row.code) });
    }
    await group.getByLabel(element.dateLabel, { exact: true }).fill(row.date);
    await group.getByLabel(element.sourceLabel, { exact: true }).fill(row.source);
  }
}
