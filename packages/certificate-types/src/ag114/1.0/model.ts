/**
 * AG1-14 v1 (legacy `common/skl/ag114`, domain.md §1.5), "Läkarintyg om arbetsförmåga –
 * sjuklöneperioden", with the labels of text set v1.0 (`texts/texterMU_AG114_v1.0.xml`, valid from
 * 2016-05-01). For day 1–14 of a sick-leave case, when the employer pays sick pay.
 *
 * Kept so that a certificate written on version 1 keeps validating and rendering by version 1; new drafts
 * get 2.0. Ids are the svar/delsvar ids of the transport format. Rules follow the legacy validator
 * (`$COAG114/v1/validator/InternalDraftValidatorImpl.java`) and the legacy React questions
 * (`$COAG114/v1/model/converter/certificate/question/*`).
 */
import { KV_INTYGSTYP } from '@intyg/core';
import { AG114_LIFECYCLE } from '../../common/type-lifecycles.js';
import type { CertificateModel, ElementRule, ElementSpec, TransportMapping } from '@intyg/core';
import { ICD_10_SE_V1, KSH_97_P, KV_FKMU_0001, KV_FKMU_0002, anyOf, codeOptions } from '../../common/code-systems.js';
import { requireText } from '../../common/official-texts.js';
import { unitContactElement } from '../../common/unit-contact.js';
import { diagnosisHideableWhen } from '../../common/print-options.js';
import { texts } from './texts/texts.js';
import { webcertTexts as w } from './webcert-texts.js';

const t = (id: string): string => requireText(texts, id);
const codeLabel = (codeSystem: string) => (code: string) => t(`${codeSystem}.${code}.RBK`);

/** The legacy questions' limit (`LIMIT = 3500`); 5.1 has none. */
const TEXT_LIMIT = 3500;
const limit = (n: number): ElementRule => ({ kind: 'textLimit', limit: n });

/** The legacy `ReferensTyp` order. */
const GRUND_CODES = ['UNDERSOKNING', 'TELEFONKONTAKT', 'JOURNALUPPGIFTER', 'ANNAT'];

function category(id: string, children: ElementSpec[]): ElementSpec {
  return { id, kind: 'category', label: t(`${id}.RBK`), children };
}

/** Free text `<id>.1` labelled FRG_id with help FRG_id.HLP, always required, of `maxLength` if given. */
function mandatoryText(id: string, maxLength?: number): ElementSpec {
  return {
    id,
    kind: 'textArea',
    fieldId: `${id}.1`,
    label: t(`FRG_${id}.RBK`),
    description: t(`FRG_${id}.HLP`),
    rules: [{ kind: 'mandatory', expression: `$${id}.1` }, ...(maxLength === undefined ? [] : [limit(maxLength)])],
  };
}

/** Free text `id` labelled DFR_id, shown and required while `shownWhen` holds (sub-answers 6.2, 9.2, 10.3). */
function dependentText(id: string, shownWhen: string, transport?: TransportMapping): ElementSpec {
  return {
    id,
    ...(transport === undefined ? {} : { transport }),
    kind: 'textArea',
    fieldId: id,
    label: t(`DFR_${id}.RBK`),
    rules: [{ kind: 'show', expression: shownWhen }, { kind: 'mandatory', expression: `$${id}` }, limit(TEXT_LIMIT)],
  };
}

/** Mandatory Ja/Nej question `<id>.1` labelled FRG_id with help FRG_id.HLP. */
function yesNoQuestion(id: string, children?: ElementSpec[]): ElementSpec {
  return {
    id,
    kind: 'radioBoolean',
    fieldId: `${id}.1`,
    label: t(`FRG_${id}.RBK`),
    description: t(`FRG_${id}.HLP`),
    trueLabel: w.yes,
    falseLabel: w.no,
    rules: [{ kind: 'mandatory', expression: `exists($${id}.1)` }],
    ...(children === undefined ? {} : { children }),
  };
}

const grund: ElementSpec = {
  id: '10',
  kind: 'checkboxDateList',
  label: t('FRG_10.RBK'),
  description: t('FRG_10.HLP'),
  options: codeOptions(KV_FKMU_0001, GRUND_CODES, codeLabel(KV_FKMU_0001)),
  // R21: not after today.
  maxDaysFromToday: 0,
  rules: [{ kind: 'mandatory', expression: anyOf(GRUND_CODES) }],
  children: [
    // R19/R20: shown and required only with ANNAT; travels in the svar-10 instance of ANNAT.
    dependentText('10.3', '$ANNAT', { kind: 'value', svarId: '10', delsvarId: '10.3', inInstanceOf: 'ANNAT' }),
  ],
};

/**
 * Always NUVARANDE_ARBETE: the legacy form shows it ticked and locked, and the validator requires exactly
 * that code. A one-option radio here, so that it travels as the sample does: svar 1, delsvar 1.1 as a
 * KV_FKMU_0002 `cv`, without instance.
 */
const sysselsattning: ElementSpec = {
  id: '1',
  kind: 'radioCode',
  fieldId: '1.1',
  label: t('FRG_1.RBK'),
  options: codeOptions(KV_FKMU_0002, ['NUVARANDE_ARBETE'], codeLabel(KV_FKMU_0002)),
  rules: [
    { kind: 'mandatory', expression: '$NUVARANDE_ARBETE' },
    { kind: 'disable', expression: '$NUVARANDE_ARBETE' },
  ],
};

