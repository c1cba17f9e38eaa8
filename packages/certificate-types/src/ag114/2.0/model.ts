/**
 * AG1-14 v2.0, "Läkarintyg om arbetsförmåga – sjuklöneperioden", as certificate-service models it
 * (`$CSM/ag114/`, domain.md §1.5 "AG114 v2.0"). For day 1–14 of a sick-leave case, when the employer pays
 * sick pay; printed by the patient, never sent.
 *
 * Element ids, field ids, option codes and rule expressions are certificate-service's. Its pair of SHOW
 * rules on 4 (`$3.1`, `empty($3.1)`) is one show rule with `||` here: in this model every show rule must
 * hold. Free texts have no limit but 10.3's (50), as there.
 */
import { KV_INTYGSTYP } from '@intyg/core';
import { AG114_LIFECYCLE } from '../../common/type-lifecycles.js';
import type { CertificateModel, ElementSpec } from '@intyg/core';
import { ICD_10_SE, KV_FKMU_0001, anyOf, codeOptions } from '../../common/code-systems.js';
import { unitContactElement } from '../../common/unit-contact.js';
import { diagnosisHideableWhen } from '../../common/print-options.js';
import { grundLabels } from '../../lisjp/2.0/texts.js';
import { categoryLabels, questionTexts as q } from './texts.js';

const GRUND_CODES = ['FYSISKUNDERSOKNING', 'DIGITALUNDERSOKNING', 'TELEFONKONTAKT', 'JOURNALUPPGIFTER', 'ANNAT'];

function category(id: keyof typeof categoryLabels, children: ElementSpec[], description?: string): ElementSpec {
  return {
    id,
    kind: 'category',
    label: categoryLabels[id],
    ...(description === undefined ? {} : { description }),
    children,
  };
}

/** Free text `<id>.1`, always required, without limit. */
function mandatoryText(id: string, label: string, description?: string): ElementSpec {
  return {
    id,
    kind: 'textArea',
    fieldId: `${id}.1`,
    label,
    ...(description === undefined ? {} : { description }),
    rules: [{ kind: 'mandatory', expression: `$${id}.1` }],
  };
}

/** Mandatory Ja/Nej question `<id>.1`. */
function yesNoQuestion(
  id: string,
  label: string,
  extra: { description?: string; children?: ElementSpec[] } = {},
): ElementSpec {
  return {
    id,
    kind: 'radioBoolean',
    fieldId: `${id}.1`,
    label,
    ...(extra.description === undefined ? {} : { description: extra.description }),
    trueLabel: q.yes,
    falseLabel: q.no,
    rules: [{ kind: 'mandatory', expression: `exists($${id}.1)` }],
    ...(extra.children === undefined ? {} : { children: extra.children }),
  };
}

/** Free text `id` (a sub-answer: 6.2, 9.2), shown and required while `shownWhen` holds; no limit. */
function dependentText(id: string, shownWhen: string, label: string, description?: string): ElementSpec {
  return {
    id,
    kind: 'textArea',
    fieldId: id,
    label,
    ...(description === undefined ? {} : { description }),
    rules: [
      { kind: 'show', expression: shownWhen },
      { kind: 'mandatory', expression: `$${id}` },
    ],
  };
}

const grund: ElementSpec = {
  id: '10',
  kind: 'checkboxDateList',
  label: q.grund,
  options: codeOptions(KV_FKMU_0001, GRUND_CODES, (code) => grundLabels[code] ?? ''),
  maxDaysFromToday: 0,
  rules: [{ kind: 'mandatory', expression: anyOf(GRUND_CODES) }],
  children: [
    {
      id: '10.3',
      transport: { kind: 'value', svarId: '10', delsvarId: '10.3', inInstanceOf: 'ANNAT' },
      kind: 'textField',
      fieldId: '10.3',
      label: q.annatGrund,
      rules: [
        { kind: 'show', expression: '$ANNAT' },
        { kind: 'mandatory', expression: '$10.3' },
        { kind: 'textLimit', limit: 50 },
      ],
    },
  ],
};

const sysselsattning = mandatoryText('1', q.sysselsattning);

const formedlaDiagnos = yesNoQuestion('3', q.formedlaDiagnos, { description: q.formedlaDiagnosHelp });

