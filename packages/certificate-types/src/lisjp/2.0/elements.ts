/**
 * The element tree of FK7804 v2.0 (domain.md §1.3.b), which certificate-service also builds AG7804 v2.0
 * from (domain.md §1.4 "v2.0"). Both models compose from this module: lisjp/2.0/model.ts and
 * ag7804/2.0/model.ts.
 *
 * Contract: `fk7804V2Elements(slots)` returns categories KAT_1–KAT_12 and the unit's contact information,
 * with FK7804 v2.0's ids, options, limits, rules and texts (lisjp/2.0/texts.ts). The two places where the
 * types differ are slots: what category KAT_4 holds around the diagnoses, and the contact question of
 * KAT_12. `diagnosesElement` and `contactElement` build those from the parts the types share.
 *
 * Element ids, field ids, option codes and rule expressions are certificate-service's, so that rule traces,
 * error positions and transport mappings line up with Webcert. Where §1.3.b says only "mandatory", the
 * expression follows certificate-service's factory helpers (§1.1).
 */
import type { ElementRule, ElementSpec, IcfAspect } from '@intyg/core';
import {
  ICD_10_SE,
  KV_FKMU_0001,
  KV_FKMU_0002,
  KV_FKMU_0003,
  KV_FKMU_0006,
  SICK_LEAVE_GRADES,
  SYSSELSATTNING_CODES,
  anyExists,
  anyOf,
  codeOptions,
} from '../../common/code-systems.js';
import { unitContactElement } from '../../common/unit-contact.js';
import {
  categoryLabels,
  gradeLabels,
  grundLabels,
  prognosLabels,
  questionTexts as q,
  sysselsattningLabels,
} from './texts.js';

const TEXT_LIMIT = 4000;
const limit = (n: number): ElementRule => ({ kind: 'textLimit', limit: n });

/** Ticking 27.1 (smittbärarpenning) hides every part of the form the recipient does not need. */
const hiddenBySmittbararpenning: ElementRule = { kind: 'hide', expression: '$27.1' };

const GRUND_CODES = ['FYSISKUNDERSOKNING', 'DIGITALUNDERSOKNING', 'TELEFONKONTAKT', 'JOURNALUPPGIFTER', 'ANNAT'];
const PROGNOS_CODES = ['STOR_SANNOLIKHET', 'ATER_X_ANTAL_MANADER', 'SANNOLIKT_INTE', 'PROGNOS_OKLAR'];
const GRADE_CODES = SICK_LEAVE_GRADES.map((grade) => grade.id);

const labelIn = (labels: Readonly<Record<string, string>>) => (code: string) => labels[code] ?? '';

function category(id: keyof typeof categoryLabels, children: ElementSpec[], hidden = false): ElementSpec {
  return {
    id,
    kind: 'category',
    label: categoryLabels[id],
    ...(hidden ? { rules: [hiddenBySmittbararpenning] } : {}),
    children,
  };
}

const smittbararpenning: ElementSpec = {
  id: '27',
  kind: 'checkboxBoolean',
  fieldId: '27.1',
  label: q.smittbararpenning,
  selectedText: q.yes,
  unselectedText: q.notGiven,
};

const grund: ElementSpec = {
  id: '1',
  kind: 'checkboxDateList',
  label: q.grund,
  options: codeOptions(KV_FKMU_0001, GRUND_CODES, labelIn(grundLabels)),
  maxDaysFromToday: 0,
  includeWhenRenewing: false,
  rules: [{ kind: 'mandatory', expression: anyOf(GRUND_CODES) }, hiddenBySmittbararpenning],
  children: [
    {
      id: '1.3',
      transport: { kind: 'value', svarId: '1', delsvarId: '1.3', inInstanceOf: 'ANNAT' },
      kind: 'textField',
      fieldId: '1.3',
      label: q.annatGrund,
      includeWhenRenewing: false,
      rules: [{ kind: 'show', expression: '$ANNAT' }, { kind: 'mandatory', expression: '$1.3' }, limit(50)],
    },
  ],
};

const sysselsattning: ElementSpec = {
  id: '28',
  kind: 'checkboxCodeList',
  label: q.sysselsattning,
  options: codeOptions(KV_FKMU_0002, SYSSELSATTNING_CODES, labelIn(sysselsattningLabels)),
  maxSelected: 4,
  rules: [{ kind: 'mandatory', expression: anyExists(SYSSELSATTNING_CODES) }, hiddenBySmittbararpenning],
  children: [
    {
      id: '29',
      kind: 'textArea',
      fieldId: '29.1',
      label: q.yrke,
      rules: [
        { kind: 'show', expression: '$NUVARANDE_ARBETE' },
        { kind: 'mandatory', expression: '$29.1' },
        limit(TEXT_LIMIT),
      ],
    },
  ],
};

