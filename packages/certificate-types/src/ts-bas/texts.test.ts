/**
 * The labels of ts-bas 6.8 and 7.0 are Transportstyrelsen's text sets, word for word: each committed
 * texts.ts is what the conversion makes of its official XML, and every text a model shows comes from it
 * (or is one of the declared Webcert texts).
 */
import { readFileSync } from 'node:fs';
import type { CertificateModel } from '@intyg/core';
import { describe, expect, it } from 'vitest';
import { parseOfficialTexts, type OfficialTexts } from '../common/official-texts.js';
import { unitContactElement } from '../common/unit-contact.js';
import { tsBasV6 } from './6.8/model.js';
import { texts as textsV6 } from './6.8/texts/texts.js';
import { tsBasV7 } from './7.0/model.js';
import { texts as textsV7 } from './7.0/texts/texts.js';
import { webcertTexts } from './webcert-texts.js';
import { allElements, shownTexts } from '../common/test-support/model-texts.js';

const versions: [string, CertificateModel, OfficialTexts, string][] = [
  ['6.8', tsBasV6, textsV6, './6.8/texts/texterTS_TSTRK_1007_v6.8.xml'],
  ['7.0', tsBasV7, textsV7, './7.0/texts/texterTS_TSTRK_1007_v7.0.xml'],
];

describe.each(versions)('ts-bas %s texts', (version, model, official, xmlPath) => {
  const xml = readFileSync(new URL(xmlPath, import.meta.url), 'utf8');
  const elements = allElements(model.elements);
  const byId = (id: string) => elements.find((element) => element.id === id);

  it('texts.ts is the conversion of the official XML', () => {
    expect(parseOfficialTexts(xml)).toStrictEqual(official);
    expect(xml).toContain(`typ="TS-BAS" giltigFrom="2016-04-01" version="${version}"`);
    expect(model.textVersion).toBe(version);
  });

  it('shows only official texts, apart from the declared Webcert texts', () => {
    const allowed = new Set([...Object.values(official), ...Object.values(webcertTexts), unitContactElement().label]);
    const foreign = elements.flatMap(shownTexts).filter(([, text]) => !allowed.has(text));
    expect(foreign).toEqual([]);
  });

  it('labels categories, questions and sub-answers with their own text ids', () => {
    for (const element of elements) {
      if (element.kind === 'category') expect(element.label, element.id).toBe(official[`${element.id}.RBK`]);
      else if (/^\d+$/.test(element.id) && element.kind !== 'visualAcuity') {
        expect(element.label, element.id).toBe(official[`FRG_${element.id}.RBK`]);
      }
    }
    for (const id of ['12.2', '16.2', '21.2', '25.1', '25.2', '25.3', '30.2', '30.3', '30.4', '31.2']) {
      expect(byId(id)?.label, id).toBe(official[`DFR_${id}.RBK`]);
    }
    // The 6.8/7.0 texts call the dose text DFR_26.1.RBK although it travels as delsvar 26.2.
    expect(byId('26.2')?.label).toBe(official['DFR_26.1.RBK']);
    expect(byId('8')?.label).toBe(official['FRG_8.RBK']);
  });

  it('labels the licences with the KORKORT texts and the identity options with the IDENTITET texts', () => {
    const labels = (id: string) => {
      const element = byId(id);
      return element !== undefined && 'options' in element ? element.options.map((o) => o.label) : [];
    };
    expect(labels('1')).toEqual(['C1', 'C1E', 'C', 'CE', 'D1', 'D1E', 'D', 'DE', 'Taxi', 'Annat']);
    expect(labels('33')).toEqual([...labels('1'), official['KORKORT.KAN_INTE_TA_STALLNING.RBK']]);
    expect(labels('2')).toEqual([
      official['IDENTITET_ID_KORT.RBK'],
      official['IDENTITET_FORETAG_ELLER_TJANSTEKORT.RBK'],
      official['IDENTITET_KORKORT.RBK'],
      official['IDENTITET_PERS_KANNEDOM.RBK'],
      official['IDENTITET_FORSAKRAN_KAP18.RBK'],
      official['IDENTITET_PASS.RBK'],
    ]);
  });

  it('uses the help and information texts of the text set', () => {
    expect(byId('KAT_99')?.description).toBe(official['KAT_99.HLP']);
    expect(byId('1')?.description).toBe(official['FRG_1.HLP']);
    expect(byId('2')?.description).toBe(official['FRG_2.HLP']);
    expect(byId('8')?.description).toBe(official['FRG_8.HLP']);
    const message = (id: string) => {
      const element = byId(id);
      return element?.kind === 'message' ? element.content : undefined;
    };
    expect(message('ogonspecialistInfo')).toBe(official['FRG_3-5.INF']);
    expect(message('tidigareUndersokningInfo')).toBe(official['FRG_8.INF']);
    expect(message('korrektionsglasInfo')).toBe(official['FRG_9.INF']);
    expect(message('diabetesLakarintygInfo')).toBe(official['DFR_19.3.INF']);
    expect(message('provtagningInfo')).toBe(official['DFR_25.3.INF']);
  });
});
