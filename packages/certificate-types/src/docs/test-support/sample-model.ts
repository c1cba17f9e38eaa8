/** A small model exercising the element kinds and rules the docs tests read. Not a real certificate type. */
import { KV_INTYGSTYP } from '@intyg/core';
import type { CertificateModel } from '@intyg/core';

export const sampleModel: CertificateModel = {
  type: 'sample',
  version: '1.0',
  typeCode: 'SAMPLE',
  name: 'Provintyg',
  description: 'Ett intyg för tester.',
  recipient: null,
  activeFrom: '2025-01-01',
  transport: { typeCodeSystem: KV_INTYGSTYP, versions: ['1.0'] },
  elements: [
    {
      id: 'KAT_1',
      kind: 'category',
      label: 'Grund',
      children: [
        { id: '27', kind: 'checkboxBoolean', fieldId: '27.1', label: 'Smitta' },
        {
          id: '1',
          kind: 'checkboxDateList',
          label: 'Intyget är baserat på',
          options: [
            { id: 'UNDERSOKNING', label: 'Min undersökning' },
            { id: 'TELEFON', label: 'Telefon' },
            { id: 'ANNAT', label: 'Annat' },
          ],
          maxDaysFromToday: 0,
        },
        {
          id: '2',
          kind: 'date',
          fieldId: '2.1',
          label: 'Kännedom om patienten',
          rules: [
            {
              kind: 'check',
              id: 'kannedomAfterUndersokning',
              expression: '$2.1.days > $UNDERSOKNING.days',
              fieldId: '2.1',
              message: { sv: 'Kännedom kan inte vara senare än undersökningen.', en: 'Not after the examination.' },
            },
          ],
        },
        {
          id: '28',
          kind: 'checkboxCodeList',
          label: 'Sysselsättning',
          options: [
            { id: 'NUVARANDE_ARBETE', label: 'Nuvarande arbete' },
            { id: 'STUDIER_A', code: 'STUDIER', label: 'Studier' },
            {
              id: 'ARBETSSOKANDE',
              label: 'Arbetssökande - att utföra sådant arbete som är normalt förekommande på arbetsmarknaden',
            },
          ],
          maxSelected: 2,
          exclusiveOptions: ['ARBETSSOKANDE'],
          children: [
            {
              id: '29',
              kind: 'textArea',
              fieldId: '29.1',
              label: 'Yrke',
              rules: [
                { kind: 'show', expression: '$NUVARANDE_ARBETE' },
                { kind: 'textLimit', limit: 4000 },
              ],
            },
          ],
        },
        {
          id: '32',
          kind: 'sickLeavePeriods',
          label: 'Nedsättning',
          options: [
            { id: 'HALFTEN', label: '50 procent', percent: 50 },
            { id: 'HELT', label: '100 procent', percent: 100 },
          ],
          minPeriods: 1,
          maxPeriods: 2,
        },
        {
          id: '33',
          kind: 'radioBoolean',
          fieldId: '33.1',
          label: 'Ojämn arbetstid?',
          trueLabel: 'Ja',
          falseLabel: 'Nej',
        },
        {
          id: '35',
          kind: 'textArea',
          fieldId: '35.1',
          label:
            'Ange vilken/vilka funktionsnedsättningar patienten har till följd av sjukdom och om möjligt svårighetsgrad.',
        },
        { id: '39', kind: 'integer', fieldId: '39.4', label: 'Antal månader', min: 1, max: 99 },
        {
          id: '8',
          kind: 'visualAcuity',
          label: 'Synskärpa',
          min: 0,
          max: 2,
          contactLenses: true,
          requiredCells: ['right.withoutCorrection'],
          labels: {
            right: 'Höger öga',
            left: 'Vänster öga',
            binocular: 'Binokulärt',
            withoutCorrection: 'Utan korrektion',
            withCorrection: 'Med korrektion',
            contactLens: 'Kontaktlinser',
          },
        },
        {
          id: '6',
          kind: 'diagnoses',
          label: 'Diagnos',
          rows: [{ id: 'huvuddiagnos' }, { id: 'diagnos2' }],
          codeSystems: [{ id: 'ICD_10_SE', label: 'ICD-10-SE', oid: '1.2.752.116.1.1.1' }],
          descriptionLimit: 81,
        },
      ],
    },
  ],
};
