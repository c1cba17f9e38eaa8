/**
 * A visual-acuity table (Transportstyrelsen's "Värden för synskärpa"), as Webcert's
 * `ElementValidationVisualAcuities`. Field ids are `<elementId>.<eye>.<column>`, e.g. "8.right.withoutCorrection".
 *
 * - every acuity given lies within the element's [min, max] (`visualAcuity.range`, "Ange synskärpa i
 *   intervallet 0,0 - 2,0.");
 * - while the element is mandatory, each of its `requiredCells` must be filled (`visualAcuity.missing`,
 *   "Ange ett svar."), unless the table is empty and the mandatory rule is satisfied otherwise (e.g. by
 *   "synskärpa skickas separat", which disables the table). An empty, unanswered table therefore reports its
 *   required cells rather than one `mandatory` error, as Webcert does.
 */
import type { AnswerValue, VisualAcuityValues } from '../model/answers.js';
import type { VisualAcuityElement, VisualAcuityEye } from '../model/element.js';
import { validationError, type ElementValidationContext } from './context.js';
import { messages } from './messages.js';
import type { ValidationError } from './validation-error.js';
import { isRecord } from './values.js';

const EYES: readonly VisualAcuityEye[] = ['right', 'left', 'binocular'];
const ACUITIES = ['withoutCorrection', 'withCorrection'] as const;

function eyeValues(value: AnswerValue | undefined, eye: VisualAcuityEye): VisualAcuityValues {
  const row = isRecord(value) ? value[eye] : undefined;
  return isRecord(row) ? (row as VisualAcuityValues) : {};
}

function isFilled(values: VisualAcuityValues, column: string): boolean {
  const cell = (values as Readonly<Record<string, unknown>>)[column];
  return column === 'contactLens' ? typeof cell === 'boolean' : typeof cell === 'number';
}

export function validateVisualAcuity(
  element: VisualAcuityElement,
  value: AnswerValue | undefined,
  context: ElementValidationContext,
): ValidationError[] {
  const error = validationError.bind(undefined, element.id, context);
  const errors: ValidationError[] = [];
  let anyFilled = false;
  for (const eye of EYES) {
    const values = eyeValues(value, eye);
    if (values.contactLens === true) anyFilled = true;
    for (const column of ACUITIES) {
      const acuity = values[column];
      if (typeof acuity !== 'number') continue;
      anyFilled = true;
      if (!(acuity >= element.min && acuity <= element.max)) {
        errors.push(
          error(
            'visualAcuity.range',
            `${element.id}.${eye}.${column}`,
            messages.visualAcuityRange(element.min, element.max),
          ),
        );
      }
    }
  }
  const answeredOtherwise = !anyFilled && (context.answered ?? true);
  if (context.mandatory === true && !answeredOtherwise) {
    for (const cell of element.requiredCells) {
      const [eye, column] = cell.split('.') as [VisualAcuityEye, string];
      if (!isFilled(eyeValues(value, eye), column)) {
        errors.push(error('visualAcuity.missing', `${element.id}.${cell}`, messages.answerMissing));
      }
    }
  }
  return errors;
}
