import { describe, expect, it } from 'vitest';
import { codes, modelWith, text } from '../test-support/model-with.js';
import { checkModel } from './check.js';
import type { ElementSpec } from './element.js';

describe('checkModel: transport mappings', () => {
  const grund: ElementSpec = {
    id: '1',
    kind: 'checkboxDateList',
    label: 'Grund för medicinskt underlag',
    options: [
      { id: 'UNDERSOKNING', label: 'Undersökning' },
      { id: 'ANNAT', label: 'Annat' },
    ],
  };
  const annat = (inInstanceOf: string, id = '1.3'): ElementSpec => ({
    id,
    kind: 'textField',
    fieldId: id,
    label: 'Ange vad annat är',
    transport: { kind: 'value', svarId: '1', delsvarId: '1.3', inInstanceOf },
  });

  it('accepts a delsvar in the instance of an option of the same svar', () => {
    expect(checkModel(modelWith(grund, annat('ANNAT')))).toEqual([]);
  });

  it('reports inInstanceOf naming no option, or an option of another svar', () => {
    expect(checkModel(modelWith(grund, codes, annat('OKAND'), annat('STUDIER', '1.4'))).map((p) => p.message)).toEqual([
      "The transport mapping's inInstanceOf names 'OKAND', which is not an option in the model",
      "The transport mapping's inInstanceOf names 'STUDIER' of element '28', which travels in svar '28', not in svar '1'",
    ]);
  });

  it('reports optionBooleans keys that are not options, and options without a key', () => {
    const element = {
      ...codes,
      transport: { kind: 'optionBooleans', svarId: '28', delsvar: { NUVARANDE_ARBETE: '28.1', EJ_AKTUELLT: '28.9' } },
    } as ElementSpec;
    expect(checkModel(modelWith(element)).map((p) => [p.elementId, p.message])).toEqual([
      ['28', "The optionBooleans transport mapping names 'EJ_AKTUELLT', which is not an option of the element"],
      ['28', "Option 'STUDIER' has no delsvar in the optionBooleans transport mapping"],
    ]);
  });

  it('reports two elements writing the same delsvar of a svar, but not the same svar with other delsvar', () => {
    const first = text('29'); // svar 29, delsvar 29.1
    const second = text('29.2', { fieldId: '29.2' } as Partial<ElementSpec>); // svar 29, delsvar 29.2
    expect(checkModel(modelWith(first, second))).toEqual([]);
    const clash = text('40', { transport: { kind: 'value', svarId: '29', delsvarId: '29.1' } });
    expect(checkModel(modelWith(first, clash))).toEqual([
      {
        modelId: 'lisjp/2.0',
        elementId: '40',
        message: "Transport delsvar '29.1' of svar '29' is already used by element '29'",
      },
    ]);
  });

  it('allows the same delsvar in different instances, and reports it twice in one instance', () => {
    const other: ElementSpec = {
      id: '1.4',
      kind: 'textField',
      fieldId: '1.4',
      label: 'Ange undersökningen',
      transport: { kind: 'value', svarId: '1', delsvarId: '1.3', inInstanceOf: 'UNDERSOKNING' },
    };
    expect(checkModel(modelWith(grund, annat('ANNAT'), other))).toEqual([]);
    expect(checkModel(modelWith(grund, annat('ANNAT'), annat('ANNAT', '1.5'))).map((p) => p.message)).toEqual([
      "Transport delsvar '1.3' of svar '1' in the instance of 'ANNAT' is already used by element '1.3'",
    ]);
  });

  it('reports a mapping that writes one delsvar twice itself', () => {
    const element = {
      ...grund,
      transport: { kind: 'codeDateInstances', svarId: '1', codeDelsvarId: '1.1', dateDelsvarId: '1.1' },
    } as ElementSpec;
    expect(checkModel(modelWith(element)).map((p) => p.message)).toEqual([
      "Transport delsvar '1.1' of svar '1' is already used by this element",
    ]);
  });

  describe('uncodedOption', () => {
    const typ = (option: string, impliedBy: string): ElementSpec => ({
      id: '18',
      kind: 'radioCode',
      fieldId: '18.1',
      label: 'Typ av diabetes',
      options: [
        { id: 'TYP1', label: 'Typ 1', codeSystem: 'icd' },
        { id: 'ANNAN', label: 'Annan', codeSystem: 'icd' },
      ],
      transport: { kind: 'value', svarId: '18', delsvarId: '18.1', uncodedOption: { option, impliedBy } },
    });
    const vilken = text('18.2', { fieldId: '18.2' } as Partial<ElementSpec>);

    it('accepts an option of the element implied by another delsvar of its svar', () => {
      expect(checkModel(modelWith(typ('ANNAN', '18.2'), vilken))).toEqual([]);
    });

    it('reports an unknown option, and an impliedBy outside the svar or equal to the code delsvar', () => {
      expect(checkModel(modelWith(typ('OKAND', '18.2'), vilken)).map((p) => p.message)).toEqual([
        "The transport mapping's uncodedOption names 'OKAND', which is not an option of the element",
      ]);
      expect(checkModel(modelWith(typ('ANNAN', '19.2'), vilken)).map((p) => p.message)).toEqual([
        "The uncodedOption 'ANNAN' must be implied by another delsvar of svar '18', not '19.2'",
      ]);
      expect(checkModel(modelWith(typ('ANNAN', '18.1'), vilken)).map((p) => p.message)).toEqual([
        "The uncodedOption 'ANNAN' must be implied by another delsvar of svar '18', not '18.1'",
      ]);
    });
  });

  it('counts the description and code delsvar of diagnosisInstances as used', () => {
    const diagnoses = {
      id: '4',
      kind: 'diagnoses',
      label: 'Diagnos',
      rows: [{ id: 'huvuddiagnos' }],
      codeSystems: [{ id: 'ICD_10_SE', oid: '1.2.752.116.1.1.1.1.3', label: 'ICD-10-SE' }],
      descriptionLimit: 81,
      transport: { kind: 'diagnosisInstances', svarId: '4', descriptionDelsvarId: '4.1', codeDelsvarId: '4.2' },
    } as ElementSpec;
    const clash = text('40', { transport: { kind: 'value', svarId: '4', delsvarId: '4.2' } });
    expect(checkModel(modelWith(diagnoses))).toEqual([]);
    expect(checkModel(modelWith(diagnoses, clash)).map((p) => p.message)).toEqual([
      "Transport delsvar '4.2' of svar '4' is already used by element '4'",
    ]);
  });
});
