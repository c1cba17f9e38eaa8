/**
 * ts-diabetes v4 (legacy `common/ts/ts-diabetes` v4, domain.md §1.10) with the labels of Transportstyrelsen's
 * text set 4.0 (`texts/texterTS_DIABETES_v4.0.xml`, valid from 2021-10-12). The version new drafts get.
 *
 * Ids are the transport format's (v4 `RespConstants.java` at its latest revision): an element is its svar,
 * its field the delsvar. Rules follow the legacy validator (`v4/validator/InternalDraftValidatorImpl.java`,
 * R-numbers below) and the legacy React questions' show rules; limits 53/71/189 (§1.12).
 *
 * Transport: `typ` TSTRK1031 in KV_UTLATANDETYP, as v4's `UtlatandeToIntyg` sends it (not the
 * TSTRK1031-002 / KV intygstyp of reference/samples/ts-diabetes__1.4.xml, see the report in model.test.ts).
 */
import { KV_UTLATANDETYP } from '@intyg/core';
import { TRANSPORTSTYRELSEN_LIFECYCLE } from '../../common/type-lifecycles.js';
import type {
  CategoryElement,
  CertificateModel,
  CheckboxCodeListElement,
  DateElement,
  ElementRule,
  ElementSpec,
  RadioBooleanElement,
} from '@intyg/core';
import { anyOf } from '../../common/code-systems.js';
import { requireText } from '../../common/official-texts.js';
import {
  HIGHER_LICENCE_CODES,
  ICD_10_SE_TS,
  ID_KONTROLL_CODES,
  KAN_INTE_TA_STALLNING,
  KV_ID_KONTROLL,
  KV_KORKORTSBEHORIGHET,
  KV_VARDNIVA,
  LOWER_LICENCE_CODES,
  VARDNIVA_CODES,
} from '../../common/ts-code-systems.js';
import { unitContactElement } from '../../common/unit-contact.js';
import { texts } from './texts/texts.js';

const t = (id: string): string => requireText(texts, id);

/**
 * "Intyget avser" (1) and "Bedömning" (33) offer the same KV_KORKORTSBEHORIGHET codes; option ids are field
 * ids and must be unique, so the options are `AVSER_VARn` and `BEDOMNING_VARn`, both with `code` VARn.
 */
export const avser = (code: string): string => `AVSER_${code}`;
export const bedomning = (code: string): string => `BEDOMNING_${code}`;

const LICENCES = [...LOWER_LICENCE_CODES, ...HIGHER_LICENCE_CODES];
const AVSER_HIGHER = HIGHER_LICENCE_CODES.map(avser);
const BEDOMNING_LICENCES = LICENCES.map(bedomning);
const BEDOMNING_KAN_INTE = bedomning(KAN_INTE_TA_STALLNING);

const limit = (n: number): ElementRule => ({ kind: 'textLimit', limit: n });
const show = (expression: string): ElementRule => ({ kind: 'show', expression });
const mandatoryExists = (fieldId: string): ElementRule => ({ kind: 'mandatory', expression: `exists($${fieldId})` });
const mandatoryValue = (fieldId: string): ElementRule => ({ kind: 'mandatory', expression: `$${fieldId}` });

/** R30: the hypoglycaemia questions apply when 208 "medicinering som medför risk för hypoglykemi" is Ja. */
const RISK_FOR_HYPOGLYKEMI = '$207.1 && $208.1';
/** R28: 203 and 204 apply when a group II/III licence (C1 … Taxi) is among what the certificate is for. */
const HIGHER_LICENCE = anyOf(AVSER_HIGHER);

function category(id: string, children: ElementSpec[], rules?: ElementRule[]): CategoryElement {
  return { id, kind: 'category', label: t(`${id}.RBK`), children, ...(rules === undefined ? {} : { rules }) };
}

function yesNo(
  id: string,
  fieldId: string,
  label: string,
  rules: ElementRule[] = [],
  extra: { description?: string; children?: ElementSpec[] } = {},
): RadioBooleanElement {
  return {
    id,
    kind: 'radioBoolean',
    fieldId,
    label,
    trueLabel: t('SVAR_JA.RBK'),
    falseLabel: t('SVAR_NEJ.RBK'),
    ...extra,
    rules: [...rules, mandatoryExists(fieldId)],
  };
}

/** A question 20x/110/106/107: element = svar, field = delsvar x.1, label FRG_x, help FRG_x.HLP when there is one. */
function question(svar: string, rules: ElementRule[], children?: ElementSpec[]): RadioBooleanElement {
  const description = texts[`FRG_${svar}.HLP`];
  return yesNo(svar, `${svar}.1`, t(`FRG_${svar}.RBK`), rules, {
    ...(description === undefined ? {} : { description }),
    ...(children === undefined ? {} : { children }),
  });
}

