import { describe, expect, it } from 'vitest';
import type { CheckboxDateListElement, DateElement } from '../model/element.js';
import { validateDate, validateDateList } from './validate-dates.js';

const today = '2025-03-10';
const context = { today, categoryId: 'KAT_2' };

const notAfterToday: DateElement = { kind: 'date', id: 'undersokning', fieldId: 'undersokning', maxDaysFromToday: 0 };
const window: DateElement = {
  kind: 'date',
  id: 'kannedom',
  fieldId: 'kannedom.1',
  minDaysFromToday: -30,
  maxDaysFromToday: 5,
};

const basis: CheckboxDateListElement = {
  kind: 'checkboxDateList',
  id: '1',
  maxDaysFromToday: 0,
  options: [
    { id: 'FYSISKUNDERSOKNING', label: 'min undersökning vid fysiskt vårdmöte' },
    { id: 'TELEFONKONTAKT', label: 'min telefonkontakt med patienten' },
    { id: 'ANNAT', label: 'annat' },
  ],
};

describe('validateDate', () => {
  it('accepts today itself for a not-after-today date, and an earlier date', () => {
    expect(validateDate(notAfterToday, today, context)).toEqual([]);
    expect(validateDate(notAfterToday, '2024-12-31', context)).toEqual([]);
  });

  it('reports tomorrow for a not-after-today date, naming the latest allowed date', () => {
    expect(validateDate(notAfterToday, '2025-03-11', context)).toEqual([
      {
        ruleId: 'date.max',
        elementId: 'undersokning',
        fieldId: 'undersokning',
        categoryId: 'KAT_2',
        message: { sv: 'Ange ett datum som är senast 2025-03-10.', en: 'Enter a date no later than 2025-03-10.' },
      },
    ]);
  });

  it('reports a date before the earliest allowed one', () => {
    expect(validateDate(window, '2025-02-08', context)).toEqual([]);
    const [error] = validateDate(window, '2025-02-07', context);
    expect(error).toMatchObject({ ruleId: 'date.min', elementId: 'kannedom', fieldId: 'kannedom.1' });
    expect(error?.message.sv).toBe('Ange ett datum som är tidigast 2025-02-08.');
  });

  it('uses an offset limit for the latest date', () => {
    expect(validateDate(window, '2025-03-15', context)).toEqual([]);
    expect(validateDate(window, '2025-03-16', context)[0]?.message.sv).toBe('Ange ett datum som är senast 2025-03-15.');
  });

  it.each(['2025-02-30', '10/03/2025', '2025-3-1'])('reports %s as not a date', (value) => {
    const [error] = validateDate(notAfterToday, value, context);
    expect(error).toMatchObject({ ruleId: 'date.invalid', elementId: 'undersokning', fieldId: 'undersokning' });
    expect(error?.message.sv).toBe('Ange ett giltigt datum.');
  });

  it('treats an empty string as no answer', () => {
    expect(validateDate(notAfterToday, '', context)).toEqual([]);
  });
});

describe('validateDateList', () => {
  it('accepts valid dates up to today', () => {
    const value = [
      { code: 'FYSISKUNDERSOKNING', date: today },
      { code: 'TELEFONKONTAKT', date: '2025-03-01' },
    ];
    expect(validateDateList(basis, value, context)).toEqual([]);
  });

  it('reports a date in the future on that option’s code', () => {
    const errors = validateDateList(basis, [{ code: 'TELEFONKONTAKT', date: '2025-03-11' }], context);
    expect(errors.map((e) => [e.ruleId, e.elementId, e.fieldId, e.message.sv])).toEqual([
      ['date.max', '1', 'TELEFONKONTAKT', 'Ange ett datum som är senast 2025-03-10.'],
    ]);
  });

  it('reports an invalid or missing date on the option’s code', () => {
    const errors = validateDateList(
      basis,
      [
        { code: 'ANNAT', date: '2025-13-01' },
        { code: 'TELEFONKONTAKT', date: '' },
      ],
      context,
    );
    expect(errors.map((e) => [e.ruleId, e.fieldId, e.message.sv])).toEqual([
      ['date.invalid', 'ANNAT', 'Ange ett giltigt datum.'],
      ['date.invalid', 'TELEFONKONTAKT', 'Ange ett datum.'],
    ]);
  });

  it('reports an option used twice', () => {
    const errors = validateDateList(
      basis,
      [
        { code: 'ANNAT', date: '2025-03-01' },
        { code: 'ANNAT', date: '2025-03-02' },
      ],
      context,
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ ruleId: 'codes.duplicate', elementId: '1', fieldId: 'ANNAT' });
    expect(errors[0]?.message.sv).toBe('«annat» får bara väljas en gång.');
  });

  it('reports more dates than there are options', () => {
    const value = ['FYSISKUNDERSOKNING', 'TELEFONKONTAKT', 'ANNAT', 'ANNAT'].map((code) => ({ code, date: today }));
    const errors = validateDateList(basis, value, context);
    expect(errors.map((e) => [e.ruleId, e.fieldId])).toEqual([
      ['codes.duplicate', 'ANNAT'],
      ['codes.max', '1'],
    ]);
    expect(errors[1]?.message.sv).toBe('Välj högst 3 alternativ.');
  });
});