/** Question 6, the diagnoses, with the rules of the type using it (they differ: AG7804 lets 100 gate it). */
export function diagnosesElement(rules: ElementRule[]): ElementSpec {
  return {
    id: '6',
    kind: 'diagnoses',
    label: q.diagnos,
    description: q.diagnosHelp,
    rows: [{ id: 'huvuddiagnos' }, { id: 'diagnos2' }, { id: 'diagnos3' }],
    codeSystems: [ICD_10_SE],
    descriptionLimit: 81,
    rules,
  };
}

/** ICF-assisted in certificate-service; here a text area (the ICF picker is not modelled yet). */
/** The most ICF codes one question keeps: more than FMB offers for three diagnoses together. */
const MAX_ICF_CODES = 40;

/**
 * Questions 35 and 17: mandatory free text with ICF support (domain.md §6.2); the codes offered are those
 * FMB lists for the diagnoses of question 6.
 */
function icfQuestion(
  id: string,
  aspect: IcfAspect,
  texts: { label: string; modalLabel: string; collectionsLabel: string; placeholder?: string },
): ElementSpec {
  return {
    id,
    kind: 'icf',
    fieldId: `${id}.1`,
    aspect,
    diagnosesElementId: '6',
    maxCodes: MAX_ICF_CODES,
    ...texts,
    rules: [{ kind: 'mandatory', expression: `$${id}.1` }, limit(TEXT_LIMIT), hiddenBySmittbararpenning],
  };
}

const funktionsnedsattning = icfQuestion('35', 'functionalImpairment', {
  label: q.funktionsnedsattning,
  modalLabel: q.funktionsnedsattningModal,
  collectionsLabel: q.funktionsnedsattningCollections,
  placeholder: q.funktionsnedsattningPlaceholder,
});

const aktivitetsbegransning = icfQuestion('17', 'activityLimitation', {
  label: q.aktivitetsbegransning,
  modalLabel: q.aktivitetsbegransningModal,
  collectionsLabel: q.aktivitetsbegransningCollections,
});

const medicinskBehandling: ElementSpec = {
  id: '19',
  kind: 'textArea',
  fieldId: '19.1',
  label: q.medicinskBehandling,
  fieldLabel: q.medicinskBehandlingLabel,
  rules: [limit(TEXT_LIMIT), hiddenBySmittbararpenning],
};

const startsMoreThanAWeekBack = GRADE_CODES.map((grade) => `($${grade}.from < -7)`).join(' || ');

const nedsattning: ElementSpec = {
  id: '32',
  kind: 'sickLeavePeriods',
  label: q.nedsattning,
  description: q.nedsattningHelp,
  options: SICK_LEAVE_GRADES.map(({ id, percent }) => ({
    id,
    label: gradeLabels[id] ?? '',
    codeSystem: KV_FKMU_0003,
    percent,
  })),
  minPeriods: 1,
  maxPeriods: 4,
  includeWhenRenewing: false,
  // An incomplete period is the period check's error, not a missing answer: hence exists().
  rules: [{ kind: 'mandatory', expression: anyExists(GRADE_CODES) }],
  children: [
    {
      id: 'earlyStartDate',
      kind: 'message',
      level: 'observe',
      content: q.earlyStartDate,
      rules: [{ kind: 'show', expression: startsMoreThanAWeekBack }],
    },
  ],
};

const langreAnBeslutsstod: ElementSpec = {
  id: '37',
  kind: 'textArea',
  fieldId: '37.1',
  label: q.langreAnBeslutsstod,
  rules: [limit(TEXT_LIMIT), hiddenBySmittbararpenning],
};

const transport: ElementSpec = {
  id: '34',
  kind: 'checkboxBoolean',
  fieldId: '34.1',
  label: q.transport,
  fieldLabel: q.transportLabel,
  rules: [hiddenBySmittbararpenning],
};

const ojamnArbetstid: ElementSpec = {
  id: '33',
  kind: 'radioBoolean',
  fieldId: '33.1',
  label: q.ojamnArbetstid,
  trueLabel: q.yes,
  falseLabel: q.no,
  rules: [
    { kind: 'show', expression: 'exists($HALFTEN) || exists($TRE_FJARDEDEL) || exists($EN_FJARDEDEL)' },
    { kind: 'mandatory', expression: 'exists($33.1)' },
  ],
  children: [
    {
      id: '33.2',
      kind: 'textArea',
      fieldId: '33.2',
      label: q.ojamnArbetstidSkal,
      rules: [{ kind: 'show', expression: '$33.1' }, { kind: 'mandatory', expression: '$33.2' }, limit(TEXT_LIMIT)],
    },
  ],
};

