/**
 * The element tree of the legacy FK7804 v1 family: LISJP v1 (`common/fk/lisjp`, domain.md §1.3.a) and
 * AG7804 v1 (`common/skl/ag7804`, §1.4 "Legacy v1"), which is LISJP v1 for the employer. Both models
 * compose from this module: lisjp/1.2/model.ts and ag7804/1.1/model.ts.
 *
 * Contract: every builder takes `t`, the text lookup of the version being built (its official text file), so
 * labels are word for word that version's; the structure, ids, options and rules are the same for both.
 * `fk7804V1Elements(t, slots)` lays out categories KAT_10, KAT_1–KAT_9 and the unit's contact information;
 * the elements where the types differ are slots, built by the caller (mostly with the builders here).
 *
 * Ids are the svar/delsvar ids of the transport format (27.1, 29.1, 33.2, 39.3…). Rules follow the legacy
 * validators (R-numbers in §1.3.a) and the legacy React questions' show/hide rules.
 */
import type { ElementRule, ElementSpec, TextAreaElement } from '@intyg/core';
import {
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
import { unitContactElement } from '../../common/unit-contact.js';

/** A text of the version's official text set by id (`FRG_27.RBK`, `KV_FKMU_0001.ANNAT.RBK`…); throws if absent. */
export type TextLookup = (id: string) => string;

/** Webcert's labels of a yes/no radio, which the official text files do not hold. */
export interface YesNoLabels {
  readonly yes: string;
  readonly no: string;
}

/** No limit is stated for v1's free texts (§1.3.a); 4000 is what Webcert's prefill truncates to. */
const TEXT_LIMIT = 4000;
const limit = (n: number): ElementRule => ({ kind: 'textLimit', limit: n });

/** Ticking 27.1 (avstängning enligt smittskyddslagen) hides what the validator then skips (§1.3.a, §1.4). */
const hiddenBySmittskydd: ElementRule = { kind: 'hide', expression: '$27.1' };

const GRUND_CODES = ['UNDERSOKNING', 'TELEFONKONTAKT', 'JOURNALUPPGIFTER', 'ANNAT'];
const PROGNOS_CODES = ['STOR_SANNOLIKHET', 'ATER_X_ANTAL_DGR', 'SANNOLIKT_INTE', 'PROGNOS_OKLAR'];
const GRADE_CODES = SICK_LEAVE_GRADES.map((grade) => grade.id);

const codeLabel = (t: TextLookup, codeSystem: string) => (code: string) => t(`${codeSystem}.${code}.RBK`);

function category(t: TextLookup, id: string, children: ElementSpec[], description?: string): ElementSpec {
  return {
    id,
    kind: 'category',
    label: t(`${id}.RBK`),
    ...(description === undefined ? {} : { description }),
    children,
  };
}

/** A free text of `TEXT_LIMIT` characters, `rules` first. */
function freeText(id: string, fieldId: string, label: string, rules: ElementRule[] = []): TextAreaElement {
  return { id, kind: 'textArea', fieldId, label, rules: [...rules, limit(TEXT_LIMIT)] };
}

/** 27 "Avstängning enligt smittskyddslagen". */
function avstangningSmittskydd(t: TextLookup): ElementSpec {
  return { id: '27', kind: 'checkboxBoolean', fieldId: '27.1', label: t('FRG_27.RBK') };
}

/**
 * 1 "Intyget är baserat på": a date per basis, none after today; 1.3 iff ANNAT, travelling in the ANNAT
 * instance of svar 1; then `extraChildren` (LISJP's Webcert-only motivering).
 */
export function grund(t: TextLookup, extraChildren: ElementSpec[] = []): ElementSpec {
  return {
    id: '1',
    kind: 'checkboxDateList',
    label: t('FRG_1.RBK'),
    description: t('FRG_1.HLP'),
    options: codeOptions(KV_FKMU_0001, GRUND_CODES, codeLabel(t, KV_FKMU_0001)),
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
      ...extraChildren,
    ],
  };
}

