import { describe, expect, it } from 'vitest';
import type { Answers } from '../model/answers.js';
import { compileModel } from '../model/compile.js';
import {
  EARLY_START_EXPRESSION,
  KITCHEN_SINK_TODAY,
  PARTIAL_PERIOD_EXPRESSION,
  kitchenSinkModel,
} from '../test-support/kitchen-sink-model.js';
import { evaluateExpression, evaluateValue } from './evaluate.js';
import { parseExpression } from './parser.js';
import type { Trace } from './trace.js';

const compiled = compileModel(kitchenSinkModel);
const today = KITCHEN_SINK_TODAY; // 2025-03-15

function run(source: string, answers: Answers) {
  return evaluateExpression(parseExpression(source), { compiled, answers, today });
}
/** The traced value, after checking that the trace-free fast path gives the very same value. */
const value = (source: string, answers: Answers) => {
  const traced = run(source, answers).value;
  expect(evaluateValue(parseExpression(source), { compiled, answers, today })).toStrictEqual(traced);
  return traced;
};

describe('evaluateExpression: fields', () => {
  it('reads a text as its string when not blank', () => {
    expect(value('$3.1', { '3': 'Snickare' })).toBe('Snickare');
    expect(value('$3.1', { '3': '   ' })).toBeUndefined();
    expect(value('exists($3.1)', { '3': '  ' })).toBe(false);
    expect(value('$3.1', {})).toBeUndefined();
  });

  it('reads booleans; a false boolean exists', () => {
    expect(value('$1.1', { '1': true })).toBe(true);
    expect(value('$1.1', { '1': false })).toBe(false);
    expect(value('exists($1.1)', { '1': false })).toBe(true);
    expect(value('exists($1.1)', {})).toBe(false);
    expect(value('empty($1.1)', {})).toBe(true);
  });

  it('reads a code list option as selected or not', () => {
    expect(value('$NUVARANDE_ARBETE', { '2': ['STUDIER', 'NUVARANDE_ARBETE'] })).toBe(true);
    expect(value('$NUVARANDE_ARBETE', { '2': ['STUDIER'] })).toBe(false);
    expect(value('$NUVARANDE_ARBETE', {})).toBe(false);
    expect(value('exists($STUDIER)', { '2': ['STUDIER'] })).toBe(true);
  });

  it('reads a radio code as the selected code, and its options as selected or not', () => {
    const answers = { '12': 'PROGNOS_OKLAR' };
    expect(value('$12.1', answers)).toBe('PROGNOS_OKLAR');
    expect(value("$12.1 == 'PROGNOS_OKLAR'", answers)).toBe(true);
    expect(value('$PROGNOS_OKLAR', answers)).toBe(true);
    expect(value('$STOR_SANNOLIKHET', answers)).toBe(false);
    expect(value('$TRETTIO_DGR', { '14': 'TRETTIO_DGR' })).toBe(true);
  });

  it('reads a checkbox-date option as ticked whatever its date', () => {
    expect(value('$ANNAT', { '4': [{ code: 'ANNAT', date: '' }] })).toBe(true);
    expect(value('$UNDERSOKNING', { '4': [{ code: 'ANNAT', date: '2025-03-01' }] })).toBe(false);
  });

  it('reads an integer as its number, and 0 as truthy because it exists', () => {
    expect(value('$13.1', { '13': 14 })).toBe(14);
    expect(value('$13.1 >= 12', { '13': 14 })).toBe(true);
    expect(value('$13.1 + 1', { '13': 14 })).toBe(15);
    expect(value('!$13.1', { '13': 0 })).toBe(false);
    expect(value('$13.1 >= 12', {})).toBe(false);
  });

  it('reads a diagnosis row as complete when it has code and description; exists when either', () => {
    const answers = {
      '6': [
        { code: 'J20', description: 'Akut bronkit' },
        { code: 'F32', description: '' },
      ],
    };
    expect(value('$huvuddiagnos', answers)).toBe(true);
    expect(value('$diagnos2', answers)).toBe(false);
    expect(value('exists($diagnos2)', answers)).toBe(true);
    expect(value('exists($diagnos3)', answers)).toBe(false);
  });

  it('reads a period grade as complete only with valid, ordered dates; exists whatever its dates', () => {
    const period = (from: string, to: string) => ({ '7': [{ code: 'HALFTEN', from, to }] });
    expect(value('$HALFTEN', period('2025-03-01', '2025-03-31'))).toBe(true);
    expect(value('$HALFTEN', period('2025-03-31', '2025-03-01'))).toBe(false);
    expect(value('$HALFTEN', period('2025-03-01', ''))).toBe(false);
    expect(value('$HALFTEN', period('2025-02-30', '2025-03-31'))).toBe(false);
    expect(value('exists($HALFTEN)', period('', ''))).toBe(true);
    expect(value('exists($HALFTEN)', {})).toBe(false);
    expect(value('$HELT_NEDSATT', period('2025-03-01', '2025-03-31'))).toBe(false);
  });

  it('reads .from/.to as days relative to today, missing when the date is invalid', () => {
    const answers = { '7': [{ code: 'HALFTEN', from: '2025-03-07', to: '2025-04-14' }] };
    expect(value('$HALFTEN.from', answers)).toBe(-8);
    expect(value('$HALFTEN.to', answers)).toBe(30);
    expect(value('$HALFTEN.to - $HALFTEN.from', answers)).toBe(38);
    expect(value('$HALFTEN.from', { '7': [{ code: 'HALFTEN', from: '7 mars', to: '' }] })).toBeUndefined();
    expect(
      value('$HALFTEN.to - $HALFTEN.from', { '7': [{ code: 'HALFTEN', from: '', to: '2025-04-14' }] }),
    ).toBeUndefined();
  });

  it('has no date attribute for a missing period, nor for a field that is not a period grade', () => {
    expect(value('$HELT_NEDSATT.from', {})).toBeUndefined();
    expect(value('exists($HELT_NEDSATT.from)', {})).toBe(false);
    // checkModel rejects these; evaluation still answers "missing" rather than guessing.
    expect(value('$ANNAT.from', { '4': [{ code: 'ANNAT', date: '2025-03-01' }] })).toBeUndefined();
    expect(value('$3.1.days', { '2': ['NUVARANDE_ARBETE'], '3': '2025-03-01' })).toBeUndefined();
    expect(
      value('$HALFTEN.days', { '7': [{ code: 'HALFTEN', from: '2025-03-01', to: '2025-03-02' }] }),
    ).toBeUndefined();
    expect(value('$unknown', {})).toBeUndefined();
  });

  it('reads .days of a date, a complete uncertain date and a ticked checkbox-date option', () => {
    expect(value('$15.1.days', { '15': '2025-03-10' })).toBe(-5);
    expect(value('$15.1.days', { '15': '2025-02-30' })).toBeUndefined();
    expect(value('$15.1.days', {})).toBeUndefined();
    expect(value('$19.1.days', { '19': '2025-03-20' })).toBe(5);
    // An uncertain date has no day count until it is a whole date.
    expect(value('$19.1.days', { '19': '2025-03-00' })).toBeUndefined();
    expect(value('$19.1', { '19': '2025-03-00' })).toBe('2025-03-00');
    const grund = { '4': [{ code: 'UNDERSOKNING', date: '2025-03-01' }] };
    expect(value('$UNDERSOKNING.days', grund)).toBe(-14);
    expect(value('$TELEFONKONTAKT.days', grund)).toBeUndefined();
    expect(value('$UNDERSOKNING.days', { '4': [{ code: 'UNDERSOKNING', date: '' }] })).toBeUndefined();
    // LUSE's "kännedom later than the examination".
    expect(value('$15.1.days > $UNDERSOKNING.days', { ...grund, '15': '2025-03-02' })).toBe(true);
    expect(value('$15.1.days > $UNDERSOKNING.days', { ...grund, '15': '2025-03-01' })).toBe(false);
  });

  it('reads a date range like a period grade: complete and ordered, .from/.to in days from today', () => {
    const range = (from: string, to: string) => ({ '17': { from, to } });
    expect(value('$17.1', range('2025-03-15', '2025-03-29'))).toBe(true);
    expect(value('$17.1', range('2025-03-29', '2025-03-15'))).toBe(false);
    expect(value('$17.1', range('2025-03-15', ''))).toBe(false);
    expect(value('exists($17.1)', range('', '2025-03-01'))).toBe(true);
    expect(value('exists($17.1)', range('', ''))).toBe(false);
    expect(value('$17.1', {})).toBe(false);
    expect(value('exists($17.1)', {})).toBe(false);
    expect(value('$17.1.from', range('2025-03-10', '2025-03-29'))).toBe(-5);
    expect(value('$17.1.to', range('2025-03-10', '2025-03-29'))).toBe(14);
    expect(value('($17.1.to - $17.1.from) >= 14', range('2025-03-15', '2025-03-29'))).toBe(true);
    expect(value('($17.1.to - $17.1.from) >= 14', range('2025-03-15', '2025-03-28'))).toBe(false);
    expect(value('$17.1.to', range('2025-03-10', ''))).toBeUndefined();
  });

  it('reads a year as its number', () => {
    expect(value('$18.1', { '18': 2019 })).toBe(2019);
    expect(value('$18.1 < 2020', { '18': 2019 })).toBe(true);
    expect(value('exists($18.1)', {})).toBe(false);
  });

  it('reads a visual-acuity table as filled when any cell is, and its cells as numbers or ticks', () => {
    const table = { right: {}, left: { withCorrection: 0.5 }, binocular: {} };
    expect(value('$21', { '21': table })).toBe(true);
    expect(value('$21', { '21': { right: { contactLens: true }, left: {}, binocular: {} } })).toBe(true);
    expect(value('$21', { '21': { right: { contactLens: false }, left: {}, binocular: {} } })).toBe(false);
    expect(value('$21', {})).toBe(false);
    expect(value('$21.left.withCorrection', { '21': table })).toBe(0.5);
    expect(value('$21.left.withCorrection < 0.8', { '21': table })).toBe(true);
    expect(value('$21.right.withCorrection', { '21': table })).toBeUndefined();
    expect(value('$21.right.contactLens', { '21': { right: { contactLens: true }, left: {}, binocular: {} } })).toBe(
      true,
    );
    // The checkbox and the table disable each other.
    expect(value('$20.1', { '20': true })).toBe(true);
  });

  it('reads an investigation list as true when a row has anything filled in', () => {
    const row = { code: 'NEUROPSYKIATRISKT', date: '', source: '' };
    expect(value('$22', { '22': [row] })).toBe(true);
    expect(value('$22', { '22': [{ code: '', date: '', source: ' ' }] })).toBe(false);
    expect(value('$22', { '22': [] })).toBe(false);
    expect(value('exists($22)', {})).toBe(false);
  });

  it('treats answers of the wrong shape as not answered', () => {
    expect(value('$NUVARANDE_ARBETE', { '2': 'NUVARANDE_ARBETE' as unknown as string[] })).toBe(false);
    expect(value('exists($HALFTEN)', { '7': 'nonsense' })).toBe(false);
    expect(value('$1.1', { '1': 'true' })).toBeUndefined();
    expect(value('$17.1', { '17': '2025-03-01' })).toBe(false);
    expect(value('$21', { '21': [1, 2] as unknown as string[] })).toBe(false);
    expect(value('$22', { '22': 'rad' })).toBe(false);
    expect(value('$18.1', { '18': '2020' })).toBeUndefined();
  });
});

