/**
 * A test model with one element of every kind and rules of every kind, including the exact
 * LISJP (FK 7804 v2.0) expressions. Shared by the rules and validation tests: keep it stable,
 * and add rather than change.
 *
 * Tree (field ids in brackets):
 *   KAT_1  category
 *     1        checkboxBoolean [1.1] "smitta"; hides KAT_2 and KAT_5, disables 15
 *     smitta   message, shown while [1.1]
 *   KAT_2  category, hidden while [1.1]
 *     2        checkboxCodeList [NUVARANDE_ARBETE, ARBETSSOKANDE, STUDIER, EJ_AKTUELLT], EJ_AKTUELLT exclusive,
 *              disables the others while EJ_AKTUELLT; mandatory
 *       3      textArea [3.1], shown while NUVARANDE_ARBETE, mandatory, textLimit 100
 *     4        checkboxDateList [UNDERSOKNING, TELEFONKONTAKT, ANNAT], dates not after today; mandatory
 *       5      textField [5.1], shown while ANNAT, mandatory, textLimit 50
 *   KAT_3  category
 *     6        diagnoses rows [huvuddiagnos, diagnos2, diagnos3], ICD_10_SE / KSH_97_P, description ≤ 81; mandatory
 *       23     icf [23.1] functional impairment for the diagnoses of 6, ≤ 3 codes, textLimit 200; optional
 *   KAT_4  category
 *     7        sickLeavePeriods [EN_FJARDEDEL, HALFTEN, TRE_FJARDEDEL, HELT_NEDSATT], 1–4 periods; mandatory
 *     earlyStartDate  message, shown when any period starts more than 7 days back (LISJP expression)
 *     8        radioBoolean [8.1], shown while a partial period exists (LISJP expression), mandatory exists()
 *       9      textArea [9.1], shown while [8.1], mandatory
 *     10       radioBoolean [10.1], optional
 *       11     textField [11.1], shown while `!$10.1 && !empty($10.1)` (answered "no")
 *     16       checkboxBoolean [16.1], auto-filled true while HELT_NEDSATT is a complete period
 *   KAT_5  category, hidden while [1.1]
 *     12       radioCode [12.1] [STOR_SANNOLIKHET, ATER_X_ANTAL_MANADER, PROGNOS_OKLAR]; mandatory exists()
 *       13     integer [13.1] 1–99, shown while ATER_X_ANTAL_MANADER, mandatory exists()
 *       14     dropdown [14.1] [TRETTIO_DGR, SEXTIO_DGR], shown while `$12.1 == 'PROGNOS_OKLAR'`, mandatory
 *     longPrognosis  message, shown while `$13.1 >= 12`
 *     15       date [15.1], not after today, mandatory, disabled while [1.1]
 *   KAT_7  category
 *     17       dateRange [17.1], not before birth, mandatory; check `periodLength` while the range spans 14 days
 *              or more (`($17.1.to - $17.1.from) >= 14`, error on 17.1.to)
 *     18       year [18.1], not before the birth year nor after this year, mandatory exists()
 *     19       uncertainDate [19.1], day may be unknown, month not; not after today, not before birth; optional;
 *              check `afterExamination` while it is later than the examination date (`$19.1.days > $15.1.days`)
 *     20       checkboxBoolean [20.1] "sent separately", disabled while the table 21 has a value
 *     21       visualAcuity [21, 21.<eye>.<column>] 0.0–2.0 with contact lenses; the three "without correction"
 *              cells required; mandatory `$21 || $20.1`, disabled while [20.1]
 *     22       medicalInvestigationList [22] of 3 options (one with a transport code), ≤ 3 rows, dates not after
 *              today nor before birth, source ≤ 50; mandatory `$22`
 *   KAT_6  category
 *     UNIT_CONTACT  unitContact
 */
import type { CertificateModel } from '../model/certificate-model.js';
import { kitchenSinkCategory7 } from './kitchen-sink-category-7.js';

export const EARLY_START_EXPRESSION =
  '($EN_FJARDEDEL.from < -7) || ($HALFTEN.from < -7) || ($TRE_FJARDEDEL.from < -7) || ($HELT_NEDSATT.from < -7)';
export const PARTIAL_PERIOD_EXPRESSION = 'exists($HALFTEN) || exists($TRE_FJARDEDEL) || exists($EN_FJARDEDEL)';