/** 28 "Sysselsättning" and, with NUVARANDE_ARBETE, 29 "Ange yrke och arbetsuppgifter". */
function sysselsattning(t: TextLookup): ElementSpec {
  return {
    id: '28',
    kind: 'checkboxCodeList',
    label: t('FRG_28.RBK'),
    description: t('FRG_28.HLP'),
    options: codeOptions(KV_FKMU_0002, SYSSELSATTNING_CODES, codeLabel(t, KV_FKMU_0002)),
    maxSelected: 4,
    rules: [{ kind: 'mandatory', expression: anyOf(SYSSELSATTNING_CODES) }, hiddenBySmittskydd],
    children: [
      freeText('29', '29.1', t('FRG_29.RBK'), [
        { kind: 'show', expression: '$NUVARANDE_ARBETE' },
        { kind: 'mandatory', expression: '$29.1' },
      ]),
    ],
  };
}

/** 6, up to three diagnoses in ICD-10-SE or KSH97-P, with the rules of the type (AG7804 lets 100 gate them). */
export function diagnoses(t: TextLookup, rules: ElementRule[]): ElementSpec {
  return {
    id: '6',
    kind: 'diagnoses',
    label: t('FRG_6.RBK'),
    description: t('FRG_6.HLP'),
    codeLabel: t('DFR_6.2.RBK'),
    rows: [{ id: 'huvuddiagnos' }, { id: 'diagnos2' }, { id: 'diagnos3' }],
    codeSystems: [ICD_10_SE_V1, KSH_97_P],
    descriptionLimit: 81,
    rules,
  };
}

