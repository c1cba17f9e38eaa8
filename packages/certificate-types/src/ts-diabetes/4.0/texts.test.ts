/**
 * The v4.0 labels are Transportstyrelsen's text set, word for word: the committed texts.ts is what the
 * conversion makes of the official XML, and every text the model shows comes from it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOfficialTexts } from '../../common/official-texts.js';
import { unitContactElement } from '../../common/unit-contact.js';
import { tsDiabetesV4 } from './model.js';
import { texts as official } from './texts/texts.js';
import { allElements, shownTexts } from '../../common/test-support/model-texts.js';

const xml = readFileSync(new URL('./texts/texterTS_DIABETES_v4.0.xml', import.meta.url), 'utf8');

const elements = allElements(tsDiabetesV4.elements);
const byId = (id: string) => elements.find((element) => element.id === id);

describe('ts-diabetes 4.0 texts', () => {
  it('texts.ts is the conversion of the official XML', () => {
    expect(parseOfficialTexts(xml)).toStrictEqual(official);
    expect(xml).toContain('typ="TS-DIABETES" giltigFrom="2021-10-12" version="4.0"');
    expect(tsDiabetesV4.textVersion).toBe('4.0');
    expect(tsDiabetesV4.activeFrom).toBe('2021-10-12');
  });

  it('shows only official texts', () => {
    const allowed = new Set([...Object.values(official), unitContactElement().label]);
    expect(elements.flatMap(shownTexts).filter(([, text]) => !allowed.has(text))).toEqual([]);
  });

  it('labels categories, questions and sub-answers with their own text ids', () => {
    for (const element of elements) {
      if (element.kind === 'category') expect(element.label, element.id).toBe(official[`${element.id}.RBK`]);
      else if (/^\d+$/.test(element.id)) expect(element.label, element.id).toBe(official[`FRG_${element.id}.RBK`]);
      else if (/^\d+\.\d+$/.test(element.id)) expect(element.label, element.id).toBe(official[`DFR_${element.id}.RBK`]);
    }
  });

  it('labels each licence with KV_KORKORTSBEHORIGHET, whichever option id it has', () => {
    for (const id of ['1', '33']) {
      const element = byId(id);
      if (element?.kind !== 'checkboxCodeList') throw new Error(`${id} is not a code list`);
      for (const option of element.options) {
        expect(option.label, option.id).toBe(official[`KV_KORKORTSBEHORIGHET.${option.code ?? ''}.RBK`]);
      }
    }
  });

  it('uses the help texts of the text set, HTML turned into plain text', () => {
    for (const id of ['1', '2', '205', '200', '201', '110', '202', '106', '204', '33']) {
      expect(byId(id)?.description, id).toBe(official[`FRG_${id}.HLP`]);
    }
    expect(byId('206.2')?.description).toBe(official['DFR_206.2.HLP']);
    expect(byId('202')?.description).toContain('avses att:\n- kontrollera blodsockret');
    expect(byId('33')?.label).toMatch(/anges i 17 kap\. Se Vägtrafik - transportstyrelsen\.se$/);
  });
});
