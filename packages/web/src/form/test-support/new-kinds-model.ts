/**
 * A test model with one element of each kind the Transportstyrelsen and later Försäkringskassan types brought
 * (dateRange, year, uncertainDate, visualAcuity, medicalInvestigationList), for the web app's unit tests.
 *
 *   KAT_1  category
 *     PERIOD   dateRange [PERIOD], default labels
 *     PERIOD2  dateRange [PERIOD2], own labels "Från och med" / "Till och med"
 *     AR       year [AR.1]
 *     ANFALL   uncertainDate [ANFALL.1], unknown day and month allowed, not after today
 *     EXAKT    uncertainDate [EXAKT.1], no unknown parts
 *   KAT_2  category
 *     EJ_MATBAR  checkboxBoolean [EJ_MATBAR.1]: disables SYN
 *     SYN        visualAcuity with contact lenses, mandatory; required cells: without correction, both eyes
 *   KAT_3  category
 *     UTREDNING  medicalInvestigationList, 3 rows, dates not after today
 */
import type { CertificateModel } from '@intyg/core';

export const NEW_KINDS_TODAY = '2025-06-15';

export const newKindsModel: CertificateModel = {
  type: 'newkinds',
  version: '1.0',
  typeCode: 'NEWKINDS',
  name: 'Testintyg med de nya elementtyperna',
  description: 'Ett intyg för tester av period, årtal, osäkert datum, synskärpa och utredningar.',
  recipient: null,
  activeFrom: '2020-01-01',
  transport: { typeCodeSystem: 'test', versions: ['1.0'] },
  elements: [
    {
      id: 'KAT_1',
      kind: 'category',
      label: 'Tider',
      children: [
        { id: 'PERIOD', kind: 'dateRange', fieldId: 'PERIOD', label: 'Period då arbetsförmågan bedöms vara nedsatt' },
        {
          id: 'PERIOD2',
          kind: 'dateRange',
          fieldId: 'PERIOD2',
          label: 'Behandlingsperiod',
          fromLabel: 'Från och med',
          toLabel: 'Till och med',
        },
        { id: 'AR', kind: 'year', fieldId: 'AR.1', label: 'År då diagnosen ställdes', notAfterCurrentYear: true },
        {
          id: 'ANFALL',
          kind: 'uncertainDate',
          fieldId: 'ANFALL.1',
          label: 'När inträffade det senaste anfallet?',
          allowUnknownDay: true,
          allowUnknownMonth: true,
          maxDaysFromToday: 0,
        },
        {
          id: 'EXAKT',
          kind: 'uncertainDate',
          fieldId: 'EXAKT.1',
          label: 'Datum för undersökningen',
          allowUnknownDay: false,
          allowUnknownMonth: false,
          minDaysFromToday: -3650,
        },
      ],
    },
    {
      id: 'KAT_2',
      kind: 'category',
      label: 'Synfunktioner',
      children: [
        { id: 'EJ_MATBAR', kind: 'checkboxBoolean', fieldId: 'EJ_MATBAR.1', label: 'Synskärpan kan inte mätas' },
        {
          id: 'SYN',
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
            { kind: 'mandatory', expression: 'exists($SYN)' },
            { kind: 'disable', expression: '$EJ_MATBAR.1' },
          ],
        },
      ],
    },
    {
      id: 'KAT_3',
      kind: 'category',
      label: 'Underlag',
      children: [
        {
          id: 'UTREDNING',
          kind: 'medicalInvestigationList',
          label: 'Ange utredning eller underlag',
          options: [
            { id: 'NEUROPSYKIATRISKT', label: 'Neuropsykiatriskt utlåtande' },
            { id: 'LOGOPED', label: 'Underlag från logoped' },
            { id: 'OVRIGT', label: 'Övrigt' },
          ],
          maxRows: 3,
          maxDaysFromToday: 0,
          typeLabel: 'Typ av utredning',
          dateLabel: 'Datum',
          sourceLabel: 'Från vilken vårdgivare kan Försäkringskassan hämta information om utredningen/underlaget?',
          sourceLimit: 100,
        },
      ],
    },
  ],
};
