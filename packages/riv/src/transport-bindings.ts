/**
 * The pairs a transport plan is made of: an answer-holding element with the mapping `transportOf`
 * gives it (a binding), and what one delsvar id stands for (a target).
 */
import type {
  CheckboxCodeListElement,
  CheckboxDateListElement,
  CodeOption,
  DateRangeElement,
  DiagnosesElement,
  MedicalInvestigationListElement,
  SickLeavePeriodsElement,
  TransportMapping,
  UnitContactElement,
  ValueElement,
  VisualAcuityCell,
  VisualAcuityElement,
} from '@intyg/core';

type Mapping<K extends TransportMapping['kind']> = Extract<TransportMapping, { kind: K }>;

/** Elements whose answer is one value in one delsvar. */
export type ScalarElement = Extract<
  ValueElement,
  {
    kind:
      | 'textField'
      | 'textArea'
      | 'icf'
      | 'checkboxBoolean'
      | 'radioBoolean'
      | 'radioCode'
      | 'dropdown'
      | 'integer'
      | 'date'
      | 'year'
      | 'uncertainDate';
  }
>;

const SCALAR_KINDS: readonly string[] = [
  'textField',
  'textArea',
  'icf',
  'checkboxBoolean',
  'radioBoolean',
  'radioCode',
  'dropdown',
  'integer',
  'date',
  'year',
  'uncertainDate',
];

export type ValueBinding = {
  readonly kind: 'value';
  readonly element: ScalarElement;
  readonly mapping: Mapping<'value'>;
};
export type InstanceBinding =
  | {
      readonly kind: 'codeInstances';
      readonly element: CheckboxCodeListElement;
      readonly mapping: Mapping<'codeInstances'>;
    }
  | {
      readonly kind: 'codeDateInstances';
      readonly element: CheckboxDateListElement;
      readonly mapping: Mapping<'codeDateInstances'>;
    }
  | {
      readonly kind: 'periodInstances';
      readonly element: SickLeavePeriodsElement;
      readonly mapping: Mapping<'periodInstances'>;
    }
  | {
      readonly kind: 'investigationInstances';
      readonly element: MedicalInvestigationListElement;
      readonly mapping: Mapping<'investigationInstances'>;
    };
export type OptionBooleansBinding = {
  readonly kind: 'optionBooleans';
  readonly element: CheckboxCodeListElement;
  readonly mapping: Mapping<'optionBooleans'>;
};
export type DatePeriodBinding = {
  readonly kind: 'datePeriod';
  readonly element: DateRangeElement;
  readonly mapping: Mapping<'datePeriod'>;
};
export type DiagnosesBinding = {
  readonly kind: 'diagnoses';
  readonly element: DiagnosesElement;
  readonly mapping: Mapping<'diagnoses'>;
};
export type DiagnosisInstancesBinding = {
  readonly kind: 'diagnosisInstances';
  readonly element: DiagnosesElement;
  readonly mapping: Mapping<'diagnosisInstances'>;
};
export type VisualAcuityBinding = {
  readonly kind: 'visualAcuity';
  readonly element: VisualAcuityElement;
  readonly mapping: Mapping<'visualAcuity'>;
};
export type UnitContactBinding = { readonly kind: 'unitContact'; readonly element: UnitContactElement };

export type Binding =
  | ValueBinding
  | InstanceBinding
  | OptionBooleansBinding
  | DatePeriodBinding
  | DiagnosesBinding
  | DiagnosisInstancesBinding
  | VisualAcuityBinding
  | UnitContactBinding;

