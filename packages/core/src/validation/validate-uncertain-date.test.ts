import { describe, expect, it } from 'vitest';
import type { UncertainDateElement } from '../model/element.js';
import { uncertainDateSpan, validateUncertainDate } from './validate-uncertain-date.js';
import { toDayNumber } from '../dates/index.js';

const element: UncertainDateElement = {
  kind: 'uncertainDate',
  id: '106',
  fieldId: '106.2',
  allowUnknownDay: true,
  allowUnknownMonth: true,
  maxDaysFromToday: 0,
  notBeforeBirth: true,
};
const context = { today: '2025-03-10', patientBirthDate: '1990-06-15' };
const summary = (value: string, el: UncertainDateElement = element) =>
  validateUncertainDate(el, value, context).map((e) => [e.ruleId, e.fieldId, e.message.sv]);

describe('uncertainDateSpan', () => {
  it('spans a day, a month or a year', () => {
    const day = (date: string) => toDayNumber(date) as number;
    expect(uncertainDateSpan('2024-02-29')).toEqual({ earliest: day('2024-02-29'), latest: day('2024-02-29') });
    expect(uncertainDateSpan('2024-02-00')).toEqual({ earliest: day('2024-02-01'), latest: day('2024-02-29') });
    expect(uncertainDateSpan('2023-02-00')).toEqual({ earliest: day('2023-02-01'), latest: day('2023-02-28') });
    expect(uncertainDateSpan('2024-12-00')).toEqual({ earliest: day('2024-12-01'), latest: day('2024-12-31') });
    expect(uncertainDateSpan('2024-00-00')).toEqual({ earliest: day('2024-01-01'), latest: day('2024-12-31') });
  });

  it.each(['2024-00-05', '2024-13-00', '2023-02-29', '2024-1-00', '24-01-01', '', '2024-01-01T00:00'])(
    'has no span for %j',
    (value) => {
      expect(uncertainDateSpan(value)).toBeUndefined();
    },
  );
});

describe('validateUncertainDate', () => {
  it('accepts a whole date, an unknown day and an unknown month; an empty string is no answer', () => {
    expect(summary('2020-05-17')).toEqual([]);
    expect(summary('2020-05-00')).toEqual([]);
    expect(summary('2020-00-00')).toEqual([]);
    expect(summary('')).toEqual([]);
  });

  it('reports a malformed date', () => {
    expect(summary('2020-00-17')).toEqual([
      ['uncertainDate.invalid', '106.2', 'åååå måste anges, månad och dag kan anges som 00.'],
    ]);
    expect(summary('2020-02-30')[0]?.[0]).toBe('uncertainDate.invalid');
  });

  it('reports an unknown part the element does not allow', () => {
    const wholeDate = { ...element, allowUnknownDay: false, allowUnknownMonth: false };
    expect(summary('2020-05-00', wholeDate)).toEqual([['uncertainDate.invalid', '106.2', 'Ange dag.']]);
    expect(summary('2020-00-00', wholeDate)).toEqual([['uncertainDate.invalid', '106.2', 'Ange månad.']]);
    // An unknown month makes the day unknown, so allowing the month is enough for YYYY-00-00.
    expect(summary('2020-00-00', { ...wholeDate, allowUnknownMonth: true })).toEqual([]);
  });

  it('breaks a limit only when every day the date may be breaks it', () => {
    expect(summary('2025-03-00')).toEqual([]); // 1 March is not after today
    expect(summary('2025-00-00')).toEqual([]);
    expect(summary('2025-04-00')).toEqual([['date.max', '106.2', 'Ange ett datum som är senast 2025-03-10.']]);
    expect(summary('1990-06-00')).toEqual([]); // 30 June is not before the birth date
    expect(summary('1990-05-00')).toEqual([
      ['date.beforeBirth', '106.2', 'Ange ett datum som infaller efter patientens födelsedatum.'],
    ]);
    expect(summary('1990-00-00')).toEqual([]);
    expect(summary('1989-00-00')[0]?.[0]).toBe('date.beforeBirth');
    const lastYear = { ...element, minDaysFromToday: -365 };
    expect(summary('2024-03-00', lastYear)).toEqual([]);
    expect(summary('2024-02-00', lastYear)).toEqual([
      ['date.min', '106.2', 'Ange ett datum som är tidigast 2024-03-10.'],
    ]);
  });
});