export const kitchenSinkModel: CertificateModel = {
  type: 'test',
  version: '1.0',
  typeCode: 'TEST',
  name: 'Testintyg med alla elementtyper',
  description: 'Ett intyg för tester: ett element av varje slag och regler av varje slag.',
  recipient: null,
  activeFrom: '2020-01-01',
  transport: { typeCodeSystem: 'test', versions: ['1.0'] },
  elements: [
    {
      id: 'KAT_1',
      kind: 'category',
      label: 'Smittbärarpenning',
      children: [
        {
          id: '1',
          kind: 'checkboxBoolean',
          fieldId: '1.1',
          label: 'Förhållningsregler enligt smittskyddslagen på grund av smitta',
          selectedText: 'Ja',
          unselectedText: 'Ej angivet',
        },
        {
          id: 'smitta',
          kind: 'message',
          level: 'info',
          content: 'Vid smittbärarpenning besvaras inte frågorna om sysselsättning och prognos.',
          rules: [{ kind: 'show', expression: '$1.1' }],
        },
      ],
    },
    {
      id: 'KAT_2',
      kind: 'category',
      label: 'Sysselsättning och underlag',
      rules: [{ kind: 'hide', expression: '$1.1' }],
      children: [
        {
          id: '2',
          kind: 'checkboxCodeList',
          label: 'I relation till vilken sysselsättning bedömer du arbetsförmågan?',
          options: [
            { id: 'NUVARANDE_ARBETE', label: 'Nuvarande arbete' },
            { id: 'ARBETSSOKANDE', label: 'Arbetssökande' },
            { id: 'STUDIER', label: 'Studier' },
            { id: 'EJ_AKTUELLT', label: 'Inte aktuellt' },
          ],
          exclusiveOptions: ['EJ_AKTUELLT'],
          rules: [
            {
              kind: 'mandatory',
              expression:
                'exists($NUVARANDE_ARBETE) || exists($ARBETSSOKANDE) || exists($STUDIER) || exists($EJ_AKTUELLT)',
            },
            {
              kind: 'disableOptions',
              expression: '$EJ_AKTUELLT',
              options: ['NUVARANDE_ARBETE', 'ARBETSSOKANDE', 'STUDIER'],
            },
          ],
          children: [
            {
              id: '3',
              kind: 'textArea',
              fieldId: '3.1',
              label: 'Ange yrke och arbetsuppgifter',
              rules: [
                { kind: 'show', expression: '$NUVARANDE_ARBETE' },
                { kind: 'mandatory', expression: '$3.1' },
                { kind: 'textLimit', limit: 100 },
              ],
            },
          ],
        },
        {
          id: '4',
          kind: 'checkboxDateList',
          label: 'Intyget är baserat på',
          maxDaysFromToday: 0,
          options: [
            { id: 'UNDERSOKNING', label: 'min undersökning av patienten' },
            { id: 'TELEFONKONTAKT', label: 'min telefonkontakt med patienten' },
            { id: 'ANNAT', label: 'annat' },
          ],
          rules: [{ kind: 'mandatory', expression: '$UNDERSOKNING || $TELEFONKONTAKT || $ANNAT' }],
          children: [
            {
              id: '5',
              kind: 'textField',
              fieldId: '5.1',
              label: 'Ange vad annat är',
              rules: [
                { kind: 'show', expression: '$ANNAT' },
                { kind: 'mandatory', expression: '$5.1' },
                { kind: 'textLimit', limit: 50 },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'KAT_3',
      kind: 'category',
      label: 'Diagnos',
      children: [
        {
          id: '6',
          kind: 'diagnoses',
          label: 'Diagnos/diagnoser för sjukdom som orsakar nedsatt arbetsförmåga',
          rows: [{ id: 'huvuddiagnos' }, { id: 'diagnos2' }, { id: 'diagnos3' }],
          codeSystems: [
            { id: 'ICD_10_SE', label: 'ICD-10-SE', oid: '1.2.752.116.1.1.1.1.3' },
            { id: 'KSH_97_P', label: 'KSH97-P (Primärvård)', oid: '1.2.752.116.1.3.1.4.1' },
          ],
          descriptionLimit: 81,
          rules: [{ kind: 'mandatory', expression: 'exists($huvuddiagnos)' }],
          children: [
            {
              id: '23',
              kind: 'icf',
              fieldId: '23.1',
              label: 'Ange vilken/vilka funktionsnedsättningar patienten har till följd av sjukdom',
              aspect: 'functionalImpairment',
              diagnosesElementId: '6',
              modalLabel: 'Välj enbart de problem som påverkar patienten.',
              collectionsLabel: 'Problem som påverkar patientens möjlighet att utföra sin sysselsättning:',
              maxCodes: 3,
              rules: [{ kind: 'textLimit', limit: 200 }],
            },
          ],
        },
      ],
    },
    {
      id: 'KAT_4',
      kind: 'category',
      label: 'Bedömning',
      children: [
        {
          id: '7',
          kind: 'sickLeavePeriods',
          label: 'Min bedömning av patientens nedsättning av arbetsförmågan',
          options: [
            { id: 'EN_FJARDEDEL', label: '25 procent', percent: 25 },
            { id: 'HALFTEN', label: '50 procent', percent: 50 },
            { id: 'TRE_FJARDEDEL', label: '75 procent', percent: 75 },
            { id: 'HELT_NEDSATT', label: '100 procent', percent: 100 },
          ],
          minPeriods: 1,
          maxPeriods: 4,
          rules: [
            {
              kind: 'mandatory',
              expression:
                'exists($EN_FJARDEDEL) || exists($HALFTEN) || exists($TRE_FJARDEDEL) || exists($HELT_NEDSATT)',
            },
          ],
        },
        {
          id: 'earlyStartDate',
          kind: 'message',
          level: 'observe',
          content:
            'Du har angett att sjukskrivningsperioden startar mer än 7 dagar bakåt i tiden. Ange orsaken till detta i fältet "Övriga upplysningar".',
          rules: [{ kind: 'show', expression: EARLY_START_EXPRESSION }],
        },
        {
          id: '8',
          kind: 'radioBoolean',
          fieldId: '8.1',
          label: 'Kommer möjligheterna till återgång i arbete försämras om arbetstiden förläggs ojämnt?',
          trueLabel: 'Ja',
          falseLabel: 'Nej',
          rules: [
            { kind: 'show', expression: PARTIAL_PERIOD_EXPRESSION },
            { kind: 'mandatory', expression: 'exists($8.1)' },
          ],
          children: [
            {
              id: '9',
              kind: 'textArea',
              fieldId: '9.1',
              label: 'Beskriv de medicinska skälen',
              rules: [
                { kind: 'show', expression: '$8.1' },
                { kind: 'mandatory', expression: '$9.1' },
              ],
            },
          ],
        },
        {
          id: '10',
          kind: 'radioBoolean',
          fieldId: '10.1',
          label: 'Kan patienten arbeta hemifrån?',
          trueLabel: 'Ja',
          falseLabel: 'Nej',
          children: [
            {
              id: '11',
              kind: 'textField',
              fieldId: '11.1',
              label: 'Ange varför inte',
              rules: [{ kind: 'show', expression: '!$10.1 && !empty($10.1)' }],
            },
          ],
        },
        {
          id: '16',
          kind: 'checkboxBoolean',
          fieldId: '16.1',
          label: 'Patienten är helt sjukskriven',
          rules: [{ kind: 'autoFill', expression: '$HELT_NEDSATT', value: true }],
        },
      ],
    },
    {
      id: 'KAT_5',
      kind: 'category',
      label: 'Prognos',
      rules: [{ kind: 'hide', expression: '$1.1' }],
      children: [
        {
          id: '12',
          kind: 'radioCode',
          fieldId: '12.1',
          label: 'Prognos för arbetsförmåga',
          options: [
            { id: 'STOR_SANNOLIKHET', label: 'Patienten förväntas kunna återgå helt' },
            { id: 'ATER_X_ANTAL_MANADER', label: 'Patienten förväntas kunna återgå efter angiven tid' },
            { id: 'PROGNOS_OKLAR', label: 'Prognosen är svårbedömd' },
          ],
          rules: [{ kind: 'mandatory', expression: 'exists($12.1)' }],
          children: [
            {
              id: '13',
              kind: 'integer',
              fieldId: '13.1',
              label: 'Ange antal månader',
              min: 1,
              max: 99,
              unit: 'månader',
              rules: [
                { kind: 'show', expression: '$ATER_X_ANTAL_MANADER' },
                { kind: 'mandatory', expression: 'exists($13.1)' },
              ],
            },
            {
              id: '14',
              kind: 'dropdown',
              fieldId: '14.1',
              label: 'Välj tid',
              options: [
                { id: 'TRETTIO_DGR', label: '1 månad' },
                { id: 'SEXTIO_DGR', label: '2 månader' },
              ],
              rules: [
                { kind: 'show', expression: "$12.1 == 'PROGNOS_OKLAR'" },
                { kind: 'mandatory', expression: '$14.1' },
              ],
            },
          ],
        },
        {
          id: 'longPrognosis',
          kind: 'message',
          level: 'warning',
          content: 'Prognosen avser ett år eller mer.',
          rules: [{ kind: 'show', expression: '$13.1 >= 12' }],
        },
        {
          id: '15',
          kind: 'date',
          fieldId: '15.1',
          label: 'Datum för undersökning',
          maxDaysFromToday: 0,
          rules: [
            { kind: 'mandatory', expression: '$15.1' },
            { kind: 'disable', expression: '$1.1' },
          ],
        },
      ],
    },
    kitchenSinkCategory7,
    {
      id: 'KAT_6',
      kind: 'category',
      label: 'Vårdenhetens adress',
      children: [{ id: 'UNIT_CONTACT', kind: 'unitContact', label: 'Vårdenhetens adress och telefonnummer' }],
    },
  ],
};

/** Today in the tests that use the kitchen-sink model. */
export const KITCHEN_SINK_TODAY = '2025-03-15';
