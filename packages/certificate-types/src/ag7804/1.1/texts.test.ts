/**
 * The v1.1 labels are the official text set, word for word: the committed texts.ts is what the conversion
 * script makes of the XML, and every text the model shows comes from it (or is one of the declared
 * Webcert texts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOfficialTexts } from '../../common/official-texts.js';
import { unitContactElement } from '../../common/unit-contact.js';
import { ag7804V1 } from './model.js';
import { texts as official } from './texts/texts.js';
import { webcertTexts } from './webcert-texts.js';
import { allElements, shownTexts } from '../../common/test-support/model-texts.js';

const xml = readFileSync(new URL('./texts/texterMU_AG7804_v1.1.xml', import.meta.url), 'utf8');

const elements = allElements(ag7804V1.elements);
const byId = (id: string) => elements.find((element) => element.id === id);

describe('ag7804 1.1 texts', () => {
  it('texts.ts is the conversion of the official XML', () => {
    expect(parseOfficialTexts(xml)).toStrictEqual(official);
    expect(xml).toContain('typ="AG7804" giltigFrom="2021-03-02" version="1.1"');
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

  it('offers the nine measures of the AG7804 text set in 40', () => {
    const atgarder = byId('40');
    const offered = atgarder !== undefined && 'options' in atgarder ? atgarder.options.map((o) => o.id) : [];
    expect(offered).toHaveLength(9);
    expect(offered).not.toContain('SOKA_NYTT_ARBETE');
    expect(offered).not.toContain('KONFLIKTHANTERING');
    for (const code of offered) expect(official[`KV_FKMU_0004.${code}.RBK`], code).toBeDefined();
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
    ] as const) {
      expect(byId(id)?.description, id).toBe(official[textId]);
    }
  });

  it('records the text version it was built from', () => {
    expect(ag7804V1.textVersion).toBe('1.1');
  });
});
