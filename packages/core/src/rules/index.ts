export * from './ast.js';
export { RuleSyntaxError } from './rule-syntax-error.js';
export { parseExpression } from './parser.js';
export { tokenize, type Token, type Punctuator } from './lexer.js';
export { isTruthy, type RuleValue, type Trace } from './trace.js';
export { resolveField, type FieldResolution, type FieldContext } from './field-value.js';
export { evaluateExpression, evaluateValue, type Evaluation, type EvaluationContext } from './evaluate.js';
export {
  evaluateForm,
  type ElementExplanation,
  type ElementState,
  type FormState,
  type RuleOutcome,
} from './form-state.js';
export { applyAutoFill, visibleAnswers } from './answers-transform.js';
export { mayHideOnPrint, isHideableOnPrint } from './print-hiding.js';
