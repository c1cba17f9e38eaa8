/** checkTransport: mappings that cannot work are named before any certificate travels. */
import type { CertificateModel, ElementSpec } from '@intyg/core';
import { expect, test } from 'vitest';
import { checkTransport, registerCertificateXml } from './index.js';
import { allKindsModel } from './test-support/all-kinds-model.js';
import { testCertificate } from './test-support/certificates.js';

function modelWith(children: ElementSpec[]): CertificateModel {
  return { ...allKindsModel, elements: [{ id: 'KAT', kind: 'category', label: 'Kategori', children }] };
}

const codes = [
  { id: 'A', label: 'A', codeSystem: 'KV' },
  { id: 'B', label: 'B', codeSystem: 'KV' },
];

test.each<[string, ElementSpec[], string[]]>([
  [
    'a mapping that does not fit the kind',
    [
      {
        id: '1',
        kind: 'textField',
        fieldId: '1.1',
        label: 'x',
        transport: { kind: 'datePeriod', svarId: '1', delsvarId: '1.1' },
      },
    ],
    ["Element '1' (textField) cannot travel as 'datePeriod'"],
  ],
  [
    'two elements on one delsvar',
    [
      { id: '1', kind: 'textField', fieldId: '1.1', label: 'x' },
      {
        id: '2',
        kind: 'textField',
        fieldId: '2.1',
        label: 'y',
        transport: { kind: 'value', svarId: '1', delsvarId: '1.1' },
      },
    ],
    ["Delsvar '1.1' is mapped by both '1' and '2'"],
  ],
  [
    'ids the XSD does not allow',
    [{ id: 'a', kind: 'textField', fieldId: 'a.b', label: 'x' }],
    ["Svar id 'a' is not a number (XSD FrageIdType)", "Delsvar id 'a.b' of element 'a' is not 'a.<n>'"],
  ],
  [
    'inInstanceOf without instances',
    [
      {
        id: '1',
        kind: 'textField',
        fieldId: '1.3',
        label: 'x',
        transport: { kind: 'value', svarId: '1', delsvarId: '1.3', inInstanceOf: 'A' },
      },
    ],
    ["'1' goes into an instance of svar '1', which has no instances"],
  ],
  [
    'inInstanceOf an option the list does not have',
    [
      { id: '1', kind: 'checkboxCodeList', label: 'x', options: codes },
      {
        id: '1.3',
        kind: 'textField',
        fieldId: '1.3',
        label: 'y',
        transport: { kind: 'value', svarId: '1', delsvarId: '1.3', inInstanceOf: 'C' },
      },
    ],
    ["'1.3' names 'C', not an option of '1'"],
  ],
  [
    'a cv option without code system, and two options with one code',
    [
      {
        id: '1',
        kind: 'radioCode',
        fieldId: '1.1',
        label: 'x',
        options: [
          { id: 'A', label: 'A' },
          { id: 'B', label: 'B', codeSystem: 'KV', code: 'C' },
          { id: 'C', label: 'C', codeSystem: 'KV' },
        ],
      },
    ],
    ["Option 'A' of '1' travels as cv but has no codeSystem", "Two options of '1' share the code 'C'"],
  ],
  [
    'optionBooleans missing an option',
    [
      {
        id: '1',
        kind: 'checkboxCodeList',
        label: 'x',
        options: codes,
        transport: { kind: 'optionBooleans', svarId: '1', delsvar: { A: '1.1', Z: '1.9' } },
      },
    ],
    ["Option 'B' of '1' has no delsvar", "optionBooleans of '1' names an unknown option 'Z'"],
  ],
  [
    'a visual acuity without cells',
    [
      {
        id: '8',
        kind: 'visualAcuity',
        label: 'x',
        min: 0,
        max: 2,
        contactLenses: false,
        requiredCells: [],
        labels: { right: 'H', left: 'V', binocular: 'B', withoutCorrection: 'U', withCorrection: 'M' },
      },
    ],
    ["Visual acuity '8' maps no cells to delsvar"],
  ],
  [
    'two lists in one svar',
    [
      { id: '1', kind: 'checkboxCodeList', label: 'x', options: codes },
      {
        id: '2',
        kind: 'checkboxCodeList',
        label: 'y',
        options: [{ id: 'C', label: 'C', codeSystem: 'KV' }],
        transport: { kind: 'codeInstances', svarId: '1', delsvarId: '1.2' },
      },
    ],
    ["Svar '1' holds the rows of both '1' and '2'"],
  ],
])('%s', (_name, children, problems) => {
  const model = modelWith(children);
  // Core's checkModel may report some of these as well; ours must be among the problems either way.
  expect(checkTransport(model)).toEqual(expect.arrayContaining(problems));
  expect(() => registerCertificateXml(model, testCertificate(model, {}, '2024-01-01'))).toThrow(
    /^Cannot export riv-test\/1.0: /,
  );
});

test('a model that does not compile is a problem too', () => {
  const model = modelWith([
    { id: '1', kind: 'textField', fieldId: '1.1', label: 'x', rules: [{ kind: 'show', expression: '$nope' }] },
  ]);
  expect(checkTransport(model)[0]).toMatch(/^The model does not compile: /);
});
