/**
 * AG7804 v1 (legacy `common/skl/ag7804`, domain.md §1.4 "Legacy v1"), "Läkarintyg om arbetsförmåga –
 * arbetsgivaren", with the labels of text set v1.1 (`texts/texterMU_AG7804_v1.1.xml`, valid from 2021-03-02).
 *
 * It is LISJP v1 for the employer (see lisjp/1.2/model.ts) with these differences: question 100 ("Önskar
 * patienten förmedla information om diagnos/diagnoser till sin arbetsgivare?") gates the diagnoses; category
 * KAT_4 is "Sjukdomens konsekvenser för patienten"; 25 is "Övriga upplysningar till arbetsgivaren" with limit
 * 4000; 103 "Kontakt med arbetsgivaren" replaces 26; 40 offers nine options (no SOKA_NYTT_ARBETE, no
 * KONFLIKTHANTERING), at most 8; and there are none of LISJP's Webcert-only "motivering" fields.
 *
 * Kept so that a certificate written on version 1 keeps validating and rendering by version 1; new drafts
 * get 2.0. Ids are the svar/delsvar ids of the transport format. Rules follow the legacy validator
 * (`$COAG7804/v1/validator/InternalDraftValidatorImpl.java`) and the legacy React questions.
 */
import { KV_INTYGSTYP } from '@intyg/core';
import type { CertificateModel, ElementRule, ElementSpec, TextAreaElement } from '@intyg/core';
import {
  ATGARDER_V1_CODES,
  ICD_10_SE_V1,
  KSH_97_P,
  KV_FKMU_0001,
  KV_FKMU_0002,
  KV_FKMU_0003,
  KV_FKMU_0004,
  KV_FKMU_0006,
  KV_FKMU_0007,
  PARTIAL_GRADES,
  PROGNOS_TIME_V1_CODES,
  SICK_LEAVE_GRADES,
  SYSSELSATTNING_CODES,
  anyExists,
  anyOf,
  codeOptions,
} from '../../common/code-systems.js';
import { requireText } from '../../common/official-texts.js';
import { unitContactElement } from '../../common/unit-contact.js';
import { texts } from './texts/texts.js';
import { webcertTexts as w } from './webcert-texts.js';

const t = (id: string): string => requireText(texts, id);
const codeLabel = (codeSystem: string) => (code: string) => t(`${codeSystem}.${code}.RBK`);

/** No limit is stated for v1's free texts but Övrigt's (4000, `QuestionOvrigt`); 4000 as for LISJP v1. */
const TEXT_LIMIT = 4000;
const limit = (n: number): ElementRule => ({ kind: 'textLimit', limit: n });

/** Ticking 27.1 (avstängning enligt smittskyddslagen) hides what the validator then skips (§1.3.a, §1.4). */
const hiddenBySmittskydd: ElementRule = { kind: 'hide', expression: '$27.1' };

const GRUND_CODES = ['UNDERSOKNING', 'TELEFONKONTAKT', 'JOURNALUPPGIFTER', 'ANNAT'];
const PROGNOS_CODES = ['STOR_SANNOLIKHET', 'ATER_X_ANTAL_DGR', 'SANNOLIKT_INTE', 'PROGNOS_OKLAR'];
const GRADE_CODES = SICK_LEAVE_GRADES.map((grade) => grade.id);
/** KV_FKMU_0004 without SOKA_NYTT_ARBETE and KONFLIKTHANTERING, in the legacy order. */
const ATGARDER_CODES = ATGARDER_V1_CODES.filter((code) => code !== 'SOKA_NYTT_ARBETE' && code !== 'KONFLIKTHANTERING');
const ATGARDER_OTHER_THAN_EJ_AKTUELLT = ATGARDER_CODES.filter((code) => code !== 'EJ_AKTUELLT');
/** `MAX_ARBETSLIVSINRIKTADE_ATGARDER`: every option but the exclusive "Inte aktuellt". */
const MAX_ATGARDER = 8;

function category(id: string, children: ElementSpec[], description?: string): ElementSpec {
  return {
    id,
    kind: 'category',
    label: t(`${id}.RBK`),
    ...(description === undefined ? {} : { description }),
    children,
  };
}

function freeText(id: string, fieldId: string, label: string, rules: ElementRule[] = []): TextAreaElement {
  return { id, kind: 'textArea', fieldId, label, rules: [...rules, limit(TEXT_LIMIT)] };
}

const avstangningSmittskydd: ElementSpec = {
  id: '27',
  kind: 'checkboxBoolean',
  fieldId: '27.1',
  label: t('FRG_27.RBK'),
};