/** Shown while 3 is Ja or unanswered, disabled while unanswered, required (and validated) only when 3 is Ja. */
const diagnos: ElementSpec = {
  id: '4',
  kind: 'diagnoses',
  label: q.diagnos,
  description: q.diagnosHelp,
  rows: [{ id: 'huvuddiagnos' }, { id: 'diagnos2' }, { id: 'diagnos3' }],
  codeSystems: [ICD_10_SE],
  descriptionLimit: 81,
  rules: [
    { kind: 'show', expression: '$3.1 || empty($3.1)' },
    { kind: 'disable', expression: 'empty($3.1)' },
    { kind: 'mandatory', expression: 'exists($huvuddiagnos) || empty($3.1)' },
  ],
};

const arbetsformaga = mandatoryText('5', q.arbetsformaga, q.arbetsformagaHelp);

const finnsArbetsformaga = yesNoQuestion('6', q.finnsArbetsformaga, {
  children: [dependentText('6.2', '$6.1', q.beskrivArbetsformagan, q.beskrivArbetsformaganHelp)],
});

const procent: ElementSpec = {
  id: '7',
  kind: 'integer',
  fieldId: '7.1',
  label: q.procent,
  min: 1,
  max: 100,
  rules: [{ kind: 'mandatory', expression: 'exists($7.1)' }],
};

/** Travels beside 7.1 in svar 7 (delsvar 7.2, a datePeriod). */
const period: ElementSpec = {
  id: '7.2',
  kind: 'dateRange',
  fieldId: '7.2',
  label: q.period,
  fromLabel: q.periodFrom,
  toLabel: q.periodTo,
  // Complete and in order; a half-filled range is the range check's error, not a missing answer.
  rules: [{ kind: 'mandatory', expression: '$7.2' }],
};

const periodAlert: ElementSpec = {
  id: 'messageArbetsformaga',
  kind: 'message',
  level: 'info',
  content: q.periodAlert,
  rules: [{ kind: 'show', expression: '($7.2.to - $7.2.from) >= 14' }],
};

const ovrigt: ElementSpec = {
  id: '8',
  kind: 'textArea',
  fieldId: '8.1',
  label: q.ovrigt,
};

const kontakt: ElementSpec = {
  id: '9',
  kind: 'checkboxBoolean',
  fieldId: '9.1',
  label: q.kontakt,
  fieldLabel: q.kontaktLabel,
  selectedText: q.yes,
  unselectedText: q.notGiven,
  children: [dependentText('9.2', '$9.1', q.kontaktVarfor)],
};

export const ag114V2: CertificateModel = {
  type: 'ag114',
  version: '2.0',
  typeCode: 'AG1-14',
  formId: 'AG1-14',
  name: 'Läkarintyg om arbetsförmåga – sjuklöneperioden',
  description:
    'Läkarens bedömning av patientens arbetsförmåga under sjuklöneperioden, de 14 första dagarna i sjukfallet, när patienten har en anställning. Patienten skriver ut intyget till arbetsgivaren.',
  // Never sent electronically: the patient prints it (domain.md §1.0, §1.5).
  recipient: null,
  lifecycle: AG114_LIFECYCLE,
  transport: {
    typeCodeSystem: KV_INTYGSTYP,
    // KV intygstyp's name of AG1-14, as `intyg/typ/displayName` carries it.
    typeDisplayName: 'Läkarintyg om arbetsförmåga – sjuklöneperiod',
    versions: ['2.0'],
  },
  activeFrom: '2025-08-05',
  elements: [
    category('KAT_1', [grund]),
    category('KAT_2', [sysselsattning]),
    category('KAT_3', [formedlaDiagnos, diagnos]),
    category('KAT_4', [arbetsformaga, finnsArbetsformaga]),
    category('KAT_5', [procent, period, periodAlert], q.bedomningHelp),
    category('KAT_6', [ovrigt]),
    category('KAT_7', [kontakt]),
    unitContactElement(),
  ],
  // The patient may hide the diagnosis when 3 is Ja (§1.5, §7.1); AG1-14 has no smittbärarpenning.
  printOptions: diagnosisHideableWhen('4', '$3.1'),
};
