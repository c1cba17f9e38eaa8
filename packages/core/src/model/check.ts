/**
 * Load-time checks of a certificate model. A model is data written by hand; everything that
 * would otherwise surface as a confusing runtime behaviour (a rule naming a field that does not
 * exist, an expression that does not parse) is reported here, with model, element and position.
 */
import type { Expr } from '../rules/ast.js';
import { fieldRefsOf } from '../rules/ast.js';
import { parseExpression } from '../rules/parser.js';
import { RuleSyntaxError } from '../rules/rule-syntax-error.js';
import { modelKey, type CertificateModel } from './certificate-model.js';
import type { CodeOption, ElementSpec } from './element.js';
import { fieldRefsOfElement, type FieldRef } from './field-ref.js';
import type { ModelProblem } from './model-problem.js';
import { hasExpression, type ElementRule, type ExpressionRule } from './rule.js';

/** Everything checkModel learns on its way, so compileModel need not walk or parse twice. */
export interface ModelAnalysis {
  readonly problems: readonly ModelProblem[];
  readonly elements: ReadonlyMap<string, ElementSpec>;
  readonly parents: ReadonlyMap<string, string>;
  readonly categories: ReadonlyMap<string, string>;
  readonly elementsInOrder: readonly ElementSpec[];
  readonly fields: ReadonlyMap<string, FieldRef>;
  /** The parsed expression of every expression rule that parsed. */
  readonly expressions: ReadonlyMap<ExpressionRule, Expr>;
}

export function checkModel(model: CertificateModel): ModelProblem[] {
  return [...analyzeModel(model).problems];
}

export function analyzeModel(model: CertificateModel): ModelAnalysis {
  const modelId = modelKey(model);
  const problems: ModelProblem[] = [];
  const report = (elementId: string | undefined, message: string, position?: number): void => {
    const base = elementId === undefined ? { modelId, message } : { modelId, elementId, message };
    problems.push(position === undefined ? base : { ...base, position });
  };

  const elements = new Map<string, ElementSpec>();
  const parents = new Map<string, string>();
  const categories = new Map<string, string>();
  const elementsInOrder: ElementSpec[] = [];
  const visit = (element: ElementSpec, parent: ElementSpec | undefined, category: string | undefined): void => {
    if (elements.has(element.id)) report(element.id, `Duplicate element id '${element.id}'`);
    else elements.set(element.id, element);
    elementsInOrder.push(element);
    if (parent !== undefined) parents.set(element.id, parent.id);
    if (category !== undefined) categories.set(element.id, category);
    const childCategory = element.kind === 'category' ? element.id : category;
    for (const child of element.children ?? []) visit(child, element, childCategory);
  };
  for (const element of model.elements) visit(element, undefined, undefined);

  const fields = new Map<string, FieldRef>();
  for (const element of elementsInOrder) {
    checkElement(element, (message) => report(element.id || undefined, message));
    for (const ref of fieldRefsOfElement(element)) {
      const existing = fields.get(ref.fieldId);
      if (existing !== undefined) {
        const where = existing.elementId === element.id ? 'this element' : `element '${existing.elementId}'`;
        report(element.id, `Duplicate field id '${ref.fieldId}': already used by ${where}`);
      } else if (ref.fieldId !== '') {
        fields.set(ref.fieldId, ref);
      }
    }
  }

  const expressions = new Map<ExpressionRule, Expr>();
  for (const element of elementsInOrder) {
    for (const rule of element.rules ?? []) {
      checkRuleShape(element, rule, (message) => report(element.id, message));
      if (!hasExpression(rule)) continue;
      let expr: Expr;
      try {
        expr = parseExpression(rule.expression);
      } catch (error) {
        if (!(error instanceof RuleSyntaxError)) throw error;
        report(element.id, `Syntax error in ${rule.kind} rule '${rule.expression}': ${error.message}`, error.position);
        continue;
      }
      expressions.set(rule, expr);
      for (const ref of fieldRefsOf(expr)) {
        const target = fields.get(ref.fieldId);
        if (target === undefined) {
          report(
            element.id,
            `The ${rule.kind} rule '${rule.expression}' names an unknown field '$${ref.fieldId}'`,
            ref.span[0],
          );
        } else if (ref.attribute !== undefined && target.kind !== 'period') {
          report(
            element.id,
            `The ${rule.kind} rule '${rule.expression}' uses '.${ref.attribute}' on '$${ref.fieldId}', ` +
              'but date attributes exist only on sick-leave period grades',
            ref.span[0],
          );
        }
      }
    }
  }

  return { problems, elements, parents, categories, elementsInOrder, fields, expressions };
}

function checkElement(element: ElementSpec, report: (message: string) => void): void {
  if (element.id === '') report('Element without id');
  if (element.kind === 'message') {
    if (isBlank(element.content)) report('Message element without content');
  } else if (isBlank(element.label)) {
    report(`${element.kind === 'category' ? 'Category' : 'Element'} without label`);
  }
  if ('fieldId' in element && element.fieldId === '') report('Element with an empty field id');
  if ('options' in element) checkOptions(element.options, report);
  switch (element.kind) {
    case 'sickLeavePeriods':
      if (element.minPeriods > element.maxPeriods) {
        report(`minPeriods (${element.minPeriods}) is greater than maxPeriods (${element.maxPeriods})`);
      }
      break;
    case 'integer':
      if (element.min > element.max) report(`min (${element.min}) is greater than max (${element.max})`);
      break;
    case 'diagnoses':
      if (element.rows.length === 0) report('Diagnoses element without rows');
      if (element.codeSystems.length === 0) report('Diagnoses element without code systems');
      break;
    case 'checkboxCodeList':
      for (const code of element.exclusiveOptions ?? []) {
        if (!element.options.some((o) => o.id === code))
          report(`Exclusive option '${code}' is not an option of the element`);
      }
      break;
    default:
      break;
  }
}

function checkOptions(options: readonly CodeOption[], report: (message: string) => void): void {
  options.forEach((option, index) => {
    if (isBlank(option.id)) report(`Option ${index + 1} has no id`);
    if (isBlank(option.label)) report(`Option '${option.id}' has no label`);
  });
}

function checkRuleShape(element: ElementSpec, rule: ElementRule, report: (message: string) => void): void {
  switch (rule.kind) {
    case 'textLimit':
      if (!Number.isInteger(rule.limit) || rule.limit <= 0)
        report(`textLimit must be a positive integer, was ${rule.limit}`);
      break;
    case 'disableOptions': {
      const options = 'options' in element ? element.options : [];
      for (const code of rule.options) {
        if (!options.some((o) => o.id === code)) {
          report(`The disableOptions rule names '${code}', which is not an option of the element`);
        }
      }
      break;
    }
    case 'autoFill':
      if (element.kind !== 'checkboxBoolean' && element.kind !== 'radioBoolean') {
        report(`An autoFill rule needs a boolean element, but this element is a ${element.kind}`);
      }
      break;
    default:
      break;
  }
}

function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}
