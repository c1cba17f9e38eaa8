/**
 * AG7804 v2.0, "Läkarintyg om arbetsförmåga – arbetsgivaren", as certificate-service models it
 * (`$CSM/ag7804/`, domain.md §1.4 "v2.0").
 *
 * The element tree is FK7804 v2.0's (lisjp/2.0/model.ts: same ids, options, limits and rules) except:
 * - 100 "Önskar patienten förmedla information om diagnos/diagnoser till sin arbetsgivare?" before the
 *   diagnoses, mandatory; ticking 27.1 (smittbärarpenning) sets it to Ja and locks it, since the diagnosis
 *   of an infection-control certificate cannot be hidden;
 * - 6 is shown while 100 is Ja or unanswered, disabled while unanswered, and required only when 100 is Ja
 *   (certificate-service validates it only then);
 * - 103 "Kontakt med arbetsgivaren" and 103.2 replace FK7804's 26 and 26.2.
 * Certificate-service's pair of SHOW rules on 6 (`$100.1`, `empty($100.1)`) is one show rule with `||` here:
 * in this model every show rule must hold.
 */
import { KV_INTYGSTYP } from '@intyg/core';
import type { CertificateModel, ElementRule, ElementSpec } from '@intyg/core';
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
} from '../../lisjp/2.0/texts.js';
import { ag7804Texts as ag } from './texts.js';

const TEXT_LIMIT = 4000;
const limit = (n: number): ElementRule => ({ kind: 'textLimit', limit: n });

/** Ticking 27.1 (smittbärarpenning) hides every part of the form the employer does not need. */
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

const formedlaDiagnos: ElementSpec = {
  id: '100',
  kind: 'radioBoolean',
  fieldId: '100.1',
  label: ag.formedlaDiagnos,
  description: ag.formedlaDiagnosHelp,
  trueLabel: q.yes,
  falseLabel: q.no,
  rules: [
    { kind: 'mandatory', expression: 'exists($100.1)' },
    { kind: 'autoFill', expression: '$27.1', value: true },
    { kind: 'disable', expression: '$27.1' },
    // The server's side of the auto-fill: an answer that arrives with 27.1 ticked and 100 = Nej is refused
    // rather than signed with the diagnosis hidden.
    {
      kind: 'check',
      id: 'diagnosisShownWithSmittbararpenning',
      expression: '$27.1 && exists($100.1) && !$100.1',
      fieldId: '100.1',
      message: ag.diagnosisShownWithSmittbararpenning,
    },
  ],
};

const diagnos: ElementSpec = {
  id: '6',
  kind: 'diagnoses',
  label: q.diagnos,
  description: q.diagnosHelp,
  rows: [{ id: 'huvuddiagnos' }, { id: 'diagnos2' }, { id: 'diagnos3' }],
  codeSystems: [ICD_10_SE],
  descriptionLimit: 81,
  rules: [
    { kind: 'show', expression: '$100.1 || empty($100.1)' },
    { kind: 'disable', expression: 'empty($100.1)' },
    { kind: 'mandatory', expression: 'exists($huvuddiagnos) || empty($100.1)' },
  ],
};

/** ICF-assisted in certificate-service; here a text area (the ICF picker is not modelled yet). */
function mandatoryText(id: string, label: string, extra: { placeholder?: string } = {}): ElementSpec {
  return {
    id,
    kind: 'textArea',
    fieldId: `${id}.1`,
    label,
    ...extra,
    rules: [{ kind: 'mandatory', expression: `$${id}.1` }, limit(TEXT_LIMIT), hiddenBySmittbararpenning],
  };
}

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

const kontakt: ElementSpec = {
  id: '103',
  kind: 'checkboxBoolean',
  fieldId: '103.1',
  label: ag.kontakt,
  fieldLabel: ag.kontaktLabel,
  selectedText: q.yes,
  unselectedText: q.notGiven,
  includeWhenRenewing: false,
  rules: [hiddenBySmittbararpenning],
  children: [
    {
      id: '103.2',
      kind: 'textArea',
      fieldId: '103.2',
      label: ag.kontaktVarfor,
      includeWhenRenewing: false,
      rules: [{ kind: 'show', expression: '$103.1' }, limit(TEXT_LIMIT)],
    },
  ],
};

export const ag7804V2: CertificateModel = {
  type: 'ag7804',
  version: '2.0',
  typeCode: 'AG7804',
  formId: 'AG7804',
  name: 'Läkarintyg om arbetsförmåga – arbetsgivaren',
  description:
    'Läkarens bedömning av patientens arbetsförmåga för arbetsgivaren, när patienten har en anställning. Patienten skriver ut intyget och bestämmer om diagnosen ska visas.',
  // Never sent electronically: the patient prints it (domain.md §1.0, §1.4).
  recipient: null,
  transport: {
    typeCodeSystem: KV_INTYGSTYP,
    // KV intygstyp's name of AG7804, as `intyg/typ/displayName` carries it.
    typeDisplayName: 'Läkarintyg om arbetsförmåga – arbetsgivare',
    versions: ['2.0'],
  },
  activeFrom: '2025-08-05',
  elements: [
    category('KAT_1', [smittbararpenning]),
    category('KAT_2', [grund], true),
    category('KAT_3', [sysselsattning], true),
    category('KAT_4', [formedlaDiagnos, diagnos]),
    category(
      'KAT_5',
      [mandatoryText('35', q.funktionsnedsattning, { placeholder: q.funktionsnedsattningPlaceholder })],
      true,
    ),
    category('KAT_6', [mandatoryText('17', q.aktivitetsbegransning)], true),
    category('KAT_7', [medicinskBehandling], true),
    category('KAT_8', [nedsattning, langreAnBeslutsstod, transport, ojamnArbetstid]),
    category('KAT_9', [prognos], true),
    category('KAT_10', [atgarder], true),
    category('KAT_11', [ovrigt]),
    category('KAT_12', [kontakt], true),
    unitContactElement(),
  ],
};
