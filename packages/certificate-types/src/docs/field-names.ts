/**
 * What each `$fieldId` of a model is called in words: the label of the element or option it refers to,
 * and how "the field is true" reads for it ("'Nuvarande arbete' är valt", "'Smittbärarpenning' är
 * ikryssad"). Built from the same symbol table the rule engine uses (`fieldRefsOfElement`).
 */
import { fieldRefsOfElement } from '@intyg/core';
import type {
  CertificateModel,
  ElementSpec,
  FieldRef,
  VisualAcuityCell,
  VisualAcuityElement,
  VisualAcuityEye,
} from '@intyg/core';
import { quoted } from './markdown.js';

type VisualAcuityColumn = 'withoutCorrection' | 'withCorrection' | 'contactLens';

export interface FieldName {
  /** The field as a noun phrase, labels quoted: `'Nuvarande arbete'`, `rad 2 i 'Diagnos/diagnoser'`. */
  readonly name: string;
  /** What `$field` being true means: "är valt", "är ikryssad", "är ifylld". */
  readonly whenTrue: string;
  /** The negation of `whenTrue`: "är inte valt". */
  readonly whenFalse: string;
  /** What `exists($field)` means: "är besvarad"; "är valt" for an option (selected is answered). */
  readonly whenExists: string;
  /** What `empty($field)` means: "är tom"; "är inte valt" for an option. */
  readonly whenEmpty: string;
}

export type FieldNames = ReadonlyMap<string, FieldName>;

/** Every field id of the model with its words; the first declaration of a duplicated id wins. */
export function fieldNamesOf(model: CertificateModel): FieldNames {
  const names = new Map<string, FieldName>();
  const visit = (element: ElementSpec): void => {
    for (const ref of fieldRefsOfElement(element)) {
      if (ref.fieldId !== '' && !names.has(ref.fieldId)) names.set(ref.fieldId, fieldName(element, ref));
    }
    for (const child of element.children ?? []) visit(child);
  };
  for (const element of model.elements) visit(element);
  return names;
}

/** How a field id the model does not declare is named (checkModel reports it). */
export function unknownFieldName(fieldId: string): FieldName {
  return { name: `$${fieldId}`, whenTrue: 'är sant', whenFalse: 'är inte sant', ...ANSWERED };
}

const ANSWERED = { whenExists: 'är besvarad', whenEmpty: 'är tom' } as const;
const SELECTED = { whenTrue: 'är valt', whenFalse: 'är inte valt', whenExists: 'är valt', whenEmpty: 'är inte valt' };

/**
 * Question texts can be several sentences long; in rule words (shown next to the raw expression) a
 * long one is cut at a word boundary. Option labels are kept whole: options of one question often
 * share a long beginning.
 */
const QUESTION_WORDS_LIMIT = 80;

export function shortQuestion(label: string): string {
  const text = label.replace(/\s+/g, ' ').trim();
  if (text.length <= QUESTION_WORDS_LIMIT) return text;
  const cut = text.lastIndexOf(' ', QUESTION_WORDS_LIMIT - 8);
  return `${text.slice(0, cut > 0 ? cut : QUESTION_WORDS_LIMIT - 8).replace(/[\s,.;:]+$/, '')}…`;
}

function fieldName(element: ElementSpec, ref: FieldRef): FieldName {
  const elementName = quoted(shortQuestion(element.label ?? element.id));
  const filled = { whenTrue: 'är ifylld', whenFalse: 'är inte ifylld', ...ANSWERED };
  switch (ref.kind) {
    case 'option':
    case 'dateOption':
      return { name: quoted(optionLabel(element, ref.optionId)), ...SELECTED };
    case 'period':
      // `$GRADE` is true while a complete period of that grade exists; exists() already for an incomplete one.
      return { name: quoted(optionLabel(element, ref.optionId)), ...filled };
    case 'diagnosisRow':
      return { name: `rad ${ref.rowIndex + 1} i ${elementName}`, ...filled };
    case 'dateRange':
    case 'visualAcuity':
    case 'investigations':
      return { name: elementName, ...filled };
    case 'visualAcuityCell': {
      if (element.kind !== 'visualAcuity') return { name: `${ref.cell} i ${elementName}`, ...filled };
      const name = `${quoted(visualAcuityCellLabel(element, ref.cell))} i ${elementName}`;
      return ref.cell.endsWith('.contactLens')
        ? { name, whenTrue: 'är ikryssad', whenFalse: 'är inte ikryssad', ...ANSWERED }
        : { name, ...filled };
    }
    case 'value':
      switch (element.kind) {
        case 'checkboxBoolean':
          return { name: elementName, whenTrue: 'är ikryssad', whenFalse: 'är inte ikryssad', ...ANSWERED };
        case 'radioBoolean':
          return {
            name: elementName,
            whenTrue: `är besvarad med ${quoted(element.trueLabel)}`,
            whenFalse: `är inte besvarad med ${quoted(element.trueLabel)}`,
            ...ANSWERED,
          };
        default:
          return { name: elementName, ...filled };
      }
  }
}

function optionLabel(element: ElementSpec, optionId: string): string {
  const options = 'options' in element ? element.options : [];
  return options.find((option) => option.id === optionId)?.label ?? optionId;
}

/** A cell of a visual-acuity table by its row and column headings: "Höger öga, Utan korrektion". */
export function visualAcuityCellLabel(element: VisualAcuityElement, cell: VisualAcuityCell): string {
  const [eye, column] = cell.split('.') as [VisualAcuityEye, VisualAcuityColumn];
  return `${element.labels[eye]}, ${element.labels[column] ?? column}`;
}
