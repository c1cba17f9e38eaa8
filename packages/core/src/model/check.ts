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
import { checkTransport } from './check-transport.js';
import type { CodeOption, ElementSpec } from './element.js';
import { fieldRefsOfElement, supportsAttribute, visualAcuityCells, type FieldRef } from './field-ref.js';
import type { ModelProblem } from './model-problem.js';
import { checkPrintOptions } from './print-options.js';
import { checkSendNotes } from './send-notes.js';
import { checkMessageExchange } from './message-exchange.js';
import { checkSickLeaveDeclaration } from './sick-leave-declaration.js';
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
    const duplicateOptions = checkElement(element, (message) => report(element.id || undefined, message));
    for (const ref of fieldRefsOfElement(element)) {
      const existing = fields.get(ref.fieldId);
      // An option listed twice in one element is reported once, as a duplicate option.
      const reportedAsOption = existing?.elementId === element.id && duplicateOptions.has(ref.fieldId);
      if (existing !== undefined && !reportedAsOption) {
        const where = existing.elementId === element.id ? 'this element' : `element '${existing.elementId}'`;
        report(element.id, `Duplicate field id '${ref.fieldId}': already used by ${where}`);
      } else if (existing === undefined && ref.fieldId !== '') {
        fields.set(ref.fieldId, ref);
      }
    }
  }
  checkTransport(elementsInOrder, report);
  if (model.printOptions !== undefined) {
    checkPrintOptions(model.printOptions, elements, fields, (message, position) =>
      report(undefined, message, position),
    );
  }
  if (model.sickLeave !== undefined) {
    checkSickLeaveDeclaration(model.sickLeave, elements, (message) => report(undefined, message));
  }
  checkSendNotes(model, (message) => report(undefined, message));
  checkMessageExchange(model, (message) => report(undefined, message));
  for (const element of elementsInOrder) {
    if (element.kind === 'icf' && elements.get(element.diagnosesElementId)?.kind !== 'diagnoses') {
      report(element.id, `diagnosesElementId '${element.diagnosesElementId}' is not a diagnoses element`);
    }
  }

  const expressions = new Map<ExpressionRule, Expr>();
  const checkIds = new Map<string, string>();
  for (const element of elementsInOrder) {
    for (const rule of element.rules ?? []) {
      checkRuleShape(element, rule, (message) => report(element.id, message));
      if (rule.kind === 'check' && !isBlank(rule.id)) {
        const owner = checkIds.get(rule.id);
        if (owner === undefined) checkIds.set(rule.id, element.id);
        else {
          const where = owner === element.id ? 'this element' : `element '${owner}'`;
          report(element.id, `Duplicate check rule id '${rule.id}': already used by ${where}`);
        }
      }
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
        } else if (
          ref.attribute !== undefined &&
          !supportsAttribute(target, elements.get(target.elementId)?.kind, ref.attribute)
        ) {
          report(
            element.id,
            `The ${rule.kind} rule '${rule.expression}' uses '.${ref.attribute}' on '$${ref.fieldId}', which has no ` +
              `such attribute (.from/.to: period grades and date ranges; .days: dates, uncertain dates and ` +
              'checkbox-date options)',
            ref.span[0],
          );
        }
      }
    }
  }

  return { problems, elements, parents, categories, elementsInOrder, fields, expressions };
}

/** Reports the element's own problems; returns the option ids it lists more than once. */
function checkElement(element: ElementSpec, report: (message: string) => void): Set<string> {
  if (element.id === '') report('Element without id');
  if (element.kind === 'message') {
    if (isBlank(element.content)) report('Message element without content');
  } else if (element.kind !== 'unitContact' && isBlank(element.label)) {
    // The issuing unit's contact details have a fixed heading in the form; every other element needs its text.
    report(`${element.kind === 'category' ? 'Category' : 'Element'} without label`);
  }
  if ('fieldId' in element && element.fieldId === '') report('Element with an empty field id');
  const duplicateOptions = 'options' in element ? checkOptions(element.options, report) : new Set<string>();
  switch (element.kind) {
    case 'sickLeavePeriods':
      if (element.minPeriods > element.maxPeriods) {
        report(`minPeriods (${element.minPeriods}) is greater than maxPeriods (${element.maxPeriods})`);
      }
      break;
    case 'integer':
    case 'visualAcuity':
      if (element.min > element.max) report(`min (${element.min}) is greater than max (${element.max})`);
      if (element.kind === 'visualAcuity') {
        const cells: readonly string[] = visualAcuityCells(element.contactLenses);
        for (const cell of element.requiredCells) {
          if (!cells.includes(cell)) report(`Required cell '${cell}' is not a cell of the table`);
        }
      }
      break;
    case 'medicalInvestigationList':
      if (!Number.isInteger(element.maxRows) || element.maxRows < 1) {
        report(`maxRows must be a positive integer, was ${element.maxRows}`);
      }
      if (!Number.isInteger(element.sourceLimit) || element.sourceLimit < 1) {
        report(`sourceLimit must be a positive integer, was ${element.sourceLimit}`);
      }
      if (element.options.length === 0) report('Medical investigation list without options');
      break;
    case 'diagnoses':
      if (element.rows.length === 0) report('Diagnoses element without rows');
      if (element.codeSystems.length === 0) report('Diagnoses element without code systems');
      break;
    case 'icf':
      if (!Number.isInteger(element.maxCodes) || element.maxCodes < 1) {
        report(`maxCodes must be a positive integer, was ${element.maxCodes}`);
      }
      if (isBlank(element.collectionsLabel) || isBlank(element.modalLabel)) {
        report('ICF element needs its collectionsLabel and modalLabel');
      }
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
  return duplicateOptions;
}

/**
 * Options need an id and a label, ids are unique in the element (the model-wide uniqueness of field ids is
 * checked with the symbol table), and so are transport codes (`code`, default the id): two options with one
 * code could not be told apart when a certificate is read back. The same code in different elements is fine.
 */
function checkOptions(options: readonly CodeOption[], report: (message: string) => void): Set<string> {
  const ids = new Set<string>();
  const duplicates = new Set<string>();
  const codes = new Map<string, string>();
  options.forEach((option, index) => {
    if (isBlank(option.id)) report(`Option ${index + 1} has no id`);
    if (isBlank(option.label)) report(`Option '${option.id}' has no label`);
    if (isBlank(option.id)) return;
    if (ids.has(option.id)) {
      duplicates.add(option.id);
      report(`Duplicate option id '${option.id}'`);
      return;
    }
    ids.add(option.id);
    if (option.code !== undefined && isBlank(option.code)) report(`Option '${option.id}' has an empty code`);
    const code = option.code ?? option.id;
    const holder = codes.get(code);
    if (holder !== undefined) report(`Options '${holder}' and '${option.id}' have the same code '${code}'`);
    else codes.set(code, option.id);
  });
  return duplicates;
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
    case 'check':
      if (isBlank(rule.id)) report('A check rule without id');
      if (isBlank(rule.fieldId)) report(`The check rule '${rule.id}' has no fieldId`);
      if (isBlank(rule.message.sv) || isBlank(rule.message.en)) {
        report(`The check rule '${rule.id}' needs a message in Swedish and English`);
      }
      break;
    default:
      break;
  }
}

function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}
