import type { IntegerElement } from '@intyg/core';
import { useT } from '../../i18n/i18n.js';
import { NumberTextInput } from './NumberTextInput.js';
import type { FieldProps } from './types.js';

/** A whole number within the element's range, with its unit. */
export function IntegerInput(props: FieldProps<IntegerElement>) {
  const t = useT();
  const { element } = props;
  return (
    <NumberTextInput
      {...props}
      options={{
        className: 'input--integer',
        accepts: /^-?\d+$/,
        ...(element.unit ? { unit: element.unit } : {}),
        hint: t('field.range', { min: element.min, max: element.max }),
      }}
    />
  );
}
