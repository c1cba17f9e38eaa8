/**
 * Category KAT_7 of the kitchen-sink model (see kitchen-sink-model.ts for the whole tree): a date range, a
 * year, an uncertain date, a visual-acuity table with the checkbox it disables and is disabled by, a list of
 * medical investigations, and check rules.
 */
import type { CategoryElement } from '../model/element.js';

export const kitchenSinkCategory7: CategoryElement = {
  id: 'KAT_7',
  kind: 'category',
  label: 'Perioder, år, syn och utredningar',
  children: [
    {
      id: '17',
      kind: 'dateRange',
      fieldId: '17.1',
      label: 'Period då arbetsförmågan bedöms vara nedsatt',
      fromLabel: 'Från och med',
      toLabel: 'Till och med',
      notBeforeBirth: true,
      rules: [
        { kind: 'mandatory', expression: '$17.1' },
        {
          kind: 'check',
          id: 'periodLength',
          expression: '($17.1.to - $17.1.from) >= 14',
          fieldId: '17.1.to',
          message: {
            sv: 'Perioden får vara högst 14 dagar.',
            en: 'The period may be at most 14 days.',
          },
        },
      ],
    },
    {
      id: '18',
      kind: 'year',
      fieldId: '18.1',
      label: 'Vilket år ställdes diagnosen?',
      notBeforeBirthYear: true,
      notAfterCurrentYear: true,
      rules: [{ kind: 'mandatory', expression: 'exists($18.1)' }],
    },
    {
      id: '19',
      kind: 'uncertainDate',
      fieldId: '19.1',
      label: 'När inträffade det senast?',
      allowUnknownDay: true,
      allowUnknownMonth: false,
      maxDaysFromToday: 0,
      notBeforeBirth: true,
      rules: [
        {
          kind: 'check',
          id: 'afterExamination',
          expression: '$19.1.days > $15.1.days',
          fieldId: '19.1',
          message: {
            sv: 'Ange ett datum som inte är senare än datum för undersökning.',
            en: 'Enter a date no later than the date of the examination.',
          },
        },
      ],
    },
    {
      id: '20',
      kind: 'checkboxBoolean',
      fieldId: '20.1',
      label: 'Synskärpan skickas separat',
      rules: [{ kind: 'disable', expression: '$21' }],
    },
    {
      id: '21',
      kind: 'visualAcuity',
      label: 'Värden för synskärpa',
      min: 0,
      max: 2,
      contactLenses: true,
      requiredCells: ['right.withoutCorrection', 'left.withoutCorrection', 'binocular.withoutCorrection'],
      labels: {
        right: 'Höger öga',
        left: 'Vänster öga',
        binocular: 'Binokulärt',
        withoutCorrection: 'Utan korrektion',
        withCorrection: 'Med korrektion',
        contactLens: 'Kontaktlinser',
      },
      rules: [
        { kind: 'mandatory', expression: '$21 || $20.1' },
        { kind: 'disable', expression: '$20.1' },
      ],
    },
    {
      id: '22',
      kind: 'medicalInvestigationList',
      label: 'Ange utredning eller underlag',
      options: [
        { id: 'NEUROPSYKIATRISKT', label: 'Neuropsykiatriskt utlåtande' },
        { id: 'UTREDNING_SPECIALIST', label: 'Underlag från specialistklinik', code: 'SPECIALISTKLINIK' },
        { id: 'OVRIGT_UTLATANDE', label: 'Övrigt medicinskt underlag' },
      ],
      maxRows: 3,
      typeLabel: 'Utredning eller underlag',
      dateLabel: 'Datum',
      sourceLabel: 'Från vilken vårdgivare kan Försäkringskassan hämta information om utredningen/underlaget?',
      sourceLimit: 50,
      maxDaysFromToday: 0,
      notBeforeBirth: true,
      rules: [{ kind: 'mandatory', expression: '$22' }],
    },
  ],
};
