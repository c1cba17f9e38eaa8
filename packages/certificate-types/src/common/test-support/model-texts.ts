/**
 * What the per-type text tests inspect: every element of a tree, and every human-readable string an element
 * shows, so a test can require each to be an official text (or a declared Webcert text).
 */
import type { ElementSpec } from '@intyg/core';

/** The elements of a tree, depth first in display order. */
export function allElements(elements: readonly ElementSpec[]): ElementSpec[] {
  return elements.flatMap((element) => [element, ...allElements(element.children ?? [])]);
}

/** Every human-readable string of an element, with where it sits; check-rule messages (ours for most types) apart. */
export function shownTexts(element: ElementSpec): [string, string][] {
  const found: [string, string][] = [];
  const add = (what: string, text: string | undefined) => {
    if (text !== undefined) found.push([`${element.id}.${what}`, text]);
  };
  add('label', element.label);
  add('description', element.description);
  if ('fieldLabel' in element) add('fieldLabel', element.fieldLabel);
  if ('placeholder' in element) add('placeholder', element.placeholder);
  if ('options' in element) for (const option of element.options) add(`option ${option.id}`, option.label);
  switch (element.kind) {
    case 'radioBoolean':
      add('trueLabel', element.trueLabel);
      add('falseLabel', element.falseLabel);
      break;
    case 'checkboxBoolean':
      add('selected', element.selectedText);
      add('unselected', element.unselectedText);
      break;
    case 'diagnoses':
      add('codeLabel', element.codeLabel);
      add('descriptionLabel', element.descriptionLabel);
      break;
    case 'integer':
      add('unit', element.unit);
      break;
    case 'dateRange':
      add('fromLabel', element.fromLabel);
      add('toLabel', element.toLabel);
      break;
    case 'visualAcuity':
      for (const [key, text] of Object.entries(element.labels)) add(key, text);
      break;
    case 'medicalInvestigationList':
      add('typeLabel', element.typeLabel);
      add('dateLabel', element.dateLabel);
      add('sourceLabel', element.sourceLabel);
      break;
    case 'message':
      add('content', element.content);
      break;
    default:
      break;
  }
  return found;
}

/** `shownTexts` and the messages of the element's check rules, for types whose check messages are Webcert's. */
export function shownTextsWithChecks(element: ElementSpec): [string, string][] {
  const checks = (element.rules ?? []).flatMap((rule): [string, string][] =>
    rule.kind === 'check' ? [[`${element.id}.check ${rule.id}`, rule.message.sv]] : [],
  );
  return [...shownTexts(element), ...checks];
}
