/**
 * The elements of ts-bas (TSTRK1007, domain.md §1.9), shared by versions 6.8 and 7.0: their text sets are
 * the same and the questions are the same, except that v7 added the checkbox "synskärpa skickas separat"
 * (delsvar 8.1) and moved the acuity cells up one delsvar (v6: 8.1–8.8, v7: 8.2–8.9).
 *
 * Question 8 (the acuity table) is in synskarpa.ts.
 *
 * Ids are the transport format's: an element is its svar ("12"), its field the delsvar ("12.1"); a text
 * travelling in the same svar is its own element named by its delsvar ("12.2"). Rules follow the legacy
 * validator (`ts_bas/v7/validator/internal/InternalValidatorInstance.java`) and the legacy React
 * questions' show/mandatory rules; limits are §1.12's (180/130/50/40/500).
 */
import type {
  CategoryElement,
  CheckboxCodeListElement,
  ElementRule,
  ElementSpec,
  RadioBooleanElement,
  TextAreaElement,
  TextFieldElement,
} from '@intyg/core';
import { anyOf } from '../common/code-systems.js';
import { requireText, type OfficialTexts } from '../common/official-texts.js';
import {
  ICD_10_SE_TS,
  ID_KONTROLL_CODES,
  INTYGET_AVSER,
  KAN_INTE_TA_STALLNING,
  KORKORTSBEHORIGHET,
  KV_ID_KONTROLL,
  KV_INTYGET_AVSER,
  KV_KORKORTSBEHORIGHET,
  PERSONTRANSPORT_IAV_CODES,
} from '../common/ts-code-systems.js';
import { unitContactElement } from '../common/unit-contact.js';
import { synskarpaElements, type SynskarpaVariant } from './synskarpa.js';
import { webcertTexts as w } from './webcert-texts.js';

export type TsBasVariant = SynskarpaVariant;

/** Ids of the identity options: the codes of KV_ID_KONTROLL, labelled by v6.8/v7.0's own text ids. */
const ID_KONTROLL_TEXT: Readonly<Record<(typeof ID_KONTROLL_CODES)[number], string>> = {
  IDK1: 'IDENTITET_ID_KORT.RBK',
  IDK2: 'IDENTITET_FORETAG_ELLER_TJANSTEKORT.RBK',
  IDK3: 'IDENTITET_KORKORT.RBK',
  IDK4: 'IDENTITET_PERS_KANNEDOM.RBK',
  IDK5: 'IDENTITET_FORSAKRAN_KAP18.RBK',
  IDK6: 'IDENTITET_PASS.RBK',
};

const BEDOMNING_CODES = KORKORTSBEHORIGHET.filter(({ code }) => Number(code.slice(3)) <= 11);
const BEDOMNING_BUT_KAN_INTE = BEDOMNING_CODES.map(({ code }) => code).filter((c) => c !== KAN_INTE_TA_STALLNING);

const limit = (n: number): ElementRule => ({ kind: 'textLimit', limit: n });
const show = (expression: string): ElementRule => ({ kind: 'show', expression });
const mandatoryExists = (fieldId: string): ElementRule => ({ kind: 'mandatory', expression: `exists($${fieldId})` });
const mandatoryText = (fieldId: string): ElementRule => ({ kind: 'mandatory', expression: `$${fieldId}` });
/** Questions 11 and 13 apply to passenger transport only (Webcert's `isPersontransportContext`). */
const persontransport = show(anyOf(PERSONTRANSPORT_IAV_CODES));