describe('evaluateExpression: operators', () => {
  it('compares with a missing value as false, whichever the operator', () => {
    for (const op of ['<', '<=', '>', '>=', '==', '!=']) {
      expect(value(`$13.1 ${op} 5`, {})).toBe(false);
    }
    expect(value('$13.1 != 5', { '13': 4 })).toBe(true);
    expect(value('$13.1 <= 4', { '13': 4 })).toBe(true);
    expect(value('$13.1 > 4', { '13': 4 })).toBe(false);
    expect(value("$13.1 < 'x'", { '13': 4 })).toBe(false);
    expect(value('-$13.1 == -4', { '13': 4 })).toBe(true);
  });

  it('evaluates the LISJP early-start expression: a period starting more than 7 days back', () => {
    const withFrom = (code: string, from: string) => ({ '7': [{ code, from, to: '2025-04-30' }] });
    expect(value(EARLY_START_EXPRESSION, withFrom('HALFTEN', '2025-03-07'))).toBe(true); // -8
    expect(value(EARLY_START_EXPRESSION, withFrom('HALFTEN', '2025-03-08'))).toBe(false); // -7
    expect(value(EARLY_START_EXPRESSION, withFrom('HELT_NEDSATT', '2025-01-01'))).toBe(true);
    expect(value(EARLY_START_EXPRESSION, withFrom('EN_FJARDEDEL', ''))).toBe(false);
    expect(value(EARLY_START_EXPRESSION, {})).toBe(false);
  });

  it('evaluates the LISJP partial-period expression on the existence of a row', () => {
    expect(value(PARTIAL_PERIOD_EXPRESSION, { '7': [{ code: 'TRE_FJARDEDEL', from: '', to: '' }] })).toBe(true);
    expect(
      value(PARTIAL_PERIOD_EXPRESSION, { '7': [{ code: 'HELT_NEDSATT', from: '2025-03-01', to: '2025-03-31' }] }),
    ).toBe(false);
  });

  it('evaluates $NUVARANDE_ARBETE and !$a && !empty($a) (answered "no")', () => {
    expect(value('$NUVARANDE_ARBETE', { '2': ['NUVARANDE_ARBETE'] })).toBe(true);
    expect(value('!$10.1 && !empty($10.1)', { '10': false })).toBe(true);
    expect(value('!$10.1 && !empty($10.1)', { '10': true })).toBe(false);
    expect(value('!$10.1 && !empty($10.1)', {})).toBe(false);
  });
});

