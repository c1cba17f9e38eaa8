import { describe, expect, it } from 'vitest';
import type { MedicalInvestigation } from '../model/answers.js';
import type { MedicalInvestigationListElement } from '../model/element.js';
import { validateInvestigations } from './validate-investigations.js';

const element: MedicalInvestigationListElement = {
  kind: 'medicalInvestigationList',
  id: '4',
  options: [
    { id: 'NEUROPSYKIATRISKT', label: 'Neuropsykiatriskt utlåtande' },
    { id: 'LOGOPED', label: 'Logoped' },
  ],
  maxRows: 2,
  typeLabel: 'Typ',
  dateLabel: 'Datum',
  sourceLabel: 'Källa',
  sourceLimit: 10,
  maxDaysFromToday: 0,
  notBeforeBirth: true,
};
const context = { today: '2025-03-10', patientBirthDate: '2000-01-01' };
const row = (code: string, date: string, source: string): MedicalInvestigation => ({ code, date, source });
const summary = (rows: MedicalInvestigation[]) =>
  validateInvestigations(element, rows, context).map((e) => [e.ruleId, e.fieldId, e.message.sv]);

describe('validateInvestigations', () => {
  it('accepts complete rows, and ignores empty rows at the end', () => {
    expect(summary([row('LOGOPED', '2025-03-10', 'VC Ekdal'), row('', '', ' '), row('', '', '')])).toEqual([]);
    expect(summary([])).toEqual([]);
  });

  it('reports each missing part of a row with something filled in', () => {
    expect(summary([row('', '2025-01-01', '')])).toEqual([
      ['investigations.incomplete', '4[0].code', 'Välj ett alternativ.'],
      ['investigations.incomplete', '4[0].source', 'Ange ett svar.'],
    ]);
    expect(summary([row('LOGOPED', '', 'x')])).toEqual([['investigations.incomplete', '4[0].date', 'Ange ett datum.']]);
  });

  it('reports an empty row above a filled one as incomplete', () => {
    expect(summary([row('', '', ''), row('LOGOPED', '2025-01-01', 'x')]).map((e) => e[1])).toEqual([
      '4[0].code',
      '4[0].date',
      '4[0].source',
    ]);
  });

  it('checks dates and the source limit', () => {
    expect(summary([row('LOGOPED', '2025-03-11', 'x'), row('LOGOPED', '1999-12-31', 'x'.repeat(11))])).toEqual([
      ['date.max', '4[0].date', 'Ange ett datum som är senast 2025-03-10.'],
      ['date.beforeBirth', '4[1].date', 'Ange ett datum som infaller efter patientens födelsedatum.'],
      ['text.limit', '4[1].source', 'Ange en text som inte är längre än 10.'],
    ]);
    expect(summary([row('LOGOPED', '2025-02-30', 'x')])).toEqual([
      ['date.invalid', '4[0].date', 'Ange ett giltigt datum.'],
    ]);
  });

  it('reports more rows than allowed on the element', () => {
    const ok = row('LOGOPED', '2025-01-01', 'x');
    expect(summary([ok, ok, row('', '', '')])).toEqual([]);
    expect(summary([ok, ok, ok])).toEqual([['investigations.max', '4', 'Ange högst 2 utredningar.']]);
  });
});
