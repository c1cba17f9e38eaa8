/**
 * LISJP v1 (legacy `common/fk/lisjp`, domain.md §1.3.a) with the labels of Försäkringskassan's text set
 * v1.2 (`texts/texterMU_LISJP_v1.2.xml`, valid from 2021-03-02).
 *
 * Kept so that a certificate written on version 1 keeps validating and rendering by version 1. Ids are
 * the svar/delsvar ids of the transport format (27.1, 29.1, 33.2, 39.3…); the two Webcert-only
 * "motivering" fields keep Webcert's names. Rules follow the legacy validator (R-numbers in §1.3.a)
 * and the legacy React questions' show/hide rules.
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

/** No limit is stated for v1's free texts (§1.3.a); 4000 is what Webcert's prefill truncates to. */
const TEXT_LIMIT = 4000;
/** Webcert's limit for its own "motivering" fields. */
const MOTIVERING_LIMIT = 150;
const limit = (n: number): ElementRule => ({ kind: 'textLimit', limit: n });

/** Ticking 27.1 (avstängning enligt smittskyddslagen) hides what the validator then skips (§1.3.a). */
const hiddenBySmittskydd: ElementRule = { kind: 'hide', expression: '$27.1' };

const GRUND_CODES = ['UNDERSOKNING', 'TELEFONKONTAKT', 'JOURNALUPPGIFTER', 'ANNAT'];
const PROGNOS_CODES = ['STOR_SANNOLIKHET', 'ATER_X_ANTAL_DGR', 'SANNOLIKT_INTE', 'PROGNOS_OKLAR'];
const GRADE_CODES = SICK_LEAVE_GRADES.map((grade) => grade.id);
const ATGARDER_OTHER_THAN_EJ_AKTUELLT = ATGARDER_V1_CODES.filter((code) => code !== 'EJ_AKTUELLT');

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
    {
      id: 'motiveringTillInteBaseratPaUndersokning',
      kind: 'textArea',
      fieldId: 'motiveringTillInteBaseratPaUndersokning',
      // Webcert-only: not a question of Försäkringskassan's, so not part of the transport format.
      transport: { kind: 'none' },
      label: w.motiveringEjUndersokning,
      includeWhenRenewing: false,
      rules: [
        { kind: 'show', expression: '!$UNDERSOKNING && ($TELEFONKONTAKT || $JOURNALUPPGIFTER || $ANNAT)' },
        limit(MOTIVERING_LIMIT),
      ],
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

const diagnos: ElementSpec = {
  id: '6',
  kind: 'diagnoses',
  label: t('FRG_6.RBK'),
  description: t('FRG_6.HLP'),
  codeLabel: t('DFR_6.2.RBK'),
  rows: [{ id: 'huvuddiagnos' }, { id: 'diagnos2' }, { id: 'diagnos3' }],
  codeSystems: [ICD_10_SE_V1, KSH_97_P],
  descriptionLimit: 81,
  rules: [{ kind: 'mandatory', expression: 'exists($huvuddiagnos)' }],
};

function konsekvens(id: string, help: string): ElementSpec {
  return {
    id,
    kind: 'textArea',
    fieldId: `${id}.1`,
    label: t(`FRG_${id}.RBK`),
    fieldLabel: t(`DFR_${id}.1.RBK`),
    description: help,
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
  children: [
    {
      id: 'motiveringTillTidigtStartdatumForSjukskrivning',
      kind: 'textArea',
      fieldId: 'motiveringTillTidigtStartdatumForSjukskrivning',
      // Webcert-only: not a question of Försäkringskassan's, so not part of the transport format.
      transport: { kind: 'none' },
      label: w.motiveringTidigtStartdatum,
      description: w.motiveringTidigtStartdatumHelp,
      includeWhenRenewing: false,
      // Legacy Webcert: a period starting 7 days back or more (`<= -7`, QuestionMotiveringTidigtStartdatum).
      rules: [
        { kind: 'show', expression: GRADE_CODES.map((grade) => `($${grade}.from <= -7)`).join(' || ') },
        limit(MOTIVERING_LIMIT),
      ],
    },
  ],
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
      // The dropdown completes the sentence of ATER_X_ANTAL_DGR ("… återgå helt … inom" + "3 månader.").
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
  options: codeOptions(KV_FKMU_0004, ATGARDER_V1_CODES, codeLabel(KV_FKMU_0004)),
  maxSelected: 10,
  exclusiveOptions: ['EJ_AKTUELLT'],
  rules: [
    { kind: 'mandatory', expression: anyOf(ATGARDER_V1_CODES) },
    { kind: 'disableOptions', expression: '$EJ_AKTUELLT', options: ATGARDER_OTHER_THAN_EJ_AKTUELLT },
    { kind: 'disableOptions', expression: anyOf(ATGARDER_OTHER_THAN_EJ_AKTUELLT), options: ['EJ_AKTUELLT'] },
    hiddenBySmittskydd,
  ],
  children: [
    freeText('44', '44.1', t('FRG_44.RBK'), [{ kind: 'show', expression: anyOf(ATGARDER_OTHER_THAN_EJ_AKTUELLT) }]),
  ],
};

const kontakt: ElementSpec = {
  id: '26',
  kind: 'checkboxBoolean',
  fieldId: '26.1',
  label: t('FRG_26.RBK'),
  fieldLabel: t('DFR_26.1.RBK'),
  description: t('FRG_26.HLP'),
  includeWhenRenewing: false,
  rules: [hiddenBySmittskydd],
  children: [
    {
      ...freeText('26.2', '26.2', t('DFR_26.2.RBK'), [{ kind: 'show', expression: '$26.1' }]),
      includeWhenRenewing: false,
    },
  ],
};

export const lisjpV1: CertificateModel = {
  type: 'lisjp',
  version: '1.2',
  typeCode: 'LISJP',
  formId: 'FK 7804',
  name: 'Läkarintyg för sjukpenning',
  description:
    'Läkarens bedömning av patientens arbetsförmåga när patienten ansöker om sjukpenning hos Försäkringskassan (version 1).',
  recipient: { id: 'FKASSA', name: 'Försäkringskassan' },
  transport: { typeCodeSystem: KV_INTYGSTYP, versions: ['1.2', '1.0', '1.1', '1.3'] },
  activeFrom: '2021-03-02',
  textVersion: '1.2',
  elements: [
    category('KAT_10', [avstangningSmittskydd], t('KAT_10.HLP')),
    category('KAT_1', [grund]),
    category('KAT_2', [sysselsattning]),
    category('KAT_3', [diagnos]),
    category('KAT_4', [konsekvens('35', t('DFR_35.1.HLP')), konsekvens('17', t('DFR_17.1.HLP'))]),
    category('KAT_5', [behandling('19'), behandling('20')]),
    category('KAT_6', [
      behovAvSjukskrivning,
      { ...freeText('37', '37.1', t('FRG_37.RBK')), description: t('FRG_37.HLP') },
      arbetstidsforlaggning,
      { id: '34', kind: 'checkboxBoolean', fieldId: '34.1', label: t('FRG_34.RBK') },
      prognos,
    ]),
    category('KAT_7', [atgarder]),
    category('KAT_8', [{ ...freeText('25', '25.1', t('FRG_25.RBK')), rules: [limit(2700)] }]),
    category('KAT_9', [kontakt]),
    unitContactElement(),
  ],
};