/** A date between the patient's birth and today (R19–R22: "common.validation.d-11"/"d-08"), sent as a partialDate. */
function pastDate(id: string, fieldId: string, label: string, showWhen: string): DateElement {
  const [svarId = id] = fieldId.split('.');
  return {
    id,
    kind: 'date',
    fieldId,
    label,
    maxDaysFromToday: 0,
    notBeforeBirth: true,
    transport: { kind: 'value', svarId, delsvarId: fieldId, partialDate: true },
    rules: [show(showWhen), mandatoryValue(fieldId)],
  };
}

const intygetAvser: CheckboxCodeListElement = {
  id: '1',
  kind: 'checkboxCodeList',
  label: t('FRG_1.RBK'),
  description: t('FRG_1.HLP'),
  options: LICENCES.map((code) => ({
    id: avser(code),
    code,
    label: t(`KV_KORKORTSBEHORIGHET.${code}.RBK`),
    codeSystem: KV_KORKORTSBEHORIGHET,
  })),
  rules: [{ kind: 'mandatory', expression: anyOf(LICENCES.map(avser)) }],
};

const identitet: ElementSpec = {
  id: '2',
  kind: 'radioCode',
  fieldId: '2.1',
  label: t('FRG_2.RBK'),
  description: t('FRG_2.HLP'),
  options: ID_KONTROLL_CODES.map((code) => ({
    id: code,
    label: t(`KV_ID_KONTROLL.${code}.RBK`),
    codeSystem: KV_ID_KONTROLL,
  })),
  rules: [mandatoryExists('2.1')],
};

const allmant = category('KAT_3', [
  {
    id: '205',
    kind: 'radioCode',
    fieldId: '205.1',
    label: t('FRG_205.RBK'),
    description: t('FRG_205.HLP'),
    options: VARDNIVA_CODES.map((code) => ({ id: code, label: t(`KV_VARDNIVA_${code}.RBK`), codeSystem: KV_VARDNIVA })),
    rules: [mandatoryExists('205.1')],
  },
  {
    // R2: not before the patient's birth year, not after this year ("common.validation.d-02").
    id: '35',
    kind: 'year',
    fieldId: '35.1',
    label: t('FRG_35.RBK'),
    notBeforeBirthYear: true,
    notAfterCurrentYear: true,
    rules: [mandatoryExists('35.1')],
  },
  {
    // ANNAN is sent without a cv: only 18.2 "Ange vilken" travels, and its presence means ANNAN
    // (v4 UtlatandeToIntyg/TransportToInternal). See the report in model.test.ts.
    id: '18',
    kind: 'radioCode',
    fieldId: '18.1',
    transport: {
      kind: 'value',
      svarId: '18',
      delsvarId: '18.1',
      uncodedOption: { option: 'ANNAN', impliedBy: '18.2' },
    },
    label: t('FRG_18.RBK'),
    options: [
      { id: 'TYP1', code: 'E10', label: t('SVAR_TYP1.RBK') },
      { id: 'TYP2', code: 'E11', label: t('SVAR_TYP2.RBK') },
      { id: 'LADA', code: 'E109', label: t('SVAR_LADA.RBK') },
      { id: 'ANNAN', code: 'E13', label: t('SVAR_ANNAN.RBK') },
    ].map((option) => ({ ...option, codeSystem: ICD_10_SE_TS })),
    rules: [mandatoryExists('18.1')],
    children: [
      // R3
      {
        id: '18.2',
        kind: 'textField',
        fieldId: '18.2',
        label: t('DFR_18.2.RBK'),
        rules: [show('$ANNAN'), mandatoryValue('18.2'), limit(53)],
      },
    ],
  },
  question(
    '207',
    [],
    [
      // R32
      question(
        '208',
        [show('$207.1')],
        [
          {
            // R4: at least one treatment; sent as three booleans (ts-diabetes__1.4.xml svar 209).
            id: '209',
            kind: 'checkboxCodeList',
            label: t('FRG_209.RBK'),
            options: [
              { id: 'INSULIN', label: t('DFR_209.1.RBK') },
              { id: 'TABLETTER', label: t('DFR_209.2.RBK') },
              { id: 'ANNAN_BEHANDLING', label: t('DFR_209.3.RBK') },
            ],
            transport: {
              kind: 'optionBooleans',
              svarId: '209',
              delsvar: { INSULIN: '209.1', TABLETTER: '209.2', ANNAN_BEHANDLING: '209.3' },
            },
            rules: [show('$208.1'), { kind: 'mandatory', expression: '$INSULIN || $TABLETTER || $ANNAN_BEHANDLING' }],
            children: [
              // R18
              {
                id: '209.4',
                kind: 'textField',
                fieldId: '209.4',
                label: t('DFR_209.4.RBK'),
                rules: [show('$ANNAN_BEHANDLING'), mandatoryValue('209.4'), limit(53)],
              },
            ],
          },
          // R19, R30
          pastDate('210', '210.1', t('FRG_210.RBK'), '$208.1'),
        ],
      ),
    ],
  ),
]);

