/**
 * AG7804 v2.0, "Läkarintyg om arbetsförmåga – arbetsgivaren", as certificate-service models it
 * (`$CSM/ag7804/`, domain.md §1.4 "v2.0").
 *
 * The element tree is FK7804 v2.0's (lisjp/2.0/elements.ts: same ids, options, limits and rules) except:
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
import { AG7804_LIFECYCLE } from '../../common/type-lifecycles.js';
import { AG7804_SICK_LEAVE } from '../../common/sick-leave.js';
import type { CertificateModel, ElementSpec } from '@intyg/core';
import { contactElement, diagnosesElement, fk7804V2Elements } from '../../lisjp/2.0/elements.js';
import { questionTexts as q } from '../../lisjp/2.0/texts.js';
import { diagnosisHideableWhen } from '../../common/print-options.js';
import { ag7804Texts as ag } from './texts.js';

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

const diagnos = diagnosesElement([
  { kind: 'show', expression: '$100.1 || empty($100.1)' },
  { kind: 'disable', expression: 'empty($100.1)' },
  { kind: 'mandatory', expression: 'exists($huvuddiagnos) || empty($100.1)' },
]);

const kontakt = contactElement('103', {
  label: ag.kontakt,
  fieldLabel: ag.kontaktLabel,
  reasonLabel: ag.kontaktVarfor,
  printed: { selectedText: q.yes, unselectedText: q.notGiven },
});

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
  lifecycle: AG7804_LIFECYCLE,
  transport: {
    typeCodeSystem: KV_INTYGSTYP,
    // KV intygstyp's name of AG7804, as `intyg/typ/displayName` carries it.
    typeDisplayName: 'Läkarintyg om arbetsförmåga – arbetsgivare',
    versions: ['2.0'],
  },
  activeFrom: '2025-08-05',
  sickLeave: AG7804_SICK_LEAVE,
  elements: fk7804V2Elements({ diagnosis: [formedlaDiagnos, diagnos], contact: kontakt }),
  // Citizen functions (§1.4): the diagnosis may be hidden when 100 is Ja and not for smittbärarpenning.
  printOptions: diagnosisHideableWhen('6', '$100.1 && !$27.1'),
};
