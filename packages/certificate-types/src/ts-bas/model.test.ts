/** Behaviour of the ts-bas rules and transport mapping that the fixtures do not pin down on their own (domain.md §1.9). */
import { compileModel, evaluateForm, KV_UTLATANDETYP, transportOf } from '@intyg/core';
import type { Answers, CertificateModel } from '@intyg/core';
import { describe, expect, it } from 'vitest';
import { getModel, newestActiveModel } from '../registry.js';
import { tsBasV6 } from './6.8/model.js';
import { tsBasV7 } from './7.0/model.js';
import { allElements } from '../common/test-support/model-texts.js';

const today = '2025-10-01';
const formOf = (model: CertificateModel) => {
  const compiled = compileModel(model);
  return (answers: Answers) => evaluateForm(compiled, answers, today);
};
const form = formOf(tsBasV7);
const acuity = { right: { withoutCorrection: 0.5 }, left: {}, binocular: {} };

/** Which elements send each `svar/delsvar`, from the elements' transport mappings. */
function delsvarOwners(model: CertificateModel): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  const add = (svar: string, delsvar: string, elementId: string) =>
    owners.set(`${svar}/${delsvar}`, [...(owners.get(`${svar}/${delsvar}`) ?? []), elementId]);
  for (const element of allElements(model.elements)) {
    const mapping = transportOf(element);
    if (mapping === undefined) continue;
    if (mapping.kind === 'value' || mapping.kind === 'codeInstances')
      add(mapping.svarId, mapping.delsvarId, element.id);
    if (mapping.kind === 'optionBooleans')
      for (const id of Object.values(mapping.delsvar)) add(mapping.svarId, id, element.id);
    if (mapping.kind === 'visualAcuity')
      for (const id of Object.values(mapping.cells)) add(mapping.svarId, id, element.id);
  }
  return owners;
}

/** Every `svar/delsvar` of reference/samples/ts-bas__1.7.xml (version 7.0). */
const SAMPLE_DELSVAR = [
  '1/1.1', '2/2.1', '3/3.1', '4/4.1', '5/5.1', '6/6.1', '7/7.1',
  '8/8.1', '8/8.2', '8/8.3', '8/8.4', '8/8.5', '8/8.6', '8/8.7', '8/8.8', '8/8.9',
  '9/9.1', '10/10.1', '12/12.1', '14/14.1', '15/15.1', '16/16.1', '17/17.1', '18/18.1', '19/19.1', '19/19.2', '19/19.3',
  '20/20.1', '21/21.1', '22/22.1', '23/23.1', '24/24.1', '25/25.1', '25/25.2', '25/25.3', '26/26.1', '27/27.1',
  '28/28.1', '29/29.1', '30/30.1', '31/31.1', '33/33.1',
]; // prettier-ignore

describe('ts-bas versions', () => {
  it('gives new drafts 7.0 and keeps 6.8 readable', () => {
    expect(newestActiveModel('ts-bas', today)?.version).toBe('7.0');
    expect(getModel('ts-bas', '6.8')).toBe(tsBasV6);
    expect(tsBasV6.activeFrom < tsBasV7.activeFrom && tsBasV7.activeFrom <= today).toBe(true);
  });

  it('identifies itself as TSTRK1007 in KV_UTLATANDETYP, version 7.0, as ts-bas__1.7.xml', () => {
    expect(tsBasV7.typeCode).toBe('TSTRK1007');
    expect(tsBasV7.transport).toMatchObject({ typeCodeSystem: KV_UTLATANDETYP, versions: ['7.0'] });
    expect(tsBasV7.recipient).toEqual({ id: 'TRANSP', name: 'Transportstyrelsen' });
  });

  it('maps every delsvar of ts-bas__1.7.xml to exactly one element, and no delsvar twice', () => {
    const owners = delsvarOwners(tsBasV7);
    for (const delsvar of SAMPLE_DELSVAR) expect(owners.get(delsvar), delsvar).toHaveLength(1);
    for (const [delsvar, elements] of owners) expect(elements, delsvar).toHaveLength(1);
    expect(owners.get('8/8.1')).toEqual(['8.1']);
    expect(owners.get('8/8.2')).toEqual(['8']);
  });

  it('sends v6 acuities as delsvar 8.1–8.8, without a "skickas separat" checkbox', () => {
    const owners = delsvarOwners(tsBasV6);
    expect([...owners].filter(([delsvar]) => delsvar.startsWith('8/')).map(([delsvar]) => delsvar)).toEqual([
      '8/8.1',
      '8/8.2',
      '8/8.3',
      '8/8.4',
      '8/8.5',
      '8/8.6',
      '8/8.7',
      '8/8.8',
    ]);
    expect(allElements(tsBasV6.elements).some((element) => element.id === '8.1')).toBe(false);
  });
});

