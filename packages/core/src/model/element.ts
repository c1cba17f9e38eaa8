/**
 * The element tree of a certificate model: category → question → fields.
 *
 * Contract: a model is plain data. It serialises to JSON and back unchanged, so the
 * browser receives exactly what the server validates with. Texts here are the
 * official (Swedish) certificate texts; interface texts live in the web app.
 */
import type { ElementRule } from './rule.js';
import type { TransportMapping } from './transport.js';

/** A selectable option of a code list: `id` is the code and also the field id rules refer to. */
export interface CodeOption {
  /** Option id: what the answer stores and the field id rules use (`$NUVARANDE_ARBETE`). Unique in the model. */
  readonly id: string;
  readonly label: string;
  /** Code system of the code in the national transport format, e.g. KV_FKMU_0002 or an OID. */
  readonly codeSystem?: string;
  /**
   * The code in the national transport format when it differs from `id`. Needed when two elements of
   * one model offer the same code (ts-diabetes offers VAR1 … in "Intyget avser" and in "Bedömning"):
   * field ids must be unique, so the options get distinct ids and share the code.
   */
  readonly code?: string;
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
  /**
   * How the answer travels in RIV-TA RegisterCertificate v3 (svar/delsvar). When absent the mapping
   * follows from the element's kind and ids (see `transportOf` in transport.ts).
   */
  readonly transport?: TransportMapping;
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
  /** The date may not be before the patient's birth date (rule `date.beforeBirth`; needs the patient). */
  readonly notBeforeBirth?: boolean;
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

/** One from/to date range (AG1-14's "Period då arbetsförmågan bedöms vara nedsatt"). `$fieldId.from`/`.to` work as for periods. */
export interface DateRangeElement extends SingleFieldElement, DateLimits {
  readonly kind: 'dateRange';
  readonly fromLabel?: string;
  readonly toLabel?: string;
}

/** A calendar year, e.g. "Vilket år ställdes diagnosen diabetes?". Answer: a number. */
export interface YearElement extends SingleFieldElement {
  readonly kind: 'year';
  /** Not before the patient's birth year (rule `year.range`). */
  readonly notBeforeBirthYear?: boolean;
  /** Not after the current year (rule `year.range`). */
  readonly notAfterCurrentYear?: boolean;
}

/**
 * A date whose month and day may be unknown (Webcert's UE_UNCERTAIN_DATE). Answer: "YYYY-MM-DD",
 * "YYYY-MM-00" (day unknown) or "YYYY-00-00" (month and day unknown); in the transport format a
 * partialDate with format YYYY-MM-DD, YYYY-MM or YYYY.
 */
export interface UncertainDateElement extends SingleFieldElement, DateLimits {
  readonly kind: 'uncertainDate';
  /** Whether "day unknown" / "month unknown" may be chosen; a full date is always allowed. */
  readonly allowUnknownDay: boolean;
  readonly allowUnknownMonth: boolean;
}

/** The cells of a visual-acuity table (Transportstyrelsen's "Värden för synskärpa"). */
export type VisualAcuityEye = 'right' | 'left' | 'binocular';
export type VisualAcuityCell =
  | `${VisualAcuityEye}.withoutCorrection`
  | `${VisualAcuityEye}.withCorrection`
  | `${Exclude<VisualAcuityEye, 'binocular'>}.contactLens`;

export interface VisualAcuityElement extends ElementBase {
  readonly kind: 'visualAcuity';
  /** Allowed acuity, inclusive (0.0–2.0 for the TS forms). */
  readonly min: number;
  readonly max: number;
  /** Whether the table has the "Kontaktlinser" checkbox per eye. */
  readonly contactLenses: boolean;
  /** Cells that must be filled when the element is mandatory (rule `visualAcuity.missing`). */
  readonly requiredCells: readonly VisualAcuityCell[];
  /** Row and column headings (official texts). */
  readonly labels: {
    readonly right: string;
    readonly left: string;
    readonly binocular: string;
    readonly withoutCorrection: string;
    readonly withCorrection: string;
    readonly contactLens?: string;
  };
}

/**
 * A list of other medical investigations (LUSE's "Ange utredning eller underlag"): per row a type
 * from a code list, a date and where the recipient can get it. Answer: { code, date, source }[].
 */
export interface MedicalInvestigationListElement extends ElementBase, DateLimits {
  readonly kind: 'medicalInvestigationList';
  readonly options: readonly CodeOption[];
  readonly maxRows: number;
  readonly typeLabel: string;
  readonly dateLabel: string;
  readonly sourceLabel: string;
  readonly sourceLimit: number;
}

/** Which of FMB's ICF lists an ICF question offers: b-codes for impairments, mostly d-codes for activities. */
export type IcfAspect = 'functionalImpairment' | 'activityLimitation';

/**
 * A free-text question with ICF support (Webcert's ICF element, domain.md §6.2): the doctor may pick ICF
 * codes that FMB lists for the diagnoses entered in `diagnosesElementId`, and describes in the text.
 * Answer: { text, icfCodes }. The recipient receives one text: "<collectionsLabel> <c1 - c2 - …>\n\n<text>".
 * Text limits, mandatory rules and `$fieldId` read the text.
 */
export interface IcfElement extends SingleFieldElement {
  readonly kind: 'icf';
  readonly aspect: IcfAspect;
  /** The diagnoses element whose codes decide which ICF codes are offered. */
  readonly diagnosesElementId: string;
  /** Heading of the code picker, e.g. "Välj enbart de problem som påverkar patienten." */
  readonly modalLabel: string;
  /** Shown before the chosen codes, e.g. "Problem som påverkar patientens möjlighet att utföra sin sysselsättning:" */
  readonly collectionsLabel: string;
  readonly placeholder?: string;
  /** Most codes that may be chosen. */
  readonly maxCodes: number;
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
  | IcfElement
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
  | DateRangeElement
  | YearElement
  | UncertainDateElement
  | VisualAcuityElement
  | MedicalInvestigationListElement
  | MessageElement
  | UnitContactElement;

export type ElementKind = ElementSpec['kind'];

/** Elements that hold an answer (everything but categories and messages). */
export type ValueElement = Exclude<ElementSpec, CategoryElement | MessageElement>;

export const VALUE_KINDS: readonly ValueElement['kind'][] = [
  'textField',
  'textArea',
  'icf',
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
  'dateRange',
  'year',
  'uncertainDate',
  'visualAcuity',
  'medicalInvestigationList',
  'unitContact',
];

export function isValueElement(element: ElementSpec): element is ValueElement {
  return element.kind !== 'category' && element.kind !== 'message';
}
