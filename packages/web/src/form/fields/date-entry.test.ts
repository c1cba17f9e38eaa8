import { describe, expect, it } from 'vitest';
import { readDateEntry, type DateEntryContext } from './date-entry.js';

const TODAY = '2025-03-03';
const plain: DateEntryContext = { today: TODAY };
/** The to-field of a period that starts on 2025-03-10. */
const toField: DateEntryContext = { today: TODAY, periodStart: '2025-03-10' };

const read = (text: string, context: DateEntryContext = plain) => {
  const entry = readDateEntry(text, context);
  return entry.kind === 'date' ? entry.date : entry.kind;
};

describe('readDateEntry', () => {
  it('reads nothing typed as empty', () => {
    expect(read('')).toBe('empty');
    expect(read('   ')).toBe('empty');
    expect(read('', toField)).toBe('empty');
  });

  it.each([
    ['2025-03-14', '2025-03-14'],
    ['  2025-03-14 ', '2025-03-14'],
    ['20250314', '2025-03-14'],
    ['2025-3-4', '2025-03-04'],
    ['2024-02-29', '2024-02-29'],
    ['2025 03 14', '2025-03-14'],
  ])('reads the full date %j', (text, date) => {
    expect(read(text)).toBe(date);
    // A full date is the date in a to-field too.
    expect(read(text, toField)).toBe(date);
  });

  it.each(['2025-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025314', '202503141', '25-03-14'])(
    'does not read the impossible or malformed date %j',
    (text) => expect(read(text)).toBe('unreadable'),
  );

  it.each([
    ['idag', TODAY],
    ['IDAG', TODAY],
    ['i dag', TODAY],
    ['Idag ', TODAY],
    ['today', TODAY],
    ['igår', '2025-03-02'],
    ['i går', '2025-03-02'],
    ['igar', '2025-03-02'],
    ['yesterday', '2025-03-02'],
    ['imorgon', '2025-03-04'],
    ['i morgon', '2025-03-04'],
    ['tomorrow', '2025-03-04'],
  ])('reads the word %j from today', (text, date) => {
    expect(read(text)).toBe(date);
    // Words mean the same in a to-field: "idag" there is today, not the from-date.
    expect(read(text, toField)).toBe(date);
  });

  it.each([
    ['+7', '2025-03-10'],
    ['+ 7', '2025-03-10'],
    ['+0', TODAY],
    ['-3', '2025-02-28'],
    ['+7d', '2025-03-10'],
    ['+2v', '2025-03-17'],
    ['+2w', '2025-03-17'],
    ['+2V', '2025-03-17'],
    ['-1v', '2025-02-24'],
    ['+1m', '2025-04-03'],
    ['-1m', '2025-02-03'],
    ['+12m', '2026-03-03'],
    ['+365', '2026-03-03'],
  ])('reads the offset %j from today in a plain date field', (text, date) => {
    expect(read(text)).toBe(date);
  });

  it.each([
    ['7', '2025-03-10'],
    ['14d', '2025-03-17'],
    ['d14', '2025-03-17'],
    ['2v', '2025-03-17'],
    ['2w', '2025-03-17'],
    ['1m', '2025-04-03'],
  ])('reads the length %j as an offset from today outside a period', (text, date) => {
    expect(read(text)).toBe(date);
  });

  it.each([
    ['+13', '2025-03-23'],
    ['+7', '2025-03-17'],
    ['+0', '2025-03-10'],
    ['-3', '2025-03-07'],
    ['+2v', '2025-03-24'],
    ['+1m', '2025-04-10'],
  ])('reads the offset %j from the from-date in a to-field', (text, date) => {
    expect(read(text, toField)).toBe(date);
  });

  it.each([
    ['1', '2025-03-10'],
    ['14', '2025-03-23'],
    ['14d', '2025-03-23'],
    ['d14', '2025-03-23'],
    ['1v', '2025-03-16'],
    ['2v', '2025-03-23'],
    ['2w', '2025-03-23'],
    ['1m', '2025-04-09'],
    ['3m', '2025-06-09'],
    ['12m', '2026-03-09'],
  ])('reads the length %j as a period counting the from-day in a to-field', (text, date) => {
    expect(read(text, toField)).toBe(date);
  });

  it('ends a month-long period on the last day of a shorter month, and across the year', () => {
    expect(read('1m', { today: TODAY, periodStart: '2025-01-31' })).toBe('2025-02-28');
    expect(read('1m', { today: TODAY, periodStart: '2025-01-29' })).toBe('2025-02-28');
    expect(read('1m', { today: TODAY, periodStart: '2025-01-28' })).toBe('2025-02-27');
    expect(read('1m', { today: TODAY, periodStart: '2024-01-30' })).toBe('2024-02-29');
    expect(read('1m', { today: TODAY, periodStart: '2025-03-01' })).toBe('2025-03-31');
    expect(read('2m', { today: TODAY, periodStart: '2025-12-15' })).toBe('2026-02-14');
    expect(read('+1m', { today: TODAY, periodStart: '2025-01-31' })).toBe('2025-02-28');
    expect(read('+1m', { today: '2025-01-31' })).toBe('2025-02-28');
  });

  it('counts a to-field from today while its period has no readable from-date', () => {
    expect(read('14', { today: TODAY, periodStart: '' })).toBe('2025-03-16');
    expect(read('+13', { today: TODAY, periodStart: '2025-02-30' })).toBe('2025-03-16');
    expect(read('2v', { today: TODAY, periodStart: 'idag' })).toBe('2025-03-16');
  });

  it.each(['0', '0d', '0v', '0m', 'd0'])('does not read the zero length %j', (text) => {
    expect(read(text)).toBe('unreadable');
    expect(read(text, toField)).toBe('unreadable');
  });

  it.each(['abc', '+', '-', '++7', '+7x', '7 dagar', '2vv', '1000', '+1000', 'v', 'm2m', '14/3', '3.14', 'idag+1'])(
    'does not read %j',
    (text) => {
      expect(read(text)).toBe('unreadable');
      expect(read(text, toField)).toBe('unreadable');
    },
  );
});
