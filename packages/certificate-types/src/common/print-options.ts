/**
 * Print customisation of the employer's certificates (AG7804, AG1-14): the patient decides whether the
 * printout shows the diagnosis, and nothing else can be left out (domain.md §1.4, §1.5, §7.1: Mina intyg's
 * "Anpassa intyget för utskrift" — "Visa diagnos" / "Dölj diagnos").
 */
import type { PrintOptions } from '@intyg/core';

/** certificate-service's replacement text where the diagnosis is not shown (AG1-14 v2.0, domain.md §1.5). */
export const DIAGNOSIS_HIDDEN_NOTICE = 'På patientens begäran uppges inte diagnos.';

/**
 * The diagnoses element `diagnosisId` may be left out while `allowedWhen` holds: the patient chose to share
 * the diagnosis with the employer in the certificate (otherwise the model's rules already hide it), and,
 * where the type has it, the certificate is not about infection control (smittbärarpenning), whose
 * diagnosis cannot be hidden.
 */
export function diagnosisHideableWhen(diagnosisId: string, allowedWhen: string): PrintOptions {
  return { hideableElements: [diagnosisId], allowedWhen, hiddenNotice: DIAGNOSIS_HIDDEN_NOTICE };
}