/** What one delsvar id of a svar stands for. */
export type Target =
  | { readonly role: 'value'; readonly binding: ValueBinding }
  /**
   * A delsvar inside the instance of an option (`inInstanceOf`). Several elements may share the delsvar
   * id, one per option: the instance's code tells which one it is.
   */
  | { readonly role: 'inInstance'; readonly byOption: ReadonlyMap<string, ValueBinding> }
  | {
      readonly role: InstanceRole;
      readonly binding: InstanceBinding;
    }
  | { readonly role: 'option'; readonly binding: OptionBooleansBinding; readonly optionId: string }
  | { readonly role: 'datePeriod'; readonly binding: DatePeriodBinding }
  | {
      readonly role: 'diagnosisDescription' | 'diagnosisCode';
      readonly binding: DiagnosesBinding | DiagnosisInstancesBinding;
      readonly row: number;
    }
  /** A delsvar of each instance of a diagnosisInstances svar: the instance number tells the row. */
  | {
      readonly role: 'diagnosisInstance';
      readonly binding: DiagnosisInstancesBinding;
      readonly part: 'description' | 'code';
    }
  | { readonly role: 'cell'; readonly binding: VisualAcuityBinding; readonly cell: VisualAcuityCell };

export const VISUAL_ACUITY_CELLS: readonly VisualAcuityCell[] = [
  'right.withoutCorrection',
  'right.withCorrection',
  'right.contactLens',
  'left.withoutCorrection',
  'left.withCorrection',
  'left.contactLens',
  'binocular.withoutCorrection',
  'binocular.withCorrection',
];

/** The national code of an option in `cv`. */
export function codeOf(option: CodeOption): string {
  return option.code ?? option.id;
}

/** Pairs an element with its mapping when the two fit; undefined when they do not. */
export function bind(element: ValueElement, mapping: Exclude<TransportMapping, { kind: 'none' }>): Binding | undefined {
  switch (mapping.kind) {
    case 'value':
      return SCALAR_KINDS.includes(element.kind)
        ? { kind: 'value', element: element as ScalarElement, mapping }
        : undefined;
    case 'codeInstances':
      return element.kind === 'checkboxCodeList' ? { kind: mapping.kind, element, mapping } : undefined;
    case 'optionBooleans':
      return element.kind === 'checkboxCodeList' ? { kind: mapping.kind, element, mapping } : undefined;
    case 'codeDateInstances':
      return element.kind === 'checkboxDateList' ? { kind: mapping.kind, element, mapping } : undefined;
    case 'periodInstances':
      return element.kind === 'sickLeavePeriods' ? { kind: mapping.kind, element, mapping } : undefined;
    case 'datePeriod':
      return element.kind === 'dateRange' ? { kind: mapping.kind, element, mapping } : undefined;
    case 'diagnoses':
      return element.kind === 'diagnoses' ? { kind: mapping.kind, element, mapping } : undefined;
    case 'diagnosisInstances':
      return element.kind === 'diagnoses' ? { kind: mapping.kind, element, mapping } : undefined;
    case 'investigationInstances':
      return element.kind === 'medicalInvestigationList' ? { kind: mapping.kind, element, mapping } : undefined;
    case 'visualAcuity':
      return element.kind === 'visualAcuity' ? { kind: mapping.kind, element, mapping } : undefined;
    case 'unitContact':
      return element.kind === 'unitContact' ? { kind: mapping.kind, element } : undefined;
  }
}

export type InstanceRole = 'instanceCode' | 'instanceDate' | 'instancePeriod' | 'instanceSource';

export function instanceDelsvar(binding: InstanceBinding): [InstanceRole, string][] {
  switch (binding.kind) {
    case 'codeInstances':
      return [['instanceCode', binding.mapping.delsvarId]];
    case 'codeDateInstances':
      return [
        ['instanceCode', binding.mapping.codeDelsvarId],
        ['instanceDate', binding.mapping.dateDelsvarId],
      ];
    case 'periodInstances':
      return [
        ['instanceCode', binding.mapping.codeDelsvarId],
        ['instancePeriod', binding.mapping.periodDelsvarId],
      ];
    case 'investigationInstances':
      return [
        ['instanceCode', binding.mapping.codeDelsvarId],
        ['instanceDate', binding.mapping.dateDelsvarId],
        ['instanceSource', binding.mapping.sourceDelsvarId],
      ];
  }
}