export function tsBasElements(texts: OfficialTexts, variant: TsBasVariant): ElementSpec[] {
  const t = (id: string): string => requireText(texts, id);

  const category = (id: string, children: ElementSpec[], description?: string): CategoryElement => ({
    id,
    kind: 'category',
    label: t(`${id}.RBK`),
    ...(description === undefined ? {} : { description }),
    children,
  });

  /** A mandatory yes/no question: element = svar id, field = delsvar. */
  const yesNo = (
    id: string,
    fieldId: string,
    label: string,
    rules: ElementRule[] = [],
    children?: ElementSpec[],
  ): RadioBooleanElement => ({
    id,
    kind: 'radioBoolean',
    fieldId,
    label,
    trueLabel: w.yes,
    falseLabel: w.no,
    rules: [mandatoryExists(fieldId), ...rules],
    ...(children === undefined ? {} : { children }),
  });
  const question = (svar: string, rules?: ElementRule[], children?: ElementSpec[]): RadioBooleanElement =>
    yesNo(svar, `${svar}.1`, t(`FRG_${svar}.RBK`), rules, children);

  /** A text shown and required when `showWhen` is true. */
  const followUp = (
    kind: 'textArea' | 'textField',
    id: string,
    label: string,
    max: number,
    showWhen: string,
  ): TextAreaElement | TextFieldElement => ({
    id,
    kind,
    fieldId: id,
    label,
    rules: [show(showWhen), mandatoryText(id), limit(max)],
  });

  const intygetAvser: CheckboxCodeListElement = {
    id: '1',
    kind: 'checkboxCodeList',
    label: t('FRG_1.RBK'),
    description: t('FRG_1.HLP'),
    options: INTYGET_AVSER.map(({ code, licence }) => ({
      id: code,
      label: t(`KORKORT.${licence}.RBK`),
      codeSystem: KV_INTYGET_AVSER,
    })),
    rules: [{ kind: 'mandatory', expression: anyOf(INTYGET_AVSER.map(({ code }) => code)) }],
  };

  const identitet: ElementSpec = {
    id: '2',
    kind: 'radioCode',
    fieldId: '2.1',
    label: t('FRG_2.RBK'),
    description: t('FRG_2.HLP'),
    options: ID_KONTROLL_CODES.map((code) => ({
      id: code,
      label: t(ID_KONTROLL_TEXT[code]),
      codeSystem: KV_ID_KONTROLL,
    })),
    rules: [mandatoryExists('2.1')],
  };

  const synfunktioner = category('KAT_1', [
    question('3'),
    question('4'),
    question('5'),
    {
      id: 'ogonspecialistInfo',
      kind: 'message',
      level: 'observe',
      content: t('FRG_3-5.INF'),
      rules: [show('$3.1 || $4.1 || $5.1')],
    },
    question('6'),
    question('7'),
    ...synskarpaElements(t, variant),
    { id: 'tidigareUndersokningInfo', kind: 'message', level: 'observe', content: t('FRG_8.INF') },
    {
      id: '9',
      kind: 'checkboxBoolean',
      fieldId: '9.1',
      label: t('FRG_9.RBK'),
      fieldLabel: t('FRG_9.1.RBK'),
      selectedText: w.yes,
      unselectedText: w.no,
      children: [
        {
          id: 'korrektionsglasInfo',
          kind: 'message',
          level: 'observe',
          content: t('FRG_9.INF'),
          rules: [show('$9.1')],
        },
      ],
    },
  ]);

  const diabetes = category('KAT_5', [
    question(
      '17',
      [],
      [
        {
          id: '18',
          kind: 'radioCode',
          fieldId: '18.1',
          label: t('FRG_18.RBK'),
          options: [
            { id: 'DIABETES_TYP_1', code: 'E10', label: t('ts-bas.label.diabetes.diabetestyp.DIABETES_TYP_1') },
            { id: 'DIABETES_TYP_2', code: 'E11', label: t('ts-bas.label.diabetes.diabetestyp.DIABETES_TYP_2') },
          ].map((option) => ({ ...option, codeSystem: ICD_10_SE_TS })),
          rules: [show('$17.1'), mandatoryExists('18.1')],
          children: [
            {
              id: '19',
              kind: 'checkboxCodeList',
              label: t('FRG_19.RBK'),
              options: [
                { id: 'KOST', label: t('DFR_19.1.RBK') },
                { id: 'TABLETTER', label: t('DFR_19.2.RBK') },
                { id: 'INSULIN', label: t('DFR_19.3.RBK') },
              ],
              // Three boolean delsvar, as ts-bas__1.7.xml sends them.
              transport: {
                kind: 'optionBooleans',
                svarId: '19',
                delsvar: { KOST: '19.1', TABLETTER: '19.2', INSULIN: '19.3' },
              },
              rules: [show('$DIABETES_TYP_2'), { kind: 'mandatory', expression: '$KOST || $TABLETTER || $INSULIN' }],
              children: [
                {
                  id: 'diabetesLakarintygInfo',
                  kind: 'message',
                  level: 'observe',
                  content: t('DFR_19.3.INF'),
                  rules: [show('$TABLETTER || $INSULIN')],
                },
              ],
            },
          ],
        },
      ],
    ),
  ]);

  const alkoholNarkotikaLakemedel = category('KAT_11', [
    yesNo('25.1', '25.1', t('DFR_25.1.RBK')),
    yesNo('25.2', '25.2', t('DFR_25.2.RBK')),
    yesNo(
      '25.3',
      '25.3',
      t('DFR_25.3.RBK'),
      [show('$25.1 || $25.2')],
      [
        {
          id: 'provtagningInfo',
          kind: 'message',
          level: 'observe',
          content: t('DFR_25.3.INF'),
          rules: [show('$25.3')],
        },
      ],
    ),
    // The v6.8/v7.0 texts name the dose text DFR_26.1.RBK; it travels as delsvar 26.2.
    question('26', [], [followUp('textArea', '26.2', t('DFR_26.1.RBK'), 180, '$26.1')]),
  ]);

  const bedomning: CheckboxCodeListElement = {
    id: '33',
    kind: 'checkboxCodeList',
    label: t('FRG_33.RBK'),
    options: BEDOMNING_CODES.map(({ code, licence }) => ({
      id: code,
      label: t(`KORKORT.${licence}.RBK`),
      codeSystem: KV_KORKORTSBEHORIGHET,
    })),
    exclusiveOptions: [KAN_INTE_TA_STALLNING],
    rules: [
      { kind: 'mandatory', expression: anyOf(BEDOMNING_CODES.map(({ code }) => code)) },
      { kind: 'disableOptions', expression: `$${KAN_INTE_TA_STALLNING}`, options: BEDOMNING_BUT_KAN_INTE },
      { kind: 'disableOptions', expression: anyOf(BEDOMNING_BUT_KAN_INTE), options: [KAN_INTE_TA_STALLNING] },
    ],
  };

  return [
    category('KAT_99', [intygetAvser], t('KAT_99.HLP')),
    category('KAT_100', [identitet]),
    synfunktioner,
    category('KAT_2', [question('10'), question('11', [persontransport])]),
    category('KAT_3', [
      question('12', [], [followUp('textArea', '12.2', t('DFR_12.2.RBK'), 180, '$12.1')]),
      question('13', [persontransport]),
    ]),
    category('KAT_4', [
      question('14'),
      question('15'),
      question('16', [], [followUp('textArea', '16.2', t('DFR_16.2.RBK'), 180, '$16.1')]),
    ]),
    diabetes,
    category('KAT_6', [question('20')]),
    category('KAT_7', [
      question(
        '21',
        [],
        [
          // Optional: Webcert shows it for "Ja" without requiring it.
          {
            id: '21.2',
            kind: 'textArea',
            fieldId: '21.2',
            label: t('DFR_21.2.RBK'),
            rules: [show('$21.1'), limit(180)],
          },
        ],
      ),
    ]),
    category('KAT_8', [question('22')]),
    category('KAT_9', [question('23')]),
    category('KAT_10', [question('24')]),
    alkoholNarkotikaLakemedel,
    category('KAT_12', [question('27')]),
    category('KAT_13', [question('28'), question('29')]),
    category('KAT_14', [
      question(
        '30',
        [],
        [
          followUp('textField', '30.2', t('DFR_30.2.RBK'), 40, '$30.1'),
          followUp('textField', '30.3', t('DFR_30.3.RBK'), 40, '$30.1'),
          followUp('textField', '30.4', t('DFR_30.4.RBK'), 50, '$30.1'),
        ],
      ),
    ]),
    category('KAT_15', [question('31', [], [followUp('textArea', '31.2', t('DFR_31.2.RBK'), 180, '$31.1')])]),
    category('KAT_16', [{ id: '32', kind: 'textArea', fieldId: '32.1', label: t('FRG_32.RBK'), rules: [limit(500)] }]),
    category('KAT_101', [
      bedomning,
      { id: '34', kind: 'textField', fieldId: '34.1', label: t('FRG_34.RBK'), rules: [limit(130)] },
    ]),
    unitContactElement(),
  ];
}