const grund: ElementSpec = {
  id: '1',
  kind: 'checkboxDateList',
  label: t('FRG_1.RBK'),
  description: t('FRG_1.HLP'),
  options: codeOptions(KV_FKMU_0001, GRUND_CODES, codeLabel(KV_FKMU_0001)),
  maxDaysFromToday: 0,
  includeWhenRenewing: false,
  rules: [{ kind: 'mandatory', expression: anyOf(GRUND_CODES) }, hiddenBySmittskydd],
  children: [
    {
      id: '1.3',
      transport: { kind: 'value', svarId: '1', delsvarId: '1.3', inInstanceOf: 'ANNAT' },
      kind: 'textField',
      fieldId: '1.3',
      label: t('DFR_1.3.RBK'),
      includeWhenRenewing: false,
      rules: [{ kind: 'show', expression: '$ANNAT' }, { kind: 'mandatory', expression: '$1.3' }, limit(TEXT_LIMIT)],
    },
  ],
};

const sysselsattning: ElementSpec = {
  id: '28',
  kind: 'checkboxCodeList',
  label: t('FRG_28.RBK'),
  description: t('FRG_28.HLP'),
  options: codeOptions(KV_FKMU_0002, SYSSELSATTNING_CODES, codeLabel(KV_FKMU_0002)),
  maxSelected: 4,
  rules: [{ kind: 'mandatory', expression: anyOf(SYSSELSATTNING_CODES) }, hiddenBySmittskydd],
  children: [
    freeText('29', '29.1', t('FRG_29.RBK'), [
      { kind: 'show', expression: '$NUVARANDE_ARBETE' },
      { kind: 'mandatory', expression: '$29.1' },
    ]),
  ],
};

/** Mandatory also with smittskydd (the legacy validator asks for it whatever 27.1 says). */
const formedlaDiagnos: ElementSpec = {
  id: '100',
  kind: 'radioBoolean',
  fieldId: '100.1',
  label: t('FRG_100.RBK'),
  trueLabel: w.yes,
  falseLabel: w.no,
  includeWhenRenewing: false,
  rules: [{ kind: 'mandatory', expression: 'exists($100.1)' }],
};

/**
 * Disabled until 100 is answered, hidden when it is Nej (legacy `Hide exists(NO)`, `Enable exists(YES) ||
 * exists(NO)`). The validator checks the diagnoses only when 100 is Ja; while 100 is unanswered the error is
 * on 100 alone, hence the mandatory rule's `empty($100.1)`.
 */
const diagnos: ElementSpec = {
  id: '6',
  kind: 'diagnoses',
  label: t('FRG_6.RBK'),
  description: t('FRG_6.HLP'),
  codeLabel: t('DFR_6.2.RBK'),
  rows: [{ id: 'huvuddiagnos' }, { id: 'diagnos2' }, { id: 'diagnos3' }],
  codeSystems: [ICD_10_SE_V1, KSH_97_P],
  descriptionLimit: 81,
  rules: [
    { kind: 'hide', expression: 'exists($100.1) && !$100.1' },
    { kind: 'disable', expression: 'empty($100.1)' },
    { kind: 'mandatory', expression: 'exists($huvuddiagnos) || empty($100.1)' },
  ],
};

function konsekvens(id: string): ElementSpec {
  return {
    id,
    kind: 'textArea',
    fieldId: `${id}.1`,
    label: t(`FRG_${id}.RBK`),
    fieldLabel: t(`DFR_${id}.1.RBK`),
    description: t(`DFR_${id}.1.HLP`),
    rules: [{ kind: 'mandatory', expression: `$${id}.1` }, limit(TEXT_LIMIT), hiddenBySmittskydd],
  };
}

function behandling(id: string): ElementSpec {
  return {
    id,
    kind: 'textArea',
    fieldId: `${id}.1`,
    label: t(`FRG_${id}.RBK`),
    fieldLabel: t(`DFR_${id}.1.RBK`),
    rules: [limit(TEXT_LIMIT)],
  };
}

const behovAvSjukskrivning: ElementSpec = {
  id: '32',
  kind: 'sickLeavePeriods',
  label: t('FRG_32.RBK'),
  description: t('FRG_32.HLP'),
  options: SICK_LEAVE_GRADES.map(({ id, percent }) => ({
    id,
    label: t(`${KV_FKMU_0003}.${id}.RBK`),
    codeSystem: KV_FKMU_0003,
    percent,
  })),
  minPeriods: 1,
  maxPeriods: 4,
  includeWhenRenewing: false,
  // Required also with smittskydd; an incomplete period is the period check's error, hence exists().
  rules: [{ kind: 'mandatory', expression: anyExists(GRADE_CODES) }],
};

const arbetstidsforlaggning: ElementSpec = {
  id: '33',
  kind: 'radioBoolean',
  fieldId: '33.1',
  label: t('FRG_33.RBK'),
  description: t('FRG_33.HLP'),
  trueLabel: w.yes,
  falseLabel: w.no,
  includeWhenRenewing: false,
  rules: [
    { kind: 'show', expression: anyExists(PARTIAL_GRADES) },
    { kind: 'mandatory', expression: 'exists($33.1)' },
    hiddenBySmittskydd,
  ],
  children: [
    {
      ...freeText('33.2', '33.2', t('DFR_33.2.RBK'), [
        { kind: 'show', expression: '$33.1' },
        { kind: 'mandatory', expression: '$33.2' },
      ]),
      includeWhenRenewing: false,
    },
  ],
};

