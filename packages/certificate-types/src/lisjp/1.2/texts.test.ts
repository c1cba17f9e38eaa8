/**
 * The v1.2 labels are Försäkringskassan's text set, word for word: the committed texts.json is what the
 * conversion script makes of the official XML, and every text the model shows comes from it (or is one
 * of Webcert's own, declared texts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOfficialTexts } from '../../common/official-texts.js';
import { unitContactElement } from '../../common/unit-contact.js';
import { lisjpV1 } from './model.js';
import { texts } from './texts/texts.js';
import { webcertTexts } from './webcert-texts.js';
import { allElements, shownTexts } from '../../common/test-support/model-texts.js';

const official = texts;
const xml = readFileSync(new URL('./texts/texterMU_LISJP_v1.2.xml', import.meta.url), 'utf8');

const elements = allElements(lisjpV1.elements);
const byId = (id: string) => elements.find((element) => element.id === id);

describe('lisjp 1.2 texts', () => {
  it('texts.json is the conversion of the official XML', () => {
    expect(parseOfficialTexts(xml)).toStrictEqual(official);
    expect(xml).toContain('typ="LISJP" version="1.2"');
    expect(xml).toContain('giltigFrom="2021-03-02"');
  });

  it('shows only official texts, apart from the declared Webcert texts', () => {
    const allowed = new Set([...Object.values(official), ...Object.values(webcertTexts), unitContactElement().label]);
    const foreign = elements.flatMap(shownTexts).filter(([, text]) => !allowed.has(text));
    expect(foreign).toEqual([]);
  });

  it('labels each category, question and sub-answer with its own text id', () => {
    for (const element of elements) {
      if (element.kind === 'category') expect(element.label, element.id).toBe(official[`${element.id}.RBK`]);
      else if (/^\d+$/.test(element.id)) expect(element.label, element.id).toBe(official[`FRG_${element.id}.RBK`]);
      else if (/^\d+\.\d+$/.test(element.id) && element.id !== '39.3') {
        expect(element.label, element.id).toBe(official[`DFR_${element.id}.RBK`]);
      }
      if ('fieldLabel' in element && element.fieldLabel !== undefined) {
        expect(element.fieldLabel, element.id).toBe(official[`DFR_${element.fieldId}.RBK`]);
      }
    }
  });

  it('labels each option with the text of its code', () => {
    for (const element of elements) {
      if (!('options' in element)) continue;
      for (const option of element.options) {
        expect(option.codeSystem, option.id).toBeDefined();
        expect(option.label, option.id).toBe(official[`${option.codeSystem}.${option.id}.RBK`]);
      }
    }
  });

  it('uses the help texts of the text set', () => {
    expect(byId('KAT_10')?.description).toBe(official['KAT_10.HLP']);
    for (const [id, textId] of [
      ['1', 'FRG_1.HLP'],
      ['28', 'FRG_28.HLP'],
      ['6', 'FRG_6.HLP'],
      ['35', 'DFR_35.1.HLP'],
      ['17', 'DFR_17.1.HLP'],
      ['32', 'FRG_32.HLP'],
      ['33', 'FRG_33.HLP'],
      ['37', 'FRG_37.HLP'],
      ['39', 'FRG_39.HLP'],
      ['26', 'FRG_26.HLP'],
    ] as const) {
      expect(byId(id)?.description, id).toBe(official[textId]);
    }
  });

  it('records the text version it was built from', () => {
    expect(lisjpV1.textVersion).toBe('1.2');
  });
});
