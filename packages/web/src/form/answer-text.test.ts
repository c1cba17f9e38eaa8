import { describe, expect, it } from 'vitest';
import type { ElementSpec, ValueElement } from '@intyg/core';
import { isValueElement } from '@intyg/core';
import { kitchenSinkModel } from '../../../core/src/test-support/kitchen-sink-model.js';
import { format } from '../i18n/i18n.js';
import { sv, type MessageKey } from '../i18n/sv.js';
import { answerLines } from './answer-text.js';
import { newKindsModel } from './test-support/new-kinds-model.js';

const t = (key: MessageKey, params?: Record<string, string | number>) => format(sv[key], params);
const flatten = (elements: readonly ElementSpec[]): ElementSpec[] =>
  elements.flatMap((element) => [element, ...flatten(element.children ?? [])]);
const elements = new Map(
  [...flatten(kitchenSinkModel.elements), ...flatten(newKindsModel.elements)].map((element) => [element.id, element]),
);
const element = (id: string): ValueElement => {
  const found = elements.get(id);
  if (!found || !isValueElement(found)) throw new Error(`no value element ${id}`);
  return found;
};

describe('answerLines', () => {
  it('shows option texts instead of codes', () => {
    expect(answerLines(element('2'), ['NUVARANDE_ARBETE', 'STUDIER'], t)).toEqual(['Nuvarande arbete', 'Studier']);
    expect(answerLines(element('12'), 'STOR_SANNOLIKHET', t)).toEqual(['Patienten förväntas kunna återgå helt']);
    expect(answerLines(element('4'), [{ code: 'ANNAT', date: '2025-03-01' }], t)).toEqual(['annat: 2025-03-01']);
  });

  it('shows periods with their number of days', () => {
    expect(answerLines(element('7'), [{ code: 'HALFTEN', from: '2025-03-01', to: '2025-03-14' }], t)).toEqual([
      '50 procent: 2025-03-01 – 2025-03-14 (14 dagar)',
    ]);
  });

  it("reads booleans with the model's texts, and nothing for an unanswered text", () => {
    expect(answerLines(element('1'), true, t)).toEqual(['Ja']);
    expect(answerLines(element('10'), false, t)).toEqual([expect.any(String)]);
    expect(answerLines(element('3'), undefined, t)).toEqual([]);
    expect(answerLines(element('3'), '   ', t)).toEqual([]);
  });

  it('shows filled diagnosis rows and the unit contact on lines', () => {
    expect(
      answerLines(
        element('6'),
        [
          { code: 'J209', description: 'Akut bronkit' },
          { code: '', description: '' },
        ],
        t,
      ),
    ).toEqual(['J209 Akut bronkit']);
    expect(
      answerLines(
        element('UNIT_CONTACT'),
        { address: 'Storgatan 1', zipCode: '12345', city: 'Alfastad', phone: '010-1' },
        t,
      ),
    ).toEqual(['Storgatan 1', '12345 Alfastad', '010-1']);
  });

  it('reads a date range with the model’s labels, leaving out a missing end', () => {
    expect(answerLines(element('PERIOD'), { from: '2025-03-01', to: '2025-03-14' }, t)).toEqual([
      'Fr.o.m 2025-03-01, T.o.m 2025-03-14',
    ]);
    expect(answerLines(element('PERIOD2'), { from: '2025-03-01', to: '' }, t)).toEqual(['Från och med 2025-03-01']);
    expect(answerLines(element('PERIOD'), { from: '', to: '' }, t)).toEqual([]);
  });

  it('shows a year, and says which parts of an uncertain date are unknown', () => {
    expect(answerLines(element('AR'), 2019, t)).toEqual(['2019']);
    expect(answerLines(element('ANFALL'), '2019-05-12', t)).toEqual(['2019-05-12']);
    expect(answerLines(element('ANFALL'), '2019-05-00', t)).toEqual(['2019-05 (dag okänd)']);
    expect(answerLines(element('ANFALL'), '2019-00-00', t)).toEqual(['2019 (månad och dag okända)']);
  });

  it('shows each row of the visual acuity table with Swedish decimals and contact lenses', () => {
    expect(
      answerLines(
        element('SYN'),
        {
          right: { withoutCorrection: 0.5, withCorrection: 1, contactLens: true },
          left: {},
          binocular: { withoutCorrection: 0.8 },
        },
        t,
      ),
    ).toEqual(['Höger öga: Utan korrektion 0,5, Med korrektion 1, Kontaktlinser', 'Binokulärt: Utan korrektion 0,8']);
  });

  it('shows each investigation with its type text, date and source', () => {
    expect(
      answerLines(
        element('UTREDNING'),
        [
          { code: 'LOGOPED', date: '2025-01-10', source: 'Logopedmottagningen i Alfastad' },
          { code: '', date: '', source: '' },
        ],
        t,
      ),
    ).toEqual(['Underlag från logoped, 2025-01-10, Logopedmottagningen i Alfastad']);
  });
});
