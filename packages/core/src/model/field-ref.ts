/**
 * The symbol table behind `$fieldId` in rule expressions: what each field id in a model
 * refers to. Field ids are unique in a model (checkModel reports duplicates).
 */
import type { ElementSpec } from './element.js';

export type FieldRef =
  /** An element's own value via its `fieldId`: text, boolean, date, integer, or the selected code of a radio/dropdown. */
  | { readonly kind: 'value'; readonly fieldId: string; readonly elementId: string }
  /** An option of a checkbox code list, radio or dropdown: true while selected. */
  | { readonly kind: 'option'; readonly fieldId: string; readonly elementId: string; readonly optionId: string }
  /** An option of a checkbox date list: true while ticked (a row with that code exists). */
  | { readonly kind: 'dateOption'; readonly fieldId: string; readonly elementId: string; readonly optionId: string }
  /** A grade of a sick-leave period list; supports `.from`/`.to`. */
  | { readonly kind: 'period'; readonly fieldId: string; readonly elementId: string; readonly optionId: string }
  /** A diagnosis row: row `rowIndex` of the element's answer. */
  | { readonly kind: 'diagnosisRow'; readonly fieldId: string; readonly elementId: string; readonly rowIndex: number };

export type FieldRefKind = FieldRef['kind'];

/** The field ids an element declares, in declaration order (duplicates included, for checkModel to report). */
export function fieldRefsOfElement(element: ElementSpec): FieldRef[] {
  const elementId = element.id;
  const refs: FieldRef[] = [];
  if ('fieldId' in element) refs.push({ kind: 'value', fieldId: element.fieldId, elementId });
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
    default:
      break;
  }
  return refs;
}
