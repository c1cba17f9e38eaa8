/**
 * The three legacy utlåtanden (LUSE 1.2, LUAE_NA 1.1, LUAE_FS 1.1) show Försäkringskassan's texts word for
 * word: each committed texts.ts is the conversion of its official XML, every label comes from it (or is one
 * of Webcert's declared texts), and each type offers exactly the investigation types it allows.
 */
import { readFileSync } from 'node:fs';
import { compileModel, parseAnswers, transportOf } from '@intyg/core';
import type { CertificateModel } from '@intyg/core';
import { describe, expect, it } from 'vitest';
import { luaeFsV1 } from '../luae_fs/1.1/model.js';
import { texts as luaeFsTexts } from '../luae_fs/1.1/texts/texts.js';
import { luaeNaV1 } from '../luae_na/1.1/model.js';
import { texts as luaeNaTexts } from '../luae_na/1.1/texts/texts.js';
import { luseV1 } from '../luse/1.2/model.js';
import { texts as luseTexts } from '../luse/1.2/texts/texts.js';
import {
  MOTIVERING_ELEMENT_ID,
  TILLAGG_CATEGORY_ID,
  UNDERLAG_CODES,
  motiveringHelp,
  utlatandeWebcertTexts,
} from './fk-utlatande.js';
import { parseOfficialTexts, type OfficialTexts } from './official-texts.js';
import { unitContactElement } from './unit-contact.js';
import { allElements, shownTextsWithChecks } from './test-support/model-texts.js';

interface Case {
  readonly model: CertificateModel;
  readonly texts: OfficialTexts;
  readonly xml: string;
  readonly typ: string;
}

const xml = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const cases: readonly Case[] = [
  { model: luseV1, texts: luseTexts, xml: xml('../luse/1.2/texts/texterMU_LUSE_v1.2.xml'), typ: 'LUSE' },
  { model: luaeNaV1, texts: luaeNaTexts, xml: xml('../luae_na/1.1/texts/texterMU_LUAE_NA_v1.1.xml'), typ: 'LUAE_NA' },
  { model: luaeFsV1, texts: luaeFsTexts, xml: xml('../luae_fs/1.1/texts/texterMU_LUAE_FS_v1.1.xml'), typ: 'LUAE_FS' },
];

