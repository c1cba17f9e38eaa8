import { describe, expect, it } from 'vitest';
import type { IcfElement } from './element.js';
import { icfAnswerFromTransportText, icfAnswerOf, icfTransportText } from './icf-answer.js';

const element: IcfElement = {
  id: '35',
  kind: 'icf',
  fieldId: '35.1',
  label: 'Funktionsnedsättning',
  aspect: 'functionalImpairment',
  diagnosesElementId: '6',
  modalLabel: 'Välj enbart de problem som påverkar patienten.',
  collectionsLabel: 'Problem som påverkar patientens möjlighet att utföra sin sysselsättning:',
  maxCodes: 10,
};

describe('ICF answers', () => {
  it('writes the chosen codes before the text, as Webcert sends it to Försäkringskassan', () => {
    const text = icfTransportText(element, { text: 'Trött hela dagen.', icfCodes: ['b130', 'b152'] });
    expect(text).toBe(
      'Problem som påverkar patientens möjlighet att utföra sin sysselsättning: b130 - b152\n\nTrött hela dagen.',
    );
    expect(icfAnswerFromTransportText(element, text)).toEqual({
      text: 'Trött hela dagen.',
      icfCodes: ['b130', 'b152'],
    });
  });

  it('sends the text alone without codes, and reads any other text back as text', () => {
    expect(icfTransportText(element, { text: 'Trött.', icfCodes: [] })).toBe('Trött.');
    for (const text of ['Trött.', 'Problem som påverkar: b130\n\nx', `${element.collectionsLabel} inte koder\n\nx`]) {
      expect(icfAnswerFromTransportText(element, text)).toEqual({ text, icfCodes: [] });
    }
  });

  it('reads a stored answer defensively', () => {
    expect(icfAnswerOf('Trött.')).toEqual({ text: 'Trött.', icfCodes: [] });
    expect(icfAnswerOf({ text: 'x', icfCodes: ['b130', 3] } as never)).toEqual({ text: 'x', icfCodes: ['b130'] });
    expect(icfAnswerOf(true)).toBeUndefined();
    expect(icfAnswerOf(['b130'])).toBeUndefined();
    expect(icfAnswerOf(undefined)).toBeUndefined();
  });
});