const prognos: ElementSpec = {
  id: '39',
  kind: 'radioCode',
  fieldId: '39.1',
  label: q.prognos,
  description: q.prognosHelp,
  options: codeOptions(KV_FKMU_0006, PROGNOS_CODES, labelIn(prognosLabels)),
  includeWhenRenewing: false,
  rules: [{ kind: 'mandatory', expression: anyExists(PROGNOS_CODES) }, hiddenBySmittbararpenning],
  children: [
    {
      id: '39.4',
      kind: 'integer',
      fieldId: '39.4',
      label: q.antalManader,
      min: 1,
      max: 99,
      includeWhenRenewing: false,
      rules: [
        { kind: 'show', expression: '$ATER_X_ANTAL_MANADER' },
        { kind: 'mandatory', expression: 'exists($39.4)' },
      ],
    },
    {
      id: '39.2',
      kind: 'textArea',
      fieldId: '39.2',
      label: q.grundForBedomning,
      includeWhenRenewing: false,
      rules: [
        { kind: 'show', expression: '$PROGNOS_OKLAR' },
        { kind: 'mandatory', expression: '$39.2' },
        limit(TEXT_LIMIT),
      ],
    },
  ],
};

const atgarder: ElementSpec = {
  id: '44',
  kind: 'textArea',
  fieldId: '44.1',
  label: q.atgarder,
  fieldLabel: q.atgarderLabel,
  rules: [limit(TEXT_LIMIT), hiddenBySmittbararpenning],
};

const ovrigt: ElementSpec = {
  id: '25',
  kind: 'textArea',
  fieldId: '25.1',
  label: q.ovrigt,
  rules: [limit(TEXT_LIMIT)],
};

export interface ContactTexts {
  readonly label: string;
  readonly fieldLabel: string;
  /** Label of the free text `<id>.2`, shown while the box is ticked. */
  readonly reasonLabel: string;
  /** How a ticked and an unticked box read on the printed certificate, where the type states it. */
  readonly printed?: { readonly selectedText: string; readonly unselectedText: string };
}

/**
 * The contact question of KAT_12: a box `<id>.1` ("contact me") and, while it is ticked, an optional reason
 * `<id>.2`. Neither is renewed, and smittbärarpenning hides both.
 */
export function contactElement(id: string, texts: ContactTexts): ElementSpec {
  return {
    id,
    kind: 'checkboxBoolean',
    fieldId: `${id}.1`,
    label: texts.label,
    fieldLabel: texts.fieldLabel,
    ...texts.printed,
    includeWhenRenewing: false,
    rules: [hiddenBySmittbararpenning],
    children: [
      {
        id: `${id}.2`,
        kind: 'textArea',
        fieldId: `${id}.2`,
        label: texts.reasonLabel,
        includeWhenRenewing: false,
        rules: [{ kind: 'show', expression: `$${id}.1` }, limit(TEXT_LIMIT)],
      },
    ],
  };
}

/** Where FK7804 v2.0 and AG7804 v2.0 differ; everything else is the same elements. */
export interface Fk7804V2Slots {
  /** KAT_4's elements: the diagnoses, and for AG7804 question 100 before them. */
  readonly diagnosis: ElementSpec[];
  /** KAT_12's one question (FK7804's 26, AG7804's 103). */
  readonly contact: ElementSpec;
}

/** The whole element list of an FK7804 v2.0-shaped model, in form order. */
export function fk7804V2Elements(slots: Fk7804V2Slots): ElementSpec[] {
  return [
    category('KAT_1', [smittbararpenning]),
    category('KAT_2', [grund], true),
    category('KAT_3', [sysselsattning], true),
    category('KAT_4', slots.diagnosis),
    category('KAT_5', [funktionsnedsattning], true),
    category('KAT_6', [aktivitetsbegransning], true),
    category('KAT_7', [medicinskBehandling], true),
    category('KAT_8', [nedsattning, langreAnBeslutsstod, transport, ojamnArbetstid]),
    category('KAT_9', [prognos], true),
    category('KAT_10', [atgarder], true),
    category('KAT_11', [ovrigt]),
    category('KAT_12', [slots.contact], true),
    unitContactElement(),
  ];
}