describe.each(cases.map((c) => [`${c.model.type}/${c.model.version}`, c] as const))('%s texts', (_key, c) => {
  const { model, texts } = c;
  const elements = allElements(model.elements);
  const byId = (id: string) => elements.find((element) => element.id === id);

  it('texts.ts is the conversion of the official XML the model names', () => {
    expect(parseOfficialTexts(c.xml)).toStrictEqual(texts);
    expect(c.xml).toContain(`typ="${c.typ}" version="${model.textVersion}"`);
    expect(c.xml).toContain(`giltigFrom="${model.activeFrom}"`);
    expect(model.typeCode).toBe(c.typ);
  });

  it('shows only official texts, apart from the declared Webcert texts', () => {
    const checkMessages = elements.flatMap((e) =>
      (e.rules ?? []).flatMap((r) => (r.kind === 'check' ? [r.message.sv] : [])),
    );
    const allowed = new Set([
      ...Object.values(texts),
      ...Object.values(utlatandeWebcertTexts),
      motiveringHelp(texts['FRG_25.RBK'] ?? ''),
      unitContactElement().label,
      ...checkMessages,
    ]);
    const foreign = elements.flatMap(shownTextsWithChecks).filter(([, text]) => !allowed.has(text));
    expect(foreign).toEqual([]);
  });

  it('labels each category, question and sub-answer with its own text id', () => {
    for (const element of elements) {
      if (element.kind === 'category') expect(element.label, element.id).toBe(texts[`${element.id}.RBK`]);
      else if (/^\d+$/.test(element.id)) {
        expect(element.label, element.id).toBe(texts[`FRG_${element.id}.RBK`] ?? texts[`DFR_${element.id}.1.RBK`]);
      } else if (/^\d+\.\d+$/.test(element.id) && element.id !== MOTIVERING_ELEMENT_ID) {
        expect(element.label, element.id).toBe(texts[`DFR_${element.id}.RBK`]);
      }
      if ('fieldLabel' in element && element.fieldLabel !== undefined) {
        expect(element.fieldLabel, element.id).toBe(texts[`DFR_${element.fieldId}.RBK`]);
      }
    }
  });

  it('labels each option with the text of its code, and offers every code of the text set', () => {
    for (const element of elements) {
      if (!('options' in element)) continue;
      for (const option of element.options) {
        expect(option.label, option.id).toBe(texts[`${option.codeSystem}.${option.id}.RBK`]);
      }
      const codeSystem = element.options[0]?.codeSystem ?? '';
      const inTexts = Object.keys(texts).filter((id) => id.startsWith(`${codeSystem}.`));
      expect(element.options.map((o) => `${o.codeSystem}.${o.id}.RBK`).sort()).toEqual(inTexts.sort());
    }
  });

  it('uses every help text of the text set, except the placeholder of the supplementary category', () => {
    const shown = new Set(elements.flatMap((e) => (e.description === undefined ? [] : [e.description])));
    const help = Object.entries(texts).filter(([id]) => id.endsWith('.HLP') && id !== `${TILLAGG_CATEGORY_ID}.HLP`);
    expect(help.filter(([, text]) => !shown.has(text)).map(([id]) => id)).toEqual([]);
    expect(byId('4')?.description).toBe(texts['DFR_4.3.HLP']);
  });

  it('uses every question of the text set', () => {
    const questions = Object.keys(texts)
      .filter((id) => /^FRG_\d+\.RBK$/.test(id) || /^DFR_9\d{3}\.1\.RBK$/.test(id))
      .map((id) => id.replace(/^(FRG|DFR)_/, '').replace(/(\.1)?\.RBK$/, ''));
    expect(questions.filter((id) => byId(id) === undefined)).toEqual([]);
  });
});

describe('investigation types (4)', () => {
  const offered = (model: CertificateModel) => {
    const list = allElements(model.elements).find((e) => e.id === '4');
    return list && 'options' in list ? list.options.map((o) => o.id) : [];
  };

  it('LUSE offers all but SKOLHALSOVARD, LUAE_FS all but FORETAGSHALSOVARD, LUAE_NA all', () => {
    expect(offered(luseV1)).toEqual(UNDERLAG_CODES.filter((c) => c !== 'SKOLHALSOVARD'));
    expect(offered(luaeFsV1)).toEqual(UNDERLAG_CODES.filter((c) => c !== 'FORETAGSHALSOVARD'));
    expect(offered(luaeNaV1)).toEqual([...UNDERLAG_CODES]);
  });

  it.each([
    [luseV1, 'SKOLHALSOVARD'],
    [luaeFsV1, 'FORETAGSHALSOVARD'],
  ] as const)('%#: rejects a type the model does not offer as malformed answers', (model, code) => {
    const result = parseAnswers(compileModel(model), { '3': true, '4': [{ code, date: '2025-01-01', source: 'X' }] });
    expect(result.ok).toBe(false);
  });
});

describe('transport', () => {
  it.each(cases.map((c) => [c.typ, c.model] as const))(
    '%s: 1.3 travels in the ANNAT instance, 1.4 not at all',
    (_typ, model) => {
      const elements = allElements(model.elements);
      expect(transportOf(elements.find((e) => e.id === '1.3')!)).toEqual({
        kind: 'value',
        svarId: '1',
        delsvarId: '1.3',
        inInstanceOf: 'ANNAT',
      });
      expect(transportOf(elements.find((e) => e.id === MOTIVERING_ELEMENT_ID)!)).toEqual({ kind: 'none' });
      expect(model.transport.versions[0]).toBe(model.version);
    },
  );
});
