import type { UnitContact, UnitContactElement } from '@intyg/core';
import type { MessageKey } from '../../i18n/sv.js';
import { useT } from '../../i18n/i18n.js';
import { inputId } from '../dom-ids.js';
import { QuestionLabel } from './common.js';
import type { FieldProps } from './types.js';

const KEYS: readonly (keyof UnitContact)[] = ['address', 'zipCode', 'city', 'phone'];
const EMPTY: UnitContact = { address: '', zipCode: '', city: '', phone: '' };

/** The issuing unit's postal address and phone number, all mandatory. */
export function UnitContactInput({ element, value, state, onChange, describedBy }: FieldProps<UnitContactElement>) {
  const t = useT();
  const contact: UnitContact =
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as UnitContact) : EMPTY;
  return (
    <fieldset className="group" aria-describedby={describedBy}>
      <legend>
        <QuestionLabel element={element} mandatory={state.mandatory} spoken />
      </legend>
      <div className="unit-contact">
        {KEYS.map((key) => {
          const id = inputId(`${element.id}.${key}`);
          return (
            <div className={`form-row unit-contact__${key}`} key={key}>
              <label htmlFor={id}>{t(`field.unit.${key}` as MessageKey)}</label>
              <input
                id={id}
                className="input"
                type={key === 'phone' ? 'tel' : 'text'}
                autoComplete="off"
                value={contact[key] ?? ''}
                disabled={state.disabled}
                aria-required={state.mandatory || undefined}
                onChange={(event) => {
                  const next = { ...EMPTY, ...contact, [key]: event.target.value };
                  onChange(KEYS.every((k) => next[k] === '') ? undefined : next);
                }}
              />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
