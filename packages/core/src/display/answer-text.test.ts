import { describe, expect, it } from 'vitest';
import type { ElementSpec, ValueElement } from '../model/element.js';
import { isValueElement } from '../model/element.js';
import { kitchenSinkModel } from '../test-support/kitchen-sink-model.js';
import { answerLines } from './answer-text.js';
import { SWEDISH_ANSWER_WORDS as sv } from './answer-words.js';

const flatten = (elements: readonly ElementSpec[]): ElementSpec[] =>
  elements.flatMap((element) => [element, ...flatten(element.children ?? [])]);
const element = (id: string): ValueElement => {
  const found = flatten(kitchenSinkModel.elements).find((candidate) => candidate.id === id);
  if (found === undefined || !isValueElement(found)) throw new Error(`no value element ${id}`);
  return found;
};
/** The kitchen sink's ICF question and sick-leave periods. */
const icf = element('23');
const periods = element('7');

describe('answerLines in Swedish', () => {
  it('reads an ICF answer as the chosen codes after the collections label, then the text', () => {
    expect(answerLines(icf, { text: 'Nedsatt rörlighet.', icfCodes: ['b280', 'b710'] }, sv)).toEqual([
      'Problem som påverkar patientens möjlighet att utföra sin sysselsättning: b280 - b710',
      'Nedsatt rörlighet.',
    ]);
    expect(answerLines(icf, { text: 'Bara text.', icfCodes: [] }, sv)).toEqual(['Bara text.']);
    expect(answerLines(icf, 'En text från före ICF-stödet.', sv)).toEqual(['En text från före ICF-stödet.']);
    expect(answerLines(icf, { text: ' ', icfCodes: [] }, sv)).toEqual([]);
  });

  it('gives a period its number of days, one day in the singular, none for an invalid date', () => {
    const line = (from: string, to: string) => answerLines(periods, [{ code: 'HALFTEN', from, to }], sv)[0];
    expect(line('2025-03-01', '2025-03-14')).toBe('50 procent: 2025-03-01 – 2025-03-14 (14 dagar)');
    expect(line('2025-03-01', '2025-03-01')).toBe('50 procent: 2025-03-01 – 2025-03-01 (1 dag)');
    expect(line('2025-02-30', '2025-03-01')).toBe('50 procent: 2025-02-30 – 2025-03-01');
  });

  it('reads a value of the wrong shape as no answer rather than failing', () => {
    const element = { id: 'x', kind: 'diagnoses', rows: [], codeSystems: [], descriptionLimit: 1 } as ValueElement;
    expect(answerLines(element, 'not rows', sv)).toEqual([]);
    expect(answerLines({ id: 'u', kind: 'unitContact' }, 'nope', sv)).toEqual([]);
  });
});