const hypoglykemi = category(
  'KAT_4',
  [
    question(
      '200',
      [show(RISK_FOR_HYPOGLYKEMI)],
      [
        // R27
        {
          id: '200.2',
          kind: 'textField',
          fieldId: '200.2',
          label: t('DFR_200.2.RBK'),
          rules: [show('exists($200.1) && !$200.1'), mandatoryValue('200.2'), limit(53)],
        },
      ],
    ),
    question('201', [show(RISK_FOR_HYPOGLYKEMI)]),
    question('110', [show(RISK_FOR_HYPOGLYKEMI)]),
    question('202', [show(RISK_FOR_HYPOGLYKEMI)]),
    // R8, R20
    question(
      '106',
      [show(RISK_FOR_HYPOGLYKEMI)],
      [
        pastDate('106.2', '106.2', t('DFR_106.2.RBK'), '$106.1'),
        yesNo('106.3', '106.3', t('DFR_106.3.RBK'), [show('$106.1')]),
        yesNo('106.5', '106.5', t('DFR_106.5.RBK'), [show('$106.1')]),
      ],
    ),
    // R9, R21, R33
    question(
      '107',
      [show(RISK_FOR_HYPOGLYKEMI)],
      [
        yesNo('107.3', '107.3', t('DFR_107.3.RBK'), [show('$107.1')], {
          children: [pastDate('107.5', '107.5', t('DFR_107.5.RBK'), '$107.3')],
        }),
      ],
    ),
    // R22, R28, R34
    question('203', [show(HIGHER_LICENCE)], [pastDate('203.2', '203.2', t('DFR_203.2.RBK'), '$203.1')]),
    question('204', [show(HIGHER_LICENCE)]),
  ],
  [show(`(${RISK_FOR_HYPOGLYKEMI}) || ${HIGHER_LICENCE}`)],
);

const ovrigt = category('KAT_6', [
  question(
    '206',
    [],
    [
      // R29
      {
        id: '206.2',
        kind: 'textArea',
        fieldId: '206.2',
        label: t('DFR_206.2.RBK'),
        description: t('DFR_206.2.HLP'),
        rules: [show('$206.1'), mandatoryValue('206.2'), limit(189)],
      },
    ],
  ),
  { id: '34', kind: 'textField', fieldId: '34.1', label: t('FRG_34.RBK'), rules: [limit(71)] },
]);

const bedomningKrav: CheckboxCodeListElement = {
  id: '33',
  kind: 'checkboxCodeList',
  label: t('FRG_33.RBK'),
  description: t('FRG_33.HLP'),
  options: [...LICENCES, KAN_INTE_TA_STALLNING].map((code) => ({
    id: bedomning(code),
    code,
    label: t(`KV_KORKORTSBEHORIGHET.${code}.RBK`),
    codeSystem: KV_KORKORTSBEHORIGHET,
  })),
  exclusiveOptions: [BEDOMNING_KAN_INTE],
  rules: [
    { kind: 'mandatory', expression: anyOf([...BEDOMNING_LICENCES, BEDOMNING_KAN_INTE]) },
    { kind: 'disableOptions', expression: `$${BEDOMNING_KAN_INTE}`, options: BEDOMNING_LICENCES },
    { kind: 'disableOptions', expression: anyOf(BEDOMNING_LICENCES), options: [BEDOMNING_KAN_INTE] },
    {
      // R35 ("common.validation.d-12"): a higher licence judged here must be one the certificate is for.
      kind: 'check',
      id: 'hogreBehorighetUtanforIntygetAvser',
      expression: HIGHER_LICENCE_CODES.map((code) => `($${bedomning(code)} && !$${avser(code)})`).join(' || '),
      fieldId: '33',
      message: {
        sv: 'Vald behörighet överensstämmer inte med vilken behörighet intyget avser.',
        en: 'A selected licence is not one the certificate is for.',
      },
    },
  ],
};

export const tsDiabetesV4: CertificateModel = {
  type: 'ts-diabetes',
  version: '4.0',
  typeCode: 'TSTRK1031',
  formId: 'TSTRK1031',
  name: 'Transportstyrelsens läkarintyg diabetes',
  description: 'Läkarintyg diabetes avseende lämpligheten att inneha körkort m.m.',
  recipient: { id: 'TRANSP', name: 'Transportstyrelsen' },
  lifecycle: TRANSPORTSTYRELSEN_LIFECYCLE,
  transport: {
    typeCodeSystem: KV_UTLATANDETYP,
    typeDisplayName: 'Transportstyrelsens läkarintyg, diabetes',
    versions: ['4.0'],
  },
  activeFrom: '2021-10-12',
  textVersion: '4.0',
  elements: [
    category('KAT_1', [intygetAvser]),
    category('KAT_2', [identitet]),
    allmant,
    hypoglykemi,
    ovrigt,
    category('KAT_7', [
      bedomningKrav,
      { id: '32', kind: 'textArea', fieldId: '32.1', label: t('FRG_32.RBK'), rules: [limit(189)] },
    ]),
    unitContactElement(),
  ],
};
