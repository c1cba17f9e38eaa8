/**
 * The element tree of a certificate model: category → question → fields.
 *
 * Contract: a model is plain data. It serialises to JSON and back unchanged, so the
 * browser receives exactly what the server validates with. Texts here are the
 * official (Swedish) certificate texts; interface texts live in the web app.
 */
import type { ElementRule } from './rule.js';

/** A selectable option of a code list: `id` is the code and also the field id rules refer to. */
export interface CodeOption {
  readonly id: string;
  readonly label: string;
  /** Code system of the code in the national transport format, e.g. KV_FKMU_0002. */
  readonly codeSystem?: string;
}

export interface ElementBase {
  /** Element id, unique in the model: question ids ("28"), categories ("KAT_2"), messages ("earlyStartDate"). */
  readonly id: string;
  /** Question text (Swedish, official). Categories use it as heading. */
  readonly label?: string;
  /** Help text shown one click away (official .HLP text). */
  readonly description?: string;
  readonly rules?: readonly ElementRule[];
  readonly children?: readonly ElementSpec[];
  /** Whether renewing ("förnya") copies this element's answer. Default true. */
  readonly includeWhenRenewing?: boolean;
}

export interface CategoryElement extends ElementBase {
  readonly kind: 'category';
}

interface SingleFieldElement extends ElementBase {
  /** Field id that rule expressions use for this element's value, e.g. "29.1". */
  readonly fieldId: string;
  /** Label of the input itself when it differs from the question text. */
  readonly fieldLabel?: string;
}

export interface TextFieldElement extends SingleFieldElement {
  readonly kind: 'textField';
  readonly placeholder?: string;
}

export interface TextAreaElement extends SingleFieldElement {
  readonly kind: 'textArea';
  readonly placeholder?: string;
}

export interface CheckboxBooleanElement extends SingleFieldElement {
  readonly kind: 'checkboxBoolean';
  /** How a ticked box reads in the signed certificate, e.g. "Ja". */
  readonly selectedText?: string;
  /** How an unticked box reads in the signed certificate, e.g. "Ej angivet". */
  readonly unselectedText?: string;
}

export interface RadioBooleanElement extends SingleFieldElement {
  readonly kind: 'radioBoolean';
  readonly trueLabel: string;
  readonly falseLabel: string;
}

export interface RadioCodeElement extends SingleFieldElement {
  readonly kind: 'radioCode';
  readonly options: readonly CodeOption[];
}

export interface DropdownElement extends SingleFieldElement {
  readonly kind: 'dropdown';
  readonly options: readonly CodeOption[];
  readonly placeholder?: string;
}

export interface CheckboxCodeListElement extends ElementBase {
  readonly kind: 'checkboxCodeList';
  readonly options: readonly CodeOption[];
  /** Most options that may be selected; default all. */
  readonly maxSelected?: number;
  /** Options that may not be combined with any other option (e.g. "Inte aktuellt"). */
  readonly exclusiveOptions?: readonly string[];
}

export interface DateLimits {
  /** Latest allowed date, in days relative to today (0 = not after today). */
  readonly maxDaysFromToday?: number;
  /** Earliest allowed date, in days relative to today (negative = in the past). */
  readonly minDaysFromToday?: number;
}

export interface CheckboxDateListElement extends ElementBase, DateLimits {
  readonly kind: 'checkboxDateList';
  readonly options: readonly CodeOption[];
}

export interface DateElement extends SingleFieldElement, DateLimits {
  readonly kind: 'date';
}

export interface SickLeavePeriodsElement extends ElementBase, DateLimits {
  readonly kind: 'sickLeavePeriods';
  /** One option per grade, e.g. EN_FJARDEDEL (25 %) … HELT_NEDSATT (100 %); each grade at most once. */
  readonly options: readonly (CodeOption & { readonly percent: number })[];
  readonly minPeriods: number;
  readonly maxPeriods: number;
}

export interface DiagnosisRowSpec {
  /** Field id of the row, e.g. "huvuddiagnos", "diagnos2". */
  readonly id: string;
}

export interface CodeSystemRef {
  /** Stable id used in answers, e.g. ICD_10_SE or KSH_97_P. */
  readonly id: string;
  readonly label: string;
  /** OID of the code system in the national transport format. */
  readonly oid: string;
}

export interface DiagnosesElement extends ElementBase {
  readonly kind: 'diagnoses';
  readonly rows: readonly DiagnosisRowSpec[];
  /** Allowed code systems; the first is the default. All rows must use the same one. */
  readonly codeSystems: readonly CodeSystemRef[];
  readonly descriptionLimit: number;
  readonly codeLabel?: string;
  readonly descriptionLabel?: string;
}

export interface IntegerElement extends SingleFieldElement {
  readonly kind: 'integer';
  readonly min: number;
  readonly max: number;
  readonly unit?: string;
}

export type MessageLevel = 'info' | 'observe' | 'warning';

export interface MessageElement extends ElementBase {
  readonly kind: 'message';
  readonly level: MessageLevel;
  readonly content: string;
}

export interface UnitContactElement extends ElementBase {
  readonly kind: 'unitContact';
}

export type ElementSpec =
  | CategoryElement
  | TextFieldElement
  | TextAreaElement
  | CheckboxBooleanElement
  | RadioBooleanElement
  | RadioCodeElement
  | DropdownElement
  | CheckboxCodeListElement
  | CheckboxDateListElement
  | DateElement
  | SickLeavePeriodsElement
  | DiagnosesElement
  | IntegerElement
  | MessageElement
  | UnitContactElement;

export type ElementKind = ElementSpec['kind'];

/** Elements that hold an answer (everything but categories and messages). */
export type ValueElement = Exclude<ElementSpec, CategoryElement | MessageElement>;

export const VALUE_KINDS: readonly ValueElement['kind'][] = [
  'textField',
  'textArea',
  'checkboxBoolean',
  'radioBoolean',
  'radioCode',
  'dropdown',
  'checkboxCodeList',
  'checkboxDateList',
  'date',
  'sickLeavePeriods',
  'diagnoses',
  'integer',
  'unitContact',
];

export function isValueElement(element: ElementSpec): element is ValueElement {
  return element.kind !== 'category' && element.kind !== 'message';
}