describe('ts-bas rules', () => {
  it('asks 11 and 13 only for passenger transport (D1, D1E, D, DE, Taxi)', () => {
    for (const codes of [[], ['IAV1', 'IAV2', 'IAV3', 'IAV4'], ['IAV10']]) {
      expect(form({ '1': codes }).element('11').visible, codes.join()).toBe(false);
      expect(form({ '1': codes }).element('13').visible, codes.join()).toBe(false);
    }
    for (const code of ['IAV5', 'IAV6', 'IAV7', 'IAV8', 'IAV9']) {
      expect(form({ '1': ['IAV3', code] }).element('11').mandatory, code).toBe(true);
      expect(form({ '1': [code] }).element('13').mandatory, code).toBe(true);
    }
  });

  it('asks for an eye specialist when 3, 4 or 5 is Ja', () => {
    expect(form({ '3': false, '4': false, '5': false }).element('ogonspecialistInfo').visible).toBe(false);
    for (const id of ['3', '4', '5']) expect(form({ [id]: true }).element('ogonspecialistInfo').visible, id).toBe(true);
  });

  it('lets the acuity table and "skickas separat" disable each other (v7)', () => {
    expect(form({}).element('8').disabled).toBe(false);
    expect(form({}).element('8.1').disabled).toBe(false);
    expect(form({ '8.1': true }).element('8').disabled).toBe(true);
    expect(form({ '8.1': true }).element('8').answered).toBe(true);
    expect(form({ '8': acuity }).element('8.1').disabled).toBe(true);
    expect(form({ '8.1': false }).element('8').answered).toBe(false);
  });

  it('asks for the diabetes type only with diabetes, for the treatment only for typ 2, and hides both with Nej', () => {
    expect(form({ '17': false, '18': 'DIABETES_TYP_2' }).element('18').visible).toBe(false);
    expect(form({ '17': false, '18': 'DIABETES_TYP_2' }).element('19').visible).toBe(false);
    expect(form({ '17': true, '18': 'DIABETES_TYP_1' }).element('19').visible).toBe(false);
    expect(form({ '17': true, '18': 'DIABETES_TYP_2' }).element('19').mandatory).toBe(true);
    const message = (treatment: string[]) =>
      form({ '17': true, '18': 'DIABETES_TYP_2', '19': treatment }).element('diabetesLakarintygInfo').visible;
    expect(message(['KOST'])).toBe(false);
    expect(message(['TABLETTER'])).toBe(true);
    expect(message(['KOST', 'INSULIN'])).toBe(true);
  });

  it('asks about sampling when 25.1 or 25.2 is Ja, and says to report the result when 25.3 is Ja', () => {
    expect(form({ '25.1': false, '25.2': false }).element('25.3').visible).toBe(false);
    expect(form({ '25.1': true }).element('25.3').mandatory).toBe(true);
    expect(form({ '25.2': true }).element('25.3').mandatory).toBe(true);
    expect(form({ '25.2': true, '25.3': true }).element('provtagningInfo').visible).toBe(true);
    expect(form({ '25.2': true, '25.3': false }).element('provtagningInfo').visible).toBe(false);
  });

  it('makes "Kan inte ta ställning" and the licences exclude each other in the form', () => {
    const others = ['VAR1', 'VAR2', 'VAR3', 'VAR4', 'VAR5', 'VAR6', 'VAR7', 'VAR8', 'VAR9', 'VAR10'];
    expect(form({ '33': ['VAR11'] }).element('33').disabledOptions).toEqual(others);
    expect(form({ '33': ['VAR10'] }).element('33').disabledOptions).toEqual(['VAR11']);
    expect(form({}).element('33').disabledOptions).toEqual([]);
  });

  it('requires the acuity table in v6 unconditionally', () => {
    const v6 = formOf(tsBasV6);
    expect(v6({}).element('8').mandatory).toBe(true);
    expect(v6({ '8': acuity }).element('8').answered).toBe(true);
  });
});