describe('evaluateExpression: trace', () => {
  it('records the source text and value of every node, and the field notes', () => {
    const { trace } = run('$HALFTEN.from < -7', { '7': [{ code: 'HALFTEN', from: '2025-03-01', to: '2025-03-31' }] });
    expect(trace).toMatchObject({ kind: 'comparison', text: '$HALFTEN.from < -7', value: true, decisive: true });
    expect(trace.children.map((c) => [c.text, c.value])).toEqual([
      ['$HALFTEN.from', -14],
      ['-7', -7],
    ]);
    expect(trace.children[0]?.note).toContain('-14 days');
  });

  it('short-circuits ||: a true left side decides and the right side is not evaluated', () => {
    const { trace } = run('$1.1 || ($3.1 && $NUVARANDE_ARBETE)', { '1': true });
    const [left, right] = trace.children as [Trace, Trace];
    expect(left).toMatchObject({ text: '$1.1', value: true, evaluated: true, decisive: true });
    expect(right).toMatchObject({
      text: '($3.1 && $NUVARANDE_ARBETE)',
      evaluated: false,
      decisive: false,
      value: undefined,
    });
    expect(right.children.every((c) => !c.evaluated)).toBe(true);
  });

  it('marks the deciding children of && and ||', () => {
    const both = run('$1.1 && $3.1', { '1': true, '3': 'x' }).trace;
    expect(both.children.map((c) => c.decisive)).toEqual([true, true]);
    const rightFalse = run('$1.1 && $3.1', { '1': true }).trace;
    expect(rightFalse.value).toBe(false);
    expect(rightFalse.children.map((c) => c.decisive)).toEqual([false, true]);
    const leftFalse = run('$1.1 && $3.1', {}).trace;
    expect(leftFalse.children.map((c) => [c.decisive, c.evaluated])).toEqual([
      [true, true],
      [false, false],
    ]);
    const orRight = run('$1.1 || $3.1', { '3': 'x' }).trace;
    expect(orRight.children.map((c) => c.decisive)).toEqual([false, true]);
    const orNone = run('$1.1 || $3.1', {}).trace;
    expect(orNone.value).toBe(false);
    expect(orNone.children.map((c) => c.decisive)).toEqual([true, true]);
  });

  it('traces a call with its field argument', () => {
    const { trace } = run('exists($HALFTEN)', { '7': [{ code: 'HALFTEN', from: '', to: '' }] });
    expect(trace).toMatchObject({ kind: 'call', value: true });
    expect(trace.children[0]).toMatchObject({ kind: 'field', text: '$HALFTEN', value: false, decisive: true });
  });
});
