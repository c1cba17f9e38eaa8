import type { ValueElement } from '@intyg/core';
import { CheckboxBooleanInput } from './CheckboxBooleanInput.js';
import { CheckboxCodeListInput } from './CheckboxCodeListInput.js';
import { CheckboxDateListInput } from './CheckboxDateListInput.js';
import { DateInput } from './DateInput.js';
import { DateRangeInput } from './DateRangeInput.js';
import { DiagnosesInput } from './DiagnosesInput.js';
import { DropdownInput } from './DropdownInput.js';
import { IcfInput } from './IcfInput.js';
import { IntegerInput } from './IntegerInput.js';
import { MedicalInvestigationListInput } from './MedicalInvestigationListInput.js';
import { RadioBooleanInput } from './RadioBooleanInput.js';
import { RadioCodeInput } from './RadioCodeInput.js';
import { SickLeavePeriodsInput } from './SickLeavePeriodsInput.js';
import { TextFieldInput } from './TextFieldInput.js';
import { UncertainDateInput } from './UncertainDateInput.js';
import { UnitContactInput } from './UnitContactInput.js';
import { VisualAcuityInput } from './VisualAcuityInput.js';
import { YearInput } from './YearInput.js';
import type { FieldProps } from './types.js';

/** The input component of each value element kind. */
export function FieldInput(props: FieldProps<ValueElement>) {
  const { element } = props;
  switch (element.kind) {
    case 'textField':
    case 'textArea':
      return <TextFieldInput {...props} element={element} />;
    case 'icf':
      return <IcfInput {...props} element={element} />;
    case 'checkboxBoolean':
      return <CheckboxBooleanInput {...props} element={element} />;
    case 'radioBoolean':
      return <RadioBooleanInput {...props} element={element} />;
    case 'radioCode':
      return <RadioCodeInput {...props} element={element} />;
    case 'dropdown':
      return <DropdownInput {...props} element={element} />;
    case 'checkboxCodeList':
      return <CheckboxCodeListInput {...props} element={element} />;
    case 'checkboxDateList':
      return <CheckboxDateListInput {...props} element={element} />;
    case 'date':
      return <DateInput {...props} element={element} />;
    case 'sickLeavePeriods':
      return <SickLeavePeriodsInput {...props} element={element} />;
    case 'diagnoses':
      return <DiagnosesInput {...props} element={element} />;
    case 'integer':
      return <IntegerInput {...props} element={element} />;
    case 'dateRange':
      return <DateRangeInput {...props} element={element} />;
    case 'year':
      return <YearInput {...props} element={element} />;
    case 'uncertainDate':
      return <UncertainDateInput {...props} element={element} />;
    case 'visualAcuity':
      return <VisualAcuityInput {...props} element={element} />;
    case 'medicalInvestigationList':
      return <MedicalInvestigationListInput {...props} element={element} />;
    case 'unitContact':
      return <UnitContactInput {...props} element={element} />;
  }
}
