/**
 * A test model with an element of every answer kind and every transport mapping kind (value with
 * partialDate, inInstanceOf, uncodedOption and quantityUnit, two elements sharing a delsvar id in the
 * instances of different options, codeInstances with codes that differ from the option ids,
 * optionBooleans, codeDateInstances, periodInstances, datePeriod, diagnoses, diagnosisInstances,
 * investigationInstances, visualAcuity, unitContact, none), a hidden element, and answers filling all of it.
 */
import { KV_INTYGSTYP } from '@intyg/core';
import type { Answers, CertificateModel, CodeOption } from '@intyg/core';

const options = (codeSystem: string, ids: readonly string[]): CodeOption[] =>
  ids.map((id) => ({ id, label: `Alternativ ${id}`, codeSystem }));

export const ALL_KINDS_TODAY = '2024-03-15';

export const allKindsModel: CertificateModel = {
  type: 'riv-test',
  version: '1.0',
  typeCode: 'RIVTEST',
  name: 'Testintyg för transportformatet',
  description: 'Ett element av varje slag, för tester av RegisterCertificate.',
  recipient: null,
  activeFrom: '2020-01-01',
  transport: { typeCodeSystem: KV_INTYGSTYP, versions: ['1.0', '0.9'] },
  elements: [
    {
      id: 'KAT_1',
      kind: 'category',
      label: 'Allt',
      children: [
        {
          id: '1',
          kind: 'checkboxDateList',
          label: 'Grund',
          options: options('KV_T1', ['UNDERSOKNING', 'JOURNAL', 'ANNAT']),
          maxDaysFromToday: 0,
          rules: [{ kind: 'mandatory', expression: '$UNDERSOKNING || $JOURNAL || $ANNAT' }],
          children: [
            {
              id: '1.3',
              kind: 'textField',
              fieldId: '1.3',
              label: 'Vad annat är',
              transport: { kind: 'value', svarId: '1', delsvarId: '1.3', inInstanceOf: 'ANNAT' },
              rules: [{ kind: 'show', expression: '$ANNAT' }],
            },
            {
              // Shares delsvar 1.3 with the element above, in the instance of another option.
              id: 'journalKalla',
              kind: 'textField',
              fieldId: 'journalKalla',
              label: 'Var journalen finns',
              transport: { kind: 'value', svarId: '1', delsvarId: '1.3', inInstanceOf: 'JOURNAL' },
              rules: [{ kind: 'show', expression: '$JOURNAL' }],
            },
          ],
        },
        {
          id: '2',
          kind: 'checkboxCodeList',
          label: 'Som booleska delsvar',
          options: options('KV_T2', ['BIL', 'BUSS', 'TAXI']),
          transport: { kind: 'optionBooleans', svarId: '2', delsvar: { BIL: '2.1', BUSS: '2.2', TAXI: '2.3' } },
        },
        {
          id: '3',
          kind: 'checkboxCodeList',
          label: 'Koder som skiljer sig från id',
          options: [
            { id: 'AVSER_C', label: 'C', codeSystem: 'KV_T3', code: 'VAR3' },
            { id: 'AVSER_CE', label: 'CE', codeSystem: 'KV_T3', code: 'VAR4' },
          ],
        },
        {
          id: '4',
          kind: 'medicalInvestigationList',
          label: 'Utredningar',
          options: options('KV_T4', ['NEURO', 'LOGOPED']),
          maxRows: 3,
          typeLabel: 'Typ',
          dateLabel: 'Datum',
          sourceLabel: 'Från',
          sourceLimit: 100,
        },
        {
          id: '5',
          kind: 'sickLeavePeriods',
          label: 'Perioder',
          options: [
            { id: 'HALFTEN', label: '50 %', codeSystem: 'KV_T5', percent: 50 },
            { id: 'HELT_NEDSATT', label: '100 %', codeSystem: 'KV_T5', percent: 100 },
          ],
          minPeriods: 1,
          maxPeriods: 2,
        },
        {
          id: '6',
          kind: 'diagnoses',
          label: 'Diagnoser',
          rows: [{ id: 'huvuddiagnos' }, { id: 'diagnos2' }],
          codeSystems: [
            { id: 'ICD_10_SE', label: 'ICD-10-SE', oid: '1.2.752.116.1.1.1.1.3' },
            { id: 'KSH_97_P', label: 'KSH97-P', oid: '1.2.752.116.1.3.1.4.1' },
          ],
          descriptionLimit: 81,
        },
        { id: '7', kind: 'dateRange', fieldId: '7.1', label: 'Period' },
        { id: '8', kind: 'integer', fieldId: '8.1', label: 'Procent', min: 0, max: 100 },
        {
          id: '8.2',
          kind: 'radioBoolean',
          fieldId: '8.2',
          label: 'Delsvar i samma svar',
          trueLabel: 'Ja',
          falseLabel: 'Nej',
        },
        { id: '9', kind: 'year', fieldId: '9.1', label: 'År' },
        {
          id: '10',
          kind: 'uncertainDate',
          fieldId: '10.1',
          label: 'Ungefärligt datum',
          allowUnknownDay: true,
          allowUnknownMonth: true,
        },
        { id: 'korrektion', kind: 'checkboxBoolean', fieldId: '11.1', label: 'Glasögon' },
        {
          id: '11',
          kind: 'visualAcuity',
          label: 'Synskärpa',
          min: 0,
          max: 2,
          contactLenses: true,
          requiredCells: [],
          labels: {
            right: 'Höger',
            left: 'Vänster',
            binocular: 'Båda',
            withoutCorrection: 'Utan',
            withCorrection: 'Med',
            contactLens: 'Kontaktlins',
          },
          transport: {
            kind: 'visualAcuity',
            svarId: '11',
            cells: {
              'right.withoutCorrection': '11.2',
              'left.withoutCorrection': '11.3',
              'binocular.withoutCorrection': '11.4',
              'right.withCorrection': '11.5',
              'left.withCorrection': '11.6',
              'binocular.withCorrection': '11.7',
              'right.contactLens': '11.8',
              'left.contactLens': '11.9',
            },
          },
        },
        {
          id: '12',
          kind: 'dropdown',
          fieldId: '12.1',
          label: 'Lista',
          options: [
            { id: 'LISTA_ETT', label: 'Ett', codeSystem: 'KV_T12', code: 'ETT' },
            { id: 'LISTA_TVA', label: 'Två', codeSystem: 'KV_T12', code: 'TVA' },
          ],
        },
        { id: '13', kind: 'date', fieldId: '13.1', label: 'Datum' },
        {
          id: '18',
          kind: 'date',
          fieldId: '18.1',
          label: 'Datum som partialDate',
          transport: { kind: 'value', svarId: '18', delsvarId: '18.1', partialDate: true },
        },
        {
          id: '14',
          kind: 'textArea',
          fieldId: 'webcertOnly',
          label: 'Bara i Webcert',
          transport: { kind: 'none' },
        },
        { id: '15', kind: 'checkboxBoolean', fieldId: '15.1', label: 'Visa 16' },
        {
          id: '16',
          kind: 'radioCode',
          fieldId: '16.1',
          label: 'Dold utan 15',
          options: options('KV_T16', ['JA', 'NEJ']),
          rules: [{ kind: 'show', expression: '$15.1' }],
        },
        { id: '17', kind: 'textArea', fieldId: '17.1', label: 'Fritext' },
        {
          id: '19',
          kind: 'diagnoses',
          label: 'Diagnoser som instanser',
          rows: [{ id: 'instansdiagnos1' }, { id: 'instansdiagnos2' }, { id: 'instansdiagnos3' }],
          codeSystems: [{ id: 'ICD_10_SE', label: 'ICD-10-SE', oid: '1.2.752.116.1.1.1.1.3' }],
          descriptionLimit: 81,
          transport: { kind: 'diagnosisInstances', svarId: '19', descriptionDelsvarId: '19.1', codeDelsvarId: '19.2' },
        },
        {
          id: '20',
          kind: 'radioCode',
          fieldId: '20.1',
          label: 'Typ, annan utan kod',
          options: [
            { id: 'TYP_ETT', label: 'Ett', codeSystem: 'KV_T20', code: 'ETT' },
            { id: 'TYP_ANNAN', label: 'Annan' },
          ],
          transport: {
            kind: 'value',
            svarId: '20',
            delsvarId: '20.1',
            uncodedOption: { option: 'TYP_ANNAN', impliedBy: '20.2' },
          },
          children: [
            {
              id: '20.2',
              kind: 'textField',
              fieldId: '20.2',
              label: 'Vilken annan',
              rules: [{ kind: 'show', expression: '$TYP_ANNAN' }],
            },
          ],
        },
        {
          id: '21',
          kind: 'integer',
          fieldId: '21.1',
          label: 'Grad som storhet',
          min: 0,
          max: 100,
          transport: { kind: 'value', svarId: '21', delsvarId: '21.1', quantityUnit: '%' },
        },
      ],
    },
    { id: 'UNIT_CONTACT_INFORMATION', kind: 'unitContact' },
  ],
};

