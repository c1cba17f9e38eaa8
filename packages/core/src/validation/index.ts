export {
  VALIDATION_RULE_IDS,
  type BuiltinValidationRuleId,
  type CheckRuleId,
  type LocalizedText,
  type ValidationError,
  type ValidationRuleId,
} from './validation-error.js';
export { validateCertificate, type ValidateOptions } from './validate-certificate.js';
export { EDITOR_ONLY_RULE_IDS } from './editor-only-rules.js';
export { validateElementValue, mandatoryTarget, type MandatoryTarget } from './validate-element.js';
export type { ElementValidationContext } from './context.js';
export { normalizeDiagnosisCode } from './validate-diagnoses.js';
export { messages as validationMessages } from './messages.js';
