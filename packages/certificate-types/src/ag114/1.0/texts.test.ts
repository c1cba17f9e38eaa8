/**
 * The v1.0 labels are the official text set, word for word: the committed texts.ts is what the conversion
 * script makes of the XML, and every text the model shows comes from it (or is one of the declared
 * Webcert texts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOfficialTexts } from '../../common/official-texts.js';
import { unitContactElement } from '../../common/unit-contact.js';
import { ag114V1 } from './model.js';
import { texts as official } from './texts/texts.js';
import { webcertTexts } from './webcert-texts.js';
import { allElements, shownTexts } from '../../common/test-support/model-texts.js';

const xml = readFileSync(new URL('./texts/texterMU_AG114_v1.0.xml', import.meta.url), 'utf8');

const elements = allElements(ag114V1.elements);
const byId = (id: string) => elements.find((element) => element.id === id);

describe('ag114 1.0 texts', () => {
  it('texts.ts is the conversion of the official XML', () => {
    expect(parseOfficialTexts(xml)).toStrictEqual(official);
    expect(xml).toContain('typ="AG114" giltigFrom="2016-05-01" version="1.0"');
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
      else if (/^\d+\.\d+$/.test(element.id) && element.kind !== 'message') {
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

  it('uses the help texts, the period labels and the alert of the text set', () => {
    for (const [id, textId] of [
      ['10', 'FRG_10.HLP'],
      ['2', 'FRG_2.HLP'],
      ['3', 'FRG_3.HLP'],
      ['5', 'FRG_5.HLP'],
      ['6', 'FRG_6.HLP'],
      ['7', 'FRG_7.HLP'],
    ] as const) {
      expect(byId(id)?.description, id).toBe(official[textId]);
    }
    const period = byId('7.2');
    expect(period?.kind === 'dateRange' ? [period.fromLabel, period.toLabel] : []).toEqual([
      official['FROM'],
      official['TOM'],
    ]);
    const alert = byId('7.3');
    expect(alert?.kind === 'message' ? alert.content : undefined).toBe(official['SKL-001.ALERT']);
  });

  it('records the text version it was built from', () => {
    expect(ag114V1.textVersion).toBe('1.0');
  });
});