export const allKindsAnswers: Answers = {
  '1': [
    { code: 'UNDERSOKNING', date: '2024-03-14' },
    { code: 'ANNAT', date: '2024-03-01' },
    { code: 'JOURNAL', date: '2023-11-30' },
  ],
  '1.3': 'Samtal med anhörig',
  journalKalla: 'Vårdcentralen Norr',
  '2': ['BIL', 'TAXI'],
  '3': ['AVSER_CE', 'AVSER_C'],
  '4': [
    { code: 'NEURO', date: '2024-01-10', source: 'Habiliteringen, Lund' },
    { code: 'LOGOPED', date: '2024-02-11', source: 'Logopedmottagningen' },
  ],
  '5': [
    { code: 'HELT_NEDSATT', from: '2024-03-15', to: '2024-03-28' },
    { code: 'HALFTEN', from: '2024-03-29', to: '2024-04-30' },
  ],
  '6': [
    { code: 'M545', description: 'Lumbago', system: 'KSH_97_P' },
    { code: 'F329', description: 'Depressiv episod', system: 'KSH_97_P' },
  ],
  '7': { from: '2024-03-15', to: '2024-04-15' },
  '8': 75,
  '8.2': false,
  '9': 2019,
  '10': '2018-05-00',
  korrektion: true,
  '11': {
    right: { withoutCorrection: 0.5, withCorrection: 1, contactLens: false },
    left: { withoutCorrection: 0.1, withCorrection: 0.8, contactLens: true },
    binocular: { withoutCorrection: 0.6, withCorrection: 1.25 },
  },
  '12': 'LISTA_TVA',
  '13': '2024-03-10',
  '18': '2010-01-01',
  '14': 'Syns bara i Webcert',
  '15': false,
  '16': 'JA',
  '17': 'Rad ett\r\nrad två & <tre> "citat" \'apostrof\'\n\ttabb',
  '19': [
    { code: 'M545', description: 'Lumbago' },
    { code: 'G470', description: 'Insomni' },
  ],
  '20': 'TYP_ANNAN',
  '20.2': 'En tredje sort',
  '21': 25,
  UNIT_CONTACT_INFORMATION: { address: 'Vägen 1', zipCode: '123 45', city: 'Lund', phone: '046-123 45' },
};