const prognos: ElementSpec = {
  id: '39',
  kind: 'radioCode',
  fieldId: '39.1',
  label: t('FRG_39.RBK'),
  description: t('FRG_39.HLP'),
  options: codeOptions(KV_FKMU_0006, PROGNOS_CODES, codeLabel(KV_FKMU_0006)),
  includeWhenRenewing: false,
  rules: [{ kind: 'mandatory', expression: anyExists(PROGNOS_CODES) }, hiddenBySmittskydd],
  children: [
    {
      // The dropdown completes the sentence of ATER_X_ANTAL_DGR ("… återgå helt … inom" + "3 månader").
      id: '39.3',
      kind: 'dropdown',
      fieldId: '39.3',
      label: t(`${KV_FKMU_0006}.ATER_X_ANTAL_DGR.RBK`),
      options: codeOptions(KV_FKMU_0007, PROGNOS_TIME_V1_CODES, codeLabel(KV_FKMU_0007)),
      includeWhenRenewing: false,
      rules: [
        { kind: 'show', expression: '$ATER_X_ANTAL_DGR' },
        { kind: 'mandatory', expression: 'exists($39.3)' },
      ],
    },
  ],
};

const atgarder: ElementSpec = {
  id: '40',
  kind: 'checkboxCodeList',
  label: t('FRG_40.RBK'),
  options: codeOptions(KV_FKMU_0004, ATGARDER_CODES, codeLabel(KV_FKMU_0004)),
  maxSelected: MAX_ATGARDER,
  exclusiveOptions: ['EJ_AKTUELLT'],
  rules: [
    { kind: 'mandatory', expression: anyOf(ATGARDER_CODES) },
    { kind: 'disableOptions', expression: '$EJ_AKTUELLT', options: ATGARDER_OTHER_THAN_EJ_AKTUELLT },
    { kind: 'disableOptions', expression: anyOf(ATGARDER_OTHER_THAN_EJ_AKTUELLT), options: ['EJ_AKTUELLT'] },
    hiddenBySmittskydd,
  ],
  children: [
    freeText('44', '44.1', t('FRG_44.RBK'), [{ kind: 'show', expression: anyOf(ATGARDER_OTHER_THAN_EJ_AKTUELLT) }]),
  ],
};

const kontakt: ElementSpec = {
  id: '103',
  kind: 'checkboxBoolean',
  fieldId: '103.1',
  label: t('FRG_103.RBK'),
  fieldLabel: t('DFR_103.1.RBK'),
  includeWhenRenewing: false,
  rules: [hiddenBySmittskydd],
  children: [
    {
      ...freeText('103.2', '103.2', t('DFR_103.2.RBK'), [{ kind: 'show', expression: '$103.1' }]),
      includeWhenRenewing: false,
    },
  ],
};

export const ag7804V1: CertificateModel = {
  type: 'ag7804',
  version: '1.1',
  typeCode: 'AG7804',
  formId: 'AG7804',
  name: 'Läkarintyg om arbetsförmåga – arbetsgivaren',
  description:
    'Läkarens bedömning av patientens arbetsförmåga för arbetsgivaren; patienten skriver ut intyget och bestämmer om diagnosen ska visas (version 1).',
  // Never sent electronically: the patient prints it (domain.md §1.0, §1.4).
  recipient: null,
  transport: {
    typeCodeSystem: KV_INTYGSTYP,
    // KV intygstyp's name of AG7804, as `intyg/typ/displayName` carries it.
    typeDisplayName: 'Läkarintyg om arbetsförmåga – arbetsgivare',
    versions: ['1.1', '1.0', '1.2'],
  },
  activeFrom: '2021-03-02',
  textVersion: '1.1',
  elements: [
    category('KAT_10', [avstangningSmittskydd], t('KAT_10.HLP')),
    category('KAT_1', [grund]),
    category('KAT_2', [sysselsattning]),
    category('KAT_3', [formedlaDiagnos, diagnos]),
    category('KAT_4', [konsekvens('35'), konsekvens('17')]),
    category('KAT_5', [behandling('19'), behandling('20')]),
    category('KAT_6', [
      behovAvSjukskrivning,
      { ...freeText('37', '37.1', t('FRG_37.RBK')), description: t('FRG_37.HLP') },
      arbetstidsforlaggning,
      { id: '34', kind: 'checkboxBoolean', fieldId: '34.1', label: t('FRG_34.RBK') },
      prognos,
    ]),
    category('KAT_7', [atgarder]),
    category('KAT_8', [freeText('25', '25.1', t('FRG_25.RBK'))]),
    category('KAT_9', [kontakt]),
    unitContactElement(),
  ],
};
