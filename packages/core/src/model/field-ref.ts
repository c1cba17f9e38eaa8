/**
 * The symbol table behind `$fieldId` in rule expressions: what each field id in a model
 * refers to. Field ids are unique in a model (checkModel reports duplicates).
 */
import type { ElementSpec, VisualAcuityCell } from './element.js';
import type { FieldAttribute } from '../rules/ast.js';

export type FieldRef =
  /**
   * An element's own value via its `fieldId`: text, boolean, date, integer, year, uncertain date, or the
   * selected code of a radio/dropdown. `.days` on a date or a complete uncertain date.
   */
  | { readonly kind: 'value'; readonly fieldId: string; readonly elementId: string }
  /** An option of a checkbox code list, radio or dropdown: true while selected. */
  | { readonly kind: 'option'; readonly fieldId: string; readonly elementId: string; readonly optionId: string }
  /** An option of a checkbox date list: true while ticked (a row with that code exists); `.days` is its date. */
  | { readonly kind: 'dateOption'; readonly fieldId: string; readonly elementId: string; readonly optionId: string }
  /** A grade of a sick-leave period list; supports `.from`/`.to`. */
  | { readonly kind: 'period'; readonly fieldId: string; readonly elementId: string; readonly optionId: string }
  /** A diagnosis row: row `rowIndex` of the element's answer. */
  | { readonly kind: 'diagnosisRow'; readonly fieldId: string; readonly elementId: string; readonly rowIndex: number }
  /** A date range element via its `fieldId`; behaves like a period grade and supports `.from`/`.to`. */
  | { readonly kind: 'dateRange'; readonly fieldId: string; readonly elementId: string }
  /** A visual-acuity table via its element id: true while any cell is filled. */
  | { readonly kind: 'visualAcuity'; readonly fieldId: string; readonly elementId: string }
  /** One cell of a visual-acuity table, `<elementId>.<eye>.<column>`: the acuity (number) or contact lenses (true). */
  | {
      readonly kind: 'visualAcuityCell';
      readonly fieldId: string;
      readonly elementId: string;
      readonly cell: VisualAcuityCell;
    }
  /** A medical-investigation list via its element id: true while it has a row with anything filled in. */
  | { readonly kind: 'investigations'; readonly fieldId: string; readonly elementId: string };

export type FieldRefKind = FieldRef['kind'];

/** The field ids an element declares, in declaration order (duplicates included, for checkModel to report). */
export function fieldRefsOfElement(element: ElementSpec): FieldRef[] {
  const elementId = element.id;
  const refs: FieldRef[] = [];
  if (element.kind === 'dateRange') refs.push({ kind: 'dateRange', fieldId: element.fieldId, elementId });
  else if ('fieldId' in element) refs.push({ kind: 'value', fieldId: element.fieldId, elementId });
  switch (element.kind) {
    case 'checkboxCodeList':
    case 'radioCode':
    case 'dropdown':
      for (const option of element.options) {
        refs.push({ kind: 'option', fieldId: option.id, elementId, optionId: option.id });
      }
      break;
    case 'checkboxDateList':
      for (const option of element.options) {
        refs.push({ kind: 'dateOption', fieldId: option.id, elementId, optionId: option.id });
      }
      break;
    case 'sickLeavePeriods':
      for (const option of element.options) {
        refs.push({ kind: 'period', fieldId: option.id, elementId, optionId: option.id });
      }
      break;
    case 'diagnoses':
      element.rows.forEach((row, rowIndex) => {
        refs.push({ kind: 'diagnosisRow', fieldId: row.id, elementId, rowIndex });
      });
      break;
    case 'visualAcuity':
      refs.push({ kind: 'visualAcuity', fieldId: elementId, elementId });
      for (const cell of visualAcuityCells(element.contactLenses)) {
        refs.push({ kind: 'visualAcuityCell', fieldId: `${elementId}.${cell}`, elementId, cell });
      }
      break;
    case 'medicalInvestigationList':
      refs.push({ kind: 'investigations', fieldId: elementId, elementId });
      break;
    default:
      break;
  }
  return refs;
}

/** Every cell of a visual-acuity table, row by row; contact lenses only when the table has them. */
export function visualAcuityCells(contactLenses: boolean): VisualAcuityCell[] {
  const cells: VisualAcuityCell[] = [];
  for (const eye of ['right', 'left', 'binocular'] as const) {
    cells.push(`${eye}.withoutCorrection`, `${eye}.withCorrection`);
    if (contactLenses && eye !== 'binocular') cells.push(`${eye}.contactLens`);
  }
  return cells;
}

/**
 * Which date attributes a field supports: `.from`/`.to` on period grades and date ranges, `.days` on a
 * checkbox-date option and on the value of a date or uncertain-date element. `elementKind` is the kind of
 * the element the field belongs to.
 */
export function supportsAttribute(
  ref: FieldRef,
  elementKind: ElementSpec['kind'] | undefined,
  attribute: FieldAttribute,
): boolean {
  if (attribute === 'days') {
    return (
      ref.kind === 'dateOption' || (ref.kind === 'value' && (elementKind === 'date' || elementKind === 'uncertainDate'))
    );
  }
  return ref.kind === 'period' || ref.kind === 'dateRange';
}
