/**
 * Rules that belong to our editor, not to the certificate type's contract with its recipient. They keep
 * drafts written here within Webcert's limits, but a certificate signed in another system and registered
 * here (RIV-TA RegisterCertificate) is not judged by them: the recipient would have accepted it.
 */
import type { ValidationRuleId } from './validation-error.js';

export const EDITOR_ONLY_RULE_IDS: readonly ValidationRuleId[] = [
  // The diagnosis description limit (81 in the legacy FK and AG types) is the size of Webcert's input
  // field; the recipients' Schematron sets no limit on the description delsvar.
  'diagnoses.descriptionLimit',
];
