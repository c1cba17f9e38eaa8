export * from './answers.js';
export * from './certificate-model.js';
export * from './type-lifecycle.js';
export * from './element.js';
export * from './rule.js';
export * from './transport.js';
export * from './field-ref.js';
export * from './model-problem.js';
export { checkModel } from './check.js';
export {
  compileModel,
  type CompiledModel,
  type CompiledRule,
  type CompiledExpressionRule,
  type CompiledTextLimitRule,
} from './compile.js';
export * from './parse-answers.js';
export * from './icf-answer.js';
export * from './icf-support.js';
export * from './print-options.js';
export * from './sick-leave-declaration.js';
export * from './renewal.js';
export * from './send-notes.js';
export * from './carry-over.js';
export * from './message-exchange.js';
export * from './transport-questions.js';
