import type { YearElement } from '@intyg/core';
import { useT } from '../../i18n/i18n.js';
import { NumberTextInput } from './NumberTextInput.js';
import type { FieldProps } from './types.js';

/**
 * A calendar year as four digits; the answer is a number. Digits are stored as typed (so "19" is reported as
 * not a year by validation), anything else is no answer.
 */
export function YearInput(props: FieldProps<YearElement>) {
  const t = useT();
  return (
    <NumberTextInput
      {...props}
      options={{ className: 'input--year', accepts: /^\d{1,4}$/, maxLength: 4, hint: t('field.year.hint') }}
    />
  );
}