const yrke = mandatoryText('2', TEXT_LIMIT);

const formedlaDiagnos = yesNoQuestion('3');

/**
 * Shown, and validated, only when the patient wants the diagnosis shared (3 = Ja). Travels as one svar 4
 * per diagnosis, `instans` 1–3, each with 4.1 the description and 4.2 the code (v1 `InternalToTransportUtil`).
 */
const diagnos: ElementSpec = {
  id: '4',
  kind: 'diagnoses',
  transport: { kind: 'diagnosisInstances', svarId: '4', descriptionDelsvarId: '4.1', codeDelsvarId: '4.2' },
  label: t('FRG_4.RBK'),
  codeLabel: t('DFR_4.1.RBK'),
  rows: [{ id: 'huvuddiagnos' }, { id: 'diagnos2' }, { id: 'diagnos3' }],
  codeSystems: [ICD_10_SE_V1, KSH_97_P],
  descriptionLimit: 81,
  rules: [
    { kind: 'show', expression: '$3.1' },
    { kind: 'mandatory', expression: 'exists($huvuddiagnos)' },
  ],
};

/** Without limit, as the legacy question. */
const nedsattArbetsformaga = mandatoryText('5');

const arbetsformagaTrotsSjukdom = yesNoQuestion('6', [dependentText('6.2', '$6.1')]);

/**
 * "Min bedömning …" heads the grade; its help explains that the grade need not be one of FK's quarters.
 * Travels as a `pq` with unit "%" (`SJUKSKRIVNINGSGRAD_UNIT_OF_MEASURE`).
 */
const sjukskrivningsgrad: ElementSpec = {
  id: '7',
  kind: 'integer',
  fieldId: '7.1',
  transport: { kind: 'value', svarId: '7', delsvarId: '7.1', quantityUnit: '%' },
  label: t('FRG_7.RBK'),
  fieldLabel: t('DFR_7.1.RBK'),
  description: t('FRG_7.HLP'),
  min: 0,
  max: 100,
  unit: w.percent,
  rules: [{ kind: 'mandatory', expression: 'exists($7.1)' }],
};

/** Travels beside 7.1 in svar 7 (delsvar 7.2, a datePeriod). */
const sjukskrivningsperiod: ElementSpec = {
  id: '7.2',
  kind: 'dateRange',
  fieldId: '7.2',
  label: t('DFR_7.2.RBK'),
  fromLabel: t('FROM'),
  toLabel: t('TOM'),
  // Complete and in order; a half-filled range is the range check's error, not a missing answer.
  rules: [{ kind: 'mandatory', expression: '$7.2' }],
};

/** `DATE_RANGE_LIMIT = 14`: past day 14 of the sick-pay period FK 7804 is the certificate to write. */
const sjukskrivningsperiodMessage: ElementSpec = {
  id: '7.3',
  kind: 'message',
  level: 'observe',
  content: t('SKL-001.ALERT'),
  rules: [{ kind: 'show', expression: '($7.2.to - $7.2.from) >= 14' }],
};

const ovrigt: ElementSpec = {
  id: '8',
  kind: 'textArea',
  fieldId: '8.1',
  label: t('FRG_8.RBK'),
  rules: [limit(TEXT_LIMIT)],
};

const kontakt: ElementSpec = {
  id: '9',
  kind: 'checkboxBoolean',
  fieldId: '9.1',
  label: t('FRG_9.RBK'),
  children: [dependentText('9.2', '$9.1')],
};

export const ag114V1: CertificateModel = {
  type: 'ag114',
  version: '1.0',
  typeCode: 'AG1-14',
  formId: 'AG1-14',
  name: 'Läkarintyg om arbetsförmåga – sjuklöneperioden',
  description:
    'Läkarens bedömning av patientens arbetsförmåga under sjuklöneperioden, dag 1–14; patienten skriver ut intyget till arbetsgivaren (version 1).',
  // Never sent electronically: the patient prints it (domain.md §1.0).
  recipient: null,
  lifecycle: AG114_LIFECYCLE,
  transport: {
    typeCodeSystem: KV_INTYGSTYP,
    // KV intygstyp's name of AG1-14, as `intyg/typ/displayName` carries it.
    typeDisplayName: 'Läkarintyg om arbetsförmåga – sjuklöneperiod',
    versions: ['1.0', '1.1'],
  },
  activeFrom: '2016-05-01',
  textVersion: '1.0',
  elements: [
    category('KAT_7', [grund]),
    category('KAT_1', [sysselsattning, yrke]),
    category('KAT_2', [formedlaDiagnos, diagnos]),
    category('KAT_3', [nedsattArbetsformaga, arbetsformagaTrotsSjukdom]),
    category('KAT_4', [sjukskrivningsgrad, sjukskrivningsperiod, sjukskrivningsperiodMessage]),
    category('KAT_5', [ovrigt]),
    category('KAT_6', [kontakt]),
    unitContactElement(),
  ],
  // As version 2.0 (§1.5, §7.1): the patient may hide the diagnosis when 3 is Ja.
  printOptions: diagnosisHideableWhen('4', '$3.1'),
};