/** 35 and 17, the consequences of the illness: mandatory free texts with their DFR help. */
function konsekvens(t: TextLookup, id: string): ElementSpec {
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

/** 19 and 20, ongoing and planned treatment: optional, shown also with smittskydd. */
function behandling(t: TextLookup, id: string): ElementSpec {
  return {
    id,
    kind: 'textArea',
    fieldId: `${id}.1`,
    label: t(`FRG_${id}.RBK`),
    fieldLabel: t(`DFR_${id}.1.RBK`),
    rules: [limit(TEXT_LIMIT)],
  };
}

/** 32 "Behov av sjukskrivning": one to four periods by grade; `children` are LISJP's Webcert-only extras. */
export function behovAvSjukskrivning(t: TextLookup, children?: ElementSpec[]): ElementSpec {
  return {
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
    ...(children === undefined ? {} : { children }),
  };
}

/** 33 "Arbetstidens förläggning", asked with a partial grade; 33.2 the reasons when Ja. */
function arbetstidsforlaggning(t: TextLookup, yesNo: YesNoLabels): ElementSpec {
  return {
    id: '33',
    kind: 'radioBoolean',
    fieldId: '33.1',
    label: t('FRG_33.RBK'),
    description: t('FRG_33.HLP'),
    trueLabel: yesNo.yes,
    falseLabel: yesNo.no,
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
}

/** 39 "Prognos"; with ATER_X_ANTAL_DGR, 39.3 the time frame. */
function prognos(t: TextLookup): ElementSpec {
  return {
    id: '39',
    kind: 'radioCode',
    fieldId: '39.1',
    label: t('FRG_39.RBK'),
    description: t('FRG_39.HLP'),
    options: codeOptions(KV_FKMU_0006, PROGNOS_CODES, codeLabel(t, KV_FKMU_0006)),
    includeWhenRenewing: false,
    rules: [{ kind: 'mandatory', expression: anyExists(PROGNOS_CODES) }, hiddenBySmittskydd],
    children: [
      {
        // The dropdown completes the sentence of ATER_X_ANTAL_DGR ("… återgå helt … inom" + "3 månader.").
        id: '39.3',
        kind: 'dropdown',
        fieldId: '39.3',
        label: t(`${KV_FKMU_0006}.ATER_X_ANTAL_DGR.RBK`),
        options: codeOptions(KV_FKMU_0007, PROGNOS_TIME_V1_CODES, codeLabel(t, KV_FKMU_0007)),
        includeWhenRenewing: false,
        rules: [
          { kind: 'show', expression: '$ATER_X_ANTAL_DGR' },
          { kind: 'mandatory', expression: 'exists($39.3)' },
        ],
      },
    ],
  };
}

/**
 * 40 "Arbetslivsinriktade åtgärder" offering `codes` (KV_FKMU_0004, EJ_AKTUELLT among them and exclusive)
 * up to `maxSelected`; 44 describes them once one other than EJ_AKTUELLT is ticked.
 */
export function atgarder(t: TextLookup, codes: readonly string[], maxSelected: number): ElementSpec {
  const others = codes.filter((code) => code !== 'EJ_AKTUELLT');
  return {
    id: '40',
    kind: 'checkboxCodeList',
    label: t('FRG_40.RBK'),
    options: codeOptions(KV_FKMU_0004, codes, codeLabel(t, KV_FKMU_0004)),
    maxSelected,
    exclusiveOptions: ['EJ_AKTUELLT'],
    rules: [
      { kind: 'mandatory', expression: anyOf(codes) },
      { kind: 'disableOptions', expression: '$EJ_AKTUELLT', options: others },
      { kind: 'disableOptions', expression: anyOf(others), options: ['EJ_AKTUELLT'] },
      hiddenBySmittskydd,
    ],
    children: [freeText('44', '44.1', t('FRG_44.RBK'), [{ kind: 'show', expression: anyOf(others) }])],
  };
}

/** 25 "Övriga upplysningar", optional, of `maxLength` characters (the types' limits differ). */
export function ovrigt(t: TextLookup, maxLength: number): ElementSpec {
  return { id: '25', kind: 'textArea', fieldId: '25.1', label: t('FRG_25.RBK'), rules: [limit(maxLength)] };
}

/**
 * The contact question of KAT_9 (LISJP's 26, AG7804's 103): box `<id>.1` and, while ticked, an optional
 * reason `<id>.2`; neither is renewed, smittskydd hides both. `description` is the question's help, if any.
 */
export function kontakt(t: TextLookup, id: string, description?: string): ElementSpec {
  return {
    id,
    kind: 'checkboxBoolean',
    fieldId: `${id}.1`,
    label: t(`FRG_${id}.RBK`),
    fieldLabel: t(`DFR_${id}.1.RBK`),
    ...(description === undefined ? {} : { description }),
    includeWhenRenewing: false,
    rules: [hiddenBySmittskydd],
    children: [
      {
        ...freeText(`${id}.2`, `${id}.2`, t(`DFR_${id}.2.RBK`), [{ kind: 'show', expression: `$${id}.1` }]),
        includeWhenRenewing: false,
      },
    ],
  };
}

/** Where LISJP v1 and AG7804 v1 differ; every other element is built here from `t`. */
export interface Fk7804V1Slots {
  /** Webcert's yes/no labels, for 33. */
  readonly yesNo: YesNoLabels;
  /** 1, see `grund`. */
  readonly grund: ElementSpec;
  /** KAT_3's elements: the diagnoses, and for AG7804 question 100 before them. */
  readonly diagnosis: ElementSpec[];
  /** 32, see `behovAvSjukskrivning`. */
  readonly behovAvSjukskrivning: ElementSpec;
  /** 40, see `atgarder`. */
  readonly atgarder: ElementSpec;
  /** 25, see `ovrigt`. */
  readonly ovrigt: ElementSpec;
  /** KAT_9's one question, see `kontakt`. */
  readonly kontakt: ElementSpec;
}

/** The whole element list of an FK7804 v1-shaped model, in form order. */
export function fk7804V1Elements(t: TextLookup, slots: Fk7804V1Slots): ElementSpec[] {
  return [
    category(t, 'KAT_10', [avstangningSmittskydd(t)], t('KAT_10.HLP')),
    category(t, 'KAT_1', [slots.grund]),
    category(t, 'KAT_2', [sysselsattning(t)]),
    category(t, 'KAT_3', slots.diagnosis),
    category(t, 'KAT_4', [konsekvens(t, '35'), konsekvens(t, '17')]),
    category(t, 'KAT_5', [behandling(t, '19'), behandling(t, '20')]),
    category(t, 'KAT_6', [
      slots.behovAvSjukskrivning,
      { ...freeText('37', '37.1', t('FRG_37.RBK')), description: t('FRG_37.HLP') },
      arbetstidsforlaggning(t, slots.yesNo),
      { id: '34', kind: 'checkboxBoolean', fieldId: '34.1', label: t('FRG_34.RBK') },
      prognos(t),
    ]),
    category(t, 'KAT_7', [slots.atgarder]),
    category(t, 'KAT_8', [slots.ovrigt]),
    category(t, 'KAT_9', [slots.kontakt]),
    unitContactElement(),
  ];
}
